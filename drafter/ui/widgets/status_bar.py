"""One line at the bottom: writer and model, tokens used, last save."""

from __future__ import annotations

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

    def render(self) -> str:
        tokens = "—" if self.tokens is None else f"{self.tokens:,}"
        parts = [f"写作：{self.writer}", f"令牌：{tokens}", self.saved]
        if self.activity:
            parts.insert(0, self.activity)
        return "  │  ".join(parts)
