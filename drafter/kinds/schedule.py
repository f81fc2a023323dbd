"""A plan's year in time, read from its own points: the recurring work they name (每周五
下午集中学习, 每季度召开一次讲评会) and the dated work (3月开展…, 春节前…, 全国土地日…) by
quarter. It is the 时间安排 of a 工作计划 and the 全年工作安排 of a 党支部工作计划 whose facts
give no phases, and the 常态化工作 line above the phases where they do (readers of blind13:
a 时间安排 that copies each point under the first festival it names, out of calendar order,
with no word of the monthly and quarterly work, is rewritten from scratch)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from drafter.facts import Task

_DAYS: dict[str, int] = {
    "元旦": 1, "年初": 1, "寒假": 1, "春运": 1, "春节": 2, "元宵": 2, "正月": 2,
    "学雷锋": 3, "植树": 3, "三八": 3, "妇女节": 3, "消费者权益": 3, "3·15": 3,
    "清明": 4, "世界读书日": 4, "读书日": 4, "全民国家安全教育日": 4, "国家安全教育日": 4,
    "世界知识产权日": 4, "五一": 5, "劳动节": 5, "五四": 5, "青年节": 5, "母亲节": 5,
    "护士节": 5, "防灾减灾日": 5, "助残日": 5, "六一": 6, "儿童节": 6, "端午": 6,
    "全国土地日": 6, "世界环境日": 6, "安全生产月": 6, "禁毒日": 6, "上半年": 6,
    "七一": 7, "暑期": 7, "暑假": 7, "暑运": 7, "八一": 8, "建军节": 8, "医师节": 8,
    "开学": 9, "秋季学期": 9, "教师节": 9, "中秋": 9, "全国科普日": 9, "国庆": 10,
    "重阳": 10, "消防宣传月": 11, "国际志愿者日": 12, "宪法日": 12, "下半年": 12,
    "年底": 12, "年末": 12, "岁末": 12, "年终": 12,
}
"""The month a festival, 纪念日 or season falls in (the usual one for a lunar festival:
春节 2, 中秋 9; 上半年's and 下半年's work is done by their end)."""
_FIRST_DAY = ("元旦", "五一", "六一", "七一", "八一", "国庆")
"""Days on the first of their month: the work before them falls in the month before
(“七一”前评选 is June's, 国庆节前 September's)."""

_TIME = re.compile(
    r"“?(?:(?P<day>(?<![\d])\d{1,2})·\d{1,2}|(?<![\d至—\-~～])(?P<month>1[0-2]|[1-9])月"
    r"(?![\d]?[至—\-~～])(?!份以)|(?P<word>" + "|".join(sorted(_DAYS, key=len, reverse=True))
    + r"))”?(?P<tail>纪念日|节|日|月)?(?P<suffix>前后|前夕|前|后|期间|当天|之际|底前|底|上旬|中旬|"
    r"下旬|初|季)?")
"""One time a clause names: a month (5月, 6月底前; not 3月至11月), a date (“4·15”) or a
festival, 纪念日 or season (_DAYS), with what it says of the time (前, 期间, 底前)."""
_NAMES = ("学雷锋", "植树", "三八", "五四", "五一", "六一", "七一", "八一", "开学", "消费者权益",
          "安全生产月")
"""Days whose names also name things (学雷锋志愿服务岗, 七一勋章): a time only with 节, 日, 月,
纪念日 or 前, 期间… after them."""
_JOINED = re.compile(r"[和、及与]|以及")
_ROUTINE = re.compile(r"^(?:坚持|实行|落实)?每(日|天|周|月|季度|季|半年|学期|年)")
_HOW_OFTEN = re.compile(r"^(?:坚持|实行|落实)?每(?:日|天|周[一二三四五六日]?|月|季度|季|半年|"
                        r"学期|年)|[一两二三四五六七八九十\d]+次")
"""What a routine clause says of how often (每周五, 一次): the rest says what it does."""
_FREQUENCY = {"日": 0, "天": 0, "周": 1, "月": 2, "季度": 3, "季": 3, "半年": 4, "学期": 4,
              "年": 5}
_QUARTERS = ("第一季度（1—3月）", "第二季度（4—6月）", "第三季度（7—9月）", "第四季度（10—12月）")


@dataclass(frozen=True)
class Calendar:
    """`routine`: the recurring work, most frequent first (每周… before 每季度…);
    `quarters`: (label, work) for each quarter with dated work, in calendar order, the
    work of a quarter in the order of its months."""

    routine: list[str]
    quarters: list[tuple[str, list[str]]]

    def __bool__(self) -> bool:
        """Whether it says enough to be a 时间安排: three pieces of work, the dated ones
        in two quarters at least (or none dated, and the routine names three)."""
        dated = sum(len(w) for _, w in self.quarters)
        return dated + len(self.routine) >= 3 and (len(self.quarters) >= 2 or not dated)


def calendar(tasks: Iterable[Task]) -> Calendar:
    """The year's routine and dated work from the tasks' points (clauses split at ，/；
    outside brackets and quotes). A dated clause takes the undated clauses after it
    (3月开展廉政警示教育，组织观看案例片: both are March's); one naming several times
    (春节前和国庆节前各开展一次整治) is one piece of work at each."""
    routine: list[tuple[int, int, str]] = []
    dated: list[list] = []  # [month, order, text]
    for task in tasks:
        for point in task.points:
            current: list[list] = []
            for clause in _clauses(point):
                m = _ROUTINE.match(clause)
                if m:
                    # 每季度公示 alone says nothing of what: the whole point does
                    said = len(_HOW_OFTEN.sub("", clause)) >= 4
                    text = clause if said else point.rstrip("。；;，,")
                    routine.append((_FREQUENCY[m.group(1)], len(routine),
                                    text.removeprefix("坚持")))
                    current = []
                elif at := _times(clause):
                    current = [[month, len(dated) + k, text] for k, (month, text) in enumerate(at)]
                    dated.extend(current)
                else:  # goes on with the dated clause before it, if any
                    for entry in current:
                        entry[2] = f"{entry[2]}，{clause}"
    quarters: dict[int, list[tuple[int, int, str]]] = {}
    for month, order, text in dated:
        quarters.setdefault((month - 1) // 3, []).append((month, order, text))
    return Calendar(
        routine=_unique(t for _, _, t in sorted(routine)),
        quarters=[(_QUARTERS[q], _unique(t for _, _, t in sorted(work)))
                  for q, work in sorted(quarters.items())])


def _clauses(point: str) -> list[str]:
    """A point's clauses: split at ，；; outside （…） and “…”."""
    out, depth, start = [], 0, 0
    for i, ch in enumerate(point):
        if ch in "（(“":
            depth += 1
        elif ch in "）)”":
            depth = max(0, depth - 1)
        elif ch in "，,；;。" and depth == 0:
            out.append(point[start:i])
            start = i + 1
    out.append(point[start:])
    return [c.strip() for c in out if c.strip()]


def _month(m: re.Match[str]) -> int:
    if m.group("month"):
        return int(m.group("month"))
    if m.group("day"):
        return int(m.group("day"))
    word = m.group("word")
    month = _DAYS[word]
    if word in _FIRST_DAY and m.group("suffix") in ("前", "前夕"):
        month = max(1, month - 1)
    return month


def _times(clause: str) -> list[tuple[int, str]]:
    """The work of a clause at each time it names: [] when it names none; one entry when
    it names one, or several not at its start; one per time when it opens with times
    joined by 和/、 (学雷锋纪念日和全国土地日在广场设点宣传 → 学雷锋纪念日在广场…, 全国土地日
    在广场…), a 前 on the last one holding for all (春节、端午、中秋节前: each 前), and
    各…一次 said of each (春节前和国庆节前各开展一次 → 春节前开展一次)."""
    head = re.match(r"(逢|每逢|在|于)?", clause)
    lead = head.group(0) if head else ""
    pos = len(lead)
    found: list[tuple[int, str, str]] = []  # (month, words, suffix)
    joint: re.Match[str] | None = None
    while (m := _TIME.match(clause, pos)) and _is_time(m):
        month, suffix = _month(m), m.group("suffix") or ""
        if found and not joint and found[-1][0] == month:  # “4·15”全民国家安全教育日: one day
            found[-1] = (month, found[-1][1] + m.group(0), suffix)
        else:
            found.append((month, m.group(0), suffix))
        pos = m.end()
        joint = _JOINED.match(clause, pos)
        if joint:
            pos = joint.end()
    if joint:  # 和 after the last time joins no other
        pos = joint.start()
    if len(found) >= 2 and not clause[pos:].startswith("等"):  # 中秋、国庆等节点前: one
        rest = re.sub(r"^各", "", clause[pos:])
        last = found[-1][2]
        shared = last if last in ("前", "后", "期间", "前后", "前夕") else ""
        return [(month if suffix or not shared else _shifted(month, words, shared),
                 f"{lead}{words}{'' if suffix else shared}{rest}")
                for month, words, suffix in found]
    m = next((t for t in _TIME.finditer(clause) if _is_time(t)), None)
    return [(_month(m), clause)] if m else []


def _shifted(month: int, words: str, suffix: str) -> int:
    """The month of a time given a 前 it was written without (春节、国庆节前: 国庆节前)."""
    m = _TIME.match(f"{words}{suffix}")
    return _month(m) if m else month


def _is_time(m: re.Match[str]) -> bool:
    return not (m.group("word") in _NAMES and not (m.group("tail") or m.group("suffix")))


def _unique(texts: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(texts))
