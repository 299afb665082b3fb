"""Every citation resolved to an exact span of its source, checked to back its item, and a
grounding report.

An engine's quote is matched to the source exactly, then after normalising white space,
quotation marks and dashes, then fuzzily (above `FUZZY_MIN_SCORE`). Whatever the match, the
printed quote is the exact source slice. The slice must then support the item it is printed
for (`support.citation_support_problem`: its figures, names and most of its words are in the
quote). A quote that cannot be matched, or does not support its item, is never printed as a
citation: it is listed in `provenance.dropped` with the reason, and an item left with no
citation is dropped (and listed) as well.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Literal, Protocol, TypeVar

from .schema import Citation, Dropped, EventBrief, Grounding
from .support import citation_support_problem

# rapidfuzz partial-ratio score (0..100) from which a quote counts as found, and the share of
# the quote's length the matched span must cover.
FUZZY_MIN_SCORE = 90.0
FUZZY_MIN_COVERAGE = 0.8

MatchKind = Literal["exact", "normalised", "fuzzy"]


class _HasCitations(Protocol):
    citations: list[Citation]


Cited = TypeVar("Cited", bound=_HasCitations)
_FOLD = str.maketrans({
    "“": '"', "”": '"', "„": '"', "«": '"', "»": '"', "″": '"',
    "‘": "'", "’": "'", "‚": "'", "′": "'", "`": "'",
    "–": "-", "—": "-", "−": "-", "‐": "-", "‑": "-", "\u00a0": " ",
})  # fmt: skip


@dataclass(frozen=True, slots=True)
class Located:
    start: int
    end: int
    kind: MatchKind


def _normalise(text: str) -> tuple[str, list[int]]:
    """Text with quotes, dashes and white-space runs folded, plus each character's origin."""
    out: list[str] = []
    origin: list[int] = []
    previous_space = False
    for index, char in enumerate(text.translate(_FOLD)):
        if char.isspace():
            if previous_space:
                continue
            char, previous_space = " ", True
        else:
            previous_space = False
        out.append(char)
        origin.append(index)
    return "".join(out), origin


def locate(source_text: str, quote: str, near: int | None = None) -> Located | None:
    """Where `quote` stands in `source_text` (the occurrence nearest `near` if several)."""
    quote = quote.strip()
    if not quote:
        return None
    positions = [match.start() for match in re.finditer(re.escape(quote), source_text)]
    if positions:
        start = min(positions, key=lambda p: abs(p - near)) if near is not None else positions[0]
        return Located(start, start + len(quote), "exact")
    normal_text, origin = _normalise(source_text)
    normal_quote, _ = _normalise(quote)
    normal_quote = normal_quote.strip()
    found = normal_text.find(normal_quote)
    if found >= 0 and normal_quote:
        return Located(origin[found], origin[found + len(normal_quote) - 1] + 1, "normalised")
    return _fuzzy(source_text, normal_text, origin, normal_quote)


def _fuzzy(source_text: str, normal_text: str, origin: list[int], quote: str) -> Located | None:
    from rapidfuzz import fuzz

    if len(quote) < 12:
        return None  # short quotes match anything fuzzily
    alignment = fuzz.partial_ratio_alignment(quote, normal_text, score_cutoff=FUZZY_MIN_SCORE)
    if alignment is None or alignment.dest_end <= alignment.dest_start:
        return None
    if (alignment.dest_end - alignment.dest_start) < FUZZY_MIN_COVERAGE * len(quote):
        return None
    start, end = origin[alignment.dest_start], origin[alignment.dest_end - 1] + 1
    while start < end and source_text[start].isspace():
        start += 1
    while end > start and source_text[end - 1].isspace():
        end -= 1
    return Located(start, end, "fuzzy") if end > start else None


def text_sha256(text: str) -> str:
    """The fingerprint `sources[].sha256` records: SHA-256 of the canonical text as UTF-8 (a lone
    surrogate, which UTF-8 cannot hold, is hashed as its code point)."""
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def citation_problem(citation: Citation, texts: Mapping[str, str]) -> str | None:
    """Why a citation does not hold (None when `source_text[start:end] == quote`)."""
    if citation.source_id not in texts:
        return f"unknown source {citation.source_id!r}"
    text = texts[citation.source_id]
    if not 0 <= citation.start < citation.end <= len(text):
        return f"offsets {citation.start}:{citation.end} are outside {citation.source_id}"
    if text[citation.start : citation.end] != citation.quote:
        return f"{citation.source_id}[{citation.start}:{citation.end}] is not the quoted text"
    return None


