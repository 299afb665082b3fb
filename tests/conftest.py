"""Shared fixtures: the project's own sample data, and briefs of it built once per session."""

from __future__ import annotations

from pathlib import Path

import pytest

from summarise.config import resolve_settings
from summarise.evidence import EvidenceSet, build_evidence
from summarise.ingest import load_articles
from summarise.pipeline import build_brief
from summarise.schema import EventBrief

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
MULTILING = Path(__file__).resolve().parent / "data" / "multiling" / "M001"


@pytest.fixture(autouse=True)
def _no_llm_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    """Tests never see a real key or endpoint from the developer's shell."""
    for name in ("OPENAI_API_KEY", "OPENAI_BASE_URL", "SUMMARISE_MODEL"):
        monkeypatch.delenv(name, raising=False)


@pytest.fixture(autouse=True)
def _own_cache(monkeypatch: pytest.MonkeyPatch, tmp_path_factory: pytest.TempPathFactory) -> None:
    """Briefs a test caches go to a folder of its own, never to the developer's cache."""
    monkeypatch.setenv("SUMMARISE_CACHE_DIR", str(tmp_path_factory.mktemp("cache")))


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    return SEEDS


@pytest.fixture(scope="session")
def seeds_evidence() -> EvidenceSet:
    return build_evidence(load_articles([str(SEEDS)]).articles)


@pytest.fixture(scope="session")
def seeds_brief() -> EventBrief:
    return build_brief([str(SEEDS)], resolve_settings(environ={}))


@pytest.fixture(scope="session")
def seeds_texts() -> dict[str, str]:
    return {article.id: article.text for article in load_articles([str(SEEDS)]).articles}


@pytest.fixture(scope="session")
def multiling_brief() -> EventBrief:
    return build_brief([str(MULTILING)], resolve_settings(environ={}, what_words=250))
