"""Writes the labelled corpus in tests/labelled/docs/: clean documents of several unit
types, kinds and years (the built-in writer's output for our own facts files, re-dated),
and documents with planted errors of every rule, each with a sidecar of labels.

The labels come from the planting, never from the checker. Run again after changing the
writer or the plantings: .venv/bin/python tests/labelled/make_corpus.py"""

from __future__ import annotations

import asyncio
import contextlib
import random
import re
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from support.paths import all_facts_files  # noqa: E402

from drafter.facts import Facts, parse_facts  # noqa: E402
from drafter.kinds import get_kind, kind_ids  # noqa: E402
from drafter.numbering import heading_mark  # noqa: E402
from drafter.project.pipeline import assemble, draft_sections, new_project  # noqa: E402
from drafter.writers.builtin import BuiltinWriter  # noqa: E402

DOCS = HERE / "docs"
FACTS_DIR = HERE / "facts"
DATES = {2023: "2023-06-30", 2024: "2024-03-15", 2025: "2025-03-20"}


@dataclass
class Doc:
    lines: list[str]
    facts: Facts | None
    labels: list[tuple[str, int, str]] = field(default_factory=list)  # rule, index, excerpt

    def insert(self, index: int, line: str) -> None:
        self.lines.insert(index, line)
        self.labels = [(r, i + 1 if i >= index else i, e) for r, i, e in self.labels]

    def body_lines(self) -> list[int]:
        return [i for i, ln in enumerate(self.lines[1:-2], 1)
                if heading_mark(ln) is None and len(ln) > 30]


def redate(source: str, year: int) -> str:
    """The same facts dated in another year (period and honours kept consistent)."""
    delta = year - int(re.search(r"^year = (\d+)", source, re.M).group(1))
    source = re.sub(r"^year = (\d+)", lambda m: f"year = {int(m.group(1)) + delta}", source,
                    flags=re.M)
    source = re.sub(r'^date = "[^"]+"', f'date = "{DATES[year]}"', source, flags=re.M)
    return re.sub(r"period = \{[^}]*\}\n", "", source)


def draft(facts: Facts) -> list[str]:
    project = new_project(facts, get_kind(facts.doc.kind))
    asyncio.run(draft_sections(project, facts, BuiltinWriter(), save=False))
    return assemble(project, facts).text_lines()


# ------------------------------------------------------------------ plantings
# Each planting changes the document and records exactly the defects it introduced.

Planting = Callable[[Doc, random.Random], None]


def sentence(rule_labels: list[tuple[str, str]], text: str) -> Planting:
    def plant(doc: Doc, rng: random.Random) -> None:
        index = rng.choice(doc.body_lines())
        doc.lines[index] += text
        doc.labels += [(rule, index, excerpt) for rule, excerpt in rule_labels]
    return plant


def line(rule_labels: list[tuple[str, str]], text: str, where: str = "top") -> Planting:
    def plant(doc: Doc, rng: random.Random) -> None:
        index = 1 if where == "top" else len(doc.lines) - 2
        doc.insert(index, text)
        doc.labels += [(rule, index, excerpt) for rule, excerpt in rule_labels]
    return plant


def replace_first(old: str, new: str, rule: str, excerpt: str | None = None) -> Planting:
    def plant(doc: Doc, rng: random.Random) -> None:
        for i, ln in enumerate(doc.lines):
            if i and old in ln and not any(lab[1] == i for lab in doc.labels):
                doc.lines[i] = ln.replace(old, new, 1)
                doc.labels.append((rule, i, excerpt or new))
                return
        raise LookupError(old)
    return plant


def drop_heading(doc: Doc, rng: random.Random) -> None:
    """Delete a （一） heading that a （二） follows: the （二） now starts the level."""
    for i, ln in enumerate(doc.lines):
        mark = heading_mark(ln)
        nxt = next((j for j in range(i + 1, len(doc.lines)) if heading_mark(doc.lines[j])), None)
        if mark and mark.level == 2 and mark.number == 1 and nxt is not None:
            nm = heading_mark(doc.lines[nxt])
            if nm and nm.level == 2 and nm.number == 2:
                del doc.lines[i]
                doc.labels = [(r, k - 1 if k > i else k, e) for r, k, e in doc.labels]
                doc.labels.append(("structure.numbering", nxt - 1, "（二）"))
                return
    raise LookupError("no （一） followed by （二）")


