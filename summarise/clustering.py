"""Events in a mixed set of articles: a day's feed sorted into one cluster per event.

The classic method of topic detection and tracking, which needs no model: each article is a
TF-IDF vector of its title and lead (where news states the event), compared by cosine with the
clusters built so far, in publication order; an article joins the closest cluster when the
similarity clears `JOIN_SIMILARITY`, else it opens a new one. A second pass merges clusters
whose centroids clear the same bar (the first pass depends on order). Publication time counts:
the similarity to a cluster fades when the article is months away from all of its reports
(a quarter of it left a year on, a sixteenth two years on). The fade is slow on purpose: a
story followed over months (a trial, a relay) stays one, and in a day's feed text decides.

Candidates come from an inverted index of each cluster's strongest terms, so an article is
compared with the few clusters that share its rare words, not with all of them: 10,000
articles take seconds, not the hours of a full similarity matrix.
"""

from __future__ import annotations

import hashlib
import math
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache

from .ingest import Article
from .segment import canonical_spelling, fold, stem, stop_words

# Words of the body read after the title: the lead, where news says what happened.
LEAD_WORDS = 250
# A title word counts as this many body words: it names the event.
TITLE_WEIGHT = 3.0
# Terms kept per article and per cluster centroid (the strongest by TF-IDF).
ARTICLE_TERMS = 60
CENTROID_TERMS = 120
# Clusters compared exactly per article: those sharing the most strong terms with it.
MAX_CANDIDATES = 30
# Cosine of an article with a cluster's centroid needed to join it; chosen on the development
# mixture (bench/cluster.py: seven MultiLing topics and the seeds, shuffled), where different
# topics first merge at 0.05 and the reports of a topic join from 0.10 down (0.06-0.10 score
# alike there); the middle of that range.
JOIN_SIMILARITY = 0.08
# Days an article may be from a cluster's reports with no penalty, and how fast the similarity
# fades past them (halved every FADE_DAYS).
SAME_EVENT_DAYS = 3
FADE_DAYS = 180
# Words of an untitled article's lead that label its event.
LABEL_WORDS = 12
# Words this common in English (Zipf frequency, wordfreq's scale) weigh nothing.
COMMON_ZIPF = 6.0
_TOKEN = re.compile(r"\S+")
_WORD = re.compile(r"\w+(?:[’'.\-]\w+)*")


@dataclass
class EventCluster:
    """One event: its articles, a stable id and a label a reader recognises."""

    id: str
    label: str
    articles: list[Article]

    @property
    def size(self) -> int:
        return len(self.articles)


@dataclass
class _Group:
    members: list[int] = field(default_factory=list)
    weights: Counter[str] = field(default_factory=Counter)  # sum of member vectors
    first: date | None = None
    last: date | None = None
    top: dict[str, float] = field(default_factory=dict)  # normalised centroid, strongest terms


def cluster_articles(
    articles: Sequence[Article], join_similarity: float = JOIN_SIMILARITY
) -> list[EventCluster]:
    """Group `articles` into events, largest first. Every article is in exactly one cluster;
    a cluster of one article is an event only one report tells."""
    if not articles:
        return []
    vectors = _vectors(articles)
    days = [_day(article) for article in articles]
    order = sorted(range(len(articles)), key=lambda i: (days[i] is None, days[i] or date.min, i))
    groups: list[_Group] = []
    index: dict[str, set[int]] = {}  # term -> groups whose centroid has it among its strongest
    for i in order:
        best, score = _closest(vectors[i], days[i], groups, index)
        if best is None or score < join_similarity:
            groups.append(_Group())
            best = len(groups) - 1
        _add(groups[best], best, i, vectors[i], days[i], index)
    groups = _merged(groups, join_similarity)
    clusters = [
        EventCluster(
            id=_stable_id([articles[i] for i in group.members]),
            label=_label(articles, group, vectors),
            articles=[articles[i] for i in sorted(group.members)],
        )
        for group in groups
    ]
    return sorted(clusters, key=lambda c: (-c.size, c.label, c.id))


