"""Dates as news writes them: header dates, absolute dates in text, and relative expressions.

Relative expressions ("on Wednesday", "last month", "two days ago") are resolved against a
reference date, normally the article's own publication date; anaphoric ones ("the next day",
"two days later") against the last day-precise date before them in the same text, or the
`anchor` the caller gives (an explicit date earlier in the paragraph), and stay unresolved
without one. Results are ISO-8601 strings at the precision the text gives: `2024-02-07`,
`2024-01` (a month), `2024-W05` (a week), `2014` (a year); durations ("thirteen days of
captivity") as `P13D`. These are machine forms: `human_date` is what a reader is shown.

dateparser was weighed for the arithmetic and left out: under its 'past' preference "Thursday"
read on a Thursday is the Thursday before (news means that day), it has no reading for "the eve
of", "the day before" or "a week earlier", and its first call costs a quarter of a second.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from functools import lru_cache
from itertools import pairwise

from .numbers import parse_count
from .segment import GOES_ON_WITH_A_TIME

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
MONTH_NAMES = (
    "January February March April May June July August September October November December"
).split()
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
# The words that name a day of the week a story is told in.
DAYS_OF_THIS_WEEK = frozenset((*WEEKDAYS, "today", "yesterday", "tonight"))
# A day told before the one who speaks: "On Wednesday the AER estimated", "informed on Friday
# the spokesman of MSZ" (the day is when, not who).
WHEN_BEFORE_WHO = re.compile(
    rf"^(?:on|late|early|earlier|later)\s+(?:on\s+)?(?:{'|'.join(WEEKDAYS)})"
    r"(?:\s+(?:morning|afternoon|evening|night))?,?\s+",
    re.IGNORECASE,
)

_MONTH = (
    r"(?P<month>Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|June?|July?"
    r"|Aug(?:ust|\.)?|Sep(?:tember|t\.?|\.)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?)"
)
_WEEKDAY = r"(?P<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_ORDINAL = r"(?:st|nd|rd|th)?"
_PART_OF_DAY = r"(?:\s+(?:morning|afternoon|evening|night))?"
_COUNT = (
    r"(?P<count>\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|"
    r"fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|a|an)"
)

# Words of an earlier disaster that a year and a name may open: "the 2004 Asian tsunami" (not
# what may still go on: "the 2025 Kasai outbreak has killed 212").
_DISASTERS = (
    r"(?:disaster|tragedy|catastrophe|accident|incident|crash|spill|fires?|wildfires?|"
    r"bushfires?|floods?|earthquake|quake|tsunami|eruption|storm|cyclone|hurricane|typhoon|"
    r"landslide|avalanche|explosion|blast|collapse|attacks?|bombings?|shooting|massacre|riots?|"
    r"die-off|sinking|derailment|blowout|escape|breakout|stampede|crush|outbreak|epidemic|"
    r"pandemic)"
)
# Disasters that last for months and run across a new year: "a 2019 nationwide outbreak" is
# an earlier event only when its year is this many years or more before the report (not "a
# 2025 dengue epidemic that has not let up", told in January 2026).
_A_LASTING_EVENT = re.compile(r"\s+(?:[\w\-]+\s+)?(?:outbreak|epidemic|pandemic)\b", re.I)
OUTBREAK_YEARS_GONE = 2
# Words after such a disaster that tell it goes on now: "a 2024 cholera epidemic that has not
# been brought under control has killed 812", "which is still raging".
_GOES_ON = re.compile(
    r"\b(?:has|have)\s+(?:now\s+)?(?:killed|claimed|infected|sickened)\b|\bstill\b|"
    r"\bongoing\b|\bnot\s+(?:yet\s+)?(?:been\s+)?(?:brought|contained|controlled)\b",
    re.I,
)
GOES_ON_WITHIN = 120
# Nouns a word of disaster qualifies, naming no disaster: "a 2023 national flood plan".
_OF_A_DISASTER = (
    r"(?:plans?|codes?|laws?|rules?|defen[cs]es?|barriers?|insurance|tests?|drills?|season|"
    r"warnings?|alerts?|risks?|maps?|management|prevention|protection|response|zones?|safety)"
)
_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("iso", re.compile(r"\b(?P<year>\d{4})([-/])(?P<mnum>\d{2})\2(?P<day>\d{2})\b")),
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
            # "1 February of 2022", as Spanish and Portuguese write it in translation (not
            # "12 May, of 2000 passengers")
            rf"(?:(?:,?\s*|\s+of\s+)(?P<year>(?:19|20)\d{{2}}))?(?![\d\w])"
        ),
    ),
    ("month_year", re.compile(rf"\b{_MONTH}\s+(?P<year>(?:19|20)\d{{2}})\b")),
    (
        "weekday",
        re.compile(
            rf"\b(?:(?P<modifier>last|this|next|late on|early on|late|early|on)\s+)?"
            rf"{_WEEKDAY}{_PART_OF_DAY}\b"
            # "on Tuesday of last week", "on Friday last week": a day of a named week
            r"(?:,?\s+(?:of\s+)?(?P<week>last|this|next)\s+week\b(?![’']))?",
            re.IGNORECASE,
        ),
    ),
    (
        "relative_day",
        re.compile(
            r"\b(?P<word>yesterday|today|tonight|tomorrow|last night|this morning)"
            r"(?:\s+(?:morning|afternoon|evening|night)(?<!morning\s{1}morning))?\b",
            re.I,
        ),
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
            r"(?P<unit>day|week|month|year)s?\s+ago\b",
            re.I,
        ),
    ),
    (
        "bare_month",
        re.compile(
            # the preposition may open the sentence: "In March", "Since early May"
            # ("since the start of April": the month the span opens in)
            # ("mid-December": the hyphen joins them)
            rf"\b(?:(?i:in|since|from|until|by|early|late|mid-?|since early|"
            rf"the\s+(?:start|beginning|end|middle)\s+of)\s+|(?i:mid)-){_MONTH}\b(?!\s*\d)"
            # "in June of that year", "in March last year": the year is another's, not the
            # report's (which "last year" then gives)
            r"(?!,?\s+(?:of\s+)?(?:that|the\s+same|the\s+previous|the\s+following|last|next)"
            r"\s+year)"
        ),
    ),
    (
        "year",  # "of 2008 Summer Olympics" is a name, not a date
        re.compile(
            # "in 2018", "in the year 2018" (a translation's words)
            r"\b(?:(?i:in|since|from|until|by)\s+(?i:(?:the\s+)?year\s+)?(?P<year>(?:19|20)\d{2})\b"
            # "in early 2024": a part of a year past is that year (not the start of what goes
            # on, "began in late 2025", nor a deadline, "by mid-2028")
            r"|(?<!began\s)(?<!begun\s)(?<!started\s)(?<!erupted\s)(?i:in)\s+"
            r"(?i:early|late|mid)[\s\-]+(?P<part_year>(?:19|20)\d{2})\b"
            r"|of\s+(?P<of_year>(?:19|20)\d{2})\b(?!\s+[A-Z])"
            # "the scenes recalled 1992, when a firedamp explosion killed 263 miners": a year
            # a clause of "when" tells of, after a word
            r"|(?<=[a-z]\s)(?P<when_year>(?:19|20)\d{2})(?=,?\s+when\s))"
        ),
    ),
    (
        # "the 2012 outbreak", "the 2014-2016 Ebola epidemic", "at its 2023 edition": an event
        # of that year, named in passing (background to tell apart, not a day of the
        # timeline); "the 2008 Summer Olympics" is a name
        "event_year",
        re.compile(
            # "a 2010 blast at the San Fernando mine", "a 1995 gas explosion": with "a", only
            # before a word of disaster (one word may come between)
            rf"\b[Aa]n?\s+(?P<a_year>(?:19|20)\d{{2}})(?=\s+(?:[\w\-]+\s+)?{_DISASTERS}\b"
            rf"(?!\s+{_OF_A_DISASTER}\b))"
            r"|\b(?:[Tt]he|its|their)\s+(?P<year>(?:19|20)\d{2})"
            r"(?:(?=\s+[a-z])"
            # with a name between, only before a word of disaster: "the 2022 Oder disaster",
            # "the 2019 Christchurch mosque attacks", "the 1988 Aloha Airlines accident", "the
            # 2024 Alaska Airlines door-plug incident" (not "the 2015 Paris agreement")
            rf"|(?=\s+(?:[A-Z][\w\-]+\s+){{1,2}}(?:[a-z][a-z\-]*\s+)?{_DISASTERS}\b)"
            r"|\s*[-–]\s*(?:19|20)?\d{2}(?=\s+(?:[A-Z][\w\-]+\s+)?[a-z]))"
            # not a count of people: "the 2000 protesters", "the 1500 workers"
            r"(?!\s+(?:[A-Z][\w\-]+\s+)?(?:\w+(?:ers|ors|ists|ians|ants|ents|ees)|people|men|women|"
            r"children|troops|"
            r"police|fans|refugees|migrants|families|villagers|residents|passengers|pilgrims)\b)"
        ),
    ),
]

_MONTH_WORDS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_DIGITS = tuple("0123456789")
# Words one of which is in any text a pattern can match (lower case): a cheap test first.
_TRIGGERS = {
    "iso": _DIGITS,
    "month_day": _MONTH_WORDS,
    "day_month": _MONTH_WORDS,
    "month_year": _MONTH_WORDS,
    "weekday": ("day",),
    "relative_day": ("day", "tonight", "tomorrow", "last night", "this morning"),
    "relative_period": ("week", "month", "year"),
    "ago": ("ago",),
    "bare_month": _MONTH_WORDS,
    "year": _DIGITS,
    "event_year": _DIGITS,
    "anaphoric": ("later", "earlier", "the next ", "the following ", "the previous ",
                  "the preceding ", "that day", "that morning", "that afternoon", "that evening",
                  "that night", "that same", "same day", "day before", "day after"),
}  # fmt: skip
# A clock time in another zone, in brackets, right before a day: "(0000 GMT on Sunday)".
_IN_ANOTHER_ZONE = re.compile(
    r"\(\s*(?P<hour>\d{1,2})[:.]?(?P<minute>\d{2})\s*(?:GMT|UTC|[A-Z]{2,4}T)\s+(?:on\s+)?$"
)
# The local clock time the bracket follows: "8:10 a.m. local time (", "8:40 p.m. Beijing time
# (", "2330 local time (".
_LOCAL_CLOCK_BEFORE = re.compile(r"\.?(?:\s+(?:local|[A-Z][a-z]+)\s+time)?\s*$")
_LOCAL_HOURS = re.compile(
    r"\b(?P<hour>[01]\d|2[0-3])(?P<minute>[0-5]\d)(?=\s+(?:local|[A-Z][a-z]+)\s+time)"
)
HALF_A_DAY = 12 * 60
_DAYS_A_ZONE_MAY_TELL = frozenset({"weekday", "month_day", "day_month"})
_ANY_DAY = re.compile(r"\b(?:a|an|every|each|any|one)\s+$", re.IGNORECASE)
# Anaphoric expressions: they count from a date the text gave before them, not from the day of
# publication ("On March 23 ... The next day ...").
_ANAPHORIC = re.compile(
    r"\b(?:(?P<next>the\s+(?:next|following)\s+(?P<next_unit>day|morning|afternoon|evening|"
    r"night|week|month|year))"
    r"|(?P<previous>the\s+(?:previous|preceding)\s+(?P<previous_unit>day|week|month|year))"
    r"|(?P<before>the\s+day\s+before)(?=\s*[,.;:])|(?P<after>the\s+day\s+after)(?=\s*[,.;:])"
    r"|(?P<same>(?:later|earlier)\s+that\s+(?:day|morning|afternoon|evening|night)|that\s+"
    r"(?:same\s+)?(?:day|morning|afternoon|evening|night)|the\s+same\s+day)"
    rf"|{_COUNT}\s+(?P<unit>day|week|month|year)s?\s+(?P<direction>later|earlier))\b",
    re.IGNORECASE,
)
# Before a date, a shift of it: "on the eve of Saturday's vote", "two days after March 23".
_OFFSET = re.compile(
    r"(?:\bon\s+)?\bthe\s+(?:(?P<eve>eve)\s+of|day\s+(?P<side>before|after))\s+(?:the\s+)?$"
    rf"|\b{_COUNT}\s+(?P<unit>days?|weeks?)\s+(?P<direction>before|after)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# Whether a weekday or a month is ahead of the report ("will meet on Friday", "Saturday's
# expected vote", reported speech: "said it would close in May") rather than behind it, the way
# news uses the past tense. Only words in the same clause count: the clause ends at
# punctuation or a word that opens another clause. What one is "due to" do is ahead ("due to
# visit on Friday"); what something is "due to" is its cause ("delayed due to fog on Tuesday").
_DUE_TO_A_CAUSE = (
    r"(?:the|a|an|its|their|his|her|this|that|these|those|some|bad|heavy|poor|high|low|strong|"
    r"severe|technical|safety|security|health|lack|fog|rain|snow|ice|weather|storms?|flooding|"
    r"floods|winds?|problems|concerns|reasons|covid|strikes?|congestion|delays|maintenance|"
    r"repairs|overcrowding|illness|injury|injuries)"
)
_FUTURE_CUE = re.compile(
    r"\b(?:will|shall|won['’]t|would(?!\s+have)|going\s+to|(?:is|are|be)\s+(?:expected|scheduled|due|set|"
    rf"planned)|expected\s+to|scheduled\s+(?:to|for)|due\s+on|due\s+to\s+(?!{_DUE_TO_A_CAUSE}\b)"
    r"[a-z]+|plans?\s+to|planned|set\s+to|(?:is|are)\s+to|upcoming|coming)\b|['’]ll\b",
    re.IGNORECASE,
)
# A month told as what may come, the verb of coming right after the modal and the month right
# after its preposition: "the swarms may arrive in December", "could appear by mid-December",
# "may not return until March", "are likely to reopen in May" (not "may have started in March",
# "may be traced to cattle brought from Somalia in September", "could only leave the camp in
# late October": what may have been, what could be done then).
_COMING = (
    r"\s+(?:not\s+|well\s+|also\s+|even\s+)?"
    r"(?:arrive|appear|come|return|reopen|resume|reach|hit|strike|peak|start|begin|end|"
    r"finish|open|close|recover|spread|emerge|follow|go\s+(?:home|back))\b(?:\s+[\w'’\-]+){0,5}?\s+"
)
_MAY_COME = r"\b(?:(?-i:may|might|could)|likely\s+to)" + _COMING
_MAYBE_AHEAD = re.compile(
    _MAY_COME + r"(?:in|by|until|before|from|around)\s+(?:(?:early|late|mid)\s+|mid-\s*)?$",
    re.I,
)
# A weekday told as what may come: "said residents could go home on Thursday", "the storm may
# hit on Friday" (not "may have started on Tuesday", what may have been; nor "Only residents
# of the north could return on Sunday", what could be done then).
_MAYBE_AHEAD_DAY = re.compile(
    r"\b(?P<modal>(?-i:may|might|could)|likely\s+to)"
    + _COMING
    + r"(?:(?:on|by|until|before|from)\s+)?$",
    re.I,
)
_ONLY = re.compile(r"\bonly\b", re.I)
# A month something is "due in" or "due by", which is the nearer of that month ahead or gone
# ("an independent review due by May" in February; "the report, due in March, has been
# delayed" in May); not "fell due in January" or "had been due in March", which are gone.
_DUE_BEFORE = re.compile(
    r"(?<!\bwas\s)(?<!\bwere\s)(?<!\bfell\s)(?<!\bbeen\s)\bdue\s+(?:(?:in|by|before)\s+)?$",
    re.I,
)
# A month something runs until, told in the present tense: the month ahead ("the testing
# season, which runs until early August" in July); not "lasted until August", nor "had to
# continue until late August", "was extended to remain until August" (gone).
_RUNS_UNTIL_BEFORE = re.compile(
    r"(?<!\bto\s)\b(?:runs|lasts|continues|stays|remains|is\s+open)\s+(?:until|till|through)\s+"
    r"(?:(?:early|late|mid|the\s+end\s+of|the\s+start\s+of)[\s\-]+)?$",
    re.I,
)
# Adverbs that tell what happens as a rule, not once ("the harvest typically runs until
# February"; `when` reads them before a month too).
HABIT_ADVERBS = r"usually|generally|normally|regularly|routinely|typically|traditionally|always"
_HABITUALLY = re.compile(rf"\b(?:{HABIT_ADVERBS})\s+\w+\s+(?:until|till|through)\b", re.I)
_EACH_YEAR_AFTER = re.compile(r"\s+(?:each|every)\s+(?:year|season|summer|winter|spring)\b", re.I)
_FUTURE_AFTER = re.compile(
    r"^(?:[’']s\s+(?:expected|planned|scheduled|upcoming|proposed)"
    r"|\s+(?:is|are)\s+[\"“]?(?:expected|planned|scheduled|due|set|likely|inevitable|imminent)"
    # reported speech: "said an election in March was inevitable" ("was likely" is as often
    # a past guess: "the crash on Tuesday was likely caused by ...")
    r"|\s+(?:was|were)\s+[\"“]?(?:inevitable|imminent|unavoidable))\b",
    re.IGNORECASE,
)
_CLAUSE_BREAK = re.compile(
    r"[.;:!?,()—–\"“”]|\b(?:said|says|say|told|tells|that|and|but|after|when|while|as|"
    r"because|since|before|although|though|if|which|who)\b",
    re.IGNORECASE,
)
# "before" one is brought before, which opens no clause: "will be sent before the court on
# Monday" (not "before the storm hit on Monday").
_BEFORE_A_BENCH = re.compile(
    r"\bbefore\s+(?:an?\s+|the\s+)?(?:[\w\-]+\s+)?(?:court|judge|magistrates?|tribunal|"
    r"parliament|congress|committee|senate|lawmakers)\s+(?:on\s+)?$",
    re.I,
)
# What is surely ahead, in the report's own voice: "will", "shall", "is to", "is scheduled" (not
# reported speech, "would appear before a magistrate on Tuesday", said days before the report,
# nor "was due to appear before a judge on Monday, but the hearing was postponed").
_SURELY_AHEAD = re.compile(
    r"\b(?:will|shall|won['’]t|(?:is|are)\s+(?:to|expected|scheduled|due|set))\b|['’]ll\b", re.I
)
# Durations: an amount of days, weeks, months or years that something lasted.
_AMOUNT = re.compile(rf"\b{_COUNT}[\s-](?P<unit>day|week|month|year)s?\b", re.IGNORECASE)
_DURATION_LEAD = re.compile(
    r"\b(?:after|during|for|following|over|throughout)\s+(?:the\s+)?(?:last\s+|past\s+|"
    r"first\s+)?(?:(?:almost|nearly|about|around|some|more\s+than|less\s+than|over)\s+)?$",
    re.IGNORECASE,
)
_DURATION_OF = re.compile(r"\s+(?:of|in\s+(?:custody|captivity|detention))\s+[a-z]", re.I)
_NOT_A_DURATION = re.compile(
    r"^(?:[\s-]long)?\s+(?:ago|later|earlier|before|after|from\s+now|old|in\s+(?:prison|jail))\b"
    r"|^[\s-]old\b|^\s+(?:or|to)\s",
    re.IGNORECASE,
)
# What an "N-day/-month/-year" adjective qualifies when it is no length of the event.
_NOT_SPANS = re.compile(
    r"\s+(?:[a-z]+\s+)?(?:sentences?|terms?|jail|prison|bans?|borrowing|bonds?|yields?|notes?|"
    r"highs?|lows?|records?|plans?|programmes?|programs?|contracts?|leases?|loans?|mortgages?|"
    r"deals?|visas?|mandates?|maturity|warranty|guarantee)\b"
)
_TERM_BEFORE = re.compile(
    r"\b(?:jail|jailed|sentenc\w*|imprison\w*|prison|ban|banned|barred|suspended)\b[^.;]{0,40}"
    r"\b(?:for|to)\s+(?:up\s+to\s+|at\s+least\s+|another\s+)?$",
    re.I,
)
# A term a court orders, ahead ("ordered the captain to be held in custody for one month"),
# not time already spent ("has been held in pre-trial detention for 13 days").
_ORDERED_TERM = re.compile(
    r"\b(?:ordered|remand(?:ed|s)?|to\s+be\s+held|to\s+remain|will\s+(?:be\s+held|remain))\b"
    r"[^.;]{0,160}\bfor\s+(?:up\s+to\s+|at\s+least\s+|another\s+)?$",
    re.I,
)
_AHEAD = re.compile(r"\b(?:within|next|coming|in|up\s+to)\s+(?:the\s+)?$", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class TimeExpression:
    """A time expression found in a text: where it is, how it reads, what it resolves to."""

    start: int
    end: int
    text: str
    iso: str | None
    kind: str
    future: bool = False  # read as ahead of its reference ("will vote on Saturday")


def parse_date(text: str) -> date | None:
    """A calendar date from a header-like string, e.g. '2024-02-08', 'The Guardian-Feb8th2024',
    'Thursday, July 14, 2005', '8 February 2024'. None if there is no full date."""
    for expression in find_time_expressions(text, reference=None):
        if expression.iso and len(expression.iso) == 10:
            return date.fromisoformat(expression.iso)
    return None


def find_time_expressions(
    text: str, reference: date | None, *, anchor: date | None = None
) -> list[TimeExpression]:
    """Every time expression in `text`, leftmost first: absolute and relative ones resolved
    against `reference`, anaphoric ones ("the next day") against the last day-precise date
    before them in `text`, else `anchor`. Results are remembered for the sentences of a few
    large briefs: several extractors ask about the same sentences."""
    return list(_time_expressions(text, reference, anchor))


@lru_cache(maxsize=20_000)
def _time_expressions(
    text: str, reference: date | None, anchor: date | None
) -> tuple[TimeExpression, ...]:
    found: list[TimeExpression] = []
    taken: list[tuple[int, int]] = []
    lower = text.lower()
    for kind, pattern in _PATTERNS:
        if not any(word in lower for word in _TRIGGERS[kind]):
            continue  # most sentences have no date: skip the patterns that cannot match
        for match in pattern.finditer(text):
            start, end = match.span()
            if any(start < t_end and t_start < end for t_start, t_end in taken):
                continue
            if kind == "weekday" and _ANY_DAY.search(text[max(0, start - 12) : start]):
                continue  # "on a Sunday morning": a kind of day, not a date
            zoned = (
                _IN_ANOTHER_ZONE.search(text, max(0, start - 24), start)
                if kind in _DAYS_A_ZONE_MAY_TELL
                else None
            )
            local = _local_day(text, zoned, match, kind, reference) if zoned else None
            if zoned and local is None and any(e.end >= zoned.start() - 2 for e in found):
                continue  # "at around 2:40 am on Tuesday (2340 GMT Monday)": the local day told
            if local is not None:
                # "shortly after 8 p.m. (0000 GMT on Sunday)": the moment told again in another
                # zone's clock, read as the day it was where it happened
                taken.append((local.start, end))
                found.append(local)
                continue
            future = kind in {"weekday", "bare_month"} and is_future(text, start, end)
            listed_after = next(
                (
                    e
                    for e in found
                    if e.kind == kind == "weekday" and _LISTED_WITH.fullmatch(text, e.end, start)
                ),
                None,
            )
            if listed_after is not None:
                future = listed_after.future  # "would be closed on Tuesday and Wednesday"
            ahead = _MAYBE_AHEAD_DAY.search(text[max(0, start - 60) : start])
            if (
                kind == "weekday"
                and not future
                and ahead is not None
                and not (ahead.group("modal") == "could" and _ONLY.search(text[:start]))
            ):
                future = True  # "said residents could go home on Thursday": a day ahead
            if kind == "weekday" and not future and reference is not None:
                future = (
                    (match.group("modifier") or "").lower() not in _A_WEEK_NAMED
                    and not match.group("week")
                    and _expected_soon(text, start, end, reference, match.group("weekday").lower())
                )
            if (
                kind == "bare_month"
                and not future
                and _MAYBE_AHEAD.search(text[max(0, start - 60) : match.start("month")])
            ):
                future = True  # "the swarms may arrive in December", "could appear by
                # mid-December": a month ahead, told as what might come
            if kind == "bare_month" and reference is not None and _DUE_BEFORE.search(text[:start]):
                future = _the_nearer_is_ahead(_month_number(match.group("month")), reference)
            deadline = (
                _a_deadline(text, match.start("month") if kind == "bare_month" else start, end)
                if kind in {"weekday", "bare_month"} and reference is not None
                else None
            )
            if deadline is not None and reference is not None:
                future = _a_deadline_ahead(deadline, kind, match, reference)
            if (
                kind == "bare_month"
                and reference is not None
                and _RUNS_UNTIL_BEFORE.search(text[max(0, start - 40) : start])
                # (not a season's habit: "the harvest, which typically runs until February",
                # "the climbing season runs until late May each year")
                and not _HABITUALLY.search(text[max(0, start - 60) : start])
                and not _EACH_YEAR_AFTER.match(text, end)
            ):
                future = _month_number(match.group("month")) != reference.month
            if (
                kind == "event_year"
                and reference is not None
                and _A_LASTING_EVENT.match(text, match.end())
                and (
                    reference.year - int(match.group(_year_group(match))) < OUTBREAK_YEARS_GONE
                    or _GOES_ON.search(text, match.end(), match.end() + GOES_ON_WITHIN) is not None
                )
            ):
                continue  # "a 2025 dengue epidemic that has not let up": it may go on now
            iso = _resolve(kind, match, reference, future)
            if kind in {"bare_month", "year", "event_year"}:  # the preposition is not quoted
                start = (
                    match.start("month")
                    if kind == "bare_month"
                    else match.start(_year_group(match))
                )
            if (
                kind in {"iso", "month_day", "day_month"}
                and iso is None
                and (reference is None or not _is_calendar_day(kind, match))
            ):
                continue  # e.g. "February 31"; a real day past year 9999 stays, undated
            taken.append((start, end))
            found.append(TimeExpression(start, end, text[start:end], iso, kind, future))
    found = [_with_offset(text, expression) for expression in found]
    found.sort(key=lambda expression: expression.start)
    found = _months_of_a_named_year(text, found)
    found = _weekdays_told_apart(text, found)
    if not any(word in lower for word in _TRIGGERS["anaphoric"]) or not _ANAPHORIC.search(text):
        return tuple(found)
    for match in _ANAPHORIC.finditer(text):
        start, end = match.span()
        if any(e.start < end and start < e.end for e in found):
            continue
        before = [e for e in found if e.end <= start and e.iso and len(e.iso) == 10]
        base = date.fromisoformat(before[-1].iso) if before and before[-1].iso else anchor
        iso = _anaphoric(match, base) if base else None
        found.append(TimeExpression(start, end, text[start:end], iso, "anaphoric"))
        found.sort(key=lambda expression: expression.start)
    return tuple(found)


def _local_day(
    text: str, zoned: re.Match[str], match: re.Match[str], kind: str, reference: date | None
) -> TimeExpression | None:
    """A day told with the clock of another zone, after the local clock ("at 8:10 a.m. (2310
    GMT on Oct. 3)", "shortly after 8 p.m. (0000 GMT on Sunday)"), as the local day: the
    bracket's day moved by the clocks' difference. The expression runs from the local clock
    to the bracket's day, so that it reads right. None where no local clock comes first."""
    opening = zoned.start()
    clocks = [
        (clock.start(), minutes)
        for pattern in (CLOCK_TIME, _LOCAL_HOURS)
        for clock in pattern.finditer(text, max(0, opening - 40), opening)
        if _LOCAL_CLOCK_BEFORE.fullmatch(text, clock.end(), opening)
        and (minutes := _minutes_of(clock)) is not None
    ]
    if not clocks or (reference is None and kind == "weekday"):
        return None  # (read as written: "in the early hours (0300 GMT on Saturday)")
    start, local = max(clocks)
    other = int(zoned.group("hour")) * 60 + int(zoned.group("minute"))
    shift = 1 if other - local > HALF_A_DAY else -1 if local - other > HALF_A_DAY else 0
    if kind == "weekday" and reference is not None:
        # the bracket's day is at most a day after the report's: the last of its name by then
        latest = reference + timedelta(days=1)
        back = (latest.weekday() - WEEKDAYS.index(match.group("weekday").lower())) % 7
        day: date | None = latest - timedelta(days=back)
    else:
        iso = _resolve(kind, match, reference, False)
        day = date.fromisoformat(iso) if iso and len(iso) == 10 else None
    if day is None:
        return None
    closing = text.find(")", match.end())
    end = closing + 1 if closing >= 0 and not text[match.end() : closing].strip() else match.end()
    iso = (day + timedelta(days=shift)).isoformat()
    return TimeExpression(start, end, text[start:end], iso, kind)


