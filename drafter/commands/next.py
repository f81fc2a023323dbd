"""`drafter next SOURCE --kind KIND [--year Y] [--date D] -o FACTS.toml`: the facts of
the next document of the annual loop — last year's 总结 → this year's 计划/方案, a
计划/方案 → the 总结/汇报 of the same work. SOURCE is a facts file, a project
(.drafter.json) or a document (.docx/.txt/.md, imported first). Exit 0 when the file
validates, 2 when something required is still to fill (the 成文日期 unless --date)."""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("next", help="由总结生成下一年的计划，或由计划生成同一工作的总结")
    p.add_argument("source", type=Path, metavar="SOURCE",
                   help="事实文件（.toml）、项目文件（.drafter.json）或文档（.docx、.txt、.md）")
    p.add_argument("--kind", required=True, metavar="KIND",
                   help="要生成的文种：work_plan、implementation_plan、party_branch_plan（由总结）"
                        "或 work_summary、creation_report（由计划）")
    p.add_argument("--year", type=int, metavar="YYYY",
                   help="新文档的年份（默认：由总结生成时为下一年，由计划生成时为同一年）")
    p.add_argument("--date", metavar="YYYY-MM-DD", help="成文日期（默认留给你填写）")
    p.add_argument("-o", "--output", type=Path, required=True, metavar="FACTS",
                   help="写出的事实文件（.toml）")
    p.add_argument("--force", action="store_true", help="覆盖已有的输出文件")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from drafter.errors import InputError
    from drafter.importing.carry import carry
    from drafter.importing.files import check_output, write_facts
    from drafter.importing.loading import load_source
    from drafter.kinds import get_kind

    check_output(args.output, {"SOURCE": args.source}, force=args.force)
    get_kind(args.kind)
    if args.date is not None:
        try:
            date.fromisoformat(args.date)
        except ValueError:
            raise InputError(f"--date {args.date}：不是有效日期，"
                             "应写成 2026-01-04 的形式") from None
    source = load_source(args.source)
    facts = carry(source, args.kind, year=args.year, date=args.date)
    written = write_facts(facts, args.output)
    for line in written.lines():
        print(line, file=sys.stderr)
    return 0 if written.complete else 2
