"""A small local model on a CPU, and endpoints that mislead: the whole `drafter draft`
against the real local server through the real SDK. Every slow server is slow because
the server is told to be; the assertions count requests and read what was saved, so they
hold however fast the machine is."""

from __future__ import annotations

import json
import re
from pathlib import Path

from support.llm_server import HTML_PAGE, Reply, until_max_tokens
from support.ui import SKELETON

from drafter.cli import main
from drafter.facts import load_facts
from drafter.kinds import all_kinds, kind_ids
from drafter.kinds.render import render_section
from drafter.project import Status, load_project
from drafter.project.pipeline import PARTIAL_NOTE
from drafter.writers.answers import limits_for

EXAMPLE = all_kinds()["work_plan"].directory / "example.toml"
FACTS = load_facts(EXAMPLE, kinds=kind_ids())
KIND = all_kinds()["work_plan"]
RENDERED = {s.label: render_section(KIND, s, FACTS) for s in KIND.sections}
SKELETONS = {label: text.strip() for label, text in RENDERED.items()}
ENGLISH = ("We will strengthen leadership, improve the quality of water supply and "
           "promote volunteer service throughout the year.")


def skeleton(body: dict) -> str:
    """The built-in text drafter put in the prompt: what a well-behaved model returns."""
    match = SKELETON.search(body["messages"][1]["content"])
    assert match, body
    return match.group(1)


def label(body: dict) -> str:
    match = re.search(r"请起草“(.+?)”一节", body["messages"][1]["content"])
    assert match, body
    return match.group(1)


def draft(tmp_path: Path, *extra: str) -> int:
    return main(["draft", str(EXAMPLE), "-o", str(tmp_path / "out.docx"), "--force",
                 "--backend", "openai", *extra])


def saved(tmp_path: Path):
    return load_project(tmp_path / "out.drafter.json")


def test_a_first_byte_slower_than_chunk_timeout_is_waited_for_not_re_sent(
        llm_env, endpoint, tmp_path) -> None:
    # The server waits twice chunk_timeout before its first byte: before the headers for
    # half the requests, between the headers and the first chunk for the others.
    ep = endpoint(lambda body, n: Reply(skeleton(body), first_delay=1.0, head_first=n % 2 == 1))
    llm_env(ep.url, chunk_timeout=0.5)
    assert draft(tmp_path) == 0
    project = saved(tmp_path)
    assert len(ep.requests) == len(project.sections)  # exactly one request per section
    assert all(s.text and s.status is Status.GENERATED for s in project.sections)


def test_a_model_looping_on_a_phrase_is_stopped_and_gets_the_builtin_text(
        llm_env, endpoint, tmp_path, capsys) -> None:
    ep = endpoint(until_max_tokens("扎实推进各项工作，"))
    llm_env(ep.url, repair_turns=2)
    assert draft(tmp_path) == 0
    project = saved(tmp_path)
    assert len(ep.requests) == len(project.sections)  # never continued, never repaired
    for section in project.sections:
        assert section.text == SKELETONS[section.label]
        assert "答复陷入重复" in section.versions[section.current].note
    assert "扎实推进各项工作，扎实推进" not in (tmp_path / "out.docx").read_bytes().decode(
        "latin-1")
    # max_tokens follows each section's expected length, under the max_tokens setting
    asked = [(body["max_tokens"], label(body)) for body in ep.requests]
    assert all(t == limits_for(len(RENDERED[name]), 2048).max_tokens for t, name in asked)
    assert min(t for t, _ in asked) < 2048 and len({t for t, _ in asked}) > 1
    err = capsys.readouterr().err
    assert "答复陷入重复" in err and f"共 {len(ep.requests)} 次请求" in err  # counted too


def test_an_answer_far_longer_than_the_section_needs_is_stopped(llm_env, endpoint, tmp_path
                                                                 ) -> None:
    long = "".join(f"第{i}项工作要对照要求逐条抓好落实，确保取得实效。" for i in range(400))
    ep = endpoint(lambda body, n: Reply(long, chunk=16))
    llm_env(ep.url)
    assert draft(tmp_path) == 0
    project = saved(tmp_path)
    assert len(ep.requests) == len(project.sections)
    for section in project.sections:
        assert section.text == SKELETONS[section.label]
        assert "答复远超本节所需长度" in section.versions[section.current].note


