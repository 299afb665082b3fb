"""A scripted OpenAI-compatible chat server on loopback, for recording cassettes and for live
tests of failure handling. Its replies are written here, not by a model: they are built from the
evidence in the request so that they cite real evidence ids and quotes, or break on purpose.

The scenario is the first path segment: http://127.0.0.1:PORT/<scenario>/v1/chat/completions

    good          one valid answer
    reask         a fabricated quote first; a valid answer once the re-ask arrives
    never         every answer carries one fabricated item (it is dropped and listed)
    empty         a schema-valid answer with a headline and every section empty
    unsupported   a valid answer whose first statement also cites an exact quote of another
                  evidence item that says something else (the citation is dropped and listed)
    ratelimit     429 with Retry-After once, then a valid answer
    error500      500 on every request
    unauthorized  401 on every request
    refusal       the model refuses in plain text (no tool call)
    stream        a valid answer streamed as server-sent events (tool-call deltas)
    unhurried     one valid answer, 0.4 s after the request (to see requests in flight)
    unavailable   503 on every request
    reset         the connection is closed without an answer
    slow          the answer comes after 5 s (longer than a test client waits)
    truncated     200 with half a JSON body
    badargs       a tool call whose arguments are not JSON, every time
    ignore        JSON that ignores the schema, every time

Hostile scenarios (issue 9): each one breaks a promise a careless client would rely on.

    hang            reads the request and never answers (for 30 s, or until the server stops)
    trickle         200 and a promised 10 MB body, sent one byte every 0.2 s (for 30 s)
    echo500         500 whose error message echoes the request's Authorization header
    echo400         400, the same echo
    huge            200 with a 20 MB body (a 20 MB headline)
    longheadline    a valid answer whose headline is 5,000 characters
    stream_ignored  answers a streamed request with one JSON completion (no server-sent events)
    stream_refusal  streams a refusal in plain text, no tool call
    stream_cut      streams half the answer, then closes the connection (no finish, no [DONE])
    stream_length   streams half the answer, then finish_reason "length"
    slownever       like never, each answer 0.8 s late (re-asks that add up past a deadline)
    retrylater      503 asking to be retried after 5 s, every time

JSON modes are answered in kind: a request with response_format gets its JSON as message content.
"""

from __future__ import annotations

import contextlib
import json
import re
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from summarise.dates import find_time_expressions

# The prompt size a scripted stream reports in its usage chunk (a figure our tokenizer would
# never give, so a test can tell the server's count from ours).
SCRIPTED_PROMPT_TOKENS = 4321
FABRICATED = "The minister resigned at dawn after the vote collapsed in parliament"
_LINE = re.compile(r"^(E\d+) \(([^)]*)\): (.+)$", re.M)
_PUBLISHED = re.compile(r"published (\d{4}-\d{2}-\d{2})")


def _evidence(user: str) -> list[tuple[str, list[str], str]]:
    return [(m.group(1), m.group(2).split(", "), m.group(3)) for m in _LINE.finditer(user)]


def _cite(evidence_id: str, text: str, words: int = 14) -> dict[str, str]:
    return {"evidence_id": evidence_id, "quote": " ".join(text.split()[:words])}


