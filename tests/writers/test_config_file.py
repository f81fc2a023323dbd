"""The user config file: a file drafter cannot use is one Chinese message naming the file
and the key (exit 2, no traceback), `config --init` that cannot write says where and why,
and `drafter config` shows the first-byte allowance with the other settings."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from drafter.cli import main
from drafter.writers.config import load_settings

BODY = '[llm]\n# 本机的千问模型\nmodel = "千问"\n'


@pytest.fixture
def config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    for var in ("OPENAI_API_KEY", "OPENAI_BASE_URL", "DRAFTER_MODEL", "DRAFTER_PRESET"):
        monkeypatch.delenv(var, raising=False)
    path = tmp_path / "cfg" / "config.toml"
    path.parent.mkdir()
    monkeypatch.setenv("DRAFTER_CONFIG", str(path))
    return path


@pytest.mark.parametrize(("data", "says"), [
    (BODY.encode("gbk"), ["不是 UTF-8 编码", "GBK", "另存为 UTF-8"]),
    (BODY.encode("utf-16"), ["不是 UTF-8 编码", "UTF-16"]),
    (BODY.encode("utf-16-le"), ["不是 UTF-8 编码", "UTF-16"]),
    (b'llm = "deepseek"\n', ["键 llm 应为表", "deepseek"]),
    (b"[llm]\nmax_retries = -1\n", ["max_retries", "不能为负数", "-1"]),
    (b"[llm]\nchunk_timeout = 0\n", ["chunk_timeout", "应大于 0"]),
    (b"[llm]\nfirst_byte_timeout = nan\n", ["first_byte_timeout", "应为数字"]),
    (b'[llm]\nmax_tokens = "many"\n', ["max_tokens", "应为整数"]),
    (b"[llm]\nrepair_turns = 1.5\n", ["repair_turns", "应为整数"]),
    (b"[llm\nmodel = 1\n", ["不是有效的 TOML"]),
])
def test_a_config_file_drafter_cannot_use_is_named_with_its_key(
        config: Path, data: bytes, says: list[str], capsys) -> None:
    config.write_bytes(data)
    for command in (["config"], ["doctor"]):
        assert main(command) == 2
        err = capsys.readouterr().err
        assert "Traceback" not in err and str(config) in err, err
        for word in says:
            assert word in err, (word, err)


def test_a_utf8_file_with_a_bom_is_read(config: Path) -> None:
    config.write_bytes(b"\xef\xbb\xbf" + BODY.encode("utf-8"))
    assert load_settings().model == "千问"


def test_an_unknown_key_is_warned_about(config: Path, capsys) -> None:
    config.write_text("[llm]\nchunk_timout = 5\n", encoding="utf-8")
    assert main(["config"]) == 0
    assert "chunk_timout 不是已知的设置" in capsys.readouterr().err


def test_config_shows_the_first_byte_allowance_and_where_it_came_from(config: Path,
                                                                       capsys) -> None:
    assert main(["config"]) == 0
    assert "first_byte_timeout = 300.0    # 默认" in capsys.readouterr().out
    config.write_text("[llm]\nfirst_byte_timeout = 900\n", encoding="utf-8")
    assert main(["config"]) == 0
    assert f"first_byte_timeout = 900.0    # {config}" in capsys.readouterr().out
    assert load_settings().first_byte_timeout == 900.0


def test_init_where_drafter_config_is_a_directory(config: Path, capsys, monkeypatch) -> None:
    monkeypatch.setenv("DRAFTER_CONFIG", str(config.parent))
    for command in (["config", "--init", "--preset", "ollama"], ["config"]):
        assert main(command) == 2
        err = capsys.readouterr().err
        assert "是一个目录" in err and "DRAFTER_CONFIG" in err and "Traceback" not in err
    assert list(config.parent.iterdir()) == []


def test_init_where_the_folder_cannot_be_made(config: Path, capsys, monkeypatch) -> None:
    blocker = config.parent / "a-file"
    blocker.write_text("x", encoding="utf-8")
    monkeypatch.setenv("DRAFTER_CONFIG", str(blocker / "config.toml"))
    assert main(["config", "--init", "--preset", "ollama"]) == 2
    err = capsys.readouterr().err
    assert "无法写入配置文件" in err and "不是目录" in err and str(blocker) in err
    assert blocker.read_text(encoding="utf-8") == "x"


def _unwritable_folder(base: Path) -> Path:
    """A folder this process cannot create files in: a mode 0500 one, or — for root, who
    may write anywhere — one inside /sys (Linux refuses that even to root)."""
    if os.geteuid() != 0:
        locked = base / "locked"
        locked.mkdir()
        locked.chmod(0o500)
        return locked / "sub"
    folder = Path("/sys/drafter-test-config")
    try:
        folder.mkdir()
    except OSError:
        return folder
    folder.rmdir()
    pytest.skip("no folder here refuses root")


def test_init_where_the_folder_is_not_writable(config: Path, capsys, monkeypatch) -> None:
    folder = _unwritable_folder(config.parent)
    monkeypatch.setenv("DRAFTER_CONFIG", str(folder / "config.toml"))
    try:
        assert main(["config", "--init", "--preset", "ollama"]) == 2
    finally:
        if folder.parent.name == "locked":
            folder.parent.chmod(0o700)
    err = capsys.readouterr().err
    assert "无法写入配置文件" in err and "没有权限" in err and "Traceback" not in err
