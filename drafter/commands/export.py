"""`drafter export PROJECT -o OUT [--ledger]`: write a saved project to Word, Markdown or
text; with --ledger also the 数字来源表 (OUT's name + `.数字来源表.csv`) beside it."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from drafter.commands._common import add_output_options, check_and_write
from drafter.export import check_output

if TYPE_CHECKING:
    from drafter.project import Project

LEDGER_SUFFIX = ".数字来源表.csv"


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("export", help="把项目导出为 Word（.docx）、Markdown 或纯文本")
    p.add_argument("project", type=Path, metavar="PROJECT", help="项目文件（.drafter.json）")
    add_output_options(p)
    p.add_argument("--ledger", action="store_true",
                   help=f"同时在旁边写出数字来源表（文件名加 {LEDGER_SUFFIX}）")
    p.set_defaults(func=run)


def ledger_path(output: Path) -> Path:
    """Where --ledger writes the 数字来源表: 方案.docx → 方案.数字来源表.csv."""
    return output.with_name(output.stem + LEDGER_SUFFIX)


def run(args: argparse.Namespace) -> int:
    from drafter.files import refuse_overwrite
    from drafter.project import load_project

    check_output(args.output)
    refuse_overwrite(args.output, "-o", {"项目文件": args.project})
    if args.ledger:
        refuse_overwrite(ledger_path(args.output), "--ledger", {"项目文件": args.project})
    project = load_project(args.project)
    code = check_and_write(project, project.facts(), args)
    if args.ledger and (code == 0 or args.force):
        _write_ledger(project, ledger_path(args.output))
    return code


def _write_ledger(project: Project, path: Path) -> None:
    """Write the project's 数字来源表 whole or not at all. Raises InputError."""
    from drafter.errors import InputError
    from drafter.files import atomic_write, os_error_text
    from drafter.project.ledger import ledger_csv, project_ledger

    text = ledger_csv(project_ledger(project))
    try:
        atomic_write(path, ("\ufeff" + text).encode("utf-8"))
    except OSError as e:
        raise InputError(f"无法写入 {path}：{os_error_text(e)}") from None
    print(f"已写出 {path}", file=sys.stderr)
