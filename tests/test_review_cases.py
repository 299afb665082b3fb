"""Cases from a hostile review of the rules for figures, times, quantities and denials: each
rule read too much once. Short texts in wire style, written for the review (no real events)."""

from __future__ import annotations

import json
import re

import pytest
from wire_texts import disputes_of, evidence_of

import summarise
from summarise.evidence import build_evidence
from summarise.extractive.casualties import all_figures
from summarise.ingest import load_articles
from summarise.schema import Dispute

_evidence = evidence_of
_disputes = disputes_of


def _sides(dispute: Dispute) -> list[tuple[str | None, str | None]]:
    return [(claim.value, claim.attributed_to) for claim in dispute.claims]


def test_a_quotation_that_names_its_own_speaker_is_not_the_speaker_before() -> None:
    found = _disputes(
        (
            "IZMIR, Turkey, Feb 8 (Reuters) - A five-storey apartment block collapsed in Izmir on "
            "Saturday, and the governor's office said seven people were killed. \"We will rebuild "
            'every home," Interior Minister Ali Yerlikaya said at the scene. "At least 30 people '
            'died in there," one survivor said.',
            "2025-02-08",
        ),
    )
    assert not any("Yerlikaya" in (claim.attributed_to or "") for d in found for claim in d.claims)


def test_people_who_lived_through_what_they_did_are_still_counted() -> None:
    evidence = _evidence(
        (
            "GOMA, Congo, Feb 2 (Reuters) - More than 3,000 residents who fled the fighting were "
            "sheltering in schools and churches, the U.N. refugee agency said.",
            "2025-02-02",
        ),
    )
    assert [(f.kind, f.amount) for f in all_figures(evidence)] == [("displaced", "more than 3,000")]


def test_lives_lost_beside_something_saved_are_dead() -> None:
    evidence = _evidence(
        (
            "LAHAINA, Hawaii, Aug 10 (AP) - Firefighters saved the historic courthouse despite "
            "the loss of 12 lives in the blaze that swept through Lahaina on Tuesday.",
            "2025-08-10",
        ),
    )
    assert [(f.kind, f.count) for f in all_figures(evidence)] == [("killed", 12)]


def test_keeping_a_cordon_is_not_saying_a_figure() -> None:
    evidence = _evidence(
        (
            "QUETTA, Pakistan, Nov 10 (Reuters) - Police maintained a cordon around the platform "
            "where 31 bodies were recovered, a Reuters witness said.",
            "2025-11-10",
        ),
    )
    assert [f.attributed_to for f in all_figures(evidence)] == ["Reuters witness"]


def test_it_was_a_time_when_the_fire_broke_out_is_the_fires_time() -> None:
    found = _disputes(
        (
            "SKOPJE, North Macedonia, March 16 (Reuters) - The blaze broke out at 2:35 a.m. when "
            "pyrotechnics ignited the ceiling, Interior Minister Pance Toskovski said.",
            "2025-03-16",
        ),
        (
            "SKOPJE, March 16 (AP) - It was about 3:00 a.m. when the fire broke out during a "
            "concert, witnesses said.",
            "2025-03-16",
        ),
    )
    (dispute,) = [d for d in found if d.topic == "When the fire happened"]
    assert [value for value, _ in _sides(dispute)] == ["02:35", "03:00"]


def test_the_end_of_a_fire_is_no_time_of_the_fire() -> None:
    found = _disputes(
        (
            "PARIS, May 3 (Reuters) - The fire broke out at 2:40 a.m., firefighters said.",
            "2025-05-03",
        ),
        ("PARIS, May 3 (AFP) - The fire was brought under control at 3:50 a.m.", "2025-05-03"),
    )
    assert not [d for d in found if d.topic == "When the fire happened"]


def test_a_count_after_a_requirement_in_another_clause_is_a_count() -> None:
    found = _disputes(
        (
            "KATHMANDU, Nepal, July 14 (Reuters) - The motion, which needed 138 votes, was backed "
            "by 194 lawmakers in the 275-seat house, parliament officials said.",
            "2025-07-14",
        ),
        (
            "KATHMANDU, July 14 (AP) - The no-confidence motion against the prime minister was "
            "backed by 188 lawmakers in the 275-seat house, the speaker said.",
            "2025-07-14",
        ),
    )
    (dispute,) = [d for d in found if d.topic == "How many lawmakers"]
    assert [value for value, _ in _sides(dispute)] == ["188", "194"]


def test_a_denial_answers_narration_whose_subject_and_verb_stand_far_apart() -> None:
    found = _disputes(
        (
            "DAMASCUS, Dec 12 (Reuters) - Detainees held in the prison's underground wing for "
            "months, some of them for more than a year without charge or access to a lawyer, "
            "were routinely beaten and tortured.",
            "2025-12-12",
        ),
        (
            "DAMASCUS, Dec 12 (AP) - The former interior ministry denied that detainees at "
            "Saydnaya had been tortured.",
            "2025-12-12",
        ),
    )
    assert [d for d in found if d.topic.startswith("Denied by former interior ministry")]


def test_a_town_whose_name_goes_on_in_small_words_is_one_place() -> None:
    event = summarise.brief(
        [
            {
                "text": "NAIROBI, Oct 30 (Reuters) - Police in Tanzania fired tear gas at "
                "protesters in Dar es Salaam on Wednesday."
            },
            {
                "text": "NAIROBI, Oct 30 (AFP) - Protesters set fire to a police station in Dar on "
                "Wednesday, witnesses said. A curfew was imposed in Dar."
            },
        ],
        engine="extractive",
    )
    names = [place.name for place in event.where]
    assert "Dar es Salaam" in names and "Dar" not in names, names


def test_a_count_of_journalists_is_disputed_beside_the_count_of_protesters() -> None:
    found = _disputes(
        (
            "ISTANBUL, March 24 (Reuters) - Police said 31 protesters were arrested, while "
            "organisers said more than 200 were detained. A press union said 17 journalists were "
            "detained while covering the protests in Istanbul overnight.",
            "2025-03-24",
        ),
        (
            "ISTANBUL, March 24 (AP) - Police said 12 journalists were detained while covering "
            "the protests in Istanbul overnight.",
            "2025-03-24",
        ),
    )
    assert [d for d in found if d.topic == "How many journalists were detained"]


def test_an_incident_named_by_its_date_keeps_it() -> None:
    found = _disputes(
        (
            "KHARTOUM, May 30 (Reuters) - Paramilitary fighters attacked a displacement camp near "
            "El Fasher on Wednesday. The health ministry said 43 people were killed in the May 28 "
            "attack on the camp. Local activists said 67 people died.",
            "2025-05-30",
        ),
        (
            "KHARTOUM, May 29 (AFP) - Fighters stormed a camp for displaced people near El Fasher "
            "on Wednesday, killing dozens, activists said.",
            "2025-05-29",
        ),
    )
    assert [d.topic for d in found if d.topic.startswith("How many were killed")] == [
        "How many were killed in the May 28 attack"
    ]


def test_a_long_scene_setting_lead_is_no_statement_of_the_event() -> None:
    from summarise.extractive.what import extract_what

    evidence = _evidence(
        (
            "VALENCIA, Spain, Oct 31 (Reuters) - When Maria Jose Lopez heard the neighbours "
            "shouting in the stairwell late on Tuesday evening, she thought at first that it was "
            "another argument about parking in the narrow street below her flat, until she looked "
            "out of the window and saw cars floating past her door.",
            "2025-10-31",
        ),
        (
            "VALENCIA, Oct 31 (AP) - Flash floods in eastern Spain killed at least 95 people, "
            "authorities said on Wednesday. Dozens of people are still missing.",
            "2025-10-31",
        ),
        (
            "MADRID, Oct 31 (AFP) - Spain's deadliest floods in decades killed at least 95 people "
            "in the Valencia region. Spain's weather agency had issued a red alert on Tuesday.",
            "2025-10-31",
        ),
    )
    assert not any("Maria Jose Lopez" in s.text for s in extract_what(evidence, max_words=250))


# A second review, of the rules that followed (70 cases, 24 worse than before, 12 better).


def test_a_crowd_told_by_another_gathering_is_not_the_crowd_estimated_before() -> None:
    for text in (
        "LAGOS, Nigeria, Aug 3 (Reuters) - Lagos state police said they estimated the crowd at "
        "about 3,000. Organisers of the Abuja march said more than 10,000 had taken part.",
        "LONDON, June 2 (Reuters) - Police put the crowd at the stadium at about 86,000. The "
        "London Ambulance Service said 45 had attended hospital with minor injuries.",
    ):
        assert not [d for d in _disputes((text, "2024-08-03")) if "crowd" in d.topic], text


def test_times_of_a_plan_set_against_each_other_are_no_dispute() -> None:
    found = _disputes(
        (
            "ODESA, Ukraine, Nov 18 (Reuters) - The strike hit the city centre at 11:40 a.m. "
            "Schools in the city will open at 10:00 a.m. instead of 8:30 a.m. for the rest of the "
            "week, the city council said.",
            "2024-11-18",
        ),
    )
    assert not [d for d in found if "time" in d.topic.lower() or "happened" in d.topic]


def test_the_real_figure_of_a_sum_is_no_toll() -> None:
    evidence = _evidence(
        (
            "VALENCIA, Spain, Nov 5 (Reuters) - Flash floods in eastern Spain killed 217 people "
            "and caused damage the insurers' consortium estimates at 3.5 billion euros. The real "
            "figure is 10 billion, the regional farmers' union AVA-Asaja said.",
            "2024-11-05",
        ),
    )
    assert [(f.kind, f.count) for f in all_figures(evidence)] == [("killed", 217)]


def test_no_longer_listed_as_missing_is_no_one_missing() -> None:
    evidence = _evidence(
        (
            "HALIFAX, Nova Scotia, Feb 4 (CP) - Three crew members are no longer listed as "
            "missing after they reached shore in a life raft, the coast guard said on Sunday.",
            "2025-02-04",
        ),
    )
    assert not [f for f in all_figures(evidence) if f.kind == "missing"]


def test_insisted_on_a_day_that_still_says_who_gave_the_figure() -> None:
    evidence = _evidence(
        (
            "CARACAS, Aug 5 (Reuters) - The Venezuelan interior ministry insisted on Monday that "
            "only 11 people had died in post-election unrest.",
            "2024-08-05",
        ),
    )
    assert [f.attributed_to for f in all_figures(evidence)] == ["Venezuelan interior ministry"]


def test_firefighters_who_evacuated_residents_are_not_displaced() -> None:
    evidence = _evidence(
        (
            "HONG KONG, Nov 27 (Reuters) - More than 700 firefighters who evacuated residents "
            "from neighbouring towers battled the blaze through the night.",
            "2025-11-27",
        ),
    )
    assert not [f for f in all_figures(evidence) if f.kind == "displaced"]


def test_lives_saved_beside_homes_saved_are_survivors() -> None:
    evidence = _evidence(
        (
            "DHAKA, May 28 (Reuters) - Officials said the early warnings had saved hundreds of "
            "homes and at least 400 lives along the coast.",
            "2024-05-28",
        ),
    )
    assert [(f.kind, f.count) for f in all_figures(evidence)] == [("survived", 400)]


def test_a_phrase_quoted_in_the_narration_is_not_the_speakers_words() -> None:
    from summarise.extractive.names import collect_entities
    from summarise.extractive.reactions import extract_reactions

    evidence = _evidence(
        (
            'KHARTOUM, June 10 (Reuters) - Asked about a leaked "shoot-on-sight order," army '
            'spokesman Nabil Abdallah said, "No such order exists and none was ever given."',
            "2024-06-10",
        ),
    )
    statements = [r.statement for r in extract_reactions(evidence, collect_entities(evidence))]
    assert statements == ["No such order exists and none was ever given"]


def test_new_people_named_by_a_number_are_no_breakdown_of_a_count() -> None:
    evidence = _evidence(
        (
            "ANKARA, Feb 9 (Reuters) - Twelve rescue workers were injured when a damaged building "
            "collapsed in Antakya on Thursday, the disaster agency AFAD said. Twelve rescue "
            "workers, seven from Greece and five from Azerbaijan, arrived in Antakya on Friday to "
            "replace them.",
            "2023-02-09",
        ),
    )
    from summarise.extractive.casualties import extract_casualties

    assert [c.breakdown for c in extract_casualties(evidence, all_figures(evidence))] == [None]


def test_a_city_better_known_than_a_longer_name_is_its_own_place() -> None:
    event = summarise.brief(
        [
            {
                "text": "SANTIAGO DE CUBA, Cuba, Oct 30 (Reuters) - Hurricane Melissa tore through "
                "eastern Cuba on Wednesday, flattening homes in Santiago de Cuba, the island's "
                "second-largest city, and killing at least three people, state media said. Chile's "
                "government said in Santiago it would send a plane with 20 tonnes of aid. More "
                "than 735,000 people were evacuated in Santiago de Cuba province."
            },
            {
                "text": "HAVANA (AP) - Hurricane Melissa battered eastern Cuba, with Santiago de "
                "Cuba hit hardest. Chilean officials in Santiago pledged emergency aid."
            },
        ],
        engine="extractive",
    )
    names = [place.name for place in event.where]
    assert "Santiago" in names and "Santiago de Cuba" in names, names


def test_a_single_reports_long_lead_is_a_statement() -> None:
    from summarise.extractive.what import extract_what

    evidence = _evidence(
        (
            "ISLAMABAD, Feb 8 (Reuters) - Pakistan's election commission said on Thursday that "
            "counting was under way in a general election marred by a nationwide mobile phone "
            "shutdown, allegations of rigging from the party of jailed former prime minister Imran "
            "Khan, and militant attacks that killed at least nine people in the restive provinces "
            "of Balochistan and Khyber Pakhtunkhwa. Turnout appeared low in several cities.",
            "2024-02-08",
        ),
    )
    assert any("counting was under way" in s.text for s in extract_what(evidence, max_words=250))


def test_a_dateline_is_not_who_gave_a_figure() -> None:
    evidence = _evidence(
        (
            "NAIROBI, June 27 (Reuters) - Kenyan police said 19 people were killed in protests "
            "against tax rises on Tuesday.",
            "2024-06-27",
        ),
    )
    assert [f.attributed_to for f in all_figures(evidence)] == ["Kenyan police"]


def test_a_count_reported_by_someone_is_theirs() -> None:
    evidence = _evidence(
        (
            "BUENOS AIRES, Argentina (AP) - A human rights group said Thursday that 41 people "
            "were detained during clashes, well above the 27 arrests reported by the government.",
            "2024-06-13",
        ),
    )
    assert [(f.count, f.attributed_to) for f in all_figures(evidence)] == [
        (41, "human rights group"),
        (27, "government"),
    ]


def test_an_evening_time_set_against_another_keeps_its_sides() -> None:
    # The side's value is "19:15"; its source writes "7:15 p.m.": the citation still backs it.
    event = summarise.brief(
        [
            {
                "text": "KYIV, May 3 (Reuters) - The explosion took place at about 7:15 p.m., the "
                "mayor said.",
                "published": "2025-05-03",
            },
            {
                "text": "KYIV, May 3 (AP) - The blast ripped through the market at 7:50 p.m., "
                "police said.",
                "published": "2025-05-03",
            },
        ],
        engine="extractive",
    )
    assert [[claim.value for claim in d.claims] for d in event.disputes] == [["19:15", "19:50"]]


def test_a_claim_of_twenty_past_seven_is_not_backed_by_a_quote_of_seven_thirty() -> None:
    from summarise.schema import Citation, Claim
    from summarise.support import citation_support_problem

    quote = "The explosion took place at 7:20 p.m."
    cited = Citation(source_id="S1", quote=quote, start=0, end=len(quote))
    claim = Claim(statement="The explosion at 7:20 p.m.", value="19:20", citations=[cited])
    assert citation_support_problem(claim, "The explosion took place at 7:30 p.m.") is not None
    assert citation_support_problem(claim, "The explosion took place at 7:20 p.m.") is None


# --- third review (stop 27): one person counted as one, parts of a toll, a night's count, whose
# count, pronouns and surnames. Each case read a rule of this stop too widely once.


def _brief(*articles: tuple[str, str]) -> summarise.EventBrief:
    return summarise.brief(
        [{"text": text, "published": day} for text, day in articles], engine="extractive"
    )


def _lines(*articles: tuple[str, str]) -> set[tuple[str, int | None]]:
    return {(c.kind, c.count) for c in _brief(*articles).casualties}


DAY = "2025-03-10"


def test_who_kills_himself_dies_and_who_kills_another_does_not() -> None:
    assert ("killed", 1) in _lines(
        ("A soldier killed himself with his service rifle at a barracks in Melun on Monday.", DAY)
    )
    assert ("killed", 1) in _lines(
        ("A worker died a horrible death when a boiler exploded near Dhaka on Monday.", DAY)
    )
    lines = _lines(
        ("Police said two youths killed a shopkeeper in a robbery in Leeds on Sunday.", DAY)
    )
    assert ("killed", 2) not in lines
    assert ("survived", 3) in _lines(("Three people survived the crash near Pokhara.", DAY))


def test_a_group_counted_alone_is_still_a_side_against_everyone_counted() -> None:
    (toll,) = [
        d
        for d in _disputes(
            (
                "Security forces killed 14 protesters during demonstrations in Zahedan on Friday, "
                "Iran's interior ministry said.",
                DAY,
            ),
            (
                "Security forces killed at least 40 people during demonstrations in Zahedan on "
                "Friday, Amnesty International said.",
                DAY,
            ),
        )
        if d.topic.startswith("How many were killed")
    ]
    assert {claim.value for claim in toll.claims} == {"14", "at least 40"}


def test_numbers_that_are_no_parts_of_a_toll_are_not_added_up() -> None:
    for text in (
        "Five people have been killed in two days of unrest in Dhaka, police said. On Monday, "
        "three protesters were killed and two buses were torched.",
        "An explosion at a school in Kabul killed 12 people, police said. The dead included "
        "seven children, five of them girls.",
    ):
        assert all(
            c.breakdown is None or "five of them" not in c.breakdown
            for c in _brief((text, DAY)).casualties
        ), text
        assert not any("buses" in (c.breakdown or "") for c in _brief((text, DAY)).casualties)


def test_overcome_by_smoke_or_lying_in_hospital_is_not_dead() -> None:
    assert ("killed", 4) not in _lines(
        (
            "Four firefighters succumbed to smoke inhalation and were taken to hospital, where "
            "they were treated and released, the fire service said.",
            DAY,
        )
    )
    assert ("killed", 30) not in _lines(
        ("Four people died and 30 in hospital with burns after a gas cylinder exploded.", DAY)
    )


def test_two_voices_counting_an_attack_of_one_night_are_a_dispute() -> None:
    found = _disputes(
        (
            "Russian drone strikes killed 12 people overnight in Odesa, the regional governor "
            "said. The city's mayor said nine people had been killed overnight in Odesa.",
            DAY,
        ),
    )
    assert any({c.value for c in d.claims} == {"9", "12"} for d in found)


def test_the_event_or_its_day_owns_no_count() -> None:
    found = _disputes(
        (
            "Rescuers pulled more survivors from the rubble on Monday. The quake's death toll is "
            "now 2,100. The disaster agency AFAD said 1,900 people had died.",
            DAY,
        ),
    )
    assert not any(claim.attributed_to == "quake" for d in found for claim in d.claims)


def test_a_subset_or_one_city_of_a_group_is_no_rival_count() -> None:
    for text in (
        "The interior ministry said 52 officers were injured in the clashes. A police union "
        "said 12 officers were hospitalised.",
        "Police said 30 officers were injured in Lyon. Nationwide, the interior ministry said, "
        "79 officers had been injured.",
    ):
        assert not [d for d in _disputes((text, DAY)) if "injured" in d.topic], text


def test_he_is_whom_the_article_makes_him_whatever_the_given_name() -> None:
    def speakers(*texts: str) -> set[str]:
        return {r.speaker for r in _brief(*[(t, DAY) for t in texts]).reactions}

    assert "Kim Jong Un" in speakers(
        "North Korean leader Kim Jong Un oversaw the test of a new cruise missile on Sunday, "
        'state media KCNA reported. "Our nuclear deterrent is ready for action," he said.'
    )
    assert "Andrea Orlando" in speakers(
        "A bridge collapsed near Genoa on Monday, killing six people. Opposition lawmaker Andrea "
        "Orlando visited the site in the afternoon. The bridge had been inspected in May. "
        '"This tragedy was foretold, and the government ignored every warning," he said.'
    )
    assert "Yassine Bouzrou" in speakers(
        "Yassine Bouzrou, the family's lawyer, said the video contradicted the police account. "
        'The officers had claimed the car drove at them. "This is a lie, and the video proves '
        'it," he told France Info.'
    )
    assert "Hunter Biden" not in speakers(
        "President Joe Biden said on Sunday he had pardoned his son. Joe Biden had repeatedly "
        "said he would not do so.",
        "President Biden on Sunday pardoned his son, Hunter Biden, who faced sentencing on gun "
        'and tax charges. "Hunter was singled out only because he is my son," Biden said.',
    )


# --- fourth review (stop 27): the rules written after the third review, read too widely once.


def test_then_after_a_sentence_that_tells_no_harm_is_the_event_s_own_toll() -> None:
    (toll,) = [
        c
        for c in _brief(
            (
                "A huge blast ripped through Beirut port on Tuesday. The port's warehouse stored "
                "ammonium nitrate seized in 2014. Health Minister Hamad Hassan then said 78 "
                "people had been killed.",
                DAY,
            )
        ).casualties
        if c.count == 78
    ]
    assert not toll.background


def test_survivors_of_any_event_and_a_toll_of_yesterday_are_counted() -> None:
    assert ("survived", 2) in _lines(("Two climbers survived the avalanche on Monday.", DAY))
    assert ("killed", 65) in _lines(
        (
            "A boat carrying migrants capsized off Yemen on Sunday. The toll climbed to 65 "
            "yesterday after rescuers found more bodies, the IOM said.",
            DAY,
        )
    )


def test_a_government_s_toll_keeps_whose_government_it_is() -> None:
    voices = {
        c.attributed_to
        for c in _brief(
            (
                "RSF drones struck a camp in El Fasher on Tuesday. The army-aligned government's "
                "toll of 40 was rejected by the RSF, which said 5 people died.",
                DAY,
            )
        ).casualties
        if c.count == 40
    }
    assert voices == {"army-aligned government"}


def test_so_far_this_year_and_so_far_of_another_clause_take_no_side_away() -> None:
    tolls = _disputes(
        ("Russian drones killed 12 people in Kyiv overnight, officials said.", DAY),
        (
            "Officials said 15 people were killed in the overnight attack on Kyiv, in what the "
            "mayor said was the heaviest so far this year.",
            DAY,
        ),
    )
    assert any({c.value for c in d.claims} == {"12", "15"} for d in tolls)
    oil = _disputes(
        (
            "Investigators have so far found no cause for the fire, but the ship spilled about "
            "300 tonnes of oil into the sea, the environment ministry said.",
            DAY,
        ),
        (
            "Environmental groups said the burning container ship spilled as much as 1,500 "
            "tonnes of oil off Sri Lanka's west coast.",
            DAY,
        ),
    )
    assert any({"about 300", "1,500"} <= {c.value or "" for c in d.claims} for d in oil), [
        [c.value for c in d.claims] for d in oil
    ]


def test_a_revision_of_the_wounded_is_not_the_dispute_of_the_dead() -> None:
    found = _disputes(
        (
            "The Taliban said 12 people were killed in the blast, while hospital staff said 15 "
            "died.",
            DAY,
        ),
        ("Officials revised the number of wounded from 12 to 15 on Tuesday.", DAY),
    )
    assert any(d.topic.startswith("Revised figure") for d in found), [d.topic for d in found]


def test_a_person_named_like_a_newspaper_is_still_a_person() -> None:
    event = _brief(
        (
            "A gunman killed three people at a warehouse on Monday before shooting himself, "
            "police said. Kent County Sheriff Tom Post said the gunman was a former employee. "
            '"He came in with a plan," Post told reporters.',
            DAY,
        )
    )
    assert "Tom Post" in {actor.name for actor in event.who}


# --- a hostile review of stop 28's rules (populations, shares, towns' sites, portfolios,
# accounts in a relative clause, causes, supply counts, "that figure", announced disputes,
# a denial's occasion, "last Friday") ------------------------------------------------------


def _shown(*articles: tuple[str, str]) -> list[str]:
    return [c.description.split(":")[0] for c in _brief(*articles).casualties]


def test_a_town_moved_or_a_share_of_others_keeps_what_the_sentence_says() -> None:
    day = "2026-03-10"
    assert _shown(("A town of 3,000 was evacuated on Monday as the volcano erupted.", day)) == [
        "3,000 evacuated"
    ]
    told = _shown(
        (
            "Police said six people were arrested, two of them seriously, after clashes on "
            "Monday in which 11 people were injured.",
            day,
        )
    )
    assert not any("seriously" in line for line in told), told
    told = _shown(
        (
            "The tanker fire killed four people, two of them badly burned beyond recognition, "
            "and injured seven others, police said.",
            day,
        )
    )
    assert told == ["4 killed", "7 injured"], told


def test_a_country_or_a_speaker_owns_a_person_not_a_site() -> None:
    event = _brief(
        (
            "PARIS (Reuters) - France's Macron on Monday condemned the attack on the embassy in "
            "Bamako, which killed two guards. Macron said those responsible would be found.",
            "2026-03-10",
        ),
        (
            "PARIS (AFP) - France's Macron vowed a firm response after two guards were killed in "
            "the attack on the French embassy in Mali on Monday.",
            "2026-03-10",
        ),
    )
    assert "Macron" not in [place.name for place in event.where]


def test_a_list_of_people_before_a_title_is_no_portfolio() -> None:
    event = _brief(
        (
            "Ruto, Museveni and Tanzanian President Samia Suluhu Hassan met in Arusha on Monday "
            "after floods killed 60 people across the region, officials said.",
            "2026-03-10",
        )
    )
    roles = {actor.name: actor.role for actor in event.who if actor.name.startswith("Samia")}
    assert list(roles.values()) == ["Tanzanian President"], roles


def test_no_dispute_from_a_clause_that_gives_no_account_or_a_cause_of_what_followed() -> None:
    day = "2026-03-10"
    assert not _disputes(
        (
            "Fire officials said the blaze that killed three people was accidental, "
            "contradicting residents, who live in the block next door.",
            day,
        ),
        (
            "The government said the landslide that killed 18 people could not have been "
            "foreseen, disputing the opposition, which has called for protests on Friday.",
            day,
        ),
    )
    found = _disputes(
        ("Police said a drunk driver caused the crash that killed two people on Monday.", day),
        (
            "Officials said the crash caused a blackout in the neighbourhood, but power was "
            "restored by evening. Two people died.",
            day,
        ),
    )
    assert not [d for d in found if d.topic.startswith("What caused it")]


def test_homes_destroyed_and_customers_cut_off_are_two_counts() -> None:
    day = "2026-03-10"
    assert not _disputes(
        ("The tornado destroyed 40 houses in Mobile County on Monday, officials said.", day),
        (
            "About 120,000 customers were without power in Mobile County after the tornado on "
            "Monday, the utility said.",
            day,
        ),
        (
            "The storm left about 12,000 customers without electricity on Monday, the company "
            "said. This number does not include 4,000 customers in the north whose power was "
            "cut on Sunday, it said.",
            day,
        ),
    )


def test_a_disagreement_of_others_announced_sets_no_two_statements_against_each_other() -> None:
    assert not _disputes(
        (
            "Residents and officials have long disagreed over the building's safety: "
            "firefighters said the blaze started in a kitchen on the third floor; police said "
            "12 people were rescued from the roof.",
            "2026-03-10",
        )
    )


def test_what_a_denial_is_about_is_kept_when_it_opens_the_sentence() -> None:
    found = _disputes(
        (
            "Residents said police shot three men during the raid on Kibera on Monday, while "
            "the governor said the raid had been planned for weeks. During the raid, police "
            "denied that officers had opened fire.",
            "2026-03-10",
        )
    )
    assert [d for d in found if d.topic.startswith("Denied by")], [d.topic for d in found]


def test_the_last_friday_prayers_are_the_final_ones_not_a_week_back() -> None:
    from datetime import date

    from summarise.dates import find_time_expressions

    found = find_time_expressions(
        "A suicide bomber struck worshippers leaving the last Friday prayers of Ramadan.",
        date(2026, 3, 14),
    )
    assert [(e.text, e.iso) for e in found] == [("last Friday", "2026-03-13")]


# --- a second hostile review of stop 28 (denials, blame, speakers, voices, condolences, the
# timeline's days) -----------------------------------------------------------------------------


def test_blame_in_another_voice_or_denied_is_no_account_of_its_own() -> None:
    day = "2026-02-18"
    found = _disputes(
        (
            "Villagers said rescue teams took two days to reach Quilcas after the landslide. "
            "Interior minister Carla Ruiz said Peruvians should not blame the rescue teams for "
            "the slow response.",
            day,
        ),
        (
            "The civil defence agency denied that its rescue teams had been slow to reach Quilcas.",
            day,
        ),
    )
    assert not any(claim.attributed_to == "Peruvians" for d in found for claim in d.claims)
    found = _disputes(
        (
            "Police prefect Arnaud Keller has blamed part of the violence on drug-trafficking "
            "networks, a claim community groups in the northern districts do not reject, saying "
            "the networks have grown.",
            day,
        ),
    )
    assert not [d for d in found if d.topic.startswith("Denied by")]


def test_a_body_named_by_its_country_is_not_the_body_of_another() -> None:
    from summarise.extractive.disputes import _same_voice

    assert not _same_voice("army", "Rwandan Army")
    assert not _same_voice("government", "Puntland Government")
    assert _same_voice("Tokenov", "Zhambyl Tokenov")


def test_condolences_beside_a_charge_keep_the_charge_ranked() -> None:
    from summarise.extractive.reactions import _only_ritual

    assert _only_ritual("Our thoughts are with the injured and their families")
    assert not _only_ritual(
        "Our thoughts are with the families, but the company must answer for this negligence"
    )
    assert not _only_ritual("Our hearts go out to the families. We failed them, and I will resign")


def test_a_day_set_against_a_verb_by_since_or_before_is_the_nouns() -> None:
    from datetime import date

    from summarise import nlp
    from summarise.dates import find_time_expressions
    from summarise.evidence import SentenceRef
    from summarise.extractive.when import DatedSentence, _telling

    text = (
        "Fuel prices have risen by a third since the government's announcement on Monday, and "
        "queues have formed."
    )
    (doc,) = nlp.parse([text])
    (expression,) = find_time_expressions(text, date(2026, 2, 18))
    told = _telling(
        doc, DatedSentence(expression, SentenceRef("S1", 0, len(text), text, 0), 1.0, False)
    )
    assert told is not None and told[1] == "The government's announcement"


# --- third review (stop 29): 'no one' lines, agent nouns, day disputes, 'no such', definitions


def test_a_place_that_becomes_the_first_to_act_is_news() -> None:
    from summarise.extractive.what import extract_what

    evidence = build_evidence(
        load_articles(
            [
                {
                    "text": "PARIS (Reuters) - French lawmakers voted 780-72 on Monday to amend "
                    "the constitution. France is the first country to explicitly guarantee a "
                    "woman's right to abortion in its constitution. The tower was lit up.",
                    "published": "2024-03-04",
                },
                {
                    "text": "PARIS (AP) - Parliament approved the amendment on Monday. France is "
                    "the first country to explicitly guarantee a woman's right to abortion in its "
                    "constitution. Groups protested outside.",
                    "published": "2024-03-04",
                },
            ]
        ).articles
    )
    texts = [s.text for s in extract_what(evidence, 250)]
    assert any(t.startswith("France is the first country") for t in texts), texts


# --- third review (stop 30): treated, clock times of alerts and blackouts, sums of money ---

_Case = list[tuple[str, str]]


def _brief_of(articles: _Case) -> summarise.EventBrief:
    return summarise.brief(
        [{"text": text, "published": day} for text, day in articles], engine="extractive"
    )


_TREATED_AS_NO_HARM: list[_Case] = [
    [  # c01
        (
            "A lighting rig collapsed onto the stage at the Riverside Arena in Leeds "
            "on Saturday night, injuring seven people, police said. The band had "
            "treated 20,000 fans to a two-hour set before the structure gave way "
            "during the encore. Two of the injured were stagehands, West Yorkshire "
            "Police said. The venue said it would review its safety procedures.",
            "2026-03-10",
        ),
    ],
    [  # c04
        (
            "Nurses at Lagos General Hospital walked out on Tuesday over unpaid "
            "wages, the nurses' union said. Union leaders said staff had treated 400 "
            "patients a week with half the usual number of nurses since January. The "
            "hospital's management said emergency services would continue during the "
            "strike. Talks with the state government are due on Friday.",
            "2026-03-10",
        ),
    ],
    [  # c07
        (
            "Opposition candidate Amina Yusuf held her final rally in Kano on "
            "Saturday ahead of next week's election, her campaign said. Party "
            "officials said 5,000 supporters were treated to free meals and music at "
            "the stadium. Police said the rally passed off peacefully. Two rival "
            "supporters were arrested for fighting outside, police said.",
            "2026-03-10",
        ),
    ],
    [  # c08
        (
            "A power cut left much of Santiago without electricity for six hours on "
            "Monday, the grid operator said. The city's main hospital treated 60 "
            "patients on backup generators during the blackout, its director said. No"
            " injuries were reported. The operator blamed a fault at a substation.",
            "2026-03-10",
        ),
    ],
    [  # c09
        (
            "Britain's financial regulator fined Northgate Bank 42 million pounds on "
            "Wednesday over its handling of mortgage arrears. The Financial Conduct "
            "Authority said 30,000 customers were treated unfairly between 2018 and "
            "2022. The bank said it had already paid redress to those affected. Its "
            "shares fell 2 percent.",
            "2026-03-10",
        ),
    ],
    [  # c11
        (
            "The Italian coastguard rescued 140 migrants from an overcrowded boat off"
            " Lampedusa on Friday, a spokesman said. Two people were found dead on "
            "board. The spokesman said the 140 migrants were treated with respect and"
            " given food and blankets at the reception centre. Prosecutors opened an "
            "investigation into the boat's captain.",
            "2026-03-10",
        ),
    ],
    [  # c68
        (
            "A nationwide blackout hit Cuba on Friday after a power plant failed, the"
            " energy ministry said. In Havana, 80 patients were treated by "
            "candlelight at the Calixto Garcia hospital. No deaths were blamed on the"
            " outage, officials said.",
            "2026-03-10",
        ),
    ],
    [  # c75
        (
            "A fire broke out in the basement of St Luke's Hospital in Manila on "
            "Sunday, and 3 patients died, the fire bureau said. The hospital, which "
            "treated 5,000 patients last year, evacuated 200 people. The fire bureau "
            "said the blaze was caused by faulty wiring.",
            "2026-03-10",
        ),
    ],
]


@pytest.mark.parametrize("articles", _TREATED_AS_NO_HARM)
def test_treated_to_unfairly_with_by_candlelight_or_as_a_rate_is_no_casualty(
    articles: _Case,
) -> None:
    assert not [c for c in _brief_of(articles).casualties if "treated" in c.description]


