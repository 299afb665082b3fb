"""Helpers every extractor shares: citing evidence, trimming text, naming a source."""

from __future__ import annotations

import re
from collections.abc import Iterable

from ..evidence import EvidenceItem, SentenceRef
from ..schema import Citation, TimeRef
from ..segment import quote_spans
from ..support import citation_support_problem


def cite(refs: Iterable[SentenceRef]) -> list[Citation]:
    """Citations of whole sentences, one per source, in source order."""
    seen: set[tuple[str, int]] = set()
    citations: list[Citation] = []
    for ref in refs:
        if (ref.source_id, ref.start) in seen:
            continue
        seen.add((ref.source_id, ref.start))
        citations.append(
            Citation(source_id=ref.source_id, quote=ref.text, start=ref.start, end=ref.end)
        )
    return sorted(citations, key=lambda citation: _source_number(citation.source_id))


def cite_item(item: EvidenceItem) -> list[Citation]:
    return cite(item.members)


def supported_only(item: TimeRef) -> TimeRef:
    """The item with only the citations whose sentence backs it (`support`): a date is carried
    by many sentences that tell other things of that day. With none, it is left for `verify`
    to drop and list."""
    kept = [c for c in item.citations if citation_support_problem(item, c.quote) is None]
    if kept:
        item.citations = kept
    return item


# A span of past years that a statement sums up: "in recent years", "over the past decade".
OVER_THE_YEARS = re.compile(
    r"\b(?:in\s+recent\s+(?:years|decades)|over\s+the\s+(?:past|last)\s+(?:few\s+|\w+\s+)?"
    r"(?:years|decades|decade))\b",
    re.I,
)


def _source_number(source_id: str) -> int:
    digits = re.sub(r"\D", "", source_id)
    return int(digits) if digits else 0


def shorten(text: str, max_words: int) -> str:
    """At most `max_words` words, cut at a word boundary with an ellipsis."""
    words = text.split()
    if len(words) <= max_words:
        return text.strip()
    return " ".join(words[:max_words]).rstrip(",;:—–-") + " …"


def clean_sentence(text: str) -> str:
    """One line of prose: newlines and runs of spaces folded."""
    return re.sub(r"\s+", " ", text).strip()


# The dateline that opens a wire report: where it was filed, not part of the statement.
# "TEXAS, US – ", "BAGHDAD (Reuters) - ", "LONDON, July 8 — ", "VIRGINIA, South Africa, May 18
# (AFP) - ", "NOVI SAD, Serbia, March 18, 2026 (AFP) - ", "BISSAU, Guinea-Bissau (AP) - ",
# "London, England — ", "Port Moresby, Feb 20 (EFE).- ", "Lokoja (Nigeria) (AFP) - ",
# "Wrocław, 20.02.2026 (PAP) - ", "Sydney (Australia), 20 Nov (EFE).- " and "Dublin, 22
# November (EFE) - ".
# An agency's name after the dateline's place or day, in brackets or between slashes:
# "(Reuters)", "/Agerpres/".
_AGENCY = r"(?:\([^)]{2,30}\)|/[^\W\d_][^/\n]{1,28}/)"
# A place or a day after a dateline's town: "Senegal", "South Africa", "Trinidad and Tobago",
# "Feb. 20", "March 11 2026".
_CAPITALISED_WORDS = (
    r"[A-Z][\w.'’\-]*"
    r"(?:\s+(?:(?:and|of|the|de|del|da|do|du|di)\s+)?[A-Z][\w.'’\-]*|,?\s+\d{1,4}){0,3}"
)
_NO_MONTH_AND_YEAR = (
    r"(?!(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+(?:19|20)\d\d\b)"
)
_DATELINE = re.compile(
    # "BRUSSELS/ANTWERP, March 14 (Reuters) - ": places filed from together
    # ("CALGARY (Canada), July 17, 2026 (AFP) - ": its country in brackets first)
    r"^(?:(?P<place>[A-Z][A-Z.'’\-]+(?:[\s/]+[A-Z][A-Z.'’\-]+)*)(?:\s*" + _AGENCY + r")?"
    r"(?:,\s*[\w.'’\- ]{2,30}(?:\s*" + _AGENCY + r")?){0,3}"  # "CALGARY, Alberta (Canada), July 17"
    r"(?:\s*" + _AGENCY + r")?\s*[-–—]+"
    # a town's name may open with any capital: "Łódź"
    # (with a particle inside: "Vina del Mar (Chile) (AFP) - ", "Rio de Janeiro, May 2 - ")
    r"|(?P<titled>(?![a-z])[^\W\d_]{2,}(?:-[^\W\d_]+)*"  # ("Cluj-Napoca, 23 January")
    r"(?:\s(?:(?:de|del|da|do|dos|das|di|du|la|le|el)\s)?(?![a-z])[^\W\d_]+)?)"
    # "Wrocław, 20.02.2026 (PAP) - ": a date in figures after the place; "Sydney (Australia),
    # 20 Nov (EFE).- ": its country in brackets, the day before the month
    # (not "Saint-Denis, November 2015 - Suicide bombers ...": a factbox's earlier event)
    # ("Guinea-Bissau, Senegal's southern neighbour - ...": a place is written in capitals)
    r"(?:(?:\s*" + _AGENCY + r")?,\s*(?:" + _NO_MONTH_AND_YEAR + _CAPITALISED_WORDS + r"|"
    r"\d{1,2}[./]\d{1,2}[./]\d{2,4}|"
    r"\d{1,2}\s+[A-Z][a-z]{2,8}\.?(?:\s+\d{4})?)(?:\s*" + _AGENCY + r"){0,2}"
    r"|(?:\s*" + _AGENCY + r"){1,2})"
    r"\s*\.?[-–—]+)"
    r"\s+(?=[A-Z“\"])"
)


