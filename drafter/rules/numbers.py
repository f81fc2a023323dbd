"""Numbers: number.placeholder and number.unsourced, over the quantities of a text
(number.format is in numformat.py, number.arithmetic in arithmetic.py).

Sources: RULES.md (the facts are the only source of a number); GB/T 15835-2011《出版物上
数字用法》for what counts as one number (ranges, 万/亿 multipliers)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

from drafter.facts import Facts
from drafter.numbering import FULLWIDTH_TO_ASCII, parse_cn_numeral
from drafter.rules.model import Finding, Text, finding
from drafter.rules.slogans import slogan_core, slogan_counts

# ------------------------------------------------------------------ number.placeholder

_PLACEHOLDER = re.compile(
    r"(?<![A-Za-z])(?:[12][09][xX×Ｘ]{2}|[xX×Ｘ]{1,4}(?:[%％例]|余人|(?=[人名年月日个项次万亿元场天周期户家所篇条件台辆套份本批位支起种类]))"
    r"|[xX×Ｘ]{2,}|××+|\*{2,}|【待补充[^】]*】)(?![A-Za-z])")


_PLACEHOLDER_HINT = re.compile(r"[xX×Ｘ*【]")  # every placeholder holds one of these
# Markdown bold (「**（一）加强教育。**」) is a model's markup, not two 「**」 placeholders:
# it opens at the start of a paragraph or after a blank or mark, and closes before one.
_MARKDOWN_BOLD = re.compile(
    r"(?:^|(?<=[\s\u3000：:，,。；（(“]))\*\*(?=[^*\s])[^*\n]{1,80}?\*\*"
    r"(?=$|[\s\u3000，,。；：:）)”！？、]|[\u4e00-\u9fff（(“])")


def markdown_bold(line: str) -> list[tuple[int, int]]:
    """Spans of Markdown bold runs (with their asterisks) in a line."""
    return [m.span() for m in _MARKDOWN_BOLD.finditer(line)] if "**" in line else []


def placeholder(text: Text) -> Iterator[Finding]:
    for i in text.lines_with(_PLACEHOLDER_HINT):
        line = text.lines[i]
        bold = markdown_bold(line)
        for m in _PLACEHOLDER.finditer(line):
            if any(m.start() in (a, b - 2) for a, b in bold):
                continue
            yield finding("number.placeholder", "error", i, m.start(), m.group(0),
                          f"“{m.group(0)}”是未填写的占位符，请填入事实或删去这句话")


# ------------------------------------------------------------------ quantities


@dataclass(frozen=True)
class Quantity:
    line: int
    start: int
    end: int
    text: str
    value: float
    unit: str  # what follows the number: 人, %, 年, 月, 期…


_UNITS = ("个百分点|人次|场次|户次|万元|亿元|小时|平方米|公里|千米|余人|余场|余次|学年|"
          "[%％人名次场件项条篇例台家所支户元期批届个年月日天周岁分万亿倍节位辆间座张份部门]")
_ARABIC = re.compile(rf"(?<![0-9.．A-Za-z])(?:([0-9０-９]+(?:[.．][0-9０-９]+)?)[—–~～-])?"
                     rf"([0-9０-９]+(?:[.．][0-9０-９]+)?)(万|亿)?({_UNITS})?")
_CN_QUANTITY = re.compile(
    rf"(?<![〇零一二两三四五六七八九十百千])([三四五六七八九十百千]+)(余)?(万|亿)?({_UNITS})")
_SAME_UNIT = {"名": "人", "位": "人", "余人": "人", "场次": "场", "余场": "场", "余次": "次",
              "％": "%", "人次": "人次", "学年": "年"}

# Fixed formulations and the genre's own counting words are names, not quantities.
FIXED = ("三会一课", "三重一大", "一岗双责", "两学一做", "三严三实", "四风", "五位一体",
         "四个全面", "八项规定", "两个维护", "两个确立", "四个意识", "四个自信", "四下基层",
         "三个代表", "四个伟大", "五大发展理念", "两个一百年", "十四五", "十五五")


def _masked(line: str, spans: list[tuple[int, int]]) -> str:
    for a, b in spans:
        line = line[:a] + "\u3000" * (b - a) + line[b:]
    return line


_MAYBE_NUMBER = re.compile(r"[0-9０-９三四五六七八九十百千]")


# URLs and website counters are boilerplate.web's business, not numbers of the document.
# Party congresses and plenums (十九大, 二十届三中全会) are names, not counts, too.
_NOT_QUANTITIES = re.compile(
    r"(?:https?://|www\.)[\x21-\x7e]+|字[数數]\s*\d+\s*[阅閱][读讀]\s*\d+"
    r"|[一二三四五六七八九十]+(?:大|届(?=[一二三四五六七八九]中|历次|中央|全国))"
    r"|百分[点之]")


@cache
def _fixed_pattern(extra: tuple[str, ...]) -> re.Pattern[str]:
    words = sorted(set(FIXED) | set(extra), key=len, reverse=True)
    return re.compile("|".join(re.escape(w) for w in words if w))


def quantities(text: Text) -> list[Quantity]:
    """Every quantity in the text that must have a source: Arabic numbers and Chinese
    numerals ≥ 三 with a measure word, but not slogan counts, 一是/二是 ordinals, heading
    marks or fixed formulations (三会一课…). A Quantity's `start`/`end` are offsets in
    its line with those spans masked, which keeps the original line's offsets."""
    names = tuple(f.name for f in text.terms.formulations)
    if text.facts is not None:
        names += tuple(s.text for s in text.facts.slogans)
        names += tuple(s.group for s in text.facts.slogans if s.group)
        names += tuple(slogan_core(s.text) or "" for s in text.facts.slogans)
        names += (text.facts.unit.name,)
    fixed = _fixed_pattern(names)
    found = []
    for i, line in enumerate(text.lines):
        if not _MAYBE_NUMBER.search(line) or not (
                _ARABIC.search(line) or _CN_QUANTITY.search(line)):
            continue  # no quantity candidate at all: nothing to mask
        mask = [m.span() for m in fixed.finditer(line)]
        mark = text.headings[i]
        if mark is not None:
            mask.append((text.heading_cols[i], text.heading_cols[i] + len(mark.prefix)))
        mask += [m.span() for m in _PLACEHOLDER.finditer(line)]
        mask += [m.span() for m in _NOT_QUANTITIES.finditer(line)]
        mask += slogan_counts(text, i)
        work = _masked(line, mask)
        for m in _ARABIC.finditer(work):
            times = {"万": 1e4, "亿": 1e8}.get(m.group(3) or "", 1)
            unit = "年" if m.group(4) == "学年" else (m.group(4) or "").translate(
                FULLWIDTH_TO_ASCII)
            for raw in (m.group(1), m.group(2)):  # both ends of a range (6—8名)
                if raw is not None:
                    value = float(raw.translate(FULLWIDTH_TO_ASCII)) * times
                    found.append(Quantity(i, m.start(), m.end(), m.group(0), value, unit))
        for m in _CN_QUANTITY.finditer(work):
            number = parse_cn_numeral(m.group(1))
            if number is None or number < 3:
                continue
            value = number * {"万": 1e4, "亿": 1e8}.get(m.group(3) or "", 1)
            found.append(Quantity(i, m.start(), m.end(), m.group(0), value, m.group(4)))
    return found


