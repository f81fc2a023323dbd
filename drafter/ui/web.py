"""The web server behind `drafter serve`: textual-serve's server, with drafter's page
(every asset local), access control, and clean shutdown of the tabs' app processes.

Access control:
- bound to a loopback address, the server answers only requests whose Host is a
  loopback name (a web page elsewhere cannot reach it by pointing a DNS name at
  127.0.0.1), and no token is needed;
- bound to any other address, every request (page, websocket, static file, download)
  needs the random token printed in the address: `?token=…` once, after which the page
  keeps it in a cookie (the notebook-server convention);
- either way a websocket is only accepted from a page of this same server (its Origin
  matches the Host), so another site open in the same browser cannot drive a tab."""

from __future__ import annotations

import asyncio
import contextlib
import hmac
import secrets
import signal
import socket
import sys
import threading
import webbrowser
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import quote

from aiohttp import web
from textual_serve.app_service import AppService
from textual_serve.server import Server, to_int

from drafter.errors import InputError
from drafter.ui.web_page import TITLE, page
from drafter.writers.sensitive import is_loopback

Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]
STOP_TIMEOUT = 30.0
"""Seconds a tab's app process has to save and quit when the server stops."""


@dataclass
class WebOptions:
    """What `drafter serve` was asked for."""

    command: str
    """The shell command that starts one tab's app process."""
    folder: Path
    host: str = "127.0.0.1"
    port: int = 8000
    open_browser: bool = False
    token: str = field(default_factory=lambda: secrets.token_hex(24))

    @property
    def token_required(self) -> bool:
        return not is_loopback(self.host)


class DrafterServer(Server):
    """textual-serve's Server with drafter's page, routes and access control."""

    def __init__(self, options: WebOptions) -> None:
        super().__init__(options.command, host=options.host, port=options.port, title=TITLE)
        self.options = options
        self.cookie = f"drafter_token_{options.port}"
        self.services: set[AppService] = set()

    # ------------------------------------------------------------------ access control
    def _authorised(self, request: web.Request) -> bool:
        token = self.options.token.encode()
        for given in (request.query.get("token"), request.cookies.get(self.cookie)):
            if given and hmac.compare_digest(given.encode(), token):
                return True
        return False

    @web.middleware
    async def guard(self, request: web.Request, handler: Handler) -> web.StreamResponse:
        if not self.options.token_required and not is_loopback(request.url.host or ""):
            raise web.HTTPForbidden(text="只接受本机地址（127.0.0.1 或 localhost）的访问。")
        if self.options.token_required and not self._authorised(request):
            raise web.HTTPForbidden(text="需要访问令牌：请使用 drafter serve 显示的完整地址"
                                         "（含 ?token=…）。")
        origin = request.headers.get("Origin")
        if request.path == "/ws" and origin and origin.split("://", 1)[-1] != request.host:
            raise web.HTTPForbidden(text="拒绝来自其他网站的连接。")
        if self.options.token_required and "token" in request.query and request.path == "/":
            # keep the token in a cookie and take it out of the address bar
            query = {k: v for k, v in request.query.items() if k != "token"}
            found = web.HTTPFound(request.rel_url.with_query(query))
            found.set_cookie(self.cookie, self.options.token, httponly=True,
                             samesite="Strict", path="/")
            raise found
        response = await handler(request)
        response.headers.setdefault("Referrer-Policy", "no-referrer")
        response.headers.setdefault("X-Content-Type-Options", "nosniff")
        return response

    # ------------------------------------------------------------------ routes
    async def _make_app(self) -> web.Application:
        app = web.Application(middlewares=[self.guard])
        app.add_routes([
            web.get("/", self.handle_index, name="index"),
            web.get("/ws", self.handle_websocket, name="websocket"),
            web.get("/download/{key}", self.handle_download, name="download"),
            web.static("/static", self.statics_path, name="static"),
        ])
        app.on_shutdown.append(self.on_shutdown)
        return app

    async def handle_index(self, request: web.Request) -> web.Response:  # type: ignore[override]
        scheme = "wss" if request.secure else "ws"
        font_size = min(max(to_int(request.query.get("fontsize", "16"), 16), 8), 48)
        return web.Response(text=page(f"{scheme}://{request.host}/ws", font_size),
                            content_type="text/html", charset="utf-8",
                            headers={"Cache-Control": "no-store"})

    async def handle_download(self, request: web.Request) -> web.StreamResponse:
        """As textual-serve's, with a file name that may be Chinese (RFC 6266)."""
        key = request.match_info["key"]
        try:
            meta = await self.download_manager.get_download_metadata(key)
        except KeyError:
            raise web.HTTPNotFound(text="没有这个下载（链接只能使用一次）。") from None
        name = meta.file_name
        fallback = name if name.isascii() else "document" + Path(name).suffix
        fallback = fallback.replace('"', "").replace("\\", "")
        disposition = "inline" if meta.open_method == "browser" else "attachment"
        response = web.StreamResponse(headers={
            "Content-Type": meta.mime_type or "application/octet-stream",
            "Content-Disposition": f"{disposition}; filename=\"{fallback}\"; "
                                   f"filename*=UTF-8''{quote(name)}",
            "Cache-Control": "no-store",
        })
        await response.prepare(request)
        async for chunk in self.download_manager.download(key):
            await response.write(chunk)
        await response.write_eof()
        return response

    async def handle_websocket(self, request: web.Request) -> web.WebSocketResponse:
        """One tab: its own app process, started in the working folder."""
        websocket = web.WebSocketResponse(heartbeat=15)
        width = min(max(to_int(request.query.get("width", "80"), 80), 20), 1000)
        height = min(max(to_int(request.query.get("height", "24"), 24), 5), 500)
        await websocket.prepare(request)
        service = AppService(self.command, write_bytes=websocket.send_bytes,
                             write_str=websocket.send_str, close=websocket.close,
                             download_manager=self.download_manager)
        self.services.add(service)
        try:
            await service.start(width, height)
            await self._process_messages(websocket, service)
        except asyncio.CancelledError:
            pass
        finally:
            self.services.discard(service)
            await _stop(service)
            await websocket.close()
        return websocket

    async def on_shutdown(self, app: web.Application) -> None:
        """Every tab's app saves its project, frees its lock and quits."""
        await asyncio.gather(*(_stop(s) for s in list(self.services)))

    async def on_startup(self, app: web.Application) -> None:
        """textual-serve prints a banner here; `serve` prints the address itself."""


