"""The real-model exchanges of the `local_*` cassettes, run live against llama.cpp's server
(`make test-local`; `make record-local` installs it). Not collected by `make test`: CI has no
local model and replays the recordings instead."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import pytest
from local_llm import LOCAL_CASSETTES, MODELS, cassette_spec, installed, llama_server

import summarise
from summarise.ingest import load_articles
from summarise.verify import check_brief

SEEDS = Path(__file__).resolve().parent.parent / "seeds"

if not installed():  # an explicit run of this file: say what is missing, do not skip quietly
    raise SystemExit("llama-server is not installed: run `make record-local` first")


@pytest.mark.parametrize("name", list(LOCAL_CASSETTES))
def test_a_real_small_model_ends_cleanly_within_its_deadline(name: str) -> None:
    spec = cassette_spec(name)
    kwargs: dict[str, Any] = dict(spec["kwargs"])  # type: ignore[arg-type]
    with llama_server(MODELS[str(spec["model"])]) as url:
        started = time.monotonic()
        event = summarise.brief(
            [SEEDS],
            engine="llm",
            base_url=url,
            on_partial=(lambda partial: None) if spec["stream"] else None,
            **kwargs,
        )
        elapsed = time.monotonic() - started
    assert elapsed <= kwargs["timeout"] + 30  # the deadline, and the offline brief after it
    texts = {a.id: a.text for a in load_articles([str(SEEDS)]).articles}
    assert check_brief(event, texts) == []
    if event.provenance.engine == "extractive":
        assert any("LLM engine failed" in w for w in event.provenance.warnings)
    assert event.provenance.usage.requests >= 1
