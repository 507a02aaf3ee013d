"""A class report as one HTML page a teacher can mail: no outside requests (no scripts,
fonts or images from elsewhere), charts as inline SVG, readable on paper."""

from __future__ import annotations

from html import escape

from quizapp.bank.problems import printable
from quizapp.report.analysis import EASY_ABOVE, HARD_BELOW, ClassReport, QuestionStats
from quizapp.report.render import percent, question_label, wrong_answers_text

STYLE = """
body { font-family: system-ui, sans-serif; margin: 2em auto; max-width: 60em; color: #111; }
h1 { font-size: 1.5em; } h2 { font-size: 1.2em; margin-top: 2em; }
table { border-collapse: collapse; width: 100%; font-size: 0.9em; }
th, td { border-bottom: 1px solid #ccc; padding: 0.3em 0.5em; text-align: left;
  vertical-align: top; }
td.n, th.n { text-align: right; font-variant-numeric: tabular-nums; }
.flag { color: #a40000; font-weight: bold; }
.prompt { color: #444; font-size: 0.9em; }
svg text { font-family: system-ui, sans-serif; font-size: 12px; fill: #111; }
@media print {
  body { margin: 0; max-width: none; }
  h2 { break-after: avoid; }
  tr, svg { break-inside: avoid; }
}
"""

BAR_HEIGHT = 18
LABEL_WIDTH = 260
CHART_WIDTH = 620


def to_html(report: ClassReport, title: str = "Class report") -> str:
    parts = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        # No request leaves the page, whatever a learner's answer or a bank holds.
        '<meta http-equiv="Content-Security-Policy" content="default-src \'none\'; '
        "style-src 'unsafe-inline'\">",
        f"<title>{_text(title)}</title><style>{STYLE}</style></head><body>",
        f"<h1>{_text(title)}</h1>",
        f"<p>{len(report.learners)} learners, {len(report.questions)} questions, "
        f"{report.attempts} answers. Facility: the mean score of each learner's first "
        "attempt. Discrimination: how well the question separates learners who do well on "
        "the rest of the bank from those who do not (below 0: check the key).</p>",
    ]
    if report.questions:
        parts.append("<h2>Facility per question</h2>")
        parts.append(
            bar_chart([(question_label(q), q.facility) for q in report.questions], "Facility")
        )
    parts.append("<h2>Questions</h2>")
    parts.append(_questions_table(report.questions))
    parts.append("<h2>Learners</h2>")
    parts.append(_learners_table(report))
    if report.tags:
        parts.append("<h2>Facility per tag</h2>")
        parts.append(bar_chart([(t.tag, t.facility) for t in report.tags], "Facility per tag"))
    if report.unknown_banks:
        banks = ", ".join(report.unknown_banks)
        parts.append(
            f"<p>No bank file given for {_text(banks)}: prompts, tags and keys unknown.</p>"
        )
    parts.append("</body></html>\n")
    return "\n".join(parts)


def _text(value: object) -> str:
    return escape(printable(str(value)))


def bar_chart(bars: list[tuple[str, float]], label: str) -> str:
    """Horizontal bars for values 0..100, with the hard and easy thresholds marked."""
    height = BAR_HEIGHT * len(bars) + 24
    scale = (CHART_WIDTH - LABEL_WIDTH - 50) / 100
    rows = []
    for n, (name, value) in enumerate(bars):
        y = n * BAR_HEIGHT
        colour = "#b33" if value < HARD_BELOW or value > EASY_ABOVE else "#36c"
        rows.append(
            f'<text x="{LABEL_WIDTH - 6}" y="{y + 13}" text-anchor="end">{_text(name[:40])}</text>'
            f'<rect x="{LABEL_WIDTH}" y="{y + 3}" width="{value * scale:.1f}" '
            f'height="{BAR_HEIGHT - 6}" fill="{colour}"/>'
            f'<text x="{LABEL_WIDTH + value * scale + 4:.1f}" y="{y + 13}">{value:.0f}%</text>'
        )
    axis_y = BAR_HEIGHT * len(bars) + 4
    marks = "".join(
        f'<line x1="{LABEL_WIDTH + at * scale:.1f}" y1="0" x2="{LABEL_WIDTH + at * scale:.1f}" '
        f'y2="{axis_y}" stroke="#999" stroke-dasharray="3,3"/>'
        f'<text x="{LABEL_WIDTH + at * scale:.1f}" y="{axis_y + 14}" text-anchor="middle">'
        f"{at:.0f}%</text>"
        for at in (0, HARD_BELOW, 50, EASY_ABOVE)
    )
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" role="img" width="{CHART_WIDTH}" '
        f'height="{height}" viewBox="0 0 {CHART_WIDTH} {height}">'
        f"<title>{_text(label)}</title>{marks}{''.join(rows)}</svg>"
    )


def _questions_table(questions: tuple[QuestionStats, ...]) -> str:
    rows = [
        "<table><thead><tr><th>Question</th><th class=n>Attempts</th><th class=n>Learners</th>"
        "<th class=n>Facility</th><th class=n>Discrimination</th><th class=n>Median time</th>"
        "<th class=n>Timed out</th><th class=n>Overrides</th><th>Most common wrong answers"
        "</th></tr></thead><tbody>"
    ]
    for q in questions:
        prompt = f'<div class="prompt">{_text(q.prompt)}</div>' if q.prompt else ""
        wrong = _text(wrong_answers_text(q.wrong_answers)) or "-"
        if q.distractors:
            wrong += "<br>Distractors picked: " + _text(wrong_answers_text(q.distractors))
        flags = "".join(f'<div class="flag">{_text(flag)}</div>' for flag in q.flags)
        rows.append(
            f"<tr><td>{_text(question_label(q))}{prompt}{flags}</td>"
            f"<td class=n>{q.attempts}</td><td class=n>{q.learners}</td>"
            f"<td class=n>{percent(q.facility)}</td><td class=n>{percent(q.discrimination)}</td>"
            f"<td class=n>{q.median_time_s:.1f} s</td><td class=n>{q.timed_out}</td>"
            f"<td class=n>{q.overrides}</td><td>{wrong}</td></tr>"
        )
    rows.append("</tbody></table>")
    return "".join(rows)


def _learners_table(report: ClassReport) -> str:
    rows = [
        "<table><thead><tr><th>Learner</th><th class=n>Answered</th><th class=n>Attempts</th>"
        "<th class=n>Score</th><th class=n>Time</th><th>Per tag</th></tr></thead><tbody>"
    ]
    for learner in report.learners:
        tags = ", ".join(f"{_text(t.tag)} {percent(t.facility)}" for t in learner.tags) or "-"
        rows.append(
            f"<tr><td>{_text(learner.name)}</td><td class=n>{learner.answered}</td>"
            f"<td class=n>{learner.attempts}</td><td class=n>{percent(learner.score)}</td>"
            f"<td class=n>{learner.time_s:.0f} s</td><td>{tags}</td></tr>"
        )
    rows.append("</tbody></table>")
    return "".join(rows)
