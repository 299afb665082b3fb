"""The command end to end through typer's CliRunner, and bad input as a user meets it."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest
from typer.testing import CliRunner

from summarise.cli import app
from summarise.schema import json_schema

ROOT = Path(__file__).resolve().parent.parent
runner = CliRunner()


def run(*args: str, input: str | None = None):  # type: ignore[no-untyped-def]
    return runner.invoke(app, list(args), input=input)


def assert_one_clear_error(result, fragment: str) -> None:  # type: ignore[no-untyped-def]
    assert result.exit_code != 0
    errors = [line for line in result.stderr.splitlines() if line.startswith("summarise: error:")]
    assert len(errors) == 1 and fragment in errors[0], result.stderr
    assert "Traceback" not in result.stderr + result.stdout
    assert result.stdout == ""


def test_seeds_json_validates_and_every_citation_holds(
    seeds_dir: Path, seeds_texts: dict[str, str]
) -> None:
    result = run("brief", str(seeds_dir), "--format", "json")
    assert result.exit_code == 0, result.stderr
    brief = json.loads(result.stdout)
    schema = json.loads((ROOT / "schemas" / "event_brief.schema.json").read_text())
    jsonschema.validate(brief, schema)
    for field in ("who", "what", "when", "where", "casualties", "reactions"):
        assert brief[field], field
    citations = [
        c
        for f in ("what", "who", "when", "where", "casualties", "reactions")
        for item in brief[f]
        for c in item["citations"]
    ]
    citations += [c for d in brief["disputes"] for claim in d["claims"] for c in claim["citations"]]
    assert citations
    for c in citations:
        assert seeds_texts[c["source_id"]][c["start"] : c["end"]] == c["quote"]
    assert brief["provenance"]["grounding"]["verified"] is True
    assert "offline extractive engine" in result.stderr


def test_seed_near_duplicates_appear_once_citing_both(seeds_dir: Path) -> None:
    brief = json.loads(run("brief", str(seeds_dir), "-f", "json").stdout)
    texts = [s["text"] for s in brief["what"]]
    assert len(texts) == len(set(texts))
    assert any({"S1", "S2"} <= {c["source_id"] for c in s["citations"]} for s in brief["what"])
    rasool = [s for s in brief["what"] if "pushing the government" in s["text"]]
    assert len(rasool) <= 1


def test_what_words_bounds_the_summary(seeds_dir: Path) -> None:
    brief = json.loads(run("brief", str(seeds_dir), "-f", "json", "--what-words", "40").stdout)
    assert 0 < sum(len(s["text"].split()) for s in brief["what"]) <= 40


def test_output_file_and_verify_round_trip(seeds_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "brief.json"
    assert run("brief", str(seeds_dir), "-f", "json", "-o", str(out)).exit_code == 0
    result = run("verify", str(out))
    assert result.exit_code == 0 and result.stdout.startswith("ok: all ")
    result = run("verify", str(out), *sorted(str(p) for p in seeds_dir.iterdir()))
    assert result.exit_code == 0


def test_verify_fails_on_a_tampered_brief(seeds_dir: Path, tmp_path: Path) -> None:
    brief = json.loads(run("brief", str(seeds_dir), "-f", "json", "--embed-sources").stdout)
    assert all(source["text"] for source in brief["sources"])
    brief["what"][0]["citations"][0]["quote"] = "A sentence no outlet wrote."
    path = tmp_path / "tampered.json"
    path.write_text(json.dumps(brief))
    result = run("verify", str(path))
    assert result.exit_code == 1
    assert "FAIL" in result.stderr and "1 of" in result.stderr


def test_markdown_output(seeds_dir: Path) -> None:
    result = run("brief", str(seeds_dir), "--format", "md")
    assert result.exit_code == 0
    assert result.stdout.startswith("## ") and "### Sources" in result.stdout


def test_stdin(seeds_dir: Path) -> None:
    text = (seeds_dir / "004_f8ed47e050e803db.txt").read_text(encoding="utf-8")
    result = run("brief", "-", "-f", "json", input=text)
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout)["sources"][0]["outlet"] == "The Guardian"


def test_single_article_warns_that_nothing_was_cross_checked(seeds_dir: Path) -> None:
    result = run("brief", str(seeds_dir / "004_f8ed47e050e803db.txt"), "-f", "json")
    assert result.exit_code == 0
    brief = json.loads(result.stdout)
    assert brief["disputes"] == []
    assert any("nothing could be cross-checked" in w for w in brief["provenance"]["warnings"])
    assert "nothing could be cross-checked" in result.stderr


@pytest.mark.parametrize(
    ("name", "content", "fragment"),
    [
        ("empty.txt", b"", "file is empty"),
        ("image.png", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
        ("broken.json", b'{"text": "unterminated', "malformed JSON"),
        ("broken.jsonl", b"{nope\n", "malformed JSON"),
    ],
)
def test_bad_input_alone_gives_one_clear_line(
    tmp_path: Path, name: str, content: bytes, fragment: str
) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    assert_one_clear_error(run("brief", str(path)), fragment)


def test_missing_path_empty_directory_and_unknown_format(tmp_path: Path, seeds_dir: Path) -> None:
    assert_one_clear_error(run("brief", str(tmp_path / "nope.txt")), "no such file")
    (tmp_path / "empty").mkdir()
    assert_one_clear_error(run("brief", str(tmp_path / "empty")), "directory has no files")
    assert_one_clear_error(run("brief", str(seeds_dir), "--format", "pdf"), "unknown format 'pdf'")


def test_non_utf8_file_is_decoded_with_a_warning(tmp_path: Path) -> None:
    path = tmp_path / "latin1.txt"
    path.write_bytes(
        "Protesters in M\xfcnster blocked the road on Monday, police said.".encode("latin-1")
    )
    result = run("brief", str(path), "-f", "json")
    assert result.exit_code == 0
    assert "not valid UTF-8" in result.stderr


def test_a_bad_file_among_good_ones_is_skipped_and_named(tmp_path: Path, seeds_dir: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text("{oops")
    result = run("brief", str(seeds_dir), str(bad), "-f", "json")
    assert result.exit_code == 0
    assert "bad.json" in result.stderr
    assert any("bad.json" in w for w in json.loads(result.stdout)["provenance"]["warnings"])


def test_unwritable_output_is_one_clear_line(seeds_dir: Path, tmp_path: Path) -> None:
    assert_one_clear_error(
        run("brief", str(seeds_dir), "-o", str(tmp_path / "missing" / "x.md")), "does not exist"
    )


def test_verify_rejects_a_file_that_is_not_a_brief(tmp_path: Path) -> None:
    path = tmp_path / "x.json"
    path.write_text('{"headline": 3}')
    assert_one_clear_error(run("verify", str(path)), "not a summarise brief")


def test_schema_command_matches_the_committed_schema() -> None:
    result = run("schema")
    committed = json.loads((ROOT / "schemas" / "event_brief.schema.json").read_text())
    assert json.loads(result.stdout) == committed == json_schema(), (
        "schemas/event_brief.schema.json is out of date: run `make schema`"
    )


def test_version_and_help() -> None:
    assert run("--version").stdout.startswith("summarise ")
    for command in ([], ["brief"], ["schema"], ["verify"]):
        result = run(*command, "--help")
        assert result.exit_code == 0 and "Usage" in result.stdout


def test_help_does_not_import_heavy_modules() -> None:
    """`summarise --help` stays fast because nothing heavy is imported for it."""
    code = (
        "import sys; from summarise.cli import app\n"
        "heavy = ['openai', 'instructor', 'sumy', 'pydantic', 'trafilatura', 'numpy']\n"
        "print(','.join(m for m in heavy if m in sys.modules))"
    )
    loaded = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert loaded.stdout.strip() == ""


def test_verify_by_recorded_paths_keeps_jsonl_articles_apart(tmp_path: Path) -> None:
    records = [
        {"text": "Floods hit the city of Foo on Monday, killing 12 people, police said."},
        {"text": "Rescue teams in Foo searched the river all night for the missing, police said."},
    ]
    feed = tmp_path / "feed.jsonl"
    feed.write_text("\n".join(json.dumps(r) for r in records))
    out = tmp_path / "brief.json"
    assert run("brief", str(feed), "-f", "json", "-o", str(out)).exit_code == 0
    brief = json.loads(out.read_text())
    assert {s["path"] for s in brief["sources"]} == {str(feed)}
    assert any(c["source_id"] == "S2" for s in brief["what"] for c in s["citations"])
    result = run("verify", str(out))  # no sources given: the paths in the brief are read
    assert result.exit_code == 0, result.stderr


def test_the_waiting_line_ticks_and_stops_with_the_answer() -> None:
    import threading

    from summarise.cli import _waiting
    from summarise.config import resolve_settings

    settings = resolve_settings(engine="llm", base_url="http://127.0.0.1:9/v1", environ={})

    def ticking() -> bool:
        return any(thread.name == "summarise-waiting" for thread in threading.enumerate())

    with _waiting(True, settings):
        assert ticking()  # the line is updated while the model works
    assert not ticking()  # and stops once the answer is in


def test_shell_completion_completes_commands_and_options() -> None:
    import os

    def complete(words: str, index: int) -> list[str]:
        env = {
            **os.environ,
            "_SUMMARISE_COMPLETE": "complete_bash",
            "COMP_WORDS": words,
            "COMP_CWORD": str(index),
        }
        command = Path(sys.executable).with_name("summarise")  # the installed entry point
        done = subprocess.run([str(command)], env=env, capture_output=True, text=True)
        return done.stdout.split()

    assert complete("summarise re", 1) == ["render"]
    assert set(complete("summarise brief --for", 2)) == {"--format", "--force"}
    # the script `--show-completion` prints for the shell it detects; named here, because a
    # test process may have no shell above it to detect
    command = Path(sys.executable).with_name("summarise")
    env = {**os.environ, "_SUMMARISE_COMPLETE": "source_bash"}
    script = subprocess.run([str(command)], env=env, capture_output=True, text=True)
    assert "_summarise_completion" in script.stdout


def test_verbose_names_each_stage_once(seeds_dir: Path) -> None:
    result = CliRunner().invoke(app, ["brief", str(seeds_dir), "-v", "-q", "-f", "json"])
    lines = [line for line in result.stderr.splitlines() if line.startswith("summarise:")]
    assert any(line.startswith("summarise: ingest: ") for line in lines)
    assert not any(line.startswith("summarise: summarise:") for line in lines)
