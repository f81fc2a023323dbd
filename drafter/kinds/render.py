"""Everything that turns facts into a section's text or the title: the unit's vocabulary,
which sections apply, which tasks go where, and the kind's jinja2 templates rendered with
the phrase banks in templates/phrases/. Deterministic, no model, no network.

It states no number of its own: every figure, date and count comes from the facts
(the phrase banks are written without numbers)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache
from itertools import pairwise
from typing import Any

from drafter.facts import UNIT_FAMILY, Facts, Honor, Task
from drafter.kinds import RETROSPECTIVE, Kind, SectionSpec, get_kind
from drafter.kinds.figures import (
    NAME_TAG,
    bigrams,
    figure_roles,
    honor_task,
    recap_figures,
    task_words,
)
from drafter.kinds.jinja import render_lines, render_string, yearless
from drafter.kinds.notes import (
    I_READ,
    addressee,
    as_delivered,
    basics_first,
    brief,
    by_posts,
    closing_pledge,
    closing_thanks,
    few_meetings,
    firm,
    host_noun,
    last_words,
    listeners,
    named_periods,
    note_goals,
    note_results,
    note_sentences,
    one_voice,
    opening_aims,
    opening_thanks,
    own_only,
    placed,
    places_of,
    plain,
    quarterly,
    read_aloud,
    says_hello,
    stress_home,
    stress_items,
    stressed,
    targets_gathered,
    unit_history,
    unsaid,
    visited,
    visitors,
    with_posts,
    written,
    year_setting,
)
from drafter.kinds.prose import (
    Say,
    in_notes_order,
    in_places,
    named_in,
    post_of,
    unquoted,
)
from drafter.kinds.text import drop_clauses, drop_working_notes, phrase_bank
from drafter.terms import load_terms

PHRASE_FAMILIES = ("医院", "学校", "幼儿园", "企业", "机关", "社区", "其他")
"""The unit families the phrase banks may give their own variants for."""


_NAME_SUBTYPES = {"幼儿园": ("幼儿园",), "卫生院": ("卫生院",), "街道": ("街道",),
                  "村": ("村委会", "村民委员会", "村党", "村支部", "村总支")}
"""A v1.1 subtype read off the unit's name when the facts give only its family
(a 学校 named …幼儿园 speaks of 幼儿, not 学生)."""


def subtype(facts: Facts) -> str:
    """The unit's type, narrowed by its name to a subtype of the same family."""
    unit = facts.unit
    for sub, words in _NAME_SUBTYPES.items():
        if UNIT_FAMILY[sub] == unit.type and (any(re.search(w + _ORGAN_TAIL, unit.name)
                                                  for w in words)
                                              or (sub == "村" and unit.name.endswith("村"))):
            return sub
    return unit.type


_ORGAN_TAIL = r"(办事处|党工委|工作委员会|委员会|机关|党?总?支部(委员会)?|[^\u4e00-\u9fff]*)$"
"""What may follow a subtype's word at the end of a name: the unit is that 街道 or 村
itself (…街道办事处, …村委会), not something inside it (…街道锦绣社区养老服务中心)."""


