"""The HTML page and the newsletter, as markup and in a real headless browser."""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import Any

import pytest
from browser import chromium, chromium_path
from typer.testing import CliRunner

import summarise
from summarise.cli import app
from summarise.newsletters import newsletter, render_newsletter

ROOT = Path(__file__).resolve().parent.parent
SEEDS = str(ROOT / "seeds")
DEV = ROOT.parent / "shared" / "eval" / "multiling2011-en" / "sources"
M001 = ROOT / "tests" / "data" / "multiling" / "M001"
HOSTILE = (
    "Police said <script>window.__pwned = 1</script> the <b>bridge</b> collapsed on Monday, "
    'killing three people. <img src=x onerror="window.__pwned = 2"> "We are shocked," the '
    "mayor of Foo said.\nRescue teams searched the river near Foo on Monday, police said."
)


@pytest.fixture(scope="module")
def seeds_page() -> str:
    return summarise.render(summarise.brief([SEEDS], embed_sources=True), "html")


@pytest.fixture(scope="module")
def hostile_page() -> str:
    event = summarise.brief(
        [{"text": HOSTILE, "outlet": "<i>Evil</i> Daily"}, {"text": HOSTILE}], embed_sources=True
    )
    return summarise.render(event, "html")


def test_page_is_self_contained(seeds_page: str) -> None:
    assert seeds_page.startswith("<!DOCTYPE html>")
    assert not re.search(r"<(?:link|script)[^>]+(?:href|src)=", seeds_page)
    assert not re.search(r"(?:src|href)=\"(?:https?:)?//", seeds_page.split("<article", 1)[0])
    assert "@media (max-width" in seeds_page  # one column on a phone


def test_every_citation_link_has_its_anchor(seeds_page: str) -> None:
    links = re.findall(r'<a class="cite" href="#(c\d+)"', seeds_page)
    anchors = set(re.findall(r'<span class="anchor" id="(c\d+)">', seeds_page))
    assert links and set(links) == anchors


def test_article_markup_is_escaped(hostile_page: str) -> None:
    assert "<script>window.__pwned" not in hostile_page
    assert "&lt;script&gt;window.__pwned = 1&lt;/script&gt;" in hostile_page
    assert "<img src=x" not in hostile_page and "<i>Evil</i>" not in hostile_page


def test_newsletter_of_seeds_and_two_development_clusters_from_the_function() -> None:
    clusters = [SEEDS, str(DEV / "M001"), str(DEV / "M002")] if DEV.is_dir() else [SEEDS, str(M001)]
    md = newsletter(clusters, title="Morning brief", date="2026-11-23", fmt="md")
    assert md.startswith("# Morning brief\n\n2026-11-23\n")
    assert md.count("\n## ") == len(clusters) + 1  # one section per event, and the sources
    sources = md.split("## Sources", 1)[1]
    numbers = [int(n) for n in re.findall(r"^(\d+)\. ", sources, flags=re.M)]
    assert numbers == list(range(1, len(numbers) + 1))
    used = {int(n) for n in re.findall(r"\[(\d+)\]", md.split("## Sources", 1)[0])}
    assert used <= set(numbers)
    assert "**The Guardian**" in sources and "2024-02-08" in sources
    html = newsletter(clusters, title="Morning brief", fmt="html")
    assert "<table" in html and "<style" not in html and "<script" not in html
    text = newsletter(clusters, title="Morning brief", fmt="text")
    assert text.startswith("MORNING BRIEF") and "<" not in text.split("Sources", 1)[0][:200]


def test_newsletter_command_and_a_skipped_cluster(tmp_path: Path) -> None:
    out = tmp_path / "news.html"
    result = CliRunner().invoke(
        app,
        [
            "newsletter",
            SEEDS,
            str(M001),
            str(tmp_path / "missing"),
            "--title",
            "Evening",
            "-f",
            "html",
            "-o",
            str(out),
        ],
    )
    assert result.exit_code == 3, result.stderr  # written, but one cluster is missing
    assert "skipped" in result.stderr and "missing" in result.stderr
    page = out.read_text(encoding="utf-8")
    assert page.count('<a name="event-') == 2


