"""`summarise batch`: one line per event as each finishes, resumable after a crash, cached,
one event's failure never stopping the others."""

from __future__ import annotations

import itertools
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from summarise.batch import finished_ids
from summarise.cli import app
from summarise.schema import EventBrief

PLACES = ["Mirelle", "Kessel", "Dorran", "Vask", "Ostwick", "Pell", "Arnholt", "Senna", "Tarrow",
          "Umber", "Quell", "Brisk", "Calder", "Fenwick", "Harrow"]  # fmt: skip
KINDS = [("fire", "burned"), ("flood", "flooded"), ("storm", "battered"), ("quake", "shook")]


def event_folders(root: Path, count: int) -> Path:
    """`count` small events, two reports each, one folder per event."""
    for number in range(count):
        place = f"{PLACES[number % len(PLACES)]}{'' if number < len(PLACES) else number}"
        kind, verb = KINDS[number % len(KINDS)]
        dead = 2 + number % 9
        folder = root / f"event-{number:03d}"
        folder.mkdir(parents=True)
        (folder / "a.txt").write_text(
            f"{kind.title()} in {place}\n\ndate 2024-03-0{1 + number % 9}\n\nA {kind} {verb} "
            f"the town of {place} on Monday, killing {dead} people, officials said. Rescue "
            f"teams searched {place} through the night.\n",
            encoding="utf-8",
        )
        (folder / "b.txt").write_text(
            f"{place} {kind} toll\n\ndate 2024-03-0{1 + number % 9}\n\nThe {kind} in {place} "
            f"killed {dead} people on Monday, the mayor of {place} said. Schools in {place} "
            "will stay closed.\n",
            encoding="utf-8",
        )
    return root


