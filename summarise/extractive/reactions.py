"""`reactions`: who said what. The speaker is resolved also when the quote comes first
("“...,” Rattansi said") and when the text says only "he said" (the last person named before)."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from ..evidence import EvidenceItem, EvidenceSet, SentenceRef
from ..schema import Reaction
from .common import cite_item, clean_sentence, shorten
from .names import Entity

MAX_REACTIONS = 8
MAX_PER_SPEAKER = 2
_VERBS = (
    r"said|says|added|told|stated|declared|warned|wrote|condemned|denounced|accused|vowed|"
    r"promised|called for|called on|urged|welcomed|praised|criticised|criticized|rejected|"
    r"described|insisted|claimed|announced|threatened|demanded|blamed|dismissed|defended"
)
_QUOTE_FIRST = re.compile(
    rf"^[“\"](?P<quote>.+?)[,.!?]?[”\"],?\s+(?P<speaker>[^,.“”\"]{{2,80}}?)\s+(?:{_VERBS})\b"
    rf"|^[“\"](?P<quote2>.+?)[,.!?]?[”\"],?\s+(?:{_VERBS})\s+(?P<speaker2>[^.“”\"]{{2,120}}?)\.?$",
)
_SPEAKER_FIRST = re.compile(
    rf"^(?:(?:In|At|On|Meanwhile|For (?:its|his|her|their) part|Separately)[^,]{{0,40}},\s*)?"
    rf"(?P<speaker>[^,“”\"]{{2,90}}?)\s+(?:(?:has|have|had|also|later|earlier|meanwhile|then|now|"
    rf"again|already|repeatedly|publicly|previously|today|yesterday)\s+)*"
    rf"(?P<verb>{_VERBS})\b[,:]?\s*(?:that\s+)?(?P<rest>.+)$"
)
_SPEAKER_LAST = re.compile(
    rf"^(?P<rest>.+?),?[”\"]?,\s+(?P<speaker>[^,“”\"]{{2,60}}?)\s+(?:{_VERBS})(?:,|\.|$)"
)
_PRONOUN_THEN_QUOTE = re.compile(
    r"(?:^|,\s+)(?P<speaker>he|she|they|it)\s+(?:said|added|warned|declared|wrote)\s*[:,]?\s*[“\"]",
    re.IGNORECASE,
)
_LEADING_TIME = re.compile(
    r"^(?:in a (?:written |joint )?statement\s*(?:that\s+)?|(?:on\s+)?(?:monday|tuesday|"
    r"wednesday|thursday|friday|saturday|sunday|yesterday|today|last \w+|earlier|later)"
    r"\s*,?\s*(?:that\s+)?)",
    re.IGNORECASE,
)
_TRAILING_SOURCE = re.compile(r",\s+(?:according to|reporting from|citing)\b.*$", re.IGNORECASE)
_PASSIVE_END = re.compile(
    r"\b(?:is|was|were|are|been|be|being|get|got|stand|stands|stood)$", re.IGNORECASE
)
_GOVERNED = re.compile(r"\b(?:of|for|from|with|by|at|in|on|against|about)\s+(?:the\s+)?$")
_SAY_VERBS = {"said", "says", "added", "told", "stated", "declared", "wrote", "claimed", "insisted"}
_PRONOUNS = {"he", "she", "it", "they", "the group", "the ministry", "the statement"}
_QUOTED = re.compile(r"[“\"]([^“”\"]{12,})[”\"]")
_GENERIC_SPEAKERS = re.compile(r"\b(?:sources?|officials?|witnesses|reports?|media)\b", re.I)


@dataclass(frozen=True, slots=True)
class Said:
    speaker: str
    affiliation: str | None
    statement: str


def extract_reactions(evidence: EvidenceSet, entities: list[Entity]) -> list[Reaction]:
    by_position = _entities_by_offset(entities)
    reactions: list[tuple[float, Reaction]] = []
    per_speaker: Counter[str] = Counter()
    for item in evidence.ranked():
        if item.is_heading:
            continue
        said = _reaction(item, evidence, by_position)
        if said is None or per_speaker[said.speaker] >= MAX_PER_SPEAKER:
            continue
        per_speaker[said.speaker] += 1
        reaction = Reaction(
            speaker=said.speaker,
            affiliation=said.affiliation,
            statement=said.statement,
            citations=cite_item(item),
        )
        reactions.append((item.score, reaction))
        if len(reactions) >= MAX_REACTIONS:
            break
    return [reaction for _, reaction in reactions]


def _entities_by_offset(entities: list[Entity]) -> dict[str, list[tuple[int, int, Entity]]]:
    index: dict[str, list[tuple[int, int, Entity]]] = {}
    for entity in entities:
        for mention in entity.mentions:
            index.setdefault(mention.ref.source_id, []).append((mention.start, mention.end, entity))
    for mentions in index.values():
        mentions.sort(key=lambda entry: entry[0])
    return index


def _reaction(
    item: EvidenceItem,
    evidence: EvidenceSet,
    by_position: dict[str, list[tuple[int, int, Entity]]],
) -> Said | None:
    quoted_first = sorted(item.members, key=lambda ref: _QUOTED.search(ref.text) is None)
    for ref in quoted_first:
        said = _parse(ref, evidence, by_position)
        if said is not None:
            return said
    return None


def _parse(
    ref: SentenceRef,
    evidence: EvidenceSet,
    by_position: dict[str, list[tuple[int, int, Entity]]],
) -> Said | None:
    text = ref.text
    quoted = _QUOTED.findall(text)
    statement: str | None = None
    speaker_span: tuple[int, int] | None = None
    if match := _QUOTE_FIRST.match(text):
        group = "speaker" if match.group("speaker") else "speaker2"
        statement = match.group("quote") or match.group("quote2")
        speaker_span = match.span(group)
    elif (match := _SPEAKER_FIRST.match(text)) and len(match.group("speaker").split()) <= 9:
        speaker_span = match.span("speaker")
        verb = match.group("verb").lower()
        statement = match.group("rest")
        if verb not in _SAY_VERBS:  # "Iraq denounced a US drone strike ...": keep the verb
            statement = f"{verb} {statement}"
        elif verb == "told" and (that := re.search(r"\bthat\s+", statement[:80])):
            statement = statement[that.end() :]  # "told investigators that X": the X
        if quoted and quoted[0][:1].isupper():  # a whole quoted sentence beats the paraphrase
            statement = quoted[0]
    elif quoted and (match := _PRONOUN_THEN_QUOTE.search(text)):
        speaker_span = match.span("speaker")
        statement = quoted[0]
    elif (match := _SPEAKER_LAST.match(text)) and (quoted or _is_named(match.group("speaker"))):
        speaker_span = match.span("speaker")
        statement = quoted[0] if quoted else match.group("rest")
    if statement is None or speaker_span is None or len(statement.split()) < 4:
        return None
    speaker_text = text[speaker_span[0] : speaker_span[1]].strip()
    if _PASSIVE_END.search(speaker_text):
        return None  # "He is accused of ...", "The jury were told ...": not a speaker
    if _GENERIC_SPEAKERS.search(speaker_text) and not quoted:
        return None  # "security sources said": reporting of facts, not a reaction
    entity = _entity_in(ref, by_position.get(ref.source_id, []), speaker_span)
    if entity is None and speaker_text.lower() in _PRONOUNS:
        entity = _last_named_before(by_position.get(ref.source_id, []), ref.start)
    if entity is None and not _plausible_speaker(speaker_text):
        return None
    speaker = entity.name if entity else re.sub(r"^(?:the|a|an)\s+", "", speaker_text, flags=re.I)
    affiliation = entity.role if entity else None
    statement = _TRAILING_SOURCE.sub("", _LEADING_TIME.sub("", clean_sentence(statement)))
    statement = statement.strip(" ,.;:")
    return Said(speaker, affiliation, shorten(statement, 45))


def _plausible_speaker(text: str) -> bool:
    """An unresolved speaker is kept only when it reads like one: 'Iraq', 'the US military'."""
    words = text.split()
    if text.lower() in _PRONOUNS or not words or len(words) > 5 or words[0].lower().endswith("ing"):
        return False
    return _is_named(text)


def _is_named(text: str) -> bool:
    """A capitalised word other than a leading article: 'the two accused' names nobody."""
    words = text.split()
    if words and words[0].lower() in {"the", "a", "an", "this", "that", "these", "those"}:
        words = words[1:]
    return any(word[:1].isupper() for word in words)


def _entity_in(
    ref: SentenceRef, mentions: list[tuple[int, int, Entity]], span: tuple[int, int]
) -> Entity | None:
    """The entity the speaker phrase names, skipping names governed by a preposition:
    in "Survivors of the London bombings" or "soldiers at Abu Ghraib" they are not the speaker."""
    start, end = ref.start + span[0], ref.start + span[1]
    inside = [
        entity
        for m_start, m_end, entity in mentions
        if start <= m_start
        and m_end <= end
        and not _GOVERNED.search(ref.text[max(0, m_start - ref.start - 12) : m_start - ref.start])
    ]
    people = [entity for entity in inside if entity.kind == "person"]
    if people:
        return people[0]
    groups = [entity for entity in inside if entity.kind != "place"]
    return groups[-1] if groups else None  # the head comes last: "Palestinian group Hamas"


def _last_named_before(mentions: list[tuple[int, int, Entity]], offset: int) -> Entity | None:
    for m_start, _, entity in reversed(mentions):
        if m_start < offset and entity.kind == "person":
            return entity
    return None
