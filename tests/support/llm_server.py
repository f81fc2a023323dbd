"""A real OpenAI-compatible HTTP server on 127.0.0.1 (random port), scripted per test.

The script is a function (request body, call number) → Reply. Replies can stream SSE
chunks with delays, stop without [DONE] or a finish reason, drop the connection, or
answer with an HTTP error and headers (Retry-After)."""

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
    first_delay: float = 0.0  # seconds before the first byte
    finish: str | None = "stop"
    done: bool = True  # send data: [DONE]
    drop_after: int | None = None  # close the connection after this many chunks
    usage_chunk: bool = True  # a usage-only chunk at the end (include_usage)


Script = Callable[[dict[str, Any], int], Reply]
FAKE_KEY = "sk-test-FAKEKEY-7f3a9c1e5b2d4086"


class FakeEndpoint:
    def __init__(self, script: Script, *, models: tuple[str, ...] = ("test-model",),
                 key: str | None = None) -> None:
        self.script = script
        self.models = models
        self.key = key  # when set, any other bearer token gets 401
        self.requests: list[dict[str, Any]] = []
        self.lock = threading.Lock()
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
                data = json.dumps(body).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
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
                with outer.lock:
                    n = len(outer.requests)
                    outer.requests.append(body)
                if body.get("model") not in outer.models:
                    self._json(404, {"error": {"message": f"The model `{body.get('model')}` "
                                               "does not exist", "code": "model_not_found"}})
                    return
                reply = outer.script(body, n)
                if reply.first_delay:
                    time.sleep(reply.first_delay)
                if reply.status != 200:
                    self._json(reply.status, {"error": {"message": "scripted error"}},
                               reply.headers)
                    return
                if body.get("stream"):
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
                    for i, piece in enumerate(pieces):
                        if reply.drop_after is not None and i >= reply.drop_after:
                            self.connection.shutdown(2)
                            return
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

    def __enter__(self) -> FakeEndpoint:
        self.thread.start()
        return self

    def __exit__(self, *exc: Any) -> None:
        self.server.shutdown()
        self.server.server_close()
