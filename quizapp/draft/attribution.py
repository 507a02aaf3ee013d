"""Who said each quotation, and where: the statements of an article.

The words around a quotation in its sentence are read for attribution: "“…,” Xi
stated", "Zelensky shared on Twitter, “…”", "X announced that … “…”", "according
to X", "according to X’s report on Y’s remarks" (Y said it, X reported it). Of two
speech verbs in a sentence the one nearest the quotation wins ("CCTV reported that
Xi … conveyed that “…”" is Xi's). A pronoun is the previous speaker; a surname is
the full name given in the article.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from quizapp.draft.article import Article
from quizapp.draft.people import Cast, Speaker, name_runs, strip_possessive
from quizapp.draft.quotes import Quotation, find_quotations
from quizapp.draft.words import CHANNELS, PRONOUNS, SPEECH_VERBS, word_set

_VERB = re.compile(r"\b(" + "|".join(sorted(SPEECH_VERBS | {"called"})) + r")\b")
_ADVERBS = word_set(
    "further also later then again repeatedly once previously separately earlier has have had "
    "was is were are had later, subsequently quickly simply just only"
)
_ACCORDING = re.compile(r"\baccording to ([^,.;:]+)", re.IGNORECASE)
_REPORT_ON = re.compile(
    r"^(.+?)['’]s? (?:report|account|summary|readout) (?:on|of) (.+?)['’]s? "
    r"(?:remarks|words|comments|statement|speech)$"
)
_NAME_AT_END = re.compile(r"((?:[A-Z][\w’'\-.]*\s?)+)$")
_CHANNEL = re.compile(
    r"\b(?:on|via|in|at|during|through)\s+(?:an?\s+|the\s+|his\s+|her\s+|their\s+|its\s+)?"
    r"(?:\w+\s+)?(" + "|".join(re.escape(key) for key in CHANNELS) + r")\b",
    re.IGNORECASE,
)
_SHORT_QUOTE = 3  # words; a shorter quotation is a term ("position paper") unless said "that"
PLACEHOLDER = "\u2063"  # stands for a quotation in the words around it


@dataclass
class Statement:
    """Quoted words with who said them (if the article says) and the sentences they are in."""

    quotations: list[Quotation]
    words: str
    """The quotation as the learner sees it: “…”, or “that …” with the quoted parts."""
    speaker: Speaker | None
    reported_by: Speaker | None
    channel: str | None
    """Where it was said, as the article words it ("on Twitter")."""
    source: str
    sentence: int
    """Index of its first sentence."""


def channel_in(text: str) -> str | None:
    """The first channel named in ``text``, as written ("during a press conference")."""
    match = _CHANNEL.search(text)
    return " ".join(match.group().split()) if match else None


class Attributor:
    """Resolves the speakers of one article's quotations, in order."""

    def __init__(self, article: Article, cast: Cast) -> None:
        self.article = article
        self.cast = cast
        self.last_person: Speaker | None = None
        self.last_source: Speaker | None = None
        self.reading = 0
        """Index of the sentence whose quotation is being attributed."""
        self.masked = article.text
        """The text with every quotation blanked out, to find who is named outside them."""

    def statements(self) -> list[Statement]:
        text = self.article.text
        found: list[Statement] = []
        quotations = find_quotations(text)
        self.masked = _masked(text, quotations)
        for group in _by_context(self.article, quotations):
            start, end = self._context(group)
            first = self.article.sentence_at(start)
            self.reading = first.index if first else 0
            frame, places = _frame(text, start, end, group)
            for index, quotation in enumerate(group):
                statement = self._attribute(frame, places, index, quotation, group, start)
                if statement is None:
                    continue
                if statement.speaker is None and found and self._goes_on(found[-1], statement):
                    # “…,” Dahl wrote. “…” — the next quotation in the paragraph is his too.
                    statement.speaker = found[-1].speaker
                    statement.channel = found[-1].channel
                if (
                    found
                    and found[-1].sentence == statement.sentence
                    and found[-1].speaker == statement.speaker
                    and statement.speaker is not None
                    and found[-1].words.startswith("that ")
                ):
                    found[-1].quotations.append(quotation)
                    continue
                found.append(statement)
        return found

    def _goes_on(self, previous: Statement, statement: Statement) -> bool:
        """A quotation that is a sentence of its own, right after an attributed one in the
        same paragraph, with nothing else in its sentence."""
        sentences = self.article.sentences
        here = sentences[statement.sentence]
        before = sentences[statement.sentence - 1] if statement.sentence else None
        last_of_previous = self.article.sentence_at(max(0, previous.quotations[-1].end - 1))
        return (
            previous.speaker is not None
            and before is not None
            and last_of_previous is not None
            and last_of_previous.index == before.index
            and before.paragraph == here.paragraph
            and statement.words.startswith("“")
            and here.text.strip().startswith(("“", '"', "«"))
            and len(here.text.strip()) <= len(statement.words) + 2
        )

    def _context(self, group: list[Quotation]) -> tuple[int, int]:
        first = self.article.sentence_at(group[0].start)
        last = self.article.sentence_at(max(group[-1].start, group[-1].end - 1))
        assert first is not None and last is not None
        return first.start, last.end

    def _attribute(
        self,
        frame: str,
        places: list[int],
        index: int,
        quotation: Quotation,
        group: list[Quotation],
        start: int,
    ) -> Statement | None:
        text = self.article.text
        quoted = quotation.text(text)
        before = frame[: places[index]]
        after = frame[places[index] + 1 :]
        if index + 1 < len(places):
            after = after[: places[index + 1] - places[index] - 1]
        speaker, reported_by, verb_end = self._speaker(before, after)
        that_clause = verb_end is not None and re.search(r"\bthat\b", before[verb_end:])
        if len(quoted.split()) <= _SHORT_QUOTE and not that_clause:
            return None
        if that_clause and verb_end is not None:
            that_at = before.rfind("that", verb_end)
            words = _restore(frame[that_at:].rstrip(" .;"), group, text)
        else:
            words = f"“{quoted.strip(' ,')}”"
        if speaker is not None:
            if speaker.person:
                self.last_person = speaker
            else:
                self.last_source = speaker
        source = self.article.span(quotation.start, quotation.end)
        sentence = self.article.sentence_at(quotation.start)
        return Statement(
            quotations=[quotation],
            words=words,
            speaker=speaker,
            reported_by=reported_by,
            channel=channel_in(frame.replace(PLACEHOLDER, " ")) if speaker else None,
            source=source,
            sentence=sentence.index if sentence else 0,
        )

    def _speaker(
        self, before: str, after: str
    ) -> tuple[Speaker | None, Speaker | None, int | None]:
        """(speaker, who reported it, where the attributing verb ends in ``before``)."""
        verbs = list(_VERB.finditer(before))
        tail = after.lstrip(" ,.;:—–-")
        according = _ACCORDING.search(tail) or _ACCORDING.search(before)
        if not verbs and not (according and according.start() < 3):
            # "“…,” Xi stated" / "“…,” said Xi"
            match = re.match(
                r"^([^,.;:]{1,60}?)\s+(?:\w+ly\s+)?(" + _VERB.pattern[2:-2] + r")\b", tail
            )
            if match and len(after) - len(tail) <= 3:
                found = self.resolve(match.group(1))
                if found:
                    return found, None, None
            inverted = re.match(r"^(?:" + _VERB.pattern[2:-2] + r")\s+([^,.;:]{1,60})", tail)
            if inverted:
                found = self.resolve(inverted.group(1))
                if found:
                    return found, None, None
        if according and not (verbs and according.start() < verbs[-1].start()):
            return self._according(according.group(1))
        for verb in reversed(verbs):
            found = self.resolve(before[: verb.start()])
            if found:
                reporter = None
                earlier = [v for v in verbs if v.start() < verb.start()]
                # "CCTV reported that Xi … conveyed": the earlier verb reports the later one.
                between = before[earlier[-1].end() : verb.start()] if earlier else ""
                if re.search(r"\bthat\b", between) and PLACEHOLDER not in between:
                    reporter = self.resolve(before[: earlier[-1].start()])
                return found, reporter if reporter != found else None, verb.end()
        return None, None, None

    def _according(self, phrase: str) -> tuple[Speaker | None, Speaker | None, int | None]:
        report = _REPORT_ON.match(phrase.strip())
        if report:
            return self.resolve(report.group(2)), self.resolve(report.group(1)), None
        return self.resolve(phrase), None, None

    def resolve(self, text: str) -> Speaker | None:
        """The speaker that the end of ``text`` (the words before a verb) names, or None."""
        words = _drop_asides(text).split()
        while words and words[-1].lower().strip(",") in _ADVERBS:
            words.pop()
        if not words:
            return None
        last = words[-1].strip(",").lower()
        if last in PRONOUNS and len(words) <= 3:  # "He further added", "As she said"
            if PRONOUNS[last] == "person" or (PRONOUNS[last] == "any" and self.last_person):
                return self._person_before() or self.last_person
            return self.last_source
        phrase = " ".join(words).strip(" ,")
        source = self.cast.source(" ".join(phrase.split()[-3:]))
        if source:
            return Speaker(source, person=False)
        name = _NAME_AT_END.search(phrase)
        if not name:
            return self._last_person_in(phrase)
        run = name.group(1).strip()
        person = self.cast.person(run)
        if person:
            return Speaker(person, person=True)
        last_word = strip_possessive(run.split()[-1])
        # An acronym ("CCTV", "NASA") is a named source; other capitalised words are
        # places or organisations whose words a learner cannot be asked to tell apart.
        if last_word.isupper() and len(last_word) >= 2:
            return Speaker(last_word, person=False)
        return self._last_person_in(phrase)

    def _last_person_in(self, phrase: str) -> Speaker | None:
        """The last person named in a subject with more after the name ("Priya Raman
        from the University of Tasmania"), within its clause."""
        clause = re.split(rf"{PLACEHOLDER}|\bthat\b|;", phrase)[-1]
        people = [self.cast.person(run) for _, _, run in name_runs(clause)]
        named = [person for person in people if person]
        return Speaker(named[-1], person=True) if named else None

    def _person_before(self) -> Speaker | None:
        """The person a pronoun stands for: the first one named (outside quotations) in
        the nearest of the three sentences before the one being read."""
        for index in range(self.reading - 1, max(-1, self.reading - 4), -1):
            masked = self.masked[
                self.article.sentences[index].start : self.article.sentences[index].end
            ]
            for _, _, run in name_runs(masked):
                person = self.cast.person(run)
                if person:
                    return Speaker(person, person=True)
        return None


