"""Many events briefed in one run: one JSON line per event, written as each finishes.

A batch is a list of jobs, one per event: the sub-folders of a folder, the lines of a
`clusters.jsonl` that `summarise cluster` wrote, or the events found in a feed (or any other
articles). Each finished event is appended to the output at once and flushed to disk, so a
crash or Ctrl-C loses nothing finished; running the same command again skips every event the
output already holds, so nothing is briefed twice. A line torn by a crash mid-write is cut off
(and said so) before the run goes on. An event that cannot be briefed gets an error line and
never stops the others.

Extractive briefs run in worker processes (one per core by default: the work is CPU-bound and
Python threads would share one core). Briefs are cached on disk by a hash of everything that
decides them (`cache_key`), so an unchanged event costs nothing the second time.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import (
    FIRST_COMPLETED,
    Executor,
    ProcessPoolExecutor,
    ThreadPoolExecutor,
    wait,
)
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from . import __version__
from .clustering import cluster_articles
from .config import Limits, Settings
from .errors import ConfigurationError, InputError, OptionError, SummariseError
from .ingest import Article, load_articles
from .pacing import limit_requests

CACHE_ENVIRONMENT = "SUMMARISE_CACHE_DIR"
RECORD_VERSION = "1"


@dataclass
class Job:
    """One event to brief: an id that names it in the output, a label, its articles."""

    id: str
    label: str
    articles: list[Article]
    problem: str | None = None  # why its articles could not be read: an error record


@dataclass
class BatchReport:
    """What a run did: counts a caller prints, and the ids of events that failed."""

    total: int = 0
    skipped: int = 0  # already in the output
    written: int = 0
    cached: int = 0
    failed: list[str] = field(default_factory=list)
    repaired: str | None = None  # a torn last line cut off, described
    spent_usd: float = 0.0  # estimated, of the LLM briefs written now
    not_started: int = 0  # left for a later run: starting them would pass --max-cost


# --- jobs --------------------------------------------------------------------------------------


def jobs_from(inputs: Sequence[str], limits: Limits, timeout: float | None = None) -> list[Job]:
    """The events of a batch input: a folder of event folders (one job per sub-folder, named
    by it), a `clusters.jsonl` written by `summarise cluster`, or anything else `brief` reads
    (a feed, a folder of articles ...), sorted into events first."""
    if len(inputs) == 1:
        path = Path(inputs[0])
        if path.is_dir() and _event_folders(path):
            return [_folder_job(folder, limits) for folder in _event_folders(path)]
        if path.is_file() and path.suffix in {".jsonl", ".ndjson"} and _is_clusters_file(path):
            return _jobs_from_clusters(path)
    articles = load_articles(list(inputs), limits=limits, timeout=timeout).articles
    return [Job(event.id, event.label, event.articles) for event in cluster_articles(articles)]


def _folder_job(folder: Path, limits: Limits) -> Job:
    try:
        return Job(folder.name, folder.name, load_articles([str(folder)], limits=limits).articles)
    except SummariseError as error:
        return Job(folder.name, folder.name, [], problem=str(error))


def _event_folders(path: Path) -> list[Path]:
    """Sub-folders, when the folder holds only folders (and hidden files)."""
    entries = [entry for entry in sorted(path.iterdir()) if not entry.name.startswith(".")]
    folders = [entry for entry in entries if entry.is_dir()]
    return folders if folders and len(folders) == len(entries) else []


def _is_clusters_file(path: Path) -> bool:
    with path.open(encoding="utf-8", errors="replace") as handle:
        first = handle.readline()
    try:
        record = json.loads(first)
    except ValueError:
        return False
    return isinstance(record, dict) and "id" in record and isinstance(record.get("articles"), list)


def _jobs_from_clusters(path: Path) -> list[Job]:
    jobs = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
            articles = load_articles(record["articles"]).articles
            jobs.append(Job(str(record["id"]), str(record.get("label") or record["id"]), articles))
        except (ValueError, KeyError, TypeError, SummariseError) as error:
            raise InputError(
                f"{path} line {number}: not an event of summarise cluster ({error})"
            ) from None
    if not jobs:
        raise InputError(f"{path}: no events")
    return jobs


# --- cache -------------------------------------------------------------------------------------


def cache_dir() -> Path:
    """$SUMMARISE_CACHE_DIR, else $XDG_CACHE_HOME/summarise/briefs, else ~/.cache/..."""
    if os.environ.get(CACHE_ENVIRONMENT):
        return Path(os.environ[CACHE_ENVIRONMENT])
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "summarise" / "briefs"


def cache_key(job: Job, settings: Settings) -> str:
    """A hash of what decides a brief: the articles (text and metadata), the engine, the model
    and endpoint, the prompt's version, the settings that shape the brief, and this version of
    summarise. Never the API key."""
    engine = settings.chosen_engine()
    prompt = None
    if engine == "llm":
        from .llm.prompt import instructions

        prompt = instructions()[0]
    decided = {
        "summarise": __version__,
        "articles": [[a.text, a.title, a.outlet, a.published, a.url] for a in job.articles],
        "engine": engine,
        "model": settings.model if engine == "llm" else None,
        "base_url": settings.base_url if engine == "llm" else None,
        "mode": settings.mode if engine == "llm" else None,
        "max_tokens_in": settings.max_tokens_in if engine == "llm" else None,
        "prompt": prompt,
        "what_words": settings.what_words,
        "summariser": settings.summariser,
        "embed_sources": settings.embed_sources,
        "fallback": settings.fallback if engine == "llm" else None,
    }
    return hashlib.sha256(json.dumps(decided, sort_keys=True).encode("utf-8")).hexdigest()


def cached(key: str) -> dict[str, Any] | None:
    path = cache_dir() / f"{key}.json"
    try:
        value = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None  # absent, or torn: briefed again
    return value if isinstance(value, dict) else None


def store(key: str, brief: dict[str, Any]) -> None:
    """Written whole or not at all (a temporary file renamed), so a reader never sees half."""
    directory = cache_dir()
    directory.mkdir(parents=True, exist_ok=True)
    temporary = directory / f".{key}.{os.getpid()}.tmp"
    temporary.write_text(json.dumps(brief), encoding="utf-8")
    temporary.replace(directory / f"{key}.json")


def cache_summary() -> tuple[Path, int, int]:
    """(folder, briefs cached, bytes)."""
    directory = cache_dir()
    files = list(directory.glob("*.json")) if directory.is_dir() else []
    return directory, len(files), sum(f.stat().st_size for f in files)


def clear_cache() -> int:
    """Remove every cached brief; how many there were."""
    directory, count, _ = cache_summary()
    if directory.is_dir():
        shutil.rmtree(directory)
    return count


# --- the run -----------------------------------------------------------------------------------


def brief_job(job: Job, settings: Settings) -> tuple[dict[str, Any] | None, str | None]:
    """(brief as the JSON contract, None) or (None, why not): one event, in a worker. Any
    failure is the event's own and ends in its error record, never in the run's end."""
    from .pipeline import brief_from_articles
    from .rendering import render

    try:
        read = load_articles(job.articles, limits=settings.limits)
        brief = brief_from_articles(read, settings)
        value: dict[str, Any] = json.loads(render(brief, "json"))
    except SummariseError as error:
        return None, str(error)
    except Exception as error:  # a bug on one event must not end the batch
        return None, f"internal error ({type(error).__name__}: {error})"
    return value, None


def _record(job: Job, brief: dict[str, Any] | None, error: str | None, cached: bool) -> str:
    record = {
        "record_version": RECORD_VERSION,
        "cluster_id": job.id,
        "label": job.label,
        "articles": len(job.articles),
        "status": "ok" if brief is not None else "error",
        "cached": cached,
        "brief": brief,
        "error": error,
    }
    return json.dumps(record, ensure_ascii=False) + "\n"


def finished_ids(output: Path) -> tuple[set[str], str | None]:
    """Events the output already holds, and a note when its last line was torn by a crash:
    that line is cut off here, so its event is briefed again and written once. A bad line
    anywhere else is not ours to cut: one clear error."""
    if not output.exists():
        return set(), None
    data = output.read_bytes()
    lines = data.splitlines(keepends=True)
    done: set[str] = set()
    kept = 0
    for number, line in enumerate(lines, start=1):
        try:
            record = json.loads(line) if line.endswith(b"\n") else None
            identity = str(record["cluster_id"]) if isinstance(record, dict) else None
        except (ValueError, KeyError):
            identity = None
        if identity is None:
            if number < len(lines):
                raise InputError(
                    f"{output} line {number}: not a batch record; fix or remove that line, "
                    "or write to a new file"
                )
            break
        done.add(identity)
        kept += len(line)
    if kept == len(data):
        return done, None
    with output.open("r+b") as handle:
        handle.truncate(kept)
    return (
        done,
        f"{output}: cut off an unfinished last line ({len(data) - kept:,} bytes, from a crash)",
    )


@dataclass
class Outcome:
    """One job's end: its brief (the JSON contract) or the error that stopped it."""

    job: Job
    brief: dict[str, Any] | None
    error: str | None
    cached: bool = False

    @property
    def state(self) -> str:
        return "error" if self.error else "cached" if self.cached else "ok"


