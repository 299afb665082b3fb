"""The `summarise` command. A thin face over the pipeline: parse, call, print.

Heavy modules (pydantic models, sumy, the gazetteer, openai) are imported inside the commands,
so that `summarise --help` answers at once.
"""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, NoReturn

import typer

from . import __version__

if TYPE_CHECKING:
    from .config import Limits, Settings
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


def _fail(message: str, code: int = 1) -> NoReturn:
    typer.echo(f"summarise: error: {message}", err=True)
    raise typer.Exit(code)


def _say(message: str) -> None:
    typer.echo(f"summarise: {message}", err=True)


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


def _write(text: str, output: Path | None) -> None:
    """Print, or write the file whole (a temporary file renamed into place)."""
    if output is None:
        sys.stdout.write(text)
        return
    directory = output.resolve().parent
    if not directory.is_dir():
        _fail(f"{output}: directory {directory} does not exist")
    handle, temporary = tempfile.mkstemp(dir=directory, prefix=f".{output.name}.", suffix=".tmp")
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as stream:
            stream.write(text)
        os.replace(temporary, output)
    except OSError as error:
        Path(temporary).unlink(missing_ok=True)
        _fail(f"{output}: cannot write ({error.strerror or error})")


@app.command()
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
            help="How the LLM returns the brief: tools, or json / md_json for "
            "servers without tool calling.",
        ),
    ] = "tools",
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
    try:
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
            limits=_limits(max_articles, max_article_chars, max_input_mb),
        )
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
    _write(page, output)


@app.command()
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
    from .newsletter import NEWSLETTER_FORMATS
    from .newsletter import newsletter as write_newsletter

    if fmt not in NEWSLETTER_FORMATS:
        _fail(f"unknown format {fmt!r}: choose one of {', '.join(NEWSLETTER_FORMATS)}", code=2)

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
    _write(text, output)


def _limits(max_articles: int, max_article_chars: int, max_input_mb: float) -> Limits:
    from .config import Limits
    from .errors import ConfigurationError

    if max_articles < 1 or max_article_chars < 1000 or max_input_mb <= 0:
        raise ConfigurationError("limits must be positive (and --max-article-chars at least 1000)")
    return Limits(max_articles, int(max_input_mb * 1_000_000), max_article_chars)


@contextmanager
def _verbose(settings: Settings, enabled: bool) -> Iterator[None]:
    """--verbose: the pipeline's log on stderr, with the API key replaced wherever it appears.
    The handlers come off again afterwards (the command may run inside a longer process)."""
    if not enabled:
        yield
        return
    import logging

    secret = settings.api_key

    class Redact(logging.Filter):
        def filter(self, record: logging.LogRecord) -> bool:
            if secret:
                record.msg = str(record.getMessage()).replace(secret, "[redacted]")
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

    found = estimate(build_evidence(load_articles(paths).articles), settings)
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
def schema(
    output: OutputOption = None,
) -> None:
    """Print the JSON Schema of the event brief (the contract of `--format json`)."""
    import json

    from .schema import json_schema

    _write(json.dumps(json_schema(), indent=2, ensure_ascii=False) + "\n", output)


@app.command()
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
) -> None:
    """Re-check every citation of a saved brief against its sources; exit 1 if any fails."""
    from .errors import SummariseError
    from .verify import check_brief

    try:
        saved, texts = _load_for_verify(brief_file, sources or [])
    except SummariseError as error:
        _fail(str(error))
    problems = check_brief(saved, texts)
    total = len(saved.citations())
    if problems:
        for problem in problems:
            typer.echo(f"FAIL {problem}", err=True)
        _fail(f"{len(problems)} of {total} citations do not hold")
    typer.echo(f"ok: all {total} citations hold against {len(texts)} sources")


def _load_for_verify(brief_file: Path, sources: list[str]) -> tuple[EventBrief, dict[str, str]]:
    from pydantic import ValidationError

    from .errors import InputError
    from .ingest import Article, load_articles
    from .schema import EventBrief

    try:
        raw = brief_file.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise InputError(f"{brief_file}: cannot read ({error})") from None
    try:
        saved = EventBrief.model_validate_json(raw)
    except ValidationError as error:
        first = error.errors()[0]
        where = ".".join(str(part) for part in first["loc"])
        raise InputError(f"{brief_file}: not a summarise brief ({where}: {first['msg']})") from None
    explicit = bool(sources)
    if not sources:  # read what the brief itself recorded: embedded text, else its paths
        missing = [
            s for s in saved.sources if s.text is None and not (s.path and Path(s.path).is_file())
        ]
        if missing:
            raise InputError(
                f"{missing[0].id}: no embedded text and no readable file at {missing[0].path!r}; "
                "pass the source files after the brief"
            )
        sources = list(dict.fromkeys(s.path for s in saved.sources if s.text is None and s.path))
    articles = load_articles(sources).articles if sources else []
    by_path: dict[str, list[Article]] = {}
    for article in articles:  # a JSONL file holds several articles: keep them in order
        by_path.setdefault(str(Path(article.path or "").resolve()), []).append(article)
    texts: dict[str, str] = {}
    for index, source in enumerate(saved.sources):
        if source.text is not None and not explicit:
            texts[source.id] = source.text
            continue
        same_file = by_path.get(str(Path(source.path).resolve())) if source.path else None
        match = same_file.pop(0) if same_file else None
        if match is None and explicit and index < len(articles):
            match = articles[index]  # sources given without recorded paths: by order
        if match is not None:
            texts[source.id] = match.text
    return saved, texts


def main() -> None:
    try:
        app()
    except KeyboardInterrupt:
        typer.echo("summarise: interrupted", err=True)
        sys.exit(130)
