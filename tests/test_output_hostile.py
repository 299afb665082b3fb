"""Issue 9, the output side: `-o` never destroys anything, dates at the ends of the calendar,
hostile links, templates, the Python API's faces, and `verify` against tampered sources.

Every case ends in the file written whole, or one clear error line and nothing touched.
"""

from __future__ import annotations

import hashlib
import json
import os
import stat
import subprocess
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

import summarise
import summarise.api
from summarise.cli import app
from summarise.dates import find_time_expressions
from summarise.errors import SummariseError
from summarise.evidence import SentenceRef
from summarise.extractive.casualties import find_figures
from summarise.schema import EventBrief

runner = CliRunner()
ARTICLES = {
    "a.txt": "Floods hit the city of Foo on Monday, killing 12 people, police said.\n"
    "Rescue teams searched the river near Foo on Monday, police said.\n",
    "b.txt": "Twelve people died when floods hit Foo on Monday, the mayor of Foo said.\n"
    "Rescue teams in Foo searched the river all night for the missing, police said.\n",
}


def run(*args: str) -> Any:
    return runner.invoke(app, list(args))


def one_error(result: Any, fragment: str, code: int = 1) -> str:
    """The single `summarise: error:` line, which must contain `fragment`; exit `code` (2 for a
    bad option value, 1 for anything else)."""
    assert result.exit_code == code, (result.exit_code, result.stderr, result.exception)
    errors = [line for line in result.stderr.splitlines() if line.startswith("summarise: error:")]
    assert len(errors) == 1, result.stderr
    assert fragment in errors[0], errors[0]
    assert "Traceback" not in result.stderr + result.stdout
    return errors[0]