def briefs_of(
    jobs: Sequence[Job],
    settings: Settings,
    *,
    workers: int = 1,
    use_cache: bool = True,
    budget: _Budget | None = None,
    executor: str = "local",
    ray_address: str | None = None,
    per_minute: float | None = None,
) -> Iterator[Outcome]:
    """Each job's outcome as it is known: unreadable and cached jobs first, then the others as
    they finish (concurrently). A brief is cached when the engine asked for wrote it."""
    pending: list[tuple[Job, str | None]] = []
    for job in jobs:
        if job.problem is not None:
            yield Outcome(job, None, job.problem)
            continue
        key = cache_key(job, settings) if use_cache else None
        hit = cached(key) if key else None
        if hit is not None:
            yield Outcome(job, hit, None, cached=True)
        else:
            pending.append((job, key))
    admit = budget.admit if budget is not None else None
    if executor == "ray":
        found = _briefed_on_ray(pending, settings, workers, admit, ray_address, per_minute)
    else:
        found = _briefed(pending, settings, workers, admit)
    for job, key, brief, error in found:
        if budget is not None:
            budget.settle(job, brief)
        if brief is not None and key is not None and _as_asked(brief, settings):
            store(key, brief)
        yield Outcome(job, brief, error)


def run_batch(
    jobs: Sequence[Job],
    settings: Settings,
    output: Path,
    *,
    workers: int = 1,
    use_cache: bool = True,
    max_cost_usd: float | None = None,
    requests_per_minute: float | None = None,
    executor: str = "local",
    ray_address: str | None = None,
    on_progress: Callable[[BatchReport, Job, str], None] | None = None,
) -> BatchReport:
    """Brief every job not already in `output`, appending one line per job as it finishes;
    `on_progress(report, job, outcome)` after each ("ok", "cached" or "error").

    With the LLM engine, `requests_per_minute` spaces every request of every event, and no
    event is started once the estimated spend (written briefs, plus the estimates of those
    in flight and of the next) would pass `max_cost_usd`: the rest are left for a later run.
    `executor="ray"` runs the same `brief_job` on a Ray cluster (`ray_address`, else a local
    Ray instance); results are written here, by this process, as they come back."""
    done, repaired = finished_ids(output)
    report = BatchReport(total=len(jobs), repaired=repaired)
    todo = []
    for job in jobs:
        if job.id in done:
            report.skipped += 1
        else:
            todo.append(job)
            done.add(job.id)  # an id given twice is briefed once
    llm = settings.chosen_engine() == "llm"
    if max_cost_usd is not None and not llm:
        raise OptionError("--max-cost applies to the LLM engine; this batch is offline")
    budget = _Budget(settings, max_cost_usd) if llm else None
    per_minute = requests_per_minute if llm else None
    limit_requests(per_minute)
    try:
        with output.open("a", encoding="utf-8") as sink:
            for outcome in briefs_of(
                todo,
                settings,
                workers=workers,
                use_cache=use_cache,
                budget=budget,
                executor=executor,
                ray_address=ray_address,
                per_minute=per_minute,
            ):
                sink.write(_record(outcome.job, outcome.brief, outcome.error, outcome.cached))
                sink.flush()
                os.fsync(sink.fileno())  # on disk before the next: a crash loses nothing done
                report.written += 1
                report.cached += outcome.cached
                if outcome.error is not None:
                    report.failed.append(outcome.job.id)
                if on_progress:
                    on_progress(report, outcome.job, outcome.state)
    finally:
        limit_requests(None)
    if budget is not None:
        report.spent_usd, report.not_started = budget.spent, budget.refused
    return report


