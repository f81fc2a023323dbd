"""Fixtures for the `drafter serve` tests: a working folder with the example facts, and
the system Chromium through Playwright (skipped cleanly where either is missing)."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from .serving import ROOT, chromium_path


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """A working folder holding `drafter example implementation_plan > facts.toml`."""
    target = tmp_path / "公文"
    target.mkdir()
    example = subprocess.run([sys.executable, "-m", "drafter", "example",
                              "implementation_plan"], cwd=ROOT, check=True,
                             capture_output=True)
    (target / "facts.toml").write_bytes(example.stdout)
    return target


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    """The system Chromium. Module-scoped: Playwright's sync API keeps an event loop
    running in this thread while it is open, which other modules' asyncio tests cannot
    share, so it closes when the module that uses it is done."""
    if importlib.util.find_spec("playwright") is None:
        pytest.skip("Playwright (Python package) not installed")
    executable = chromium_path()
    if executable is None:
        pytest.skip("no system Chromium (Debian: apt-get install chromium)")
    from playwright.sync_api import Error, sync_playwright

    with sync_playwright() as playwright:
        try:
            launched = playwright.chromium.launch(executable_path=executable)
        except Error as e:
            pytest.skip(f"Chromium would not start: {e.message.splitlines()[0]}")
        yield launched
        launched.close()


@pytest.fixture
def context(browser: Any) -> Iterator[Any]:
    """A fresh browser profile (no cookies), downloads accepted."""
    ctx = browser.new_context(viewport={"width": 1280, "height": 800}, accept_downloads=True)
    yield ctx
    ctx.close()
