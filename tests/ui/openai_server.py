"""A local OpenAI-compatible chat-completions server for tests: it streams its answer
as server-sent events in small pieces, like a real endpoint, and records requests.

The answer for a draft is the skeleton found in the request between the markers the
test writer puts there; for a revision (the request names 改写要求) it is `revision`."""

from __future__ import annotations

import json
import re
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

SKELETON = re.compile(r"<<<骨架\n(.*?)\n骨架>>>", re.S)


@dataclass
class Script:
    revision: str = ""
    chunk: int = 8
    delay: float = 0.002
    fail_when: str = ""  # a request containing this text gets HTTP 500
    requests: list[dict] = field(default_factory=list)


def _answer(script: Script, body: dict) -> str:
    prompt = "\n".join(m.get("content", "") for m in body.get("messages", []))
    if "改写要求" in prompt and script.revision:
        return script.revision
    m = SKELETON.search(prompt)
    return m.group(1) if m else "（无内容）"


def _handler(script: Script) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args: object) -> None:
            pass

        def do_POST(self) -> None:
            body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
            script.requests.append(body)
            prompt = json.dumps(body, ensure_ascii=False)
            if script.fail_when and script.fail_when in prompt:
                self.send_error(500, "scripted failure")
                return
            text = _answer(script, body)
            self.send_response(200)
            self.send_header("Content-Type", "text/event-stream")
            self.end_headers()
            base = {"id": "chatcmpl-test", "object": "chat.completion.chunk",
                    "created": 0, "model": body.get("model", "test")}
            pieces = [text[i:i + script.chunk] for i in range(0, len(text), script.chunk)]
            for piece in pieces:
                time.sleep(script.delay)
                chunk = {**base, "choices": [{"index": 0, "delta": {"content": piece},
                                              "finish_reason": None}]}
                self.wfile.write(f"data: {json.dumps(chunk, ensure_ascii=False)}\n\n"
                                 .encode())
                self.wfile.flush()
            done = {**base, "choices": [{"index": 0, "delta": {}, "finish_reason": "stop"}],
                    "usage": {"prompt_tokens": len(prompt) // 2,
                              "completion_tokens": len(pieces),
                              "total_tokens": len(prompt) // 2 + len(pieces)}}
            self.wfile.write(f"data: {json.dumps(done)}\n\ndata: [DONE]\n\n".encode())
            self.wfile.flush()

    return Handler


@contextmanager
def serve(script: Script) -> Iterator[str]:
    """Run the server on a free local port; yields its base URL (…/v1)."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(script))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/v1"
    finally:
        server.shutdown()
        server.server_close()
