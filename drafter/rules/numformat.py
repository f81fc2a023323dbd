"""number.format: number usage against GB/T 15835-2011《出版物上数字用法》(half-width
digits, no mixed digit systems, years in full: 「较21年」; no full-width comma inside a
number: 「3，560户」) and GB/T 15834-2011《标点符号用法》(a range takes the 一字线 「—」 or
浪纹线 「～」, not a hyphen: 「30-50户」, 「2025年7月-9月」), dates written 「2026年1月4日」 as 公文
do (GB/T 9704-2012), and numbers an OCR pass or a converter broke (issue 12, kind 3):
「2。3亿元」, 「投资2。亿元」, 「2O24年」, 「HOO余件」, 「20231月26日」, 「202223年2023月2023日」.

Each pattern comes with its message and, where the right form is certain, its fix."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from datetime import date
from functools import cache
from typing import NamedTuple

from drafter.numbering import FULLWIDTH_TO_ASCII
from drafter.rules.model import Finding, Text, finding


class FormatRule(NamedTuple):
    """One number.format pattern, its message, and how to fix what it matches (None: no
    fix). A fix returning None means this match is not a fault after all. `gate`: a cheap
    pattern a line must match for `pattern` to be tried ("": every line with a digit)."""

    pattern: re.Pattern[str]
    message: str
    fix: Callable[[re.Match[str], Text], str | None] | None
    gate: str = ""


_CN_DIGITS = {c: str(i) for i, c in enumerate("〇一二三四五六七八九")} | {"零": "0"}
_UNIT = ("万|亿|元|%|％|人次|人|名|个|项|次|场|件|户|家|所|条|篇|例|台|期|批|支|位|辆|套|"
         "份|本|吨|亩|公里|千米|米|平方米|天|年|月|日|小时|岁|分|倍|座|间|张|部|门|届")


def _as_cn_date(m: re.Match[str], _: Text) -> str:
    y, mo, d = re.split(r"[./-]", m.group(0))
    return f"{int(y)}年{int(mo)}月{int(d)}日"


def _range(m: re.Match[str], _: Text) -> str | None:
    """「30-50户」 → 「30—50户」; not a fault when the right end is not larger (a code)."""
    left, right = m.group(1), m.group(2)
    if float(left) >= float(right):
        return None
    return f"{left}—{right}"


def _abbreviated_year(m: re.Match[str], text: Text) -> str | None:
    """「22年春季」 in a 2022 document: a year cut to two digits (a duration such as 工作22年
    is not one: it is preceded or followed by words of length)."""
    two = int(m.group(1))
    if text.year is None or abs(2000 + two - text.year) > 2:
        return None
    return f"{2000 + two}年"


# A date or part of one: 「2025年」, 「7月」, 「2025年7月1日」, 「15日」.
_DAY = (r"(?:[0-9]{4}年(?:[0-9]{1,2}月(?:[0-9]{1,2}[日号])?)?|[0-9]{1,2}月(?:[0-9]{1,2}[日号])?"
        r"|[0-9]{1,2}[日号])")


def _thousands(m: re.Match[str], _: Text) -> str | None:
    """「3，560户」 → 「3560」; None when the clause lists values (分别为12，345)."""
    line = m.string
    head = line[max(line.rfind(c, 0, m.start()) for c in "。；;：:") + 1:m.start()]
    if re.search(r"分别|依次|先后", head):
        return None
    return m.group(1) + m.group(2).replace("，", "")


_OCR_DIGIT = str.maketrans("OoIlZSB", "0011258")


def _ocr_number(m: re.Match[str], _: Text) -> str | None:
    token = m.group(1)
    if "H" in token or "h" in token:
        return None  # no safe reading (H for 4?): reported without a fix
    return token.translate(_OCR_DIGIT) + m.group(2)


def _no_fix(m: re.Match[str], _: Text) -> str | None:
    return ""  # a fault whose right form cannot be known


def _glued_date(m: re.Match[str], _: Text) -> str | None:
    y, mo = int(m.group(1)), int(m.group(2))
    if m.group(3) is None:  # 「20244月」: year and month only
        return f"{y}年{mo}月"
    d = int(m.group(3))
    try:
        date(y, mo, d)
    except ValueError:
        return None
    return f"{y}年{mo}月{d}日"


def _impossible(m: re.Match[str], _: Text) -> str | None:
    y, mo, d = (int(x) for x in m.group(1, 2, 3))
    try:
        if 1900 <= y <= 2100:
            date(y, mo, d)
            return None  # a real date: not this rule's business
    except ValueError:
        pass
    return _no_fix(m, _)


_DATE_RULE = FormatRule(
    re.compile(r"(?<![0-9A-Za-z])((?:19|20)[0-9]{2})[./-](0?[1-9]|1[0-2])[./-]([0-2]?[0-9]|3[01])"
               r"(?![0-9])"), "日期应写成“2026年1月4日”的形式", _as_cn_date,
    r"[0-9][./-][0-9]")
_FORMAT_RULES: tuple[FormatRule, ...] = (
    # A date typed in full-width digits (「２０２２年３月１日」) is one finding, not three.
    FormatRule(re.compile(r"[０-９]+(?:[．.][０-９]+)?(?:[年月][０-９]+(?:[．.][０-９]+)?)*"),
               "全角数字应改为半角阿拉伯数字",
               lambda m, _: m.group(0).translate(FULLWIDTH_TO_ASCII), "[０-９]"),
    FormatRule(re.compile(r"[〇零一二三四五六七八九]+[0-9]+年|[0-9]+[〇零一二三四五六七八九]+年"),
               "年份混用了汉字和阿拉伯数字",
               lambda m, _: "".join(_CN_DIGITS.get(c, c) for c in m.group(0)),
               r"[〇零一二三四五六七八九][0-9]|[0-9][〇零一二三四五六七八九]"),
    FormatRule(re.compile(r"(?<![0-9])[09][0-9]年(?![代来间以内度])"), "年份不应省略为两位",
               None, r"[09][0-9]年"),
    # 「22年春季」「力争26年」: a two-digit year near the document's own, where a year is
    # expected (after a mark, 在/于/至/力争/计划…), not a length (工作22年, 22年来).
    FormatRule(re.compile(r"(?:^|(?<=[，,。；：:、（(“\s至到于在自从是较比与])|(?<=力争)|(?<=争取)"
                          r"|(?<=计划)|(?<=预计)|(?<=截至)|(?<=截止)|(?<=确保))"
                          r"([12][0-9])年(?![来间以之多余里内的前后])"),
               "年份不应省略为两位", _abbreviated_year, r"(?<![0-9])[12][0-9]年"),
    # An ASCII hyphen in any range (GB/T 15835-2011: ranges take 「—」 or 「～」).
    FormatRule(re.compile(r"(?<![0-9A-Za-z/._\-\s])((?:[1-9][0-9]*|0)(?:\.[0-9]+)?)-"
                          r"((?:[1-9][0-9]*)(?:\.[0-9]+)?)"
                          rf"(?=(?:{_UNIT})|[\u4e00-\u9fff])(?![0-9])"),
               "数值范围应使用一字线“—”（或“～”），不用半角连字符", _range, r"[0-9]-[0-9]"),
    # A hyphen between two dates (「2025年7月-9月」, 「3月1日-15日」): GB/T 15834-2011 joins
    # them with 「—」 (or 「～」).
    FormatRule(re.compile(rf"(?<![0-9])({_DAY})-({_DAY})"),
               "时间范围应使用一字线“—”（或“～”），不用半角连字符",
               lambda m, _: f"{m.group(1)}—{m.group(2)}", r"[年月日号]-[0-9]"),
    # A full-width comma as a thousands separator (「3，560户」): not a list when the clause
    # gives several values (分别, 依次).
    FormatRule(re.compile(r"(?<![0-9，,.．、])([1-9][0-9]{0,2})((?:，[0-9]{3})+)(?![0-9])"
                          rf"(?=(?:万|亿)?(?:{_UNIT})|[\u4e00-\u9fff])"),
               "数字的千位分节不能用全角逗号（公文中一般不分节）", _thousands, r"[0-9]，[0-9]{3}"),
    _DATE_RULE,
    # OCR damage: a full stop inside a number, letters inside a number.
    FormatRule(re.compile(r"(?<![0-9])([0-9]+)。([0-9]+)(?=(?:万|亿)?(?:元|%|％|吨|亩|公里|"
                          r"平方米|人次|户|人|名|个|项))"), "数字中混入了句号（疑为识别错误）",
               lambda m, _: f"{m.group(1)}.{m.group(2)}", r"[0-9]。"),
    # 「投资2。亿元」: a stop between a number and its unit (a digit may be lost: no fix).
    FormatRule(re.compile(r"(?<![0-9])[0-9]+(?:\.[0-9]+)?。(?=(?:万|亿)(?:元|人|吨|亩)?|元|%|％)"),
               "数字与单位之间混入了句号（疑为识别错误）", _no_fix, r"[0-9]。"),
    FormatRule(re.compile(r"(?<=[\u4e00-\u9fff“（(：:，])"
                          r"((?=[0-9OoIlHZSB]*[0-9])(?=[0-9]*[OoIlHZSB])[0-9OoIlHZSB]{2,6}"
                          r"|[OIlH][OoIlH]{1,5})((?:余)?(?:" + _UNIT + "))"),
               "数字中混入了字母（疑为识别错误）", _ocr_number, r"[OoIlHZSB]"),
    FormatRule(re.compile(r"(?<![0-9])((?:19|20)[0-9]{2})(1[0-2]|[1-9])月(?:([0-3]?[0-9])日?)?"
                          r"(?![0-9])"), "年份后缺少“年”字（疑为识别错误）", _glued_date,
               r"[0-9]{5}月"),
    # A letter for a digit in a year (「2O23年」, 「2Ol9年」).
    FormatRule(re.compile(r"(?<![0-9A-Za-z])(?=[0-9]*[OoIl])(2[0-9OoIl]{3})(?=年)"),
               "年份中混入了字母（疑为识别错误）", lambda m, _: m.group(1).translate(_OCR_DIGIT),
               r"2[0-9OoIl]{3}年"),
    FormatRule(re.compile(r"(?<![0-9])([0-9]{4,})年([0-9]{1,4})月([0-9]{1,4})日"),
               "日期不成立（年、月或日的数字有误）", _impossible,
               r"年[0-9]"),
)


_ANY_DIGIT = re.compile(r"[0-9０-９]|[OIlH]{2}")


@cache
def _gate(source: str) -> re.Pattern[str]:
    return re.compile(source) if source else _ANY_DIGIT


def number_format(text: Text) -> Iterator[Finding]:
    """number.format: each pattern over the lines its gate picks, in order; a span one
    pattern reported is not reported again by a later one."""
    taken: dict[int, list[tuple[int, int]]] = {}
    for rule in _FORMAT_RULES:
        for i in text.lines_with(_gate(rule.gate)):
            line = text.lines[i]
            for m in rule.pattern.finditer(line):
                spans = taken.setdefault(i, _urls(line))
                if any(a <= m.start() < b for a, b in spans):
                    continue
                if rule is _DATE_RULE and re.match(r"\d{4}-\d{2}-\d{2} \d", line[m.start():]):
                    continue  # a website timestamp: boilerplate.web's business
                fix = rule.fix(m, text) if rule.fix else None
                if rule.fix is not None and fix is None and rule.fix is not _ocr_number:
                    continue  # the pattern's check says: not a fault
                excerpt = m.group(0)
                if rule.fix is _range:
                    excerpt = line[m.start():m.end(2)]
                spans.append((m.start(), m.start() + len(excerpt)))
                yield finding("number.format", "warning", i, m.start(), excerpt,
                              f"“{excerpt}”：{rule.message}", fix or None)


def _urls(line: str) -> list[tuple[int, int]]:
    if "http" not in line and "www." not in line:
        return []
    return [m.span() for m in re.finditer(r"(?:https?://|www\.)\S+", line)]
