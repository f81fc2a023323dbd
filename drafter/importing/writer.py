"""The facts file an import (or `drafter next`) writes: the facts as `dump_facts` writes
them, each imported value followed by a comment naming its source line, under a header
that lists what is still to fill and what was not imported.

`tomllib.loads` of the result gives `Imported.data` back (comments are comments)."""

from __future__ import annotations

from drafter.facts.toml import LineIndex, dump_facts
from drafter.importing.model import Imported
from drafter.importing.provenance import ToFill

_MAX_NOTES = 40


def facts_text(imported: Imported, todo: list[ToFill]) -> str:
    """The commented TOML for `imported`; `todo` is `still_to_fill(imported.data)`."""
    body = dump_facts(imported.data) if imported.data else ""
    lines = body.splitlines()
    index = LineIndex(body)
    for (table, row, key), origin in sorted(imported.origins.items()):
        line = index.keys.get((table, row, key))
        if line is not None:
            lines[line - 1] += f"  # {origin.text()}"
    head = [f"# {imported.heading or '事实文件'}",
            "# 每个值后面的注释是它的来源：原文第几行"
            "（一段算一行，与 drafter check 报告的行号相同）。"]
    if todo:
        head.append("# 以下各项原文没有写明或无法直接使用，请补充：")
        head += [f"#   - {t.text()}" for t in todo]
    else:
        head.append("# 必填项都已填写，可以直接起草。")
    if imported.notes:
        head.append("# 原文中有、但没有导入的内容：")
        head += [f"#   - {n.text()}" for n in imported.notes[:_MAX_NOTES]]
        if len(imported.notes) > _MAX_NOTES:
            head.append(f"#   - ……另有 {len(imported.notes) - _MAX_NOTES} 处")
    return "\n".join(head) + "\n\n" + "\n".join(lines) + ("\n" if lines else "")
