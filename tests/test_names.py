"""Names and their kinds, from the trained entity recogniser: the kinds of error readers saw
(places listed as people, titles as actors, one place three times), on texts written here."""

from __future__ import annotations

import pytest

import summarise
from summarise.evidence import build_evidence
from summarise.extractive.names import Entity, collect_entities
from summarise.ingest import load_articles
from summarise.schema import EventBrief

REPORTS = [
    {
        "outlet": "Wire A",
        "published": "2021-05-14",
        "text": (
            "A military jury convicted Army Sgt. Santos Cardona on Friday of abusing a detainee "
            "at the Camp Delta prison in Guantanamo Bay, Cuba. Cardona, a dog handler from "
            "Fort Meade, faces up to three years in prison. Cardona told the court that he had "
            "followed orders. Pentagon spokesman Bryan Whitman said the abuses had been fully "
            "investigated. The Netherlands said it would send a frigate to the Strait of Hormuz."
        ),
    },
    {
        "outlet": "Wire B",
        "published": "2021-05-14",
        "text": (
            "Santos Cardona, an Army specialist, was found guilty on Friday of using his dog to "
            "terrify a prisoner at Guantanomo Bay. Cardona could be jailed for three years. The "
            "Netherlands said its Type 22 frigate would leave next week. Lawyers for Cardona "
            "said they would appeal, and Whitman said the Army had acted."
        ),
    },
    {
        "outlet": "Wire C",
        "published": "2021-05-15",
        "text": (
            "The conviction of Santos Cardona at Guantanamo on Friday was the eleventh of its "
            "kind. Cardona's lawyer, Harvey Volzer, said the sentence was unfair. The "
            "Netherlands said the frigate HMS Cornwall was not involved."
        ),
    },
]


@pytest.fixture(scope="module")
def event() -> EventBrief:
    return summarise.brief(REPORTS, engine="extractive")


def test_a_surname_that_is_also_a_town_is_the_person(event: EventBrief) -> None:
    people = {actor.name for actor in event.who}
    places = {place.name for place in event.where}
    assert any("Cardona" in name and "Santos" in name for name in people)
    assert "Cardona" not in places  # Cardona is also a city in the Philippines


def test_titles_and_abbreviations_are_never_names(event: EventBrief) -> None:
    names = {actor.name for actor in event.who} | {place.name for place in event.where}
    for title in ("Ft", "Sgt", "Spc", "Army Sgt", "Type", "Type 22"):
        assert title not in names


def test_one_place_spelt_three_ways_is_listed_once(event: EventBrief) -> None:
    guantanamo = [place.name for place in event.where if "Guantan" in place.name]
    assert len(guantanamo) == 1, guantanamo


def test_a_country_that_acts_is_an_actor(event: EventBrief) -> None:
    assert "Netherlands" in " ".join(actor.name for actor in event.who)


def test_every_actor_citation_names_the_actor(event: EventBrief) -> None:
    for actor in event.who:
        surname = actor.name.split()[-1]
        for citation in actor.citations:
            assert surname in citation.quote, (actor.name, citation.quote)


def test_no_model_is_one_clear_error_naming_the_fix(monkeypatch: pytest.MonkeyPatch) -> None:
    from summarise import nlp

    monkeypatch.setenv(nlp.MODEL_ENVIRONMENT, "en_no_such_model")
    nlp.reset()
    try:
        with pytest.raises(summarise.ConfigurationError) as raised:
            summarise.brief(REPORTS, engine="extractive")
    finally:
        monkeypatch.delenv(nlp.MODEL_ENVIRONMENT)
        nlp.reset()
    message = str(raised.value)
    assert "en_no_such_model" in message and "pip install" in message and "\n" not in message


def test_a_common_noun_before_a_name_is_not_part_of_it() -> None:
    event = summarise.brief(
        [
            {"text": "Filmmaker Zhang Yimou directed the ceremony. The filmmaker was pleased."},
            {"text": "Zhang Yimou, a filmmaker, said the show cost millions to stage."},
        ],
        engine="extractive",
    )
    assert [actor.name for actor in event.who] == ["Zhang Yimou"]


def test_the_object_of_a_title_is_not_an_actor() -> None:
    event = summarise.brief(
        [
            {"text": "US Secretary of State Jane Marlow met the Minister of Defence on Monday."},
            {"text": "Secretary of State Jane Marlow said the talks were useful, officials said."},
        ],
        engine="extractive",
    )
    names = [actor.name for actor in event.who]
    assert "State" not in names and "Defence" not in names
    assert "Jane Marlow" in names


def test_a_phrase_leading_to_a_name_is_not_its_role() -> None:
    event = summarise.brief(
        [
            {"text": "Officials, including the Secretary of Defence Ann Kessler, met on Monday."},
            {"text": "Ann Kessler said the meeting had gone well, her office said on Monday."},
        ],
        engine="extractive",
    )
    roles = {actor.name: actor.role for actor in event.who}
    assert "Ann Kessler" in roles
    assert not (roles["Ann Kessler"] or "").lower().startswith("including")


def test_a_name_never_ends_in_a_lower_case_word() -> None:
    from summarise.extractive.names import _clean

    sentence = "Ο Nabeel Hussain και ο αδερφός του συνελήφθησαν."
    begin = sentence.index("Nabeel")
    end = sentence.index("ο αδερφός") - 1
    cleaned = _clean(sentence, begin, end, "person")
    assert cleaned is not None and sentence[cleaned[0] : cleaned[1]] == "Nabeel Hussain"


def test_no_words_are_counted_for_two_names() -> None:
    from summarise.evidence import build_evidence
    from summarise.extractive.names import collect_entities
    from summarise.ingest import load_articles

    texts = [
        "Lt. Col. Steven Lee Jordan will be tried, the Army said. Jordan denied the charges.",
        "Jordan, the officer, faces trial in Virginia. Troops were based in Jordan last year.",
        "Jordan said he was innocent. Jordan and Iraq signed a border deal on Monday.",
    ]
    evidence = build_evidence(load_articles([{"text": text} for text in texts]).articles)
    places_and_people = [
        (mention.ref.source_id, mention.start)
        for entity in collect_entities(evidence)
        if entity.kind in {"person", "place"}
        for mention in entity.mentions
    ]
    assert len(places_and_people) == len(set(places_and_people))


def test_stations_and_towns_labelled_organisations_are_places() -> None:
    event = summarise.brief(
        [
            {
                "text": "Two men were seen at Paddington Cross on Monday before the blast on the "
                "Riverside Underground line. Police searched homes in Halifax on Tuesday."
            },
            {
                "text": "The men travelled from Halifax to Paddington Cross on Monday, police "
                "said. Trains on the Riverside Underground stopped for an hour."
            },
            {
                "text": "Detectives said the men bought tickets at Paddington Cross. Neighbours "
                "in Halifax said the men were quiet."
            },
        ],
        engine="extractive",
    )
    people = {actor.name for actor in event.who}
    places = {place.name for place in event.where}
    for place in ("Paddington Cross", "Riverside Underground", "Halifax"):
        assert place not in people
    assert {"Paddington Cross", "Halifax"} <= places


def test_a_word_used_as_an_adjective_is_no_person() -> None:
    event = summarise.brief(
        [
            {"text": "The Olympic flame reached the stadium on Sunday, organisers said."},
            {"text": "Crowds cheered as the Olympic flame was lit, organisers said on Sunday."},
            {"text": "The Olympic torch relay ended on Sunday with the Olympic flame lit."},
        ],
        engine="extractive",
    )
    assert "Olympic" not in {actor.name for actor in event.who}


