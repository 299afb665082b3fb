"""A brief as JSON, Markdown (newsletter-ready, numbered source notes) or terminal text.

(Named `rendering`, not `render`, so that importing it never shadows the public
`summarise.render` function.)
"""

from __future__ import annotations

import io
import re
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from itertools import pairwise
from os import PathLike
from typing import TYPE_CHECKING, Any

from .dates import human_date, sort_key
from .errors import ConfigurationError, OptionError
from .schema import Citation, EventBrief, Source, TimeRef

if TYPE_CHECKING:
    from markupsafe import Markup

FORMATS = ("json", "md", "text", "html")
# Columns of --format text when the output is not a terminal (a terminal gives its own).
TEXT_WIDTH = 80
MIN_TEXT_WIDTH = 30


def render(
    brief: EventBrief,
    fmt: str = "md",
    *,
    color: bool = False,
    width: int | None = None,
    template: str | PathLike[str] | None = None,
) -> str:
    """Render `brief` as `json`, `md`, `text` or `html` (`color` adds terminal colours to text,
    `width` its columns, default 80; `template` replaces the HTML page's Jinja2 template)."""
    renderers: dict[str, Callable[[EventBrief], str]] = {
        "json": render_json,
        "md": render_markdown,
        "markdown": render_markdown,
        "text": lambda b: render_text(b, color=color, width=width or TEXT_WIDTH),
        "html": lambda b: render_html(b, template=template),
    }
    key = fmt.strip().lower() if isinstance(fmt, str) else None
    if key not in renderers:
        raise ConfigurationError(f"unknown format {fmt!r}: choose one of {', '.join(FORMATS)}")
    if not isinstance(brief, EventBrief):
        raise ConfigurationError(
            f"cannot render {type(brief).__name__}: pass an EventBrief (from summarise.brief)"
        )
    if width is not None and (
        isinstance(width, bool) or not isinstance(width, int) or width < MIN_TEXT_WIDTH
    ):
        raise OptionError(f"width must be a whole number of columns, {MIN_TEXT_WIDTH} or more")
    if template is not None and not isinstance(template, (str, PathLike)):
        raise ConfigurationError(f"template must be a file path, not {type(template).__name__}")
    return renderers[key](brief)


_UNSAFE_IN_URL = {c: f"%{ord(c):02X}" for c in "<>\"'`{}|\\^ "}


def safe_url(url: object) -> str | None:
    """The URL to print as a link, or None when it must not be one.

    Only http and https, with a host, in any case. Control characters and white space other
    than the plain space are removed first, wherever they are (browsers ignore them, so
    "java\tscript:" is "javascript:"), and spaces at either end. Any `user:password@` is
    dropped, and characters that could end a Markdown autolink or an HTML attribute (inner
    spaces included) are percent-encoded. Every renderer that prints a URL goes through this."""
    from urllib.parse import urlsplit

    from .redact import strip_credentials

    if not isinstance(url, str):
        return None
    cleaned = "".join(c for c in url if c == " " or (c.isprintable() and not c.isspace()))
    cleaned = cleaned.strip(" ")
    try:
        parts = urlsplit(cleaned)
    except ValueError:  # e.g. an unbalanced "[" in the host
        return None
    if parts.scheme.lower() not in {"http", "https"} or not parts.hostname:
        return None
    if "\\" in cleaned:  # "http:\\evil" is read as a host by browsers, as a path by urlsplit
        return None
    cleaned = strip_credentials(cleaned)
    return "".join(_UNSAFE_IN_URL.get(c, c) for c in cleaned)


def source_numbers(brief: EventBrief) -> dict[str, int]:
    """The note number of each source: its place in `brief.sources`, from 1."""
    return {source.id: index for index, source in enumerate(brief.sources, start=1)}


def render_json(brief: EventBrief) -> str:
    """The contract as JSON. Text that is not valid Unicode (a lone surrogate from a JSON input's
    "\\udce9") cannot be encoded by pydantic: it is kept as such here, and replaced when written."""
    from pydantic_core import PydanticSerializationError

    try:
        return brief.model_dump_json(indent=2, exclude_none=False) + "\n"
    except PydanticSerializationError:
        import json

        return json.dumps(brief.model_dump(mode="python"), indent=2, ensure_ascii=False) + "\n"


