"""The imperative shell: plain functions that tie connectors, forecasting and the warehouse together.

The CLI calls these directly; the Prefect flows in :mod:`flows.pipeline` wrap the same functions
as tasks. Nothing here imports Prefect.
"""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from functools import cache
from importlib import metadata
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from sqlalchemy import Connection, Engine

if TYPE_CHECKING:
    from connectors.model import Quarantined, SourceDocument
    from warehouse.store import StoredDocument

from warehouse.db import ensure_schema, make_engine
from warehouse.reference import data_dir as reference_data_dir

T = TypeVar("T")
DEFAULT_SEED = 20240101
DEFAULT_DRAWS = 10_000
#: Seeds and ids are INTEGER columns: 32-bit on PostgreSQL.
INT4_MAX = 2**31 - 1
#: Fewest Monte Carlo draws (below this the P10/P90 are noise).
MIN_DRAWS = 100
#: Peak memory of the Monte Carlo, measured with the default scenario (2026-12-02): about 120 bytes
#: per draw and model year on top of ~250 MB for the process (200k draws x 11 years: 461 MB) with
#: float32 draws; the published forecast computes in float64 since (forecasting.pipeline.PUBLISHED_DTYPE),
#: which took 200k draws from 635 to 1,051 MB peak (×1.9 above the process): 240 bytes.
BYTES_PER_DRAW_YEAR = 240
#: How far ahead an as-of may lie with ``allow_future`` (the model span grows with it).
MAX_FUTURE_YEARS = 10


#: The setting that names the time zone whose calendar date is "today" (README, "Dates and time zones").
TIMEZONE_ENV = "COMPUTECAST_TIMEZONE"
#: Without it: the zone of the documents' markets and of the daily served forecast.
DEFAULT_TIMEZONE = "Asia/Shanghai"


class ForecastArgumentError(ValueError):
    """A forecast argument outside what the data, the columns or the machine support."""


def configured_timezone(timezone: str | None = None) -> str:
    """``timezone``, else ``$COMPUTECAST_TIMEZONE``, else Asia/Shanghai; checked to be an IANA zone.

    The one convention for the default as-of date and the daily schedule, used alike by the CLI,
    the served deployments and flows run by a worker.
    """
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    name = timezone or os.environ.get(TIMEZONE_ENV, "").strip() or DEFAULT_TIMEZONE
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        where = "--timezone" if timezone else TIMEZONE_ENV
        raise ForecastArgumentError(f"{where} {name!r} is not an IANA time zone (e.g. Asia/Shanghai, UTC)") from None
    return name


def as_of_today(timezone: str | None = None, *, now: datetime | None = None) -> date:
    """The default as-of date: today's date in :func:`configured_timezone` (at ``now``, default now)."""
    from zoneinfo import ZoneInfo

    return (now or datetime.now(UTC)).astimezone(ZoneInfo(configured_timezone(timezone))).date()


