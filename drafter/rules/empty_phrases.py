"""style.empty_phrases: one sentence stacking three or more empty set phrases (高度重视、
精心组织、周密部署、狠抓落实…) with little else — no figure, no quoted or titled name, and
fewer other Chinese characters than the set phrases themselves take. 「各单位要高度重视，
精心组织，周密部署，狠抓落实，确保取得实效。」 says nothing a reader can check; 「高度重视
安全生产，精心组织“安全生产月”活动，周密部署3次应急演练。」 says what was done.

Issue 11, item 6."""

from __future__ import annotations

import re
from collections.abc import Iterator

from drafter.rules.model import Finding, Text, finding

PHRASES: tuple[str, ...] = (
    "高度重视", "精心组织", "周密部署", "狠抓落实", "统筹协调", "扎实推进", "认真落实", "强化措施",
    "加强领导", "真抓实干", "精心部署", "周密安排", "精心安排", "精心谋划", "统筹推进", "统筹兼顾",
    "协调配合", "密切配合", "通力协作", "通力合作", "齐抓共管", "常抓不懈", "持之以恒", "务求实效",
    "注重实效", "落到实处", "抓细抓实", "抓紧抓实", "抓实抓细", "攻坚克难", "开拓创新", "锐意进取",
    "奋发有为", "凝心聚力", "担当作为", "压实责任", "明确分工", "层层落实", "强化督导", "加强督查",
    "强化保障", "形成合力", "整体推进", "扎实开展", "切实加强", "全力以赴", "抓好落实", "确保实效",
    "求真务实", "主动作为", "履职尽责", "迎难而上", "久久为功", "精准发力", "多措并举",
    "提高认识", "统一思想", "明确责任", "加强协调", "强化责任", "周密组织", "狠抓落地",
    "提高站位", "提高政治站位", "振奋精神", "奋勇争先", "鼓足干劲", "再接再厉", "埋头苦干",
    "踔厉奋发", "勇毅前行", "砥砺前行", "争先创优", "团结一心", "同心协力", "乘势而上",
    "统筹谋划", "积极作为", "精益求精",
)


class _Node(dict[str, "_Node"]):
    """A trie node: next character → node; "" marks the end of a phrase."""


def _trie(words: tuple[str, ...]) -> str:
    """A regex for the words with common prefixes factored out (加强(?:领导|督查)…): the
    engine tries far fewer alternatives at each place."""
    root = _Node()
    for word in words:
        node = root
        for c in word:
            node = node.setdefault(c, _Node())
        node[""] = _Node()

    def build(node: _Node) -> str:
        alts = [re.escape(c) + build(sub) for c, sub in sorted(node.items()) if c]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 and "" not in node else f"(?:{'|'.join(alts)})"
        return body + ("?" if "" in node else "")

    return build(root)


# Words that add nothing a reader could check, around a stack of set phrases: 「全体干部职工
# 要」, 「以更加饱满的热情投入工作」, 「推动各项工作再上新台阶」, 「确保各项工作取得实效」.
FILLERS: tuple[str, ...] = (
    "全体干部职工", "干部职工", "全体党员", "全体职工", "全局上下", "上下", "全体", "各项工作",
    "各项任务", "以更加饱满的热情", "饱满的热情", "更加", "热情", "投入工作", "投入到",
    "推动", "确保", "取得实效", "取得新成效", "再上新台阶", "迈上新台阶", "新台阶", "新成效",
    "新局面", "新突破", "新成绩", "新进展", "不断", "持续", "努力", "全力", "切实", "进一步",
    "工作", "要", "将", "以", "的", "和", "把", "再上", "投入",
)
_PHRASE = re.compile(_trie(PHRASES))
_FILLER = re.compile("|".join(sorted(FILLERS, key=len, reverse=True)))
_SENTENCE_ENDS = "。！？；"
_SUBSTANCE = re.compile(r"[0-9０-９%％]|[“「《][^”」》]{1,30}[”」》]")
_CJK = re.compile(r"[\u4e00-\u9fff]")
MIN_PHRASES = 3


def _sentences(line: str) -> Iterator[tuple[int, int]]:
    start = 0
    for k, c in enumerate(line):
        if c in _SENTENCE_ENDS:
            yield start, k
            start = k + 1
    if start < len(line):
        yield start, len(line)


