"""The `summarise` command. A thin face over the pipeline: parse, call, print.

Heavy modules (pydantic models, sumy, the gazetteer, openai) are imported inside the commands,
so that `summarise --help` answers at once.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, NoReturn

import typer

from . import __version__

if TYPE_CHECKING:
    from .schema import EventBrief

app = typer.Typer(
    name="summarise",
    help="Many news reports of one event in, one cited event brief out.",
    add_completion=False,
    no_args_is_help=True,
    pretty_exceptions_enable=False,
)
FORMATS = ("json", "md", "text")


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
        str, typer.Option("--format", "-f", help="Output format: json, md or text.")
    ] = "text",
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="Write to this file instead of stdout.")
    ] = None,
    what_words: Annotated[
        int | None,
        typer.Option(
            "--what-words",
            "-w",
            help="Upper bound on the words of the `what` summary.",
            show_default="120",
        ),
    ] = None,
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
    quiet: Annotated[
        bool, typer.Option("--quiet", "-q", help="No notices or warnings on stderr.")
    ] = False,
) -> None:
    """Write one event brief of PATHS: who, what, when, where, casualties, reactions, disputes.

    Every item cites the exact words of its sources (source id, quote, character offsets), and
    every citation is checked against the source before anything is printed.

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
            what_words=what_words, summariser=summariser, embed_sources=embed_sources
        )
        if not quiet and not settings.llm_configured:
            _say("no API key or base URL set: using the offline extractive engine")
        result = build_brief(paths, settings)
    except SummariseError as error:
        _fail(str(error))
    if not quiet:
        for warning in result.provenance.warnings:
            _say(f"warning: {warning}")
    color = fmt == "text" and output is None and sys.stdout.isatty()
    _write(render(result, fmt, color=color), output)


@app.command()
def schema(
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="Write to this file instead of stdout.")
    ] = None,
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
    texts: dict[str, str] = {}
    if sources:
        articles = load_articles(sources).articles
        by_path: dict[str, list[Article]] = {}
        for article in articles:  # a JSONL file holds several articles: keep them in order
            by_path.setdefault(str(Path(article.path or "").resolve()), []).append(article)
        for index, source in enumerate(saved.sources):
            same_file = by_path.get(str(Path(source.path).resolve())) if source.path else None
            match = same_file.pop(0) if same_file else None
            if match is None and index < len(articles):
                match = articles[index]
            if match is not None:
                texts[source.id] = match.text
        return saved, texts
    for source in saved.sources:
        if source.text is not None:
            texts[source.id] = source.text
        elif source.path and Path(source.path).is_file():
            articles = load_articles([source.path]).articles
            texts[source.id] = articles[0].text
        else:
            raise InputError(
                f"{source.id}: no embedded text and no readable file at {source.path!r}; "
                "pass the source files after the brief"
            )
    return saved, texts


def main() -> None:
    try:
        app()
    except KeyboardInterrupt:
        typer.echo("summarise: interrupted", err=True)
        sys.exit(130)