def _vectors(articles: Sequence[Article]) -> list[dict[str, float]]:
    """Each article's strongest terms (title and lead), weighted by how rare each word is in
    English at large (wordfreq), L2-normalised. A general-English weight, not one counted
    over the input, so that an article set of one event is not judged by its own shared words
    (in ten reports of a tsunami, "tsunami" is in every one: counted over them it would weigh
    nothing), and an article's vector is the same whatever else the feed holds."""
    vectors = []
    for article in articles:
        counted: dict[str, float] = {}
        rarity: dict[str, float] = {}
        for text, weight in (
            (article.title or "", TITLE_WEIGHT),
            (" ".join(_TOKEN.findall(article.body_text() or article.text)[:LEAD_WORDS]), 1.0),
        ):
            for word in _terms(text):
                term = stem(word)  # "bombings", "bombing": one term
                counted[term] = counted.get(term, 0.0) + weight
                rarity.setdefault(term, _rarity(word))
        weights = {term: (1.0 + math.log(tf)) * rarity[term] for term, tf in counted.items()}
        strongest = sorted(weights.items(), key=lambda pair: -pair[1])[:ARTICLE_TERMS]
        vectors.append(_normalised(dict(strongest)))
    return vectors


def _terms(text: str) -> list[str]:
    """Folded words without stop words, numbers or one-letter words."""
    stops = stop_words()
    found = []
    for word in _WORD.findall(canonical_spelling(text)):
        folded = fold(word).removesuffix("'s").rstrip(".")
        if len(folded) > 1 and folded not in stops and not folded[:1].isdigit():
            found.append(folded)
    return found


@lru_cache(maxsize=200_000)
def _rarity(word: str) -> float:
    """How rare a word is in English: COMMON_ZIPF minus its Zipf frequency (7.7 for "the",
    about 3.5 for "tsunami", 0 for a word wordfreq has never seen), at least 0. wordfreq's
    large list (about 35 MB loaded): with its small one, every word rarer than one in a million
    weighs the same, and two topics of the development mixture merged (B-cubed precision
    0.976 against 1.000)."""
    from wordfreq import zipf_frequency  # deferred: its word lists load on the first call

    return max(0.0, COMMON_ZIPF - zipf_frequency(word, "en"))


def _normalised(weights: dict[str, float]) -> dict[str, float]:
    norm = math.sqrt(sum(w * w for w in weights.values())) or 1.0
    return {term: w / norm for term, w in weights.items() if w > 0}


def _day(article: Article) -> date | None:
    try:
        return date.fromisoformat((article.published or "")[:10])
    except ValueError:
        return None


def _time_factor(day: date | None, group: _Group) -> float:
    """1 within SAME_EVENT_DAYS of the cluster's reports, halved every FADE_DAYS past them."""
    if day is None or group.first is None or group.last is None:
        return 1.0
    apart = max((group.first - day).days, (day - group.last).days, 0)
    return 0.5 ** (max(0, apart - SAME_EVENT_DAYS) / FADE_DAYS)


def _cosine(a: dict[str, float], b: dict[str, float]) -> float:
    if len(a) > len(b):
        a, b = b, a
    return sum(weight * b.get(term, 0.0) for term, weight in a.items())


def _closest(
    vector: dict[str, float], day: date | None, groups: list[_Group], index: dict[str, set[int]]
) -> tuple[int | None, float]:
    shared: Counter[int] = Counter()
    for term in vector:
        shared.update(index.get(term, ()))
    best, score = None, 0.0
    for candidate, _ in shared.most_common(MAX_CANDIDATES):
        group = groups[candidate]
        similarity = _cosine(vector, group.top) * _time_factor(day, group)
        if similarity > score:
            best, score = candidate, similarity
    return best, score


def _add(
    group: _Group,
    number: int,
    member: int,
    vector: dict[str, float],
    day: date | None,
    index: dict[str, set[int]],
) -> None:
    group.members.append(member)
    group.weights.update(vector)
    if day is not None:
        group.first = min(group.first or day, day)
        group.last = max(group.last or day, day)
    for term in group.top:
        index[term].discard(number)
    group.top = _normalised(dict(group.weights.most_common(CENTROID_TERMS)))
    for term in group.top:
        index.setdefault(term, set()).add(number)


def _merged(groups: list[_Group], join_similarity: float) -> list[_Group]:
    """Clusters whose centroids are as close as a member must be, merged (largest first)."""
    index: dict[str, set[int]] = {}
    for number, group in enumerate(groups):
        for term in group.top:
            index.setdefault(term, set()).add(number)
    sets = DisjointSets(len(groups))
    for number in sorted(range(len(groups)), key=lambda n: -len(groups[n].members)):
        group = groups[number]
        shared: Counter[int] = Counter()
        for term in group.top:
            shared.update(other for other in index[term] if other != number)
        for other, _ in shared.most_common(MAX_CANDIDATES):
            similarity = _cosine(group.top, groups[other].top)
            similarity *= _time_factor(groups[other].first, group)
            if similarity >= join_similarity:
                sets.join(number, other)
    merged: dict[int, _Group] = {}
    for number, group in enumerate(groups):
        target = merged.setdefault(sets.root(number), _Group())
        target.members.extend(group.members)
        target.weights.update(group.weights)
        for day in (group.first, group.last):
            if day is not None:
                target.first = min(target.first or day, day)
                target.last = max(target.last or day, day)
    for group in merged.values():
        group.top = _normalised(dict(group.weights.most_common(CENTROID_TERMS)))
    return list(merged.values())


