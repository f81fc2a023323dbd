"""The section navigator: one line per section with status, findings and lock."""

from __future__ import annotations

from rich.text import Text
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from drafter.project import Section, Status

_STYLE = {Status.EMPTY: "dim", Status.DRAFT: "cyan", Status.GENERATED: "blue",
          Status.EDITED: "yellow", Status.CONFIRMED: "green"}


def section_prompt(section: Section, findings: int, *, streaming: bool | None,
                   candidate: bool) -> Text:
    """`streaming`: True while written, False while waiting its turn, None otherwise."""
    text = Text(no_wrap=True, overflow="ellipsis")
    if streaming:
        text.append("生成中 ", style="bold magenta")
    elif streaming is False:
        text.append("排队中 ", style="magenta")
    else:
        text.append(f"{section.status.label:<3}", style=_STYLE[section.status])
        text.append(" ")
    text.append(section.label)
    if section.locked:
        text.append(" [锁]", style="bold")
    if candidate:
        text.append(" [候选]", style="bold magenta")
    if findings:
        text.append(f" ⚠{findings}", style="bold red")
    return text


class SectionList(OptionList):
    """Renders sections; the workspace owns the actions (bindings live on the screen)."""

    def show(self, sections: list[Section], findings: dict[str, int],
             streaming: dict[str, bool], candidates: set[str], selected: str | None) -> None:
        old = self.highlighted
        self.clear_options()
        self.add_options([
            Option(section_prompt(s, findings.get(s.id, 0), streaming=streaming.get(s.id),
                                  candidate=s.id in candidates), id=s.id)
            for s in sections])
        ids = [s.id for s in sections]
        if selected in ids:
            self.highlighted = ids.index(selected)
        elif ids:
            self.highlighted = min(old or 0, len(ids) - 1)
