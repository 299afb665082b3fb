"""Hostile and broken input, provider faults, secrets and limits: each case ends in a valid
brief (with warnings or listed drops) or one clear error, never a traceback or a hang."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from scripted_llm import scripted_server
from typer.testing import CliRunner

import summarise
from summarise.cli import app
from summarise.config import Limits
from summarise.errors import InputError
from summarise.evidence import build_evidence
from summarise.ingest import canonical_text, load_articles
from summarise.verify import check_brief

ROOT = Path(__file__).resolve().parent.parent
SEEDS = str(ROOT / "seeds")
M001 = ROOT / "tests" / "data" / "multiling" / "M001"
runner = CliRunner()


def assert_exact(event: summarise.EventBrief, texts: dict[str, str]) -> None:
    assert check_brief(event, texts) == []
    assert event.provenance.grounding.verified


def brief_of_files(*paths: Path, **kwargs: Any) -> tuple[summarise.EventBrief, dict[str, str]]:
    event = summarise.brief([str(p) for p in paths], **kwargs)
    texts = {a.id: a.text for a in load_articles([str(p) for p in paths]).articles}
    return event, texts


# --- hostile and broken input ---------------------------------------------------------------


def test_a_20_mb_article_is_read_to_the_limit_with_a_warning(tmp_path: Path) -> None:
    real = "\n\n".join(p.read_text(encoding="utf-8") for p in sorted(M001.iterdir()))
    big = tmp_path / "big.txt"
    big.write_text((real + "\n\n") * (20_000_000 // len(real) + 1), encoding="utf-8")
    assert big.stat().st_size > 20_000_000
    event, texts = brief_of_files(big, Path(SEEDS) / "004_f8ed47e050e803db.txt")
    assert_exact(event, texts)
    assert any("only the first 1,000,000 were read" in w for w in event.provenance.warnings)
    cut = [d for d in event.provenance.dropped if d.kind == "beyond the length limit"]
    assert cut and "characters in all" in cut[0].text and len(cut[0].text) < 500


def test_5000_one_line_articles(tmp_path: Path) -> None:
    words = "flood river bridge mayor police rescue village storm road power".split()
    for n in range(5000):
        line = " ".join(words[(n + k) % len(words)] for k in range(8))
        (tmp_path / f"{n:05d}.txt").write_text(f"Report {n}: the {line} in Foo.\n")
    event = summarise.brief([str(tmp_path)])
    assert len(event.sources) == 5000 and event.what
    assert event.provenance.grounding.verified


def test_a_1_mb_line_without_punctuation(tmp_path: Path) -> None:
    words = "the flood reached the old bridge near Foo and rescue teams worked all night".split()
    line = " ".join(words[n % len(words)] for n in range(200_000))[:1_000_000]
    path = tmp_path / "line.txt"
    path.write_text(line)
    event, texts = brief_of_files(path)
    assert_exact(event, texts)
    assert all(len(c.quote) <= 2000 for c in event.citations())


@pytest.mark.parametrize(
    "raw",
    [
        "Floods hit Foo on Monday.\r\nTwelve people died, police said.\rRescue went on.\n",
        "\ufeffFloods hit Foo on Monday. Twelve people died, police said.",
        "Floods\u200b hit Foo\u200d on Monday.\x07 Twelve\x1b[31m people died, police said.",
        "فيضانات تضرب المدينة يوم الاثنين. لقي اثنا عشر شخصا حتفهم، بحسب الشرطة.",
        "Floods 🌊 hit Foo on Monday 😢. Twelve people died 🙏, police said.",
        "Mixed:\r\n\r\nFloods hit Foo on Monday.\n\rTwelve people died.\r\r\nPolice said so.",
    ],
    ids=[
        "crlf-and-cr",
        "bom",
        "zero-width-and-control",
        "right-to-left",
        "emoji",
        "mixed-newlines",
    ],
)
def test_odd_characters_keep_offsets_exact(tmp_path: Path, raw: str) -> None:
    path = tmp_path / "odd.txt"
    path.write_bytes(raw.encode("utf-8"))
    event, texts = brief_of_files(path, path)
    assert texts["S1"] == canonical_text(raw)
    assert_exact(event, texts)


def test_an_article_that_is_only_a_headline() -> None:
    event = summarise.brief(
        [{"text": "Earthquake strikes Foo"}, {"text": "Bridge collapses in Bar"}]
    )
    assert event.what and event.provenance.grounding.verified


def test_two_identical_articles_are_one_source_of_evidence(tmp_path: Path) -> None:
    text = (Path(SEEDS) / "004_f8ed47e050e803db.txt").read_text(encoding="utf-8")
    (tmp_path / "a.txt").write_text(text)
    (tmp_path / "b.txt").write_text(text)
    event = summarise.brief([str(tmp_path)])
    assert event.sources[1].same_text_as == ["S1"] and event.sources[1].copy_of is None
    assert all({c.source_id for c in s.citations} == {"S1", "S2"} for s in event.what)
    assert all(event.independent_sources(s.citations) == 1 for s in event.what)


def test_an_html_page_that_is_all_navigation(tmp_path: Path) -> None:
    page = tmp_path / "nav.html"
    page.write_text(
        "<html><body><nav><a href='/'>Home</a> | <a href='/w'>World</a></nav>"
        "<footer>© 2024</footer></body></html>"
    )
    result = runner.invoke(app, ["brief", str(page)])
    assert result.exit_code == 1 and "no article text" in result.stderr
    assert "Traceback" not in result.stderr


def test_jsonl_with_one_bad_line_names_it_and_briefs_the_rest(tmp_path: Path) -> None:
    good = json.dumps({"text": "Floods hit Foo on Monday, killing 12 people, police said."})
    path = tmp_path / "feed.jsonl"
    path.write_text("\n".join([good, '{"text": "unterminated', good, good]))
    result = runner.invoke(app, ["brief", str(path), "-f", "json"])
    assert result.exit_code == 0
    assert "line 2" in result.stderr
    assert len(json.loads(result.stdout)["sources"]) == 3


def test_limits_refuse_with_one_line(tmp_path: Path) -> None:
    for n in range(3):
        (tmp_path / f"{n}.txt").write_text("Floods hit Foo on Monday.")
    result = runner.invoke(app, ["brief", str(tmp_path), "--max-articles", "2"])
    assert result.exit_code == 1 and "--max-articles" in result.stderr
    result = runner.invoke(app, ["brief", str(tmp_path / "0.txt"), "--max-input-mb", "0.000001"])
    assert result.exit_code == 1 and "--max-input-mb" in result.stderr
    with pytest.raises(InputError, match="max-articles"):
        load_articles([str(tmp_path)], limits=Limits(max_articles=1))


# --- property-based --------------------------------------------------------------------------

TEXT = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=600)


@settings(max_examples=500, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXT)
def test_any_text_ingests_with_body_spans_inside_it(raw: str) -> None:
    try:
        (article,) = load_articles([{"text": raw}]).articles
    except InputError:
        assert not raw.strip() or True  # refusing (e.g. nothing but metadata) is allowed
        return
    assert article.text == canonical_text(raw)
    for span in article.body:
        assert 0 <= span.start < span.end <= len(article.text)


@settings(max_examples=500, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(TEXT, min_size=1, max_size=4))
def test_any_evidence_slices_back_and_never_counts_a_source_twice(raws: list[str]) -> None:
    try:
        articles = load_articles([{"text": raw} for raw in raws]).articles
    except InputError:
        return
    evidence = build_evidence(articles)
    for item in evidence.items:
        assert len(set(item.source_ids)) == len(item.source_ids)
        for ref in item.members:
            assert evidence.article(ref.source_id).text[ref.start : ref.end] == ref.text
            assert ref.text == ref.text.strip() and ref.text


# --- provider faults on a live local server ------------------------------------------------


@pytest.mark.parametrize(
    ("scenario", "engine", "says"),
    [
        ("ratelimit", "llm", None),
        ("error500", "extractive", "answered 500"),
        ("unavailable", "extractive", "answered 503"),
        ("reset", "extractive", "cannot reach"),
        ("slow", "extractive", "did not answer within 1 s"),
        ("truncated", "extractive", "never matched the brief's schema"),
        ("badargs", "extractive", "never matched the brief's schema"),
        ("ignore", "extractive", "never matched the brief's schema"),
        ("refusal", "extractive", "never matched the brief's schema"),
        ("never", "llm", "never verified after 3 attempts"),
    ],
)
def test_provider_faults_end_in_a_verified_brief(
    scenario: str, engine: str, says: str | None
) -> None:
    with scripted_server() as server:
        event = summarise.brief(
            [SEEDS], base_url=server.base_url(scenario), http_retries=1, timeout=1
        )
    assert event.provenance.engine == engine
    assert event.provenance.grounding.verified
    if says:
        assert any(says in warning for warning in event.provenance.warnings)


# --- secrets ---------------------------------------------------------------------------------

KEY = "sk-" + "proj-" + "Zq8" * 12  # built at run time: the repository holds no such string
SECRET = re.compile(r"sk-[A-Za-z0-9_\-]{20,}")


def test_the_key_never_appears_in_output_errors_logs_or_files(tmp_path: Path) -> None:
    outputs = []
    with scripted_server() as server:
        for scenario in ("good", "never", "error500", "unauthorized"):
            out = tmp_path / f"{scenario}.json"
            result = runner.invoke(
                app,
                [
                    "brief",
                    SEEDS,
                    "-f",
                    "json",
                    "-o",
                    str(out),
                    "--verbose",
                    "--api-key",
                    KEY,
                    "--base-url",
                    server.base_url(scenario),
                ],
            )
            outputs += [result.stdout, result.stderr]
            if out.exists():
                outputs.append(out.read_text(encoding="utf-8"))
        sent = [r["headers"].get("authorization") for r in server.requests]
    assert f"Bearer {KEY}" in sent  # the key did go where it was meant to
    for text in outputs:
        assert KEY not in text
    assert any("[redacted]" in text or "settings:" in text for text in outputs)


def test_no_secret_looking_string_in_the_repository() -> None:
    files = subprocess.run(["git", "ls-files"], cwd=ROOT, capture_output=True, text=True).stdout
    paths = [ROOT / name for name in files.split()] or list(ROOT.rglob("*.py"))
    for path in paths:
        if path.is_file() and path.stat().st_size < 5_000_000:
            text = path.read_text(encoding="utf-8", errors="replace")
            assert not SECRET.search(text), f"{path}: secret-looking string"


def test_provider_errors_carry_no_request_headers() -> None:
    with scripted_server() as server:
        result = runner.invoke(
            app,
            [
                "brief",
                SEEDS,
                "--no-fallback",
                "--api-key",
                KEY,
                "--base-url",
                server.base_url("error500"),
            ],
        )
    assert result.exit_code == 1
    assert KEY not in result.stderr and "authorization" not in result.stderr.lower()


def test_interrupt_free_cli_subprocess_has_no_traceback_on_bad_input(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    done = subprocess.run(
        [sys.executable, "-m", "summarise", "brief", str(empty)], capture_output=True, text=True
    )
    assert done.returncode == 1 and done.stderr.strip().count("\n") == 0
    assert "Traceback" not in done.stderr