@pytest.fixture
def cluster(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    for name, text in ARTICLES.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


@pytest.fixture
def no_brief(monkeypatch: pytest.MonkeyPatch) -> None:
    """Fail loudly if a brief is built: a bad `-o` must be refused before any work."""

    def refuse(*_: Any, **__: Any) -> Any:
        raise AssertionError("the brief was built before the output path was checked")

    monkeypatch.setattr("summarise.api.build_brief", refuse)
    monkeypatch.setattr("summarise.pipeline.build_brief", refuse)


def umask() -> int:
    current = os.umask(0)
    os.umask(current)
    return current


def leftovers(folder: Path, expected: set[str]) -> set[str]:
    return {p.name for p in folder.iterdir()} - expected


# --- 2. --output never writes over an input, a link, a FIFO or a read-only file ------------

INPUT_NAMINGS: dict[str, Callable[[Path], list[str]]] = {
    "the file": lambda d: [str(d / "a.txt"), str(d / "b.txt")],
    "its folder": lambda d: [str(d)],
    "a glob": lambda d: [str(d / "*.txt")],
    "a path with ..": lambda d: [str(d / ".." / d.name / "a.txt"), str(d / "b.txt")],
}


@pytest.mark.parametrize("command", ["brief", "newsletter"])
@pytest.mark.parametrize("naming", list(INPUT_NAMINGS))
def test_output_naming_an_input_is_refused_before_any_work(
    cluster: Path, no_brief: None, command: str, naming: str
) -> None:
    target = cluster / "a.txt"
    result = run(command, *INPUT_NAMINGS[naming](cluster), "-f", "md", "-o", str(target))
    one_error(result, "input")
    assert target.read_text(encoding="utf-8") == ARTICLES["a.txt"]


def test_a_hard_link_to_an_input_and_the_template_are_inputs_too(
    cluster: Path, no_brief: None, tmp_path: Path
) -> None:
    link = tmp_path / "link.txt"
    os.link(cluster / "a.txt", link)
    one_error(run("brief", str(cluster), "-o", str(link)), "input")
    template = tmp_path / "page.html.j2"
    template.write_text("{{ brief.headline }}", encoding="utf-8")
    one_error(
        run("brief", str(cluster), "-f", "html", "--template", str(template), "-o", str(template)),
        "input",
    )
    assert template.read_text(encoding="utf-8") == "{{ brief.headline }}"
    assert (cluster / "a.txt").read_text(encoding="utf-8") == ARTICLES["a.txt"]


def _readonly(path: Path) -> None:
    path.write_text("keep me", encoding="utf-8")
    path.chmod(0o444)


def _symlink(path: Path) -> None:
    target = path.parent / "target.txt"
    target.write_text("keep me", encoding="utf-8")
    path.symlink_to(target)


def _dangling(path: Path) -> None:
    path.symlink_to(path.parent / "nowhere.txt")


def _directory(path: Path) -> None:
    path.mkdir()


REFUSED: dict[str, tuple[Callable[[Path], None], str]] = {
    "read-only file": (_readonly, "read-only"),
    "symbolic link": (_symlink, "symbolic link"),
    "dangling symbolic link": (_dangling, "symbolic link"),
    "directory": (_directory, "directory"),
}


@pytest.mark.parametrize("command", ["brief", "newsletter", "schema"])
@pytest.mark.parametrize("kind", list(REFUSED))
def test_links_read_only_files_and_folders_are_refused(
    tmp_path: Path, cluster: Path, no_brief: None, command: str, kind: str
) -> None:
    make, fragment = REFUSED[kind]
    out = tmp_path / "out.md"
    make(out)
    before = os.lstat(out)
    args = [command] + ([str(cluster)] if command != "schema" else []) + ["-o", str(out)]
    one_error(run(*args), fragment)
    after = os.lstat(out)
    assert (after.st_ino, after.st_mode) == (before.st_ino, before.st_mode)
    if kind in {"read-only file", "symbolic link"}:
        assert out.read_text(encoding="utf-8") == "keep me"


def test_force_replaces_a_read_only_file_and_keeps_its_mode(tmp_path: Path) -> None:
    out = tmp_path / "schema.json"
    _readonly(out)
    result = run("schema", "--force", "-o", str(out))
    assert result.exit_code == 0, result.stderr
    assert json.loads(out.read_text(encoding="utf-8"))["title"] == "EventBrief"
    assert stat.S_IMODE(out.stat().st_mode) == 0o444


def test_force_writes_a_links_target_and_the_link_stays(tmp_path: Path) -> None:
    out = tmp_path / "schema.json"
    _symlink(out)
    result = run("schema", "--force", "-o", str(out))
    assert result.exit_code == 0, result.stderr
    assert out.is_symlink()
    assert json.loads((tmp_path / "target.txt").read_text(encoding="utf-8"))["title"]


def test_new_file_gets_the_umask_mode_and_an_existing_one_keeps_its_mode(tmp_path: Path) -> None:
    new = tmp_path / "new.json"
    assert run("schema", "-o", str(new)).exit_code == 0
    assert stat.S_IMODE(new.stat().st_mode) == 0o666 & ~umask()
    old = tmp_path / "old.json"
    old.write_text("{}", encoding="utf-8")
    old.chmod(0o640)
    assert run("schema", "-o", str(old)).exit_code == 0
    assert stat.S_IMODE(old.stat().st_mode) == 0o640
    assert json.loads(old.read_text(encoding="utf-8"))["title"] == "EventBrief"
    assert leftovers(tmp_path, {"new.json", "old.json"}) == set()


@pytest.fixture
def fifo(tmp_path: Path) -> Path:
    path = tmp_path / "pipe"
    os.mkfifo(path)
    return path


def test_a_fifo_is_written_through_never_replaced(fifo: Path) -> None:
    # The reading end is open before the CLI writes: a reader thread may not have reached its
    # open() yet on a busy machine, and a FIFO nobody reads is an error by design (below). The
    # schema (about 23 KB) fits in the pipe, so it is read once the CLI is done.
    reading = os.open(fifo, os.O_RDONLY | os.O_NONBLOCK)
    try:
        result = run("schema", "-o", str(fifo))
        received = b""
        while chunk := os.read(reading, 1 << 16):
            received += chunk
    finally:
        os.close(reading)
    assert result.exit_code == 0, result.stderr
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)
    assert json.loads(received)["title"] == "EventBrief"


