"""Each extractor on short hand-written cases (edge cases first), then on the seeds."""

import pytest

import summarise
from summarise.config import resolve_settings
from summarise.evidence import build_evidence
from summarise.extractive import extractive_brief
from summarise.extractive.casualties import all_figures, extract_casualties
from summarise.extractive.common import dangling
from summarise.extractive.disputes import extract_disputes
from summarise.extractive.names import collect_entities, skeleton
from summarise.extractive.reactions import extract_reactions
from summarise.extractive.what import extract_what
from summarise.extractive.when import dated_sentences, extract_when
from summarise.ingest import load_articles
from summarise.schema import EventBrief


def evidence_of(*texts: str, published: str | None = "2024-02-08"):  # type: ignore[no-untyped-def]
    return build_evidence(
        load_articles([{"text": t, "published": published} for t in texts]).articles
    )


def casualties_of(evidence):  # type: ignore[no-untyped-def]
    return extract_casualties(evidence, all_figures(evidence))


def when_of(evidence):  # type: ignore[no-untyped-def]
    return extract_when(evidence, dated_sentences(evidence))


def disputes_of(evidence):  # type: ignore[no-untyped-def]
    return extract_disputes(evidence, all_figures(evidence), dated_sentences(evidence))


def test_one_sentence_article_gives_a_brief() -> None:
    brief = extractive_brief(
        evidence_of("A fire destroyed the old market in Foo."), resolve_settings(environ={})
    )
    assert len(brief.what) == 1 and brief.disputes == []


def test_what_respects_the_word_budget_and_never_repeats() -> None:
    text = " ".join(
        f"Statement number {n} says that the river rose by {n} metres overnight." for n in range(30)
    )
    evidence = evidence_of(text, text)
    what = extract_what(evidence, max_words=40)
    assert sum(len(s.text.split()) for s in what) <= 40
    assert len({s.text for s in what}) == len(what)


def test_what_keeps_two_developments_that_share_only_the_story_s_name() -> None:
    # Every report names "the 2007 Tour de France": those words say nothing about whether two
    # statements repeat each other. Different winners of different things are two statements.
    evidence = evidence_of(
        "Alberto Contador of Spain has won the 2007 Tour de France general classification. "
        "The 2007 Tour de France ended in Paris on Sunday.",
        "Alexander Vinokourov of Kazakhstan has won stage 13 of the 2007 Tour de France. "
        "Crowds lined the roads of the 2007 Tour de France on Saturday.",
        "Fabian Cancellara of Switzerland won the prologue of the 2007 Tour de France in London. "
        "Fans of the 2007 Tour de France cheered in London.",
    )
    texts = " ".join(s.text for s in extract_what(evidence, max_words=60))
    assert "Contador" in texts and "Vinokourov" in texts


def test_what_says_a_reworded_statement_once() -> None:
    evidence = evidence_of(
        "Rescuers pulled twelve miners alive from the flooded Foo colliery on Tuesday.",
        "Twelve miners were pulled alive by rescuers from the flooded Foo colliery on Tuesday.",
        "The mine owner said pumps failed on Monday night at the Foo colliery.",
    )
    texts = [s.text for s in extract_what(evidence, max_words=60)]
    assert sum("miners" in text for text in texts) == 1


def test_what_drops_a_statement_a_longer_one_already_says() -> None:
    evidence = evidence_of(
        "Five escapees were shot dead and six guards wounded. The ministry met on Friday.",
        "Five escapees were shot dead and six guards wounded on Tuesday when inmates being "
        "loaded onto trucks for transfer to the high-security Koutoukale prison overpowered "
        "their escort in the courtyard of the colonial-era civil prison in central Niamey.",
        "Five escapees were shot dead and six guards wounded. Parliament sat on Thursday.",
        "The justice minister visited the prison gates in the early afternoon of Tuesday.",
    )
    texts = [s.text for s in extract_what(evidence, max_words=100)]
    assert sum("six guards wounded" in text for text in texts) == 1, texts


def test_a_long_lead_is_a_statement_when_the_section_has_room_for_it() -> None:
    lead = (
        "Turkish authorities on Wednesday detained the general manager and an electrician of "
        "a beach hotel in Antalya where a night-time fire killed 14 people, as a workers' union "
        "said that the emergency exits of the building had been chained shut every night."
    )
    assert 40 < len(lead.split()) <= 55
    evidence = evidence_of(
        lead + " The hotel reopened its beach bar on Friday.",
        "The fire broke out in the basement of the hotel at 2:40 a.m. on Tuesday.",
        "Firefighters from three districts fought the fire in the hotel until dawn.",
    )
    long_section = " ".join(s.text for s in extract_what(evidence, max_words=250))
    short_section = " ".join(s.text for s in extract_what(evidence, max_words=100))
    assert "detained the general manager" in long_section
    assert "detained the general manager" not in short_section  # it would take half of it


