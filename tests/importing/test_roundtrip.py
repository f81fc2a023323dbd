"""Round trip (issue 14): every facts file in the repository, drafted as every kind by the
built-in writer and exported to .docx, comes back through `drafter import` with its unit,
year, date, figures, slogans and task titles — at least 95 % of what the draft states,
and not one value the document does not hold."""

from __future__ import annotations

from pathlib import Path

import roundtrip
from roundtrip import facts_files, run, totals

from drafter.kinds import kind_ids


def test_every_facts_file_and_kind_comes_back(tmp_path: Path, capsys) -> None:
    results = run(tmp_path)
    assert len(results) == len(facts_files()) * len(kind_ids())
    expected, recovered, invented = totals(results)
    share = recovered / expected
    with capsys.disabled():
        print(f"\nround trip: {len(results)} documents, {recovered}/{expected} items "
              f"recovered ({share:.1%}), {invented} values not in the document")
    missed = [(name, kind, m) for name, kind, s in results for m in s.missed]
    assert share >= 0.95, missed[:20]
    assert invented == 0, [(n, k, s.invented) for n, k, s in results if s.invented]


def test_the_measure_can_fail(tmp_path: Path) -> None:
    """A wrong value counts as a miss, a value the text lacks as invented."""
    facts = roundtrip.as_kind(facts_files()[0], "work_summary")
    lines = roundtrip.draft_docx(facts, tmp_path / "a.docx")
    data = {"unit": {"name": facts.unit.name + "分院"},
            "doc": {"year": facts.doc.year, "date": "2020-01-01", "theme": "不在文中的主题"},
            "figures": [{"name": "甲", "value": 99999, "unit": "人"}]}
    score = roundtrip.score(facts, lines, data)
    assert f"unit {facts.unit.name}" in score.missed
    assert any(m.startswith("date") for m in score.missed)
    assert "doc.theme=不在文中的主题" in score.invented
    assert "figures[1].value=99999" in score.invented
