"""Read news articles from files, directories, globs, stdin, JSON/JSONL, HTML, feeds and URLs.

Each article keeps its canonical text (UTF-8, `\\n` newlines, a leading byte-order mark dropped,
nothing else changed) so that every offset into it stays true. Loose metadata that real files
carry in their first and last lines (a title line, `date 2024-02-08`, `The Guardian-Feb8th2024`,
`by: ...`, `Read more on original: URL`, `Source link`, photo credits and captions, a wire
service's "(Reporting by ...; Editing by ...)") is read into fields and kept out of the article
body; what is kept out is listed, never silently lost.

Every file, JSON record, JSONL line and URL is read on its own: a bad one is skipped and named
in a warning, and only when nothing readable remains is it an error (one line).
"""

from __future__ import annotations

import fnmatch
import functools
import glob
import json
import os
import re
import stat
import sys
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from .config import Limits, seconds_setting
from .dates import parse_date
from .errors import InputError
from .feeds import read_feed, starts_as_feed
from .fetch import fetch, size_text
from .redact import redact, strip_credentials
from .segment import Span

TEXT_SUFFIXES = {".txt", ".text", ".md"}  # always plain text, whatever they quote
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSON_SUFFIXES = {".json"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
FEED_SUFFIXES = {".rss", ".atom"}  # .xml is sniffed: a feed only if it starts as one
MAX_HEADER_LINES = 8
MAX_FOOTER_LINES = 6
MAX_TITLE_CHARS = 200
URL_TIMEOUT_SECONDS = 20.0  # from connecting to the last byte of one URL
MIN_PROSE_WORDS = 6  # an HTML page with no line this long is navigation, not an article
MAX_URL_BYTES = 10_000_000
# trafilatura needs about 6 s and 80 MB per MB of dense markup: past this (once scripts, styles,
# SVG, comments and data: URIs are set aside) a page is refused rather than parsed for minutes.
MAX_HTML_MARKUP_CHARS = 5_000_000
MAX_LISTED_PROBLEMS = 5  # in the one-line error when nothing is readable
STDIN_NAME = "<stdin>"

_BOILERPLATE = re.compile(
    r"^\s*(?:enlarge(?: image| photo)?|click to enlarge|advertisement|skip advert(?:isement)?|"
    r"read more|continue reading|share(?: this)?(?: article| story)?|source link|"
    r"related(?: articles| stories)?|image|photo|video|listen(?: to this article)?|"
    r"sign up|subscribe(?: now)?|more on this story|top stories)\s*:?\s*$",
    re.IGNORECASE,
)
_CREDIT = re.compile(
    r"^\s*(?:\(?(?:photo|photograph|image|picture|foto|credit|source|illustration)s?"
    r"(?:\s+credit)?\s*:|©|copyright\b)",
    re.IGNORECASE,
)
_CAPTION_CREDIT_TAIL = re.compile(r"\s[—–]\s*[A-Z][\w/&.' ]{1,40}$")
_SIGNATURE = re.compile(r"^\s*\(?[a-z]{1,5}(?:/[a-z]{1,6})+\)?\s*$")  # e.g. "col/dpa"
_SEPARATOR = re.compile(r"^\s*[-=_*~#]{3,}\s*$")
_DATE_LINE = re.compile(r"^\s*(?:date|published|updated|posted)\s*[:\s]\s*(?P<value>.+?)\s*$", re.I)
_BYLINE = re.compile(r"^\s*(?:by|author|written by)\s*[:\s]\s*(?P<value>.{2,100}?)\s*$", re.I)
_OUTLET_DATE = re.compile(
    r"^\s*(?P<outlet>[A-Z][\w .&'’-]{1,60}?)\s*[-–—|,]\s*(?P<date>\S.{3,30})$"
)
_URL_LINE = re.compile(
    r"^\s*(?:(?:read more(?: on original)?|original|source|link|url)\s*:\s*)?"
    r"(?P<url>https?://\S+)\s*$",
    re.I,
)
# A wire service's credit at an article's foot: "(Reporting by Kwesi Asante-Bonsu in Kumasi and
# Efua Mensah-Bonney in Accra; Editing by Alison Marr)". It names the newsroom's staff and where
# they filed from, not anyone or anywhere in the news: read as body, its reporters became people
# of the event and their cities its places.
# In brackets, or bare with two roles or more ("Reporting by ...; Editing by ..."): not a
# last sentence such as "Reporting by the local radio said the men were brothers."
_CREDIT_ROLE = (
    r"(?:(?:additional\s+)?reporting|writing|editing|edited|compiled|fact-?checking)\s+by\s+"
)
_WIRE_CREDIT = re.compile(
    rf"^\s*(?:\(\s*{_CREDIT_ROLE}[^()]{{2,400}}\)"
    rf"|{_CREDIT_ROLE}[^;.()]{{2,200}}(?:;\s*{_CREDIT_ROLE}[^;.()]{{2,200}})+\.?)\s*$",
    re.IGNORECASE,
)
_READ_MORE = re.compile(r"^\s*(?:read more(?: on original)?|original article|source)\s*:\s*$", re.I)

# What a message must not carry raw: control characters (a newline would break the one-line
# error), lone surrogates (a file name that is not UTF-8; they cannot be printed or written as
# JSON) and bidirectional overrides (they reorder what a terminal shows).
_UNSHOWABLE = re.compile(r"[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ud800-\udfff]")
_SURROGATE = re.compile(r"[\ud800-\udfff]")
# A document that starts as HTML (after an optional XML declaration and comments).
_HTML_START = re.compile(
    r"(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body)[\s>]",
    re.IGNORECASE | re.DOTALL,
)
# JSON on standard input: an object, or a list that starts like JSON (not "[Reuters] ...").
_JSON_START = re.compile(r'\{\s*["}]|\[\s*(?:[\[{"\]\d-]|true|false|null)')
_BULK_OPEN = re.compile(r"<(?:(script|style|svg)(?=[\s/>])|!--)", re.IGNORECASE)
_BULK_CLOSE = {
    "script": re.compile(r"</script\s*>", re.IGNORECASE),
    "style": re.compile(r"</style\s*>", re.IGNORECASE),
    "svg": re.compile(r"</svg\s*>", re.IGNORECASE),
    "": re.compile(r"-->"),
}
_DATA_URI = re.compile(r"""((?:=|url\()\s*["']?data:)[^"'\s>)]{64,}""", re.IGNORECASE)
_BOMS = (
    (b"\xff\xfe\x00\x00", "utf-32-le", "UTF-32"),
    (b"\x00\x00\xfe\xff", "utf-32-be", "UTF-32"),
    (b"\xff\xfe", "utf-16-le", "UTF-16"),
    (b"\xfe\xff", "utf-16-be", "UTF-16"),
)


@dataclass
class Article:
    """One news report: canonical text plus what ingest learnt about it."""

    id: str
    text: str
    title: str | None = None
    outlet: str | None = None
    published: str | None = None
    url: str | None = None
    path: str | None = None
    byline: str | None = None
    body: list[Span] = field(default_factory=list)
    removed: list[tuple[str, Span]] = field(default_factory=list)

    def body_text(self) -> str:
        return "\n".join(self.text[span.start : span.end] for span in self.body)

    @property
    def label(self) -> str:
        """A short human name: outlet, else title, else path, else id."""
        return self.outlet or self.title or (Path(self.path).name if self.path else self.id)


@dataclass
class IngestResult:
    articles: list[Article]
    warnings: list[str] = field(default_factory=list)


@dataclass
class _RawArticle:
    text: str
    path: str | None = None
    title: str | None = None
    outlet: str | None = None
    published: str | None = None
    url: str | None = None
    name: str | None = None  # how messages name it: a path, "<stdin>", "feed.json item 3"


ArticleInput = str | Path | Mapping[str, Any] | Article
StdinInput = Iterable[str] | Iterable[bytes] | bytes | str
_Reader = Callable[[], Sequence["_RawArticle | Article"]]


@dataclass
class _Ingest:
    """What one `load_articles` call has read so far."""

    limits: Limits
    timeout: float
    stdin: StdinInput | None
    warnings: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)  # inputs skipped, each with why
    raws: list[_RawArticle | Article] = field(default_factory=list)


