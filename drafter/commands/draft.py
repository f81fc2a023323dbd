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
from drafter.writers.builtin import render_title
from drafter.writers.factory import add_endpoint_options, make_writer


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("draft", help="由事实文件起草整篇文档")
    p.add_argument("facts", type=Path, metavar="FACTS", help="事实文件（TOML）")
    add_output_options(p)
    p.add_argument("--project", type=Path, metavar="P",
                   help="项目文件（起草状态）的保存位置，默认与输出文件同名 .drafter.json")
    p.add_argument("--backend", choices=("builtin", "openai"), default=None,
                   help="写作引擎：builtin（内置，无需模型和网络）或 openai（OpenAI 兼容端点）；"
                        "默认：已配置端点时用 openai，否则 builtin")
    add_endpoint_options(p)
    p.add_argument("--concurrency", type=int, default=4, metavar="N",
                   help="同时起草的章节数（默认 4）")
    p.set_defaults(func=run)


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

    writer = make_writer(args)

    def progress(done: SectionDone) -> None:
        name = done.section.label
        draft = done.draft
        extra = ""
        if draft.prompt_tokens or draft.completion_tokens:
            extra += f"  令牌 {draft.prompt_tokens}+{draft.completion_tokens}"
        if draft.note:
            extra += f"  {draft.note}"
        print(f"[{done.index}/{done.total}] {name}  {len(draft.text.strip())} 字"
              f"  {done.seconds:.2f} 秒{extra}", file=sys.stderr)

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
        if hasattr(writer, "tokens_line"):
            print(f"合计：{writer.tokens_line()}", file=sys.stderr)
    code = finish(project, facts, args)
    if any("【待补充" in s.text for s in project.sections):
        print("文中仍有【待补充】标记，请在事实文件中补充后重新起草。", file=sys.stderr)
        code = max(code, 1)
    return code
