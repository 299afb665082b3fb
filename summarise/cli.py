"""The `summarise` command. A thin face over the pipeline: parse, call, print.

Heavy modules (pydantic models, sumy, the gazetteer, openai) are imported inside the commands,
so that `summarise --help` answers at once.
"""

from __future__ import annotations

import contextlib
import functools
import math
import os
import sys
import threading
import time
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
    add_completion=True,
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
        show_default="250",
    ),
]
EngineOption = Annotated[
    str | None,
    typer.Option(
        "--engine",
        "-e",
        help="auto (the LLM when a key or base URL is set, else extractive), llm or extractive.",
        show_default="auto",
    ),
]
QuietOption = Annotated[
    bool, typer.Option("--quiet", "-q", help="No notices or warnings on stderr.")
]
# Exit codes (README, "Exit codes"): 0 all good; 1 an error, nothing written; 2 a bad option
# or argument; 3 written but not whole: a newsletter cluster was skipped, or (with --strict) a
# saved brief's citations did not all hold as saved, and then nothing is written.
EXIT_USAGE = 2
EXIT_INCOMPLETE = 3
StrictOption = Annotated[
    bool,
    typer.Option(
        "--strict",
        help="A saved brief whose citations do not all hold as saved (re-anchored or dropped) "
        "is an error (exit 3) and nothing is written.",
    ),
]


