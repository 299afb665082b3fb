"""The `summarise` command. A thin face over the pipeline: parse, call, print.

Heavy modules (pydantic models, sumy, the gazetteer, openai) are imported inside the commands,
so that `summarise --help` answers at once.
"""

from __future__ import annotations

import functools
import math
import os
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, NoReturn

import typer

from . import __version__

if TYPE_CHECKING:
    from .config import Limits, Settings
    from .output import Target
    from .schema import EventBrief

app = typer.Typer(
    name="summarise",
    help="Many news reports of one event in, one cited event brief out.",
    add_completion=False,
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    rich_markup_mode="markdown",  # docstrings' wrapped lines join into paragraphs
)
FORMATS = ("json", "md", "text", "html")
# Options both `brief` and `newsletter` take.
OutputOption = Annotated[
    Path | None, typer.Option("--output", "-o", help="Write to this file instead of stdout.")
]
WhatWordsOption = Annotated[
    int | None,
    typer.Option(
        "--what-words",
        "-w",
        help="Upper bound on the words of each `what` summary.",
        show_default="120",
    ),
]
EngineOption = Annotated[
    str,
    typer.Option(
        "--engine",
        "-e",
        help="auto (the LLM when a key or base URL is set, else extractive), llm or extractive.",
    ),
]
QuietOption = Annotated[
    bool, typer.Option("--quiet", "-q", help="No notices or warnings on stderr.")
]
ForceOption = Annotated[
    bool,
    typer.Option(
        "--force",
        help="Replace a read-only --output file, or write to the target of a symbolic link. "
        "An input file, a folder or a device is never written over.",
    ),
]
MaxInputOption = Annotated[
    float, typer.Option("--max-input-mb", help="Refuse a file or page larger than this.")
]


# Secrets this run knows of (the API key in use, the environment's key): every line the command
# prints on stderr goes through `redact` with them, so a provider that echoes the key, or a base
# URL with a password in it, never reaches the terminal or a log file.
_SECRETS: list[str] = []


def _redacted(message: str) -> str:
    from .redact import redact

    return redact(message, [*_SECRETS, os.environ.get("OPENAI_API_KEY", "")])


def _fail(message: str, code: int = 1) -> NoReturn:
    typer.echo(f"summarise: error: {_redacted(message)}", err=True)
    raise typer.Exit(code)


def _say(message: str) -> None:
    typer.echo(f"summarise: {_redacted(message)}", err=True)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"summarise {__version__}")
        raise typer.Exit()


@app.callback()
def _main(
    version: Annotated[
        bool,
        typer.Option(
            "--version", callback=_version, is_eager=True, help="Print the version and exit."
        ),
    ] = False,
) -> None:
    """Many news reports of one event in, one cited event brief out."""


def _interruptible(command: Callable[..., None]) -> Callable[..., None]:
    """Ctrl-C ends a command with one line and exit code 130 (typer alone exits silently)."""

    @functools.wraps(command)
    def run(*args: Any, **kwargs: Any) -> None:
        try:
            command(*args, **kwargs)
        except KeyboardInterrupt:
            typer.echo("summarise: interrupted", err=True)
            raise typer.Exit(130) from None

    return run


def _output_target(
    output: Path | None, inputs: Sequence[str | Path | None], force: bool
) -> Target | None:
    """Where `--output` will be written; checked before any work, so a bad one fails at once
    (see output.py: never an input, a link, a device or a read-only file without --force)."""
    if output is None:
        return None
    from .errors import SummariseError
    from .output import check_output

    try:
        return check_output(output, [str(i) for i in inputs if i is not None], force=force)
    except SummariseError as error:
        _fail(str(error))


def _write(
    text: str,
    output: Path | None,
    inputs: Sequence[str | Path | None] = (),
    *,
    force: bool = False,
    quiet: bool = False,
) -> None:
    """Print, or write the file whole (checked again: it may have changed during the work)."""
    from .errors import SummariseError
    from .output import encodable, write_output

    target = _output_target(output, inputs, force)
    if target is None:
        text, replaced = encodable(text)
        sys.stdout.write(text)
    else:
        try:
            replaced = write_output(text, target)
        except SummariseError as error:
            _fail(str(error))
    if replaced and not quiet:
        _say(
            f"warning: {replaced:,} character{'s' if replaced != 1 else ''} that cannot be "
            "written as UTF-8 (lone surrogates) written as U+FFFD"
        )