def _minutes_of(clock: re.Match[str]) -> int | None:
    """Minutes after midnight of a clock time found by CLOCK_TIME or `_LOCAL_HOURS`."""
    if clock.groupdict().get("hour"):
        return int(clock.group("hour")) * 60 + int(clock.group("minute"))
    return clock_minutes(clock.group(0))


# Between two days told together: "on Tuesday and Wednesday", "Monday or Tuesday".
_LISTED_WITH = re.compile(r",?\s+(?:and|or)\s+(?:on\s+)?", re.I)


def _weekdays_told_apart(text: str, found: list[TimeExpression]) -> list[TimeExpression]:
    """Two days of one name in one sentence are two days: "confirmed on Monday that ... closed
    from early last Monday until Thursday morning" writes "last" for the Monday a week before
    the bare one; and a day a span runs "until" is the first of its name after the span's
    start (the Thursday after that Monday, not the report's Thursday)."""
    weekdays = [e for e in found if e.kind == "weekday" and e.iso and len(e.iso) == 10]
    shifted: dict[int, str] = {}
    for expression in weekdays:
        bare = [  # "confirmed on Monday" (not "last Monday, Easter Monday", "since Monday")
            other
            for other in weekdays
            if other is not expression
            and other.iso == expression.iso
            and other.text.lower().startswith("on ")
        ]
        if _LAST.match(expression.text) and bare and expression.iso:
            day = date.fromisoformat(expression.iso) - timedelta(days=7)
            shifted[expression.start] = day.isoformat()
    out = [replace(e, iso=shifted.get(e.start, e.iso)) for e in found]
    for first, second in pairwise(out):
        if (
            first.kind == "weekday"
            and second.kind == "weekday"
            and first.iso
            and second.iso
            and len(first.iso) == len(second.iso) == 10
            and _UNTIL.fullmatch(text[first.end : second.start])
            and not first.future
            and not second.future
            and not _MOVED.search(text[max(0, first.start - 40) : first.start])
        ):
            start = date.fromisoformat(first.iso)
            named = next((w for w in WEEKDAYS if w in second.text.lower()), None)
            if named is None:
                continue
            target = WEEKDAYS.index(named)
            ahead = (target - start.weekday()) % 7 or 7
            until = (start + timedelta(days=ahead)).isoformat()
            out = [replace(e, iso=until) if e is second else e for e in out]
    return out


