"""Read news articles from files, directories, globs, stdin, JSON/JSONL and HTML.

Each article keeps its canonical text (UTF-8, `\\n` newlines, a leading byte-order mark dropped,
nothing else changed) so that every offset into it stays true. Loose metadata that real files
carry in their first and last lines (a title line, `date 2024-02-08`, `The Guardian-Feb8th2024`,
`by: ...`, `Read more on original: URL`, `Source link`, photo credits and captions) is read into
fields and kept out of the article body; what is kept out is listed, never silently lost.
"""

from __future__ import annotations

import glob
import json
import re
import sys
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

from .config import Limits
from .dates import parse_date
from .errors import InputError
from .segment import Span

TEXT_SUFFIXES = {".txt", ".text", ".md", ""}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSON_SUFFIXES = {".json"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
MAX_HEADER_LINES = 8
MAX_FOOTER_LINES = 6
MAX_TITLE_CHARS = 200
URL_TIMEOUT_SECONDS = 20
MIN_PROSE_WORDS = 6  # an HTML page with no line this long is navigation, not an article
MAX_URL_BYTES = 10_000_000
USER_AGENT = "summarise (+https://pypi.org/project/summarise/)"

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
_READ_MORE = re.compile(r"^\s*(?:read more(?: on original)?|original article|source)\s*:\s*$", re.I)


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


ArticleInput = str | Path | Mapping[str, Any] | Article


def canonical_text(raw: str) -> str:
    """The canonical form offsets refer to: a leading BOM dropped, CRLF and CR turned into LF."""
    if raw.startswith("\ufeff"):
        raw = raw[1:]
    return raw.replace("\r\n", "\n").replace("\r", "\n")


def decode_bytes(data: bytes, name: str, warnings: list[str]) -> str:
    """UTF-8, else Windows-1252 with a warning; binary data is refused."""
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
    inputs: Sequence[ArticleInput],
    *,
    stdin: Iterable[str] | None = None,
    limits: Limits | None = None,
) -> IngestResult:
    """Read every input into articles with ids S1, S2, ... in input order.

    `inputs` may mix paths (files, directories, globs, `-` for stdin), already-made `Article`
    objects, and mappings with at least a `text` key. A bad input among good ones is skipped with
    a warning naming it; if nothing readable remains, `InputError` says why in one line.
    """
    limits = limits or Limits()
    if not inputs:
        raise InputError("no input given: pass files, directories, globs or - for stdin")
    warnings: list[str] = []
    problems: list[str] = []
    raws: list[_RawArticle | Article] = []
    for item in inputs:
        try:
            if isinstance(item, Article):
                raws.append(item)
            elif isinstance(item, Mapping):
                raws.append(_raw_from_record(item, "article", None))
            elif str(item) == "-":
                text = "".join(stdin if stdin is not None else sys.stdin)
                raws.extend(_raw_from_text_or_json(text, "<stdin>", None, warnings))
            elif str(item).startswith(("http://", "https://")):
                raws.append(_read_url(str(item), warnings))
            else:
                for path in _expand(str(item)):
                    raws.extend(_read_file(path, warnings, limits.max_input_bytes))
        except InputError as error:
            problems.append(str(error))
        if len(raws) > limits.max_articles:
            raise InputError(
                f"more than {limits.max_articles:,} articles: over the limit (--max-articles)"
            )
    articles: list[Article] = []
    for raw in raws:
        if isinstance(raw, Article):
            article = raw
            article.id = f"S{len(articles) + 1}"
            if not article.body:
                article.body = [Span(0, len(article.text))]
        else:
            article = _build_article(raw, f"S{len(articles) + 1}")
        if not article.body_text().strip():
            problems.append(f"{article.path or article.id}: no article text")
            continue
        if _truncate(article, limits.max_article_chars):
            warnings.append(
                f"{article.id} is {len(article.text):,} characters long: only the first "
                f"{limits.max_article_chars:,} were read (--max-article-chars)"
            )
        articles.append(article)
    if not articles:
        if len(problems) == 1:
            raise InputError(problems[0])
        raise InputError("no readable articles: " + "; ".join(problems or ["input is empty"]))
    warnings.extend(f"skipped {problem}" for problem in problems)
    return IngestResult(articles, warnings)


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


def _expand(argument: str) -> list[Path]:
    path = Path(argument)
    if path.is_dir():
        files = sorted(
            candidate
            for candidate in path.rglob("*")
            if candidate.is_file()
            and not any(part.startswith(".") for part in candidate.relative_to(path).parts)
        )
        if not files:
            raise InputError(f"{argument}: directory has no files")
        return files
    if path.is_file():
        return [path]
    if any(char in argument for char in "*?["):
        matches = sorted(Path(match) for match in glob.glob(argument, recursive=True))
        files = [match for match in matches if match.is_file()]
        if not files:
            raise InputError(f"{argument}: no file matches this pattern")
        return files
    raise InputError(f"{argument}: no such file or directory")


def _read_file(path: Path, warnings: list[str], max_bytes: int) -> list[_RawArticle]:
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise InputError(
                f"{path}: {size / 1e6:,.1f} MB, over the {max_bytes / 1e6:,.0f} MB limit "
                "(--max-input-mb)"
            )
        data = path.read_bytes()
    except OSError as error:
        raise InputError(f"{path}: cannot read ({error.strerror or error})") from None
    if not data.strip():
        raise InputError(f"{path}: file is empty")
    text = decode_bytes(data, str(path), warnings)
    suffix = path.suffix.lower()
    if suffix in JSON_SUFFIXES:
        return _raw_from_json(text, str(path))
    if suffix in JSONL_SUFFIXES:
        return _raw_from_jsonl(text, str(path), warnings)
    if suffix in HTML_SUFFIXES or _looks_like_html(text):
        return [_raw_from_html(text, str(path))]
    return [_RawArticle(canonical_text(text), path=str(path))]