def vocabulary(facts: Facts) -> dict[str, str]:
    """The words a unit of this type uses for itself, its people and its work
    (templates/phrases/units.toml): 其他, then the type's v1 family, the type itself, the
    `[[profile]]`s whose words occur in the unit's name (税务 → 纳税人缴费人), and last the
    facts' own `people`/`served`/`departments` (FACTS.md v1.1)."""
    units = phrase_bank("units")
    utype = subtype(facts)
    vocab: dict[str, str] = {k: v for k, v in units["其他"].items() if isinstance(v, str)}
    for layer in (units.get(facts.unit.family, {}), units.get(facts.unit.type, {}),
                  units.get(utype, {})):
        vocab.update({k: v for k, v in layer.items() if isinstance(v, str)})
    for profile in units.get("profile", ()):
        if (any(w in facts.unit.name for w in profile.get("match", ()))
                and profile.get("type", facts.unit.family) in (utype, facts.unit.family)):
            vocab.update({k: v for k, v in profile.items() if isinstance(v, str)})
    # A community's or village's people are its residents, whom the work is for; what
    # the facts call its people are then the ones who do the work (a 街道 is an organ:
    # its people are its own staff).
    people = () if utype in ("社区", "村") else (("people", facts.unit.people),
                                                    ("together", facts.unit.people))
    if utype in ("社区", "村") and facts.doc.kind == "party_branch_plan":
        vocab["people"] = facts.unit.people or vocab["staff"]  # a branch speaks to its cadres
    # the people the unit serves are whose satisfaction it counts (办事群众, not the
    # type's 辖区群众: a registration centre has no 辖区, blind12 and blind13)
    for key, value in (*people, ("staff", facts.unit.people),
                       ("served", facts.unit.served), ("public", facts.unit.served),
                       ("dept", facts.unit.departments)):
        if value:
            vocab[key] = value
    # an organ serving firms (a 开发区管委会's 园区企业) speaks of 为企服务, not 为民服务
    # (both blind25 readers)
    if re.search(r"企业|商户|经营主体", facts.unit.served) and "为民" in vocab["service"]:
        vocab["service"] = vocab["service"].replace("为民服务", "为企服务")
        vocab["quality"] = vocab["quality"].replace("为民服务", "为企服务")
    # an adults' school (老年大学, 开放大学) has no 立德树人 of a school's pupils (a blind22
    # reader: the notes said last year's draft was sent back as 中小学味)
    if utype == "学校" and _ADULTS.search(facts.unit.name):
        vocab["mission"] = "坚持以学员为中心"
    # A party organisation's word for itself: 总支 (党总支) or 支部.
    vocab["branch"] = "总支" if "总支" in facts.unit.name else "支部"
    vocab["strive"] = "确保" if firm(facts) else "力争"  # a target's verb
    vocab.pop("type", None)
    vocab.pop("base", None)
    vocab["family"] = utype if utype in PHRASE_FAMILIES else facts.unit.family
    self_ref = facts.unit.self_ref
    # 我院 → 院 (全院), 我们社区 → 社区 (全社区); a self-reference without 我 keeps the type's word.
    place = self_ref.removeprefix("我们").removeprefix("我") if self_ref.startswith("我") else ""
    place = place or vocab["place"]
    # 全会 reads as a party plenum (a 残联's 全会文明程度, blind16) and 全部 as "all"
    # (代表全部干部职工, blind17): 全单位 instead
    whole = f"全{place}" if place not in ("会", "部") else "全单位"
    vocab.update(
        self=self_ref,
        place=place,
        whole=whole,
        # the whole unit at work: 全院上下; a 会's people by their name (全单位上下 in a
        # village 红白理事会's plan, blind72's reader)
        everyone=(f"{whole}上下" if whole != "全单位" or not facts.unit.people
                  else facts.unit.people if facts.unit.people.startswith(("全", "各"))
                  else f"全体{facts.unit.people}"),
        unit=facts.unit.name,
        theme=facts.doc.theme,
        superior=facts.unit.superior or vocab["superior"],
        founder=founder(facts),
    )
    return vocab


_HEADS = {"校长": r"(?:大学|学校|学院|中学|小学)$", "院长": r"院$", "局长": r"局$",
          "县长": r"县人民政府$", "区长": r"区人民政府$", "市长": r"市人民政府$",
          "镇长": r"镇人民政府$", "乡长": r"乡人民政府$"}
"""A head's post and how the name of the body it heads ends."""


def founder(facts: Facts) -> str:
    """Who sets up the 领导小组 in the text: the unit (我场成立…), or no one named when its
    组长 heads the superior (a 副校长 over a university's farm: 我场成立 read wrong to
    blind81's reader, the farm cannot set up a group its university's 副校长 leads)."""
    group = facts.leadership
    # (… nor a group whose office is the unit itself: it sits above it, the superior's; a
    # school's 心理健康教育中心 as the office of the school's 创建…领导小组, blind93's readers of
    # both writers: 我中心成立 a group the 校长 leads)
    if group and group.office and facts.unit.name.endswith(group.office) and facts.unit.superior:
        return host_noun(facts.unit.superior)
    post = re.search(r"[（(]([^）)]+)[）)]", group.leader) if group and group.leader else None
    for head, body in _HEADS.items():
        if post and post[1].endswith(head) and re.search(body, facts.unit.superior) \
                and not re.search(body, facts.unit.name):
            return ""
    return facts.unit.self_ref


_ADULTS = re.compile(r"老年大学|老年学校|老干部大学|开放大学|社区学院|社区大学|广播电视大学")
"""Schools for adults: their people are 学员, their mission no 立德树人."""