WidthOption = Annotated[
    int | None,
    typer.Option(
        "--width",
        help="Columns of --format text (default: the terminal's width, or 80 in a file or pipe).",
        show_default=False,
    ),
]
# The engine options, defined once: `brief` and `newsletter` take the same.
SummariserOption = Annotated[
    str | None,
    typer.Option(
        "--summariser",
        help="sumy ranking for `what`: lexrank, textrank, lsa or luhn.",
        show_default="lexrank",
    ),
]
ModelOption = Annotated[
    str | None,
    typer.Option(
        "--model",
        "-m",
        help="LLM model name [env: SUMMARISE_MODEL].",
        show_default="gpt-4o-mini",
    ),
]
BaseUrlOption = Annotated[
    str | None,
    typer.Option(
        "--base-url",
        help="OpenAI-compatible endpoint, e.g. "
        "http://localhost:11434/v1 for Ollama [env: OPENAI_BASE_URL].",
    ),
]
ApiKeyOption = Annotated[
    str | None,
    typer.Option(
        "--api-key",
        help="Key for the endpoint [env: OPENAI_API_KEY]. A --base-url "
        "given here never receives the environment's key.",
        show_default=False,
    ),
]
ModeOption = Annotated[
    str | None,
    typer.Option(
        "--mode",
        help="How the LLM returns the brief: auto (json_schema for a server on this "
        "machine or network, tools elsewhere), tools, json_schema (the draft's schema as "
        "response_format, enforced by llama.cpp, vLLM, Ollama), json, md_json.",
    ),
]
MaxTokensInOption = Annotated[
    int | None,
    typer.Option(
        "--max-tokens-in",
        help="Token budget of the evidence sent to the LLM.",
        show_default="12000",
    ),
]
NoFallbackOption = Annotated[
    bool,
    typer.Option(
        "--no-fallback",
        help="Fail instead of falling back to the extractive "
        "engine when the LLM cannot be reached.",
    ),
]
TimeoutOption = Annotated[
    float | None,
    typer.Option(
        "--timeout",
        help="Seconds the whole LLM exchange may take (every request, re-ask and retry), "
        "and each URL input from connecting to its last byte.",
        show_default="120 for the LLM, 20 for a URL",
    ),
]
# A saved brief and its sources: what `verify` and `render` take.
SavedBriefArgument = Annotated[
    Path, typer.Argument(help="A brief written with --format json.", show_default=False)
]
SourcesArgument = Annotated[
    list[str] | None,
    typer.Argument(
        help="The articles it was made from (default: the paths recorded in the brief, or the "
        "text embedded with --embed-sources).",
        show_default=False,
    ),
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


def _fail_on(error: Exception) -> NoReturn:
    """One line for a SummariseError: exit 2 for a bad option value, else 1."""
    from .errors import OptionError

    _fail(str(error), code=EXIT_USAGE if isinstance(error, OptionError) else 1)


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
        _fail_on(error)


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
        str | None,
        typer.Option(
            "--format",
            "-f",
            help="Output format: text (terminal), md (newsletter Markdown), json (the contract) "
            "or html (one self-contained page: the brief beside its highlighted sources).",
            show_default="text",
        ),
    ] = None,
    template: Annotated[
        Path | None,
        typer.Option("--template", help="A Jinja2 file to use instead of the HTML page template."),
    ] = None,
    output: OutputOption = None,
    force: ForceOption = False,
    width: WidthOption = None,
    what_words: WhatWordsOption = None,
    summariser: SummariserOption = None,
    embed_sources: Annotated[
        bool,
        typer.Option(
            "--embed-sources",
            help="Write each source's text into the brief, so that it "
            "can be verified without the input files.",
        ),
    ] = False,
    engine: EngineOption = None,
    model: ModelOption = None,
    base_url: BaseUrlOption = None,
    api_key: ApiKeyOption = None,
    mode: ModeOption = None,
    max_tokens_in: MaxTokensInOption = None,
    no_fallback: NoFallbackOption = False,
    timeout: TimeoutOption = None,
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

    chosen = _from_config_file(  # flags, then the environment, then the file, then defaults
        engine=engine,
        model=model,
        base_url=base_url,
        mode=mode,
        timeout=timeout,
        what_words=what_words,
        summariser=summariser,
        format=fmt,
        width=width,
    )
    fmt, width = str(chosen.pop("format") or "text"), chosen.pop("width")
    if fmt not in FORMATS:
        _fail(f"unknown format {fmt!r}: choose one of {', '.join(FORMATS)}", code=2)
    _output_target(output, [*paths, template], force)  # a bad -o fails before any work
    try:
        if template is not None:
            from .rendering import check_template

            check_template(template)
        settings = resolve_settings(
            **{**chosen, "engine": None if estimate else chosen["engine"]},
            api_key=api_key,
            embed_sources=embed_sources or fmt == "html",  # the page shows the sources whole
            max_tokens_in=max_tokens_in,
            fallback=not no_fallback,
            limits=_limits(max_articles, max_article_chars, max_input_mb),
        )
        if settings.api_key:
            _SECRETS.append(settings.api_key)
        if estimate:
            _print_estimate(paths, settings)
            return
        llm = settings.chosen_engine() == "llm"
        waiting = llm and not quiet and not stream and sys.stderr.isatty()
        with (
            _verbose(settings, verbose),
            _live_view(stream and llm and not quiet, settings) as on_partial,
            _waiting(waiting, settings),
        ):
            result = build_brief(paths, settings, on_partial=on_partial)
    except SummariseError as error:
        _fail_on(error)
    if not quiet:  # after the brief, so that bad input stays one line
        if not llm:
            reason = "" if settings.engine == "extractive" else "no API key or base URL set: "
            _say(f"{reason}used the offline extractive engine")
        for warning in result.provenance.warnings:
            _say(f"warning: {warning}")
        if result.provenance.engine == "llm":
            _say(_usage_line(result, settings))
    color = fmt == "text" and output is None and sys.stdout.isatty()
    try:
        page = render(
            result,
            fmt,
            color=color,
            width=_text_width(width, output),
            template=str(template) if template else None,
        )
    except SummariseError as error:
        _fail_on(error)
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
    engine: EngineOption = None,
    summariser: SummariserOption = None,
    model: ModelOption = None,
    base_url: BaseUrlOption = None,
    api_key: ApiKeyOption = None,
    mode: ModeOption = None,
    max_tokens_in: MaxTokensInOption = None,
    no_fallback: NoFallbackOption = False,
    timeout: TimeoutOption = None,
    strict: StrictOption = False,
    feed: Annotated[
        bool,
        typer.Option(
            "--feed",
            help="The inputs are one mixed set of articles (a day's feed): sort them into "
            "events and write the top ones (--top), largest and most corroborated first.",
        ),
    ] = False,
    top: Annotated[
        int, typer.Option("--top", help="With --feed: how many events the newsletter holds.")
    ] = 10,
    quiet: QuietOption = False,
) -> None:
    """Write a newsletter of several events: one brief per CLUSTER, with an opening list of the
    events and one numbered list of sources. A CLUSTER may be a saved brief (a .json written
    with --format json, perhaps edited): it is checked again against its sources first. With
    --feed, the inputs are a day's feed, sorted into events first (briefs come from the cache
    of `summarise batch` when unchanged). Exit 3 when a cluster was skipped.

    Example: summarise newsletter seeds/ more/cluster2 --title "Morning brief" -f html -o out.html
    """
    from .errors import SummariseError
    from .newsletters import NEWSLETTER_FORMATS
    from .newsletters import newsletter as write_newsletter

    chosen = _from_config_file(  # the file's engine settings (its format is brief's)
        engine=engine,
        model=model,
        base_url=base_url,
        mode=mode,
        timeout=timeout,
        what_words=what_words,
        summariser=summariser,
    )
    if fmt not in NEWSLETTER_FORMATS:
        _fail(f"unknown format {fmt!r}: choose one of {', '.join(NEWSLETTER_FORMATS)}", code=2)
    _output_target(output, [*clusters, template], force)  # a bad -o fails before any work

    skips: list[str] = []
    items: list[Any] = list(clusters)
    if feed:
        if top < 1:
            _fail("--top must be 1 or more", code=2)
        try:
            items = _feed_briefs(clusters, top, chosen, api_key, max_tokens_in, no_fallback)
        except SummariseError as error:
            _fail_on(error)
        for problem in items:
            if isinstance(problem, str):
                skips.append(problem)
                _say(f"warning: skipped {problem}")
        items = [item for item in items if not isinstance(item, str)]
        if not items:
            _fail("no event of the feed could be briefed")

    def skipped(cluster: str, error: SummariseError) -> None:
        message = str(error)
        skips.append(cluster)
        _say(f"warning: skipped {message if cluster in message else f'{cluster}: {message}'}")

    def rechecked(path: str, problem: str) -> None:
        _say(f"warning: {path}: {problem}")

    try:
        text = write_newsletter(
            items,
            title=title,
            date=date,
            fmt=fmt,
            template=str(template) if template else None,
            on_error=skipped,
            on_warning=rechecked,
            strict=strict,
            **chosen,
            api_key=api_key,
            max_tokens_in=max_tokens_in,
            fallback=not no_fallback,
        )
    except SummariseError as error:
        _fail_on(error)
    _write(text, output, [*clusters, template], force=force, quiet=quiet)
    if skips:
        _say(
            f"{len(skips)} of {len(items) + len(skips) if feed else len(clusters)} "
            "cluster(s) skipped: the newsletter is not whole"
        )
        raise typer.Exit(EXIT_INCOMPLETE)


