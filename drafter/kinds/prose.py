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
from collections.abc import Callable, Sequence
from dataclasses import replace
from functools import cached_property
from typing import Any, TypeVar

from drafter.facts import Facts, Figure, Leadership, Slogan, Task, format_number
from drafter.kinds import RETROSPECTIVE
from drafter.kinds.figures import (
    DOING,
    VERB,
    FigureRoles,
    base_figures,
    bigrams,
    figure_clause,
    figure_name,
    figures_sentence,
    honor_task,
    is_target,
    recap_figures,
    result_figures,
    target_figures,
    task_words,
)
from drafter.kinds.notes import (
    LEADERSHIP_TITLE,
    achieved_by_task,
    asked_length,
    asked_scenes,
    at_opening,
    branch_parent,
    brand_told,
    called,
    explain_asked,
    few_meetings,
    funded_by,
    half_said,
    host_noun,
    in_passing,
    joined_months,
    kept_asked,
    main_to,
    named_by,
    no_filler,
    ordered,
    ordered_before,
    paraphrased,
    placed,
    places_of,
    probation_month,
    read_aloud,
    said_by,
    said_in,
    scenes,
    slogan_leads,
    speaker_post,
    starts_with_unit,
    stress_background,
    stress_home,
    stress_items,
    task_notes,
    told,
    untied,
)
from drafter.kinds.schedule import (
    Calendar,
    activities,
    branch_anchors,
    calendar,
    months_named,
    one_offs,
    span_work,
)
from drafter.kinds.text import (
    enumerate_cn,
    fill,
    join_cn,
    phrase_bank,
    school_year,
    strip_end,
    unquoted,
)

_QUOTED = re.compile(r"“([^”]{1,20})”")
_BARE_VERBS = "落实|推行|践行|坚持|实行|推进|实施|做到"
"""The verbs of a point that is a slogan alone (落实“护眼四个一”)."""
_SLOGAN_VERBS = (f"{_BARE_VERBS}|实现|守住|守好|当好|争做|做好|打造|"
                 # any two-character verb before a count (筑牢三道网, 拧紧五颗安全螺丝,
                 # 给足三份安心: blind67, each point's 落实“三道网”要求 left bare)
                 r"[\u4e00-\u9fff]{2}(?=[一二两三四五六七八九十]+[个项条种道颗份盏件大心])")
"""The verbs a slogan's text may open with before its counted name (实现榨季四无)."""
_PART = re.compile(r"指导思想|总体思路|总体要求|工作目标|目标|基本情况|开头|结尾|保障|要求")
"""A part of the document, not a task (放到指导思想里, blind24: its 业务指导 task took the
slogan)."""
_ASPECT_VERB = re.compile(r"^(?:加强|抓好|抓实|开展|深化|推进|推行|推动|做实|做好|做优|做细|"
                          r"强化|落实|提升|优化|打造|建设|美化|倡导|规范|讲好|组织|发挥|筑牢|"
                          r"关爱|办好|坚持|实施|完善|健全|擦亮|守好|守护|创新|弘扬|践行|夯实|"
                          r"扎实推进|持续推进)")
"""The verb a task's title opens with: what follows is what the task works on."""
_INWARD = re.compile(r"党建|思想|理论|学习|文化|关爱|廉|作风|队伍|班子|组织领导|道德|办公|"
                     r"师德|师风|医德|医风")  # 加强师德师风建设 (blind69)
"""Work on the unit itself, whose results are seldom counted: a reader calls a request
for 党建/文体/员工关爱 numbers wasted effort (blind12), and both blind32 readers the 成效
asked of 弘扬职业道德 and 改善办公环境 made up."""
_SERVICE = re.compile(r"代办|帮办|延时|预约|上门|联动|开放日|不停诊|义诊|配送|咨询|"
                      r"^进[\u4e00-\u9fff]{1,3}$")
"""A slogan item that names work to be arranged (a service, 进工地), not a quality."""
_CLEAN = re.compile(r"廉政|廉洁|警示教育|八项规定|作风")
"""Words of 党风廉政建设."""
_DEVELOP = re.compile(r"发展党员|党员发展|积极分子|发展对象|预备党员|转正|入党申请")
"""Words of 发展党员 (《中国共产党发展党员工作细则》's stages)."""
_LESSON = re.compile(r"党课")
"""The 一课 of 三会一课."""
_QUALITY = re.compile(r"(热|耐|细|贴|暖|用|真|诚|舒|放|安|开|爱|省|专)心$|满意$|周到$|规范$|"
                      r"^(热|耐|细|贴|暖|用|真|诚|舒)心")
"""An item naming how the work is done (咨询耐心 of “五心”服务), not work to arrange: a
blind17 reader struck the marker asking for its measures as noise."""
_PLACES = {"乡村": ("乡村", "农村", "下乡", "村"), "农村": ("农村", "乡村", "下乡", "村"),
           "校园": ("校园", "学校", "中小学"), "学校": ("学校", "校园", "中小学", "课堂"),
           "社区": ("社区",), "企业": ("企业", "厂区", "园区"), "机关": ("机关",),
           "家庭": ("家庭", "入户"), "军营": ("军营", "部队"), "工地": ("工地",),
           "商户": ("商户", "门店", "店铺"), "市场": ("市场",),
           "网络": ("网络", "网上", "线上", "新媒体", "公众号", "微信", "网站")}
"""Where a 进X item goes, in the words a task may use for it."""
_PARTY_HONOR = re.compile(r"党|支部|堡垒|先锋|红旗|五好|四强|星级")
"""An honour a party organisation wins (先进基层党组织, 四强党支部, 五星级党支部)."""
AT_LENGTH = 2500
"""A document length asked in the notes (characters) from which a plan's every task is
written at length (Say.at_length): the built-in draft of a plan is 1400–2200 characters
with its points bare (blind29)."""
SHORT = 2000
"""A document length asked in the notes (characters) up to which the draft asks for no
result a task's facts lack (一千五以内: both blind32 readers struck such markers out)."""
_RESULTS_ASKED = ((re.compile(r"医德|医风|师德|师风|行风|作风|廉|制度|规范|纪律"),
                   "制度落实、查改的问题、表扬和投诉等"),
                  (re.compile(r"学习|教育|培训|宣讲|讲座|宣传|读书"), "场次、参加人次等"),
                  (re.compile(r"服务|志愿|义诊|帮扶|慰问|便民|走访|救助|关爱|助"),
                   "服务人次、群众评价等"),
                  (re.compile(r"改造|修缮|整治|绿化|美化|环境|设施|阵地|场所|厂区|园区"),
                   "投入、完成的项目和面积等"))
"""What a summary's marker asks of a task with no result, by the task's words: a blind35
reader struck 群众评价 asked of a factory's grounds (改善厂区环境), and a marker not fitted
to its work reads as the tool's own."""


def _results_asked(title: str) -> str:
    """The results a summary's marker asks of the task titled `title` (_RESULTS_ASKED)."""
    return next((asked for words, asked in _RESULTS_ASKED if words.search(title)), "完成数量等")


_OUTWARD_TASK = re.compile(r"师德|师风|教师|医德|医风|村医|网格员")
"""A task title naming people who are not the unit's own, unless they are (a bureau's
师德师风 training is of its schools' teachers: 帮助机关干部更新知识, a blind33 reader)."""
_OUTWARD = re.compile(r"群众|居民|村民|农户|[茶果菜棉]农|农民|学生|儿童|老人|老年|游客|顾客|"
                      r"客户|企业|市民|青少年|家长|患者|读者|进村|进校|进社区|下乡|上门|宣传|宣讲|"
                      r"学员|务工|工友")  # 结业学员发放…证书: no 帮助全体党员… (blind51)
"""A point whose work is for people outside the unit, a 宣传 included (国家安全教育日开展
金融安全宣传 is for the public, blind30): no purpose naming the unit's own people."""
_TOLD_COUNT = re.compile(r"(?:(?:19|20)\d\d年|今年|全年)?[，,]?(?P<work>[^，,。；;\d]+?)"
                         r"(?P<count>\d+(?:\.\d+)?(?:万|亿)?[\u4e00-\u9fff]{1,3})")
"""A sentence the notes tell of a task that is its work and how much (2026年为考生家长提供
免费休息室214人次)."""
_SELF_EXPLAINED = 30
"""A point longer than this (characters) says enough of itself: no purpose added."""
_PURPOSES_EACH = 0
"""The most points of a task not stressed that say what they are for: one after every
point read as a machine's tail (both blind46 readers: 让…入脑入心、见诸行动 after each), and
two a task as stock phrases tacked on (blind57's reader: 用榜样力量带动整体工作, 让理念看得
见、精神可感知 in four tasks of one plan): only the stressed work says what its points are
for."""
_COUNTED = re.compile(r"[一二三四五六七八九十两]+[个项道条大种支张位类颗份盏件]?"
                      r"[\u4e00-\u9fff]{1,4}$")
"""A slogan's counted words at its end (筑牢三道防线 → 三道防线, 做到四个主动 → 四个主动)."""


_INWARD = re.compile(r"党建|党风|思想|理论|学习|廉|作风|队伍|班子|自身建设")
"""A work of the unit on itself (its study, conduct, staff), said after the outward work."""


_LEAD_ON = ("重点抓好以下几点：", "具体做好以下几项工作：", "着重抓好以下几个方面：")
"""What leads from a plan task's scenes on to its points (Say.scene_lead), a different one
for each task that has scenes, so that no clause repeats within a document."""


