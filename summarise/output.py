"""Writing `--output` without destroying anything.

The rules, checked before any work is done and again just before writing:

- never over one of the inputs (an article, a member of an input folder, a glob match, a hard
  link to one of them, the template): always refused;
- a symbolic link: refused, or with `--force` its target is written (the link stays a link);
  a link to a pipe or a terminal (`/dev/stdout`) is written through;
- a FIFO or a character device (`/dev/null`) is written straight through, never replaced; a FIFO
  that nobody reads is refused rather than waited on;
- a read-only file: refused, or with `--force` replaced (keeping its mode);
- a folder, a block device, a socket: always refused.

A regular file is written whole: a temporary file with a short name in the same folder, renamed
into place, removed on every way out (errors, Ctrl-C). An existing file keeps its mode; a new one
gets the usual `0666 & ~umask`. Nothing heavy is imported here (`summarise --help` stays fast).
"""

from __future__ import annotations

import contextlib
import errno
import glob
import os
import re
import secrets
import stat
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from .errors import ConfigurationError

_LONE_SURROGATE = re.compile("[\ud800-\udfff]")
_NAME_MAX = 255  # bytes of one file name on Linux and macOS file systems


@dataclass(frozen=True)
class Target:
    """Where the text goes: a regular file to replace or create, or a stream to write through."""

    path: Path
    stream: bool = False
    mode: int | None = None  # an existing file's permission bits, kept
    owner: tuple[int, int] | None = None  # an existing file's uid and gid, kept when we can


def encodable(text: str) -> tuple[str, int]:
    """`text` with every lone surrogate (not valid Unicode, cannot be UTF-8) replaced by U+FFFD,
    one for one so that offsets stay exact, and how many were replaced."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return _LONE_SURROGATE.subn("\ufffd", text)
    return text, 0


def check_output(output: Path, inputs: Iterable[str] = (), *, force: bool = False) -> Target:
    """Where writing `output` would go, or `ConfigurationError` (one line) if it must not be
    written. `inputs` are the command's input arguments (paths, folders, globs, URLs, `-`)."""
    name = str(output)
    try:
        return _check(output, list(inputs), force=force, seen=0)
    except OSError as error:
        raise ConfigurationError(f"{name}: cannot write ({_reason(error)})") from None
    except ValueError as error:  # a NUL byte in the name
        raise ConfigurationError(f"{name}: not a usable file name ({error})") from None


def write_output(text: str, target: Target) -> int:
    """Write `text` as UTF-8 to `target`; return how many characters had to be replaced."""
    text, replaced = encodable(text)
    data = text.encode("utf-8")
    try:
        if target.stream:
            _write_through(data, target.path)
        else:
            _replace(data, target)
    except OSError as error:
        raise ConfigurationError(f"{target.path}: cannot write ({_reason(error)})") from None
    return replaced


def _check(output: Path, inputs: list[str], *, force: bool, seen: int) -> Target:
    try:
        info = os.lstat(output)
    except FileNotFoundError:
        _check_new(output)
        return Target(output)
    if stat.S_ISLNK(info.st_mode):
        return _check_link(output, inputs, force=force, seen=seen)
    _refuse_inputs(output, info, inputs)
    if stat.S_ISDIR(info.st_mode):
        raise ConfigurationError(f"{output}: is a directory")
    if stat.S_ISFIFO(info.st_mode) or stat.S_ISCHR(info.st_mode):
        return Target(output, stream=True)
    if not stat.S_ISREG(info.st_mode):
        raise ConfigurationError(f"{output}: not a regular file (refusing to write a brief there)")
    if not force and (not info.st_mode & 0o222 or not os.access(output, os.W_OK)):
        raise ConfigurationError(
            f"{output}: the file is read-only; pass --force to replace it anyway"
        )
    _check_directory(output.parent, output.name)
    return Target(output, mode=info.st_mode & 0o777, owner=(info.st_uid, info.st_gid))


def _check_link(output: Path, inputs: list[str], *, force: bool, seen: int) -> Target:
    destination = os.readlink(output)
    try:
        info = os.stat(output)
    except FileNotFoundError:
        info = None  # a dangling link
    except OSError as error:
        if error.errno == errno.ELOOP:
            raise ConfigurationError(f"{output}: symbolic link loop") from None
        raise
    if info is not None and (stat.S_ISFIFO(info.st_mode) or stat.S_ISCHR(info.st_mode)):
        _refuse_inputs(output, info, inputs)
        return Target(output, stream=True)  # /dev/stdout, /dev/fd/N, a link to /dev/null
    if not force:
        raise ConfigurationError(
            f"{output}: is a symbolic link (to {destination}); pass --force to write to its target"
        )
    if seen > 40:
        raise ConfigurationError(f"{output}: symbolic link loop")
    target = Path(os.path.join(os.path.dirname(output), destination))
    return _check(target, inputs, force=force, seen=seen + 1)