def _as_asked(brief: dict[str, Any], settings: Settings) -> bool:
    """Whether the engine asked for wrote the brief: one the offline engine wrote because the
    LLM failed is not cached, so that the next run asks the LLM again."""
    return bool(brief.get("provenance", {}).get("engine") == settings.chosen_engine())


class _Budget:
    """The estimated spend of an LLM batch against --max-cost: what written briefs cost (their
    own usage, else the estimate), plus what those in flight are estimated to cost."""

    def __init__(self, settings: Settings, max_cost_usd: float | None) -> None:
        self.settings = settings
        self.limit = max_cost_usd
        self.spent = 0.0
        self.reserved: dict[str, float] = {}
        self.refused = 0

    def estimate(self, job: Job) -> float:
        from .evidence import build_evidence
        from .llm import estimate

        found = estimate(build_evidence(job.articles), self.settings).estimated_cost_usd
        if found is None:
            raise OptionError(
                f"--max-cost needs a price for the model, and there is none on file for "
                f"{self.settings.model!r}"
            )
        return found

    def admit(self, job: Job) -> bool:
        if self.limit is None:
            return True
        if self.refused:
            self.refused += 1
            return False
        cost = self.estimate(job)
        if self.spent + sum(self.reserved.values()) + cost > self.limit:
            self.refused += 1
            return False
        self.reserved[job.id] = cost
        return True

    def settle(self, job: Job, brief: dict[str, Any] | None) -> None:
        reserved = self.reserved.pop(job.id, 0.0)
        usage = ((brief or {}).get("provenance") or {}).get("usage") or {}
        actual = usage.get("estimated_cost_usd")
        self.spent += float(actual) if isinstance(actual, (int, float)) else reserved


