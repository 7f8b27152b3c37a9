"""Export one forecast vintage as a flat file (Parquet or CSV) with the run's metadata on every row."""

from __future__ import annotations

from pathlib import Path
from typing import Literal

import polars as pl
from sqlalchemy import Engine

from warehouse.diff import run_metadata
from warehouse.store import VALUE_COLUMNS, read_values

ExportFormat = Literal["parquet", "csv"]
FORMATS: tuple[ExportFormat, ...] = ("parquet", "csv")
META_COLUMNS = ("run_id", "as_of", "created_at", "code_version")
EXPORT_COLUMNS = (*META_COLUMNS, *VALUE_COLUMNS)


def default_export_path(run_id: int, fmt: ExportFormat) -> Path:
    """``computecast_run_<id>.<ext>`` in the working directory."""
    return Path(f"computecast_run_{run_id}.{fmt}")


def export_frame(engine: Engine, run_id: int) -> pl.DataFrame:
    """The run's values with ``run_id``, ``as_of`` (date), ``created_at`` (UTC) and ``code_version`` columns."""
    meta = run_metadata(engine, run_id)
    values = read_values(engine, run_id)
    return values.with_columns(
        pl.lit(meta["run_id"], dtype=pl.Int64).alias("run_id"),
        pl.lit(meta["as_of"], dtype=pl.Date).alias("as_of"),
        pl.lit(meta["created_at"], dtype=pl.Datetime("us", "UTC")).alias("created_at"),
        pl.lit(meta["code_version"], dtype=pl.Utf8).alias("code_version"),
    ).select(EXPORT_COLUMNS)


def write_export(frame: pl.DataFrame, path: Path, fmt: ExportFormat) -> Path:
    """Write ``frame`` as Parquet (typed, zstd) or CSV (UTF-8, ISO dates); returns the path."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown export format {fmt!r}; choose one of {list(FORMATS)}")
    path.parent.mkdir(parents=True, exist_ok=True)
    if fmt == "parquet":
        frame.write_parquet(path, compression="zstd")
    else:
        frame.write_csv(path)
    return path


def export_run(engine: Engine, run_id: int, fmt: ExportFormat, path: Path | None = None) -> tuple[Path, int]:
    """Export a run to ``path`` (default :func:`default_export_path`); returns the path and the row count."""
    frame = export_frame(engine, run_id)
    out = write_export(frame, path or default_export_path(run_id, fmt), fmt)
    return out, frame.height
