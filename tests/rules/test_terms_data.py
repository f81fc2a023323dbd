"""drafter/data/terms.toml: every entry names its primary source, the dated tables load,
and an overlay corrects an entry of any table by its key (issue 12, kind 7)."""

from __future__ import annotations

import tomllib
from datetime import date
from pathlib import Path

import pytest

from drafter.paths import data_dir
from drafter.rules import check
from drafter.terms import load_terms

DATA = tomllib.loads((data_dir() / "terms.toml").read_text(encoding="utf-8"))
ENTRIES = [(table, k, row) for table, rows in DATA.items() if isinstance(rows, list)
           for k, row in enumerate(rows)]


@pytest.mark.parametrize(("table", "index", "row"), ENTRIES,
                         ids=[f"{t}[{k}]" for t, k, _ in ENTRIES])
def test_every_entry_names_its_source(table: str, index: int, row: dict) -> None:
    source = str(row.get("source", "")).strip()
    assert source, f"{table}[{index}] has no source"
    assert any(mark in source for mark in ("[V]", "[P]", "[K]", "[U]")), \
        f"{table}[{index}]: say how far the source was checked ([V]/[P]/[K]/[U])"


def test_the_tables_load() -> None:
    terms = load_terms()
    assert {p.name for p in terms.periods} >= {"十四五", "十五五"}
    assert {s.body for s in terms.sessions} == {"全国人大", "全国政协"}
    assert any(s.name == "国家行政机关公文处理办法" and s.since == date(2012, 7, 1)
               for s in terms.superseded)
    assert max(terms.thoughts, key=lambda t: t.since).name == "习近平新时代中国特色社会主义思想"


def test_two_establishes_joins_its_clauses_with_a_comma() -> None:
    entry = next(f for f in load_terms().formulations if f.id == "two_establishes")
    assert entry.full == "，".join(entry.items)
    assert "，" not in "".join(entry.items)


def test_overlay_corrects_a_session(tmp_path: Path) -> None:
    overlay = tmp_path / "terms.toml"
    overlay.write_text('[[sessions]]\nname = "十四届全国人大四次会议"\nbody = "全国人大"\n'
                       'term = 14\nnumber = 4\nstart = "2026-03-05"\nend = "2026-03-25"\n'
                       'source = "test [U]"\n', encoding="utf-8")
    terms = load_terms(overlay)
    [s] = [s for s in terms.sessions if s.name == "十四届全国人大四次会议"]
    assert s.end == date(2026, 3, 25)
    text = "深入贯彻十四届全国人大三次会议精神。\n2026年3月20日"
    assert check(text, terms=terms) == []  # the fourth session had not closed yet
    assert [f.rule for f in check(text)] == ["term.outdated"]


def _list_formulations() -> list:
    from drafter.rules.canonical import _is_sentence, _list_kind

    return [f for f in load_terms().formulations
            if f.id != "core_values" and not _is_sentence(f) and _list_kind(f)]


def _swapped(items: tuple[str, ...]) -> list[str]:
    """The list with its last item replaced by another of its shape (奋斗 + the items'
    suffix, the prefix + 奋斗, or a word of the items' length)."""
    from drafter.rules.canonical import _affix

    suffix, prefix = _affix(items)
    last = items[-1]
    if len(suffix) >= 2:
        other = "奋斗" + suffix
    elif len(prefix) >= 2:
        other = prefix + "奋斗实干"[:max(2, len(last) - len(prefix))]
    else:
        other = "奋斗实干有为"[:len(last)]
    return [*items[:-1], other]


@pytest.mark.parametrize("f", _list_formulations(), ids=lambda f: f.id)
def test_every_fixed_list_is_checked_with_a_word_swapped(f) -> None:
    """The whole family of fixed enumerations in the data: written right, silent; with
    one item swapped for another of its shape, reported with the list as its fix."""
    right = f.full or "、".join(f.items)
    assert [x for x in check(f"深入学习“{f.name}”，做到{right}。", year=2026)
            if x.rule == "term.canonical"] == []
    wrong = "、".join(_swapped(f.items))
    found = [x for x in check(f"深入学习“{f.name}”，做到{wrong}。", year=2026)
             if x.rule == "term.canonical"]
    assert [(x.excerpt, x.fix) for x in found] == [(wrong, right)]