def test_a_fifo_nobody_reads_is_one_line_not_a_hang(fifo: Path) -> None:
    one_error(run("schema", "-o", str(fifo)), "pipe")
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)


def test_a_character_device_is_written_through(tmp_path: Path) -> None:
    """A private copy of /dev/null: a failing test must never replace the real one."""
    device = tmp_path / "null"
    try:
        os.mknod(device, stat.S_IFCHR | 0o666, os.makedev(1, 3))
    except PermissionError:
        pytest.skip("creating a device needs root")
    result = run("schema", "-o", str(device))
    assert result.exit_code == 0, result.stderr
    assert stat.S_ISCHR(os.lstat(device).st_mode)


# --- 16. unwritable directory, long names, link loops --------------------------------------


def test_an_unwritable_directory_is_one_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """We run as root, for whom the OS would not refuse: the refusal is simulated."""
    real_open = os.open
    folder = tmp_path / "locked"
    folder.mkdir()

    def refusing_open(path: Any, flags: int, *args: Any, **kwargs: Any) -> int:
        if flags & os.O_CREAT and Path(os.fsdecode(path)).parent == folder:
            raise PermissionError(13, "Permission denied", os.fsdecode(path))
        return real_open(path, flags, *args, **kwargs)

    monkeypatch.setattr(os, "open", refusing_open)
    one_error(run("schema", "-o", str(folder / "out.json")), "Permission denied")
    assert list(folder.iterdir()) == []


def test_a_250_character_name_is_written_and_a_too_long_one_is_one_line(tmp_path: Path) -> None:
    long_name = "b" * 245 + ".json"
    result = run("schema", "-o", str(tmp_path / long_name))
    assert result.exit_code == 0, result.stderr
    assert leftovers(tmp_path, {long_name}) == set()
    one_error(run("schema", "-o", str(tmp_path / ("c" * 300))), "too long")


def test_a_symbolic_link_loop_is_one_line(tmp_path: Path) -> None:
    (tmp_path / "a").symlink_to(tmp_path / "b")
    (tmp_path / "b").symlink_to(tmp_path / "a")
    one_error(run("schema", "-o", str(tmp_path / "a")), "symbolic link")
    one_error(run("schema", "--force", "-o", str(tmp_path / "a")), "symbolic link")
    one_error(run("schema", "-o", str(tmp_path / "a" / "out.json")), "symbolic link")


# --- 21. Ctrl-C: no temporary file left, one line, exit 130 ---------------------------------


def test_ctrl_c_during_the_write_leaves_no_temporary_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real_replace = os.replace

    def interrupted(source: Any, destination: Any) -> None:
        if Path(os.fsdecode(destination)).parent == tmp_path:
            raise KeyboardInterrupt
        real_replace(source, destination)

    monkeypatch.setattr(os, "replace", interrupted)
    result = run("schema", "-o", str(tmp_path / "out.json"))
    assert result.exit_code == 130
    assert "summarise: interrupted" in result.stderr
    assert list(tmp_path.iterdir()) == []


