"""`drafter export PROJECT -o OUT [--ledger]`: write a saved project to Word, Markdown or
text; with --ledger also the 数字来源表 (OUT's name + `.数字来源表.csv`) beside it."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from drafter.commands._common import add_output_options, check_and_write
from drafter.export import check_output
from drafter.export.options import LEDGER_SUFFIX


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("export", help="把项目导出为 Word（.docx）、Markdown 或纯文本")
    p.add_argument("project", type=Path, metavar="PROJECT", help="项目文件（.drafter.json）")
    add_output_options(p)
    p.add_argument("--ledger", action="store_true",
                   help=f"同时在旁边写出数字来源表（文件名加 {LEDGER_SUFFIX}）")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from drafter.files import refuse_overwrite
    from drafter.project import load_project
    from drafter.project.ledger import ledger_path, write_ledger_csv

    check_output(args.output)
    refuse_overwrite(args.output, "-o", {"项目文件": args.project})
    if args.ledger:
        refuse_overwrite(ledger_path(args.output), "--ledger", {"项目文件": args.project})
    project = load_project(args.project)
    code = check_and_write(project, project.facts(), args)
    if args.ledger and (code == 0 or args.force):
        print(f"已写出 {write_ledger_csv(project, args.output)}", file=sys.stderr)
    return code
