import json
import re

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
