"""Benchmark: drafting plus export of the example, beside the bare start-up of Python with
docx and jinja2 imported. Run: .venv/bin/python tests/bench/bench_draft.py [runs]

Prints medians and ratios; it asserts nothing (speed is measured here, not in unit tests)."""

from __future__ import annotations

import asyncio
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def median_seconds(fn, runs: int) -> float:
    samples = []
    for _ in range(runs):
        started = time.perf_counter()
        fn()
        samples.append(time.perf_counter() - started)
    return statistics.median(samples)


def main() -> None:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 15
    exe = Path(sys.executable).with_name("drafter")
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp)
        example = subprocess.run([str(exe), "example", "implementation_plan"],
                                 capture_output=True, text=True, check=True).stdout
        facts_path = out / "facts.toml"
        facts_path.write_text(example, encoding="utf-8")

        bare = median_seconds(lambda: subprocess.run(
            [sys.executable, "-c", "import docx, jinja2"], check=True), runs)
        cli = median_seconds(lambda: subprocess.run(
            [str(exe), "draft", str(facts_path), "-o", str(out / "a.docx")],
            check=True, capture_output=True), runs)

        # In-process: the drafting work itself, after imports and template compilation.
        from drafter.export import export
        from drafter.facts import load_facts
        from drafter.kinds import get_kind, kind_ids
        from drafter.project.pipeline import assemble, draft_sections, new_project
        from drafter.rules import check
        from drafter.writers.builtin import BuiltinWriter

        def draft_only() -> None:
            facts = load_facts(facts_path, kinds=kind_ids())
            project = new_project(facts, get_kind(facts.doc.kind))
            asyncio.run(draft_sections(project, facts, BuiltinWriter(), save=False))
            document = assemble(project, facts)
            check(document.text_lines(), facts)
            export(document, out / "b.docx")

        draft_only()  # warm: templates compiled, data files read
        work = median_seconds(draft_only, runs)

    print(f"runs: {runs}")
    print(f"bare start-up  python -c 'import docx, jinja2'   {bare * 1000:8.1f} ms")
    print(f"drafter draft  (whole command, example)          {cli * 1000:8.1f} ms"
          f"   = {cli / bare:.2f}x bare start-up")
    print(f"drafting work  (facts→sections→check→docx, warm) {work * 1000:8.1f} ms"
          f"   = {work / bare:.2f}x bare start-up (goal: well under 1x)")


if __name__ == "__main__":
    main()