# A dateline closed by a colon, as South Asian papers write it: "MULTAN: The death toll ...",
# "MULTAN (Correspondent): ...", "ISLAMABAD (APP): ...". A headline's kicker is written so too
# ("MAGAL TRAGEDY: ...", "WEEK IN REVIEW: ..."): without a credit in brackets, the place must
# be one the gazetteer knows.
_COLON_DATELINE = re.compile(
    r"^(?P<place>[A-Z][A-Z.'’\-]+(?:\s+[A-Z][A-Z.'’\-]+){0,2})(?P<credit>\s*" + _AGENCY + r")?"
    r"(?P<titled>)?:\s+(?=[A-Z“\"])"
)


def dateline(text: str) -> re.Match[str] | None:
    """The dateline opening `text`, if any; its group "place" (capitals) or "titled" is the
    place it names."""
    match = _DATELINE.match(text)
    if match is not None:
        return match
    colon = _COLON_DATELINE.match(text)
    if colon is None:
        return None
    from .gazetteer import gazetteer  # (its tables load once, on the first colon dateline)

    known = colon.group("credit") or gazetteer().lookup(colon.group("place").title())
    return colon if known else None


def without_dateline(text: str) -> str:
    """A statement without the dateline that opens its wire copy (the citation keeps it)."""
    match = dateline(text)
    return text[match.end() :] if match else text


# A sentence that opens with a pronoun leans on the one before it: out of context it misleads.
# So does one that counts some of the people just named: "Three of them have serious burns",
# "Among them were six children", "Both were taken to hospital"; and one about "the man" or
# "the couple" named before, described in an aside ("The man, a local farmer, was detained").
_DANGLING = re.compile(
    # "According to prosecutors, the two men" opens on "the two men"; "According to her
    # words, ..." on "her"
    r"^[“\"]?(?:according\s+to\s+(?![^,]{0,60}\b(?:his|her|their|its)\b)[^,]{1,60},\s+)?"
    r"(?:according\s+to\s+)?"
    r"(?:he|she|it|they|his|her|its|their|among\s+them|but|yet|instead|"
    # "This decision", "These men", "This year alone, they said, ..." (not "This afternoon
    # police arrested ...": a time of the event, and someone named after it)
    r"(?:this|these|those)(?!\s+(?:morning|afternoon|evening|night|week|weekend),?\s+"
    r"(?!(?:he|she|it|they|we|his|her|its|their)\b))|"
    r"(?:both|[\w-]+\s+of\s+(?:those|these))\s+(?:were|are|was|is|had|have|remain|died)|"
    r"[\w-]+\s+of\s+(?:them|whom)|the\s+(?:man|woman|boy|girl|couple)(?=,)|"
    # "The 26-year-old was the second of three workers to climb in": someone named before it
    r"the\s+[\w-]+-year-old(?=\s+(?:was|is|had|has|said|says|told|died|remains|who)\b)|"
    r"the\s+(?:two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(?:men|women|suspects)\b|"
    # "The gap is partly one of definition.": between two things the sentences before told
    r"(?:the|this|that)\s+(?-i:gap|difference|discrepancy|disparity|mismatch)\s+(?:is|was|lies)\s+"
    r"(?:(?:partly|largely|mainly|mostly|in\s+part)\s+)?(?:one\s+of|down\s+to|explained\s+by))"
    r"\b",
    re.I,
)


