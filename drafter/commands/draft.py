"""`drafter draft FACTS -o OUT`: draft a whole document headless and save the project."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from drafter.commands._common import (
    add_endpoint_options,
    add_output_options,
    check_and_write,
    print_warnings,
    writer_from_args,
)
from drafter.export import check_output

if TYPE_CHECKING:
    from drafter.facts import Facts
    from drafter.project.pipeline import SectionDone


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("draft", help="由事实文件起草整篇文档")
    p.add_argument("facts", type=Path, metavar="FACTS", help="事实文件（TOML）")
    add_output_options(p)
    p.add_argument("--project", type=Path, metavar="P",
                   help="项目文件（起草状态）的保存位置，默认与输出文件同名 .drafter.json")
    add_endpoint_options(p, backend=True)
    p.add_argument("--concurrency", type=int, default=4, metavar="N",
                   help="同时起草的章节数（默认 4）")
    p.set_defaults(func=run)


def default_project_path(out: Path) -> Path:
    return out.with_name(f"{out.stem}.drafter.json")


def progress(done: SectionDone) -> None:
    """One line on stderr per finished section."""
    draft = done.draft
    extra = ""
    if draft.prompt_tokens or draft.completion_tokens:
        extra += f"  令牌 {draft.prompt_tokens}+{draft.completion_tokens}"
    if draft.note:
        extra += f"  {draft.note}"
    print(f"[{done.index}/{done.total}] {done.section.label}  {len(draft.text.strip())} 字"
          f"  {done.seconds:.2f} 秒{extra}", file=sys.stderr)


def run(args: argparse.Namespace) -> int:
    from drafter.facts import load_facts
    from drafter.files import refuse_overwrite
    from drafter.kinds import kind_ids
    from drafter.session.locking import ProjectLock

    check_output(args.output)
    path = args.project or default_project_path(args.output)
    refuse_overwrite(args.output, "-o", {"事实文件": args.facts, "项目文件": path})
    refuse_overwrite(path, "--project", {"事实文件": args.facts})
    facts = load_facts(args.facts, kinds=kind_ids())
    print_warnings(facts.warnings)
    lock = ProjectLock(path)
    lock.acquire()  # a window or another draft editing this project → ProjectLocked, exit 2
    try:
        return _draft(args, facts, path)
    finally:
        lock.release()


def _draft(args: argparse.Namespace, facts: Facts, path: Path) -> int:
    import asyncio

    from drafter.project.pipeline import draft_sections, open_or_create

    project = open_or_create(path, facts)  # unreadable → ProjectError, file untouched
    writer = writer_from_args(args)

    async def draft_all() -> None:
        try:
            await draft_sections(project, facts, writer, concurrency=args.concurrency,
                                 on_done=progress)
        finally:
            await writer.aclose()

    try:
        asyncio.run(draft_all())
    finally:
        project.save()
        print(f"项目已保存：{path}", file=sys.stderr)
        if tokens_line := getattr(writer, "tokens_line", None):
            print(f"合计：{tokens_line()}", file=sys.stderr)
    code = check_and_write(project, facts, args)
    if any("【待补充" in s.text for s in project.sections):
        print("文中仍有【待补充】标记，请在事实文件中补充后重新起草。", file=sys.stderr)
        code = max(code, 1)
    return code
