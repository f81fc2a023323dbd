"""`drafter export PROJECT -o OUT`: write a saved project to Word, Markdown or text."""

from __future__ import annotations

import argparse
from pathlib import Path

from drafter.commands._common import add_output_options, check_and_write
from drafter.export import check_output


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("export", help="把项目导出为 Word（.docx）、Markdown 或纯文本")
    p.add_argument("project", type=Path, metavar="PROJECT", help="项目文件（.drafter.json）")
    add_output_options(p)
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from drafter.files import refuse_overwrite
    from drafter.project import load_project

    check_output(args.output)
    refuse_overwrite(args.output, "-o", {"项目文件": args.project})
    project = load_project(args.project)
    return check_and_write(project, project.facts(), args)