def _feed_briefs(
    inputs: list[str],
    top: int,
    chosen: dict[str, Any],
    api_key: str | None,
    max_tokens_in: int | None,
    no_fallback: bool,
) -> list[Any]:
    """The briefs of a feed's top events, largest first, then those most outlets tell; an
    article no other report tells is left out when any event has two. Briefed as `summarise
    batch` does (its cache, its workers); a problem is a string naming it."""
    from .batch import Job, briefs_of, default_workers
    from .clustering import cluster_articles
    from .config import resolve_settings
    from .ingest import load_articles
    from .schema import EventBrief

    settings = resolve_settings(
        **chosen, api_key=api_key, max_tokens_in=max_tokens_in, fallback=not no_fallback
    )
    if settings.api_key:
        _SECRETS.append(settings.api_key)
    read = load_articles(inputs, limits=settings.limits, timeout=settings.fetch_timeout)
    found = cluster_articles(read.articles)
    shared = [event for event in found if event.size >= 2]
    if shared and len(shared) < len(found):
        _say(f"{len(found) - len(shared)} article(s) that no other report tells left out")
    events = sorted(
        shared or found,
        key=lambda e: (-e.size, -len({a.outlet or a.url or a.id for a in e.articles}), e.label),
    )[:top]
    jobs = [Job(event.id, event.label, event.articles) for event in events]
    done = {o.job.id: o for o in briefs_of(jobs, settings, workers=default_workers(settings))}
    return [
        EventBrief.model_validate(done[job.id].brief)
        if done[job.id].brief is not None
        else f"{job.id} ({job.label}): {done[job.id].error}"
        for job in jobs
    ]


CLUSTER_FORMATS = ("jsonl", "text")


