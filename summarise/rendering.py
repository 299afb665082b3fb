"""A brief as JSON, Markdown (newsletter-ready, numbered source notes) or terminal text.

(Named `rendering`, not `render`, so that importing it never shadows the public
`summarise.render` function.)
"""

from __future__ import annotations

import io
from collections.abc import Callable

from .schema import Citation, EventBrief, Source

FORMATS = ("json", "md", "text")


def render(brief: EventBrief, fmt: str = "md", *, color: bool = False) -> str:
    """Render `brief` as `json`, `md` or `text` (`color` adds terminal colours to text)."""
    renderers: dict[str, Callable[[EventBrief], str]] = {
        "json": render_json,
        "md": render_markdown,
        "markdown": render_markdown,
        "text": lambda b: render_text(b, color=color),
    }
    if fmt not in renderers:
        from .errors import ConfigurationError

        raise ConfigurationError(f"unknown format {fmt!r}: choose one of {', '.join(FORMATS)}")
    return renderers[fmt](brief)


def render_json(brief: EventBrief) -> str:
    return brief.model_dump_json(indent=2, exclude_none=False) + "\n"


def _notes(brief: EventBrief) -> Callable[..., str]:
    number = {source.id: index for index, source in enumerate(brief.sources, start=1)}

    def refs(citations: list[Citation], corroboration: bool = True) -> str:
        ids = sorted({number.get(c.source_id, 0) for c in citations})
        notes = "".join(f"[{n}]" for n in ids if n)
        independent = brief.independent_sources(citations)
        if corroboration and len(ids) > 1 and independent < len(ids):
            notes += f" ({independent} independent)"  # copies do not corroborate
        return notes

    return refs


def _source_line(source: Source, number: dict[str, int]) -> str:
    name = source.outlet or (source.path.rsplit("/", 1)[-1] if source.path else source.id)
    parts = [f"**{name}**"]
    if source.title:
        parts.append(f"“{source.title}”")
    if source.published:
        parts.append(source.published)
    line = ", ".join(parts)
    if source.url:
        line += f" <{source.url}>"
    if source.copy_of and source.copy_of in number:
        line += f" (largely repeats [{number[source.copy_of]}])"
    return line


def render_markdown(brief: EventBrief) -> str:
    refs = _notes(brief)
    number = {source.id: index for index, source in enumerate(brief.sources, start=1)}
    out: list[str] = [f"## {brief.headline}", ""]
    if brief.what:
        out += [" ".join(f"{s.text} {refs(s.citations, False)}" for s in brief.what), ""]
    facts = []
    if brief.when:
        first = brief.when[0]
        facts.append(f"**When:** {first.date or first.text} ({first.text}) {refs(first.citations)}")
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
            f"- {t.date or 'undated'} — {t.describes} ({t.text}) {refs(t.citations)}"
            for t in brief.when
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
        f"{checked} citations checked against the sources"
    )
    if grounding.dropped:
        note += f", {grounding.dropped} dropped"
    note += "."
    if brief.provenance.warnings:
        note += " Notes: " + "; ".join(brief.provenance.warnings) + "."
    return note + "</sub>"


def render_text(brief: EventBrief, *, color: bool = False, width: int = 100) -> str:
    """Terminal text via rich: headings, bullets, source numbers."""
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
    return buffer.getvalue()