def _masked(text: str, quotations: list[Quotation]) -> str:
    """``text`` with the words of every quotation replaced by spaces (offsets kept)."""
    pieces = list(text)
    for quotation in quotations:
        for start, end in quotation.parts:
            pieces[start:end] = " " * (end - start)
    return "".join(pieces)


def _drop_asides(text: str) -> str:
    """``text`` without a trailing aside set off by commas ("Xi, in response to …,")."""
    text = text.rstrip()
    while text.endswith(","):
        inner = text[:-1]
        comma = inner.rfind(",")
        if comma < 0:
            return inner
        text = inner[:comma].rstrip()
    return text


def _by_context(article: Article, quotations: list[Quotation]) -> list[list[Quotation]]:
    """Quotations grouped by the sentence they start in."""
    groups: list[list[Quotation]] = []
    last_sentence = -1
    for quotation in quotations:
        sentence = article.sentence_at(quotation.start)
        number = sentence.index if sentence else -1
        if groups and number == last_sentence:
            groups[-1].append(quotation)
        else:
            groups.append([quotation])
        last_sentence = number
    return groups


def _frame(text: str, start: int, end: int, group: list[Quotation]) -> tuple[str, list[int]]:
    """The context with each quotation (marks included) replaced by one placeholder."""
    pieces = []
    places = []
    cursor = start
    length = 0
    for quotation in group:
        opening = max(start, quotation.start - 1)
        closing = min(end, quotation.end + 1)
        piece = text[cursor:opening]
        pieces.append(piece)
        length += len(piece)
        places.append(length)
        pieces.append(PLACEHOLDER)
        length += 1
        cursor = max(cursor, closing)
    pieces.append(text[cursor:end])
    return "".join(pieces).replace("\n\n", " "), places


def _restore(frame_part: str, group: list[Quotation], text: str) -> str:
    """A piece of a frame with its placeholders given back their quotations."""
    quoted = iter(f"“{quotation.text(text)}”" for quotation in group)
    skipped = frame_part
    # The piece ends the frame, so its placeholders are the group's last ones.
    count = skipped.count(PLACEHOLDER)
    remaining = list(quoted)[len(group) - count :]
    out = []
    for char in skipped:
        out.append(remaining.pop(0) if char == PLACEHOLDER and remaining else char)
    return "".join(out)