def test_custom_template_is_used_and_a_broken_one_is_one_error(tmp_path: Path) -> None:
    good = tmp_path / "mine.md.j2"
    good.write_text("{{ title }}: {% for e in events %}{{ e.headline }}|{% endfor %}\n")
    result = CliRunner().invoke(app, ["newsletter", SEEDS, "--title", "T", "--template", str(good)])
    assert result.exit_code == 0 and result.stdout.startswith("T: ")
    broken = tmp_path / "broken.html.j2"
    broken.write_text("{% for e in events %}{{ e.headline }")
    result = CliRunner().invoke(app, ["newsletter", SEEDS, "--template", str(broken)])
    assert result.exit_code == 1 and "Traceback" not in result.stderr
    errors = [line for line in result.stderr.splitlines() if "error:" in line]
    assert len(errors) == 1 and "broken.html.j2, line 1" in errors[0]
    result = CliRunner().invoke(app, ["brief", SEEDS, "-f", "html", "--template", str(broken)])
    assert result.exit_code == 1 and "broken.html.j2" in result.stderr
    missing = CliRunner().invoke(app, ["brief", SEEDS, "-f", "html", "--template", "nope.j2"])
    assert missing.exit_code == 1 and "no such file" in missing.stderr


def test_a_newsletter_escapes_html_but_markdown_keeps_text(hostile_page: str) -> None:
    event = summarise.brief([{"text": HOSTILE}, {"text": HOSTILE}])
    html = render_newsletter([event], fmt="html")
    assert "<script>window" not in html and "&lt;script&gt;" in html


# --- in a real browser ---------------------------------------------------------------------


@pytest.fixture(scope="module")
def browser() -> Any:
    if chromium_path() is None:
        if os.environ.get("CI"):
            pytest.fail("CI must have chromium (.ci/run installs Debian's chromium)")
        pytest.skip("no chromium on this machine (apt-get install chromium): browser tests skipped")
    with chromium() as running:
        yield running


def open_page(
    browser: Any, html: str, tmp_path: Path, name: str
) -> tuple[Any, list[str], list[str]]:
    path = tmp_path / f"{name}.html"
    path.write_text(html, encoding="utf-8")
    page = browser.new_page()
    errors: list[str] = []
    requests: list[str] = []
    page.on(
        "console", lambda message: errors.append(message.text) if message.type == "error" else None
    )
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.on("request", lambda request: requests.append(request.url))
    page.goto(path.as_uri())
    return page, errors, [url for url in requests if url != path.as_uri()]


def test_brief_page_loads_clean_and_a_citation_highlights_its_span(
    browser: Any, seeds_page: str, tmp_path: Path
) -> None:
    page, errors, requests = open_page(browser, seeds_page, tmp_path, "brief")
    link = page.locator("a.cite").nth(5)
    anchor = link.get_attribute("data-cite")
    link.click()
    active = page.eval_on_selector_all("mark.cited.active", "els => els.map(e => e.dataset.cites)")
    assert active and all(anchor in cites.split() for cites in active)
    mark = page.locator("mark.cited.active").first
    in_view = "e => { const r = e.getBoundingClientRect(); "
    in_view += "return r.top >= 0 && r.bottom <= innerHeight; }"
    assert mark.is_visible() and mark.evaluate(in_view)
    highlighted = mark.evaluate("e => getComputedStyle(e).backgroundColor")
    plain = page.locator("mark.cited:not(.active)").first.evaluate(
        "e => getComputedStyle(e).backgroundColor"
    )
    assert highlighted != plain
    assert page.evaluate("location.hash") == f"#{anchor}"
    assert errors == [] and requests == []


