"""The observation model: every fact is a noisy measurement of a model quantity (its *role*).

A fact ``y`` observes a quantity ``Q`` of the bottom-up model (per region, year and Monte Carlo
draw) through an observation equation, in logs::

    ln y = ln(scale · Q) + ε,    ε ~ N(0, σ²),    σ = m_kind · √(σ_role² + σ_basis²)

``scale`` is the role's share parameter (a buyer's share of its region's purchases, the AI-server
content of Nvidia's revenue, a hyperscaler's capex per unit of AI-server spend); ``σ_role`` its
structural noise, ``σ_basis`` the noise of the evidence's basis (actual < estimate < forecast <
target) and ``m_kind`` a multiplier per document kind. Ratios observe growth:
``ln(1 + g/100) = ln(Q_Y / Q_{Y−1})`` for ``yoy_growth`` and the mean log growth over the span for
``cagr``, of the quantity their ``of`` metric observes. Roles, shares and noise levels are data
(``data/observations.toml``, every number with its source), parsed by :func:`parse_roles`.

A bound (qualifier ``>``/``>=``: "more than", ``<``/``<=``: "under") is a *censored*
observation: its likelihood is the probability that the observed quantity lies beyond the
bound, ``Φ((ln ŷ − ln y)/σ)`` for a lower bound and ``Φ((ln y − ln ŷ)/σ)`` for an upper one
(Tobin 1958), so "capex likely crossing $100 billion" favours the draws above it without
pretending it is 100 bn.

Facts with the same key (metric, region, entity, item, of, period, unit, basis, bound) are one
observation (median of their values, a spread above 1 % listed as a conflict). Facts that no role
can use (no equation for the metric, a region or entity the model does not have, a period outside
the model years) are counted by reason in the ledger, never silently dropped.
"""

from __future__ import annotations

import math
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import polars as pl
from numpy.typing import NDArray

from forecasting.facts import FactLedger, combine_group
from forecasting.montecarlo import normal_cdf
from forecasting.units import PeriodError, period_end

FloatArray = NDArray[Any]

#: Model quantities a role may observe; see data/observations.toml.
QUANTITIES = ("spend", "shipments", "accelerator_shipments", "accelerators", "flops", "power",
              "frontier_parameters", "frontier_tokens", "frontier_run_flop")
#: Flows add up over a period; stocks are read at the period's end.
FLOW_QUANTITIES = frozenset({"spend", "shipments", "accelerator_shipments"})
BASES = ("actual", "estimate", "forecast", "target")
#: Qualifiers that make a fact a bound: the quantity is above (``lower``) or below (``upper``) the value.
BOUNDS = {">": "lower", ">=": "lower", "<": "upper", "<=": "upper"}


class RolesError(ValueError):
    """The observation-roles TOML is invalid; the message names the key."""


@dataclass(frozen=True)
class Role:
    """How one metric observes the model (see the module docstring)."""

    metric: str
    quantity: str
    scale: float | str = 1.0
    log_sd: float = 0.0
    entity_log_sd: float | None = None
    items: tuple[str, ...] | None = None
    accelerator_items: tuple[str, ...] = ()
    entities: tuple[str, ...] | None = None
    #: The period dates an event (a tender issued in April) rather than bounding a flow: it counts for its whole year.
    period_dates_event: bool = False
    source: str = ""


@dataclass(frozen=True)
class ObservationModel:
    """The parsed roles table: roles by metric, noise by basis and kind, entity regions and shares."""

    roles: Mapping[str, Role]
    basis_sd: Mapping[str, float]
    kind_multiplier: Mapping[str, float]
    entity_region: Mapping[str, str]
    entity_share: Mapping[str, float]
    min_ess_fraction: float = 0.1
    influence_draws: int = 20_000
    sources: Mapping[str, str] = field(default_factory=dict)

    def table(self) -> list[dict[str, Any]]:
        """The roles as rows (metric, quantity, scale, log_sd, source) for the README and the run record."""
        return [{"metric": r.metric, "quantity": r.quantity, "scale": r.scale, "log_sd": r.log_sd,
                 "source": r.source} for r in self.roles.values()]


def _value(v: Any, key: str) -> tuple[float, str]:
    if isinstance(v, Mapping):
        if "value" not in v:
            raise RolesError(f"{key}: expected {{ value = ..., source = ... }}")
        v, src = v["value"], str(v.get("source", ""))
    else:
        src = ""
    if isinstance(v, bool) or not isinstance(v, (int, float)) or not math.isfinite(v) or v < 0:
        raise RolesError(f"{key}: expected a non-negative number, got {v!r}")
    return float(v), src


