"""Settings that depend on the endpoint: the mode and the deadline a local server gets."""

from __future__ import annotations

import pytest

from summarise.config import (
    DEFAULT_LOCAL_TIMEOUT_SECONDS,
    DEFAULT_TIMEOUT_SECONDS,
    is_local_endpoint,
    resolve_settings,
)


@pytest.mark.parametrize(
    "url",
    [
        "http://127.0.0.1:8080/v1",
        "http://localhost:11434/v1",
        "http://[::1]:8000/v1",
        "http://192.168.1.20:8000/v1",
        "http://10.0.0.5/v1",
        "http://gpu-box.local:8080/v1",
    ],
)
def test_a_server_on_this_machine_or_network_gets_json_schema_and_a_long_deadline(
    url: str,
) -> None:
    assert is_local_endpoint(url)
    settings = resolve_settings(engine="llm", base_url=url, environ={})
    assert settings.mode == "json_schema"
    assert settings.timeout == DEFAULT_LOCAL_TIMEOUT_SECONDS


@pytest.mark.parametrize("url", [None, "https://api.openai.com/v1", "https://openrouter.ai/api/v1"])
def test_a_hosted_api_gets_a_forced_tool_call_and_the_short_deadline(url: str | None) -> None:
    settings = resolve_settings(engine="llm", base_url=url, api_key="k", environ={})
    assert settings.mode == "tools"
    assert settings.timeout == DEFAULT_TIMEOUT_SECONDS


def test_an_explicit_mode_and_timeout_win() -> None:
    settings = resolve_settings(
        engine="llm", base_url="http://127.0.0.1:1/v1", mode="md-json", timeout=30, environ={}
    )
    assert (settings.mode, settings.timeout) == ("md_json", 30)


def test_the_base_url_from_the_environment_decides_too() -> None:
    settings = resolve_settings(environ={"OPENAI_BASE_URL": "http://localhost:8080/v1"})
    assert settings.mode == "json_schema"


# -- the config file: flags, then the environment, then the file, then the defaults ----------

from pathlib import Path  # noqa: E402

from typer.testing import CliRunner  # noqa: E402

from summarise.cli import app  # noqa: E402
from summarise.config_file import find_config_file, layered  # noqa: E402
from summarise.errors import OptionError  # noqa: E402


def test_precedence_flag_environment_file_default(tmp_path: Path) -> None:
    (tmp_path / "summarise.toml").write_text('model = "from-file"\nwhat-words = 60\n')
    env = {"SUMMARISE_MODEL": "from-env"}
    chosen = layered({"model": None, "what_words": None}, env, tmp_path)
    assert (chosen["model"].value, chosen["model"].source) == (
        "from-env",
        "environment SUMMARISE_MODEL",
    )
    assert chosen["what_words"].value == 60 and chosen["what_words"].source.startswith("file ")
    assert chosen["summariser"].value is None and chosen["summariser"].source.startswith("default")
    flagged = layered({"model": "from-flag"}, env, tmp_path)["model"]
    assert (flagged.value, flagged.source) == ("from-flag", "--model")
    assert layered({}, {}, tmp_path)["model"].value == "from-file"


def test_the_file_is_found_here_in_pyproject_or_in_the_user_config_dir(tmp_path: Path) -> None:
    here, home = tmp_path / "here", tmp_path / "xdg"
    here.mkdir()
    assert find_config_file(here, {"XDG_CONFIG_HOME": str(home)}) is None
    (home / "summarise").mkdir(parents=True)
    (home / "summarise" / "config.toml").write_text('engine = "extractive"\n')
    assert (
        find_config_file(here, {"XDG_CONFIG_HOME": str(home)}) == home / "summarise" / "config.toml"
    )
    (here / "pyproject.toml").write_text('[tool.summarise]\nformat = "md"\n')
    assert find_config_file(here, {"XDG_CONFIG_HOME": str(home)}) == here / "pyproject.toml"
    assert layered({}, {"XDG_CONFIG_HOME": str(home)}, here)["format"].value == "md"
    (here / "summarise.toml").write_text('format = "json"\n')
    assert layered({}, {}, here)["format"].value == "json"


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ('api_key = "sk-123"\n', "is not read from a file"),
        ('colour = "red"\n', "unknown setting 'colour'"),
        ("what_words = 'many'\n", "what_words must be a int"),
        ("format = [\n", "not valid TOML"),
    ],
)
def test_a_bad_config_file_is_one_line_naming_it(tmp_path: Path, text: str, fragment: str) -> None:
    (tmp_path / "summarise.toml").write_text(text)
    with pytest.raises(OptionError, match=fragment):
        layered({}, {}, tmp_path)


def test_the_brief_command_reads_the_file_and_config_shows_where_each_came_from(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    seeds = Path(__file__).resolve().parent.parent / "seeds"
    (tmp_path / "summarise.toml").write_text('format = "md"\nwhat-words = 40\n')
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "none"))
    result = CliRunner().invoke(app, ["brief", str(seeds), "--quiet"])
    assert result.exit_code == 0, result.stderr
    assert result.stdout.startswith("## ")  # md, from the file
    assert CliRunner().invoke(app, ["brief", str(seeds), "-f", "json", "-q"]).stdout.startswith("{")
    shown = CliRunner().invoke(app, ["config"]).stdout
    assert f"file {tmp_path / 'summarise.toml'}" in shown and "default: lexrank" in shown


def test_newsletter_and_render_read_the_file_too(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    seeds = Path(__file__).resolve().parent.parent / "seeds"
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "none"))
    saved = tmp_path / "b.json"
    assert (
        CliRunner().invoke(app, ["brief", str(seeds), "-f", "json", "-o", str(saved)]).exit_code
        == 0
    )
    (tmp_path / "summarise.toml").write_text('format = "md"\nmode = "bogus"\n')
    bad = CliRunner().invoke(app, ["newsletter", str(seeds), "-f", "md"])
    assert bad.exit_code == 2 and "unknown mode" in bad.stderr  # the file's mode was read
    (tmp_path / "summarise.toml").write_text('format = "md"\n')
    shown = CliRunner().invoke(app, ["render", str(saved)])
    assert shown.exit_code == 0 and shown.stdout.startswith("## ")  # md, from the file
