"""Saved briefs: a brief written with `--format json`, read back with its sources' text and
checked again, so that `verify`, `render` and `newsletter` can take what an editor saved.

An edited brief (items removed or reordered, a statement reworded, a citation changed) is
re-grounded exactly as a new one is (`verify.ground_brief`): a citation whose offsets moved but
whose quote is still verbatim in its source is re-anchored; one whose quote is gone, or that no
longer supports its (reworded) item, is dropped and listed; an item left with no citation is
dropped. `recheck` says what changed, one line per citation or item, naming the item.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

from .config import Limits
from .errors import InputError
from .ingest import Article, load_articles
from .schema import EventBrief
from .verify import cited_items, describe_item, ground_brief, text_sha256


def load_saved(
    brief_file: Path, sources: list[str], max_input_bytes: int
) -> tuple[EventBrief, dict[str, str], list[str]]:
    """The saved brief, the text of each of its sources, and a line per file read."""
    saved = read_brief(brief_file)
    explicit = bool(sources)
    if not sources:  # read what the brief itself recorded: embedded text, else its paths
        missing = [s for s in saved.sources if s.text is None and not _is_file(s.path)]
        if missing:
            raise InputError(
                f"{missing[0].id}: no embedded text and no readable file at {missing[0].path!r}; "
                "pass the source files after the brief"
            )
        sources = list(dict.fromkeys(s.path for s in saved.sources if s.text is None and s.path))
    # verify reads every source the brief names, however many: only the file size is bounded
    limits = Limits(max_articles=sys.maxsize, max_input_bytes=max_input_bytes)
    articles = load_articles(sources, limits=limits).articles if sources else []
    by_path: dict[str, list[Article]] = {}
    for article in articles:  # a JSONL file holds several articles: keep them in order
        by_path.setdefault(_resolved(article.path), []).append(article)
    texts: dict[str, str] = {}
    read_from: dict[str, list[str]] = {}
    for index, source in enumerate(saved.sources):
        if source.text is not None and not explicit:
            texts[source.id] = source.text
            read_from.setdefault("the text embedded in the brief", []).append(source.id)
            continue
        same_file = by_path.get(_resolved(source.path)) if source.path else None
        match = same_file.pop(0) if same_file else None
        if match is None and explicit and index < len(articles):
            match = articles[index]  # sources given without recorded paths: by order
        if match is not None:
            texts[source.id] = match.text
            read_from.setdefault(match.path or match.label, []).append(source.id)
    refuse_changed_sources(saved, texts, read_from)
    checked = [f"{where} ({_ids(ids)})" for where, ids in read_from.items()]
    return saved, texts, checked


def read_brief(brief_file: Path) -> EventBrief:
    """A brief written with --format json (a 1.0 brief reads too), or one InputError line."""
    from pydantic import ValidationError

    try:
        raw = brief_file.read_text(encoding="utf-8-sig")  # a byte-order mark is fine
    except (OSError, UnicodeDecodeError, ValueError) as error:
        raise InputError(f"{brief_file}: cannot read ({error})") from None
    try:
        return EventBrief.model_validate_json(raw)
    except ValidationError as error:
        first = error.errors()[0]
        where = ".".join(str(part) for part in first["loc"])
        raise InputError(f"{brief_file}: not a summarise brief ({where}: {first['msg']})") from None


def refuse_changed_sources(
    saved: EventBrief, texts: dict[str, str], read_from: dict[str, list[str]]
) -> None:
    """A source whose text is not the one the brief was made from (its recorded sha256) is
    refused: its citations could hold against another file by chance, or by design."""
    where = {source_id: place for place, ids in read_from.items() for source_id in ids}
    changed = [
        source
        for source in saved.sources
        if source.sha256 and source.id in texts and text_sha256(texts[source.id]) != source.sha256
    ]
    if changed:
        first = changed[0]
        more = f" (and {len(changed) - 1} more)" if len(changed) > 1 else ""
        raise InputError(
            f"{first.id}: {where.get(first.id, 'its source')} is not the text this brief was "
            f"made from (its sha256 differs from the one recorded){more}"
        )


def _ids(ids: list[str]) -> str:
    return ", ".join(ids) if len(ids) <= 5 else f"{', '.join(ids[:5])} and {len(ids) - 5} more"


def _is_file(path: str | None) -> bool:
    try:
        return bool(path) and Path(path or "").is_file()
    except (OSError, ValueError):  # a NUL byte or an over-long name in a hostile brief
        return False


def _resolved(path: str | None) -> str:
    try:
        return str(Path(path or "").resolve())
    except (OSError, RuntimeError, ValueError):  # a link loop, a NUL byte
        return str(path)


@dataclass
class Recheck:
    """A saved brief checked again: the brief to publish and what had to change."""

    brief: EventBrief
    problems: list[str]


def recheck(saved: EventBrief, texts: dict[str, str]) -> Recheck:
    """Ground a saved (perhaps edited) brief again and list, per item, every citation that was
    re-anchored or dropped and every item dropped for want of a citation."""
    before = {id(item): (label, item, list(item.citations)) for label, item in cited_items(saved)}
    problems: list[str] = []
    known = len(saved.provenance.dropped)
    grounded = ground_brief(saved, texts)
    after = {(label, describe_item(item)): item for label, item in cited_items(grounded)}
    for label, item, citations in before.values():
        kept = after.get((label, describe_item(item)))
        now_at = {(c.source_id, c.quote): c for c in kept.citations} if kept else {}
        for citation in citations:
            now = now_at.get((citation.source_id, citation.quote))
            if now is not None and (now.start, now.end) != (citation.start, citation.end):
                problems.append(
                    f"{label} {describe_item(item)!r}: {citation.source_id} re-anchored, offsets "
                    f"{citation.start}:{citation.end} -> {now.start}:{now.end}"
                )
    for dropped in grounded.provenance.dropped[known:]:
        where = f" ({dropped.source_id})" if dropped.source_id else ""
        problems.append(f"dropped {dropped.kind}{where}: {dropped.text[:80]!r}: {dropped.reason}")
    return Recheck(grounded, problems)