def parse_roles(toml_text: str) -> ObservationModel:
    """Parse ``data/observations.toml`` text; :class:`RolesError` names the offending key."""
    try:
        doc = tomllib.loads(toml_text)
    except tomllib.TOMLDecodeError as exc:
        raise RolesError(f"observation roles are not valid TOML: {exc}") from exc
    sources: dict[str, str] = {}
    noise = doc.get("noise", {})
    basis_sd: dict[str, float] = {}
    for b in BASES:
        if b not in noise.get("basis", {}):
            raise RolesError(f"noise.basis.{b}: required (one σ per basis: {', '.join(BASES)})")
        basis_sd[b], sources[f"noise.basis.{b}"] = _value(noise["basis"][b], f"noise.basis.{b}")
    kind = {k: _value(v, f"noise.kind.{k}")[0] for k, v in noise.get("kind", {}).items()}
    shares: dict[str, float] = {}
    for k, v in doc.get("entity_share", {}).items():
        shares[k], sources[f"entity_share.{k}"] = _value(v, f"entity_share.{k}")
        if not 0 < shares[k] <= 1:
            raise RolesError(f"entity_share.{k}: a share in (0, 1], got {shares[k]}")
    regions = {str(k): str(v) for k, v in doc.get("entity_region", {}).items()}
    roles: dict[str, Role] = {}
    for i, r in enumerate(doc.get("role", [])):
        p = f"role[{i}]"
        metric, quantity = r.get("metric"), r.get("quantity")
        if not isinstance(metric, str) or not isinstance(quantity, str):
            raise RolesError(f"{p}: metric and quantity are required strings")
        if quantity not in (*QUANTITIES, "growth", "none", "prior"):
            raise RolesError(f"{p}.quantity: {quantity!r} is not one of {[*QUANTITIES, 'growth', 'none', 'prior']}")
        if metric in roles:
            raise RolesError(f"{p}.metric: {metric!r} has two roles")
        if not r.get("source"):
            raise RolesError(f"{p}.source: every role states its source or reason")
        scale = r.get("scale", 1.0)
        if isinstance(scale, str):
            if scale not in ("entity_share", "history_ratio", "nvidia_dc"):
                raise RolesError(f"{p}.scale: a number or one of entity_share, history_ratio, nvidia_dc")
        else:
            scale = _value(scale, f"{p}.scale")[0]
        roles[metric] = Role(
            metric=metric, quantity=quantity, scale=scale,
            log_sd=_value(r.get("log_sd", 0.0), f"{p}.log_sd")[0],
            entity_log_sd=_value(r["entity_log_sd"], f"{p}.entity_log_sd")[0] if "entity_log_sd" in r else None,
            items=tuple(r["items"]) if "items" in r else None,
            accelerator_items=tuple(r.get("accelerator_items", ())),
            entities=tuple(r["entities"]) if "entities" in r else None,
            period_dates_event=bool(r.get("period_dates_event", False)),
            source=str(r["source"]),
        )
    assim = doc.get("assimilation", {})
    ess, sources["assimilation.min_ess_fraction"] = _value(assim.get("min_ess_fraction", 0.1), "assimilation.min_ess_fraction")
    if not 0 < ess <= 1:
        raise RolesError(f"assimilation.min_ess_fraction: in (0, 1], got {ess}")
    infl = _value(assim.get("influence_draws", 20_000), "assimilation.influence_draws")[0]
    return ObservationModel(roles=roles, basis_sd=basis_sd, kind_multiplier=kind, entity_region=regions,
                            entity_share=shares, min_ess_fraction=ess, influence_draws=int(infl), sources=sources)


@dataclass(frozen=True)
class Observation:
    """One observation: ``value`` observes ``scale ×`` the quantity (or its growth) with log-sd ``sigma``.

    ``years``: for a level, the years whose flow is summed (a stock reads the last); for growth,
    ``(Y0, Y1)``. ``fraction``: the share of a year a sub-year flow covers (¼ for a quarter).
    """

    key: str
    metric: str
    quantity: str
    region: str
    years: tuple[int, ...]
    value: float
    currency: str | None
    scale: float
    fraction: float
    sigma: float
    growth: bool
    fact_ids: tuple[int, ...]
    document_ids: tuple[int, ...]
    #: ``lower`` (the quantity exceeds ``value``), ``upper`` (it stays below) or None (a point value).
    bound: str | None = None


