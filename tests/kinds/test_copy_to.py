"""The 版记's 抄送 line (GB/T 9704—2012 §7.4.2): the organs the facts or the notes name
(blind50's, blind51's and blind52's LLM readers asked for the line the notes gave:
报分公司党委，抄送县文明办), never a pasted form's 抄送： field."""

from __future__ import annotations

from dataclasses import replace

from support.paths import FACTS_DIR
from test_blind45_46_readers import _draft, _facts

from drafter.document import Role
from drafter.kinds.notes import copy_to, report_to
from drafter.project.pipeline import assemble


def test_the_notes_cc_is_the_documents_and_a_forms_cc_field_is_not() -> None:
    broker = _facts("securities-branch-office-work-summary-2026", FACTS_DIR / "blind52")
    # 写好报分公司党委，抄送县文明办。: in full, the county the honours name (session 49)
    assert copy_to(broker) == ("琮城县精神文明建设委员会办公室",)
    wind = _facts("county-wind-farm-implementation-plan-2027", FACTS_DIR / "blind51")
    assert copy_to(wind) == ("崚城县文明办",)  # …报公司党委、公司文明办，抄送崚城县文明办。｜
    # a reply-all chain's 抄送：申立恒；邝宁 and a 联系单's 抄送：组织委员　贝立群 are headers
    for stem, folder in (("county-pharmacy-chain-company-work-plan-2027", "blind51"),
                         ("county-accounting-firm-party-branch-plan-2027", "blind52"),
                         ("county-waste-to-energy-company-work-summary-2026", "blind36")):
        assert copy_to(_facts(stem, FACTS_DIR / folder)) == (), stem
    doc = replace(broker.doc, notes="报集团党委，抄送县文明办、县总工会各一份。不用抄送市局。")
    assert copy_to(replace(broker, doc=doc)) == ("琮城县精神文明建设委员会办公室", "琮城县总工会")
    # the facts' own doc.copy_to comes first
    given = replace(broker, doc=replace(broker.doc, copy_to=("县委文明办",)))
    assert copy_to(given) == ("县委文明办",)


def test_the_document_ends_with_its_copy_to_line() -> None:
    stem, folder = "county-river-lake-chief-service-center-work-summary-2026", "blind50"
    facts, project = _draft(stem, FACTS_DIR / folder)
    blocks = assemble(project, facts).blocks
    assert [b.role for b in blocks[-3:]] == [Role.SIGNATURE, Role.DATE, Role.COPY_TO]
    assert blocks[-1].text == "抄送：渌溪县精神文明建设委员会办公室。"  # in full (blind69)
    facts, project = _draft("county-pharmacy-chain-company-work-plan-2027",
                            FACTS_DIR / "blind51")
    assert assemble(project, facts).blocks[-1].role is Role.DATE


def test_a_plan_issued_downwards_ends_with_its_report_line_above_copy_to() -> None:
    """印发各中队，报县应急局，抄送县林业局、县文明办 (blind74's and blind75's readers of both
    writers: the superior filed under 抄送): `报：…。` then `抄送：…。`, each organ in full;
    a typed `report_to` is printed as typed and left out of the 抄送 line."""
    stem, folder = "county-forest-fire-brigade-implementation-plan-2026", "blind74"
    facts, project = _draft(stem, FACTS_DIR / folder)
    blocks = assemble(project, facts).blocks
    assert [b.role for b in blocks[-2:]] == [Role.COPY_TO, Role.COPY_TO]
    assert [b.text for b in blocks[-2:]] == [
        "报：荼岭县应急管理局。", "抄送：荼岭县林业局，荼岭县精神文明建设委员会办公室。"]
    typed = replace(facts, doc=replace(facts.doc, report_to=("县林业局",)))
    assert report_to(typed) == ("县林业局",)
    assert copy_to(typed) == ("荼岭县精神文明建设委员会办公室",)
    # a report to a superior (主送) has no 报 line: it is sent, not copied
    broker = _facts("securities-branch-office-work-summary-2026", FACTS_DIR / "blind52")
    assert report_to(broker) == ()
