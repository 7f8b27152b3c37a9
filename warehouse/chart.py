"""Fan charts of forecast vintages for slides, in one unit: reported actuals as points, the latest
vintage's P10–P90 band and P50 from its as-of on, and earlier vintages' P50 as faint lines.

:func:`fan_chart` is pure (frames in, a matplotlib Figure out, no pyplot global state);
:func:`chart_inputs` reads the frames from the warehouse and :func:`write_png` saves a figure.
"""

from __future__ import annotations

import re
import textwrap
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import matplotlib

matplotlib.use("Agg")

import polars as pl
from matplotlib.figure import Figure
from matplotlib.ticker import FuncFormatter, MaxNLocator
from sqlalchemy import Connection, Engine, text

from forecasting.quantity import format_quantity, format_range
from warehouse.errors import NotFoundError

ANNUAL_RE = re.compile(r"^(?:FY)?(\d{4})$")
HISTORY_SCHEMA = pl.Schema({"period": pl.Utf8, "value": pl.Float64})
VINTAGE_SCHEMA = pl.Schema({
    "run_id": pl.Int64,
    "as_of": pl.Date,
    "period": pl.Utf8,
    "p10": pl.Float64,
    "p50": pl.Float64,
    "p90": pl.Float64,
})

BAND_COLOR = "#9ecae1"
P50_COLOR = "#08519c"
HISTORY_COLOR = "#252525"
EARLIER_COLOR = "#7f7f7f"


class NothingToChartError(NotFoundError):
    """No forecast values for the metric/region/method asked for."""


def _year(period: str) -> int | None:
    m = ANNUAL_RE.match(period or "")
    return int(m.group(1)) if m else None


def year_fraction(day: date) -> float:
    """``day`` on the chart's year axis: 2026-07-02 → 2026.5 (annual values sit at their year, 2026.0)."""
    start = date(day.year, 1, 1)
    return day.year + (day - start).days / (date(day.year + 1, 1, 1) - start).days


def _annual(frame: pl.DataFrame) -> pl.DataFrame:
    """Rows with annual periods (``2024``, ``FY2024``) and their year as ``x``; half-years/quarters are left out
    because they are not comparable with annual totals on one axis."""
    years = [_year(p) for p in frame["period"].to_list()]
    return frame.with_columns(pl.Series("x", years, dtype=pl.Int64)).filter(pl.col("x").is_not_null()).sort("x")