def scripted_brief(
    user: str, *, fabricate: bool = False, unsupported: bool = False
) -> dict[str, Any]:
    """A draft brief built from the evidence lines of a request: each item quotes the words it
    states (`fabricate`: one quote is in no evidence; `unsupported`: one statement also cites
    another item's words, an exact quote that does not back it)."""
    lines = _evidence(user)
    published = _PUBLISHED.findall(user)
    reference = date.fromisoformat(published[0]) if published else None
    long_lines = [line for line in lines if len(line[2].split()) >= 10]
    what = [
        {"text": " ".join(text.split()[:25]), "citations": [_cite(eid, text, words=25)]}
        for eid, _, text in long_lines[:3]
    ]
    if unsupported and len(long_lines) > 3:
        what[0]["citations"].append(_cite(long_lines[3][0], long_lines[3][2]))
    if fabricate and what:
        what[0]["citations"] = [
            {"evidence_id": what[0]["citations"][0]["evidence_id"], "quote": FABRICATED}
        ]
    who: list[dict[str, Any]] = []
    seen: set[str] = set()
    for eid, _, text in lines:
        for name in re.findall(r"\b([A-Z][a-z]+ [A-Z][a-z]+(?:-[A-Z][a-z]+)?)\b", text):
            if name not in seen and len(who) < 4 and not name.startswith(("The ", "On ", "In ")):
                seen.add(name)
                who.append(
                    {
                        "name": name,
                        "aliases": [],
                        "role": None,
                        "citations": [{"evidence_id": eid, "quote": name}],
                    }
                )
    when = []
    for eid, _, text in lines:
        for expression in find_time_expressions(text, reference):
            if expression.iso and len(when) < 3:
                when.append(
                    {
                        "text": expression.text,
                        "date": expression.iso,
                        "describes": " ".join(text.split()[:12]),
                        "citations": [{"evidence_id": eid, "quote": text}],
                    }
                )
    where = []
    for eid, _, text in lines:
        match = re.search(r"\bin ([A-Z][a-z]+)\b", text)
        if match and len(where) < 2 and match.group(1) not in {w["name"] for w in where}:
            where.append(
                {
                    "name": match.group(1),
                    "detail": None,
                    "citations": [{"evidence_id": eid, "quote": match.group(0)}],
                }
            )
    casualties, killed_lines = [], []
    numbers = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5}
    for eid, sources, text in lines:
        match = re.search(r"killed (one|two|three|four|five|\d+) ([a-z]+(?: [A-Za-z]+)?)", text)
        if match:
            count = numbers.get(match.group(1)) or int(match.group(1))
            killed_lines.append((eid, sources, count, match.group(0)))
            if len(casualties) < 3:
                casualties.append(
                    {
                        "description": match.group(0),
                        "killed": count,
                        "injured": None,
                        "group": match.group(2),
                        "attributed_to": None,
                        "citations": [{"evidence_id": eid, "quote": match.group(0)}],
                    }
                )
    reactions = []
    for eid, _, text in lines:
        match = re.match(r"([A-Z][\w-]+(?: [A-Z][\w-]+)*) said (.+)", text)
        if match and len(reactions) < 2:
            reactions.append(
                {
                    "speaker": match.group(1),
                    "affiliation": None,
                    "statement": match.group(2)[:200],
                    "citations": [_cite(eid, text, words=200)],
                }
            )
    disputes = []
    counts = {count for _, _, count, _ in killed_lines}
    if len(counts) >= 2:
        sides = {}
        for eid, _, count, phrase in killed_lines:
            sides.setdefault(count, (eid, phrase))
        disputes.append(
            {
                "topic": "How many were killed",
                "claims": [
                    {
                        "statement": f"{count} killed",
                        "value": str(count),
                        "attributed_to": None,
                        "citations": [{"evidence_id": eid, "quote": phrase}],
                    }
                    for count, (eid, phrase) in list(sides.items())[:2]
                ],
            }
        )
    headline = " ".join(long_lines[0][2].split()[:12]) if long_lines else "Event"
    brief = {
        "headline": headline,
        "what": what,
        "who": who,
        "when": when,
        "where": where,
        "casualties": casualties,
        "reactions": reactions,
        "disputes": disputes,
    }
    if fabricate and not what:
        brief["who"].append(
            {"name": "Nobody", "citations": [{"evidence_id": "E1", "quote": FABRICATED}]}
        )
    return brief