@app.command()
@_interruptible
def brief(
    paths: Annotated[
        list[str],
        typer.Argument(
            help="Article files, directories, globs, URLs, or - for standard input. Plain text, "
            ".html, .json and .jsonl files are read.",
            show_default=False,
        ),
    ],
    fmt: Annotated[
        str,
        typer.Option(
            "--format",
            "-f",
            help="Output format: text (terminal), md (newsletter Markdown), json (the contract) "
            "or html (one self-contained page: the brief beside its highlighted sources).",
        ),
    ] = "text",
    template: Annotated[
        Path | None,
        typer.Option("--template", help="A Jinja2 file to use instead of the HTML page template."),
    ] = None,
    output: OutputOption = None,
    force: ForceOption = False,
    what_words: WhatWordsOption = None,
    summariser: Annotated[
        str,
        typer.Option(
            "--summariser", help="sumy ranking for `what`: lexrank, textrank, lsa or luhn."
        ),
    ] = "lexrank",
    embed_sources: Annotated[
        bool,
        typer.Option(
            "--embed-sources",
            help="Write each source's text into the brief, so that it "
            "can be verified without the input files.",
        ),
    ] = False,
    engine: EngineOption = "auto",
    model: Annotated[
        str | None,
        typer.Option(
            "--model",
            "-m",
            help="LLM model name [env: SUMMARISE_MODEL].",
            show_default="gpt-4o-mini",
        ),
    ] = None,
    base_url: Annotated[
        str | None,
        typer.Option(
            "--base-url",
            help="OpenAI-compatible endpoint, e.g. "
            "http://localhost:11434/v1 for Ollama [env: OPENAI_BASE_URL].",
        ),
    ] = None,
    api_key: Annotated[
        str | None,
        typer.Option(
            "--api-key",
            help="Key for the endpoint [env: OPENAI_API_KEY]. A --base-url "
            "given here never receives the environment's key.",
            show_default=False,
        ),
    ] = None,
    mode: Annotated[
        str,
        typer.Option(
            "--mode",
            help="How the LLM returns the brief: auto (json_schema for a server on this "
            "machine or network, tools elsewhere), tools, json_schema (the draft's schema as "
            "response_format, enforced by llama.cpp, vLLM, Ollama), json, md_json.",
        ),
    ] = "auto",
    max_tokens_in: Annotated[
        int | None,
        typer.Option(
            "--max-tokens-in",
            help="Token budget of the evidence sent to the LLM.",
            show_default="12000",
        ),
    ] = None,
    no_fallback: Annotated[
        bool,
        typer.Option(
            "--no-fallback",
            help="Fail instead of falling back to the extractive "
            "engine when the LLM cannot be reached.",
        ),
    ] = False,
    timeout: Annotated[
        float | None,
        typer.Option(
            "--timeout",
            help="Seconds the whole LLM exchange may take (every request, re-ask and retry), "
            "and each URL input from connecting to its last byte.",
            show_default="120 for the LLM, 20 for a URL",
        ),
    ] = None,
    estimate: Annotated[
        bool,
        typer.Option(
            "--estimate",
            help="Print the tokens and estimated cost of the LLM call, and make no request.",
        ),
    ] = False,
    stream: Annotated[
        bool,
        typer.Option(
            "--stream", help="Show the brief filling in live (on stderr) as the model writes it."
        ),
    ] = False,
    max_articles: Annotated[
        int, typer.Option("--max-articles", help="Refuse input of more articles than this.")
    ] = 10_000,
    max_article_chars: Annotated[
        int,
        typer.Option(
            "--max-article-chars",
            help="Read at most this many characters of one "
            "article (the rest is listed as dropped).",
        ),
    ] = 1_000_000,
    max_input_mb: Annotated[
        float, typer.Option("--max-input-mb", help="Refuse a file or page larger than this.")
    ] = 100.0,
    verbose: Annotated[
        bool, typer.Option("--verbose", "-v", help="Log each stage on stderr (keys redacted).")
    ] = False,
    quiet: QuietOption = False,
) -> None:
    """Write one event brief of PATHS: who, what, when, where, casualties, reactions, disputes.

    Every item cites the exact words of its sources (source id, quote, character offsets), and
    every citation is checked against the source before anything is printed. With no API key
    the offline extractive engine writes the brief; with OPENAI_API_KEY or --base-url an LLM does.

    Example: summarise brief seeds/ --format md --output brief.md
    """
    from .config import resolve_settings
    from .errors import SummariseError
    from .pipeline import build_brief
    from .rendering import render

    if fmt not in FORMATS:
        _fail(f"unknown format {fmt!r}: choose one of {', '.join(FORMATS)}", code=2)
    _output_target(output, [*paths, template], force)  # a bad -o fails before any work
    try:
        if template is not None:
            from .rendering import check_template

            check_template(template)
        settings = resolve_settings(
            engine=None if estimate else engine,
            api_key=api_key,
            base_url=base_url,
            model=model,
            what_words=what_words,
            summariser=summariser,
            embed_sources=embed_sources or fmt == "html",  # the page shows the sources whole
            mode=mode,
            max_tokens_in=max_tokens_in,
            fallback=not no_fallback,
            timeout=timeout,
            limits=_limits(max_articles, max_article_chars, max_input_mb),
        )
        if settings.api_key:
            _SECRETS.append(settings.api_key)
        if estimate:
            _print_estimate(paths, settings)
            return
        llm = settings.chosen_engine() == "llm"
        with _verbose(settings, verbose), _live_view(stream and llm and not quiet) as on_partial:
            result = build_brief(paths, settings, on_partial=on_partial)
    except SummariseError as error:
        _fail(str(error))
    if not quiet:  # after the brief, so that bad input stays one line
        if not llm:
            reason = "" if engine == "extractive" else "no API key or base URL set: "
            _say(f"{reason}used the offline extractive engine")
        for warning in result.provenance.warnings:
            _say(f"warning: {warning}")
        if result.provenance.engine == "llm":
            _say(_usage_line(result, settings))
    color = fmt == "text" and output is None and sys.stdout.isatty()
    try:
        page = render(result, fmt, color=color, template=str(template) if template else None)
    except SummariseError as error:
        _fail(str(error))
    _write(page, output, [*paths, template], force=force, quiet=quiet)


