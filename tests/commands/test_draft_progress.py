"""The headless `drafter draft` as a person at a terminal meets it: progress lines while a
section waits or streams, Ctrl-C and SIGTERM that keep every finished section and save
the answers in progress as candidates, and 已确认 sections that stay as they are.

The draft runs in a real process against the real local server; each test waits for
what the process prints (a deadline only ends a broken test), never for a time."""

from __future__ import annotations

import os
import queue
import re
import signal
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from support.llm_server import FAKE_KEY, FakeEndpoint, Reply
from support.paths import example_path
from support.ui import SKELETON

import drafter
from drafter.cli import main
from drafter.project import Status, load_project
from drafter.project.model import USER, Version
from drafter.project.pipeline import INTERRUPTED_NOTE

EXAMPLE = example_path("work_plan")
DEADLINE = 120.0  # seconds before a test that never sees what it waits for gives up


def skeleton(body: dict) -> str:
    return SKELETON.search(body["messages"][1]["content"])[1]


def label(body: dict) -> str:
    return re.search(r"请起草“(.+?)”一节", body["messages"][1]["content"])[1]


class Draft:
    """`drafter draft` in its own process, its stderr read line by line."""

    def __init__(self, work: Path, url: str, *extra: str) -> None:
        config = work / "config.toml"
        config.write_text("[llm]\nchunk_timeout = 600\nmax_retries = 0\n", encoding="utf-8")
        env = {**os.environ, "DRAFTER_CONFIG": str(config), "OPENAI_BASE_URL": url,
               "DRAFTER_MODEL": "test-model", "OPENAI_API_KEY": FAKE_KEY,
               "PYTHONPATH": str(Path(drafter.__file__).resolve().parents[1])}
        env.pop("DRAFTER_PRESET", None)
        self.process = subprocess.Popen(
            [sys.executable, "-m", "drafter", "draft", str(EXAMPLE), "-o", "out.docx",
             "--force", "--backend", "openai", *extra],
            cwd=work, env=env, stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, text=True)
        self.lines: list[str] = []
        self._queue: queue.Queue[str | None] = queue.Queue()
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        assert self.process.stderr is not None
        for line in self.process.stderr:
            self._queue.put(line.rstrip("\n"))
        self._queue.put(None)

    def wait_for(self, pattern: str) -> re.Match[str]:
        """The first line (seen now or later) matching `pattern`."""
        for line in self.lines:
            if m := re.search(pattern, line):
                return m
        while (line := self._queue.get(timeout=DEADLINE)) is not None:
            self.lines.append(line)
            if m := re.search(pattern, line):
                return m
        raise AssertionError(f"never printed {pattern!r}:\n" + "\n".join(self.lines))

    def finish(self) -> int:
        code = self.process.wait(timeout=DEADLINE)
        while (line := self._queue.get(timeout=DEADLINE)) is not None:
            self.lines.append(line)
        return code

    @property
    def err(self) -> str:
        return "\n".join(self.lines)


def test_a_section_waiting_for_its_first_byte_shows_progress(work: Path) -> None:
    gate = threading.Event()

    def script(body: dict, n: int) -> Reply:
        gate.wait(DEADLINE)  # the first byte comes when the test has seen the wait
        return Reply(skeleton(body))

    with FakeEndpoint(script) as ep:
        run = Draft(work, ep.url, "--concurrency", "1")
        waiting = run.wait_for(r"进行中：(\S+) 等待首字 (\d+) 秒")
        gate.set()
        assert run.finish() == 0, run.err
    assert waiting[1] == label(ep.requests[0])
    project = load_project(work / "out.drafter.json")
    assert len(ep.requests) == len(project.sections)  # the wait re-sent nothing
    assert all(s.text for s in project.sections)


@pytest.mark.parametrize(("signum", "code", "name"), [(signal.SIGINT, 130, "Ctrl-C"),
                                                      (signal.SIGTERM, 143, "SIGTERM")])
def test_an_interrupted_draft_keeps_finished_sections_and_saves_answers_as_candidates(
        work: Path, signum: int, code: int, name: str) -> None:
    def script(body: dict, n: int) -> Reply:
        if label(body) == "开头":
            return Reply(skeleton(body))
        return Reply(skeleton(body), chunk=4, stall_after=3)  # 12 characters, then nothing

    with FakeEndpoint(script) as ep:
        run = Draft(work, ep.url, "--concurrency", "3")
        run.wait_for(r"^\[1/\d+\] 开头")
        # three sections in progress, each with text arrived: the run is interrupted now
        line = run.wait_for(r"^进行中：(?:[^；]+ 生成中 \d+ 秒 约 [1-9]\d* 令牌(?:；|$)){3}")[0]
        run.process.send_signal(signum)
        assert run.finish() == code, run.err
    assert f"已中断（{name}）" in run.err and "3 节未完成的答复已作为候选保存" in run.err
    project = load_project(work / "out.drafter.json")
    opening = next(s for s in project.sections if s.label == "开头")
    assert opening.text and not opening.candidates  # finished: kept as it was written
    kept = [s for s in project.sections if s.candidates]
    assert len(kept) == 3 and {s.label for s in kept} <= set(re.findall(r"([^：；]+?) 生成中",
                                                                       line))
    for section in kept:
        assert not section.text and section.candidates[0].note == INTERRUPTED_NOTE
        assert len(section.candidates[0].text) == 12
    assert not (work / "out.docx").exists()  # no half document


def _confirm_second_section(work: Path) -> tuple[str, str]:
    project = load_project(work / "out.drafter.json")
    section = project.sections[1]
    mine = "本节已由我改好并确认，重新起草时不应被替换。"
    section.add_version(Version(mine, USER), Status.CONFIRMED)
    project.save()
    return section.id, mine


def test_redrafting_keeps_a_confirmed_section_unless_asked(work: Path, capsys) -> None:
    args = ["draft", str(EXAMPLE), "-o", "out.docx", "--backend", "builtin"]
    assert main(args) == 0
    sid, mine = _confirm_second_section(work)
    assert main(args) == 0
    assert "保留已确认的 1 节" in capsys.readouterr().err
    section = load_project(work / "out.drafter.json").section(sid)
    assert section.text == mine and section.status is Status.CONFIRMED
    assert main([*args, "--redraft-confirmed"]) == 0
    section = load_project(work / "out.drafter.json").section(sid)
    assert section.text != mine and section.status is Status.DRAFT
    assert any(v.text == mine for v in section.versions)  # the history keeps it