def _completion(body: dict[str, Any], content: dict[str, Any] | str) -> dict[str, Any]:
    tools = body.get("tools") or []
    name = tools[0]["function"]["name"] if tools else "DraftBrief"
    arguments = content if isinstance(content, str) else json.dumps(content)
    if tools:
        message: dict[str, Any] = {
            "role": "assistant",
            "content": None,
            "tool_calls": [
                {
                    "id": "call_scripted_1",
                    "type": "function",
                    "function": {"name": name, "arguments": arguments},
                }
            ],
        }
        finish = "tool_calls"
    else:
        fenced = "md_json" in json.dumps(body.get("messages", [])).lower()
        message = {
            "role": "assistant",
            "content": f"```json\n{arguments}\n```" if fenced else arguments,
        }
        finish = "stop"
    prompt_tokens = len(json.dumps(body.get("messages", []))) // 4
    return {
        "id": "chatcmpl-scripted",
        "object": "chat.completion",
        "created": 1_760_000_000,
        "model": body.get("model", "scripted"),
        "choices": [{"index": 0, "message": message, "finish_reason": finish}],
        "usage": {
            "prompt_tokens": prompt_tokens,
            "completion_tokens": len(arguments) // 4,
            "total_tokens": prompt_tokens + len(arguments) // 4,
        },
    }


