"""Where the tests find their material: the kinds' examples, tests/facts, the seeds."""

from __future__ import annotations

from pathlib import Path

from drafter.kinds import all_kinds

TESTS = Path(__file__).resolve().parent.parent
FACTS_DIR = TESTS / "facts"
# CI clones the repo next to shared/; the seeds are read from there, never copied in.
SEEDS = TESTS.parent.parent / "shared" / "seeds"
EXAMPLE = TESTS.parent / "templates" / "implementation_plan" / "example.toml"

KIND_IDS = tuple(all_kinds())


def example_path(kind: str) -> Path:
    return all_kinds()[kind].directory / "example.toml"


def all_facts_files() -> list[Path]:
    """Every facts file the writer tests run over: the kinds' examples and tests/facts."""
    return [example_path(k) for k in KIND_IDS] + sorted(FACTS_DIR.glob("*.toml"))


def many_facts_files() -> list[Path]:
    """Facts files for units of many types: all_facts_files(), the corpus's facts and the
    blind sets written by people who never saw the templates (tests/facts/blind*)."""
    more = [*sorted((FACTS_DIR.parent / "corpus" / "facts").glob("*.toml")),
            *sorted(p for d in sorted(FACTS_DIR.glob("blind*")) if d.is_dir()
                    for p in d.glob("*.toml"))]
    return all_facts_files() + more