_TWO_MOMENTS: list[_Case] = [
    [  # c29
        (
            "A fire swept through a care home in Kortrijk early on Wednesday, killing"
            " three residents, the fire service said. The fire alarm sounded at 2:10 "
            "a.m., staff said. Forty residents were evacuated.",
            "2026-03-10",
        ),
        (
            "Three elderly residents died when fire broke out at a care home in "
            "Kortrijk, Belgium, on Wednesday. The fire broke out at 2:40 a.m. in a "
            "laundry room, the fire service said. Investigators are examining the "
            "building's alarm system.",
            "2026-03-10",
        ),
    ],
    [  # c30
        (
            "A fault at a substation cut electricity to most of Lisbon on Tuesday "
            "morning. The grid operator REN said power failed at 5:30 a.m. across the"
            " city. Power was restored at 6:15 a.m., utility EDP said. The metro was "
            "halted and traffic lights went dark, but no injuries were reported.",
            "2026-03-10",
        ),
    ],
    [  # c31
        (
            "A blackout hit northern Karachi at 4:38 a.m. on Friday, K-Electric said,"
            " leaving a million people without power. Hospitals switched to "
            "generators.",
            "2026-03-10",
        ),
        (
            "A separate outage struck southern Karachi at 5:50 a.m., after a "
            "transmission line tripped, K-Electric said. Power returned to both areas"
            " by noon.",
            "2026-03-10",
        ),
    ],
    [  # c33
        (
            "A fishing trawler sank in the North Sea on Monday night, and five of her"
            " seven crew were rescued, the coastguard said. A distress message was "
            "sent at 11:02 p.m., the owner said. The message was read at 11:40 p.m., "
            "according to the coastguard. Two crew members are missing.",
            "2026-03-10",
        ),
    ],
    [  # c34
        (
            "A passenger train derailed near Ghent on Monday, injuring 14 people, the"
            " operator said. The train derailed at 7:12 a.m., operator SNCB said. "
            "After the derailment, an alert went out to hospitals at 7:40 a.m., the "
            "health ministry said.",
            "2026-03-10",
        ),
    ],
    [  # c36
        (
            "A magnitude 6.8 earthquake struck off the coast of Hokkaido on Friday, "
            "the Japan Meteorological Agency said. The agency said a tsunami warning "
            "was issued at 7:00 a.m. for the Pacific coast. The warning was cancelled"
            " at 7:30 a.m., public broadcaster NHK said. There were no reports of "
            "damage.",
            "2026-03-10",
        ),
    ],
    [  # c37
        (
            "Part of a stand collapsed during a football match in Guatemala City on "
            "Sunday, injuring 30 fans, the fire brigade said. The stand collapsed at "
            "9:20 p.m., the fire brigade said.",
            "2026-03-10",
        ),
        (
            "Following the collapse, a message appeared on the stadium screens at "
            "9:45 p.m. telling fans to leave calmly, the club said. Thirty fans were "
            "hurt, firefighters said.",
            "2026-03-10",
        ),
    ],
    [  # c77
        (
            "Senegal's President addressed the nation on election night as results "
            "came in. In a message posted at 8:15 p.m., the president urged calm.",
            "2026-03-10",
        ),
        (
            "In a second message posted at 8:40 p.m., the president congratulated "
            "voters on a peaceful election, his office said.",
            "2026-03-10",
        ),
    ],
    [  # c78
        (
            "A landslide buried homes in the Indonesian village of Sukajaya on "
            "Wednesday, killing 7 people. The landslide warning was issued at 5:00 "
            "a.m., the disaster agency said.",
            "2026-03-10",
        ),
        (
            "The landslide struck Sukajaya at 6:10 a.m., burying homes, the disaster "
            "agency said. Seven people died.",
            "2026-03-10",
        ),
    ],
]


@pytest.mark.parametrize("articles", _TWO_MOMENTS)
def test_an_alarm_and_the_fire_a_message_sent_and_read_or_two_outages_are_no_time_dispute(
    articles: _Case,
) -> None:
    assert not [d for d in _brief_of(articles).disputes if d.topic.startswith("When ")]


_TWO_SUMS: list[_Case] = [
    [  # c39
        (
            "Airline Andes Air settled its lawsuit against engine maker Rolls-Royce "
            "on Monday over a 2023 engine fire that grounded its fleet. The airline "
            "had sought $41 million in damages but settled for $12 million, court "
            "filings showed. No one was hurt in the fire. Rolls-Royce declined to "
            "comment.",
            "2026-03-10",
        ),
    ],
    [  # c41
        (
            "Floods in Slovenia have killed four people and displaced thousands, "
            "officials said. The European Union pledged 5 million euros in aid for "
            "flood victims on Tuesday.",
            "2026-03-10",
        ),
        (
            "Germany announced 2 million euros in aid for flood victims in Slovenia "
            "on Tuesday, where four people have died.",
            "2026-03-10",
        ),
    ],
    [  # c43
        (
            "Hurricane Delia tore through the Bahamas on Sunday, killing three "
            "people, officials said. Insurers estimated insured losses at $1.2 "
            "billion, while total damage was put at $3 billion by the government. "
            "Power remained out across Grand Bahama.",
            "2026-03-10",
        ),
    ],
    [  # c46
        (
            "Airbus reported a quarterly loss of $120 million on Thursday, hit by "
            "delays at its helicopter unit.",
            "2026-03-10",
        ),
        (
            "Airbus said on Thursday that losses at its helicopter unit for the full "
            "year reached $450 million.",
            "2026-03-10",
        ),
    ],
    [  # c49
        (
            "Allianz took a $150 million charge for Storm Ciaran claims in the fourth"
            " quarter, the insurer said on Thursday.",
            "2026-03-10",
        ),
        (
            "Munich Re took a $90 million charge for Storm Ciaran claims in the "
            "fourth quarter, the reinsurer said on Thursday.",
            "2026-03-10",
        ),
    ],
    [  # c54
        (
            "A Texas jury on Wednesday awarded $4 million in damages to the family of"
            " a worker killed in a 2022 refinery fire in Houston.",
            "2026-03-10",
        ),
        (
            "The family of a worker killed in a 2022 refinery fire in Houston had "
            "sought $25 million in damages from the refinery owner. A jury ruled in "
            "their favour on Wednesday.",
            "2026-03-10",
        ),
    ],
    [  # c70
        (
            "A storm damaged Dublin Airport on Friday. Repairs to the north runway "
            "will cost 14 million euros, the airport authority said. Repairs to the "
            "damaged terminal roof will cost 6 million euros, the airline Ryanair "
            "said. Flights resumed on Saturday.",
            "2026-03-10",
        ),
    ],
    [  # c74
        (
            "Colombian police seized cocaine worth $30 million at the port of "
            "Buenaventura on Tuesday, the defence ministry said.",
            "2026-03-10",
        ),
        (
            "Colombian police seized $2 million in cash at the port of Buenaventura "
            "on Tuesday, the defence ministry said.",
            "2026-03-10",
        ),
    ],
    [  # c80
        (
            "Protests against pension reform turned violent in Lyon on Thursday, and "
            "40 people were arrested, police said. The mayor said the protesters "
            "caused damage estimated at 3 million euros across the city. The interior"
            " ministry said 1 million euros of damage was done to police vehicles.",
            "2026-03-10",
        ),
    ],
    [  # c82
        (
            "Enbridge agreed to pay $300 million to settle claims over the 2025 "
            "pipeline spill in Michigan, the company said on Monday.",
            "2026-03-10",
        ),
        (
            "Enbridge had set aside $500 million to cover claims over the 2025 "
            "pipeline spill in Michigan, the company said on Monday.",
            "2026-03-10",
        ),
    ],
    [  # c51
        (
            "The U.S. House passed a $1.2 trillion spending bill on Friday, averting "
            "a government shutdown, congressional leaders said. The Senate had "
            "earlier passed its own $1.5 trillion bill, Senate leaders said. The two "
            "chambers must now reconcile their versions.",
            "2026-03-10",
        ),
    ],
    [  # c53
        (
            "Flooding washed away part of the R61 near Mthatha on Monday, causing "
            "damage that is still being assessed, the Eastern Cape roads department "
            "said.",
            "2026-03-10",
        ),
        (
            "The R56 near Mthatha was also closed on Monday after flood damage, the "
            "Eastern Cape roads department said.",
            "2026-03-10",
        ),
    ],
]


@pytest.mark.parametrize("articles", _TWO_SUMS)
def test_two_sums_of_two_things_or_not_money_are_no_dispute(articles: _Case) -> None:
    assert not [
        d for d in _brief_of(articles).disputes if d.topic.startswith(("What it cost", "How much"))
    ]


@pytest.mark.parametrize(
    "articles",
    [
        [  # c15
            (
                "Armed robbers attacked a cash-in-transit van on the N1 near Polokwane on"
                " Wednesday, police said. The only one killed was a security guard, "
                "police spokesman Thabo Mokoena said. Two other guards were wounded. The "
                "robbers escaped with an undisclosed sum.",
                "2026-03-10",
            ),
        ],
        [  # c16
            (
                "Two climbers died in an avalanche on Mont Blanc on Saturday, the "
                "gendarmerie said. A third one died in hospital on Sunday, the prefecture"
                " said. Rescuers said a fourth climber was found alive. The avalanche "
                "struck at about 3,800 metres.",
                "2026-03-10",
            ),
        ],
    ],
)
def test_the_only_one_killed_and_a_third_one_are_counts(articles: _Case) -> None:
    assert [c for c in _brief_of(articles).casualties if c.kind == "killed" and c.count == 1]


def test_no_one_among_the_hospitalised_badly_hurt_keeps_their_count() -> None:
    articles = [  # c19
        (
            "A tram collided with a delivery truck in central Zagreb on Wednesday "
            "morning, city officials said. No one among the 9 people taken to "
            "hospital was badly hurt, the emergency service said. The truck driver "
            "was questioned by police.",
            "2026-03-10",
        ),
    ]
    assert [c for c in _brief_of(articles).casualties if c.count == 9]


@pytest.mark.parametrize(
    ("articles", "name"),
    [
        (
            [  # c21
                (
                    "A fire destroyed a furniture warehouse in Dayton, Ohio, on Tuesday, "
                    "killing one worker, Police Chief Marcus Hill said. Hill said "
                    "investigators had found no sign of arson. About 60 firefighters "
                    "fought the blaze for five hours. Hill added that two firefighters "
                    "were treated for heat exhaustion.",
                    "2026-03-10",
                ),
            ],
            "Marcus Hill",
        ),
        (
            [  # c24
                (
                    "Thieves tunnelled into the vault of a jewellery store in Antwerp "
                    "over the weekend, police said. Chubb Locks, which supplied the vault"
                    " door, said its systems had not been breached. The store's owner "
                    "said the thieves took diamonds worth about 10 million euros. Chubb "
                    "Locks said it was cooperating with investigators.",
                    "2026-03-10",
                ),
            ],
            "Chubb Locks",
        ),
        (
            [  # c27
                (
                    "Regulators closed Heartland Community Bank in Little Rock on Friday,"
                    " the Federal Deposit Insurance Corporation said. Rep. French Hill "
                    "said depositors would be protected. Hill, who chairs the House "
                    "Financial Services Committee, said he would hold hearings. The bank "
                    "had $1.2 billion in assets.",
                    "2026-03-10",
                ),
            ],
            "French Hill",
        ),
    ],
)
def test_people_and_companies_named_hill_or_locks_are_actors(articles: _Case, name: str) -> None:
    assert name in [entity.name for entity in _brief_of(articles).who]


def test_until_now_in_a_clause_about_the_speaker_makes_no_partial_count() -> None:
    articles = [  # c61
        (
            "Gunmen attacked a village in Zamfara state on Sunday. The health "
            "ministry said 40 people were killed. A military spokesman, who until now"
            " had declined to comment, said 25 people were killed in the attack. "
            "Residents said the gunmen stole cattle.",
            "2026-03-10",
        ),
    ]
    found = _brief_of(articles).disputes
    assert [d for d in found if {c.value for c in d.claims} >= {"25", "40"}]


# --- fourth review (stop 30): what the third review's fixes still read too much ---

_CALLS_POWER_AND_TWO_MOMENTS: list[_Case] = [
    [  # d10
        (
            "Russian President Vladimir Putin and Turkish President Tayyip Erdogan "
            "spoke by phone on Monday. The Kremlin said the call began at 14:00 "
            "Moscow time and lasted 40 minutes. Erdogan's office said a call between "
            "Erdogan and Ukrainian President Volodymyr Zelenskiy took place at 15:10.",
            "2026-03-09",
        ),
    ],
    [  # d11
        (
            "Union leaders called a general strike across the country's ports on "
            "Thursday. The union's call for the strike came at 10:00 a.m., spokesman "
            "Jan Novak said. The employers' federation said its call for urgent talks"
            " went out at 11:00 a.m.",
            "2026-03-12",
        ),
    ],
    [  # d12
        (
            "Power will be handed over to the new government at 10:00 a.m. on Friday,"
            " the electoral commission said. Power to the presidential palace was "
            "briefly cut at 10:40 a.m. during a rehearsal on Thursday, the state "
            "utility said.",
            "2026-03-12",
        ),
    ],
    [  # d13
        (
            "Shares in Nordbank collapsed on Wednesday after the lender disclosed "
            "losses on property loans. The collapse in its shares began at 10:20 "
            "a.m., traders said. Analysts said a collapse in the bank's bonds "
            "followed at 11:30 a.m.",
            "2026-03-11",
        ),
    ],
    [  # d14
        (
            "President Ilham Sadikov addressed the nation on Sunday evening. His "
            "televised message was broadcast at 8:00 p.m., the presidential press "
            "office said. Opposition leader Arif Demir said his own message to "
            "supporters was posted on social media at 9:15 p.m.",
            "2026-03-08",
        ),
    ],
    [  # d15
        (
            "A magnitude 6.4 earthquake struck off the coast of Hualien early on "
            "Tuesday. The quake struck at 4:17 a.m., the Central Weather "
            "Administration said. The U.S. Geological Survey said a tremor of "
            "magnitude 5.1 followed at 5:02 a.m. No injuries were reported.",
            "2026-03-10",
        ),
    ],
    [  # d16
        (
            "Fire chief Ana Ruiz said the blaze at the furniture warehouse broke out "
            "at 2:10 a.m. and took four hours to bring under control. Police said a "
            "fire in a parked car nearby, which they are treating as arson, started "
            "at 3:05 a.m. No one was hurt.",
            "2026-03-09",
        ),
    ],
    [  # d17
        (
            "A gas explosion destroyed a four-storey apartment block in Lyon on "
            "Monday, killing three people. The explosion happened at 6:40 a.m., the "
            "prefect said.",
            "2026-03-09",
        ),
        (
            "Demolition crews on Friday brought down what remained of the apartment "
            "block in Lyon. City officials said a controlled explosion took place at "
            "7:15 a.m.",
            "2026-03-13",
        ),
    ],
    [  # d19
        (
            "A tornado tore through Moore, Oklahoma, on Tuesday afternoon, destroying"
            " dozens of homes. The National Weather Service said its tornado warning "
            "was issued at 4:10 p.m. County emergency manager Tom Hale said the "
            "county's own warning went out by text message at 4:32 p.m.",
            "2026-03-10",
        ),
    ],
    [  # d58
        (
            "Flight BA117 landed at Heathrow at 9:10 a.m., the airline said. Climate "
            "protesters gathered at Heathrow at 9:30 a.m., police said.",
            "2026-03-09",
        ),
    ],
    [  # d64
        (
            "A fire gutted an apartment building in Bronx on Sunday. The emergency "
            "call came at 2:52 a.m., the fire department said.",
            "2026-03-09",
        ),
        (
            "Investigators said a call to the building's owner at 3:30 a.m. went "
            "unanswered, a week after the fire in the Bronx.",
            "2026-03-16",
        ),
    ],
    [  # d65
        (
            "A five-storey building under construction collapsed in Lagos on Monday, "
            "killing six workers. The building collapsed at 2:40 p.m., the fire "
            "service said.",
            "2026-03-09",
        ),
        (
            "A crane collapsed at 3:30 p.m. on Wednesday while clearing the rubble of"
            " the building in Lagos, the contractor said.",
            "2026-03-11",
        ),
    ],
    [  # d66
        (
            "Troops stormed the presidential palace in Niamey before dawn on "
            "Wednesday. President Bazoum lost power at 3:15 a.m., when his guard "
            "turned against him, an aide said. Power to the palace was cut at 2:50 "
            "a.m., state television said.",
            "2026-03-11",
        ),
    ],
    [  # d70
        (
            "A fire destroyed a restaurant in Bergen on Friday night. The fire "
            "started at 2:10 a.m. in the kitchen, the owner said. The fire service "
            "said the fire was spotted by a passer-by at 2:35 a.m.",
            "2026-03-14",
        ),
    ],
    [  # d71
        (
            "The fire broke out at 2:40 a.m. at a warehouse in Dortmund, police said."
            " Firefighters put out the blaze at 3:50 a.m., the fire brigade said. No "
            "one was hurt.",
            "2026-03-10",
        ),
    ],
    [  # d74
        (
            "Shares of Kessler Foods plunged after a profit warning on Tuesday. The "
            "company's profit warning was issued at 7:00 a.m., the London Stock "
            "Exchange said. Rival Brennan Group's profit warning followed at 7:30 "
            "a.m., analysts said.",
            "2026-03-10",
        ),
    ],
]


@pytest.mark.parametrize("articles", _CALLS_POWER_AND_TWO_MOMENTS)
def test_calls_power_in_politics_market_collapses_and_two_moments_are_no_time_dispute(
    articles: _Case,
) -> None:
    assert not [d for d in _brief_of(articles).disputes if d.topic.startswith("When ")]


def test_a_fire_that_reached_a_town_at_two_times_stays_a_dispute() -> None:
    articles = [  # d69
        (
            "A wildfire swept into the town of Paradise on Thursday. The fire reached"
            " the town at 8:05 a.m., Cal Fire said.",
            "2026-03-12",
        ),
        (
            "The fire reached the town at 7:10 a.m., according to the town's police chief.",
            "2026-03-12",
        ),
    ]
    assert [d for d in _brief_of(articles).disputes if d.topic.startswith("When ")]


_TREATED_IN_OTHER_TIMES: list[_Case] = [
    [  # d22
        (
            "Gunmen attacked a clinic run by Medecins Sans Frontieres in the town of "
            "Mweso, killing two staff members, the charity said. The clinic's staff "
            "had treated more than 40,000 patients since it opened in 2019.",
            "2026-03-11",
        ),
    ],
    [  # d23
        (
            "Five people were killed when a bus overturned on the A1 near Newark on "
            "Sunday. The injured were taken to Lincoln County Hospital, whose staff "
            "treated more than 15,000 patients in 2025.",
            "2026-03-08",
        ),
    ],
    [  # d24
        (
            "A stage collapsed at the Riverfront music festival in Louisville on "
            "Saturday, injuring six people, police said. Medical teams treated 87 "
            "people during the three-day festival, organisers said, most of them "
            "before the collapse.",
            "2026-03-08",
        ),
    ],
    [  # d57
        (
            "Junior doctors at Leeds General Infirmary began a 48-hour walkout on "
            "Monday over pay. Senior doctors treated about 400 patients in the "
            "emergency department, the hospital trust said. The union said talks "
            "would resume next week.",
            "2026-03-09",
        ),
    ],
    [  # d72
        (
            "A cyberattack on Change Healthcare disrupted pharmacies across the "
            "United States, the company said. Its clinics treated 1.2 million "
            "patients in February, it said, and most appointments went ahead.",
            "2026-03-10",
        ),
    ],
]


@pytest.mark.parametrize("articles", _TREATED_IN_OTHER_TIMES)
def test_patients_of_a_year_a_month_a_festival_or_a_strike_are_no_casualty(
    articles: _Case,
) -> None:
    assert not [c for c in _brief_of(articles).casualties if "treated" in c.description]


_SUMS_WITH_A_STRAY_WORD: list[_Case] = [
    [  # d31
        (
            "The European Union pledged \u20ac50 million in aid for flood victims in "
            "Pakistan, EU commissioner Hadja Lahbib said on Tuesday. Germany pledged "
            "\u20ac10 million in aid for flood victims in Pakistan, the only member state "
            "to do so, Berlin said.",
            "2026-03-10",
        ),
    ],
    [  # d32
        (
            "Carmaker Voltan reported a third-quarter loss of $45 million on Tuesday,"
            " the company said. Analysts had expected a third-quarter loss of only "
            "$30 million for Voltan, according to LSEG data.",
            "2026-03-10",
        ),
    ],
    [  # d33
        (
            "The Senate bill provides $40 billion in aid to Ukraine, Majority Leader "
            "John Thune said. The House bill provides $25 billion in aid to Ukraine, "
            "whereas it adds $10 billion for Israel, Speaker Mike Johnson said.",
            "2026-03-11",
        ),
    ],
    [  # d34
        (
            "Thieves stole \u20ac2 million in jewellery from a shop in Antwerp's diamond "
            "district on Monday, police said. In a separate raid on Friday, thieves "
            "stole \u20ac650,000 in jewellery from a shop in Antwerp's diamond district, "
            "prosecutors said, adding that the real owners had not yet been "
            "identified.",
            "2026-03-14",
        ),
    ],
    [  # d79
        (
            "The SEC is seeking $1.2 billion in penalties from Boeing over the 737 "
            "MAX crashes, the agency said. The Justice Department is seeking $243 "
            "million in penalties from Boeing over the 737 MAX crashes, prosecutors "
            "said; Boeing denies wrongdoing.",
            "2026-03-10",
        ),
    ],
]


@pytest.mark.parametrize("articles", _SUMS_WITH_A_STRAY_WORD)
def test_two_sums_near_an_unrelated_only_real_or_denies_are_no_dispute(articles: _Case) -> None:
    assert not [
        d for d in _brief_of(articles).disputes if d.topic.startswith(("What it cost", "How much"))
    ]


@pytest.mark.parametrize(
    "articles",
    [
        [  # d30
            (
                "A security guard was the sole one killed in the attack on the bank in "
                "Kano, police said. Four other people were wounded.",
                "2026-03-10",
            ),
        ],
        [  # d63
            (
                "Gunmen seized three hostages at a petrol station in Kidal on Saturday. "
                "Two of the three hostages were freed by troops on Sunday; the remaining "
                "one was killed, the army said.",
                "2026-03-08",
            ),
        ],
    ],
)
def test_the_sole_one_and_the_remaining_one_killed_are_counts(articles: _Case) -> None:
    assert [c for c in _brief_of(articles).casualties if c.kind == "killed" and c.count == 1]


@pytest.mark.parametrize(
    ("articles", "name"),
    [
        (
            [  # d51
                (
                    "Jonathan Cut, a spokesman for the Wellington Fire Service, said the "
                    "blaze destroyed 12 homes. Residents praised firefighters.",
                    "2026-03-09",
                ),
            ],
            "Jonathan Cut",
        ),
        (
            [  # d88
                (
                    "Detective Chief Inspector David Pass said 4 men had been arrested "
                    "after the shooting in Leeds on Friday. Two people were wounded.",
                    "2026-03-14",
                ),
            ],
            "David Pass",
        ),
    ],
)
def test_people_named_cut_or_pass_are_people(articles: _Case, name: str) -> None:
    assert any(name in entity.name for entity in _brief_of(articles).who)


# --- the second review of stop 31 (rules read in unseen clusters: vessels, rivers, terms in
# custody, days of last week, word clocks, one held by office, time disputes, causes pointed
# to, "his lawyer", spokesmen, denials merged): each case read too much once; what the brief
# must still (or must no longer) show in one field.
_SECOND_READING_CASES: list[tuple[str, str, str, str, _Case]] = [
    (
        "a01",
        "where",
        "present",
        "Kivu",
        [
            (
                "GOMA, Democratic Republic of Congo, June 10 (Reuters) - An overloaded "
                "passenger boat on Lake Kivu capsized on Monday night, killing at least 23 "
                "people, provincial authorities said. The boat was travelling from Minova to "
                "Goma with more than 80 passengers on board, South Kivu governor Jean-Jacques "
                "Purusi said. Rescuers pulled 31 survivors from the water.",
                "2025-06-10",
            ),
            (
                "At least 23 people died when a boat on Lake Kivu capsized late on Monday near "
                "the port of Goma, officials said on Tuesday. The vessel had left Minova in "
                'the afternoon. "Most of the passengers were traders," said Purusi, who blamed '
                "overloading.",
                "2025-06-10",
            ),
        ],
    ),
    (
        "a04",
        "who",
        "present",
        "Carnival",
        [
            (
                "MIAMI, Nov 20 (Reuters) - A fire broke out in the engine room of a cruise "
                "ship operated by Carnival off the Bahamas on Wednesday, killing one crew "
                "member and injuring four, the U.S. Coast Guard said. Carnival sank 6% in "
                "early trading on Thursday. The Carnival Sunrise was towed to Freeport.",
                "2025-11-20",
            ),
            (
                "One crew member died and four were hurt in an engine-room fire aboard the "
                "Carnival Sunrise off the Bahamas on Wednesday, the U.S. Coast Guard said. "
                "Carnival, the world's largest cruise operator, has faced scrutiny over "
                "safety. Passengers were flown home from Freeport.",
                "2025-11-20",
            ),
        ],
    ),
    (
        "a06",
        "where",
        "absent",
        "Biden",
        [
            (
                "WASHINGTON, June 10 (Reuters) - A federal judge on Monday blocked a rule that "
                "would have cut funding for rural hospitals, a policy first drafted under the "
                "Biden administration and revived by Health Secretary Robert Kennedy. Judge "
                "Amy Berman Jackson said the rule was arbitrary. Kennedy said he would appeal.",
                "2025-06-10",
            ),
            (
                "A judge in Washington halted the hospital funding rule on Monday. The rule "
                "was drafted under the Biden administration but never enforced, and Kennedy "
                "revived it in March. Biden's former aides welcomed the ruling. Jackson wrote "
                "that the department had failed to consider its impact.",
                "2025-06-10",
            ),
        ],
    ),
    (
        "a08",
        "when",
        "present",
        "P13D",
        [
            (
                "ISTANBUL, Nov 20 (Reuters) - A Swedish journalist who was held in pre-trial "
                "detention for 13 days was released on Wednesday and flew home, his newspaper "
                "said. Joakim Medin had been arrested on arrival at Istanbul airport. Sweden's "
                "foreign minister welcomed his release.",
                "2025-11-20",
            ),
            (
                "Swedish reporter Joakim Medin, held in detention for 13 days in Turkey on "
                "charges of insulting the president, was freed on Wednesday, Dagens ETC said. "
                "Medin thanked his colleagues for their support.",
                "2025-11-20",
            ),
        ],
    ),
    (
        "a10",
        "when",
        "absent",
        "2025-11-27",
        [
            (
                "GENEVA, Nov 20 (Reuters) - Talks on a ceasefire in Sudan collapsed on "
                "Wednesday after the army walked out, mediators said. Swiss officials said on "
                "Thursday next week's summit in Geneva had been postponed. At least 40 people "
                "were killed in fighting in El Fasher on Wednesday, medics said.",
                "2025-11-20",
            ),
            (
                "Sudan ceasefire talks broke down on Wednesday when the army delegation left, "
                "and Swiss officials said on Thursday next week's Geneva summit was off. "
                "Medics said 40 people were killed in El Fasher.",
                "2025-11-20",
            ),
        ],
    ),
    (
        "a14",
        "when.text",
        "absent",
        "noon",
        [
            (
                "DHAKA, Nov 20 (Reuters) - A fire tore through a garment factory in Gazipur on "
                "Thursday, killing 12 workers, fire officials said. The blaze started at about "
                "4 a.m. in the dyeing section. Firefighters brought it under control at around "
                "noon on Thursday.",
                "2025-11-20",
            ),
            (
                "Twelve workers died in a fire at a garment factory near Dhaka on Thursday. "
                "The fire broke out at about 4 a.m., officials said, and was brought under "
                "control around noon on Thursday, fire service director Lt Col Tajul Islam "
                "said.",
                "2025-11-20",
            ),
        ],
    ),
    (
        "a13",
        "when.text",
        "absent",
        "midnight",
        [
            (
                "DHAKA, Sept 5 (Reuters) - Police fired tear gas at protesters in Gopalganj on "
                "Thursday, and at least four people were killed in clashes, officials said. "
                "Authorities imposed a curfew at midnight on Thursday. The clashes broke out "
                "in the afternoon when an opposition rally was attacked.",
                "2025-09-05",
            ),
            (
                "Four people were killed in Gopalganj on Thursday as police and party "
                "activists clashed, police said. A curfew took effect at midnight on Thursday "
                "and troops patrolled the town.",
                "2025-09-05",
            ),
        ],
    ),
    (
        "a20",
        "who",
        "present",
        "Royal Navy",
        [
            (
                "LONDON, Nov 20 (Reuters) - A Royal Navy frigate shadowed a Russian spy ship "
                "through the English Channel on Wednesday, Britain's defence ministry said. "
                "Defence Secretary John Healey said the Yantar had been mapping undersea "
                "cables. The Royal Navy deployed a submarine to monitor the vessel.",
                "2025-11-20",
            ),
            (
                "The Royal Navy tracked the Russian vessel Yantar as it sailed through the "
                "Channel on Wednesday, Healey said. A Royal Navy frigate and helicopters "
                "followed it for two days.",
                "2025-11-20",
            ),
        ],
    ),
    (
        "a26",
        "where",
        "present",
        "Staten Island",
        [
            (
                "NEW YORK, March 14 (Reuters) - A Staten Island ferry slammed into a pier at "
                "the St. George terminal on Staten Island on Thursday, injuring 22 people, the "
                "city's fire department said. The ferry was carrying about 900 passengers.",
                "2025-03-14",
            ),
            (
                "Twenty-two people were hurt when a ferry crashed into a pier on Staten Island "
                "on Thursday, officials said. Mayor Eric Adams said a mechanical failure was "
                "suspected.",
                "2025-03-14",
            ),
        ],
    ),
    (
        "a30",
        "reactions",
        "present",
        "Erdo",
        [
            (
                "ANKARA, March 14 (Reuters) - A gas explosion at a coal mine in Zonguldak on "
                "Thursday killed 28 miners, Turkey's energy ministry said. President Tayyip "
                "Erdogan said he was deeply saddened by the deaths of 28 miners and declared "
                "three days of national mourning. Energy Minister Alparslan Bayraktar said a "
                "methane build-up was suspected. Opposition leader Ozgur Ozel said the "
                "government had ignored warnings about the mine. The miners' union Genel "
                "Maden-Is said safety inspections had been cut.",
                "2025-03-14",
            ),
            (
                "Twenty-eight miners were killed in a blast in Zonguldak on Thursday. German "
                "Chancellor Friedrich Merz said Germany stood ready to help. EU foreign policy "
                "chief Kaja Kallas said the bloc offered its condolences. Greek Prime Minister "
                "Kyriakos Mitsotakis said Greece would send rescue experts. Zonguldak governor "
                "Osman Hacibektasoglu said rescue work had ended. UN Secretary-General Antonio "
                "Guterres said he was saddened by the tragedy.",
                "2025-03-14",
            ),
            (
                "Pope Leo said he was praying for the families in Zonguldak. Azerbaijan's "
                "President Ilham Aliyev said his country shared Turkey's grief. The Turkish "
                "Medical Association said hospitals in the province had been overwhelmed.",
                "2025-03-14",
            ),
        ],
    ),
    (
        "a37",
        "when",
        "present",
        "P5D",
        [
            (
                "NAIROBI, June 10 (Reuters) - Kenyan police arrested 300 as protests went on "
                "for five days across the country, and at least 19 people were killed, rights "
                "groups said on Monday.",
                "2025-06-10",
            ),
            (
                "Rights groups said on Monday that 19 people died in demonstrations that "
                "continued for five days in Nairobi and other cities. Police arrested 300 "
                "people.",
                "2025-06-10",
            ),
        ],
    ),
    (
        "a44",
        "when",
        "absent",
        "2025-08-27",
        [
            (
                "KATHMANDU, Sept 5 (Reuters) - Rescuers said on Wednesday, last week's "
                "landslide had buried 40 homes in Myagdi district. At least 27 bodies had been "
                "recovered by Thursday, police said. The landslide struck on August 28.",
                "2025-09-05",
            ),
            (
                "Police said 27 bodies had been pulled from the mud in Myagdi, where a "
                "landslide buried a village on August 28. Rescuers said on Wednesday that hope "
                "of finding survivors had faded.",
                "2025-09-05",
            ),
        ],
    ),
    (
        "b02",
        "casualties",
        "absent",
        "detained: owner",
        [
            (
                "VALENCIA, Spain, Oct 3 (Reuters) - A balcony collapsed during a wedding party "
                "in Valencia on Saturday, killing two guests and injuring 14 people, emergency "
                "services said. Residents said the owner was held responsible by the council "
                "for repairs that were never carried out.",
                "2025-10-04",
            ),
            (
                "Two people died and 14 were hurt when a balcony gave way in Valencia on "
                "Saturday. A court had held the owner liable for the building's upkeep in "
                "2023, the city council said. No arrests have been made.",
                "2025-10-04",
            ),
        ],
    ),
    (
        "b03",
        "casualties",
        "absent",
        "arrested: owner",
        [
            (
                "DHAKA, March 12 (Reuters) - A fire at a garment factory in Gazipur killed at "
                "least 11 workers on Wednesday, fire officials said. Police are seeking to "
                "arrest the owner, who has not been seen since the blaze, a police official "
                "said.",
                "2025-03-12",
            ),
            (
                "Dhaka (AFP) - At least 11 workers died in a factory fire in Gazipur on "
                "Wednesday. A court issued a warrant to arrest the owner, police said, but he "
                "remains at large.",
                "2025-03-13",
            ),
        ],
    ),
    (
        "b04",
        "casualties",
        "absent",
        ": driver",
        [
            (
                "LAGOS, Nigeria, Aug 19 (Reuters) - A fuel tanker exploded on the Lagos-Ibadan "
                "expressway on Tuesday, killing 14 people, the Federal Road Safety Corps said. "
                "Police have not detained the driver, who fled the scene, a police spokesman "
                "said.",
                "2025-08-19",
            ),
            (
                "Fourteen people were killed when a tanker exploded near Lagos on Tuesday. "
                "Police said they had not arrested the driver and appealed for information.",
                "2025-08-20",
            ),
        ],
    ),
    (
        "b06",
        "casualties",
        "absent",
        "detained",
        [
            (
                "GENOA, Italy, Nov 9 (Reuters) - A gas explosion tore through an apartment "
                "block in Genoa on Sunday, killing four people, firefighters said. The first "
                "ambulance driver was held up for 20 minutes by a landslide on the only access "
                "road, officials said.",
                "2025-11-09",
            ),
            (
                "Four people died after a gas blast in a Genoa apartment block on Sunday. "
                "Rescue crews said they were delayed because a landslide blocked the road.",
                "2025-11-09",
            ),
        ],
    ),
    (
        "b10",
        "casualties",
        "absent",
        "killed: men",
        [
            (
                "KANDAHAR, Afghanistan, July 7 (Reuters) - Two men who had been detained by "
                "Taliban police last week killed a guard while escaping from a lock-up in "
                "Kandahar on Monday, officials said.",
                "2025-07-07",
            ),
            (
                "A guard was killed in Kandahar on Monday when two detainees escaped from a "
                "police lock-up, local officials said.",
                "2025-07-08",
            ),
        ],
    ),
    (
        "b17",
        "casualties",
        "absent",
        "detained",
        [
            (
                "JOHANNESBURG, Feb 18 (Reuters) - Armed robbers attacked a cash-in-transit van "
                "near Boksburg on Tuesday, killing one guard and wounding two bystanders, "
                "police said. The driver was held at gunpoint while the gang emptied the van.",
                "2025-02-18",
            ),
            (
                "One security guard was killed and two bystanders were wounded in a "
                "cash-in-transit heist in Boksburg on Tuesday, police said. No arrests have "
                "been made.",
                "2025-02-18",
            ),
        ],
    ),
    (
        "b28",
        "disputes",
        "absent",
        "What time it happened",
        [
            (
                "SPLIT, Croatia, July 19 (Reuters) - A tourist boat caught fire and sank off "
                "the island of Brac on Saturday, killing two people, the coast guard said. The "
                "timing remains unclear: the boat left Bol harbour at 6.10 p.m.; the first "
                "distress call reached the coast guard at 7.45 p.m.",
                "2025-07-19",
            ),
            (
                "Two people died when a tourist boat caught fire off Brac on Saturday, the "
                "coast guard said. Rescuers reached the boat about an hour after the alarm.",
                "2025-07-19",
            ),
        ],
    ),
    (
        "b30",
        "disputes",
        "absent",
        "What time it happened",
        [
            (
                "LEEDS, England, Dec 9 (Reuters) - A man died after collapsing at a bus stop "
                "in Leeds on Monday, police said. The response time is disputed: the ambulance "
                "arrived at 3.05 p.m., according to the family, but the ambulance service says "
                "its crew was dispatched at 2.58 p.m.",
                "2025-12-09",
            ),
            (
                "A 64-year-old man died after collapsing in Leeds city centre on Monday. His "
                "family has complained about the ambulance response.",
                "2025-12-09",
            ),
        ],
    ),
    (
        "b33",
        "disputes",
        "absent",
        "recovery in bookings",
        [
            (
                "MALE, Maldives, Nov 20 (Reuters) - A seaplane crashed on landing at a resort "
                "lagoon in Baa Atoll on Thursday, injuring four tourists, the transport "
                "ministry said. The operator blamed a sudden gust of wind, not pilot error.",
                "2025-11-20",
            ),
            (
                "Four tourists were hurt when a seaplane crashed in Baa Atoll on Thursday. "
                "Tourism officials point to a strong recovery in bookings this season and said "
                "the crash would not dent arrivals.",
                "2025-11-21",
            ),
        ],
    ),
    (
        "b34",
        "disputes",
        "absent",
        "emergency exit",
        [
            (
                "PRAGUE, Sept 28 (Reuters) - Smoke filled a cinema in Brno on Sunday, injuring "
                "11 people, firefighters said. Investigators blamed a faulty projector, but "
                "the cinema's owner denied that the equipment was old.",
                "2025-09-28",
            ),
            (
                "Eleven people were treated for smoke inhalation after a fire at a Brno cinema "
                "on Sunday. Witnesses said an usher pointed to the emergency exit behind the "
                "screen and helped people out.",
                "2025-09-28",
            ),
        ],
    ),
    (
        "b35",
        "disputes",
        "absent",
        "local businesses",
        [
            (
                "HANOI, Vietnam, Oct 7 (Reuters) - Floods triggered by Typhoon Matmo killed 14 "
                "people in northern Vietnam, the disaster agency said on Tuesday. The "
                "government blamed the typhoon, but environmental groups said deforestation "
                "was the real cause.",
                "2025-10-07",
            ),
            (
                "Fourteen people died in floods in northern Vietnam. Samsung Vietnam "
                "contributed $2 million to relief efforts, and local businesses contributed to "
                "a fund for the victims' families, state media said.",
                "2025-10-08",
            ),
        ],
    ),
    (
        "b37",
        "disputes",
        "absent",
        "dense fog",
        [
            (
                "HAMBURG, Germany, Nov 26 (Reuters) - A container ship collided with a tanker "
                "in the Elbe estuary on Wednesday, injuring three crew members, the Waterways "
                "Police said. The shipping company blamed the tanker's crew, not the weather.",
                "2025-11-26",
            ),
            (
                "Three crew were hurt in a collision on the Elbe on Wednesday. Rescuers said "
                "dense fog contributed to delays in reaching the injured.",
                "2025-11-26",
            ),
        ],
    ),
    (
        "b42",
        "disputes",
        "absent",
        "Kollar's lawyer",
        [
            (
                "BRATISLAVA, Slovakia, April 9 (Reuters) - A bus carrying schoolchildren "
                "collided with a lorry near Zilina on Wednesday, injuring 23 people, police "
                "said. Prosecutor Martin Kollar said the lorry driver, Peter Hudak, had been "
                "speeding. His lawyer denied that Hudak had been speeding.",
                "2025-04-09",
            ),
            (
                "Twenty-three people were hurt when a school bus and a lorry collided near "
                "Zilina on Wednesday. Police said the lorry driver had been speeding.",
                "2025-04-09",
            ),
        ],
    ),
    (
        "b44",
        "disputes",
        "present",
        "Unite",
        [
            (
                "LIVERPOOL, England, Oct 22 (Reuters) - A crane collapsed at a construction "
                "site in Liverpool on Wednesday, killing one worker and injuring three, police "
                "said. Unite said the crane had been inspected only once since 2024. A company "
                "spokesman denied that the crane had been inspected only once since 2024.",
                "2025-10-22",
            ),
            (
                "One worker died and three were hurt when a crane fell at a Liverpool building "
                "site on Wednesday. The Health and Safety Executive said it was investigating.",
                "2025-10-22",
            ),
        ],
    ),
    (
        "b49",
        "disputes",
        "absent",
        "Local media",
        [
            (
                "SEOUL, Aug 12 (Reuters) - A gas leak at a semiconductor plant in Hwaseong "
                "injured 16 workers on Tuesday, the fire service said. The union said the "
                "alarm system had been switched off for maintenance. Local media reported that "
                "the company would pay compensation to the families and denies that the alarm "
                "was switched off.",
                "2025-08-12",
            ),
            (
                "Sixteen workers were hurt in a gas leak at a chip plant in Hwaseong on Tuesday.",
                "2025-08-12",
            ),
        ],
    ),
    (
        "b50",
        "disputes",
        "present",
        "Hellenic Train",
        [
            (
                "ATHENS, March 1 (Reuters) - A passenger train collided with a freight train "
                "near Larissa on Tuesday, injuring 40 people, the fire service said. Hellenic "
                "Train said the signalling system had been faulty for months. An official "
                "denied that the signalling system had been faulty.",
                "2025-03-01",
            ),
            (
                "Forty people were hurt when two trains collided near Larissa on Tuesday. The "
                "transport ministry said an inquiry would be opened.",
                "2025-03-01",
            ),
        ],
    ),
    (
        "b51",
        "disputes",
        "present",
        "Denied by Chaplinsky",
        [
            (
                "BUDAPEST, June 2 (Reuters) - A sightseeing boat sank on the Danube in "
                "Budapest on Sunday after colliding with a river cruiser, killing seven "
                "tourists, police said. Police said the cruiser's captain, Yuri Chaplinsky, "
                "had been drinking and that the sightseeing boat had been overloaded. "
                "Chaplinsky denied that he had been drinking.",
                "2025-06-02",
            ),
            (
                "Budapest (MTI) - Seven tourists died when a sightseeing boat sank after a "
                "collision on the Danube on Sunday. Panorama Deck, the sightseeing boat's "
                "operator, denied that the boat had been overloaded.",
                "2025-06-02",
            ),
        ],
    ),
    (
        "b56",
        "casualties",
        "absent",
        "detained: boy",
        [
            (
                "ACCRA, Ghana, Dec 26 (Reuters) - A crush at a church service in Kumasi on "
                "Friday killed five people and injured 30, police said. A girl was held back "
                "by her mother as the crowd surged toward the gate, witnesses said. The boy "
                "was held back by a steward.",
                "2025-12-26",
            ),
            (
                "Five people died and 30 were injured in a crush at a church in Kumasi on "
                "Friday, police said.",
                "2025-12-26",
            ),
        ],
    ),
    (
        "b57",
        "disputes",
        "absent",
        "evacuation plan",
        [
            (
                "VENICE, Italy, Nov 13 (Reuters) - Record tides flooded Venice on Wednesday, "
                "killing two people on the island of Pellestrina, officials said. "
                "Environmentalists blamed the delayed MOSE flood barrier, but the mayor "
                "rejected that.",
                "2025-11-13",
            ),
            (
                "Two people died as high water swamped Venice on Wednesday. The mayor pointed "
                "to the evacuation plan drawn up last year as a model for other coastal towns.",
                "2025-11-14",
            ),
        ],
    ),
    (
        "b58",
        "disputes",
        "absent",
        "Tourism",
        [
            (
                "DENPASAR, Indonesia, April 6 (Reuters) - A speedboat carrying tourists "
                "capsized off Nusa Penida on Sunday, killing three people, the search and "
                "rescue agency said. The boat operator blamed high waves, not overloading.",
                "2025-04-06",
            ),
            (
                "Three people died when a tourist speedboat capsized off Nusa Penida. Tourism "
                "contributes heavily to the island's economy, local officials said.",
                "2025-04-07",
            ),
        ],
    ),
    (
        "b61",
        "casualties",
        "absent",
        "killed: soldiers",
        [
            (
                "GOMA, Congo, June 9 (Reuters) - Six soldiers who had been captured by M23 "
                "rebels killed two guards and escaped from a camp near Rutshuru on Sunday, the "
                "army said.",
                "2025-06-09",
            ),
            (
                "Two rebel guards were killed when six captive soldiers broke out of a camp "
                "near Rutshuru, the army said on Monday.",
                "2025-06-09",
            ),
        ],
    ),
]


