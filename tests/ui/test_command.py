"""`drafter tui [FILE]`: the sub-command module the CLI registers."""

from __future__ import annotations

import argparse
from pathlib import Path

import pytest

from drafter.commands import tui
from drafter.errors import InputError
from drafter.ui.app import DrafterApp


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="drafter")
    tui.register(p.add_subparsers(dest="command"))
    return p


def test_a_missing_file_is_bad_input(tmp_path: Path) -> None:
    args = parser().parse_args(["tui", str(tmp_path / "无.toml")])
    with pytest.raises(InputError, match="找不到文件"):
        args.func(args)


def test_open_app_runs_the_app_on_the_file(facts_file: Path,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    ran: list[DrafterApp] = []
    monkeypatch.setattr(DrafterApp, "run", lambda self, **kw: ran.append(self))
    args = parser().parse_args(["tui", str(facts_file)])
    assert args.func(args) == 0
    (app,) = ran
    assert app.path == facts_file and app.writer.name == "builtin"
    assert parser().parse_args(["tui"]).file is None
