"""The backtest scorecard for a slide: error by horizon per method, and P10–P90 coverage per method.

:func:`scorecard` is pure (a summary frame of :func:`forecasting.track_record.summary` in, a
matplotlib Figure out, no pyplot global state); :func:`write_scorecard` saves it as PNG.
"""

from __future__ import annotations

from pathlib import Path

import matplotlib

matplotlib.use("Agg")

import polars as pl
from matplotlib.figure import Figure

#: computecast first, then its members, then the baselines; anything else after them.
METHOD_ORDER = ("combined", "bottom_up", "regression", "regression_driver", "naive", "drift", "published")
METHOD_STYLE = {
    "combined": ("#08519c", "o", 2.6),
    "bottom_up": ("#6baed6", "s", 1.2),
    "regression": ("#3182bd", "^", 1.2),
    "regression_driver": ("#9ecae1", "v", 1.2),
    "naive": ("#7f7f7f", "x", 1.8),
    "drift": ("#d95f0e", "D", 1.8),
    "published": ("#31a354", "*", 1.8),
}


def _ordered(methods: list[str]) -> list[str]:
    return sorted(methods, key=lambda m: (METHOD_ORDER.index(m) if m in METHOD_ORDER else len(METHOD_ORDER), m))


def scorecard(summary: pl.DataFrame, *, title: str) -> Figure:
    """Two panels: median abs log error of the P50 by horizon (one line per method); P10–P90 coverage
    over all origins per method against the nominal 80 % (the 70–90 % band shaded). Bars carry gids
    ``coverage-<method>``, lines ``error-<method>``."""
    fig = Figure(figsize=(12, 5.2), dpi=150, layout="constrained")
    ax_err, ax_cov = fig.subplots(1, 2, width_ratios=[1.5, 1])
    by_h = summary.filter(pl.col("horizon") != "all").with_columns(pl.col("horizon").cast(pl.Int64))
    total = summary.filter(pl.col("horizon") == "all")
    methods = _ordered(summary["method"].unique().to_list())
    for m in methods:
        color, marker, lw = METHOD_STYLE.get(m, ("#444444", ".", 1.2))
        rows = by_h.filter(pl.col("method") == m).sort("horizon")
        label = "computecast (combined)" if m == "combined" else m
        ax_err.plot(rows["horizon"].to_list(), rows["median_abs_log_error"].to_list(), color=color, marker=marker,
                    lw=lw, ms=6, label=label, gid=f"error-{m}")
    ax_err.set_xlabel("horizon (years after the origin's year)")
    ax_err.set_ylabel("median |ln(actual / P50)|   (0.69 = off by 2×)")
    ax_err.set_title("P50 error by horizon")
    ax_err.grid(alpha=0.3)
    ax_err.set_ylim(bottom=0)
    if not by_h.is_empty():
        ax_err.set_xticks(sorted(set(by_h["horizon"].to_list())))
    ax_err.legend(fontsize=8, frameon=False)

    banded = total.filter(pl.col("n_band") > 0)
    names = _ordered(banded["method"].to_list())
    ax_cov.axhspan(70, 90, color="#e5f5e0", zorder=0, label="70–90 %")
    ax_cov.axhline(80, color="#31a354", lw=1, ls="--", zorder=1, label="nominal 80 %")
    for i, m in enumerate(names):
        row = banded.filter(pl.col("method") == m).row(0, named=True)
        color = METHOD_STYLE.get(m, ("#444444", ".", 1.2))[0]
        ax_cov.bar(i, 100 * row["coverage"], color=color, zorder=2, gid=f"coverage-{m}")
        ax_cov.annotate(f"{100 * row['coverage']:.0f} %\nn={row['n_band']}", (i, 100 * row["coverage"]),
                        xytext=(0, 3), textcoords="offset points", ha="center", fontsize=8)
    ax_cov.set_xticks(range(len(names)), names, rotation=30, ha="right", fontsize=8)
    ax_cov.set_ylim(0, 125)
    ax_cov.set_ylabel("actuals inside P10–P90 (%)")
    ax_cov.set_title("P10–P90 coverage, all origins")
    ax_cov.legend(fontsize=8, frameon=False, loc="upper left", ncols=2)
    fig.suptitle(title, fontsize=11)
    return fig


def write_scorecard(summary: pl.DataFrame, path: Path, *, title: str) -> Path:
    """Save :func:`scorecard` as a PNG at ``path``; returns the path."""
    path.parent.mkdir(parents=True, exist_ok=True)
    scorecard(summary, title=title).savefig(path)
    return path