def _admitted(
    pending: list[tuple[Job, str | None]], admit: Callable[[Job], bool] | None
) -> Callable[[], tuple[Job, str | None] | None]:
    """A function that gives the next pending job `admit` lets start, else None (and then
    None for good: `admit` refuses the rest once it refuses one)."""
    queue = iter(pending)

    def following() -> tuple[Job, str | None] | None:
        for job, key in queue:
            if admit is None or admit(job):
                return job, key
        return None

    return following


def _briefed(
    pending: list[tuple[Job, str | None]],
    settings: Settings,
    workers: int,
    admit: Callable[[Job], bool] | None = None,
) -> Iterator[tuple[Job, str | None, dict[str, Any] | None, str | None]]:
    """(job, key, brief, error) for each pending job `admit` lets start, in the order they
    finish. Extractive briefs run in worker processes (CPU-bound); LLM briefs in threads (they
    wait on the network, and a caller's client cannot be sent to another process)."""
    following = _admitted(pending, admit)
    if workers <= 1 or len(pending) <= 1:
        while (next_job := following()) is not None:
            job, key = next_job
            yield job, key, *brief_job(job, settings)
        return
    if settings.chosen_engine() == "llm":
        pool: Executor = ThreadPoolExecutor(max_workers=workers)
    else:
        from .nlp import pipeline

        pipeline()  # loaded once here, shared by the workers forked below (where fork is used)
        pool = ProcessPoolExecutor(max_workers=workers)
    with pool:
        yield from _in_flight(
            following,
            depth=workers if settings.chosen_engine() == "llm" else 2 * workers,
            submit=lambda job: pool.submit(brief_job, job, settings),
            finished=lambda running: wait(running, return_when=FIRST_COMPLETED)[0],
            result=lambda future: future.result(),
            cancel=lambda future: future.cancel(),
        )