def test_what_shortens_when_even_one_sentence_is_too_long() -> None:
    evidence = evidence_of("The storm " + "very " * 40 + "badly damaged the coastal town of Foo.")
    (statement,) = extract_what(evidence, max_words=10)
    assert len(statement.text.split()) <= 11  # ten words and the ellipsis
    assert statement.citations[0].quote.startswith("The storm")


def test_casualty_numbers_in_words_and_digits() -> None:
    evidence = evidence_of(
        "The blast killed three soldiers and wounded dozens of civilians, police said.",
        "At least 12 people were killed in the floods.",
        "No figures here at all.",
    )
    casualties = casualties_of(evidence)
    found = {(c.killed, c.injured) for c in casualties}
    assert (3, None) in found
    assert (12, None) in found
    dozens = [c for c in casualties if c.amount_text == "dozens"]  # no invented integer
    assert dozens and dozens[0].kind == "injured" and dozens[0].precision == "vague"
    assert dozens[0].injured is None and dozens[0].killed is None


def test_casualty_years_are_not_figures() -> None:
    assert casualties_of(evidence_of("In 2014 the war killed the hopes of many.")) == []


def test_quote_before_attribution_resolves_the_speaker() -> None:
    evidence = evidence_of(
        "Foreign Minister Jane Doe visited the site on Monday.",
        "“We will rebuild every house in this valley,” Doe said.",
    )
    reactions = extract_reactions(evidence, collect_entities(evidence))
    assert [r.speaker for r in reactions] == ["Jane Doe"]
    assert reactions[0].statement.startswith("We will rebuild")


def test_he_said_resolves_to_the_last_person_named() -> None:
    evidence = evidence_of(
        "Mayor John Smith toured the flooded district. "
        "He said the city would need months to recover."
    )
    reactions = extract_reactions(evidence, collect_entities(evidence))
    assert reactions and reactions[0].speaker == "John Smith"


def test_relative_day_resolves_against_the_article_date() -> None:
    (when, *_) = when_of(evidence_of("On Wednesday, a bridge collapsed in Foo."))
    assert when.date == "2024-02-07" and when.text == "On Wednesday"


def test_different_figures_for_different_things_are_not_disputed() -> None:
    evidence = evidence_of(
        "The attack in Jordan killed three soldiers.",
        "A strike in Syria killed 23 people.",
    )
    assert disputes_of(evidence) == []


def test_different_figures_for_the_same_strike_are_disputed() -> None:
    evidence = evidence_of(
        "A drone strike on a car in Baghdad killed two militia members, officials said.",
        "A drone strike on a car in Baghdad killed four militia members, the army said.",
    )
    (dispute,) = disputes_of(evidence)
    assert {claim.value for claim in dispute.claims} == {"2", "4"}
    assert {c.citations[0].source_id for c in dispute.claims} == {"S1", "S2"}


def test_transliterations_share_a_skeleton() -> None:
    assert skeleton("Yahya") == skeleton("Yehia") == skeleton("Jahja")
    assert skeleton("Rasool") == skeleton("Rasul")
    assert skeleton("Mobilization") == skeleton("Mobilisation")


# The seeds: five outlets reporting one US drone strike in Baghdad.


def test_seed_spokesman_appears_once_with_spelling_variants(seeds_brief: EventBrief) -> None:
    rasool = [a for a in seeds_brief.who if "Ras" in a.name]
    assert len(rasool) == 1
    names = {rasool[0].name, *rasool[0].aliases}
    assert {"Yahya Rasool", "Yehia Rasool", "Jahja Rasul"} <= names
    assert rasool[0].role and "spokes" in rasool[0].role.lower()


def test_seed_who_has_no_fragments(seeds_brief: EventBrief) -> None:
    names = {a.name for a in seeds_brief.who}
    assert not names & {"Thursday", "Enlarge", "Read", "Photo", "The", "US-led"}
    assert {"Kataib Hezbollah", "Antony Blinken"} <= names


def test_seed_strike_date_and_place(seeds_brief: EventBrief) -> None:
    assert seeds_brief.when[0].date == "2024-02-07"
    assert seeds_brief.where[0].name == "Baghdad"


