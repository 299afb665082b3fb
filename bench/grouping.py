"""Precision and recall of evidence grouping on hand-labelled sentence pairs.

`tests/data/same_statement_pairs.jsonl` holds 310 pairs of sentences from two sources of one
cluster (the seeds and the seven development topics), each labelled by reading it: "same" when
the two state the same thing, else "different" (see `tests/data/README.md`). Printed here:

- **pair test**: does the grouping test say "same" for the pair? The naive rule grouping used
  before (Dice overlap of content tokens >= 0.5) is scored beside `support.same_statement`.
- **grouping**: did `build_evidence` on the whole cluster put the two sentences in one evidence
  item? (Needs the clusters: `seeds/` and `../shared/eval/multiling2011-en/sources`.)
- **support**: for the extractive brief of each cluster, how many citations were printed and
  how many were dropped because their quote, though in the source, does not support the item.

The figures are split into the pairs with an even and an odd number, so that a change tuned on
one half can be checked on the other.

    python bench/grouping.py [--sources ../shared/eval/multiling2011-en/sources]
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable, Iterable
from pathlib import Path

from summarise.evidence import build_evidence, dice
from summarise.ingest import load_articles
from summarise.segment import content_tokens
from summarise.support import same_statement

ROOT = Path(__file__).resolve().parent.parent
PAIRS = ROOT / "tests" / "data" / "same_statement_pairs.jsonl"
NAIVE_DICE = 0.5


def load_pairs(path: Path = PAIRS) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


def naive(first: str, second: str) -> bool:
    return dice(frozenset(content_tokens(first)), frozenset(content_tokens(second))) >= NAIVE_DICE


def scores(pairs: Iterable[dict], predict: Callable[[dict], bool]) -> tuple[float, float, int, int]:
    """Precision, recall, false positives, false negatives of `predict` against the labels."""
    tp = fp = fn = 0
    for pair in pairs:
        said, truth = predict(pair), pair["label"] == "same"
        tp += said and truth
        fp += said and not truth
        fn += truth and not said
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    return precision, recall, fp, fn


def grouped_together(pairs: list[dict], sources: Path) -> Callable[[dict], bool]:
    """A predictor that answers from `build_evidence` run over each pair's whole cluster."""
    item_of: dict[tuple[str, str, int], str] = {}
    for topic in sorted({pair["topic"] for pair in pairs}):
        folder = ROOT / "seeds" if topic == "seeds" else sources / topic
        evidence = build_evidence(load_articles([str(folder)]).articles)
        name = {article.id: Path(article.path or article.id).name for article in evidence.articles}
        for item in evidence.items:
            for member in item.members:
                item_of[(topic, name[member.source_id], member.start)] = item.id

    def predict(pair: dict) -> bool:
        first = item_of.get((pair["topic"], pair["a"]["source"], pair["a"]["start"]))
        second = item_of.get((pair["topic"], pair["b"]["source"], pair["b"]["start"]))
        return first is not None and first == second

    return predict


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--sources", type=Path, default=ROOT.parent / "shared/eval/multiling2011-en/sources"
    )
    args = parser.parse_args()
    pairs = load_pairs()
    halves = {
        "all": pairs,
        "even": [p for p in pairs if int(p["id"][1:]) % 2 == 0],
        "odd": [p for p in pairs if int(p["id"][1:]) % 2 == 1],
    }
    same = sum(pair["label"] == "same" for pair in pairs)
    print(f"{len(pairs)} labelled pairs: {same} same, {len(pairs) - same} different")
    predictors: dict[str, Callable[[dict], bool]] = {
        f"pair test, naive Dice >= {NAIVE_DICE}": lambda p: naive(p["a"]["text"], p["b"]["text"]),
        "pair test, same_statement": lambda p: same_statement(p["a"]["text"], p["b"]["text"]),
    }
    if args.sources.is_dir():
        predictors["grouping, build_evidence"] = grouped_together(pairs, args.sources)
    else:
        print(f"(no {args.sources}: grouping of whole clusters not measured)")
    print(f"{'method':38} {'half':>5} {'precision':>9} {'recall':>7} {'FP':>4} {'FN':>4}")
    for label, predict in predictors.items():
        for half, subset in halves.items():
            precision, recall, fp, fn = scores(subset, predict)
            print(f"{label:38} {half:>5} {precision:9.3f} {recall:7.3f} {fp:4d} {fn:4d}")
    if args.sources.is_dir():
        support_table(sorted({pair["topic"] for pair in pairs}), args.sources)


def support_table(topics: list[str], sources: Path) -> None:
    from summarise.config import resolve_settings
    from summarise.pipeline import build_brief

    print(f"\n{'cluster':8} {'printed':>8} {'unsupported (dropped)':>22}")
    total_printed = total_dropped = 0
    for topic in topics:
        folder = ROOT / "seeds" if topic == "seeds" else sources / topic
        grounding = build_brief([str(folder)], resolve_settings(environ={})).provenance.grounding
        total_printed += grounding.supported
        total_dropped += grounding.unsupported
        print(f"{topic:8} {grounding.supported:8d} {grounding.unsupported:22d}")
    print(f"{'all':8} {total_printed:8d} {total_dropped:22d}")


if __name__ == "__main__":
    main()