def _in_flight(
    following: Callable[[], tuple[Job, str | None] | None],
    *,
    depth: int,
    submit: Callable[[Job], Any],
    finished: Callable[[list[Any]], Iterable[Any]],
    result: Callable[[Any], tuple[dict[str, Any] | None, str | None]],
    cancel: Callable[[Any], object],
) -> Iterator[tuple[Job, str | None, dict[str, Any] | None, str | None]]:
    """Keep `depth` jobs running on an executor (a pool's futures, Ray's object references):
    yield each as it finishes and start the next in its place. On the way out (Ctrl-C, the
    caller stops), what has not started never starts."""
    running: dict[Any, tuple[Job, str | None]] = {}
    while len(running) < depth and (next_job := following()) is not None:
        running[submit(next_job[0])] = next_job
    try:
        while running:
            for handle in finished(list(running)):
                job, key = running.pop(handle)
                yield job, key, *result(handle)
                if (next_job := following()) is not None:
                    running[submit(next_job[0])] = next_job
    finally:
        for handle in running:
            cancel(handle)


EXECUTORS = ("local", "ray")


def default_workers(settings: Settings, executor: str = "local") -> int:
    """Events at once when none is asked for: requests in flight for an LLM, tasks on Ray,
    else one process per core (the offline engine is CPU-bound)."""
    if settings.chosen_engine() == "llm":
        return 4
    return 16 if executor == "ray" else max(1, os.cpu_count() or 1)


def _briefed_on_ray(
    pending: list[tuple[Job, str | None]],
    settings: Settings,
    workers: int,
    admit: Callable[[Job], bool] | None,
    address: str | None,
    per_minute: float | None = None,
) -> Iterator[tuple[Job, str | None, dict[str, Any] | None, str | None]]:
    """`_briefed` on Ray: `brief_job` as a Ray task per event, `workers` tasks in flight at
    most, each pacing its requests at `per_minute / workers` (so all of them together keep to
    `per_minute`). Joins the cluster at `address` (or RAY_ADDRESS), else starts a local one."""
    try:
        import ray
    except ImportError:
        raise ConfigurationError("--executor ray needs Ray: pip install 'summarise[ray]'") from None
    if settings.client is not None:
        raise ConfigurationError("--executor ray cannot send a caller's own client to workers")
    if not ray.is_initialized():
        ray.init(
            address=address,
            include_dashboard=False,
            log_to_driver=False,
            ignore_reinit_error=True,
        )
    task = ray.remote(_paced_brief_job)
    share = per_minute / workers if per_minute else None  # `workers` tasks at most at once
    following = _admitted(pending, admit)

    def result(reference: Any) -> tuple[dict[str, Any] | None, str | None]:
        try:
            value: tuple[dict[str, Any] | None, str | None] = ray.get(reference)
        except Exception as failure:  # a worker lost, a task killed: the event's own
            return None, f"Ray task failed ({type(failure).__name__}: {failure})"
        return value

    yield from _in_flight(
        following,
        depth=workers,
        submit=lambda job: task.remote(job, settings, share),
        finished=lambda running: ray.wait(running, num_returns=1)[0],
        result=result,
        cancel=ray.cancel,
    )


def _paced_brief_job(
    job: Job, settings: Settings, per_minute: float | None
) -> tuple[dict[str, Any] | None, str | None]:
    """`brief_job` in a Ray worker, whose requests keep to its share of --rpm."""
    limit_requests(per_minute)
    try:
        return brief_job(job, settings)
    finally:
        limit_requests(None)