def applicable(spec: SectionSpec, facts: Facts) -> bool:
    """Whether the facts give the section anything to say. `requires` names a facts key
    that must be non-empty, or one of the computed needs: "basics" (base figures, notes
    or honours to state), "results" (results of the
    year not stated with a task, or honours won that year), "report_results" (those, or
    no result stated anywhere: the section then asks for them), "slogan_group" (a
    compound slogan group), IN_ORDER and BY_CATEGORY (the tasks in one section in the
    notes' order, or by category: in_order), "spoken" (read aloud: notes.read_aloud)."""
    need = spec.requires
    if not need:
        return True
    if need in (IN_ORDER, BY_CATEGORY):
        return in_order(get_kind(facts.doc.kind), facts) == (need == IN_ORDER)
    if need == "spoken":  # a summary's or a plan's 称谓 and thanks: only read aloud
        return read_aloud(facts)
    if need == "basics":  # 基本情况 in a plan: only when there is something to state
        roles = figure_roles(facts, retrospective=False)
        return bool(roles.base or note_sentences(facts) or facts.honors)
    if need in ("results", "report_results"):
        roles = figure_roles(as_delivered(facts), retrospective=True)
        found = (bool(roles.results) or bool(note_results(facts))
                 or any(won(h, facts) for h in facts.honors))
        # a report's 创建成效 says its practices' results again (Say.recap)
        return found or (need != "results" and (
            not roles.by_task or bool(recap_figures(facts, roles))))
    if need == "slogan_group":
        # 总体思路 states a compound group (“1234工程”); other slogans go in 工作目标
        # (Say.goal_slogans) or the task named after them (blind17 and blind18 readers of
        # both writers: a 总体思路 listing slogans read empty and apart from the tasks)
        # … unless a task is named after the group: it explains its parts (a blind21
        # reader: 总体思路是“三精五心”服务品牌 said it a third time)
        titles = [unquoted(t.title) for t in facts.tasks]
        return any(group and not any(_group_name(group) in t for t in titles)
                   # said where the notes place it: 指导思想 (Say._guided) or its task
                   # (“三会一超市”放在善美积分那条里讲: a blind49 reader struck the section),
                   # not 总体要求 (四护三优放在总体要求那里讲, blind24: this section)
                   and (not (where := placed(facts, group)) or re.search(r"总体|思路", where))
                   for group, _ in facts.slogan_groups)
    value = getattr(facts, need, None)
    return bool(value)


def _group_name(group: str) -> str:
    """A compound group's own name (“三精五心”服务品牌 → 三精五心)."""
    quoted_name = re.search(r"“([^”]+)”", group)
    return quoted_name.group(1) if quoted_name else unquoted(group)


_LEVEL = re.compile(r"文明(单位|校园|村|镇|乡镇|社区|窗口|行业|城市|家庭|机关|医院)")


def won(honor: Honor, facts: Facts) -> bool:
    """Whether an honour is a result the document reports: in a summary, one of its
    year; in a 创建工作汇报, one of its year or the year before (2024年旅检科获评全国海关
    青年文明号 is 创建成效 of a 2025 report, blind13), but not the 文明单位 title the
    creation builds on (2022年县级文明单位 read as a result of the 市级 bid, blind17);
    an older honour is where the unit starts from (both blind19 readers: 2022年青年文明号
    is no 成效 of 2025), and so is the year before's in a report of the year's second
    half (2025年五一劳动奖状 in a report of 2026年11月: a blind32 and a blind33 reader of
    each writer called it stranded, last year's); in a plan, none."""
    if facts.doc.kind not in RETROSPECTIVE:
        return False
    if facts.doc.kind == "creation_report":
        since = facts.doc.year - (1 if facts.doc.date.month <= 6 else 0)
        return not _LEVEL.search(honor.title) and honor.year >= since
    return honor.year >= facts.doc.year


IN_ORDER = "in_order"
"""A section's `requires` (and the need it names): the section holding all the tasks, in
the order the notes give them, where the kind's category sections cannot (a 党支部 plan
whose notes place its work across 思想/组织/作风/中心工作, in_order)."""
BY_CATEGORY = "by_category"
"""A section's `requires`: a category section, there only when IN_ORDER's is not."""