# A day changed for another, no span: "brought forward from Friday to Tuesday".
_MOVED = re.compile(
    r"\b(?:brought\s+forward|moved|postponed|put\s+back|pushed\s+back|rescheduled|changed|"
    r"switched|delayed|advanced)\b",
    re.I,
)
_LAST = re.compile(r"(?:early\s+|late\s+)?last\s", re.I)
_UNTIL = re.compile(r"\s+(?:until|till|to|through)\s+(?:early\s+|late\s+)?(?:on\s+)?", re.I)


def _months_of_a_named_year(text: str, found: list[TimeExpression]) -> list[TimeExpression]:
    """A month without a year in the clause of a year the sentence names is that year's: "a
    fire in 2017 killed 66 in Pedrógão Grande in June" is June 2017, not last June. Not across
    a clause ("which opened in 2015, was shut in March"), nor after a year something counts
    from ("since 2019") or a named event ("the 2012 outbreak")."""
    out: list[TimeExpression] = []
    year: TimeExpression | None = None
    for expression in found:
        if (
            expression.kind == "bare_month"
            and year is not None
            and expression.iso
            and not expression.future
            and not _YEAR_CLAUSE_BREAK.search(text[year.end : expression.start])
        ):
            expression = replace(expression, iso=f"{year.iso}{expression.iso[4:]}")
        elif expression.iso and expression.kind in {"year", "month_year"}:
            counts_from = _COUNTED_FROM.search(text[: expression.start])
            year = None if counts_from else replace(expression, iso=expression.iso[:4])
        elif expression.kind in {"relative_period", "event_year"}:
            year = None  # "this year", "the 2012 outbreak": the year is no longer the one named
        out.append(expression)
    return out


