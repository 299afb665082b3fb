"""Settings that depend on the endpoint: the mode and the deadline a local server gets."""

from __future__ import annotations

import pytest

from summarise.config import (
    DEFAULT_LOCAL_TIMEOUT_SECONDS,
    DEFAULT_TIMEOUT_SECONDS,
    is_local_endpoint,
    resolve_settings,
)


@pytest.mark.parametrize(
    "url",
    [
        "http://127.0.0.1:8080/v1",
        "http://localhost:11434/v1",
        "http://[::1]:8000/v1",
        "http://192.168.1.20:8000/v1",
        "http://10.0.0.5/v1",
        "http://gpu-box.local:8080/v1",
    ],
)
def test_a_server_on_this_machine_or_network_gets_json_schema_and_a_long_deadline(
    url: str,
) -> None:
    assert is_local_endpoint(url)
    settings = resolve_settings(engine="llm", base_url=url, environ={})
    assert settings.mode == "json_schema"
    assert settings.timeout == DEFAULT_LOCAL_TIMEOUT_SECONDS


@pytest.mark.parametrize("url", [None, "https://api.openai.com/v1", "https://openrouter.ai/api/v1"])
def test_a_hosted_api_gets_a_forced_tool_call_and_the_short_deadline(url: str | None) -> None:
    settings = resolve_settings(engine="llm", base_url=url, api_key="k", environ={})
    assert settings.mode == "tools"
    assert settings.timeout == DEFAULT_TIMEOUT_SECONDS


def test_an_explicit_mode_and_timeout_win() -> None:
    settings = resolve_settings(
        engine="llm", base_url="http://127.0.0.1:1/v1", mode="md-json", timeout=30, environ={}
    )
    assert (settings.mode, settings.timeout) == ("md_json", 30)


def test_the_base_url_from_the_environment_decides_too() -> None:
    settings = resolve_settings(environ={"OPENAI_BASE_URL": "http://localhost:8080/v1"})
    assert settings.mode == "json_schema"
