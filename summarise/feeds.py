"""Read RSS and Atom feeds: each entry with text becomes one article.

feedparser only ever parses text that ingest has already read within its deadlines and size
limits: it is handed a byte stream, never a URL or a path, so it fetches and opens nothing.
An entry's text is its full content, else its summary; feed content is HTML, made plain by
trafilatura, or by stripping the tags where trafilatura finds nothing in a short fragment.
An entry without text is skipped and named; a feed with none is one clear error.
"""

from __future__ import annotations

import html
import io
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from html.parser import HTMLParser
from typing import Any

from .dates import parse_date
from .errors import InputError

# trafilatura needs about 6 s per MB of dense markup (see ingest.MAX_HTML_MARKUP_CHARS): past this
# much entry markup in one feed, every entry of it is made plain by stripping its tags instead.
MAX_EXTRACTION_CHARS = 5_000_000
# feedparser reads (and sanitises) dense entry markup at about 0.5 MB a second: a feed past this
# is refused rather than parsed for minutes (an ordinary feed is well under 1 MB).
MAX_FEED_CHARS = 20_000_000
MAX_SHOWN_TITLE_CHARS = 60  # of an entry's title in the messages that name it
MAX_SHOWN_PROBLEM_CHARS = 160

# A document that starts as a feed: after a BOM, white space, an XML declaration, comments,
# processing instructions (an xml-stylesheet) and a doctype, an <rss>, <feed> or <rdf:RDF> element.
_FEED_START = re.compile(
    r"(?:<\?xml[^>]*>\s*)?(?:(?:<!--.*?-->|<\?[^>]*>|<!doctype[^>\[]*(?:\[[^\]]*\])?\s*>)\s*)*"
    r"<(?:rss|feed|rdf:RDF)[\s>/]",
    re.IGNORECASE | re.DOTALL,
)
_ISO_DAY = re.compile(r"\s*(\d{4}-\d{2}-\d{2})(?:[T\s]|$)")
_BLOCK_TAGS = frozenset(
    "address article aside blockquote br dd div dl dt figcaption figure footer h1 h2 h3 h4 h5 h6 "
    "header hr li main nav ol p pre section table tbody td th thead tr ul".split()
)
_SKIPPED_TAGS = frozenset({"script", "style", "template", "noscript"})
_ANY_TAG = re.compile(r"<[^>]*>")


@dataclass
class FeedEntry:
    """One entry of a feed, as an article: plain text (not starting with the title), and the
    metadata ingest records. `published` is an ISO date when it could be read, else the date
    as the feed wrote it (ingest names a date it cannot read and leaves it out)."""

    text: str
    name: str  # how messages name it: 'feed.xml entry 3 ("Title")'
    title: str | None = None
    url: str | None = None
    published: str | None = None
    outlet: str | None = None


def starts_as_feed(text: str) -> bool:
    """Whether a document starts as an RSS, Atom or RSS 1.0 (RDF) feed."""
    return _FEED_START.match(text.lstrip("\ufeff \t\r\n")[:65_536]) is not None


def read_feed(text: str, name: str, warnings: list[str]) -> list[FeedEntry]:
    """The entries with text of the feed `text` (already decoded), in feed order. Entries
    without text are named in `warnings`, as is a malformed feed whose entries could still be
    read; a feed with no entry with text is an `InputError`."""
    if len(text) > MAX_FEED_CHARS:
        raise InputError(
            f"{name}: {len(text):,} characters, over the {MAX_FEED_CHARS:,}-character limit for "
            "reading a feed"
        )
    import feedparser  # deferred: only feed input pays for it

    # Declared as UTF-8 (which the stream is): an encoding named in the XML declaration refers
    # to bytes ingest has already decoded.
    try:
        parsed = feedparser.parse(
            io.BytesIO(text.encode("utf-8", errors="replace")),
            response_headers={"content-type": "application/xml; charset=utf-8"},
            resolve_relative_uris=False,
            sanitize_html=True,
        )
    except Exception as error:  # a parser's failure on hostile markup is bad input
        raise InputError(
            f"{name}: this feed could not be parsed ({type(error).__name__})"
        ) from None
    problem = _malformation(parsed)
    raw_entries = parsed.get("entries") or []
    if not raw_entries:
        if problem:
            raise InputError(f"{name}: not a readable feed ({problem})")
        raise InputError(f"{name}: feed has no entries")
    feed_title = _plain_title(parsed.get("feed", {}).get("title_detail"))
    to_text = _html_to_text if _markup_size(raw_entries) <= MAX_EXTRACTION_CHARS else _stripped
    entries: list[FeedEntry] = []
    skipped: list[str] = []
    for number, raw in enumerate(raw_entries, start=1):
        title = _plain_title(raw.get("title_detail"))
        shown = f"{name} entry {number}"
        if title:
            short = (
                title
                if len(title) <= MAX_SHOWN_TITLE_CHARS
                else title[: MAX_SHOWN_TITLE_CHARS - 1] + "…"
            )
            shown += f' ("{short}")'
        body = _entry_text(raw, to_text)
        if title and body.startswith(title + "\n"):
            body = body[len(title) + 1 :]  # content that repeats the headline: keep it as title
        if not body.strip() or body.strip() == title:
            skipped.append(f"{shown}: no text")
            continue
        source = raw.get("source")
        outlet = _source_title(source) if isinstance(source, dict) else None
        link = raw.get("link")
        entries.append(
            FeedEntry(
                body,
                shown,
                title=title,
                url=(link.strip() or None) if isinstance(link, str) else None,
                published=_entry_date(raw),
                outlet=outlet or feed_title,
            )
        )
    if not entries:
        more = f" (and it is malformed: {problem})" if problem else ""
        raise InputError(f"{name}: feed has no entries with text{more}")
    if problem:
        warnings.append(f"{name}: malformed feed ({problem}); its readable entries were read")
    if to_text is _stripped:
        warnings.append(
            f"{name}: over {MAX_EXTRACTION_CHARS:,} characters of entry markup; each entry's "
            "text was taken by stripping its tags, without looking for the article in it"
        )
    warnings.extend(f"skipped {entry}" for entry in skipped)
    return entries


