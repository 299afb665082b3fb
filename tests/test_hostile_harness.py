"""The hostile-input harness (`bench/hostile.py`) runs whole, in CI, and its case list in the
README is the one it runs."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
HARNESS = ROOT / "bench" / "hostile.py"


def test_every_hostile_case_ends_cleanly() -> None:
    """No traceback, no silent drop, no hang, no leaked secret, no wrong outcome, in any case."""
    done = subprocess.run(
        [sys.executable, str(HARNESS)], capture_output=True, text=True, timeout=1500, cwd=ROOT
    )
    summary = re.search(
        r"(\d+) cases in \d+ s: (\d+) tracebacks?, (\d+) silent drops?, (\d+) hangs?, "
        r"(\d+) secret leaks?, (\d+) wrongs?",
        done.stdout,
    )
    assert summary, done.stdout[-2000:] + done.stderr[-2000:]
    cases, *failures = (int(group) for group in summary.groups())
    assert cases >= 60
    failed = [line for line in done.stdout.splitlines() if re.search(r"\s\d+\.\d\s+(?!ok$)", line)]
    assert failures == [0, 0, 0, 0, 0], "\n".join(failed)
    assert done.returncode == 0


def test_the_readme_lists_the_cases_the_harness_runs() -> None:
    listed = subprocess.run(
        [sys.executable, str(HARNESS), "--list"], capture_output=True, text=True, check=True
    ).stdout
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for line in listed.splitlines():
        assert line in readme, f"README is missing the harness line: {line[:80]}"