def test_a_surname_shared_by_two_people_stays_with_each() -> None:
    event = summarise.brief(
        [
            {
                "text": "Lawmaker Chih-hsiung Huang said the games were a success, officials "
                "said on Monday. The newly-elected Chairman of the Harbour Solidarity Union "
                "Kuen-hui Huang criticized the organisers on Monday."
            },
            {
                "text": "Chih-hsiung Huang praised the games on Monday. Kuen-hui Huang, the "
                "union's chairman, criticized the organisers."
            },
        ],
        engine="extractive",
    )
    roles = {actor.name: actor.role or "" for actor in event.who}
    assert "Kuen-hui Huang" in roles
    assert "Kuen-hui" not in roles.get("Chih-hsiung Huang", "")


def test_words_leading_to_a_title_are_not_the_role() -> None:
    from summarise.extractive.names import _role

    for sentence, name, role in [
        ("The flag was handed to the Mayor of London Jane Marlow on Sunday.", "Jane Marlow",
         "Mayor of London"),
        ("The school was opened in the presence of Prince Albert yesterday.", "Albert", "Prince"),
        ("The two were brought on Wednesday evening before Judge Orlando Parra of a Caracas "
         "court.", "Orlando Parra", "Judge"),
        ("The Sunday Times editor Jane Marlow said so.", "Jane Marlow", "Sunday Times editor"),
        ("Coalition Against Corruption director Ama Serwaa said so.", "Ama Serwaa",
         "Coalition Against Corruption director"),
    ]:  # fmt: skip
        begin = sentence.index(name)
        assert _role(sentence, begin, begin + len(name)) == role


def test_a_nationality_before_town_is_not_a_place_name() -> None:
    event = summarise.brief(
        [
            {
                "text": "Two explosive devices were found near the Spanish town of Belagua on "
                "Monday, police in Spain said. The race later reached the French town "
                "Compiègne."
            },
            {
                "text": "Police in Spain said the devices were found on Monday near Belagua, a "
                "Spanish town on the race route."
            },
        ],
        engine="extractive",
    )
    places = {place.name for place in event.where}
    assert "Spanish" not in places and "French" not in places


def test_a_surname_after_the_full_name_is_the_person_even_if_it_names_a_country() -> None:
    event = summarise.brief(
        [
            {
                "text": "U.S. Lt. Col. Steven Lee Jordan will be tried by a military court for "
                "his part in the prison abuse case, the U.S. Army announced yesterday. Jordan "
                "will stand trial on eight counts. Jordan is the only U.S. officer charged in "
                "the case."
            },
            {
                "text": "The government of Jordan closed its border on Friday. Refugees "
                "crossed into Jordan on Friday, officials in Amman said."
            },
            {"text": "Aid flights to Jordan resumed on Friday. The king of Jordan met officials."},
        ],
        engine="extractive",
    )
    assert "Steven Lee Jordan" in {actor.name for actor in event.who}
    country = next(place for place in event.where if place.name == "Jordan")
    assert {c.source_id for c in country.citations} == {"S2", "S3"}  # never the officer's report


def test_a_city_of_a_country_never_named_gets_no_gazetteer_reading() -> None:
    # the gazetteer's Bali is a town in Cameroon; these reports are about the island
    event = summarise.brief(
        [
            {"text": "Delegates met in Bali on Monday for climate talks, officials said."},
            {"text": "The climate talks in Bali ended on Friday, Indonesia said."},
        ],
        engine="extractive",
    )
    bali = next(place for place in event.where if place.name == "Bali")
    assert "Cameroon" not in (bali.detail or "")


def test_a_word_of_a_title_before_a_name_is_no_given_name() -> None:
    event = summarise.brief(
        [
            {
                "text": "Under-Secretary-General for Humanitarian Affairs Jan Egeland said the "
                "toll could pass 150,000, the UN said on Tuesday."
            },
            {"text": "Jan Egeland said on Tuesday the toll could still rise, the UN said."},
        ],
        engine="extractive",
    )
    names = {actor.name for actor in event.who}
    assert "Jan Egeland" in names and "Affairs Jan Egeland" not in names


def test_the_event_itself_is_not_one_who_acts_in_it() -> None:
    event = summarise.brief(
        [
            {
                "text": "Spanish rider Carlos Sastre won the tenth stage of the Tour de Suisse on "
                "Sunday, organisers said. The Tour de Suisse ends in Bern next week."
            },
            {
                "text": "The Tour de Suisse reached the mountains on Sunday, where Carlos Sastre "
                "won the stage, organisers said."
            },
            {
                "text": "The Olympic Games open in Bern next year, Carlos Sastre said on Sunday. "
                "He hopes to ride at the Olympic Games, Carlos Sastre said."
            },
        ],
        engine="extractive",
    )
    names = {actor.name for actor in event.who}
    assert "Carlos Sastre" in names
    assert not names & {"Tour de Suisse", "Tour", "Olympic Games"}


def test_an_acronym_of_a_common_noun_and_a_document_are_no_actors() -> None:
    event = summarise.brief(
        [
            {
                "text": "Cutting greenhouse gas (GHG) emissions is the aim, Kim Larsen of the "
                "World Wildlife Fund said on Friday. The Intergovernmental Panel on Climate "
                "Change (IPCC) agreed."
            },
            {
                "text": "GHG emissions must fall by 2020, Kim Larsen said on Friday, as the Bali "
                "Roadmap was adopted. The IPCC said the GHG target was within reach."
            },
        ],
        engine="extractive",
    )
    names = {actor.name for actor in event.who}
    assert "Kim Larsen" in names
    assert not names & {"GHG", "Bali Roadmap"}


def test_an_acronym_and_the_name_it_stands_for_are_one_actor() -> None:
    event = summarise.brief(
        [
            {
                "text": "The International Olympic Committee said on Monday the relay would "
                "go on. The IOC met in Lausanne."
            },
            {
                "text": "Pat Quinn, president of the Union Cycliste Internationale (UCI), said "
                "the rider was suspended on Monday. The UCI will appeal."
            },
            {
                "text": "The IOC said on Monday the torch relay would continue. The UCI "
                "confirmed the suspension on Monday."
            },
        ],
        engine="extractive",
    )
    names = {actor.name: actor.aliases for actor in event.who}
    assert "IOC" not in names and "UCI" not in names
    assert "IOC" in names["International Olympic Committee"]
    assert "UCI" in names["Union Cycliste Internationale"]


def test_a_dateline_before_the_statement_does_not_make_its_city_an_actor() -> None:
    event = summarise.brief(
        [
            {
                "text": "Leeds, England — The crowds came out to welcome the race on Sunday. "
                "The riders left the city at noon."
            },
            {
                "text": "Leeds, England — For the second day, the crowds came out to see the "
                "race, the organisers said on Sunday."
            },
            {"text": "The race left Leeds on Sunday, the organisers said."},
        ],
        engine="extractive",
    )
    assert "Leeds" not in {actor.name for actor in event.who}
    assert "Leeds" in {place.name for place in event.where}


