"""Whatever text an article holds, drafting gives a bank that passes ``check`` or a
clear refusal (NothingToAsk), never an exception.

Text is built from the pieces the rules look for (quote marks, speech verbs,
names, months, numbers, Markdown marks, paragraph breaks) mixed with any
characters at all.
"""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from quizapp.draft.drafting import NothingToAsk
from quizapp.draft.writer import draft_bank

PROPERTIES = settings(
    max_examples=300,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
PIECES = [
    "“",
    "”",
    '"',
    "‘",
    "’",
    "«",
    "»",
    "'",
    "\n",
    "\n\n",
    " ",
    ", ",
    ". ",
    " said ",
    " said, ",
    " stated.",
    " He further added, ",
    " according to ",
    "’s report on ",
    " remarks",
    " that ",
    "Xi Jinping",
    "Zelensky",
    "Volodymyr Zelensky",
    "President ",
    "spokesman ",
    " from China’s foreign ministry",
    "CCTV",
    "the paper",
    " on Twitter",
    " during a press conference",
    "Wednesday, ",
    "April 26",
    "in February",
    "31 February 2023",
    "May 2100",
    "in 1800",
    "12-point",
    "almost one-hour-long",
    "twenty-five ministers",
    "some 3,000 people",
    "$4.5 billion",
    "99999999999999999999 votes",
    "0.000001 metres",
    "{{",
    "}}",
    "|",
    "# ",
    "**",
    "[a](b)",
    "```\n",
    "\\",
    "\t",
    "\x1b",
    "\u202e",
    "\ufeff",
]
ARTICLE = st.lists(
    st.one_of(st.sampled_from(PIECES), st.text(st.characters(), max_size=8)), max_size=40
).map("".join)


@PROPERTIES
@given(ARTICLE, st.one_of(st.none(), st.integers(1, 9999)))
def test_any_text_gives_a_bank_that_passes_check_or_nothing_to_ask(
    article: str, year: int | None
) -> None:
    try:
        drafted = draft_bank(article, article="article.txt", bank_id="draft", year=year)
    except NothingToAsk:
        return
    drafted.text()  # raises DraftFailed if what it writes does not pass check