_YEAR_CLAUSE_BREAK = re.compile(r"[,;:()—–]|\b(?:which|who|whose|while|but|and)\b")
# A year something counts from or up to ("since 2019", "by 2030") is not the year of a month.
_COUNTED_FROM = re.compile(r"\b(?:since|from|until|till|by)\s+$", re.IGNORECASE)


# A day or month something is promised or asked for by, or has until: a deadline. Told in the
# present ("KNEC has promised corrected results by Thursday", "the ministry has asked for a
# full report by Monday", "the firm has until Friday"), it is ahead; told
# in the past ("the council, which promised results by Monday"), the nearer of that day ahead
# or gone. Not "promised on Monday" (the day of the promise), "had promised" (a deadline
# gone), "promised ... was delivered by Wednesday" (another verb's), "hit by Friday's storm".
_PROMISE = r"(?:promis|pledg|vow)\w*|undert(?:ake|akes|ook|aken)"
_WORDS_TO_BY = r"(?:\s+(?!(?:was|were|had|been|is|are|has|have)\b)[\w’'\-]+){0,6}?\s+by\s+$"
# Asked for by a day, in the present perfect: "has asked for a full report by Monday" (not
# "who asked not to be named said by Monday", "asked whether it would reopen by Monday",
# "Demand surged by Monday", "have demanded to know why rescuers arrived by Thursday"; nor
# "demanded compensation by Friday", told after a Friday that may be gone).
_ASKED = r"(?:asked\s+for|demanded|requested)"
_WORDS_TO_BY_ASKED = (
    r"(?:\s+(?!(?:was|were|had|been|is|are|has|have|and|or|but|said|says|told|would|will|"
    r"could|be|not|whether|if|why|how|when|where|who|which|what|know)\b)[\w’'\-]+){0,6}?"
    r"\s+by\s+$"
)
_PROMISED_NOW = re.compile(
    rf"(?:\b(?:has|have)\s+(?:{_PROMISE})|\b(?:promises|pledges|vows|undertakes))"
    rf"{_WORDS_TO_BY}|\b(?:has|have)\s+until\s+$|\b(?:has|have)\s+{_ASKED}{_WORDS_TO_BY_ASKED}",
    re.I,
)
_PROMISED_THEN = re.compile(
    rf"(?<!\bhad\s)(?<!\bhas\s)(?<!\bhave\s)\b(?:{_PROMISE})\b{_WORDS_TO_BY}", re.I
)


