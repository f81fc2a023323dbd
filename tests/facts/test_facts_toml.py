"""The facts TOML writer: round trips, literal strings, keys, lines in problems."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest
from support.paths import EXAMPLE, all_facts_files

from drafter.facts import load_facts, parse_facts
from drafter.facts.toml import dump_facts, value_text
from drafter.kinds import kind_ids


# ---------------------------------------------------------------------- facts TOML
@pytest.mark.parametrize("path", all_facts_files(), ids=lambda p: p.parent.name + "/" + p.name)
def test_dump_facts_round_trips_every_facts_file(path: Path) -> None:
    facts = load_facts(path, kinds=kind_ids())
    again = parse_facts(dump_facts(facts.data), kinds=kind_ids())
    assert again.data == facts.data
    assert again == facts


@pytest.mark.parametrize("text", ["引号\"与\\反斜杠", "换行\n制表\t", "{{ unit.name }} {% if %}",
                                  "表情😀", "控制\x01字符", "很长" * 500])
def test_strings_are_stored_literally(text: str) -> None:
    data = {"unit": {"name": text}, "doc": {"notes": text}}
    assert tomllib.loads(dump_facts(data)) == data


def test_values_and_keys() -> None:
    assert value_text(1.0) == "1.0"
    assert value_text(86.04) == "86.04"
    assert value_text([1, "a"]) == '[1, "a"]'
    assert value_text({"start": "2026-01-04"}) == '{ start = "2026-01-04" }'
    data = {"unit": {"中文键": 1}, "extra": {"a": True}, "figures": [{"name": "x", "value": 1}]}
    assert tomllib.loads(dump_facts(data)) == data
    with pytest.raises(ValueError):
        value_text(float("nan"))


def test_problems_name_lines_in_a_written_file() -> None:
    data = load_facts(EXAMPLE).data
    data["figures"][3]["value"] = "很多"
    with pytest.raises(Exception) as e:
        parse_facts(dump_facts(data), kinds=kind_ids())
    (problem,) = e.value.problems  # type: ignore[attr-defined]
    assert problem.key == "figures[4].value"
    line = dump_facts(data).splitlines()[problem.line - 1]
    assert line.startswith("value = ")


