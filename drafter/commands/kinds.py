"""`drafter kinds`: the document kinds with their sections."""

from __future__ import annotations

import argparse

from drafter.kinds import all_kinds


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("kinds", help="列出文种：标识、中文名、章节")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    for kind in all_kinds().values():
        sections = " · ".join(s.title or f"（{s.label}）" for s in kind.sections)
        print(f"{kind.id}\t{kind.name}\t{sections}")
    return 0