_REST = re.compile(r"(?:其余|其他|剩下的?|别的)(?:的|几条|几项|几块)?[^，。；\n]{0,8}?(?:照|按)")
"""Notes keeping the rest of the work in the form's order (其余照初稿, 其他按你表上的排)."""


@lru_cache(maxsize=64)
def in_order(kind: Kind, facts: Facts) -> bool:
    """Whether the kind lays its tasks out in one section in the notes' order (IN_ORDER)
    rather than by category: it has such a section, the notes place two tasks or keep the
    rest in the form's order (_REST), and the category sections would not follow them — a
    placed task out of its place, or the rest out of the form's order. Both blind47's and
    blind48's LLM readers scored the 党支部 plan 3 for that (船民之家第一，先锋闸口第二，
    其余照初稿; 第一写政治建设，第二写党员下沉网格，其他按你表上的排), blind48's naming the
    layout they wanted: each work in its place. Cached: only a bool, so equal facts may
    share it (the tasks themselves may not: ids of one Facts' tasks key places_of)."""
    if _in_order_section(kind) is None:
        return False
    places = places_of(facts, facts.tasks)
    rest = bool(_REST.search(facts.doc.notes))
    if not places or (len(places) < 2 and not rest):
        return False
    owners = grouped_tasks(kind, facts)
    grouped = [t for s in arranged(kind, facts, grouped=True) for t in owners.get(s.id, ())]
    wanted = in_notes_order(facts, facts.tasks)
    return (any(grouped.index(t) != wanted.index(t) for t in facts.tasks if id(t) in places)
            or (rest and grouped != wanted))


def assign_tasks(kind: Kind, facts: Facts) -> dict[str, tuple[Task, ...]]:
    """Each task goes to exactly one section: all of them, in the notes' order, to the
    IN_ORDER section when the kind lays them out so (in_order); else by category
    (grouped_tasks)."""
    whole = _in_order_section(kind)
    if whole is not None and in_order(kind, facts):
        return {s.id: () for s in kind.sections if s.task_categories} | {
            whole: tuple(in_notes_order(facts, facts.tasks))}
    return grouped_tasks(kind, facts)


def _in_order_section(kind: Kind) -> str | None:
    """The id of the kind's IN_ORDER section, None when it has none."""
    return next((s.id for s in kind.sections if s.requires == IN_ORDER), None)


def in_order_sequence(kind: Kind, facts: Facts) -> tuple[tuple[Task | None, tuple[str, ...]], ...]:
    """The IN_ORDER section's tasks in the notes' order, each with the category sections
    (by id) whose own items follow it, as the last of their tasks (三会一课 and 发展党员
    after the last 组织建设 task); then (None, the categories with no task, in the kind's
    order). Empty when the kind lays its tasks out by category."""
    whole = _in_order_section(kind)
    if whole is None or not in_order(kind, facts):
        return ()
    owners = grouped_tasks(kind, facts)
    last = {id(ts[-1]): sid for sid, ts in owners.items() if ts}
    ordered_tasks = assign_tasks(kind, facts)[whole]
    out: list[tuple[Task | None, tuple[str, ...]]] = [
        (t, (last[id(t)],) if id(t) in last else ()) for t in ordered_tasks]
    # the genre's own items wait until the works the notes placed are told (a 从严治党
    # item between the flagship placed first and the work placed second: blind76)
    places = places_of(facts, ordered_tasks)
    run = next((n for n, t in enumerate(ordered_tasks) if places.get(id(t), 0) <= 0),
               len(ordered_tasks)) - 1
    # (… and those it puts last in their order: 学习、三会一课、青蓝结对、发展党员照原稿的先后
    # 放在后头, blind109's reader of a 从严治党 item among them)
    if all(places.get(id(t)) is not None for t in ordered_tasks[run + 1:]):
        run = len(ordered_tasks) - 1
    if run > 0:
        waiting = tuple(g for _, groups in out[:run] for g in groups)
        out[:run] = [(t, ()) for t, _ in out[:run]]
        out[run] = (out[run][0], waiting + out[run][1])
    empty = tuple(s.id for s in kind.sections if s.task_categories and not owners.get(s.id))
    return (*out, (None, empty))


