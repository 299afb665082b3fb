"""Several briefs as one newsletter: Markdown, email-safe HTML, or plain text.

(Named `newsletters`, not `newsletter`, so that importing it never shadows the public
`summarise.newsletter` function.)

Templates are Jinja2 files (`summarise/templates/newsletter.{md,html,txt}.j2`) that a user can
replace. They receive:

    title    str
    date     str                      e.g. "2026-11-23"
    events   list of NewsletterEvent  number, anchor, headline, summary, when, where,
                                      figures, disputes, reactions (lists of str, each ending
                                      with its [n] source notes), source_numbers, brief
    sources  list of NewsletterSource number, outlet, title, published, url, line (Markdown),
                                      plain (text)
"""

from __future__ import annotations

import datetime
import inspect
import logging
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from os import PathLike
from pathlib import Path
from typing import Any

from .errors import ConfigurationError, SummariseError
from .rendering import check_template, render_template, safe_url, source_label, when_label
from .schema import Citation, EventBrief, Source

log = logging.getLogger("summarise")

NEWSLETTER_FORMATS = ("md", "html", "text")
_TEMPLATES = {"md": "newsletter.md.j2", "html": "newsletter.html.j2", "text": "newsletter.txt.j2"}
MAX_FIGURES = 5
MAX_REACTIONS = 4


@dataclass
class NewsletterSource:
    number: int
    outlet: str
    title: str | None
    published: str | None
    url: str | None

    @property
    def line(self) -> str:
        outlet = self.outlet if self.outlet.startswith("unknown outlet") else f"**{self.outlet}**"
        parts = [outlet] + ([f"“{self.title}”"] if self.title else [])
        parts += [self.published] if self.published else []
        return ", ".join(parts) + (f" <{self.url}>" if self.url else "")

    @property
    def plain(self) -> str:
        parts = [self.outlet] + ([f'"{self.title}"'] if self.title else [])
        parts += [self.published] if self.published else []
        return ", ".join(parts) + (f"\n    {self.url}" if self.url else "")


@dataclass
class NewsletterEvent:
    number: int
    anchor: str
    headline: str
    summary: str
    when: str | None
    where: str | None
    figures: list[str]
    disputes: list[str]
    reactions: list[str]
    source_numbers: list[int]
    brief: EventBrief


@dataclass
class _Numbering:
    """One numbered source list across all events; a source cited by two events is listed once."""

    sources: list[NewsletterSource] = field(default_factory=list)
    keys: dict[tuple[str, ...], int] = field(default_factory=dict)

    def add(self, source: Source) -> int:
        key = (
            (source.url or "",)
            if source.url
            else (source.path or "", source.title or "", source.id)
        )
        if key not in self.keys:
            number = len(self.sources) + 1
            self.keys[key] = number
            name = source_label(source)
            self.sources.append(
                NewsletterSource(number, name, source.title, source.published, safe_url(source.url))
            )
        return self.keys[key]


def _event(number: int, brief: EventBrief, numbering: _Numbering) -> NewsletterEvent:
    local = {source.id: numbering.add(source) for source in brief.sources}

    def notes(citations: list[Citation]) -> str:
        numbers = {local[c.source_id] for c in citations if c.source_id in local}
        return "".join(f"[{n}]" for n in sorted(numbers))

    summary = " ".join(f"{s.text} {notes(s.citations)}" for s in brief.what)
    when = f"{when_label(brief.when[0])} {notes(brief.when[0].citations)}" if brief.when else None
    where = (
        f"{brief.where[0].name}{f' ({brief.where[0].detail})' if brief.where[0].detail else ''} "
        f"{notes(brief.where[0].citations)}"
        if brief.where
        else None
    )
    figures = [
        f"{c.description}{f' (according to {c.attributed_to})' if c.attributed_to else ''}"
        + (f" (background: {c.background_reason or 'another event'})" if c.background else "")
        + (f"; among them {c.breakdown}" if c.breakdown else "")
        + f" {notes(c.citations)}"
        for c in brief.casualties[:MAX_FIGURES]
    ]
    disputes = [
        f"{d.topic}: "
        + "; ".join(
            f"{claim.statement}{f' ({claim.attributed_to})' if claim.attributed_to else ''} "
            f"{notes(claim.citations)}"
            for claim in d.claims
        )
        for d in brief.disputes
    ]
    reactions = [
        f"{r.speaker}{f' ({r.affiliation})' if r.affiliation else ''}: {r.statement} "
        f"{notes(r.citations)}"
        for r in brief.reactions[:MAX_REACTIONS]
    ]
    return NewsletterEvent(
        number=number,
        anchor=f"event-{number}",
        headline=brief.headline,
        summary=summary.strip(),
        when=when,
        where=where,
        figures=figures,
        disputes=disputes,
        reactions=reactions,
        source_numbers=sorted(set(local.values())),
        brief=brief,
    )


