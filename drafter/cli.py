"""Composition root: parse arguments, pick implementations, map errors to exit codes."""

from __future__ import annotations

import argparse
import importlib
import re
import sys
from collections.abc import Callable, Iterable, Sequence
from typing import Any, NoReturn

from drafter import __version__
from drafter.errors import DrafterError, UsageError

# Sub-command modules in the order `drafter --help` lists them.
COMMANDS = ("tui", "serve", "kinds", "example", "import_", "next", "draft", "export", "check",
            "ledger", "update", "config", "doctor")


class HelpFormatter(argparse.HelpFormatter):
    """argparse's help layout with a Chinese usage line."""

    def add_usage(self, usage: str | None, actions: Iterable[argparse.Action],
                  groups: Iterable[Any], prefix: str | None = None) -> None:
        super().add_usage(usage, actions, groups, "用法：" if prefix is None else prefix)


class ArgumentParser(argparse.ArgumentParser):
    """argparse speaking Simplified Chinese: help headings, and usage errors raised as
    UsageError (exit 2) with argparse's English message translated. Sub-command parsers
    are of this class too (argparse makes them of their parent's class)."""

    def __init__(self, *args: Any, add_help: bool = True, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", HelpFormatter)
        super().__init__(*args, add_help=False, **kwargs)
        self._positionals.title = "位置参数"
        self._optionals.title = "选项"
        if add_help:
            self.add_argument("-h", "--help", action="help", default=argparse.SUPPRESS,
                              help="显示本帮助并退出")

    def error(self, message: str) -> NoReturn:
        """Raises UsageError: the translated message, then this command's usage."""
        raise UsageError(f"命令行有误：{translate_usage_error(message)}",
                         self.format_usage(), self.prog)


_TYPE_NAMES = {"int": "整数", "float": "数字", "Path": "路径"}
_USAGE_ERRORS: tuple[tuple[str, Callable[[re.Match[str]], str]], ...] = (
    (r"the following arguments are required: (.+)", lambda m: f"缺少必需的参数 {m[1]}"),
    (r"unrecognized arguments: (.+)", lambda m: f"无法识别的参数 {m[1]}"),
    (r"argument (.+?): (.+)", lambda m: f"{m[1]}：{translate_usage_error(m[2])}"),
    (r"invalid (\w+) value: (.+)",
     lambda m: f"{_unquote(m[2])} 不是有效的{_TYPE_NAMES.get(m[1], '值')}"),
    (r"invalid choice: (.+?) \(choose from (.+)\)",
     lambda m: f"没有“{_unquote(m[1])}”这一项，可选：{_unquote(m[2])}"),
    (r"expected one argument", lambda m: "后面需要一个值"),
    (r"expected at least one argument", lambda m: "后面至少需要一个值"),
    (r"expected at most one argument", lambda m: "后面最多只能有一个值"),
    (r"expected (\d+) arguments?", lambda m: f"后面需要 {m[1]} 个值"),
    (r"ambiguous option: (\S+) could match (.+)",
     lambda m: f"选项 {m[1]} 不明确，可能是 {m[2]}"),
    (r"one of the arguments (.+) is required", lambda m: f"必须给出 {m[1]} 之一"),
    (r"not allowed with argument (.+)", lambda m: f"不能与 {m[1]} 同时使用"),
    (r"ignored explicit argument (.+)", lambda m: f"不接受值 {_unquote(m[1])}"),
)


def _unquote(text: str) -> str:
    return re.sub(r"'([^']*)'", r"\1", text)


def translate_usage_error(message: str) -> str:
    """argparse's English error message in Simplified Chinese (one not known: kept,
    after a Chinese lead)."""
    for pattern, chinese in _USAGE_ERRORS:
        if m := re.fullmatch(pattern, message.strip(), flags=re.DOTALL):
            return chinese(m)
    return f"参数无法解析（{message}）"


def build_parser() -> argparse.ArgumentParser:
    parser = ArgumentParser(
        prog="drafter",
        description="起草工作计划、实施方案、工作总结等公文：事实 → 模板 → 规则检查 → Word。",
    )
    parser.add_argument("--version", action="version", version=f"drafter {__version__}",
                        help="显示版本号并退出")
    sub = parser.add_subparsers(dest="command", metavar="命令")
    for name in COMMANDS:
        importlib.import_module(f"drafter.commands.{name}").register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
        if not getattr(args, "func", None):
            if args.command is None and sys.stdin.isatty() and sys.stdout.isatty():
                args = parser.parse_args(["tui"])  # `drafter` alone opens the app
            else:
                parser.print_help()
                return 0
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
