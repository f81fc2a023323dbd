"""Nothing the user has is destroyed: an output that is an input, `config --init` over an
existing file, a project another process is editing, a save that fails at quit."""

from __future__ import annotations

import os
import shutil
import stat
from pathlib import Path

import pytest
from support.paths import EXAMPLE

from drafter.cli import main
from drafter.project import load_project
from drafter.session.locking import ProjectLock
from drafter.writers.config import load_settings


@pytest.fixture
def facts(work: Path) -> Path:
    target = work / "facts.toml"
    shutil.copy(EXAMPLE, target)
    return target


def test_draft_never_writes_over_its_facts_file(facts: Path, capsys) -> None:
    as_md = facts.with_name("f.md")
    shutil.copy(facts, as_md)
    before = as_md.read_bytes()
    assert main(["draft", str(as_md), "-o", str(as_md)]) == 2
    assert as_md.read_bytes() == before
    assert "就是事实文件" in capsys.readouterr().err


def test_draft_never_writes_the_export_over_the_project(facts: Path, work: Path) -> None:
    assert main(["draft", str(facts), "-o", "same.md", "--project", "same.md"]) == 2
    assert not (work / "same.md").exists()
    assert main(["draft", str(facts), "-o", "out.docx"]) == 0
    project = work / "out.drafter.json"
    before = project.read_bytes()
    assert main(["draft", str(facts), "-o", str(project.with_suffix(".md")),
                 "--project", str(facts)]) == 2
    assert project.read_bytes() == before and facts.read_bytes() == EXAMPLE.read_bytes()


def test_draft_keeps_another_documents_project(facts: Path, work: Path, capsys) -> None:
    # an output name whose project drafts another unit's document of another kind: refused,
    # that project untouched (a session-10 run mixed a branch plan into a report)
    from support.paths import example_path
    assert main(["draft", str(example_path("party_branch_plan")), "-o", "out.md"]) == 0
    project = work / "out.drafter.json"
    before = project.read_bytes()
    assert main(["draft", str(facts), "-o", "out.md"]) == 2
    assert project.read_bytes() == before
    assert "是另一份文件" in capsys.readouterr().err
    # the same document with its facts corrected keeps its project
    assert main(["draft", str(facts), "-o", "mine.md"]) == 0
    assert main(["draft", str(facts), "-o", "mine.md"]) == 0


def test_check_refuses_to_fix_or_annotate_over_its_input(work: Path, facts: Path,
                                                         capsys) -> None:
    text = work / "a.txt"
    text.write_text("危重病儿抢救成功率X%。\n", encoding="utf-8")
    assert main(["check", str(text), "--fix", "-o", str(text)]) == 2
    assert text.read_text(encoding="utf-8") == "危重病儿抢救成功率X%。\n"
    assert main(["draft", str(facts), "-o", "plan.docx"]) == 0
    plan = work / "plan.docx"
    before = plan.read_bytes()
    assert main(["check", str(plan), "--annotate", str(plan)]) == 2
    assert plan.read_bytes() == before
    assert "就是输入文件" in capsys.readouterr().err


def test_a_draft_is_refused_while_another_process_edits_the_project(facts: Path, work: Path,
                                                                    capsys) -> None:
    assert main(["draft", str(facts), "-o", "out.docx"]) == 0
    project = work / "out.drafter.json"
    versions = sum(len(s.versions) for s in load_project(project).sections)
    lock = ProjectLock(project)  # the TUI, or another `drafter draft`, holding it
    lock.acquire()
    try:
        assert main(["draft", str(facts), "-o", "out.docx", "--backend", "builtin"]) == 2
    finally:
        lock.release()
    assert "已在另一个窗口中打开" in capsys.readouterr().err
    assert sum(len(s.versions) for s in load_project(project).sections) == versions
    assert main(["draft", str(facts), "-o", "out.docx"]) == 0  # free again


def _config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, text: str) -> Path:
    path = tmp_path / "cfg" / "config.toml"
    path.parent.mkdir()
    path.write_text(text, encoding="utf-8")
    monkeypatch.setenv("DRAFTER_CONFIG", str(path))
    for var in ("OPENAI_API_KEY", "OPENAI_BASE_URL", "DRAFTER_MODEL", "DRAFTER_PRESET"):
        monkeypatch.delenv(var, raising=False)
    return path


def test_config_init_keeps_every_existing_setting(tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    original = '[llm]\napi_key = "sk-keep-me"\nmax_retries = 5\nmodel = "old"\n'
    path = _config(tmp_path, monkeypatch, original)
    path.chmod(0o600)
    assert main(["config", "--init", "--preset", "deepseek", "--model", "deepseek-chat"]) == 0
    settings = load_settings({}, env={}, path=path)
    assert settings.api_key.reveal() == "sk-keep-me" and settings.max_retries == 5
    assert settings.preset == "deepseek" and settings.model == "deepseek-chat"
    backup = path.with_name("config.toml.bak")
    assert backup.read_text(encoding="utf-8") == original
    for kept in (path, backup):
        assert stat.S_IMODE(kept.stat().st_mode) == 0o600


def test_config_init_makes_a_private_folder(tmp_path: Path,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "new" / "config.toml"
    monkeypatch.setenv("DRAFTER_CONFIG", str(path))
    assert main(["config", "--init", "--preset", "ollama"]) == 0
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_a_key_others_can_read_is_warned_about(tmp_path: Path, capsys,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    path = _config(tmp_path, monkeypatch, '[llm]\napi_key = "sk-secret"\n')
    os.chmod(path, 0o644)
    assert main(["config"]) == 0
    err = capsys.readouterr().err
    assert "含有 api_key" in err and "chmod 600" in err and "sk-secret" not in err
    os.chmod(path, 0o600)
    assert main(["config"]) == 0
    assert "含有 api_key" not in capsys.readouterr().err
