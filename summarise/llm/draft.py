"""What the LLM fills: a draft brief whose citations are {evidence id, verbatim quote}.

Validators run with the evidence as validation context, so instructor can re-ask with the error
when a quote is not in its evidence, an evidence id does not exist, a casualty figure is not in
its quote, or a dispute's sides do not differ. The model never writes offsets: `to_brief` finds
each quote in its sources and makes the contract citations.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Annotated, Any

from pydantic import BaseModel, ConfigDict, Field, ValidationInfo, field_validator, model_validator

from ..evidence import EvidenceItem
from ..numbers import stated_numbers
from ..schema import (
    Actor,
    Casualty,
    CasualtyKind,
    Citation,
    Claim,
    Dispute,
    EventBrief,
    Grounding,
    Place,
    Precision,
    Provenance,
    Reaction,
    Statement,
    TimeRef,
)
from ..verify import locate

# Size caps of a draft: an answer past them is re-asked, then cut with what was dropped listed.
MAX_HEADLINE_CHARS = 200
MAX_TEXT_CHARS = 1_000  # a statement, name, description ... in the model's words
MAX_QUOTE_CHARS = 2_000  # quotes are meant to be 5 to 40 words; an evidence sentence at most
MAX_ITEMS = 50  # per list of the brief
MAX_CITATIONS = 10  # per item
MAX_LISTED_CHARS = 300  # of a dropped item's text in provenance.dropped

Text = Annotated[str, Field(max_length=MAX_TEXT_CHARS)]


@dataclass(frozen=True)
class EvidenceContext:
    """The evidence a draft may cite, by id (what the validators check against)."""

    items: dict[str, EvidenceItem]

    def find(self, evidence_id: str, quote: str) -> list[Citation]:
        """Contract citations for a quote of an evidence item: the exact span in each source
        sentence that contains it, and the whole sentence of every other source carrying the
        same statement. Empty when the quote is in none of them."""
        item = self.items.get(evidence_id.strip().upper())
        if item is None:
            return []
        found: list[Citation] = []
        for member in item.members:
            where = locate(member.text, quote)
            if where is not None:
                start, end = member.start + where.start, member.start + where.end
                found.append(
                    Citation(
                        source_id=member.source_id,
                        quote=member.text[where.start : where.end],
                        start=start,
                        end=end,
                    )
                )
        if not found:
            return []
        quoted = {citation.source_id for citation in found}
        for member in item.members:
            if member.source_id not in quoted:
                quoted.add(member.source_id)
                found.append(
                    Citation(
                        source_id=member.source_id,
                        quote=member.text,
                        start=member.start,
                        end=member.end,
                    )
                )
        return found


def _lean_schema(schema: dict[str, Any]) -> None:
    """Drop the per-field titles pydantic adds: the schema is sent with every request."""
    for prop in schema.get("properties", {}).values():
        prop.pop("title", None)


class _Draft(BaseModel):
    model_config = ConfigDict(json_schema_extra=_lean_schema)


def _context(info: ValidationInfo) -> EvidenceContext | None:
    context = info.context
    if isinstance(context, dict):
        value = context.get("evidence")
        return value if isinstance(value, EvidenceContext) else None
    return None


class Quote(_Draft):
    """One citation: an evidence id and words copied exactly from that evidence item."""

    evidence_id: str = Field(max_length=20, description="Id of the evidence item, e.g. 'E7'.")
    quote: str = Field(
        max_length=MAX_QUOTE_CHARS,
        description="A phrase copied character for character from that item.",
    )

    @model_validator(mode="after")
    def _quote_is_in_its_evidence(self, info: ValidationInfo) -> Quote:
        context = _context(info)
        if context is None:
            return self
        item_id = self.evidence_id.strip().upper()
        if item_id not in context.items:
            raise ValueError(
                f"evidence id {self.evidence_id!r} does not exist; cite one of the numbered "
                "evidence items"
            )
        if not context.find(item_id, self.quote):
            raise ValueError(
                f"the quote {self.quote[:80]!r} is not in evidence {item_id}: copy the exact "
                "words of that item, or cite the item that says it"
            )
        return self


class _Cited(_Draft):
    citations: list[Quote] = Field(
        min_length=1, max_length=MAX_CITATIONS, description="At least one citation."
    )


class DraftStatement(_Cited):
    text: Text


class DraftActor(_Cited):
    name: Text
    aliases: list[Text] = Field(default_factory=list, max_length=MAX_CITATIONS)
    role: Text | None = None


class DraftTime(_Cited):
    text: Text = Field(description="The time expression as the report words it.")
    date: str | None = Field(
        default=None, max_length=20, description="ISO date YYYY-MM-DD (or YYYY-MM), or null."
    )
    describes: Text

    @field_validator("date")
    @classmethod
    def _iso(cls, value: str | None) -> str | None:
        if value is not None and not re.fullmatch(r"\d{4}(?:-\d{2}(?:-\d{2})?|-W\d{2})?", value):
            raise ValueError(
                f"date {value[:40]!r} is not ISO-8601 (YYYY-MM-DD); use null if unknown"
            )
        return value


class DraftPlace(_Cited):
    name: Text
    detail: Text | None = None


class DraftCasualty(_Cited):
    description: Text
    kind: CasualtyKind | None = None
    count: int | None = Field(default=None, ge=0, description="null if vague ('dozens')")
    count_max: int | None = Field(default=None, ge=0)
    precision: Precision | None = None
    amount_text: Text | None = Field(default=None, description="the quote's words: 'over 40'")
    killed: int | None = Field(default=None, ge=0)
    injured: int | None = Field(default=None, ge=0)
    group: Text | None = None
    attributed_to: Text | None = Field(default=None, description="who gave it, not the outlet")
    background: bool = Field(default=False, description="about an earlier or wider event")
    background_reason: Text | None = None
    breakdown: Text | None = Field(
        default=None, description="who the people were, as quoted: 'six children and nine women'"
    )

    @model_validator(mode="after")
    def _figures_are_quoted(self) -> DraftCasualty:
        """A figure must be a number its quotes state: "dozens" states none, "a" is not 1."""
        said = set().union(*(stated_numbers(citation.quote) for citation in self.citations))
        for label, value in (
            ("killed", self.killed),
            ("injured", self.injured),
            ("count", self.count),
            ("count_max", self.count_max),
        ):
            if value is not None and value not in said:
                raise ValueError(
                    f"{label}={value} is not a number in the quoted words "
                    f"{[c.quote[:60] for c in self.citations]}; quote the words that state it, "
                    f"or leave {label} null when they give no exact number ('dozens', 'a')"
                )
        if self.breakdown and not stated_numbers(self.breakdown) <= said:
            raise ValueError(
                f"breakdown {self.breakdown[:60]!r} has numbers the quoted words do not state: "
                "quote the sentence that splits the figure, or leave breakdown null"
            )
        if self.precision == "vague" and any(
            value is not None for value in (self.count, self.count_max, self.killed, self.injured)
        ):
            raise ValueError(
                "a vague amount ('dozens', 'hundreds') states no number: leave count, "
                "count_max, killed and injured null and keep its words in amount_text"
            )
        if self.count_max is not None and (
            self.precision != "range" or self.count is None or self.count_max <= self.count
        ):
            raise ValueError("count_max is only for a range (precision 'range'), above count")
        if self.amount_text and not any(
            _folded(self.amount_text) in _folded(citation.quote) for citation in self.citations
        ):
            raise ValueError(
                f"amount_text {self.amount_text[:60]!r} is not in the quoted words: copy the "
                "quote's own words for the amount"
            )
        return self


def _folded(text: str) -> str:
    return " ".join(text.lower().split())


class DraftReaction(_Cited):
    speaker: Text
    affiliation: Text | None = None
    statement: Text


class DraftClaim(_Cited):
    statement: Text
    value: Text | None = None
    attributed_to: Text | None = None


class DraftDispute(_Draft):
    topic: Text
    claims: list[DraftClaim] = Field(min_length=2, max_length=MAX_CITATIONS)

    @model_validator(mode="after")
    def _sides_differ(self) -> DraftDispute:
        claims = self.claims or []  # a partial draft (streaming) may have none yet
        values = {(c.value or c.statement or "").strip().lower() for c in claims if c is not None}
        if claims and len(values) < 2:
            raise ValueError(f"the claims of dispute {self.topic!r} do not differ: not a dispute")
        return self


class DraftBrief(_Draft):
    """An event brief in which every item cites evidence ids and verbatim quotes."""

    headline: str = Field(max_length=MAX_HEADLINE_CHARS)
    what: list[DraftStatement] = Field(default_factory=list, max_length=MAX_ITEMS)
    who: list[DraftActor] = Field(default_factory=list, max_length=MAX_ITEMS)
    when: list[DraftTime] = Field(default_factory=list, max_length=MAX_ITEMS)
    where: list[DraftPlace] = Field(default_factory=list, max_length=MAX_ITEMS)
    casualties: list[DraftCasualty] = Field(default_factory=list, max_length=MAX_ITEMS)
    reactions: list[DraftReaction] = Field(default_factory=list, max_length=MAX_ITEMS)
    disputes: list[DraftDispute] = Field(default_factory=list, max_length=MAX_ITEMS)


ITEM_MODELS: dict[str, type[BaseModel]] = {
    "what": DraftStatement,
    "who": DraftActor,
    "when": DraftTime,
    "where": DraftPlace,
    "casualties": DraftCasualty,
    "reactions": DraftReaction,
    "disputes": DraftDispute,
}


def salvage(
    raw: dict[str, Any], context: EvidenceContext
) -> tuple[DraftBrief, list[tuple[str, str, str]]]:
    """Keep the items of a draft that validate, one by one; list the rest (field, text, why).

    Past the caps, the rest of a list and a headline that is too long are listed too: an empty
    headline is written by the offline engine instead."""
    kept: dict[str, list[Any]] = {}
    dropped: list[tuple[str, str, str]] = []
    for field, model in ITEM_MODELS.items():
        kept[field] = []
        items = raw.get(field) or []
        items = items if isinstance(items, list) else [items]
        for item in items[:MAX_ITEMS]:
            try:
                kept[field].append(model.model_validate(item, context={"evidence": context}))
            except ValueError as error:
                summary = _first_error(error)
                dropped.append((field, _label(item), summary))
        if len(items) > MAX_ITEMS:
            dropped.append(
                (field, f"{len(items) - MAX_ITEMS} more items", f"past {MAX_ITEMS} items a list")
            )
    headline = raw.get("headline")
    if not isinstance(headline, str):
        headline = ""
    elif len(headline) > MAX_HEADLINE_CHARS:
        dropped.append(("headline", _label(headline), f"over {MAX_HEADLINE_CHARS} characters"))
        headline = ""
    return DraftBrief.model_construct(None, headline=headline, **kept), dropped


def _first_error(error: ValueError) -> str:
    errors = getattr(error, "errors", None)
    if callable(errors):
        first = errors()[0]
        return str(first.get("msg", error)).removeprefix("Value error, ")
    return str(error)


def _label(item: object) -> str:
    """A dropped item's text as listed: its main field, the start of a long one."""
    text = str(item)
    if isinstance(item, dict):
        text = next(
            (
                item[key]
                for key in ("text", "name", "description", "statement", "topic", "speaker")
                if isinstance(item.get(key), str)
            ),
            text,
        )
    if len(text) <= MAX_LISTED_CHARS:
        return text
    return f"{text[:MAX_LISTED_CHARS]} … ({len(text):,} characters in all)"


