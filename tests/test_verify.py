from hypothesis import given, settings
from hypothesis import strategies as st

from summarise.schema import Citation, EventBrief
from summarise.verify import check_brief, citation_problem, ground_brief, locate

SOURCE = "Rasool said the US-led coalition “has become a factor for instability”.\nIt hit a car."


def test_exact_normalised_and_fuzzy_matches_print_the_exact_slice() -> None:
    exact = locate(SOURCE, "It hit a car.")
    assert exact and exact.kind == "exact" and SOURCE[exact.start : exact.end] == "It hit a car."
    normalised = locate(SOURCE, 'coalition "has become a factor for instability"')
    assert normalised and normalised.kind == "normalised"
    assert (
        SOURCE[normalised.start : normalised.end]
        == "coalition “has become a factor for instability”"
    )
    fuzzy = locate(SOURCE, "Rasool said the US led coalition has become a factor of instability")
    assert fuzzy and fuzzy.kind == "fuzzy"
    assert SOURCE[fuzzy.start : fuzzy.end].startswith("Rasool said")


def test_a_fabricated_quote_is_not_found() -> None:
    assert locate(SOURCE, "The minister resigned in protest over the strike.") is None
    assert locate(SOURCE, "") is None


def brief_with(citations: list[Citation]) -> EventBrief:
    return EventBrief.model_validate(
        {
            "headline": "h",
            "what": [{"text": "x", "citations": [c.model_dump() for c in citations]}],
            "provenance": {"engine": "extractive", "grounding": {"verified": False}},
        }
    )


def test_ground_brief_repairs_offsets_and_drops_what_is_not_in_the_source() -> None:
    texts = {"S1": SOURCE}
    good = Citation(source_id="S1", quote="It hit a car.", start=0, end=13)  # wrong offsets
    fake = Citation(source_id="S1", quote="Nobody was hurt in the attack at all.", start=0, end=36)
    ghost = Citation(source_id="S9", quote="It hit a car.", start=0, end=13)
    grounded = ground_brief(brief_with([good, fake, ghost]), texts)
    (kept,) = grounded.what[0].citations
    assert SOURCE[kept.start : kept.end] == kept.quote == "It hit a car."
    assert grounded.provenance.grounding.dropped == 2
    assert grounded.provenance.grounding.verified
    assert {d.text for d in grounded.provenance.dropped} == {fake.quote, ghost.quote}


def test_an_item_without_any_verified_citation_is_dropped_and_listed() -> None:
    fake = Citation(
        source_id="S1", quote="Entirely invented sentence about nothing.", start=0, end=10
    )
    grounded = ground_brief(brief_with([fake]), {"S1": SOURCE})
    assert grounded.what == []
    assert any(d.kind == "what" for d in grounded.provenance.dropped)


def test_check_brief_reports_tampering(
    seeds_brief: EventBrief, seeds_texts: dict[str, str]
) -> None:
    assert check_brief(seeds_brief, seeds_texts) == []
    tampered = seeds_brief.model_copy(deep=True)
    tampered.what[0].citations[0].quote = "Something the source never said."
    assert len(check_brief(tampered, seeds_texts)) == 1


@settings(max_examples=500, deadline=None)
@given(st.text(min_size=1, max_size=300), st.data())
def test_locate_only_returns_spans_that_match(text: str, data: st.DataObject) -> None:
    start = data.draw(st.integers(0, len(text) - 1))
    end = data.draw(st.integers(start + 1, len(text)))
    quote = text[start:end]
    found = locate(text, quote)
    if quote.strip():
        assert found is not None and found.kind == "exact"
        assert text[found.start : found.end] == quote.strip()


@settings(max_examples=500, deadline=None)
@given(st.text(min_size=1, max_size=200), st.text(min_size=1, max_size=40), st.data())
def test_verify_never_accepts_a_quote_that_is_not_the_slice(
    text: str, quote: str, data: st.DataObject
) -> None:
    start = data.draw(st.integers(0, len(text) - 1))
    end = data.draw(st.integers(start + 1, len(text)))
    citation = Citation(source_id="S1", quote=quote, start=start, end=end)
    problem = citation_problem(citation, {"S1": text})
    assert (problem is None) == (text[start:end] == quote)
