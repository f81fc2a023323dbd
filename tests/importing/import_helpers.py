"""Helpers for the import tests: the command line in-process, a drafted document, and the
check that every imported value is in the source text."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path
from typing import Any

import pytest

from drafter.cli import main
from drafter.facts import format_number
from drafter.importing.source import read_source
from drafter.importing.text import squeeze

# Keys that name a class (kind, unit type, category) or are built from two names (a
# ratio's name): labels, not values read off the text.
LABELS = {("doc", "kind"), ("unit", "type"), ("tasks", "category")}


def cli(capsys: pytest.CaptureFixture[str], *args: str | Path) -> tuple[int, str]:
    """Run `drafter ARGS…` in-process: (exit code, stderr)."""
    capsys.readouterr()
    code = main([str(a) for a in args])
    return code, capsys.readouterr().err


def draft(capsys: pytest.CaptureFixture[str], facts: Path, out: Path) -> tuple[int, str]:
    return cli(capsys, "draft", facts, "-o", out, "--backend", "builtin")


def load(path: Path) -> dict[str, Any]:
    return tomllib.loads(path.read_text(encoding="utf-8"))


def source_text(path: Path) -> str:
    """The whole source as the importer reads it (simplified, normalised), squeezed."""
    source = read_source(path)
    parts = [p.text for p in source.paras] + ([source.title.text] if source.title else [])
    return squeeze("".join(parts))


def not_in_source(data: dict[str, Any], text: str) -> list[str]:
    """Every value of `data` (a facts file) that `text` (squeezed source) does not hold."""
    out: list[str] = []

    def held(value: Any, where: str) -> None:
        if isinstance(value, bool):
            return
        if isinstance(value, int | float):
            if format_number(value).replace(".", "") not in text:  # text is squeezed
                out.append(f"{where}={value}")
        elif isinstance(value, str):
            if where.endswith(("date", ".start", ".end")):
                y, m, d = (int(x) for x in value.split("-"))
                # 2026年1月4日—12月31日: the end's year is the start's
                value = f"{m}月{d}日" if where.endswith(".end") else f"{y}年{m}月{d}日"
            if squeeze(value) not in text:
                out.append(f"{where}={value}")
        elif isinstance(value, list):
            for v in value:
                held(v, where)
        elif isinstance(value, dict):
            for k, v in value.items():
                held(v, f"{where}.{k}")

    for table, section in data.items():
        rows = section if isinstance(section, list) else [section]
        for i, row in enumerate(rows):
            for key, value in row.items():
                if (table, key) in LABELS or (table == "figures" and "ratio" in row
                                              and key == "name"):
                    continue
                if (table, key) in (("doc", "year"), ("honors", "year")):
                    value = f"{value}年"
                held(value, f"{table}[{i}].{key}")
    return out


def to_fill(stderr: str) -> list[str]:
    """The keys the closing list of `drafter import`/`next` names: unit.name, doc.date…"""
    return re.findall(r"（([a-z_]+(?:\[\d+\])?\.[a-z_]+)）：", stderr)
