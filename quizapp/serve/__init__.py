"""The classroom: the study app served to a class in the browser (textual-serve).

``learners`` holds the join screen's rules (names, files, join codes), ``config`` what
the server hands each learner's process, ``server`` the web server itself. Core code:
none of it imports Textual.
"""
