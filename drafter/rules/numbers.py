"""Numbers: number.placeholder, number.unsourced, number.format, number.arithmetic."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cache
from typing import NamedTuple

from drafter.facts import Facts, format_number
from drafter.numbering import FULLWIDTH_TO_ASCII, parse_cn_numeral
from drafter.rules.model import Finding, Text, finding
from drafter.rules.slogans import slogan_core, slogan_counts

# ------------------------------------------------------------------ number.placeholder

_PLACEHOLDER = re.compile(
    r"(?<![A-Za-z])(?:[12][09][xX×Ｘ]{2}|[xX×Ｘ]{1,4}(?:[%％例]|余人|(?=[人名年月日个项次万亿元场天周期户家所篇条件台辆套份本批位支起种类]))"
    r"|[xX×Ｘ]{2,}|××+|\*{2,}|【待补充[^】]*】)(?![A-Za-z])")


_PLACEHOLDER_HINT = re.compile(r"[xX×Ｘ*【]")  # every placeholder holds one of these


def placeholder(text: Text) -> Iterator[Finding]:
    for i in text.lines_with(_PLACEHOLDER_HINT):
        line = text.lines[i]
        for m in _PLACEHOLDER.finditer(line):
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


_UNITS = ("个百分点|人次|场次|户次|万元|亿元|小时|平方米|公里|千米|余人|余场|余次|"
          "[%％人名次场件项条篇例台家所支户元期批届个年月日天周岁分万亿倍节位辆间座张份部门]")
_ARABIC = re.compile(rf"(?<![0-9.．A-Za-z])(?:([0-9０-９]+(?:[.．][0-9０-９]+)?)[—–~～])?"
                     rf"([0-9０-９]+(?:[.．][0-9０-９]+)?)(万|亿)?({_UNITS})?")
_CN_QUANTITY = re.compile(
    rf"(?<![〇零一二两三四五六七八九十百千])([三四五六七八九十百千]+)(余)?(万|亿)?({_UNITS})")
_SAME_UNIT = {"名": "人", "位": "人", "余人": "人", "场次": "场", "余场": "场", "余次": "次",
              "％": "%", "人次": "人次"}

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
    r"|[一二三四五六七八九十]+(?:大|届(?=[一二三四五六七八九]中|历次|中央|全国))")


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
            mask.append((len(line) - len(line.lstrip(" \u3000")),
                         len(line) - len(line.lstrip(" \u3000")) + len(mark.prefix)))
        mask += [m.span() for m in _PLACEHOLDER.finditer(line)]
        mask += [m.span() for m in _NOT_QUANTITIES.finditer(line)]
        mask += slogan_counts(text, i)
        work = _masked(line, mask)
        for m in _ARABIC.finditer(work):
            times = {"万": 1e4, "亿": 1e8}.get(m.group(3) or "", 1)
            unit = (m.group(4) or "").translate(FULLWIDTH_TO_ASCII)
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


def _numbers_in(value: object, *, chinese: bool = True) -> set[float]:
    out: set[float] = set()
    if isinstance(value, str) and _ISO_DATE.match(value):
        return out  # dates are sourced as dates (year, month, day), not as counts
    if isinstance(value, str):
        for m in _ARABIC.finditer(value):
            for raw in (m.group(1), m.group(2)):
                if raw is not None:
                    num = float(raw.translate(FULLWIDTH_TO_ASCII))
                    out.add(num * {"万": 1e4, "亿": 1e8}.get(m.group(3) or "", 1))
                    out.add(num)
        for m in re.finditer(r"[一二两三四五六七八九十百千]+" if chinese else r"(?!)", value):
            n = parse_cn_numeral(m.group(0))
            if n is not None:
                out.add(float(n))
    elif isinstance(value, dict):
        for v in value.values():
            out |= _numbers_in(v, chinese=chinese)
    elif isinstance(value, list):
        for v in value:
            out |= _numbers_in(v, chinese=chinese)
    elif isinstance(value, int | float) and not isinstance(value, bool):
        out.add(float(value))
    return out


@dataclass(frozen=True)
class Sources:
    measures: dict[float, set[str]]  # figure value → units it is stated in
    written: set[float]  # numbers written anywhere in the facts' text
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
    written = _numbers_in(data) | _numbers_in(facts.data.get("slogans", []), chinese=False)
    return Sources(measures, written, years, parts)


def _unit_ok(unit: str, units: set[str]) -> bool:
    unit = _SAME_UNIT.get(unit, unit)
    return not unit or unit in units or "" in units or (unit in ("个", "项") and bool(units))


def unsourced(text: Text) -> Iterator[Finding]:
    if text.facts is None:
        return
    src = sources(text.facts)
    for q in quantities(text):
        if q.unit == "年":
            ok = q.value in src.years or q.value in src.written
        elif q.unit in ("月", "日"):
            ok = q.value in src.date_parts or q.value in src.written
        elif q.unit == "个百分点":
            ok = q.value in src.written
        else:
            units = src.measures.get(q.value) or src.measures.get(round(q.value, 1))
            ok = (units is not None and _unit_ok(q.unit, units)) or q.value in src.written
        if not ok:
            yield finding("number.unsourced", "error", q.line, q.start, q.text,
                          f"数字“{q.text}”在事实表中找不到来源",
                          None)


# ------------------------------------------------------------------ number.format

class FormatRule(NamedTuple):
    """One number.format pattern (GB/T 15835-2011 and 公文 habit), its message, and how
    to fix what it matches (None: no fix)."""

    pattern: re.Pattern[str]
    message: str
    fix: Callable[[str], str] | None


_CN_DIGITS = {c: str(i) for i, c in enumerate("〇一二三四五六七八九")} | {"零": "0"}


def _as_cn_date(excerpt: str) -> str:
    y, m, d = re.split(r"[./-]", excerpt)
    return f"{int(y)}年{int(m)}月{int(d)}日"


_DATE_RULE = FormatRule(
    re.compile(r"(?<![0-9A-Za-z])((?:19|20)[0-9]{2})[./-](0?[1-9]|1[0-2])[./-]([0-2]?[0-9]|3[01])"
               r"(?![0-9])"), "日期应写成“2026年1月4日”的形式", _as_cn_date)
_FORMAT_RULES: tuple[FormatRule, ...] = (
    FormatRule(re.compile(r"[０-９]+(?:[．.][０-９]+)?"), "全角数字应改为半角阿拉伯数字",
               lambda x: x.translate(FULLWIDTH_TO_ASCII)),
    FormatRule(re.compile(r"[〇零一二三四五六七八九]+[0-9]+年|[0-9]+[〇零一二三四五六七八九]+年"),
               "年份混用了汉字和阿拉伯数字",
               lambda x: "".join(_CN_DIGITS.get(c, c) for c in x)),
    FormatRule(re.compile(r"(?<![0-9])[09][0-9]年(?![代来间以内度])"), "年份不应省略为两位",
               None),
    FormatRule(re.compile(r"(?<![0-9A-Za-z])(?:19|20)[0-9]{2}-(?:19|20)[0-9]{2}年"),
               "年份范围应使用一字线“—”", lambda x: x.replace("-", "—")),
    _DATE_RULE,
)


_ANY_DIGIT = re.compile(r"[0-9０-９]")


def number_format(text: Text) -> Iterator[Finding]:
    for i, line in enumerate(text.lines):
        if not _ANY_DIGIT.search(line):
            continue
        urls = [m.span() for m in re.finditer(r"(?:https?://|www\.)\S+", line)]
        for rule in _FORMAT_RULES:
            for m in rule.pattern.finditer(line):
                if any(a <= m.start() < b for a, b in urls):
                    continue
                if rule is _DATE_RULE and re.match(r"\d{4}-\d{2}-\d{2} \d", line[m.start():]):
                    continue  # a website timestamp: boilerplate.web's business
                excerpt = m.group(0)
                yield finding("number.format", "warning", i, m.start(), excerpt,
                              f"“{excerpt}”：{rule.message}",
                              rule.fix(excerpt) if rule.fix else None)


# ------------------------------------------------------------------ number.arithmetic

_NEAR_AND_MORE = re.compile(r"近[0-9一二三四五六七八九十百千万]+余")
_TIMES_LESS = re.compile(r"(?:下降|减少|降低)了?[0-9一二三四五六七八九十]+倍")
_SHARE = re.compile(r"占([^，。；0-9]{1,12}?)的?([0-9]+(?:\.[0-9]+)?)[%％]")
_NUMBER = re.compile(r"([0-9]+(?:\.[0-9]+)?)(万)?(?=[\u4e00-\u9fff])")


_TOTAL = re.compile(
    r"共(?:有|计|开展|举办|组织|培训|完成)?[\u4e00-\u9fff]{0,8}?([0-9]+)([\u4e00-\u9fff])"
    r"[，,]其中([^。；;]+)")
_PART = re.compile(r"([0-9]+)([\u4e00-\u9fff])")


def _total_vs_parts(i: int, line: str) -> Iterator[Finding]:
    """「共有网格员36名，其中专职20名、兼职18名」: two or more parts in the total's unit,
    listed after 其中, must add up to the total (其中党员12人 alone is a subset)."""
    for m in _TOTAL.finditer(line):
        unit, clause = m.group(2), m.group(3)
        if "、" not in clause or "等" in clause or "%" in clause or "％" in clause:
            continue
        parts = [(int(p.group(1)), p.group(2)) for p in _PART.finditer(clause)]
        if len(parts) < 2 or {u for _, u in parts} != {unit}:
            continue
        total, added = int(m.group(1)), sum(n for n, _ in parts)
        if added != total:
            excerpt = m.group(1) + unit
            yield finding("number.arithmetic", "error", i, m.start(1), excerpt,
                          f"总数“{excerpt}”与其中各项之和"
                          f"（{'+'.join(str(n) for n, _ in parts)}={added}）不符")


def arithmetic(text: Text) -> Iterator[Finding]:
    for i, line in enumerate(text.lines):
        if "其中" in line:
            yield from _total_vs_parts(i, line)
        for m in _NEAR_AND_MORE.finditer(line):
            yield finding("number.arithmetic", "error", i, m.start(), m.group(0),
                          f"“{m.group(0)}”：“近”与“余”自相矛盾，只能用其一")
        for m in _TIMES_LESS.finditer(line):
            yield finding("number.arithmetic", "error", i, m.start(), m.group(0),
                          f"“{m.group(0)}”：减少不能用倍数表示，应写成百分比或减少到几分之几")
        for m in _SHARE.finditer(line):
            parts = _share_parts(text, line, m)
            if parts is None:
                continue
            numerator, denominator = parts
            stated = float(m.group(2))
            expected = numerator / denominator * 100
            if abs(stated - expected) > (0.5 if "." not in m.group(2) else 0.051):
                yield finding("number.arithmetic", "error", i, m.start(2), m.group(2) + "%",
                              f"比例“{m.group(2)}%”与数字不符："
                              f"{format_number(numerator)}÷{format_number(denominator)}"
                              f"≈{expected:.1f}%")


def _share_parts(text: Text, line: str, m: re.Match[str]) -> tuple[float, float] | None:
    """「…A人，其中B人，占C的Z%」: the numerator is the number just before; the
    denominator is the figure named C in the facts, else the number before that when the
    sentence holds exactly two."""
    start = max(line.rfind(p, 0, m.start()) for p in "。；") + 1
    before = [float(n.group(1)) * (1e4 if n.group(2) else 1)
              for n in _NUMBER.finditer(line, start, m.start())]
    if not before:
        return None
    figure = text.facts.figure(m.group(1)) if text.facts is not None else None
    if figure is not None and not figure.ratio:
        return (before[-1], figure.value) if figure.value else None
    # Without the facts: 「职工627人，其中…539人，占职工总数的86.0%」 — two numbers, the first
    # counted by a noun the denominator names.
    first = _NUMBER.search(line, start, m.start())
    clause = line[max(line.rfind("，", start, first.start()) + 1, start):first.start()]
    if len(before) == 2 and before[0] and m.group(1)[:2] in clause:
        return before[1], before[0]
    return None
