"""Hostile input to ingest (issue 9): each bad input is named and skipped on its own, nothing good
is lost, nothing hangs, and anything that cannot be read ends in one clear line."""

from __future__ import annotations

import builtins
import contextlib
import http.server
import io
import json
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from local_http import serve

import summarise
from summarise.config import Limits
from summarise.errors import InputError, SummariseError
from summarise.ingest import Article, canonical_text, load_articles

ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted((ROOT / "seeds").iterdir())
GOOD = "Floods hit the city of Foo on Monday.\nAt least 12 people died, officials said.\n"
LIMIT = 4_000  # max_input_bytes in the tree tests: every good file is under it
SMALL = Limits(max_input_bytes=LIMIT)


def cli(
    *args: str, input: bytes | None = None, timeout: float = 60
) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "summarise", *args],
        input=input,
        capture_output=True,
        timeout=timeout,
        cwd=ROOT,
        env={**os.environ, "OPENAI_API_KEY": "", "OPENAI_BASE_URL": ""},
    )


def one_line_error(done: subprocess.CompletedProcess[bytes]) -> str:
    stderr = done.stderr.decode("utf-8")
    assert done.returncode == 1, stderr
    assert "Traceback" not in stderr
    assert stderr.startswith("summarise: error: ") and stderr.strip().count("\n") == 0, stderr
    return stderr


# --- unreadable files and directories, simulated (we run as root) ----------------------------


@contextlib.contextmanager
def unreadable(names: set[str]) -> Iterator[None]:
    """Opening a file or listing a directory whose name is in `names` fails with EACCES."""
    real_open, real_os_open, real_scandir = builtins.open, os.open, os.scandir
    real_io_open = io.open

    def denied(path: Any) -> bool:
        try:
            return os.path.basename(os.fsdecode(path)) in names
        except TypeError:
            return False

    def fail(path: Any) -> PermissionError:
        return PermissionError(13, "Permission denied", os.fsdecode(path))

    def fake_open(file: Any, *args: Any, **kwargs: Any) -> Any:
        if denied(file):
            raise fail(file)
        return real_open(file, *args, **kwargs)

    def fake_os_open(path: Any, *args: Any, **kwargs: Any) -> int:
        if denied(path):
            raise fail(path)
        return real_os_open(path, *args, **kwargs)

    def fake_scandir(path: Any = ".") -> Any:
        if denied(path):
            raise fail(path)
        return real_scandir(path)

    patched = (fake_open, fake_open, fake_os_open, fake_scandir)
    builtins.open, io.open, os.open, os.scandir = patched
    try:
        yield
    finally:
        builtins.open, io.open, os.open, os.scandir = (
            real_open,
            real_io_open,
            real_os_open,
            real_scandir,
        )


# --- 1. one bad file never ends a directory or glob ---------------------------------------------

