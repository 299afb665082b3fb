"""Numbers as news writes them: digits, words, and vague amounts ("dozens", "hundreds").

One table for the date resolver ("three days ago"); `stated_numbers` reads whole numbers as
written ("twenty-five", "one hundred and twenty", "1.5 million") for the LLM validator that
checks a casualty figure is in its quote; `find_amounts` reads every amount of a text with the
precision the text gives it ("more than 40", "about 700", "20 - 25", "dozens"), for figures.

Why not a library: text2num (the best kept of them) reads "fifty-two" but loses the offsets of
what it converts, and reads neither "1.5 million", "a dozen" nor "half a million"; no library
reads the qualifiers ("as many as", "or more") that carry a figure's precision.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache
from typing import Literal

NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90, "a hundred": 100, "hundred": 100, "a dozen": 12, "dozen": 12,
    "dozens": 24, "scores": 40, "hundreds": 200, "thousands": 2000, "a": 1, "an": 1,
}  # fmt: skip
# Vague words give a lower bound, shown with a qualifier ("dozens" -> at least 24).
VAGUE = frozenset({"dozens", "scores", "hundreds", "thousands"})


def parse_count(word: str) -> int:
    """The value of one number as written: '1,200' -> 1200, 'three' -> 3, 'dozens' -> 24."""
    word = word.lower().replace(",", "")
    return int(word) if word.isdigit() else NUMBER_WORDS[word]


_UNITS = {
    word: value
    for value, word in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
        "fifteen sixteen seventeen eighteen nineteen".split()
    )
}
_TENS = {
    word: 10 * value
    for value, word in enumerate("twenty thirty forty fifty sixty seventy eighty ninety".split(), 2)
}
_MULTIPLIERS = {"hundred": 100, "dozen": 12}  # within a group: "two hundred", "two dozen"
_SCALES = {"thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000}
# A number token: "1,200", "3.5", or a word.
_TOKEN = re.compile(r"\d{1,3}(?:,\d{3})+(?!\d|,\d)|\d+(?:\.\d+)?|[A-Za-z]+")
_JOINER = re.compile(r"[\s\-\u2010\u2011]*")  # what may stand between words of one number


def stated_numbers(text: str) -> set[int]:
    """The whole numbers a text states exactly: digits ('1,200', '1.5 million') and words,
    compounds included ('twenty-five', 'one hundred and twenty', 'a dozen'). 'a'/'an' alone and
    vague amounts ('dozens', 'hundreds') state no number."""
    return {int(value) for value in _read_numbers(text) if value == value.to_integral_value()}


def _read_numbers(text: str) -> Iterator[Decimal]:
    reader = _NumberReader()
    end = 0
    for match in _TOKEN.finditer(text):
        if not _JOINER.fullmatch(text, end, match.start()):
            yield from reader.flush()
        end = match.end()
        yield from reader.feed(match.group(0))
    yield from reader.flush()


class _NumberReader:
    """Adds up the words of one written number; `feed` yields each number it completes."""

    def __init__(self) -> None:
        self.total = Decimal(0)  # past scale words: "two thousand" -> 2000
        self.group = Decimal(0)  # the current group below a scale word
        self.last = ""  # kind of the previous word; "" when no number is open

    def flush(self) -> Iterator[Decimal]:
        if self.last:
            yield self.total + self.group
        self.total, self.group, self.last = Decimal(0), Decimal(0), ""

    def feed(self, token: str) -> Iterator[Decimal]:
        word = token.lower().replace(",", "")
        if word[0].isdigit():
            yield from self.flush()
            self._start(Decimal(word), "digits")
        elif word in _UNITS:
            value = _UNITS[word]
            after_tens = self.last == "tens" and self.group % 10 == 0 and 0 < value < 10
            if after_tens or self.last in (
                "multiplier",
                "scale",
                "and",
            ):  # twenty-five, ... and six
                self.group += value
                self.last = "unit"
            else:
                yield from self.flush()
                self._start(Decimal(value), "unit")
        elif word in _TENS:
            if self.last in ("multiplier", "scale", "and"):
                self.group += _TENS[word]
                self.last = "tens"
            else:
                yield from self.flush()
                self._start(Decimal(_TENS[word]), "tens")
        elif word in _MULTIPLIERS:
            if self.last in ("unit", "tens", "digits") and self.group < 100:
                self.group *= _MULTIPLIERS[word]
                self.last = "multiplier"
            else:
                yield from self.flush()
                self._start(Decimal(_MULTIPLIERS[word]), "multiplier")
        elif word in _SCALES:
            if self.last in ("unit", "tens", "digits", "multiplier"):
                self.total += self.group * _SCALES[word]
                self.group = Decimal(0)
                self.last = "scale"
            else:
                yield from self.flush()
                self._start(Decimal(_SCALES[word]), "scale", into_total=True)
        elif word == "and" and self.last in ("multiplier", "scale"):
            self.last = "and"
        else:  # any other word ends the number; "a"/"an" alone state none ("a man")
            yield from self.flush()

    def _start(self, value: Decimal, kind: str, *, into_total: bool = False) -> None:
        if into_total:
            self.total = value
        else:
            self.group = value
        self.last = kind


# --- amounts with their precision -------------------------------------------------------------

Precision = Literal[
    "exact", "at_least", "more_than", "about", "up_to", "less_than", "range", "vague"
]
# The words before a number that say how precise it is, longest first when matching.
QUALIFIERS: dict[str, Precision] = {
    "at least": "at_least", "no fewer than": "at_least", "no less than": "at_least",
    "not less than": "at_least", "a minimum of": "at_least",
    "more than": "more_than", "over": "more_than", "well over": "more_than",
    "just over": "more_than", "upwards of": "more_than", "in excess of": "more_than",
    "above": "more_than", "beyond": "more_than", "exceeding": "more_than",
    "about": "about", "around": "about", "approximately": "about", "roughly": "about",
    "some": "about", "an estimated": "about", "estimated": "about", "nearly": "about",
    "almost": "about", "close to": "about", "circa": "about", "just under": "about",
    "up to": "up_to", "as many as": "up_to", "as much as": "up_to", "at most": "up_to",
    "a maximum of": "up_to", "no more than": "up_to", "not more than": "up_to",
    "fewer than": "less_than", "less than": "less_than", "under": "less_than",
    "below": "less_than",
}  # fmt: skip
# The words after a number that do the same: "40 or more", "a dozen or so", "40-plus".
_SUFFIXES: dict[str, Precision] = {"or more": "at_least", "or so": "about", "plus": "at_least"}
# Vague amounts and their unit: "dozens" is read as 24 to 119 (two units to ten), to compare
# two figures only; an amount of this kind never gets a number of its own.
_VAGUE_UNITS = {
    "dozens": 12, "scores": 20, "hundreds": 100, "thousands": 1_000,
    "tens of thousands": 10_000, "hundreds of thousands": 100_000, "millions": 1_000_000,
    "tens of millions": 10_000_000, "hundreds of millions": 100_000_000,
}  # fmt: skip
_WORD_UNITS = "|".join(sorted(_UNITS, key=len, reverse=True))
_WORD_TENS = "|".join(_TENS)
_WORD_MORE = rf"{_WORD_UNITS}|{_WORD_TENS}|hundred|thousand|million|billion|dozen"
_DIGITS = (
    # never the tail of a decimal ("3.5", "12,5"), a negative number ("-5", "−5"), a time
    # ("8:26") or an ordinal ("7th")
    r"(?<![\w.,\-−/:])(?:\d{1,3}(?:,\d{3})+|\d+)(?![.,:]?\d|[^\W\d])"
)
_NUMBER = (
    # digits; a decimal only before a scale word ("1.5 million")
    rf"(?:{_DIGITS}|(?<![\w.,\-−/:])\d+\.\d+(?=\s*(?:million|billion|thousand)\b))"
    r"(?:\s*(?:thousand|million|billion|trillion)\b)?"
    r"|\bhalf an? (?:million|billion)\b"
    rf"|\b(?:an?(?= (?:dozen|hundred|thousand|million)\b)|(?:{_WORD_UNITS}|{_WORD_TENS})\b)"
    rf"(?:[\s\-\u2010\u2011]+(?:and\s+)?(?:{_WORD_MORE})\b)*"
    rf"|\b(?:{_WORD_MORE})\b"
)
_VAGUE = (
    r"\b(?:(?:tens|hundreds) of (?:thousands|millions)|dozens|scores|hundreds|thousands|"
    r"millions|(?:several|a few) (?:dozen|hundred|thousand|million))\b"
)
_QUALIFIER = "|".join(re.escape(q) for q in sorted(QUALIFIERS, key=len, reverse=True))
_AMOUNT = re.compile(
    rf"(?:\b(?P<qualifier>{_QUALIFIER})\s+)?"
    rf"(?:between\s+(?P<low>{_NUMBER})\s+and\s+(?P<high>{_NUMBER})"
    # "20-25", "two or three"; not "from 40 to 52" (a change, not a range)
    rf"|(?<!from )(?P<from>{_DIGITS})\s*[-–—]\s*(?P<to>{_DIGITS})"
    rf"|(?<!from )(?P<low2>{_NUMBER})\s+(?:to|or)\s+(?P<high2>{_NUMBER})"
    rf"|(?P<number>{_NUMBER})|(?P<vague>{_VAGUE}))"
    r"(?:\s*(?P<suffix>or more|or so|-?plus|\+))?",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class Amount:
    """An amount as a text states it: `text[start:end]` is its words, qualifier included.

    `value` is the number stated (the low end of a range), `high` the top of a range; both are
    None for a vague amount ("dozens"), which states no number. `number_start`/`number_end`
    span the number itself, without its qualifier."""

    start: int
    end: int
    text: str
    value: int | None
    high: int | None
    precision: Precision
    number_start: int
    number_end: int
    vague_unit: int = 0  # for "dozens": 12; 0 when the amount is not vague

    @property
    def bounds(self) -> tuple[float, float]:
        """The counts the amount allows, loosely: "more than 40" allows 40 and up, "about 100"
        90 to 110, "dozens" 24 to 119 (what two figures are compared with, nothing else)."""
        if self.value is None:
            return (2 * self.vague_unit, 10 * self.vague_unit - 1)
        value = self.value
        if self.precision in {"at_least", "more_than"}:
            return (value, math.inf)
        if self.precision in {"up_to", "less_than"}:
            return (0, value)
        if self.precision == "range":
            return (value, self.high if self.high is not None else value)
        if self.precision == "about":
            slack = max(2, value // 10)
            return (value - slack, value + slack)
        return (value, value)


# How a precision is written before its number ("at least 12").
PRECISION_WORDS: dict[str, str] = {
    "at_least": "at least",
    "more_than": "more than",
    "about": "about",
    "up_to": "up to",
    "less_than": "fewer than",
}


def amount_words(precision: str | None, count: int | None, high: int | None, text: str) -> str:
    """How a figure reads: the source's own words when they carry the precision ("as many as
    80,000", "dozens"), else the number with the precision's words ("more than 150,000" for a toll
    that "passed 150,000"); a number written in words is shown in digits ("Fifty-two" -> 52)."""
    shown = _amount_words(precision, count, high, text)
    return shown[:1].lower() + shown[1:]  # "More than 300" at the start of its sentence


def _amount_words(precision: str | None, count: int | None, high: int | None, text: str) -> str:
    if precision == "vague" or count is None:
        return text or "an unknown number"
    if precision == "range":
        shown = text if re.search(r"\d", text) else f"{count:,}-{(high or count):,}"
        return shown if shown.lower().startswith("between") else f"between {_span_words(shown)}"
    number = _number_words(text, count)
    prefix = PRECISION_WORDS.get(precision or "exact", "")
    if prefix and re.match(r"^\D*\d", text) and not re.match(r"^\d", text):
        return text  # "as many as 80,000", "nearly 150,000": the source's own words
    return f"{prefix} {number}".strip()


def _number_words(text: str, count: int) -> str:
    digits = re.search(r"\d[\d,.]*(?:\s*(?:thousand|million|billion|trillion))?", text)
    return digits.group(0) if digits else f"{count:,}"


def _span_words(text: str) -> str:
    """'20 - 25' -> '20 and 25' after 'between'."""
    return re.sub(r"\s*(?:-|–|—|to|or)\s*", " and ", re.sub(r"^\D+(?=\d)", "", text), count=1)


def find_amounts(text: str) -> list[Amount]:
    """Every amount in `text`, leftmost first: digits ("1,200", "1.5 million"), words ("fifty-two",
    "a dozen", "half a million"), ranges ("between 5 and 7", "20 - 25", "two or three"), vague
    amounts ("dozens", "tens of thousands"), each with the precision its qualifier gives."""
    return list(_amounts_in(text))


# Texts whose amounts are kept: the extractors read one sentence's amounts again and again
# (figures, breakdowns, disputes), and the pattern is the slowest step of reading them
# (bench/scale.py, 500 articles: 6,354 reads of 792 sentences).
AMOUNTS_CACHED = 8_192


@lru_cache(maxsize=AMOUNTS_CACHED)
def _amounts_in(text: str) -> tuple[Amount, ...]:
    found = (_amount(match) for match in _AMOUNT.finditer(text))
    return tuple(amount for amount in found if amount is not None)


def _amount(match: re.Match[str]) -> Amount | None:
    qualifier = (match.group("qualifier") or "").lower()
    suffix = (match.group("suffix") or "").lower().lstrip("-")
    precision: Precision = QUALIFIERS.get(qualifier, "exact")
    if suffix and precision == "exact":
        precision = _SUFFIXES.get(suffix, "at_least")
    end = match.end()
    vague_unit = 0
    if match.group("vague"):
        words = " ".join(match.group("vague").lower().split())
        vague_unit = _VAGUE_UNITS[re.sub(r"^(?:several|a few) (\w+)$", r"\1s", words)]
        value, high, precision, name = None, None, "vague", "vague"
    elif match.group("number"):
        name = "number"
        value, high = number_value(match.group("number")), None
        if value is None:
            return None
    else:
        low_name, high_name = next(
            pair
            for pair in (("low", "high"), ("from", "to"), ("low2", "high2"))
            if match.group(pair[0])
        )
        value, high = number_value(match.group(low_name)), number_value(match.group(high_name))
        if value is None or high is None or high <= value:
            return None  # "3 to 2", "one or one": not a range of counts
        precision = "range"
        return Amount(
            match.start(), end, match.string[match.start() : end], value, high, precision,
            match.start(low_name), match.end(high_name),
        )  # fmt: skip
    return Amount(
        match.start(), end, match.string[match.start() : end], value, high, precision,
        match.start(name), match.end(name), vague_unit,
    )  # fmt: skip


_ORDINALS = {
    word: value
    for value, word in enumerate(
        "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth "
        "thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth "
        "twentieth".split(),
        1,
    )
}
_ORDINAL_DIGITS = re.compile(r"(\d{1,4})(?:st|nd|rd|th)", re.I)


def ordinal_word(value: int) -> str | None:
    """The word of a rank: 5 -> 'fifth' (up to 'twentieth'); None past it."""
    return next((word for word, rank in _ORDINALS.items() if rank == value), None)


def ordinal_value(word: str) -> int | None:
    """The rank one word gives: 'eighth' -> 8, '15th' -> 15; None for any other word."""
    digits = _ORDINAL_DIGITS.fullmatch(word)
    return int(digits.group(1)) if digits else _ORDINALS.get(word.lower())


def number_value(words: str) -> int | None:
    """The whole number one written number states: '1,200' -> 1200, '1.5 million' -> 1500000,
    'fifty-two' -> 52, 'a dozen' -> 12, 'half a million' -> 500000; None when it is no whole
    number ('2.25 thousand' is, '3.5' is not)."""
    folded = " ".join(words.lower().split())
    half = re.fullmatch(r"half an? (million|billion)", folded)
    if half:
        return _SCALES[half.group(1)] // 2
    values = list(_read_numbers(re.sub(r"^an?\s+", "one ", folded)))
    if len(values) != 1 or values[0] != values[0].to_integral_value() or values[0] < 0:
        return None
    return int(values[0])


# "No one was killed or injured", "nobody was hurt", "There were no casualties", "No deaths or
# injuries have been reported", "we have no reports of any injuries": the sources say the
# event harmed no one. Only the whole of it: the statement ends there, or names the event or a
# town ("in the spill", "in Chingola"); not "no one was seriously hurt", "nobody was hurt on
# the ground", "no one was killed in the second explosion", "troops suffered no casualties".
_HARM = r"(?:killed|hurt|injured|wounded|harmed)"
_HARM_NOUN = r"(?:deaths?|fatalities|injuries|casualties)"
_EVENT_NOUN = (
    r"(?:spill|blast|explosion|fire|blaze|crash|collapse|quake|"
    r"earthquake|attack|incident|accident|storm|hailstorm|tornado|cyclone|flood|flooding|leak|"
    r"outage|blackout|derailment|collision|sinking|grounding|eruption|landslide|mudslide|"
    r"avalanche|sinkhole|stampede|crush|shooting|riot|riots|protest|protests|escape|breakout|"
    r"jailbreak|break-in|theft|robbery|heist|burglary|disruption)"
)
_WHOLE = (
    r"(?=\s*(?:[,.;:\"”)]|$|\s(?:and|but)\s)"  # the statement ends
    r"|\s+(?:so\s+far|yet)\b"
    rf"|\s+(?:in|during)\s+the\s+{_EVENT_NOUN}\s*(?:[,.;:\"”]|$|\s(?:and|but|from|"
    r"at|which)\s))"
)  # "in the spill", "during the escape" (not "in the first", "in the evacuation", "in Lusaka":
# a part of it)
_NO_ONE_SAID = [
    re.compile(
        r"\b(?:no\s*-?\s*one|nobody|none)\s+(?:was|were|has\s+been|had\s+been|got)\s+"
        rf"(?P<first>{_HARM})(?:\s+(?:or|and)\s+(?P<second>{_HARM}))?{_WHOLE}",
        re.I,
    ),
    re.compile(rf"\b(?:no\s*-?\s*one|nobody)\s+(?P<first>died){_WHOLE}", re.I),
    re.compile(  # "no one has been arrested or charged": no one held for it (yet)
        r"\b(?:no\s*-?\s*one|nobody|none)\s+(?:was|were|has\s+been|had\s+been|have\s+been)\s+"
        r"(?P<first>arrested|detained)(?:\s+(?:or|and)\s+(?:charged|detained|arrested))?"
        rf"{_WHOLE}",
        re.I,
    ),
    re.compile(  # "There were no casualties", "there have been no reported deaths"
        r"\bthere\s+(?:were|was|have\s+been|had\s+been)\s+no\s+(?:reported\s+)?"
        rf"(?P<first>{_HARM_NOUN})(?:\s+(?:or|and)\s+(?P<second>{_HARM_NOUN}))?{_WHOLE}",
        re.I,
    ),
    re.compile(  # "No deaths or injuries have been reported", "..., and no injuries were", "no
        # deaths have been linked to the outage"
        rf"(?:^|[.;:\"“]\s*|\b(?:and|but)\s+)no\s+(?P<first>{_HARM_NOUN})(?:\s+(?:or|and)\s+(?P<second>"
        rf"{_HARM_NOUN}|illness(?:es)?))?\s+(?:were|was|have\s+been|had\s+been|has\s+been)\s+"
        rf"(?:reported{_WHOLE}|"
        rf"(?:linked|attributed|tied)\s+to\s+(?:it|the\s+{_EVENT_NOUN})\b{_WHOLE})",
        re.I,
    ),
    re.compile(  # "Injured persons or illnesses were not reported" (a translation's words)
        r"(?:^|[.;:\"“]\s*|\s[-–—]\s+)(?P<first>injured|injuries|deaths|casualties)"
        r"(?:\s+(?:persons|people))?"
        r"(?:\s+(?:or|and)\s+\w+)?\s+(?:were\s+not|(?:have|has|had)\s+not\s+been|"
        r"(?:have|had)\s+been\s+not)\s+reported"
        # (not "..., a labour group said, because workers feared dismissal": went unreported)
        r"(?![^.]*\b(?:because|until|fear\w*|afraid|to\s+(?:police|the|their))\b)"
        rf"{_WHOLE}",
        re.I,
    ),
    re.compile(  # "no reports of any injuries" ("no immediate reports" is only so far)
        r"\bno\s+(?:other\s+)?reports?\s+of\s+(?:any\s+)?"
        rf"(?P<first>{_HARM_NOUN})(?:\s+(?:or|and)\s+(?P<second>{_HARM_NOUN}))?{_WHOLE}",
        re.I,
    ),
]
# Words before it in its sentence that take it back or put it elsewhere: a hope ("We pray no
# one was killed"), a retraction ("initially said"), a time before the event ("Until Tuesday,
# no one had been killed"), another occasion ("In a separate incident", "an exercise last
# month", "in 2018").
_NOT_SO_BEFORE = re.compile(
    r"\b(?:pray\w*|hop(?:e|es|ed|ing)|wish\w*|ensure\w*|so\s+that|make\s+sure|not\s+true|"
    r"untrue|false|initially|at\s+first|until|till|if|whether|unclear|unknown|separate|"
    r"exercise|drill|another|similar|earlier|apart\s+from|except)\b",
    re.I,
)
_ANOTHER_TIME = re.compile(
    r"\b(?:last\s+(?:week|month|year)|this\s+year|(?:19|20)\d\d|previous|earlier|in\s+"
    r"(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December))\b",
    re.I,
)
_NO_ONE_KINDS = {
    "killed": "killed", "died": "killed", "death": "killed", "deaths": "killed",
    "fatalities": "killed", "hurt": "injured", "injured": "injured", "wounded": "injured",
    "harmed": "injured", "injuries": "injured", "casualties": "killed",
    "arrested": "detained", "detained": "detained",
}  # fmt: skip


def tells_another_time(text: str) -> bool:
    """Whether a sentence is dated away from the event: "in 2016", "last year", "in November"."""
    return _ANOTHER_TIME.search(text) is not None


def no_one_harmed_in(text: str) -> frozenset[str]:
    """The kinds of harm ("killed", "injured") a sentence says the event did to no one: "No one
    was killed or injured" gives both, "There were no casualties" both, "nobody was hurt"
    injured, "no one has been arrested" detained; "We pray no one was killed", "No one was
    hurt in 2018" none."""
    if _ANOTHER_TIME.search(text):
        return frozenset()
    kinds: set[str] = set()
    for pattern in _NO_ONE_SAID:
        for match in pattern.finditer(text):
            if _NOT_SO_BEFORE.search(text[: match.start()]):
                continue
            words = [word.lower() for word in match.groupdict().values() if word]
            kinds |= {_NO_ONE_KINDS[word] for word in words if word in _NO_ONE_KINDS}
            if "casualties" in words:
                kinds.add("injured")
    return frozenset(kinds)


