"""Import rules from ARCHITECTURE.md: the core imports neither textual nor openai, and the
UI never imports openai. Checked on the source, so a violation fails here first."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

import drafter

PACKAGE = Path(drafter.__file__).resolve().parent
CORE = ("facts.py", "kinds.py", "templating.py", "project.py", "document.py", "numbering.py",
        "terms.py", "drafting.py", "rules", "export")


def imported_roots(path: Path) -> set[str]:
    roots = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            roots |= {a.name.split(".")[0] for a in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            roots.add(node.module.split(".")[0])
    return roots


def files(*names: str) -> list[Path]:
    out: list[Path] = []
    for name in names:
        target = PACKAGE / name
        out += sorted(target.rglob("*.py")) if target.is_dir() else [target]
    return [p for p in out if p.exists()]


@pytest.mark.parametrize("path", files(*CORE), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_core_imports_neither_textual_nor_openai(path: Path) -> None:
    assert not imported_roots(path) & {"textual", "openai"}


@pytest.mark.parametrize("path", files("ui"), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_ui_never_imports_openai(path: Path) -> None:
    assert "openai" not in imported_roots(path)


def test_the_rule_itself_can_fail(tmp_path: Path) -> None:
    bad = tmp_path / "bad.py"
    bad.write_text("import openai\nfrom textual.app import App\n", encoding="utf-8")
    assert imported_roots(bad) == {"openai", "textual"}
