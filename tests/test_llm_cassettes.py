"""The LLM engine against recorded exchanges (cassettes/), replayed with no network.

Every test replays one cassette with record mode "none" (an unrecorded request fails the test)
and checks that every recorded interaction was played. See cassettes/README.md for how each
cassette was made.
"""

from __future__ import annotations

import json
import re
import socket
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import vcr
import yaml
from local_llm import LOCAL_CASSETTES, cassette_spec
from scripted_llm import CASSETTES, FABRICATED, SCRIPTED_PROMPT_TOKENS

import summarise
from summarise.errors import ConfigurationError
from summarise.verify import check_brief

ROOT = Path(__file__).resolve().parent.parent
CASSETTE_DIR = ROOT / "cassettes"
SEEDS = str(ROOT / "seeds")
SECRET = re.compile(
    r"(?i)\b(authorization|set-cookie|cookie|openai-organization|openai-project)\b\s*:"
    r"|sk-[A-Za-z0-9_\-]{12,}|bearer\s+[A-Za-z0-9._\-]{12,}|test-key-not-a-secret"
)


@pytest.fixture(autouse=True)
def _no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    """Replays only: any real connection attempt fails the test."""

    def refuse(self: socket.socket, address: Any) -> None:
        raise AssertionError(f"network access attempted during a cassette test: {address}")

    monkeypatch.setattr(socket.socket, "connect", refuse)


def recorded_base_url(name: str) -> str:
    data = yaml.safe_load((CASSETTE_DIR / f"{name}.yaml").read_text(encoding="utf-8"))
    uri = data["interactions"][0]["request"]["uri"]
    return uri.rsplit("/chat/completions", 1)[0]


@pytest.fixture
def replay() -> Iterator[Any]:
    cassettes: list[Any] = []

    def play(name: str, **overrides: Any) -> summarise.EventBrief:
        spec = CASSETTES[name] if name in CASSETTES else cassette_spec(name)
        player = vcr.VCR(cassette_library_dir=str(CASSETTE_DIR), record_mode="none")
        kwargs: dict[str, Any] = {**spec["kwargs"], **overrides}
        stream = spec.get("stream", False)
        with player.use_cassette(f"{name}.yaml") as cassette:
            cassettes.append(cassette)
            return summarise.brief(
                [SEEDS],
                engine="llm",
                base_url=recorded_base_url(name),
                api_key="replay-key",
                on_partial=(lambda partial: None) if stream else None,
                **kwargs,
            )

    yield play
    for cassette in cassettes:
        assert cassette.all_played, f"{cassette._path}: not every recorded interaction was played"


def _articles() -> list[Any]:
    from summarise.ingest import load_articles

    return load_articles([SEEDS]).articles


def assert_grounded(event: summarise.EventBrief) -> None:
    source_texts = {a.id: a.text for a in _articles()}
    assert check_brief(event, source_texts) == []
    assert event.provenance.grounding.verified
    # A fabricated quote may be named in provenance.dropped, never printed as a citation.
    assert all(FABRICATED not in citation.quote for citation in event.citations())


def test_good_brief_is_one_request_and_fully_grounded(replay: Any) -> None:
    event = replay("llm_good")
    assert event.provenance.engine == "llm"
    assert event.provenance.prompt_version == "brief-v2"
    assert event.provenance.usage.requests == 1
    assert event.provenance.usage.input_tokens > 0
    assert event.what and event.who and event.casualties
    assert_grounded(event)
    # Items the model cites from grouped evidence cite every outlet that carries them.
    assert any(len({c.source_id for c in s.citations}) > 1 for s in event.what)


def test_fabricated_quote_is_reasked_and_never_printed(replay: Any) -> None:
    event = replay("llm_reask_fabricated_quote")
    assert event.provenance.usage.requests == 2
    assert_grounded(event)


def test_answer_that_never_verifies_drops_the_item_and_lists_it(replay: Any) -> None:
    event = replay("llm_never_verifies")
    assert event.provenance.usage.requests == 3
    assert_grounded(event)
    unverified = [d for d in event.provenance.dropped if d.reason.startswith("did not verify")]
    assert len(unverified) == 1 and "not in evidence" in unverified[0].reason
    assert any("never verified" in w for w in event.provenance.warnings)


