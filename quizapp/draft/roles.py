"""People's roles from appositives, and the channels people spoke through.

Roles: "Zelensky’s spokesman Sergiy Nykyforov", "Chinese President Xi Jinping",
"Chinese state broadcaster CCTV", "Yu Jun from China’s foreign ministry",
"Ann Lee, the head of the water board,". Channels outside quotations: "as stated
by Yu Jun … during a press conference", "X announced on Facebook".
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from quizapp.draft.article import Sentence
from quizapp.draft.attribution import channel_in
from quizapp.draft.people import Cast, Role, Speaker, name_runs, person_in_run
from quizapp.draft.words import ROLE_WORDS, SPEECH_VERBS, STOP_WORDS

_ORG_NOUNS = (
    "ministry|office|agency|department|council|committee|university|institute|company|bank|"
    "board|government|party|embassy|school|hospital|museum|foundation|union|authority|service|"
    "commission|court|team|club|lab|laboratory|observatory|association|newspaper|firm"
)
_FROM_ORG = re.compile(
    rf"^,?\s+((?:from|of|at)\s+(?:the\s+)?(?:[A-Z][\w\-]*['’]s\s+)?(?:[\w\-]+\s+){{0,3}}?"
    rf"(?:{_ORG_NOUNS}))\b",
    re.IGNORECASE,
)
_AFTER_NAME = re.compile(r"^,\s+(?:the|a|an)\s+([^,;.“”\"]{3,80}?),")
_BEFORE_NAME = re.compile(
    r"(?:^|[,;]\s|\b(?:and|with|by|to)\s)(?:[Tt]he\s+)?([a-z][^,;.“”\"]{2,60}),\s*$"
)
_SAID_ON = re.compile(r"\b(?:" + "|".join(sorted(SPEECH_VERBS)) + r")\s+(?:on|in|at|during|via)\s")
_ACRONYM_RUN = re.compile(r"\b[A-Z]{2,6}\b")
_STATED_BY = re.compile(
    r"\b(?:" + "|".join(sorted(SPEECH_VERBS)) + r")\s+by\s+((?:[A-Z][\w’'\-]*\s?){1,4})"
)


@dataclass(frozen=True)
class ChannelUse:
    """Someone speaking through a channel ("on Facebook"), and the sentence saying so."""

    speaker: Speaker
    channel: str
    sentence: Sentence


def _has_role_word(phrase: str) -> bool:
    return any(re.sub(r"['’]s$", "", word.lower()) in ROLE_WORDS for word in phrase.split())


def _role_before(text: str) -> str | None:
    """The role words right before a name: "Zelensky’s spokesman", "Chinese President"."""
    words = text.split()
    if not words or words[-1].lower() not in ROLE_WORDS:
        return None
    taken = [words.pop()]
    while words and len(taken) < 4:
        word = words[-1]
        bare = word.lower().strip(",")
        if word.endswith((",", ".", ";", ":", "”", '"')) or bare in STOP_WORDS:
            break
        taken.insert(0, words.pop())
        if re.search(r"['’]s$", word):
            break
    # Lower-case words lead only after a name or an owner ("meet Russian President").
    while (
        len(taken) > 1
        and taken[0][:1].islower()
        and taken[1][:1].isupper()
        and not re.search(r"['’]s$", taken[0])
    ):
        taken.pop(0)
    return " ".join(taken)


def find_roles(sentences: list[Sentence], cast: Cast) -> list[Role]:
    """The first role the article gives each person or named source."""
    roles: list[Role] = []
    given: set[str] = set()

    lower_case = {word for s in sentences for word in re.findall(r"\b[a-z]+\b", s.text)}

    def add(name: str, person: bool, role: str, sentence: Sentence) -> None:
        role = role.strip(" ,")
        first = re.sub(r"['’]s$", "", role.split()[0]) if role else ""
        if sentence.text.startswith(role) and first.lower() in lower_case:
            role = role[:1].lower() + role[1:]  # "Ship's captain" opening a sentence
        if name not in given and role and role.lower() not in name.lower():
            given.add(name)
            roles.append(Role(Speaker(name, person), role, sentence.index))

    for sentence in sentences:
        text = sentence.text
        holders: list[tuple[int, int, str, bool]] = []
        for start, end, run in name_runs(text):
            name = person_in_run(run) or person_in_run(run, after_role=True)
            if name is None or cast.person(name) is None:
                continue
            name_start = start + run.rindex(name)
            holders.append((start, name_start, cast.person(name) or name, True))
            holders[-1] = (holders[-1][0], name_start, holders[-1][2], True)
            _ = end
        for match in _ACRONYM_RUN.finditer(text):
            holders.append((match.start(), match.start(), match.group(), False))
        for run_start, name_start, name, person in holders:
            before = text[:name_start]
            role = _role_before(before)
            if role and _has_role_word(role):
                add(name, person, role, sentence)
                continue
            name_end = text.find(" ", name_start + len(name.split()[-1]))
            after = text[name_start:]
            after = after[after.find(name.split()[-1]) + len(name.split()[-1]) :]
            org = _FROM_ORG.match(after)
            if org and person:
                add(name, person, org.group(1), sentence)
                continue
            appositive = _AFTER_NAME.match(after)
            if appositive and _has_role_word(appositive.group(1)):
                add(name, person, appositive.group(1), sentence)
                continue
            earlier = _BEFORE_NAME.search(text[:run_start])
            if earlier and person and _has_role_word(earlier.group(1)):
                phrase = re.sub(r"^(?:his|her|their|its)\s+", "", earlier.group(1))
                if "counterpart" not in phrase:
                    add(name, person, phrase, sentence)
            _ = name_end
    return roles


def find_channel_uses(sentences: list[Sentence], cast: Cast) -> list[ChannelUse]:
    """Statements outside quotations made through a named channel, with who made them."""
    uses = []
    for sentence in sentences:
        channel = channel_in(sentence.text)
        if channel is None:
            continue
        stated = _STATED_BY.search(sentence.text)
        person = cast.person(stated.group(1).strip()) if stated else None
        if person is None and "“" not in sentence.text and '"' not in sentence.text:
            # "Lars Brekke, said on LinkedIn that …": the person named before the verb.
            verb = _SAID_ON.search(sentence.text)
            named = (
                [cast.person(run) for _, _, run in name_runs(sentence.text[: verb.start()])]
                if verb
                else []
            )
            person = next((name for name in reversed(named) if name), None)
        if person:
            uses.append(ChannelUse(Speaker(person, True), channel, sentence))
    return uses
