import json
from pathlib import Path

import pytest

from summarise.errors import InputError
from summarise.ingest import canonical_text, load_articles

ARTICLE = "Floods hit the city of Foo on Monday.\nAt least 12 people died, officials said.\n"


def write(path: Path, content: str | bytes) -> Path:
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


def test_seed_headers_become_metadata_and_stay_out_of_the_body(seeds_dir: Path) -> None:
    articles = {Path(a.path or "").name[:3]: a for a in load_articles([str(seeds_dir)]).articles}
    assert [a.id for a in articles.values()] == ["S1", "S2", "S3", "S4", "S5"]
    assert articles["000"].published == "2024-02-08"
    assert (
        articles["001"].title == "Iraq condemns ‘clear-cut assassination’ operation after US strike"
    )
    guardian = articles["004"]
    assert guardian.outlet == "The Guardian"
    assert guardian.published == "2024-02-08"
    assert guardian.byline == "Patrick Wintour and agencies"
    assert (
        guardian.url
        == "https://www.theguardian.com/world/2024/feb/07/baghdad-drone-strike-iraq-iran-militia"
    )
    assert "Read more on original" not in guardian.body_text()
    assert "The Guardian-Feb8th2024" not in guardian.body_text()
    dpa = articles["003"]
    removed = {kind: dpa.text[span.start : span.end] for kind, span in dpa.removed}
    assert removed["photo credit"] == "Photo: Hadi Mizban / AP"
    assert (
        removed["photo caption"] == "Destruction after US drone strike in Baghdad on February 7th"
    )
    assert removed["signature"] == "col/dpa"
    assert "Enlarge image" not in dpa.body_text()
    reuters = articles["002"]
    assert "Ambulances carry the coffins" not in reuters.body_text()
    assert "Source link" not in reuters.body_text()
    assert reuters.body_text().startswith("Repeated US strikes")


def test_canonical_text_keeps_offsets_true(tmp_path: Path) -> None:
    raw = "\ufeffTitle line here\r\nFirst sentence.\rSecond sentence.\r\n"
    path = write(tmp_path / "a.txt", raw.encode("utf-8"))
    (article,) = load_articles([str(path)]).articles
    assert (
        article.text
        == canonical_text(raw)
        == "Title line here\nFirst sentence.\nSecond sentence.\n"
    )
    for span in article.body:
        assert article.text[span.start : span.end].strip()


def test_json_jsonl_and_mappings(tmp_path: Path) -> None:
    records = [
        {
            "title": "Floods",
            "text": ARTICLE,
            "outlet": "Wire",
            "published": "2024-02-08",
            "url": "https://example.org/a",
        },
        {"text": "Second report of the floods in Foo."},
    ]
    json_path = write(tmp_path / "a.json", json.dumps(records))
    jsonl_path = write(tmp_path / "b.jsonl", "\n".join(json.dumps(r) for r in records))
    result = load_articles([str(json_path), str(jsonl_path), {"text": "A third report."}])
    assert [a.id for a in result.articles] == ["S1", "S2", "S3", "S4", "S5"]
    first = result.articles[0]
    assert (first.title, first.outlet, first.published, first.url) == (
        "Floods",
        "Wire",
        "2024-02-08",
        "https://example.org/a",
    )
    assert first.text == ARTICLE


def test_jsonl_bad_line_is_named_and_the_rest_kept(tmp_path: Path) -> None:
    path = write(
        tmp_path / "a.jsonl",
        json.dumps({"text": ARTICLE}) + "\n{oops\n" + json.dumps({"text": ARTICLE}),
    )
    result = load_articles([str(path)])
    assert len(result.articles) == 2
    assert any("line 2" in warning for warning in result.warnings)


def test_html_main_text_is_extracted(tmp_path: Path) -> None:
    html = (
        "<html><head><title>Quake - News</title>"
        "<meta property='og:site_name' content='Example News'></head><body>"
        "<nav><a href='/'>Home</a><a href='/w'>World</a></nav><article><h1>Quake hits Foo</h1>"
        "<p>A strong earthquake struck the city of Foo on Tuesday, killing at least 12 people.</p>"
        "<p>Rescue teams searched the rubble through the night, the mayor said.</p></article>"
        "<footer>Copyright 2024</footer></body></html>"
    )
    path = write(tmp_path / "page.html", html)
    (article,) = load_articles([str(path)]).articles
    assert "earthquake struck" in article.text and "Home" not in article.text
    assert article.outlet == "Example News"