# Sums of money. Babel (CLDR data, a dependency already) names the currencies in use, so a
# sum is told from a count however a report writes its currency: "10 million VND", "VND 10
# million", "200 million dong", "3.5 million kroner".
# Currency names that are also English words, or not what English news writes after a figure:
# a sum in them is read only with a scale word ("1.2 billion won", never "of the 12 seats, 5
# won"); "gold" (Zimbabwe's currency) never.
_CURRENCY_WORDS_OF_ENGLISH = {
    "won": "won",
    "real": "reals",
    "sol": "soles",
    "mark": "marks",
    "marks": "marks",
    "kip": "kips",
    "som": "soms",
    "lek": "lek",
}
_NOT_A_CURRENCY_WORD = frozenset({"gold"})
# How translated copy names the Scandinavian and Czech currencies, and plurals Babel does not
# give: "insured for 3.5 million crowns", "48 million reais", "leva".
_CURRENCY_TRANSLATIONS = ("crowns", "reais", "leva", "naira", "kwacha")


@lru_cache(maxsize=1)
def currencies_in_use() -> tuple[tuple[str, ...], dict[str, str]]:
    """The names English gives after a figure to the currencies in use (Babel's CLDR data:
    "kroner", "zlotys", "yen", "forints"), longest first, and each singular that differs from
    its plural with the plural money keys use ("euro" -> "euros"): a singular is a sum only with
    a scale word ("4.5 million euro", not "2 euro coins")."""
    from babel import Locale
    from babel.numbers import get_currency_name

    english = Locale("en")
    names: set[str] = set(_CURRENCY_TRANSLATIONS)
    singular_of: dict[str, str] = dict(_CURRENCY_WORDS_OF_ENGLISH)
    for code in currency_codes():
        # the last word of "Norwegian kroner", "Norwegian krone"
        plural = get_currency_name(code, count=2, locale=english).split()[-1].lower()
        singular = get_currency_name(code, count=1, locale=english).split()[-1].lower()
        if not plural.isalpha() or plural in _NOT_A_CURRENCY_WORD:
            continue
        names |= {plural, singular}
        if singular != plural and not {singular} & {
            *_CURRENCY_WORDS_OF_ENGLISH,
            *_CURRENCY_TRANSLATIONS,
        }:
            singular_of[singular] = plural
    return tuple(sorted(names | set(singular_of), key=len, reverse=True)), singular_of