def _a_deadline(text: str, start: int, end: int) -> str | None:
    """ "now" or "then" when the expression at text[start:end] is a deadline promised
    (`_PROMISED_NOW`, `_PROMISED_THEN`); None otherwise."""
    if re.match(r"[’']s\b|\s+(?:last|this|next)\b", text[end:]):
        return None  # "by Friday's storm", "by Friday last week"
    before = text[max(0, start - 80) : start]
    if _PROMISED_NOW.search(before):
        return "now"
    return "then" if _PROMISED_THEN.search(before) else None


# How many days ahead a weekday promised in the past may be and still be the nearer one.
DAYS_A_DEADLINE_IS_NEARER = 3


def _a_deadline_ahead(deadline: str, kind: str, match: re.Match[str], reference: date) -> bool:
    """Whether a deadline's weekday or month is ahead of the report: any day or month but the
    report's own when promised in the present ("now"), the nearer of ahead and gone when
    promised in the past ("then")."""
    if kind == "weekday":
        ahead = _days_ahead(reference, match.group("weekday").lower())
        return ahead > 0 and (deadline == "now" or ahead <= DAYS_A_DEADLINE_IS_NEARER)
    month = _month_number(match.group("month"))
    if deadline == "now":
        return month != reference.month
    return _the_nearer_is_ahead(month, reference)


