"""Questions on quotations: who said it (choice), the quotation with a word blanked
(cloze), and where it was said (choice)."""

from __future__ import annotations

import re
from collections import Counter

from quizapp.draft.attribution import Statement
from quizapp.draft.people import Speaker
from quizapp.draft.questions import DraftedQuestion, capitalised, excerpt, normal
from quizapp.draft.roles import ChannelUse
from quizapp.draft.words import NUMBER_WORDS, STOP_WORDS

_WORD = re.compile(r"(?<![\w’'-])[A-Za-z]+(?:-[A-Za-z]+)*(?![\w’'])")
_OTHER_CHANNELS = [
    "on Twitter",
    "on Facebook",
    "at a press conference",
    "in a television interview",
]
_MAX_CHOICES = 4


def who_said(statement: Statement, speakers: list[Speaker]) -> DraftedQuestion | None:
    """ "Who said …?" with the article's other speakers and sources as the wrong choices."""
    speaker = statement.speaker
    if speaker is None:
        return None
    # Whoever reported the words is no wrong answer: "CCTV reported that Xi said …".
    reporter = statement.reported_by.name if statement.reported_by else None
    others = [s.name for s in speakers if s.name not in (speaker.name, reporter)]
    if not others:
        return None
    words = excerpt(statement.words)
    prompt = f"Who said {words}?" if words.startswith("that ") else f"Who said this? {words}"
    how = []
    if statement.channel:
        how.append(statement.channel)
    if statement.reported_by:
        how.append(f"as {statement.reported_by.name} reported")
    explanation = f"{speaker.name} said it{' ' + ', '.join(how) if how else ''}."
    return DraftedQuestion(
        kind="who-said",
        fields={
            "type": "choice",
            "prompt": prompt,
            "choices": [speaker.name, *others[: _MAX_CHOICES - 1]],
            "answer": speaker.name,
            "explanation": explanation,
        },
        source=statement.source,
        sentence=statement.sentence,
        tags=["speakers", "quotes"],
    )


def quote_cloze(statement: Statement, counts: Counter[str]) -> DraftedQuestion | None:
    """The quotation with one or two content words blanked (never a stop word)."""
    text = statement.words
    if "{" in text or "}" in text or "|" in text:
        return None  # the cloze syntax could not hold these literally
    inside = _quoted_stretches(text)
    candidates = []
    for match in _WORD.finditer(text):
        word = match.group()
        if not any(start <= match.start() and match.end() <= end for start, end in inside):
            continue
        # Numbers are asked as numbers; names are asked by "who said".
        if word.lower() in STOP_WORDS or len(word) < 4 or word[0].isupper():
            continue
        if any(part in NUMBER_WORDS for part in word.lower().split("-")):
            continue
        rare = counts[word.lower()] <= 1
        candidates.append((len(word) + (4 if rare else 0), -match.start(), match))
    if not candidates:
        return None
    candidates.sort(reverse=True)
    wanted = 2 if len(text.split()) >= 12 else 1
    chosen: list[re.Match[str]] = []
    for _, _, match in candidates:
        if any(abs(match.start() - other.start()) < 12 for other in chosen):
            continue
        if any(match.group().lower() == other.group().lower() for other in chosen):
            continue
        chosen.append(match)
        if len(chosen) == wanted:
            break
    chosen.sort(key=lambda match: match.start())
    pieces, cursor = [], 0
    for match in chosen:
        pieces.append(text[cursor : match.start()])
        pieces.append("{{" + match.group() + "}}")
        cursor = match.end()
    pieces.append(text[cursor:])
    speaker = statement.speaker
    prompt = (
        f"Complete what {speaker.name} said."
        if speaker
        else "Complete the quotation from the article."
    )
    blanked = ", ".join(match.group() for match in chosen)
    return DraftedQuestion(
        kind="quote",
        fields={
            "type": "cloze",
            "prompt": prompt,
            "text": capitalised("".join(pieces))
            if not text.startswith("that ")
            else "".join(pieces),
            "explanation": f"The missing words: {blanked}.",
        },
        source=statement.source,
        sentence=statement.sentence,
        tags=["quotes"],
    )


def _quoted_stretches(text: str) -> list[tuple[int, int]]:
    """(start, end) of each part of ``text`` inside quote marks."""
    stretches = [(m.start(), m.end()) for m in re.finditer(r"[“\"«][^”\"»]*[”\"»]", text)]
    return stretches or [(0, len(text))]


def channel_choices(answer: str, article_channels: list[str]) -> list[str]:
    choices = [answer]
    for candidate in [*article_channels, *_OTHER_CHANNELS]:
        if len(choices) == _MAX_CHOICES:
            break
        bare = normal(
            re.sub(r"^(?:on|at|in|during|via|through)\s+(?:an?\s+|the\s+)?", "", candidate)
        )
        if all(bare not in normal(choice) for choice in choices):
            choices.append(candidate)
    return choices


def where_said(statement: Statement, article_channels: list[str]) -> DraftedQuestion | None:
    """Where a person said the quotation ("on Twitter"), as a choice."""
    if statement.speaker is None or statement.channel is None:
        return None
    words = excerpt(statement.words, 25)
    return DraftedQuestion(
        kind="channel",
        fields={
            "type": "choice",
            "prompt": f"Where did {statement.speaker.name} say {words}?",
            "choices": channel_choices(statement.channel, article_channels),
            "answer": statement.channel,
            "explanation": f"{statement.speaker.name} said it {statement.channel}.",
        },
        source=statement.source,
        sentence=statement.sentence,
        tags=["channels"],
    )


def where_spoke(use: ChannelUse, article_channels: list[str]) -> DraftedQuestion:
    """Where a person spoke, for a statement made outside quotation marks."""
    return DraftedQuestion(
        kind="channel",
        fields={
            "type": "choice",
            "prompt": f"According to the article, where did {use.speaker.name} speak?",
            "choices": channel_choices(use.channel, article_channels),
            "answer": use.channel,
            "explanation": f"{use.speaker.name} spoke {use.channel}.",
        },
        source=use.sentence.text,
        sentence=use.sentence.index,
        tags=["channels"],
    )