class ScriptedServer:
    """Runs the scripted server in a thread; `requests` records what every request carried."""

    def __init__(self, port: int = 0) -> None:
        self.requests: list[dict[str, Any]] = []
        self.calls: dict[str, int] = {}
        self.lock = threading.Lock()
        self.in_flight = 0  # requests being answered now
        self.most_in_flight = 0  # the most at any one time
        self.stop = threading.Event()  # set on exit: hanging and trickling answers end
        server = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                body = json.loads(self.rfile.read(length) or b"{}")
                scenario = self.path.strip("/").split("/")[0]
                with server.lock:
                    server.requests.append(
                        {
                            "scenario": scenario,
                            "path": self.path,
                            "headers": {k.lower(): v for k, v in self.headers.items()},
                            "body": body,
                            "received": time.monotonic(),
                        }
                    )
                    server.calls[scenario] = server.calls.get(scenario, 0) + 1
                    call = server.calls[scenario]
                    server.in_flight += 1
                    server.most_in_flight = max(server.most_in_flight, server.in_flight)
                # A client that stops reading (an answer past its cap) ends the answer quietly.
                try:
                    with contextlib.suppress(BrokenPipeError, ConnectionResetError):
                        if scenario == "unhurried":  # a valid answer after 0.4 s
                            time.sleep(0.4)
                        server.answer(self, scenario, call, body)
                finally:
                    with server.lock:
                        server.in_flight -= 1

            def log_message(self, *args: object) -> None:
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", port), Handler)
        self.port = self.httpd.server_address[1]
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    def base_url(self, scenario: str) -> str:
        return f"http://127.0.0.1:{self.port}/{scenario}/v1"

    def answer(
        self, handler: BaseHTTPRequestHandler, scenario: str, call: int, body: dict[str, Any]
    ) -> None:
        user = "\n".join(
            m.get("content") or "" for m in body.get("messages", []) if m.get("role") == "user"
        )
        reasked = len(body.get("messages", [])) > 2
        if scenario == "unauthorized":
            return _send(
                handler,
                401,
                {
                    "error": {
                        "message": "Incorrect API key provided.",
                        "type": "invalid_request_error",
                        "code": "invalid_api_key",
                    }
                },
            )
        if scenario == "error500":
            return _send(
                handler,
                500,
                {"error": {"message": "The server had an error.", "type": "server_error"}},
                {"retry-after-ms": "1"},
            )
        if scenario == "ratelimit" and call == 1:
            return _send(
                handler,
                429,
                {"error": {"message": "Rate limit reached.", "type": "rate_limit_error"}},
                {"retry-after": "0", "retry-after-ms": "1"},
            )
        if scenario == "unavailable":
            return _send(
                handler,
                503,
                {"error": {"message": "Service unavailable."}},
                {"retry-after-ms": "1"},
            )
        if scenario == "reset":
            handler.close_connection = True
            handler.connection.shutdown(2)
            return None
        if scenario == "slow":
            time.sleep(5)
        if scenario == "hang":
            self.stop.wait(30)
            return None
        if scenario == "trickle":
            return self._trickle(handler)
        if scenario in ("echo500", "echo400"):
            echoed = handler.headers.get("Authorization", "none")
            return _send(
                handler,
                int(scenario[-3:]),
                {"error": {"message": f"Rejected request with header Authorization: {echoed}"}},
                {"retry-after-ms": "1"},
            )
        if scenario == "retrylater":
            return _send(handler, 503, {"error": {"message": "Overloaded."}}, {"retry-after": "5"})
        if scenario == "slownever":
            time.sleep(0.8)
        if scenario == "huge":
            return _send_huge(handler, body, 20_000_000)
        if scenario == "stream_ignored":
            return _send(handler, 200, _completion(body, scripted_brief(user)))
        if scenario == "stream_refusal":
            return _stream(handler, {**body, "tools": []}, "I can't help with that request.")
        if scenario in ("stream_cut", "stream_length"):
            arguments = json.dumps(scripted_brief(user))
            return _stream(handler, body, arguments[: len(arguments) // 2], scenario[7:])
        if scenario == "truncated":
            data = json.dumps(_completion(body, scripted_brief(user))).encode()[:200]
            handler.send_response(200)
            handler.send_header("Content-Type", "application/json")
            handler.send_header("Content-Length", str(len(data)))
            handler.end_headers()
            handler.wfile.write(data)
            return None
        if scenario == "empty":
            return _send(handler, 200, _completion(body, {"headline": "Something happened"}))
        if scenario == "badargs":
            return _send(handler, 200, _completion(body, '{"headline": "x", "what": [{"te'))
        if scenario == "ignore":
            return _send(handler, 200, _completion(body, {"summary": "I wrote my own format."}))
        if scenario == "refusal":
            completion = _completion({**body, "tools": []}, "I can't help with that request.")
            return _send(handler, 200, completion)
        draft = scripted_brief(
            user,
            fabricate=(scenario == "reask" and not reasked) or scenario in ("never", "slownever"),
            unsupported=scenario == "unsupported",
        )
        if scenario == "longheadline":
            draft["headline"] = "Headline " * 555
        if scenario == "stream" or body.get("stream"):
            return _stream(handler, body, json.dumps(draft))
        return _send(handler, 200, _completion(body, draft))

    def _trickle(self, handler: BaseHTTPRequestHandler) -> None:
        handler.send_response(200)
        handler.send_header("Content-Type", "application/json")
        handler.send_header("Content-Length", "10000000")
        handler.end_headers()
        ends = time.monotonic() + 30  # a bound, so that a client that never gives up is seen
        try:
            while not self.stop.wait(0.2) and time.monotonic() < ends:
                handler.wfile.write(b" ")
                handler.wfile.flush()
        except OSError:  # the client gave up
            pass

    def __enter__(self) -> ScriptedServer:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop.set()
        self.httpd.shutdown()
        self.httpd.server_close()


def _send(
    handler: BaseHTTPRequestHandler,
    status: int,
    payload: dict[str, Any],
    headers: dict[str, str] | None = None,
) -> None:
    data = json.dumps(payload).encode()
    handler.send_response(status)
    handler.send_header("Content-Type", "application/json")
    handler.send_header("Content-Length", str(len(data)))
    for key, value in (headers or {}).items():
        handler.send_header(key, value)
    handler.end_headers()
    handler.wfile.write(data)


def _send_huge(handler: BaseHTTPRequestHandler, body: dict[str, Any], size: int) -> None:
    """A completion whose headline is `size` x's, written piece by piece: the server itself
    never holds it (a test measures the client's memory in the same process)."""
    data = json.dumps(_completion(body, {"headline": "@HEADLINE@", "what": []})).encode()
    head, tail = data.split(b"@HEADLINE@")
    piece = b"x" * 65_536
    handler.send_response(200)
    handler.send_header("Content-Type", "application/json")
    handler.send_header("Content-Length", str(len(head) + size + len(tail)))
    handler.end_headers()
    handler.wfile.write(head)
    for start in range(0, size, len(piece)):
        handler.wfile.write(piece[: size - start])
    handler.wfile.write(tail)


def _stream(
    handler: BaseHTTPRequestHandler, body: dict[str, Any], arguments: str, end: str = "finish"
) -> None:
    """Server-sent events; `end` is "finish" (a whole answer), "cut" (the connection closes
    after `arguments`) or "length" (finish_reason "length" after `arguments`)."""
    tools = body.get("tools") or []
    name = tools[0]["function"]["name"] if tools else "DraftBrief"
    handler.send_response(200)
    handler.send_header("Content-Type", "text/event-stream")
    handler.end_headers()

    def chunk(delta: dict[str, Any], finish: str | None = None) -> None:
        event = {
            "id": "chatcmpl-scripted",
            "object": "chat.completion.chunk",
            "created": 1_760_000_000,
            "model": body.get("model", "scripted"),
            "choices": [{"index": 0, "delta": delta, "finish_reason": finish}],
        }
        handler.wfile.write(f"data: {json.dumps(event)}\n\n".encode())

    pieces = [arguments[i : i + 400] for i in range(0, len(arguments), 400)]
    if tools:
        chunk(
            {
                "role": "assistant",
                "tool_calls": [
                    {
                        "index": 0,
                        "id": "call_scripted_1",
                        "type": "function",
                        "function": {"name": name, "arguments": ""},
                    }
                ],
            }
        )
        for piece in pieces:
            chunk({"tool_calls": [{"index": 0, "function": {"arguments": piece}}]})
        finish = "tool_calls"
    else:
        chunk({"role": "assistant", "content": ""})
        for piece in pieces:
            chunk({"content": piece})
        finish = "stop"
    if end == "cut":
        handler.wfile.flush()
        handler.close_connection = True
        return
    chunk({}, "length" if end == "length" else finish)
    if (body.get("stream_options") or {}).get("include_usage"):  # as OpenAI: a last chunk
        usage = {
            "prompt_tokens": SCRIPTED_PROMPT_TOKENS,
            "completion_tokens": len(pieces),
            "total_tokens": SCRIPTED_PROMPT_TOKENS + len(pieces),
        }
        event = {
            "id": "chatcmpl-scripted",
            "object": "chat.completion.chunk",
            "created": 1_760_000_000,
            "model": body.get("model", "scripted"),
            "choices": [],
            "usage": usage,
        }
        handler.wfile.write(f"data: {json.dumps(event)}\n\n".encode())
    handler.wfile.write(b"data: [DONE]\n\n")


@contextmanager
def scripted_server(port: int = 0) -> Iterator[ScriptedServer]:
    with ScriptedServer(port) as server:
        time.sleep(0.01)
        yield server


# The recorded exchanges: cassette name -> scripted scenario and the brief() arguments used.
# tests/record_cassettes.py records them; tests/test_llm_cassettes.py replays them.
CASSETTES: dict[str, dict[str, Any]] = {
    "llm_good": {"scenario": "good", "kwargs": {"mode": "tools"}},
    "llm_reask_fabricated_quote": {"scenario": "reask", "kwargs": {"mode": "tools"}},
    "llm_never_verifies": {"scenario": "never", "kwargs": {"mode": "tools"}},
    "llm_unsupported_citation": {"scenario": "unsupported", "kwargs": {"mode": "tools"}},
    "llm_rate_limited_then_ok": {"scenario": "ratelimit", "kwargs": {"mode": "tools"}},
    "llm_server_errors_fallback": {
        "scenario": "error500",
        "kwargs": {"mode": "tools", "http_retries": 1},
    },
    "llm_json_mode": {"scenario": "good", "kwargs": {"mode": "json"}},
    "llm_json_schema_mode": {"scenario": "good", "kwargs": {}},  # the loopback default
    "llm_stream": {"scenario": "stream", "kwargs": {"mode": "tools"}, "stream": True},
    "llm_unauthorized": {"scenario": "unauthorized", "kwargs": {"mode": "tools"}},
}
# Scenarios a real endpoint can serve as asked (faults cannot be ordered from one).
REAL_ENDPOINT_CASSETTES = ("llm_good", "llm_json_mode", "llm_json_schema_mode", "llm_stream")
RECORDING_PORT = 18080
RECORDING_KEY = "test-key-not-a-secret"
