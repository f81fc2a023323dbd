"""Real model behaviour without a model: answers a capable model gave to drafter's own
prompts (recorded with tests/review/model_answers.py for the blind facts in
tests/facts/blind2/, blind4/ to blind15/, blind17/ to blind59/ (less 27 and 30) and blind61/, with
the length turns a replay asked (prompts/length.j2) where a helper answered them, kept in
tests/fixtures/model_answers/) replayed through the real openai SDK against a local
server. Every section is the model's, the guard keeps every number sourced, and the facts'
tasks and slogans all reach the document."""

from __future__ import annotations

import asyncio
import re
from pathlib import Path

import pytest
from review.model_answers import answer_path
from support.llm_server import FakeEndpoint, Reply
from support.paths import FACTS_DIR
from support.ui import endpoint_settings

from drafter.facts import load_facts
from drafter.kinds import get_kind, kind_ids
from drafter.kinds.jinja import says_again
from drafter.kinds.render import assign_tasks, render_section
from drafter.project.pipeline import check_project, draft_sections, new_project
from drafter.writers.llm import LLMWriter

ANSWERS = Path(__file__).resolve().parents[1] / "fixtures" / "model_answers"
BLIND = tuple(FACTS_DIR / f"blind{n}" for n in (2, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15,
                                                             17, 18, 19, 20, 21, 22, 23, 24, 25,
                                                             26, 28, 29, 31, 32, 33, 34, 35,
                                                             36, 37, 38, 39, 40, 41, 42, 43, 44,
                                                             45, 46, 47, 48, 49, 50, 51, 52, 53,
                                                             54, 55, 56, 57, 58, 59, 61, 63, 64,
                                                             65, 66, 67, 68, 69, 70, 71, 72,
                                                             73, 74, 75, 76, 77, 78, 79, 80, 81,
                                                             82, 83, 84, 85, 86, 87, 88, 89, 90,
                                                             91, 92, 93, 94, 95, 96, 97, 98, 99,
                                                             100, 101, 102, 103, 104, 105, 106,
                                                             107, 108, 109, 110, 111, 112, 113,
                                                             114, 115, 116, 117, 118, 119, 120,
                                                             121, 122, 123, 124, 125))
FACTS = sorted(p for folder in BLIND for p in folder.glob("*.toml"))
def answer(folder: Path):
    def script(body: dict, n: int) -> Reply:
        path = answer_path(folder, body)  # a length turn's own answer where there is one
        return Reply(path.read_text("utf-8") if path.is_file() else "", chunk=24)
    return script


@pytest.mark.parametrize("facts_path", FACTS, ids=lambda p: f"{p.parent.name}-{p.stem}")
def test_a_capable_models_answers_go_through_whole(facts_path: Path) -> None:
    folder = ANSWERS / facts_path.stem
    assert folder.is_dir(), "record and answer the prompts first (tests/review/README.md)"
    facts = load_facts(facts_path, kinds=kind_ids())
    project = new_project(facts, get_kind(facts.doc.kind))
    with FakeEndpoint(answer(folder)) as ep:
        writer = LLMWriter(endpoint_settings(ep.url))
        try:
            asyncio.run(draft_sections(project, facts, writer, save=False, concurrency=2))
        finally:
            asyncio.run(writer.aclose())
    kind = get_kind(facts.doc.kind)
    for section in project.sections:
        spec = next(s for s in kind.sections if s.id == section.id)
        if not render_section(kind, spec, facts).strip():  # a written 汇报's 称谓: not asked
            assert not section.text.strip(), section.id
            continue
        assert section.text.strip(), section.id
        assert section.versions[-1].source == writer.name, (section.id, section.versions[-1])
    text = "\n".join(s.text for s in project.sections)
    alone = {ts[0].title for ts in assign_tasks(kind, facts).values() if len(ts) == 1}
    for task in facts.tasks:  # or its section's title says it (lone_item), or a lone
        # task's head folded into the prose keeps what it names (抓好史志编研主业 → …带动
        # 史志编研主业, a blind22 answer), or the section is the lone task's and its points
        # are there (加强政治理论学习 under 加强思想政治建设, a blind28 answer)
        title = task.title.rstrip("。")
        # (… a comma the model put in it aside: 办好“银匠学堂”，传承非遗技艺, blind119)
        bare = text.replace("”，", "”")
        assert title in bare or title[2:] in bare or any(
            says_again(title, s.title) for s in project.sections) or (
            task.title in alone and all(p[:6] in text for p in task.points)), title
    for slogan in facts.slogans:  # as written, or its quoted name with all its items
        # (坚持训练不放松、…的“三个不放松”, a blind23 answer), or an unquoted one's counted
        # words with all its items (按照六大课程板块（红色传承、…）, a blind26 answer)
        names = re.findall(r"“[^”]+”", slogan.text) or [slogan.text[2:]]
        assert slogan.text in text or (all(n in text for n in names) and all(
            i in text for i in slogan.items)), slogan.text
    findings = check_project(project, facts).findings
    assert not [f for f in findings if f.rule == "number.unsourced"]