def _field_text(brief: summarise.EventBrief, field: str) -> str:
    """The words of one field of the brief, citations left out ("when.text": the times'
    own words only)."""
    name, _, key = field.partition(".")
    value = json.loads(summarise.render(brief, "json"))[name]

    def words(item: object) -> str:
        if isinstance(item, dict):
            if key:
                return str(item.get(key) or "")
            return " ".join(words(v) for k, v in item.items() if k != "citations")
        if isinstance(item, list):
            return " | ".join(words(v) for v in item)
        return "" if item is None else str(item)

    return words(value)


# Cases of the third reading (stop 32): a hostile review of 93c1bef. Each failed there.
_THIRD_READING_CASES: list[tuple[str, str, str, str, _Case]] = [
    (
        "r1a_before_fired",
        "disputes",
        "present",
        "Witnesses said there was no warning",
        [
            (
                "CONAKRY, Guinea, Aug 8 (Reuters) - Four protesters were killed in Conakry on "
                "Friday, a rights group said. Witnesses said there was no warning before "
                "soldiers fired on the crowd. The army denied that soldiers fired on the crowd.",
                "2026-08-08",
            ),
        ],
    ),
    (
        "r1a_roof",
        "disputes",
        "absent",
        "account of civil defence",
        [
            (
                "BEIRUT (AP) - A four-storey building collapsed in Tripoli, Lebanon, on Sunday,"
                " killing 11 people, civil defence said. Survivors said they had no chance "
                "before the roof collapsed on them. The developer denied that the roof "
                "collapsed because of shoddy construction.",
                "2026-01-18",
            ),
        ],
    ),
    (
        "r1b_lifejackets",
        "disputes",
        "present",
        "did not carry enough life jackets",
        [
            (
                "DHAKA, Bangladesh (AP) - A river ferry capsized on the Meghna river on Friday,"
                " and 23 people drowned, police said. The ferry did not carry enough life "
                "jackets for its 140 passengers. The ferry's owner, Rahim Uddin, denied that "
                "the ferry lacked life jackets.",
                "2026-07-10",
            ),
            (
                "DHAKA, July 10 (Reuters) - At least 23 people died when an overloaded ferry "
                "capsized on the Meghna river, police said.",
                "2026-07-10",
            ),
        ],
    ),
    (
        "r1b_noinspection",
        "disputes",
        "present",
        "had not been inspected since 2019, records",
        [
            (
                "QUITO, Ecuador (AP) - A road bridge collapsed into the Pastaza river on "
                "Monday, sending a bus into the water and killing 17 people, officials said. "
                "The bridge had not been inspected since 2019, records seen by The Associated "
                "Press show.",
                "2026-03-09",
            ),
            (
                "QUITO, March 9 (Reuters) - Seventeen people were killed when a bridge over the"
                " Pastaza river collapsed. The transport ministry denied that the bridge had "
                "not been inspected since 2019 and said engineers checked it last year.",
                "2026-03-09",
            ),
        ],
    ),
    (
        "r1c_fire_crowd",
        "disputes",
        "absent",
        "account of Firefighters",
        [
            (
                "CONAKRY, Guinea, Aug 8 (Reuters) - Security forces killed four protesters in "
                "Conakry on Friday, a rights group said, as thousands marched against a fuel "
                "price rise. Witnesses said soldiers shot at protesters near the central "
                "market. The army denied that its troops had fired on the crowd.",
                "2026-08-08",
            ),
            (
                "CONAKRY (AP) - Four people died in protests in the Guinean capital on Friday. "
                "Firefighters said the fire at the central market had been put out by midnight."
                " A hospital official said 22 people were treated for injuries.",
                "2026-08-08",
            ),
        ],
    ),
    (
        "r1c_shared_arrest",
        "disputes",
        "absent",
        "arrested 40 looters",
        [
            (
                "KINSHASA, Congo (AP) - Clashes between police and supporters of an opposition "
                "leader killed three people in Kinshasa on Thursday, a hospital said. The "
                "national police denied that officers had arrested journalists.",
                "2026-09-17",
            ),
            (
                "KINSHASA, Sept 17 (Reuters) - Three people died in clashes in the Congolese "
                "capital. The interior minister said police arrested 40 looters overnight. "
                "Reporters Without Borders said two reporters were beaten.",
                "2026-09-17",
            ),
        ],
    ),
    (
        "r2_pension_bill",
        "disputes",
        "absent",
        "Denied by Unions",
        [
            (
                "PARIS, March 12 (Reuters) - Police fired tear gas at protesters in Paris on "
                "Thursday as about 200,000 people marched against pension reform, and 41 people"
                " were arrested, the interior ministry said. The government said the new "
                "version of the pension bill protects workers in physically demanding jobs. "
                "Unions rejected the latest version of the pension bill on Wednesday.",
                "2026-03-12",
            ),
        ],
    ),
    (
        "r2_version_app",
        "disputes",
        "absent",
        "Denied by government",
        [
            (
                "SEOUL (Reuters) - A fire at a data centre in Seongnam on Saturday knocked out "
                "messaging services for 40 million users, and two firefighters were injured, "
                "officials said. Kakao said a new version of its app would be released within a"
                " week. The government rejected a version of the recovery plan submitted by "
                "Kakao on Sunday.",
                "2026-10-16",
            ),
        ],
    ),
    (
        "r4_recovery",
        "disputes",
        "absent",
        "full recovery",
        [
            (
                "MANILA (AP) - A fuel tanker exploded on a highway south of Manila on Monday, "
                "killing four people and injuring 20, police said. Doctors said tests pointed "
                "to a full recovery for most of the injured. Police blamed the driver's "
                "speeding, while the trucking company insisted a tyre burst.",
                "2026-10-12",
            ),
        ],
    ),
    (
        "r4_second_gunman",
        "disputes",
        "absent",
        "second gunman",
        [
            (
                "JOHANNESBURG, South Africa (AP) - Gunmen opened fire at a tavern in Soweto on "
                "Saturday night, killing 12 people, police said. Police said evidence pointed "
                "to a second gunman who fled in a car. Residents blamed the shooting on a feud "
                "between rival gangs, not on robbery.",
                "2026-07-11",
            ),
        ],
    ),
    (
        "r5_not_ordered",
        "casualties",
        "absent",
        "detained",
        [
            (
                "MANILA (Reuters) - A ferry ran aground off Cebu on Saturday and seven "
                "passengers drowned, the coast guard said. Prosecutors did not order the "
                "captain detained, saying he had cooperated with investigators.",
                "2026-08-01",
            ),
        ],
    ),
    (
        "r5_could_order",
        "casualties",
        "absent",
        "detained",
        [
            (
                "ROME (AP) - A tourist boat capsized off Capri on Sunday, killing 4 people, the"
                " coast guard said. The prosecutor could order the captain detained as early as"
                " Monday, Italian media reported.",
                "2026-08-16",
            ),
        ],
    ),
    (
        "r5_warrant_at_large",
        "casualties",
        "absent",
        "arrested|detained",
        [
            (
                "DHAKA (Reuters) - A nine-storey building collapsed in Savar on Wednesday, "
                "killing 37 garment workers, officials said. A court ordered the owner "
                "arrested, but police said he remained at large.",
                "2026-05-13",
            ),
        ],
    ),
    (
        "r6_manifest2",
        "disputes",
        "absent",
        "listed 180",
        [
            (
                "NAIROBI, Kenya (Reuters) - A passenger plane skidded off the runway at Kisumu "
                "airport on Tuesday, and 12 people were injured, the airport authority said. "
                "The airline's manifest listed 180, including six crew members.",
                "2026-03-03",
            ),
        ],
    ),
    (
        "r6_rescued2",
        "casualties",
        "absent",
        "14 killed",
        [
            (
                "TRIPOLI, Libya (AP) - A cargo ship sank off Misrata on Thursday, and six "
                "people were killed, the coastguard said. The coastguard lists 14, including "
                "the captain, as rescued.",
                "2026-05-01",
            ),
        ],
    ),
    (
        "r6_critical",
        "disputes",
        "absent",
        "lists 12",
        [
            (
                "KARACHI, Pakistan (AP) - A gas cylinder exploded in a Karachi market on "
                "Sunday, and 30 people were injured, police said. The Civil Hospital lists 12, "
                "including three children, in critical condition.",
                "2026-01-25",
            ),
        ],
    ),
    (
        "r6_list_of_demands",
        "casualties",
        "absent",
        "12 arrested",
        [
            (
                "ABUJA, Nigeria (Reuters) - Police arrested 35 people at a protest in Abuja on "
                "Monday, the police spokesman said. Organisers handed the governor their list "
                "of 12, which includes the release of all detainees.",
                "2026-10-05",
            ),
        ],
    ),
    (
        "r7_collapse_talks",
        "disputes",
        "absent",
        "in the collapse",
        [
            (
                "ADEN, Yemen (Reuters) - Fighting that followed the collapse of peace talks "
                "killed 48 people in Marib on Sunday, the government said, while the rebels "
                "said 30 people were killed.",
                "2026-05-10",
            ),
        ],
    ),
    (
        "r8_governor_said",
        "disputes",
        "absent",
        "governor said 12 workers",
        [
            (
                "JAKARTA, Indonesia (Reuters) - A nickel smelter exploded on Sulawesi on "
                "Friday, and workers said the company had ignored warnings about a faulty "
                "furnace. The company disputed that account. The governor said 12 workers "
                "remained missing.",
                "2026-12-11",
            ),
        ],
    ),
    (
        "r8_he_odinga",
        "disputes",
        "absent",
        "He said the killings",
        [
            (
                "NAIROBI (Reuters) - Opposition leader Raila Odinga said police shot dead three"
                " protesters in Kisumu on Tuesday. Police disputed that account. He said the "
                "killings must be investigated by an independent body.",
                "2026-07-07",
            ),
        ],
    ),
    (
        "r8_their_lawyer2",
        "disputes",
        "absent",
        "Their lawyer said",
        [
            (
                "LAGOS (Reuters) - Nine workers were killed in a factory fire in Lagos on "
                "Monday. Families of the dead said the owners had locked the emergency exits. "
                "The owners disputed that account. Their lawyer said the families would sue for"
                " damages.",
                "2026-06-30",
            ),
        ],
    ),
]


# Cases from a hostile review of stop 33's reading of parts of counts, rival group counts,
# counts of things, voices and names of bodies and places (each wrong once in the reviewed code).
_FOURTH_READING_CASES: list[tuple[str, str, str, str, _Case]] = [
    (
        "r4_adding_that_is_no_part",
        "disputes",
        "present",
        r"(?s)\b12\b.*\b17\b|\b17\b.*\b12\b",
        [
            (
                "BLANTYRE, Malawi (Reuters) - Police said 40 people were injured in a crush at "
                "the Kamuzu Stadium in Blantyre on Saturday, adding that 12 had died. The crush"
                " began when gates were opened late before a football match. Police spokesman "
                "Peter Kalaya "
                "said an investigation had begun.",
                "2026-03-14",
            ),
            (
                "The Malawi Red Cross said 17 people were killed in the crush at Kamuzu Stadium"
                " in Blantyre on Saturday. Red Cross volunteers treated dozens of fans at the "
                "scene. The "
                "government declared two days of mourning.",
                "2026-03-14",
            ),
        ],
    ),
    (
        "r4_including_before_a_clause",
        "disputes",
        "present",
        r"(?s)\b52\b.*\b38\b|\b38\b.*\b52\b",
        [
            (
                "GOMA, Congo (AP) - The Red Cross put the toll from the landslide in the "
                "village of Kalehe at 52, including 10 children, while the provincial "
                "government said 38 people had died. Rescuers were still digging through mud on"
                " Thursday. Heavy rain had fallen"
                " for three days.",
                "2026-05-21",
            ),
        ],
    ),
    (
        "r4_a_day_is_no_whole",
        "disputes",
        "absent",
        r"Reuters",
        [
            (
                "ISTANBUL (Reuters) - On March 28, several rescue groups including the Turkish "
                "Red Crescent said 19 people had died when a five-storey building collapsed in "
                "the Esenyurt district. The cause of the collapse was not immediately known. "
                "Fourteen "
                "people were pulled alive from the rubble.",
                "2026-03-28",
            ),
            (
                "The governor of Istanbul said 25 people were killed in the collapse of the "
                "residential building in Esenyurt on Saturday. Officials said the building had "
                "been "
                "extended illegally. Prosecutors detained the owner.",
                "2026-03-28",
            ),
        ],
    ),
    (
        "r4_raids_that_followed",
        "disputes",
        "absent",
        r"\b30\b",
        [
            (
                "MAIDUGURI, Nigeria (Reuters) - The toll from a suicide bombing at a market in "
                "Konduga rose to 12, police said on Tuesday. The army said 30 militants were "
                "killed in raids on camps in the Sambisa forest that followed the attack. "
                "Residents said the"
                " market had reopened.",
                "2026-02-24",
            ),
        ],
    ),
    (
        "r4_deaths_this_year",
        "disputes",
        "absent",
        r"\b14\b",
        [
            (
                "JOHANNESBURG (AP) - The toll from the collapse of a shaft at a gold mine near "
                "Carletonville stood at 6, the mineral resources department said on Monday. The"
                " National Union of Mineworkers said 14 miners had died in accidents at the "
                "company's "
                "mines this year. Rescue teams recovered the last body on Sunday.",
                "2026-08-10",
            ),
        ],
    ),
    (
        "r4_hospitals_doing_two_things",
        "disputes",
        "absent",
        r"How many hospitals",
        [
            (
                "KHARKIV (Reuters) - The regional governor denied that the city was without "
                "power, saying two district hospitals were running on generators. Doctors "
                "insist four district hospitals have closed their surgical wards. Air raid "
                "sirens sounded for "
                "hours on Tuesday.",
                "2026-01-20",
            ),
        ],
    ),
    (
        "r4_parties_that_rejected",
        "disputes",
        "absent",
        r"How many parties",
        [
            (
                "ROME (Reuters) - The two coalition parties rejected the budget amendment on "
                "Tuesday, insisting it would raise taxes. Prime Minister Carla Bruni said talks"
                " would "
                "continue. Markets fell on the news.",
                "2026-11-24",
            ),
            (
                "Three coalition parties in fact backed the amendment in a committee vote on "
                "Wednesday, officials said. The opposition called the government divided. Bond "
                "yields"
                " rose.",
                "2026-11-25",
            ),
        ],
    ),
    (
        "r4_villages_now_affected",
        "disputes",
        "absent",
        r"How many villages",
        [
            (
                "MANILA (Reuters) - The environment department rejected claims that the oil "
                "spill had reached Batangas, saying three coastal villages are affected. "
                "Clean-up crews laid "
                "booms. Fishing was banned.",
                "2026-03-02",
            ),
            (
                "The environment department denied it had been slow to act, saying nine coastal"
                " villages are now affected by the spill in Oriental Mindoro. Volunteers "
                "collected "
                "oily sand. The coast guard said the tanker's owner would pay.",
                "2026-03-06",
            ),
        ],
    ),
    (
        "r4_drones_shot_down_and_struck",
        "disputes",
        "absent",
        r"How many drones",
        [
            (
                "ADEN, Yemen (Reuters) - The coalition denied that its base in Marib was badly "
                "damaged, saying three drones were shot down over the base on Sunday. The "
                "Houthis did"
                " not comment. Air defences were active for an hour.",
                "2026-03-22",
            ),
            (
                "Houthi forces insist five drones struck the coalition base in Marib on Sunday,"
                " their spokesman said. He said the attack was a response to air strikes. The "
                "coalition "
                "rejected the claim.",
                "2026-03-22",
            ),
        ],
    ),
    (
        "r4_which_cancelled_flights",
        "disputes",
        "present",
        r"\b120\b",
        [
            (
                "FRANKFURT (Reuters) - Lufthansa, which cancelled 120 flights on Monday, said "
                "the strike by ground staff would end at midnight. Thousands of passengers were"
                " stranded "
                "in Frankfurt and Munich. The Verdi union demanded higher pay.",
                "2026-02-23",
            ),
            (
                "Lufthansa cancelled 200 flights on Monday because of the ground staff strike, "
                "airport operator Fraport said. Long queues formed at check-in desks. The union"
                " said "
                "the walkout would not be extended.",
                "2026-02-23",
            ),
        ],
    ),
    (
        "r4_a_body_named_with_a_dash",
        "disputes",
        "present",
        r"Amnesty International",
        [
            (
                "NAIROBI (Reuters) - Thousands marched in Nairobi on Tuesday to demand the "
                "release of detained activists. Amnesty International - Kenya estimated the "
                "crowd at 8,000. "
                "Police estimated the crowd at 2,000. The march ended peacefully.",
                "2026-11-19",
            ),
        ],
    ),
    (
        "r4_the_treasury",
        "who",
        "present",
        r"Treasury(?! Building)",
        [
            (
                "A fire broke out at the Treasury Building in Nairobi on Monday, killing a "
                "security guard and injuring four staff, police said. The Treasury confirmed "
                "that budget documents stored on the fifth floor had been destroyed. Nairobi "
                "fire chief Robert "
                "Kiprono said the blaze started in an electrical room.",
                "2026-02-24",
            ),
            (
                "The Treasury would present the budget to parliament as planned in June, "
                "Principal Secretary Chris Kiptoo said. Staff at the Treasury Building were "
                "sent home for three"
                " days.",
                "2026-02-24",
            ),
        ],
    ),
    (
        "r4_court_for_someone",
        "who",
        "absent",
        r"Court for",
        [
            (
                "MANILA, March 14 (Reuters) - Two people were killed and 19 injured when police"
                " dispersed supporters of former president Rodrigo Duterte outside Camp Crame "
                "on Friday, a day after he was arrested on a warrant from the International "
                "Criminal Court for Rodrigo Duterte's drug war. The International Criminal "
                "Court said he would be flown to The Hague. Police spokesman Jean Fajardo said "
                "officers were attacked "
                "with rocks.",
                "2026-03-14",
            ),
            (
                "Vice President Sara Duterte said her father's arrest was illegal. Police said "
                "31 "
                "protesters were detained outside Camp Crame.",
                "2026-03-14",
            ),
        ],
    ),
    (
        "r4_gang_named_after_its_leader",
        "who",
        "present",
        r"(?i)gang leader",
        [
            (
                "PORT-AU-PRINCE, April 2 (Reuters) - Members of the Renel Destin gang killed at"
                " least 23 people in an overnight attack on the Canaan neighbourhood north of "
                "the capital, Haiti's civil protection agency said. Gang leader Renel Destin "
                "said in a video posted on social media that the attack was revenge for police "
                "raids. The Haitian "
                "National Police said it had sent reinforcements to Canaan.",
                "2026-04-02",
            ),
            (
                "Renel Destin, whose gang controls the main road north out of the capital, "
                "demanded the resignation of the transitional council. Survivors said fighters "
                "from the Renel Destin gang set fire to at least 40 homes. Police spokesman "
                "Lionel Lazarre said "
                "officers had recovered 23 bodies.",
                "2026-04-02",
            ),
        ],
    ),
    (
        "r4_the_gambia",
        "where",
        "present",
        r"\bGambia\b(?! River)",
        [
            (
                "BANJUL, Aug 14 (Reuters) - A ferry carrying about 200 passengers capsized on "
                "the Gambia River near Farafenni on Thursday, killing at least 16 people, the "
                "Gambia Ports Authority said. It was the worst ferry accident in the Gambia "
                "since 2012. Ports Authority director Ousman Jobarteh said divers were "
                "searching for at least 20 "
                "missing people.",
                "2026-08-14",
            ),
            (
                "Survivors said the ferry was overloaded with passengers and livestock. "
                "President Adama Barrow declared three days of mourning across the Gambia. "
                "Rescuers pulled four"
                " more bodies from the Gambia River on Friday, raising the toll to 20.",
                "2026-08-15",
            ),
        ],
    ),
    (
        "r4_mayor_and_gangs",
        "who",
        "present",
        r"Mayor",
        [
            (
                "Three police officers were killed in an ambush in San Pedro Sula on Sunday, "
                "days after a truce between Mayor Carlos Rivas and MS-13 gangs collapsed, "
                "Honduran police said. Mayor Carlos Rivas condemned the attack and called for "
                "calm. Security Minister"
                " Gerzon Velasquez said 12 suspects had been detained.",
                "2026-02-16",
            ),
            (
                "Mayor Carlos Rivas said he had warned the government that the truce was "
                "fragile. "
                "Police spokesman Edgardo Barahona said the officers were shot while on patrol.",
                "2026-02-17",
            ),
        ],
    ),
    (
        "r4_party_of_the_president",
        "who",
        "present",
        r"Zanu-PF",
        [
            (
                "HARARE, Aug 28 (Reuters) - Police shot dead three opposition supporters at a "
                "rally in Chitungwiza on Saturday, the Citizens Coalition for Change said, "
                "accusing the ruling Zanu-PF party of President Emmerson Mnangagwa of ordering "
                "a crackdown. Police spokesman Paul Nyathi said officers fired in self-defence."
                " The Zanu-PF party denied"
                " any role.",
                "2026-08-28",
            ),
            (
                "Zanu-PF spokesman Chris Mutsvangwa said the opposition had provoked police. "
                "Human "
                "rights lawyer Doug Coltart said 42 people were arrested.",
                "2026-08-29",
            ),
        ],
    ),
    (
        "r4_bank_for_monday",
        "who",
        "absent",
        r"Bank for",
        [
            (
                "LUSAKA, Feb 11 (Reuters) - A cholera outbreak in Lusaka has killed 47 people "
                "since January, Zambia's health ministry said on Wednesday. Health Minister "
                "Elijah Muchima thanked the World Bank for Monday's emergency grant of $20 "
                "million. The World Bank "
                "said the money would fund clean water in Kanyama and Matero.",
                "2026-02-11",
            ),
            (
                "The World Health Organization said 1,930 cases had been recorded. Muchima also"
                " thanked the Zambia National Service for Tuesday's delivery of water tanks to "
                "Kanyama. The Zambia National Service said its officers would stay in the "
                "township "
                "for a month.",
                "2026-02-12",
            ),
        ],
    ),
    (
        "r4_jail_trial",
        "where",
        "absent",
        r"Imran Khan",
        [
            (
                "ISLAMABAD, June 11 - Three people were killed when police fired tear gas and "
                "live rounds at supporters of former prime minister Imran Khan who gathered "
                "outside Adiala jail in Rawalpindi on Tuesday, where the Imran Khan jail trial "
                "resumed. Interior "
                "Minister Mohsin Naqvi said the protesters had attacked police.",
                "2026-06-11",
            ),
            (
                "Lawyers for Imran Khan said the Imran Khan jail trial was unconstitutional and"
                " asked the Islamabad High Court to stop it. Party spokesman Zulfi Bukhari said"
                " 200 "
                "supporters had been arrested. Imran Khan has been in prison since August 2023.",
                "2026-06-11",
            ),
        ],
    ),
    (
        "r4_region_militias",
        "where",
        "present",
        r"Darfur",
        [
            (
                "PORT SUDAN, June 19 (Reuters) - Darfur militias allied with the paramilitary "
                "Rapid Support Forces killed at least 45 people in an attack on the Abu Shouk "
                "camp for displaced people near El Fasher, the Sudanese army said. The Rapid "
                "Support Forces denied involvement. El Fasher, the capital of North Darfur "
                "state, has been besieged "
                "for more than a year.",
                "2026-06-19",
            ),
            (
                "UN humanitarian coordinator Clementine Nkweta-Salami said the attack on Abu "
                "Shouk was horrifying. Witnesses said the Darfur militias looted the camp "
                "market before "
                "setting shelters on fire.",
                "2026-06-20",
            ),
        ],
    ),
    (
        "r4_minister_after_a_pair",
        "where",
        "absent",
        r"Murkomen",
        [
            (
                "Police shot dead four protesters on Tuesday as demonstrations over a new "
                "housing levy spread across Kenya. Clashes continued in Nakuru and Kipchumba "
                "Murkomen ordered police to restore order. By evening roads were blocked in "
                "Kericho and Kipchumba "
                "Murkomen deployed paramilitary units.",
                "2026-06-27",
            ),
            (
                "Interior Minister Kipchumba Murkomen said 230 people had been arrested. "
                "Amnesty International Kenya director Irungu Houghton said police had used "
                "excessive force.",
                "2026-06-27",
            ),
        ],
    ),
    (
        "r4_networks_of_a_city",
        "who",
        "absent",
        r"^Kumasi|\sKumasi\s*$",
        [
            (
                "Two technicians were electrocuted on Tuesday during repairs after a fire "
                "destroyed MTN Ghana's switching centre at Kumasi, police said. Millions of "
                "subscribers lost service for 18 hours. MTN Ghana said its Kumasi and Tamale "
                "networks were restored on"
                " Wednesday morning.",
                "2026-11-04",
            ),
            (
                "Communications Minister Samuel Nartey George said the regulator would "
                "investigate. Kumasi traders said mobile money payments had stopped for most of"
                " the day. The "
                "victims were named as Kofi Asante and Yaw Boateng.",
                "2026-11-04",
            ),
        ],
    ),
    (
        "r4_gangs_of_a_place",
        "who",
        "absent",
        r"Cape Flats",
        [
            (
                "Five people, including two children, were shot dead on Saturday as Cape Flats "
                "gangs fought over drug turf, Western Cape police said. Police spokesman Andre "
                "Traut said 3 suspects had been arrested. Cape Flats residents said the "
                "shooting lasted more than"
                " an hour.",
                "2026-06-15",
            ),
            (
                "Community leader Roegshanda Pascoe said parents were keeping children home "
                "from school. Police Minister Senzo Mchunu said more soldiers would be deployed"
                " to the "
                "Cape Flats.",
                "2026-06-16",
            ),
        ],
    ),
]


# Cases from a hostile review of stop 33's custody, disputed-time and rival-group rules.
_FIFTH_READING_CASES: list[tuple[str, str, str, str, _Case]] = [
    (
        "r5_protective_custody",
        "casualties",
        "absent",
        r"detained: teenagers",
        [
            (
                "Three teenagers were placed in protective custody after a shooting at a school"
                " in Malmo that wounded two students, police said. Police were still searching "
                "for the gunman on Wednesday.",
                "2026-03-10",
            ),
        ],
    ),
    (
        "r5_sirens_are_no_happening",
        "disputes",
        "absent",
        r"What time it happened",
        [
            (
                "The fire at the Santa Rosa market started at about 3 a.m., fire officials "
                "said. Traders questioned the official timing of the evacuation, saying sirens "
                "sounded only at 5 a.m. No one was hurt.",
                "2026-03-10",
            ),
        ],
    ),
    (
        "r5_a_timeline_not_disputed",
        "disputes",
        "absent",
        r"What time it happened",
        [
            (
                "The explosion at the Jorf fertiliser plant happened at about 4 a.m., the "
                "company said. Residents did not dispute that timeline, saying they were woken "
                "by a loud bang at around 4:10 a.m. Three workers were killed.",
                "2026-03-10",
            ),
        ],
    ),
    (
        "r5_no_one_questioned",
        "disputes",
        "absent",
        r"What time it happened",
        [
            (
                "The landslide hit the village of Bududa at 1 a.m., the Red Cross said. No one "
                "has questioned that timeline, although villagers said warnings were issued at "
                "8 p.m. on Sunday. Sixteen people died.",
                "2026-03-10",
            ),
        ],
    ),
    (
        "r5_a_rival_group_in_one_report",
        "disputes",
        "present",
        r"(?s)\b31\b.*\b33\b|\b33\b.*\b31\b",
        [
            (
                "The toll from the prison riot in Guayaquil rose to 31, the SNAI prison "
                "authority said on Tuesday. The prosecutor's office said 33 inmates had died, "
                "including two who died in hospital.",
                "2026-03-10",
            ),
        ],
    ),
    (
        "r5_a_rival_group_named_two_ways",
        "disputes",
        "present",
        r"(?s)\b31\b.*\b33\b|\b33\b.*\b31\b",
        [
            (
                "The toll from the prison riot in Comayagua rose to 31, the prison authority "
                "said. The prosecutor's office said 33 inmates had died.",
                "2026-03-10",
            ),
            (
                "Thirty-three prisoners died in a riot at the Comayagua prison, prosecutors said.",
                "2026-03-11",
            ),
        ],
    ),
    (
        "r5_held_elsewhere_before",
        "casualties",
        "absent",
        r"Netherlands",
        [
            (
                "Gunmen killed six people at a cafe in Brussels on Friday, prosecutors said. "
                "Two of the suspects were in custody in the Netherlands on unrelated charges at"
                " the time of the attack, prosecutors said, and police are hunting the gunmen.",
                "2026-03-10",
            ),
        ],
    ),
]


