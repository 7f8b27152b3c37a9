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
from datetime import UTC, date, datetime
from functools import cache
from importlib import metadata
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from sqlalchemy import Connection, Engine

if TYPE_CHECKING:
    from connectors.model import Quarantined, SourceDocument
    from warehouse.store import StoredDocument

from warehouse.db import ensure_schema, make_engine

T = TypeVar("T")
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

    Each input is stored in its own transaction, so one bad input never loses the others. A
    document the database cannot hold as it is (a value too long for its column, text that is
    not Unicode) is quarantined with that reason, on every backend alike. Storing is idempotent,
    so a lost connection is retried (``COMPUTECAST_DB_CONNECT_ATTEMPTS``) before
    :class:`~warehouse.errors.DatabaseUnavailableError`; a concurrent ingest of the same input
    makes it "already stored".
    """
    from connectors import read_sources
    from connectors.model import Quarantined

    summary = IngestSummary()
    for result in read_sources(inputs, kind=kind):
        summary.inputs += 1
        outcome = retrying(engine, lambda conn, r=result: _store_one(conn, r),  # type: ignore[misc]
                           what=f"storing {result.source_uri}")
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
                raise DatabaseUnavailableError(
                    f"lost the database at {engine.url.render_as_string(hide_password=True)} while {what} "
                    f"after {attempts} attempt(s) ({str(exc.orig).strip().splitlines()[0]}); what was stored "
                    "before is kept, run the command again when the database is back"
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
) -> int:
    """Run the forecasting core on the stored facts and bundled history; publish a new vintage.

    Returns the new run id. ``as_of`` defaults to today (UTC); only facts from documents
    published on or before it are used.
    """
    from forecasting import parse_history, parse_scenario, run_forecast
    from warehouse.store import RunRecord, load_facts, write_run

    as_of = as_of or datetime.now(UTC).date()
    scenario_path = scenario_path or data_dir() / "scenario.toml"
    history_path = history_path or data_dir() / "history.csv"
    scenario_text = scenario_path.read_text(encoding="utf-8")
    history_text = history_path.read_text(encoding="utf-8")
    scenario = parse_scenario(scenario_text)
    history = parse_history(history_text)
    facts = load_facts(engine)
    result = run_forecast(facts, history, scenario, as_of=as_of, seed=seed, draws=draws)

    used = facts.filter(facts["fact_id"].is_in(list(result.facts_used))).drop("fact_id", "document_id")
    history_sha256 = text_sha256(history_text)
    fingerprint = text_sha256(
        json.dumps(
            {
                "facts": used.sort(used.columns).rows(),
                "history_sha256": history_sha256,
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
    )
    return write_run(engine, record, result.values)
