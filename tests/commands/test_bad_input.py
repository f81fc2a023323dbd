"""Bad input ends in one clear Chinese message, within seconds, and changes nothing.

One table row per kind of bad input (issue 16, parts 2, 3 and 7): what is set up, the
command, the exit code and a phrase of the first line on stderr. Every row runs the real
command in a subprocess with a 10-second limit (a hang fails, it does not block the
suite), and then checks: no traceback, the message is Chinese, and every file that was
there before is there unchanged with nothing new beside it."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest
from support.paths import EXAMPLE

SECONDS = 10
ROOT = Path(__file__).resolve().parents[2]


def drafter(argv: list[str], cwd: Path) -> subprocess.CompletedProcess[str]:
    """`drafter ARGV` in `cwd` with no endpoint configured; fails the test on a hang."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("OPENAI", "DRAFTER"))}
    env.update(DRAFTER_CONFIG=str(cwd / "无配置.toml"), HOME=str(cwd),
               PYTHONPATH=str(ROOT), PYTHONWARNINGS="ignore")
    try:
        return subprocess.run([sys.executable, "-m", "drafter", *argv], cwd=cwd, env=env,
                              capture_output=True, text=True, timeout=SECONDS,
                              stdin=subprocess.DEVNULL)
    except subprocess.TimeoutExpired:
        pytest.fail(f"drafter {' '.join(argv)} 超过 {SECONDS} 秒仍未结束")


def snapshot(folder: Path) -> dict[str, tuple[str, int]]:
    """Every regular file under `folder` (links not followed): its hash and mode."""
    out = {}
    for path in sorted(folder.rglob("*")):
        if path.is_symlink() or not path.is_file():
            out[str(path.relative_to(folder))] = ("", 0)
            continue
        digest = hashlib.sha256(path.read_bytes()).hexdigest()
        out[str(path.relative_to(folder))] = (digest, path.stat().st_mode)
    return out


# ------------------------------------------------------------------ the set-ups
# Each takes the work folder (holding facts.toml and base.drafter.json, a drafted
# project) and returns the command line.


def project_with(change: Callable[[dict], None]) -> Callable[[Path], list[str]]:
    def setup(d: Path) -> list[str]:
        data = json.loads((d / "base.drafter.json").read_text(encoding="utf-8"))
        change(data)
        (d / "p.drafter.json").write_text(json.dumps(data, ensure_ascii=False),
                                          encoding="utf-8")
        return ["export", "p.drafter.json", "-o", "out.md"]
    return setup


def version_text(value: object) -> Callable[[dict], None]:
    def change(data: dict) -> None:
        data["sections"][0]["versions"][0]["text"] = value
    return change


def deep_json(d: Path) -> list[str]:
    (d / "p.drafter.json").write_text('{"format_version": 1, "x": ' + "[" * 100_000
                                      + "]" * 100_000 + "}", encoding="utf-8")
    return ["export", "p.drafter.json", "-o", "out.md"]


def truncated(d: Path) -> list[str]:
    raw = (d / "base.drafter.json").read_bytes()
    (d / "p.drafter.json").write_bytes(raw[: raw.index("清".encode()) + 1])  # half a 清
    return ["export", "p.drafter.json", "-o", "out.md"]


def draft_onto(change: Callable[[dict], None]) -> Callable[[Path], list[str]]:
    def setup(d: Path) -> list[str]:
        project_with(change)(d)
        return ["draft", "facts.toml", "-o", "out.md", "--project", "p.drafter.json"]
    return setup


def facts_with(old: str, new: str) -> Callable[[Path], list[str]]:
    def setup(d: Path) -> list[str]:
        text = EXAMPLE.read_text(encoding="utf-8")
        assert old in text
        (d / "f.toml").write_text(text.replace(old, new), encoding="utf-8")
        return ["draft", "f.toml", "-o", "out.md"]
    return setup


def fifo(name: str, argv: list[str]) -> Callable[[Path], list[str]]:
    def setup(d: Path) -> list[str]:
        os.mkfifo(d / name)
        return argv
    return setup


def dev_zero(d: Path) -> list[str]:
    os.symlink("/dev/zero", d / "zero.txt")
    return ["check", "zero.txt"]


def text_file(argv: list[str]) -> Callable[[Path], list[str]]:
    def setup(d: Path) -> list[str]:
        (d / "a.txt").write_text("危重病儿抢救成功率X%。\n", encoding="utf-8")
        return argv
    return setup