# Cases of the sixth reading (stop 34): two hostile reviews of 2aca9fb (times said in dispute,
# accounts side by side, denials in place, counts of what befell things, acronyms, lone town
# names, namesakes). Each failed there, or held at 62a83a6 and failed there.
_SIXTH_READING_CASES: list[tuple[str, str, str, str, _Case]] = [
    (
        "r6_two_happenings_after_confusion",
        "disputes",
        "absent",
        r"What time it happened",
        [
            (
                "KUALA LUMPUR, March 9 (Reuters) - A fire at a garment factory in "
                "Selangor state killed nine workers on Sunday, police said. There was "
                "confusion over when families were told. The hospital said it began "
                "calling relatives at 4:30 p.m., while the first bus carrying survivors"
                " reached the hospital at 6:15 p.m., police said. Factory owner Lim "
                "Boon Keat told reporters the fire exits had been inspected in January."
                " The state fire department said 40 firefighters fought the blaze for "
                "three hours.",
                "2026-03-10",
            ),
        ],
    ),
    (
        "r6_a_list_of_times_is_one_side",
        "disputes",
        "present",
        r"What time it happened",
        [
            (
                "SOFIA, March 4 (Reuters) - Thieves broke into the National History "
                "Museum overnight and took gold jewellery from a Thracian hoard, police"
                " said on Wednesday. The timing of the alarm is disputed: Argus "
                "Security says its system sent alerts at 2:47, 2:52 and 3:05 a.m.; the "
                "Sofia police say they received nothing before 3:31 a.m. The museum's "
                "director, Petya Ivanova, said the stolen pieces were insured. Police "
                "said two suspects had been detained near the border with Serbia.",
                "2026-03-10",
            ),
        ],
    ),
    (
        "r6_fire_and_distress_call",
        "disputes",
        "absent",
        r"What time it happened",
        [
            (
                "MANILA, March 8 (AP) - The death toll from a ferry fire off Basilan "
                "island rose to 33 on Sunday. There was confusion over when the fire "
                "broke out. The captain said the fire started in the engine room at "
                "1:15 a.m., while the coast guard said it received the distress call at"
                " 2:05 a.m. Aleson Shipping, which operated the ferry, said the crew "
                "had followed all procedures. Survivors said life jackets were handed "
                "out late.",
                "2026-03-08",
            ),
        ],
    ),
    (
        "r6_versions_differ_colon",
        "disputes",
        "absent",
        r"The signal failed:",
        [
            (
                "CAIRO, March 10 (Reuters) - A passenger train collided with a freight "
                "train near Sohag in southern Egypt on Tuesday, killing 19 people, the "
                "health ministry said. Versions differ on when the signal failed: the "
                "railway authority says its signal went dark at 10:42 a.m., while the "
                "drivers' union says the signal had not worked since 9:15 a.m. "
                "Prosecutors ordered the arrest of two signalmen.",
                "2026-03-10",
            ),
        ],
    ),
    (
        "r6_comma_splice_that_agrees",
        "disputes",
        "absent",
        r"Accounts differ",
        [
            (
                "ATHENS, March 10 (Reuters) - A fire swept through a nursing home in "
                "the Athens suburb of Nea Smyrni overnight, killing four residents, "
                "officials said on Tuesday. Police say the fire started in a "
                "ground-floor kitchen, firefighters say the fire spread to the upper "
                "floors within minutes. Some 60 residents were evacuated to nearby "
                "hospitals. The home's operator, Evgeneia Care, said it was cooperating"
                " with investigators.",
                "2026-03-10",
            ),
        ],
    ),
    (
        "r6_with_saying_that_agrees",
        "disputes",
        "absent",
        r"Accounts differ",
        [
            (
                "BUCHAREST, March 11 (Reuters) - Rescuers pulled two more survivors "
                "from a collapsed apartment block in Bucharest on Wednesday, raising "
                "the number rescued to 14. Rescue work continued through the night, "
                "with police saying 14 people had been pulled from the rubble and the "
                "fire brigade saying the search of the rubble would take several more "
                "days. The block's residents had complained about cracks for years, "
                "neighbours said.",
                "2026-03-11",
            ),
        ],
    ),
    (
        "r6_dash_that_agrees",
        "disputes",
        "absent",
        r"Accounts differ",
        [
            (
                "SANTIAGO, Feb 20 (Reuters) - A wildfire near the Chilean city of "
                "Valparaiso destroyed dozens of homes on Friday. The regional governor "
                "said the blaze was under control by noon -- residents said the blaze "
                "had already destroyed at least 30 homes on the hillside. Chile's "
                "forestry agency CONAF said more than 400 hectares had burned. Two "
                "people were treated for smoke inhalation.",
                "2026-02-20",
            ),
        ],
    ),
    (
        "r6_a_list_of_agencies",
        "disputes",
        "absent",
        r"Accounts differ",
        [
            (
                "JAKARTA, March 5 (Reuters) - Floods in West Java killed at least 11 "
                "people this week, officials said. The disaster agency says 3,000 homes"
                " are under water, the health ministry says clinics in the area are "
                "treating hundreds for diarrhoea, and the social affairs ministry says "
                "it has sent food to the area. President Prabowo Subianto is due to "
                "visit on Friday.",
                "2026-03-10",
            ),
        ],
    ),
    (
        "r6_two_quarrels_of_two_voices",
        "disputes",
        "present",
        r"crane|safety",
        [
            (
                "HAMBURG, March 3 (Reuters) - Dock workers at the port of Hamburg "
                "walked off the job on Tuesday, halting container traffic. The union "
                "says HHLA cut night-shift pay in January; HHLA says the union rejected"
                " a 6% raise in February. About 40 ships were waiting to unload, the "
                "port authority said.",
                "2026-03-10",
            ),
            (
                "HAMBURG, March 5 (AP) - The strike at Hamburg's port entered a third "
                "day on Thursday. The union says HHLA ignored the union's complaints "
                "about unsafe cranes; HHLA says the union's own inspectors approved the"
                " cranes in February. Police said the picket lines were peaceful.",
                "2026-03-05",
            ),
        ],
    ),
    (
        "r6_doctors_and_parents",
        "disputes",
        "absent",
        r"Accounts differ",
        [
            (
                "MADRID, March 9 (Reuters) - A seven-year-old boy rescued from a well "
                "in southern Spain after 30 hours is recovering in hospital, officials "
                "said on Monday. Doctors say the boy is in stable condition, his "
                "parents say the boy is expected to go home on Friday. Rescuers from "
                "the Guardia Civil dug a parallel shaft to reach him.",
                "2026-03-10",
            ),
        ],
    ),
    (
        "r6_insisting_with_one_who_agrees",
        "disputes",
        "absent",
        r"Accounts differ",
        [
            (
                "BRATISLAVA, March 5 (Reuters) - A chemical plant in eastern Slovakia "
                "leaked ammonia on Thursday, forcing the evacuation of 200 workers. "
                "Plant operator Duslo insists the leak posed no danger to nearby "
                "villages -- the environment agency says its monitors found no ammonia "
                "in the villages. Three workers were treated in hospital.",
                "2026-03-10",
            ),
        ],
    ),
    (
        "r6_a_bridge_reopens_and_costs",
        "disputes",
        "absent",
        r"Accounts differ",
        [
            (
                "LYON, March 10 (AFP) - A road bridge over the Rhone in Lyon will stay "
                "closed after a barge struck it on Monday. The mayor says the bridge "
                "will reopen in May, and the transport agency says repairs to the "
                "bridge will cost 4 million euros. Commuters face long detours.",
                "2026-03-10",
            ),
        ],
    ),
    (
        "r6_denies_an_accusation_in_a_clause",
        "disputes",
        "absent",
        r"Denied by",
        [
            (
                "LAGOS, March 6 (Reuters) - A football match in Lagos was abandoned on "
                "Saturday after crowd trouble. The broadcaster said it had obtained a "
                "recording of the players' complaints, and the club, which a player has"
                " accused of racism, denies it. The league said it would open an "
                "investigation.",
                "2026-03-06",
            ),
        ],
    ),
    (
        "r6_an_offer_rejected",
        "disputes",
        "absent",
        r"Denied by",
        [
            (
                "SEOUL, March 4 (Reuters) - Thousands of Hyundai Motor workers walked "
                "off the job on Wednesday. The union says management offered a 3% raise"
                " on Monday; workers rejected it at a mass meeting on Tuesday. The "
                "company said production at its Ulsan plant had stopped.",
                "2026-03-10",
            ),
        ],
    ),
    (
        "r6_joined_and_walked_out",
        "disputes",
        "present",
        r"How many",
        [
            (
                "PARIS, March 5 (Reuters) - French refinery workers went on strike on "
                "Thursday over pay. The CGT union said 3,000 workers joined the strike "
                "at TotalEnergies sites. TotalEnergies said only 1,100 workers walked "
                "out, fewer than a third of the union's figure. Fuel shortages were "
                "reported at some petrol stations in the north.",
                "2026-03-10",
            ),
        ],
    ),
    (
        "r6_inspector_of_a_town_name",
        "who",
        "present",
        r"Hamilton",
        [
            (
                "WELLINGTON, March 7 (Reuters) - A bus carrying schoolchildren "
                "overturned on a highway near Taupo on Saturday, injuring 14 children. "
                "Police Inspector Hamilton said the bus left the road on a bend in "
                "heavy rain. Hamilton said the driver was being treated for minor "
                "injuries and would be interviewed. The school said parents had been "
                "informed.",
                "2026-03-07",
            ),
        ],
    ),
    (
        "r6_chancellor_is_no_given_name",
        "reactions",
        "absent",
        r"Chancellor Merz",
        [
            (
                "BERLIN, March 3 (Reuters) - German Chancellor Friedrich Merz said on "
                "Tuesday the government would send more police to the border after a "
                'shooting near Frankfurt (Oder). "We will not tolerate this," '
                "Chancellor Merz told reporters in Berlin. Interior Minister Alexander "
                "Dobrindt said the suspect was a Polish national.",
                "2026-03-10",
            ),
        ],
    ),
    (
        "r6_queuing_and_waiting",
        "disputes",
        "present",
        r"How many",
        [
            (
                "SANTOS, Brazil, Aug 14 (Reuters) - A strike by customs inspectors has "
                "left 140 ships queuing outside the port of Santos, the shipping "
                "agents' association Syndarma said on Thursday. Soybean exports were "
                "being delayed at the height of the season, it said.",
                "2026-08-14",
            ),
            (
                "SAO PAULO, Aug 14 (Folha) - The Santos port authority said only 60 "
                "ships were waiting to berth on Thursday, rejecting the shipping "
                "agents' figure as exaggerated. The customs inspectors are demanding a "
                "pay rise of 18 percent.",
                "2026-08-14",
            ),
        ],
    ),
    (
        "r6_a_vehicle_is_no_body",
        "who",
        "absent",
        r"\\bSUV\\b",
        [
            (
                "HOUSTON, Dec 7 (AP) - An SUV ploughed into a crowd at a Christmas "
                "market in Houston on Saturday evening, injuring 14 people, police "
                "said. The SUV hit a barrier before veering into the market stalls, "
                "Houston police chief Troy Finner said. Residents near the market were "
                "warned by SMS to stay indoors while officers searched the area. The "
                "driver, a 41-year-old local man, was arrested at the scene.",
                "2026-12-07",
            ),
        ],
    ),
    (
        "r6_inspector_preston",
        "who",
        "present",
        r"Preston",
        [
            (
                "MANCHESTER, England, Oct 2 (Reuters) - A 16-year-old boy was stabbed "
                "to death outside a school in Salford on Wednesday, police said. "
                "Detective Chief Inspector Preston of Greater Manchester Police said a "
                "17-year-old had been arrested on suspicion of murder. Preston said "
                "officers were not looking for anyone else. The boy's mother, Mrs Lima,"
                " told reporters her son had been bullied for months.",
                "2026-10-02",
            ),
        ],
    ),
    (
        "r6_spokesman_for_a_ministry",
        "who",
        "present",
        r"spokesman for the Interior Ministry",
        [
            (
                "AMMAN, March 4 (Reuters) - Floods in southern Jordan killed three "
                "people on Tuesday, including a child swept away in the town of Maan. A"
                " spokesman for the Interior Ministry, Omar Haddad, said rescuers were "
                "searching for a missing shepherd. A lawyer for Greenfield Logistics, "
                "Peter Haas, said the company's lorry driver who died had been ordered "
                "to take the flooded road. Schools in Maan will remain closed on "
                "Wednesday.",
                "2026-03-04",
            ),
        ],
    ),
    (
        "r6_an_accent_dropped",
        "reactions",
        "absent",
        r"^Efrain|\\| Efrain",
        [
            (
                "CUSCO, Peru, March 10 (Reuters) - Community leader Efra\u00edn Huillca "
                "Quispe said on Monday that the mining company had ignored warnings "
                "about the tailings dam before it burst, flooding the village of "
                "Chumbivilcas. The company, Minera Andina, said it was investigating "
                "the collapse.",
                "2026-03-10",
            ),
            (
                "LIMA, March 11 (AP) - Efrain Huillca told reporters that villagers "
                "would block the mine road until Minera Andina paid compensation. "
                "Regional officials said aid would arrive on Wednesday.",
                "2026-03-11",
            ),
        ],
    ),
    (
        "r6_premier_li",
        "reactions",
        "absent",
        r"Premier Li",
        [
            (
                "LEEDS, England, Aug 14 (Reuters) - A tower block in Leeds was "
                "evacuated on Thursday after cracks appeared in its concrete frame. "
                "Council leader James Hale said 240 residents had been moved to hotels."
                " Councillor Hale told the BBC that engineers would inspect the "
                "building over the weekend. Housing Secretary Angela Rayner said the "
                "government would help.",
                "2026-08-14",
            ),
            (
                "BEIJING, Aug 14 (Xinhua) - Chinese Premier Li Qiang on Thursday "
                "ordered an investigation into a bridge collapse in Shaanxi province "
                "that killed 11 people. Premier Li told officials that those "
                "responsible must be punished severely.",
                "2026-08-14",
            ),
        ],
    ),
    (
        "r6_comma_splice_after_a_deal",
        "disputes",
        "absent",
        r"Accounts differ",
        [
            (
                "BOGOTA, Colombia, April 7 (Reuters) - Truck drivers ended a four-day "
                "blockade of highways around Bogota on Monday after reaching a deal "
                "with the government. The union says it will meet the transport "
                "ministry on Thursday, the ministry says the union's proposals on fuel "
                "prices will be studied. Traffic returned to normal by the evening, "
                "police said.",
                "2026-04-07",
            ),
        ],
    ),
    (
        "r6_with_saying_in_praise",
        "disputes",
        "absent",
        r"Accounts differ",
        [
            (
                "ATHENS, Greece, July 18 (Reuters) - A ferry carrying 320 passengers "
                "ran aground off the island of Paros on Thursday evening, with the "
                "coast guard saying the ferry's captain raised the alarm promptly and "
                "the ferry operator saying the coast guard responded within minutes. No"
                " one was hurt. Passengers were taken to Paros by smaller boats.",
                "2026-07-18",
            ),
        ],
    ),
    (
        "r6_congresswoman",
        "reactions",
        "absent",
        r"Congresswoman Luque",
        [
            (
                "LIMA, Feb 12 (Reuters) - Peruvian lawmakers on Wednesday called for an"
                " inquiry into a bus crash that killed 22 people in the Andean region "
                "of Puno. Opposition lawmaker Ruth Luque said the road had been "
                "declared unsafe two years ago. Congresswoman Luque told reporters the "
                "transport ministry had ignored the warnings. The bus operator said the"
                " driver had lost control on a bend.",
                "2026-02-12",
            ),
        ],
    ),
    (
        "r6_repairs_and_lost_trade",
        "disputes",
        "absent",
        r"What it cost",
        [
            (
                "GENOA, Italy, Aug 20 (Reuters) - Repairs to the collapsed road bridge "
                "over the Polcevera river will cost 45 million euros, the transport "
                "ministry said on Tuesday. The true cost of the closure to local "
                "businesses is 120 million euros in lost trade, the Genoa chamber of "
                "commerce said. The bridge is expected to reopen in 2027.",
                "2026-08-20",
            ),
        ],
    ),
    (
        "r6_that_figure_is_the_homes",
        "disputes",
        "absent",
        r"Denied by Borno state government: the account of NEMA Floods",
        [
            (
                "LAGOS, Nigeria, Sept 12 (Reuters) - Floods in the northeastern city of"
                " Maiduguri killed at least 30 people after a dam burst, Nigeria's "
                "emergency agency NEMA said. NEMA said 4,000 homes were inundated. The "
                "Borno state government disputed that figure on Thursday, saying 11,000"
                " homes were flooded across the city.",
                "2026-09-12",
            ),
        ],
    ),
    (
        "r6_does_not_dispute_that_figure",
        "disputes",
        "absent",
        r"Denied by",
        [
            (
                "DUBLIN, July 29 (Reuters) - Aer Lingus cancelled 120 flights on "
                "Saturday as pilots staged an eight-hour strike, the Irish Pilots' "
                "Association said. Aer Lingus does not dispute that figure but says "
                "most passengers were rebooked on other flights. The pilots are seeking"
                " a 24 percent pay rise. Talks are due to resume at the Labour Court on"
                " Tuesday.",
                "2026-07-29",
            ),
        ],
    ),
]


# Cases of the seventh reading (stop 35): two hostile reviews of 924936c (disputes announced
# across sentences, answers to what was just told, voices of "it said", hedged times, years
# of earlier disasters, rivers). Each failed there.
_SEVENTH_READING_CASES: list[tuple[str, str, str, str, _Case]] = [
    (
        "r7_a_disputed_border_area",
        "disputes",
        "absent",
        r"Accounts differ",
        [
            (
                "SRINAGAR, India, May 7 (Reuters) - An avalanche struck an army post in"
                " the Kupwara sector on Thursday, killing five soldiers. The disputed "
                "border area sees heavy snow every spring. The Indian army said five "
                "soldiers were killed and two were rescued alive. Local police "
                "officials said five soldiers were killed and two were rescued by an "
                "army team. Rescue operations ended on Friday morning.",
                "2026-05-07",
            ),
        ],
    ),
    (
        "r7_a_controversial_dam",
        "disputes",
        "absent",
        r"Accounts differ",
        [
            (
                "ADDIS ABABA, Sept 12 (AFP) - Flooding below a dam on the Omo river "
                "displaced about 8,000 people in southern Ethiopia this week. The "
                "controversial dam was completed in 2016. Regional official Abebe "
                "Tadesse said water released from the reservoir flooded six villages. "
                "Aid worker Liya Kebede, of the Ethiopian Red Cross, said water "
                "released from the reservoir had flooded the villages overnight.",
                "2026-09-12",
            ),
        ],
    ),
    (
        "r7_its_own_engineer",
        "disputes",
        "absent",
        r"Accounts differ",
        [
            (
                "OSLO, March 18 (NTB) - A passenger train ran onto the wrong track and "
                "hit a maintenance vehicle near Drammen on Wednesday, injuring nine "
                "people. The cause remains contested. Rail operator Bane Nor said a "
                "signal fault sent the train onto the wrong track. Its chief engineer, "
                "Dag Berg, said the signal fault had been reported two days earlier but"
                " not repaired. The train drivers' union said the driver had followed "
                "every signal correctly.",
                "2026-03-18",
            ),
        ],
    ),
    (
        "r7_a_commentator_who_agrees",
        "disputes",
        "absent",
        r"Accounts differ",
        [
            (
                "MEXICO CITY, Oct 2 (Reuters) - A metro train derailed on Line 12 in "
                "Mexico City on Thursday, injuring 32 passengers. The cause is "
                "disputed. Metro director Guillermo Calder\u00f3n said a worn rail had "
                "caused the derailment. Engineering professor Ana Ruiz, of the National"
                " Autonomous University, said worn rails were a known problem across "
                "the whole network and needed urgent replacement. The city's prosecutor"
                " said an investigation had been opened.",
                "2026-10-02",
            ),
        ],
    ),
    (
        "r7_the_families_spokeswoman",
        "disputes",
        "absent",
        r"rejected that account: A spokeswoman for the families",
        [
            (
                "LIMA, Feb 12 (Reuters) - Two miners were shot dead during a protest at"
                " a gold mine in southern Peru on Thursday. Miners' families said "
                "police opened fire without warning. Police rejected that account. A "
                "spokeswoman for the families said officers fired at least 30 rounds "
                "into the crowd. The interior ministry said it had sent investigators "
                "to the site.",
                "2026-02-12",
            ),
        ],
    ),
    (
        "r7_a_claim_of_the_rebels",
        "disputes",
        "absent",
        r"United Nations",
        [
            (
                "GOMA, Congo, April 9 (Reuters) - Fighting near Goma killed dozens of "
                "people this week. The M23 rebels said government drones killed 40 "
                "civilians in a market on Tuesday. The United Nations mission said it "
                "could not verify the figure. The army disputes that account. Army "
                "spokesman Sylvain Ekenge said the drones struck only rebel positions.",
                "2026-04-09",
            ),
        ],
    ),
    (
        "r7_minutes_before",
        "disputes",
        "present",
        r"When",
        [
            (
                "JOHANNESBURG, Aug 14 (Reuters) - A freight train carrying coal "
                "derailed and crashed into a commuter platform in Germiston on "
                "Thursday, killing six people. The derailment happened minutes before "
                "6:00 a.m., as the platform was filling with workers, the rail operator"
                " Transnet said. Transnet said it had suspended services on the line.",
                "2026-08-14",
            ),
            (
                "GERMISTON, South Africa (AP) - The crash happened at 5:15 a.m., "
                "residents near the Germiston line said, well before the morning rush. "
                "Emergency services said six people were killed and 22 injured when the"
                " derailment flattened part of the platform.",
                "2026-08-14",
            ),
        ],
    ),
    (
        "r7_not_before",
        "disputes",
        "present",
        r"When",
        [
            (
                "TBILISI, Georgia, June 3 (Reuters) - A mudslide buried part of the "
                "village of Shovi on Tuesday, killing at least eight people. The "
                "regional emergency service said the evacuation alert went out at 10:20"
                " a.m., about half an hour before the mudslide struck. Villagers said "
                "the alert did not arrive before 10:50 a.m., by which time the slope "
                "had already given way.",
                "2026-06-03",
            ),
            (
                "Georgia's interior ministry said rescue teams had recovered eight "
                "bodies in Shovi and were searching for 11 missing people. The "
                "emergency service insisted its alert was sent at 10:20 a.m.; residents"
                " said no alert came before 10:50 a.m.",
                "2026-06-04",
            ),
        ],
    ),
    (
        "r7_they_are_not_the_floodwaters",
        "disputes",
        "absent",
        r"floodwaters",
        [
            (
                "VALENCIA, Spain, Oct 30 (Reuters) - Flash floods swept through towns "
                "south of Valencia overnight, killing at least 17 people. The timing of"
                " the warnings remains contested. Residents of Paiporta said the "
                "floodwaters rose within minutes; they said no alert reached their "
                "phones until after midnight. The regional emergency agency said alerts"
                " were sent to every phone in the area at 8 p.m. Spain's weather agency"
                " had issued a red warning on Tuesday morning.",
                "2026-10-30",
            ),
        ],
    ),
    (
        "r7_video_from_the_scene",
        "disputes",
        "absent",
        r"According to scene",
        [
            (
                "TUNIS, April 18 (AFP) - Two protesters were killed in clashes with "
                "police in the southern town of Tataouine on Friday. According to video"
                " from the scene, officers fired live rounds at protesters who were "
                "throwing stones. The interior ministry disputed that account. Ministry"
                " spokesman Faker Bouzghaya said officers fired only tear gas and "
                "rubber bullets.",
                "2026-04-18",
            ),
        ],
    ),
    (
        "r7_a_cause_all_agree_on",
        "disputes",
        "absent",
        r"Accounts differ",
        [
            (
                "LYON, France (Reuters) - A fire tore through a care home in the French"
                " city of Lyon early on Monday, killing four residents and injuring 11,"
                " authorities said. The cause of the blaze remains contested. The "
                "regional fire service said the fire started in a laundry room on the "
                "ground floor, where a tumble dryer had overheated. Care home director "
                "Sophie Marchand said staff first saw smoke coming from the laundry "
                "room shortly after 3 a.m. Prosecutors have opened an investigation for"
                " involuntary manslaughter. The home's owner, Residalis, has been "
                "criticised by unions for staff shortages, a charge it denies.",
                "2026-03-10",
            ),
        ],
    ),
    (
        "r7_a_ministry_and_its_minister",
        "disputes",
        "absent",
        r"Accounts differ",
        [
            (
                "NAIROBI (Reuters) - A cholera outbreak in Kenya's Turkana county has "
                "killed 17 people since late February, the health ministry said on "
                "Tuesday. Nor is there agreement on the cause. The health ministry said"
                " contaminated water from a borehole in Lodwar was the likely source of"
                " the infections. Health Minister Grace Wambui told reporters the "
                "borehole in Lodwar had been sealed and water trucks sent to the area. "
                "Local leaders have accused the county government of ignoring earlier "
                "warnings about sanitation. More than 400 cases have been recorded, "
                "according to the ministry.",
                "2026-03-10",
            ),
        ],
    ),
    (
        "r7_a_territorial_dispute",
        "disputes",
        "absent",
        r"Accounts differ",
        [
            (
                "MANILA (Reuters) - Philippine rescuers saved 14 fishermen after their "
                "wooden boat capsized near Scarborough Shoal on Wednesday, officials "
                "said. The shoal has been at the centre of a territorial dispute for "
                "more than a decade. The coast guard said the 14 fishermen clung to the"
                " hull of the capsized boat for six hours before they were found. The "
                "navy said a second vessel had joined the search for two fishermen "
                "still missing from the boat. Strong winds and high waves had been "
                "forecast for the area, the weather bureau said.",
                "2026-03-10",
            ),
        ],
    ),
    (
        "r7_a_controversial_bypass",
        "disputes",
        "absent",
        r"Accounts differ",
        [
            (
                "ZAGREB (Reuters) - Two people died and five were injured when a bus "
                "carrying tourists skidded off the new Peljesac coastal bypass in "
                "southern Croatia on Saturday, police said. The controversial bypass "
                "opened to traffic in 2025. Police said the bus driver lost control on "
                "a sharp bend of the bypass in heavy rain. The fire service said "
                "firefighters cut two passengers free from the wreck of the bus on the "
                "bend. The injured, all Austrian nationals, were taken to hospital in "
                "Dubrovnik. The driver, a 52-year-old Croatian man, was being "
                "questioned, police said.",
                "2026-03-10",
            ),
        ],
    ),
    (
        "r7_talks_without_agreement",
        "disputes",
        "absent",
        r"Accounts differ",
        [
            (
                "BRUSSELS (Reuters) - Belgian rail traffic will be halted again on "
                "Monday after talks between unions and the national rail operator broke"
                " down late on Friday. Talks ended without agreement shortly before "
                "midnight. The socialist rail union ACOD said the strike would begin on"
                " Sunday at 10 p.m. and last 48 hours. The rail operator SNCB said it "
                "expected the strike to begin on Sunday evening and advised passengers "
                "to postpone travel. Unions oppose a pension reform that would raise "
                "the retirement age of train drivers. Thousands of commuters were "
                "stranded during a similar strike in February.",
                "2026-03-10",
            ),
        ],
    ),
    (
        "r7_two_times_of_two_moments",
        "disputes",
        "absent",
        r"Accounts differ",
        [
            (
                "OSLO (Reuters) - An avalanche hit a ski lift station in northern "
                "Norway on Friday, killing two people, police said. The timing of the "
                "warning is disputed. The Norwegian avalanche service said it raised "
                "the danger level for the area at 9:15 a.m. on Friday. The ski resort's"
                " manager Lars Eide said the resort received the avalanche warning at "
                "9:15 a.m. and closed the upper lifts at 9:40 a.m. The avalanche struck"
                " the lift station at about 11:30 a.m., police said. Four people were "
                "injured.",
                "2026-03-10",
            ),
        ],
    ),
    (
        "r7_a_villager_who_agrees",
        "disputes",
        "absent",
        r"Accounts differ",
        [
            (
                "JAKARTA (Reuters) - A hot mudflow from Mount Semeru buried two "
                "villages in East Java on Saturday, killing at least 12 people, the "
                "disaster agency said. The role of the sand mines on the slopes is "
                "disputed. Environmental group Walhi said illegal sand mining had "
                "stripped the slopes and widened the path of the mudflow. Villager Siti"
                " Aminah, 45, said the sand miners had dug along the river for years "
                "and the river now flooded every rainy season. The disaster agency said"
                " 900 people had been evacuated to schools and mosques in the area.",
                "2026-03-10",
            ),
        ],
    ),
    (
        "r7_a_sentence_about_the_quarrel",
        "disputes",
        "absent",
        r"see it differently: The dispute",
        [
            (
                "TUNIS (Reuters) - At least 28 migrants drowned when their boat sank "
                "off the Tunisian coast near Sfax on Saturday, the national guard said."
                " The national guard said the boat sank shortly after leaving the coast"
                " and that 12 people were rescued. Survivors see it differently. The "
                "dispute over the rescue will be examined by the prosecutor, a court "
                "spokesman said. Survivors told the Red Crescent the coast guard boat "
                "had circled them for an hour before anyone was pulled from the water.",
                "2026-03-10",
            ),
        ],
    ),
    (
        "r7_does_not_dispute",
        "disputes",
        "absent",
        r"does not",
        [
            (
                "ROTTERDAM (Reuters) - A container ship collided with a river barge in "
                "the port of Rotterdam on Tuesday, injuring three crew members, the "
                "port authority said. The port authority said the container ship Nordic"
                " Star had turned into the channel without clearance from traffic "
                "control. The shipping company does not dispute that account. It said "
                "the ship's captain had been suspended pending an investigation. Diesel"
                " leaked from the barge into the harbour but was contained by floating "
                "booms, the port authority said.",
                "2026-03-10",
            ),
        ],
    ),
    (
        "r7_the_toll_of_the_ministry",
        "disputes",
        "absent",
        r"account of Rescuers",
        [
            (
                "KATHMANDU (Reuters) - The Nepali home ministry on Wednesday put the "
                "death toll from last week's landslides in Sindhupalchok district at "
                "41. Rescuers said they had reached the last cut-off village of Bhotang"
                " on Tuesday and found 60 families living in tents. The association of "
                "victims' families does not accept the toll. Its chairman Ram Bahadur "
                "Tamang said at least 70 people were buried in Bhotang alone and many "
                "bodies had not been recovered. Heavy monsoon rain is forecast to "
                "continue through the weekend.",
                "2026-03-10",
            ),
        ],
    ),
    (
        "r7_a_spokesman_for_the_body",
        "disputes",
        "absent",
        r"Accounts differ",
        [
            (
                "ISLAMABAD (Reuters) - A passenger train derailed in Pakistan's Sindh "
                "province on Sunday, killing 15 people, railway officials said. The "
                "cause of the derailment remains controversial. Pakistan Railways said "
                "a broken fishplate on the track caused the derailment near Nawabshah. "
                "A spokesman for Pakistan Railways, Babar Ali, said the fishplate on "
                "the track had been reported broken two days earlier but not repaired. "
                "Opposition lawmakers called for the railways minister to resign. More "
                "than 50 passengers were injured.",
                "2026-03-10",
            ),
        ],
    ),
    (
        "r7_just_after",
        "disputes",
        "present",
        r"When",
        [
            (
                "ATLANTA (Reuters) - A gunman killed three people at a nightclub in "
                "Atlanta early on Sunday before being shot dead by police, authorities "
                "said. The shooting began just after 2:10 a.m., when the gunman opened "
                "fire near the entrance of the Velvet Room club, police said. Eight "
                "people were wounded. The gunman was identified as a 31-year-old local "
                "man with no criminal record.",
                "2026-03-10",
            ),
            (
                "ATLANTA (AP) - Three people were killed and eight wounded when a man "
                "opened fire at the Velvet Room nightclub in Atlanta on Sunday. "
                "Witnesses said the shooting began at 2:28 a.m. near the entrance, as "
                "the club was closing. The gunman was shot dead by officers. Mayor "
                "Denise Carter said the city would review security at late-night "
                "venues, and the club's owner said he was cooperating with "
                "investigators.",
                "2026-03-10",
            ),
        ],
    ),
]


