"""The selected section's text and, beside it, a revision: the editor (typed into, or
filled while the section streams) and the candidate box (a revision streaming or waiting
to be accepted). Streamed text is appended as it arrives, never reloaded per piece."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.widgets import TextArea

from drafter.project import Section
from drafter.ui.generation import Stream
from drafter.writers.base import REGENERATE


def version_label(section: Section | None) -> str:
    """The editor's subtitle: which version is current, the status, the lock."""
    if section is None or not section.versions:
        return "尚无版本"
    lock = " · 已锁定" if section.locked else ""
    return f"第{section.current + 1}/{len(section.versions)}版 · {section.status.label}{lock}"


class SectionTexts(Horizontal):
    """#editor and #candidate side by side; the screen gets class `-revising` while the
    candidate box shows."""

    def __init__(self, **kwargs: str) -> None:
        super().__init__(**kwargs)
        self.loading = False
        """True while we fill the editor: its Changed events are not typing."""
        self._shown: tuple[Stream, int] | None = None  # the stream in a box, chars shown

    def compose(self) -> ComposeResult:
        yield TextArea(id="editor", soft_wrap=True)
        yield TextArea(id="candidate", read_only=True, soft_wrap=True)

    @property
    def editor(self) -> TextArea:
        return self.query_one("#editor", TextArea)

    def show(self, section: Section | None, stream: Stream | None) -> None:
        """Fill the editor (and the candidate box) for `section`, streaming or not."""
        editor = self.editor
        self.loading = True
        if stream and not stream.revising:
            editor.load_text(stream.text)
            self._shown = (stream, len(stream.text))
        else:
            editor.load_text(section.text if section else "")
        self.loading = False
        editor.read_only = section is None or (stream is not None and not stream.revising)
        editor.border_title = section.label if section else "（没有章节）"
        editor.border_subtitle = version_label(section)
        self.show_candidate(section, stream)

    def show_candidate(self, section: Section | None, stream: Stream | None) -> None:
        candidate = section.candidates[-1] if section and section.candidates else None
        box = self.query_one("#candidate", TextArea)
        if stream and stream.revising:
            box.border_title = f"改写中：{stream.title}"
            box.border_subtitle = ""
            box.load_text(stream.text)
            self._shown = (stream, len(stream.text))
        elif candidate:
            box.border_title = f"候选：{candidate.note.split('；')[0] or REGENERATE}"
            box.border_subtitle = "Ctrl+T 采纳 · Ctrl+B 放弃"
            box.load_text(candidate.text)
        box.display = bool(candidate or (stream and stream.revising))
        self.screen.set_class(box.display, "-revising")

    def paint(self, stream: Stream) -> None:
        """Append what arrived for `stream` since it was last shown (all of it after a
        restart) to the box it streams into."""
        if not stream.dirty:
            return
        stream.dirty = False
        box = self.query_one("#candidate" if stream.revising else "#editor", TextArea)
        text = stream.text
        self.loading = True
        if self._shown is not None and self._shown[0] is stream and not stream.restarted:
            box.insert(text[self._shown[1]:], box.document.end, maintain_selection_offset=False)
        else:
            box.load_text(text)
            stream.restarted = False
        self._shown = (stream, len(text))
        box.scroll_end(animate=False)
        self.loading = False

    def select(self, row: int, col: int, length: int) -> None:
        """Select `length` characters from (row, col) in the editor and focus it."""
        editor = self.editor
        editor.selection = editor.selection.__class__((row, col), (row, col + length))
        editor.focus()