def test_a_town_a_report_is_filed_from_is_a_place_however_the_model_labels_it() -> None:
    # The gazetteer does not know the town; the dateline files it from a country it knows.
    event = summarise.brief(
        [
            {
                "text": "VILLA TUNARI, Bolivia, March 10 (Reuters) - A footbridge crowded with "
                "pupils collapsed into the river on Tuesday, killing three people, officials "
                "said. Mayor Justino Colque said Villa Tunari would hold an inquiry."
            },
            {
                "text": "VILLA TUNARI, Bolivia (AP) - The toll from the bridge collapse rose to "
                "five on Tuesday. Villa Tunari declared three days of mourning."
            },
            {"text": "Divers searched the river at Villa Tunari on Wednesday, police said."},
        ],
        engine="extractive",
    )
    assert "Villa Tunari" not in {actor.name for actor in event.who}
    assert "Villa Tunari" in {place.name for place in event.where}


def test_a_force_named_with_its_city_first_is_the_same_force() -> None:
    event = summarise.brief(
        [
            {
                "text": "London Metropolitan Police commissioner Sir Ian Blair said on Friday "
                "that explosives were found."
            },
            {"text": "The Metropolitan Police released photographs of the man on Friday."},
            {"text": "The Metropolitan Police said on Friday the man travelled from Leeds."},
        ],
        engine="extractive",
    )
    names = [actor.name for actor in event.who]
    assert "Metropolitan Police" in names
    assert "London Metropolitan Police" not in names
    police = next(actor for actor in event.who if actor.name == "Metropolitan Police")
    assert {citation.source_id for citation in police.citations} == {"S1", "S2", "S3"}


def test_one_known_by_a_title_of_rank_and_one_name_is_named_with_both() -> None:
    from summarise.extractive.who_where import _styled

    assert _styled("Charles", "Prince") == ("Prince Charles", None)
    assert _styled("Benedict", "Pope") == ("Pope Benedict", None)
    assert _styled("Ian Blair", "commissioner") == ("Ian Blair", "commissioner")
    assert _styled("Blair", "Prime Minister") == ("Blair", "Prime Minister")


def test_an_acronym_spelt_out_once_is_named_in_full() -> None:
    event = summarise.brief(
        [
            {
                "text": "Yvo de Boer, Executive Secretary of the United Nations Framework "
                "Convention on Climate Change (UNFCCC), spoke on Friday."
            },
            {"text": "The UNFCCC said on Friday the talks would go on."},
            {"text": "Delegates told the UNFCCC on Friday they wanted a deal."},
        ],
        engine="extractive",
    )
    names = {actor.name: actor.aliases for actor in event.who}
    assert "UNFCCC" in names["United Nations Framework Convention on Climate Change"]


def test_a_capitalised_word_that_only_qualifies_a_noun_is_no_organisation() -> None:
    event = summarise.brief(
        [
            {"text": "The panel presented its Synthesis report in Valencia on Saturday."},
            {"text": "Scientists discussed the Synthesis report on Saturday in Valencia."},
            {"text": "The Synthesis report was published on Saturday, the panel said."},
        ],
        engine="extractive",
    )
    assert "Synthesis" not in {actor.name for actor in event.who}


def test_a_clause_after_a_name_is_no_role() -> None:
    from summarise.extractive.names import _role

    sentence = "Haji Rashid, repeated through a company manager on Monday that the launch was fine."
    assert _role(sentence, 0, len("Haji Rashid")) is None
    sentence = "Karim Ode, retired general, said the army would not act."
    assert _role(sentence, 0, len("Karim Ode")) == "retired general"


def test_a_name_and_the_same_name_with_a_family_name_after_it_are_one_person() -> None:
    event = summarise.brief(
        [
            {"text": "Shipping Minister Mofazzal Hossain Mridha ordered an inquiry on Sunday."},
            {"text": "Mofazzal Hossain Mridha visited the scene on Sunday, officials said."},
            {"text": "Shipping Minister Mofazzal Hossain promised punishment on Sunday."},
        ],
        engine="extractive",
    )
    names = [actor.name for actor in event.who]
    assert "Mofazzal Hossain Mridha" in names and "Mofazzal Hossain" not in names


def test_a_town_the_model_takes_for_a_person_is_a_place_when_written_as_one() -> None:
    event = summarise.brief(
        [
            {"text": "Rescuers reached Tambillo on Tuesday. Homes collapsed in Tambillo."},
            {"text": "Most of the dead were in Tambillo province, officials said on Tuesday."},
            {"text": "Tambillo said nothing. Aid reached the town of Tambillo on Tuesday."},
        ],
        engine="extractive",
    )
    assert "Tambillo" not in {actor.name for actor in event.who}
    assert "Tambillo" in {place.name for place in event.where}


def test_a_lone_father_s_surname_is_the_person_with_two_surnames() -> None:
    event = summarise.brief(
        [
            {"text": "Defence Minister Raul Benavides Ortiz visited Ica on Tuesday."},
            {"text": "Raul Benavides Ortiz said the army would help, on Tuesday."},
            {"text": "Later, Benavides told reporters that houses had collapsed on families."},
        ],
        engine="extractive",
    )
    names = [actor.name for actor in event.who]
    assert "Benavides" not in names
    minister = next(actor for actor in event.who if actor.name == "Raul Benavides Ortiz")
    assert {c.source_id for c in minister.citations} == {"S1", "S2", "S3"}


def test_an_organisation_named_with_its_country_after_it_is_the_same() -> None:
    event = summarise.brief(
        [
            {"text": "The Geophysical Institute of Peru measured the quake on Tuesday."},
            {"text": "The Geophysical Institute said on Tuesday it recorded 60 aftershocks."},
            {"text": "The Geophysical Institute warned of more aftershocks on Tuesday."},
        ],
        engine="extractive",
    )
    names = [actor.name for actor in event.who]
    assert names.count("Geophysical Institute") == 1
    assert "Geophysical Institute of Peru" not in names


def test_a_place_written_without_its_accents_is_still_known() -> None:
    from summarise.extractive.gazetteer import gazetteer

    assert gazetteer().lookup("Sao Paulo") == ("Sao Paulo", "city, Brazil", 12400232)
    assert gazetteer().lookup("Bharuch") is not None


def test_a_company_with_and_without_its_legal_form_is_one_actor() -> None:
    event = summarise.brief(
        [
            {"text": "The plant run by Suryaprabha Chemicals Ltd exploded on Thursday."},
            {"text": "Suryaprabha Chemicals said on Thursday it would cooperate."},
            {"text": "Suryaprabha Chemicals denied on Thursday that maintenance was delayed."},
        ],
        engine="extractive",
    )
    names = [actor.name for actor in event.who]
    assert "Suryaprabha Chemicals" in names and "Suryaprabha Chemicals Ltd" not in names


def test_a_person_s_camp_is_their_side_not_a_place() -> None:
    event = summarise.brief(
        [
            {"text": "The prime minister lost a Senate vote in Rome on Thursday."},
            {"text": "Ferrandi's camp tells a different story. Refugees returned to Jabalia camp."},
        ],
        engine="extractive",
    )
    places = {place.name for place in event.where}
    assert not any("Ferrandi" in name for name in places), places


def test_a_name_paired_with_a_place_after_in_is_a_place() -> None:
    event = summarise.brief(
        [
            {"text": "Police fired tear gas in Kibera and Mathare on Friday, witnesses said."},
            {"text": "Arrests were made in Kibera and Mathare, residents said."},
            {"text": "Police remained deployed in Kibera and Mathare on Saturday."},
        ],
        engine="extractive",
    )
    assert "Mathare" not in {actor.name for actor in event.who}
    assert "Mathare" in {place.name for place in event.where}


