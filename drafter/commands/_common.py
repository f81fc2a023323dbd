"""Pieces the sub-commands share: option groups, settings and writer from the options,
the check report and the write gate. Imports stay light: each command's heavy work is
imported inside its `run`, so `drafter check` never loads the LLM SDK or the TUI."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from drafter.errors import Problem
from drafter.export.options import FONT_PROFILES, FORMATS
from drafter.writers.config import ENDPOINT_PRESETS
from drafter.writers.factory import BACKENDS

if TYPE_CHECKING:
    from drafter.facts import Facts
    from drafter.project import Project
    from drafter.writers.base import Writer
    from drafter.writers.config import Settings

ENDPOINT_FLAGS = ("preset", "base_url", "model")


def add_output_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("-o", "--output", required=True, type=Path, metavar="OUT",
                   help=f"输出文件：{'、'.join('.' + f for f in FORMATS)}")
    p.add_argument("--force", action="store_true",
                   help="即使仍有错误级问题也写出文件（问题处在 Word 中高亮）")
    p.add_argument("--fonts", choices=tuple(FONT_PROFILES), default="gb",
                   help="字体方案：" + "；".join(f"{k}（{v}）" for k, v in FONT_PROFILES.items()))
    p.add_argument("--reference-docx", type=Path, metavar="FILE",
                   help="使用自己的 Word 模板中的样式")


def add_endpoint_options(p: argparse.ArgumentParser, *, backend: bool = False) -> None:
    """Endpoint flags (the key is never a flag: OPENAI_API_KEY or the config file)."""
    if backend:
        p.add_argument("--backend", choices=BACKENDS, default=None,
                       help="写作引擎：builtin（内置，无需模型和网络）或 openai"
                            "（OpenAI 兼容端点）；默认：已配置端点时用 openai，否则 builtin")
    p.add_argument("--preset", metavar="NAME",
                   help=f"预设端点：{'、'.join(ENDPOINT_PRESETS)}")
    p.add_argument("--base-url", dest="base_url", metavar="URL",
                   help="OpenAI 兼容端点地址（覆盖 OPENAI_BASE_URL）")
    p.add_argument("--model", metavar="NAME", help="模型名称（覆盖 DRAFTER_MODEL）")


def endpoint_flags(args: argparse.Namespace) -> dict[str, Any]:
    return {k: getattr(args, k, None) for k in ENDPOINT_FLAGS}


def settings_from_args(args: argparse.Namespace) -> Settings:
    """Flags → environment → user config file (writers/config.py)."""
    from drafter.writers.config import load_settings

    settings = load_settings(endpoint_flags(args))
    for warning in settings.warnings:
        print(f"警告：{warning}", file=sys.stderr)
    return settings


def writer_from_args(args: argparse.Namespace) -> Writer:
    """`--backend builtin|openai`; unset → openai when an endpoint is configured. Asked
    for openai with nothing configured, the openai preset fills the gaps."""
    from drafter.writers.config import load_settings
    from drafter.writers.factory import make_writer

    settings = settings_from_args(args)
    backend = getattr(args, "backend", None)
    if backend == "openai" and not settings.configured:
        settings = load_settings({**endpoint_flags(args), "preset": "openai"})
    return make_writer(settings, backend)


def print_warnings(problems: Sequence[Problem]) -> None:
    for p in problems:
        print(f"警告：{p}", file=sys.stderr)


def check_and_write(project: Project, facts: Facts, args: argparse.Namespace) -> int:
    """Check the assembled document, report every finding at its line in the output file
    and its section, and write it unless errors remain without --force; the exit code
    follows CLI.md (0 clean, 1 errors remain)."""
    from drafter.export import ExportOptions
    from drafter.project.pipeline import check_project, export_checked

    checked = check_project(project, facts)
    names = {s.id: s.label for s in project.sections}
    for item in checked.located:
        f, place = item.finding, item.place
        kind = "错误" if f.severity == "error" else "警告"
        where = f"（“{names[place.section_id]}”第{place.paragraph + 1}段）" if place else ""
        print(f"{args.output.name}:{f.line}:{f.col}{where}: {kind} {f.rule}: {f.message}"
              f" «{f.excerpt}»", file=sys.stderr)
    errors = checked.errors
    if errors and not args.force:
        print(f"仍有 {len(errors)} 处错误，未写出 {args.output}。请修改事实或文本后重试，"
              "或加 --force 强制写出（问题处会高亮）。", file=sys.stderr)
        return 1
    export_checked(checked, args.output,
                   ExportOptions(profile=args.fonts, reference_docx=args.reference_docx))
    print(f"已写出 {args.output}", file=sys.stderr)
    return 1 if errors else 0
