"""Sensitive facts never leave this machine without consent: what is detected, which
hosts count as this machine, and the whole `drafter draft` against a host that is not
(a name under .invalid, which never resolves: nothing could leave even if the check
failed) and against the loopback test server."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from support.llm_server import Reply
from support.ui import SKELETON

from drafter.cli import main
from drafter.kinds import all_kinds
from drafter.writers.sensitive import (
    id_number_valid,
    is_local,
    refusal,
    scan,
    scan_sources,
)

EXAMPLE = all_kinds()["work_plan"].directory / "example.toml"
ID = "33010619900101123X"  # check character right
REMOTE = "http://drafter-test.invalid/v1"


def test_secret_marks_id_numbers_and_phone_batches_are_found() -> None:
    assert [h.shown for h in scan("本件为机密★1年，另有绝密 ★启用前", "x")] == ["机密★", "绝密★"]
    assert scan("保守秘密是每个职工的义务", "x") == []  # the word alone is no mark
    assert id_number_valid(ID) and not id_number_valid(ID[:-1] + "1")
    hit = scan(f"联络员身份证号{ID}。", "事实 x")
    assert [(h.kind, h.shown, h.where) for h in hit] == [("身份证号", "3301**********123X",
                                                          "事实 x")]
    assert scan("订单号330106199001011231", "x") == []  # 18 digits, wrong check digit
    two = {"a": "联系电话13812345678、0571-88886666"}
    assert scan_sources(two) == []  # one or two contact numbers are no batch
    three = {"a": ["13812345678", "139 1234 5678"], "b": {"c": "0571-88886666"}}
    found = scan_sources(three)
    assert {h.kind for h in found} == {"电话号码"} and len(found) == 3
    assert {h.where for h in found} == {"事实 a[0]", "事实 a[1]", "事实 b.c"}


@pytest.mark.parametrize(("url", "local"), [
    ("http://localhost:11434/v1", True), ("http://127.0.0.1:8000/v1", True),
    ("http://127.8.9.1/v1", True), ("http://[::1]:8080/v1", True),
    ("http://api.localhost/v1", True), ("https://api.deepseek.com/v1", False),
    ("http://192.168.1.20:11434/v1", False), (REMOTE, False), ("not a url", False),
])
def test_only_this_machine_is_local(url: str, local: bool) -> None:
    assert is_local(url) is local
    hits = scan("机密★", "x")
    assert (refusal(url, hits) is None) is local


def _facts(work: Path, text: str) -> Path:
    facts = work / "facts.toml"
    shutil.copy(EXAMPLE, facts)
    body = facts.read_text(encoding="utf-8")
    assert '"评选“岗位之星”"' in body
    facts.write_text(body.replace('"评选“岗位之星”"', f'"评选“岗位之星”（{text}）"'),
                     encoding="utf-8")
    return facts


def _draft(facts: Path, *extra: str) -> int:
    return main(["draft", str(facts), "-o", str(facts.with_name("out.docx")), "--force",
                 "--backend", "openai", *extra])


@pytest.mark.parametrize(("text", "shown"), [("机密★1年", "机密★"),
                                             (f"联络员身份证号{ID}", "3301**********123X")])
def test_sensitive_facts_stop_before_any_connection_to_another_host(
        text: str, shown: str, llm_env, endpoint, work: Path, capsys) -> None:
    facts = _facts(work, text)
    llm_env(REMOTE, max_retries=0)
    assert _draft(facts) == 2
    err = capsys.readouterr().err
    assert "敏感信息" in err and shown in err and "--allow-sensitive" in err
    assert "tasks[0].points[1]" in err  # where it was found
    assert "无法连接" not in err  # stopped before trying
    assert not facts.with_name("out.drafter.json").exists()  # nothing written either
    if "★" not in text:
        assert ID not in err  # an ID number is never printed whole

    # consent given: the check lets it through, and only then is a connection tried
    assert _draft(facts, "--allow-sensitive") == 3
    assert "无法连接" in capsys.readouterr().err

    # the same facts to the loopback test server: no question asked
    ep = endpoint(lambda body, n: Reply(SKELETON.search(body["messages"][1]["content"])[1]))
    llm_env(ep.url)
    assert _draft(facts) in (0, 1)
    assert ep.requests and "敏感信息" not in capsys.readouterr().err


def test_sensitive_text_in_an_existing_project_is_found_too(llm_env, work: Path,
                                                            capsys) -> None:
    facts = _facts(work, "节水宣传")
    assert main(["draft", str(facts), "-o", str(work / "out.docx"), "--backend",
                 "builtin"]) == 0
    from drafter.project import load_project
    from drafter.project.model import USER, Status, Version

    project = load_project(work / "out.drafter.json")
    project.sections[0].add_version(Version("本文件密级：秘密★5年。", USER), Status.EDITED)
    project.save()
    llm_env(REMOTE, max_retries=0)
    assert _draft(facts) == 2
    err = capsys.readouterr().err
    assert "秘密★" in err and f"章节“{project.sections[0].label}”" in err
