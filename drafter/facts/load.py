"""Reading a facts file: the bytes of a regular file within the size limit, UTF-8 text,
TOML data (with the line of a syntax error), then validation (facts/validate.py)."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path
from typing import Any

import drafter.facts.limits as limits
from drafter.errors import FactsError, Problem
from drafter.facts.model import Facts
from drafter.facts.toml import LineIndex
from drafter.facts.validate import validate
from drafter.files import read_regular


def read_facts_text(path: Path) -> str:
    """The text of the facts file at `path`. Raises InputError (missing, not a regular
    file — a FIFO, a device —, over `limits.MAX_FILE_BYTES`, unreadable) or FactsError
    (not UTF-8, with the line)."""
    raw = read_regular(path, limit=limits.MAX_FILE_BYTES, what="事实文件")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        line = raw[: e.start].count(b"\n") + 1
        raise FactsError("事实文件不是 UTF-8 编码的文本",
                         [Problem("请另存为 UTF-8 编码", str(path), line)]) from None


def load_facts(path: Path, *, kinds: tuple[str, ...] | None = None) -> Facts:
    """Read and validate a facts file. Raises InputError or FactsError with every problem."""
    return parse_facts(read_facts_text(path), source=str(path), kinds=kinds)


_TOML_POS = re.compile(r"\(at line (\d+), column (\d+)\)")


def toml_data(text: str, source: str = "") -> dict[str, Any]:
    """The TOML data of facts-file text, not yet validated. Raises FactsError for a
    syntax error (with its line and column) or nesting too deep to read."""
    try:
        return tomllib.loads(text)
    except RecursionError:  # tomllib recurses per bracket
        raise limits.too_deep(source, limits.deep_line(text)) from None
    except tomllib.TOMLDecodeError as e:
        m = _TOML_POS.search(str(e))
        line = int(m.group(1)) if m else None
        col = f"第{m.group(2)}列" if m else ""
        detail = _TOML_POS.sub("", str(e)).strip()
        raise FactsError("事实文件无法解析（TOML 语法错误）",
                         [Problem(f"语法错误{col}：{detail}", source, line)]) from None


def parse_facts(text: str, *, source: str = "", kinds: tuple[str, ...] | None = None) -> Facts:
    """Validate facts-file text; `kinds` limits `doc.kind` (None: any). Raises FactsError."""
    return validate(toml_data(text, source), lines=LineIndex(text), source=source, kinds=kinds)


def facts_from_data(data: dict[str, Any], *, source: str = "",
                    kinds: tuple[str, ...] | None = None) -> Facts:
    """Validate facts kept as data (e.g. inside a project file); no line numbers."""
    return validate(data, lines=None, source=source, kinds=kinds)
