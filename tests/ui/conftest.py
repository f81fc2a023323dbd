"""UI test fixtures: an isolated recent-projects store and a copy of an example facts file."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from support.paths import EXAMPLE

from drafter.session.recent import RecentStore


@pytest.fixture
def recent(tmp_path: Path) -> RecentStore:
    return RecentStore(tmp_path / "recent.json")


@pytest.fixture
def facts_file(tmp_path: Path) -> Path:
    target = tmp_path / "plan.toml"
    shutil.copy(EXAMPLE, target)
    return target
