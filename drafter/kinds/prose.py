"""Sentences chosen per task, per unit and per document.

A task's opening and closing sentences come from templates/phrases/subjects.toml: the
subject a task's title names outright (its `title` keywords), else the best keyword
match over its title, points and category, the unit family's own variants first. Within
one document no two tasks get the same variant of a subject, and `variant` (a revision's
重新生成/更正式) shifts every choice, so one facts file can be written several ways, all
from the same facts. Where each figure goes is `kinds.figures`; the notes are
`kinds.notes`."""

from __future__ import annotations

import re
import zlib
from collections.abc import Sequence
from typing import Any

from drafter.facts import Facts, Figure, Slogan, Task
from drafter.kinds.figures import VERB, FigureRoles, guess_task, result_figures
from drafter.kinds.text import enumerate_cn, fill, join_cn, phrase_bank

_QUOTED = re.compile(r"“([^”]{1,20})”")


class Say:
    """Phrase choices for one document. `variant` 0 is the default draft; another number
    gives other variants of every sentence (a revision without a model)."""

    def __init__(self, facts: Facts, vocab: dict[str, str], variant: int = 0,
                 concise: bool = False) -> None:
        self.facts, self.vocab, self.variant = facts, vocab, variant
        self.concise = concise  # only the facts: no opening or closing sentence per task
        self.family = vocab.get("family", "其他")
        bank = phrase_bank("subjects")
        self.connect: dict[str, list[str]] = bank.get("connect", {})
        self.subjects: dict[str, dict[str, Any]] = {
            k: v for k, v in bank.items() if k != "connect" and isinstance(v, dict)}
        self._occurrence: dict[str, int] = {}
        seen: dict[str, int] = {}
        for task in facts.tasks:
            s = self.subject(task)
            self._occurrence[task.title] = seen.get(s, 0)
            seen[s] = seen.get(s, 0) + 1

    # ------------------------------------------------------------------ choosing
    def subject_of(self, *texts: str) -> str:
        """The subject whose keywords cover most of the texts (the first text counts
        three times as much as the others; a longer keyword more than a shorter one);
        the earlier subject in the file on a tie; "通用" when no keyword occurs."""
        best, best_score = "通用", 0
        for name, entry in self.subjects.items():
            score = sum(len(k) * (3 if n == 0 else 1)
                        for n, text in enumerate(texts) if text
                        for k in entry.get("match", ()) if k in text)
            if score > best_score:
                best, best_score = name, score
        return best

    def subject(self, task: Task) -> str:
        """The subject a title names outright, else the best keyword match."""
        return (self.named(task.title)
                or self.subject_of(task.title, "；".join(task.points), task.category))

    def _options(self, subject: str, key: str) -> list[str]:
        entry = self.subjects.get(subject) or self.subjects.get("通用", {})
        own = entry.get(self.family, {})
        options = list(own.get(key, ())) + list(entry.get(key, ()))
        if not options and subject != "通用":
            return self._options("通用", key)
        return options

    def _choose(self, options: Sequence[str], slot: str, n: int, **extra: str) -> str:
        if not options:
            return ""
        seed = zlib.crc32(f"{self.facts.unit.name}|{slot}".encode())
        return fill(options[(seed + n + self.variant) % len(options)], {**self.vocab, **extra})

    def named(self, text: str) -> str:
        """The subject a title names outright (one of its `title` keywords), or ""."""
        for name, entry in self.subjects.items():
            if any(k in text for k in entry.get("title", ())):
                return name
        return ""

    def narrate(self, task: Task) -> str:
        """A summary's account of a task: its points as one sentence of what the unit did
        (我校开展…，组织…，评选…。), the unit named in the first task only."""
        if not task.points:
            return ""
        points = [p.rstrip("。；;，,") for p in task.points]
        sep = "；" if any("，" in p for p in points) else "，"
        first = bool(self.facts.tasks) and task is self.facts.tasks[0]
        subject = self.vocab["self"] if first and VERB.match(points[0]) else ""
        return f"{subject}{sep.join(points)}。"

    def confident(self, task: Task) -> bool:
        """Whether the task's title itself names its subject: only then does a sentence
        about that subject frame the task (a guess from the points alone reads wrong)."""
        return bool(self.named(task.title)) and self.named(task.title) == self.subject(task)

    def lead(self, task: Task, tense: str = "plan") -> str:
        """The task paragraph's opening. A plan: a sentence on the task's subject when
        the title names it, else none. A summary: a short neutral frame before the
        points, since what was done is the facts' to say. "" when concise."""
        if self.concise:
            return ""
        n = self._occurrence.get(task.title, 0)
        if tense == "done":
            index = self.facts.tasks.index(task) if task in self.facts.tasks else 0
            return self._choose(self.connect.get("done_frame", ()), "done", index)
        if not self.confident(task):
            return ""
        s = self.subject(task)
        return self._choose(self._options(s, "lead"), f"{s}|lead", n)

    def aim(self, task: Task) -> str:
        """The sentence closing a plan's task paragraph: what the work is for, when the
        title names the subject ("" otherwise, and when concise)."""
        if self.concise or not self.confident(task):
            return ""
        s = self.subject(task)
        return self._choose(self._options(s, "aim"), f"{s}|aim",
                            self._occurrence.get(task.title, 0))

    # ------------------------------------------------------------------ slogans
    def tasks_for(self, slogan: Slogan) -> list[Task]:
        """The tasks that plainly realise a slogan: one of its items (or the slogan
        itself) named in the task, a shared quoted name, or a subject both name outright;
        at most three, in file order, less a task named after the slogan itself (no
        「X由X落实」)."""
        text = slogan.text + "；".join(slogan.items)
        named = {self.named(i) for i in (slogan.text, *slogan.items)} - {""}
        quoted = set(_QUOTED.findall(text))
        parts = [p.strip("“”") for p in (slogan.text, *slogan.items) if len(p.strip("“”")) >= 4]
        found = []
        for task in self.facts.tasks:
            body = task.title + "；".join(task.points)
            if (any(p in body for p in parts) or quoted & set(_QUOTED.findall(body))
                    or (self.named(task.title) in named)):
                found.append(task)
        return [t for t in found[:3] if slogan.text not in t.title]

    def item_tasks(self, slogan: Slogan) -> list[tuple[str, Task]]:
        """Each item of a slogan with the one task that plainly carries it out: the
        item, or a quoted name in it, found in the task's title or points, else at least
        three shared words and more than with any other task."""
        pairs = []
        for item in slogan.items:
            item = item.rstrip("。；")
            quoted = set(_QUOTED.findall(item))
            named = [t for t in self.facts.tasks if item in t.title + "；".join(t.points)]
            by_name = [t for t in self.facts.tasks
                       if quoted & set(_QUOTED.findall(t.title + "；".join(t.points)))]
            hits = named or by_name
            hit = hits[0] if len(hits) == 1 else None
            if hit is None:
                title = guess_task(Figure(item, 0.0), self.facts.tasks, least=3)
                hit = next((t for t in self.facts.tasks if t.title == title), None)
            if hit is not None:
                pairs.append((item, hit))
        return pairs

    def realised_by(self, slogan: Slogan) -> str:
        """Where the slogan is carried out: item by item when its items map onto tasks
        (“彩虹”志愿服务品牌依托打响“彩虹”志愿服务品牌落实；…), else the tasks that
        realise it as a whole, or ""."""
        pairs = self.item_tasks(slogan)
        if len(slogan.items) > 1 and len({t.title for _, t in pairs}) >= 2:
            by_task: dict[str, list[str]] = {}
            for item, task in pairs:
                by_task.setdefault(task.title, []).append(item)
            said = "；".join(f"{'、'.join(items)}由{quoted(title)}一项落实"
                            for title, items in by_task.items())
            return f"其中，{said}。"
        tasks = self.tasks_for(slogan)
        if not tasks:
            return ""
        names = join_cn([t.title for t in tasks]) + "等任务"
        return self._choose(self.connect.get("realised_by", ()), f"{slogan.text}|link", 0,
                            tasks=names)

    def _where(self, slogan: Slogan, tense: str) -> str:
        """，落实在甲和乙等工作中 — the clause naming the tasks that carry a slogan out."""
        tasks = self.tasks_for(slogan)
        if not tasks:
            return ""
        names = join_cn([t.title for t in tasks])
        verb = "落实在" if tense == "done" else "通过"
        tail = "等工作中" if tense == "done" else "等工作落实"
        return f"，{verb}{names}{tail}"

    def slogan_line(self, slogan: Slogan) -> str:
        """建强两支队伍，即共产党员服务队和青年志愿服务队。 (one or two short items);
        三个一：一是…；二是…；三是…。 (more, or longer ones)."""
        items = [i.rstrip("。；;，,") for i in slogan.items]
        if not items:
            return f"{slogan.text}。"
        if len(items) == 1 or (len(items) == 2 and all(len(i) <= 16 for i in items)):
            return f"{slogan.text}，即{join_cn(items)}。"
        if all(len(i) <= 8 for i in items):
            return f"{slogan.text}，即{'、'.join(items)}。"
        return f"{slogan.text}：{enumerate_cn(items)}"

    # ------------------------------------------------------------------ figures, owners
    def task_figures(self, task: Task, roles: FigureRoles, tense: str = "plan") -> str:
        """The figures linked to the task, as one sentence: what was achieved (done) or
        what is aimed at (plan)."""
        figs = roles.of(task)
        if not figs:
            return ""
        text = result_figures(figs)
        if tense == "done" or text.startswith(("计划", "力争")):
            return f"{text}。"
        return f"力争{text}。"

    def results_lead(self) -> str:
        """Opens the list of the year's results."""
        options = ("全年主要工作指标完成情况如下：", "从主要指标看，",
                   "主要指标完成情况是：")
        return options[(zlib.crc32(self.facts.unit.name.encode()) + self.variant)
                       % len(options)]

    def owner_label(self, owner: str) -> str:
        """One label for the whole document: 责任人 when every owner is a person or post
        (支部书记), 责任部门 when none is, else 牵头负责."""
        owners = [t.owner for t in self.facts.tasks if t.owner] or [owner]
        people = [o.endswith(_PERSON_POSTS) for o in owners]
        return "责任人" if all(people) else "责任部门" if not any(people) else "牵头负责"

    def covered(self, subject: str, *words: str) -> bool:
        """Whether one of the unit's own tasks is about `subject`, or has one of `words`
        in its title or points (then a built-in item on it gives way: nothing is said
        twice)."""
        return any(self.subject(t) == subject
                   or any(w in t.title + "；".join(t.points) for w in words)
                   for t in self.facts.tasks)

    MEETINGS = ("支部党员大会一般每季度召开一次，支部委员会会议一般每月召开一次，党小组会一般每月"
                "召开一次，支部书记每年至少为党员讲一次党课；每月相对固定一天开展主题党日；每年"
                "召开一次组织生活会，开展一次民主评议党员。")
    """三会一课 and the other meetings at the frequencies of the 《中国共产党支部工作条例（试行）》
    (中共中央, 2018-10-28), 第十九条 (党员大会每季度、支委会和党小组会每月、党课), 第十九条
    (主题党日每月相对固定1天), 第二十条 (组织生活会一般每年1次, 民主评议党员每年1次)."""

    def meetings(self) -> str:
        return self.MEETINGS

    def extra(self, task: Task) -> str:
        """What the genre adds to one of the unit's own tasks: in a 党支部工作计划, the
        meeting frequencies to the branch's own 组织生活 task (merged, not said twice)."""
        if self.facts.doc.kind != "party_branch_plan":
            return ""
        own = [t for t in self.facts.tasks
               if self.subject(t) == "组织生活" or "三会一课" in t.title]
        said = any(w in "；".join(task.points) for w in ("每月", "每季度", "每年"))
        return self.MEETINGS if own and own[0] is task and not said else ""

    def mentions_superior(self) -> bool:
        """Whether the basis documents already name the superior (市水务集团《…》): then
        the opening does not name it again."""
        superior = self.facts.unit.superior
        head = superior[:4]
        return bool(superior) and any(superior in b or head in b for b in self.facts.doc.basis)

    def core_goal(self) -> str:
        """The year's aim in the theme's own words: 创建市级文明乡镇 → 对照测评体系补齐短板，
        成功创建市级文明乡镇; 巩固…成果 stays as it is; another theme → 推动…取得新成效."""
        theme = self.facts.doc.theme.removesuffix("工作")
        if theme.startswith(("创建", "争创")):
            return f"对照测评标准补齐短板，成功{theme}"
        if theme.startswith(("巩固", "保持", "迎接")):
            return theme
        return f"推动{theme}取得新成效"

    def timed(self) -> bool:
        """Whether the tasks' timings say more than 全年 (at least two others)."""
        return len({t.when for t in self.facts.tasks if t.when and t.when != "全年"}) > 1

    def by_time(self) -> list[tuple[str, list[str]]]:
        """Task titles grouped by their `when`, in first-mention order."""
        groups: dict[str, list[str]] = {}
        for t in self.facts.tasks:
            if t.when:
                groups.setdefault(t.when, []).append(f"“{t.title}”")
        return list(groups.items())

    # ------------------------------------------------------------------ slogan groups
    def slogan_groups(self) -> list[tuple[str, list[Slogan]]]:
        """The slogan groups, compound ones (named: “1234工程”) first: the plan's frame
        comes before the unit's other slogans."""
        groups = self.facts.slogan_groups
        return [g for g in groups if g[0]] + [g for g in groups if not g[0]]

    def group_line(self, group: str, slogans: Sequence[Slogan]) -> str:
        """The plan's statement of a compound slogan: its parts and its short name."""
        doc = self.facts.doc
        theme = doc.theme if doc.theme.endswith("工作") else f"{doc.theme}工作"
        parts = "、".join(s.text for s in slogans)
        return f"{doc.year}年{theme}的总体思路是：{parts}，简称{quoted(group)}。"

    def slogan_summary(self, tense: str = "plan") -> str:
        """The slogans, for kinds that do not give them a section: a line naming the
        group (if any), then each slogan with its items and the tasks that carry it out,
        a paragraph each (one line a paragraph)."""
        lines = []
        for group, slogans in self.slogan_groups():
            if group:
                lines.append(self.group_line(group, slogans))
            lines += [self.slogan_line(s).rstrip("。") + self._where(s, tense) + "。"
                      for s in slogans]
        return "\n".join(lines)


_PERSON_POSTS = ("书记", "委员", "组长", "主任", "负责人", "院长", "校长", "园长", "经理",
                 "局长", "站长", "所长", "馆长", "行长", "队长")


def tight(text: str) -> str:
    """A name as the user typed it, without the spaces between Chinese characters (党委书记、
    局长 林国栋 → 党委书记、局长林国栋)."""
    return re.sub(r"(?<=[\u4e00-\u9fff）)])\s+(?=[\u4e00-\u9fff（(])", "", text.strip())


def quoted(text: str) -> str:
    """“text”, unless it already holds quotation marks (then bare: no nested ““…””)."""
    return text if "“" in text or "”" in text else f"“{text}”"