def _the_nearer_is_ahead(month: int, reference: date) -> bool:
    """Whether a month is nearer ahead of the report than gone ("due by May" in February)."""
    return 0 < (month - reference.month) % 12 < (reference.month - month) % 12


def _days_ahead(reference: date, weekday: str) -> int:
    """How many days after the report the next such weekday is (0 on that weekday)."""
    return (WEEKDAYS.index(weekday) - reference.weekday()) % 7


def is_future(text: str, start: int, end: int) -> bool:
    """Whether the expression at text[start:end] is read as ahead of the report: a future cue
    in its own clause ("will meet on Friday", "Saturday's expected vote")."""
    if _FUTURE_AFTER.match(text[end:]):
        return True
    clause, opened_by_a_word = _clause_before(text, start, end)
    bench = _BEFORE_A_BENCH.search(text, max(0, start - 80), start)
    if bench is not None:
        # the clause before "before the court": ahead only if surely so
        before, _ = _clause_before(text, bench.start(), bench.start() + len("before"))
        return bool(_SURELY_AHEAD.search(before))
    if clause.strip():
        return bool(_FUTURE_CUE.search(clause))
    if opened_by_a_word:  # "said on Saturday": when it was said
        return False
    # first in its clause ("On Saturday, the council will vote"): the clause that follows
    after = CLOCK_TIME.sub("clock", text[end : end + 80].lstrip(" ,"))
    stop = _CLAUSE_BREAK.search(after)
    return bool(_FUTURE_CUE.search(after[: stop.start()] if stop else after))


def _clause_before(text: str, start: int, end: int) -> tuple[str, bool]:
    """The words of its own clause before the expression at text[start:end], and whether a
    word ("said", "and") rather than punctuation opened that clause."""
    # read with the expression after it: "10 p.m. On Friday" ends a sentence, "a.m. on" not
    before = CLOCK_TIME.sub("clock", text[max(0, start - 80) : end])[: start - end]
    breaks = list(_CLAUSE_BREAK.finditer(before))
    clause = before[breaks[-1].end() :] if breaks else before
    return clause, bool(breaks) and breaks[-1].group(0)[0].isalpha()


# An expectation told in the past tense: "was expected in Goose Bay early Friday", "were due
# on Monday". Ahead of the report when the day named is one or two days after it (a plane
# expected "early Friday" in a Thursday report); a day further off is as likely a week gone
# ("the verdict, which was expected on Monday, was postponed" in a Thursday report).
_EXPECTED_THEN = re.compile(r"\b(?:was|were)\s+(?:still\s+)?(?:expected|due|scheduled)\b", re.I)
DAYS_AN_EXPECTATION_LOOKS_AHEAD = 2
# A plan told as what was to come, which news as often writes of a plan gone by ("was to be
# demolished on Monday", the day it fell): ahead of the report only when the day named is the
# day after it ("were to begin on Friday" in a Thursday report), or one or two days after it
# when the plan is said to be called off ("the final day, which was to be held Saturday, has
# been cancelled").
_PLANNED_THEN = re.compile(
    r"\b(?:had\s+been\s+(?:still\s+)?(?:expected|due|scheduled|planned)"
    r"|(?:was|were)\s+(?:still\s+)?(?:planned\b|to\s+(?:be|take|begin|start|open|close|end)))\b",
    re.I,
)
DAYS_A_PLAN_LOOKS_AHEAD = 1
# Words that name the week of a weekday: "last Friday" and "next Friday" are no near day.
_A_WEEK_NAMED = frozenset({"last", "this", "next"})


def _expected_soon(text: str, start: int, end: int, reference: date, weekday: str) -> bool:
    """Whether a weekday is the near day a past-tense expectation looks to (`_EXPECTED_THEN`),
    with nothing after it that tells how it turned out but that it was called off: only a
    purpose, the sentence's end, its attribution or a cancellation ("was expected in Goose Bay
    early Friday to carry the passengers on", "the final day, which was to be held Friday, had
    been canceled"; not "was due in Cebu on Saturday when it capsized", "was expected on
    Tuesday, was delivered on Wednesday")."""
    ahead = _days_ahead(reference, weekday)
    clause = _clause_before(text, start, end)[0]
    expected = 0 < ahead <= DAYS_AN_EXPECTATION_LOOKS_AHEAD and _EXPECTED_THEN.search(clause)
    called_off = _CALLED_OFF_AFTER.match(text, end) is not None
    planned = 0 < ahead <= (
        DAYS_AN_EXPECTATION_LOOKS_AHEAD if called_off else DAYS_A_PLAN_LOOKS_AHEAD
    ) and _PLANNED_THEN.search(clause)
    return bool(expected or planned) and _NOTHING_TOLD_AFTER.match(text, end) is not None


# What may follow the day an expectation looks to when it tells no outcome: a purpose ("to
# carry the passengers on"), the end, who said it (", the company said on Tuesday", not
# followed by "but reached the city only on Thursday") or that it was called off.
_CALLED_OFF_AFTER = re.compile(
    r",\s+(?:has|had|have)\s+been\s+(?:cancell?ed|called\s+off|postponed|scrapped)\b", re.I
)
_NOTHING_TOLD_AFTER = re.compile(
    r"\s*(?:to\s+[a-z]+|[.;]|$|,\s+(?:[\w’'\-]+\s+){0,6}?(?:said|says|told|reported)\b"
    r"(?![^.;]*\bbut\b))|" + _CALLED_OFF_AFTER.pattern,
    re.I,
)


