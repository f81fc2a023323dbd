"""Benchmark: how long short commands take from the shell, as ratios against
`python -c "import docx, jinja2"` measured in the same run (the floor any drafter command
that writes Word needs). Run: .venv/bin/python tests/bench/bench_startup.py [runs]

Prints medians and ratios; it asserts nothing (speed is measured here, not in unit tests;
that none of these loads openai or textual is asserted in tests/test_architecture.py)."""

from __future__ import annotations

import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

TARGET = 2.0  # the restructure issue's goal for each command


def median_seconds(argv: list[str], runs: int, cwd: Path) -> float:
    samples = []
    for _ in range(runs):
        started = time.perf_counter()
        subprocess.run(argv, cwd=cwd, capture_output=True, check=False)
        samples.append(time.perf_counter() - started)
    return statistics.median(samples)


def main() -> None:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 15
    exe = str(Path(sys.executable).with_name("drafter"))
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        (work / "one.txt").write_text("为进一步做好全年工作，制定本计划。\n", encoding="utf-8")
        example = subprocess.run([exe, "example", "work_plan"], capture_output=True,
                                 text=True, check=True).stdout
        (work / "facts.toml").write_text(example, encoding="utf-8")
        base = median_seconds([sys.executable, "-c", "import docx, jinja2"], runs, work)
        print(f"baseline  python -c 'import docx, jinja2'   {base * 1000:7.1f} ms")
        commands = {
            "drafter check one.txt": [exe, "check", "one.txt"],
            "drafter kinds": [exe, "kinds"],
            "drafter example work_plan": [exe, "example", "work_plan"],
            "drafter draft (built-in)": [exe, "draft", "facts.toml", "-o", "out.docx",
                                         "--backend", "builtin"],
        }
        for name, argv in commands.items():
            took = median_seconds(argv, runs, work)
            ratio = took / base
            mark = "" if ratio <= TARGET else f"  (over the {TARGET:.0f}× goal)"
            print(f"{name:40s}  {took * 1000:7.1f} ms  {ratio:4.2f}×{mark}")


if __name__ == "__main__":
    main()
