"""Events found in a mixed feed: B-cubed precision and recall against the topic labels, and
time and peak memory as the feed grows, next to the naive all-pairs method in the same run.

    python bench/cluster.py [--data ../shared/eval/multiling2011-en/sources] [--large 10000]

Mixtures are built from the development data: the seven MultiLing topics (ten articles each)
and the five seed reports, shuffled together (label = topic).
- "as published": each article keeps its own date;
- "spread over days": every article gets a date in the same week, so time cannot tell the
  topics apart and a story's reports are days apart;
- "large": wire rewrites of those articles (lines dropped, words swapped, an agency prefix)
  with dates moved by up to three days, as a day's syndicated feed repeats stories.
B-cubed precision is how pure each article's cluster is (1.0: no two topics merged); recall is
how much of its topic its cluster holds (topics holding several related events may be split).
Each timed run is a fresh process, so its peak RSS is its own.
"""

from __future__ import annotations

import argparse
import json
import random
import subprocess
import sys
import tempfile
import time
from collections import Counter, defaultdict
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from summarise.clustering import (  # noqa: E402
    JOIN_SIMILARITY,
    DisjointSets,
    _cosine,
    _vectors,
    cluster_articles,
)
from summarise.ingest import Article, load_articles  # noqa: E402

REWRITES = [("said", "stated"), ("killed", "left dead"), ("U.S.", "US"), ("police", "officers"),
            ("announced", "said"), ("people", "persons"), ("on Thursday", "Thursday")]  # fmt: skip
TIMED = """
import json, pickle, resource, sys, time
sys.path.insert(0, sys.argv[3])
from summarise.clustering import cluster_articles
articles = pickle.load(open(sys.argv[1], "rb"))
started = time.perf_counter()
if sys.argv[2] == "naive":
    sys.path.insert(0, sys.argv[3] + "/bench")
    from cluster import naive_clusters
    groups = naive_clusters(articles)
else:
    groups = [[a.id for a in c.articles] for c in cluster_articles(articles)]
seconds = time.perf_counter() - started
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps({"seconds": seconds, "peak_mb": peak, "clusters": groups}))
"""


def labelled_articles(data: Path) -> list[tuple[Article, str]]:
    pairs: list[tuple[Article, str]] = []
    for topic in sorted(p for p in data.iterdir() if p.is_dir()):
        for article in load_articles([str(topic)]).articles:
            pairs.append((article, topic.name))
    for article in load_articles([str(ROOT / "seeds")]).articles:
        pairs.append((article, "seeds"))
    for number, (article, _) in enumerate(pairs, start=1):
        article.id = f"A{number}"
    return pairs


def b_cubed(clusters: list[list[str]], label: dict[str, str]) -> tuple[float, float]:
    where = {item: number for number, members in enumerate(clusters) for item in members}
    members = dict(enumerate(clusters))
    topic_size = Counter(label.values())
    precision = recall = 0.0
    for item, topic in label.items():
        cluster = members[where[item]]
        same = sum(label[other] == topic for other in cluster)
        precision += same / len(cluster)
        recall += same / topic_size[topic]
    return precision / len(label), recall / len(label)


def naive_clusters(articles: list[Article]) -> list[list[str]]:
    """The naive method: every pair compared (cosine of the same vectors), pairs above the same
    bar joined. Quadratic in the number of articles."""
    vectors = _vectors(articles)
    sets = DisjointSets(len(articles))
    for i in range(len(articles)):
        for j in range(i + 1, len(articles)):
            if _cosine(vectors[i], vectors[j]) >= JOIN_SIMILARITY:
                sets.join(i, j)
    groups: dict[int, list[str]] = defaultdict(list)
    for i, article in enumerate(articles):
        groups[sets.root(i)].append(article.id)
    return list(groups.values())


def rewritten(article: Article, number: int, rng: random.Random) -> Article:
    lines = [line for line in article.text.split("\n") if line.strip()]
    kept = [line for line in lines if rng.random() > 0.2] or lines
    text = "\n".join(kept)
    for old, new in rng.sample(REWRITES, 3):
        text = text.replace(old, new)
    day = date.fromisoformat(article.published[:10]) if article.published else None
    moved = (day + timedelta(days=rng.randint(-3, 3))).isoformat() if day else None
    return Article(
        id=f"L{number}",
        text=f"({rng.choice(['AP', 'AFP', 'Reuters'])}) - {text}",
        title=article.title,
        published=moved,
    )


