"""`drafter serve` driven in a real Chromium: the start screen lists the folder; the
example facts → F5 → generate all → F9 delivers a .docx download that python-docx reads
back; a second tab on the same project is told it is open elsewhere. Every wait is on
what the page shows (generous limits), never a sleep."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import docx

from drafter.project import load_project

from .serving import ROOT, SECRET, Tab, serving

# The section list shows each section's status; generation is over when none is still
# empty, queued or being generated (the screen reads "空", "排队中", "生成中" there).
ALL_GENERATED = r"""() => {
  const screen = window.drafterScreen();
  return screen.includes("草稿") && !/│ (空|排队中|生成中)\s/.test(screen);
}"""


def test_start_screen_lists_the_projects_and_facts_in_the_folder(folder: Path, context: Any
                                                                  ) -> None:
    (folder / "notes.txt").write_text("不是事实文件\n", encoding="utf-8")
    with serving(folder) as served:
        tab = Tab(context)
        tab.open(served.url)
        tab.wait_for("中的项目和事实文件", "facts.toml", "事实文件", "新建项目")
        assert "notes.txt" not in tab.text()


def test_example_facts_to_a_downloaded_docx(folder: Path, context: Any, tmp_path: Path
                                            ) -> None:
    with serving(folder) as served:
        tab = Tab(context)
        tab.open(served.url)
        tab.wait_for("facts.toml")
        tab.press("Enter")  # the first file is highlighted: the facts form opens
        tab.wait_for("事实表", "开始起草", "事实表填写完整")  # the form is checked
        tab.press("F5")
        tab.wait_for("章节", "全部生成")
        tab.press("Control+g")
        tab.wait_until(ALL_GENERATED)
        tab.press("F9")
        tab.wait_for("导出文档", "检查通过")
        with tab.page.expect_download(timeout=120_000) as info:
            tab.press("Enter")  # the path box has the focus: Enter exports
        download = info.value
        tab.wait_for("已导出")
        saved = tmp_path / "downloaded.docx"
        download.save_as(saved)

    assert download.suggested_filename == "facts.docx"
    assert (folder / "facts.docx").is_file()  # written into the folder as well
    text = "\n".join(p.text for p in docx.Document(str(saved)).paragraphs)
    project = load_project(folder / "facts.drafter.json")
    assert project.facts_data["unit"]["name"] in text
    headings = [s.title for s in project.sections if s.title]
    assert headings and all(h in text for h in headings), headings
    assert saved.read_bytes() == (folder / "facts.docx").read_bytes()
    # nothing came from anywhere but this server, and the key never reached the page
    port_of = {urlsplit(u).netloc for u in tab.requests if not u.startswith(("data:", "blob:"))}
    assert port_of == {urlsplit(served.url).netloc}, port_of
    assert not any(SECRET.encode() in frame for frame in tab.received)


def test_a_second_tab_is_told_the_project_is_open_elsewhere(folder: Path, context: Any
                                                             ) -> None:
    subprocess.run([sys.executable, "-m", "drafter", "draft", str(folder / "facts.toml"),
                    "-o", str(folder / "facts.docx")], cwd=ROOT, check=True,
                   capture_output=True)
    with serving(folder) as served:
        first = Tab(context)
        first.open(served.url)
        first.wait_for("facts.drafter.json", "项目")
        first.press("Enter")  # projects come first: the project opens
        first.wait_for("章节", "全部生成")

        second = Tab(context)
        second.open(served.url)
        second.wait_for("facts.drafter.json")
        second.press("Enter")
        second.wait_for("已在另一个窗口中打开")
        assert "全部生成" not in second.text()  # still on the start screen
        assert (folder / ".facts.drafter.json.lock").exists()
    # Ctrl+C on the server: the open tab's app saved, freed its lock and quit
    assert served.process.returncode == 0, served.output()
    assert not (folder / ".facts.drafter.json.lock").exists()


def test_with_the_token_the_app_works_on_another_host_and_without_it_nothing_loads(
        folder: Path, context: Any) -> None:
    with serving(folder, "--host", "0.0.0.0") as served:
        refused = context.new_page()
        response = refused.goto(served.base + "/")
        assert response is not None and response.status == 403
        assert "访问令牌" in refused.content()

        tab = Tab(context)
        tab.open(served.url)  # the cookie the token leaves behind carries the websocket
        tab.wait_for("facts.toml", "事实文件")
        assert "token" not in tab.page.url  # the token leaves the address bar
