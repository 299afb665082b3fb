"""`when`: each kind of date error on short hand-written reports, and how a timeline is shown."""

from __future__ import annotations

import re
from datetime import date

import summarise
from summarise.dates import find_durations, find_time_expressions, human_date, sort_key
from summarise.evidence import EvidenceSet, build_evidence
from summarise.extractive.when import dated_sentences, event_date, extract_when
from summarise.ingest import load_articles
from summarise.rendering import render_markdown
from summarise.schema import EventBrief, Grounding, Provenance, Source, TimeRef

FRIDAY = date(2007, 3, 23)


def evidence_of(*reports: str | tuple[str, str | None]) -> EvidenceSet:
    """Reports as text (published 2007-03-23) or (text, published)."""
    records = [
        {"text": r, "published": "2007-03-23"}
        if isinstance(r, str)
        else {"text": r[0], "published": r[1]}
        for r in reports
    ]
    return build_evidence(load_articles(records).articles)


def when_of(evidence: EvidenceSet) -> list[TimeRef]:
    times = extract_when(evidence, dated_sentences(evidence))
    texts = {article.id: article.text for article in evidence.articles}
    for time in times:  # every citation slices back exactly
        for c in time.citations:
            assert texts[c.source_id][c.start : c.end] == c.quote
    return times


def by_date(times: list[TimeRef]) -> dict[str | None, TimeRef]:
    return {time.date: time for time in times}


def times_on(day: str, *reports: tuple[str, str]) -> list[str]:
    """The `when` entries a brief of (published, text) reports gives for `day`, as shown."""
    event = summarise.brief(
        [{"published": published, "text": text} for published, text in reports],
        engine="extractive",
    )
    return [entry.text for entry in event.when if entry.date == day]


def described_on(day: str, *reports: tuple[str, str]) -> list[str]:
    """What the `when` entries of a brief of (published, text) reports say happened on `day`."""
    event = summarise.brief(
        [{"published": published, "text": text} for published, text in reports],
        engine="extractive",
    )
    return [entry.describes for entry in event.when if entry.date == day]


def resolved(sentence: str, reference: date = FRIDAY) -> list[tuple[str, str | None]]:
    return [(e.text, e.iso) for e in find_time_expressions(sentence, reference)]


# --- resolving against the right reference ---------------------------------------------------


def test_a_weekday_is_before_the_report_in_the_past_tense_and_after_it_in_the_future() -> None:
    assert resolved("The council voted on Saturday.") == [("on Saturday", "2007-03-17")]
    assert resolved("The council will vote on Saturday.") == [("on Saturday", "2007-03-24")]
    assert resolved("On Saturday, the council will vote.") == [("On Saturday", "2007-03-24")]
    # the day something was said, even when what was said is about the future
    assert resolved("Iran said on Saturday it will free them.") == [("on Saturday", "2007-03-17")]


def test_the_eve_of_a_day_is_the_day_before_it() -> None:
    sentence = "The boats were seized on the eve of Saturday's expected vote on sanctions."
    assert resolved(sentence) == [("on the eve of Saturday", "2007-03-23")]
    assert resolved("Two days after March 3, the talks resumed.") == [
        ("Two days after March 3", "2007-03-05")
    ]


def test_next_day_counts_from_the_date_given_before_it_in_the_paragraph() -> None:
    evidence = evidence_of(
        "Fishermen were seized off the coast on March 3. The next day, the navy searched the "
        "bay.\n\nThree days later, the fishermen were freed."
    )
    found = {d.expression.text: d.expression.iso for d in dated_sentences(evidence)}
    assert found["The next day"] == "2007-03-04"
    assert found["Three days later"] is None  # a new paragraph gives it no date to count from


def test_a_report_without_a_date_line_uses_the_date_that_opens_its_text() -> None:
    evidence = evidence_of(
        ("Saturday, March 26, 2005 More women than men died, figures released today show.", None),
        ("Aid pledges rose again on Saturday.", "2005-01-01"),
    )
    found = {
        (d.ref.source_id, d.expression.text): d.expression.iso for d in dated_sentences(evidence)
    }
    assert found[("S1", "today")] == "2005-03-26"