@app.command()
@_interruptible
def cluster(
    paths: Annotated[
        list[str],
        typer.Argument(
            help="A mixed set of articles: files, directories, globs, URLs, or - for standard "
            "input (text, .html, .json, .jsonl).",
            show_default=False,
        ),
    ],
    fmt: Annotated[
        str,
        typer.Option(
            "--format",
            "-f",
            help="jsonl (one event per line, its articles whole) or text (one line per event).",
        ),
    ] = "jsonl",
    output: OutputOption = None,
    force: ForceOption = False,
    max_articles: Annotated[
        int, typer.Option("--max-articles", help="Refuse input of more articles than this.")
    ] = 100_000,
    max_input_mb: MaxInputOption = 100.0,
    timeout: TimeoutOption = None,
    quiet: QuietOption = False,
) -> None:
    """Sort a mixed set of articles (a day's feed) into events, largest first.

    Each event gets a stable id (the same articles give the same id on every run), a label (the
    title of its most central article) and its articles; every article is in exactly one event,
    and an event told by one article alone is listed too. The JSON lines hold the articles whole,
    so each event can be briefed on its own.

    Example: summarise cluster feed.jsonl --output clusters.jsonl
    """
    import json

    from .clustering import cluster_articles, cluster_record
    from .errors import SummariseError
    from .ingest import load_articles

    if fmt not in CLUSTER_FORMATS:
        _fail(f"unknown format {fmt!r}: choose one of {', '.join(CLUSTER_FORMATS)}", code=2)
    _output_target(output, paths, force)  # a bad -o fails before any work
    try:
        limits = _limits(max_articles, 1_000_000, max_input_mb)
        fetch_timeout = None if timeout is None else _positive_number("--timeout", timeout)
        read = load_articles(paths, limits=limits, timeout=fetch_timeout)
    except SummariseError as error:
        _fail_on(error)
    events = cluster_articles(read.articles)
    if fmt == "jsonl":
        lines = [json.dumps(cluster_record(event), ensure_ascii=False) for event in events]
    else:
        lines = [
            f"{event.id}  {event.size:>4} article{'s' if event.size != 1 else ' '}  "
            f"{_span_of_days(event)}  {event.label}"
            for event in events
        ]
    if not quiet:
        for warning in read.warnings:
            _say(f"warning: {warning}")
        several = sum(event.size > 1 for event in events)
        alone = sum(event.size == 1 for event in events)
        _say(
            f"{len(read.articles)} articles: {several} event(s) told by several articles, "
            f"{alone} article(s) alone"
        )
    _write("".join(f"{line}\n" for line in lines), output, paths, force=force, quiet=quiet)