def check_brief(brief: EventBrief, texts: Mapping[str, str]) -> list[str]:
    """Every citation that is not an exact slice of its source, or does not support its item,
    as one line each (empty when all hold)."""
    problems = []
    for label, item in cited_items(brief):
        for citation in item.citations:
            problem = citation_problem(citation, texts)
            unsupported = None if problem else citation_support_problem(item, citation.quote)
            if unsupported:
                problem = (
                    f"{citation.source_id} does not support {label} {describe_item(item)!r} "
                    f"({unsupported})"
                )
            if problem:
                problems.append(f"{problem}: {citation.quote[:60]!r}")
    return problems


def cited_items(brief: EventBrief) -> list[tuple[str, _HasCitations]]:
    """Every cited item of the brief with the name of its field, in reading order."""
    items: list[tuple[str, _HasCitations]] = []
    for label in ("what", "who", "when", "where", "casualties", "reactions"):
        items.extend((label, item) for item in getattr(brief, label))
    for dispute in brief.disputes:
        items.extend(("disputes", claim) for claim in dispute.claims)
    return items


_DESCRIBED_BY = ("text", "name", "description", "statement")


def describe_item(item: object) -> str:
    """An item's own words, at most 60 characters, for messages that name it."""
    text = next(str(getattr(item, field)) for field in _DESCRIBED_BY if hasattr(item, field))
    return text if len(text) <= 60 else text[:59] + "…"


def ground_brief(brief: EventBrief, texts: Mapping[str, str]) -> EventBrief:
    """Resolve every citation to an exact span, drop what cannot be, report the grounding."""
    counts: dict[str, int] = {
        "exact": 0, "normalised": 0, "fuzzy": 0, "dropped": 0, "unsupported": 0
    }  # fmt: skip
    dropped: list[Dropped] = []
    match_kind: dict[int, MatchKind] = {}  # printed citation -> how its quote was found

    def resolve(item: _HasCitations, where: str) -> list[Citation]:
        kept: list[Citation] = []
        for citation in item.citations:
            text = texts.get(citation.source_id)
            located = None
            if text is not None:
                if citation_problem(citation, texts) is None:
                    located = Located(citation.start, citation.end, "exact")
                else:
                    located = locate(text, citation.quote, near=citation.start)
            if located is None:
                counts["dropped"] += 1
                reason = "unknown source" if text is None else "quote not found in the source"
                dropped.append(
                    Dropped(
                        kind="citation",
                        source_id=citation.source_id,
                        text=citation.quote,
                        reason=f"{reason} ({where})",
                    )
                )
                continue
            assert text is not None
            exact = text[located.start : located.end]
            unsupported = citation_support_problem(item, exact)
            if unsupported:
                counts["dropped"] += 1
                counts["unsupported"] += 1
                dropped.append(
                    Dropped(
                        kind="citation",
                        source_id=citation.source_id,
                        text=exact,
                        reason=f"does not support its item ({where} {describe_item(item)!r}): "
                        f"{unsupported}",
                    )
                )
                continue
            kept.append(
                Citation(
                    source_id=citation.source_id, quote=exact, start=located.start, end=located.end
                )
            )
            match_kind[id(kept[-1])] = located.kind
        return kept

    def keep_items(items: list[Cited], label: str, describe: str) -> list[Cited]:
        kept = []
        for item in items:
            item.citations = resolve(item, label)
            if item.citations:
                kept.append(item)
            else:
                dropped.append(
                    Dropped(
                        kind=label,
                        text=str(getattr(item, describe)),
                        reason="no citation could be verified",
                    )
                )
        return kept

    brief = brief.model_copy(deep=True)
    brief.what = keep_items(brief.what, "what", "text")
    brief.who = keep_items(brief.who, "who", "name")
    brief.when = keep_items(brief.when, "when", "text")
    brief.where = keep_items(brief.where, "where", "name")
    brief.casualties = keep_items(brief.casualties, "casualties", "description")
    brief.reactions = keep_items(brief.reactions, "reactions", "statement")
    disputes = []
    for dispute in brief.disputes:
        dispute.claims = keep_items(dispute.claims, "disputes", "statement")
        if len(dispute.claims) >= 2:
            disputes.append(dispute)
        else:
            dropped.append(
                Dropped(
                    kind="disputes",
                    text=dispute.topic,
                    reason="fewer than two claims kept a verified citation",
                )
            )
    brief.disputes = disputes
    brief.provenance.dropped.extend(dropped)
    for citation in brief.citations():  # what is printed: a dispute left with one claim is not
        counts[match_kind[id(citation)]] += 1
    brief.provenance.grounding = Grounding(
        exact=counts["exact"],
        normalised=counts["normalised"],
        fuzzy=counts["fuzzy"],
        dropped=counts["dropped"],
        supported=counts["exact"] + counts["normalised"] + counts["fuzzy"],
        unsupported=counts["unsupported"],
        verified=not check_brief(brief, texts),
    )
    return brief
