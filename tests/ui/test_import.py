"""The start screen's two ways in from a file the user already has (issue 14), through
Pilot: 从已有文件开始 imports a document into a facts file beside it, 由去年的总结生成今年的
计划 carries last year's 总结 forward; both open the facts form, which shows where each
imported value came from and what is still to fill."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from support.paths import example_path
from support.ui import ScriptedWriter
from textual.widgets import Button, Input, Static

from drafter.cli import main
from drafter.ui.app import DrafterApp
from drafter.ui.screens.dialogs import ChoiceDialog, FieldsDialog
from drafter.ui.screens.facts import FactsScreen
from drafter.ui.widgets.facts_form import FactsForm

pytestmark = pytest.mark.anyio


@pytest.fixture
def report_docx(tmp_path: Path) -> Path:
    """The example 创建工作汇报 drafted to .docx (it states no year)."""
    out = tmp_path / "汇报.docx"
    code = main(["draft", str(example_path("creation_report")), "-o", str(out),
                 "--backend", "builtin"])
    assert code == 0
    return out


def text_of(widget: Static) -> str:
    return str(widget.content)


async def test_start_from_an_existing_document(tmp_path: Path, recent,
                                               report_docx: Path) -> None:
    document = report_docx
    app = DrafterApp(ScriptedWriter(), recent=recent)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("i")
        await pilot.pause()
        assert isinstance(app.screen, FieldsDialog)
        app.screen.query_one("#field-0", Input).value = str(document)
        await pilot.press("enter")
        await pilot.pause(0.5)
        screen = app.screen
        assert isinstance(screen, FactsScreen)
        assert screen.source == tmp_path / "汇报.toml" and screen.source.is_file()
        form = screen.query_one(FactsForm)
        # where each value came from, beside its field and under its list
        origin = screen.query_one("#f-unit-name .field-origin", Static)
        assert text_of(origin).startswith("来源：原文第")
        tasks = text_of(screen.query_one("#origins-tasks", Static))
        assert tasks.startswith("来源：第1项：原文第")
        # and what is still to fill: the report states no year
        to_fill = screen.query_one("#to-fill", Static)
        assert to_fill.display and "年份" in text_of(to_fill)
        assert form.data()["unit"]["name"] == "东城街道桂园社区"
        screen.query_one("#f-doc-year .value", Input).value = "2026"
        await pilot.pause(0.5)
        assert not screen.query_one("#to-fill", Static).display
        assert not screen.errors


async def test_next_years_plan_from_last_years_summary(tmp_path: Path, recent) -> None:
    summary = tmp_path / "2025年总结.toml"
    shutil.copy(example_path("work_summary"), summary)
    app = DrafterApp(ScriptedWriter(), recent=recent)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("y")
        await pilot.pause()
        assert isinstance(app.screen, FieldsDialog)
        app.screen.query_one("#field-0", Input).value = str(summary)
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, ChoiceDialog)
        await pilot.press("enter")  # 工作计划, the first plan kind
        await pilot.pause(0.5)
        screen = app.screen
        assert isinstance(screen, FactsScreen)
        assert screen.source == tmp_path / "2025年总结-2026年工作计划.toml"
        data = screen.query_one(FactsForm).data()
        assert data["doc"]["kind"] == "work_plan" and data["doc"]["year"] == 2026
        assert [t["title"] for t in data["tasks"]] == ["完善志愿服务积分激励办法",
                                                       "把精神文明建设纳入科室绩效考核"]
        assert "成文日期" in text_of(screen.query_one("#to-fill", Static))
        marks = text_of(screen.query_one("#origins-tasks", Static))
        assert "2025年总结.toml 第" in marks and "上年的下一步打算" in marks


async def test_a_source_that_cannot_be_used_says_why(tmp_path: Path, recent) -> None:
    plan = tmp_path / "计划.toml"
    shutil.copy(example_path("work_plan"), plan)  # a plan, not a summary
    app = DrafterApp(ScriptedWriter(), recent=recent)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("y")
        await pilot.pause()
        app.screen.query_one("#field-0", Input).value = str(plan)
        await pilot.press("enter")
        await pilot.pause()
        await pilot.press("down", "enter")
        await pilot.pause(0.5)
        assert not isinstance(app.screen, FactsScreen)
        assert any("不能生成" in str(n.message) for n in app._notifications)
        assert not list(tmp_path.glob("计划-*.toml"))


async def test_the_start_buttons_fit_in_80_columns(recent) -> None:
    app = DrafterApp(ScriptedWriter(), recent=recent)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        buttons = list(app.screen.query(Button))
        assert {b.id for b in buttons} >= {"import", "next-year"}
        assert all(b.region.right <= 80 and b.region.width > 0 for b in buttons)


@pytest.fixture
def summary_of_plan(tmp_path: Path) -> Path:
    """The 工作总结 facts `drafter next` makes of the example 工作计划: targets to report."""
    out = tmp_path / "总结.toml"
    code = main(["next", str(example_path("work_plan")), "--kind", "work_summary",
                 "--date", "2026-12-28", "-o", str(out)])
    assert code == 0
    return out


async def test_values_still_to_report_are_listed(summary_of_plan: Path, recent) -> None:
    app = DrafterApp(ScriptedWriter(), path=summary_of_plan, recent=recent)
    async with app.run_test(size=(100, 40)) as pilot:
        await pilot.pause(0.5)
        screen = app.screen
        assert isinstance(screen, FactsScreen) and not screen.errors
        line = text_of(screen.query_one("#to-fill", Static))
        assert line.count("实际完成值") == 2 and "在岗职工" in line
        marks = text_of(screen.query_one("#origins-figures", Static))
        assert "第1项：work_plan" not in marks and "example.toml 第" in marks
