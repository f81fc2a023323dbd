"""The five seeds (../shared/seeds/: real 范文 pages — traditional script, placeholders,
several documents to a page, website junk): `drafter import` ends with a facts file and
the list of what to fill, no traceback and no value the text does not hold; filled with
plausible values, the facts draft cleanly (exit 0)."""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

import pytest
from import_helpers import cli, draft, not_in_source, source_text, to_fill
from support.paths import SEEDS

from drafter.facts.toml import dump_facts
from drafter.importing.provenance import still_to_fill

SEED_FILES = sorted(SEEDS.glob("*.txt")) if SEEDS.is_dir() else []
pytestmark = pytest.mark.skipif(not SEED_FILES, reason="../shared/seeds/ is not here")

# What a user would type for what the seeds leave open.
PLAUSIBLE = {"unit.name": "清河县人民医院", "unit.type": "医院", "doc.year": 2023,
             "doc.date": "2023-12-28", "doc.theme": "精神文明建设", "doc.kind": "work_plan"}

# What a user would add, by kind, for the sections the genre needs and a 范文 page seldom
# states (FACTS.md v1.1): until each is there the draft marks it 【待补充：…】 and is not
# written. Added only where the import found none.
_PHASES = [{"name": "动员部署阶段", "work": ["召开动员大会", "制定任务分工表"]},
           {"name": "组织实施阶段", "work": ["逐项落实各项任务"]},
           {"name": "总结验收阶段", "work": ["开展自查，整改存在的问题"]}]
GENRE: dict[str, dict[str, Any]] = {
    "implementation_plan": {
        "phases": _PHASES,
        "leadership": {"name": "创建工作领导小组", "leader": "党委书记", "deputies": ["院长"],
                       "members": ["各科室负责人"], "office": "办公室"},
        "guarantees": {"funding": ["创建经费列入年度预算，专款专用"],
                       "assessment": ["创建任务完成情况纳入科室年度考核"]}},
    "work_plan": {"phases": _PHASES},
    "work_summary": {"problems": [{"text": "志愿服务的常态化机制还不够健全"}],
                     "next_steps": [{"text": "完善志愿服务积分激励办法"}]},
    "creation_report": {"problems": [{"text": "志愿服务的常态化机制还不够健全"}],
                        "next_steps": [{"text": "完善志愿服务积分激励办法"}]},
    "party_branch_plan": {"figures": [{"name": "党员", "value": 23, "unit": "人"}],
                          "phases": [{"name": "第一季度", "work": ["召开组织生活会"]},
                                     {"name": "第二季度", "work": ["开展主题党日活动"]}]},
}


@pytest.mark.parametrize("seed", SEED_FILES, ids=lambda p: p.name[:3])
def test_seed_imports_and_drafts_once_filled(seed: Path, tmp_path: Path, capsys) -> None:
    out = tmp_path / "facts.toml"
    code, err = cli(capsys, "import", seed, "-o", out)
    assert "Traceback" not in err
    assert out.is_file(), err
    data = tomllib.loads(out.read_text(encoding="utf-8"))
    listed = to_fill(err)
    todo = still_to_fill(data)
    assert code == (2 if any(t.blocking for t in todo) else 0), err
    assert listed == [t.key for t in todo]  # the closing list is what is missing
    assert not_in_source(data, source_text(seed)) == []
    text = out.read_text(encoding="utf-8")
    assert "# 原文第" in text  # every imported value says where it came from

    for key in listed:
        table, name = key.split(".")
        data.setdefault(table, {})[name] = PLAUSIBLE[key]
    assert still_to_fill(data) == []
    for table, value in GENRE.get(data["doc"]["kind"], {}).items():
        if table == "figures":  # the 支部's 党员 count, unless the page gave it
            names = {r.get("name") for r in data.get("figures", [])}
            data.setdefault("figures", []).extend(r for r in value if r["name"] not in names)
        elif not data.get(table):
            data[table] = value
    if data["doc"]["kind"] in ("work_summary", "creation_report"):  # a result each task
        measured = {r.get("task") for r in data.get("figures", [])}
        data.setdefault("figures", []).extend(
            {"name": f"{t['title']}完成事项", "value": 3, "unit": "项",
             "period": f"{data['doc']['year']}年", "task": t["title"]}
            for t in data.get("tasks", []) if t.get("points") and t["title"] not in measured)
    filled = tmp_path / "filled.toml"
    filled.write_text(dump_facts(data), encoding="utf-8")
    code, err = draft(capsys, filled, tmp_path / "out.docx")
    assert code == 0, err


def test_traditional_script_is_read_as_simplified(tmp_path: Path, capsys) -> None:
    seed = next((s for s in SEED_FILES if s.name.startswith("001")), None)
    if seed is None:
        pytest.skip("seed 001 not here")
    out = tmp_path / "facts.toml"
    cli(capsys, "import", seed, "-o", out)
    data = tomllib.loads(out.read_text(encoding="utf-8"))
    assert data["doc"]["kind"] == "implementation_plan"
    assert data["doc"]["year"] == 2023
    assert data["doc"]["date"] == "2023-11-29"
    texts = [s["text"] for s in data["slogans"]]
    assert "突出三个重点" in texts and "落实四件实事" in texts
    assert all(s["group"] == "123456工程" for s in data["slogans"])
    # 紧盯两项目标 has a *** in an item: left out and noted, not half-imported
    assert "紧盯两项目标" not in texts
    assert "紧盯两项目标" in out.read_text(encoding="utf-8").split("[unit]")[0]
