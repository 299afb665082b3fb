"""RSS and Atom feeds as input: each entry with text is one article, an entry without text is
named and skipped, a feed with none is one clear error, and feedparser fetches nothing itself."""

from __future__ import annotations

import http.server
import json
from pathlib import Path

import pytest
from local_http import serve
from typer.testing import CliRunner

import summarise.feeds
from summarise.cli import app
from summarise.errors import InputError
from summarise.ingest import load_articles

FEEDS = Path(__file__).resolve().parent / "data" / "feeds"
RSS = FEEDS / "news.rss"
ATOM = FEEDS / "news.atom"
TRUNCATED = FEEDS / "truncated.xml"
EMPTY = FEEDS / "empty.rss"
NOT_A_FEED = FEEDS / "notes.xml"


def test_rss_entries_become_articles_with_their_metadata() -> None:
    result = load_articles([str(RSS)])
    first, second = result.articles
    assert [a.title for a in result.articles] == [
        "Dam bursts above Foo",
        "Rescue teams reach flooded villages",
    ]
    assert first.url == "https://gazette.example/2024/02/dam-bursts"
    assert second.url == "https://gazette.example/2024/02/rescue"
    assert first.published == "2024-02-08"
    # 23:15 at -05:00 on the 9th: the day as the feed wrote it, not the next day in UTC.
    assert second.published == "2024-02-09"
    assert first.outlet == "Foo Valley Gazette"  # the feed's own title
    assert second.outlet == "Valley Wire"  # the entry's <source>
    assert first.path == second.path == str(RSS)


def test_rss_text_is_plain_and_the_full_content_wins_over_the_description() -> None:
    first, second = load_articles([str(RSS)]).articles
    # Only a <description> holding escaped HTML: its tags are gone, its words kept.
    assert first.text == (
        "A dam burst in the hills above Foo on Wednesday night, flooding two villages, "
        "officials said."
    )
    # <content:encoded> is used, not the teaser in <description>, and its <h1> that repeats
    # the title is kept as the title only.
    assert "teaser" not in second.text
    assert not second.text.startswith("Rescue teams reach flooded villages")
    assert second.text.startswith("Rescue teams reached the two flooded villages by boat")
    assert "At least 12 people died and about 300 were left homeless" in second.text
    assert "Shelters opened in the town hall" in second.text
    assert "<" not in second.text and ">" not in second.text
    assert second.body_text() == second.text  # every line is article text


def test_an_entry_without_text_is_skipped_and_named() -> None:
    result = load_articles([str(RSS)])
    assert len(result.articles) == 2
    assert all("gallery" not in (a.title or "").lower() for a in result.articles)
    skipped = [w for w in result.warnings if "entry 3" in w]
    assert skipped == [f'skipped {RSS} entry 3 ("Photo gallery: the flood"): no text']


def test_atom_entries_become_articles() -> None:
    result = load_articles([str(ATOM)])
    first, second = result.articles
    assert (first.title, second.title) == (
        "Foo dam was flagged as unsafe in 2019",
        "Mayor calls for inquiry",
    )
    assert first.url == "https://courier.example/foo-dam-inspection"
    assert second.url == "https://courier.example/mayor-inquiry"
    assert first.published == "2024-02-08"  # <published>, not <updated>, and not moved to UTC
    assert second.published == "2024-02-09"  # only <updated>
    assert first.outlet == second.outlet == "Northern Courier"
    assert first.text.split("\n") == [
        "An inspection report from 2019 warned that the Foo dam needed urgent repairs, the "
        "Northern Courier has learnt.",
        "The regional water authority said the repairs had been scheduled for this spring.",
    ]
    assert second.text == (
        "The mayor of Foo called on Friday for an independent inquiry into the collapse of the dam."
    )
    assert result.warnings == []


def test_a_truncated_feed_yields_its_readable_entries_with_one_warning() -> None:
    result = load_articles([str(TRUNCATED)])
    (article,) = result.articles
    assert article.title == "Water level falls in Foo"
    assert article.text.startswith("The water level in Foo fell by a metre overnight")
    assert article.published == "2024-02-10"
    malformed = [w for w in result.warnings if "malformed feed" in w]
    assert len(malformed) == 1 and str(TRUNCATED) in malformed[0]
    assert "line 14" in malformed[0]