def records(path: Path) -> list[dict[str, object]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_every_event_gets_one_valid_brief_and_a_rerun_adds_nothing(tmp_path: Path) -> None:
    events = event_folders(tmp_path / "events", 6)
    out = tmp_path / "briefs.jsonl"
    first = CliRunner().invoke(app, ["batch", str(events), "-o", str(out), "-j", "2"])
    assert first.exit_code == 0, first.stderr
    lines = records(out)
    assert sorted(str(r["cluster_id"]) for r in lines) == [f"event-{n:03d}" for n in range(6)]
    for record in lines:
        assert record["status"] == "ok" and record["error"] is None
        brief = EventBrief.model_validate(record["brief"])  # the contract, whole
        assert brief.what and len(brief.sources) == 2
    again = CliRunner().invoke(app, ["batch", str(events), "-o", str(out)])
    assert again.exit_code == 0
    assert records(out) == lines  # nothing briefed twice
    assert "6 already in" in again.stderr


def test_an_unchanged_event_comes_from_the_cache(tmp_path: Path) -> None:
    events = event_folders(tmp_path / "events", 3)
    first, second = tmp_path / "one.jsonl", tmp_path / "two.jsonl"
    assert CliRunner().invoke(app, ["batch", str(events), "-o", str(first)]).exit_code == 0
    result = CliRunner().invoke(app, ["batch", str(events), "-o", str(second)])
    assert result.exit_code == 0
    assert all(r["cached"] for r in records(second))
    assert "3 briefed now (3 from the cache)" in result.stderr
    briefs = {r["cluster_id"]: r["brief"] for r in records(first)}
    assert {r["cluster_id"]: r["brief"] for r in records(second)} == briefs
    fresh = CliRunner().invoke(
        app, ["batch", str(events), "-o", str(tmp_path / "three.jsonl"), "--no-cache"]
    )
    assert not any(r["cached"] for r in records(tmp_path / "three.jsonl"))
    assert fresh.exit_code == 0
    shown = CliRunner().invoke(app, ["cache"])
    assert "3 cached brief(s)" in shown.stdout
    cleared = CliRunner().invoke(app, ["cache", "--clear"])
    assert "removed 3" in cleared.stdout
    assert "0 cached brief(s)" in CliRunner().invoke(app, ["cache"]).stdout


def test_a_failed_event_gets_an_error_line_and_the_others_go_on(tmp_path: Path) -> None:
    events = event_folders(tmp_path / "events", 3)
    broken = events / "event-broken"
    broken.mkdir()
    (broken / "empty.txt").write_text("", encoding="utf-8")
    out = tmp_path / "briefs.jsonl"
    result = CliRunner().invoke(app, ["batch", str(events), "-o", str(out)])
    assert result.exit_code == 3  # incomplete
    by_id = {r["cluster_id"]: r for r in records(out)}
    assert by_id["event-broken"]["status"] == "error"
    assert "empty" in str(by_id["event-broken"]["error"])
    assert [by_id[f"event-{n:03d}"]["status"] for n in range(3)] == ["ok"] * 3


def test_a_line_torn_by_a_crash_is_cut_off_and_the_event_briefed_once(tmp_path: Path) -> None:
    events = event_folders(tmp_path / "events", 3)
    out = tmp_path / "briefs.jsonl"
    assert CliRunner().invoke(app, ["batch", str(events), "-o", str(out)]).exit_code == 0
    whole = out.read_bytes()
    out.write_bytes(whole[: len(whole) - 200])  # the last record half written
    result = CliRunner().invoke(app, ["batch", str(events), "-o", str(out)])
    assert result.exit_code == 0
    assert "cut off an unfinished last line" in result.stderr
    ids = [r["cluster_id"] for r in records(out)]
    assert sorted(ids) == [f"event-{n:03d}" for n in range(3)]


def test_a_foreign_line_inside_the_output_is_refused_not_cut(tmp_path: Path) -> None:
    out = tmp_path / "briefs.jsonl"
    out.write_text('{"cluster_id": "a"}\nnot json\n{"cluster_id": "b"}\n', encoding="utf-8")
    with pytest.raises(Exception, match="line 2: not a batch record"):
        finished_ids(out)
    assert out.read_text(encoding="utf-8").count("\n") == 3  # untouched


def test_a_run_killed_halfway_and_run_again_writes_each_event_once(tmp_path: Path) -> None:
    events = event_folders(tmp_path / "events", 12)
    out = tmp_path / "briefs.jsonl"
    command = [str(Path(sys.executable).with_name("summarise")), "batch", str(events)]
    command += ["-o", str(out), "-j", "1", "--no-cache"]
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    process = subprocess.Popen(command, env=env, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        if out.exists() and out.read_bytes().count(b"\n") >= 3:
            break
        time.sleep(0.05)
    process.send_signal(signal.SIGKILL)  # no chance to tidy up
    process.wait()
    written = out.read_bytes().count(b"\n")
    assert 3 <= written < 12, "the kill came too late to test a resume"
    done = subprocess.run(command, env=env, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    ids = [r["cluster_id"] for r in records(out)]
    assert sorted(ids) == [f"event-{n:03d}" for n in range(12)]  # each once, none lost


def test_three_hundred_events_complete_and_every_brief_is_the_contract(tmp_path: Path) -> None:
    events = event_folders(tmp_path / "events", 300)
    out = tmp_path / "briefs.jsonl"
    result = CliRunner().invoke(app, ["batch", str(events), "-o", str(out), "-q"])
    assert result.exit_code == 0, result.stderr
    lines = records(out)
    assert len(lines) == 300 and len({r["cluster_id"] for r in lines}) == 300
    for record in lines:
        EventBrief.model_validate(record["brief"])


def test_a_clusters_file_is_a_batch_input(tmp_path: Path) -> None:
    feed = tmp_path / "all"
    event_folders(feed, 3)
    clusters = tmp_path / "clusters.jsonl"
    made = CliRunner().invoke(app, ["cluster", str(feed), "-o", str(clusters)])
    assert made.exit_code == 0, made.stderr
    wanted = [json.loads(line)["id"] for line in clusters.read_text("utf-8").splitlines()]
    out = tmp_path / "briefs.jsonl"
    result = CliRunner().invoke(app, ["batch", str(clusters), "-o", str(out)])
    assert result.exit_code == 0, result.stderr
    assert sorted(r["cluster_id"] for r in records(out)) == sorted(wanted)


def test_bad_batch_options_are_one_line(tmp_path: Path) -> None:
    events = event_folders(tmp_path / "events", 1)
    for args, message in (
        (["-j", "0"], "--workers must be 1 or more"),
        (["-o", str(events)], "not a regular file"),
    ):
        full = ["batch", str(events), *(args if "-o" in args else [*args, "-o", "x.jsonl"])]
        result = CliRunner().invoke(app, full)
        assert result.exit_code == 2, result.stderr
        assert message in result.stderr and "Traceback" not in result.stderr


def test_llm_events_keep_to_the_in_flight_limit(tmp_path: Path) -> None:
    from scripted_llm import scripted_server

    events = event_folders(tmp_path / "events", 6)
    out = tmp_path / "briefs.jsonl"
    with scripted_server() as server:
        url = server.base_url("unhurried")
        result = CliRunner().invoke(
            app, ["batch", str(events), "-o", str(out), "--base-url", url, "-j", "2"]
        )
        assert result.exit_code == 0, result.stderr
        assert len(server.requests) == 6
        assert server.most_in_flight == 2  # two at a time, never more (and concurrency used)
    assert all(r["brief"]["provenance"]["engine"] == "llm" for r in records(out))


def test_llm_requests_keep_to_the_per_minute_limit(tmp_path: Path) -> None:
    from scripted_llm import scripted_server

    events = event_folders(tmp_path / "events", 4)
    with scripted_server() as server:
        url = server.base_url("good")
        result = CliRunner().invoke(
            app,
            ["batch", str(events), "-o", str(tmp_path / "b.jsonl"), "--base-url", url,
             "-j", "4", "--rpm", "60"],
        )  # fmt: skip
        assert result.exit_code == 0, result.stderr
        times = sorted(request["received"] for request in server.requests)
    assert len(times) == 4
    # 60 a minute: sent one a second. They arrive a little less regularly (a thread busy with
    # its prompt connects late), so each gap may be short by up to half a second, never more;
    # four requests at once, as four workers would send them unpaced, are gaps of ~0.
    gaps = [later - earlier for earlier, later in itertools.pairwise(times)]
    assert min(gaps) >= 0.5 and times[-1] - times[0] >= 2.5, gaps


def test_max_cost_stops_starting_llm_events_and_a_rerun_goes_on(tmp_path: Path) -> None:
    from scripted_llm import scripted_server

    from summarise.batch import Job, _Budget
    from summarise.config import resolve_settings
    from summarise.ingest import load_articles

    events = event_folders(tmp_path / "events", 5)
    out = tmp_path / "briefs.jsonl"
    with scripted_server() as server:
        url = server.base_url("good")
        args = ["--base-url", url, "--model", "gpt-4o-mini", "--no-cache", "-j", "1"]
        settings = resolve_settings(base_url=url, model="gpt-4o-mini")
        one = load_articles([str(events / "event-000")]).articles
        guess = _Budget(settings, None).estimate(Job("x", "x", one))  # before an event starts
        nothing = CliRunner().invoke(
            app, ["batch", str(events), "-o", str(out), *args, "--max-cost", f"{guess / 2:.8f}"]
        )
        assert nothing.exit_code == 3 and "5 event(s) not started" in nothing.stderr
        assert not server.requests and not records(out)
        # what one event really costs, as its usage says (less than the guess, made before)
        probe = tmp_path / "probe.jsonl"
        assert CliRunner().invoke(app, ["batch", str(events / "event-000"), "-o", str(probe),
                                        *args]).exit_code == 0  # fmt: skip
        (record,) = records(probe)
        spent = record["brief"]["provenance"]["usage"]["estimated_cost_usd"]
        assert 0 < spent < guess
        limit = f"{guess + 1.5 * spent:.8f}"  # the second starts (spent + guess), a third not
        stopped = CliRunner().invoke(
            app, ["batch", str(events), "-o", str(out), *args, "--max-cost", limit]
        )
        assert stopped.exit_code == 3  # incomplete, and said why
        assert "3 event(s) not started" in stopped.stderr and "--max-cost" in stopped.stderr
        assert len(records(out)) == 2
        rest = CliRunner().invoke(
            app, ["batch", str(events), "-o", str(out), *args, "--max-cost", "1"]
        )
        assert rest.exit_code == 0, rest.stderr
    assert sorted(r["cluster_id"] for r in records(out)) == [f"event-{n:03d}" for n in range(5)]


def test_a_failing_llm_event_falls_back_or_gets_an_error_line(tmp_path: Path) -> None:
    from scripted_llm import scripted_server

    events = event_folders(tmp_path / "events", 2)
    with scripted_server() as server:
        url = server.base_url("error500")
        fell_back = tmp_path / "fallback.jsonl"
        result = CliRunner().invoke(
            app, ["batch", str(events), "-o", str(fell_back), "--base-url", url, "-q"]
        )
        assert result.exit_code == 0
        assert all(r["brief"]["provenance"]["engine"] == "extractive" for r in records(fell_back))
        strict = tmp_path / "strict.jsonl"
        result = CliRunner().invoke(
            app,
            ["batch", str(events), "-o", str(strict), "--base-url", url, "--no-fallback", "-q"],
        )
        assert result.exit_code == 3
        assert [r["status"] for r in records(strict)] == ["error", "error"]
        assert all("500" in str(r["error"]) or "server" in str(r["error"]) for r in records(strict))


def test_a_newsletter_straight_from_a_mixed_feed_has_one_section_per_topic(
    tmp_path: Path,
) -> None:
    multiling = Path(__file__).parent / "data" / "multiling"
    out = tmp_path / "issue.md"
    result = CliRunner().invoke(
        app,
        ["newsletter", "--feed", str(multiling / "*" / "*.txt"), "--top", "10", "-o", str(out)],
    )
    assert result.exit_code == 0, result.stderr
    lines = out.read_text("utf-8").splitlines()
    sections = [line for line in lines if line.startswith("## ") and line != "## Sources"]
    assert len(sections) == 7  # seven topics; the articles no other report tells left out
    assert "article(s) that no other report tells left out" in result.stderr
    top = CliRunner().invoke(
        app, ["newsletter", "--feed", str(multiling / "*" / "*.txt"), "--top", "2"]
    )
    assert top.exit_code == 0
    heads = [line for line in top.stdout.splitlines() if line.startswith("## ")]
    assert len(heads) == 3 and heads[-1] == "## Sources"  # two events, then the sources


def test_the_ray_executor_gives_the_briefs_the_local_one_gives(tmp_path: Path) -> None:
    pytest.importorskip("ray", reason="the Ray extra is not installed (CI installs it)")
    import ray

    events = event_folders(tmp_path / "events", 4)
    local, remote = tmp_path / "local.jsonl", tmp_path / "ray.jsonl"
    ran = CliRunner().invoke(app, ["batch", str(events), "-o", str(local), "--no-cache", "-q"])
    assert ran.exit_code == 0, ran.stderr
    ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False, object_store_memory=10**8)
    try:
        result = CliRunner().invoke(
            app,
            ["batch", str(events), "-o", str(remote), "--no-cache", "--executor", "ray", "-j", "2"],
        )
        assert result.exit_code == 0, result.stderr
    finally:
        ray.shutdown()
    ours = {r["cluster_id"]: r["brief"] for r in records(local)}
    theirs = {r["cluster_id"]: r["brief"] for r in records(remote)}
    assert theirs == ours and len(ours) == 4


def test_an_unknown_executor_is_one_line(tmp_path: Path) -> None:
    events = event_folders(tmp_path / "events", 1)
    result = CliRunner().invoke(
        app, ["batch", str(events), "-o", str(tmp_path / "b.jsonl"), "--executor", "spark"]
    )
    assert result.exit_code == 2
    assert "unknown executor 'spark'" in result.stderr