def _read_url(url: str, warnings: list[str]) -> _RawArticle:
    """Fetch a page and extract its article (HTML), or take it as text."""
    import urllib.error
    import urllib.request

    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT})
    try:
        with urllib.request.urlopen(request, timeout=URL_TIMEOUT_SECONDS) as response:
            data = response.read(MAX_URL_BYTES + 1)
            content_type = response.headers.get_content_type()
            charset = response.headers.get_content_charset()
    except urllib.error.HTTPError as error:
        raise InputError(f"{url}: HTTP {error.code} {error.reason}") from None
    except (urllib.error.URLError, TimeoutError, OSError) as error:
        reason = getattr(error, "reason", error)
        raise InputError(f"{url}: cannot fetch ({reason})") from None
    if len(data) > MAX_URL_BYTES:
        raise InputError(f"{url}: page is larger than {MAX_URL_BYTES // 1_000_000} MB")
    if not data.strip():
        raise InputError(f"{url}: empty response")
    if charset and charset.lower() not in {"utf-8", "utf8"}:
        text = data.decode(charset, errors="replace")
    else:
        text = decode_bytes(data, url, warnings)
    if content_type in {"text/html", "application/xhtml+xml"} or _looks_like_html(text):
        raw = _raw_from_html(text, url)
    else:
        raw = _RawArticle(canonical_text(text))
    raw.path = None
    raw.url = raw.url or url
    return raw


def _raw_from_text_or_json(
    text: str, name: str, path: str | None, warnings: list[str]
) -> list[_RawArticle]:
    """Stdin may carry plain text, HTML, a JSON document or JSON lines."""
    if not text.strip():
        raise InputError(f"{name}: no text on standard input")
    stripped = text.lstrip("\ufeff \t\r\n")
    if stripped.startswith(("{", "[")):
        first_line = stripped.splitlines()[0].strip()
        if stripped.startswith("{") and first_line.endswith("}") and "\n{" in stripped:
            return _raw_from_jsonl(text, name, warnings)
        return _raw_from_json(text, name)
    if _looks_like_html(text):
        return [_raw_from_html(text, name)]
    return [_RawArticle(canonical_text(text), path=path)]


def _raw_from_json(text: str, name: str) -> list[_RawArticle]:
    try:
        document = json.loads(text)
    except json.JSONDecodeError as error:
        raise InputError(f"{name}: malformed JSON ({error.msg} at line {error.lineno})") from None
    if isinstance(document, Mapping) and isinstance(document.get("articles"), list):
        document = document["articles"]
    records = document if isinstance(document, list) else [document]
    if not records:
        raise InputError(f"{name}: JSON holds no articles")
    return [
        _raw_from_record(record, f"{name} item {i + 1}", name) for i, record in enumerate(records)
    ]


def _raw_from_jsonl(text: str, name: str, warnings: list[str]) -> list[_RawArticle]:
    raws: list[_RawArticle] = []
    bad: list[str] = []
    for number, line in enumerate(canonical_text(text).split("\n"), start=1):
        if not line.strip():
            continue
        try:
            raws.append(_raw_from_record(json.loads(line), f"{name} line {number}", name))
        except json.JSONDecodeError as error:
            bad.append(f"{name} line {number}: malformed JSON ({error.msg})")
        except InputError as error:
            bad.append(str(error))
    if not raws:
        raise InputError(
            bad[0] if len(bad) == 1 else f"{name}: no valid JSON lines ({len(bad)} bad)"
        )
    warnings.extend(f"skipped {problem}" for problem in bad)
    return raws


def _raw_from_record(record: object, name: str, path: str | None) -> _RawArticle:
    if not isinstance(record, Mapping):
        raise InputError(f'{name}: expected a JSON object with a "text" field')
    text = record.get("text")
    if not isinstance(text, str) or not text.strip():
        raise InputError(f'{name}: no "text" field with article text')

    def optional(key: str) -> str | None:
        value = record.get(key)
        return str(value).strip() or None if value is not None else None

    return _RawArticle(
        canonical_text(text),
        path=path,
        title=optional("title"),
        outlet=optional("outlet") or optional("source"),
        published=optional("published") or optional("date"),
        url=optional("url"),
    )


def _looks_like_html(text: str) -> bool:
    head = text.lstrip()[:500].lower()
    return head.startswith(("<!doctype html", "<html")) or ("<body" in head and "</" in text)


def _raw_from_html(html: str, name: str) -> _RawArticle:
    import trafilatura  # deferred: only HTML input pays for it

    document = trafilatura.bare_extraction(html, with_metadata=True, favor_recall=True)
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
        path=name if not name.startswith("<") else None,
        title=title,
        outlet=getattr(document, "sitename", None),
        published=getattr(document, "date", None),
        url=getattr(document, "url", None),
    )


def _build_article(raw: _RawArticle, article_id: str) -> Article:
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
    _read_layout(article, detect_title=raw.title is None)
    if article.outlet is None and article.url:
        article.outlet = urlparse(article.url).netloc.removeprefix("www.") or None
    return article


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
        elif kind in {"photo caption", "photo credit", "boilerplate", "signature", "byline"}:
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