def test_phone_width_is_one_column(browser: Any, seeds_page: str, tmp_path: Path) -> None:
    path = tmp_path / "phone.html"
    path.write_text(seeds_page, encoding="utf-8")
    page = browser.new_page(viewport={"width": 390, "height": 844})
    page.goto(path.as_uri())
    brief_box = page.locator("section.brief").bounding_box()
    sources_box = page.locator("section.sources").bounding_box()
    assert sources_box["y"] >= brief_box["y"] + brief_box["height"] - 1
    assert page.evaluate("document.documentElement.scrollWidth") <= 390


def test_hostile_article_is_inert_in_the_browser(
    browser: Any, hostile_page: str, tmp_path: Path
) -> None:
    page, errors, requests = open_page(browser, hostile_page, tmp_path, "hostile")
    assert page.evaluate("window.__pwned") is None
    assert (
        "<script>window.__pwned = 1</script>" in page.locator("article.source").first.inner_text()
    )
    assert errors == [] and requests == []


def test_newsletter_loads_clean(browser: Any, tmp_path: Path) -> None:
    html = newsletter([SEEDS, str(M001)], title="Morning brief", fmt="html")
    page, errors, requests = open_page(browser, html, tmp_path, "newsletter")
    assert page.locator("h2").count() == 2
    assert errors == [] and requests == []


def test_newsletter_cites_each_statement_and_links_every_note_to_its_source() -> None:
    import summarise

    event = summarise.brief([str(SEEDS)])
    markdown = summarise.newsletter([event], fmt="md")
    summary = markdown.split("\n## ", 2)[1].split("\n\n", 2)[1]
    for statement in event.what:  # each statement is followed by its own notes
        assert re.search(re.escape(statement.text) + r" (\[\d+\])+", summary)
    page = summarise.newsletter([event], fmt="html")
    targets = set(re.findall(r'id="source-(\d+)"', page))
    links = re.findall(r'<a href="#source-(\d+)"[^>]*>\[(\d+)\]</a>', page)
    assert links and all(a == b and a in targets for a, b in links)
    bare = re.sub(r"<a [^>]*>\[\d+\]</a>", "", page)
    assert not re.search(r"\[\d+\]", bare)  # no note left as plain text


def test_sources_are_named_by_outlet_then_site_then_file() -> None:
    from summarise.rendering import source_label
    from summarise.schema import Source

    assert source_label(Source(id="S1", outlet="Reuters", url="https://x.example/a")) == "Reuters"
    assert source_label(Source(id="S1", url="https://www.bbc.co.uk/news/1")) == "bbc.co.uk"
    assert source_label(Source(id="S1", path="in/000_a.txt")) == "unknown outlet (file 000_a.txt)"
    assert source_label(Source(id="S1")) == "unknown outlet"


def test_every_note_in_the_newsletter_and_the_brief_page_is_a_working_link(
    browser: Any, seeds_page: str, tmp_path: Path
) -> None:
    html = newsletter([SEEDS, str(M001)], title="Morning brief", fmt="html")
    page, errors, _ = open_page(browser, html, tmp_path, "newsletter-links")
    notes = page.locator('a[href^="#source-"]')
    assert notes.count() > 20
    missing = page.evaluate(
        "() => [...document.querySelectorAll('a[href^=\"#source-\"]')]"
        ".filter(a => !document.getElementById(a.getAttribute('href').slice(1))).length"
    )
    assert missing == 0
    last = notes.nth(notes.count() - 1)
    target = last.get_attribute("href")
    last.click()
    assert page.evaluate("location.hash") == target
    brief_page, brief_errors, _ = open_page(browser, seeds_page, tmp_path, "brief-links")
    dangling = brief_page.evaluate(
        "() => [...document.querySelectorAll('a[href^=\"#\"]')]"
        ".filter(a => a.getAttribute('href').length > 1"
        " && !document.getElementById(a.getAttribute('href').slice(1))).length"
    )
    assert dangling == 0 and errors == [] and brief_errors == []