def drift(doc: Doc, rng: random.Random) -> None:
    """A declared slogan written in a variant form in its own heading."""
    for i, ln in enumerate(doc.lines):
        for s in doc.facts.slogans if doc.facts else ():
            if ln.startswith("（") and f"）{s.text}。" in ln and re.search(r"[个项件]", s.text):
                variant = s.text[:-2] + ("任务" if not s.text.endswith("任务") else "重点")
                doc.lines[i] = ln.replace(s.text, variant, 1)
                doc.labels.append(("slogan.drift", i, variant))
                return
    raise LookupError("no declared slogan heading")


def stale_guidance(year: int) -> Planting:
    def plant(doc: Doc, rng: random.Random) -> None:
        for i, ln in enumerate(doc.lines):
            m = re.search(r"全面贯彻(落实)?党的二十大[^，]*精神", ln)
            if m:
                old = "党的十九大和十九届历次全会精神"
                doc.lines[i] = ln[:m.start()] + "全面贯彻" + old + ln[m.end():]
                doc.labels.append(("term.outdated", i, "十九大"))
                return
        raise LookupError("no guiding sentence")
    return plant


WITH_FACTS: list[Planting] = [
    sentence([("number.unsourced", "137场次")], "全年累计开展各类活动137场次。"),
    sentence([("number.unsourced", "99.2%")], "群众满意率达到99.2%。"),
    sentence([("number.unsourced", "三十余名")], "新增骨干力量三十余名。"),
    sentence([("number.unsourced", "48.6万元")], "共投入专项资金48.6万元。"),
    sentence([("number.unsourced", "1.2万人次")], "受益群众达1.2万人次。"),
    sentence([("number.unsourced", "6—8名")], "每个小组配备6—8名骨干。"),
    sentence([("number.arithmetic", "近200余"), ("number.unsourced", "200余人")],
             "参加培训的人员近200余人。"),
    sentence([("number.arithmetic", "下降了3倍"), ("number.unsourced", "3倍")],
             "投诉数量下降了3倍。"),
    sentence([("number.arithmetic", "50%"), ("number.unsourced", "300人"),
              ("number.unsourced", "120人"), ("number.unsourced", "50%")],
             "参评职工300人，其中优秀120人，占参评职工的50%。"),
    sentence([("number.placeholder", "X%")], "综合考评优良率达到X%。"),
    sentence([("number.placeholder", "XX例")], "全年办理群众诉求XX例。"),
    sentence([("number.placeholder", "20xx")], "20xx年被评为先进集体。"),
    sentence([("number.placeholder", "【待补充：受表彰人数】")],
             "受表彰人数为【待补充：受表彰人数】。"),
    drift,
]
FORMAT_PLANTINGS: list[Planting] = [
    sentence([("number.format", "２０２５")], "自２０２５年以来持续推进。"),
    sentence([("number.format", "二004年")], "本单位二004年曾获表彰。"),
    sentence([("number.format", "05年")], "这项制度自05年起实行。"),
    sentence([("number.format", "2005-2006年")], "2005-2006年曾开展同类活动。"),
    sentence([("number.format", "2024.3.5")], "有关通知已于2024.3.5印发。"),
]
WITHOUT_FACTS: list[Planting] = [
    *FORMAT_PLANTINGS,
    sentence([("slogan.count", "开展五项争创")],
             "开展五项争创。一是争创文明单位；二是争创文明科室；三是争当文明标兵；四是争创先锋岗。"),
    sentence([("slogan.count", "抓好三项工作")], "抓好三项工作：一是完善制度；二是强化督查。"),
    sentence([("slogan.drift", "围绕一个主题")],
             "全年工作紧紧围绕一个中心，“围绕一个主题”不动摇。"),
    sentence([("term.canonical", "政治意识、大局意识、看齐意识")],
             "教育引导党员增强“四个意识”，即政治意识、大局意识、看齐意识。"),
    sentence([("term.canonical", "道路自信、理论自信、文化自信、制度自信")],
             "坚定“四个自信”，即道路自信、理论自信、文化自信、制度自信。"),
    sentence([("term.canonical",
               "富强、民主、文明、和谐，自由、平等、公平、法治，爱国、敬业、诚信、友善")],
             "践行富强、民主、文明、和谐，自由、平等、公平、法治，爱国、敬业、诚信、友善的价值准则。"),
    replace_first("组织", "組織", "script.traditional"),
    replace_first("服务", "服務", "script.traditional"),
    replace_first("建设", "建設", "script.traditional"),
    replace_first("提升", "提公升", "script.misconversion"),
    sentence([("script.misconversion", "全域性")], "把创建工作纳入工作全域性统筹。"),
    sentence([("script.misconversion", "乙个")], "形成乙个人人参与的局面。"),
    replace_first("，", ",", "punct.halfwidth"),
    replace_first("：", ":", "punct.halfwidth"),
    sentence([("punct.halfwidth", "("), ("punct.halfwidth", ")")], "各部门(科室)要抓好落实。"),
    drop_heading,
    # A junk line is one problem (its fix deletes the line), however many junk words it holds.
    line([("boilerplate.web", "小编")], "下面是小编为大家整理的工作范文，仅供参考。"),
    line([("boilerplate.web", "文章地址")], "文章地址：http://www.wenmi-example.cn/a/52.html",
         where="end"),
    line([("boilerplate.web", "【篇二】")], "【篇二】"),
    line([("boilerplate.web", "字数 3120 阅读 861")], "发布时间：本年度 字数 3120 阅读 861"),
]