def render_newsletter(
    briefs: EventBrief | Sequence[EventBrief],
    *,
    title: str = "News brief",
    date: str | None = None,
    fmt: str = "md",
    template: str | PathLike[str] | None = None,
) -> str:
    """A finished newsletter of `briefs` in `fmt` ("md", "html" or "text")."""
    fmt = _check_format(fmt)
    _check_text_options(title=title, date=date, template=template)
    if isinstance(briefs, EventBrief):
        briefs = [briefs]
    if not briefs:
        raise ConfigurationError("a newsletter needs at least one brief")
    for brief in briefs:
        if not isinstance(brief, EventBrief):
            raise ConfigurationError(
                f"cannot put {type(brief).__name__} in a newsletter: pass EventBrief objects"
            )
    numbering = _Numbering()
    events = [_event(index, brief, numbering) for index, brief in enumerate(briefs, start=1)]
    context = {
        "title": title,
        "date": date or datetime.date.today().isoformat(),
        "events": events,
        "sources": numbering.sources,
    }
    text = render_template(template, _TEMPLATES[fmt], context, escape_html=fmt == "html")
    return text if fmt == "html" else re.sub(r"\n{3,}", "\n\n", text)


def _check_format(fmt: object) -> str:
    """The format's name, lower case; anything else is one error."""
    key = fmt.strip().lower() if isinstance(fmt, str) else None
    if key not in NEWSLETTER_FORMATS:
        raise ConfigurationError(
            f"unknown newsletter format {fmt!r}: choose one of {', '.join(NEWSLETTER_FORMATS)}"
        )
    return key


def _check_text_options(**options: object) -> None:
    """`title` and `date` are strings, `template` a path; None leaves the default."""
    for name, value in options.items():
        kinds = (str, PathLike) if name == "template" else (str,)
        if value is not None and not isinstance(value, kinds):
            raise ConfigurationError(f"{name} must be a string, not {value!r}")


def _check_item(item: object) -> None:
    """A brief, a path (file, folder, glob, URL), or a list of paths (one cluster)."""
    paths = (str, PathLike)
    if isinstance(item, (EventBrief, *paths)):
        return
    if isinstance(item, Sequence) and item and all(isinstance(part, paths) for part in item):
        return
    raise ConfigurationError(
        f"cannot put {item!r} in a newsletter: pass EventBrief objects or clusters (a folder, "
        "file or glob, or a list of them)"
    )


def is_saved_brief(path: str | PathLike[str]) -> bool:
    """A `.json` file whose top level is a brief (it has `schema_version` and `provenance`),
    not a JSON file of articles."""
    candidate = Path(path)
    if candidate.suffix.lower() != ".json" or not candidate.is_file():
        return False
    try:
        with candidate.open("rb") as handle:
            head = handle.read(MAX_SNIFF_BYTES)
    except OSError:
        return False
    return b'"schema_version"' in head and head.lstrip().startswith(b"{")


def _saved(
    path: Path, on_warning: Callable[[str, str], None] | None, *, strict: bool
) -> EventBrief:
    from .saved import load_saved, recheck

    saved, texts, _ = load_saved(path, [], MAX_SAVED_SOURCE_BYTES)
    checked = recheck(saved, texts)
    if strict and checked.problems:
        raise SummariseError(
            f"{path}: {len(checked.problems)} citation(s) or item(s) do not hold as saved "
            f"(first: {checked.problems[0]}); not published (--strict)"
        )
    for problem in checked.problems:
        if on_warning is not None:
            on_warning(str(path), problem)
    return checked.brief