@lru_cache(maxsize=1)
def currency_codes() -> frozenset[str]:
    """The ISO 4217 codes of the currencies in use somewhere ("VND", "EUR", "KES")."""
    from babel import Locale
    from babel.numbers import get_territory_currencies

    places = Locale("en").territories
    return frozenset(code for place in places for code in get_territory_currencies(str(place)))


# Codes that are English words too when written in capitals ("ALL of them", "TOP"): never a
# currency by themselves.
_CODES_THAT_ARE_WORDS = frozenset({"ALL", "TOP", "SOS", "CUP", "MOP", "BAM", "PEN", "GEL", "MAD"})
# A scale word ending a number: "10 million", "1.2bn", "5 lakh".
_SCALED = re.compile(r"(?:\b(?:thousand|million|billion|trillion|crore|lakh)|\d(?:bn|m))$", re.I)
# The word after a number, past a scale word, and the one after that: "VND" of "10 million
# VND", "dong" of "200 million Vietnamese dong", "dollars" of "14 US dollars".
_WORDS_AFTER = re.compile(
    r"\s*(?P<scale>(?:thousand|million|billion|trillion|crore|lakh)\s+)?"
    r"(?P<word>[A-Za-z]+)\b(?:\.?\s+(?P<next>[A-Za-z]+)\b)?"
)