def test_an_empty_feed_is_one_clear_error() -> None:
    with pytest.raises(InputError) as caught:
        load_articles([str(EMPTY)])
    assert str(caught.value) == f"{EMPTY}: feed has no entries"


def test_a_feed_whose_entries_have_no_text_is_one_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "pictures.rss"
    path.write_text(
        '<rss version="2.0"><channel><title>Pictures</title>'
        "<item><title>One</title><description><![CDATA[<img src='a.jpg'>]]></description></item>"
        "<item><title>Two</title></item>"
        "</channel></rss>"
    )
    with pytest.raises(InputError, match=r"pictures\.rss: feed has no entries with text$"):
        load_articles([str(path)])


def test_a_feed_suffix_with_no_feed_in_it_is_one_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "broken.rss"
    path.write_text("This is not a feed at all, only a sentence about floods in Foo.\n")
    with pytest.raises(InputError) as caught:
        load_articles([str(path)])
    message = str(caught.value)
    assert message.startswith(f"{path}: not a readable feed (not well-formed XML")
    assert "\n" not in message


def test_a_bad_feed_among_good_inputs_is_a_warning() -> None:
    result = load_articles([str(EMPTY), str(ATOM)])
    assert len(result.articles) == 2
    assert f"skipped {EMPTY}: feed has no entries" in result.warnings


def test_an_xml_file_that_is_not_a_feed_is_read_as_before() -> None:
    (article,) = load_articles([str(NOT_A_FEED)]).articles
    assert article.text == NOT_A_FEED.read_text()
    assert "Floods hit the city of Foo on Monday." in article.body_text()


def test_a_feed_is_recognised_by_how_it_starts(tmp_path: Path) -> None:
    """No suffix, or .xml: a feed when it starts as one (after a BOM, the XML declaration,
    comments and a stylesheet instruction); the same feed as .txt stays plain text."""
    content = "\ufeff" + RSS.read_text()
    for name in ("feed", "feed.xml"):
        (tmp_path / name).write_text(content, encoding="utf-8")
        articles = load_articles([str(tmp_path / name)]).articles
        assert [a.title for a in articles] == [
            "Dam bursts above Foo",
            "Rescue teams reach flooded villages",
        ], name
    (tmp_path / "feed.txt").write_text(content, encoding="utf-8")
    (text,) = load_articles([str(tmp_path / "feed.txt")]).articles
    assert "<channel>" in text.text


def test_a_feed_on_standard_input_is_read_as_a_feed() -> None:
    articles = load_articles(["-"], stdin=ATOM.read_bytes()).articles
    assert [a.url for a in articles] == [
        "https://courier.example/foo-dam-inspection",
        "https://courier.example/mayor-inquiry",
    ]


def test_an_encoding_declared_in_the_feed_is_not_applied_twice(tmp_path: Path) -> None:
    """ingest decodes the bytes (here UTF-8); the declaration's encoding is not applied to the
    decoded text again, which would garble it, nor named as a problem."""
    path = tmp_path / "latin.rss"
    path.write_text(
        '<?xml version="1.0" encoding="windows-1251"?><rss version="2.0"><channel>'
        "<title>Münster Zeitung</title><item><title>Café owners protest</title>"
        "<description>Café owners in Münster protested on Monday against the closures."
        "</description></item></channel></rss>",
        encoding="utf-8",
    )
    result = load_articles([str(path)])
    (article,) = result.articles
    assert article.text.startswith("Café owners in Münster")
    assert article.outlet == "Münster Zeitung"
    assert result.warnings == []


def test_feedparser_is_never_handed_a_path_or_a_url(tmp_path: Path) -> None:
    """A feed file that holds only a URL or a path is not fetched or opened by feedparser."""
    requests: list[str] = []

    def handler(request: http.server.BaseHTTPRequestHandler) -> None:
        requests.append(request.path)
        _send(request, "application/rss+xml", RSS.read_bytes())

    with serve(handler) as base:
        (tmp_path / "url.rss").write_text(f"{base}/news.rss")
        (tmp_path / "path.rss").write_text(str(RSS))
        for name in ("url.rss", "path.rss"):
            with pytest.raises(InputError, match="not a readable feed"):
                load_articles([str(tmp_path / name)])
    assert requests == []


