"""Script, punctuation, structure and boilerplate: script.traditional,
script.misconversion, punct.halfwidth, structure.numbering, boilerplate.web."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache
from pathlib import Path

from drafter.numbering import heading_prefix
from drafter.rules.model import Finding, Text, finding

# ------------------------------------------------------------------ script.misconversion

# Words mangled by bad 繁↔简 converters, with what was meant.
MISCONVERSIONS = {
    "乙個": "一个", "乙个": "一个", "提公升": "提升", "全域性": "全局", "迴圈": "循环",
    "乾部": "干部",
}
_MISCONVERSION = re.compile("|".join(re.escape(k) for k in MISCONVERSIONS))


def misconversion(text: Text) -> Iterator[Finding]:
    for i, line in enumerate(text.lines):
        for m in _MISCONVERSION.finditer(line):
            right = MISCONVERSIONS[m.group(0)]
            yield finding("script.misconversion", "error", i, m.start(), m.group(0),
                          f"“{m.group(0)}”是繁简转换错误，应为“{right}”", right)


# ------------------------------------------------------------------ script.traditional


@cache
def _tables() -> tuple[dict[str, str], re.Pattern[str]]:
    """Traditional → simplified by character, from OpenCC's dictionaries (shipped with the
    opencc-python-reimplemented package). A character that is also valid simplified text
    (乾 in 乾坤, 著 in 著名, 于…) is never flagged on its own."""
    import opencc

    folder = Path(opencc.__file__).parent / "dictionary"

    def read(name: str) -> dict[str, list[str]]:
        table: dict[str, list[str]] = {}
        for row in (folder / name).read_text(encoding="utf-8").splitlines():
            if "\t" in row:
                key, values = row.split("\t", 1)
                table[key] = values.split()
        return table

    ts = read("TSCharacters.txt")
    st = read("STCharacters.txt")
    simplified = set(st) | {v for vs in ts.values() for v in vs}
    mapping = {t: vs[0] for t, vs in ts.items() if len(t) == 1 and t not in simplified}
    pattern = re.compile("[" + "".join(sorted(mapping)) + "]+")
    return mapping, pattern


@cache
def _one_to_one() -> dict[int, str]:
    """str.translate table for the length-keeping conversion in normalise()."""
    mapping, _ = _tables()
    return {ord(t): s for t, s in mapping.items() if len(s) == 1}


def _converter():
    import opencc

    return opencc.OpenCC("t2s")


def traditional(text: Text) -> Iterator[Finding]:
    """One finding per stretch from the first to the last traditional character of a run
    of Chinese text, fixed by OpenCC's phrase-aware conversion of just that stretch.
    Words a bad converter mangled (乙個) are script.misconversion's, not repeated here."""
    mapping, pattern = _tables()
    convert = None
    for i, line in enumerate(text.lines):
        if text.plain[i] == line or not pattern.search(line):
            continue  # nothing traditional on this line
        masked = _MISCONVERSION.sub(lambda m: "\u3000" * len(m.group(0)), line)
        for run in _CJK_RUN.finditer(masked):
            marks = [k for k, c in enumerate(run.group(0)) if c in mapping]
            if not marks:
                continue
            # One finding per word: traditional characters more than two apart are
            # separate stretches (衛生健康知識 → 衛, 識).
            groups: list[list[int]] = [[marks[0], marks[0]]]
            for k in marks[1:]:
                if k - groups[-1][1] > 3:
                    groups.append([k, k])
                else:
                    groups[-1][1] = k
            for first, last in groups:
                start, end = run.start() + first, run.start() + last + 1
                word = line[start:end]
                convert = convert or _converter()
                fixed = convert.convert(word)
                if len(fixed) != len(word) or fixed == word:
                    fixed = "".join(mapping.get(c, c) for c in word)
                yield finding("script.traditional", "error", i, start, word,
                              f"“{word}”含繁体字，应为“{fixed}”", fixed)


_CJK_RUN = re.compile(r"[\u4e00-\u9fff]+")


@cache
def _same_length_misconversions() -> tuple[re.Pattern[str] | None, dict[str, str]]:
    table = {w: r for w, r in MISCONVERSIONS.items() if len(w) == len(r)}
    if not table:
        return None, table
    words = sorted(table, key=len, reverse=True)
    return re.compile("|".join(map(re.escape, words))), table


