"""Question banks: the models, loading with located errors, lint and import.

The names below are imported on first use (PEP 562), so that importing one light
module of the package (the models, the bank cache) does not import the TOML parser
and the checker with it.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from quizapp.bank.loader import bank_files, load_bank, parse_bank
    from quizapp.bank.models import (
        QUESTION_TYPES,
        Bank,
        BankInfo,
        ChoiceQuestion,
        ClozeQuestion,
        DateQuestion,
        MatchQuestion,
        MultiQuestion,
        NumberQuestion,
        OrderQuestion,
        Question,
        QuestionBase,
        ShortQuestion,
        TrueFalseQuestion,
    )
    from quizapp.bank.problems import BankError, Problem

_HOMES = {
    "bank_files": "quizapp.bank.files",
    "load_bank": "quizapp.bank.loader",
    "parse_bank": "quizapp.bank.loader",
    "BankError": "quizapp.bank.problems",
    "Problem": "quizapp.bank.problems",
    **{
        name: "quizapp.bank.models"
        for name in (
            "QUESTION_TYPES",
            "Bank",
            "BankInfo",
            "ChoiceQuestion",
            "ClozeQuestion",
            "DateQuestion",
            "MatchQuestion",
            "MultiQuestion",
            "NumberQuestion",
            "OrderQuestion",
            "Question",
            "QuestionBase",
            "ShortQuestion",
            "TrueFalseQuestion",
        )
    },
}

__all__ = [
    "QUESTION_TYPES",
    "Bank",
    "BankError",
    "BankInfo",
    "ChoiceQuestion",
    "ClozeQuestion",
    "DateQuestion",
    "MatchQuestion",
    "MultiQuestion",
    "NumberQuestion",
    "OrderQuestion",
    "Problem",
    "Question",
    "QuestionBase",
    "ShortQuestion",
    "TrueFalseQuestion",
    "bank_files",
    "load_bank",
    "parse_bank",
]


def __getattr__(name: str) -> object:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module 'quizapp.bank' has no attribute {name!r}")
    return getattr(importlib.import_module(home), name)