def test_kinds_of_day_and_names_are_not_dates() -> None:
    assert resolved("Many women were at home on a Sunday morning.") == []
    assert resolved("The torch of 2008 Summer Olympics reached Paris.") == []


# --- the event's own date ----------------------------------------------------------------------


def test_event_date_is_the_day_most_sources_give_to_what_happened() -> None:
    evidence = evidence_of(
        "A bridge collapsed in Foo on Monday, killing four people.",
        "The bridge in Foo collapsed on Monday evening.",
        "The mayor said on Thursday that the bridge would be rebuilt.",
    )
    assert event_date(evidence, dated_sentences(evidence)) == date(2007, 3, 19)
    times = when_of(evidence)
    assert times[0].date == "2007-03-19"  # the event's date comes first


def test_the_event_day_is_the_day_reports_lead_with_not_the_day_of_its_background() -> None:
    evidence = evidence_of(
        (
            "The government collapsed on Thursday after losing a Senate vote. The crisis began "
            "on Monday, when the junior partner quit. Its revolt started on Monday after talks "
            "failed.",
            "2014-11-20",
        ),
        (
            "The coalition government collapsed on Thursday in the Senate. The crisis began on "
            "Monday with the partner's walk-out. Talks broke down on Monday night.",
            "2014-11-21",
        ),
        (
            "Bonds fell as investors weighed the crisis. The revolt started on Monday. Senators "
            "began to defect on Monday.",
            "2014-11-21",
        ),
    )
    # Monday is given more often; Thursday is what the reports lead with.
    assert event_date(evidence, dated_sentences(evidence)) == date(2014, 11, 20)


# --- what each entry says happened -------------------------------------------------------------


def test_a_date_describes_the_clause_it_belongs_to_not_the_later_statement() -> None:
    evidence = evidence_of(
        (
            "Iran's security council has announced that it will suspend the release of the "
            "sailors detained on March 23.",
            "2007-03-29",
        ),
        ("The sailors were captured by border guards on March 23 near the waterway.", None),
    )
    entry = by_date(when_of(evidence))["2007-03-23"]
    assert entry.describes == "The sailors were captured by border guards near the waterway."


def test_a_date_on_a_noun_describes_that_noun_phrase() -> None:
    evidence = evidence_of(
        (
            "Two inquiries into the seizure of the sailors in March 2007 have found failings in "
            "training.",
            "2007-06-19",
        )
    )
    times = by_date(when_of(evidence))
    assert times["2007-03"].describes == "The seizure of the sailors"
    # the finding itself is dated by the report that gives it
    assert "inquiries" in times["2007-06-19"].describes


def test_a_lede_with_no_date_is_dated_by_its_report() -> None:
    evidence = evidence_of(
        (
            "Alberto Contador of Spain has won the Tour de France. He won by 23 seconds.",
            "2007-07-29",
        )
    )
    (entry,) = when_of(evidence)
    assert entry.date == "2007-07-29"
    assert entry.describes == "Alberto Contador of Spain has won the Tour de France."


def test_a_possessive_date_leaves_a_whole_phrase() -> None:
    evidence = evidence_of("Saturday's vote on the budget was postponed by the council.")
    (entry,) = when_of(evidence)
    assert entry.describes == "The vote on the budget was postponed by the council."


def test_a_length_of_time_given_by_two_sources_is_kept_as_a_duration() -> None:
    evidence = evidence_of(
        "The crew flew home after thirteen days of captivity in Iran.",
        "He said Britain lied about the incident during the 13 days after their detention.",
    )
    (duration,) = [time for time in when_of(evidence) if time.duration]
    assert duration.duration == "P13D" and duration.date is None
    assert [
        e.text for e in find_durations("A 26-year-old woman will be freed within 10 days.")
    ] == []


def test_a_term_or_a_maturity_is_no_length_of_the_event() -> None:
    assert [e.iso for e in find_durations("He was jailed after a four-day trial.")] == ["P4D"]
    assert find_durations("The gap between 10-year borrowing costs widened to 187 points.") == []
    assert find_durations("She was given a 20-year sentence.") == []


