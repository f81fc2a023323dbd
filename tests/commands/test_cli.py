"""The command line end to end: example → draft → Word file read back; bad input → exit 2."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import docx
import pytest
from support.paths import KIND_IDS, example_path

from drafter.cli import main
from drafter.facts import load_facts
from drafter.kinds import get_kind, kind_ids
from drafter.numbering import cn_numeral


def paragraphs(path: Path) -> list[str]:
    return [p.text for p in docx.Document(str(path)).paragraphs if p.text.strip()]


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_kinds_lists_every_kind(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "kinds")
    assert code == 0
    lines = out.splitlines()
    assert [ln.split("\t")[0] for ln in lines] == list(KIND_IDS)
    assert "实施方案" in out and "党支部工作计划" in out and "工作目标" in out


@pytest.mark.parametrize("kind", KIND_IDS)
def test_example_then_draft_gives_a_complete_document(kind: str, work: Path,
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "example", kind)
    assert code == 0
    Path("f.toml").write_text(out, encoding="utf-8")
    code, _, err = run(capsys, "draft", "f.toml", "-o", "out.docx")
    assert code == 0, err
    texts = paragraphs(work / "out.docx")
    joined = "".join(texts)
    facts = load_facts(work / "f.toml", kinds=kind_ids())
    project_title = get_kind(kind).title  # pattern; the rendered title is checked below
    assert project_title
    assert facts.unit.name in texts[0] or facts.unit.name in joined[:60]
    # every level-1 section heading, in order, numbered 一、二、…
    headings = [t for t in texts if len(t) < 30 and "、" in t[:3] and not t.startswith("（")]
    numbers = [h.split("、", 1)[0] for h in headings]
    assert numbers == [cn_numeral(i) for i in range(1, len(numbers) + 1)]
    expected = [s.title for s in get_kind(kind).sections if s.title]
    assert [h.split("、", 1)[1] for h in headings] == [t for t in expected
                                                        if any(t in h for h in headings)]
    for task in facts.tasks:
        assert any(task.title in t for t in texts), task.title
    for slogan in facts.slogans:
        assert slogan.text in joined
        for item in slogan.items:
            assert item in joined
    if kind == "creation_report":  # read aloud: its unit and date under the title
        assert texts[1:3] == [facts.unit.name, "（2026年1月4日）"]
        assert "2026年1月4日" not in texts[-1]
    else:
        assert texts[-2] == facts.unit.name
        assert texts[-1] == "2026年1月4日"
    assert (work / "out.drafter.json").is_file()


def test_export_rewrites_from_the_project(work: Path, capsys: pytest.CaptureFixture[str]) -> None:
    run(capsys, "draft", str(example_path("work_plan")), "-o", "a.docx")
    code, _, err = run(capsys, "export", "a.drafter.json", "-o", "b.docx")
    assert code == 0, err
    assert paragraphs(work / "a.docx") == paragraphs(work / "b.docx")
    code, _, _ = run(capsys, "export", "a.drafter.json", "-o", "b.txt")
    assert code == 0
    assert "、工作目标\n" in (work / "b.txt").read_text(encoding="utf-8")


def test_redraft_keeps_the_history(work: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from drafter.project import load_project

    run(capsys, "draft", str(example_path("work_plan")), "-o", "a.docx")
    project = load_project(work / "a.drafter.json")
    project.section("goals").versions[-1].text += "（手工补充）"
    project.save()
    run(capsys, "draft", str(example_path("work_plan")), "-o", "a.docx")
    goals = load_project(work / "a.drafter.json").section("goals")
    assert len(goals.versions) == 2
    assert goals.versions[0].text.endswith("（手工补充）")


BAD_CASES = {
    "missing-name": (('name = "清河县中医院"', ""), ["unit.name"]),
    "year-in-chinese": (("year = 2026", 'year = "二〇二六"'), ["doc.year"]),
    "unknown-ratio": (('ratio = ["卫生专业技术人员", "职工总数"]', 'ratio = ["卫技", "职工总数"]'),
                      ["figures[3].ratio"]),
    "slogan-count": (('items = ["医德医风建设", "中医药文化传承"]', 'items = ["医德医风建设"]'),
                     ["slogans[2].items"]),
    "broken-toml": (('theme = "创建市级文明单位"', 'theme = "创建市级文明单位'), []),
}


@pytest.mark.parametrize("case", BAD_CASES)
def test_bad_facts_exit_2_with_one_message_per_problem_and_write_nothing(
        case: str, work: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (old, new), keys = BAD_CASES[case]
    source = example_path("implementation_plan").read_text(encoding="utf-8")
    assert old in source
    Path("f.toml").write_text(source.replace(old, new), encoding="utf-8")
    code, _, err = run(capsys, "draft", "f.toml", "-o", "out.docx")
    assert code == 2
    problems = [ln for ln in err.splitlines() if ln.startswith("  ")]
    assert len(problems) == 1, err
    assert "f.toml:" in problems[0]  # file and line
    for key in keys:
        assert key in problems[0]
    assert sorted(p.name for p in work.iterdir()) == ["f.toml"]  # nothing written


def test_corrupt_project_is_not_overwritten(work: Path, capsys: pytest.CaptureFixture[str]) -> None:
    Path("out.drafter.json").write_text("{ broken", encoding="utf-8")
    code, _, err = run(capsys, "draft", str(example_path("work_plan")), "-o", "out.docx")
    assert code == 2 and "已损坏" in err
    assert Path("out.drafter.json").read_text(encoding="utf-8") == "{ broken"
    assert not Path("out.docx").exists()


def test_errors_in_the_facts_block_the_export_unless_forced(
        work: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = example_path("work_plan").read_text(encoding="utf-8")
    Path("f.toml").write_text(source.replace("开展客户回访", "客户回访率达到XX%"), encoding="utf-8")
    code, _, err = run(capsys, "draft", "f.toml", "-o", "out.docx")
    assert code == 1 and "number.placeholder" in err
    assert not Path("out.docx").exists()
    code, _, _ = run(capsys, "draft", "f.toml", "-o", "out.docx", "--force")
    assert code == 1 and Path("out.docx").exists()


def test_bad_output_suffix(work: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "draft", str(example_path("work_plan")), "-o", "out.pdf")
    assert code == 2 and ".docx" in err


def test_console_script_runs_without_network_or_key(work: Path) -> None:
    """The installed `drafter` entry point, as a new user runs it (no key in the env)."""
    exe = Path(sys.executable).with_name("drafter")
    env = {k: v for k, v in os.environ.items() if not k.startswith("OPENAI")}
    example = subprocess.run([str(exe), "example", "implementation_plan"], capture_output=True,
                             text=True, env=env, check=True).stdout
    Path("facts.toml").write_text(example, encoding="utf-8")
    result = subprocess.run([str(exe), "draft", "facts.toml", "-o", "实施方案.docx"],
                            capture_output=True, text=True, env=env)
    assert result.returncode == 0, result.stderr
    assert "清河县中医院" in paragraphs(work / "实施方案.docx")[0]


def test_the_app_gets_the_configured_writer(monkeypatch: pytest.MonkeyPatch,
                                            tmp_path: Path) -> None:
    """`drafter tui` picks its writer in the composition root: built-in without an
    endpoint, the model when one is given."""
    from drafter.cli import build_parser
    from drafter.commands._common import writer_from_args

    for var in ("OPENAI_API_KEY", "OPENAI_BASE_URL", "DRAFTER_MODEL", "DRAFTER_PRESET"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("DRAFTER_CONFIG", str(tmp_path / "none.toml"))
    parser = build_parser()
    assert writer_from_args(parser.parse_args(["tui"])).name == "builtin"
    args = parser.parse_args(["tui", "--base-url", "http://127.0.0.1:9/v1", "--model", "m"])
    assert writer_from_args(args).name == "openai:m"


def test_a_draft_well_short_of_the_asked_length_says_so(
        work: Path, capsys: pytest.CaptureFixture[str]) -> None:
    facts = example_path("work_plan").read_text(encoding="utf-8")
    asked = facts.replace("[doc]\n", '[doc]\nnotes = "篇幅八千字左右。"\n', 1)
    assert asked != facts
    Path("long.toml").write_text(asked, encoding="utf-8")
    code, _, err = run(capsys, "draft", "long.toml", "-o", "long.docx")
    assert code == 0, err
    note = next(ln for ln in err.splitlines() if ln.startswith("篇幅："))
    written = int(re.search(r"本稿约(\d+)字", note)[1])
    assert "备注要求约8000字" in note and 0 < written < 0.7 * 8000
    # the example asks no length: nothing is said
    _, _, err = run(capsys, "draft", str(example_path("work_plan")), "-o", "plain.docx")
    assert "篇幅：" not in err