@app.command()
@_interruptible
def newsletter(
    clusters: Annotated[
        list[str],
        typer.Argument(help="One folder (or file, glob, URL) per event.", show_default=False),
    ],
    title: Annotated[str, typer.Option("--title", "-t", help="The newsletter's title.")] = (
        "News brief"
    ),
    date: Annotated[
        str | None,
        typer.Option("--date", help="Date printed under the title.", show_default="today"),
    ] = None,
    fmt: Annotated[
        str,
        typer.Option(
            "--format",
            "-f",
            help="md, html (email-safe: tables, inline styles) or text (the plain-text part).",
        ),
    ] = "md",
    output: OutputOption = None,
    force: ForceOption = False,
    template: Annotated[
        Path | None,
        typer.Option(
            "--template",
            help="A Jinja2 file to use instead of the shipped template "
            "(see README: Newsletter templates).",
        ),
    ] = None,
    what_words: WhatWordsOption = None,
    engine: EngineOption = "auto",
    quiet: QuietOption = False,
) -> None:
    """Write a newsletter of several events: one brief per CLUSTER, with an opening list of the
    events and one numbered list of sources.

    Example: summarise newsletter seeds/ more/cluster2 --title "Morning brief" -f html -o out.html
    """
    from .errors import SummariseError
    from .newsletters import NEWSLETTER_FORMATS
    from .newsletters import newsletter as write_newsletter

    if fmt not in NEWSLETTER_FORMATS:
        _fail(f"unknown format {fmt!r}: choose one of {', '.join(NEWSLETTER_FORMATS)}", code=2)
    _output_target(output, [*clusters, template], force)  # a bad -o fails before any work

    def skipped(cluster: str, error: SummariseError) -> None:
        message = str(error)
        _say(f"warning: skipped {message if cluster in message else f'{cluster}: {message}'}")

    try:
        text = write_newsletter(
            clusters,
            title=title,
            date=date,
            fmt=fmt,
            template=str(template) if template else None,
            on_error=skipped,
            what_words=what_words,
            engine=engine,
        )
    except SummariseError as error:
        _fail(str(error))
    _write(text, output, [*clusters, template], force=force, quiet=quiet)