def test_an_english_answer_is_repaired_then_replaced_by_the_builtin_text(
        llm_env, endpoint, tmp_path) -> None:
    ep = endpoint(lambda body, n: Reply(ENGLISH))
    llm_env(ep.url, repair_turns=1)
    assert draft(tmp_path) == 0
    project = saved(tmp_path)
    assert len(ep.requests) == 2 * len(project.sections)  # the answer and one repair turn
    repair = [b["messages"][-1]["content"] for b in ep.requests if len(b["messages"]) > 2]
    assert len(repair) == len(project.sections) and all("不是中文" in r for r in repair)
    for section in project.sections:
        assert section.text == SKELETONS[section.label]
        assert "答复不是中文" in section.versions[section.current].note
    import docx

    text = "\n".join(p.text for p in docx.Document(str(tmp_path / "out.docx")).paragraphs)
    assert not re.search(r"[A-Za-z]{3,}", text), text


def test_a_length_cut_answer_keeps_its_complete_sentences_only(llm_env, endpoint, tmp_path
                                                               ) -> None:
    ep = endpoint(lambda body, n: Reply(skeleton(body) + "\n全年扎实推", finish="length"))
    llm_env(ep.url)
    assert draft(tmp_path) == 0
    project = saved(tmp_path)
    assert len(ep.requests) == len(project.sections)  # cut, never continued
    for section in project.sections:
        assert section.text == SKELETONS[section.label]  # …扎实推 is gone
        assert "只保留完整的句子" in section.versions[section.current].note


def test_a_length_cut_answer_without_a_whole_sentence_gives_the_builtin_text(
        llm_env, endpoint, tmp_path) -> None:
    ep = endpoint(lambda body, n: Reply("为全面提升服务水平扎实推", finish="length"))
    llm_env(ep.url)
    assert draft(tmp_path) == 0
    for section in saved(tmp_path).sections:
        assert section.text == SKELETONS[section.label]
        assert "没有一个完整的句子" in section.versions[section.current].note


def test_an_empty_answer_never_replaces_a_confirmed_section(llm_env, endpoint, tmp_path,
                                                            capsys) -> None:
    llm_env("http://127.0.0.1:9/v1")
    assert main(["draft", str(EXAMPLE), "-o", str(tmp_path / "out.docx"),
                 "--backend", "builtin"]) == 0
    project = saved(tmp_path)
    confirmed = project.sections[1]
    confirmed.status = Status.CONFIRMED
    project.save()
    before = {s.id: s.text for s in project.sections}
    ep = endpoint(lambda body, n: Reply(""))
    llm_env(ep.url)
    assert draft(tmp_path, "--redraft-confirmed") == 3
    assert "答复是空的" in capsys.readouterr().err
    after = saved(tmp_path)
    assert {s.id: s.text for s in after.sections} == before  # nothing replaced
    assert after.section(confirmed.id).status is Status.CONFIRMED


def test_a_200_html_page_is_not_called_a_broken_answer(llm_env, endpoint, tmp_path, capsys
                                                       ) -> None:
    for reply in (Reply(raw=HTML_PAGE),
                  Reply(raw=b"data: <html>oops</html>\n\n", content_type="text/event-stream")):
        ep = endpoint(lambda body, n, reply=reply: reply)
        llm_env(ep.url, max_retries=3)
        assert draft(tmp_path, "--concurrency", "1") == 3
        err = capsys.readouterr().err
        assert "不是模型的流式答复" in err and "base_url" in err
        assert "候选保留" not in err and "chunk_timeout" not in err
        assert len(ep.requests) == 1  # not retried; the other sections not even tried
        assert "未起草其余" in err
        assert not any(s.candidates for s in saved(tmp_path).sections)


