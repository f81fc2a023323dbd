"""`drafter tui [FILE]`: the full-screen app; FILE is a facts file or a project."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from drafter.commands._common import add_endpoint_options, writer_from_args
from drafter.errors import InputError

if TYPE_CHECKING:
    from drafter.writers.base import Writer


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("tui", help="打开全屏界面（不带参数运行 drafter 也会打开）")
    p.add_argument("file", nargs="?", type=Path, metavar="FILE",
                   help="事实文件（.toml）或项目文件（.drafter.json）")
    add_endpoint_options(p, backend=True)
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    # The composition root picks the writer: the configured model, else the built-in one.
    return open_app(args.file, writer_from_args(args))


def open_app(path: Path | None = None, writer: Writer | None = None) -> int:
    """Open the app on `path` (or the start screen) with `writer` (default built-in)."""
    if path is not None and not path.exists():
        raise InputError(f"找不到文件：{path}")
    from drafter.ui.app import DrafterApp
    from drafter.writers.builtin import BuiltinWriter

    DrafterApp(writer or BuiltinWriter(), path=path).run()
    return 0