def canonical_text(raw: str) -> str:
    """The canonical form offsets refer to: a leading BOM dropped, CRLF and CR turned into LF."""
    if raw.startswith("\ufeff"):
        raw = raw[1:]
    return raw.replace("\r\n", "\n").replace("\r", "\n")


def decode_bytes(data: bytes, name: str, warnings: list[str]) -> str:
    """UTF-8; UTF-16 or UTF-32 when a byte-order mark says so; else Windows-1252, with a
    warning. Binary data is refused."""
    for bom, codec, label in _BOMS:
        if data.startswith(bom):
            warnings.append(
                f"{name}: {label} (it starts with a byte-order mark); decoded as {label}, so its "
                "offsets refer to that decoding"
            )
            return data[len(bom) :].decode(codec, errors="replace")
    if b"\x00" in data[:8192]:
        raise InputError(f"{name}: looks like a binary file, not a text article")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        warnings.append(
            f"{name}: not valid UTF-8 (byte {error.start}); decoded as Windows-1252, "
            "so its offsets refer to that decoding"
        )
        return data.decode("cp1252", errors="replace")


def load_articles(
    inputs: ArticleInput | Sequence[ArticleInput],
    *,
    stdin: StdinInput | None = None,
    limits: Limits | None = None,
    timeout: float | None = None,
) -> IngestResult:
    """Read every input into articles with ids S1, S2, ... in input order.

    `inputs` may mix paths (files, directories, globs, `-` for stdin), URLs, already-made
    `Article` objects, and mappings with at least a `text` key. `stdin` replaces standard input
    (str or bytes, or an iterable of either). `timeout` is the deadline in seconds for each URL,
    from connecting to the last byte (default 20). Each file, record and URL is read on its own:
    a bad one among good ones is skipped with a warning naming it; if nothing readable remains,
    `InputError` says why in one line.
    """
    state = _Ingest(limits or Limits(), _deadline_seconds(timeout), stdin)
    items = _as_list(inputs)
    if not items:
        raise InputError("no input given: pass files, directories, globs or - for stdin")
    for index, item in enumerate(items, start=1):
        try:
            readers = _readers(item, index, state)
        except InputError as error:
            state.problems.append(str(error))
            continue
        for reader in readers:
            try:
                state.raws.extend(reader())
            except InputError as error:
                state.problems.append(str(error))
            if len(state.raws) > state.limits.max_articles:
                raise InputError(
                    f"more than {state.limits.max_articles:,} articles: over the limit "
                    "(--max-articles)"
                )
    return _assemble(state)


def _as_list(inputs: object) -> list[object]:
    """The inputs as a list; one input given bare (a path, a mapping, an Article) is a list of
    one, so that a string is never read character by character."""
    if inputs is None:
        return []
    if isinstance(inputs, (str, bytes, os.PathLike, Mapping, Article)) or not isinstance(
        inputs, Iterable
    ):
        return [inputs]
    return list(inputs)


