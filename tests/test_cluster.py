"""Events found in a mixed set of articles (`summarise cluster`, `summarise.cluster`) and the
warning `summarise brief` gives when its input looks like several events."""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest
from typer.testing import CliRunner

import summarise
from summarise.cli import app
from summarise.clustering import cluster_articles, several_events
from summarise.ingest import Article, load_articles

MULTILING = Path(__file__).parent / "data" / "multiling"

FLOOD = [
    ("Floods kill 12 in Valdoria", "Flash floods swept through the Valdorian river town of "
     "Mirelle on Monday, killing 12 people and leaving hundreds homeless, officials said."),
    ("Valdoria flood toll rises", "The death toll from Monday's flash floods in Mirelle, "
     "Valdoria, rose to 14 as rescuers searched the river banks for the missing."),
    ("Mirelle floods: rescuers search river", "Rescue teams in the flooded town of Mirelle "
     "pulled two more bodies from the river, as Valdoria declared a day of mourning."),
]  # fmt: skip
ELECTION = [
    ("Ostran election: opposition claims victory", "Ostra's opposition leader Petra Halvik "
     "claimed victory in Sunday's parliamentary election as counting continued in Kessel."),
    ("Halvik leads Ostran count", "With most ballots counted, Petra Halvik's party led the "
     "Ostran parliamentary vote, the election commission in Kessel said on Monday."),
    ("Ostra votes: turnout high", "Turnout in Ostra's parliamentary election reached 71 "
     "percent, the commission in Kessel said, as Halvik supporters celebrated."),
]  # fmt: skip
AGAIN = [
    ("Mirelle flooded again", "A year after the deadly floods, the river burst its banks in "
     "Mirelle, Valdoria, on Sunday; five people died and the old bridge was swept away."),
    ("Valdoria: five dead in new Mirelle flood", "Five people were killed when the river "
     "flooded Mirelle again on Sunday, Valdoria's emergency service said."),
    ("Mirelle bridge lost to river", "Sunday's flood in Mirelle destroyed the town's old "
     "bridge; Valdoria said the five dead included two children."),
]  # fmt: skip
ALONE = ("Chess prodigy wins title", "A twelve-year-old chess prodigy won the national chess "
         "championship after a marathon final game against the defending champion.")  # fmt: skip


def articles(pairs: list[tuple[str, str]], day: str = "2024-03-04") -> list[Article]:
    return [
        Article(id=f"S{n}", text=f"{title}\n\n{body}", title=title, published=day)
        for n, (title, body) in enumerate(pairs, start=1)
    ]


def test_a_mixed_set_is_sorted_into_its_events_and_articles_alone() -> None:
    mixed = articles([FLOOD[0], ELECTION[0], ALONE, FLOOD[1], ELECTION[1], FLOOD[2], ELECTION[2]])
    events = cluster_articles(mixed)
    groups = sorted(sorted(a.title or "" for a in event.articles) for event in events)
    assert groups == sorted(
        [sorted(t for t, _ in FLOOD), sorted(t for t, _ in ELECTION), [ALONE[0]]]
    )
    assert [event.size for event in events] == [3, 3, 1]  # largest first
    for event in events:
        assert event.label in {a.title for a in event.articles}


def test_ids_are_stable_whatever_the_order_and_change_with_the_members() -> None:
    mixed = articles([*FLOOD, *ELECTION, ALONE])
    first = {event.id: {a.title for a in event.articles} for event in cluster_articles(mixed)}
    shuffled = mixed[:]
    random.Random(3).shuffle(shuffled)
    again = {event.id: {a.title for a in event.articles} for event in cluster_articles(shuffled)}
    assert first == again
    fewer = {event.id for event in cluster_articles(mixed[1:])}
    assert fewer != set(first)  # the flood event lost an article: a new id