def grouped_tasks(kind: Kind, facts: Facts) -> dict[str, tuple[Task, ...]]:
    """Each task goes to exactly one section by category: the first whose `task_subjects` name the
    subject its title names outright (抓好政治理论学习 under 思想政治建设, whatever its
    category); else the first whose categories name it; for a task without a category,
    the first whose `task_subjects` name its subject (a 党支部 plan's 廉洁 task under
    党风廉政建设); else the section marked "*", which also takes a 党支部 task that puts
    the branch to the unit's work (党建引领汛期测报: its 中心工作, not its 组织建设)."""
    owners: dict[str, list[Task]] = {s.id: [] for s in kind.sections if s.task_categories}
    catch_all = next((s.id for s in kind.sections if "*" in s.task_categories), None)
    say = Say(facts, vocabulary(facts)) if any(s.task_subjects for s in kind.sections) else None
    for task in facts.tasks:
        named = say.named(task.title) if say is not None else ""
        # 党建引领汛期测报 is the branch's part in the unit's work, whatever its category
        central = catch_all if say is not None and _CENTRAL.search(task.title) else None
        target = central or next((s.id for s in kind.sections
                                  if named and named in s.task_subjects), None)
        # a 党支部's 法治 task is its 作风 only when its title says so (推进文明监管和安全
        # 防范 is the unit's work: its 中心工作, blind13)
        own_work = say is not None and task.category == "法治" and not _CONDUCT.search(
            task.title)
        target = target or (catch_all if own_work else None) or next(
            (s.id for s in kind.sections
             if task.category and task.category in s.task_categories), None)
        if target is None and say is not None and not task.category:
            subject = say.subject(task)
            target = next((s.id for s in kind.sections if subject in s.task_subjects), None)
        target = target or catch_all
        if target:
            owners[target].append(task)
    if say is not None:
        _uncross(owners, facts)
    # What the notes ask to bring forward comes first in its section, in the order they
    # ask for it (重点写为农服务、党员带头和社有企业诚信经营: the inspectors hear it first;
    # blind17: 理论武装 between two 为农服务 tasks read out of order); the rest keep
    # the facts' order.
    stress, items = stressed(facts), stress_items(facts)
    if stress or items:
        # notes that set the order keep the rest as the form has them (剩下的照原稿: blind45's
        # readers of both writers found a task mentioning the stressed work moved up)
        given = bool(places_of(facts, facts.tasks))
        # … and with the rest kept as the form has them, a work they only ask written at
        # length stays in its place (辅警的事多写几句 beside 窗口服务放第二个讲，其余照原稿
        # 顺序: blind53's reader)
        if given and _REST.search(facts.doc.notes):
            items = []
        homes = [stress_home(item, facts.tasks) for item in items]

        def rank(task: Task) -> tuple[int, int]:
            body = task_words(task)
            for n, (item, home) in enumerate(zip(items, homes, strict=True)):
                if home is task:  # the task the item is about before one that mentions it
                    return n, 0
                if not given and (item in body or len(bigrams(item) & bigrams(body)) >= 2):
                    return n, 1
            return (0, 2) if named_in(task, stress) else (len(items) + 1, 0)
        owners = {k: sorted(v, key=rank) for k, v in owners.items()}
    # … and the places the notes give them come before either (党建那条放最后, blind28)
    return {k: tuple(in_notes_order(facts, v, relative=len(owners) > 1))
            for k, v in owners.items()}


_CONTACT = re.compile(r"联系[\u4e00-\u9fff]{0,4}(?:群众|服务对象|户)|走访|联户|结对")
"""A 党支部 task of its members' contact with the people (党员联系调查户, 走访联系老区
群众): the 作风 of 密切联系群众, whatever its category."""


def _uncross(owners: dict[str, list[Task]], facts: Facts) -> None:
    """A 党支部's tasks the notes order across its sections (数据质量第一，政治学习第二，联系
    调查户第三: a section's tasks cannot interleave with another's, and blind42–45's readers
    of both writers found 学习 after 联系调查户): a task placed after a task of another
    section, in a section that already holds an earlier placed task, goes to 作风建设 when
    it is its members' contact with the people (_CONTACT); others stay."""
    if "conduct" not in owners:
        return
    places = places_of(facts, facts.tasks)

    def first(sid: str) -> int:
        return min((p for t in owners[sid] if (p := places.get(id(t), 0)) > 0), default=99)
    placed = sorted(((p, t) for t in facts.tasks if (p := places.get(id(t), 0)) > 0),
                    key=lambda x: x[0])
    home = {id(t): sid for sid, ts in owners.items() for t in ts}
    for (_, before), (rank, task) in pairwise(placed):
        sid = home.get(id(task))
        if (sid is None or sid == "conduct" or home.get(id(before)) == sid
                or first(sid) >= rank or not _CONTACT.search(task.title)):
            continue
        owners[sid].remove(task)
        owners["conduct"].insert(0, task)
        home[id(task)] = "conduct"