# "10:30 a.m." does not end a clause: clock times are read as one word before clauses are cut.
# Its last dot is kept when a sentence may start after it ("at 10 p.m. On Friday ...").
CLOCK_TIME = re.compile(
    # the stop of "a.m." is its own unless a sentence opens after it
    r"\b\d{1,2}(?:[:.]\d{2})?\s*[apAP]\.?[mM]\b"
    rf"(?:\.(?!\s+(?!{GOES_ON_WITH_A_TIME})[A-Z]))?"
    r"|\b\d{1,2}:\d{2}\b"
    r"|\b(?:noon|midday|midnight)\b"
)
# Clock times news writes as words.
CLOCK_WORDS = {"noon": 720, "midday": 720, "midnight": 0}


def find_durations(text: str) -> list[TimeExpression]:
    """Lengths of time the text gives to something: "after thirteen days of captivity", "his
    four-day trial", "during the 13 days after their detention". `iso` is an ISO-8601 duration
    (`P13D`, `P2W`); ages, "two days later" and spans ahead ("within 10 days") are left out."""
    found: list[TimeExpression] = []
    lower = text.lower()
    if not any(unit in lower for unit in ("day", "week", "month", "year")):
        return found
    for match in _AMOUNT.finditer(text):
        start, end = match.span()
        rest, lead = text[end:], text[max(0, start - 40) : start]
        spanned = bool(_DURATION_LEAD.search(lead))  # "during the 13 days", "after almost two"
        of_what = bool(_DURATION_OF.match(rest))  # "13 days of captivity"
        # "his four-day trial", "the 15-year civil war"; not a term, a maturity or a record
        # ("a 20-year sentence", "10-year borrowing costs", "a 30-year high")
        hyphened = (
            text[match.start("unit") - 1] == "-"
            and bool(re.match(r"\s+[a-z]", rest))
            and not _NOT_SPANS.match(rest)
        )
        if not (spanned or of_what or hyphened) or (_NOT_A_DURATION.match(rest) and not spanned):
            continue
        if _AHEAD.search(lead) and not of_what:
            continue
        if _TERM_BEFORE.search(lead) or _ORDERED_TERM.search(text[max(0, start - 200) : start]):
            continue  # "asked the court to jail him for 12 years": a term, not how long it lasted
        count = parse_count(match.group("count").lower())
        if count <= 0 or (match.group("count").lower() in {"a", "an"} and not of_what):
            continue
        unit = match.group("unit").lower()[0].upper()
        found.append(TimeExpression(start, end, text[start:end], f"P{count}{unit}", "duration"))
    return found


def human_date(iso: str | None) -> str | None:
    """A date, month, week, year or duration as a reader is shown it: '23 March 2007', 'March
    2007', 'week of 3 December 2007', '2007', '13 days'. Anything else is returned as given."""
    if not iso:
        return None
    try:
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", iso):
            day = date.fromisoformat(iso)
            return f"{day.day} {MONTH_NAMES[day.month - 1]} {day.year}"
        if match := re.fullmatch(r"(\d{4})-(\d{2})", iso):
            return f"{MONTH_NAMES[int(match.group(2)) - 1]} {match.group(1)}"
        if match := re.fullmatch(r"(\d{4})-W(\d{2})", iso):
            monday = date.fromisocalendar(int(match.group(1)), int(match.group(2)), 1)
            return f"week of {human_date(monday.isoformat())}"
        if match := re.fullmatch(r"P(\d+)([DWMY])", iso):
            count, unit = int(match.group(1)), {"D": "day", "W": "week", "M": "month", "Y": "year"}
            return f"{count} {unit[match.group(2)]}{'' if count == 1 else 's'}"
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}.*", iso):
            moment = datetime.fromisoformat(iso)
            return f"{human_date(moment.date().isoformat())}, {moment:%H:%M}"
    except (ValueError, IndexError):
        pass
    return iso


def sort_key(iso: str | None) -> tuple[int, int, int]:
    """Orders dates, months, weeks and years by the day they start, the wider one first;
    undated and unreadable values last."""
    if iso:
        try:
            if re.fullmatch(r"\d{4}-\d{2}-\d{2}.*", iso):
                return (0, date.fromisoformat(iso[:10]).toordinal(), 3)
            if re.fullmatch(r"\d{4}-\d{2}", iso):
                return (0, date(int(iso[:4]), int(iso[5:]), 1).toordinal(), 1)
            if match := re.fullmatch(r"(\d{4})-W(\d{2})", iso):
                monday = date.fromisocalendar(int(match.group(1)), int(match.group(2)), 1)
                return (0, monday.toordinal(), 2)
            if re.fullmatch(r"\d{4}", iso):
                return (0, date(int(iso), 1, 1).toordinal(), 0)
        except ValueError:
            pass
    return (1, 0, 0)


def _with_offset(text: str, expression: TimeExpression) -> TimeExpression:
    """'on the eve of Saturday' is the day before Saturday; 'two days after March 23', March 25."""
    match = _OFFSET.search(text[max(0, expression.start - 40) : expression.start])
    if not match:
        return expression
    start = expression.start - (
        len(text[max(0, expression.start - 40) : expression.start]) - match.start()
    )
    iso = expression.iso
    if iso and len(iso) == 10:
        if match.group("eve") or match.group("side"):
            days = 1 if match.group("side") == "after" else -1
        else:
            days = parse_count(match.group("count").lower())
            days *= 7 if match.group("unit").lower().startswith("week") else 1
            days *= 1 if match.group("direction").lower() == "after" else -1
        try:
            iso = (date.fromisoformat(iso) + timedelta(days=days)).isoformat()
        except (ValueError, OverflowError):
            iso = None
    elif iso:
        iso = None  # "the eve of" a month: no day to count from
    return TimeExpression(
        start, expression.end, text[start : expression.end], iso, "offset", expression.future
    )


def _anaphoric(match: re.Match[str], base: date) -> str | None:
    try:
        if match.group("same"):
            return base.isoformat()
        if match.group("before"):
            return (base - timedelta(days=1)).isoformat()
        if match.group("after"):
            return (base + timedelta(days=1)).isoformat()
        if unit := match.group("next_unit") or match.group("previous_unit"):
            shift = 1 if match.group("next_unit") else -1
            unit = unit.lower()
            if unit in {"day", "morning", "afternoon", "evening", "night"}:
                return (base + timedelta(days=shift)).isoformat()
            return _shifted(base, unit, shift)
        count = parse_count(match.group("count").lower())
        shift = count if match.group("direction").lower() == "later" else -count
        unit = match.group("unit").lower()
        if unit == "day":
            return (base + timedelta(days=shift)).isoformat()
        return _shifted(base, unit, shift)
    except (ValueError, OverflowError, KeyError):
        return None


def _shifted(base: date, unit: str, shift: int) -> str:
    """The week, month or year `shift` units from `base`, at that precision."""
    if unit == "week":
        return _iso_week(base + timedelta(weeks=shift))
    if unit == "month":
        return _month(base.year * 12 + base.month - 1 + shift)
    return f"{base.year + shift:04d}"


