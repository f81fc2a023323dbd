"""Text normalisation for the rules: traditional → simplified by character (OpenCC's
tables) and words mangled by bad 繁↔简 converters, kept at the same length so that
offsets in the normalised line are offsets in the original. Imports nothing from the
rules, so the text model and every rule can use it."""

from __future__ import annotations

import re
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

# Words mangled by bad 繁↔简 converters, with what was meant: a word-list converter's
# 乙個/提公升/全域性 (the seeds in shared/seeds), 著 over-simplified to 着 (显着 for 显著:
# 《通用规范汉字表》2013 keeps 著 in 显著/卓著/著称), 於 left as it was (於 is the 异体 of
# 于 in 《第一批异体字整理表》1955, kept only in names), and Taiwan vocabulary a converter
# carried over (网路 for 网络, 软体 for 软件, 硬体 for 硬件, 伺服器 for 服务器). Issue 12, kind 5.
MISCONVERSIONS = {
    "乙個": "一个", "乙个": "一个", "提公升": "提升", "全域性": "全局", "迴圈": "循环",
    "乾部": "干部", "显着": "显著", "卓着": "卓著", "昭着": "昭著", "着称": "著称",
    "於": "于", "网路": "网络", "软体": "软件", "硬体": "硬件", "伺服器": "服务器",
    # Two-character Taiwan words a vocabulary-swapping converter leaves that no mainland
    # word shares (taiwan.py reads only longer ones): 列印 for 打印, 视讯 for 视频.
    "列印": "打印", "视讯": "视频",
}
# Where a word is only mangled in some contexts: 凸显着 and 以…着称 are good Chinese,
# 电网路径 is not 网路, 软体动物 is a mollusc. word → (characters not before it, words not
# after it).
_CONTEXT: dict[str, tuple[str, tuple[str, ...]]] = {
    "显着": ("凸彰突明尽浮呈", ()),
    "着称": ("随有靠凭沿本向朝接沉执穿味跟看", ()),
    "网路": ("电管", ("径", "由")),
    "软体": ("", ("动物",)),
    # 系列印发, 排列印章; 视讯会议 (a product's name mainland usage shares: taiwan.SHARED)
    "列印": ("系排并序陈行队罗", ()),
    "视讯": ("", ("会议",)),
}
# … and what must follow it: 著称 ends its clause or goes on with 于/的 (以…著称。, 著称于世),
# while 帮着称体重 is 着 after a verb and 称 weighing (blind67: the guard "corrected" a
# model's right 帮着称体重 to 帮著称体重).
_FOLLOWED: dict[str, re.Pattern[str]] = {"着称": re.compile(r"[^\u4e00-\u9fff]|[于的全]|$")}
# A plain alternation of literals (fast); the context is checked on each match.
MISCONVERSION = re.compile("|".join(
    re.escape(k) for k in sorted(MISCONVERSIONS, key=len, reverse=True)))


def mangled(text: str, m: re.Match[str]) -> bool:
    """Whether a MISCONVERSION match in `text` is a mangled word in its context."""
    context = _CONTEXT.get(m.group(0))
    if context is None:
        return True
    before, after = context
    if m.start() > 0 and text[m.start() - 1] in before:
        return False
    if (follows := _FOLLOWED.get(m.group(0))) and not follows.match(text, m.end()):
        return False
    return not text.startswith(after, m.end()) if after else True


def _dictionary(name: str) -> dict[str, list[str]]:
    """One of OpenCC's tables (shipped with opencc-python-reimplemented): key → values."""
    import opencc

    folder = Path(opencc.__file__).parent / "dictionary"
    table: dict[str, list[str]] = {}
    for row in (folder / name).read_text(encoding="utf-8").splitlines():
        if "\t" in row:
            key, values = row.split("\t", 1)
            table[key] = values.split()
    return table