def _assemble(state: _Ingest) -> IngestResult:
    """Number the articles, read their layout, and turn problems into warnings or one error."""
    articles: list[Article] = []
    for raw in state.raws:
        article_id = f"S{len(articles) + 1}"
        if isinstance(raw, Article):
            article = raw
            article.id = article_id
            article.body = article.body or [Span(0, len(article.text))]
            name = article.path or article_id
        else:
            article = _build_article(raw, article_id, state.warnings)
            name = raw.name or raw.path or article_id
        if not article.body_text().strip():
            state.problems.append(f"{name}: no article text")
            continue
        if _truncate(article, state.limits.max_article_chars):
            state.warnings.append(
                f"{article.id} is {len(article.text):,} characters long: only the first "
                f"{state.limits.max_article_chars:,} were read (--max-article-chars)"
            )
        articles.append(article)
    problems = [_shown(problem) for problem in state.problems]
    if not articles:
        if len(problems) == 1:
            raise InputError(problems[0])
        listed = problems[:MAX_LISTED_PROBLEMS] or ["input is empty"]
        more = len(problems) - len(listed)
        raise InputError(
            "no readable articles: " + "; ".join(listed) + (f"; and {more:,} more" if more else "")
        )
    warnings = [_shown(warning) for warning in state.warnings]
    warnings.extend(f"skipped {problem}" for problem in problems)
    return IngestResult(articles, warnings)


def _readers(item: object, index: int, state: _Ingest) -> list[_Reader]:
    """What reading one input means: one reader per file, record set, URL or stdin."""
    if isinstance(item, Article):
        return [lambda: [_checked_article(item, f"input {index}", state.warnings)]]
    if isinstance(item, Mapping):
        return [lambda: [_raw_from_record(item, f"input {index}", state.warnings)]]
    if not isinstance(item, (str, bytes, os.PathLike)):
        raise InputError(
            f"input {index}: {type(item).__name__} is not an input: pass a path, URL, '-', "
            "a mapping with a 'text' field, or an Article"
        )
    argument = os.fsdecode(item)
    if argument == "":
        raise InputError(f"input {index}: an empty argument is not a path")
    if argument == "-":
        return [lambda: _read_stdin(state)]
    if argument.lower().startswith(("http://", "https://")):
        return [lambda: _read_url(argument, state)]
    return [functools.partial(_read_file, path, state) for path in _expand(argument, state)]


# --- files, directories and globs -------------------------------------------------------------


def _expand(argument: str, state: _Ingest) -> list[str]:
    """The regular files an argument names: itself, the files under a directory, or a glob's."""
    if "\x00" in argument:
        raise InputError(f"{argument}: not a path (it holds a NUL character)")
    try:
        mode = os.stat(argument).st_mode
    except OSError as error:
        if glob.has_magic(argument):
            return _glob(argument, state)
        if os.path.islink(argument):
            raise InputError(f"{argument}: a broken link (it points to nothing)") from None
        if isinstance(error, FileNotFoundError):
            raise InputError(f"{argument}: no such file or directory") from None
        raise InputError(f"{argument}: cannot read ({_reason(error)})") from None
    if stat.S_ISREG(mode):
        return [argument]
    if not stat.S_ISDIR(mode):
        raise InputError(f"{argument}: not a regular file ({_file_kind(mode)})")
    files, hidden = _walk(argument, state)
    if not files:
        raise InputError(
            f"{argument}: directory has no files"
            + (f" (only {hidden:,} hidden ones, which are not read)" if hidden else "")
        )
    if hidden:
        state.warnings.append(
            f"{argument}: {hidden:,} hidden file{'s' if hidden > 1 else ''} or folder"
            f"{'s' if hidden > 1 else ''} (name starting with '.') not read"
        )
    return files


def _walk(
    root: str, state: _Ingest, wanted: Callable[[str], bool] | None = None
) -> tuple[list[str], int]:
    """Regular files under `root` that `wanted` accepts, sorted, each real file once, and how
    many hidden entries were left out. A linked folder is followed only when it leads out of the
    tree (not into it, nor to a folder that holds it) and was not seen before, so that links
    never loop. A folder that cannot be listed and anything that is not a regular file are
    named as problems."""
    root_real = os.path.realpath(root)
    seen = {root_real}
    files: list[tuple[str, bool]] = []
    hidden = 0
    pending = [root]
    while pending:
        directory = pending.pop()
        try:
            with os.scandir(directory) as listing:
                entries = sorted(listing, key=lambda entry: entry.name)
        except OSError as error:
            state.problems.append(f"{directory}: cannot read this directory ({_reason(error)})")
            continue
        for entry in entries:
            if entry.name.startswith("."):
                hidden += 1
                continue
            path = os.path.join(directory, entry.name)
            try:
                is_link, mode = entry.is_symlink(), os.stat(path).st_mode
            except OSError as error:
                if wanted is None or wanted(path):
                    why = (
                        "a broken link" if entry.is_symlink() else f"cannot read ({_reason(error)})"
                    )
                    state.problems.append(f"{path}: {why}")
                continue
            if stat.S_ISDIR(mode):
                real = os.path.realpath(path)
                if real in seen or (is_link and _on_one_line(real, root_real)):
                    state.warnings.append(
                        f"{path}: a link to a folder already being read ({real}); not followed, "
                        "so each file is read once"
                    )
                    continue
                seen.add(real)
                pending.append(path)
            elif wanted is not None and not wanted(path):
                continue
            elif stat.S_ISREG(mode):
                files.append((path, is_link))
            else:
                state.problems.append(f"{path}: not a regular file ({_file_kind(mode)})")
    return _once_each(files, state.warnings), hidden


def _on_one_line(path: str, other: str) -> bool:
    """Whether one of two real paths holds the other (a link between them would loop)."""
    return _inside(path, other) or _inside(other, path)


def _inside(path: str, directory: str) -> bool:
    return path == directory or path.startswith(directory.rstrip(os.sep) + os.sep)


def _once_each(files: list[tuple[str, bool]], warnings: list[str]) -> list[str]:
    """Each real file once, sorted; a link to a file already listed is named and left out."""
    chosen: dict[str, tuple[str, bool]] = {}
    left_out: list[tuple[str, str]] = []
    for path, is_link in sorted(files, key=lambda item: Path(item[0]).parts):
        real = os.path.realpath(path)
        if real not in chosen:
            chosen[real] = (path, is_link)
            continue
        kept, kept_is_link = chosen[real]
        if kept_is_link and not is_link:  # prefer the file's own name to a link's
            chosen[real] = (path, is_link)
            kept, path = path, kept
        left_out.append((path, kept))
    warnings.extend(f"{path}: the same file as {kept}; read once" for path, kept in left_out)
    return sorted((path for path, _ in chosen.values()), key=lambda path: Path(path).parts)


