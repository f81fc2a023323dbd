"""Facts (FACTS.md, ../shared/spec/FACTS.md): the typed model (`model`), loading and
validation (`validate`), the key schema the validator, the TOML writer and the form share
(`schema`), and the TOML writer with the line index that puts lines in problems (`toml`).
"""

from __future__ import annotations

from drafter.facts.load import facts_from_data, load_facts, parse_facts
from drafter.facts.model import (
    DEFAULT_SELF,
    TASK_CATEGORIES,
    UNIT_FAMILY,
    UNIT_TYPES,
    Branch,
    Change,
    Doc,
    Facts,
    Figure,
    Guarantees,
    Honor,
    Leadership,
    Period,
    Phase,
    Slogan,
    Task,
    Unit,
    changes,
    earlier_same,
    format_number,
    slogan_count,
)

__all__ = [
    "DEFAULT_SELF",
    "TASK_CATEGORIES",
    "UNIT_FAMILY",
    "UNIT_TYPES",
    "Branch",
    "Change",
    "Doc",
    "Facts",
    "Figure",
    "Guarantees",
    "Honor",
    "Leadership",
    "Period",
    "Phase",
    "Slogan",
    "Task",
    "Unit",
    "changes",
    "earlier_same",
    "facts_from_data",
    "format_number",
    "load_facts",
    "parse_facts",
    "slogan_count",
]