def test_a_subdistrict_the_model_takes_for_a_person_is_a_place() -> None:
    event = summarise.brief(
        [
            {"text": "The launch sank near Mohanpur, in Chandpur's Matlab Uttar upazila."},
            {"text": "A case was filed at Matlab Uttar police station on Sunday, police said."},
            {"text": "Survivors were taken to hospital from Matlab on Saturday night."},
        ],
        engine="extractive",
    )
    assert "Matlab Uttar" not in {actor.name for actor in event.who}


def test_a_name_the_recogniser_cut_short_is_shown_whole_and_takes_its_surname() -> None:
    from summarise.evidence import SentenceRef
    from summarise.extractive.names import Entity, Mention

    person = Entity("person")
    ref = SentenceRef("S1", 0, 10, "x" * 10, 0)
    for text in ["Rajendra Man", "Rajendra Man", "Rajendra Man Pradhan"]:
        person.add(Mention(text, ref, 0, 0, None))
    assert person.name == "Rajendra Man Pradhan"
    company = Entity("organisation")
    for text in ["Royal Marines", "Royal Marines", "Royal Marines Base Chivenor"]:
        company.add(Mention(text, ref, 0, 0, None))
    assert company.name == "Royal Marines"


def test_a_brand_the_model_takes_for_a_person_is_its_company() -> None:
    event = summarise.brief(
        [
            {"text": "A Himal Sky Airlines plane crashed near Pokhara on Wednesday."},
            {"text": "Himal Sky said the weather was fine. Himal Sky Airlines flies ATR 72s."},
            {"text": "Himal Sky grounded its fleet on Thursday, officials said."},
        ],
        engine="extractive",
    )
    companies = [actor for actor in event.who if "Himal Sky" in actor.name]
    assert len(companies) == 1
    assert {companies[0].name, *companies[0].aliases} == {"Himal Sky", "Himal Sky Airlines"}


def test_a_news_agency_that_carries_the_story_is_not_an_actor() -> None:
    event = summarise.brief(
        [
            {"text": "At least 64 people were killed, the army told Reuters on Wednesday."},
            {"text": "Army spokesman Ramesh Basnet told Reuters that four survivors were found."},
            {"text": "Reuters reported on Thursday that the recorders had been recovered."},
        ],
        engine="extractive",
    )
    assert "Reuters" not in {actor.name for actor in event.who}


def test_an_occupation_before_a_full_name_is_no_part_of_it_and_roles_lose_their_article() -> None:
    event = summarise.brief(
        [
            {"text": "Filmmaker Zhang Yimou, the production's director, defended the show."},
            {"text": "Zhang Yimou said the ceremony had been rehearsed for months."},
            {"text": "Singer Lin Miaoke performed at the opening ceremony in Beijing."},
        ],
        engine="extractive",
    )
    names = {actor.name: actor.role for actor in event.who}
    assert "Zhang Yimou" in names and not any(name.startswith("Filmmaker") for name in names)
    assert not any(role and role.startswith("the ") for role in names.values())


def test_a_name_with_a_nickname_in_quotes_is_read_whole_and_joins_its_short_forms() -> None:
    event = summarise.brief(
        [
            {
                "text": "One of those killed was Wissam Mohammed “Abu Bakr” al-Saadi, the "
                "commander of the group's drone unit, officials said on Thursday."
            },
            {"text": "Abu Bakir al-Saadi, commander of the militia, was killed on Wednesday."},
        ],
        engine="extractive",
    )
    names = [actor.name for actor in event.who]
    assert "Wissam Mohammed “Abu Bakr” al-Saadi" in names
    assert not any(name.endswith("Abu Bakr") or name == "Abu Bakir" for name in names), names


def test_a_side_of_a_war_between_two_names_is_not_a_place() -> None:
    from summarise.extractive.names import _LOCATIVE_PAIR

    assert _LOCATIVE_PAIR.search("the war between Israel and ") is None
    assert _LOCATIVE_PAIR.search("workers at Amazon and ") is None
    assert _LOCATIVE_PAIR.search("tear gas in Kibera and ") is not None


def test_a_role_with_a_possessive_is_read_whole() -> None:
    from summarise.extractive.names import _role

    text = "But the hotel's general manager, Martin Byaruhanga, said 112 people were inside."
    start = text.index("Martin")
    assert _role(text, start, start + len("Martin Byaruhanga")) == "hotel's general manager"


def test_one_company_under_two_legal_forms_or_without_its_trade_is_one_actor() -> None:
    event = summarise.brief(
        [
            {"text": "Luzon Highland Hydro Corp opened the gates of the Balintong Dam on Friday."},
            {"text": "Luzon Highland Hydro Corporation said the dam was not at fault."},
            {"text": "Datavia Systems won the contract. Datavia denied paying any bribes."},
            {"text": "Prosecutors said Datavia Systems paid the minister through consultants."},
        ],
        engine="extractive",
    )
    names = [actor.name for actor in event.who]
    assert sum("Luzon Highland Hydro" in name for name in names) == 1, names
    assert "Datavia" not in names and "Balintong Dam" not in names, names


MINE_REPORTS = [
    {
        "outlet": "Wire A",
        "published": "2024-03-05",
        "text": (
            "VIRGINIA, South Africa, March 5 (Reuters) - Nineteen miners were trapped underground "
            "at Thabong Platinum Holdings' Kalkfontein mine near Virginia in the Free State on "
            'Tuesday, Thabong spokeswoman Palesa Dlamini said. "We are doing everything we can," '
            "said Palesa Dlamini, a spokeswoman for the company. Rescuers reached the Kalkfontein "
            "mine at dawn."
        ),
    },
    {
        "outlet": "Wire B",
        "published": "2024-03-05",
        "text": (
            "Rescue teams worked through the night at Thabong Platinum Holdings' Kalkfontein mine "
            "in the Free State. Thabong said four miners had been brought out alive. Sipho "
            "Ndlovu, the union's regional secretary in the Free State, said the shaft was unsafe."
        ),
    },
    {
        "outlet": "Wire C",
        "published": "2024-03-06",
        "text": (
            "JOHANNESBURG, March 6 (AP) - South Africa's mining minister on Wednesday ordered an "
            "inquiry into the accident at Thabong Platinum Holdings' Kalkfontein mine. Workers "
            "from Virginia and the wider Free State gathered at the mine. Sipho Ndlovu, the "
            "union's regional secretary, said the families deserved answers."
        ),
    },
]


def test_the_owner_of_a_site_is_an_actor_and_the_site_a_place() -> None:
    """ "at Thabong Platinum Holdings' Kalkfontein mine": "at" governs the mine, so the
    company it belongs to is no place; the name before "mine" is the site."""
    event = summarise.brief(MINE_REPORTS, engine="extractive")
    actors = [actor.name for actor in event.who]
    places = [place.name for place in event.where]
    assert "Thabong Platinum Holdings" in actors and "Thabong Platinum Holdings" not in places
    assert "Kalkfontein" in places and "Kalkfontein" not in actors
    assert "Thabong" not in actors  # "Thabong said": the company, not a person
    assert "Free State" not in actors


