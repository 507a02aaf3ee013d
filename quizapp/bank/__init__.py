"""Question banks: the models, loading with located errors, lint and import."""

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

__all__ = [
    "QUESTION_TYPES", "Bank", "BankError", "BankInfo", "ChoiceQuestion", "ClozeQuestion",
    "DateQuestion", "MatchQuestion", "MultiQuestion", "NumberQuestion", "OrderQuestion",
    "Problem", "Question", "QuestionBase", "ShortQuestion", "TrueFalseQuestion",
    "bank_files", "load_bank", "parse_bank",
]