def test_exact_quote_that_does_not_support_its_item_is_dropped_and_listed(replay: Any) -> None:
    event = replay("llm_unsupported_citation")
    assert event.provenance.usage.requests == 1  # an unsupporting quote is dropped, not re-asked
    assert_grounded(event)
    grounding = event.provenance.grounding
    unsupported = [d for d in event.provenance.dropped if "does not support its item" in d.reason]
    assert grounding.unsupported == len(unsupported) >= 1
    assert grounding.supported == len(event.citations())
    # The statement keeps the citation that states it, loses the one that says something else.
    first = event.what[0]
    assert first.citations
    assert all(d.text not in {c.quote for c in first.citations} for d in unsupported)
    assert all(d.reason.startswith("does not support its item (what") for d in unsupported)


def test_good_answers_lose_no_citation_to_the_support_check(replay: Any) -> None:
    for name in ("llm_good", "llm_json_mode", "llm_reask_fabricated_quote"):
        assert replay(name).provenance.grounding.unsupported == 0, name


def test_rate_limit_is_retried_by_the_client(replay: Any) -> None:
    event = replay("llm_rate_limited_then_ok")
    assert event.provenance.engine == "llm"
    assert event.provenance.usage.requests == 2  # the 429 was a request too
    assert_grounded(event)


def test_repeated_server_errors_fall_back_to_the_extractive_brief(replay: Any) -> None:
    event = replay("llm_server_errors_fallback")
    assert event.provenance.engine == "extractive"
    assert any("LLM engine failed" in w and "500" in w for w in event.provenance.warnings)
    # What the failed exchange spent is still reported: a request and its one retry.
    assert event.provenance.usage.requests == 2
    assert_grounded(event)


def test_json_mode(replay: Any) -> None:
    event = replay("llm_json_mode")
    assert event.provenance.engine == "llm" and event.what
    assert_grounded(event)


def recorded_requests(name: str) -> list[dict[str, Any]]:
    data = yaml.safe_load((CASSETTE_DIR / f"{name}.yaml").read_text(encoding="utf-8"))
    return [json.loads(i["request"]["body"]) for i in data["interactions"]]


def test_json_schema_mode_is_the_default_for_a_local_server(replay: Any) -> None:
    event = replay("llm_json_schema_mode")  # no mode given: the loopback URL picks it
    assert event.provenance.engine == "llm" and event.what
    assert_grounded(event)
    (request,) = recorded_requests("llm_json_schema_mode")
    assert request["response_format"]["type"] == "json_schema"
    assert request["response_format"]["json_schema"]["name"] == "DraftBrief"
    assert "what" in request["response_format"]["json_schema"]["schema"]["properties"]
    assert "tools" not in request and "max_tokens" in request


def test_tools_mode_forces_the_call_with_a_string_a_local_server_accepts() -> None:
    for request in recorded_requests("llm_good"):
        assert request["tool_choice"] == "required"
        assert [tool["function"]["name"] for tool in request["tools"]] == ["DraftBrief"]


def test_streamed_answer(replay: Any) -> None:
    event = replay("llm_stream")
    assert event.provenance.engine == "llm" and event.what
    # The server's own counts, asked for with stream_options.include_usage.
    (request,) = recorded_requests("llm_stream")
    assert request["stream_options"] == {"include_usage": True}
    assert event.provenance.usage.input_tokens == SCRIPTED_PROMPT_TOKENS
    assert_grounded(event)


def test_unauthorized_is_a_configuration_error_not_a_fallback(replay: Any) -> None:
    with pytest.raises(ConfigurationError, match=r"refused the API key \(401\)"):
        replay("llm_unauthorized")


def test_every_cassette_is_replayed_by_a_test() -> None:
    recorded = {path.stem for path in CASSETTE_DIR.glob("*.yaml")}
    assert recorded == set(CASSETTES) | set(LOCAL_CASSETTES)