def _glob(pattern: str, state: _Ingest) -> list[str]:
    """Files matching a glob. A recursive one (`**`) walks its base folder like a directory
    argument (no link loops, each file once); hidden files match only when named."""
    if "**" in pattern:
        base, parts = _glob_base(pattern)
        if not os.path.isdir(base):
            raise InputError(f"{pattern}: no file matches this pattern")
        rest = tuple(parts)

        def wanted(path: str) -> bool:
            relative = os.path.relpath(path, base).split(os.sep)
            return _glob_matches(tuple(relative), rest)

        files, _ = _walk(base, state, wanted)
        files = [path.removeprefix("." + os.sep) if base == "." else path for path in files]
    else:
        regular: list[tuple[str, bool]] = []
        for match in glob.glob(pattern):
            try:
                mode = os.stat(match).st_mode
            except OSError as error:
                state.problems.append(f"{match}: cannot read ({_reason(error)})")
                continue
            if stat.S_ISREG(mode):
                regular.append((match, os.path.islink(match)))
            elif stat.S_ISDIR(mode):
                state.warnings.append(
                    f"{match}: a folder matched by {pattern}; not read (pass it on its own, or "
                    "use ** to read folders)"
                )
            else:
                state.problems.append(f"{match}: not a regular file ({_file_kind(mode)})")
        files = _once_each(regular, state.warnings)
    if not files:
        raise InputError(f"{pattern}: no file matches this pattern")
    return files


def _glob_base(pattern: str) -> tuple[str, list[str]]:
    """The folder before a pattern's first wildcard, and the pattern's parts after it."""
    parts = pattern.split(os.sep)
    split = next(i for i, part in enumerate(parts) if glob.has_magic(part))
    base = os.sep.join(parts[:split]) or ("." if split == 0 else os.sep)
    return base, parts[split:]


@functools.lru_cache(maxsize=4096)
def _glob_matches(parts: tuple[str, ...], pattern: tuple[str, ...]) -> bool:
    """Whether a relative path matches pattern parts: `**` is any number of folders, `*` does
    not match a leading dot."""
    if not pattern:
        return not parts
    if pattern[0] == "**":
        return any(_glob_matches(parts[i:], pattern[1:]) for i in range(len(parts) + 1))
    if not parts or (parts[0].startswith(".") and not pattern[0].startswith(".")):
        return False
    return fnmatch.fnmatchcase(parts[0], pattern[0]) and _glob_matches(parts[1:], pattern[1:])


def _read_file(path: str, state: _Ingest) -> list[_RawArticle]:
    data = _read_regular_file(path, state.limits.max_input_bytes)
    if not data.strip():
        raise InputError(f"{path}: file is empty")
    text = decode_bytes(data, path, state.warnings)
    raws = _parse(_kind_by_suffix(Path(path).suffix.lower(), text), text, path, state.warnings)
    recorded = _recorded_path(str(Path(path)), state.warnings)
    for raw in raws:
        raw.path = recorded
    return raws


def _kind_by_suffix(suffix: str, text: str) -> str:
    """The suffix decides; only a file without a known one is sniffed (strictly)."""
    for kind, suffixes in (
        ("text", TEXT_SUFFIXES),
        ("html", HTML_SUFFIXES),
        ("json", JSON_SUFFIXES),
        ("jsonl", JSONL_SUFFIXES),
        ("feed", FEED_SUFFIXES),
    ):
        if suffix in suffixes:
            return kind
    return _sniffed_kind(text)


def _sniffed_kind(text: str) -> str:
    """A feed or HTML when the document starts as one, else plain text."""
    if starts_as_feed(text):
        return "feed"
    return "html" if _starts_as_html(text) else "text"


def _parse(kind: str, text: str, name: str, warnings: list[str]) -> list[_RawArticle]:
    """Articles from decoded text of a known kind: text, html, feed, json or jsonl."""
    if kind == "json":
        return _raw_from_json(text, name, warnings)
    if kind == "jsonl":
        return _raw_from_jsonl(text, name, warnings)
    if kind == "feed":
        return _raw_from_feed(text, name, warnings)
    if kind == "html":
        return [_raw_from_html(text, name)]
    return [_RawArticle(canonical_text(text), name=name)]


def _read_regular_file(path: str, max_bytes: int) -> bytes:
    """The bytes of a regular file, at most `max_bytes`. Opened without blocking, so that a FIFO
    or a device is refused instead of waited on."""
    try:
        descriptor = os.open(path, os.O_RDONLY | os.O_NONBLOCK | os.O_CLOEXEC)
    except OSError as error:
        raise InputError(f"{path}: cannot read ({_reason(error)})") from None
    with os.fdopen(descriptor, "rb") as stream:
        info = os.fstat(descriptor)
        if not stat.S_ISREG(info.st_mode):
            raise InputError(f"{path}: not a regular file ({_file_kind(info.st_mode)})")
        size = info.st_size
        try:
            data = stream.read(max_bytes + 1) if size <= max_bytes else b""
        except OSError as error:
            raise InputError(f"{path}: cannot read ({_reason(error)})") from None
    if size > max_bytes or len(data) > max_bytes:
        raise InputError(
            f"{path}: {size_text(max(size, len(data)))}, over the {size_text(max_bytes)} limit "
            "(--max-input-mb)"
        )
    return data


def _recorded_path(path: str, warnings: list[str]) -> str:
    """The path as the brief records it: the real name, unless it is not valid UTF-8 (then its
    odd bytes are written as \\xNN, which JSON and terminals can carry)."""
    if not _SURROGATE.search(path):
        return path
    safe = _SURROGATE.sub(_escape, path)
    warnings.append(
        f"{safe}: the file name is not valid UTF-8; it is recorded with \\x escapes, so give the "
        "file to `summarise verify` yourself"
    )
    return safe


