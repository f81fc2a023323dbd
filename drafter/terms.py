"""The canonical formulations and the dated timeline (drafter/data/terms.toml + overlays).

Read by the built-in writer (the guiding sentence for a document's date) and by the
checker (term.canonical, term.outdated). Users correct or extend it with an overlay file
of the same shape; entries with the same `id` (formulations) or `name`/`from`
(timeline) replace the shipped ones."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any

from drafter.errors import InputError, Problem
from drafter.paths import data_dir, user_config_dir


@dataclass(frozen=True)
class Formulation:
    id: str
    name: str
    items: tuple[str, ...]
    since: date
    source: str
    full: str = ""
    suffix: str = ""
    replaces: tuple[str, ...] = ()


@dataclass(frozen=True)
class Session:
    """A 党代会 or a plenary session."""

    name: str
    start: date
    end: date
    source: str


@dataclass(frozen=True)
class Dated:
    """A sentence in force from a date on (guiding thought, companion clause)."""

    start: date
    sentence: str
    source: str


@dataclass(frozen=True)
class Terms:
    formulations: tuple[Formulation, ...]
    congresses: tuple[Session, ...]
    plenums: tuple[Session, ...]
    guidance: tuple[Dated, ...]
    companions: tuple[Dated, ...]

    def guiding_sentence(self, on: date) -> str:
        """The standard guiding-thought sentence for a document dated `on`."""
        return _in_force(self.guidance, on).sentence

    def companion_clause(self, on: date) -> str:
        entry = _in_force(self.companions, on, required=False)
        return entry.sentence if entry else ""


def _in_force(entries: tuple[Dated, ...], on: date, *, required: bool = True) -> Dated | None:
    current = [e for e in entries if e.start <= on]
    if current:
        return max(current, key=lambda e: e.start)
    if required:
        # Older than the data: the earliest entry is the closest we know.
        return min(entries, key=lambda e: e.start)
    return None


def _date(value: Any) -> date:
    return value if isinstance(value, date) else date.fromisoformat(str(value))


Rows = list[dict[str, Any]]


def _merge(base: Rows, extra: Rows, key: str) -> Rows:
    merged = {str(row.get(key)): row for row in base}
    for row in extra:
        merged[str(row.get(key))] = {**merged.get(str(row.get(key)), {}), **row}
    return list(merged.values())


def _read(path: Path) -> dict[str, Any]:
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as e:
        raise InputError(f"无法读取术语文件 {path}：{e}") from None
    except tomllib.TOMLDecodeError as e:
        raise InputError("术语文件无法解析", [Problem(str(e), str(path))]) from None


def user_overlay_path() -> Path:
    return user_config_dir() / "terms.toml"


@cache
def load_terms(overlay: Path | None = None) -> Terms:
    """Shipped data, then the user's overlay, then an explicit `--terms` file."""
    data = _read(data_dir() / "terms.toml")
    for path in (user_overlay_path(), overlay):
        if path is None or not path.is_file():
            continue
        extra = _read(path)
        for table, key in (("formulations", "id"), ("congresses", "name"), ("plenums", "name"),
                           ("guidance", "from"), ("companions", "from")):
            data[table] = _merge(data.get(table, []), extra.get(table, []), key)
    try:
        return Terms(
            formulations=tuple(
                Formulation(id=f["id"], name=f["name"], items=tuple(f["items"]),
                            since=_date(f["since"]), source=f.get("source", ""),
                            full=f.get("full", ""), suffix=f.get("suffix", ""),
                            replaces=tuple(f.get("replaces", ())))
                for f in data.get("formulations", [])),
            congresses=tuple(Session(s["name"], _date(s["start"]), _date(s["end"]),
                                     s.get("source", "")) for s in data.get("congresses", [])),
            plenums=tuple(Session(s["name"], _date(s["start"]), _date(s["end"]),
                                  s.get("source", "")) for s in data.get("plenums", [])),
            guidance=tuple(Dated(_date(g["from"]), g["sentence"], g.get("source", ""))
                           for g in data.get("guidance", [])),
            companions=tuple(Dated(_date(g["from"]), g["sentence"], g.get("source", ""))
                             for g in data.get("companions", [])),
        )
    except (KeyError, ValueError, TypeError) as e:
        raise InputError(f"术语文件内容不完整或格式错误：{e}") from None
