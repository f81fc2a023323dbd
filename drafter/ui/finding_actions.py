"""What the workspace does with a finding the user picked: jump to it in the editor,
apply its fix as a new version, or add the number it flags to the facts."""

from __future__ import annotations

from typing import TYPE_CHECKING

from drafter.project import editing
from drafter.project.findings import Located
from drafter.ui.screens.dialogs import FieldsDialog

if TYPE_CHECKING:
    from drafter.ui.screens.workspace import WorkspaceScreen

OUTSIDE = "这一处在标题或落款中，请在事实表中修改。"


class FindingActions:
    def __init__(self, screen: WorkspaceScreen) -> None:
        self.screen = screen

    def jump(self, item: Located) -> None:
        """Select the finding's section and its excerpt in the editor."""
        screen, place = self.screen, item.place
        if place is None:
            screen.notify(OUTSIDE, severity="warning")
            return
        screen.selected = place.section_id
        screen.refresh_sections()
        screen.show_section()
        text = screen.section.text if screen.section else ""
        row, col = editing.text_position(text, place.paragraph, item.finding.col)
        screen.texts.select(row, col, len(item.finding.excerpt))

    def fix(self, item: Located) -> None:
        """Apply the finding's fix as a new version of its section."""
        screen, f, place = self.screen, item.finding, item.place
        if f.fix is None:
            screen.notify("这条问题没有自动修正，请手工修改。", severity="warning")
            return
        if place is None:
            screen.notify(OUTSIDE, severity="warning")
            return
        section = editing.fix(screen.project, place, f)
        if section is None:
            screen.notify("原文已改动，无法应用这条修正。", severity="warning")
            return
        screen.selected = section.id
        screen.changed()
        screen.show_section()
        screen.notify(f"已修正：{f.excerpt} → {f.fix}")

    def add_figure(self, item: Located) -> None:
        """Ask for the name, value, unit and period of the flagged number and add it to
        the facts as a [[figures]] row."""
        screen = self.screen
        parsed = editing.parse_number(item.finding.excerpt)
        value, unit = parsed if parsed else ("", "")

        def add(values: list[str] | None) -> None:
            if not values:
                return
            name, raw, unit_, period = (v.strip() for v in values)
            try:
                number = editing.parse_figure(name, raw)
            except ValueError as e:
                screen.notify(str(e), severity="error")
                return
            screen.facts_changed(editing.add_figure(screen.project.facts_data, name, number,
                                                    unit_, period))
            screen.notify(f"已把“{name}”加入事实表。")

        screen.app.push_screen(FieldsDialog(
            "加入事实表", [("名称", ""), ("数值", str(value)), ("单位", unit), ("时期", "")],
            note="文中的每个数字都要在事实表中有来源。"), add)