# --- standard input -----------------------------------------------------------------------------


def _read_stdin(state: _Ingest) -> list[_RawArticle]:
    """Standard input, read as bytes and decoded as a file is (or text a caller passed)."""
    data = _stdin_data(state.stdin, state.limits.max_input_bytes)
    if not data.strip():
        raise InputError(f"{STDIN_NAME}: no text on standard input")
    if isinstance(data, bytes):
        text = decode_bytes(data, STDIN_NAME, state.warnings)
    else:
        text = _no_surrogates(data, STDIN_NAME, "text", state.warnings)
    return _raw_from_text_or_json(text, STDIN_NAME, state.warnings)


def _stdin_data(stdin: StdinInput | None, max_bytes: int) -> bytes | str:
    if stdin is None:
        stream = sys.stdin
        if stream is None:
            raise InputError(f"{STDIN_NAME}: there is no standard input")
        source = getattr(stream, "buffer", stream)  # bytes, unless stdin was replaced by text
        try:
            data: bytes | str = source.read(max_bytes + 1)
        except (OSError, ValueError, UnicodeDecodeError) as error:
            raise InputError(f"{STDIN_NAME}: cannot read ({error})") from None
    elif isinstance(stdin, (bytes, bytearray, memoryview)):
        data = bytes(stdin)
    elif isinstance(stdin, str):
        data = stdin
    else:
        data = _joined(stdin)
    if len(data) > max_bytes:
        raise InputError(
            f"{STDIN_NAME}: more than {size_text(max_bytes)}, over the limit (--max-input-mb)"
        )
    return data


def _joined(chunks: Iterable[object]) -> bytes | str:
    """The chunks a caller's `stdin=` yields, all str or all bytes."""
    texts: list[str] = []
    blobs: list[bytes] = []
    for chunk in chunks:
        if isinstance(chunk, str):
            texts.append(chunk)
        elif isinstance(chunk, (bytes, bytearray, memoryview)):
            blobs.append(bytes(chunk))
        else:
            raise InputError(
                f"{STDIN_NAME}: stdin= yielded {type(chunk).__name__}; it must yield str or bytes"
            )
        if texts and blobs:
            raise InputError(f"{STDIN_NAME}: stdin= yielded both str and bytes; give one kind")
    return b"".join(blobs) if blobs else "".join(texts)


def _raw_from_text_or_json(text: str, name: str, warnings: list[str]) -> list[_RawArticle]:
    """Standard input and untyped pages may carry plain text, HTML, a feed, a JSON document or
    JSON lines; each is recognised only by how it starts."""
    stripped = text.lstrip("\ufeff \t\r\n")
    if _JSON_START.match(stripped):
        first_line = stripped.splitlines()[0].strip()
        if stripped.startswith("{") and first_line.endswith("}") and "\n{" in stripped:
            return _raw_from_jsonl(text, name, warnings)
        return _raw_from_json(text, name, warnings)
    return _parse(_sniffed_kind(text), text, name, warnings)


def _starts_as_html(text: str) -> bool:
    """A document that starts as HTML, not prose that mentions a tag."""
    return _HTML_START.match(text.lstrip("\ufeff \t\r\n")[:65_536]) is not None


# --- URLs ---------------------------------------------------------------------------------------


def _read_url(url: str, state: _Ingest) -> list[_RawArticle]:
    """Fetch a page within the deadline; its content type says what it is (HTML, a feed, JSON,
    text), and only a page without one (or with a generic one) is sniffed."""
    shown = redact(strip_credentials(url))
    max_bytes = min(MAX_URL_BYTES, state.limits.max_input_bytes)
    data, content_type, charset = fetch(url, shown, timeout=state.timeout, max_bytes=max_bytes)
    if not data.strip():
        raise InputError(f"{shown}: empty response")
    text = _decode_page(data, charset, shown, state.warnings)
    kind = _kind_by_content_type(content_type, text)
    if kind is None:
        raise InputError(f"{shown}: the server says it is {content_type}, not a text or HTML page")
    raws = _parse(kind, text, shown, state.warnings)
    for raw in raws:
        raw.path = None
        raw.url = raw.url or strip_credentials(url)
    return raws


def _kind_by_content_type(content_type: str | None, text: str) -> str | None:
    """The content type decides; a page without one (or with a generic one) is sniffed
    strictly. None: not text at all (an image, a PDF ...)."""
    if content_type in {"text/html", "application/xhtml+xml"}:
        return "html"
    if content_type in {"application/rss+xml", "application/atom+xml", "application/rdf+xml"}:
        return "feed"
    if content_type in {"application/x-ndjson", "application/jsonl", "application/jsonlines"}:
        return "jsonl"
    if content_type is not None and content_type.endswith(("/json", "+json")):
        return "json"
    if (
        content_type is None
        or content_type == "application/octet-stream"
        or content_type.endswith(("/xml", "+xml"))
    ):
        return _sniffed_kind(text)
    return "text" if content_type.startswith("text/") else None


def _decode_page(data: bytes, charset: str | None, shown: str, warnings: list[str]) -> str:
    if charset and charset not in {"utf-8", "utf8"}:
        try:
            text = data.decode(charset, errors="replace")
        except (LookupError, UnicodeError, ValueError, TypeError):
            warnings.append(
                f"{shown}: the character set {charset!r} is unknown (or not text); read as UTF-8 "
                "(else Windows-1252) instead"
            )
        else:
            return _no_surrogates(text, shown, "text", warnings)
    return decode_bytes(data, shown, warnings)


# --- feeds --------------------------------------------------------------------------------------


def _raw_from_feed(text: str, name: str, warnings: list[str]) -> list[_RawArticle]:
    """One article per RSS or Atom entry with text (see `summarise.feeds`)."""
    return [
        _RawArticle(
            canonical_text(entry.text),
            title=entry.title,
            outlet=entry.outlet,
            published=entry.published,
            url=entry.url,
            name=entry.name,
        )
        for entry in read_feed(text, name, warnings)
    ]


