"""script.misconversion and script.traditional: words a bad converter mangled, and
traditional characters in a simplified-Chinese document.

A word wrong in both scripts is a misconversion, not traditional text: the word lists of
normalise.MISCONVERSIONS (乙個, 显着, 网路) and a traditional character standing for
another word than its own (隻有 for 只有, 髮展 for 发展: normalise.wrong_counterparts).
script.traditional reports the traditional characters left, so no character is reported
by both rules."""

from __future__ import annotations

import re
from collections.abc import Iterator

from drafter.rules.model import Finding, Text, finding
from drafter.rules.normalise import (
    MISCONVERSION,
    MISCONVERSIONS,
    mangled,
    traditional_table,
    wrong_counterparts,
)


def misconversion(text: Text) -> Iterator[Finding]:
    for i in text.lines_with(MISCONVERSION):
        line = text.lines[i]
        for m in MISCONVERSION.finditer(line):
            if not mangled(line, m):
                continue
            right = MISCONVERSIONS[m.group(0)]
            yield finding("script.misconversion", "error", i, m.start(), m.group(0),
                          f"“{m.group(0)}”是繁简转换错误，应为“{right}”", right)
    for i in _changed(text):
        line = text.lines[i]
        for start, end, right in wrong_counterparts(line):
            word = line[start:end]
            yield finding("script.misconversion", "error", i, start, word,
                          f"“{word}”是繁简转换错误（繁体中也不这样写），应为“{right}”", right)


def _changed(text: Text) -> list[int]:
    """The lines normalising changed: those holding a traditional or mangled character."""
    if text.joined_plain == text.joined:
        return []
    return [i for i, (line, plain) in enumerate(zip(text.lines, text.plain, strict=True))
            if line != plain]


def _converter():
    import opencc

    return opencc.OpenCC("t2s")


def traditional(text: Text) -> Iterator[Finding]:
    """One finding per stretch from the first to the last traditional character of a run
    of Chinese text, fixed by OpenCC's phrase-aware conversion of just that stretch.
    Words a bad converter mangled (乙個, 隻有) are script.misconversion's, not repeated
    here."""
    mapping, pattern = traditional_table()
    convert = None
    for i in _changed(text):
        line = text.lines[i]
        if not pattern.search(line):
            continue  # a mangled word only
        masked = MISCONVERSION.sub(lambda m: "\u3000" * len(m.group(0)), line)
        for start, end, _ in wrong_counterparts(line):
            masked = masked[:start] + "\u3000" * (end - start) + masked[end:]
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
