"""`drafter import FILE -o FACTS.toml [--kind KIND]`: a facts file from a document the
user already has (.docx, .txt, .md), every value commented with its source line, ending
with what is still to fill. Exit 0 when the file validates, 2 when required keys are
missing (the file is written either way) or the input cannot be read."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("import", help="由已有文档（.docx、.txt、.md）生成事实文件")
    p.add_argument("file", type=Path, metavar="FILE", help="已有的文档：.docx、.txt 或 .md")
    p.add_argument("-o", "--output", type=Path, required=True, metavar="FACTS",
                   help="写出的事实文件（.toml）")
    p.add_argument("--kind", metavar="KIND", help="文种（默认按标题判断；drafter kinds 列出全部）")
    p.add_argument("--part", type=int, metavar="N",
                   help="文件包含多篇文档（篇一、篇二…）时导入第 N 篇（默认第一篇有内容的）")
    p.add_argument("--force", action="store_true", help="覆盖已有的输出文件")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from drafter.errors import DrafterError, InputError
    from drafter.importing.extract import import_document
    from drafter.importing.files import check_output, write_facts
    from drafter.kinds import get_kind

    check_output(args.output, {"输入文件": args.file}, force=args.force)
    if args.kind:
        get_kind(args.kind)  # an unknown kind: InputError naming the kinds there are
    try:
        imported = import_document(args.file, kind=args.kind or "", part=args.part)
    except DrafterError:
        raise
    except Exception as e:  # a defect of ours must still end in a message, not a traceback
        raise InputError(f"导入 {args.file} 时出错（{type(e).__name__}: {e}）；没有写出任何文件。"
                         "这是 drafter 的缺陷，请把该文件附上报告") from None
    written = write_facts(imported, args.output)
    for line in written.lines():
        print(line, file=sys.stderr)
    return 0 if written.complete else 2