def test_the_same_kind_of_story_two_years_apart_is_two_events() -> None:
    earlier = articles(FLOOD, day="2022-03-07")
    later = articles(AGAIN, day="2024-03-04")
    assert sorted(event.size for event in cluster_articles(later)) == [3]
    assert [event.size for event in cluster_articles(earlier + later)] == [3, 3]
    week = [
        Article(id=a.id, text=a.text, title=a.title, published=f"2024-03-0{n}")
        for n, a in enumerate(earlier, start=4)
    ]
    assert [event.size for event in cluster_articles(week)] == [3]  # a week is one story


def test_one_event_gives_no_warning_and_two_events_name_their_groups() -> None:
    assert several_events(articles([*FLOOD, ALONE])) is None
    warning = several_events(articles([*FLOOD, *ELECTION]))
    assert warning is not None
    assert "2 events" in warning
    assert any(title in warning for title, _ in FLOOD)
    assert any(title in warning for title, _ in ELECTION)


def test_the_brief_of_seven_mixed_topics_warns_and_names_them() -> None:
    event = summarise.brief(str(MULTILING / "*" / "*.txt"), engine="extractive")
    (warning,) = [w for w in event.provenance.warnings if "look like" in w]
    assert "70 articles look like 7 events" in warning
    assert "Royal Navy sailors" in warning and "Bali" in warning
    single = summarise.brief(str(MULTILING / "M002"), engine="extractive")
    assert not [w for w in single.provenance.warnings if "look like" in w]


def test_the_seven_topics_are_seven_events_and_never_merged() -> None:
    read = load_articles([str(MULTILING / "*" / "*.txt")]).articles
    topic_of = {a.id: Path(a.path or "").parent.name for a in read}
    events = cluster_articles(read)
    for event in events:
        assert len({topic_of[a.id] for a in event.articles}) == 1  # no two topics merged
    assert sum(event.size >= 7 for event in events) == 7


def test_cli_writes_one_json_line_per_event_with_its_articles_whole(tmp_path: Path) -> None:
    feed = tmp_path / "feed.jsonl"
    records = [
        {"title": a.title, "text": a.text, "published": a.published, "url": f"https://x.test/{n}"}
        for n, a in enumerate(articles([*FLOOD, ALONE, *ELECTION]))
    ]
    feed.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    out = tmp_path / "clusters.jsonl"
    result = CliRunner().invoke(app, ["cluster", str(feed), "--output", str(out)])
    assert result.exit_code == 0, result.stderr
    lines = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [line["size"] for line in lines] == [3, 3, 1]
    assert len({line["id"] for line in lines}) == 3
    every = [a for line in lines for a in line["articles"]]
    assert sorted(a["url"] for a in every) == sorted(r["url"] for r in records)
    assert all(a["text"] and a["published"] == "2024-03-04" for a in every)
    assert "7 articles: 2 event(s) told by several articles, 1 article(s) alone" in result.stderr
    text = CliRunner().invoke(app, ["cluster", str(feed), "--format", "text"])
    assert text.exit_code == 0
    assert [line.split()[0] for line in text.stdout.splitlines()] == [x["id"] for x in lines]


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        (["--format", "xml"], 2, "unknown format 'xml'"),
        (["--max-input-mb", "0"], 2, "--max-input-mb"),
    ],
)
def test_cli_bad_options_give_one_line(args: list[str], code: int, message: str) -> None:
    result = CliRunner().invoke(app, ["cluster", "seeds/", *args])
    assert result.exit_code == code
    assert message in result.stderr
    assert "Traceback" not in result.stderr and len(result.stderr.strip().splitlines()) == 1


def test_cli_unreadable_input_is_one_line(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["cluster", str(tmp_path / "missing.jsonl")])
    assert result.exit_code == 1
    assert "missing.jsonl" in result.stderr and "Traceback" not in result.stderr


def test_a_large_input_is_judged_on_an_even_sample_and_says_so() -> None:
    many = articles([*FLOOD, *ELECTION] * 35)  # 210 articles
    warning = several_events(many)
    assert warning is not None
    assert warning.startswith("105 of these 210 articles (one in 2) look like 2 events")