@cache
def traditional_table() -> tuple[dict[str, str], re.Pattern[str]]:
    """Traditional → simplified by character, from OpenCC's dictionaries (shipped with the
    opencc-python-reimplemented package). A character that is also valid simplified text
    (乾 in 乾坤, 著 in 著名, 于…) is never flagged on its own; nor one whose simplified
    form lies outside the Basic Multilingual Plane (檵 → 𪲛, a form no input method gives
    and the 《通用规范汉字表》 does not list: blind59's place name 檵州 was "fixed" to 𪲛州)."""
    ts = _dictionary("TSCharacters.txt")
    st = _dictionary("STCharacters.txt")
    simplified = set(st) | {v for vs in ts.values() for v in vs}
    mapping = {t: vs[0] for t, vs in ts.items() if len(t) == 1 and t not in simplified
               and all(ord(c) <= 0xFFFF for c in vs[0])}
    pattern = re.compile("[" + "".join(sorted(mapping)) + "]+")
    return mapping, pattern


@cache
def _counterparts() -> tuple[dict[str, frozenset[str]], dict[str, frozenset[str]]]:
    """A simplified character's traditional counterparts when it has several (发: 發 髮;
    只: 只 隻 祇), and each traditional character's regional variants (裏/裡, 麪/麵), which
    are the same character written another way, not another word."""
    many = {s: frozenset(vs) for s, vs in _dictionary("STCharacters.txt").items()
            if len(s) == 1 and len(vs) > 1}
    variants: dict[str, set[str]] = {}
    for name in ("TWVariants.txt", "TWVariantsRev.txt", "HKVariants.txt",
                 "HKVariantsRev.txt", "JPVariants.txt"):
        for key, values in _dictionary(name).items():
            if len(key) != 1:
                continue
            group = {key, *(v for v in values if len(v) == 1)}
            for c in group:
                variants.setdefault(c, set()).update(group)
    return many, {c: frozenset(g) for c, g in variants.items()}


@cache
def _to_traditional() -> Any:
    import opencc

    return opencc.OpenCC("s2t")


_HAN_RUN = re.compile(r"[\u4e00-\u9fff]+")


@lru_cache(maxsize=512)
def wrong_counterparts(line: str) -> tuple[tuple[int, int, str], ...]:
    """Traditional characters that are the counterpart of another word (隻有 for 只有:
    隻 is the measure word 一隻, never 只有; 髮展 for 发展: 髮 is 頭髮, 发展 is 發展) —
    wrong in both scripts, a converter's mistake. Each as (start, end, fix): the word
    around it (the character and its neighbour) and that word simplified. The right
    counterpart is OpenCC's phrase-aware s2t conversion of the simplified word."""
    mapping, pattern = traditional_table()
    many, variants = _counterparts()
    listed = {k for m in MISCONVERSION.finditer(line) if mangled(line, m)
              for k in range(m.start(), m.end())}  # the word lists' own
    spots = [k for m in pattern.finditer(line) for k in range(m.start(), m.end())
             if mapping[line[k]] in many and k not in listed]
    if not spots:
        return ()
    plain = normalise(line)
    convert = _to_traditional()
    found: list[tuple[int, int, str]] = []
    for run in _HAN_RUN.finditer(plain):
        inside = [k for k in spots if run.start() <= k < run.end()]
        if not inside:
            continue
        right = convert.convert(run.group(0))
        if len(right) != len(run.group(0)):
            continue
        for k in inside:
            c = line[k]
            # The counterpart read in the whole run and in each two-character word around
            # it: a character that fits any of them is traditional text, not a mistake
            # (個 of 乙個中心 fits 一個 though the run reads 箇中).
            readings = {right[k - run.start()]}
            for a, b in ((k - 1, k + 1), (k, k + 2)):
                if run.start() <= a and b <= run.end():
                    word = convert.convert(plain[a:b])
                    if len(word) == 2:
                        readings.add(word[k - a])
            if any(r == c or c in variants.get(r, ()) or r not in many[mapping[c]]
                   for r in readings):
                continue
            start, end = (k, k + 2) if k + 1 < run.end() else (max(run.start(), k - 1), k + 1)
            if found and found[-1][1] > start:
                start = found.pop()[0]
            found.append((start, end, plain[start:end]))
    return tuple(found)


@cache
def _one_to_one() -> dict[int, str]:
    """str.translate table for the length-keeping conversion in normalise()."""
    mapping, _ = traditional_table()
    return {ord(t): s for t, s in mapping.items() if len(s) == 1}



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
        out = pattern.sub(lambda m: table[m.group(0)] if mangled(m.string, m) else m.group(0),
                          out)
    return out


