"""`drafter serve` over plain HTTP (no browser): on loopback no token is needed; bound to
another address every request needs the token; the page loads nothing from elsewhere
and carries no setting; the CLI refuses what it cannot serve.

Traffic goes only to 127.0.0.1: the non-loopback server is bound to 0.0.0.0 and reached
through its loopback address."""

from __future__ import annotations

import re
import socket
import subprocess
import sys
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from .serving import ROOT, SECRET, Served, serve_env, serving


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args: object, **kwargs: object) -> None:
        return None


OPENER = urllib.request.build_opener(NoRedirect)


def get(url: str, headers: dict[str, str] | None = None) -> tuple[int, dict[str, str], str]:
    """Status, headers and body of a GET (errors included, redirects not followed)."""
    request = urllib.request.Request(url, headers=headers or {})
    try:
        with OPENER.open(request, timeout=30) as response:
            return response.status, dict(response.headers), response.read().decode(
                "utf-8", "replace")
    except urllib.error.HTTPError as e:
        return e.code, dict(e.headers), e.read().decode("utf-8", "replace")


PATHS = ("/", "/static/js/textual.js", "/static/css/xterm.css", "/ws", "/download/x")


def test_loopback_needs_no_token_and_the_page_is_self_contained(folder: Path) -> None:
    with serving(folder) as served:
        assert "token" not in served.url
        status, headers, page = get(served.url)
        assert status == 200
        assert headers["Content-Type"].startswith("text/html")
        for asset in re.findall(r'(?:src|href)="([^"]+)"', page) + re.findall(
                r'url\("([^"]+)"\)', page):
            assert asset.startswith("/static/"), asset  # served here, nothing remote
            assert get(served.base + asset)[0] == 200, asset
        assert not re.search(r"https?://", page)
        assert "googleapis" not in page
        assert SECRET not in page  # no setting is serialised into the page
        assert get(served.base + "/static/js/textual.js")[0] == 200


def test_loopback_refuses_a_foreign_host_and_a_foreign_websocket_origin(folder: Path
                                                                        ) -> None:
    with serving(folder) as served:
        # a page elsewhere pointing its own DNS name at 127.0.0.1 (DNS rebinding)
        assert get(served.url, {"Host": "drafter.example.com"})[0] == 403
        # a page of another site opening the websocket (its Origin is not this server)
        assert get(served.base + "/ws", {"Origin": "http://evil.example"})[0] == 403
        assert get(served.url, {"Host": "localhost"})[0] == 200


def test_another_host_needs_the_token_on_every_request(folder: Path) -> None:
    with serving(folder, "--host", "0.0.0.0") as served:
        token = served.token
        assert len(token) >= 32, served.url
        assert "局域网" in served.output()
        for path in PATHS:
            assert get(served.base + path)[0] == 403, path
            assert get(served.base + path + "?token=wrong")[0] == 403, path
            assert get(served.base + path, {"Cookie": f"drafter_token_x={token}"})[0] == 403

        # the token once: a cookie, and the address bar loses the token
        status, headers, _ = get(served.url)
        assert status == 302 and headers["Location"] == "/"
        cookie = headers["Set-Cookie"].split(";")[0]
        assert token in cookie and "HttpOnly" in headers["Set-Cookie"]
        status, _, page = get(served.base + "/", {"Cookie": cookie})
        assert status == 200 and "textual-terminal" in page and SECRET not in page
        assert get(served.base + "/static/js/textual.js", {"Cookie": cookie})[0] == 200
        assert get(served.base + "/static/js/textual.js?token=" + token)[0] == 200


def _run(*args: str, tmp_path: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "drafter", "serve", *args], cwd=ROOT,
                          capture_output=True, text=True, timeout=60,
                          env=serve_env(tmp_path / "home"))


def test_a_missing_folder_and_a_busy_port_are_refused(tmp_path: Path) -> None:
    done = _run("--dir", str(tmp_path / "nowhere"), tmp_path=tmp_path)
    assert done.returncode == 2 and "找不到文件夹" in done.stderr
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = str(busy.getsockname()[1])
        done = _run("--dir", str(tmp_path), "--port", port, tmp_path=tmp_path)
    assert done.returncode == 2 and "端口" in done.stderr, done.stderr


def test_the_tab_command_carries_the_writer_options_but_never_the_key() -> None:
    import argparse

    from drafter.commands.serve import tab_command

    args = argparse.Namespace(backend="openai", preset="deepseek", base_url=None,
                              model="deepseek-chat")
    command = tab_command(args, Path("/srv/公文 目录"))
    assert "--tab" in command and "'/srv/公文 目录'" in command
    assert "--preset deepseek" in command and "--model deepseek-chat" in command
    assert "--base-url" not in command and "key" not in command


@pytest.mark.parametrize(("host", "loopback"), [
    ("127.0.0.1", True), ("localhost", True), ("::1", True), ("[::1]", True),
    ("127.0.0.2", True), ("0.0.0.0", False), ("192.168.1.5", False), ("::", False),
    ("example.com", False)])
def test_which_hosts_count_as_this_machine_only(host: str, loopback: bool) -> None:
    from drafter.ui.web import is_loopback

    assert is_loopback(host) is loopback


def test_served_parses_the_address() -> None:
    served = Served(process=None)  # type: ignore[arg-type]
    served.url = "http://127.0.0.1:8123/?token=ab12"
    assert served.base == "http://127.0.0.1:8123" and served.token == "ab12"


def test_a_download_keeps_its_chinese_file_name(tmp_path: Path) -> None:
    """The browser saves the file under its own name (RFC 6266 filename*), once."""
    import asyncio
    from urllib.parse import quote

    from aiohttp import ClientSession, web

    from drafter.ui.web import DrafterServer, WebOptions

    server = DrafterServer(WebOptions(command="true", folder=tmp_path, port=0))
    chunks = [b"PK\x03\x04 docx bytes", b""]

    class App:  # the tab's app process, as the download manager sees it
        app_service_id = "tab"

        async def send_meta(self, meta: dict[str, object]) -> bool:
            await server.download_manager.chunk_received(str(meta["key"]), chunks.pop(0))
            return True

    async def fetch() -> tuple[int, dict[str, str], bytes, int]:
        await server.download_manager.create_download(
            app_service=App(), delivery_key="k1", file_name="实施方案.docx",  # type: ignore[arg-type]
            open_method="download", mime_type="application/octet-stream")
        runner = web.AppRunner(await server._make_app())
        await runner.setup()
        await web.TCPSite(runner, "127.0.0.1", 0).start()
        base = f"http://127.0.0.1:{runner.addresses[0][1]}"
        try:
            async with ClientSession() as session:
                async with session.get(f"{base}/download/k1") as first:
                    body = await first.read()
                    result = first.status, dict(first.headers), body
                async with session.get(f"{base}/download/k1") as again:
                    return (*result, again.status)
        finally:
            await runner.cleanup()

    status, headers, body, again = asyncio.run(fetch())
    assert status == 200 and body == b"PK\x03\x04 docx bytes"
    disposition = headers["Content-Disposition"]
    assert disposition.startswith("attachment;")
    assert f"filename*=UTF-8''{quote('实施方案.docx')}" in disposition
    assert 'filename="document.docx"' in disposition  # the plain-ASCII fallback
    assert again == 404  # a download link works once
