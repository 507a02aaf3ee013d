"""Class results and item analysis: read class folders, progress files and exports
(``sources``), compute the numbers (``analysis``), write them out (``render``, ``html``).

Core code: never imports Textual.
"""

from quizapp.report.analysis import ClassReport, analyse
from quizapp.report.sources import ClassAnswers, Filters, SourceError, read_sources

__all__ = ["ClassAnswers", "ClassReport", "Filters", "SourceError", "analyse", "read_sources"]