def write(name: str, doc: Doc, facts_file: str | None, year: int | None) -> None:
    (DOCS / f"{name}.txt").write_text("\n".join(doc.lines) + "\n", encoding="utf-8")
    head = [f'facts = "{facts_file}"'] if facts_file else []
    if year is not None and not facts_file:
        head.append(f"year = {year}")
    rows = [f'[[expect]]\nrule = "{r}"\nline = {i + 1}\nexcerpt = "{e}"\n'
            for r, i, e in sorted(doc.labels, key=lambda x: (x[1], x[0]))]
    (DOCS / f"{name}.toml").write_text("\n".join(head) + ("\n\n" if head else "") + "\n".join(rows),
                                       encoding="utf-8")


def main() -> None:
    DOCS.mkdir(exist_ok=True)
    FACTS_DIR.mkdir(exist_ok=True)
    for old in list(DOCS.iterdir()) + list(FACTS_DIR.iterdir()):
        old.unlink()
    rng = random.Random(20261122)
    plant_with = list(WITH_FACTS)
    plant_without = list(WITHOUT_FACTS)
    count = 0
    for path in all_facts_files():
        source = path.read_text(encoding="utf-8")
        original = int(re.search(r"^year = (\d+)", source, re.M).group(1))
        for year in (None, 2023, 2024, 2025):
            if year == original:
                continue
            text = source if year is None else redate(source, year)
            facts = parse_facts(text, kinds=kind_ids())
            stem = f"{path.stem if path.stem != 'example' else path.parent.name}"
            name = f"{stem}-{facts.doc.year}"
            (FACTS_DIR / f"{name}.toml").write_text(text, encoding="utf-8")
            lines = draft(facts)
            write(f"clean-{name}", Doc(list(lines), facts), f"facts/{name}.toml", None)
            count += 1
            if year not in (None, 2024):
                continue
            # two planted documents per base: one judged with its facts, one without
            for with_facts in (True, False):
                doc = Doc(list(lines), facts if with_facts else None)
                # number.format plantings write new numbers: judged without facts only
                pool = (plant_with + [p for p in plant_without if p not in FORMAT_PLANTINGS]
                        if with_facts else plant_without)
                done = 0
                while done < 3:
                    planting = pool[count % len(pool)] if with_facts and done == 0 \
                        else rng.choice(pool)
                    if not with_facts and planting in plant_with:
                        continue
                    try:
                        planting(doc, rng)
                    except LookupError:
                        pass
                    else:
                        done += 1
                    count += 1
                if with_facts and facts.slogans:
                    with contextlib.suppress(LookupError):  # no slogan heading to vary
                        drift(doc, rng)
                if year == 2024 and with_facts:
                    with contextlib.suppress(LookupError):  # a report has no guiding sentence
                        stale_guidance(facts.doc.year)(doc, rng)
                kind = "facts" if with_facts else "nofacts"
                write(f"planted-{kind}-{name}", doc, f"facts/{name}.toml" if with_facts else None,
                      facts.doc.year)
    print(f"wrote {len(list(DOCS.glob('*.txt')))} documents to {DOCS}")


if __name__ == "__main__":
    main()
