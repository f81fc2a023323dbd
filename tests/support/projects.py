"""Saved projects to test with."""

from __future__ import annotations

from pathlib import Path

from drafter.facts import load_facts
from drafter.kinds import get_kind, kind_ids
from drafter.project import Project
from drafter.project.pipeline import new_project
from support.paths import EXAMPLE


def saved_example_project(tmp_path: Path) -> Project:
    """The example 实施方案's project, new (no text yet), saved in `tmp_path`."""
    facts = load_facts(EXAMPLE, kinds=kind_ids())
    project = new_project(facts, get_kind(facts.doc.kind))
    project.save(tmp_path / "p.drafter.json")
    return project


def project_beside(facts_file: Path) -> Path:
    """A new project (no text yet) from `facts_file`, saved beside it as plan.drafter.json."""
    facts = load_facts(facts_file, kinds=kind_ids())
    path = facts_file.with_name("plan.drafter.json")
    new_project(facts, get_kind(facts.doc.kind)).save(path)
    return path


def leaves(value: object) -> list[object]:
    """Every scalar inside facts data (a dict as tomllib gives it)."""
    if isinstance(value, dict):
        return [leaf for v in value.values() for leaf in leaves(v)]
    if isinstance(value, list):
        return [leaf for v in value for leaf in leaves(v)]
    return [value]