def _limits(max_articles: int, max_article_chars: int, max_input_mb: float) -> Limits:
    from .config import Limits
    from .errors import ConfigurationError

    if max_articles < 1:
        raise ConfigurationError(f"--max-articles must be at least 1, not {max_articles}")
    if max_article_chars < 1000:
        raise ConfigurationError(
            f"--max-article-chars must be at least 1000, not {max_article_chars}"
        )
    return Limits(max_articles, _input_bytes(max_input_mb), max_article_chars)


def _input_bytes(max_input_mb: float) -> int:
    """--max-input-mb in bytes."""
    return max(1, int(_positive_number("--max-input-mb", max_input_mb) * 1_000_000))


def _positive_number(option: str, value: float) -> float:
    """A float option's value: finite and above 0 (typer reads "nan", "inf" and "1e400")."""
    from .errors import ConfigurationError

    if not math.isfinite(value) or value <= 0:
        raise ConfigurationError(f"{option} must be a finite number above 0, not {value}")
    return value


@contextmanager
def _verbose(settings: Settings, enabled: bool) -> Iterator[None]:
    """--verbose: the pipeline's log on stderr, with the API key replaced wherever it appears.
    The handlers come off again afterwards (the command may run inside a longer process)."""
    if not enabled:
        yield
        return
    import logging

    class Redact(logging.Filter):
        def filter(self, record: logging.LogRecord) -> bool:
            record.msg = _redacted(str(record.getMessage()))
            record.args = None
            return True

    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("summarise: %(name)s: %(message)s"))
    handler.addFilter(Redact())
    loggers = [logging.getLogger(name) for name in ("summarise", "instructor", "openai")]
    levels = [logger.level for logger in loggers]
    for logger in loggers:
        logger.setLevel(logging.DEBUG if logger.name == "summarise" else logging.INFO)
        logger.addHandler(handler)
    loggers[0].debug("settings: %r", settings)
    try:
        yield
    finally:
        for logger, level in zip(loggers, levels, strict=True):
            logger.removeHandler(handler)
            logger.setLevel(level)


def _usage_line(result: EventBrief, settings: Settings) -> str:
    from .llm.provider import endpoint

    usage = result.provenance.usage
    cost = (
        f", about ${usage.estimated_cost_usd:.4f}" if usage.estimated_cost_usd is not None else ""
    )
    requests = f"{usage.requests} request{'s' if usage.requests != 1 else ''}"
    return (
        f"{settings.model} at {endpoint(settings)}: {requests}, {usage.input_tokens:,} tokens in, "
        f"{usage.output_tokens:,} out{cost}"
    )


def _print_estimate(paths: list[str], settings: Settings) -> None:
    from .evidence import build_evidence
    from .ingest import load_articles
    from .llm import estimate

    found = estimate(
        build_evidence(
            load_articles(paths, limits=settings.limits, timeout=settings.fetch_timeout).articles
        ),
        settings,
    )
    cost = (
        f"${found.estimated_cost_usd:.4f} with {settings.model}"
        if found.estimated_cost_usd is not None
        else f"unknown for {settings.model!r} (no price on file)"
    )
    typer.echo(
        f"evidence items sent:   {found.evidence_items:,}"
        + (
            f" ({found.left_out:,} left out by the {settings.max_tokens_in:,}-token budget)"
            if found.left_out
            else ""
        )
        + f"\ninput tokens:          {found.input_tokens:,}"
        f" (instructions and schema {found.overhead_tokens:,}, evidence "
        f"{found.evidence_tokens:,}; the articles as they are {found.raw_tokens:,})"
        f"\noutput tokens (guess): {found.output_tokens_guess:,}"
        f"\nestimated cost:        {cost}"
        "\nno request was made"
    )


