"""The event brief: the output contract (field names are relied on by users; keep them exactly).

Every item of who / what / when / where / casualties / reactions / dispute claims carries at
least one `Citation`, and every citation satisfies `source_text[start:end] == quote`.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

SCHEMA_VERSION: Literal["1.9"] = "1.9"


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Citation(_Model):
    """An exact span of one source: `source_text[start:end] == quote`."""

    source_id: str = Field(description="A `sources[].id` of this brief.")
    quote: str = Field(description="Verbatim text of the source between start and end.")
    start: int = Field(ge=0, description="Character offset (inclusive) into the canonical text.")
    end: int = Field(ge=0, description="Character offset (exclusive) into the canonical text.")


class Statement(_Model):
    text: str
    citations: list[Citation] = Field(min_length=1)


class Actor(_Model):
    name: str
    aliases: list[str] = Field(default_factory=list)
    role: str | None = None
    citations: list[Citation] = Field(min_length=1)


class TimeRef(_Model):
    text: str = Field(description="The time expression as the source words it.")
    date: str | None = Field(default=None, description="ISO-8601 date, or null if unresolved.")
    describes: str = Field(description="What happened at that time.")
    duration: str | None = Field(
        default=None,
        description="ISO-8601 duration (`P13D`) when the item is how long something lasted "
        "rather than a date.",
    )
    background: bool = Field(
        default=False,
        description="About an earlier event, not this one: a date long before the event's day "
        'and before the reports that give it ("In August 2017, two trains collided near '
        "Alexandria\"). Listed after the event's own dates.",
    )
    citations: list[Citation] = Field(min_length=1)


class Place(_Model):
    name: str
    detail: str | None = None
    citations: list[Citation] = Field(min_length=1)


CasualtyKind = Literal[
    "killed",
    "injured",
    "casualties",
    "missing",
    "trapped",
    "detained",
    "escaped",
    "displaced",
    "survived",
    "aboard",
    "ill",
]
Precision = Literal[
    "exact", "at_least", "more_than", "about", "up_to", "less_than", "range", "vague"
]


class Casualty(_Model):
    """A count of people killed, injured, missing, trapped, detained, escaped, displaced, who
    survived, who were aboard, or who fell ill, as precise as its source: `count` is the
    number stated (null for a vague amount such as "dozens", which states none), `precision`
    how the source qualifies it, `amount_text` its own words."""

    description: str
    killed: int | None = Field(
        default=None, ge=0, description="`count` when `kind` is killed (null if vague)."
    )
    injured: int | None = Field(
        default=None, ge=0, description="`count` when `kind` is injured (null if vague)."
    )
    group: str | None = None
    attributed_to: str | None = Field(
        default=None,
        description="The voice that gave the figure: who the source says gave it, else the "
        "outlet that states it on its own authority.",
    )
    kind: CasualtyKind | None = Field(default=None, description="What happened to the people.")
    count: int | None = Field(
        default=None, ge=0, description="The number stated (the low end of a range); null for "
        "a vague amount."
    )  # fmt: skip
    count_max: int | None = Field(
        default=None, ge=0, description="The top of a range (`precision` range), else null."
    )
    precision: Precision | None = Field(
        default=None,
        description="exact; at_least, more_than, about, up_to, less_than: `count` is a bound "
        "or an estimate; range: `count` to `count_max`; vague: a quantity in words only.",
    )
    amount_text: str | None = Field(
        default=None, description='The source\'s words for the amount: "more than 40", "dozens".'
    )
    background: bool = Field(
        default=False,
        description="True when the figure is about an earlier or wider event than this one "
        "(an earlier attack, a running total), not the event's own toll.",
    )
    background_reason: str | None = Field(
        default=None, description="Why it is background: the earlier date or the running total."
    )
    breakdown: str | None = Field(
        default=None,
        description='Who the people counted were, as a source splits them: "six children and '
        'nine women", "eight sailors and seven marines".',
    )
    revised_to: str | None = Field(
        default=None,
        description="When the same voice later gave another figure of the same count (a report "
        'of a later day): that figure and its day ("19 on 27 July 2025"); null while this one '
        "stands. Revised figures are listed after those that stand.",
    )
    citations: list[Citation] = Field(min_length=1)

    @model_validator(mode="after")
    def _precision_holds(self) -> Casualty:
        """No invented number: a vague amount has none; a range has a top above its bottom."""
        if self.precision == "vague" and any(
            value is not None for value in (self.count, self.count_max, self.killed, self.injured)
        ):
            raise ValueError("a vague amount ('dozens') states no number: leave counts null")
        if self.count_max is not None and (
            self.precision != "range" or self.count is None or self.count_max <= self.count
        ):
            raise ValueError("count_max is only for a range, above its count")
        return self


class Reaction(_Model):
    speaker: str
    affiliation: str | None = None
    statement: str
    citations: list[Citation] = Field(min_length=1)


class Claim(_Model):
    statement: str
    value: str | None = None
    attributed_to: str | None = None
    revised_to: str | None = Field(
        default=None,
        description="When the side's figure is a casualty figure its voice later revised: the "
        "casualty line's `revised_to` (that figure and its day); null otherwise.",
    )
    citations: list[Citation] = Field(min_length=1)


class Dispute(_Model):
    topic: str
    claims: list[Claim] = Field(min_length=2)


class Source(_Model):
    id: str
    title: str | None = None
    outlet: str | None = None
    published: str | None = Field(default=None, description="ISO-8601 date, if known.")
    url: str | None = None
    path: str | None = None
    copy_of: str | None = Field(
        default=None,
        description="Id of the source whose text this one largely repeats, set only when "
        "something shows the direction (see `copy_basis`).",
    )
    copy_basis: str | None = Field(
        default=None,
        description='What shows that this source repeats `copy_of`: "the original was published '
        'earlier", or an agency credit ("it credits Reuters").',
    )
    same_text_as: list[str] = Field(
        default_factory=list,
        description="Ids of sources that share most of this one's statements when nothing "
        "shows which copied which (a wire copy, a translation): they count as one source.",
    )
    text: str | None = Field(
        default=None, description="Canonical text, written only with --embed-sources."
    )
    sha256: str | None = Field(
        default=None,
        description="SHA-256 (hex) of the canonical text as UTF-8: `verify` refuses a source "
        "whose text does not have it.",
    )


class Dropped(_Model):
    """Something the pipeline removed, kept visible instead of silently lost."""

    kind: str = Field(description="What was removed: citation, item, header, caption, input ...")
    source_id: str | None = None
    text: str
    reason: str


class Grounding(_Model):
    """How the citations of this brief were matched to their sources."""

    exact: int = 0
    normalised: int = 0
    fuzzy: int = 0
    dropped: int = Field(default=0, description="Citations not printed: unmatched or unsupported.")
    supported: int = Field(
        default=0,
        description="Printed citations whose quote supports its item: the item's figures, "
        "names and most of its words are in the quote.",
    )
    unsupported: int = Field(
        default=0,
        description="Citations dropped (and counted in `dropped`) because the quote, though "
        "found in its source, does not support the item.",
    )
    verified: bool = Field(description="True when every printed citation slices back exactly.")


class Usage(_Model):
    requests: int = 0
    input_tokens: int = 0
    output_tokens: int = 0
    estimated_cost_usd: float | None = None


class Provenance(_Model):
    engine: Literal["extractive", "llm"]
    model: str | None = None
    prompt_version: str | None = None
    usage: Usage = Field(default_factory=Usage)
    warnings: list[str] = Field(default_factory=list)
    dropped: list[Dropped] = Field(default_factory=list)
    grounding: Grounding


class EventBrief(_Model):
    # Briefs are written as 1.9; a 1.8 brief (no revised figures or sides), a 1.7 brief (no "ill"
    # counts), a 1.6 brief (no "aboard" counts), a 1.5 brief (no "escaped" casualties), a 1.4
    # brief (no casualty breakdown), a 1.3 brief (no background on times), a 1.2 brief (no
    # "trapped" casualties), a 1.1 brief (no "survived") or a 1.0 brief (no precision or
    # background on casualties) still reads, for `verify`: each version only added.
    schema_version: Literal[
        "1.9", "1.8", "1.7", "1.6", "1.5", "1.4", "1.3", "1.2", "1.1", "1.0"
    ] = SCHEMA_VERSION
    headline: str
    what: list[Statement] = Field(default_factory=list)
    who: list[Actor] = Field(default_factory=list)
    when: list[TimeRef] = Field(default_factory=list)
    where: list[Place] = Field(default_factory=list)
    casualties: list[Casualty] = Field(default_factory=list)
    reactions: list[Reaction] = Field(default_factory=list)
    disputes: list[Dispute] = Field(default_factory=list)
    sources: list[Source] = Field(default_factory=list)
    provenance: Provenance

    def independent_sources(self, citations: list[Citation]) -> int:
        """How many independent sources these citations come from: a source that is a copy of
        another (`copy_of`, `same_text_as`: wire copy, translation) counts with it, not on its
        own."""
        parents = counting_parents(
            [source.id for source in self.sources],
            {source.id: source.copy_of for source in self.sources},
            {source.id: source.same_text_as for source in self.sources},
        )
        return independent_count(parents, [citation.source_id for citation in citations])

    def citations(self) -> list[Citation]:
        """Every citation in the brief, in reading order."""
        found: list[Citation] = []
        for group in (self.what, self.who, self.when, self.where, self.casualties, self.reactions):
            for item in group:
                found.extend(item.citations)
        for dispute in self.disputes:
            for claim in dispute.claims:
                found.extend(claim.citations)
        return found


def counting_parents(
    order: list[str], copy_of: Mapping[str, str | None], shared: Mapping[str, list[str]]
) -> dict[str, str | None]:
    """Each source's parent when independent sources are counted: the source it copies, else
    the first-listed source it shares its text with (so two copies count once)."""
    position = {source: index for index, source in enumerate(order)}
    parents = {source: copy_of.get(source) for source in order}
    for source, others in shared.items():
        listed = [other for other in others if other in position]
        if parents.get(source) is None and listed and source in position:
            first = min(listed, key=position.__getitem__)
            if position[first] < position[source]:
                parents[source] = first
    return parents


def independent_count(copy_of: Mapping[str, str | None], source_ids: Iterable[str]) -> int:
    """Distinct sources once each copy is folded into the source it ultimately repeats."""

    def original(source_id: str) -> str:
        seen = {source_id}
        while (parent := copy_of.get(source_id)) and parent not in seen:
            seen.add(parent)
            source_id = parent
        return source_id

    return len({original(source_id) for source_id in source_ids})


def json_schema() -> dict[str, object]:
    """The JSON Schema of `EventBrief` (what `summarise schema` prints)."""
    schema = EventBrief.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    return schema
