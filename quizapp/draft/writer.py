"""The drafted questions as a bank file: ids, the bank table, the opening comment,
and each question's source sentence."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from typing import cast

from quizapp.bank.check import check_text
from quizapp.bank.models import QUESTION_MODELS, BankInfo, Question
from quizapp.draft.drafting import Draft, draft_questions
from quizapp.draft.questions import DraftedQuestion
from quizapp.transfer.toml_writer import bank_info_toml, question_toml

HEADER = [
    "A DRAFT made by 'quizapp draft' from {article}: review every question before use.",
    "Each question cites the sentence it was drafted from ('source'); check the",
    "answer against it, rewrite prompts that read badly, delete what is not worth asking.",
    "Then run: quizapp check FILE",
]


def question_models(draft: Draft) -> list[tuple[Question, DraftedQuestion]]:
    """Each drafted question as a bank question with its id (kind-1, kind-2, ...)."""
    numbers: dict[str, int] = {}
    built: list[tuple[Question, DraftedQuestion]] = []
    for drafted in draft.questions:
        numbers[drafted.kind] = numbers.get(drafted.kind, 0) + 1
        fields = {"id": f"{drafted.kind}-{numbers[drafted.kind]}", **drafted.fields}
        fields["tags"] = list(drafted.tags)
        fields["source"] = " ".join(drafted.source.split())
        # Built directly, not through pydantic: the whole bank is checked once, in text().
        question = cast("Question", QUESTION_MODELS[fields["type"]](**fields))
        built.append((question, drafted))
    return built


def bank_text(
    info: BankInfo, questions: list[tuple[Question, DraftedQuestion]], article: str
) -> str:
    """The bank as TOML, opening with the comment that it is a draft to review."""
    comments = "".join(f"# {line.format(article=article)}\n" for line in HEADER)
    tables = [bank_info_toml(info), *(question_toml(question) for question, _ in questions)]
    return comments + "\n" + "\n".join(tables)


class DraftFailed(Exception):
    """The drafted bank does not pass check (never expected: the draft's promise)."""


@dataclass
class DraftedBank:
    """A drafted bank ready to write: its table, its questions with their sources."""

    info: BankInfo
    questions: list[tuple[Question, DraftedQuestion]]
    article: str
    """The article's name, for the opening comment."""

    def text(self, keep: Collection[int] | None = None) -> str:
        """The bank as TOML (only the questions at the ``keep`` indexes, if given),
        checked as ``quizapp check`` would; DraftFailed if it would not pass."""
        chosen = [
            pair for index, pair in enumerate(self.questions) if keep is None or index in keep
        ]
        text = bank_text(self.info, chosen, self.article)
        loaded, problems = check_text(text, "<draft>")
        errors = [problem for problem in problems if problem.severity == "error"]
        if loaded is None or errors:
            raise DraftFailed(str((errors or problems)[0]))
        return text


def draft_bank(
    raw: str, *, article: str, bank_id: str, title: str | None = None, year: int | None = None
) -> DraftedBank:
    """Draft a bank from an article's text; NothingToAsk when it gives no question."""
    draft = draft_questions(raw, year)
    headline = " ".join(draft.headline.split())[:200]
    info = BankInfo(
        id=bank_id,
        title=title or (headline if headline.isprintable() and headline else bank_id),
        description=f"Drafted from {article} by 'quizapp draft': to be reviewed.",
    )
    return DraftedBank(info, question_models(draft), article)
