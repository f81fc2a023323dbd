"""script.misconversion and script.traditional: words a bad converter mangled, and
traditional characters in a simplified-Chinese document.

A word wrong in both scripts is a misconversion, not traditional text: the word lists of
normalise.MISCONVERSIONS (乙個, 显着, 网路) and a traditional character standing for
another word than its own (隻有 for 只有, 髮展 for 发展: normalise.wrong_counterparts), and
the Taiwan-usage words a vocabulary-swapping converter leaves (最佳化, 资讯化, 上公升:
taiwan.py, from OpenCC's Taiwan phrase tables).
script.traditional reports the traditional characters left, so no character is reported
by both rules."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator

import drafter.rules.taiwan as taiwan
from drafter.rules.model import Finding, Text, finding, quoted_to_forbid
from drafter.rules.normalise import (
    MISCONVERSION,
    MISCONVERSIONS,
    mangled,
    traditional_table,
    wrong_counterparts,
)


def misconversion(text: Text) -> Iterator[Finding]:
    listed: dict[int, list[tuple[int, int]]] = {}
    for i in text.lines_with(MISCONVERSION):
        line = text.lines[i]
        for m in MISCONVERSION.finditer(line):
            if not mangled(line, m) or _named(text, line, *m.span()):
                continue
            right = MISCONVERSIONS[m.group(0)]
            listed.setdefault(i, []).append(m.span())
            yield finding("script.misconversion", "error", i, m.start(), m.group(0),
                          f"“{m.group(0)}”是繁简转换错误，应为“{right}”", right)
    starts = text.line_starts
    for first, last, rights, verb in taiwan.taiwan_spans(text.joined_plain):
        i = bisect_right(starts, first) - 1
        line, start, end = text.plain[i], first - starts[i], last - starts[i]
        if any(a < end and start < b for a, b in listed.get(i, ())) \
                or quoted_to_forbid(line, start, end):
            continue
        word = text.lines[i][start:end]
        if verb:
            message = (f"“{word}”是繁简转换错误（“升”被转成了计量单位“公升”），"
                       f"应为“{rights[0]}”")
        elif word == "公升":
            message = "“公升”是台湾地区用语，大陆法定计量单位名称为“升”"
        elif len(rights) == 1:
            message = f"“{word}”是台湾地区用语（繁简转换带入），大陆应为“{rights[0]}”"
        else:
            options = "”或“".join(rights)
            message = f"“{word}”是台湾地区用语（繁简转换带入），大陆应为“{options}”"
        fix = rights[0] if len(rights) == 1 else None
        yield finding("script.misconversion", "error", i, start, word, message, fix)
    for i in _changed(text):
        line = text.lines[i]
        for start, end, right in wrong_counterparts(line):
            if _named(text, line, start, end):
                continue
            word = line[start:end]
            yield finding("script.misconversion", "error", i, start, word,
                          f"“{word}”是繁简转换错误（繁体中也不这样写），应为“{right}”", right)


def _named(text: Text, line: str, start: int, end: int) -> bool:
    """Whether the word, with a character beside it, is in a name the facts give: a
    person's (於 of 於佳 is a surname, not 于 written in the traditional script: a blind81
    answer's 领导小组 member was "corrected" to 于佳 by the guard), or a place's in the
    unit's, its superior's, an honour's (榘州市安全生产委员会: blind99's city reported as
    a misconversion of 矩州, which the guard's fix would have written) or the notes' (菸坪镇,
    blind120)."""
    if text.facts is None:
        return False
    facts = text.facts
    group = facts.leadership
    led = (group.leader, *group.deputies, *group.members, group.office_head) if group else ()
    # (… or a place the notes name: 菸坪镇卫生院, whose 菸 the guard "corrected" to 烟 in a
    # blind120 answer, the township's own 院长 listening)
    places = re.findall(r"[\u4e00-\u9fff]{1,3}(?:镇|乡|村|县|市|区|街道)", facts.doc.notes)
    names = "；".join([*led, *facts.branch.committee, *(t.owner for t in facts.tasks),
                      facts.unit.name, facts.unit.superior, *places,
                      *(w for h in facts.honors for w in (h.title, h.grantor))])
    return line[start:end + 1] in names or line[max(0, start - 1):end] in names


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
                if _named(text, line, start, end):
                    continue
                word = line[start:end]
                convert = convert or _converter()
                fixed = convert.convert(word)
                if len(fixed) != len(word) or fixed == word:
                    fixed = "".join(mapping.get(c, c) for c in word)
                yield finding("script.traditional", "error", i, start, word,
                              f"“{word}”含繁体字，应为“{fixed}”", fixed)


_CJK_RUN = re.compile(r"[\u4e00-\u9fff]+")