# --- how dates are shown -------------------------------------------------------------------------


def test_readers_see_dates_months_and_weeks_in_words() -> None:
    assert human_date("2007-03-23") == "23 March 2007"
    assert human_date("2007-03") == "March 2007"
    assert human_date("2024-W05") == "week of 29 January 2024"
    assert human_date("P13D") == "13 days"
    assert sort_key("2024-W05") < sort_key("2024-02-01") < sort_key(None)


WHEN = [("2024-02-07", "on Wednesday"), ("2024-W05", "last week"), ("2023-10", "in October")]


def test_markdown_timeline_is_in_date_order_with_no_machine_forms() -> None:
    def time(iso: str | None, text: str) -> TimeRef:
        quote = f"It happened {text}."
        citation = {"source_id": "S1", "quote": quote, "start": 0, "end": len(quote)}
        return TimeRef.model_validate(
            {"text": text, "date": iso, "describes": f"Thing {text}", "citations": [citation]}
        )

    brief = EventBrief(
        headline="Test",
        when=[
            time("2024-02-07", "on Wednesday"),
            time("2024-W05", "last week"),
            time("2023-10", "in October"),
        ],
        sources=[Source(id="S1")],
        provenance=Provenance(engine="extractive", grounding=Grounding(verified=True)),
    )
    markdown = render_markdown(brief)
    assert "**When:** 7 February 2024" in markdown
    timeline = markdown.split("### Timeline")[1].split("###")[0]
    assert [line.split(" — ")[0] for line in timeline.strip().splitlines()] == [
        "- October 2023",
        "- week of 29 January 2024",
        "- 7 February 2024",
    ]
    assert not re.search(r"\d{4}-W\d{2}|\d{4}-\d{2}-\d{2}", markdown)


def test_a_lede_in_the_plain_past_is_dated_by_its_reports_month_not_its_day() -> None:
    # "collapsed" may be the day before the report: only "has collapsed" is the report's day
    evidence = evidence_of(("A bridge collapsed in Foo, killing four people.", "2007-03-23"))
    (entry,) = when_of(evidence)
    assert entry.date == "2007-03" and entry.text == "March 2007"
    assert entry.describes == "A bridge collapsed in Foo, killing four people."
    # on the first of a month, the day before may be last month: no date is claimed
    evidence = evidence_of(("A bridge collapsed in Foo, killing four people.", "2007-04-01"))
    assert when_of(evidence) == []
    # a lede whose verb carries its own date is dated by that date, not by its report
    evidence = evidence_of(("A bridge collapsed on 2 March in Foo, killing four.", "2007-03-23"))
    assert [entry.date for entry in when_of(evidence)] == ["2007-03-02"]


def test_a_timeline_entry_is_not_a_sentence_that_leans_on_the_one_before() -> None:
    import summarise

    dateline = "Thursday, March 13, 2008\n\n"
    event = summarise.brief(
        [
            {"text": dateline + "The minister said the plant would close. He said today it shuts."},
            {
                "text": dateline + "Unions criticised the plan. He said today the workers would "
                "strike, a union leader added."
            },
            {
                "text": dateline + "The plant employs 400 people. Workers walked out today after "
                "the closure was announced."
            },
        ],
        engine="extractive",
    )
    (entry,) = [t.describes for t in event.when if t.date == "2008-03-13"]
    assert not entry.startswith("He ")


def test_a_month_said_to_be_inevitable_is_ahead_of_the_report() -> None:
    expressions = find_time_expressions(
        'He said on Saturday that an early election in March was "inevitable".',
        date(2014, 11, 22),
    )
    assert [(e.text, e.iso) for e in expressions if e.text == "March"] == [("March", "2015-03")]


def test_a_clock_time_does_not_cut_the_clause_that_says_it_is_ahead() -> None:
    expressions = find_time_expressions(
        "The office said he would go to the palace at 10:30 a.m. on Friday to resign.",
        date(2014, 11, 20),
    )
    assert [e.iso for e in expressions if e.text == "on Friday"] == ["2014-11-21"]