def _malformation(parsed: Any) -> str | None:
    """What is wrong with a feed feedparser flagged (its `bozo` bit), in a few words; None for
    a well-formed feed, or a note about encodings (the text ingest passes is UTF-8)."""
    from feedparser.exceptions import ThingsNobodyCaresAboutButMe

    error = parsed.get("bozo_exception") if parsed.get("bozo") else None
    if error is None or isinstance(error, ThingsNobodyCaresAboutButMe):
        return None
    message = getattr(error, "getMessage", lambda: str(error))()
    line = getattr(error, "getLineNumber", lambda: None)()
    detail = f"{message} at line {line}" if line else str(message) or type(error).__name__
    detail = " ".join(detail.split())
    if len(detail) > MAX_SHOWN_PROBLEM_CHARS:
        detail = detail[: MAX_SHOWN_PROBLEM_CHARS - 1] + "…"
    return f"not well-formed XML: {detail}" if line else detail


def _entry_text(entry: Any, to_text: Callable[[str], str]) -> str:
    """The entry's full content if it has some, else its summary, as plain text."""
    details: list[Any] = list(entry.get("content") or [])[:1]
    details.append(entry.get("summary_detail") or {"value": entry.get("summary")})
    for detail in details:
        value = detail.get("value") if isinstance(detail, dict) else None
        if not isinstance(value, str) or not value.strip():
            continue
        plain = detail.get("type") == "text/plain"
        text = _tidy(value) if plain else to_text(value)
        if text.strip():
            return text
    return ""


def _markup_size(entries: list[Any]) -> int:
    total = 0
    for entry in entries:
        for detail in [*(entry.get("content") or [])[:1], entry.get("summary_detail") or {}]:
            value = detail.get("value") if isinstance(detail, dict) else None
            total += len(value) if isinstance(value, str) else 0
    return total


def _html_to_text(fragment: str) -> str:
    """An HTML fragment as plain text, one paragraph a line: what trafilatura finds in it, as
    for an HTML page; when it finds nothing (it often does not, in a short fragment) or leaves
    out most of the words, the fragment with its tags stripped, so no entry is lost to it."""
    import trafilatura  # deferred: only HTML and feed input pays for it

    stripped = _stripped(fragment)
    try:
        extracted = trafilatura.extract(fragment, favor_recall=True, include_comments=False)
    except Exception:  # a parser's failure on odd markup: the stripped text is still good
        extracted = None
    if not extracted or len(extracted.split()) * 2 < len(stripped.split()):
        return stripped
    return _tidy(extracted)


class _TextCollector(HTMLParser):
    """The text of an HTML fragment, a line break at each block element."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skipping = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIPPED_TAGS:
            self._skipping += 1
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIPPED_TAGS:
            self._skipping = max(0, self._skipping - 1)
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self._skipping:
            self.parts.append(data)


def _stripped(fragment: str) -> str:
    """The fragment's text without its tags. html.parser gives up (AssertionError) on a few
    odd marked sections such as `<![ foo`: then every `<...>` is simply cut out."""
    collector = _TextCollector()
    try:
        collector.feed(fragment)
        collector.close()
    except Exception:
        return _tidy(html.unescape(_ANY_TAG.sub("\n", fragment)))
    return _tidy("".join(collector.parts))


def _tidy(text: str) -> str:
    """One paragraph a line, white space inside a line made single, no empty lines."""
    lines = (" ".join(line.split()) for line in text.replace("\r\n", "\n").split("\n"))
    return "\n".join(line for line in lines if line)


def _plain_title(detail: Any) -> str | None:
    """A title as one line of plain text (feeds may put HTML in titles)."""
    value = detail.get("value") if isinstance(detail, dict) else None
    if not isinstance(value, str):
        return None
    text = value if detail.get("type") == "text/plain" else _stripped(value)
    return " ".join(text.split()) or None


def _source_title(source: dict[str, Any]) -> str | None:
    """The title of the feed an entry was taken from: Atom's <source> carries a typed title,
    RSS's <source> element only its text."""
    detail = source.get("title_detail") or {"type": "text/plain", "value": source.get("title")}
    return _plain_title(detail)


def _entry_date(entry: Any) -> str | None:
    """The published (else updated) date as an ISO date: the day as the feed wrote it (not
    moved to UTC), else as feedparser read it; else the string itself, for ingest to name."""
    for key in ("published", "updated"):
        written = entry.get(key)
        if not isinstance(written, str) or not written.strip():
            continue
        if match := _ISO_DAY.match(written):
            try:
                return date.fromisoformat(match.group(1)).isoformat()
            except ValueError:
                pass
        if parsed := parse_date(written):
            return parsed.isoformat()
        fields = entry.get(f"{key}_parsed")
        if fields:
            try:
                return date(*fields[:3]).isoformat()
            except (TypeError, ValueError):
                pass
        return written.strip()
    return None