def test_a_place_of_one_country_is_not_shown_as_its_namesake_in_another() -> None:
    from summarise.evidence import SentenceRef
    from summarise.extractive.names import Mention, _place_kind

    def found(text: str) -> list[tuple[Mention, str]]:
        ref = SentenceRef("S1", 0, len(text), text, 0)
        start = text.index("Virginia")
        return [(Mention("Virginia", ref, start, start + 8, None), "place")]

    elsewhere = found("Miners gathered near Virginia, in South Africa's Free State.")
    assert _place_kind(elsewhere, lambda country: country == "South Africa") is None
    at_home = found("A tornado struck Virginia on Tuesday.")  # a domestic story names no country
    assert _place_kind(at_home, lambda country: False) == "US state, United States"


def test_an_unfamiliar_name_with_a_persons_role_is_a_person() -> None:
    from summarise.evidence import SentenceRef
    from summarise.extractive.names import Mention, _vote

    def mention(text: str, name: str) -> tuple[Mention, str]:
        ref = SentenceRef("S1", 0, len(text), text, 0)
        start = text.index(name)
        return Mention(name, ref, start, start + len(name), None), "organisation"

    said = '"It is safe," said Lerato Mokoena, a spokeswoman for the company.'
    titled = "Kgotso spokeswoman Lerato Mokoena said two workers had died."
    assert _vote([mention(said, "Lerato Mokoena")]) == "person"
    assert _vote([mention(titled, "Lerato Mokoena")]) == "person"
    programme = "Jane Doe, director of the World Wildlife Fund's Climate Change Program, spoke."
    assert _vote([mention(programme, "Climate Change Program")]) == "organisation"


def test_a_district_belongs_to_the_larger_place_written_next_to_it() -> None:
    event = summarise.brief(
        [
            {
                "text": "Sierra Leone closed its border after cholera cases were found in "
                "the Kolabui prefecture of neighbouring Guinea. Health workers in Sierra "
                "Leone said the outbreak had reached the Kambia district of Sierra Leone."
            },
            {
                "text": "Cases in Guinea rose to 40. Officials in Sierra Leone sent teams to "
                "the Kambia district and the Kolabui prefecture."
            },
        ],
        engine="extractive",
    )
    details = {place.name: place.detail for place in event.where}
    assert details.get("Kolabui") == "prefecture of Guinea", details
    assert details.get("Kambia") == "district of Sierra Leone", details


def test_a_surname_the_recogniser_leaves_out_is_part_of_the_name() -> None:
    """spaCy labels "Luiz Fernando" of "Foreign Minister Luiz Fernando Tavares said"; the parse
    makes Tavares the head of the name."""
    event = summarise.brief(
        [
            {
                "published": "2022-05-02",
                "text": "LIMA, May 2 (Reuters) - Chile offered on Monday to mediate between "
                "Bolivia and Peru in a dispute over a river, and both governments accepted, "
                "Chilean Foreign Minister Luiz Fernando Tavares said.",
            },
            {
                "published": "2022-05-03",
                "text": "The talks were witnessed by Chilean Foreign Minister Luiz Fernando "
                "Tavares, who mediated the dispute over the river.",
            },
        ],
        engine="extractive",
    )
    assert [actor.name for actor in event.who] == ["Luiz Fernando Tavares"]
    statements = [reaction.statement for reaction in event.reactions]
    assert statements and statements[0].startswith("Chile offered"), statements  # no dateline


def test_a_town_is_not_merged_into_a_site_named_after_it_and_the_site_follows_the_town() -> None:
    event = summarise.brief(
        [
            {
                "text": "Cholera patients were treated at Kambia Government Hospital on Monday. "
                "The outbreak began in the Kambia district, officials in Kambia said."
            },
            {
                "text": "Doctors in Kambia said the ward at Kambia Government Hospital was full, "
                "and more cases were found in Kambia on Tuesday."
            },
        ],
        engine="extractive",
    )
    places = [place.name for place in event.where]
    assert places[:2] == ["Kambia", "Kambia Government Hospital"], places


def test_a_place_is_not_named_after_the_games_it_hosts() -> None:
    from summarise.extractive.names import Entity

    city = Entity("place", names={"Beijing": 5, "Beijing 2008": 2})
    assert city.name == "Beijing"


def _labelled(text: str, name: str, kind: str) -> tuple[object, str]:
    from summarise.evidence import SentenceRef
    from summarise.extractive.names import Mention

    ref = SentenceRef("S1", 0, len(text), text, 0)
    start = text.index(name)
    return Mention(name, ref, start, start + len(name), None), kind


def test_a_legal_form_or_an_apposition_makes_an_organisation() -> None:
    from summarise.extractive.names import _vote

    awarded = "The contract was awarded to Grafisur S.A. in July."
    assert _vote([_labelled(awarded, "Grafisur S.A", "place")]) == "organisation"  # type: ignore[list-item]
    firm = "It hired Sonus Pericial, a private audio forensics firm based in Bogotá."
    assert _vote([_labelled(firm, "Sonus Pericial", "place")]) == "organisation"  # type: ignore[list-item]
    clause = "As it approached Pokhara, a thick bank of cloud came over the ridge."
    assert _vote([_labelled(clause, "Pokhara", "place")]) == "place"  # type: ignore[list-item]


def test_a_surname_the_model_calls_a_place_with_nothing_to_back_it_is_the_person() -> None:
    event = summarise.brief(
        [
            {
                "text": "Ecuador's National Assembly removed Esteban Carrión, the head of the "
                "electoral council, on Thursday. Carrión's lawyer said he would appeal. "
                "Carrión was at his desk on Friday."
            },
            {
                "text": "Lawmakers voted to remove Carrión over leaked recordings. Carrión "
                "denied wrongdoing, and Carrión's lawyer called the vote illegal. The contract "
                "was awarded to Grafisur S.A. in July; the Grafisur contract was suspended."
            },
        ],
        engine="extractive",
    )
    places = [place.name for place in event.where]
    assert "Carrión" not in places and "Grafisur" not in places, places
    assert any(actor.name == "Esteban Carrión" for actor in event.who)


def test_names_the_recogniser_splits_or_mislabels_are_read_whole() -> None:
    event = summarise.brief(
        [
            {
                "text": "Ecuador's National Electoral Council (CNE) on Tuesday elected "
                "councillor Ana Lucía Vélez Cordero as its new president. The Attorney "
                "General's Office said on Tuesday it had opened an investigation."
            },
            {
                "text": '"Every ballot will be printed on time," CNE president Ana Lucía Vélez '
                "said. The Attorney General's Office said it had asked for the files. "
                '"The report is biased," said his lawyer, Rodrigo Salvador Peña.'
            },
            {
                "text": "Salvador said the recordings had been edited, and Rodrigo Salvador "
                "Peña said he would appeal."
            },
        ],
        engine="extractive",
    )
    names = {actor.name for actor in event.who} | {r.speaker for r in event.reactions}
    assert "Ana Lucía Vélez Cordero" in names and "Ana Lucía" not in names, names
    assert "Attorney General's Office" in names and "General's Office" not in names, names
    assert "Salvador" not in names, names