def test_seed_casualties_and_disputes(seeds_brief: EventBrief) -> None:
    figures = {(c.killed, c.injured) for c in seeds_brief.casualties}
    assert {(3, None), (1, None), (16, None), (40, None), (23, None)} <= figures
    topics = {d.topic: d for d in seeds_brief.disputes}
    toll = next(d for t, d in topics.items() if t.startswith("How many were killed"))
    assert {c.value for c in toll.claims} == {"1", "3"}
    when = next(d for t, d in topics.items() if t.startswith("When"))
    assert {c.value for c in when.claims} == {"2024-01-27", "2024-01-28"}
    for dispute in seeds_brief.disputes:
        cited = {cit.source_id for claim in dispute.claims for cit in claim.citations}
        assert len(cited) >= 2


def test_seed_reactions_have_speakers(seeds_brief: EventBrief) -> None:
    speakers = {r.speaker for r in seeds_brief.reactions}
    assert {"Yahya Rasool", "Antony Blinken"} <= speakers


def test_missing_and_killings_of_hundreds() -> None:
    evidence = evidence_of(
        "Twelve miners are still missing after the collapse, the company said.",
        "The war began with the killing of hundreds of villagers.",
    )
    casualties = casualties_of(evidence)
    missing = [c for c in casualties if c.description.startswith("12 missing")]
    assert missing and missing[0].killed is None and missing[0].attributed_to == "company"
    hundreds = [c for c in casualties if c.amount_text == "hundreds"]
    assert hundreds and hundreds[0].killed is None
    assert hundreds[0].description.startswith("hundreds killed")


def test_seed_casualties_carry_their_attribution(seeds_brief: EventBrief) -> None:
    by_figure = {(c.killed, c.description.split(":")[0]): c for c in seeds_brief.casualties}
    assert by_figure[(40, "more than 40 killed")].attributed_to == "Pentagon"
    assert by_figure[(23, "23 killed")].attributed_to == "Syrian Observatory for Human Rights"
    assert "Popular Mobilization Forces" in (by_figure[(16, "16 killed")].attributed_to or "")


def test_a_photo_caption_is_never_a_statement_of_what_happened() -> None:
    caption = "The frigate Valiant at Portsmouth harbour in 2006."
    reports = [
        {
            "text": f"{caption}\n\nThe navy said on Friday that the frigate Valiant had "
            f"rescued {n + 12} fishermen off the coast of Portsmouth after a storm."
        }
        for n in range(3)
    ]
    event = summarise.brief(reports, engine="extractive")
    assert event.what and all("Portsmouth harbour in 2006" not in s.text for s in event.what)


def three_reports(lede: str, then: str, published: str | None = None) -> EventBrief:
    """A brief of three reports of one event, each `lede` (its figure {n} differs, so none is a
    copy of another) and then the sentence under test."""
    dated = {"published": published} if published else {}
    reports = [{"text": f"{lede.format(n=n + 12)}\n\n{then}", **dated} for n in range(3)]
    return summarise.brief(reports, engine="extractive")


@pytest.mark.parametrize(
    "leaning",
    [
        "Three of them have serious burns and were flown to Athens on Wednesday.",
        "Among them were six children and nine women from the nearby villages.",
        "Both were taken to the regional hospital in Kalamata with serious burns.",
        "The man, a local farmer whose name was not released, was detained in Elaiochori.",
        "According to prosecutors, the two men failed to act on written reports about the wiring.",
        "According to police, he had been drinking before he set the fire near the village.",
    ],
)
def test_what_never_shows_a_statement_that_counts_people_named_before_it(leaning: str) -> None:
    # ("Both governments want ..." names its own subject: it may be shown.)
    event = three_reports(
        "A wildfire near Kalamata killed {n} people and injured 23 on Tuesday, the fire service "
        "said.",
        leaning,
    )
    assert event.what and all(leaning not in s.text for s in event.what)


def test_what_tells_what_happened_not_what_someone_said_in_quotes() -> None:
    quote = '"So far we have recovered 12 bodies and rescued about 60 people," Mkumbo said.'
    event = three_reports(
        "A ferry capsized on Lake Victoria near Kome Island on Saturday, killing at least {n} "
        "people, police said.",
        quote,
    )
    assert event.what and all("So far we have recovered" not in s.text for s in event.what)
    assert any("So far we have recovered" in r.statement for r in event.reactions)


def test_narration_with_a_quoted_phrase_and_a_toll_of_those_named_stays_in_what() -> None:
    phrase = (
        'The army declared a "state of emergency in all districts of the province" on Saturday '
        "after the floods."
    )
    assert not dangling("Most of those killed were women and children from the market.")
    event = three_reports("Floods killed {n} people in the province.", phrase)
    assert any("state of emergency" in s.text for s in event.what)


def test_what_leaves_out_a_sentence_whose_only_toll_is_an_earlier_disaster_s() -> None:
    earlier = (
        "More than 220 people died when the MV Nyerere capsized near Ukara Island in September "
        "2018."
    )
    event = three_reports(
        "A ferry capsized on Lake Victoria near Mwanza on Saturday, killing {n} people, police "
        "said.",
        earlier,
        published="2026-04-19",
    )
    assert event.what and all("MV Nyerere" not in s.text for s in event.what)


