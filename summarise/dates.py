"""Dates as news writes them: header dates, absolute dates in text, and relative expressions.

Relative expressions ("on Wednesday", "last month", "two days ago") are resolved against a
reference date, normally the article's own publication date. Results are ISO-8601 strings at the
precision the text gives: `2024-02-07`, `2024-01` (a month), `2024-W05` (a week), `2014` (a year).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from .numbers import parse_count

MONTHS = {
    name: number
    for number, names in enumerate(
        [
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ],
        start=1,
    )
    for name in names
}
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")

_MONTH = (
    r"(?P<month>Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|June?|July?"
    r"|Aug(?:ust|\.)?|Sep(?:tember|t\.?|\.)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?)"
)
_WEEKDAY = r"(?P<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_ORDINAL = r"(?:st|nd|rd|th)?"
_PART_OF_DAY = r"(?:\s+(?:morning|afternoon|evening|night))?"

_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("iso", re.compile(r"\b(?P<year>\d{4})-(?P<mnum>\d{2})-(?P<day>\d{2})\b")),
    (
        "month_day",
        re.compile(
            rf"(?:\b{_WEEKDAY},?\s+)?\b{_MONTH}\s*(?P<day>\d{{1,2}}){_ORDINAL}"
            rf"(?:,?\s*(?P<year>(?:19|20)\d{{2}}))?(?![\d])"
        ),
    ),
    (
        "day_month",
        re.compile(
            rf"(?:\b{_WEEKDAY},?\s+)?\b(?P<day>\d{{1,2}}){_ORDINAL}\s+(?:of\s+)?{_MONTH}"
            rf"(?:,?\s*(?P<year>(?:19|20)\d{{2}}))?(?![\d\w])"
        ),
    ),
    ("month_year", re.compile(rf"\b{_MONTH}\s+(?P<year>(?:19|20)\d{{2}})\b")),
    (
        "weekday",
        re.compile(
            rf"\b(?:(?P<modifier>last|this|next|late on|early on|late|early|on)\s+)?"
            rf"{_WEEKDAY}{_PART_OF_DAY}\b",
            re.IGNORECASE,
        ),
    ),
    (
        "relative_day",
        re.compile(r"\b(?P<word>yesterday|today|tonight|last night|this morning)\b", re.I),
    ),
    (
        "relative_period",
        re.compile(
            r"\b(?P<which>last|this|next|earlier this|later this)\s+(?P<unit>week|month|year)\b",
            re.I,
        ),
    ),
    (
        "ago",
        re.compile(
            r"\b(?P<count>\d+|one|two|three|four|five|six|seven|eight|nine|ten|a|an)\s+"
            r"(?P<unit>day|week|month|year)s?\s+(?:ago|earlier)\b",
            re.I,
        ),
    ),
    (
        "bare_month",
        re.compile(
            rf"\b(?:in|since|from|until|by|early|late|mid-?|since early)\s+{_MONTH}\b(?!\s*\d)"
        ),
    ),
    ("year", re.compile(r"\b(?:in|since|from|until|by|of)\s+(?P<year>(?:19|20)\d{2})\b")),
]


@dataclass(frozen=True, slots=True)
class TimeExpression:
    """A time expression found in a text: where it is, how it reads, what it resolves to."""

    start: int
    end: int
    text: str
    iso: str | None
    kind: str


def parse_date(text: str) -> date | None:
    """A calendar date from a header-like string, e.g. '2024-02-08', 'The Guardian-Feb8th2024',
    'Thursday, July 14, 2005', '8 February 2024'. None if there is no full date."""
    for expression in find_time_expressions(text, reference=None):
        if expression.iso and len(expression.iso) == 10:
            return date.fromisoformat(expression.iso)
    return None


def find_time_expressions(text: str, reference: date | None) -> list[TimeExpression]:
    """Every time expression in `text`, leftmost first, resolved against `reference`."""
    found: list[TimeExpression] = []
    taken: list[tuple[int, int]] = []
    for kind, pattern in _PATTERNS:
        for match in pattern.finditer(text):
            start, end = match.span()
            if any(start < t_end and t_start < end for t_start, t_end in taken):
                continue
            iso = _resolve(kind, match, reference)
            if kind in {"bare_month", "year"}:  # keep the preposition out of the quoted text
                start = match.start("month") if kind == "bare_month" else match.start("year")
            if (
                kind in {"iso", "month_day", "day_month"}
                and iso is None
                and (reference is None or not _is_calendar_day(kind, match))
            ):
                continue  # e.g. "February 31"; a real day past year 9999 stays, undated
            taken.append((start, end))
            found.append(TimeExpression(start, end, text[start:end], iso, kind))
    found.sort(key=lambda expression: expression.start)
    return found


def _is_calendar_day(kind: str, match: re.Match[str]) -> bool:
    """Whether the day exists in some year (not "February 31", "2023-02-29")."""
    groups = match.groupdict()
    try:
        month = int(groups["mnum"]) if kind == "iso" else _month_number(groups["month"])
        date(int(groups["year"]) if groups.get("year") else 2000, month, int(groups["day"]))
    except ValueError:
        return False
    return True


def _month_number(token: str) -> int:
    return MONTHS[token.lower().rstrip(".")]


def _resolve(kind: str, match: re.Match[str], reference: date | None) -> str | None:
    """The ISO string an expression stands for; None when it cannot be resolved, including
    arithmetic that leaves the calendar (years 1-9999): "1000000 days ago", "yesterday" on
    0001-01-01, "next week" on 9999-12-31."""
    try:
        iso = _resolve_unchecked(kind, match.groupdict(), reference)
    except (ValueError, OverflowError):  # date() out of range, timedelta too large
        return None
    return iso if iso is None or _in_calendar(iso) else None


def _in_calendar(iso: str) -> bool:
    """Whether a year, month, week or day string has a year of 0001-9999 (four digits)."""
    year = iso.split("-", 1)[0]
    return len(year) == 4 and year.isdigit() and year != "0000"


def _resolve_unchecked(kind: str, groups: dict[str, str], reference: date | None) -> str | None:
    if kind == "iso":
        return date(int(groups["year"]), int(groups["mnum"]), int(groups["day"])).isoformat()
    if kind in {"month_day", "day_month"}:
        month, day = _month_number(groups["month"]), int(groups["day"])
        if groups.get("year"):
            return date(int(groups["year"]), month, day).isoformat()
        if reference is None:
            return None
        return _nearest_year(reference, month, day).isoformat()
    if kind == "month_year":
        return f"{int(groups['year']):04d}-{_month_number(groups['month']):02d}"
    if kind == "year":
        return groups["year"]
    if reference is None:
        return None
    if kind == "bare_month":
        month = _month_number(groups["month"])
        year = reference.year if month <= reference.month else reference.year - 1
        return f"{year:04d}-{month:02d}"
    if kind == "weekday":
        return _weekday(reference, groups["weekday"].lower(), (groups["modifier"] or "").lower())
    if kind == "relative_day":
        word = groups["word"].lower()
        back = 1 if word in {"yesterday", "last night"} else 0
        return (reference - timedelta(days=back)).isoformat()
    if kind == "relative_period":
        return _period(reference, groups["which"].lower(), groups["unit"].lower())
    if kind == "ago":
        count = parse_count(groups["count"].lower())
        unit = groups["unit"].lower()
        if unit == "day":
            return (reference - timedelta(days=count)).isoformat()
        if unit == "week":
            return _iso_week(reference - timedelta(weeks=count))
        if unit == "month":
            return _month(reference.year * 12 + reference.month - 1 - count)
        return f"{reference.year - count:04d}"
    return None


def _month(month_index: int) -> str:
    """'YYYY-MM' of a month counted from year 0 (a negative year stays visibly out of range)."""
    return f"{month_index // 12:04d}-{month_index % 12 + 1:02d}"


def _nearest_year(reference: date, month: int, day: int) -> date:
    """The date with that month and day closest to `reference` (news rarely looks far ahead)."""
    candidate = date(reference.year, month, day)
    if (candidate - reference).days > 183:
        return date(reference.year - 1, month, day)
    if (reference - candidate).days > 183:
        return date(reference.year + 1, month, day)
    return candidate


def _weekday(reference: date, weekday: str, modifier: str) -> str:
    target = WEEKDAYS.index(weekday)
    if modifier == "next":
        ahead = (target - reference.weekday()) % 7 or 7
        return (reference + timedelta(days=ahead)).isoformat()
    back = (reference.weekday() - target) % 7
    if modifier == "last" and back == 0:
        back = 7
    return (reference - timedelta(days=back)).isoformat()


def _iso_week(day: date) -> str:
    year, week, _ = day.isocalendar()
    return f"{year:04d}-W{week:02d}"


def _period(reference: date, which: str, unit: str) -> str:
    shift = {"last": -1, "next": 1}.get(which, 0)
    if unit == "week":
        return _iso_week(reference + timedelta(weeks=shift))
    if unit == "month":
        return _month(reference.year * 12 + reference.month - 1 + shift)
    return f"{reference.year + shift:04d}"
