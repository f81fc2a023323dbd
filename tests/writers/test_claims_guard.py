"""The guard and claim.unsourced (issue 13, item 5), against the real local test server."""

from __future__ import annotations

import asyncio
from pathlib import Path

from drafter.cli import main
from drafter.facts import load_facts
from drafter.kinds import all_kinds, kind_ids
from drafter.writers.guard import guard

ADDED = "组织开展“道德讲堂”活动，举办文艺展演"
SUMMARY = all_kinds()["work_summary"].directory / "example.toml"
PLAN = all_kinds()["implementation_plan"].directory / "example.toml"


def test_summary_claims_not_in_facts_are_dropped(llm_env, endpoint, tmp_path: Path,
                                                 capsys) -> None:
    facts = tmp_path / "facts.toml"  # the example without its 道德讲堂
    facts.write_text(SUMMARY.read_text(encoding="utf-8").replace(', "举办道德讲堂"', ""),
                     encoding="utf-8")
    assert "道德讲堂" not in facts.read_text(encoding="utf-8")
    ep = endpoint(f"一年来，我们扎实推进各项工作，{ADDED}，干部职工精神面貌明显提升。")
    llm_env(ep.url)
    out = tmp_path / "out.docx"
    code = main(["draft", str(facts), "-o", str(out), "--force", "--backend", "openai"])
    err = capsys.readouterr().err
    import docx

    text = "\n".join(p.text for p in docx.Document(str(out)).paragraphs)
    text = text.split("存在的不足")[0]  # 不足 and 下一步打算 are not claims of results
    if code == 1:
        assert "claim.unsourced" in err
    else:
        assert "道德讲堂" not in text and "文艺展演" not in text, text


def test_plan_measures_left_alone() -> None:
    facts = load_facts(PLAN, kinds=kind_ids())
    answer = f"{ADDED}，营造浓厚氛围。"

    async def repair(findings, text):  # never asked
        raise AssertionError(findings)

    text, report = asyncio.run(guard(answer, facts, repair, section="创建措施"))
    assert text == answer and not report.dropped_claims


def test_a_claim_whose_sentence_is_only_a_time_goes_with_its_sentence() -> None:
    # 多年来，协会先后获得一些荣誉。 had been left as 多年来。 (a blind85 replay); a clause
    # that says something stays: 一年来，我们…，举办文艺展演。 → 一年来，我们…。
    from drafter.rules.model import Finding
    from drafter.writers.guard import GuardReport, _drop_claims

    def dropped(line: str, claim: str) -> str:
        found = Finding("claim.unsourced", "error", 1, line.index(claim) + 1, claim, "")
        return _drop_claims([line], [found], GuardReport())[0]

    line = "多年来，协会先后获得一些荣誉。2019年，被授予称号。"
    assert dropped(line, "协会先后获得一些荣誉") == "2019年，被授予称号。"
    assert dropped("一年来，我们扎实推进各项工作，举办文艺展演。", "举办文艺展演") == (
        "一年来，我们扎实推进各项工作。")