BAD_KINDS: dict[str, tuple[str, bytes]] = {
    "empty": ("txt", b""),
    "binary": ("bin", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00"),
    "unreadable": ("txt", GOOD.encode()),
    "over-limit": ("txt", ("Floods hit Foo again. " * 400).encode()),
    "bad-json": ("json", b'{"text": "unterminated'),
}


def make_tree(directory: Path, kinds: list[str]) -> tuple[list[str], list[str], set[str]]:
    """Files named by position; returns (good names, bad names, unreadable names)."""
    good, bad, locked = [], [], set()
    for index, kind in enumerate(kinds):
        if kind == "good":
            name = f"{index:02d}.txt"
            (directory / name).write_text(f"Report {index}. {GOOD}", encoding="utf-8")
            good.append(name)
            continue
        suffix, content = BAD_KINDS[kind]
        name = f"{index:02d}.{suffix}"
        (directory / name).write_bytes(content)
        bad.append(name)
        if kind == "unreadable":
            locked.add(name)
    return good, bad, locked


@pytest.mark.parametrize("form", ["directory", "glob"])
@pytest.mark.parametrize("position", [0, 1, 2])
@pytest.mark.parametrize("kind", list(BAD_KINDS))
def test_a_bad_member_in_any_position_is_skipped_and_named(
    tmp_path: Path, kind: str, position: int, form: str
) -> None:
    kinds = ["good", "good"]
    kinds.insert(position, kind)
    good, (bad,), locked = make_tree(tmp_path, kinds)
    argument = str(tmp_path) if form == "directory" else str(tmp_path / "*")
    with unreadable(locked):
        result = load_articles([argument], limits=SMALL)
    assert sorted(Path(a.path or "").name for a in result.articles) == good
    assert [w for w in result.warnings if bad in w], result.warnings


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(["good", *BAD_KINDS]), min_size=1, max_size=6))
def test_any_tree_keeps_every_good_file_and_names_every_bad_one(kinds: list[str]) -> None:
    with tempfile.TemporaryDirectory() as name:
        directory = Path(name)
        good, bad, locked = make_tree(directory, kinds)
        with unreadable(locked):
            if not good:
                with pytest.raises(InputError) as caught:
                    load_articles([name], limits=SMALL)
                assert "\n" not in str(caught.value)
                assert bad[0] in str(caught.value)
                return
            result = load_articles([name], limits=SMALL)
    assert [Path(a.path or "").name for a in result.articles] == good
    for bad_name in bad:
        assert any(bad_name in warning for warning in result.warnings), (bad_name, result.warnings)