def fan_chart(
    history: pl.DataFrame,
    vintages: pl.DataFrame,
    *,
    title: str,
    unit: str,
    subtitle: str | None = None,
    source_note: str | None = None,
    max_earlier: int = 5,
    formatter: Callable[[float, str], str] | None = None,
    latest_run_id: int | None = None,
) -> Figure:
    """A fan chart of one target in one unit (every value given is in ``unit``).

    ``history``: columns ``period`` and ``value``, reported actuals drawn as points (several for
    one period are all shown). ``vintages``: columns ``run_id``, ``as_of``, ``period``, ``p10``,
    ``p50``, ``p90``; the latest vintage (``latest_run_id``, default the highest as_of, then run id)
    is drawn as the P10–P90 band and P50 line from the year of its as-of on, with a vertical line at
    the as-of date; up to ``max_earlier`` earlier vintages as faint P50 lines.
    Artists carry gids: ``history-points``, ``as-of``, ``band``, ``p50``, ``earlier-<run id>``.
    """
    raw_fmt = formatter or format_quantity

    def esc(text: str) -> str:  # a literal "$" would start mathtext in matplotlib
        return text.replace("$", r"\$")

    def fmt(value: float, unit: str) -> str:
        return esc(raw_fmt(value, unit))

    if vintages.is_empty():
        raise NothingToChartError("no forecast values to chart")
    order = vintages.select("run_id", "as_of").unique().sort(["as_of", "run_id"])
    latest_id, latest_as_of = order.row(-1)
    if latest_run_id is not None:
        latest_id = latest_run_id
        latest_as_of = order.filter(pl.col("run_id") == latest_run_id)["as_of"][0]
    # the forecast starts at the as-of: periods of years before it are not forecasts of the future
    latest = _annual(vintages.filter(pl.col("run_id") == latest_id)).filter(pl.col("x") >= latest_as_of.year)
    hist = _annual(history.select("period", "value").drop_nulls()) if not history.is_empty() else history

    fig = Figure(figsize=(10, 5.8), dpi=150, layout="constrained")
    ax = fig.add_subplot()

    earlier = order.filter((pl.col("run_id") != latest_id) & (pl.col("as_of") <= latest_as_of)).tail(max_earlier)
    n_earlier = earlier.height
    for i, (run_id, _as_of) in enumerate(earlier.iter_rows()):
        v = _annual(vintages.filter(pl.col("run_id") == run_id))
        alpha = 0.25 + 0.35 * (i + 1) / max(n_earlier, 1)
        ax.plot(
            v["x"].to_list(), v["p50"].to_list(), color=EARLIER_COLOR, lw=1.1, ls="--", alpha=alpha,
            gid=f"earlier-{run_id}", zorder=2,
            label=f"Earlier vintages, P50 ({n_earlier})" if i == n_earlier - 1 else "_nolegend_",
        )

    xs = latest["x"].to_list()
    ax.fill_between(
        xs, latest["p10"].to_list(), latest["p90"].to_list(), color=BAND_COLOR, alpha=0.6, lw=0, gid="band",
        label="P10–P90 range", zorder=1,
    )
    ax.plot(
        xs, latest["p50"].to_list(), color=P50_COLOR, lw=2.4, marker="o", ms=5, gid="p50",
        label=f"Forecast P50 (run {latest_id}, as of {latest_as_of})", zorder=4,
    )
    if latest.height:
        last = latest.row(-1, named=True)
        ax.annotate(
            f"{fmt(last['p50'], unit)}\n(P10–P90 {esc(format_range(last['p10'], last['p90'], unit))})",
            (last["x"], last["p50"]), xytext=(8, 0), textcoords="offset points", va="center", fontsize=9,
            color=P50_COLOR,
        )

    if hist.height:
        ax.scatter(
            hist["x"].to_list(), hist["value"].to_list(), color=HISTORY_COLOR, s=26, zorder=6, gid="history-points",
            label="Reported (actual)",
        )
    boundary = year_fraction(latest_as_of)
    ax.axvline(boundary, color="#bdbdbd", lw=1, ls="-", zorder=0, gid="as-of")
    # at the foot of the line: the legend holds the top left, values (all >= 0) rarely reach the bottom
    ax.text(boundary, 0.015, f"  as of {latest_as_of}: forecast →", transform=ax.get_xaxis_transform(),
            va="bottom", ha="left", fontsize=9, color="#636363")

    ax.yaxis.set_major_formatter(FuncFormatter(lambda v, _pos: fmt(v, unit)))
    ax.xaxis.set_major_locator(MaxNLocator(integer=True))
    ax.set_ylim(bottom=0)
    ax.grid(axis="y", color="#e0e0e0", lw=0.8)
    ax.set_axisbelow(True)
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    ax.tick_params(axis="both", labelsize=10)
    fig.suptitle(title, x=0.01, ha="left", fontsize=15, fontweight="bold")
    if subtitle:
        ax.set_title(subtitle, loc="left", fontsize=10, color="#525252")
    order_of = {"history-points": 0, "p50": 1, "band": 2}
    handles, labels = ax.get_legend_handles_labels()
    ranked = sorted(zip(handles, labels, strict=True), key=lambda hl: order_of.get(str(hl[0].get_gid()), 3))
    ax.legend([h for h, _ in ranked], [lab for _, lab in ranked], loc="upper left", frameon=False, fontsize=9)
    if source_note:
        fig.supxlabel(esc("\n".join(textwrap.wrap(source_note, 165))), x=0.01, ha="left", fontsize=7.5,
                      color="#737373")
    return fig


