"""`casualties`: every reported figure of killed and injured, with the group it is about and who
reported it; one item per distinct figure, citing every source that gives it."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..evidence import EvidenceSet, SentenceRef
from ..numbers import NUMBER_WORDS, VAGUE, parse_count
from ..schema import Casualty
from .common import cite, clean_sentence, shorten

_QUALIFIER = (
    r"(?:(?P<qualifier>at least|more than|over|nearly|almost|about|around|some|up to|"
    r"as many as|fewer than|less than|approximately|roughly|an estimated)\s+)?"
)
# A count is a whole number standing alone: not the tail of a decimal ("3.5", "12,5"), a
# negative number ("-5", "−5") or a range, nor the head of a decimal ("3.5 million").
_COUNT = (
    r"(?<![\d.,\-−])(?P<count>\d{1,3}(?:,\d{3})+|\d+|a dozen|a hundred|dozens|scores|hundreds|"
    r"thousands|"
    + "|".join(
        sorted((w for w in NUMBER_WORDS if " " not in w and len(w) > 2), key=len, reverse=True)
    )
    + r")(?![.,]\d)"
)
_PERSON_NOUNS = (
    r"(?:people|persons|person|civilians?|soldiers?|troops|servicem[ae]n|militants?|fighters?|"
    r"members?|children|child|women|woman|men|man|police(?:men|man)?|officers?|workers?|"
    r"passengers?|students?|protesters?|demonstrators?|journalists?|residents?|villagers?|"
    r"pilgrims?|migrants?|refugees?|staff|crew|medics?|doctors?|nurses?|guards?|victims?|"
    r"commanders?|leaders?|insurgents?|rebels?|gunmen|gunman|attackers?|bombers?|suspects?|"
    r"israelis|palestinians|americans|iraqis|syrians|afghans|personnel|tourists?|others|dead|"
    r"miners?|sailors?|marines?|climbers?|hikers?|fishermen|firefighters?|rescuers?|pupils?|"
    r"worshippers?|patients?|inmates?|prisoners?|hostages?|athletes?|fans?|spectators?|"
    r"shoppers?|bystanders?|motorists?|pedestrians?|farmers?|teachers?|officials?|lives)"
)
_CLAUSE_END = (
    r"(?=[,.;]|\s+(?:were|was|had|have|in|on|at|and|who|that|when|during|including|said)\b)"
)
_GROUP = (
    rf"(?P<group>(?:[\w’'\-]+\s+){{0,3}}?{_PERSON_NOUNS}"
    rf"(?:\s+(?:of|from|in)\s+(?:the\s+)?(?:[\w’'\-]+\s*){{1,5}}?{_CLAUSE_END})?)"
)
_SINGULAR = (
    r"(?:commander|leader|soldier|civilian|man|woman|child|boy|girl|officer|policeman|"
    r"journalist|militant|fighter|member|official|cleric|general|colonel|worker|student)"
)
_SINGULAR_GROUP = (
    rf"(?P<group>(?:[\w’'\-]+\s+){{0,2}}?{_SINGULAR}(?:\s+(?:of|from)\s+(?:the\s+|an?\s+)?"
    rf"(?:[\w’'\-]+\s*){{1,4}}?(?=[,.;]|\s+(?:in|on|at|and|who|that|when)\b))?)"
)
_AUX = r"(?:(?:were|was|have been|had been|are|have|had|being)\s+)?"
_VERB_KILLED = r"(?:killed|dead|died|slain|lost their lives|perished|killing|kills|kill)"
_VERB_INJURED = r"(?:injured|wounded|hurt|injuring|wounding|injuries|injury)"
_POSSESSED = r"(?P<group>(?:its|their|the|his|her)\s+[\w’'\-]+(?:\s+[\w’'\-]+)?)"

_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    # "killed three American soldiers", "killing 40 people", "wounding dozens"
    (
        "killed",
        re.compile(rf"\b(?:killed|killing|kills|kill)\s+{_QUALIFIER}{_COUNT}\s+{_GROUP}", re.I),
    ),
    (
        "injured",
        re.compile(
            rf"\b(?:injured|injuring|wounded|wounding|hurt)\s+{_QUALIFIER}{_COUNT}\s+{_GROUP}", re.I
        ),
    ),
    # "killed a commander of an Iran-aligned group"
    (
        "killed",
        re.compile(
            rf"\b(?:killed|killing)\s+(?P<qualifier>)(?P<count>an?)\s+{_SINGULAR_GROUP}", re.I
        ),
    ),
    # "16 of its members were killed", "three US soldiers were killed", "Three dead"
    (
        "killed",
        re.compile(
            rf"\b{_QUALIFIER}{_COUNT}\s+(?:{_GROUP}\s+)?{_AUX}(?:reported\s+)?{_VERB_KILLED}\b",
            re.I,
        ),
    ),
    (
        "killed",
        re.compile(
            rf"\b{_QUALIFIER}{_COUNT}\s+of\s+{_POSSESSED}\s+(?:were|was|have been|had been)\s+"
            rf"{_VERB_KILLED}\b",
            re.I,
        ),
    ),
    (
        "injured",
        re.compile(rf"\b{_QUALIFIER}{_COUNT}\s+(?:{_GROUP}\s+)?{_AUX}{_VERB_INJURED}\b", re.I),
    ),
    # "death toll rose to 52", "injury to dozens"
    (
        "killed",
        re.compile(
            rf"\b(?:death toll|toll)\s+(?:\w+\s+){{0,3}}?(?:to|at|of|reached|hit)\s+"
            rf"{_QUALIFIER}{_COUNT}\b",
            re.I,
        ),
    ),
    ("injured", re.compile(rf"\b(?:injury|injuries)\s+to\s+{_QUALIFIER}{_COUNT}\b", re.I)),
    # "the killing of hundreds of Israelis", "the deaths of 12 miners"
    (
        "killed",
        re.compile(
            rf"\b(?:killings?|deaths?|murders?)\s+of\s+{_QUALIFIER}{_COUNT}\s+(?:of\s+)?{_GROUP}",
            re.I,
        ),
    ),
    # "12 people are missing", "dozens remain unaccounted for"
    (
        "missing",
        re.compile(
            rf"\b{_QUALIFIER}{_COUNT}\s+(?:{_GROUP}\s+)?(?:(?:are|were|remain|remained|still|"
            rf"have been|had been|reported|listed as)\s+)*(?:missing|unaccounted for)\b",
            re.I,
        ),
    ),
]
_SAY = r"(?:said|says|reported|claimed|announced|stated)"
_WHO = r"(?P<who>(?:the |a )?[\w’'\- ]{3,50}?)"
_ATTRIBUTION = [
    re.compile(r"\baccording to (?P<who>(?:the )?[^,.;]{3,60}?)(?=[,.;]|$)", re.I),
    re.compile(rf"[,”\"]\s*{_SAY}\s+{_WHO}[.!]?$"),  # "..., said the army."
    re.compile(rf",\s+{_WHO}\s+{_SAY}[.!]?$"),  # "..., the army said."
    # "..., the Syrian Observatory for Human Rights, which monitors the war." (no verb)
    re.compile(
        r",\s+(?:the\s+)?(?P<who>[A-Z][\w’']*(?:\s+(?:for|of|on|and|[A-Z][\w’']*))+)"
        r"(?:,\s+(?:which|who)\b[^,]*)?[.!]?$"
    ),
    # "Iraq's Popular Mobilization Forces, a state security force ..., said"
    re.compile(
        rf"(?P<who>[A-Z][\w’']*(?:\s+[A-Z][\w’']*)+),\s+(?:an?|the)\s+[^,]{{3,90}},\s+{_SAY}\b"
    ),
    re.compile(  # "The army said ..."
        rf"(?:^|[,.;]\s)(?P<who>(?:the |a )?[A-Z][\w’'\- ]{{2,60}}?)\s+"
        rf"(?:(?:had|has|have|also|later|earlier)\s+)*{_SAY}\b"
    ),
]
_NOT_SOURCES = {"it", "he", "she", "they", "that", "this", "there", "we", "i"}
_TIME_WORD = re.compile(
    r"^(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|"
    r"earlier|later|last \w+)$",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class Figure:
    kind: str  # killed | injured | missing
    count: int
    qualifier: str | None
    group: str | None
    attributed_to: str | None
    ref: SentenceRef
    start: int
    end: int

    @property
    def key(self) -> tuple[str, int, str]:
        return (self.kind, self.count, _group_head(self.group))


def _group_head(group: str | None) -> str:
    if not group:
        return ""
    match = re.search(_PERSON_NOUNS, group, re.I)
    head = match.group(0).lower() if match else group.split()[-1].lower()
    return head.rstrip("s") if len(head) > 4 else head


def find_figures(ref: SentenceRef) -> list[Figure]:
    """Casualty figures in one sentence; overlapping matches keep the first pattern's."""
    figures: list[Figure] = []
    taken: list[tuple[int, int]] = []
    for kind, pattern in _PATTERNS:
        for match in pattern.finditer(ref.text):
            start, end = match.span("count")
            if any(s <= start < e for s, e in taken):
                continue
            raw = match.group("count")
            if raw.isdigit() and len(raw) == 4 and raw.startswith(("19", "20")):
                continue  # a year
            group = (match.groupdict().get("group") or "").strip() or None
            if raw.lower() in {"a", "an"} and not group:
                continue
            taken.append((start, end))
            qualifier = (match.group("qualifier") or "").lower() or None
            if raw.lower() in VAGUE:
                qualifier = qualifier or "at least"
            figures.append(
                Figure(
                    kind,
                    parse_count(raw),
                    qualifier,
                    group,
                    _attribution(ref.text),
                    ref,
                    match.start(),
                    match.end(),
                )
            )
    return figures


