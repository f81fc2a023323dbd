"""The annual loop (`drafter next`): last year's 总结 becomes this year's 计划, and a
计划 becomes the 总结 of the same work.

- 总结/汇报 → 计划/方案 (year + 1): each next step becomes a task (its first clause the
  title, the rest its points), the problems become what the plan addresses (doc.notes),
  figures become the baseline with last year's period, honours, slogans, 领导小组 and the
  unit carry over; the 成文日期 is left for the user.
- 计划/方案 → 总结/汇报 (same year): tasks become the 做法 with their points, slogans and
  honours carry over, every target figure becomes a figure still to report (`todo`:
  the draft shows 【待补充：实际完成值】 until its value is filled in).

Every value keeps its origin (file and line); nothing is made up."""

from __future__ import annotations

import copy
import re
from typing import Any

from drafter.errors import InputError
from drafter.importing.loading import Loaded
from drafter.importing.model import Imported, Origin
from drafter.importing.text import clauses, strip_end
from drafter.kinds import RETROSPECTIVE

PLANS = ("work_plan", "implementation_plan", "party_branch_plan")
TODO = "实际完成值"
_TITLE_MAX = 20


def carry(source: Loaded, kind: str, *, year: int | None = None,
          date: str | None = None) -> Imported:
    """The facts of the next document of the loop. Raises InputError when the source's
    kind and `kind` are not a 总结→计划 or 计划→总结 pair, or the source has no year."""
    from drafter.kinds import get_kind

    target = get_kind(kind)
    old = source.kind
    old_year = source.data.get("doc", {}).get("year")
    if not old:
        raise InputError(f"{source.label} 没有写明文种（doc.kind），无法判断是总结还是计划；"
                         "请先用 drafter import --kind 指定")
    if not isinstance(old_year, int):
        raise InputError(f"{source.label} 没有写明年份（doc.year）；请先补上")
    if old in RETROSPECTIVE and kind in PLANS:
        new_year = year if year is not None else old_year + 1
        out = _plan_from_summary(source, new_year)
    elif old in PLANS and kind in RETROSPECTIVE:
        new_year = year if year is not None else old_year
        out = _summary_from_plan(source, new_year)
    else:
        raise InputError(f"{source.label} 是{_kind_name(old)}，不能生成{target.name}："
                         f"总结或汇报生成下一年的计划、方案，计划或方案生成同一工作的总结、汇报")
    out.put("doc", "kind", kind, Origin(note="--kind 指定"))
    how = "下一年" if new_year == old_year + 1 else "同一年" if new_year == old_year else \
        "--year 指定"
    out.put("doc", "year", new_year, Origin((), source.label, f"其年份 {old_year} 的{how}"
                                            if how != "--year 指定" else how))
    if date:
        out.put("doc", "date", date, Origin(note="--date 指定"))
    out.heading = f"由 {source.label} 生成的{new_year}年{target.name}事实（drafter next）"
    order = ["unit", "doc"]
    out.data = {k: out.data[k] for k in order if k in out.data} | {
        k: v for k, v in out.data.items() if k not in order}
    return out


def _kind_name(kind: str) -> str:
    from drafter.kinds import all_kinds

    found = all_kinds().get(kind)
    return found.name if found else kind


def _copy_table(source: Loaded, out: Imported, table: str,
                keys: tuple[str, ...] | None = None) -> None:
    section = source.data.get(table)
    if not isinstance(section, dict):
        return
    for key, value in section.items():
        if keys is None or key in keys:
            out.put(table, key, copy.deepcopy(value), source.origin(table, 0, key))


def _copy_rows(source: Loaded, out: Imported, table: str) -> None:
    for i, row in enumerate(source.data.get(table, []) or []):
        if isinstance(row, dict):
            out.add_row(table, copy.deepcopy(row),
                        {k: source.origin(table, i, k) for k in row})


def _common(source: Loaded, out: Imported) -> None:
    _copy_table(source, out, "unit")
    _copy_table(source, out, "doc", ("theme",))
    _copy_table(source, out, "leadership")
    _copy_rows(source, out, "slogans")
    _copy_rows(source, out, "honors")


# ------------------------------------------------------------------ 总结 → 计划