class Say:
    """Phrase choices for one document. `variant` 0 is the default draft; another number
    gives other variants of every sentence (a revision without a model)."""

    def __init__(self, facts: Facts, vocab: dict[str, str], variant: int = 0,
                 detailed: bool = False,
                 owners: dict[str, tuple[Task, ...]] | None = None) -> None:
        self.facts, self.vocab, self.variant = facts, vocab, variant
        self.owners = owners or {}  # section id → its tasks (render.assign_tasks)
        self.detailed = detailed  # a sentence on its subject opens a task (更详细)
        self.family = vocab.get("family", "其他")
        bank = phrase_bank("subjects")
        self.subjects: dict[str, dict[str, Any]] = {
            k: v for k, v in bank.items() if isinstance(v, dict)}
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

    @staticmethod
    def _absorbs(point: str, fig: Figure) -> bool:
        """Whether a point names what a figure counts, as the whole point or at the end
        of a clause (新修防火通道 and 新修防火通道 12公里; 在运营一线设立党员先锋岗，党员
        亮身份 and 设立党员先锋岗 48个): the figure then completes the point, not a
        sentence of its own (a blind19 reader: 设立党员先锋岗…。设立党员先锋岗48个). Not a
        routine's point: 每周二、周五…义诊量血压1.38万人次 glued a count of ten months to
        a weekday (blind81's reader)."""
        if re.search(r"每(?:周|月|天|日|季度?|年|晚|早)", point):
            return False
        return _count_at(point, fig) >= 0

    def narrate(self, task: Task, roles: FigureRoles | None = None) -> str:
        """A summary's account of a task: the slogan items it carried out (link_clause),
        then its points as sentences of what the unit did, one for each run of work kept
        up, dated or other (我校坚持每周…，每月…。3月组织了…；9月…。评选…。), a point
        that only names an activity made a clause (食品安全专项整治 → 开展食品安全专项
        整治), a one-off action as done (改造3个管护站住房 → 改造了…); the unit as
        subject (its own word: a reader marks 我们 beside it as two voices)."""
        if not task.points:
            return ""
        figs = list(roles.of(task) if roles else ())
        marked = self.bracketed(task)
        told_here = list(achieved_by_task(self.facts).get(task.title, ()))
        points = []
        restated = self._restating(task)
        for point in (marked.get(n, p).rstrip("。；;，,") for n, p in enumerate(task.points)
                      if n not in restated):
            # 2026年为考生家长提供免费休息室214人次 told of the point 为考生家长提供免费休息室:
            # the count completes the point, not a sentence repeating it (blind30)
            for sentence in told_here:
                m = _TOLD_COUNT.fullmatch(sentence)
                if m and len(m["work"]) >= 6 and point.endswith(m["work"]):
                    point += m["count"]
                    told_here.remove(sentence)
                    break
            fig = next((f for f in figs if self._absorbs(point, f)), None)
            if fig is not None:  # its count after the words it counts, once
                figs.remove(fig)
                if _EVERY.match(point):
                    # (… a kept-up work's the year's: 每半年逐家检查…台账，全年共检查42家次,
                    # not …台账42家次, blind119's reader; with the verb the figure's name
                    # opens with, where the point says it)
                    opening = fig.name[:2]
                    verb = opening if opening in point and (
                        VERB.match(fig.name) or opening in ("检查", "走访", "巡查", "接待")) else ""
                    point = f"{point}，全年共{verb}{fig.text}"
                else:
                    at = _count_at(point, fig)
                    point = f"{point[:at]}{fig.text}{point[at:]}"
            points.append(done(as_clause(point)))
        # the first recurring point as kept up all year (坚持每周五下午集中学习: blind18
        # read a bare 每周五… in a summary as a plan)
        first = next((n for n, p in enumerate(points) if _EVERY.match(p)), None)
        if first is not None:
            points[first] = f"坚持{points[first]}"
        who = self.vocab["self"]
        link = self.link_clause(task, "done")
        # after 围绕…， a point opening with its day needs the unit too (围绕…，我关“4·15”…)
        # (… not one opening with a body of its own: 围绕…，律师事务所收费标准上墙公示,
        # blind105's reader of 我会律师事务所…)
        # (… nor, in a department's summary, one opening with doers who are not its staff:
        # 班主任每学期对住校生家庭上门家访, blind112's reader of 我处班主任…; 我校教师…, 我村党员…
        # stay)
        own = re.match(r"[\u4e00-\u9fff]{0,4}(?:事务所|合作社)", points[0]) or (
            re.search(r"[处科室股部]$", who)
            and re.match(r"(?:班主任|[老教]师|医生|护士|民警|志愿者)(?=[\u4e00-\u9fff]{4})",
                         points[0]))
        # (… and one opening with a preposition: 对出租房屋开展逐户巡查, blind110)
        # (… or with a festival's time: 春节前在高速路口…免费检测, blind111's reader)
        subject = who if (VERB.match(points[0]) or _WHEN.match(points[0])
                          or re.match(r"(?:对|为|向|给|与|按)|(?:春节|元旦|清明|端午|中秋|国庆|"
                                      r"暑假|寒假|汛期|开学|年底)(?:前|后|期间)", points[0])
                          or (link.endswith("，") and not own)) \
            and not points[0].startswith(who) else ""
        # the work kept up, the dated work, the rest: a sentence each run, not one chain
        # of semicolons (blind19 and blind20 readers: 要点用分号串起来, 流水账)
        runs: list[list[str]] = []
        kinds: list[str] = []
        for point in points:
            kind = ("routine" if point.startswith("坚持") or _EVERY.match(point)
                    or "常态" in point[:6]
                    else "dated" if _ON_A_DAY.match(point) else "other")
            if runs and kinds[-1] == kind and len(runs[-1]) < 4:
                runs[-1].append(point)
            else:
                runs.append([point])
                kinds.append(kind)
        # a run's one point left over goes with the run before (收缴猎套、护林防火。 alone,
        # with no subject: blind82's reader)
        if len(runs) > 1 and len(runs[-1]) == 1 and kinds[-1] == kinds[-2]:
            runs[-2:] = [runs[-2] + runs[-1]]
        sentences = [("；" if any("，" in p for p in run) else "，").join(run) for run in runs]
        # a later sentence opening with a preposition has the unit as its subject too (…下乡。
        # 对40岁以上吸烟者…开展筛查: blind107's and blind108's readers of a fragment)
        sentences[1:] = [f"{who}{s}" if re.match(r"(?:对|为|向|给|与|按)", s) else s
                         for s in sentences[1:]]
        told = "".join(f"{s}。" for s in told_here)
        return f"{self.background(task)}{link}{subject}{'。'.join(sentences)}。{told}"

    def confident(self, task: Task) -> bool:
        """Whether the task's title itself names its subject and its points speak of
        nothing else: only then does a sentence about that subject frame the task (a
        guess reads wrong: 消防宣传 is no 安全生产责任)."""
        named = self.named(task.title)
        return (bool(named) and named == self.subject(task)
                and self.subject_of("；".join(task.points)) in (named, "通用"))

    def lead(self, task: Task) -> str:
        """In a detailed draft (更详细), a plan's task paragraph opens with a sentence on
        the task's subject when the title names it (confident); "" otherwise: the
        default draft gives the points alone, since the blind readers (tests/review/
        README.md) cut these sentences as 套话 in every round. A summary's task is told
        by narrate: what was done is the facts' to say."""
        background = self.background(task)
        if not self.detailed or not self.confident(task):
            return background
        s = self.subject(task)
        return background + self._choose(self._options(s, "lead"), f"{s}|lead",
                                         self._occurrence.get(task.title, 0))

    def background(self, task: Task) -> str:
        """What the notes say of a task they ask to be written at length (notes.
        stress_background: 这项工作是我公司的老传统，从建一级站时就已开展。), as the
        sentence that opens it, and in a plan the honour the work has won (won_here);
        "" for any other task."""
        said = self._backgrounds.get(id(task), "")
        return said if self.facts.doc.kind in RETROSPECTIVE else said + self.won_here(task)

    def won_here(self, task: Task) -> str:
        """The honours won for the task (figures.honor_task), each a sentence: its holder
        in brackets as the subject (2026年，“禾睦健康直通车”医疗队被汭川县总工会授予
        “汭川县工人先锋号”称号。), the unit otherwise. A summary or report says them after
        the task's results, a plan where the task opens (background)."""
        out = []
        own = self.facts.unit.self_ref.removeprefix("我")  # 站 of 我站
        for honor in sorted(self.facts.honors, key=lambda h: h.year):
            home = honor_task(honor, self.facts.tasks)
            if home is None or home.title != task.title:
                continue
            held = re.fullmatch(r"(.+?)[（(](.+)[）)]", honor.title)
            who, title = ((self._quoted(held[2]), held[1]) if held
                          else (self.facts.unit.self_ref, honor.title))
            # …示范企业（“脂款日结”）: a title of the unit's kind is the unit's, won by the
            # work (blind73's reader: “脂款日结”被…授予“…示范企业” misattributed)
            # (a team's 先进集体 is the team's: “马灯宣讲队”, “暖心妈妈岗”)
            # (… and a village's: “只摘红果”被…授予全市“一村一品”示范村称号, blind124's reader;
            # one ending in the unit's own word, 我站 of …示范站)
            if held and (re.search(r"(?:企业|公司|单位|村|社区)$", title)
                         or (len(own) == 1 and title.endswith(own))) and not re.search(
                    r"[队组班岗室]”?$", held[2]):
                who = f"{self.facts.unit.self_ref}凭借{who}"
            out.append(f"{honor.year}年，{who}{honor_clause(title, honor.grantor)}。")
        return "".join(out)

    @cached_property
    def _backgrounds(self) -> dict[int, str]:
        """id of each task the notes say something of (background) → those sentences."""
        out: dict[int, str] = {}
        # what the leader says the branded work is (notes.brand_told: 所谓“补种到村”，就是
        # 护士背着冷藏箱进山，…): blind85's readers of both writers asked the flagship
        # written as the operation it is, not its points and figures alone
        # (… not where its points say seven tenths of it again: 所谓“田头配肥站”，就是在乡镇设站，
        # 农技员下地取土化验… before 在乡镇设立田头配肥站；农技员下地取土化验…, blind96's reader)
        told = {id(home): f"所谓“{brand}”，就是{said}。"
                for brand, said in brand_told(self.facts).items()
                if (home := stress_home(brand, self.facts.tasks)) is not None
                and not _restated(said.split("。")[0], home.points)}
        for item, text in stress_background(self.facts):
            home = stress_home(item, self.facts.tasks)
            if home is None:
                continue
            # 曾在全省测报工作会上作典型发言, 县委组织部两次前来调研: said of the work, which
            # the sentence names first (blind43: four such sentences read subjectless)
            # … once: a second account goes on after the first (blind48: the opening twice)
            # … unless it opens with its date and its own subject (2026年6月市分行在泱河召开
            # …现场会: “粮安驿站”服务品牌是我行的工作品牌 before it read as a tautology to
            # blind57's reader, in five drafts of six)
            if id(home) not in out and not text.startswith(("这项工作",
                                                            self.facts.unit.self_ref)) \
                    and not re.match(r"(?:19|20)\d\d年(?:\d{1,2}月)?[^，,]{0,12}?在", text):
                # 古建筑 (这块是我们所的金字招牌) names what its task works on: the work
                aspect = _ASPECT_VERB.sub("", home.title, count=1)
                # 开笔礼 of “三礼” (开笔礼、成人礼、敬老礼是我们的看家本领, blind47): the
                # slogan's work its task names, not one of its items
                group = next((q for sl in self.facts.slogans if item in sl.items
                              for q in _QUOTED.findall(sl.text)), "")
                # 上门修船那支队伍, the leader's own words for “江上船医”流动服务队 (notes.
                # paraphrased): the task's name (blind64)
                own_words = not (item in home.title or said_in(item, [task_words(home)]))
                work = (aspect if aspect != home.title and (
                    unquoted(item) in unquoted(aspect) or unquoted(aspect) in unquoted(item)
                    or (group and group in aspect) or own_words)
                        else self._quoted(item))
                standing = self._standing(item)
                # (“不熄灯训练室”党员服务品牌是我支部的工作品牌: its own 品牌 said once, the
                # work's name before it; blind111's reader)
                if standing == "工作品牌" and (kind := re.fullmatch(
                        r"(“[^”]+”)([\u4e00-\u9fff]{0,10}品牌)", work)):
                    work, standing = kind[1], kind[2]
                # (“前店后坊”豆腐街改造是我村的工作品牌: a renovation is no brand, its name is,
                # blind113's reader)
                if standing == "工作品牌" and (deed := re.fullmatch(
                        r"(“[^”]+”)[\u4e00-\u9fff]{0,6}(?:改造|建设|整治|治理|提升|创建)", work)):
                    work = deed[1]
                lead = f"{work}是{self.facts.unit.self_ref}的{standing}"
                # what the work is, before what others made of it
                # (… in a sentence of its own before what it is or a dated account: 是我支部的
                # 一项重点工作，2026年8月…现场会 read as a comma splice to blind106's reader)
                text = (f"{lead}。{told.pop(id(home))}{text}" if id(home) in told
                        else f"{lead}。{text}" if re.match(
                            r"(?:19|20)\d\d年(?:\d{1,2}月)?(?!承办|举办|开展|组织|被|获|荣获|入选|作为)",
                            text)  # (not a deed of the work's own: …，2025年11月承办了…)
                        else f"{lead}，{text}")
            out[id(home)] = out.get(id(home), "") + f"{text}。"
        for key, said in told.items():  # none told of it but what it is
            out[key] = said + out.get(key, "")
        return out

    def _quoted(self, item: str) -> str:
        """A stressed work as the notes or the tasks quote its name (“金齿轮”工作室, not
        金齿轮工作室 beside the point's “金齿轮”技能大师工作室: a blind46 reader)."""
        item = unquoted(item)
        # (the notes' words quoted as words, “巡查”“巡堤”, are no names: blind68's
        # “守堤人”“巡堤”查险; a name of two characters only as the tasks quote it)
        named = set(_QUOTED.findall("；".join(task_words(t) for t in self.facts.tasks)))
        named |= {q for q in _QUOTED.findall(self.facts.doc.notes) if len(q) >= 3}
        names = sorted(named, key=len, reverse=True)
        for name in names:
            # … once, not again inside a longer name quoted already (““草原”“流动课堂””服务队
            # of “草原流动课堂”, “流动课堂” and “草原”, blind59)
            if name in re.sub(r"“[^”]*”", "", item) and f"“{name}”" not in item:
                parts = re.split(r"(“[^”]*”)", item)
                at = next(n for n, p in enumerate(parts) if not p.startswith("“") and name in p)
                parts[at] = parts[at].replace(name, f"“{name}”", 1)
                item = "".join(parts)
        # 健康直通车 of “禾睦健康直通车”: the name whole (blind50)
        whole = [name for name in names if item in name and item != name]
        return f"“{whole[0]}”" if "“" not in item and len(whole) == 1 else item

    def _standing(self, item: str) -> str:
        """What the stressed work is to the unit, by the notes' own word for it (“金齿轮”
        工作室是我们的招牌, …最拿得出手的 → 工作品牌; …是我们的亮点 → 工作亮点); 一项重点
        工作 when they say none (every blind46 reader of the built-in drafts found
        是我X的一项重点工作 before each stressed work a formula)."""
        # … or said of it in the next sentence (“棋进校园”这段念得太快。钟书记说这是全院最拿得
        # 出手的, blind48)
        said = re.search(re.escape(unquoted(item))
                         + r"[^。；;\n]{0,20}?(?:[。；;]\s*[^。；;\n]{0,8}?这是[^。；;\n]{0,10}?)?"
                           r"(招牌|品牌|亮点|特色|拿得出手|看家本领)",
                         unquoted(self.facts.doc.notes))
        # … or before it (今年最拿得出手的就是应急广播, blind22)
        said = said or re.search(r"(招牌|品牌|亮点|特色|拿得出手|看家本领)的?(?:就|还)?是"
                                 + re.escape(unquoted(item)), unquoted(self.facts.doc.notes))
        # … or after the leader's account of it (…就是我们的“月亮门诊”：每天晚上…就能看。这是
        # 科里最拿得出手的, blind87)
        # (… or after the year it began: …。2020年开始搞的，是协会最拿得出手的, blind106)
        said = said or re.search(r"(?:就是(?:我们|咱们)的|所以才有)“[^”]{0,6}?"
                                 + re.escape(unquoted(item))
                                 + r"”[^\n]{0,120}?[。；;]\s*(?:这是|(?:19|20)\d\d年"
                                   r"[^。；;\n]{0,8}?的[，,]\s*是)[^。；;\n]{0,10}?"
                                   r"(招牌|品牌|亮点|特色|拿得出手|看家本领)", self.facts.doc.notes)
        # (… or anywhere in the leader's line telling it: 这块就是我们的“护泉公约”，村里的看家
        # 本领：…; 是“雨天抢收队”：…。2019年开始搞的，是协会的招牌, blind120's reader)
        # (… by its quoted name, or one holding it: 推行“夜灯巡房”制度, 碳票 of “碳票到村”,
        # blind122)
        names = re.findall(r"“([^”]+)”", item) or [unquoted(item)]
        best = r"(?:的|是)[^。，,；;]{0,6}?(招牌|拿得出手|看家本领)"
        said = said or next((m for line in self.facts.doc.notes.splitlines()
                             if any(name in q for q in re.findall(r"“([^”]+)”", line)
                                    for name in names)
                             for m in [re.search(best, line)] if m), None)
        if not said:
            return "一项重点工作"
        return {"亮点": "工作亮点", "特色": "特色工作"}.get(said[1], "工作品牌")

    # ------------------------------------------------------------------ slogans
    def tasks_for(self, slogan: Slogan) -> list[Task]:
        """The tasks that plainly realise a slogan: one of its items (or the slogan
        itself) named in the task, a shared quoted name, or a subject both name outright;
        at most three, in file order, less a task named after the slogan itself (no
        「X由X落实」). A shared subject counts only for a slogan of at most one item:
        several items each name their own work."""
        text = slogan.text + "；".join(slogan.items)
        named = {self.named(i) for i in (slogan.text, *slogan.items)} - {""}
        quoted = set(_QUOTED.findall(text))
        parts = [p.strip("“”") for p in (slogan.text, *slogan.items) if len(p.strip("“”")) >= 4]
        found = []
        for task in self.facts.tasks:
            body = task_words(task)
            if (any(p in body for p in parts) or quoted & set(_QUOTED.findall(body))
                    or (len(slogan.items) <= 1 and self.named(task.title) in named)):
                found.append(task)
        return [t for t in found[:3] if slogan.text not in t.title]

    def item_tasks(self, slogan: Slogan) -> list[tuple[str, Task]]:
        """Each item of a slogan with the one task that plainly carries it out: the
        item, or a quoted name in it, found in the task's title or points, else the one
        task sharing most of the item's own words (those no other item of the slogan
        has: 药品 of 药品安全底线, not 安全底线; nor most tasks: 党员 in a branch)."""
        pairs = []
        items = [i.rstrip("。；") for i in slogan.items]
        for item in items:
            quoted_names = set(_QUOTED.findall(item))
            named = [t for t in self.facts.tasks if item in task_words(t)]
            by_name = [t for t in self.facts.tasks
                       if quoted_names & set(_QUOTED.findall(task_words(t)))]
            hits = named or by_name
            hit = hits[0] if len(hits) == 1 else None
            if hit is None and len(item) > 3:  # 进企业: only as written (企业文化 is no 进企业)
                others = set().union(*(bigrams(i) for i in items if i != item))
                hit = self._best_task(item, bigrams(item) - others - self._common,
                                      slogan.text)
            if hit is not None:
                pairs.append((item, hit))
        return pairs

    def _best_task(self, item: str, words: set[str], near: str = "") -> Task | None:
        """The one task that shares most of the item's own `words` (a word in its title
        counts twice, one in its points once; its title sharing one of them or a word of
        the slogan: 准确、及时 in a study point is no 监测预报准确及时, and a wrong link
        costs a reader more than a missing one) and plainly carries it: two separate terms
        of the item (a run of overlapping words — 每季度 — is one term), or a term of four
        characters or more (森林防火), or the item's only word (药品); a tie goes to the
        task whose title shares more words with `near` (the slogan's own text); None when
        still tied."""
        if not words:
            return None
        scores = []
        for n, t in enumerate(self.facts.tasks):
            title, points = words & bigrams(t.title), words & bigrams("；".join(t.points))
            runs = terms(item, title | points)
            named = title or bigrams(near) & bigrams(t.title)  # its title says it
            if named and (len(runs) >= 2 or max(runs, default=0) >= 3
                          or (len(words) <= 2 and runs)):
                scores.append((2 * len(title) + len(points),
                               len(bigrams(near) & bigrams(t.title)), n))
        scores.sort(reverse=True)
        if not scores or (len(scores) > 1 and scores[1][:2] == scores[0][:2]):
            return None
        return self.facts.tasks[scores[0][2]]

    @cached_property
    def _common(self) -> set[str]:
        """Words most of the unit's tasks share (党员 in a branch's plan): they tell no
        task from another."""
        counts: dict[str, int] = {}
        for t in self.facts.tasks:
            for w in bigrams(task_words(t)):
                counts[w] = counts.get(w, 0) + 1
        least = max(3, (len(self.facts.tasks) + 1) // 2)
        return {w for w, n in counts.items() if n >= least}

    def carrier(self, slogan: Slogan) -> Task | None:
        """The one task named after the slogan, which carries it whole: its title holds
        the slogan's text, its quoted name (“五进”) or its counted words (筑牢三道防线 →
        筑牢疾病防控三道防线), else one of its points holds its quoted name; None when no
        task or several are, or when the notes say it at the opening only (“实现两个带动”
        总结开头点一句就够，后面不挂, blind63: its items' one task carried it instead)."""
        if at_opening(self.facts, slogan.text) and untied(self.facts, slogan.text):
            return None
        bare = unquoted(slogan.text)
        marks = {bare, *_QUOTED.findall(slogan.text)}
        if core := _COUNTED.search(bare):
            marks.add(core.group(0))
        hits = [t for t in self.facts.tasks
                if any(m in unquoted(t.title) for m in marks
                       if len(m) >= 2)]
        if not hits:  # a point naming its quoted name (践行“田间四问”工作法, blind20: said in
            # 工作目标 and again in that task)
            # … or the bare name itself (三必访 in 落实“三必访”: blind39 said it in 工作目标 and
            # named it bare in the task)
            # … or the whole text quoted in a point (开展“研学四个一”活动, blind40: it led the
            # summary's practices instead)
            # … or its counted words quoted (落实“五颗安全螺丝”要求 of 拧紧五颗安全螺丝,
            # blind67: the notes' place for it named another task's words)
            names = [q for q in _QUOTED.findall(slogan.text) if len(q) >= 2] or [
                bare, *([core.group(0)] if core and len(core.group(0)) >= 3 else [])]
            hits = [t for t in self.facts.tasks
                    if any(f"“{q}”" in p for q in names for p in t.points)]
        if not hits and (where := placed(self.facts, slogan.text)) and not _PART.search(where):
            # 放在宣传教育那块里说清楚: the task the notes name carries it (blind23: it led
            # the summary's practices instead)
            names = _QUOTED.findall(where) or [where]
            # … by the leader's own words for it (放在测数据出报告那条里 of 规范防雷装置检测,
            # blind66)
            # (… the one its words name most where they differ: 教护树人认树、巡树 of 培训
            # 乡村护树人, not of the 一树一护 whose points say 护树人: blind86)
            home = next((t for n in names if (t := self._named(unquoted(n)))), None)
            # (… or the one title holding its one character: 放在锣那条里 of 推行“一村一面锣”
            # 叫应机制, blind113's reader found it in 工作目标)
            one = re.sub(r"那一?[条块段]$", "", where)
            titled = [t for t in self.facts.tasks if len(one) == 1 and one in t.title]
            if home is None and len(titled) == 1:
                home = titled[0]
            # (… or the work the notes' order names in words holding it: 放在上门那条里 of the
            # 社工一户一户上门看孩子…那块 placed second, blind114's reader found it in 工作目标)
            if home is None and len(one) >= 2:
                places = places_of(self.facts, self.facts.tasks)
                home = next((t for what, place in ordered(self.facts) if one in what
                             for t in self.facts.tasks if places.get(id(t)) == place), None)
            if home is None:  # … or the one task its deed's words name (带孩子们认鸟 of the
                # 自然教育 whose point is 组织小学生到鸳鸯洲认鸟, blind77)
                words = bigrams(unquoted(where)) - self._common
                scored = sorted(((len(words & bigrams(task_words(t))), n)
                                 for n, t in enumerate(self.facts.tasks)), reverse=True)
                if scored and scored[0][0] and (len(scored) == 1 or scored[1][0] < scored[0][0]):
                    home = self.facts.tasks[scored[0][1]]
            hits = [home] if home is not None else []
        if not hits and len(slogan.items) >= 2 and not _PART.search(
                placed(self.facts, slogan.text) or "-"):
            # every item carried out by the same one task (红马甲四送's four 送 all in the
            # 红马甲 volunteer work, blind40: it led the summary's practices as a whole);
            # not one the notes say once in 指导思想 (“带出两支队伍”指导思想里讲一次就够:
            # blind71's reader found it again in the 宣讲员队伍 task), nor before the task
            # the notes place it in (练就“三样本事” of 培训乡村护树人, not of the 一树一护 its
            # items' 巡护 names: blind86's reader)
            pairs = self.item_tasks(slogan)
            homes = {id(t): t for _, t in pairs}
            if len(homes) == 1 and len(pairs) == len(slogan.items):
                hits = list(homes.values())
        return hits[0] if len(hits) == 1 else None

    def _named(self, what: str) -> Task | None:
        """The task a leader's words for a work name (notes.stress_home, not loose), or the
        one they paraphrase (notes.paraphrased) where that one holds as many of their word
        pairs and more of their characters (教护树人认树、巡树 of 培训乡村护树人, blind86; not
        试验室把关 of the task naming 试验员, blind83)."""
        home = stress_home(what, self.facts.tasks, loose=False)
        other = paraphrased(what, self.facts.tasks, {})
        if other is None or home is None:
            return other or home

        def held(task: Task) -> tuple[int, int]:
            return len(bigrams(what) & bigrams(task_words(task))), named_by(what, task)
        return other if held(other) > held(home) else home

    @cached_property
    def _told(self) -> str:
        """What the notes say was achieved (notes.told), read once a document."""
        return told(self.facts)

    @cached_property
    def carried(self) -> dict[str, list[Slogan]]:
        """task title → the slogans that task carries whole (carrier)."""
        out: dict[str, list[Slogan]] = {}
        for slogan in self.facts.slogans:
            if (task := self.carrier(slogan)) is not None:
                out.setdefault(task.title, []).append(slogan)
        return out

    @cached_property
    def carried_texts(self) -> set[str]:
        """The texts of the slogans some task carries whole."""
        return {s.text for slogans in self.carried.values() for s in slogans}

    def _retrospective(self) -> bool:
        return self.facts.doc.kind in RETROSPECTIVE

    @cached_property
    def links(self) -> dict[str, list[tuple[Slogan, tuple[str, ...]]]]:
        """Which slogan, and which of its items, each task carries out (task title →
        [(slogan, items)]; items () for the slogan as a whole): an item goes to the task
        item_tasks finds for it; a slogan none of whose items is found, to the tasks
        that plainly realise it as a whole (tasks_for)."""
        links: dict[str, list[tuple[Slogan, tuple[str, ...]]]] = {}
        for slogan in self.facts.slogans:
            if (slogan.text in self.carried_texts or slogan.text in self._guided
                    or untied(self.facts, slogan.text)):
                continue  # its own task states it (link_clause); the 指导思想 does; the
                # notes ask it said once (不要每条都套)
            pairs = self.item_tasks(slogan)
            if pairs:
                by_task: dict[str, list[str]] = {}
                for item, task in pairs:
                    by_task.setdefault(task.title, []).append(item)
                for title, items in by_task.items():
                    links.setdefault(title, []).append((slogan, tuple(items)))
            else:
                for task in self.tasks_for(slogan)[:2]:
                    links.setdefault(task.title, []).append((slogan, ()))
        return links

    def link_clause(self, task: Task, tense: str = "plan") -> str:
        """The clause that ties a task to the slogan items it carries out, before its
        points: 对照“六个好”中“师资队伍好”的要求，重点抓好以下工作： (a plan) / 围绕“两个不让”
        中的“不让一个重点人群漏签漏管”， (a summary); "" when the task's own words
        already name them."""
        body = task_words(task)
        named = []
        inside = self._bracketing(task)[1]
        own = [s for s in self.carried.get(task.title, ()) if s.text not in inside]

        def explain(s: Slogan) -> str:
            """Its items framing the task's own measures (围绕“三个舞台”（乡村大舞台、…），;
            开展“城管五进”活动（…）， with its own verb), not a definition standing alone
            (“三个舞台”，即…。 read as listed and not tied by every reader of blind42–44);
            named once when the points say each item."""
            items = [i.rstrip("。；;，,") for i in s.items]
            if not items:
                return ""
            named = any(q in task.title for q in _QUOTED.findall(s.text))
            mark = self.slogan_mark(s, body if named or s.text in task.title else task.title)
            lead = mark if re.match(r"[^“]+“", mark) else f"围绕{quoted(mark)}"
            if said_each(s):
                return f"{lead}，"
            return f"{lead}（{'、'.join(items)}），"

        def said_each(s: Slogan) -> bool:
            """Whether the task's words say each of its items: verbatim where the notes ask
            it explained (notes.explain_asked), else as _states reads them."""
            items = [i.rstrip("。；;，,") for i in s.items]
            if explain_asked(self.facts, s.text):
                return all(i in body for i in items)
            return all(_states(i, body) for i in items)

        if own and tense == "done":  # a summary lists a slogan only in the task it names
            return "".join(explain(s) for s in own)
        # a plan too explains a slogan in the task named after it, not in 总体思路 and
        # again in a 对照“坚持‘四个主动’服务标准”的要求 before its own points (blind17)
        explained = "".join(explain(s) if not said_each(s)
            # its points say each item: named, not explained (办好五件民生水利实事 placed
            # in 做实水利惠民 by the notes was said nowhere, blind36)
            else "" if unquoted(s.text) in unquoted(body)
            # … and only where the points count as many as its items: 围绕“实现三个全覆盖”，
            # 一是…五是… counts five (blind38: slogan.count, an error)
            else f"围绕{quoted(s.text)}，" if len(task.points) == len(s.items)
            else f"围绕{quoted(s.text)}（{'、'.join(i.rstrip('。；;，,') for i in s.items)}），"
            for s in own)
        for slogan, items in self.links.get(task.title, ()):
            if unquoted(slogan.text) in unquoted(body):  # its points name it (推行“五个一”
                continue                                   # 暖心服务，…: not twice, blind20)
            # an item is said where its words or its quoted name are (“海关开放日” of
            # “海关开放日”科普活动 in 5月举办“海关开放日”)
            unsaid = [i for i in items if i not in body
                      and not any(q in body for q in _QUOTED.findall(i))]
            if items and unsaid:
                named.append(f"{counted_name(slogan.text)}中{quoted_list(unsaid)}")
            elif not items and slogan.text not in body and not (
                    set(_QUOTED.findall(slogan.text)) & set(_QUOTED.findall(body))):
                named.append(quoted(slogan.text))
        explained = explained.replace("），围绕", "）和")  # 围绕“三好”（…）和“一满意”（…），
        if not named:
            if explained.endswith("），") and len(task.points) > 1:
                return f"{explained}重点做好以下工作："  # before 一是…二是…
            return explained
        what = join_cn(named)
        if tense == "done":
            # 落实“聚焦两个重点”中…, not 围绕“聚焦…” (a blind23 reader)
            focus = re.match(r"“?(聚焦|围绕|紧扣)", what)
            return f"{'落实' if focus else '围绕'}{what}，"
        # one wording a linked task, in turn: the same formula three times reads as a form
        linked = [t.title for t in self.facts.tasks if self.links.get(t.title)
                  or self.carried.get(t.title)]
        n = linked.index(task.title) if task.title in linked else 0
        if len(task.points) > 1:
            return explained + (f"对照{what}的要求，重点抓好以下工作：",
                                f"围绕{what}，重点做好以下工作：",
                                f"为落实{what}，着力抓好以下工作：")[n % 3]
        return explained + (f"对照{what}的要求，", f"围绕{what}，", f"按照{what}的要求，")[n % 3]

    @staticmethod
    def slogan_mark(slogan: Slogan, body: str = "") -> str:
        """How a task's text names the slogan it explains: its quoted name or counted words,
        else its text (三道防线 of 筑牢疾病防控三道防线); its whole text when the task's own
        words (`body`) do not hold it (坚持“四个主动”服务标准 beside a task 推行“四个主动”
        …: the unit's slogan is stated as written)."""
        if body and slogan.text not in body:  # as typed: 围绕“讲好两个故事”, quoted whole
            return f"“{slogan.text}”" if _bare(slogan.text) else slogan.text
        core = _COUNTED.search(unquoted(slogan.text))
        quoted_names = _QUOTED.findall(slogan.text)
        return (f"“{quoted_names[0]}”" if quoted_names else core.group(0) if core
                else quoted(slogan.text))

    @classmethod
    def explain(cls, slogan: Slogan) -> str:
        """A slogan as the genre explains a count: 三道防线即传染病监测预警防线、免疫规划
        接种防线和突发公共卫生事件应急处置防线。; "" without items."""
        items = [i.rstrip("。；;，,") for i in slogan.items]
        return f"{cls.slogan_mark(slogan)}即{join_cn(items)}。" if items else ""

    def slogan_line(self, slogan: Slogan) -> str:
        """建强两支队伍，即共产党员服务队和青年志愿服务队。 (one or two short items);
        三个一：一是…；二是…；三是…。 (more, or longer ones)."""
        items = [i.rstrip("。；;，,") for i in slogan.items]
        text = with_verb(slogan.text)
        if not items:
            return f"{text}。"
        if len(items) == 1 or (len(items) == 2 and all(len(i) <= 16 for i in items)):
            return f"{text}，即{join_cn(items)}。"
        if all(len(i) <= 8 for i in items):
            return f"{text}，即{'、'.join(items)}。"
        return f"{text}：{enumerate_cn(items)}"

    def unplaced(self, slogan: Slogan) -> str:
        """In a plan, a marker asking for the measures of the slogan's items that name a
        service or an activity (午间和周六延时服务, 进工地) and that no task carries out:
        a reader spends longest on a 便民举措 listed and never arranged (blind13), and
        the facts cannot say who does it or when; a slogan with a task named after it
        (开展“城管五进”活动) has its items there; "" when every such item has its task
        (an item that names a quality or an aim, 耐心 or 无脱逃, needs none)."""
        if self._retrospective() or in_passing(self.facts, slogan.text):
            return ""
        carrier = self.carrier(slogan)  # a task named after it carries every item
        placed = {i for i, _ in self.item_tasks(slogan)} if carrier is None else set()
        bodies = [task_words(t) for t in ([carrier] if carrier else self.facts.tasks)]
        missing = []
        for item in (i.rstrip("。；;，,") for i in slogan.items):
            said = item in placed or said_in(item, bodies)
            going = re.fullmatch(r"进([\u4e00-\u9fff]{1,3})", item)
            if going and not said:  # 进乡村 is 下乡巡展 in any task (blind14)
                places = _PLACES.get(going.group(1), (going.group(1),))
                said = any(p in task_words(t) for t in self.facts.tasks for p in places)
            if _SERVICE.search(item) and not _QUALITY.search(item) and not said:
                missing.append(item)
        if not missing:
            return ""
        return f"【待补充：{quoted_list(missing)}的具体措施】"  # not 责任部门和时间 (blind23)

    def few_meetings(self) -> bool:
        """Whether the notes ask less of meetings (notes.few_meetings): no 领导小组 line
        opening a summary's or report's practices."""
        return few_meetings(self.facts)

    def slogan_leads(self) -> bool:
        """Whether the notes put a slogan before everything (notes.slogan_leads)."""
        return slogan_leads(self.facts)

    def put_first(self, tasks: Sequence[Task]) -> tuple[Task, ...]:
        """Of a section's `tasks`, those the notes ask to open the practices, before the
        领导小组's (爱心送考是我们最拿得出手的，放前面，写足: a blind25 reader moved it to
        the first place; 保育照护放第一条，家庭育儿指导第二), in the notes' order; () when
        none."""
        homes = [stress_home(i, tasks, loose=False) for i in stress_items(self.facts, first=True)]
        # 根治欠薪…放第一条；调解第二 (blind28): the places the notes give, in their order
        places = places_of(self.facts, tasks)
        homes += sorted((t for t in tasks if places.get(id(t), 0) > 0), key=lambda t: places[id(t)])
        return tuple(dict.fromkeys(h for h in homes if h is not None))

    def stress_gaps(self) -> str:
        """A marker for each thing the notes ask to stress (notes.stress_items) that no
        task's words say (党员带头 in a summary whose tasks never name it: a blind17 reader
        spent longest on the stressed work not there); "" when every one is covered. A
        short item is covered by one of its words in a task (入户服务 by 入户预访)."""
        gaps = []
        named = "；".join(f"{s.text}；{'；'.join(s.items)}" for s in self.facts.slogans)
        shown = "；".join(s for said in scenes(self.facts).values() for s in said)
        asked = asked_scenes(self.facts)
        # (… or placed by the notes where a task is: 第二讲从肚子上打几个小孔、从尿道进镜子
        # 取石那块，写扎实 of the task placed second, blind104's reader of its marker)
        places = set(places_of(self.facts, self.facts.tasks).values())
        placed = [w for w, p in ordered(self.facts) if p in places]
        for item in stress_items(self.facts):
            if any(item in w for w in placed):
                continue
            if item in named:  # a slogan's item: its tasks are tied to it (link_clause)
                continue
            if item in shown:  # the leader's scene, said in its task (notes.scenes)
                continue
            # … or a part of the scene asked for: the notes gave it, a marker asking for
            # 杜大夫他们's 具体做法和成效 asks for nothing (blind81's readers)
            if any(item in scene for scene in asked):
                continue
            # covered as a stressed item finds its task (早筛 of 推进癌症早诊早治, blind42)
            if stress_home(item, self.facts.tasks) is None:
                # 多写咱们几个人下村、上门的事: the people's deed, not the speaker's words; too
                # short a deed (下村) asks for nothing a reader can fill (blind55)
                bare = re.sub(r"^(?:咱们|我们|俺们|大家)(?:几个人|这些人|几个)?", "", item)
                # nor a fragment (的人跑学校, 现在最拿得出手的: blind56's readers)
                if len(bare) >= 3 and not bare.startswith("的") and not bare.endswith("的") \
                        and "拿得出手" not in bare:
                    gaps.append(bare)
        if not gaps:
            return ""
        what = ("具体做法和成效" if self._retrospective()  # no task says it: what was done
                else "具体措施")
        return f"【待补充：{quoted_list(gaps)}的{what}】"  # no 备注要求…: the writer's words

    # ------------------------------------------------------------------ figures, owners
    def task_figures(self, task: Task, roles: FigureRoles, tense: str = "plan",
                     part: str = "") -> str:
        """The figures linked to the task: what was achieved (a summary or report), or in
        a plan where the work starts from (`part` "base": said before its measures, where
        blind58's LLM reader moved 1268 / 82.6% / 210 from the ends of the tasks) and what
        it is to reach (`part` "targets", after them: 全年开展车间技能比武4场，…). A
        summary's task the notes stress, with points but no figure and no number in them,
        asks for its results: the blind readers' costliest defect was 有做法没成效, and
        they asked the draft to request what the
        facts lack rather than pass over it."""
        if (tense == "done" and self.facts.doc.kind == "work_summary" and task.points
                and not roles.of(task)
                and not any(f.task == task.title for f in self.facts.figures)  # stated apart
                and not re.search(r"\d", "".join(task.points))
                and not _INWARD.search(task.title)  # its results are not counted
                # a short summary is not asked to grow (一千五以内: both blind32 readers)
                and not 0 < asked_length(self.facts.doc.notes) <= SHORT
                and not named_in(task, self._told)  # the notes tell them
                # … nor read aloud: a speech cannot hold a marker (blind71's reader)
                and not read_aloud(self.facts)
                # … and only of the work the notes stress: a marker after every other
                # practice read as a gap the draft made (blind38 and both blind39 readers:
                # 【待补充：建设智慧停车平台取得的成效】, the facts never asked)
                and any(stress_home(i, self.facts.tasks) is task
                        for i in stress_items(self.facts))):
            title = task.title.rstrip("。")
            return f"【待补充：{title}取得的成效（{_results_asked(title)}）】"
        # a report's too: with the practice that produced them, not listed in 创建成效
        # (both blind46 readers of the 汇报 and blind47's: 成效部分只有孤立的数字, 做法部分
        # 没有成效; blind25's and blind33's had asked it for the stressed work)
        figs = self._results_of(task, roles) if tense == "done" else roles.of(task)
        if not figs:
            return ""
        if tense == "done":
            return f"{result_figures(figs)}。"
        base = [f for f in figs if not is_target(f)] if part != "targets" else []
        targets = [f for f in figs if is_target(f)] if part != "base" else []
        return "".join([f"{base_figures(base)}。" if base else "",
                        f"{self._target_lead(targets, bool(base))}{target_figures(targets)}。"
                        if targets else ""])

    def _target_lead(self, targets: Sequence[Figure], after_base: bool = False) -> str:
        """What a task's targets are reached by: 力争全年 in a plan of one year (its year after
        the task's base figures); 力争 (or 确保) when the plan runs longer; none when the
        first target says its own months (3—12月开展街面巡查88次) or is a rate."""
        first = target_figures(targets[:1])
        if re.match(r"\d", first):
            return ""
        if targets[0].unit == "%":  # a rate is no count of the year: 力争, no 全年; not
            return self.vocab["strive"]  # bare (到场率达到95% read as reached, blind57)
        if re.match(r"全年|年内|本年度", first):
            # 全年入户走访1200户次 says its year (全年全年…, blind48), a target still (blind53:
            # 已开办…48期。全年开办…60期 read as done)
            return self.vocab["strive"]
        period = self.facts.doc.period
        if period and period.end.year > self.facts.doc.year:
            return self.vocab["strive"]  # 力争: the year's or the period's, as 工作目标 said
        # after 2026年，公示征收补偿信息52批次 a bare 全年 reads as that year's; 力争: a
        # target, not a count already made (blind51's LLM reader of three plans: 全年夜校开课
        # 80期 read as a summary's)
        strive = self.vocab["strive"]
        return f"{self.facts.doc.year}年，{strive}" if after_base else f"{strive}全年"

    def _results_of(self, task: Task, roles: FigureRoles) -> tuple[Figure, ...]:
        """The task's results not absorbed into one of its points (_absorbs)."""
        return tuple(f for f in roles.of(task)
                     if not any(self._absorbs(p, f) for p in task.points))

    def recap(self, roles: FigureRoles, counts: bool = False) -> str:
        """A 创建工作汇报's 创建成效: the results its practices state (FigureRoles.by_task),
        said again together (figures.recap_figures), its rates (its counts, `counts`, when
        it has no rate and the section nothing else) — 通过创建，军休干部满意度达到98.6%，
        …。 — or "". blind57's and blind58's readers of
        both writers found the section hollow while the figures sat in the practices
        (Rebuild 创建成效 from the figures now buried in 做法); blind46's and blind47's had
        asked the practices to keep them, so they stay there too."""
        # … its rates only: blind59's two readers and blind61's called the counts said again
        # a repeat of the practices (cut to two sentences of 变化)
        figs = recap_figures(self.facts, roles)
        rates = [f for f in figs if f.unit == "%"]
        # one rate said again beside the section's own results is a repeat (blind69's
        # readers of both writers: 通过创建，危急值及时报告率达到100%, its practice's); alone,
        # it is the section
        if len(rates) == 1 and not counts:
            return ""
        if not rates:  # … its counts, asked (`counts`) when the section has nothing else
            return f"通过创建，{figures_sentence(figs, period=False)}。" if figs and counts else ""
        # 达到 before the value, not before a digit of the name (报修24小时修复率达到97.8%,
        # blind79's reader: 报修达到24小时修复率97.8%); …占…的74.1% as it is
        said = [_reached(figure_clause(f, period=False), f.text) for f in rates]
        return f"通过创建，{'，'.join(said)}。"

    def results_said(self, figures: Sequence[Figure], closing: bool = False,
                     led: bool = True) -> str:
        """The year's results no task holds, as one sentence: after results_lead when
        there are several and `led` (`closing`, after the practices: 一年来，…, or the
        figures' own year); one that counts what the unit did has it as its subject (2026年，
        我站发送旅客386万人次。 not a bare 2026年，发送旅客…). Not `led`: a 基本情况's year
        of work (roles.workload), no 从主要指标看."""
        text = result_figures(figures)
        lead = self.results_lead(figures) if led else ""
        if closing and lead:  # 一年来，学校满意度达到97.5%，… (2025年，… says its year)
            lead = "" if re.match(r"(?:19|20)\d\d年|截至|全年", text) else "一年来，"
            text = re.sub(r"(^|[，；])([^\d【，；]+?(?:满意度|满意率))(?=\d)", r"\1\2达到", text)
        if lead:
            return f"{lead}{text}。"
        # one result of the year after the last practice is the year's, not that
        # practice's: 全年抢救成功率达到91.6%。 (blind80's orphan 2026年，抢救成功率…); one
        # with no period is the year's too
        year = f"{self.facts.doc.year}年，"
        bare = text.removeprefix(year) if text.startswith(year) else (
            "" if re.match(r"(?:19|20)\d\d年|全年|截至", text) else text)
        if closing and bare and "，" not in bare:
            said = re.sub(r"^([^\d【，]+?(?:满意度|满意率|率|得分))(?=\d)", r"\1达到",
                          self._as_done(bare, figures))
            own = self.vocab["self"]  # 我院全年开展义诊活动16场, not 全年我院…
            # (a result of a part of the year says its year: 2026年第四季度患儿家长满意度…,
            # not 全年第四季度…, blind87)
            if re.match(r"第[一二三四]季度|[上下]半年|\d{1,2}月", said):
                return f"{self.facts.doc.year}年{said}。"
            if said.startswith("年度"):  # 年度客户满意度…: not 全年年度… (blind21)
                return f"{self.facts.doc.year}{said}。"
            return f"{own}全年{said[len(own):]}。" if said.startswith(own) else f"全年{said}。"
        said = self._as_done(text, figures)
        if not re.match(r"(?:19|20)\d\d年|全年|截至", text):
            # 移民群众满意度97.3%。 alone opening the practices (blind53's reader: an orphan);
            # 我公司接待入住家庭412户 says its year too
            said = f"{self.facts.doc.year}年，" + re.sub(
                r"^([^\d【，]+?(?:满意度|率|得分))(?=\d)", r"\1达到", said)
        return f"{said}。"

    def _as_done(self, text: str, figures: Sequence[Figure]) -> str:
        """Results (result_figures) that count what the unit did, with the unit as their
        subject: 2026年，我站发送旅客386万人次, not a bare 2026年，发送旅客…."""
        if not figures or not DOING.match(figure_name(figures[0])):
            return text
        period, comma, rest = text.partition("，")
        return f"{period}，{self.vocab['self']}{rest}" if comma else f"{self.vocab['self']}{text}"

    def results_lead(self, figures: Sequence[Figure]) -> str:
        """Opens a list of the year's results; "" before a single one."""
        if len(figures) < 2:
            return ""
        options = ("主要工作指标完成情况如下：", "从主要指标看，",
                   "主要指标完成情况是：")  # no 全年: a report is read before the year ends
        return options[(zlib.crc32(self.facts.unit.name.encode()) + self.variant)
                       % len(options)]

    def owner_label(self, owner: str) -> str:
        """One label for the whole document: 责任人 when every owner is a person or post
        (支部书记), 责任部门 when none is, else 牵头负责."""
        owners = [t.owner for t in self.facts.tasks if t.owner] or [owner]
        people = [o.endswith(_PERSON_POSTS) for o in owners]
        return "责任人" if all(people) else "责任部门" if not any(people) else "牵头负责"

    @cached_property
    def _spoken_order(self) -> list[Task]:
        """The tasks in the order the document says them: those the notes put first, then
        the rest in the notes' order (in_notes_order), read once a document."""
        tasks = in_notes_order(self.facts, self.facts.tasks)
        first = self.put_first(tasks)
        return [*first, *(t for t in tasks if t not in first)]

    def owner_line(self, task: Task) -> str:
        """A plan's line on who owns the task and when (责任部门：检测科。时间安排：3—6月。), or
        read aloud a sentence of the speech (由检测科牵头负责，3—6月完成。: blind66's readers
        of both writers heard 责任部门：…时间安排：… read out seven times); "" with neither."""
        owner, when = self.owner_of(task), self.when_of(task)
        if not (owner or when):
            return ""
        if not read_aloud(self.facts):
            return (f"{self.owner_label(owner)}：{owner}。" if owner else "") \
                + (f"{self.time_label()}：{when}。" if when else "")
        # a second task of the same owner and time in other words (a speech's sentence
        # said twice is a repeat, RULES.md style.repeated), not in none (blind70's readers
        # of both writers: (五) with no 牵头 line); a fourth says nothing
        # (in the document's order: blind71's 同样由… opened the notes' first task)
        tasks = self._spoken_order
        at = next((n for n, t in enumerate(tasks) if t.title == task.title), len(tasks))
        again = sum((self.owner_of(t), self.when_of(t)) == (owner, when) for t in tasks[:at])
        if owner and owner == speaker_post(self.facts):
            owner = "我"  # the speaker's own work (由科主任牵头 read by the 科主任: blind96)
        # (… and the head's post where the head reads it, 我任组长: 由中心主任牵头 read by the
        # centre's head, blind101's reader)
        elif self.facts.leadership and self.facts.leadership.leader == "我" and re.fullmatch(
                rf"{re.escape(self.facts.unit.self_ref[1:])}(?:主任|长)|"
                r"(?:中心|科|室|办)主任|院长|校长|局长|所长|站长|馆长|队长|总?经理", owner or ""):
            owner = "我"
        # (a season's ongoing work is carried out, not finished: 推行“一弯一岗”…，5—10月
        # 完成 read as a deadline, blind87's reader)
        done = "推进" if re.search(r"全年|常态|每|全过程", when) else "组织实施" if (
            re.match(r"推行|提升|抓好|开展|加强|做好|落实|实行|执行|坚持", task.title)
            or "、" in when) else "完成"
        # (… and a schedule of steps says its own deeds: 1—3月复排，演出季常态化讲评, not
        # …讲评推进, blind121's reader)
        # (not 全年，旱季重点, blind73's: …重点推进)
        done = "" if re.search(r"月[\u4e00-\u9fff]{2,}[，,；;][\u4e00-\u9fff]", when) else done
        if again and not owner:
            return ""
        if again:
            # (这项工作也由…: 同样由调度室牵头抓好落实 read as clumsy, blind104's reader)
            lines = (f"这项工作也由{owner}牵头，{when}{done}。" if when else
                     f"这项工作也由{owner}牵头负责。",
                     f"{owner}也要牵头抓实，{when}{done}。" if when else
                     f"{owner}也要牵头抓实。")
            return lines[again - 1] if again <= len(lines) else ""
        return (f"由{owner}牵头负责" if owner else "") + ("，" if owner and when else "") \
            + (f"{when}{done}" if when else "") + "。"

    def next_from_tasks(self, most: int = 3) -> list[str]:
        """A summary's or report's next steps where the facts give none: the year's first
        `most` works, in the document's order with the unit's own study and conduct last
        (_INWARD), carried on (持续推行“顺路合乘”, 继续抓好演出安全), the leadership group's
        left out. blind90's readers of both writers found
        【待补充：下一步工作打算】 in three of six documents an unfinished draft; a plan of
        what comes next that says no more than the year's works goes on invents nothing."""
        # (持续抓好政治学习 had led a road maintenance center's next steps)
        tasks = sorted((t for t in self._spoken_order if not LEADERSHIP_TITLE.search(t.title)),
                       key=lambda t: bool(_INWARD.search(t.title)))
        out = []
        for n, task in enumerate(tasks[:most]):
            title = strip_end(task.title)
            go_on = "" if re.match(r"持续|继续|进一步|深化|巩固", title) else (
                "持续" if n == 0 else "继续")
            out.append(f"{go_on}{title}")
        return out

    def addressed(self) -> str:
        """Who a plan's closing tells to carry it out: the organs it is issued to when they
        are the unit's own (各临床、医技科室要按照本方案…, the 主送 of notes.main_to with its
        全院 dropped), else the whole unit (全院上下). blind90's readers of both writers: a
        plan sent to 全院各临床、医技科室 closing with 全科上下 speaks to the wrong people."""
        organs = main_to(self.facts)
        if not organs or "各" not in organs[0]:
            return self.vocab["everyone"]
        return "、".join(re.sub(r"^全[\u4e00-\u9fff](?=各)", "", o) for o in organs)

    def duty_line(self) -> str:
        """The owner line of the 从严治党 duty a 党支部 plan adds among its tasks: the
        secretary's, as the tasks' own lines name him (责任人：支部书记谌立言。), or "" where
        no task names him or the plan is read aloud (blind90's reader: the added item had
        no 责任人 beside tasks that each had one)."""
        if read_aloud(self.facts):
            return ""
        owner = next((o for t in self.facts.tasks
                      if (o := self.owner_of(t)).startswith("支部书记")), "")
        return f"{self.owner_label(owner)}：{owner}。" if owner else ""

    @property
    def retired(self) -> bool:
        """Whether the unit is a branch or body of retired people (离退休教师党支部, 老干部
        …): no 发展党员 from 业务骨干和优秀青年, no 一岗双责 beside 业务工作 (blind73's
        reader: both struck from a retired teachers' branch plan, 平均年龄71.6岁)."""
        return bool(re.search(r"离退休|退休|老干部", self.facts.unit.name))

    def covered(self, subject: str, *words: str) -> bool:
        """Whether one of the unit's own tasks is about `subject`, or has one of `words`
        in its title or points (then a built-in item on it gives way: nothing is said
        twice)."""
        return any(self.subject(t) == subject
                   or any(w in task_words(t) for w in words)
                   for t in self.facts.tasks)

    MEETINGS: tuple[tuple[tuple[str, ...], str], ...] = (
        (("党员大会",), "支部党员大会每季度召开一次"),
        (("支委会", "支部委员会"), "支部委员会会议每月召开一次"),
        # (党小组每月开展一次组织生活 says it: blind69)
        (("党小组会", "党小组每月开展", "党小组每月过"), "党小组会每月召开一次"),
        (("党课",), "支部书记每年至少为党员讲一次党课"),
        (("主题党日",), "每月相对固定一天开展主题党日"),
        (("组织生活会",), "每年召开一次组织生活会"),
        (("民主评议",), "开展一次民主评议党员"),
    )
    """三会一课 and the other meetings at the frequencies of the 《中国共产党支部工作条例（试行）》
    (中共中央, 2018-10-28), 第十九条 (党员大会每季度、支委会和党小组会每月、党课), 第十九条
    (主题党日每月相对固定1天), 第二十条 (组织生活会一般每年1次, 民主评议党员每年1次); each
    with the words by which a branch's own points already name it. No 党小组会 for a
    branch whose facts name no 党小组: a small branch has none, and a plan says what the
    branch does, not 设有党小组的，… (both blind13 readers: write it as fact or leave it
    out; an earlier reader had asked for the 条例's meeting in full)."""

    def missing_meetings(self, said: str = "") -> list[str]:
        """The meetings the 条例 asks for whose frequency `said` (the branch's own
        points) does not give (按时召开支委会 names one, but says not how often; 年底召开
        组织生活会 says it)."""
        # 按期召开支委会、党员大会，书记每年讲一次党课: the 每年 is the 党课's alone; but
        # 年初召开组织生活会，开展民主评议党员: a clause goes on in its first one's time
        clauses = []
        for part in re.split(r"[；;。\n]", said):
            pieces = re.split(r"[，,]", part)
            head = pieces[0] if _FREQUENCY.search(pieces[0]) else ""
            clauses += [p if _FREQUENCY.search(p) else f"{head}{p}" for p in pieces]
        groups = "党小组" in said or not said
        # (按期召开组织生活会，开展民主评议党员: the year's one, not said again after it as
        # 每年召开一次组织生活会: blind81's reader)
        yearly = [p for p in re.split(r"[；;。\n]", said) if re.search(r"按期|按时", p)]
        return [sentence for words, sentence in self.MEETINGS
                if (groups or "党小组会" not in words)
                and not any(w in c and _FREQUENCY.search(c) for c in clauses for w in words)
                and not any(w in p for p in yearly for w in words
                            if w in ("组织生活会", "民主评议"))]

    def party_groups(self) -> bool:
        """Whether the branch has 党小组: a task's owner names one, or the notes do, not to
        say it has none (党小组不设: blind108's reader of 各党小组抓好具体落实)."""
        notes = self.facts.doc.notes
        return any("党小组" in t.owner for t in self.facts.tasks) or (
            "党小组" in notes and not re.search(
                r"党小组(?:不设|没设|没有|不单设)|(?:不设|没设|没有)党小组", notes))

    def meetings(self, said: str = "") -> str:
        """The missing meetings (missing_meetings) as one sentence after the 条例's name;
        "" when the branch gives them all."""
        missing = self.missing_meetings(said)
        if not missing:
            return ""
        head = "按照《中国共产党支部工作条例（试行）》要求，" if said else ""
        return f"{head}{'，'.join(missing)}。"

    def _meetings_task(self) -> Task | None:
        """In a 党支部工作计划, the branch's task that names 三会一课 (else its 组织生活
        task): where the meetings it leaves out are added."""
        if self.facts.doc.kind != "party_branch_plan":
            return None
        own = ([t for t in self.facts.tasks if "三会一课" in task_words(t)]
               or [t for t in self.facts.tasks if self.subject(t) == "组织生活"])
        return own[0] if own else None

    def development_points(self) -> list[str]:
        """In a 党支部工作计划, the points on 发展党员 inside a task about something else
        (6月做好预备党员转正 among 规范组织生活's meetings): stated in a 发展党员 paragraph
        of their own, which the genre has (blind18 readers of both writers), and no longer
        in that task (_moved_points). None where a task of the branch's own is about it:
        they stay where they are (推荐入党积极分子参加学院党课 among 学习's beside 做好发展党员
        和毕业生党员教育管理: blind83's readers of both writers found a second 发展党员)."""
        if any(_DEVELOP.search(t.title) for t in self.facts.tasks):
            return []
        return self._moved_points(_DEVELOP)

    def development(self) -> str:
        """The 发展党员 paragraph's text after its 方针: the branch's points on it
        (development_points), the months its 全年工作安排 gives that work (6月确定发展对象，
        开展政治审查) and, when it has 预备党员 and nothing says when they become full
        members, their 教育考察 and 转正 as the branch's duty (blind19 readers of both
        writers: 发展党员写得太虚, 预备党员转正时间该问而没有问; both blind48 readers struck
        the marker that had asked for it); "" when it has none of these."""
        said = self._development_said
        if not said:
            return ""
        # its target is the 工作目标's alone (a blind37 reader: 确保发展党员1名 three times)
        text = enumerate_cn(said) if len(said) > 1 else f"{said[0].rstrip('。；;，,')}。"
        pending = next((f for f in self.facts.figures
                        if f.name == "预备党员" and f.value and not f.planned), None)
        everything = "；".join([self.branch_said(), *(w for ph in self.facts.phases
                                                     for w in ph.work)])
        if pending is not None and "转正" not in everything:
            # said as the branch's duty, not asked of the leader (both blind48 readers: a
            # marker no one asked for; blind19's had found 预备党员转正 missing)
            text += (f"加强对{format_number(pending.value)}名预备党员的教育考察，"
                     "符合条件的按期办理转正手续。")
        return text

    @cached_property
    def _development_said(self) -> list[str]:
        """The 发展党员 paragraph's points: those moved out of other tasks, then the
        months' work on it from the phases; [] when no point was moved (a branch with
        a task of its own on it says it there)."""
        said = list(self.development_points())
        if not said:
            return []
        for phase in self.facts.phases:
            if re.fullmatch(r"\d{1,2}月", phase.name):
                said += [w if w.startswith(phase.name) else f"{phase.name}{w}"
                         for w in phase.work if _DEVELOP.search(w) and w not in said]
        return said

    def lesson_points(self) -> list[str]:
        """In a 党支部工作计划, the points on 党课 inside a task other than the one that
        keeps its 三会一课 (支部书记全年至少讲一次专题党课 among 理论学习's): the 一课 is
        stated with the three meetings (blind19 readers of both writers). None where that
        task states its 党课 already: another is work of its own (在实习船上开展“船上党课”
        stays in 理论学习, blind82's readers of both writers)."""
        meetings = self._meetings_task()
        if meetings is None and self.covered("组织生活", "三会一课"):
            return []
        if meetings is not None and any(_LESSON.search(p) for p in meetings.points):
            return []
        return self._moved_points(_LESSON, keep=meetings)

    def clean_points(self) -> list[str]:
        """In a 党支部工作计划 whose 党风廉政 section (conduct) has no task of its own, the
        points on 廉政 inside other tasks (每半年开展一次廉政警示教育 among a data-quality
        task's): that section's, not only its duty paragraph (blind18: 全是空话)."""
        return [] if self.owners.get("conduct") else self._moved_points(_CLEAN)

    @cached_property
    def _moved(self) -> frozenset[str]:
        """The points stated in a paragraph of their own, not in their task."""
        return frozenset((*self.development_points(), *self.clean_points(),
                          *self.lesson_points()))

    def _moved_points(self, words: re.Pattern[str], keep: Task | None = None) -> list[str]:
        """The points whose every clause is about `words`, from the tasks whose title is
        not (nor the task `keep`), when the task keeps two points of its own; a point
        mixing them with other work (“七一”前开展纪念活动，按期办理预备党员转正) stays."""
        if self.facts.doc.kind != "party_branch_plan":
            return []
        def about(p: str, pattern: re.Pattern[str]) -> bool:
            return all(pattern.search(c) for c in re.split(r"[，,；;]", p) if c)
        out = []
        for task in self.facts.tasks:
            # (a 纪律教育 task keeps its 廉洁教育 point: blind86's reader found it a garbled
            # item of its own, （八）加强廉洁教育，开展廉洁教育…)
            if words.search(task.title) or task is keep or (words is _CLEAN
                                                             and "纪律" in task.title):
                continue
            picked = [p for p in task.points if about(p, words)]
            # the task still a list of its own after every such move (blind53: 学习's 微党课
            # to 三会一课 and its 警示教育片 to 廉洁教育 left it one line)
            moving = [p for p in task.points
                      if any(about(p, w) for w in (_DEVELOP, _CLEAN, _LESSON))]
            if len(task.points) - len(moving) >= 2:
                out += picked
        return out

    def _restating(self, task: Task) -> set[int]:
        """The indexes of the task's points that only name a slogan its lead explains
        (link_clause: 推行站点“五统一”，即…。…推行站点“五统一”。, a blind32 reader), or that
        a scene of the task says again (notes.scenes); none when that would leave the task
        no point."""
        inside, body = self._bracketing(task)[1], task_words(task)
        own = {unquoted(s.text) for s in self.carried.get(task.title, ()) if s.text not in inside
               and (self._retrospective()  # a plan explains one whose items are not said
                    or not all(said_in(i.rstrip("。；;，,"), [body]) for i in s.items))}
        out = {n for n, p in enumerate(task.points) if unquoted(p.rstrip("。；;，,")) in own}
        # … or that the leader's scene of the task says again, in his words (老村医带教年轻村医
        # 听诊 before 老村医手把手教年轻村医听心肺音: blind98's reader; 生活老师夜间查铺 before
        # 生活老师半夜打着手电查铺…: blind97's): half its pairs, four at least
        # (the scenes asked for, not the order's paraphrases of a work, whose points say it
        # better: 每周三晚上在村部给果农上课 of blind72)
        asked = asked_scenes(self.facts)
        shown = [sc for sc in scenes(self.facts).get(task.title, ()) if any(a in sc for a in asked)]
        out |= {n for n, p in enumerate(task.points)
                if any(len(b & bigrams(sc)) >= max(4, len(b) / 2) for sc in shown
                       for b in (bigrams(p),))}
        return out if len(out) < len(task.points) else set()

    def bracketed(self, task: Task) -> dict[int, str]:
        """The task's points that name a slogan it carries, each with that slogan's items
        in brackets after the name (践行“田间四问”工作法（问苗情、问农需、问难题、问建议）),
        by the point's index: no separate “田间四问”即… sentence before a point saying it
        again (a blind22 reader: X即……。一是X in all six drafts). Items over 40
        characters in all keep their sentence, unless the point is the slogan alone."""
        return self._bracketing(task)[0]

    def _bracketing(self, task: Task) -> tuple[dict[int, str], frozenset[str]]:
        """bracketed's points, and the texts of the slogans they bracket."""
        out: dict[int, str] = {}
        done: set[str] = set()
        for slogan in self.carried.get(task.title, ()):
            items = "、".join(i.rstrip("。；;，,") for i in slogan.items)
            if not slogan.items:
                continue
            marks = [slogan.text, *(f"“{q}”" for q in _QUOTED.findall(slogan.text))]
            # its counted name quoted without its verb (落实“榨季四无”要求 of 实现榨季四无,
            # blind58: 围绕“实现榨季四无”（…），…一是落实“榨季四无”要求)
            bare = re.sub(rf"^(?:{_SLOGAN_VERBS})", "", slogan.text)
            if bare != slogan.text and "“" not in bare:
                marks.append(f"“{bare}”")
            for n, point in enumerate(task.points):
                point = out.get(n, point)
                mark = next((m for m in marks if m in point), None)
                # long items only after a point that is the slogan alone (落实“护眼四个一”:
                # 围绕“护眼四个一”（…），我所落实“护眼四个一”, blind56)
                if mark is not None and (len(items) <= 40 or re.fullmatch(
                        rf"(?:{_BARE_VERBS})?“?{re.escape(mark.strip('“”'))}”?(?:要求)?", point)):
                    at = point.index(mark) + len(mark)
                    at += point[at:at + 1] == "”"  # “三必访”（…）, not “三必访（…）”
                    out[n] = f"{point[:at]}（{items}）{point[at:]}"
                    done.add(slogan.text)
                    break
        return out, frozenset(done)

    def in_guiding(self, group: str) -> bool:
        """Whether the 指导思想 states the group (guiding_slogans: one of its members is
        placed there, 全面落实“四严六统一”): a 总体思路 then does not name it again
        (blind26: 总体思路是“四严六统一”，即实现“六统一”, the other half left out)."""
        return any(s.text in self._guided for g, members in self.facts.slogan_groups
                   if g == group for s in members)

    def in_brackets(self, slogan: Slogan) -> bool:
        """Whether a task's point states the slogan's items in brackets (bracketed): a
        plan's 总体思路 then names it without listing them again (a blind25 reader: “三个零”
        and “四个不” item by item in 总体思路 and again in two tasks)."""
        return any(slogan.text in self._bracketing(t)[1] for t in self.facts.tasks)

    def points_of(self, task: Task) -> list[str]:
        """The task's points as the text states them: the point that names 三会一课 goes on
        with the meetings whose frequency the branch left out (落实“三会一课”，支委会每月一次，
        支部党员大会每季度召开一次), so the branch's own list is complete, not followed by
        the 条例 a second time."""
        marked = self.bracketed(task)
        why = self._purposes.get(task.title, {})
        restated = self._restating(task)
        points = [marked[n] if n in marked else self._with_purpose(p, why.get(n, ""))
                  for n, p in enumerate(task.points) if p not in self._moved and n not in restated]
        if task is self._meetings_task():
            points += self.lesson_points()
        at = next((n for n, p in enumerate(points) if "三会一课" in p), None)
        if at is None or task is not self._meetings_task():
            return points
        missing = self.missing_meetings(self.branch_said())
        if missing:
            points[at] = f"{points[at].rstrip('。；;，,')}，{'，'.join(missing)}"
        return points

    @staticmethod
    def _with_purpose(point: str, why: str) -> str:
        return f"{point.rstrip('。；;，,')}，{why}" if why else point

    def at_length(self) -> frozenset[str]:
        """The titles of a plan's tasks written at length: each point with what it is
        for (_purposes). Those the notes ask to be written at length (notes.stress_items:
        数字助老要写透), and every task when the notes ask for a document of at least
        AT_LENGTH characters (notes.asked_length), none when they forbid stock phrases
        (notes.no_filler): the built-in draft stated each point
        bare, at 35–75 % of the length the notes asked (blind29, all six drafts)."""
        tasks = self.facts.tasks
        if self._retrospective() or no_filler(self.facts):
            return frozenset()
        if asked_length(self.facts.doc.notes) >= AT_LENGTH:
            return frozenset(t.title for t in tasks)
        homes = (stress_home(i, tasks) for i in stress_items(self.facts, at_length=True))
        # … and those showing a scene the notes ask for (多写…的事: its task, not the task its
        # fragments' words would name, session 31)
        return frozenset(h.title for h in homes if h is not None) | set(scenes(self.facts))

    @cached_property
    def _purposes(self) -> dict[str, dict[int, str]]:
        """Task title → point index → what that point's work is for, from templates/
        phrases/purposes.toml (the first entry one of whose `match` words the point
        says; the unit family's variants first), for the tasks written at length
        (at_length), in file order: each variant once per document, so no sentence
        repeats; none for a point that already explains itself (over _SELF_EXPLAINED
        characters) or one a slogan's items complete (bracketed); at most _PURPOSES_EACH
        in a task the notes do not stress."""
        wanted = self.at_length()
        if not wanted:
            return {}
        entries = phrase_bank("purposes").get("purpose", ())
        ours = (self.vocab["people"], self.vocab["staff"], "岗位", "履职", "队伍")
        seed = zlib.crc32(self.facts.unit.name.encode())
        used: dict[int, int] = {}
        out: dict[str, dict[int, str]] = {}
        stressed = {h.title for i in stress_items(self.facts)
                    if (h := stress_home(i, self.facts.tasks)) is not None}
        for task in self.facts.tasks:
            if task.title not in wanted:
                continue
            marked = self.bracketed(task)
            for n, point in enumerate(task.points):
                if n in marked or len(point) > _SELF_EXPLAINED or "，" in point:
                    continue
                if task.title not in stressed and len(out.get(task.title, {})) >= _PURPOSES_EACH:
                    break
                at = _purpose_entry(entries, point)
                if at is None:
                    continue
                options = [*entries[at].get("family", {}).get(self.family, ()),
                           *entries[at].get("why", ())]
                for k in range(used.get(at, 0), len(options)):
                    # each unit its own first variant: the same clause in two units'
                    # plans read as a template (blind34: 在学深悟透中… in two drafts)
                    chosen = fill(options[(k + seed + self.variant) % len(options)], self.vocab)
                    used[at] = k + 1
                    # 组织技术员进村培训 trains the growers: no 帮助员工更新知识 (blind30)
                    outward = _OUTWARD.search(point) or (  # 师德师风: a bureau's teachers
                        _OUTWARD_TASK.search(task.title) and not _OUTWARD_TASK.search(
                            self.vocab["people"]))
                    # 严格按程序做好发展党员工作，严格程序把…: no clause saying the point's
                    # words again (blind39's reader: doubled)
                    echo = len(bigrams(chosen) & bigrams(point)) >= 2
                    if not (outward and any(w in chosen for w in ours)) and not echo:
                        out.setdefault(task.title, {})[n] = chosen
                        break
        return out

    def parent(self) -> str:
        """The unit a 党支部 is the branch of, by the branch's name (中共…公司支部委员会 →
        …公司); "" when the name gives none."""
        return branch_parent(self.facts.unit.name, self.facts.doc.notes)

    def parent_honors(self, honors: Sequence[Any]) -> tuple[list[Any], list[Any], str]:
        """A 党支部's honours split into its own (a party organisation's: 先进基层党组织)
        and those of the unit it is the branch of (全市优秀律师事务所, 物业服务示范项目),
        with that unit's name (parent); all its own when the name gives no parent (both
        blind31 and blind32 readers: 我支部被授予…律师事务所)."""
        parent = self.parent()
        if not parent:
            return list(honors), [], ""
        own = [h for h in honors if _PARTY_HONOR.search(h.title)]
        # …先进集体（人体解剖学教研室） of the 教研室 the branch is of: the unit's own, its
        # name in brackets no 所属 part (blind76: …教研室2024年所属人体解剖学教研室被…)
        # (…（保卫处校卫队） of a 保卫处's branch: 所属校卫队, blind77)
        return own, [replace(h, title=_own_part(h.title, parent)) for h in honors
                     if h not in own], parent

    def parent_figures(self, figures: Sequence[Figure]) -> tuple[list[Figure], list[Figure]]:
        """A 党支部's base figures split into its own (党员, 党小组, 入党积极分子 and a share
        of them) and its unit's (在职职工, 发射机: both blind33 readers, 支部委员会现有…发射机
        11部), the unit's said under its name (parent); all its own when there is none."""
        if not self.parent():
            return list(figures), []
        party = re.compile(r"党|入党|积极分子|发展对象|支委")
        own = [f for f in figures if party.search(f.name)]
        return own, [f for f in figures if f not in own]

    def branch_figures(self, figures: Sequence[Figure]) -> str:
        """A 党支部's own figures after its unit's sentence, the branch as subject and no
        second date (我支部现有党员18人，占员工的12.3%…; not 截至2026年底，党员18人)."""
        text = re.sub(r"^(?:截至[^，]*|(?:19|20)\d\d年[^，]{0,6})，", "", base_figures(figures))
        return f"{self.vocab['self']}{'' if text.startswith('现有') else '现有'}{text}"

    def extra(self, task: Task) -> str:
        """What follows one of the unit's own tasks' points: the notes' arrangements for
        it (notes.task_notes: 主题党日固定在每月第二个周三下午。), and in a 党支部工作计划 the
        meeting frequencies its 组织生活 task does not state yet, when no point of it
        names 三会一课 (then points_of completes that point)."""
        shown = self._scenes_of(task)
        said = "".join(f"{n}。" for n in self._task_notes.get(task.title, ()) if n not in shown)
        if task is not self._meetings_task() or any("三会一课" in p for p in task.points):
            return said
        return said + self.meetings(self.branch_said())

    def kept(self, task: Task) -> str:
        """The work the notes keep after striking a topic that the task's own words, scenes
        and notes do not say (notes.kept_asked: 滑倒那件事只字不提。防滑垫、台阶扶手…这些照写),
        as one sentence in the leader's words: 同时，止血夹、术后观察等措施要落实到位。 (a
        plan) / …等措施落实到位。 (a summary or report); "" when none."""
        # (… nor another task's points: 统一抽检 of 每批产品统一抽检 in the task before,
        # blind88's 同时，统一抽检等措施落实到位)
        own = task_words(task) + "".join(self._task_notes.get(task.title, ()))
        own += "".join(scenes(self.facts).get(task.title, ()))
        said = "".join(map(task_words, self.facts.tasks)) + own
        # (… nor one the task's own words say in other words, two of its word pairs or, of
        # four characters, its first word and soon after its last character: 随访用固定号码
        # beside 使用科室固定随访电话, 凉棚送水 beside 搭建凉棚、供应茶水: blind105's reader found
        # such sentences echoes of the notes)
        def echoed(item: str) -> bool:
            # (两个人翻池 beside 翻池实行两人作业: its count said plainly, blind117's reader)
            item = re.sub(r"([一两二三四五六七八九十])个(?=人)", r"\1", item)
            return len(bigrams(item) & bigrams(own)) >= 2 or (len(item) == 4 and re.search(
                f"{re.escape(item[:2])}[^。；;]{{0,6}}{re.escape(item[3])}", own) is not None)
        items: list[str] = []
        for listed in kept_asked(self.facts).get(task.title, ()):
            new = [i for i in listed if not said_by(i, said) and not echoed(i)]
            # (the whole list where an item unsaid is a word alone: 遗址巡查、看护, blind92)
            items += listed if any(len(i) <= 2 for i in new) else new
        if not items:
            return ""
        will = "" if self._retrospective() else "要"
        return f"同时，{'、'.join(items)}等{'各项' if len(items) > 1 else ''}措施{will}落实到位。"

    def scene_lead(self, task: Task) -> str:
        """A plan task's scenes of the staff at work the leader asked for (notes.scenes),
        before its measures, as the picture of the work they serve, and a clause leading on
        to the points when no link clause does (重点抓好以下几点：); "" when the task shows
        none. blind93–100's readers found these scenes "single sentences tacked onto
        lists" after the points; blind100's wanted the 司炉 scene the leader ranked second
        to open its section."""
        shown = self._scenes_of(task)
        if not shown:
            return ""
        said = "".join(f"{s}。" for s in shown)
        if len(self.points_of(task)) >= 2 and not self.link_clause(task):
            n = [t.title for t in self.facts.tasks if self._scenes_of(t)].index(task.title)
            said += _LEAD_ON[n % len(_LEAD_ON)]
        return said

    def _scenes_of(self, task: Task) -> list[str]:
        """The notes' sentences of a task (task_notes) that are its scenes (notes.scenes)."""
        shown = scenes(self.facts).get(task.title, ())
        return [n for n in self._task_notes.get(task.title, ()) if n in shown]

    @cached_property
    def _task_notes(self) -> dict[str, list[str]]:
        return task_notes(self.facts)

    def branch_said(self) -> str:
        """Everything the branch's own facts say about its meetings: every task and the
        notes' sentences that say how often (主题党日定在每月第二周的周四下午; not 1月份
        党员大会上也要发给大家, an occasion: blind39's plan then gave no 党员大会 at all)."""
        often = [c for c in re.split(r"[。；;\n]", self.facts.doc.notes)
                 if re.search(r"每[年月周季半日天]|季度|\d+次|[一两二三四]次", c)]
        return "；".join([*(task_words(t) for t in self.facts.tasks), *often])

    def mainline(self) -> str:
        """The theme as a plan's 主线 (以…为主线), or "" when the theme only names the
        document itself (2026年党支部工作 is no 主线); a theme worded 以…(为主线) gives
        what is between (以以高质量党建… read twice, blind18)."""
        theme = re.sub(r"^\d{4}年度?", "", self.facts.doc.theme)
        theme = re.sub(r"为主线$", "", theme.removeprefix("以"))
        bare = theme.removesuffix("工作计划").removesuffix("工作").removesuffix("建设")
        if bare in ("党支部", "支部", "党总支", "总支", "党建", "党委", ""):
            return ""
        return theme

    def led_work(self) -> str:
        """What a 党支部's 指导思想 says the party's work leads: the work its theme names
        (以高质量党建引领商务工作提质增效 → 商务工作提质增效), else the unit's service
        (为民服务高质量发展): blind25 and blind26 readers found a 窗口单位's 为民服务 in a
        文联's and a 商务局's plans."""
        led = re.search(r"引领(.{2,30})$", self.mainline())
        return led.group(1) if led else f"{self.vocab['service']}高质量发展"

    def when_of(self, task: Task) -> str:
        """The task's timing as its owner line states it: its own `when`, else 全年 when
        at least half the tasks state theirs and not every point of this one names its
        month (blind20 and blind21 readers: 时间安排 on some tasks and not others; blind22
        and blind23 readers: 时间安排：全年 on every task reads mechanical; blind58's LLM
        reader: drop the six 时间安排：全年 tags, every task typed 全年); "" otherwise."""
        timed = sum(1 for t in self.facts.tasks if t.when)
        if self._branch() or all(_YEARLY.fullmatch(t.when) for t in self.facts.tasks):
            # its year is its 全年工作安排's (both blind23 readers)
            return "" if _YEARLY.fullmatch(task.when) else task.when
        if task.when or 2 * timed < len(self.facts.tasks):
            return task.when
        dated = [p for p in task.points if months_named(p)]
        return "" if task.points and len(dated) == len(task.points) else "全年"

    def owner_of(self, task: Task) -> str:
        """Who the owner line names: the task's owner, but in a 党支部's plan not an office
        of the unit (经济服务股, 办公室): a branch's work is its members' and 支委's (both
        blind23 readers: 责任部门：某某股 is the 机关's division of work)."""
        if not self._branch():
            return task.owner
        # all or none: some owner lines gone and others kept read uneven (a blind24 reader)
        if any(t.owner and not t.owner.endswith(_BRANCH_OWNERS) for t in self.facts.tasks):
            return ""
        for entry in self.facts.branch.committee:  # 书记 → 支部书记钟立群 (a blind25 reader)
            named = re.fullmatch(r"\s*([^：:]+?)\s*[：:]\s*(\S+)\s*", entry)
            if named and task.owner == named[1]:
                return f"{'支部' if named[1] == '书记' else ''}{named[1]}{named[2]}"
        return task.owner

    def leadership_task(self, tasks: Sequence[Task]) -> Task | None:
        """The unit's own task on its 组织领导 (加强组织领导), which the 领导小组's practice
        opens, not a practice of the same name beside it (a blind25 reader: （一）加强组织
        领导，健全工作机制 and （二）加强组织领导); None when there is none."""
        task = next((t for t in tasks if LEADERSHIP_TITLE.search(t.title)), None)
        # its points less the one founding the 领导小组 the practice states
        return task and replace(task, points=tuple(p for p in task.points if "领导小组" not in p))

    def _branch(self) -> bool:
        return self.facts.doc.kind == "party_branch_plan"

    def time_label(self) -> str:
        """One label for the whole document: 完成时限 when every task's `when` is a
        deadline (6月底前, 2026年10月), else 时间安排 (每学期, 全年常态化, 全过程, 全年)."""
        whens = [w for t in self.facts.tasks if (w := self.when_of(t))]
        deadline = all(re.search(r"(底|前|月|日)$", w) and not re.search(r"每|常态|全过程", w)
                       for w in whens)
        return "完成时限" if whens and deadline else "时间安排"

    def plain(self) -> bool:
        """Whether the notes forbid stock phrases (notes.no_filler: 少喊口号): a 汇报 then
        closes without 文明创建永远在路上 (blind98's reader)."""
        return no_filler(self.facts)

    def funded_by(self) -> str:
        """The body whose budget pays the unit's work (notes.funded_by), "" when its own:
        a department's is its hospital's or school's, named as the opening names it
        (纳入年度预算 in a 针灸科's plan is no department's power: blind97's LLM reader)."""
        unit = self.facts.unit
        if unit.superior and unit.name.startswith(unit.superior) \
                and host_noun(unit.superior, last=True):
            return funded_by(self.facts) or self.superior()
        return funded_by(self.facts)

    def superior(self) -> str:
        """The superior as the opening names it: a speech its leaders hear, by the name its
        greeting calls them (集团各位领导 → 按照集团的工作部署: blind87's reader of 按照瀑源县
        文化旅游投资集团有限公司的工作部署 said in front of them); else its name in full."""
        name = self.facts.unit.superior
        for greeting in called(self.facts) if read_aloud(self.facts) else ():
            short = re.match(r"(?:尊敬的)?([\u4e00-\u9fff]{1,6}?)各位领导", greeting)
            if short and short[1] != name and short[1] in name:
                return short[1]
        # … and a department's own hospital or school, by its common noun, before its staff
        # (按照恺源县中医医院的工作部署 read by the 针灸科's head: blind97's reader)
        if read_aloud(self.facts) and name and self.facts.unit.name.startswith(name) \
                and (noun := host_noun(name, last=True)):
            return noun
        return name

    def mentions_superior(self) -> bool:
        """Whether the basis documents already name the superior (市水务集团《…》): then
        the opening does not name it again."""
        superior = self.facts.unit.superior
        head = superior[:4]
        return bool(superior) and any(superior in b or head in b for b in self.facts.doc.basis)

    def core_goal(self) -> str:
        """The year's aim in the theme's own words: 创建市级文明乡镇 → 对照测评体系补齐短板，
        成功创建市级文明乡镇; 巩固…成果 stays as it is; another theme, "" (the goal is
        then what the work improves)."""
        theme = self.facts.doc.theme.removesuffix("工作")
        if theme.startswith(("创建", "争创")):
            return f"对照测评标准补齐短板，成功{theme}"
        if theme.startswith(("巩固", "保持", "迎接")):
            # 巩固血吸虫病消除成果和精神文明建设: the aim is the 巩固, not the theme again
            # (a blind26 reader: 目标是：巩固…和精神文明建设 reads circular)
            return re.sub(r"(成果|称号|荣誉|成效)和.+$", r"\1", theme)
        return ""  # 推动<theme>取得新成效 only says the theme again (blind14 reader)

    def timed(self) -> bool:
        """Whether the tasks' timings say more than 全年 (at least two others)."""
        return len({t.when for t in self.facts.tasks if t.when and t.when != "全年"}) > 1

    @cached_property
    def calendar(self) -> Calendar:
        """The year's routine and dated work from the tasks' points (kinds.schedule)."""
        doc = self.facts.doc
        if doc.kind != "party_branch_plan":
            # the one-off work no time names fills the quarters nothing dates (its targets'
            # names without their counts, said in 工作目标 or the task)
            planned: dict[str, list[str]] = {}
            for f in self.facts.figures:
                if is_target(f) and f.task:  # (its name's 2026年目标 no part of the work)
                    planned.setdefault(f.task, []).append(
                        re.sub(r"[（(](?:19|20)\d\d年目标[）)]$", "", f.name))
            first = self.put_first(self.facts.tasks)  # the notes' first work first
            tasks = (*first, *(t for t in self.facts.tasks if t not in first))
            # … and the activities no time names (开展生物安全应急演练, 开展“最美收集员”评选:
            # blind70's LLM reader found them never scheduled, two quarters of one routine)
            undated = one_offs(tasks, planned)
            found = calendar(self.facts.tasks, anchors=span_work(tasks, planned), undated=[
                *undated, *(a for a in activities(tasks) if a not in undated)],
                terms=self.terms())
            # a target's count its task's point says said there only (年底前新增持证维保人员8人
            # under 第四季度 too: blind111, the genre test's count twice)
            counts = [(f.name, f.text) for f in self.facts.figures
                      if is_target(f) and not f.ratio and not f.todo]
            return replace(found, quarters=[(label, [next(
                (w.removesuffix(c) for n, c in counts if w.endswith(n + c)), w) for w in work])
                for label, work in found.quarters])
        first = doc.date.month if doc.date.year == doc.year else 1
        # each quarter's 党员大会 (《中国共产党支部工作条例（试行）》: 党员大会一般每季度召开
        # 1次) where nothing else dates the quarter
        return calendar(self.facts.tasks, "年底总结全年支部工作",
                        branch_anchors(self.facts.tasks, doc.year, first,
                                       probation_month(self.facts)),
                        idle_quarter="召开本季度党员大会",
                        idle_month="召开支部委员会会议、开展主题党日活动", first_month=first,
                        undated=activities(self.facts.tasks),
                        each_line=bool(re.search(r"一行一行|一个?月一行|逐月", doc.notes)),
                        joined=joined_months(doc.notes))

    def school_year(self) -> bool:
        """Whether the document covers a school year: its theme names one (2026—2027学年…),
        or its period opens in August or September and ends in the next year's summer (a
        高三 year from 2026-08-30 to 2027-06-10): it says 新学年, 这一学年, no calendar year."""
        period = self.facts.doc.period
        return school_year(self.facts.doc.theme) or (
            period is not None and period.start.month in (8, 9)
            and period.end.year == period.start.year + 1 and period.end.month in (6, 7, 8))

    def terms(self) -> tuple[str, str]:
        """A school year's two 学期 as its 时间安排 labels them (秋季学期（2026年9月—2027年
        1月）, 春季学期（2027年2—7月）), from the plan's period: one that opens in August or
        September and ends in the next year's summer, or a theme that names a school year
        (2026—2027学年…); a school's (学校, 幼儿园) 工作计划 of a calendar year by its 春季学期
        then 秋季学期; ("", "") for any other plan of a calendar year or with no period."""
        period = self.facts.doc.period
        if not self.school_year():
            # a school's plan of a calendar year goes by its 学期 too (春季学期（2026年2—7月）,
            # 秋季学期（2026年9—12月）): blind95's readers of both writers found its undated
            # work put in 第三季度（7—9月）, the summer holiday
            if self.facts.doc.kind == "work_plan" and self.facts.unit.type in ("学校", "幼儿园"):
                year = self.facts.doc.year
                return f"春季学期（{year}年2—7月）", f"秋季学期（{year}年9—12月）"
            return "", ""
        if period is None:  # a school year its theme names, its months not given
            return "", ""
        start, end = period.start, period.end
        return (f"秋季学期（{start.year}年{start.month}月—{end.year}年1月）",
                f"春季学期（{end.year}年2—{end.month}月）")

    def by_time(self) -> list[tuple[str, list[str]]]:
        """Task titles grouped by their `when`, in first-mention order, each quoted: a
        title's own quotation marks single inside it (GB/T 15834—2011 §4.1.3.2: “推进‘漕河
        夜巡’常态化”; blind73's reader found “推进“漕河夜巡”常态化”)."""
        groups: dict[str, list[str]] = {}
        for t in self.facts.tasks:
            if t.when:
                inner = t.title.replace("“", "‘").replace("”", "’")
                groups.setdefault(t.when, []).append(f"“{inner}”")
        return list(groups.items())

    # ------------------------------------------------------------------ slogan groups
    def slogan_groups(self) -> list[tuple[str, list[Slogan]]]:
        """The slogan groups, compound ones (named: “1234工程”) first: the plan's frame
        comes before the unit's other slogans; not one its 指导思想 says (guiding_slogans)."""
        groups = [(g, [s for s in members if s.text not in self._guided | self._in_goals])
                  for g, members in self.facts.slogan_groups]
        groups = [(g, members) for g, members in groups if members]
        return [g for g in groups if g[0]] + [g for g in groups if not g[0]]

    @cached_property
    def _in_goals(self) -> frozenset[str]:
        """In a plan, the texts of a group's slogans the notes place in its 工作目标 (“一网
        三端”放在工作目标里讲): said there, not again in a 总体思路 (a blind29 reader)."""
        return self._placed_in("目标", alone=False)

    def goal_groups(self) -> str:
        """The groups the notes place in a plan's 工作目标 (_in_goals), named before their
        members' lines (“一网三端”，即建好一张网、用好三个端。), "" when none."""
        return "".join(f"{quoted(g)}，即{'、'.join(m.text for m in members)}。"
                       for g, members in self.facts.slogan_groups
                       if members and members[0].text in self._in_goals)

    @cached_property
    def _guided(self) -> frozenset[str]:
        """In a plan, the texts of the slogans the notes place in its 指导思想 (“两个坚持、
        三个转变”是总书记的原话，放到指导思想里: a group's members with it; a blind24
        reader found it in 总体思路 and a task instead)."""
        return self._placed_in("指导思想", alone=True)

    def _placed_in(self, part: str, alone: bool) -> frozenset[str]:
        """In a plan, the texts of the slogans whose group the notes place in `part` (one of
        the document's parts: 指导思想, 目标), and, when `alone`, of those placed there by
        their own text."""
        if self._retrospective():
            return frozenset()
        grouped = {s.text for g, members in self.facts.slogan_groups if g
                   and part in placed(self.facts, g) for s in members}
        return frozenset(grouped | {s.text for s in self.facts.slogans
                                    if alone and part in placed(self.facts, s.text)})

    def guiding_slogans(self) -> str:
        """What the 指导思想 says of the slogans the notes place there (_guided), the items
        as written: 全面落实“两个坚持、三个转变”，做到“两个坚持”（坚持以防为主、…），推进
        “三个转变”（…）， ("" when none)."""
        parts = []
        for group, members in self.facts.slogan_groups:
            said = [s for s in members if s.text in self._guided]
            if not said:
                continue
            # 做到“两个维护”，引导党员做到“四个带头”: not 做到 twice (blind50)
            who = "党员" if self.facts.doc.kind == "party_branch_plan" else self.vocab["people"]
            # (… nor a slogan of its own 做到 after it: 做到“两个维护”，做到“两个少跑”, blind94)
            verbs = [re.sub(r"^做到", f"引导{who}做到", with_verb(s.text)) for s in said]
            # (its items parted by 、 unless one holds a 、 or ，of its own: blind93's readers,
            # 用心倾听，用心调解，… in brackets)
            def items(s: Slogan) -> str:
                words = [i.rstrip("。；;，,") for i in s.items]
                return ("，" if any(re.search(r"[、，,]", w) for w in words) else "、").join(words)
            listed = "，".join(f"{v}（{items(s)}）" if s.items else v
                              for v, s in zip(verbs, said, strict=True))
            parts.append(f"全面落实{quoted(group)}，{listed}" if group else listed)
        return "".join(f"{p}，" for p in parts)

    def group_line(self, group: str, slogans: Sequence[Slogan]) -> str:
        """The plan's statement of a compound slogan: its parts and its short name."""
        doc = self.facts.doc
        theme = doc.theme if doc.theme.endswith("工作") else f"{doc.theme}工作"
        parts = "、".join(s.text for s in slogans)
        year = "" if theme.startswith(f"{doc.year}年") else f"{doc.year}年"
        if group.endswith("思路"):  # 总体思路是“1234工作思路” says 思路 twice
            return f"{year}{theme}按照{quoted(group)}推进，即{parts}。"
        if all(s.text.strip("“”") in group for s in slogans):  # 一符、四无 of 一符四无
            return f"{year}{theme}的总体思路是{quoted(group)}。"  # not “一符四无”，即一符、四无
        return f"{year}{theme}的总体思路是{quoted(group)}，即{parts}。"

    def slogan_lead(self) -> str:
        """A summary's or report's slogans as the one sentence that opens its practices
        (2025年，我公司围绕“筑牢三道防线”（入户安检防线、…）和…，重点抓了以下几方面工作。),
        not lines standing bare above （一）; a compound group leads its parts (围绕“三救三献”
        工作，做实“三救”（应急救护、…），推动“三献”，…: a part a task is named after is
        explained there, not twice, blind16); "" when an item is too long for brackets
        (over 14 characters; “榕e行”青年志愿服务队 fits, blind19): then slogan_summary."""
        groups = self.slogan_groups()
        slogans = self.shown()
        if any(all(s.text.strip("“”") in g for s in members) for g, members in groups if g):
            return ""  # 两优 and 一满意 of “两优一满意”: slogan_summary names each
        if not (slogans or self._grouped) or any(
                not s.items or any(len(i) > 14 for i in s.items) for s in slogans):
            return ""

        def part(s: Slogan) -> str:
            if s.text in self.carried_texts:  # its task explains it
                return named(s.text)
            # unquoted, as written: “推行四项便民措施” beside 坚守“三条红线” read uneven; a
            # bare name quoted (围绕“三美”（…）)
            return f"{named(s.text)}（{'、'.join(i.rstrip('。；') for i in s.items)}）"

        parts = []
        for group, members in groups:
            if group:
                parts.append(f"{quoted(group) if '“' not in group else group}，"
                             + "，".join(part(s) for s in members))
            else:
                parts.extend(part(s) for s in members if s in slogans)
        doc = self.facts.doc
        # 、 or 和 between two bracketed lists reads to the checker as one list before the
        # second count (“三爱”（…）和“两条底线”): a comma keeps them apart; a slogan that
        # opens with 围绕 is no 围绕围绕一个中心
        # nor 围绕聚焦两个重点 (a blind23 reader): a slogan that is itself a focus
        around = "" if parts and parts[0].startswith(("围绕", "聚焦", "紧扣", "紧紧围绕")) \
            else "围绕"
        return (f"{doc.year}年，{self.vocab['self']}{around}{'，'.join(parts)}，"
                f"重点抓了以下几方面工作。")

    def slogan_summary(self) -> str:
        """The slogans, for kinds that do not give them a section: a line naming the
        group (if any), then each slogan with its items and the tasks that carry it out,
        a paragraph each (one line a paragraph); the tasks themselves say which items
        they carry out (link_clause)."""
        lines = []
        shown = self.shown()
        done = self._retrospective()  # what the unit did: no line standing bare
        for group, slogans in self.slogan_groups():
            if group:
                lines.append(self.group_line(group, slogans))
            for s in slogans:
                # a part the 工作目标 states is not stated again (blind34: “三网”工作法，即…
                # in both)
                if (group or s in shown) and s not in self.branch_goals():
                    line = self.slogan_line(s)
                    if done and not group:
                        line = (f"同时，{self.vocab['self']}{line}" if lines else
                                f"{self.facts.doc.year}年，{self.vocab['self']}{line}")
                    lines.append(line)
        return "\n".join(lines)

    def shown(self) -> list[Slogan]:
        """The slogans a document states apart from its tasks (above a summary's
        practices, in a plan's 总体思路 or a branch's 中心工作): those no task is named
        after (link_clause states those in it), and every part of a compound group."""
        return [s for s in self.facts.slogans
                if (s.text not in self.carried_texts or s.text in self._grouped)
                and s not in self.branch_goals() and s.text not in self._guided
                and s not in self._opening]

    @cached_property
    def _opening(self) -> tuple[Slogan, ...]:
        """In a plan or a summary, the slogans the notes place at its start
        (notes.at_opening), no group framing them and no task named after them: said in
        its opening sentence (blind53's readers of a summary: “两个不落”开头提一句, said
        above its practices). A written report says them in its lead-in sentence (blind57),
        one read out after its greeting (blind67: “点亮两盏心灯”汇报一开头就说 led the
        practices instead)."""
        return tuple(s for s in self.facts.slogans if not s.group
                     and s.text not in self.carried_texts and s.text not in self._guided
                     and at_opening(self.facts, s.text))

    def starts_with_unit(self) -> bool:
        """Whether a written report has no lead-in sentence (notes.starts_with_unit)."""
        return starts_with_unit(self.facts)

    def opening_slogan_clause(self, around: bool = False) -> str:
        """The opening sentence's clause stating the slogans placed at the start (_opening:
        坚持“两个守护”（守护…、守护…），), "" when none; `around`: each as written, a bare
        name after 围绕 (围绕“两个随时”（…）, not 围绕落实“两个随时”; 践行三个始终: a report's
        lead-in)."""
        said = []
        for s in self._opening:
            items = [i.rstrip("。；;，,") for i in s.items]
            joint = "，" if any(re.search(r"[，,、]", i) for i in items) else "、"
            name = named(s.text) if around else with_verb(s.text)
            # (争做“三型护士”: people become nurses, the unit leads them to, blind102's reader
            # of 我会争做“三型护士”)
            if not around and re.match(r"争[做当]", name) and re.search(
                    r"(?:护士|老师|教师|[人员兵者师手工])”?$", name):
                name = f"引导{self.facts.unit.people or '干部职工'}{name}"
            said.append(f"{name}（{joint.join(items)}）" if items else name)
        if around and said and said[0].startswith("“"):  # 围绕“两个随时”, 践行三个始终
            said[0] = f"围绕{said[0]}"
        return "".join(f"{c}，" for c in said)

    @cached_property
    def _grouped(self) -> frozenset[str]:
        """The texts of the slogans a compound group (“1234工程”) frames."""
        return frozenset(s.text for g, slogans in self.slogan_groups() if g for s in slogans)

    def branch_goals(self) -> list[Slogan]:
        """In a 党支部工作计划, the slogans that name the branch it aims to be (创建“四强”
        党支部): its 工作目标, not one of its activities (blind18)."""
        if self.facts.doc.kind != "party_branch_plan":
            return []
        return [s for s in self.facts.slogans
                if s.text not in self._guided  # “四强”在指导思想里完整讲一次 (blind51)
                and not at_opening(self.facts, s.text)
                and (re.search(r"(党支部|支部|党总支)$", s.text)
                     or "目标" in placed(self.facts, s.text))  # “三带”要写进目标里 (blind24)
                and s.text not in self.carried_texts]

    def goal_slogans(self) -> list[Slogan]:
        """A plan's slogans that no group frames and no task is named after: stated in its
        工作目标, each item tied to its task by that task's link_clause; not one holding the
        unit's own events (event_slogans)."""
        events = self.event_slogans()
        placed_here = [s for s in self.facts.slogans  # its items, unless a task brackets them
                       if s.text in self._in_goals and not self.in_brackets(s)]
        return placed_here + [s for s in self.shown() if s.text not in self._grouped
                              and s not in events and s not in placed_here]

    def event_slogans(self) -> list[Slogan]:
        """A plan's slogans that hold the unit's own events (办好三个节：搬迁纪念日、邻里节、
        丰收节) and that no group frames and no task is named after: a task of their own
        after the others, not an aim (both blind23 readers: 目标里不该放这种活动安排)."""
        if self._retrospective():
            return []
        return [s for s in self.shown() if s.text not in self._grouped and s.items
                and _HOLDS.match(unquoted(s.text))
                and all(_EVENT_ITEM.search(i.rstrip("。；;，,")) for i in s.items)]

    def event_task(self, slogan: Slogan) -> str:
        """An event slogan's task (event_slogans): its items, and a marker asking when and
        how for those no task's points arrange (邻里节 in no point: the plan cannot say
        its date)."""
        bodies = [task_words(t) for t in self.facts.tasks]
        missing = [i.rstrip("。；;，,") for i in slogan.items if not said_in(i, bodies)]
        marker = f"【待补充：{quoted_list(missing)}的时间和具体安排】" if missing else ""
        return (self.explain(slogan) or self.slogan_line(slogan)) + marker


_YEARLY = re.compile(r"全年(常态化)?|常态化|长期|全年持续")
"""A task's timing that is the whole year: no time node of its own."""
_HOLDS = re.compile(r"^(?:办好|举办|办|开展|组织|过好)")
_EVENT_ITEM = re.compile(r"(?:节|日|活动|会|赛|展|周|月|仪式)$")
"""A slogan holding events: its verb, and items each an event (搬迁纪念日, 邻里节)."""

_ACTIVITY_END = re.compile(r"(整治|排查|检查|评选|评比|宣传|培训|活动|行动|讲座|义诊|演练|"
                           r"巡查|竞赛|调研|走访|慰问|体检|筛查|随访|咨询|展演|展览|比赛|授课|"
                           r"康复训练)$")  # (…床旁呼吸康复训练, blind108)
_WHEN = re.compile(r"^(每|全年|年内|定期|坚持)")
# (… its evening too: 每周四晚在老街夜市设点, not 每周四开展晚在…, blind105's reader)
_TIMED = re.compile(r"^(每(?:周[一二三四五六日天]?|月|季度|学期|年|半年)"
                    r"(?:[上下]午|晚上?|早上?|中午)?)"
                    r"([一两二三四五六七八九十\d]+次)?([^\d一两二三四五六七八九十每].*)$")

_EVERY = re.compile(r"每(?:[一两二三四五六七八九十半]个?)?(?:天|日|周|星期|月|季|年|学期|旬|晚|"
                    r"早|周末|节假日|次)")
"""A point kept up at a frequency (每周五…, 每两个月…, 每季度…), not one counted per head
(每户选聘一名生态管护员: blind82's reader found the task's other points a sentence with no
subject after it)."""

_NOT_OPENING = re.compile(r"^(每|全年|年内|定期|[0-9０-９第]|[开设建组举召签邀评走慰培配]|办好|"
                          # 维护红外相机、记录野生动物活动: its own verbs (blind82's reader
                          # found 开展了维护红外相机…)
                          r"维护|记录|巡查|监测|登记|清理|收集|采集|"
                          # 到城区中小学开设天文科普讲座: its verb after its place (blind93's
                          # reader: 我会开展到城区…)
                          r"[到去赴进在向为给](?=[^，,；;]{1,12}(?:开设|开展|举办|组织|宣讲|授课)))")


def _restated(account: str, points: Sequence[str]) -> bool:
    """Whether a task's points say seven tenths of an account's word pairs again."""
    pairs = bigrams(account)
    return 10 * len(pairs & bigrams("；".join(points))) >= 7 * len(pairs)


def _states(item: str, body: str) -> bool:
    """Whether a task's words (`body`) say a slogan item: verbatim, or by half its word
    pairs at least (notes.said_in's two pairs are too few to leave it unexplained: 守住生态
    保护红线 is not said by 生态管护…保护野生动物, blind82's readers of both writers;
    即时约谈当事人 not by 及时约谈当事人…, blind84's)."""
    return said_in(item, [body]) and half_said(item, body)


def _purpose_entry(entries: Sequence[dict[str, Any]], point: str) -> int | None:
    """The index of the first purposes.toml entry whose `match` word is what the point
    works on (_object_of) and none of whose `unless` words the point says; None."""
    return next((i for i, e in enumerate(entries)
                 if any(_object_of(point, w) for w in e.get("match", ()))
                 and not any(w in point for w in e.get("unless", ()))), None)


def _object_of(point: str, word: str) -> bool:
    """Whether `word` is what the point works on: it ends the point, or ends within its
    last two characters (组织技术员进村培训, 开展社会主义核心价值观宣传教育), less a
    closing 活动/工作. A word earlier in the point is another thing's (产品包装和宣传用语
    逐一经法务审核 is no 宣传; 改造员工食堂和宿舍 is no 食品安全: blind30), nor one naming a
    person or a paper by it (随队一名技术检查员, 制定整改方案: blind107's reader of 把问题消除
    在初始阶段 after them), nor where the work goes (追溯到罐、到班组)."""
    bare = re.sub(r"(?:活动|工作)$", "", re.sub(r"[“”]", "", point.rstrip("。；;，,")))
    at = bare.rfind(word)
    return at >= 0 and at + len(word) >= len(bare) - 2 and not re.match(
        r"员|组(?!织)|方案|清单|台账|表|单", bare[at + len(word):]) and bare[at - 1:at] != "到"


T = TypeVar("T")


def in_places(items: Sequence[T], place: Callable[[T], int | None]) -> list[T]:
    """`items` with each `place` gives (1, 2, …; -1 the last) at that place, the others
    in their order between."""
    places = {id(i): p for i in items if (p := place(i)) is not None}
    out = [i for i in items if id(i) not in places]
    for item in sorted((i for i in items if places.get(id(i), 0) > 0),
                       key=lambda i: places[id(i)]):
        out.insert(min(places[id(item)] - 1, len(out)), item)
    return out + [i for i in items if places.get(id(i)) == -1]


def in_notes_order(facts: Facts, tasks: Sequence[Task], relative: bool = False) -> list[Task]:
    """The tasks in the places the notes give them (notes.ordered: 保育照护放第一条，家庭
    育儿指导第二，党建那条放最后), each found as a stressed item is (stress_home); the
    others keep their order between (blind28: each of six notes set the order, no draft
    followed it). `relative`: the places are the document's, these tasks one section's
    (组织生活第三 is the first of its section's tasks the notes place, blind32)."""
    places = places_of(facts, facts.tasks if relative else tasks)  # each item its own task
    if relative:
        places = {id(t): places[id(t)] for t in tasks if id(t) in places}
        firsts = sorted(p for p in places.values() if p > 0)
        places = {k: firsts.index(p) + 1 if p > 0 else p for k, p in places.items()}
    out = in_places(tasks, lambda t: places.get(id(t)))
    # 志愿服务挪到法治宣传前头: moved just before the other when it came after (blind57)
    for what, other in ordered_before(facts):
        work, there = stress_home(what, out), stress_home(other, out)
        if work is not None and there is not None and out.index(work) > out.index(there):
            out.remove(work)
            out.insert(out.index(there), work)
    return out


def named_in(task: Task, text: str) -> bool:
    """Whether `text` names the task: a quoted name of its title, or two of its title's
    words (红白理事会, 积分超市)."""
    quoted = set(re.findall(r"“([^”]{2,20})”", task.title))
    if any(q in text for q in quoted):
        return True
    return len(bigrams(task.title) & bigrams(text)) >= 2


def terms(text: str, words: set[str]) -> list[int]:
    """The separate terms of `text` the two-character `words` make, as their lengths in
    words: overlapping ones in a row (每季, 季度) are one term of 2."""
    runs: list[int] = []
    inside = False
    for i in range(len(text) - 1):
        hit = text[i:i + 2] in words
        if hit and inside:
            runs[-1] += 1
        elif hit:
            runs.append(1)
        inside = hit
    return runs


_ONCE = re.compile(r"^(改造|组建|成立|建立|新建|建成|开设|设立|签订|聘请|评选|举办|开展|修订|"
                   r"制定|更换|购置|配备|新修|选派|招募|发放|推出|召开|印发|编印|拍摄|创作|承办|"
                   r"完成|举行|打造|引进|组织|走访慰问|表彰)(?!了|好|到|成)")


def _count_at(point: str, fig: Figure) -> int:
    """Where a figure's count goes in a point that names what it counts (_absorbs): the
    end of those words; -1 when the point does not name them at a clause's end."""
    if fig.ratio:
        return -1
    bare = point.rstrip("。；;，,")
    for name in dict.fromkeys((fig.name, figure_name(fig))):
        if bare == name:
            return len(bare)
        # inside a point, only a count of the action it names (设立党员先锋岗 48个; not a
        # stock 村级综合服务社 after 新建 in 新建村级综合服务社，…)
        at = bare.find(name)
        end = at + len(name)
        if (at >= 0 and (VERB.match(name) or DOING.match(name)) and len(name) >= 4
                and (end == len(bare) or bare[end] in "，；;,")):
            return end
    return -1


_THEN = re.compile(r"表彰|收看|观看|参观|学习|开展|召开|举办|走访|慰问|参加|祭扫|签订|"
                   r"编印|发放|评选|推出|启动")
"""A second verb of a serial action (评选表彰, 组织收看): 了 goes after it."""


def done(point: str) -> str:
    """A one-off action in a summary as done, after its day if it opens with one:
    改造3个管护站住房 → 改造了3个管护站住房, 9月18日组织全县防空警报试鸣 → 9月18日组织
    了… (blind18: a summary read as a plan); a recurring one (每月…, 常态化…, 坚持…)
    stays as written. A deadline the point sets is the plan's, not the year's (保护区内养殖户
    年底前完成转产 → 推进保护区内养殖户转产: blind85's reader of a November report)."""
    if (due := re.fullmatch(r"([^，,；;\d]{0,12}?)(?<!\d)(?:年底前|年内)(?:全部)?完成"
                            r"([^，,；;]{2,12})", point)):
        return f"推进{due[1]}{due[2]}"
    if re.search(r"每|常态|坚持|定期|长期|持续", point[:8]):
        return point
    # (改造完成一个月后回访: a step after another, no 改造了完成…, blind117's reader)
    if re.match(r"[\u4e00-\u9fff]{2}完成[^，,；;]{0,8}?后", point):
        return point
    day = _ON_A_DAY.match(point)
    at = day.end() if day else 0
    verb = _ONCE.match(point[at:])
    if verb is None:
        return point
    end = at + verb.end()
    # 招募、培训生命陪伴志愿者 → 招募、培训了…, not 招募了、培训 (blind68)
    if (chained := re.match(r"、([\u4e00-\u9fff]{2})(?=[\u4e00-\u9fff])", point[end:])):
        end += chained.end()
        return f"{point[:end]}了{point[end:]}"
    # 修订完善学会章程 → 修订完善了…, not 修订了完善 (blind69)
    if (pair := re.match(r"完善|健全|补充|更新|调整", point[end:])):
        end += pair.end()
        return f"{point[:end]}了{point[end:]}"
    second = _THEN.match(point, end)  # 评选表彰了…, 组织收看了… (not 评选了表彰, blind19)
    if second and not re.match(r"大?会", point[second.end():]):  # 召开了表彰会 (blind20)
        return f"{point[:second.end()]}了{point[second.end():]}"
    return f"{point[:at]}{verb.group(1)}了{point[end:]}"


_ON_A_DAY = re.compile(r"(?:\d{1,2}月(?:\d{1,2}日|底|末|[上中下]旬)?|"
                       # (not 节 of 节能: 更换高效节能风机 read as a festival's, blind96; nor of
                       # 关节: 开展关节超声检查 a sentence of its own, blind109)
                       r"“?[\u4e00-\u9fff]{1,6}”?(?:(?<![关环细章季调音])节(?![能约水电点目奏省俭])|纪念日)(?:前|期间)?)"
                       r"(?:[\u4e00-\u9fff]{2,10}?(?:节|纪念日|日))?(?:前|期间|前后)?")
"""The day a point opens with (9月18日, 3月5日学雷锋纪念日, 重阳节前)."""


def as_clause(point: str) -> str:
    """A point that only names an activity (校园周边、农贸市场食品安全专项整治) as what was
    done (开展…), also after its frequency (每周三下午教研活动 → 每周三下午开展教研活动,
    每月一次消防演练 → 每月开展一次消防演练); a point with a verb of its own, or one
    opening with a number, stays as written."""
    # (新聘教官岗前培训: a training named by whom it trains, its 培训 no verb of the point,
    # blind97's reader: 开展了“优秀教官”评选，新聘教官岗前培训)
    trained = re.fullmatch(r"([\u4e00-\u9fff]{2,8}?)(?:岗前|业务|专题|集中|全员|技能|入职)"
                           r"(?:培训|轮训|考核)", point)
    if trained and not VERB.search(trained[1]):
        return f"组织{point}"
    head, comma, rest = point.partition("，")  # 每周三下午教研活动，全年围绕…开展
    timed = _TIMED.match(head)
    # (not one going somewhere to do it: 每周到学校授课, blind96's 每周开展到学校授课)
    if timed and not VERB.search(head) and _ACTIVITY_END.search(head) \
            and not re.match(r"(?:到|去|进|下|上门|入户|走进|深入|在)", timed.group(3)):
        when, times, what = timed.groups()
        return f"{when}开展{times or ''}{what}{comma}{rest}"
    # (出院患者居家氧疗上门指导 → 为出院患者提供居家氧疗上门指导: blind108's reader of
    # 我科…，出院患者居家氧疗上门指导)
    if served := re.fullmatch(r"([\u4e00-\u9fff]{2,6}(?:患者|老人|群众|居民|家庭|学员))"
                              r"([\u4e00-\u9fff]{2,10}(?:上门指导|上门服务))", point):
        return f"为{served[1]}提供{served[2]}"
    if (_ACTIVITY_END.search(point) and not VERB.search(point) and "，" not in point
            and not _NOT_OPENING.match(point) and not re.search("期间|前后|之际", point)):
        # (面匠每年健康体检 → 每年组织面匠健康体检, not 开展面匠每年…: blind96's reader)
        if own := re.fullmatch(r"([\u4e00-\u9fff]{1,6}?)(每[年月周季]|定期)([\u4e00-\u9fff]{2,12})",
                               point.rstrip("。；;，,")):
            return f"{own[2]}组织{own[1]}{own[3]}"
        # (对肺结节患者分级随访 → 对肺结节患者开展分级随访, not 开展对…: blind108's reader)
        if whom := re.fullmatch(r"([对为向][\u4e00-\u9fff]{1,10}?(?:患者|群众|居民|学生|职工|"
                                r"老人|儿童|企业|人员|对象|家庭|农户|会员|"
                                # (对出租房屋逐户巡查: blind110's 开展了对…)
                                r"房屋|场所|门店|商户|楼栋|小区|设施|设备))([\u4e00-\u9fff]{2,10})",
                                point):
            return f"{whom[1]}开展{whom[2]}"
        return f"开展{point}"
    return point


_FREQUENCY = re.compile(r"每[年月周季半日天]|\d+次|[一两二三四]次|不少于|定期|季度|"
                        r"年[底末初中度]|每学期|学期[初末]|(?<!\d)(1[0-2]|[1-9])月(?!\d)")
"""Words saying how often or when in the year (12月召开组织生活会: the year's one)."""

_BRANCH_OWNERS = ("书记", "委员", "组长", "支部", "党员", "支委", "党小组", "支委会", "委员会")
"""Who owns a 党支部's work: its 支委, its members, the branch itself."""
_PERSON_POSTS = ("书记", "委员", "组长", "主任", "负责人", "院长", "校长", "园长", "经理",
                 "局长", "站长", "所长", "馆长", "行长", "队长", "教导员", "指导员",
                 "政委", "会长", "秘书长", "理事长")


_SUBUNIT = re.compile(r"(.+?)[（(]([^（）()]{2,20}(?:站|所|科|室|队|部|校区|分院|分公司|分局|支局|"
                      r"分行|支行|网点|门诊|中心|支部|班|组|车间|病区|窗口|大厅))[）)]")
# (…锦标赛传统南狮项目金奖: a medal is won, no title conferred, blind94's reader)
_RANK = re.compile(r"(第[一二三四五六七八九十0-9]+名|[一二三特]等奖|前[三五十]名|"
                   r"(?<=[赛目组])[金银铜]奖)$")
_AWARDS = ("奖状", "奖章", "奖", "证书", "奖牌", "锦旗", "红旗")


def _own_part(title: str, parent: str) -> str:
    """An honour's title with its holder in brackets (_SUBUNIT) as the unit `parent` says
    it: no bracket when the holder is `parent` itself, the holder's name less the words
    it shares with `parent` (…（保卫处校卫队） of …保卫处 → …（校卫队））; `title` otherwise."""
    held = _SUBUNIT.fullmatch(title)
    if held is None:
        return title
    if parent.endswith(held[2]):
        return held[1]
    short = _unshared(held[2], parent)
    return f"{held[1]}（{short}）" if short != held[2] else title


def _unshared(holder: str, name: str) -> str:
    """A part's name less its first words that the unit's `name` ends with (疼痛科护理组 of
    …医院疼痛科 → 护理组; 保卫处校卫队 of …学院保卫处 → 校卫队), at least two characters
    shared and two left; `holder` as it is otherwise."""
    shared = next((k for k in range(len(holder) - 2, 1, -1) if name.endswith(holder[:k])), 0)
    return holder[shared:]


def honors_said(honors: Sequence[Any], own: str, name: str, years: bool = True) -> str:
    """The honours in their order as one sentence (no final 。) after the unit's word `own`
    (我科, or the parent's name in a 党支部's plan) whose full name is `name`: the unit's own
    run on (我科2024年被…授予…称号，2025年被…), a part's (_SUBUNIT) a clause of its own with
    its holder after `own`, less the words it shares with `name` (；2025年，我科护理组被…;
    a project's holder is 负责建设的: blind107's reader of 2025年所属疼痛科护理组被… and of
    基建处2025年所属学生活动中心被…). `years`: each honour with its year."""
    clauses: list[str] = []
    run: list[Any] = []

    def year(h: Any) -> str:
        return f"{h.year}年" if years else ""

    def flush() -> None:
        if run:
            head = f"{own}{year(run[0])}" if not clauses else (
                f"{year(run[0])}，{own}" if years else own)
            clauses.append(head + "，".join(
                ("" if n == 0 else year(h)) + honor_clause(h.title, h.grantor)
                for n, h in enumerate(run)))
            run.clear()
    for h in honors:
        if (part := _SUBUNIT.fullmatch(h.title)) is None:
            run.append(h)
            continue
        flush()
        holder = part[2]
        # (a body of its own name, 县人社服务中心 of a 局: 所属县人社服务中心, not 我局县…)
        holder = (f"负责建设的{holder}" if part[1].endswith("工程")
                  else f"所属{holder}" if re.match(r"[省市县区]", holder)
                  else _unshared(holder, name))
        clauses.append(f"{year(h)}{'，' if years else ''}{own}{holder}"
                       f"{honor_clause(part[1], h.grantor)}")
    flush()
    return "；".join(clauses)


def honor_clause(title: str, grantor: str = "") -> str:
    """An honour as the genre states it: 被…授予“…”称号; an award (…奖, 奖状) without 称号;
    a ranking is no title (在…组织的全县…考核中获第一名); a case chosen is the case's
    (报送的案例被…评为“…优秀案例”). A part's, its holder in brackets, is honors_said's."""
    kept = re.fullmatch(r"(.+?)[（(](复查保留|复查确认|继续保留|复核保留|复查合格|复查通过|"
                        r"通过复查)[）)]", title)
    if kept:  # 市级文明单位（复查保留） is no new title (blind19)
        by = f"{grantor}" if grantor else ""
        return f"通过{by}复查，继续保留{quoted(kept.group(1))}称号"
    if re.search(r"[^获]获(?!得者)|荣获", title.strip("“”")):
        # 杂技节目《竹韵》获全省杂技比赛银奖: a work's award, said as it is (blind44: 被省文化
        # 和旅游厅授予“杂技节目《竹韵》获…银奖”)
        return title.strip("“”")
    rank = _RANK.search(title)
    if rank:
        where = f"在{grantor}组织的" if grantor else "在"
        return f"{where}{title[: rank.start()]}中获{rank.group(1)}"
    by = f"被{grantor}" if grantor else ""
    if title.rstrip("”").endswith(("案例", "典型案例", "优秀案例")):
        # a case is chosen, not the unit titled (both blind24 readers: 授予“…优秀案例”称号)
        return f"报送的案例{by}评为{quoted(title)}"
    merit = re.search(r"(集体|个人)?([一二三特])等功$", title.strip("“”"))
    if merit:  # 戬州市公安机关集体三等功: a merit is recorded, no title (a blind88 reader)
        return f"{by}记{merit[1] or ''}{merit[2]}等功"
    if re.match(r"[1-5１-５一二三四五]A级|[1-5一二三四五]星", title.strip("“”")):  # 四星级…
        # 4A级社会组织 is an assessment's grade, not a title (blind53's reader: 被评为)
        return f"{by}评为{title.strip('“”')}"
    if re.search(r"(?:建设|培育|试点)(?:项目|单位)$", title.strip("“”")):
        # 临床重点专科建设项目 is a project the unit is chosen for, no title (blind95's
        # reader: 授予“…建设项目”称号)
        return f"{by}确定为{quoted(title)}"
    tail = "" if title.rstrip("”").endswith(_AWARDS) else "称号"
    return f"{by}授予{quoted(title)}{tail}"


def post_of(text: str) -> str:
    """The post of a 领导小组 member as the user typed it (党委书记、董事长 陈国栋, or
    陈国栋（党委书记、董事长） → 党委书记、董事长); the whole entry, tightened, when
    nothing parts post and name."""
    bracketed = re.fullmatch(r"\s*[^（(\s]{2,4}\s*[（(](.+)[）)]\s*", text)
    if bracketed:  # 陈国栋（党委书记、董事长）
        return bracketed.group(1).strip()
    parts = text.strip().rsplit(maxsplit=1)
    if len(parts) == 2:
        return parts[0]
    # 党委书记、大队长邬承岳: the post typed right before the name (blind52)
    # … 大队长亓振华, 会长晏国梁 (blind53)
    run = re.fullmatch(r"(.*?(?:书记|[队站院局所校馆场庭会部行园]长|主任|经理|主席|董事长))"
                       r"([\u4e00-\u9fff]{2,3})", tight(text))
    return run[1] if run else tight(text)


def named_post(text: str) -> str:
    """A 领导小组 member as the genre names one: post, then name (陈国栋（党委书记、董事长）
    → 党委书记、董事长陈国栋); as typed, tightened, otherwise."""
    if "、" in text and all(re.fullmatch(r"\s*[^（(\s、]{2,4}\s*[（(][^）)]+[）)]\s*", part)
                           for part in text.split("、")):
        return "、".join(map(named_post, text.split("、")))  # two leaders (blind44)
    bracketed = re.fullmatch(r"\s*([^（(\s]{2,4})\s*[（(]([^）)]+)[）)]\s*", text)
    if bracketed:
        return f"{bracketed.group(2).strip()}{bracketed.group(1)}"
    # 站长：陶建勋, a form's label and its value (blind43: 由站长：陶建勋任组长)
    return tight(re.sub(r"^([^：:\s]{2,16})[：:]\s*(?=[^：:]{2,4}$)", r"\1", text))


def office_head(leadership: Leadership) -> str:
    """Who runs the 领导小组's office, by post and name where the group lists them (陈建 of
    关党委办公室主任 陈建 → 关党委办公室主任陈建: a report names nobody bare before its
    考评组, blind13); as typed otherwise."""
    head = tight(leadership.office_head)
    # 甘霖（兼）: the form's mark of a second post, 兼任 in words (blind39: copied raw)
    if (acting := re.fullmatch(r"(.+?)[（(]兼[）)]", head)) is not None:
        return f"{office_head(replace(leadership, office_head=acting[1]))}兼任办公室主任并"
    for entry in (leadership.leader, *leadership.deputies, *leadership.members):
        said = named_post(entry)
        if said != head and head in re.split(r"[\s（()）]+", entry):
            return said
    return head


def tight(text: str) -> str:
    """A name as the user typed it, without the spaces between Chinese characters (党委书记、
    局长 林国栋 → 党委书记、局长林国栋)."""
    return re.sub(r"(?<=[\u4e00-\u9fff）)])\s+(?=[\u4e00-\u9fff（(])", "", text.strip())


def quoted_list(items: Sequence[str]) -> str:
    """“甲”“乙” (GB/T 15834: no 顿号 between quoted items); 甲、乙 when one of them
    holds quotation marks itself and cannot be quoted again."""
    if any("“" in i or "”" in i for i in items):
        return "、".join(items)
    return "".join(quoted(i) for i in items)


def quoted(text: str) -> str:
    """“text”, unless it already holds quotation marks (then bare: no nested ““…””)."""
    return text if "“" in text or "”" in text else f"“{text}”"


_NAME_ONLY = re.compile(r"[\u4e00-\u9fff]{0,4}?[一二两三四五六七八九十百千\d]+[\u4e00-\u9fff]{1,6}")
"""A slogan that is a bare name, a count and its words with no verb (三个零, 四比四争, 三美,
123456工程, 红马甲四送): 公文 quote such a name and give it a verb (blind39's built-in
reader: 三必访，即…; 四比四争（…） pasted into 指导思想 with no verb)."""
_SLOGAN_VERB = re.compile(r"开展|推行|落实|坚持|实现|建设|建强|打造|争创|践行|筑牢|守好|守牢|推进|"
                          r"深化|实施|做到|讲好|建好|办好|用好|擦亮|强化|提升|聚焦|围绕|坚守|树立|"
                          r"弘扬|创建|抓好|紧盯|健全|推动|突出|当好|做好|唱响|争当|争做|紧扣|服务|"
                          r"把握|守住|坚定|提供|落细|织密|锻造|锤炼|培育|构建|完善|严守|压实|夯实|"
                          r"做实|兑现|守护|护航|拓展|激活|优化|依托")
"""The verbs a slogan opens with when it is a clause (推行四项便民措施, 守好三道防线)."""


def _bare(text: str) -> bool:
    return ("“" not in text and _NAME_ONLY.fullmatch(text) is not None
            and not _SLOGAN_VERB.match(text))


def _reached(clause: str, value: str) -> str:
    """A rate's clause with 达到 before its value (满意度达到98.6%), as it is when it says
    达到 or 占 already."""
    head, _, tail = clause.rpartition(value)
    if not head or "占" in clause or head.endswith("达到"):
        return clause
    return f"{head}达到{value}{tail}"


def named(text: str) -> str:
    """A slogan's text as prose names it: a bare name (_NAME_ONLY, no verb of its own) in
    quotation marks (“三个零”), one with its verb before its quoted name (践行“三个始终”
    of 践行三个始终: blind58's readers of both writers, 践行三个始终 unquoted), one
    holding quotation marks as written (坚守“三条红线”)."""
    return f"“{text}”" if _bare(text) else _verb_quoted(text)


def _verb_quoted(text: str) -> str:
    """践行“三个始终” of 践行三个始终: a verb (_SLOGAN_VERB) before a bare counted name, the
    name quoted; any other text as written."""
    m = re.fullmatch(rf"((?:{_SLOGAN_VERB.pattern})+)(.+)", text)
    if (m is None or "“" in text or _NAME_ONLY.fullmatch(m[2]) is None
            or re.match(r"一[支批]", m[2])):  # 建设一支…队伍 is no name
        return text
    return f"{m[1]}“{m[2]}”"


def counted_name(text: str) -> str:
    """A slogan referred to by its counted name, quoted: “两个重点” of 突出两个重点 (围绕
    “两个重点”中“中医药文化传承”, not 围绕“突出两个重点”中…); any other text quoted."""
    said = _verb_quoted(text)
    return said[said.index("“"):] if said != text else quoted(text)


def with_verb(text: str) -> str:
    """A slogan's text as a clause of its own: a bare name with the verb its words call
    for (实现“三个零”, 开展“四比四争”, 争创“三个一流”, 践行“三美”, 落实“三必访”), one
    with its verb as written."""
    # “四个带头” typed with its quotation marks is as bare (blind50: 做到“两个维护”，“四个带头”
    # （…）, no verb)
    # “三绿”行动, a quoted name and what it is, no verb either (blind49's, said in a
    # summary's opening since blind53)
    # (“三段”育人, blind49: 我校“三段”育人（…），扎实推进… once its opening said it)
    # (“五必”服务规范, blind48: 我校“五必”服务规范（…）。 once its speech's opening said it alone)
    kind = re.fullmatch(r"“[^“”]+”(行动|工程|计划|活动|品牌|工作法|机制|育人|模式|"
                        r"(?:服务)?规范|守则|公约)", text)
    if kind:
        verb = {"活动": "开展", "品牌": "打造", "育人": "推行", "模式": "推行"}.get(
            kind[1], "落实" if re.search("规范|守则|公约", kind[1]) else "实施")
        return f"{verb}{text}"
    inner = re.fullmatch(r"“([^“”]+)”", text)
    if inner and _bare(inner[1]):
        text = inner[1]
    elif not _bare(text):
        return _verb_quoted(text)
    # 架好两座桥 says its own verb: 架好“两座桥” (blind55: 争创“架好两座桥”)
    # (种下三颗星 too: 种下“三颗星”, blind93's reader of 争创“种下三颗星”)
    if re.match(r"[\u4e00-\u9fff][好下牢紧住出][一二两三四五六七八九十]", text):
        return f"{text[:2]}“{text[2:]}”"
    verb = ("做到" if "带头" in text else "实现" if re.search(r"[零无不]", text)
            else "开展" if re.search(r"[比争赛评进]", text)
            else "争创" if re.search(r"一流|[优强好佳星]", text)
            else "践行" if re.search(r"[心美爱德风]", text) else "落实")
    return f"{verb}“{text}”"