def arranged(kind: Kind, facts: Facts, grouped: bool = False) -> tuple[SectionSpec, ...]:
    """The kind's sections, those holding tasks (a 党支部 plan's 思想/组织/作风/中心工作)
    in the places the notes give their tasks (公益法律服务第一，政治学习第二，组织生活第三:
    both blind32 writers kept 公益法律服务 in the kind's last section, and both readers
    scored it 3 for that); a section's place is its first task's rank. Kinds with one such
    section are as kind.toml lists them. Notes asking the unit's history first (别上来就是
    指导思想, blind36's both readers) put 基本情况 before 指导思想. `grouped`: as the
    category sections would hold the tasks (grouped_tasks), whether or not they do."""
    sections = kind.sections
    ids = [s.id for s in sections]
    if basics_first(facts) and {"basics", "guiding"} <= set(ids) and (
            ids.index("guiding") < ids.index("basics")):
        basics = sections[ids.index("basics")]
        rest = [s for s in sections if s is not basics]
        at = next(i for i, s in enumerate(rest) if s.id == "guiding")
        sections = (*rest[:at], basics, *rest[at:])
    holders = [s for s in sections if s.task_categories]
    if len(holders) < 2:
        return sections
    tasks = grouped_tasks(kind, facts) if grouped else assign_tasks(kind, facts)
    places = places_of(facts, facts.tasks)

    firsts = {spec.id: min(given) for spec in holders
              if (given := [p for t in tasks.get(spec.id, ()) if (p := places.get(id(t), 0)) > 0])}
    # a section's place among the sections, by its first task's (联户第一，油茶第二，学习第三:
    # 学习's section is the second, not the third; blind43's 党支部 put it after 组织建设)
    ranks = {sid: n for n, sid in enumerate(sorted(firsts, key=firsts.__getitem__), start=1)}

    def place(spec: SectionSpec) -> int | None:
        return ranks.get(spec.id)
    moved = iter(in_places(holders, place))
    return tuple(next(moved) if s.task_categories else s for s in sections)


_CENTRAL = re.compile(r"党建引领|党建\+|党建＋|围绕中心|服务中心|服务大局|助力|赋能|融合|"
                      r"(?:先锋岗|示范岗|先锋队).{0,4}(?:保障|服务|护航)|创岗建功|岗位建功")
"""A 党支部 task title that puts the branch to the unit's own work (中心工作; 党建和业务
融合, blind16; 党员先锋岗保障安全播出, both blind33 readers: no 组织建设; 党员先锋岗创岗建功,
blind39's LLM reader: the notes put it right after the central 保密印刷党员把关)."""
_CONDUCT = re.compile(r"廉|纪|作风|学法|普法|守法|法治教育|法纪|风气|规矩|警示|监督")
"""A title naming conduct (党风廉政, 纪律作风, 法治教育)."""


_CALLED = r"(?:所|院|校|局|站|场|厂|园|董|总|主任|书记|经理|馆|会长|部长|庭|队)"


def _reader_leads(facts: Facts) -> bool:
    """Whether the 领导小组's leader reads the document aloud: the notes give his post with
    the reading (院长现场念, 院长试讲), or say 我…念 (notes.I_READ) and call him by his
    surname (祁所, 戴董: the notes are his)."""
    notes = facts.doc.notes
    # 由钭晓川副主任代我念: another reads it for him (blind68: 我任组长 in a deputy's mouth)
    if re.search(r"[代替]我(?:念|宣读|汇报)", notes):
        return False
    lead = (facts.leadership.leader if facts.leadership else "").strip()
    post = post_of(lead)
    # 简怀瑾 by name alone: 总结我31号年会上自己念, and the notes call him 简董 (blind54)
    bare = post == lead
    name = lead if bare else re.sub(r"[\s（）()]", "", lead.replace(post, "", 1))
    if not re.fullmatch(r"[\u4e00-\u9fff]{2,4}", name):
        return False
    last = "" if bare else re.split(r"[、和]", post)[-1]
    # 统战部隋部长也在: the leader a guest at the reading, not its reader (blind70)
    if re.search(re.escape(name[0]) + _CALLED + r"[^。，,\n]{0,4}也(?:在|来|参加)", notes):
        return False
    return bool((len(last) >= 2 and re.search(re.escape(last) + r"[^。\n]{0,8}(?:念|试讲|宣读)",
                                              notes))
                or (I_READ.search(notes) and re.search(re.escape(name[0]) + _CALLED, notes))
                # 亓大自己当面念, 晏会长当着全体会员代表自己念: he, by his surname (blind53)
                or re.search(re.escape(name[0]) + rf"(?:{_CALLED}|大)[^。，,\n]{{0,12}}"
                             r"(?:念|宣读)", notes))


