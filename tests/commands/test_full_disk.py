"""A real full disk (a small tmpfs, filled up): every command says so in one Chinese line,
exit 2, and what was on the disk before is still there, whole."""

from __future__ import annotations

import shutil
from pathlib import Path

from support.disk import fill, small_disk
from support.paths import EXAMPLE

from drafter.cli import main
from drafter.project import load_project


def test_draft_onto_an_existing_project(tmp_path: Path, capsys) -> None:
    with small_disk(tmp_path / "disk") as disk:
        facts = disk / "facts.toml"
        shutil.copy(EXAMPLE, facts)
        assert main(["draft", str(facts), "-o", str(disk / "out.md")]) == 0
        project = disk / "out.drafter.json"
        before = project.read_bytes()
        fill(disk)
        capsys.readouterr()
        code = main(["draft", str(facts), "-o", str(disk / "out2.md"), "--project",
                     str(project), "--redraft-confirmed"])
        err = capsys.readouterr().err
        assert code == 2, err
        assert "Traceback" not in err and "磁盘" in err
        assert project.read_bytes() == before
        assert load_project(project).sections  # still a whole project
        assert not list(disk.glob(".*.tmp"))


def test_check_fix_onto_a_full_disk(tmp_path: Path, capsys) -> None:
    source = tmp_path / "a.txt"
    source.write_text("危重病儿抢救成功率X%,年底完成。\n", encoding="utf-8")
    with small_disk(tmp_path / "disk") as disk:
        fill(disk)
        code = main(["check", str(source), "--fix", "-o", str(disk / "fixed.txt")])
        err = capsys.readouterr().err
        assert code == 2 and "Traceback" not in err and "磁盘" in err
        assert not (disk / "fixed.txt").exists() and not list(disk.glob(".*.tmp"))
    assert source.read_text(encoding="utf-8") == "危重病儿抢救成功率X%,年底完成。\n"


def test_config_init_onto_a_full_disk(tmp_path: Path, capsys, monkeypatch) -> None:
    with small_disk(tmp_path / "disk") as disk:
        path = disk / "drafter" / "config.toml"
        path.parent.mkdir()
        path.write_text('[llm]\napi_key = "sk-keep"\n', encoding="utf-8")
        fill(disk)
        monkeypatch.setenv("DRAFTER_CONFIG", str(path))
        code = main(["config", "--init", "--preset", "deepseek"])
        err = capsys.readouterr().err
        assert code == 2 and "Traceback" not in err
        assert path.read_text(encoding="utf-8") == '[llm]\napi_key = "sk-keep"\n'


def test_a_new_draft_on_a_full_disk_leaves_no_half_lock(tmp_path: Path, capsys) -> None:
    facts = tmp_path / "facts.toml"
    shutil.copy(EXAMPLE, facts)
    with small_disk(tmp_path / "disk") as disk:
        fill(disk)
        code = main(["draft", str(facts), "-o", str(disk / "out.md")])
        err = capsys.readouterr().err
        assert code == 2 and "Traceback" not in err, err
        assert sorted(p.name for p in disk.iterdir()) == ["filler"]
