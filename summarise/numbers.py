"""Numbers as news writes them: digits, words, and vague amounts ("dozens", "hundreds").

One table for the date resolver ("three days ago") and the casualty extractor ("killed three");
`stated_numbers` reads whole numbers as written ("twenty-five", "one hundred and twenty",
"1.5 million") for the LLM validator that checks a casualty figure is in its quote.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal

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


def numbers_in(text: str) -> set[int]:
    """Whole numbers a text states (see `stated_numbers`); -1 marks a vague amount ("dozens")."""
    found = stated_numbers(text)
    if any(match.group(0).lower() in _VAGUE_WORDS for match in _TOKEN.finditer(text)):
        found.add(-1)
    return found


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
# Amounts no one counted: they state no exact number.
_VAGUE_WORDS = VAGUE | {"tens", "millions", "billions"}
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