# Cases of the eighth reading (stop 36): two hostile reviews of 3676533 (figures voiced by
# the parse, one set above another's estimate, people in a cabin, parts of a year, a denial
# opened by "But", days without a year, one denial told twice). Each failed there.
_EIGHTH_READING_CASES: list[tuple[str, str, str, str, _Case]] = [
    (
        "r8_a_quoted_claim_rebutted",
        "disputes",
        "absent",
        r"operator, prosecutor",
        [
            (
                "TBILISI, Jan 20 (Reuters) - A cable car cabin plunged onto rocks at "
                "the Gudauri ski resort on Sunday, killing three skiers. The operator, "
                "Gudauri Lifts, said ten people were in the cabin when a cable clamp "
                'failed. "The operator keeps saying ten people were in the cabin, but '
                'the footage shows more," prosecutor Giorgi Darchiashvili told '
                "reporters on Monday. Investigators have seized maintenance logs.",
                "2026-01-20",
            ),
            (
                "GUDAURI, Georgia, Jan 20 (AP) - Prosecutors say fourteen people were "
                "inside the cabin that fell at the Gudauri resort, four more than it "
                "was certified to carry. Three people died and nine were hospitalised "
                "in Tbilisi, the health ministry said.",
                "2026-01-20",
            ),
        ],
    ),
    (
        "r8_a_quoted_claim_and_the_video",
        "disputes",
        "absent",
        r"company, prosecutor",
        [
            (
                "TBILISI, Jan 23 (Reuters) - Georgian prosecutors on Thursday charged "
                "two managers of Gudauri Lifts over Sunday's cable car crash that "
                "killed three skiers. The company has said nine people were in the "
                'cabin. "The operator told investigators nine people were in the cabin,'
                " but the video shows thirteen people boarding the cabin at the lower "
                'station," prosecutor Giorgi Darchiashvili told reporters. The managers'
                " deny negligence.",
                "2026-01-23",
            ),
        ],
    ),
    (
        "r8_according_to_and_said",
        "disputes",
        "absent",
        r"9,000 agriculture ministry",
        [
            (
                "KHARTOUM, Oct 4 (Reuters) - According to the agriculture ministry, "
                "floods have submerged 3,000 hectares of farmland in Sudan's Gezira "
                "state, while the FAO said 9,000 hectares had been affected. Farmers "
                "said the Nile rose faster than in any year they could remember. Aid "
                "agencies said at least 40 villages were cut off and that boats were "
                "the only way to deliver food.",
                "2026-10-04",
            ),
        ],
    ),
    (
        "r8_according_to_and_the_estimate",
        "disputes",
        "absent",
        r"38,700 FAO",
        [
            (
                "NAIROBI, Feb 14 (AFP) - According to the FAO, locusts have damaged "
                "62,000 hectares of pasture in northern Kenya, well above the "
                "government's estimate of 38,700 hectares. Herders in Marsabit said the"
                " swarms had eaten grazing land that would normally last until the long"
                " rains. The ministry said spraying had covered 8,000 hectares.",
                "2026-02-14",
            ),
        ],
    ),
    (
        "r8_he_after_a_spokeswoman",
        "disputes",
        "absent",
        r"Anna Lechner",
        [
            (
                "INNSBRUCK, Austria, Dec 28 (Reuters) - A gondola cabin slid back down "
                "its cable near Solden on Saturday, injuring 11 people. Operator Otztal"
                " Bergbahnen said nine people were in the cabin. Markus Egger, 41, was "
                "queueing at the valley station with his son. Police spokeswoman Anna "
                'Lechner said an investigation had been opened. "I saw twelve people '
                'boarding the cabin, I counted them," he said.',
                "2026-12-28",
            ),
        ],
    ),
    (
        "r8_the_toll_rejected",
        "casualties",
        "absent",
        r"civilians army",
        [
            (
                "YANGON, March 3 (AFP) - Myanmar's military said 12 people were killed "
                "in an air strike on a village in Sagaing region on Sunday. Local "
                "rights groups rejected the army's toll, estimating that at least 40 "
                "civilians had been killed, including children at a school. The junta "
                "said it targeted rebel fighters.",
                "2026-03-03",
            ),
        ],
    ),
    (
        "r8_forest_and_farmland",
        "disputes",
        "absent",
        r"How many hectares",
        [
            (
                "VALENCIA, Spain, Aug 3 (Reuters) - A wildfire near Bejis has burned "
                "8,200 hectares of forest since Saturday, regional officials said, "
                "higher than the total count of 5,100 hectares of farmland burned "
                "across the region in all of 2025. About 1,500 residents were "
                "evacuated. Firefighters said winds were easing.",
                "2026-08-03",
            ),
        ],
    ),
    (
        "r8_the_whole_season",
        "disputes",
        "absent",
        r"5,600",
        [
            (
                "MANILA, Oct 12 (Reuters) - Typhoon Kalmaegi flooded 1,200 homes in "
                "Cagayan province in Sunday's storm, provincial officials said. Across "
                "the whole rainy season, the Philippine Red Cross puts the figure at "
                "5,600 homes in the province. Four people died, the civil defence "
                "office said.",
                "2026-10-12",
            ),
        ],
    ),
    (
        "r8_this_year_and_last",
        "disputes",
        "absent",
        r"How many hectares",
        [
            (
                "BRASILIA, Nov 5 (Reuters) - Illegal miners have cleared 2,100 hectares"
                " of Yanomami land this year, the environment agency Ibama said on "
                "Wednesday, higher than its estimate of 1,300 hectares cleared in all "
                "of last year. Indigenous leaders said the real figure was far larger.",
                "2026-11-05",
            ),
        ],
    ),
    (
        "r8_the_earlier_quakes_tally",
        "disputes",
        "absent",
        r"aftershocks",
        [
            (
                "ANKARA, Feb 10 (AFP) - Turkey's AFAD disaster agency said on Tuesday "
                "that 1,450 aftershocks had been recorded since the magnitude 6.1 quake"
                " struck Malatya, fewer than the tally of 2,300 aftershocks logged "
                "after the 2023 earthquake in the first week. Two people died and 120 "
                "buildings collapsed, AFAD said.",
                "2026-02-10",
            ),
        ],
    ),
    (
        "r8_a_budget_figure",
        "disputes",
        "absent",
        r"20 billion",
        [
            (
                "MANILA, Nov 20 (Reuters) - The public works department said rebuilding"
                " after Typhoon Fung-wong would cost 48 billion pesos, well above the "
                "budget figure of 20 billion pesos set aside in this year's calamity "
                "fund. Senators said the budget department estimated the damage at 31 "
                "billion pesos.",
                "2026-11-20",
            ),
        ],
    ),
    (
        "r8_the_bus_station",
        "disputes",
        "absent",
        r"on board",
        [
            (
                "QUETTA, Pakistan, June 3 (Reuters) - A bomb exploded at the main bus "
                "terminal in Quetta on Wednesday, killing nine people. About 200 people"
                " were in the bus station when the device went off near a coach bound "
                "for Karachi, police said. The coach was carrying 40 passengers, its "
                "operator said.",
                "2026-06-03",
            ),
        ],
    ),
    (
        "r8_the_rescue_boat",
        "disputes",
        "absent",
        r"rescue boat",
        [
            (
                "ATHENS, June 14 (Reuters) - A fishing boat carrying about 200 migrants"
                " sank off Pylos on Wednesday, the Greek coast guard said. Twelve "
                "people were in the rescue boat that capsized during the operation, a "
                "coast guard spokesman said; all were pulled out alive. At least 79 "
                "bodies have been recovered.",
                "2026-06-14",
            ),
        ],
    ),
    (
        "r8_by_mid_year",
        "when",
        "absent",
        r"2028",
        [
            (
                "BEIRUT, Oct 8 (Reuters) - A fire gutted a warehouse at Beirut port on "
                "Tuesday, the civil defence said. No one was hurt. The government has "
                "promised to rebuild the port's grain silos by mid-2028.",
                "2026-10-08",
            ),
        ],
    ),
    (
        "r8_until_late_year",
        "when",
        "absent",
        r"2027",
        [
            (
                "GENOA, Italy, Sept 4 (Reuters) - A section of a motorway viaduct "
                "collapsed near Genoa on Thursday, injuring three drivers, firefighters"
                " said. The motorway operator said the route would remain closed until "
                "late 2027.",
                "2026-09-04",
            ),
        ],
    ),
    (
        "r8_however_after_another_voice",
        "disputes",
        "absent",
        r"dredging",
        [
            (
                "LAGOS, Jan 9 (Reuters) - Residents of Ajegunle said the canal had not "
                "been dredged since 2023, and that they warned the state government in "
                "December. The state's environment commissioner said dredging would "
                "start next month. However, officials denied that any warning had "
                "reached the ministry.",
                "2026-01-09",
            ),
        ],
    ),
    (
        "r8_two_denials_of_a_city",
        "disputes",
        "present",
        r"tear gas",
        [
            (
                "TBILISI, Dec 1 (Reuters) - Protesters said police fired tear gas at "
                "the crowd outside parliament on Friday night. City officials denied "
                "that police had used tear gas. Dozens were detained.",
                "2026-12-01",
            ),
            (
                "TBILISI, Dec 1 (AFP) - Protesters said police fired rubber bullets at "
                "the crowd near Rustaveli Avenue. The city administration denied that "
                "police had fired rubber bullets. At least 30 people were hurt.",
                "2026-12-01",
            ),
        ],
    ),
    (
        "r8_but_after_the_fire_chief",
        "disputes",
        "absent",
        r"Adebayo Ojo",
        [
            (
                "LAGOS (Reuters) - A fire destroyed a textile warehouse in the Apapa "
                "district of Lagos on Tuesday, killing three night guards. State "
                "inspectors said the warehouse had operated without a valid fire "
                "licence since 2023. Fire brigade chief Adebayo Ojo said the blaze was "
                "brought under control shortly after 3 a.m. and that crews had pumped "
                "water from the lagoon. But the owner, Chidi Nwosu, denied that the "
                "building had lacked a licence, saying all permits were renewed in "
                "January. Police said they had opened an investigation.",
                "2026-03-11",
            ),
        ],
    ),
    (
        "r8_but_after_the_governor",
        "disputes",
        "absent",
        r"Juma Homera",
        [
            (
                "MBEYA, Tanzania (AP) - At least 14 people were killed when a passenger"
                " bus overturned on the Iringa-Mbeya highway on Sunday. Survivors said "
                "the driver had been speeding and talking on his phone moments before "
                "the crash. The driver fled the scene, police said.",
                "2026-05-04",
            ),
            (
                "MBEYA (Reuters) - Fourteen people died and dozens were injured after a"
                " bus plunged off the road near Mbeya on Sunday. Regional governor Juma"
                " Homera said 31 injured passengers were taken to the referral hospital"
                " in Mbeya. But the bus company, Safari Line, denied that its driver "
                "had been speeding, blaming a tyre burst.",
                "2026-05-04",
            ),
        ],
    ),
    (
        "r8_but_its_chief_executive",
        "disputes",
        "absent",
        r"account of company",
        [
            (
                "DHAKA (Reuters) - Hundreds of garment workers blocked a highway "
                "outside Dhaka on Wednesday to demand unpaid wages. Union leaders said "
                "200 workers at the Rupsha Apparels factory had been laid off without "
                "notice last week. The company said it had paid all outstanding wages "
                "by Friday. But its chief executive, Anwar Hossain, denied that any "
                "workers had been laid off, saying they had been moved to another "
                "plant. Police used batons to clear the road.",
                "2026-04-16",
            ),
        ],
    ),
    (
        "r8_but_after_the_operator",
        "disputes",
        "absent",
        r"account of operator",
        [
            (
                "TBILISI (Reuters) - A cable car cabin fell at the Gudauri ski resort "
                "on Saturday, injuring eight people. Witnesses said the cable car had "
                "been stopping and restarting repeatedly throughout the morning. The "
                "operator said the cabin was carrying eight people at the time. But the"
                " resort's management denied that there had been any stoppages before "
                "the accident. Georgia's interior ministry has opened a criminal case.",
                "2026-02-15",
            ),
        ],
    ),
    (
        "r8_yet_another_official",
        "disputes",
        "absent",
        r"another senior official",
        [
            (
                "MANILA (AP) - Flash floods swept through villages in Quezon province "
                "on Monday. The provincial disaster office said evacuation warnings "
                "were broadcast by radio on Sunday evening. Yet another senior "
                "official, the provincial governor's chief of staff, denied that the "
                "governor had left the province during the storm. Residents said the "
                "water rose within minutes.",
                "2026-09-22",
            ),
        ],
    ),
    (
        "r8_but_after_the_toll",
        "disputes",
        "absent",
        r"43 people had died",
        [
            (
                "NAIROBI (Reuters) - A cholera outbreak has spread to 14 counties in "
                "Kenya. Doctors said cases had been confirmed in the capital's Kibera "
                "district last week. The health ministry said 43 people had died since "
                "the outbreak began. But Nairobi governor Johnson Sakaja denied that "
                "the outbreak had reached the capital.",
                "2026-02-10",
            ),
        ],
    ),
    (
        "r8_an_arrest_and_a_visit",
        "disputes",
        "absent",
        r"Accounts differ",
        [
            (
                "ALMATY (Reuters) - A Kazakh journalist accused of spreading false "
                "information remains in custody in Almaty. Police said the journalist, "
                "Aigerim Tulegenova, was arrested on Monday, while her family said they"
                " were not allowed to see her until March 20. Press freedom groups have"
                " called for her release.",
                "2026-03-24",
            ),
        ],
    ),
    (
        "r8_a_weekday_and_its_date",
        "disputes",
        "absent",
        r"Accounts differ",
        [
            (
                "GDANSK (Reuters) - Workers at the Gdansk shipyard staged a one-day "
                "strike on Wednesday after a welder died when a winch cable snapped. "
                "The Solidarity union said it alerted managers to the faulty winch on "
                "Monday, but shipyard director Marek Nowak said he was not told until "
                "November 16. Prosecutors have opened an investigation.",
                "2026-11-18",
            ),
        ],
    ),
    (
        "r8_two_police_denials",
        "disputes",
        "present",
        r"beating",
        [
            (
                "MINSK (Reuters) - Opposition supporters rallied in central Minsk on "
                "Sunday. Witnesses said riot police beat protesters outside the central"
                " railway station. Police denied beating any protesters.",
                "2026-08-10",
            ),
            (
                "MINSK (AP) - Witnesses said riot police fired tear gas at protesters "
                "near the central railway station on Sunday evening. Police denied "
                "firing tear gas at protesters, saying they used only loudspeakers.",
                "2026-08-10",
            ),
        ],
    ),
    (
        "r8_two_denials_of_a_city_hall",
        "disputes",
        "present",
        r"bulldoz",
        [
            (
                "ATHENS (Reuters) - Activists said the city cut off water to the "
                "Eleonas migrant camp on Monday. City officials denied cutting off "
                "water to the camp and blamed a burst pipe.",
                "2026-07-14",
            ),
            (
                "ATHENS (AP) - Activists said city workers bulldozed tents at the "
                "Eleonas migrant camp on Monday. The city administration denied that "
                "any tents at the camp were bulldozed.",
                "2026-07-14",
            ),
        ],
    ),
    (
        "r8_two_ministries",
        "disputes",
        "present",
        r"oxygen",
        [
            (
                "KHARTOUM (Reuters) - Doctors said patients at Al-Amal hospital in "
                "Omdurman died after oxygen supplies ran out on Saturday. The health "
                "ministry denied that any patient at the hospital died because of "
                "oxygen shortages.",
                "2026-04-20",
            ),
            (
                "KHARTOUM (AP) - Doctors said security forces raided Al-Amal hospital "
                "in Omdurman on Saturday and detained patients. The interior ministry "
                "denied that security forces detained any patient at the hospital.",
                "2026-04-20",
            ),
        ],
    ),
    (
        "r8_two_spokespeople",
        "disputes",
        "present",
        r"dumping",
        [
            (
                "LIMA (Reuters) - A mining company in southern Peru was accused of "
                "polluting the Chumbao river. Farmers said the company dumped tailings "
                "into the river in March. A spokesperson denied dumping anything into "
                "the river.",
                "2026-05-02",
            ),
            (
                "LIMA (AP) - Farmers said the company's trucks damaged the river bridge"
                " in March. A spokesperson denied that company trucks used the river "
                "bridge.",
                "2026-05-02",
            ),
        ],
    ),
    (
        "r8_police_and_governor",
        "disputes",
        "present",
        r"houses were burned",
        [
            (
                "EL FASHER, Sudan (Reuters) - Residents said soldiers burned houses in "
                "the village of Kalma on Friday. The regional police denied that any "
                "houses were burned in Kalma.",
                "2026-06-14",
            ),
            (
                "EL FASHER (AP) - Residents said soldiers looted houses in Kalma "
                "village on Friday and stole livestock. The regional governor denied "
                "that soldiers looted any houses in the village.",
                "2026-06-14",
            ),
        ],
    ),
    (
        "r8_a_bus_terminal",
        "disputes",
        "absent",
        r"on board",
        [
            (
                "ACCRA (Reuters) - Part of the roof of the Kaneshie bus terminal in "
                "Accra collapsed on Monday, crushing a parked minibus. About 40 people "
                "were in the bus terminal when the roof fell, the fire service said. "
                "Seven people were injured.",
                "2026-06-09",
            ),
            (
                "ACCRA (AP) - Police said 9 people were in the minibus when the roof "
                "collapsed on it at the Kaneshie terminal. Seven people were hurt.",
                "2026-06-09",
            ),
        ],
    ),
]


# Cases of the ninth reading (stop 37): two hostile reviews of fc6c872 (one denial told by
# a person, an office and a body; sums a thing is worth; a voice whose verb is left out; a
# "But" with no figure; a toll that moved on). Each failed there.
_NINTH_READING_CASES: list[tuple[str, str, str, str, _Case]] = [
    (
        "r9_two_points_of_a_roof",
        "disputes",
        "present",
        r"warning about the school's roof",
        [
            (
                "KISUMU, Kenya (AP) - A classroom roof collapsed at a primary school in"
                " western Kenya on Monday, injuring 17 pupils, police said. The Kenya "
                "National Union of Teachers said the Ministry of Education had ignored "
                "warnings about cracks in the school's roof since September. The "
                "Ministry of Education denied receiving any warning about the school's "
                "roof. Two of the injured children were in a serious condition at "
                "Jaramogi Oginga Odinga Teaching and Referral Hospital, a hospital "
                "official said.",
                "2026-02-03",
            ),
            (
                "Kisumu - Lessons at Nyalenda Primary School remain suspended after "
                "Monday's roof collapse. The Kenya National Union of Teachers said the "
                "Ministry of Education had withheld money for repairs to the school's "
                "roof for two years. Education Ministry spokesman Paul Otieno denied "
                "that any funds for the school's roof had been withheld, saying the "
                "county had never submitted a repair request. County engineers said the"
                " remaining classrooms would be inspected this week.",
                "2026-02-04",
            ),
        ],
    ),
    (
        "r9_two_ministries_two_denials",
        "disputes",
        "present",
        r"beat",
        [
            (
                "ATHENS, Jan 19 (Reuters) - Human Rights Watch on Monday accused Greek "
                "authorities of abusing migrants held at the Malakasa camp north of "
                "Athens after a protest there on Friday. Human Rights Watch said guards"
                " at the camp had beaten detainees with batons during the protest. The "
                "Migration Ministry denied that any detainees at the camp had been "
                "beaten. Human Rights Watch also said sick detainees at the camp had "
                "been refused medical care for several days. Health Ministry spokesman "
                "Nikos Papadakis denied that detainees at the camp had been refused "
                "care, saying doctors visited every day. About 1,200 people are held at"
                " Malakasa, most of them from Afghanistan and Syria.",
                "2026-01-19",
            ),
        ],
    ),
    (
        "r9_boots_and_jackets",
        "disputes",
        "present",
        r"boots",
        [
            (
                "KYIV - Ukraine's anti-corruption watchdog said on Tuesday that state "
                "buyers had overpaid for winter equipment. Transparency International "
                "Ukraine said the army's procurement agency had paid three times the "
                "market price for winter jackets. Defence Ministry spokesman Oleh "
                "Marchenko denied the winter equipment had been overpriced, saying the "
                "price included armour inserts. Transparency International Ukraine also"
                " said the National Guard had paid three times the market price for "
                "winter boots. The Interior Ministry denied the winter equipment had "
                "been overpriced, saying the boots met NATO standards.",
                "2026-06-02",
            ),
        ],
    ),
    (
        "r9_an_age_is_no_figure",
        "disputes",
        "present",
        r"Warehouse C",
        [
            (
                "ATHENS, March 9 (Reuters) - Fire broke out at a warehouse in the port "
                "of Piraeus on Sunday, killing three workers, officials said. The "
                "Piraeus Port Workers Union said it had warned the port authority in "
                "writing in January about blocked fire exits in Warehouse C, which the "
                "Piraeus Port Authority denies. Firefighters needed four hours to bring"
                " the blaze under control. Prosecutors have opened an investigation "
                "into possible negligence.",
                "2026-03-09",
            ),
            (
                "PIRAEUS, Greece (AP) - Three workers died when fire swept through a "
                "warehouse at Piraeus port on Sunday. Union leader Stavros "
                "Kalogeropoulos, 58, said the port authority had been warned about the "
                "exits. The Piraeus Port Authority denied it was ever warned about the "
                "exits. Two of the dead were brothers. The port's operator said it "
                "would cooperate fully with the investigation. Dockworkers observed a "
                "minute's silence at the start of Monday's shift.",
                "2026-03-10",
            ),
        ],
    ),
    (
        "r9_a_district_later",
        "disputes",
        "present",
        r"\b41\b",
        [
            (
                "NEW DELHI, Sept 2 (Reuters) - The death toll from landslides in "
                "India's Himachal Pradesh rose to 41 on Tuesday, the state disaster "
                "management authority said, while the opposition BJP put the number of "
                "dead at 55. Roads to Shimla were cut off. The state government has "
                "asked the army for help with rescue operations. Tourists were stranded"
                " in several hill towns after roads were washed away.",
                "2026-09-02",
            ),
            (
                "SHIMLA - In Mandi district, the worst hit, the death toll rose to 44, "
                "the state disaster management authority said on Friday, while the "
                "district's residents' association put the number of dead at 58. Rescue"
                " teams were still searching for 12 people in Seraj valley. The state "
                "government has asked the army for help with rescue operations. "
                "Residents of the valley said they had received no warning before the "
                "slopes gave way.",
                "2026-09-05",
            ),
        ],
    ),
    (
        "r9_health_workers_alone",
        "disputes",
        "present",
        r"\b32\b",
        [
            (
                "KINSHASA, Jan 20 (Reuters) - The death toll from an Ebola outbreak in "
                "Congo's Equateur province rose to 32 on Monday, the health ministry "
                "said, while the medical charity Medecins Sans Frontieres put the "
                "number of dead at 40. Vaccination teams reached Mbandaka on Sunday. "
                "The World Health Organization said the outbreak was spreading along "
                "the Congo river. Health workers are struggling to trace contacts in "
                "remote villages.",
                "2026-01-20",
            ),
            (
                "KINSHASA, Congo (AP) - Among health workers alone, the death toll rose"
                " to 35 by Friday, the health ministry said, while the nurses' union "
                "put the number of dead health workers at 44. The union said nurses "
                "lacked protective equipment. The World Health Organization said the "
                "outbreak was spreading along the Congo river. Health workers are "
                "struggling to trace contacts in remote villages.",
                "2026-01-24",
            ),
        ],
    ),
    (
        "r9_a_state_commissioner",
        "disputes",
        "absent",
        r"account of Residents",
        [
            (
                "LAGOS, May 6 (Reuters) - Residents of Ilaje in Lagos said on Wednesday"
                " that fumes from the Sunrise Chemicals plant had sickened dozens of "
                "people. Residents said Lagos State officials had ignored their "
                "complaints about the fumes for months. Sunrise Chemicals said it held "
                "a valid permit for the plant's furnace and had broken no rules. Lagos "
                "State's environment commissioner, Tunde Bakare, denied the company had"
                " ever been granted a permit for the furnace. Doctors at the Ilaje "
                "general hospital said 46 people had been treated for breathing "
                "problems.",
                "2026-05-06",
            ),
        ],
    ),
    (
        "r9_people_after_euros",
        "disputes",
        "absent",
        r"euros",
        [
            (
                "BEIRUT, March 4 (Reuters) - The European Union pledged 60 million "
                "euros in emergency aid for Lebanon on Wednesday after weeks of "
                "fighting in the south displaced hundreds of thousands of people. The "
                "government says food aid has now reached 2.5 million. But the United "
                "Nations disputes the government's figures, saying aid has reached only"
                " 1.1 million. Aid agencies say shelters in Sidon and Tyre are "
                "overcrowded.",
                "2026-03-04",
            ),
        ],
    ),
    (
        "r9_two_buildings",
        "disputes",
        "absent",
        r"What it is worth",
        [
            (
                "LISBON, Portugal (AP) - A fire destroyed two historic buildings in "
                "Lisbon's Chiado district on Monday night, firefighters said. No one "
                "was hurt. The first building, which housed a bakery, was valued at 12 "
                "million euros, the city council said. The second, owned by a different"
                " family, was valued at 7 million euros, according to its insurer. "
                "Investigators are examining whether an electrical fault in the bakery "
                "started the blaze.",
                "2026-05-19",
            ),
        ],
    ),
    (
        "r9_two_days_of_releases",
        "disputes",
        "absent",
        r"How many prisoners",
        [
            (
                "KHARTOUM, Sudan (AP) - The army and the Rapid Support Forces, which "
                "differ on almost every term of the truce, said 230 prisoners were "
                "released on Monday and 180 prisoners were released on Tuesday in a "
                "swap brokered by the Red Cross. The swap took place at Wad Madani, "
                "south of the capital. The Red Cross said the prisoners were in poor "
                "health after months in detention. Fighting continued in Darfur despite"
                " the truce, residents said.",
                "2026-12-02",
            ),
        ],
    ),
    (
        "r9_a_cause_disagreed",
        "disputes",
        "absent",
        r"How many hectares",
        [
            (
                "ATHENS (AFP) - Greek fire officials and meteorologists disagree over "
                "what drove the blaze near Corinth, but both said 4,300 hectares burned"
                " on Tuesday and 1,900 hectares burned on Wednesday. About 2,000 "
                "residents were evacuated from seaside villages, and two firefighters "
                "were treated for burns. The fire service said strong winds had fanned "
                "the flames overnight. Greece has suffered increasingly severe "
                "wildfires in recent summers.",
                "2026-08-08",
            ),
        ],
    ),
    (
        "r9_but_after_the_antidote",
        "disputes",
        "absent",
        r"antidote",
        [
            (
                "ISTANBUL, Nov 12 (Reuters) - A Turkish court jailed six people on "
                "Wednesday over counterfeit spirits that have killed 31 people. "
                "Interior Ministry spokesman Levent Okur said on Tuesday that every "
                "bottle examined so far, in both cities, had come from the Arnavutkoy "
                "workshop. Health Minister Kemal Memisoglu said hospitals in Istanbul "
                "had enough antidote for every patient. But in Izmir, the head of the "
                "local bar owners' association said its members had bought the bottles "
                "from a licensed wholesaler in Kemalpasa. Police said 21 people had "
                "been detained.",
                "2026-11-12",
            ),
        ],
    ),
    (
        "r9_dollars_then_a_bare_sum",
        "disputes",
        "absent",
        r"What it is worth",
        [
            (
                "MADRID, June 8 (Reuters) - A Joaquin Sorolla beach scene on loan to "
                "the Museo de Bellas Artes of Valencia was damaged when a water pipe "
                "burst above the gallery, the museum said on Monday. Its Texan owner, "
                "who bought the canvas at auction in New York for $9 million in 2016, "
                "disputes the museum's estimate of the damage. The museum had insured "
                "the painting for 11 million euros during the loan. The owner's lawyer "
                "said on Monday the painting is now worth no more than 4 million. "
                "Restorers said the lower third of the canvas had been soaked.",
                "2025-06-08",
            ),
        ],
    ),
    (
        "r9_two_phases",
        "disputes",
        "absent",
        r"250 million",
        [
            (
                "NAIROBI, May 6 (Reuters) - Kenya and a Chinese contractor signed a "
                "deal on Wednesday to extend the Naivasha railway line to the Ugandan "
                "border, the transport ministry said. The two sides differ over the "
                "timetable: the first phase is valued at 400 million dollars and the "
                "second at 250 million dollars, and the ministry wants both finished by"
                " 2029. Transport Cabinet Secretary Joseph Mwangi said the line would "
                "cut freight costs by a third. Opposition lawmakers have questioned the"
                " debt Kenya is taking on for the project.",
                "2026-05-06",
            ),
        ],
    ),
    (
        "r9_stones_worth_and_a_haul",
        "disputes",
        "present",
        r"How much was taken",
        [
            (
                "ANTWERP, Belgium, Aug 11 (Reuters) - Armed robbers held up a diamond "
                "courier outside Antwerp's Central Station on Monday, police said. "
                "Police said the stones stolen were worth about 2 million euros. The "
                "diamond company insists the haul was 5 million euros, and said the "
                "courier had been followed from the bourse. The courier was not hurt. "
                "Police said the robbers escaped on a scooter toward the ring road.",
                "2025-08-11",
            ),
        ],
    ),
    (
        "r9_homes_worth_and_damage",
        "disputes",
        "present",
        r"What it cost",
        [
            (
                "AUCKLAND, Feb 19 (Reuters) - Insurers put the damage from a tornado "
                "that struck the Auckland suburb of Papatoetoe at 40 million dollars on"
                " Thursday. The city council insists the losses are far higher, with "
                "homes worth 90 million dollars destroyed or left unsafe. One man died "
                "and 14 people were injured when the tornado tore through the suburb on"
                " Tuesday evening. The government said it would set up a relief fund.",
                "2026-02-19",
            ),
        ],
    ),
    (
        "r9_insured_against_a_claim",
        "disputes",
        "present",
        r"600,000",
        [
            (
                "HOUSTON, May 14 (Reuters) - The family whose home was destroyed when a"
                " police chase ended in a crash and fire in Pasadena, Texas, is seeking"
                " 2 million dollars in compensation, their lawyer said on Wednesday. "
                "The city disputes that claim, saying the house was insured for 600,000"
                " dollars. The crash killed the driver being chased. The family, a "
                "couple and their three children, escaped unhurt, fire officials said.",
                "2025-05-14",
            ),
        ],
    ),
    (
        "r9_cash_worth_and_a_haul",
        "disputes",
        "present",
        r"400,000",
        [
            (
                "LONDON, Jan 8 (Reuters) - Armed robbers raided a cash depot in "
                "Croydon, south London, overnight, police said on Thursday. Police said"
                " the gang stole cash worth 1.2 million pounds from the depot's vault. "
                "The security firm that runs the depot insists the haul was no more "
                "than 400,000 pounds. Two guards were tied up but not hurt. Detectives "
                "appealed for witnesses who saw a dark van in the area at about 2 a.m.",
                "2026-01-08",
            ),
        ],
    ),
    (
        "r9_bookings_and_the_festival",
        "disputes",
        "absent",
        r"90 million",
        [
            (
                "EDINBURGH, Aug 26 (Reuters) - The Edinburgh Festival Fringe ended on "
                "Monday after a record season. Estimates of such events' impact differ "
                "widely, but organisers said the festival was worth 400 million pounds "
                "to the city's economy. The tourism office said hotel bookings alone "
                "were worth 90 million pounds. About 3,300 shows were staged in 300 "
                "venues this year, the Fringe Society said.",
                "2025-08-26",
            ),
        ],
    ),
    (
        "r9_a_senior_health_official",
        "disputes",
        "present",
        r"senior health official",
        [
            (
                "NAIROBI, March 12 (Reuters) - Four newborn babies died at Kenyatta "
                "National Hospital on Tuesday night. Their families said the neonatal "
                "ward was left unattended for hours during a nurses' strike. A senior "
                "health official denied that the neonatal ward had been left unattended"
                " during the strike. The health ministry ordered an inquiry.",
                "2026-03-12",
            ),
            (
                "NAIROBI, March 13 (AFP) - The families of four babies who died at "
                "Kenyatta National Hospital said nurses walked out and left the ward "
                "unattended. The Kenya Health Workers Union denied that its striking "
                "members had left the neonatal ward unattended, saying two nurses "
                "stayed on duty. The strike over unpaid wages entered its second week.",
                "2026-03-13",
            ),
        ],
    ),
    (
        "r9_a_house_and_its_contents",
        "disputes",
        "absent",
        r"contents",
        [
            (
                "CALGARY, Alberta, Aug 2 (Reuters) - A family whose house burned down "
                "in a wildfire near Canmore is suing its insurer, their lawyer said on "
                "Saturday. The two sides disagree over who should pay for the clean-up:"
                " the insurer values the house at 2 million dollars, the contents at "
                "400,000 dollars. The fire destroyed 14 homes in the Bow Valley last "
                "month. The insurer, Prairie General, declined to comment on the "
                "lawsuit.",
                "2025-08-02",
            ),
        ],
    ),
]