async def _stop(service: AppService) -> None:
    """Ask a tab's app to quit; kill its process if it has not within STOP_TIMEOUT."""
    try:
        await asyncio.wait_for(service.stop(), STOP_TIMEOUT)
    except (TimeoutError, OSError, RuntimeError):
        process = service._process  # textual-serve keeps no public handle on it
        if process is not None and process.returncode is None:
            with contextlib.suppress(ProcessLookupError):
                process.kill()


def addresses(options: WebOptions, port: int) -> list[str]:
    """The addresses to open, with the token where one is needed."""
    suffix = f"/?token={options.token}" if options.token_required else "/"
    host = options.host
    if host in ("0.0.0.0", "::", ""):
        hosts = [socket.gethostname(), "127.0.0.1"]
    else:
        hosts = [f"[{host}]" if ":" in host else host]
    return [f"http://{h}:{port}{suffix}" for h in hosts]


def serve(options: WebOptions) -> int:
    """Run the server until Ctrl+C (or SIGTERM); every tab's app is closed on the way out."""
    return asyncio.run(_serve(options))


async def _serve(options: WebOptions) -> int:
    server = DrafterServer(options)
    runner = web.AppRunner(await server._make_app(), access_log=None, handle_signals=False)
    await runner.setup()
    try:
        await web.TCPSite(runner, options.host, options.port).start()
    except OSError as e:
        await runner.cleanup()
        raise InputError(f"无法在 {options.host}:{options.port} 上提供服务：{e.strerror or e}"
                         "（端口可能已被占用，可以用 --port 换一个）") from None
    port = runner.addresses[0][1]
    server.cookie = f"drafter_token_{port}"
    urls = addresses(options, port)
    print(f"drafter 已在浏览器界面中运行，工作文件夹：{options.folder}")
    if options.token_required:
        print("局域网内的电脑可以连接；地址中含访问令牌，只发给需要使用的人：")
    else:
        print("只有本机可以访问。请在浏览器中打开：")
    for url in urls:
        print(f"  {url}")
    print("按 Ctrl+C 停止。", flush=True)
    if options.open_browser:
        threading.Thread(target=webbrowser.open, args=(urls[-1],), daemon=True).start()
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        with contextlib.suppress(NotImplementedError):
            loop.add_signal_handler(sig, stop.set)
    try:
        await stop.wait()
    finally:
        print("正在停止：保存各标签页中的项目……", file=sys.stderr, flush=True)
        await runner.cleanup()
    return 0