def test_a_sinking_is_something_that_happened_on_its_day() -> None:
    evidence = evidence_of(
        ("A crowded ferry capsized on the river on Saturday, police said.", "2017-04-22"),
        (
            "Police said on Sunday they had arrested the master. The minister said on Sunday "
            "that an inquiry would be held. The ferry capsized on Saturday in a storm.",
            "2017-04-23",
        ),
        ("Officials said on Sunday that 31 bodies had been recovered.", "2017-04-23"),
    )
    assert event_date(evidence, dated_sentences(evidence)) == date(2017, 4, 22)


def test_a_past_guess_is_not_ahead_and_a_war_s_length_is_a_duration() -> None:
    (expression,) = find_time_expressions(
        "The crash on Tuesday was likely caused by pilot error.", date(2024, 3, 7)
    )
    assert expression.iso == "2024-03-05"
    (ahead,) = find_time_expressions(
        "Police arrived at 10 p.m. On Friday the council will vote.", date(2024, 3, 7)
    )
    assert ahead.iso == "2024-03-08"
    assert [e.iso for e in find_durations("The 15-year civil war ended in 2002.")] == ["P15Y"]
    assert find_durations("He was given a 12-month sentence.") == []


def test_a_wire_dateline_does_not_cut_what_a_day_tells() -> None:
    evidence = evidence_of(
        (
            "PEZINOK, Slovakia (AP) - A Slovak court on Wednesday again convicted the former "
            "deputy minister of accepting bribes.",
            "2020-06-24",
        ),
    )
    entries = [time for time in when_of(evidence) if time.date == "2020-06-24"]
    assert entries and entries[0].describes.startswith("A Slovak court again convicted")


def test_a_prison_term_is_no_length_of_the_event() -> None:
    assert find_durations("The prosecutor asked the court to jail him for 12 years.") == []
    assert [e.iso for e in find_durations("He was jailed after a four-day trial.")] == ["P4D"]


def one_report(published: str, text: str) -> EventBrief:
    """The offline brief of one report."""
    return summarise.brief([{"published": published, "text": text}], engine="extractive")


def test_a_day_given_by_a_wire_dateline_tells_the_whole_statement_without_it() -> None:
    from summarise.extractive.common import without_dateline

    assert without_dateline("VIRGINIA, South Africa, May 18 (AFP) - The minister spoke.") == (
        "The minister spoke."
    )
    event = one_report(
        "2024-03-06",
        "JOHANNESBURG, March 6 (AP) - South Africa's mining minister on "
        "Wednesday ordered an inquiry into the accident at the Kalkfontein mine.",
    )
    told = [entry.describes for entry in event.when if entry.date == "2024-03-06"]
    assert told and told[0].startswith("South Africa's mining minister"), told


def test_a_day_named_inside_a_quotation_is_not_cut_out_of_it() -> None:
    event = one_report(
        "2018-10-26",
        '"Today we have shown that the spirit of the treaty is alive," Tavares '
        "said after the signing.",
    )
    told = [entry.describes for entry in event.when if entry.date == "2018-10-26"]
    assert told and told[0].startswith('"Today we have shown'), told


def test_a_wire_dateline_does_not_date_a_statement_that_names_its_own_day() -> None:
    event = one_report(
        "2018-10-26",
        "BRASILIA, Oct 26 (Reuters) - Ecuador and Peru signed an agreement late "
        "on Thursday to end a two-week diplomatic crisis over a detained army patrol.",
    )
    days = {entry.date: entry.describes for entry in event.when}
    assert "2018-10-25" in days, days  # Thursday, the day before the report
    assert "2018-10-26" not in days or "signed an agreement" not in days["2018-10-26"], days


