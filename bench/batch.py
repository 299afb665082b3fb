"""Events briefed per second by `summarise batch`: one worker, two workers, and the cache warm.

    python bench/batch.py [--events 40] [--data ../shared/eval/multiling2011-en/sources]

The events are the seven MultiLing development topics and the seeds, each repeated as wire
rewrites (lines dropped, words swapped) so that no two events share a text and the cache
cannot help before it is warm. Each run is the whole `summarise batch` process (loading the NLP
model included), writing to a fresh output file; the cache lives in a folder of this run.
"""

from __future__ import annotations

import argparse
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SWAPS = [("said", "stated"), ("killed", "left dead"), ("police", "officers"),
         ("announced", "said"), ("people", "persons")]  # fmt: skip


def make_events(data: Path, count: int, root: Path, rng: random.Random) -> None:
    topics = [*sorted(p for p in data.iterdir() if p.is_dir()), ROOT / "seeds"]
    for number in range(count):
        topic = topics[number % len(topics)]
        folder = root / f"{topic.name}-{number:03d}"
        folder.mkdir(parents=True)
        for source in sorted(p for p in topic.iterdir() if p.is_file()):
            lines = source.read_text(encoding="utf-8").split("\n")
            head, body = lines[:3], [line for line in lines[3:] if rng.random() > 0.15]
            text = "\n".join(head + body)
            for old, new in rng.sample(SWAPS, 2):
                text = text.replace(old, new)
            (folder / source.name).write_text(text, encoding="utf-8")


def run(events: Path, output: Path, workers: int, cache: Path, use_cache: bool) -> float:
    command = [str(Path(sys.executable).with_name("summarise")), "batch", str(events)]
    command += ["-o", str(output), "-j", str(workers), "-q"]
    if not use_cache:
        command.append("--no-cache")
    env = {**os.environ, "SUMMARISE_CACHE_DIR": str(cache)}
    started = time.perf_counter()
    subprocess.run(command, env=env, check=True)
    return time.perf_counter() - started


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--events", type=int, default=40)
    parser.add_argument(
        "--data", type=Path, default=ROOT.parent / "shared/eval/multiling2011-en/sources"
    )
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        root = Path(scratch)
        make_events(args.data, args.events, root / "events", random.Random(11))
        cache = root / "cache"
        print(f"{args.events} events of 5-10 articles, cores: {os.cpu_count()}")
        print(f"{'run':<28} {'seconds':>8} {'events/s':>9}")
        for name, workers, use_cache in (
            ("1 worker, no cache", 1, False),
            ("2 workers, no cache", 2, False),
            ("2 workers, filling the cache", 2, True),
            ("cache warm", 2, True),
        ):
            seconds = run(root / "events", root / f"{name}.jsonl", workers, cache, use_cache)
            print(f"{name:<28} {seconds:8.1f} {args.events / seconds:9.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