def _years_of(period: str) -> tuple[tuple[int, ...], float] | None:
    """Years a period covers and the fraction of a year it is (None: not a usable period)."""
    p = period.strip()
    if len(p) == 9 and p[4] == "-" and p[:4].isdigit() and p[5:].isdigit():
        y0, y1 = int(p[:4]), int(p[5:])
        return (tuple(range(y0, y1 + 1)), 1.0) if y1 > y0 else None
    try:
        end = period_end(p).year
    except PeriodError:
        return None
    if "Q" in p:
        return (end,), 0.25
    if "H" in p:
        return (end,), 0.5
    if len(p) == 7 and p[4] == "-":
        return (end,), 1.0 / 12.0
    return (end,), 1.0


def _region(row: Mapping[str, Any], model: ObservationModel, regions: set[str]) -> tuple[str | None, bool]:
    """(model region, entity-scoped?) of a fact; None when the model has no region for it."""
    if row["region"] is not None:
        return (row["region"] if row["region"] in regions else None), False
    if row["entity"] is not None:
        r = model.entity_region.get(row["entity"])
        return (r if r in regions else None), True
    return None, False


def build_observations(
    facts: pl.DataFrame,
    model: ObservationModel,
    *,
    regions: set[str],
    model_years: tuple[int, int],
    history_ratio: Mapping[tuple[str, str], float],
    nvidia_dc_scale: float,
    ledger: FactLedger,
    exclude: set[int] | frozenset[int] = frozenset(),
) -> list[Observation]:
    """Observations from visible facts (points and bounds); unusable facts counted by reason.

    ``history_ratio[(metric, entity)]`` is the ``history_ratio`` scale; ``exclude`` fact ids already
    used elsewhere for the bottom-up (the anchor) so that no fact counts twice.
    """
    groups: dict[tuple[Any, ...], dict[str, Any]] = {}
    kinds = facts["document_kind"].to_list() if "document_kind" in facts.columns else [None] * facts.height
    for row, kind in zip(facts.iter_rows(named=True), kinds, strict=True):
        metric = row["metric"]
        role = model.roles.get(metric)
        if role is None:
            ledger.skip(f"observation:{metric}:no_role")
            continue
        if role.quantity in ("none", "prior"):
            ledger.skip(f"observation:{metric}:{'no_equation' if role.quantity == 'none' else 'used_in_prior'}")
            continue
        if int(row["fact_id"]) in exclude:
            continue
        basis = row["basis"] if row["basis"] in model.basis_sd else "estimate"
        bound = BOUNDS.get(row["qualifier"] or "")
        key = (metric, row["region"], row["entity"], row["item"], row["of"], row["period"], row["unit"], basis, bound)
        g = groups.setdefault(key, {"row": row, "values": [], "ids": [], "docs": set(), "kind": kind})
        g["values"].append(float(row["value"]))
        g["ids"].append(int(row["fact_id"]))
        g["docs"].add(int(row["document_id"]))
    out: list[Observation] = []
    lo, hi = model_years
    for key, g in groups.items():
        metric, basis, bound = key[0], key[-2], key[-1]
        row, role = g["row"], model.roles[metric]
        reason = _unusable(row, role, model)
        if reason:
            ledger.skip(f"observation:{metric}:{reason}", len(g["ids"]))
            continue
        region, by_entity = _region(row, model, regions)
        if region is None:
            ledger.skip(f"observation:{metric}:region_not_modelled", len(g["ids"]))
            continue
        span = _years_of(row["period"]) if row["period"] else None
        if span is None:
            ledger.skip(f"observation:{metric}:no_usable_period", len(g["ids"]))
            continue
        years, fraction = span
        if role.period_dates_event:
            fraction = 1.0
        quantity, growth = role.quantity, False
        log_sd = role.entity_log_sd if (by_entity and role.entity_log_sd is not None) else role.log_sd
        scale: float = 1.0
        if role.quantity == "growth":
            of_role = model.roles.get(row["of"] or "")
            if of_role is None or of_role.quantity not in QUANTITIES:
                ledger.skip(f"observation:{metric}:of_not_modelled", len(g["ids"]))
                continue
            quantity, growth = of_role.quantity, True
            years = (years[0] - 1, years[0]) if len(years) == 1 else (years[0], years[-1])
            fraction = 1.0
        else:
            if quantity == "shipments" and row["item"] in role.accelerator_items:
                quantity = "accelerator_shipments"
            s = _scale(role, row, model, history_ratio, nvidia_dc_scale, by_entity)
            if s is None:
                ledger.skip(f"observation:{metric}:no_share_parameter", len(g["ids"]))
                continue
            scale = s
        first_usable = lo + 1 if quantity in FLOW_QUANTITIES else lo  # a flow's first model year is NaN
        if min(years) < first_usable or max(years) > hi:
            ledger.skip(f"observation:{metric}:outside_model_years", len(g["ids"]))
            continue
        if quantity not in FLOW_QUANTITIES and not growth:
            years, fraction = (years[-1],), 1.0
        value = combine_group("observation|" + "|".join(str(k) for k in key), g["values"], g["ids"], ledger)
        if growth:
            value = 1.0 + value / 100.0
            if row["metric"] == "cagr":
                value = value ** (years[-1] - years[0])
        if not value > 0:
            ledger.skip(f"observation:{metric}:non_positive", len(g["ids"]))
            continue
        currency = row["unit"] if quantity == "spend" and not growth else None
        if currency is not None and currency not in ("USD", "CNY"):
            ledger.skip(f"observation:{metric}:unit_{currency}", len(g["ids"]))
            continue
        sigma = model.kind_multiplier.get(g["kind"] or "", 1.0) * math.hypot(log_sd, model.basis_sd[basis])
        out.append(Observation(
            key="|".join("" if k is None else str(k) for k in key), metric=metric, quantity=quantity, region=region,
            years=tuple(years), value=float(value), currency=currency, scale=scale, fraction=fraction,
            sigma=max(sigma, 1e-3), growth=growth, fact_ids=tuple(sorted(g["ids"])), document_ids=tuple(sorted(g["docs"])),
            bound=bound,
        ))
    return sorted(out, key=lambda o: o.key)


