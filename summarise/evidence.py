"""Evidence: the same statement carried by several outlets, grouped once, with its sources.

Wire copy, light rewrites and re-translations repeat one another sentence by sentence. Grouping
them makes corroboration countable. Two sentences join one item only when they state the same
thing (`support.same_statement`: same figures, names and polarity, neither adding a claim of
its own); sharing a long phrase is not enough. Grouping shows how many *independent* sources
carry a statement, keeps the LLM prompt small, and stops the extractive engine from picking one
sentence twice.

Grouping is greedy and uses an inverted index over rare-enough tokens, so its cost grows with
the number of sentences times the (capped) length of a posting list, not with all pairs.
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from .ingest import Article
from .schema import counting_parents, independent_count
from .segment import Span, content_tokens, split_sentences
from .support import same_statement

# Dice overlap of content tokens below which two sentences are not even compared: a cheap
# filter before `support.same_statement`, which decides.
CANDIDATE_DICE = 0.25
# Two sources are copies when at least this share of the shorter one's sentences repeat the
# other, and at least `MIN_COPY_SENTENCES` do (one shared lead sentence is wire use, not a copy).
COPY_SHARE = 0.5
MIN_COPY_SENTENCES = 3
# Tokens found in more sentences than this do not propose candidates (they still score): it keeps
# grouping linear in the number of sentences, whatever the cluster's size.
CANDIDATE_MAX_POSTINGS = 200
MIN_SHARED_TOKENS = 3

_TERMINAL = re.compile(r"[.!?…।؟。！？][\"”’')\]」』]*$|[\"”’]$")


@dataclass(frozen=True, slots=True)
class SentenceRef:
    """One sentence of one source, with its exact span."""

    source_id: str
    start: int
    end: int
    text: str
    position: int  # 0 for the article's first body sentence


@dataclass
class EvidenceItem:
    """A statement and every source sentence that carries it (the first is representative)."""

    id: str
    members: list[SentenceRef]
    tokens: frozenset[str]
    is_heading: bool
    score: float = 0.0
    independent: int = 1

    @property
    def text(self) -> str:
        return self.members[0].text

    @property
    def source_ids(self) -> list[str]:
        return [member.source_id for member in self.members]


@dataclass
class EvidenceSet:
    articles: list[Article]
    items: list[EvidenceItem]
    copies: Copies = field(default_factory=lambda: Copies({}, {}, {}))

    def article(self, source_id: str) -> Article:
        return self._by_id[source_id]

    def __post_init__(self) -> None:
        self._by_id = {article.id: article for article in self.articles}
        self._originals = self.copies.originals([article.id for article in self.articles])
        self._in_order: dict[str, list[SentenceRef]] | None = None

    def sentences(self, source_id: str) -> list[SentenceRef]:
        """One article's sentences in reading order: each is a member of one item, so they
        are gathered from the items, not split again."""
        if self._in_order is None:
            in_order: dict[str, list[SentenceRef]] = defaultdict(list)
            for item in self.items:
                for ref in item.members:
                    in_order[ref.source_id].append(ref)
            for refs in in_order.values():
                refs.sort(key=lambda ref: ref.position)
            self._in_order = dict(in_order)
        return self._in_order.get(source_id, [])

    @property
    def copy_of(self) -> dict[str, str | None]:
        return self.copies.copy_of

    def independent_count(self, source_ids: list[str]) -> int:
        """How many independent sources these are, with copies folded into their originals."""
        return independent_count(self._originals, source_ids)

    def ranked(self) -> list[EvidenceItem]:
        return sorted(self.items, key=lambda item: -item.score)


def article_sentences(article: Article) -> list[SentenceRef]:
    refs: list[SentenceRef] = []
    for region in article.body:
        for span in split_sentences(article.text, region.start, region.end):
            refs.append(_ref(article, span, len(refs)))
    return refs


def _ref(article: Article, span: Span, position: int) -> SentenceRef:
    return SentenceRef(
        article.id, span.start, span.end, article.text[span.start : span.end], position
    )


def dice(first: frozenset[str], second: frozenset[str]) -> float:
    if not first or not second:
        return 0.0
    return 2 * len(first & second) / (len(first) + len(second))


def build_evidence(articles: list[Article]) -> EvidenceSet:
    """Group every body sentence of every article into evidence items and rank them."""
    sentences = [ref for article in articles for ref in article_sentences(article)]
    token_sets = [frozenset(content_tokens(ref.text)) for ref in sentences]
    document_frequency = Counter(token for tokens in token_sets for token in tokens)
    max_postings = CANDIDATE_MAX_POSTINGS

    items: list[EvidenceItem] = []
    item_sources: list[set[str]] = []
    postings: dict[str, list[int]] = defaultdict(list)
    verbatim: dict[str, int] = {}  # exact copies group whatever their tokens
    for ref, tokens in zip(sentences, token_sets, strict=True):
        best, best_score = -1, CANDIDATE_DICE
        key = " ".join(ref.text.split())
        same = verbatim.get(key)
        if same is not None and ref.source_id not in item_sources[same]:
            best = same
        elif len(tokens) >= MIN_SHARED_TOKENS:
            shared: Counter[int] = Counter()
            for token in tokens:
                if document_frequency[token] <= max_postings:
                    shared.update(postings.get(token, ()))
            for index, count in shared.items():
                if count < MIN_SHARED_TOKENS or ref.source_id in item_sources[index]:
                    continue
                score = dice(tokens, items[index].tokens)
                if score >= best_score and same_statement(ref.text, items[index].text):
                    best, best_score = index, score
        if best >= 0:
            items[best].members.append(ref)
            item_sources[best].add(ref.source_id)
            continue
        index = len(items)
        verbatim.setdefault(key, index)
        items.append(
            EvidenceItem(
                id=f"E{index + 1}",
                members=[ref],
                tokens=tokens,
                is_heading=_is_heading(ref.text),
            )
        )
        item_sources.append({ref.source_id})
        for token in tokens:
            if document_frequency[token] <= max_postings:
                postings[token].append(index)

    evidence = EvidenceSet(articles, items, _find_copies(articles, items, sentences))
    _rank(evidence, document_frequency, len(sentences))
    return evidence


def _is_heading(text: str) -> bool:
    """A line such as a subheading or a list label rather than a sentence."""
    return not _TERMINAL.search(text) and len(text.split()) < 15


@dataclass(frozen=True, slots=True)
class Copies:
    """Which sources repeat which. `copy_of` holds only what something shows (an earlier
    publication date, an agency credit), with the reason in `basis`; two sources that share
    most of their statements with nothing to tell who copied whom are in `shared` instead."""

    copy_of: dict[str, str | None]
    basis: dict[str, str]
    shared: dict[str, list[str]]  # in input order

    def originals(self, order: list[str]) -> dict[str, str | None]:
        """Each source's parent when independent sources are counted."""
        return counting_parents(order, self.copy_of, self.shared)


