"""Shared fixtures: example facts, the seeds folder, a temp working dir."""

from __future__ import annotations

from pathlib import Path

import pytest

from drafter.kinds import all_kinds

TESTS = Path(__file__).resolve().parent
FACTS_DIR = TESTS / "facts"
# CI clones the repo next to shared/; the seeds are read from there, never copied in.
SEEDS = TESTS.parent.parent / "shared" / "seeds"

KIND_IDS = tuple(all_kinds())


def example_path(kind: str) -> Path:
    return all_kinds()[kind].directory / "example.toml"


def all_facts_files() -> list[Path]:
    """Every facts file the writer tests run over: the kinds' examples and tests/facts."""
    return [example_path(k) for k in KIND_IDS] + sorted(FACTS_DIR.glob("*.toml"))


@pytest.fixture
def work(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    return tmp_path
