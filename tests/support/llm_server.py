"""A real OpenAI-compatible HTTP server on 127.0.0.1 (random port), scripted per test.

The script is a function (request body, call number) → Reply. Replies can stream SSE
chunks with delays, stop without [DONE] or a finish reason, drop the connection, answer
with an HTTP error and headers (Retry-After), answer 200 with a body that is not a model
answer (an HTML page), send nothing at all, or stall after some chunks until the server
is released (`FakeEndpoint.release`, set when the server stops).

Tests wait on the server's conditions (`wait_for_requests`), never on the clock: a slow
server is made slow here, by the delays a Reply names."""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any


@dataclass
class Reply:
    text: str = "好。"
    status: int = 200
    headers: dict[str, str] = field(default_factory=dict)
    chunk: int = 8  # characters per streamed chunk
    delay: float = 0.0  # seconds between chunks
    first_delay: float = 0.0  # seconds before the first byte (headers included)
    head_first: bool = False  # send the headers at once, then wait first_delay
    finish: str | None = "stop"
    done: bool = True  # send data: [DONE]
    drop_after: int | None = None  # close the connection after this many chunks
    stall_after: int | None = None  # after this many chunks, send nothing until released
    silent: bool = False  # accept the request and send nothing until released
    gate: threading.Semaphore | None = None  # each chunk after the first waits for a release
    raw: bytes | None = None  # a 200 body sent as is (with `content_type`), not SSE
    content_type: str = "text/html; charset=utf-8"  # the type of a `raw` body
    usage_chunk: bool = True  # a usage-only chunk at the end (include_usage)


Script = Callable[[dict[str, Any], int], Reply]
FAKE_KEY = "sk-test-FAKEKEY-7f3a9c1e5b2d4086"
HTML_PAGE = ("<!DOCTYPE html><html><head><title>登录</title></head>"
             "<body><h1>请先登录</h1></body></html>").encode()


