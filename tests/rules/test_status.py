"""number.status (issue 13): a planned figure written as achieved, or a done one as planned."""

from __future__ import annotations

import copy
import tomllib
from typing import Any

import pytest
from support.paths import example_path

from drafter.errors import FactsError
from drafter.facts import Facts, facts_from_data
from drafter.kinds import kind_ids
from drafter.project.ledger import section_ledger
from drafter.rules import check


def facts(*figures: dict[str, Any]) -> Facts:
    data = tomllib.loads(example_path("implementation_plan").read_text(encoding="utf-8"))
    data = copy.deepcopy(data)
    data["figures"] += list(figures)
    return facts_from_data(data, kinds=kind_ids())


PLANNED = {"name": "新建示范点", "value": 12, "unit": "个", "status": "planned"}
DONE = {"name": "已建成示范点", "value": 8, "unit": "个", "status": "done"}


def found(text: str, f: Facts) -> list[str]:
    return [x.excerpt for x in check(text, f) if x.rule == "number.status"]


@pytest.mark.parametrize(("text", "expected"), [
    ("2026年已新建示范点12个。", ["12个"]),
    ("2026年拟新建示范点12个。", []),
    ("截至2025年底已建成示范点8个，2026年拟新建示范点12个。", []),
    ("2026年拟新建示范点8个。", ["8个"]),  # a done figure written as a plan
    ("全院累计建成示范点12个。", ["12个"]),
])
def test_planned_and_done(text: str, expected: list[str]) -> None:
    assert found(text, facts(PLANNED, DONE)) == expected


def test_status_is_a_warning_and_the_number_stays_sourced() -> None:
    f = facts(PLANNED, DONE)
    [x] = [x for x in check("2026年已新建示范点12个。", f) if x.rule == "number.status"]
    assert x.severity == "warning" and "计划数" in x.message
    assert not [x for x in check("2026年已新建示范点12个。", f) if x.rule == "number.unsourced"]
    [entry] = [e for e in section_ledger("2026年拟新建示范点12个。", f) if e.number == "12个"]
    assert entry.state == "planned" and entry.to_json()["source"]["state"] == "planned"


def test_figures_without_a_status_are_not_judged() -> None:
    f = facts({"name": "示范点", "value": 12, "unit": "个"})
    assert f.figure("示范点").status == "" and not f.figure("示范点").planned
    assert found("2026年拟新建示范点12个。", f) == []
    assert found("已新建示范点12个。", f) == []


def test_a_bad_status_is_a_validation_problem() -> None:
    with pytest.raises(FactsError) as e:
        facts({"name": "示范点", "value": 12, "unit": "个", "status": "maybe"})
    text = "\n".join(e.value.lines())
    assert "planned" in text and "status" in text