def test_an_unreadable_subdirectory_is_named(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(GOOD)
    (tmp_path / "locked").mkdir()
    (tmp_path / "locked" / "b.txt").write_text(GOOD)
    with unreadable({"locked"}):
        result = load_articles([str(tmp_path)])
        globbed = load_articles([str(tmp_path / "**" / "*.txt")])
    for found in (result, globbed):
        assert [Path(a.path or "").name for a in found.articles] == ["a.txt"]
        assert any("locked" in w and "Permission denied" in w for w in found.warnings), found


def test_hidden_entries_of_a_directory_are_counted_in_a_warning(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(GOOD)
    (tmp_path / ".draft.txt").write_text(GOOD)
    (tmp_path / ".git").mkdir()
    result = load_articles([str(tmp_path)])
    assert len(result.articles) == 1
    assert any("2 hidden" in w for w in result.warnings), result.warnings
    only_hidden = tmp_path / "only-hidden"
    only_hidden.mkdir()
    (only_hidden / ".note.txt").write_text(GOOD)
    with pytest.raises(InputError, match="only 1 hidden"):
        load_articles([str(only_hidden)])


def test_the_issue_example_keeps_both_good_seeds(tmp_path: Path) -> None:
    folder = tmp_path / "d"
    folder.mkdir()
    (folder / "a.txt").write_bytes(SEEDS[0].read_bytes())
    (folder / "b.txt").write_bytes(b"")
    (folder / "c.txt").write_bytes(SEEDS[1].read_bytes())
    done = cli("brief", str(folder), "-f", "json")
    assert done.returncode == 0, done.stderr
    paths = [Path(s["path"]).name for s in json.loads(done.stdout)["sources"]]
    assert paths == ["a.txt", "c.txt"]
    assert b"b.txt" in done.stderr and b"Traceback" not in done.stderr


def test_a_fifo_is_not_a_regular_file_and_never_blocks(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    assert "not a regular file" in one_line_error(cli("brief", str(fifo), timeout=30))
    (tmp_path / "a.txt").write_text(GOOD)
    started = time.monotonic()
    result = load_articles([str(tmp_path)])
    assert time.monotonic() - started < 5
    assert len(result.articles) == 1
    assert any("pipe.txt" in w and "not a regular file" in w for w in result.warnings)


def test_an_empty_argument_is_refused_not_read_as_the_current_directory() -> None:
    with pytest.raises(InputError, match="empty"):
        load_articles([""])
    assert "empty" in one_line_error(cli("brief", ""))


# --- 4. the suffix decides; sniffing is strict -------------------------------------------------


@pytest.mark.parametrize(
    "content",
    [
        "Residents said the <body onload=alert(1)> trick was in the phishing mail.\n"
        "</p> Police said 12 people were arrested on Monday in Foo.\n",
        "<html><body><p>A page saved as text: the file is the article.</p></body></html>\n",
        "<!doctype html>\nNot really a page.\n",
    ],
    ids=["body-tag-in-prose", "html-in-a-txt", "doctype-in-a-txt"],
)
@pytest.mark.parametrize("suffix", [".txt", ".text", ".md"])
def test_text_suffixes_are_text_whatever_they_quote(
    tmp_path: Path, suffix: str, content: str
) -> None:
    path = tmp_path / f"article{suffix}"
    path.write_text(content, encoding="utf-8")
    (article,) = load_articles([str(path)]).articles
    assert article.text == canonical_text(content)


def test_every_seed_keeps_the_readme_canonical_text() -> None:
    for path in SEEDS:
        (article,) = load_articles([str(path)]).articles
        assert article.text == canonical_text(path.read_bytes().decode("utf-8"))


PAGE = (
    "<!DOCTYPE html><html><head><title>Quake</title></head><body><nav>Home | World</nav>"
    "<article><h1>Quake hits Foo</h1><p>A strong earthquake struck the city of Foo on Tuesday, "
    "killing at least 12 people.</p><p>Rescue teams searched the rubble through the night, the "
    "mayor said.</p></article></body></html>"
)
PROSE = "Police found <body parts> and </ evidence in Foo on Monday, officials said in a statement."


def test_no_suffix_and_stdin_are_sniffed_strictly(tmp_path: Path) -> None:
    page, prose = tmp_path / "page", tmp_path / "prose"
    page.write_text(PAGE)
    prose.write_text(PROSE)
    (from_page,) = load_articles([str(page)]).articles
    assert "earthquake struck" in from_page.text and "<" not in from_page.text
    (from_prose,) = load_articles([str(prose)]).articles
    assert from_prose.text == PROSE
    (from_stdin,) = load_articles(["-"], stdin=[PROSE]).articles
    assert from_stdin.text == PROSE
    (page_on_stdin,) = load_articles(["-"], stdin=[PAGE]).articles
    assert "earthquake struck" in page_on_stdin.text and "<" not in page_on_stdin.text


# --- 10. symlink loops --------------------------------------------------------------------------


def run_bounded(code: str, timeout: float = 20) -> str:
    """Run `code` in a fresh interpreter (so that a loop can be killed); return its stdout."""
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=timeout, cwd=ROOT
    )
    assert done.returncode == 0, done.stderr
    return done.stdout


def test_symlink_loops_end_and_each_real_file_is_read_once(tmp_path: Path) -> None:
    loop = tmp_path / "loop"
    (loop / "sub").mkdir(parents=True)
    (loop / "a.txt").write_text(GOOD)
    (loop / "sub" / "b.txt").write_text(GOOD)
    (loop / "self").symlink_to(".")
    (loop / "again").symlink_to(".")
    (loop / "sub" / "up").symlink_to("..")
    (loop / "sub" / "top").symlink_to("../..")  # a folder that holds the tree
    (loop / "gone.txt").symlink_to("nothing-here.txt")
    (loop / "alias.txt").symlink_to("a.txt")
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "c.txt").write_text(GOOD)
    (outside / "back").symlink_to(loop)
    (loop / "out").symlink_to(outside)
    code = (
        "import json, sys\nfrom summarise.ingest import load_articles\n"
        f"for arg in [{str(loop)!r}, {str(loop / '**' / '*.txt')!r}]:\n"
        "    r = load_articles([arg])\n"
        "    print(json.dumps([[a.path for a in r.articles], r.warnings]))\n"
    )
    for line in run_bounded(code).splitlines():
        paths, warnings = json.loads(line)
        real = [os.path.realpath(p) for p in paths]
        assert len(real) == len(set(real)) == 3, paths
        assert {Path(p).name for p in real} == {"a.txt", "b.txt", "c.txt"}
        assert not [p for p in paths if {"self", "again", "up", "top"} & set(Path(p).parts)]
        assert any("alias.txt" in w for w in warnings), warnings
        assert any("gone.txt" in w and "broken link" in w for w in warnings), warnings


# --- 11. URL deadlines and huge pages ------------------------------------------------------------


def trickle_body(request: http.server.BaseHTTPRequestHandler) -> None:
    request.send_response(200)
    request.send_header("Content-Type", "text/plain; charset=utf-8")
    request.end_headers()
    request.wfile.write(GOOD.encode())
    for _ in range(100):  # a byte every 0.1 s: each read is quick, the whole never ends
        request.wfile.write(b" ")
        request.wfile.flush()
        time.sleep(0.1)


def trickle_headers(request: http.server.BaseHTTPRequestHandler) -> None:
    for byte in b"HTTP/1.0 200 OK\r\nX-Slow: " + b"a" * 100:
        request.wfile.write(bytes([byte]))
        request.wfile.flush()
        time.sleep(0.1)


@pytest.mark.parametrize("handler", [trickle_body, trickle_headers])
def test_a_trickling_server_is_cut_at_the_deadline(
    handler: Callable[[http.server.BaseHTTPRequestHandler], None],
) -> None:
    with serve(handler) as base:
        started = time.monotonic()
        with pytest.raises(InputError, match=r"did not finish within 0\.7 s"):
            load_articles([f"{base}/story"], timeout=0.7)
        assert time.monotonic() - started < 2.5


def test_a_url_deadline_among_good_inputs_is_a_warning(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(GOOD)
    with serve(trickle_body) as base:
        result = load_articles([str(tmp_path / "a.txt"), f"{base}/story"], timeout=0.5)
    assert len(result.articles) == 1
    assert any("did not finish within 0.5 s" in w for w in result.warnings)


def test_a_page_that_is_mostly_scripts_styles_svg_and_data_is_read(tmp_path: Path) -> None:
    bulk = (
        "<script>var x = '" + "x" * 3_000_000 + "';</script>"
        "<style>" + ".a{color:red}" * 200_000 + "</style>"
        "<svg>" + "<path d='M0 0 L1 1'/>" * 100_000 + "</svg>"
        "<img src='data:image/png;base64," + "QUJD" * 500_000 + "'>"
        "<!-- " + "comment " * 100_000 + "-->"
    )
    heavy = PAGE.replace("<article>", bulk + "<article>")
    assert len(heavy) > 8_000_000
    (tmp_path / "light.html").write_text(PAGE)
    (tmp_path / "heavy.html").write_text(heavy)
    started = time.monotonic()
    light, loaded = load_articles(
        [str(tmp_path / "light.html"), str(tmp_path / "heavy.html")]
    ).articles
    assert time.monotonic() - started < 10
    assert loaded.text == light.text and "earthquake struck" in loaded.text


def test_too_much_markup_is_refused_with_one_line_naming_the_limit(tmp_path: Path) -> None:
    page = PAGE.replace("<article>", "<div><span>cell</span></div>" * 300_000 + "<article>")
    path = tmp_path / "huge.html"
    path.write_text(page)
    started = time.monotonic()
    with pytest.raises(InputError) as caught:
        load_articles([str(path)])
    assert time.monotonic() - started < 5
    message = str(caught.value)
    assert "huge.html" in message and "limit" in message and "\n" not in message


# --- 13. deeply nested JSON ---------------------------------------------------------------------

DEEP = "[" * 10_000 + "]" * 10_000
DEEP_OBJECT = '{"text": ' * 10_000 + '"x"' + "}" * 10_000


@pytest.mark.parametrize("deep", [DEEP, DEEP_OBJECT], ids=["list", "object"])
def test_deep_json_is_one_line_and_the_good_lines_are_kept(tmp_path: Path, deep: str) -> None:
    path = tmp_path / "deep.json"
    path.write_text(deep)
    with pytest.raises(InputError, match=r"deep\.json.*nested"):
        load_articles([str(path)])
    with pytest.raises(InputError, match="nested"):
        load_articles(["-"], stdin=[deep])
    lines = tmp_path / "feed.jsonl"
    good = json.dumps({"text": GOOD})
    lines.write_text("\n".join([good, deep, good]))
    result = load_articles([str(lines)])
    assert len(result.articles) == 2
    assert any("line 2" in w and "nested" in w for w in result.warnings)
    assert "nested" in one_line_error(cli("brief", str(path)))


def test_a_deep_newsletter_cluster_is_skipped_and_the_others_kept(tmp_path: Path) -> None:
    path = tmp_path / "deep.json"
    path.write_text(DEEP)
    done = cli("newsletter", str(ROOT / "seeds"), str(path), "--title", "T", "-f", "md")
    stderr = done.stderr.decode()
    assert done.returncode == 3 and "Traceback" not in stderr, stderr  # written, not whole
    assert "deep.json" in stderr and "nested" in stderr


# --- 15. text that cannot be encoded as UTF-8 ---------------------------------------------------


def test_a_lone_surrogate_from_json_becomes_a_replacement_character(tmp_path: Path) -> None:
    path = tmp_path / "a.json"
    path.write_text(
        '{"text": "Floods hit Foo \\udc00 on Monday, killing 12 people.", '
        '"title": "Bad \\ud800 title"}'
    )
    result = load_articles([str(path)])
    (article,) = result.articles
    assert article.text == "Floods hit Foo \ufffd on Monday, killing 12 people."
    assert article.title == "Bad \ufffd title"
    assert any("a.json" in w and "canonical text" in w for w in result.warnings)
    event = summarise.brief([str(path), {"text": "Floods hit Foo \udfff on Monday."}])
    summarise.render(event, "json").encode("utf-8")


@pytest.mark.parametrize(
    ("data", "expected", "warned"),
    [
        ("Café owners in Münster protested on Monday.".encode("latin-1"), "Café owners", True),
        ("Café owners protested on Monday.".encode("utf-16"), "Café owners", True),
        ("\ufeffCafé owners protested on Monday.".encode("utf-8"), "Café owners", False),
    ],
    ids=["latin-1", "utf-16", "utf-8-bom"],
)
def test_stdin_is_read_as_bytes_and_decoded_like_a_file(
    data: bytes, expected: str, warned: bool
) -> None:
    result = load_articles(["-"], stdin=[data])
    assert result.articles[0].text.startswith(expected)
    assert any("<stdin>" in w for w in result.warnings) == warned
    done = cli("brief", "-", "-f", "json", input=data)
    assert done.returncode == 0, done.stderr
    assert "Café" in done.stdout.decode("utf-8")


def test_binary_on_stdin_is_refused() -> None:
    with pytest.raises(InputError, match="binary"):
        load_articles(["-"], stdin=[b"\x7fELF\x02\x01\x01\x00\x00\x00\x00\x00" * 10])
    assert "binary" in one_line_error(cli("brief", "-", input=bytes(range(256)) * 4))


def test_a_file_name_that_is_not_utf8_is_recorded_json_safe(tmp_path: Path) -> None:
    folder = os.fsencode(tmp_path / "d")
    os.mkdir(folder)
    with open(os.path.join(folder, b"caf\xe9.txt"), "wb") as stream:
        stream.write(GOOD.encode())
    result = load_articles([os.fsdecode(folder)])
    (article,) = result.articles
    json.dumps(article.path, ensure_ascii=False).encode("utf-8")
    assert any("caf" in w and "UTF-8" in w for w in result.warnings)
    done = cli("brief", os.fsdecode(folder), "-f", "json")
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["sources"][0]["path"].encode("utf-8")


# --- 17. unknown charsets ------------------------------------------------------------------------


@pytest.mark.parametrize("charset", ["x-no-such-charset", "base64", "rot13"])
def test_an_unknown_charset_falls_back_with_a_warning(tmp_path: Path, charset: str) -> None:
    def page(request: http.server.BaseHTTPRequestHandler) -> None:
        request.send_response(200)
        request.send_header("Content-Type", f"text/plain; charset={charset}")
        request.end_headers()
        request.wfile.write("Café owners in Foo protested on Monday, police said.".encode())

    (tmp_path / "a.txt").write_text(GOOD)
    with serve(page) as base:
        result = load_articles([str(tmp_path / "a.txt"), f"{base}/story"])
    assert [a.text for a in result.articles][1].startswith("Café owners")
    assert any(charset in w for w in result.warnings), result.warnings


def test_a_url_password_is_never_recorded_or_shown() -> None:
    def page(request: http.server.BaseHTTPRequestHandler) -> None:
        if request.path == "/missing":
            request.send_error(404)
            return
        request.send_response(200)
        request.send_header("Content-Type", "text/plain")
        request.end_headers()
        request.wfile.write(GOOD.encode())

    with serve(page) as base:
        secret_base = base.replace("http://", "http://reader:hunter2secret@")
        (article,) = load_articles([f"{secret_base}/story"]).articles
        assert "hunter2secret" not in (article.url or "")
        with pytest.raises(InputError) as caught:
            load_articles([f"{secret_base}/missing"])
    assert "hunter2secret" not in str(caught.value)


# --- 22. JSON records: each on its own, fields of the wrong type named ------------------------


def test_each_json_record_stands_alone(tmp_path: Path) -> None:
    path = tmp_path / "list.json"
    path.write_text(json.dumps([None, {"text": GOOD}, {"title": "no text"}, 5]))
    result = load_articles([str(path)])
    assert [a.text for a in result.articles] == [GOOD]
    for item in ("item 1", "item 3", "item 4"):
        assert any(item in w for w in result.warnings), (item, result.warnings)


@pytest.mark.parametrize(
    ("field", "value"),
    [("outlet", True), ("title", 5), ("url", ["https://example.org"]), ("published", {"y": 1})],
)
def test_a_metadata_field_of_the_wrong_type_is_dropped_and_named(field: str, value: object) -> None:
    result = load_articles([{"text": GOOD, field: value}])
    (article,) = result.articles
    assert getattr(article, field) is None
    assert any(f'"{field}"' in w for w in result.warnings), result.warnings


@pytest.mark.parametrize("stamp", [1707393600, 1707393600.5, 1707393600000])
def test_a_numeric_date_is_read_as_unix_time(stamp: float) -> None:
    (article,) = load_articles([{"text": GOOD, "published": stamp}]).articles
    assert article.published == "2024-02-08"  # 12:00 UTC that day, in seconds or milliseconds


def test_a_date_that_is_not_understood_is_named() -> None:
    result = load_articles([{"text": GOOD, "published": "sometime soon"}])
    assert result.articles[0].published is None
    assert any("sometime soon" in w for w in result.warnings)


# --- 20. the Python API validates at the door -----------------------------------------------


@pytest.mark.parametrize(
    "item",
    [
        Article(id="x", text=None),  # type: ignore[arg-type]
        Article(id="x", text=5),  # type: ignore[arg-type]
        {"text": None},
        {"text": b"bytes are not text"},
        42,
        None,
    ],
    ids=["article-none", "article-int", "mapping-none", "mapping-bytes", "int", "none"],
)
def test_bad_python_inputs_raise_summarise_errors(item: Any) -> None:
    with pytest.raises(InputError) as caught:
        load_articles([item])
    assert "\n" not in str(caught.value)
    with pytest.raises(SummariseError):
        summarise.brief([item])


def test_an_article_with_spans_outside_its_text_is_refused() -> None:
    from summarise.segment import Span

    with pytest.raises(InputError, match="span"):
        load_articles([Article(id="x", text=GOOD, body=[Span(0, 10_000)])])


def test_stdin_may_yield_bytes_and_bad_items_are_refused() -> None:
    (article,) = load_articles(["-"], stdin=[GOOD.encode()[:10], GOOD.encode()[10:]]).articles
    assert article.text == GOOD
    with pytest.raises(InputError, match="stdin"):
        load_articles(["-"], stdin=[1, 2, 3])  # type: ignore[arg-type]
    with pytest.raises(SummariseError):
        summarise.brief("-", stdin=[None])  # type: ignore[list-item]