# Cases of the tenth reading (stop 38): two hostile reviews of aebf759 (a toll as it last
# stood; a hospital's treated count; medics' checks; 'that account' after a quotation; 'that
# warning' denied). Each failed there.
_TENTH_READING_CASES: list[tuple[str, str, str, str, _Case]] = [
    (
        "r10_a_fire_elsewhere_is_no_later_toll",
        "disputes",
        "absent",
        r"three people were killed",
        [
            (
                "ACCRA - A tanker lorry exploded at a fuel station in Kumasi on "
                "Wednesday. The National Fire Service said 14 people were killed, but "
                "the Ashanti regional hospital said 19 people died.",
                "2026-11-04",
            ),
            (
                "ACCRA - The National Fire Service on Friday said three people were "
                "killed in a fire at a warehouse in Tema, a day after it completed its "
                "investigation of Wednesday's tanker blast in Kumasi. The service did "
                "not update its figure for Kumasi.",
                "2026-11-06",
            ),
        ],
    ),
    (
        "r10_the_seriously_injured_are_some_of_the_treated",
        "disputes",
        "absent",
        r"How many were injured",
        [
            (
                "SEOUL - A stampede at a music festival in Incheon on Saturday night "
                "left 37 people seriously injured, the fire agency said. Hospitals in "
                "the city treated 46 people, most for minor cuts and bruises, city "
                "health officials said. Organisers said the crowd surged toward the "
                "stage when a guest performer appeared.",
                "2026-08-15",
            ),
        ],
    ),
    (
        "r10_treated_for_panic_is_no_injury",
        "disputes",
        "absent",
        r"panic",
        [
            (
                "RIO DE JANEIRO - A crush at the gates of the Maracana stadium before a"
                " football match on Sunday left 12 people injured, military police "
                "said. Medical teams at the stadium treated 58 people, mostly for panic"
                " attacks and heat exhaustion, the state health department said. The "
                "match went ahead after a 40-minute delay.",
                "2026-02-15",
            ),
        ],
    ),
    (
        "r10_checked_by_security_staff",
        "casualties",
        "absent",
        r"300 checked",
        [
            (
                "FRANKFURT - A man drove a car into a barrier outside Terminal 1 at "
                "Frankfurt airport on Monday, injuring three people, police said. About"
                " 300 passengers were checked by security staff before flights resumed,"
                " an airport spokeswoman said. Police said the driver appeared to have "
                "acted alone and there was no sign of terrorism.",
                "2026-05-04",
            ),
        ],
    ),
    (
        "r10_checked_by_security_teams",
        "casualties",
        "absent",
        r"2,?000 checked",
        [
            (
                "CAIRO - A crush at the gates of Cairo International Stadium before an "
                "African Champions League final on Friday injured 14 fans, the health "
                "ministry said. About 2,000 fans were checked by security teams at the "
                "gates, and police arrested 20 people for trying to enter without "
                "tickets. The match went ahead.",
                "2026-05-29",
            ),
        ],
    ),
    (
        "r10_examined_is_not_injured",
        "disputes",
        "absent",
        r"ear pain",
        [
            (
                "REYKJAVIK - An explosion at a fireworks warehouse in Hafnarfjordur on "
                "New Year's Eve injured five people, police said. Doctors examined 14 "
                "people for ear pain and minor burns, the Landspitali hospital said. "
                "Police said the warehouse had a valid storage permit.",
                "2026-01-01",
            ),
        ],
    ),
    (
        "r10_the_incident_stays_named",
        "disputes",
        "present",
        r"in the explosion",
        [
            (
                "BUCHAREST - A gas explosion destroyed a block of flats in Bucharest's "
                "Sector 4 on Monday. The fire department said 17 people were injured, "
                "while the health ministry said 21 people were hurt. Two people were "
                "killed.",
                "2026-02-02",
            ),
            (
                "BUCHAREST - The fire and rescue department on Tuesday said 19 people "
                "were injured in Monday's explosion in Bucharest, as engineers checked "
                "neighbouring buildings for damage. The health ministry still says 21 "
                "were hurt.",
                "2026-02-03",
            ),
        ],
    ),
    (
        "r10_the_fire_stays_named",
        "disputes",
        "present",
        r"killed in the fire",
        [
            (
                "TUCSON, Arizona - A wildfire swept through a mobile home park outside "
                "Tucson on Sunday. The county health department said ten people had "
                "died, while the sheriff's office said 14 people were killed.",
                "2026-06-14",
            ),
            (
                "TUCSON, Arizona - The fire department said on Monday that 12 people "
                "died in Sunday's fire at the mobile home park, as crews contained the "
                "blaze. The sheriff's office still says 14 were killed.",
                "2026-06-15",
            ),
        ],
    ),
    (
        "r10_years_at_the_factory",
        "disputes",
        "absent",
        r"12 years",
        [
            (
                "DHAKA (AFP) - At least 14 workers were killed when fire swept through "
                "a garment factory on the outskirts of Dhaka on Monday, fire officials "
                "said. Shirin Akter, a sewing machine operator who escaped, said she "
                'had worked at the factory for 12 years. "The exit doors were chained '
                'shut every night so that nobody could steal clothes," Akter said. The '
                "factory owner, Rahim Textiles, rejects that account. The company said "
                "all exits were open and that the fire spread too quickly for some "
                "workers to escape. Police said the owner had been questioned.",
                "2026-03-09",
            ),
        ],
    ),
    (
        "r10_a_count_of_passengers",
        "disputes",
        "absent",
        r"46 people were on the bus",
        [
            (
                "LIMA (Reuters) - A bus plunged into a ravine in Peru's Ayacucho region"
                " on Friday, killing 19 passengers, police said. Transport union leader"
                " Jorge Quispe said 46 people were on the bus, which was licensed to "
                'carry 40. "The company makes the drivers work 20-hour shifts, and '
                'everybody knows it," Quispe said. Bus operator Expreso Andino rejects '
                "that account. The company said its drivers never work more than ten "
                "hours a day and that the driver had rested the day before. Police said"
                " the cause of the crash was under investigation.",
                "2026-03-13",
            ),
        ],
    ),
    (
        "r10_seasonal_staff",
        "disputes",
        "absent",
        r"seasonal staff",
        [
            (
                "VIENNA (Reuters) - A cable car cabin fell from its line at the "
                "Austrian ski resort of Kaprun on Sunday, killing two skiers, police "
                "said. Resort worker representative Martin Huber told ORF the resort "
                'had hired 40 seasonal staff this winter. "The brakes on cabin seven '
                'were squealing all week and we reported it," Huber said. The operator '
                "rejects that account.",
                "2026-03-15",
            ),
            (
                "KAPRUN, Austria (APA) - The operator of the Kaprun cable car said on "
                "Monday that cabin seven had been serviced on March 10 and that no "
                "faults had been reported by staff. Two skiers from Germany died when "
                "the cabin fell about 30 metres on Sunday afternoon. Prosecutors in "
                "Salzburg said they had seized the maintenance logs and would question "
                "the operator's technical director this week. The resort will stay "
                "closed until Friday.",
                "2026-03-16",
            ),
        ],
    ),
    (
        "r10_the_river_burst_its_banks",
        "disputes",
        "absent",
        r"Heavy rain continued",
        [
            (
                "LJUBLJANA (Reuters) - Floods swept through the Savinja valley in "
                "northern Slovenia on Monday, killing three people and forcing about "
                "2,000 from their homes, civil protection officials said. The national "
                "weather agency ARSO says it issued a red flood warning for the valley "
                "at 6 p.m. on Sunday. Heavy rain continued through the night, and the "
                "river burst its banks shortly after 2 a.m. The Celje regional "
                "administration denies ever receiving that warning. Prime Minister "
                "Robert Golob visited the area on Monday afternoon and promised "
                "emergency funds.",
                "2026-03-09",
            ),
        ],
    ),
    (
        "r10_the_first_clause_asked",
        "disputes",
        "absent",
        r"jumped the highway",
        [
            (
                "PERTH, Australia (AP) - A bushfire destroyed 86 homes near the town of"
                " Collie in Western Australia on Thursday, officials said. Fire chief "
                "Darren Klemm says his service asked the defence force for "
                "water-bombing helicopters early on Thursday morning, and residents say"
                " the fire had already jumped the highway by noon. The Department of "
                "Defence denies receiving any such request. No deaths were reported, "
                "but four firefighters were treated for smoke inhalation, the state "
                "health department said.",
                "2026-03-12",
            ),
        ],
    ),
    (
        "r10_that_letter_of_the_lead",
        "disputes",
        "absent",
        r"7.40",
        [
            (
                "SEOUL (Reuters) - Residents of an apartment block in the South Korean "
                "city of Daegu say they sent a letter to the district office in January"
                " warning of cracks in the building's support columns. The 15-storey "
                "block partly collapsed on Tuesday, killing four people and injuring "
                "17, the fire department said. Rescuers worked through the night to "
                "reach two people believed trapped on the third floor. Fire department "
                "official Kim Sung-ho said the collapse began at about 7.40 p.m. The "
                "district office denies ever receiving that letter.",
                "2026-03-10",
            ),
        ],
    ),
    (
        "r10_a_refused_march",
        "disputes",
        "absent",
        r"Denied by Police",
        [
            (
                "TBILISI (AFP) - Opposition organisers had asked to march from "
                "Rustaveli Avenue to the parliament building on Saturday. Police denied"
                " that request, citing security concerns, and closed the avenue to "
                "traffic. Thousands gathered anyway, and police detained 34 people, the"
                " interior ministry said. The opposition said at least 60 of its "
                "supporters were detained and several were beaten, which the ministry "
                "denies. Three police officers were hurt, the ministry said.",
                "2026-03-15",
            ),
        ],
    ),
    (
        "r10_a_request_two_sentences_back",
        "disputes",
        "absent",
        r"22 people remained missing",
        [
            (
                "MANILA (Reuters) - Typhoon Karding killed at least 16 people in the "
                "northern Philippine province of Isabela, officials said on Monday. "
                "Provincial governor Rodolfo Albano said he asked the national disaster"
                " agency for rescue boats on Saturday evening. Police said 22 people "
                "remained missing and that some villages were still cut off. The "
                "disaster agency denied receiving that request. The agency said 40 "
                "boats had been sent to Isabela before the storm made landfall.",
                "2026-03-09",
            ),
        ],
    ),
    (
        "r10_families_assessed_for_aid",
        "casualties",
        "absent",
        r"800 assessed",
        [
            (
                "MAPUTO (Reuters) - Cyclone Filipo killed four people and destroyed "
                "about 1,200 homes in Mozambique's Inhambane province, the national "
                "disaster institute INGD said on Wednesday. INGD said 17 people had "
                "been injured. Some 800 families were assessed by Red Cross volunteers "
                "for food and shelter aid in the first two days after the storm, the "
                "Mozambique Red Cross said.",
                "2026-03-11",
            ),
        ],
    ),
]


# Cases of the eleventh reading (stop 38): a hostile review of 6a8a776 (a warning denied
# 'from' a sender; a spokeswoman's body; the event's time of day; 'that warning' denied).
# Each failed there.
_ELEVENTH_READING_CASES: list[tuple[str, str, str, str, _Case]] = [
    (
        "r11_a_short_name_is_the_sender",
        "disputes",
        "present",
        r"Caldera Corporation",
        [
            (
                "STOCKHOLM, Sept 8 (Reuters) - The Caldera Corporation said on Monday "
                "it had warned Nordvik Air about cracks in turbine blades in July, "
                "weeks before one of the airline's jets lost an engine over the Baltic."
                " Nordvik Air denied receiving any warning from Caldera. The jet landed"
                " safely in Visby with 142 people on board. Sweden's accident "
                "investigation board said it would examine maintenance records at both "
                "companies.",
                "2026-09-08",
            ),
        ],
    ),
    (
        "r11_an_agency_by_its_short_name",
        "disputes",
        "present",
        r"Meteo Rwanda",
        [
            (
                "KIGALI, April 22 (Reuters) - The Rwanda Meteorology Agency said on "
                "Wednesday it had issued a warning of heavy rain for the Rubavu "
                "district on Monday, a day before floods swept away dozens of homes. At"
                " least 19 people were killed. Rubavu district officials denied "
                "receiving any warning from Meteo Rwanda. The government said it would "
                "review how warnings reach villages.",
                "2026-04-22",
            ),
        ],
    ),
    (
        "r11_the_government_is_its_ministry",
        "disputes",
        "present",
        r"from the government",
        [
            (
                "DHAKA, July 14 (AFP) - Bangladesh's disaster management ministry said "
                "on Tuesday it had warned coastal districts to evacuate two days before"
                " Cyclone Rima made landfall. Officials in Bhola district denied "
                "receiving any warning from the government. At least 23 people died "
                "when the storm struck on Sunday, the ministry said. Aid groups said "
                "thousands were sheltering in schools. Cyclone Rima brought winds of up"
                " to 120 km per hour and a storm surge that flooded low-lying islands "
                "in the Meghna estuary. Many fishing boats were still at sea when the "
                "storm arrived.",
                "2026-07-14",
            ),
        ],
    ),
    (
        "r11_reports_received",
        "disputes",
        "present",
        r"hydraulic leak",
        [
            (
                "BERGEN, Oct 2 (NTB) - Kari Hansen, who has flown with Nordvik Air for "
                "20 years, said pilots had reported a hydraulic leak on the plane three"
                " times before it skidded off the runway at Flesland on Tuesday. "
                "Nordvik Air spokesman Erik Hansen denied that the airline had received"
                " any such reports. Four passengers were slightly injured. The "
                "aircraft, a turboprop on a domestic route, came to rest on the grass "
                "beside the runway. Passengers were taken off by the stairs, and the "
                "airport was closed for several hours.",
                "2026-10-02",
            ),
            (
                "BERGEN, Oct 3 (Reuters) - A Nordvik Air pilot, Kari Hansen, told "
                "reporters on Wednesday that crews had logged a hydraulic leak three "
                "times in September. Spokesman Erik Hansen said the airline had no "
                "record of the reports. Investigators are examining the aircraft's "
                "maintenance logs. The Norwegian Safety Investigation Authority has "
                "sent a team to Bergen to examine the aircraft and interview the crew.",
                "2026-10-03",
            ),
        ],
    ),
    (
        "r11_the_landslide_not_the_rescue",
        "when",
        "absent",
        r"Rescuers reached",
        [
            (
                "KAMPALA, March 10 (Reuters) - A landslide buried at least 14 homes in "
                "the Kigezi highlands at about 4 a.m. on Tuesday, killing nine people, "
                "police said. Rescuers reached the village at 9 a.m., five hours after "
                "the hillside collapsed, and pulled two children from the mud. Heavy "
                "rain had fallen for three days before the slide, residents said. The "
                "district disaster office said it had warned families on the slopes to "
                "move last week.",
                "2026-03-10",
            ),
        ],
    ),
    (
        "r11_the_bus_not_the_police",
        "when",
        "absent",
        r"Police and villagers",
        [
            (
                "SHIMLA, India, Oct 18 (Reuters) - A private bus plunged into a gorge "
                "in Himachal Pradesh's Mandi district at around 11 p.m. on Friday, "
                "killing 17 passengers, police said. Police and villagers reached the "
                "site at 1 a.m., two hours after the bus rolled off the narrow road. "
                "Nine injured passengers were taken to hospital in Mandi. The driver "
                "was among the dead.",
                "2026-10-18",
            ),
        ],
    ),
    (
        "r11_the_blaze_not_its_end",
        "when",
        "absent",
        r"under control",
        [
            (
                "LAGOS, Feb 2 (Reuters) - A blaze tore through the Balogun market in "
                "central Lagos at about 2 a.m. on Sunday, destroying hundreds of shops."
                " Firefighters brought the flames under control at 7 a.m., five hours "
                "after the fire broke out, the state fire service said. No deaths were "
                "reported. Traders said they had lost goods worth millions of naira.",
                "2026-02-02",
            ),
        ],
    ),
    (
        "r11_the_bomb_not_the_second",
        "when",
        "absent",
        r"second device",
        [
            (
                "MOGADISHU, Nov 10 (Reuters) - A car bomb went off outside a hotel near"
                " the presidential palace in Mogadishu at 10:15 a.m. on Monday, killing"
                " at least six people, police said. A second device exploded at 11:40 "
                "a.m. as security forces cordoned off the area, wounding two soldiers. "
                "Al Shabaab claimed responsibility for the attack. The hotel is "
                "frequently used by government officials and lawmakers. Ambulances "
                "ferried the wounded to Medina hospital, and police closed the roads "
                "around the palace for several hours.",
                "2026-11-10",
            ),
        ],
    ),
    (
        "r11_the_quake_not_its_aftershock",
        "when",
        "absent",
        r"aftershock",
        [
            (
                "KATHMANDU, Sept 3 (AFP) - A magnitude 6.1 earthquake jolted western "
                "Nepal at 3:12 a.m. on Wednesday, the national seismological centre "
                "said, flattening houses in Jajarkot district. A magnitude 4.8 "
                "aftershock struck at 5:40 a.m., sending residents running from damaged"
                " homes. At least 22 people were killed, officials said. Jajarkot is a "
                "remote hill district where most houses are built of mud and stone. "
                "Soldiers and police were flown in by helicopter because landslides had"
                " blocked the main road into the district.",
                "2026-09-03",
            ),
        ],
    ),
    (
        "r11_a_fire_officials_blamed",
        "disputes",
        "present",
        r"in the fire",
        [
            (
                "DHAKA, March 2 (Reuters) - Twenty-two people died in a fire officials "
                "blamed on a gas leak at a seven-storey restaurant building in Dhaka's "
                "Bailey Road area, police said on Saturday. The health ministry put the"
                " toll at 26. Dozens of diners were trapped on the upper floors when "
                "the stairwell filled with smoke. Firefighters used cranes to bring "
                "people down from the roof of the building, which housed several "
                "popular restaurants. The fire service said the building had no "
                "emergency exit other than the main stairwell.",
                "2026-03-02",
            ),
        ],
    ),
    (
        "r11_examined_by_hospital_staff",
        "casualties",
        "present",
        r"26 examined",
        [
            (
                "TOKYO, April 4 (Kyodo) - Police said 9 passengers were hurt when a "
                "commuter train braked sharply near Shinagawa station on Friday "
                "morning. The operator said 26 passengers were examined by hospital "
                "staff and most were released the same day. Services resumed after two "
                "hours. The operator said the driver had braked hard after an object "
                "was seen on the track. Some passengers were thrown to the floor of the"
                " crowded carriages, and ambulances were called to the station.",
                "2026-04-04",
            ),
        ],
    ),
    (
        "r11_treated_for_lacerations",
        "disputes",
        "present",
        r"lacerations",
        [
            (
                "CHICAGO, July 5 (AP) - Police said 11 people were injured when a "
                "pickup truck drove into a July Fourth parade crowd in suburban Oak "
                "Park on Saturday. Rush Oak Park Hospital said it had treated 19 people"
                " for lacerations and broken bones. The driver was arrested. Witnesses "
                "said the truck mounted the kerb as families watched a marching band. "
                "Officers detained the driver at the scene, and the parade was called "
                "off.",
                "2026-07-05",
            ),
        ],
    ),
    (
        "r11_told_the_state_government",
        "disputes",
        "present",
        r"told the state government",
        [
            (
                "CHENNAI, Dec 3 (Reuters) - At least 14 people drowned in floods in "
                "Chennai this week. The India Meteorological Department said it had "
                "told the state government on Sunday that extreme rainfall was likely. "
                "The state government denied ever receiving that warning. Residents "
                "said the reservoir gates were opened at night without notice. Large "
                "parts of the city remained under water on Wednesday, and boats were "
                "used to take residents out of flooded homes. Schools and offices were "
                "closed.",
                "2026-12-03",
            ),
        ],
    ),
    (
        "r11_raised_with_the_managers",
        "disputes",
        "present",
        r"raised the ventilation",
        [
            (
                "SANTIAGO, Feb 9 (AP) - Four miners were killed by a gas build-up in a "
                "lower gallery of the San Lorenzo copper mine on Saturday. The miners' "
                "union said it had raised the ventilation problem with the mine's "
                "managers at a meeting in January. The company denies ever receiving "
                "that complaint. The mine, in the Atacama region, employs about 300 "
                "people. Rescue teams recovered the bodies on Sunday. Chile's mining "
                "safety agency has suspended work in the lower galleries while it "
                "investigates.",
                "2026-02-09",
            ),
        ],
    ),
]


# Cases of the twelfth reading (stop 39): two hostile reviews of the figures and accounts
# read in S92 and S93 (who revises a toll, several 'according to', counts kept beside a toll,
# rules' limits, denials of receiving, causes that brought a thing down, no record of, pledges).
# Each failed there.
_TWELFTH_READING_CASES: list[tuple[str, str, str, str, _Case]] = [
    (
        "r12_a_typhoon_is_no_voice",
        "casualties",
        "absent",
        r"\\bMANILA\\b",
        [
            (
                "MANILA (Reuters) - Typhoon Kalmaegi raised the death toll in the "
                "central Philippines to 52 on Sunday as floodwaters swept through towns"
                " in Cebu province, while the national disaster agency kept its count "
                "at 46, saying it was still verifying reports from remote villages. "
                "More than 300,000 people fled their homes ahead of the storm, which "
                "made landfall late on Friday with sustained winds of 150 km/h. "
                "President Ramon Ilagan ordered the coast guard to send boats to the "
                "worst-hit areas.",
                "2026-11-09",
            ),
        ],
    ),
    (
        "r12_homes_without_power_are_no_toll",
        "casualties",
        "absent",
        r"240,000 killed",
        [
            (
                "HALIFAX, Nova Scotia (Reuters) - The provincial utility raised the "
                "number of homes without power to 240,000 on Tuesday, and the "
                "provincial government put the death toll from the storm at six. Nova "
                "Scotia Power said crews from three neighbouring provinces were helping"
                " to restore lines brought down by winds that gusted above 130 km/h. "
                "Premier Tim Houlden urged residents to stay off the roads as fallen "
                "trees blocked highways across the south shore.",
                "2026-10-06",
            ),
        ],
    ),
    (
        "r12_suspected_cases_are_no_toll",
        "casualties",
        "absent",
        r"1,200 killed",
        [
            (
                "LUSAKA (Reuters) - Health officials raised the death toll from a "
                "cholera outbreak in Zambia's Copperbelt to 37 on Monday, but kept the "
                "figure for suspected cases at 1,200, saying testing had slowed because"
                " of a shortage of kits. The outbreak began in Kitwe three weeks ago "
                "and has spread to Ndola and Chingola. The health ministry has opened "
                "treatment centres in two stadiums and banned the sale of street food.",
                "2026-02-09",
            ),
        ],
    ),
    (
        "r12_patients_in_treatment_are_no_toll",
        "casualties",
        "absent",
        r"42 killed",
        [
            (
                "DHAKA (AFP) - Police raised the death toll from the garment factory "
                "fire in Gazipur to 17 on Tuesday, and hospitals put the number of "
                "people still in treatment at 42. The fire started on the third floor "
                "of the seven-storey building, where fabric was stored, fire service "
                "officials said. Labour groups said exits had been locked during the "
                "night shift, a charge the factory owners denied.",
                "2026-04-21",
            ),
        ],
    ),
    (
        "r12_a_dateline_is_no_voice",
        "casualties",
        "absent",
        r"\\bNAIROBI\\b",
        [
            (
                "NAIROBI (Reuters) - Heavy rains raised the death toll from floods in "
                "western Kenya to 12 on Tuesday, as rescuers searched for people swept "
                "away by the swollen Nzoia river. The Kenya Red Cross said about 4,000 "
                "families had been forced from their homes in Budalangi. The "
                "meteorological department forecast more rain for the week.",
                "2026-04-28",
            ),
        ],
    ),
    (
        "r12_the_governors_toll",
        "casualties",
        "absent",
        r"17 killed[^|]*preliminary assessment",
        [
            (
                "SUVA (AFP) - According to the governor, the death toll from Cyclone "
                "Tui in Fiji's Lau islands stands at 17, and 200 homes were destroyed "
                "according to a preliminary assessment by the Red Cross. Communications"
                " with several islands were cut for two days after the storm passed, "
                "and navy vessels reached them only on Tuesday. The government has "
                "declared a state of emergency for the eastern division.",
                "2026-02-24",
            ),
        ],
    ),
    (
        "r12_the_ministrys_23",
        "casualties",
        "absent",
        r"23 killed[^|]*opposition groups",
        [
            (
                "TBILISI (Reuters) - According to the interior ministry, 23 people were"
                " killed in Sunday's clashes in the town of Zugdidi, but according to "
                "opposition groups the real figure is much higher. The violence erupted"
                " when police tried to clear a protest camp outside the regional "
                "administration building. Prime Minister Irakli Gamsakhurdia called for"
                " calm and said an inquiry would be opened.",
                "2026-05-03",
            ),
        ],
    ),
    (
        "r12_an_aside_about_where",
        "casualties",
        "absent",
        r"23 killed[^|]*aid workers",
        [
            (
                "MAPUTO (Reuters) - The flood killed 23 people, many of them, aid "
                "workers say, in villages the army has not yet reached, the governor's "
                "office in Sofala province said on Tuesday. The Buzi river burst its "
                "banks after four days of torrential rain, cutting the main road to "
                "Beira. The World Food Programme said it was flying in high-energy "
                "biscuits.",
                "2026-01-27",
            ),
        ],
    ),
    (
        "r12_the_red_crescents_bodies",
        "casualties",
        "absent",
        r"31 [^|]*\\bvolunteers killed",
        [
            (
                "KHARTOUM (Reuters) - The Sudanese Red Crescent said volunteers had "
                "counted 31 bodies in the village of Wad al-Noura after Wednesday's "
                "attack by paramilitary fighters. Residents said the fighters shelled "
                "the village before storming it. The army-aligned government put the "
                "toll at more than 100. The United Nations called for an independent "
                "investigation.",
                "2026-06-06",
            ),
        ],
    ),
    (
        "r12_ballots_counted",
        "casualties",
        "absent",
        r"[^|]*Election workers",
        [
            (
                "LILONGWE (AFP) - Election workers counted ballots through the night "
                "after clashes that killed seven people in the city, police said on "
                "Wednesday. Supporters of rival parties fought with sticks and stones "
                "outside polling stations in Area 25, witnesses said. The electoral "
                "commission said turnout was about 68 percent and results were expected"
                " within a week.",
                "2026-09-17",
            ),
        ],
    ),
    (
        "r12_losses_counted",
        "casualties",
        "absent",
        r"Insurers killed",
        [
            (
                "SYDNEY (Reuters) - Insurers counted losses of more than A$40 million "
                "from the hailstorm, which killed two people in western Sydney, the "
                "Insurance Council of Australia said on Monday. Hailstones the size of "
                "tennis balls smashed roofs and car windscreens in Penrith and "
                "Blacktown on Saturday, and a man and a woman were killed by a falling "
                "tree. The state emergency service received more than 3,000 calls for "
                "help.",
                "2026-11-23",
            ),
        ],
    ),
    (
        "r12_officers_counted_for_police",
        "disputes",
        "absent",
        r"\\bofficers\\b",
        [
            (
                "LAGOS (Reuters) - Police said officers had counted 14 bodies along the"
                " river bank after the boat capsized near Ikorodu, and the state "
                "governor put the toll at 20. The boat was carrying traders to a market"
                " when it hit a submerged log, survivors said. Divers from the navy "
                "joined the search on Saturday.",
                "2026-08-15",
            ),
        ],
    ),
    (
        "r12_votes_counted",
        "casualties",
        "absent",
        r"Officials killed",
        [
            (
                "DHAKA (Reuters) - Officials counted votes in Chittagong under heavy "
                "guard on Monday after a bomb attack that killed five people at a "
                "polling station, the election commission said. Police said the bomb "
                "was thrown from a passing motorcycle. Opposition parties called for "
                "the vote in the constituency to be annulled.",
                "2026-01-12",
            ),
        ],
    ),
    (
        "r12_the_landslide_toll_stays",
        "disputes",
        "absent",
        r"\\b10\\b",
        [
            (
                "KATHMANDU (Reuters) - Seven people were killed when a landslide buried"
                " homes in Jajarkot on Monday, police said. The district administration"
                " said eight people had died.",
                "2026-07-13",
            ),
            (
                "KATHMANDU (AP) - A landslide in Jajarkot killed seven people on "
                "Monday, police said, while the district administration said eight had "
                "died. Rescuers dug through mud with shovels.",
                "2026-07-13",
            ),
            (
                "KATHMANDU (AFP) - In the neighbouring district, nine people were "
                "killed by floods on Wednesday, police said, while the Nepal Red Cross "
                "said ten had died. The army flew food to villages cut off by the "
                "rains.",
                "2026-07-15",
            ),
        ],
    ),
    (
        "r12_lorries_weighed",
        "disputes",
        "present",
        r"tonne",
        [
            (
                "BELGRADE (Reuters) - Investigators said two lorries weighing more than"
                " 38 tonnes each were on the bridge over the Tamis river when it "
                "collapsed on Monday, killing three people. The operator, Putevi "
                "Srbije, said the lorries weighed no more than 30 tonnes and blamed "
                "years of erosion around the piers. Prosecutors have opened a criminal "
                "investigation.",
                "2026-03-17",
            ),
        ],
    ),
    (
        "r12_loads_weighed",
        "disputes",
        "present",
        r"tonne",
        [
            (
                "SEOUL (Reuters) - Workers said the tower crane was lifting loads over "
                "12 tonnes when it toppled onto a construction site in Incheon on "
                "Thursday, killing four. The contractor, Daewon Construction, said the "
                "load at the time was 8 tonnes, within the crane's rating. Police "
                "raided the company's offices on Friday.",
                "2026-04-23",
            ),
        ],
    ),
    (
        "r12_beams_weighed",
        "disputes",
        "present",
        r"tonne",
        [
            (
                "SEOUL (Reuters) - Workers said the tower crane was lifting steel beams"
                " heavier than 9 tonnes when it toppled onto a construction site in "
                "Incheon on Thursday, killing four. The contractor, Daewon "
                "Construction, said the beams weighed 6 tonnes, well within the crane's"
                " rating. Police raided the company's offices on Friday.",
                "2026-04-23",
            ),
        ],
    ),
    (
        "r12_a_cargo_over_its_limit",
        "disputes",
        "present",
        r"310",
        [
            (
                "DHAKA (AFP) - The ferry that capsized on the Meghna river on Sunday "
                "had exceeded its limit with a cargo of 310 tonnes of cement, the river"
                " police said, but the owner said it was carrying 240 tonnes. At least "
                "14 passengers drowned and 30 were missing. The shipping ministry "
                "suspended the operator's licence.",
                "2026-07-19",
            ),
        ],
    ),
    (
        "r12_another_council",
        "disputes",
        "absent",
        r"Denied by city council",
        [
            (
                "MANCHESTER, England (AP) - Residents of a tower block where a fire "
                "killed three people on Friday say they had complained for months about"
                " blocked fire doors. Tenant leader Gareth Pryce said residents wrote "
                "to the regional housing council in January with photographs of the "
                "doors. The city council has denied receiving any complaint from "
                "tenants. Fire chiefs said the blaze started in a fourth-floor kitchen "
                "and spread through a ventilation shaft. About 60 residents were "
                "evacuated, and 12 people were treated for smoke inhalation.",
                "2026-02-14",
            ),
        ],
    ),
    (
        "r12_the_captain_blamed",
        "disputes",
        "absent",
        r"Coast guard officials",
        [
            (
                "MANILA (AFP) - A cargo ship ran aground off the coast of Batangas on "
                "Tuesday, spilling fuel oil into a marine reserve. Coast guard "
                "officials said the captain survived and blamed a sudden storm for the "
                "grounding. But the shipping company insisted the grounding was caused "
                "by a navigation error by the second officer. Fishermen said the oil "
                "had already reached two beaches, and volunteers began cleaning the "
                "sand on Wednesday. The environment ministry said it would seek damages"
                " from the ship's owners.",
                "2026-03-10",
            ),
        ],
    ),
    (
        "r12_a_shock_wave_knocked_cars",
        "disputes",
        "absent",
        r"shock wave",
        [
            (
                "ISTANBUL (Reuters) - An explosion tore through a restaurant in the "
                "Kadikoy district on Friday evening, killing five people and injuring "
                "30, the governor's office said. Witnesses said the shock wave knocked "
                "over parked cars and shattered windows along the street. The governor "
                "said the explosion was caused by a leaking gas cylinder in the "
                "kitchen, but the restaurant's owner insisted the cylinders had been "
                "checked. Police detained the restaurant's manager for questioning.",
                "2026-11-07",
            ),
        ],
    ),
    (
        "r12_a_failure_caused_by_the_fire",
        "disputes",
        "absent",
        r"What caused it",
        [
            (
                "SANTIAGO (AP) - A fire at a hospital in Valparaiso forced the "
                "evacuation of 300 patients on Thursday, and two patients on "
                "ventilators died. Hospital director Carla Munoz said a power failure "
                "caused by the fire had shut down the intensive care unit's backup "
                "systems. But firefighters insisted the fire was caused by an "
                "electrical fault in the hospital's own generator room, which the "
                "hospital denied. Prosecutors opened an inquiry.",
                "2026-04-30",
            ),
        ],
    ),
    (
        "r12_nested_according",
        "casualties",
        "absent",
        r"23 [^|]*local officials",
        [
            (
                "MANILA (AP) - According to the disaster agency, 23 people died in the "
                "floods, among them, according to local officials, eight children swept"
                " away in Marikina. Police put the toll at 25. Typhoon rains sent the "
                "Marikina River more than 20 metres above normal on Sunday, forcing "
                "40,000 people into evacuation centres across Metro Manila. Rescuers in"
                " rubber boats pulled residents from rooftops, and schools and "
                "government offices were closed on Monday. The weather bureau said the "
                "rain would ease by Tuesday.",
                "2026-09-08",
            ),
        ],
    ),
    (
        "r12_prices_brought_down",
        "disputes",
        "absent",
        r"falling demand",
        [
            (
                "KARACHI (AFP) - A fire at a fuel depot in Karachi's Keamari port area "
                "killed four workers and sent thick smoke over the city on Thursday. "
                "Firefighters said the fire was caused by a spark from welding work "
                "near a storage tank. The depot's owner said that account was false and"
                " that lightning had struck the tank. Traders said falling demand had "
                "brought down petrol prices earlier in the week, and supplies to the "
                "city were not expected to be affected.",
                "2026-08-20",
            ),
        ],
    ),
    (
        "r12_damage_caused_by_the_flood",
        "disputes",
        "absent",
        r"What caused it",
        [
            (
                "BUCHAREST (Reuters) - Floods in eastern Romania killed four people and"
                " forced 2,000 from their homes over the weekend, the emergency "
                "services said. The country's largest insurer, Allianz-Tiriac, said the"
                " damage caused by the flood would cost at least 40 million euros. But "
                "residents of Galati insisted the flooding was caused by a sudden "
                "release of water from the Stanca-Costesti dam upstream, which the "
                "water authority denied. Soldiers were building sandbag walls along the"
                " Siret river on Monday.",
                "2026-09-21",
            ),
        ],
    ),
    (
        "r12_no_trace_of_fishermen",
        "disputes",
        "absent",
        r"no trace",
        [
            (
                "DAKAR (Reuters) - A fishing boat capsized off Senegal's coast near "
                "Saint-Louis on Monday, and two fishermen were missing, the navy said. "
                "Eleven fishermen swam to shore.Eleven fishermen swam to shore, and two"
                " were treated in hospital for exhaustion. The pirogue had left before "
                "dawn with 13 men on board. Fishing communities in Saint-Louis have "
                "lost dozens of men at sea in recent years as boats travel further to "
                "find fish. The navy sent a patrol boat and divers to the area, and "
                "local fishermen joined the search in their own boats.",
                "2026-06-01",
            ),
            (
                "DAKAR (AFP) - Navy divers found no trace of the two missing fishermen "
                "on Wednesday and the search was suspended, the navy said. The families"
                " of the men gathered on the beach at Guet Ndar as the boats returned. "
                "Local fishermen blamed rough seas and said the boat had been carrying "
                "too many nets. The fisheries ministry said it would hand out life "
                "jackets to crews in the region.",
                "2026-06-03",
            ),
        ],
    ),
    (
        "r12_a_claim_of_help",
        "disputes",
        "present",
        r"Denied by",
        [
            (
                "JAKARTA (Reuters) - The Indonesian government said on Monday it would "
                "pay compensation of 50 million rupiah to each family that lost a "
                "relative in last week's landslide in West Java, which killed 31 "
                "people. The social affairs ministry said it would help all displaced "
                "families return home within a month. Opposition lawmakers rejected the"
                " ministry's claim, saying thousands of people remained in tents with "
                "no plan to rebuild their villages.",
                "2026-12-08",
            ),
        ],
    ),
    (
        "r12_a_claim_of_strength",
        "disputes",
        "present",
        r"Denied by Parents",
        [
            (
                "PORT MORESBY (Reuters) - A footbridge collapsed in the Papua New "
                "Guinea capital on Friday, killing five schoolchildren. The builder, "
                "Highlands Civil Works, said in a statement that the bridge had been "
                "designed to carry 200 people and would support heavy crowds safely. "
                "Parents rejected the builder's account, saying cracks had been visible"
                " for months. Police said they had questioned the site engineer. The "
                "national government said all footbridges in the capital would be "
                "inspected.",
                "2026-09-11",
            ),
        ],
    ),
    (
        "r12_two_otienos",
        "disputes",
        "present",
        r"Denied by",
        [
            (
                "KISUMU, Kenya (AFP) - At least 14 people were killed when a bus "
                "overturned on the Kisumu-Busia highway on Sunday. Otieno Kajwang, the "
                "county police commander, said the bus was speeding on a sharp bend. "
                "Grace Otieno, a passenger who survived with a broken arm, said the "
                "driver had been careful. Otieno denied that the bus was speeding, "
                "saying its brakes had failed. The bus company said the vehicle had "
                "been serviced last month.",
                "2026-04-13",
            ),
        ],
    ),
    (
        "r12_boateng_and_his_firm",
        "disputes",
        "present",
        r"Denied by",
        [
            (
                "KUMASI, Ghana (Reuters) - A partially built four-storey school "
                "building collapsed in Kumasi on Thursday, killing six workers. Boateng"
                " Construction, the contractor, said the collapse was caused by heavy "
                "rain that weakened the foundations. Kofi Boateng, a structural "
                "engineer who inspected the site for the regional assembly in March, "
                "disputed the company's account. Boateng denied that rain had weakened "
                "the foundations and said the columns had too little steel. Police said"
                " the site had been sealed off.",
                "2026-06-18",
            ),
        ],
    ),
    (
        "r12_police_within_relatives",
        "casualties",
        "absent",
        r"12 [^|]*relatives",
        [
            (
                "DHAKA (Reuters) - According to police, 12 people were killed when a "
                "fire broke out on a passenger launch on the Buriganga river, most of "
                "them, according to relatives, women and children travelling to a "
                "wedding. Fire officials said the fire started in the engine room. The "
                "launch owner said the engine had been repaired in May. Survivors said "
                "passengers jumped into the river as smoke filled the lower deck.",
                "2026-07-14",
            ),
        ],
    ),
    (
        "r12_rescuers_counted_for_the_ministry",
        "disputes",
        "absent",
        r"Rescuers",
        [
            (
                "TEHRAN (AFP) - Rescuers counted at least 21 bodies in the rubble of a "
                "collapsed market in the city of Ahvaz, the interior ministry said on "
                "Thursday, while the provincial governor put the death toll at 18. "
                "Local media reported that the market's upper floor had been illegally "
                "extended. Rescuers used cranes to lift slabs of concrete as relatives "
                "waited outside, and the city's governor ordered an inspection of other"
                " markets.",
                "2026-05-28",
            ),
        ],
    ),
]


