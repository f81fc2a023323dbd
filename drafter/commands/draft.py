"""`drafter draft FACTS -o OUT`: draft a whole document headless and save the project.

While sections are written, a progress line goes to stderr every few seconds (which
section, how long it has waited, tokens so far). Ctrl-C or SIGTERM stops the run: every
finished section stays, each answer in progress is saved as a candidate, the project is
saved, and the exit code is 130 (SIGINT) or 143 (SIGTERM)."""

from __future__ import annotations

import argparse
import signal
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
from drafter.facts.model import BLANK

if TYPE_CHECKING:
    import asyncio
    from collections.abc import Callable

    from drafter.facts import Facts
    from drafter.project.pipeline import SectionDone
    from drafter.writers.base import Writer
    from drafter.writers.progress import ProgressBoard

PROGRESS_SECONDS = 5.0
"""Seconds between two progress lines while sections are being written."""
EXIT_CODES = {signal.SIGINT: 130, signal.SIGTERM: 143}


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("draft", help="由事实文件起草整篇文档")
    p.add_argument("facts", type=Path, metavar="FACTS", help="事实文件（TOML）")
    add_output_options(p)
    p.add_argument("--project", type=Path, metavar="P",
                   help="项目文件（起草状态）的保存位置，默认与输出文件同名 .drafter.json")
    add_endpoint_options(p, backend=True)
    p.add_argument("--concurrency", type=int, default=4, metavar="N",
                   help="同时起草的章节数（默认 4；本机 CPU 上的小模型建议 1）")
    p.add_argument("--redraft-confirmed", action="store_true",
                   help="也重新起草已确认的章节（默认保留其现有文字）")
    p.add_argument("--allow-sensitive", action="store_true",
                   help="事实或文稿含密级标志、身份证号或成批电话号码时，仍发送到非本机的模型端点")
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


def _refuse_sensitive(writer: Writer, facts: Facts, path: Path,
                      args: argparse.Namespace) -> None:
    """Before anything is sent or saved: sensitive facts, or sensitive text in the project
    at `path`, for an endpoint off this machine without --allow-sensitive →
    SensitiveRefused (exit 2), the project file untouched."""
    from drafter.project import load_project

    refusal = getattr(writer, "outbound_refusal", None)
    if refusal is None:
        return
    if args.allow_sensitive:
        writer.allow_sensitive = True  # type: ignore[attr-defined]
        return
    sections = load_project(path).sections if path.exists() else []
    texts = [(f"章节“{s.label}”", s.text) for s in sections]
    if error := refusal(facts.data, texts):
        raise error


async def _report(board: ProgressBoard) -> None:
    """Every PROGRESS_SECONDS, one line on stderr while sections are in progress."""
    import asyncio

    while True:
        await asyncio.sleep(PROGRESS_SECONDS)
        if line := board.line():
            print(line, file=sys.stderr, flush=True)


def _draft(args: argparse.Namespace, facts: Facts, path: Path) -> int:
    import asyncio

    from drafter.project.pipeline import (
        draft_sections,
        length_note,
        open_or_create,
        sections_to_draft,
    )
    from drafter.writers.progress import ProgressBoard

    writer = writer_from_args(args)
    _refuse_sensitive(writer, facts, path, args)
    project = open_or_create(path, facts)  # unreadable → ProjectError, file untouched
    if not args.redraft_confirmed:
        todo = {s.id for s in sections_to_draft(project)}
        kept = [s.label for s in sections_to_draft(project, include_confirmed=True)
                if s.id not in todo]
        if kept:
            print(f"保留已确认的 {len(kept)} 节：{'、'.join(kept)}（加 --redraft-confirmed "
                  "可重新起草）", file=sys.stderr)
    board = ProgressBoard(getattr(writer, "model", ""))
    stopped: list[int] = []  # the signal that stopped the run

    async def draft_all() -> None:
        loop = asyncio.get_running_loop()
        main = asyncio.current_task()
        assert main is not None
        handled = _on_signals(loop, lambda n: (stopped.append(n), main.cancel()))
        reporter = asyncio.create_task(_report(board))
        try:
            await draft_sections(project, facts, writer, concurrency=args.concurrency,
                                 on_done=progress, board=board,
                                 include_confirmed=args.redraft_confirmed)
        except asyncio.CancelledError:
            if not stopped:
                raise
        finally:
            reporter.cancel()
            for signum in handled:
                loop.remove_signal_handler(signum)
            await writer.aclose()

    try:
        asyncio.run(draft_all())
    except asyncio.CancelledError:  # a signal while the run was closing
        if not stopped:
            raise
    finally:
        project.save()
        print(f"项目已保存：{path}", file=sys.stderr)
        if tokens_line := getattr(writer, "tokens_line", None):
            print(f"合计：{tokens_line()}", file=sys.stderr)
    if stopped:
        return _interrupted(board, stopped[0])
    code = check_and_write(project, facts, args)
    if note := length_note(project, facts):
        print(note, file=sys.stderr)
    if blanks := sum(s.text.count(BLANK) for s in project.sections):
        print(f"文中按备注要求留出空白（{BLANK}）{blanks} 处，数字出来后请填写。", file=sys.stderr)
    if any("【待补充" in s.text for s in project.sections):
        print("文中仍有【待补充】标记，请在事实文件中补充后重新起草。", file=sys.stderr)
        code = max(code, 1)
    return code


def _on_signals(loop: asyncio.AbstractEventLoop, stop: Callable[[int], object]) -> list[int]:
    """Route SIGINT and SIGTERM to `stop(signum)` while the loop runs; returns the signals
    handled (none off the main thread, where the default handling stays)."""
    handled = []
    for signum in EXIT_CODES:
        try:
            loop.add_signal_handler(signum, stop, signum)
        except (ValueError, RuntimeError, NotImplementedError):
            continue
        handled.append(signum)
    return handled


def _interrupted(board: ProgressBoard, signum: int) -> int:
    how = "Ctrl-C" if signum == signal.SIGINT else "SIGTERM"
    print(f"已中断（{how}）：已完成的 {len(board.finished)} 节已保存在项目文件中；"
          f"{len(board.interrupted)} 节未完成的答复已作为候选保存"
          f"{'（' + '、'.join(board.interrupted) + '）' if board.interrupted else ''}，"
          "可在全屏界面中采纳或放弃；未写出文档。", file=sys.stderr)
    return EXIT_CODES[signal.Signals(signum)]