@app.command()
@_interruptible
def batch(
    inputs: Annotated[
        list[str],
        typer.Argument(
            help="A folder of event folders, a clusters.jsonl from `summarise cluster`, or "
            "articles of many events (a feed, a folder, a glob): these are sorted into events "
            "first.",
            show_default=False,
        ),
    ],
    output: Annotated[
        Path,
        typer.Option(
            "--output", "-o", help="The JSON-lines file of briefs; appended to, never rewritten."
        ),
    ],
    workers: Annotated[
        int | None,
        typer.Option(
            "--workers",
            "-j",
            help="Events briefed at once (processes for the offline engine, requests in "
            "flight for an LLM, tasks in flight on Ray).",
            show_default="every core (offline), 4 (LLM), 16 (Ray)",
        ),
    ] = None,
    no_cache: Annotated[
        bool, typer.Option("--no-cache", help="Brief every event again; do not read the cache.")
    ] = False,
    force: ForceOption = False,
    rpm: Annotated[
        float | None,
        typer.Option(
            "--rpm",
            help="LLM requests per minute at most, for all events together (retries included).",
        ),
    ] = None,
    max_cost: Annotated[
        float | None,
        typer.Option(
            "--max-cost",
            help="USD: start no LLM event once the estimated spend would pass this; the rest "
            "are left for a later run.",
        ),
    ] = None,
    executor: Annotated[
        str,
        typer.Option(
            "--executor",
            help="local (this machine) or ray (a Ray cluster: pip install 'summarise[ray]').",
        ),
    ] = "local",
    ray_address: Annotated[
        str | None,
        typer.Option(
            "--ray-address",
            help="With --executor ray: the cluster to join (ray://HOST:10001, or auto); "
            "default RAY_ADDRESS, else a Ray instance started on this machine.",
        ),
    ] = None,
    what_words: WhatWordsOption = None,
    engine: EngineOption = None,
    summariser: SummariserOption = None,
    model: ModelOption = None,
    base_url: BaseUrlOption = None,
    api_key: ApiKeyOption = None,
    mode: ModeOption = None,
    max_tokens_in: MaxTokensInOption = None,
    no_fallback: NoFallbackOption = False,
    timeout: TimeoutOption = None,
    max_input_mb: MaxInputOption = 100.0,
    quiet: QuietOption = False,
) -> None:
    """Brief many events in one run: one JSON line per event, written as each finishes.

    Each line holds the event's id (`cluster_id`), its label, and its brief (the JSON contract)
    or the error that stopped it; one event's failure never stops the others. Running the same
    command again skips the events OUTPUT already holds, so an interrupted run loses nothing
    finished and briefs nothing twice. Briefs are cached on disk (see `summarise cache`).
    Exit 3 when an event failed.

    Example: summarise batch clusters.jsonl --output briefs.jsonl
    """
    from .batch import EXECUTORS, BatchReport, Job, default_workers, jobs_from, run_batch
    from .config import resolve_settings
    from .errors import SummariseError

    chosen = _from_config_file(
        engine=engine,
        model=model,
        base_url=base_url,
        mode=mode,
        timeout=timeout,
        what_words=what_words,
        summariser=summariser,
    )
    if output.exists() and not output.is_file():
        _fail(f"{output}: not a regular file", code=2)
    _output_target(output, inputs, force)  # never an input, a link or a device (output.py)
    if workers is not None and workers < 1:
        _fail("--workers must be 1 or more", code=2)
    if executor not in EXECUTORS:
        _fail(f"unknown executor {executor!r}: choose {' or '.join(EXECUTORS)}", code=2)
    if max_cost is not None and not (math.isfinite(max_cost) and max_cost >= 0):
        _fail("--max-cost must be a number of dollars, 0 or more", code=2)
    try:
        if rpm is not None:
            _positive_number("--rpm", rpm)
        settings = resolve_settings(
            **chosen,
            api_key=api_key,
            max_tokens_in=max_tokens_in,
            fallback=not no_fallback,
            limits=_limits(100_000, 1_000_000, max_input_mb),
        )
        if settings.api_key:
            _SECRETS.append(settings.api_key)
        jobs = jobs_from(inputs, settings.limits, settings.fetch_timeout)
    except SummariseError as error:
        _fail_on(error)
    llm = settings.chosen_engine() == "llm"
    count = workers or default_workers(settings, executor)
    started = time.perf_counter()

    def progress(report: BatchReport, job: Job, outcome: str) -> None:
        if quiet:
            return
        done = report.skipped + report.written
        rate = report.written / max(time.perf_counter() - started, 1e-9)
        left = (report.total - done) / rate if rate else 0.0
        if outcome == "error":
            _say(f"warning: {job.id} ({job.label}) failed; its line holds the error")
        if bar is not None:
            bar.update(shown, completed=done, rate=f"{rate:.1f} events/s")
        else:
            _say(
                f"[{done}/{report.total}] {job.id} {outcome}, {rate:.1f} events/s, "
                f"about {left:.0f} s left"
            )

    bar, shown = _progress_bar(enabled=not quiet and sys.stderr.isatty(), total=len(jobs))
    try:
        with bar or contextlib.nullcontext():
            report = run_batch(
                jobs,
                settings,
                output,
                workers=count,
                use_cache=not no_cache,
                max_cost_usd=max_cost,
                requests_per_minute=rpm,
                executor=executor,
                ray_address=ray_address,
                on_progress=progress,
            )
    except SummariseError as error:
        _fail_on(error)
    except OSError as error:
        _fail(f"{output}: cannot write ({error.strerror or error})")
    if not quiet:
        if report.repaired:
            _say(f"warning: {report.repaired}")
        _say(
            f"{report.total} events: {report.written} briefed now ({report.cached} from the "
            f"cache), {report.skipped} already in {output}, {len(report.failed)} failed"
            + (f"; LLM spend about ${report.spent_usd:.4f}" if llm else "")
        )
        if report.not_started:
            _say(
                f"stopped: {report.not_started} event(s) not started, the estimated spend "
                f"would pass --max-cost ${max_cost:g}; run again with a higher limit for them"
            )
    if report.failed or report.not_started:
        raise typer.Exit(EXIT_INCOMPLETE)


@app.command()
def cache(
    clear: Annotated[bool, typer.Option("--clear", help="Remove every cached brief.")] = False,
) -> None:
    """Show where briefs are cached (by `summarise batch`) and how much, or --clear them.

    The folder is $SUMMARISE_CACHE_DIR, else $XDG_CACHE_HOME/summarise/briefs, else
    ~/.cache/summarise/briefs.
    """
    from .batch import cache_summary, clear_cache

    if clear:
        removed = clear_cache()
        typer.echo(f"removed {removed} cached brief(s) from {cache_summary()[0]}")
        return
    folder, count, size = cache_summary()
    typer.echo(f"{folder}: {count} cached brief(s), {size / 1_000_000:.1f} MB")