@contextmanager
def _live_view(enabled: bool) -> Iterator[Callable[[Any], None] | None]:
    """A live view on stderr of the draft as the model streams it."""
    if not enabled:
        yield None
        return
    from rich.console import Console
    from rich.live import Live
    from rich.text import Text

    def view(partial: Any) -> Text:
        text = Text()
        text.append(f"{getattr(partial, 'headline', None) or '…'}\n", style="bold")
        for name in ("what", "who", "when", "where", "casualties", "reactions", "disputes"):
            items = getattr(partial, name, None) or []
            text.append(f"{name}: {len(items)}  ")
        what = getattr(partial, "what", None) or []
        if what and getattr(what[-1], "text", None):
            text.append(f"\n{what[-1].text}", style="dim")
        return text

    with Live(
        Text("waiting for the model…"),
        console=Console(stderr=True),
        refresh_per_second=8,
        transient=True,
    ) as live:
        yield lambda partial: live.update(view(partial))


@app.command()
@_interruptible
def schema(
    output: OutputOption = None,
    force: ForceOption = False,
) -> None:
    """Print the JSON Schema of the event brief (the contract of `--format json`)."""
    _output_target(output, [], force)
    import json

    from .schema import json_schema

    _write(json.dumps(json_schema(), indent=2, ensure_ascii=False) + "\n", output, force=force)


@app.command()
@_interruptible
def verify(
    brief_file: Annotated[
        Path, typer.Argument(help="A brief written with --format json.", show_default=False)
    ],
    sources: Annotated[
        list[str] | None,
        typer.Argument(
            help="The articles it was made from (default: the paths recorded in the "
            "brief, or the text embedded with --embed-sources).",
            show_default=False,
        ),
    ] = None,
    max_input_mb: MaxInputOption = 100.0,
) -> None:
    """Re-check every citation of a saved brief: an exact slice of its source that supports
    its item (the item's figures, names and most of its words are in the quote); exit 1 if any
    fails.

    Each source must still be the text the brief was made from (the `sha256` it records): a
    file that changed, or another file put in its place, is refused and named."""
    from .errors import SummariseError
    from .verify import check_brief

    try:
        saved, texts, checked = _load_for_verify(
            brief_file, sources or [], _input_bytes(max_input_mb)
        )
    except SummariseError as error:
        _fail(str(error))
    for line in checked:
        _say(f"checked against {line}")
    problems = check_brief(saved, texts)
    total = len(saved.citations())
    if problems:
        for problem in problems:
            typer.echo(f"FAIL {problem}", err=True)
        _fail(f"{len(problems)} of {total} citations do not hold")
    typer.echo(
        f"ok: all {total} citations are exact slices of their {len(texts)} sources and "
        "support their items"
    )


def _load_for_verify(
    brief_file: Path, sources: list[str], max_input_bytes: int
) -> tuple[EventBrief, dict[str, str], list[str]]:
    """The saved brief, the text of each of its sources, and a line per file read."""
    from .config import Limits
    from .errors import InputError
    from .ingest import Article, load_articles

    saved = _read_brief(brief_file)
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
    _refuse_changed_sources(saved, texts, read_from)
    checked = [f"{where} ({_ids(ids)})" for where, ids in read_from.items()]
    return saved, texts, checked


def _read_brief(brief_file: Path) -> EventBrief:
    from pydantic import ValidationError

    from .errors import InputError
    from .schema import EventBrief

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


def _refuse_changed_sources(
    saved: EventBrief, texts: dict[str, str], read_from: dict[str, list[str]]
) -> None:
    """A source whose text is not the one the brief was made from (its recorded sha256) is
    refused: its citations could hold against another file by chance, or by design."""
    from .errors import InputError
    from .verify import text_sha256

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


def main() -> None:
    try:
        app()
    except KeyboardInterrupt:
        typer.echo("summarise: interrupted", err=True)
        sys.exit(130)
