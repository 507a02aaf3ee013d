"""CSV cells a spreadsheet would run as a formula are defused.

A cell starting with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return is a formula
to Excel, LibreOffice and Google Sheets (``=HYPERLINK(...)`` in a learner's answer could
send the sheet's data away). Such text gets a leading apostrophe, which spreadsheets
show as text. Numbers are written as they are.
"""

from __future__ import annotations

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def defuse_cell(value: object) -> object:
    """``value`` safe to write to a CSV cell: risky text gets a leading apostrophe."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value