# Verbs of a stance taken on what another said: "rejected", "denied", "disputes".
_TAKING_A_STANCE = (
    r"\b(?:reject|rejects|rejected|den(?:y|ies|ied)|disput(?:e|es|ed)|dismiss(?:es|ed)?|"
    r"contest(?:s|ed)?|challeng(?:e|es|ed))"
)
# A stance on something the sentence does not tell, and nothing more: "rejected that
# account.", "denied it on Friday.".
_ANSWERS_WHAT_WAS_TOLD = re.compile(
    _TAKING_A_STANCE + r"\s+(?:(?:that|this|these|those|such)\s+"
    r"(?:\w+\s+)?(?:account|claim|version|figure|number|reports?|allegations?|charges?|"
    r"accusations?|assertion|statement)s?|it|this|that)"
    r"(?:\s+(?:on|late\s+on|early\s+on|in|at|again|outright|flatly)(?:\s+\w+)?)?\s*[.!]?\s*$",
    re.I,
)


# The same with "the", of an accusation only (not "denied the charges", "dismissed the charges",
# "rejected the claim": a plea, a ruling, an insurer's answer): "Real Tunari, which owns the
# stadium, denied the accusation." (what it is, the sentence before tells, where this one
# names no accusing before it).
_DENIES_THE_ACCUSATION = re.compile(
    _TAKING_A_STANCE + r"\s+the\s+(?:accusations?|allegations?)\s*[.!]?\s*$", re.I
)
_ACCUSED_BEFORE = re.compile(r"\b(?:accus|alleg|blam)", re.I)


# A short statement whose verb takes a bare "it" or "them" and says nothing more than when:
# "The government accepted it within hours.", "Police confirmed it on Friday." (what "it" is,
# the sentence before tells).
_TAKES_UP_WHAT_WAS_TOLD = re.compile(
    # (one clause: not "Waves hit the boat and capsized it", "The bridge collapsed as lorries
    # crossed it", whose "it" is named in the sentence)
    r"^(?:(?!(?:and|as|but|when|while|after|before|until|then|so|once|said|says|told|"
    r"reported|added)\s)[\w’'\-]+\s+){1,5}?"
    r"[a-z]+(?:ed|s)\s+(?:it|them)"
    r"(?:\s+(?:within|on|in|at|after|later|again|immediately|quickly|swiftly)"
    r"(?:\s+[\w’':.\-]+){0,3})?"
    r"\s*[.!]?\s*$",
    re.I,
)

# A figure given with nothing it counts, ending the sentence: "The supplier, Trivium Traffic
# Systems, says around 1,900.", "The union puts it at 40." (the count of what the sentence
# before told).
_A_BARE_FIGURE_GIVEN = re.compile(
    r"\b(?:says?|said|puts?\s+(?:it|the\s+(?:number|figure|total|toll|count))\s+at|"
    r"counts?|counted|estimates?|estimated)\s+"
    r"(?:(?:about|around|roughly|some|nearly|almost|approximately|only|just|at\s+least|"
    r"more\s+than|fewer\s+than|less\s+than|up\s+to|over|under|as\s+many\s+as)\s+)?"
    r"(?:\d[\d,.]*|a\s+dozen|dozens|hundreds|thousands|one|two|three|four|five|six|seven|"
    r"eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|a\s+hundred)"
    r"(?:\s+(?:million|billion|thousand|hundred))?[\"”’']?\s*[.!]?[\"”’']?\s*$",
    re.I,
)

# What tells, before such a figure, what it counts: "Asked how many were missing, the governor
# said about 40", "did not give a toll, but a doctor said at least 30", "52 passengers ...;
# police say 48".
_COUNTED_BEFORE = re.compile(
    r"\d|\b(?:toll|how\s+many|how\s+much|figures?|numbers?|counts?|total|but|while|whereas)\b",
    re.I,
)


def _a_bare_figure_given(text: str) -> bool:
    """Whether a sentence ends on a figure given with nothing it counts, nothing before it in
    the sentence saying what it counts either."""
    bare = _A_BARE_FIGURE_GIVEN.search(text)
    return bare is not None and _COUNTED_BEFORE.search(text, 0, bare.start()) is None


def dangling(text: str) -> bool:
    """Whether `text` opens with a pronoun ("He said ...", "Three of them ...") or a contrast
    ("But the owner said the ship's own data told a different story") that only the sentence
    before it explains), or answers what was told before it ("Its director rejected that
    account.")."""
    return (
        _DANGLING.match(text) is not None
        or _ANSWERS_WHAT_WAS_TOLD.search(text) is not None
        or (
            (denial := _DENIES_THE_ACCUSATION.search(text)) is not None
            and not _ACCUSED_BEFORE.search(text, 0, denial.start())
        )
        or _TAKES_UP_WHAT_WAS_TOLD.match(text) is not None
        or _a_bare_figure_given(text)
    )