def test_an_event_named_by_its_year_is_background_and_no_day_of_the_timeline() -> None:
    from datetime import date as day

    expressions = find_time_expressions(
        "It was among the last districts hit in the 2014-2016 Ebola epidemic.", day(2024, 8, 8)
    )
    assert [(e.text, e.iso) for e in expressions] == [("2014-2016", "2014")]
    assert (
        find_time_expressions("Contador has won the 2007 Tour de France.", day(2007, 7, 29)) == []
    )
    event = one_report(
        "2024-08-05",
        "Cholera has killed nine people in Kambia district, the health ministry "
        "said on Monday. The district was among the last hit in the 2014-2016 Ebola "
        "epidemic, which killed nearly 4,000 people in Sierra Leone.",
    )
    background = {c.count: c.background for c in event.casualties}
    assert background == {9: False, 4000: True}, background
    assert all(not (entry.date or "").startswith("2014") for entry in event.when)


def test_a_week_is_no_entry_of_its_own_when_its_sentence_gives_one_of_its_days() -> None:
    event = one_report(
        "2023-05-18",
        "The minister on Thursday ordered work to stop at the mine where a "
        "rockfall trapped dozens of workers this week. Five more miners were brought "
        "out alive on Thursday.",
    )
    assert [entry.date for entry in event.when] == ["2023-05-18"], event.when


def test_a_day_ahead_is_not_told_by_a_whole_sentence_of_what_was_done() -> None:
    event = one_report(
        "2026-10-13",
        "The council elected a new president on Tuesday. She announced an audit "
        "of all contracts and promised that the local elections would be held as "
        "scheduled on February 14, 2027.",
    )
    ahead = [entry.describes for entry in event.when if entry.date == "2027-02-14"]
    assert not any(text.startswith("She announced") for text in ahead), ahead


def test_review_cases_of_dates_stay_right() -> None:
    """Cases a review of these rules found: a dateline's day stays when the body names a month
    of background, and "the 2000 protesters" is a count, not a year."""
    event = one_report(
        "2024-05-02",
        "NAIROBI, May 2 (Reuters) - Kenyan police shot dead 12 protesters in the capital, the "
        "deadliest crackdown since the disputed election of August 2017, rights groups said.",
    )
    assert "2024-05-02" in [entry.date for entry in event.when]
    assert find_time_expressions("Troops fired on the 2000 protesters.", date(2024, 5, 2)) == []


def test_the_event_has_the_time_of_day_its_reports_give() -> None:
    from summarise.dates import clock_minutes

    assert [clock_minutes(t) for t in ("10:40 p.m.", "1 p.m.", "13:00", "12 a.m.", "25:00")] == [
        1360,
        780,
        780,
        0,
        None,
    ]
    clocks = times_on(
        "2027-03-09",
        (
            "2027-03-09",
            "Soldiers attacked the presidential palace in Bissau at around 13:00 on "
            "Tuesday, the government said. A curfew from 8 p.m. to 6 a.m. was imposed on "
            "Tuesday.",
        ),
        (
            "2027-03-10",
            "The attack on the palace began at about 1 p.m. on Tuesday, witnesses said.",
        ),
    )
    assert any(text in {"around 13:00", "about 1 p.m."} for text in clocks), clocks
    assert not any("8 p.m." in text or "6 a.m." in text for text in clocks), clocks


def test_shortly_before_a_clock_time_is_when_it_happened_but_before_one_is_a_deadline() -> None:
    clocks = times_on(
        "2025-02-11",
        (
            "2025-02-11",
            "A fire broke out shortly before 2 a.m. on Tuesday in a hospital in Iasi. "
            "Visitors must leave before 8 p.m. on Tuesday, the hospital said.",
        ),
    )
    assert "shortly before 2 a.m." in clocks, clocks
    assert not any("8 p.m." in text for text in clocks), clocks


def test_shortly_before_a_time_in_a_plan_or_a_deadline_is_no_time_of_the_event() -> None:
    for text in [
        "Power was cut until shortly before 9 a.m. on Tuesday across the city.",
        "The prime minister is due to visit the site shortly before 3 p.m. on Tuesday.",
        "Residents were told to leave by shortly before 6 p.m. on Tuesday.",
    ]:
        event = summarise.brief([{"published": "2025-03-11", "text": text}], engine="extractive")
        clocks = [entry.text for entry in event.when if "before" in entry.text]
        assert clocks == [], (text, event.when)
    event = summarise.brief(
        [
            {
                "published": "2025-03-11",
                "text": "A bus plunged into a ravine near Nakuru shortly before 6 a.m. on Tuesday, "
                "killing 14 people, police said.",
            }
        ],
        engine="extractive",
    )
    assert "shortly before 6 a.m." in [entry.text for entry in event.when], event.when