def write_png(fig: Figure, path: Path) -> Path:
    """Save ``fig`` as a PNG (150 dpi)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(path, format="png", dpi=150, facecolor="white")
    return path


@dataclass(frozen=True)
class ChartInputs:
    """What :func:`fan_chart` needs for one target in one unit, read from the warehouse."""

    history: pl.DataFrame
    vintages: pl.DataFrame
    unit: str
    latest_run_id: int
    latest_as_of: date
    #: Units of the target other than ``unit`` (charted with ``--unit``).
    other_units: tuple[str, ...] = ()


def _eq(col: str, value: str | None) -> str:
    return f"{col} IS NULL" if value is None else f"{col} = :{col}"


def primary_unit(conn: Connection, metric: str, units: list[str]) -> str:
    """The target's own unit (``dim_target`` as the newest run defines it; of money both ``CNY, USD``:
    then USD, the unit of the market history) among those it has values in; else USD when there
    are USD values, else the unit with the most values."""
    defined = conn.execute(
        text("SELECT unit FROM run_target WHERE metric = :m ORDER BY run_id DESC LIMIT 1"), {"m": metric}
    ).scalar_one_or_none()
    candidates = [u.strip() for u in str(defined or "").split(",") if u.strip() in units]
    if candidates:
        return "USD" if "USD" in candidates else candidates[0]
    return "USD" if "USD" in units else max(sorted(set(units)), key=units.count)


def chart_inputs(
    engine: Engine, *, metric: str, region: str | None, method: str, entity: str | None = None,
    unit: str | None = None,
) -> ChartInputs:
    """Vintages of one target in one ``unit`` (default its primary unit) from ``fct_forecast_vintage``
    and its reported actuals in that unit from ``fct_fact``.

    The latest vintage is the newest production run (``run_kind``) when the target has one, else the
    newest run (highest as-of, then id).
    """
    params = {"metric": metric, "region": region, "entity": entity, "method": method}
    where = f"metric = :metric AND {_eq('region', region)} AND {_eq('entity', entity)}"
    target = f"{metric} / {region or entity or 'no region'}"
    with engine.connect() as conn:
        rows = conn.execute(
            text(f"SELECT run_id, as_of, period, p10, p50, p90, unit, run_kind FROM fct_forecast_vintage "
                 f"WHERE {where} AND method = :method ORDER BY run_id, period"),
            params,
        ).all()
        if not rows:
            methods = conn.execute(
                text(f"SELECT DISTINCT method FROM fct_forecast_vintage WHERE {where} ORDER BY method"), params
            ).scalars().all()
            if methods:
                raise NothingToChartError(f"no {method!r} forecast of {target}; methods there are: {', '.join(methods)}")
            raise NothingToChartError(
                f"no forecast of {target} in the warehouse; `computecast forecast` publishes one"
            )
        units = [str(r[6]) for r in rows]
        chosen = unit or primary_unit(conn, metric, units)
        if chosen not in units:
            raise NothingToChartError(f"no forecast of {target} in {chosen}; its units are: {', '.join(sorted(set(units)))}")
        facts = conn.execute(
            text(f"SELECT period, value FROM fct_fact WHERE {where} AND basis = 'actual' AND period IS NOT NULL "
                 "AND unit = :unit"),
            params | {"unit": chosen},
        ).all()
    kept = [r for r in rows if r[6] == chosen]
    vintages = pl.DataFrame([(r[0], _as_date(r[1]), *r[2:6]) for r in kept], schema=VINTAGE_SCHEMA, orient="row")
    production = [r for r in kept if r[7] == "production"]
    newest = max(production or kept, key=lambda r: (_as_date(r[1]), r[0]))
    history = pl.DataFrame([tuple(f) for f in facts], schema=HISTORY_SCHEMA, orient="row")
    return ChartInputs(history, vintages, chosen, int(newest[0]), _as_date(newest[1]),
                       tuple(sorted(set(units) - {chosen})))


def _as_date(v: Any) -> date:
    return v if isinstance(v, date) else date.fromisoformat(str(v)[:10])


def add_history(inputs: ChartInputs, extra: pl.DataFrame | None) -> pl.DataFrame:
    """Warehouse actuals plus an optional history frame (``period``, ``value``)."""
    if extra is None or extra.is_empty():
        return inputs.history
    return pl.concat([inputs.history, extra.select(list(HISTORY_SCHEMA)).cast(HISTORY_SCHEMA)])