# Cases of the thirteenth reading (stop 40): two hostile reviews of what was read in S95 and S96
# (people taken ill, hospitalisations, counts given by someone, a count's noun, one count in two
# words, denials of such a warning, what is due, relative clauses in the timeline). Each failed
# in the version reviewed.
_THIRTEENTH_READING_CASES: list[tuple[str, str, str, str, _Case]] = [
    (
        "r13_university_admissions_are_no_patients",
        "casualties",
        "absent",
        r"hospitalised",
        [
            (
                "SEOUL (Yonhap) - Five students were killed and 22 injured when a bus "
                "carrying them to a university entrance exam crashed on Thursday, police "
                "said. The education ministry said admissions at the university would be "
                "postponed by a week and that 3,000 admissions were affected.",
                "2026-03-12",
            ),
        ],
    ),
    (
        "r13_admissions_put_at_a_figure_by_a_university",
        "casualties",
        "absent",
        r"hospitalised",
        [
            (
                "CAPE TOWN (Reuters) - A fire gutted the library of the University of Cape "
                "Town on Sunday, injuring four firefighters. The university puts its "
                "admissions at 6,000 a year and said exams would go ahead.",
                "2026-03-12",
            ),
        ],
    ),
    (
        "r13_admissions_to_a_university_rose",
        "casualties",
        "absent",
        r"hospitalised",
        [
            (
                "ACCRA (Reuters) - A stampede at a university in Accra killed four students "
                "and injured 30 on Monday, police said. Admissions to the university rose to "
                "12,000 this year.",
                "2026-03-12",
            ),
        ],
    ),
    (
        "r13_infected_patients_evacuated_are_evacuated",
        "casualties",
        "present",
        r"30 evacuated",
        [
            (
                "ROME (Reuters) - Eleven patients died when a fire broke out at a COVID ward "
                "in Rome on Sunday, officials said. All had been infected with the "
                "coronavirus, and 30 other infected patients were evacuated to another "
                "hospital.",
                "2026-03-12",
            ),
        ],
    ),
    (
        "r13_cases_registered_by_police_are_files",
        "casualties",
        "absent",
        r"82",
        [
            (
                "LUCKNOW (Reuters) - At least 11 people were killed in communal violence in "
                "Uttar Pradesh, police said on Sunday. Some 82 cases registered by police "
                "relate to arson, and doctors said dozens were taken ill from tear gas.",
                "2026-03-12",
            ),
        ],
    ),
    (
        "r13_sick_children_moved_are_no_one_taken_ill",
        "casualties",
        "absent",
        r"\b40 ill",
        [
            (
                "GAZA (Reuters) - An Israeli air strike near the al-Shifa hospital killed 12 "
                "people on Monday, health officials said. Some 40 sick children in the "
                "hospital were moved to Egypt.",
                "2026-03-12",
            ),
        ],
    ),
    (
        "r13_cases_of_fraud_are_files",
        "casualties",
        "absent",
        r"\b12 ill",
        [
            (
                "JOHANNESBURG (Reuters) - A gas explosion at an illegal mine killed 17 miners"
                " on Wednesday, officials said. Prosecutors have opened 12 cases of fraud "
                "against the mine's owners, who were fined in 2022 after a typhoid outbreak "
                "at the workers' camp.",
                "2026-03-12",
            ),
        ],
    ),
    (
        "r13_cases_against_sellers_are_files",
        "casualties",
        "absent",
        r"\b25 ill",
        [
            (
                "NEW DELHI (Reuters) - At least 14 people died after drinking bootleg liquor "
                "in Punjab, police said on Friday. Police have registered 25 cases against "
                "liquor sellers since the methanol poisoning, a senior officer said.",
                "2026-03-12",
            ),
        ],
    ),
    (
        "r13_cases_of_water_are_crates",
        "casualties",
        "absent",
        r"2,000 ill",
        [
            (
                "LUSAKA (AP) - Cholera has killed 40 people in Lusaka since January, the "
                "health ministry said on Tuesday. Aid groups handed out 2,000 cases of "
                "bottled water to families hit by the outbreak.",
                "2026-03-12",
            ),
        ],
    ),
    (
        "r13_ill_equipped_rescuers_are_well",
        "casualties",
        "absent",
        r"300 ill",
        [
            (
                "ANKARA (AFP) - The earthquake killed at least 84 people in eastern Turkey, "
                "officials said on Monday. Some 300 rescuers, ill equipped and exhausted, "
                "searched the rubble through the night.",
                "2026-03-12",
            ),
        ],
    ),
    (
        "r13_recorded_by_midnight_is_no_voice",
        "casualties",
        "absent",
        r"midnight",
        [
            (
                "MANILA (Reuters) - Typhoon Rai killed at least 208 people, police said on "
                "Monday. The 52 deaths recorded by midnight on Saturday were mostly in Bohol "
                "province.",
                "2026-03-12",
            ),
        ],
    ),
    (
        "r13_given_by_tuesday_night_is_no_voice",
        "disputes",
        "absent",
        r"Tuesday night",
        [
            (
                "ROME (Reuters) - The toll of 38 dead given by Tuesday night rose to 43 on "
                "Wednesday after rescuers recovered more bodies from the collapsed bridge in "
                "Genoa, the interior ministry said.",
                "2026-03-12",
            ),
        ],
    ),
    (
        "r13_hiv_infected_children_are_no_one_taken_ill",
        "casualties",
        "absent",
        r"\b90 ill",
        [
            (
                "KAMPALA (Reuters) - A fire at an orphanage in Kampala killed 11 children on "
                "Friday, police said. The home looked after 90 HIV-infected children.",
                "2026-03-12",
            ),
        ],
    ),
    (
        "r13_sick_inmates_before_a_riot_are_no_one_taken_ill",
        "casualties",
        "absent",
        r"\b30 ill",
        [
            (
                "CARACAS (AP) - A riot at a prison in Carabobo killed 68 people, mostly "
                "inmates, officials said on Thursday. Relatives said 30 sick inmates had been"
                " denied medical care for weeks before the riot.",
                "2026-03-12",
            ),
        ],
    ),
    (
        "r13_relatives_who_spoke_ill_are_no_one_taken_ill",
        "casualties",
        "absent",
        r"\b40 ill",
        [
            (
                "JAKARTA (Reuters) - A ferry sank off Sulawesi on Tuesday, killing 34 people,"
                " and 21 remain missing. Some 40 relatives who spoke ill of the operator were"
                " barred from the port.",
                "2026-03-12",
            ),
        ],
    ),
    (
        "r13_in_twelve_cases_the_courts_ruled",
        "casualties",
        "absent",
        r"\b12 ill",
        [
            (
                "NEW YORK (Reuters) - A fire at a Bronx apartment block killed 17 people on "
                "Sunday. In 12 cases the courts had ruled the landlord liable for earlier "
                "violations, including a COVID-era heating outage.",
                "2026-03-12",
            ),
        ],
    ),
    (
        "r13_mentally_ill_patients_are_no_one_taken_ill",
        "casualties",
        "absent",
        r"300 ill",
        [
            (
                "TBILISI (Reuters) - A fire at a psychiatric hospital near Tbilisi killed "
                "nine patients on Monday, officials said. The hospital housed 300 mentally "
                "ill patients.",
                "2026-03-12",
            ),
        ],
    ),
    (
        "r13_terminally_ill_residents_are_no_one_taken_ill",
        "casualties",
        "absent",
        r"\b40 ill",
        [
            (
                "LYON (AFP) - A fire at a hospice near Lyon killed 12 residents overnight, "
                "the prefecture said. The hospice cared for 40 terminally ill residents.",
                "2026-03-12",
            ),
        ],
    ),
    (
        "r13_cases_of_theft_are_files",
        "casualties",
        "absent",
        r"\b45 ill",
        [
            (
                "ISLAMABAD (AFP) - Floods have killed 1,100 people in Pakistan since June, "
                "the disaster agency said. Police said they had recorded 45 cases of theft "
                "from relief camps, where cholera and diarrhoea are spreading.",
                "2026-03-12",
            ),
        ],
    ),
    (
        "r13_two_of_the_hospitalised_who_died_are_dead",
        "casualties",
        "present",
        r"\b2 killed",
        [
            (
                "BEIJING (Reuters) - A gas leak at a chemical plant in Jiangsu province sent "
                "40 people to hospital on Wednesday, state media said. Two of the 40 "
                "hospitalised died overnight, bringing the death toll to five, Xinhua "
                "reported.",
                "2026-03-12",
            ),
        ],
    ),
    (
        "r13_cases_recorded_by_a_ministry_are_its_own",
        "casualties",
        "present",
        r"371 ill[^|]*health ministry",
        [
            (
                "TEMUCO (AFP) - The 371 cases of salmonella recorded by the health ministry "
                "fall short of the 430 pupils who fell ill according to the municipality.",
                "2026-03-12",
            ),
        ],
    ),
    (
        "r13_rescue_and_police_vehicles_are_two_fleets",
        "disputes",
        "absent",
        r"How many vehicles",
        [
            (
                "HAMBURG (dpa) - A gas explosion destroyed a block of flats in Hamburg on "
                "Tuesday, injuring nine people. The fire brigade said 6 rescue vehicles were "
                "deployed. Police said 40 police vehicles were deployed to seal off the "
                "district.",
                "2026-05-06",
            ),
        ],
    ),
    (
        "r13_police_and_fire_officers_are_two_counts",
        "disputes",
        "absent",
        r"How many officers",
        [
            (
                "MARSEILLE, France (AFP) - A fire at a disused warehouse in Marseille forced "
                "200 residents from their homes on Tuesday. The prefecture said 300 police "
                "officers were deployed. The fire service said 40 fire officers were "
                "deployed.",
                "2026-05-06",
            ),
        ],
    ),
    (
        "r13_homes_damaged_are_no_side_of_buildings_collapsed",
        "disputes",
        "absent",
        r"210",
        [
            (
                "IZMIR, Turkey (Reuters) - A 5.8-magnitude earthquake hit western Turkey on "
                "Tuesday, killing 3 people. The mayor of Izmir said 52 buildings had "
                "collapsed. The disaster agency AFAD said 40 buildings collapsed, while the "
                "governor said 210 homes were damaged.",
                "2026-05-06",
            ),
        ],
    ),
    (
        "r13_such_a_letter_answers_the_letter_written_to_it",
        "disputes",
        "present",
        r"CGT union",
        [
            (
                "TOULOUSE, France (AFP) - A gas explosion at a chemical plant near Toulouse "
                "killed three workers on Monday. The CGT union said it wrote to the company "
                "in March warning of gas leaks. Police say they informed the mayor of the "
                "blast within an hour; the company denies receiving any such letter.",
                "2026-05-06",
            ),
        ],
    ),
    (
        "r13_telling_reporters_is_no_warning_sent",
        "disputes",
        "absent",
        r"Denied by club",
        [
            (
                "ROME (Reuters) - Fans clashed with police outside Rome's Olympic stadium on "
                "Sunday, and 12 people were hurt. Police say they arrested two men and told "
                "reporters the investigation was continuing; the club denies receiving any "
                "such warning about the fans.",
                "2026-05-06",
            ),
        ],
    ),
    (
        "r13_sending_inspectors_is_no_letter",
        "disputes",
        "absent",
        r"Denied by operator",
        [
            (
                "LIMA (Reuters) - A landslide at a gold mine in Peru buried 12 miners on "
                "Sunday. The energy ministry says it sent inspectors to the site on Monday; "
                "the operator denies receiving any such letter.",
                "2026-05-06",
            ),
        ],
    ),
    (
        "r13_due_to_stand_trial_is_ahead",
        "when.date",
        "absent",
        r"2026-05-01",
        [
            (
                "BERLIN (Reuters) - The driver who ploughed into a Christmas market in "
                "Magdeburg, killing six people, is in custody. The suspect, due to stand "
                "trial on Friday, has confessed, prosecutors said on Wednesday.",
                "2026-05-06",
            ),
        ],
    ),
    (
        "r13_due_to_expire_is_ahead",
        "when.date",
        "absent",
        r"2026-05-0[13]",
        [
            (
                "CAIRO (Reuters) - Israeli strikes killed 12 people in Gaza on Wednesday, "
                "health officials said, with a ceasefire due to expire on Sunday and "
                "negotiators due to go to Doha on Friday.",
                "2026-05-06",
            ),
        ],
    ),
    (
        "r13_due_to_depart_is_ahead",
        "when.date",
        "absent",
        r"2026-05-0[12]",
        [
            (
                "HELSINKI (Reuters) - A fire broke out on the ferry Viking Grace on Tuesday "
                "while it was in port in Turku; no one was hurt. The ship, due to depart on "
                "Friday, will stay in port for repairs, with the transport minister due to "
                "attend an inspection on Saturday.",
                "2026-05-06",
            ),
        ],
    ),
    (
        "r13_due_to_step_down_in_june_is_ahead",
        "when.date",
        "absent",
        r"2025-06",
        [
            (
                "MILAN (Reuters) - Police said on Wednesday the derby, due to kick off on "
                "Saturday, would go ahead despite Tuesday's clashes, in which 20 fans were "
                "hurt. The club president, due to step down in June, condemned the violence. "
                "The league's inquiry, due to launch on Thursday, will examine security.",
                "2026-05-06",
            ),
        ],
    ),
    (
        "r13_fell_due_is_gone",
        "when.date",
        "absent",
        r"2027",
        [
            (
                "ATHENS (Reuters) - The collapsed shipping firm missed loan payments that "
                "fell due in January, creditors said on Wednesday.",
                "2026-02-11",
            ),
            (
                "ATHENS (Reuters) - An audit report that had been due in March has still not "
                "been published, the finance ministry said on Wednesday.",
                "2026-05-06",
            ),
        ],
    ),
    (
        "r13_due_in_march_told_in_may_is_gone",
        "when.date",
        "absent",
        r"2027",
        [
            (
                "LONDON (Reuters) - The public inquiry report into the Grenfell fire, due in "
                "March, has been delayed until June, the government said on Wednesday. A vote"
                " due in January was also postponed.",
                "2026-05-06",
            ),
        ],
    ),
    (
        "r13_a_relative_clause_with_its_date_is_a_statement",
        "when",
        "present",
        r"The dam was breached",
        [
            (
                "KYIV (Reuters) - Water from the Oskil reservoir flooded five villages in "
                "Kharkiv region after the dam, which was breached on Tuesday, gave way "
                "further on Wednesday. Two people drowned, officials said.",
                "2026-05-06",
            ),
        ],
    ),
    (
        "r13_suspects_who_were_arrested_were_arrested",
        "when",
        "present",
        r"The suspects were arrested",
        [
            (
                "STOCKHOLM (Reuters) - Two men accused of the shooting at a school in Orebro "
                "appeared in court on Wednesday. The suspects, who were arrested on Sunday, "
                "deny the charges. Four students were killed in the attack.",
                "2026-05-06",
            ),
        ],
    ),
    (
        "r13_aid_workers_who_were_freed_were_freed",
        "when",
        "present",
        r"Three aid workers were freed",
        [
            (
                "BAMAKO (Reuters) - Three aid workers, who were freed on Sunday, arrived in "
                "Paris on Wednesday. A French journalist, who was kidnapped in March, is "
                "still held by the group, officials said.",
                "2026-05-06",
            ),
        ],
    ),
    (
        "r13_a_ship_which_was_refloated_was_refloated",
        "when",
        "present",
        r"cargo ship was refloated",
        [
            (
                "BALTIMORE (Reuters) - Divers recovered a second body from the river near the"
                " bridge, which collapsed on Tuesday. The cargo ship, which was refloated on "
                "Monday, remains at the port.",
                "2026-05-06",
            ),
        ],
    ),
    (
        "r13_fire_engines_while_patrol_cars_are_two_things",
        "disputes",
        "absent",
        r"How many cars",
        [
            (
                "BIRMINGHAM, England (Reuters) - A fire at a recycling plant in Birmingham "
                "sent smoke across the city on Tuesday. The fire brigade said 12 fire engines"
                " were sent, while police said 40 patrol cars were deployed to close roads. "
                "Nobody was injured.",
                "2026-05-06",
            ),
        ],
    ),
    (
        "r13_flights_but_gates_are_two_things",
        "disputes",
        "absent",
        r"How many flights",
        [
            (
                "FRANKFURT (Reuters) - A power failure at Frankfurt airport on Tuesday "
                "disrupted travel for thousands. Lufthansa said 40 flights were cancelled, "
                "but the airport operator Fraport said only 12 gates were closed and most "
                "flights left on time.",
                "2026-05-06",
            ),
        ],
    ),
    (
        "r13_tanks_while_helicopters_are_two_things",
        "disputes",
        "absent",
        r"How many helicopters",
        [
            (
                "KHARTOUM (Reuters) - Heavy fighting broke out around El Fasher on Tuesday. "
                "The army said its troops destroyed 12 tanks, while the RSF said its fighters"
                " shot down 3 helicopters. Dozens of civilians were killed, aid groups said.",
                "2026-05-06",
            ),
        ],
    ),
    (
        "r13_buildings_while_homes_are_two_things",
        "disputes",
        "absent",
        r"How many homes",
        [
            (
                "IZMIR, Turkey (Reuters) - A 5.8-magnitude earthquake hit western Turkey on "
                "Tuesday, killing 3 people. The disaster agency AFAD said 40 buildings "
                "collapsed, while the governor said 210 homes were damaged.",
                "2026-05-05",
            ),
            (
                "IZMIR, Turkey (AP) - Rescuers searched the rubble on Wednesday. AFAD said 46"
                " buildings had collapsed. The governor's office said 250 homes were damaged "
                "and 30 homes destroyed.",
                "2026-05-06",
            ),
        ],
    ),
]


# Cases of the fourteenth reading (stop 40): a hostile review of what was read in S97 and S98
# after they were measured held out (a thing broken or intact, what set a fire off, a rival's
# figure given back with no noun, "deceased", roles after an "-ing" word). Each failed in the
# version reviewed.
_FOURTEENTH_READING_CASES: list[tuple[str, str, str, str, _Case]] = [
    (
        "r14_a_pump_repaired_is_no_state_dispute",
        "disputes",
        "absent",
        r"Was the pump broken",
        [
            (
                "LAGOS (Reuters) - Thousands of residents in Ikeja were without water on "
                "Tuesday. A corporation spokesman said on Monday the pump was broken. On "
                "Wednesday the water commissioner said the pump was working again after "
                "overnight repairs, but supplies had not yet reached all homes.",
                "2025-03-12",
            ),
        ],
    ),
    (
        "r14_a_system_failed_then_working_is_no_state_dispute",
        "disputes",
        "absent",
        r"Was the system broken",
        [
            (
                "ANKARA (Reuters) - A quake killed 3 people in Malatya. Regional officials "
                "said the early warning system failed during Monday's first quake. The "
                "disaster agency AFAD said on Wednesday the system was working, but "
                "aftershocks continued.",
                "2025-03-12",
            ),
        ],
    ),
    (
        "r14_a_damaged_dam_still_sound_is_no_state_dispute",
        "disputes",
        "absent",
        r"Was the dam broken",
        [
            (
                "TBILISI (Reuters) - Heavy rain caused flooding in western Georgia, killing 4"
                " people. The dam on the Rioni river was damaged by debris, the environment "
                "ministry said. The dam remains sound and there is no risk of collapse, the "
                "operator Energo-Pro said on Friday.",
                "2025-03-12",
            ),
        ],
    ),
    (
        "r14_a_crane_that_damaged_a_roof_is_not_broken",
        "disputes",
        "absent",
        r"Was the crane broken",
        [
            (
                "MILAN (Reuters) - A crane collapsed onto a school in Milan on Tuesday, "
                "killing a worker. Police said the crane damaged the roof of the gymnasium. "
                "The construction firm Edilnord insisted the crane was functional, but the "
                "wind was exceptionally strong.",
                "2025-03-12",
            ),
        ],
    ),
    (
        "r14_jammed_lines_are_busy_not_broken",
        "disputes",
        "absent",
        r"Was the lines broken",
        [
            (
                "ATHENS (AP) - Wildfires near Athens killed 3 people on Wednesday. Emergency "
                "phone lines were jammed for hours, residents said. The lines were working "
                "throughout, but demand was unprecedented, the civil protection ministry "
                "said.",
                "2025-03-12",
            ),
        ],
    ),
    (
        "r14_a_truck_that_damaged_a_railing_is_not_broken",
        "disputes",
        "absent",
        r"Was the truck broken",
        [
            (
                "LYON (AFP) - A lorry plunged off a motorway bridge near Lyon on Friday, "
                "killing its driver and 1 motorist. The truck damaged the railing before "
                "falling 15 metres, police said. The truck was functional and had been "
                "serviced last month, but the driver had been at the wheel for eleven hours, "
                "the haulage company said.",
                "2025-03-12",
            ),
        ],
    ),
    (
        "r14_jammed_roads_are_busy_not_broken",
        "disputes",
        "absent",
        r"Was the roads broken",
        [
            (
                "MANILA (Reuters) - A 6.1 magnitude quake struck Luzon on Tuesday, killing 5 "
                "people. Roads out of the city were jammed with traffic, police said. The "
                "roads were undamaged, but several bridges were closed for inspection, the "
                "public works department said.",
                "2025-03-12",
            ),
        ],
    ),
    (
        "r14_a_valve_replaced_is_no_state_dispute",
        "disputes",
        "absent",
        r"Was the valve broken",
        [
            (
                "HOUSTON (AP) - An explosion at a chemical plant killed 2 workers. The "
                "company said a valve failed at 3 a.m. and was replaced within an hour. "
                "Inspectors said on Friday the valve was working, but they had not yet "
                "examined the pipes.",
                "2025-03-12",
            ),
        ],
    ),
    (
        "r14_cables_of_two_viaducts_are_two_things",
        "disputes",
        "absent",
        r"Was the cables broken",
        [
            (
                "ROME (ANSA) - A bridge collapsed near Genoa, killing 4. Engineers said the "
                "old viaduct's cables were corroded. The motorway operator said the new "
                "viaduct's cables were sound, but traffic would stay closed.",
                "2025-03-12",
            ),
        ],
    ),
    (
        "r14_pumps_at_two_plants_are_two_things",
        "disputes",
        "absent",
        r"Was the pump broken",
        [
            (
                "TOKYO (Kyodo) - A magnitude 7.1 quake hit Japan. Tepco said a cooling pump "
                "at Fukushima Daini failed briefly. The nuclear regulator said the cooling "
                "pump at Kashiwazaki was working normally, while no abnormal radiation was "
                "detected.",
                "2025-03-12",
            ),
        ],
    ),
    (
        "r14_a_fire_began_during_the_night_is_no_cause",
        "disputes",
        "absent",
        r"the night",
        [
            (
                "SKOPJE (Reuters) - A fire at a nightclub in Kocani killed 9 people on "
                "Sunday. Police blame pyrotechnics used during a concert, while firefighters "
                "say the fire began during the night.",
                "2025-03-12",
            ),
        ],
    ),
    (
        "r14_a_fire_came_from_windows_is_no_cause",
        "disputes",
        "absent",
        r"windows",
        [
            (
                "LONDON (Reuters) - A fire in a tower block in west London killed 2 people. "
                "The London Fire Brigade blamed a faulty fridge, but witnesses said the fire "
                "came from the windows of the eighth floor.",
                "2025-03-12",
            ),
        ],
    ),
    (
        "r14_a_blast_came_from_a_direction_is_no_cause",
        "disputes",
        "absent",
        r"direction",
        [
            (
                "ODESA (AFP) - An explosion shook Odesa overnight, injuring 6 people. "
                "Ukrainian officials blamed a Russian drone, while residents said the "
                "explosion came from the direction of the port.",
                "2025-03-12",
            ),
        ],
    ),
    (
        "r14_a_blaze_started_in_the_early_hours_is_no_cause",
        "disputes",
        "absent",
        r"early hours",
        [
            (
                "NAIROBI (AFP) - A fire at a boarding school in central Kenya killed 17 "
                "pupils. Parents blamed overcrowding in the dormitory, but police said the "
                "blaze started during the early hours of Friday.",
                "2025-03-12",
            ),
        ],
    ),
    (
        "r14_a_fire_came_from_a_country_is_no_cause",
        "disputes",
        "absent",
        r"Greece",
        [
            (
                "SOFIA (Reuters) - A forest fire in southern Bulgaria killed 2 firefighters "
                "this week. Greek officials blame a Bulgarian farmer burning stubble, while "
                "the Bulgarian agriculture ministry says the fire came from Greece.",
                "2025-03-12",
            ),
        ],
    ),
    (
        "r14_one_body_updating_its_count_is_no_rival",
        "disputes",
        "absent",
        r"How many schools",
        [
            (
                "ROME (ANSA) - Floods in Emilia-Romagna closed schools across the region. "
                "Officials said 11 schools were closed on Monday, but on Tuesday they said "
                "14.",
                "2025-03-12",
            ),
        ],
    ),
    (
        "r14_a_figure_given_back_after_two_counts_is_left",
        "disputes",
        "absent",
        r"How many were wounded",
        [
            (
                "KABUL (AFP) - A suicide bomber struck a school in Kabul. The interior "
                "ministry said 12 students were killed and 30 wounded, while a hospital "
                "official said 19.",
                "2025-03-12",
            ),
        ],
    ),
    (
        "r14_dead_counted_back_are_no_count_of_deads",
        "disputes",
        "absent",
        r"How many deads",
        [
            (
                "JOHANNESBURG (Reuters) - An underground fire at a gold mine trapped workers,"
                " the company said. The miners' union counts 9 dead, while the company counts"
                " 6.",
                "2025-03-12",
            ),
        ],
    ),
    (
        "r14_two_of_the_deceased_are_a_share",
        "disputes",
        "absent",
        r"How many were killed",
        [
            (
                "BELGRADE (Reuters) - A fire at a retirement home in Barajevo killed 9 people"
                " on Saturday, police said. Two of the deceased were children visiting their "
                "grandparents, a hospital spokesman said.",
                "2025-03-12",
            ),
        ],
    ),
    (
        "r14_relatives_informed_are_no_voice",
        "casualties",
        "present",
        r"injured[^|]*hospital",
        [
            (
                "BUCHAREST (Agerpres) - A fire at a hospital ward killed 4 patients. "
                "Relatives of the victims were informed by phone, the hospital said, and 2 "
                "nurses were injured.",
                "2025-03-12",
            ),
        ],
    ),
    (
        "r14_an_investigating_judge_is_a_role",
        "who",
        "present",
        r"investigating judge",
        [
            (
                "BRUSSELS (Belga) - A gas explosion destroyed a building in Antwerp, killing "
                "2 people. The case has been handed to a court, investigating judge Marie "
                "Dupont said on Friday.",
                "2025-03-12",
            ),
        ],
    ),
    (
        "r14_an_incoming_mayor_is_a_role",
        "who",
        "present",
        r"incoming mayor",
        [
            (
                "VALENCIA (EFE) - Flash floods killed 4 people in the town of Paiporta. The "
                "town will need months to recover, incoming mayor Carlos Ruiz said on "
                "Thursday.",
                "2025-03-12",
            ),
        ],
    ),
    (
        "r14_critically_ill_after_a_fire_are_hurt",
        "casualties",
        "absent",
        r"\b2 ill",
        [
            (
                "GLASGOW (PA) - A fire at a block of flats in Glasgow killed 3 people on "
                "Sunday. Two children remain critically ill in hospital, police said.",
                "2025-03-12",
            ),
        ],
    ),
    (
        "r14_a_later_toll_of_another_word_stays",
        "disputes",
        "present",
        r"How many were killed in the explosion",
        [
            (
                "ISLAMABAD (Reuters) - The death toll from the blast at the Pontic fertiliser"
                " plant rose to 14, police said, but rescuers said 11 were killed in the "
                "blast.",
                "2025-03-12",
            ),
            (
                "ISLAMABAD (AP) - Officials said 19 people were killed in the explosion at "
                "the plant on Monday, while the company said 16 died in the explosion.",
                "2025-03-13",
            ),
        ],
    ),
]


