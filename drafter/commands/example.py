"""`drafter example KIND`: an annotated facts file that validates and drafts."""

from __future__ import annotations

import argparse
import sys

from drafter.kinds import get_kind


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("example", help="输出某一文种的示例事实文件（带注释）")
    p.add_argument("kind", metavar="KIND", help="文种标识，见 drafter kinds")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    kind = get_kind(args.kind)
    text = (kind.directory / "example.toml").read_text(encoding="utf-8")
    sys.stdout.write(text)
    return 0