def unwritable(d: Path) -> Path:
    """A folder this process cannot write in: a 0555 folder, or /sys for root (to whom
    mode bits do not apply)."""
    if os.geteuid() == 0:
        return Path("/sys")
    folder = d / "只读目录"
    folder.mkdir()
    folder.chmod(0o555)
    return folder


def output_at(kind: str, argv: Callable[[str], list[str]]) -> Callable[[Path], list[str]]:
    """`argv(path)` with an output path in a missing folder, in an unwritable one, that is
    a folder, whose name is too long, or that is an existing read-only file."""
    def setup(d: Path) -> list[str]:
        text_file([])(d)
        probe = argv("x.md")[-1]
        suffix = Path(probe).suffix if Path(probe).suffix != ".md" else ".md"
        if kind == "missing":
            path = d / "没有这个目录" / f"out{suffix}"
        elif kind == "unwritable":
            path = unwritable(d) / f"out{suffix}"
        elif kind == "folder":
            path = d / f"目录{suffix}"
            path.mkdir()
        elif kind == "long":
            path = d / ("长" * 90 + suffix)
        else:  # read-only: a project that is one, anything else some text
            path = d / f"只读{suffix}"
            if suffix == ".json":
                shutil.copy(d / "base.drafter.json", path)
            else:
                path.write_text("旧内容\n", encoding="utf-8")
            path.chmod(0o444)
        return argv(str(path))
    return setup


OUTPUTS = {
    "draft -o": lambda p: ["draft", "facts.toml", "-o", p.replace(".md", ".docx")],
    "draft --project": lambda p: ["draft", "facts.toml", "-o", "out.md", "--project",
                                  p.replace(".md", ".drafter.json")],
    "export -o": lambda p: ["export", "base.drafter.json", "-o", p],
    "check --annotate": lambda p: ["check", "a.txt", "--annotate", p.replace(".md", ".docx")],
    "check --fix -o": lambda p: ["check", "a.txt", "--fix", "-o", p.replace(".md", ".txt")],
}
OUTPUT_MESSAGES = {"missing": "不存在", "unwritable": "没有在目录", "folder": "是一个目录",
                   "long": "文件名太长", "read-only": "是只读文件"}


@dataclass(frozen=True)
class Case:
    id: str
    setup: Callable[[Path], list[str]]
    code: int
    says: str  # a phrase of the first line on stderr


CASES = [
    # part 2: project files that are not what drafter writes
    Case("project-version-text-number", project_with(version_text(5)), 2,
         "sections[0].versions[0].text: 应为文本，实际是整数"),
    Case("project-version-text-null", project_with(version_text(None)), 2,
         "sections[0].versions[0].text: 应为文本，实际是空值"),
    Case("project-title-null", project_with(lambda d: d.update(title=None)), 2,
         "title: 应为文本"),
    Case("project-facts-a-list", project_with(lambda d: d.update(facts=[])), 2,
         "facts: 应为对象，实际是列表"),
    Case("project-json-100000-deep", deep_json, 2, "嵌套过深"),
    Case("project-truncated", truncated, 2, "被截断"),
    Case("project-format-version-a-string",
         project_with(lambda d: d.update(format_version="1")), 2,
         "format_version 应为整数 1，实际是文本“1”"),
    Case("draft-onto-project-with-null-text", draft_onto(version_text(None)), 2,
         "应为文本，实际是空值"),
    Case("export-onto-its-project", lambda d: (shutil.copy(d / "base.drafter.json",
                                                           d / "same.md"),
                                               ["export", "same.md", "-o", "same.md"])[1],
         2, "就是项目文件"),
    # facts files
    Case("facts-arrays-5000-deep",
         facts_with('theme = "创建市级文明单位"', 'theme = "创建市级文明单位"\nx = '
                    + "[" * 5000 + "]" * 5000), 2, "嵌套太深"),
    Case("facts-value-nan", facts_with("value = 412", "value = nan"), 2, "事实文件有 1 处问题"),
    Case("facts-value-inf", facts_with("value = 412", "value = inf"), 2, "事实文件有 1 处问题"),
    Case("facts-theme-10mb", facts_with('theme = "创建市级文明单位"',
                                        'theme = "' + "创" * 3_500_000 + '"'), 2, "太大"),
    Case("facts-theme-300k-characters", facts_with('theme = "创建市级文明单位"',
                                                   'theme = "' + "创" * 300_000 + '"'), 2,
         "事实文件有 1 处问题"),
    # part 3: what is not a regular file never blocks
    Case("facts-fifo", fifo("f.toml", ["draft", "f.toml", "-o", "out.md"]), 2, "不是普通文件"),
    Case("check-fifo", fifo("a.txt", ["check", "a.txt"]), 2, "不是普通文件"),
    Case("check-dev-zero", dev_zero, 2, "不是普通文件"),
    Case("check-facts-fifo", fifo("f.toml", ["check", "base.md", "--facts", "f.toml"]), 2,
         "不是普通文件"),
    Case("check-year-0", text_file(["check", "a.txt", "--year", "0"]), 2,
         "--year 0 不是合理的年份"),
    # part 7: command-line usage errors in Chinese
    Case("usage-draft-alone", lambda d: ["draft"], 2, "命令行有误：缺少必需的参数"),
    Case("usage-concurrency-abc",
         lambda d: ["draft", "facts.toml", "-o", "o.md", "--concurrency", "abc"], 2,
         "abc 不是有效的整数"),
    Case("usage-backend-foo", lambda d: ["draft", "facts.toml", "-o", "o.md", "--backend", "foo"],
         2, "没有“foo”这一项"),
    Case("usage-unknown-option", lambda d: ["draft", "facts.toml", "-o", "o.md", "--frob"], 2,
         "无法识别的参数 --frob"),
    Case("usage-unknown-command", lambda d: ["frobnicate"], 2, "没有“frobnicate”这一项"),
    # outputs that cannot or must not be written
    *(Case(f"{name} {kind}", output_at(kind, argv), 2, OUTPUT_MESSAGES[kind])
      for name, argv in OUTPUTS.items() for kind in OUTPUT_MESSAGES),
]


