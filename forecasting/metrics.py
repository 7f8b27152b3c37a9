"""The metric catalogue (``data/metrics.toml``): kind and one-line definition of every metric, with sources.

One place per concept: the catalogue holds what a metric *means* (kind: stock, flow, ratio, price
or attribute; a definition); its unit is the contract's (``connectors/contract.py``) or the
model's (:data:`forecasting.bottom_up.KERNEL_METRICS`); how its facts enter the forecast is its
role in ``data/observations.toml``. The forecast's targets take their kind and definition from
here (``run_target``, the ``dim_target`` view), and so does the warehouse's ``dim_metric``.

:func:`parse_metrics` is pure; :func:`bundled_metrics` reads the catalogue of this checkout once
(the one data file the forecasting package reads itself: a table of words, not an input of the
numbers).
"""

from __future__ import annotations

import functools
import tomllib
from dataclasses import dataclass
from pathlib import Path

KINDS = ("stock", "flow", "ratio", "price", "attribute")
METRICS_FILE = Path(__file__).resolve().parents[1] / "data" / "metrics.toml"


class MetricsError(ValueError):
    """The metric catalogue is invalid; the message names the entry."""


@dataclass(frozen=True)
class MetricInfo:
    """What one metric means."""

    metric: str
    kind: str
    definition: str
    source: str


def parse_metrics(toml_text: str) -> dict[str, MetricInfo]:
    """Parse ``data/metrics.toml`` text into ``{metric: MetricInfo}`` (file order)."""
    try:
        doc = tomllib.loads(toml_text)
    except tomllib.TOMLDecodeError as exc:
        raise MetricsError(f"the metric catalogue is not valid TOML: {exc}") from exc
    out: dict[str, MetricInfo] = {}
    for i, entry in enumerate(doc.get("metric", [])):
        where = f"metric[{i}]"
        values = {k: entry.get(k) for k in ("metric", "kind", "definition", "source")}
        blank = [k for k, v in values.items() if not isinstance(v, str) or not v.strip()]
        if blank:
            raise MetricsError(f"{where}: {', '.join(blank)} required (non-empty strings)")
        name = str(values["metric"])
        if values["kind"] not in KINDS:
            raise MetricsError(f"{where} ({name}).kind: {values['kind']!r} is not one of {list(KINDS)}")
        if name in out:
            raise MetricsError(f"{where}: {name!r} is listed twice")
        out[name] = MetricInfo(name, str(values["kind"]), " ".join(str(values["definition"]).split()),
                               str(values["source"]).strip())
    if not out:
        raise MetricsError("the metric catalogue lists no [[metric]]")
    return out


@functools.cache
def bundled_metrics() -> dict[str, MetricInfo]:
    """The catalogue of this checkout (``data/metrics.toml``), parsed once per process."""
    return parse_metrics(METRICS_FILE.read_text(encoding="utf-8"))
