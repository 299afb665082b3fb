"""An editor's loop: save a brief, edit it, publish it with `render` or `newsletter`, every
citation checked again on the way."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from summarise.cli import EXIT_INCOMPLETE, app

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
REWORDED = "The Pentagon announced 40 new sanctions on Tehran."


@pytest.fixture(scope="module")
def saved(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("saved")
    result = CliRunner().invoke(
        app, ["brief", str(SEEDS), "-f", "json", "-o", str(folder / "b.json")]
    )
    assert result.exit_code == 0, result.stderr
    return folder / "b.json"


def edited(saved: Path, folder: Path) -> tuple[Path, dict]:
    """The saved brief with one item deleted, one statement reworded so that its quote no
    longer backs it, and one citation's offsets broken (its quote left as it was)."""
    brief = json.loads(saved.read_text(encoding="utf-8"))
    removed = brief["what"].pop(1)
    brief["what"][0]["text"] = REWORDED
    moved = brief["who"][0]["citations"][0]
    moved["start"] += 3
    moved["end"] += 3
    path = folder / "edited.json"
    path.write_text(json.dumps(brief), encoding="utf-8")
    return path, removed


def test_render_publishes_the_edited_brief_and_reports_each_change(
    saved: Path, tmp_path: Path
) -> None:
    path, removed = edited(saved, tmp_path)
    out = tmp_path / "out.json"
    result = CliRunner().invoke(app, ["render", str(path), "-f", "json", "-o", str(out)])
    assert result.exit_code == 0, result.stderr
    published = json.loads(out.read_text(encoding="utf-8"))
    texts = [statement["text"] for statement in published["what"]]
    assert removed["text"] not in texts  # the editor's deletion stands
    assert REWORDED not in texts  # its citations no longer back it: dropped, and said so
    assert "re-anchored, offsets" in result.stderr  # the broken offsets, found and fixed
    assert "does not support its item" in result.stderr and REWORDED[:30] in result.stderr
    assert published["provenance"]["grounding"]["verified"] is True
    who = published["who"][0]["citations"][0]
    source = next(
        s for s in json.loads(saved.read_text())["sources"] if s["id"] == who["source_id"]
    )
    assert (
        Path(source["path"]).read_text(encoding="utf-8")[who["start"] : who["end"]] == who["quote"]
    )


def test_render_strict_refuses_an_edited_brief_and_writes_nothing(
    saved: Path, tmp_path: Path
) -> None:
    path, _ = edited(saved, tmp_path)
    out = tmp_path / "out.md"
    result = CliRunner().invoke(app, ["render", str(path), "-f", "md", "-o", str(out), "--strict"])
    assert result.exit_code == EXIT_INCOMPLETE
    assert "nothing written (--strict)" in result.stderr
    assert not out.exists()


def test_render_of_an_untouched_brief_reports_nothing(saved: Path, tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["render", str(saved), "-f", "md", "--strict"])
    assert result.exit_code == 0, result.stderr
    assert "warning" not in result.stderr and result.stdout.startswith("## ")


def test_newsletter_takes_saved_briefs_beside_clusters(saved: Path, tmp_path: Path) -> None:
    path, _ = edited(saved, tmp_path)
    result = CliRunner().invoke(
        app, ["newsletter", str(path), str(SEEDS), "-f", "md", "-o", str(tmp_path / "n.md")]
    )
    assert result.exit_code == 0, result.stderr
    text = (tmp_path / "n.md").read_text(encoding="utf-8")
    assert REWORDED not in text and text.count("\n## ") >= 2  # two events
    assert f"{path}: dropped what" in result.stderr


def test_newsletter_strict_skips_the_edited_brief_and_exits_3(saved: Path, tmp_path: Path) -> None:
    path, _ = edited(saved, tmp_path)
    result = CliRunner().invoke(
        app,
        ["newsletter", str(saved), str(path), "--strict", "-f", "md", "-o", str(tmp_path / "n.md")],
    )
    assert result.exit_code == EXIT_INCOMPLETE
    assert f"skipped {path}" in result.stderr and "not published (--strict)" in result.stderr
    assert (tmp_path / "n.md").exists()  # the other event is still published