# ------------------------------------------------------------------ number.unsourced


_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


Written = dict[float, set[str]]  # a number written in the facts → the units after it ("" bare)

_CN_WRITTEN = re.compile(rf"([一二两三四五六七八九十百千]+)(?:余)?(万|亿)?({_UNITS})?")


def _add(out: Written, value: float, unit: str) -> None:
    out.setdefault(value, set()).add(_SAME_UNIT.get(unit, unit))


def _numbers_in(value: object, out: Written, *, chinese: bool = True) -> Written:
    """Every number written in a facts value, with the unit written after it: 「12月」 is
    a month and sources no 「12期」 (issue 12, kind 3)."""
    if isinstance(value, str) and _ISO_DATE.match(value):
        return out  # dates are sourced as dates (year, month, day), not as counts
    if isinstance(value, str):
        for m in _ARABIC.finditer(value):
            unit = (m.group(4) or "").translate(FULLWIDTH_TO_ASCII)
            for raw in (m.group(1), m.group(2)):
                if raw is not None:
                    num = float(raw.translate(FULLWIDTH_TO_ASCII))
                    _add(out, num * {"万": 1e4, "亿": 1e8}.get(m.group(3) or "", 1), unit)
                    _add(out, num, unit)
        for m in _CN_WRITTEN.finditer(value) if chinese else ():
            n = parse_cn_numeral(m.group(1))
            if n is not None:
                _add(out, n * {"万": 1e4, "亿": 1e8}.get(m.group(2) or "", 1), m.group(3) or "")
    elif isinstance(value, dict):
        if isinstance(value.get("value"), int | float) and isinstance(value.get("unit"), str):
            _add(out, float(value["value"]), value["unit"])  # a figure: its value in its unit
        for k, v in value.items():
            if k != "value" or not isinstance(value.get("unit"), str):
                _numbers_in(v, out, chinese=chinese)
    elif isinstance(value, list):
        for v in value:
            _numbers_in(v, out, chinese=chinese)
    elif isinstance(value, int | float) and not isinstance(value, bool):
        _add(out, float(value), "")
    return out


