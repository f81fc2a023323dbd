"""Take docs/web-start.png: the start screen of `drafter serve` in Chromium, on a folder
with two facts files and one project.

Run: .venv/bin/python tests/web/make_screenshot.py   (needs Playwright, the system
Chromium and a CJK font such as Debian's fonts-noto-cjk)."""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tests"))

from web.serving import Tab, chromium_path, serving  # noqa: E402

OUT = ROOT / "docs" / "web-start.png"
FILES = {"实施方案.toml": "implementation_plan", "工作计划.toml": "work_plan",
         "工作总结.toml": "work_summary"}


def example(kind: str) -> bytes:
    return subprocess.run([sys.executable, "-m", "drafter", "example", kind], cwd=ROOT,
                          check=True, capture_output=True).stdout


def main() -> None:
    executable = chromium_path()
    if executable is None:
        sys.exit("no system Chromium (Debian: apt-get install chromium)")
    from playwright.sync_api import sync_playwright

    base = Path(tempfile.mkdtemp())
    folder = base / "home" / "院办公文"  # shown as ~/院办公文
    folder.mkdir(parents=True)
    try:
        for name, kind in FILES.items():
            (folder / name).write_bytes(example(kind))
        summary = folder / "工作总结.toml"
        subprocess.run([sys.executable, "-m", "drafter", "draft", str(summary), "-o",
                        str(folder / "工作总结.docx")], cwd=ROOT, check=True,
                       capture_output=True)
        summary.unlink()  # the project stays; its facts live inside it
        with sync_playwright() as playwright, serving(folder, home=base / "home") as served:
            browser = playwright.chromium.launch(executable_path=executable)
            context = browser.new_context(viewport={"width": 1100, "height": 620})
            tab = Tab(context)
            tab.open(served.url)
            tab.wait_for("工作总结.drafter.json", "实施方案.toml", "工作计划.toml",
                         "n 新建项目")
            tab.page.screenshot(path=str(OUT))
            browser.close()
    finally:
        shutil.rmtree(base, ignore_errors=True)
    print(f"wrote {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