def _unusable(row: Mapping[str, Any], role: Role, model: ObservationModel) -> str | None:
    item = row["item"] if row["item"] is not None else "none"
    if role.items is not None and item not in role.items and item not in role.accelerator_items:
        return f"item_{item}"
    if role.entities is not None and row["entity"] not in role.entities:
        return "entity_not_in_role"
    return None


def _scale(role: Role, row: Mapping[str, Any], model: ObservationModel, history_ratio: Mapping[tuple[str, str], float],
           nvidia_dc_scale: float, by_entity: bool) -> float | None:
    if role.scale == "entity_share":
        return model.entity_share.get(row["entity"]) if by_entity else 1.0
    if role.scale == "history_ratio":
        return history_ratio.get((role.metric, row["entity"])) if by_entity else None
    if role.scale == "nvidia_dc":
        return nvidia_dc_scale
    if by_entity and role.entity_log_sd is not None:
        return model.entity_share.get(row["entity"])
    return float(role.scale)


def predicted(obs: Observation, quantities: Mapping[str, Mapping[str, FloatArray]], fx: FloatArray,
              model_years: NDArray[np.int64]) -> FloatArray:
    """The model's value of what ``obs`` measures, per draw (float64), from ``draws × years`` quantities."""
    q = quantities[obs.region][obs.quantity]
    idx = [int(np.searchsorted(model_years, y)) for y in obs.years]
    if obs.growth:
        return np.asarray(q[:, idx[1]], dtype=np.float64) / np.asarray(q[:, idx[0]], dtype=np.float64)
    level = np.asarray(q[:, idx[0]], dtype=np.float64).copy()
    for i in idx[1:]:
        level += q[:, i]
    level *= obs.scale * obs.fraction
    if obs.currency == "CNY":
        level *= np.asarray(fx, dtype=np.float64)
    return level


def log_likelihood(obs: Observation, prediction: FloatArray) -> FloatArray:
    """Per draw: ``−½·((ln y − ln ŷ)/σ)²`` for a point (the Gaussian constant is the same for every
    draw and dropped); ``ln Φ((ln ŷ − ln y)/σ)`` for a lower bound, ``ln Φ((ln y − ln ŷ)/σ)`` for an upper one."""
    with np.errstate(divide="ignore", invalid="ignore"):
        r = (math.log(obs.value) - np.log(prediction)) / obs.sigma
        out = -0.5 * r * r if obs.bound is None else np.log(normal_cdf(-r if obs.bound == "lower" else r))
    return np.where(np.isfinite(out), out, -np.inf)