def timed(articles: list[Article], method: str, timeout: float) -> dict[str, object] | None:
    import pickle

    with tempfile.NamedTemporaryFile(suffix=".pickle", delete=False) as handle:
        pickle.dump(articles, handle)
    try:
        done = subprocess.run(
            [sys.executable, "-c", TIMED, handle.name, method, str(ROOT)],
            capture_output=True, text=True, timeout=timeout, check=True,
        )  # fmt: skip
    except subprocess.TimeoutExpired:
        return None
    finally:
        Path(handle.name).unlink()
    result: dict[str, object] = json.loads(done.stdout)
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--data", type=Path, default=ROOT.parent / "shared/eval/multiling2011-en/sources"
    )
    parser.add_argument("--large", type=int, nargs="*", default=[1000, 10000])
    parser.add_argument("--naive-timeout", type=float, default=120.0)
    args = parser.parse_args()
    rng = random.Random(7)
    pairs = labelled_articles(args.data)
    rng.shuffle(pairs)
    articles = [article for article, _ in pairs]
    label = {article.id: topic for article, topic in pairs}
    print(f"{len(articles)} articles, {len(set(label.values()))} topics")
    print(f"{'mixture':<18} {'method':<7} {'clusters':>8} {'precision':>9} {'recall':>6}  splits")
    spread = [
        Article(
            id=a.id,
            text=a.text,
            title=a.title,
            outlet=a.outlet,
            published=(date(2024, 2, 5) + timedelta(days=rng.randint(0, 6))).isoformat(),
        )
        for a in articles
    ]
    for name, mixture in (("as published", articles), ("spread over days", spread)):
        for method in ("ours", "naive"):
            started = time.perf_counter()
            if method == "ours":
                clusters = [[a.id for a in c.articles] for c in cluster_articles(mixture)]
            else:
                clusters = naive_clusters(mixture)
            seconds = time.perf_counter() - started
            precision, recall = b_cubed(clusters, label)
            splits = _splits(clusters, label)
            print(
                f"{name:<18} {method:<7} {len(clusters):>8} {precision:9.3f} {recall:6.3f}"
                f"  {splits}  ({seconds:.2f} s)"
            )
    print(f"\n{'large feed':<10} {'method':<7} {'seconds':>8} {'peak MB':>8} {'clusters':>8} "
          f"{'precision':>9} {'recall':>6}")  # fmt: skip
    for size in args.large:
        chosen = rng.choices(articles, k=size)
        feed = [rewritten(article, number, rng) for number, article in enumerate(chosen, 1)]
        feed_label = {made.id: label[source.id] for made, source in zip(feed, chosen, strict=True)}
        for method in ("ours", "naive"):
            result = timed(feed, method, args.naive_timeout if method == "naive" else 600)
            if result is None:
                print(f"{size:<10} {method:<7} >{args.naive_timeout:.0f} s (stopped)")
                continue
            groups = result["clusters"]
            assert isinstance(groups, list)
            precision, recall = b_cubed(groups, feed_label)
            print(
                f"{size:<10} {method:<7} {result['seconds']:8.2f} {result['peak_mb']:8.0f} "
                f"{len(groups):8} {precision:9.3f} {recall:6.3f}"
            )
    return 0


def _splits(clusters: list[list[str]], label: dict[str, str]) -> str:
    """Topics spread over several clusters of two or more articles: "M001 5+3+2"."""
    parts: dict[str, list[int]] = defaultdict(list)
    for members in clusters:
        for topic, count in Counter(label[m] for m in members).items():
            parts[topic].append(count)
    shown = [
        f"{topic} {'+'.join(map(str, sorted(counts, reverse=True)))}"
        for topic, counts in sorted(parts.items())
        if len(counts) > 1
    ]
    return ", ".join(shown) or "none"


if __name__ == "__main__":
    raise SystemExit(main())