def _check_option_values(options: dict[str, Any]) -> None:
    """A bad option value (an unknown mode, a timeout of 0) is one error before any cluster is
    briefed, not one skipped cluster per cluster."""
    from .config import resolve_settings

    accepted = set(inspect.signature(resolve_settings).parameters)
    resolve_settings(**{k: v for k, v in options.items() if k in accepted})


def _check_brief_options(options: dict[str, Any]) -> None:
    """Options for `summarise.brief`: an unknown name is one error, not one per cluster."""
    from .api import brief

    parameters = inspect.signature(brief).parameters
    if any(p.kind is inspect.Parameter.VAR_KEYWORD for p in parameters.values()):
        return  # a wrapped brief that takes anything
    known = set(parameters) - {"inputs"}
    unknown = sorted(set(options) - known)
    if unknown:
        raise ConfigurationError(
            f"unknown newsletter option {unknown[0]!r}: choose from {', '.join(sorted(known))}"
        )


NewsletterItem = EventBrief | str | Path | Sequence[str | Path]
# How much of a .json file is read to tell a saved brief from a file of articles.
MAX_SNIFF_BYTES = 4096
# A saved brief's source files are read whole, up to this size each.
MAX_SAVED_SOURCE_BYTES = 100_000_000


def newsletter(
    items: NewsletterItem | Sequence[NewsletterItem],
    *,
    title: str = "News brief",
    date: str | None = None,
    fmt: str = "md",
    template: str | PathLike[str] | None = None,
    on_error: Callable[[str, SummariseError], None] | None = None,
    on_warning: Callable[[str, str], None] | None = None,
    strict: bool = False,
    **brief_options: Any,
) -> str:
    """A newsletter of several events. Each item is a finished `EventBrief`, a saved brief (a
    `.json` file written with `--format json`, perhaps edited since), or a cluster (a folder,
    file or glob, or a list of them) briefed on the way with `brief_options` (the keyword
    arguments of `summarise.brief`). One brief or one cluster alone is one event.

    A saved brief is checked again against its sources (`saved.recheck`): each citation
    re-anchored or dropped, and each item dropped, goes to `on_warning` (path, line); with
    `strict`, a saved brief with any such change is not published and goes to `on_error`.

    A cluster that cannot be briefed is skipped and reported to `on_error` (without it, the
    error is raised); the others are kept. An unexpected error (a bug, not bad input) is
    reported the same way, as a `SummariseError` naming its type, so that one cluster never
    costs the others.
    """
    from . import api

    fmt = _check_format(fmt)
    _check_text_options(title=title, date=date, template=template)
    _check_brief_options(brief_options)
    _check_option_values(brief_options)
    if on_error is not None and not callable(on_error):
        raise ConfigurationError(f"on_error must be a function, not {on_error!r}")
    if isinstance(items, (EventBrief, str, PathLike)):
        items = [items]
    if not isinstance(items, Sequence):
        raise ConfigurationError(
            f"a newsletter takes a list of briefs or clusters, not {type(items).__name__}"
        )
    if not items:
        raise ConfigurationError("a newsletter needs at least one brief or cluster")
    if template is not None:  # a broken template fails before any cluster is briefed
        check_template(template, escape_html=fmt == "html")
    for item in items:
        _check_item(item)
    briefs: list[EventBrief] = []
    for item in items:
        if isinstance(item, EventBrief):
            briefs.append(item)
            continue
        try:
            if isinstance(item, str | PathLike) and is_saved_brief(item):
                briefs.append(_saved(Path(item), on_warning, strict=strict))
                continue
            briefs.append(api.brief(item, **brief_options))
        except SummariseError as error:
            if on_error is None:
                raise
            on_error(str(item), error)
        except Exception as error:
            if on_error is None:
                raise
            log.debug("cluster %s failed", item, exc_info=True)
            on_error(str(item), SummariseError(f"{item}: {type(error).__name__}: {error}"))
    if not briefs:
        raise ConfigurationError("no cluster could be briefed: the newsletter would be empty")
    return render_newsletter(briefs, title=title, date=date, fmt=fmt, template=template)
