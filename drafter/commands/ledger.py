"""`drafter ledger PROJECT [--format text|json]`: every number of every section with its
source in the facts (数字来源表), or 无来源. Exit 0 when every number has a source, 1 when
some have none."""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from drafter.project import Project
    from drafter.project.ledger import SectionLedger


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("ledger", help="列出项目每一节的每个数字及其在事实中的来源（数字来源表）")
    p.add_argument("project", type=Path, metavar="PROJECT", help="项目文件（.drafter.json）")
    p.add_argument("--format", choices=("text", "json"), default="text", help="输出格式")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from drafter.project import load_project
    from drafter.project.ledger import project_ledger

    project = load_project(args.project)
    ledgers = project_ledger(project)
    unsourced = sum(len(x.unsourced) for x in ledgers)
    try:
        _report(args.format, project, ledgers, unsourced)
    except BrokenPipeError:  # `drafter ledger … | head`: the reader left, not an error
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    return 1 if unsourced else 0


def _report(fmt: str, project: Project, ledgers: list[SectionLedger], unsourced: int) -> None:
    from drafter.project.ledger import ledger_json

    if fmt == "json":
        print(json.dumps(ledger_json(project, ledgers), ensure_ascii=False, indent=2))
        return
    for x in ledgers:
        print(f"【{x.label}】")
        if not x.entries:
            print("  （没有数字）")
        for e in x.entries:
            mark = "✗" if not e.kind else " "
            state = {"planned": "（计划）", "done": ""}.get(e.state, "")
            print(f"{mark} 第{e.line}行第{e.col}字  {e.number}  {e.label}{state}")
    total = sum(len(x.entries) for x in ledgers)
    sys.stdout.flush()
    print(f"共 {total} 个数字，{unsourced} 个没有来源", file=sys.stderr)
