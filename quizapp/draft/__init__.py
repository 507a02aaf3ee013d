"""A bank drafted from an article: quotations and their speakers, dates, numbers,
roles and channels, each question citing the sentence it came from.

Core code: plain Python, never imports Textual. Imported only by ``quizapp draft``.
"""
