"""style.doubled_unit: a unit written twice.

- a figure whose name ends in its unit, the number then followed by the same unit:
  「门诊服务人次218640人次」, 「服务人次达1.2万人次」 (the name says 人次 already: 「门诊服务
  218640人次」). Only compound units (人次, 万元, 学时…) are read: 「帮扶责任人120人」 and
  「示范户30户」 are ordinary Chinese;
- a name ending in 数 after its counting word, the number counted by that word again:
  「住院分娩人数3126人」, 「户表改造户数8650户」, 「播发稿件条数420条」, 「结算笔数1260万笔」
  (「住院分娩3126人」 or
  「住院分娩人数3126」);
- a unit or measure word doubled after a number: 「12个个」, 「300人次人次」. 「一个个」,
  「12个个人」 (个人), 「5项项目」 (项目), 「防制二部部长」 (部长: blind107's built-in draft
  warned, and the guard "fixed" a model's to 防制二部长) are words, not doubles.

「人次」 alone, 「每人次」 and 「万人次」 are silent. Issue 11, item 6."""

from __future__ import annotations

import re
from collections.abc import Iterator

from drafter.rules.model import Finding, Text, finding

# Units that a figure's name may end in (人次 of 门诊服务人次).
_UNITS = ("人次|户次|台次|件次|车次|架次|场次|批次|班次|床日|学时|课时|工时|人天|人日|"
          "公里|千米|平方米|立方米|千瓦时|万元|亿元")
_LINK = r"(?:达到|达|为|是|共计|共|累计|约|近|超过|突破|逾|合计|总计|计)?[：:]?[ \u3000]?"
# The unit first (a literal alternation the regex engine skips to fast), the char before
# it checked apart: a Chinese name, not 每 or a number (每人次, 1.2万人次).
_NAMED = re.compile(rf"({_UNITS})({_LINK})([0-9]+(?:\.[0-9]+)?)(万|亿)?\1")
_NOT_A_NAME = frozenset("每万亿千百十0123456789")
# A name ending in 数 after its counting word (住院分娩人数, 户表改造户数), the number then
# counted by that word again: 「人数3126人」 says 人 twice (「住院分娩3126人」).
_COUNTERS = "人户家件个场例台所项篇辆条起宗次期份册本张部座株棵头只批套间栋处亩吨天笔块艘架幅盏根枚"
_COUNTED = re.compile(rf"([{_COUNTERS}])数({_LINK})"
                      rf"([0-9]+(?:\.[0-9]+)?)(万|亿)?([名{_COUNTERS}])(?!次)")
_SAME_COUNT = {"人": "人名"}

# A measure word doubled after a number; the next character keeps the words it starts
# (12个个人 is 12 个人, 5项项目 is 5 项目).
_FOLLOWS: dict[str, str] = {
    "个": "人体性案税别例", "项": "目", "名": "单称额次录", "位": "置于", "场": "所地馆景次",
    "所": "长属有在", "篇": "章幅目", "期": "间刊末限", "批": "次复准示", "张": "贴",
    "本": "科部地级土", "台": "账阶风", "辆": "", "座": "谈位", "处": "室理置长级",
    "支": "部队持援出", "门": "诊户类槛口", "套": "餐", "部": "门分署队长", "块": "",
    "份": "额",
}
_DOUBLED = re.compile("|".join(u + u for u in (*_FOLLOWS, *_UNITS.split("|"))))
_NUMBER_BEFORE = re.compile(r"(?:[0-9]+(?:\.[0-9]+)?(?:万|亿)?|[两二三四五六七八九十百千]+)$")


def _doubled(line: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, fix) of each unit doubled right after a number."""
    for m in _DOUBLED.finditer(line):
        unit = m.group(0)[:len(m.group(0)) // 2]
        number = _NUMBER_BEFORE.search(line, max(0, m.start() - 12), m.start())
        if number is None or line[number.start() - 1:number.start()] in ("一", "第"):
            continue  # 一个个 (one by one); 个个 without a number (个个争先)
        nxt = line[m.end():m.end() + 1]
        if len(unit) == 1 and nxt and nxt in _FOLLOWS[unit]:
            continue
        yield number.start(), m.end(), number.group(0) + unit


def _after_a_name(line: str, start: int) -> bool:
    """Whether a Chinese name ends right before `start` (门诊服务|人次…), not a word that
    cannot end one (_NOT_A_NAME)."""
    before = line[start - 1:start]
    return "\u4e00" <= before <= "\u9fff" and before not in _NOT_A_NAME


def doubled_unit(text: Text) -> Iterator[Finding]:
    for i in text.lines_with(_NAMED):
        line = text.lines[i]
        for m in _NAMED.finditer(line):
            if not _after_a_name(line, m.start()):
                continue
            excerpt = m.group(0)
            yield finding("style.doubled_unit", "warning", i, m.start(), excerpt,
                          f"“{excerpt}”中单位“{m.group(1)}”重复：名称已带单位，"
                          f"数字后不必再写（或把名称中的“{m.group(1)}”删去）")
    for i in text.lines_with(_COUNTED):
        line = text.lines[i]
        for m in _COUNTED.finditer(line):
            if m.group(5) not in _SAME_COUNT.get(m.group(1), m.group(1)) \
                    or not _after_a_name(line, m.start()):
                continue
            excerpt = m.group(0)
            yield finding("style.doubled_unit", "warning", i, m.start(), excerpt,
                          f"“{excerpt}”中“{m.group(1)}”重复：名称“{m.group(1)}数”已说明计数单位，"
                          f"数字后不必再写“{m.group(5)}”（或把名称中的“数”删去）")
    for i in text.lines_with(_DOUBLED):
        line = text.lines[i]
        for start, end, fix in _doubled(line):
            excerpt = line[start:end]
            yield finding("style.doubled_unit", "warning", i, start, excerpt,
                          f"“{excerpt}”中量词重复，应为“{fix}”", fix)