def to_brief(draft: DraftBrief, context: EvidenceContext, provenance: Provenance) -> EventBrief:
    """Contract brief from a validated draft: every quote becomes exact source spans."""

    def cites(quotes: list[Quote]) -> list[Citation]:
        seen: set[tuple[str, int, int]] = set()
        out: list[Citation] = []
        for quote in quotes:
            for citation in context.find(quote.evidence_id, quote.quote):
                key = (citation.source_id, citation.start, citation.end)
                if key not in seen:
                    seen.add(key)
                    out.append(citation)
        return out

    def convert(item: _Cited, target: type[Any]) -> Any:
        """The contract item with the same fields, its quotes turned into citations."""
        return target(**item.model_dump(exclude={"citations"}), citations=cites(item.citations))

    return EventBrief(
        headline=draft.headline,
        what=[convert(item, Statement) for item in draft.what],
        who=[convert(item, Actor) for item in draft.who],
        when=[convert(item, TimeRef) for item in draft.when],
        where=[convert(item, Place) for item in draft.where],
        casualties=[convert(item, Casualty) for item in draft.casualties],
        reactions=[convert(item, Reaction) for item in draft.reactions],
        disputes=[
            Dispute(topic=d.topic, claims=[convert(claim, Claim) for claim in d.claims])
            for d in draft.disputes
        ],
        provenance=provenance.model_copy(update={"grounding": Grounding(verified=False)}),
    )