# Cases of the fifteenth reading (stop 41): three hostile reviews of what was read in S99 and
# S100 (voices of figures set at double another's, one act timed by two voices, hospital counts
# in any words, "bodies" that are institutions, a title that is a surname, people moved out of
# where they live, people "treated" with no "for"). Each failed in the version reviewed.
_FIFTEENTH_READING_CASES: list[tuple[str, str, str, str, _Case]] = [
    (
        "r15_a_local_and_a_national_red_cross_stay_two_voices",
        "casualties.attributed_to",
        "present",
        r"local Red Cross",
        [
            (
                "BEIRA, Mozambique (Reuters) - Cyclone Jude tore through central Mozambique, "
                "flattening homes and cutting power. The local Red Cross said 30 people were "
                "killed in Beira, while the national Red Cross said 22 people had died across"
                " the country.",
                "2026-03-12",
            ),
            (
                "MAPUTO (AP) - The provincial Health Department said 45 people were injured "
                "in Beira, while the national Health Department counted 38 injured.",
                "2026-03-13",
            ),
        ],
    ),
    (
        "r15_a_provincial_and_a_national_authority_stay_two_voices",
        "disputes",
        "present",
        r"provincial Disaster Management Authority",
        [
            (
                "ISLAMABAD (Reuters) - Floods in northern Pakistan destroyed homes across "
                "Swat valley. The provincial Disaster Management Authority said 2,300 homes "
                "were destroyed, while the national Disaster Management Authority put the "
                "figure at 1,700 homes.",
                "2026-03-12",
            ),
        ],
    ),
    (
        "r15_a_motorway_closed_and_a_rail_line_shut_are_two_acts",
        "disputes",
        "absent",
        r"When it was shut",
        [
            (
                "LYON (Reuters) - Heavy snow cut transport links around Lyon on Tuesday. "
                "Police said the A7 motorway was closed at 3:15 p.m., while the rail operator"
                " SNCF said the line to Grenoble was shut at 4:40 p.m. Hundreds of drivers "
                "were stranded overnight.",
                "2026-03-12",
            ),
        ],
    ),
    (
        "r15_families_informed_and_an_embassy_alerted_are_two_acts",
        "disputes",
        "absent",
        r"When it was reported",
        [
            (
                "JAKARTA (Reuters) - A passenger jet made an emergency landing in Jakarta "
                "after an engine fire. The airline said it informed passengers' families at "
                "10:20 a.m., whereas the foreign ministry said it alerted the Australian "
                "embassy at 11:05 a.m. None of the 160 people on board was hurt.",
                "2026-03-12",
            ),
        ],
    ),
    (
        "r15_a_plant_shut_again_later_is_no_dispute_of_when_it_was_shut",
        "disputes",
        "absent",
        r"When it was shut",
        [
            (
                "ROUEN, France (Reuters) - A chemical plant near Rouen was shut at 6:00 a.m. "
                "on Friday after a gas alarm, the operator said. However, the plant was shut "
                "again at 3:40 p.m. after a second alarm, fire officials said. No one was "
                "hurt.",
                "2026-03-12",
            ),
        ],
    ),
    (
        "r15_two_victims_found_at_two_times_are_no_time_dispute",
        "disputes",
        "absent",
        r"first found",
        [
            (
                "MARSEILLE (Reuters) - Two men were shot dead in northern Marseille "
                "overnight. Police said the first victim was found dead at 11:20 p.m., while "
                "paramedics said a second man was found at 12:05 a.m. near a nearby car park."
                " No arrests have been made.",
                "2026-03-12",
            ),
        ],
    ),
    (
        "r15_oil_found_by_a_landowner_and_a_pressure_drop_detected_are_two_acts",
        "disputes",
        "absent",
        r"first found",
        [
            (
                "EDMONTON (Reuters) - A landowner said he discovered oil in a creek at 7:15 "
                "a.m. on Tuesday. But the company said it first detected a pressure drop on "
                "the line at 5:40 a.m. and shut the pipeline at 6:05 a.m. The regulator said "
                "it was informed at 11:52 a.m.",
                "2026-03-12",
            ),
        ],
    ),
    (
        "r15_four_airlifted_are_some_of_the_25_taken_to_hospital",
        "disputes",
        "absent",
        r"taken to hospital",
        [
            (
                "INNSBRUCK, Austria (Reuters) - A cable car cabin crashed into a station near"
                " Innsbruck on Sunday. Police said 25 people were taken to hospital. The air "
                "rescue service said it airlifted four people to hospital in Innsbruck.",
                "2026-03-12",
            ),
        ],
    ),
    (
        "r15_those_who_remain_hospitalised_are_no_rival_of_those_taken_to_hospital",
        "disputes",
        "absent",
        r"taken to hospital",
        [
            (
                "LILLE, France (Reuters) - A gas explosion tore through an apartment block in"
                " Lille on Friday. Police said 31 people were taken to hospital. Hospital "
                "officials said on Sunday that nine people remain hospitalised, two in "
                "critical condition.",
                "2026-03-12",
            ),
        ],
    ),
    (
        "r15_those_admitted_are_some_of_those_taken_to_hospital",
        "disputes",
        "absent",
        r"taken to hospital",
        [
            (
                "MANCHESTER, England (Reuters) - A crush at a concert venue in Manchester "
                "injured dozens of fans on Saturday. Paramedics said 60 people were taken to "
                "hospital, while the hospital trust said 22 were admitted to hospital "
                "overnight.",
                "2026-03-12",
            ),
        ],
    ),
    (
        "r15_bodies_that_must_still_be_identified_are_dead",
        "casualties",
        "present",
        r"31 killed",
        [
            (
                "TAIZ, Yemen (Reuters) - Fighting around Taiz has left dozens dead, medical "
                "sources said. Forensic teams said 31 bodies that must still be identified "
                "were taken to the city's morgue on Thursday.",
                "2026-03-12",
            ),
        ],
    ),
    (
        "r15_bodies_that_relatives_agreed_to_bury_are_dead",
        "casualties",
        "present",
        r"17 killed",
        [
            (
                "DERNA, Libya (Reuters) - Floodwaters swept through Derna after two dams "
                "burst. Officials said the 17 bodies that relatives had agreed to bury in a "
                "mass grave were recovered from the sea on Wednesday.",
                "2026-03-12",
            ),
        ],
    ),
    (
        "r15_bodies_that_represent_a_fraction_of_the_dead_are_dead",
        "casualties",
        "present",
        r"40 killed",
        [
            (
                "ANTAKYA, Turkey (Reuters) - Rescuers pulled more victims from collapsed "
                "buildings in Antakya on Thursday. The 40 bodies recovered so far represent "
                "only a fraction of those still missing, the disaster agency AFAD said.",
                "2026-03-12",
            ),
        ],
    ),
    (
        "r15_bodies_that_authorities_know_of_are_dead",
        "casualties",
        "present",
        r"52 killed",
        [
            (
                "TRIPOLI (Reuters) - A boat carrying migrants capsized off the Libyan coast. "
                "The UN migration agency said the 52 bodies that authorities know of had "
                "washed ashore near Zuwara, and dozens more people were missing.",
                "2026-03-12",
            ),
        ],
    ),
    (
        "r15_a_hospital_named_after_a_city_is_no_person",
        "who.name",
        "absent",
        r"Hamilton General",
        [
            (
                "HAMILTON, Ontario (Reuters) - Seven people were injured, three critically, "
                "when a tour bus overturned on Highway 403 near Hamilton on Saturday, police "
                "said. The three were taken to Hamilton General, and four others to St. "
                "Joseph's hospital.",
                "2026-04-14",
            ),
            (
                "TORONTO (CP) - Hamilton General said in a statement that two of the patients"
                " remained in critical condition on Sunday.",
                "2026-04-14",
            ),
        ],
    ),
    (
        "r15_victoria_general_is_a_hospital",
        "who.name",
        "absent",
        r"Victoria General",
        [
            (
                "HALIFAX, Nova Scotia (Reuters) - Six people were injured, two of them "
                "critically, when a bus collided with a truck on Highway 102 on Friday, "
                "police said. Four were taken to Victoria General and two to the IWK "
                "children's hospital.",
                "2026-04-14",
            ),
            (
                "HALIFAX (CP) - Victoria General said on Saturday that one of the four "
                "patients had been discharged, RCMP said the truck driver would be charged.",
                "2026-04-14",
            ),
        ],
    ),
    (
        "r15_mary_queen_of_scots_is_not_cut_to_mary_queen",
        "who.name",
        "absent",
        r"Mary Queen",
        [
            (
                "EDINBURGH (Reuters) - A fire damaged part of Linlithgow Palace, the "
                "birthplace of Mary Queen of Scots, on Tuesday, Historic Environment Scotland"
                " said. No one was hurt.",
                "2026-04-14",
            ),
            (
                "EDINBURGH (PA) - The room where Mary Queen of Scots was born in 1542 was not"
                " damaged, firefighters said.",
                "2026-04-14",
            ),
        ],
    ),
    (
        "r15_a_cruise_ship_is_no_person",
        "who.name",
        "absent",
        r"Diamond Princess",
        [
            (
                "YOKOHAMA, Japan (Reuters) - Japan confirmed 70 more coronavirus cases on the"
                " Diamond Princess on Sunday, bringing the number of infected passengers on "
                "the quarantined cruise ship to 355, the health ministry said.",
                "2020-02-16",
            ),
            (
                "TOKYO (AP) - Passengers on the Diamond Princess said they had been confined "
                "to their cabins for 12 days. The Ruby Princess and Coral Princess were also "
                "held, officials said.",
                "2020-02-16",
            ),
        ],
    ),
    (
        "r15_villagers_taken_from_their_homes_by_gunmen_are_not_evacuated",
        "casualties",
        "absent",
        r"evacuated",
        [
            (
                "MAIDUGURI, Nigeria (Reuters) - Gunmen abducted villagers in a night raid on "
                "Kuriga in northwest Nigeria, residents said on Friday. At least 24 people "
                "were taken from their homes at gunpoint and led into the forest, a local "
                "official said.",
                "2026-04-14",
            ),
        ],
    ),
    (
        "r15_suspects_taken_from_their_homes_are_arrested_not_evacuated",
        "casualties",
        "absent",
        r"evacuated",
        [
            (
                "ISTANBUL (Reuters) - Turkish police detained opposition activists in dawn "
                "raids on Wednesday, their lawyers said. Nine suspects were taken from their "
                "homes in Istanbul and Ankara and held for questioning, the prosecutor's "
                "office said.",
                "2026-04-14",
            ),
        ],
    ),
    (
        "r15_children_taken_from_their_homes_over_a_century_are_not_evacuated",
        "casualties",
        "absent",
        r"evacuated",
        [
            (
                "KAMLOOPS, British Columbia (Reuters) - The remains of 215 children were "
                "found buried at the site of a former residential school in Kamloops, the "
                "Tk'emlups te Secwepemc First Nation said on Thursday. Between 1831 and 1996,"
                " some 150,000 Indigenous children were taken from their homes and sent to "
                "such schools.",
                "2021-05-28",
            ),
        ],
    ),
    (
        "r15_families_who_moved_out_years_ago_are_not_evacuated",
        "casualties",
        "absent",
        r"evacuated",
        [
            (
                "ZAPORIZHZHIA, Ukraine (Reuters) - A Russian missile strike on the village of"
                " Hroza killed 52 people gathered at a wake on Thursday, officials said. Many"
                " of the mourners belonged to some 40 families who had moved out of the "
                "village years ago and came back for the funeral, a local official said.",
                "2026-04-14",
            ),
        ],
    ),
    (
        "r15_detainees_moved_out_of_a_camp_are_not_evacuated",
        "casualties",
        "absent",
        r"evacuated",
        [
            (
                "QAMISHLI, Syria (Reuters) - Kurdish-led forces said on Sunday that 300 "
                "Islamic State suspects were moved out of the al-Hol camp to a prison in "
                "Hasakah after a riot in which two guards were wounded.",
                "2026-04-14",
            ),
        ],
    ),
    (
        "r15_hostages_taken_from_a_village_are_not_evacuated",
        "casualties",
        "absent",
        r"evacuated",
        [
            (
                "OUAGADOUGOU (Reuters) - Islamist militants killed 15 soldiers in an attack "
                "in northern Burkina Faso on Sunday, security sources said. Some 30 women "
                "were taken from the village of Arbinda and are being held hostage, residents"
                " said.",
                "2026-04-14",
            ),
        ],
    ),
    (
        "r15_residents_priced_out_over_a_decade_are_not_evacuated",
        "casualties",
        "absent",
        r"evacuated",
        [
            (
                "LISBON (Reuters) - A building collapse in Lisbon's Alfama district killed "
                "two people on Wednesday, firefighters said. Some 4,000 residents have moved "
                "out of the neighbourhood over the past decade as short-term rentals pushed "
                "up prices, according to city data.",
                "2026-04-14",
            ),
        ],
    ),
    (
        "r15_residents_taken_hostage_are_not_evacuated",
        "casualties",
        "absent",
        r"evacuated",
        [
            (
                "TEL AVIV (Reuters) - Hamas gunmen killed more than 1,200 people and took 251"
                " hostages on October 7, Israeli officials say. In Kibbutz Nir Oz, 76 "
                "residents were taken from their homes to Gaza.",
                "2023-10-20",
            ),
        ],
    ),
    (
        "r15_survivors_taken_alive_out_of_collapsed_buildings_are_not_evacuated",
        "casualties",
        "absent",
        r"evacuated",
        [
            (
                "ISTANBUL (Reuters) - Rescuers said 40 people were taken out of collapsed "
                "buildings alive in Hatay province after the quake, which killed 120 people. "
                "Another 30 were rescued on Wednesday.",
                "2026-04-14",
            ),
        ],
    ),
    (
        "r15_fans_treated_to_a_free_concert_are_no_casualties",
        "casualties.description",
        "absent",
        r"5,000 treated",
        [
            (
                "MADRID (Reuters) - Some 5,000 fans were treated to a free concert in "
                "Madrid's Plaza Mayor on Saturday before a crush near the stage injured 14 "
                "people, emergency services said. Three of the injured were taken to "
                "hospital.",
                "2026-03-14",
            ),
        ],
    ),
    (
        "r15_residents_treated_to_a_fireworks_display_are_no_casualties",
        "casualties.description",
        "absent",
        r"20,000 treated",
        [
            (
                "LAGOS (Reuters) - About 20,000 residents were treated to a fireworks display"
                " in Lagos on New Year's Eve, but a stampede as the crowd left injured 9 "
                "people, police said.",
                "2026-03-14",
            ),
        ],
    ),
    (
        "r15_guests_treated_to_lunch_are_no_casualties",
        "casualties.description",
        "absent",
        r"300 treated",
        [
            (
                "NAIROBI (Reuters) - A new maternity hospital opened in Nairobi on Monday, "
                "and some 300 guests were treated to lunch, a week after a fire at the old "
                "building injured six nurses.",
                "2026-03-14",
            ),
        ],
    ),
    (
        "r15_residents_treated_to_bottled_water_deliveries_are_no_casualties",
        "casualties.description",
        "absent",
        r"100,000 treated",
        [
            (
                "FLINT, Michigan (Reuters) - About 100,000 residents were treated to bottled "
                "water deliveries on Monday after a chemical spill at the city's water plant "
                "injured three workers, officials said.",
                "2026-03-14",
            ),
        ],
    ),
    (
        "r15_hostages_treated_well_by_their_captors_are_no_casualties",
        "casualties.description",
        "absent",
        r"23 treated",
        [
            (
                "BAMAKO (Reuters) - Gunmen freed 23 hostages seized from a bus in central "
                "Mali last month, the government said on Sunday. The hostages were taken to "
                "hospital for checks; officials said the 23 were treated well by their "
                "captors and none was hurt.",
                "2026-03-14",
            ),
        ],
    ),
    (
        "r15_hostages_treated_well_none_hurt_are_no_casualties",
        "casualties.description",
        "absent",
        r"14 treated",
        [
            (
                "MANILA (Reuters) - Philippine troops freed 14 hostages held by militants on "
                "Jolo island on Sunday, the army said. The 14 were treated well and none was "
                "hurt, said an army spokesman, adding that they would undergo checks at a "
                "military hospital.",
                "2026-03-14",
            ),
        ],
    ),
    (
        "r15_inmates_treated_fairly_are_no_casualties",
        "casualties.description",
        "absent",
        r"300 treated",
        [
            (
                "SAO PAULO (Reuters) - The governor said the 300 inmates were treated fairly "
                "after a riot in which 14 guards were injured.",
                "2026-03-14",
            ),
        ],
    ),
    (
        "r15_inmates_all_treated_the_same_are_no_casualties",
        "casualties.description",
        "absent",
        r"1,200 treated",
        [
            (
                "ISTANBUL (Reuters) - Turkey's justice minister said all 1,200 inmates were "
                "treated the same, after a riot at a prison in Istanbul left 14 guards "
                "injured on Thursday.",
                "2026-03-14",
            ),
        ],
    ),
    (
        "r15_passengers_treated_and_released_when_nobody_was_hurt_are_no_casualties",
        "casualties.description",
        "absent",
        r"11 treated",
        [
            (
                "PARIS (Reuters) - A suspicious package forced the evacuation of a Paris "
                "metro station on Tuesday. Eleven passengers were treated and released at the"
                " scene, and nobody was hurt, police said.",
                "2026-03-14",
            ),
        ],
    ),
    (
        "r15_people_treated_and_released_when_no_one_was_injured_are_no_casualties",
        "casualties.description",
        "absent",
        r"12 treated",
        [
            (
                "DUBLIN (Reuters) - A gas leak forced the evacuation of a Dublin shopping "
                "centre on Saturday. Ambulance crews said 12 people were treated and "
                "released, but no one was injured, fire officials said.",
                "2026-03-14",
            ),
        ],
    ),
    (
        "r15_people_treated_on_site_when_no_injuries_were_reported_are_no_casualties",
        "casualties.description",
        "absent",
        r"8 treated",
        [
            (
                "TORONTO (Reuters) - A small fire in a Toronto subway tunnel forced 500 "
                "passengers to walk to safety on Monday. Paramedics said 8 people were "
                "treated on site and no injuries were reported.",
                "2026-03-14",
            ),
        ],
    ),
    (
        "r15_migrants_treated_and_registered_at_a_reception_centre_are_no_casualties",
        "casualties.description",
        "absent",
        r"400 treated",
        [
            (
                "LAMPEDUSA, Italy (Reuters) - Coastguards brought 400 migrants ashore on "
                "Lampedusa overnight. All 400 were treated and registered at the reception "
                "centre, and none was hurt, the Red Cross said.",
                "2026-03-14",
            ),
        ],
    ),
    (
        "r15_ordinary_patients_treated_during_a_strike_are_no_casualties",
        "casualties.description",
        "absent",
        r"9,000 treated",
        [
            (
                "SEOUL (Reuters) - Thousands of South Korean junior doctors stayed off work "
                "on Monday. About 9,000 patients were treated at hospitals by military medics"
                " on the first day of the walkout, the health ministry said.",
                "2026-03-14",
            ),
        ],
    ),
    (
        "r15_emergency_patients_treated_during_a_strike_are_no_casualties",
        "casualties.description",
        "absent",
        r"120 treated",
        [
            (
                "SEOUL (Reuters) - Some 8,000 nurses at South Korean hospitals walked out on "
                "Monday, saying they had been treated unfairly in pay talks. Hospital "
                "managers said 120 emergency patients were treated by military medics during "
                "the strike.",
                "2026-03-14",
            ),
        ],
    ),
    (
        "r15_patients_treated_since_october_are_a_running_total_not_the_event_s",
        "casualties.description",
        "absent",
        r"1,500 treated",
        [
            (
                "PORT-AU-PRINCE (Reuters) - Cholera killed 12 people in Haiti's capital this "
                "week, the health ministry said. Since October, some 1,500 patients have been"
                " treated at medical tents run by aid groups.",
                "2026-03-14",
            ),
        ],
    ),
]


# Cases of the sixteenth reading (stop 42): three hostile reviews, two of what was read in S105
# and S106 (rival counts given back in words, spans of time set against each other, causes
# that point to a fault, quotations closed by their speaker, "lost their lives", harm denied,
# years of earlier disasters, acronyms a body is known by), one of what was read in S103 and
# S15 after (a toll of an earlier quake beside a current one, causes "attributed to", a name
# after "according to" a role). Each failed in the version reviewed.
_SIXTEENTH_READING_CASES: list[tuple[str, str, str, str, _Case]] = [
    (
        "r16_two_days_cancellations_after_a_comma_are_no_rival_count",
        "disputes",
        "absent",
        r"How many flights",
        [
            (
                "FRANKFURT (Reuters) - A strike by ground staff grounded much of Lufthansa's "
                "schedule this week. The airline cancelled 60 flights at Frankfurt on Monday;"
                " on Tuesday, airport operator Fraport said 25. The union Verdi said the "
                "walkout would continue until Thursday.",
                "2026-03-11",
            ),
        ],
    ),
    (
        "r16_a_figure_of_another_district_after_a_comma_is_no_rival",
        "disputes",
        "absent",
        r"How many schools",
        [
            (
                "LUGANO, Switzerland (Reuters) - Floods closed schools across southern "
                "Switzerland on Tuesday. Rising water forced the closure of 11 schools in the"
                " Mendrisio district, the cantonal education office said, and in the "
                "neighbouring Lugano district, officials said 14. No injuries were reported.",
                "2026-03-10",
            ),
        ],
    ),
    (
        "r16_next_days_count_after_a_comma_is_a_progression",
        "disputes",
        "absent",
        r"How many trains",
        [
            (
                "BERN (Reuters) - Rail services in western Switzerland remained disrupted "
                "after a signalling fault. Twelve trains were cancelled on Monday, operator "
                "BLS said, and on Tuesday, a spokeswoman said nine. Engineers were still "
                "searching for the cause of the fault.",
                "2026-03-11",
            ),
        ],
    ),
    (
        "r16_of_those_after_a_comma_is_a_part",
        "disputes",
        "absent",
        r"How many buildings",
        [
            (
                "VAN, Turkey (Reuters) - A magnitude 5.9 earthquake struck eastern Turkey on "
                "Monday. The quake damaged about 2,000 buildings, the provincial governor "
                "said; of those, engineers said 300. Three people were killed and 40 injured,"
                " the disaster agency AFAD said.",
                "2026-03-10",
            ),
        ],
    ),
    (
        "r16_cuts_at_two_plants_are_two_counts",
        "disputes",
        "absent",
        r"How many jobs",
        [
            (
                "TURIN, Italy (Reuters) - Stellantis will cut jobs at two Italian plants, the"
                " company said on Tuesday. About 500 jobs will go at Mirafiori in Turin, the "
                "company said, and at the Cassino plant, a union said 300. The Fiom union "
                "called a strike for Friday.",
                "2026-03-10",
            ),
        ],
    ),
    (
        "r16_up_from_of_something_else_revises_nothing",
        "disputes",
        "present",
        r"How far",
        [
            (
                "ZURICH (Reuters) - A freight train derailed in the Gotthard base tunnel on "
                "Monday. SBB said about 2 kilometres of track were damaged and the line would"
                " stay closed.",
                "2026-03-10",
            ),
            (
                "BERN (Reuters) - The Federal Office of Transport said on Wednesday about 4 "
                "kilometres of track were damaged in the derailment, which came as freight "
                "traffic through the tunnel was up from last year. It said it had opened an "
                "inquiry.",
                "2026-03-12",
            ),
        ],
    ),
    (
        "r16_a_day_and_a_half_is_36_hours",
        "disputes",
        "absent",
        r"How long",
        [
            (
                "MARSEILLE (Reuters) - The A7 motorway near Marseille was closed for a day "
                "and a half after a tanker lorry overturned and spilled fuel, the prefecture "
                "said on Thursday.",
                "2026-03-12",
            ),
            (
                "MARSEILLE (AP) - French authorities reopened the A7 motorway on Thursday "
                "after it was closed for 36 hours following a tanker crash, Vinci Autoroutes "
                "said.",
                "2026-03-12",
            ),
        ],
    ),
    (
        "r16_an_hour_and_a_half_is_90_minutes",
        "disputes",
        "absent",
        r"How long",
        [
            (
                "LONDON (Reuters) - Flights at Gatwick airport were suspended for an hour and"
                " a half on Sunday after a drone was sighted near the runway, the airport "
                "said.",
                "2026-03-08",
            ),
            (
                "LONDON (AP) - Gatwick airport halted flights for 90 minutes on Sunday after "
                "reports of a drone near the runway, Sussex police said.",
                "2026-03-08",
            ),
        ],
    ),
    (
        "r16_a_motorway_and_a_rail_line_closed_are_two_closures",
        "disputes",
        "absent",
        r"How long",
        [
            (
                "OLTEN, Switzerland (Reuters) - A freight train derailed near Olten on "
                "Tuesday, spilling gravel onto the adjacent A1 motorway. The motorway was "
                "closed for eight hours while crews cleared the debris, police said.",
                "2026-03-10",
            ),
            (
                "OLTEN, Switzerland (AP) - A freight train derailed near Olten on Tuesday. "
                "The rail line between Olten and Aarau was closed for a day, SBB said on "
                "Wednesday.",
                "2026-03-11",
            ),
        ],
    ),
    (
        "r16_a_stand_closed_and_a_player_suspended_are_two_spans",
        "disputes",
        "absent",
        r"How long",
        [
            (
                "ROME (Reuters) - Serie A's disciplinary judge on Tuesday ordered Lazio's "
                "north stand closed for a month after fans threw flares onto the pitch during"
                " Sunday's derby.",
                "2026-03-10",
            ),
            (
                "ROME (AP) - The Italian league suspended Roma goalkeeper Mile Svilar for six"
                " weeks on Tuesday for striking an opponent during Sunday's derby against "
                "Lazio.",
                "2026-03-10",
            ),
        ],
    ),
    (
        "r16_a_flight_time_and_a_search_are_two_spans",
        "disputes",
        "absent",
        r"How long",
        [
            (
                "LIMA (Reuters) - A small plane crashed in the Peruvian Andes on Monday, "
                "killing all six people aboard. The flight from Cusco had lasted just over "
                "three hours before the aircraft lost contact, the airline said.",
                "2026-03-10",
            ),
            (
                "LIMA (AP) - Rescuers reached the wreckage of a plane that crashed in the "
                "Andes on Monday. The search for the aircraft lasted nine hours, the air "
                "force said.",
                "2026-03-10",
            ),
        ],
    ),
    (
        "r16_one_voice_revising_its_forecast_is_no_rival",
        "disputes",
        "absent",
        r"How long",
        [
            (
                "ZURICH (Reuters) - SBB expects the Gotthard base tunnel to stay closed for "
                "two weeks after a freight train derailed inside it on Monday.",
                "2026-03-10",
            ),
            (
                "ZURICH (AP) - The railway now expects the Gotthard base tunnel to be shut "
                "for three to four weeks, as damage to the track proves worse than first "
                "thought.",
                "2026-03-12",
            ),
        ],
    ),
    (
        "r16_one_voice_two_spans_of_two_things",
        "disputes",
        "absent",
        r"How long",
        [
            (
                "ZAPORIZHZHIA, Ukraine (Reuters) - A Russian drone strike on a power station "
                "cut electricity to thousands of homes on Tuesday. Power was restored to most"
                " homes after six hours, while the station itself stayed offline for a day, "
                "the regional governor said.",
                "2026-03-10",
            ),
        ],
    ),
    (
        "r16_a_line_closure_and_a_drivers_suspension_are_two_spans",
        "disputes",
        "absent",
        r"How long",
        [
            (
                "BERN (Reuters) - The line between Bern and Thun was shut for a month after "
                "the February collision, BLS said.",
                "2026-03-10",
            ),
            (
                "BERN (AP) - BLS has suspended the driver of the train involved in the "
                "February collision for three months pending an investigation, the company "
                "said on Tuesday.",
                "2026-03-10",
            ),
        ],
    ),
    (
        "r16_hours_of_talks_are_no_span_of_the_shutdown",
        "disputes",
        "absent",
        r"How long",
        [
            (
                "PARIS (Reuters) - Unions suspended the rail strike after 10 hours of talks "
                "with SNCF management on Thursday, the CGT said.",
                "2026-03-12",
            ),
            (
                "PARIS (AP) - Rail traffic across France was halted for about 30 hours by the"
                " strike, SNCF said on Friday.",
                "2026-03-13",
            ),
        ],
    ),
    (
        "r16_a_line_halted_and_a_train_stranded_are_two_spans",
        "disputes",
        "absent",
        r"How long",
        [
            (
                "MILAN (Reuters) - After traffic on the Milan-Bologna high-speed line was "
                "halted by a power failure, passengers spent nine hours on one stranded "
                "train, consumer groups said.",
                "2026-03-10",
            ),
            (
                "MILAN (AP) - High-speed traffic between Milan and Bologna was halted for "
                "three hours on Tuesday by a power failure, network operator RFI said.",
                "2026-03-10",
            ),
        ],
    ),
    (
        "r16_an_acronym_of_a_union_at_a_railway_is_the_unions",
        "who.aliases",
        "absent",
        r"SEV",
        [
            (
                "BERN (Reuters) - A strike hit Swiss rail services on Monday. The union "
                "representing staff at Swiss Federal Railways (SEV) said 120 trains were "
                "cancelled. SBB said 80 trains were cancelled.",
                "2026-03-09",
            ),
        ],
    ),
    (
        "r16_he_said_is_not_the_mayor_she_named_before",
        "disputes",
        "absent",
        r"Sophie Arnaud",
        [
            (
                "ANNECY, France (Reuters) - A fire destroyed a hotel in the Alpine town of "
                "Annecy overnight. Fire chief Marc Blanc said the blaze broke out at 2:10 "
                "a.m. Mayor Sophie Arnaud said the town would pay for guests' accommodation. "
                "Speaking later, he said the fire spread to the roof by 2:35 a.m.",
                "2026-03-10",
            ),
        ],
    ),
    (
        "r16_pointed_journalists_to_a_statement_is_no_cause",
        "disputes",
        "absent",
        r"What caused it",
        [
            (
                "OSLO (Reuters) - A fire broke out at a salmon processing plant in northern "
                "Norway on Monday. Asked about the cause, a company spokesman pointed "
                "journalists to a statement issued on Monday evening. Police said the fire "
                "was caused by a gas leak.",
                "2026-03-10",
            ),
        ],
    ),
    (
        "r16_not_seriously_injured_are_injured",
        "casualties",
        "present",
        r"3 injured",
        [
            (
                "LYON (Reuters) - A coach carrying a school party overturned on the A7 "
                "motorway near Lyon on Tuesday, killing the driver. Fourteen children were "
                "slightly hurt and three teachers were not seriously injured, the Rhone "
                "prefecture said. The children were taken to hospitals in Lyon and Vienne.",
                "2026-03-11",
            ),
        ],
    ),
    (
        "r16_not_badly_hurt_are_hurt",
        "casualties",
        "present",
        r"2 injured",
        [
            (
                "BRUSSELS (Reuters) - A car rammed a police checkpoint in Brussels on "
                "Tuesday. Two officers were not badly hurt and were treated at the scene, a "
                "police spokeswoman said. The driver was arrested.",
                "2026-03-11",
            ),
        ],
    ),
    (
        "r16_nearly_lost_their_lives_is_no_death",
        "casualties",
        "absent",
        r"2 killed: firefighters",
        [
            (
                "LISBON (Reuters) - A wildfire swept through villages in central Portugal on "
                "Tuesday. Two firefighters nearly lost their lives when their truck was "
                "surrounded by flames, the civil protection agency said. One resident died.",
                "2026-03-11",
            ),
        ],
    ),
    (
        "r16_could_have_lost_their_lives_is_no_death",
        "casualties",
        "absent",
        r"hundreds killed",
        [
            (
                "BERLIN (Reuters) - A regional train hit a tractor at a level crossing in "
                "Bavaria on Tuesday, injuring five people. Hundreds of passengers could have "
                "lost their lives had the driver not braked, the operator Deutsche Bahn said.",
                "2026-03-11",
            ),
        ],
    ),
    (
        "r16_would_have_lost_their_lives_is_no_death",
        "casualties",
        "absent",
        r"60 killed",
        [
            (
                "MUMBAI (Reuters) - A building collapsed in Mumbai on Tuesday, killing two "
                "people. About 60 residents would have lost their lives had they not been "
                "evacuated the night before, the municipal corporation said.",
                "2026-03-11",
            ),
        ],
    ),
    (
        "r16_a_toll_named_by_its_year_is_kept",
        "casualties",
        "present",
        r"120 killed",
        [
            (
                "JAKARTA (Reuters) - Floods swept through Sumatra on Tuesday, killing 14 "
                "people. The 2026 flood death toll in the province has risen to 120, the "
                "disaster agency said.",
                "2026-03-11",
            ),
        ],
    ),
    (
        "r16_four_women_and_four_men_are_two_counts",
        "casualties",
        "present",
        r"4 killed: men",
        [
            (
                "KABUL (Reuters) - A suicide bomber attacked a bank in Kabul on Tuesday. Four"
                " women and four men were killed and 20 people were wounded, police said.",
                "2026-03-11",
            ),
        ],
    ),
    (
        "r16_six_soldiers_and_six_workers_are_two_counts",
        "casualties",
        "present",
        r"6 killed: workers",
        [
            (
                "ISLAMABAD (Reuters) - Militants attacked a construction site in northwest "
                "Pakistan on Tuesday. Six soldiers guarding the site and six workers were "
                "killed, the military said.",
                "2026-03-11",
            ),
        ],
    ),
    (
        "r16_men_killed_later_are_not_the_police_dead",
        "casualties",
        "present",
        r"5 killed: men",
        [
            (
                "MEXICO CITY (Reuters) - Gunmen ambushed a police patrol in Michoacan on "
                "Tuesday, killing five police officers, state officials said.",
                "2026-03-11",
            ),
            (
                "MEXICO CITY (AP) - Five police officers died in an ambush in Michoacan on "
                "Tuesday. Hours later, soldiers killed five men suspected of taking part in "
                "the attack, the army said.",
                "2026-03-11",
            ),
        ],
    ),
    (
        "r16_a_total_of_years_to_the_event_is_background",
        "casualties.background_reason",
        "present",
        r"2020",
        [
            (
                "BOGOTA (Reuters) - A methane explosion killed nine miners in Sutatausa on "
                "Tuesday. From January 2020 to March 2026, 312 miners died in Colombian coal "
                "mines, the mining agency said.",
                "2026-03-11",
            ),
        ],
    ),
    (
        "r16_a_months_road_total_is_background",
        "casualties.background_reason",
        "present",
        r"March",
        [
            (
                "NEW DELHI (Reuters) - A bus fell into a gorge in Himachal Pradesh on "
                "Tuesday, killing 18 people. From March 1 to March 10, 230 people died in "
                "road accidents in the state, police said.",
                "2026-03-11",
            ),
        ],
    ),
    (
        "r16_a_day_after_a_rate_is_still_a_rate",
        "casualties.background_reason",
        "present",
        r"rate",
        [
            (
                "SANAA (Reuters) - Yemen's cholera outbreak is now killing about 25 people a "
                "day, a month after it began, the WHO said on Tuesday. At least 400 people "
                "have died so far.",
                "2026-03-11",
            ),
        ],
    ),
    (
        "r16_a_union_known_as_sev_stays_a_voice",
        "disputes",
        "present",
        r"How many were injured",
        [
            (
                "ZURICH (Reuters) - A freight train hit a maintenance crew in the Gotthard "
                "tunnel on Tuesday, Swiss Federal Railways (SBB) said, adding that two "
                "workers were injured. The transport union at Swiss Federal Railways, known "
                "as SEV, disputed that. SEV said five workers were injured.",
                "2026-03-11",
            ),
        ],
    ),
    (
        "r16_a_court_affirming_convictions_is_no_voice",
        "casualties.attributed_to",
        "absent",
        r"court",
        [
            (
                "ANKARA (Reuters) - Turkey's top appeals court on Tuesday affirmed the "
                "convictions of 12 people over the collapse of a hotel in the 2023 earthquake"
                " that killed 72 guests. The hotel's owner was among those whose sentences "
                "were upheld.",
                "2026-03-11",
            ),
        ],
    ),
    (
        "r16_rescuers_informing_families_are_no_voice",
        "casualties.attributed_to",
        "present",
        r"mining cooperative",
        [
            (
                "LA PAZ (Reuters) - A gallery collapsed at a tin mine in Potosi on Tuesday. "
                "Rescuers informed the families that nine miners had died, the mining "
                "cooperative said.",
                "2026-03-11",
            ),
        ],
    ),
    (
        "r16_one_age_in_two_words_is_one_person",
        "casualties",
        "absent",
        r"15-year-old girl",
        [
            (
                "LIMA (Reuters) - A bus plunged into a ravine in the Andes on Friday, killing"
                " a 15-year-old girl and injuring 22 passengers, police said.",
                "2026-07-11",
            ),
            (
                "LIMA (AP) - Twenty-two passengers were hurt and a 15-year-old student was "
                "killed when a bus fell into a gorge in Peru's Ancash region on Friday, "
                "police said.",
                "2026-07-11",
            ),
        ],
    ),
    (
        "r16_a_current_count_misdated_stays_in_its_line",
        "casualties.background_reason",
        "absent",
        r"2024[^|]*\|[^|]*2024",
        [
            (
                "BEIRUT (Reuters) - Two people were killed and 14 wounded in an Israeli "
                "strike on a building in southern Beirut on Tuesday, the health ministry "
                "said. A strike on the same neighbourhood in 2024 killed two people, it said.",
                "2026-05-13",
            ),
            (
                "BEIRUT (AP) - The Lebanese health ministry says two people died in Tuesday's"
                " strike. In 2024, two people were killed in a strike on a building nearby, "
                "and the ministry says 14 people were wounded on Tuesday.",
                "2026-05-13",
            ),
        ],
    ),
    (
        "r16_patients_seen_in_a_strike_are_not_hurt",
        "casualties",
        "absent",
        r"treated",
        [
            (
                "LONDON (Reuters) - Junior doctors in England began a five-day strike on "
                "Tuesday. At St Thomas' Hospital, senior doctors have treated 410 patients "
                "since Tuesday, 62 of whom were admitted, the hospital trust said.",
                "2026-06-04",
            ),
            (
                "LONDON (AP) - Thousands of junior doctors walked out on Tuesday over pay. "
                "NHS England said hospitals had cancelled 30,000 appointments.",
                "2026-06-04",
            ),
        ],
    ),
    (
        "r16_patients_treated_on_paper_are_not_hurt",
        "casualties",
        "absent",
        r"treated",
        [
            (
                "DUSSELDORF, Germany (Reuters) - A ransomware hack shut down the computer "
                "systems of Dusseldorf University Hospital on Monday. The hospital said its "
                "staff had treated 520 patients on paper records since Monday, 88 of whom "
                "were admitted.",
                "2026-09-24",
            ),
        ],
    ),
    (
        "r16_a_new_units_first_patients_are_not_hurt",
        "casualties",
        "absent",
        r"treated",
        [
            (
                "DUBLIN (Reuters) - Ireland's largest emergency department opened at St "
                "James's Hospital on Monday after years of delays. The hospital said the new "
                "unit had treated 230 patients since Monday, 41 of whom were admitted to "
                "wards.",
                "2026-03-11",
            ),
        ],
    ),
    (
        "r16_a_hospitals_ordinary_patients_are_not_hurt",
        "casualties",
        "absent",
        r"treated",
        [
            (
                "MILAN (Reuters) - A fire broke out in the basement of Milan's Niguarda "
                "hospital early on Sunday, forcing the evacuation of 90 patients. No one was "
                "hurt, the fire service said. The hospital said it had treated 150 patients "
                "in its emergency ward since Sunday, 25 of whom were admitted to other "
                "hospitals.",
                "2026-11-10",
            ),
        ],
    ),
    (
        "r16_flu_patients_are_not_hurt",
        "casualties",
        "absent",
        r"treated",
        [
            (
                "MELBOURNE (Reuters) - Hospitals in Victoria are under strain from a surge in"
                " flu cases this week. The Royal Melbourne Hospital said it had treated 640 "
                "patients since Friday, 120 of whom were admitted.",
                "2026-07-07",
            ),
        ],
    ),
    (
        "r16_according_to_police_a_named_man_is_no_voice",
        "disputes",
        "absent",
        r"According to Marko Juric",
        [
            (
                "SPLIT, Croatia (Reuters) - A speedboat hit two swimmers off the island of "
                "Brac on Saturday, killing one. According to police, Marko Juric, 34, was "
                "steering the boat at high speed. The boat's owner rejected that account, "
                "saying Juric was not on board.",
                "2026-08-02",
            ),
        ],
    ),
    (
        "r16_according_to_investigators_the_co_pilot_is_no_voice",
        "disputes",
        "absent",
        r"According to Budi Santoso",
        [
            (
                "JAKARTA (Reuters) - A passenger plane skidded off the runway in Medan on "
                "Sunday, injuring 11 people. According to investigators, Budi Santoso, the "
                "co-pilot, was at the controls. The airline rejected that account, saying the"
                " captain was flying.",
                "2026-02-16",
            ),
        ],
    ),
    (
        "r16_arson_and_an_intentional_hand_agree",
        "disputes",
        "absent",
        r"What caused it",
        [
            (
                "MARSEILLE, France (Reuters) - A fire destroyed a warehouse in Marseille on "
                "Thursday. The owner denied reports that the building lacked fire doors. The "
                "fire, which police attribute to an intentional hand, burned for six hours.",
                "2026-08-21",
            ),
            (
                "MARSEILLE (AFP) - Fire investigators said on Thursday the warehouse blaze "
                "was caused by arson.",
                "2026-08-21",
            ),
        ],
    ),
    (
        "r16_a_short_circuit_and_an_electrical_fault_agree",
        "disputes",
        "absent",
        r"What caused it",
        [
            (
                "BUCHAREST (Reuters) - A fire in a hospital ward in Bucharest killed four "
                "patients on Monday. The health ministry rejected calls for the hospital "
                "director to resign. Fire officials attributed the fire to an electrical "
                "fault.",
                "2026-11-17",
            ),
            (
                "BUCHAREST (AP) - Firefighters said the fire at the hospital on Monday was "
                "caused by a short circuit in a ventilator.",
                "2026-11-17",
            ),
        ],
    ),
    (
        "r16_a_song_contest_contests_no_cause",
        "disputes",
        "absent",
        r"What caused it",
        [
            (
                "BRATISLAVA (Reuters) - An explosion at a concert hall in Bratislava on "
                "Saturday injured 12 people. The hall was hosting the finals of a national "
                "song contest. Police said the blast was caused by a faulty boiler.",
                "2026-05-10",
            ),
            (
                "BRATISLAVA (AP) - The explosion on Saturday was the result of a malfunction "
                "in the heating system, the fire service said.",
                "2026-05-10",
            ),
        ],
    ),
    (
        "r16_sparks_from_braking_wheels_are_no_cause",
        "disputes",
        "absent",
        r"What caused it",
        [
            (
                "MUNICH (Reuters) - A regional train derailed near Garmisch on Friday, "
                "killing four people. Passengers said sparks came from the wheels as the "
                "train braked. Investigators said the derailment was caused by a broken rail.",
                "2026-06-05",
            ),
            (
                "MUNICH (AP) - Deutsche Bahn said on Friday the derailment was the result of "
                "a fault in the track.",
                "2026-06-05",
            ),
        ],
    ),
    (
        "r16_a_denial_of_drink_contests_no_cause",
        "disputes",
        "absent",
        r"What caused it",
        [
            (
                "TOULOUSE, France (Reuters) - A lorry ploughed into cars on the A61 motorway "
                "on Tuesday, killing two people. The lorry driver denied having drunk "
                "alcohol. Prosecutors said the crash was caused by fatigue.",
                "2026-10-21",
            ),
            (
                "TOULOUSE (AFP) - Police attributed the crash on Tuesday to the driver "
                "falling asleep at the wheel.",
                "2026-10-21",
            ),
        ],
    ),
]


@pytest.mark.parametrize(
    ("field", "how", "pattern", "articles"),
    [
        pytest.param(*case[1:], id=case[0])
        for case in (
            _SECOND_READING_CASES
            + _THIRD_READING_CASES
            + _FOURTH_READING_CASES
            + _FIFTH_READING_CASES
            + _SIXTH_READING_CASES
            + _SEVENTH_READING_CASES
            + _EIGHTH_READING_CASES
            + _NINTH_READING_CASES
            + _TENTH_READING_CASES
            + _ELEVENTH_READING_CASES
            + _TWELFTH_READING_CASES
            + _THIRTEENTH_READING_CASES
            + _FOURTEENTH_READING_CASES
            + _FIFTEENTH_READING_CASES
            + _SIXTEENTH_READING_CASES
        )
    ],
)
def test_reviewed_cases(field: str, how: str, pattern: str, articles: _Case) -> None:
    shown = _field_text(_brief_of(articles), field)
    found = re.search(pattern, shown) is not None
    assert found == (how == "present"), shown
