"""Reference data for BI: the metric catalogue and the bundled history, copied into the warehouse.

A BI tool sees only the database, so two things that live in files are kept there too (migration
0015 made the tables; :func:`sync_reference` fills them, after every migration and whenever a
command opens the warehouse — :func:`warehouse.db.ensure_schema`):

* ``metric_info``: one row per metric, assembled from the sources that own each part — kind,
  definition and its source from ``data/metrics.toml`` (:mod:`forecasting.metrics`); the unit
  from the fact contract (``connectors/contract.py``; money as ``CNY, USD``, other ISO codes
  allowed) or, for a target outside the vocabulary, the model's output unit
  (:data:`forecasting.bottom_up.KERNEL_METRICS`); the role its facts play from
  ``data/observations.toml``; what its history series does from
  :data:`forecasting.history.HISTORY_METRICS`. The table is a derived copy: rewritten whole when
  any of it changed, untouched otherwise (a read-only command writes nothing). The ``dim_metric``
  view joins it with the live counts.
* ``history_load`` / ``history_row``: each distinct content of ``data/history.csv`` (by sha256)
  that a command has seen, loaded once, append-only and immutable (triggers refuse UPDATE and
  DELETE), so the rows behind any past forecast stay traceable — ``backtest_run.history_sha256``
  names its load. Every row keeps its ``published_on`` (point in time) and ``source``.
  ``fct_actual`` shows the rows of the newest load next to the ``actual`` facts.
"""

from __future__ import annotations

import hashlib
import logging
import os
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, text

from connectors.contract import METRIC_UNITS

log = logging.getLogger(__name__)

METRIC_INFO_COLUMNS = ("metric", "kind", "unit", "definition", "definition_source", "is_target", "role", "observes",
                       "role_scale", "role_log_sd", "role_source", "history_use")
HISTORY_ROW_COLUMNS = ("metric", "region", "entity", "period", "value", "unit", "published_on", "source")
#: How the forecast uses a fact of each role quantity of data/observations.toml (quantity "none" etc.).
ROLE_LABELS = {"none": "ignored", "prior": "prior", "growth": "observation of a growth rate"}
MONEY_UNIT = "CNY, USD"


def data_dir() -> Path:
    """Bundled inputs: ``COMPUTECAST_DATA_DIR`` or the ``data/`` folder of this checkout."""
    env = os.environ.get("COMPUTECAST_DATA_DIR")
    return Path(env) if env else Path(__file__).resolve().parents[1] / "data"


def metric_rows(metrics_toml: str, roles_toml: str) -> list[dict[str, Any]]:
    """One ``metric_info`` row per metric of the catalogue (see the module docstring for each column's source)."""
    from forecasting.bottom_up import KERNEL_METRICS, QUANTITY_OUTPUT, TARGETS
    from forecasting.history import HISTORY_METRICS
    from forecasting.metrics import parse_metrics
    from forecasting.observation import parse_roles

    catalogue = parse_metrics(metrics_toml)
    roles = parse_roles(roles_toml).roles
    model_units: dict[str, set[str]] = {}
    for metric, output_unit in KERNEL_METRICS.values():
        model_units.setdefault(metric, set()).add(output_unit)
    target_of = {q: KERNEL_METRICS[o][0] for q, o in QUANTITY_OUTPUT.items()}
    rows = []
    for name, info in catalogue.items():
        kind = METRIC_UNITS.get(name)
        unit: str | None
        if kind is not None:
            unit = MONEY_UNIT if kind == "money" else kind
        else:
            units = model_units.get(name, set())
            unit = MONEY_UNIT if "LOCAL" in units else ", ".join(sorted(units)) or None
        role = roles.get(name)
        if role is None:
            label, observes = ("forecast output (no fact carries it)" if name in TARGETS else None), None
        elif role.quantity in target_of:
            label, observes = "observation of a target", target_of[role.quantity]
        elif role.quantity in ROLE_LABELS:
            label, observes = ROLE_LABELS[role.quantity], ("its of_metric" if role.quantity == "growth" else None)
        else:
            label, observes = "observation of a model quantity", role.quantity
        observed = role is not None and role.quantity not in ("none", "prior")
        rows.append({
            "metric": name, "kind": info.kind, "unit": unit, "definition": info.definition,
            "definition_source": info.source, "is_target": name in TARGETS, "role": label, "observes": observes,
            "role_scale": str(role.scale) if observed and role is not None and role.quantity != "growth" else None,
            "role_log_sd": role.log_sd if observed and role is not None else None,
            "role_source": role.source if role is not None else None,
            "history_use": HISTORY_METRICS.get(name),
        })
    return rows