def a_sum_of_money(before: str, number: str, after: str) -> bool:
    """Whether a number, with the words right before and after it, is a sum of money: a
    currency's code or short sign before it ("VND 40 million", "Ksh 100,000", "Rp 15 million"),
    its code after it ("10 million VND to each"), or its name after it, in lower case, or after
    the country's name ("200 million dong", "150 pounds", "14 US dollars"). Not a code that
    names a body or its people ("two SAR personnel", "two NPR journalists": a word follows),
    nor a capitalised word that is a name ("two Rand Water employees", "seven Dong Hoi
    fishermen"). A currency name that is an English word too ("won", "real", "mark") or a
    singular ("euro") counts only after a scale word: "1.2 billion won", never "5 won" or "2
    euro coins"."""
    shown_short = re.search(r"\b([A-Z]{3}|[A-Z][a-z]{1,3})\.?\s*$", before)
    if shown_short and (
        _a_code(shown_short.group(1)) or shown_short.group(1).lower() in _SHORT_SIGNS
    ):
        return True
    rest = _WORDS_AFTER.match(after)
    if rest is None:
        return False
    scaled = rest.group("scale") is not None or _SCALED.search(number.strip()) is not None
    word, then = rest.group("word"), rest.group("next")
    if word.isupper() and _a_code(word):
        # "10 million VND to each", not "two SAR personnel": a word of its own after the code
        named_after = then is not None and then.islower() and then not in _FUNCTION_WORDS
        written_as_a_sum = scaled or any(c.isdigit() for c in number)
        return written_as_a_sum and not named_after
    names, singular_of = currencies_in_use()
    # (in lower case: "dong", or after the country's name, "US dollars"; "Rand Water" is a name)
    said = word if word.islower() else then if then is not None and then.islower() else None
    if said is None or said not in names:
        return False
    english = said in _CURRENCY_WORDS_OF_ENGLISH or said in singular_of
    return scaled or not english


# Signs written short before a sum ("Rs. 5 lakh", "Tk 20,000", "Ksh 300", "Rp 15 million").
_SHORT_SIGNS = frozenset("rs re tk rp ksh kshs sh dh nu".split())
# Words that may follow a code that closes a sum: "10 million VND to each family".
_FUNCTION_WORDS = frozenset(
    "to for each per a an the and or of in on at from as by with was were is are has have had "
    "will would which that who into".split()
)


def _a_code(word: str) -> bool:
    return word in currency_codes() and word not in _CODES_THAT_ARE_WORDS
