"""Opening a project the app cannot use as it is: the app never crashes. Facts that do not
validate open in the facts form with each problem under its field, and once fixed the
project opens; a file that is no usable project is named with its problem, unchanged."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from support.paths import EXAMPLE
from textual.widgets import Input, Static

from drafter.facts import load_facts
from drafter.kinds import get_kind, kind_ids
from drafter.project import Version, load_project
from drafter.project.pipeline import new_project
from drafter.session.locking import lock_path
from drafter.ui.app import DrafterApp
from drafter.ui.screens.facts import FactsScreen
from drafter.ui.screens.start import StartScreen
from drafter.ui.screens.workspace import WorkspaceScreen
from drafter.writers.builtin import BuiltinWriter

pytestmark = pytest.mark.anyio


@pytest.fixture
def project_file(tmp_path: Path) -> Path:
    shutil.copy(EXAMPLE, tmp_path / "plan.toml")
    facts = load_facts(tmp_path / "plan.toml", kinds=kind_ids())
    project = new_project(facts, get_kind(facts.doc.kind))
    project.sections[0].add_version(Version("开头的文字。", "user"), project.sections[0].status)
    path = tmp_path / "plan.drafter.json"
    project.save(path)
    return path


def rewrite(path: Path, change) -> bytes:
    data = json.loads(path.read_text(encoding="utf-8"))
    change(data)
    raw = json.dumps(data, ensure_ascii=False, indent=2).encode("utf-8")
    path.write_bytes(raw)
    return raw


def app_on(path: Path, tmp_path: Path) -> DrafterApp:
    from drafter.session.recent import RecentStore

    return DrafterApp(BuiltinWriter(), path=path, recent=RecentStore(tmp_path / "recent.json"))


async def until(pilot, condition, rounds: int = 200) -> None:
    """Let the app run until `condition()` holds (by rounds of the event loop, not time)."""
    for _ in range(rounds):
        if condition():
            return
        await pilot.pause()
    assert condition()


def messages(app: DrafterApp) -> str:
    return "\n".join(n.message for n in app._notifications)


def year_text(data: dict) -> None:
    data["facts"]["doc"]["year"] = "二〇二六"


async def test_invalid_facts_open_in_the_form_and_once_fixed_the_project_opens(
        project_file: Path, tmp_path: Path) -> None:
    rewrite(project_file, year_text)
    app = app_on(project_file, tmp_path)
    async with app.run_test(size=(100, 30)) as pilot:
        await until(pilot, lambda: isinstance(app.screen, FactsScreen))
        assert "中的事实有问题" in messages(app) and "doc.year" in messages(app)
        year = app.screen.query_one("#f-doc-year")
        await until(pilot, lambda: "整数" in str(year.query_one(".field-error", Static)
                                                 .render()))
        year.query_one(Input).value = "2026"
        await pilot.press("ctrl+s")
        await until(pilot, lambda: isinstance(app.screen, WorkspaceScreen))
    saved = load_project(project_file)
    assert saved.facts_data["doc"]["year"] == 2026
    assert saved.sections[0].text == "开头的文字。"  # the sections and versions are kept
    assert app.return_code in (None, 0) and not lock_path(project_file).exists()


async def test_escape_from_the_form_leaves_the_project_file_as_it_was(
        project_file: Path, tmp_path: Path) -> None:
    raw = rewrite(project_file, lambda d: d["facts"].update(figures="不是表格数组"))
    app = app_on(project_file, tmp_path)
    async with app.run_test(size=(100, 30)) as pilot:
        await until(pilot, lambda: isinstance(app.screen, FactsScreen))
        await pilot.press("escape")
        await until(pilot, lambda: isinstance(app.screen, StartScreen))
        assert not lock_path(project_file).exists()  # free for another window again
    assert project_file.read_bytes() == raw and app.return_code in (None, 0)


@pytest.mark.parametrize(("change", "says"), [
    (lambda d: d["sections"][0]["versions"][0].update(text=None),
     "sections[0].versions[0].text: 应为文本，实际是空值"),
    (lambda d: d.update(title=None), "title: 应为文本"),
    (lambda d: d.update(facts=[]), "facts: 应为对象"),
    (lambda d: d.update(format_version="1"), "format_version 应为整数"),
])
async def test_a_file_that_is_no_usable_project_is_named_and_kept(
        project_file: Path, tmp_path: Path, change, says: str) -> None:
    raw = rewrite(project_file, change)
    app = app_on(project_file, tmp_path)
    async with app.run_test(size=(100, 30)) as pilot:
        await until(pilot, lambda: says in messages(app))
        assert isinstance(app.screen, StartScreen)
    assert project_file.read_bytes() == raw and app.return_code in (None, 0)
    assert not lock_path(project_file).exists()


async def test_facts_without_a_valid_unit_type_open_in_the_form(project_file: Path,
                                                                tmp_path: Path) -> None:
    rewrite(project_file, lambda d: d["facts"]["unit"].update(type="诊所"))
    app = app_on(project_file, tmp_path)
    async with app.run_test(size=(100, 30)) as pilot:
        await until(pilot, lambda: isinstance(app.screen, FactsScreen))
        assert "unit.type" in messages(app)
    assert app.return_code in (None, 0)


EXAMPLE_TEXT = EXAMPLE.read_text(encoding="utf-8")


@pytest.mark.parametrize(("text", "screen", "says"), [
    ("x = " + "[" * 5000 + "]" * 5000 + "\n" + EXAMPLE_TEXT, StartScreen, "嵌套太深"),
    (EXAMPLE_TEXT.replace("year = 2026", 'year = "二〇二六"'), FactsScreen, "doc.year"),
    (EXAMPLE_TEXT.replace("value = 412", "value = nan"), FactsScreen, "figures[1].value"),
    (EXAMPLE_TEXT.replace('name = "清河县中医院"', 'name = "' + "长" * 300 + '"'), FactsScreen,
     "unit.name: 太长"),
], ids=["deep", "year-text", "nan", "long-name"])
async def test_a_facts_file_that_does_not_validate_never_crashes_the_app(
        tmp_path: Path, text: str, screen: type, says: str) -> None:
    path = tmp_path / "f.toml"
    path.write_text(text, encoding="utf-8")
    app = app_on(path, tmp_path)
    async with app.run_test(size=(100, 30)) as pilot:
        await until(pilot, lambda: says in messages(app))
        await until(pilot, lambda: isinstance(app.screen, screen))
    assert path.read_text(encoding="utf-8") == text and app.return_code in (None, 0)
