"""script.misconversion and script.traditional: words a bad converter mangled, and
traditional characters in a simplified-Chinese document."""

from __future__ import annotations

import re
from collections.abc import Iterator

from drafter.rules.model import Finding, Text, finding
from drafter.rules.normalise import MISCONVERSION, MISCONVERSIONS, mangled, traditional_table


def misconversion(text: Text) -> Iterator[Finding]:
    for i in text.lines_with(MISCONVERSION):
        line = text.lines[i]
        for m in MISCONVERSION.finditer(line):
            if not mangled(line, m):
                continue
            right = MISCONVERSIONS[m.group(0)]
            yield finding("script.misconversion", "error", i, m.start(), m.group(0),
                          f"“{m.group(0)}”是繁简转换错误，应为“{right}”", right)



def _converter():
    import opencc

    return opencc.OpenCC("t2s")


def traditional(text: Text) -> Iterator[Finding]:
    """One finding per stretch from the first to the last traditional character of a run
    of Chinese text, fixed by OpenCC's phrase-aware conversion of just that stretch.
    Words a bad converter mangled (乙個) are script.misconversion's, not repeated here."""
    mapping, pattern = traditional_table()
    convert = None
    for i, line in enumerate(text.lines):
        if text.plain[i] == line or not pattern.search(line):
            continue  # nothing traditional on this line
        masked = MISCONVERSION.sub(lambda m: "\u3000" * len(m.group(0)), line)
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


