"""Benchmark `drafter serve`: cold start to the first screen in a browser tab (the server
already running; each tab starts its own app process) against the terminal cold start to
the same screen, and the server's own start-up (process start to the address printed).

Run: .venv/bin/python tests/bench/bench_serve.py [runs]
Needs Playwright and the system Chromium. Prints numbers and the ratio; asserts nothing."""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_tui import DRAFTER, cold_start  # noqa: E402
from web.serving import Tab, chromium_path, serving  # noqa: E402

FIRST_SCREEN = ("中的项目和事实文件", "facts.toml", "新建项目")


def browser_cold_start(url: str, browser: object, runs: int) -> float:
    """Median seconds from opening the address in a new tab to the start screen."""
    samples = []
    for _ in range(runs):
        context = browser.new_context(viewport={"width": 1280, "height": 800})  # type: ignore[attr-defined]
        tab = Tab(context)
        t0 = time.perf_counter()
        tab.open(url)
        tab.wait_for(*FIRST_SCREEN)
        samples.append(time.perf_counter() - t0)
        context.close()  # the tab's app process quits
    return statistics.median(samples)


def server_start(folder: Path, runs: int) -> float:
    samples = []
    for _ in range(runs):
        t0 = time.perf_counter()
        with serving(folder):
            samples.append(time.perf_counter() - t0)
    return statistics.median(samples)


def main() -> None:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 7
    executable = chromium_path()
    if executable is None:
        sys.exit("no system Chromium (Debian: apt-get install chromium)")
    from playwright.sync_api import sync_playwright

    cold_start(DRAFTER, 1)  # warm the file cache
    terminal = cold_start(DRAFTER, runs)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "公文"
        folder.mkdir()
        (folder / "facts.toml").write_bytes(
            (ROOT / "templates" / "implementation_plan" / "example.toml").read_bytes())
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=executable)
            with serving(folder) as served:
                browser_cold_start(served.url, browser, 1)  # warm up
                browser_tab = browser_cold_start(served.url, browser, runs)
            browser.close()
        server = server_start(folder, runs)
    print(f"cold start to the first screen (median of {runs}):")
    print(f"  terminal (app process, headless):        {terminal * 1000:.0f} ms")
    print(f"  browser tab (page + websocket + app process, server running): "
          f"{browser_tab * 1000:.0f} ms  = {browser_tab / terminal:.2f}× the terminal")
    print(f"  drafter serve start-up (to the address printed): {server * 1000:.0f} ms")


if __name__ == "__main__":
    main()
