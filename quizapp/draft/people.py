"""Who is in an article: people's full names, the short forms that stand for them,
the roles the article gives them, and the non-person sources that speak (a paper,
a broadcaster).

A person is a run of two to four capitalised words that is not a place or an
organisation, with any title before it taken off ("Chinese President Xi Jinping"
is Xi Jinping). Either end of a full name, used alone later ("Xi", "Zelensky"),
stands for the whole name when no other person shares it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from quizapp.draft.words import (
    MONTH_NAMES,
    ROLE_WORDS,
    SOURCE_NOUNS,
    STOP_WORDS,
    TITLE_WORDS,
    WEEKDAYS,
    word_set,
)

_APOSTROPHE = "['’]"
_CAPITALISED = r"[A-Z][a-zA-Z\u00C0-\u024F\-]*[a-z\u00C0-\u024F]"
_NAME_RUN = re.compile(rf"{_CAPITALISED}(?:[ ]{_CAPITALISED}){{0,5}}")
_ACRONYM = re.compile(r"\b[A-Z]{2,6}\b")
_NOT_IN_NAMES = word_set(
    """
    union nations bank council ministry court university institute department agency party
    company corporation group association organization organisation committee commission museum
    hospital airport street road river city county state states republic kingdom times news post
    journal island islands lake mountain mountains park center centre foundation fund office
    parliament congress senate assembly festival cup league club station square bridge valley bay
    coast north south east west northern southern eastern western new saint st port fort sea ocean
    school college library theatre theater hall gallery prize award service services force forces
    army navy police province region district avenue lane market exchange airlines railway games
    """
)
_NOT_NAMES = (
    frozenset(STOP_WORDS)
    | frozenset(name.lower() for name in MONTH_NAMES)
    | frozenset(day.lower() for day in WEEKDAYS)
    | {"twitter", "facebook", "instagram", "telegram", "youtube", "tiktok", "linkedin"}
)


@dataclass(frozen=True)
class Speaker:
    """Someone (or something) words are attributed to."""

    name: str
    """As an answer shows it: a person's full name, or a source as the article words it."""
    person: bool


@dataclass
class Role:
    """A role the article gives someone ("Zelensky’s spokesman", "Chinese President")."""

    holder: Speaker
    role: str
    sentence: int
    """Index of the sentence that gives it."""


@dataclass
class Cast:
    """The people and sources of one article, and how to resolve a mention to one."""

    people: list[str] = field(default_factory=list)
    """Full names, in order of first mention."""
    short_forms: dict[str, str] = field(default_factory=dict)
    """A surname or given name used alone -> the full name."""
    roles: list[Role] = field(default_factory=list)
    sources: dict[str, str] = field(default_factory=dict)
    """A source's head noun ("paper") -> its name as first written ("the paper")."""

    def person(self, mention: str) -> str | None:
        """The full name a mention ("Zelensky", "Xi Jinping") stands for, or None."""
        mention = strip_possessive(mention)
        if mention in self.people:
            return mention
        if mention in self.short_forms:
            return self.short_forms[mention]
        words = mention.split()
        if len(words) >= 2 and words[-1] in self.short_forms:
            return self.short_forms[words[-1]]
        return None

    def source(self, phrase: str) -> str | None:
        """The source a noun phrase names ("the paper", "Beijing’s paper"), or None."""
        words = phrase.lower().replace("’", "'").split()
        if not words or words[-1] not in SOURCE_NOUNS:
            return None
        noun = words[-1]
        if noun not in self.sources:
            self.sources[noun] = " ".join(phrase.split()[-2:]) if len(words) >= 2 else phrase
        return self.sources[noun]


def strip_possessive(text: str) -> str:
    return re.sub(rf"{_APOSTROPHE}s?$", "", text.strip())


def name_runs(text: str) -> list[tuple[int, int, str]]:
    """(start, end, words) of each run of capitalised words in ``text``."""
    return [(match.start(), match.end(), match.group()) for match in _NAME_RUN.finditer(text)]


def person_in_run(run: str, after_role: bool = False) -> str | None:
    """The person's name a capitalised run holds, titles and openers taken off, or None.

    Right after a role ("spokeswoman Lena Park") a place word is a surname.
    """
    words = run.split()
    # "Chinese President Xi Jinping": the name is what follows the last title word.
    for index in range(len(words) - 1, -1, -1):
        if words[index].lower() in TITLE_WORDS or words[index].lower() in ROLE_WORDS:
            words = words[index + 1 :]
            break
    while words and words[0].lower() in _NOT_NAMES:
        words = words[1:]
    if not 2 <= len(words) <= 4:
        return None
    places = () if after_role else _NOT_IN_NAMES
    if any(word.lower() in places or word.lower() in _NOT_NAMES for word in words):
        return None
    if any(word.lower() in ROLE_WORDS for word in words):
        return None
    return " ".join(words)


def _headline(sentence: str) -> bool:
    """Title Case lines ("Talks Resume In Geneva") give runs that are not names."""
    words = [word for word in sentence.split() if word[:1].isalpha()]
    capitalised = sum(word[0].isupper() for word in words)
    return len(words) >= 4 and capitalised >= 0.8 * len(words)


def find_people(sentences: list[str]) -> list[str]:
    """Full names of people, in order of first mention."""
    people: list[str] = []
    for sentence in sentences:
        if _headline(sentence):
            continue
        for start, _, run in name_runs(sentence):
            before = sentence[:start].split()
            after_role = bool(before) and before[-1].lower() in ROLE_WORDS
            name = person_in_run(run, after_role)
            if name and name not in people:
                people.append(name)
    return people


def short_forms(people: list[str]) -> dict[str, str]:
    """Each first or last word of a full name that only one person has -> that name."""
    counts: dict[str, list[str]] = {}
    for name in people:
        words = name.split()
        for word in {words[0], words[-1]}:
            counts.setdefault(word, []).append(name)
    return {word: names[0] for word, names in counts.items() if len(names) == 1}


def build_cast(sentences: list[str]) -> Cast:
    people = find_people(sentences)
    return Cast(people=people, short_forms=short_forms(people))


def acronyms(text: str) -> list[str]:
    """All-capital names ("CCTV", "NASA") in order of first mention."""
    seen: list[str] = []
    for match in _ACRONYM.finditer(text):
        if match.group() not in seen:
            seen.append(match.group())
    return seen
