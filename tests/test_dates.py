from datetime import date

import pytest

from summarise.dates import find_time_expressions, parse_date

THURSDAY = date(2024, 2, 8)


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        ("2024-02-08", date(2024, 2, 8)),
        ("The Guardian-Feb8th2024", date(2024, 2, 8)),
        ("Thursday, July 14, 2005", date(2005, 7, 14)),
        ("8 February 2024", date(2024, 2, 8)),
        ("Feb. 8, 2024", date(2024, 2, 8)),
    ],
)
def test_header_dates(header: str, expected: date) -> None:
    assert parse_date(header) == expected


@pytest.mark.parametrize("text", ["", "May 2024", "February 31, 2024", "no date here"])
def test_strings_without_a_full_date(text: str) -> None:
    assert parse_date(text) is None


@pytest.mark.parametrize(
    ("sentence", "wording", "iso"),
    [
        ("On Wednesday evening, a commander was killed.", "On Wednesday evening", "2024-02-07"),
        ("The strike late on Wednesday hit a car.", "late on Wednesday", "2024-02-07"),
        ("He said on Thursday that talks would end.", "on Thursday", "2024-02-08"),
        ("Talks began last month.", "last month", "2024-01"),
        ("A series of strikes last week killed 40.", "last week", "2024-W05"),
        ("It happened three days ago.", "three days ago", "2024-02-05"),
        ("The January 27 attack killed three.", "January 27", "2024-01-27"),
        ("Talks will resume on February 11.", "February 11", "2024-02-11"),
        ("Troops arrived in December.", "December", "2023-12"),
        ("He said the plant would close in May.", "May", "2024-05"),
        ("He said talks would resume on Monday.", "on Monday", "2024-02-12"),
        ("It would have opened in May.", "May", "2023-05"),
        ("IS overran Mosul in 2014.", "2014", "2014"),
        ("Bombs hit London yesterday.", "yesterday", "2024-02-07"),
        # "last" is never the day before (that is "Wednesday" or "yesterday"), nor the day itself
        ("The fault began last Wednesday.", "last Wednesday", "2024-01-31"),
        ("The fault began last Thursday.", "last Thursday", "2024-02-01"),
        ("The fault began last Tuesday.", "last Tuesday", "2024-02-06"),
    ],
)
def test_relative_and_partial_dates_resolve_against_the_reference(
    sentence: str, wording: str, iso: str
) -> None:
    found = find_time_expressions(sentence, THURSDAY)
    assert [(e.text, e.iso) for e in found] == [(wording, iso)]
    assert sentence[found[0].start : found[0].end] == wording


def test_relative_dates_without_a_reference_stay_unresolved() -> None:
    (expression,) = find_time_expressions("It happened on Wednesday.", None)
    assert expression.iso is None and expression.text == "on Wednesday"


def test_a_day_written_with_of_before_its_year_keeps_its_year() -> None:
    """Translated Spanish and Portuguese write "1 February of 2022": the year is that one, not
    the report's."""
    (found,) = find_time_expressions(
        "In 1 February of 2022, an attack on the palace left 11 dead.", date(2027, 3, 10)
    )
    assert (found.text, found.iso) == ("1 February of 2022", "2022-02-01")


def test_a_year_or_month_that_opens_the_sentence_is_a_date() -> None:
    found = {
        text: [(e.text, e.iso) for e in find_time_expressions(text, date(2026, 10, 13))]
        for text in (
            "In 2021, a tower on the same road collapsed.",
            "Since 2019 the plant has been closed.",
            "In March the plant closed.",
            "In June of that year, the fire killed 66 people.",
        )
    }
    assert found["In 2021, a tower on the same road collapsed."] == [("2021", "2021")]
    assert found["Since 2019 the plant has been closed."] == [("2019", "2019")]
    assert found["In March the plant closed."] == [("March", "2026-03")]
    assert found["In June of that year, the fire killed 66 people."] == []  # whose year?


def test_a_month_in_the_clause_of_a_named_year_is_that_year_s() -> None:
    def months(text: str) -> list[str | None]:
        found = find_time_expressions(text, date(2024, 5, 12))
        return [e.iso for e in found if e.kind == "bare_month"]

    assert months("A fire in 2017 killed 66 people in Pedrógão Grande in June.") == ["2017-06"]
    # not past a clause, after a year something counts from, or a named event's year
    assert months("The plant, which opened in 2015, was shut in March.") == ["2024-03"]
    assert months("The team has not lost since 2019 and won again in April.") == ["2024-04"]
    assert months("Unlike the 2012 outbreak, cases this year began rising in March.") == ["2024-03"]
    found = find_time_expressions("On 12 May, of 2000 passengers, 40 were hurt.", date(2024, 5, 20))
    assert (found[0].text, found[0].iso) == ("12 May", "2024-05-12")
