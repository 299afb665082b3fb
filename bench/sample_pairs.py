"""Draw the candidate sentence pairs that `tests/data/same_statement_pairs.jsonl` labels by hand.

Pairs are two body sentences of two different sources of one cluster (the seeds and the seven
development topics), drawn at random from four bands of content-token Dice overlap, so that the
set holds clear paraphrases, clear non-paraphrases, and many of the hard cases in between (long
sentences that share a phrase without saying the same thing). The labels themselves were written
by reading each pair; this script only chooses which pairs to read.

    python bench/sample_pairs.py ../shared/eval/multiling2011-en/sources > candidates.jsonl
"""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path

from summarise.evidence import article_sentences, dice
from summarise.ingest import load_articles
from summarise.segment import content_tokens

BANDS = ((0.2, 0.35), (0.35, 0.5), (0.5, 0.7), (0.7, 1.01))
PER_BAND = 17
SEED = 2026


def clusters(root: Path) -> list[tuple[str, Path]]:
    found = [("seeds", Path(__file__).resolve().parent.parent / "seeds")]
    found += [(topic.name, topic) for topic in sorted(root.iterdir()) if topic.is_dir()]
    return found


def main() -> None:
    rng = random.Random(SEED)
    root = Path(sys.argv[1])
    for name, folder in clusters(root):
        articles = load_articles([str(folder)]).articles
        refs = [ref for article in articles for ref in article_sentences(article)]
        tokens = [frozenset(content_tokens(ref.text)) for ref in refs]
        banded: list[list[tuple[int, int, float]]] = [[] for _ in BANDS]
        for i in range(len(refs)):
            for j in range(i + 1, len(refs)):
                if refs[i].source_id == refs[j].source_id or len(tokens[i]) < 3:
                    continue
                score = dice(tokens[i], tokens[j])
                for band, (low, high) in enumerate(BANDS):
                    if low <= score < high:
                        banded[band].append((i, j, score))
        for band in banded:
            for i, j, score in rng.sample(band, min(PER_BAND, len(band))):
                print(
                    json.dumps(
                        {
                            "topic": name,
                            "dice": round(score, 3),
                            "a": {
                                "source": Path(articles_path(articles, refs[i].source_id)).name,
                                "start": refs[i].start,
                                "end": refs[i].end,
                                "text": refs[i].text,
                            },
                            "b": {
                                "source": Path(articles_path(articles, refs[j].source_id)).name,
                                "start": refs[j].start,
                                "end": refs[j].end,
                                "text": refs[j].text,
                            },
                        },
                        ensure_ascii=False,
                    )
                )


def articles_path(articles: list, source_id: str) -> str:
    return next(article.path for article in articles if article.id == source_id) or source_id


if __name__ == "__main__":
    main()