@dataclass(frozen=True)
class Sources:
    measures: dict[float, set[str]]  # figure value → units it is stated in
    written: Written  # numbers written anywhere in the facts' text, with their units
    years: set[float]
    date_parts: set[float]


def sources(facts: Facts) -> Sources:
    measures: dict[float, set[str]] = {}
    for f in facts.figures:
        value = round(f.value, 1) if f.ratio else f.value
        measures.setdefault(value, set()).add(_SAME_UNIT.get(f.unit, f.unit))
        for prefix, times in (("万", 1e4), ("亿", 1e8)):  # 15万吨 is also 150000吨
            if f.unit.startswith(prefix):
                measures.setdefault(value * times, set()).add(f.unit[1:])
    d = facts.doc
    days = [d.date] + ([d.period.start, d.period.end] if d.period else [])
    years = {float(d.year + k) for k in (-1, 0, 1)} | {float(x.year) for x in days}
    years |= {float(h.year) for h in facts.honors}
    parts = {float(x.month) for x in days} | {float(x.day) for x in days}
    # A slogan's count (三个一) is no source for a stated quantity; its Arabic digits are.
    data = {k: v for k, v in facts.data.items() if k != "slogans"}
    written = _numbers_in(data, {})
    _numbers_in(facts.data.get("slogans", []), written, chinese=False)
    return Sources(measures, written, years, parts)


def _unit_ok(unit: str, units: set[str]) -> bool:
    unit = _SAME_UNIT.get(unit, unit)
    return not unit or unit in units or "" in units or (unit in ("个", "项") and bool(units))


def _written(src: Sources, value: float, unit: str) -> bool:
    units = src.written.get(value)
    return units is not None and _unit_ok(unit, units)


def unsourced(text: Text) -> Iterator[Finding]:
    if text.facts is None:
        return
    src = sources(text.facts)
    for q in quantities(text):
        if q.unit == "年":
            ok = q.value in src.years or _written(src, q.value, q.unit)
        elif q.unit in ("月", "日"):
            ok = q.value in src.date_parts or _written(src, q.value, q.unit)
        elif q.unit == "个百分点":
            ok = _written(src, q.value, q.unit)
        else:
            units = src.measures.get(q.value) or src.measures.get(round(q.value, 1))
            ok = (units is not None and _unit_ok(q.unit, units)) or _written(src, q.value, q.unit)
        if not ok:
            yield finding("number.unsourced", "error", q.line, q.start, q.text,
                          f"数字“{q.text}”在事实表中找不到来源",
                          None)