def _progress_bar(enabled: bool, total: int) -> tuple[Any, Any]:
    """A bar on the terminal (counts, rate, time left), or (None, None): log lines instead."""
    if not enabled:
        return None, None
    from rich.console import Console
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        TextColumn,
        TimeRemainingColumn,
    )

    bar = Progress(
        TextColumn("briefing"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("{task.fields[rate]}"),
        TimeRemainingColumn(),
        console=Console(stderr=True),
    )
    return bar, bar.add_task("batch", total=total, rate="")


def _span_of_days(event: Any) -> str:
    days = sorted(a.published[:10] for a in event.articles if a.published)
    if not days:
        return f"{'undated':<21}"
    return f"{days[0]:<10}" + (f"..{days[-1]}" if days[-1] != days[0] else " " * 12)


def _from_config_file(**flags: object) -> dict[str, Any]:
    """Each of these settings as a flag or the config file gives it, else None (the environment
    and the defaults are applied where the settings are resolved). A base URL from the file
    counts as given explicitly: it never receives OPENAI_API_KEY from the environment. A bad
    file is one error line (exit 2)."""
    from .config_file import layered
    from .errors import SummariseError

    try:
        chosen = layered(flags)
    except SummariseError as error:
        _fail_on(error)
    return {
        name: chosen[name].value if chosen[name].source.startswith(("--", "file ")) else None
        for name in flags
    }


def _text_width(width: int | None, output: Path | None) -> int:
    """--width, else the terminal's columns when the text goes to one, else 80."""
    from .errors import OptionError
    from .rendering import MIN_TEXT_WIDTH, TEXT_WIDTH

    if width is not None:
        if width < MIN_TEXT_WIDTH:
            raise OptionError(f"--width must be at least {MIN_TEXT_WIDTH}, not {width}")
        return width
    if output is None and sys.stdout.isatty():
        import shutil

        return max(MIN_TEXT_WIDTH, shutil.get_terminal_size((TEXT_WIDTH, 24)).columns)
    return TEXT_WIDTH


def _limits(max_articles: int, max_article_chars: int, max_input_mb: float) -> Limits:
    from .config import Limits
    from .errors import OptionError

    if max_articles < 1:
        raise OptionError(f"--max-articles must be at least 1, not {max_articles}")
    if max_article_chars < 1000:
        raise OptionError(f"--max-article-chars must be at least 1000, not {max_article_chars}")
    return Limits(max_articles, _input_bytes(max_input_mb), max_article_chars)


def _input_bytes(max_input_mb: float) -> int:
    """--max-input-mb in bytes."""
    return max(1, int(_positive_number("--max-input-mb", max_input_mb) * 1_000_000))


def _positive_number(option: str, value: float) -> float:
    """A float option's value: finite and above 0 (typer reads "nan", "inf" and "1e400")."""
    from .errors import OptionError

    if not math.isfinite(value) or value <= 0:
        raise OptionError(f"{option} must be a finite number above 0, not {value}")
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
    handler.setFormatter(logging.Formatter("%(name)s: %(message)s"))  # "summarise: ingest: ..."
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
def _waiting(enabled: bool, settings: Settings) -> Iterator[None]:
    """On a terminal, while the model works (a local server may take minutes): the time gone
    and the deadline, on one line of stderr that goes away when the answer is in."""
    if not enabled:
        yield
        return
    from rich.console import Console

    from .llm.provider import endpoint

    started = time.monotonic()
    where = f"{settings.model} at {endpoint(settings)}"
    with Console(stderr=True).status(f"asking {where}…") as status:
        stop = threading.Event()

        def tick() -> None:
            while not stop.wait(1.0):
                gone = time.monotonic() - started
                status.update(f"asking {where}: {gone:.0f} s (deadline {settings.timeout:.0f} s)")

        ticker = threading.Thread(target=tick, name="summarise-waiting", daemon=True)
        ticker.start()
        try:
            yield
        finally:
            stop.set()
            ticker.join()


@contextmanager
def _live_view(enabled: bool, settings: Settings) -> Iterator[Callable[[Any], None] | None]:
    """A live view on stderr of the draft as the model streams it, with the time gone."""
    if not enabled:
        yield None
        return
    from rich.console import Console
    from rich.live import Live
    from rich.text import Text

    started = time.monotonic()

    def view(partial: Any) -> Text:
        text = Text()
        gone = time.monotonic() - started
        text.append(f"{gone:.0f} s of {settings.timeout:.0f} s · ", style="dim")
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
def render(
    brief_file: SavedBriefArgument,
    sources: SourcesArgument = None,
    fmt: Annotated[
        str | None,
        typer.Option("--format", "-f", help="text, md, json or html.", show_default="text"),
    ] = None,
    output: OutputOption = None,
    force: ForceOption = False,
    width: WidthOption = None,
    strict: StrictOption = False,
    quiet: QuietOption = False,
    max_input_mb: MaxInputOption = 100.0,
) -> None:
    """Render a saved brief, perhaps edited since, after checking every citation again.

    Items may have been removed, reordered or reworded. A citation whose offsets moved but whose
    quote is still in its source is re-anchored; one whose quote is gone, or that no longer
    supports its item, is dropped; an item left with no citation is dropped. Each change is
    reported on stderr with its item, and listed in the brief's provenance.dropped."""
    from .errors import SummariseError
    from .rendering import render as render_brief
    from .saved import load_saved, recheck

    chosen = _from_config_file(format=fmt, width=width)
    fmt, width = str(chosen["format"] or "text"), chosen["width"]
    if fmt not in FORMATS:
        _fail(f"unknown format {fmt!r}: choose one of {', '.join(FORMATS)}", code=2)
    _output_target(output, [str(brief_file), *(sources or [])], force)
    try:
        saved, texts, _ = load_saved(brief_file, sources or [], _input_bytes(max_input_mb))
        if fmt == "html":  # the page shows each source whole
            for source in saved.sources:
                source.text = source.text or texts.get(source.id)
        checked = recheck(saved, texts)
        for problem in checked.problems:
            _say(f"{'error' if strict else 'warning'}: {problem}")
        if strict and checked.problems:
            _fail(
                f"{len(checked.problems)} citation(s) or item(s) of {brief_file} do not hold as "
                "saved; nothing written (--strict)",
                code=EXIT_INCOMPLETE,
            )
        color = fmt == "text" and output is None and sys.stdout.isatty()
        page = render_brief(checked.brief, fmt, color=color, width=_text_width(width, output))
    except SummariseError as error:
        _fail_on(error)
    _write(page, output, [str(brief_file), *(sources or [])], force=force, quiet=quiet)


@app.command()
def config() -> None:
    """Show each setting, its value, and where it came from: a flag (none here), the
    environment, the config file (summarise.toml or [tool.summarise] in pyproject.toml here,
    else ~/.config/summarise/config.toml), or the default."""
    from .config_file import find_config_file, layered
    from .errors import SummariseError

    try:
        chosen = layered({})
    except SummariseError as error:
        _fail_on(error)
    path = find_config_file()
    typer.echo(f"config file: {path or 'none found'}")
    width = max(len(name) for name in chosen)
    for name, item in chosen.items():
        value = "" if item.value is None else str(item.value)
        if name == "base_url" and value:
            from .redact import strip_credentials

            value = strip_credentials(value)
        typer.echo(f"{name:<{width}}  {value or '-':<30}  {item.source}")
    key = "set" if os.environ.get("OPENAI_API_KEY") else "not set"
    typer.echo(f"{'api key':<{width}}  {key:<30}  environment OPENAI_API_KEY (never from a file)")


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
    brief_file: SavedBriefArgument,
    sources: SourcesArgument = None,
    max_input_mb: MaxInputOption = 100.0,
) -> None:
    """Re-check every citation of a saved brief: an exact slice of its source that supports
    its item (the item's figures, names and most of its words are in the quote); exit 1 if any
    fails.

    Each source must still be the text the brief was made from (the `sha256` it records): a
    file that changed, or another file put in its place, is refused and named."""
    from .errors import SummariseError
    from .saved import load_saved
    from .verify import check_brief

    try:
        saved, texts, checked = load_saved(brief_file, sources or [], _input_bytes(max_input_mb))
    except SummariseError as error:
        _fail_on(error)
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


def main() -> None:
    try:
        app()
    except KeyboardInterrupt:
        typer.echo("summarise: interrupted", err=True)
        sys.exit(130)