def section_context(kind: Kind, spec: SectionSpec, facts: Facts, variant: int = 0,
                    detailed: bool = False) -> dict[str, Any]:
    """Everything a section template sees: the facts, the unit's words (`v`), the tasks
    it writes, the phrase choices (`say`), each figure's place (`roles`). Its 领导小组 is
    named with the posts the notes give (notes.with_posts), its leader as 我 when he reads
    it aloud (_reader_leads); read aloud, none of its figures due after its date
    (notes.as_delivered); its 支部委员会 by posts where the notes ask (notes.by_posts)."""
    facts = as_delivered(with_posts(by_posts(facts)))
    if read_aloud(facts) and facts.leadership and _reader_leads(facts):
        # the leader reading it says 我任组长, not his own post and name (blind46's and
        # blind48's LLM readers: 院长念到自己的名字)
        facts = replace(facts, leadership=replace(facts.leadership, leader="我"))
    vocab = vocabulary(facts)
    if unit_work(facts):  # 临床营养科2026年工作 → 临床营养科工作 (扎实推进临床营养科工作)
        theme = re.sub(rf"{facts.doc.year}年度?", "", facts.doc.theme)
        facts = replace(facts, doc=replace(facts.doc, theme=theme))
    terms = load_terms()
    owners = assign_tasks(kind, facts)
    # the category each task has, whatever section holds it (Say.clean_points): the same
    # as owners unless one section holds them all
    by_kind = grouped_tasks(kind, facts) if in_order(kind, facts) else owners
    untasked = [h for h in facts.honors if honor_task(h, facts.tasks) is None]
    return {
        "sequence": in_order_sequence(kind, facts) if spec.requires == IN_ORDER else (),
        "facts": facts,
        "unit": facts.unit,
        "doc": facts.doc,
        "v": vocab,
        "kind": kind,
        "section": spec,
        "tasks": owners.get(spec.id, facts.tasks),
        "guiding": terms.guiding_sentence(facts.doc.date),
        # a unit that asks for few words (少写空话, 两页纸就够) gets the 提法 without the
        # clauses that follow it (两个确立…): the blind readers cut them for small units;
        # so does a speech to staff asked less of papers (开会、学文件的事少写: blind83's
        # reader of a 职工大会 plan, 指导思想 cut to one line)
        "companion": "" if brief(facts) or (read_aloud(facts) and few_meetings(facts))
        else terms.companion_clause(facts.doc.date),
        "plain": plain(facts),
        "quarterly": quarterly(facts),
        "periods": named_periods(facts),
        "own_only": own_only(facts),
        "say": Say(facts, vocab, variant, detailed, by_kind),
        # an honour won for one task is said in that task (Say.won_here), not here
        "past_honors": sorted((h for h in untasked if not won(h, facts)), key=lambda h: h.year),
        "new_honors": [h for h in untasked if won(h, facts)],
        "roles": figure_roles(facts, retrospective=kind.id in RETROSPECTIVE,
                              funds_apart=kind.id in ("implementation_plan", "work_plan"),
                              gathered=targets_gathered(facts),
                              workload_in_basics=kind.id == "work_summary"),
        "notes": note_sentences(facts, history=False),
        "history": unit_history(facts),
        "goals": note_goals(facts),
        "setting": year_setting(facts) + opening_aims(facts),
        "basics_first": basics_first(facts),
        "achieved": note_results(facts),
        "salutation": addressee(facts),
        "written": written(facts),
        "visited": visited(facts),
        "visitors": visitors(facts),
        "pledge": closing_pledge(facts),
        "last_words": last_words(facts),
        # a summary read aloud (its 称谓, opening and thanks)
        "spoken": kind.id in ("work_summary", "work_plan") and read_aloud(facts),
        "listeners": listeners(facts),
        "hello": says_hello(facts),
        "thanks": opening_thanks(facts),
        "closing_thanks": closing_thanks(facts),
        "variant": variant,
    }