def test_an_acronym_of_another_language_joins_the_name_it_follows() -> None:
    event = summarise.brief(
        [
            {"text": "Ecuador's National Electoral Council (CNE) cancelled the contract."},
            {"text": "The CNE said a new tender would open, and the CNE's president resigned."},
            {"text": "The National Electoral Council said the ballots would be printed."},
        ],
        engine="extractive",
    )
    councils = [a for a in event.who if "CNE" in a.name or "Electoral Council" in a.name]
    assert len(councils) == 1 and "CNE" in councils[0].aliases, councils


def test_a_name_placed_in_a_country_is_a_place() -> None:
    event = summarise.brief(
        [
            {
                "text": "Red Cross officials met at the border between Macará, in Ecuador, and "
                "La Tina, in Peru, on Saturday."
            },
            {
                "text": "The soldiers crossed the Macará–La Tina bridge at about 10:15 a.m. and "
                "were handed over at La Tina, in Peru."
            },
        ],
        engine="extractive",
    )
    assert "La Tina" not in [actor.name for actor in event.who]


def test_review_cases_of_names_and_places_stay_right() -> None:
    """Cases a review of these rules found: a person "in Brussels" stays a person, a town a
    company is named after stays a place, an airport's short name is the airport, and
    "Sudan" inside "South Sudan" is not a district's country."""
    event = summarise.brief(
        [
            {"text": "EU foreign policy chief Kaja Kallas, in Brussels, condemned the attack."},
            {"text": "Kaja Kallas, in Brussels, said the EU would send more help."},
            {
                "text": "Workers at the copper mine near Yauricocha, operated by Yauricocha "
                "Minera S.A., went on strike. Residents of Yauricocha marched, and in "
                "Yauricocha shops closed."
            },
            {
                "text": "Storms shut Heathrow Airport. Flights to Heathrow were diverted, and "
                "passengers were stranded at Heathrow overnight."
            },
            {"text": "Refugees from Sudan reached camps in South Sudan's Maban county."},
        ],
        engine="extractive",
    )
    places = {place.name: place.detail for place in event.where}
    assert "Kaja Kallas" in [actor.name for actor in event.who]
    assert "Kaja Kallas" not in places and "Yauricocha" in places, places
    assert "Heathrow" not in places, places
    assert places.get("Maban") in {None, "county", "county of South Sudan"}, places


def test_a_surname_with_its_particle_is_kept_whole() -> None:
    from summarise.extractive.names import _clean

    for sentence, name in [
        ("The port authority chief, Yusuf el-Gharib, resigned on Monday.", "Yusuf el-Gharib"),
        ("Valéry d'Orsenne said the talks had failed.", "Valéry d'Orsenne"),
        ("Nabeel Hussain και ο αδερφός του συνελήφθησαν.", "Nabeel Hussain"),
    ]:
        begin = sentence.index(name)
        end = begin + len(name) + (len(" και") if "και" in sentence else 0)
        cleaned = _clean(sentence, begin, end, "person")
        assert cleaned is not None and sentence[cleaned[0] : cleaned[1]] == name


def test_a_town_paired_with_a_known_place_is_a_place_not_a_person() -> None:
    """The small model takes an unfamiliar Arabic place name ("Kafr el-Sheikh"-like) for a
    person; written beside a known town after one preposition, or as where a train is bound,
    it is where things happen."""
    event = summarise.brief(
        [
            {
                "text": "A bus travelling from Damietta to Kafr Hamza overturned on Sunday, "
                "police said. The injured were taken to hospitals in Damietta and Kafr Hamza."
            },
            {
                "text": "The bus, bound for Kafr Hamza, left the road at dawn, the governor "
                "said. Traffic between Damietta and Kafr Hamza was halted."
            },
            {"text": "Relatives gathered in Kafr Hamza on Monday, residents said."},
        ],
        engine="extractive",
    )
    assert "Kafr Hamza" not in {actor.name for actor in event.who}
    assert "Kafr Hamza" in {place.name for place in event.where}


def test_a_person_paired_with_a_namesake_town_or_run_towards_stays_a_person() -> None:
    """Review cases: Obama is also a town in Japan, but "a call between Obama and Medvedev"
    pairs two people; people are run "towards"; a pair of places may open the sentence."""
    event = summarise.brief(
        [
            {
                "text": "A phone call between Obama and Medvedev on Monday failed to end the "
                "standoff. Supporters rushed towards Medvedev after the egg hit him."
            },
            {
                "text": "The call between Obama and Medvedev lasted an hour, officials said. "
                "Guards ran towards Medvedev and detained a man."
            },
        ],
        engine="extractive",
    )
    assert "Medvedev" not in {place.name for place in event.where}
    assert "Medvedev" in {actor.name for actor in event.who}
    from summarise.extractive.names import _PAIRED_AFTER_A_PREPOSITION

    assert _PAIRED_AFTER_A_PREPOSITION.search("From Damietta to ")


def test_a_lone_word_that_opens_a_place_s_name_is_that_place_not_a_person() -> None:
    from summarise.evidence import build_evidence
    from summarise.extractive.names import collect_entities
    from summarise.ingest import load_articles

    texts = [
        '"This ferry was overloaded," police commander Wilbroad Mkumbo told reporters at the '
        "Kome landing site.",
        '"Our priority now is to save those who may still be alive," said Halima Mtanga, the '
        "Mwanza regional commissioner, who travelled to the landing site at Kome.",
        "Navy divers joined fishermen searching the murky waters off Kome Island on Sunday.",
    ]
    evidence = build_evidence(load_articles([{"text": t} for t in texts]).articles)
    entities = collect_entities(evidence)
    kinds = {name: entity.kind for entity in entities for name in entity.names}
    assert kinds["Kome"] == "place" and kinds["Kome Island"] == "place"


def test_a_given_name_of_a_person_of_the_cluster_stays_theirs_beside_a_longer_place() -> None:
    from summarise.evidence import build_evidence
    from summarise.extractive.names import collect_entities
    from summarise.ingest import load_articles

    texts = [
        "Survivor Victoria Okafor, 23, was pulled from the rubble of the building on Victoria "
        'Island on Wednesday. "I heard people screaming for help," Victoria said.',
        "Rescuers on Victoria Island searched the rubble for a third day on Thursday.",
    ]
    evidence = build_evidence(load_articles([{"text": t} for t in texts]).articles)
    kinds = {name: e.kind for e in collect_entities(evidence) for name in e.names}
    assert kinds.get("Victoria Okafor") == "person" and kinds.get("Victoria") != "place"


def _kinds(texts: list[str]) -> dict[str, str]:
    from summarise.evidence import build_evidence
    from summarise.extractive.names import collect_entities
    from summarise.ingest import load_articles

    evidence = build_evidence(load_articles([{"text": t} for t in texts]).articles)
    return {name: e.kind for e in collect_entities(evidence) for name in e.names}


def test_both_ends_of_a_route_and_the_state_of_a_place_are_places() -> None:
    kinds = _kinds(
        [
            "The truck was carrying about 40 workers from Chamba Kothi to Nalagarh when it "
            "overturned in the northern Indian state of Uttarakhand Pradesh, police said.",
            "The truck left Chamba Kothi at dawn on its way from Chamba Kothi to Nalagarh, in "
            "Uttarakhand Pradesh state.",
            "Officials said the workers had boarded in Chamba Kothi. Road accidents are common "
            "in the hill district of Uttarakhand Pradesh.",
        ]
    )
    assert kinds.get("Chamba Kothi") == "place"
    assert kinds.get("Uttarakhand Pradesh") == "place"


