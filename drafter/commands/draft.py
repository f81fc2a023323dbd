"""`drafter draft FACTS -o OUT`: draft a whole document headless and save the project."""

from __future__ import annotations

import argparse
import asyncio
import sys
from pathlib import Path

from drafter.commands._common import add_output_options, check_output_path, finish, print_warnings
from drafter.drafting import SectionDone, draft_sections, new_project, sync_sections
from drafter.facts import load_facts
from drafter.kinds import get_kind, kind_ids
from drafter.project import load_project
from drafter.writers.builtin import BuiltinWriter, render_title


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("draft", help="由事实文件起草整篇文档")
    p.add_argument("facts", type=Path, metavar="FACTS", help="事实文件（TOML）")
    add_output_options(p)
    p.add_argument("--project", type=Path, metavar="P",
                   help="项目文件（起草状态）的保存位置，默认与输出文件同名 .drafter.json")
    p.add_argument("--backend", choices=("builtin",), default="builtin",
                   help="写作引擎：builtin（内置，无需模型和网络）")
    p.add_argument("--concurrency", type=int, default=4, metavar="N",
                   help="同时起草的章节数（默认 4）")
    p.set_defaults(func=run)


def _label(section_id: str) -> str:
    from drafter.kinds import _UNTITLED

    return _UNTITLED.get(section_id, section_id)


def default_project_path(out: Path) -> Path:
    return out.with_name(f"{out.stem}.drafter.json")


def run(args: argparse.Namespace) -> int:
    check_output_path(args.output)
    facts = load_facts(args.facts, kinds=kind_ids())
    print_warnings(facts.warnings)
    kind = get_kind(facts.doc.kind)
    path = args.project or default_project_path(args.output)
    if path.exists():
        project = load_project(path)  # unreadable → ProjectError, file untouched
        project.kind = kind.id
        project.facts_data = facts.data
        project.title = render_title(kind, facts)
        sync_sections(project, kind, facts)
    else:
        project = new_project(facts, kind)
    project.save(path)

    def progress(done: SectionDone) -> None:
        name = done.section.title or _label(done.section.id)
        print(f"[{done.index}/{done.total}] {name}  {done.chars} 字  {done.seconds:.2f} 秒",
              file=sys.stderr)

    asyncio.run(draft_sections(project, facts, BuiltinWriter(),
                               concurrency=args.concurrency, on_done=progress))
    project.save()
    print(f"项目已保存：{path}", file=sys.stderr)
    return finish(project, facts, args)
