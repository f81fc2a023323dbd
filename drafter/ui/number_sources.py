"""The fact ledger in the workspace (issue 13): the source of the number under the
editor's cursor (status bar), the 数字来源 view, and new figures from the facts form
rewriting the text (`drafter.project.update.update_figures`). The ledger of the shown
text is computed once per text change, not per cursor move."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from drafter.project.ledger import Entry, entry_at, section_ledger
from drafter.project.update import Updated, update_figures
from drafter.terms import load_terms
from drafter.ui.widgets.status_bar import StatusBar

if TYPE_CHECKING:
    from drafter.ui.screens.workspace import WorkspaceScreen


class NumberSources:
    """Owned by the workspace screen; reads its editor, facts and status bar."""

    def __init__(self, screen: WorkspaceScreen) -> None:
        self.screen = screen
        self._key: tuple[object, str] | None = None  # (facts, text) the ledger is of
        self._entries: list[Entry] = []
        self._terms = load_terms()

    def entries(self) -> list[Entry]:
        """The ledger of the editor's text against the screen's facts (cached)."""
        text = self.screen.texts.editor.text
        key = (self.screen.facts, text)
        if self._key is None or self._key[0] is not key[0] or self._key[1] != text:
            self._entries = section_ledger(text, self.screen.facts, self._terms) \
                if text.strip() else []
            self._key = key
        return self._entries

    def at_cursor(self) -> Entry | None:
        row, col = self.screen.texts.editor.cursor_location
        entries = self.entries()
        # on the number, or just after it (the cursor left at its end)
        return entry_at(entries, row + 1, col + 1) or (
            entry_at(entries, row + 1, col) if col else None)

    def cursor_moved(self) -> None:
        """Show the source of the number under the cursor in the status bar (or nothing)."""
        entry = self.at_cursor()
        bars = self.screen.query(StatusBar)
        for bar in bars:
            bar.source = "" if entry is None else f"{entry.number} ← {entry.label}"
            bar.unsourced = entry is not None and not entry.kind

    def open_view(self) -> None:
        from drafter.ui.widgets.ledger_view import LedgerView

        section = self.screen.section
        if section is None:
            return
        self.screen.app.push_screen(LedgerView(section.label, self.entries()), self.jump)

    def jump(self, entry: Entry | None) -> None:
        """Select `entry`'s number in the editor (the view's Enter)."""
        if entry is not None:
            self.screen.texts.select(entry.line - 1, entry.col - 1, len(entry.number))

    def apply_facts(self, data: dict[str, Any]) -> Updated:
        """New facts from the form: linked figures rewritten in every section (one new
        version each, noted), the project follows the facts; the user is told."""
        screen = self.screen
        result = update_figures(screen.project, data)
        screen.facts = screen.project.facts()
        if result.sections:
            changed = "、".join(f"{s.label}（{n}处）" for s, n in result.sections)
            message = f"{'；'.join(c.label for c in result.changes)}。已改写：{changed}。"
            if result.review:
                message += ("其中已锁定或已确认，请复查："
                            + "、".join(s.label for s in result.review) + "。")
            screen.notify(message + "F8 可回到上一版本。", title="事实更新", timeout=15)
        elif result.changes:
            screen.notify("正文中没有与所改数字相关联的内容，未改写。", title="事实更新")
        return result
