"""实施步骤 / 月度安排 and 保障措施 come back from a drafted document as [[phases]] and
[guarantees] (FACTS.md v1.1), so a user's own plan imports whole."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest
from import_helpers import cli, draft
from support.paths import example_path


@pytest.mark.parametrize("kind", ["implementation_plan", "party_branch_plan"])
def test_phases_and_guarantees_come_back(kind: str, tmp_path: Path, capsys) -> None:
    facts = tomllib.loads(example_path(kind).read_text(encoding="utf-8"))
    code, err = draft(capsys, example_path(kind), tmp_path / "doc.docx")
    assert code == 0, err
    code, err = cli(capsys, "import", tmp_path / "doc.docx", "-o", tmp_path / "facts.toml")
    assert code in (0, 2), err
    back = tomllib.loads((tmp_path / "facts.toml").read_text(encoding="utf-8"))
    assert back.get("phases") == facts["phases"]
    if "guarantees" in facts:
        assert back.get("guarantees") == facts["guarantees"]
    assert not any(t["title"] in {p["name"] for p in facts["phases"]}
                   for t in back.get("tasks", []))  # phases are not tasks