def _notes(brief: EventBrief) -> Callable[..., str]:
    number = source_numbers(brief)

    def refs(citations: list[Citation], corroboration: bool = True) -> str:
        ids = sorted({number.get(c.source_id, 0) for c in citations})
        notes = "".join(f"[{n}]" for n in ids if n)
        independent = brief.independent_sources(citations)
        if corroboration and len(ids) > 1 and independent < len(ids):
            notes += f" ({independent} independent)"  # copies do not corroborate
        return notes

    return refs


def _source_line(source: Source, number: dict[str, int]) -> str:
    name = source_label(source)
    parts = [f"**{name}**" if source.outlet or source.url else name]
    if source.title:
        parts.append(f"“{source.title}”")
    if source.published:
        parts.append(source.published)
    line = ", ".join(parts)
    if url := safe_url(source.url):
        line += f" <{url}>"
    if note := copy_note(source, number):
        line += f" ({note})"
    return line


def copy_note(source: Source, number: Mapping[str, int]) -> str | None:
    """How a source relates to those it repeats, claiming a direction only where the brief
    records what shows it."""
    if source.copy_of and source.copy_of in number:
        why = f": {source.copy_basis}" if source.copy_basis else ""
        return f"largely repeats [{number[source.copy_of]}]{why}"
    shared = [f"[{number[other]}]" for other in source.same_text_as if other in number]
    if shared:
        return f"shares most of its text with {', '.join(shared)}; which copied which is not known"
    return None


def when_label(time: TimeRef, undated: str | None = None) -> str:
    """A time item's date as a reader is shown it ('23 March 2007', 'March 2007', '13 days'),
    never an ISO week or other machine form; its own wording when it has no date."""
    return human_date(time.date or time.duration) or undated or time.text


def render_markdown(brief: EventBrief) -> str:
    refs = _notes(brief)
    number = source_numbers(brief)
    out: list[str] = [f"## {brief.headline}", ""]
    if brief.what:
        out += [" ".join(f"{s.text} {refs(s.citations, False)}" for s in brief.what), ""]
    facts = []
    if brief.when:
        first = brief.when[0]
        facts.append(f"**When:** {when_label(first)} ({first.text}) {refs(first.citations)}")
    if brief.where:
        first_place = brief.where[0]
        detail = f" ({first_place.detail})" if first_place.detail else ""
        facts.append(f"**Where:** {first_place.name}{detail} {refs(first_place.citations)}")
    if facts:
        out += ["  \n".join(facts), ""]

    def section(title: str, lines: list[str]) -> None:
        if lines:
            out.extend([f"### {title}", "", *lines, ""])

    section(
        "Casualties",
        [
            f"- {c.description}"
            + (f" — according to {c.attributed_to}" if c.attributed_to else "")
            + (f" (background: {c.background_reason or 'another event'})" if c.background else "")
            + (f"; among them {c.breakdown}" if c.breakdown else "")
            + (f" (revised to {c.revised_to})" if c.revised_to else "")
            + f" {refs(c.citations)}"
            for c in brief.casualties
        ],
    )
    section(
        "Disputed",
        [
            line
            for d in brief.disputes
            for line in [f"- **{d.topic}**"]
            + [
                f"  - {claim.statement}"
                + (f" — {claim.attributed_to}" if claim.attributed_to else "")
                + (f" (revised to {claim.revised_to})" if claim.revised_to else "")
                + f" {refs(claim.citations)}"
                for claim in d.claims
            ]
        ],
    )
    section(
        "Who",
        [
            f"- **{a.name}**"
            + (f", {a.role}" if a.role else "")
            + (f" (also spelt {', '.join(a.aliases)})" if a.aliases else "")
            + f" {refs(a.citations)}"
            for a in brief.who
        ],
    )
    section(
        "Reactions",
        [
            f"- **{r.speaker}**"
            + (f" ({r.affiliation})" if r.affiliation else "")
            + f": {r.statement} {refs(r.citations)}"
            for r in brief.reactions
        ],
    )
    section(
        "Timeline",
        [
            f"- {when_label(t, 'undated')} — {t.describes} ({t.text})"
            + (" — background, an earlier event" if t.background else "")
            + f" {refs(t.citations)}"
            for t in sorted(brief.when, key=lambda t: (t.background, sort_key(t.date)))
        ],
    )
    section(
        "Places",
        [
            f"- {p.name}" + (f" ({p.detail})" if p.detail else "") + f" {refs(p.citations)}"
            for p in brief.where
        ],
    )
    out += ["### Sources", ""]
    out += [f"{number[s.id]}. {_source_line(s, number)}" for s in brief.sources]
    out.append("")
    out.append(_provenance_note(brief))
    return "\n".join(out).rstrip() + "\n"