def test_a_time_told_first_keeps_the_statement_after_it() -> None:
    from summarise.dates import TimeExpression
    from summarise.extractive.when import describe

    text = (
        "Shortly before 2 a.m. on Tuesday, a fire broke out in the intensive care unit of the "
        "hospital, killing three patients."
    )
    told = describe(text, TimeExpression(0, 21, "Shortly before 2 a.m.", "2025-03-11", "clock"))
    assert "a fire broke out" in told, told


def test_what_a_trailing_said_the_lawyer_reports_is_kept_when_shortened() -> None:
    """The parser hangs the reported words of "..., said the lawyer, X." on "said" as a
    parataxis: the shortened timeline entry keeps them, not "Said the lawyer, X."."""
    times = when_of(
        evidence_of(
            (
                "The suit, filed on Monday at the High Court in Accra, asks the court to declare "
                "that Amartey resigned on March 7 and was never lawfully dismissed, and that the "
                "president breached the Bank of Ghana Act, which allows a governor to be removed "
                "only for specific causes, said the lawyer, Nii Armah Tagoe.",
                "2026-03-17",
            )
        )
    )
    told = [time.describes for time in times]
    assert told and not any(t.lower().startswith("said the lawyer") for t in told), told
    assert any("Amartey resigned" in t for t in told), told
    aside = when_of(
        evidence_of(
            (
                "The fire, officials said, started in the intensive care unit on the third floor "
                "shortly after 1 a.m. on Tuesday, when most of the 120 patients in the building "
                "were asleep and only four nurses and one doctor were on duty in the whole wing.",
                "2025-03-11",
            )
        )
    )
    (day,) = [time for time in aside if time.text == "on Tuesday"]
    assert day.describes.startswith("The fire started in the intensive care unit"), day


def test_a_year_a_comparison_counts_from_is_no_day_of_the_story() -> None:
    times = when_of(
        evidence_of(
            "A ferry sank off Kos on Friday, killing 19 people, the coastguard said, in the "
            "country's deadliest sea accident since 1998.",
            "Nineteen people died when a ferry sank off Kos on Friday, officials said.",
        )
    )
    assert "1998" not in by_date(times)
    assert "2007-03-23" in by_date(times)


def test_a_date_of_an_earlier_event_is_marked_background_and_listed_last() -> None:
    brief = summarise.brief(
        [
            {
                "text": "Two trains collided near Zagreb on Sunday, killing 14 people, police "
                "said. In August 2009, a train derailed near Split and killed six people.",
                "published": "2025-10-19",
            },
            {
                "text": "The death toll from Sunday's collision near Zagreb rose to 16 on "
                "Monday, the ministry said. A derailment near Split in August 2009 killed six.",
                "published": "2025-10-20",
            },
        ],
        engine="extractive",
    )
    dates = [(time.date, time.background) for time in brief.when]
    assert dates[0] == ("2025-10-19", False)
    assert ("2009-08", True) in dates
    assert dates.index(("2009-08", True)) == len([d for d in dates if d[0]]) - 1
    markdown = render_markdown(brief)
    timeline = markdown.split("### Timeline")[1].split("###")[0]
    assert timeline.index("October 2025") < timeline.index("August 2009")
    assert "background, an earlier event" in timeline


