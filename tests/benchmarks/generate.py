"""Generate large banks for the benchmarks: every question type, realistic sizes."""

from __future__ import annotations

TEMPLATES = [
    'type = "choice"\nprompt = "Which of these is option {n}?"\n'
    'choices = ["option {n}", "option {m}", "other {n}", "none"]\nanswer = "option {n}"\n',
    'type = "multi"\nprompt = "Pick the even ones ({n})"\nchoices = ["2", "3", "4", "5"]\n'
    'answers = ["2", "4"]\n',
    'type = "truefalse"\nprompt = "Is {n} a number?"\nanswer = true\n',
    'type = "short"\nprompt = "Name the capital of country {n}"\n'
    'answers = ["Kyiv {n}", "Kiev {n}"]\n',
    'type = "cloze"\nprompt = "Fill in"\n'
    'text = "Talks and {{{{negotiation|negotiations}}}} are the only {{{{way out}}}} ({n})"\n',
    'type = "number"\nprompt = "How many minutes ({n})?"\nanswer = {n}\ntolerance = 1\n'
    'unit = "minutes"\n',
    'type = "date"\nprompt = "When ({n})?"\nanswer = 2023-04-26\nprecision = "day"\n',
    'type = "order"\nprompt = "Order these ({n})"\n'
    'items = ["first", "second", "third", "fourth"]\n',
    'type = "match"\nprompt = "Match ({n})"\npairs = [["Xi", "China"], ["Zelensky", "Ukraine"], '
    '["Putin", "Russia"]]\n',
]


def bank_text(count: int) -> str:
    """A valid bank of ``count`` questions cycling through every type."""
    parts = ['[bank]\nid = "bench"\ntitle = "Benchmark bank"\n']
    for n in range(count):
        body = TEMPLATES[n % len(TEMPLATES)].format(n=n, m=n + 1)
        parts.append(
            f'\n[[questions]]\nid = "q{n}"\ntags = ["t{n % 7}"]\n'
            f'explanation = "Because {n}."\n{body}'
        )
    return "".join(parts)