class DisjointSets:
    """Union-find over 0..n-1 (path halving): which items have been joined, transitively."""

    def __init__(self, size: int) -> None:
        self.parent = list(range(size))

    def root(self, item: int) -> int:
        while self.parent[item] != item:
            self.parent[item] = self.parent[self.parent[item]]
            item = self.parent[item]
        return item

    def join(self, first: int, second: int) -> None:
        self.parent[self.root(second)] = self.root(first)


def _stable_id(articles: Iterable[Article]) -> str:
    """The same articles give the same id, in any order and on any run."""
    keys = sorted(
        article.url or hashlib.sha256(article.text.encode("utf-8")).hexdigest()
        for article in articles
    )
    return "e-" + hashlib.sha256("\n".join(keys).encode("utf-8")).hexdigest()[:12]


def _label(articles: Sequence[Article], group: _Group, vectors: list[dict[str, float]]) -> str:
    """The title (else the first words) of the member closest to the cluster's centroid (the
    first added, among equals)."""
    _, first = max(
        (_cosine(vectors[member], group.top), -position)
        for position, member in enumerate(group.members)
    )
    central = articles[group.members[-first]]
    if central.title:
        text = central.title
    else:
        words = _TOKEN.findall(central.body_text() or central.text)
        text = " ".join(words[:LABEL_WORDS]) + (" …" if len(words) > LABEL_WORDS else "")
    return text if len(text) <= 100 else text[:99].rstrip() + "…"


def cluster_record(cluster: EventCluster) -> dict[str, object]:
    """One line of `clusters.jsonl`: the event and its articles whole, so that the record can
    be briefed on its own (`summarise batch`, or its `articles` as a JSONL input)."""
    dates = sorted(article.published[:10] for article in cluster.articles if article.published)
    return {
        "id": cluster.id,
        "label": cluster.label,
        "size": cluster.size,
        "first_published": dates[0] if dates else None,
        "last_published": dates[-1] if dates else None,
        "articles": [
            {
                key: value
                for key, value in (
                    ("id", article.id),
                    ("title", article.title),
                    ("outlet", article.outlet),
                    ("published", article.published),
                    ("url", article.url),
                    ("path", article.path),
                    ("text", article.text),
                )
                if value is not None
            }
            for article in cluster.articles
        ],
    }


# Groups named in the several-events warning.
MAX_NAMED_EVENTS = 5
# Articles compared for that warning: past this many, an evenly spaced sample (the warning runs
# on every brief; sorting a whole feed is `summarise cluster`'s job).
MAX_CHECKED = 200


def several_events(articles: Sequence[Article]) -> str | None:
    """A warning when articles given as one event look like several: two clusters or more of
    two articles or more. None when they look like one event (articles alone are no event of
    their own here: a report of a side story, or of the same story a year on)."""
    if len(articles) < 4:
        return None
    step = math.ceil(len(articles) / MAX_CHECKED)  # a large input is judged on a sample
    sample = articles[::step]
    groups = [cluster for cluster in cluster_articles(sample) if cluster.size >= 2]
    if len(groups) < 2:
        return None
    alone = len(sample) - sum(cluster.size for cluster in groups)
    named = [
        f"“{cluster.label}” ({cluster.size} articles: "
        f"{', '.join(article.id for article in cluster.articles[:6])}"
        f"{', …' if cluster.size > 6 else ''})"
        for cluster in groups[:MAX_NAMED_EVENTS]
    ]
    more = len(groups) - len(named)
    judged = (
        f"these {len(articles)} articles"
        if step == 1
        else f"{len(sample)} of these {len(articles)} articles (one in {step})"
    )
    return (
        f"{judged} look like {len(groups)} events, not one: "
        + "; ".join(named)
        + (f"; and {more} more" if more else "")
        + (f"; {alone} more alone" if alone else "")
        + ". This brief mixes them: `summarise cluster` sorts articles into events"
    )
