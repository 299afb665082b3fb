import json
import re
from pathlib import Path

import pytest

from summarise.rendering import render
from summarise.schema import EventBrief


def test_markdown_reads_as_a_newsletter_item(seeds_brief: EventBrief) -> None:
    md = render(seeds_brief, "md")
    assert md.startswith(f"## {seeds_brief.headline}\n")
    for heading in ("### Casualties", "### Disputed", "### Who", "### Reactions", "### Sources"):
        assert heading in md
    sources = md.split("### Sources", 1)[1]
    assert re.search(r"^5\. \*\*The Guardian\*\*, “Three dead as US drone strike", sources, re.M)
    assert "2024-02-08" in sources
    # Every note number used in the text is a listed source.
    used = {int(n) for n in re.findall(r"\[(\d+)\]", md.split("### Sources", 1)[0])}
    assert used and used <= set(range(1, len(seeds_brief.sources) + 1))


def test_json_round_trips(seeds_brief: EventBrief) -> None:
    again = EventBrief.model_validate(json.loads(render(seeds_brief, "json")))
    assert again == seeds_brief


def test_text_has_no_markup_or_colour_codes_when_not_on_a_terminal(seeds_brief: EventBrief) -> None:
    text = render(seeds_brief, "text")
    assert seeds_brief.headline.split()[0] in text
    assert "\x1b[" not in text and "<sub>" not in text


def test_copies_are_not_counted_as_corroboration(seeds_brief: EventBrief) -> None:
    s1_s2 = [c for c in seeds_brief.citations() if c.source_id in {"S1", "S2"}]
    both = [s1_s2[0], *[c for c in s1_s2 if c.source_id != s1_s2[0].source_id][:1]]
    assert seeds_brief.independent_sources(both) == 1  # S2 is a copy of S1
    md = render(seeds_brief, "md")
    assert "[1][2] (1 independent)" in md


# -- terminal text that fits the terminal ---------------------------------------------------

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
# Colour codes, and the OSC 8 hyperlinks a terminal shows as the link's text only.
_ANSI = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]|\x1b\][^\x1b]*\x1b\\")


def _words(text: str) -> set[str]:
    return set(text.split())


@pytest.mark.parametrize("width", [60, 80, 120])
def test_text_fits_its_width_without_broken_words_or_trailing_spaces(width: int) -> None:
    import summarise

    event = summarise.brief([str(Path(__file__).parent / "data" / "multiling" / "M007")])
    text = summarise.render(event, "text", width=width)
    lines = text.split("\n")
    assert max(len(line) for line in lines) <= width
    assert not [line for line in lines if line != line.rstrip()]
    # Every word printed is a word of the brief: none is cut in two at the line's end.
    markdown = summarise.render(event, "md")
    source_words = _words(re.sub(r"\*\*|`|</?sub>", " ", markdown))
    broken = {
        w
        for w in _words(text)
        if w.strip("•*#()[],.;:") not in {x.strip("•*#()[],.;:") for x in source_words}
    }
    assert not broken, sorted(broken)[:10]


def test_text_on_a_terminal_takes_the_terminal_width(tmp_path: Path) -> None:
    """The real CLI in a pseudo-terminal 64 columns wide: every line fits, none ends in spaces."""
    import fcntl
    import os
    import pty
    import struct
    import subprocess
    import sys
    import termios

    main, secondary = pty.openpty()
    fcntl.ioctl(secondary, termios.TIOCSWINSZ, struct.pack("HHHH", 50, 64, 0, 0))
    env = {k: v for k, v in os.environ.items() if k not in ("COLUMNS", "LINES")}
    process = subprocess.Popen(
        [sys.executable, "-m", "summarise", "brief", str(SEEDS), "--quiet"],
        stdout=secondary,
        stderr=subprocess.DEVNULL,
        stdin=subprocess.DEVNULL,
        env=env,
    )
    os.close(secondary)
    chunks = []
    while True:
        try:
            chunk = os.read(main, 65536)
        except OSError:  # the other end closed: the process is done
            break
        if not chunk:
            break
        chunks.append(chunk)
    process.wait(60)
    os.close(main)
    text = _ANSI.sub("", b"".join(chunks).decode("utf-8", "replace")).replace("\r", "")
    lines = text.split("\n")
    assert process.returncode == 0 and len(lines) > 20
    assert max(len(line) for line in lines) <= 64
    assert not [line for line in lines if line != line.rstrip()]
