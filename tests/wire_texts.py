"""Short wire-style texts made into the engine's inputs, for the tests that read one rule's
output on a case written for it (test_review_cases, test_kinds_of_error)."""

from __future__ import annotations

from summarise.evidence import EvidenceSet, build_evidence
from summarise.extractive.casualties import all_figures
from summarise.extractive.disputes import extract_disputes
from summarise.extractive.names import collect_entities
from summarise.extractive.when import dated_sentences
from summarise.ingest import load_articles
from summarise.schema import Dispute


def evidence_of(*articles: tuple[str, str], titles: tuple[str, ...] = ()) -> EvidenceSet:
    """The evidence of articles given as (text, published day), with their headlines if
    `titles` gives them (in order)."""
    records: list[dict[str, str]] = [{"text": text, "published": day} for text, day in articles]
    for record, title in zip(records, titles, strict=False):
        record["title"] = title
    return build_evidence(load_articles(records).articles)


def disputes_of(*articles: tuple[str, str], titles: tuple[str, ...] = ()) -> list[Dispute]:
    """The disputes the extractive engine finds in those articles (no entities given)."""
    evidence = evidence_of(*articles, titles=titles)
    return extract_disputes(evidence, all_figures(evidence), dated_sentences(evidence))


def disputes_with_names_of(*articles: tuple[str, str]) -> list[Dispute]:
    """The disputes found when the names of the articles are known, so that "he" and "His
    lawyer" can be told."""
    evidence = evidence_of(*articles)
    return extract_disputes(
        evidence, all_figures(evidence), dated_sentences(evidence), collect_entities(evidence)
    )