def _find_copies(
    articles: list[Article], items: list[EvidenceItem], sentences: list[SentenceRef]
) -> Copies:
    """Which source largely repeats which: wire copy, translation, light rewrite.

    Two sources are copies when at least `COPY_SHARE` of the shorter one's sentences repeat the
    other. The direction is claimed only where something shows it (`_copy_direction`).
    """
    counts = Counter(ref.source_id for ref in sentences)
    shared: Counter[tuple[str, str]] = Counter()
    for item in items:
        # Each carrier is paired with the item's first (earliest) carrier only: copies copy an
        # original, and pairing every two carriers would be quadratic on boilerplate.
        ids = list(dict.fromkeys(item.source_ids))
        for other in ids[1:]:
            shared[(ids[0], other)] += 1
    order = {article.id: index for index, article in enumerate(articles)}
    by_id = {article.id: article for article in articles}
    copy_of: dict[str, str | None] = {article.id: None for article in articles}
    basis: dict[str, str] = {}
    undirected: dict[str, list[str]] = {}
    for (first, second), count in shared.most_common():
        first, second = sorted((first, second), key=lambda source: order[source])
        if count < MIN_COPY_SENTENCES or count / min(counts[first], counts[second]) < COPY_SHARE:
            continue
        direction = _copy_direction(by_id[first], by_id[second])
        if direction is None:
            if copy_of[first] is None and copy_of[second] is None:
                undirected.setdefault(first, []).append(second)
                undirected.setdefault(second, []).append(first)
            continue
        copy, original, why = direction
        if copy_of[copy] is None and copy_of[original] != copy:
            copy_of[copy], basis[copy] = original, why
    shared_with = {
        source: sorted(others, key=lambda other: order[other])
        for source, others in undirected.items()
        if copy_of[source] is None
    }
    return Copies(copy_of, basis, shared_with)