# --- JSON ---------------------------------------------------------------------------------------


def _parse_json(text: str, name: str) -> Any:
    try:
        return json.loads(text)
    except json.JSONDecodeError as error:
        raise InputError(f"{name}: malformed JSON ({error.msg} at line {error.lineno})") from None
    except RecursionError:
        raise InputError(f"{name}: JSON nested too deeply to read") from None
    except ValueError as error:  # e.g. an integer of more than 4,300 digits
        raise InputError(f"{name}: malformed JSON ({error})") from None


def _raw_from_json(text: str, name: str, warnings: list[str]) -> list[_RawArticle]:
    """One article object, a list of them, or {"articles": [...]}: each record on its own."""
    document = _parse_json(text, name)
    if isinstance(document, Mapping) and isinstance(document.get("articles"), list):
        document = document["articles"]
    records = document if isinstance(document, list) else [document]
    if not records:
        raise InputError(f"{name}: JSON holds no articles")
    raws: list[_RawArticle] = []
    bad: list[str] = []
    for number, record in enumerate(records, start=1):
        try:
            raws.append(_raw_from_record(record, f"{name} item {number}", warnings))
        except InputError as error:
            bad.append(str(error))
    if not raws:
        raise InputError(
            bad[0]
            if len(bad) == 1
            else f"{name}: no valid articles ({bad[0]}; {len(bad) - 1:,} more bad)"
        )
    warnings.extend(f"skipped {problem}" for problem in bad)
    return raws


def _raw_from_jsonl(text: str, name: str, warnings: list[str]) -> list[_RawArticle]:
    raws: list[_RawArticle] = []
    bad: list[str] = []
    for number, line in enumerate(canonical_text(text).split("\n"), start=1):
        if not line.strip():
            continue
        where = f"{name} line {number}"
        try:
            raws.append(_raw_from_record(_parse_json(line, where), where, warnings))
        except InputError as error:
            bad.append(str(error))
    if not raws:
        raise InputError(
            bad[0] if len(bad) == 1 else f"{name}: no valid JSON lines ({len(bad)} bad)"
        )
    warnings.extend(f"skipped {problem}" for problem in bad)
    return raws


def _raw_from_record(record: object, name: str, warnings: list[str]) -> _RawArticle:
    """One article from a JSON object or a caller's mapping: `text` must be a non-empty string;
    a metadata field of the wrong type is left out and named."""
    if not isinstance(record, Mapping):
        raise InputError(
            f'{name}: expected a JSON object with a "text" field, not {_type_name(record)}'
        )
    text = record.get("text")
    if text is None:
        raise InputError(f'{name}: no "text" field with article text')
    if not isinstance(text, str):
        raise InputError(f'{name}: "text" is {_type_name(text)}, not a string')
    if not text.strip():
        raise InputError(f'{name}: "text" is empty')
    return _RawArticle(
        canonical_text(_no_surrogates(text, name, "text", warnings)),
        title=_string_field(record, "title", name, warnings),
        outlet=_string_field(record, "outlet", name, warnings)
        or _string_field(record, "source", name, warnings),
        published=_date_field(record, "published", name, warnings)
        or _date_field(record, "date", name, warnings),
        url=_string_field(record, "url", name, warnings),
        name=name,
    )


def _string_field(
    record: Mapping[str, Any], key: str, name: str, warnings: list[str]
) -> str | None:
    value = record.get(key)
    if value is None:
        return None
    if not isinstance(value, str):
        warnings.append(f'{name}: "{key}" is {_type_name(value)}, not a string; left out')
        return None
    return _no_surrogates(value, name, key, warnings).strip() or None


def _date_field(record: Mapping[str, Any], key: str, name: str, warnings: list[str]) -> str | None:
    """A date string, or a number of seconds (or milliseconds) since 1970, as Unix time."""
    value = record.get(key)
    if not isinstance(value, (int, float)) or isinstance(value, bool):
        return _string_field(record, key, name, warnings)
    seconds = value / 1000 if abs(value) >= 100_000_000_000 else value
    try:
        return datetime.fromtimestamp(seconds, tz=UTC).date().isoformat()
    except (OverflowError, OSError, ValueError):
        warnings.append(f'{name}: "{key}" is {value!r}, not a date; left out')
        return None


def _checked_article(article: Article, name: str, warnings: list[str]) -> Article:
    """A caller's `Article`, checked at the door and copied (the caller's object is not changed):
    text must be a string, spans must lie inside it, metadata must be strings."""
    if not isinstance(article.text, str):
        raise InputError(f"{name}: Article.text is {_type_name(article.text)}, not a string")
    text = _no_surrogates(article.text, name, "text", warnings)
    try:
        body, removed = list(article.body or []), list(article.removed or [])
    except TypeError:
        raise InputError(f"{name}: Article.body and Article.removed must be lists") from None
    checked = replace(article, text=text, body=body, removed=removed)
    for key in ("title", "outlet", "published", "url", "path", "byline"):
        value = getattr(checked, key)
        if value is not None and not isinstance(value, str):
            warnings.append(f"{name}: Article.{key} is {_type_name(value)}, not a string; left out")
            setattr(checked, key, None)
        elif value is not None:
            setattr(checked, key, _no_surrogates(value, name, key, warnings))
    spans = [
        *body,
        *(entry[1] if isinstance(entry, tuple) and len(entry) == 2 else entry for entry in removed),
    ]
    for span in spans:
        if not (
            isinstance(span, Span)
            and isinstance(span.start, int)
            and isinstance(span.end, int)
            and 0 <= span.start <= span.end <= len(text)
        ):
            raise InputError(f"{name}: span {span!r} lies outside the article's text")
    return checked


# --- HTML ---------------------------------------------------------------------------------------


