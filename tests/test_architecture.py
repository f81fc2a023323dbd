"""The layering, checked on the source so a violation fails here first:
- no module outside drafter/ui/ imports textual;
- no module but the LLM writer (drafter/writers/llm.py) imports openai;
- drafter's own modules import each other without a cycle (imports under
  `if TYPE_CHECKING:` are annotations only and do not count; imports inside functions do);
- the commands a user runs without a model or the TUI load neither (sys.modules of a real
  process, not timing)."""

from __future__ import annotations

import ast
import json
import subprocess
import sys
from pathlib import Path

import pytest
from support.paths import example_path

import drafter

PACKAGE = Path(drafter.__file__).resolve().parent
MODULES = sorted(PACKAGE.rglob("*.py"))
OPENAI_ALLOWED = {PACKAGE / "writers" / "llm.py"}


def module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _type_checking_nodes(tree: ast.AST) -> set[int]:
    skip: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            skip |= {id(n) for child in node.body for n in ast.walk(child)}
    return skip


def imports(path: Path) -> set[str]:
    """Every module `path` imports at run time (absolute names; relative ones resolved)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    skip = _type_checking_nodes(tree)
    here = module_name(path).split(".") if path.is_relative_to(PACKAGE) else []
    if path.name != "__init__.py":
        here = here[:-1]
    found: set[str] = set()
    for node in ast.walk(tree):
        if id(node) in skip:
            continue
        if isinstance(node, ast.Import):
            found |= {a.name for a in node.names}
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                base = ".".join(here[: len(here) - node.level + 1] + ([base] if base else []))
            found.add(base)
            found |= {f"{base}.{a.name}" for a in node.names}  # `from pkg import module`
    return found


def roots(path: Path) -> set[str]:
    return {name.split(".")[0] for name in imports(path)}


def graph() -> dict[str, set[str]]:
    """drafter module → the drafter modules it imports."""
    names = {module_name(p) for p in MODULES}
    return {module_name(p): {n for n in imports(p) if n in names and n != module_name(p)}
            for p in MODULES}


def cycles(edges: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components with more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on_stack.add(v)
        for w in sorted(edges.get(v, ())):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                component.append(w)
                if w == v:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for v in sorted(edges):
        if v not in index:
            visit(v)
    return found


def _id(path: Path) -> str:
    return str(path.relative_to(PACKAGE))


@pytest.mark.parametrize("path", [p for p in MODULES if "ui" not in p.relative_to(PACKAGE).parts],
                         ids=_id)
def test_only_the_ui_imports_textual(path: Path) -> None:
    assert "textual" not in roots(path)


@pytest.mark.parametrize("path", [p for p in MODULES if p not in OPENAI_ALLOWED], ids=_id)
def test_only_the_llm_writer_imports_openai(path: Path) -> None:
    assert "openai" not in roots(path)


def test_no_import_cycle() -> None:
    assert cycles(graph()) == []


def test_the_rules_can_fail(tmp_path: Path) -> None:
    bad = tmp_path / "bad.py"
    bad.write_text("import openai\nfrom textual.app import App\nfrom typing import TYPE_CHECKING\n"
                   "if TYPE_CHECKING:\n    import jinja2\ndef f():\n    import docx\n",
                   encoding="utf-8")
    assert roots(bad) == {"openai", "textual", "typing", "docx"}
    assert cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]
    assert cycles({"a": {"b"}, "b": set()}) == []


_PROBE = """
import json, sys
from drafter.cli import main
try:
    code = main(sys.argv[1:])
except SystemExit as exit:
    code = exit.code
heavy = ("openai", "textual", "tiktoken")
print(json.dumps({"code": code,
                  "loaded": sorted({m.split(".")[0] for m in sys.modules} & set(heavy))}))
"""


def _loaded(args: list[str], cwd: Path) -> dict[str, object]:
    done = subprocess.run([sys.executable, "-c", _PROBE, *args], cwd=cwd, capture_output=True,
                          text=True, env={"PATH": "/usr/bin:/bin", "HOME": str(cwd),
                                          "DRAFTER_CONFIG": str(cwd / "none.toml")})
    last = done.stdout.strip().splitlines()[-1]
    return json.loads(last)


@pytest.mark.parametrize("args", [
    ["kinds"], ["example", "work_plan"], ["check", "one.txt"],
    ["draft", "facts.toml", "-o", "out.docx"], ["--help"]], ids=lambda a: " ".join(a))
def test_commands_without_a_model_load_neither_openai_nor_textual(args: list[str],
                                                                  tmp_path: Path) -> None:
    (tmp_path / "one.txt").write_text("一行文字。\n", encoding="utf-8")
    (tmp_path / "facts.toml").write_bytes(example_path("work_plan").read_bytes())
    result = _loaded(args, tmp_path)
    assert result["loaded"] == []
    assert result["code"] in (0, None)
