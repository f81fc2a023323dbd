"""`drafter update PROJECT --facts FACTS.toml`: new facts for a drafted project; every
number linked to a figure whose value changed (and to a ratio computed from it) is
rewritten in every section, as a new version noting the change. Exit 0; 2 for facts
that do not validate (the project is unchanged)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("update", help="事实中的数字改了：改写项目各节中引用这些数字的地方")
    p.add_argument("project", type=Path, metavar="PROJECT", help="项目文件（.drafter.json）")
    p.add_argument("--facts", type=Path, required=True, metavar="FACTS",
                   help="新的事实文件（TOML）")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from drafter.facts import load_facts
    from drafter.kinds import kind_ids
    from drafter.project import load_project
    from drafter.project.update import update_figures

    project = load_project(args.project)
    facts = load_facts(args.facts, kinds=kind_ids())
    result = update_figures(project, facts)
    project.save()
    if not result.changes:
        print("没有数值改变的数字；已更新事实，正文未改动", file=sys.stderr)
        return 0
    for change in result.changes:
        print(f"数字改变：{change.label}")
    for section, count in result.sections:
        print(f"已改写“{section.label}”{count} 处（新版本）")
    if not result.sections:
        print("正文中没有引用这些数字的地方")
    for section in result.review:
        why = "已锁定" if section.locked else "已确认"
        print(f"请查看：“{section.label}”{why}，也已改写；需要时可撤销到上一版本", file=sys.stderr)
    print(f"项目已保存：{project.path}", file=sys.stderr)
    return 0
