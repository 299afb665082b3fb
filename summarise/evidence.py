"""Evidence: the same statement carried by several outlets, grouped once, with its sources.

Wire copy, light rewrites and re-translations repeat one another sentence by sentence. Grouping
them makes corroboration countable (how many *independent* sources carry a statement), keeps
the LLM prompt small, and stops the extractive engine from picking one sentence twice.

Grouping is greedy and uses an inverted index over rare-enough tokens, so its cost grows with
the number of sentences times the (capped) length of a posting list, not with all pairs.
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from .ingest import Article
from .schema import independent_count
from .segment import Span, content_tokens, split_sentences

# Dice overlap of content tokens above which two sentences are taken to say the same thing.
SAME_STATEMENT_DICE = 0.5
# A source is a copy of another when at least this share of its sentences repeat that source.
COPY_SHARE = 0.5
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
    copy_of: dict[str, str | None] = field(default_factory=dict)

    def article(self, source_id: str) -> Article:
        return self._by_id[source_id]

    def __post_init__(self) -> None:
        self._by_id = {article.id: article for article in self.articles}

    def independent_count(self, source_ids: list[str]) -> int:
        """How many independent sources these are, with copies folded into their originals."""
        return independent_count(self.copy_of, source_ids)

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
        best, best_score = -1, SAME_STATEMENT_DICE
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
                if score >= best_score:
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

    evidence = EvidenceSet(articles, items)
    evidence.copy_of = _find_copies(articles, items, sentences)
    _rank(evidence, document_frequency, len(sentences))
    return evidence


def _is_heading(text: str) -> bool:
    """A line such as a subheading or a list label rather than a sentence."""
    return not _TERMINAL.search(text) and len(text.split()) < 15


def _find_copies(
    articles: list[Article], items: list[EvidenceItem], sentences: list[SentenceRef]
) -> dict[str, str | None]:
    """Which source largely repeats which: wire copy, translation, light rewrite.

    The later source in input order is taken as the copy, unless its own date is earlier.
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
    published = {article.id: article.published for article in articles}
    copy_of: dict[str, str | None] = {article.id: None for article in articles}
    for (first, second), count in shared.most_common():
        original, copy = sorted((first, second), key=lambda source: order[source])
        copy_date, original_date = published[copy], published[original]
        if copy_date and original_date and copy_date < original_date:
            original, copy = copy, original
        share = count / max(1, counts[copy])
        if copy_of[copy] is None and copy_of[original] != copy and share >= COPY_SHARE:
            copy_of[copy] = original
    return copy_of


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
    norm = math.sqrt(sum(value * value for value in centroid.values())) or 1.0
    for item in evidence.items:
        item.independent = evidence.independent_count(item.source_ids)
        if not item.tokens:
            item.score = 0.0
            continue
        weights = [idf[token] for token in item.tokens]
        item_norm = math.sqrt(sum(weight * weight for weight in weights)) or 1.0
        closeness = sum(centroid[token] * idf[token] for token in item.tokens) / (norm * item_norm)
        lead = 1.0 + 0.5 / (1 + min(member.position for member in item.members))
        heading = 0.3 if item.is_heading else 1.0
        item.score = closeness * (1.0 + math.log(item.independent)) * lead * heading