def _copy_direction(first: Article, second: Article) -> tuple[str, str, str] | None:
    """(copy, original, why) when something shows which repeats which, else None.

    An earlier publication date makes the original; so does being the agency the other credits
    ("(Reuters) -", "By AP", an "AFP" signature). Input order and length show nothing: a
    re-translation can be listed before its original, and shorter or longer than it.
    """
    if first.published and second.published and first.published != second.published:
        earlier, later = sorted((first, second), key=lambda article: article.published or "")
        return later.id, earlier.id, "the original was published earlier"
    for copy, original in ((first, second), (second, first)):
        agency = original.outlet and _credits(copy, original.outlet)
        if agency:
            return copy.id, original.id, f"it credits {original.outlet}"
    return None


def _credits(article: Article, outlet: str) -> bool:
    """Does the article credit this outlet as its source: in its byline, its dateline
    ("BAGHDAD (Reuters) -"), or a signature line ("col/dpa")?"""
    name = re.escape(outlet.strip())
    if not name:
        return False
    credit = re.compile(rf"(?:\(|\b(?:by|via|from)\s+|/){name}\b(?:\)|\s*$)", re.I)
    if article.byline and re.search(rf"\b{name}\b", article.byline, re.I):
        return True
    head = article.text[:300]
    tail = article.text[-200:]
    return bool(credit.search(head) or credit.search(tail))


def _rank(evidence: EvidenceSet, document_frequency: Counter[str], sentence_count: int) -> None:
    """Score = corroboration x closeness to the cluster's centroid x a lead-position prior.

    Linear in the number of sentences; the engines refine the top of this ranking (LexRank).
    """
    idf = {
        token: math.log((1 + sentence_count) / (1 + frequency))
        for token, frequency in document_frequency.items()
    }
    centroid: defaultdict[str, float] = defaultdict(float)
    for item in evidence.items:
        for token in item.tokens:
            centroid[token] += idf[token] * len(item.members)
    # math.fsum: sums of the same numbers in any order are equal to the last bit, so that
    # items that tie stay tied whatever order a set of words is read in (it depends on the
    # process's string hashing: a brief must not)
    norm = math.sqrt(math.fsum(value * value for value in centroid.values())) or 1.0
    for item in evidence.items:
        item.independent = evidence.independent_count(item.source_ids)
        if not item.tokens:
            item.score = 0.0
            continue
        weights = [idf[token] for token in item.tokens]
        item_norm = math.sqrt(math.fsum(weight * weight for weight in weights)) or 1.0
        closeness = math.fsum(centroid[token] * idf[token] for token in item.tokens) / (
            norm * item_norm
        )
        lead = 1.0 + 0.5 / (1 + min(member.position for member in item.members))
        heading = 0.3 if item.is_heading else 1.0
        item.score = closeness * (1.0 + math.log(item.independent)) * lead * heading