@pytest.mark.parametrize("path", sorted(CASSETTE_DIR.glob("*.yaml")), ids=lambda p: p.name)
def test_no_secret_in_cassettes(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    data = yaml.safe_load(text)
    for interaction in data["interactions"]:
        for side in ("request", "response"):
            headers = {name.lower() for name in interaction[side].get("headers", {})}
            assert not headers & {
                "authorization",
                "cookie",
                "set-cookie",
                "openai-organization",
                "openai-project",
            }, f"{path.name}: {side} header not scrubbed"
    match = SECRET.search(text)
    assert match is None, f"{path.name}: secret-looking text {match.group(0)!r}"


def test_cassette_readme_describes_every_cassette() -> None:
    readme = (CASSETTE_DIR / "README.md").read_text(encoding="utf-8")
    for name in CASSETTES:
        assert f"`{name}.yaml`" in readme
    assert "scripted" in readme


def test_recorded_bodies_are_json() -> None:
    for path in CASSETTE_DIR.glob("*.yaml"):
        for interaction in yaml.safe_load(path.read_text(encoding="utf-8"))["interactions"]:
            json.loads(interaction["request"]["body"])


# -- a real model: llama.cpp's server with SmolLM2-135M and Gemma 3 270M (cassettes/README.md) --


def recorded_answers(name: str) -> list[dict[str, Any]]:
    """The server's answers as recorded: a completion, or the events of a stream."""
    data = yaml.safe_load((CASSETTE_DIR / f"{name}.yaml").read_text(encoding="utf-8"))
    answers = []
    for interaction in data["interactions"]:
        body = interaction["response"]["body"]["string"]
        body = body.decode("utf-8") if isinstance(body, bytes) else body
        if body.lstrip().startswith("{"):
            answers.append(json.loads(body))
        else:  # server-sent events
            events = [line[6:] for line in body.splitlines() if line.startswith("data: {")]
            answers.append({"events": [json.loads(event) for event in events]})
    return answers


@pytest.mark.parametrize("name", sorted(LOCAL_CASSETTES))
def test_a_real_small_model_ends_cleanly_and_nothing_unverified_is_printed(
    replay: Any, name: str
) -> None:
    event = replay(name)
    assert_grounded(event)
    requests = recorded_requests(name)
    # Every request bounded its answer, and none was sent again after a cut-off answer.
    assert all(request["max_tokens"] == 4096 for request in requests)
    assert event.provenance.usage.requests == len(requests) <= 2  # 1 re-ask at most
    if event.provenance.engine == "extractive":  # the fallback says what happened, in words
        (failed,) = [w for w in event.provenance.warnings if "LLM engine failed" in w]
        assert "Error" not in failed.split("(", 1)[0]  # no exception class for a reason
        assert f"after {len(requests)} request(s)" in failed


def test_llama_server_takes_the_draft_schema_with_the_prompts_evidence_ids() -> None:
    for name in ("local_smollm2_json_schema", "local_gemma3_json_schema"):
        for request in recorded_requests(name):
            schema = request["response_format"]["json_schema"]["schema"]
            ids = json.dumps(schema)
            assert '"enum": ["E1", "E2"' in ids  # grammar-enforced: only ids in the prompt
            assert "tools" not in request


def test_llama_server_accepts_tool_choice_as_a_string() -> None:
    (request,) = recorded_requests("local_smollm2_tools")
    assert request["tool_choice"] == "required"
    (answer,) = recorded_answers("local_smollm2_tools")
    # Accepted (a 200, not the 400 an object gets), but SmolLM2 wrote prose, not a tool call,
    # until the 4,096-token cap: with no grammar a small model does not follow the schema.
    choice = answer["choices"][0]
    assert not choice["message"].get("tool_calls") and choice["message"]["content"]
    assert choice["finish_reason"] == "length"
    assert answer["usage"]["completion_tokens"] == 4096


def test_a_small_model_without_a_grammar_runs_until_the_context_is_full_once() -> None:
    (request,) = recorded_requests("local_smollm2_json")  # cut off: not re-asked, not re-sent
    assert request["response_format"] == {"type": "json_object"}
    (answer,) = recorded_answers("local_smollm2_json")
    assert answer["choices"][0]["finish_reason"] == "length"
    # JSON mode puts the schema in the prompt (4,449 tokens): the answer filled the server's
    # 8,192-token context before the 4,096-token cap.
    assert answer["usage"]["total_tokens"] == 8192 > answer["usage"]["prompt_tokens"] + 3000


def test_a_stream_from_llama_server_carries_its_own_token_counts(replay: Any) -> None:
    event = replay("local_smollm2_stream")
    requests = recorded_requests("local_smollm2_stream")
    assert all(r["stream"] and r["stream_options"] == {"include_usage": True} for r in requests)
    counted = 0
    for answer in recorded_answers("local_smollm2_stream"):
        usage = [e["usage"] for e in answer["events"] if e.get("usage")]
        counted += usage[-1]["prompt_tokens"]
    assert event.provenance.usage.input_tokens == counted  # the server's, not our tokenizer's
