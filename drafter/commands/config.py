"""`drafter config`: print the effective endpoint settings (the key masked) and where
each came from; `--init` writes a user config file with mode 0600."""

from __future__ import annotations

import argparse
import sys

from drafter.commands._common import add_endpoint_options, endpoint_flags, settings_from_args
from drafter.writers.config import ENDPOINT_PRESETS, config_path, write_config


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("config", help="显示模型端点的有效设置（密钥已遮盖）")
    add_endpoint_options(p)
    p.add_argument("--init", action="store_true",
                   help="按 --preset/--base-url/--model 写入用户配置文件（权限 0600，不含密钥）")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    path = config_path()
    if args.init:
        values = {k: v for k, v in endpoint_flags(args).items() if v}
        write_config(values, path)
        print(f"已写入配置文件：{path}", file=sys.stderr)
    settings = settings_from_args(args)
    print(f"配置文件：{path}{'' if path.exists() else '（不存在）'}")
    print(f"写作引擎：{'openai' if settings.configured else 'builtin（未配置端点）'}")
    if settings.configured:
        from drafter.writers.sensitive import is_local

        print("端点位置：" + ("本机" if is_local(settings.base_url) else
                          "非本机（发送前检查密级标志、身份证号和成批电话号码）"))
    for name, value, origin in settings.describe():
        print(f"{name} = {value}    # {origin}")
    print(f"可用预设：{'、'.join(ENDPOINT_PRESETS)}")
    return 0
