"""The corpus: each GIFT and Aiken file under data/ imports to the bank beside it.

``NAME.gift`` must give the questions of ``NAME.toml`` (``NAME.txt`` those of
``NAME.txt.toml``), with exactly the problems listed in ``NAME.problems`` (none
if there is no such file), each at its line and column.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from quizapp.bank.check import check_paths
from quizapp.bank.loader import load_bank
from quizapp.transfer.files import parse_text, read_file
from quizapp.transfer.gift import parse_gift
from quizapp.transfer.gift_export import export_gift

DATA = Path(__file__).parent / "data"
CORPUS = sorted(path for path in DATA.rglob("*") if path.suffix in (".gift", ".txt"))
BOM = b"\xef\xbb\xbf"


def expected_bank_path(source: Path) -> Path:
    if source.suffix == ".txt":
        return source.with_name(source.name + ".toml")
    return source.with_suffix(".toml")


def expected_problems(source: Path) -> list[tuple[int, int, str, str]]:
    """(line, column, severity, message) from ``LINE:COL: severity: message`` lines."""
    listing = source.with_suffix(".problems")
    if not listing.exists():
        return []
    found = []
    for line in listing.read_text("utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            where_line, where_column, severity, message = line.split(":", 3)
            found.append((int(where_line), int(where_column), severity.strip(), message.strip()))
    return found


@pytest.mark.parametrize("source", CORPUS, ids=lambda path: f"{path.parent.name}/{path.name}")
def test_corpus_file_imports_to_the_bank_beside_it(source: Path) -> None:
    chosen, result = parse_text(read_file(source), str(source))
    assert chosen == source.parent.name  # the format is told from the content
    expected = load_bank(expected_bank_path(source))
    assert result.questions == expected.questions
    wanted = expected_problems(source)
    got = [(p.line, p.column, p.severity) for p in result.problems]
    assert got == [(line, column, severity) for line, column, severity, _ in wanted]
    for problem, (*_, message) in zip(result.problems, wanted, strict=True):
        assert message in problem.message
        assert str(problem).startswith(f"{source}:{problem.line}:{problem.column}: ")


def test_corpus_holds_the_tricky_bytes_it_claims() -> None:
    # Guards against an editor or checkout normalising the files this corpus is about.
    for name in ("gift/windows.gift", "aiken/windows.txt"):
        data = (DATA / name).read_bytes()
        assert data.startswith(BOM) and b"\r\n" in data
    old_mac = (DATA / "gift/old-mac.gift").read_bytes()
    assert b"\r" in old_mac and b"\n" not in old_mac


@pytest.mark.parametrize("source", CORPUS, ids=lambda path: f"{path.parent.name}/{path.name}")
def test_every_expected_bank_passes_check_cleanly(source: Path) -> None:
    report = check_paths([expected_bank_path(source)])
    assert report.problems == []
    assert len(report.banks) == 1


@pytest.mark.parametrize("source", sorted(DATA.glob("gift/*.gift")), ids=lambda path: path.name)
def test_corpus_banks_survive_export_and_import(source: Path) -> None:
    bank = load_bank(source.with_suffix(".toml"))
    exported = export_gift(bank)
    assert exported.skipped == []
    again = parse_gift(exported.text, "again.gift")
    assert again.problems == []
    assert again.questions == bank.questions