def _check_new(output: Path) -> None:
    """A file that does not exist yet: its folder must exist and take a file of that name."""
    directory = output.parent
    try:
        info = os.stat(directory)
    except FileNotFoundError:
        raise ConfigurationError(f"{output}: directory {directory} does not exist") from None
    except OSError as error:
        if error.errno == errno.ELOOP:
            raise ConfigurationError(f"{output}: symbolic link loop in {directory}") from None
        raise
    if not stat.S_ISDIR(info.st_mode):
        raise ConfigurationError(f"{output}: {directory} is not a directory")
    _check_directory(directory, output.name)


def _check_directory(directory: Path, name: str) -> None:
    if len(os.fsencode(name)) > _name_max(directory):
        raise ConfigurationError(f"{directory / name}: file name too long")
    if not os.access(directory, os.W_OK | os.X_OK):
        raise ConfigurationError(
            f"{directory / name}: cannot write in {directory} (Permission denied)"
        )


def _name_max(directory: Path) -> int:
    try:
        return os.pathconf(directory, "PC_NAME_MAX")
    except (OSError, ValueError):
        return _NAME_MAX


def _refuse_inputs(output: Path, info: os.stat_result, inputs: list[str]) -> None:
    """Refuse `output` when it is (the same file as) one of the inputs."""
    same = (info.st_dev, info.st_ino)
    if same in _input_files(inputs):
        raise ConfigurationError(
            f"{output}: is one of the inputs; writing there would destroy it (choose another file)"
        )


def _input_files(inputs: list[str]) -> set[tuple[int, int]]:
    """(device, inode) of every file the inputs name: files, folder members, glob matches."""
    found: set[tuple[int, int]] = set()
    for argument in inputs:
        if argument == "-" or argument.startswith(("http://", "https://")):
            continue
        for path in _expand(argument):
            try:
                info = os.stat(path)
            except (OSError, ValueError):
                continue
            found.add((info.st_dev, info.st_ino))
    return found


def _expand(argument: str) -> list[str]:
    try:
        if os.path.isdir(argument):
            return [
                os.path.join(folder, name)
                for folder, _, names in os.walk(argument, followlinks=False)
                for name in names
            ]
    except ValueError:
        return []
    if any(char in argument for char in "*?["):
        return glob.glob(argument, recursive=True)
    return [argument]


def _replace(data: bytes, target: Target) -> None:
    temporary, descriptor = _create_temporary(target.path.parent)
    try:
        try:
            if target.mode is not None:
                os.fchmod(descriptor, target.mode)
                _keep_owner(descriptor, target.owner)
            _write_all(descriptor, data)
            os.fsync(descriptor)
        finally:
            os.close(descriptor)
        os.replace(temporary, target.path)
    except BaseException:  # errors, Ctrl-C: no temporary file is left behind
        Path(temporary).unlink(missing_ok=True)
        raise


def _create_temporary(directory: Path) -> tuple[Path, int]:
    """A new empty file, open for writing, with a short name (whatever the output's length) in
    `directory`; created with mode 0666 so that the umask applies as to any new file."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_CLOEXEC", 0)
    for _ in range(100):
        path = directory / f".summarise-{secrets.token_hex(6)}.tmp"
        try:
            return path, os.open(path, flags, 0o666)
        except FileExistsError:
            continue
    raise OSError(errno.EEXIST, "no free temporary file name", str(directory))


def _keep_owner(descriptor: int, owner: tuple[int, int] | None) -> None:
    if owner is None or (os.geteuid(), os.getegid()) == owner:
        return
    with contextlib.suppress(OSError):  # not allowed to give it away: it is ours, as any rewrite
        os.fchown(descriptor, *owner)


def _write_through(data: bytes, path: Path) -> None:
    """Write into a FIFO or a device as it is. A FIFO with no reader is an error, not a hang."""
    try:
        descriptor = os.open(path, os.O_WRONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    except OSError as error:
        if error.errno == errno.ENXIO:
            raise ConfigurationError(
                f"{path}: a named pipe that nothing is reading from (start the reader first)"
            ) from None
        raise
    try:
        os.set_blocking(descriptor, True)
        _write_all(descriptor, data)
    finally:
        os.close(descriptor)


def _write_all(descriptor: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        view = view[os.write(descriptor, view) :]


def _reason(error: OSError) -> str:
    return error.strerror or str(error)
