"""Neither the app nor its tests lean on Textual's private attributes or modules: they
change without notice between Textual releases."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import textual

ROOT = Path(__file__).resolve().parents[2]
SCANNED = ("quizapp", "tests")
# Private attributes the tests once read, refused even should Textual rename them.
ONCE_USED = {"_compositor", "_notifications", "_driver", "_push_result_callback"}
# A private name a module defines: a method, or an attribute set on self or in a class body.
PRIVATE_DEFINITION = re.compile(
    r"^\s*(?:async\s+)?def\s+(_[A-Za-z]\w*)"
    r"|self\.(_[A-Za-z]\w*)\s*(?::[^=\n]*)?=(?!=)"
    r"|^\s+(_[A-Za-z]\w*)\s*(?::[^=\n]*)?=(?!=)",
    re.MULTILINE,
)


def private_names(files: list[Path]) -> set[str]:
    names = set()
    for path in files:
        for match in PRIVATE_DEFINITION.finditer(path.read_text(encoding="utf-8")):
            names.add(next(group for group in match.groups() if group))
    return names


def sources(root: Path) -> list[Path]:
    here = Path(__file__).resolve()
    return [
        path
        for folder in SCANNED
        for path in sorted((root / folder).rglob("*.py"))
        if path.resolve() != here
    ]


def is_private_textual_module(module: str) -> bool:
    parts = module.split(".")
    return parts[0] == "textual" and any(part.startswith("_") for part in parts)


def private_textual_uses(root: Path) -> list[str]:
    """Every import of a private Textual module or name, and every read or write of an
    attribute that only Textual defines privately (names the project defines itself,
    such as a screen's own ``_timer``, are the project's to use)."""
    files = sources(root)
    textual_private = private_names(sorted(Path(textual.__file__).parent.rglob("*.py")))
    forbidden = (textual_private - private_names(files)) | ONCE_USED
    uses: list[tuple[str, int, str]] = []
    for path in files:
        where = str(path.relative_to(root))
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Attribute) and node.attr in forbidden:
                uses.append((where, node.lineno, ast.unparse(node)))
            elif isinstance(node, ast.Import):
                uses += [
                    (where, node.lineno, f"import {alias.name}")
                    for alias in node.names
                    if is_private_textual_module(alias.name)
                ]
            elif isinstance(node, ast.ImportFrom) and (node.module or "").startswith("textual"):
                module = node.module or ""
                if is_private_textual_module(module) or any(
                    alias.name.startswith("_") for alias in node.names
                ):
                    uses.append((where, node.lineno, f"from {module} import ..."))
    return [f"{where}:{line}: {text}" for where, line, text in sorted(uses)]


def test_no_private_textual_attribute_or_module_is_used() -> None:
    assert private_textual_uses(ROOT) == []


def test_the_check_finds_what_the_tests_once_did(tmp_path: Path) -> None:
    (tmp_path / "quizapp").mkdir()
    (tmp_path / "tests").mkdir()
    (tmp_path / "tests" / "old.py").write_text(
        "from textual.widgets._footer import FooterKey\n"
        "from textual import _context\n"
        "import textual._compositor\n"
        "def screen_text(app):\n"
        "    return app.screen._compositor.render_strips()\n"
        "def notes(app):\n"
        "    return [n.message for n in app._notifications]\n"
        "def send(app, key):\n"
        "    app._driver.send_message(key)\n"
        "    app._unnotify(key)\n",
        encoding="utf-8",
    )
    assert [use.split(": ", 1)[1] for use in private_textual_uses(tmp_path)] == [
        "from textual.widgets._footer import ...",
        "from textual import ...",
        "import textual._compositor",
        "app.screen._compositor",
        "app._notifications",
        "app._driver",
        "app._unnotify",
    ]
