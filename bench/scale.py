"""Wall time and peak memory of a brief as clusters grow, next to sumy LexRank on the raw text.

    python bench/scale.py [--sizes 5 50 200 500] [--data ../shared/eval/multiling2011-en/sources]

Clusters are built from real articles (the MultiLing development topics, else seeds/) with
realistic duplication: past the originals, each extra article is a wire rewrite of one of them
(some sentences dropped, words swapped, agency prefix), as syndication produces. "copies
folded" is how many sources the brief counts with another one (copy_of or same_text_as), next
to how many rewrites the cluster holds. Each run is a
fresh process, so peak RSS is that run's own. The LexRank baseline is stopped after --timeout
seconds.
"""

from __future__ import annotations

import argparse
import json
import random
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
REWRITES = [
    ("said", "stated"),
    ("killed", "left dead"),
    ("U.S.", "US"),
    ("police", "officers"),
    ("on Thursday", "Thursday"),
    ("announced", "said"),
    ("people", "persons"),
]

OURS = """
import json, resource, sys, time
from summarise.config import resolve_settings
from summarise.pipeline import build_brief
from summarise.schema import counting_parents
started = time.perf_counter()
brief = build_brief([sys.argv[1]], resolve_settings(environ={}))
seconds = time.perf_counter() - started
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
parents = counting_parents(
    [s.id for s in brief.sources],
    {s.id: s.copy_of for s in brief.sources},
    {s.id: s.same_text_as for s in brief.sources},
)
folded = sum(parent is not None for parent in parents.values())
print(json.dumps({"seconds": seconds, "peak_mb": peak, "what": len(brief.what), "folded": folded}))
"""
LEXRANK = """
import json, resource, sys, time
from summarise.extractive.what import sumy_scores
from summarise.ingest import load_articles
from summarise.segment import split_sentences
started = time.perf_counter()
sentences = []
for article in load_articles([sys.argv[1]]).articles:
    sentences += [article.text[s.start:s.end] for s in split_sentences(article.text)]
scores = sumy_scores(sentences, "lexrank")
seconds = time.perf_counter() - started
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps({"seconds": seconds, "peak_mb": peak, "sentences": len(sentences)}))
"""


def originals(data: Path) -> list[str]:
    files = sorted(p for p in data.rglob("*") if p.is_file()) if data.is_dir() else []
    if not files:
        files = sorted((ROOT / "seeds").iterdir())
    return [p.read_text(encoding="utf-8") for p in files]


def rewrite(text: str, rng: random.Random) -> str:
    lines = [line for line in text.split("\n") if line.strip()]
    kept = [line for line in lines if rng.random() > 0.2] or lines
    body = "\n".join(kept)
    for old, new in rng.sample(REWRITES, 3):
        body = body.replace(old, new)
    return f"{rng.choice(['(Reuters) - ', '(AP) - ', '(AFP) - ', ''])}{body}\n"


def build(size: int, texts: list[str], folder: Path) -> None:
    rng = random.Random(size)
    folder.mkdir(parents=True)
    for index in range(size):
        text = texts[index] if index < len(texts) else rewrite(texts[index % len(texts)], rng)
        (folder / f"{index:04d}.txt").write_text(text, encoding="utf-8")


def measure(script: str, folder: Path, timeout: float) -> dict[str, float] | None:
    try:
        done = subprocess.run(
            [sys.executable, "-c", script, str(folder)],
            capture_output=True,
            text=True,
            timeout=timeout,
            check=True,
        )
    except subprocess.TimeoutExpired:
        return None
    return json.loads(done.stdout.strip().splitlines()[-1])


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawTextHelpFormatter
    )
    parser.add_argument("--sizes", type=int, nargs="+", default=[5, 50, 200, 500])
    parser.add_argument(
        "--data", type=Path, default=ROOT.parent / "shared/eval/multiling2011-en/sources"
    )
    parser.add_argument("--timeout", type=float, default=300.0)
    args = parser.parse_args()
    texts = originals(args.data)
    print(f"{len(texts)} original articles; extra articles are wire rewrites of them")
    print(
        f"{'articles':>8} {'sentences':>9} | {'summarise s':>11} {'peak MB':>8} | "
        f"{'LexRank raw s':>13} {'peak MB':>8} | {'speed-up':>8} | copies folded"
    )
    with tempfile.TemporaryDirectory() as scratch:
        for size in args.sizes:
            folder = Path(scratch) / f"cluster-{size}"
            build(size, texts, folder)
            ours = measure(OURS, folder, args.timeout)
            baseline = measure(LEXRANK, folder, args.timeout)
            ours_s = (
                f"{ours['seconds']:11.2f} {ours['peak_mb']:8.0f}"
                if ours
                else f"{'timeout':>11} {'':>8}"
            )
            if baseline:
                base_s = f"{baseline['seconds']:13.2f} {baseline['peak_mb']:8.0f}"
                sentences = f"{baseline['sentences']:9.0f}"
                speed = f"{baseline['seconds'] / ours['seconds']:7.1f}x" if ours else ""
            else:
                base_s = f"{'>' + str(int(args.timeout)) + ' (stopped)':>13} {'':>8}"
                sentences, speed = (
                    f"{'':>9}",
                    f"{'>' + format(args.timeout / ours['seconds'], '.0f') + 'x':>8}"
                    if ours
                    else "",
                )
            rewrites = max(0, size - len(texts))
            folded = f"{ours['folded']:.0f} of {rewrites}" if ours else ""
            print(
                f"{size:8d} {sentences} | {ours_s} | {base_s} | {speed:>8} | {folded}", flush=True
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
