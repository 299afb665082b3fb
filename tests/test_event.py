"""The main event, told in order: `what` follows the days things were reported, and the headline
is the main event's, not a side story's (issue 11), on texts written here."""

from __future__ import annotations

from datetime import date

import summarise
from summarise.evidence import build_evidence
from summarise.extractive import headline
from summarise.extractive.what import time_order
from summarise.ingest import load_articles

CAPTURE = "Border guards seized twelve fishermen and their boat off the northern cape on Monday."
CHARGES = "A court said the twelve fishermen could face charges of illegal fishing, a website said."
RELEASE = "The twelve fishermen were freed on Friday and flown home, the foreign ministry said."


def test_what_is_told_in_the_order_it_was_reported() -> None:
    evidence = build_evidence(
        load_articles(
            [
                {"text": RELEASE, "published": "2023-06-09"},
                {"text": CAPTURE, "published": "2023-06-05"},
                {"text": CHARGES, "published": "2023-06-07"},
            ]
        ).articles
    )
    ordered = time_order(evidence, list(reversed(evidence.ranked())))
    assert [item.text for item in ordered] == [CAPTURE, CHARGES, RELEASE]


def test_the_headline_is_the_main_event_not_a_later_side_story() -> None:
    body = f"{CAPTURE} The owners said the twelve fishermen had a licence. {CHARGES}"
    reports = [
        {"title": "Twelve fishermen held: could face charges", "published": "2023-06-07"},
        {"title": "Border guards seize fishing boat off the cape", "published": "2023-06-05"},
        {"title": "Twelve fishermen could be charged, site says", "published": "2023-06-08"},
    ]
    evidence = build_evidence(
        load_articles([{**report, "text": body} for report in reports]).articles
    )
    assert headline(evidence, [], date(2023, 6, 5)) == reports[1]["title"]


def test_a_brief_of_reports_over_several_days_reads_in_time_order() -> None:
    event = summarise.brief(
        [
            {"text": f"{RELEASE} {CAPTURE}", "published": "2023-06-09"},
            {"text": CAPTURE, "published": "2023-06-05"},
            {"text": f"{CHARGES} {CAPTURE}", "published": "2023-06-07"},
        ],
        engine="extractive",
    )
    texts = [statement.text for statement in event.what]
    positions = [texts.index(t) for t in (CAPTURE, CHARGES, RELEASE) if t in texts]
    assert len(positions) >= 2 and positions == sorted(positions)


def test_a_wire_dateline_is_not_part_of_a_statement() -> None:
    from summarise.extractive.common import without_dateline

    assert without_dateline("TEXAS, US – A court found him guilty.") == "A court found him guilty."
    assert without_dateline("BAGHDAD (Reuters) - Iraq denounced it.") == "Iraq denounced it."
    assert without_dateline("The UN – and others – said so.") == "The UN – and others – said so."
    assert without_dateline("London, England — The crowds came.") == "The crowds came."
    assert without_dateline("Tony Blair — tired — spoke.") == "Tony Blair — tired — spoke."


def test_the_place_of_a_dateline_in_capitals_is_where() -> None:
    event = summarise.brief(
        [
            {"text": "TEXAS, US – A court martial found the soldier guilty on Friday."},
            {"text": "A military jury found the soldier guilty on Friday, the Army said."},
        ],
        engine="extractive",
    )
    places = {place.name: place.detail for place in event.where}
    assert places.get("Texas") == "US state, United States"
    assert "TEXAS" not in places


def test_a_capital_in_a_wire_dateline_is_not_taken_for_where_it_happened() -> None:
    event = summarise.brief(
        [
            {"text": "LIMA (Reuters) - A strong earthquake struck Peru on Tuesday, police said."},
            {"text": "LIMA (Reuters) - Rescuers searched for survivors on Tuesday in Ica."},
            {"text": "Most homes in Ica collapsed on Tuesday, officials said."},
        ],
        engine="extractive",
    )
    assert event.where[0].name != "Lima"