def until_max_tokens(phrase: str) -> Script:
    """A model that loops on `phrase` until the request's max_tokens (one character
    counted as one token), then stops with finish_reason `length`."""

    def script(body: dict[str, Any], n: int) -> Reply:
        limit = int(body.get("max_tokens") or body.get("max_completion_tokens") or 2048)
        text = (phrase * (limit // len(phrase) + 1))[:limit]
        return Reply(text, chunk=len(phrase), finish="length")

    return script


class FakeEndpoint:
    def __init__(self, script: Script, *, models: tuple[str, ...] = ("test-model",),
                 key: str | None = None) -> None:
        self.script = script
        self.models = models
        self.key = key  # when set, any other bearer token gets 401
        self.requests: list[dict[str, Any]] = []
        self.lock = threading.Lock()
        self.arrived = threading.Condition(self.lock)  # notified on every request
        self.release = threading.Event()  # ends every stall and silence
        self.sent_at: list[float] = []  # perf_counter when each content chunk was written
        outer = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *a: Any) -> None:
                pass

            def _auth(self) -> bool:
                if outer.key and self.headers.get("Authorization") != f"Bearer {outer.key}":
                    self._json(401, {"error": {"message": "Incorrect API key provided",
                                               "type": "invalid_request_error",
                                               "code": "invalid_api_key"}})
                    return False
                return True

            def _json(self, status: int, body: Any, headers: dict[str, str] | None = None
                      ) -> None:
                self._body(status, json.dumps(body).encode(), "application/json", headers)

            def _body(self, status: int, data: bytes, content_type: str,
                      headers: dict[str, str] | None = None) -> None:
                self.send_response(status)
                self.send_header("Content-Type", content_type)
                self.send_header("Content-Length", str(len(data)))
                for k, v in (headers or {}).items():
                    self.send_header(k, v)
                self.end_headers()
                self.wfile.write(data)

            def do_GET(self) -> None:
                if not self._auth():
                    return
                if self.path.rstrip("/").endswith("/models"):
                    self._json(200, {"object": "list", "data": [
                        {"id": m, "object": "model", "created": 0, "owned_by": "test"}
                        for m in outer.models]})
                else:
                    self._json(404, {"error": {"message": "not found"}})

            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                body = json.loads(self.rfile.read(length) or b"{}")
                if not self._auth():
                    return
                if not self.path.rstrip("/").endswith("/chat/completions"):
                    self._json(404, {"error": {"message": "not found"}})
                    return
                with outer.arrived:
                    n = len(outer.requests)
                    outer.requests.append(body)
                    outer.arrived.notify_all()
                if body.get("model") not in outer.models:
                    self._json(404, {"error": {"message": f"The model `{body.get('model')}` "
                                               "does not exist", "code": "model_not_found"}})
                    return
                reply = outer.script(body, n)
                if reply.silent:
                    outer.release.wait()
                    self.close_connection = True
                    return
                if reply.first_delay and not reply.head_first:
                    time.sleep(reply.first_delay)
                if reply.status != 200:
                    self._json(reply.status, {"error": {"message": "scripted error"}},
                               reply.headers)
                    return
                if reply.raw is not None:
                    self._body(200, reply.raw, reply.content_type)
                elif body.get("stream"):
                    self._stream(reply)
                else:
                    self._json(200, {
                        "id": "x", "object": "chat.completion", "created": 0,
                        "model": body["model"],
                        "choices": [{"index": 0, "finish_reason": reply.finish,
                                     "message": {"role": "assistant", "content": reply.text}}],
                        "usage": {"prompt_tokens": 10, "completion_tokens": len(reply.text),
                                  "total_tokens": 10 + len(reply.text)}})

            def _event(self, payload: Any) -> None:
                line = payload if isinstance(payload, str) else json.dumps(payload)
                self.wfile.write(f"data: {line}\n\n".encode())
                self.wfile.flush()

            def _stream(self, reply: Reply) -> None:
                self.send_response(200)
                self.send_header("Content-Type", "text/event-stream")
                self.send_header("Connection", "close")
                self.end_headers()
                self.close_connection = True
                base = {"id": "x", "object": "chat.completion.chunk", "created": 0,
                        "model": "test-model"}
                pieces = [reply.text[i:i + reply.chunk]
                          for i in range(0, len(reply.text), reply.chunk)] or [""]
                try:
                    self.wfile.flush()
                    if reply.head_first and reply.first_delay:
                        time.sleep(reply.first_delay)
                    for i, piece in enumerate(pieces):
                        if reply.drop_after is not None and i >= reply.drop_after:
                            self.connection.shutdown(2)
                            return
                        if reply.stall_after is not None and i >= reply.stall_after:
                            outer.release.wait()
                            return
                        if i and reply.gate is not None:
                            reply.gate.acquire()  # the test paces the stream
                        if i and reply.delay:
                            time.sleep(reply.delay)
                        last = i == len(pieces) - 1
                        outer.sent_at.append(time.perf_counter())
                        self._event({**base, "choices": [{
                            "index": 0, "delta": {"content": piece},
                            "finish_reason": reply.finish if last else None}]})
                    if reply.usage_chunk:
                        self._event({**base, "choices": [], "usage": {
                            "prompt_tokens": 100, "completion_tokens": len(reply.text),
                            "total_tokens": 100 + len(reply.text)}})
                    if reply.done:
                        self._event("[DONE]")
                except (BrokenPipeError, ConnectionResetError, OSError):
                    pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}/v1"

    def wait_for_requests(self, n: int, timeout: float = 60.0) -> bool:
        """Block until `n` requests have arrived (False if `timeout` seconds pass first:
        a deadline for a broken test, not a measure of speed)."""
        with self.arrived:
            return self.arrived.wait_for(lambda: len(self.requests) >= n, timeout)

    def __enter__(self) -> FakeEndpoint:
        self.thread.start()
        return self

    def __exit__(self, *exc: Any) -> None:
        self.release.set()
        self.server.shutdown()
        self.server.server_close()
