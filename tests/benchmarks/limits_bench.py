"""Work that would grow faster than its input without the bank limits or a linear
algorithm: each line fails when that cost comes back.

- ``import-clash-16k``: importing 16,000 copies of one GIFT question (one title, one
  content: every id clashes) against 16,000 questions with titles of their own. The
  clash counter once started again at 2 for every copy (30 s).
- ``lint-multi-100``, ``grade-order-100``, ``grade-match-100``: lint of a bank of multi
  questions at the 100-choice limit, and grading an order or match answer at the
  100-item and 100-pair limits. Their cost per question grows with the square of its
  size (pairs of items, every answer against every choice), which the limits bound;
  the absolute bounds leave room for a slow machine and catch that square coming back
  at a larger size, or an algorithm worse than it.
"""

from __future__ import annotations

from common import Result, median_seconds, paired_medians

COPIES = 16_000
SIZE = 100
"""The bank limit on choices, items and pairs (``quizapp.bank.models.MAX_OPTIONS``)."""
MULTI_QUESTIONS = 100


def _gift(titles: list[str]) -> str:
    return "\n\n".join(
        f"::{title}:: Which colour is the sky? {{=blue ~red ~green}}" for title in titles
    )


def _import(text: str) -> int:
    from quizapp.transfer.files import parse_text

    _, result = parse_text(text, "bench.gift", "gift")
    return len(result.questions)


def import_clash() -> Result:
    same = _gift(["Sky"] * COPIES)
    distinct = _gift([f"Sky {n}" for n in range(COPIES)])
    assert _import(same) == COPIES
    value, baseline = paired_medians(lambda: _import(same), lambda: _import(distinct), runs=3)
    note = f"{COPIES:,} copies of one question against {COPIES:,} titled apart"
    return Result("import-clash-16k", value, "s", 1.5, baseline=baseline, note=note)


def _multi_bank() -> str:
    lines = ['[bank]\nid = "bench"\ntitle = "Bench"\n']
    choices = [f"choice {n}" for n in range(SIZE)]
    for number in range(MULTI_QUESTIONS):
        lines.append(
            f'[[questions]]\nid = "q{number}"\ntype = "multi"\nprompt = "Pick the right ones."\n'
            f"choices = {choices!r}\nanswers = {choices!r}\n".replace("'", '"')
        )
    return "\n".join(lines)


def lint_multi() -> Result:
    from quizapp.bank.lint import lint_bank
    from quizapp.bank.loader import parse_bank

    text = _multi_bank()
    bank = parse_bank(text, "bench.toml")
    value = median_seconds(lambda: lint_bank(bank, text, "bench.toml"))
    note = f"{MULTI_QUESTIONS} questions of {SIZE} choices, every choice an answer"
    return Result("lint-multi-100", value, "s", 0.25, note=note)


def _arranged_bank() -> str:
    items = [f"item {n}" for n in range(SIZE)]
    pairs = ", ".join(f'["left {n}", "right {n}"]' for n in range(SIZE))
    return (
        '[bank]\nid = "bench"\ntitle = "Bench"\n\n'
        '[[questions]]\nid = "order"\ntype = "order"\nprompt = "Put them in order."\n'
        f"items = {items!r}\n".replace("'", '"')
        + '\n[[questions]]\nid = "match"\ntype = "match"\nprompt = "Match them."\n'
        f"pairs = [{pairs}]\n"
    )


def grade_arranged() -> list[Result]:
    from quizapp.bank.loader import parse_bank
    from quizapp.grading import grade

    bank = parse_bank(_arranged_bank(), "bench.toml")
    order, match = bank.question("order"), bank.question("match")
    assert order is not None and match is not None
    # The worst answers: written out in full, reversed (every pair out of order) and
    # every pair matched to its neighbour's right side.
    reversed_items = "; ".join(f"item {n}" for n in reversed(range(SIZE)))
    shifted_pairs = "; ".join(f"left {n} = right {(n + 1) % SIZE}" for n in range(SIZE))
    assert grade(order, reversed_items).score == 0.0
    assert grade(match, shifted_pairs).score == 0.0
    return [
        Result(
            "grade-order-100",
            median_seconds(lambda: grade(order, reversed_items)),
            "s",
            0.05,
            note=f"{SIZE} items written out, in reverse",
        ),
        Result(
            "grade-match-100",
            median_seconds(lambda: grade(match, shifted_pairs)),
            "s",
            0.05,
            note=f"{SIZE} pairs written out, every one wrong",
        ),
    ]


def run() -> list[Result]:
    return [import_clash(), lint_multi(), *grade_arranged()]
