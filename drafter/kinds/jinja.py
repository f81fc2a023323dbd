"""The jinja2 environment for section templates: sandboxed, StrictUndefined, and the
filters the genre needs (Chinese numerals, dates, figures, lists, phrase banks).

Facts values reach templates only as variables, never as template source, so
`{{ }}` typed into a facts file is printed literally."""

from __future__ import annotations

import zlib
from collections.abc import Sequence
from datetime import date
from functools import cache
from typing import Any

from jinja2 import FileSystemLoader, StrictUndefined
from jinja2.sandbox import SandboxedEnvironment

from drafter.document import format_cn_date
from drafter.facts import Figure
from drafter.kinds import figures, prose
from drafter.kinds.text import (
    enumerate_cn,
    join_cn,
    sentence,
    strip_end,
)
from drafter.numbering import cn_numeral, heading_prefix, ordinal_lead
from drafter.paths import templates_dir


def cn_date(d: date) -> str:
    return format_cn_date(d)


def cn_span(start: date, end: date) -> str:
    """2026年1月4日—12月31日 (the second year elided when it is the same)."""
    tail = f"{end.month}月{end.day}日" if end.year == start.year else format_cn_date(end)
    return f"{format_cn_date(start)}—{tail}"


def figure_phrase(fig: Figure) -> str:
    """How a figure is stated: 2025年年门诊量472596人次 / 卫技人员占职工总数的86.0%."""
    if fig.ratio:
        num, den = fig.ratio
        return f"{fig.period}{num}占{den}的{fig.text}"
    return f"{fig.period}{fig.name}{fig.text}"


def figures_text(figures: Sequence[Figure]) -> str:
    """Figures as one clause list. A ratio follows its numerator when both are listed, and
    figures of one period share it: 职工总数627人，卫技人员539人，占职工总数的86.0%；
    全年开展健康讲座36场，志愿服务时长1260小时."""
    listed = {f.name for f in figures}
    attached = {f.ratio[0]: f for f in figures
                if f.ratio and f.ratio[0] in listed and f.ratio[1] in listed}
    groups: list[tuple[str, list[str]]] = []
    for f in figures:
        if f.ratio and attached.get(f.ratio[0]) is f:
            continue
        name = f"{f.ratio[0]}占{f.ratio[1]}的" if f.ratio else f.name
        part = f"{name}{f.text}"
        if f.name in attached:
            ratio = attached[f.name]
            part += f"，占{ratio.ratio[1]}的{ratio.text}"
        if groups and groups[-1][0] == f.period:
            groups[-1][1].append(part)
        else:
            groups.append((f.period, [part]))
    return "；".join(f"{period}，{'，'.join(parts)}" if period and len(parts) > 1
                    else f"{period}{'，'.join(parts)}" for period, parts in groups)


def pick(options: Sequence[str], *key: object) -> str:
    """A deterministic choice among phrase variants (crc32, not hash(): stable across runs)."""
    if not options:
        return ""
    seed = zlib.crc32("|".join(map(str, key)).encode("utf-8"))
    return options[seed % len(options)]


def with_work(theme: str) -> str:
    """创建省级文明单位 → 创建省级文明单位工作; 精神文明建设工作 stays as it is."""
    return theme if theme.endswith("工作") else f"{theme}工作"


@cache
def environment() -> SandboxedEnvironment:
    env = SandboxedEnvironment(
        loader=FileSystemLoader(str(templates_dir())),
        undefined=StrictUndefined,
        autoescape=False,
        # Block-only lines render as blank lines, which render_lines drops; a content
        # line that ends in a tag keeps its newline (trim_blocks would glue it to the next).
        trim_blocks=False,
        lstrip_blocks=True,
        keep_trailing_newline=False,
    )
    env.filters.update(
        cn=cn_numeral, cn_date=cn_date, join_cn=join_cn, enumerate_cn=enumerate_cn,
        strip_end=strip_end, with_work=with_work, figure=figure_phrase,
        figures=figures_text, sentence=sentence, quoted=prose.quoted,
        base_figures=figures.base_figures, target_figures=figures.target_figures,
        result_figures=figures.result_figures,
        tight=prose.tight,
    )
    env.globals.update(heading=heading_prefix, cn_span=cn_span, pick=pick, ordinal=ordinal_lead,
                       unit_figures=figures.unit_figures)
    return env


def render_lines(template: str, context: dict[str, Any]) -> list[str]:
    """Render a template file to paragraphs: one non-empty line a paragraph."""
    text = environment().get_template(template).render(**context)
    return [line.strip() for line in text.splitlines() if line.strip()]


def render_string(source: str, context: dict[str, Any]) -> str:
    return environment().from_string(source).render(**context).strip()