def task_from_step(text: str) -> dict[str, Any]:
    """A next step as a task: short, the title; long, its first clause the title and the
    other clauses its points (依托县域医共体引进和培养全科医生，选派骨干到县人民医院进修)."""
    text = strip_end(text)
    parts = clauses(text)
    if len(text) <= _TITLE_MAX or len(parts) < 2:
        return {"title": text}
    return {"title": parts[0], "points": [strip_end(p) for p in parts[1:]]}


def _plan_from_summary(source: Loaded, year: int) -> Imported:
    out = Imported()
    _common(source, out)
    old_year = source.data["doc"]["year"]
    for i, row in enumerate(source.data.get("next_steps", []) or []):
        text = row.get("text", "") if isinstance(row, dict) else ""
        if text.strip():
            task = task_from_step(text)
            origin = source.origin("next_steps", i, "text")
            note = Origin(origin.lines, origin.file, "上年的下一步打算")
            out.add_row("tasks", task, dict.fromkeys(task, note))
    problems = [strip_end(r.get("text", "")) for r in source.data.get("problems", []) or []
                if isinstance(r, dict) and r.get("text", "").strip()]
    if problems:
        listed = "；".join(f"{_ordinal(k)}是{p}" for k, p in enumerate(problems, start=1))
        lines = tuple(line for i in range(len(problems))
                      for line in source.origin("problems", i, "text").lines)
        out.put("doc", "notes", f"本计划的任务针对{old_year}年总结指出的不足：{listed}。",
                Origin(lines, source.label, "上年总结的存在的不足"))
    for i, row in enumerate(source.data.get("figures", []) or []):
        if not isinstance(row, dict) or ("value" not in row and "ratio" not in row):
            continue  # a value the summary itself still had to report
        baseline = copy.deepcopy(row)
        period = str(baseline.get("period", ""))
        baseline["period"] = _last_year(period, old_year)
        origins = {k: source.origin("figures", i, k) for k in baseline}
        if baseline["period"] != period:
            origins["period"] = Origin(note=f"上年数字，时期记为{baseline['period']}")
        out.add_row("figures", baseline, origins)
    return out


def _ordinal(k: int) -> str:
    from drafter.numbering import cn_numeral

    return cn_numeral(k)


def _last_year(period: str, year: int) -> str:
    """The period of a figure that now describes last year: 全年 / 今年 / "" → 2025年."""
    if not period or period in ("全年", "今年", "本年", "本年度", "年内"):
        return f"{year}年"
    if period.startswith(("今年", "全年")):
        return f"{year}年{period[2:]}"
    return period


# ------------------------------------------------------------------ 计划 → 总结


def is_target(row: dict[str, Any], year: int) -> bool:
    """Whether a plan's figure is something to achieve in `year` (and so to report in its
    总结): no period, or a period of that year or later; a figure of an earlier period is
    the baseline."""
    period = str(row.get("period", ""))
    years = [int(y) for y in re.findall(r"(\d{4})年", period)]
    return not years or max(years) >= year


def _summary_from_plan(source: Loaded, year: int) -> Imported:
    out = Imported()
    _common(source, out)
    for i, row in enumerate(source.data.get("tasks", []) or []):
        if isinstance(row, dict) and row.get("title"):
            task = {k: copy.deepcopy(v) for k, v in row.items() if k != "when"}
            out.add_row("tasks", task, {k: source.origin("tasks", i, k) for k in task})
    for i, row in enumerate(source.data.get("figures", []) or []):
        if not isinstance(row, dict) or not row.get("name"):
            continue
        if not is_target(row, year) or "ratio" in row:
            out.add_row("figures", copy.deepcopy(row),
                        {k: source.origin("figures", i, k) for k in row})
            continue
        planned = f"{row.get('value', '')}{row.get('unit', '')}"
        todo: dict[str, Any] = {"name": row["name"]}
        if row.get("unit"):
            todo["unit"] = row["unit"]
        todo["period"] = row.get("period") or f"{year}年"
        todo["todo"] = TODO
        origins = {k: source.origin("figures", i, k) for k in todo if k in row}
        origins["todo"] = Origin(source.origin("figures", i, "value").lines, source.label,
                                 f"计划中为 {planned}，请填实际完成值（value）并删去 todo")
        out.add_row("figures", todo, origins)
    return out