def _raw_from_html(html: str, name: str) -> _RawArticle:
    import trafilatura  # deferred: only HTML input pays for it

    markup = _without_bulk(html)
    if len(markup) > MAX_HTML_MARKUP_CHARS:
        raise InputError(
            f"{name}: {len(markup):,} characters of HTML markup once scripts, styles and images "
            f"are set aside, over the {MAX_HTML_MARKUP_CHARS:,}-character limit for finding the "
            "article in a page"
        )
    try:
        document = trafilatura.bare_extraction(markup, with_metadata=True, favor_recall=True)
    except Exception as error:  # a parser's failure on hostile markup is bad input
        raise InputError(
            f"{name}: this HTML could not be parsed ({type(error).__name__})"
        ) from None
    text = getattr(document, "text", None) if document is not None else None
    if not text or not text.strip():
        raise InputError(f"{name}: no article text found in this HTML page")
    if not any(len(line.split()) >= MIN_PROSE_WORDS for line in text.splitlines()):
        raise InputError(f"{name}: no article text in this HTML page (only menus or short labels)")
    title = getattr(document, "title", None)
    text = canonical_text(text)
    if title and text.startswith(title + "\n"):
        text = text[len(title) + 1 :]  # trafilatura repeats the <h1>; keep it as the title only
    return _RawArticle(
        text,
        title=title,
        outlet=getattr(document, "sitename", None),
        published=getattr(document, "date", None),
        url=getattr(document, "url", None),
        name=name,
    )


def _without_bulk(html: str) -> str:
    """The page without what holds no article text but can make up most of a huge page's bytes:
    scripts (JSON-LD metadata is kept), styles, inline SVG, comments and long data: URIs. One
    pass with `find`-like searches, so hostile markup (unclosed tags) stays linear."""
    kept: list[str] = []
    position = 0
    while (opening := _BULK_OPEN.search(html, position)) is not None:
        tag = (opening.group(1) or "").lower()
        tag_end = html.find(">", opening.end())
        if tag == "script" and tag_end >= 0 and "ld+json" in html[opening.end() : tag_end].lower():
            kept.append(html[position : opening.end()])
            position = opening.end()
            continue
        kept.append(html[position : opening.start()])
        closing = _BULK_CLOSE[tag].search(html, opening.end()) if tag_end >= 0 else None
        position = closing.end() if closing else len(html)
    kept.append(html[position:])
    return _DATA_URI.sub(r"\1", "".join(kept))


# --- articles -----------------------------------------------------------------------------------


def _build_article(raw: _RawArticle, article_id: str, warnings: list[str]) -> Article:
    article = Article(
        id=article_id,
        text=raw.text,
        title=raw.title,
        outlet=raw.outlet,
        url=raw.url,
        path=raw.path,
    )
    if raw.published:
        parsed = parse_date(raw.published)
        article.published = parsed.isoformat() if parsed else None
        if parsed is None:
            warnings.append(
                f"{raw.name or raw.path or article_id}: date {raw.published[:80]!r} not "
                "understood; left out"
            )
    _read_layout(article, detect_title=raw.title is None)
    if article.outlet is None and article.url:
        article.outlet = _host(article.url)
    return article


def _host(url: str) -> str | None:
    """'example.org' for 'https://www.example.org/a' (no user name, no password)."""
    try:
        host = urlsplit(url).netloc.rpartition("@")[2]
    except ValueError:
        return None
    return host.removeprefix("www.") or None


# --- small helpers ------------------------------------------------------------------------------


def _deadline_seconds(timeout: float | None) -> float:
    seconds = seconds_setting("timeout", timeout)
    return URL_TIMEOUT_SECONDS if seconds is None else seconds


def _no_surrogates(text: str, name: str, key: str, warnings: list[str]) -> str:
    """Lone surrogates (a JSON "\\udc00" escape) cannot be written as UTF-8: each becomes U+FFFD,
    and a warning says the canonical text differs from the input there."""
    count = len(_SURROGATE.findall(text))
    if not count:
        return text
    warnings.append(
        f'{name}: "{key}" holds {count:,} lone surrogate{"s" if count > 1 else ""} (such as a '
        'JSON "\\udc00" escape), which no UTF-8 text can carry; each became U+FFFD, so the '
        "canonical text differs from the input there"
    )
    return _SURROGATE.sub("\ufffd", text)


def _shown(text: str) -> str:
    """`text` safe to print on one line: control characters, bidirectional overrides and the
    surrogates of a non-UTF-8 file name written as \\xNN or \\uNNNN."""
    return _UNSHOWABLE.sub(_escape, text)


def _escape(match: re.Match[str]) -> str:
    code = ord(match.group())
    if 0xDC80 <= code <= 0xDCFF:  # a byte that was not UTF-8 (os.fsdecode's surrogateescape)
        return f"\\x{code - 0xDC00:02x}"
    return f"\\x{code:02x}" if code <= 0xFF else f"\\u{code:04x}"


def _reason(error: OSError) -> str:
    return error.strerror or str(error)


def _file_kind(mode: int) -> str:
    kinds = (
        (stat.S_ISFIFO, "a FIFO: pipe it into - instead"),
        (stat.S_ISSOCK, "a socket"),
        (stat.S_ISCHR, "a character device"),
        (stat.S_ISBLK, "a block device"),
        (stat.S_ISDIR, "a directory"),
    )
    return next((kind for test, kind in kinds if test(mode)), "not a file")