def _attribution(sentence: str) -> str | None:
    for pattern in _ATTRIBUTION:
        match = pattern.search(sentence)
        if match:
            who = match.group("who").strip()
            if who.lower() not in _NOT_SOURCES and not _TIME_WORD.search(who):
                return re.sub(r"^(?:the|a)\s+", "", who, flags=re.I)
    return None


def all_figures(evidence: EvidenceSet) -> list[Figure]:
    return [
        figure for item in evidence.ranked() for ref in item.members for figure in find_figures(ref)
    ]


def extract_casualties(evidence: EvidenceSet, figures_found: list[Figure]) -> list[Casualty]:
    grouped: dict[tuple[str, int, str], list[Figure]] = {}
    for figure in figures_found:
        key = figure.key
        if not figure.group:  # "three killed" next to "killed three members": one figure
            key = next(
                (
                    other.key
                    for other in figures_found
                    if other.group
                    and other.ref.source_id == figure.ref.source_id
                    and (other.kind, other.count) == (figure.kind, figure.count)
                ),
                key,
            )
        grouped.setdefault(key, []).append(figure)
    casualties: list[Casualty] = []
    for figures in grouped.values():
        lead = next((figure for figure in figures if figure.group), figures[0])
        refs: dict[str, SentenceRef] = {}
        for figure in figures:
            refs.setdefault(figure.ref.source_id, figure.ref)
        # Every voice the sources name for this figure, in order; none if no source names one.
        voices = list(dict.fromkeys(f.attributed_to for f in figures if f.attributed_to))
        attributed = "; ".join(voices[:3]) or None
        outlets = sorted({o for source in refs if (o := evidence.article(source).outlet)})
        casualties.append(
            Casualty(
                description=describe(lead),
                killed=lead.count if lead.kind == "killed" else None,
                injured=lead.count if lead.kind == "injured" else None,
                group=lead.group,
                # Unattributed in the text: the outlet stands behind it, if only one outlet does.
                attributed_to=attributed or (outlets[0] if len(refs) == 1 and outlets else None),
                citations=cite(refs.values()),
            )
        )
    return casualties


def describe(figure: Figure) -> str:
    """'3 killed: American soldiers in Jordan', in the source's own words where it has them."""
    amount = f"{figure.qualifier} {figure.count}" if figure.qualifier else str(figure.count)
    if figure.group:
        group = re.sub(r"^of\s+", "", figure.group)
        return f"{amount} {figure.kind}: {shorten(clean_sentence(group), 14)}"
    return f"{amount} {figure.kind}: {shorten(clean_sentence(figure.ref.text), 20)}"