def test_ctrl_c_while_briefing_says_interrupted(
    cluster: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def interrupted(*_: Any, **__: Any) -> Any:
        raise KeyboardInterrupt

    monkeypatch.setattr("summarise.pipeline.build_brief", interrupted)
    result = run("brief", str(cluster))
    assert result.exit_code == 130 and "summarise: interrupted" in result.stderr


# --- 15. text that cannot be encoded is written replaced, never a traceback ------------------


def test_lone_surrogates_are_written_replaced_and_named(
    cluster: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("summarise.rendering.render", lambda *_, **__: "broken \udce9 text\n")
    out = tmp_path / "out.md"
    result = run("brief", str(cluster), "-o", str(out))
    assert result.exit_code == 0, result.stderr
    assert out.read_text(encoding="utf-8") == "broken \ufffd text\n"
    assert "U+FFFD" in result.stderr
    assert leftovers(tmp_path, {"in", "out.md"}) == set()
    result = run("brief", str(cluster))  # standard output too
    assert result.exit_code == 0 and "broken \ufffd text" in result.stdout


def test_json_of_a_brief_holding_lone_surrogates_renders(event: EventBrief) -> None:
    broken = event.model_copy(deep=True)
    broken.headline = "Floods \ud800 in Foo"
    text = summarise.render(broken, "json")
    assert json.loads(text)["headline"] == "Floods \ud800 in Foo"


# --- 18. numeric options ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("option", "value"),
    [
        ("--max-input-mb", "nan"),
        ("--max-input-mb", "inf"),
        ("--max-input-mb", "-inf"),
        ("--max-input-mb", "0"),
        ("--max-input-mb", "-1"),
        ("--max-input-mb", "1e400"),
        ("--max-articles", "0"),
        ("--max-article-chars", "10"),
        ("--what-words", "0"),
        ("--max-tokens-in", "5"),
    ],
)
def test_numeric_options_out_of_range_are_one_line(
    cluster: Path, no_brief: None, option: str, value: str
) -> None:
    one_error(run("brief", str(cluster), option, value), option, code=2)


@pytest.mark.parametrize("value", ["nan", "inf", "0", "-5"])
def test_verify_numeric_option_is_checked_too(tmp_path: Path, value: str) -> None:
    path = tmp_path / "brief.json"
    path.write_text("{}", encoding="utf-8")
    one_error(run("verify", str(path), "--max-input-mb", value), "--max-input-mb", code=2)


# --- 14. dates at the ends of the calendar -----------------------------------------------------

RELATIVE = [
    "yesterday", "today", "last night", "this morning", "on Monday", "last Sunday",
    "next Friday", "late on Saturday", "last week", "this week", "next week", "last month",
    "next month", "earlier this month", "last year", "next year", "two days ago",
    "1000000 days ago", "99999999999999999999 days ago", "3 weeks ago", "5000 weeks ago",
    "12 months ago", "120000 months ago", "a year ago", "5000 years ago", "January 5",
    "December 31", "February 29", "in March", "since December",
]  # fmt: skip
EDGES = [date.min, date(1, 1, 3), date(1, 12, 31), date(9999, 1, 1), date(9999, 12, 29), date.max]


def _valid_iso(iso: str) -> bool:
    """An ISO-8601 date, month, week or year inside the calendar (years 0001-9999)."""
    year, _, rest = iso.partition("-")
    if len(year) != 4 or not year.isdigit() or int(year) < 1:
        return False
    if not rest:
        return True
    if rest.startswith("W"):
        return rest[1:].isdigit() and 1 <= int(rest[1:]) <= 53
    if len(rest) == 2:
        return 1 <= int(rest) <= 12
    date.fromisoformat(iso)
    return True


@pytest.mark.parametrize("reference", EDGES, ids=str)
@pytest.mark.parametrize("expression", RELATIVE)
def test_relative_dates_at_the_ends_of_the_calendar_resolve_or_give_no_date(
    expression: str, reference: date
) -> None:
    found = find_time_expressions(f"It happened {expression}, police said.", reference)
    assert found or expression == "February 29", expression  # no such day in a common year
    assert all(e.iso is None or _valid_iso(e.iso) for e in found), found


def test_relative_dates_inside_the_calendar_still_resolve() -> None:
    def iso(text: str, reference: date) -> str | None:
        return find_time_expressions(text, reference)[0].iso

    assert iso("yesterday", date(2024, 2, 8)) == "2024-02-07"
    assert iso("next week", date(2024, 2, 8)) == "2024-W07"
    assert iso("yesterday", date(1, 1, 2)) == "0001-01-01"
    assert iso("yesterday", date.min) is None
    assert iso("next week", date.max) is None
    assert iso("1000000 days ago", date(2024, 2, 8)) is None


def test_articles_dated_at_the_ends_of_the_calendar_are_briefed() -> None:
    event = summarise.brief(
        [
            {"text": "Floods hit Foo yesterday, killing 12 people.", "published": "0001-01-01"},
            {"text": "Floods will be studied next week in Foo.", "published": "9999-12-31"},
            {"text": "Floods hit Foo 1000000 days ago, police said.", "published": "2024-02-08"},
        ]
    )
    assert event.what


def test_a_newsletter_keeps_the_other_clusters_when_one_fails_unexpectedly(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    good, bad = tmp_path / "good", tmp_path / "bad"
    for folder in (good, bad):
        folder.mkdir()
        for name, text in ARTICLES.items():
            (folder / name).write_text(text, encoding="utf-8")
    real_brief = summarise.api.brief

    def brief(item: Any, **options: Any) -> EventBrief:
        if "bad" in str(item):
            raise OverflowError("date value out of range")
        return real_brief(item, **options)

    monkeypatch.setattr("summarise.api.brief", brief)
    result = run("newsletter", str(good), str(bad), "-f", "md")
    assert result.exit_code == 3, result.stderr  # written, but not whole
    assert result.stdout.count("\n## ") == 2  # one event and the sources
    skipped = [line for line in result.stderr.splitlines() if "warning: skipped" in line]
    assert len(skipped) == 1 and str(bad) in skipped[0] and "OverflowError" in skipped[0]
    assert "1 of 2 cluster(s) skipped" in result.stderr
    reported: list[tuple[str, SummariseError]] = []
    text = summarise.newsletter(
        [str(good), str(bad)], on_error=lambda c, e: reported.append((c, e))
    )
    assert text.count("\n## ") == 2 and "OverflowError" in str(reported[0][1])


# --- 8. one safe-URL rule for every renderer -------------------------------------------------

HOSTILE_URLS = [
    "javascript:alert('EVIL')",
    "JAVASCRIPT:alert('EVIL')",
    "JaVaScRiPt:alert('EVIL')",
    " javascript:alert('EVIL')",
    "\tjavascript:alert('EVIL')",
    "java\tscript:alert('EVIL')",
    "java\nscript:alert('EVIL')",
    "\x00javascript:alert('EVIL')",
    "javascript\x01:alert('EVIL')",
    "data:text/html,<script>alert('EVIL')</script>",
    "DATA:text/html;base64,RVZJTA==EVIL",
    "vbscript:msgbox('EVIL')",
    "file:///etc/EVIL",
    "ftp://EVIL.example/x",
    "//EVIL.example/x",
    "\\\\EVIL.example\\x",
    "http:EVIL",
    "https:/EVIL",
    "https://",
    "mailto:EVIL@example.org",
]
SAFE_URL = "https://example.org/news/floods?id=1&lang=en"


@pytest.fixture(scope="module")
def event() -> EventBrief:
    return summarise.brief(
        [{"text": text, "outlet": name} for name, text in ARTICLES.items()], embed_sources=True
    )


def _every_rendering(brief: EventBrief) -> dict[str, str]:
    from summarise.newsletters import render_newsletter

    pages = {fmt: summarise.render(brief, fmt) for fmt in ("md", "text", "html")}
    pages |= {f"newsletter {fmt}": render_newsletter([brief], fmt=fmt) for fmt in ("md", "html")}
    pages["newsletter text"] = render_newsletter([brief], fmt="text")
    return pages


@pytest.mark.parametrize("url", HOSTILE_URLS)
def test_only_http_and_https_links_are_printed(event: EventBrief, url: str) -> None:
    hostile = event.model_copy(deep=True)
    hostile.sources[0].url = url
    hostile.sources[1].url = SAFE_URL
    for name, page in _every_rendering(hostile).items():
        assert "EVIL" not in page, (name, url)
        escaped = SAFE_URL.replace("&", "&amp;") if "html" in name else SAFE_URL
        assert escaped in page, name


def test_a_safe_url_cannot_break_out_of_its_link(event: EventBrief) -> None:
    hostile = event.model_copy(deep=True)
    hostile.sources[0].url = 'https://example.org/a"><script>alert(1)</script> <b>'
    hostile.sources[1].url = "https://user:secret@example.org/b"
    for name, page in _every_rendering(hostile).items():
        if "text" not in name:  # plain text has no markup to break out of
            assert "<script>alert(1)" not in page and '"><script' not in page, name
        assert "secret" not in page, name
    markdown = summarise.render(hostile, "md")
    assert "<https://example.org/a%22%3E%3Cscript%3Ealert(1)%3C/script%3E%20%3Cb%3E>" in markdown


# --- 19. a template that is not UTF-8 -----------------------------------------------------------


@pytest.mark.parametrize("command", ["brief", "newsletter"])
def test_a_template_that_is_not_utf8_is_one_line_before_any_work(
    cluster: Path, no_brief: None, tmp_path: Path, command: str
) -> None:
    template = tmp_path / "latin1.html.j2"
    template.write_bytes("<h1>{{ title }} – café</h1>".encode("cp1252"))
    one_error(run(command, str(cluster), "-f", "html", "--template", str(template)), "UTF-8")


# --- 20. the Python API's faces ------------------------------------------------------------------


def test_public_names_stay_functions_whatever_submodules_are_imported() -> None:
    code = (
        "import importlib, pkgutil, types, summarise\n"
        "fresh = {name: getattr(summarise, name) for name in summarise.__all__}\n"
        "assert callable(summarise.newsletter) and callable(summarise.render)\n"
        "for module in pkgutil.walk_packages(summarise.__path__, 'summarise.'):\n"
        "    if not module.name.endswith('__main__'):\n"
        "        importlib.import_module(module.name)\n"
        "for name, value in fresh.items():\n"
        "    now = getattr(summarise, name)\n"
        "    assert not isinstance(now, types.ModuleType), name\n"
        "    assert now is value, name\n"
        "print('ok')\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=False
    )
    assert done.stdout.strip() == "ok", done.stderr


@pytest.mark.parametrize("fmt", ["html", "HTML", "md", "markdown", "json", "text"])
def test_render_writes_every_documented_format(event: EventBrief, fmt: str) -> None:
    assert event.headline in summarise.render(event, fmt) or fmt.lower() == "html"


@pytest.mark.parametrize(
    ("arguments", "fragment"),
    [
        (("EVENT", "pdf"), "format"),
        (("EVENT", None), "format"),
        (("EVENT", 3), "format"),
        (("EVENT", ["md"]), "format"),
        (({"headline": "x"}, "md"), "EventBrief"),
        ((None, "md"), "EventBrief"),
        (("seeds/", "md"), "EventBrief"),
    ],
)
def test_render_with_bad_arguments_raises_summarise_error(
    event: EventBrief, arguments: tuple[Any, Any], fragment: str
) -> None:
    brief, fmt = arguments
    with pytest.raises(SummariseError, match=fragment):
        summarise.render(event if brief == "EVENT" else brief, fmt)


@pytest.mark.parametrize(
    ("items", "options", "fragment"),
    [
        ("EVENTS", {"fmt": "pdf"}, "format"),
        ("EVENTS", {"fmt": None}, "format"),
        ("EVENTS", {"title": 3}, "title"),
        ("EVENTS", {"date": 20240208}, "date"),
        ("EVENTS", {"template": 3}, "template"),
        ("EVENTS", {"no_such_option": 1}, "no_such_option"),
        ([], {}, "at least one"),
        ([3], {}, "3"),
        (None, {}, "None"),
    ],
)
def test_newsletter_with_bad_arguments_raises_summarise_error(
    event: EventBrief, items: Any, options: dict[str, Any], fragment: str
) -> None:
    with pytest.raises(SummariseError, match=fragment):
        summarise.newsletter([event] if items == "EVENTS" else items, **options)


def test_newsletter_takes_one_brief_or_one_cluster_alone(event: EventBrief, cluster: Path) -> None:
    assert summarise.newsletter(event, title="One").startswith("# One")
    assert summarise.newsletter(str(cluster), title="Two").count("\n## ") == 2


# --- 22. verify --------------------------------------------------------------------------------


@pytest.fixture
def saved_brief(cluster: Path, tmp_path: Path) -> Path:
    out = tmp_path / "brief.json"
    result = run("brief", str(cluster), "-f", "json", "-o", str(out))
    assert result.exit_code == 0, result.stderr
    return out


def test_verify_names_the_files_it_checked(saved_brief: Path, cluster: Path) -> None:
    result = run("verify", str(saved_brief))
    assert result.exit_code == 0, result.stderr
    for name in ARTICLES:
        assert str(cluster / name) in result.stderr


def test_verify_refuses_a_source_whose_text_is_not_the_one_briefed(
    saved_brief: Path, cluster: Path
) -> None:
    brief = json.loads(saved_brief.read_text(encoding="utf-8"))
    text = ARTICLES["a.txt"]
    assert brief["sources"][0]["sha256"] == hashlib.sha256(text.encode()).hexdigest()
    (cluster / "a.txt").write_text(text + "An added line that no citation quotes.\n")
    result = run("verify", str(saved_brief))
    assert "a.txt" in one_error(result, "a.txt")
    other = cluster.parent / "other.txt"  # a brief pointed at another file that quotes the same
    other.write_text(text + "More.\n", encoding="utf-8")
    (cluster / "a.txt").write_text(text, encoding="utf-8")
    brief["sources"][0]["path"] = str(other)
    saved_brief.write_text(json.dumps(brief), encoding="utf-8")
    assert "other.txt" in one_error(run("verify", str(saved_brief)), "other.txt")


def test_verify_accepts_a_brief_with_a_byte_order_mark(saved_brief: Path) -> None:
    saved_brief.write_bytes(b"\xef\xbb\xbf" + saved_brief.read_bytes())
    result = run("verify", str(saved_brief))
    assert result.exit_code == 0, result.stderr


def test_verify_of_more_than_10000_sources_names_no_option_it_lacks(
    tmp_path: Path, event: EventBrief
) -> None:
    count = 10_001
    feed = tmp_path / "feed.jsonl"
    lines = [json.dumps({"text": f"Floods hit Foo, report {n}."}) for n in range(count)]
    feed.write_text("\n".join(lines), encoding="utf-8")
    first = "Floods hit Foo, report 0."
    brief = {
        "headline": "Floods",
        "what": [{"text": "Floods", "citations": [
            {"source_id": "S1", "quote": first, "start": 0, "end": len(first)}
        ]}],
        "sources": [{"id": f"S{n + 1}", "path": str(feed)} for n in range(count)],
        "provenance": {"engine": "extractive", "grounding": {"verified": True}},
    }  # fmt: skip
    path = tmp_path / "brief.json"
    path.write_text(json.dumps(brief), encoding="utf-8")
    result = run("verify", str(path))
    assert "--max-articles" not in result.stderr
    assert result.exit_code == 0, result.stderr


# --- 22. casualty counts are whole, non-negative numbers ----------------------------------------


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Police said 3.5 people were injured in the blast.", []),
        ("The ministry said -5 people were killed.", []),
        ("The ministry said −5 people were killed.", []),
        ("The death toll rose to 3.5 on Monday.", []),
        ("The blast killed 2.5 million people, the ministry said.", [("killed", 2_500_000)]),
        ("Police said 12,5 people were injured.", []),
        ("Police said 5 people were killed.", [("killed", 5)]),
        ("The blast killed 1,200 people, the ministry said.", [("killed", 1200)]),
        ("At least 40 people were injured, police said.", [("injured", 40)]),
    ],
)
def test_casualty_counts_are_whole_non_negative_numbers(
    sentence: str, expected: list[tuple[str, int]]
) -> None:
    ref = SentenceRef(source_id="S1", start=0, end=len(sentence), text=sentence, position=0)
    assert [(f.kind, f.count) for f in find_figures(ref)] == expected
