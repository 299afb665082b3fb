"""Facts and disputes an editor would insist on, found in the briefs of the development topics.

    python bench/facts.py ../shared/eval/multiling2011-en          # every topic, a summary
    python bench/facts.py ../shared/eval/multiling2011-en -v       # and each fact missed
    python bench/facts.py ../shared/eval/multiling2011-en --save out/   # keep the briefs (JSON)
    python bench/facts.py ../shared/eval/multiling2011-en --engine llm  # the configured endpoint
    python bench/facts.py DATA --engine llm --base-url http://127.0.0.1:8080/v1 --model NAME

With `--engine llm` every topic is briefed by the endpoint that OPENAI_API_KEY /
OPENAI_BASE_URL / SUMMARISE_MODEL (or the flags) name; the table then also says which engine
wrote each brief (a brief that fell back to the offline engine is not the LLM's), the requests
it took and the citations it printed. Every printed citation is checked against its source.

Scoring follows the answer keys' README (`keys/M00T.json`): an item's text is every string
inside it except its citations; a fact with `any_of` holds when one expression matches the
joined text of its field; with `all_of`, when one single item matches every expression; a
dispute holds when one item of `disputes` matches every expression and its citations come from
at least `min_sources` distinct sources. Matching is `re.search` with `re.IGNORECASE`.

The keys were written by reading the articles, not from any tool's output; still, every figure
this prints was measured on topics the engine was developed on: held-out topics decide.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import summarise  # noqa: E402
from summarise.ingest import load_articles  # noqa: E402
from summarise.verify import check_brief  # noqa: E402


def item_text(item: Any) -> str:
    """Every string value inside an item, nested ones included, citations left out."""
    if isinstance(item, str):
        return item
    if isinstance(item, dict):
        return " ".join(item_text(v) for k, v in item.items() if k != "citations")
    if isinstance(item, list):
        return " ".join(item_text(v) for v in item)
    return str(item) if isinstance(item, int | float) and not isinstance(item, bool) else ""


def _matches(patterns: Iterable[str], text: str) -> bool:
    return all(re.search(pattern, text, re.IGNORECASE) for pattern in patterns)


def fact_holds(fact: dict[str, Any], brief: dict[str, Any]) -> bool:
    value = brief.get(fact["field"])
    items = value if isinstance(value, list) else [value] if value else []
    if "any_of" in fact:
        joined = " \n ".join(item_text(item) for item in items)
        return any(re.search(pattern, joined, re.IGNORECASE) for pattern in fact["any_of"])
    return any(_matches(fact["all_of"], item_text(item)) for item in items)


def _citation_sources(item: Any) -> set[str]:
    found: set[str] = set()
    if isinstance(item, dict):
        for key, value in item.items():
            if key == "citations" and isinstance(value, list):
                found |= {c.get("source_id") for c in value if isinstance(c, dict)}
            else:
                found |= _citation_sources(value)
    elif isinstance(item, list):
        for value in item:
            found |= _citation_sources(value)
    return found - {None}


def dispute_holds(dispute: dict[str, Any], brief: dict[str, Any]) -> bool:
    return any(
        _matches(dispute["all_of"], item_text(item))
        and len(_citation_sources(item)) >= dispute.get("min_sources", 1)
        for item in brief.get("disputes") or []
    )


@dataclass
class TopicScore:
    topic: str
    facts: int
    facts_found: int
    disputes: int
    disputes_found: int
    seconds: float
    missed: list[str] = field(default_factory=list)


def score(topic: str, key: dict[str, Any], brief: dict[str, Any], seconds: float) -> TopicScore:
    facts = key.get("facts", [])
    disputes = key.get("disputes", [])
    missed = [f["id"] for f in facts if not fact_holds(f, brief)]
    missed += [d["id"] for d in disputes if not dispute_holds(d, brief)]
    return TopicScore(
        topic,
        len(facts),
        sum(fact_holds(f, brief) for f in facts),
        len(disputes),
        sum(dispute_holds(d, brief) for d in disputes),
        seconds,
        missed,
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("dataset", type=Path, help="a folder with sources/ and keys/")
    parser.add_argument("-v", "--verbose", action="store_true", help="list what each topic missed")
    parser.add_argument("--save", type=Path, help="write each brief as JSON into this folder")
    parser.add_argument("--topics", nargs="*", help="only these topics (e.g. M002 M007)")
    parser.add_argument("--engine", choices=("extractive", "llm"), default="extractive")
    parser.add_argument("--base-url", help="OpenAI-compatible endpoint (--engine llm)")
    parser.add_argument("--model", help="model name (--engine llm)")
    parser.add_argument("--mode", help="auto, tools, json_schema, json, md_json (--engine llm)")
    parser.add_argument("--timeout", type=float, help="deadline of each topic's exchange, s")
    parser.add_argument("--max-tokens-in", type=int, help="evidence budget sent to the model")
    parser.add_argument("--what-words", type=int, help="word budget of the what section")
    args = parser.parse_args(argv)
    options: dict[str, Any] = {
        name: value
        for name, value in (
            ("base_url", args.base_url),
            ("model", args.model),
            ("mode", args.mode),
            ("timeout", args.timeout),
            ("max_tokens_in", args.max_tokens_in),
            ("what_words", args.what_words),
        )
        if value is not None
    }
    keys = sorted((args.dataset / "keys").glob("*.json"))
    if args.topics:
        keys = [k for k in keys if k.stem in args.topics]
    if not keys:
        parser.error(f"no answer keys in {args.dataset / 'keys'}")
    scores: list[TopicScore] = []
    for key_path in keys:
        topic = key_path.stem
        key = json.loads(key_path.read_text(encoding="utf-8"))
        started = time.perf_counter()
        event = summarise.brief(
            str(args.dataset / "sources" / topic), engine=args.engine, **options
        )
        seconds = time.perf_counter() - started
        brief = json.loads(summarise.render(event, "json"))
        if args.engine == "llm":
            read = load_articles([str(args.dataset / "sources" / topic)])
            texts = {article.id: article.text for article in read.articles}
            failing = check_brief(event, texts)
            print(
                f"{topic}: written by the {event.provenance.engine} engine, "
                f"{event.provenance.usage.requests} request(s), {len(event.citations())} "
                f"citations printed, {len(failing)} failing, {seconds:.0f} s",
                flush=True,
            )
        if args.save:
            args.save.mkdir(parents=True, exist_ok=True)
            (args.save / f"{topic}.json").write_text(json.dumps(brief, indent=1), "utf-8")
        scores.append(score(topic, key, brief, seconds))
    print(f"{'topic':<8} {'facts':>11} {'disputes':>10} {'seconds':>8}")
    for s in scores:
        print(
            f"{s.topic:<8} {s.facts_found:>3}/{s.facts:<3} {s.facts_found / s.facts:4.0%}"
            f" {s.disputes_found:>4}/{s.disputes:<4} {s.seconds:8.1f}"
        )
        if args.verbose and s.missed:
            print(f"         missed: {', '.join(s.missed)}")
    facts = sum(s.facts for s in scores)
    found = sum(s.facts_found for s in scores)
    disputes = sum(s.disputes for s in scores)
    disputes_found = sum(s.disputes_found for s in scores)
    lowest = min(scores, key=lambda s: s.facts_found / s.facts)
    print(
        f"{'all':<8} {found:>3}/{facts:<3} {found / facts:4.0%} {disputes_found:>4}/{disputes:<4}"
        f"\nlowest topic: {lowest.topic} at {lowest.facts_found / lowest.facts:.0%} of its facts"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
