"""A text read aloud names its unit and date under its title, as a 讲话稿 or a 汇报材料
does, not in a 落款 at its end (blind77's and blind78's readers of both writers flagged
the 落款 in 7 of the 10 drafts read aloud); the importer and the checker read them there."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from support.paths import example_path
from test_prose_choices import drafted

from drafter.document import Role
from drafter.export import export
from drafter.export.text import to_text
from drafter.facts import Facts, load_facts
from drafter.importing.extract import import_document
from drafter.kinds import kind_ids
from drafter.project.findings import Place
from drafter.project.pipeline import assemble, document_lines
from drafter.rules.model import Text
from drafter.terms import load_terms


def _example(kind: str) -> Facts:
    return load_facts(example_path(kind), kinds=kind_ids())


def test_a_report_read_aloud_has_its_byline_and_no_signature(tmp_path: Path) -> None:
    facts = _example("creation_report")
    document = assemble(drafted(facts), facts)
    roles = [b.role for b in document.blocks]
    assert roles[:4] == [Role.TITLE, Role.BYLINE, Role.BYLINE, Role.SALUTATION]
    assert [b.text for b in document.blocks[1:3]] == [facts.unit.name, "（2026年1月4日）"]
    assert Role.SIGNATURE not in roles and Role.DATE not in roles
    # plain text: title, byline, one blank line, the 称谓
    lines = to_text(document).splitlines()
    assert lines[1:5] == [facts.unit.name, "（2026年1月4日）", "", "尊敬的各位领导："]
    # Word: the byline centred in its own named style, a blank paragraph after it
    export(document, tmp_path / "a.docx")
    paras = docx.Document(str(tmp_path / "a.docx")).paragraphs
    assert [p.text for p in paras[1:4]] == [facts.unit.name, "（2026年1月4日）", ""]
    assert {p.style.name for p in paras[1:3]} == {"署名行"}
    assert paras[1].style.paragraph_format.alignment == WD_ALIGN_PARAGRAPH.CENTER
    # and it comes back: the unit and the date from the byline, with their lines
    back = import_document(tmp_path / "a.docx")
    assert back.data["unit"]["name"] == facts.unit.name
    assert back.data["doc"]["date"] == "2026-01-04"
    assert back.origins[("doc", 0, "date")].lines == (3,)


def test_a_written_document_keeps_its_signature() -> None:
    facts = _example("work_plan")
    roles = [b.role for b in assemble(drafted(facts), facts).blocks]
    assert Role.BYLINE not in roles
    assert roles[-2:] == [Role.SIGNATURE, Role.DATE]


def test_notes_that_ask_for_a_signature_keep_it() -> None:
    facts = _example("creation_report")
    facts = replace(facts, doc=replace(facts.doc, notes="落款写社区全称。"))
    roles = [b.role for b in assemble(drafted(facts), facts).blocks]
    assert Role.BYLINE not in roles and roles[-2:] == [Role.SIGNATURE, Role.DATE]


def test_a_title_with_the_unit_and_year_gets_only_the_date() -> None:
    facts = _example("work_summary")
    notes = "年底职工大会上我要念的，开头称呼“同志们”。"
    facts = replace(facts, doc=replace(facts.doc, notes=notes))
    document = assemble(drafted(facts), facts)
    assert document.blocks[0].text.startswith(f"{facts.unit.name}{facts.doc.year}年")
    assert [b.role for b in document.blocks[:3]] == [Role.TITLE, Role.BYLINE, Role.SALUTATION]
    assert document.blocks[1].text.startswith("（") and Role.SIGNATURE not in \
        [b.role for b in document.blocks]


def test_findings_are_placed_past_the_title_lines() -> None:
    """The byline and a 主送机关 line belong to no section: the first body paragraph is
    still its section's first."""
    for kind, notes in (("creation_report", ""), ("work_plan", "计划报县文明办。")):
        facts = _example(kind)
        facts = replace(facts, doc=replace(facts.doc, notes=notes))
        project = drafted(facts)
        lines, places = document_lines(project, facts)
        first = next(s for s in project.sections if s.text.strip())
        index = lines.index(first.text.strip().splitlines()[0].strip())
        assert places[index] == Place(first.id, 0), (kind, lines[:4])
        assert all(p is None for p in places[:index])


def test_the_checker_reads_the_date_under_a_speech_title() -> None:
    lines = ["某某中学2026年工作总结", "（2026年12月30日）", "同志们：", "一年来，我们做了三件事。"]
    assert Text(lines, None, load_terms()).stated_date.isoformat() == "2026-12-30"
    # a date in brackets further down the text is no byline
    lines = ["某某中学2026年工作总结", "同志们：", "（2026年12月30日）"]
    assert Text(lines[:2] + ["正文。"] * 8 + lines[2:3] + ["正文。"] * 8, None,
                load_terms()).stated_date is None


def test_a_speech_without_a_unit_line_takes_the_unit_its_body_names(tmp_path: Path) -> None:
    """An imported speech whose byline gives only its date: the unit is the title's
    opening the body names again."""
    path = tmp_path / "speech.txt"
    path.write_text("桐岭县第二人民医院创建市级文明单位工作汇报\n（2026年11月20日）\n尊敬的各位领导：\n"
                    "一、基本情况\n桐岭县第二人民医院现有职工412人。\n", encoding="utf-8")
    back = import_document(path)
    assert back.data["unit"]["name"] == "桐岭县第二人民医院"
    assert back.data["doc"]["date"] == "2026-11-20"