def test_a_server_that_accepts_and_stays_silent_is_not_called_unreachable(
        llm_env, endpoint, tmp_path, capsys) -> None:
    ep = endpoint(lambda body, n: Reply(silent=True))
    llm_env(ep.url, first_byte_timeout=0.5, max_retries=3)
    assert draft(tmp_path, "--concurrency", "2") == 3
    err = capsys.readouterr().err
    assert "已接受请求" in err and "first_byte_timeout" in err and "无法连接" not in err
    assert len(ep.requests) == 2  # each section in progress asked once, never re-sent
    sections = len(saved(tmp_path).sections)
    assert f"未起草其余 {sections - 2} 节" in err  # all but the two in progress


def test_a_stalled_stream_ends_after_one_retry_and_skips_the_rest(llm_env, endpoint,
                                                                  tmp_path, capsys) -> None:
    """With the default retries, 4 sections at once and every stream stalling: each
    section in progress is tried twice, the others are not started (it once took ~490 s
    for 9 sections, 4 tries each)."""
    ep = endpoint(lambda body, n: Reply(skeleton(body), chunk=4, stall_after=2))
    llm_env(ep.url, chunk_timeout=0.5, max_retries=3)
    assert draft(tmp_path, "--concurrency", "4") == 3
    err = capsys.readouterr().err
    assert len(ep.requests) == 4 * 2
    project = saved(tmp_path)
    assert "停顿" in err and "无法连接" not in err
    assert f"未起草其余 {len(project.sections) - 4} 节" in err  # all but the four in progress
    kept = [s for s in project.sections if s.candidates]
    assert len(kept) == 4 and all(not s.text for s in project.sections)
    for section in kept:
        assert section.candidates[0].note == PARTIAL_NOTE
        assert SKELETONS[section.label].startswith(section.candidates[0].text)


def test_the_request_asks_for_a_stream_with_usage(llm_env, endpoint, tmp_path) -> None:
    ep = endpoint(lambda body, n: Reply(skeleton(body)))
    llm_env(ep.url)
    assert draft(tmp_path, "--concurrency", "1") == 0
    body = ep.requests[0]
    assert body["stream"] is True and body["stream_options"] == {"include_usage": True}
    assert json.dumps(body, ensure_ascii=False).count("max_tokens") == 1


def test_doctor_with_a_looping_or_a_silent_endpoint(llm_env, endpoint, capsys) -> None:
    ep = endpoint(until_max_tokens("好的好的"))
    llm_env(ep.url)
    assert main(["doctor"]) == 0
    out = capsys.readouterr().out
    assert "有答复" in out and "端点可用" in out and "（本机）" in out
    ep = endpoint(lambda body, n: Reply(silent=True))
    llm_env(ep.url, first_byte_timeout=0.5)
    assert main(["doctor"]) == 3
    err = capsys.readouterr().err
    assert "已接受请求" in err and "无法连接" not in err and len(ep.requests) == 1


def test_a_section_the_facts_leave_empty_is_not_asked_for(llm_env, endpoint, tmp_path) -> None:
    # a written 汇报 has no 称谓 and no welcome (blind26: a model rightly answered them
    # empty, and the empty answer failed the whole draft)
    report = all_kinds()["creation_report"].directory / "example.toml"
    text = report.read_text(encoding="utf-8").replace(
        "[doc]\n", '[doc]\nnotes = "交书面的，开头那种“尊敬的各位领导”就不要了。"\n', 1)
    facts = tmp_path / "written.toml"
    facts.write_text(text, encoding="utf-8")
    ep = endpoint(lambda body, n: Reply(skeleton(body)))
    llm_env(ep.url)
    assert main(["draft", str(facts), "-o", str(tmp_path / "out.docx"), "--force",
                 "--backend", "openai"]) in (0, 1)
    asked = {label(body) for body in ep.requests}
    assert "称谓" not in asked and "基本情况" in asked
    project = load_project(tmp_path / "out.drafter.json")
    # no 称谓 and no welcome; its one lead-in sentence (blind57's reader of a written report)
    assert project.section("salutation").text == ""
    assert project.section("greeting").text.strip().endswith("现将有关情况汇报如下。")
    assert "欢迎" not in project.section("greeting").text
    assert (tmp_path / "out.docx").exists()
