"""`drafter serve [--dir DIR] [--port N] [--host H] [--open]`: the full-screen app in a
browser tab, through textual-serve. Each tab runs its own app process on this machine
(`drafter serve --tab …`, started by the server), so the model settings and the API key
stay here: the browser only receives the rendered screen.

Safe by default: bound to 127.0.0.1. Any other host is an explicit choice, and then every
request needs the random access token printed in the address. Nothing here imports
textual or the web server until `run`, so `drafter --help` stays light."""

from __future__ import annotations

import argparse
import os
import shlex
import sys
from pathlib import Path

from drafter.commands._common import ENDPOINT_FLAGS, add_endpoint_options, writer_from_args
from drafter.errors import InputError

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8000


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("serve", help="在浏览器中使用全屏界面（默认只允许本机访问）")
    p.add_argument("--dir", type=Path, default=Path("."), metavar="DIR",
                   help="工作文件夹：开始页列出其中的项目和事实文件，导出的文件也写在这里"
                        "（默认：当前文件夹）")
    p.add_argument("--port", type=int, default=DEFAULT_PORT, metavar="N",
                   help=f"端口（默认 {DEFAULT_PORT}；0 表示任选一个空闲端口）")
    p.add_argument("--host", default=DEFAULT_HOST, metavar="H",
                   help="监听地址（默认 127.0.0.1，只有本机能打开）。指定其他地址（如 0.0.0.0）"
                        "时，局域网内的电脑也能连接，此时每个请求都需要启动时显示的访问令牌")
    p.add_argument("--open", action="store_true", help="启动后用默认浏览器打开")
    p.add_argument("--tab", action="store_true", help=argparse.SUPPRESS)  # one tab's app
    add_endpoint_options(p, backend=True)
    p.set_defaults(func=run)


def tab_command(args: argparse.Namespace, folder: Path) -> str:
    """The shell command the server runs for each browser tab: this same program in tab
    mode, with the same writer options (never the key: it stays in the environment or
    the config file, read by the tab's process)."""
    argv = [sys.executable, "-m", "drafter", "serve", "--tab", "--dir", str(folder)]
    if getattr(args, "backend", None):
        argv += ["--backend", args.backend]
    for flag in ENDPOINT_FLAGS:
        if value := getattr(args, flag, None):
            argv += [f"--{flag.replace('_', '-')}", str(value)]
    return shlex.join(argv)


def run(args: argparse.Namespace) -> int:
    folder = Path(args.dir).expanduser().resolve()
    if not folder.is_dir():
        raise InputError(f"找不到文件夹：{args.dir}")
    if args.tab:
        return run_tab(args, folder)
    if not 0 <= args.port <= 65535:
        raise InputError(f"端口必须在 0 到 65535 之间：{args.port}")
    from drafter.ui.web import WebOptions, serve

    return serve(WebOptions(command=tab_command(args, folder), folder=folder,
                            host=args.host, port=args.port, open_browser=args.open))


def run_tab(args: argparse.Namespace, folder: Path) -> int:
    """One browser tab: the app, started in `folder`, its start screen listing it."""
    from drafter.ui.app import DrafterApp

    os.chdir(folder)
    DrafterApp(writer_from_args(args), folder=folder).run()
    return 0