def _is_calendar_day(kind: str, match: re.Match[str]) -> bool:
    """Whether the day exists in some year (not "February 31", "2023-02-29")."""
    groups = match.groupdict()
    try:
        month = int(groups["mnum"]) if kind == "iso" else _month_number(groups["month"])
        date(int(groups["year"]) if groups.get("year") else 2000, month, int(groups["day"]))
    except ValueError:
        return False
    return True


def _year_group(match: re.Match[str]) -> str:
    return next(
        group
        for group in ("year", "part_year", "of_year", "when_year", "a_year")
        if match.groupdict().get(group)
    )


def _month_number(token: str) -> int:
    return MONTHS[token.lower().rstrip(".")]


def _resolve(
    kind: str, match: re.Match[str], reference: date | None, future: bool = False
) -> str | None:
    """The ISO string an expression stands for; None when it cannot be resolved, including
    arithmetic that leaves the calendar (years 1-9999): "1000000 days ago", "yesterday" on
    0001-01-01, "next week" on 9999-12-31."""
    groups = match.groupdict()
    if (
        kind == "weekday"
        and (groups.get("modifier") or "").lower() == "last"
        and re.search(r"\bthe\s+$", match.string[: match.start()], re.I)
    ):
        groups["modifier"] = None  # "the last Friday prayers of Ramadan": the final one
    try:
        iso = _resolve_unchecked(kind, groups, reference, future)
    except (ValueError, OverflowError):  # date() out of range, timedelta too large
        return None
    return iso if iso is None or _in_calendar(iso) else None


def _in_calendar(iso: str) -> bool:
    """Whether a year, month, week or day string has a year of 0001-9999 (four digits)."""
    year = iso.split("-", 1)[0]
    return len(year) == 4 and year.isdigit() and year != "0000"


def _resolve_unchecked(
    kind: str, groups: dict[str, str], reference: date | None, future: bool
) -> str | None:
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
        return groups["year"] or groups["part_year"] or groups["of_year"] or groups["when_year"]
    if kind == "event_year":
        return groups["year"] or groups["a_year"]
    if reference is None:
        return None
    if kind == "bare_month":
        month = _month_number(groups["month"])
        if future:
            year = reference.year if month >= reference.month else reference.year + 1
        else:
            year = reference.year if month <= reference.month else reference.year - 1
        return f"{year:04d}-{month:02d}"
    if kind == "weekday":
        modifier = (groups["modifier"] or "").lower()
        if groups.get("week"):
            return _day_of_a_week(reference, groups["weekday"].lower(), groups["week"].lower())
        return _weekday(reference, groups["weekday"].lower(), modifier, future)
    if kind == "relative_day":
        word = groups["word"].lower()
        shift = {"yesterday": -1, "last night": -1, "tomorrow": 1}.get(word, 0)
        return (reference + timedelta(days=shift)).isoformat()
    if kind == "relative_period":
        return _period(reference, groups["which"].lower(), groups["unit"].lower())
    if kind == "ago":
        count = parse_count(groups["count"].lower())
        unit = groups["unit"].lower()
        if unit == "day":
            return (reference - timedelta(days=count)).isoformat()
        return _shifted(reference, unit, -count)
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


def _weekday(reference: date, weekday: str, modifier: str, future: bool = False) -> str:
    """The named day nearest the report: before it for what happened, after it for what is
    expected ("will vote on Saturday"); the report's own weekday is the report's day; "last"
    skips the day before too."""
    target = WEEKDAYS.index(weekday)
    if modifier == "next" or (future and modifier != "last"):
        ahead = (target - reference.weekday()) % 7
        if modifier == "next" and ahead == 0:
            ahead = 7
        return (reference + timedelta(days=ahead)).isoformat()
    back = (reference.weekday() - target) % 7
    if modifier == "last" and back <= 1:
        back += 7  # "last Thursday" in a Friday report is a week back: the day before is
        # "Thursday" or "yesterday"
    return (reference - timedelta(days=back)).isoformat()


def _day_of_a_week(reference: date, weekday: str, week: str) -> str:
    """ "Tuesday of last week" in a Friday report: the Tuesday of the week (Monday first)
    before the report's, not the Tuesday just gone."""
    monday = reference - timedelta(days=reference.weekday())
    shift = {"last": -7, "next": 7}.get(week, 0)
    return (monday + timedelta(days=shift + WEEKDAYS.index(weekday))).isoformat()


def _iso_week(day: date) -> str:
    year, week, _ = day.isocalendar()
    return f"{year:04d}-W{week:02d}"


def _period(reference: date, which: str, unit: str) -> str:
    shift = {"last": -1, "next": 1}.get(which, 0)
    return _shifted(reference, unit, shift)


def clock_minutes(text: str) -> int | None:
    """Minutes after midnight of a clock time as news writes it ("10:40 p.m." -> 1360,
    "1 p.m." -> 780, "13:00" -> 780, "noon" -> 720), or None."""
    if text.strip().lower() in CLOCK_WORDS:
        return CLOCK_WORDS[text.strip().lower()]
    match = re.fullmatch(r"(\d{1,2})(?:[:.](\d{2}))?\s*(?:([apAP])\.?[mM]\.?)?", text.strip())
    if match is None:
        return None
    hour, minute = int(match.group(1)), int(match.group(2) or 0)
    half = (match.group(3) or "").lower()
    if hour > 23 or minute > 59 or (half and not 1 <= hour <= 12):
        return None
    if half == "p" and hour != 12:
        hour += 12
    if half == "a" and hour == 12:
        hour = 0
    return hour * 60 + minute


# "last week's" (theft, riots), which a report of a Saturday or a Sunday may write of the week
# now ending (not "Last week, gunmen killed 14 in a nearby village": another week's news).
_LAST_WEEK = re.compile(r"last\s+week['’]s", re.I)


def latest_day(expression: TimeExpression, reference: date | None, text: str) -> date | None:
    """The last day an expression of `text` may mean: the end of its period, except that "last
    week's" in a report of a Saturday or a Sunday may be the week now ending ("Police have
    arrested two men over last week's theft", the Sunday after a Wednesday theft): up to the day
    before it."""
    end = period_end(expression.iso)
    if (
        end is not None
        and reference is not None
        and reference.weekday() >= 5
        and _LAST_WEEK.match(text, expression.start)
    ):
        return max(end, reference - timedelta(days=1))
    return end


def period_end(iso: str | None) -> date | None:
    """The last day of a day, week, month or year written in ISO-8601."""
    if not iso:
        return None
    try:
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", iso):
            return date.fromisoformat(iso)
        if match := re.fullmatch(r"(\d{4})-W(\d{2})", iso):
            return date.fromisocalendar(int(match.group(1)), int(match.group(2)), 7)
        if match := re.fullmatch(r"(\d{4})-(\d{2})", iso):
            year, month = int(match.group(1)), int(match.group(2))
            following = date(year + month // 12, month % 12 + 1, 1)
            return following - timedelta(days=1)
        if re.fullmatch(r"\d{4}", iso):
            return date(int(iso), 12, 31)
    except ValueError:
        return None
    return None