def _type_name(value: object) -> str:
    """A JSON-minded name for a value's type: 'a number', 'a boolean', 'null'."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, (int, float)):
        return "a number"
    if isinstance(value, (list, tuple)):
        return "a list"
    if isinstance(value, Mapping):
        return "an object"
    if isinstance(value, (bytes, bytearray)):
        return "bytes"
    return f"a {type(value).__name__}"


def _truncate(article: Article, max_chars: int) -> bool:
    """Keep the body to its first `max_chars` characters (cut at white space); the rest is
    recorded in `article.removed`. Offsets into the full text stay exact."""
    if sum(span.end - span.start for span in article.body) <= max_chars:
        return False
    kept: list[Span] = []
    left = max_chars
    for span in article.body:
        if left <= 0:
            break
        end = span.start + min(left, span.end - span.start)
        if end < span.end:
            space = article.text.rfind(" ", span.start, end)
            end = space if space > span.start else end
        kept.append(Span(span.start, end))
        left -= end - span.start
    cut = kept[-1].end if kept else 0
    article.body = kept
    article.removed.append(("beyond the length limit", Span(cut, len(article.text))))
    return True


def _lines(text: str) -> Iterator[tuple[int, int]]:
    position = 0
    for line in text.split("\n"):
        yield position, position + len(line)
        position += len(line) + 1


def _read_layout(article: Article, *, detect_title: bool) -> None:
    """Split the text into metadata lines, removed lines and body lines."""
    text = article.text
    lines = [(start, end) for start, end in _lines(text) if text[start:end].strip()]
    kinds: dict[int, str] = {}  # line index -> why it is not body

    # Header: metadata lines at the top, and a title line.
    for index, (start, end) in enumerate(lines[:MAX_HEADER_LINES]):
        kind = _header_kind(article, text[start:end].strip())
        if kind is None:
            line = text[start:end].strip()
            if detect_title and article.title is None and _is_title(line, lines, index, text):
                article.title = line
                kinds[index] = "title"
                continue
            break
        kinds[index] = kind

    # Footer: links, "Source link", agency signatures at the bottom.
    for index in range(len(lines) - 1, max(-1, len(lines) - 1 - MAX_FOOTER_LINES), -1):
        if index in kinds:
            break
        kind = _footer_kind(article, text[lines[index][0] : lines[index][1]].strip())
        if kind is None:
            break
        kinds[index] = kind

    # Anywhere: boilerplate lines, photo credits and the captions next to them.
    for index, (start, end) in enumerate(lines):
        if index in kinds:
            continue
        line = text[start:end].strip()
        if _BOILERPLATE.match(line) or _SEPARATOR.match(line):
            kinds[index] = "boilerplate"
        elif _CREDIT.match(line) and len(line) < 160:
            kinds[index] = "photo credit"
            if index > 0 and index - 1 not in kinds and _is_caption(text, lines[index - 1]):
                kinds[index - 1] = "photo caption"
        elif index > 0 and _CAPTION_CREDIT_TAIL.search(line) and not line.endswith((".", '"')):
            kinds[index] = "photo caption"

    for index, (start, end) in enumerate(lines):
        kind = kinds.get(index)
        span = Span(start, end)
        if kind is None:
            article.body.append(span)
        elif kind in {
            "photo caption",
            "photo credit",
            "boilerplate",
            "signature",
            "byline",
            "wire credit",
        }:
            article.removed.append((kind, span))
    _merge_body(article)


def _merge_body(article: Article) -> None:
    """Join body lines that are adjacent in the text into one region (keeps paragraphs whole)."""
    merged: list[Span] = []
    for span in article.body:
        if merged and not article.text[merged[-1].end : span.start].strip():
            merged[-1] = Span(merged[-1].start, span.end)
        else:
            merged.append(span)
    article.body = merged


def _header_kind(article: Article, line: str) -> str | None:
    if _SEPARATOR.match(line) or _BOILERPLATE.match(line):
        return "boilerplate"
    if match := _DATE_LINE.match(line):
        parsed = parse_date(match.group("value"))
        if parsed:
            article.published = article.published or parsed.isoformat()
            return "date"
    if (match := _BYLINE.match(line)) and not line.rstrip().endswith("."):
        article.byline = match.group("value")
        return "byline"
    if len(line) < 60 and (parsed := parse_date(line)) and _only_a_date(line):
        article.published = article.published or parsed.isoformat()
        return "date"
    if len(line) < 60 and (match := _OUTLET_DATE.match(line)):
        parsed = parse_date(match.group("date"))
        if parsed:
            article.outlet = article.outlet or match.group("outlet").strip()
            article.published = article.published or parsed.isoformat()
            return "outlet"
    if match := _URL_LINE.match(line):
        article.url = article.url or match.group("url")
        return "link"
    return None


def _only_a_date(line: str) -> bool:
    """'Thursday, July 14, 2005', '2024-02-08': a date line with nothing else on it."""
    rest = re.sub(
        r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|jan\w*|feb\w*|mar\w*|"
        r"apr\w*|may|june?|july?|aug\w*|sep\w*|oct\w*|nov\w*|dec\w*|\d+(?:st|nd|rd|th)?|of|"
        r"updated|published)\b|[\s,./:-]",
        "",
        line,
        flags=re.IGNORECASE,
    )
    return not rest


def _footer_kind(article: Article, line: str) -> str | None:
    if match := _URL_LINE.match(line):
        article.url = article.url or match.group("url")
        return "link"
    if _READ_MORE.match(line) or _BOILERPLATE.match(line) or _SEPARATOR.match(line):
        return "boilerplate"
    if _SIGNATURE.match(line):
        article.byline = article.byline or line
        return "signature"
    if _WIRE_CREDIT.match(line):
        return "wire credit"
    return None


def _is_title(line: str, lines: list[tuple[int, int]], index: int, text: str) -> bool:
    """A first content line that reads as a headline, not as the article's first sentence."""
    if len(line) > MAX_TITLE_CHARS or line.endswith((".", ",", ";", ":")):
        return False
    if len(line.split()) < 3:
        return False
    following = lines[index + 1 : index + 2]
    if not following:
        return False
    next_line = text[following[0][0] : following[0][1]].strip()
    return _CREDIT.match(next_line) is None  # a line right above a photo credit is a caption


def _is_caption(text: str, line: tuple[int, int]) -> bool:
    content = text[line[0] : line[1]].strip()
    return 0 < len(content) <= 300 and not content.endswith(":")