def _provenance_note(brief: EventBrief) -> str:
    grounding = brief.provenance.grounding
    checked = grounding.exact + grounding.normalised + grounding.fuzzy
    note = (
        f"<sub>Written by summarise ({brief.provenance.engine} engine). "
        f"{checked} citations checked against the sources and against the items they back"
    )
    if grounding.dropped:
        note += f", {grounding.dropped} dropped"
        if grounding.unsupported:
            note += f" ({grounding.unsupported} did not support their item)"
    note += "."
    if brief.provenance.warnings:
        note += " Notes: " + "; ".join(brief.provenance.warnings) + "."
    return note + "</sub>"


def render_text(brief: EventBrief, *, color: bool = False, width: int = TEXT_WIDTH) -> str:
    """Terminal text via rich: headings, bullets, source numbers, wrapped at `width` columns
    between words, with no trailing spaces (rich pads each line to the width)."""
    from rich.console import Console
    from rich.markdown import Markdown

    buffer = io.StringIO()
    console = Console(
        file=buffer,
        width=width,
        force_terminal=color,
        color_system="standard" if color else None,
        no_color=not color,
    )
    console.print(Markdown(render_markdown(brief).replace("<sub>", "").replace("</sub>", "")))
    return _TRAILING.sub(lambda end: _SPACE.sub("", end.group(0)), buffer.getvalue())


# The end of a line made of spaces and colour codes only: its spaces go, its codes stay.
_TRAILING = re.compile(r"(?:[ \t]|\x1b\[[0-9;]*m)+$", re.M)
_SPACE = re.compile(r"[ \t]+")


# --- HTML ----------------------------------------------------------------------------------


@dataclass
class _Link:
    anchor: str
    label: str
    title: str


@dataclass
class _Item:
    text: str
    links: list[_Link]
    independent: int
    detail: str | None = None


@dataclass
class _Section:
    title: str
    css: str
    items: list[Any]
    paragraph: bool = False
    disputes: bool = False


@dataclass
class _Citations:
    """Numbers every citation of a brief (c1, c2, ...) and remembers where each points."""

    brief: EventBrief
    spans: dict[str, list[tuple[int, int, str]]] = field(default_factory=dict)
    count: int = 0

    def __post_init__(self) -> None:
        self.numbers = source_numbers(self.brief)

    def links(self, citations: list[Citation]) -> list[_Link]:
        number = self.numbers
        links = []
        for citation in citations:
            self.count += 1
            anchor = f"c{self.count}"
            self.spans.setdefault(citation.source_id, []).append(
                (citation.start, citation.end, anchor)
            )
            links.append(
                _Link(anchor, str(number.get(citation.source_id, "?")), citation.quote[:300])
            )
        return links


def _marked_source(text: str, spans: list[tuple[int, int, str]]) -> Markup:
    """The source text, escaped, with every cited span in <mark> and an anchor at its start."""
    from markupsafe import Markup, escape

    cuts = sorted({0, len(text)} | {s for s, _, _ in spans} | {e for _, e, _ in spans})
    starts: dict[int, list[str]] = {}
    for start, _, anchor in spans:
        starts.setdefault(start, []).append(anchor)
    parts: list[str] = []
    for left, right in pairwise(cuts):
        for anchor in starts.get(left, []):
            parts.append(f'<span class="anchor" id="{anchor}"></span>')
        covering = [anchor for start, end, anchor in spans if start <= left and right <= end]
        piece = str(escape(text[left:right]))
        if covering:
            parts.append(f'<mark class="cited" data-cites="{" ".join(covering)}">{piece}</mark>')
        else:
            parts.append(piece)
    return Markup("".join(parts))