def available_memory_bytes() -> int:
    """Memory the kernel says is available (``MemAvailable``), else the physical memory."""
    try:
        with open("/proc/meminfo", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("MemAvailable:"):
                    return int(line.split()[1]) * 1024
    except (OSError, ValueError, IndexError):
        pass
    try:
        return int(os.sysconf("SC_PHYS_PAGES")) * int(os.sysconf("SC_PAGE_SIZE"))
    except (OSError, ValueError):
        return 8 << 30


def check_forecast_arguments(*, as_of: date, today: date, first_history_end: date, seed: int, draws: int,
                             model_years: int, allow_future: bool = False,
                             memory_bytes: int | None = None) -> None:
    """Refuse arguments the forecast cannot honour, each with one line saying what to use instead.

    * ``as_of`` from the end of the first period of market history (before it nothing is known,
      and a 1900 as-of extrapolates a century back to 1e-28 accelerators) to ``today`` (the
      caller passes the date in the easternmost time zone, so any local "today" passes); up to
      :data:`MAX_FUTURE_YEARS` ahead only with ``allow_future``.
    * ``seed`` in 0..2^31-1 (numpy refuses negatives; PostgreSQL's INTEGER holds 2^31-1).
    * ``draws`` from :data:`MIN_DRAWS` to what half the available memory holds at
      :data:`BYTES_PER_DRAW_YEAR` per draw and model year.
    """
    if as_of < first_history_end:
        raise ForecastArgumentError(
            f"--as-of {as_of} is before the first market history ({first_history_end}); nothing was known yet. "
            f"Use a date from {first_history_end} to {today}"
        )
    latest = date(today.year + MAX_FUTURE_YEARS, today.month, min(today.day, 28)) if allow_future else today
    if as_of > latest:
        raise ForecastArgumentError(
            f"--as-of {as_of} is more than {MAX_FUTURE_YEARS} years ahead; use a date up to {latest}" if allow_future
            else f"--as-of {as_of} is in the future; use a date up to {today}, or add --allow-future "
                 f"(up to {MAX_FUTURE_YEARS} years ahead)"
        )
    if not 0 <= seed <= INT4_MAX:
        raise ForecastArgumentError(f"--seed {seed} is outside 0..{INT4_MAX}; pick a seed in that range")
    budget = (available_memory_bytes() if memory_bytes is None else memory_bytes) // 2
    most = max(MIN_DRAWS, budget // (BYTES_PER_DRAW_YEAR * max(1, model_years)))
    if not MIN_DRAWS <= draws <= most:
        need = draws * BYTES_PER_DRAW_YEAR * model_years
        raise ForecastArgumentError(
            f"--draws {draws} is outside {MIN_DRAWS}..{most:,} (about {need / 1e9:.1f} GB for {model_years} model "
            f"years against {budget * 2 / 1e9:.1f} GB available); use at most {most:,}"
            if draws > most else f"--draws {draws} is below {MIN_DRAWS}; the P10/P90 would be noise"
        )


def data_dir() -> Path:
    """Bundled inputs: ``COMPUTECAST_DATA_DIR`` or the ``data/`` folder of this checkout (one rule, the warehouse's)."""
    return reference_data_dir()


def bundled_documents_dir() -> Path:
    """The example documents shipped with the project (``data/documents``)."""
    return data_dir() / "documents"


def open_warehouse(url: str | None = None) -> Engine:
    """An engine on the configured database with the schema migrated to head."""
    engine = make_engine(url)
    ensure_schema(engine)
    return engine


@cache
def code_version() -> str:
    """Package version plus the git commit of the checkout when there is one (``0.1.0+g1a2b3c4``)."""
    try:
        version = metadata.version("computecast")
    except metadata.PackageNotFoundError:
        version = "0+unknown"
    try:
        sha = subprocess.run(
            ["git", "rev-parse", "--short=10", "HEAD"],
            cwd=Path(__file__).resolve().parents[1],
            capture_output=True,
            text=True,
            timeout=5,
            check=True,
        ).stdout.strip()
    except (OSError, subprocess.SubprocessError):
        return version
    return f"{version}+g{sha}" if sha else version


@dataclass
class IngestSummary:
    """What an ingest batch did with each input: every input is counted exactly once."""

    inputs: int = 0
    stored: int = 0
    duplicates: int = 0
    quarantined: int = 0
    facts: int = 0
    document_ids: list[int] = field(default_factory=list)
    new_fact_ids: list[int] = field(default_factory=list)
    quarantine: list[tuple[str, str]] = field(default_factory=list)

    def line(self) -> str:
        """One line for people: counts of each outcome."""
        return (
            f"{self.inputs} input(s): {self.stored} stored, {self.duplicates} already stored, "
            f"{self.quarantined} quarantined; {self.facts} new fact(s)"
        )


def ingest(engine: Engine, inputs: Sequence[str], *, kind: str | None = None,
           progress: Callable[[str], None] | None = None) -> IngestSummary:
    """Read every input (files, folders, URLs) and store documents+facts or quarantine records.

    Each input is stored in its own transaction, so one bad input never loses the others. A
    document the database cannot hold as it is (a value too long for its column, text that is
    not Unicode) is quarantined with that reason, on every backend alike. Storing is idempotent,
    so a lost connection is retried (``COMPUTECAST_DB_CONNECT_ATTEMPTS``) before
    :class:`~warehouse.errors.DatabaseUnavailableError`; a concurrent ingest of the same input
    makes it "already stored". ``progress(source_uri)`` is called as each input is done with.
    """
    from connectors import read_sources
    from connectors.model import Quarantined

    summary = IngestSummary()
    for result in read_sources(inputs, kind=kind):
        summary.inputs += 1
        outcome = retrying(engine, lambda conn, r=result: _store_one(conn, r),  # type: ignore[misc]
                           what=f"storing {result.source_uri}")
        if progress is not None:
            progress(result.source_uri)
        if isinstance(outcome, Quarantined):
            summary.quarantined += 1
            summary.quarantine.append((outcome.source_uri, outcome.reason))
            continue
        summary.document_ids.append(outcome.document_id)
        if outcome.created:
            summary.stored += 1
            summary.facts += len(outcome.fact_ids)
            summary.new_fact_ids.extend(outcome.fact_ids)
        else:
            summary.duplicates += 1
    return summary


def _store_one(conn: Connection, result: SourceDocument | Quarantined) -> StoredDocument | Quarantined:
    """Store one input in ``conn``'s transaction; a document the database cannot hold is quarantined."""
    from connectors.model import Quarantined, SourceDocument
    from warehouse.errors import RowRefusedError
    from warehouse.store import store_document, store_quarantine

    if isinstance(result, SourceDocument):
        try:
            return store_document(conn, result)
        except RowRefusedError as exc:  # checked before anything was written
            result = Quarantined(result.source_uri, result.raw, f"the warehouse cannot store it: {exc}")
    store_quarantine(conn, result)
    return result


def retrying(engine: Engine, work: Callable[[Connection], T], *, what: str) -> T:
    """Run ``work`` in one transaction; when the connection is lost or the database stays locked,
    roll back and run it again with exponential back-off (``COMPUTECAST_DB_CONNECT_ATTEMPTS``,
    ``COMPUTECAST_DB_RETRY_DELAY_S``). Only for idempotent work. Raises
    :class:`~warehouse.errors.DatabaseUnavailableError` when every attempt failed."""
    from sqlalchemy.exc import OperationalError

    from warehouse.db import retry_policy
    from warehouse.errors import DatabaseUnavailableError

    attempts, delay = retry_policy()
    for attempt in range(1, attempts + 1):
        try:
            with engine.begin() as conn:
                return work(conn)
        except OperationalError as exc:
            if attempt == attempts:
                detail = (str(exc.orig).strip().splitlines() or ["no detail"])[0]
                where = engine.url.render_as_string(hide_password=True)
                state = ("stayed locked by another process" if "locked" in detail else "was lost")
                raise DatabaseUnavailableError(
                    f"the database at {where} {state} while {what}, after {attempts} attempt(s) ({detail}); "
                    "what was stored before is kept, run the command again when the database is free"
                ) from exc
            time.sleep(delay)
            delay *= 2
    raise AssertionError("unreachable")  # pragma: no cover


def text_sha256(text: str) -> str:
    """sha256 of an input's text (UTF-8): how a run records the history and scenario it used."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def input_file_sha256(path: Path) -> str | None:
    """:func:`text_sha256` of a file as :func:`forecast` reads it, or None when the file is missing."""
    try:
        return text_sha256(path.read_text(encoding="utf-8"))
    except OSError:
        return None


def check_forecast_inputs(as_of: date, scenario: Any, history: Any, *, seed: int = DEFAULT_SEED,
                          draws: int = DEFAULT_DRAWS, allow_future: bool = False) -> None:
    """:func:`check_forecast_arguments` for a parsed scenario and market history."""
    from forecasting.pipeline import LOOKBACK_YEARS
    from forecasting.units import period_end

    # "today" somewhere on Earth (UTC+14): a service resolving as-of in Asia/Shanghai is ahead of UTC
    today = (datetime.now(UTC) + timedelta(hours=14)).date()
    first = min(scenario.base_year, as_of.year) - LOOKBACK_YEARS - 1
    check_forecast_arguments(
        as_of=as_of, today=today, seed=seed, draws=draws, allow_future=allow_future,
        first_history_end=min((period_end(p) for p in history["period"].to_list()), default=today),
        model_years=as_of.year + scenario.horizon_years - first + 1,
    )


def check_as_of(as_of: date) -> None:
    """Check an as-of against the bundled scenario and history before a flow starts."""
    from forecasting import parse_history, parse_scenario

    scenario = parse_scenario((data_dir() / "scenario.toml").read_text(encoding="utf-8"))
    history = parse_history((data_dir() / "history.csv").read_text(encoding="utf-8"))
    check_forecast_inputs(as_of, scenario, history)


@dataclass(frozen=True)
class Publication:
    """What ``forecast`` did: published ``run_id`` of ``kind``, or found it already held the same vintage."""

    run_id: int
    published: bool
    kind: str

    def line(self) -> str:
        """One line for people."""
        if self.published:
            return f"published run {self.run_id} ({self.kind})"
        return (f"nothing published: run {self.run_id} already holds this vintage (same inputs, scenario, seed, "
                "draws, code version and as-of); --force publishes a copy")


def forecast(
    engine: Engine,
    *,
    as_of: date | None = None,
    scenario_path: Path | None = None,
    history_path: Path | None = None,
    seed: int = DEFAULT_SEED,
    draws: int = DEFAULT_DRAWS,
    trigger: str = "manual",
    trigger_event_id: str | None = None,
    supersedes_run_id: int | None = None,
    roles_path: Path | None = None,
    allow_empty: bool = False,
    allow_future: bool = False,
    force: bool = False,
    progress: Callable[[str, int, int], None] | None = None,
) -> Publication:
    """Run the forecasting core on the stored facts and bundled history; publish a new vintage.

    An identical vintage (same input fingerprint, which covers the facts used, history, roles,
    scenario, as-of, seed and draws, and the same code version) is not published again: the
    result names the run that holds it, unless ``force``. The run's kind (production,
    re-creation, what-if) comes from its as-of and scenario (:mod:`warehouse.run_kinds`).

    ``as_of`` defaults to today in the configured time zone (:func:`as_of_today`); only facts from documents
    published on or before it are used. Arguments are checked first
    (:func:`check_forecast_arguments`, :class:`ForecastArgumentError`). The facts are assimilated
    through the observation roles of ``roles_path`` (default ``data/observations.toml``). With no
    visible fact and no visible history the core refuses
    (:class:`forecasting.pipeline.EmptyInputsError`) unless ``allow_empty``.
    """
    from forecasting import parse_history, parse_scenario, run_forecast
    from forecasting.observation import parse_roles
    from warehouse.run_kinds import classify_run
    from warehouse.store import RunRecord, find_identical_run, load_facts, utc_now, write_run

    as_of = as_of or as_of_today()
    scenario_path = scenario_path or data_dir() / "scenario.toml"
    history_path = history_path or data_dir() / "history.csv"
    roles_path = roles_path or data_dir() / "observations.toml"
    scenario_text = scenario_path.read_text(encoding="utf-8")
    history_text = history_path.read_text(encoding="utf-8")
    roles_text = roles_path.read_text(encoding="utf-8")
    scenario = parse_scenario(scenario_text)
    history = parse_history(history_text)
    check_forecast_inputs(as_of, scenario, history, seed=seed, draws=draws, allow_future=allow_future)
    if supersedes_run_id is not None and not 1 <= supersedes_run_id <= INT4_MAX:
        raise ForecastArgumentError(f"--supersedes {supersedes_run_id} is not a run id (1..{INT4_MAX})")
    roles = parse_roles(roles_text)
    facts = load_facts(engine)
    result = run_forecast(facts, history, scenario, as_of=as_of, seed=seed, draws=draws, roles=roles,
                          allow_empty=allow_empty, progress=progress)

    used = facts.filter(facts["fact_id"].is_in(list(result.facts_used))).drop("fact_id", "document_id")
    history_sha256 = text_sha256(history_text)
    fingerprint = text_sha256(
        json.dumps(
            {
                "facts": used.sort(used.columns).rows(),
                "history_sha256": history_sha256,
                "roles_sha256": text_sha256(roles_text),
                "scenario_sha256": scenario.sha256,
                "as_of": as_of.isoformat(),
                "seed": seed,
                "draws": draws,
            },
            default=str,
            ensure_ascii=False,
        )
    )
    parameters = {
        **result.parameters,
        "as_of": as_of.isoformat(),
        "seed": seed,
        "draws": draws,
        "history_path": str(history_path),
        "history_sha256": history_sha256,
        "scenario_path": str(scenario_path),
        "roles_path": str(roles_path),
        "roles_sha256": text_sha256(roles_text),
    }
    kind = classify_run(as_of, now=utc_now(),
                        default_scenario=scenario_text == (data_dir() / "scenario.toml").read_text(encoding="utf-8"))
    if not force:
        same = find_identical_run(engine, input_fingerprint=fingerprint, code_version=code_version(),
                                  scenario_sha256=scenario.sha256, seed=seed, as_of=as_of)
        if same is not None:
            return Publication(same, False, kind)
    record = RunRecord(
        kind=kind,
        as_of=as_of,
        trigger=trigger,
        trigger_event_id=trigger_event_id,
        code_version=code_version(),
        parameters=parameters,
        input_fingerprint=fingerprint,
        seed=seed,
        scenario_name=scenario.name,
        scenario_sha256=scenario.sha256,
        scenario_text=scenario_text,
        facts_used=list(result.facts_used),
        weights=result.weights.to_dicts(),
        backtests=result.backtests.to_dicts(),
        supersedes_run_id=supersedes_run_id,
        influence=result.influence.to_dicts(),
        warnings=result.warnings,
        assimilation=result.parameters["assimilation"],
        targets=result.targets,
    )
    return Publication(write_run(engine, record, result.values), True, kind)


@dataclass(frozen=True)
class BacktestInputs:
    """Everything a backtest origin needs, picklable for Dask workers: facts (with ``source``), history, scenario."""

    facts: Any
    history: Any
    scenario: Any
    history_sha256: str
    scenario_sha256: str


@dataclass(frozen=True)
class BacktestOutcome:
    """A stored backtest run: its id, its scores and their summary (polars frames)."""

    run_id: int
    scores: Any
    summary: Any


def backtest_inputs(engine: Engine, *, scenario_path: Path | None = None, history_path: Path | None = None) -> BacktestInputs:
    """Stored facts (each with ``source``: its document's title or address) plus bundled history and scenario."""
    import polars as pl

    from forecasting import parse_history, parse_scenario
    from warehouse.backtests import document_sources
    from warehouse.store import load_facts

    scenario_text = (scenario_path or data_dir() / "scenario.toml").read_text(encoding="utf-8")
    history_text = (history_path or data_dir() / "history.csv").read_text(encoding="utf-8")
    sources = document_sources(engine)
    facts = load_facts(engine)
    facts = facts.with_columns(
        pl.col("document_id").replace_strict(sources, default=None, return_dtype=pl.String).alias("source")
    )
    return BacktestInputs(facts=facts, history=parse_history(history_text), scenario=parse_scenario(scenario_text),
                          history_sha256=text_sha256(history_text), scenario_sha256=text_sha256(scenario_text))


def save_backtest(
    engine: Engine, inputs: BacktestInputs, *, origins: Sequence[date], every: str, seed: int, draws: int,
    scores: Any, runner: str,
) -> BacktestOutcome:
    """Write one backtest run and its scores (one transaction); returns it with its summary."""
    from forecasting.track_record import summary
    from warehouse.backtests import BacktestRecord, write_backtest

    record = BacktestRecord(
        first_origin=min(origins), last_origin=max(origins), every=every, n_origins=len(origins), seed=seed,
        draws=draws, code_version=code_version(), history_sha256=inputs.history_sha256,
        scenario_sha256=inputs.scenario_sha256,
        parameters={"origins": [d.isoformat() for d in origins], "runner": runner,
                    "evaluated_on": "every stored row and fact (latest vintage)"},
    )
    run_id = write_backtest(engine, record, scores)
    return BacktestOutcome(run_id=run_id, scores=scores, summary=summary(scores))


def backtest(
    engine: Engine, *, start: date, end: date, every: str, seed: int = DEFAULT_SEED, draws: int = DEFAULT_DRAWS,
    progress: Callable[[date, int, int], None] | None = None,
) -> BacktestOutcome:
    """The serial backtest (no Prefect, no Dask): re-create and score every origin in turn, then store the run.

    ``progress(origin, done, total)`` hears of each origin scored."""
    from forecasting import track_record

    at = track_record.origins(start, end, every)
    inputs = backtest_inputs(engine)
    scores = track_record.backtest(inputs.facts, inputs.history, inputs.scenario, at=at, seed=seed, draws=draws,
                                   progress=progress)
    return save_backtest(engine, inputs, origins=at, every=every, seed=seed, draws=draws, scores=scores, runner="serial")
