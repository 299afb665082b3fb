from summarise.evidence import EvidenceSet, build_evidence
from summarise.ingest import Article, load_articles


def articles(*texts: str) -> list[Article]:
    return load_articles([{"text": text} for text in texts]).articles


def test_rewrites_across_outlets_form_one_item_citing_both() -> None:
    evidence = build_evidence(
        articles(
            "Army spokesman Yahya Rasool said Thursday that repeated U.S. attacks in Iraq are "
            "pushing the government to end the coalition mission.",
            "Army spokesperson Yahya Rasool said on Thursday that repeated attacks by the US in "
            "Iraq are pushing the government to end the coalition's mission.",
        )
    )
    assert len(evidence.items) == 1
    assert evidence.items[0].source_ids == ["S1", "S2"]


def test_different_statements_stay_apart() -> None:
    evidence = build_evidence(
        articles(
            "The strike killed a commander of the militia in eastern Baghdad on Wednesday.",
            "Talks on the future of the coalition will resume on February 11, officials said.",
        )
    )
    assert len(evidence.items) == 2


def test_one_source_never_corroborates_itself() -> None:
    sentence = "The ministry said the dam had burst after three days of heavy rain."
    evidence = build_evidence(articles(f"{sentence} {sentence}"))
    assert all(len(set(item.source_ids)) == len(item.source_ids) for item in evidence.items)


def test_seed_retranslation_is_marked_as_a_copy(seeds_evidence: EvidenceSet) -> None:
    # Nothing in the seeds shows which of 000 and 001 came first: no direction is claimed.
    assert seeds_evidence.copies.shared["S2"] == ["S1"]
    assert seeds_evidence.copy_of["S2"] is None
    assert "S5" not in seeds_evidence.copies.shared
    # S1 and S2 repeat each other: together they are one independent source.
    assert seeds_evidence.independent_count(["S1", "S2"]) == 1
    assert seeds_evidence.independent_count(["S1", "S2", "S5"]) == 2


def test_near_duplicates_of_seeds_000_and_001_are_grouped(seeds_evidence: EvidenceSet) -> None:
    shared = [item for item in seeds_evidence.items if {"S1", "S2"} <= set(item.source_ids)]
    assert len(shared) >= 15
    for item in shared:
        texts = {ref.source_id: ref.text for ref in item.members}
        assert texts["S1"] != "" and texts["S2"] != ""


def test_ranking_puts_corroborated_statements_first() -> None:
    shared = "Floods in the northern valley have killed nine people and cut off four villages."
    lone = "Floods in the northern valley have closed the regional airport for a second day."
    evidence = build_evidence(
        articles(
            f"{lone} {shared}", f"Officials met on Monday. {shared}", f"{shared} Rain went on."
        )
    )
    top = evidence.ranked()[0]
    assert top.text == shared and top.independent == 3


def test_a_copy_adds_no_independent_source(seeds_evidence: EvidenceSet) -> None:
    # S2 re-translates S1: an item the two carry counts them once.
    for item in seeds_evidence.items:
        assert item.independent == len({"S1" if s == "S2" else s for s in item.source_ids})


def test_spans_are_exact(seeds_evidence: EvidenceSet) -> None:
    for item in seeds_evidence.items:
        for ref in item.members:
            assert seeds_evidence.article(ref.source_id).text[ref.start : ref.end] == ref.text