def html_environment(template_dir: str | None = None, *, autoescape: bool = True) -> Any:
    """Jinja2 environment over the shipped templates (a user's folder first). Escaping follows
    the output format, not the file name: HTML output is always escaped."""
    import jinja2

    loaders: list[Any] = [jinja2.PackageLoader("summarise", "templates")]
    if template_dir:
        loaders.insert(0, jinja2.FileSystemLoader(template_dir))
    environment = jinja2.Environment(
        loader=jinja2.ChoiceLoader(loaders),
        autoescape=autoescape,
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True,
    )
    environment.filters["source_links"] = source_links
    return environment


_SOURCE_NOTE = re.compile(r"\[(\d{1,4})\]")


def source_links(text: str) -> Markup:
    """Escaped text whose source notes ("[3]") link to the numbered source (`#source-3`)."""
    from markupsafe import Markup, escape

    escaped = str(escape(text))
    return Markup(
        _SOURCE_NOTE.sub(
            r'<a href="#source-\1" style="color:#1d4ed8;text-decoration:none;">[\1]</a>', escaped
        )
    )


def source_label(source: Source) -> str:
    """Who published a source, as a reader is told: its outlet, else the site of its URL, else
    "unknown outlet" with the file it was read from."""
    if source.outlet:
        return source.outlet
    if source.url:
        from urllib.parse import urlsplit

        host = (urlsplit(source.url).hostname or "").removeprefix("www.")
        if host:
            return host
    if source.path:
        return f"unknown outlet (file {source.path.rsplit('/', 1)[-1]})"
    return "unknown outlet"


def render_template(
    template: str | PathLike[str] | None,
    default: str,
    context: dict[str, Any],
    *,
    escape_html: bool,
) -> str:
    """Render a shipped template, or the user's file in its place; a broken one is one error."""
    environment, name = _template_environment(template, default, escape_html)
    with _template_errors(template or name, user=template is not None):
        return str(environment.get_template(name).render(**context))


def check_template(template: str | PathLike[str], *, escape_html: bool = True) -> None:
    """Load and parse a user's template, so that a bad one fails before any work is done."""
    environment, name = _template_environment(template, "", escape_html)
    with _template_errors(template, user=True):
        environment.get_template(name)


@contextmanager
def _template_errors(label: str | PathLike[str], *, user: bool) -> Iterator[None]:
    """Any failure to read, parse or render a template as one ConfigurationError line. A shipped
    template failing at run time is a bug and keeps its traceback."""
    import jinja2

    try:
        yield
    except jinja2.TemplateSyntaxError as error:
        raise ConfigurationError(
            f"template {label}, line {error.lineno}: {error.message}"
        ) from None
    except jinja2.TemplateError as error:
        raise ConfigurationError(f"template {label}: {error}") from None
    except UnicodeDecodeError as error:
        raise ConfigurationError(f"template {label}: not UTF-8 text (byte {error.start})") from None
    except OSError as error:
        raise ConfigurationError(
            f"template {label}: cannot read ({error.strerror or error})"
        ) from None
    except Exception as error:  # a user's template failing at run time: `{{ 1 / 0 }}`
        if not user:
            raise
        raise ConfigurationError(f"template {label}: {type(error).__name__}: {error}") from None


def _template_environment(
    template: str | PathLike[str] | None, default: str, escape_html: bool
) -> tuple[Any, str]:
    """The environment that finds `template` (a user's file) or the shipped `default`."""
    from pathlib import Path

    if template is None:
        return html_environment(None, autoescape=escape_html), default
    path = Path(template)
    try:
        is_file = path.is_file()
        folder = str(path.resolve().parent)
    except (OSError, ValueError, RuntimeError) as error:  # NUL in the name, a link loop
        raise ConfigurationError(f"template {template}: cannot read ({error})") from None
    if not is_file:
        raise ConfigurationError(f"template {template}: no such file")
    return html_environment(folder, autoescape=escape_html), path.name