def test_a_person_given_a_role_is_a_person_whatever_the_model_calls_the_name() -> None:
    kinds = _kinds(
        [
            "According to the chairman of the union, Luan Gjoka, the night shift was "
            "ordered to keep loading.",
            "Its chairman, Luan Gjoka, repeated that the workers had warned the company.",
            '"Somebody wanted to save money," said Luan Gjoka, the union\'s chairman.',
        ]
    )
    assert kinds.get("Luan Gjoka") == "person"


def test_a_title_after_a_place_and_an_open_bracket_are_no_names() -> None:
    from summarise.extractive.names import _clean

    sentence = "Solan Superintendent of Police Arvind Rana said 12 people were killed."
    assert _clean(sentence, 0, len("Solan Superintendent"), "person") is None
    sentence = "SOLAN (Himachal Pradesh): Police on Sunday arrested the driver."
    cleaned = _clean(sentence, 0, len("SOLAN (Himachal Pradesh"), "organisation")
    assert cleaned is not None and sentence[cleaned[0] : cleaned[1]] == "SOLAN"


def test_a_ship_named_after_the_word_for_it_is_not_one_who_acts() -> None:
    event = summarise.brief(
        [
            {
                "text": "Chlorine leaked from a tank being loaded onto the cargo ship Vega "
                "Star in Foo on Tuesday, the port authority said. Two sailors of the Vega "
                "Star were taken to hospital, said Ana Pereira, a spokeswoman for the port."
            },
            {
                "text": "A tank of chlorine burst on the quay beside the Panama-flagged cargo "
                "ship Vega Star on Tuesday. Ana Pereira, the port's spokeswoman, said the "
                "quay was closed."
            },
        ],
        engine="extractive",
    )
    names = {actor.name for actor in event.who}
    assert "Ana Pereira" in names and not any("Vega" in name for name in names), names


def test_a_message_from_one_person_to_another_and_a_carrier_that_speaks_are_actors() -> None:
    event = summarise.brief(
        [
            {
                "text": "A gas tanker exploded in Foo on Sunday, killing nine people. Orders "
                "for the tanker passed from Kaplan to Morales, logs show. The national carrier "
                "Kenya Airways said flights were delayed."
            },
            {
                "text": "A message from Kaplan to Morales warned of a leak. Kaplan, the depot "
                "manager, said the tanker had been checked. Kenya Airways said it had "
                "suspended flights to Foo. The owner of the boat Ramon Cruz said he saw the "
                "blast."
            },
        ],
        engine="extractive",
    )
    names = {actor.name for actor in event.who}
    assert {"Kaplan", "Kenya Airways"} <= names, names
    assert "Kaplan" not in {place.name for place in event.where}


def test_a_river_that_bursts_a_feature_named_before_its_kind_and_an_mv_are_no_actors() -> None:
    event = summarise.brief(
        [
            {
                "text": "The Magat River burst its banks on Saturday, flooding 40 villages in "
                "Isabela, officials said. The Magat River rose three metres in four hours. "
                "Miners digging in the bed of the Kali Bodo river were swept away."
            },
            {
                "text": "The Magat River flooded much of Ilagan on Saturday. Rescuers searched "
                "the Kali Bodo river for missing miners. The ferry MV Kalinga capsized nearby, "
                "and MV Kalinga sank within minutes, said Rosa Dantes, a coast guard officer."
            },
        ],
        engine="extractive",
    )
    names = {actor.name for actor in event.who}
    assert not names & {"Magat River", "Kali Bodo", "MV Kalinga"}, names
    assert "Rosa Dantes" in names


def test_initials_are_no_ship_and_a_helicopter_named_after_its_kind_is_no_actor() -> None:
    event = summarise.brief(
        [
            {
                "text": "A bus fell into a gorge near Foo on Monday, killing 12 people. Director "
                "SS Rajamouli visited the families of the victims on Tuesday. The helicopter "
                "Dhruv had taken off from Foo before the crash."
            },
            {
                "text": "Twelve people died in a bus crash near Foo. Director SS Rajamouli "
                "offered compensation to the families. The helicopter Dhruv flew the injured "
                "to hospital."
            },
        ],
        engine="extractive",
    )
    names = {actor.name for actor in event.who}
    assert any("Rajamouli" in name for name in names), names
    assert not any("Dhruv" in name for name in names), names


def test_an_acronym_of_another_language_after_a_name_with_a_joining_word() -> None:
    event = summarise.brief(
        [
            {
                "text": "Colonel Abdourahamane Maradi, spokesman for the National Guard of Niger "
                "(GNN), confirmed a serious incident at the prison on Tuesday."
            },
            {"text": "The GNN said on Tuesday that 23 fugitives had been caught near Dosso."},
            {"text": "The GNN stepped up patrols along the Niger River on Tuesday."},
        ],
        engine="extractive",
    )
    names = {actor.name: actor.aliases for actor in event.who}
    assert "GNN" not in names
    assert "GNN" in names["National Guard of Niger"]


def test_a_role_told_after_a_date_is_the_role_not_the_date() -> None:
    event = summarise.brief(
        [
            {
                "text": "The head of the prison service resigned on Friday, after the suspension "
                "on Thursday of the prison's director, Seyni Abdou Garba."
            },
            {"text": "Seyni Abdou Garba denied any negligence on Thursday."},
        ],
        engine="extractive",
    )
    (garba,) = [actor for actor in event.who if actor.name == "Seyni Abdou Garba"]
    assert garba.role is not None and "Thursday" not in garba.role


def test_a_dateline_near_a_place_is_that_place_and_a_byline_is_no_place() -> None:
    event = summarise.brief(
        [
            {
                "text": "NEAR BAKHMUT, Ukraine, May 3 (Reuters) - Artillery fire continued on "
                "Saturday, Ukrainian commander Oleksandr Syrskyi said."
            },
            {
                "text": "KOFI MENSAH, Ghana - Floods hit Accra on Saturday, the national "
                "disaster agency said."
            },
        ],
        engine="extractive",
    )
    places = {place.name for place in event.where}
    assert "Bakhmut" in places and "Near Bakhmut" not in places
    assert "Kofi Mensah" not in places


def test_a_town_carried_on_by_more_words_is_another_place() -> None:
    # "Lilongwe City South East" is a constituency: the city is Lilongwe
    event = summarise.brief(
        [
            {
                "text": "LILONGWE, Feb 17 (Reuters) - Police fired tear gas at protesters in "
                "Lilongwe on Tuesday. Lewis Kasungu, Member of Parliament for Lilongwe City "
                "South East, said the vote was a robbery."
            },
            {"text": "Protesters gathered outside parliament in Lilongwe, police there said."},
        ],
        engine="extractive",
    )
    assert event.where[0].name == "Lilongwe", [place.name for place in event.where]


def test_a_street_named_after_a_person_is_a_place() -> None:
    kinds = _kinds(
        [
            "The teenager was shot at a traffic stop on boulevard Henri-Barnier in the 15th "
            "arrondissement, prosecutors said.",
            "Flowers were laid on boulevard Henri-Barnier on Wednesday.",
            "The march left from boulevard Henri-Barnier, where he was shot, at noon.",
        ]
    )
    assert kinds.get("Henri-Barnier") == "place"


