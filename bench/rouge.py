"""ROUGE of the `what` section against human reference summaries, next to plain sumy.

    python bench/rouge.py ../shared/eval/multiling2011-en [--words 250]

DATASET_DIR holds `sources/TOPIC/*` (the articles of each topic) and `references/TOPIC.*.txt`
(human summaries). Every system's text is cut to the same number of words, then scored with
rouge-score (ROUGE-1/2/L F-measure, Porter stemming), averaged over the references of a topic
and then over topics (each system may overshoot the length by one sentence before the cut).
Baselines: sumy LexRank, TextRank and LSA over the raw articles
concatenated, as a user of sumy alone would run them.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

from rouge_score import rouge_scorer

from summarise.config import resolve_settings
from summarise.extractive.what import sumy_scores
from summarise.ingest import load_articles
from summarise.pipeline import build_brief
from summarise.segment import split_sentences

METRICS = ("rouge1", "rouge2", "rougeL")


def first_words(text: str, words: int) -> str:
    return " ".join(text.split()[:words])


def ours(topic: Path, words: int) -> str:
    # The `what` section as a reader gets it with a budget of `words` (never more). It is shown
    # in the order things were reported, not in rank order, so a larger budget cut to `words`
    # (what the baselines get) would drop the latest statements rather than the weakest: our
    # text may end shorter than the baselines', never longer.
    brief = build_brief([str(topic)], resolve_settings(environ={}, what_words=words))
    return " ".join(statement.text for statement in brief.what)


def raw_sumy(topic: Path, words: int, algorithm: str) -> str:
    """sumy over the raw articles: every sentence of every file, duplicates and all."""
    sentences = []
    for article in load_articles([str(topic)]).articles:
        sentences += [article.text[s.start : s.end] for s in split_sentences(article.text)]
    scores = sumy_scores(sentences, algorithm)
    ranked = sorted(range(len(sentences)), key=lambda i: -scores[i])
    picked, used = [], 0
    for index in ranked:
        picked.append(index)
        used += len(sentences[index].split())
        if used >= words:
            break
    return " ".join(sentences[i] for i in sorted(picked))


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawTextHelpFormatter
    )
    parser.add_argument("dataset", type=Path)
    parser.add_argument("--words", type=int, default=250)
    args = parser.parse_args()
    topics = sorted(p for p in (args.dataset / "sources").iterdir() if p.is_dir())
    if not topics:
        print(f"no topics under {args.dataset / 'sources'}", file=sys.stderr)
        return 1
    scorer = rouge_scorer.RougeScorer(list(METRICS), use_stemmer=True)
    systems = {
        "summarise (evidence + LexRank)": lambda t: ours(t, args.words),
        "sumy LexRank, raw articles": lambda t: raw_sumy(t, args.words, "lexrank"),
        "sumy TextRank, raw articles": lambda t: raw_sumy(t, args.words, "textrank"),
        "sumy LSA, raw articles": lambda t: raw_sumy(t, args.words, "lsa"),
    }
    results: dict[str, dict[str, list[float]]] = {
        name: {m: [] for m in METRICS} for name in systems
    }
    seconds: dict[str, float] = dict.fromkeys(systems, 0.0)
    for topic in topics:
        references = [
            p.read_text(encoding="utf-8")
            for p in sorted((args.dataset / "references").glob(f"{topic.name}.*.txt"))
        ]
        if not references:
            print(f"{topic.name}: no references, skipped", file=sys.stderr)
            continue
        for name, system in systems.items():
            started = time.perf_counter()
            summary = first_words(system(topic), args.words)
            seconds[name] += time.perf_counter() - started
            for metric in METRICS:
                scores = [scorer.score(ref, summary)[metric].fmeasure for ref in references]
                results[name][metric].append(statistics.mean(scores))
    print(
        f"ROUGE F-measure x100, {len(topics)} topics, {args.words} words, stemming ({args.dataset})"
    )
    print(f"{'system':34} {'R-1':>6} {'R-2':>6} {'R-L':>6} {'seconds':>8}")
    for name in systems:
        row = [100 * statistics.mean(results[name][m]) for m in METRICS]
        print(f"{name:34} {row[0]:6.1f} {row[1]:6.1f} {row[2]:6.1f} {seconds[name]:8.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