def render_html(brief: EventBrief, *, template: str | PathLike[str] | None = None) -> str:
    """One self-contained page: the brief beside its sources, every citation a link that
    highlights its exact span. Sources need their text (`--embed-sources`) to be shown whole;
    without it, the cited quotes alone are shown."""
    from . import __version__

    cites = _Citations(brief)

    def item(text: str, citations: list[Citation], detail: str | None = None) -> _Item:
        return _Item(text, cites.links(citations), brief.independent_sources(citations), detail)

    sections = [
        _Section(
            "Summary", "summary", [item(s.text, s.citations) for s in brief.what], paragraph=True
        ),
        _Section(
            "When",
            "when",
            [
                item(
                    when_label(t) + (" (background)" if t.background else ""),
                    t.citations,
                    f"{t.describes} ({t.text})",
                )
                for t in brief.when
            ],
        ),
        _Section("Where", "where", [item(p.name, p.citations, p.detail) for p in brief.where]),
        _Section(
            "Casualties",
            "casualties",
            [
                item(
                    c.description,
                    c.citations,
                    "; ".join(
                        part
                        for part in (
                            f"according to {c.attributed_to}" if c.attributed_to else "",
                            f"background: {c.background_reason or 'another event'}"
                            if c.background
                            else "",
                            f"among them {c.breakdown}" if c.breakdown else "",
                            f"revised to {c.revised_to}" if c.revised_to else "",
                        )
                        if part
                    )
                    or None,
                )
                for c in brief.casualties
            ],
        ),
        _Section(
            "Disputed",
            "disputes",
            [
                _DisputeView(
                    d.topic,
                    [
                        _ClaimView(
                            c.statement,
                            " ".join(
                                filter(
                                    None,
                                    [
                                        c.attributed_to,
                                        f"(revised to {c.revised_to})" if c.revised_to else None,
                                    ],
                                )
                            )
                            or None,
                            cites.links(c.citations),
                            brief.independent_sources(c.citations),
                        )
                        for c in d.claims
                    ],
                )
                for d in brief.disputes
            ],
            disputes=True,
        ),
        _Section(
            "Who",
            "who",
            [
                item(
                    a.name,
                    a.citations,
                    ", ".join(
                        filter(
                            None,
                            [a.role, f"also spelt {', '.join(a.aliases)}" if a.aliases else None],
                        )
                    )
                    or None,
                )
                for a in brief.who
            ],
        ),
        _Section(
            "Reactions",
            "reactions",
            [
                item(
                    r.statement,
                    r.citations,
                    r.speaker + (f" ({r.affiliation})" if r.affiliation else ""),
                )
                for r in brief.reactions
            ],
        ),
    ]
    sections = [section for section in sections if section.items]
    number = source_numbers(brief)
    sources = []
    for source in brief.sources:
        spans = cites.spans.get(source.id, [])
        sources.append(
            {
                "number": number[source.id],
                "anchor": f"source-{source.id}",
                "name": source_label(source),
                "title": source.title,
                "published": source.published,
                "url": safe_url(source.url),
                "copy_note": copy_note(source, number),
                "html": _marked_source(source.text, spans) if source.text is not None else None,
                "quotes": [
                    {"anchor": anchor, "text": text}
                    for anchor, text in _quotes_of(brief, source.id, spans)
                ],
            }
        )
    grounding = brief.provenance.grounding
    context = {
        "brief": brief,
        "sections": sections,
        "sources": sources,
        "version": __version__,
        "generated": None,
        "checked": grounding.exact + grounding.normalised + grounding.fuzzy,
    }
    return render_template(template, "brief.html.j2", context, escape_html=True)


@dataclass
class _ClaimView:
    text: str
    detail: str | None
    links: list[_Link]
    independent: int


@dataclass
class _DisputeView:
    topic: str
    claims: list[_ClaimView]


def _quotes_of(
    brief: EventBrief, source_id: str, spans: list[tuple[int, int, str]]
) -> list[tuple[str, str]]:
    quotes = {(c.start, c.end): c.quote for c in brief.citations() if c.source_id == source_id}
    return [(anchor, quotes.get((start, end), "")) for start, end, anchor in spans]
