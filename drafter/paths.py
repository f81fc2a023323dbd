"""The one place that knows where templates/, prompts/ and the user's directories live."""

from __future__ import annotations

from pathlib import Path

import platformdirs

_PACKAGE = Path(__file__).resolve().parent

APP_NAME = "drafter"


def _resource(name: str) -> Path:
    # An installed wheel carries the folder inside the package (force-include in
    # pyproject.toml); a source checkout has it at the repository's top level.
    for candidate in (_PACKAGE / name, _PACKAGE.parent / name):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"drafter 安装不完整：找不到资源目录 {name}/（已查找 {_PACKAGE}）")


def templates_dir() -> Path:
    return _resource("templates")


def prompts_dir() -> Path:
    return _resource("prompts")


def data_dir() -> Path:
    """Data shipped inside the package (terms, timeline)."""
    return _PACKAGE / "data"


def user_config_dir() -> Path:
    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False))


def user_data_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