def test_places_of_an_earlier_event_come_after_the_event_s_own() -> None:
    """Every report recalls an earlier blast in Jigawa State; the blast itself was in Lokoja,
    Kogi State: the earlier event's places are listed last, if at all."""
    earlier = (
        "More than 150 people died in October 2024 when a tanker exploded at Majiya in Jigawa "
        "State, and at least 98 were killed at Dikko junction in Niger State in January 2025."
    )
    event = summarise.brief(
        [
            {
                "text": "A fuel tanker exploded near Lokoja in Kogi State on Wednesday, killing "
                f"23 people, police said. {earlier}",
                "published": "2026-02-11",
            },
            {
                "text": "The toll from the tanker blast in Lokoja rose to 31 on Wednesday, "
                f"officials in Kogi State said. {earlier}",
                "published": "2026-02-11",
            },
            {
                "text": f"Mourners gathered in Lokoja on Saturday for the victims. {earlier}",
                "published": "2026-02-14",
            },
        ],
        engine="extractive",
    )
    names = [place.name for place in event.where]
    assert names[0] == "Lokoja"
    for background in ("Jigawa State", "Majiya", "Niger State"):
        if background in names:
            assert names.index(background) > names.index("Kogi State"), names


def test_a_kind_of_place_after_an_indefinite_article_names_no_place() -> None:
    """'a Dungan village' says what Masanchi is like; it is no place called Dungan."""
    event = summarise.brief(
        [
            {
                "text": "In Masanchi, a Dungan village about 30 km from Kordai, mourners stood in "
                "the snow on Friday for the funeral of a driver killed in the blizzard."
            },
            {"text": "The blizzard near Kordai killed 14 people on Tuesday, officials said."},
        ],
        engine="extractive",
    )
    assert "Dungan" not in {place.name for place in event.where}


def test_a_regional_newspaper_is_neither_the_region_nor_an_actor() -> None:
    event = summarise.brief(
        [
            {
                "text": "The blizzard in Zhambyl region killed 14 people on Tuesday, officials in "
                "Zhambyl said, the Zhambyl Courier reported."
            },
            {
                "text": "Rescuers in Zhambyl region freed 300 drivers, the Zhambyl Courier said on "
                "Wednesday. Officials in Zhambyl said the road was closed."
            },
        ],
        engine="extractive",
    )
    assert "Zhambyl Courier" not in {place.name for place in event.where}
    assert "Zhambyl Courier" not in {actor.name for actor in event.who}


def test_datelines_in_running_case_are_no_statement_words_nor_actors() -> None:
    """'Port Moresby, Feb 20 (EFE).-' and 'Lokoja (Nigeria) (AFP) -': where the report was
    filed, kept out of `what`; "Feb" and "Xinhua" are no actors or places."""
    event = summarise.brief(
        [
            {
                "text": "Port Moresby, Feb 20 (EFE).- The authorities raised this Friday to 85 "
                "the number of dead by the landslide in Enga province.",
                "published": "2026-02-20",
            },
            {
                "text": "Lokoja (Nigeria) (AFP) - Rescuers recovered more bodies from the "
                "landslide in Enga province on Friday, officials said.",
                "published": "2026-02-20",
            },
            {
                "text": "Wabag (Xinhua) - Eighty-five people were killed in the landslide in Enga "
                "province, officials said on Friday.",
                "published": "2026-02-20",
            },
        ],
        engine="extractive",
    )
    assert not any("(EFE)" in s.text or "(AFP)" in s.text for s in event.what)
    names = {a.name for a in event.who} | {p.name for p in event.where}
    assert not any("Feb" in name or name == "Xinhua" for name in names), names


def test_a_next_day_dateline_is_when_the_report_was_filed_not_the_event_s_day() -> None:
    """'KANO, Nigeria, June 10 (Reuters) - ... exploded ... on Monday': the blast was on Monday
    9 June, and its toll is the event's, not an earlier one's."""
    event = summarise.brief(
        [
            {
                "text": "KANO, Nigeria, June 10 (Reuters) - A fuel tanker exploded on a highway "
                "in Kano on Monday, killing 18 people, police said. Residents said dozens were "
                "injured.",
                "published": "2025-06-10",
                "outlet": "Reuters",
            }
        ],
        engine="extractive",
    )
    (toll,) = [c for c in event.casualties if c.count == 18]
    assert not toll.background
    assert event.when[0].date == "2025-06-09"