def _sync_metrics(conn: Connection, rows: list[dict[str, Any]]) -> bool:
    cols = ", ".join(METRIC_INFO_COLUMNS)
    have = {tuple(r) for r in conn.execute(text(f"SELECT {cols} FROM metric_info")).all()}
    want = {tuple(_normal(r[c]) for c in METRIC_INFO_COLUMNS) for r in rows}
    if {tuple(_normal(v) for v in r) for r in have} == want:
        return False
    now = datetime.now(UTC)
    conn.execute(text("DELETE FROM metric_info"))
    conn.execute(text(f"INSERT INTO metric_info ({cols}, synced_at) VALUES "
                      f"({', '.join(':' + c for c in METRIC_INFO_COLUMNS)}, :synced_at)"),
                 [{**r, "synced_at": now} for r in rows])
    return True


def _normal(v: Any) -> Any:
    """Compare what was stored with what would be: SQLite returns booleans as 0/1."""
    return int(v) if isinstance(v, bool) else v


def _sync_history(conn: Connection, path: Path) -> int | None:
    """Load ``path`` as a new ``history_load`` unless the newest load has the same content; its id, or None."""
    from forecasting.history import parse_history

    content = path.read_text(encoding="utf-8")
    # as a forecast records the history it read (flows.jobs.text_sha256): a run's or a backtest's
    # history_sha256 names its load
    sha = hashlib.sha256(content.encode("utf-8")).hexdigest()
    newest = conn.execute(text("SELECT sha256 FROM history_load ORDER BY id DESC LIMIT 1")).scalar_one_or_none()
    if newest == sha:
        return None
    frame = parse_history(content)
    load_id = conn.execute(
        text("INSERT INTO history_load (sha256, path, n_rows, loaded_at) VALUES (:s, :p, :n, :t) RETURNING id"),
        {"s": sha, "p": str(path), "n": frame.height, "t": datetime.now(UTC)},
    ).scalar_one()
    if frame.height:
        conn.execute(
            text(f"INSERT INTO history_row (load_id, {', '.join(HISTORY_ROW_COLUMNS)}) VALUES "
                 f"(:load_id, {', '.join(':' + c for c in HISTORY_ROW_COLUMNS)})"),
            [{"load_id": load_id, **r} for r in frame.select(HISTORY_ROW_COLUMNS).iter_rows(named=True)],
        )
    return int(load_id)


def sync_reference(conn: Connection, data: Path | None = None) -> dict[str, Any]:
    """Bring ``metric_info`` and the history loads up to date with the data files (in ``conn``'s transaction).

    Returns what changed: ``{"metric_info": bool, "history_load_id": int | None}``. A data file
    that is missing or invalid is reported in the log and skipped: the warehouse keeps its last
    copy, and the forecast that reads the file states the problem itself.
    """
    from forecasting.history import HistoryError
    from forecasting.metrics import MetricsError
    from forecasting.observation import RolesError

    data = data or data_dir()
    changed: dict[str, Any] = {"metric_info": False, "history_load_id": None}
    try:
        rows = metric_rows((data / "metrics.toml").read_text(encoding="utf-8"),
                           (data / "observations.toml").read_text(encoding="utf-8"))
    except (OSError, MetricsError, RolesError) as exc:
        log.warning("metric catalogue not synced to the warehouse: %s", exc)
    else:
        changed["metric_info"] = _sync_metrics(conn, rows)
    try:
        changed["history_load_id"] = _sync_history(conn, data / "history.csv")
    except (OSError, UnicodeDecodeError, HistoryError) as exc:
        log.warning("history not synced to the warehouse: %s", exc)
    return changed


