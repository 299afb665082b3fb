"""Sentence segmentation with exact character offsets, and word tokens for matching.

Rule-based on purpose: it needs no model download at run time, it is fast, and its offsets are
always exact (`text[start:end]` is the sentence). It knows news conventions: abbreviations
(U.S., Feb., Dr., Gen.), quotations that span several sentences, headlines and list items on
their own lines, and hard-wrapped paragraphs.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

# Words that end with a period without ending the sentence (compared lower-case, no period):
# titles, ranks and abbreviated given names ("Army Spc. Charles Graner", "Mohd. Rafi"),
# months, days, units, initialisms. ("Md." is also Maryland: see `_is_sentence_end`.)
ABBREVIATIONS = frozenset(
    """
        mr mrs ms dr prof gen col lt sgt capt cpt maj adm cmdr gov sen rep st jr sr rev fr
        hon pres jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur
        thurs fri sat sun no nos vol vs v approx dept est fig inc ltd co corp bros mt ft pt
        ave blvd rd e.g i.e a.m p.m u.s u.k u.n u.s.a e.u cf al
        spc pfc pvt cpl brig det insp supt atty messrs amb ret gens sgts lts spcs pvts mohd muhd
    """.split()
)
# Currencies written short before their sum ("Rs. 5 lakh", "Tk. 20,000", "Ksh. 300"): no
# sentence ends between the two.
CURRENCIES_BEFORE_A_SUM = frozenset("rs re tk rp ksh kshs sh dh php nu".split())
# A word this rare in English (wordfreq's Zipf scale) after "Md." is a given name, not a new
# sentence: "Shahidul" is 1.5, "Police" 5.
RARE_IN_ENGLISH_ZIPF = 3.5
# After an initialism such as "U.S." a new sentence starts only before one of these words.
# Capitalised words that go on with a clock time rather than open a sentence after "a.m.":
# "at 7:40 a.m. Tuesday", "6 p.m. GMT", "9 a.m. Eastern".
GOES_ON_WITH_A_TIME = (
    r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|January|February|March|April|May|June|"
    r"July|August|September|October|November|December|GMT|UTC|BST|CET|CEST|EST|EDT|ET|PST|"
    r"PDT|PT|local|Eastern|Pacific|Central|Mountain)\b"
)
SENTENCE_STARTERS = frozenset(
    """
        the a an he she it they we i this that these those there but and so yet in on at for
        after before when while if as his her its their our however meanwhile still also
    """.split()
)

# Sentence ends: Latin, Devanagari (।), Arabic (؟) before white space; CJK (。！？) anywhere.
_BOUNDARY = re.compile(r"[.!?…।؟]+[\"”’')\]]*(?=\s)|[。！？]+[」』”’)]*")
_WORD = re.compile(r"\w+(?:[’'.\-]\w+)*")
_LIST_ITEM = re.compile(r"^\s*(?:[-*•·▪–]|\d{1,3}[.)])\s+|^\s{2,}\S")
_TERMINAL = re.compile(r"[.!?…:;\"”’)\]।؟。！？]\s*$")
# A line ending like this was cut mid-sentence (hard-wrapped text).
_WRAPPED_END = re.compile(r"(?:,|\b(?:the|a|an|of|in|and|or|to|for|on|at|with|by|from|that))\s*$")
_OPEN_QUOTES = "“«„"
MAX_QUOTE_CHARS = 800
MAX_SENTENCE_CHARS = 2_000
_CLOSE_QUOTES = "”»"


@dataclass(frozen=True, slots=True)
class Span:
    start: int
    end: int


def words(text: str) -> list[str]:
    """Word tokens of `text`, as written."""
    return _WORD.findall(text)


# Latin letters no Unicode decomposition takes apart: "Głogowski" is "Glogowski" written
# without the stroke, as wires often do.
_STROKED_LETTERS = str.maketrans(
    {"ł": "l", "ø": "o", "đ": "d", "ð": "d", "ħ": "h", "ı": "i", "ß": "ss", "æ": "ae", "œ": "oe"}
)


@lru_cache(maxsize=200_000)
def fold(word: str) -> str:
    """Lower-case and strip accents, so that 'Mobilisation' and 'mobilisation' compare equal
    (and 'Głogowski' and 'Glogowski')."""
    decomposed = unicodedata.normalize("NFKD", word.lower().translate(_STROKED_LETTERS))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).replace("’", "'")


def split_sentences(text: str, start: int = 0, end: int | None = None) -> list[Span]:
    """Sentences of `text[start:end]` as spans into `text`, whitespace trimmed, none empty.

    A "sentence" longer than MAX_SENTENCE_CHARS (a page with no punctuation) is cut at white
    space into pieces of at most that length, so no later stage sees an unbounded string.
    """
    stop = len(text) if end is None else end
    spans: list[Span] = []
    for unit_start, unit_end in _units(text, start, stop):
        for span in _split_unit(text, unit_start, unit_end):
            if span.end - span.start > MAX_SENTENCE_CHARS:
                spans.extend(_chopped(text, span))
            else:
                spans.append(span)
    return spans


def _chopped(text: str, span: Span) -> Iterator[Span]:
    cut = span.start
    while cut < span.end:
        limit = min(span.end, cut + MAX_SENTENCE_CHARS)
        if limit < span.end:
            space = text.rfind(" ", cut + MAX_SENTENCE_CHARS // 2, limit)
            limit = space if space > cut else limit
        piece = _trimmed(text, cut, limit)
        if piece:
            yield piece
        cut = limit


def _units(text: str, start: int, stop: int) -> Iterator[tuple[int, int]]:
    """Paragraph-like units: lines, with hard-wrapped lines joined back together.

    A line break ends a unit unless the line does not end a clause and the next line starts
    in lower case (a wrapped paragraph). Headlines and list items therefore stay on their own.
    """
    unit_start: int | None = None
    previous_line = ""
    position = start
    while position < stop:
        newline = text.find("\n", position, stop)
        line_end = stop if newline == -1 else newline
        line = text[position:line_end]
        if line.strip():
            continues = (
                unit_start is not None
                and not _TERMINAL.search(previous_line)
                and not _LIST_ITEM.match(line)
                and (line.lstrip()[:1].islower() or bool(_WRAPPED_END.search(previous_line)))
            )
            if not continues:
                if unit_start is not None:
                    yield unit_start, position
                unit_start = position
            previous_line = line
        else:
            if unit_start is not None:
                yield unit_start, position
            unit_start = None
            previous_line = ""
        position = line_end + 1
    if unit_start is not None:
        yield unit_start, stop


def _split_unit(text: str, start: int, end: int) -> Iterator[Span]:
    cut = start
    quote_closes = _quote_closing_positions(text, start, end)
    for match in _BOUNDARY.finditer(text, start, end):
        boundary = match.end()
        if boundary >= end or not _is_sentence_end(text, match.start(), boundary, end):
            continue
        if _inside_closed_quote(quote_closes, match.start()):
            continue
        span = _trimmed(text, cut, boundary)
        if span:
            yield span
        cut = boundary
    span = _trimmed(text, cut, end)
    if span:
        yield span


def _is_sentence_end(text: str, dot: int, boundary: int, end: int) -> bool:
    rest = text[boundary : min(end, boundary + 100)].lstrip()
    if not rest:
        return False
    first = rest[0]
    if first.islower() or first in ",;:)":
        return False
    if text[dot] != ".":
        return True
    token_match = re.search(r"(\S+)$", text[max(0, dot - 40) : dot])
    token = token_match.group(1) if token_match else ""
    token = token.lstrip("\"“‘'([").lower()
    if not token:
        return True
    if token in {"a.m", "p.m"}:  # "at 2:47 a.m. Prosecutors have ...", not "a.m. Tuesday"
        opening = rest.lstrip("\"“‘'")  # nor "a.m. (0930 GMT)"
        return opening[:1].isupper() and re.match(GOES_ON_WITH_A_TIME, opening) is None
    if re.fullmatch(r"(?:[a-z]\.)+[a-z]", token):  # an initialism: U.S, U.N
        next_word = _WORD.match(rest)
        return bool(next_word and next_word.group(0).lower() in SENTENCE_STARTERS)
    if token in ABBREVIATIONS or (token in CURRENCIES_BEFORE_A_SUM and rest[:1].isdigit()):
        return False
    if token == "md" and text[dot - 2 : dot] == "Md" and _given_name_follows(rest):
        return False  # "said Md. Shahidul Islam", not "in Baltimore, Md. Police said"
    if len(token) == 1 and token.isalpha() and text[dot - 1].isupper():  # an initial: "J. Smith"
        return False
    return not (token.isdigit() and rest[:1].isdigit())


def _given_name_follows(rest: str) -> bool:
    """Whether "Md." abbreviates Mohammad here: a capitalised word follows that English does
    not use ("Md. Shahidul"; "Md. Police said" is Maryland, then a new sentence)."""
    word = _WORD.match(rest)
    if word is None or not word.group(0)[:1].isupper():
        return False
    from wordfreq import zipf_frequency  # deferred: its word lists load on the first call

    return zipf_frequency(word.group(0).lower(), "en") < RARE_IN_ENGLISH_ZIPF


def _quote_closing_positions(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """(open, close) offsets of double quotations that open and close inside the unit."""
    pairs: list[tuple[int, int]] = []
    open_at: int | None = None
    straight_open: int | None = None
    for index in range(start, end):
        char = text[index]
        if char in _OPEN_QUOTES:
            open_at = index
        elif char in _CLOSE_QUOTES and open_at is not None:
            pairs.append((open_at, index))
            open_at = None
        elif char == '"':
            if straight_open is None:
                straight_open = index
            else:
                pairs.append((straight_open, index))
                straight_open = None
    return pairs


def _inside_closed_quote(pairs: list[tuple[int, int]], position: int) -> bool:
    # A boundary right before the closing mark ('... Gaza.”') is the quote's own end: not inside.
    # Very long "quotations" are more likely a stray quote mark than one quoted passage.
    # Pairs do not overlap and are in order: the only candidate is the last opening before.
    index = bisect_right(pairs, (position, len(pairs) and pairs[-1][1] + 1)) - 1
    if index < 0:
        return False
    open_at, close = pairs[index]
    return open_at < position < close - 1 and close - open_at <= MAX_QUOTE_CHARS


def _trimmed(text: str, start: int, end: int) -> Span | None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Span(start, end) if end > start else None


# Spellings of one name that should count as one token when comparing sentences.
_CANONICAL_TOKENS = {
    "u.s": "us", "u.s.a": "us", "usa": "us", "us": "us", "america": "us", "american": "us",
    "u.k": "uk", "uk": "uk", "britain": "uk", "british": "uk", "u.n": "un", "un": "un",
}  # fmt: skip
_MULTIWORD = re.compile(r"\bunited states\b|\bunited kingdom\b|\bunited nations\b", re.I)
_MULTIWORD_TOKEN = {"united states": "US", "united kingdom": "UK", "united nations": "UN"}


@lru_cache(maxsize=1)
def stop_words() -> frozenset[str]:
    """English stop words (sumy's list, shipped in its package: no download)."""
    from sumy.utils import get_stop_words

    return frozenset(fold(word) for word in get_stop_words("english"))


_BRITISH_Z = re.compile(r"iz(?=(?:e|es|ed|ing|ation|ations)$)")


@lru_cache(maxsize=200_000)
def stem(word: str) -> str:
    """A light English stemmer: enough to match 'attacks' with 'attack' across outlets."""
    if len(word) <= 3 or word.isdigit():
        return word
    if len(word) >= 7:  # mobilization / mobilisation, not size / sise
        word = _BRITISH_Z.sub("is", word)
    for suffix, replacement, minimum in (
        ("ies", "y", 5), ("sses", "ss", 5), ("ing", "", 6), ("ed", "", 5), ("es", "", 5),
        ("s", "", 4), ("ly", "", 6),
    ):  # fmt: skip
        if word.endswith(suffix) and len(word) >= minimum and not word.endswith("ss"):
            return word[: len(word) - len(suffix)] + replacement
    return word


def canonical_spelling(text: str) -> str:
    """'United States' -> 'US' (and the like), so that both spellings compare as one name."""
    return _MULTIWORD.sub(lambda match: _MULTIWORD_TOKEN[match.group(0).lower()], text)


def content_tokens(text: str) -> list[str]:
    """Folded, stemmed tokens without stop words: what two sentences are compared on."""
    text = canonical_spelling(text)
    stops = stop_words()
    tokens: list[str] = []
    for word in _WORD.findall(text):
        folded = fold(word).removesuffix("'s").rstrip(".")
        if folded in _CANONICAL_TOKENS and (word[:1].isupper() or "." in folded):
            tokens.append(_CANONICAL_TOKENS[folded])  # "US" the country, not "us" the pronoun
            continue
        if folded in stops or (len(folded) < 2 and not folded.isdigit()):
            continue
        tokens.append(stem(folded))
    return tokens


QUOTE_MARKS = re.compile(r"[“”\"]")


def quote_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of the quotations in a sentence, quote marks included. A quotation of
    several sentences is cut by the sentence splitter: one left open runs to the end of the
    sentence, and a closing mark never opened closes one that began before the sentence."""
    spans: list[tuple[int, int]] = []
    opened: int | None = None
    for match in QUOTE_MARKS.finditer(text):
        mark = match.group(0)
        if opened is None:
            if not spans and _closes(text, match.start()):
                spans.append((0, match.end()))
            elif mark != "”":
                opened = match.start()
        elif mark == "“":
            opened = match.start()
        else:
            spans.append((opened, match.end()))
            opened = None
    if opened is not None:
        spans.append((opened, len(text)))
    return spans


def _closes(text: str, position: int) -> bool:
    """A closing quote mark: a right one, or a straight one right after punctuation."""
    mark = text[position]
    return mark == "”" or (mark == '"' and position > 0 and text[position - 1] in ",.!?…")
