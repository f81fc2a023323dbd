"""The canonical formulations and the dated timeline (drafter/data/terms.toml + overlays).

Read by the built-in writer (the guiding sentence for a document's date) and by the
checker (term.canonical, term.outdated). Users correct or extend it with an overlay file
of the same shape; entries with the same key (`id` of formulations, `wrong` of variants,
`from` of guidance, `name` of every other table) replace the shipped ones. Every entry
carries a `source` naming its primary document (tests/rules/test_terms_data.py)."""

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
    aliases: tuple[tuple[str, ...], ...] = ()
    """Per item, the other names it goes by (支委会 for 支部委员会会议); may be empty."""


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
class Named:
    """A dated name: a guiding thought (since = taken into the Party constitution), a
    campaign (since..until = its run), a goal (since = achieved), a superseded rule
    (since = the day its replacement took effect; `other` names the replacement)."""

    name: str
    since: date
    source: str
    until: date | None = None
    other: str = ""


@dataclass(frozen=True)
class Revision:
    """An edition of a regulation (`edition` its year) that a later revision replaced on
    `since`; `other` names the edition in force then."""

    name: str
    edition: int
    since: date
    other: str
    source: str


@dataclass(frozen=True)
class FixedName:
    """A name written exactly; `core` must follow `head` (习近平 + 新时代…思想)."""

    name: str
    source: str
    core: str = ""
    head: str = ""


@dataclass(frozen=True)
class Variant:
    wrong: str
    right: str
    source: str


@dataclass(frozen=True)
class Period:
    """A five-year plan (十四五: 2021–2025)."""

    name: str
    first: int
    last: int
    source: str


@dataclass(frozen=True)
class Assembly:
    """A plenary session of the NPC or the CPPCC (body 全国人大 / 全国政协, 届 term, 次)."""

    name: str
    body: str
    term: int
    number: int
    start: date
    end: date
    source: str


@dataclass(frozen=True)
class Terms:
    formulations: tuple[Formulation, ...]
    congresses: tuple[Session, ...]
    plenums: tuple[Session, ...]
    guidance: tuple[Dated, ...]
    companions: tuple[Dated, ...]
    thoughts: tuple[Named, ...] = ()
    names: tuple[FixedName, ...] = ()
    variants: tuple[Variant, ...] = ()
    periods: tuple[Period, ...] = ()
    sessions: tuple[Assembly, ...] = ()
    campaigns: tuple[Named, ...] = ()
    goals: tuple[Named, ...] = ()
    superseded: tuple[Named, ...] = ()
    revised: tuple[Revision, ...] = ()

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


# Each table of terms.toml and the key an overlay entry replaces a shipped one by.
_KEYS = (("formulations", "id"), ("congresses", "name"), ("plenums", "name"),
         ("guidance", "from"), ("companions", "from"), ("thoughts", "name"),
         ("names", "name"), ("variants", "wrong"), ("periods", "name"), ("sessions", "name"),
         ("campaigns", "name"), ("goals", "name"), ("superseded", "name"), ("revised", "id"))


def _timeline(data: dict[str, Any]) -> dict[str, Any]:
    """The tables term.canonical and term.outdated read besides the formulations."""
    def rows(table: str) -> Rows:
        return list(data.get(table, []))

    return {
        "thoughts": tuple(Named(r["name"], _date(r["since"]), r.get("source", ""))
                          for r in rows("thoughts")),
        "names": tuple(FixedName(r["name"], r.get("source", ""), r.get("core", ""),
                                 r.get("head", "")) for r in rows("names")),
        "variants": tuple(Variant(r["wrong"], r["right"], r.get("source", ""))
                          for r in rows("variants")),
        "periods": tuple(Period(r["name"], int(r["first"]), int(r["last"]),
                                r.get("source", "")) for r in rows("periods")),
        "sessions": tuple(Assembly(r["name"], r["body"], int(r["term"]), int(r["number"]),
                                   _date(r["start"]), _date(r["end"]), r.get("source", ""))
                          for r in rows("sessions")),
        # A campaign made a standing practice (`standing`) never ends as guidance.
        "campaigns": tuple(Named(r["name"], _date(r["start"]), r.get("source", ""),
                                 None if r.get("standing") else _date(r["end"]))
                           for r in rows("campaigns")),
        # `push_until`: the last push before the goal (决胜…) ended then.
        "goals": tuple(Named(r["name"], _date(r["achieved"]), r.get("source", ""),
                             _date(r["push_until"]) if r.get("push_until") else None)
                       for r in rows("goals")),
        "superseded": tuple(Named(r["name"], _date(r["until"]), r.get("source", ""),
                                  None, r.get("replaced_by", "")) for r in rows("superseded")),
        "revised": tuple(Revision(r["name"], int(r["edition"]), _date(r["until"]),
                                  r.get("replaced_by", ""), r.get("source", ""))
                         for r in rows("revised")),
    }


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
        for table, key in _KEYS:
            data[table] = _merge(data.get(table, []), extra.get(table, []), key)
    try:
        return Terms(
            formulations=tuple(
                Formulation(id=f["id"], name=f["name"], items=tuple(f["items"]),
                            since=_date(f["since"]), source=f.get("source", ""),
                            full=f.get("full", ""), suffix=f.get("suffix", ""),
                            replaces=tuple(f.get("replaces", ())),
                            aliases=tuple(tuple(a) for a in f.get("aliases", ())))
                for f in data.get("formulations", [])),
            congresses=tuple(Session(s["name"], _date(s["start"]), _date(s["end"]),
                                     s.get("source", "")) for s in data.get("congresses", [])),
            plenums=tuple(Session(s["name"], _date(s["start"]), _date(s["end"]),
                                  s.get("source", "")) for s in data.get("plenums", [])),
            guidance=tuple(Dated(_date(g["from"]), g["sentence"], g.get("source", ""))
                           for g in data.get("guidance", [])),
            companions=tuple(Dated(_date(g["from"]), g["sentence"], g.get("source", ""))
                             for g in data.get("companions", [])),
            **_timeline(data),
        )
    except (KeyError, ValueError, TypeError) as e:
        raise InputError(f"术语文件内容不完整或格式错误：{e}") from None
