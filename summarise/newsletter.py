"""Several briefs as one newsletter: Markdown, email-safe HTML, or plain text.

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
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .errors import ConfigurationError, SummariseError
from .schema import Citation, EventBrief, Source

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
        parts = [f"**{self.outlet}**"] + ([f"“{self.title}”"] if self.title else [])
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
            name = source.outlet or (Path(source.path).name if source.path else source.id)
            self.sources.append(
                NewsletterSource(number, name, source.title, source.published, source.url)
            )
        return self.keys[key]


def _event(number: int, brief: EventBrief, numbering: _Numbering) -> NewsletterEvent:
    local = {source.id: numbering.add(source) for source in brief.sources}

    def notes(citations: list[Citation]) -> str:
        return "".join(f"[{n}]" for n in sorted({local[c.source_id] for c in citations}))

    summary = " ".join(s.text for s in brief.what)
    summary += f" {notes([c for s in brief.what for c in s.citations])}" if brief.what else ""
    when = (
        f"{brief.when[0].date or brief.when[0].text} {notes(brief.when[0].citations)}"
        if brief.when
        else None
    )
    where = (
        f"{brief.where[0].name}{f' ({brief.where[0].detail})' if brief.where[0].detail else ''} "
        f"{notes(brief.where[0].citations)}"
        if brief.where
        else None
    )
    figures = [
        f"{c.description}{f' (according to {c.attributed_to})' if c.attributed_to else ''} "
        f"{notes(c.citations)}"
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
    briefs: Sequence[EventBrief],
    *,
    title: str = "News brief",
    date: str | None = None,
    fmt: str = "md",
    template: str | None = None,
) -> str:
    """A finished newsletter of `briefs` in `fmt` ("md", "html" or "text")."""
    if fmt not in NEWSLETTER_FORMATS:
        raise ConfigurationError(
            f"unknown newsletter format {fmt!r}: choose one of {', '.join(NEWSLETTER_FORMATS)}"
        )
    if not briefs:
        raise ConfigurationError("a newsletter needs at least one brief")
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


def render_template(
    template: str | None, default: str, context: dict[str, Any], *, escape_html: bool
) -> str:
    """Render a shipped template, or the user's file in its place; a broken one is one error."""
    import jinja2

    from .rendering import html_environment

    if template is not None and not Path(template).is_file():
        raise ConfigurationError(f"template {template}: no such file")
    environment = html_environment(
        str(Path(template).resolve().parent) if template else None, autoescape=escape_html
    )
    name = Path(template).name if template else default
    try:
        return str(environment.get_template(name).render(**context))
    except jinja2.TemplateSyntaxError as error:
        raise ConfigurationError(
            f"template {template or name}, line {error.lineno}: {error.message}"
        ) from None
    except jinja2.TemplateError as error:
        raise ConfigurationError(f"template {template or name}: {error}") from None


def newsletter(
    items: Sequence[EventBrief | str | Path | Sequence[str | Path]],
    *,
    title: str = "News brief",
    date: str | None = None,
    fmt: str = "md",
    template: str | None = None,
    on_error: Callable[[str, SummariseError], None] | None = None,
    **brief_options: Any,
) -> str:
    """A newsletter of several events. Each item is a finished `EventBrief`, or a cluster (a
    folder, file or glob, or a list of them) briefed on the way with `brief_options`.

    A cluster that cannot be briefed is skipped and reported to `on_error` (without it, the
    error is raised); the others are kept.
    """
    from .api import brief as make_brief

    briefs: list[EventBrief] = []
    for item in items:
        if isinstance(item, EventBrief):
            briefs.append(item)
            continue
        try:
            briefs.append(make_brief(item, **brief_options))
        except SummariseError as error:
            if on_error is None:
                raise
            on_error(str(item), error)
    if not briefs:
        raise ConfigurationError("no cluster could be briefed: the newsletter would be empty")
    return render_newsletter(briefs, title=title, date=date, fmt=fmt, template=template)