@lru_cache(maxsize=256)
def render_section(kind: Kind, spec: SectionSpec, facts: Facts, variant: int = 0,
                   detailed: bool = False) -> str:
    """The section's finished text, one paragraph a line; `variant` > 0 words it
    another way (same facts, other phrase variants); `detailed` opens each task whose
    title names its subject with a sentence on that subject (the default leaves them
    out: readers cut them as 套话; 更详细 asks for them). Cached: kinds and facts are frozen and
    the templates read no `facts.data`, so equal arguments render equal text (a model's
    request shows every other section's text, rendered once, not once a request)."""
    # A bare name is the kind's own template; "common/…" is shared between kinds.
    path = spec.template if "/" in spec.template else f"{kind.id}/{spec.template}"
    lines = render_lines(path, section_context(kind, spec, facts, variant, detailed))
    words = unsaid(facts)
    labels = name_labels(facts)
    text = "\n".join(line for line in (drop_clauses(_unlabelled(li, labels), words)
                                        for li in lines) if line)
    # the notes' working material a clause carried over (就我带着三个研究生: blind72)
    text = drop_working_notes(text, one_voice(facts))
    return spoken_glosses(text, facts) if read_aloud(facts) else text


_BRACKET = re.compile(r"”（([^（）()]{2,120})）(?=[，。；])")
"""Items in brackets after a quoted name, before a stop (“两双手”（专业的手、温暖的手），)."""


def spoken_glosses(text: str, facts: Facts) -> str:
    """A slogan's items said, not bracketed, in a document read aloud: 践行“两个舍不得”
    （舍不得让种粮农民吃亏，舍不得浪费粮食），坚持… → 践行“两个舍不得”，也就是舍不得让种粮
    农民吃亏、舍不得浪费粮食，坚持… (blind70's LLM reader of three speeches: a bracket
    cannot be read out). Brackets that hold anything but one slogan's items stay."""
    lists = [[i.rstrip("。；;，,") for i in s.items] for s in facts.slogans if len(s.items) > 1]

    def said(match: re.Match[str]) -> str:
        for items in lists:
            if re.fullmatch(r"(?:[、，,；;]|和|以及)".join(map(re.escape, items)), match[1]):
                return f"”，也就是{'、'.join(items)}"
        return match[0]

    return _BRACKET.sub(said, text)


def name_labels(facts: Facts) -> tuple[str, ...]:
    """The tags (figures.NAME_TAG) the facts' figure names end with, as written (blind65's
    readers of three drafts: 力争全年开展流动宣讲（2026年目标）220场)."""
    return tuple(dict.fromkeys(m[0] for f in facts.figures if (m := NAME_TAG.search(f.name))))


def _unlabelled(line: str, labels: Sequence[str]) -> str:
    for label in labels:
        line = line.replace(label, "")
    return line



def unit_work(facts: Facts) -> bool:
    """Whether the theme names only the unit's own work, the unit said again by the end
    of its name, with or without the year (学会工作 of 洄川县诗词学会, blind69; 临床营养科
    2026年工作 of 煦阳县人民医院临床营养科 and 鸪洲村2025年工作, blind79: titles that said
    the unit and the year twice)."""
    own = re.sub(rf"(?:{facts.doc.year}年度?)?工作$", "", yearless(facts.doc.theme))
    return len(own) >= 2 and facts.unit.name.endswith(own)


def render_title(kind: Kind, facts: Facts) -> str:
    """The document's title: the facts' own, else the kind's (unit, theme, year, kind).
    A theme that is a sentence (服务园区职工，建设平安温馨社区) or names only the unit's
    own kind of work (学会工作 of 洄川县诗词学会) is no part of it: the title says 工作
    (blind69's readers of both writers: a title with a comma, 诗词学会…学会工作总结)."""
    if facts.doc.title:
        return facts.doc.title
    doc = facts.doc
    if re.search(r"[，,；;]", doc.theme) or unit_work(facts):
        doc = replace(doc, theme="工作")
    return render_string(kind.title, {"unit": facts.unit, "doc": doc, "v": vocabulary(facts)})
