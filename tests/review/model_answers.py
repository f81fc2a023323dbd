"""Real model behaviour without a model: record drafter's real prompts, replay answers.

    record FACTS_DIR PROMPTS_DIR   draft each facts file with `drafter draft --backend
                                   openai` against a local OpenAI-compatible server
                                   (tests/support/llm_server.py) that saves every request
                                   as PROMPTS_DIR/<facts stem>/<section label>.prompt.md and
                                   answers with the section's reference text, so the next
                                   sections' prompts see their neighbours as they would.
    replay FACTS_DIR ANSWERS_DIR OUT_DIR
                                   the same drafts, the server now answering each section
                                   with ANSWERS_DIR/<stem>/<label>.answer.md (written by a
                                   person or a helper playing a capable model, one pass);
                                   the real openai SDK, the guard and the checker run as for
                                   a user; OUT_DIR/<stem>.txt is the document a reader
                                   scores. Prints each document's exit code and guard notes.
                                   A length turn (prompts/length.j2: a section far from its
                                   share of the asked length) is answered with
                                   <label>.length.answer.md where there is one; where there
                                   is none its prompt is saved as OUT_DIR/<stem>/<label>
                                   .length.prompt.md (answer it, replay again) and the
                                   first answer is given again, which changes nothing.

The answers are kept as fixtures (tests/fixtures/model_answers/) and replayed by
tests/writers/test_recorded_answers.py."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from support.llm_server import FAKE_KEY, FakeEndpoint, Reply  # noqa: E402

LABEL = re.compile(r"请起草“(.+?)”一节")
REFERENCE = re.compile(r"也不要照抄：\n(.*?)\n\n写作要求", re.S)


def label_of(body: dict[str, Any]) -> str:
    """The section a request is for, read off drafter's own prompt (a repair turn
    carries the first request's messages before it)."""
    for message in body["messages"]:
        if found := LABEL.search(message["content"]):
            return found.group(1)
    return ""


LENGTH_TURN = "本节现在约"  # prompts/length.j2's first words


def answer_path(folder: Path, body: dict[str, Any]) -> Path:
    """The answer file for a request: <label>.answer.md, or <label>.length.answer.md for a
    length turn when there is one."""
    label = label_of(body)
    if body["messages"][-1]["content"].startswith(LENGTH_TURN):
        turn = folder / f"{label}.length.answer.md"
        if turn.is_file():
            return turn
    return folder / f"{label}.answer.md"


def draft(facts: Path, out: Path, url: str) -> subprocess.CompletedProcess[str]:
    """`drafter draft` on a facts file against the endpoint, as a user runs it."""
    exe = str(Path(sys.executable).with_name("drafter"))
    env = {**os.environ, "OPENAI_API_KEY": FAKE_KEY, "DRAFTER_CONFIG": str(out) + ".cfg"}
    return subprocess.run([exe, "draft", str(facts), "-o", str(out), "--force",
                           "--backend", "openai", "--base-url", url, "--model", "test-model",
                           "--concurrency", "1"], capture_output=True, text=True, env=env)


def record(facts_dir: Path, prompts: Path) -> None:
    for facts in sorted(facts_dir.glob("*.toml")):
        folder = prompts / facts.stem
        folder.mkdir(parents=True, exist_ok=True)

        def script(body: dict[str, Any], n: int, folder: Path = folder) -> Reply:
            label = label_of(body)
            text = "\n\n".join(f"## {m['role']}\n{m['content']}" for m in body["messages"])
            prompt = folder / f"{label}.prompt.md"
            if not prompt.exists():  # the first request; a repair turn does not replace it
                prompt.write_text(text, encoding="utf-8")
            found = REFERENCE.search(body["messages"][-1]["content"])
            return Reply(found.group(1) if found else "好。", chunk=64)

        with FakeEndpoint(script) as ep:
            done = draft(facts, folder / "recorded.txt", ep.url)
        count = len(list(folder.glob("*.prompt.md")))
        print(f"{facts.stem}: exit {done.returncode}, {count} prompts")


def replay(facts_dir: Path, answers: Path, out: Path) -> dict[str, int]:
    """Each facts file drafted with the recorded answers; {stem: exit code}."""
    out.mkdir(parents=True, exist_ok=True)
    codes = {}
    for facts in sorted(facts_dir.glob("*.toml")):
        folder = answers / facts.stem

        def script(body: dict[str, Any], n: int, folder: Path = folder,
                   stem: str = facts.stem) -> Reply:
            path = answer_path(folder, body)
            if body["messages"][-1]["content"].startswith(LENGTH_TURN) and not path.name.endswith(
                    ".length.answer.md"):
                asked = out / stem / f"{label_of(body)}.length.prompt.md"
                asked.parent.mkdir(parents=True, exist_ok=True)
                asked.write_text("\n\n".join(f"## {m['role']}\n{m['content']}"
                                              for m in body["messages"]), encoding="utf-8")
            return Reply(path.read_text("utf-8") if path.is_file() else "", chunk=32)

        with FakeEndpoint(script) as ep:
            done = draft(facts, out / f"{facts.stem}.txt", ep.url)
        codes[facts.stem] = done.returncode
        project = out / f"{facts.stem}.drafter.json"
        notes = []
        if project.is_file():
            data = json.loads(project.read_text("utf-8"))
            notes = [f"{s['title'] or s['id']}: {s['versions'][-1].get('note', '')}"
                     for s in data["sections"] if s["versions"] and
                     s["versions"][-1].get("note")]
        if done.returncode > 1:  # no document: say why
            notes.append(done.stderr.strip().splitlines()[-1] if done.stderr.strip() else "")
        print(f"{facts.stem}: exit {done.returncode}", *notes, sep="\n  ")
    return codes


def main() -> None:
    mode, *args = sys.argv[1:]
    if mode == "record":
        record(Path(args[0]), Path(args[1]))
    elif mode == "replay":
        replay(Path(args[0]), Path(args[1]), Path(args[2]))
    else:
        raise SystemExit(__doc__)


if __name__ == "__main__":
    main()