def test_a_name_after_a_title_of_something_set_off_by_a_comma_is_a_person() -> None:
    kinds = _kinds(
        [
            "Speaking in Lokoja on Friday, the Commissioner of Police, Bello Garba, said both "
            "men were being questioned.",
        ]
    )
    assert kinds.get("Bello Garba") == "person"


def test_a_towns_own_site_and_body_are_neither_people_nor_the_town() -> None:
    """ "Hamburg's Hauptbahnhof" is a site of the town, not a person; the "Hamburg
    Bürgerschaft" is a body of the town and does not take the town's name from it."""
    event = summarise.brief(
        [
            {
                "text": "HAMBURG, Germany - A man attacked commuters at Hamburg's Hauptbahnhof "
                "on Tuesday, police in Hamburg said. Hamburg's Hauptbahnhof is Germany's "
                "busiest station."
            },
            {
                "text": "The attack at Hamburg's Hauptbahnhof shocked Hamburg. The opposition "
                "in the Hamburg Bürgerschaft demanded a special session, police spokesman "
                "Holger Stade said."
            },
        ],
        engine="extractive",
    )
    assert "Hauptbahnhof" not in [actor.name for actor in event.who]
    assert event.where[0].name == "Hamburg"


def test_a_person_owned_by_a_country_stays_a_person() -> None:
    event = summarise.brief(
        [
            {"text": "Germany's Angela Merkel met France's Macron on Monday in Paris."},
            {"text": "Germany's Angela Merkel said the talks had gone well, officials said."},
        ],
        engine="extractive",
    )
    assert "Angela Merkel" in [actor.name for actor in event.who]


def test_a_portfolio_of_several_words_is_the_whole_role() -> None:
    """ "Industry, Energy and Mining Minister Andrés Carmelo" is the minister of all three, not
    the "Mining Minister"; a list of people joined by "and" is still no role."""
    from summarise.extractive.names import _role

    def role(sentence: str, name: str) -> str | None:
        begin = sentence.index(name)
        return _role(sentence, begin, begin + len(name))

    assert (
        role("Industry, Energy and Mining Minister Andrés Carmelo said so.", "Andrés Carmelo")
        == "Industry, Energy and Mining Minister"
    )
    assert (
        role("London Mayor Boris Johnson and Transport Secretary Ann Lee met.", "Ann Lee")
        == "Transport Secretary"
    )
    listed = role("Britain, France and Germany Foreign Minister Ann Lee said.", "Ann Lee") or ""
    assert "Britain" not in listed and "France" not in listed
    assert (
        role("Ruto, Museveni and Tanzanian President Samia Hassan met.", "Samia Hassan")
        == "Tanzanian President"
    )
    assert (
        role("Roads and Transport Cabinet Secretary Davis Chirchir said.", "Davis Chirchir")
        == "Roads and Transport Cabinet Secretary"
    )


def test_what_a_person_heads_or_runs_is_their_role() -> None:
    from summarise.extractive.names import _role

    def role(sentence: str, name: str) -> str | None:
        begin = sentence.index(name)
        return _role(sentence, begin, begin + len(name))

    assert (
        role(
            "Enrico Lo Bue, who heads the coast guard's Sicilian directorate, said.",
            "Enrico Lo Bue",
        )
        == "head of the coast guard's Sicilian directorate"
    )
    assert role("Kumari Gurung, who runs a tea shop in Kaskikot, said.", "Kumari Gurung") == (
        "runs a tea shop in Kaskikot"
    )
    assert role("Ann Lee, who lives in Kaskikot, said.", "Ann Lee") is None


def _entities(*texts: str) -> list[Entity]:
    evidence = build_evidence(
        load_articles([{"text": text, "published": "2026-02-20"} for text in texts]).articles
    )
    return collect_entities(evidence)


def entity_names(*texts: str) -> set[str]:
    return {entity.name for entity in _entities(*texts)}


def entity_kinds(*texts: str) -> dict[str, str]:
    """The kind of each name; a name read two ways keeps its most mentioned."""
    kinds: dict[str, tuple[int, str]] = {}
    for entity in _entities(*texts):
        count = len(entity.mentions)
        if entity.name not in kinds or count > kinds[entity.name][0]:
            kinds[entity.name] = (count, entity.kind)
    return {name: kind for name, (_, kind) in kinds.items()}


def entity_roles(*texts: str) -> dict[str, str]:
    return {entity.name: entity.role for entity in _entities(*texts) if entity.role}


def test_a_body_whose_name_joins_two_things_is_one_body() -> None:
    names = entity_names(
        "Nkana Water Supply and Sanitation Company (NWSC) shut its intake on Tuesday. Nkana "
        "Water Supply and Sanitation Company said pumping would resume when tests allowed.",
        "The Ministry of Green Economy and Environment ordered an audit of every dam.",
    )
    assert "Nkana Water Supply and Sanitation Company" in names
    assert "Sanitation Company" not in names
    assert "Ministry of Green Economy and Environment" in names


def test_the_towns_of_a_list_are_places() -> None:
    kinds = entity_kinds(
        "Kitwe and the nearby towns of Kalulushi and Chambishi have been without piped water "
        "since Tuesday evening.",
        "Kitwe has been without piped water since Tuesday evening, along with the neighbouring "
        "towns of Kalulushi and Chambishi, after the water utility shut its intake.",
        "Managing director Bernard Chisanga said the utility could not yet give a date for "
        "restoring supply to Kitwe, Kalulushi and Chambishi.",
        "The utility has deployed 24 water bowsers in Kitwe, Kalulushi and Chambishi.",
        "The other zones as well as the towns of Kalulushi and Chambishi must wait still some "
        "days, according to the company.",
        "Supply to Kalulushi and Chambishi resumed on Monday morning.",
    )
    assert kinds.get("Kalulushi") == "place"


def test_a_country_that_only_is_something_does_not_act() -> None:
    entities = _entities(
        "Zambia is Africa's second-biggest copper producer, and the government has set a target "
        "of raising output.",
        "CHINGOLA, Zambia, Feb 17 (Reuters) - A dam burst on Tuesday. Zambia is Africa's "
        "second-biggest copper producer, and the government has set a target of raising output.",
        "Zambia is Africa's second-biggest copper producer, and the government has set a target "
        "of raising output.",
    )
    assert [e.kind for e in entities if e.name == "Zambia"] == ["place"]


def test_roles_of_trades_and_two_word_portfolios() -> None:
    roles = entity_roles(
        "Green Economy and Environment Minister Elias Simwanza toured the site on Thursday.",
        "Nelson Kaoma, a geotechnical engineering lecturer at the Copperbelt University, said "
        "rain alone rarely brings down a dam.",
        "Copperbelt chairperson Joseph Mpika said farmers lost their crops.",
    )
    assert roles["Elias Simwanza"] == "Green Economy and Environment Minister"
    assert roles["Nelson Kaoma"].startswith("a geotechnical engineering lecturer")
    assert roles["Joseph Mpika"] == "Copperbelt chairperson"


def test_a_cut_of_a_canal_is_a_place_not_an_actor() -> None:
    kinds = entity_kinds(
        "A container ship lost power and ran aground in the Panama Canal's Culebra Cut before "
        "dawn on Tuesday, blocking the narrowest stretch of the waterway.",
        "The Culebra Cut stayed closed on Wednesday as salvage crews worked, the authority said.",
        "Ships waited at both ends of the Culebra Cut.",
    )
    assert kinds["Culebra Cut"] == "place"  # the model reads it as a person
