"""Small TOML banks for the bank tests, written the way a teacher would."""

from __future__ import annotations

HEADER = '[bank]\nid = "test-bank"\ntitle = "Test bank"\n'

VALID_QUESTIONS = {
    "choice": 'choices = ["Kyiv", "Lviv", "Odesa"]\nanswer = "Kyiv"\n',
    "multi": 'choices = ["Saturn", "Uranus", "Mars"]\nanswers = ["Saturn", "Uranus"]\n',
    "truefalse": "answer = false\n",
    "short": 'answers = ["Nykyforov", "Serhii Nykyforov"]\nfuzzy = false\n',
    "cloze": 'text = "The call lasted {{an hour|one hour}} and was {{long}}."\n',
    "number": 'answer = 12\ntolerance = 0.5\nunit = "points"\n',
    "date": 'answer = 2023-04-26\nprecision = "day"\nrequire_year = true\n',
    "order": 'items = ["paper", "Moscow visit", "call"]\n',
    "match": 'pairs = [["Yu Jun", "ambassador"], ["CCTV", "state broadcaster"]]\n',
}


def question(kind: str, body: str | None = None, qid: str = "q1", prompt: str = "Prompt?") -> str:
    """One [[questions]] table of type ``kind`` (its valid body unless ``body`` is given)."""
    body = VALID_QUESTIONS[kind] if body is None else body
    return f'\n[[questions]]\nid = "{qid}"\ntype = "{kind}"\nprompt = "{prompt}"\n{body}'


def bank(*questions: str) -> str:
    """A bank file's text with the standard [bank] table and ``questions``."""
    return HEADER + "".join(questions)


def line_of(text: str, fragment: str) -> int:
    """The 1-based line of the first line containing ``fragment``."""
    for number, line in enumerate(text.splitlines(), start=1):
        if fragment in line:
            return number
    raise AssertionError(f"{fragment!r} not in text")
