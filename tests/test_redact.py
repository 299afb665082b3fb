"""One redaction for every string that leaves the process (issue 9, entries 6 and 7)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

import summarise.llm
from summarise.cli import app
from summarise.errors import ProviderError
from summarise.redact import REDACTED, redact, strip_credentials

ROOT = Path(__file__).resolve().parent.parent
SEEDS = str(ROOT / "seeds")
KEY = "sk-" + "live-" + "Qx7" * 11  # built at run time: the repository holds no such string
runner = CliRunner()


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        (f"Incorrect API key provided: {KEY}.", KEY),
        (f"headers: Authorization: Bearer {KEY[3:]}", KEY[3:]),
        ("authorization: bearer abcdefghijklmnop", "abcdefghijklmnop"),
        ("Basic dXNlcjpwYXNzd29yZA== was refused", "dXNlcjpwYXNzd29yZA=="),
        ("cannot reach http://alice:hunter22@10.0.0.1:8080/v1", "hunter22"),
        ("https://bob:p%40ss@example.org/v1/chat", "p%40ss"),
        ("GET /v1/models?api_key=abc123def456&x=1", "abc123def456"),
        ("GET /v1/models?token=abc123def456", "abc123def456"),
        ("hf_" + "A1b2C3d4E5f6G7h8 in the log", "hf_A1b2C3d4E5f6G7h8"),
        ("ghp_" + "A1b2C3d4E5f6G7h8I9 leaked", "ghp_A1b2C3d4E5f6G7h8I9"),
    ],
)
def test_credentials_are_redacted_in_any_message(text: str, gone: str) -> None:
    cleaned = redact(text)
    assert gone not in cleaned and REDACTED in cleaned


def test_a_known_key_is_redacted_whatever_its_shape() -> None:
    odd_key = "my-local-server-key-42"  # no vendor prefix: only known because we were given it
    assert odd_key not in redact(f"the server said: {odd_key} is wrong", [odd_key])


@pytest.mark.parametrize(
    "text",
    [
        "The minister said 15 sailors were freed on Wednesday.",
        "see https://example.org/news/2024/02/08/story?page=2",
        "http://127.0.0.1:8080/v1 did not answer within 30 s",
        "a short key 'none' is never taken for a secret: none of them",
    ],
)
def test_ordinary_text_is_left_alone(text: str) -> None:
    assert redact(text, ["none"]) == text


def test_strip_credentials_removes_user_and_password() -> None:
    assert strip_credentials("http://u:secret@host:8080/v1") == "http://host:8080/v1"
    assert strip_credentials("http://host/v1") == "http://host/v1"


def test_a_provider_error_echoing_the_key_is_redacted_on_stderr_and_in_the_brief(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Whatever the LLM layer lets through, the pipeline and the CLI redact it at the edge."""

    def echoing(*args: object, **kwargs: object) -> None:
        raise ProviderError(
            f"http://user:pw-secret-99@host/v1 answered 500: bad request from Bearer {KEY}"
        )

    monkeypatch.setattr(summarise.llm, "llm_brief", echoing)
    out = tmp_path / "brief.json"
    result = runner.invoke(
        app,
        [
            "brief",
            SEEDS,
            "-f",
            "json",
            "-o",
            str(out),
            "--api-key",
            KEY,
            "--base-url",
            "http://user:pw-secret-99@127.0.0.1:9/v1",
            "--verbose",
        ],
    )
    assert result.exit_code == 0, result.stderr
    written = out.read_text(encoding="utf-8")
    warnings = json.loads(written)["provenance"]["warnings"]
    assert any("the LLM engine failed" in warning for warning in warnings)
    for text in (result.stderr, result.stdout, written):
        assert KEY not in text and "pw-secret-99" not in text
    assert REDACTED in result.stderr
