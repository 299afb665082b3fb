"""Numbers as news writes them: digits, words, and vague amounts ("dozens", "hundreds").

One table for the date resolver ("three days ago"), the casualty extractor ("killed three") and
the LLM validator that checks a casualty figure is in its quote.
"""

from __future__ import annotations

import re

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
    """Whole numbers a text states, in digits or words; -1 marks a vague amount ("dozens")."""
    found: set[int] = set()
    for token in re.findall(r"\d[\d,]*|[A-Za-z]+", text):
        word = token.lower().replace(",", "")
        if word.isdigit():
            found.add(int(word))
        elif word in NUMBER_WORDS:
            found.add(NUMBER_WORDS[word])
            if word in VAGUE:
                found.add(-1)
    return found
