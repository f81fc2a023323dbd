"""`drafter check FILE...`: lint existing documents against the rules (RULES.md)."""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

from drafter.errors import InputError

MIN_YEAR, MAX_YEAR = 1949, 2100
"""The years --year accepts (as the facts file's doc.year)."""


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("check", help="按规则检查已有文档（.docx、.md、.txt）")
    p.add_argument("files", nargs="+", type=Path, metavar="FILE")
    p.add_argument("--facts", type=Path, metavar="FACTS", help="事实文件：据此核对数字来源")
    p.add_argument("--year", type=int, metavar="YYYY", help="文件所属年份（默认取事实或文中日期）")
    p.add_argument("--format", choices=("text", "json"), default="text", help="输出格式")
    p.add_argument("--terms", type=Path, metavar="FILE", help="补充或更正规范表述的术语文件")
    p.add_argument("--plan", type=Path, metavar="PLAN",
                   help="计划（事实文件、项目或文档）：核对总结是否写到了计划的每项任务、口号条目和数字")
    p.add_argument("--fix", action="store_true", help="应用可自动修正的问题，写到 -o 指定的文件")
    p.add_argument("-o", "--output", type=Path, metavar="OUT", help="--fix 的输出文件（.txt/.md）")
    p.add_argument("--annotate", type=Path, metavar="OUT.docx",
                   help="把每个问题作为批注写入 Word 文件（.docx 输入写副本，.txt/.md 输入新建）")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from drafter.export.reading import read_lines
    from drafter.facts import load_facts
    from drafter.files import refuse_overwrite
    from drafter.kinds import kind_ids
    from drafter.rules import apply_fixes, check
    from drafter.rules.model import document_year
    from drafter.terms import load_terms

    _check_options(args)
    for path in args.files:
        if args.fix:
            refuse_overwrite(args.output, "--fix -o", {"输入文件": path})
        if args.annotate is not None:
            refuse_overwrite(args.annotate, "--annotate", {"输入文件": path})
    facts = load_facts(args.facts, kinds=kind_ids()) if args.facts else None
    terms = load_terms(args.terms)
    results = []
    undated: list[Path] = []  # no year anywhere: outdated guidance cannot be judged
    for path in args.files:
        lines = read_lines(path)
        findings = check(lines, facts, year=args.year, terms=terms)
        if args.year is None and facts is None and document_year(lines) is None:
            undated.append(path)
        if args.fix:
            fixed = apply_fixes(lines, findings)
            _write_text(args.output, "\n".join(fixed) + "\n")
            findings = check(fixed, facts, year=args.year, terms=terms)
            print(f"已写出 {args.output}；仍有 {len(findings)} 处问题需要人工处理", file=sys.stderr)
        if args.annotate is not None:
            from drafter.export.annotate import annotate_docx

            placed = annotate_docx(path, findings, args.annotate,
                                   None if path.suffix.lower() == ".docx" else lines)
            print(f"已写出 {args.annotate}：{placed} 条批注", file=sys.stderr)
        results.append((path, findings))
    if args.plan is not None:  # coverage.missing: what the plan promised and FILE omits
        from drafter.importing.coverage import plan_coverage

        results += plan_coverage(args.plan, [path for path, _ in results])
    errors = sum(f.severity == "error" for _, fs in results for f in fs)
    warnings = sum(f.severity == "warning" for _, fs in results for f in fs)
    try:
        _report(args.format, results, errors, warnings, undated)
    except BrokenPipeError:  # `drafter check … | head`: the reader left, not an error of ours
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    return 1 if errors else 0


def _check_options(args: argparse.Namespace) -> None:
    """Refuse, before any file is read, options that cannot work together or a value
    that cannot be right. Raises InputError."""
    if args.fix and (args.output is None or len(args.files) != 1):
        raise InputError("--fix 需要正好一个输入文件，并用 -o 指定输出文件")
    if args.fix and args.output.suffix.lower() not in (".txt", ".md"):
        raise InputError(f"--fix 的输出文件应为 .txt 或 .md：{args.output}")
    if args.annotate is not None and (len(args.files) != 1
                                      or args.annotate.suffix.lower() != ".docx"):
        raise InputError("--annotate 需要正好一个输入文件，输出文件应为 .docx")
    if args.year is not None and not MIN_YEAR <= args.year <= MAX_YEAR:
        raise InputError(f"--year {args.year} 不是合理的年份：应为 {MIN_YEAR}–{MAX_YEAR} "
                         "之间的四位数，如 2026")
    if args.terms is not None and not args.terms.exists():
        raise InputError(f"找不到术语文件：{args.terms}（--terms）")
    if args.terms is not None and not args.terms.is_file():
        raise InputError(f"术语文件 {args.terms}（--terms）不是普通文件（是目录、管道或设备）")


def _write_text(path: Path, text: str) -> None:
    """Write the fixed text whole or not at all. Raises InputError when it cannot be."""
    from drafter.files import atomic_write, os_error_text

    try:
        atomic_write(path, text.encode("utf-8"))
    except OSError as e:
        raise InputError(f"无法写入 {path}：{os_error_text(e)}。没有写出任何文件") from None


NO_YEAR = "文中没有年份或成文日期，未检查指导思想等表述是否过时；可用 --year 或 --facts 指定"


def _report(fmt: str, results: list, errors: int, warnings: int, undated: list[Path]) -> None:
    if fmt == "json":
        print(json.dumps({"files": [{"file": str(p), "findings": [f.to_json() for f in fs],
                                     **({"notes": [NO_YEAR]} if p in undated else {})}
                                    for p, fs in results],
                          "summary": {"errors": errors, "warnings": warnings}},
                         ensure_ascii=False))
    else:
        for path in undated:
            print(f"{path}: 注意：{NO_YEAR}", file=sys.stderr)
        for path, findings in results:
            for f in findings:
                print(f"{path}:{f.line}:{f.col}: {f.rule}: {f.message} «{f.excerpt}»")
        print(f"{errors} 个错误，{warnings} 个警告", file=sys.stderr)
        sys.stdout.flush()
