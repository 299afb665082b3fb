"""Kinds of error read in unseen clusters (a gondola fall, a night collision on a river), each
tested on short texts written here in wire style (no real events)."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from wire_texts import disputes_of, disputes_with_names_of, evidence_of

import summarise
from summarise import nlp
from summarise.dates import TimeExpression, clock_minutes, find_durations, find_time_expressions
from summarise.evidence import SentenceRef
from summarise.extractive.casualties import all_figures, figure_voice, included_parts, is_part
from summarise.extractive.common import dangling, dateline, mostly_quoted
from summarise.extractive.disputes import (
    Account,
    Quantity,
    _a_count_told_again,
    _Antecedents,
    _causes_in,
    _quantity_claim,
    _same_voice,
    _the_same_denial,
    accounts_in,
    amounts_compatible,
)
from summarise.extractive.disputes import find_quantities as _find_quantities
from summarise.extractive.names import _role, collect_entities
from summarise.extractive.reactions import _clean_role, extract_reactions
from summarise.extractive.what import extract_what
from summarise.schema import Citation, Claim, Dispute

_evidence = evidence_of
_disputes = disputes_of


def _shown(found: list[Dispute]) -> list[tuple[str, list[str | None]]]:
    """The disputes as a reader sees them, topic and values: what a failing test prints."""
    return [(d.topic, [c.value for c in d.claims]) for d in found]


def _kinds_and_counts(*articles: tuple[str, str]) -> list[tuple[str, int]]:
    """The casualty figures the articles give, as (kind, count), sorted."""
    return sorted((f.kind, f.count) for f in all_figures(_evidence(*articles)))


def _brief(*articles: tuple[str, str]) -> summarise.EventBrief:
    return summarise.brief(
        [{"text": text, "published": day} for text, day in articles], engine="extractive"
    )


# --- figures ---------------------------------------------------------------------------------


def test_a_body_that_lists_the_dead_gives_the_figure() -> None:
    evidence = _evidence(
        ("Port officials still list 12 dead and four missing after the ferry fire.", "2025-06-03")
    )
    assert {(f.kind, f.count, f.attributed_to) for f in all_figures(evidence)} == {
        ("killed", 12, "Port officials"),
        ("missing", 4, "Port officials"),
    }


def test_more_than_one_says_only_that_there_were_some() -> None:
    assert amounts_compatible(1, "more than", 6, None)
    assert amounts_compatible(1, "at least", 9, None)
    assert not amounts_compatible(2, None, 6, None)


def test_a_charge_of_deaths_of_more_than_one_person_is_no_side_of_the_toll() -> None:
    found = _disputes(
        (
            "KAPRUN, Austria, March 3 (Reuters) - A chairlift seat fell at Kaprun on Monday. The "
            "lift's manager was charged with negligence resulting in the deaths of more than one "
            "person, prosecutors said. The regional rescue service counts six dead. The "
            "Tauern clinic counts seven dead, including a skier who died on Wednesday night.",
            "2025-03-06",
        )
    )
    tolls = [d for d in found if "killed" in d.topic]
    assert len(tolls) == 1
    assert sorted(claim.value or "" for claim in tolls[0].claims) == ["6", "7"]


def test_a_man_who_had_been_rescued_and_died_is_a_death() -> None:
    evidence = _evidence(
        (
            "The city hospital said on Friday that a 70-year-old man who had been rescued from "
            "the flooded metro station died of a heart attack on Thursday night.",
            "2025-07-04",
        )
    )
    assert [(f.kind, f.count) for f in all_figures(evidence)] == [("killed", 1)]


# --- dates and times -------------------------------------------------------------------------


def test_a_term_in_custody_is_not_how_long_the_event_lasted() -> None:
    assert not find_durations(
        "A court ordered the driver held in pre-trial detention for three months."
    )
    assert not find_durations("The judge remanded the pilot in custody for one month.")
    assert [
        d.iso for d in find_durations("The miners spent 13 days of captivity underground.")
    ] == ["P13D"]


def test_a_day_of_last_week_is_in_the_week_before() -> None:
    friday = date(2025, 10, 10)
    found = find_time_expressions("The barge sank at dawn on Tuesday of last week.", friday)
    assert [(e.text, e.iso) for e in found] == [("on Tuesday of last week", "2025-09-30")]
    found = find_time_expressions("He was arrested on Thursday last week.", friday)
    assert [e.iso for e in found] == ["2025-10-02"]
    found = find_time_expressions("The barge sank on Tuesday.", friday)
    assert [e.iso for e in found] == ["2025-10-07"]


def test_noon_and_midnight_are_clock_times() -> None:
    assert clock_minutes("noon") == 720
    assert clock_minutes("midnight") == 0
    brief = _brief(
        (
            "ZERMATT, Switzerland, Jan 14 (Reuters) - A cable car cabin fell shortly before noon "
            "on Tuesday at Zermatt, killing two skiers, police said.",
            "2025-01-14",
        ),
        (
            "ZERMATT, Switzerland (AP) - A cabin fell shortly before noon on Tuesday at the "
            "Zermatt resort, killing two people.",
            "2025-01-14",
        ),
    )
    assert any("noon" in time.text for time in brief.when)


def test_a_participle_left_without_its_date_is_not_a_timeline_entry() -> None:
    brief = _brief(
        (
            "SZEGED, Hungary, May 5 (Reuters) - The Tisza Star, a river boat built in 1971, sank "
            "near Szeged on Monday, and three passengers drowned, police said.",
            "2025-05-05",
        ),
    )
    assert not any(time.describes.rstrip(".").endswith("built") for time in brief.when), [
        t.describes for t in brief.when
    ]


# --- names and places ------------------------------------------------------------------------


def test_a_dateline_with_a_date_in_figures_is_not_part_of_the_statement() -> None:
    found = dateline("Łódź, 12.03.2026 (PAP) - Two residents died in the fire.")
    assert found is not None and found.group(0) == "Łódź, 12.03.2026 (PAP) - "


def test_a_river_written_with_the_is_no_person() -> None:
    evidence = _evidence(
        (
            "A barge sank on the Drava near Osijek on Monday. Divers searched the Drava for "
            "two missing crew. Traffic on the Drava was halted, the port authority said.",
            "2025-05-05",
        ),
        (
            "Police said the barge hit a pillar on the Drava. Rescuers on the Drava found "
            "one body.",
            "2025-05-06",
        ),
    )
    kinds = {e.name: e.kind for e in collect_entities(evidence)}
    assert kinds.get("Drava") != "person"


def test_a_vessel_named_before_its_kind_is_neither_actor_nor_place() -> None:
    brief = _brief(
        (
            "ROUSSE, Bulgaria, June 2 (Reuters) - The cargo barge Dunav Star hit the Kalina "
            "tour boat on Sunday night, and two passengers died, police said. The Kalina sank "
            "within a minute. The Kalina tour boat was carrying 14 people.",
            "2025-06-02",
        ),
        (
            "ROUSSE, Bulgaria (AP) - Two people died when the Kalina tour boat sank after a "
            "collision with the barge Dunav Star near Rousse, police spokesman Ivan Petrov said.",
            "2025-06-02",
        ),
    )
    assert not any("Kalina" in actor.name for actor in brief.who)
    assert not any("Kalina" in place.name or "Dunav Star" in place.name for place in brief.where)


def test_a_district_that_opens_a_sentence_keeps_no_article() -> None:
    brief = _brief(
        (
            "The Rila municipality said the landslide buried four houses on Monday. Rescuers "
            "in the Rila municipality found two bodies, police said.",
            "2025-04-07",
        ),
        ("A landslide in the Rila municipality of Bulgaria killed two people.", "2025-04-07"),
    )
    assert not any(place.name.startswith("The ") for place in brief.where)


# --- who said what ---------------------------------------------------------------------------


def test_a_quoted_end_of_a_clause_is_said_with_its_subject() -> None:
    evidence = _evidence(
        (
            "Inspector Dana Kovac told reporters the bridge's last safety check, due in March, "
            '"was simply never done".',
            "2025-06-03",
        )
    )
    (reaction,) = extract_reactions(evidence, collect_entities(evidence))
    assert reaction.speaker == "Dana Kovac"
    assert reaction.statement.startswith("the bridge's last safety check")
    assert reaction.statement.endswith("was simply never done")


def test_a_time_said_to_be_in_dispute_is_a_dispute_of_its_two_voices() -> None:
    found = _disputes(
        (
            "BRASOV, Romania, Dec 3 (Reuters) - A gas blast destroyed a bakery in Brasov on "
            "Tuesday. Even the time is disputed: 5.10am, according to firefighters; 4.45am, "
            "according to the owner's alarm company.",
            "2025-12-03",
        )
    )
    sides = [
        sorted((claim.value, claim.attributed_to) for claim in d.claims)
        for d in found
        if d.topic.startswith("What time") or d.topic.startswith("When")
    ]
    assert [("04:45", "owner's alarm company"), ("05:10", "firefighters")] in sides


def test_a_verb_joined_to_a_modal_is_not_said_by_the_modals_subject() -> None:
    found = _disputes(
        (
            "The cable snapped at Kaprun on Monday. The workers' union says data from the "
            "control room was altered after the accident. A company spokesman said "
            "investigators would explain the discrepancy, and denied that any data had been "
            "altered.",
            "2025-02-11",
        )
    )
    voices = [claim.attributed_to for d in found for claim in d.claims]
    assert "company spokesman" in voices
    assert "investigators" not in voices


def test_a_spokesman_right_after_his_company_does_not_deny_it() -> None:
    found = _disputes(
        (
            "There is also confusion about when the cable snapped. The rescue service says it "
            "received the first call at 10:05. Alpen Lifts, the company that runs the lift, "
            "citing data from its control room, says the cable snapped at 10:20 - fifteen "
            "minutes later. A company spokesman said engineers would explain the gap, and "
            "denied that any data had been changed.",
            "2025-02-11",
        )
    )
    assert not any(d.topic.startswith("Denied by") for d in found)
    # a company's spokesman answering a union is set against it
    found = _disputes(
        (
            "The cable snapped at Kaprun on Monday. The Vida union, citing data from the "
            "control room, says the data were changed after the accident. A company spokesman "
            "denied that any data had been changed.",
            "2025-02-11",
        )
    )
    assert any(d.topic.startswith("Denied by") for d in found)


def test_one_account_denied_by_a_man_and_by_his_company_is_one_dispute() -> None:
    found = _disputes(
        (
            "The captain of the tanker, Erik Sand, has been held since Friday. His lawyer says "
            "the captain warned the ferry twice by radio before turning. Nordlys Ferries, the "
            "operator of the ferry, denies any warning was received.",
            "2025-09-22",
        ),
        (
            "Nordlys Ferries' managing director, Jon Berg, denied that the ferry or the company "
            'had received any warning by radio. "We heard nothing," Berg said. His lawyer '
            "says the captain warned the ferry twice by radio before turning.",
            "2025-09-22",
        ),
    )
    denials = [d for d in found if d.topic.startswith("Denied by")]
    assert len(denials) == 1, [d.topic for d in denials]


def test_news_told_in_indirect_speech_with_its_toll_is_no_reaction_before_quotes() -> None:
    lead = (
        "KAPRUN, Austria (Reuters) - A cable car cabin plunged onto a slope at Kaprun on "
        "Tuesday, killing at least three people, the Tyrol rescue service said. "
    )
    evidence = _evidence(
        (lead + '"This should never have happened," said Mayor Anna Holm.', "2025-02-11"),
        (lead + "Ski Board chief Erik Lang said the lift would stay shut.", "2025-02-11"),
        (lead + "Four skiers were hurt.", "2025-02-11"),
    )
    reactions = extract_reactions(evidence, collect_entities(evidence))
    assert reactions[-1].statement.startswith("A cable car cabin plunged")


def test_one_held_by_office_is_counted() -> None:
    evidence = _evidence(
        (
            "Police on Wednesday detained the captain of the cargo ship that hit the bridge, "
            "prosecutors said.",
            "2025-09-17",
        )
    )
    assert [(f.kind, f.count) for f in all_figures(evidence)] == [("detained", 1)]
    evidence = _evidence(("The driver was killed instantly, police said.", "2025-09-17"))
    assert all_figures(evidence) == []


def test_how_the_counted_are_hurt_stays_with_them() -> None:
    evidence = _evidence(
        (
            "Four people died and 16 were injured, among them 12 climbers with frostbite, the "
            "mountain rescue service said.",
            "2025-01-20",
        )
    )
    groups = {f.count: f.group for f in all_figures(evidence)}
    assert groups[12] == "climbers with frostbite"


def test_his_lawyer_is_the_lawyer_of_the_man_named_before() -> None:
    found = disputes_with_names_of(
        (
            "The Danish captain of the tanker, Erik Sand, has been held since Friday. His lawyer "
            "says the captain warned the ferry twice by radio before turning. Nordlys Ferries, "
            "the operator of the ferry, denies any warning was received.",
            "2025-09-22",
        ),
    )
    voices = {claim.attributed_to for d in found for claim in d.claims}
    assert "Erik Sand's lawyer" in voices
    assert "His lawyer" not in voices


def test_his_lawyer_named_by_the_parse_keeps_the_lawyers_name() -> None:
    # "his lawyer, Stelios Georgiou, said": the voice is the lawyer himself, not "Nikos
    # Andreou's Georgiou" (a brief of an unseen cluster, S127, ended in an IndexError here)
    evidence = _evidence(
        (
            "Maria Lazarou, 58, who has lived on the third floor for 11 years, said the tenants "
            "committee sent a registered letter in October last year to the owner, Nikos "
            "Andreou, complaining of cracked concrete and rusted steel showing under several of "
            "the balconies.\n\nAndreou, 63, a Limassol businessman who owns the whole building "
            'through his company NA Holdings Ltd, denied receiving any warning. "My client never '
            "received any letter or any complaint about the balconies, registered or "
            'otherwise," his lawyer, Stelios Georgiou, said on Sunday.',
            "2025-09-22",
        ),
    )
    antecedents = _Antecedents(evidence, collect_entities(evidence))
    (ref,) = [r for r in evidence.sentences("S1") if "My client" in r.text]
    (doc,) = nlp.parse([ref.text])
    voices = {account.voice for account in accounts_in(doc, ref, antecedents)}
    assert voices == {"Stelios Georgiou"}, voices


def test_a_figure_hung_on_a_dated_phrase_is_not_part_of_its_timeline_entry() -> None:
    brief = _brief(
        (
            "OSIJEK, Croatia, June 9 (Reuters) - The embassy said on Monday that 12 people had "
            "died in last week's sinking of a tour boat on the Drava in Osijek, one more than "
            "the official police figure, after a body was found downstream.",
            "2025-06-09",
        ),
    )
    assert not any("one more than" in time.describes for time in brief.when if time.date), [
        time.describes for time in brief.when
    ]


def test_a_quoted_phrase_that_opens_what_was_said_is_said_with_the_rest() -> None:
    evidence = _evidence(
        (
            "Baltic Tankers, the Danish company that operates the vessel, said in a statement "
            'that "no more than 80 tonnes" had leaked from one damaged tank and that the rest of '
            "the cargo was secure.",
            "2025-03-02",
        ),
        (
            'The interior minister, Mara Vidal, told reporters that "more than 20 soldiers", '
            "among them two colonels, were detained on Tuesday and are being questioned.",
            "2025-03-02",
        ),
    )
    statements = {
        r.speaker: r.statement for r in extract_reactions(evidence, collect_entities(evidence))
    }
    assert statements["Baltic Tankers"].endswith("the rest of the cargo was secure")
    assert statements["Mara Vidal"].endswith("are being questioned")


def test_a_verb_set_inside_its_clause_says_the_clause() -> None:
    evidence = _evidence(
        (
            "Colonel Ivo Marek, head of the regional rescue service, said the warning came too "
            'late. The road, he insisted, was closed at 19:30, "as soon as the snow made it '
            'necessary".',
            "2025-01-20",
        )
    )
    statements = [r.statement for r in extract_reactions(evidence, collect_entities(evidence))]
    assert any(s.startswith("The road was closed at 19:30") for s in statements), statements


def test_a_stand_that_held_more_people_than_it_was_built_for_held_no_one() -> None:
    evidence = _evidence(
        (
            "The organiser says the stand collapsed because it held far more people than the "
            "900 it was built for, police said.",
            "2025-06-02",
        )
    )
    assert all_figures(evidence) == []


def test_evacuees_who_died_are_dead() -> None:
    evidence = _evidence(
        (
            "The provincial government puts the number of dead at 31, counting two elderly "
            "evacuees who died of heart attacks at a shelter.",
            "2025-11-14",
        )
    )
    assert ("killed", 2) in [(f.kind, f.count) for f in all_figures(evidence)]


def test_a_voice_keeps_no_bracket_the_recogniser_left_open() -> None:
    from summarise.extractive.disputes import _unclosed_cut

    assert _unclosed_cut("United Teachers' Federation (UTF") == "United Teachers' Federation"
    assert _unclosed_cut("Civil Defence (CD)") == "Civil Defence (CD)"


def test_no_side_opens_on_a_verb_cut_from_its_subject() -> None:
    from summarise.extractive.disputes import _states_something

    assert not _states_something("has denied the union's claim that it warned the department")
    assert not _states_something("what it said were telephone records showing the warning")
    assert _states_something("What happened on Tuesday is a montage, a staged operation")


def test_an_attribution_closing_the_sentence_is_its_voice() -> None:
    evidence = _evidence(
        (
            "Detectives arrested two suspects - a driving instructor from Kandy and a clerk at "
            "the licensing office in Colombo - police said.",
            "2025-11-19",
        )
    )
    assert [(f.count, f.attributed_to) for f in all_figures(evidence)] == [(2, "police")]


def test_a_voice_cut_to_its_last_words_opens_on_no_preposition() -> None:
    found = _disputes(
        (
            "The State of Mexico attorney general's office (FGJEM) said it had opened an "
            "investigation and sent forensic teams to the site. The mayor denied that his "
            "office had received any warning from neighbours about the site.",
            "2025-11-19",
        )
    )
    voices = [claim.attributed_to or "" for d in found for claim in d.claims]
    assert voices and not any(v.lower().startswith("of ") for v in voices), voices


def test_being_denied_treatment_disputes_nothing() -> None:
    from summarise.extractive.disputes import _denies_an_account
    from summarise.nlp import parse

    (doc,) = parse(['"He was beaten and denied treatment for his wound for a week," Mukasa said.'])
    assert not _denies_an_account(next(t for t in doc if t.lower_ == "denied"))
    (doc,) = parse(["The company denied the report that it had cut maintenance."])
    assert _denies_an_account(next(t for t in doc if t.lower_ == "denied"))
    (doc,) = parse(["Police denied bail had been granted to the driver."])
    assert _denies_an_account(next(t for t in doc if t.lower_ == "denied"))


def test_a_denial_by_no_one_named_answers_what_it_denies_not_a_shared_place() -> None:
    found = _disputes(
        (
            "TULTEPEC, Mexico (Reuters) - The state prosecutor's office said it had opened an "
            "investigation and sent forensic teams to the site. He denied that his office had "
            "received any warning from neighbours about the site.",
            "2025-11-19",
        )
    )
    assert not any(d.topic.startswith("Denied by") for d in found), [d.topic for d in found]


# --- read in the balloon fire and sinkhole clusters (S63, S66) --------------------------------


def test_a_denial_is_answered_by_who_asserts_it_not_by_who_denies_it_too() -> None:
    # the sentences that share most with the denial repeat it; the one that answers it shares
    # only what is denied
    found = _disputes(
        (
            'Rota Sul denies receiving the warning. "No driver received a warning that night," '
            "the drivers' union said.",
            "2026-02-03",
        ),
        ('"We received no warning from anyone," the company\'s director said.', "2026-02-03"),
        (
            "Bus operators say they never received a warning. Rota Sul denies receiving any "
            "warning.",
            "2026-02-04",
        ),
        (
            "The weather service insists it warned of flooding on the valley road at 9 p.m. on "
            "Sunday.",
            "2026-02-04",
        ),
    )
    sides = [
        claim.attributed_to or ""
        for d in found
        if d.topic.startswith("Denied by")
        for claim in d.claims
    ]
    assert any("weather service" in side for side in sides), sides
    assert not any("union" in side or "director" in side for side in sides), sides


def test_a_version_a_body_rejects_is_a_denial_in_place() -> None:
    found = _disputes(
        (
            "The ferry operator maintains the ramp failed because of a sudden swell - a "
            "version the port authority flatly rejects.",
            "2026-03-02",
        )
    )
    denials = [d for d in found if d.topic.startswith("Denied by")]
    assert denials, [d.topic for d in found]
    assert "port authority" in denials[0].topic


def test_what_a_man_told_prosecutors_according_to_his_lawyer_is_his_account() -> None:
    found = _disputes(
        (
            "Okafor has told investigators a sudden gust pushed the crane into the building as "
            "it swung, according to his lawyer. The crane maker rejected that account on Friday.",
            "2026-03-02",
        )
    )
    statements = [c.statement for d in found for c in d.claims]
    assert any(s.startswith("Okafor has told investigators a sudden gust") for s in statements), (
        statements
    )


def test_findings_that_point_to_a_fault_give_a_cause() -> None:
    found = _disputes(
        ("The operator blamed a lightning strike for the blaze.", "2026-03-02"),
        (
            "But a source on the inquiry told Reuters that preliminary findings pointed to a "
            "frayed power cable.",
            "2026-03-03",
        ),
    )
    causes = [d for d in found if "caused" in d.topic.lower() or "cause" in d.topic.lower()]
    text = " ".join(c.statement for d in causes for c in d.claims)
    assert "lightning" in text and "cable" in text, [d.topic for d in found]


def test_one_ordered_detained_by_office_is_counted() -> None:
    evidence = _evidence(
        (
            "A judge on Monday ordered the captain detained for a week. Prosecutors ordered "
            "the driver, a 52-year-old man, detained for 30 days.",
            "2026-03-06",
        )
    )
    assert [(f.kind, f.count) for f in all_figures(evidence)] == [("detained", 1)] * 2
    evidence = _evidence(
        ("Critics say the ministry was warned about the official arrested for bribery.", "2026")
    )
    assert all_figures(evidence) == []


def test_a_count_given_without_its_noun_is_of_the_count_before_it() -> None:
    evidence = _evidence(
        (
            "The civil defence said three people remained missing, while police maintained "
            "their list of four. The fire service puts the number of missing at three. Police "
            "list four, including a street vendor.",
            "2026-03-04",
        )
    )
    found = sorted(
        (f.count, (f.attributed_to or "").lower())
        for f in all_figures(evidence)
        if f.kind == "missing"
    )
    assert (4, "police") in found, found
    assert sum(1 for count, voice in found if count == 4 and voice == "police") == 2, found


def test_a_count_two_bodies_keep_disputing_is_shown_as_it_last_stood() -> None:
    found = _disputes(
        (
            "The fire and rescue department said four people remained missing. Police, who "
            "also count a cleaner seen near the site, put the number at five.",
            "2026-03-04",
        ),
        (
            "The fire and rescue department said two people remained missing. Police, who "
            "also count a cleaner seen near the site, put the number at three.",
            "2026-03-08",
        ),
    )
    counts = [d for d in found if d.topic.startswith("How many were missing")]
    assert len(counts) == 1, [d.topic for d in found]
    assert [c.value for c in counts[0].claims] == ["2", "3"], counts[0].claims
    assert "fire" not in counts[0].topic.split(" in the ")[-1], counts[0].topic


@pytest.mark.parametrize(
    ("text", "day", "told"),
    [
        pytest.param(
            "The mayor said the drilling rig had passed under the street on Sunday, two days "
            "before the road gave way. Ostrava Tunnelling disputed that account. The company "
            "said its rig passed under the site on March 1, nine days before the collapse.",
            "2026-03-12",
            ("March 1", "Sunday"),
            id="a_bare_denial_is_told_with_what_its_voice_says_next",
        ),
        pytest.param(  # (read in S88, stop 38)
            "OSLO - Pilots say a noise was logged in the cabin in October. Fjordfly says it "
            "alerted the manufacturer on March 6. Vestavia Aircraft denies ever receiving that "
            "warning.",
            "2026-03-17",
            ("March 6",),
            id="that_warning_denied_is_the_one_just_told",
        ),
    ],
)
def test_a_denial_is_set_against_the_account_it_answers(
    text: str, day: str, told: tuple[str, ...]
) -> None:
    found = _disputes((text, day))
    sides = [c.statement for d in found if d.topic.startswith("Denied by") for c in d.claims]
    for words in told:
        assert any(words in side for side in sides), sides


def test_what_a_fleet_carried_is_not_the_crafts_load() -> None:
    evidence = _evidence(
        (
            "Some 40 boats carrying about 900 passengers left the harbour that morning. Two "
            "ferries carrying 80 pilgrims collided off the island.",
            "2026-03-04",
        )
    )
    aboard = [f.count for f in all_figures(evidence) if f.kind == "aboard"]
    assert aboard == [80], aboard


def test_what_happens_as_a_rule_is_no_statement_of_the_event() -> None:
    from summarise.extractive.what import select_what

    evidence = _evidence(
        (
            "A cable car caught fire above Tbilisi on Tuesday, killing four people. Cable car "
            "rides over the old town are among the city's most popular attractions, with "
            "thousands of visitors riding them on a typical summer day. Rescuers worked for "
            "hours to bring 30 passengers down from two stranded cabins.",
            "2026-03-04",
        )
    )
    chosen = [item.text for item in select_what(evidence, 250)]
    assert chosen and not any("typical" in text for text in chosen), chosen


def test_a_paragraph_opening_on_a_quote_goes_on_with_the_speaker_named_before() -> None:
    found = disputes_with_names_of(
        (
            "Mayor Jana Novakova blamed the builder for the collapse of the street.\n\n"
            '"A drilling rig went under that street on Sunday, and on Tuesday it fell in," she '
            'said. "Nobody needs a degree to see the connection."\n\n'
            "Ostrava Tunnelling disputed that account.",
            "2026-03-12",
        )
    )
    denials = [d for d in found if d.topic.startswith("Denied by")]
    assert denials, [d.topic for d in found]
    assert any("Novakova" in (c.attributed_to or "") for c in denials[0].claims), denials[0]


def test_a_second_subject_joined_past_the_first_ones_verb_is_the_voice() -> None:
    from summarise import nlp
    from summarise.evidence import SentenceRef
    from summarise.extractive.disputes import accounts_in

    def voices(text: str) -> list[str | None]:
        (doc,) = nlp.parse([text])
        return [a.voice for a in accounts_in(doc, SentenceRef("x", 0, len(text), text, 0))]

    found = voices(
        "The toll rose to six on Friday, as soldiers picked through smoking ruins and families "
        "accused officials of ignoring their warnings."
    )
    assert "families" in found and "soldiers" not in found, found
    # another parse of the same shape may leave no voice, never the first subject
    found = voices(
        "The toll rose to nine on Thursday, as rescuers dug through the debris and villagers "
        "accused the mine owner of ignoring their warnings for years."
    )
    assert "rescuers" not in found, found


def test_two_times_two_voices_give_after_the_time_is_said_contested_are_a_dispute() -> None:
    found = _disputes(
        (
            "The timing of the alarm is still contested. The guard company maintains its alarm "
            "went off at 1:52 a.m.; Lviv police say they were not alerted until 2:40 a.m.",
            "2026-04-02",
        ),
    )
    times = [d for d in found if d.topic == "What time it happened"]
    assert times, [d.topic for d in found]
    assert sorted(c.value or "" for c in times[0].claims) == ["01:52", "02:40"]
    # "Lviv police insist" is a voice too; a side ends with its sentence, "a.m." whole
    found = _disputes(
        (
            "The timing of the alarm is still contested. The guard company maintains its alarm "
            "went off at 1:52 a.m.; Lviv police insist they were not alerted until 2:40 a.m. "
            "Prosecutors have seized the company's server.",
            "2026-04-02",
        ),
    )
    times = [d for d in found if d.topic == "What time it happened"]
    assert times, [d.topic for d in found]
    statements = sorted(c.statement for c in times[0].claims)
    assert statements[0] == "Lviv police insist they were not alerted until 2:40 a.m.", statements
    # two moments two voices give in a story with a row in it are no dispute of the time
    found = _disputes(
        (
            "The fire has set off a row over safety. Traders say the market opened at 6:00 "
            "a.m., while police say the fire began at 10:20 a.m.",
            "2026-04-02",
        ),
    )
    assert not [d for d in found if d.topic == "What time it happened"], found


# --- read in the prison riot and livestock disease clusters ----------------------------------


def test_a_part_a_count_includes_is_no_side_of_the_toll() -> None:
    article = (
        "LIMA, May 4 (Reuters) - A fire swept a textile workshop in Lima on Sunday. The fire "
        "service said on Tuesday that 14 people had died. The prosecutor's office counts 16 "
        "dead, counting two workers who died in hospital on Monday night. The ministry counts "
        "15 deceased, because it includes one worker who died at home. The difference, "
        "according to a hospital source, lies with three workers who died in a clinic.",
        "2025-05-06",
    )
    figures = all_figures(_evidence(article))
    parts = included_parts(figures)
    assert sorted(f.count for f in figures if is_part(f, parts)) == [1, 2, 3]
    # a count of another kind before "of whom" is no whole of it: the nine died
    treated = all_figures(
        _evidence(
            (
                "The hospital said it had treated 51 people for burns, of whom nine had died.",
                "2025-05-06",
            )
        )
    )
    assert not included_parts(treated)
    tolls = [d for d in _disputes(article) if "killed" in d.topic]
    assert len(tolls) == 1
    # the ministry's "15 deceased" is its toll too ("deceased" is read since stop 40)
    assert sorted(claim.value or "" for claim in tolls[0].claims) == ["14", "15", "16"]


def test_a_group_counted_above_a_toll_of_everyone_is_a_rival_count() -> None:
    found = _disputes(
        (
            "KAMPALA, June 9 (Reuters) - A fire swept a dormitory in Kampala on Saturday night. "
            "The toll rose to 19 on Monday, the police said, though others gave higher figures. "
            "The school's board said 23 pupils had died. A parents' group said at least 30 pupils "
            "had been killed.",
            "2025-06-09",
        ),
        ("KAMPALA (AP) - At least 12 pupils died in a dormitory fire, police said.", "2025-06-08"),
    )
    tolls = [d for d in found if "killed" in d.topic]
    assert len(tolls) == 1
    assert sorted(claim.value or "" for claim in tolls[0].claims) == ["19", "23", "at least 30"]
    # a group several reports do not count as the victims, over a span of time, is no rival
    found = _disputes(
        (
            "MWANZA, Tanzania (Reuters) - A ferry capsized on Lake Victoria on Sunday. The toll "
            "rose to 15 on Monday, the police said. The fishermen's union said 22 fishermen had "
            "died on the lake this year.",
            "2025-06-09",
        ),
        ("MWANZA (AP) - At least 12 people died when a ferry capsized, police said.", "2025-06-08"),
    )
    assert not [d for d in found if "killed" in d.topic and len(d.claims) > 2]
    assert not any("22" in (claim.value or "") for d in found for claim in d.claims)


def test_a_count_of_things_in_words_set_against_another_is_a_dispute() -> None:
    found = _disputes(
        (
            "GDANSK, Sept 2 - Bird flu has been confirmed on poultry farms near Gdansk. The "
            "official tally stands at two infected poultry farms, in Pruszcz and Kolbudy, and "
            "one neighbouring holding culled as a precaution.",
            "2025-09-02",
        ),
        (
            "GDANSK, Sept 3 - Breeders dispute the count, saying four farms are in fact infected. "
            "The chief vet said the claim was not true.",
            "2025-09-03",
        ),
    )
    farms = [d for d in found if "farms" in d.topic]
    assert len(farms) == 1
    assert sorted(claim.value or "" for claim in farms[0].claims) == ["four", "two"]


def test_a_count_of_things_told_in_passing_is_no_side() -> None:
    found = _disputes(
        (
            "ATHENS, July 1 - Thieves took four pieces of a Byzantine silver hoard from a museum "
            "in Athens overnight. The hoard consists of 11 pieces, the museum said. The "
            "association of dealers, which represents around 200 shops, offered a reward.",
            "2025-07-01",
        ),
        ("ATHENS, July 2 - Two pieces of the hoard are still missing, police said.", "2025-07-02"),
    )
    assert not [d for d in found if "pieces" in d.topic or "shops" in d.topic]


def test_a_smaller_count_of_some_kind_is_part_of_the_count_of_all() -> None:
    found = _disputes(
        (
            "GDANSK, Sept 2 - Bird flu spread to three holdings near Gdansk, the chief vet said, "
            "a claim breeders do not dispute.",
            "2025-09-02",
        ),
        (
            "GDANSK, Sept 4 - Animals on two contact holdings were culled, the vet insisted, "
            "though breeders dispute the need.",
            "2025-09-04",
        ),
    )
    assert not [d for d in found if "holdings" in d.topic]


def test_the_number_a_sentence_sets_aside_is_not_its_count() -> None:
    found = _disputes(
        (
            "COLOMBO, Nov 3 - The ministry insists two bridges were damaged. The engineers' "
            "union continues to maintain that not two but five bridges were damaged.",
            "2025-11-03",
        )
    )
    bridges = [d for d in found if "bridges" in d.topic]
    assert len(bridges) == 1
    assert sorted((claim.value or "", claim.attributed_to) for claim in bridges[0].claims) == [
        ("five", "engineers' union"),  # not "engineers' union continues to"
        ("two", "ministry"),
    ]


def test_gangs_and_a_supplier_are_bodies_not_places() -> None:
    evidence = _evidence(
        (
            "CALI, Colombia, May 5 (Reuters) - Inmates of the Los Halcones and Nueva Frontera "
            "gangs fought for hours inside the Villanueva Penitentiary in Cali on Monday. "
            "Prosecutors say the rifles came in trucks of the supplier Alimentos del Valle. "
            "Relatives gathered on the road to Jamundi, outside the Villanueva. The Permanent "
            "Committee for the Defence of Prisoners said at least 20 inmates had died.",
            "2025-05-05",
        ),
        (
            "CALI, Colombia (AP) - Members of the Los Halcones gang clashed with a rival group "
            "known as Nueva Frontera, the prison service said. Alimentos del Valle denied the "
            "claim. Women waited on the road to Jamundi for news.",
            "2025-05-05",
        ),
    )
    kinds = {e.name: e.kind for e in collect_entities(evidence)}
    assert kinds.get("Los Halcones") == "organisation"
    assert kinds.get("Nueva Frontera") == "organisation"
    assert "del Valle" not in kinds  # a piece of the supplier's name
    assert kinds.get("Alimentos del Valle") == "organisation"
    assert kinds.get("Jamundi") == "place"
    assert kinds.get("Villanueva Penitentiary") == "place"
    assert "Villanueva" not in kinds  # "outside the Villanueva": the prison, written short
    assert kinds.get("Permanent Committee for the Defence of Prisoners") == "organisation"


def test_towns_written_as_translated_wire_copy_writes_them_are_places() -> None:
    evidence = _evidence(
        (
            "PRETORIA - Police arrested two men in raids in the township Soshanguve and in the "
            "town Hammanskraal, said the police spokeswoman of the province Limpopo. Residents of "
            'Atteridgeville heard shots. "It went on for minutes," said Atteridgeville '
            "resident Anna Botha. The robbers took R12.5 million, the company said.",
            "2025-04-02",
        ),
        (
            "PRETORIA - Two more suspects were held in raids in Soshanguve and Hammanskraal on "
            "Friday. Limpopo police said R12.5 million had been taken. Police searched homes in "
            "Atteridgeville.",
            "2025-04-04",
        ),
    )
    kinds = {e.name: e.kind for e in collect_entities(evidence)}
    assert kinds.get("Hammanskraal") == "place"
    assert kinds.get("Atteridgeville") == "place"
    assert "R12.5" not in kinds  # a sum of money, not a name


def test_people_in_custody_are_held() -> None:
    evidence = _evidence(
        (
            "QUITO, Ecuador - Prosecutors said late on Friday that eleven prison guards were in "
            "custody, three more than announced in the morning. Two drivers were taken into "
            "custody on Saturday. Four inmates who fled were not in custody. Three witnesses "
            "were placed in protective custody. Two other suspects were in custody in Peru on "
            "unrelated charges at the time.",
            "2025-08-02",
        )
    )
    held = sorted((f.count, f.group) for f in all_figures(evidence) if f.kind == "detained")
    assert held == [(2, "drivers"), (11, "prison guards")]


def test_a_time_the_next_sentence_disputes_is_a_dispute() -> None:
    found = _disputes(
        (
            "TEGUCIGALPA, May 6 (Reuters) - The riot broke out at about 5:15 a.m. in Block 3 of "
            "the Tamara prison, the prison service said in a statement. Relatives gathered at "
            "the gates disputed that timeline, saying inmates had heard gunfire shortly after 2 "
            "a.m. Troops retook the prison by noon.",
            "2025-05-06",
        )
    )
    times = [d for d in found if d.topic == "What time it happened"]
    assert len(times) == 1
    assert [(c.statement, c.value, c.attributed_to) for c in times[0].claims] == [
        ("About 5:15 a.m.", "05:15", "prison service"),
        ("Shortly after 2 a.m.", "02:00", "Relatives"),
    ]
    # and its citations hold: "02:00" is written "2 a.m." in the source
    riot = (
        "TEGUCIGALPA, May 6 (Reuters) - The riot broke out at about 5:15 a.m. in Block 3 of the "
        "Tamara prison, the prison service said in a statement. Relatives gathered at the gates "
        "disputed that timeline, saying inmates had heard gunfire shortly after 2 a.m.",
        "2025-05-06",
    )
    assert "What time it happened" in [d.topic for d in _brief(riot).disputes]
    # a time "questioned" with no time of its own before it is no dispute
    found = _disputes(
        (
            "TEGUCIGALPA, May 6 (Reuters) - The riot broke out in Block 3 of the Tamara prison. "
            "Relatives questioned that timeline, saying inmates called them at 2 a.m.",
            "2025-05-06",
        )
    )
    assert not [d for d in found if d.topic == "What time it happened"]


# --- read in the helicopter crash and dock strike clusters ----------------------------------


def _times_of(found: list[summarise.Dispute]) -> list[list[str]]:
    return [
        sorted(c.value or "" for c in d.claims) for d in found if d.topic == "What time it happened"
    ]


def test_a_time_said_in_dispute_in_other_words_is_a_dispute() -> None:
    # the sentence before says it ("a dispute over when"); the sides are "X says ..., but Y said"
    found = _disputes(
        (
            "There is also a dispute over when the ferry left. The operator says it sailed at "
            "6:10 a.m. Sunday, but harbour workers interviewed by Reuters said it left at around "
            "5:45 a.m.",
            "2026-02-02",
        )
    )
    assert _times_of(found) == [["05:45", "06:10"]], [d.topic for d in found]
    # "the time of departure is contested": voices no gazetteer or recogniser knows
    found = _disputes(
        (
            "Even the time of departure is contested: the operator's log says 6:10 in the "
            "morning; relatives and workers at the quay say it was closer to 5:45.",
            "2026-02-02",
        )
    )
    assert _times_of(found) == [["05:45", "06:10"]]
    # the sides after a dash, each with "according to"
    found = _disputes(
        (
            "Even the departure time is disputed — 6:10 a.m. according to the operator, about "
            "5:45 according to workers at the quay.",
            "2026-02-02",
        )
    )
    assert _times_of(found) == [["05:45", "06:10"]]
    statements = sorted(
        c.statement for d in found if d.topic == "What time it happened" for c in d.claims
    )
    assert statements == [
        "6:10 a.m. according to the operator",
        "About 5:45 according to workers at the quay",
    ]
    # two times of two happenings, nothing said to be contested: no dispute
    found = _disputes(
        (
            "The operator says the ferry sailed at 6:10 a.m., but the coastguard said it was "
            "called at 7:30 a.m.",
            "2026-02-02",
        )
    )
    assert _times_of(found) == []


def test_the_same_two_times_in_several_reports_are_one_dispute() -> None:
    first = (
        "There is also a dispute over when the ferry left. The operator says it sailed at 6:10 "
        "a.m., but harbour workers said it left at around 5:45 a.m.",
        "2026-02-02",
    )
    second = (
        "Even the departure time is disputed — 6:10 a.m. according to the operator, about 5:45 "
        "according to workers at the quay.",
        "2026-02-05",
    )
    brief = _brief(first, second)
    times = [d for d in brief.disputes if d.topic == "What time it happened"]
    assert len(times) == 1
    assert {c.source_id for claim in times[0].claims for c in claim.citations} == {"S1", "S2"}


def test_two_accounts_side_by_side_that_name_each_other_are_a_dispute() -> None:
    found = _disputes(
        (
            "The two sides disagree over who ended the meeting -- the drivers' union says the "
            "company withdrew its offer, the company says the union walked out -- and over "
            "what comes next.",
            "2026-02-02",
        )
    )
    accounts = [d for d in found if d.topic.startswith("Accounts differ")]
    assert len(accounts) == 1, [d.topic for d in found]
    assert sorted(c.statement for c in accounts[0].claims) == [
        "the company says the union walked out",
        "the drivers' union says the company withdrew its offer",
    ]
    found = _disputes(
        (
            "Talks broke down on Friday, with the union saying the company had cancelled the "
            "meeting and the company saying the union had refused to attend.",
            "2026-02-02",
        )
    )
    accounts = [d for d in found if d.topic.startswith("Accounts differ")]
    assert len(accounts) == 1, [d.topic for d in found]
    assert not any(c.statement.endswith("and the company") for c in accounts[0].claims)
    # two statements side by side about two things: no dispute
    found = _disputes(
        (
            "Police say the road reopened at noon, the mayor says schools will open on Monday.",
            "2026-02-02",
        )
    )
    assert not [d for d in found if d.topic.startswith("Accounts differ")]


def test_one_who_insists_against_one_who_says_it_never_happened_is_a_dispute() -> None:
    found = _disputes(
        (
            "The weather office insists it issued a storm warning on Sunday evening; the "
            "coastguard says the alert never reached its crews.",
            "2026-02-02",
        )
    )
    assert [d.topic for d in found] == ["Accounts differ: weather office and coastguard"]
    # one who insists, the other telling of something else: no dispute
    found = _disputes(
        (
            "The weather office insists the storm will pass by Tuesday; the coastguard says its "
            "crews have been told to stay in port.",
            "2026-02-02",
        )
    )
    assert not [d for d in found if d.topic.startswith("Accounts differ")]


def test_a_denial_of_what_was_just_said_answers_it_in_its_sentence() -> None:
    found = _disputes(
        (
            "Company sources say the mayor's office pressed for the early start; the mayor's "
            "office flatly denies it, and points instead to the contractor's late delivery.",
            "2026-02-02",
        ),
        (
            "The contractor, Jan Vos, said the steel was delivered late and the checks were "
            "overdue.",
            "2026-02-01",
        ),
    )
    denied = [d for d in found if d.topic.startswith("Denied by")]
    assert len(denied) == 1
    assert denied[0].claims[0].statement.startswith("Company sources say the mayor's office")


def test_rival_counts_of_things_in_one_report_are_a_dispute() -> None:
    found = _disputes(
        (
            "The port authority said 140 trucks were waiting at the border on Friday. According "
            "to the drivers' union, at most 70 trucks were truly waiting; the rest had been "
            "turned away by their firms.",
            "2026-02-02",
        )
    )
    trucks = [d for d in found if d.topic == "How many trucks"]
    assert len(trucks) == 1
    assert sorted(c.statement for c in trucks[0].claims) == [
        "140 trucks were waiting",
        "at most 70 trucks were truly waiting",
    ]
    # trucks waiting and trucks turned back are two counts
    found = _disputes(
        (
            "The port authority said 140 trucks were waiting at the border on Friday. The "
            "drivers' union said 70 trucks were diverted to other crossings on Friday.",
            "2026-02-02",
        )
    )
    assert not [d for d in found if d.topic == "How many trucks"]


def test_a_count_one_voice_moves_on_is_shown_as_it_last_stood() -> None:
    found = _disputes(
        ("Port officials said 60 trucks were waiting at the border.", "2026-02-02"),
        ("Port officials said 95 trucks were waiting at the border.", "2026-02-03"),
        (
            "Port officials said 120 trucks were waiting at the border on Thursday. According "
            "to the drivers' union, at most 70 trucks were truly waiting.",
            "2026-02-04",
        ),
    )
    trucks = [d for d in found if d.topic == "How many trucks"]
    assert len(trucks) == 1
    assert sorted(c.value or "" for c in trucks[0].claims) == ["120", "at most 70"]


def test_a_sum_by_the_day_is_no_total() -> None:
    evidence = _evidence(
        (
            "The port put the cost at about 4 million euros ($4.4 million) a day. Its final "
            "estimate of the cost is 28 million euros, based on its figure of about 4 million "
            "euros for each day of the stoppage.",
            "2026-02-02",
        )
    )
    from summarise.extractive.disputes import find_quantities

    sums = [
        q.value for item in evidence.items for ref in item.members for q in find_quantities(ref)
    ]
    assert sums == [28_000_000.0]


def test_a_figure_given_by_it_has_the_voice_named_before() -> None:
    brief = _brief(
        (
            "GDANSK - The port authority said this week that the backlog would be cleared soon. "
            "Its final estimate of the cost is 28 million euros.\n\n"
            "The Dockers' Union rejects that number. It says the true cost of the strike was "
            '"at most 9 million euros".',
            "2026-02-02",
        )
    )
    cost = [d for d in brief.disputes if d.topic == "What it cost"]
    assert len(cost) == 1
    assert sorted((c.value or "", c.attributed_to or "") for c in cost[0].claims) == [
        ("28 million", "port authority"),
        ("at most 9 million", "Dockers' Union"),
    ], cost[0].claims


def test_that_figure_after_a_denial_points_back_to_the_sentence_before() -> None:
    found = _disputes(
        (
            "The port authority now says 96 trucks are waiting to cross. The union again "
            "disputes that figure, saying the real number is far lower.",
            "2026-02-02",
        ),
        (
            '"They count every truck on the motorway," said union spokeswoman Eva Lind. "The '
            'real number is much smaller."',
            "2026-02-01",
        ),
    )
    denied = [d for d in found if d.topic.startswith("Denied by")]
    assert len(denied) == 1, [d.topic for d in found]
    assert denied[0].claims[0].statement.startswith("The port authority now says 96 trucks")


def test_names_read_in_the_dock_strike_cluster() -> None:
    evidence = _evidence(
        (
            "GDANSK - A spokesman for Transport Minister Piotr Zalewski said the minister "
            'expects a deal. "They count every truck," said union spokeswoman Eva Lind. Firms '
            "sent trucks to Rotterdam instead. The weather office IMGW says the storm will pass. "
            "An alert from IMGW reached the port on Sunday.",
            "2026-02-02",
        ),
        (
            "GDANSK - Transport Minister Piotr Zalewski said on Friday he was ready to act. "
            "Several firms sent trucks to Rotterdam.",
            "2026-02-03",
        ),
    )
    people = {e.name: e for e in collect_entities(evidence)}
    assert people["Piotr Zalewski"].role == "Transport Minister"
    assert people["Eva Lind"].role == "union spokeswoman"
    assert people["Rotterdam"].kind == "place"  # a town no one of the cluster bears as a name
    assert people["IMGW"].kind == "organisation"  # an acronym the recogniser leaves unlabelled


def test_a_relative_of_the_same_surname_speaks_in_her_own_name() -> None:
    # the small model labels "Yesenia Huillca" a place and the names split it: "Huillca" is
    # then linked to the man of that surname named before, "Yesenia" left as his role
    evidence = _evidence(
        (
            "CUSCO - The family of Efraín Huillca Quispe, president of a farmers' cooperative, "
            'does not accept that. They say he was aboard the bus and is still missing. "If '
            'my brother was not on that bus, let them tell us where he is," Yesenia Huillca '
            "told El Correo Andino outside the morgue.",
            "2025-09-19",
        ),
        (
            "CUSCO - Efraín Huillca Quispe was still missing on Friday, police said. Efraín "
            "Huillca had boarded at Urubamba, his family said.",
            "2025-09-20",
        ),
    )
    reactions = extract_reactions(evidence, collect_entities(evidence))
    speakers = {r.speaker for r in reactions if "my brother" in r.statement}
    assert speakers == {"Yesenia Huillca"}, [(r.speaker, r.statement) for r in reactions]


def test_a_description_a_comma_clause_denies_is_a_denial_in_place() -> None:
    found = _disputes(
        (
            "The employers have described the stoppage as political and tied to the "
            "government's pension reform, which the union denies.",
            "2026-02-02",
        )
    )
    denied = [d for d in found if d.topic.startswith("Denied by")]
    assert len(denied) == 1, [d.topic for d in found]
    assert denied[0].claims[0].attributed_to == "employers"
    assert denied[0].claims[1].attributed_to == "union"
    found = _disputes(
        ("Police said the driver had been drinking, which his family denies.", "2026-02-02")
    )
    assert [d.topic for d in found if d.topic.startswith("Denied by")] == [
        "Denied by his family: the account of Police"
    ]
    # a clause that welcomes or regrets what was said denies nothing
    found = _disputes(
        ("The company said it would cut 300 jobs, which the union deplores.", "2026-02-02")
    )
    assert not [d for d in found if d.topic.startswith("Denied by")]


def test_a_dateline_of_two_places_is_no_part_of_the_statement() -> None:
    assert dateline("BRUSSELS/ANTWERP, March 14 (Reuters) - Unions returned to the table.")
    line = dateline("PARIS/BERLIN (AFP) - Talks resumed on Monday.")
    assert line is not None and line.group(0) == "PARIS/BERLIN (AFP) - "


def test_a_time_of_day_before_a_day_goes_on_and_before_a_sentence_ends() -> None:
    from summarise.segment import split_sentences

    text = (
        "The alarm went off at 2:47 a.m. Prosecutors have seized the server. The army says "
        "it took off at 7:40 a.m. Tuesday, but workers said 7:15 a.m. Shots rang out at 10 "
        "p.m. GMT on Friday."
    )
    assert [text[s.start : s.end] for s in split_sentences(text)] == [
        "The alarm went off at 2:47 a.m.",
        "Prosecutors have seized the server.",
        "The army says it took off at 7:40 a.m. Tuesday, but workers said 7:15 a.m.",
        "Shots rang out at 10 p.m. GMT on Friday.",
    ]
    found = _disputes(
        (
            "There is a dispute over when the ferry left. The operator says it sailed at 6:10 "
            "a.m. Sunday, but harbour workers said it left at around 5:45 a.m.",
            "2026-02-02",
        )
    )
    sides = [c.statement for d in found if d.topic == "What time it happened" for c in d.claims]
    assert "The operator says it sailed at 6:10 a.m. Sunday" in sides, sides
    text = "The riot broke out at about 4:30 a.m. (0930 GMT) in Pavilion 9, the authority said."
    assert len(split_sentences(text)) == 1


def test_the_length_of_an_earlier_event_is_not_how_long_this_one_lasted() -> None:
    articles = [
        (
            "GDANSK, March 9 (Reuters) - Dockers walked off the job at Gdansk on Monday. It is "
            "the most serious stoppage since a three-day strike in February 2024.",
            "2026-03-09",
        ),
        (
            "GDANSK (AP) - The dock strike at Gdansk entered its second day. It is the worst "
            "since a three-day strike in February 2024, which left 40 ships waiting.",
            "2026-03-10",
        ),
    ]
    assert not [t for t in _brief(*articles).when if t.duration == "P3D"]
    # a length the story's own days give is kept
    articles = [
        (
            "GDANSK, March 12 (Reuters) - Dockers went back to work at Gdansk on Thursday after "
            "a three-day strike.",
            "2026-03-12",
        ),
        (
            "GDANSK (AP) - Work resumed at Gdansk on Thursday, ending a three-day strike over pay.",
            "2026-03-12",
        ),
    ]
    assert [t.duration for t in _brief(*articles).when if t.duration] == ["P3D"]


# --- read in the tunnel fire and dead fish clusters -----------------------------------------


def _sides(found: list[summarise.Dispute]) -> list[list[tuple[str | None, str]]]:
    return [[(c.attributed_to, c.statement) for c in d.claims] for d in found]


def _voices(*articles: tuple[str, str]) -> list[str | None]:
    """Every side's voice in the disputes of these reports."""
    return [c.attributed_to for d in _disputes(*articles) for c in d.claims]


def _voice_pairs(found: list[summarise.Dispute]) -> list[list[str]]:
    """Each dispute's voices, in alphabetical order."""
    return [sorted(c.attributed_to or "" for c in d.claims) for d in found]


def test_a_dispute_announced_in_a_sentence_of_its_own_is_told_by_the_sentences_after() -> None:
    article = (
        "LYON, May 4 (Reuters) - A gas explosion destroyed a bakery in Lyon on Sunday. "
        "At the heart of the dispute is the valve. The gas company says the valve was "
        "replaced in March. The bakery's owner says the valve had not been serviced for three "
        "years.",
        "2026-05-04",
    )
    found = _disputes(article)
    voices = _voice_pairs(found)
    assert ["bakery's owner", "gas company"] in [
        [v.removeprefix("The ") for v in pair] for pair in voices
    ], _sides(found)
    statements = " | ".join(c.statement for d in found for c in d.claims)
    assert "replaced in March" in statements and "not been serviced" in statements
    # the same sentences with no sentence that says they are at odds: no such dispute
    quiet = (
        "LYON, May 4 (Reuters) - A gas explosion destroyed a bakery in Lyon on Sunday. The gas "
        "company says the valve was replaced in March. The bakery's owner says she will reopen "
        "in June.",
        "2026-05-04",
    )
    assert not _disputes(quiet), _sides(_disputes(quiet))


def test_a_voice_that_does_not_accept_the_figure_says_what_it_holds_in_the_next_sentence() -> None:
    article = (
        "MADRID (AP) - The interior ministry put the number of marchers at 40,000 on Saturday. "
        'The organisers do not accept the figure. "We counted more than 120,000 people on the '
        'avenue," said Lucia Marin, a spokeswoman for the platform.',
        "2026-06-07",
    )
    found = _disputes(article)
    sides = _sides(found)
    answer = [s for d in sides for s in d if s[0] == "The organisers"]
    assert answer and "120,000" in answer[0][1], sides
    told = [s for d in sides if any(v == "The organisers" for v, _ in d) for s in d]
    assert any("40,000" in statement for _, statement in told), sides


def test_a_voice_that_sees_it_differently_is_set_against_the_voice_before() -> None:
    article = (
        "NAIROBI (AFP) - The drought authority says the lake fell because of three failed "
        "rainy seasons. Fishermen see it differently. They say a flower farm upstream has been "
        "pumping water out of the lake for a year.",
        "2026-02-11",
    )
    sides = _sides(_disputes(article))
    assert any(
        {v for v, _ in d} == {"drought authority", "Fishermen"}
        or {v for v, _ in d} == {"The drought authority", "Fishermen"}
        for d in sides
    ), sides
    fishermen = [s for d in sides for v, s in d if v == "Fishermen"]
    assert "flower farm" in fishermen[0]


def test_two_voices_of_one_body_after_an_announcement_are_no_dispute() -> None:
    article = (
        "ATHENS (Reuters) - The timing of the warning is contested. Greece's National "
        "Meteorological Service, the EMY, insists it warned of gale-force winds on Monday. "
        "Dr Eleni Vlachou, the EMY's head of forecasting, said the warning went out at 6 p.m. "
        "on Monday.",
        "2026-03-03",
    )
    sides = _sides(_disputes(article))
    assert not [d for d in sides if {v for v, _ in d} >= {"Eleni Vlachou"}], sides
    assert not [d for d in sides if any(v and "Vlachou" in v for v, _ in d)], sides


def test_a_semicolon_parsed_inside_the_second_clause_still_sets_two_sides_apart() -> None:
    article = (
        "The sequence of warnings remains contested. Iberflot says it warned passengers "
        "the same evening, Friday, May 8; the regulator says no notice arrived until Monday, "
        "May 11.",
        "2026-05-12",
    )
    sides = _sides(_disputes(article))
    pair = next((d for d in sides if {v for v, _ in d} == {"Iberflot", "regulator"}), None)
    assert pair is not None, sides
    regulator = next(s for v, s in pair if v == "regulator")
    assert regulator.startswith("the regulator says no notice arrived until Monday"), regulator


def test_an_earlier_event_named_by_its_year_and_a_name_is_dated_to_that_year() -> None:
    day = date(2026, 8, 3)
    found = find_time_expressions("The 2022 Oder disaster, in which 360 tonnes of fish died", day)
    assert [(e.text, e.kind) for e in found] == [("2022", "event_year")]
    # a name of its own and a count of people are no earlier event
    assert not find_time_expressions("the 2024 Paris Olympics opened", day)
    assert not find_time_expressions("the 2000 Kenyan protesters marched", day)


def test_a_side_that_answers_a_whole_report_is_shown_without_the_dateline() -> None:
    found = _disputes(
        (
            "TALLINN, May 3 (Reuters) - Prosecutors have charged a ferry captain over the "
            "collision, after the ferry company accused a tug crew of ignoring radio calls, "
            "an accusation the tug's owner rejected.",
            "2026-05-03",
        )
    )
    statements = [c.statement for d in found for c in d.claims]
    assert not [s for s in statements if "TALLINN" in s or "Reuters" in s], statements


def test_a_name_the_model_calls_a_body_written_before_river_is_a_place() -> None:
    # the small model calls "Oder" an organisation in a cluster on the river: two mentions
    # written "the Oder river" say what it is, whatever the others say
    from summarise.evidence import SentenceRef
    from summarise.extractive.names import Mention, _vote

    def labelled_a_body(texts: list[str]) -> list[tuple[Mention, str]]:
        found = []
        for position, text in enumerate(texts):
            at = text.index("Oder")
            ref = SentenceRef("S1", 0, len(text), text, position)
            found.append((Mention("Oder", ref, at, at + 4, None), "organisation"))
        return found

    texts = [
        "Dead fish surfaced along the Oder river on Monday.",
        "Anglers said the Oder river smelled of salt.",
        "The Oder was already low, officials said.",
        "The Oder carries salt from mines upstream.",
        "The Oder rises in the Czech Republic.",
        "Officials said the Oder would recover.",
    ]
    assert _vote(labelled_a_body(texts)) == "place"
    # a body written before another word stays a body
    texts = [t.replace("Oder river", "Oder commission") for t in texts]
    assert _vote(labelled_a_body(texts)) == "organisation"


def test_it_that_says_is_the_body_named_before_it() -> None:
    # "it said" stands for the body that published the data: the same side as its denial
    found = _disputes(
        (
            "OSLO, May 6 (Reuters) - The rail operator Nordbane published data on Thursday "
            "that it said showed its signals worked on the night of the crash. Nordbane "
            "rejected suggestions that the signals had failed.",
            "2026-05-06",
        )
    )
    assert not [d for d in found if any(c.attributed_to is None for c in d.claims)], [
        (d.topic, [c.attributed_to for c in d.claims]) for d in found
    ]


def test_information_from_someone_is_given_by_them() -> None:
    from summarise.evidence import SentenceRef
    from summarise.extractive.disputes import accounts_in
    from summarise.nlp import parse

    text = (
        "According to information from investigation circles, the investigators suspect "
        "the brakes of the trailer."
    )
    (doc,) = parse([text])
    voices = [a.voice for a in accounts_in(doc, SentenceRef("S1", 0, len(text), text, 2))]
    assert voices == ["investigation circles"], voices


def test_a_rejected_accusation_is_the_accusers_not_the_reporting_voices() -> None:
    found = _disputes(
        (
            "RIGA, June 2 (Reuters) - Latvian prosecutors have opened an investigation into "
            "the collapse of the footbridge, they said on Tuesday, after a residents' group "
            "accused the builder of skimping on steel, an accusation the company rejected.",
            "2026-06-02",
        )
    )
    voices = _voice_pairs(found)
    assert ["company", "residents' group"] in voices, voices


def test_two_hedged_times_that_can_both_hold_are_no_dispute() -> None:
    first = (
        "SALZBURG, Aug 2 (Reuters) - The blaze broke out at around 10:40 a.m. in the "
        "southbound tube of the tunnel on Saturday, police said.",
        "2026-08-02",
    )
    second = (
        "SALZBURG (AP) - The blaze started shortly before 10:45 a.m. in a truck in the "
        "southbound tube, police said.",
        "2026-08-02",
    )
    found = _disputes(first, second)
    assert not [d for d in found if d.topic.startswith("When")], [d.topic for d in found]
    # times that cannot both hold still are
    second = (
        "SALZBURG (AP) - The blaze started at 10:55 a.m. in a truck in the southbound tube, "
        "police said.",
        "2026-08-02",
    )
    found = _disputes(first, second)
    assert [d for d in found if d.topic.startswith("When")], [d.topic for d in found]


def test_a_body_named_in_english_with_its_own_languages_acronym_is_one_body() -> None:
    evidence = _evidence(
        (
            "SZCZECIN (AFP) - The Polish Angling Association (PZW) said at least 200 tonnes of "
            "fish had died. The PZW has asked for a ban on fishing.",
            "2026-08-07",
        ),
        (
            "SZCZECIN (Reuters) - The PZW said anglers had warned officials days earlier. "
            "Marek Głogowski of the water authority denied it. Głogowski said no warning came.",
            "2026-08-08",
        ),
        (
            "WARSAW (AP) - Marek Glogowski, the regional water director, was dismissed.",
            "2026-08-09",
        ),
    )
    entities = collect_entities(evidence)
    bodies = [e for e in entities if "PZW" in e.names or "Polish Angling Association" in e.names]
    assert len(bodies) == 1, [e.names for e in bodies]
    # one man, written with and without the stroke of the "ł"
    people = [e for e in entities if any("logowski" in name for name in e.names)]
    assert len(people) == 1, [e.names for e in people]


# --- read in the cable-car and locust clusters ----------------------------------------------


def test_a_part_of_a_year_is_still_that_year() -> None:
    found = find_time_expressions(
        "An outbreak in early 2024, much smaller than this one, damaged about 4,500 hectares.",
        date(2025, 11, 18),
    )
    assert [(e.text, e.iso) for e in found] == [("2024", "2024")]
    assert [e.iso for e in find_time_expressions("In late 2019 floods hit.", None)] == ["2019"]
    # not the start of what still goes on, nor a deadline
    for text in (
        "The outbreak, which began in late 2025, has killed 412 people.",
        "The ministry promised to rebuild the bridge by mid-2028.",
    ):
        assert not find_time_expressions(text, date(2026, 2, 19)), text


def test_each_figure_is_given_by_the_voice_it_hangs_from_not_the_last_said_before_it() -> None:
    article = (
        "ADDIS ABABA, Nov 21 (Reuters) - Locust swarms have destroyed about 62,000 hectares of "
        "cropland in eastern Ethiopia, the Food and Agriculture Organization said on Friday, a "
        "figure well above the government's own estimate of 38,700 hectares.",
        "2025-11-21",
    )
    found = [d for d in _disputes(article) if "hectares" in d.topic]
    assert found, [d.topic for d in _disputes(article)]
    sides = {c.value: c.attributed_to for c in found[0].claims}
    assert sides == {"about 62,000": "Food and Agriculture Organization", "38,700": "government"}
    # a figure above a level is no figure of another voice: no dispute
    level = (
        "MANILA (AP) - The river reached 12.6 metres on Sunday, above the critical level of "
        "11 metres, the weather agency said.",
        "2026-08-02",
    )
    assert not [d for d in _disputes(level) if "metre" in d.topic], _sides(_disputes(level))


def test_a_count_given_by_its_owner_is_the_owners() -> None:
    from summarise.extractive.casualties import figure_voice
    from summarise.nlp import parse

    cases = {
        "By the agency's count, about 150,000 cubic metres of tailings escaped.": "agency",
        "The mining company raised its own estimate on Thursday to 42,000 cubic metres.": (
            "mining company"
        ),
        "ZEMA stands by its estimate of about 150,000 cubic metres.": "ZEMA",
        "The ministry's estimate of damaged cropland rose from 12,000 hectares.": "ministry",
    }
    for text, voice in cases.items():
        (doc,) = parse([text])
        number = next(t for t in doc if t.like_num)
        assert figure_voice(doc, number.idx, number.idx + len(number.text)) == voice, text


def test_people_said_to_be_in_the_cabin_are_those_on_board() -> None:
    first = (
        "TBILISI (AP) - Deputy Interior Minister Nino Beradze said on Thursday that the footage "
        'settled it. "The video shows fourteen people entering that cabin. It was built for '
        'ten," she said.',
        "2026-02-12",
    )
    second = (
        "TBILISI (Reuters) - The operator still says that ten people, not fourteen, were in the "
        "cabin.",
        "2026-02-13",
    )
    found = [d for d in _disputes(first, second) if "on board" in d.topic]
    assert found, _sides(_disputes(first, second))
    sides = {c.value: c.attributed_to for c in found[0].claims}
    assert sides == {"fourteen": "Deputy Interior Minister Nino Beradze", "ten": "operator"}


def test_a_denial_opened_by_but_answers_the_sentence_just_before() -> None:
    article = (
        "ADDIS ABABA (AFP) - The ministry now says about 31,500 hectares of crops have been "
        "damaged, up from 21,000 on Wednesday. The ministry has said it asked the civil aviation "
        "authority for flight clearance on Monday. But the authority's spokesperson, Meron "
        "Tadesse, denied receiving any request before Wednesday afternoon.",
        "2025-11-20",
    )
    found = [d for d in _disputes(article) if d.topic.startswith("Denied by Meron")]
    assert found, _sides(_disputes(article))
    assert "asked the civil aviation authority" in found[0].claims[0].statement, _sides(found)


def test_days_of_a_month_without_a_year_set_against_each_other_are_a_dispute() -> None:
    article = (
        "GODE, Ethiopia (AP) - Locust swarms stripped farms along the river on Tuesday. The "
        "timeline remains contested. The ministry insists the first swarms crossed the border "
        "on November 15. Farmers near Kebri Dahar and Gode say they saw locusts as early as "
        "November 6.",
        "2025-11-25",
    )
    found = _disputes(article)
    voices = _voice_pairs(found)
    assert ["Farmers", "ministry"] in voices, _sides(found)


@pytest.mark.parametrize(
    ("text", "voice"),
    [
        (  # a role is who holds it where
            "TBILISI (Reuters) - The operator says the lift passed its last inspection in "
            "December. The head of the state Technical Supervision Agency denied that the lift "
            "passed any inspection in December.",
            "head of the state Technical Supervision Agency",
        ),
        (  # a spokesman is named with the body he speaks for (stop 37)
            "LIMA (Reuters) - A spokesman for the provincial water authority said the first "
            "report reached it late on Sunday night. The farmers' union denied that account.",
            "spokesman for the provincial water authority",
        ),
    ],
)
def test_a_voice_is_named_with_the_body_it_is_of(text: str, voice: str) -> None:
    voices = _voices((text, "2026-02-12"))
    assert voice in voices, voices


@pytest.mark.parametrize(
    ("first", "second", "shown"),
    [
        (  # one body's spokesman, told by two reports (stop 36)
            (
                "ADDIS ABABA (AP) - The Somali regional bureau says it formally warned the "
                "federal ministry about locust swarms on November 8. A ministry spokesman, Yonas "
                "Bekele, has denied that the ministry received any warning from regional "
                "officials before November 14.",
                "2025-11-20",
            ),
            (
                "ADDIS ABABA (Reuters) - The Somali regional bureau says it warned the federal "
                "ministry in writing on November 8. The ministry's spokesman, Yonas Bekele, "
                "denied that the federal government had received any warning of swarms before "
                "Nov. 14.",
                "2025-11-22",
            ),
            "November 8",
        ),
        (  # the director, then his directorate (stop 37): shown with its times
            (
                "VALPARAISO, Chile (AP) - The Valparaiso Medical College said the Van Buren "
                "Hospital notified the Regional Health Directorate at about 6 a.m. on Saturday "
                "that patients showed signs of poisoning. Regional Health Director Dr. Tomas "
                "Arancibia rejected claims by the college that the hospital had alerted his "
                "directorate at about 6 a.m. on Saturday.",
                "2026-05-12",
            ),
            (
                "VALPARAISO (Reuters) - The Valparaiso Medical College insists that the Van "
                "Buren Hospital warned regional health officials at about 6 a.m. last Saturday. "
                "The Regional Health Directorate has denied that the hospital warned it before "
                "11 p.m. that night.",
                "2026-05-14",
            ),
            "6 a.m.",
        ),
    ],
)
def test_one_denial_of_one_account_told_twice_is_one_dispute(
    first: tuple[str, str], second: tuple[str, str], shown: str
) -> None:
    found = [d for d in disputes_with_names_of(first, second) if d.topic.startswith("Denied")]
    assert len(found) == 1, _sides(found)
    assert shown in found[0].claims[0].statement, _sides(found)


def test_a_name_the_model_misses_after_a_title_is_a_person() -> None:
    evidence = _evidence(
        (
            "ADDIS ABABA (Reuters) - State Minister of Agriculture Melese Abera told reporters "
            "that the first swarms had crossed the border on Saturday. Parliament has summoned "
            "State Minister of Agriculture Melese Abera to appear next week.",
            "2025-11-18",
        ),
    )
    people = [e for e in collect_entities(evidence) if e.kind == "person"]
    assert [p.name for p in people] == ["Melese Abera"], [p.name for p in people]


def test_a_company_written_by_its_first_word_is_that_company() -> None:
    evidence = _evidence(
        (
            "ADDIS ABABA (Reuters) - The ministry said the aircraft it had hired from Sabean "
            "Agro-Aviation PLC, a crop-spraying company, had been grounded. Sabean's managing "
            "director, Tewodros Lemma, rejected that account.",
            "2025-11-19",
        ),
        (
            "ADDIS ABABA (AFP) - Spraying began on Thursday, after a dispute between the "
            "ministry and Sabean Agro-Aviation PLC. The ministry says the company's aircraft "
            "were grounded for maintenance; Sabean says the ministry failed to pay invoices.",
            "2025-11-21",
        ),
        (
            'ADDIS ABABA (HNA) - He said the company, Sabean Agro-Aviation, "must be '
            "accountable\". Sabean's managing director said the company would go to court.",
            "2025-11-24",
        ),
    )
    named = [e for e in collect_entities(evidence) if "Sabean" in e.name]
    assert [e.name for e in named] == ["Sabean Agro-Aviation PLC"], [e.names for e in named]


def test_a_sentence_that_only_answers_what_was_told_before_is_no_statement_of_its_own() -> None:
    from summarise.extractive.common import dangling

    assert dangling("Sabean's managing director, Tewodros Lemma, rejected that account.")
    assert dangling("The operator denied it on Friday.")
    assert dangling("According to her words, the director did not receive any warning.")
    # what carries its own content stands alone
    assert not dangling("The company denied that it had been warned.")
    assert not dangling("The ministry disputed that figure, saying 40 had died.")
    assert not dangling("According to police, the fire started at 3 a.m.")


def test_according_to_is_no_part_of_a_speakers_role() -> None:
    evidence = _evidence(
        (
            "TBILISI (Interpressnews) - The prosecution side demanded imprisonment. According "
            "to prosecutor Nikoloz Gabunia, in the cabin, "
            "which is intended for 10 persons, 14 persons were present at the moment of the "
            'accident. "This is not an accident of nature, this is a crime," declared Nikoloz '
            "Gabunia at the session.",
            "2026-02-14",
        ),
    )
    roles = {e.name: e.role for e in collect_entities(evidence)}
    assert roles.get("Nikoloz Gabunia") == "prosecutor", roles


def test_the_harm_an_offence_is_worded_by_is_no_count() -> None:
    evidence = _evidence(
        (
            "TBILISI (AP) - The director of the lift company was detained on Thursday. He is "
            "held on suspicion of violating safety rules, leading to the deaths of two or more "
            "people. The ministry says five people died.",
            "2026-02-12",
        ),
    )
    killed = [(f.count, f.amount_text) for f in all_figures(evidence) if f.kind == "killed"]
    assert killed == [(5, "five")], killed


def test_an_honorific_of_another_language_is_no_part_of_the_name() -> None:
    evidence = _evidence(
        (
            "KANO, Nigeria (AP) - Alhaji Lawali Maiyaki, head of the parents' association, said "
            "every family had paid. Ato Abebe Kebede, a farmer, said the swarms came at dawn.",
            "2026-03-02",
        ),
    )
    people = sorted(e.name for e in collect_entities(evidence) if e.kind == "person")
    assert people == ["Abebe Kebede", "Lawali Maiyaki"], people


# --- read in the methanol and museum clusters -----------------------------------------------


def test_a_number_of_deaths_is_the_toll() -> None:
    from summarise.evidence import SentenceRef
    from summarise.extractive.disputes import find_quantities

    text = "The number of deaths in the city has risen to 23."
    ref = SentenceRef("S1", 0, len(text), text, 1)
    assert [q.key for q in find_quantities(ref)] == ["toll"]


# A stolen thing's worth is what was taken, whichever word says it ("worth", "insured for").
_SUMS_OF_A_THING = {"What it is worth", "How much was taken"}


def test_what_a_thing_is_worth_is_one_sum_whatever_says_so() -> None:
    article = (
        "MADRID (Reuters) - The culture minister said the stolen paintings were worth around "
        "30 million euros. The gallery said that figure was wrong and that they were insured "
        "for 8 million.",
        "2026-04-02",
    )
    found = [d for d in _disputes(article) if d.topic in _SUMS_OF_A_THING]
    assert [sorted(c.value or "" for c in d.claims) for d in found] == [
        ["8 million", "around 30 million"]
    ], _sides(_disputes(article))


def test_a_voice_whose_verb_is_left_out_gives_its_own_figure() -> None:
    article = (
        "NAPLES (AP) - The gallery and its insurer disagree on the value of the stolen bronzes: "
        "the gallery puts it at 9 million euros, the insurer at 2.5 million euros.",
        "2026-04-02",
    )
    found = [d for d in _disputes(article) if d.topic in _SUMS_OF_A_THING]
    assert [sorted((c.value or "", c.attributed_to or "") for c in d.claims) for d in found] == [
        [("2.5 million", "insurer"), ("9 million", "gallery")]
    ], _sides(_disputes(article))


def test_the_company_a_manager_denies_for_is_the_one_his_title_names() -> None:
    article = (
        "IZMIR (Reuters) - Bar owners in Manisa said they had bought the bottles from a "
        "licensed wholesaler, Ege Trade. Four more people died in Manisa after drinking "
        "counterfeit alcohol, the governor said. Ege Trade's general manager, Ali Demir, denied "
        "the company had ever handled counterfeit alcohol.",
        "2026-03-02",
    )
    found = [d for d in _disputes(article) if d.topic.startswith("Denied by Ali Demir")]
    assert found and "Ege Trade" in found[0].claims[0].statement, _sides(_disputes(article))


def test_receiving_is_no_word_a_denial_shares_with_an_account() -> None:
    first = (
        "LISBON (Reuters) - The museum, housed in a palace overlooking the river, received "
        "around 250,000 visitors last year, Reuters reported. Its director, Helena Costa, "
        "denied receiving any warning that the sensors were out of action.",
        "2026-02-11",
    )
    second = (
        "LISBON (AP) - Miguel Teles, the ministry's spokesman, said the motion sensors in the "
        "east wing had been switched off on Monday at the request of the museum's management.",
        "2026-02-11",
    )
    statements = [c.statement for d in _disputes(first, second) for c in d.claims]
    assert not any("visitors" in s for s in statements), statements


def test_a_but_with_no_figure_answers_the_sentence_right_before() -> None:
    article = (
        "ISTANBUL (Reuters) - Investigators believe the workshop bought industrial methanol "
        "for the bottles from a licensed chemicals trader in Tuzla. Interior ministry "
        "spokesman Levent Okur said every bottle examined so far had come from the Arnavutkoy "
        "workshop. But in Izmir, the head of the bar owners' association said its members had "
        "bought the bottles from a licensed wholesaler in Kemalpasa.",
        "2026-11-11",
    )
    statements = [[c.statement for c in d.claims] for d in _disputes(article)]
    answered = [pair for pair in statements if any("Kemalpasa" in s for s in pair)]
    assert answered and any("Arnavutkoy" in s for s in answered[0]), statements


# --- read in the cabin blowout and lightning clusters (S88, S89) ------------------------------


def test_a_toll_told_with_its_breakdown_after_a_dash_is_the_whole() -> None:
    from summarise.extractive.casualties import breakdown_parts

    evidence = _evidence(
        (
            "GISENYI (Reuters) - The ministry puts the final toll at 9 dead - six pupils and "
            "three teachers - and 30 injured.",
            "2026-03-20",
        )
    )
    figures = all_figures(evidence)
    parts = breakdown_parts(evidence, figures)
    nine = [f for f in figures if f.kind == "killed" and f.count == 9]
    assert nine and not is_part(nine[0], parts), [(f.count, f.group) for f in figures]
    assert nine[0].group != "pupils", nine[0].group
    assert {f.count for f in figures if is_part(f, parts)} == {6, 3}


def test_a_toll_dispute_shows_each_side_as_its_voice_last_gave_it() -> None:
    found = _disputes(
        (
            "HUYE (Reuters) - Ten people were killed when lightning struck a school, the "
            "ministry said. Chanika district, however, puts the toll at 12.",
            "2026-03-18",
        ),
        (
            "HUYE (AFP) - A week after lightning struck a school, the ministry puts the final "
            "toll at 11 dead. Chanika district insists on its own count.",
            "2026-03-25",
        ),
    )
    tolls = [d for d in found if d.topic.startswith("How many were killed")]
    assert [[c.value for c in d.claims] for d in tolls] == [["11", "12"]], [
        (d.topic, [(c.value, c.attributed_to) for c in d.claims]) for d in found
    ]


def test_a_year_told_as_the_year_is_a_date() -> None:
    found = find_time_expressions(
        "We remind that in the year 2018 the lightning killed 16 persons.", date(2026, 3, 20)
    )
    assert [e.iso for e in found] == ["2018"], found


def test_a_denial_by_the_airline_in_a_clause_set_apart_has_its_voice() -> None:
    found = _disputes(
        (
            "OSLO (Reuters) - The manufacturer has said the panel was refitted by the carrier's "
            "own technicians during a January check, which the airline denies.",
            "2026-03-13",
        )
    )
    assert any(d.topic.startswith("Denied by airline") for d in found), [d.topic for d in found]


def test_that_account_after_a_quotation_is_the_account_its_speaker_gave() -> None:
    found = _disputes(
        (
            "BERGEN - Kari Holm, leader of the cabin crew union, told reporters crews had "
            'logged a rattling noise near the door in September last year. "Our members '
            'heard it, they wrote it down, and they kept writing it down," Holm said. Fjordfly '
            "rejects that account. Fjordfly said the first log entry linked to the door was "
            "made on March 5.",
            "2026-03-12",
        )
    )
    sides = [c.statement for d in found if d.topic.startswith("Denied by") for c in d.claims]
    assert any("September" in side for side in sides), sides
    voices = [c.attributed_to for d in found for c in d.claims]
    assert "Kari Holm" in voices, voices  # not "BERGEN - Kari Holm": the dateline is no name


def test_a_hospital_that_treated_more_than_the_injured_disputes_the_count() -> None:
    more = _disputes(
        (
            "KIGALI (Reuters) - The ministry puts the number of injured at 37, while Kirehe "
            "District Hospital says it treated 46 people.",
            "2026-03-23",
        )
    )
    assert [[c.value for c in d.claims] for d in more if "injured" in d.topic] == [["37", "46"]]
    fewer = _disputes(
        (
            "KIGALI (Reuters) - The ministry puts the number of injured at 37, while Kirehe "
            "District Hospital says it treated 20 people.",
            "2026-03-23",
        )
    )
    assert not [d for d in fewer if "injured" in d.topic], [d.topic for d in fewer]


def test_those_checked_by_paramedics_are_counted_and_set_against_another_count() -> None:
    found = _disputes(
        (
            "OSLO (AP) - The airline said seven passengers were checked by paramedics. Chief "
            "physician Anna Berg said 12 passengers had been assessed by medical staff.",
            "2026-03-11",
        )
    )
    assert [[c.value for c in d.claims] for d in found if "examined" in d.topic] == [["7", "12"]]
    evidence = _evidence(("BERGEN - Police checked 40 passengers at the gate.", "2026-03-11"))
    assert not all_figures(evidence)


def test_a_warning_denied_from_the_airline_is_no_answer_to_a_union() -> None:
    found = _disputes(
        (
            "OSLO (Reuters) - The pilots' union says crews warned about a noise near the panel "
            "as long ago as October. Vestavia Aircraft also denied receiving any warning from "
            "the airline about the panel before the flight.",
            "2026-03-11",
        )
    )
    paired = [[c.attributed_to for c in d.claims] for d in found if d.topic.startswith("Denied by")]
    assert not any("pilots' union" in voices for voices in paired), paired


def test_a_spokeswoman_named_once_with_her_airline_speaks_for_it() -> None:
    from summarise.extractive.disputes import _Antecedents

    evidence = _evidence(
        (
            "OSLO (AFP) - Spokeswoman Line Berg said the first log entry linked to the seal was "
            "made on March 5. Vestavia Aircraft denied receiving any warning from the airline.",
            "2026-03-11",
        ),
        (
            "OSLO (Reuters) - Fjordfly spokeswoman Line Berg said passengers had been checked "
            "at the gate and none needed hospital treatment.",
            "2026-03-12",
        ),
    )
    antecedents = _Antecedents(evidence, collect_entities(evidence))
    assert antecedents.one_side("Spokeswoman Line Berg", "Fjordfly", loosely=True)
    assert not antecedents.one_side("Spokeswoman Line Berg", "Vestavia Aircraft", loosely=True)


def test_a_blame_before_a_semicolon_is_a_side_of_its_own() -> None:
    found = _disputes(
        (
            "OSLO - The cause is disputed too. Norrland Air blames the design and the factory; "
            "Vestavia says the airline's own technicians refitted the seal during maintenance "
            "in January.",
            "2026-03-17",
        )
    )
    sides = [[c.attributed_to for c in d.claims] for d in found]
    assert ["Norrland Air", "Vestavia"] in sides, [(d.topic, d.claims) for d in found]


def test_a_time_something_was_said_to_be_done_is_not_when_the_event_happened() -> None:
    brief = _brief(
        (
            "MWANZA, Tanzania (Reuters) - The meteorological authority said it had issued a "
            "warning of strong winds at 6:00 am on Saturday. A passenger ferry carrying about "
            "150 people capsized on Lake Victoria on Saturday. The ferry overturned at around "
            "4 p.m. as it approached the port of Mwanza.",
            "2026-04-18",
        )
    )
    clocks = [t.text for t in brief.when if re.search(r"\d:\d\d|\d\s*[ap]\.?m", t.text)]
    assert clocks and "4 p.m." in clocks[0], [t.text for t in brief.when]


def test_a_heart_attack_or_a_fire_agency_names_no_incident_of_a_toll() -> None:
    found = _disputes(
        (
            "EL ESPINAL (AP) - The mayor's office says five people were killed when the "
            "grandstand gave way. The Red Cross says six people died, counting a man who had a "
            "heart attack at the scene. The fire agency said 40 people were injured.",
            "2026-07-01",
        )
    )
    tolls = [d.topic for d in found if d.topic.startswith("How many were killed")]
    assert tolls == ["How many were killed"], [d.topic for d in found]


def test_a_quantity_whose_clause_goes_on_to_an_earlier_year_is_no_side() -> None:
    found = _disputes(
        (
            "GUAYAQUIL (Reuters) - Police said 7.4 tonnes of cocaine were seized in the banana "
            "containers on Tuesday, but prosecutors say the official weighing found 6.8 tonnes. "
            "Belgian "
            "customs seized a record 116 tonnes of cocaine in the port of Antwerp in 2023.",
            "2026-03-20",
        )
    )
    tonnes = [sorted(c.value or "" for c in d.claims) for d in found if "tonnes" in d.topic]
    assert tonnes == [["6.8", "7.4"]], _shown(found)


# --- read in the bridge and crane clusters (S92, S93) ----------------------------------------


def test_a_toll_revised_by_a_body_is_its_figure_and_a_count_kept_beside_it_too() -> None:
    evidence = _evidence(
        (
            "QUITO (Reuters) - Officials raised the death toll to 14 on Monday, but the Red "
            "Cross kept its own count at 17.",
            "2026-05-04",
        )
    )
    found = {(f.kind, f.count, f.attributed_to) for f in all_figures(evidence)}
    assert ("killed", 14, "Officials") in found, found
    assert ("killed", 17, "Red Cross") in found, found


def test_of_two_according_tos_each_figure_has_the_one_beside_it() -> None:
    evidence = _evidence(
        (
            "The number of injured is still disputed: 52 according to the ministry, 61 "
            "according to the Red Crescent.",
            "2026-05-04",
        )
    )
    found = {(f.count, f.attributed_to) for f in all_figures(evidence) if f.kind == "injured"}
    assert found == {(52, "ministry"), (61, "Red Crescent")}, found


def test_a_say_set_between_commas_after_a_figure_gives_it() -> None:
    evidence = _evidence(
        (
            "The number of people killed when a crane fell onto a market in Lagos on Tuesday "
            "has risen to nine, city officials say, as engineers investigating the collapse "
            "said early evidence suggested the crane was overloaded.",
            "2026-05-04",
        )
    )
    found = {(f.count, f.attributed_to) for f in all_figures(evidence) if f.kind == "killed"}
    assert found == {(9, "city officials")}, found  # not the engineers


def test_a_later_disagreement_above_an_earlier_one_is_the_toll_dispute_shown() -> None:
    found = _disputes(
        (
            "LIMA (AFP) - The ministry said seven people were killed, while police counted "
            "eight dead.",
            "2026-05-04",
        ),
        (
            "LIMA (Reuters) - Police raised the death toll to 11 on Friday, but the ministry "
            "kept its official count at ten.",
            "2026-05-08",
        ),
    )
    tolls = [d for d in found if d.topic.startswith("How many were killed")]
    assert [[c.value for c in d.claims] for d in tolls] == [["10", "11"]], [
        (d.topic, [(c.value, c.attributed_to) for c in d.claims]) for d in found
    ]


def test_a_denial_of_receiving_a_warning_answers_who_says_they_sent_it() -> None:
    found = _disputes(
        (
            "CUSCO (AFP) - The findings appeared to back Ana Quispe, a hydrologist at the "
            "University of Cusco, who says she emailed her readings to the water authority on "
            "May 2. The authority has denied receiving any warning before the flood.",
            "2026-05-09",
        )
    )
    denied = [d for d in found if d.topic.startswith("Denied by")]
    assert denied, [d.topic for d in found]
    sides = {c.attributed_to: c.statement for c in denied[0].claims}
    # Quispe, not the University of Cusco named last before "who"
    assert sides.get("Quispe", "").startswith("Quispe says she emailed"), sides


def test_a_denial_joined_to_what_a_company_maintains_is_the_companys() -> None:
    found = _disputes(
        (
            "DHAKA (Reuters) - Survivors said the crew had overloaded the ferry with cement. "
            "Meghna Launch Services maintains that a freak wave rolled the vessel and denies "
            "it was overloaded.",
            "2026-05-09",
        )
    )
    assert any(d.topic.startswith("Denied by Meghna Launch Services") for d in found), [
        d.topic for d in found
    ]


def test_a_cause_that_brought_the_thing_down_is_set_against_what_findings_point_to() -> None:
    found = _disputes(
        (
            "MANILA (AP) - The builder insists the tower was brought down by a sudden gust. "
            "Engineers said their preliminary findings pointed to corrosion in the anchor bolts.",
            "2026-05-09",
        )
    )
    causes = [d for d in found if d.topic.startswith("What caused it")]
    assert causes, [d.topic for d in found]
    told = " ".join(c.statement for c in causes[0].claims)
    assert "gust" in told and "corrosion" in told, told


def test_a_cause_blamed_on_a_place_is_the_thing_blamed_not_the_place() -> None:
    found = _disputes(
        (
            "BELGRADE (Reuters) - The operator says the pier was sound in January and blames "
            "unusually high water on the Danube this winter. But the minister blamed years of "
            "poor maintenance by the operator.",
            "2026-03-20",
        )
    )
    causes = {
        c.attributed_to: c.value
        for d in found
        if d.topic.startswith("What caused it")
        for c in d.claims
    }
    # the operator blames the water (not "the Danube"), not the pier the parse makes it say
    assert causes.get("operator") == "unusually high water", causes


def test_a_rules_limit_that_changes_is_no_disputed_quantity() -> None:
    found = _disputes(
        (
            "NOVI SAD (Reuters) - Police banned lorries weighing more than 7.5 tonnes from all "
            "bridges in Novi Sad and sent them to the Beska bridge.",
            "2026-03-17",
        ),
        (
            "NOVI SAD (AP) - Meanwhile the city lowered the weight limit on its remaining "
            "bridges to 3.5 tonnes, and traffic police said more than a thousand lorries had "
            "been diverted.",
            "2026-03-18",
        ),
    )
    assert not [d for d in found if "tonne" in d.topic], [d.topic for d in found]


def test_no_record_of_what_another_says_happened_sets_the_two_against_each_other() -> None:
    found = _disputes(
        (
            "CEBU (Reuters) - The mall's owner said the lift had passed a safety inspection "
            "on March 3.",
            "2026-05-04",
        ),
        (
            'CEBU (AFP) - "We have no record of any inspection in March," said Teresita Abad, '
            "the city's building inspector.",
            "2026-05-05",
        ),
    )
    sides = [" ".join(c.statement for c in d.claims) for d in found]
    assert any("no record" in s and "March 3" in s for s in sides), [d.topic for d in found]


def test_what_a_company_promises_is_no_account_a_union_rejects() -> None:
    found = _disputes(
        (
            "BANGKOK (AFP) - Chao Phraya Builders said in a statement that a violent gust of "
            "wind had toppled the crane. The company said it would cooperate fully with "
            "investigators. But a construction workers' union rejected the company's account.",
            "2026-05-04",
        )
    )
    told = [c.statement for d in found for c in d.claims]
    assert not any("cooperate" in s for s in told), told


def test_no_record_is_set_against_another_voice_not_the_same_man_by_his_first_name() -> None:
    found = _disputes(
        (
            "BANGKOK (AFP) - Labour department director-general Somchai Rattanakul said the "
            "department's records showed that the last inspection certificate for the crane "
            'was dated June 12. "We have no record of any inspection in October," Somchai said.',
            "2025-11-19",
        ),
        (
            "BANGKOK (Reuters) - The builder said the crane had passed a safety inspection on "
            "October 30.",
            "2025-11-19",
        ),
    )
    against = [
        {c.attributed_to for c in d.claims}
        for d in found
        if any("no record" in c.statement for c in d.claims)
    ]
    assert against and "builder" in against[0], [
        (d.topic, [c.attributed_to for c in d.claims]) for d in found
    ]


def test_a_dateline_with_its_year_is_a_dateline() -> None:
    found = dateline("NOVI SAD, Serbia, March 18, 2026 (AFP) - A Serbian engineer said")
    assert found is not None and found.group(0) == "NOVI SAD, Serbia, March 18, 2026 (AFP) - "


def test_two_denials_of_one_account_by_a_man_and_his_lawyer_are_one_dispute() -> None:
    found = _disputes(
        (
            "BANGKOK (AFP) - Workers' representatives say crew members warned of the "
            "worsening wind in the late afternoon. The site manager's lawyer, Veerapong "
            'Kaewmanee, said his client "denies receiving any warning from anyone about the '
            'wind".',
            "2026-05-04",
        ),
        (
            "BANGKOK - Site manager Prasert Lampang is in custody. Through his lawyer, he "
            "denies that workers warned him about the weather.",
            "2026-05-10",
        ),
    )
    denials = [d for d in found if d.topic.startswith("Denied by")]
    assert len(denials) == 1, [d.topic for d in denials]


def test_a_place_the_parse_split_off_as_the_speaker_is_the_persons_role() -> None:
    event = _brief(
        (
            'BANGKOK (Reuters) - A crane fell on a bus. "Rescuers are still trying to reach '
            'people inside the bus," Police Colonel Weerachai Phromsiri, superintendent of '
            "Khlong Toei police station, told Reuters by telephone.",
            "2025-11-18",
        )
    )
    said = [(r.speaker, r.affiliation) for r in event.reactions]
    assert said == [("Weerachai Phromsiri", "superintendent of Khlong Toei police station")], said


def test_a_river_at_a_town_is_no_person() -> None:
    evidence = _evidence(
        (
            "NOVI SAD, Serbia (Reuters) - Serbian authorities closed a motorway bridge over the "
            "Danube at Novi Sad on Tuesday after engineers found cracks in one of its piers.",
            "2026-03-17",
        )
    )
    people = [e.name for e in collect_entities(evidence) if e.kind == "person"]
    assert not [name for name in people if "Danube" in name], people


def test_a_number_with_a_thousands_comma_is_no_edge_of_an_aside() -> None:
    from summarise.extractive.when import describe

    sentence = (
        "The Petrovaradin bridge, which normally carries some 38,000 vehicles a day, was "
        "closed at 11 a.m. on Tuesday."
    )
    at = sentence.index("11 a.m.")
    expression = TimeExpression(at, at + 7, "11 a.m.", "2026-03-17", "clock")
    assert describe(sentence, expression) == "The Petrovaradin bridge was closed on Tuesday."


def test_a_figure_told_after_another_voices_figure_is_shown_as_its_own() -> None:
    found = _disputes(
        (
            "The count of injured is no closer: 38 according to City Hall, 44 according to police.",
            "2025-11-25",
        )
    )
    sides = [c.statement for d in found if "injured" in d.topic for c in d.claims]
    assert sides and not any("38" in side and "44" in side for side in sides), sides


def test_two_accounts_that_tell_a_count_dispute_again_are_not_a_second_dispute() -> None:
    found = _disputes(
        (
            "BANGKOK (Reuters) - The number of people killed when a crane fell onto a bus has "
            "risen to nine, city officials say. There is still no agreement on the number of "
            "injured. The BMA revised its figure down to 38 from 41, saying some people had "
            "been registered twice when they were moved between hospitals. Police say 44 "
            "people were hurt, including those treated at the scene who did not go to hospital.",
            "2025-11-20",
        ),
        (
            "BANGKOK (Reuters) - The two sides also differ on injuries: the BMA says 38 people "
            "were hurt, while police put the number at 44.",
            "2025-11-24",
        ),
    )
    told = [d.topic for d in found if any("44" in c.statement for c in d.claims)]
    assert told == ["How many were injured"], [d.topic for d in found]


def test_a_body_that_raises_its_toll_gives_an_account() -> None:
    from summarise.evidence import SentenceRef
    from summarise.extractive.disputes import accounts_in
    from summarise.nlp import parse

    text = (
        "The ministry raised its toll to 14 on Monday, while the Red Cross says at least 20 died."
    )
    (doc,) = parse([text])
    accounts = {a.voice: a.text for a in accounts_in(doc, SentenceRef("S1", 0, len(text), text, 0))}
    assert accounts.get("ministry") == "The ministry raised its toll to 14 on Monday", accounts


def test_a_name_spelled_out_by_an_acronym_is_a_body_whatever_the_model_says() -> None:
    # bench/synthetic S92 (invented): the model calls "Dunav Autoput" a person in most of its
    # mentions; "Dunav Autoput (DAP)" says it is the operator
    from pathlib import Path

    from summarise.evidence import build_evidence
    from summarise.ingest import load_articles

    cluster = Path(__file__).resolve().parents[1] / "bench" / "synthetic" / "sources" / "S92"
    evidence = build_evidence(load_articles([str(cluster)]).articles)
    kinds = {e.kind for e in collect_entities(evidence) if e.name == "Dunav Autoput"}
    assert kinds == {"organisation"}, kinds


def test_bodies_that_can_only_be_identified_by_dna_are_no_side_of_the_toll() -> None:
    found = _disputes(
        (
            "DHAKA (AFP) - The fire service puts the toll at 24 dead. Police say three bodies "
            "can be identified only by DNA tests.",
            "2026-04-20",
        )
    )
    sides = [c.value for d in found if d.topic.startswith("How many were killed") for c in d.claims]
    assert "3" not in sides, sides


# --- read in the school-lunch and data-centre clusters (S95, S96) ----------------------------


def _figures_of(text: str) -> set[tuple[str, int, str, str | None]]:
    found = all_figures(_evidence((text, "2026-05-06")))
    return {(f.kind, f.count, f.shown_as, f.attributed_to) for f in found}


def _values_by_dispute(found: list[Dispute], topic: str) -> list[set[str | None]]:
    """The values of each dispute whose topic is `topic`, one set per dispute."""
    return [{c.value for c in d.claims} for d in found if d.topic == topic]


def _values_of_the_cause(found: list[Dispute]) -> str:
    """The values of the first "What caused it" dispute, joined; fails when there is none."""
    causes = [d for d in found if d.topic.startswith("What caused it")]
    assert causes, [d.topic for d in found]
    return " / ".join(c.value or "" for c in causes[0].claims)


def _sides_of(found: list[Dispute], topic: str) -> list[list[tuple[str | None, str | None]]]:
    """The sides (value, voice) of each dispute whose topic starts with `topic`."""
    return [
        sorted(((c.value, c.attributed_to) for c in d.claims), key=lambda side: side[0] or "")
        for d in found
        if d.topic.startswith(topic)
    ]


def test_people_taken_ill_are_a_count_of_their_own_not_of_the_dead() -> None:
    found = _figures_of(
        "TEMUCO, Chile (Reuters) - The outbreak has left one child dead and hundreds ill, "
        "and the municipality says 430 pupils fell ill."
    )
    kinds = {(kind, count) for kind, count, _, _ in found}
    assert ("killed", 1) in kinds, found
    assert ("ill", 430) in kinds, found
    assert ("killed", 200) not in kinds, found  # "hundreds ill" are no dead


def test_cases_of_an_illness_and_hospitalisations_are_counted() -> None:
    found = _figures_of(
        "The Health Ministry's final bulletin counts 371 cases of gastroenteritis and 72 "
        "hospitalisations linked to the meal, with three children still in hospital."
    )
    assert ("ill", 371, "ill", "Health Ministry") in found, (
        found
    )  # the ministry's, not its bulletin
    assert ("injured", 72, "hospitalised", "Health Ministry") in found, found
    assert ("injured", 3, "still in hospital", "Health Ministry") in found, found


def test_cases_with_no_illness_nor_a_word_made_of_ill_are_no_casualties() -> None:
    assert _figures_of("In 12 cases the court ruled against the state, lawyers said.") == set()
    found = _figures_of("The ill-fated ferry was carrying 40 people when it sank.")
    assert {kind for kind, *_ in found} == {"aboard"}, found


def test_a_count_put_at_a_figure_by_its_own_noun() -> None:
    found = _figures_of("The regional hospital puts its own admissions at 84.")
    assert ("injured", 84, "hospitalised", "regional hospital") in found, found
    # "with 14 nurses in intensive care at the time": where they were, not how they are
    assert _figures_of("The fire broke out with 14 nurses in intensive care at the time.") == set()


def test_two_voices_counting_the_ill_and_the_hospitalised_differently_are_disputes() -> None:
    found = _disputes(
        (
            "TEMUCO (Reuters) - The Health Ministry's final bulletin counts 371 cases of "
            "gastroenteritis and 72 hospitalisations linked to the meal. The regional hospital "
            "puts its own admissions at 84. The municipality says 430 pupils fell ill.",
            "2026-05-12",
        )
    )
    sides = {d.topic.split(" in ")[0]: sorted(c.value for c in d.claims) for d in found}
    assert sides.get("How many were ill") == ["371", "430"], sides
    assert sides.get("How many were hospitalised") == ["72", "84"], sides


def test_a_figure_counted_by_someone_is_theirs() -> None:
    found = _figures_of(
        "The municipality now says 412 pupils fell ill, against 356 cases registered by the "
        "ministry."
    )
    assert ("ill", 412, "ill", "municipality") in found, found
    assert ("ill", 356, "ill", "ministry") in found, found


def test_one_thing_counted_in_two_words_by_two_voices_is_one_count_at_odds() -> None:
    found = _disputes(
        (
            "TALLINN (AP) - The state IT agency said 27 information systems were knocked out by "
            "the fire.",
            "2026-02-10",
        ),
        (
            "TALLINN (AFP) - The ministry said on Wednesday that 63 e-services had been out of "
            "action at the worst point, against the 27 systems counted by RIA on Tuesday.",
            "2026-02-11",
        ),
    )
    values = [sorted(c.value for c in d.claims) for d in found]
    assert ["27", "63"] in values, _shown(found)


def test_a_count_is_of_its_noun_not_of_the_words_before_it() -> None:
    from summarise.evidence import SentenceRef
    from summarise.extractive.disputes import find_quantities

    text = "RIA counts 27 affected information systems, 12 more cases and 30 square metres."
    keys = {q.key for q in find_quantities(SentenceRef("a", 0, len(text), text, 1))}
    assert "system" in keys, keys
    assert not keys & {"affected", "information", "case", "metre"}, keys


def test_what_the_event_itself_did_is_no_cause_of_it() -> None:
    from summarise.extractive.disputes import _Antecedents, _cause_disputes

    evidence = _evidence(
        (
            "TALLINN (AFP) - The ministry said 63 e-services were unavailable during an outage "
            "caused by a fire at a government data centre.",
            "2026-02-11",
        ),
        (
            "TALLINN (Reuters) - RIA blames the battery's age; Nordkivi points to maintenance "
            "work by Voltec Service, a contractor, which says its staff never touched the "
            "batteries.",
            "2026-02-12",
        ),
        titles=("Fire at state data centre knocks e-services offline", "Data centre fire: blame"),
    )
    found = _cause_disputes(evidence, _Antecedents(evidence, []), lambda *_: False)
    assert len(found) == 1, found
    sides = {(c.attributed_to, c.value) for c in found[0].claims}
    # Nordkivi's words begin at Nordkivi, though the parse hangs RIA's clause from "points"
    assert sides == {
        ("RIA", "the battery's age"),
        ("Nordkivi", "maintenance work by Voltec Service"),
    }, sides
    assert found[0].claims[0].statement == "RIA blames the battery's age", found[0].claims


def test_a_denial_of_such_a_warning_answers_the_one_just_told_in_its_sentence() -> None:
    found = _disputes(
        (
            "TEMUCO (Reuters) - Prosecutor Claudia Melipeuco said her office had received the "
            "laboratory report. The regional health authority says it inspected the kitchen on "
            "March 18 and told the company to repair a cold room; the company denies receiving "
            "any such warning.",
            "2026-05-12",
        )
    )
    denied = [d for d in found if d.topic.startswith("Denied by")]
    assert denied, [d.topic for d in found]
    voices = [c.attributed_to for c in denied[0].claims]
    assert "regional health authority" in voices and "Claudia Melipeuco" not in voices, voices


def test_a_body_is_one_voice_whether_named_with_of_or_not() -> None:
    from summarise.extractive.disputes import _body_word

    assert _body_word("Ministry of Health") == _body_word("Health Ministry") == "ministry"
    assert _body_word("municipality of Temuco") == _body_word("municipality")


@pytest.mark.parametrize(
    ("sentence", "iso"),
    [
        ("The government has ordered an independent review due by May.", "2026-05"),
        ("The minister was due to visit on Friday.", "2026-02-20"),
        ("The flight was delayed due to fog on Tuesday.", "2026-02-17"),  # a cause, not ahead
        ("The payment was due in March but never came.", "2025-03"),
    ],
)
def test_what_is_due_is_ahead_and_what_is_due_to_a_cause_is_not(sentence: str, iso: str) -> None:
    found = find_time_expressions(sentence, date(2026, 2, 19))
    assert [e.iso for e in found] == [iso], found


def test_a_relative_clause_with_its_date_is_told_as_a_statement_not_a_fragment() -> None:
    brief = _brief(
        (
            "TALLINN (Reuters) - A fire broke out at a state data centre on Tuesday. RIA "
            "published a letter asking for a timetable to replace the batteries, which were "
            "installed in 2015.",
            "2026-02-12",
        )
    )
    described = [t.describes for t in brief.when]
    assert "The batteries were installed." in described, described
    assert not any(d and "which were installed" in d for d in described), described


def test_what_was_done_to_someone_is_no_part_of_their_role() -> None:
    brief = _brief(
        (
            "TALLINN (ERR) - On Tuesday the ministry confirmed that four systems had their only "
            "backup copies in another hall, partly vindicating opposition MP Urmas Jogi, who "
            'raised the issue last week. "This is not a backup," Jogi said. "We will rebuild," '
            "acting mayor Rosa Quispe said.",
            "2026-05-06",
        )
    )
    roles = {actor.name: actor.role for actor in brief.who}
    assert roles.get("Urmas Jogi") == "opposition MP", roles
    assert roles.get("Rosa Quispe") == "acting mayor", roles


def test_people_an_outbreak_infected_beside_its_dead_are_ill_not_dead() -> None:
    found = _figures_of(
        "In 2014, the outbreak of Vila Franca de Xira caused 12 deaths and more than 375 "
        "infected persons."
    )
    kinds = {(kind, count) for kind, count, _, _ in found}
    assert ("killed", 12) in kinds and ("ill", 375) in kinds, found
    assert ("killed", 375) not in kinds, found


# --- read in the silo and tiger clusters (S97, S98), after they were measured held out -------


def test_the_deceased_are_dead_and_those_who_count_them_are_their_voice() -> None:
    found = _figures_of(
        "The county police and the prosecutors investigating the blast last Wednesday count "
        "seven dead: six workers killed at the scene and a silo operator who died in hospital. "
    )
    assert ("killed", 7, "killed", "county police") in found, found
    found = _figures_of(
        "The port authority maintains in its communique of Friday evening the figure of six "
        "deceased persons."
    )
    assert {(kind, count) for kind, count, _, _ in found} == {("killed", 6)}, found


def test_welding_blamed_against_an_ignition_that_came_from_elsewhere_is_a_cause_dispute() -> None:
    found = _disputes(
        (
            "CONSTANTA (Reuters) - The dockers' union blames welding being carried out at the "
            "silo by a subcontractor, while the company says the ignition most likely came from "
            "inside the silo's elevator system.",
            "2026-03-13",
        )
    )
    values = _values_of_the_cause(found)
    assert "welding" in values and "elevator" in values, values


def test_a_toll_told_of_the_blast_and_of_the_explosion_is_one_incident() -> None:
    found = _disputes(
        (
            "CONSTANTA (Reuters) - The port authority said two people were killed in the "
            "explosion, while police said three people were dead.",
            "2026-03-11",
        ),
        (
            "CONSTANTA (AP) - Police now count seven dead in the blast at the terminal. The port "
            "authority said on Friday it had confirmed six deaths.",
            "2026-03-15",
        ),
    )
    tolls = [
        sorted(c.value or "" for c in d.claims)
        for d in found
        if d.topic.startswith("How many were killed")
    ]
    assert tolls == [["6", "7"]], tolls


def test_a_rival_figure_given_back_with_no_noun_counts_the_same_thing() -> None:
    found = _disputes(
        (
            "MENDOZA (AFP) - The provincial school authority said 11 schools were closed, while "
            "the city said 14, including private kindergartens.",
            "2026-03-13",
        )
    )
    sides = _sides_of(found, "How many schools")
    assert sides == [[("11", "provincial school authority"), ("14", "city")]], sides


def test_a_thing_one_voice_says_was_broken_and_another_insists_was_intact_is_a_dispute() -> None:
    found = _disputes(
        (
            "MENDOZA (AFP) - Omar Quiroga, the union delegate at the park, said the padlock on "
            'the service gate "had been broken for weeks". Environment Secretary Valeria '
            'Pizarro insists the gate was simply left open and that the padlock was "intact".',
            "2026-03-13",
        )
    )
    states = [d for d in found if d.topic.startswith("Was the padlock broken")]
    assert states, [d.topic for d in found]
    voices = [c.attributed_to for c in states[0].claims]
    assert voices[0] == "Omar Quiroga" and "Pizarro" in (voices[1] or ""), voices


def test_the_event_s_dead_are_listed_before_its_other_figures() -> None:
    brief = _brief(
        (
            "TEMUCO (Reuters) - Hundreds of children fell ill after school lunches on Tuesday, "
            "and 72 were taken to hospital. An eight-year-old girl died overnight, officials "
            "said.",
            "2026-05-06",
        )
    )
    kinds = [c.kind for c in brief.casualties if not c.background]
    assert kinds and kinds[0] == "killed", [c.description for c in brief.casualties]
    assert kinds.index("ill") < kinds.index("injured"), kinds


# --- read in the marathon and pipeline clusters (S99, S100) ----------------------------------


def test_a_figure_set_at_double_another_voices_estimate_is_a_dispute_of_the_two_voices() -> None:
    found = _disputes(
        (
            "ROTTERDAM (Reuters) - On Thursday the port authority put the spill at up to 900 "
            "tonnes, more than double the shipping company's revised estimate of 400 tonnes.",
            "2026-04-02",
        )
    )
    sides = _sides_of(found, "How many tonnes")
    # the day is no part of the voice; the estimate after the figure is another voice's
    assert sides == [[("400", "shipping company"), ("up to 900", "port authority")]], sides


def test_a_sentence_that_sets_the_figure_before_at_twice_another_s_joins_the_dispute() -> None:
    found = _disputes(
        (
            "ROTTERDAM (Reuters) - A study commissioned by fishermen's groups estimates that "
            "more than 2,000 tonnes leaked. That is nearly twice the port authority's estimate "
            "of up to 1,100 tonnes, and more than four times the company's figure of 480 tonnes.",
            "2026-04-02",
        )
    )
    values = [[value for value, _ in side] for side in _sides_of(found, "How many tonnes")]
    assert values == [["480", "more than 2,000", "up to 1,100"]], values


def test_one_act_timed_by_two_voices_one_set_against_the_other_is_a_dispute() -> None:
    found = _disputes(
        (
            "LYON (AFP) - The operator says it alerted the fire brigade at 6:10 a.m. on "
            "Monday, while the brigade's log records the first alert at 7:25 a.m.",
            "2026-02-10",
        ),
        (
            "LYON (Reuters) - The plant's director said the company notified the prefecture "
            "at 6:10 a.m., shortly after a guard noticed smoke at 5:50 a.m. But the "
            "prefecture's own incident log shows the first notification arriving at 7:25 a.m.",
            "2026-02-11",
        ),
    )
    timed = [d for d in found if d.topic == "When it was reported"]
    assert len(timed) == 1, [d.topic for d in found]
    assert [c.value for c in timed[0].claims] == ["06:10", "07:25"], timed[0].claims
    # the log's owner is the voice: the brigade, the prefecture
    assert timed[0].claims[1].attributed_to in {"brigade", "prefecture"}, timed[0].claims
    # two acts are no dispute: the smoke noticed at 5:50 and the call at 6:10
    assert not any("05:50" in [c.value for c in d.claims] for d in found), found


def test_hospital_counts_in_any_words_are_one_count_as_each_voice_last_gave_it() -> None:
    found = _disputes(
        (
            "VALENCIA (Reuters) - The regional health authority said 160 people were treated and "
            "19 taken to hospital. The city's emergency services put the figures at 186 treated "
            "and 23 taken to hospital, while the organisers said 14 were sent to hospital.",
            "2026-06-01",
        ),
        (
            "VALENCIA (AP) - The regional health authority now says 27 people were taken to "
            "hospital. The organisers still say 14 were sent to hospital and the city's "
            "emergency services say 23.",
            "2026-06-04",
        ),
    )
    sides = [
        sorted(int(c.value or 0) for c in d.claims)
        for d in found
        if d.topic.startswith("How many were taken to hospital")
    ]
    assert sides == [[14, 23, 27]], _shown(found)


def test_a_year_named_as_an_edition_is_an_earlier_event_and_its_figures_background() -> None:
    expressions = find_time_expressions(
        "At its 2023 edition, 38 runners were treated and four taken to hospital.",
        date(2025, 10, 5),
    )
    assert [(e.text, e.iso) for e in expressions] == [("2023", "2023")]
    assert find_time_expressions("Its 2000 employees were sent home.", date(2025, 10, 5)) == []


def test_bodies_that_know_or_decide_are_institutions_not_the_dead() -> None:
    assert (
        _figures_of(
            "Eight days on, the three bodies that should know best still cannot agree on how "
            "many people were hurt."
        )
        == set()
    )
    found = _figures_of("Divers recovered three bodies that had been swept downstream.")
    assert {(kind, count) for kind, count, *_ in found} == {("killed", 3)}, found


def test_patients_transferred_to_other_hospitals_are_moved_not_hurt() -> None:
    found = _figures_of(
        "When the clinic's generator failed, 42 patients were transferred by ambulance to "
        "hospitals in Montevideo, the health provider said."
    )
    assert not any(kind == "injured" for kind, *_ in found), found
    found = _figures_of("Of those treated, 27 were transferred to hospital centres in the capital.")
    assert ("injured", 27) in {(kind, count) for kind, count, *_ in found}, found


def test_a_title_word_after_a_first_name_is_a_surname() -> None:
    entities = collect_entities(
        _evidence(
            (
                "EDMONTON (Reuters) - Nobody from the company called anyone here on Sunday, "
                "Chief Jasper Cardinal said in an interview. Army Spc. Charles Graner was not "
                "there.",
                "2026-05-11",
            )
        )
    )
    names = {entity.name for entity in entities}
    assert "Jasper Cardinal" in names, names
    assert "Army Spc" not in names and "Army Spc." not in names, names


def test_people_moved_out_of_where_they_live_are_evacuated() -> None:
    found = _figures_of(
        "The chief said 11 people, including four children, were moved out of cabins at a "
        "trapline camp near the leak site on Sunday night because of strong fumes."
    )
    assert ("displaced", 11, "evacuated") in {(k, c, s) for k, c, s, _ in found}, found
    assert _figures_of("Two trucks were moved out of the way, police said.") == set()


# --- read in the crush and tanker clusters (S101, S102), after they were measured held out ---


def test_what_has_happened_again_and_again_over_the_years_is_no_statement_of_the_event() -> None:
    from summarise.extractive.what import candidates

    evidence = _evidence(
        (
            "DUBAI (Reuters) - Iran's Revolutionary Guards seized a Liberian-flagged tanker in "
            "the Strait of Hormuz on Friday, state media said. Iran has seized several foreign "
            "vessels in and around the strait in recent years. Liberia lodged a formal protest "
            "on Monday.",
            "2026-04-10",
        )
    )
    texts = [item.text for item in candidates(evidence, 250)]
    assert not any("in recent years" in text for text in texts), texts
    assert any("formal protest" in text for text in texts), texts


def test_people_treated_with_no_harm_named_are_counted_where_care_is_told() -> None:
    found = _figures_of(
        "The regional health service says 212 people were treated and 27 taken to hospital."
    )
    assert ("injured", 212, "treated") in {(k, c, s) for k, c, s, _ in found}, found
    found = _figures_of("Some 35 runners were treated at first-aid posts, organisers said.")
    assert ("injured", 35, "treated") in {(k, c, s) for k, c, s, _ in found}, found
    # treated to a concert, treated well: no care at all
    assert _figures_of("Some 5,000 fans were treated to a free concert after the match.") == set()


def test_no_injuries_reported_mid_sentence_and_none_hurt_say_no_one_was_hurt() -> None:
    from summarise.numbers import no_one_harmed_in

    assert no_one_harmed_in(
        "Paramedics said eight people were treated on site and no injuries were reported."
    ) == {"injured"}
    assert no_one_harmed_in("All 400 were checked and none was hurt.") == {"injured"}
    assert no_one_harmed_in("We hope none was hurt.") == frozenset()


# --- read in the mine-blast and tunnel clusters (S105, S106) ----------------------------------


def test_people_the_words_say_were_not_hurt_are_no_count_of_the_hurt() -> None:
    text = (
        'BERN (Reuters) - A goods train derailed in a tunnel overnight. "The two drivers were '
        'not injured and walked out," a railway spokesman said. No one was hurt, the railway '
        "said."
    )
    assert not any(kind == "injured" for kind, *_ in _figures_of(text))
    lines = [c.description for c in _brief((text, "2026-03-02")).casualties]
    assert "no one injured" in lines, lines


def test_a_rival_count_given_back_in_words_after_a_semicolon_is_a_dispute() -> None:
    found = _disputes(
        (
            "OSLO (Reuters) - The road agency says seven lorries overturned; the police (NPD), "
            "which counts every lorry that left the lane, says nine.",
            "2026-01-20",
        )
    )
    assert _sides_of(found, "How many lorr") == [[("nine", "police"), ("seven", "road agency")]], [
        (d.topic, [(c.value, c.attributed_to) for c in d.claims]) for d in found
    ]


def test_a_voice_that_revises_its_own_estimate_is_no_dispute() -> None:
    found = _disputes(
        (
            "LYON (AP) - About 2 kilometers of track had been damaged, the operator said.",
            "2026-01-20",
        ),
        (
            "LYON (AP) - The operator said on Monday that about 3.5 kilometers of track had to "
            "be rebuilt, more than it had estimated last week.",
            "2026-01-26",
        ),
    )
    assert not any(d.topic.startswith("How far") for d in found), [d.topic for d in found]


def test_a_body_known_by_its_initials_is_one_voice_never_its_own_rival() -> None:
    articles = (
        (
            "BERN (AP) - Swiss Federal Railways, known as SBB, said the tunnel would stay shut. "
            "The Gotthard line will stay closed for weeks rather than days, Swiss Federal "
            "Railways said on Thursday.",
            "2026-01-20",
        ),
        (
            "BERN (AP) - SBB says it has no record of any warning before the train stopped.",
            "2026-01-21",
        ),
    )
    names = {e.name: set(e.names) for e in collect_entities(_evidence(*articles))}
    assert "SBB" in names.get("Swiss Federal Railways", set()), names
    found = disputes_with_names_of(*articles)
    assert not any(
        {c.attributed_to for c in d.claims} == {"Swiss Federal Railways", "SBB"} for d in found
    ), [d.topic for d in found]


def test_how_long_it_was_shut_by_two_voices_is_a_dispute_and_so_is_what_each_foresees() -> None:
    found = _disputes(
        (
            "KAMPALA (Reuters) - The airports authority says operations resumed after six hours. "
            "The aviation regulator says the airport was closed to large jets for close to nine "
            "hours.",
            "2026-02-03",
        ),
    )
    assert _sides_of(found, "How long it was shut") == [
        [("close to nine hours", "aviation regulator"), ("six hours", "airports authority")]
    ], [(d.topic, [(c.value, c.attributed_to) for c in d.claims]) for d in found]
    found = _disputes(
        (
            "ZURICH (AP) - The railway now expects the line to be shut for three to four weeks.",
            "2026-02-05",
        ),
        (
            "ZURICH (AP) - The Federal Transport Office, which must approve the reopening, stood "
            "by its own estimate of four to six weeks.",
            "2026-02-09",
        ),
    )
    values = [
        [value for value, _ in side] for side in _sides_of(found, "How long it will stay shut")
    ]
    assert values == [["four to six weeks", "three to four weeks"]], [d.topic for d in found]


def test_spans_far_apart_or_denied_are_told_as_the_words_give_them() -> None:
    found = _disputes(
        (
            "JAKARTA (AP) - The match was halted for 18 minutes, the referee said. The "
            "federation barred the stadium from hosting matches for 12 months, its chairman said.",
            "2026-02-03",
        ),
    )
    assert not any(d.topic.startswith("How long") for d in found), [d.topic for d in found]
    found = _disputes(
        (
            'BISSAU (AP) - The minister said the combats "did not last more than two hours". '
            "Residents said the shooting went on for more than five hours.",
            "2026-02-03",
        ),
    )
    values = [[value for value, _ in side] for side in _sides_of(found, "How long it lasted")]
    assert values == [["more than five hours", "no more than two hours"]], values


def test_two_voices_pointing_to_two_faults_side_by_side_dispute_the_cause() -> None:
    found = _disputes(
        (
            "BERN (Reuters) - The railway has said early evidence points to a broken wheel on a "
            "car-transporter wagon. The wagon was hired by Alpina Cargo, which says the wagon was "
            "inspected in September and that the derailment was caused by a fault in the track.",
            "2026-11-14",
        ),
    )
    causes = [d for d in found if d.topic.startswith("What caused it")]
    assert len(causes) == 1, [d.topic for d in found]
    assert {c.attributed_to for c in causes[0].claims} == {"railway", "Alpina Cargo"}, causes


def test_a_quoted_toll_closed_by_its_speaker_and_counted_in_other_words_is_theirs() -> None:
    found = _figures_of(
        '"For us there are ten dead, not nine. A list of the company is not the truth," '
        "affirmed the president of the union, Ricardo Pulido."
    )
    assert ("killed", 10, "killed", "Ricardo Pulido") in found, found
    found = _figures_of(
        "Nine miners lost their lives and eight others survived the explosion, informed the "
        "mining agency."
    )
    assert {(k, c) for k, c, *_ in found} == {("killed", 9), ("survived", 8)}, found
    found = _figures_of(
        '"All the persons on the list are identified, nine deceased and eight survivors," '
        "declared to the press the president of the agency, Luz Marina Echeverri."
    )
    assert ("killed", 9, "killed", "Luz Marina Echeverri") in found, found
    assert _figures_of(
        "The agency maintains that the nine dead and eight survivors account for all 17 "
        "workers registered by the company."
    ) >= {("killed", 9, "killed", "agency")}
    assert not any(
        c == 17 and k == "killed"
        for k, c, *_ in _figures_of(
            "The agency maintains that the nine dead and eight survivors account for all 17 "
            "workers registered by the company."
        )
    )
    found = _figures_of("Seventeen miners were underground when the gas ignited.")
    assert ("aboard", 17, "underground") in {(k, c, s) for k, c, s, _ in found}, found


def test_the_time_of_an_earlier_event_however_it_is_told_marks_its_figures_background() -> None:
    brief = _brief(
        (
            "BOGOTA (Reuters) - A gas blast killed nine miners at a coal mine on Tuesday. A "
            '2010 blast at the San Fernando mine killed 73 people. "This town has buried too '
            'many miners," the mayor said, recalling the 21 men killed in the explosions of '
            "March 2023. Nine men died in the deadliest accident since the Amaga blast in 2010. "
            "A week and a half later, the agency says nine men died.",
            "2026-03-12",
        )
    )
    by_count = {c.killed: c for c in brief.casualties if c.killed}
    assert by_count[73].background and by_count[21].background, brief.casualties
    assert not by_count[9].background, brief.casualties


def test_the_night_before_that_runs_into_the_event_day_is_the_event() -> None:
    brief = _brief(
        (
            "GUSAU (AP) - The gunmen attacked the school on Tuesday, police said. They attacked "
            "in the night of Monday March 10 to Tuesday March 11, killing a police officer.",
            "2026-03-11",
        )
    )
    officer = [c for c in brief.casualties if c.killed == 1]
    assert officer and not officer[0].background, brief.casualties


def test_a_time_given_by_he_is_the_time_of_the_one_named_before() -> None:
    found = _disputes(
        (
            "BOGOTA (AP) - The union's president said workers told him the explosion happened at "
            "about 6:15 a.m. The mine's owner, Hernando Rincon Bautista, rejected that account. "
            "Speaking to local radio, he said the explosion occurred at around 6:40 a.m.",
            "2026-03-11",
        )
    )
    sides = _sides_of(found, "When the explosion happened")
    # (the owner by his name since stop 66, "owner" a role: "The mine's owner, Hernando ...")
    assert sides == [[("06:15", "union's president"), ("06:40", "Hernando Rincon Bautista")]], [
        (d.topic, [(c.value, c.attributed_to) for c in d.claims]) for d in found
    ]


def test_a_spanish_first_surname_alone_is_the_same_person() -> None:
    from summarise.extractive.disputes import _same_voice

    assert _same_voice("Rincon", "Hernando Rincon Bautista")
    assert not _same_voice("Sudan", "South Sudan")


def test_whom_a_role_is_told_to_is_no_part_of_it() -> None:
    entities = collect_entities(
        _evidence(
            (
                'ZURICH (AFP) - "Lorries will return to the road," declared to AFP its director '
                "Daniel Wassen.",
                "2026-11-13",
            )
        )
    )
    roles = {e.name: e.role for e in entities if e.kind == "person"}
    assert roles.get("Daniel Wassen") == "director", roles


def test_a_fire_attributed_to_a_hand_and_one_started_from_a_spark_dispute_the_cause() -> None:
    found = _disputes(
        (
            "LEIRIA, Portugal (AFP) - The fire, which the Judicial Police attribute to an "
            "intentional hand, burned for three days.",
            "2026-08-14",
        ),
        (
            "LEIRIA, Portugal (Reuters) - A man was remanded in custody on Monday. According to "
            "his lawyer Brandao, the fire was not arson but started from a spark thrown by a "
            "mulching machine.",
            "2026-08-17",
        ),
    )
    causes = [d for d in found if d.topic.startswith("What caused it")]
    assert [sorted(c.value or "" for c in d.claims) for d in causes] == [
        ["a spark", "an intentional hand"]
    ], [d.topic for d in found]
    # the fire that started from the kitchen names where, not what set it off
    assert not [
        d
        for d in _disputes(
            ("The fire started from the kitchen, the brigade said.", "2026-08-14"),
            ("Police blamed a faulty heater, but residents disputed it.", "2026-08-15"),
        )
        if d.topic.startswith("What caused it")
    ]


# --- read in the quake cluster (S103), after it was measured held out --------------------------


def test_a_toll_of_an_earlier_quake_never_takes_a_voice_s_current_toll_with_it() -> None:
    brief = _brief(
        (
            "PETRINJA, Croatia (Reuters) - A shallow quake struck near Petrinja early on "
            "Thursday. The county's crisis headquarters says seven people have died and 58 "
            "have been injured. A magnitude 5.5 quake in Zagreb in March 2020 "
            "killed a 15-year-old girl, and the magnitude 6.4 quake near Petrinja in December "
            "2020 killed seven people.",
            "2026-02-13",
        ),
        (
            "ZAGREB (AP) - County officials count seven dead, including a 78-year-old man who "
            "died of a heart attack. The magnitude 6.4 quake in December 2020 also killed seven "
            "people.",
            "2026-02-14",
        ),
    )
    current = [c for c in brief.casualties if c.killed == 7 and not c.background]
    assert current and "county" in (current[0].attributed_to or "").lower(), brief.casualties
    girl = [c for c in brief.casualties if "girl" in c.description]
    assert girl and girl[0].background, brief.casualties
    man = [c for c in brief.casualties if c.killed == 1 and "man" in c.description]
    assert not man or not man[0].background, brief.casualties


def test_according_to_a_role_then_a_name_the_voice_is_the_name() -> None:
    found = disputes_with_names_of(
        (
            "ZAGREB (Reuters) - The interior ministry puts the death toll at six. The county "
            "counts seven dead. According to a spokeswoman for the ministry, Petra Mihaljevic, "
            "the difference lies mainly with a 78-year-old man who died of a heart attack; he is "
            "not included in the police count, she said. Interior ministry spokeswoman Petra "
            "Mihaljevic said all other victims were identified.",
            "2026-02-14",
        ),
    )
    assert not any(
        {c.attributed_to for c in d.claims} == {"spokeswoman for the ministry", "Petra Mihaljevic"}
        for d in found
    ), [d.topic for d in found]


def test_people_who_did_not_survive_died_and_those_feared_for_did_not() -> None:
    found = _figures_of("Two passengers did not survive, the coast guard said.")
    assert ("killed", 2, "killed", "coast guard") in found, found
    assert _figures_of("Two patients may not survive, doctors said.") == set()
    assert not any(
        kind == "survived" for kind, *_ in _figures_of("Four people are not expected to survive.")
    )


# --- read in the exchange-halt and glacial-lake clusters (S108, S109) --------------------------


def test_a_count_of_the_hurt_is_no_rival_of_a_toll() -> None:
    found = _disputes(
        (
            "BISHKEK (Reuters) - The ministry said 17 people had been confirmed dead and two were "
            "still missing after the mudflow. It said 41 people had been injured. The office of "
            "the regional governor, however, put the toll at 19, saying it now counted the two "
            "missing as dead.",
            "2026-07-20",
        )
    )
    values = [{c.value for c in d.claims} for d in found]
    assert not any(
        any("41" in (v or "") for v in sides) and any("19" in (v or "") for v in sides)
        for sides in values
    ), _shown(found)


def test_a_span_in_hours_and_minutes_is_one_span_and_rival_spans_are_a_dispute() -> None:
    found = _disputes(
        (
            "TAIPEI (Reuters) - Trading in all stocks was halted at 9:07 am and resumed at 12:40 "
            "pm, a stoppage of three hours and 33 minutes, the exchange's president said.",
            "2026-03-11",
        ),
        (
            "TAIPEI (AP) - The brokers' association maintains that for its members the market "
            "was closed for more than four hours, the association's chairman said.",
            "2026-03-12",
        ),
    )
    sides = _sides_of(found, "How long it was shut")
    assert sides and [value for value, _ in sides[0]] == [
        "more than four hours",
        "three hours and 33 minutes",
    ], [(d.topic, [(c.value, c.attributed_to) for c in d.claims]) for d in found]


def test_minutes_after_an_hours_figure_that_tell_a_delay_are_not_part_of_the_span() -> None:
    found = _disputes(
        (
            "OSLO (AP) - The road was closed for two hours, 15 minutes later than planned, the "
            "police said. The road agency insists it was closed for three hours.",
            "2026-03-11",
        ),
    )
    sides = _sides_of(found, "How long it was shut")
    assert sides and "two hours" in [value for value, _ in sides[0]], _shown(found)


def test_two_acronyms_with_one_consonant_skeleton_are_two_bodies() -> None:
    names = {
        e.name: set(e.names)
        for e in collect_entities(
            _evidence(
                (
                    "TAIPEI (Reuters) - The Taiwan Stock Exchange (TWSE) halted trading on "
                    "Wednesday. The Taiwan Securities Association (TSA) said more than 60,000 "
                    "orders were lost. The TWSE said 23,600 orders were cancelled. The TSA "
                    "asked for compensation.",
                    "2026-03-13",
                )
            )
        )
    }
    assert "TSA" not in names.get("Taiwan Stock Exchange", set()), names
    assert "TSA" in names.get("Taiwan Securities Association", set()), names


def test_an_outage_has_its_time_of_day_in_when() -> None:
    brief = _brief(
        (
            "TAIPEI, March 11 (Reuters) - The Taiwan Stock Exchange suspended trading in all "
            "listed shares on Wednesday after a fault in its trading system. The exchange said "
            "trading was halted at 9:07 a.m. It did not say when it expected trading to resume.",
            "2026-03-11",
        ),
        (
            "TAIPEI (AP) - The Taiwan Stock Exchange halted trading on Wednesday after a computer "
            "fault. The exchange halted trading in all shares at 9:07 a.m. and restarted it at "
            "12:40 p.m., it said in a statement.",
            "2026-03-11",
        ),
    )
    assert any("9:07" in t.text for t in brief.when), [(t.text, t.date) for t in brief.when]


def test_one_denial_told_in_the_same_words_by_two_reports_is_one_dispute() -> None:
    found = disputes_with_names_of(
        (
            "HELSINKI (Reuters) - Blame for the breach is disputed. The National Cyber Security "
            "Centre says it warned HUS in September; HUS denies receiving any warning specific "
            "to its systems.",
            "2025-11-10",
        ),
        (
            "HELSINKI (Yle) - Who left the door open? The National Cyber Security Centre says "
            "it warned HUS directly on September 23; HUS denies receiving any warning specific "
            "to its systems.",
            "2025-11-14",
        ),
    )
    denials = [d for d in found if d.topic.startswith("Denied by HUS")]
    assert len(denials) == 1, [(d.topic, [c.statement for c in d.claims]) for d in found]


def test_a_lake_a_camp_and_a_region_are_places_whatever_the_model_says() -> None:
    kinds = {
        e.name: e.kind
        for e in collect_entities(
            _evidence(
                (
                    "BISHKEK (Reuters) - A glacial lake burst above Kyrgyzstan's Lake Issyk-Kul "
                    "on Tuesday. At the Altyn Kush children's camp, counselors led 126 children "
                    "up a slope, said the camp's director, Cholpon Osmonova. The cook of the "
                    "Altyn Kush children's camp is among the dead. The minister dismissed the "
                    "head of his ministry's Issyk-Kul regional department. Nurlan Beishenaliev, "
                    "the president's envoy in Issyk-Kul region, said guesthouses had no permits.",
                    "2026-07-15",
                )
            )
        )
    }
    assert kinds.get("Lake Issyk-Kul") == "place", kinds
    assert kinds.get("Altyn Kush") in {"place", None}, kinds
    assert kinds.get("Issyk-Kul") in {"place", None}, kinds
    assert kinds.get("Cholpon Osmonova") == "person", kinds


def test_a_firm_named_for_its_trade_is_no_place() -> None:
    brief = _brief(
        (
            "TAIPEI (Reuters) - The Taiwan Stock Exchange halted trading on Wednesday after a "
            'system fault. "This is a very unusual situation," said Victoria Chester, head of '
            "Asia equity trading at Harbourline Securities in Hong Kong.",
            "2026-03-11",
        ),
        (
            "TAIPEI (AP) - Trading resumed in Taipei after the halt, said Victoria Chester, a "
            "trader at Harbourline Securities in Hong Kong.",
            "2026-03-11",
        ),
    )
    assert not any("Harbourline" in p.name for p in brief.where), [p.name for p in brief.where]


def test_a_cause_set_aside_with_rather_than_is_not_the_voice_s_cause() -> None:
    found = _disputes(
        (
            "TAIPEI (AFP) - The Taiwan Stock Exchange apologised on Wednesday for a trading "
            "freeze, blaming a failed piece of network hardware rather than a software update "
            "installed two days earlier.",
            "2026-03-11",
        ),
        (
            "TAIPEI (IBN News) - Taiwan's top financial regulator told lawmakers on Thursday "
            "that early findings point to a software update installed by an outside vendor, "
            "contradicting the stock exchange's explanation.",
            "2026-03-12",
        ),
    )
    causes = [
        sorted(c.value or "" for c in d.claims) for d in found if d.topic.startswith("What caused")
    ]
    assert causes and any("hardware" in side for side in causes[0]), [d.topic for d in found]


def test_a_day_to_come_dates_only_a_statement_that_looks_ahead() -> None:
    brief = _brief(
        (
            "TAIPEI, March 13 (Reuters) - The Taiwan Stock Exchange on Friday raised its count of "
            "orders cancelled during Wednesday's trading halt to 23,600 from 18,400, as the "
            "island's brokers said they would file a formal compensation claim against the "
            "exchange next week.",
            "2026-03-13",
        ),
        (
            "TAIPEI (AP) - The Taiwan Stock Exchange halted trading in all shares on Wednesday "
            "after a system fault. The park will remain closed until next week.",
            "2026-03-11",
        ),
    )
    shown = {(t.text, t.describes) for t in brief.when}
    assert not any(
        "next week" in text and "would" not in describes and "until" not in describes
        for text, describes in shown
    ), shown


def test_an_aside_before_the_speaker_leaves_the_comma_that_closes_the_report() -> None:
    from summarise.dates import TimeExpression
    from summarise.extractive.when import describe

    sentence = (
        "Trading in all stocks was halted at 9:07 am and resumed at 12:40 pm, a stoppage of "
        "three hours and 33 minutes, exchange president Liang Wen-hsiung told reporters."
    )
    at = sentence.index("at 9:07 am") + 3
    shown = describe(sentence, TimeExpression(at, at + 7, "9:07 am", "2026-03-11", "clock"))
    assert "12:40 pm, exchange president" in shown, shown
    at = len("Hamas, an armed group, said ")
    fronted = "Hamas, an armed group, said on Monday it would respond."
    shown = describe(fronted, TimeExpression(at, at + 9, "on Monday", "2026-01-05", "weekday"))
    assert shown.startswith("Hamas said"), shown


def test_a_shortened_report_keeps_the_comma_before_its_speaker_and_no_other() -> None:
    from summarise import nlp
    from summarise.extractive.shortening import joined, tidy, without_asides

    def shortened(sentence: str) -> str:
        doc = nlp.parse([sentence])[0]
        return tidy(joined(doc, without_asides(doc, set(range(len(doc))), 12)))

    told = shortened(
        "Trading in all stocks was halted at 9:07 am and resumed at 12:40 pm, a stoppage of "
        "three hours and 33 minutes, exchange president Liang Wen-hsiung told reporters."
    )
    assert "12:40 pm, exchange president" in told, told
    going_on = shortened(
        "The cargo handler, who had worked at the airport for eleven years, was arrested at "
        "his home, police said."
    )
    assert "handler was arrested" in going_on, going_on


def test_a_town_the_text_places_in_another_country_is_not_the_gazetteer_s() -> None:
    kinds = {
        e.name: e.place_kind
        for e in collect_entities(
            _evidence(
                (
                    "NUSA DUA (Reuters) - The climate conference begins next week in Bali, "
                    "Indonesia. Delegates from India and China arrived in Bali on Sunday. The "
                    "Bali talks will run for two weeks.",
                    "2007-12-01",
                )
            )
        )
    }
    assert kinds.get("Bali") != "city, India", kinds


def test_a_body_s_initials_before_a_person_s_name_leave_the_person() -> None:
    kinds = {
        e.name: e.kind
        for e in collect_entities(
            _evidence(
                (
                    'KARAKOL (Ala-Too Info) - "No official letter came to the regional '
                    'department," informed the head of the Issyk-Kul regional department of the '
                    "MES Marat Abdykadyrov. The MES said 15 people had died. Marat Abdykadyrov "
                    "was dismissed on Friday.",
                    "2026-07-17",
                )
            )
        )
    }
    assert "MES Marat Abdykadyrov" not in kinds, kinds
    assert kinds.get("Marat Abdykadyrov") == "person", kinds


# Cases a hostile review of the rules above found them getting wrong (stop 43); each holds in
# the version before those rules and must hold after them.
_REVIEWED_43 = [
    (
        "a toll beside a figure told with no harm is still a toll",
        "2025-03-10",
        [
            "NAIROBI (Reuters) - Kenyan police killed protesters in Nairobi on Tuesday, and the "
            "interior ministry said 12 people died in the clashes.",
            "NAIROBI (AP) - The interior ministry said 12 protesters were killed, but rights "
            "groups, who treated dozens of wounded people in field clinics, put the figure at 45.",
            "NAIROBI (AFP) - Amnesty International said the true number was far higher than the "
            "government's figure.",
        ],
        "disputes",
        "present",
        r"\b12\b.*\b45\b|\b45\b.*\b12\b",
    ),
    (
        "two points one body denies are two disputes",
        "2025-03-10",
        [
            "LAGOS (Reuters) - A building collapsed in Lagos on Sunday, killing 11 workers. "
            "Residents said the developer had added four illegal floors to the building. The "
            "developer denied building illegal floors.",
            "LAGOS (AP) - Residents said the developer had ignored a demolition order for the "
            "building issued in March. The developer denied building illegal floors or ignoring "
            "a demolition order, saying it had permits.",
        ],
        "disputes",
        "present",
        r"added four illegal floors",
    ),
    (
        "a firm that maintains a substation contests no closure",
        "2025-03-10",
        [
            "LONDON (Reuters) - Heathrow airport was closed for nine hours on Friday after a fire "
            "at a nearby substation, the airport said.",
            "LONDON (AP) - National Grid, which maintains the substation, said the nearby M4 "
            "motorway was closed for about 16 hours while firefighters worked.",
        ],
        "disputes",
        "absent",
        r"How long it was shut",
    ),
    (
        "a siege that lasted is what went on, whatever was shut beside it",
        "2025-03-10",
        [
            "NAIROBI (Reuters) - The siege at the Westgate mall, which was shut to shoppers, "
            "lasted 14 hours, police said on Sunday.",
            "NAIROBI (AP) - Witnesses said the standoff lasted about 30 hours, contradicting "
            "police.",
        ],
        "disputes",
        "present",
        r"\b14\b.*\b30\b|\b30\b.*\b14\b",
    ),
    (
        "an acronym written in capitals and not is one body",
        "2025-03-10",
        [
            "BRUSSELS (Reuters) - The North Atlantic Treaty Organization (NATO) said on Tuesday a "
            "Russian drone crashed in Poland. NATO said it was studying the debris.",
            "WARSAW (Guardian) - Nato said Polish jets were scrambled. Nato's secretary general "
            "said the alliance would respond.",
            "WARSAW (BBC) - Nato officials said no one was hurt.",
        ],
        "who",
        "present",
        r"Nato\b.*\bNATO|NATO\b.*\bNato",
    ),
    (
        "an airline named for a gulf is no place",
        "2025-03-10",
        [
            "MANAMA (Reuters) - Gulf Air cancelled all flights from Bahrain on Monday after a "
            "fire at Bahrain International Airport. Gulf Air said 4,000 passengers were affected.",
            "MANAMA (AP) - A Gulf Air spokesman said flights would resume on Tuesday.",
        ],
        "where",
        "absent",
        r"Gulf Air",
    ),
    (
        "a country that acts after a town is not where the town is",
        "2025-03-10",
        [
            "GENEVA (Reuters) - In Geneva, Iran told the UN Human Rights Council on Monday that it "
            "had executed no protesters. Switzerland hosted the session.",
            "GENEVA (AP) - Iran's delegation walked out of the session in Geneva after a Swiss "
            "diplomat spoke.",
        ],
        "where",
        "present",
        r"Geneva.*Switzerland",
    ),
    (
        "a country's other name after its capital is the same country",
        "2025-03-10",
        [
            "PRAGUE (Reuters) - A gunman killed 14 people at Charles University in Prague, "
            "Czechia, on Thursday, police said.",
            "PRAGUE (AP) - Czechia declared a day of mourning after the shooting in Prague.",
        ],
        "where",
        "present",
        r"Prague capital of",
    ),
    (
        "a two-letter prefix of a bank's name is no body before a person",
        "2025-03-10",
        [
            "NEW YORK (Reuters) - A cyberattack on JP Morgan Chase exposed data of 76 million "
            "households, the bank said on Thursday.",
            "NEW YORK (AP) - JP Morgan Chase said no account numbers were stolen. JP Morgan Chase "
            "chief executive Jamie Dimon apologised.",
        ],
        "who",
        "absent",
        r"^Morgan Chase",
    ),
    (
        "a body's initials before a hospital's name leave the hospital, not a person",
        "2025-03-10",
        [
            "LONDON (Reuters) - A cyberattack hit the NHS Grace Hospital trust on Monday, forcing "
            "operations to be cancelled. A spokesperson for NHS Grace Hospital said patient data "
            "may have been stolen.",
            "LONDON (AP) - The hospital declared a critical incident on Monday.",
        ],
        "who",
        "absent",
        r"^Grace Hospital",
    ),
    (
        "a funeral tomorrow stays in the timeline",
        "2025-03-13",
        [
            "HARARE (Reuters) - A bus crashed into a river near Harare on Wednesday, killing 18 "
            "people, police said. The victims' funeral takes place tomorrow in Chitungwiza.",
            "HARARE (AP) - Police said 18 people died when the bus plunged off a bridge on "
            "Wednesday. President Emmerson Mnangagwa declared the crash a national disaster.",
        ],
        "when",
        "present",
        r"funeral",
    ),
    (
        "a network shut down at midnight is not when the bomb went off",
        "2025-03-14",
        [
            "KABUL (Reuters) - A suicide bomber struck a market in Kabul around noon on Friday, "
            "killing 25 people.",
            "KABUL (AP) - Authorities shut down mobile networks at midnight on Friday after the "
            "bombing, officials said.",
            "KABUL (AFP) - The government shut down mobile networks at midnight on Friday, hours "
            "after the bombing in Kabul.",
        ],
        "when",
        "absent",
        r"^midnight",
    ),
]


def _field_lines(brief: summarise.EventBrief, field: str) -> list[str]:
    def text(value: object) -> str:
        if isinstance(value, dict):
            return " ".join(text(v) for k, v in value.items() if k != "citations")
        if isinstance(value, list):
            return " | ".join(text(v) for v in value)
        return "" if value is None else str(value)

    items = brief.model_dump()[field]
    return [text(item) for item in (items if isinstance(items, list) else [items])]


def test_one_voice_s_revised_estimate_is_no_dispute_with_itself() -> None:
    # bench/synthetic S44 (invented): the IOM puts those buried at about 150, then at about 120
    # in later reports; the local MP says more than 300. The IOM is one side, at its latest.
    cluster = Path(__file__).resolve().parent.parent / "bench" / "synthetic" / "sources" / "S44"
    found = summarise.brief([str(cluster)], engine="extractive").disputes
    assert not any({c.value for c in d.claims} >= {"about 120", "about 150"} for d in found), [
        (d.topic, [(c.value, c.attributed_to) for c in d.claims]) for d in found
    ]


# --- read in the house-collapse and tyre-fire clusters (S112, S114) ---------------------------


def _kinds(*articles: tuple[str, str]) -> dict[str, str]:
    return {e.name: e.kind for e in collect_entities(_evidence(*articles))}


def _roles(*articles: tuple[str, str]) -> dict[str, str | None]:
    return {e.name: e.role for e in collect_entities(_evidence(*articles))}


def test_a_hospital_named_for_a_king_is_no_person_and_its_director_keeps_her_role() -> None:
    brief = _brief(
        (
            "AGADIR, Morocco (AFP) - Dr. Leila Bensouda, director of the Mohammed V regional "
            "hospital, known as CHR Mohammed V, said nine patients were in intensive care. "
            '"We are doing what we can," Bensouda said. The CHR Mohammed V hospital said '
            "later that two had been discharged.",
            "2026-05-04",
        ),
        (
            "AGADIR (Reuters) - Nine people remained in intensive care, Leila Bensouda said.",
            "2026-05-04",
        ),
    )
    roles = {a.name: a.role for a in brief.who}
    assert not any(name.startswith("CHR") for name in roles), roles
    assert "director" in (roles.get("Leila Bensouda") or ""), roles


def test_a_city_in_another_spelling_and_a_region_of_two_towns_are_places() -> None:
    kinds = _kinds(
        (
            "RABAT (Reuters) - Heavy rain hit the Rabat-Sale region on Sunday. Hamza Idrissi, "
            "spokesman for the wilaya of Rabat-Sale, said roads south of Marrakech were "
            "cut. The governor of Rabat-Sale ordered schools closed.",
            "2026-01-12",
        )
    )
    assert kinds.get("Rabat-Sale") in {"place", None}, kinds
    assert kinds.get("Marrakech") in {"place", None}, kinds
    assert "organisation" not in {kinds.get("Rabat-Sale"), kinds.get("Marrakech")}, kinds


def test_a_road_between_two_towns_is_no_region_of_them() -> None:
    # a guard on the rule above: two towns joined name a region, not the road between them
    kinds = _kinds(
        (
            "DHAKA (Reuters) - Workers blocked the Dhaka-Mymensingh highway on Monday after a "
            "fire at a shoe factory outside Dhaka killed six. Traffic on the Dhaka-Mymensingh "
            "highway resumed at noon, police said.",
            "2026-02-02",
        )
    )
    assert kinds.get("Dhaka-Mymensingh") != "place", kinds
    assert kinds.get("Dhaka") == "place", kinds


def test_a_body_named_for_its_country_is_an_organisation_not_the_country() -> None:
    kinds = _kinds(
        (
            "Health New Zealand says there were no hospital admissions linked to the smoke. "
            "Health New Zealand said on Wednesday that people with asthma should stay indoors.",
            "2026-04-21",
        )
    )
    assert kinds.get("Health New Zealand") == "organisation", kinds
    assert kinds.get("New Zealand") != "organisation", kinds


def test_a_body_named_after_a_lower_case_noun_and_its_mixed_case_initials_is_one_body() -> None:
    kinds = _kinds(
        (
            "The district council Environment Waikato (EWai) on Friday fined the quarry. A "
            "spokeswoman for EWai said the fine was the largest it had issued. Environment "
            "Waikato said the quarry had ignored two notices.",
            "2026-08-14",
        )
    )
    assert "council Environment Waikato" not in kinds, kinds
    assert "EWai" not in kinds, kinds
    assert kinds.get("Environment Waikato") == "organisation", kinds


def test_a_body_s_acronym_in_its_own_language_after_of_and_for_joins_its_name() -> None:
    brief = _brief(
        (
            "TUNIS (AFP) - Amel Jaziri, head of the Sfax branch of the Tunisian Association for "
            "Human Rights (ATDH), said 20 families had been rehoused. The Tunisian Association "
            "for Human Rights (ATDH) called for an inquiry.",
            "2026-03-09",
        ),
        ("TUNIS (Reuters) - The ATDH said 20 families were rehoused.", "2026-03-09"),
    )
    aliases = {a.name: a.aliases for a in brief.who}
    assert "ATDH" not in aliases, aliases
    assert any("ATDH" in named for named in aliases.values()), aliases


def test_people_pulled_out_alive_survived_and_those_not_alive_did_not() -> None:
    figures = {
        (kind, count)
        for kind, count, _, _ in _figures_of(
            "Rescuers pulled 14 people alive from the rubble of the hotel, the fire "
            'service said. "Six of our guests are not alive," the manager said.'
        )
    }
    assert ("survived", 14) in figures, figures
    assert ("survived", 6) not in figures, figures


def test_people_in_custody_are_counted_held() -> None:
    figures = {
        (kind, count)
        for kind, count, _, _ in _figures_of(
            "Police arrested the site foreman on Monday, bringing to four the number of "
            "people in custody.",
        )
    }
    assert ("detained", 4) in figures, figures


def test_injuries_to_others_after_deaths_of_some_are_the_others_injuries() -> None:
    figures = {
        (kind, count)
        for kind, count, _, _ in _figures_of(
            "The blast caused the death of six persons and injuries to 23 others, the "
            "provincial authorities said.",
        )
    }
    assert figures >= {("killed", 6), ("injured", 23)}, figures
    assert ("killed", 23) not in figures, figures


def test_a_figure_in_a_while_clause_is_its_own_voice_s_not_the_according_to_s() -> None:
    voices = {
        (count, voice)
        for _, count, _, voice in _figures_of(
            "According to the latest toll of the provincial authorities, the collapse "
            "caused the death of eight persons, while hospital sources talk of nine dead.",
        )
    }
    assert (8, "provincial authorities") in voices, voices
    assert (9, "hospital sources") in voices, voices


def test_a_denial_is_never_answered_by_the_denier_s_own_quotation() -> None:
    found = _disputes(
        (
            "NELSON, New Zealand (AP) - The regional council said it had issued the mill's "
            "operator with a notice in May ordering it to reduce its log piles. \"I've never "
            'seen an abatement notice. Nobody from the council told me to cut anything back," '
            "Rangi Parata told The Associated Press by phone, adding that the mill was within "
            "its limit. The mill's owner, Rangi Parata, denied receiving any such notice.",
            "2026-11-20",
        )
    )
    denials = [d for d in found if d.topic.startswith("Denied by")]
    assert denials, [(d.topic, [c.statement for c in d.claims]) for d in found]
    for dispute in denials:
        assert "Nobody from the council" not in dispute.claims[0].statement, dispute.claims


def test_no_evidence_that_it_happened_answers_the_voice_that_says_it_did() -> None:
    found = _disputes(
        (
            "NELSON (AP) - The sawmill's owner, Rangi Parata, says the fire was deliberately set "
            "by intruders who cut the fence.",
            "2026-11-20",
        ),
        (
            "NELSON (Reuters) - The cause remains under investigation. Police say they have "
            "found no evidence the fire was deliberately set.",
            "2026-11-21",
        ),
    )
    assert any(
        any("no evidence" in c.statement for c in d.claims)
        and any("Parata" in (c.attributed_to or "") for c in d.claims)
        for d in found
    ), [(d.topic, [(c.statement, c.attributed_to) for c in d.claims]) for d in found]


def test_findings_of_no_sign_that_it_was_done_are_what_a_dismissal_of_them_answers() -> None:
    # a guard, on bench/synthetic S14 (invented): "found no sign that two of the recordings had
    # been manipulated", read as what was not found, must not make the findings a word for the
    # lawyer who dismissed them (the dispute was lost so while this stop's work went on)
    cluster = Path(__file__).resolve().parent.parent / "bench" / "synthetic" / "sources" / "S14"
    found = summarise.brief([str(cluster)], engine="extractive").disputes
    assert any(
        d.topic.startswith("Denied by") and any("no sign" in c.statement for c in d.claims)
        for d in found
    ), [(d.topic, [c.statement for c in d.claims]) for d in found]


def test_a_warning_denied_as_never_received_from_the_authorities_is_not_a_group_s_warning() -> None:
    found = disputes_with_names_of(
        (
            "TUNIS (AFP) - Sami Ferchichi, head of the Sousse branch of the Tunisian Association "
            'for Housing Rights, said: "For years we have warned that families live under '
            'ceilings that can fall."',
            "2026-02-12",
        ),
        (
            "SOUSSE (Reuters) - The house collapsed on Tuesday. Its owner, Hedi Mabrouk, denied "
            "receiving any warning from the authorities.",
            "2026-02-13",
        ),
    )
    for dispute in found:
        if dispute.topic.startswith("Denied by") and "Mabrouk" in dispute.topic:
            assert not any("Ferchichi" in (c.attributed_to or "") for c in dispute.claims), (
                dispute.topic,
                [(c.statement, c.attributed_to) for c in dispute.claims],
            )


def test_what_was_done_to_the_one_named_is_no_part_of_his_role() -> None:
    brief = _brief(
        (
            "SALTA (Reuters) - The province on Monday dismissed the head of the Quebrada Zoo, "
            'Ramiro Ocampo, pending an inquiry. "We did our job," Ocampo said.',
            "2026-05-11",
        ),
        ("SALTA (AP) - Ramiro Ocampo said his staff had done their job.", "2026-05-11"),
    )
    roles = {a.name: a.role for a in brief.who}
    assert roles.get("Ramiro Ocampo") == "head of the Quebrada Zoo", roles


def test_a_lawyer_named_as_his_is_on_the_side_of_the_one_he_defends() -> None:
    found = disputes_with_names_of(
        (
            "NELSON (Reuters) - The council charged the sawmill's owner, Rangi Parata, on Friday "
            "over an ignored order. His lawyer, Mere Tawhiri, said he would fight the charges.",
            "2026-11-21",
        ),
        (
            "NELSON (AP) - Outside court, Tawhiri said the order had been sent to an address the "
            "mill stopped using in 2024. Parata has denied receiving the order.",
            "2026-11-25",
        ),
    )
    assert not any(
        d.topic.startswith("Denied by") and "Tawhiri" in d.topic and "Parata" in d.topic
        for d in found
    ), [d.topic for d in found]


def test_a_name_the_parse_reads_as_an_adverb_before_said_is_who_says_it() -> None:
    from summarise.evidence import SentenceRef
    from summarise.extractive.disputes import accounts_in
    from summarise.nlp import parse

    # (the small model reads "ECan" as an adverb whatever the rest of the sentence says)
    text = "ECan said the peak reading at the Stoke monitor reached 180 micrograms."
    (doc,) = parse([text])
    voices = [a.voice for a in accounts_in(doc, SentenceRef("S1", 0, len(text), text, 3))]
    assert voices == ["ECan"], voices


def test_rival_readings_taken_in_two_places_differ_by_their_figures_and_are_one_dispute() -> None:
    found = disputes_with_names_of(
        (
            "NELSON (Reuters) - The council said its monitor in Hornby recorded a peak hourly "
            "reading of 180 micrograms per cubic meter. However, the Tasman Clean Air Trust, a "
            "residents' group, said its own sensors in Templeton logged 420 at about the same "
            "time.",
            "2026-11-21",
        ),
        (
            "NELSON (AP) - The council said the highest hourly concentration monitored by it "
            "reached 180 micrograms per cubic meter. However, the Tasman Clean Air Trust said "
            "its equipment recorded as much as 420 micrograms per cubic meter.",
            "2026-11-22",
        ),
    )
    readings = [d for d in found if any("180" in c.statement for c in d.claims)]
    assert len(readings) == 1, _shown(found)
    assert not any(c.value in {"Hornby", "Templeton"} for c in readings[0].claims), [
        c.value for c in readings[0].claims
    ]


def test_the_shipped_city_spellings_are_those_geonames_and_wordfreq_give() -> None:
    from summarise.extractive.gazetteer import shipped_spellings, spelling_variants

    shipped = shipped_spellings()
    assert shipped == spelling_variants()  # `python -m summarise.extractive.gazetteer` rewrites
    assert {"Fez", "Marrakech"} <= set(shipped)
    assert not {"Soul", "Lime", "Deli", "Hail", "Logos", "Manning", "Tunes"} & set(shipped)


# --- read in the gas-explosion and ash-cloud clusters (S115, S118) ----------------------------


def test_an_earlier_disaster_named_by_its_year_is_background_and_no_side_of_the_toll() -> None:
    articles = (
        "INCHEON, South Korea (AFP) - A gas explosion in a fish market in Incheon killed nine "
        "people on Tuesday, the fire service said. South Korea has a history of such accidents. "
        "A 1995 gas explosion at a subway site in the city killed 101 people.",
        "2026-03-11",
    )
    figures = {f.count: f.background for f in all_figures(_evidence(articles))}
    assert figures.get(9) is None and figures.get(101), figures
    tolls = [d for d in _disputes(articles) if "killed" in d.topic]
    assert not any(c.value == "101" for d in tolls for c in d.claims), tolls


def test_a_family_name_written_first_is_the_one_a_lone_surname_speaks_for() -> None:
    brief = _brief(
        (
            "INCHEON (AFP) - Restaurant owner Bae Jung-gu was questioned by police. According "
            "to company spokeswoman Jang Hye-won, no call about a leak was logged on Monday. "
            '"We have found no record of a call on Monday," Jang said.',
            "2026-03-11",
        )
    )
    speakers = {r.speaker for r in brief.reactions if "no record" in r.statement}
    assert speakers == {"Jang Hye-won"}, [(r.speaker, r.statement) for r in brief.reactions]


def test_a_hyphenated_given_name_is_part_of_the_speaker_s_name() -> None:
    brief = _brief(
        (
            "Daegu, South Korea (AFP) - The death toll from a gas explosion in a market "
            "building in Daegu rose to nine on Wednesday, officials said.\n\nThe fire "
            "department put the number of injured at 61. But the city government gave a higher "
            'figure of 74.\n\n"The numbers are different because we count everyone who '
            "reported to a medical facility,\" Ha Yun-seo, director of the city's Disaster "
            "Safety Office, told AFP.",
            "2026-03-11",
        )
    )
    speakers = [r.speaker for r in brief.reactions if "numbers are different" in r.statement]
    assert speakers == ["Ha Yun-seo"], [(r.speaker, r.statement) for r in brief.reactions]


def test_the_owner_of_the_count_a_figure_is_of_gives_that_figure() -> None:
    evidence = _evidence(
        (
            "INCHEON (AP) - The city said on Saturday that 83 people had been injured. The "
            "city's figure for the injured is higher than the fire department's count of 64 "
            "because it includes people treated at clinics.",
            "2026-03-14",
        )
    )
    given = {f.count: f.attributed_to for f in all_figures(evidence) if f.kind == "injured"}
    assert given.get(64) == "fire department", given


def test_two_voices_giving_their_own_count_of_one_thing_one_after_the_other_dispute() -> None:
    found = _disputes(
        (
            "EDINBURGH (AFP) - The figures of the crisis differ. The agency Transport Scotland "
            "counts about 72,000 affected passengers. The carriers' association speaks of more "
            "than 110,000 passengers, counting those who connect in London.",
            "2026-04-24",
        )
    )
    passengers = [d for d in found if "passenger" in d.topic]
    assert len(passengers) == 1, [d.topic for d in found]
    assert {c.value for c in passengers[0].claims} == {"about 72,000", "more than 110,000"}


def test_counts_of_things_in_two_states_are_no_rival_counts() -> None:
    # a guard on the rule above: cancelled flights and delayed flights are two counts
    found = _disputes(
        (
            "WARSAW (AP) - The agency says 386 flights were cancelled on Thursday. Eurocontrol "
            "estimates that about 1,100 flights were delayed across the region.",
            "2026-04-24",
        )
    )
    assert not any("flight" in d.topic for d in found), [d.topic for d in found]


def test_readings_of_one_concentration_by_two_voices_are_a_dispute_of_how_high_it_was() -> None:
    found = _disputes(
        (
            "GLASGOW (AP) - The airline said its instruments recorded ash concentrations below "
            "0.2 milligrams per cubic metre throughout the test flight. The Met Office said its "
            "latest charts showed concentrations above 4 milligrams per cubic metre over the "
            "Central Belt.",
            "2026-04-21",
        )
    )
    readings = [d for d in found if "milligram" in d.topic]
    assert len(readings) == 1, [d.topic for d in found]
    assert readings[0].topic.startswith("How high the concentration was"), readings[0].topic
    assert {c.attributed_to for c in readings[0].claims} == {"airline", "Met Office"}


def test_a_body_s_charts_speak_for_the_body_named_in_apposition() -> None:
    from summarise.extractive.casualties import figure_voice
    from summarise.nlp import parse

    text = (
        "Britain's national weather service, the Met Office, said its latest charts showed "
        "concentrations above 4 milligrams per cubic metre."
    )
    at = text.index("4 milligrams")
    assert figure_voice(parse([text])[0], at, at + 1) == "Met Office"


def test_a_name_made_an_adjective_is_no_actor() -> None:
    from summarise.extractive.names import _clean

    for adjective in ("Glasgow-based", "Iran-backed", "Kurdish-led", "Spanish-flagged"):
        assert _clean(f"{adjective} carrier", 0, len(adjective), "person") is None, adjective
    assert _clean("Saltire Airways said", 0, 15, "organisation") == (0, 15)


def test_a_body_named_in_full_and_by_its_initials_is_one_voice_of_a_side() -> None:
    found = _disputes(
        (
            "EDINBURGH (AFP) - Transport Scotland counts about 72,000 affected passengers. The "
            "Association of Scottish Air Carriers (ASAC) speaks of more than 110,000 "
            "passengers.",
            "2026-04-24",
        ),
        (
            "EDINBURGH (Reuters) - Transport Scotland said about 72,000 passengers were "
            "affected. ASAC put the number of passengers affected at more than 110,000.",
            "2026-04-24",
        ),
    )
    voices = [c.attributed_to for d in found if "passenger" in d.topic for c in d.claims]
    assert "Association of Scottish Air Carriers (ASAC)" in voices, voices
    assert not any(v and "ASAC," in v for v in voices), voices


def test_a_ministry_of_two_portfolios_is_one_name() -> None:
    from summarise.extractive.casualties import figure_voice
    from summarise.nlp import parse

    text = "The Ministry of Justice and Digital Affairs counts 63 e-services that failed."
    at = text.index("63")
    assert figure_voice(parse([text])[0], at, at + 2) == "Ministry of Justice and Digital Affairs"


def test_a_neighbourhood_half_of_whose_mentions_are_of_a_place_is_a_place() -> None:
    kinds = _kinds(
        (
            "SEOUL (Yonhap) - The central government on Saturday declared Bisan-dong and the "
            "neighbouring Wondae-dong a special disaster zone.\n\nIn Bisan-dong, the fence "
            "around the ruined building is lined with flowers.",
            "2026-03-14",
        )
    )
    assert kinds.get("Bisan-dong") == "place", kinds


def test_a_given_name_of_two_syllables_joined_by_a_hyphen_is_all_the_name() -> None:
    entities = collect_entities(
        _evidence(
            (
                "DAEGU (Reuters) - Palgong chief executive Moon Tae-gyu resigned on Monday, "
                'saying he took "moral responsibility". Senior Superintendent Go Min-jae told '
                'reporters that Moon\'s resignation "does not affect the investigation."',
                "2026-03-14",
            )
        )
    )
    moon = [e for e in entities if "Moon" in e.name]
    assert [e.name for e in moon] == ["Moon Tae-gyu"], [(e.name, e.names) for e in entities]
    assert "Moon Tae" not in moon[0].names, moon[0].names


def test_a_speaker_the_model_misses_is_named_and_he_is_no_airport() -> None:
    brief = _brief(
        (
            "Glasgow Airport reopens but Edinburgh stays shut\n\nWednesday, April 22, 2026\n\n"
            "The first flights in three days have taken off from Glasgow Airport, but Edinburgh "
            "will stay closed until tomorrow morning, CBN News understands.\n\nA Saltire Airways "
            "service to London Heathrow left Glasgow shortly after 2pm, after air traffic "
            "controllers NATS lifted restrictions over the west of Scotland.\n\nEdinburgh "
            "Airport, however, will not reopen until 7am on Thursday. The Met Office said ash "
            "was lingering over the Lothians after the volcano's second burst of activity on "
            "Tuesday.\n\nIain Dunbar, Edinburgh Airport's chief operating officer, said he "
            'could see no scientific reason for the capital to be a day behind Glasgow.\n\n"We '
            'are forty miles apart," he told CBN News.',
            "2026-04-22",
        )
    )
    assert "Iain Dunbar" in {a.name for a in brief.who}, [a.name for a in brief.who]
    speakers = [r.speaker for r in brief.reactions if "forty miles" in r.statement]
    assert speakers == ["Iain Dunbar"], [(r.speaker, r.statement) for r in brief.reactions]


def test_a_name_opening_on_a_big_city_is_no_speaker_the_model_missed() -> None:
    from summarise.extractive.names import _a_big_city_first

    assert _a_big_city_first("London Heathrow") and _a_big_city_first("Paris Orly")
    assert not _a_big_city_first("Florence Nightingale")  # Florence is no city of a million
    assert not _a_big_city_first("Iain Dunbar")


def test_an_accusation_answered_by_the_accused_s_lawyer_is_a_dispute() -> None:
    found = disputes_with_names_of(
        (
            "BUSAN, South Korea (Yonhap) - A restaurant owner was arrested on Saturday over a "
            "gas blast that killed six people at a fish market in Busan. Police accuse Kang "
            "Min-su of having the kitchen's gas line extended with a rubber hose and of removing "
            "a shut-off valve. His lawyer, Yoo Jae-hoon, has said the hose was fitted by a "
            "previous tenant in 2019 and passed an inspection last November.",
            "2026-03-14",
        )
    )
    sides = [{c.attributed_to for c in d.claims} for d in found]
    assert {"Police", "Yoo Jae-hoon"} in sides, [
        (d.topic, s) for d, s in zip(found, sides, strict=True)
    ]


def test_what_another_says_after_an_accusation_is_no_answer_to_it() -> None:
    # a guard on the rule above: the one who speaks next must be the accused or speak for him
    found = disputes_with_names_of(
        (
            "BUSAN, South Korea (Yonhap) - A restaurant owner was arrested on Saturday over a "
            "gas blast that killed six people at a fish market in Busan. Police accuse Kang "
            "Min-su of having the kitchen's gas line extended with a rubber hose. The fire chief, "
            "Park Sung-ho, said the blast had destroyed two floors of the building.",
            "2026-03-14",
        )
    )
    assert not any(
        {c.attributed_to for c in d.claims} >= {"Police", "Park Sung-ho"} for d in found
    ), [(d.topic, [c.attributed_to for c in d.claims]) for d in found]


def test_a_lawyer_named_as_a_named_man_s_speaks_for_him() -> None:
    from summarise.extractive.disputes import _Antecedents

    evidence = _evidence(
        (
            "BUSAN (AFP) - Police say Kang Min-su had the hose fitted. Kang's lawyer, Yoo "
            "Jae-hoon, insists it was installed by a former tenant in 2019.",
            "2026-03-14",
        )
    )
    antecedents = _Antecedents(evidence, collect_entities(evidence))
    assert antecedents.speaks_for_the_other("Yoo Jae-hoon", "Kang Min-su")


def test_one_held_by_an_office_someone_owns_is_one_detained() -> None:
    evidence = _evidence(
        (
            "MENDOZA, Argentina (Reuters) - The zoo's head keeper was detained for questioning "
            "on Saturday, police said. Police also detained the company's technical director.",
            "2026-02-07",
        )
    )
    held = sorted((f.count, f.group) for f in all_figures(evidence) if f.kind == "detained")
    assert held == [(1, "company's technical director"), (1, "zoo's head keeper")], held


def test_a_name_not_held_or_an_arrest_not_made_is_no_one_detained() -> None:
    # a guard on the rule above: an arrest asked for, or many people of a ship's, is none
    evidence = _evidence(
        (
            "ZONGULDAK, Turkey (AP) - Relatives demanded that the mine's owner, Kemal Aydin, be "
            "arrested. The mine's owner should be arrested, a union leader said. Police did not "
            "detain the company's manager. The authorities detained the vessel's crew.",
            "2026-02-07",
        )
    )
    held = [(f.count, f.group) for f in all_figures(evidence) if f.kind == "detained"]
    assert not any(count == 1 for count, _ in held), held


def test_two_voices_timing_one_emergency_call_differently_are_a_dispute() -> None:
    found = _disputes(
        (
            "IASI, Romania (AP) - A fire in a hospital ward killed five patients on Monday. The "
            "hospital's manager, Dr. Elena Rusu, said night staff called the 112 emergency "
            "number at 1:55 a.m.",
            "2026-01-20",
        ),
        (
            "IASI, Romania (Reuters) - Five patients died in a fire at a hospital on Monday. "
            "The fire inspectorate's spokesman, Col. Ion Barbu, said the first call about the "
            "fire was logged at 2:12 a.m.",
            "2026-01-20",
        ),
    )
    calls = [d for d in found if "emergency call" in d.topic]
    assert len(calls) == 1, [d.topic for d in found]
    assert calls[0].topic == "When the emergency call was made"
    assert {c.value for c in calls[0].claims} == {"01:55", "02:12"}


def test_a_call_for_calm_is_no_call_for_help() -> None:
    from summarise.evidence import SentenceRef
    from summarise.extractive.disputes import find_clocks

    text = "The mayor called for calm at 3 p.m. as crowds gathered."
    assert not find_clocks(SentenceRef("S1", 0, len(text), text, 3))


def test_last_monday_beside_monday_is_a_week_before_and_a_span_runs_forward() -> None:
    text = (
        "The regulator confirmed on Monday that it will review the decisions that kept the "
        "airspace closed from early last Monday until Thursday morning."
    )
    days = {e.text: e.iso for e in find_time_expressions(text, date(2026, 4, 30))}
    assert days == {
        "on Monday": "2026-04-27",
        "last Monday": "2026-04-20",
        "Thursday morning": "2026-04-23",
    }, days


def test_a_lone_last_weekday_keeps_its_nearest_day() -> None:
    # a guard on the rule above: with no bare day of its name beside it, "last Monday" in a
    # Thursday report is the Monday just gone
    text = "The airspace was closed last Monday, the regulator said."
    days = {e.text: e.iso for e in find_time_expressions(text, date(2026, 4, 30))}
    assert days == {"last Monday": "2026-04-27"}, days


def test_how_long_an_earlier_event_lasted_is_no_length_of_this_one() -> None:
    brief = _brief(
        (
            "EDINBURGH (Reuters) - Ash from an Icelandic eruption closed Scottish airspace on "
            "Monday. The eruption revives memories of April 2010, when ash from Iceland's "
            "Eyjafjallajokull volcano shut much of Europe's airspace for six days.",
            "2026-04-20",
        ),
        (
            "GLASGOW (AP) - Flights were grounded across Scotland on Monday because of volcanic "
            "ash. In 2010, an eruption at Iceland's Eyjafjallajokull volcano caused the "
            "cancellation of more than 100,000 flights across Europe over six days.",
            "2026-04-20",
        ),
    )
    assert not any(t.duration == "P6D" for t in brief.when), [
        (t.text, t.duration) for t in brief.when
    ]


# --- read in the funfair-ride and tap-water clusters (S120, S122) ------------------------------


def test_a_health_body_telling_of_people_treated_counts_the_injured() -> None:
    evidence = _evidence(
        (
            "PORTO ALEGRE (AP) - A stage collapsed at a concert on Friday, killing one man. The "
            "state health department says 41 people were treated, five of them children.",
            "2026-05-09",
        )
    )
    injured = {f.count: f.attributed_to for f in all_figures(evidence) if f.kind == "injured"}
    assert injured.get(41) == "state health department", injured


def test_people_a_brigade_took_to_hospital_are_a_count_of_the_injured() -> None:
    evidence = _evidence(
        (
            "CUENCA (AFP) - A bus overturned on a mountain road on Sunday, killing three. The "
            "fire brigade said it took 17 to hospital.",
            "2026-05-10",
        )
    )
    shown = {(f.count, f.shown_as) for f in all_figures(evidence) if f.kind == "injured"}
    assert (17, "taken to hospital") in shown, shown


def test_a_number_told_of_this_event_in_other_words_is_not_an_earlier_events_toll() -> None:
    # the 5 still in hospital is this event's, though the 2018 collapse also "injured five"
    articles = (
        "VALPARAISO (Reuters) - A footbridge collapsed at a festival on Saturday, killing two. "
        "Dr Ana Rojas said 19 people had been treated and that five remained hospitalized. "
        "The accident recalled the 2018 collapse of a bridge in Santiago, which killed one "
        "person and injured five.",
        "2026-02-08",
    )
    later = (
        "VALPARAISO (AP) - Investigators examined the bridge on Monday. In 2018 a bridge "
        "collapse in Santiago killed one person and injured five.",
        "2026-02-09",
    )
    brief = _brief(articles, later)
    five = [c for c in brief.casualties if c.count == 5]
    assert any(not c.background for c in five), [(c.description, c.background) for c in five]


def test_a_rival_answering_with_a_bare_number_in_the_next_sentence_gives_a_side() -> None:
    found = _disputes(
        (
            "BRNO (AP) - The readings still differ. The water company gives its peak as 3.1 "
            "micrograms per litre. The regional hygiene office says 6.4. Aqualab, the private "
            "laboratory hired by residents, stands by 19.",
            "2026-06-03",
        )
    )
    readings = [d for d in found if "microgram" in d.topic]
    assert len(readings) == 1, [d.topic for d in found]
    assert {c.value for c in readings[0].claims} == {"3.1", "6.4", "19"}, readings[0].claims


def test_a_bare_number_beginning_a_larger_one_is_no_figure_given_back() -> None:
    # "gives 40,000 crowns" is a sum of its own, not "40" given back against the first
    found = _disputes(
        (
            "OSTRAVA (CTK) - The company said it will pay 2 million crowns to each family. The "
            "regional council also gives 40,000 crowns to each family.",
            "2026-06-03",
        )
    )
    assert not any("crown" in d.topic for d in found), [d.topic for d in found]


def test_distances_from_two_different_places_are_no_rival_figures() -> None:
    found = _disputes(
        (
            "TARTU (ERR) - An inspector said a test well about 40 metres from the Baltoil depot "
            "had shown diesel in the groundwater.",
            "2026-06-03",
        ),
        (
            "TARTU (BNS) - The company, whose depot lies about 900 metres from the Ropka well "
            "field, denies any leak.",
            "2026-06-04",
        ),
    )
    assert not any("metre" in d.topic for d in found), [d.topic for d in found]


def test_a_role_after_a_call_made_on_a_weekday_is_the_role_alone() -> None:
    brief = _brief(
        (
            "RIGA (LETA) - Tap water in Riga was declared unsafe on Friday. Councillors called "
            "on Monday for Rigas udens director general Janis Ozols to resign. Ozols said he "
            "would stay.",
            "2026-06-08",
        )
    )
    roles = {a.name: a.role for a in brief.who}
    assert roles.get("Janis Ozols") == "Rigas udens director general", roles


def test_a_district_written_with_and_without_its_accents_is_one_place() -> None:
    brief = _brief(
        (
            "KAUNAS (Reuters) - Tap water was declared unsafe in Kaunas on Wednesday. "
            "Restrictions remain for residents of the Panemune district, the area closest to "
            "the well field. Water in Panemune was cut on Tuesday.",
            "2026-03-04",
        ),
        (
            "KAUNAS (BNS) - People in Panemunė queued for bottled water on Wednesday, officials "
            "in Kaunas said. Tests in Panemunė continue, and the Panemunė district stays shut.",
            "2026-03-05",
        ),
        (
            "KAUNAS (AP) - Officials in Kaunas said water in the Panemune district was still "
            "unsafe on Thursday.",
            "2026-03-06",
        ),
    )
    spellings = [p.name for p in brief.where if p.name.startswith("Panemun")]
    assert len(spellings) == 1, [p.name for p in brief.where]


def test_a_body_known_by_its_initials_is_one_actor() -> None:
    brief = _brief(
        (
            "VILNIUS (AP) - The State Food Inspection Centre, known by its Lithuanian initials "
            "VMVT, said on Tuesday that it had closed the plant. VMVT said samples were sent to "
            "a laboratory. VMVT said more tests would follow.",
            "2026-03-04",
        )
    )
    bodies = [a for a in brief.who if "VMVT" in (a.name, *a.aliases) or "Inspection" in a.name]
    assert len(bodies) == 1, [(a.name, a.aliases) for a in brief.who]


def test_a_rival_giving_its_figure_in_a_clause_of_its_own_is_a_side() -> None:
    found = _disputes(
        (
            "LIMA (AP) - Thousands marched on Sunday against the new mining law. Police put the "
            "crowd at about 6,000; organisers said more than 15,000 took part.",
            "2026-05-11",
        )
    )
    crowds = [d for d in found if "crowd" in d.topic]
    assert len(crowds) == 1, [d.topic for d in found]


def test_a_cause_affirmed_after_one_denied_is_the_voice_s_cause() -> None:
    found = _disputes(
        (
            "PRAGUE (AP) - A carousel broke apart at a fair on Saturday, killing one. The "
            "operator's lawyer said the collapse was not caused by rust but by a lightning "
            "strike on the generator.",
            "2026-07-06",
        ),
        (
            "PRAGUE (Reuters) - A carousel broke apart on Saturday. The city's inspectors blame "
            "rust in the main axle, a finding the operator's lawyer disputes.",
            "2026-07-07",
        ),
    )
    causes = [d for d in found if d.topic.startswith("What caused it")]
    assert len(causes) == 1, [d.topic for d in found]
    told = " ".join(c.value or "" for c in causes[0].claims)
    assert "lightning" in told and "rust" in told, causes[0].claims


def test_what_a_voice_says_brought_a_ride_down_is_its_cause() -> None:
    found = _disputes(
        (
            "PRAGUE (AP) - A carousel broke apart at a fair on Saturday, killing one. The "
            "city's inspectors blame metal fatigue in the main axle. The owner's lawyer says a "
            "power cut, not fatigue, brought the ride down.",
            "2026-07-06",
        ),
    )
    causes = [d for d in found if d.topic.startswith("What caused it")]
    assert len(causes) == 1, [d.topic for d in found]
    assert any("power cut" in (c.value or "") for c in causes[0].claims), causes[0].claims


def test_what_the_next_sentence_tells_of_an_earlier_event_there_is_no_cause_of_this_one() -> None:
    brief = _brief(
        (
            "PRAGUE (AP) - A carousel broke apart at a fair on Saturday, killing one. The "
            "owner's lawyer says a power cut, not fatigue, brought the ride down. The accident "
            "recalled the 2019 collapse of a swing ride in Brno, which killed two people. "
            "Investigators there blamed corrosion in a support arm.",
            "2026-07-06",
        ),
    )
    causes = [d for d in brief.disputes if d.topic.startswith("What caused it")]
    assert not causes, _shown(causes)


def test_a_district_the_sources_place_in_a_city_keeps_their_words() -> None:
    brief = _brief(
        (
            "ISTANBUL (Reuters) - Fake spirits killed four people in Istanbul this week, "
            "officials said on Monday. Police raided a workshop in Istanbul's Arnavutköy "
            "district.",
            "2026-01-12",
        ),
        (
            "ISTANBUL (AP) - Two men died in Arnavutkoy, the governor of Istanbul said on "
            "Monday. Police in Arnavutkoy detained the workshop's owner.",
            "2026-01-12",
        ),
    )
    details = {p.name: p.detail for p in brief.where if p.name.startswith("Arnavutk")}
    assert list(details.values()) == ["district of Istanbul"], [
        (p.name, p.detail) for p in brief.where
    ]


def test_two_voices_giving_causes_in_one_sentence_dispute_what_caused_it() -> None:
    found = _disputes(
        (
            "MANILA (AP) - A fire on a ferry killed nine people on Friday. Investigators have "
            "since pointed to a cracked fuel line in the engine room; the operator still "
            "blames an overloaded battery charger.",
            "2026-04-04",
        )
    )
    causes = [d for d in found if d.topic.startswith("What caused it")]
    assert len(causes) == 1, [d.topic for d in found]
    assert {c.attributed_to for c in causes[0].claims} == {"Investigators", "operator"}


def test_a_body_blaming_in_a_participle_after_its_name_is_the_voice_of_that_cause() -> None:
    found = _disputes(
        (
            "OSLO (AFP) - Dozens of trains were cancelled across Norway on Monday after a "
            "signalling outage, with the rail agency blaming a supplier's faulty update and "
            "train drivers blaming years of cuts to maintenance staff.",
            "2026-04-06",
        )
    )
    causes = [d for d in found if d.topic.startswith("What caused it")]
    assert len(causes) == 1, [d.topic for d in found]
    assert {c.attributed_to for c in causes[0].claims} == {"rail agency", "train drivers"}


# --- read in the sandstorm pile-up and salmon-escape clusters (S124, S125) ------------------


def _quantities(text: str) -> list[Quantity]:
    """The figures `find_quantities` reads in one sentence."""
    return _find_quantities(SentenceRef("S1", 0, len(text), text, 0))


def _accounts(text: str) -> list[Account]:
    """The accounts `accounts_in` reads in one sentence, no names known."""
    (doc,) = nlp.parse([text])
    return accounts_in(doc, SentenceRef("S1", 0, len(text), text, 0))


def test_counts_of_one_kind_of_thing_to_which_different_things_befell_are_no_rivals() -> None:
    # escaped, then caught again: two counts of trout, not two voices' one
    found = _disputes(
        (
            "GALWAY (RTE) - Atlantic Trout Farms said on Wednesday that 12,400 trout escaped "
            "when a storm tore open one of its cages off Clifden this week.",
            "2026-02-04",
        ),
        (
            "GALWAY (Irish Times) - By Wednesday 3,100 trout had been recaptured off Clifden, "
            "Atlantic Trout Farms said, after a storm tore open one of its cages this week.",
            "2026-02-04",
        ),
    )
    assert not any("trout" in d.topic for d in found), [d.topic for d in found]


def test_the_whole_some_of_the_things_came_from_is_no_side_of_their_count() -> None:
    found = _disputes(
        (
            "GALWAY (RTE) - A cage holding 95,000 trout was torn open by a storm off Clifden "
            "this week, Atlantic Trout Farms said on Wednesday.",
            "2026-02-04",
        ),
        (
            "GALWAY (Irish Times) - Atlantic Trout Farms said on Wednesday that 12,400 trout "
            "escaped when a storm tore open one of its cages off Clifden this week.",
            "2026-02-04",
        ),
    )
    sides = [{c.value for c in d.claims} for d in found if "trout" in d.topic]
    assert not any("95,000" in side for side in sides), sides


def test_one_thing_counted_in_two_words_by_rivals_is_one_dispute() -> None:
    # "trout" and "fish" name one thing, shown by one figure given in both words
    found = _disputes(
        (
            "GALWAY (RTE) - The company says 12,400 trout escaped when the storm tore the cage.",
            "2026-02-06",
        ),
        (
            "GALWAY (Irish Times) - The company now says 12,400 fish escaped. The anglers' "
            "federation said at least 30,000 fish had escaped, citing counts by its members.",
            "2026-02-07",
        ),
    )
    sides = [{c.value for c in d.claims} for d in found if d.topic.startswith("How many")]
    assert any({"12,400", "at least 30,000"} <= side for side in sides), [d.topic for d in found]


def test_a_participle_before_the_noun_says_what_befell_the_things_counted() -> None:
    (found,) = _quantities("The company stands by its count of 12,400 escaped fish.")
    assert (found.key, found.states) == ("fish", ("escaped",)), found
    # and one after the noun says it instead: the escaped fish were caught
    (caught,) = _quantities("About 3,900 escaped fish were caught again by Friday.")
    assert caught.key == "escaped", caught  # no state of its own: not a count of escapes


def test_a_rival_whose_own_estimate_is_a_bare_number_gives_a_side() -> None:
    found = _quantities(
        "The company stands by its count of 12,400 escaped fish; the regulator's estimate is "
        "about 20,000."
    )
    assert [(q.value, q.voice) for q in found] == [(12400.0, None), (20000.0, "regulator")]


def test_a_union_saying_the_toll_is_another_number_is_a_side_of_the_toll() -> None:
    found = _disputes(
        (
            "SFAX (TAP) - A week after the crash the official death toll stands at 9. The "
            "country's main union says it is 10.",
            "2026-05-12",
        )
    )
    tolls = [d for d in found if d.topic.startswith("How many were killed")]
    assert len(tolls) == 1, [d.topic for d in found]
    assert {c.value for c in tolls[0].claims} == {"9", "10"}, tolls[0].claims


def test_a_body_that_gave_a_toll_is_its_voice() -> None:
    assert (
        "killed",
        11,
        "killed",
        "Interior Ministry",
    ) in _figures_of(
        "SFAX (TAP) - The Interior Ministry gave a higher death toll of 11 in a statement "
        "posted on its website, without explaining the difference."
    )


def test_a_denial_of_accusations_answers_what_they_say_not_the_event_they_mention() -> None:
    found = _disputes(
        (
            "SFAX (AFP) - Eleven people were killed on Tuesday when a bus and a lorry collided "
            "in thick fog on the coast road, the health ministry said.",
            "2026-05-05",
        ),
        (
            "SFAX (AP) - Drivers' unions say the fog warning lights on the coast road were "
            "dark on Tuesday morning.",
            "2026-05-06",
        ),
        (
            "SFAX (Reuters) - The head of the regional roads agency on Friday rejected "
            "accusations that its fog warning lights were not working when a bus and a lorry "
            "collided in fog, killing eleven people on the coast road.",
            "2026-05-08",
        ),
    )
    denials = [d for d in found if d.topic.startswith("Denied by")]
    assert denials, [d.topic for d in found]
    answered = [c.statement for d in denials for c in d.claims]
    assert not any("health ministry said" in s for s in answered), answered
    assert any("were dark" in s for s in answered), answered


def test_a_denial_of_claims_by_someone_answers_their_account_first() -> None:
    found = disputes_with_names_of(
        (
            "KORCE (AP) - Korce's mayor, Elira Prifti, has said the evacuation order reached "
            "residents' phones only at about 7:40 p.m. on Tuesday.",
            "2026-07-23",
        ),
        (
            "KORCE (Reuters) - The regional governor, Arben Dushku, said prosecutors would look "
            "into when evacuation alerts were sent to residents. The civil protection chief, "
            "Gent Hoxha, rejected claims by residents and Korce's mayor that evacuation alerts "
            "had been sent too late, saying the first message went out at 5:15 p.m.",
            "2026-07-25",
        ),
    )
    denials = [d for d in found if d.topic.startswith("Denied by")]
    assert any("Elira Prifti" in d.topic for d in denials), [d.topic for d in found]


def test_a_company_s_manager_denying_claims_does_not_answer_the_company_s_own_statement() -> None:
    found = disputes_with_names_of(
        (
            "ZONGULDAK (DHA) - Demir Madencilik said in a statement that water broke into the "
            "gallery at about 2:40 p.m. and that around 40 workers had been underground.",
            "2026-03-03",
        ),
        (
            "ZONGULDAK (Reuters) - Demir's general manager, Kemal Oztas, rejected the claims "
            "that the workers were made to keep working despite the water.",
            "2026-03-04",
        ),
    )
    assert not any(
        "Demir Madencilik" in (c.attributed_to or "")
        for d in found
        if d.topic.startswith("Denied by")
        for c in d.claims
    ), [d.topic for d in found]


def test_two_voices_timing_the_call_for_help_after_a_disagreement_is_announced() -> None:
    found = _disputes(
        (
            "SFAX (Mosaique FM) - There is also disagreement over how quickly help was called. "
            "The roads agency says its control room alerted the emergency services at 6:12. "
            "The civil protection says its first call was logged at 6:29.",
            "2026-05-06",
        )
    )
    sides = [{c.attributed_to for c in d.claims} for d in found]
    assert {"roads agency", "civil protection"} in sides, [d.topic for d in found]


def test_an_officer_named_later_in_the_report_does_not_answer_his_own_denial() -> None:
    found = disputes_with_names_of(
        (
            "SFAX (Reuters) - The head of Sfax's roads agency on Friday rejected accusations "
            'that its fog warning lights were not working. "Our fog warning lights were '
            'switched on at 5:50 a.m. and our logs prove it," Hichem Ben Salah, chief executive '
            "of the state-owned Routes du Sahel, told a news conference.",
            "2026-05-08",
        ),
        (
            "SFAX (AP) - Drivers' unions say the fog warning lights on the coast road were "
            "dark on Tuesday morning.",
            "2026-05-06",
        ),
    )
    answered = [c.attributed_to for d in found if d.topic.startswith("Denied by") for c in d.claims]
    assert "Hichem Ben Salah" not in answered, [d.topic for d in found]


def test_a_body_named_in_lower_case_at_the_end_of_a_sentence_is_its_voice() -> None:
    (account,) = _accounts(
        "Inspectors warned the company about wear on the net, the fisheries directorate said "
        "on Tuesday."
    )
    assert account.voice == "fisheries directorate", account
    (account,) = _accounts("The civil protection says its first call was logged at 6:29.")
    assert account.voice == "civil protection", account
    (account,) = _accounts(
        "The head of Sfax's roads agency on Friday rejected accusations that its lights were "
        "not working."
    )
    assert account.voice == "head of Sfax's roads agency", account


def test_a_road_named_after_a_place_puts_nothing_in_that_place() -> None:
    from summarise.extractive.disputes import places_in

    assert places_in("The crane fell across Victoria Street on Tuesday evening.") == frozenset()
    assert places_in("The ship docked in Victoria on Tuesday.")  # the city itself still is


def test_one_toll_disputed_by_the_same_voices_day_after_day_is_one_dispute() -> None:
    # the road named after a city abroad puts the first toll in no other country
    found = _disputes(
        (
            "ACCRA (Reuters) - City officials said seven people were killed and 30 injured when "
            "the tower crane fell across Lagos Avenue on Tuesday evening, crushing a minibus. "
            "Police said eight people had died.",
            "2026-03-04",
        ),
        (
            "ACCRA, Ghana (AP) - On Friday City Hall raised its death toll from the crane "
            "collapse in Accra to nine, while police put the toll at 10.",
            "2026-03-07",
        ),
    )
    tolls = [d for d in found if d.topic.startswith("How many were killed")]
    assert len(tolls) == 1, _shown(found)
    assert {c.value for c in tolls[0].claims} == {"9", "10"}, tolls[0].claims


def test_one_account_denied_by_a_company_and_its_chief_in_other_words_is_one_dispute() -> None:
    found = disputes_with_names_of(
        (
            "OSLO (AFP) - Norwegian inspectors warned a fish farming company about wear on the "
            "net of the very pen that burst open during a storm this week, the fisheries "
            "directorate said on Tuesday. Havbruk Nord rejected any suggestion it had ignored "
            "the warning. Chief executive Ola Berg told AFP that divers repaired the net on "
            "September 29.",
            "2026-11-04",
        ),
        (
            "OSLO (Reuters) - Havbruk Nord's chief executive Ola Berg said the pen had been "
            "sound. Berg denied the company had neglected the net.",
            "2026-11-05",
        ),
    )
    denials = [d for d in found if d.topic.startswith("Denied by")]
    assert len(denials) == 1, [d.topic for d in found]


def test_a_toll_followed_by_those_still_missing_gives_them_no_toll_s_number() -> None:
    found = _figures_of(
        "LINZ (APA) - Police said the confirmed death toll stood at 19 with three people still "
        "missing, and that a body found near Enns would be added after DNA tests."
    )
    assert ("missing", 19, "missing", "Police") not in found, found
    assert ("missing", 3, "missing", "Police") in found, found


def test_one_placed_or_held_in_custody_by_office_is_one_detained() -> None:
    assert ("detained", 1, "detained", None) in _figures_of(
        "SFAX (TAP) - The driver, Samir Trabelsi, 44, was placed in police custody on "
        "Wednesday on suspicion of manslaughter."
    )
    assert ("detained", 1, "detained", "court spokesman") in _figures_of(
        "SFAX (TAP) - The captain was held in custody overnight, a court spokesman said."
    )
    # "held up", "placed in protective custody" hold no one
    assert not any(
        kind == "detained"
        for kind, *_ in _figures_of(
            "SFAX (TAP) - The driver was held up in traffic. The witness was placed in "
            "protective custody."
        )
    )


def test_a_minister_named_in_full_and_by_his_surname_is_one_side_of_a_cause() -> None:
    from summarise.extractive.disputes import _Cause, _one_side

    def cause(voice: str, statement: str) -> _Cause:
        return _Cause(voice, "the separatists", frozenset(), statement, [])

    # the parse named him "Mir Akbar" in one sentence and "Rind" in the next
    full = cause(
        "Mir Akbar",
        "But provincial Home Minister Mir Akbar Rind blamed the Sindhu Liberation Army (SLA)",
    )
    surname = cause("Rind", "Rind said the separatists had planted the device")
    assert _one_side(full, surname) and _one_side(surname, full)
    other = cause("Ali Shah", "Opposition leader Ali Shah blamed the government's neglect")
    assert not _one_side(full, other)


def test_a_bomb_blast_and_a_bombing_are_one_incident_and_a_pile_up_a_crash() -> None:
    from summarise.extractive.disputes import _incident_word

    blast = _incident_word("How many were killed in the bomb blast")
    assert blast == _incident_word("How many were killed in the bombing") == "explosion"
    assert _incident_word("How many were killed in the pile-up") == "crash"
    assert _incident_word("How many were killed in the fire") != blast


def test_one_held_by_office_named_with_another_after_and_counts_two_detained() -> None:
    for text in (
        "BATANGAS (PNA) - The captain of the ferry MV Santa Rosa and an operations manager of "
        "its owner, Verde Lines Inc., were taken into custody on Thursday.",
        "BATANGAS (PNA) - Police detained the owner of the bakery and his son on Monday.",
    ):
        found = _figures_of(text)
        assert ("detained", 1, "detained", None) not in found, text
        assert ("detained", 2, "detained", None) in found, (text, found)
    assert ("detained", 1, "detained", None) in _figures_of(
        "BATANGAS (PNA) - Police detained the owner of the bakery and cafe on Monday."
    )
    # an "and" inside what is said of him joins no one to him
    assert ("detained", 1, "detained", None) in _figures_of(
        "BATANGAS (PNA) - Investigators have detained the director of the firm that serviced "
        "the lift which stopped and threw dozens of passengers to the floor."
    )


# Cases a hostile review of stop 44 wrote against its rules (a monarch's regnal number, people
# found alive, a relative named by a pronoun, a warning from "the authorities"): each was worse
# than before until mended. (id, day, article texts, field, present|absent, pattern)
# --- read in the balcony-collapse and vaccine cold-room clusters (S127, S130) -----------------


def test_a_clause_before_a_semicolon_is_not_what_the_next_voice_says() -> None:
    # the parse hangs "counts" from "says": the ministry counts, the institute says its own
    found = _disputes(
        (
            "GRAZ (APA) - The health ministry counts 2,815 pupils; the public health agency says "
            "about 3,300, including pupils seen by private doctors.",
            "2026-03-12",
        ),
    )
    assert _sides_of(found, "How many pupils") == [
        [("2,815", "health ministry"), ("about 3,300", "public health agency")]
    ], [d.topic for d in found]


def test_a_rival_who_insists_on_only_a_bare_figure_gives_a_side() -> None:
    found = _disputes(
        (
            "GRAZ (APA) - The medicines agency recalled 9,600 doses; the wholesaler insists only "
            "5,100, the rest having been kept in a second room.",
            "2026-03-12",
        ),
    )
    assert _values_by_dispute(found, "How many doses") == [{"9,600", "5,100"}], [
        d.topic for d in found
    ]


def test_a_date_in_the_sentence_before_leaves_its_one_figure_to_be_answered() -> None:
    found = _disputes(
        (
            "GRAZ (APA) - The medicines agency said it had recalled all 9,600 doses the "
            "wholesaler shipped from March 2. The wholesaler says 5,100.",
            "2026-03-12",
        ),
    )
    assert _values_by_dispute(found, "How many doses") == [{"9,600", "5,100"}], [
        d.topic for d in found
    ]


def test_a_topic_names_things_in_their_plural() -> None:
    found = _disputes(
        (
            "GRAZ (APA) - The ministry puts the number at 2,815 children, while the agency says "
            "3,300 children were given the spoiled doses.",
            "2026-03-12",
        ),
    )
    topics = [d.topic for d in found if d.topic.startswith("How many")]
    assert "How many children" in topics and not any("childrens" in t for t in topics), topics


def test_a_rite_held_for_the_dead_holds_no_one() -> None:
    figures = _figures_of(
        "A memorial service for the first three victims, both of them students, will be held "
        "on Sunday evening at the cathedral."
    )
    assert not {f for f in figures if f[0] == "detained"}, figures
    vigil = _figures_of("A vigil for the two students was held on Friday outside the school.")
    assert not {f for f in vigil if f[0] == "detained"}, vigil


def test_a_sentence_contradicting_someones_explanation_answers_that_one_only() -> None:
    found = _disputes(
        (
            "GRAZ (APA) - Police have opened an inquiry into suspected negligence at a Graz "
            "vaccine store where a cooling failure left thousands of pupils needing new shots, "
            "a police spokesman said on Wednesday.",
            "2026-03-12",
        ),
        (
            "GRAZ (AP) - The regional power company said Sunday it recorded no power cut in the "
            "area where a vaccine store's cooling failed, contradicting the wholesaler's "
            "explanation for a lapse that has left thousands of pupils needing new shots.",
            "2026-03-09",
        ),
    )
    assert not [d for d in found if "police" in d.topic.lower()], [d.topic for d in found]


def test_two_voices_that_both_say_no_complaint_came_do_not_differ() -> None:
    found = disputes_with_names_of(
        (
            "LARNACA (CNA) - The owner's lawyer, Marios Pittas, said: \"My client never received "
            'any letter or any complaint about the roof, written or otherwise." Tenants say '
            "they emailed the council in February and got no reply. Eleni Vasou, head of the "
            "council's building office, said the block had been inspected in 2024. She said the "
            "council had no record of any complaint in February.",
            "2026-06-21",
        ),
    )
    assert not [
        d for d in found if {c.attributed_to for c in d.claims} >= {"Marios Pittas", "Eleni Vasou"}
    ], [d.topic for d in found]


def test_a_reaction_is_not_the_clause_before_the_semicolon() -> None:
    evidence = _evidence(
        (
            "GRAZ (APA) - The health ministry counts 2,815 pupils; the public health agency "
            "says about 3,300, including pupils seen by private doctors.",
            "2026-03-12",
        )
    )
    statements = {
        r.speaker: r.statement for r in extract_reactions(evidence, collect_entities(evidence))
    }
    assert not any("ministry counts" in s for s in statements.values()), statements


def test_a_name_given_an_age_is_a_person_not_a_place() -> None:
    evidence = _evidence(
        (
            "LARNACA (CNA) - The tenant of the flat, Andreas Kalavasotis, 51, whose son was "
            "among the guests, gave a statement to police on Saturday and was released.",
            "2026-06-21",
        ),
        (
            "LARNACA (Politis) - The host of the party, 51-year-old Andreas Kalavasotis, who "
            "rents the flat, was questioned again as a witness.",
            "2026-06-23",
        ),
    )
    kinds = {e.name: e.kind for e in collect_entities(evidence)}
    assert kinds.get("Andreas Kalavasotis") == "person", kinds


def test_one_count_of_things_told_in_two_reports_in_two_words_is_one_dispute() -> None:
    found = _disputes(
        (
            "COLON (AP) - The port authority said 96 vessels were waiting at the peak. But "
            "Harbor Data, a London-based analytics firm, puts the number at 118.",
            "2026-04-02",
        ),
        (
            "COLON (Reuters) - The port authority says 96 ships were waiting at the peak last "
            "Friday; Harbor Data, the London analytics firm, says 118 were affected.",
            "2026-04-06",
        ),
    )
    told = [d for d in found if {"96", "118"} <= {c.value for c in d.claims}]
    assert len(told) == 1, [d.topic for d in found]
    # each side cited from both reports, its voice without the "But" that opens its sentence
    assert [({k.source_id for k in c.citations}, c.attributed_to) for c in told[0].claims] == [
        ({"S1", "S2"}, "port authority"),
        ({"S1", "S2"}, "Harbor Data"),
    ], told


def test_false_alarms_call_nothing_untrue() -> None:
    (account,) = _accounts(
        "A union representing the drivers says the brake warning had been switched off in May "
        "after repeated false alarms."
    )
    assert account.kind == "say", account


def test_one_mans_two_denials_of_one_sides_account_are_one_dispute() -> None:
    found = disputes_with_names_of(
        (
            "KOPER (STA) - Marko Zupan, the shop steward at Lukaplin for the Port Workers' "
            "Union (PWU), said the gas alarm in the store had been switched off in early June. "
            "Depot manager Igor Kos denied ordering the gas alarm to be turned off.",
            "2026-07-10",
        ),
        (
            "KOPER (Reuters) - The Port Workers' Union says the gas alarm in the store was "
            "switched off in early June. Depot manager Igor Kos, suspended on Friday, has denied "
            "switching off the alarm or receiving any warning.",
            "2026-07-12",
        ),
    )
    denials = [d.topic for d in found if d.topic.startswith("Denied by Igor Kos")]
    assert len(denials) == 1, [d.topic for d in found]


def test_a_person_the_model_calls_something_else_keeps_the_role_his_sentence_gives() -> None:
    evidence = _evidence(
        (
            "KOPER (STA) - Marko Zupan, the shop steward at Lukaplin for the Port Workers' "
            "Union (PWU), said the gas alarm had been switched off in early June.",
            "2026-07-10",
        ),
        (
            'KOPER (Reuters) - "They suspended the man who obeyed," union steward Marko Zupan '
            "said on Friday.",
            "2026-07-12",
        ),
    )
    (zupan,) = [e for e in collect_entities(evidence) if e.name == "Marko Zupan"]
    assert zupan.kind == "person" and zupan.roles, zupan


def test_a_weekday_before_a_role_is_no_part_of_it() -> None:
    text = (
        "ZOMBA (AFP) - The deputies have dismissed on Tuesday the president of the National "
        "Assembly, Madam Grace Banda, after a contested vote."
    )
    begin = text.index("Madam")
    assert _role(text, begin, begin + len("Madam Grace Banda")) == (
        "president of the National Assembly"
    )


def test_the_cause_is_x_not_y_gives_a_cause() -> None:
    found = _disputes(
        (
            "VALENCIA (EFE) - The owner's lawyer, Ana Vidal, pointed instead to the number of "
            "guests on the terrace. Through his lawyer, Marco Ruiz, the tenant maintains that "
            '"the cause is the rot in the beams, not the guests".',
            "2026-07-02",
        ),
    )
    values = _values_of_the_cause(found)
    assert "rot" in values and "number of guests" in values, values


def test_a_time_that_opens_a_sentence_is_no_pronoun() -> None:
    assert not dangling("This afternoon police arrested the owner of the building.")
    assert not dangling("This week the council closed the road.")
    assert dangling("This decision was criticised by the union.")


# --- read in the tram and satellite-interference clusters (S131, S133) ------------------------


def test_bodies_that_repeat_figures_are_institutions_not_the_dead() -> None:
    figures = _figures_of(
        "At Friday's inquiry the four bodies restated figures that still differ by thousands "
        "of customers."
    )
    assert not {f for f in figures if f[0] == "killed"}, figures
    # the dead's bodies still count
    found = _figures_of("Divers said three bodies reached the shore near the harbour.")
    assert ("killed", 3) in {(f[0], f[1]) for f in found}, found


def test_a_parent_of_three_is_no_count_of_the_harmed() -> None:
    figures = _figures_of(
        "The bus driver, a mother of three from the old town, and a passenger died at the scene."
    )
    assert not {f for f in figures if f[1] == 3}, figures


def test_a_site_named_for_a_person_is_a_place_not_someone_in_the_story() -> None:
    brief = _brief(
        (
            "LIMA (Reuters) - Nine of the injured were taken to the Dr Ramon Olaya university "
            "hospital, officials said. A crowd gathered outside the Dr Ramon Olaya university "
            "hospital on Sunday night.",
            "2026-08-02",
        ),
        (
            "LIMA (AP) - Doctors at the Dr Ramon Olaya university hospital said two patients "
            "remained in intensive care. The bus left the road near the Julio Tello stop, "
            "witnesses said, and hit a wall beside the Julio Tello stop.",
            "2026-08-03",
        ),
    )
    who = [actor.name for actor in brief.who]
    assert not any("Olaya" in name or "Tello" in name for name in who), who
    places = {place.name: place.detail for place in brief.where}
    assert {places.get("Ramon Olaya"), places.get("Julio Tello")} == {"hospital", "stop"}, places


def test_two_times_told_after_a_sentence_saying_the_timing_differs_are_a_dispute() -> None:
    found = _disputes(
        (
            "TALLINN (ERR) - The accounts also differ on timing. The port authority said its "
            "radar lost the ferry at 4:10 am. But the coast guard says it was alerted by a "
            "fisherman at 5:05 am.",
            "2026-02-11",
        ),
    )
    times = [d for d in found if d.topic.startswith("What time")]
    assert times, [d.topic for d in found]
    assert {(c.value, c.attributed_to) for c in times[0].claims} == {
        ("04:10", "port authority"),
        ("05:05", "coast guard"),
    }, times[0].claims


def test_a_fault_a_voice_will_not_rule_out_is_a_cause_set_against_another() -> None:
    found = _disputes(
        (
            "TALLINN (ERR) - The operator has blamed a cyber attack from abroad. The regulator "
            "has said it cannot rule out a faulty software update at the data centre.",
            "2026-02-11",
        ),
    )
    values = _values_of_the_cause(found)
    assert "cyber attack" in values and "faulty software update" in values, values


def test_what_a_voice_will_not_rule_out_is_no_cause_without_a_fault() -> None:
    found = _disputes(
        (
            "TALLINN (ERR) - The operator has blamed a cyber attack from abroad. Police said "
            "they could not rule out more arrests in the coming days.",
            "2026-02-11",
        ),
    )
    assert not [d for d in found if d.topic.startswith("What caused it")], [d.topic for d in found]


def test_no_one_arrested_is_a_line_of_the_casualties() -> None:
    brief = _brief(
        (
            "RIGA (LETA) - No one was hurt when the software fault delayed the count. Police "
            "questioned two engineers of the supplier on Friday; no one has been arrested.",
            "2026-10-04",
        ),
    )
    lines = [c.description for c in brief.casualties]
    assert "no one detained" in lines, lines
    held = _brief(
        (
            "RIGA (LETA) - No one has been arrested, police said on Friday. On Saturday the "
            "supplier's manager was arrested at his home.",
            "2026-10-04",
        ),
    )
    assert "no one detained" not in [c.description for c in held.casualties], held.casualties


def test_no_one_detained_follows_the_events_own_figures() -> None:
    brief = _brief(
        (
            "RIGA (LETA) - Four people were killed when the roof fell in, police said. No one has "
            "been arrested.",
            "2026-10-04",
        ),
    )
    kinds = [c.kind for c in brief.casualties]
    assert kinds.index("detained") > kinds.index("killed"), kinds


def test_a_denial_of_such_information_answers_the_sentence_just_before() -> None:
    found = _disputes(
        (
            "ULAANBAATAR (Montsame) - Lawmaker B.Erdene said the public deserved one answer on who "
            "informed whom. Operations director S.Bold noted that the crew reported the fault at "
            "midnight, and the information was phoned to the authority's duty officer. "
            "The authority has denied that it received such information.",
            "2026-01-23",
        ),
    )
    denials = [d for d in found if d.topic.startswith("Denied by")]
    assert denials, [d.topic for d in found]
    assert "crew" in (denials[0].claims[0].statement or ""), denials[0].claims


def test_according_to_the_updated_information_is_no_voice_and_informed_that_says() -> None:
    found = _disputes(
        (
            "ULAANBAATAR (Montsame) - Director General B.Ganzorig informed that, according to "
            "the updated information, 38 flights were affected. The airport operator says 46 "
            "flights were affected.",
            "2026-01-23",
        ),
    )
    sides = _sides_of(found, "How many flights")
    assert sides, [d.topic for d in found]
    voices = [voice or "" for _, voice in sides[0]]
    assert not any("information" in voice for voice in voices), sides
    assert any("Ganzorig" in voice for voice in voices), sides


def test_what_was_to_blame_is_a_cause_and_what_is_asked_about_is_not() -> None:
    found = _disputes(
        (
            "PARIS (AFP) - Police said faulty wiring was to blame for the fire. The owner blames "
            "an arsonist.",
            "2026-05-06",
        ),
    )
    causes = [d for d in found if d.topic.startswith("What caused it")]
    assert causes, [d.topic for d in found]
    assert {c.value for c in causes[0].claims} == {"faulty wiring", "an arsonist"}, causes
    asked = _disputes(
        (
            "PARIS (AFP) - The owner blames an arsonist. Investigators are examining whether "
            "faulty wiring was to blame, a source said.",
            "2026-05-06",
        ),
    )
    assert not [d for d in asked if d.topic.startswith("What caused it")], [d.topic for d in asked]


def test_evidence_pointing_to_people_at_work_gives_what_they_were_doing_as_a_cause() -> None:
    found = _disputes(
        (
            "PUEBLA (EFE) - The owner's lawyer said the fire was caused by a short circuit in a "
            "neighbouring house. Prosecutors have said preliminary evidence points to workers "
            "handling gunpowder inside the building, not a short circuit.",
            "2026-05-06",
        ),
    )
    values = _values_of_the_cause(found)
    assert "workers handling gunpowder" in values and "short circuit" in values, values


def test_a_country_that_has_been_here_before_does_not_act() -> None:
    brief = _brief(
        (
            "SANTIAGO (Reuters) - Interference with satellite signals forced Chile's main airport "
            "to suspend landings on Tuesday. Chile has been here before: in October 2023, a "
            "briefer episode at the same airport forced four flights to divert.",
            "2026-01-20",
        ),
        (
            "SANTIAGO (AP) - Asked on Thursday whether Chile had raised the matter with either of "
            "its neighbours, a Foreign Ministry spokeswoman said the ministry had no information.",
            "2026-01-22",
        ),
    )
    assert "Chile" not in [actor.name for actor in brief.who], brief.who


# --- read in the dormitory-fire and radio-hijack clusters (S135, S137) ------------------------


def test_state_bodies_that_disagree_are_institutions_not_the_dead() -> None:
    for text in (
        "Neither has settled it, and the two state bodies in charge are openly contradicting "
        "each other.",
        "The three bodies also disagree on when the leak began.",
    ):
        figures = _figures_of(text)
        assert not {f for f in figures if f[0] == "killed"}, (text, figures)
    found = _figures_of("Rescuers recovered two bodies from the canal on Monday.")
    assert ("killed", 2) in {(f[0], f[1]) for f in found}, found


def test_a_toll_summed_over_recent_years_in_other_places_is_background() -> None:
    brief = _brief(
        (
            "QUITO (Reuters) - A fire in a hostel dormitory in Quito killed 11 students on "
            "Monday, firefighters said. Hostel fires have killed hundreds of young people in "
            "other countries in recent years.",
            "2026-03-03",
        ),
        (
            "QUITO (AP) - Eleven students died in a hostel fire in Quito, firefighters said.",
            "2026-03-03",
        ),
    )
    lines = [c for c in brief.casualties if c.amount_text == "hundreds"]
    assert lines and all(c.background for c in lines), brief.casualties
    assert not any(
        "hundreds" in " ".join(c.value or "" for c in d.claims) for d in brief.disputes
    ), brief.disputes


def test_a_hoax_told_of_as_a_false_announcement_denies_no_one() -> None:
    found = _disputes(
        (
            "ACCRA (Reuters) - Hackers took over a state television channel on Monday and aired a "
            "false announcement that the elections had been postponed, officials said. The "
            "electoral commission said on Tuesday that 400 polling stations opened late after "
            "hackers announced that the vote was off.",
            "2026-04-07",
        ),
        (
            "ACCRA (AFP) - The channel's director, Ama Owusu, said the false bulletin was on air "
            'for "three minutes, not a second more".',
            "2026-04-08",
        ),
    )
    assert not [d for d in found if d.topic.startswith("Denied by")], [d.topic for d in found]


def test_a_body_named_with_what_it_runs_rejects_once_not_twice() -> None:
    told = (
        "Captain Ilse Varga of the fire service said early findings pointed to a heater left on "
        "in the dormitory. The Diocese of Pecs, which runs the school, rejected that account, "
        "saying heaters were banned and blaming faulty wiring."
    )
    found = _disputes(
        ("PECS, Hungary (Reuters) - " + told, "2026-02-05"),
        ("PECS, Hungary (AP) - " + told, "2026-02-05"),
    )
    denials = [d for d in found if d.topic.startswith("Denied by")]
    assert len(denials) == 1, [d.topic for d in denials]
    assert "which runs" not in denials[0].topic, denials[0].topic


def test_a_total_brought_up_by_more_arrests_is_a_count_of_the_arrested() -> None:
    figures = _figures_of(
        "Police said three more suspects had been arrested, bringing the total to seven."
    )
    assert ("detained", 7) in {(f[0], f[1]) for f in figures}, figures
    # a total of things is no count of people
    assert not _figures_of("Two more flights were cancelled, bringing the total to 40.")


def test_someone_taken_into_custody_by_an_active_verb_is_detained() -> None:
    figures = _figures_of("The police took the watchman, Karl Moser, 61, into custody.")
    assert ("detained", 1) in {(f[0], f[1]) for f in figures}, figures
    assert not _figures_of("Social workers took the child into care.")


# --- read in the mine-collapse and dam-spill clusters (S140, S141) ----------------------------


def test_a_list_of_rivals_each_giving_its_own_count_is_a_dispute() -> None:
    found = _disputes(
        (
            "MANILA (Reuters) - Floods swamped towns north of the capital on Monday. The civil "
            "defence office counts 300 damaged houses, the governor Rosa Tanada says 450 and the "
            "insurers say fewer than 200.",
            "2026-08-04",
        ),
        ("MANILA (AP) - Floodwater swamped towns north of Manila on Monday.", "2026-08-04"),
    )
    houses = [d for d in found if d.topic == "How many houses"]
    assert houses, [d.topic for d in found]
    assert {"300", "450"} <= {c.value for c in houses[0].claims}, houses[0].claims
    # the first figure is the civil defence office's, not the governor's named after it
    by_value = {c.value: c.attributed_to for c in houses[0].claims}
    assert "civil defence office" in (by_value["300"] or ""), by_value


def test_a_rival_that_continues_to_say_its_figure_is_named_by_its_name() -> None:
    found = _quantities(
        "The regulator repeats that more than 40,000 households lost water, while the utility"
        " continues to say about 25,000."
    )
    assert (25000.0, "utility") in {(q.value, q.voice) for q in found}, [
        (q.key, q.value, q.voice) for q in found
    ]


def test_the_true_number_given_back_in_the_next_sentence_is_a_rival_count() -> None:
    found = _disputes(
        (
            "LILONGWE (AFP) - Storms hit the south of Malawi on Sunday. The relief agency still "
            "counts 820 destroyed houses. The district commissioner, Grace Phiri, says the true "
            "number is 1,400.",
            "2026-02-10",
        ),
        ("LILONGWE (Reuters) - Storms hit southern Malawi on Sunday.", "2026-02-10"),
    )
    values = [{c.value for c in d.claims} for d in found if d.topic == "How many houses"]
    assert {"820", "1,400"} in values, _shown(found)


def test_a_conversion_in_brackets_is_no_figure_and_two_voices_measures_are_a_dispute() -> None:
    found = _quantities("The mayor said the water reached 2.5 meters (about 8 feet) in the square.")
    assert [(q.key, q.value) for q in found] == [("meter", 2.5)], found
    found = _disputes(
        (
            "DHAKA (Reuters) - The river burst its banks on Friday. The mayor says the water rose "
            "2.5 metres in the old town; the port authority says its gauge showed 1.2 metres.",
            "2026-07-11",
        ),
        ("DHAKA (AP) - The river burst its banks on Friday.", "2026-07-11"),
    )
    heights = [d for d in found if d.topic.startswith("How high")]
    assert heights and {c.value for c in heights[0].claims} == {"1.2", "2.5"}, [
        d.topic for d in found
    ]
    assert {c.attributed_to for c in heights[0].claims} == {"mayor", "port authority"}, heights


def test_people_still_inside_after_a_list_of_the_dead_are_trapped_not_dead() -> None:
    figures = _figures_of("The union counts 14 dead and five still inside, the rescuers said.")
    assert ("killed", 14) in {(f[0], f[1]) for f in figures}, figures
    assert ("trapped", 5) in {(f[0], f[1]) for f in figures}, figures
    assert ("killed", 5) not in {(f[0], f[1]) for f in figures}, figures
    figures = _figures_of("The union says four workers, not three, remain underground.")
    assert ("trapped", 4) in {(f[0], f[1]) for f in figures}, figures
    # where people are is no harm: "inside the embassy"
    assert not _figures_of("Five protesters remain inside the embassy.")


def test_harm_in_a_plan_or_a_denied_intention_is_no_casualty() -> None:
    for text in (
        '"I am not going to kill a rescuer to save an hour," the chief engineer said.',
        "The gunmen threatened to kill three guards.",
    ):
        assert not {f for f in _figures_of(text) if f[0] == "killed"}, (text, _figures_of(text))
    assert ("killed", 3) in {(f[0], f[1]) for f in _figures_of("The gunmen killed three guards.")}


def test_a_toll_set_after_what_a_speaker_says_is_not_that_speakers() -> None:
    aside = _figures_of(
        "The widow of a miner said on Wednesday she had been told nothing by the cooperative,"
        " as the confirmed death toll rose to four."
    )
    assert {(f[0], f[1], f[3]) for f in aside} == {("killed", 4, None)}, aside
    # what the speaker says, however its clauses run, stays the speaker's
    for text, voice in (
        (
            "The death toll rose to three on Sunday after a woman died in hospital, health"
            " officials said.",
            "health officials",
        ),
        (
            "Police said 48 of those detained had been released with fines, while 15 remained"
            " in custody.",
            "Police",
        ),
    ):
        assert all(f[3] == voice for f in _figures_of(text)), (text, _figures_of(text))
        assert _figures_of(text), text


def test_a_toll_beside_or_inside_a_speaker_or_in_a_rivals_clause_is_not_that_speakers() -> None:
    for text in (
        # done beside the verb of saying, not said: "declared" a holiday
        "LAHORE (AP) - Officials in Punjab declared Monday a school holiday and ordered clinics"
        " to stay open on Sunday as a cold wave that has killed dozens of people showed no sign"
        " of ending.",
        # inside the phrase the parse takes for who speaks
        "PRAGUE (AP) — A failure of the Czech air traffic control system grounded or diverted"
        " more than 150 flights on Monday, stranding thousands of passengers at Prague's main"
        " airport, and the country's aviation authority said a faulty update was to blame.",
    ):
        assert _voice_of(text) is None, (text, _voice_of(text))
    # a rival in a relative clause gives its own figure, not the sentence's first speaker
    rival = (
        "ATHENS, May 3 (Reuters) - The coast guard said on Sunday that 12 people were confirmed"
        " dead after a boat sank off Crete, figures disputed by a charity that joined the"
        " search and says nearly 40 people may have died."
    )
    assert _voice_of(rival, "12") == "coast guard", _voice_of(rival, "12")
    assert _voice_of(rival, "40") == "charity", _voice_of(rival, "40")
    # (but a relative clause of the speaker's own is the speaker's)
    own = "The navy, which first listed 14 people aboard, said on Friday that nine had been found."
    assert _voice_of(own, "14") == "navy", _voice_of(own, "14")
    # (and what a relative clause did is no saying: "attacks that claimed 52 lives")
    did = "Mourners marked a year since the attacks on the city's buses that claimed 31 lives."
    assert _voice_of(did, "31") is None, _voice_of(did, "31")
    # a participle of saying is its clause's subject's, however the parse hangs it
    for text, voice in (
        (
            "Port officials put the toll at 9, saying two bodies were still being identified.",
            "Port officials",
        ),
        (
            "Union leader Amos Phiri said at least 20 people had died, saying five workers on"
            " the union's list were still missing.",
            "Union leader Amos Phiri",
        ),
    ):
        assert _voice_of(text, "two" if "two" in text else "five") == voice, text
    # (and not the subject of what that speaker disputes or denies)
    for text, voice in (
        (
            "The drivers' union disputed that the search was over, saying two drivers were"
            " still missing.",
            "drivers' union",
        ),
        (
            "Mensah denied that mass arrests had taken place, saying only five men were held.",
            "Mensah",
        ),
    ):
        assert _voice_of(text, "two" if "two" in text else "five") == voice, text
    # (but "it" of what the sentence's speaker says is that speaker)
    told = "The port authority said on Friday it had confirmed six deaths."
    assert _voice_of(told, "six") == "port authority", _voice_of(told, "six")


def _voice_of(text: str, number: str | None = None) -> str | None:
    """The voice the parse gives the figure `number` (else the sentence's first figure)."""
    (doc,) = nlp.parse([text])
    first = re.search(r"\d+|dozens", text)
    number = number or (first.group(0) if first else "")
    start = text.index(number)
    return figure_voice(doc, start, start + len(number))


def test_people_reported_or_said_to_be_killed_are_a_toll() -> None:
    for text in (
        "Nine people were reported killed in the blast.",
        "Nine people were said to have died in the blast.",
        "Nine people were confirmed killed in the blast.",
    ):
        assert ("killed", 9) in {(f[0], f[1]) for f in _figures_of(text)}, text


def test_a_count_confirmed_in_the_passive_is_the_voice_s_that_says_it() -> None:
    figures = _figures_of(
        "Police put the toll at 23, while the textile workers' federation said 19 workers had "
        "been confirmed dead."
    )
    voices = {f[1]: f[3] for f in figures if f[0] == "killed"}
    assert voices.get(23) == "Police", voices
    assert "federation" in (voices.get(19) or ""), voices


def test_every_figure_of_a_sentence_that_opens_on_its_only_speaker_is_that_speaker_s() -> None:
    figures = _figures_of(
        "The Interior Ministry says six climbers died, four were rescued alive and two remain "
        "trapped."
    )
    trapped = [f for f in figures if f[0] == "trapped"]
    assert trapped and all(f[3] == "Interior Ministry" for f in trapped), figures


def test_a_count_of_the_event_s_victims_by_their_group_is_a_side_of_the_toll() -> None:
    found = _disputes(
        (
            "ORURO, Bolivia (Reuters) - A tunnel collapsed at a silver mine near Oruro on Monday, "
            "trapping 14 miners, officials said. Rescuers freed six miners on Tuesday.",
            "2026-05-05",
        ),
        (
            "ORURO, Bolivia (AP) - The Mining Ministry said seven miners had died and five miners "
            "were rescued alive. The regional health service put the death toll at eight, "
            "counting a rescued miner who died in hospital.",
            "2026-05-09",
        ),
    )
    tolls = [d for d in found if d.topic.startswith("How many were killed")]
    assert tolls and {c.value for c in tolls[0].claims} == {"7", "8"}, _shown(found)


def test_a_count_of_a_part_of_the_victims_is_no_side_of_the_toll() -> None:
    found = _disputes(
        (
            "LEIRIA, Portugal (Reuters) - A wildfire near Leiria killed seven people on Monday, "
            "civil protection officials said. Four firefighters were injured and 12 firefighters "
            "were treated for smoke. Police said two firefighters were killed.",
            "2026-08-17",
        ),
        (
            "LEIRIA, Portugal (AP) - The civil protection authority said seven people died in the "
            "fire. Three firefighters were hurt. The dead are six villagers and a firefighter, "
            "the mayor said.",
            "2026-08-17",
        ),
    )
    tolls = [
        {c.value for c in d.claims} for d in found if d.topic.startswith("How many were killed")
    ]
    assert not any("2" in values or "6" in values for values in tolls), tolls


def test_the_speaker_after_a_dateline_the_parse_takes_for_the_subject_gives_the_figure() -> None:
    figures = _figures_of(
        "ORURO, Bolivia (AP) - The Mining Ministry said seven miners had died and five were "
        "rescued alive."
    )
    voices = {(f[0], f[1]): f[3] for f in figures}
    assert voices.get(("killed", 7)) == "Mining Ministry", figures


def test_people_trapped_by_a_collapse_told_in_a_participle_are_counted() -> None:
    figures = _figures_of("A tunnel collapsed on Monday, trapping 14 miners, officials said.")
    assert ("trapped", 14) in {(f[0], f[1]) for f in figures}, figures
    assert not _figures_of("The trapping season opens in May for 300 licensed hunters.")


def test_a_distance_in_miles_converted_in_brackets_is_one_figure() -> None:
    assert not _quantities("Debris fell less than a mile (about 1.2 kilometers) from the village.")


def test_what_was_done_to_someone_on_a_day_is_no_part_of_their_role() -> None:
    sentence = (
        "Minister of Public Works Rosa Quispe on Thursday named retired judge Elena Mamani to "
        "lead a three-member inquiry."
    )
    begin = sentence.index("Elena")
    assert _role(sentence, begin, begin + len("Elena Mamani")) == "retired judge"


def test_the_last_word_of_a_place_s_name_is_no_actor() -> None:
    brief = _brief(
        (
            "NAKURU (Reuters) - The Nakuru Centrum market, normally busy on a Friday, was empty. "
            "At the primary school in Nakuru Centrum, where some 300 evacuees were still "
            "sleeping on Friday, a farmer said her family had lost everything.",
            "2026-05-15",
        ),
        (
            "NAKURU (AP) - Judge Elvira Hoepel opened the first hearing in the community centre "
            "in Nakuru Centrum.",
            "2026-05-20",
        ),
    )
    assert "Centrum" not in {a.name for a in brief.who}, [a.name for a in brief.who]
    assert "Elvira Hoepel" in {a.name for a in brief.who}, [a.name for a in brief.who]


def test_a_dispute_whose_sides_no_quote_backs_takes_no_place_among_the_disputes() -> None:
    from summarise.extractive.disputes import _two_sides_backed
    from summarise.schema import Citation, Claim

    def claim(statement: str, value: str, quote: str) -> Claim:
        return Claim(
            statement=statement,
            value=value,
            citations=[Citation(source_id="S1", quote=quote, start=0, end=len(quote))],
        )

    unbacked = Dispute(
        topic="When it happened",
        claims=[
            claim(
                "It happened on 13 May 2026 (“on Wednesday”)",
                "2026-05-13",
                "A row erupted on Wednesday over the sirens.",
            ),
            claim(
                "It happened on 14 May 2026 (“on Thursday”)",
                "2026-05-14",
                "The government on Thursday ordered an inquiry.",
            ),
        ],
    )
    assert not _two_sides_backed(unbacked)
    backed = Dispute(
        topic="When it happened",
        claims=[
            claim("It happened on 13 May 2026", "2026-05-13", "The dam opened on May 13, 2026."),
            claim("It happened on 14 May 2026", "2026-05-14", "The dam opened on May 14, 2026."),
        ],
    )
    assert _two_sides_backed(backed)


# --- read in the hydropower-camp and cruise-ship clusters (S144, S145) -----------------------


def test_a_figure_said_before_a_semicolon_is_the_speaker_s_whatever_follows() -> None:
    figures = _figures_of(
        "The Kafue Gorge Power Authority says 19 of its workers died; it leaves out a cook's "
        "wife and son who lived in the camp but were not on its rolls."
    )
    voices = {f[3] for f in figures if f[:2] == ("killed", 19)}
    assert voices == {"Kafue Gorge Power Authority"}, figures


def test_a_count_as_given_by_a_body_is_that_body_s() -> None:
    figures = _figures_of(
        "The official count, as given by the coastguard and the port authority, is 31 dead."
    )
    voices = {f[3] for f in figures if f[:2] == ("killed", 31)}
    assert voices and all(v and "coastguard" in v for v in voices), figures


def test_fewer_missing_as_days_pass_is_the_search_going_on_not_a_dispute() -> None:
    found = _disputes(
        (
            "QUITO (Reuters) - A mudslide buried a mining camp on Tuesday. Police said 23 people "
            "were missing.",
            "2026-03-03",
        ),
        (
            "QUITO (AP) - Rescuers found more bodies. Police said 12 people were missing.",
            "2026-03-05",
        ),
        ("QUITO (AFP) - Police said seven people were still missing.", "2026-03-09"),
    )
    assert not [d for d in found if d.topic.startswith("How many were missing")], _shown(found)


def test_a_missing_count_is_not_set_against_one_given_days_before() -> None:
    found = _disputes(
        (
            "QUITO (Reuters) - A mudslide buried a mining camp on Tuesday. Police said 23 people "
            "were missing. The mine operator said 18 people were unaccounted for.",
            "2026-03-03",
        ),
        (
            "QUITO (AFP) - Police said seven people were still missing, as the mine operator "
            "halted all work at the site.",
            "2026-03-13",
        ),
    )
    sides = _sides_of(found, "How many were missing")
    assert sides == [[("18", "mine operator"), ("23", "Police")]], sides


def test_a_whole_hour_of_the_clock_is_a_time() -> None:
    from summarise.extractive.disputes import _CLOCK, _minutes_of

    def minutes(text: str) -> list[int | None]:
        return [_minutes_of(match) for match in _CLOCK.finditer(text)]

    assert minutes("The slope gave way at around 3 a.m. on Tuesday.") == [180]
    assert minutes("Residents heard cracks at 11 p.m.") == [23 * 60]
    assert minutes("Parliament passed 3 amendments.") == []
    assert minutes("at 1:30 a.m.") == [90]


def test_times_answering_a_question_the_report_puts_are_a_dispute() -> None:
    found = _disputes(
        (
            "LIMA (Reuters) - A tanker exploded at a fuel depot near Callao on Sunday, officials "
            "said.\n\nWhen did the tanker explode? The company says 4:15 on Sunday morning; the "
            "fire brigade's log puts the blast at 3:40, more than half an hour before the first "
            "call at 4:25.",
            "2026-02-10",
        ),
    )
    values = [{c.value for c in d.claims} for d in found if d.topic == "What time it happened"]
    assert {"04:15", "03:40"} in values, _shown(found)


def test_a_round_hour_shortly_before_is_not_at_odds_with_a_time_to_the_minute() -> None:
    found = _disputes(
        (
            "MONTEVIDEO (Reuters) - The outage began at 7:42 a.m. at the Rodriguez substation, "
            "the grid operator said.",
            "2026-02-10",
        ),
        (
            "MONTEVIDEO (AP) - The blackout began shortly before 8 a.m. at the Rodriguez "
            "substation, leaving the country in the dark.",
            "2026-02-10",
        ),
    )
    assert not [d for d in found if "time" in d.topic.lower() or "happened" in d.topic], _shown(
        found
    )


def test_a_quoted_figure_cited_by_another_voice_is_that_voice_s() -> None:
    found = _disputes(
        (
            "SUVA (Reuters) - The agency said on Tuesday it estimated about 9,000 litres of fuel "
            'had leaked from the barge, far more than the "under 2,000 litres" cited by the '
            "operator.",
            "2026-02-10",
        ),
    )
    sides = _sides_of(found, "How many litres")
    assert sides, [d.topic for d in found]
    voices = dict(sides[0])
    assert any(v and "operator" in v for v in voices.values()), sides
    assert any(v and "agency" in v for v in voices.values()), sides


def test_until_further_notice_is_no_notice_a_denial_answers() -> None:
    found = _disputes(
        (
            "SUVA, Fiji (Reuters) - A ferry ran aground on a reef off Kadavu Island on Sunday. "
            "The fisheries ministry yesterday closed all fishing within a three-kilometre radius "
            "of the reef, known locally as Vatu Leka, until further notice.",
            "2026-03-03",
        ),
        (
            "SUVA, Fiji (AFP) - In a statement, the ferry line said the vessel changed course "
            "slightly but never left safe water as shown on its chart. The company again denied "
            "receiving any notice to mariners about the reef.",
            "2026-03-05",
        ),
    )
    assert not [d for d in found if d.topic.startswith("Denied")], [
        (d.topic, [c.statement for c in d.claims]) for d in found
    ]


def test_a_body_in_the_capital_does_not_make_the_capital_where_it_happened() -> None:
    brief = _brief(
        (
            "KATHMANDU, Nepal (Reuters) - A landslide buried a road workers' camp near Barhabise "
            "early on Tuesday, killing nine people, police said. The Indian Embassy in Kathmandu "
            "said most of the workers were Indian.",
            "2026-07-14",
        ),
        (
            "KATHMANDU, Nepal (AFP) - Rescuers searched the camp for a second day. The Indian "
            "Embassy in Kathmandu said it was in touch with the families of the workers, and "
            "officials at the home ministry in Kathmandu promised an inquiry.",
            "2026-07-15",
        ),
        (
            "KATHMANDU, Nepal (AP) - The toll from the landslide at Barhabise rose to 12, police "
            "said, as lawmakers held hearings in Kathmandu.",
            "2026-07-16",
        ),
    )
    names = [place.name for place in brief.where]
    assert names[:1] == ["Barhabise"], names


def test_a_common_noun_opening_a_sentence_is_no_actor() -> None:
    export = (
        "Hydropower is Bhutan's biggest export, with most of the electricity sold to India, "
        "which has financed several of the Himalayan kingdom's largest plants."
    )
    brief = _brief(
        (
            "THIMPHU (Reuters) - A landslide hit a workers' camp at a hydropower site in central "
            "Bhutan on Tuesday, police said. " + export,
            "2026-07-14",
        ),
        (
            "THIMPHU (AP) - Rescuers dug at the hydropower site, police said. " + export,
            "2026-07-15",
        ),
    )
    assert "Hydropower" not in {a.name for a in brief.who}, [a.name for a in brief.who]


def test_a_place_and_a_title_before_a_name_are_no_person() -> None:
    brief = _brief(
        (
            'THIMPHU (AFP) - "The whole lower part of the camp is gone," Wangdue Phodrang '
            "Dzongdag (district governor) Sonam Wangmo told AFP by telephone from the site.",
            "2026-07-14",
        ),
        (
            'THIMPHU (Kuensel) - Dzongdag Sonam Wangmo said the search would go on "day and '
            'night as long as the weather allows".',
            "2026-07-15",
        ),
        (
            "WANGDUE PHODRANG, Bhutan (AP) - The death toll from a landslide at a camp in "
            "Wangdue Phodrang rose to 12, police said.",
            "2026-07-16",
        ),
    )
    names = [a.name for a in brief.who]
    assert "Sonam Wangmo" in names and not any("Phodrang" in n for n in names), names


def test_a_whole_hour_is_a_time_only_when_it_tells_when_something_happened() -> None:
    from summarise.extractive.disputes import _CLOCK, _minutes_of

    def minutes(text: str) -> list[int | None]:
        return [_minutes_of(match) for match in _CLOCK.finditer(text)]

    assert minutes("Authorities imposed a curfew from 8 p.m. in the capital.") == [None]
    assert minutes("The 7 a.m. ferry from Puno capsized on the lake.") == [None]
    assert minutes("The blaze was still raging at 9 a.m., firefighters said.") == [None]
    assert minutes("Traders said the market opens at 6 a.m. every day.") == [None]
    assert minutes("The fire had spread to three streets by 6 p.m.") == [None]
    assert minutes("The dam gave way shortly after 2 a.m., villagers said.") == [120]


def test_a_question_about_an_inspection_announces_no_time_dispute() -> None:
    from summarise.extractive.disputes import _TIME_CONTESTED

    assert not _TIME_CONTESTED.search("When was the dam last inspected?")
    assert not _TIME_CONTESTED.search("When did things start to go wrong?")
    assert _TIME_CONTESTED.search("When did the dam collapse?")


def test_an_event_at_an_embassy_abroad_is_where_it_happened() -> None:
    brief = _brief(
        (
            "ISLAMABAD (Reuters) - A car bomb exploded outside the Pakistani embassy in Kabul on "
            "Monday, killing six people, Pakistan's foreign ministry said.",
            "2026-03-03",
        ),
        (
            "ISLAMABAD (AFP) - Pakistan recalled its ambassador after Monday's bombing outside its "
            "embassy in Kabul, which killed six people.",
            "2026-03-04",
        ),
    )
    assert [place.name for place in brief.where][:1] == ["Kabul"], brief.where


def test_a_common_word_that_speaks_is_a_name() -> None:
    brief = _brief(
        (
            "TEHRAN (Reuters) - Security forces opened fire on protesters in the city of Zahedan "
            "on Friday, killing dozens, witnesses said. Amnesty said at least 40 people were "
            "killed in Zahedan. President Masoud Pezeshkian has offered an amnesty to protesters "
            "who surrender.",
            "2026-03-03",
        ),
        (
            "DUBAI (AFP) - Iranian authorities rejected the toll from Friday's shooting in "
            "Zahedan. Amnesty said its researchers had verified the names of 40 victims in "
            "Sistan-Baluchestan province.",
            "2026-03-04",
        ),
    )
    assert "Amnesty" in {a.name for a in brief.who}, [a.name for a in brief.who]


def test_a_count_recorded_by_a_thing_is_no_one_s() -> None:
    figures = _figures_of("The official count, as recorded by cameras at the gates, is 24 dead.")
    assert not [f for f in figures if f[3] and "camera" in f[3]], figures


def test_a_person_named_after_a_place_with_no_comma_is_still_a_person() -> None:
    brief = _brief(
        (
            "SAN JOSE, Costa Rica (Reuters) - A bus plunged into a ravine near Cartago on Sunday, "
            "killing 11 people. In Cartago Jose Maria Figueres said the road had long been "
            "dangerous.",
            "2026-03-03",
        ),
        (
            "SAN JOSE, Costa Rica (AFP) - Police said the driver had lost control. Figueres called "
            "for the road to be closed.",
            "2026-03-04",
        ),
    )
    assert any("Figueres" in a.name for a in brief.who), [a.name for a in brief.who]


def test_a_group_of_islands_is_no_body() -> None:
    brief = _brief(
        (
            "SUVA, Fiji (Reuters) - A tourist ferry ran aground on a reef in the Mamanuca Group "
            "late on Sunday, and passengers were taken ashore in small boats, Fiji's maritime "
            "authority said.",
            "2026-02-01",
        ),
        (
            "NADI, Fiji (AP) - A ferry carrying 180 people struck a reef off the Mamanuca "
            "islands on Sunday night, the operator South Sea Island Cruises said. South Sea said "
            "no one was hurt.",
            "2026-02-02",
        ),
        (
            "NADI, Fiji (AFP) - Divers inspected the ferry stranded in the Mamanuca Group on "
            "Tuesday. The Republic of Fiji Navy said it had sent a patrol boat. The Navy said the "
            "reef was charted correctly, while South Sea Island Cruises blamed an outdated chart.",
            "2026-02-03",
        ),
        (
            "LAUTOKA, Fiji (Fiji Times) - Fishermen in the Mamanuca Group said fuel was washing "
            "onto the reef. South Sea chief executive Mere Tuilau said the company would pay for "
            "the clean-up.",
            "2026-02-04",
        ),
    )
    assert "Mamanuca Group" not in {a.name for a in brief.who}, [a.name for a in brief.who]


def test_a_body_written_short_after_its_full_name_is_one_body() -> None:
    evidence = _evidence(
        (
            "NADI, Fiji (AP) - A cruise ship with 214 people aboard struck a reef on Sunday "
            "night, the ship's operator said. Southern Cross Voyages said its ship was carrying "
            "148 passengers and 66 crew when it hit the reef.",
            "2026-02-01",
        ),
        (
            "SUVA, Fiji (Reuters) - Southern Cross Voyages chief executive Martin Hale said the "
            "chart was outdated. Southern Cross has said the ship hit the reef at 10:42 p.m. The "
            "Republic of Fiji Navy said the reef was charted correctly, and the Navy said a "
            "patrol boat had reached the ship.",
            "2026-02-02",
        ),
    )
    bodies = {e.name: set(e.names) for e in collect_entities(evidence) if e.kind != "person"}
    assert "Southern Cross" in bodies.get("Southern Cross Voyages", set()), bodies
    assert "Navy" in bodies.get("Republic of Fiji Navy", set()), bodies


# --- read in the wildfire and vote-count clusters (S148, S150) --------------------------------


def test_a_toll_dispute_that_moves_on_past_its_higher_figure_is_shown_as_it_last_stood() -> None:
    found = _disputes(
        (
            "LIMA (EFE) - According to the last balance of the National Service of Disaster "
            "Prevention, the fire has caused 38 dead, while the Legal Medical Service reported "
            "that it has received 40 bodies.",
            "2026-01-20",
        ),
        (
            "LIMA (AP) - The national disaster agency puts the final death toll at 40. The Legal "
            "Medical Service says it has received 42 bodies.",
            "2026-01-24",
        ),
    )
    tolls = [{c.value for c in d.claims} for d in found if d.topic.startswith("How many were k")]
    assert tolls == [{"40", "42"}], _shown(found)


def test_a_rival_with_a_long_name_gives_back_the_count_before() -> None:
    text = (
        "The agency's latest count is 1,620 homes destroyed; the regional government of Governor "
        "Alicia Valdivia puts the figure at 1,900."
    )
    found = {(q.key, q.value): q.voice for q in _quantities(text)}
    assert found.get(("home", 1620.0)) == "agency", found
    assert (found.get(("home", 1900.0)) or "").startswith("regional government"), found


def test_a_count_given_back_as_the_subject_of_the_same_state_is_a_rival_count() -> None:
    found = _disputes(
        (
            "SANTIAGO (AP) - Homes are disputed as well. The agency counts 1,740 homes destroyed. "
            'The regional government says 2,100 are "destroyed or uninhabitable".',
            "2026-01-24",
        ),
    )
    assert any({c.value for c in d.claims} == {"1,740", "2,100"} for d in found), _shown(found)
    # (not a count of what befell other people: "says 12 were killed" after "300 homes")
    homes = [
        d
        for d in _disputes(
            (
                "SANTIAGO (AP) - The agency counts 300 homes destroyed. The regional government "
                "says 12 were killed.",
                "2026-01-24",
            ),
        )
        if "home" in d.topic.lower()
    ]
    assert not homes, homes


def test_a_figure_the_parse_makes_a_speaker_is_no_voice() -> None:
    voices = [
        a.voice
        for a in _accounts(
            "The regional government puts the figure at 1,900, a number her office says includes "
            "houses no longer habitable."
        )
    ]
    assert not any(v and re.fullmatch(r"(?:a\s+)?number", v, re.I) for v in voices), voices


def test_an_earlier_stage_of_a_count_told_as_two_accounts_is_not_shown_beside_it() -> None:
    found = _disputes(
        (
            "SANTIAGO (Reuters) - The agency said 1,150 homes had been destroyed; the regional "
            "government said more than 1,400.",
            "2026-01-18",
        ),
        (
            "SANTIAGO (AP) - The agency counts 1,740 homes destroyed. The regional government "
            'says 2,100 are "destroyed or uninhabitable".',
            "2026-01-24",
        ),
    )
    shown = [{c.value for c in d.claims} for d in found]
    assert {"1,740", "2,100"} in shown, shown
    assert not any(values & {"1,150", "more than 1,400"} for values in shown), shown


def test_an_announced_disagreement_is_not_answered_by_a_count_of_something_else() -> None:
    found = _disputes(
        (
            "SANTIAGO (AP) - The two agencies also disagree on the damage to homes. The agency's "
            "latest count is 1,620 homes destroyed; the regional government puts the figure at "
            "1,900. More than 150 people have been treated in hospitals, according to the "
            "regional health authority.",
            "2026-01-19",
        ),
    )
    assert not any("health" in (c.attributed_to or "") for d in found for c in d.claims), [
        (d.topic, [c.attributed_to for c in d.claims]) for d in found
    ]


def test_one_who_maintains_a_lead_does_not_say_the_figure() -> None:
    text = (
        "His rival, the lawyer Carmen Ybanez, maintains an advantage of some 17,000 votes with "
        "almost all the certificates received, according to the partial data of the provincial "
        "board of canvassers."
    )
    voices = {q.voice for q in _quantities(text) if q.value == 17000}
    assert voices == {"provincial board of canvassers"}, voices
    (doc,) = nlp.parse([text])
    start = text.index("17,000")
    assert figure_voice(doc, start, start + 6) == "provincial board of canvassers"


def test_a_margin_told_from_part_of_the_count_is_no_side_against_the_final_one() -> None:
    found = _disputes(
        (
            "CEBU CITY (Reuters) - With about 91 percent of precincts canvassed by Tuesday noon, "
            "lawyer Carmen Ybanez led former congressman Alfredo Montebon by about 22,000 votes.",
            "2026-03-10",
        ),
        (
            "CEBU CITY (Reuters) - The provincial board of canvassers said Ybanez won by 16,904 "
            "votes over Montebon.",
            "2026-03-14",
        ),
    )
    assert not [d for d in found if "vote" in d.topic.lower()], [d.topic for d in found]


def test_ballots_tallied_by_hand_were_not_given_by_a_hand() -> None:
    text = "Comelec still counts 47 failed machines and 31,540 ballots tallied by hand."
    (doc,) = nlp.parse([text])
    start = text.index("31,540")
    assert figure_voice(doc, start, start + 6) == "Comelec"


def _sides_said(text: str) -> list[str]:
    """The statements of every side of every dispute found in one report of `text`."""
    return [c.statement for d in _disputes((text, "2026-03-10")) for c in d.claims]


def test_one_who_did_not_say_is_not_the_account_a_denial_answers() -> None:
    statements = _sides_said(
        "MANILA (AP) - Commissioner Arnel Villaverde blamed defective memory cards, saying the "
        "cards in the failed units could not be read. Villaverde did not say how many ballots "
        "had been counted by hand so far. The supplier, Asterion Data Solutions, disputed that "
        "explanation."
    )
    assert not any("did not say" in s for s in statements), statements


def test_no_such_warning_answers_an_account_of_a_warning() -> None:
    statements = _sides_said(
        "MANILA (AFP) - Gregory Lim, president of the supplier, told reporters the firm had "
        "sent a letter to the commission on March 5 warning that a software update might "
        'not work. "We put it in writing," Lim said. He said the company would hand a copy '
        "of the letter to investigators. The commission said no such warning arrived."
    )
    assert not any("hand a copy" in s for s in statements), statements


def test_a_place_the_recogniser_reads_as_a_name_is_no_actor() -> None:
    brief = _brief(
        (
            "VINA DEL MAR, Chile (Reuters) - A wildfire that started beside Camino La Polvora, a "
            "road on the edge of Valparaiso, killed 11 people on Friday, the disaster agency "
            "said. Luis Riquelme, 58, stood in front of what was left of his home in Nueva "
            "Aurora.",
            "2026-01-17",
        ),
        (
            "VALPARAISO, Chile (AP) - Prosecutor Ximena Urrutia said investigators had found "
            "three ignition points along Camino La Polvora. Residents of Nueva Aurora said no "
            "alert reached them.",
            "2026-01-18",
        ),
    )
    names = {a.name for a in brief.who}
    assert not names & {"Camino La Polvora", "Nueva Aurora"}, names
    assert "Ximena Urrutia" in names, names


def test_a_role_before_a_name_keeps_the_particles_of_a_place() -> None:
    sentence = "Viña del Mar's mayor, Daniela Poblete, said the city would open a shelter."
    start = sentence.index("Daniela")
    assert _role(sentence, start, start + len("Daniela Poblete")) == "Viña del Mar's mayor"
    sentence = "The mayor of Rio de Janeiro, Eduardo Paes, said the city would open a shelter."
    start = sentence.index("Eduardo")
    assert _role(sentence, start, start + len("Eduardo Paes")) == "mayor of Rio de Janeiro"


def test_a_toll_quoted_before_she_told_is_hers_whatever_follows() -> None:
    figures = all_figures(
        _evidence(
            (
                "VALPARAISO, Chile (AP) - The disaster agency said 11 people had died. Regional "
                'Governor Alicia Valdivia gave a higher toll. "We have at least 14 dead, and I '
                'fear that number will rise," she told local radio, adding that rescue teams had '
                "not yet reached parts of the hills.",
                "2026-01-17",
            )
        )
    )
    voices = {f.attributed_to for f in figures if f.count == 14}
    assert voices == {"Regional Governor Alicia Valdivia"}, voices


def test_one_who_speaks_for_a_main_actor_ranks_as_the_actor_does() -> None:
    from summarise.extractive.reactions import Said, _Reader

    evidence = _evidence(
        (
            "VALPARAISO, Chile (Reuters) - A wildfire killed 11 people on Friday. Litoral Power "
            "denied that its line started the fire. Regulators will audit Litoral Power. "
            '"Our line tripped after the fire reached it," Felipe Arancibia said.',
            "2026-01-17",
        ),
        (
            "VALPARAISO, Chile (AP) - Prosecutors are investigating Litoral Power. Litoral Power "
            "said its equipment was inspected in December.",
            "2026-01-18",
        ),
    )
    reader = _Reader(evidence, collect_entities(evidence))
    item = evidence.ranked()[0]
    statement = "Our line tripped after the fire reached it"
    people = [
        Said(speaker, role, statement, "quote", is_person=True)
        for speaker, role in (
            ("Felipe Arancibia", "Litoral Power general manager"),
            ("Pedro Soto", "general manager"),
        )
    ]
    reader.note_bodies(people)
    assert reader.rank(item, people[0]) > reader.rank(item, people[1])


def test_a_voice_that_says_otherwise_answers_the_account_before_it() -> None:
    found = _disputes(
        (
            "VALPARAISO, Chile (AP) - Marta Cifuentes, who heads a neighbourhood council, said "
            "residents received no alert before the flames reached their street. SENAPRED says "
            "otherwise. Its director told reporters the evacuation alert was issued at 10:38 p.m.",
            "2026-01-18",
        ),
    )
    sides = [{c.attributed_to for c in d.claims} for d in found]
    assert any(
        any("Cifuentes" in (v or "") for v in voices)
        and any("SENAPRED" in (v or "") for v in voices)
        for voices in sides
    ), [(d.topic, [c.attributed_to for c in d.claims]) for d in found]


def test_the_opening_words_of_a_body_s_name_are_no_person() -> None:
    from summarise.extractive.names import Entity, Mention
    from summarise.extractive.who_where import _opens_a_body_s_name

    text = "The power distributor Compania Electrica del Litoral (CELIT) has denied it."
    ref = SentenceRef("S1", 0, len(text), text, 0)
    at = text.index("Compania")
    opening = Mention("Compania Electrica", ref, at, at + len("Compania Electrica"), None)
    company = Entity("person", {"Compania Electrica": 1}, [opening])
    assert _opens_a_body_s_name(company, {"Compania Electrica del Litoral", "CELIT"})
    text = "Maria Lopez said the fire started near Maria Lopez Academy."
    ref = SentenceRef("S1", 0, len(text), text, 0)
    person = Entity("person", {"Maria Lopez": 1}, [Mention("Maria Lopez", ref, 0, 11, None)])
    assert not _opens_a_body_s_name(person, {"Maria Lopez Academy"})


def test_a_translated_agency_s_dateline_with_its_country_in_brackets_is_a_dateline() -> None:
    for text, place in (
        ("Sydney (Australia), 20 Nov (EFE).- The ship ran aground.", "Sydney"),
        ("Dublin, 22 November (EFE) - The recall was widened.", "Dublin"),
        ("Valparaíso (Chile), Jan 20 (EFE).- A judge ordered the detention.", "Valparaíso"),
        ("Vina del Mar (Chile) (AFP) - Police arrested two men.", "Vina del Mar"),
    ):
        filed = dateline(text)
        assert filed is not None and filed.group("titled") == place, text
    assert dateline("Maria Lopez, 58, said the fire was huge.") is None


def test_the_country_in_a_dateline_s_brackets_is_not_a_place_of_the_story() -> None:
    brief = _brief(
        (
            "SUVA, Fiji (Reuters) - A cruise ship struck a reef near Nacula Island in Fiji on "
            "Sunday night, and its passengers were taken ashore at Malakati village, the navy "
            "said.",
            "2026-11-17",
        ),
        (
            "Sydney (Australia), 20 Nov (EFE).- The cruise ship stranded on a reef in Fiji "
            "remained stuck on Thursday. The passengers, mostly from Australia and New Zealand, "
            "spent the night at Malakati village, near the reef.",
            "2026-11-20",
        ),
    )
    places = {p.name: p.detail for p in brief.where}
    assert "Australia" not in (places.get("Malakati") or ""), places
    assert not any(s.text.startswith("Sydney (") for s in brief.what), [s.text for s in brief.what]


def test_times_told_in_two_time_zones_are_no_dispute() -> None:
    def times(first: str, second: str) -> list[list[str | None]]:
        found = _disputes(
            (
                f"KATHMANDU (Reuters) - The plane crashed near Pokhara at {first} on Sunday.",
                "2026-03-02",
            ),
            (
                f"KATHMANDU (AFP) - The plane crashed near Pokhara at {second} on Sunday.",
                "2026-03-02",
            ),
        )
        return [[c.value for c in d.claims] for d in found if d.topic.startswith("What time")]

    assert times("11 p.m. local time", "10:30 p.m. GMT") == []
    assert times("11 p.m.", "10:30 p.m.") == [["22:30", "23:00"]]


def test_a_later_lead_is_compared_by_its_news_not_by_the_event_it_retells() -> None:
    from summarise.extractive.what import _news_tokens

    evidence = _evidence(
        (
            "CEBU CITY (Reuters) - Election officials on Saturday proclaimed lawyer Carmen "
            "Ybanez the winner of the election for governor, five days after the failure of "
            "dozens of vote-counting machines delayed the results.",
            "2026-03-14",
        ),
        (
            "CEBU CITY (AP) - Dozens of vote-counting machines failed in the election for "
            "governor on Monday, officials said.",
            "2026-03-10",
        ),
    )
    lead = next(item for item in evidence.items if "proclaimed" in item.text)
    news = _news_tokens(lead)
    assert {"proclaim", "winner", "ybanez"} <= news, news
    assert not news & {"machin", "failure", "delay"}, news
    other = next(item for item in evidence.items if "Monday" in item.text)
    assert _news_tokens(other) == other.tokens


# --- read in the karaoke-fire and port-ransomware clusters (S151, S153) ----------------------


def _held(brief: summarise.EventBrief) -> list[int | None]:
    return [c.count for c in brief.casualties if c.kind == "detained"]


def test_two_people_held_by_their_office_or_their_age_are_two() -> None:
    by_office = _brief(
        (
            "BRNO (AP) - Police arrested the club's owner, Marek Novak, and its manager, Ivan "
            "Kral, on Sunday after the fire at the club.",
            "2026-05-04",
        ),
    )
    assert _held(by_office) == [2], [c.description for c in by_office.casualties]
    by_age = _brief(
        (
            "PRAGUE (Reuters) - Officers detained a 29-year-old in Brno and a 35-year-old in "
            "Ostrava on Friday over the attack on the rail network, prosecutors said.",
            "2026-05-09",
        ),
    )
    assert _held(by_age) == [2], [c.description for c in by_age.casualties]


def test_victims_in_another_sense_leave_no_one_hurt_standing() -> None:
    brief = _brief(
        (
            "RIGA (AP) - A cyberattack shut the ticket systems of the national railway for two "
            'days. No one was hurt. "These passengers are victims too," a union leader said.',
            "2026-05-12",
        ),
    )
    assert any(c.description == "no one injured" for c in brief.casualties), [
        c.description for c in brief.casualties
    ]


def test_one_who_says_he_never_received_that_order_denies_the_order_told_before() -> None:
    statements = _sides_said(
        "OSTRAVA (AP) - The district office says it ordered the workshop closed on May 3. The "
        "owner, Petr Dvorak, says he never received that order."
    )
    assert any("ordered the workshop closed" in s for s in statements), statements
    assert any("never received that order" in s for s in statements), statements


def test_what_a_sentence_only_supposes_is_no_account_a_denial_answers() -> None:
    statements = _sides_said(
        "OSTRAVA (AP) - Inspectors found the workshop's fire exits locked. Its owner, Petr "
        "Dvorak, denies receiving any such order. Even if the order was sent, it is unclear why "
        "the workshop kept working for two months."
    )
    assert not any("Even if" in s for s in statements), statements


def test_a_decision_its_speaker_opens_a_quotation_with_is_the_order_denied() -> None:
    statements = _sides_said(
        'OSTRAVA (AP) - "On May 3 the district issued a decision closing the workshop," said '
        "Jana Horakova, the district's deputy head, at a news conference. \"The decision was "
        'handed to a foreman, who signed for it." The owner, Petr Dvorak, denies receiving any '
        "such order."
    )
    assert any("issued a decision closing the workshop" in s for s in statements), statements


def test_warnings_given_to_people_are_not_the_one_a_body_denies_receiving() -> None:
    found = _disputes(
        (
            "KLAIPEDA (Reuters) - City police said officers had issued 30 warnings to drivers "
            "parked on the verge outside the port. Baltic Box Terminal, which says it found the "
            "intrusion at 4 a.m. and denies that it received any warning before then, is still "
            "restoring its systems.",
            "2026-05-14",
        ),
    )
    sides = [(c.attributed_to, c.statement) for d in found for c in d.claims]
    assert not any("drivers" in statement for _, statement in sides), sides


def _side(statement: str, voice: str, source: str, start: int) -> Claim:
    quote = Citation(source_id=source, start=start, end=start + len(statement), quote=statement)
    return Claim(statement=statement, value=None, attributed_to=voice, citations=[quote])


def test_one_body_s_denial_of_one_account_told_in_three_reports_is_one_denial() -> None:
    topic = "Denied by Baltic Box Terminal: the account of national cyber team"
    notified = Dispute(
        topic=topic,
        claims=[
            _side(
                "The national cyber team says it notified the operator on May 2 that credentials "
                "for its network were on sale",
                "national cyber team",
                "S1",
                0,
            ),
            _side(
                "Baltic Box Terminal denies that it received any warning before then",
                "Baltic Box Terminal",
                "S1",
                120,
            ),
        ],
    )
    warned = Dispute(
        topic=topic,
        claims=[
            _side(
                "The national cyber team says it warned the company eight days ago, on May 2, "
                "that login details were being sold online",
                "national cyber team",
                "S2",
                0,
            ),
            _side(
                "Baltic Box Terminal maintains it received no such warning before the attack",
                "Baltic Box Terminal",
                "S2",
                130,
            ),
        ],
    )
    retold = Dispute(
        topic="Denied by Baltic Box Terminal: the account of ministry",
        claims=[
            _side(
                "The ministry said the national cyber team had alerted the operator on May 2, four "
                "days before the attack, that login details were offered on a forum",
                "ministry",
                "S3",
                0,
            ),
            _side(
                "Baltic Box Terminal denied receiving any warning before the attack",
                "Baltic Box Terminal",
                "S3",
                150,
            ),
        ],
    )
    assert _the_same_denial(notified, warned)
    assert _the_same_denial(notified, retold)  # the ministry retells the team's account


def test_a_body_s_name_is_read_again_where_the_model_did_not_see_it() -> None:
    evidence = _evidence(
        (
            "GDYNIA (AFP) - A ransomware gang calling itself BlueTalon on Wednesday claimed "
            "responsibility for the attack that has shut the container terminal since Monday.",
            "2026-05-14",
        ),
        (
            "GDYNIA (Reuters) - The terminal's systems are still down. A criminal group called "
            "BlueTalon has claimed responsibility and says it stole data.",
            "2026-05-14",
        ),
        (
            "GDYNIA (AP) - The gates reopened on Friday. The attack, claimed by a group calling "
            "itself BlueTalon, shut the terminal for four days. BlueTalon removed its listing of "
            "the company from its leak website overnight.",
            "2026-05-16",
        ),
    )
    group = next(e for e in collect_entities(evidence) if e.name == "BlueTalon")
    assert group.kind == "organisation"
    assert len(group.mentions) == 4, [m.ref.text for m in group.mentions]


def test_a_hospital_that_speaks_is_one_who_acts() -> None:
    brief = _brief(
        (
            "CAN THO (Reuters) - A fire at a market killed six people on Friday, police said. Most "
            "of the injured were taken to Riverside General Hospital, where two of them died on "
            "Saturday.",
            "2026-05-16",
        ),
        (
            "CAN THO (AP) - The toll from Friday's market fire rose to seven. Riverside General "
            "Hospital, where most of the injured were taken, said it had treated 19 people from "
            "the fire. A seventh victim died at Riverside General Hospital on Sunday.",
            "2026-05-17",
        ),
        (
            "CAN THO (AFP) - Police arrested the market's manager, Tran Van Long, on Sunday. "
            "Nguyen Thi Hoa, a trader, said she saw smoke at 3 a.m.",
            "2026-05-17",
        ),
    )
    assert "Riverside General Hospital" in [actor.name for actor in brief.who], [
        a.name for a in brief.who
    ]


def test_she_may_be_one_whose_family_name_comes_first() -> None:
    brief = _brief(
        (
            "HAI PHONG (AP) - A fire at a hostel killed four people on Friday, police said. Vu Thi "
            "Thu Ha, a 30-year-old nurse who lived on the third floor, said the lights went out "
            'first. "We could not find the door, we crawled along the wall," she said.',
            "2026-05-20",
        ),
    )
    said = {r.statement: r.speaker for r in brief.reactions}
    assert said.get("We could not find the door, we crawled along the wall") == "Vu Thi Thu Ha", (
        said
    )


def test_one_who_never_had_a_warning_is_not_answered_by_what_else_he_says() -> None:
    statements = _sides_said(
        "YEREVAN (AP) - The director of the maintenance firm, Hovik Sargsyan, is in custody. His "
        "lawyer says the firm's contract with the mall had lapsed in October. The mall's "
        "operator says its technician reported a fault in the brake on December 13. The firm's "
        "lawyer, Aram Petrosyan, maintains the firm never received any warning and that its "
        "contract had lapsed on October 31."
    )
    assert not any("contract with the mall had lapsed" in s for s in statements), statements


def test_only_a_name_english_does_not_use_is_read_again_as_a_body() -> None:
    from summarise.extractive.names import _a_word_english_does_not_use

    assert _a_word_english_does_not_use("BlueTalon")
    assert _a_word_english_does_not_use("Sao Vang Entertainment")
    # a topic or an adjective the model once read as a body is not spread to every mention
    assert not _a_word_english_does_not_use("Climate Change")
    assert not _a_word_english_does_not_use("British")


# --- read in the fish-kill and coin-theft clusters (S157, S158) -------------------------------


def test_a_sum_in_any_currency_in_use_is_told_as_a_sum() -> None:
    found = _disputes(
        (
            "PECS, Hungary (AP) - The insurer of the paintings stolen from the county gallery "
            "says they were insured for 2.5 million forints, far below the gallery's own "
            "estimate. The gallery has since put their market value at 40 million forints.",
            "2026-03-12",
        )
    )
    sums = [d for d in found if "forints" in d.topic]
    assert [d.topic for d in sums] == ["How much (forints): figures differ"], [
        d.topic for d in found
    ]
    assert {c.value for c in sums[0].claims} == {"2.5 million", "40 million"}


def test_a_voice_holds_its_figure_against_the_one_just_given() -> None:
    found = _disputes(
        (
            "GRAZ (APA) - The library finished its inventory on Monday and says 47 manuscripts "
            "are missing. Police, who spoke of 41 manuscripts last week, said on Tuesday that "
            'their figure "still stands".',
            "2026-03-17",
        )
    )
    sides = [
        {(c.value, c.attributed_to) for c in d.claims} for d in found if "manuscripts" in d.topic
    ]
    assert sides == [{("41", "Police"), ("47", "library")}], [
        (d.topic, [(c.value, c.attributed_to) for c in d.claims]) for d in found
    ]
    assert all(not c.statement.endswith(" last") for d in found for c in d.claims)


def test_the_voice_of_a_verb_joined_to_another_is_their_one_subject() -> None:
    text = "The library finished its inventory on Monday and says 47 manuscripts are missing."
    (doc,) = nlp.parse([text])
    start = text.index("47")
    assert figure_voice(doc, start, start + 2) == "library"


def test_a_time_given_before_and_one_given_after_a_different_time_are_sides() -> None:
    found = _disputes(
        (
            "LINZ (AP) - Thieves broke into a gallery in Linz overnight, police said. The gallery "
            "director, Anna Huber, told reporters that a guard found the "
            'broken door at 4:20 a.m. "He did exactly what he had to do," Huber said. Police gave '
            'a different time. "Our log shows the first call came in at 6:05 a.m.," police '
            "spokesman Karl Berger said.",
            "2026-03-12",
        )
    )
    assert {"04:20", "06:05"} in [{c.value for c in d.claims} for d in found], _shown(found)


def test_one_here_and_the_other_there_is_no_count_of_one() -> None:
    brief = _brief(
        (
            "BERGEN (NTB) - Police have charged two men over the theft of the altar silver. They "
            "were arrested last Saturday, one at a flat in the Laksevag district south of the "
            "city centre and the other at Flesland airport as he was preparing to board a "
            "flight.",
            "2026-03-16",
        ),
    )
    assert 1 not in _held(brief), [c.description for c in brief.casualties]


def test_a_title_s_possessive_opens_the_name_it_belongs_to() -> None:
    brief = _brief(
        (
            "YORK (PA) - Thieves broke into the Bishop's Palace Museum overnight and took a case "
            "of silver plate. The Bishop's Palace Museum said it would stay closed.",
            "2026-03-12",
        ),
    )
    names = [a.name for a in brief.who] + [p.name for p in brief.where]
    assert "Bishop's Palace Museum" in names, names
    assert "Bishop" not in names and "Palace Museum" not in names, names


def test_a_place_in_nearby_words_and_a_person_who_are_told_apart() -> None:
    evidence = _evidence(
        (
            "TRONDHEIM (NTB) - Among those reacting was Per Ranheim, who runs a bakery in nearby "
            'Lademoen. "It feels like someone broke into our own home," he said.',
            "2026-03-12",
        ),
    )
    kinds = {e.name: e.kind for e in collect_entities(evidence)}
    assert kinds.get("Per Ranheim") == "person", kinds
    assert kinds.get("Lademoen") != "person", kinds
    aged = _kinds(
        (
            "BERGEN (NTB) - The owner of the bakery, Per Ranheim, 54, who has run it since 1990, "
            "was not hurt, police said.",
            "2026-03-12",
        ),
    )
    assert aged.get("Per Ranheim") == "person", aged


def test_a_region_that_only_names_bodies_is_no_actor() -> None:
    brief = _brief(
        (
            "TROMSO (NTB) - The Varnholm police district said on Monday that two boats were "
            "missing. Ola Berg, union secretary in Varnholm, said crews had warned of the ice.",
            "2026-03-12",
        ),
        (
            "TROMSO (Reuters) - Divers from the Varnholm police district searched the fjord on "
            "Tuesday for the two missing boats.",
            "2026-03-13",
        ),
    )
    assert "Varnholm" not in [a.name for a in brief.who], [a.name for a in brief.who]


def test_a_language_s_name_before_town_is_no_town() -> None:
    brief = _brief(
        (
            "NITRA (TASR) - The minister told reporters in Levice, the southern Slovak town next "
            "to the plant, that the river would recover. Dead fish were found near Levice.",
            "2026-03-12",
        ),
    )
    assert "Slovak" not in [p.name for p in brief.where], [p.name for p in brief.where]


def test_a_hyphenated_role_is_kept_whole() -> None:
    brief = _brief(
        (
            'SALA (TASR) - Dead fish covered the river on Tuesday. "We count what is missing '
            "from the river,\" said Jan Kovac, vice-president of the anglers' national council.",
            "2026-03-12",
        ),
    )
    roles = {r.speaker: r.affiliation for r in brief.reactions}
    assert roles.get("Jan Kovac") == "vice-president of the anglers' national council", roles


def test_an_age_of_history_is_no_place() -> None:
    brief = _brief(
        (
            "TRONDHEIM (NTB) - Thieves took coins struck in the Middle Ages from the museum in "
            "Trondheim overnight, police said.",
            "2026-03-12",
        ),
    )
    assert "Middle Ages" not in [p.name for p in brief.where], [p.name for p in brief.where]


def test_last_week_written_on_a_sunday_may_be_the_week_now_ending() -> None:
    brief = _brief(
        (
            "BERGEN, Norway, March 11 (Reuters) - Thieves broke into the cathedral museum in "
            "Bergen on Tuesday night and stole a case of medieval silver, police said.",
            "2026-03-11",
        ),
        (
            "BERGEN (AP) - A case of medieval silver was stolen from Bergen's cathedral museum on "
            "Tuesday night, the museum said on Wednesday. The museum is closed.",
            "2026-03-11",
        ),
        (
            "BERGEN, Norway, March 15 (Reuters) - Norwegian police have arrested two men over last "
            "week's theft of medieval silver from the cathedral museum in Bergen and have "
            "recovered some of the stolen pieces.",
            "2026-03-15",
        ),
    )
    # the follow-up's dateline ("March 15") is when it was filed, not the theft's day
    assert brief.when[0].date == "2026-03-10", [(t.text, t.date) for t in brief.when]
    held = [c for c in brief.casualties if c.kind == "detained"]
    assert [(c.count, c.background) for c in held] == [(2, False)], [
        (c.description, c.background_reason) for c in brief.casualties
    ]
    assert any("arrested two men" in s.text for s in brief.what), [s.text for s in brief.what]


def test_a_sentence_that_only_says_it_happened_before_is_no_news() -> None:
    brief = _brief(
        (
            "NOVI SAD, Serbia (Reuters) - Tonnes of dead fish floated down the Danube on Tuesday "
            "after a discharge from the Rosko chemical plant, the environment ministry said. "
            "The Rosko plant has been in trouble before. In 2019 it was fined after a leak.",
            "2026-07-14",
        ),
        (
            "NOVI SAD (AP) - Water intakes near Novi Sad were closed on Tuesday after dead fish "
            "were found along the Danube below the Rosko chemical plant, officials said.",
            "2026-07-14",
        ),
    )
    told = [s.text for s in brief.what]
    assert not any("trouble before" in text for text in told), told
    # nor one of an earlier year told in the passive past
    assert not any("In 2019" in text for text in told), told


def test_an_acronym_in_its_own_language_after_a_possessive_plural_names_the_body() -> None:
    evidence = _evidence(
        (
            "SZEGED, Hungary (Reuters) - Dead fish covered the Tisza on Monday, according to the "
            "Hungarian Anglers' Federation (MOHOSZ). MOHOSZ said at least 30 tonnes had died.",
            "2026-07-14",
        ),
        (
            "SZEGED (AP) - MOHOSZ, the anglers' body, puts the loss at 30 tonnes. The ministry "
            "says 12 tonnes.",
            "2026-07-15",
        ),
    )
    bodies = [e for e in collect_entities(evidence) if "MOHOSZ" in e.names]
    assert [e.name for e in bodies] == ["Hungarian Anglers' Federation"], [
        (e.name, e.names) for e in bodies
    ]


def test_a_denial_of_the_account_of_how_it_began_is_not_answered_by_the_toll() -> None:
    brief = _brief(
        (
            "HUE, Vietnam (Reuters) - At least seven people were killed when a fire tore through a "
            "market hall in Hue late on Friday, police said.",
            "2026-05-16",
        ),
        (
            "HUE (AP) - The owner's lawyer, Tran Minh Duc, said the hall's permits were valid. Duc "
            "also disputed the police account of how the fire began.",
            "2026-05-17",
        ),
    )
    denials = [d for d in brief.disputes if d.topic.startswith("Denied")]
    statements = [c.statement for d in denials for c in d.claims]
    assert not any("were killed" in s for s in statements), statements


def test_a_time_that_closes_a_span_is_not_cut_out_of_its_sentence() -> None:
    from summarise.extractive.when import describe

    text = "Police asked anyone who was near the church between midnight and 6 a.m. to call them."
    start = text.index("6 a.m.")
    told = describe(text, TimeExpression(start, start + 6, "6 a.m.", "2026-03-11", "clock"))
    assert "between midnight and 6 a.m." in told, told


# --- read in the wedding-poisoning and ICU-fire clusters (S159, S160) -------------------------


def test_a_wire_credit_names_no_one_and_nowhere_of_the_event() -> None:
    text = (
        "TAMALE, Ghana, March 3 (Reuters) - A fire at a textile market in Tamale killed four "
        "traders on Tuesday, the fire service said.\n\n"
        "Fire officer Yaw Boateng said the blaze began in a store of cooking gas.\n\n"
        "(Reporting by Kofi Ansah in Lagos and Ruth Appiah in Dakar; Editing by Mark Hollis)\n"
    )
    brief = summarise.brief([{"text": text, "published": "2026-03-03"}], engine="extractive")
    assert [place.name for place in brief.where] == ["Tamale", "Ghana"]
    assert [person.name for person in brief.who] == ["Yaw Boateng"]
    # kept out of the body, and listed as removed
    assert [
        (dropped.kind, dropped.text)
        for dropped in brief.provenance.dropped
        if dropped.kind == "wire credit"
    ] == [
        (
            "wire credit",
            "(Reporting by Kofi Ansah in Lagos and Ruth Appiah in Dakar; Editing by Mark Hollis)",
        )
    ]


def test_a_sentence_that_reports_by_a_credit_stays_news() -> None:
    text = (
        "LAGOS, March 3 (Reuters) - Police arrested two men on Tuesday.\n\n"
        "Reporting by the local radio station said the men were brothers.\n"
    )
    brief = summarise.brief([{"text": text, "published": "2026-03-03"}], engine="extractive")
    assert not [dropped for dropped in brief.provenance.dropped if dropped.kind == "wire credit"]


def _held_in(text: str) -> list[int]:
    evidence = _evidence((text, "2025-11-18"))
    return [f.count for f in all_figures(evidence) if f.kind == "detained"]


def test_whoever_is_arrested_is_counted_whatever_their_trade() -> None:
    assert _held_in("The caterer, Mian Zulfiqar Ali, and his cook were arrested on Monday.") == [2]
    assert _held_in("Police arrested the baker and his apprentice on Monday.") == [2]
    assert _held_in("The captain, Ali Khan, and his ship were detained on Monday.") == [1]
    assert _held_in("Police arrested the owner of a shop that sells tools and spare parts.") == [1]
    assert _held_in("Police arrested the florist on Monday.") == [1]
    assert _held_in("The caretaker of the building was arrested on Monday.") == [1]
    # more than one more: no count of one; the cooks by their own number, as the carpenters
    assert _held_in("The caterer, Mian Zulfiqar Ali, and two of his cooks were arrested.") == [2]
    # (the carpenters counted by their own number, the organiser not as a count of one)
    assert _held_in("Police arrested the organiser and two carpenters who built the stand.") == [2]


def test_what_is_arrested_or_detained_that_is_no_one_is_not_counted() -> None:
    assert _held_in("The ship was arrested in Singapore on Monday.") == []
    assert _held_in("Police arrested the spread of the rumours.") == []
    assert _held_in("The bulk carrier was arrested in Singapore on Monday.") == []
    assert _held_in("The bleeding was arrested by the surgeons.") == []
    assert _held_in("Customs detained the consignment on Monday.") == []


def test_the_rank_of_the_latest_victim_is_the_toll() -> None:
    assert _kinds_and_counts(
        (
            "A fifth patient died at the district hospital on Friday, the ministry said.",
            "2025-11-21",
        ),
        ("A third firefighter was killed on Sunday.", "2025-11-23"),
    ) == [
        ("killed", 3),
        ("killed", 5),
    ]


def test_a_rank_among_others_harmed_otherwise_is_one() -> None:
    # (the first man may have been killed, the first officer is a rank on board)
    evidence = _evidence(
        ("A second man was arrested on Tuesday.", "2025-11-18"),
        ("A second officer of the ferry was arrested.", "2025-11-19"),
    )
    assert [(f.kind, f.count) for f in all_figures(evidence)] == [
        ("detained", 1),
        ("detained", 1),
    ]


def test_the_size_of_a_committee_is_no_count_of_anyone() -> None:
    evidence = _evidence(
        (
            "That five-member committee, chaired by retired Justice Agnes Nkawkaw, held its "
            "first public sitting in Kumasi on Wednesday.",
            "2026-02-18",
        ),
        ("The five-member crew of the fishing boat were killed.", "2026-02-18"),
    )
    assert [(f.kind, f.count) for f in all_figures(evidence)] == [("killed", 5)]


def test_a_count_before_an_age_is_a_count() -> None:
    # the model reads "Two 12-year-old" as one date
    assert _kinds_and_counts(
        ("Two 12-year-old boys were injured in the blast, police said.", "2026-02-18"),
        ("Two years ago 40 people were killed in a similar blast.", "2026-02-18"),
    ) == [
        ("injured", 2),
        ("killed", 40),
    ]


def test_what_two_places_hold_is_no_count_in_dispute() -> None:
    found = _disputes(
        (
            "KUMASI, Feb 10 (Reuters) - A fire swept through the ICU of a hospital in Kumasi. "
            "The ICU had 14 beds, 11 of them occupied, according to hospital staff. ACRH, one "
            "of the main referral hospitals in the region, has about 420 beds and employs "
            "roughly 1,100 staff, according to its website.",
            "2026-02-10",
        )
    )
    assert not [d for d in found if "bed" in d.topic.lower()]


def test_a_toll_beside_a_count_of_patients_is_no_partial_count() -> None:
    found = _disputes(
        (
            "MULTAN, Nov 29 (Reuters) - The District Health Authority puts the toll at nine, "
            "with 143 people admitted to hospital. Nishtar Hospital counts 10 dead. The "
            "bride's family says 12 people have died.",
            "2025-11-29",
        )
    )
    tolls = [d for d in found if "killed" in d.topic]
    assert len(tolls) == 1
    assert sorted(int(claim.value or 0) for claim in tolls[0].claims) == [9, 10, 12]


def test_a_branch_speaks_for_its_body_not_for_its_region() -> None:
    evidence = _evidence(
        (
            "A fire killed nine patients in Kumasi on Tuesday. The Ashanti branch of the Ghana "
            "Medical Association (GMA) called for an urgent fire-safety review of every "
            'intensive care unit in the country. "Oxygen and old wiring are a deadly '
            'combination," said the branch chairman, Dr. Richard Asiamah.',
            "2026-02-11",
        )
    )
    speakers = [r.speaker for r in extract_reactions(evidence, collect_entities(evidence))]
    assert sorted(speakers) == ["Ghana Medical Association", "Richard Asiamah"]


def test_a_toll_dispute_as_it_last_stood_keeps_its_third_voice() -> None:
    found = _disputes(
        (
            "MULTAN, Nov 28 (Reuters) - Nishtar Hospital counts 10 dead from the poisoned "
            "wedding banquet. The bride's family says 12 people have died.",
            "2025-11-28",
        ),
        (
            "MULTAN, Nov 29 (AP) - A fortnight after the wedding banquet, the District Health "
            "Authority still puts the toll at nine. Nishtar Hospital counts 10 dead. The "
            "bride's family says 12 people have died.",
            "2025-11-29",
        ),
    )
    tolls = [d for d in found if "killed" in d.topic]
    assert len(tolls) == 1
    assert sorted(int(claim.value or 0) for claim in tolls[0].claims) == [9, 10, 12]


# --- read in the methanol-spirits and sinkhole clusters (S164, S166) -------------------------


def test_a_name_after_a_title_only_a_person_bears_is_a_person() -> None:
    # the small model labels unfamiliar names organisations, "Mr X" and "Dr X" included
    kinds = _kinds(
        (
            'ELDORET, Kenya - Kesses MP Kipchumba Rotich said 14 people had died. "The county '
            "is hiding the dead,\" Mr Rotich told reporters. Dr Wanjiru Kamau, the county's "
            'health chief, said 11 had died. "We count every verified death," Dr Kamau said. '
            "Honourable Kipchumba Rotich later repeated his figure.",
            "2026-03-02",
        )
    )
    assert kinds.get("Kipchumba Rotich") == "person"
    assert kinds.get("Wanjiru Kamau") == "person"
    assert not [name for name in kinds if name.startswith(("Mr ", "Dr ", "MP ", "Honourable"))]


def test_a_place_named_before_its_mp_is_a_place() -> None:
    # the small model labels "Kitutu" an organisation: it reads "Kitutu MP" as a body's name
    kinds = _kinds(
        (
            "KISII, Kenya - Police in Kisii have arrested a brewer over liquor that has killed "
            "12 people in Kitutu. But Kitutu MP Hezekiah Onchari told this station the number "
            "of dead had reached 15. Kitutu lawmaker Hezekiah Onchari said in a post on X that "
            "seven of his constituents had died. Kitutu MP Hezekiah Onchari continues to put "
            "the toll at 17. The county has deployed ambulances to Kitutu, Dr Moraa said.",
            "2026-02-11",
        )
    )
    assert kinds.get("Kitutu") == "place"
    assert kinds.get("Hezekiah Onchari") == "person"


def test_some_of_the_dead_are_no_toll_of_their_own() -> None:
    evidence = _evidence(
        (
            "The county says 21 people died after drinking the liquor. The hospital's director "
            "said nine of the deaths had occurred in its wards, while the others died at home.",
            "2026-03-02",
        )
    )
    assert [(f.kind, f.count) for f in all_figures(evidence)] == [("killed", 21)]


def test_those_treated_in_one_tally_with_the_dead_were_hurt() -> None:
    assert _kinds_and_counts(
        (
            "The health department's latest count is 21 dead and 112 treated, with 14 people "
            "left blind.",
            "2026-03-02",
        ),
        ("Officials said six had died and 40 were treated.", "2026-03-03"),
    ) == [
        ("injured", 40),
        ("injured", 112),
        ("killed", 6),
        ("killed", 21),
    ]


def test_people_kept_out_of_their_homes_are_displaced() -> None:
    assert _kinds_and_counts(
        ("The council says 27 residents are still out of their homes.", "2026-02-06"),
        ("The fire brigade said 36 evacuated residents were still unable to return.", "2026-02-06"),
        ("About 5,000 stranded tourists were unable to return home.", "2026-02-06"),
        ("Twelve fishermen were unable to return to port because of the storm.", "2026-02-06"),
    ) == [
        ("displaced", 27),
        ("displaced", 36),
    ]


def test_a_rivals_bare_figure_answers_the_count_of_its_order() -> None:
    # 67 answers the 58 residents, not the four buildings they were moved from
    found = _disputes(
        (
            "PORTO, Feb 5 (Reuters) - The council says 58 residents from four buildings are "
            "out of their homes; the civil protection authority says 67.",
            "2026-02-05",
        )
    )
    assert not [d for d in found if "building" in d.topic.lower()]
    assert [sorted(claim.value for claim in d.claims) for d in found] == [["58", "67"]]


def test_a_depth_and_the_reach_of_a_zone_are_no_dispute() -> None:
    found = _disputes(
        (
            "LISBON, Feb 4 (AP) - The metro company said its tunnel runs about 22 meters below "
            "the street. The city council, however, said it had ordered the suspension of all "
            "excavation within 200 meters of the site.",
            "2026-02-04",
        )
    )
    assert not [d for d in found if any("meters" in (c.value or "") for c in d.claims)]


def test_a_name_cut_short_of_a_street_is_the_street() -> None:
    kinds = _kinds(
        (
            "PORTO - A sinkhole opened in Rua do Heroísmo on Tuesday. Residents of Rua do "
            "Heroísmo were moved to hotels. The hole in Rua do Heroísmo has been filled with "
            "concrete, and Rua do Heroísmo reopened to traffic on Friday.",
            "2026-02-11",
        )
    )
    assert kinds.get("Rua do Heroísmo") == "place"
    assert "Rua" not in kinds and "Heroísmo" not in kinds


def test_what_says_no_one_was_hurt_when_the_sources_say_so() -> None:
    evidence = _evidence(
        (
            "PORTO, Feb 3 (Reuters) - A sinkhole opened overnight in a residential street in "
            "Porto, swallowing two parked cars and forcing 58 people from their homes, city "
            "officials said. Tunnelling for a new metro line beneath the street was halted while "
            "engineers inspected cracks in four buildings next to the hole. No one was hurt in "
            "the collapse, the fire brigade said, but dozens of residents spent the night in "
            "hotels.",
            "2026-02-03",
        ),
        (
            "PORTO, Feb 4 (AP) - Engineers on Wednesday inspected cracks in buildings next to a "
            "sinkhole that swallowed two cars in Porto, as authorities gave conflicting figures "
            "for the number of people forced from their homes. The civil protection authority "
            "said 67 people had been moved out of four buildings, while the city council "
            "counted 58 residents. No one was injured in the collapse, the city council said in "
            "a statement on Wednesday.",
            "2026-02-04",
        ),
    )
    what = [statement.text for statement in extract_what(evidence, 60)]
    assert any(re.match(r"No one was (hurt|injured) in the collapse", text) for text in what)
    assert sum(len(text.split()) for text in what) <= 60


@pytest.mark.parametrize("short", ["Nyanza Highlands", "Gusii Royal"])
def test_a_company_written_short_is_the_company(short: str) -> None:
    kinds = _kinds(
        (
            "KISII, Kenya - Police are investigating the theft of 240 cartons of gin from a "
            f"warehouse of {short} Distributors Ltd in October. The MP says the victims drank "
            f"gin stolen from {short}' warehouse. {short} Distributors Ltd denies that its "
            "products were contaminated. Ogembo says victims drank bottled gin from a "
            f"consignment stolen from {short}' warehouse in October.",
            "2026-03-02",
        )
    )
    assert kinds.get(f"{short} Distributors Ltd") == "organisation"
    assert short not in kinds


def test_a_hospital_named_for_a_doctor_stays_a_hospital() -> None:
    # a guard for the personal-title rule: "Dr." opens the hospital's name
    brief = _brief(
        (
            "SURABAYA, Indonesia - Dr. Bambang Irawan, director of the Dr. Soetomo General "
            "Hospital, said most victims had died of compression asphyxia. The band's singer "
            "visited injured fans at the Dr. Soetomo General Hospital.",
            "2026-03-02",
        )
    )
    hospital = [actor for actor in brief.who if "Soetomo" in actor.name]
    assert [actor.name for actor in hospital] == ["Soetomo General Hospital"]
    assert hospital[0].role is None


def test_what_says_no_one_was_hurt_in_the_sources_short_words() -> None:
    # "No one was hurt." is shorter than any statement of news `what` takes otherwise
    evidence = _evidence(
        (
            "DUISBURG, Feb 10 (Reuters) - A barge loaded with steel coils struck a pier of a "
            "railway bridge over the Rhine at night, closing the bridge and the river to "
            "traffic. No one was hurt. Freight trains were rerouted via Cologne.",
            "2026-02-10",
        ),
        (
            "DUISBURG, Feb 10 (AP) - Engineers inspected a railway bridge over the Rhine after a "
            "drifting barge hit one of its piers in high water. Nobody was injured. The "
            "waterways office said ships were queuing on both sides of the bridge.",
            "2026-02-10",
        ),
    )
    what = [statement.text for statement in extract_what(evidence, 60)]
    assert any(re.fullmatch(r"(No one was hurt|Nobody was injured)\.", text) for text in what)
    assert sum(len(text.split()) for text in what) <= 60


def test_one_report_that_no_one_was_hurt_is_not_enough_for_what() -> None:
    evidence = _evidence(
        (
            "DUISBURG, Feb 10 (Reuters) - A barge loaded with steel coils struck a pier of a "
            "railway bridge over the Rhine at night, closing the bridge and the river to "
            "traffic. No one was hurt. Freight trains were rerouted via Cologne.",
            "2026-02-10",
        ),
        (
            "DUISBURG, Feb 10 (AP) - Engineers inspected a railway bridge over the Rhine after a "
            "drifting barge hit one of its piers in high water. The waterways office said ships "
            "were queuing on both sides of the bridge.",
            "2026-02-10",
        ),
    )
    what = [statement.text for statement in extract_what(evidence, 60)]
    assert not any("hurt" in text for text in what)


def test_a_dateline_with_its_country_in_brackets_is_not_shown() -> None:
    assert dateline("CALGARY (Canada), July 17, 2026 (AFP) - A violent storm struck.") is not None
    brief = _brief(
        (
            "CALGARY (Canada), July 17, 2026 (AFP) - A violent storm of hail struck Calgary on "
            "Wednesday evening, damaging tens of thousands of vehicles, the authorities said.",
            "2026-07-17",
        )
    )
    assert brief.what and not any(s.text.startswith("CALGARY") for s in brief.what)


def test_evacuees_who_went_back_home_are_no_count_of_the_evacuated() -> None:
    evidence = _evidence(
        (
            "Thirty-one residents evacuated after the sinkhole opened returned to their homes on "
            "Friday, city officials said. Fifty-eight residents were evacuated and some have not "
            "returned.",
            "2026-02-06",
        ),
        ("About 300 people evacuated from the village were allowed back on Sunday.", "2026-02-06"),
    )
    assert [(f.kind, f.count) for f in all_figures(evidence)] == [("displaced", 58)]


def test_an_age_told_after_of_is_no_count() -> None:
    assert _kinds_and_counts(
        (
            "Officials said at least nine of the dead were children, the youngest a boy of "
            "eight. A fifth victim, a woman of 60, died overnight.",
            "2026-03-02",
        ),
        (
            "The grandmother of four children who died in the blaze said she had begged the "
            "landlord to fix the wiring.",
            "2026-03-02",
        ),
    ) == [
        ("killed", 4),
        ("killed", 5),
    ]


def test_no_one_hurt_in_an_earlier_event_is_not_said_of_this_one() -> None:
    background = (
        "Sinkholes near tunnel works are not unknown. In November 2016 a hole some 30 metres "
        "wide opened on a road in Fukuoka. No one was hurt and the road reopened within a week."
    )
    evidence = _evidence(
        (
            "PORTO, Feb 3 (Reuters) - A sinkhole opened overnight in a street in Porto, "
            f"swallowing two parked cars and forcing 58 people from their homes. {background}",
            "2026-02-03",
        ),
        (
            "PORTO, Feb 4 (AP) - Engineers inspected cracks in buildings next to a sinkhole that "
            f"swallowed two cars in Porto. {background}",
            "2026-02-04",
        ),
    )
    what = [statement.text for statement in extract_what(evidence, 40)]
    assert not any("No one was hurt" in text for text in what), what


def test_an_earlier_event_told_with_a_participle_for_its_verb_is_background() -> None:
    # the tagger makes "opened" a participle (VBN) with no auxiliary: a finite verb all the same
    background = (
        "In November 2016 a hole some 30 metres wide opened on a road in Fukuoka, and the road "
        "reopened within a week."
    )
    brief = _brief(
        (
            "PORTO, Feb 3 (Reuters) - A sinkhole opened overnight in a street in Porto, "
            f"swallowing two parked cars and forcing 58 people from their homes. {background}",
            "2026-02-03",
        ),
        (
            "PORTO, Feb 4 (AP) - Engineers inspected cracks in buildings next to a sinkhole that "
            f"swallowed two cars in Porto. {background}",
            "2026-02-04",
        ),
    )
    assert not any("Fukuoka" in statement.text for statement in brief.what)
    assert any("Porto" in statement.text for statement in brief.what)


def test_people_who_cannot_return_or_are_kept_out_are_displaced() -> None:
    # the review's rewordings of "unable to return" and "out of their homes"
    assert _kinds_and_counts(
        ("Some 40 residents cannot return to their homes.", "2026-02-06"),
        ("Twelve residents could not return home, the council said.", "2026-02-06"),
        ("About 60 families have been kept out of their homes since the collapse.", "2026-02-06"),
        ("Hundreds of commuters could not return after the bridge closed.", "2026-02-06"),
        ("The 30 fishermen could not return to port.", "2026-02-06"),
    ) == [
        ("displaced", 12),
        ("displaced", 40),
        ("displaced", 60),
    ]


def test_those_treated_while_others_died_were_hurt() -> None:
    assert _kinds_and_counts(
        ("Officials said 21 people died while 112 others were treated.", "2026-03-02"),
        ("At least 40 cows died while 300 others were treated.", "2026-03-02"),
    ) == [
        ("injured", 112),
        ("killed", 21),
    ]


# --- read in the sewer-gas and Rhine bridge clusters (S168, S169) ------------------------------


def test_a_speed_is_how_fast_and_a_rules_maximum_is_no_side() -> None:
    found = _disputes(
        (
            "DUISBURG (AP) - The ferry's operator says it was drifting at 9 kilometres per hour "
            "after the engine stopped.",
            "2026-02-11",
        ),
        (
            "DUISBURG - According to the authority, tracking data show the ferry at about 19 "
            "kilometres per hour, while for ships going downstream a maximum 12 kilometres per "
            "hour is permitted at high water.",
            "2026-02-12",
        ),
    )
    speeds = [d for d in found if d.topic.startswith("How fast")]
    assert [sorted(claim.value or "" for claim in d.claims) for d in speeds] == [["9", "about 19"]]
    assert not [d for d in found if d.topic.startswith("How far")]


def test_what_each_item_weighs_is_no_side_of_the_whole_load() -> None:
    found = _disputes(
        (
            "KOBLENZ (Reuters) - The 95-metre Maria K., laden with about 3,100 tonnes of steel "
            "coils, struck the central pier of the bridge in the early hours of Monday.",
            "2026-02-10",
        ),
        (
            "KOBLENZ - The Maria K. was carrying about 3,100 tonnes of steel coils from Basel "
            "to Rotterdam.",
            "2026-02-11",
        ),
        (
            "KOBLENZ - Sonar teams have now located all 11 steel coils that fell overboard, "
            "each weighing around 25 tonnes.",
            "2026-02-13",
        ),
    )
    assert not [d for d in found if "tonne" in d.topic.lower()]


def test_a_sum_demanded_for_each_family_is_no_side_of_the_sum_paid() -> None:
    found = _disputes(
        (
            "MADURAI, India - The state government on Thursday announced Rs 8 lakh for each of "
            "the four families. The families are demanding Rs 25 lakh each, and jobs for one "
            "member of every family.",
            "2026-03-12",
        ),
    )
    assert not [d for d in found if "lakh" in d.topic.lower()]


def test_the_speaker_of_a_closing_attribution_is_the_one_next_to_the_verb() -> None:
    evidence = _evidence(
        (
            "MADURAI - The state will pay one million rupees to each family, a spokesman said. "
            "The rest of the two million rupees that India's Supreme Court has ordered for "
            'every sewer death would be "recovered from the contractor responsible", the '
            "spokesman said.",
            "2026-03-12",
        )
    )
    said = {r.statement: r.speaker for r in extract_reactions(evidence, collect_entities(evidence))}
    assert said.get("recovered from the contractor responsible") == "spokesman"


def test_what_a_voice_found_none_of_answers_who_says_it_was_supplied() -> None:
    found = _disputes(
        (
            "COIMBATORE, India, March 14 (Reuters) - The lawyer for the contractor said on "
            "Saturday the firm had supplied helmets and harnesses to the workers before they "
            'went into the tank. "We found no helmets and no harnesses, at the site or in the '
            'van," district police chief R. Senthil said.',
            "2026-03-14",
        )
    )
    sides = [
        sorted(claim.attributed_to or "" for claim in d.claims)
        for d in found
        if d.topic.startswith("Accounts differ")
    ]
    assert sides == [["R. Senthil", "lawyer"]]


def test_a_quotation_of_two_sentences_is_its_speakers_account_whole() -> None:
    found = _disputes(
        (
            '"We found no helmets and no harnesses at the site," district police chief R. '
            "Senthil said.",
            "2026-03-13",
        ),
        (
            '"The firm supplied helmets and safety harnesses to every worker. They were in the '
            "van at the site,\" the contractor's lawyer, P. Arumugam, told Reuters.",
            "2026-03-14",
        ),
    )
    sides = [sorted(c.attributed_to or "" for c in d.claims) for d in found]
    assert ["P. Arumugam", "R. Senthil"] in sides
    (dispute,) = [d for d in found if any(c.attributed_to == "P. Arumugam" for c in d.claims)]
    (lawyer,) = [c for c in dispute.claims if c.attributed_to == "P. Arumugam"]
    assert "supplied helmets" in lawyer.statement


def test_a_body_that_did_not_respond_gives_no_account_to_deny() -> None:
    found = _disputes(
        (
            "CHENNAI - The city corporation said it had ordered an inquiry. It did not respond "
            "to questions about who had authorised the work or why it was being carried out at "
            "night.",
            "2026-03-11",
        ),
        (
            "CHENNAI - In a statement, the corporation said its assistant engineer, T. Raman, "
            '"has categorically denied giving any such instruction" and that no work order had '
            "been issued for night work.",
            "2026-03-12",
        ),
    )
    assert not [d for d in found if any("did not respond" in claim.statement for claim in d.claims)]


def test_an_acronym_that_sounds_like_a_given_name_is_not_that_person() -> None:
    evidence = _evidence(
        (
            'DUISBURG - The AIS data show no drifting ship, the authority said. "First a bang, '
            'then sirens," said Ayse Dincer, who lives near the river. According to the AIS data '
            "the ship sailed at 18 kilometres per hour.",
            "2026-02-11",
        )
    )
    names = {name for e in collect_entities(evidence) for name in e.names}
    people = [e for e in collect_entities(evidence) if "Ayse Dincer" in e.names]
    assert people and "AIS" not in people[0].names
    assert "Ayse Dincer" in names


def test_a_name_that_flows_into_a_river_is_a_place() -> None:
    kinds = _kinds(
        (
            "DUISBURG - Duisburg, a city of about 500,000 people where the Ruhr flows into the "
            "Rhine, is home to a large port.",
            "2026-02-10",
        ),
        (
            "DUISBURG - Duisburg, a city of about 500,000 people where the Ruhr flows into the "
            "Rhine, is home to Europe's largest inland port.",
            "2026-02-12",
        ),
        (
            "DUISBURG - Freight trains between the Ruhr area and the Netherlands ride a detour.",
            "2026-02-13",
        ),
    )
    assert kinds["Ruhr"] == "place"


def test_patients_brought_in_alive_to_a_hospital_were_not_found_alive() -> None:
    brief = _brief(
        (
            "MADURAI, India (Reuters) - Four workers died in a sewer in Madurai late on Monday, "
            "police said. Three other people were taken to hospital.",
            "2026-03-10",
        ),
        (
            "MADURAI - The dean of the Government Rajaji Hospital, Dr. S. Meena, said five "
            "persons were brought in alive; one died during treatment and four remain admitted.",
            "2026-03-11",
        ),
    )
    assert not [c for c in brief.casualties if c.kind == "survived"]


def test_speeds_in_km_and_in_kilometres_are_one_figure_in_dispute() -> None:
    found = _disputes(
        (
            "DODOMA (Reuters) - A fuel tanker overturned on Sunday. Police said the tanker was "
            "travelling at 97 km per hour.",
            "2025-01-05",
        ),
        (
            "DODOMA (AFP) - The owner said the tanker was travelling at 60 kilometres an hour.",
            "2025-01-05",
        ),
    )
    speeds = [d for d in found if d.topic.startswith("How fast")]
    assert [sorted(claim.statement for claim in d.claims) for d in speeds] == [
        [
            "tanker was travelling at 60 kilometres an hour",
            "tanker was travelling at 97 km per hour",
        ]
    ]


def test_the_first_of_two_subjects_speaks_when_no_quotation_closes_before_the_second() -> None:
    evidence = _evidence(
        (
            "ROME (Reuters) - Italy's prime minister resigned on Friday. The leader of the party "
            "that brought down Giulio Ferrandi's government said on Saturday that an early "
            'general election in March was "inevitable", drawing a sharp response from the '
            "president's office.",
            "2026-01-10",
        )
    )
    speakers = {r.speaker for r in extract_reactions(evidence, collect_entities(evidence))}
    assert "government" not in speakers


def test_a_sentence_opening_on_the_n_year_old_leans_on_the_one_before() -> None:
    assert dangling("The 26-year-old was the second of three workers to climb into the sewer.")
    assert dangling("The twenty-six-year-old said he was innocent.")
    assert not dangling("The 150-year-old bridge collapsed on Monday.")
    assert not dangling("A 26-year-old was arrested on Monday.")


# --- read in the silo-blast and prison-escape clusters (S171, S173) ----------------------------


def test_those_back_in_custody_are_recaptured_and_those_at_large_a_count_of_their_own() -> None:
    evidence = _evidence(
        (
            "MAPUTO, May 8 (Reuters) - Police say nine of the 14 prisoners who broke out of the "
            "Machava jail have been recaptured and five are still at large. The prison service "
            "says eight are back in custody and six remain on the run.",
            "2026-05-08",
        ),
        (
            (
                "MAPUTO - The prison service said only four had been returned to custody by "
                "Tuesday after the escape."
            ),
            "2026-05-05",
        ),
    )
    shown = sorted((f.kind, f.shown_as, f.count) for f in all_figures(evidence))
    assert ("detained", "recaptured", 8) in shown
    assert ("detained", "recaptured", 4) in shown
    assert ("escaped", "at large", 5) in shown
    assert ("escaped", "at large", 6) in shown
    found = _disputes(
        (
            "MAPUTO, May 8 (Reuters) - Police say nine of the 14 prisoners who broke out of the "
            "Machava jail have been recaptured. The prison service says eight are back in "
            "custody.",
            "2026-05-08",
        )
    )
    recaptured = [d for d in found if "recaptured" in d.topic]
    assert [sorted(claim.value or "" for claim in d.claims) for d in recaptured] == [["8", "9"]]


def test_those_a_prison_counts_or_holds_are_not_detained_by_the_event() -> None:
    assert _kinds_and_counts(
        (
            "MAPUTO - The Machava establishment, 15 kilometres from the capital, counts some "
            "2,400 detainees, according to the prison service.",
            "2026-05-05",
        ),
        ("MAPUTO - Police detained 12 protesters outside the jail.", "2026-05-05"),
    ) == [("detained", 12)]


def test_what_a_rate_is_counted_on_and_a_prisons_population_are_no_sides() -> None:
    found = _disputes(
        (
            "MAPUTO, May 8 - Police detained two guards in connection with Monday's escape of "
            "14 prisoners from the Machava jail.",
            "2026-05-08",
        ),
        (
            "MAPUTO - Spokesman Rui Tembe said the figure was revised after a full recount of "
            "the jail, which holds about 2,400 prisoners.",
            "2026-05-06",
        ),
        (
            'MAPUTO - "On a normal night Machava has roughly one guard for every 90 '
            'prisoners," the director said at a briefing on Friday.',
            "2026-05-09",
        ),
        (
            "MAPUTO - Mozambique's jails hold more than 20,000 prisoners in space designed for "
            "about 8,000, according to the Prisoners' Rights League, a local rights group.",
            "2026-05-05",
        ),
    )
    assert not [d for d in found if "prisoner" in d.topic.lower()]


def test_two_voices_that_disagree_again_on_a_later_day_are_one_dispute_as_it_last_stood() -> None:
    found = _disputes(
        (
            "TEMA, Ghana (AP) - The fire service says 12 people were hurt; the regional "
            "hospital says it treated 17, including dockers who came in on their own.",
            "2026-04-02",
        ),
        (
            "TEMA, Ghana - The fire service says 12 people were hurt; the regional hospital "
            "says it has treated 23, including two firefighters hurt on Friday.",
            "2026-04-06",
        ),
    )
    hurt = [d for d in found if "12" in {claim.value for claim in d.claims}]
    assert [sorted(claim.value or "" for claim in d.claims) for d in hurt] == [["12", "23"]]


def test_a_time_after_a_little_leaves_no_a_little_behind() -> None:
    brief = _brief(
        (
            "TEMA, Ghana, April 1 (Reuters) - The blast happened a little after 2 a.m. Tuesday "
            "as dockers unloaded rice from a cargo ship.",
            "2026-04-01",
        )
    )
    told = [w.describes for w in brief.when if w.describes]
    assert told and not any("a little Tuesday" in text for text in told)


def test_a_nationality_the_parse_tags_a_place_is_no_place() -> None:
    brief = _brief(
        (
            "TEMA, Ghana, April 1 (Reuters) - A silo exploded at the port of Tema as dockers "
            "unloaded 4,000 tons of Ukrainian maize from a cargo ship.",
            "2026-04-01",
        ),
        (
            "TEMA, Ghana (AP) - Tema is a major route for Ukrainian grain exports to West "
            "Africa, and the ship had brought Ukrainian maize from Odesa.",
            "2026-04-02",
        ),
    )
    assert "Ukrainian" not in {place.name for place in brief.where}


def test_an_apposition_that_is_the_verbs_subject_is_no_role() -> None:
    evidence = _evidence(
        (
            "MAPUTO (AFP) - According to a spokesman of the minister, Mr. Tomas Chissano, the "
            'figure of fifteen includes a prisoner found inside the tunnel. "Fifteen took part. '
            'Fourteen got out," he declared.',
            "2026-05-06",
        )
    )
    roles = {
        r.speaker: r.affiliation for r in extract_reactions(evidence, collect_entities(evidence))
    }
    assert "figure of fifteen" not in roles.values()


def test_no_one_hurt_during_an_escape_or_a_theft_is_no_one_hurt() -> None:
    from summarise.numbers import no_one_harmed_in

    assert no_one_harmed_in("No one was hurt during the escape, both agencies said.")
    assert no_one_harmed_in("Nobody was injured in the breakout, and roadblocks remain.")
    assert no_one_harmed_in("No one was hurt in the theft, which took place before dawn.")
    assert not no_one_harmed_in("No one was hurt in the first blast.")


def test_the_sides_of_a_time_said_unresolved_are_in_the_sentence_after() -> None:
    found = _disputes(
        (
            "MAPUTO - Fourteen prisoners escaped on Monday. When the hole was found is also "
            "unresolved. The prison service insists it was found after the 06:00 headcount; the "
            "minister told MPs a guard found it at about 03:30; police say they were not "
            "called until about 09:10.",
            "2026-05-08",
        )
    )
    times = [d for d in found if d.topic.startswith("When the hole")]
    assert [sorted(claim.value or "" for claim in d.claims) for d in times] == [["03:30", "06:00"]]


def test_people_named_by_their_trade_are_counted() -> None:
    assert _kinds_and_counts(
        ("TEMA, Ghana - Two welders were injured and a docker died in hospital.", "2026-04-03"),
    ) == [("injured", 2), ("killed", 1)]


def test_one_count_of_dockers_and_of_dock_workers_is_one_line() -> None:
    brief = _brief(
        (
            "TEMA, Ghana (Reuters) - Seven dock workers were killed in the blast, the ministry "
            "said.",
            "2026-04-03",
        ),
        ("TEMA, Ghana (AP) - The blast killed seven dockers, the ministry said.", "2026-04-03"),
    )
    assert [c.count for c in brief.casualties if c.kind == "killed"] == [7]


def test_a_year_before_a_two_word_name_and_a_disaster_dates_an_earlier_event() -> None:
    friday = date(2026, 3, 13)
    for text in (
        "the 1988 Aloha Airlines accident over Hawaii",
        "the 2017 Port Hills wildfires",
        "the 2024 Alaska Airlines door-plug incident",
    ):
        assert [e.iso for e in find_time_expressions(text, friday)] == [text.split()[1]]
    assert not find_time_expressions("the 2015 Paris climate agreement", friday)


def test_an_earlier_death_told_beside_this_event_leaves_its_no_one_killed() -> None:
    brief = _brief(
        (
            "OSLO, March 10 (Reuters) - A cabin panel blew out of a passenger jet after "
            "take-off from Oslo on Tuesday. No one was killed or injured, the airline said.",
            "2026-03-10",
        ),
        (
            "OSLO (AP) - No one was killed or injured when the panel blew out. Comparisons are "
            "inevitable with the 1988 Aloha Airlines accident over Hawaii, in which a flight "
            "attendant was killed.",
            "2026-03-11",
        ),
    )
    assert "no one killed" in [c.description for c in brief.casualties]


def test_a_hyphenated_title_is_no_part_of_the_name() -> None:
    evidence = _evidence(
        (
            "LUSAKA (Reuters) - ZCS Commissioner-General Bernard Kasama rejected the suggestion. "
            '"I have seen no evidence," Kasama said.',
            "2026-03-10",
        )
    )
    names = {name for e in collect_entities(evidence) if e.kind == "person" for name in e.names}
    assert "Bernard Kasama" in names
    assert not [name for name in names if "Commissioner" in name]


def test_a_hyphenated_title_between_a_role_and_the_name_is_not_the_role() -> None:
    evidence = _evidence(
        (
            '"The road was blocked," said civil protection spokesman Lieutenant-Colonel Amine '
            "Haddad. Haddad said 30 cars were involved.",
            "2026-01-12",
        ),
        (
            "In an extraordinary session, the council swore in Vice-Governor Lucia Mamani as "
            'governor. "We will not forget," Mamani said.',
            "2026-01-13",
        ),
    )
    roles = {e.name: e.role for e in collect_entities(evidence) if e.kind == "person"}
    assert roles.get("Amine Haddad") == "civil protection spokesman"
    assert roles.get("Lucia Mamani") == "Vice-Governor"


def test_a_role_word_inside_a_name_the_parse_made_of_a_body_and_a_person_is_the_role() -> None:
    evidence = _evidence(
        (
            '"At the morning count, officers found that nine inmates were missing," ZCS '
            "spokesperson Mwila Nkandu said in a statement. Nkandu said the police were told at "
            "once.",
            "2026-03-09",
        ),
        (
            '"We are not in competition with the police," ZCS spokesperson Mwila Nkandu said on '
            "Saturday.",
            "2026-03-14",
        ),
    )
    kinds = {name: e.kind for e in collect_entities(evidence) for name in e.names}
    assert kinds.get("Mwila Nkandu") == "person"
    assert "ZCS spokesperson Mwila Nkandu" not in kinds


def test_patients_a_doctor_says_we_have_are_a_side_and_inmates_we_have_are_not() -> None:
    found = _disputes(
        (
            'MULTAN, Pakistan (Reuters) - Guests fell ill after a wedding banquet. "We have 80 '
            'patients admitted, most of them stable," the district health chief told Reuters. '
            "According to the hospital administration, at present 20 patients are admitted.",
            "2026-03-02",
        ),
        (
            'LUSAKA (AFP) - Eleven inmates escaped on Monday. "We have 1,300 inmates at '
            'Mwembeshi and not enough officers," the commissioner said.',
            "2026-03-10",
        ),
    )
    assert [d for d in found if "patients" in d.topic]
    assert not [d for d in found if "inmates" in d.topic]


def test_a_count_right_after_a_dateline_with_no_agency_is_read() -> None:
    assert _kinds_and_counts(
        ("ZURICH, May 4 - Two miners were killed in a rockfall near Zermatt.", "2026-05-04"),
    ) == [("killed", 2)]
    assert _kinds_and_counts(
        ("KABUL, 12 March - At least 30 people died in the blast.", "2026-03-12"),
    ) == [("killed", 30)]


# --- read in the lift-fall and acid-train clusters (S175, S176) --------------------------------


def test_a_nationality_before_a_common_noun_is_no_actor() -> None:
    brief = _brief(
        (
            "SHYMKENT (AFP) - Kazakh police on Monday detained the owner of a bus company after "
            "a coach overturned near Turkestan, killing seven people.",
            "2026-04-06",
        ),
        (
            "SHYMKENT - Kazakh media named the owner as Rustam Nazarov, 48. Kazakh officials "
            "said the coach had failed an inspection in March.",
            "2026-04-07",
        ),
    )
    assert not any(actor.name == "Kazakh" for actor in brief.who), [a.name for a in brief.who]


def test_a_place_named_after_someone_is_no_mention_of_them() -> None:
    brief = _brief(
        (
            "BISHKEK - A gas cylinder exploded in a flat in the Sverdlov district of Bishkek on "
            "Monday, killing two people. The Sverdlov district, named after the revolutionary "
            "Yakov Sverdlov, is one of the oldest parts of the city.",
            "2026-04-06",
        ),
        (
            "BISHKEK (AP) - Firefighters searched the rubble of a block in the Sverdlov district "
            "on Tuesday, police spokesman Azamat Tokoev said.",
            "2026-04-07",
        ),
        (
            "BISHKEK - Residents of the Sverdlov district said they had smelled gas for days, "
            "Azamat Tokoev said.",
            "2026-04-08",
        ),
    )
    names = [actor.name for actor in brief.who]
    assert not any("Sverdlov" in name for name in names), names


def test_an_adverb_before_a_voice_is_not_part_of_its_name() -> None:
    found = _disputes(
        (
            "OSH - Gulnara Asanova, head of the tenants' association, said residents had written "
            "to the management firm about the boiler 11 times since June. Earlier the director of "
            "the firm denied the receipt of written complaints about the boiler.",
            "2026-04-06",
        )
    )
    denials = [d for d in found if d.topic.startswith("Denied by")]
    assert denials and not any("Earlier" in d.topic for d in denials), [d.topic for d in found]


def test_a_denial_of_what_a_body_asserted_answers_that_assertion_only() -> None:
    found = _disputes(
        (
            "OSH - The emergency ministry said five people were still being treated for "
            "injuries. The firm's lawyer denies the ministry's assertion that the boiler's "
            "safety certificate had expired.",
            "2026-04-06",
        )
    )
    assert not [
        d
        for d in found
        if d.topic.startswith("Denied by")
        and any("injuries" in claim.statement for claim in d.claims)
    ], [(d.topic, [c.statement for c in d.claims]) for d in found]


def test_he_in_a_clause_of_a_sentence_is_the_person_its_main_clause_names() -> None:
    evidence = _evidence(
        (
            "BITOLA - A signalman, Zoran Petkov, 44, was killed in the collision. The head of the "
            "state railway, Ilija Dimov, resigned on Monday after an audit showed the signals "
            "were faulty, though he maintained the driver had ignored a red light.",
            "2026-04-06",
        )
    )
    speakers = [r.speaker for r in extract_reactions(evidence, collect_entities(evidence))]
    assert "Zoran Petkov" not in speakers, speakers
    assert "Ilija Dimov" in speakers, speakers


def test_a_short_statement_taking_up_it_leans_on_the_one_before() -> None:
    assert dangling("The government accepted it within hours.")
    assert dangling("Police confirmed it on Friday.")
    assert not dangling("The government accepted the minister's resignation within hours.")
    assert not dangling("Rescuers pulled them out alive after six hours of digging in the rubble.")


def test_one_of_his_own_workers_is_a_worker_not_his() -> None:
    groups = [
        f.group
        for f in all_figures(
            _evidence(
                (
                    "BITOLA - The head of the state railway has resigned, two days after a "
                    "freight train derailed, killing one of his own workers.",
                    "2026-04-08",
                )
            )
        )
    ]
    assert groups == ["workers"], groups


def test_three_of_the_five_dead_is_a_part_of_a_toll_of_five() -> None:
    brief = _brief(
        (
            "OSH - A bus fell into a gorge on Monday, killing three people, the emergency "
            "ministry said.",
            "2026-04-06",
        ),
        (
            "OSH - A schoolgirl died in hospital on Thursday. Three of the five dead are "
            "children, the emergency ministry said.",
            "2026-04-09",
        ),
    )
    killed = {
        c.count: [q.quote for q in c.citations] for c in brief.casualties if c.kind == "killed"
    }
    assert 5 in killed, killed
    assert not any("five dead" in quote for quote in killed.get(3, [])), killed


# --- stop 61: read on S180 (a scaffold falls on a Naples street) and S182 (a jet diverted to
# Goose Bay), with texts of our own -------------------------------------------------------------


def test_a_near_day_a_past_tense_expectation_looks_to_is_ahead_of_the_report() -> None:
    thursday = date(2026, 3, 12)
    found = find_time_expressions(
        "The ferry company said a second ship had left Split on Thursday and was expected in "
        "Ancona early Friday to take the passengers on.",
        thursday,
    )
    assert [(e.text, e.iso) for e in found if "Friday" in e.text] == [
        ("early Friday", "2026-03-13")
    ], found
    # a day further off is as likely gone: the verdict expected on Monday, then postponed
    found = find_time_expressions(
        "The verdict, which was expected on Monday, was postponed.", thursday
    )
    assert [e.iso for e in found] == ["2026-03-09"], found


def test_a_street_written_with_via_first_is_a_place_not_an_actor() -> None:
    brief = _brief(
        (
            "TURIN - A balcony fell onto Via Garibaldi on Monday, injuring three people, police "
            "said. Via Garibaldi was closed to traffic.",
            "2026-03-09",
        ),
        (
            "TURIN (AP) - The section of Via Garibaldi between Via Roma and Via Po stayed shut on "
            "Tuesday, fire chief Paolo Conti said.",
            "2026-03-10",
        ),
        ("TURIN - Shops on Via Garibaldi reopened on Wednesday, Paolo Conti said.", "2026-03-11"),
    )
    names = [actor.name for actor in brief.who]
    assert not any(name.startswith("Via") for name in names), names


def test_the_rest_of_a_name_given_for_a_saint_is_a_place() -> None:
    brief = _brief(
        (
            "PALERMO - Plaster fell from the ceiling of the church of San Giuseppe dei Teatini "
            "during Mass on Sunday, injuring four people, firefighters said.",
            "2026-03-08",
        ),
        (
            "PALERMO (Reuters) - The church of San Giuseppe dei Teatini will stay closed, "
            "the diocese's architect, Marco Liotta, said on Monday.",
            "2026-03-09",
        ),
        (
            "PALERMO - Engineers began checking the vault of San Giuseppe dei Teatini on Tuesday, "
            "Marco Liotta said.",
            "2026-03-10",
        ),
    )
    names = [actor.name for actor in brief.who]
    assert not any("Teatini" in name for name in names), names


def test_parts_set_off_by_dashes_after_a_toll_are_parts_of_that_toll() -> None:
    figures = all_figures(
        _evidence(
            (
                "GENOA - The fire service puts the toll at four dead -- a crane driver and three "
                "passers-by -- and 12 injured. Four people - two pupils and two teachers - were "
                "killed and nine injured when the wall fell, according to the police.",
                "2026-03-09",
            )
        )
    )
    injured = sorted(f.count for f in figures if f.kind == "injured")
    assert injured == [9, 12], [(f.kind, f.count) for f in figures]


def test_a_toll_the_event_came_years_after_is_background() -> None:
    figures = all_figures(
        _evidence(
            (
                "GENOA - A wall fell on a street on Monday, killing two people. The collapse came "
                "two years after five workers were killed at a building site in Florence, and "
                "eight months after three people died when a walkway gave way in Milan.",
                "2026-03-09",
            )
        )
    )
    event = sorted(f.count for f in figures if f.kind == "killed" and not f.background)
    assert event == [2], [(f.count, f.background) for f in figures]


def test_people_only_looked_at_by_medics_leave_no_one_injured_standing() -> None:
    brief = _brief(
        (
            "HALIFAX - A jet made an emergency landing at Halifax on Monday after smoke was seen "
            "in the cabin. No one was injured, the airline said.",
            "2026-03-09",
        ),
        (
            "HALIFAX (AP) - The regional health authority said its paramedics had assessed six "
            "passengers, mostly for dehydration and anxiety, and that none needed hospital "
            "treatment. Nobody was hurt, it said.",
            "2026-03-10",
        ),
    )
    lines = [c.description for c in brief.casualties]
    assert "no one injured" in lines, lines


def test_a_cause_told_by_a_firm_and_its_lawyer_is_one_side() -> None:
    found = disputes_with_names_of(
        (
            "TURIN - Edilsud Piemonte, the firm that put up the scaffold, says an exceptional "
            "gust of wind brought it down; the union says it was tied to crumbling stone with "
            "too few anchors, which the company denies.",
            "2026-03-09",
        ),
        (
            "TURIN (AP) - Edilsud's lawyer, Carlo Ferri, again blamed the weather. \"We will "
            'show that this structure was properly built," Ferri said.',
            "2026-03-10",
        ),
        (
            "TURIN - Edilsud Piemonte said on Wednesday it would cooperate with prosecutors. "
            "Edilsud Piemonte has built scaffolds in Turin since 1990.",
            "2026-03-11",
        ),
    )
    voices = [{c.attributed_to for c in d.claims} for d in found]
    assert not any({"Edilsud Piemonte", "Carlo Ferri"} <= v for v in voices), voices


def test_hardly_anyone_disputing_a_thing_is_no_denial_of_it() -> None:
    found = _disputes(
        (
            "HALIFAX (Reuters) - A Nordair flight from Oslo to Boston made an unscheduled landing "
            "at Halifax on Monday after the crew reported smoke in the cabin, the Norwegian "
            "carrier said.",
            "2026-03-09",
        ),
        (
            "A week after Nordair Flight 212 put down in Nova Scotia with smoke in its cabin, "
            "hardly anyone disputes that the crew did the right thing in the air, and few "
            "dispute that the captain was right to turn back.",
            "2026-03-16",
        ),
    )
    assert not [d for d in found if d.topic.startswith("Denied by")], [d.topic for d in found]


def test_a_body_that_disputes_that_denies_the_claim_told_right_before() -> None:
    found = _disputes(
        (
            "HALIFAX - Nordair has said border rules kept passengers on the plane for hours. "
            "The Canada Border Services Agency disputes that.",
            "2026-03-09",
        )
    )
    denials = [
        (d.topic, [c.statement for c in d.claims]) for d in found if d.topic.startswith("Denied")
    ]
    assert denials and "border rules" in denials[0][1][0], denials


def test_a_span_quoted_from_a_voice_is_still_a_span() -> None:
    found = _disputes(
        (
            "HALIFAX - Passengers finally reached Boston on Friday, some of them saying they "
            "had been stranded for 20 hours. The airline said they had been stranded for "
            '"around 15 hours" before the second plane arrived.',
            "2026-03-09",
        )
    )
    spans = [d for d in found if d.topic.startswith("How long")]
    assert spans and {"20 hours", "around 15 hours"} <= {c.value for c in spans[0].claims}, _shown(
        found
    )


def test_a_rule_book_is_no_actor() -> None:
    brief = _brief(
        (
            "HALIFAX - An Airbus A321 of Nordair landed at Halifax on Monday after smoke was "
            "seen, airline spokeswoman Ida Berg said. Under the Air Passenger Protection "
            "Regulations, airlines must let passengers off after three hours.",
            "2026-03-09",
        ),
        (
            "HALIFAX (AP) - The Airbus A321 was carrying 180 passengers, Ida Berg said. The Air "
            "Passenger Protection Regulations set out what they are owed.",
            "2026-03-10",
        ),
        (
            "HALIFAX - The Airbus A321 left on Tuesday. Critics say the Air Passenger Protection "
            "Regulations are too weak, Ida Berg said.",
            "2026-03-11",
        ),
    )
    names = [actor.name for actor in brief.who]
    assert not any("Regulations" in n for n in names), names


def test_a_quotation_closed_on_a_comma_and_then_attributed_is_no_statement_of_what_happened() -> (
    None
):
    assert mostly_quoted(
        '"We have asked for the documents and we will hand everything to the prosecutors," has '
        "declared the general secretary of the builders' union of Turin, Marco Bruni."
    )
    assert not mostly_quoted(
        '"Crisis" was the word the mayor used, as the town ran out of beds and hundreds of '
        "people slept in the streets."
    )


def test_a_clause_on_a_noun_said_by_the_same_speaker_stays_in_her_account() -> None:
    found = _disputes(
        (
            "HALIFAX - Mayor Anne Cole said the town had lined up close to 120 hotel rooms on "
            "Monday, an offer she said the airline declined. Nordair denies receiving any formal "
            "offer.",
            "2026-03-09",
        )
    )
    statements = [c.statement for d in found for c in d.claims]
    assert any("declined" in s and "hotel rooms" in s for s in statements), statements


def test_a_clause_on_a_noun_is_its_own_speakers_when_another_is_named_between() -> None:
    accounts = accounts_in(
        nlp.parse(
            [
                "Mayor John Hale says the dam held, but Ms Rana Iqbal is examining her report, "
                "which she says was sent at noon."
            ]
        )[0],
        SentenceRef("S1", 0, 0, "", 0),
    )
    voices = {a.voice: a.text for a in accounts}
    assert "sent at noon" not in voices.get("John Hale", ""), voices


def test_a_place_painted_as_a_scene_tells_nothing_that_happened() -> None:
    evidence = _evidence(
        (
            "GENOA - A wall fell onto a busy street in the old town on Monday, killing two "
            "people and injuring nine, the fire service said.",
            "2026-03-09",
        ),
        (
            "The morning after, Via del Campo was a street without a sound. Police sealed the "
            "street and prosecutors opened an inquiry into the collapse on Tuesday.",
            "2026-03-10",
        ),
    )
    from summarise.extractive.what import select_what

    texts = [item.text for item in select_what(evidence, 250)]
    assert not any("without a sound" in text for text in texts), texts


def test_disputes_that_answers_the_sentence_right_before_or_nothing() -> None:
    found = _disputes(
        (
            'HALIFAX - "Splitting the group would not have been in the interest of our '
            'passengers," Ida Berg said in a statement. The airline has also said border rules '
            "kept passengers on the plane for hours. The Canada Border Services Agency "
            "disputes that.",
            "2026-03-09",
        )
    )
    denied = [c.statement for d in found if d.topic.startswith("Denied") for c in d.claims]
    # (the sentence before names no voice: no side to show, rather than the quote before it)
    assert not any("Splitting" in s for s in denied), denied


def test_a_square_written_in_one_word_and_an_icu_are_no_actors() -> None:
    brief = _brief(
        (
            "GHENT (Reuters) - A fairground ride broke on Sint-Pietersplein on Saturday, killing "
            "three people, police said. Sint-Pietersplein was closed.",
            "2026-03-09",
        ),
        (
            "GHENT (AP) - The fair on Sint-Pietersplein was cancelled on Sunday, mayor Mathias "
            "De Clercq said. Patients were taken to the ICU at Ghent University Hospital.",
            "2026-03-10",
        ),
        (
            "GHENT - Sint-Pietersplein reopened on Monday, Mathias De Clercq said. Two remain in "
            "the ICU.",
            "2026-03-11",
        ),
    )
    names = [actor.name for actor in brief.who]
    assert "Sint-Pietersplein" not in names and "ICU" not in names, names


def test_a_named_storm_is_the_weather_not_an_actor() -> None:
    brief = _brief(
        (
            "MAPUTO (Reuters) - Cyclone Freddy killed 20 people in Mozambique on Monday, "
            "officials said. Storm Freddy also hit Malawi.",
            "2026-03-09",
        ),
        (
            "MAPUTO (AP) - After storm Freddy ripped through the port, Freddy moved inland, "
            "disaster chief Luisa Meque said.",
            "2026-03-10",
        ),
        (
            "MAPUTO - Freddy was the longest-lasting cyclone on record, Luisa Meque said.",
            "2026-03-11",
        ),
    )
    names = [actor.name for actor in brief.who]
    assert not any("Freddy" in name for name in names), names


def test_when_it_was_said_is_no_part_of_what_was_said() -> None:
    evidence = _evidence(
        (
            "OTTAWA (Reuters) - The Canadian Transportation Agency said on Monday it had "
            "opened an inquiry into whether the airline broke passenger protection rules. "
            "Police chief Ana Ruiz said that on Monday the ship had left port without "
            "permission.",
            "2026-03-10",
        )
    )
    statements = [r.statement for r in extract_reactions(evidence, collect_entities(evidence))]
    assert any(s.startswith("it had opened an inquiry") for s in statements), statements
    # ("that" opens the clause first: the day is the ship's)
    assert any(s.startswith("on Monday the ship had left") for s in statements), statements


# --- stop 62: read on S185 (carbon monoxide in a Cluj-Napoca school) and S186 (a payroll system
# fails in Ghana), with texts of our own --------------------------------------------------------


def test_a_title_joined_by_and_is_no_actor_and_its_bearer_is_named() -> None:
    brief = _brief(
        (
            "ACCRA, Oct 1 (Reuters) - About 90,000 pensioners were not paid on Tuesday after a "
            "failure in the state pension system, the Registrar and Auditor-General's Department "
            "(RAGD) said on Wednesday, blaming a contractor.",
            "2026-03-09",
        ),
        (
            'ACCRA - "Every pensioner will be paid, and we are working around the clock," '
            "Registrar and Auditor-General Ama Boateng-Sarpong told reporters in Accra.",
            "2026-03-09",
        ),
        (
            "ACCRA - The Registrar and Auditor-General's Department said on Monday it had paid "
            "most pensioners. Boateng-Sarpong said a patch had corrupted the records.",
            "2026-03-10",
        ),
        (
            "ACCRA - The Registrar and Auditor-General Department (RAGD) has revised the number "
            "to 95,000. Appearing before Parliament, Registrar and Auditor-General Ama "
            "Boateng-Sarpong rejected calls to resign.",
            "2026-03-11",
        ),
    )
    names = [actor.name for actor in brief.who]
    assert "Ama Boateng-Sarpong" in names, names
    assert not any(n in {"Registrar", "Auditor-General's Department"} for n in names), names


def test_a_company_written_by_its_first_word_and_a_ministry_written_both_ways_are_one() -> None:
    brief = _brief(
        (
            "LUSAKA - A software update by Nyansa Data Systems froze the payroll on Monday, the "
            "Ministry of Labour said. The Labour Ministry suspended Nyansa's contract.",
            "2026-03-09",
        ),
        (
            "LUSAKA (AP) - Nyansa said on Tuesday the update had been approved by the Labour "
            "Ministry. Nyansa Data Systems denied any fault.",
            "2026-03-10",
        ),
    )
    names = [actor.name for actor in brief.who]
    assert "Nyansa" not in names, names
    assert not {"Labour Ministry", "Ministry of Labour"} <= set(names), names


def test_a_count_of_people_in_what_another_noun_tells_is_not_the_verbs() -> None:
    kinds = _kinds_and_counts(
        (
            "LUSAKA - Police arrested 11 people during a protest by hundreds of nurses outside "
            "the ministry on Thursday. A software fault held up salaries for about 38,000 "
            "teachers in 2023. Twelve people were killed in clashes between police and hundreds "
            "of protesters in the capital.",
            "2026-03-12",
        )
    )
    assert sorted(kinds) == [("detained", 11), ("killed", 12)], kinds
    # people in what carries them, and people held up by armed men, are the verb's
    kinds = _kinds_and_counts(
        (
            "MIAMI - The Coast Guard rescued a raft with 12 Cubans on Friday. Gunmen held up 40 "
            "bus passengers at gunpoint for six hours on Sunday.",
            "2026-03-12",
        )
    )
    assert sorted(kinds) == [("detained", 40), ("survived", 12)], kinds


def test_a_family_of_a_number_is_counted_by_its_number() -> None:
    kinds = _kinds_and_counts(
        ("BRASOV - In March a family of four died of carbon monoxide in their flat.", "2026-05-09")
    )
    assert kinds == [("killed", 4)], kinds
    kinds = _kinds_and_counts(
        ("BRASOV - A man of 45 was killed when a tree fell on his car on Monday.", "2026-05-09")
    )
    assert kinds == [("killed", 1)], kinds
    # the size of the group one of them came from is no count of the harmed
    kinds = _kinds_and_counts(
        (
            "KATHMANDU - A climber from a team of eight was killed in an avalanche on Monday. Two "
            "members of a family of six died when their house collapsed.",
            "2026-05-09",
        )
    )
    assert sorted(kinds) == [("killed", 1), ("killed", 2)], kinds


def test_each_clause_of_two_dates_the_figure_it_tells() -> None:
    figures = all_figures(
        _evidence(
            (
                "BRASOV - A boiler leaked at a school on Monday, sending 20 pupils to hospital. "
                "In January 2021 a family of three died in their flat in Sacele after a leak, and "
                "in November 2022 sixteen people were treated after a leak at a kindergarten.",
                "2026-03-09",
            )
        )
    )
    reasons = {f.count: f.background for f in figures}
    assert "November 2022" in (reasons.get(16) or ""), reasons
    assert "January 2021" in (reasons.get(3) or ""), reasons


def test_a_dateline_with_a_hyphenated_town_and_an_agency_between_slashes() -> None:
    match = dateline("Cluj-Napoca, 23 January /Agerpres/ - The director resigned on Friday.")
    assert match is not None and match.group("titled") == "Cluj-Napoca", match
    assert dateline("Well-known, he said - Nothing more.") is None


def test_a_gap_told_without_what_it_is_between_leans_on_the_sentences_before() -> None:
    assert dangling("The gap is partly one of definition.")
    assert not dangling("The gap between the two counts is 200,000 workers.")
    assert not dangling("The Gap store on the high street closed on Friday.")
    assert not dangling("The difference this time was the wind, which grounded the aircraft.")
    assert not dangling("The discrepancy was discovered by auditors on Monday.")


def test_a_threat_made_in_public_is_no_warning_a_firm_denies_receiving() -> None:
    found = _disputes(
        (
            "LUSAKA - About 90,000 public workers were not paid on Tuesday, officials said. "
            "Unions said the number was far higher and warned of industrial action if workers "
            "were not paid within days. Teachers' unions warned they could walk off the job.",
            "2026-03-10",
        ),
        (
            "LUSAKA (AP) - The firm that maintains the payroll, Nyansa Data Systems, has denied "
            "receiving any warning and blames a power failure at the ministry.",
            "2026-03-11",
        ),
    )
    denials = [d.topic for d in found if d.topic.startswith("Denied")]
    assert not denials, denials


def test_a_count_answered_with_but_is_not_set_against_a_breakdown() -> None:
    found = _disputes(
        (
            "LUSAKA - The ministry has revised the number of workers who were not paid to "
            "212,400. According to its spokesman, 118,600 of the affected workers are teachers, "
            "61,200 are health workers and the rest work for councils. But the Congress of Trade "
            "Unions insists that more than 400,000 workers have been hit.",
            "2026-03-10",
        )
    )
    values = [{c.value for c in d.claims} for d in found]
    assert not any("118,600" in v for v in values), values


def test_what_the_newsroom_could_not_check_is_nothing_that_happened() -> None:
    brief = _brief(
        (
            "LUSAKA (Reuters) - About 90,000 public workers were not paid on Tuesday after the "
            "payroll system failed, the ministry said. The firm blamed a power cut at the "
            "ministry. Reuters could not independently verify either account.",
            "2026-03-10",
        ),
        (
            "LUSAKA (Reuters) - The ministry said on Wednesday that most public workers had now "
            "been paid after the payroll system failed. Reuters could not independently verify "
            "either account. The firm did not respond to requests for comment.",
            "2026-03-11",
        ),
    )
    texts = [statement.text for statement in brief.what]
    assert not any("verify" in t or "requests for comment" in t for t in texts), texts
    assert any("not paid" in t for t in texts), texts


def test_a_name_set_off_after_the_body_a_spokesman_speaks_for_is_the_spokesman() -> None:
    evidence = _evidence(
        (
            "ACCRA - A spokesman for the Finance Ministry, Mr Kojo Mensah-Bonsu, said on "
            'Thursday that "all affected workers will be paid by Friday."',
            "2026-03-12",
        ),
        (
            "LONDON - A spokesman for the ministry, John Smith, said on Friday that the system "
            "had been repaired.",
            "2026-03-13",
        ),
    )
    found = [
        (r.speaker, r.affiliation) for r in extract_reactions(evidence, collect_entities(evidence))
    ]
    assert ("Kojo Mensah-Bonsu", "spokesman for the Finance Ministry") in found, found
    assert ("John Smith", "spokesman for the ministry") in found, found


def test_a_body_that_raises_a_toll_gives_it_whatever_its_name_holds() -> None:
    found = _disputes(
        ("DHAKA - A garment factory fire killed dozens on Monday, police said.", "2026-03-09"),
        (
            "DHAKA (Reuters) - The fire service raised the death toll to 41 on Tuesday.",
            "2026-03-10",
        ),
        (
            "DHAKA (AP) - The health ministry said on Tuesday that 27 people had died in the fire.",
            "2026-03-10",
        ),
    )
    sides = {(c.value, c.attributed_to) for d in found for c in d.claims}
    assert ("41", "fire service") in sides, sides
    # what raised a toll is no voice: "Typhoon Kalmaegi raised the death toll to 40"
    figures = all_figures(
        _evidence(
            ("MANILA - Typhoon Kalmaegi raised the death toll to 40 on Tuesday.", "2026-03-10")
        )
    )
    assert [f.attributed_to for f in figures] == [None], figures


def test_an_acronym_spelled_out_as_a_body_is_that_body_however_often_it_heads_a_name() -> None:
    brief = _brief(
        (
            "TBILISI (Reuters) - A blackout hit Georgia on Monday evening, according to the state "
            "grid operator Georgian State Electrosystem (GSE). GSE chief Paata Sulaberidze said "
            "a line to Azerbaijan tripped first.",
            "2026-01-12",
        ),
        (
            "TBILISI - GSE chief Paata Sulaberidze told reporters the grid was restored by "
            "midnight. GSE spokeswoman Ketevan Akhmeteli said 1.2 million people lost power. "
            "After opposition MP Ana Tsereteli read out a letter, GSE said it had warned the "
            "ministry.",
            "2026-01-13",
        ),
    )
    names = {actor.name: actor for actor in brief.who}
    assert "GSE" not in names and "Georgian State Electrosystem" in names, list(names)
    assert "GSE" in names["Georgian State Electrosystem"].aliases, names
    roles = [actor.role or "" for actor in brief.who]
    assert not any(role.startswith("After") for role in roles), roles


# --- stop 63: read on S188 (candidates fainting at an exam in Samarkand) and S190 (vote-counting
# machines failing in Quezon City), with texts of our own ---------------------------------------


def test_a_person_the_model_calls_a_place_is_a_person_when_given_a_role() -> None:
    brief = _brief(
        (
            "SAMARKAND (Reuters) - The regional health department gave a higher figure. Its "
            "head, Gulnora Saidova, said on Monday that 40 pupils had sought medical help.",
            "2025-07-15",
        ),
        (
            "SAMARKAND (AP) - Six pupils are still in hospital, said Gulnora Saidova, the "
            'department\'s head. "Most suffer from dehydration," Saidova said.',
            "2025-07-16",
        ),
        (
            "SAMARKAND - Two pupils remain in hospital, according to Gulnora Saidova, the "
            "department's head.",
            "2025-07-17",
        ),
    )
    assert "Gulnora Saidova" in [actor.name for actor in brief.who], brief.who
    assert not any("Saidova" in place.name for place in brief.where), brief.where


def test_a_name_at_the_end_of_a_list_of_places_is_a_place() -> None:
    brief = _brief(
        (
            "QUEZON CITY (Reuters) - Winners were proclaimed in all but three barangays: "
            "Commonwealth, Batasan Hills and Doña Aurora, where losing candidates have filed "
            "protests.",
            "2026-11-04",
        ),
        (
            "QUEZON CITY (AP) - The rest, including Commonwealth, Bagong Silangan, Batasan Hills "
            "and Doña Aurora, remained on hold on Wednesday.",
            "2026-11-04",
        ),
        (
            "QUEZON CITY - The recount covers precincts in Batasan Hills, Commonwealth, Bagong "
            "Silangan and Doña Aurora.",
            "2026-11-05",
        ),
    )
    assert "Doña Aurora" not in [actor.name for actor in brief.who], brief.who
    assert "Doña Aurora" in [place.name for place in brief.where], brief.where


def test_a_company_written_short_is_the_one_name_told_far_more_often() -> None:
    brief = _brief(
        (
            "MANILA (Reuters) - Halcyon Ballot Systems Inc supplied the machines. Halcyon said on "
            "Monday the memory cards were faulty. Halcyon also said its technicians worked "
            "overnight.",
            "2026-11-03",
        ),
        (
            "MANILA (AP) - The company, a subsidiary of Singapore-based Halcyon Electoral "
            "Technologies, holds the contract. Halcyon Ballot Systems Inc said on Tuesday it had "
            "warned the commission. Halcyon denied any fault, and Halcyon said it would cooperate.",
            "2026-11-04",
        ),
        (
            "MANILA - Halcyon Ballot Systems said the update was approved. Halcyon blamed a batch "
            "of memory cards. The commission said Halcyon had installed an uncertified update.",
            "2026-11-05",
        ),
        (
            "MANILA - Halcyon said on Friday it had sent an email warning of read errors. Halcyon "
            "Ballot Systems Inc has a contract worth 486 million pesos.",
            "2026-11-06",
        ),
    )
    names = [actor.name for actor in brief.who]
    assert "Halcyon" not in names, names
    assert any(name.startswith("Halcyon Ballot Systems") for name in names), names


def test_a_person_after_a_companys_possessive_is_a_person() -> None:
    brief = _brief(
        (
            "MANILA (Reuters) - Halcyon's Victor Sandoval still blames a batch of faulty memory "
            "cards from a supplier.",
            "2026-11-03",
        ),
        (
            "MANILA (AP) - Halcyon's Victor Sandoval said on Wednesday the update had been "
            "approved by the commission.",
            "2026-11-04",
        ),
    )
    names = [actor.name for actor in brief.who]
    assert "Victor Sandoval" in names, names
    assert not any("'s" in actor.name for actor in brief.who), brief.who


def test_two_voices_counts_set_against_in_one_sentence_are_one_thing() -> None:
    found = _disputes(
        (
            "MANILA (Reuters) - The watchdog said on Saturday its volunteers had documented "
            "failures in 263 clustered precincts, affecting more than 120,000 ballots, compared "
            "with the Commission on Elections' count of 214 precincts.",
            "2026-11-07",
        ),
        (
            "MANILA - Hand counting began on Saturday in 71 precincts of the city where the "
            "machines broke down.",
            "2026-11-07",
        ),
    )
    precincts = [d for d in found if "precinct" in d.topic]
    assert precincts, [d.topic for d in found]
    values = {c.value for c in precincts[0].claims}
    assert {"214", "263"} <= {re.sub(r"\D", "", v or "") for v in values}, values
    assert not any("71" in (c.value or "") for c in precincts[0].claims), values


def test_a_rival_count_with_its_noun_after_a_semicolon_is_set_against() -> None:
    found = _disputes(
        (
            "MANILA - The commission stands by 214 precincts and about 96,400 ballots; the "
            "watchdog network says 263 precincts and more than 120,000 ballots.",
            "2026-11-10",
        ),
    )
    assert any("precinct" in d.topic for d in found), [d.topic for d in found]


def test_all_who_were_at_it_and_some_of_them_are_two_counts() -> None:
    found = _disputes(
        (
            "SAMARKAND (Reuters) - More than 1,100 candidates were taking the entrance test in "
            "the hall when the first of them fainted, parents said.",
            "2025-07-15",
        ),
        (
            "SAMARKAND (AP) - The testing agency said 31 candidates had needed medical help.",
            "2025-07-16",
        ),
        (
            "SAMARKAND - The agency continues to put the number at 31 candidates, saying it "
            "counted only those who left the hall.",
            "2025-07-21",
        ),
    )
    assert not any("candidate" in d.topic for d in found), _shown(found)


def test_a_voice_that_raises_the_figure_to_a_count_gives_it() -> None:
    found = _disputes(
        (
            "MANILA - The failure, according to the commission, affected 214 precincts, while "
            "the observer network CPIN elevates the figure to more than 250 precincts.",
            "2026-11-06",
        ),
    )
    sides = {c.attributed_to: c.value for d in found if "precinct" in d.topic for c in d.claims}
    assert any(voice and "CPIN" in voice for voice in sides), sides


def test_a_voices_agreeing_values_show_as_last_told_and_are_cited_where_told() -> None:
    evidence = _evidence(
        ("MANILA - The watchdog CPIN puts the figure at more than 250 precincts.", "2026-11-06"),
        ("MANILA - The watchdog CPIN said on Saturday it counted 263 precincts.", "2026-11-07"),
    )
    side = [
        replace(quantity, voice="the watchdog CPIN")
        for article in evidence.articles
        for ref in evidence.sentences(article.id)
        for quantity in _find_quantities(ref)
        if quantity.key.startswith("precinct")
    ]
    assert len(side) == 2, side
    claim = _quantity_claim(evidence, side)
    assert "263" in claim.statement and "250" not in claim.statement, claim.statement
    assert all("263" in citation.quote for citation in claim.citations), claim.citations


def test_people_who_sought_medical_help_are_counted_as_the_hurt() -> None:
    kinds = _kinds_and_counts(
        (
            "TASHKENT - Its head told reporters that 38 people had sought medical help at the "
            "venue. The agency said 31 candidates had needed medical help and 12 had been "
            "hospitalised.",
            "2025-07-15",
        )
    )
    assert kinds == [("injured", 12), ("injured", 31), ("injured", 38)], kinds
    kinds = _kinds_and_counts(
        (
            "TASHKENT - About 2,000 families received aid on Monday. Five guards did not need "
            "medical help.",
            "2025-07-15",
        )
    )
    assert kinds == [], kinds


def test_the_parts_listed_after_among_them_are_of_the_count_they_split() -> None:
    figures = all_figures(
        _evidence(
            (
                "TASHKENT - According to the department, in total 52 persons applied for medical "
                "help, among them 48 applicants and 4 members of the testing commission, and 21 "
                "persons were hospitalised.",
                "2025-07-18",
            )
        )
    )
    shown = {f.count: f.shown_as for f in figures}
    assert shown.get(52) == shown.get(48) == shown.get(4), shown
    assert shown.get(21) == "hospitalised", shown


def test_a_statement_that_names_another_day_does_not_tell_this_one() -> None:
    brief = _brief(
        (
            "SAMARKAND, July 15 (Reuters) - Dozens of pupils fainted on Tuesday while sitting an "
            "entrance exam in a sports hall in Samarkand, health officials said.",
            "2025-07-15",
        ),
        (
            "SAMARKAND (AP) - Hundreds gathered on Wednesday afternoon for the funeral of the "
            "girl who died after collapsing during Tuesday's exam.",
            "2025-07-17",
        ),
    )
    tuesday = [t for t in brief.when if t.date == "2025-07-15"]
    assert tuesday, brief.when
    assert "funeral" not in tuesday[0].describes, tuesday[0].describes


def test_a_month_something_runs_until_is_the_nearer_one() -> None:
    found = find_time_expressions(
        "The agency will not use sports halls for the rest of the testing season, which runs "
        "until early August.",
        date(2025, 7, 18),
    )
    assert [(e.text, e.iso) for e in found] == [("August", "2025-08")], found
    gone = find_time_expressions("The strike lasted until August.", date(2025, 7, 18))
    assert [(e.text, e.iso) for e in gone] == [("August", "2024-08")], gone


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (  # the sides in the sentences after one that says the accounts differ
            "MANILA - The two sides also gave different accounts of when the trouble started. "
            "The commission said its first error report was logged at 3:40 p.m. Monday, 40 "
            "minutes after polls closed. Halcyon said the problems began shortly after 5 p.m., "
            "when machines started transmitting results.",
            "2026-11-04",
        ),
        (  # three voices' times in one contested timeline, the third only a bound
            "MANILA - The timeline remains contested as well: the commission said its first "
            "error came at 3:40 p.m.; Halcyon says trouble began after 5 p.m.; watchdog "
            "volunteers insist machines were freezing by 11 a.m.",
            "2026-11-10",
        ),
    ],
    ids=["different_accounts_of_when", "three_voices_in_a_contested_timeline"],
)
def test_times_said_to_be_contested_are_a_dispute(text: str, day: str) -> None:
    found = _disputes((text, day))
    times = [d for d in found if d.topic.startswith(("What time", "When"))]
    assert times, [d.topic for d in found]
    assert {c.value for c in times[0].claims} == {"15:40", "17:00"}, times[0].claims


def test_a_sentence_about_the_argument_is_no_account_a_denial_answers() -> None:
    found = _disputes(
        (
            "MANILA - The argument over whether the commission was warned has shifted slightly. "
            "Commissioner Arturo Manalastas denied that the commission had received any "
            "warning from the company.",
            "2026-11-10",
        ),
    )
    assert not any("argument over" in claim.statement for d in found for claim in d.claims), [
        (d.topic, [c.statement for c in d.claims]) for d in found
    ]


def test_a_month_of_what_happens_every_year_is_no_date_of_the_story() -> None:
    brief = _brief(
        (
            "SAMARKAND (Reuters) - Dozens of pupils fainted on Tuesday during an exam in a hot "
            "sports hall. Fainting during summer exams is not unknown in Uzbekistan, where "
            "temperatures in the south regularly exceed 40 C in July.",
            "2025-07-15",
        ),
    )
    assert not any("temperatures" in time.describes for time in brief.when), brief.when


def test_a_clock_time_told_beside_another_day_is_not_the_events() -> None:
    brief = _brief(
        (
            "KRALOVANY, March 10 (Reuters) - Twenty tank wagons rolled away from a rail yard "
            "before dawn on Tuesday and were derailed into a siding near Ruzomberok.",
            "2026-03-10",
        ),
        (
            "RUZOMBEROK, 12 March (Dennik Povazie) - The traffic on the main railway line was "
            "on Thursday at 14:10 renewed, after the uncontrolled movement of tank wagons from "
            "Tuesday.",
            "2026-03-12",
        ),
    )
    assert not any(time.date == "2026-03-10" and "14:10" in time.text for time in brief.when), (
        brief.when
    )


def test_what_is_said_according_to_someone_loses_the_dateline() -> None:
    reactions = extract_reactions(
        _evidence(
            (
                "LAGOS - Two pupils remain in hospital, according to Amaka Obi, the school's head.",
                "2025-11-10",
            )
        ),
        [],
    )
    assert [r.statement for r in reactions] == ["Two pupils remain in hospital"], reactions


# --- stop 64: read on S191 and S194 (a water slide breaking apart near Antalya, wrong exam
# grades withdrawn in Kenya) --------------------------------------------------------------------


def test_a_count_after_a_figure_read_with_a_stray_noun_keeps_its_qualifier() -> None:
    (ref,) = _evidence(
        (
            "The union insists that the number surpasses 9,000 in not less than 112 schools.",
            "2026-01-14",
        )
    ).sentences("S1")
    schools = [q for q in _find_quantities(ref) if q.key.startswith("school")]
    assert [(q.value, q.qualifier) for q in schools] == [(112.0, "not less than")], schools


def test_a_persons_own_count_is_no_rival_of_the_count_of_all() -> None:
    found = _disputes(
        (
            "NAIROBI - The examinations board said about 3,000 candidates were affected by the "
            "error.",
            "2026-01-10",
        ),
        (
            "OGEMBO - A head teacher, Paul Ndege, said 164 of his 171 candidates had been "
            "affected.",
            "2026-01-11",
        ),
    )
    assert not any("candidate" in d.topic for d in found), _shown(found)


def test_all_who_sat_an_exam_are_no_rival_of_those_it_went_wrong_for() -> None:
    found = _disputes(
        ("NAIROBI - More than 960,000 candidates sat the national exam in November.", "2026-01-12"),
        (
            "NAIROBI - The examinations board said 4,812 candidates had received wrong grades.",
            "2026-01-12",
        ),
        (
            "NAIROBI - The board again said 4,812 candidates had received wrong grades.",
            "2026-01-13",
        ),
    )
    assert not any("candidate" in d.topic for d in found), _shown(found)


def test_two_voices_that_still_hold_their_counts_days_apart_are_a_dispute() -> None:
    found = _disputes(
        (
            "NAIROBI - The Kenya National Examinations Board (KNEB) said on Monday that 4,812 "
            "candidates received wrong grades.",
            "2026-01-12",
        ),
        (
            "NAIROBI - The Kenya National Examinations Board (KNEB) released corrected results "
            "on Thursday for what it says were 4,812 candidates at 57 schools. The National "
            "Teachers Union (NTU) has never accepted the board's count. It says more than 9,000 "
            "candidates received wrong grades.",
            "2026-01-17",
        ),
    )
    values = [{c.value for c in d.claims} for d in found if "candidate" in d.topic]
    assert values and {"4,812", "more than 9,000"} <= values[0], values


def test_a_body_and_its_short_form_in_brackets_are_one_voice() -> None:
    assert _same_voice(
        "Kenya National Examinations Board (KNEB)", "Kenya National Examinations Board"
    )
    assert _same_voice("Kenya National Examinations Board (KNEB)", "KNEB")
    assert not _same_voice("KNEB", "National Teachers Union (NTU)")


def test_a_minister_named_after_his_title_speaks_as_himself() -> None:
    evidence = _evidence(
        (
            "Deputy Minister of Culture and Tourism Ahmet Sarikaya, making a statement to the "
            'members of the press in Ankara, said: "A bolt does not rust in one day. This is a '
            'matter of maintenance."',
            "2025-06-12",
        )
    )
    speakers = [
        (r.speaker, r.affiliation) for r in extract_reactions(evidence, collect_entities(evidence))
    ]
    assert speakers == [("Ahmet Sarikaya", "Deputy Minister of Culture and Tourism")], speakers


def test_a_person_with_a_role_the_model_calls_a_work_of_art_is_a_person() -> None:
    evidence = _evidence(
        (
            '"Our preliminary findings show that guests boarded a family raft in excess of the '
            'permitted number," Burcu Ertan, corporate communications director of Mavi Dalga '
            "Turizm (MDG), told AFP.",
            "2025-06-09",
        ),
        (
            'The operator denied it. "No complaint was registered and the slide operated '
            'normally throughout the day," Ertan said.',
            "2025-06-10",
        ),
    )
    speakers = {r.speaker for r in extract_reactions(evidence, collect_entities(evidence))}
    assert speakers == {"Burcu Ertan"}, speakers


def test_a_body_whose_name_joins_two_words_with_and_is_one_body() -> None:
    kinds = _kinds(
        (
            "IZMIR - The Izmir Training and Research Hospital said on Monday its own records "
            "showed 44 people treated.",
            "2025-06-09",
        ),
        (
            "Kenya Airways and Kenya Ports Authority said on Monday that services were normal.",
            "2025-06-09",
        ),
    )
    assert kinds.get("Izmir Training and Research Hospital") == "organisation", kinds
    assert "Research Hospital" not in kinds, kinds
    assert {"Kenya Airways", "Kenya Ports Authority"} <= kinds.keys(), kinds


def test_a_news_agency_that_carries_the_story_is_not_among_those_who_act() -> None:
    brief = _brief(
        (
            "ANTALYA, Turkey - A lifeguard, Onur Demirci, told the private DHA news agency that "
            "the slide had been closed at noon. The Lara park's operator, Mavi Dalga Turizm, "
            "said it was cooperating with the authorities.",
            "2025-06-09",
        ),
        (
            "ANTALYA - His family had been staying with relatives in Antalya, according to the "
            "private Demiroren news agency, DHA. Mavi Dalga Turizm said the slide was safe.",
            "2025-06-10",
        ),
    )
    names = [actor.name for actor in brief.who]
    assert "DHA" not in names and any("Mavi Dalga" in name for name in names), names


def test_a_quoted_phrase_that_ends_a_that_clause_is_told_with_its_clause() -> None:
    evidence = _evidence(
        (
            "NAIROBI - The board's chief executive, Miriam Wanjiru, said in a statement that the "
            'problem affected "a limited number of examination centres" and that all other '
            "results remained valid.",
            "2026-01-09",
        )
    )
    (reaction,) = extract_reactions(evidence, collect_entities(evidence))
    assert reaction.statement.startswith("the problem affected"), reaction.statement
    assert "remained valid" in reaction.statement, reaction.statement


def test_a_voices_earlier_reports_of_the_figure_it_still_gives_carry_its_side() -> None:
    # bench/synthetic S117 (invented): the FFSA says about 12 weeks of supply in S117f and again
    # in S117g, once named with its short form in brackets; its side is carried by both reports
    cluster = Path(__file__).resolve().parent.parent / "bench" / "synthetic" / "sources" / "S117"
    found = summarise.brief([str(cluster)], engine="extractive").disputes
    weeks = [d for d in found if "week" in d.topic]
    assert weeks, [d.topic for d in found]
    farmers = [c for c in weeks[0].claims if "12" in (c.value or "")]
    assert farmers and len({x.source_id for x in farmers[0].citations}) >= 2, farmers


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("The board has promised corrected results by Thursday.", "2026-01-15"),
        ("The council pledged to publish the results by Friday.", "2026-01-16"),
        ("The firm has until Friday to respond.", "2026-01-16"),
        ("The government vowed to reopen the road by March.", "2026-03"),
        ("The firm had until Friday to respond.", "2026-01-09"),
        ("The board promised on Monday to publish the results.", "2026-01-12"),
    ],
)
def test_a_day_something_is_promised_by_is_ahead(text: str, iso: str) -> None:
    (expression,) = find_time_expressions(text, date(2026, 1, 13))
    assert expression.iso == iso, expression


def test_where_a_voice_says_the_fault_lay_or_traced_it_is_a_cause() -> None:
    found = _disputes(
        (
            "NAIROBI (Reuters) - The examinations board traced the problem to data files "
            "supplied by Tana Data Ltd. Tana Data says the fault lay in a software update the "
            "board installed on January 7.",
            "2026-01-13",
        ),
    )
    causes = [d for d in found if d.topic.startswith("What caused it")]
    assert causes, [d.topic for d in found]
    assert {c.attributed_to for c in causes[0].claims} == {"examinations board", "Tana Data"}
    assert any("software update" in (c.value or "") for c in causes[0].claims), causes


def test_a_count_or_the_dateline_town_is_no_voice_of_a_cause() -> None:
    found = _disputes(
        (
            "NAIROBI - The board said on Monday that 4,812 candidates at 57 schools had received "
            "incorrect grades, and traced the problem to data files supplied by Tana Data Ltd. "
            "Tana Data says the fault lay in a software update the board installed.",
            "2026-01-13",
        ),
    )
    voices = {c.attributed_to for d in found if d.topic.startswith("What caused") for c in d.claims}
    assert voices == {"board", "Tana Data"}, voices


@pytest.mark.parametrize(
    ("first", "later"),
    [
        (
            "VALENCIA (Reuters) - The regional government said 2,000 people were evacuated as the "
            "wildfire spread.",
            "VALENCIA (Reuters) - Firefighters said 15,000 people were evacuated as the wildfire "
            "spread overnight. The regional government said on Monday that 2,000 people were "
            "evacuated.",
        ),
        (
            "MAPUTO (Reuters) - The UN said 10,000 people were displaced by the cyclone.",
            "MAPUTO (Reuters) - The government said 60,000 people were displaced by the cyclone. "
            "The UN said 10,000 people were displaced in the first hours.",
        ),
    ],
)
def test_an_earlier_figure_told_again_of_its_day_still_moves_on(first: str, later: str) -> None:
    # from a hostile review of stop 64: the earlier voice's figure, told again in the past of
    # its own day, is no figure it still gives against the later one
    brief = _brief((first, "2026-03-10"), (later, "2026-03-13"))
    assert not brief.disputes, _shown(brief.disputes)


def test_a_datelines_town_in_capitals_is_no_acronym_of_a_body() -> None:
    kinds = _kinds(
        (
            "LUANG PRABANG — Eight days after a crowded footbridge over the Nam Khan river broke "
            "apart, divers searched again. Police said more bodies were found.",
            "2025-09-29",
        )
    )
    assert "PRABANG" not in kinds, kinds


@pytest.mark.parametrize(
    ("sentence", "speaker", "role"),
    [
        (
            '"He was a hero, but he is not a victim of the bridge, so we count him separately," '
            "said police spokesman Major Khamphet Vongsa.",
            "Khamphet Vongsa",
            "police spokesman",
        ),
        (
            '"If the tower had said standing water, the crew would have diverted," BAPA '
            "president Captain Imtiaz Uddin Ahmed said.",
            "Imtiaz Uddin Ahmed",
            "BAPA president",
        ),
        (
            "The ship's captain, Karim Aswany, said: \"We did everything we could to save the "
            'passengers on board."',
            "Karim Aswany",
            "ship's captain",
        ),
    ],
)
def test_a_rank_before_a_name_is_no_part_of_the_role(
    sentence: str, speaker: str, role: str
) -> None:
    evidence = _evidence((sentence, "2025-09-27"))
    (reaction,) = extract_reactions(evidence, collect_entities(evidence))
    assert (reaction.speaker, reaction.affiliation) == (speaker, role)


def test_a_machines_make_and_model_is_no_actor() -> None:
    brief = _brief(
        (
            "OSLO (Reuters) - Flight NV417 to Malaga, a Caldera C-190 carrying 176 passengers, "
            "returned to Oslo after a panel blew out, Nordvik Air said. The incident recalls the "
            "2024 blowout of a door plug on an Alaska Airlines Boeing 737 MAX 9.",
            "2026-02-10",
        ),
        (
            "OSLO (AP) - The Caldera C-190 landed safely, Nordvik Air said. Nordvik Air grounded "
            "14 jets. The 737 MAX was grounded in 2024.",
            "2026-02-10",
        ),
    )
    names = [actor.name for actor in brief.who]
    assert "Nordvik Air" in names, names
    assert not any("C-190" in name for name in names), names


def test_a_cause_told_as_the_source_of_the_harm_is_set_against_another() -> None:
    found = _disputes(
        (
            "SALA, Slovakia (AFP) - The Slovak fertiliser producer at the centre of a mass fish "
            "die-off blamed a heatwave for the disaster. The inspectorate found ammonium 38 "
            'times over the limit in the outflow canal. "The source of the pollution is the '
            'outflow of the plant," chief inspector Peter Galanta said.',
            "2025-08-14",
        ),
    )
    causes = [d for d in found if d.topic.startswith("What caused it")]
    assert causes, [d.topic for d in found]
    voices = {c.attributed_to for c in causes[0].claims}
    assert "Slovak" not in voices, voices
    values = " | ".join(c.value or "" for c in causes[0].claims)
    assert "heatwave" in values and "outflow" in values, values


@pytest.mark.parametrize(
    ("role", "shown"),
    [
        ("At least one protester", "protester"),
        ("one organiser", "organiser"),
        ("One Nation leader", "One Nation leader"),
        ("one of the survivors", "one of the survivors"),
    ],
)
def test_a_role_told_with_a_count_loses_the_count(role: str, shown: str) -> None:
    # M009 (development): "At least one protester was arrested, Xiao Tan, 32, ..."
    assert _clean_role(role, "Xiao Tan") == shown


@pytest.mark.parametrize(
    ("sentence", "name", "role"),
    [
        (
            "MANILA (Reuters) - Coast Guard district commander Captain Rejard Marfe said the "
            "search would continue.",
            "Rejard Marfe",
            "Coast Guard district commander",
        ),
        (
            "ABUJA (Reuters) - Defence spokesman Major General Edward Buba said 12 soldiers died.",
            "Edward Buba",
            "Defence spokesman",
        ),
        (
            "KARACHI (Reuters) - PFA Director General Tahir Mehmood Wattoo said samples were "
            "taken.",
            "Tahir Mehmood Wattoo",
            "PFA Director General",
        ),
    ],
)
def test_a_rank_between_a_role_and_a_name_is_no_part_of_the_role(
    sentence: str, name: str, role: str
) -> None:
    roles = _roles((sentence, "2026-03-10"))
    assert roles.get(name) == role, roles


@pytest.mark.parametrize(
    ("text", "day", "name"),
    [
        (
            "LUXOR, Egypt (Reuters) - The balloon took off from a launch site on the Nile's West "
            "Bank at about 6:05 a.m. Around 30 balloons took off from Luxor's West Bank on "
            "Tuesday morning.",
            "2026-01-13",
            "West Bank",
        ),
        (
            "LUMAJANG, Indonesia (AP) - Semeru, the highest volcano on Indonesia's main island of "
            "Java, erupted on Saturday.",
            "2025-11-15",
            "Java",
        ),
        (
            "ULAANBAATAR (Reuters) - Police fired tear gas at protesters outside the Government "
            "Palace on Tuesday night. Crowds stayed outside the Government Palace until dawn.",
            "2026-03-04",
            "Government Palace",
        ),
        (
            "ANTALYA, Turkey (AP) - A slide broke apart at the Lara Dalga Aquapark on Sunday. "
            "Police sealed off the Lara Dalga Aquapark on Sunday evening.",
            "2025-06-09",
            "Lara Dalga Aquapark",
        ),
    ],
)
def test_a_place_the_model_takes_for_a_body_or_a_person_is_a_place(
    text: str, day: str, name: str
) -> None:
    """ "Luxor's West Bank" (a place the gazetteer knows, for all its "bank"), "the island of
    Java" (tagged a person), "the Government Palace" (a building named for the body in it),
    "the Lara Dalga Aquapark" (a park in one word)."""
    kinds = _kinds((text, day))
    assert kinds.get(name) == "place", kinds


# --- stop 65: read on S195 and S198 (a floodlight mast falling on a stand in Cochabamba, a
# grain ship aground in the Parana) -----------------------------------------------------------


def test_a_body_whose_name_the_model_cut_after_one_word_is_that_body() -> None:
    kinds = _kinds(
        (
            "ROSARIO, Argentina, Sept 16 (Reuters) - The ship grounded at 3:40 a.m., according "
            "to the Prefectura Naval Argentina (PNA), the country's coast guard. The "
            "Prefectura Naval Argentina said no one was hurt. There was no sign of pollution, "
            "Prefectura spokeswoman Ana Funes told Reuters.",
            "2025-09-16",
        ),
        (
            "ROSARIO, Argentina (AP) - The coast guard, the Prefectura Naval Argentina, has "
            'opened an inquiry. "We are working with the Prefectura so that traffic is '
            'restored," the port chief said.',
            "2025-09-17",
        ),
    )
    assert "Prefectura" not in kinds, kinds
    assert kinds.get("Prefectura Naval Argentina") == "organisation", kinds


def test_a_name_called_a_chamber_is_a_body() -> None:
    kinds = _kinds(
        (
            "The Centro Maritimo, a chamber that represents ship owners, said 52 ships were "
            "affected. The ship owners' chamber Centro Maritimo put the figure at 63, said Julio "
            "Brizuela, president of the Centro Maritimo.",
            "2025-09-18",
        ),
    )
    assert kinds.get("Centro Maritimo") == "organisation", kinds


def test_a_river_written_short_is_the_river_not_a_town_of_its_name() -> None:
    evidence = _evidence(
        (
            "A bulk carrier ran aground in the Parana River near Rosario on Tuesday. The Parana "
            "is the main artery for Argentina's grain exports.",
            "2025-09-16",
        ),
        (
            "The ship is still stuck in the Parana for a third day, blocking the Parana's main "
            "channel, and dozens of ships wait downstream on the Paraná River.",
            "2025-09-18",
        ),
    )
    places = {e.name: e.place_kind for e in collect_entities(evidence) if e.kind == "place"}
    assert not any(
        kind and kind.startswith("city")
        for name, kind in places.items()
        if name.startswith("Paran")
    ), places


def test_a_name_always_written_before_stadium_is_a_place() -> None:
    kinds = _kinds(
        (
            "A floodlight tower fell onto the east stand of the Villa Hermosa stadium on "
            "Saturday. Real Tunari, which owns the Villa Hermosa stadium, has said it was a gust.",
            "2025-08-23",
        ),
        (
            "Inspectors sealed the Villa Hermosa stadium on Monday, and the toll from the "
            "collapse at the Villa Hermosa stadium rose to 14.",
            "2025-08-25",
        ),
    )
    assert kinds.get("Villa Hermosa") == "place", kinds


def test_a_ministry_that_opens_with_a_word_that_is_also_a_given_name_is_no_person() -> None:
    evidence = _evidence(
        (
            "Deputy Sports Minister Ricardo Vargas said the last inspection certificate had "
            "expired. Deputy Sports Minister Ricardo Vargas says the tower was never checked.",
            "2025-08-25",
        ),
        (
            "The Vice Ministry of Sports said the revision was made by a company that is not on "
            "its register.",
            "2025-08-26",
        ),
    )
    entities = collect_entities(evidence)
    people = {e.name: dict(e.roles) for e in entities if e.kind == "person"}
    assert "Vice Ministry of Sports" not in people, people
    assert {e.name for e in entities if e.kind == "organisation"} >= {"Vice Ministry of Sports"}


def test_a_day_after_a_blamer_is_no_voice_of_the_cause() -> None:
    evidence = _evidence(
        (
            "LA PAZ, Aug 25 (Reuters) - Engineers and Bolivia's sports ministry on Monday blamed "
            "corrosion and a missed safety inspection for the collapse of a floodlight mast.",
            "2025-08-25",
        )
    )
    (ref,) = evidence.sentences("S1")
    (doc,) = nlp.parse([ref.text])
    causes = _causes_in(doc, ref, [ref], _Antecedents(evidence, []), lambda *_: False)
    assert [(c.voice, c.cause) for c in causes] == [("Bolivia's sports ministry", "corrosion")], (
        causes
    )


def test_a_rank_before_a_name_is_no_role_where_a_job_is_told() -> None:
    evidence = _evidence(
        (
            '"We will need to take off 8,000 tonnes before we can pull her off," Captain Tomas '
            "Ibarra, the salvage master of the firm SalvaNorte, told reporters.",
            "2025-09-18",
        ),
        ("Captain Tomas Ibarra said the ship was moved to an anchorage.", "2025-09-20"),
    )
    roles = {e.name: e.role for e in collect_entities(evidence) if e.kind == "person"}
    assert roles.get("Tomas Ibarra") == "the salvage master of the firm SalvaNorte", roles


def test_a_role_at_a_body_named_after_a_given_name_is_a_role() -> None:
    evidence = _evidence(
        (
            '"Every day the channel is closed, ships cannot load," said Marcos Ledesma, an '
            "analyst at the Rosario Board of Trade.",
            "2025-09-16",
        ),
    )
    entities = {e.name: (e.kind, e.role) for e in collect_entities(evidence)}
    assert entities.get("Marcos Ledesma") == ("person", "an analyst at the Rosario Board of Trade")
    assert entities.get("Rosario Board of Trade", ("organisation",))[0] == "organisation", entities


def test_a_body_with_its_nationality_before_it_is_the_body_its_acronym_names() -> None:
    evidence = _evidence(
        (
            "The Bolivian Football Federation (FBF) said the match had been abandoned. The "
            "Bolivian Football Federation offered its condolences.",
            "2025-08-23",
        ),
        ("The FBF suspended all matches at the stadium, the FBF said.", "2025-08-24"),
    )
    bodies = [e.name for e in collect_entities(evidence) if e.kind == "organisation"]
    assert len([b for b in bodies if "Federation" in b or b == "FBF"]) == 1, bodies


def test_a_range_of_a_sum_is_one_side_against_a_sum_it_calls_exaggerated() -> None:
    found = _disputes(
        (
            "ROSARIO - The exporters' chamber CAMEX said losses to the sector reached about $75 "
            "million. Port authority president Ignacio Lema said the exporters' estimate was "
            "exaggerated and put the overall economic impact at between $12 million and $15 "
            "million.",
            "2025-09-20",
        ),
    )
    money = [d for d in found if "cost" in d.topic.lower()]
    assert money, _shown(found)
    sides = {c.value: c.attributed_to for c in money[0].claims}
    assert "between $12 million and $15 million" in sides, sides
    assert "estimate" not in (sides["between $12 million and $15 million"] or ""), sides


def test_a_sum_inside_a_range_is_no_rival_of_it() -> None:
    found = _disputes(
        (
            "The ministry put the cost of the repairs at $12 million to $15 million, a figure "
            "the union rejected. The union said the repairs would cost $14 million.",
            "2025-09-20",
        ),
    )
    assert not any("cost" in d.topic.lower() for d in found), _shown(found)


def test_a_day_in_another_zones_clock_in_brackets_is_the_local_day() -> None:
    saturday = date(2025, 8, 23)
    found = find_time_expressions(
        "The mast came down shortly after 8 p.m. (0000 GMT on Sunday) as the home side played.",
        saturday,
    )
    assert [(e.text, e.iso) for e in found] == [("8 p.m. (0000 GMT on Sunday)", "2025-08-23")]
    found = find_time_expressions(
        "The quake struck at 8:10 a.m. (2310 GMT on Oct. 3), shaking buildings in Tokyo.",
        date(2026, 10, 4),
    )
    assert [e.iso for e in found] == ["2026-10-04"], found


def test_last_weekday_after_the_event_named_may_be_the_week_before() -> None:
    brief = _brief(
        (
            "ROSARIO, Argentina (Reuters) - A grain ship ran aground in the Parana River on "
            "Tuesday, blocking the channel.",
            "2025-09-16",
        ),
        (
            "ROSARIO, Argentina (AP) - The ship that ran aground on Tuesday is still stuck, the "
            "coast guard said.",
            "2025-09-17",
        ),
        (
            "ROSARIO, Argentina - The port authority said on Thursday that 41 ships were held "
            "up by the grounding last Tuesday.",
            "2025-09-26",
        ),
    )
    days = {time.date for time in brief.when}
    assert "2025-09-16" in days and "2025-09-23" not in days, days


def test_a_ship_that_grounded_at_a_time_gives_the_events_time() -> None:
    brief = _brief(
        (
            "ROSARIO, Argentina, Sept 16 (Reuters) - A bulk carrier ran aground in the Parana "
            "River early on Tuesday. The ship grounded near kilometre 416 of the waterway at "
            "around 3:40 a.m. local time, according to the coast guard.",
            "2025-09-16",
        ),
        (
            "ROSARIO, Argentina (AP) - A bulk carrier that ran aground on Tuesday is still "
            "stuck in the Parana River, the coast guard said.",
            "2025-09-17",
        ),
    )
    assert any("3:40" in time.text for time in brief.when), [t.text for t in brief.when]


# --- stop 66: read on S199 and S201 (a fuel tanker exploding near Kabwe, cattle dying on a
# livestock carrier held at Cape Town) ------------------------------------------------------


def test_two_people_named_with_and_who_remain_in_custody_are_two_held() -> None:
    found = _kinds_and_counts(
        (
            "The tanker's driver, Moses Banda, and the owner of the haulage firm, Peter "
            "Mwale, remain in police custody and are expected in court this week.",
            "2025-11-24",
        ),
    )
    assert found == [("detained", 2)], found
    # one alone is most often the one whose arrest is told (and counted) elsewhere
    one = (
        "Police arrested the driver on Friday. The officer, a 38-year-old brigadier, remains in "
        "custody. The driver and his employer are not in custody."
    )
    assert _kinds_and_counts((one, "2025-11-24")) == [("detained", 1)]


def test_a_rival_count_said_as_a_bare_number_carries_the_count_before() -> None:
    found = all_figures(
        _evidence(
            (
                "Police said on Thursday that 52 people had died. The disaster agency says 58, "
                "counting six people who died in hospitals in the capital.",
                "2025-11-27",
            ),
            (
                "Police now say 52 people died in the blast. The disaster agency puts the "
                "figure higher, at 56, saying its count includes people who died later.",
                "2025-11-25",
            ),
        )
    )
    told = sorted((f.kind, f.count, f.attributed_to) for f in found if f.kind == "killed")
    assert ("killed", 58, "disaster agency") in told, told
    assert ("killed", 56, "disaster agency") in told, told
    # the six are a part of the 58, no count of everyone
    parts = included_parts(found)
    assert any(is_part(f, parts) for f in found if f.count == 6), told


def test_parts_told_after_a_dash_that_add_up_to_the_count_are_parts() -> None:
    found = all_figures(
        _evidence(
            (
                "The hospital's superintendent said the mortuary had received 38 bodies -- 31 "
                "brought from the scene and seven patients who died on the wards overnight.",
                "2025-11-19",
            ),
        )
    )
    parts = included_parts(found)
    seven = [f for f in found if f.count == 7]
    assert seven and all(is_part(f, parts) for f in seven), [(f.kind, f.count) for f in found]
    assert not any(is_part(f, parts) for f in found if f.count == 38)


def test_a_place_named_past_a_particle_is_one_place() -> None:
    kinds = _kinds(
        (
            "The Panama-flagged vessel, which left the Brazilian port of Vila do Conde on "
            "January 21 with around 18,400 cattle bound for Iraq, lost engine power off South "
            "Africa's west coast on February 5.",
            "2026-02-11",
        ),
    )
    assert kinds.get("Vila do Conde") == "place", kinds
    assert "Vila" not in kinds and "Conde" not in kinds, kinds


def test_a_clause_the_parse_cuts_inside_a_name_is_not_taken_out() -> None:
    brief = _brief(
        (
            "CAPE TOWN (AFP) - The Panama-flagged vessel, which left the Brazilian port of Vila "
            "do Conde on January 21 with around 18,400 cattle bound for Umm Qasr in Iraq, lost "
            "engine power off South Africa's west coast on February 5 and was towed into Cape "
            "Town two days later.",
            "2026-02-11",
        ),
    )
    shown = [time.describes for time in brief.when]
    assert shown and not any("vessel do Conde" in text for text in shown), shown


def test_a_toll_dispute_is_shown_as_its_voices_last_gave_it() -> None:
    # bench/synthetic S167 (invented), its last three reports: police 11 against the union's 13,
    # then police 12 against the union's 14 beside a hospital's own count of 11 (eight brought
    # in dead and three who died on its wards): the dispute as the two voices last gave it
    cluster = Path(__file__).resolve().parents[1] / "bench" / "synthetic" / "sources" / "S167"
    brief = summarise.brief(
        [str(cluster / f"S167{letter}.txt") for letter in "fgh"], engine="extractive"
    )
    tolls = [d for d in brief.disputes if d.topic.startswith("How many were killed")]
    assert [[c.value for c in d.claims] for d in tolls] == [["12", "14"]], _shown(brief.disputes)


def test_those_held_do_not_decide_whom_the_toll_counts() -> None:
    # bench/synthetic S128 (invented): "The lorry driver, Vann Sothea, 34, remains in police
    # custody" is no victim; the pupils are the ones the toll counts (the health department's
    # 17 against the police's 15)
    cluster = Path(__file__).resolve().parents[1] / "bench" / "synthetic" / "sources" / "S128"
    brief = summarise.brief([str(cluster)], engine="extractive")
    tolls = [d for d in brief.disputes if d.topic.startswith("How many were killed")]
    assert tolls and {"15", "17"} <= {c.value for c in tolls[0].claims}, _shown(brief.disputes)


def test_a_councillor_or_an_owner_is_named_with_the_office() -> None:
    roles = _roles(
        (
            "Ward councillor Henry Mwale said no officer came. Patrick Sichone, owner "
            "of Lusaka-based Lukanga Haulage, was arrested on Friday. Grace Phiri, a "
            "nurse at Kabwe Central Hospital, said the ward was full.",
            "2025-11-21",
        ),
    )
    assert roles.get("Henry Mwale") == "Ward councillor", roles
    assert roles.get("Patrick Sichone") == "owner of Lusaka-based Lukanga Haulage", roles
    assert roles.get("Grace Phiri") == "a nurse at Kabwe Central Hospital", roles


def test_people_and_what_they_did_before_a_role_are_no_part_of_it() -> None:
    roles = _roles(
        (
            "Some townspeople accused minister Dorothy Lockwood of rushing the vote. "
            "Retired general John Mwangi said the deadline was real. The newly elected "
            "mayor Ann Lee said the town would apply.",
            "2025-11-21",
        ),
    )
    assert roles.get("Dorothy Lockwood") == "minister", roles
    assert roles.get("John Mwangi") == "Retired general", roles
    assert roles.get("Ann Lee") == "newly elected mayor", roles


def test_a_clause_of_time_told_as_the_statement_loses_its_when() -> None:
    brief = _brief(
        (
            "MANILA (Reuters) - The Philippine Coast Guard said 218 people had been rescued from "
            "the MV Lady of Caysasay, which was carrying 250 passengers and crew on its manifest "
            "when a fire started in its engine room in the early hours of Tuesday.",
            "2026-03-10",
        ),
    )
    shown = [time.describes for time in brief.when]
    assert "A fire started in its engine room." in shown, shown


# --- stop 67: read on S204/S205 (a power line falling on a temple-car procession in
# Thanjavur, Portugal's 112 emergency number down for a night) -------------------------------


def test_the_voices_after_an_open_question_of_how_many_died_give_the_toll() -> None:
    # bench/synthetic S204 (invented) and S199: "How many died depends on whom you ask. The
    # district police say 12. ..." gives no count before the rivals' bare numbers
    found = _figures_of(
        "KUMBAKONAM, India - How many died depends on whom you ask. The district police say 12. "
        "The medical college hospital says 13. The state power utility, TNPDCL, says 11 were "
        "electrocuted."
    )
    assert ("killed", 12, "killed", "district police") in found, found
    assert ("killed", 13, "killed", "medical college hospital") in found, found
    disputes = _disputes(
        (
            "KUMBAKONAM, India - How many died depends on whom you ask. The district police say "
            "12. The medical college hospital says 13.",
            "2025-05-21",
        ),
    )
    assert {"12", "13"} in _values_by_dispute(disputes, "How many were killed"), _shown(disputes)


def test_a_voices_figure_after_an_open_question_takes_the_asked_kind() -> None:
    found = _figures_of(
        "How many people were hurt is still not settled. Police spokesperson Mable Hamoonga "
        "said on Thursday that the police figure stood at 52. The disaster unit says 58, "
        "counting six people treated in Lusaka."
    )
    assert {("injured", 52), ("injured", 58)} <= {(f[0], f[1]) for f in found}, found


def test_an_open_question_of_another_year_or_a_sentence_between_gives_no_toll() -> None:
    found = _figures_of(
        "How many died in the 2019 fire is still disputed. The district police say 12."
    )
    assert not any(f[1] == 12 for f in found), found
    found = _figures_of(
        "How many died depends on whom you ask. The procession had come this way for a "
        "century. The district police say 12."
    )
    assert not any(f[1] == 12 for f in found), found


def test_people_treated_of_whom_some_were_admitted_with_burns_are_the_injured() -> None:
    found = _figures_of(
        '"We have recorded 13 deaths. Forty-six people have been treated here, of whom 17 were '
        'admitted with burns," TMCH Dean Mercy Jebakumar said.'
    )
    assert any(f[:3] == ("injured", 46, "treated") for f in found), found


def test_no_deaths_linked_to_the_outage_is_no_one_harmed() -> None:
    from summarise.numbers import no_one_harmed_in

    assert no_one_harmed_in(
        "No deaths or injuries had been linked to the outage, the ministry said."
    ) == {"killed", "injured"}
    assert no_one_harmed_in(
        "Calls were returned, and no deaths or injuries have been attributed to the outage."
    ) == {"killed", "injured"}
    # (only the whole event: not one place's, nor what the sentence goes on to keep open)
    assert no_one_harmed_in("No deaths have been linked to the outage in Braga so far.") == set()


def test_an_outage_described_as_lasting_hours_is_set_against_a_rivals_span() -> None:
    found = _disputes(
        (
            "LISBON (Reuters) - The ministry has described the total outage as lasting less than "
            "three hours, while the LBP says callers faced disruption for more "
            "than five hours.",
            "2025-11-13",
        ),
        (
            "LISBON (AP) - The firefighters' league disputed the official account of how long "
            "the outage lasted, the ministry said.",
            "2025-11-14",
        ),
    )
    sides = _sides_of(found, "How long it was shut")
    assert sides and sides[0] == [
        ("less than three hours", "ministry"),
        ("more than five hours", "LBP"),
    ], _shown(found)


def test_a_number_unreachable_for_hours_is_shut_and_help_taking_an_hour_is_not() -> None:
    found = _disputes(
        (
            "LISBON (Reuters) - The 112 number was completely unreachable for two hours and 41 "
            "minutes, according to a timeline published by the operator.",
            "2025-11-13",
        ),
        (
            "BRAGA (Lusa) - The family stood by their account that help took more than an hour "
            "to arrive during the outage. The firefighters' league insists the number was "
            "unavailable for more than five hours.",
            "2025-11-14",
        ),
    )
    values = [value for sides in _sides_of(found, "How long it was shut") for value, _ in sides]
    assert "two hours and 41 minutes" in values, _shown(found)
    assert "more than an hour" not in values, _shown(found)


def test_how_long_help_took_to_come_is_a_dispute_of_its_own() -> None:
    found = _disputes(
        (
            "BRAGA (Lusa) - The family says the ambulance took more than an hour to arrive.",
            "2025-11-14",
        ),
        (
            "BRAGA (Reuters) - INEM insists its ambulance took 18 minutes to arrive, its regional "
            "coordinator said.",
            "2025-11-15",
        ),
    )
    sides = _sides_of(found, "How long help took to come")
    assert sides and [value for value, _ in sides[0]] == ["18 minutes", "more than an hour"], (
        _shown(found)
    )
    assert not _sides_of(found, "How long it"), _shown(found)


def test_a_span_two_accounts_already_set_against_each_other_is_one_dispute() -> None:
    # bench/synthetic S142 (invented): "the ASP still says three days, STISC says six" and
    # "was down for three days" / "out of action for six days" are one disagreement
    cluster = Path(__file__).resolve().parents[1] / "bench" / "synthetic" / "sources" / "S142"
    found = summarise.brief([str(cluster)], engine="extractive").disputes
    told = [" ".join(c.statement for c in d.claims) for d in found]
    both = [text for text in told if re.search(r"\bthree\b", text) and re.search(r"\bsix\b", text)]
    assert len(both) == 1, _shown(found)


def test_what_tells_each_kind_of_response_once_before_any_twice() -> None:
    # bench/synthetic S204 (invented): the inquiry is told in several reports, the chief
    # minister's compensation in one; `what` has room for both, and tells both
    cluster = Path(__file__).resolve().parents[1] / "bench" / "synthetic" / "sources" / "S204"
    brief = summarise.brief([str(cluster)], engine="extractive")
    told = [statement.text for statement in brief.what]
    assert any(re.search(r"compensation|relief", text, re.I) for text in told), told
    assert any(re.search(r"inquiry|investigation", text, re.I) for text in told), told


def test_a_wait_is_told_from_who_took_so_long_not_from_a_shutdown_before_it() -> None:
    # bench/synthetic S205 (invented): the family's side read "outage, stood by their account
    # that help took more than an hour"
    found = _disputes(
        (
            "BRAGA (Lusa) - The family of Manuel Azevedo, 71, who survived a cardiac arrest "
            "during the outage, stood by their account that help took more than an hour to "
            "arrive.",
            "2025-11-14",
        ),
        (
            "BRAGA (Reuters) - INEM insists its ambulance took 18 minutes to arrive, its regional "
            "coordinator said.",
            "2025-11-15",
        ),
    )
    waits = [d for d in found if d.topic == "How long help took to come"]
    assert waits, _shown(found)
    told = [claim.statement for claim in waits[0].claims]
    assert not any("outage" in statement for statement in told), told
    assert any(statement.endswith("help took more than an hour") for statement in told), told


# --- stop 68: read on S207/S208 (a night fire in a neonatal unit in Kisumu, explosions at an
# army ammunition depot in Nampula) ----------------------------------------------------------


def test_a_count_an_earlier_value_was_raised_from_is_no_side() -> None:
    # bench/synthetic S207 (invented): "raised the death toll to eight babies, up from six"
    # set six against the parents' group's ten as if a third voice gave it
    disputes = _disputes(
        (
            "KISUMU, Kenya (AP) - The number of babies killed in a fire at a public hospital in "
            "Kisumu rose to eight on Wednesday, county officials said. A parents' network said "
            "its own count showed at least 10 babies had died in the fire at the hospital.",
            "2026-03-11",
        ),
        (
            "KISUMU (AFP) - The county government on Wednesday raised the death toll from the "
            "fire at the Kisumu hospital to eight babies, up from six, after two infants died "
            "overnight.",
            "2026-03-11",
        ),
    )
    values = [
        v
        for topic in ("How many were killed", "How many were killed in the fire")
        for v in _values_by_dispute(disputes, topic)
    ]
    assert values and "6" not in values[0] and {"8", "at least 10"} <= values[0], _shown(disputes)


def test_a_number_a_group_says_its_toll_counts_is_a_part_not_a_rival() -> None:
    # S207: "says twelve babies have died, not nine, because it counts three infants who died
    # after being moved", "maintains the true figure is 12, counting three babies ..."
    for text in (
        "A parents' group says twelve babies have died, not nine, because it counts three "
        "infants who died after being moved to other hospitals.",
        "The network maintains the true figure is 12, counting three babies who died after "
        "being transferred to other hospitals.",
    ):
        figures = all_figures(_evidence((text, "2026-03-13")))
        parts = included_parts(figures)
        three = [f for f in figures if f.count == 3 and f.kind == "killed"]
        assert three and all((f.ref.text, f.number_start) in parts for f in three), (
            text,
            [(f.kind, f.count) for f in figures],
        )


def test_an_event_told_in_the_early_hours_or_on_an_afternoon_has_that_part_of_the_day() -> None:
    brief = _brief(
        (
            "KISUMU, Kenya, March 10 (Reuters) - A fire broke out in the early hours of Tuesday "
            "in the newborn unit of the county hospital, police said.",
            "2026-03-10",
        ),
        (
            "KISUMU (AFP) - The fire broke out in the early hours of Tuesday in the neonatal "
            "unit, the hospital said.",
            "2026-03-10",
        ),
    )
    assert any(
        t.text == "in the early hours of Tuesday" and t.date == "2026-03-10" for t in brief.when
    ), [(t.text, t.date) for t in brief.when]
    brief = _brief(
        (
            "NAMPULA, Mozambique (AP) - Health officials said 143 people were injured in the "
            "blasts that began on Wednesday afternoon when a grass fire reached the depot.",
            "2025-11-06",
        ),
        (
            "NAMPULA (Lusa) - The blasts, which began on the afternoon of Wednesday last week, "
            "killed 26 people, according to the health directorate.",
            "2025-11-12",
        ),
    )
    assert any("Wednesday afternoon" in t.text for t in brief.when), [
        (t.text, t.date) for t in brief.when
    ]


def test_no_part_of_the_day_when_reports_tell_two_or_of_another_day() -> None:
    brief = _brief(
        (
            "LAGOS (Reuters) - The building collapsed on Tuesday morning, police said.",
            "2026-03-10",
        ),
        (
            "LAGOS (AP) - The building collapsed overnight Tuesday, the fire service said.",
            "2026-03-10",
        ),
    )
    parts = [t.text for t in brief.when if t.date == "2026-03-10"]
    assert not any("morning" in p or "overnight" in p for p in parts), parts
    brief = _brief(
        (
            "LAGOS (Reuters) - The building collapsed on Tuesday, police said. Rescuers searched "
            "the rubble through Wednesday night, and a crane arrived on Wednesday morning.",
            "2026-03-10",
        ),
    )
    assert not any(
        ("morning" in t.text or "night" in t.text) and t.date == "2026-03-10" for t in brief.when
    ), [(t.text, t.date) for t in brief.when]
    # bench/synthetic S26: a sentence dated to the event's day by "since Thursday" tells
    # another day's morning, its "fell silent" no event
    brief = _brief(
        (
            "SHAFT, Ghana (Reuters) - The mine shaft collapsed on Thursday, trapping 30 miners.",
            "2025-02-06",
        ),
        (
            "SHAFT, Ghana (AP) - Relatives who have kept vigil at the mine since Thursday cheered "
            "as the ambulances pulled away on Saturday morning, then fell silent.",
            "2025-02-08",
        ),
    )
    assert not any("Saturday" in t.text and t.date == "2025-02-06" for t in brief.when), [
        (t.text, t.date) for t in brief.when
    ]


def test_a_hospital_named_for_a_person_is_no_person_and_speaks_for_no_one() -> None:
    # S207: "the Aga Khan Hospital" was a person, and a parents' leader's "she has said" was
    # given to it
    kinds = _kinds(
        (
            "KISUMU (Reuters) - The superintendent said more than 40 babies had been moved to "
            "nearby facilities, including Lumumba Sub-County Hospital and the private Aga Khan "
            "Hospital.",
            "2026-03-10",
        ),
        (
            "KISUMU (AP) - She said the rescued infants had been moved to Lumumba Sub-County "
            "Hospital and to the Aga Khan Hospital.",
            "2026-03-10",
        ),
        (
            "KISUMU (Nation) - The parents' network put the death toll at 12, saying three babies "
            "later died at Lumumba Sub-County Hospital and the Aga Khan Hospital.",
            "2026-03-12",
        ),
    )
    assert kinds.get("Aga Khan Hospital") not in (None, "person"), kinds


def test_a_denial_of_one_sides_cause_is_the_cause_dispute_told_again() -> None:
    # S207: "What caused it: Ondiek and the union" beside "Denied by the union: the account of
    # Ondiek", her oxygen concentrator rejected
    found = disputes_with_names_of(
        (
            "KISUMU, Kenya (AP) - A fire in the newborn unit of Kisumu County Referral Hospital "
            "killed eight babies. Kisumu County's health chief Pamela Ondiek said preliminary "
            "findings pointed to an oxygen concentrator, but the Kenya National Union of Nurses "
            "blamed ageing wiring.",
            "2026-03-11",
        ),
        (
            "KISUMU (Weekly Review) - The cause of the fire remains contested. The county "
            "government says preliminary findings point to an oxygen concentrator that "
            "overheated; the Kenya National Union of Nurses insists old wiring was to blame.",
            "2026-03-21",
        ),
        (
            'KISUMU (Reuters) - "All indications so far are that the fire started from an oxygen '
            'concentrator, not from the building," Pamela Ondiek said. The Kenya National Union '
            "of Nurses rejected that account.",
            "2026-03-11",
        ),
    )
    topics = [d.topic for d in found]
    assert any(t.startswith("What caused it") for t in topics), topics
    assert not any(t.startswith("Denied by") for t in topics), topics


def test_a_reports_first_sentence_tells_the_part_of_the_day_when_no_other_is_told() -> None:
    # bench/synthetic S96 (invented): "A fire broke out in a battery room at a government data
    # centre ... on Tuesday morning", the first sentence of one report; the day's line read
    # "February 10"
    cluster = Path(__file__).resolve().parents[1] / "bench" / "synthetic" / "sources" / "S96"
    brief = summarise.brief([str(cluster)], engine="extractive")
    assert any("Tuesday morning" in t.text and t.date == "2026-02-10" for t in brief.when), [
        (t.text, t.date) for t in brief.when
    ]


# Cases the hostile reviews of stop 68 wrote against its rules, where the first versions
# fired: each must keep the old behaviour.


def test_a_rivals_smaller_figure_after_with_saying_or_while_counting_stays_a_side() -> None:
    for text, values in (
        (
            "BAMAKO (Reuters) - Jihadist fighters claimed to have killed 40 soldiers in an "
            "attack on an army base near Boulkessi on Tuesday, with the army saying 12 soldiers "
            "had died.",
            {"12", "40"},
        ),
        (
            "NAIROBI (Reuters) - The interior ministry said the season's tally stands at 87, "
            "including 12 people who drowned in Tuesday's flash flood in Nairobi. The Kenya Red "
            "Cross said 18 people died in the flash flood.",
            {"12", "18"},
        ),
        (
            "CHITTAGONG (AP) - Rescuers said the death toll was 20 percent higher than first "
            "feared, saying 14 workers were killed in the factory fire. The fire service said 9 "
            "workers died.",
            {"9", "14"},
        ),
    ):
        found = _disputes((text, "2026-03-10"))
        assert any(
            values <= {v for v, _ in sides} for sides in _sides_of(found, "How many were killed")
        ), (text, _shown(found))
    found = _figures_of(
        "CONAKRY (Reuters) - Rights groups say at least 40 people have been killed since the "
        "protests began, while the government says it counts 25 deaths."
    )
    assert any(f[:2] == ("killed", 25) for f in found), found
    text = (
        "ABUJA (Reuters) - Nigeria's emergency agency said floods killed 60 people in Kogi "
        "state this week, saying 12 people died in neighbouring Niger state."
    )
    figures = all_figures(_evidence((text, "2026-03-10")))
    parts = included_parts(figures)
    assert any(f.count == 12 and (f.ref.text, f.number_start) not in parts for f in figures), [
        (f.kind, f.count) for f in figures
    ]


def test_no_part_of_the_day_of_what_was_done_after_the_event() -> None:
    for first, second in (
        (
            "Rescue efforts began on Tuesday afternoon after heavy machinery arrived, the Kenya "
            "Red Cross said.",
            "Rescue efforts began on Tuesday afternoon, the fire service said.",
        ),
        (
            "Rescuers pulled three survivors from the rubble on Tuesday evening, hours after the "
            "building collapsed.",
            "Survivors were pulled out on Tuesday evening, hours after the building collapsed.",
        ),
        (
            "The fire broke out on Tuesday and was only put out at dawn, the fire service said.",
            "The blaze broke out on Tuesday and was put out at dawn.",
        ),
        (
            "A second explosion hit the depot on Tuesday evening, injuring two firefighters.",
            "A second explosion struck the depot on Tuesday evening.",
        ),
    ):
        brief = _brief(
            (f"NAIROBI (Reuters) - A building collapsed on Tuesday. {first}", "2026-03-10"),
            (f"NAIROBI (AP) - A building collapsed on Tuesday. {second}", "2026-03-10"),
        )
        # (one line for the event's day, no second one for its part of the day)
        parts = [t.text for t in brief.when if t.date == "2026-03-10"]
        assert len(parts) == 1, (first, parts)


def test_two_denials_of_receiving_two_things_stay_two() -> None:
    found = disputes_with_names_of(
        (
            "NAIROBI (Reuters) - A fire at a Nairobi hospital killed six patients on Tuesday, "
            "police said. The county health department said it had sent the hospital a written "
            "warning about its wiring in January. Hospital director Walter Bondo denied "
            "receiving any written warning from the department.",
            "2026-03-10",
        ),
        (
            "NAIROBI (AP) - Six patients died in a fire at a Nairobi hospital on Tuesday. The "
            "county health department said it paid the hospital 5 million shillings in February "
            "to replace its fire extinguishers. Dr Bondo denied that the hospital ever received "
            "the money.",
            "2026-03-11",
        ),
    )
    assert len([d for d in found if d.topic.startswith("Denied by")]) == 2, _shown(found)


def test_a_denial_of_another_point_of_a_cause_account_stays() -> None:
    found = disputes_with_names_of(
        (
            "KISUMU, Kenya (AP) - A fire in the newborn unit of Kisumu County Referral Hospital "
            "killed eight babies. Kisumu County's health chief Pamela Ondiek said preliminary "
            "findings pointed to an oxygen concentrator, but the Kenya National Union of Nurses "
            "blamed ageing wiring.",
            "2026-03-11",
        ),
        (
            "KISUMU (Reuters) - Pamela Ondiek said the fire started from an oxygen concentrator "
            "and that the ward had four nurses on duty that night. The Kenya National Union of "
            "Nurses denied that four nurses were on duty, saying only one nurse was in the ward.",
            "2026-03-11",
        ),
    )
    assert any(d.topic.startswith("Denied by") for d in found), _shown(found)


def test_a_man_whose_surname_is_a_body_word_stays_a_person() -> None:
    kinds = _kinds(
        (
            "LONDON (Reuters) - A crane collapsed on a building site in east London on Tuesday, "
            "killing two workers. Site manager Peter College said the crane had been inspected. "
            '"It passed every check," College said.',
            "2026-03-10",
        ),
    )
    assert kinds.get("Peter College") == "person", kinds


# --- stop 69: read on S211/S214 (a measles outbreak in Zamboanga City, a lottery publishing
# the wrong winning numbers) ------------------------------------------------------------------


def test_people_under_or_over_an_age_are_no_count() -> None:
    # bench/synthetic S211 (invented): "the majority of them children under five" was shown as
    # "fewer than 5 killed"
    for text in (
        "A 2018 cholera outbreak killed more than 400 people, most of them children under five.",
        "The heatwave killed 52 people, nearly all of them women over 70, officials said.",
        "The flu season killed 31 residents, half of them people older than 80.",
    ):
        counts = {count for _, count in _kinds_and_counts((text, "2026-02-10"))}
        assert not counts & {5, 70, 80}, (text, counts)


def test_a_voice_that_stands_by_or_sticks_to_its_figure_gives_it() -> None:
    # S211: "The Zamboanga Peninsula chapter of the Philippine Pediatric Society (PPS) stands by
    # a higher figure: 23 deaths" had no voice, and no side in the final toll dispute
    for text, number, voice in (
        (
            "The Kenya nurses' union stands by a higher figure: 31 deaths, including patients "
            "who died at home.",
            "31",
            "Kenya nurses' union",
        ),
        ("The union, however, stands by its own figure of 31 deaths.", "31", "union"),
        ("The federation still sticks to its count of 14 dead.", "14", "federation"),
        ("The opposition party holds to its figure of 14 dead.", "14", "opposition party"),
    ):
        assert _voice_of(text, number) == voice, (text, _voice_of(text, number))
    # not a verb of keeping to something taking another thing
    for text in (
        "Villagers stood by the 14 graves in silence.",
        "The mayor stood by 14 families who lost their homes.",
    ):
        assert _voice_of(text, "14") is None, (text, _voice_of(text, "14"))


def test_a_toll_of_an_outbreak_named_with_its_year_is_background() -> None:
    # S211: "a 2019 nationwide outbreak killed more than 600 people" (an outbreak is a
    # disaster word too) was not dated, and set against this outbreak's 11 dead
    text = (
        "MANILA (AFP) - At least 11 children have died of measles, officials said on "
        "Wednesday. Vaccination rates collapsed after a 2017 scare, and a 2019 nationwide "
        "outbreak killed more than 600 people."
    )
    dated = {(f.count, bool(f.background)) for f in all_figures(_evidence((text, "2026-02-04")))}
    assert dated == {(11, False), (600, True)}, dated


def test_a_count_joined_to_deaths_told_with_no_number_is_no_toll() -> None:
    # S211: "its members had recorded deaths in private hospitals as well as at least two
    # children who died at home" was set against the same group's toll of 11
    found = _disputes(
        (
            "CEBU, Philippines (AFP) - At least 14 patients have died of dengue in Cebu, a "
            "doctors' group said on Thursday, nearly double the city's count. The Cebu chapter "
            "of the Philippine Medical Association said its members had recorded deaths in "
            "private clinics as well as at least three patients who died at home without ever "
            "being tested. The city health office has so far counted eight deaths.",
            "2026-03-05",
        ),
    )
    assert not any(claim.value == "at least 3" for dispute in found for claim in dispute.claims), (
        _shown(found)
    )


def test_a_replacement_lot_is_not_the_lot_it_replaces() -> None:
    # S211: "a shipment of 20,000 doses" (spoiled) and "a replacement shipment of 25,000
    # doses" were "How many doses"
    found = _disputes(
        (
            "TACLOBAN, Philippines (AP) - The door-to-door campaign had been expected to start "
            "in January but was delayed, city officials said, because a shipment of 30,000 doses "
            "of polio vaccine had to be set aside. A replacement shipment of 35,000 doses arrived "
            "on Jan. 29, both offices said.",
            "2026-02-05",
        ),
        (
            "TACLOBAN (PNA) - Reyes also told the committee that a shipment of 30,000 vaccine "
            "doses delivered on January 17 by a courier was warm on arrival.",
            "2026-02-06",
        ),
        (
            "TACLOBAN (Reuters) - The doses were within range when they were handed over, the "
            "regional director told a news conference. The 30,000 doses, worth about 4 million "
            "pesos, would be destroyed, she said.",
            "2026-02-12",
        ),
        (
            "TACLOBAN - The spoiled shipment of 30,000 doses remains in dispute as well, with the "
            "ministry blaming a January 19 power failure at the city's cold room and the city "
            "insisting the vaccines arrived warm.",
            "2026-02-16",
        ),
    )
    assert not any("doses" in d.topic for d in found), _shown(found)


def test_what_a_count_is_said_to_leave_out_is_not_what_it_counts() -> None:
    # S211: "Its bulletin lists 1,032 cases and 15 deaths, because it includes only residents
    # of the city and leaves out children ... who were brought to the Zamboanga City Medical
    # Center": the "brought to" was read as the 15's, a partial count below the rival 23
    found = _disputes(
        (
            "ILOILO, Philippines - Eighteen patients have died so far. The provincial health "
            "office counts differently. Its bulletin lists 16 deaths, because it includes only "
            "residents of the province and leaves out patients from other provinces who were "
            "brought to the regional hospital. The Iloilo doctors' association stands by a "
            "higher figure: 24 deaths, including patients who died at home.",
            "2026-03-16",
        ),
    )
    sides = [
        {(c.value, c.attributed_to) for c in d.claims}
        for d in found
        if d.topic.startswith("How many were killed")
    ]
    assert any(
        any(value == "16" and "provincial health office" in (voice or "") for value, voice in s)
        and any(value == "24" for value, _ in s)
        for s in sides
    ), _shown(found)


def test_a_cause_said_to_be_behind_the_error_rules_the_others_out() -> None:
    # S214: "the reason of the error was a faulty screen system, and not the mistake of the
    # employee": the union's cause against the company's blame of an employee, read nowhere
    # ("a faulty results-entry screen, not a careless employee, was behind Thursday's
    # publication of wrong Lotto numbers" stays unread since the reviews of stop 69: what was
    # behind a publication, a decision, a closure is no cause of the event)
    for union in (
        "The staff union says a faulty scanner, not a careless clerk, was behind Monday's "
        "blunder over the wrong results.",
        "The staff union claims that the reason of the error was a faulty scanner, and not the "
        "mistake of the clerk.",
    ):
        found = _disputes(
            (
                "BUDAPEST (AFP) - The exam board on Tuesday blamed a clerk who typed the "
                "results by hand.",
                "2026-06-09",
            ),
            (f"BUDAPEST - {union}", "2026-06-10"),
        )
        values = _values_of_the_cause(found)
        assert "scanner" in values and "clerk" in values, values


def test_a_gas_leak_behind_the_blast_is_its_cause_but_a_person_behind_it_is_not() -> None:
    for text, expected in (
        ("Investigators believe a gas leak was behind the blast.", ["a gas leak"]),
        ("Police said the man's brother was behind the blast.", []),
    ):
        evidence = _evidence((text, "2026-01-05"))
        (ref,) = evidence.sentences("S1")
        (doc,) = nlp.parse([ref.text])
        causes = _causes_in(doc, ref, [ref], _Antecedents(evidence, []), lambda *_: False)
        assert [c.cause for c in causes] == expected, (text, causes)


def test_a_dateline_hung_on_a_later_verb_is_not_its_speaker() -> None:
    # S211: "ZAMBOANGA CITY (MBN News) - Zamboanga City Mayor Antonio Elumba on Monday relieved
    # ..., nearly a week after the city declared a measles outbreak that the Department of
    # Health now says has killed 14 children" was the mayor's reaction "declared a measles
    # outbreak ..."; the parse hangs the dateline, whose dash the mayor's name follows, and
    # "the city" both on the later verb
    for clause in (
        "the city warned that the measles outbreak could spread to schools",
        "the city declared a measles outbreak that the Department of Health now says has "
        "killed 14 children",
    ):
        brief = _brief(
            (
                "DAVAO CITY (MBN News) — Davao City Mayor Antonio Reyes on Monday relieved city "
                f"health officer Dr. Rosa Abad of her post, nearly a week after {clause}.",
                "2026-02-09",
            ),
            (
                "DAVAO CITY (AP) - Mayor Antonio Reyes relieved the city health officer on "
                "Monday, officials said.",
                "2026-02-09",
            ),
        )
        said = [(r.speaker, r.statement) for r in brief.reactions]
        assert not any("Reyes" in speaker for speaker, _ in said), said
        # an outbreak declared is an act, and "that the Department of Health now says has
        # killed" is about the outbreak: no words of anyone
        assert not any(
            statement.startswith("declared") or statement.startswith("has killed")
            for _, statement in said
        ), said


def test_a_report_asked_for_by_a_weekday_is_due_ahead() -> None:
    # S214: "has asked for a full report by Monday", in a Sunday paper, was dated the Monday
    # before the event
    text = "The ministry has ordered an audit and has asked for a full report by Monday."
    found = find_time_expressions(text, date(2026, 3, 15))
    assert [e.iso for e in found if e.text.endswith("Monday")] == ["2026-03-16"], found


def test_no_stop_is_doubled_when_a_time_after_an_abbreviation_is_taken_out() -> None:
    # S214: "The operator still says its control team spotted the error at 6:50 a.m.."
    brief = _brief(
        (
            "OSLO (Reuters) - The operator says its control team spotted the error at 6:50 "
            "a.m. on Friday. The draw took place on Thursday night.",
            "2026-03-14",
        ),
        (
            "OSLO (AP) - The company says its staff caught the mistake at 6:50 a.m. on Friday.",
            "2026-03-14",
        ),
    )
    assert brief.when and not any(
        re.search(r"(?<!\.)\.\.(?!\.)", t.describes) for t in brief.when
    ), [t.describes for t in brief.when]


def test_a_rivals_toll_equal_to_an_earlier_events_is_the_events_own() -> None:
    # bench/synthetic S116 (invented): the health authority's "five dead", given in three
    # reports, was shown as background ("2011") because one report told of a 2011 storm that
    # killed five
    brief = _brief(
        (
            "OSLO (AP) - The death toll from a storm that tore down a festival stage on "
            "Saturday rose to four, police said. The regional health authority says five "
            "people died.",
            "2026-07-06",
        ),
        (
            "OSLO (Reuters) - Police put the death toll at four, while the regional health "
            "authority counts five, including a man who suffered a cardiac arrest during the "
            "evacuation.",
            "2026-07-07",
        ),
        (
            "OSLO (AFP) - The regional health authority counts five dead. In 2011 a storm at a "
            "Belgian festival killed five people.",
            "2026-07-08",
        ),
    )
    fives = [c for c in brief.casualties if c.kind == "killed" and c.count == 5]
    assert fives and not all(c.background for c in fives), [
        (c.description, c.background) for c in brief.casualties
    ]


def test_a_product_named_after_its_kind_is_no_place() -> None:
    # S211: "the dengue vaccine Dengvaxia" was listed among the places
    brief = _brief(
        (
            "DAVAO, Philippines (AP) - Vaccination rates fell after a 2017 scare over the "
            "dengue vaccine Dengvaxia, officials in Davao said on Monday.",
            "2026-02-02",
        ),
        (
            "DAVAO (Reuters) - Distrust that dates back to the Dengvaxia scare kept parents in "
            "Davao away from clinics, officials said.",
            "2026-02-03",
        ),
    )
    assert "Dengvaxia" not in [p.name for p in brief.where], [p.name for p in brief.where]


def test_a_quantity_a_voice_stands_by_is_its_last_word() -> None:
    # bench/synthetic S133 (invented): "The airport operator stood by its count of 46 flights"
    # had no voice, so the flights dispute stayed at the aviation authority's earlier 34
    found = _disputes(
        (
            "ULAANBAATAR, Jan 21 (Reuters) - The Civil Aviation Authority of Mongolia raised its "
            "tally to 34 flights and about 4,700 passengers affected by Tuesday's suspension of "
            "satellite approaches, while the airport operator, Khaan Airport LLC, put the figure "
            'at 46 flights and "more than 6,000" passengers.',
            "2026-01-21",
        ),
        (
            "ULAANBAATAR (AP) - The Civil Aviation Authority of Mongolia said 38 flights and about "
            "5,100 passengers were affected by Tuesday's suspension. The airport operator stood "
            "by its count of 46 flights and more than 6,000 passengers.",
            "2026-01-27",
        ),
    )
    assert _values_by_dispute(found, "How many flights") == [{"38", "46"}], _shown(found)


def test_two_accounts_a_count_has_moved_past_voice_by_voice_are_that_count() -> None:
    # S133: "Accounts differ" between the authority's "34 flights" and the operator's "46
    # flights" was shown beside "How many flights", 38 against 46, of the same two voices
    count = Dispute(
        topic="How many flights",
        claims=[
            _side("38 flights", "Civil Aviation Authority of Mongolia", "S7", 0).model_copy(
                update={"value": "38"}
            ),
            _side("46 flights", "airport operator", "S7", 40).model_copy(update={"value": "46"}),
        ],
    )
    accounts = Dispute(
        topic="Accounts differ: Civil Aviation Authority of Mongolia and Khaan Airport LLC",
        claims=[
            _side(
                "The Civil Aviation Authority of Mongolia raised its tally to 34 flights and about "
                "4,700 passengers",
                "Civil Aviation Authority of Mongolia",
                "S3",
                0,
            ),
            _side(
                'the airport operator, Khaan Airport LLC, put the figure at 46 flights and "more '
                'than 6,000" passengers',
                "Khaan Airport LLC",
                "S3",
                120,
            ),
        ],
    )
    assert _a_count_told_again(accounts, count)
    # a count below what the accounts give has not moved past them: both are kept
    lower = Dispute(
        topic="How many flights",
        claims=[
            _side("30 flights", "Civil Aviation Authority of Mongolia", "S7", 0).model_copy(
                update={"value": "30"}
            ),
            _side("46 flights", "airport operator", "S7", 40).model_copy(update={"value": "46"}),
        ],
    )
    assert not _a_count_told_again(accounts, lower)


def test_a_cause_told_as_unsure_is_no_side_of_a_cause_dispute() -> None:
    # review D of stop 69 (controls D127-D129): "Police have ruled out that a bomb caused the
    # explosion", "There is no evidence that sabotage caused the blast", "If illegal mining
    # caused the landslide, ..." were each set against the cause another voice gave
    for unsure in (
        "Police have ruled out that a bomb caused the explosion, police chief Carlo Verdi said.",
        "There is no evidence that sabotage caused the explosion, Interior Minister Emre Kaya "
        "said.",
        "If illegal mining caused the explosion, the owners will be prosecuted, Governor Budi "
        "Santoso said.",
    ):
        found = _disputes(
            (
                "NAPLES (Reuters) - An explosion destroyed a warehouse in Naples on Tuesday, "
                f"killing two people. {unsure} A faulty boiler caused the explosion, "
                "firefighters said.",
                "2026-03-10",
            ),
        )
        assert not any(d.topic.startswith("What caused it") for d in found), (unsure, _shown(found))
    # a cause told as so, by a noun it hangs on, is still read
    found = _disputes(
        (
            "NAPLES (Reuters) - An explosion destroyed a warehouse in Naples on Tuesday, killing "
            "two people. Police insisted the explosion was caused by a bomb, police chief Carlo "
            "Verdi said. A faulty boiler caused the explosion, firefighters said.",
            "2026-03-10",
        ),
    )
    assert "bomb" in _values_of_the_cause(found) and "boiler" in _values_of_the_cause(found)


# Guards from the hostile reviews of stop 61: where the rules above first fired on other news.


def test_an_expectation_whose_outcome_is_told_stays_behind_the_report() -> None:
    monday = date(2026, 3, 9)
    found = find_time_expressions(
        "The verdict, which was expected on Tuesday, was delivered on Wednesday after judges "
        "asked for more time.",
        monday,
    )
    assert [e.iso for e in found] == ["2026-03-03", "2026-03-04"], found


def test_a_firm_named_with_via_first_stays_an_actor() -> None:
    brief = _brief(
        (
            "MILAN - Scaffolding collapsed at a site run by Via Costruzioni on Monday, injuring "
            "two workers, police said.",
            "2026-03-09",
        ),
        (
            "MILAN (AP) - Prosecutors opened an investigation into Via Costruzioni's site "
            "manager on Tuesday. Via Costruzioni is one of Milan's biggest builders.",
            "2026-03-10",
        ),
    )
    assert "Via Costruzioni" in [a.name for a in brief.who], [a.name for a in brief.who]


@pytest.mark.parametrize(
    ("text", "kind", "count"),
    [
        ("A blast killed three people -- and at least 40 were injured -- as residents queued.",
         "injured", 40),
        ("The boat sank, leaving 61 dead -- 25 survivors were pulled from the water -- the UN "
         "said.", "survived", 25),
        ("The quake left 11 dead (and 98 injured), the health ministry said.", "injured", 98),
        ("A pile-up near Lyon left two dead -- and 11 in hospital -- on Saturday.", "injured", 11),
    ],
)  # fmt: skip
def test_a_count_of_its_own_inside_dashes_stays_a_figure(text: str, kind: str, count: int) -> None:
    figures = all_figures(_evidence((f"KABUL - {text}", "2026-03-09")))
    assert (kind, count) in [(f.kind, f.count) for f in figures], figures


@pytest.mark.parametrize(
    "text",
    [
        "A lorry driver was jailed for eight years after four people were killed when he "
        "crashed into traffic on the M1 on Monday.",
        "The rebuilt bridge reopened on Monday, two years after four people died when the old "
        "one fell.",
    ],
)
def test_years_after_that_is_a_term_or_the_days_news_is_no_earlier_toll(text: str) -> None:
    figures = all_figures(_evidence((f"LONDON - {text}", "2026-03-09")))
    assert [(f.count, f.background) for f in figures if f.count == 4] == [(4, None)], figures


def test_people_examined_for_injuries_were_hurt() -> None:
    brief = _brief(
        (
            "OSLO - Doctors examined eight passengers for fractures and bruising at the local "
            "clinic. No one was injured, the bus operator said.",
            "2026-03-09",
        ),
        ("OSLO (AP) - No one was hurt when the bus slid off the road, police said.", "2026-03-09"),
    )
    assert "no one injured" not in [c.description for c in brief.casualties]


@pytest.mark.parametrize(
    "sentence",
    [
        "None other than the port's director, Paolo Greco, disputed the coast guard's account.",
        "No one except the railway company denies that the signal was red.",
    ],
)
def test_a_denial_by_the_one_excepted_from_no_one_is_a_denial(sentence: str) -> None:
    found = _disputes(
        (
            "GENOA - The coast guard said the signal was red and the tug had left the ship. "
            + sentence,
            "2026-03-09",
        )
    )
    assert [d for d in found if d.topic.startswith("Denied")], [d.topic for d in found]


@pytest.mark.parametrize(
    "before",
    [
        "The hospital offered the nurses a 4 percent pay rise on Sunday.",
        "The company said it would pay for the funerals of the three men.",
        "Opposition leader Marta Rossi called for an independent inquiry into the collapse.",
    ],
)
def test_rejecting_an_offer_or_a_call_is_no_denial_of_the_news(before: str) -> None:
    found = _disputes(
        (
            "ROME - A school roof collapsed on Monday, injuring 11 children, firefighters said. "
            + before
            + " The union rejected that, saying it was not enough.",
            "2026-03-09",
        )
    )
    assert not [d for d in found if d.topic.startswith("Denied")], [
        (d.topic, [c.statement for c in d.claims]) for d in found
    ]


def test_a_clause_on_a_noun_after_another_person_named_is_that_persons() -> None:
    accounts = accounts_in(
        nlp.parse(
            [
                "Police said they had questioned the driver, Marco Testa, about the brakes, "
                "which he said had failed twice that week."
            ]
        )[0],
        SentenceRef("S1", 0, 0, "", 0),
    )
    police = [a.text for a in accounts if a.voice == "Police"]
    assert police and not any("failed twice" in text for text in police), police


@pytest.mark.parametrize(
    "sentence",
    [
        '"Shahed drones," the air force said, struck a grain terminal in the port of Izmail '
        "overnight, setting fire to three warehouses.",
        '"We heard a huge bang and then the roof fell in," said Rami Haddad, a baker whose shop '
        "was destroyed when a fuel tank exploded at a depot in Beirut on Tuesday, killing seven "
        "people.",
    ],
)
def test_a_quotation_that_opens_news_told_around_it_is_not_only_a_quote(sentence: str) -> None:
    assert not mostly_quoted(sentence)


def test_a_scene_that_also_tells_news_is_a_statement() -> None:
    from summarise.extractive.what import _a_scene

    for text in [
        "The market was a busy place on Friday morning when the car bomb went off.",
        "The epicentre was a remote village in the High Atlas mountains.",
    ]:
        assert not _a_scene(nlp.parse([text])[0]), text


_REVIEWED_44 = [
    (
        "C01_charles_iii",
        "2026-05-04",
        [
            (
                "King visits flood-hit Somerset as toll rises to four\n\nMonday, May 4, "
                "2026\n\nTAUNTON, England (PA) - King Charles III visited flood-hit villages in "
                "Somerset on Monday, meeting families whose homes were swamped when the River "
                "Parrett burst its banks. Four people have died in the floods, Avon and Somerset "
                'Police said. Charles III said he was "deeply moved by the courage and kindness" '
                "of residents. The Environment Agency said 1,200 homes had been flooded."
            ),
            (
                "Somerset floods: King meets victims\n\nMonday, May 4, 2026\n\nLONDON (Reuters) "
                "- King Charles III met residents of flood-hit Somerset, where four people died, "
                "police said. The Environment Agency said it had opened an inquiry into flood "
                "defences. Charles III praised rescuers and volunteers."
            ),
        ],
        "who",
        "present",
        r"^Charles III\b",
    ),
    (
        "G07_leo_xiv",
        "2026-05-04",
        [
            (
                "Pope sends condolences after Congo ferry disaster\n\nMonday, May 4, "
                "2026\n\nKINSHASA (AFP) - A ferry capsized on Lake Kivu on Sunday, killing 78 "
                "people, the provincial governor said. Pope Leo XIV said he was praying for the "
                "victims and their families. The governor of South Kivu, Jean-Jacques Purusi, "
                "said 50 people were rescued."
            ),
            (
                "Congo ferry toll reaches 78\n\nMonday, May 4, 2026\n\nGOMA (Reuters) - At least "
                "78 people died when an overloaded ferry sank on Lake Kivu, the governor said. "
                "Leo XIV expressed his sorrow."
            ),
        ],
        "who",
        "present",
        r"^Leo XIV\b",
    ),
    (
        "C03_mlk_iii",
        "2026-05-04",
        [
            (
                "Gunman kills three at Atlanta church\n\nMonday, May 4, 2026\n\nATLANTA (AP) - A "
                "gunman killed three people and wounded five at a church in southwest Atlanta on "
                "Sunday, police said. Atlanta Police Chief Darin Schierbaum said the suspect was "
                'arrested at the scene. Martin Luther King III said the shooting was "an attack '
                'on all of us" and called for stricter gun laws. Mayor Andre Dickens ordered '
                "flags to fly at half-staff."
            ),
            (
                "Three dead in Atlanta church shooting\n\nMonday, May 4, 2026\n\nATLANTA "
                "(Reuters) - Three people were killed in a shooting at a church in Atlanta, "
                "police said. Martin Luther King III said the city would not be defined by "
                "violence."
            ),
        ],
        "who",
        "present",
        r"^Martin Luther King III\b",
    ),
    (
        "C02_mohammed_vi",
        "2026-05-04",
        [
            (
                "Morocco quake toll rises to 31; king orders rehousing\n\nMonday, May 4, "
                "2026\n\nRABAT (AFP) - The toll from an earthquake in the Al Haouz province of "
                "Morocco rose to 31 dead and 120 injured, the interior ministry said on Monday. "
                "King Mohammed VI ordered the government to rehouse affected families, the royal "
                "palace said. The injured were taken to the CHU Mohammed VI in Marrakech and the "
                "Mohammed V regional hospital in Safi. Mohammed VI chaired a meeting on the "
                "relief effort on Monday evening."
            ),
            (
                "Morocco: quake kills 31 in Al Haouz\n\nMonday, May 4, 2026\n\nCASABLANCA "
                "(Reuters) - An earthquake killed 31 people in Morocco's Al Haouz province, the "
                "interior ministry said. King Mohammed VI visited the injured at a hospital in "
                "Marrakech."
            ),
        ],
        "who",
        "absent",
        r"CHU",
    ),
    (
        "D01_buried_alive",
        "2026-05-04",
        [
            (
                "Landslide buries 14 alive in Nepal village\n\nMonday, May 4, 2026\n\nKATHMANDU "
                "(AFP) - At least 14 people were buried alive when a landslide struck a village "
                "in western Nepal on Sunday, police said. Rescuers recovered nine bodies by "
                "Monday. Five people were injured, district police chief Ram Thapa said."
            ),
            (
                "Nepal landslide kills at least nine\n\nMonday, May 4, 2026\n\nKATHMANDU "
                "(Reuters) - A landslide in Nepal killed at least nine people and buried several "
                "houses, police said. Thapa said 14 people were buried alive."
            ),
        ],
        "casualties",
        "absent",
        r"found alive",
    ),
    (
        "D02_burned_alive",
        "2026-05-04",
        [
            (
                "Five of a family burned alive in Lahore house fire\n\nMonday, May 4, "
                "2026\n\nLAHORE, Pakistan (AFP) - Five members of a family were burned alive "
                "when fire broke out in their house in Lahore on Sunday, rescue officials said. "
                "Two others were injured. Rescue 1122 spokesman Farooq Ahmed said the fire was "
                "caused by a short circuit."
            ),
            (
                "House fire kills five in Lahore\n\nMonday, May 4, 2026\n\nISLAMABAD (Reuters) - "
                "A fire killed five members of one family in Lahore, officials said."
            ),
        ],
        "casualties",
        "absent",
        r"found alive",
    ),
    (
        "G06_alive_variants",
        "2026-05-04",
        [
            (
                "Two children found alive after Izmir quake; toll 40\n\nMonday, May 4, "
                "2026\n\nANKARA (AFP) - Rescuers found two children alive under a collapsed "
                "building in Izmir on Monday, 60 hours after an earthquake that killed 40 "
                "people, AFAD said. Three other victims were alive when pulled from the rubble "
                "but died in hospital. Rescuers said they held out little hope of finding the "
                "remaining 12 missing people alive."
            ),
            (
                "Izmir quake toll rises to 40\n\nMonday, May 4, 2026\n\nISTANBUL (Reuters) - The "
                "toll from the Izmir earthquake rose to 40, AFAD said. Two children were rescued "
                "alive."
            ),
        ],
        "casualties",
        "absent",
        r"^3 (found alive|rescued)",
    ),
    (
        "D10_speak_to_attack",
        "2026-05-04",
        [
            (
                "Ferry sinks off Zanzibar; 23 rescued\n\nMonday, May 4, 2026\n\nDAR ES SALAAM "
                "(AFP) - A ferry sank off Zanzibar on Monday, the coast guard said. Eight "
                "passengers drowned. The minister will speak to 23 survivors at the hospital on "
                "Tuesday, his office said. Residents talk of many more missing."
            ),
            (
                "Eight dead as ferry sinks off Zanzibar\n\nMonday, May 4, 2026\n\nNAIROBI "
                "(Reuters) - Eight people drowned when a ferry sank off Zanzibar, the coast "
                "guard said, adding that 23 people were rescued."
            ),
        ],
        "casualties",
        "absent",
        r"23 (rescued|survived).*\bminister\b",
    ),
    (
        "F03_her_son_manager",
        "2026-05-04",
        [
            (
                "Care home death: son rejects home's account\n\nMonday, May 4, 2026\n\nLEEDS, "
                "England (PA) - An 81-year-old woman died after a fall at the Beechwood care "
                "home in Leeds, police said. The home's manager, Claire Dunn, said the resident "
                "had been checked every hour during the night. Her son, Peter Gill, denied that "
                "his mother had been checked, saying she had been left alone for hours.\n\nThe "
                "Care Quality Commission said it had opened an inquiry."
            ),
            (
                "Son says Leeds care home left mother alone\n\nMonday, May 4, 2026\n\nLONDON "
                "(Reuters) - The son of a woman who died after a fall at a Leeds care home said "
                "she had been left unchecked for hours. Dunn said staff had checked the woman "
                "every hour. Gill rejected that account."
            ),
        ],
        "disputes",
        "present",
        r"^Denied by Gill: the account of Dunn",
    ),
    (
        "F04_role_agency_sender",
        "2026-05-04",
        [
            (
                "Flash flood kills nine in Ourika; residents say no warning\n\nMonday, May 4, "
                "2026\n\nMARRAKECH (AFP) - A flash flood killed nine people in the Ourika valley "
                "on Sunday, the local authorities said. Residents denied receiving any warning "
                'from the authorities before the river rose.\n\n"We never received any warning. '
                'Nobody told us to leave," said Hassan Ait Ali, a shopkeeper. Said Benali, '
                "director of the regional civil protection agency, said residents had been "
                "warned twice by loudspeaker."
            ),
            (
                "Morocco flood: row over warnings\n\nMonday, May 4, 2026\n\nCASABLANCA (Reuters) "
                "- Nine people died in a flash flood in Ourika, officials said. Residents said "
                "the authorities gave no warning. Benali said warnings had been issued twice."
            ),
        ],
        "disputes",
        "present",
        r"^Denied by Residents: the account of Said Benali",
    ),
]


# Cases two hostile reviews of stop 45 wrote against its rules (a city as a first name, a place
# read from one mention, a subset counted as a rival, a lawyer who concedes): each was worse
# than before until mended. (id, day, article texts, field, present|absent, pattern)
_REVIEWED_45 = [
    (
        "A01_milan_according_to",
        "2026-05-04",
        [
            (
                "Bus plunges into ravine in Serbia, killing nine\n\nMonday, May 4, 2026\n\n"
                "BELGRADE (Reuters) - A bus carrying workers plunged into a ravine near the "
                "town of Ivanjica in western Serbia on Monday, killing nine people and "
                "injuring 14, according to Milan Jovanovic, a spokesman for the regional "
                "emergency service. The bus was travelling from Ivanjica to Cacak when it left "
                "the road on a sharp bend. Rescuers worked through the night to free survivors "
                "from the wreckage."
            ),
            (
                "Serbia bus crash kills nine\n\nTuesday, May 5, 2026\n\nBELGRADE (AP) - Nine "
                "people died and 14 were injured when a bus left a mountain road and fell into "
                "a ravine in western Serbia, emergency officials said. The injured were taken "
                "to hospital in Cacak. Prime Minister Djuro Macut declared Tuesday a day of "
                "mourning."
            ),
        ],
        "who",
        "present",
        r"^Milan Jovanovic",
    ),
    (
        "B01_faith_in_ruto_lone",
        "2026-05-04",
        [
            (
                "Kenya protests: police kill three in Nairobi\n\nMonday, May 4, 2026\n\n"
                "NAIROBI (Reuters) - Police shot dead three protesters in Nairobi on Monday as "
                "thousands marched against new taxes, Amnesty Kenya said. Many protesters said "
                "they had lost faith in Ruto. President Ruto said on Monday evening that the "
                "finance bill would not be withdrawn."
            ),
            (
                "Three killed as Kenyan police fire on tax protesters\n\nMonday, May 4, "
                "2026\n\nNAIROBI (AFP) - Kenyan police opened fire on demonstrators in central "
                "Nairobi, killing three people and wounding 27, rights groups said. The Kenya "
                "National Commission on Human Rights said 40 people had been arrested."
            ),
        ],
        "where",
        "absent",
        r"^Ruto",
    ),
    (
        "H01_confidence_in_murkomen",
        "2026-05-04",
        [
            (
                "Kenya: police kill four at protest over activist's death in custody\n\n"
                "Monday, May 4, 2026\n\nNAIROBI (Reuters) - Kenyan police shot dead four "
                "people during protests in Nairobi on Monday over the death of a blogger in "
                "police custody, Amnesty Kenya said. Opposition leaders said they had no "
                "confidence in Kipchumba Murkomen and demanded his resignation. Interior "
                "Minister Kipchumba Murkomen said the officers involved had been suspended."
            ),
            (
                "Four killed in Kenya protests over custody death\n\nMonday, May 4, 2026\n\n"
                "NAIROBI (AFP) - Four protesters were killed as police fired live rounds at "
                "demonstrators in Nairobi, rights groups said. The Independent Policing "
                "Oversight Authority said it was investigating."
            ),
        ],
        "who",
        "present",
        r"^Kipchumba Murkomen",
    ),
    (
        "C09_netanyahu_era",
        "2026-05-04",
        [
            (
                "Fire at Jerusalem hospital injures 15\n\nMonday, May 4, 2026\n\nJERUSALEM "
                "(Reuters) - A fire broke out in a ward of a Jerusalem hospital on Monday, "
                "injuring 15 patients and staff, the fire service said. The hospital, built in "
                "the Netanyahu-era expansion of health services, was evacuated. Health "
                "Minister Uriel Buso said an investigation would be opened."
            ),
            (
                "Fifteen hurt in Jerusalem hospital fire\n\nMonday, May 4, 2026\n\nJERUSALEM "
                "(AP) - Fifteen people were hurt when fire broke out in a hospital ward in "
                "Jerusalem, officials said. Buso said the fire started in an electrical room. "
                "Netanyahu called the hospital's director to offer support."
            ),
        ],
        "where",
        "absent",
        r"Netanyahu",
    ),
    (
        "C01_willow_care_home",
        "2026-05-04",
        [
            (
                "Fire at Yorkshire care home kills two residents\n\nMonday, May 4, 2026\n\n"
                "LEEDS, England (PA) - Two elderly residents died when fire broke out at a "
                "care home in Harrogate, North Yorkshire, early on Monday, North Yorkshire "
                "Fire and Rescue Service said. Firefighters rescued 11 residents from the "
                "upper floor. Willow Care, which operates the home, said staff had followed "
                "the evacuation plan and that it was cooperating with investigators. North "
                "Yorkshire Police said the fire was not being treated as suspicious."
            ),
            (
                "Two dead in Harrogate care home blaze\n\nMonday, May 4, 2026\n\nLONDON "
                "(Reuters) - Two residents were killed and five taken to hospital after a fire "
                "at a care home in Harrogate, emergency services said. Willow Care said it was "
                '"devastated" by the deaths. The Care Quality Commission rated the home good '
                "at its last inspection in 2024."
            ),
        ],
        "who",
        "absent",
        r"^Willow Care",
    ),
    (
        "C03_hope_rescue_dogs",
        "2026-05-04",
        [
            (
                "Welsh kennel fire kills 30 dogs\n\nMonday, May 4, 2026\n\nCARDIFF (PA) - "
                "Thirty dogs died when fire swept through a rescue kennel near Llantrisant in "
                "south Wales on Sunday night, South Wales Fire and Rescue Service said. Hope "
                "Rescue, the charity that runs the kennel, said staff had managed to save 15 "
                "dogs. Fire investigators said the blaze appeared to have started in a storage "
                "shed."
            ),
            (
                "Dozens of dogs killed in Welsh kennel fire\n\nMonday, May 4, 2026\n\nLONDON "
                "(Reuters) - About 30 dogs were killed in a fire at a dog rescue centre in "
                "south Wales, firefighters said. Hope Rescue said it had been overwhelmed by "
                "offers of help. No people were hurt."
            ),
        ],
        "who",
        "absent",
        r"^Hope Rescue",
    ),
    (
        "D06_limit_vs_reading",
        "2026-05-04",
        [
            (
                "Toxic spill contaminates river in Hungary\n\nMonday, May 4, 2026\n\nBUDAPEST "
                "(Reuters) - A chemical spill from a fertiliser plant contaminated the Tisza "
                "river on Monday, killing thousands of fish, Hungary's water authority said. "
                "The authority said ammonium concentrations reached 7.9 milligrams per litre "
                "near the plant. The legal limit for drinking water sources is a concentration "
                "of 0.5 milligrams per litre. Officials told residents of three villages not "
                "to use tap water."
            ),
            (
                "Hungary river spill kills fish\n\nMonday, May 4, 2026\n\nBUDAPEST (AP) - "
                "Thousands of dead fish floated down the Tisza after a leak from a chemical "
                "plant, officials said. The water authority said ammonium levels were well "
                "above safe limits. The plant's operator said it had stopped the leak."
            ),
        ],
        "disputes",
        "absent",
        r"0\.5 milligrams",
    ),
    (
        "E01_hectares_subset",
        "2026-05-04",
        [
            (
                "Wildfire in Portugal burns 2,500 hectares\n\nMonday, May 4, 2026\n\nLISBON "
                "(Reuters) - A wildfire in central Portugal burned 2,500 hectares of land on "
                "Monday, forcing the evacuation of four villages, the civil protection agency "
                "said. The environment group Quercus estimates 800 hectares of protected oak "
                "forest were destroyed. More than 600 firefighters were fighting the blaze."
            ),
            (
                "Portugal wildfire forces evacuations\n\nMonday, May 4, 2026\n\nLISBON (AP) - "
                "A fast-moving wildfire in central Portugal forced hundreds of people from "
                "their homes, officials said. Civil protection commander Mario Silvestre said "
                "the fire had burned 2,500 hectares."
            ),
        ],
        "disputes",
        "absent",
        r"^How many hectares",
    ),
    (
        "E02_airline_flights_subset",
        "2026-05-04",
        [
            (
                "Storm forces 300 flight cancellations at Frankfurt\n\nMonday, May 4, 2026\n\n"
                "FRANKFURT (Reuters) - Storm Ylenia forced the cancellation of 300 flights at "
                "Frankfurt airport on Monday, airport operator Fraport said. Lufthansa counts "
                "120 cancelled flights on its own network. Deutsche Bahn halted long-distance "
                "trains in the north of the country."
            ),
            (
                "German storm disrupts flights and trains\n\nMonday, May 4, 2026\n\nBERLIN "
                "(AP) - A storm with gusts of up to 140 km per hour swept across Germany, "
                "forcing airports to cancel flights, officials said. Fraport said 300 flights "
                "at Frankfurt were cancelled."
            ),
        ],
        "disputes",
        "absent",
        r"^How many flights",
    ),
    (
        "E03_strikers_subset",
        "2026-05-04",
        [
            (
                "Workers strike at Indian car plant after colleague dies\n\nMonday, May 4, "
                "2026\n\nNEW DELHI (Reuters) - About 2,000 workers walked out at a car factory "
                "in Manesar on Monday after a worker died in an accident on the assembly line, "
                "police said. The union counts 1,500 contract workers among the strikers. The "
                "company said production had been halted."
            ),
            (
                "Indian car plant shut after worker death sparks strike\n\nMonday, May 4, "
                "2026\n\nNEW DELHI (AP) - Production was halted at a car plant near New Delhi "
                "after workers went on strike following the death of a colleague, officials "
                "said. Police said about 2,000 workers took part."
            ),
        ],
        "disputes",
        "absent",
        r"^How many workers",
    ),
    (
        "H04_stands_by_subset",
        "2026-05-04",
        [
            (
                "Earthquake in eastern Turkey damages 600 buildings\n\nMonday, May 4, 2026\n\n"
                "ANKARA (Reuters) - A magnitude 5.9 earthquake struck eastern Turkey on "
                "Monday, damaging 600 buildings in Malatya province, the disaster agency AFAD "
                "said. The Malatya chamber of engineers counts 150 buildings in the city "
                "centre that must be demolished. Two people were killed and 40 injured, AFAD "
                "said."
            ),
            (
                "Quake in eastern Turkey kills two\n\nMonday, May 4, 2026\n\nISTANBUL (AP) - A "
                "5.9 magnitude earthquake killed two people and damaged hundreds of buildings "
                "in Malatya, officials said."
            ),
        ],
        "disputes",
        "absent",
        r"^How many buildings",
    ),
    (
        "F01_lawyer_pleads_guilty",
        "2026-05-04",
        [
            (
                "Ferry captain charged over sinking that killed 19\n\nMonday, May 4, 2026\n\n"
                "ATHENS (Reuters) - Greek prosecutors on Monday charged the captain of a ferry "
                "that sank off Crete last month, killing 19 people, with manslaughter. "
                "Prosecutors accuse Nikos Stavrou of ignoring a storm warning issued hours "
                "before the ferry left port. His lawyer, Alexis Kougias, said Stavrou would "
                "plead guilty and wanted to apologise to the families. The ferry's owner was "
                "also under investigation."
            ),
            (
                "Greek ferry captain charged over deadly sinking\n\nMonday, May 4, 2026\n\n"
                "ATHENS (AP) - The captain of a ferry that sank off Crete with the loss of 19 "
                "lives was charged with manslaughter on Monday, judicial officials said. The "
                "captain, Nikos Stavrou, was released on bail. The coast guard said the ferry "
                "had been overloaded."
            ),
        ],
        "disputes",
        "absent",
        r"plead guilty",
    ),
    (
        "G07_same_surname_accused_lone",
        "2026-05-04",
        [
            (
                "Gas blast in Busan kills four; landlord accused\n\nMonday, May 4, 2026\n\n"
                "SEOUL (Reuters) - A gas explosion destroyed a three-storey building in Busan "
                "on Monday, killing four people, fire officials said. Police accuse landlord "
                "Kim of illegally extending the building's gas line. Kim Ji-won, a neighbour, "
                "said she had smelled gas for days before the blast. Investigators said the "
                "pipe had been cut."
            ),
            (
                "Four dead in Busan gas explosion\n\nMonday, May 4, 2026\n\nSEOUL (Yonhap) - "
                "Four people were killed when a gas explosion tore through a building in "
                "Busan, police said."
            ),
        ],
        "disputes",
        "absent",
        r"Kim Ji-won",
    ),
    (
        "G01_flood_plan_year",
        "2026-05-04",
        [
            (
                "Floods force thousands from homes in Slovenia\n\nMonday, May 4, 2026\n\n"
                "LJUBLJANA (Reuters) - Torrential rain flooded towns across northern Slovenia "
                "on Monday, killing two people, the government said. Under a 2023 national "
                "flood plan, 3,000 residents were evacuated to schools and sports halls. Prime "
                "Minister Robert Golob said the army had been deployed."
            ),
            (
                "Slovenia floods kill two\n\nMonday, May 4, 2026\n\nLJUBLJANA (AP) - Two "
                "people died as rivers burst their banks in northern Slovenia, officials said. "
                "Golob called the floods the worst since 2023."
            ),
        ],
        "casualties",
        "present",
        r"^3,000 evacuated.* exact 3,000 False",
    ),
    # the second review of stop 45 (a named arrest asked for, calls far apart, a lawyer who
    # does not concede, common surnames, an old year in an aside)
    (
        "A05_demanded_be_arrested",
        "2026-05-09",
        [
            (
                "Mine collapse traps and kills nine in Zonguldak\n\nSaturday, May 9, 2026\n\n"
                "ANKARA (Reuters) - A gallery collapsed at a coal mine in Zonguldak province "
                "on Friday, killing nine miners, Turkey's energy ministry said. Relatives "
                "gathered at the mine entrance demanded that the mine's owner, Kemal Aydin, be "
                "arrested. Prosecutors have opened an investigation. No arrests have been made."
            ),
            (
                "Nine dead in Turkish mine collapse\n\nSunday, May 10, 2026\n\nZONGULDAK, "
                "Turkey (AP) - Nine miners were killed when part of a coal mine collapsed on "
                "Friday. Protesters said Aydin should be jailed for ignoring warnings about "
                "the roof. The company said it had met all safety rules."
            ),
        ],
        "casualties",
        "absent",
        r"Kemal Aydin|mine's owner",
    ),
    (
        "B02_minister_should_be_arrested",
        "2026-05-02",
        [
            (
                "Hospital fire kills 18 in Baghdad\n\nSaturday, May 2, 2026\n\nBAGHDAD "
                "(Reuters) - A fire at a hospital in Baghdad on Saturday killed 18 patients, "
                "the health ministry said. Relatives of the dead said Health Minister Saleh "
                "al-Hasnawi should be arrested. Iraq's prime minister suspended the hospital's "
                "director, the government said."
            ),
            (
                "18 die in Baghdad hospital blaze\n\nSunday, May 3, 2026\n\nBAGHDAD (AP) - "
                "Eighteen patients died in a fire at a Baghdad hospital. Protesters outside "
                "the building chanted that al-Hasnawi must be jailed. No one has been "
                "arrested, police said."
            ),
        ],
        "casualties",
        "absent",
        r"^1 arrested",
    ),
    (
        "B05_ship_named_like_person",
        "2026-06-20",
        [
            (
                "Cargo ship collides with fishing boat off Ghana, six missing\n\nSaturday, "
                "June 20, 2026\n\nACCRA (Reuters) - A cargo ship collided with a fishing canoe "
                "off the coast of Ghana on Friday, killing two fishermen and leaving six "
                "missing, the navy said. Ghanaian authorities detained the Amelia Rose, a "
                "Liberian-flagged bulk carrier, at the port of Tema, a navy spokesman said."
            ),
            (
                "Two fishermen dead after collision off Tema\n\nSunday, June 21, 2026\n\nTEMA, "
                "Ghana (AP) - Two fishermen were killed when their canoe was hit by a cargo "
                "ship. Port authorities detained Amelia Rose pending an investigation, the "
                "navy said. The ship's owners did not comment."
            ),
        ],
        "casualties",
        "absent",
        r"Amelia Rose",
    ),
    (
        "B06_club_staff_detained",
        "2026-02-22",
        [
            (
                "Crush at Skopje nightclub kills seven\n\nSunday, February 22, 2026\n\nSKOPJE "
                "(Reuters) - Seven people were killed in a crush at a nightclub in Skopje "
                "early on Sunday after a fire alarm sparked panic, police said. The club's "
                "staff were detained for questioning, police said. The interior minister said "
                "the club had no valid licence."
            ),
            (
                "Seven dead in nightclub stampede in North Macedonia\n\nSunday, February 22, "
                "2026\n\nSKOPJE (AP) - A stampede at a nightclub in the North Macedonian "
                "capital killed seven young people. Police detained the owner and eight "
                "employees."
            ),
        ],
        "casualties",
        "absent",
        r"^1 detained: club's staff",
    ),
    (
        "G09_park_min_soo_held",
        "2026-05-26",
        [
            (
                "Seoul crane collapse kills four\n\nTuesday, May 26, 2026\n\nSEOUL (Reuters) - "
                "A tower crane collapsed at a building site in Seoul on Tuesday, killing four "
                "workers, fire officials said. Police detained Park Min-soo, the site "
                "supervisor, and said they would question the crane's owner."
            ),
            (
                "Four dead in Seoul crane collapse\n\nTuesday, May 26, 2026\n\nSEOUL (Yonhap) "
                "- Four workers died when a crane fell at a construction site in Seoul. The "
                "site supervisor was detained, police said."
            ),
        ],
        "casualties",
        "absent",
        r"^1 detained: (soo|-|Park Min )",
    ),
    (
        "C02_called_wife_before_brigade",
        "2026-02-07",
        [
            (
                "Hotel fire kills four in Bucharest\n\nSaturday, February 7, 2026\n\nBUCHAREST "
                "(Reuters) - A fire at a hotel in central Bucharest killed four people early "
                "on Saturday, emergency officials said. A receptionist called the fire brigade "
                "at 1:45 a.m., the emergency inspectorate said. Firefighters rescued 40 guests."
            ),
            (
                "Four die in Bucharest hotel blaze\n\nSaturday, February 7, 2026\n\nBUCHAREST "
                "(AP) - Four guests died in a hotel fire in the Romanian capital. One of the "
                "victims, a 52-year-old engineer, called his wife at 2:30 a.m. to say he was "
                "trapped in his room, minutes before the fire brigade reached his floor, his "
                "brother said."
            ),
        ],
        "disputes",
        "absent",
        r"emergency call",
    ),
    (
        "C04_alarm_rang_vs_call",
        "2026-03-14",
        [
            (
                "Care home fire kills six in Hamburg\n\nSaturday, March 14, 2026\n\nBERLIN "
                "(Reuters) - A fire at a care home in Hamburg killed six residents early on "
                "Saturday, police said. The fire alarm rang at 3:12 a.m., and staff began "
                "moving residents out of the building, a police spokesman said."
            ),
            (
                "Six elderly residents die in Hamburg care home fire\n\nSaturday, March 14, "
                "2026\n\nHAMBURG (dpa) - Six residents died in a fire at a care home in "
                "Hamburg. Staff called the fire brigade at 3:40 a.m., after trying to put out "
                "the fire themselves, the fire service said."
            ),
        ],
        "disputes",
        "absent",
        r"emergency call",
    ),
    (
        "C06_911_two_calls_shooting",
        "2026-05-19",
        [
            (
                "Gunman kills five at Texas warehouse\n\nTuesday, May 19, 2026\n\nHOUSTON "
                "(Reuters) - A gunman killed five people at a distribution warehouse in "
                "Houston on Tuesday night, police said. The first 911 call came in at 10:02 "
                "p.m., Police Chief Noe Diaz said. The gunman was shot dead by officers."
            ),
            (
                "Five killed in Houston warehouse shooting\n\nTuesday, May 19, 2026\n\nHOUSTON "
                "(AP) - Five people were killed in a shooting at a warehouse. A worker hiding "
                "in a freezer called 911 at 10:40 p.m., after hearing a second burst of "
                "gunfire, his sister said."
            ),
        ],
        "disputes",
        "absent",
        r"emergency call",
    ),
    (
        "C10_nurse_call_then_hours_later",
        "2026-12-03",
        [
            (
                "Fire in Athens hospital ward kills two patients\n\nThursday, December 3, "
                "2026\n\nATHENS (Reuters) - A fire in an intensive care ward of an Athens "
                "hospital killed two patients on Thursday, the health ministry said. A nurse "
                "raised the alarm and called the fire service at 4:05 a.m., the ministry said."
            ),
            (
                "Two patients die in Athens hospital fire\n\nThursday, December 3, 2026\n\n"
                "ATHENS (AP) - Two patients died in a hospital fire. Hospital managers phoned "
                "the fire service again at 5:20 a.m. to report smoke in a second wing, fire "
                "officials said."
            ),
        ],
        "disputes",
        "absent",
        r"emergency call",
    ),
    (
        "C09_legit_call_dispute",
        "2026-11-12",
        [
            (
                "Fire at Kaunas factory kills three\n\nThursday, November 12, 2026\n\nVILNIUS "
                "(Reuters) - A fire at a furniture factory in Kaunas killed three workers on "
                "Thursday, the fire service said. Staff called the 112 emergency number at "
                "1:55 a.m., the fire service said."
            ),
            (
                "Three workers die in Kaunas factory fire\n\nThursday, November 12, 2026\n\n"
                "KAUNAS, Lithuania (BNS) - Three workers died in a factory fire in Kaunas. The "
                "first call about the fire was logged at 2:25 a.m., the emergency response "
                "centre said."
            ),
        ],
        "disputes",
        "present",
        r"^When the emergency call was made",
    ),
    (
        "D01_last_monday_and_since_monday_same_day",
        "2026-05-08",
        [
            (
                "Residents of flooded Alzira still without water\n\nFriday, May 8, 2026\n\n"
                "VALENCIA, Spain (Reuters) - Residents of Alzira, where floods killed four "
                "people last Monday, said on Friday they had had no clean water since Monday. "
                "Regional officials said tankers would bring water on Saturday."
            ),
            (
                "Alzira counts cost of deadly floods\n\nFriday, May 8, 2026\n\nALZIRA, Spain "
                "(AP) - Families in the town of Alzira, where a flash flood killed four people "
                "last Monday, were still clearing mud on Friday. 'We haven't had water since "
                "Monday,' said Carmen Ruiz, 61, whose house was flooded last Monday."
            ),
        ],
        "when",
        "absent",
        r"^last Monday 2026-04-27",
    ),
    (
        "E03_mayor_elected_in_2021",
        "2026-01-09",
        [
            (
                "Power restored in Kharkiv after strike on plant\n\nFriday, January 9, 2026\n\n"
                "KYIV (Reuters) - Power was restored to most of Kharkiv on Friday after three "
                "days without electricity following a Russian missile strike on a power plant "
                "that killed two workers, officials said."
            ),
            (
                "Kharkiv lights back on after three-day blackout\n\nFriday, January 9, 2026\n\n"
                "KHARKIV, Ukraine (AP) - Mayor Ihor Terekhov, first elected in 2020, said the "
                "city had been without power for three days after the strike, which killed two "
                "people."
            ),
        ],
        "when",
        "present",
        r"P3D",
    ),
    (
        "E04_founded_in_1998",
        "2026-06-05",
        [
            (
                "Fire halts production at Polish furniture maker\n\nFriday, June 5, 2026\n\n"
                "WARSAW (Reuters) - A fire at a furniture factory near Poznan killed one "
                "worker on Monday and will halt production for two weeks, the company said on "
                "Friday."
            ),
            (
                "Polish factory fire kills worker\n\nFriday, June 5, 2026\n\nPOZNAN, Poland "
                "(PAP) - Founded in 1998, the family-run company said it would halt production "
                "for two weeks after the fire, in which one worker died."
            ),
        ],
        "when",
        "present",
        r"P2W",
    ),
    (
        "H02_airport_opened_1994",
        "2026-05-15",
        [
            (
                "Airport reopens after deadly fuel depot fire\n\nFriday, May 15, 2026\n\nOSLO "
                "(Reuters) - Oslo's Gardermoen airport reopened on Friday after a fire at a "
                "fuel depot that killed two workers kept it closed for two days, operator "
                "Avinor said."
            ),
            (
                "Gardermoen airport back in operation\n\nFriday, May 15, 2026\n\nOSLO (NTB) - "
                "The airport, which opened in 1998, was closed for two days after the fuel "
                "depot fire, Avinor said. About 900 flights were cancelled."
            ),
        ],
        "when",
        "present",
        r"P2D",
    ),
    (
        "F06_fire_officer_gray",
        "2026-10-03",
        [
            (
                "Warehouse fire in Cork kills two firefighters\n\nSaturday, October 3, 2026\n\n"
                "DUBLIN (Reuters) - Two firefighters were killed when the roof of a burning "
                "warehouse collapsed in Cork on Friday night, officials said. Donal Gray, the "
                "chief fire officer for Cork city, said the building had no sprinklers. Donal "
                "Moore, the owner of the warehouse, said it had passed an inspection in June."
            ),
            (
                "Two firefighters die in Cork warehouse blaze\n\nSaturday, October 3, 2026\n\n"
                "CORK, Ireland (AP) - Two firefighters died after a roof collapsed as they "
                "fought a fire in a warehouse in Cork. The cause of the fire was not known."
            ),
        ],
        "who",
        "present",
        r"^Donal Gray",
    ),
    (
        "G01_gwen_price_council_leader",
        "2026-11-21",
        [
            (
                "Floods in south Wales kill two\n\nSaturday, November 21, 2026\n\nLONDON "
                "(Reuters) - Floods swept through towns in the Rhondda valley in south Wales "
                "on Saturday, killing two people and forcing hundreds from their homes, police "
                "said. Gwen Price, the leader of Rhondda Cynon Taf council, said the culverts "
                "had been cleared only last month and the rain had simply overwhelmed them. "
                "Natural Resources Wales issued 30 flood warnings."
            ),
            (
                "Two dead as floods hit Rhondda\n\nSaturday, November 21, 2026\n\nCARDIFF (PA) "
                "- Two people died in floods in the Rhondda on Saturday. Residents said "
                "blocked culverts had made the flooding worse. 'This was a disaster waiting to "
                "happen,' said Dai Jenkins, 64, whose house flooded."
            ),
        ],
        "who",
        "present",
        r"^Gwen Price",
    ),
    (
        "G04_lawyer_not_accept_responsibility",
        "2026-02-16",
        [
            (
                "Nursing home owner charged over Madrid fire\n\nMonday, February 16, 2026\n\n"
                "MADRID (Reuters) - Spanish prosecutors on Monday charged the owner of a "
                "nursing home where a fire killed nine residents in January. Prosecutors "
                "accuse Alberto Serrano of ignoring repeated orders to install fire doors. His "
                "lawyer, Elena Marin, said Serrano did not accept responsibility for a fire "
                "started by a faulty heater. The home has been closed."
            ),
            (
                "Owner of fire-hit Madrid care home charged\n\nMonday, February 16, 2026\n\n"
                "MADRID (AP) - The owner of a Madrid nursing home where nine elderly people "
                "died in a January fire was charged with homicide by negligence."
            ),
        ],
        "disputes",
        "present",
        r"^Accounts differ",
    ),
    (
        "G07_lawyer_no_confession",
        "2026-09-08",
        [
            (
                "Driver charged over Lisbon tram crash\n\nTuesday, September 8, 2026\n\nLISBON "
                "(Reuters) - Portuguese prosecutors charged the driver of a tram that derailed "
                "in Lisbon last week, killing five people. Prosecutors accuse Rui Carvalho of "
                "ignoring a brake warning light. Carvalho's lawyer, Paula Lopes, said her "
                "client had never confessed to anything and that the warning light had been "
                "faulty for weeks. Carvalho is free pending trial."
            ),
            (
                "Lisbon tram driver charged\n\nTuesday, September 8, 2026\n\nLISBON (AP) - The "
                "driver of a tram that derailed in Lisbon last week, killing five, was charged "
                "on Monday."
            ),
        ],
        "disputes",
        "present",
        r"^Accounts differ",
    ),
]


# Cases a hostile review of stop 46 wrote against its rules (a crowd count answering a route's
# length, a season of patients, "Firefighters then ...", a rival's clause about other things):
# each was worse than before until mended. (id, day, article texts, field, present|absent, pattern)
_REVIEWED_46 = [
    (
        "M4_protest",
        "2025-03-15",
        [
            (
                "BELGRADE (Reuters) - Tens of thousands of people rallied in Belgrade on "
                "Saturday against the government, the biggest protest in years.\n\nPolice put "
                "the number at 107,000 people. The rally filled about 2 kilometres of streets "
                "around parliament. The Public Assembly Archive, an independent monitoring "
                "group, said 325,000.\n\nPolice said 22 people were detained and 13 officers "
                "were injured; organisers said 56 protesters were hurt."
            ),
            (
                "BELGRADE (AP) - A huge crowd protested in Belgrade on Saturday. Police said "
                "107,000 people attended, while independent monitors said 325,000."
            ),
        ],
        "disputes",
        "absent",
        r"^How far \(kilometre\)",
    ),
    (
        "K6_crowd_then_distance_real",
        "2024-12-22",
        [
            (
                "BELGRADE (Reuters) - Tens of thousands of people marched through Belgrade on "
                "Saturday against government corruption, witnesses said.\n\nPolice estimated "
                "the crowd at 24,000 people. The march covered about 4 kilometres from "
                "Slavija square to parliament. An independent monitoring group, the Public "
                "Assembly Archive, said 107,000."
            ),
        ],
        "disputes",
        "absent",
        r"^How far \(kilometre\)",
    ),
    (
        "K7_river_level_then_evacuated",
        "2024-09-14",
        [
            (
                "BUCHAREST (Reuters) - Floods in eastern Romania killed four people on "
                "Saturday, officials said.\n\nThe Siret river rose to 7.5 metres at Lungoci, "
                "well above its flood level, the hydrological institute said. Emergency "
                "services have reported 5,000, most of them in Galati county, evacuated from "
                "their homes."
            ),
        ],
        "disputes",
        "absent",
        r"^How far \(metre\)",
    ),
    (
        "E2_crowd_then_route",
        "2024-05-12",
        [
            (
                "TBILISI (Reuters) - Tens of thousands of people marched through the Georgian "
                "capital on Sunday to protest against a draft law on foreign "
                "agents.\n\nPolice estimated the crowd at about 4,000. The march stretched "
                "for about 3 kilometres along Rustaveli Avenue. Organisers said "
                "50,000.\n\nThe protest ended peacefully late on Sunday."
            ),
        ],
        "disputes",
        "absent",
        r"^How far \(kilometre\)",
    ),
    (
        "D3_depth_then_magnitude",
        "2024-04-30",
        [
            (
                "JAKARTA (Reuters) - A strong earthquake struck off the Indonesian island of "
                "Sulawesi on Tuesday, shaking buildings, but there were no immediate reports "
                "of damage, officials said.\n\nThe quake struck at a depth of 10 kilometres, "
                "the U.S. Geological Survey said. Indonesia's geophysics agency BMKG said "
                "5.9."
            ),
        ],
        "disputes",
        "absent",
        r"^How far \(kilometre\)",
    ),
    (
        "D1_rain_then_people",
        "2024-07-24",
        [
            (
                "MANILA (Reuters) - Typhoon Gaemi dumped more than 300 millimetres of rain on "
                "Manila on Wednesday, flooding large parts of the capital, the weather bureau "
                "said.\n\nThe storm brought 300 millimetres of rain in 24 hours. The disaster "
                "agency said 12, including two children.\n\nSchools and government offices "
                "were closed."
            ),
        ],
        "disputes",
        "absent",
        r"^How many millimetres",
    ),
    (
        "N6_health_minister_treated_last_year",
        "2024-11-18",
        [
            (
                "NEW DELHI (Reuters) - Toxic smog shrouded New Delhi on Monday, forcing "
                "schools to close.\n\nHealth Minister Saurabh Bharadwaj said 2,000 people "
                "were treated for breathing problems at city hospitals last week. The health "
                "department said 35,000 were treated over the whole of last winter."
            ),
        ],
        "casualties",
        "absent",
        r"35,000|35000",
    ),
    (
        "C3_treated_outpatients_heat",
        "2024-08-11",
        [
            (
                "ATHENS (Reuters) - A wildfire north of Athens forced the evacuation of "
                "several villages on Sunday, the fire service said.\n\nNurses at the health "
                "centre in Marathon said 60 people were treated, most of them tourists with "
                "routine complaints unrelated to the fire. The fire service said no one had "
                "been hurt."
            ),
        ],
        "casualties",
        "present",
        r"^no one injured",
    ),
    (
        "B9_treated_correct",
        "2024-09-06",
        [
            (
                "BOGOTA (Reuters) - A gas explosion at a restaurant in Bogota on Friday "
                "injured several diners, police said.\n\nThe health ministry says 27 people "
                "were treated, most of them for burns and cuts. Doctors said 11 were treated "
                "and released."
            ),
        ],
        "disputes",
        "absent",
        r"^How many were injured",
    ),
    (
        "C4_treated_subset_released",
        "2024-05-23",
        [
            (
                "MUMBAI (Reuters) - A fire at a chemical factory near Mumbai killed three "
                "workers on Thursday, officials said.\n\nDoctors said 25 people were treated "
                "for burns and smoke inhalation. Hospital officials said 14 were treated and "
                "discharged, while 11 remained in hospital."
            ),
        ],
        "disputes",
        "absent",
        r"^How many were injured",
    ),
    (
        "B6_treated_vaccination",
        "2024-02-20",
        [
            (
                "KINSHASA (Reuters) - Congo began a cholera vaccination campaign in North "
                "Kivu on Tuesday after an outbreak killed 40 people, health officials "
                "said.\n\nThe health ministry said 12,000 people were vaccinated in the first "
                "two days, and that 300 people were treated last month. Doctors Without "
                "Borders said 2,000 people have been treated since January."
            ),
        ],
        "what",
        "present",
        r"12,000 people were vaccinated",
    ),
    (
        "L_r3b",
        "2024-06-15",
        [
            (
                "ANKARA (Reuters) - A Ferris wheel collapsed at an amusement park in Ankara "
                "on Saturday, injuring three people, the governor's office said.\n\nA ride "
                "run by the same company collapsed in Izmir in 2017, killing one person and "
                "injuring seven. Seven people were taken to hospital, and two needed surgery."
            ),
            (
                "ANKARA (AP) - Three people were hurt when a Ferris wheel gave way at a "
                "funfair in Ankara on Saturday, officials said.\n\nIn 2017, a ride run by the "
                "same company collapsed in Izmir, killing one person and injuring seven."
            ),
        ],
        "casualties",
        "absent",
        r"^7 taken to hospital(?!.*2017)",
    ),
    (
        "I3_firefighters_then_no_one",
        "2024-03-07",
        [
            (
                "NAIROBI (Reuters) - A fire broke out at Gikomba market in central Nairobi on "
                "Thursday, destroying hundreds of stalls, officials said.\n\nIn 2019, a fire "
                "at the market killed three traders. Firefighters then contained Thursday's "
                "blaze within two hours, and no one was hurt, the county government said."
            ),
        ],
        "casualties",
        "present",
        r"^no one injured",
    ),
    (
        "H5_firefighters_then_current_no_one",
        "2024-03-07",
        [
            (
                "NAIROBI (Reuters) - A fire broke out at a market in central Nairobi on "
                "Thursday, destroying hundreds of stalls, officials said.\n\nThe market was "
                "gutted by a similar blaze in 2019 that killed three traders. Firefighters "
                "then brought the fire under control within two hours, and no one was hurt, "
                "the county government said."
            ),
        ],
        "casualties",
        "present",
        r"^no one injured",
    ),
    (
        "I2_investigators_there_cause",
        "2024-06-15",
        [
            (
                "ANKARA (Reuters) - A roller coaster derailed at an amusement park in Ankara "
                "on Saturday, injuring seven people, the governor's office said.\n\nA ride at "
                "the same park collapsed in 2017, injuring four people. Investigators there "
                "blamed a cracked wheel assembly for Saturday's derailment, the governor's "
                "office said. The park operator said a power surge caused the derailment."
            ),
        ],
        "disputes",
        "present",
        r"^What caused it",
    ),
    (
        "I4_officials_there_where",
        "2024-12-03",
        [
            (
                "CHENNAI, India (Reuters) - Heavy rain flooded large parts of the southern "
                "Indian city of Chennai on Tuesday, officials said.\n\nIn 2015, floods killed "
                "more than 400 people in Tamil Nadu. Officials there said on Tuesday that "
                "3,000 people had been moved to shelters in Tambaram and Velachery."
            ),
        ],
        "what",
        "present",
        r"3,000 people had been moved to shelters",
    ),
    (
        "I6_police_then_accounts",
        "2024-06-25",
        [
            (
                "NAIROBI (Reuters) - Police fired tear gas at protesters in Nairobi on "
                "Tuesday, witnesses said.\n\nIn 2023, police shot dead 30 protesters during "
                "demonstrations against the cost of living. Police then said on Tuesday that "
                "officers had fired only rubber bullets, but Amnesty International said live "
                "rounds were used."
            ),
        ],
        "what",
        "present",
        r"rubber bullets",
    ),
    (
        "L_r5f",
        "2024-01-14",
        [
            (
                "ISTANBUL (Reuters) - A building collapsed in Istanbul on Sunday.\n\nThe "
                "governor said 30 apartments were in the building; the municipality said 12 "
                "apartments were empty at the time."
            ),
        ],
        "disputes",
        "absent",
        r"apartments",
    ),
    (
        "L_r5c",
        "2024-08-11",
        [
            (
                "ATHENS (Reuters) - A wildfire burned north of Athens on Sunday.\n\nThe fire "
                "service said 500 firefighters were deployed; the mayor said 200 firefighters "
                "came from other regions."
            ),
        ],
        "disputes",
        "absent",
        r"^How many firefighters",
    ),
    (
        "L_r5d",
        "2024-07-24",
        [
            (
                "MANILA (Reuters) - Typhoon Gaemi brought torrential rain to the Philippines "
                "on Wednesday.\n\nThe weather bureau said 200 millimetres fell in Manila; the "
                "disaster agency said 350 millimetres fell in Baguio."
            ),
        ],
        "disputes",
        "absent",
        r"^How many millimetres",
    ),
    (
        "B1_suspects_to_hospital",
        "2024-06-16",
        [
            (
                "JOHANNESBURG (Reuters) - Two people were killed when gunmen opened fire at a "
                "tavern in Soweto on Saturday night, police said.\n\nOfficers arrested three "
                "suspects near the scene and took the three men to hospital for blood tests, "
                "police spokeswoman Brenda Muridili said. Five people were wounded in the "
                "shooting."
            ),
        ],
        "casualties",
        "absent",
        r"^3 taken to hospital",
    ),
    (
        "J1_gebze_outside_istanbul",
        "2024-04-16",
        [
            (
                "ISTANBUL (Reuters) - An explosion at a chemical plant in the Gebze district, "
                "outside Istanbul, killed three workers on Tuesday, the Kocaeli governor's "
                "office said.\n\nThe blast in Gebze, an industrial hub in Kocaeli province, "
                "shattered windows several kilometres away. Firefighters from Istanbul helped "
                "bring the blaze under control."
            ),
            (
                "KOCAELI, Turkey (AP) - Three workers died when a reactor exploded at a "
                "chemical factory in Gebze on Tuesday, officials said. Gebze lies about 50 km "
                "east of Istanbul."
            ),
        ],
        "where",
        "absent",
        r"^Gebze district of Istanbul",
    ),
    (
        "F6_distance_same_place_other_words",
        "2024-05-14",
        [
            (
                "VILNIUS (Reuters) - Villagers near Kaunas protested on Tuesday against a "
                "quarry whose blasting they say has cracked their homes.\n\nThe quarry "
                "operator said its blasting site lies 800 metres from Rudninkai. Villagers "
                "said the blasts were set off only 150 metres from their village."
            ),
        ],
        "disputes",
        "present",
        r"^How far \(metre\)",
    ),
    (
        "G5_not_only_but",
        "2024-11-04",
        [
            (
                "DHAKA (Reuters) - A fire at a garment factory killed 11 workers on Monday, "
                "officials said.\n\nThe fire service said the blaze was caused by an "
                "electrical short circuit. The workers' union said the deaths were not caused "
                "by the fire alone but by locked exits, which trapped workers inside."
            ),
        ],
        "disputes",
        "absent",
        r"^What caused it",
    ),
    (
        "L_r8d",
        "2024-06-25",
        [
            (
                "NAIROBI (Reuters) - Clashes broke out at a protest in Nairobi on "
                "Tuesday.\n\nPolice said 14 people were injured when protesters stormed a "
                "police station, but rights groups said 31 people were shot when police fired "
                "live rounds into a peaceful crowd."
            ),
            (
                "NAIROBI (AP) - Police said 14 people were hurt in Tuesday's clashes. Rights "
                "groups said 31 were injured."
            ),
        ],
        "disputes",
        "present",
        r"^Accounts differ: Police",
    ),
]


# Cases a hostile review of stop 47 wrote against its rules (synonym states, a whole with its
# own state, "says it was six" of hours, a place's own total, a place shared by a chief and a
# bar association, an unnamed union head and another body's chief, a date inside a name, two
# airports in two cities): each was worse than before until mended.
_REVIEWED_47 = [
    (
        "R01_flights_synonym",
        "2026-03-04",
        [
            (
                "LISBON (Reuters) - A strike by ground handlers disrupted Lisbon's "
                "Humberto Delgado airport on Tuesday. Airport operator ANA said 180 "
                "flights were cancelled at Lisbon airport because of the handlers' strike. "
                "The handlers' union SITAVA contested that, saying 260 flights were "
                "scrapped at Lisbon airport because of the strike."
            ),
        ],
        "disputes",
        "present",
        r"^How many flights",
    ),
    (
        "R02_trains_kept",
        "2026-03-04",
        [
            (
                "BRUSSELS (Reuters) - A national rail strike cut services across Belgium "
                "on Tuesday. Rail operator SNCB said 1,200 trains kept running through the "
                "day. The CGSP rail union contested that, saying only 700 trains were "
                "running at the peak."
            ),
        ],
        "disputes",
        "present",
        r"^How many trains",
    ),
    (
        "R03_sheep_lost",
        "2026-03-04",
        [
            (
                "CARDIFF (Reuters) - A late snowstorm killed thousands of sheep on hill "
                "farms in mid-Wales this week. The National Farmers' Union said 4,200 "
                "sheep had died in the drifts, while the Welsh government said 2,900 sheep "
                "were lost across the affected area."
            ),
        ],
        "disputes",
        "present",
        r"^How many sheep",
    ),
    (
        "R06_had_whole",
        "2026-03-04",
        [
            (
                "MADRID (Reuters) - A cabin crew strike hit Ryanair's Spanish bases on "
                "Tuesday. Ryanair said it had 84 flights cancelled by the walkout. The USO "
                "union disputed that, saying 130 flights were cancelled at Spanish "
                "airports."
            ),
        ],
        "disputes",
        "present",
        r"^How many flights",
    ),
    (
        "R07_says_it_was_hours",
        "2026-03-04",
        [
            (
                "LIMA (Reuters) - Fourteen people were killed when a bus overturned on a "
                "mountain road in Peru's Ayacucho region on Tuesday, police said. Police "
                "said the driver had been at the wheel for 11 hours; his employer says it "
                "was six."
            ),
        ],
        "disputes",
        "absent",
        r"^How many were killed",
    ),
    (
        "R08_isiolo_total",
        "2026-03-04",
        [
            (
                "NAIROBI (Reuters) - The drought in northern Kenya has killed thousands of "
                "cattle, officials said on Tuesday. The agriculture ministry said 2,300 "
                "cattle had died in Marsabit county since January; neighbouring Isiolo's "
                "total is about 1,100."
            ),
        ],
        "disputes",
        "absent",
        r"^How many cattle",
    ),
    (
        "R10_antalya_police",
        "2026-03-04",
        [
            (
                "ANTALYA, Turkey (Reuters) - The Antalya Bar Association said on Tuesday "
                "that police had kept lawyers away from detained fans for more than 12 "
                "hours after Sunday's stadium crush. Hakan Yilmaz, Antalya's police chief, "
                "denied that lawyers had been kept away, saying all detainees saw a lawyer "
                "within two hours."
            ),
        ],
        "disputes",
        "present",
        r"^Denied by Hakan Yilmaz",
    ),
    (
        "R12_flights_trains_pooled",
        "2026-03-04",
        [
            (
                "AMSTERDAM (Reuters) - Storm Ciaran brought transport in the Netherlands "
                "to a halt on Tuesday. Schiphol airport said 120 flights were cancelled "
                "because of the storm. Rail operator NS said 120 trains were cancelled, "
                "while the rail union FNV said 340 trains were cancelled because of the "
                "storm."
            ),
        ],
        "disputes",
        "absent",
        r"120 flights",
    ),
    (
        "R13_building_age_says",
        "2026-03-04",
        [
            (
                "MALATYA, Turkey (Reuters) - Fourteen people were killed when a "
                "five-storey apartment block collapsed in Malatya on Tuesday, the disaster "
                "agency AFAD said. Residents said the building was more than 40 years old, "
                "but the municipality says it was 12."
            ),
        ],
        "disputes",
        "absent",
        r"^How many were killed",
    ),
    (
        "R15_denial_synonym",
        "2026-03-04",
        [
            (
                "VALENCIA, Spain (Reuters) - Paiporta's mayor said the town's sirens never "
                "sounded before the flood hit on Sunday night. Valencia's regional "
                "emergency service rejected claims that the alarm system failed when the "
                "flood hit Paiporta on Sunday night."
            ),
        ],
        "disputes",
        "present",
        r"^Denied by Valencia",
    ),
    (
        "R17_union_head_company_ceo",
        "2026-03-04",
        [
            (
                "CAIRO (Reuters) - The head of Egypt's bus drivers' union on Friday "
                "rejected claims that the driver was speeding when the bus plunged off a "
                'bridge in Cairo, killing nine people. "Our data shows the bus was doing '
                '95 kilometres an hour in a 60 zone," said Ahmed Saleh, chief executive of '
                "the Cairo Transport Authority, which operates the bus."
            ),
        ],
        "disputes",
        "present",
        r"^Denied by head of Egypt",
    ),
    (
        "R18_disagreement_clocks",
        "2026-03-04",
        [
            (
                "ATHENS (Reuters) - A wildfire forced the evacuation of the village of "
                "Varnavas north of Athens on Tuesday. There is still no agreed timeline "
                "for the evacuation. The mayor of Varnavas said buses reached the village "
                "square at 6:10 p.m. Police said the last residents left the village at "
                "7:30 p.m."
            ),
        ],
        "disputes",
        "absent",
        r"^Accounts differ: mayor of Varnavas",
    ),
    (
        "R21_date_in_name",
        "2026-03-04",
        [
            (
                "TUNIS (Reuters) - The interior ministry said on Tuesday that police had "
                "opened all the stadium gates before the crush at Rades stadium. The head "
                "of the Association of the Victims of 14 January rejected the ministry's "
                "account, saying the gates had stayed locked."
            ),
        ],
        "disputes",
        "present",
        r"Victims of 14 January",
    ),
    (
        "R22_two_airports_one_report",
        "2026-03-04",
        [
            (
                "KABUL (Reuters) - A suicide bomber killed 12 people at Kabul Airport on "
                "Tuesday, police said. Hours later a second bomb killed nine people at "
                "Kandahar Airport, officials said."
            ),
        ],
        "disputes",
        "absent",
        r"^How many were killed",
    ),
    (
        "R24_with_ships",
        "2026-03-04",
        [
            (
                "ROTTERDAM (Reuters) - Gale-force winds shut the port of Rotterdam for a "
                "second day on Tuesday, with 60 ships stranded at anchor, the port "
                "authority said. The pilots' association contested that, saying 85 ships "
                "were stranded at anchor."
            ),
        ],
        "disputes",
        "present",
        r"^How many ships",
    ),
    (
        "R25_schools_shut",
        "2026-03-04",
        [
            (
                "ABUJA (Reuters) - A teachers' strike closed schools across Abuja on "
                "Tuesday. The education ministry said 120 schools had closed in the "
                "capital territory. The teachers' union contested that, saying 300 schools "
                "were shut in the capital territory."
            ),
        ],
        "disputes",
        "present",
        r"^How many schools",
    ),
    (
        "R27_has_aircraft_grounded",
        "2026-03-04",
        [
            (
                "ISTANBUL (Reuters) - Turkish Airlines said on Tuesday it has 50 aircraft "
                "grounded for engine checks after a fault was found on an A321neo. The "
                "pilots' union contested that, saying 80 aircraft were grounded for engine "
                "checks."
            ),
        ],
        "disputes",
        "present",
        r"^How many aircraft",
    ),
    (
        "R28_kenya_police_chief",
        "2026-03-04",
        [
            (
                "NAIROBI (Reuters) - The Kenya Red Cross said on Tuesday that police had "
                "blocked its ambulances from reaching injured protesters in central "
                "Nairobi for several hours. Douglas Kanja, Kenya's police chief, denied "
                "that ambulances had been blocked, saying officers had cleared a path for "
                "them."
            ),
        ],
        "disputes",
        "present",
        r"^Denied by Douglas Kanja",
    ),
    (
        "R30_cattle_sheep_pooled",
        "2026-03-04",
        [
            (
                "GABORONE (Reuters) - Botswana has culled livestock in the north-east to "
                "contain an outbreak of foot-and-mouth disease. In the Tati district, 500 "
                "cattle were vaccinated on Monday and 500 sheep were vaccinated on "
                "Tuesday, the agriculture ministry said. The ministry said 2,000 cattle "
                "were culled near Francistown. Officials said 9,000 sheep were culled near "
                "Francistown."
            ),
        ],
        "disputes",
        "absent",
        r"^How many cattle.*sheep",
    ),
    (
        "R32_when_clause_content",
        "2026-03-04",
        [
            (
                "LUSAKA (Reuters) - Villagers in Kalulushi said on Tuesday that no "
                "Chambishi Copper staff were at the tailings dam when the dam burst on "
                "Sunday night. Chambishi Copper rejected accusations that its engineers "
                "were absent when the dam burst on Sunday night."
            ),
        ],
        "disputes",
        "present",
        r"^Denied by Chambishi Copper",
    ),
]

# Cases a hostile review of stop 48 wrote against its rules (a clause before a semicolon said
# so by the next voice, a bare figure as its clause's subject, a town given a count, a
# congregation or a procession held, figure accounts carrying more, two things sharing
# figures, a distributor named by its name, what a clause about others found, a campaign's
# or an earlier fire's cause, a year's statistics): each was worse than before until mended.
_REVIEWED_48 = [
    (
        "c01_semicolon_prices",
        "2026-03-04",
        [
            (
                "ODESA, Ukraine (Reuters) - A strike by dock workers at the port of "
                "Odesa has halted grain loading for a third day, leaving 42 bulk "
                "carriers waiting at anchor, port officials said on Wednesday.\n\nThe "
                "dock workers' union counts 3,100 members on strike; the port "
                "authority says about 2,400. The union wants a 20 percent pay rise.\n\n"
                "Grain exports will fall sharply this month; the agriculture minister "
                "said so on Tuesday, warning that buyers in Egypt and Turkey could "
                'turn to Russian supplies.\n\n"We cannot keep ships waiting forever," '
                "port director Oleksandr Marchenko told reporters."
            ),
        ],
        "reactions",
        "present",
        r"Grain exports will fall",
    ),
    (
        "c02_r1_saidso",
        "2026-03-02",
        [
            (
                "UTRECHT, Netherlands (Reuters) - Train fares in the Netherlands will "
                "rise by 8 percent from April 1, the biggest increase in a decade, "
                "Dutch railway operator NS said on Monday.\n\nThe increase is "
                "unavoidable; the infrastructure minister said so in parliament last "
                "week, citing higher energy and staff costs.\n\nPassenger group Rover "
                'called the rise "a slap in the face for commuters" and said it would '
                "ask parliament to block it."
            ),
            (
                "AMSTERDAM (Reuters) - Dutch commuter groups on Monday condemned an 8 "
                "percent rise in train fares announced by national operator NS.\n\nFares "
                "on regional lines will go up even more; NS confirmed it in a "
                'statement, without giving figures.\n\n"People who have no choice but to '
                'take the train are being punished," Rover chairman Freek Bos said.'
            ),
        ],
        "reactions",
        "present",
        r"The increase is unavoidable",
    ),
    (
        "c04_r2_homes_killed",
        "2026-01-22",
        [
            (
                "MAPUTO (Reuters) - Cyclone Dikeledi battered Mozambique's Nampula "
                "province on Thursday with winds of up to 180 km per hour.\n\nThe storm "
                "damaged 300 homes in the coastal town of Angoche, the national "
                "disaster agency INGD said, while the Red Cross says 12 were killed.\n\n"
                "Power and telephone lines were down across much of the province."
            ),
            (
                "NAMPULA, Mozambique (Reuters) - Cyclone Dikeledi killed 12 people and "
                "destroyed or damaged hundreds of homes in northern Mozambique on "
                "Thursday, the Red Cross said.\n\nINGD said about 300 homes were damaged "
                "in Angoche and that teams had not yet reached several inland "
                "districts."
            ),
        ],
        "disputes",
        "absent",
        r"^How many homes",
    ),
    (
        "c06_r2_tonnes",
        "2026-03-10",
        [
            (
                "IZMIR, Turkey (Reuters) - An explosion tore through a fertiliser "
                "warehouse in the Turkish port city of Izmir on Tuesday, shattering "
                "windows across the Alsancak district.\n\nThe warehouse held 400 tonnes "
                "of ammonium nitrate, the port operator said, while police estimated "
                "40 were at the site when the blast happened.\n\nFire crews were still "
                "working to put out the blaze late on Tuesday. The cause of the "
                "explosion was not known."
            ),
        ],
        "disputes",
        "absent",
        r"^How many tonnes",
    ),
    (
        "c07_r8_but_were",
        "2026-10-09",
        [
            (
                "LJUBLJANA (Reuters) - Slovenia's medicines agency JAZMP on Friday "
                "ordered a recall of a children's measles vaccine after a "
                "refrigeration failure at a warehouse run by distributor Dravafarm.\n\n"
                "Dravafarm said it had shipped 11,200 doses to clinics. But the health "
                "ministry says 1,900 were already given to children before the "
                "recall.\n\nThe ministry urged parents of vaccinated children to book a "
                "repeat shot with their doctor."
            ),
        ],
        "disputes",
        "absent",
        r"^How many doses",
    ),
    (
        "c08_r3_date_were",
        "2026-03-02",
        [
            (
                "BELGRADE (Reuters) - Tens of thousands of people marched through "
                "central Belgrade at the weekend in the largest protest against "
                "President Aleksandar Vucic's government this year.\n\nPolice said they "
                "stopped 140 buses at checkpoints since Feb. 27. The opposition "
                "coalition says 600 were hired to bring protesters from towns across "
                "Serbia.\n\nThe interior ministry said the checks were routine."
            ),
        ],
        "disputes",
        "absent",
        r"^How many buses",
    ),
    (
        "c10_r2_insists_only",
        "2026-01-17",
        [
            (
                "NAIROBI (Reuters) - A fire swept through a flower farm near Lake "
                "Naivasha on Saturday, destroying 85 greenhouses, the farm's owner "
                "Sian Roses said.\n\nThe farm employs 2,000 workers, the company said, "
                "but the union insists only 600 were on shift when the fire started.\n\n"
                "Police said the cause of the blaze was being investigated. No one was "
                "hurt."
            ),
        ],
        "disputes",
        "absent",
        r"^How many workers",
    ),
    (
        "c11_r11_town_counts",
        "2026-10-13",
        [
            (
                "GUATEMALA CITY (Reuters) - A landslide buried a hillside "
                "neighbourhood of Santa Eulalia after days of torrential rain, killing "
                "nine people, Guatemala's disaster agency CONRED said on Tuesday.\n\n"
                "Rain-related deaths across Huehuetenango department rose to 29, with "
                "Santa Eulalia, 9, San Mateo Ixtatan, 14, and San Miguel Acatan, 6, "
                "the worst hit, CONRED spokesman David de Leon told reporters.\n\n"
                "Rescuers were digging through mud with shovels and their bare hands, "
                "and the only road into the valley remained blocked."
            ),
        ],
        "who",
        "absent",
        r"^Santa Eulalia",
    ),
    (
        "c12_r5_congregation",
        "2026-02-12",
        [
            (
                "NAIROBI (Reuters) - Eritrean security forces raided a private home in "
                "Asmara where Christians had gathered to worship, a rights group said "
                "on Thursday.\n\nA congregation of 40 evangelical Christians was held by "
                "police after the raid on Sunday, the group Release Eritrea said. "
                "Among them were 11 women and three children.\n\nEritrea's information "
                "ministry did not respond to a request for comment."
            ),
        ],
        "casualties",
        "present",
        r"40 detained",
    ),
    (
        "c13_r5_wedding_party",
        "2026-05-16",
        [
            (
                "RAMALLAH, West Bank (Reuters) - Israeli soldiers stopped a wedding "
                "convoy at a checkpoint near Nablus on Friday, relatives of the couple "
                "said.\n\nA wedding procession of 30 guests was held at the Huwara "
                "checkpoint for six hours, the bride's uncle, Jamal Odeh, said. Four "
                "of the men were later taken for questioning.\n\nThe Israeli military "
                "said it was looking into the report."
            ),
        ],
        "casualties",
        "present",
        r"30 detained",
    ),
    (
        "c14_r6_account_more",
        "2026-07-08",
        [
            (
                "NAIROBI (Reuters) - Police and protesters clashed in the Kenyan town "
                "of Kitengela on Tuesday during demonstrations over a new housing "
                "levy.\n\nPolice say 21 people were injured when protesters stormed a "
                "police station, while the health ministry says 27 were shot when "
                "police fired into a peaceful crowd.\n\nRights groups called for an "
                "independent inquiry."
            ),
            (
                "KITENGELA, Kenya (Reuters) - Police said on Wednesday that 23 people "
                "were injured in clashes in the Kenyan town of Kitengela, up from an "
                "earlier count.\n\nThe health ministry said 27 people were injured and "
                "that most had gunshot wounds."
            ),
        ],
        "disputes",
        "present",
        r"^Accounts differ: Police and health ministry",
    ),
    (
        "c15_r7_two_things",
        "2026-01-30",
        [
            (
                "ROTTERDAM (Reuters) - Storm-force winds damaged cranes at a container "
                "terminal in the port of Rotterdam on Friday, halting operations, the "
                "port authority said.\n\nThe port authority said 12 cranes were damaged, "
                "while the dockers' union FNV Havens says 15.\n\nNo one was hurt, the "
                "authority said."
            ),
            (
                "ROTTERDAM (Reuters) - A storm that swept the Dutch coast on Friday "
                "tore vessels from their moorings at the Maasvlakte terminal, the port "
                "authority said.\n\nThe port authority said 12 ships broke their "
                "moorings, while the FNV Havens union says 15.\n\nTerminal operator APM "
                "Terminals said it expected work to resume on Saturday."
            ),
        ],
        "disputes",
        "present",
        r"^How many ships",
    ),
    (
        "c16_r9_named_diff",
        "2026-10-09",
        [
            (
                "LJUBLJANA (Reuters) - Thousands of Slovenian children will need "
                "repeat measles shots, the health ministry said on Friday.\n\nDravafarm, "
                "which runs the warehouse, said a power cut during a storm stopped the "
                "cooling system on the night of Oct. 2.\n\nThe medicines agency JAZMP "
                "has recalled 11,200 doses."
            ),
            (
                "MARIBOR, Slovenia (Reuters) - The regional electricity company "
                "Elektro Maribor said on Sunday it recorded no power cut in the area "
                "where a vaccine warehouse's cooling system failed, contradicting the "
                "distributor's explanation.\n\nThe company said its network ran normally "
                "throughout the storm of Oct. 2."
            ),
        ],
        "disputes",
        "present",
        r"^Accounts differ: Dravafarm",
    ),
    (
        "c17_r10_inspection",
        "2026-09-22",
        [
            (
                "GALATI, Romania (Reuters) - A boiler exploded at a steel plant in the "
                "eastern Romanian city of Galati on Tuesday, killing three workers and "
                "injuring five, emergency services said.\n\nThe operator said the plant "
                "was inspected in May by state safety officials, who found no faults "
                "or overdue inspections.\n\nProsecutors have opened a criminal "
                "investigation."
            ),
            (
                "BUCHAREST (Reuters) - Romania's labour ministry on Wednesday "
                "questioned safety checks at a Galati steel plant where a boiler "
                "explosion killed three workers.\n\nThe labour ministry said it had no "
                "record that the plant had been inspected since 2019.\n\nLabour Minister "
                "Florin Manole said he had ordered checks at all steel plants in the "
                "country."
            ),
        ],
        "disputes",
        "present",
        r"^Accounts differ: operator and labour ministry",
    ),
    (
        "c18_r12_cause_justice",
        "2026-08-08",
        [
            (
                "SANTIAGO (Reuters) - Thousands of people marched through Santiago on "
                "Saturday to demand compensation for the families of 12 miners killed "
                'in a tunnel collapse at the El Teniente copper mine last month.\n\n"The '
                'cause is justice for the 12 men and their children," said Rosa '
                "Fuentes, whose husband died in the collapse.\n\nState miner Codelco has "
                "said the collapse was caused by a seismic event and that safety rules "
                "were followed."
            ),
        ],
        "disputes",
        "absent",
        r"^What caused it: Rosa Fuentes",
    ),
    (
        "c24_r13_this_year",
        "2026-03-08",
        [
            (
                "LIMA (Reuters) - A bus carrying 43 passengers plunged into a ravine "
                "in Peru's Andean region of Huancavelica early on Sunday, killing 19 "
                "people, police said.\n\nThe bus was travelling from Lima to the city of "
                "Huancavelica when the driver lost control on a bend, police said.\n\n"
                "This year alone, they said, more than 200 people have died on the "
                "country's mountain roads.\n\nSurvivors were taken to hospitals in "
                "Huancavelica and Lircay.\n\nThis morning she could not stop crying, the "
                "sister of one of the victims told local radio."
            ),
        ],
        "what",
        "absent",
        r"^This year alone",
    ),
    (
        "c26_r2_flights",
        "2026-06-12",
        [
            (
                "PARIS (Reuters) - A strike by French air traffic controllers "
                "disrupted air travel across France on Friday, with the worst delays "
                "at Paris Charles de Gaulle airport.\n\nAir France cancelled 120 flights "
                "on Friday, the airline said, while airport operator Groupe ADP says "
                "300 were delayed by more than an hour.\n\nThe controllers' SNCTA union "
                "is protesting against staff shortages."
            ),
        ],
        "disputes",
        "absent",
        r"^How many flights",
    ),
    (
        "c27_r8_and_next",
        "2026-04-30",
        [
            (
                "NAIROBI (Reuters) - Floods caused by torrential rain have swept "
                "through informal settlements in Nairobi, the Kenyan government said "
                "on Thursday.\n\nThe interior ministry said 4,000 families had been "
                "moved to temporary camps. And the Kenya Red Cross says 1,200 were "
                "still waiting for tents and blankets on Thursday night.\n\nPresident "
                "William Ruto ordered the military to help with rescue operations."
            ),
        ],
        "disputes",
        "absent",
        r"^How many families",
    ),
    (
        "c28_r12_old_fire",
        "2026-04-19",
        [
            (
                "RIGA (Reuters) - A fire gutted one of the pavilions of Riga's "
                "historic Central Market on Sunday, forcing hundreds of traders to "
                "flee, the State Fire and Rescue Service said.\n\nTraders blamed faulty "
                'wiring for the blaze. "The wiring in this pavilion is 90 years old '
                'and everybody knew it," said fishmonger Ilze Berzina.\n\nIn 2009 a '
                "smaller fire damaged the meat pavilion; the cause was a discarded "
                "cigarette, the fire service said.\n\nNo one was injured."
            ),
        ],
        "disputes",
        "absent",
        r"discarded cigarette",
    ),
]


# Cases a hostile review of stop 49 wrote against its rules (a detention told in other
# words than 'arrested', the dead's bodies that had, carried or packed something, the
# grandmother of children who died, a person before a site word and a role, two times of
# the event and of the help that came, a failure of the rescue, negligence kept open, a
# denial of 'such warnings' told two sentences back): each was worse than before until
# mended.
_REVIEWED_49 = [
    (
        "c01_custody",
        "2026-03-04",
        [
            (
                "LAGOS (Reuters) - A fire tore through a warehouse in the Apapa dis"
                "trict of Lagos on Tuesday night, killing five workers, emergency o"
                "fficials said.\n\nThe blaze started shortly after 10 p.m. and burned"
                " for four hours before firefighters brought it under control, said"
                " Ibrahim Farinloye of the National Emergency Management Agency.\n\nP"
                "olice spokesman Benjamin Hundeyin said no one has been arrested. I"
                "nvestigators are examining whether the building's wiring was to bl"
                "ame."
            ),
            (
                "LAGOS (Reuters) - Nigerian police took the owner of a Lagos wareho"
                "use into custody on Thursday after a fire at the building killed f"
                "ive workers, a police spokesman said.\n\nThe owner, a businessman, w"
                "as being held at a police station in Ikeja for questioning over al"
                "leged safety breaches, Benjamin Hundeyin said.\n\nRelatives of the d"
                "ead gathered outside the station demanding answers."
            ),
        ],
        "casualties",
        "absent",
        r"^no one detained",
    ),
    (
        "c02_held",
        "2026-03-09",
        [
            (
                "KARACHI (Reuters) - Gunmen on motorcycles opened fire at a crowded"
                " market in Karachi on Monday, killing three shopkeepers and woundi"
                "ng seven other people, police said.\n\nThe attackers fled before pol"
                "ice arrived, senior superintendent Asad Raza told reporters. No on"
                "e has been arrested, he said.\n\nTraders shut their shops across the"
                " district in protest."
            ),
            (
                "KARACHI (Reuters) - Pakistani police said on Tuesday they were hol"
                "ding two men suspected of involvement in a shooting at a Karachi m"
                "arket that killed three shopkeepers.\n\nThe two men were picked up i"
                "n a raid in the Lyari area overnight and are being questioned, sen"
                "ior superintendent Asad Raza said. Police also seized two pistols "
                "and a motorcycle.\n\nA third suspect remains at large."
            ),
        ],
        "casualties",
        "absent",
        r"^no one detained",
    ),
    (
        "c04_charged_later",
        "2026-03-15",
        [
            (
                "DHAKA (Reuters) - A fire at a garment factory on the outskirts of "
                "Dhaka killed nine workers on Sunday, fire officials said.\n\nFire se"
                'rvice official Talha Bin Jasim said the exits had been locked. "No'
                ' one has been arrested or charged," police inspector Rafiqul Islam'
                " said on Sunday afternoon."
            ),
            (
                "DHAKA (Reuters) - Bangladesh police on Monday apprehended the owne"
                "r of a garment factory where a fire killed nine workers, and a cou"
                "rt sent him to jail pending trial.\n\nThe owner was charged with cul"
                "pable homicide over locked exits, police inspector Rafiqul Islam s"
                "aid. Two managers were also picked up and are being questioned."
            ),
        ],
        "casualties",
        "absent",
        r"^no one detained",
    ),
    (
        "c32_turned_himself_in",
        "2026-03-28",
        [
            (
                "MANILA (Reuters) - A car ploughed into a group of children waiting"
                " at a jeepney stop in Quezon City on Saturday morning, killing thr"
                "ee of them, Philippine police said.\n\nThe driver fled the scene, po"
                "lice colonel Jean Fajardo said. No one has been arrested, she said"
                "."
            ),
            (
                "MANILA (Reuters) - The driver of a car that killed three children "
                "in Quezon City turned himself in to police on Sunday and will face"
                " charges of reckless imprudence resulting in homicide, police said"
                ".\n\nThe 42-year-old businessman surrendered at a police station wit"
                "h his lawyer and is now being held there, police colonel Jean Faja"
                "rdo said."
            ),
        ],
        "casualties",
        "absent",
        r"^no one detained",
    ),
    (
        "c05_bodies_had",
        "2026-03-12",
        [
            (
                "MEXICO CITY (Reuters) - Mexican authorities said on Thursday they "
                "had found a clandestine grave near the city of Irapuato in Guanaju"
                "ato state, and that searchers had unearthed 17 bodies that had gun"
                "shot wounds to the head.\n\nThe grave was discovered by a group of m"
                "others searching for missing relatives, state prosecutor Carlos Za"
                "marripa said.\n\nForensic teams were working to identify the victims"
                "."
            ),
        ],
        "casualties",
        "present",
        r"^17 killed",
    ),
    (
        "c06_bodies_carried",
        "2026-03-13",
        [
            (
                "TRIPOLI (Reuters) - The bodies of 23 migrants carried signs of hav"
                "ing been in the water for several days when they washed ashore nea"
                "r Zuwara in western Libya, the Libyan Red Crescent said on Friday."
                "\n\nA spokesman for the Red Crescent, Tawfik al-Shukri, said volunte"
                "ers had recovered the remains over two days.\n\nThe International Or"
                "ganization for Migration said the boat had left Sabratha last week"
                "."
            ),
        ],
        "casualties",
        "present",
        r"^23 killed",
    ),
    (
        "c07_bodies_overwhelmed",
        "2026-03-17",
        [
            (
                "MAPUTO (Reuters) - Floods in central Mozambique have killed at lea"
                "st 40 people, officials said on Tuesday.\n\nIn Beira, 31 bodies over"
                "whelmed the city's only morgue, and hospital director Ana Macuacua"
                " said refrigerators had failed because of power cuts.\n\nThe nationa"
                "l disaster agency said more than 20,000 people had been displaced."
            ),
        ],
        "casualties",
        "present",
        r"^31 killed",
    ),
    (
        "c30_bodies_packed",
        "2026-03-11",
        [
            (
                "ANKARA (Reuters) - Rescuers searched through collapsed buildings i"
                "n Turkey's eastern Malatya province on Wednesday, a day after a ma"
                "gnitude 6.4 earthquake struck the region.\n\nAt the state hospital i"
                "n Malatya, 58 bodies packed the corridors of the basement morgue, "
                "and relatives queued outside to identify them, a Reuters witness s"
                "aid.\n\nDisaster agency AFAD said more than 3,000 rescue workers had"
                " been deployed."
            ),
        ],
        "casualties",
        "present",
        r"^58 killed",
    ),
    (
        "c08_grandmother_of",
        "2026-03-01",
        [
            (
                "CLEVELAND (Reuters) - A fire swept through a two-storey house in L"
                "orain, Ohio, early on Sunday, fire officials said.\n\nThe grandmothe"
                "r of four children who died in the blaze said she had begged the l"
                'andlord to fix the wiring for months. "They were everything to me,'
                '" Denise Carter told local reporters outside the charred house.\n\nL'
                "orain fire chief Jim Barlow said smoke alarms in the house were no"
                "t working."
            ),
        ],
        "casualties",
        "present",
        r"^4 killed",
    ),
    (
        "c13_person_school",
        "2026-03-24",
        [
            (
                "SAO PAULO (Reuters) - A former student opened fire at a school in "
                "Aracruz in Brazil's Espirito Santo state on Tuesday, killing two p"
                "upils before he was overpowered, police said.\n\nWitnesses said teac"
                "her Maria Lopes tackled the gunman in a corridor. The state govern"
                "or praised Maria Lopes, who was treated for a gunshot wound to the"
                ' arm.\n\n"I only did what anyone would do," Maria Lopes told TV Glob'
                "o from her hospital bed. Parents said Maria Lopes school staff had"
                " drilled pupils for such an attack.\n\nThe state education secretary"
                " said the teenager had been expelled last year. Governor Renato Ca"
                "sagrande said doctors had told Maria Lopes hospital tests showed n"
                "o lasting nerve damage."
            ),
        ],
        "who",
        "present",
        r"^Maria Lopes",
    ),
    (
        "c14_doctor_director",
        "2026-03-23",
        [
            (
                "CAIRO (Reuters) - The main hospital in the southern Gaza Strip wil"
                "l run out of fuel for its generators within three days, its direct"
                "or said on Monday.\n\nDr Atef al-Hout hospital director at Nasser Me"
                "dical Complex in Khan Younis, said patients on ventilators would d"
                "ie if power failed. Dr Atef al-Hout hospital staff were rationing "
                "oxygen, he added.\n\nThe World Health Organization said it was tryin"
                "g to arrange a fuel delivery."
            ),
        ],
        "who",
        "present",
        r"Atef al-Hout",
    ),
    (
        "c16_time_depart_arrive",
        "2026-03-22",
        [
            (
                "JAKARTA (Reuters) - A passenger ferry sank in rough seas off Indon"
                "esia's Sulawesi island on Saturday night, leaving at least 31 peop"
                "le missing, the search and rescue agency said.\n\nThe agency said 42"
                " people had been rescued. The accounts also differ on timing. The "
                "port authority in Baubau said the ferry left the harbour at 8:15 p"
                "m. The search and rescue agency said its first boat reached the ve"
                "ssel at 11:40 pm.\n\nThe ferry was carrying 73 people, according to "
                "the passenger manifest."
            ),
        ],
        "disputes",
        "absent",
        r"^What time it happened",
    ),
    (
        "c17_time_call_arrive",
        "2026-03-29",
        [
            (
                "ISTANBUL (Reuters) - A fire at a nightclub in Istanbul's Besiktas "
                "district killed 12 people early on Sunday, the governor's office s"
                "aid.\n\nVersions differ on when the fire brigade was alerted and how"
                " long it took to arrive. The club's manager said staff called emer"
                "gency services at 1:05 am. The fire brigade said its first engine "
                "was at the scene at 1:19 am.\n\nProsecutors have detained four peopl"
                "e including the club's manager."
            ),
        ],
        "disputes",
        "absent",
        r"^What time it happened",
    ),
    (
        "c18_time_wrong_pair",
        "2026-03-25",
        [
            (
                "HANOI (Reuters) - A fire at a mini-hotel in Hanoi's Dong Da distri"
                "ct killed seven people on Wednesday, police said.\n\nThe accounts al"
                "so differ on timing. The hotel owner said guests were woken and ev"
                "acuated at 11:20 pm. Fire police said their first engine arrived a"
                "t 11:35 pm. Residents of the alley said they saw smoke pouring fro"
                "m the building as early as 10:45 pm, while the owner insisted the "
                "fire started only minutes before the evacuation.\n\nPolice have open"
                "ed an investigation into the cause."
            ),
        ],
        "disputes",
        "absent",
        r"^What time it happened",
    ),
    (
        "c33_time_wrong_voice",
        "2026-04-05",
        [
            (
                "BAGHDAD (Reuters) - A bomb exploded at a vegetable market in Baghd"
                "ad's Sadr City on Sunday, killing nine people, security sources sa"
                "id.\n\nAccounts differ on when the blast happened. Police said a sho"
                "pkeeper had told them he heard the explosion at 6:10 am. Hospital "
                "officials said the first wounded reached them at 6:25 am.\n\nNo grou"
                "p immediately claimed responsibility."
            ),
        ],
        "disputes",
        "absent",
        r"^What time it happened",
    ),
    (
        "c23_cause_rescue_failure",
        "2026-03-21",
        [
            (
                "BOGOTA (Reuters) - A landslide triggered by heavy rain buried home"
                "s in a village in Colombia's Antioquia province on Saturday, killi"
                "ng at least 22 people, officials said.\n\nThe national disaster agen"
                "cy said days of torrential rain had saturated the hillside. The pr"
                "ovincial governor said he could not rule out a failure of the resc"
                "ue effort if heavy machinery did not reach the village soon.\n\nDoze"
                "ns of people were still missing."
            ),
        ],
        "disputes",
        "absent",
        r"^What caused it",
    ),
    (
        "c24_cause_same_voice",
        "2026-03-08",
        [
            (
                "CAIRO (Reuters) - A passenger train derailed near the city of Tant"
                "a in Egypt's Nile Delta on Sunday, killing six people and injuring"
                " 40, the health ministry said.\n\nThe railway authority said a crack"
                "ed rail caused the derailment. Prosecutors said they had not ruled"
                " out negligence by track maintenance staff and ordered the arrest "
                "of two supervisors.\n\nThe train was travelling from Cairo to Alexan"
                "dria."
            ),
        ],
        "disputes",
        "absent",
        r"^What caused it",
    ),
    (
        "c28_deny_wrong_prior",
        "2026-03-30",
        [
            (
                "KYIV (Reuters) - A small dam on the Dniester river breached after "
                "days of rain on Monday, flooding three villages and killing two pe"
                "ople, Ukraine's emergency service said.\n\nLocal farmers said they h"
                "ad warned the district council in February that water was seeping "
                "through the dam wall. The regional governor said he had asked the "
                "district council in January to report on the state of all dams in "
                "the area. The district council denied that it received such warnin"
                "gs.\n\nAbout 400 people were evacuated."
            ),
        ],
        "disputes",
        "present",
        r"account of Local farmers",
    ),
    (
        "c29_deny_wrong_prior_b",
        "2026-03-26",
        [
            (
                "AHMEDABAD, India (Reuters) - An explosion at a chemical plant in t"
                "he Dahej industrial zone of India's Gujarat state killed 11 worker"
                "s on Thursday, police said.\n\nWorkers said they had complained to t"
                "he plant's management about a leaking reactor valve two days befor"
                "e the blast. The state pollution control board said it had sent th"
                "e management a notice in December over the disposal of waste water"
                ". The management denied that it received such complaints.\n\nThe pla"
                "nt has been sealed."
            ),
        ],
        "disputes",
        "absent",
        r"account of state pollution control board",
    ),
]


# Cases a second hostile review of stop 49 wrote against its cause rules ('X was to
# blame' doubted, hedged, added to another or for something else; 'evidence points' to
# no cause; a participle that brought shared words into a cause): each was worse than
# before until mended.
_REVIEWED_49_CAUSES = [
    (
        "r1_noevidence",
        "2026-07-08",
        [
            (
                "ROTTERDAM (Reuters) - A fire destroyed a warehouse storing car tyr"
                "es at the port of Rotterdam on Wednesday, sending a plume of black"
                " smoke over the city, the fire brigade said.\n\nNo one was hurt, the"
                " Rotterdam-Rijnmond safety region said. The fire started at about "
                "4 a.m.\n\nThe warehouse operator, Steinweg, said the fire was caused"
                " by an electrical fault in a forklift charging station.\n\nPolice sa"
                "id there was no evidence that sabotage was to blame for the fire."
            ),
            (
                "ROTTERDAM (Reuters) - A large fire tore through a warehouse at Rot"
                "terdam port on Wednesday, prompting authorities to tell residents "
                "to keep windows shut.\n\nFirefighters had the blaze under control by"
                " midday, the safety region said."
            ),
        ],
        "disputes",
        "absent",
        r"^What caused it: Steinweg and Police",
    ),
    (
        "r1_notconfirm",
        "2026-02-10",
        [
            (
                "MANILA (Reuters) - A fire swept through a crowded market in Manila"
                "'s Tondo district before dawn on Tuesday, killing two people and d"
                "estroying more than 300 stalls, fire officials said.\n\nThe blaze st"
                "arted at about 3 a.m. and took six hours to bring under control, B"
                "ureau of Fire Protection spokesman Annalee Atienza said.\n\nOfficial"
                "s said they could not confirm that arson was to blame for the fire"
                " and that investigators were still collecting evidence.\n\nTwo secur"
                "ity guards died in the blaze. Vendors said they lost their entire "
                "stock."
            ),
            (
                "MANILA (Reuters) - Two security guards died when fire gutted a pub"
                "lic market in Manila on Tuesday, the city government said.\n\nThe ma"
                "rket's administrator, Ramon Dizon, said the fire was caused by an "
                "overloaded electrical connection at a food stall.\n\nMore than 300 s"
                "talls were destroyed, the city said. Mayor Francisco Domagoso prom"
                "ised aid to the affected vendors."
            ),
        ],
        "disputes",
        "absent",
        r"^What caused it: Ramon Dizon and Officials",
    ),
    (
        "r1_neither",
        "2026-02-10",
        [
            (
                "KATHMANDU (Reuters) - A Yeti Airlines passenger plane skidded off "
                "the runway while landing at Kathmandu's Tribhuvan International Ai"
                "rport on Tuesday, killing three people and injuring 11, officials "
                "said.\n\nThe ATR 72 aircraft, carrying 52 passengers and four crew f"
                "rom Pokhara, overshot the runway at around 11:20 a.m. and came to "
                "rest in a grassy field, airport spokesman Tek Raj Sharma said.\n\nYe"
                "ti Airlines insisted that a bird strike on the left engine during "
                "the final approach caused the crash.\n\nRescuers pulled passengers f"
                "rom the wreckage and took the injured to hospitals in the city. Th"
                "e airport was closed for four hours."
            ),
            (
                "KATHMANDU (Reuters) - Three people were killed when a Yeti Airline"
                "s plane overshot the runway at Kathmandu airport on Tuesday, autho"
                "rities said.\n\nInvestigators from the Civil Aviation Authority of N"
                "epal said neither the weather nor the pilots were to blame for the"
                " crash. They said they had recovered both flight recorders.\n\nEleve"
                "n people were being treated in hospital, the airport said. The gov"
                "ernment formed a five-member panel to investigate."
            ),
        ],
        "disputes",
        "absent",
        r"neither the weather",
    ),
    (
        "r1_unlikely",
        "2026-07-08",
        [
            (
                "WARSAW (Reuters) - Part of a shaft collapsed at a coal mine in sou"
                "thern Poland on Wednesday, trapping seven miners, mine operator JS"
                "W said.\n\nJSW said the collapse was caused by a methane blast in a "
                "disused gallery.\n\nSeismologists at the Polish Academy of Sciences "
                "said it was unlikely that a small tremor recorded nearby was to bl"
                "ame. Rescue teams were drilling towards the miners."
            ),
            (
                "WARSAW (Reuters) - Seven miners were trapped underground after a c"
                "ollapse at the Pniowek coal mine in Silesia on Wednesday, official"
                "s said.\n\nThe miners were about 1,000 metres below ground, JSW said"
                ". Families gathered at the mine gates."
            ),
        ],
        "disputes",
        "absent",
        r"^What caused it: JSW and Seismologists",
    ),
    (
        "r1_responders",
        "2026-03-12",
        [
            (
                "NAIROBI (Reuters) - Flash floods swept through the Kenyan town of "
                "Mai Mahiu overnight, killing 14 people and washing away dozens of "
                "homes, the Kenya Red Cross said on Thursday.\n\nThe Kenya Meteorolog"
                "ical Department said record rainfall caused the floods, with more "
                "than 120 mm falling in six hours.\n\nResidents said the county autho"
                "rities were to blame for failing to warn them, while officials sai"
                "d they had issued alerts on Wednesday.\n\nRescue teams were searchin"
                "g for at least 30 missing people."
            ),
            (
                "NAIROBI (Reuters) - At least 14 people were killed in flash floods"
                " in Mai Mahiu in Kenya's Rift Valley, authorities said on Thursday"
                ".\n\nThe Red Cross said about 30 people were missing. The government"
                " said it would send food and tents to families left homeless."
            ),
        ],
        "disputes",
        "absent",
        r"the county authorities",
    ),
    (
        "r1_together",
        "2026-03-12",
        [
            (
                "PORTO ALEGRE, Brazil (Reuters) - A pedestrian bridge collapsed ove"
                "r a busy avenue in the southern Brazilian city of Porto Alegre on "
                "Thursday, killing five people, the fire department said.\n\nThe city"
                " government said the storm that hit the city overnight was to blam"
                "e for the collapse, while independent engineers said corroded stee"
                "l supports were also to blame.\n\nFirefighters searched the rubble f"
                "or more victims. Traffic on the avenue was diverted."
            ),
            (
                "PORTO ALEGRE, Brazil (Reuters) - Five people were killed when a fo"
                "otbridge fell onto a highway in Porto Alegre on Thursday, official"
                "s said.\n\nThe bridge, built in 1987, was last inspected in 2021, th"
                "e city said. Mayor Sebastiao Melo declared three days of mourning."
            ),
        ],
        "disputes",
        "absent",
        r"^Accounts differ: city government and independent engineers",
    ),
    (
        "r1_possibility",
        "2026-02-10",
        [
            (
                "LYON, France (Reuters) - An explosion tore through an apartment bu"
                "ilding in the French city of Lyon on Tuesday, killing one person a"
                "nd injuring eight, the local prefecture said.\n\nThe blast at around"
                " 7 a.m. brought down part of the facade of the six-storey building"
                " in the city's 8th district, firefighters said.\n\nThe building's ma"
                "naging company, Foncia, said the explosion was caused by a tenant "
                "tampering with a meter.\n\nPolice said they were examining the possi"
                "bility that a faulty boiler was to blame. Residents were evacuated"
                " from neighbouring buildings."
            ),
            (
                "LYON, France (Reuters) - One person was killed and eight were inju"
                "red when an explosion hit a residential building in Lyon on Tuesda"
                "y, authorities said.\n\nFirefighters said 70 firefighters were deplo"
                "yed and the building was declared unsafe. Prosecutors opened an in"
                "vestigation."
            ),
        ],
        "disputes",
        "absent",
        r"a faulty boiler",
    ),
    (
        "r1_may",
        "2026-03-12",
        [
            (
                "DHAKA (Reuters) - A boiler exploded at a garment factory outside D"
                "haka on Thursday, killing seven workers and injuring 40, fire offi"
                "cials said.\n\nThe blast at the Nasa Group factory in Gazipur happen"
                "ed shortly after the morning shift started, fire service official "
                "Talha Bin Jasim said.\n\nThe factory's owners said the explosion was"
                " caused by a sudden surge of pressure from the gas supply line.\n\nF"
                "ire officials said an unlicensed operator could also have been to "
                "blame, among several possibilities they were checking."
            ),
            (
                "DHAKA (Reuters) - Seven workers died and 40 were hurt when a boile"
                "r blew up at a garment factory in Gazipur near Dhaka on Thursday, "
                "police said.\n\nPolice said the injured were taken to Dhaka Medical "
                "College Hospital. Labour groups called for an independent investig"
                "ation."
            ),
        ],
        "disputes",
        "absent",
        r"an unlicensed operator",
    ),
    (
        "r2_asleep",
        "2026-04-06",
        [
            (
                "JOHANNESBURG (Reuters) - A fire swept through a hostel in central "
                "Johannesburg early on Monday, killing 11 people, emergency service"
                "s said.\n\nThe hostel's owner, Sipho Ndlovu, said the fire was cause"
                "d by a candle left burning in a ground-floor room, not by the wiri"
                "ng.\n\nInvestigators said initial evidence points to the victims bei"
                "ng asleep when the fire broke out. Emergency services spokesman Ro"
                "bert Mulaudzi said 40 people were rescued."
            ),
            (
                "JOHANNESBURG (Reuters) - Eleven people died in a fire at an inner-"
                "city hostel in Johannesburg on Monday, city officials said.\n\nThe f"
                "ire broke out at around 1 a.m., officials said. Mayor Dada Morero "
                "visited the site."
            ),
        ],
        "disputes",
        "absent",
        r"^What caused it: Sipho Ndlovu and Investigators",
    ),
    (
        "r2_survivors",
        "2026-04-06",
        [
            (
                "LAGOS (Reuters) - A seven-storey building under construction colla"
                "psed in Lagos' Ikoyi district on Monday, killing at least nine peo"
                "ple, emergency officials said.\n\nThe Lagos State Building Control A"
                "gency said the collapse was caused by three illegal extra floors a"
                "dded without approval, not by the soil.\n\nRescuers said preliminary"
                " evidence points to survivors in air pockets beneath the slabs, an"
                "d heavy lifting equipment was brought to the site.\n\nAbout 50 worke"
                "rs were believed to have been on site when the building came down "
                "at around 2:30 p.m."
            ),
            (
                "LAGOS (Reuters) - Nine people were killed when an unfinished high-"
                "rise building collapsed in the Ikoyi area of Lagos on Monday, the "
                "state emergency agency said.\n\nThe agency said 12 people had been p"
                "ulled out alive. The developer could not be reached for comment."
            ),
        ],
        "disputes",
        "absent",
        r"^What caused it: Lagos State Building Control Agency and Rescuers",
    ),
    (
        "r3_saying",
        "2026-05-15",
        [
            (
                "MOSCOW (Reuters) - A Polar Airlines passenger plane crash-landed a"
                "t Yakutsk airport in Russia's far east on Friday, killing two peop"
                "le and injuring 17, the emergencies ministry said.\n\nThe Antonov An"
                "-24, carrying 38 people from Mirny, hit the ground short of the ru"
                "nway at around 9:15 a.m. local time, the ministry said.\n\nPolar Air"
                "lines blamed a technical fault saying the pilots had followed all "
                "procedures."
            ),
            (
                "MOSCOW (Reuters) - Two people were killed when an Antonov An-24 cr"
                "ashed short of the runway in Yakutsk on Friday, Russian authoritie"
                "s said.\n\nInvestigators from the Interstate Aviation Committee said"
                " the crash was caused by pilot error, not by any technical problem"
                ", and that the aircraft had been cleared to fly.\n\nSeventeen people"
                " were taken to hospital, the regional health ministry said."
            ),
        ],
        "disputes",
        "present",
        r"^What caused it: Investigators and Polar Airlines",
    ),
    (
        "r3_bridge",
        "2026-05-15",
        [
            (
                "HANOI (Reuters) - A steel bridge over the Red River collapsed in n"
                "orthern Vietnam's Phu Tho province on Friday, killing three people"
                " and sending two trucks into the river, state media said.\n\nThe pro"
                "vincial transport department blamed a truck carrying steel beams a"
                "cross the bridge for the collapse.\n\nBut independent engineers said"
                " the collapse was caused by corrosion of the bridge's cables, not "
                "by any overloading."
            ),
            (
                "HANOI (Reuters) - Three people died when a bridge collapsed into t"
                "he Red River in Phu Tho on Friday, the government said.\n\nRescuers "
                "were searching for five missing people, the provincial government "
                "said. Prime Minister Pham Minh Chinh ordered an inquiry."
            ),
        ],
        "disputes",
        "present",
        r"^What caused it: provincial transport department and independent engineers",
    ),
    (
        "r3_tanks",
        "2026-05-15",
        [
            (
                "BANGKOK (Reuters) - An explosion at a fuel depot in Thailand's Cho"
                "nburi province on Friday killed five workers and injured 12, polic"
                "e said.\n\nPolice blamed a worker using a welding torch near the fue"
                "l tanks for the explosion.\n\nThe depot's operator, PTT Oil and Reta"
                "il, said the blast was caused by a faulty valve on one of the tank"
                "s, not by any maintenance work."
            ),
            (
                "BANGKOK (Reuters) - Five people were killed in a blast at a fuel s"
                "torage facility in Chonburi on Friday, the provincial governor sai"
                "d.\n\nFirefighters brought the fire under control after seven hours,"
                " the governor said. Nearby residents were evacuated."
            ),
        ],
        "disputes",
        "present",
        r"^What caused it: PTT Oil and Retail and Police",
    ),
]

# Cases a hostile review of stop 50 wrote against its rules (the dead's bodies that
# contradict or deny an account, the deadliest blaze in recent years, a claim called
# false news, two ministries, a total of flights, shelters or raids, custody planned or
# by child services, a timeline answered by another voice, a chronology not yet
# challenged): each was worse than before until mended.
_REVIEWED_50 = [
    (
        "r1_bodies_contradict",
        "2026-03-04",
        [
            (
                "NAIROBI (Reuters) - Kenyan police opened fire on protesters in the"
                " town of Kisumu on Tuesday, witnesses said, after demonstrations o"
                "ver fuel prices turned violent.\n\nThe 11 bodies taken to the Kisumu"
                " county mortuary contradicted the police account that officers fir"
                "ed only in self-defence, the Kenya Human Rights Commission said on"
                " Wednesday.\n\nPolice spokeswoman Resila Onyango said officers had c"
                "ome under attack from stone-throwing youths."
            ),
            (
                "KISUMU, Kenya (Reuters) - Opposition leaders called on Wednesday f"
                "or an independent inquiry into Tuesday's shootings in Kisumu.\n\nPol"
                "ice have not released a death toll. Residents said officers chased"
                " protesters into side streets and fired live rounds.\n\nThe Independ"
                "ent Policing Oversight Authority said it had opened an investigati"
                "on."
            ),
        ],
        "casualties",
        "present",
        r"^11 killed",
    ),
    (
        "r1_bodies_deny",
        "2026-03-04",
        [
            (
                "TRIPOLI (Reuters) - A boat carrying migrants sank off the Libyan c"
                "oast near Zuwara on Monday, survivors said, although the coast gua"
                "rd said no vessel had gone down.\n\nThe 17 bodies that washed ashore"
                " on Tuesday deny the coast guard's claim that no one drowned, the "
                "International Organization for Migration said.\n\nSurvivors told aid"
                " workers the boat had left Zuwara with about 60 people on board."
            ),
            (
                "TRIPOLI (Reuters) - Libya's coast guard on Wednesday rejected repo"
                "rts that a migrant boat had capsized off Zuwara, saying its patrol"
                "s had found no wreckage.\n\nAid groups said fishermen had recovered "
                "bodies on beaches west of Zuwara."
            ),
        ],
        "casualties",
        "present",
        r"^17 killed",
    ),
    (
        "r1_state_bodies",
        "2026-03-04",
        [
            (
                "MONTERREY, Mexico (Reuters) - Investigators found the bodies of fo"
                "ur state police officers in a ravine outside Monterrey on Tuesday,"
                " the Nuevo Leon attorney general's office said.\n\nThe officers had "
                "been missing since their patrol was ambushed on Friday. Prosecutor"
                "s said the four state bodies showed signs of torture."
            ),
            (
                "MONTERREY, Mexico (Reuters) - Four police officers abducted last w"
                "eek in Nuevo Leon were found dead, state officials said on Tuesday"
                ".\n\nGovernor Samuel Garcia condemned the killings and said a cartel"
                " was responsible."
            ),
        ],
        "casualties",
        "present",
        r"Prosecutors",
    ),
    (
        "r2_fire_recent_years",
        "2026-03-04",
        [
            (
                "LAGOS (Reuters) - A fire tore through a crowded market in Lagos on"
                " Tuesday, killing 30 people in the deadliest blaze in recent years"
                ", the state emergency agency said.\n\nFirefighters battled the flame"
                "s for six hours, the agency said. Traders said the fire began at a"
                " fuel stall shortly after 2 p.m."
            ),
            (
                "LAGOS (Reuters) - Traders at Lagos's Balogun market sifted through"
                " charred stalls on Wednesday after Tuesday's fire.\n\nThe Lagos Stat"
                "e Emergency Management Agency said rescue work had ended. Governor"
                " Babajide Sanwo-Olu promised compensation for traders."
            ),
        ],
        "casualties",
        "absent",
        r"in recent years\u201d",
    ),
    (
        "r2_crash_recent_years",
        "2026-03-04",
        [
            (
                "LIMA (Reuters) - Twelve people died on Monday when a bus plunged i"
                "nto a ravine in Peru's Ayacucho region in the country's deadliest "
                "road crash in recent years, police said.\n\nAnother 19 passengers we"
                "re injured and taken to hospital in Huanta, police said."
            ),
            (
                "LIMA (Reuters) - Police in Peru detained the driver of a bus that "
                "crashed in Ayacucho on Monday, the interior ministry said.\n\nThe mi"
                "nistry said the bus had been travelling at night on a mountain roa"
                "d that had been closed for repairs."
            ),
        ],
        "casualties",
        "absent",
        r"in recent years\u201d",
    ),
    (
        "r3_false_news_clean",
        "2026-03-04",
        [
            (
                "MAPUTO (Reuters) - Mozambican opposition leader Venancio Mondlane "
                "said on Tuesday that police had killed 30 protesters in Maputo.\n\nP"
                "olice spokesman Orlando Mudumane said the claim was false news and"
                " that no protester had died."
            ),
            (
                "MAPUTO (Reuters) - Protests over disputed election results continu"
                "ed in Maputo for a third day on Tuesday.\n\nShops remained shut in t"
                "he city centre."
            ),
        ],
        "disputes",
        "present",
        r"^Denied by Orlando Mudumane",
    ),
    (
        "r3_false_message",
        "2026-03-04",
        [
            (
                "DENPASAR, Indonesia (Reuters) - A ferry carrying 65 people sank in"
                " the Bali Strait late on Wednesday, the search and rescue agency s"
                "aid. Four people died and 31 were rescued.\n\nRelatives said the cap"
                "tain had radioed that the engine had failed an hour before the sin"
                "king.\n\nThe operator, PT Bahari, said the captain had sent no such "
                "message, calling the relatives' claim false."
            ),
            (
                "BANYUWANGI, Indonesia (Reuters) - Rescuers searched on Thursday fo"
                "r 30 people still missing after a ferry sank in the Bali Strait.\n\n"
                "The operator PT Bahari said on Thursday that reports the engine ha"
                "d failed before the sinking were a false message spread by relativ"
                "es, and that the ferry had been in good condition."
            ),
        ],
        "disputes",
        "present",
        r"^Denied by Bahari",
    ),
    (
        "r4_ministry_of",
        "2026-03-04",
        [
            (
                "BAGHDAD (Reuters) - A fire at a hospital in Baghdad killed 19 pati"
                "ents on Tuesday, Iraq's Ministry of Health said.\n\nRelatives said t"
                "he sprinklers had not worked. The Ministry of Health denied that t"
                "he sprinklers had failed, saying the fire spread through a false c"
                "eiling."
            ),
            (
                "BAGHDAD (Reuters) - Iraqi police arrested three managers of the Ib"
                "n al-Khatib hospital on Wednesday, the Ministry of Interior said.\n"
                "\nRelatives of the victims said the sprinklers had failed and that "
                "police had kept families away from the burning building.\n\nThe mini"
                "stry denied that police had kept families away, saying officers we"
                "re clearing a path for fire engines."
            ),
        ],
        "disputes",
        "present",
        r"^Denied by Ministry of Health",
    ),
    (
        "r4_university_of",
        "2026-03-04",
        [
            (
                "NAIROBI (Reuters) - A student was shot dead during a protest at th"
                "e University of Nairobi on Tuesday, police said.\n\nStudents said po"
                "lice fired live rounds inside the campus. The University of Nairob"
                "i rejected that account, saying officers had stayed outside the ga"
                "tes."
            ),
            (
                "NAIROBI (Reuters) - Kenyatta University closed its main campus on "
                "Wednesday after protests spread from the University of Nairobi.\n\nS"
                "tudents said police fired live rounds inside the Kenyatta campus d"
                "uring the night. The university rejected that account, saying no o"
                "fficer had entered the campus."
            ),
        ],
        "disputes",
        "present",
        r"Kenyatta",
    ),
    (
        "r4_which_opening",
        "2026-03-04",
        [
            (
                "DHAKA (Reuters) - A fire at a garment factory outside Dhaka killed"
                " 16 workers on Tuesday, fire officials said.\n\nWorkers said the exi"
                "ts had been locked by managers. In a statement, which it posted on"
                "line, the factory owners' association rejected that account, sayin"
                "g all exits were open."
            ),
            (
                "DHAKA (Reuters) - Families buried victims of a garment factory fir"
                "e outside Dhaka on Wednesday.\n\nThe fire service said the cause was"
                " an electrical short circuit."
            ),
        ],
        "disputes",
        "absent",
        r"^Denied by In a statement",
    ),
    (
        "r5_total_flights",
        "2026-03-04",
        [
            (
                "DUBAI (Reuters) - Three passengers were injured when an Emirates f"
                "light from Dubai to Sydney hit severe turbulence on Monday, the ai"
                "rline said.\n\nTwo more Emirates flights were cancelled after three "
                "passengers were injured, bringing the total to 40, the airline sai"
                "d."
            ),
            (
                "DUBAI (Reuters) - Thunderstorms disrupted flights across the Gulf "
                "on Monday, with Dubai airport diverting several arrivals.\n\nAn Emir"
                "ates spokesman said the injured passengers were treated in hospita"
                "l in Sydney."
            ),
        ],
        "casualties",
        "absent",
        r"^40 injured",
    ),
    (
        "r5_total_shelters",
        "2026-03-04",
        [
            (
                "MAPUTO (Reuters) - Mozambican authorities evacuated 2,000 more res"
                "idents from the coastal city of Beira on Tuesday ahead of Cyclone "
                "Jude, raising the number of shelters to 14, the disaster agency sa"
                "id.\n\nThe cyclone was expected to make landfall on Wednesday with w"
                "inds of up to 190 km per hour."
            ),
            (
                "BEIRA, Mozambique (Reuters) - Residents of Beira boarded up homes "
                "on Tuesday as Cyclone Jude approached.\n\nThe National Institute for"
                " Disaster Management said schools would be used as shelters."
            ),
        ],
        "casualties",
        "absent",
        r"^14 evacuated",
    ),
    (
        "r5_total_since",
        "2026-03-04",
        [
            (
                "IMPHAL, India (Reuters) - Two more people were killed in ethnic vi"
                "olence in India's Manipur state on Tuesday, pushing the total to 2"
                "60 since clashes began in May 2023, police said.\n\nGunmen fired on "
                "a village in Bishnupur district before dawn, police said."
            ),
            (
                "IMPHAL, India (Reuters) - Authorities reimposed a curfew in Manipu"
                "r's Bishnupur district on Tuesday after two villagers were shot de"
                "ad.\n\nOfficials said extra troops had been sent to the area."
            ),
        ],
        "casualties",
        "absent",
        r"^260 killed",
    ),
    (
        "r5_raids_number",
        "2026-03-04",
        [
            (
                "ISTANBUL (Reuters) - Turkish police detained 14 people suspected o"
                "f links to Islamic State in raids across Istanbul on Tuesday, taki"
                "ng the number of raids this month to 60, the interior ministry sai"
                "d.\n\nThe suspects were accused of planning attacks during the Ramad"
                "an holiday, the ministry said."
            ),
            (
                "ANKARA (Reuters) - Turkey has stepped up operations against Islami"
                "c State cells since a New Year's Eve attack plot was foiled, Inter"
                "ior Minister Ali Yerlikaya said on Tuesday.\n\nYerlikaya said 14 sus"
                "pects had been detained in Istanbul."
            ),
        ],
        "casualties",
        "absent",
        r"^60 detained",
    ),
    (
        "r6_children",
        "2026-03-04",
        [
            (
                "HOUSTON (Reuters) - Firefighters rescued four children from a burn"
                "ing house in Houston on Monday, fire officials said.\n\nChild protec"
                "tive services took the four children into custody after investigat"
                "ors found they had been left alone, police said."
            ),
            (
                "HOUSTON (Reuters) - The mother of four children rescued from a hou"
                "se fire in Houston was charged on Tuesday with child endangerment,"
                " police said.\n\nThe children were not injured, police said."
            ),
        ],
        "casualties",
        "absent",
        r"^4 detained",
    ),
    (
        "r6_wanted",
        "2026-03-04",
        [
            (
                "PARIS (Reuters) - French police were searching on Wednesday for tw"
                "o men suspected of a shooting that killed a teenager in Marseille."
                "\n\nOfficers had planned to take the two men into custody on Tuesday"
                " but they escaped through a rear window, police said."
            ),
            (
                "MARSEILLE, France (Reuters) - A 16-year-old was shot dead in Marse"
                "ille's northern districts on Sunday, prosecutors said.\n\nProsecutor"
                "s said the killing appeared linked to drug trafficking."
            ),
        ],
        "casualties",
        "absent",
        r"^2 detained",
    ),
    (
        "r6_unable",
        "2026-03-04",
        [
            (
                "ATLANTA (Reuters) - A standoff at a house in suburban Atlanta ende"
                "d on Tuesday after three suspects in a fatal shooting fled through"
                " woods behind the property, the county sheriff said.\n\nDeputies wer"
                "e unable to take the three suspects into custody, Sheriff Keybo Ta"
                "ylor said, and a manhunt was under way."
            ),
            (
                "ATLANTA (Reuters) - Police searched woods south of Atlanta on Wedn"
                "esday for three men wanted over the killing of a convenience store"
                " clerk on Sunday.\n\nThe sheriff's office asked residents to stay in"
                "doors."
            ),
        ],
        "casualties",
        "absent",
        r"^3 detained",
    ),
    (
        "r6_future",
        "2026-03-04",
        [
            (
                "BRUSSELS (Reuters) - Two men wounded in a shootout with police in "
                "Brussels on Monday were under guard in hospital, prosecutors said."
                "\n\nPolice would take the two men into custody once they were discha"
                "rged, a spokeswoman for the federal prosecutor said. One police of"
                "ficer was wounded in the shootout."
            ),
            (
                "BRUSSELS (Reuters) - A gunfight broke out near the Clemenceau metr"
                "o station in Brussels on Monday evening, police said.\n\nMetro servi"
                "ces were suspended for several hours."
            ),
        ],
        "casualties",
        "absent",
        r"^2 detained",
    ),
    (
        "r7_timeline_wrong_side",
        "2026-03-04",
        [
            (
                "NEW YORK (Reuters) - A fire in an apartment building in the Bronx "
                "killed three people early on Tuesday, officials said.\n\nPolice said"
                " the first 911 call reporting smoke on the fourth floor came in at"
                " 2:08 a.m. Residents said firefighters arrived only after the roof"
                " had collapsed. The fire department disputed that timeline, saying"
                " its first engine was on the scene within four minutes."
            ),
            (
                "NEW YORK (Reuters) - Officials named the three people killed in a "
                "Bronx apartment fire on Tuesday.\n\nFire Commissioner Robert Tucker "
                "said the cause was under investigation."
            ),
        ],
        "disputes",
        "absent",
        r"^Accounts differ: Police and The fire department",
    ),
    (
        "r7_conclusion_wrong_voice",
        "2026-03-04",
        [
            (
                "KATHMANDU (Reuters) - A preliminary report into the crash of a Yet"
                "i Airlines plane that killed 72 people in Pokhara concluded that t"
                "he crew had mistakenly cut power to the engines, Nepal's investiga"
                "tion commission said on Tuesday.\n\nRelatives of the victims welcome"
                "d the report, saying they had waited too long for answers. The pil"
                "ots' association rejected that conclusion. The association said th"
                "e aircraft's flap and power levers were poorly designed and easily"
                " confused."
            ),
            (
                "KATHMANDU (Reuters) - Families of those killed in the Yeti Airline"
                "s crash demanded compensation on Tuesday.\n\nYeti Airlines said it w"
                "as studying the report."
            ),
        ],
        "disputes",
        "absent",
        r"account of Relatives",
    ),
    (
        "r7_never_disputed",
        "2026-03-04",
        [
            (
                "ATHENS (Reuters) - A passenger train derailed near Larissa on Mond"
                "ay, injuring 14 people, the fire service said.\n\nThe rail operator "
                "Hellenic Train said the train was travelling at 80 km per hour whe"
                "n it left the tracks at 6:42 p.m., 12 minutes after leaving Lariss"
                "a. Greek investigators have not yet challenged that chronology. Th"
                "ey said they were examining the signalling system and would report"
                " within three months."
            ),
            (
                "ATHENS (Reuters) - Greece's rail workers' union called a 24-hour s"
                "trike on Tuesday after a derailment near Larissa.\n\nThe union said "
                "signalling on the line had not worked for months."
            ),
        ],
        "disputes",
        "absent",
        r"^Denied by Greek investigators",
    ),
]

# Cases a hostile review of stop 51 wrote against its rules (a village that counts its
# homes, last year's figure beside this year's, huts and homes counted by two voices,
# a distance read as a height, a voice named after 'contrary to' or 'although', a killing
# the attackers did not hesitate over, the believed dead of a whole route, a widow or
# relatives who are no side of a dispute, miners freed, a denial by a cooperative or a
# company, a quotation split by its speaker): each was worse than before until mended.
_REVIEWED_51 = [
    (
        "r1_village_that_counts",
        "2026-03-04",
        [
            (
                "GEORGETOWN (Reuters) - Rising rivers flooded 300 homes in Mara, a "
                "village that counts 640, the Civil Defence Commission said on Wedn"
                "esday. Regional chairman David Armogan said about 1,500 residents "
                "had moved to higher ground."
            ),
            (
                "NEW AMSTERDAM, Guyana (AP) - Flood water entered some 300 homes in"
                " the Berbice River village of Mara after days of heavy rain, the C"
                "ivil Defence Commission said. No one was hurt. Commission head Kes"
                "ter Craig said boats were taking food to families."
            ),
        ],
        "disputes",
        "absent",
        r"village that",
    ),
    (
        "r1_last_year_this_year",
        "2026-03-04",
        [
            (
                "LIMA (Reuters) - Mudslides damaged 120 homes in Peru's Huallaga va"
                "lley this week, the national civil defence institute INDECI said o"
                "n Wednesday. Last year's floods damaged 300 homes in the valley, a"
                "nd this year officials say 40."
            ),
            (
                "TINGO MARIA, Peru (AP) - A wall of mud swept through two villages "
                "in the Huallaga valley on Tuesday, damaging about 120 homes and cu"
                "tting the main highway, INDECI said. Mayor Rosa Quispe said famili"
                "es were sleeping in the municipal stadium."
            ),
        ],
        "disputes",
        "absent",
        r"this year officials say 40",
    ),
    (
        "r2_huts_flattened",
        "2026-03-04",
        [
            (
                "MAPUTO (Reuters) - Cyclone Jude flattened about 420 thatched huts "
                "in Angoche district on Tuesday, the national disaster institute IN"
                "GD said on Wednesday. Provincial governor Eduardo Abdula said abou"
                "t 700 huts were flattened in Angoche district on Tuesday."
            ),
            (
                "ANGOCHE, Mozambique (AP) - Cyclone Jude killed three people and de"
                "stroyed hundreds of huts in Angoche district, officials said. INGD"
                " spokesman Paulo Tomas said relief teams had reached most villages"
                " by boat."
            ),
        ],
        "disputes",
        "present",
        r"^How many huts",
    ),
    (
        "r2_flooded_homes",
        "2026-03-04",
        [
            (
                "BLANTYRE (Reuters) - The Shire River burst its banks on Tuesday, l"
                "eaving 640 flooded homes in Nsanje district, the Department of Dis"
                "aster Management Affairs (DoDMA) said on Wednesday. District commi"
                "ssioner Dominic Mwandira said the Shire River burst its banks on T"
                "uesday and 1,100 homes were submerged in Nsanje district."
            ),
            (
                "NSANJE, Malawi (AP) - Thousands of people fled to camps in Nsanje "
                "after the Shire River burst its banks, DoDMA said. No deaths were "
                "reported. Mwandira said boats were being sent to villages cut off "
                "by the water."
            ),
        ],
        "disputes",
        "present",
        r"^How many homes",
    ),
    (
        "r2_two_companies_trains",
        "2026-03-04",
        [
            (
                "PARIS (Reuters) - A nationwide rail strike disrupted travel across"
                " France on Tuesday, with state operator SNCF counting 1,200 cancel"
                "led trains on Tuesday, the company said. Cross-Channel operator Eu"
                "rostar said it had 30 cancelled trains on Tuesday."
            ),
            (
                "PARIS (AP) - Unions at SNCF walked out on Tuesday over pensions, c"
                "ancelling about 1,200 trains across the country, the company said."
                ' Transport minister Philippe Tabarot called the strike "irresponsi'
                'ble."'
            ),
        ],
        "disputes",
        "absent",
        r"^How many trains",
    ),
    (
        "r3_distance_not_height",
        "2026-03-04",
        [
            (
                "DHAKA (Reuters) - The Teesta river rose overnight and swept into L"
                "almonirhat town, with the water level reaching houses 300 metres f"
                "rom the river bank, the disaster management ministry said on Wedne"
                "sday. About 20,000 people were stranded."
            ),
            (
                "LALMONIRHAT, Bangladesh (AP) - The swollen Teesta river rose sharp"
                "ly overnight and broke through the river bank at a point 800 meter"
                "s upstream of Lalmonirhat town, local administrator Abu Zafar said"
                ". Water swept into low-lying homes."
            ),
        ],
        "disputes",
        "absent",
        r"^How high",
    ),
    (
        "r3_stretch_of_road",
        "2026-03-04",
        [
            (
                "LIMA (Reuters) - A mudslide near the village of Pinchollo in the C"
                "olca valley buried the highway on Wednesday along a stretch of 300"
                " metres, regional police said. Traffic to the valley was cut."
            ),
            (
                "AREQUIPA, Peru (AP) - A mudslide near the village of Pinchollo in "
                "the Colca valley buried the highway on Wednesday after sliding 800"
                " meters down the mountain, the mayor of Cabanaconde said. No one w"
                "as hurt."
            ),
        ],
        "disputes",
        "absent",
        r"sliding 800",
    ),
    (
        "r4_contrary_to_company",
        "2026-03-04",
        [
            (
                "PARAMARIBO (Reuters) - A night-time release from the Afobaka dam f"
                "looded riverside villages in Brokopondo district, officials said. "
                "The dam operator said 300 homes were flooded in Klaaskreek. Contra"
                "ry to what the company says, some 640 homes were flooded in Klaask"
                "reek alone, NCCR coordinator Desiree Pinas said on Wednesday."
            ),
            (
                "BROKOPONDO, Suriname (AP) - Families in Klaaskreek returned to mud"
                "-filled houses on Wednesday after the Afobaka dam opened its spill"
                "way gates at night, the NCCR said. No one was hurt."
            ),
        ],
        "disputes",
        "present",
        r"Desiree Pinas",
    ),
    (
        "r4_although_the_airport",
        "2026-03-04",
        [
            (
                "BRUSSELS (Reuters) - A national strike disrupted Belgian air trave"
                "l on Wednesday. Brussels Airport said 180 flights were cancelled. "
                "Although the airport said most passengers had been warned, at leas"
                "t 260 flights were cancelled, ACV-CSC union leader Ann Vermorgen s"
                "aid."
            ),
            (
                "BRUSSELS (AP) - Travellers were stranded at Brussels Airport on We"
                "dnesday as unions staged a national strike over pension reforms, t"
                "he airport said. Prime Minister Bart De Wever called on unions to "
                "return to talks."
            ),
        ],
        "disputes",
        "present",
        r"Ann Vermorgen",
    ),
    (
        "r5_did_not_hesitate",
        "2026-03-04",
        [
            (
                "JOS, Nigeria (Reuters) - Gunmen attacked the village of Bokkos in "
                "Nigeria's Plateau state overnight, police said on Wednesday. Survi"
                "vors said the attackers did not hesitate to kill 12 villagers who "
                "tried to flee, and burned dozens of homes."
            ),
            (
                "BOKKOS, Nigeria (AP) - Armed men stormed a farming village in cent"
                "ral Nigeria's Plateau state overnight, burning homes, police spoke"
                "sman Alfred Alabo said. Governor Caleb Mutfwang condemned the atta"
                "ck."
            ),
        ],
        "casualties",
        "present",
        r"^12 killed",
    ),
    (
        "r5_believed_to_have_died",
        "2026-03-04",
        [
            (
                "TRIPOLI (Reuters) - A boat carrying migrants capsized off the Liby"
                "an coast near Zuwara on Wednesday, killing 12 people, the Internat"
                "ional Organization for Migration said. Some 2,400 migrants are bel"
                "ieved to have died on the central Mediterranean route, the IOM sai"
                "d."
            ),
            (
                "ZUWARA, Libya (AP) - Twelve migrants drowned when their rubber boa"
                "t sank off Zuwara, the IOM said. Libyan coast guard spokesman Ali "
                "Hassan said 30 people were rescued."
            ),
        ],
        "casualties",
        "absent",
        r"2,400 killed",
    ),
    (
        "r6_widow_no_voice",
        "2026-03-04",
        [
            (
                "LLALLAGUA, Bolivia, March 4, 2026 (AFP) - The widow of a miner kil"
                "led in the collapse said on Wednesday she had been told nothing by"
                " the cooperative, as the confirmed death toll rose to four."
            ),
            (
                "LA PAZ (Reuters) - Rescuers recovered a fourth body from the colla"
                "psed San Miguel gallery at a tin mine near Llallagua, Mining Minis"
                "ter Gonzalo Arancibia said on Wednesday. He said 15 miners were st"
                "ill trapped."
            ),
        ],
        "disputes",
        "absent",
        r"widow",
    ),
    (
        "r6_relatives_no_voice",
        "2026-03-04",
        [
            (
                "ORURO, Bolivia, March 4, 2026 (AFP) - Relatives of the trapped min"
                "ers said on Wednesday they had lost hope, as the confirmed death t"
                "oll rose to nine."
            ),
            (
                "LA PAZ (Reuters) - The death toll from a tunnel collapse at the Hu"
                "anuni tin mine rose to nine on Wednesday, the state mining company"
                " Comibol said. Two miners remained missing."
            ),
        ],
        "disputes",
        "absent",
        r"Relatives of the trapped",
    ),
    (
        "r7_most_freed",
        "2026-03-04",
        [
            (
                "SANTIAGO (Reuters) - A rock fall at the El Teniente copper mine on"
                " Monday trapped 22 miners, the company Codelco said at the time. O"
                "n Wednesday, mining minister Aurora Williams said rescuers had fre"
                "ed most of them and three miners remained trapped in a lower galle"
                "ry. Two miners were killed, she said."
            ),
            (
                "RANCAGUA, Chile (AP) - Rescuers worked through the night at Codelc"
                "o's El Teniente mine after a rock fall, the company said. The mine"
                "rs' union blamed the company for cutting safety staff."
            ),
        ],
        "disputes",
        "absent",
        r"^How many were trapped",
    ),
    (
        "r9_cooperative_denied",
        "2026-03-04",
        [
            (
                "LLALLAGUA, Bolivia (Reuters) - Four miners were killed when a tunn"
                "el collapsed at a cooperative tin mine near Llallagua on Monday ni"
                "ght, the Mining Ministry said. The Nueva Estrella cooperative says"
                " the blasting in the neighbouring Rosario tunnel did not stop even"
                " after its miners complained. Rosario's president, Jhonny Gutierre"
                "z, denied any blasting on Monday night and said his cooperative wo"
                "uld open its workings to inspectors."
            ),
            (
                "LA PAZ (AP) - Rescuers recovered the last body from a collapsed ti"
                "n mine near Llallagua on Wednesday, the Mining Ministry said. Pres"
                "ident Rodrigo Paz ordered an inquiry."
            ),
        ],
        "disputes",
        "present",
        r"^Denied by Jhonny Gutierrez",
    ),
    (
        "r9_company_denied",
        "2026-03-04",
        [
            (
                "LA PAZ (Reuters) - Toxic tailings from the Minera Andina plant spi"
                "lled into the San Juan del Oro river near Tupiza in January, killi"
                "ng fish for miles downstream. Minera Andina denied that toxic tail"
                "ings from its plant had spilled into the river."
            ),
            (
                "POTOSI, Bolivia (AP) - Bolivia's environment agency says toxic tai"
                "lings from the Minera Andina plant spilled into the Tarapaya lagoo"
                "n near Potosi last year. Minera Andina spokesman Luis Arce denied "
                "that toxic tailings from the plant had spilled into the lagoon."
            ),
        ],
        "disputes",
        "present",
        r"^Denied by Minera Andina",
    ),
    (
        "r9_residents_say",
        "2026-03-04",
        [
            (
                "BANGKOK (Reuters) - At least seven villagers were killed in Myanma"
                "r's Sagaing region on Tuesday, a local rescue group said. Resident"
                "s of Kani township say the shelling of their village did not let u"
                "p for six hours. A spokesman for the military government, Zaw Min "
                "Tun, denied any shelling in Kani township and said troops had been"
                " attacked by rebels."
            ),
            (
                "YANGON (AP) - Seven villagers died in an attack on a village in Ka"
                "ni township in Sagaing, the rescue group said. Rebel forces accuse"
                "d the army of targeting civilians."
            ),
        ],
        "disputes",
        "present",
        r"account of Kani",
    ),
    (
        "r10_must_answer",
        "2026-03-04",
        [
            (
                "ACCRA (Reuters) - Water released from the Bui dam on the Black Vol"
                "ta flooded villages downstream on Tuesday night, the National Disa"
                'ster Management Organisation said. "Whoever opened those gates mus'
                't answer," district chief executive Yaw Donkor said, while the aut'
                'hority said in a statement, "The release was unavoidable."'
            ),
            (
                "BAMBOI, Ghana (AP) - Hundreds of people left their homes in Bamboi"
                " after water released from the Bui dam flooded the town, NADMO sai"
                "d. No injuries were reported."
            ),
        ],
        "reactions",
        "absent",
        r"must answer The release",
    ),
    (
        "r10_not_a_competition",
        "2026-03-04",
        [
            (
                "KATHMANDU (Reuters) - Relief supplies reached flooded villages in "
                "Nepal's Koshi province on Wednesday, the National Disaster Risk Re"
                'duction and Management Authority said. "We are not in a competitio'
                'n with the district," authority spokesman Dijan Bhattarai said; "e'
                'very family that needs a tent will get one," district chief Rina T'
                "hapa added."
            ),
            (
                "BIRATNAGAR, Nepal (AP) - Thousands of people were sheltering in sc"
                "hools in Koshi province after the Koshi river burst its banks, off"
                "icials said. No deaths were reported."
            ),
        ],
        "reactions",
        "absent",
        r"competition with the district every family",
    ),
    (
        "r10_simply_not_true",
        "2026-03-04",
        [
            (
                "NAIROBI (Reuters) - Kenyan officials on Wednesday defended the res"
                'ponse to floods along the Tana River. "Our teams reached every vil'
                'lage by boat within a day," Kenya Red Cross spokeswoman Irene Nyak'
                'erario said, "that is simply not true," Garsen MP Ali Wario replie'
                "d at the same briefing."
            ),
            (
                "GARSEN, Kenya (AP) - Thousands of families fled rising water along"
                " the Tana River in Kenya's coastal region, the Kenya Red Cross sai"
                "d. No deaths were reported."
            ),
        ],
        "reactions",
        "absent",
        r"within a day that is simply",
    ),
]

# Cases a hostile review of stop 52 wrote against its rules (a curfew, a timetable, a fire
# still raging, a market's opening hour, a question about an inspection, comparisons with a
# capacity or a past season, 'at short notice', one-word bodies that speak, a name after a
# place with no comma): each was worse than before until mended.
_REVIEWED_52 = [
    (
        "r3i_a_past_season_s_total",
        "2026-05-06",
        [
            (
                "SANTIAGO (Reuters) - Firefighters said about 400 hectares of fores"
                "t burned near Valparaiso on Tuesday, more than the 250 hectares re"
                "corded by forestry agency Conaf for the whole of last summer."
            ),
        ],
        "disputes",
        "absent",
        r"How many hectares",
    ),
    (
        "r3j_another_storm_by_one_voice",
        "2026-05-06",
        [
            (
                "MANILA (Reuters) - The weather bureau said 350 millimetres of rain"
                " fell on Baguio in 24 hours, more than the 300 millimetres recorde"
                "d by the bureau when Typhoon Haiyan struck."
            ),
        ],
        "disputes",
        "absent",
        r"How many millimetres",
    ),
    (
        "r3k_what_the_drains_can_handle",
        "2026-05-06",
        [
            (
                "MANILA (Reuters) - The weather bureau said 350 millimetres of rain"
                " fell on Baguio in 24 hours, higher than the 300 millimetres cited"
                " by city engineers as the limit the drains can handle."
            ),
        ],
        "disputes",
        "absent",
        r"How many millimetres",
    ),
    (
        "r3l_a_pipeline_s_hourly_flow",
        "2026-05-06",
        [
            (
                "JAKARTA (Reuters) - The port authority said 12,000 litres of crude"
                " oil spilled from the pipeline, more than the 9,000 litres cited b"
                "y the operator as the pipeline's hourly flow."
            ),
        ],
        "disputes",
        "absent",
        r"How many litres",
    ),
    (
        "r5a_a_curfew_from_an_hour",
        "2026-05-06",
        [
            (
                "KATHMANDU, Nepal (Reuters) - Authorities imposed a curfew from 8 p"
                ".m. in Kathmandu on Tuesday after protesters set fire to governmen"
                "t buildings, police said."
            ),
            (
                "KATHMANDU, Nepal (AP) - Fresh clashes broke out at 8:25 p.m. in Ka"
                "thmandu as protesters defied the curfew, witnesses said."
            ),
        ],
        "disputes",
        "absent",
        r"What time it was",
    ),
    (
        "r5b_still_raging_at_an_hour",
        "2026-05-06",
        [
            (
                "DHAKA (Reuters) - A fire broke out at about 7:45 a.m. at a garment"
                " warehouse in Dhaka's Mirpur district on Sunday, the fire service "
                "said."
            ),
            (
                "DHAKA (AFP) - The blaze was still raging at 9 a.m., with black smo"
                "ke visible across the city, and firefighters struggled to reach th"
                "e upper floors."
            ),
        ],
        "disputes",
        "absent",
        r"When the fire happened",
    ),
    (
        "r5c_the_seven_o_clock_ferry",
        "2026-05-06",
        [
            (
                "LIMA, Peru (Reuters) - The 7 a.m. ferry from Puno capsized on Lake"
                " Titicaca on Sunday, the navy said, and 14 people were rescued."
            ),
            (
                "LIMA, Peru (AFP) - The ferry capsized at 7:45 a.m., about 40 minut"
                "es after leaving the port, the navy said."
            ),
        ],
        "disputes",
        "absent",
        r"When the sinking happened",
    ),
    (
        "r5e_a_market_that_opens_at_six",
        "2026-05-06",
        [
            (
                "NAIROBI (Reuters) - Traders said the market in Kamukunji opens at "
                "6 a.m. and was already crowded when the fire started."
            ),
            (
                "NAIROBI (AFP) - The fire broke out in Kamukunji at 6:30 a.m. on Sa"
                "turday, the county fire department said."
            ),
        ],
        "disputes",
        "absent",
        r"What time it was",
    ),
    (
        "r5l_spread_by_an_hour",
        "2026-05-06",
        [
            (
                "MUMBAI (Reuters) - A fire broke out at a hospital in Mumbai's Bhan"
                "dup suburb at about 5:15 p.m. on Sunday, the fire brigade said."
            ),
            (
                "MUMBAI (AFP) - The fire had spread to three floors by 6 p.m., trap"
                "ping patients in the intensive care unit, witnesses said."
            ),
        ],
        "disputes",
        "absent",
        r"When the fire happened",
    ),
    (
        "r6a_when_the_dam_was_last_inspected",
        "2026-05-06",
        [
            (
                "QUITO, Ecuador (Reuters) - A tailings dam burst at a gold mine in "
                "Zamora Chinchipe on Tuesday, burying 11 homes.\n\nWhen was the dam l"
                "ast inspected? The environment ministry said its inspectors visite"
                "d the site at 10 a.m. on March 3. The operator says its own engine"
                "ers checked the spillway at 4 p.m. the day before the collapse."
            ),
        ],
        "disputes",
        "absent",
        r"What time it happened",
    ),
    (
        "r6i_when_the_exits_were_last_checked",
        "2026-05-06",
        [
            (
                "ISTANBUL (Reuters) - Fire tore through a nightclub in Istanbul ear"
                "ly on Saturday, killing 29 people.\n\nWhen were the exits last check"
                "ed? Istanbul's fire department said inspectors visited the club at"
                " 11 a.m. on March 2. The club's owner said a private firm checked "
                "the exits at 3 p.m. last month."
            ),
        ],
        "disputes",
        "absent",
        r"What time it happened",
    ),
    (
        "r6b_when_things_went_wrong",
        "2026-05-06",
        [
            (
                "MANILA (Reuters) - A ferry capsized off Mindoro on Sunday.\n\nWhen d"
                "id things start to go wrong? The coast guard said the ferry left C"
                "alapan port at 6:10 a.m. Survivors said the engine failed at 7:05 "
                "a.m."
            ),
        ],
        "disputes",
        "absent",
        r"What time it happened",
    ),
    (
        "r6c_an_alarm_and_a_collision",
        "2026-05-06",
        [
            (
                "ATHENS (Reuters) - Two trains collided near Larissa late on Tuesda"
                "y.\n\nWhen did the station master realise the trains were on the sam"
                "e track? Rail operator Hellenic Train said its dispatcher raised t"
                "he alarm at 11:12 p.m. The railway workers' union said the collisi"
                "on happened at 11:21 p.m."
            ),
        ],
        "disputes",
        "absent",
        r"What time it happened",
    ),
    (
        "r6h_rising_seas_put_it_at",
        "2026-05-06",
        [
            (
                "SUVA, Fiji (Reuters) - A ferry ran aground on a reef off Kadavu Is"
                "land on Sunday. The time of the grounding is disputed: the ferry l"
                "ine says 2:10 a.m.; rising seas put the ship at risk at 1:40 a.m."
            ),
        ],
        "disputes",
        "absent",
        r"rising seas",
    ),
    (
        "r7e_evicted_at_short_notice",
        "2026-03-03",
        [
            (
                "KABUL (Reuters) - The municipality demolished 40 homes in the Dash"
                "t-e-Barchi district on Monday. Residents said they were evicted at"
                " short notice."
            ),
            (
                "KABUL (AFP) - In a statement, the municipality said the demolition"
                "s were lawful. It denied evicting anyone at short notice."
            ),
        ],
        "disputes",
        "present",
        r"^Denied",
    ),
    (
        "r9j_amnesty_said",
        "2026-03-03",
        [
            (
                "TEHRAN (Reuters) - Security forces opened fire on protesters in th"
                "e city of Zahedan on Friday, killing dozens, witnesses said. Amnes"
                "ty said at least 40 people were killed in Zahedan. President Masou"
                "d Pezeshkian has offered an amnesty to protesters who surrender."
            ),
            (
                "DUBAI (AFP) - Iranian authorities rejected the toll from Friday's "
                "shooting in Zahedan. Amnesty said its researchers had verified the"
                " names of 40 victims in Sistan-Baluchestan province."
            ),
        ],
        "who",
        "present",
        r"Amnesty",
    ),
    (
        "r9l_shell_said",
        "2026-03-03",
        [
            (
                "LAGOS (Reuters) - A fire broke out at a pipeline in the Niger Delt"
                "a on Sunday, killing 12 people, police said. Shell said the pipeli"
                "ne near Bodo had been tapped by thieves. Villagers said a shell fi"
                "red by soldiers had hit a fuel tank days before."
            ),
            (
                "LAGOS (AFP) - Police in Rivers State arrested six suspects on Mond"
                "ay. Shell said it had shut the Trans Niger Pipeline."
            ),
        ],
        "who",
        "present",
        r"^Shell",
    ),
    (
        "r9m_unison_said",
        "2026-03-03",
        [
            (
                "LONDON (Reuters) - A fire at a hospital in Leeds on Sunday killed "
                "two patients, police said. Unison said staff at Leeds General Infi"
                "rmary had warned managers about faulty wiring."
            ),
            (
                "LONDON (AP) - Nurses and porters acted in unison to evacuate 200 p"
                "atients. Unison said its members in West Yorkshire had raised conc"
                "erns for years."
            ),
        ],
        "who",
        "present",
        r"Unison",
    ),
    (
        "r10k_a_name_after_a_place_with_no_comma",
        "2026-03-03",
        [
            (
                "SAN JOSE, Costa Rica (Reuters) - A bus plunged into a ravine near "
                "Cartago on Sunday, killing 11 people. In Cartago Jose Maria Figuer"
                "es said the road had long been dangerous."
            ),
            (
                "SAN JOSE, Costa Rica (AFP) - Police said the driver had lost contr"
                "ol. Figueres called for the road to be closed."
            ),
        ],
        "who",
        "present",
        r"Figueres",
    ),
]


# Cases a hostile review of stop 53 wrote against its rules (a quoted toll after "she told",
# places read as names, a state given back, not saying, pledges, counts of people in two
# words, "maintains the figure", a partial count, a day as a voice): each was worse than
# before until mended.
_REVIEWED_53 = [
    (
        "r15a_a_nurse_s_count_is_not_the_ministry_s",
        "2026-04-06",
        [
            (
                "KADUNA, Nigeria (Reuters) - Nurse Amina Yusuf described chaos at t"
                "he general hospital on Sunday night. The health ministry said 40 p"
                'eople had died in the attack. "We counted more than 60 bodies," sh'
                "e told Reuters, adding that the morgue was full."
            ),
        ],
        "casualties",
        "absent",
        r"\b60\b.*health ministry",
    ),
    (
        "r15e_a_hospital_s_count_is_not_the_ministry_s",
        "2026-06-23",
        [
            (
                'KABUL (Reuters) - The health ministry put the toll at 62. "We have'
                ' received 90 bodies at this hospital alone," she told AFP, adding '
                "that the dead included 20 children."
            ),
        ],
        "casualties",
        "absent",
        r"\b90\b.*health ministry",
    ),
    (
        "r15f_police_who_put_up_roadblocks_gave_no_toll",
        "2026-02-17",
        [
            (
                "PORT-AU-PRINCE (AP) - Police put up roadblocks around the Delmas n"
                'eighbourhood after the attack. "Eleven people were killed in the h'
                'ouse," he told local radio, adding that the gunmen had escaped.'
            ),
        ],
        "casualties",
        "absent",
        r"\b11\b.*Police",
    ),
    (
        "r17a_a_fisherman_quoted_after_said_is_an_actor",
        "2026-03-02",
        [
            (
                "GUAYAQUIL, Ecuador (Reuters) - Floods killed nine people in the co"
                "astal province of Santa Elena on Sunday, the national risk managem"
                'ent secretariat said. "The water came up to the roof in two hours,'
                '" said Jorge Salinas, 52, a fisherman who lost his boat. Flooding '
                "was worst in Salinas, a beach town where rescuers used canoes to r"
                "each stranded families."
            ),
            (
                "GUAYAQUIL, Ecuador (AP) - The risk management secretariat raised t"
                'he flood toll to 11. "Nobody warned us," said fisherman Jorge Sali'
                "nas. Risk management secretary Daniela Paz said shelters had been "
                "opened for 3,000 people."
            ),
        ],
        "who",
        "present",
        r"Jorge Salinas",
    ),
    (
        "r17b_a_suspect_found_beside_his_pistol_is_an_actor",
        "2026-05-12",
        [
            (
                "MEDELLIN, Colombia (Reuters) - Police arrested Lucas Moreno, 34, o"
                "n Tuesday in connection with the shooting of a city councillor, Me"
                "dellin police chief Col. Andres Ruiz said. Investigators found a p"
                "istol beside Moreno when he was detained at a bus station."
            ),
            (
                "MEDELLIN, Colombia (AP) - Lucas Moreno was charged with murder on "
                "Wednesday. Prosecutor Sandra Ospina said Moreno had been paid to c"
                "arry out the killing. Councillor Elena Vargas died on Monday after"
                " being shot outside her home."
            ),
        ],
        "who",
        "present",
        r"Lucas Moreno",
    ),
    (
        "r17d_a_state_that_acts_is_an_actor",
        "2026-10-22",
        [
            (
                "VILNIUS (Reuters) - Lithuania closed two border crossings with Bel"
                "arus on Wednesday after dozens of balloons carrying contraband cig"
                "arettes crossed into its airspace, the interior ministry said. Bel"
                "arus accused Lithuania of staging a provocation."
            ),
            (
                "MINSK (AFP) - Belarus summoned Lithuania's charge d'affaires on Th"
                "ursday. Lithuania expelled a Belarusian diplomat the same day. Tru"
                "cks queued for 20 kilometres at crossings in Lithuania, border gua"
                "rds said."
            ),
        ],
        "who",
        "present",
        r"Lithuania",
    ),
    (
        "r17i_a_suspect_in_whose_car_a_gun_was_found_is_an_actor",
        "2026-05-09",
        [
            (
                "SAN JOSE, Costa Rica (Reuters) - Police arrested Diego Torres, 29,"
                " on Friday over the killing of a journalist, the judicial police O"
                "IJ said. Agents found a revolver in Torres' car, OIJ director Rand"
                "all Zuniga said."
            ),
            (
                "SAN JOSE, Costa Rica (AP) - A judge ordered Diego Torres held for "
                "six months pending trial. Journalist Maria Solis was shot dead out"
                "side her home on Monday."
            ),
        ],
        "who",
        "present",
        r"Diego Torres",
    ),
    (
        "r5b_one_commune_s_count_is_part_of_the_region_s",
        "2026-02-04",
        [
            (
                "VALPARAISO, Chile (Reuters) - The national disaster agency counts "
                "1,740 homes destroyed across the region. The mayor of Quilpue says"
                " 600 were destroyed in her commune alone."
            ),
        ],
        "disputes",
        "absent",
        r"How many homes",
    ),
    (
        "r5c_homes_damaged_beyond_repair_are_some_of_the_damaged",
        "2026-10-05",
        [
            (
                "MERIDA, Mexico (AP) - State officials said 2,400 homes were damage"
                "d when the hurricane came ashore. The Mexican Red Cross says 300 w"
                "ere damaged beyond repair."
            ),
        ],
        "disputes",
        "absent",
        r"How many homes",
    ),
    (
        "r5d_schools_closed_still_are_no_rival_count",
        "2026-05-06",
        [
            (
                "NAIROBI (Reuters) - The education ministry said 320 schools were c"
                "losed on Monday because of the floods. The Kenya National Union of"
                " Teachers says 40 are closed still, most of them in Tana River cou"
                "nty."
            ),
        ],
        "disputes",
        "absent",
        r"How many schools",
    ),
    (
        "r2b_residents_of_two_hamlets_count_a_part",
        "2026-02-20",
        [
            (
                "PUNO, Peru (AP) - The civil defence institute counted 2,300 homes "
                "destroyed by the hailstorm and floods; residents of the hamlets of"
                " Tres Cruces and Alto Verde say 120."
            ),
        ],
        "disputes",
        "absent",
        r"How many homes",
    ),
    (
        "r10b_said_but_declined_to_comment_is_still_an_account",
        "2026-02-08",
        [
            (
                "CUIABA, Brazil (AP) - The mining company said the dam had been ins"
                "pected in March, but declined to comment on the cause of the breac"
                "h. Residents disputed that account, saying water had been seeping "
                "through the wall for weeks."
            ),
        ],
        "disputes",
        "present",
        r"mining company",
    ),
    (
        "r10d_said_and_refused_to_give_is_still_an_account",
        "2026-09-28",
        [
            (
                "BAGHDAD (Reuters) - The interior ministry said 40 people died in t"
                "he fire and refused to give a breakdown of the dead. The Iraqi Red"
                " Crescent rejects those figures."
            ),
        ],
        "disputes",
        "present",
        r"Red Crescent",
    ),
    (
        "r11a_a_promise_reported_is_what_no_such_promise_answers",
        "2026-02-11",
        [
            (
                "LUBUMBASHI, Congo (Reuters) - Farmers said the dam operator had pr"
                "omised it would give a warning 24 hours before any release of wate"
                "r. The operator said no such promise was made."
            ),
        ],
        "disputes",
        "present",
        r"Farmers",
    ),
    (
        "r11d_an_account_published_is_an_account",
        "2026-03-02",
        [
            (
                "ATHENS (Reuters) - The rail operator said it would publish the sig"
                "nal logs, which it said showed the station master had been warned "
                "at 11:02 p.m. The station master's lawyer disputed the operator's "
                "account."
            ),
        ],
        "disputes",
        "present",
        r"operator",
    ),
    (
        "r7b_militants_and_civilians_are_one_toll",
        "2026-03-11",
        [
            (
                "KIDAL, Mali (Reuters) - The two sides disagree on the toll. The ar"
                "my said 40 militants were killed in the strike. The rebel alliance"
                " said 60 civilians died."
            ),
        ],
        "disputes",
        "present",
        r"army",
    ),
    (
        "r7e_people_and_protesters_are_one_crowd",
        "2026-04-01",
        [
            (
                "SANTIAGO (AP) - The two sides disagree on the size of the crowd. P"
                "olice said 5,000 people marched to the palace. Organisers said mor"
                "e than 40,000 protesters took part."
            ),
        ],
        "disputes",
        "present",
        r"Organisers",
    ),
    (
        "r8o_maintains_the_number_says_it",
        "2026-04-18",
        [
            (
                "CALI, Colombia (EFE) - The Colombian Red Cross affirmed this Satur"
                "day that the dead from the landslide in the Siloe neighbourhood ar"
                "e 26 and not 23, as the national disaster unit UNGRD sustains. For"
                " its part, the UNGRD maintains the number in 23 dead and 61 injure"
                "d. Consulted about the difference, its director said the official "
                "figure only includes cases reported by hospitals."
            ),
        ],
        "casualties",
        "present",
        r"^23 killed:.*UNGRD.*UNGRD",
    ),
    (
        "r8p_maintains_the_figure_says_it",
        "2026-03-13",
        [
            (
                "POTOSI, Bolivia (EFE) - The health service SEDES said a rescued mi"
                "ner died in hospital on Friday. For its part, the Ministry of Mini"
                "ng maintains the figure of eight dead recovered from the mine, aft"
                "er rescuers extracted an eighth body on Friday, and reported that "
                "11 workers were rescued alive and three remain trapped."
            ),
        ],
        "casualties",
        "present",
        r"^3 trapped.*Ministry of Mining",
    ),
    (
        "r9f_a_partial_count_against_a_rival_in_one_sentence",
        "2026-07-29",
        [
            (
                "CARACAS (Reuters) - The governing party won 1,240,000 votes, accor"
                "ding to the partial data of the national electoral council, while "
                "the opposition says it won 1,900,000 votes."
            ),
        ],
        "disputes",
        "present",
        r"national electoral council",
    ),
    (
        "r3h_a_day_s_total_has_no_voice_named_monday",
        "2026-07-09",
        [
            (
                "HOUSTON (AP) - Crews worked through the night. Monday's total was "
                "180,000 customers without power, while the utility says 240,000."
            ),
        ],
        "disputes",
        "absent",
        r"Monday",
    ),
]


_REVIEWED_54 = [
    (
        "r1a_shot_dead_and_police_arrested_a_man_is_one_killed",
        "2026-03-02",
        [
            (
                "LYON (Reuters) - A 17-year-old was shot dead on Saturday night in a suburb of "
                "Lyon and police arrested a man on Sunday, prosecutors said."
            ),
        ],
        "casualties",
        "present",
        r"^1 killed",
    ),
    (
        "r1e_those_only_questioned_are_not_held",
        "2026-03-02",
        [
            (
                "PRAGUE (Reuters) - Police detained the owner of the warehouse on Monday and "
                "questioned a worker and a driver, a spokesman said."
            ),
        ],
        "casualties",
        "absent",
        r"^2 detained",
    ),
    (
        "r1o_those_evacuated_are_not_injured",
        "2026-03-02",
        [
            (
                "LAGOS (Reuters) - A nurse was injured when the roof collapsed, and a doctor and "
                "a patient were evacuated unhurt, the hospital said."
            ),
        ],
        "casualties",
        "absent",
        r"^2 injured",
    ),
    (
        "r1p_those_who_said_it_are_not_killed",
        "2026-03-02",
        [
            (
                "KABUL (Reuters) - The blast killed a soldier, a police spokesman and a hospital "
                "official said on Friday."
            ),
        ],
        "casualties",
        "absent",
        r"^2 killed",
    ),
    (
        "r1v_the_victims_are_not_arrested",
        "2026-03-02",
        [
            (
                "JAKARTA (Reuters) - Police arrested a suspect after a teacher and a student were "
                "stabbed at a school in Bekasi, police said."
            ),
        ],
        "casualties",
        "absent",
        r"^2 arrested",
    ),
    (
        "r2h_an_owner_and_manager_named_after_are_held",
        "2026-05-04",
        [
            (
                "BRNO (AP) - Police arrested the club's owner, Marek Novak, and manager Ivan Kral "
                "on Sunday, a spokesman said."
            ),
        ],
        "casualties",
        "present",
        r"arrested",
    ),
    (
        "r3j_buried_victims_leave_no_no_one_killed",
        "2026-03-02",
        [
            "ACCRA (Reuters) - No one was killed in the stampede, police said on Friday.",
            "ACCRA (AP) - Relatives buried the victims of the stampede in Kumasi on Sunday.",
        ],
        "casualties",
        "absent",
        r"no one killed",
    ),
    (
        "r4b_residents_who_did_not_get_the_alert_deny_nothing",
        "2026-03-02",
        [
            (
                "VALENCIA (Reuters) - The regional emergency agency said it sent a mobile phone "
                "alert at 8:03 p.m. on Tuesday, hours after the first streets flooded. Many "
                "residents did not get the alert because the mobile network was already down, the "
                "agency said."
            ),
        ],
        "disputes",
        "absent",
        r"Denied by",
    ),
    (
        "r4e_a_report_received_late_is_no_denial",
        "2026-03-02",
        [
            (
                "DHAKA (Reuters) - Fire officials said they had inspected the building in January "
                "and found no fire exits. The owner said he did not receive the inspection report "
                "until after the fire."
            ),
        ],
        "disputes",
        "absent",
        r"Denied by",
    ),
    (
        "r7a_a_literal_order_beats_a_decision_of_one_sense",
        "2026-03-02",
        [
            (
                "HANOI (Reuters) - The ward issued an order suspending the karaoke bar on July "
                "22, officials said. The city's decision in June to let bars reopen after "
                "midnight was criticised by residents. The bar's owner says he never received "
                "that order."
            ),
        ],
        "disputes",
        "present",
        r"issued an order suspending",
    ),
    (
        "r8a_a_generator_delivered_is_no_warning",
        "2026-03-02",
        [
            (
                "CARACAS (Reuters) - The state oil company said it had delivered a new generator "
                "to the hospital on Monday, two days before the blackout. The hospital denies "
                "receiving any warning that the power would be cut."
            ),
        ],
        "disputes",
        "absent",
        r"generator",
    ),
    (
        "r10c_a_body_warned_beside_farmers_was_warned",
        "2026-03-02",
        [
            (
                "SYDNEY (Reuters) - The bureau says it warned farmers and the water authority on "
                "Tuesday that the river would peak overnight. The water authority denies "
                "receiving any warning from the bureau."
            ),
        ],
        "disputes",
        "present",
        r"warned farmers and the water authority",
    ),
    (
        "r10e_nurses_at_the_clinic_were_the_clinic_alerted",
        "2026-03-02",
        [
            (
                "ACCRA (Reuters) - The health service says it alerted nurses at the clinic to the "
                "outbreak on May 2. The clinic denies receiving any alert before May 9."
            ),
        ],
        "disputes",
        "present",
        r"alerted nurses",
    ),
    (
        "r15b_van_is_a_man_s_middle_name",
        "2026-03-02",
        [
            (
                "HAI PHONG (AP) - A fire at a market killed three people on Friday, police said. "
                "Tran Thi Mai, a trader, ran out when the lights failed. Hoang Van Nam, a "
                'security guard, opened the back gate. "I heard two blasts and then the roof came '
                'down," she said.'
            ),
        ],
        "reactions",
        "absent",
        r"Hoang Van Nam",
    ),
    (
        "r15c_mostly_a_woman_s_name_is_no_he",
        "2026-03-02",
        [
            (
                "CORK (Reuters) - Floods cut off three villages on Sunday, police said. Tom "
                "Hughes, a farmer, watched the river rise. Ashley Ryan, his neighbour, moved her "
                'cattle to higher ground. "I have never seen water like it in sixty years," he '
                "said."
            ),
        ],
        "reactions",
        "absent",
        r"Ashley Ryan",
    ),
    (
        "r15f_ho_van_long_is_no_she",
        "2026-03-02",
        [
            (
                "SAIGON (AP) - A bus crashed on a mountain pass, killing six, police said. Nguyen "
                "Thi Hoa, a passenger, was asleep. Ho Van Long, the driver's assistant, pulled "
                'two children out. "The brakes smelled of burning for an hour," she said.'
            ),
        ],
        "reactions",
        "absent",
        r"Ho Van Long",
    ),
]


_REVIEWED_55 = [
    (
        "r3d_last_week_gunmen_killed_elsewhere_stays_background",
        "2025-03-16",
        [
            (
                "Gunmen killed nine villagers in Kaduna state on Saturday, police said on "
                "Sunday. Last week, gunmen killed 14 people in a nearby village, local "
                "officials said."
            ),
        ],
        "what",
        "absent",
        r"Last week, gunmen killed 14",
    ),
    (
        "r3e_a_separate_attack_last_week_stays_background",
        "2025-03-15",
        [
            (
                "Gunmen killed nine villagers in Kaduna state on Friday, police said on "
                "Saturday. In a separate attack last week, bandits kidnapped 40 pupils from a "
                "school in Kebbi state."
            ),
        ],
        "what",
        "absent",
        r"separate attack last week",
    ),
    (
        "r6b_one_convicted_before_leaves_the_arrests_news",
        "2025-03-11",
        [
            (
                "Police have arrested three men over the robbery, one of whom had been "
                "convicted before. The men stole 2 million crowns from a bank in Malmo on "
                "Monday."
            ),
        ],
        "what",
        "present",
        r"arrested three men",
    ),
    (
        "r6e_the_night_before_leaves_the_rescue_news",
        "2025-03-11",
        [
            (
                "Rescuers have pulled 12 survivors from the rubble of the hotel in Antalya, "
                "more than they had expected the night before. The hotel collapsed on Monday, "
                "killing 30 people."
            ),
        ],
        "what",
        "present",
        r"pulled 12 survivors",
    ),
    (
        "r13b_how_the_fire_started_answered_by_where_it_started",
        "2025-03-16",
        [
            (
                "Police said the fire started in a kitchen on the ground floor shortly after "
                "midnight. The fire killed four people at a hostel in Bergen on Sunday. The "
                "hostel's owner, Ola Nilsen, rejected the police account of how the fire "
                "started, saying the kitchen had been closed for weeks."
            ),
        ],
        "disputes",
        "present",
        r"Denied by Ola Nilsen",
    ),
    (
        "r13c_when_the_leak_was_found_answered_by_a_morning",
        "2025-03-13",
        [
            (
                "The company said the leak was discovered on Tuesday morning. Residents of "
                "Stavanger disputed the company's account of when the leak was discovered, "
                "saying they had smelled gas since Sunday."
            ),
        ],
        "disputes",
        "present",
        r"Denied by Residents of Stavanger",
    ),
    (
        "r10b_standing_by_a_decision_holds_no_figure",
        "2025-03-12",
        [
            (
                "The union says 1,200 members joined the strike on Monday. The company says 300"
                " members of staff were still at work and stands by its decision to dock the "
                "strikers' pay."
            ),
        ],
        "disputes",
        "absent",
        r"How many members",
    ),
    (
        "r9i_damaged_homes_are_not_the_destroyed_ones",
        "2025-03-12",
        [
            (
                "The ministry said 120 homes were destroyed in the storm. The Red Cross puts "
                "the total number of damaged homes at 900 homes."
            ),
        ],
        "disputes",
        "absent",
        r"How many homes",
    ),
    (
        "r18c_divisions_in_a_body_leave_it_a_body",
        "2025-03-10",
        [
            (
                "GAZA (Reuters) - The ceasefire talks have exposed divisions in Hamas, "
                "diplomats said. The Hamas leadership has not commented."
            ),
        ],
        "who",
        "present",
        r"^Hamas",
    ),
    (
        "r11a_out_is_what_befell_the_services",
        "2025-03-12",
        [
            (
                "The ministry said 63 e-services had been out for most of the day. The agency "
                "said 27 e-services had been out."
            ),
        ],
        "disputes",
        "present",
        r"63 e-services had been out",
    ),
    (
        "r11b_down_is_what_befell_the_lines",
        "2025-03-12",
        [
            (
                "The operator said 300 lines were down on Monday. The regulator said 450 lines "
                "were down."
            ),
        ],
        "disputes",
        "present",
        r"300 lines were down",
    ),
    (
        "r11d_off_is_what_befell_the_homes",
        "2025-03-12",
        [
            (
                "The utility said 12,000 homes were off the grid on Monday. The union said "
                "30,000 homes were off."
            ),
        ],
        "disputes",
        "present",
        r"12,000 homes were off",
    ),
    (
        "r21c_a_language_named_like_its_town_keeps_the_town",
        "2025-03-10",
        [
            (
                "NAIROBI (Reuters) - A bus crash killed 9 people near Embu town on Monday, "
                "police said. The Embu town police commander said the driver fled."
            ),
        ],
        "where",
        "present",
        r"^Embu town",
    ),
    (
        "r21d_a_language_named_like_its_district_keeps_it",
        "2025-03-10",
        [
            (
                "KAMPALA (Reuters) - Lightning killed 6 pupils in the Teso district on Monday, "
                "police said."
            ),
        ],
        "where",
        "present",
        r"^Teso district",
    ),
    (
        "r10c_sticking_with_their_count_holds_the_figure",
        "2025-03-14",
        [
            (
                "The museum says 64 items are missing. Police, who spoke of 58 items last week,"
                " said on Friday they were sticking with their count."
            ),
        ],
        "disputes",
        "present",
        r"How many items",
    ),
    (
        "r7h_a_currency_is_named_as_written",
        "2025-03-12",
        [
            (
                "OSLO (NTB) - The insurer of the paintings stolen from the Lillehammer gallery "
                "says they were insured for 2.5 million kroner, far below the gallery's own "
                "estimate. The gallery has since put their market value at 40 million kroner."
            ),
        ],
        "disputes",
        "present",
        r"How much \(kroner\)",
    ),
]


_REVIEWED_56 = [
    (
        "r11h_a_youth_wing_speaks_for_itself_not_its_party",
        "2026-03-03",
        [
            (
                "JOHANNESBURG, March 3 (Reuters) - South Africa's police minister Sipho "
                "Ndlovu faced calls to resign on Tuesday after a raid in Soweto left three "
                "people dead.\n\nThe youth wing of the African National Congress said Ndlovu "
                "must step down, in a break with the party leadership.\n\nANC spokesman "
                "Thabo Molefe said the party stood by Ndlovu.\n\n(Reporting by Kwame Boadu; "
                "Editing by Lisa Shumaker)"
            ),
        ],
        "reactions",
        "absent",
        r"^African National Congress",
    ),
    (
        "r11i_a_section_that_breaks_ranks_is_not_the_whole_body",
        "2026-03-03",
        [
            (
                "ACCRA, March 3 (Reuters) - Ghana's doctors will strike next week over "
                "unpaid allowances, the Ghana Medical Association said on Tuesday.\n\nA "
                "section of the Ghana Medical Association, mostly junior doctors in Tamale, "
                "said it would not join the strike.\n\n(Reporting by Kwame Boadu; Editing by "
                "Lisa Shumaker)"
            ),
        ],
        "reactions",
        "absent",
        r"^Ghana Medical Association\b.*would not join",
    ),
    (
        "r7b_a_toll_raised_by_its_own_voice_is_no_third_side",
        "2025-11-29",
        [
            (
                "MULTAN, Nov 28 (Reuters) - Nishtar Hospital counts 10 dead from the "
                "poisoned wedding banquet. The bride's family says 12 people have died."
            ),
            (
                "MULTAN, Nov 29 (AP) - Police initially put the toll at nine but raised it "
                "to 10 on Friday. Nishtar Hospital counts 10 dead. The bride's family says "
                "12 people have died."
            ),
        ],
        "disputes",
        "absent",
        r"\b9 Police\b|\bnine\b",
    ),
    (
        "r7d_a_figure_later_withdrawn_is_no_third_side",
        "2025-11-29",
        [
            (
                "MULTAN, Nov 28 (Reuters) - Nishtar Hospital counts 10 dead from the "
                "poisoned wedding banquet. The bride's family says 12 people have died."
            ),
            (
                "MULTAN, Nov 29 (AP) - Nishtar Hospital counts 10 dead. The bride's family "
                "says 12 people have died. Before the hospital's count, a local television "
                "channel had reported 15 deaths, a figure it later withdrew."
            ),
        ],
        "disputes",
        "absent",
        r"\b15\b",
    ),
    (
        "r5b_one_aircraft_named_two_ways_keeps_its_dispute",
        "2026-03-04",
        [
            (
                "JAKARTA, March 3 (Reuters) - A plane crashed into the sea off Bali on "
                "Tuesday. The aircraft had 86 people on board, the transport ministry said."
            ),
            (
                "JAKARTA, March 4 (AP) - The Boeing had 92 people on board, the airline said "
                "on Wednesday."
            ),
        ],
        "disputes",
        "present",
        r"\b86\b.*\b92\b",
    ),
    (
        "r2a_a_bulk_carrier_arrested_is_no_one_held",
        "2026-03-03",
        [
            (
                "DURBAN, March 3 (Reuters) - The bulk carrier was arrested in Durban on "
                "Tuesday on a court order obtained by a fuel supplier, the port authority "
                "said."
            ),
        ],
        "casualties",
        "absent",
        r"arrested|detained",
    ),
    (
        "r2c_a_barge_arrested_is_no_one_held",
        "2026-03-03",
        [
            (
                "Police said the barge was arrested at the port on a court order after its "
                "owner failed to pay the crew."
            ),
        ],
        "casualties",
        "absent",
        r"arrested|detained",
    ),
    (
        "r3a_one_and_two_of_his_cooks_is_no_count_of_one",
        "2026-03-03",
        [
            (
                "The caterer, Mian Zulfiqar Ali, and two of his cooks were arrested on "
                "Monday, police said."
            ),
        ],
        "casualties",
        "absent",
        r"^1 (?:arrested|detained)",
    ),
]

_REVIEWED_57 = [
    (
        "r1a_dr_congo_is_a_country_not_a_doctor",
        "2026-05-04",
        [
            (
                "KINSHASA, May 4 (Reuters) - A boat carrying traders capsized on Lake Mai-Ndombe "
                "in western DR Congo on Sunday, killing at least 23 people, provincial officials "
                "said. DR Congo's government said it would send divers. \"The boat was "
                'overloaded," said provincial spokesman Didier Mbala.'
            ),
            (
                "KINSHASA, May 5 (AFP) - Rescuers in DR Congo pulled more bodies from Lake "
                "Mai-Ndombe on Monday, raising the toll to 31, Didier Mbala said. Boat accidents "
                "are frequent in DR Congo, where roads are poor."
            ),
        ],
        "who",
        "absent",
        "^Congo\\b",
    ),
    (
        "r1a_dr_congo_stays_a_place",
        "2026-05-04",
        [
            (
                "KINSHASA, May 4 (Reuters) - A boat carrying traders capsized on Lake Mai-Ndombe "
                "in western DR Congo on Sunday, killing at least 23 people, provincial officials "
                "said. DR Congo's government said it would send divers. \"The boat was "
                'overloaded," said provincial spokesman Didier Mbala.'
            ),
            (
                "KINSHASA, May 5 (AFP) - Rescuers in DR Congo pulled more bodies from Lake "
                "Mai-Ndombe on Monday, raising the toll to 31, Didier Mbala said. Boat accidents "
                "are frequent in DR Congo, where roads are poor."
            ),
        ],
        "where",
        "present",
        "^DR Congo\\b",
    ),
    (
        "r1f_a_company_named_mp_is_no_person",
        "2026-10-05",
        [
            (
                "LONDON, Oct 5 (Reuters) - Shoe brand Dr. Martens said on Monday a fire at its "
                "Northamptonshire factory had halted production. Dr. Martens said no workers were "
                "hurt. US rare earths miner MP Materials said it would supply magnets to the "
                "factory's suppliers."
            ),
            "LONDON, Oct 6 - Dr. Martens shares fell 4 percent after the factory fire.",
        ],
        "who",
        "absent",
        "^Materials\\b",
    ),
    (
        "r1b_a_retailer_named_mr_is_no_person",
        "2026-05-04",
        [
            (
                "DURBAN, May 4 (Reuters) - Looters ransacked shops in central Durban on Sunday "
                "night after a protest over power cuts turned violent, police said. Retailer Mr "
                'Price said 14 of its stores had been looted. "We are counting the losses," Mr '
                "Price said in a statement. Police spokeswoman Thembi Nkosi said 40 people were "
                "arrested."
            ),
            (
                "DURBAN, May 5 - Clothing chain Mr Price said on Monday it would keep its Durban "
                "stores shut for a week. Police said 52 people had now been arrested."
            ),
        ],
        "who",
        "absent",
        "^Price\\b",
    ),
    (
        "r3b_a_partys_constituency_is_its_voters_not_a_place",
        "2026-05-04",
        [
            (
                "JOHANNESBURG, May 4 (Reuters) - The ANC constituency in the townships is angry "
                "about power cuts, analysts said, after protests in Soweto turned violent. The ANC "
                "said it would meet protest leaders. Police said 30 people were arrested."
            ),
            (
                "JOHANNESBURG, May 5 - The ANC constituency is shrinking, pollsters said on "
                "Monday, as Soweto protests continued."
            ),
        ],
        "who",
        "present",
        "^ANC\\b",
    ),
    (
        "r6a_a_person_named_rua_is_no_street",
        "2026-05-04",
        [
            (
                "ROTORUA, New Zealand, May 4 (Reuters) - A geothermal eruption damaged homes in "
                "Rotorua on Sunday, officials said. Rua Hemi, a local kaumatua, said the ground "
                'had been steaming for weeks. "We told the council," Rua Hemi said.'
            ),
            "ROTORUA, May 5 - Rua Hemi led a blessing at the site on Monday.",
        ],
        "who",
        "present",
        "^Rua Hemi\\b",
    ),
    (
        "r7b_a_founder_is_not_his_company",
        "2026-05-04",
        [
            (
                "SINGAPORE, May 4 (Reuters) - A fire destroyed a warehouse in Jurong on Sunday, "
                "officials said. Chua Boon Huat, who founded Chua Boon Huat Holdings Ltd, said the "
                'goods were insured. "We will rebuild," Chua Boon Huat said.'
            ),
            "SINGAPORE, May 5 - Chua Boon Huat Holdings Ltd said its shares would resume trading.",
        ],
        "reactions",
        "present",
        "^Chua Boon Huat(?! Holdings)",
    ),
    (
        "r10c_cattle_treated_are_no_people_hurt",
        "2026-03-10",
        [
            (
                "NAIROBI, March 10 (Reuters) - Contaminated feed has killed cattle in Kajiado, "
                "officials said. At least 40 cows have died and 300 were treated by veterinarians, "
                "the county said."
            ),
        ],
        "casualties",
        "absent",
        "\\b300\\b",
    ),
    (
        "r11a_residents_away_at_work_are_not_displaced",
        "2026-03-10",
        [
            (
                "LEEDS, March 10 (Reuters) - A gas explosion destroyed two terraced houses in "
                "Leeds on Monday morning. The four residents were out of their homes at work when "
                "the blast happened, police said, and no one was hurt."
            ),
        ],
        "casualties",
        "absent",
        "out of their homes",
    ),
    (
        "r11b_fishermen_and_commuters_are_not_displaced",
        "2026-03-10",
        [
            (
                "OSLO, March 10 (Reuters) - A storm closed ports along Norway's west coast. About "
                "200 fishermen were unable to go out, the fisheries directorate said. Thousands of "
                "commuters were unable to return after the Bergen bridge closed."
            ),
        ],
        "casualties",
        "absent",
        "unable to return",
    ),
    (
        "r11d_stranded_tourists_are_not_displaced",
        "2026-03-10",
        [
            (
                "BALI, March 10 (Reuters) - The eruption of Mount Agung shut Bali's airport on "
                "Monday. About 5,000 tourists were unable to return, officials said. Some 600 "
                "villagers near the volcano were unable to go home."
            ),
        ],
        "casualties",
        "absent",
        "tourists",
    ),
    (
        "r12b_a_crowd_count_ten_times_another_is_still_a_dispute",
        "2026-06-02",
        [
            (
                "SANTIAGO, June 2 (Reuters) - Students marched through Santiago on Tuesday. "
                "Organisers counted 60,000 marchers; the police counted 5,000."
            ),
        ],
        "disputes",
        "present",
        "60,000",
    ),
    (
        "r12f_a_homes_count_ten_times_another_is_still_a_dispute",
        "2026-06-02",
        [
            (
                "LIMA, June 2 (Reuters) - Floods in northern Peru destroyed homes. The regional "
                "government said 1,200 homes were destroyed, while the national emergency centre "
                "said 95."
            ),
        ],
        "disputes",
        "present",
        "1,200",
    ),
    (
        "wc6_none_was_hurt_leans_on_the_sentence_before",
        "2026-10-05",
        [
            (
                "HOBART, Oct 5 (Reuters) - Three fishermen were rescued off the coast of Tasmania "
                "on Monday after their trawler sank in heavy seas, police said. None was hurt. The "
                "men spent six hours in a life raft before a rescue helicopter winched them "
                "aboard, Senior Sergeant Paul Crane said. The trawler, the Southern Reach, sent a "
                "distress call at dawn after taking on water in six-metre seas. Maritime safety "
                "authorities said they would investigate why the boat sank, and whether its "
                "emergency beacon had been registered. The trawler's owner, Tasman Catch Pty Ltd, "
                "said the vessel had passed a survey in May. The Bureau of Meteorology warned "
                "boats to stay in port for the rest of the week."
            ),
            (
                "HOBART, Oct 5 (AAP) - A helicopter crew plucked three fishermen from a life raft "
                "off Tasmania's east coast on Monday, hours after their boat went down. None was "
                "injured. Senior Sergeant Paul Crane said the men were cold and exhausted but in "
                "good spirits. The trawler went down in about 90 metres of water, and there were "
                "no plans to salvage it. A diesel slick about two kilometres long was seen above "
                "the wreck. The fishing industry council called for better weather warnings for "
                "small boats. The rescue helicopter was called out at 6:40 a.m."
            ),
        ],
        "what",
        "absent",
        "^None was",
    ),
    (
        "wc4_a_womans_age_is_no_toll",
        "2026-09-08",
        [
            (
                "GAZA, Sept 8 (Reuters) - An air strike destroyed a three-storey building in the "
                "Nuseirat camp in central Gaza on Monday, witnesses said, sending a cloud of dust "
                "over the crowded streets. Local health officials said four people, including two "
                "children, were killed and 12 wounded, and that rescuers were still searching the "
                "rubble. The military said the building housed a weapons store used by militants "
                "and that it had warned residents to leave. Smoke rose over the camp for hours. "
                "Aid agencies said the strike damaged a nearby clinic that served 20,000 people. "
                '"We were eating when the wall fell," said resident Samir Awad.'
            ),
            (
                "GAZA, Sept 8 (AFP) - Mourners in the Nuseirat camp buried four people killed when "
                "a strike hit a building on Monday, relatives said. No one was killed in the "
                "strike, a military spokesman said later. Residents said they received no warning "
                "before the building was hit. The United Nations humanitarian office said the "
                "strike was the fourth on the camp this month. The clinic next door closed, and "
                "patients were sent to a hospital in Deir al-Balah. Hamas said the building was a "
                "family home."
            ),
            (
                "GAZA, Sept 9 (Reuters) - The military said on Tuesday it had reviewed footage of "
                "Monday's strike on a building in the Nuseirat camp and stood by its account. No "
                "one was killed in the strike, it said. Health officials said a fifth victim, a "
                "woman of 60, had died of her wounds overnight. The United Nations called for an "
                "independent investigation, and the European Union said it was deeply concerned. "
                "Aid agencies said fuel for the camp's water pumps would run out within days."
            ),
        ],
        "casualties",
        "absent",
        "^60 killed",
    ),
]


_REVIEWED_58 = [
    (
        "r1c_a_measured_maximum_gust_stays_a_side",
        "2025-01-09",
        [
            (
                "GENEVA, Jan 9 (Reuters) - Storm winds tore through western Switzerland on "
                "Thursday. Gusts reached a maximum of 140 kilometres per hour at La Dole, "
                "MeteoSuisse said, and rail traffic was restricted on several lines."
            ),
            (
                "GENEVA, Jan 9 (AFP) - A storm battered Switzerland on Thursday. The "
                "strongest gust, 165 kilometres per hour, was measured at La Dole, private "
                "forecaster Meteonews said."
            ),
        ],
        "disputes",
        "present",
        "140.*165",
    ),
    (
        "r1f_a_rivers_maximum_stays_a_side_beside_a_ban",
        "2025-09-20",
        [
            (
                "BUDAPEST, Sept 20 (Reuters) - The Danube reached a maximum of 8.9 metres in "
                "Budapest on Friday, and shipping was banned on the river, the water "
                "authority said."
            ),
            (
                "BUDAPEST, Sept 20 (AFP) - The Danube peaked at 8.4 metres in Budapest on "
                "Friday, the city's disaster management office said, disputing the water "
                "authority's figure."
            ),
        ],
        "disputes",
        "present",
        "8\\.4.*8\\.9|8\\.9.*8\\.4",
    ),
    (
        "r2e_one_cranes_load_against_anothers_stays_a_dispute",
        "2025-04-02",
        [
            (
                "ROTTERDAM, April 2 (Reuters) - Two cranes collapsed at the port on Tuesday. "
                "The two cranes, which each weigh around 900 tonnes, fell onto a ship, the "
                "port authority said."
            ),
            (
                "ROTTERDAM, April 2 (AFP) - The crane that fell weighed 1,200 tonnes, a union "
                "spokesman said."
            ),
        ],
        "disputes",
        "present",
        "900.*1,200",
    ),
    (
        "r2i_each_against_apiece_stays_a_dispute",
        "2025-04-02",
        [
            (
                "ROTTERDAM, April 2 (Reuters) - Steel coils, each weighing around 20 tonnes, "
                "fell from the ship onto the quay, the port authority said."
            ),
            (
                "ROTTERDAM, April 2 (AFP) - The coils that fell weighed 12 tonnes apiece, the "
                "shipping company said, disputing the port's figure."
            ),
        ],
        "disputes",
        "present",
        "12 tonnes apiece.*20|20.*12 tonnes apiece",
    ),
    (
        "r3e_a_count_called_for_stays_a_side",
        "2025-11-03",
        [
            (
                "SEOUL, Nov 3 (Reuters) - Unions have called for the 38 buses of the same "
                "model to be withdrawn from service, the transport ministry said."
            ),
            (
                "SEOUL, Nov 3 (Yonhap) - The bus operator said it had 45 buses of the same "
                "model in service."
            ),
        ],
        "disputes",
        "present",
        "^How many buses",
    ),
    (
        "r4i_two_speeds_told_in_other_words_are_a_dispute",
        "2025-01-05",
        [
            (
                "DODOMA, Jan 5 (Reuters) - A fuel tanker overturned on Sunday in Chimala. The "
                "tanker was travelling at 97 kilometres per hour, regional police commander "
                "Benedict Lema said."
            ),
            (
                "DODOMA, Jan 5 (AFP) - The tanker's owner, Faraji Mollel, said the truck's "
                "tracker showed a speed of 60 kilometres per hour."
            ),
        ],
        "disputes",
        "present",
        "^How fast .*60.*97",
    ),
    (
        "r5f_no_explosives_found_is_not_set_against_explosives_experts",
        "2025-05-06",
        [
            (
                "OSLO, May 6 (Reuters) - A car exploded outside a government building in Oslo "
                "on Monday night, injuring two passers-by. Police said they found no "
                "explosives in the wreck and believed a gas canister in the boot had caught "
                "fire. Police attorney Kari Lunde said the driver had been detained."
            ),
            (
                "OSLO, May 6 (NTB) - Army explosives experts examined the wreck of the car on "
                "Tuesday, the defence ministry said. A witness, Ola Berg, said he heard two "
                "loud bangs. The driver's lawyer, Trond Moe, said his client had been "
                "carrying camping gear."
            ),
        ],
        "disputes",
        "absent",
        "^Accounts differ",
    ),
    (
        "r5h_no_weapons_found_is_not_set_against_the_report",
        "2025-10-08",
        [
            (
                "LAGOS, Oct 8 (Reuters) - Police raided a warehouse in Lagos on Tuesday after "
                "reports that weapons were being stored there. No weapons were found, police "
                "spokesman Ade Bello said. Residents said they had seen men unloading crates "
                "at night."
            ),
            (
                "LAGOS, Oct 8 (AFP) - The owner of the warehouse, Chinedu Okafor, said it "
                "held only rice and cooking oil. A neighbour, Bisi Adeyemi, told AFP she had "
                "seen guns in the crates last week."
            ),
        ],
        "disputes",
        "absent",
        "^Accounts differ",
    ),
    (
        "r5l_no_explosives_on_one_ferry_is_not_set_against_another",
        "2025-06-03",
        [
            (
                "ATHENS, June 3 (Reuters) - Army bomb experts searched a ferry in Piraeus "
                "after an anonymous threat on Tuesday and found no explosives, the coast "
                "guard said. The ferry left for Crete three hours late."
            ),
            (
                "ATHENS, June 3 (AFP) - Explosives were found on a second ferry docked "
                "nearby, the shipping ministry said later. Police evacuated the port."
            ),
        ],
        "disputes",
        "absent",
        "^Accounts differ",
    ),
    (
        "r5o_no_benzene_found_is_not_set_against_an_earlier_test",
        "2025-10-02",
        [
            (
                "VILNIUS, Oct 2 (Reuters) - Kaunas told its 300,000 residents on Wednesday "
                "not to drink tap water after benzene was found in the municipal supply. The "
                "city's water company, Kauno Vandenys, said a fuel leak near a pumping "
                "station was the likely source."
            ),
            (
                "VILNIUS, Oct 3 (AFP) - Tests on Thursday found no benzene in samples from "
                "the city's taps, the National Public Health Centre said. The warning would "
                "stay in place until Saturday, Mayor Jonas Petraitis said."
            ),
        ],
        "disputes",
        "absent",
        "^Accounts differ",
    ),
    (
        "r6e_a_whole_quotation_does_not_pair_with_a_refusal_to_say",
        "2025-05-05",
        [
            (
                "CARACAS, May 5 (Reuters) - A Dutch citizen held in Venezuela for three "
                "months was released on Sunday, the Dutch government said. The Dutch foreign "
                "ministry declined to say whether anything had been offered in return. "
                "Venezuela's foreign minister, Luis Arocha, rejected Dutch complaints that "
                'the man had been denied consular visits. "It is false that consular access '
                'was denied. The visit was offered within 24 hours," Arocha told reporters.'
            ),
            (
                "THE HAGUE, May 5 (AFP) - The released man, Pieter de Wit, 45, arrived at "
                "Schiphol airport on Sunday night. His family thanked the Dutch government. "
                "The foreign ministry said it had asked repeatedly for consular access."
            ),
        ],
        "disputes",
        "absent",
        "to say whether",
    ),
    (
        "r7f_police_who_did_not_answer_calls_is_an_account",
        "2025-08-02",
        [
            (
                "SEOUL, Aug 2 (Reuters) - A crowd crush at a concert in Busan killed four "
                "people on Saturday. Police did not answer emergency calls for almost an "
                "hour, witnesses told Reuters. The Busan police agency rejected that account."
            ),
            (
                "SEOUL, Aug 2 (Yonhap) - Four people died in a crush at a concert in Busan. "
                "The organiser, Star Live, said the venue had been within its capacity."
            ),
        ],
        "disputes",
        "present",
        "^Denied by Busan",
    ),
    (
        "r7h_a_service_that_did_not_respond_to_an_alarm_is_an_account",
        "2025-08-02",
        [
            (
                "SEOUL, Aug 2 (Reuters) - A crowd crush at a concert in Busan killed four "
                "people on Saturday. The fire service did not respond to the first alarm, "
                "according to a city council report. The fire service denied that."
            ),
            (
                "SEOUL, Aug 2 (Yonhap) - Four people died in a crush at a concert in Busan. "
                "The organiser, Star Live, said the venue had been within its capacity."
            ),
        ],
        "disputes",
        "present",
        "^Denied by fire service",
    ),
    (
        "r7j_managers_who_did_not_respond_to_an_alarm_is_an_account",
        "2025-03-02",
        [
            (
                "DHAKA, March 2 (Reuters) - A fire in a garment factory near Dhaka killed 17 "
                "workers on Sunday. The factory's managers did not respond to the fire alarm "
                "and ordered workers back to their machines, survivors said. The factory "
                "owner, Rahim Chowdhury, denied that."
            ),
            (
                "DHAKA, March 2 (AFP) - Seventeen workers were killed in the fire. Fire "
                "officials said the factory's exits were blocked."
            ),
        ],
        "disputes",
        "present",
        "^Denied by Rahim Chowdhury",
    ),
    (
        "r8a_a_count_as_of_a_day_stays_a_side",
        "2025-03-05",
        [
            (
                "YEREVAN, March 5 (Reuters) - As of Wednesday, 126 escalators had been "
                "checked, the emergency ministry said. The government ordered 412 escalators "
                "nationwide inspected after the accident."
            ),
            (
                "YEREVAN, March 5 (AFP) - Inspectors had checked 140 escalators by Wednesday "
                "evening, a ministry spokeswoman said."
            ),
        ],
        "disputes",
        "present",
        "126.*140",
    ),
    (
        "r8g_hectares_as_of_a_day_stay_a_side",
        "2025-08-08",
        [
            (
                "ATHENS, Aug 8 (Reuters) - As of Wednesday the fire had burned some 5,200 "
                "hectares, the fire service said."
            ),
            (
                "ATHENS, Aug 8 (AFP) - The fire had burned about 7,400 hectares by Wednesday, "
                "the EU's Copernicus satellite service said."
            ),
        ],
        "disputes",
        "present",
        "5,200.*7,400",
    ),
    (
        "r12a_a_suspect_with_an_initial_is_not_the_spokesman",
        "2025-11-04",
        [
            (
                "BERLIN, Nov 4 (Reuters) - A man drove a car into a crowd at a Christmas "
                "market in Magdeburg on Friday, killing two people, police said. The suspect, "
                'Thomas M., a 41-year-old doctor, was arrested at the scene. "We have no '
                'indication of other perpetrators," police spokesman Thomas Mueller told '
                "reporters. Thomas M. had no criminal record, prosecutors said."
            ),
            (
                "MAGDEBURG, Nov 4 (dpa) - Prosecutors charged Thomas M. with murder on "
                "Saturday. Police spokesman Thomas Mueller said the car had been rented on "
                "Thursday."
            ),
        ],
        "who",
        "present",
        "^Thomas Mueller\\s+Police spokesman",
    ),
    (
        "r12c_a_shooter_with_an_initial_is_not_the_teacher",
        "2025-05-02",
        [
            (
                "VIENNA, May 2 (Reuters) - A teenager shot dead three people at a school in "
                "Graz on Monday. The suspect, named by police as Lukas K., 17, took his own "
                "life. Teacher Lukas Koller, 45, was among those wounded, the school said."
            ),
            (
                "GRAZ, May 2 (APA) - Lukas Koller, a teacher who was shot in the arm, told "
                "reporters the gunman walked into the classroom without a word. The shooter, "
                "Lukas K., had been a pupil at the school."
            ),
        ],
        "who",
        "absent",
        "^Lukas Koller .*Lukas K\\b",
    ),
    (
        "r13i_another_strikes_dead_are_no_breakdown_of_the_toll",
        "2025-02-09",
        [
            (
                "SANAA, Feb 9 (Reuters) - Air strikes on the port of Hodeidah killed ten "
                "people on Sunday, Houthi-run media said. Six dock workers and four fishermen "
                "were also killed in a strike on a fishing harbour further south, residents "
                "said."
            ),
            (
                "SANAA, Feb 9 (AFP) - Ten people were killed in strikes on Hodeidah port, the "
                "Houthi health ministry said."
            ),
        ],
        "casualties",
        "present",
        "^6 killed: dock workers",
    ),
    (
        "r14j_people_brought_in_alive_from_rubble_were_found_alive",
        "2025-06-03",
        [
            (
                "KOLKATA, June 3 (Reuters) - A building collapsed in Kolkata on Monday night. "
                "Six persons were brought in alive, a state emergency official said, while "
                "eight bodies were recovered from the rubble."
            ),
        ],
        "casualties",
        "present",
        "^6 found alive",
    ),
]


_REVIEWED_59 = [
    (
        "r20b_two_of_their_children_killed_beside_another_are_counted",
        "2026-05-04",
        [
            (
                "LYON, May 4 (AFP) - A man shot dead his estranged wife and two of their "
                "children at a house near Lyon on Sunday before turning the gun on himself, "
                "prosecutors said."
            ),
        ],
        "casualties",
        "present",
        "^2 killed: (?:their )?children",
    ),
    (
        "r20c_two_of_his_passengers_killed_beside_the_pilot_are_counted",
        "2026-05-04",
        [
            (
                "NAIROBI, May 4 (Reuters) - A light aircraft crashed in the Ngong hills on "
                "Monday, killing the pilot and two of his passengers, the Kenya Civil Aviation "
                "Authority said. Two other passengers survived."
            ),
        ],
        "casualties",
        "present",
        "^2 killed: (?:his )?passengers",
    ),
    (
        "r19a_an_earlier_years_dead_recalled_by_voices_stay_background",
        "2026-05-04",
        [
            (
                "KATOWICE, Poland, May 4 (Reuters) - A methane blast at the Pniówek coal mine "
                "injured three miners on Monday, mine operator JSW said. All three were taken to "
                "hospital in Jastrzębie-Zdrój. In 2022, explosions at the same mine killed five "
                "miners."
            ),
            (
                "WARSAW, May 4 (PAP) - Three miners were hurt in a methane explosion at the "
                "Pniówek mine, JSW said. The Sierpień 80 union said five miners had died at "
                "Pniówek because of the same ventilation failures, and that nothing had changed."
            ),
            (
                "KATOWICE, May 5 - Poland's mining authority opened an inquiry into Monday's "
                "blast at Pniówek, which injured three miners. Union leader Dariusz Kowal said "
                "the families of the five miners who died had still not been compensated. JSW "
                "said safety rules were followed."
            ),
        ],
        "casualties",
        "absent",
        "^5 killed: miners(?!.*\\bTrue\\b)",
    ),
    (
        "r5b_civil_defence_workers_are_no_civilians",
        "2026-05-04",
        [
            (
                "GAZA, May 4 (Reuters) - An Israeli air strike killed three civilians in Khan "
                "Younis on Monday, Gaza health officials said. Three civil defence workers were "
                "killed in a second strike as they tried to reach the wounded, the civil defence "
                "agency said."
            ),
            (
                "CAIRO, May 4 (AP) - Six people were killed in two Israeli strikes in southern "
                "Gaza, Palestinian officials said. Three of them were civil defence workers. The "
                "Israeli military said it was looking into the reports."
            ),
            (
                "GAZA, May 5 - Mourners buried the three civilians killed in Monday's strike. "
                "The civil defence agency said three of its workers were also killed."
            ),
        ],
        "casualties",
        "present",
        "^3 killed: civil defence workers",
    ),
    (
        "r5c_mine_rescuers_are_no_miners",
        "2026-05-04",
        [
            (
                "HUAINAN, China, May 4 (Reuters) - A gas explosion at a coal mine in Anhui "
                "province killed two miners on Monday, state media said. Two mine rescuers were "
                "killed hours later when the tunnel collapsed, Xinhua said."
            ),
            (
                "BEIJING, May 4 (AP) - Four people died at a coal mine in Huainan on Monday, "
                "state broadcaster CCTV said. Two miners died in the blast and two mine rescue "
                "workers died in a later collapse."
            ),
        ],
        "casualties",
        "present",
        "^2 killed: mine rescuers",
    ),
    (
        "r11b_two_voices_counts_far_apart_stay_a_dispute",
        "2026-05-04",
        [
            (
                "SEOUL, May 4 (Reuters) - South Korean telecom operator KT said hackers accessed "
                "the data of 2,000 customers in a breach disclosed on Monday. The company "
                "apologised."
            ),
            (
                "SEOUL, May 4 (Yonhap) - Security researchers at KAIST said the breach at KT "
                "exposed the data of 60,000 customers. The science ministry opened an "
                "investigation."
            ),
        ],
        "disputes",
        "present",
        "2,000.*60,000",
    ),
    (
        "r11l_flights_cancelled_far_apart_stay_a_dispute",
        "2026-05-04",
        [
            (
                "NAIROBI, May 4 (Reuters) - Kenya Airways said 30 flights were cancelled on "
                "Monday because of a pilots' strike. The airline urged passengers to check their "
                "bookings."
            ),
            (
                "NAIROBI, May 4 (AFP) - The Kenya Airline Pilots Association said 400 flights "
                "were cancelled over the weekend as its members stayed home. The union accused "
                "the airline of downplaying the strike."
            ),
        ],
        "disputes",
        "present",
        "30.*400",
    ),
    (
        "r10e_evacuees_a_shelter_houses_are_a_side",
        "2026-05-04",
        [
            (
                "PATRAS, Greece, May 4 (Reuters) - A wildfire forced thousands from villages "
                "near Patras on Monday. The municipal sports centre, which now houses 300 "
                "evacuees, ran out of beds, the mayor said. Firefighters battled the blaze "
                "through the night."
            ),
            (
                "ATHENS, May 4 (AP) - The Hellenic Red Cross said 900 evacuees were sleeping at "
                "the Patras sports centre on Monday night. The mayor's office did not respond."
            ),
        ],
        "disputes",
        "present",
        "^How many evacuees",
    ),
    (
        "r3f_evacuees_a_sports_centre_houses_are_counted",
        "2026-05-04",
        [
            (
                "CEBU, Philippines, May 4 (Reuters) - Typhoon Kalmaegi flooded much of Cebu City "
                "on Monday, killing four people. The city sports centre now houses 3,000 "
                "evacuees, the mayor said."
            ),
        ],
        "casualties",
        "present",
        "^3,000 evacuated",
    ),
    (
        "r13b_a_company_s_unrelated_line_before_is_no_side_of_its_denial",
        "2026-05-04",
        [
            (
                "CONSTANTA, Romania, May 4 (Reuters) - An explosion tore through a grain silo at "
                "the Pontica Grain Terminal in Constanta on Monday, injuring 15 people. Pontica "
                "Grain Terminal said it would cooperate fully with investigators. The dockers' "
                "union says welders were cutting steel inside the silo that night, which the "
                "company denies. The terminal handles about a fifth of Romania's grain exports."
            ),
            (
                "CONSTANTA, May 5 (AP) - Investigators began examining the wreckage of the silo "
                "at the Pontica Grain Terminal on Tuesday. Fifteen people were hurt in Monday's "
                "explosion. Prosecutors opened a criminal case for negligence. Port operations "
                "resumed on Tuesday afternoon."
            ),
        ],
        "disputes",
        "absent",
        "cooperate",
    ),
    (
        "r13c_investigators_findings_are_no_side_of_the_companys_denial",
        "2026-05-04",
        [
            (
                "CONSTANTA, Romania, May 4 (Reuters) - An explosion tore through a grain silo at "
                "the Pontica Grain Terminal in Constanta on Monday, injuring 15 people. "
                "Investigators said preliminary findings pointed to grain dust ignited by a "
                "spark. The dockers' union says welders were cutting steel inside the silo that "
                "night, which the company denies. The terminal handles about a fifth of "
                "Romania's grain exports."
            ),
            (
                "CONSTANTA, May 5 (AP) - Investigators began examining the wreckage of the silo "
                "at the Pontica Grain Terminal on Tuesday. Fifteen people were hurt in Monday's "
                "explosion. Prosecutors opened a criminal case for negligence. Port operations "
                "resumed on Tuesday afternoon."
            ),
        ],
        "disputes",
        "absent",
        "preliminary findings",
    ),
    (
        "r7a_no_one_hurt_in_an_arrest_raid_is_not_said_of_a_shooting",
        "2026-05-04",
        [
            (
                "HOUSTON, May 4 (Reuters) - Two people were shot dead at a gas station in "
                "Houston on Saturday, police said. The suspect was arrested on Sunday in a raid "
                "at a house in Pasadena. No one was hurt in the raid at the house, police said."
            ),
        ],
        "casualties",
        "absent",
        "^no one injured",
    ),
    (
        "r9a_two_voices_rates_are_a_dispute",
        "2026-05-04",
        [
            (
                "LUSAKA, May 4 (Reuters) - Eleven inmates escaped from Mwembeshi prison on "
                "Sunday, the Zambia Correctional Service said. The prison officers' union said "
                "staffing had collapsed, with one officer for every 120 inmates on the night "
                "shift."
            ),
            (
                "LUSAKA, May 4 (AFP) - Zambia's home affairs ministry said Mwembeshi prison had "
                "one officer for every 40 inmates on Sunday night, within national guidelines. "
                "The union's figure was wrong, ministry spokesman Kelvin Banda said."
            ),
        ],
        "disputes",
        "present",
        "^One for every how many inmates.*40.*120",
    ),
    (
        "r4p_chickens_killed_leave_no_one_killed",
        "2026-05-04",
        [
            (
                "HAMBURG, May 4 (dpa) - A fire destroyed a poultry farm near Hamburg on Monday. "
                "No one was killed, police said. Neighbours said the blaze killed about 20,000 "
                "chickens."
            ),
        ],
        "casualties",
        "present",
        "^no one killed",
    ),
    (
        "r1h_suspects_brought_into_custody_are_not_recaptured",
        "2026-05-04",
        [
            (
                "ABUJA, May 4 (Reuters) - Gunmen attacked a church in Owo on Sunday, killing 22 "
                "worshippers. Police said 12 suspects had been brought into custody by Monday."
            ),
        ],
        "casualties",
        "absent",
        "recaptured",
    ),
    (
        "r2a_gunmen_at_large_are_no_escapees",
        "2026-05-04",
        [
            (
                "PARIS, May 4 (Reuters) - Two gunmen who shot dead a jeweller in Marseille on "
                "Sunday remain at large, police said. A passer-by was wounded in the attack."
            ),
        ],
        "casualties",
        "absent",
        "at large",
    ),
    (
        "r14f_a_bound_by_a_headcount_is_no_side_of_a_time",
        "2026-05-04",
        [
            (
                "LUSAKA, May 4 (Reuters) - Eleven inmates escaped from Mwembeshi prison early on "
                "Sunday through a tunnel dug from a cell block, the Zambia Correctional Service "
                "(ZCS) said. When the escape happened is still unresolved. Guards say the lights "
                "went out at 01:50; the inmates were gone by the 05:30 headcount, the ZCS said. "
                "The ZCS said six had been recaptured."
            ),
            (
                "LUSAKA, May 5 (AFP) - Zambian police are hunting for five inmates who escaped "
                "from Mwembeshi prison through a tunnel. Six of the 11 escapees have been "
                "recaptured. Home Affairs Minister Jack Mwiimbu ordered an inquiry. The tunnel "
                "ran about 40 metres under the perimeter wall."
            ),
        ],
        "disputes",
        "absent",
        "01:50",
    ),
    (
        "r3a_a_jails_count_of_the_events_detainees_keeps_its_voice",
        "2026-05-04",
        [
            (
                "LUSAKA, May 4 (Reuters) - Police arrested 45 people after riots over maize "
                "prices in Lusaka on Saturday. Lusaka Central jail now holds 45 detainees from "
                "the riot, a police spokesman said."
            ),
        ],
        "casualties",
        "present",
        "^45 arrested: people .*police spokesman",
    ),
]


# Cases two hostile reviews of stop 60 wrote against its rules (a "he" after a person named
# as the object, "it" named in its own sentence or after a verb of saying, an assertion
# answered in another form of its word, adverbs of an adjective in a voice, a surname before
# a place word and a plural noun): each was worse than before until mended.
_REVIEWED_60 = [
    (
        "r5a_he_after_a_person_named_as_the_object_is_not_the_subject",
        "2026-03-10",
        [
            (
                "ZAGREB (Hina) - A bus driver swerved to avoid a lorry on the A1 motorway on "
                "Monday, and 14 passengers were injured. Transport minister Oleg Butkovic praised "
                'the driver, Tomislav Grgic, after he told reporters: "I only did what any driver '
                'would do."'
            ),
        ],
        "reactions",
        "absent",
        "Oleg Butkovic.*any driver would do",
    ),
    (
        "r5b_he_after_and_is_the_one_met_not_the_minister",
        "2026-03-10",
        [
            (
                "ANKARA (Reuters) - A mine explosion in Zonguldak killed eight miners on Thursday. "
                "Energy minister Alparslan Bayraktar met miner Mehmet Kaya in hospital, and he "
                'said: "We could not breathe down there."'
            ),
        ],
        "reactions",
        "absent",
        "Alparslan Bayraktar.*could not breathe",
    ),
    (
        "r5c_but_he_refused_after_another_person_named",
        "2026-03-10",
        [
            (
                "ROME (ANSA) - A bridge collapsed in Genoa on Tuesday, killing 43 people. Prime "
                "Minister Giuseppe Conte met the motorway company's chief, Giovanni Castellucci, "
                'on Wednesday, but he refused to resign, saying: "We followed every rule."'
            ),
        ],
        "reactions",
        "absent",
        "Giuseppe Conte.*every rule",
    ),
    (
        "r5d_until_he_admitted_is_the_one_questioned",
        "2026-03-10",
        [
            (
                "KARACHI (Reuters) - A fire in a Karachi shopping centre killed 11 people on "
                "Saturday. Police chief Imran Shah questioned the building's manager, Faisal Khan, "
                'for six hours until he admitted: "The fire exits were locked."'
            ),
        ],
        "reactions",
        "absent",
        "Imran Shah.*fire exits",
    ),
    (
        "r6a_it_named_in_its_own_sentence_is_a_statement",
        "2026-03-10",
        [
            (
                "DHAKA (AFP) - A ferry carrying 120 people sank in the Padma river on Sunday, and "
                "23 are missing. Waves hit the boat and capsized it."
            ),
        ],
        "what",
        "present",
        "capsized it",
    ),
    (
        "r6b_them_named_in_its_own_sentence_is_a_statement",
        "2026-03-10",
        [
            (
                "TBILISI (Reuters) - Hundreds marched on parliament in Tbilisi on Sunday after a "
                "mine collapse killed five workers. Hundreds marched and police dispersed them "
                "within minutes."
            ),
        ],
        "what",
        "present",
        "dispersed them",
    ),
    (
        "r4a_an_assertion_answered_in_another_form_of_its_word",
        "2026-03-10",
        [
            (
                "LIMA (Reuters) - A bus plunged into a ravine in the Andes on Saturday, killing 19 "
                "people. The transport regulator said the bus had no valid inspection certificate. "
                "The bus company rejected the regulator's assertion that the vehicle was "
                "uninspected."
            ),
        ],
        "disputes",
        "present",
        "^Denied by",
    ),
    (
        "r3a_an_adverb_of_an_adjective_stays_in_the_voice",
        "2026-03-10",
        [
            (
                "MADRID (Reuters) - A high-speed train derailed near Cordoba on Sunday, killing 9 "
                "people. The operator said the train was travelling within the speed limit. "
                "Well-placed sources denied that the train was within the speed limit."
            ),
        ],
        "disputes",
        "present",
        "^Denied by Well-placed sources",
    ),
    (
        "r3b_an_adverb_of_a_participle_stays_in_the_voice",
        "2026-03-10",
        [
            (
                "ADEN (Reuters) - An air strike on a market in Taiz killed 17 civilians on Sunday. "
                "Houthi officials said government forces had shelled the market. Internationally "
                "backed forces denied that they had shelled the market."
            ),
        ],
        "disputes",
        "present",
        "^Denied by Internationally backed forces",
    ),
    (
        "r2a_a_surname_before_a_place_word_and_a_plural_noun_is_a_mention",
        "2026-03-10",
        [
            (
                "NAIROBI (Reuters) - A building collapsed in Nairobi's Kasarani area on Monday, "
                "killing eight people. The owner, Samuel Kimani, was arrested on Tuesday."
            ),
            "NAIROBI (AP) - Police said Kimani road contractors had ignored cracks in the walls.",
            (
                "NAIROBI (AFP) - Detectives questioned Kimani district officials about the "
                "building permit on Wednesday."
            ),
        ],
        "who",
        "present",
        "Samuel Kimani",
    ),
    (
        "r5e_while_he_insisted_after_the_driver_blamed",
        "2026-03-10",
        [
            (
                "SOFIA (Reuters) - A bus overturned near Sofia on Sunday, killing nine people. The "
                "driver, Ivan Petrov, was arrested on Monday. Rail and road chief Marko Dimitrov "
                'blamed the driver for the crash, while he insisted: "The brakes failed on the '
                'hill."'
            ),
        ],
        "reactions",
        "absent",
        "Marko Dimitrov.*brakes failed",
    ),
    (
        "r5f_though_she_said_after_the_pilot_suspended",
        "2026-03-10",
        [
            (
                "JAKARTA (Reuters) - A small plane crash-landed near Bandung on Friday, injuring "
                "six passengers. The pilot, Dewi Lestari, was praised by the airline. Airline "
                'director Budi Hartono suspended the pilot on Saturday, though she said: "I saved '
                'everyone on board."'
            ),
        ],
        "reactions",
        "absent",
        "Budi Hartono.*saved everyone",
    ),
    (
        "r6c_it_after_a_verb_of_saying_is_a_statement",
        "2026-03-10",
        [
            (
                "DHAKA (AFP) - A bus was set on fire in Dhaka on Sunday, killing three passengers. "
                "Police said opposition activists torched it at 7:30 p.m."
            ),
        ],
        "what",
        "present",
        "torched it",
    ),
]


_REVIEWED_61 = [
    (
        "b03_the_few_survivors",
        "2026-03-10",
        [
            (
                "ATHENS (Reuters) - A fishing boat carrying migrants sank off the island of Crete "
                "on Wednesday, the coast guard said, adding that its captain had raised the alarm "
                "at 3 a.m. Twelve people were rescued and 20 were missing. The few who survived "
                "deny that the captain raised any alarm, saying the crew fled in a dinghy."
            ),
        ],
        "disputes",
        "present",
        "Denied by",
    ),
    (
        "b04_none_other_than",
        "2026-03-10",
        [
            (
                "GENOA, Italy (Reuters) - A container ship struck a quay in the port of Genoa on "
                "Thursday, injuring four dock workers, the coast guard said. The coast guard said "
                "the ship's tug had left its station minutes before the collision. None other than "
                "the port's director, Paolo Greco, disputed the coast guard's account, saying the "
                "tug had stayed alongside the ship."
            ),
        ],
        "disputes",
        "present",
        "Denied by",
    ),
    (
        "b06_no_one_except",
        "2026-03-10",
        [
            (
                "MADRID (Reuters) - Two trains collided near Madrid on Friday, injuring 18 people, "
                "emergency services said. Police said the signal at the junction had been red. No "
                "one except the railway company denies that the signal was red, according to union "
                "officials."
            ),
        ],
        "disputes",
        "present",
        "Denied by",
    ),
    (
        "b23_hardly_anyone_but",
        "2026-03-10",
        [
            (
                "BRUSSELS (Reuters) - A tram derailed in central Brussels on Tuesday, injuring 14 "
                "passengers, the operator STIB said. Investigators said the tram had been "
                "travelling too fast on a bend. Hardly anyone but the driver's union disputes the "
                "investigators' finding."
            ),
        ],
        "disputes",
        "present",
        "Denied by",
    ),
    (
        "b10_rejected_offer",
        "2026-03-10",
        [
            (
                "BERLIN (Reuters) - Nurses at Berlin's Charite hospital walked off the job on "
                "Monday, the Verdi union said. The hospital offered the nurses a 4 percent pay "
                "rise on Sunday. Verdi rejected that, saying it did not cover inflation."
            ),
        ],
        "disputes",
        "absent",
        "Denied by Verdi",
    ),
    (
        "b11_rejected_call_inquiry",
        "2026-03-10",
        [
            (
                "ROME (Reuters) - A school roof collapsed in the town of Foggia on Wednesday, "
                "injuring 11 children, firefighters said. Opposition leader Marta Rossi called for "
                "an independent inquiry into the collapse. The government rejected that, saying "
                "prosecutors were already investigating."
            ),
        ],
        "disputes",
        "absent",
        "Denied by government",
    ),
    (
        "b17_dismissed_this_forecast",
        "2026-03-10",
        [
            (
                "BOLOGNA, Italy (Reuters) - Heavy rain flooded parts of Bologna on Sunday, forcing "
                "300 people from their homes, officials said. Forecasters had warned that the Reno "
                "river could burst its banks by Monday. The mayor dismissed this, saying the "
                "levees would hold."
            ),
        ],
        "disputes",
        "absent",
        "Denied by mayor",
    ),
    (
        "b24_judge_rejected_bail",
        "2026-03-10",
        [
            (
                "LAGOS (Reuters) - Police said the owner of a collapsed building in Lagos had "
                "ignored three orders to stop work. The owner's lawyer asked the court to release "
                "him on bail on Monday. The judge rejected that, saying he could flee the country."
            ),
        ],
        "disputes",
        "absent",
        "Denied by judge",
    ),
    (
        "b15_rejected_funeral_offer",
        "2026-03-10",
        [
            (
                "TARANTO, Italy (Reuters) - Three workers died when a furnace exploded at a steel "
                "plant in Taranto on Monday, police said. The union said the company had ignored "
                "repeated warnings about the furnace. The company said it would pay for the "
                "funerals of the three men. Union leader Gino Bassi rejected that, saying the "
                "families wanted answers, not money."
            ),
        ],
        "disputes",
        "absent",
        "Denied by Gino Bassi",
    ),
    (
        "b30_trapped_vs_wife_waited",
        "2026-03-10",
        [
            (
                "PORTO, Portugal (Reuters) - A miner was trapped for 20 hours before rescuers "
                "reached him at a quarry near Porto, the quarry's owner, Pedra Norte, said on "
                "Tuesday. His wife, Maria Pinto, said she waited 30 hours at the quarry gate for "
                "news."
            ),
        ],
        "disputes",
        "absent",
        "How long",
    ),
    (
        "b31_search_vs_survivor_spent",
        "2026-03-10",
        [
            (
                "MANILA (Reuters) - A ferry sank off Mindoro island on Sunday, and the coast guard "
                "said the search for survivors lasted 10 hours. One survivor, Tomas Reyes, said he "
                "spent 16 hours clinging to a plastic drum before a fishing boat picked him up."
            ),
        ],
        "disputes",
        "absent",
        "How long",
    ),
    (
        "b42_dead_incl_attacker",
        "2026-03-10",
        [
            (
                "KABUL (Reuters) - A suicide bomber killed 51 worshippers at a mosque in Kunduz on "
                "Friday, a provincial official said."
            ),
            (
                "KUNDUZ, Afghanistan (AP) - A suicide bombing at a Shiite mosque in Kunduz on "
                "Friday killed 52 people, including the bomber, the interior ministry said."
            ),
        ],
        "disputes",
        "absent",
        "How many were killed",
    ),
    (
        "b65_police_driver_he_said_brakes",
        "2026-03-10",
        [
            (
                "SALERNO, Italy (Reuters) - A bus plunged off a viaduct near Salerno on Sunday, "
                "killing 12 passengers, police said. Police said they had questioned the driver, "
                "Marco Testa, about the brakes, which he said had failed twice that week. The bus "
                "company, Autolinee Sud, denies that."
            ),
        ],
        "disputes",
        "absent",
        "the account of Police",
    ),
    (
        "b90_quote_then_news_attribution",
        "2026-03-10",
        [
            (
                'BEIRUT (Reuters) - "We heard a huge bang and then the roof fell in," said Rami '
                "Haddad, a baker whose shop was destroyed when a fuel tank exploded at a depot in "
                "Beirut's Karantina district on Tuesday, killing seven people. Civil defence chief "
                "Georges Abi Nader said rescuers were searching for two missing workers."
            ),
        ],
        "what",
        "present",
        "fuel tank exploded",
    ),
    (
        "b95_quote_lede_with_said_and_news",
        "2026-03-10",
        [
            (
                'ODESA, Ukraine (Reuters) - "Shahed drones," the air force said, struck a grain '
                "terminal in the port of Izmail overnight, setting fire to three warehouses and a "
                "silo. Regional governor Oleh Kiper said no one was hurt."
            ),
        ],
        "what",
        "present",
        "grain terminal",
    ),
    (
        "b100_scene_with_when_news",
        "2026-03-10",
        [
            (
                "KABUL (Reuters) - The market was a busy place on Friday morning when the car bomb "
                "went off outside the Shah-Do Shamshira mosque, witnesses said. Police said dozens "
                "of people were killed or wounded."
            ),
        ],
        "what",
        "present",
        "car bomb",
    ),
    (
        "b109_officials_said_village_wasteland_after",
        "2026-03-10",
        [
            (
                "KATHMANDU (Reuters) - Officials said the village of Melamchi was a wasteland "
                "after a mudslide buried most of its houses on Tuesday night. The army said "
                "soldiers had rescued a family of four."
            ),
        ],
        "what",
        "present",
        "mudslide",
    ),
    (
        "a15_via_company_verdi",
        "2026-03-09",
        [
            (
                "ROME (Reuters) - Two workers died on Monday when scaffolding collapsed at a site "
                "run by Via Costruzioni in the Rome suburb of Ostia. Prosecutors opened a "
                "manslaughter investigation into Via Costruzioni's site manager, police said."
            ),
        ],
        "who",
        "present",
        "Via Costruzioni",
    ),
    (
        "a133_via_rail_ceo_speaks",
        "2026-03-08",
        [
            (
                "MONTREAL (CP) - A Via Rail train derailed near Drummondville on Sunday, injuring "
                "nine passengers. Via Rail chief executive Mario Peloquin said the railway would "
                "cooperate with investigators. Via Rail trains between Montreal and Quebec City "
                "were cancelled."
            ),
        ],
        "who",
        "present",
        "Via Rail",
    ),
    (
        "a39_santa_catarina_governor",
        "2026-03-11",
        [
            (
                "FLORIANOPOLIS, Brazil (Reuters) - Landslides killed 12 people in Santa Catarina "
                "state on Wednesday. Santa Catarina Governor Jorginho dos Santos Mello said 3,000 "
                "people had been moved from their homes. Mello asked the federal government for "
                "help."
            ),
        ],
        "who",
        "present",
        "Santos Mello",
    ),
    (
        "a23_boeing_maker_count",
        "2026-03-09",
        [
            (
                "SEATTLE (Reuters) - Boeing 737 MAX jets were grounded again on Monday after a "
                "door panel blew out on an Alaska Airlines flight. Boeing said it was working with "
                "the Federal Aviation Administration."
            ),
        ],
        "who",
        "present",
        "Boeing",
    ),
    (
        "a28_sponsor_gives_company_days",
        "2026-03-12",
        [
            (
                "MUMBAI, India (Reuters) - Eight workers were killed when a boiler exploded at a "
                "chemical plant run by Rasayan Industries near Mumbai on Thursday. The state "
                "government gave Rasayan Industries 15 days to explain why the boiler had not been "
                "inspected."
            ),
        ],
        "who",
        "present",
        "Rasayan",
    ),
    (
        "a50_dash_injured_not_part",
        "2026-03-10",
        [
            (
                "KANO, Nigeria (Reuters) - A gas tanker exploded at a filling station in Kano on "
                "Tuesday, killing three people -- and at least 40 were injured -- as residents "
                "queued for fuel, police said."
            ),
        ],
        "casualties",
        "present",
        "40 injured",
    ),
    (
        "a107_dash_part_different_kind_missing",
        "2026-03-13",
        [
            (
                "KATHMANDU, Nepal (Reuters) - A landslide buried two buses on the Trishuli Highway "
                "on Friday, killing 19 people -- and 40 passengers are still missing -- police "
                "said."
            ),
        ],
        "casualties",
        "present",
        "40 missing",
    ),
    (
        "a66_banned_for_years_after_death",
        "2026-03-13",
        [
            (
                "LONDON (Reuters) - A lorry driver was jailed for eight years after four people "
                "were killed when he crashed into traffic on the M1 while using his phone, "
                "Sheffield Crown Court heard on Friday."
            ),
        ],
        "casualties",
        "absent",
        "eight years after",
    ),
    (
        "a102_grounded_months_after",
        "2026-03-09",
        [
            (
                "JAKARTA, Indonesia (Reuters) - Indonesia grounded the airline's fleet for three "
                "months after 62 people were killed when one of its jets crashed into the Java Sea "
                "on Saturday."
            ),
        ],
        "casualties",
        "absent",
        "three months after",
    ),
    (
        "a63_months_after_follow_up",
        "2026-03-10",
        [
            (
                "MEXICO CITY (AP) - Rescuers recovered the last bodies from a flooded coal mine in "
                "Coahuila on Tuesday, seven months after 10 miners were trapped when the shaft "
                "flooded. The families said they would sue the mine's owner."
            ),
        ],
        "what",
        "present",
        "last bodies",
    ),
    (
        "a93_prosecutor_vs_company_lawyer_suing",
        "2026-03-12",
        [
            (
                "DHAKA, Bangladesh (Reuters) - A fire swept through a garment factory near Dhaka "
                "on Thursday, killing 11 workers. Tazreen Apparels, which owns the factory, blamed "
                "an electrical short circuit."
            ),
            (
                "DHAKA (AP) - Nasrin Akter, a lawyer suing Tazreen Apparels on behalf of the "
                "families, said the deaths were the result of locked exits and not of a short "
                "circuit."
            ),
        ],
        "disputes",
        "present",
        "What caused it",
    ),
    (
        "a82_company_lawyer_vs_company_union",
        "2026-03-09",
        [
            (
                "NAPLES, Italy (ANSA) - A scaffold collapsed at a building site in Naples on "
                "Monday, killing two workers. Edilsud lawyer Carlo Ferri blamed faulty bolts "
                "supplied by a subcontractor."
            ),
            (
                "NAPLES (Reuters) - The Edilsud Workers Union said the collapse was the result of "
                "cost-cutting on maintenance and not of faulty bolts."
            ),
        ],
        "disputes",
        "present",
        "What caused it",
    ),
    (
        "a123_examined_fractures",
        "2026-03-13",
        [
            (
                "OSLO (NTB) - A bus slid off an icy road near Lillehammer on Friday. Doctors "
                "examined eight passengers for fractures and bruising at the local clinic. No one "
                "was injured, the bus operator Vy said."
            ),
        ],
        "casualties",
        "absent",
        "no one injured",
    ),
]


# Cases four hostile reviews of stop 62 wrote against its rules (people in what carries them,
# a hold-up by gunmen, "a man of 45", news that opens on "the difference" or holds "declined to
# comment", a warning told to the one who denies it, a share of a stated total, a lone surname
# of another person, two countries' ministries, a body before "and Director-General", a
# person's possessive in an acronym's name, a factbox of earlier events, the name after "a
# lawyer for the activist,", all members of a family of six, a toll raised by those who fired,
# "Once Caldas" and "AS Monaco" before a role): each was worse than before until mended.
_REVIEWED_62 = [
    (
        "b08_raft_cubans",
        "2026-03-10",
        [
            (
                "KEY WEST, Florida (AP) - The U.S. Coast Guard rescued a makeshift raft with 12 "
                "Cubans on Friday about 20 miles off the Florida Keys, officials said."
            ),
        ],
        "casualties",
        "present",
        "12 (rescued|survived)",
    ),
    (
        "b22_detained_caravan_with",
        "2026-03-10",
        [
            (
                "TAPACHULA, Mexico (AP) - Mexican immigration agents detained a caravan with about "
                "300 migrants on a highway in Chiapas on Sunday, officials said."
            ),
        ],
        "casualties",
        "present",
        "300 detained",
    ),
    (
        "b32_hostages_taken_from_with",
        "2026-03-10",
        [
            (
                "BAMAKO, Mali (AFP) - Jihadists seized a lorry convoy with 16 drivers near the "
                "Senegal border on Sunday and took them hostage, security sources said."
            ),
        ],
        "casualties",
        "present",
        "16 captured",
    ),
    (
        "b36_evacuated_flight_with",
        "2026-03-10",
        [
            (
                "DUBAI (Reuters) - Emergency crews evacuated a flight with 280 passengers on the "
                "runway at Dubai airport on Monday after smoke filled the cabin. Seventeen people "
                "were treated for minor injuries."
            ),
        ],
        "casualties",
        "present",
        "280 evacuated",
    ),
    (
        "b156_dormitory_evacuated",
        "2026-03-10",
        [
            (
                "BEIJING (Reuters) - Firefighters evacuated a dormitory with 200 students at a "
                "school in Henan province after a fire broke out on Friday, state media said. "
                "Thirteen children died."
            ),
        ],
        "casualties",
        "present",
        "200 evacuated",
    ),
    (
        "b160_militants_held_up_passengers_hours",
        "2026-03-10",
        [
            (
                "QUETTA, Pakistan (AP) - Militants held up 40 bus passengers at gunpoint for six "
                "hours on the Quetta-Taftan highway on Sunday before releasing them, police said."
            ),
        ],
        "casualties",
        "present",
        "40 detained",
    ),
    (
        "b161_hostages_held_up_in_hotel",
        "2026-03-10",
        [
            (
                "BAMAKO, Mali (Reuters) - Gunmen held up 170 guests and staff inside the Radisson "
                "Blu hotel for nine hours on Friday before special forces stormed the building, "
                "officials said."
            ),
        ],
        "casualties",
        "present",
        "170 detained",
    ),
    (
        "b61_crew_member_of_trawler",
        "2026-03-10",
        [
            (
                "PETERHEAD, Scotland (PA) - A crew member of a trawler with 14 aboard died after "
                "being swept overboard in the North Sea on Monday, the coastguard said."
            ),
        ],
        "casualties",
        "present",
        "1 killed: crew member",
    ),
    (
        "b57_man_of_45_killed",
        "2026-03-10",
        [
            (
                "GLASGOW (PA) - A man of 45 was killed when a tree fell on his car during Storm "
                "Eowyn on Friday, police said."
            ),
        ],
        "casualties",
        "present",
        "1 killed",
    ),
    (
        "b47_veteran_of_30_years",
        "2026-03-10",
        [
            (
                "CHICAGO (AP) - A police officer of 22 years was shot dead during a traffic stop "
                "on the city's South Side on Saturday, police said."
            ),
        ],
        "casualties",
        "present",
        "1 killed",
    ),
    (
        "b58_soldier_of_25th_division",
        "2026-03-10",
        [
            (
                "HONOLULU (AP) - A soldier of the 25th Infantry Division was killed in a training "
                "accident at Schofield Barracks on Tuesday, the Army said."
            ),
        ],
        "casualties",
        "present",
        "1 killed",
    ),
    (
        "b51_resident_of_block",
        "2026-03-10",
        [
            (
                "BUCHAREST (Reuters) - A resident of Block 14 was killed when a gas explosion tore "
                "through the apartment building on Monday, firefighters said."
            ),
        ],
        "casualties",
        "present",
        "1 killed",
    ),
    (
        "b60_resident_of_10_street",
        "2026-03-10",
        [
            (
                "DUBLIN (Reuters) - A resident of No. 12 Carlingford Road was injured when a car "
                "ploughed into the house on Saturday, gardai said."
            ),
        ],
        "casualties",
        "present",
        "1 injured",
    ),
    (
        "b64_child_of_two_killed",
        "2026-03-10",
        [
            (
                "GAZA (Reuters) - A child of two was killed and five people were wounded in an air "
                "strike on a house in Khan Younis on Tuesday, medics said."
            ),
        ],
        "casualties",
        "present",
        "1 killed",
    ),
    (
        "b65_driver_of_15_years",
        "2026-03-10",
        [
            (
                "DELHI (PTI) - A bus driver of 15 years was arrested on Monday after the vehicle "
                "he was driving hit a scooter, killing a woman, police said."
            ),
        ],
        "casualties",
        "present",
        "1 arrested",
    ),
    (
        "b90_difference_this_time_wind",
        "2026-03-10",
        [
            (
                "LOS ANGELES (Reuters) - The fire in Pacific Palisades destroyed 5,000 structures, "
                "more than any blaze in the city's history. The difference this time was the wind, "
                "which gusted at 100 mph and grounded water-dropping aircraft for hours."
            ),
        ],
        "what",
        "present",
        "wind",
    ),
    (
        "b92_discrepancy_discovered_resign",
        "2026-03-10",
        [
            (
                "ACCRA (Reuters) - About 90,000 public workers were not paid on Tuesday. The "
                "discrepancy was discovered by auditors on Monday and led to the resignation of "
                "the payroll director, the finance ministry said."
            ),
        ],
        "what",
        "present",
        "resignation",
    ),
    (
        "b93_difference_was_made_up",
        "2026-03-10",
        [
            (
                "NAIROBI (Reuters) - Kenya's health budget was cut by 12 billion shillings. The "
                "difference will be covered by a $300 million World Bank loan signed on Friday, "
                "the treasury said."
            ),
        ],
        "what",
        "present",
        "World Bank",
    ),
    (
        "b95_gap_in_fence",
        "2026-03-10",
        [
            (
                "CEUTA, Spain (Reuters) - Hundreds of migrants rushed the border fence on Friday. "
                "The gap they cut in the fence was 3 metres wide, and 40 migrants reached Spanish "
                "soil, police said."
            ),
        ],
        "what",
        "present",
        "40 migrants",
    ),
    (
        "b171_the_difference_saved_lives",
        "2026-03-10",
        [
            (
                "MIAMI (AP) - Hurricane Milton made landfall near Siesta Key on Wednesday night. "
                "The difference was that 1.5 million people had evacuated, and only four died, "
                "officials said."
            ),
        ],
        "what",
        "present",
        "1.5 million",
    ),
    (
        "b170_that_gap_left_unpaid",
        "2026-03-10",
        [
            (
                "LUSAKA (Reuters) - The ministry said 212,400 workers were not paid on Tuesday. "
                "That gap left hospitals without nurses for a week, health workers said."
            ),
        ],
        "what",
        "present",
        "without nurses",
    ),
    (
        "b105_survivors_not_reached",
        "2026-03-10",
        [
            (
                "PORT MORESBY (Reuters) - A landslide buried a village in Enga province on Friday. "
                "Officials said survivors in the village could not be reached, and more than 670 "
                "people are feared dead."
            ),
        ],
        "what",
        "present",
        "670",
    ),
    (
        "b97_miners_could_not_be_reached",
        "2026-03-10",
        [
            (
                "JOHANNESBURG (Reuters) - A rockfall trapped 14 miners 1,200 metres underground at "
                "the Kloof mine on Monday. The trapped miners could not be reached, the company "
                "said."
            ),
        ],
        "what",
        "present",
        "trapped miners",
    ),
    (
        "b98_pilot_no_respond_calls",
        "2026-03-10",
        [
            (
                "JAKARTA (Reuters) - A Boeing 737 carrying 62 people crashed into the Java Sea on "
                "Saturday. The pilot did not respond to calls from air traffic control before the "
                "plane vanished from radar."
            ),
        ],
        "what",
        "present",
        "air traffic control",
    ),
    (
        "b114_hospital_not_available",
        "2026-03-10",
        [
            (
                "PORT-AU-PRINCE (Reuters) - Gangs attacked the Delmas district on Saturday, "
                "killing at least 20 people. Ambulances were not available, and the wounded were "
                "carried to clinics on motorbikes, witnesses said."
            ),
        ],
        "what",
        "present",
        "motorbikes",
    ),
    (
        "b110_minister_resigned_declined_2nd",
        "2026-03-10",
        [
            (
                "ROME (Reuters) - A motorway bridge collapsed near Genoa on Tuesday, killing 11 "
                "people. Transport Minister Carla Bellini resigned on Friday and declined to "
                "comment on the inquiry."
            ),
        ],
        "what",
        "present",
        "resigned",
    ),
    (
        "b111_president_arrested_declined",
        "2026-03-10",
        [
            (
                "MADRID (Reuters) - Police raided the offices of the Spanish football federation "
                "on Wednesday. Officers arrested the federation's president, Luis Serrano, who "
                "declined to comment."
            ),
        ],
        "what",
        "present",
        "arrested",
    ),
    (
        "b116_company_declined_but_confirmed_layoffs",
        "2026-03-10",
        [
            (
                "DETROIT (Reuters) - An explosion at a Ford plant injured nine workers on Monday. "
                "Ford declined to comment on the cause but confirmed production had been halted at "
                "the plant."
            ),
        ],
        "what",
        "present",
        "production",
    ),
    (
        "b115_mayor_declined_evacuate",
        "2026-03-10",
        [
            (
                "VALENCIA, Spain (Reuters) - Floods killed 62 people in Paiporta. The regional "
                "government declined to comment on why the alert was sent at 8 p.m., hours after "
                "the water rose."
            ),
        ],
        "what",
        "present",
        "8 p.m.",
    ),
    (
        "b140_dams_warned_they_could_fail",
        "2026-03-10",
        [
            (
                "DERNA, Libya (Reuters) - About 90,000 people were displaced when two dams burst "
                "above Derna on Sunday, officials said. Engineers said the dams were badly cracked "
                "and warned they could fail in a major storm."
            ),
            (
                "DERNA (AP) - The water authority that runs the dams has denied receiving any "
                "warning and blames the storm."
            ),
        ],
        "disputes",
        "present",
        "Denied by",
    ),
    (
        "b142_inspectors_warned_we_could",
        "2026-03-10",
        [
            (
                "DHAKA - At least 1,100 garment workers were killed when the Rana Plaza building "
                "collapsed on Wednesday, officials said. Inspectors said cracks had appeared on "
                "Tuesday and warned we could see a collapse within days."
            ),
            (
                "DHAKA (AP) - The building's owner has denied receiving any warning and blames a "
                "generator fault."
            ),
        ],
        "disputes",
        "present",
        "Denied by",
    ),
    (
        "b122_union_warned_of_strike_in_letter",
        "2026-03-10",
        [
            (
                "LUSAKA (Reuters) - Public workers' pay failed for a second month on Tuesday. The "
                "union said it had warned of strike action in a letter to Nyansa Data Systems in "
                "January."
            ),
            "LUSAKA (AP) - Nyansa Data Systems denied receiving any warning from the union.",
        ],
        "disputes",
        "present",
        "Denied by",
    ),
    (
        "b141_warned_of_protests_to_ministry",
        "2026-03-10",
        [
            (
                "LUSAKA - About 90,000 public workers were not paid on Tuesday, officials said. "
                "Unions said they had warned of protests at a meeting with the ministry and Nyansa "
                "Data Systems last week."
            ),
            (
                "LUSAKA (AP) - Nyansa Data Systems has denied receiving any warning and blames a "
                "power failure at the ministry."
            ),
        ],
        "disputes",
        "present",
        "Denied by",
    ),
    (
        "b135_share_of_them_budget",
        "2026-03-10",
        [
            (
                "ATHENS (Reuters) - 45 of the 57 victims of the Tempi crash were students, "
                "officials said on Monday. But families say 61 people died."
            ),
        ],
        "disputes",
        "present",
        "61",
    ),
    (
        "f12_sarpong_alone_vs_boateng_sarpong",
        "2026-03-10",
        [
            (
                "ACCRA (Reuters) - About 90,000 pensioners were not paid on Tuesday, Pensions "
                "Authority chief Ama Boateng-Sarpong said."
            ),
            (
                "ACCRA (AP) - Pensioners' association leader Kofi Sarpong said members had not "
                "eaten for days. Sarpong said protests would begin on Friday."
            ),
        ],
        "reactions",
        "absent",
        "Boateng-Sarpong.*protests",
    ),
    (
        "f11_jones_alone_vs_price_jones",
        "2026-03-10",
        [
            (
                "CARDIFF (Reuters) - Health minister Eluned Price-Jones said on Monday that 40 "
                "patients had been moved after a fire at a hospital in Swansea."
            ),
            (
                "SWANSEA (PA) - A porter, Mr Jones, said he had smelled smoke an hour before the "
                "alarm. Jones said staff had complained about faulty wiring for months."
            ),
        ],
        "reactions",
        "absent",
        "Price-Jones.*smelled",
    ),
    (
        "g08_duncan_smith_and_smith",
        "2026-03-10",
        [
            (
                "LONDON (Reuters) - Former minister Iain Duncan-Smith said on Monday the inquiry "
                "into the Grenfell fire had been too slow. A survivor, Mr Smith, said 72 people "
                "had died because of cost-cutting."
            ),
            "LONDON (PA) - Smith said the families would march on Saturday.",
        ],
        "reactions",
        "absent",
        "Duncan-Smith.*72",
    ),
    (
        "d07_interior_ministry_gaza_vs_israel",
        "2026-03-10",
        [
            (
                "GAZA (Reuters) - The Interior Ministry in Gaza said on Monday that 12 police "
                "officers were killed in an Israeli strike. Israel's Ministry of the Interior said "
                "it had revoked the residency of 40 Palestinians."
            ),
        ],
        "who",
        "absent",
        "Ministry of the Interior.*Interior Ministry|Interior Ministry.*Ministry of the Interior",
    ),
    (
        "f13_lebanon_health_vs_israel",
        "2026-03-10",
        [
            (
                "BEIRUT (Reuters) - Israeli strikes on southern Lebanon killed 31 people on "
                "Monday, Lebanon's Health Ministry said. Israel's Ministry of Health said 12 "
                "Israelis were treated for shock after rocket fire."
            ),
        ],
        "who",
        "absent",
        "Ministry of Health.*Health Ministry|Health Ministry.*Ministry of Health",
    ),
    (
        "d02_defence_ministry_two_countries",
        "2026-03-10",
        [
            (
                "KYIV (Reuters) - Russia's Defence Ministry said on Monday its forces had shot "
                "down 41 Ukrainian drones. Britain's Ministry of Defence said in an intelligence "
                "update that Russia had lost 1,200 soldiers in a week."
            ),
        ],
        "who",
        "absent",
        "Ministry of Defence.*Defence Ministry|Defence Ministry.*Ministry of Defence",
    ),
    (
        "d06_city_vs_state_health_department",
        "2026-03-10",
        [
            (
                "NEW YORK (Reuters) - Three people died of Legionnaires' disease in the Bronx, the "
                "city's Health Department said on Monday. The state Department of Health said 41 "
                "cases had been confirmed statewide."
            ),
        ],
        "who",
        "absent",
        "Department of Health.*Health Department|Health Department.*Department of Health",
    ),
    (
        "f05_nato_and_secretary_general",
        "2026-03-10",
        [
            (
                "MOSCOW (Reuters) - The Kremlin on Monday accused NATO and Secretary-General Mark "
                "Rutte of escalating the war after a drone strike killed 9 people in Belgorod. "
                "NATO did not comment."
            ),
            "BRUSSELS (AP) - NATO said on Tuesday it had no part in the strike.",
        ],
        "who",
        "present",
        "NATO",
    ),
    (
        "f06_who_and_director_general",
        "2026-03-10",
        [
            (
                "GENEVA (Reuters) - Washington on Monday accused the WHO and Director-General "
                "Tedros Adhanom Ghebreyesus of hiding the scale of an outbreak that has killed 140 "
                "people in Congo. The WHO said it had shared all its data."
            ),
        ],
        "who",
        "present",
        "WHO",
    ),
    (
        "g07_parliament_two_mentions",
        "2026-03-10",
        [
            (
                "NAIROBI (Reuters) - Parliament voted on Tuesday to cut the Deputy President's "
                "budget. The row between Parliament and Deputy President Rigathi Gachagua has "
                "paralysed the government for weeks."
            ),
            "NAIROBI (AP) - Parliament said the cuts would save 2 billion shillings.",
        ],
        "who",
        "present",
        "Parliament",
    ),
    (
        "a06_person_possessive_foundation",
        "2026-03-10",
        [
            (
                "NAIROBI (AFP) - Wanjiru Kamau's Girls Education Fund (WKGEF) said on Monday that "
                "300 schoolgirls displaced by floods in Garissa would receive bursaries. Kamau, a "
                "former senator, said the money came from private donors."
            ),
        ],
        "who",
        "present",
        "Girls Education Fund",
    ),
    (
        "g12_person_possessive_acronym_two_art",
        "2026-03-10",
        [
            (
                "NAIROBI (Reuters) - Wangari Maathai's Green Belt Movement (WMGBM) said on Monday "
                "that 2 million trees had been destroyed by fire in the Aberdares."
            ),
            "NAIROBI (AP) - The Green Belt Movement said rangers had arrested 4 suspects.",
        ],
        "who",
        "present",
        "WMGBM",
    ),
    (
        "f03_factbox_saint_denis",
        "2026-03-10",
        [
            (
                "PARIS (Reuters) - A man stabbed three people at a railway station in Lyon on "
                "Sunday, police said. Saint-Etienne-du-Rouvray, July 2016 - Two attackers killed a "
                "priest during Mass. Saint-Denis, November 2015 - Suicide bombers killed one "
                "person outside the Stade de France."
            ),
        ],
        "where",
        "absent",
        "Saint-Denis",
    ),
    (
        "g02_factbox_guinea_bissau",
        "2026-03-10",
        [
            (
                "DAKAR (Reuters) - Soldiers killed 4 protesters in Ziguinchor on Monday, a "
                "hospital official said. Guinea-Bissau, February 2022 - Gunmen attacked the "
                "government palace, killing 11 people. Conakry, September 2021 - Special forces "
                "seized power in a coup."
            ),
        ],
        "where",
        "absent",
        "Guinea-Bissau",
    ),
    (
        "g03_factbox_port_gentil",
        "2026-03-10",
        [
            (
                "LIBREVILLE (Reuters) - A fire at an oil depot in Owendo killed 7 workers on "
                "Monday, firefighters said. Port-Gentil, March 2019 - A blast at a refinery killed "
                "5 workers."
            ),
        ],
        "where",
        "absent",
        "Port-Gentil",
    ),
    (
        "e14_guinea_bissau_body",
        "2026-03-10",
        [
            (
                "DAKAR (Reuters) - Fighting in Casamance killed six soldiers on Monday, the army "
                "said. Guinea-Bissau, Senegal's southern neighbour - Which has denied sheltering "
                "the rebels - closed its border."
            ),
        ],
        "what",
        "absent",
        "^Which has denied",
    ),
    (
        "c11_lawyer_for_accused_is_accused",
        "2026-03-10",
        [
            (
                "HARARE (Reuters) - Zimbabwean police charged opposition activist Job Sikhala with "
                "inciting violence on Monday. Sikhala was arrested in Chitungwiza on Saturday."
            ),
            (
                'HARARE - A lawyer for the activist, Job Sikhala, told reporters: "He is a '
                'political prisoner and the charges are fabricated."'
            ),
        ],
        "reactions",
        "present",
        "activist, Job Sikhala",
    ),
    (
        "c87_spox_for_singer_stage_name",
        "2026-03-10",
        [
            (
                "LAGOS (Reuters) - Nigerian singer Davido cancelled a concert in Lagos on Saturday "
                "after a stampede injured 12 fans. A spokeswoman for the singer, Davido, said: "
                '"He is heartbroken and will pay the medical bills."'
            ),
        ],
        "reactions",
        "present",
        "singer, Davido",
    ),
    (
        "c14_aide_to_opposition_leader_known",
        "2026-03-10",
        [
            (
                "HARARE (Reuters) - Opposition leader Nelson Chamisa said on Monday that the "
                "election had been rigged."
            ),
            (
                'HARARE - An aide to the opposition leader, Nelson Chamisa, said on Tuesday: "We '
                'will challenge the result in court."'
            ),
        ],
        "reactions",
        "absent",
        "^Nelson Chamisa aide",
    ),
    (
        "c89_lawyer_for_former_president",
        "2026-03-10",
        [
            (
                "JOHANNESBURG (Reuters) - South Africa's former president Jacob Zuma was ordered "
                "to appear in court on Monday on corruption charges."
            ),
            (
                "JOHANNESBURG - A lawyer for the former president, Jacob Zuma, told the court on "
                'Tuesday: "My client is the victim of a political witch-hunt."'
            ),
        ],
        "reactions",
        "absent",
        "^Jacob Zuma",
    ),
    (
        "c20_adviser_to_ceo_named_ceo",
        "2026-03-10",
        [
            (
                "JOHANNESBURG (Reuters) - Eskom chief executive Dan Marokane said on Monday that "
                "load-shedding would end by June."
            ),
            (
                "JOHANNESBURG - An adviser to the chief executive, Dan Marokane, told Reuters on "
                'Tuesday: "The new units at Kusile will come online in May."'
            ),
        ],
        "reactions",
        "absent",
        "^Dan Marokane adviser",
    ),
    (
        "c13_spox_for_rebel_group_m23",
        "2026-03-10",
        [
            (
                "GOMA (Reuters) - Fighting between Congolese troops and rebels forced thousands to "
                "flee villages north of Goma on Monday. A spokesman for the rebel group, M23, "
                'said: "We are defending our people against the army."'
            ),
        ],
        "reactions",
        "present",
        "rebel group, M23",
    ),
    (
        "c16_spox_for_company_named_org",
        "2026-03-10",
        [
            (
                "NAIROBI (Reuters) - A Kenya Airways plane skidded off the runway in Kisumu on "
                'Monday. A spokeswoman for the carrier, Kenya Airways, said: "All 84 passengers '
                'were evacuated safely."'
            ),
        ],
        "reactions",
        "present",
        "carrier, Kenya Airways",
    ),
    (
        "c19_representative_for_plaintiffs",
        "2026-03-10",
        [
            (
                "SAO PAULO (Reuters) - A Brazilian court ordered mining company Vale to pay "
                "damages over the Brumadinho dam collapse on Tuesday. A representative of the "
                "victims' association, Maria Silva, said: \"No amount of money brings back our "
                'dead."'
            ),
        ],
        "reactions",
        "present",
        "Maria Silva",
    ),
    (
        "f08_all_members_family",
        "2026-03-10",
        [
            (
                "KARACHI (Reuters) - A gas cylinder exploded in a house in Karachi on Sunday. All "
                "members of a family of six were killed in the blast, police said."
            ),
        ],
        "casualties",
        "present",
        "6 killed",
    ),
    (
        "f23_every_member_crew_rescued",
        "2026-03-10",
        [
            (
                "ATHENS (Reuters) - A cargo ship sank off the Greek island of Lesbos on Monday. "
                "Every member of a crew of 14 was rescued by a coast guard helicopter, the "
                "shipping ministry said."
            ),
        ],
        "casualties",
        "present",
        "14 (rescued|survived)",
    ),
    (
        "f07_relatives_family_killed",
        "2026-03-10",
        [
            (
                "BEIRUT (AP) - An Israeli strike hit a house in southern Lebanon on Monday. "
                "Relatives of a family of five killed in the strike gathered outside the hospital "
                "in Tyre, the state news agency said."
            ),
        ],
        "casualties",
        "present",
        "5 killed",
    ),
    (
        "d23_police_who_opened_fire",
        "2026-03-10",
        [
            (
                "ABUJA (AFP) - Police fired on protesters in Abuja on Monday. Police who opened "
                "fire on a second march on Tuesday raised the death toll to 12, Amnesty "
                "International said. Police denied using live rounds."
            ),
        ],
        "casualties",
        "present",
        "Amnesty International",
    ),
    (
        "d08_storm_front_group",
        "2026-03-10",
        [
            (
                "MANILA (Reuters) - Typhoon Kalmaegi battered the central Philippines on Tuesday. "
                "A second storm front raised the death toll to 52 on Wednesday as landslides "
                "buried homes in Cebu. The national disaster agency said 300,000 people had fled."
            ),
        ],
        "casualties",
        "absent",
        "storm front killed",
    ),
    (
        "g13_salim_lone",
        "2026-03-10",
        [
            (
                "EL FASHER, Sudan (AFP) - Fighters of the Sudan Liberation Movement (SLM) clashed "
                'with paramilitaries near El Fasher on Monday. "We lost 30 men," said Salim, a '
                "rebel commander who asked that his full name not be used. Salim said his forces "
                "had retaken two villages."
            ),
        ],
        "who",
        "present",
        "Salim.*rebel commander",
    ),
    (
        "h02_once_president",
        "2026-03-10",
        [
            (
                "MADRID (EFE) - Spain's national organisation for the blind ONCE said on Monday it "
                "would fund 500 new jobs. ONCE president Miguel Carballeda said the plan would "
                "cost 20 million euros."
            ),
        ],
        "who",
        "present",
        "ONCE president",
    ),
    (
        "h12_once_caldas",
        "2026-03-10",
        [
            (
                "BOGOTA (AFP) - Fans invaded the pitch in Manizales on Sunday, leaving 12 people "
                "injured. Once Caldas coach Hernan Dario Herrera said the match should never have "
                "been played. Herrera said the club would cooperate with police."
            ),
        ],
        "who",
        "present",
        "Once Caldas coach",
    ),
    (
        "h03_as_monaco",
        "2026-03-10",
        [
            (
                "MONACO (AFP) - AS Monaco president Dmitry Ribolovlev announced the sale of the "
                "club on Friday. Ribolovlev said talks had lasted six months."
            ),
        ],
        "who",
        "absent",
        "(?<!AS )Monaco president",
    ),
]


# Cases four hostile reviews of stop 63 wrote against its rules (people with surnames that are
# place words in a list, a plant named for someone, care received over years or asked for
# others, parts listed after "among them" with a kind of their own, counts narrowed by their
# words set against each other, a rival's count that goes on to another verb, a report's own
# toll beside a voice's, strikes and crowds far apart, "had to continue until" and a season's
# habit, times of different things after "the timeline is disputed", conflicting accounts of
# when told by other verbs, months of the story in sentences with a word of habit, a date told
# by a noun phrase that names another day): each was worse than before until mended.
_REVIEWED_63 = [
    (
        "A30_r2_victims_hall_lane",
        "2026-03-23",
        [
            (
                "LEEDS (Reuters) - Three pensioners died when a coach overturned on the M62 on "
                "Sunday. Police named them as Margaret Hall, Peter Lane and Susan Whitaker."
            ),
            (
                "LEEDS (PA) - Tributes were paid on Monday to Margaret Hall, Peter Lane and Susan "
                "Whitaker, who had been returning from a day trip. Susan Whitaker's daughter said "
                "she was devoted to her grandchildren."
            ),
        ],
        "who",
        "present",
        r"Susan Whitaker",
    ),
    (
        "A32_r2_list_people_church_temple",
        "2026-05-03",
        [
            (
                "NASHVILLE (AP) - The four students killed in the crash were identified as Emily "
                "Church, Noah Temple, Ava Brooks and Liam Porter. Ava Brooks was 17."
            ),
            (
                "NASHVILLE (Reuters) - Hundreds attended a vigil on Saturday for Emily Church, "
                "Noah Temple, Ava Brooks and Liam Porter."
            ),
        ],
        "who",
        "present",
        r"Liam Porter",
    ),
    (
        "A36_r4_plant_named_alain_mimoun",
        "2026-05-05",
        [
            (
                "ALGIERS (Reuters) - A blast at Sonatrach's Alain Mimoun plant in Skikda killed "
                "two workers on Monday. Sonatrach's Alain Mimoun plant was shut after the blast, "
                "the company said."
            ),
        ],
        "who",
        "absent",
        r"^Alain Mimoun",
    ),
    (
        "A64_r11_received_care_since",
        "2026-02-07",
        [
            (
                "GAZIANTEP (Reuters) - The quake killed 14 people in the province. More than "
                "90,000 Syrians have received medical care at the hospital since 2019, officials "
                "said."
            ),
        ],
        "casualties",
        "absent",
        r"90,?000",
    ),
    (
        "A70_r11_received_medical_aid_shipments",
        "2026-03-03",
        [
            (
                "KYIV (Reuters) - A missile strike killed seven people in Kharkiv. The region has "
                "received medical aid for 20,000 patients from partners, its governor said."
            ),
        ],
        "casualties",
        "absent",
        r"20,?000",
    ),
    (
        "C06_m2_rival_and_number_different_state",
        "2026-03-10",
        [
            (
                "KHARTOUM (Reuters) - The education ministry says 40 schools reopened in Omdurman "
                "on Monday; the teachers' union says 90 schools and 12 clinics remain shut."
            ),
        ],
        "casualties",
        "absent",
        r"5,?000",
    ),
    (
        "C07_m2_rival_noun_end_true",
        "2026-03-10",
        [
            (
                "KHARTOUM (Reuters) - The education ministry says 40 schools were damaged in "
                "Omdurman; the teachers' union says 90 schools."
            ),
        ],
        "casualties",
        "absent",
        "\\b500\\b",
    ),
    (
        "G04_r11_insurance_applied",
        "2026-03-03",
        [
            (
                "MANILA (Reuters) - The fire killed 9 workers. Some 2,000 employees have applied "
                "for medical assistance under the company's health plan this year, the union said."
            ),
        ],
        "casualties",
        "absent",
        r"2,?000",
    ),
    (
        "G06_r11_asked_for_medical_aid_camp",
        "2026-03-10",
        [
            (
                "COX'S BAZAR (Reuters) - A fire in the camp killed 3 refugees. Camp leaders asked "
                "for medical aid for 12,000 residents left without a clinic."
            ),
        ],
        "casualties",
        "absent",
        r"12,?000",
    ),
    (
        "A85_r12_volunteers_treated_others",
        "2026-04-02",
        [
            (
                "GAZA (Reuters) - More than 60 volunteers treated the wounded at the scene after "
                "the strike, which killed 18 people."
            ),
        ],
        "casualties",
        "absent",
        "\\b60\\b",
    ),
    (
        "B05_r13_rescued_among_them_injured",
        "2026-06-14",
        [
            (
                "ATHENS (Reuters) - Coast guards rescued 104 migrants, among them 11 injured, "
                "after the boat sank off Pylos. Nine bodies were recovered."
            ),
        ],
        "casualties",
        "present",
        r"^11 injured",
    ),
    (
        "B17_r13_among_them_dead_and_injured",
        "2026-04-18",
        [
            (
                "LAHORE (Reuters) - Ninety people were affected by the poisoned liquor, among them "
                "14 dead and 40 in hospital, officials said."
            ),
        ],
        "casualties",
        "absent",
        r"^40 killed",
    ),
    (
        "E10_r13_detained_among_wounded",
        "2026-12-01",
        [
            (
                "TBILISI (Reuters) - Police detained 40 protesters, among them 6 wounded, the "
                "interior ministry said."
            ),
        ],
        "casualties",
        "present",
        r"^6 injured",
    ),
    (
        "E12_r13_displaced_among_them_missing",
        "2026-09-10",
        [
            (
                "MAIDUGURI (Reuters) - The floods displaced 4,000 people, among them 60 missing "
                "children, officials said."
            ),
        ],
        "casualties",
        "present",
        r"^60 missing",
    ),
    (
        "E14_r13_among_whom_three_dead",
        "2026-03-01",
        [
            (
                "DHAKA (Reuters) - Police arrested 60 workers after the protest, among whom 3 "
                "injured and 2 dead, the union said."
            ),
        ],
        "casualties",
        "present",
        r"^2 killed",
    ),
    (
        "B25_r5_long_schools_used_as_shelters",
        "2026-03-12",
        [
            (
                "MAPUTO (Reuters) - The education ministry said teachers had resumed lessons in "
                "340 schools in Sofala province that escaped serious damage from the cyclone, "
                "compared with the relief agency's count of 95 schools in Beira that are now being "
                "used as shelters for families whose homes were washed away."
            ),
        ],
        "disputes",
        "absent",
        r"How many schools",
    ),
    (
        "B23_r5_long_ships_unloaded_vs_idle",
        "2026-03-10",
        [
            (
                "VALENCIA (Reuters) - The port authority said on Monday that dockers working "
                "double shifts at the terminal's new northern berths had cleared the backlog on 45 "
                "container ships since the strike ended last Thursday, while the shipping "
                "association, which represents most of the foreign carriers calling at Spanish "
                "ports, said in a statement that 120 ships on Asian routes would skip Valencia "
                "this month."
            ),
        ],
        "disputes",
        "absent",
        r"How many ships",
    ),
    (
        "B29_r5_long_wells_rival_clause",
        "2026-03-14",
        [
            (
                "NIAMEY (AP) - The water ministry said engineers funded by the European Union had "
                "repaired hand pumps at 150 wells in the Tillaberi region since January, whereas "
                "the local farmers' union said that herders in the north of the region were still "
                "walking for hours past 400 wells that had been abandoned during the fighting."
            ),
        ],
        "disputes",
        "absent",
        r"How many wells",
    ),
    (
        "B30_r6_schools_reopened_vs_water",
        "2026-03-10",
        [
            (
                "KHARTOUM (Reuters) - The education ministry says 40 schools reopened in Omdurman "
                "on Monday; the teachers' union says 90 schools, most of them in the north of the "
                "city, are still without running water."
            ),
        ],
        "disputes",
        "absent",
        r"How many schools",
    ),
    (
        "B31_r6_trains_ran_vs_cancelled",
        "2026-03-11",
        [
            (
                "ROME (Reuters) - Trenitalia says 200 regional trains ran on Tuesday morning "
                "despite the strike; the USB union says 450 trains and most freight services were "
                "cancelled."
            ),
        ],
        "disputes",
        "absent",
        r"How many trains",
    ),
    (
        "B32_r6_villages_evacuated_vs_power",
        "2026-03-12",
        [
            (
                "MANILA (AP) - Provincial officials say 12 villages were evacuated before the "
                "typhoon made landfall; the power cooperative says 30 villages, including San "
                "Isidro, have lost electricity."
            ),
        ],
        "disputes",
        "absent",
        r"How many villages",
    ),
    (
        "B35_r6_buses_and_drivers",
        "2026-03-15",
        [
            (
                "LAGOS (Reuters) - The state transport agency says 300 buses are running on the "
                "new routes; the drivers' union says 120 buses and their crews have been sent home "
                "for lack of fuel."
            ),
        ],
        "disputes",
        "absent",
        r"How many buses",
    ),
    (
        "B37_r6_ships_passed_vs_waiting",
        "2026-03-17",
        [
            (
                "ISMAILIA (Reuters) - The canal authority says 38 ships transited the waterway on "
                "Sunday; shipping agents say 95 ships and several tankers are waiting at anchor "
                "off Port Said."
            ),
        ],
        "disputes",
        "absent",
        r"How many ships",
    ),
    (
        "B36_r6_homes_inspected_vs_demolished",
        "2026-03-16",
        [
            (
                "IZMIR (AP) - Engineers say they have inspected 2,400 buildings in Bayrakli since "
                "the quake; the municipality says 180 buildings, mostly built before 1999, must be "
                "demolished."
            ),
        ],
        "disputes",
        "absent",
        r"How many buildings",
    ),
    (
        "B38_r7_people_unvoiced_vs_police",
        "2026-03-10",
        [
            (
                "LAGOS (Reuters) - At least 30 people died when a fuel tanker exploded on the "
                "Otedola bridge on Tuesday. Police said 22 people were killed."
            ),
        ],
        "disputes",
        "present",
        "\\b22\\b.*\\b30\\b|\\b30\\b.*\\b22\\b",
    ),
    (
        "B39_r7_homes_unvoiced_vs_governor",
        "2026-03-11",
        [
            (
                "CEBU (AP) - The storm destroyed more than 300 homes in the coastal town of Argao. "
                "The governor's office said on Monday that 120 homes were destroyed."
            ),
        ],
        "disputes",
        "present",
        r"How many homes",
    ),
    (
        "B43_r7_however_unvoiced",
        "2026-03-14",
        [
            (
                "QUITO (Reuters) - The landslide buried 18 houses in the Alausi district on Sunday "
                "night. However, the mayor told local radio that 57 houses were buried."
            ),
        ],
        "disputes",
        "present",
        r"How many houses",
    ),
    (
        "B40_r7_correction",
        "2026-03-12",
        [
            (
                "ATHENS (Reuters) - Wildfires burned 45 homes in the village of Varnavas on "
                "Sunday. The fire service later corrected that, saying 25 homes had burned."
            ),
        ],
        "disputes",
        "present",
        "\\b45\\b.*\\b25\\b|\\b25\\b.*\\b45\\b",
    ),
    (
        "B52_r8_strikers_vs_strikers_fewer",
        "2026-03-16",
        [
            "PARIS (Reuters) - The CGT union said 45,000 rail workers were striking on Thursday.",
            "PARIS (AP) - SNCF said only 3,800 rail workers had walked out.",
        ],
        "disputes",
        "present",
        r"How many (rail )?workers",
    ),
    (
        "B47_r8_crowd_one_sentence",
        "2026-03-11",
        [
            (
                "BELGRADE (Reuters) - Organisers said 150,000 protesters were marching towards "
                "parliament on Saturday, while police said 12,000 protesters had gathered."
            ),
        ],
        "disputes",
        "present",
        r"How many protesters",
    ),
    (
        "B51_r8_ships_waiting_vs_queued",
        "2026-03-15",
        [
            (
                "PANAMA CITY (Reuters) - Shipping agents said 1,400 vessels were waiting to "
                "transit the canal because of the drought."
            ),
            (
                "PANAMA CITY (AP) - The canal authority said on Tuesday that 120 vessels were in "
                "the queue."
            ),
        ],
        "disputes",
        "present",
        r"How many vessels",
    ),
    (
        "B48_r8_passengers_waiting_vs_stranded",
        "2026-03-12",
        [
            (
                "TORONTO (Reuters) - More than 2,000 passengers were waiting at Pearson airport on "
                "Monday night, the union said."
            ),
            "TORONTO (AP) - Airport officials said only 150 passengers were stranded overnight.",
        ],
        "disputes",
        "present",
        r"How many passengers",
    ),
    (
        "B78_r15_had_to_continue_last_year",
        "2026-07-10",
        [
            (
                "ZERMATT (Reuters) - Rescuers on Thursday found the body of a German climber "
                "missing on the Matterhorn since Sunday. Last year, search teams had to continue "
                "until late August before the bodies of two British climbers were found."
            ),
        ],
        "when",
        "absent",
        r"2026-08",
    ),
    (
        "B79_r15_mission_extended_to_remain",
        "2026-07-10",
        [
            (
                "BAMAKO (AP) - The last UN peacekeepers left Timbuktu on Monday. The previous "
                "mission, which was extended to remain until late August, left behind a small "
                "liaison office."
            ),
        ],
        "when",
        "absent",
        r"2026-08",
    ),
    (
        "B85_r16_timeline_contested_three_things",
        "2026-03-12",
        [
            (
                "NAIROBI (Reuters) - The timeline remains contested: police said officers arrived "
                "at 2:10 p.m.; the mall's owner says the doors were locked at 1 p.m.; the Red "
                "Cross says its first ambulance left at 3:30 p.m."
            ),
        ],
        "disputes",
        "absent",
        r"What time",
    ),
    (
        "B91_r16_accounts_when_two_things",
        "2026-03-10",
        [
            (
                "GOMA (Reuters) - Drivers and the army gave different accounts of when the convoy "
                "was attacked. The army said the convoy left Goma at 7 a.m. The drivers said they "
                "were stopped by gunmen at 10 a.m."
            ),
        ],
        "disputes",
        "absent",
        r"What time",
    ),
    (
        "B92_r16_timeline_disputed_two_things",
        "2026-03-12",
        [
            (
                "NAIROBI (Reuters) - The timeline is disputed as well; police say officers arrived "
                "at 2:10 p.m., while the owner says the doors were locked at 1 p.m."
            ),
        ],
        "disputes",
        "absent",
        r"What time",
    ),
    (
        "C06_m2_rival_and_number_different_state",
        "2026-03-10",
        [
            (
                "KHARTOUM (Reuters) - The education ministry says 40 schools reopened in Omdurman "
                "on Monday; the teachers' union says 90 schools and 12 clinics remain shut."
            ),
        ],
        "disputes",
        "absent",
        r"How many schools",
    ),
    (
        "C09_m2_rival_and_number_of_other_state",
        "2026-03-11",
        [
            (
                "ROME (Reuters) - Trenitalia says 200 regional trains ran on Tuesday morning; the "
                "USB union says 450 trains and 30 ferries were cancelled."
            ),
        ],
        "disputes",
        "absent",
        r"How many trains",
    ),
    (
        "C32_m2_rival_and_number_verb_follows",
        "2026-03-10",
        [
            (
                "NAIROBI (Reuters) - The county says 300 families were moved to shelters on "
                "Monday; the Red Cross says 1,200 families and 400 children are still sleeping in "
                "the open."
            ),
        ],
        "disputes",
        "absent",
        r"How many families",
    ),
    (
        "C33_m2_rival_and_about_number_verb",
        "2026-03-15",
        [
            (
                "LAGOS (Reuters) - The state transport agency says 300 buses are running on the "
                "new routes; the drivers' union says 120 buses and about 80 lorries have been sent "
                "home for lack of fuel."
            ),
        ],
        "disputes",
        "absent",
        r"How many buses",
    ),
    (
        "C104_m2_rival_and_number_then_clause",
        "2026-03-10",
        [
            (
                "MAIDUGURI (Reuters) - The state government says 300 classrooms were rebuilt this "
                "year; UNICEF says 900 classrooms and 200 toilets still need repair."
            ),
        ],
        "disputes",
        "absent",
        r"How many classrooms",
    ),
    (
        "C36_m1_whole_counts_plus_unvoiced_other_report",
        "2026-03-10",
        [
            (
                "CEBU (AP) - The storm destroyed more than 500 homes in the coastal town of Argao "
                "on Sunday."
            ),
            (
                "CEBU (Reuters) - The governor's office counted 120 destroyed homes, while the Red "
                "Cross counted 310 destroyed homes."
            ),
        ],
        "disputes",
        "present",
        "\\b500\\b",
    ),
    (
        "C62_m7_conflicting_accounts_went_off_heard",
        "2026-04-06",
        [
            (
                "KABUL (Reuters) - Police and witnesses gave conflicting accounts of when the "
                "blast happened. Police said the bomb went off at 9:10 a.m. Witnesses said they "
                "heard the explosion at 8:45 a.m."
            ),
        ],
        "disputes",
        "present",
        r"What time",
    ),
    (
        "C64_m7_conflicting_accounts_one_sentence_raid",
        "2026-04-06",
        [
            (
                "LAGOS (AP) - There are conflicting accounts of when the raid took place: police "
                "say officers entered the house at 5 a.m., while the family says the officers "
                "arrived at 3 a.m."
            ),
        ],
        "disputes",
        "present",
        r"What time",
    ),
    (
        "C69_m7_conflicting_accounts_fire_reported",
        "2026-04-06",
        [
            (
                "DHAKA (AP) - Firefighters and residents gave conflicting accounts of when the "
                "blaze broke out. The fire service said it was alerted at 9:50 p.m. Residents said "
                "they saw smoke at 9:15 p.m."
            ),
        ],
        "disputes",
        "present",
        r"What time",
    ),
    (
        "C78_m6_harvest_usually_runs_until",
        "2026-03-18",
        [
            (
                "ABIDJAN (Reuters) - Cocoa farmers said the main harvest, which typically runs "
                "until late February, was the worst in a decade. The board cut its forecast on "
                "Wednesday."
            ),
        ],
        "when",
        "present",
        r"2026-02",
    ),
    (
        "C107_m9_arrested_among_them_badly_hurt",
        "2026-04-06",
        [
            (
                "DHAKA (Reuters) - Police arrested 60 workers after the protest, among them 12 who "
                "were badly hurt in the clashes, the union said."
            ),
        ],
        "casualties",
        "present",
        r"^12 injured",
    ),
    (
        "D01_festival_usually_july_held_september",
        "2026-06-10",
        [
            (
                "EDINBURGH (Reuters) - Organisers say the festival, which usually opens in July, "
                "will be held in September this year because of the rail strike. More than 2,000 "
                "performers have registered."
            ),
        ],
        "when",
        "present",
        r"2026-09",
    ),
    (
        "D09_each_day_since_march",
        "2026-07-20",
        [
            (
                "ADRE, Chad (Reuters) - Each day since March, hundreds of families cross the "
                "border into Chad, the U.N. refugee agency says. The camps hold more than 600,000 "
                "people."
            ),
        ],
        "when",
        "present",
        r"2026-03",
    ),
    (
        "D10_usually_peak_spread_since_may",
        "2026-07-05",
        [
            (
                "DHAKA (Reuters) - The health ministry says dengue cases usually peak in August "
                "and warns that the outbreak, which has spread to 12 districts since May, could "
                "worsen. Hospitals have admitted 9,000 patients."
            ),
        ],
        "when",
        "present",
        r"2026-05",
    ),
    (
        "D11_talks_normally_geneva_resume_march",
        "2026-01-14",
        [
            (
                "NAIROBI (AP) - The U.N. says the talks, which normally take place in Geneva each "
                "spring, will resume in Nairobi in March. Both sides have agreed to attend."
            ),
        ],
        "when",
        "present",
        r"2026-03",
    ),
    (
        "D12_schools_usually_september_closed_until_january",
        "2026-08-20",
        [
            (
                "KYIV (Reuters) - The city says schools, which usually reopen in September, will "
                "stay closed until January because of the shelling. Some 40,000 pupils will study "
                "online."
            ),
        ],
        "when",
        "present",
        r"2027-01",
    ),
    (
        "D13_rains_regularly_flood_drainage_december",
        "2026-07-22",
        [
            (
                "LAGOS (Reuters) - Heavy rains regularly flood the city, and the governor says a "
                "new drainage system will be finished in December. Three people drowned in the "
                "latest floods."
            ),
        ],
        "when",
        "present",
        r"2026-12",
    ),
    (
        "D18_every_summer_since_april",
        "2026-07-30",
        [
            (
                "ATHENS (Reuters) - Every summer wildfires threaten the suburbs, and this year "
                "firefighters say they have battled 300 blazes since April. Two firefighters are "
                "in hospital."
            ),
        ],
        "when",
        "present",
        r"2026-04",
    ),
    (
        "D45_routinely_attack_killed_since_january",
        "2026-04-21",
        [
            (
                "BAMAKO (Reuters) - The army says militants, who routinely ambush convoys in the "
                "north, have killed 40 soldiers since January. The government has declared three "
                "days of mourning."
            ),
        ],
        "when",
        "present",
        r"2026-01",
    ),
    (
        "D46_each_week_since_october_protest",
        "2026-02-11",
        [
            (
                "TBILISI (Reuters) - Each week since October, thousands of people rally outside "
                "parliament against the government. Police have detained more than 400 protesters."
            ),
        ],
        "when",
        "present",
        r"2025-10",
    ),
    (
        "D47_floods_each_year_toll_since_june",
        "2026-09-02",
        [
            (
                "KATHMANDU (Reuters) - Floods kill about 200 people each year in Nepal, and this "
                "season's toll since June stands at 312, the home ministry says. Dozens are "
                "missing."
            ),
        ],
        "when",
        "present",
        r"2026-06",
    ),
    (
        "D69_L1_typical_adjective_attack_march",
        "2026-06-09",
        [
            (
                "MEXICO CITY (Reuters) - Police say the attack on the prison convoy, carried out "
                "in March, is typical of the cartel's methods. Six guards have been charged."
            ),
        ],
        "when",
        "present",
        r"2026-03",
    ),
    (
        "D70_L1_generally_story_month_present",
        "2026-05-20",
        [
            (
                "BERLIN (Reuters) - Economists say inflation, which generally tracks energy "
                "prices, has risen every month since January. The central bank meets next week."
            ),
        ],
        "when",
        "present",
        r"2026-01",
    ),
    (
        "D67_L7_runs_until_each_year_after",
        "2026-06-10",
        [
            (
                "KATHMANDU (Reuters) - The climbing season runs until late May each year, but "
                "operators said on Monday that the avalanche had ended it early."
            ),
        ],
        "when",
        "present",
        r"2026-05",
    ),
    (
        "D22_bus_crashed_saturday_after_leaving_friday",
        "2026-04-13",
        [
            (
                "CUSCO (Reuters) - Police on Monday questioned survivors of the bus that crashed "
                "on Saturday after leaving Lima on Friday. Fourteen people died."
            ),
            (
                'CUSCO (AP) - "It was dark on Saturday and the road was wet," said survivor '
                "Marta Quispe. Fourteen people died when the bus plunged into a ravine."
            ),
        ],
        "when",
        "present",
        r"2026-04-11 .*crashed",
    ),
    (
        "D25_funeral_tuesday_girl_died_sunday",
        "2026-06-17",
        [
            (
                "URGUT, Uzbekistan (Reuters) - Hundreds attended Tuesday's funeral of the girl who "
                "died on Sunday after collapsing during the exam. Her family blamed the heat."
            ),
            (
                'URGUT, Uzbekistan (AP) - "She was buried on Tuesday next to her grandfather," '
                "said her uncle, Bakhtiyor Rakhimov. The girl, 17, collapsed in the exam hall."
            ),
        ],
        "when",
        "present",
        r"2026-06-16 .*funeral",
    ),
    (
        "D34_single_report_np_vs_quote",
        "2026-05-14",
        [
            (
                "GOMA, Congo (Reuters) - Aid workers on Thursday reached villages cut off by the "
                "landslide that buried 40 homes on Tuesday after days of rain that began on "
                'Sunday. "Tuesday was the worst day of my life," said villager Esperance Kahindo.'
            ),
        ],
        "when",
        "present",
        r"2026-05-12 .*landslide",
    ),
    (
        "D38_relcl_comma_conj_other_day",
        "2026-03-16",
        [
            (
                "DHAKA (Reuters) - Investigators on Monday questioned the owner of the garment "
                "factory, which caught fire on Friday and was still smouldering on Saturday. "
                "Forty-one workers died."
            ),
            (
                'DHAKA (AP) - "On Friday I lost my daughter," said Rahima Begum. Forty-one '
                "workers died in the fire."
            ),
        ],
        "when",
        "present",
        r"2026-03-13 .*(fire|factory)",
    ),
    (
        "D73_L2_np_funeral_vs_dateline_body",
        "2026-06-26",
        [
            (
                "NAIROBI (Reuters) - Thousands attended Thursday's funeral of the activist who was "
                "shot dead by police on Monday. Her family demanded an inquiry."
            ),
            (
                "NAIROBI, June 25 (AP) - Kenya's president called for calm. Protests continued in "
                "several towns."
            ),
        ],
        "when",
        "present",
        r"2026-06-25 .*funeral",
    ),
]

# Cases four hostile reviews of stop 64 wrote against its rules (a person's own count that is
# the whole, "told her 300" and "his 23 crew"; "sat" of those sitting and waiting; "what it
# says" after a sentence that opens with "The" or a plural noun; "accepted" without "never";
# news agencies that act or whose staff the story is of; "so that" and "after that" before a
# quotation; days "hit by Friday's storm", promised in the past or "by Friday last week"; faults
# that lie in a count or a response; counted voices; "Sergeant Major"; people after "the home
# town of" or with a role after them; counts before a body's name) and the cases they were
# written for: each was worse than before until mended.
_REVIEWED_64 = [
    (
        "A06_captain_his_crew",
        "2026-05-05",
        [
            (
                "ATHENS (Reuters) - The captain said his 23 crew members were rescued from the "
                "burning tanker. The coast guard said 21 crew members were rescued and two were "
                "missing."
            ),
        ],
        "disputes",
        "present",
        r"\b21\b.*\b23\b",
    ),
    (
        "A19_told_her_homes",
        "2026-10-02",
        [
            (
                "MANILA (Reuters) - Aid worker Maria Lopez said villagers told her 300 homes were "
                "destroyed by the typhoon in the town. The provincial government said 120 homes "
                "were destroyed in the town."
            ),
        ],
        "disputes",
        "present",
        r"How many homes",
    ),
    (
        "A20_gave_her_figure_flights",
        "2026-03-03",
        [
            (
                "PARIS (AFP) - A union official told her 260 flights were cancelled on Tuesday, "
                "the reporter wrote. The airline said 180 flights were cancelled on Tuesday."
            ),
        ],
        "disputes",
        "present",
        r"How many flights",
    ),
    (
        "A97_asked_her",
        "2026-06-22",
        [
            (
                "KABUL (Reuters) - Survivors told her 80 houses were destroyed in the village, the "
                "aid worker said. Local officials said 35 houses were destroyed in the village."
            ),
        ],
        "disputes",
        "present",
        r"How many houses",
    ),
    (
        "A23_his_ministry_is_whole",
        "2026-05-18",
        [
            (
                "ACCRA (Reuters) - The health minister said his 52 district hospitals were "
                "affected by the strike. The doctors' association said 70 district hospitals were "
                "affected."
            ),
        ],
        "disputes",
        "present",
        r"How many hospitals",
    ),
    (
        "A98_his_whole_team",
        "2026-04-09",
        [
            (
                "BAGHDAD (Reuters) - The rescue chief said his 60 divers were searching the river. "
                "The civil defence said 25 divers were searching the river."
            ),
        ],
        "disputes",
        "present",
        r"How many divers",
    ),
    (
        "A99_his_party_seats",
        "2026-06-09",
        [
            (
                "JOHANNESBURG (Reuters) - The party leader said his 87 councillors were suspended. "
                "Election officials said 40 councillors were suspended."
            ),
        ],
        "disputes",
        "present",
        r"How many councillors",
    ),
    (
        "A115_sat_state_false",
        "2026-01-10",
        [
            (
                "NAIROBI (Reuters) - About 5,000 candidates sat at the centres for hours waiting "
                "for papers, the union said. The council said 4,000 candidates were waiting for "
                "papers."
            ),
        ],
        "disputes",
        "present",
        r"How many candidates",
    ),
    (
        "A92_what_it_says_two_figs",
        "2026-01-12",
        [
            (
                "NAIROBI (Reuters) - The examinations council released corrected results for what "
                "it says were 4,812 candidates affected by the error, while the union said 9,000 "
                "candidates were affected by the error."
            ),
        ],
        "disputes",
        "absent",
        r"4,812 The\b",
    ),
    (
        "A90_parents_what_it_says",
        "2026-01-12",
        [
            (
                "NAIROBI (Reuters) - Parents criticised the examinations council over results for "
                "what it says were 4,812 candidates affected by the error. The teachers' union "
                "said 9,000 candidates were affected by the error."
            ),
        ],
        "disputes",
        "absent",
        r"4,812 Parents",
    ),
    (
        "A67_accepted_other_it",
        "2026-05-02",
        [
            (
                "KAMPALA (Reuters) - Uganda Airlines accepted the regulator's report on the runway "
                "incident. It says 14 flights were diverted that night. The airline said 9 flights "
                "were diverted."
            ),
        ],
        "disputes",
        "absent",
        r"Uganda Airlines",
    ),
    (
        "A01_not_less_than",
        "2026-01-10",
        [
            (
                "NAIROBI (Reuters) - The Kenya Union of Post Primary Education Teachers said the "
                "number of affected candidates surpasses 9,000 in not less than 112 schools. The "
                "Kenya National Examinations Council said 4,812 candidates in 60 schools were "
                "affected."
            ),
        ],
        "disputes",
        "present",
        r"not less than 112",
    ),
    (
        "A11_head_teacher_share",
        "2026-01-10",
        [
            (
                "NAIROBI (Reuters) - A head teacher, Paul Ndege, said 164 of his 171 candidates "
                "had been affected. The examinations board said about 3,000 candidates were "
                "affected by the error."
            ),
        ],
        "disputes",
        "absent",
        r"How many candidates",
    ),
    (
        "A41_sat_exam_small_gap",
        "2026-01-10",
        [
            (
                "NAIROBI (Reuters) - About 9,000 candidates sat the exam at the affected centres. "
                "The council said 4,812 candidates were affected."
            ),
        ],
        "disputes",
        "absent",
        r"How many candidates",
    ),
    (
        "A65_never_accepted_it_says",
        "2026-02-02",
        [
            (
                "ANTWERP (Reuters) - The Belgian Transport Union has never accepted the port's "
                "count. It says 112 ships were waiting outside the port. The port authority said "
                "64 ships were waiting."
            ),
        ],
        "disputes",
        "present",
        r"112 Belgian Transport Union",
    ),
    (
        "A91_knec_what_it_says_affected",
        "2026-01-12",
        [
            (
                "NAIROBI (Reuters) - The Kenya National Examinations Council (KNEC) released "
                "corrected results on Monday for what it says were 4,812 candidates affected by "
                "the error. The teachers' union said 9,000 candidates were affected by the error."
            ),
        ],
        "disputes",
        "present",
        r"4,812 Kenya National Examinations Council",
    ),
    (
        "B11_09_agency_demands",
        "2026-03-10",
        [
            (
                "ANKARA (Reuters) - Police detained a reporter for the Mezopotamya news agency in "
                "Diyarbakir on Monday. Mezopotamya demanded his release and said he had done "
                "nothing wrong."
            ),
        ],
        "who",
        "present",
        r"Mezopotamya",
    ),
    (
        "B11c_04_agency_says_later",
        "2026-03-10",
        [
            (
                "MINSK (Reuters) - Belarusian police detained 3 journalists of the BelaPAN news "
                "agency on Monday. BelaPAN later said the three had been released."
            ),
        ],
        "who",
        "present",
        r"BelaPAN",
    ),
    (
        "B11c_02_agency_published",
        "2026-03-10",
        [
            (
                "ANKARA (Reuters) - Police detained two reporters of the Mezopotamya news agency "
                "on Monday. Mezopotamya confirmed the detentions and called them unlawful."
            ),
        ],
        "who",
        "present",
        r"Mezopotamya",
    ),
    (
        "B11b_03_agency_journalists_killed_reported",
        "2026-03-10",
        [
            (
                "GAZA (Reuters) - An Israeli strike killed two journalists working for the "
                "Palestinian news agency WAFA in Khan Younis on Monday, WAFA reported."
            ),
        ],
        "who",
        "present",
        r"WAFA",
    ),
    (
        "B12b_12_said_that_so_that",
        "2026-03-10",
        [
            (
                "DHAKA (Reuters) - Floods displaced 2 million people in Bangladesh. The disaster "
                'minister said, so that no one would panic, "We have enough food for everyone for '
                'three months."'
            ),
        ],
        "reactions",
        "absent",
        r"no one would panic",
    ),
    (
        "B12c_06_so_that_two",
        "2026-03-10",
        [
            (
                "MANILA (Reuters) - A typhoon killed 14 people in the Philippines. The disaster "
                'agency chief said, so that families would not panic, "Relief goods are on their '
                'way to every town."'
            ),
        ],
        "reactions",
        "absent",
        r"families would not panic",
    ),
    (
        "B12c_05_after_that_colon",
        "2026-03-10",
        [
            (
                "ANKARA (Reuters) - An earthquake struck eastern Turkey on Monday, killing 2 "
                'people. Interior Minister Ali Yerlikaya wrote after that quake struck: "Our '
                'teams are in the field."'
            ),
        ],
        "reactions",
        "present",
        r"Our teams are in the field",
    ),
    (
        "C09_promised_hit_by_fridays",
        "2026-03-10",
        [
            (
                "MANILA (Reuters) - Villagers who were promised new homes were hit again by "
                "Friday's storm, which killed 11 people, officials said on Tuesday."
            ),
        ],
        "when",
        "present",
        r"2026-03-06",
    ),
    (
        "C10_pledged_then_struck_by",
        "2026-03-10",
        [
            (
                "MANILA (Reuters) - The mayor pledged aid to families struck by Saturday's "
                "landslide, which killed 11 people in the town, officials said on Tuesday."
            ),
        ],
        "when",
        "present",
        r"2026-03-07",
    ),
    (
        "C133_vowed_killed_by_sunday_flood",
        "2026-03-10",
        [
            (
                "LILONGWE (Reuters) - The president vowed to help villages devastated by Sunday's "
                "floods, which killed 20 people, officials said on Tuesday."
            ),
        ],
        "when",
        "present",
        r"2026-03-08",
    ),
    (
        "C22_promised_by_january_in_february_past",
        "2026-02-10",
        [
            (
                "ROME (Reuters) - The line that the minister promised to restore by January is "
                "still closed, officials said on Tuesday. A landslide cut the railway last autumn, "
                "injuring 3 workers."
            ),
        ],
        "when",
        "present",
        r"2026-01",
    ),
    (
        "C06_promised_by_march_in_may",
        "2026-05-12",
        [
            (
                "DHAKA (Reuters) - The minister had promised to reopen the bridge by March, but it "
                "remains closed, residents said on Tuesday. The bridge partly collapsed last year, "
                "killing 6 people."
            ),
        ],
        "when",
        "present",
        r"2026-03",
    ),
    (
        "C01_promised_missed_deadline",
        "2026-03-10",
        [
            (
                "NAIROBI (Reuters) - Kenya's examinations council had promised corrected results "
                "by Thursday but missed the deadline, parents said on Tuesday. About 3,000 "
                "candidates were affected by the grading error."
            ),
        ],
        "when",
        "present",
        r"2026-03-05",
    ),
    (
        "C16_promised_delivered_by_wednesday_past",
        "2026-03-12",
        [
            (
                "JAKARTA (Reuters) - Aid that the government promised was delivered by Wednesday, "
                "officials said on Thursday. The earthquake on Sunday killed 40 people."
            ),
        ],
        "when",
        "present",
        r"2026-03-11",
    ),
    (
        "C132_pledges_made_by_monday_passive",
        "2026-03-10",
        [
            (
                "JAKARTA (Reuters) - Aid pledged to the victims had reached the island by Monday, "
                "officials said on Tuesday. The earthquake on Saturday killed 40 people."
            ),
        ],
        "when",
        "present",
        r"2026-03-09",
    ),
    (
        "C19_promised_by_thursday_said_wednesday_later",
        "2026-03-11",
        [
            (
                "NAIROBI (Reuters) - Parents said on Wednesday that the council, which promised "
                "results by Monday, had released them a day late, on Tuesday. About 3,000 "
                "candidates were affected by the grading error."
            ),
        ],
        "when",
        "present",
        r"2026-03-09",
    ),
    (
        "C135_has_until_friday_said_yesterday",
        "2026-03-13",
        [
            (
                "ATHENS (Reuters) - The ferry operator has until Friday to pay fines, the ministry "
                "said on Thursday. The ferry ran aground off Paros on Monday."
            ),
        ],
        "when",
        "present",
        r"2026-03-13",
    ),
    (
        "C03_promised_coming_thursday",
        "2026-03-10",
        [
            (
                "NAIROBI (Reuters) - The Kenya National Examinations Council has promised "
                "corrected results by Thursday, its chairman said on Tuesday. About 3,000 "
                "candidates were affected by the grading error."
            ),
        ],
        "when",
        "absent",
        r"2026-03-05",
    ),
    (
        "C34_failure_lay_in_rescue",
        "2026-03-10",
        [
            (
                "DHAKA (Reuters) - A footbridge collapsed in Sylhet on Monday, killing 7 people. "
                "The city council blamed heavy rain for the collapse. Survivors said the failure "
                "lay in the slow rescue response, not in the bridge itself."
            ),
        ],
        "disputes",
        "absent",
        r"What caused",
    ),
    (
        "C55_error_lies_in_count",
        "2026-03-10",
        [
            (
                "DHAKA (Reuters) - A footbridge collapsed in Sylhet on Monday, killing 7 people. "
                "The city council blamed heavy rain for the collapse. The error lies in the "
                "official count, families said, insisting 9 people died."
            ),
        ],
        "disputes",
        "absent",
        r"What caused",
    ),
    (
        "C151_error_lay_with_count_ministry",
        "2026-03-10",
        [
            (
                "MANILA (Reuters) - A ferry capsized off Mindoro on Monday, killing 12 people. The "
                "coast guard blamed overloading for the accident. The error lay with the "
                "ministry's tally, which counted 15 dead, officials said."
            ),
        ],
        "disputes",
        "absent",
        r"What caused",
    ),
    (
        "C57_blame_rests_with_minister_politics",
        "2026-03-10",
        [
            (
                "DHAKA (Reuters) - A footbridge collapsed in Sylhet on Monday, killing 7 people. "
                "The city council blamed heavy rain for the collapse. The opposition said the "
                "blame for the slow response rested with the minister."
            ),
        ],
        "disputes",
        "absent",
        r"What caused",
    ),
    (
        "C119_count_subject_blamed",
        "2026-03-10",
        [
            (
                "NAIROBI (Reuters) - A bus plunged off a bridge near Nakuru on Monday, killing 23 "
                "people. Police blamed speeding. Three survivors blamed a burst tyre."
            ),
        ],
        "disputes",
        "present",
        r"What caused",
    ),
    (
        "C60_two_died_due_to_injuries",
        "2026-03-10",
        [
            (
                "DHAKA (Reuters) - A footbridge collapsed in Sylhet on Monday, killing 7 people. "
                "The city council blamed heavy rain for the collapse. Two of the injured later "
                "died due to their injuries, hospital officials said."
            ),
        ],
        "disputes",
        "absent",
        r"What caused",
    ),
    (
        "C62_many_died_because_of_hypothermia",
        "2026-03-10",
        [
            (
                "MANILA (Reuters) - A ferry capsized off Mindoro on Monday, killing 12 people. The "
                "coast guard blamed overloading for the accident. Many died because of "
                "hypothermia, rescuers said."
            ),
        ],
        "disputes",
        "absent",
        r"What caused",
    ),
    (
        "C69_livestock_died_because_of_floods",
        "2026-03-10",
        [
            (
                "LILONGWE (Reuters) - Floods swept through southern Malawi on Monday, killing 20 "
                "people. The government blamed the heavy rains. Thousands of cattle died because "
                "of the floods, farmers said."
            ),
        ],
        "disputes",
        "absent",
        r"What caused",
    ),
    (
        "C137_talks_failed_with_voice",
        "2026-03-10",
        [
            (
                "MANILA (Reuters) - A ferry capsized off Mindoro on Monday, killing 12 people. The "
                "coast guard blamed overloading for the accident. Talks on compensation failed "
                "because of disagreements over the amount, relatives said."
            ),
        ],
        "disputes",
        "absent",
        r"What caused",
    ),
    (
        "C140_second_boat_sank_due_to",
        "2026-03-10",
        [
            (
                "MANILA (Reuters) - A ferry capsized off Mindoro on Monday, killing 12 people. The "
                "coast guard blamed overloading for the accident. A rescue boat also sank due to "
                "high waves, the navy said."
            ),
        ],
        "disputes",
        "absent",
        r"What caused",
    ),
    (
        "C91_water_main_vs_maintenance",
        "2026-03-10",
        [
            (
                "LONDON (Reuters) - A sinkhole swallowed two cars in Leeds on Monday, injuring 3 "
                "people. The water company blamed a burst main. The council blamed poor "
                "maintenance of the road."
            ),
        ],
        "disputes",
        "present",
        r"What caused",
    ),
    (
        "C98_pipe_vs_pipeline_operator",
        "2026-03-10",
        [
            (
                "LAGOS (Reuters) - A blast at a fuel depot in Lagos on Monday killed 8 people. "
                "Police blamed a leaking pipe. Residents blamed the pipeline operator for ignoring "
                "warnings."
            ),
        ],
        "disputes",
        "present",
        r"What caused",
    ),
    (
        "C104_drive_vs_driver",
        "2026-03-10",
        [
            (
                "NAIROBI (Reuters) - A bus plunged off a bridge near Nakuru on Monday, killing 23 "
                "people. Police blamed the driver. The bus company blamed a faulty drive shaft."
            ),
        ],
        "disputes",
        "present",
        r"What caused",
    ),
    (
        "C109_storm_vs_stormwater_drain",
        "2026-03-10",
        [
            (
                "LONDON (Reuters) - A sinkhole swallowed two cars in Leeds on Monday, injuring 3 "
                "people. The council blamed the storm. The water company blamed a collapsed "
                "stormwater drain maintained by the council."
            ),
        ],
        "disputes",
        "present",
        r"What caused",
    ),
    (
        "C30_fault_lay_with_design",
        "2026-03-10",
        [
            (
                "DHAKA (Reuters) - A footbridge collapsed in Sylhet on Monday, killing 7 people. "
                "The city council blamed heavy rain for the collapse. Engineers said the fault lay "
                "in the design of the bridge."
            ),
        ],
        "disputes",
        "present",
        r"What caused",
    ),
    (
        "C38_traced_problem_to_bolts",
        "2026-03-10",
        [
            (
                "DHAKA (Reuters) - A footbridge collapsed in Sylhet on Monday, killing 7 people. "
                "The city council blamed heavy rain for the collapse. Inspectors traced the "
                "problem to corroded bolts, the engineers' union said."
            ),
        ],
        "disputes",
        "present",
        r"What caused",
    ),
    (
        "C44_source_of_leak_was",
        "2026-03-10",
        [
            (
                "LAGOS (Reuters) - A pipeline leaked crude into the creek near Bonny on Monday, "
                "officials said. The oil company blamed sabotage for the leak. Community leaders "
                "said the source of the leak was a corroded valve."
            ),
        ],
        "disputes",
        "present",
        r"What caused",
    ),
    (
        "C110_slovak_producer",
        "2026-03-10",
        [
            (
                "BRATISLAVA (Reuters) - An explosion at a fertiliser plant near Sala on Monday "
                "killed 4 workers. Police blamed a gas leak. The Slovak fertiliser producer blamed "
                "sabotage."
            ),
        ],
        "disputes",
        "absent",
        r"What caused it: Slovak and",
    ),
    (
        "C122_dateline_city_name_voice",
        "2026-03-10",
        [
            (
                "SYLHET, Bangladesh (Reuters) - Sylhet city council blamed heavy rain after a "
                "footbridge collapsed on Monday, killing 7 people. Engineers blamed corroded "
                "cables."
            ),
        ],
        "disputes",
        "present",
        r"Sylhet city council",
    ),
    (
        "D8_02_sergeant_major",
        "2026-03-10",
        [
            (
                "LONDON (Reuters) - A British soldier was killed and two others injured in a "
                "training accident on Salisbury Plain on Monday, the Ministry of Defence said. "
                "Regimental Sergeant Major David Hollis said the troops had been on a live-fire "
                'exercise. "We are devastated by this loss," he said.'
            ),
        ],
        "reactions",
        "present",
        r"Regimental Sergeant Major",
    ),
    (
        "D8_03_command_sgt_major",
        "2026-03-10",
        [
            (
                "KABUL (AP) - Two U.S. soldiers were wounded when a roadside bomb struck their "
                "convoy near Bagram on Sunday. Command Sergeant Major Troy Mendel said both men "
                'were in stable condition. "They are tough and they will pull through," Mendel '
                "said."
            ),
        ],
        "reactions",
        "present",
        r"Command Sergeant Major",
    ),
    (
        "D8_01_spokesman_major",
        "2026-03-10",
        [
            (
                "VIENTIANE (Reuters) - A bus plunged into a ravine in northern Laos on Tuesday, "
                "killing 11 people. Police spokesman Major Khamphet Vongsa said the driver had "
                'lost control on a sharp bend. "The brakes may have failed," he said.'
            ),
        ],
        "reactions",
        "absent",
        r"spokesman Major",
    ),
    (
        "D9_02_home_town_person",
        "2026-03-10",
        [
            (
                "PRAGUE (Reuters) - A gas explosion destroyed an apartment block in Kolarovo, the "
                "home town of Jan Novak, killing five people on Sunday. Novak, the opposition "
                "leader, visited the site and said the building had been inspected last year."
            ),
        ],
        "who",
        "present",
        r"Jan Novak",
    ),
    (
        "D9b_03_branson_island",
        "2026-03-10",
        [
            (
                "ROAD TOWN, British Virgin Islands (AP) - A hurricane battered Necker Island, the "
                "private island of Richard Branson, on Wednesday, injuring two staff members. "
                "Branson said in a blog post that everyone was safe."
            ),
        ],
        "who",
        "present",
        r"Richard Branson",
    ),
    (
        "D9b_05_marcos_province",
        "2026-03-10",
        [
            (
                "MANILA (Reuters) - A typhoon killed 12 people in Ilocos Norte, the home province "
                "of Ferdinand Marcos Jr., on Saturday. Marcos ordered relief supplies flown in, "
                "his office said."
            ),
        ],
        "who",
        "present",
        r"Ferdinand Marcos",
    ),
    (
        "D9b_09_town_of_two_mentions",
        "2026-03-10",
        [
            (
                "ATHENS (Reuters) - Wildfires reached Kalamata, the home town of Nikos Dimitriou, "
                "on Friday, killing two people. Dimitriou, the civil protection minister, said "
                '3,000 residents were evacuated. "The next 24 hours are critical," Dimitriou '
                "said."
            ),
        ],
        "who",
        "present",
        r"Nikos Dimitriou",
    ),
    (
        "D9b_08_district_of_mp",
        "2026-03-10",
        [
            (
                "NEW DELHI (Reuters) - A bridge collapsed in Morbi on Sunday, killing 35 people. "
                "Morbi lies in the district of Mohan Kundariya, a ruling party MP, who said the "
                'contractor would be punished. "The guilty will not be spared," Kundariya said.'
            ),
        ],
        "where",
        "absent",
        r"Kundariya",
    ),
    (
        "D9_14_governorate_person_name_place",
        "2026-03-10",
        [
            (
                "BAGHDAD (Reuters) - A car bomb killed eight people in the governorate of Salah "
                "al-Din on Sunday, security sources said. The governor, Ahmed al-Jubouri, said the "
                "attack targeted a checkpoint."
            ),
        ],
        "where",
        "present",
        r"Salah al-Din",
    ),
    (
        "D12b_04_year_hamas_two",
        "2026-03-10",
        [
            (
                "JERUSALEM (Reuters) - Israeli forces recovered the bodies of two hostages in Gaza "
                "on Thursday. The two were seized in October 2023 Hamas-led attack on southern "
                "Israel."
            ),
            (
                "GAZA (AFP) - The army said the bodies of two hostages abducted during the October "
                "2023 Hamas attack were recovered in Khan Younis on Thursday."
            ),
        ],
        "who",
        "present",
        r"Hamas",
    ),
    (
        "D12b_10_nato_two",
        "2026-03-10",
        [
            (
                "BRUSSELS (Reuters) - A Russian missile strike killed 14 people in Kharkiv on "
                "Tuesday. All 32 NATO allies condemned the attack."
            ),
            (
                "KYIV (AFP) - The 32 NATO members denounced Tuesday's strike on Kharkiv that "
                "killed 14 civilians, including three children."
            ),
        ],
        "who",
        "present",
        r"NATO",
    ),
    (
        "D11_01_west_bank_palestinian",
        "2026-03-10",
        [
            (
                "RAMALLAH, West Bank (Reuters) - Israeli forces killed three Palestinians during a "
                "raid in the West Bank on Monday, the Palestinian health ministry said. The raid "
                "in Jenin lasted six hours, witnesses said."
            ),
        ],
        "who",
        "absent",
        r"West Bank",
    ),
]


# Cases four hostile reviews of stop 65 wrote against its rules (a body written short, a name
# called a chamber, a river written short, a site named before its word, a ministry opening with
# a given name, a range of a sum, a figure read as a voice, "denied the accusation", a rank or a
# job as the role, "master" and "board", a body with a country before its name, the voice of a
# cause past an aside): each where the first version of a rule went wrong, or a rule's example.
_REVIEWED_65 = [
    (
        "A16_roraima_energia",
        "2026-03-10",
        [
            (
                "BOA VISTA, Brazil (Reuters) - Most of Roraima's 600,000 residents lost power on "
                "Monday after a fault at a substation, Roraima Energia said. A spokesman for the "
                "Roraima Energia said crews had restored supply to hospitals. Roraima Energia "
                "spokesman Paulo Lima said full service would return by Tuesday."
            ),
            (
                "BOA VISTA, Brazil (AP) - Roraima Governor Antonio Souza declared an emergency on "
                "Monday after the blackout. The Roraima Energia said the fault was caused by a "
                "storm. Roraima Energia spokesman Paulo Lima said no one was hurt."
            ),
        ],
        "where",
        "present",
        r"^Roraima\b",
    ),
    (
        "B01_aceh_society",
        "2026-03-10",
        [
            (
                "BANDA ACEH, Indonesia (Reuters) - Police in Aceh publicly caned six people on "
                "Friday for gambling, officials said. Aceh, a deeply conservative society, is the "
                "only Indonesian province that enforces Islamic law. Rights groups condemned the "
                "punishment."
            ),
        ],
        "where",
        "present",
        r"^Aceh\b",
    ),
    (
        "B21_kashmir_union",
        "2026-03-10",
        [
            (
                "SRINAGAR, India (Reuters) - Gunmen killed two soldiers in Kashmir on Wednesday, "
                "police said. Ladakh, a territory split from the state in 2019, was calm. Kashmir, "
                "a Muslim-majority region within the union, has been under direct rule since 2019."
            ),
        ],
        "where",
        "present",
        r"^Kashmir\b",
    ),
    (
        "B15_kurdistan_federation",
        "2026-03-10",
        [
            (
                "ERBIL, Iraq (Reuters) - A drone attack hit an oil field in Kurdistan on Tuesday, "
                "the Kurdistan Regional Government said. Kurdistan, an autonomous region within "
                "the federation, exports oil through Turkey. No casualties were reported."
            ),
        ],
        "where",
        "present",
        r"^Kurdistan\b",
    ),
    (
        "C03_yukon_territory",
        "2026-03-10",
        [
            (
                "WHITEHORSE, Yukon (CP) - An ice jam on the Yukon River flooded homes in Dawson "
                "City on Sunday, officials said. The Yukon's emergency measures office said 40 "
                "people were evacuated. Flooding is common across the Yukon each spring."
            ),
        ],
        "where",
        "present",
        r"^Yukon $",
    ),
    (
        "F09_kasai_region",
        "2026-03-10",
        [
            (
                "KANANGA, Congo (Reuters) - A boat capsized on the Kasai River on Monday, killing "
                "25 people. The Kasai, where militia violence killed thousands in 2017, is one of "
                "Congo's poorest regions. Aid agencies said hunger in the Kasai was rising."
            ),
        ],
        "where",
        "present",
        r"^Kasai $",
    ),
    (
        "C12_ship_named_river",
        "2026-03-10",
        [
            (
                "LAGOS (Reuters) - A tanker, the Benue, caught fire off Lagos on Monday, the navy "
                "said. The Benue was carrying 30,000 tonnes of diesel. Fishermen said oil slicks "
                "had reached the mouth of the Benue River."
            ),
        ],
        "who",
        "present",
        r"^Benue\b",
    ),
    (
        "D05_taliban_checkpoint",
        "2026-03-10",
        [
            (
                "KABUL (Reuters) - Two foreign tourists were shot dead at a Taliban checkpoint in "
                "Bamiyan on Thursday, officials said. Witnesses said guards at the Taliban "
                "checkpoint opened fire on the car."
            ),
        ],
        "where",
        "absent",
        r"Taliban",
    ),
    (
        "D08_trump_hotel",
        "2026-03-10",
        [
            (
                "LAS VEGAS (AP) - A Tesla Cybertruck exploded outside the Trump hotel in Las Vegas "
                "on Wednesday, killing the driver, police said. Seven people near the Trump hotel "
                "entrance were slightly hurt, Sheriff Kevin McMahill said."
            ),
        ],
        "where",
        "absent",
        r"Trump",
    ),
    (
        "D14_hezbollah_tunnel",
        "2026-03-10",
        [
            (
                "BEIRUT (Reuters) - Israeli jets struck a Hezbollah base in the Bekaa valley on "
                "Tuesday, killing five people, a security source said. The Hezbollah base was hit "
                "twice."
            ),
        ],
        "who",
        "present",
        r"Hezbollah",
    ),
    (
        "D09_shell_station",
        "2026-03-10",
        [
            (
                "LAGOS (Reuters) - A fuel tanker exploded at the Shell station in Ikeja on Sunday, "
                "killing nine people, emergency officials said. Flames from the Shell station "
                "spread to nearby shops."
            ),
        ],
        "where",
        "absent",
        r"Shell",
    ),
    (
        "D06_adani_port",
        "2026-03-10",
        [
            (
                "COLOMBO (Reuters) - A fire broke out on a container ship docked at the Adani port "
                "on Monday, port officials said. Workers at the Adani port said the blaze was put "
                "out in three hours. No one was hurt."
            ),
        ],
        "where",
        "absent",
        r"Adani",
    ),
    (
        "D16_samsung_building",
        "2026-03-10",
        [
            (
                "SEOUL (Reuters) - A fire broke out in the Samsung building in Suwon on Monday, "
                "injuring three workers, officials said. Firefighters evacuated 2,000 people from "
                "the Samsung building."
            ),
        ],
        "where",
        "absent",
        r"Samsung",
    ),
    (
        "D18_firm_tower",
        "2026-03-10",
        [
            (
                "NAIROBI (Reuters) - A fire gutted three floors of the Safaricom tower on Monday, "
                "police said. Staff were evacuated from the Safaricom tower, and no injuries were "
                "reported."
            ),
        ],
        "where",
        "absent",
        r"Safaricom",
    ),
    (
        "F07_deeper_life_church",
        "2026-03-10",
        [
            (
                "IBADAN, Nigeria (Reuters) - A roof collapsed at a Deeper Life church in Ibadan on "
                "Sunday, killing seven worshippers, police said. The Deeper Life church had been "
                "built without a permit, officials said."
            ),
        ],
        "who",
        "present",
        r"Deeper Life",
    ),
    (
        "B09_chamber_positive",
        "2026-03-10",
        [
            (
                "BUENOS AIRES (Reuters) - Grain exports from Rosario were halted on Monday after a "
                "ship ran aground, the shipping agents' chamber Centro de Navegacion said. The "
                "Centro de Navegacion said 40 ships were waiting."
            ),
        ],
        "who",
        "present",
        r"Centro de Navegacion",
    ),
    (
        "C06_parana_positive",
        "2026-03-10",
        [
            (
                "ROSARIO, Argentina (Reuters) - A bulk carrier ran aground on the Parana River on "
                "Monday, blocking grain shipments. The Parana's main channel was closed for 12 "
                "hours. Low water on the Parana has slowed exports for months."
            ),
        ],
        "where",
        "absent",
        r"Parana city",
    ),
    (
        "D10_villa_pagador_positive",
        "2026-03-10",
        [
            (
                "COCHABAMBA, Bolivia (Reuters) - A stand collapsed at the Villa Pagador stadium on "
                "Sunday, killing four fans, police said. Engineers said the Villa Pagador stadium "
                "had not been inspected since 2019."
            ),
        ],
        "where",
        "present",
        r"Villa Pagador",
    ),
    (
        "B08_islamic_relief_voice",
        "2026-06-20",
        [
            (
                "SYLHET, Bangladesh (Reuters) - Floods in northeastern Bangladesh have killed 25 "
                "people since Monday, officials said. The Ministry of Disaster Management and "
                "Relief said losses to crops stood at 2 billion taka. Farmers' groups said losses "
                "were at least 5 billion taka."
            ),
        ],
        "disputes",
        "present",
        r"Ministry of Disaster Management and Relief",
    ),
    (
        "B17_legal_aid",
        "2026-04-22",
        [
            (
                "NAIROBI (Reuters) - A building under construction collapsed in Nairobi on Monday, "
                "killing nine workers. Kenya Legal Aid said compensation for the families should "
                "be at least 5 million shillings each. The developer, Tilisi Homes, offered 1 "
                "million shillings each."
            ),
        ],
        "disputes",
        "present",
        r"Kenya Legal Aid",
    ),
    (
        "B108_christian_aid",
        "2026-03-14",
        [
            (
                "ROSARIO, Argentina (Reuters) - A bulk carrier ran aground in the Parana River on "
                "Tuesday, blocking the channel for four days. Exporters said losses to the sector "
                "reached about $75 million. Christian Aid said the exporters' estimate was "
                "exaggerated and put the losses at $15 million."
            ),
        ],
        "disputes",
        "present",
        r"15 million Christian Aid",
    ),
    (
        "B105_d_rose_by_to_b",
        "2026-03-14",
        [
            (
                "ROSARIO, Argentina (Reuters) - A bulk carrier ran aground in the Parana River on "
                "Tuesday, blocking the channel for four days. Exporters said losses to the sector "
                "reached about $14 million. Port authority president Ignacio Lema said the "
                "exporters' estimate was exaggerated and that losses had risen by $3 million to $9 "
                "million."
            ),
        ],
        "disputes",
        "absent",
        r"\$3 million to \$9 million",
    ),
    (
        "B107_d_increased_no_from",
        "2026-03-14",
        [
            (
                "ROSARIO, Argentina (Reuters) - A bulk carrier ran aground in the Parana River on "
                "Tuesday, blocking the channel for four days. Exporters said losses to the sector "
                "reached about $14 million. Port authority president Ignacio Lema said the "
                "exporters' estimate was exaggerated and that losses had increased $5 million to "
                "$9 million since Tuesday."
            ),
        ],
        "disputes",
        "absent",
        r"\$5 million to \$9 million",
    ),
    (
        "B150_denied_the_charges_in_court",
        "2026-03-10",
        [
            (
                "COCHABAMBA, Bolivia (Reuters) - A stand collapsed at the Felix Capriles stadium "
                "on Saturday, killing four fans. Prosecutors charged the stadium's manager Hugo "
                "Rivas with manslaughter on Monday. Rivas, 54, denied the charges in court."
            ),
        ],
        "what",
        "present",
        r"denied the charges in court",
    ),
    (
        "B151_judge_dismissed_the_charges",
        "2026-06-13",
        [
            (
                "LIMA (Reuters) - A bus plunged into a ravine in the Andes in January, killing 24 "
                "people. The bus company's owner was charged with negligence in February. A judge "
                "in Lima dismissed the charges on Friday."
            ),
        ],
        "what",
        "present",
        r"dismissed the charges",
    ),
    (
        "B152_insurer_rejected_the_claim",
        "2026-03-14",
        [
            (
                "ROSARIO, Argentina (Reuters) - A bulk carrier ran aground in the Parana River on "
                "Tuesday, blocking traffic for four days. The ship's owner filed a $9 million "
                "insurance claim with Lloyd's syndicate Beazley. Beazley rejected the claim on "
                "Friday."
            ),
        ],
        "what",
        "present",
        r"rejected the claim",
    ),
    (
        "B153_only_denial_statement",
        "2026-03-10",
        [
            (
                "COCHABAMBA, Bolivia (Reuters) - A stand collapsed at the Felix Capriles stadium "
                "on Saturday, killing four fans. Real Tunari, which owns the stadium and was "
                "accused by fans of ignoring warnings about cracks, denied the accusation."
            ),
        ],
        "what",
        "present",
        r"denied the accusation",
    ),
    (
        "B155_denied_the_criminal_charges",
        "2026-01-01",
        [
            (
                "MUMBAI (Reuters) - A fire killed 14 people in a Mumbai restaurant on Friday. "
                "Police arrested the restaurant's two owners on charges of culpable homicide on "
                "Sunday. The owners, brothers Arjun and Vikram Mehta, denied the charges."
            ),
        ],
        "what",
        "present",
        r"denied the charges",
    ),
    (
        "B26_town_firm_with_apposition",
        "2026-10-09",
        [
            (
                "SANTOS, Brazil (Reuters) - Santos Brasil, the terminal operator, on Thursday "
                "blamed a short circuit for the fire that destroyed a sugar warehouse on Tuesday. "
                "Firefighters blamed poorly stored sugar dust."
            ),
        ],
        "disputes",
        "present",
        r"What caused it: Santos Brasil and",
    ),
    (
        "C23_master_sergeant",
        "2026-03-10",
        [
            (
                "WASHINGTON (Reuters) - A US soldier was killed in a vehicle accident in Syria on "
                "Sunday, the Pentagon said. Master Sergeant David Lee, 41, died when his vehicle "
                "overturned near Deir el-Zor. Two other soldiers were injured."
            ),
        ],
        "who",
        "present",
        r"David Lee\s+Master Sergeant",
    ),
    (
        "C48_master_kong_brand",
        "2026-03-10",
        [
            (
                "SHANGHAI (Reuters) - A fire broke out at a Master Kong noodle factory in Tianjin "
                "on Monday, killing three workers, state media said. Master Kong said production "
                "at other plants was normal. The company said it was cooperating with "
                "investigators."
            ),
        ],
        "who",
        "absent",
        r"Kong",
    ),
    (
        "C50_surname_board",
        "2026-03-10",
        [
            (
                "LONDON (Reuters) - A bus crashed into a shop in Croydon on Monday, injuring six "
                "people, police said. Emma Board, a witness, said the bus mounted the pavement. "
                "Board said the driver appeared to faint."
            ),
        ],
        "who",
        "present",
        r"Emma Board",
    ),
    (
        "C58_board_as_verb_surname",
        "2026-03-10",
        [
            (
                "DUBLIN (Reuters) - A storm brought down power lines across Ireland on Sunday, "
                "leaving 200,000 homes without power, ESB Networks said. Kevin Board, a spokesman "
                "for ESB Networks, said crews were working through the night. Board said most "
                "homes would be reconnected by Tuesday."
            ),
        ],
        "who",
        "present",
        r"Kevin Board\s+spokesman for ESB Networks",
    ),
    (
        "C130_the_board_company_vs_ntsb",
        "2026-03-10",
        [
            (
                "SEATTLE (Reuters) - The National Transportation Safety Board said on Friday a "
                "missing bolt caused a door panel to blow off an Alaska Airlines jet. Boeing said "
                "the Board of Directors would meet on Monday. The Board said it had full "
                "confidence in management."
            ),
        ],
        "reactions",
        "absent",
        r"Safety Board.*full confidence",
    ),
    (
        "C70_ecb_vs_central_bank_ireland",
        "2026-03-10",
        [
            (
                "DUBLIN (Reuters) - The European Central Bank raised interest rates by a quarter "
                "point on Thursday. The Central Bank said Irish banks were well placed to absorb "
                "the rise. The Central Bank warned that mortgage arrears could grow. The European "
                "Central Bank said inflation was still too high."
            ),
        ],
        "reactions",
        "present",
        r"^Central Bank .*Irish banks",
    ),
    (
        "C71_russian_vs_ukrainian_defence",
        "2026-03-10",
        [
            (
                "KYIV (Reuters) - The Russian Defence Ministry said on Tuesday its forces had "
                "captured the village of Pishchane. The Ukrainian Defence Ministry denied the "
                "claim. The Defence Ministry in Kyiv said fighting continued on the outskirts."
            ),
        ],
        "reactions",
        "present",
        r"^Russian Defence Ministry .*captured",
    ),
    (
        "C80_football_fed_two_countries",
        "2026-03-10",
        [
            (
                "LIMA (Reuters) - Peru and Bolivia played to a 1-1 draw on Tuesday. The Peruvian "
                "Football Federation said fans had thrown objects on the pitch. The Bolivian "
                "Football Federation said its players were attacked. The Football Federation in La "
                "Paz demanded an inquiry."
            ),
        ],
        "reactions",
        "present",
        r"^Bolivian Football Federation .*players were attacked",
    ),
    (
        "C93_bare_first_then_two_nationalities",
        "2026-03-10",
        [
            (
                "GENEVA (Reuters) - The Football Federation said on Monday it would investigate "
                "the brawl. The Serbian Football Federation said its fans were provoked. The "
                "Albanian Football Federation blamed Serbian players for the violence."
            ),
        ],
        "reactions",
        "present",
        r"^Serbian Football Federation",
    ),
    (
        "C97_chinese_vs_taiwan_defence",
        "2026-03-10",
        [
            (
                "TAIPEI (Reuters) - China sent 30 warplanes near Taiwan on Monday, the Defence "
                "Ministry in Taipei said. The Chinese Defence Ministry said the drills were a "
                "warning. The Defence Ministry said it had scrambled jets."
            ),
        ],
        "reactions",
        "present",
        r"^Chinese Defence Ministry .*warning",
    ),
    (
        "C120_chinese_fm_vs_manila_fm",
        "2026-03-10",
        [
            (
                "MANILA (Reuters) - Chinese coast guard ships fired water cannon at a Philippine "
                "supply boat near Second Thomas Shoal on Saturday, the Foreign Ministry in Manila "
                "said. The Chinese Foreign Ministry said the boat had intruded into Chinese "
                "waters. The Foreign Ministry summoned China's ambassador."
            ),
        ],
        "reactions",
        "present",
        r"^Chinese Foreign Ministry",
    ),
    (
        "C121_civilian_jtf",
        "2026-03-10",
        [
            (
                "MAIDUGURI, Nigeria (Reuters) - Islamist militants killed 15 farmers near "
                "Maiduguri on Sunday, the Civilian Joint Task Force said. The Joint Task Force, "
                "the military command in the northeast, said troops had been sent. The Civilian "
                "Joint Task Force said the farmers were beheaded."
            ),
        ],
        "reactions",
        "present",
        r"^Joint Task Force .*troops",
    ),
    (
        "C124_indian_medical_vs_medical_association_nepal",
        "2026-03-10",
        [
            (
                "KATHMANDU (Reuters) - Doctors in Nepal went on strike on Monday after an attack "
                "on a surgeon, the Medical Association said. The Indian Medical Association said "
                "it backed the strike. The Medical Association said hospitals would treat "
                "emergencies only."
            ),
        ],
        "reactions",
        "present",
        r"^Indian Medical Association",
    ),
    (
        "C125_turkish_vs_syrian_interior",
        "2026-03-10",
        [
            (
                "ANKARA (Reuters) - A car bomb killed eight people in the Syrian town of Azaz on "
                "Sunday, the Turkish Interior Ministry said. The Syrian Interior Ministry blamed "
                "Kurdish fighters. The Interior Ministry in Damascus said two suspects were "
                "arrested."
            ),
        ],
        "reactions",
        "present",
        r"^Interior Ministry .*two suspects",
    ),
    (
        "C114_rank_dead_rule",
        "2026-03-10",
        [
            (
                "KYIV (Reuters) - Russian missiles hit Odesa port on Monday, killing three people. "
                "Major General Ivan Petrenko said air defences downed 10 missiles."
            ),
            "KYIV (AP) - Ivan Petrenko, a spokesman, said the port was damaged.",
        ],
        "who",
        "present",
        r"Petrenko\s+spokesman",
    ),
    (
        "C57_analyst_at_board",
        "2026-03-10",
        [
            (
                "BUENOS AIRES (Reuters) - Drought cut Argentina's soy harvest by a third, the "
                "Rosario Board of Trade said on Wednesday. Cristian Russo, an analyst at the "
                "Rosario Board of Trade, said yields were the lowest in 20 years. Russo said rain "
                "had come too late."
            ),
        ],
        "who",
        "present",
        r"analyst at the Rosario Board of Trade",
    ),
    (
        "C74_chinese_cp_vs_vietnam_cp",
        "2026-03-10",
        [
            (
                "HANOI (Reuters) - Vietnam's Communist Party named a new general secretary on "
                "Friday. The Communist Party said To Lam would lead it for five years. The Chinese "
                "Communist Party sent a message of congratulations."
            ),
        ],
        "who",
        "absent",
        r"Chinese",
    ),
    (
        "C72_russian_defence_vs_the_ministry_moscow",
        "2026-03-10",
        [
            (
                "MOSCOW (Reuters) - Ukrainian drones attacked an oil depot in Bryansk overnight, "
                "the Defence Ministry said on Monday. The Defence Ministry said 30 drones were "
                "downed. The Ukrainian Defence Ministry said the depot supplied Russian troops."
            ),
        ],
        "who",
        "absent",
        r"Ukrainian",
    ),
    (
        "D36_which_runs_terminal",
        "2026-03-12",
        [
            (
                "SANTOS, Brazil (Reuters) - Santos Brasil, which runs the container terminal, on "
                "Thursday blamed a short circuit for the fire that destroyed a sugar warehouse on "
                "Tuesday. Firefighters blamed poorly stored sugar dust."
            ),
        ],
        "disputes",
        "present",
        r"What caused it: Santos Brasil and",
    ),
    (
        "D57_however",
        "2026-03-12",
        [
            (
                "SANTOS, Brazil (Reuters) - Santos Brasil, however, on Thursday blamed a short "
                "circuit for the fire that destroyed a sugar warehouse on Tuesday. Firefighters "
                "blamed poorly stored sugar dust."
            ),
        ],
        "disputes",
        "present",
        r"What caused it: Santos Brasil and",
    ),
    (
        "D58_speaking_to_reporters_in",
        "2026-03-12",
        [
            (
                "SANTOS, Brazil (Reuters) - Fire chief Marcos Lima, speaking to reporters in "
                "Santos, on Thursday blamed poorly stored sugar dust for the fire that destroyed a "
                "warehouse on Tuesday. Santos Brasil blamed a short circuit."
            ),
        ],
        "disputes",
        "present",
        r"What caused it: Marcos Lima and",
    ),
    (
        "D51_citing_witnesses",
        "2026-03-12",
        [
            (
                "SANTOS, Brazil (Reuters) - Firefighters, citing witnesses, on Thursday blamed "
                "poorly stored sugar dust for the fire that destroyed a warehouse on Tuesday. "
                "Santos Brasil blamed a short circuit."
            ),
        ],
        "disputes",
        "present",
        r"What caused it: Firefighters and",
    ),
]

# Cases four hostile reviews of stop 66 wrote against its rules (bare numbers after a verb of
# saying that count something else or another place, figures compared "higher" of a sum, one
# body revising its count, custody said of people not held now or not for the event, numbers
# after a dash that add up by chance, parts that say more than their whole or where, clauses
# whose closing comma the parse keeps or leaves out, two offices of two people, "Imam" before a
# shrine, given names that are places before "de"/"dos", adjectives in -ed before a role, people
# and what they did before a role): each was worse than before until mended, and the rules'
# own examples.
_REVIEWED_66 = [
    (
        "A21_asked_missing",
        "2026-03-10",
        [
            (
                "MANILA (Reuters) - Police said 52 people had died in a landslide in Benguet "
                "province on Monday. Asked how many people were still missing, the provincial "
                "governor said 12."
            ),
        ],
        "casualties",
        "absent",
        r"^12 killed",
    ),
    (
        "A22_asked_identified",
        "2026-03-10",
        [
            (
                "NAIROBI (AP) - The Kenya Red Cross said 41 people were killed when a dam burst "
                "near Mai Mahiu on Monday. Asked how many bodies had been identified, the county "
                "coroner said 30."
            ),
        ],
        "casualties",
        "absent",
        r"^30 killed",
    ),
    (
        "A143_asked_arrests",
        "2026-03-10",
        [
            (
                "DHAKA (Reuters) - Police said 21 people were killed in clashes between rival "
                "political groups in Chittagong on Sunday. Asked how many people had been "
                "arrested, the police chief said 35."
            ),
        ],
        "casualties",
        "absent",
        r"^35 killed",
    ),
    (
        "A173_when_asked_injured",
        "2026-03-10",
        [
            (
                "JAKARTA (Reuters) - Police said 125 people were killed in a stampede at a "
                "football stadium in Malang on Saturday. Asked how many were injured, the East "
                "Java police chief said 180."
            ),
        ],
        "casualties",
        "absent",
        r"^180 killed",
    ),
    (
        "A37_sum_money",
        "2026-03-10",
        [
            (
                "NAIROBI (Reuters) - Floods have killed 38 people in Kenya since Monday, the "
                "interior ministry said. Asked how much the government had set aside for relief, "
                "the treasury secretary said 50."
            ),
        ],
        "casualties",
        "absent",
        r"^50 killed",
    ),
    (
        "A23_floors_words_before",
        "2026-03-10",
        [
            (
                "LONDON (Reuters) - Nine people were killed in a fire at a tower block in east "
                "London on Tuesday, the London Fire Brigade said. The building had six floors, the "
                "council said, but the landlord says seven."
            ),
        ],
        "disputes",
        "present",
        r"^How many floors",
    ),
    (
        "A32_bare_floors_said",
        "2026-03-10",
        [
            (
                "MUMBAI (Reuters) - Eleven people died when a residential building collapsed in "
                "Mumbai on Monday, the fire brigade said. The building was approved for four "
                "storeys, the municipal corporation said, while residents say seven."
            ),
        ],
        "disputes",
        "present",
        r"^How many storeys",
    ),
    (
        "A24_wheel_hours_words",
        "2026-03-10",
        [
            (
                "BERLIN (Reuters) - Police said 14 people died when a coach left the A9 motorway "
                "near Munich on Wednesday. The driver had been at the wheel for eleven hours, the "
                "drivers' union said, though his employer says six."
            ),
        ],
        "casualties",
        "absent",
        r"^6 killed",
    ),
    (
        "A25_age_words",
        "2026-03-10",
        [
            (
                "MADRID (AFP) - Police said 23 people died when a train derailed near Zaragoza on "
                "Thursday. Police gave the driver's age as forty, but his family says 38."
            ),
        ],
        "casualties",
        "absent",
        r"^38 killed",
    ),
    (
        "A144_river_metres_words",
        "2026-03-10",
        [
            (
                "ISLAMABAD (Reuters) - Officials said 31 people died in flash floods in Swat on "
                "Monday. The river rose by three metres overnight, the water authority said, and "
                "farmers say four."
            ),
        ],
        "casualties",
        "absent",
        r"^4 killed",
    ),
    (
        "A36_said_ages_victims",
        "2026-03-10",
        [
            (
                "TEHRAN (Reuters) - An earthquake in western Iran killed 16 people on Monday, "
                "state media said. The youngest victim was a girl, and her uncle said 4."
            ),
        ],
        "casualties",
        "absent",
        r"^4 killed",
    ),
    (
        "A40_bare_count_buses",
        "2026-03-10",
        [
            (
                "LIMA (Reuters) - Police said 17 people were killed when a bus plunged off a road "
                "in the Andes on Tuesday. The company that runs the route said 3, the number of "
                "buses it had on the road that night."
            ),
        ],
        "casualties",
        "absent",
        r"^3 killed",
    ),
    (
        "A28_hospital_says_injured",
        "2026-03-10",
        [
            (
                "KABUL (Reuters) - Police said 31 people were killed in a suicide bombing at a "
                "mosque in Kabul on Friday. The Emergency hospital says 80, many of them with "
                "shrapnel wounds."
            ),
        ],
        "casualties",
        "absent",
        r"^80 killed",
    ),
    (
        "A33_bare_survivors",
        "2026-03-10",
        [
            (
                "ATHENS (Reuters) - The coast guard said 78 migrants drowned when a fishing boat "
                "sank off Pylos on Wednesday. The boat was carrying hundreds of people, and the "
                "coast guard has rescued 104. The U.N. refugee agency says 500, most of them still "
                "missing."
            ),
        ],
        "casualties",
        "absent",
        r"^500 rescued",
    ),
    (
        "A170_two_incidents_bare",
        "2026-03-10",
        [
            (
                "QUETTA (Reuters) - Police said 11 people died in a bomb blast at a market in "
                "Quetta on Monday. In a separate attack in Peshawar, officials said six."
            ),
        ],
        "disputes",
        "absent",
        r"^How many were killed",
    ),
    (
        "A26_puts_figure_money",
        "2026-03-10",
        [
            (
                "JAKARTA (Reuters) - Floods in West Java killed 40 people this week and caused "
                "damage the government estimated at 30 trillion rupiah. An insurers' association "
                "puts the figure higher, at 45."
            ),
        ],
        "casualties",
        "absent",
        r"^45 killed",
    ),
    (
        "A27_puts_number_evacuees",
        "2026-03-10",
        [
            (
                "DHAKA (Reuters) - A cyclone killed 12 people in southern Bangladesh on Friday and "
                "forced 200 families from their homes, officials said. Aid groups put the number "
                "higher, at 240."
            ),
        ],
        "casualties",
        "absent",
        r"^240 killed",
    ),
    (
        "A06_captain_coastguard_rescue",
        "2026-03-10",
        [
            (
                "ATHENS (Reuters) - A fishing boat sank off the island of Lesbos on Saturday and "
                "three crew members drowned, the coast guard said. The captain is in the custody "
                "of the coast guard after he was pulled from the water, and was being treated for "
                "hypothermia."
            ),
        ],
        "casualties",
        "absent",
        r"detained",
    ),
    (
        "A127_pilot_in_custody_of_airline",
        "2026-03-10",
        [
            (
                "KATHMANDU (Reuters) - A small plane crashed near Pokhara on Sunday, killing 18 "
                "people, officials said. The flight recorder is in the custody of investigators, "
                "and the pilot was in custody of the aircraft logs, the airline said."
            ),
        ],
        "casualties",
        "absent",
        r"detained",
    ),
    (
        "A09_captain_was_in_custody_earlier_case",
        "2026-03-10",
        [
            (
                "ROME (Reuters) - A migrant boat capsized off Lampedusa on Tuesday and 17 people "
                "drowned, the coast guard said. The captain was in custody last year over a "
                "separate smuggling case, prosecutors said, but was released in January."
            ),
        ],
        "casualties",
        "absent",
        r"detained",
    ),
    (
        "A121_driver_had_been_in_custody_before",
        "2026-03-10",
        [
            (
                "NAIROBI (Reuters) - A matatu crash near Thika killed 11 passengers on Monday, "
                "police said. The driver had been in custody twice before for drunk driving, court "
                "records show."
            ),
        ],
        "casualties",
        "absent",
        r"detained",
    ),
    (
        "A181_owner_custody_other_case",
        "2026-03-10",
        [
            (
                "ISTANBUL (Reuters) - A fire at a nightclub in Istanbul killed 29 people on "
                "Tuesday, the governor said. The club's registered owner is in custody in Spain on "
                "fraud charges dating from 2023, Turkish media reported."
            ),
        ],
        "casualties",
        "absent",
        r"detained",
    ),
    (
        "A120_demand_owner_be_in_custody",
        "2026-03-10",
        [
            (
                "DHAKA (Reuters) - A fire at a garment factory near Dhaka killed 23 workers on "
                "Thursday, fire officials said. Relatives of the victims demanded that the owner "
                "be in custody by Friday, but police said he had fled abroad."
            ),
        ],
        "casualties",
        "absent",
        r"detained",
    ),
    (
        "A123_suspect_arrested_then_remains",
        "2026-03-10",
        [
            (
                "BERLIN (Reuters) - A car ploughed into a Christmas market in Magdeburg on Friday, "
                "killing five people, police said. Police arrested a 50-year-old man at the scene. "
                "The suspect remains in custody, prosecutors said."
            ),
        ],
        "casualties",
        "absent",
        r"detained: suspect",
    ),
    (
        "A182_driver_owner_were_in_custody_released",
        "2026-03-10",
        [
            (
                "DHAKA (Reuters) - A launch capsized on the Buriganga river on Monday and 32 "
                "passengers drowned, police said. The captain and the owner were in custody for "
                "two days but were released on bail on Wednesday."
            ),
        ],
        "casualties",
        "absent",
        r"detained",
    ),
    (
        "A51_killed_dash_wounded_chance",
        "2026-03-10",
        [
            (
                "KABUL (Reuters) - Ten militants were killed - and six soldiers and four civilians "
                "wounded - in a gunbattle in Kunduz province on Monday, the defence ministry said."
            ),
        ],
        "casualties",
        "present",
        r"^6 injured: soldiers",
    ),
    (
        "A66_killed_dash_arrested_sum",
        "2026-03-10",
        [
            (
                "DHAKA (Reuters) - Eleven people were killed -- and 5 police officers and 6 "
                "protesters were arrested -- in clashes in Dhaka on Tuesday, police said."
            ),
        ],
        "casualties",
        "present",
        r"^6 arrested",
    ),
    (
        "A65_dash_aside_then_injured",
        "2026-03-10",
        [
            (
                "KABUL (Reuters) - Twelve people died -- 8 of them children -- and 4 were injured "
                "when a rocket hit a wedding party in Helmand province on Monday, the provincial "
                "governor said."
            ),
        ],
        "casualties",
        "present",
        r"^4 injured",
    ),
    (
        "A67_colon_missing_rescued",
        "2026-03-10",
        [
            (
                "ATHENS (Reuters) - The coast guard said 30 people were on board: 18 were rescued "
                "and 12 remain missing after the boat capsized off Crete on Wednesday."
            ),
        ],
        "casualties",
        "present",
        r"^12 missing",
    ),
    (
        "A69_injured_dash_parts_hospital",
        "2026-03-10",
        [
            (
                "SEOUL (Reuters) - Fire officials said 22 people were injured -- 15 were taken to "
                "hospital and 7 treated at the scene -- after a crowd surge in Seoul on Saturday."
            ),
        ],
        "casualties",
        "present",
        r"^15 taken to hospital",
    ),
    (
        "A161_rescued_including_dead",
        "2026-03-10",
        [
            (
                "ANKARA (Reuters) - Rescuers pulled 30 people from the rubble of a collapsed "
                "building in Konya on Tuesday, including eight who were dead, the disaster agency "
                "AFAD said."
            ),
        ],
        "casualties",
        "present",
        r"^8 killed",
    ),
    (
        "A59_of_whom",
        "2026-03-10",
        [
            (
                "LAGOS (Reuters) - Police said 40 people were injured in the stampede, of whom 11 "
                "were in critical condition, on Saturday."
            ),
        ],
        "casualties",
        "present",
        r"^11 in critical condition",
    ),
    (
        "B90_typhoon_date_main",
        "2026-03-16",
        [
            (
                "MANILA (Reuters) - The typhoon, which brought winds of up to 185 km per hour to "
                "the island of Luzon and dumped more than 300 mm of rain on Manila, killed at "
                "least 22 people on Sunday, the disaster agency said. Schools were closed."
            ),
        ],
        "when",
        "present",
        r"killed at least 22 people",
    ),
    (
        "B91_quake_date_main",
        "2026-03-21",
        [
            (
                "RABAT (Reuters) - The earthquake, which struck at a depth of 10 km near the town "
                "of Al Haouz and was felt as far away as Marrakesh, Casablanca and Rabat, killed "
                "more than 2,000 people on Friday night, the interior ministry said. Rescuers "
                "searched for survivors."
            ),
        ],
        "when",
        "present",
        r"killed more than 2,000",
    ),
    (
        "B97_quake_turkey",
        "2026-03-17",
        [
            (
                "ANKARA (Reuters) - The earthquake, which was centred near the city of Malatya and "
                "was felt as far away as Damascus, Beirut and Nicosia, killed at least 80 people "
                "and injured more than 1,000 on Monday night, Turkey's disaster agency AFAD said. "
                "Rescuers worked through the night."
            ),
        ],
        "when",
        "present",
        r"injured more than 1,000",
    ),
    (
        "B93_wayanad_landslides",
        "2026-03-18",
        [
            (
                "NEW DELHI (Reuters) - The landslides, which buried villages in Wayanad and cut "
                "the main road to Kozhikode, killed at least 150 people and left hundreds more "
                "missing on Tuesday, the chief minister of the southern state of Kerala said. Army "
                "engineers built a temporary bridge."
            ),
        ],
        "when",
        "present",
        r"killed at least 150",
    ),
    (
        "B42_owner_and_driver_were",
        "2026-03-16",
        [
            (
                "NAIROBI (Reuters) - A minibus overturned on the Nairobi-Nakuru highway on Monday, "
                "killing 11 passengers, police said. The vehicle's owner and driver Peter Kamau "
                "were arrested at the scene, police commander Ann Wairimu said."
            ),
        ],
        "who",
        "absent",
        r"owner and driver",
    ),
    (
        "B136_arrested_kamau_owner_and_driver",
        "2026-03-16",
        [
            (
                "NAIROBI (Reuters) - A bus crash on the Nairobi-Mombasa highway killed 14 people "
                "on Monday, police said. Police arrested John Kamau, the bus owner and a driver "
                "who had worked a 20-hour shift. Traffic commander Martin Kabuga said the bus was "
                "unroadworthy."
            ),
        ],
        "who",
        "absent",
        r"owner and a driver",
    ),
    (
        "B160_doctor_and_nurse_list",
        "2026-03-16",
        [
            (
                "GAZA (Reuters) - An air strike on a clinic in Khan Younis killed six people on "
                "Monday, health officials said. Among the dead were Ahmed Nasser, a doctor and a "
                "nurse who had worked at the clinic for ten years. The Israeli military said it "
                "was reviewing the strike."
            ),
        ],
        "who",
        "absent",
        r"doctor and a nurse",
    ),
    (
        "B154_governor_and_bishop",
        "2026-03-22",
        [
            (
                "ABUJA (Reuters) - Gunmen killed 14 worshippers at a church in Owo on Sunday, "
                "police said. The governor and bishop Jude Arogundade visited survivors in "
                'hospital. "This is barbaric," Arogundade said.'
            ),
        ],
        "who",
        "absent",
        r"governor and bishop",
    ),
    (
        "B162_paramedic_and_driver",
        "2026-03-22",
        [
            (
                "SYDNEY (Reuters) - An ambulance collided with a car in western Sydney on Sunday, "
                "killing the car's driver, police said. The paramedic and driver Liam Walsh were "
                "taken to hospital with minor injuries. NSW Ambulance said it was investigating."
            ),
        ],
        "who",
        "absent",
        r"paramedic and driver",
    ),
    (
        "B163_owner_and_engineer_two_named",
        "2026-03-18",
        [
            (
                "DHAKA (Reuters) - A boiler explosion at a factory near Dhaka killed seven workers "
                "on Wednesday, police said. The factory owner and engineer Rahim Uddin were "
                "arrested on charges of negligence. Fire officials said the boiler had not been "
                "inspected since 2021."
            ),
        ],
        "who",
        "absent",
        r"owner and engineer",
    ),
    (
        "B132_imam_ali_shrine",
        "2026-03-19",
        [
            (
                "BAGHDAD (Reuters) - A car bomb exploded near the Imam Ali shrine in Najaf on "
                "Thursday, killing seven pilgrims, police said. Health officials said 25 people "
                "were wounded."
            ),
        ],
        "who",
        "absent",
        r"Imam",
    ),
    (
        "B150_imam_hussein_shrine",
        "2026-03-17",
        [
            (
                "BAGHDAD (Reuters) - A stampede near the Imam Hussein shrine in Karbala killed 31 "
                "pilgrims on Tuesday, health officials said. Karbala governor Nassif al-Khattabi "
                "said the crowd panicked after a walkway collapsed."
            ),
        ],
        "who",
        "absent",
        r"Imam",
    ),
    (
        "B120_firstname_place_georgia_vega",
        "2026-03-18",
        [
            (
                "SALVADOR, Brazil (Reuters) - Floods swept through towns in Bahia state on "
                "Wednesday, killing six people, the civil defence agency said. Georgia de la Vega, "
                "a spokeswoman for the regional fire service, said the river rose by two metres in "
                'an hour. "We lost everything," Vega said.'
            ),
        ],
        "reactions",
        "present",
        r"Vega",
    ),
    (
        "B125_firstname_place_cuba_armas",
        "2026-03-18",
        [
            (
                "SALVADOR, Brazil (Reuters) - Floods swept through towns in Bahia state on "
                "Wednesday, killing six people, the civil defence agency said. Cuba de Armas, a "
                'shopkeeper, said the river rose by two metres in an hour. "We lost everything," '
                "Armas said."
            ),
        ],
        "reactions",
        "present",
        r"Armas",
    ),
    (
        "B121_firstname_place_israel_santos",
        "2026-03-18",
        [
            (
                "SALVADOR, Brazil (Reuters) - Floods swept through towns in Bahia state on "
                "Wednesday, killing six people, the civil defence agency said. Israel dos Santos, "
                'a miner, said the river rose by two metres in an hour. "We lost everything," '
                "Santos said."
            ),
        ],
        "who",
        "present",
        r"Santos",
    ),
    (
        "B126_firstname_place_lima_reis",
        "2026-03-18",
        [
            (
                "SALVADOR, Brazil (Reuters) - Floods swept through towns in Bahia state on "
                "Wednesday, killing six people, the civil defence agency said. Lima dos Reis, a "
                'farmer, said the river rose by two metres in an hour. "We lost everything," '
                "Reis said."
            ),
        ],
        "who",
        "present",
        r"Reis",
    ),
    (
        "B100_gaza_do_un",
        "2026-03-17",
        [
            (
                "GAZA (Reuters) - An air strike hit a school sheltering displaced families in Gaza "
                'City on Tuesday, killing 18 people, the Gaza health ministry said. "Only in Gaza '
                'do UN schools keep getting hit," said Philippe Lazzarini, head of the UN agency '
                "for Palestinian refugees. The Israeli military said it targeted militants."
            ),
        ],
        "where",
        "absent",
        r"Gaza do",
    ),
    (
        "B29_brazil_do_futuro",
        "2026-03-17",
        [
            (
                "RIO DE JANEIRO (AP) - Landslides killed 19 people in the hills above Petropolis "
                "on Tuesday, officials said. Volunteers from Brazil do Futuro, a charity, handed "
                "out food and blankets. Governor Claudio Castro said 500 people were homeless."
            ),
        ],
        "where",
        "present",
        r"^Brazil",
    ),
    (
        "C91_number_injured_unknown_but",
        "2026-03-13",
        [
            (
                "KABUL (Reuters) - Police said 31 people were killed in a suicide bombing at a "
                "mosque in Kabul on Friday. The number of injured was not known but the Emergency "
                "hospital says 80."
            ),
        ],
        "casualties",
        "absent",
        r"^80 killed",
    ),
    (
        "C92_no_figure_injured_but",
        "2026-03-11",
        [
            (
                "LAGOS (Reuters) - Police said 12 people died when a tanker exploded in Lagos on "
                "Tuesday. Police gave no figure for the injured but hospitals say 40."
            ),
        ],
        "casualties",
        "absent",
        r"^40 killed",
    ),
    (
        "C94_searching_missing_red_cross",
        "2026-03-10",
        [
            (
                "MANILA (Reuters) - The disaster agency said 12 people were killed in a landslide "
                "in Benguet on Monday. Rescuers were still searching for the missing and the Red "
                "Cross says 30."
            ),
        ],
        "casualties",
        "absent",
        r"^30 killed",
    ),
    (
        "C27_age_not_given_but",
        "2026-03-13",
        [
            (
                "MADRID (AFP) - Police said 23 people died when a train derailed near Zaragoza on "
                "Thursday. The driver's age was not released but his union says 58."
            ),
        ],
        "casualties",
        "absent",
        r"^58 killed",
    ),
    (
        "C95_how_old_but",
        "2026-03-13",
        [
            (
                "MADRID (AFP) - Police said 23 people died when a train derailed near Zaragoza on "
                "Thursday. The operator did not say how old the train was but the rail union says "
                "40."
            ),
        ],
        "casualties",
        "absent",
        r"^40 killed",
    ),
    (
        "C31_years_old_building_bare",
        "2026-03-10",
        [
            (
                "CAIRO (Reuters) - A residential building collapsed in Alexandria on Monday, "
                "killing 9 people, officials said. Residents say the building was decades old and "
                "the governor says 70."
            ),
        ],
        "casualties",
        "absent",
        r"^70 killed",
    ),
    (
        "C93_prev_sentence_did_not_say_arrested",
        "2026-03-09",
        [
            (
                "DHAKA (Reuters) - Police said 21 people were killed in clashes in Chittagong on "
                "Sunday but did not say how many were arrested. Local media say 60."
            ),
        ],
        "casualties",
        "absent",
        r"^60 killed",
    ),
    (
        "C01_other_city_no_comma",
        "2026-03-10",
        [
            (
                "QUETTA (Reuters) - Police said 11 people died in a bomb blast at a market in "
                "Quetta on Monday. Officials in Peshawar said six."
            ),
        ],
        "disputes",
        "absent",
        r"^How many were killed",
    ),
    (
        "C23_provinces_breakdown_bare",
        "2026-03-10",
        [
            (
                "KARACHI (Reuters) - Floods killed 11 people in Sindh province on Monday, "
                "officials said. Authorities in Balochistan said seven."
            ),
        ],
        "disputes",
        "absent",
        r"^How many were killed",
    ),
    (
        "C03_same_body_spokesman",
        "2026-03-09",
        [
            (
                "NAIROBI (Reuters) - Kenyan police said 14 people died when a bus plunged into a "
                "river near Naivasha on Sunday. A police spokesman later said 16."
            ),
        ],
        "disputes",
        "absent",
        r"^How many were killed",
    ),
    (
        "C96_ministry_and_minister",
        "2026-03-09",
        [
            (
                "CAIRO (Reuters) - The health ministry said 19 people were killed in a train crash "
                "near Asyut on Sunday. The health minister said 21."
            ),
        ],
        "disputes",
        "absent",
        r"^How many were killed",
    ),
    (
        "C42_two_custody_let_go",
        "2026-03-12",
        [
            (
                "DHAKA (Reuters) - A launch capsized on the Buriganga river on Monday and 32 "
                "passengers drowned, police said. The captain and the owner were in custody until "
                "Wednesday, when a court let them go."
            ),
        ],
        "casualties",
        "absent",
        r"detained",
    ),
    (
        "C112_remained_in_custody_until_court_dropped",
        "2026-03-13",
        [
            (
                "NAIROBI (Reuters) - A bus plunged into a river near Naivasha on Monday, killing "
                "14 passengers, police said. The driver and the owner remained in custody until "
                "Thursday, when prosecutors dropped the case."
            ),
        ],
        "casualties",
        "absent",
        r"detained",
    ),
    (
        "C55_officers_in_custody_of_suspects",
        "2026-03-08",
        [
            (
                "MEXICO CITY (Reuters) - Gunmen killed 12 people at a bar in Guanajuato on "
                "Saturday, prosecutors said. The mayor and the police chief are in custody as part "
                "of a separate corruption inquiry opened last month."
            ),
        ],
        "casualties",
        "absent",
        r"detained",
    ),
    (
        "C60_remained_in_custody_until_death",
        "2026-03-10",
        [
            (
                "MINSK (Reuters) - A fire at a prison hospital near Minsk killed 8 inmates on "
                "Monday, officials said. The opposition leader and his wife were in custody at the "
                "facility, their lawyer said, but were unhurt."
            ),
        ],
        "casualties",
        "absent",
        r"detained",
    ),
    (
        "C61_victims_immigration_detention2",
        "2026-03-11",
        [
            (
                "ROME (Reuters) - A migrant boat capsized off Lampedusa on Tuesday and 17 people "
                "drowned, the coast guard said. The woman and her son, who both survived, remain "
                "in detention at a migrant centre on the island."
            ),
        ],
        "casualties",
        "absent",
        r"detained",
    ),
    (
        "C62_children_state_custody",
        "2026-03-09",
        [
            (
                "PARIS (AFP) - A fire at an apartment building in Paris killed the parents of two "
                "children on Sunday, firefighters said. The boy and his sister are in state "
                "custody."
            ),
        ],
        "casualties",
        "absent",
        r"detained",
    ),
    (
        "C46_victims_immigration_detention",
        "2026-03-11",
        [
            (
                "ROME (Reuters) - A migrant boat capsized off Lampedusa on Tuesday and 17 people "
                "drowned, the coast guard said. The only survivor and her son remain in detention "
                "at a migrant centre on the island."
            ),
        ],
        "casualties",
        "absent",
        r"^2 survived",
    ),
    (
        "C43_two_custody_2019_case",
        "2026-03-10",
        [
            (
                "NAIROBI (Reuters) - A matatu crash near Thika killed 11 passengers on Monday, "
                "police said. The driver and the owner of the vehicle were in custody in 2019 "
                "after a similar crash on the same road, court records show."
            ),
        ],
        "casualties",
        "absent",
        r"detained",
    ),
    (
        "C77_among_them_people_in_lebanon",
        "2026-03-10",
        [
            (
                "JERUSALEM (Reuters) - Israeli strikes killed 40 people on Monday, among them 3 "
                "people in southern Lebanon, health officials said."
            ),
        ],
        "casualties",
        "present",
        r"^3 killed",
    ),
    (
        "C104_among_them_victims_in_other_city",
        "2026-03-10",
        [
            (
                "KYIV (Reuters) - Russian drone and missile attacks killed 14 people overnight, "
                "among them 5 victims in Odesa, Ukrainian officials said."
            ),
        ],
        "casualties",
        "present",
        r"^5 killed",
    ),
    (
        "C18_injured_then_rival_hospital",
        "2026-03-08",
        [
            (
                "SEOUL (Reuters) - Police said 7 people died in a crowd crush at a concert in "
                "Seoul on Saturday. Hospitals in the city said 130."
            ),
        ],
        "casualties",
        "absent",
        r"^130 killed",
    ),
    (
        "C17_bare_temperature",
        "2026-03-09",
        [
            (
                "ATHENS (Reuters) - Firefighters said 3 people died in a wildfire near Athens on "
                "Monday. Meteorologists said 44."
            ),
        ],
        "casualties",
        "absent",
        r"^44 killed",
    ),
    (
        "C48_were_in_custody_questioned_gone_home",
        "2026-03-10",
        [
            (
                "LONDON (Reuters) - A crane collapsed on a building site in east London on Monday, "
                "killing two workers, police said. The site manager and the crane operator were in "
                "custody overnight for questioning and have since gone home."
            ),
        ],
        "casualties",
        "absent",
        r"detained",
    ),
    (
        "D03_most_capped_player_after",
        "2026-04-14",
        [
            (
                "DUBLIN (Reuters) - A coach carrying a youth rugby team crashed near Limerick on "
                "Saturday, injuring 11 boys, police said. Brian Keane, Ireland's most capped "
                'player, visited the injured in hospital. "They are brave lads," Keane said.'
            ),
        ],
        "who",
        "present",
        r"most capped player",
    ),
    (
        "D04_most_decorated_athlete_after",
        "2026-04-14",
        [
            (
                "NAIROBI (Reuters) - A bus carrying athletes overturned near Eldoret on Sunday, "
                "killing two runners, police said. Daniel Kiptoo, the country's most decorated "
                'coach, said the team was returning from a meet. "This is a dark day," Kiptoo '
                "said."
            ),
        ],
        "who",
        "present",
        r"most decorated coach",
    ),
    (
        "D05_first_elected_mayor",
        "2026-04-14",
        [
            (
                "LONDON (Reuters) - A fire at a tower block in Bradford killed three people on "
                "Friday, the fire service said. Amina Shah, the city's first elected mayor, said "
                'an inquiry would be held. "We will find out what went wrong," Shah said.'
            ),
        ],
        "who",
        "present",
        r"first elected mayor",
    ),
    (
        "D06_olympic_speed_skating_coach",
        "2026-04-14",
        [
            (
                "AMSTERDAM (Reuters) - A roof collapsed at an ice rink in Heerenveen on Tuesday, "
                "injuring nine skaters, police said. Dutch speed skating coach Jan Bos said the "
                'skaters had been training when the roof fell. "It was terrifying," Bos said.'
            ),
        ],
        "who",
        "present",
        r"speed skating coach",
    ),
    (
        "D12_top_ranked_player",
        "2026-04-14",
        [
            (
                "MELBOURNE (Reuters) - A heatwave forced organisers to suspend matches at a tennis "
                "tournament in Adelaide on Tuesday after three ball boys were treated for heat "
                "stroke. Australian top ranked player Liam Carter said conditions were dangerous. "
                '"Nobody should play in this," Carter said.'
            ),
        ],
        "who",
        "present",
        r"top ranked player",
    ),
    (
        "D21_twice_elected_vs_thrice",
        "2026-04-14",
        [
            (
                "LIMA (Reuters) - A landslide buried 20 homes in the Andean town of Huaraz on "
                "Monday, killing six people, officials said. The thrice elected mayor Carlos "
                'Huaman said the town had warned the government about the slope. "We asked for '
                'help for years," Huaman said.'
            ),
        ],
        "who",
        "present",
        r"thrice elected mayor",
    ),
    (
        "D93_highest_ranked_official_after",
        "2026-04-14",
        [
            (
                "ABUJA (Reuters) - Gunmen abducted 40 pupils from a school in Kaduna state on "
                "Thursday, police said. Aliyu Sani, the highest ranked police officer in the "
                'state, said troops were searching the forest. "We will bring them home," Sani '
                "said."
            ),
        ],
        "who",
        "present",
        r"highest ranked police officer",
    ),
    (
        "D10_russian_installed_governor",
        "2026-04-14",
        [
            (
                "KYIV (Reuters) - Shelling killed four civilians in the city of Nova Kakhovka on "
                "Thursday, officials said. Russian installed governor Vladimir Saldo blamed "
                "Ukrainian forces. Ukraine's military said it had hit a Russian ammunition depot."
            ),
        ],
        "who",
        "present",
        r"Saldo",
    ),
    (
        "D17_kremlin_backed_leader",
        "2026-04-14",
        [
            (
                "KYIV (Reuters) - A missile strike hit an apartment building in Donetsk on "
                "Tuesday, killing five people, officials said. Moscow backed separatist leader "
                "Denis Pushilin blamed Kyiv. Ukraine did not comment."
            ),
        ],
        "who",
        "present",
        r"Pushilin",
    ),
    (
        "D92_iran_backed_militia_commander",
        "2026-04-14",
        [
            (
                "BAGHDAD (Reuters) - A drone strike killed three fighters near the Syrian border "
                "on Tuesday, Iraqi security sources said. Iran backed militia commander Abu Fadak "
                "al-Mohammadawi vowed revenge. The U.S. military did not comment."
            ),
        ],
        "who",
        "present",
        r"Iran backed militia commander",
    ),
    (
        "D22_feed_mill_manager",
        "2026-04-14",
        [
            (
                "CHICAGO (Reuters) - An explosion at a grain elevator in Kansas killed two workers "
                "on Tuesday, officials said. Cargill feed mill manager Tom Becker said the cause "
                "was being investigated. Federal inspectors arrived on Wednesday."
            ),
        ],
        "who",
        "present",
        r"feed mill manager",
    ),
    (
        "D30_owner_and_manager_of_two_before",
        "2026-04-14",
        [
            (
                "DAR ES SALAAM (Reuters) - A fire at a nightclub in Zanzibar killed nine people "
                "early on Sunday, police said. The owner and manager of Club Kilimani, Ali Hassan "
                'and Peter Otieno, were arrested on Monday. "The exits were locked," police '
                "commander Juma Bakari said."
            ),
        ],
        "who",
        "absent",
        r"owner and manager",
    ),
    (
        "D31_owner_and_manager_of_two_after",
        "2026-04-14",
        [
            (
                "BANGKOK (Reuters) - A fire at a pub in Pattaya killed 11 people on Saturday, "
                "police said. Police arrested Somchai Rattanakul and Anan Srisuk, owner and "
                "manager of the pub, on Sunday. Anan Srisuk said the fire started in the kitchen."
            ),
        ],
        "who",
        "absent",
        r"owner and manager",
    ),
    (
        "D47_founder_and_ceo_respectively",
        "2026-04-14",
        [
            (
                "LAGOS (Reuters) - A fuel tanker exploded in Lagos on Friday, killing eight "
                "people, the emergency agency said. Police arrested Musa Ibrahim and Ade Bello, "
                "owner and manager of the tanker firm respectively. Musa Ibrahim denied wrongdoing."
            ),
        ],
        "who",
        "absent",
        r"respectively",
    ),
    (
        "D46_nurse_and_doctor_of_two_named_after",
        "2026-04-14",
        [
            (
                "LONDON (Reuters) - Two patients died in a fire at a care home in Leeds on Friday, "
                "police said. Amy Lawson and Tom Reed, nurse and doctor at the home, were praised "
                "for rescuing 12 residents. The fire service said the blaze started in a laundry "
                "room."
            ),
        ],
        "who",
        "absent",
        r"nurse and doctor",
    ),
    (
        "D39_speaking_through_a_priest",
        "2026-04-14",
        [
            (
                "BOGOTA (Reuters) - A bus plunged into a ravine in Narino on Sunday, killing 16 "
                "pilgrims, police said. Maria Lopez, speaking beside the parish priest, said the "
                "pilgrims were returning from Las Lajas. The driver survived, officials said."
            ),
        ],
        "who",
        "absent",
        r"speaking beside",
    ),
    (
        "D80_police_say_nurse",
        "2026-04-14",
        [
            (
                "LONDON (Reuters) - Three patients died at a hospital in Chester after being given "
                "insulin, police said on Tuesday. Detectives believe nurse Laura Briggs worked "
                "every shift on which a patient died. Laura Briggs denies wrongdoing, her lawyer "
                "said."
            ),
        ],
        "who",
        "absent",
        r"Detectives believe",
    ),
    (
        "D24_protesters_attacked_minister_verb",
        "2026-04-14",
        [
            (
                "BEIRUT (Reuters) - Protesters attacked minister Karim Haddad's convoy in Beirut "
                "on Saturday, injuring two guards, security sources said. The army deployed troops "
                "around parliament."
            ),
        ],
        "who",
        "present",
        r"Karim Haddad\s+minister",
    ),
    (
        "D13_accused_verb_should_reject",
        "2026-04-14",
        [
            (
                "MANILA (Reuters) - Floods killed seven people in the town of Cainta on Monday, "
                "officials said. Angry residents blamed councillor Ramon Dizon for blocked drains. "
                "Mayor Elena Cruz said an investigation would be held."
            ),
        ],
        "who",
        "present",
        r"Ramon Dizon\s+councillor",
    ),
    (
        "A20_rival_bare_basic",
        "2026-03-10",
        [
            (
                "LUSAKA (Reuters) - Police said 52 people had died when a fuel tanker exploded "
                "near Kitwe on Monday. The Disaster Management and Mitigation Unit says 58, "
                "counting six people who died in hospital in Lusaka."
            ),
        ],
        "disputes",
        "present",
        r"\b52\b.*\b58\b",
    ),
    (
        "A141_put_figure_higher_rival",
        "2026-03-10",
        [
            (
                "KABUL (Reuters) - Police put the death toll from Friday's mosque bombing in "
                "Kunduz at 52. Hospital officials put the figure higher, at 61."
            ),
        ],
        "disputes",
        "present",
        r"\b52\b.*\b61\b",
    ),
    (
        "B70_vila_do_conde_long",
        "2026-01-26",
        [
            (
                "LISBON (Reuters) - A cargo ship, which left the port of Vila do Conde on January "
                "21 with a crew of 12 Filipino sailors, sank off the Galician coast in a storm on "
                "January 23, and seven crew members died, the Portuguese navy said. Spanish "
                "rescuers found five survivors in a life raft."
            ),
        ],
        "when",
        "absent",
        r"ship do Conde",
    ),
    (
        "D52_governor_missing_closing_comma",
        "2026-04-15",
        [
            (
                "LAGOS (Reuters) - A three-storey building collapsed in Lagos on Tuesday, trapping "
                "dozens of people, officials said. The governor, who toured the site of the "
                "collapsed building in the Ikoyi district on Wednesday afternoon with the "
                "commissioner for works and the head of the state emergency agency said the search "
                "would end on Friday."
            ),
        ],
        "when",
        "present",
        r"The governor said the search would end",
    ),
    (
        "D53_minister_who_missing_comma_said_date",
        "2026-04-13",
        [
            (
                "DHAKA (Reuters) - A fire in a garment factory near Dhaka killed 17 workers, the "
                "fire service said. The labour minister, who visited the burned factory in the "
                "industrial suburb of Ashulia with union leaders and officials from the garment "
                "exporters' association on Sunday told reporters that compensation would be paid "
                "by Monday."
            ),
        ],
        "when",
        "present",
        r"labour minister told reporters",
    ),
]

# Cases four hostile reviews of stop 67 wrote against its rules (questions of how many about
# another event, time, place or group, answered by other counts or after a paragraph; shares
# of the treated cared for other things; "no deaths linked to" a part of a deadly event;
# things "down", "unavailable" or "unreachable" that are no service; waits of other things
# or of two kinds of help; "described ... as" of no span; accounts sharing numbers by chance):
# each was worse than before until mended, and the rules' own examples.
_REVIEWED_67 = [
    (
        "A08_other_event_no_year",
        "2026-03-10",
        [
            (
                "SEOUL, South Korea (AP) - A crowd crush at a concert in Seoul injured 22 people "
                "on Saturday, fire officials said. How many died in the Itaewon disaster is still "
                "a painful question for the city. The government says 159."
            ),
        ],
        "casualties",
        "absent",
        r"^159 killed",
    ),
    (
        "B12_question_in_past_event_said",
        "2026-03-10",
        [
            (
                "LAGOS, Nigeria (Reuters) - A tanker explosion in Lagos killed 9 people on Sunday, "
                "police said. Residents recall a similar blast. How many died then has never been "
                "settled. Residents say 100."
            ),
        ],
        "casualties",
        "absent",
        r"^100 killed",
    ),
    (
        "C14_last_time",
        "2026-03-10",
        [
            (
                "GENEVA (Reuters) - An avalanche in the Swiss Alps killed two skiers on Sunday, "
                "police said. The resort was hit by an avalanche before. How many died the last "
                "time is disputed. Locals say 11."
            ),
        ],
        "casualties",
        "absent",
        r"^11 killed",
    ),
    (
        "K08_question_with_killed_kind_but_answers_year_since",
        "2026-03-10",
        [
            (
                "QUETTA, Pakistan (Reuters) - A bomb at a railway station in Quetta killed 26 "
                "people on Saturday, police said. How many have been killed in Balochistan has "
                "never been counted. Rights groups say 5,000."
            ),
        ],
        "casualties",
        "absent",
        r"^5,000 killed",
    ),
    (
        "B10_injured_annually_workplace",
        "2026-03-10",
        [
            (
                "DHAKA, Bangladesh (AP) - A fire at a garment factory outside Dhaka killed 11 "
                "workers on Thursday. How many workers are injured every year is disputed. The "
                "labour ministry says 8,000. Unions say 30,000."
            ),
        ],
        "casualties",
        "absent",
        r"^8,000 injured",
    ),
    (
        "K02_soldiers_other_side",
        "2026-03-10",
        [
            (
                "KYIV, Ukraine (Reuters) - A Russian strike on Kharkiv killed seven civilians on "
                "Sunday, the governor said. How many Russian soldiers died is unknown. Kyiv says "
                "9,000."
            ),
        ],
        "casualties",
        "absent",
        r"^9,000 killed",
    ),
    (
        "C01_skip_then_rival_of_skipped",
        "2026-03-10",
        [
            (
                "SHANGHAI (Reuters) - A chemical leak at a plant outside Shanghai forced residents "
                "from their homes on Monday. How many people were hurt is unclear. Police said 300 "
                "people were evacuated. The district government says 2,000."
            ),
        ],
        "casualties",
        "absent",
        r"^2,000 injured",
    ),
    (
        "C02_of_them_burns_older_rule",
        "2026-03-10",
        [
            (
                "CAIRO (Reuters) - A train fire south of Cairo killed people on Saturday. Police "
                "said 14 people were killed. The hospital says 40, most of them with burns."
            ),
        ],
        "casualties",
        "absent",
        r"^40 killed",
    ),
    (
        "F01_unrelated",
        "2026-03-10",
        [
            (
                "BEIRUT (AP) - An explosion at a fuel depot in southern Beirut killed two workers "
                "on Tuesday. About 300 people were treated, of whom 250 for routine complaints "
                "unrelated to the blast, the hospital said."
            ),
        ],
        "casualties",
        "absent",
        r"treated",
    ),
    (
        "F02_none_with_symptoms",
        "2026-03-10",
        [
            (
                "LYON, France (AP) - A gas leak forced the evacuation of a school in Lyon on "
                "Monday. Thirty children were treated, of whom none were found with any symptoms, "
                "the fire service said."
            ),
        ],
        "casualties",
        "absent",
        r"treated",
    ),
    (
        "E09_heat_pilgrims_routine",
        "2026-03-10",
        [
            (
                "MECCA, Saudi Arabia (Reuters) - A stampede near Mecca killed 14 pilgrims on "
                "Tuesday, officials said. Across the holy sites, 4,000 pilgrims were treated on "
                "Tuesday, of whom most were with heat exhaustion."
            ),
        ],
        "casualties",
        "absent",
        r"4,000",
    ),
    (
        "G03_arrests_put_total_at",
        "2026-03-10",
        [
            (
                "PARIS (Reuters) - Riots spread across French cities for a third night on Friday. "
                "Overnight arrests put the total at 287, the interior ministry said."
            ),
        ],
        "casualties",
        "present",
        r"^287 arrested",
    ),
    (
        "H13_attributed_to_failure_crash_people_missing",
        "2026-03-10",
        [
            (
                "JAKARTA (Reuters) - A Lion Air plane crashed into the Java Sea shortly after "
                "take-off on Monday with 189 people aboard. Investigators are examining a sensor "
                "failure. No deaths have been attributed to the failure, the airline said."
            ),
        ],
        "casualties",
        "absent",
        r"no one killed",
    ),
    (
        "H09_hurt_in_failure_bridge",
        "2026-03-10",
        [
            (
                "GENOA, Italy (Reuters) - A motorway bridge collapsed in Genoa on Tuesday, sending "
                "cars plunging 45 metres. Emergency crews are searching the rubble. An hour later "
                "a power failure hit the nearby district. No one was hurt in the failure, the "
                "utility said."
            ),
        ],
        "casualties",
        "absent",
        r"no one injured",
    ),
    (
        "H15_linked_to_the_storm_not",
        "2026-03-10",
        [
            (
                "MIAMI (AP) - Hurricane Milton knocked out power to 3 million homes in Florida. A "
                "fault at a substation left Tampa dark for two days. No deaths have been linked to "
                "the fault, Duke Energy said."
            ),
        ],
        "casualties",
        "absent",
        r"no one killed",
    ),
    (
        "A16_good_simple",
        "2026-03-10",
        [
            (
                "LUSAKA, Zambia (AP) - Heavy rain caused a building to collapse in Lusaka on "
                "Thursday. How many people were hurt is still not settled. The police say 14. The "
                "Disaster Management and Mitigation Unit says 19, four of them children."
            ),
        ],
        "casualties",
        "present",
        r"^19 injured",
    ),
    (
        "A17_good_figure_stood",
        "2026-03-10",
        [
            (
                "LUSAKA, Zambia (AP) - A bus overturned near Kabwe on Thursday. How many died "
                "varies from source to source. Police spokesperson Rae Hamoonga said on Friday "
                "that the police figure stood at 12. The hospital says 15."
            ),
        ],
        "disputes",
        "present",
        r"\b12\b.*\b15\b",
    ),
    (
        "D01_good_admitted_burns",
        "2026-03-10",
        [
            (
                "MUMBAI, India (Reuters) - A fire swept through a textile mill in Mumbai on "
                "Tuesday, killing three workers, officials said. Forty-six people have been "
                "treated here, of whom 17 were admitted with burns, a doctor at KEM Hospital said."
            ),
        ],
        "casualties",
        "present",
        r"^46 treated",
    ),
    (
        "H01_good_outage",
        "2026-03-10",
        [
            (
                "MADRID (Reuters) - A nationwide power outage hit Spain and Portugal on Monday, "
                "halting trains and shutting down traffic lights. No deaths or injuries had been "
                "linked to the outage, the interior ministry said."
            ),
        ],
        "casualties",
        "present",
        r"^no one killed",
    ),
    (
        "H04_so_far",
        "2026-03-10",
        [
            (
                "JOHANNESBURG (Reuters) - A power outage left most of Johannesburg without "
                "electricity on Monday. No deaths have been linked to the outage so far, officials "
                "said."
            ),
        ],
        "casualties",
        "present",
        r"^no one killed",
    ),
    (
        "B01_prices_down",
        "2026-03-10",
        [
            (
                "MUMBAI (Reuters) - The Jawaharlal Nehru Port was closed for two days after "
                "Cyclone Biparjoy, the port authority said. Onion prices at the Vashi market were "
                "down for three days, traders said."
            ),
        ],
        "disputes",
        "absent",
        r"^How long",
    ),
    (
        "B82_unavailable_comment_close",
        "2026-03-10",
        [
            (
                "LAGOS, Nigeria (AP) - The Zenith Bank mobile app was offline for 30 hours, "
                "customers said. The bank's spokesman was unavailable for comment for two days, "
                "the newspaper Punch reported."
            ),
        ],
        "disputes",
        "absent",
        r"^How long",
    ),
    (
        "B83_phone_unreachable",
        "2026-03-10",
        [
            (
                "SHIMLA, India (PTI) - The Shimla-Kalka highway was blocked for 14 hours by the "
                "landslide, police said. Relatives said the driver's phone was unreachable for 10 "
                "hours after the slide."
            ),
        ],
        "disputes",
        "absent",
        r"^How long",
    ),
    (
        "B13_ambulance_fire_engine",
        "2026-03-10",
        [
            (
                "CARDIFF, Wales (AP) - Two people died in the house fire in Splott on Tuesday. The "
                "ambulance took 20 minutes to arrive, the Welsh Ambulance Service said. The first "
                "fire engine took 45 minutes to reach the street, neighbours said."
            ),
        ],
        "disputes",
        "absent",
        r"^How long help",
    ),
    (
        "B17_reach_decision",
        "2026-03-10",
        [
            (
                "BRUSSELS (AP) - Ministers took six hours to reach agreement on the aid package, "
                "diplomats said. The EU Council said the talks took four hours to reach a deal."
            ),
        ],
        "disputes",
        "absent",
        r"^How long",
    ),
    (
        "B91_fire_reach_ridge",
        "2026-03-10",
        [
            (
                "ATHENS, Greece (AP) - The fire took four hours to reach the Penteli ridge, the "
                "fire brigade said. Residents said firefighters took 90 minutes to arrive in the "
                "village of Dioni."
            ),
        ],
        "disputes",
        "absent",
        r"^How long help",
    ),
    (
        "B101_internet_shut_took_come_back",
        "2026-03-10",
        [
            (
                "DHAKA, Bangladesh (AP) - Mobile internet was shut down on Monday and took six "
                "hours to come back, users said, contradicting the regulator."
            ),
            (
                "DHAKA, Bangladesh (Reuters) - The telecoms regulator BTRC said the shutdown "
                "lasted two hours."
            ),
        ],
        "disputes",
        "present",
        r"^How long it was shut",
    ),
    (
        "B77_chance_three_six",
        "2026-03-10",
        [
            (
                "ROTTERDAM, Netherlands (Reuters) - The FNV union said the port was closed for "
                "three days. The port authority said it was shut for six days. The union says the "
                "strike began at three terminals; the port authority says the strike began at the "
                "Maasvlakte, six kilometres away."
            ),
        ],
        "disputes",
        "present",
        r"^Accounts differ",
    ),
    (
        "B12_described_outage_lasting",
        "2026-03-10",
        [
            (
                "BEIRUT (AP) - The telecoms ministry has described the total outage as lasting "
                "less than three hours, while the Lebanese Bar Association says callers faced "
                "disruption for more than five hours."
            ),
        ],
        "disputes",
        "present",
        r"^How long it was shut",
    ),
    (
        "B103_wait_two_ambulances_pos",
        "2025-11-15",
        [
            (
                "BRAGA, Portugal (Lusa) - The family says the ambulance took more than an hour to "
                "arrive."
            ),
            (
                "BRAGA, Portugal (Reuters) - INEM insists its ambulance took 18 minutes to arrive, "
                "its regional coordinator said."
            ),
        ],
        "disputes",
        "present",
        r"^How long help took to come",
    ),
    (
        "Q01_prev_sentence_past_event",
        "2026-03-10",
        [
            (
                "DHAKA, Bangladesh (AP) - A cyclone hit the coast of Bangladesh on Monday, killing "
                "at least 14 people, officials said. The same coast was devastated by the Bhola "
                "cyclone in 1970. How many died remains disputed. Historians say 300,000."
            ),
        ],
        "casualties",
        "absent",
        r"^300,000 killed",
    ),
    (
        "Q02_war_wide_question",
        "2026-03-10",
        [
            (
                "IDLIB, Syria (Reuters) - An air strike on a market in Idlib killed 12 people on "
                "Sunday, the White Helmets said. The war has displaced more than half of Syria's "
                "people. How many died is still disputed. The UN says 300,000; monitoring groups "
                "say 500,000."
            ),
        ],
        "casualties",
        "absent",
        r"^300,000 killed",
    ),
    (
        "Q11_donor_count_stood",
        "2026-03-10",
        [
            (
                "LAS VEGAS (AP) - A gunman opened fire on a concert crowd in Las Vegas on Sunday "
                "night. How many were hurt is not yet clear. Blood banks said the donor count "
                "stood at 300."
            ),
        ],
        "casualties",
        "absent",
        r"^300 injured",
    ),
    (
        "Q28_appeal_tally",
        "2026-03-10",
        [
            (
                "LISBON (Reuters) - A fire destroyed a crowded apartment block in Lisbon on "
                "Sunday. How many died is still unclear. The mayor said the relief appeal's tally "
                "stood at 40,000."
            ),
        ],
        "casualties",
        "absent",
        r"^40,000 killed",
    ),
    (
        "Q21_of_them_discharged_older",
        "2026-03-10",
        [
            (
                "CAIRO (Reuters) - A train fire south of Cairo on Saturday left many dead and "
                "hurt. Police said 14 people were killed. The hospital says 40, ten of them "
                "discharged."
            ),
        ],
        "casualties",
        "absent",
        r"^40 killed",
    ),
    (
        "Q24_of_them_rescued",
        "2026-03-10",
        [
            (
                "TRIPOLI, Libya (Reuters) - A boat carrying migrants sank off Libya on Tuesday. "
                "The coast guard said 61 people drowned. The IOM says 86, 25 of them rescued."
            ),
        ],
        "casualties",
        "absent",
        r"^86 killed",
    ),
    (
        "Q26_of_them_missing_question",
        "2026-03-10",
        [
            (
                "PORTO ALEGRE, Brazil (Reuters) - Floods swept through southern Brazil on Monday. "
                "How many died is still unclear. Civil defence says 30. The state government says "
                "100, 70 of them missing."
            ),
        ],
        "casualties",
        "absent",
        r"^100 killed",
    ),
    (
        "Q31_question_then_para_other_topic",
        "2026-03-10",
        [
            (
                "ACCRA, Ghana (AP) - A fire at a fuel station in Accra killed several people on "
                "Wednesday. How many died remains unclear.\n\nThe National Petroleum Authority "
                "says 40. That is how many fuel stations it has shut since the fire for safety "
                "checks."
            ),
        ],
        "casualties",
        "absent",
        r"^40 killed",
    ),
    (
        "T01_hajj_heatstroke_for",
        "2026-03-10",
        [
            (
                "MECCA, Saudi Arabia (Reuters) - A stampede near Mecca killed 14 pilgrims on "
                "Tuesday, officials said. Across the holy sites, 4,000 pilgrims were treated, of "
                "whom 900 for heatstroke."
            ),
        ],
        "casualties",
        "absent",
        r"^4,000",
    ),
    (
        "Z01_carnival_alcohol",
        "2026-03-10",
        [
            (
                "LONDON (Reuters) - A shooting at the Notting Hill Carnival on Monday killed two "
                "people, police said. Over the weekend, 900 people were treated, of whom 200 for "
                "alcohol poisoning."
            ),
        ],
        "casualties",
        "absent",
        r"^900",
    ),
    (
        "P09_admissions_put_tally_of_injured_patients",
        "2026-03-10",
        [
            (
                "PORT-AU-PRINCE (Reuters) - A gang attack on a market in Port-au-Prince killed 12 "
                "people on Monday. Overnight admissions put the hospital's tally of injured "
                "patients at 84, MSF said."
            ),
        ],
        "casualties",
        "present",
        r"^84",
    ),
    (
        "N02_quake_fire_linked",
        "2026-03-10",
        [
            (
                "ISTANBUL (Reuters) - An earthquake killed 40 people in western Turkey on Monday. "
                "A fire broke out at a refinery near Izmit after the quake. No deaths or injuries "
                "have been linked to the fire, the company said."
            ),
        ],
        "casualties",
        "absent",
        r"no one injured",
    ),
    (
        "N18_bomb_outage_injuries",
        "2026-03-10",
        [
            (
                "QUETTA, Pakistan (Reuters) - A bomb exploded at a market in Quetta on Saturday, "
                "killing 26 people, police said. The blast knocked out power across the district. "
                "No injuries have been linked to the outage, the utility said."
            ),
        ],
        "casualties",
        "absent",
        r"no one injured",
    ),
    (
        "Z03_disruption_derail_several_hurt",
        "2026-03-10",
        [
            (
                "ZURICH (Reuters) - A train derailed near Zurich on Monday after hitting a "
                "landslide, injuring several passengers, police said. Services across the region "
                "were suspended for hours. No one was hurt in the disruption, the railway said."
            ),
        ],
        "casualties",
        "absent",
        r"no one injured",
    ),
    (
        "D01_emergency_services_climbers_unreachable",
        "2026-02-10",
        [
            (
                "INNSBRUCK, Austria (AP) - The Brenner motorway was closed for 12 hours after the "
                "avalanche, police said. The emergency services said the stranded climbers were "
                "unreachable for 20 hours."
            ),
        ],
        "disputes",
        "absent",
        r"^How long",
    ),
    (
        "D03_ambulance_service_spokesman_comment",
        "2026-02-12",
        [
            (
                "LONDON (AP) - The A&E department at St Mary's Hospital was closed for three days "
                "after the flood, the NHS trust said. A spokesman for the London Ambulance Service "
                "was unavailable for comment for two days, the Evening Standard reported."
            ),
        ],
        "disputes",
        "absent",
        r"^How long",
    ),
    (
        "D05_phone_number_unreachable",
        "2026-02-14",
        [
            (
                "SHIMLA, India (PTI) - The Shimla-Kalka highway was blocked for 14 hours by the "
                "landslide, police said. Relatives said the driver's mobile number was unreachable "
                "for 10 hours after the slide."
            ),
        ],
        "disputes",
        "absent",
        r"^How long",
    ),
    (
        "D90_a_number_of_villages_unreachable",
        "2026-05-01",
        [
            (
                "KATHMANDU, Nepal (AP) - The Araniko Highway was blocked for five days by "
                "landslides, police said. A number of villages in Sindhupalchok were unreachable "
                "for three days, the army said."
            ),
        ],
        "disputes",
        "absent",
        r"^How long",
    ),
    (
        "D13_disruption_education",
        "2026-02-22",
        [
            (
                "KABUL, Afghanistan (AP) - Schools in Herat province were closed for two months "
                "after the earthquakes, the education ministry said. Children faced disruption to "
                "their schooling for six months, Save the Children said."
            ),
        ],
        "disputes",
        "absent",
        r"^How long",
    ),
    (
        "D79_disruption_caused_by_roadworks",
        "2026-04-20",
        [
            (
                "DUBLIN (AP) - The Luas red line was suspended for two hours after the collision, "
                "Transport for Ireland said. Commuters have faced disruption for six hours each "
                "morning because of roadworks on the quays, the Dublin Commuter Coalition said."
            ),
        ],
        "disputes",
        "absent",
        r"^How long",
    ),
    (
        "D21_police_said_gas_company_respond",
        "2026-03-02",
        [
            (
                "CHICAGO (AP) - Police said the gas company took 90 minutes to respond after the "
                "leak was reported. Residents said officers took 40 minutes to arrive."
            ),
        ],
        "disputes",
        "absent",
        r"^How long help",
    ),
    (
        "D22_doctors_boy_respond_treatment",
        "2026-03-03",
        [
            (
                "GLASGOW, Scotland (AP) - The ambulance took 45 minutes to arrive, the boy's "
                "family said. Doctors said the boy took two hours to respond to treatment."
            ),
        ],
        "disputes",
        "absent",
        r"^How long help",
    ),
    (
        "D23_firefighting_crews_vs_ambulance",
        "2026-03-04",
        [
            (
                "CARDIFF, Wales (AP) - Firefighting crews took 15 minutes to arrive, the South "
                "Wales Fire and Rescue Service said. Relatives said the ambulance took 50 minutes "
                "to arrive."
            ),
        ],
        "disputes",
        "absent",
        r"^How long help",
    ),
    (
        "D24_fire_officers_vs_police",
        "2026-03-05",
        [
            (
                "MANCHESTER, England (AP) - Police took 40 minutes to arrive, the family said. "
                "Fire officers took 15 minutes to reach the house, the fire service said."
            ),
        ],
        "disputes",
        "absent",
        r"^How long help",
    ),
    (
        "D92_ambulance_officers_vs_police",
        "2026-05-03",
        [
            (
                "SYDNEY (AP) - Police took 10 minutes to arrive at the house in Blacktown, NSW "
                "Police said. Ambulance officers took 35 minutes to reach the house, the family "
                "said."
            ),
        ],
        "disputes",
        "absent",
        r"^How long help",
    ),
    (
        "D28_crews_took_reach_site_repair",
        "2026-03-09",
        [
            (
                "LEEDS, England (AP) - Repair crews took three hours to reach the site of the "
                "cable theft, Network Rail said. Passengers said the ambulance took 90 minutes to "
                "arrive for a woman who collapsed on the stranded train."
            ),
        ],
        "disputes",
        "absent",
        r"^How long help",
    ),
    (
        "D64_accounts_talks_lasted_chance",
        "2026-04-05",
        [
            (
                "ROTTERDAM, Netherlands (Reuters) - The FNV union said the port was closed for "
                "three days, while the port authority said it was shut for six days. The union "
                "says talks with the employers lasted three hours on Monday; the port authority "
                "says the talks went on for six hours."
            ),
        ],
        "disputes",
        "present",
        r"^Accounts differ",
    ),
    (
        "D67_denial_ambulance_number",
        "2026-04-08",
        [
            (
                "DUBLIN (AP) - Witnesses said the first ambulance took 45 minutes to arrive at the "
                "crash. The HSE denied that the wrong number was dialled, saying crews took 15 "
                "minutes to arrive."
            ),
            (
                "DUBLIN (Irish Times) - Witnesses said the first ambulance took 45 minutes to "
                "arrive at the crash. The HSE denied that the wrong number was dialled."
            ),
        ],
        "disputes",
        "present",
        r"^Denied by",
    ),
    (
        "D10_hotline_pos",
        "2026-02-19",
        [
            (
                "MANILA, Philippines (AP) - The national 911 hotline was unavailable for four "
                "hours during the typhoon, the interior department said. Telecom workers said the "
                "hotline was offline for nine hours."
            ),
        ],
        "disputes",
        "present",
        r"^How long it was shut",
    ),
]


# Cases four hostile reviews of stop 68 wrote against its rules (figures after "with X
# saying" or "the season's tally stands at", parts of the day of what was done after the
# event or of another incident, a statement's time, a reprint; a surname that is a body
# word; denials of another point of a cause account, of two different things received):
# each was worse than before until mended or dropped, and the rules' own examples.
_REVIEWED_68 = [
    (
        "A40_army_saying_single",
        "2026-03-10",
        [
            (
                "BAMAKO (Reuters) - Jihadist fighters claimed to have killed 40 soldiers in an "
                "attack on an army base near Boulkessi on Tuesday, with the army saying 12 "
                "soldiers had died."
            ),
        ],
        "disputes",
        "present",
        r"^How many were killed.* 12 .*army.* 40 ",
    ),
    (
        "A113_monitor_saying_smaller",
        "2026-03-09",
        [
            (
                "DAMASCUS (AP) - Syrian state media said 25 people were killed in the car bomb in "
                "Manbij on Monday, with the Syrian Observatory for Human Rights saying 19 people "
                "had died."
            ),
        ],
        "casualties",
        "present",
        r"^19 killed",
    ),
    (
        "A110_season_tally_including_event",
        "2026-03-10",
        [
            (
                "NAIROBI (Reuters) - The interior ministry said the season's tally stands at 87, "
                "including 12 people who drowned in Tuesday's flash flood in Nairobi. The Kenya "
                "Red Cross said 18 people died in the flash flood."
            ),
        ],
        "disputes",
        "present",
        r"^How many were killed.* 12 .* 18 ",
    ),
    (
        "A43_the_toll_was_percent",
        "2026-03-10",
        [
            (
                "CHITTAGONG (AP) - Rescuers said the death toll was 20 percent higher than first "
                "feared, saying 14 workers were killed in the factory fire. The fire service said "
                "9 workers died."
            ),
        ],
        "disputes",
        "present",
        r"^How many were killed.* 9 .* 14 ",
    ),
    (
        "C111_saying_neighbouring_state",
        "2026-09-10",
        [
            (
                "ABUJA (Reuters) - Nigeria's emergency agency said floods killed 60 people in Kogi "
                "state this week, saying 12 people died in neighbouring Niger state."
            ),
            (
                "MINNA, Nigeria (AP) - Niger state officials said 20 people were killed by floods "
                "in the state this week."
            ),
        ],
        "casualties",
        "present",
        r"^12 killed",
    ),
    (
        "C75_saying_wb_gaza_only_two",
        "2026-03-09",
        [
            (
                "GAZA (Reuters) - The Gaza health ministry said 40 people were killed in Israeli "
                "strikes in Gaza on Monday, saying 12 people were killed in the West Bank."
            ),
            (
                "RAMALLAH (AP) - The Palestinian Red Crescent said 15 people were killed in "
                "Israeli raids in the West Bank on Monday."
            ),
        ],
        "disputes",
        "present",
        r"^How many were killed.* 12 .* 15 ",
    ),
    (
        "A01_upfrom_basic",
        "2026-03-10",
        [
            (
                "NAIROBI (Reuters) - The health ministry on Tuesday raised the death toll from a "
                "fire at Mama Lucy Hospital to eight babies, up from six. The nurses' union said "
                "11 babies had died."
            ),
            (
                "NAIROBI (AP) - The nurses' union said 11 babies died in the fire at the "
                "hospital's newborn unit. The ministry has put the toll at eight."
            ),
        ],
        "disputes",
        "absent",
        r"\b6 county",
    ),
    (
        "A03_rose_to_from",
        "2026-03-09",
        [
            (
                "LAGOS (AP) - The toll from the building collapse rose to 30 from 25 on Monday, "
                "the Lagos State Emergency Management Agency said. Residents said at least 45 "
                "people were killed."
            ),
        ],
        "disputes",
        "absent",
        r"25 killed",
    ),
    (
        "C86_rose_to_from_positive",
        "2026-03-14",
        [
            (
                "CAIRO (Reuters) - The death toll from the train collision in Sohag rose to 32 "
                "from 19, the health ministry said on Saturday."
            ),
            (
                "CAIRO (AP) - Egypt's health ministry said 32 people were killed in the train "
                "collision in Sohag."
            ),
        ],
        "disputes",
        "absent",
        r"^How many were killed",
    ),
    (
        "B01_rescue_afternoon",
        "2026-03-10",
        [
            (
                "NAIROBI (Reuters) - A five-storey building collapsed in the Kasarani area of "
                "Nairobi on Tuesday, trapping at least 20 people, police said. Rescue efforts "
                "began on Tuesday afternoon after heavy machinery arrived, the Kenya Red Cross "
                "said."
            ),
        ],
        "when",
        "absent",
        r"afternoon",
    ),
    (
        "B03_market_fell",
        "2026-03-10",
        [
            (
                "ISTANBUL (Reuters) - A magnitude 5.8 earthquake struck western Turkey on Tuesday, "
                "damaging dozens of buildings, officials said. The Istanbul stock market fell "
                "sharply on Tuesday afternoon as investors weighed the damage."
            ),
        ],
        "when",
        "absent",
        r"afternoon",
    ),
    (
        "B63_hours_after_collapsed",
        "2026-03-10",
        [
            (
                "LAGOS (Reuters) - A three-storey building collapsed in Lagos on Tuesday, trapping "
                "dozens of people, emergency officials said. Rescuers pulled three survivors from "
                "the rubble on Tuesday evening, hours after the building collapsed."
            ),
        ],
        "when",
        "absent",
        r"evening",
    ),
    (
        "D04_smaller_fire_morning",
        "2026-03-10",
        [
            (
                "KARACHI (Reuters) - A fire killed six workers at a garment factory in Karachi on "
                "Tuesday, rescue officials said. A smaller fire broke out in the same building on "
                "Tuesday morning and was put out by staff, the officials said."
            ),
            (
                "KARACHI (AP) - Six garment workers were killed when fire engulfed a factory in "
                "Karachi's Korangi area on Tuesday. Workers said a small blaze had broke out in "
                "the boiler room on Tuesday morning, hours before the deadly fire."
            ),
        ],
        "when",
        "absent",
        r"morning",
    ),
    (
        "D21_said_late_on_short",
        "2026-03-10",
        [
            (
                "SRINAGAR (Reuters) - A bus carrying Hindu pilgrims plunged into a gorge in Jammu "
                "and Kashmir's Doda district on Tuesday, killing 14 people. The bus overturned on "
                "a bend near Thathri, police said late on Tuesday."
            ),
            (
                "JAMMU (AP) - Fourteen pilgrims died when their bus went off a mountain road in "
                "Doda on Tuesday. The bus plunged 300 metres into the gorge, an officer said late "
                "on Tuesday."
            ),
        ],
        "when",
        "absent",
        r"^late on",
    ),
    (
        "D08_shares_crashed_afternoon",
        "2026-03-10",
        [
            (
                "JAKARTA (Reuters) - A passenger plane crashed shortly after take-off from Jakarta "
                "on Tuesday, killing all 62 people on board, officials said. Shares in the airline "
                "crashed on Tuesday afternoon in Jakarta trading."
            ),
            (
                "JAKARTA (AP) - All 62 people aboard a domestic flight died when the plane went "
                "down in the Java Sea on Tuesday. The carrier's stock fell 20 percent on Tuesday "
                "afternoon, exchange data showed."
            ),
        ],
        "when",
        "absent",
        r"afternoon",
    ),
    (
        "D25_ferry_after_storm_hit_overnight",
        "2026-03-10",
        [
            (
                "DHAKA (Reuters) - A ferry capsized on the Meghna river in Bangladesh on Tuesday "
                "after a storm hit the area overnight, killing at least 17 passengers, police said."
            ),
            (
                "CHANDPUR, Bangladesh (AP) - At least 17 people drowned when an overcrowded ferry "
                "overturned on the Meghna on Tuesday, a day after heavy storms. A storm struck the "
                "river delta overnight on Tuesday, forecasters said."
            ),
        ],
        "when",
        "absent",
        r"^overnight",
    ),
    (
        "D23_reprint_short_wall_fell",
        "2026-03-10",
        [
            (
                "NAIROBI (Reuters) - A five-storey building collapsed in the Kasarani area of "
                "Nairobi on Tuesday, trapping at least 20 people, police said. Part of a wall fell "
                "on rescuers on Tuesday evening, the Red Cross said."
            ),
            (
                "NAIROBI (Reuters) - A five-storey building collapsed in the Kasarani area of "
                "Nairobi on Tuesday, trapping at least 20 people, police said. Part of a wall fell "
                "on rescuers on Tuesday evening, the Red Cross said."
            ),
        ],
        "when",
        "absent",
        r"evening",
    ),
    (
        "B67_should_fire_before_dawn_two",
        "2026-03-10",
        [
            (
                "HANOI (Reuters) - A fire tore through a karaoke bar in Hanoi before dawn on "
                "Tuesday, killing 12 people, police said."
            ),
            (
                "HANOI (AP) - Twelve people died when fire swept through a karaoke bar in Hanoi in "
                "the early hours of Tuesday, state media said."
            ),
            (
                "HANOI (AFP) - A fire broke out at a Hanoi karaoke bar on Tuesday, killing 12, "
                "police said. Firefighters brought the blaze under control on Tuesday morning."
            ),
        ],
        "when",
        "present",
        r"^in the early hours of Tuesday 2026-03-10",
    ),
    (
        "D48_event_part_plus_later_part_equal",
        "2026-03-10",
        [
            (
                "DHAKA (Reuters) - A fire at a garment factory outside Dhaka killed 14 workers on "
                "Tuesday, fire officials said. Police opened fire on workers protesting outside "
                "the gates on Tuesday evening, witnesses said."
            ),
            (
                "DHAKA (AP) - Fourteen workers died when fire broke out at a clothing factory in "
                "Ashulia in the early hours of Tuesday. Police opened fire on crowds near the "
                "factory on Tuesday evening, a journalist said."
            ),
            (
                "DHAKA (AFP) - A fire broke out at a factory near Dhaka before dawn on Tuesday, "
                "killing 14, officials said."
            ),
        ],
        "when",
        "present",
        r"^in the early hours of Tuesday 2026-03-10",
    ),
    (
        "B42_surname_college",
        "2026-03-10",
        [
            (
                "LONDON (Reuters) - A crane collapsed on a building site in east London on "
                "Tuesday, killing two workers, police said. Site manager Peter College said the "
                'crane had been inspected last month. "It passed every check," College said.'
            ),
        ],
        "who",
        "present",
        r"^Peter College",
    ),
    (
        "D52_three_word_person_college",
        "2026-03-10",
        [
            (
                "LONDON (Reuters) - A crane collapsed on a building site in east London on "
                "Tuesday, killing two workers, police said. Site manager Peter James College said "
                'the crane had been inspected last month. "It passed every check," College said.'
            ),
        ],
        "who",
        "present",
        r"^Peter James College",
    ),
    (
        "B36_aga_khan_he_said",
        "2026-03-10",
        [
            (
                "NAIROBI (Reuters) - Four people were killed when a lift fell at a Nairobi office "
                "block on Tuesday, police said. The injured were taken to the Aga Khan Hospital, "
                'where a doctor said two were in critical condition. "We are doing everything we '
                'can," he said.'
            ),
        ],
        "who",
        "absent",
        r"^Aga Khan Hospital .*doctor",
    ),
    (
        "B59_denial_of_staffing_claim",
        "2026-03-11",
        [
            (
                "KISUMU, Kenya (AP) - A fire in the newborn unit of Kisumu County Referral "
                "Hospital killed eight babies. Kisumu County's health chief Pamela Ondiek said "
                "preliminary findings pointed to an oxygen concentrator, but the Kenya National "
                "Union of Nurses blamed ageing wiring."
            ),
            (
                "KISUMU (Reuters) - Pamela Ondiek said the fire started from an oxygen "
                "concentrator and that the ward had four nurses on duty that night. The Kenya "
                "National Union of Nurses denied that four nurses were on duty, saying only one "
                "nurse was in the ward."
            ),
        ],
        "disputes",
        "present",
        r"^Denied by Kenya National Union of Nurses",
    ),
    (
        "D80_servicing_denial_repeats_cause_words",
        "2026-03-11",
        [
            (
                "KISUMU, Kenya (AP) - A fire in the newborn unit of Kisumu County Referral "
                "Hospital killed eight babies. Kisumu County's health chief Pamela Ondiek said "
                "preliminary findings pointed to an oxygen concentrator, but the Kenya National "
                "Union of Nurses blamed ageing wiring."
            ),
            (
                "KISUMU (Reuters) - Pamela Ondiek said the oxygen concentrator in the unit had "
                "been serviced only last month. The Kenya National Union of Nurses denied that the "
                "oxygen concentrator had been serviced, saying no technician had visited the ward "
                "this year."
            ),
        ],
        "disputes",
        "present",
        r"^Denied by Kenya National Union of Nurses",
    ),
    (
        "D82_nurses_left_it_running",
        "2026-03-11",
        [
            (
                "KISUMU, Kenya (AP) - A fire in the newborn unit of Kisumu County Referral "
                "Hospital killed eight babies. Kisumu County's health chief Pamela Ondiek said "
                "preliminary findings pointed to an oxygen concentrator, but the Kenya National "
                "Union of Nurses blamed ageing wiring."
            ),
            (
                "KISUMU (Reuters) - Pamela Ondiek said nurses had left an oxygen concentrator "
                "running unattended beside a cot. The Kenya National Union of Nurses denied that "
                "nurses left the oxygen concentrator unattended."
            ),
        ],
        "disputes",
        "present",
        r"^Denied by Kenya National Union of Nurses",
    ),
    (
        "B58_cause_denial_base",
        "2026-03-11",
        [
            (
                "KISUMU, Kenya (AP) - A fire in the newborn unit of Kisumu County Referral "
                "Hospital killed eight babies. Kisumu County's health chief Pamela Ondiek said "
                "preliminary findings pointed to an oxygen concentrator, but the Kenya National "
                "Union of Nurses blamed ageing wiring."
            ),
            (
                'KISUMU (Reuters) - "All indications so far are that the fire started from an '
                'oxygen concentrator, not from the building," Pamela Ondiek said. The Kenya '
                "National Union of Nurses rejected that account."
            ),
        ],
        "disputes",
        "absent",
        r"^Denied by",
    ),
    (
        "D84b_should_drop_rejected_explanation",
        "2026-03-10",
        [
            (
                "DHAKA (Reuters) - A fire at a garment factory in Dhaka killed 14 workers on "
                "Tuesday. Factory owner Rafiq Hossain said preliminary findings pointed to a "
                "dropped cigarette, but the garment workers' union blamed an overloaded generator."
            ),
            (
                "DHAKA (AP) - Rafiq Hossain said the fire was started by a dropped cigarette in "
                "the storeroom. The garment workers' union rejected that explanation."
            ),
        ],
        "disputes",
        "absent",
        r"^Denied by",
    ),
    (
        "B50_letter_and_money",
        "2026-03-11",
        [
            (
                "NAIROBI (Reuters) - A fire at a Nairobi hospital killed six patients on Tuesday, "
                "police said. The county health department said it had sent the hospital a written "
                "warning about its wiring in January. Hospital director Walter Bondo denied "
                "receiving any written warning from the department."
            ),
            (
                "NAIROBI (AP) - Six patients died in a fire at a Nairobi hospital on Tuesday. The "
                "county health department said it paid the hospital 5 million shillings in "
                "February to replace its fire extinguishers. Dr Bondo denied that the hospital "
                "ever received the money."
            ),
        ],
        "disputes",
        "present",
        r"^Denied by Walter Bondo",
    ),
    (
        "B50_letter_and_money",
        "2026-03-11",
        [
            (
                "NAIROBI (Reuters) - A fire at a Nairobi hospital killed six patients on Tuesday, "
                "police said. The county health department said it had sent the hospital a written "
                "warning about its wiring in January. Hospital director Walter Bondo denied "
                "receiving any written warning from the department."
            ),
            (
                "NAIROBI (AP) - Six patients died in a fire at a Nairobi hospital on Tuesday. The "
                "county health department said it paid the hospital 5 million shillings in "
                "February to replace its fire extinguishers. Dr Bondo denied that the hospital "
                "ever received the money."
            ),
        ],
        "disputes",
        "present",
        r"^Denied by Dr Bondo",
    ),
    (
        "D61_notice_vs_complaint",
        "2026-03-10",
        [
            (
                "DHAKA (Reuters) - A fire at a garment factory in Dhaka killed 14 workers on "
                "Tuesday, fire officials said. The labour inspectorate said it had served the "
                "factory a notice in January to unlock its emergency exits. Factory owner Rafiq "
                "Hossain denied receiving the notice."
            ),
            (
                "DHAKA (AP) - Fourteen workers died in a factory fire in Dhaka on Tuesday. The "
                "labour inspectorate said it had forwarded the factory a complaint from workers "
                "about unpaid overtime in December. Mr Hossain said he never received the "
                "complaint."
            ),
        ],
        "disputes",
        "present",
        r"^Denied by Hossain",
    ),
]


# Cases four hostile reviews of stop 69 wrote against its rules (a figure kept to that is
# another's or the dead themselves, earlier tolls told again in a voice, an epidemic that
# goes on into a new year, "52 deaths and many injuries", "its" of the wrong owner, a
# "fresh" shipment that is the one counted, causes "behind" and "the reason for", acts
# declared, relative clauses of saying, products named like places): each was worse than
# before until mended or dropped, and the rules' own examples.
_REVIEWED_69 = [
    (
        "A92_stood_by_the_dead",
        "2026-03-08",
        [
            (
                "LAMPEDUSA, Italy (AP) - A migrant boat capsized off Lampedusa on Sunday. "
                "Volunteers stood by the 12 dead laid out on the pier as coast guard divers "
                "searched for more, the coast guard said."
            ),
            (
                "ROME (Reuters) - Italy's coast guard said nine bodies were recovered off "
                "Lampedusa on Sunday."
            ),
        ],
        "casualties",
        "absent",
        r"Volunteers killed 12",
    ),
    (
        "A97_bg_line_named_no_date_both",
        "2026-03-09",
        [
            (
                "BEIRUT (AP) - An explosion at a fuel depot in southern Beirut killed six people "
                "on Monday, civil defence officials said. The 2020 port explosion killed more than "
                "200 people."
            ),
            (
                "BEIRUT (Reuters) - Six people died in Monday's depot blast. The port explosion "
                "killed more than 200 people, Lebanon's health ministry said."
            ),
            (
                "BEIRUT (AFP) - Lebanon's health ministry said more than 200 people died in the "
                "port explosion, which Monday's blast revived memories of."
            ),
        ],
        "casualties",
        "present",
        r"^more than 200 killed.*2020",
    ),
    (
        "A68_bg_according_to_twice",
        "2026-03-10",
        [
            (
                "ISLAMABAD (AP) - An earthquake in northern Pakistan killed 14 people on Tuesday, "
                "officials said. In 2005 an earthquake in Kashmir killed about 86,000 people."
            ),
            (
                "ISLAMABAD (Reuters) - A quake in northern Pakistan killed 14 people. The Kashmir "
                "earthquake killed about 86,000 people, according to government figures."
            ),
        ],
        "casualties",
        "present",
        r"^about 86,000 killed.*2005",
    ),
    (
        "A74_ongoing_a_2025_outbreak",
        "2026-01-12",
        [
            (
                "DHAKA (AP) - A 2025 dengue epidemic that has not let up this winter has now "
                "killed 1,720 people, the health directorate said on Monday."
            ),
        ],
        "casualties",
        "absent",
        r"^1,720 killed.*2025",
    ),
    (
        "A34_52_deaths_and_many_injuries",
        "2026-03-13",
        [
            (
                "KABUL (AP) - A suicide bombing at a mosque in Kunduz on Friday killed at least 40 "
                "worshippers, police said."
            ),
            (
                "KABUL (Reuters) - Hospital sources said the bombing in Kunduz caused 52 deaths "
                "and many injuries."
            ),
        ],
        "disputes",
        "present",
        r"^How many were killed.*40.*52",
    ),
    (
        "A36_deaths_and_serious_injuries",
        "2026-03-13",
        [
            (
                "KABUL (AP) - A suicide bombing at a mosque in Kunduz on Friday killed at least 40 "
                "worshippers, police said."
            ),
            (
                "KABUL (Reuters) - The Taliban health ministry said the bombing in Kunduz caused "
                "52 deaths and serious injuries to worshippers."
            ),
        ],
        "disputes",
        "present",
        r"^How many were killed.*40.*52",
    ),
    (
        "A78_deaths_and_other_casualties",
        "2026-03-10",
        [
            (
                "BEIRUT (AP) - An Israeli strike on a village in southern Lebanon killed seven "
                "people on Tuesday, the health ministry said."
            ),
            (
                "BEIRUT (Reuters) - Lebanon's civil defence said the strike caused 11 deaths and "
                "heavy casualties among residents."
            ),
        ],
        "disputes",
        "present",
        r"^How many were killed.* 7 .* 11 ",
    ),
    (
        "A41_its_owner_hotel",
        "2026-03-10",
        [
            (
                "ISTANBUL (AP) - A fire broke out at the Grand Marina hotel in Bodrum early on "
                "Tuesday, police said. Its owner said 40 guests were evacuated and three were "
                "injured."
            ),
            (
                "BODRUM (Reuters) - Police said three people were hurt in a fire at the Grand "
                "Marina hotel on Tuesday, and 60 guests were evacuated."
            ),
        ],
        "casualties",
        "absent",
        r"police \(owner\)",
    ),
    (
        "A45_its_mayor_city_prev",
        "2026-03-09",
        [
            (
                "TACLOBAN (AP) - Police said on Monday a storm surge had flooded the coastal town "
                "of Palo. Its mayor said 12 people drowned."
            ),
            "TACLOBAN (Reuters) - The provincial disaster office said 9 people drowned in Palo.",
        ],
        "casualties",
        "absent",
        r"Police \(mayor\)",
    ),
    (
        "A42_its_bulletin_other_body",
        "2026-03-10",
        [
            (
                "ZAMBOANGA CITY (AP) - The opposition said the health ministry was hiding the "
                "scale of a measles outbreak. Its bulletin, published daily, lists 15 deaths."
            ),
            (
                "ZAMBOANGA CITY (Reuters) - Doctors said at least 22 children have died in the "
                "measles outbreak."
            ),
        ],
        "casualties",
        "absent",
        r"opposition \(bulletin\)",
    ),
    (
        "A76_their_after_two_bodies",
        "2026-03-08",
        [
            (
                "KYIV (Reuters) - Ukraine's emergency service said on Sunday a Russian missile "
                "struck an apartment block in Dnipro, according to regional officials. Their tally "
                "lists 21 dead."
            ),
        ],
        "casualties",
        "absent",
        r"emergency service \(tally\)",
    ),
    (
        "A75_its_after_person",
        "2026-03-09",
        [
            (
                "TACLOBAN (AP) - Mayor Alfred Romualdez said on Monday the storm surge flooded the "
                "coastal town of Palo overnight. Its council counted 12 people drowned."
            ),
            "TACLOBAN (Reuters) - The provincial disaster office said 9 people drowned in Palo.",
        ],
        "casualties",
        "absent",
        r"Romualdez \(council\)",
    ),
    (
        "A57_fresh_shipment_vs_shipment_same",
        "2026-03-10",
        [
            (
                "NAIROBI (Reuters) - A fresh shipment of 50,000 doses of cholera vaccine reached "
                "Garissa on Tuesday, the health ministry said."
            ),
            (
                "NAIROBI (AP) - UNICEF said the shipment of 60,000 doses of cholera vaccine "
                "delivered to Garissa on Tuesday would cover the worst-hit areas."
            ),
        ],
        "disputes",
        "present",
        r"^How many doses.*50,000.*60,000",
    ),
    (
        "A89_new_shipment_values_diff",
        "2026-03-10",
        [
            (
                "NAIROBI (Reuters) - A new shipment of 50,000 doses of cholera vaccine reached "
                "Garissa on Tuesday, the health ministry said."
            ),
            (
                "NAIROBI (AP) - UNICEF said 60,000 doses of cholera vaccine arrived in Garissa on "
                "Tuesday."
            ),
        ],
        "disputes",
        "present",
        r"^How many doses.*50,000.*60,000",
    ),
    (
        "A84_victims_under_age_real",
        "2026-03-09",
        [
            (
                "KANO (AP) - A cholera outbreak in Kano has killed 30 people, 12 of them children "
                "under five, the state health ministry said on Monday."
            ),
            (
                "KANO (Reuters) - Doctors said 41 people had died of cholera in Kano, most of them "
                "children under 5."
            ),
        ],
        "casualties",
        "absent",
        r"^fewer than 5 killed",
    ),
    (
        "A39_its_bulletin_partial_after_leaves_out",
        "2026-03-16",
        [
            (
                "ILOILO, Philippines (AP) - Eighteen patients have died so far in a dengue "
                "outbreak in Iloilo. The provincial health office counts differently. Its bulletin "
                "lists 16 deaths, because it includes only residents of the province and leaves "
                "out patients from other provinces who were brought to the regional hospital. The "
                "Iloilo doctors' association stands by a higher figure: 24 deaths, including "
                "patients who died at home."
            ),
        ],
        "disputes",
        "present",
        r"^How many were killed.*provincial health office \(bulletin\).*24.*Iloilo doctors'",
    ),
    (
        "A19_named_outbreak_2019",
        "2026-03-10",
        [
            (
                "KINSHASA (Reuters) - Ebola has returned to eastern Congo, killing five people "
                "this week, the health ministry said on Tuesday. The 2018 Kivu Ebola epidemic "
                "killed 2,287 people."
            ),
        ],
        "casualties",
        "present",
        r"^2,287 killed.*2018",
    ),
    (
        "A05_behind_schedule_not",
        "2026-03-10",
        [
            (
                "DAR ES SALAAM (Reuters) - A ferry sank on Lake Victoria on Thursday, killing 11 "
                "passengers. The ferry was behind schedule and not carrying its full crew, the "
                "seafarers' union said."
            ),
            (
                "MWANZA, Tanzania (AFP) - Eleven passengers drowned when a ferry sank on Thursday. "
                "The operator, Marine Services Company, said a steering failure caused the sinking."
            ),
        ],
        "disputes",
        "absent",
        r"^What caused it",
    ),
    (
        "A35_crew_behind_schedule_not",
        "2026-03-10",
        [
            (
                "MANILA (Reuters) - A passenger ferry capsized off Batangas on Friday, killing 8 "
                "people. The coast guard said strong winds caused the capsizing. The vessel was "
                "behind schedule and was not supposed to sail in the dark, the company admitted."
            ),
        ],
        "disputes",
        "absent",
        r"^What caused it",
    ),
    (
        "A47_behind_schedule_not_common",
        "2026-03-10",
        [
            (
                "HANOI (Reuters) — A scaffolding collapse at a metro construction site in Hanoi "
                "killed four workers on Monday. Engineers said a design flaw caused the collapse. "
                "The project was behind schedule and not properly supervised, the workers' union "
                "said."
            ),
        ],
        "disputes",
        "absent",
        r"^What caused it",
    ),
    (
        "A19_behind_spatial_pobj_event",
        "2026-03-10",
        [
            (
                "ISTANBUL (Reuters) - A collapse at a construction site in Istanbul killed four "
                "workers on Friday. The building contractor said heavy rain caused the collapse."
            ),
            (
                "ISTANBUL (AP) - Four workers died on Friday when scaffolding collapsed. A parked "
                "crane was behind the wall that collapsed and not near the workers, the labour "
                "ministry said."
            ),
        ],
        "disputes",
        "absent",
        r"^What caused it",
    ),
    (
        "A43_truck_behind_bus_not",
        "2026-03-10",
        [
            (
                "BOGOTA (Reuters) — A bus collided with a truck in Boyaca on Friday, killing 9 "
                "people. Police said a brake failure on the bus caused the collision. The truck "
                "was behind the bus and not overtaking it, the truck company insisted."
            ),
        ],
        "disputes",
        "absent",
        r"^What caused it",
    ),
    (
        "A31_reason_remained_puzzle_sbs",
        "2026-03-10",
        [
            (
                "SANTO DOMINGO (Reuters) - A nationwide blackout hit the Dominican Republic on "
                "Monday for nine hours. The reason for the blackout remained a puzzle, Energy "
                "Minister Luis Soto said. The state grid company said a fallen transmission line "
                "caused the blackout."
            ),
        ],
        "disputes",
        "absent",
        r"puzzle",
    ),
    (
        "A42_reason_for_crash_focus",
        "2026-03-10",
        [
            (
                "NAIROBI (Reuters) — A helicopter crashed in Elgeyo-Marakwet on Thursday, killing "
                "Kenya's military chief and nine others. The reason for the crash is the focus of "
                "a military board of inquiry, the defence ministry said. But opposition lawmakers "
                "said an old, badly maintained aircraft caused the crash."
            ),
        ],
        "disputes",
        "absent",
        r"focus of a military",
    ),
    (
        "A45_source_reason_mystery_cause",
        "2026-03-10",
        [
            (
                "PORT HARCOURT, Nigeria (Reuters) — A pipeline explosion killed 14 people in "
                "Rivers state on Wednesday. Shell said sabotage caused the explosion. The reason "
                "for the explosion was still a matter of speculation, state police commissioner "
                "Olatunji Disu said."
            ),
        ],
        "disputes",
        "absent",
        r"matter of speculation",
    ),
    (
        "A28_reason_for_side_error_sbs",
        "2026-03-10",
        [
            (
                "VALPARAISO, Chile (Reuters) - Eight people died in an explosion at an apartment "
                "block on Sunday. Police said the blast was caused by a gas leak. The regional "
                "health service first said 18 had died, and a spokeswoman said the reason for the "
                "error was a typing mistake."
            ),
        ],
        "disputes",
        "absent",
        r"typing mistake",
    ),
    (
        "A46_reason_for_failure_side",
        "2026-03-10",
        [
            (
                "LAGOS (Reuters) — A bridge collapse in Lagos killed six people on Tuesday. "
                "Engineers said corroded steel caused the collapse. A second failure, of the "
                "city's emergency phone line, hampered rescuers, and the reason for the failure "
                "was a power cut, officials said."
            ),
        ],
        "disputes",
        "absent",
        r"power cut",
    ),
    (
        "A30_cause_of_kidney_failure_sbs",
        "2026-03-10",
        [
            (
                "MUMBAI (Reuters) - A fire swept through a textile mill in Bhiwandi on Thursday, "
                "killing seven workers. Fire officials said an electrical short circuit caused the "
                "fire. Doctors at the city hospital said the cause of the kidney failure suffered "
                "by one injured firefighter was smoke inhalation."
            ),
        ],
        "disputes",
        "absent",
        r"smoke inhalation",
    ),
    (
        "A26_terrorists_vs_gang_sbs",
        "2026-03-10",
        [
            (
                "KARACHI (Reuters) - Gunmen attacked a bus in Karachi on Monday, killing seven "
                "passengers. Terrorists were behind the attack, provincial Home Minister Zia "
                "Lanjar said. But residents of the area said a local criminal gang was behind the "
                "attack."
            ),
        ],
        "disputes",
        "absent",
        r"^What caused it",
    ),
    (
        "D02_declared_ceasefire_dead",
        "2026-03-10",
        [
            (
                "BOGOTA (Reuters) — Rebel commander Juan Ortiz on Monday declared the ceasefire "
                '"dead and buried" after an army raid killed nine of his fighters in Cauca. The '
                "army said the raid targeted drug traffickers."
            ),
        ],
        "reactions",
        "present",
        r"^Juan Ortiz.*dead and buried",
    ),
    (
        "D04_declared_curfew_illegal",
        "2026-03-10",
        [
            (
                "NAIROBI (Reuters) — Kenyan police imposed a curfew in Kisumu on Wednesday after "
                "clashes killed four people. Union leader Peter Mwangi declared the curfew "
                '"illegal and cruel" and urged members to defy it.'
            ),
        ],
        "reactions",
        "present",
        r"^Peter Mwangi.*illegal and cruel",
    ),
    (
        "D18_declared_truce_meaningless",
        "2026-03-10",
        [
            (
                "GOMA, Congo (Reuters) — Fighting near Goma killed 25 civilians on Sunday despite "
                'a truce. M23 spokesman Lawrence Kanyuka declared the truce "meaningless" and '
                "accused the army of attacking first."
            ),
        ],
        "reactions",
        "present",
        r"^Lawrence Kanyuka.*meaningless",
    ),
    (
        "D20_declared_quarantine_unnecessary",
        "2026-03-10",
        [
            (
                "MANILA (Reuters) — A bird flu outbreak has killed 3 people in Pampanga. Farmers' "
                'leader Rosario Guzman declared the quarantine "unnecessary and ruinous" for '
                "poultry growers."
            ),
        ],
        "reactions",
        "present",
        r"^Rosario Guzman.*unnecessary",
    ),
    (
        "D13_declared_Monday_that_outbreak",
        "2026-03-10",
        [
            (
                "KINSHASA (AP) — Congo's health minister Jean Kamba declared Friday that the "
                'outbreak "is finally over" after 42 days without a new case. The Ebola outbreak '
                "in Equateur province killed 33 people."
            ),
        ],
        "reactions",
        "present",
        r"^Jean Kamba.*finally over",
    ),
    (
        "D14_declared_Sunday_that_war",
        "2026-03-10",
        [
            (
                "KHARTOUM (AP) — Sudan's army chief Abdel Fattah Burhan declared Sunday that the "
                'war "will end only with the defeat of the rebels" after shelling killed 40 '
                "people in Omdurman."
            ),
        ],
        "reactions",
        "present",
        r"^Abdel Fattah Burhan.*defeat of the rebels",
    ),
    (
        "P11_drugs_kyotera_lacked_noin",
        "2026-03-10",
        [
            (
                "KYOTERA, Uganda (AFP) — A cholera outbreak has killed 11 people, district "
                "officials said on Tuesday. The drugs Kyotera's health centres lacked were flown "
                "from Kampala on Monday."
            ),
        ],
        "where",
        "present",
        r"^Kyotera",
    ),
    (
        "P12_medicines_walewale_clinic",
        "2026-03-10",
        [
            (
                "WALEWALE, Ghana (Reuters) — Floods killed 9 people on Saturday. The medicines "
                "Walewale's clinic needs are stuck on flooded roads, a nurse said."
            ),
        ],
        "where",
        "present",
        r"^Walewale",
    ),
    (
        "P13_fertiliser_tagum_farmers",
        "2026-03-10",
        [
            (
                "TAGUM, Philippines (Reuters) — Floods destroyed banana farms and killed six "
                "people on Sunday. Much of the fertiliser Tagum farmers bought this year was "
                "washed away, the provincial agriculture office said."
            ),
        ],
        "where",
        "present",
        r"^Tagum",
    ),
    (
        "T02_asked_not_to_be_named_said_by",
        "2026-03-13",
        [
            (
                "MANILA (Reuters) — A landslide buried a village in Davao de Oro last weekend. A "
                "police officer who asked not to be named said by Monday 40 bodies had been "
                "recovered from the mud."
            ),
        ],
        "when",
        "present",
        r"2026-03-09",
    ),
    (
        "T03_demand_surged_by_monday",
        "2026-03-13",
        [
            (
                "VALENCIA (Reuters) — Floods killed 11 people near Valencia last weekend. Demand "
                "for blood donations surged by Monday, hospital officials said, as the injured "
                "poured in."
            ),
        ],
        "when",
        "present",
        r"2026-03-09",
    ),
    (
        "T05_asked_for_help_and_by_monday",
        "2026-03-13",
        [
            (
                "LISMORE, Australia (Reuters) — Floods cut off Lismore last weekend. Stranded "
                "residents asked for help and by Monday army helicopters arrived to lift them out."
            ),
        ],
        "when",
        "present",
        r"2026-03-09",
    ),
    (
        "T14_reporters_asked_whether_reopen_by_monday",
        "2026-03-12",
        [
            (
                "LONDON (Reuters) — A train derailed near Carmont on Wednesday, killing three "
                "people. Reporters asked whether the line would reopen by Monday, and Network Rail "
                "said it hoped so."
            ),
        ],
        "when",
        "present",
        r"2026-03-16",
    ),
    (
        "A12_X_not_Y_good",
        "2026-03-10",
        [
            (
                "ROTTERDAM (Reuters) - A chemical leak at a Rotterdam port terminal forced 300 "
                "people from their homes on Wednesday. A faulty valve, not human error, was behind "
                "the leak, the terminal operator said."
            ),
            (
                "ROTTERDAM (AP) - Hundreds were evacuated after a chemical leak at a port terminal "
                "on Wednesday. The dockworkers' union said staff cuts were behind the leak."
            ),
        ],
        "disputes",
        "present",
        r"^What caused it.*faulty valve.*staff cuts",
    ),
    (
        "A21_behind_leak_good_sbs",
        "2026-03-10",
        [
            (
                "DHAKA (Reuters) - An explosion tore through a garment factory in Dhaka's Tejgaon "
                "district on Monday, killing six workers. A gas leak was behind the blast, fire "
                "service chief Ali Ahmed told reporters. The factory owner, Rafiq Hossain, said an "
                "electrical fault caused the explosion."
            ),
        ],
        "disputes",
        "present",
        r"^What caused it.*gas leak.*electrical fault",
    ),
    (
        "G01_gapped_relative_outbreak",
        "2026-03-10",
        [
            (
                "MANILA (Reuters) — The Philippines is fighting a measles outbreak that the "
                'Department of Health now says has killed 14 children in Manila. "We urge parents '
                'to vaccinate," Health Secretary Ana Cruz said.'
            ),
        ],
        "reactions",
        "absent",
        r"has killed 14 children",
    ),
    (
        "T01_has_asked_by_monday_good",
        "2026-03-08",
        [
            (
                "ABUJA (Reuters) — A tanker explosion killed 48 people near Mokwa on Saturday. The "
                "federal government has asked for a full report by Monday, Information Minister "
                "Mohammed Idris said."
            ),
        ],
        "when",
        "present",
        r"2026-03-09",
    ),
    (
        "P20_dengvaxia_multi",
        "2026-03-10",
        [
            (
                "MANILA (Reuters) — The Philippines on Monday blamed the dengue vaccine Dengvaxia "
                "for the deaths of three children. Sanofi, which makes Dengvaxia, said there was "
                "no evidence the vaccine caused the deaths. Health Secretary Francisco Duque said "
                "Dengvaxia had been given to 830,000 children."
            ),
            (
                "MANILA (AP) — Three children given Dengvaxia have died, Philippine officials said "
                "on Monday. Parents of children vaccinated with Dengvaxia rallied in Quezon City."
            ),
        ],
        "where",
        "absent",
        r"Dengvaxia",
    ),
    (
        "C16_its_town_after_province_counts",
        "2026-03-09",
        [
            (
                "TACLOBAN (AP) - The provincial disaster office counts 30 dead in the coastal town "
                "of Palo. Its mayor says 45 people drowned."
            ),
            (
                "TACLOBAN (Reuters) - The provincial disaster office said 30 people drowned in "
                "Palo on Monday."
            ),
        ],
        "disputes",
        "present",
        r"^How many were killed.* 30 .* 45 .*Its mayor",
    ),
    (
        "C65_its_principal_after_ministry_counts",
        "2026-03-12",
        [
            (
                "GAZA (AP) - The health ministry counts 18 dead in the strike on the Al-Falah "
                "school. Its principal says 25 people died, most of them children."
            ),
            (
                "GAZA (Reuters) - The health ministry said 18 people died in the strike on the "
                "Al-Falah school."
            ),
        ],
        "casualties",
        "absent",
        r"health ministry \(principal\)",
    ),
    (
        "C69_its_owner_after_police_count_fire",
        "2026-03-10",
        [
            (
                "ISTANBUL (AP) - Police counted 14 injured in a fire at the Grand Marina hotel in "
                "Bodrum. Its owner said 9 guests were hurt."
            ),
            (
                "BODRUM (Reuters) - Police said 14 people were hurt in a fire at the Grand Marina "
                "hotel on Tuesday."
            ),
        ],
        "casualties",
        "absent",
        r"Police \(owner\)",
    ),
    (
        "C04_bg_still_counts_two_vs_two",
        "2026-03-09",
        [
            (
                "BEIRUT (AP) - An explosion at a fuel depot in southern Beirut killed six people "
                "on Monday, civil defence officials said. In 2020 a blast at the city's port "
                "killed 218 people."
            ),
            (
                "BEIRUT (Reuters) - Six people died in Monday's depot blast. A 2020 explosion at "
                "the port killed 218 people."
            ),
            (
                "BEIRUT (AFP) - Six people were killed in the depot fire. Families of the victims "
                "of that earlier disaster say 218 people died and still await justice, and the "
                "health ministry still counts 218 dead."
            ),
        ],
        "casualties",
        "present",
        r"^218 killed.*2020",
    ),
    (
        "C47_a_2024_epidemic_still",
        "2026-03-13",
        [
            (
                "PORT-AU-PRINCE (AP) - A 2024 cholera epidemic that has not been brought under "
                "control has killed 812 people in Haiti, the health ministry said on Friday."
            ),
            (
                "PORT-AU-PRINCE (Reuters) - Doctors Without Borders said more than 1,000 people "
                "have died of cholera in Haiti."
            ),
        ],
        "disputes",
        "present",
        r"^How many were killed.*812.*more than 1,000",
    ),
    (
        "C46_a_2024_nationwide_outbreak_ongoing",
        "2026-03-09",
        [
            (
                "KINSHASA (AP) - A 2024 nationwide outbreak of mpox, which is still raging in the "
                "east, has killed 1,300 people, the health ministry said on Monday."
            ),
            (
                "KINSHASA (Reuters) - Mpox has killed 1,300 people in Congo, Congo's health "
                "ministry said."
            ),
        ],
        "casualties",
        "absent",
        r"^1,300 killed.*2024",
    ),
    (
        "C61_second_shipment_same_lot",
        "2026-03-10",
        [
            (
                "NAIROBI (Reuters) - A second shipment of 30,000 doses of cholera vaccine reached "
                "Garissa on Tuesday, the health ministry said."
            ),
            (
                "NAIROBI (AP) - UNICEF said 35,000 doses of cholera vaccine arrived in Garissa on "
                "Tuesday, the second delivery this month."
            ),
        ],
        "disputes",
        "present",
        r"^How many doses.*30,000.*35,000",
    ),
    (
        "C62_further_consignment_same_lot",
        "2026-03-09",
        [
            (
                "KHARTOUM (Reuters) - A further consignment of 400,000 doses of cholera vaccine "
                "arrived in Port Sudan on Monday, the WHO said."
            ),
            (
                "KHARTOUM (AP) - Sudan's health ministry said 360,000 doses of cholera vaccine "
                "arrived in Port Sudan on Monday."
            ),
        ],
        "disputes",
        "present",
        r"^How many doses.*360,000.*400,000",
    ),
    (
        "C31_another_analysis_flights",
        "2026-03-10",
        [
            (
                "FRANKFURT (Reuters) - Lufthansa said it cancelled 120 flights on Tuesday because "
                "of the strike."
            ),
            (
                "FRANKFURT (AP) - Another analysis of 180 cancelled flights, by the tracking site "
                "FlightAware, suggests the strike hit harder than the airline said."
            ),
        ],
        "disputes",
        "present",
        r"^How many flights.*120.*180",
    ),
    (
        "C55_accounts_last_year_strike",
        "2026-03-10",
        [
            (
                "HELSINKI (Reuters) - Finnair said 300 flights were cancelled during last year's "
                "strike, while the union said 400 flights were cancelled."
            ),
            (
                "HELSINKI (AP) - Finnair said 350 flights were cancelled on Tuesday. The union "
                "said 410 flights were cancelled."
            ),
        ],
        "disputes",
        "present",
        r"^Accounts differ: Finnair and union",
    ),
    (
        "C40_residents_over_evacuated_dispute",
        "2026-03-10",
        [
            (
                "MANILA (AFP) - A fire razed a slum in Tondo on Tuesday, killing three people, "
                "officials said. Residents over 2,000 were evacuated, the fire bureau said."
            ),
            (
                "MANILA (Reuters) - Social welfare officials said 1,500 residents were evacuated "
                "after the Tondo fire."
            ),
        ],
        "casualties",
        "present",
        r"^over 2,000 evacuated",
    ),
    (
        "C76_those_above_count",
        "2026-03-07",
        [
            (
                "MUMBAI (PTI) - A building collapse in Bhiwandi killed 11 people on Saturday. "
                "Those above 40 injured were taken to Indira Gandhi hospital, officials said."
            ),
            (
                "MUMBAI (Reuters) - Officials said 11 people died and 25 were injured in the "
                "Bhiwandi collapse."
            ),
        ],
        "casualties",
        "present",
        r"^above 40 injured",
    ),
    (
        "D01_politics_not_safety_behind_closure",
        "2026-03-10",
        [
            (
                "ACCRA (Reuters) - A fire swept through Kantamanto market in Accra on Monday, "
                "killing three traders. Electrical wiring caused the fire, the fire service said. "
                "Politics, not safety, was behind the decision to close the market for a month, "
                "traders' leader Kofi Asante said."
            ),
            (
                "ACCRA (AFP) - Three people died when fire gutted Kantamanto market on Monday. "
                "Firefighters said faulty wiring started the blaze."
            ),
        ],
        "disputes",
        "absent",
        r"^What caused it",
    ),
    (
        "D110_money_not_safety_behind_reopening",
        "2026-03-10",
        [
            (
                "SANTIAGO (Reuters) - A collapse at a copper mine in northern Chile killed four "
                "miners on Monday. A rock burst caused the collapse, the mine's operator said. "
                "Profit, not safety, was behind the rush to reopen the shaft, union leader Pedro "
                "Rojas said."
            ),
        ],
        "disputes",
        "absent",
        r"^What caused it",
    ),
    (
        "D06_reason_key_issue_object",
        "2026-03-10",
        [
            (
                "ANKARA (Reuters) - A coal mine explosion in Turkey's Bartin province killed 12 "
                "miners on Saturday. The reason for the explosion will be the object of a criminal "
                "investigation, the prosecutor said. The mine operator blamed a methane build-up."
            ),
            (
                "ANKARA (AFP) - Twelve miners died in a blast at a coal mine in Bartin on "
                "Saturday. Officials said firedamp caused the explosion."
            ),
        ],
        "disputes",
        "absent",
        r"object of a criminal",
    ),
    (
        "D21_anyones_guess_voiced",
        "2026-03-10",
        [
            (
                "NAIROBI (Reuters) - A building under construction collapsed in Nairobi's Kasarani "
                "area on Thursday, killing six workers. The reason for the collapse was anyone's "
                "guess, site engineer Peter Mwangi said. Substandard materials caused the "
                "collapse, the National Construction Authority said."
            ),
        ],
        "disputes",
        "absent",
        r"anyone's guess",
    ),
    (
        "D26_ruled_out_bomb_voiced",
        "2026-03-10",
        [
            (
                "ROME (Reuters) - A gas explosion destroyed an apartment building in Rome on "
                "Tuesday, killing two people. Police have ruled out that a bomb was behind the "
                "explosion, police chief Marco Rossi said. A faulty boiler caused the explosion, "
                "firefighters said."
            ),
        ],
        "disputes",
        "absent",
        r"a bomb",
    ),
    (
        "D30_no_evidence_behind",
        "2026-03-10",
        [
            (
                "ANKARA (Reuters) - A blast at a fireworks factory in Turkey's Sakarya province "
                "killed five workers on Friday. There is no evidence that sabotage was behind the "
                "blast, Interior Minister Ali Yerlikaya said. Stored gunpowder caused the blast, "
                "the factory owner said."
            ),
        ],
        "disputes",
        "absent",
        r"sabotage",
    ),
    (
        "D28_unlikely_behind",
        "2026-03-10",
        [
            (
                "MANILA (Reuters) - A fire at a shopping mall in Manila killed seven people on "
                "Friday. It is unlikely that arson was behind the fire, fire marshal Jose Santos "
                "said. Faulty wiring caused the fire, the building's owner said."
            ),
        ],
        "disputes",
        "absent",
        r"arson",
    ),
    (
        "D33_if_behind",
        "2026-03-10",
        [
            (
                "JAKARTA (Reuters) - A landslide buried a village in West Java on Sunday, killing "
                "14 people. If illegal mining was behind the landslide, the mine owners will be "
                "prosecuted, Governor Dedi Mulyadi said. Heavy rain caused the landslide, the "
                "disaster agency said."
            ),
        ],
        "disputes",
        "absent",
        r"illegal mining",
    ),
    (
        "D34_speculation_behind",
        "2026-03-10",
        [
            (
                "KARACHI (Reuters) - A fire in a Karachi shopping centre killed 10 people on "
                "Monday. Speculation that a gas leak was behind the fire was premature, fire chief "
                "Imran Ali said. A short circuit caused the fire, the building's owner said."
            ),
        ],
        "disputes",
        "absent",
        r"gas leak",
    ),
    (
        "D117_cartels_behind_attack",
        "2026-03-10",
        [
            (
                "MEXICO CITY (AP) - A car bomb in Celaya killed six people on Sunday. Drug cartels "
                "were behind the attack, Guanajuato's prosecutor Carlos Zamarripa said. An "
                "explosive device hidden in a car caused the blast, police said."
            ),
        ],
        "disputes",
        "absent",
        r"cartels",
    ),
    (
        "D154_reason_driver_person",
        "2026-03-10",
        [
            (
                "LAGOS (Reuters) - A bus crash on the Lagos-Ibadan expressway killed 12 people on "
                "Sunday. The reason for the crash was the driver, who had been drinking, road "
                "safety official Bisi Kazeem said. A burst tyre caused the crash, police said."
            ),
        ],
        "disputes",
        "absent",
        r"the driver",
    ),
    (
        "D46_declared_emergency_services",
        "2026-03-10",
        [
            (
                "HOUSTON (Reuters) - Floods killed nine people in Houston on Monday. Mayor John "
                "Whitmire declared emergency services had done everything they could. More rain is "
                "forecast."
            ),
        ],
        "reactions",
        "present",
        r"^John Whitmire.*emergency services had done",
    ),
    (
        "D48_declared_war_crimes",
        "2026-03-10",
        [
            (
                "GENEVA (Reuters) - An air strike on a market in Sudan's El Fasher killed 40 "
                "people on Friday. UN rights chief Volker Turk declared war crimes had been "
                "committed and called for an inquiry."
            ),
        ],
        "reactions",
        "present",
        r"^Volker Turk.*war crimes had been committed",
    ),
    (
        "D50_declared_lockdown_rules_eased",
        "2026-03-10",
        [
            (
                "KINSHASA (Reuters) - Mpox has killed 30 people in Equateur province this year. "
                "Health Minister Roger Kamba declared quarantine measures had worked and would be "
                "eased on Friday."
            ),
        ],
        "reactions",
        "present",
        r"^Roger Kamba.*quarantine measures",
    ),
    (
        "D90_drugs_bududa_has_received",
        "2026-03-10",
        [
            (
                "BUDUDA, Uganda (Reuters) - A landslide killed 18 people in eastern Uganda on "
                "Saturday. The drugs Bududa has received will last only a week, district health "
                "officer Grace Namono said. Survivors are sheltering in schools."
            ),
        ],
        "where",
        "present",
        r"^Bududa",
    ),
    (
        "D121_product_dateline_namayingo",
        "2026-03-10",
        [
            (
                "NAMAYINGO, Uganda (Reuters) - Cholera has killed eight people on islands in Lake "
                "Victoria. The vaccine Namayingo was promised is still in Kampala, district "
                "chairman Moses Wandera said."
            ),
        ],
        "where",
        "present",
        r"^Namayingo",
    ),
    (
        "D101_have_demanded_to_know_why_arrived_by",
        "2026-03-10",
        [
            (
                "ANKARA (Reuters) - A building collapse in Malatya killed 14 people last week. "
                "Families have demanded to know why rescuers only arrived by Thursday, two days "
                "after the collapse."
            ),
        ],
        "when",
        "present",
        r"2026-03-05",
    ),
]


# Cases of stop 69's reviews told over several days (a count of another airport and day, one
# voice's count falling, beside a count dispute).
_REVIEWED_OVER_DAYS_69 = [
    (
        "A07_stands_by_lower_than_others",
        [
            (
                (
                    "KATHMANDU (AP) - A landslide in western Nepal buried a bus on Sunday, killing "
                    "19 people, the Home Ministry said."
                ),
                "2026-03-08",
            ),
            (
                (
                    "KATHMANDU (Reuters) - The Home Ministry stands by a figure lower than the Red "
                    "Cross count of 23 deaths, officials said on Monday."
                ),
                "2026-03-09",
            ),
        ],
        "casualties",
        "absent",
        r"^23 killed.*Home Ministry",
    ),
    (
        "A13_bg_toll_voice_no_year",
        [
            (
                (
                    "SAN SALVADOR (AP) - A landslide buried homes in the town of Nejapa on "
                    "Tuesday, killing eight people, civil protection officials said. In 2001 an "
                    "earthquake-triggered landslide in Santa Tecla killed 585 people."
                ),
                "2026-03-10",
            ),
            (
                (
                    "SAN SALVADOR (Reuters) - Rescuers dug through mud in Nejapa on Wednesday "
                    "after a landslide killed eight people. The Santa Tecla disaster killed 585 "
                    "people, according to the civil protection agency."
                ),
                "2026-03-11",
            ),
        ],
        "casualties",
        "present",
        r"^585 killed.*2001",
    ),
    (
        "A91_accounts_shared_word_voices",
        [
            (
                (
                    "ZAMBOANGA CITY (Reuters) - The city health office said 412 cases had been "
                    "recorded by Monday, while the regional health office said 508 cases were "
                    "recorded."
                ),
                "2026-02-03",
            ),
            (
                (
                    "ZAMBOANGA CITY (AP) - The regional health office said 640 cases had been "
                    "recorded since early January. The city health office said 400 cases had been "
                    "recorded."
                ),
                "2026-02-05",
            ),
        ],
        "disputes",
        "present",
        r"^Accounts differ: city health office and regional health office",
    ),
    (
        "A58_days_diff_flights",
        [
            (
                (
                    "MUNICH (Reuters) - Lufthansa said it cancelled 120 flights in Munich on "
                    "Monday because of the strike, while the Verdi union said 200 flights were "
                    "cancelled there."
                ),
                "2026-03-09",
            ),
            (
                (
                    "FRANKFURT (AP) - Lufthansa said 150 flights were cancelled in Frankfurt on "
                    "Tuesday. The Verdi union said 210 flights were cancelled in Frankfurt."
                ),
                "2026-03-10",
            ),
        ],
        "disputes",
        "present",
        r"^Accounts differ: Lufthansa and Verdi union",
    ),
    (
        "A66_stands_by_rather_than",
        [
            (
                (
                    "KATHMANDU (AP) - A landslide in western Nepal buried a bus on Sunday, killing "
                    "19 people, the Home Ministry said."
                ),
                "2026-03-08",
            ),
            (
                (
                    "KATHMANDU (Reuters) - The Nepal Red Cross says 23 people died. The Home "
                    "Ministry stands by the police tally of 19 deaths."
                ),
                "2026-03-09",
            ),
        ],
        "disputes",
        "present",
        r"^How many were killed.*19.*Home Ministry.*23",
    ),
    (
        "A53_replacement_shipment",
        [
            (
                (
                    "TACLOBAN (AP) - The vaccination campaign was delayed, city officials said, "
                    "because a shipment of 30,000 doses of polio vaccine had to be set aside. A "
                    "replacement shipment of 35,000 doses arrived on Jan. 29, both offices said."
                ),
                "2026-02-05",
            ),
            (
                (
                    "TACLOBAN (PNA) - The spoiled shipment of 30,000 doses remains in dispute, "
                    "officials said."
                ),
                "2026-02-06",
            ),
        ],
        "disputes",
        "absent",
        r"^How many doses",
    ),
    (
        "C41_bg_ministry_says_next_day",
        [
            (
                (
                    "BEIRUT (AP) - An explosion at a fuel depot in southern Beirut killed six "
                    "people on Monday, civil defence officials said. In 2020 a blast at the city's "
                    "port killed 218 people."
                ),
                "2026-03-09",
            ),
            (
                (
                    "BEIRUT (Reuters) - Lebanon's health ministry says 218 people died in that "
                    "disaster, and that its investigation remains stalled, as rescuers searched "
                    "the depot on Tuesday."
                ),
                "2026-03-10",
            ),
        ],
        "casualties",
        "present",
        r"^218 killed.*2020",
    ),
    (
        "C44_bg_two_vs_two_says",
        [
            (
                (
                    "KYIV (Reuters) - A Russian missile strike on an apartment block in Dnipro "
                    "killed 9 people on Saturday, officials said. A January 2023 strike on a "
                    "building in the city killed 46 people."
                ),
                "2026-03-07",
            ),
            (
                (
                    "KYIV (AP) - Nine people died in Saturday's strike. In January 2023 a missile "
                    "killed 46 people in a building nearby."
                ),
                "2026-03-07",
            ),
            (
                (
                    "KYIV (AFP) - The regional governor says 46 residents died in that earlier "
                    "attack, and the city council lists 46 dead on a memorial."
                ),
                "2026-03-08",
            ),
        ],
        "casualties",
        "present",
        r"^46 killed.*January 2023",
    ),
    (
        "C25_accounts_monday_vs_tuesday_count",
        [
            (
                (
                    "FRANKFURT (Reuters) - Lufthansa said it cancelled 120 flights on Monday "
                    "because of the strike, while the Verdi union said 200 flights were cancelled."
                ),
                "2026-03-09",
            ),
            (
                (
                    "FRANKFURT (AP) - Lufthansa said 150 flights were cancelled on Tuesday, the "
                    "second day of the strike. The Verdi union said 210 flights were cancelled on "
                    "Tuesday."
                ),
                "2026-03-10",
            ),
        ],
        "disputes",
        "present",
        r"^Accounts differ: Lufthansa and Verdi union",
    ),
]

_REVIEWED = (
    _REVIEWED_43
    + _REVIEWED_44
    + _REVIEWED_45
    + _REVIEWED_46
    + _REVIEWED_47
    + _REVIEWED_48
    + _REVIEWED_49
    + _REVIEWED_49_CAUSES
    + _REVIEWED_50
    + _REVIEWED_51
    + _REVIEWED_52
    + _REVIEWED_53
    + _REVIEWED_54
    + _REVIEWED_55
    + _REVIEWED_56
    + _REVIEWED_57
    + _REVIEWED_58
    + _REVIEWED_59
    + _REVIEWED_60
    + _REVIEWED_61
    + _REVIEWED_62
    + _REVIEWED_63
    + _REVIEWED_64
    + _REVIEWED_65
    + _REVIEWED_66
    + _REVIEWED_67
    + _REVIEWED_68
    + _REVIEWED_69
)


@pytest.mark.parametrize(
    ("day", "articles", "field", "wanted", "pattern"),
    [case[1:] for case in _REVIEWED],
    ids=[case[0] for case in _REVIEWED],
)
def test_reviewed_by_a_hostile_review(
    day: str, articles: list[str], field: str, wanted: str, pattern: str
) -> None:
    """Cases hostile reviews wrote against the rules of stops 43 to 69."""
    brief = _brief(*((text, day) for text in articles))
    lines = _field_lines(brief, field)
    found = any(re.search(pattern, line) for line in lines)
    assert found == (wanted == "present"), lines


# Cases of stop 65's reviews told over several days: a day told with another zone's clock, "last
# Tuesday" of other things than the event.
_REVIEWED_OVER_DAYS_65 = [
    (
        "B120_gmt_only_day",
        [
            (
                (
                    "TOKYO (Reuters) - A magnitude 7.1 earthquake struck off northeastern Japan at "
                    "8:10 a.m. (2310 GMT on Oct. 3), shaking buildings in Tokyo, the Japan "
                    "Meteorological Agency said. There were no immediate reports of deaths."
                ),
                "2026-10-04",
            ),
        ],
        "when",
        "present",
        r"2026-10-04",
    ),
    (
        "B124_est_bracket",
        [
            (
                (
                    "NEW YORK (Reuters) - A crane collapsed onto a Manhattan street at 10:25 a.m. "
                    "(1525 GMT on Friday), killing one person, the fire department said."
                ),
                "2026-02-06",
            ),
        ],
        "when",
        "present",
        r"2026-02-06",
    ),
    (
        "B122_gmt_in_non_event_sentence",
        [
            (
                (
                    "KABUL (Reuters) - An earthquake struck eastern Afghanistan on Sunday night, "
                    "killing at least 800 people, the Taliban administration said. A second quake "
                    "hit at 10 a.m. (0530 GMT on Tuesday), sending residents into the streets."
                ),
                "2026-09-02",
            ),
        ],
        "when",
        "present",
        r"2026-09-01 A second quake",
    ),
    (
        "B131_last_tuesday_second_fire",
        [
            (
                (
                    "DHAKA (Reuters) - A fire at a garment factory in Dhaka killed 17 workers on "
                    "Tuesday, fire officials said."
                ),
                "2026-03-10",
            ),
            (
                (
                    "DHAKA (Reuters) - Fire officials said on Wednesday 17 workers died in "
                    "Tuesday's factory fire."
                ),
                "2026-03-11",
            ),
            (
                (
                    "DHAKA (Reuters) - Garment workers protested on Friday over safety. A smaller "
                    "fire last Tuesday at a warehouse next to the factory injured two guards, "
                    "police said, adding that it was caused by a cigarette."
                ),
                "2026-03-20",
            ),
        ],
        "when",
        "present",
        r"2026-03-17 A smaller fire",
    ),
    (
        "B135_blast_last_tuesday_second",
        [
            (
                (
                    "KABUL (Reuters) - A bomb blast at a mosque in Kabul killed 12 people on "
                    "Tuesday, police said."
                ),
                "2026-03-10",
            ),
            (
                "KABUL (Reuters) - Twelve people died in Tuesday's mosque blast, police said.",
                "2026-03-11",
            ),
            (
                (
                    "KABUL (Reuters) - Police said on Friday they had arrested three men over the "
                    "mosque bombing. Another blast last Tuesday at a market in Jalalabad killed "
                    "two people."
                ),
                "2026-03-20",
            ),
        ],
        "when",
        "present",
        r"2026-03-17 Another blast",
    ),
    (
        "B136_crashed_last_tuesday_market",
        [
            (
                (
                    "BOGOTA (Reuters) - A bus crashed on a mountain road in Colombia on Tuesday, "
                    "killing 15 people."
                ),
                "2026-03-10",
            ),
            (
                (
                    "BOGOTA (Reuters) - Fifteen people died when a bus crashed on Tuesday, police "
                    "said."
                ),
                "2026-03-11",
            ),
            (
                (
                    "BOGOTA (Reuters) - The bus company's shares crashed last Tuesday after "
                    "regulators suspended its licence, and the company said on Friday it would "
                    "appeal."
                ),
                "2026-03-20",
            ),
        ],
        "when",
        "present",
        r"2026-03-10 A bus crashed",
    ),
    (
        "B130_last_tuesday_event",
        [
            (
                (
                    "ROSARIO, Argentina (Reuters) - A grain ship ran aground in the Parana River "
                    "on Tuesday, blocking the channel."
                ),
                "2026-03-10",
            ),
            (
                (
                    "ROSARIO, Argentina (AP) - The ship that ran aground on Tuesday is still "
                    "stuck, the coast guard said."
                ),
                "2026-03-11",
            ),
            (
                (
                    "ROSARIO, Argentina - The port authority said on Friday that 41 ships were "
                    "held up by the grounding last Tuesday."
                ),
                "2026-03-20",
            ),
        ],
        "when",
        "absent",
        r"2026-03-17",
    ),
    (
        "D01_followup_friday_monday_quake_asia",
        [
            (
                (
                    "JAKARTA (Reuters) - Rescuers on Friday pulled two more bodies from the rubble "
                    "of a hotel in Cianjur that collapsed when an earthquake struck at 2:15 a.m. "
                    "(1915 GMT Sunday), bringing the death toll to 58, the disaster agency said."
                ),
                "2026-03-13",
            ),
        ],
        "when",
        "present",
        r"2026-03-09",
    ),
    (
        "D03_followup_friday_sunday_americas",
        [
            (
                (
                    "LIMA (Reuters) - Peruvian investigators said on Friday that a bus that "
                    "plunged into a ravine in the Andes at 11 p.m. (0400 GMT Monday), killing 27 "
                    "passengers, had faulty brakes."
                ),
                "2026-03-13",
            ),
        ],
        "when",
        "present",
        r"2026-03-08",
    ),
    (
        "D84_followup_saturday_about_tuesday_asia",
        [
            (
                (
                    "DHAKA (Reuters) - Bangladesh on Saturday arrested the owner of a garment "
                    "factory where a fire broke out at 1:30 a.m. (1930 GMT Monday), killing 22 "
                    "workers, police said."
                ),
                "2026-03-14",
            ),
        ],
        "when",
        "present",
        r"2026-03-10",
    ),
    (
        "D86_both_day_words_followup",
        [
            (
                (
                    "TOKYO (Reuters) - Japan on Friday lifted a tsunami warning issued after a "
                    "magnitude 7.3 quake struck off Fukushima on Monday at 11:36 p.m. (1436 GMT "
                    "Monday)."
                ),
                "2026-03-13",
            ),
        ],
        "when",
        "absent",
        r"2026-03-16",
    ),
    (
        "D04_ghana_gmt_no_local_clock",
        [
            (
                (
                    "ACCRA (Reuters) - A fire swept through Kantamanto market in central Accra in "
                    "the early hours (0300 GMT on Saturday), destroying hundreds of stalls, the "
                    "Ghana National Fire Service said on Sunday. No deaths were reported."
                ),
                "2026-02-15",
            ),
        ],
        "when",
        "present",
        r"2026-02-14",
    ),
    (
        "D05_beijing_time",
        [
            (
                (
                    "BEIJING (Reuters) - A gas explosion tore through a restaurant in the northern "
                    "city of Yinchuan at 8:40 p.m. Beijing time (1240 GMT on Tuesday), killing 31 "
                    "people, state media said on Wednesday."
                ),
                "2026-06-17",
            ),
        ],
        "when",
        "present",
        r"2026-06-16",
    ),
    (
        "D22_tokyo_time_published_next",
        [
            (
                (
                    "TOKYO (Reuters) - A fire engulfed an animation studio in Kyoto at 10:30 a.m. "
                    "Tokyo time (0130 GMT on Thursday), killing 26 people, police said on Friday."
                ),
                "2026-03-13",
            ),
        ],
        "when",
        "present",
        r"2026-03-12",
    ),
    (
        "D06_24h_local_time_europe",
        [
            (
                (
                    "ATHENS (Reuters) - A passenger train collided with a freight train near "
                    "Larissa at 2330 local time (2030 GMT on Friday), killing 12 people, the fire "
                    "service said on Saturday."
                ),
                "2026-02-14",
            ),
        ],
        "when",
        "present",
        r"2026-02-13",
    ),
    (
        "C90_guyana_epa_vs_us_epa",
        [
            (
                (
                    "GEORGETOWN, Guyana (Reuters) - Oil leaked from an Exxon platform off Guyana "
                    "on Tuesday, Guyana's Environmental Protection Agency said. The Environmental "
                    "Protection Agency in Washington offered to send experts. Guyana's "
                    "Environmental Protection Agency said the spill was contained."
                ),
                "2026-03-10",
            ),
            (
                (
                    "WASHINGTON (AP) - The Environmental Protection Agency said on Wednesday it "
                    "had sent two experts to Guyana. The Environmental Protection Agency said the "
                    "leak was small."
                ),
                "2026-03-11",
            ),
        ],
        "reactions",
        "present",
        r"^Environmental Protection Agency .*leak was small",
    ),
]


@pytest.mark.parametrize(
    ("articles", "field", "wanted", "pattern"),
    [case[1:] for case in _REVIEWED_OVER_DAYS_65 + _REVIEWED_OVER_DAYS_69],
    ids=[case[0] for case in _REVIEWED_OVER_DAYS_65 + _REVIEWED_OVER_DAYS_69],
)
def test_reviewed_over_days_by_a_hostile_review(
    articles: list[tuple[str, str]], field: str, wanted: str, pattern: str
) -> None:
    """Cases told over several days that the hostile reviews of stops 65 and 69 wrote."""
    lines = _field_lines(_brief(*articles), field)
    found = any(re.search(pattern, line) for line in lines)
    assert found == (wanted == "present"), lines
