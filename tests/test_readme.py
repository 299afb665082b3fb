"""Every command and Python example in the README runs, and its sample output is real."""

from __future__ import annotations

import re
import shlex
from pathlib import Path

import pytest
from typer.testing import CliRunner

from summarise.cli import app

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")


def blocks(language: str) -> list[str]:
    return re.findall(rf"```{language}\n(.*?)```", README, flags=re.S)


def commands() -> list[str]:
    return [
        line[2:]
        for block in blocks("console")
        for line in block.splitlines()
        if line.startswith("$ summarise ")
    ]


@pytest.fixture
def in_project_copy(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    (tmp_path / "seeds").symlink_to(ROOT / "seeds")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_readme_has_the_two_setup_commands() -> None:
    setup = blocks("console")[0]
    assert "make demo" in setup and "make test" in setup


def test_every_readme_command_runs(in_project_copy: Path) -> None:
    runner = CliRunner()
    assert len(commands()) >= 5
    for command in commands():  # in order: `verify brief.json` needs the brief written before
        args = shlex.split(command)[1:]
        result = runner.invoke(app, args)
        assert result.exit_code == 0, f"{command}\n{result.stderr}"


def test_readme_sample_output_is_what_make_demo_prints(in_project_copy: Path) -> None:
    shown = blocks("markdown")[0].strip()
    result = CliRunner().invoke(app, ["brief", "seeds/", "--format", "md"])
    assert result.stdout.startswith(shown), (
        "README sample is stale: paste the new `make demo` output"
    )


def test_readme_python_example_runs(in_project_copy: Path) -> None:
    (example,) = blocks("python")
    example = example.replace(
        '"text": "..."', '"text": "A bridge collapsed in Foo on Monday, officials said."'
    )
    exec(compile(example, "README.md", "exec"), {})