def test_entry_markup_past_the_extraction_budget_is_stripped_with_a_warning(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(summarise.feeds, "MAX_EXTRACTION_CHARS", 10)
    result = load_articles([str(RSS)])
    assert len(result.articles) == 2
    assert result.articles[1].text.startswith("Rescue teams reached the two flooded villages")
    assert any("characters of entry markup" in w for w in result.warnings)


def test_a_feed_over_the_size_limit_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(summarise.feeds, "MAX_FEED_CHARS", 100)
    with pytest.raises(InputError, match="limit for reading a feed"):
        load_articles([str(RSS)])


# --- the command ---------------------------------------------------------------------------------


def test_cli_briefs_feeds() -> None:
    result = CliRunner().invoke(app, ["brief", str(RSS), str(ATOM), "--format", "json"])
    assert result.exit_code == 0, result.stderr
    brief = json.loads(result.stdout)
    sources = [
        (s["title"], s["outlet"], s["published"], s["url"], s["path"]) for s in brief["sources"]
    ]
    assert sources == [
        (
            "Dam bursts above Foo",
            "Foo Valley Gazette",
            "2024-02-08",
            "https://gazette.example/2024/02/dam-bursts",
            str(RSS),
        ),
        (
            "Rescue teams reach flooded villages",
            "Valley Wire",
            "2024-02-09",
            "https://gazette.example/2024/02/rescue",
            str(RSS),
        ),
        (
            "Foo dam was flagged as unsafe in 2019",
            "Northern Courier",
            "2024-02-08",
            "https://courier.example/foo-dam-inspection",
            str(ATOM),
        ),
        (
            "Mayor calls for inquiry",
            "Northern Courier",
            "2024-02-09",
            "https://courier.example/mayor-inquiry",
            str(ATOM),
        ),
    ]
    skipped = f'skipped {RSS} entry 3 ("Photo gallery: the flood"): no text'
    assert skipped in brief["provenance"]["warnings"]
    assert f"warning: {skipped}" in result.stderr


def test_cli_an_empty_feed_is_one_clear_line() -> None:
    result = CliRunner().invoke(app, ["brief", str(EMPTY), "--format", "json"])
    assert result.exit_code != 0
    errors = [line for line in result.stderr.splitlines() if line.startswith("summarise: error:")]
    assert errors == [f"summarise: error: {EMPTY}: feed has no entries"], result.stderr
    assert "Traceback" not in result.stderr + result.stdout
    assert result.stdout == ""


# --- URLs ----------------------------------------------------------------------------------------


def _send(request: http.server.BaseHTTPRequestHandler, content_type: str, body: bytes) -> None:
    request.send_response(200)
    request.send_header("Content-Type", content_type)
    request.send_header("Content-Length", str(len(body)))
    request.end_headers()
    request.wfile.write(body)


PAGES = {
    "/news.rss": ("application/rss+xml; charset=utf-8", RSS),
    "/news.atom": ("application/atom+xml", ATOM),
    "/generic.xml": ("text/xml", RSS),  # a generic XML type: a feed because it starts as one
    "/notes.xml": ("application/xml", NOT_A_FEED),  # XML that is not a feed: text, as before
}


def _pages(request: http.server.BaseHTTPRequestHandler) -> None:
    content_type, path = PAGES[request.path]
    _send(request, content_type, path.read_bytes())


def test_feed_urls_are_read_by_content_type() -> None:
    with serve(_pages) as base:
        rss = load_articles([f"{base}/news.rss"])
        atom = load_articles([f"{base}/news.atom"]).articles
        generic = load_articles([f"{base}/generic.xml"]).articles
        (notes,) = load_articles([f"{base}/notes.xml"]).articles
    assert [(a.title, a.url, a.published, a.path) for a in rss.articles] == [
        ("Dam bursts above Foo", "https://gazette.example/2024/02/dam-bursts", "2024-02-08", None),
        (
            "Rescue teams reach flooded villages",
            "https://gazette.example/2024/02/rescue",
            "2024-02-09",
            None,
        ),
    ]
    assert any(f"{base}/news.rss entry 3" in w and "no text" in w for w in rss.warnings)
    assert [a.outlet for a in atom] == ["Northern Courier", "Northern Courier"]
    assert [a.title for a in generic] == [a.title for a in rss.articles]
    assert notes.text == NOT_A_FEED.read_text()