def normalise(line: str) -> str:
    """Simplified, de-mangled text of the same length (for rules that compare wording).
    Works on a single line or on many joined by newlines alike."""
    out = line.translate(_one_to_one())
    pattern, table = _same_length_misconversions()
    if pattern is not None and pattern.search(out):
        out = pattern.sub(lambda m: table[m.group(0)], out)
    return out


# ------------------------------------------------------------------ punct.halfwidth

_CJK = r"\u4e00-\u9fff\u3000-\u303f\uff00-\uffef“”‘’"
_HALF = re.compile(rf"(?<=[{_CJK}])[,;:?!()\"]|[,;:?!()\"](?=[{_CJK}])")
_FULL = {",": "，", ";": "；", ":": "：", "?": "？", "!": "！", "(": "（", ")": "）"}
_URL = re.compile(r"(?:https?://|www\.)[\x21-\x7e]+")


def halfwidth(text: Text) -> Iterator[Finding]:
    for i in text.lines_with(_HALF):
        line = text.lines[i]
        urls = [m.span() for m in _URL.finditer(line)]
        quotes = 0
        for m in _HALF.finditer(line):
            if any(a <= m.start() < b for a, b in urls):
                continue
            ch = m.group(0)
            if ch == '"':
                fix = "“" if quotes % 2 == 0 else "”"
                quotes += 1
            else:
                fix = _FULL[ch]
            yield finding("punct.halfwidth", "warning", i, m.start(), ch,
                          f"中文中使用了半角标点“{ch}”，应为全角“{fix}”", fix)


# ------------------------------------------------------------------ structure.numbering


def numbering(text: Text) -> Iterator[Finding]:
    last = {1: 0, 2: 0, 3: 0, 4: 0}
    for i, mark in enumerate(text.headings):
        if mark is None:
            continue
        expected = last[mark.level] + 1
        if mark.number != expected:
            if mark.number == last[mark.level]:
                what = "重复"
            elif last[mark.level] == 0:
                what = f"从第{mark.number}项开始，缺少前面的编号"
            else:
                what = f"跳号（上一项是第{last[mark.level]}项）"
            right = heading_prefix(mark.level, expected)
            yield finding("structure.numbering", "error", i,
                          len(text.lines[i]) - len(text.lines[i].lstrip(" \u3000")),
                          mark.prefix, f"{_LEVEL_NAMES[mark.level]}编号“{mark.prefix}”{what}，"
                          f"此处应为“{right}”")
        last[mark.level] = mark.number
        for deeper in range(mark.level + 1, 5):
            last[deeper] = 0


_LEVEL_NAMES = {1: "一级标题", 2: "二级标题", 3: "三级标题", 4: "四级标题"}

# ------------------------------------------------------------------ boilerplate.web

_BOILERPLATE = re.compile(
    r"小编|本站|文章地址|范文|申明敬告|文档介绍|由互联网用户分享|本文档|下载地址|"
    r"(?:https?://|www\.)[\x21-\x7e]+|字数\s*\d+\s*阅读\s*\d+|"
    r"【篇[一二三四五六七八九十\d]+】|[（(]汇总\d+篇[)）]|\d+篇附目录|"
    r"(?<=[\u4e00-\u9fff])篇[一二三四五六七八九十]$|^篇\d+[：:]")


@cache
def _boilerplate_lines() -> re.Pattern[str]:
    """_BOILERPLATE over a whole text: line anchors allow the blanks strip() removes."""
    source = re.sub(r"(?<![\[\\])\^", r"^[ \\t\\u3000]*", _BOILERPLATE.pattern)
    source = re.sub(r"(?<!\\)\$", r"[ \\t\\u3000]*$", source)
    return re.compile(source, _BOILERPLATE.flags | re.MULTILINE)


def boilerplate(text: Text) -> Iterator[Finding]:
    for i in text.lines_with(_boilerplate_lines(), plain=True):
        line = text.lines[i]
        offset = len(line) - len(line.lstrip())
        for m in _BOILERPLATE.finditer(text.plain[i].strip()):
            excerpt = line[m.start() + offset:m.end() + offset]
            yield finding("boilerplate.web", "error", i, m.start() + offset, excerpt,
                          f"“{excerpt}”是范文网站留下的内容，应删除")
