"""The imperative shell: plain functions that tie connectors, forecasting and the warehouse together.

The CLI calls these directly; the Prefect flows in :mod:`flows.pipeline` wrap the same functions
as tasks. Nothing here imports Prefect.
"""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from functools import cache
from importlib import metadata
from pathlib import Path
from typing import Any

from sqlalchemy import Engine

from warehouse.db import ensure_schema, make_engine

DEFAULT_SEED = 20240101
DEFAULT_DRAWS = 10_000


def data_dir() -> Path:
    """Bundled inputs: ``COMPUTECAST_DATA_DIR`` or the ``data/`` folder of this checkout."""
    env = os.environ.get("COMPUTECAST_DATA_DIR")
    return Path(env) if env else Path(__file__).resolve().parents[1] / "data"


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


def ingest(engine: Engine, inputs: Sequence[str], *, kind: str | None = None) -> IngestSummary:
    """Read every input (files, folders, URLs) and store documents+facts or quarantine records.

    Each input is stored in its own transaction, so one bad input never loses the others.
    """
    from connectors import read_sources
    from connectors.model import Quarantined
    from warehouse.store import store_document, store_quarantine

    summary = IngestSummary()
    for result in read_sources(inputs, kind=kind):
        summary.inputs += 1
        with engine.begin() as conn:
            if isinstance(result, Quarantined):
                store_quarantine(conn, result)
                summary.quarantined += 1
                summary.quarantine.append((result.source_uri, result.reason))
                continue
            stored = store_document(conn, result)
        summary.document_ids.append(stored.document_id)
        if stored.created:
            summary.stored += 1
            summary.facts += len(stored.fact_ids)
            summary.new_fact_ids.extend(stored.fact_ids)
        else:
            summary.duplicates += 1
    return summary


def text_sha256(text: str) -> str:
    """sha256 of an input's text (UTF-8): how a run records the history and scenario it used."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def input_file_sha256(path: Path) -> str | None:
    """:func:`text_sha256` of a file as :func:`forecast` reads it, or None when the file is missing."""
    try:
        return text_sha256(path.read_text(encoding="utf-8"))
    except OSError:
        return None


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
) -> int:
    """Run the forecasting core on the stored facts and bundled history; publish a new vintage.

    Returns the new run id. ``as_of`` defaults to today (UTC); only facts from documents
    published on or before it are used. The facts are assimilated through the observation roles
    of ``roles_path`` (default ``data/observations.toml``). With no visible fact and no visible
    history the core refuses (:class:`forecasting.pipeline.EmptyInputsError`) unless ``allow_empty``.
    """
    from forecasting import parse_history, parse_scenario, run_forecast
    from forecasting.observation import parse_roles
    from warehouse.store import RunRecord, load_facts, write_run

    as_of = as_of or datetime.now(UTC).date()
    scenario_path = scenario_path or data_dir() / "scenario.toml"
    history_path = history_path or data_dir() / "history.csv"
    roles_path = roles_path or data_dir() / "observations.toml"
    scenario_text = scenario_path.read_text(encoding="utf-8")
    history_text = history_path.read_text(encoding="utf-8")
    roles_text = roles_path.read_text(encoding="utf-8")
    scenario = parse_scenario(scenario_text)
    history = parse_history(history_text)
    roles = parse_roles(roles_text)
    facts = load_facts(engine)
    result = run_forecast(facts, history, scenario, as_of=as_of, seed=seed, draws=draws, roles=roles,
                          allow_empty=allow_empty)

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
    record = RunRecord(
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
    return write_run(engine, record, result.values)


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
) -> BacktestOutcome:
    """The serial backtest (no Prefect, no Dask): re-create and score every origin in turn, then store the run."""
    from forecasting import track_record

    at = track_record.origins(start, end, every)
    inputs = backtest_inputs(engine)
    scores = track_record.backtest(inputs.facts, inputs.history, inputs.scenario, at=at, seed=seed, draws=draws)
    return save_backtest(engine, inputs, origins=at, every=every, seed=seed, draws=draws, scores=scores, runner="serial")
