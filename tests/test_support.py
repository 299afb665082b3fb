"""Corroboration that holds: evidence groups hold paraphrases only, a citation is printed only
where its words back its item, copies are folded without inventing who copied whom."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from summarise.cli import app
from summarise.config import resolve_settings
from summarise.evidence import build_evidence
from summarise.ingest import Article, load_articles
from summarise.pipeline import build_brief
from summarise.schema import (
    Actor,
    Citation,
    Claim,
    EventBrief,
    Grounding,
    Provenance,
    Reaction,
    Source,
    Statement,
    TimeRef,
)
from summarise.support import citation_support_problem, same_statement, support_problem
from summarise.verify import check_brief, ground_brief

DATA = Path(__file__).resolve().parent / "data"
TOPICS = sorted(path for path in (DATA / "multiling").iterdir() if path.is_dir())
SEEDS = Path(__file__).resolve().parent.parent / "seeds"

# Two sentences that share a long phrase ("12 fishermen ... detained by coast guards on May 4")
# and state different things: the first kind of error in issue 10.
SUSPEND = (
    "Ruritania's security council has announced that it will suspend the release of 12 "
    "fishermen detained by coast guards on May 4."
)
FREEZE = (
    "Norway has frozen all trade talks with Ruritania until all 12 fishermen, who were "
    "detained by coast guards on May 4, are released."
)
# The dispute in one sentence, and one side of it on its own: the second kind.
DISPUTE = (
    "Ruritania says the trawler was in Ruritanian waters while Norway insists it was fishing "
    "in Norwegian waters under a licence."
)
ONE_SIDE = (
    "Norway has maintained that the seized trawler was fishing in Norwegian waters under an "
    "international licence and has called for its crew to be freed."
)


def articles(*texts: str, dates: tuple[str | None, ...] = ()) -> list[Article]:
    records = [
        {"text": text, **({"published": dates[index]} if index < len(dates) else {})}
        for index, text in enumerate(texts)
    ]
    return load_articles(records).articles


def cite(article: Article, sentence: str) -> Citation:
    start = article.text.index(sentence)
    return Citation(source_id=article.id, quote=sentence, start=start, end=start + len(sentence))


def brief_of(**fields: object) -> EventBrief:
    return EventBrief(
        headline="Trawler seized",
        provenance=Provenance(engine="llm", grounding=Grounding(verified=True)),
        **fields,  # type: ignore[arg-type]
    )


# -- grouping: paraphrases only ------------------------------------------------------------


def test_a_shared_phrase_does_not_make_one_statement() -> None:
    assert not same_statement(SUSPEND, FREEZE)
    evidence = build_evidence(articles(SUSPEND, FREEZE))
    assert len(evidence.items) == 2


def test_wire_rewording_and_retranslation_still_group() -> None:
    wire = (
        "On Wednesday evening, a senior commander of the Falcon Brigade, an Iranian-backed "
        "group, was killed in a drone strike on a vehicle in east of Mosul, security sources said."
    )
    retranslated = (
        "On Wednesday night, a senior commander from the Falcon Brigade, an Iran-backed group, "
        "died in a drone strike on a vehicle in eastern Mosul, security sources said."
    )
    assert same_statement(wire, retranslated)
    evidence = build_evidence(articles(wire, retranslated))
    assert [item.source_ids for item in evidence.items] == [["S1", "S2"]]


@pytest.mark.parametrize(
    ("first", "second", "why"),
    [
        (
            "Police said 15 people were killed in the blast in the market.",
            "Police said 16 people were killed in the blast in the market.",
            "different figures",
        ),
        (
            "The minister said the army had entered the northern town of Kessa.",
            "The minister said the army had not entered the northern town of Kessa.",
            "different polarity",
        ),
        (
            "Rebels shelled the airport of Kessa on Monday, the army said.",
            "Rebels shelled the airport of Dorva on Monday, the army said.",
            "different places",
        ),
        (
            "The court found the guard guilty of abusing prisoners at the jail.",
            "The court found the guard guilty of abusing prisoners at the jail and sentenced "
            "him to ten years, a ruling his lawyers will appeal.",
            "the second adds claims of its own",
        ),
    ],
)
def test_sentences_that_differ_in_what_they_state_stay_apart(
    first: str, second: str, why: str
) -> None:
    assert not same_statement(first, second), why


def test_an_attribution_worded_differently_is_still_one_statement() -> None:
    assert same_statement(
        "The dam burst after three days of heavy rain, officials told Reuters.",
        "According to the regional governor, the dam burst after three days of heavy rain.",
    )


def test_labelled_pairs_precision_and_recall() -> None:
    """The hand-labelled pairs of tests/data (see its README): the grouping test must not put
    different statements together (precision) and should find most paraphrases (recall).
    `bench/grouping.py` prints the figures, old rule beside new."""
    lines = (DATA / "same_statement_pairs.jsonl").read_text(encoding="utf-8").splitlines()
    pairs = [json.loads(line) for line in lines if line]
    assert len(pairs) >= 300
    said = [same_statement(pair["a"]["text"], pair["b"]["text"]) for pair in pairs]
    truth = [pair["label"] == "same" for pair in pairs]
    true_positives = sum(s and t for s, t in zip(said, truth, strict=True))
    precision = true_positives / max(1, sum(said))
    recall = true_positives / max(1, sum(truth))
    assert precision >= 0.97
    assert recall >= 0.85


# -- support: a citation backs its item -----------------------------------------------------


def test_a_quote_sharing_a_phrase_does_not_support_the_statement() -> None:
    assert support_problem(SUSPEND, FREEZE) is not None
    assert support_problem(SUSPEND, SUSPEND) is None


def test_the_dispute_sentence_does_not_support_one_side_stated_on_its_own() -> None:
    problem = citation_support_problem(
        Reaction(speaker="Norway", statement=ONE_SIDE, citations=[_placeholder()]), DISPUTE
    )
    assert problem is not None and "words" in problem


def test_a_timeline_item_is_not_backed_by_an_unrelated_sentence() -> None:
    item = TimeRef(
        text="on Tuesday",
        date="2025-05-06",
        describes="Five coast guards were detained in the port of Vardo.",
        citations=[_placeholder()],
    )
    unrelated = (
        "The minister said the ministry was committed to implementing the recommendations of "
        "both inquiries."
    )
    assert citation_support_problem(item, unrelated) is not None
    assert (
        citation_support_problem(item, "Five coast guards were detained in Vardo on Tuesday.")
        is None
    )


def test_a_figure_or_name_missing_from_the_quote_is_named() -> None:
    assert support_problem("12 fishermen were detained", "Fishermen were detained") == (
        "the quote does not state 12"
    )
    assert support_problem("Troops of Ruritania detained them", "Troops detained them") == (
        "the quote does not name ruritania"
    )
    # A year the quote leaves to its report's date is not asked of it.
    assert support_problem("It happened on 27 January 2024", "It happened on January 27") is None


def test_names_are_matched_by_surname_alias_and_acronym() -> None:
    blair = Actor(name="Tony Blair", role="Prime Minister", citations=[_placeholder()])
    assert citation_support_problem(blair, "He was asking Mr Blair to drop the trial.") is None
    assert citation_support_problem(blair, "The Prime Minister spoke on Monday.") is not None
    us = Actor(name="United States", citations=[_placeholder()])
    assert citation_support_problem(us, "The US-led coalition has become a factor.") is None


def test_grounding_drops_an_exact_but_unsupporting_citation_and_lists_why() -> None:
    first, second = articles(SUSPEND, FREEZE)
    brief = brief_of(
        what=[Statement(text=SUSPEND, citations=[cite(first, SUSPEND), cite(second, FREEZE)])]
    )
    grounded = ground_brief(brief, {first.id: first.text, second.id: second.text})
    assert [c.source_id for c in grounded.what[0].citations] == ["S1"]
    assert grounded.provenance.grounding.unsupported == 1
    assert grounded.provenance.grounding.supported == 1
    assert grounded.provenance.grounding.dropped == 1
    dropped = grounded.provenance.dropped[-1]
    assert dropped.source_id == "S2" and "does not support its item" in dropped.reason


def test_an_item_left_with_no_supporting_citation_is_dropped_and_listed() -> None:
    first, second = articles(DISPUTE, ONE_SIDE)
    brief = brief_of(
        disputes=[],
        reactions=[
            Reaction(speaker="Norway", statement=ONE_SIDE, citations=[cite(first, DISPUTE)])
        ],
    )
    grounded = ground_brief(brief, {first.id: first.text, second.id: second.text})
    assert grounded.reactions == []
    assert any(d.kind == "reactions" for d in grounded.provenance.dropped)


def test_a_claim_is_backed_by_its_value_even_when_the_engine_words_the_statement() -> None:
    claim = Claim(
        statement="It happened on 27 January 2024", value="2024-01-27", citations=[_placeholder()]
    )
    assert citation_support_problem(claim, "It happened on January 27 near the border.") is None
    assert citation_support_problem(claim, "It happened on January 28 near the border.") is not None


@pytest.mark.parametrize("topic", [SEEDS, *TOPICS], ids=lambda path: path.name)
def test_every_printed_citation_supports_its_item(topic: Path) -> None:
    brief = build_brief([str(topic)], resolve_settings(environ={}))
    texts = {article.id: article.text for article in load_articles([str(topic)]).articles}
    assert check_brief(brief, texts) == []
    grounding = brief.provenance.grounding
    printed = len(brief.citations())
    assert grounding.supported == printed > 0
    assert grounding.exact + grounding.normalised + grounding.fuzzy == printed
    unsupported = [d for d in brief.provenance.dropped if "does not support" in d.reason]
    assert len(unsupported) == grounding.unsupported


# -- copies: folded, with a direction only where something shows it ------------------------


STORY = (
    "A trawler with 12 crew was seized by coast guards off Vardo on Monday. The crew were taken "
    "to the port and questioned for six hours. The owners said the boat had a valid licence. "
    "Norway summoned the ambassador of Ruritania over the seizure."
)


def test_copies_with_nothing_to_show_direction_are_undirected() -> None:
    evidence = build_evidence(articles(STORY, STORY))
    assert evidence.copies.copy_of == {"S1": None, "S2": None}
    assert evidence.copies.shared == {"S1": ["S2"], "S2": ["S1"]}
    assert evidence.independent_count(["S1", "S2"]) == 1


def test_an_earlier_publication_date_shows_the_original() -> None:
    evidence = build_evidence(articles(STORY, STORY, dates=("2025-05-06", "2025-05-05")))
    assert evidence.copies.copy_of == {"S1": "S2", "S2": None}
    assert evidence.copies.basis["S1"] == "the original was published earlier"


def test_an_agency_credit_shows_the_original() -> None:
    records = [
        {"text": f"OSLO (Nordwire) - {STORY}"},
        {"text": STORY, "outlet": "Nordwire"},
    ]
    evidence = build_evidence(load_articles(records).articles)
    assert evidence.copies.copy_of["S1"] == "S2"
    assert evidence.copies.basis["S1"] == "it credits Nordwire"


def test_seed_retranslation_is_grouped_statement_by_statement_as_a_copy_of_no_known_direction(
    seeds_brief: EventBrief,
) -> None:
    sources = {source.id: source for source in seeds_brief.sources}
    assert sources["S2"].copy_of is None and sources["S2"].same_text_as == ["S1"]
    assert sources["S1"].same_text_as == ["S2"]
    both = Citation(source_id="S1", quote="x", start=0, end=1)
    assert seeds_brief.independent_sources([both, both.model_copy(update={"source_id": "S2"})]) == 1


def test_rendered_sources_say_which_copied_which_only_when_known(seeds_brief: EventBrief) -> None:
    from summarise.rendering import render

    markdown = render(seeds_brief, "md")
    assert "shares most of its text with [1]; which copied which is not known" in markdown
    assert "largely repeats" not in markdown


# -- verify re-checks support ---------------------------------------------------------------


def test_verify_reports_a_citation_that_does_not_support_its_item(tmp_path: Path) -> None:
    first, second = articles(SUSPEND, FREEZE)
    brief = brief_of(
        what=[Statement(text=SUSPEND, citations=[cite(first, SUSPEND), cite(second, FREEZE)])],
        sources=[
            Source(id=first.id, text=first.text),
            Source(id=second.id, text=second.text),
        ],
    )
    saved = tmp_path / "brief.json"
    saved.write_text(brief.model_dump_json(), encoding="utf-8")
    result = CliRunner().invoke(app, ["verify", str(saved)])
    assert result.exit_code == 1
    assert "S2 does not support what" in result.stderr
    assert "1 of 2 citations do not hold" in result.stderr

    brief.what[0].citations = brief.what[0].citations[:1]
    saved.write_text(brief.model_dump_json(), encoding="utf-8")
    result = CliRunner().invoke(app, ["verify", str(saved)])
    assert result.exit_code == 0, result.stderr
    assert "exact slices" in result.stdout and "support their items" in result.stdout


def _placeholder() -> Citation:
    return Citation(source_id="S1", quote="x", start=0, end=1)
