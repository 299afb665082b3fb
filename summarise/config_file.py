"""Settings from a file: `summarise.toml` (or a `[tool.summarise]` table in `pyproject.toml`) in
the working directory, else `summarise/config.toml` in the user's config directory
($XDG_CONFIG_HOME, else ~/.config). Command-line flags beat the environment, which beats the
file, which beats the defaults; `summarise config` shows where each value came from.

Keys are never read from a file: an API key belongs in the environment or a secrets manager,
not in a file that is easily committed. A key in the file is refused with a line saying so.
"""

from __future__ import annotations

import os
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from .config import (
    DEFAULT_LOCAL_TIMEOUT_SECONDS,
    DEFAULT_MODEL,
    DEFAULT_TIMEOUT_SECONDS,
    DEFAULT_WHAT_WORDS,
)
from .errors import OptionError

# name in the file -> (type, the environment variable that beats it, the default shown)
KEYS: dict[str, tuple[type, str | None, object]] = {
    "engine": (str, None, "auto"),
    "model": (str, "SUMMARISE_MODEL", DEFAULT_MODEL),
    "base_url": (str, "OPENAI_BASE_URL", None),
    "mode": (str, None, "auto"),
    "timeout": (
        float,
        None,
        f"{DEFAULT_TIMEOUT_SECONDS:.0f} ({DEFAULT_LOCAL_TIMEOUT_SECONDS:.0f} for a local server)",
    ),
    "what_words": (int, None, DEFAULT_WHAT_WORDS),
    "summariser": (str, None, "lexrank"),
    "format": (str, None, "text"),
    "width": (int, None, "the terminal's, else 80"),  # rendering.TEXT_WIDTH
}
SECRET_KEYS = frozenset({"api_key", "openai_api_key", "key", "token"})


@dataclass(frozen=True)
class Layered:
    """One setting's value and where it came from."""

    value: object
    source: str  # "--flag", "environment VAR", "file PATH", "default"


def find_config_file(
    cwd: Path | None = None, environ: Mapping[str, str] | None = None
) -> Path | None:
    env = os.environ if environ is None else environ
    here = cwd or Path.cwd()
    own = here / "summarise.toml"
    if own.is_file():
        return own
    project = here / "pyproject.toml"
    if project.is_file() and _has_table(project):
        return project
    base = Path(env.get("XDG_CONFIG_HOME") or Path.home() / ".config")
    user = base / "summarise" / "config.toml"
    return user if user.is_file() else None


def _has_table(pyproject: Path) -> bool:
    try:
        return "summarise" in tomllib.loads(pyproject.read_text("utf-8")).get("tool", {})
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
        return False


def read_config_file(path: Path) -> dict[str, object]:
    """The file's settings, checked: an unknown key, a key of the wrong type or an API key is
    one OptionError line naming the file."""
    try:
        data = tomllib.loads(path.read_text("utf-8"))
    except (OSError, UnicodeDecodeError) as error:
        raise OptionError(f"{path}: cannot read ({error})") from None
    except tomllib.TOMLDecodeError as error:
        raise OptionError(f"{path}: not valid TOML ({error})") from None
    if path.name == "pyproject.toml":
        data = data.get("tool", {}).get("summarise", {})
    settings: dict[str, object] = {}
    for key, value in data.items():
        name = key.replace("-", "_")
        if name in SECRET_KEYS:
            raise OptionError(
                f"{path}: {key!r} is not read from a file: set OPENAI_API_KEY in the environment"
            )
        if name not in KEYS:
            raise OptionError(f"{path}: unknown setting {key!r}: known are {', '.join(KEYS)}")
        kind = KEYS[name][0]
        if kind is float and isinstance(value, int) and not isinstance(value, bool):
            value = float(value)
        if not isinstance(value, kind) or isinstance(value, bool):
            raise OptionError(f"{path}: {key} must be a {kind.__name__}, not {value!r}")
        settings[name] = value
    return settings


def layered(
    flags: Mapping[str, object],
    environ: Mapping[str, str] | None = None,
    cwd: Path | None = None,
) -> dict[str, Layered]:
    """Each setting of `KEYS`: the flag if given, else its environment variable, else the
    config file, else the default."""
    env = os.environ if environ is None else environ
    path = find_config_file(cwd, env)
    from_file = read_config_file(path) if path else {}
    result: dict[str, Layered] = {}
    for name, (_, variable, default) in KEYS.items():
        flag = flags.get(name)
        if flag is not None:
            result[name] = Layered(flag, f"--{name.replace('_', '-')}")
        elif variable and env.get(variable):
            result[name] = Layered(env[variable], f"environment {variable}")
        elif name in from_file:
            result[name] = Layered(from_file[name], f"file {path}")
        else:
            result[name] = Layered(None, f"default: {default}")
    return result
