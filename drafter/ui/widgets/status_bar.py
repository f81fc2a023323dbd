"""One line at the bottom: what is running, a section's progress, writer and model,
tokens used, last save; first, the source of the number under the editor's cursor."""

from __future__ import annotations

from rich.text import Text
from textual.reactive import reactive
from textual.widgets import Static


class StatusBar(Static):
    writer: reactive[str] = reactive("")
    """The writer's name and model, e.g. `builtin` or `openai · qwen2.5`."""
    tokens: reactive[int | None] = reactive(None)
    """Tokens the writer reports as used this session; None when it does not count."""
    saved: reactive[str] = reactive("未保存")
    """When the project was last written to disk (or why not)."""
    activity: reactive[str] = reactive("")
    """What is running now, e.g. `生成中 3/10`."""
    progress: reactive[str] = reactive("")
    """A section being written: e.g. `指导思想 等待首字 35 秒`, `… 生成中 40 秒 约 230 令牌`."""

    source: reactive[str] = reactive("")
    """The number under the editor's cursor and its source, e.g. `412人 ← 数字“职工总数”`."""
    unsourced: reactive[bool] = reactive(False)
    """That number has no source in the facts: shown highlighted."""

    def render(self) -> str | Text:
        tokens = "—" if self.tokens is None else f"{self.tokens:,}"
        parts = [f"写作：{self.writer}", f"令牌：{tokens}", self.saved]
        if self.progress:
            parts.insert(0, self.progress)
        if self.activity:
            parts.insert(0, self.activity)
        line = "  │  ".join(parts)
        if not self.source:
            return line
        style = "bold white on red" if self.unsourced else "bold"
        return Text.assemble((self.source, style), "  │  ", line)
