"""The boundaries of DESIGN.md, enforced."""

from __future__ import annotations

import ast
from pathlib import Path

from fresh_python import output_of

PACKAGE = Path(__file__).resolve().parents[2] / "quizapp"
# Everything but the Textual front end and the command-line shells is core.
FRONT_ENDS = {"tui", "commands", "cli.py", "__main__.py"}


def core_modules() -> list[str]:
    modules = []
    for path in sorted(PACKAGE.rglob("*.py")):
        relative = path.relative_to(PACKAGE)
        if relative.parts[0] in FRONT_ENDS:
            continue
        parts = ["quizapp", *relative.with_suffix("").parts]
        if parts[-1] == "__init__":
            parts.pop()
        modules.append(".".join(parts))
    return modules


def test_the_core_is_the_bank_grading_session_store_and_line_mode() -> None:
    core = core_modules()
    for module in (
        "quizapp.bank.models",
        "quizapp.grading",
        "quizapp.session",
        "quizapp.store",
        "quizapp.store.derive",
        "quizapp.scheduling",
        "quizapp.clock",
        "quizapp.plain",
        "quizapp.report.analysis",
    ):
        assert module in core
    assert not any(m.startswith("quizapp.tui") for m in core)


def test_no_core_source_mentions_textual_even_in_a_function() -> None:
    offenders = []
    for path in PACKAGE.rglob("*.py"):
        if path.relative_to(PACKAGE).parts[0] in FRONT_ENDS:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = (
                [alias.name for alias in node.names]
                if isinstance(node, ast.Import)
                else [node.module or ""]
                if isinstance(node, ast.ImportFrom)
                else []
            )
            if any(
                name == "textual" or name.startswith(("textual.", "quizapp.tui")) for name in names
            ):
                offenders.append(f"{path.relative_to(PACKAGE)}:{node.lineno}")
    assert offenders == []


def test_the_core_never_imports_textual() -> None:
    script = (
        "import sys\n"
        + "".join(f"import {module}\n" for module in core_modules())
        + "leaked = sorted(m for m in sys.modules if m == 'textual' or m.startswith('textual.'))\n"
        "print(','.join(leaked))\n"
    )
    assert output_of(script) == ""


def test_a_bank_from_the_cache_needs_no_pydantic(tmp_path: Path) -> None:
    """The study app's first question waits for whatever opening its banks imports."""
    script = (
        "import sys\n"
        "from pathlib import Path\n"
        "from quizapp.bank.cache import BankCache\n"
        "from quizapp.paths import bundled_banks_dir\n"
        f"banks = BankCache(Path({str(tmp_path)!r})).load([bundled_banks_dir()])\n"
        "deferred = ('pydantic', 'quizapp.bank.check')\n"
        "print(banks is not None, [m for m in deferred if m in sys.modules])\n"
    )
    fill = (
        "from pathlib import Path\n"
        "from quizapp.bank.cache import BankCache\n"
        "from quizapp.bank.check import check_paths\n"
        "from quizapp.paths import bundled_banks_dir\n"
        f"assert check_paths([bundled_banks_dir()], BankCache(Path({str(tmp_path)!r}))).ok\n"
    )
    output_of(fill)
    assert output_of(script) == "True []"
