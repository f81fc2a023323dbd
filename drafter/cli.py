"""Composition root: parse arguments, pick implementations, map errors to exit codes."""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

from drafter import __version__
from drafter.errors import DrafterError

# Sub-command modules in the order `drafter --help` lists them.
COMMANDS = ("tui", "kinds", "example", "draft", "export", "check", "config", "doctor")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="drafter",
        description="起草工作计划、实施方案、工作总结等公文：事实 → 模板 → 规则检查 → Word。",
    )
    parser.add_argument("--version", action="version", version=f"drafter {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="命令")
    for name in COMMANDS:
        importlib.import_module(f"drafter.commands.{name}").register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        if args.command is None and sys.stdin.isatty() and sys.stdout.isatty():
            args = parser.parse_args(["tui"])  # `drafter` alone opens the app
        else:
            parser.print_help()
            return 0
    try:
        return int(args.func(args))
    except DrafterError as e:
        for line in e.lines():
            print(line, file=sys.stderr)
        return e.exit_code
    except KeyboardInterrupt:
        print("已中断。", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
