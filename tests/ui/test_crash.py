"""Kill the app with SIGKILL while it generates and autosaves, again and again; after
each kill the project file must load and hold everything saved before the kill."""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from support.paths import EXAMPLE

from drafter.facts import load_facts
from drafter.kinds import get_kind, kind_ids
from drafter.project.pipeline import new_project
from drafter.session.locking import ProjectLock

from .crash_driver import state

DRIVER = Path(__file__).with_name("crash_driver.py")
ROUNDS = 6


def wait_for(predicate, timeout: float) -> bool:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if predicate():
            return True
        time.sleep(0.02)
    return False


def journal_lines(path: Path) -> list[dict[str, list[str]]]:
    if not path.exists():
        return []
    lines = path.read_text(encoding="utf-8").splitlines()
    # the last line may be cut short by the kill itself
    out = []
    for line in lines:
        try:
            out.append(json.loads(line))
        except ValueError:
            break
    return out


@pytest.mark.slow
@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")
def test_kill_9_during_generation_and_autosave_loses_nothing_saved(tmp_path: Path) -> None:
    facts = load_facts(EXAMPLE, kinds=kind_ids())
    project = tmp_path / "plan.drafter.json"
    new_project(facts, get_kind(facts.doc.kind)).save(project)
    journal = tmp_path / "journal.jsonl"
    rng = random.Random(20260104)
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    kills = 0
    def saved_versions() -> int:
        lines = journal_lines(journal)
        return sum(len(v) for v in lines[-1].values()) if lines else 0

    for round_ in range(ROUNDS):
        before = len(journal_lines(journal))
        versions = saved_versions()
        proc = subprocess.Popen([sys.executable, str(DRIVER), str(project), str(journal),
                                 str(round_)], stdout=subprocess.PIPE,
                                stderr=subprocess.PIPE, env=env)
        try:
            # Kill only once this round has saved new work (a condition, not a clock: on a
            # busy machine it just takes longer), then at a random moment after that.
            started = wait_for(lambda b=before, v=versions: len(journal_lines(journal)) > b + 1
                               and saved_versions() > v, 300)
            assert started, proc.stderr.read().decode() if proc.poll() is not None else "slow"
            time.sleep(rng.uniform(0.0, 0.6))  # a random moment: mid-stream, mid-save
        finally:
            alive = proc.poll() is None
            proc.send_signal(signal.SIGKILL)
            proc.wait()
            errors = proc.stderr.read().decode()  # type: ignore[union-attr]
            proc.stdout.close()  # type: ignore[union-attr]
            proc.stderr.close()  # type: ignore[union-attr]
        assert alive and "Traceback" not in errors, errors  # it was killed, not crashed
        kills += 1
        on_disk = state(project)  # loads, or raises: the file must always load
        last = journal_lines(journal)[-1]
        for section_id, hashes in last.items():
            # a save may have landed after the journal's last line (killed between the
            # save and its journal entry, on a busy machine): then the newest version may
            # hold text typed since; no version is lost and every earlier one is intact
            assert len(on_disk[section_id]) >= len(hashes), (round_, section_id)
            assert on_disk[section_id][: len(hashes) - 1] == hashes[:-1], (round_, section_id)
        assert not list(tmp_path.glob("*.冲突-*"))  # no conflict: only one writer
        # the lock the dead process left does not keep the project closed
        lock = ProjectLock(project)
        lock.acquire()
        lock.release()
    assert kills == ROUNDS
    # every round saved at least one new version before its kill, and none was lost
    assert sum(len(v) for v in state(project).values()) >= ROUNDS
