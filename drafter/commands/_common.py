"""Pieces shared by `draft` and `export`: output options, the check gate, the write."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from drafter.drafting import assemble
from drafter.errors import InputError, Problem
from drafter.facts import Facts
from drafter.project import Project

OUTPUT_SUFFIXES = (".docx", ".md", ".txt")


def add_output_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("-o", "--output", required=True, type=Path, metavar="OUT",
                   help="输出文件：.docx、.md 或 .txt")
    p.add_argument("--force", action="store_true",
                   help="即使仍有错误级问题也写出文件（问题处在 Word 中高亮）")
    p.add_argument("--fonts", choices=("gb", "windows"), default="gb",
                   help="字体方案：gb（仿宋_GB2312 等，机关常用）或 windows（仿宋、宋体等）")
    p.add_argument("--reference-docx", type=Path, metavar="FILE",
                   help="使用自己的 Word 模板中的样式")


def check_output_path(out: Path) -> None:
    if out.suffix.lower() not in OUTPUT_SUFFIXES:
        raise InputError(f"输出文件 {out} 的扩展名应为 {'、'.join(OUTPUT_SUFFIXES)} 之一")
    if not out.parent.exists():
        raise InputError(f"输出目录不存在：{out.parent}")


def print_warnings(problems: tuple[Problem, ...] | list[Problem]) -> None:
    for p in problems:
        print(f"警告：{p}", file=sys.stderr)


def finish(project: Project, facts: Facts, args: argparse.Namespace) -> int:
    """Check the assembled document and write it; the exit code follows CLI.md."""
    from drafter.export import ExportOptions, Highlight, export
    from drafter.review import document_lines
    from drafter.rules import check

    document = assemble(project, facts)
    lines, places = document_lines(project, facts, document)
    findings = check(lines, facts)
    errors = [f for f in findings if f.severity == "error"]
    names = {s.id: s.label for s in project.sections}
    for f in findings:
        kind = "错误" if f.severity == "error" else "警告"
        place = places[f.line - 1] if f.line <= len(places) else None
        where = f"（“{names[place.section_id]}”第{place.paragraph + 1}段）" if place else ""
        print(f"{args.output.name}:{f.line}:{f.col}{where}: {kind} {f.rule}: {f.message}"
              f" «{f.excerpt}»", file=sys.stderr)
    if errors and not args.force:
        print(f"仍有 {len(errors)} 处错误，未写出 {args.output}。请修改事实或文本后重试，"
              "或加 --force 强制写出（问题处会高亮）。", file=sys.stderr)
        return 1
    highlights = tuple(
        Highlight(block=f.line - 1, start=f.col - 1, end=f.col - 1 + len(f.excerpt),
                  note=f.message)
        for f in findings if f.severity == "error")
    options = ExportOptions(profile=args.fonts, reference_docx=args.reference_docx,
                            highlights=highlights)
    export(document, args.output, options)
    print(f"已写出 {args.output}", file=sys.stderr)
    return 1 if errors else 0