def test_stdin_is_read_for_dash() -> None:
    (article,) = load_articles(["-"], stdin=[ARTICLE]).articles
    assert article.text == ARTICLE and article.path is None


def test_glob_and_directory(tmp_path: Path) -> None:
    write(tmp_path / "a.txt", ARTICLE)
    write(tmp_path / "b.txt", ARTICLE)
    write(tmp_path / ".hidden", ARTICLE)
    assert len(load_articles([str(tmp_path)]).articles) == 2
    assert len(load_articles([str(tmp_path / "*.txt")]).articles) == 2
    # A dotted parent ("../data") is not a hidden file.
    nested = tmp_path / "sub"
    nested.mkdir()
    write(nested / "c.txt", ARTICLE)
    assert len(load_articles([str(nested / ".." / "sub")]).articles) == 1


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("empty.txt", "", "file is empty"),
        ("binary.bin", b"\x89PNG\r\n\x1a\n\x00\x00\x00IHDR", "binary"),
        ("bad.json", "{not json", "malformed JSON"),
        ("bad.jsonl", "{oops\n[1,2\n", "no valid JSON lines"),
        ("notext.json", json.dumps({"title": "no text"}), 'no "text" field'),
    ],
)
def test_a_bad_file_alone_is_an_input_error(
    tmp_path: Path, name: str, content: str | bytes, message: str
) -> None:
    path = write(tmp_path / name, content)
    with pytest.raises(InputError, match=message):
        load_articles([str(path)])


def test_missing_path_and_empty_directory(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file or directory"):
        load_articles([str(tmp_path / "missing.txt")])
    (tmp_path / "empty").mkdir()
    with pytest.raises(InputError, match="directory has no files"):
        load_articles([str(tmp_path / "empty")])
    with pytest.raises(InputError, match="no file matches"):
        load_articles([str(tmp_path / "*.nothing")])


def test_a_bad_file_among_good_ones_is_skipped_with_a_warning(tmp_path: Path) -> None:
    good = write(tmp_path / "good.txt", ARTICLE)
    bad = write(tmp_path / "bad.bin", b"\x00\x01\x02")
    result = load_articles([str(good), str(bad), str(tmp_path / "missing.txt")])
    assert len(result.articles) == 1
    assert any("bad.bin" in w for w in result.warnings)
    assert any("missing.txt" in w for w in result.warnings)


def test_non_utf8_is_decoded_with_a_warning(tmp_path: Path) -> None:
    path = write(
        tmp_path / "latin.txt",
        "Caf\xe9 owners in M\xfcnster protested on Monday.".encode("latin-1"),
    )
    result = load_articles([str(path)])
    assert result.articles[0].text.startswith("Café owners in Münster")
    assert any("not valid UTF-8" in w for w in result.warnings)


def test_url_is_fetched_and_its_article_extracted(tmp_path: Path) -> None:
    """A real HTTP round trip to a server on loopback."""
    import http.server
    import threading

    page = (
        b"<html><head><title>Dam bursts</title></head><body><nav>Home | World</nav><article>"
        b"<h1>Dam bursts</h1><p>A dam burst in the hills above Foo on Sunday, flooding two "
        b"villages, officials said.</p><p>Rescue teams reached the villages by boat.</p>"
        b"</article></body></html>"
    )

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            if self.path == "/missing":
                self.send_error(404)
                return
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.end_headers()
            self.wfile.write(page)

        def log_message(self, *args: object) -> None:
            pass

    server = http.server.HTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        base = f"http://127.0.0.1:{server.server_port}"
        (article,) = load_articles([f"{base}/story"]).articles
        assert "dam burst" in article.text and "Home | World" not in article.text
        assert article.url == f"{base}/story" and article.path is None
        with pytest.raises(InputError, match="HTTP 404"):
            load_articles([f"{base}/missing"])
    finally:
        server.shutdown()
