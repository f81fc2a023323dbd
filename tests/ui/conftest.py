"""UI test fixtures: an isolated recent-projects store, a copy of an example facts file and
a new project beside it."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from support.paths import EXAMPLE
from support.projects import project_beside

from drafter.session.recent import RecentStore


@pytest.fixture
def recent(tmp_path: Path) -> RecentStore:
    return RecentStore(tmp_path / "recent.json")


@pytest.fixture
def facts_file(tmp_path: Path) -> Path:
    target = tmp_path / "plan.toml"
    shutil.copy(EXAMPLE, target)
    return target


@pytest.fixture
def project_file(facts_file: Path) -> Path:
    return project_beside(facts_file)
