"""Benchmark of the checker: throughput on 200,000 characters, re-checking one
2,000-character section, peak memory on a 20 MB file.
Run: .venv/bin/python tests/bench/bench_check.py   (prints numbers; asserts nothing)"""

from __future__ import annotations

import asyncio
import statistics
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from support.paths import example_path

from drafter.export.reading import read_lines
from drafter.facts import load_facts
from drafter.kinds import get_kind, kind_ids
from drafter.project.pipeline import assemble, draft_sections, new_project
from drafter.rules import check
from drafter.writers.builtin import BuiltinWriter


def sample_lines() -> tuple[list[str], object]:
    facts = load_facts(example_path("implementation_plan"), kinds=kind_ids())
    project = new_project(facts, get_kind(facts.doc.kind))
    asyncio.run(draft_sections(project, facts, BuiltinWriter(), save=False))
    return assemble(project, facts).text_lines(), facts


def repeat_to(lines: list[str], chars: int) -> list[str]:
    out: list[str] = []
    while sum(map(len, out)) < chars:
        out += lines
    return out


def median(fn, runs: int) -> float:
    samples = []
    for _ in range(runs):
        t = time.perf_counter()
        fn()
        samples.append(time.perf_counter() - t)
    return statistics.median(samples)


def main() -> None:
    lines, facts = sample_lines()
    check(lines, facts)  # warm: tables loaded, regexes compiled
    big = repeat_to(lines, 200_000)
    n = sum(map(len, big))
    t = median(lambda: check(big, facts), 5)
    print(f"throughput: {n:,} chars in {t * 1000:.0f} ms = {n / t:,.0f} chars/s "
          f"(target ≥ 1,000,000; with facts, all 13 rules)")
    section: list[str] = []
    for ln in lines:
        if sum(map(len, section)) >= 2000:
            break
        section.append(ln)
    t = median(lambda: check(section, facts), 50)
    size = sum(map(len, section))
    print(f"re-check one {size:,}-char section: {t * 1000:.2f} ms (target < 5 ms)")
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "big.txt"
        path.write_text("\n".join(repeat_to(lines, 20_000_000 // 3)), encoding="utf-8")
        size = path.stat().st_size
        tracemalloc.start()
        t = time.perf_counter()
        found = check(read_lines(path))
        elapsed = time.perf_counter() - t
        peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
    print(f"20 MB file ({size / 1e6:.1f} MB, {len(found)} findings): {elapsed:.1f} s, "
          f"peak traced memory {peak / 1e6:.0f} MB")


if __name__ == "__main__":
    main()