def test_a_date_months_before_the_event_given_by_a_report_of_that_time_is_a_step() -> None:
    from summarise.extractive.when import mark_background
    from summarise.schema import Citation

    def time(day: str, source: str) -> TimeRef:
        return TimeRef(
            text=day,
            date=day,
            describes="something happened",
            citations=[Citation(source_id=source, quote="x", start=0, end=1)],
        )

    times = [time("2024-05-09", "S2"), time("2024-01-15", "S1"), time("2020-03-01", "S2")]
    published = {"S1": date(2024, 1, 15), "S2": date(2024, 5, 10)}
    marked = mark_background(times, published)
    assert [(t.date, t.background) for t in marked] == [
        ("2024-05-09", False),
        ("2024-01-15", False),
        ("2020-03-01", True),
    ]
    # a model's timeline whose first day is no day is left as it is, never a crash
    odd = [time("2024-02-31", "S2"), time("2020-03-01", "S2")]
    assert mark_background(odd, published) == odd


def test_a_date_s_statement_never_opens_with_a_relative_clause() -> None:
    """The small model can hang "in which ..." on the year: "In 2002, in which more than 360
    people died" has lost what it is about. (The sentence is from bench/synthetic S20.)"""
    from summarise import nlp
    from summarise.evidence import SentenceRef
    from summarise.extractive.when import DatedSentence, _telling

    text = (
        "Older residents recall the fire on a train at al-Ayyat, south of Cairo, in 2002, in "
        "which more than 360 people died, many of them travelling home for the Eid holiday."
    )
    (year,) = [e for e in find_time_expressions(text, date(2025, 10, 20)) if e.iso == "2002"]
    dated = DatedSentence(year, SentenceRef("S1", 0, len(text), text, 3), 1.0, False)
    told = _telling(nlp.parse([text])[0], dated)
    assert told is not None and not re.match(r"(?i)(?:in 2002, )?in which", told[1]), told


def test_a_clock_time_told_just_after_the_event_s_day_is_that_day_s_but_a_departure_is_not() -> (
    None
):
    clocks = times_on(
        "2026-05-16",
        (
            "2026-05-17",
            "The toll in Saturday's bus accident near Foo rose to 17 by late night. "
            "The bus had left Rampur at around 9.30 am for Kullu. At about 3.45 pm, it "
            "failed to take a hairpin bend and rolled into the gorge.",
        ),
        (
            "2026-05-17",
            "A bus plunged into a gorge near Foo on Saturday, killing 17 people, police said.",
        ),
    )
    assert "about 3.45 pm" in clocks, clocks
    assert not any("9.30" in text for text in clocks), clocks


def test_a_clock_time_after_the_event_s_day_for_something_else_is_not_the_event_s() -> None:
    clocks = times_on(
        "2026-05-16",
        (
            "2026-05-17",
            "A bus plunged into a gorge near Foo on Saturday, killing 17 people. The "
            "district collector told a press conference at 4 pm that an inquiry was ordered. "
            "Rescue teams arrived at 6 am.",
        ),
    )
    assert not any("4 pm" in text or "6 am" in text for text in clocks), clocks


def test_a_day_the_parse_hangs_on_a_place_tells_what_happened_there_not_the_place() -> None:
    """ "killed a worker at the city's main station on Tuesday": the day is the killing's, told
    as a statement, never the fragment "The city's main station"; a day hung on an occasion
    ("an attack at the station on Tuesday", "the time trial on Saturday") is the occasion's."""
    told = described_on(
        "2026-02-17",
        (
            "2026-02-19",
            "Prosecutors believe the man who killed a railway worker at the city's main station "
            "on Tuesday was in an acute psychotic state.",
        ),
    )
    assert told and not any(t.startswith("The city's main station") for t in told), told
    assert "killed a railway worker" in told[0]
    told = described_on(
        "2026-02-17",
        (
            "2026-02-18",
            "A railway employee stabbed in an attack at the city's main station on Tuesday has "
            "died of his wounds, police said.",
        ),
    )
    assert told == ["An attack at the city's main station"], told


def test_a_phrase_the_parse_cuts_inside_a_name_is_not_an_entry() -> None:
    evidence = evidence_of(
        (
            "Brazil's federal government said on Monday it would release 48 million reais in "
            "emergency aid to three towns in Rio Grande do Sul state hit by a tornado last week.",
            "2026-09-21",
        )
    )
    described = [time.describes for time in when_of(evidence)]
    assert described and not [d for d in described if d.startswith("Sul ")]