def test_a_statement_that_names_its_own_subject_does_not_lean_on_the_one_before() -> None:
    assert not dangling("Both governments want to discuss the future of US troops in Iraq.")
    assert not dangling("Both of the pilots survived the crash with minor injuries.")
    assert not dangling("According to the ministry, 12 people died in the fire on Tuesday.")
    assert not dangling("The two countries signed a border deal in Loja on Wednesday.")


def test_a_wire_dateline_does_not_count_against_a_statements_length() -> None:
    """A 38-word lede behind a 6-word dateline is a statement of 38 words, not 44 (too long)."""
    lede = (
        "PEZINOK, Slovakia, Feb 13 (Reuters) - A Slovak court on Wednesday sentenced former "
        "deputy finance minister Dusan Kvasnica to ten years in prison for taking bribes worth "
        "1.2 million euros in exchange for a tax software contract, in the country's biggest "
        "corruption case in a decade."
    )
    event = summarise.brief(
        [{"published": "2019-02-13", "text": lede}, {"published": "2019-02-13", "text": lede}],
        engine="extractive",
    )
    assert [s.text for s in event.what] == [lede.split(" - ", 1)[1]]


def _what_of_a_bus_crash_recalling(recalled: str) -> str:
    """The summary of three reports of Friday's bus crash that each recall an earlier one in
    the same words (`recalled`): the most central sentence of the cluster."""
    evidence = evidence_of(
        f"A bus carrying pilgrims fell into a gorge at the Kolva pass on Friday, killing 12 "
        f"people, police said. {recalled}",
        f"Twelve pilgrims were killed on Friday when their bus left the road at the Kolva pass, "
        f"the governor said. {recalled}",
        f"The driver of the bus that crashed at the Kolva pass on Friday was arrested on "
        f"Saturday, police said. {recalled}",
        published="2024-05-11",
    )
    brief = extractive_brief(evidence, resolve_settings(environ={}, what_words=120))
    return " ".join(statement.text for statement in brief.what)


@pytest.mark.parametrize(
    "recalled",
    [
        "In March 2016 a bus plunged off the same pass at Kolva and killed 31 people.",
        "In 2016 already, a bus had plunged off the same pass at Kolva, killing 31.",
    ],
)
def test_what_never_tells_an_earlier_event_as_the_event(recalled: str) -> None:
    """Central, and still not what happened: in the past or the past perfect."""
    texts = _what_of_a_bus_crash_recalling(recalled)
    assert "Friday" in texts
    assert "2016" not in texts


def test_a_development_reported_months_before_the_event_s_day_stays_in_what() -> None:
    """A story told over months: what an early report says happened "on Monday" is a step of
    the story, not background, although it is long before the day most reports give."""
    early = "Prosecutors charged the former mayor of Doral with fraud on Monday, officials said."
    late = [
        "The former mayor of Doral was convicted of fraud on Thursday, the court said.",
        "A jury convicted the former mayor of Doral of fraud on Thursday after a two-week trial.",
        "The former mayor of Doral, convicted of fraud on Thursday, will be sentenced in June.",
    ]
    evidence = build_evidence(
        load_articles(
            [{"text": early, "published": "2024-01-15"}]
            + [{"text": text, "published": "2024-05-10"} for text in late]
        ).articles
    )
    brief = extractive_brief(evidence, resolve_settings(environ={}, what_words=120))
    assert any("charged" in statement.text for statement in brief.what)


def test_a_story_s_own_lead_up_months_before_stays_in_what() -> None:
    """Review case: the fire in January is the story of a sentencing in May, not another
    event; only a date a year or more before is another event's."""
    evidence = evidence_of(
        "A court in Leeds on Friday jailed Mark Doyle for 12 years for setting fire to a block "
        "of flats. Police arrested Doyle in January, two days after the fire, detectives said.",
        "Mark Doyle was jailed for 12 years on Friday. The fire broke out on January 14 and "
        "killed two residents, the court heard.",
        published="2024-05-11",
    )
    brief = extractive_brief(evidence, resolve_settings(environ={}, what_words=120))
    texts = " ".join(statement.text for statement in brief.what)
    assert "January" in texts, texts
    assert not any(time.background for time in brief.when)


def test_a_statement_that_opens_with_a_contrast_leans_on_the_one_before() -> None:
    assert dangling(
        "But the owner, Thalassa Boxline, said the ship's own data told a different story."
    )
    assert dangling("Yet the ministry has not published the audit.")
    assert not dangling("Butcher Jan Smit said the market reopened on Friday.")