def _empty(stretch: str) -> list[re.Match[str]] | None:
    """The set phrases of a stretch that stacks three or more of them with fewer other
    Chinese characters than they take; None when it says something besides."""
    found = list(_PHRASE.finditer(stretch))
    if len({m.group(0) for m in found}) < MIN_PHRASES:
        return None
    rest = _PHRASE.sub("", stretch)
    if len(_CJK.findall(rest)) >= sum(len(m.group(0)) for m in found):
        return None  # the phrases lead into what is done
    return found


def _clauses(sentence: str) -> Iterator[tuple[int, int]]:
    start = 0
    for k, c in enumerate(sentence):
        if c in "，,：:":
            yield start, k
            start = k + 1
    yield start, len(sentence)


# Stacks of another shape, empty whatever the rest of the sentence says:
# - one adverb on three or more generic verbs sharing one object (「全面提高、全面加强、
#   全面推进、全面落实文明创建各项工作」): four verbs say what one would;
# - three or more 「X上」 aspects each with a set phrase (「思想上高度重视、行动上积极作为、
#   工作上精益求精」), two of them at least from the list.
_ADVERB_STACK = re.compile(
    r"(全面|切实|大力|不断|进一步|持续|着力|积极)(?:提高|提升|加强|强化|推进|推动|落实|深化|完善|"
    r"抓好|做好|加快|增强|加大)(?:、\1(?:提高|提升|加强|强化|推进|推动|落实|深化|完善|抓好|做好|"
    r"加快|增强|加大)){2,}")
_ASPECT_STACK = re.compile(r"[\u4e00-\u9fff]{2}上[\u4e00-\u9fff]{4}"
                           r"(?:、[\u4e00-\u9fff]{2}上[\u4e00-\u9fff]{4}){2,}")


def _stacks(plain: str) -> Iterator[tuple[int, int, list[str]]]:
    for m in _ADVERB_STACK.finditer(plain):
        verbs = m.group(0).split("、")
        if len(set(verbs)) >= 3:
            yield m.start(), m.end(), verbs
    for m in _ASPECT_STACK.finditer(plain):
        tails = [t[3:] for t in m.group(0).split("、")]
        if sum(_PHRASE.fullmatch(t) is not None for t in tails) >= 2:
            yield m.start(), m.end(), tails


def empty_phrases(text: Text) -> Iterator[Finding]:
    """A sentence of stacked set phrases, one clause of them, or a stack of another shape
    (_stacks)."""
    yield from _shaped(text)
    yield from _phrased(text)


def _shaped(text: Text) -> Iterator[Finding]:
    for i in text.lines_containing(("、",)):
        plain = text.plain[i]
        if "上" not in plain and not _ADVERB_STACK.search(plain):
            continue
        for a, b, words in _stacks(plain):
            excerpt = text.lines[i][a:b]
            listed = "、".join(dict.fromkeys(words))
            yield finding("style.empty_phrases", "warning", i, a, excerpt,
                          f"此处堆砌套话（{listed}），没有具体内容，"
                          f"应写明做什么、怎么做、做到什么程度")


def _phrased(text: Text) -> Iterator[Finding]:
    """A sentence of stacked set phrases; or, in a sentence with no figure or name, one
    clause of them (「全体干部职工要统一思想、振奋精神、攻坚克难、奋勇争先，以更加饱满的
    热情投入工作」: the clause says nothing, the rest of the sentence no more)."""
    for i in text.lines_with(_PHRASE, plain=True):
        line, plain = text.lines[i], text.plain[i]
        if len({m.group(0) for m in _PHRASE.finditer(plain)}) < MIN_PHRASES:
            continue
        for a, b in _sentences(plain):
            sentence = plain[a:b]
            if _SUBSTANCE.search(sentence):
                continue
            found = _empty(sentence)
            if found is None:
                for ca, cb in _clauses(sentence):
                    found = _empty(sentence[ca:cb])
                    if found is None:
                        continue
                    outside = _FILLER.sub("", _PHRASE.sub("", sentence[:ca] + sentence[cb:]))
                    if len(_CJK.findall(outside)) < sum(len(m.group(0)) for m in found):
                        a, b = a + ca, a + cb
                        break  # the rest of the sentence says nothing either
                    found = None
                if found is None:
                    continue
            sentence = plain[a:b]
            lead = len(sentence) - len(sentence.lstrip(" \u3000"))
            excerpt = line[a + lead:b]
            listed = "、".join(dict.fromkeys(m.group(0) for m in found))
            yield finding("style.empty_phrases", "warning", i, a + lead, excerpt,
                          f"此句堆砌套话（{listed}），没有具体内容，"
                          f"应写明做什么、怎么做、做到什么程度")