def paired_quotes(text: str) -> str:
    """`text` without quotation marks that open or close nothing in it: a phrase cut out of a
    sentence ('four "community deaths') must not leave one mark of a pair."""
    for opening, closing in (("“", "”"), ("‘", "’")):
        if text.count(opening) != text.count(closing):
            text = text.replace(opening, "").replace(closing, "")
    if text.count('"') % 2:
        text = text.replace('"', "")
    return text


# A statement that opens with one of these and has more than QUOTED_SHARE of its characters
# inside quotation marks (the marks counted) is a quote, not narration.
QUOTE_OPENINGS = frozenset("\"“‘'")
# (Neutral on ROUGE at 100 and 250 words on the development topics: 37.0/16.9 and 50.8/22.0,
# against 37.0/16.9 and 50.6/22.2 with quotes allowed; 0.5 and 0.7 tried, the same.)
QUOTED_SHARE = 0.5


# Verbs of saying that close a report: "..., police said".
SAYING = frozenset(
    "said says told tells added adds stated insisted declared explained wrote reported".split()
)
# What follows a quotation that closes on a comma when the rest is its attribution: '"...,"
# has declared the general secretary of the union', '"...," Mkumbo told reporters'.
_ATTRIBUTED_AFTER = re.compile(
    r"\s*(?:[\w’'.\-]+\s+){0,4}?(?:has\s+|had\s+)?(?:" + "|".join(sorted(SAYING)) + r")\b",
    re.I,
)


# A quotation closed on a comma is a quote only if it is a sentence quoted (not a name: '"Daniel,"
# which forecasters said ...') and what follows it is its attribution and no more.
MIN_QUOTED_WORDS, MAX_ATTRIBUTION_WORDS = 4, 14


def mostly_quoted(text: str) -> bool:
    """Whether a statement is someone's quoted words ('"So far we have recovered 12 bodies,"
    Mkumbo said'): it opens with a quotation and most of it is quoted, or the quotation closes
    on a comma and its attribution follows ('"We will deliver everything to the prosecutors,"
    has declared the general secretary of the union, Massimo Arienzo'). That is a reaction,
    which `reactions` gives with its speaker, not what happened; a quoted phrase in narration
    ('The army declared a "state of emergency in all districts" on Saturday') is not."""
    statement = without_dateline(text).lstrip()
    if statement[:1] not in QUOTE_OPENINGS:
        return False
    spans = quote_spans(statement)
    inside = sum(end - start for start, end in spans)
    if inside > QUOTED_SHARE * len(statement):
        return True
    if not spans or spans[0][0] != 0:
        return False
    closing = statement[: spans[0][1]].rstrip("\"”’' ")
    outside = statement[spans[0][1] :].split()
    return (
        closing.endswith(",")
        # a sentence quoted, not a name or a word ('"Daniel," which forecasters said ...')
        and len(closing.split()) >= MIN_QUOTED_WORDS
        # its attribution and no more ('..., said Rami Haddad, a baker whose shop was destroyed
        # when a fuel tank exploded ...' tells the news in the attribution)
        and len(outside) <= MAX_ATTRIBUTION_WORDS
        and _ATTRIBUTED_AFTER.match(statement, spans[0][1]) is not None
    )


def all_quoted(text: str) -> bool:
    """Whether a sentence is a quotation and nothing else: no words outside its quote marks
    ('"The real toll is 19, and it may be higher."'; not '"At least 30 died," one survivor
    said', which names its own speaker)."""
    outside = outside_quotes(text)
    return outside is not None and not re.search(r"[^\W\d_]", outside)


def outside_quotes(text: str) -> str | None:
    """The words of a sentence that opens with a quotation, outside its quote marks; None
    when it does not open with one."""
    statement = without_dateline(text).strip()
    if statement[:1] not in QUOTE_OPENINGS:
        return None
    outside = list(statement)
    for start, end in quote_spans(statement):
        outside[start:end] = " " * (end - start)
    return " ".join("".join(outside).split())


# What happened, named as a noun: "the crash was caused by", "survived the crash", "the
# attack on Tuesday" (the casualty, cause and timeline readers share it).
EVENT_NOUNS = frozenset(
    """
        accident crash collision fire blaze explosion blast collapse leak spill grounding
        sinking capsizing disaster tragedy flood flooding floods rockfall derailment outage
        attack breach eruption landslide mudslide incident deaths stampede crush shooting
        quake earthquake storm cyclone ordeal blackout
    """.split()
)