@pytest.fixture(scope="module")
def drafted(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """facts.toml, base.drafter.json and base.md, drafted once for the module."""
    d = tmp_path_factory.mktemp("drafted")
    shutil.copy(EXAMPLE, d / "facts.toml")
    done = drafter(["draft", "facts.toml", "-o", "base.md"], d)
    assert done.returncode == 0, done.stderr
    return d


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.id)
def test_bad_input_is_refused_clearly_and_changes_nothing(case: Case, drafted: Path,
                                                          tmp_path: Path) -> None:
    for name in ("facts.toml", "base.drafter.json", "base.md"):
        shutil.copy(drafted / name, tmp_path / name)
    argv = case.setup(tmp_path)
    before = snapshot(tmp_path)
    done = drafter(argv, tmp_path)
    first = done.stderr.strip().splitlines()[0] if done.stderr.strip() else ""
    assert "Traceback" not in done.stderr, done.stderr
    assert (done.returncode, case.says in first) == (case.code, True), done.stderr
    assert any("\u4e00" <= c <= "\u9fff" for c in first), first
    assert snapshot(tmp_path) == before  # nothing changed, nothing written


def test_usage_errors_keep_exit_2_and_show_the_command_usage(tmp_path: Path) -> None:
    done = drafter(["draft", "--concurrency", "abc"], tmp_path)
    lines = done.stderr.strip().splitlines()
    assert done.returncode == 2
    assert lines[0] == "命令行有误：--concurrency：abc 不是有效的整数"
    assert lines[1].startswith("用法：drafter draft")
    assert lines[-1] == "运行 drafter draft -h 查看全部选项。"
    assert "usage" not in done.stderr and "error" not in done.stderr


def test_help_is_chinese(tmp_path: Path) -> None:
    done = drafter(["check", "--help"], tmp_path)
    assert done.returncode == 0
    assert done.stdout.startswith("用法：drafter check")
    assert "显示本帮助并退出" in done.stdout and "show this help" not in done.stdout
    assert "options" not in done.stdout and "positional arguments" not in done.stdout


def test_a_good_output_beside_a_refused_one_still_works(drafted: Path, tmp_path: Path) -> None:
    """The checks refuse only what cannot be written: a writable existing file is
    replaced as before (and keeps its mode)."""
    shutil.copy(drafted / "facts.toml", tmp_path / "facts.toml")
    out = tmp_path / "out.md"
    out.write_text("旧内容\n", encoding="utf-8")
    out.chmod(0o640)
    done = drafter(["draft", "facts.toml", "-o", "out.md"], tmp_path)
    assert done.returncode == 0, done.stderr
    assert "旧内容" not in out.read_text(encoding="utf-8")
    assert out.stat().st_mode & 0o777 == 0o640
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]
