"""The scenario: every assumption of the bottom-up model, parsed and validated from TOML text.

A number in the scenario is either a plain number (fixed) or an inline table describing a
distribution, optionally with its ``source``::

    runs = 10                                            # fixed
    runs = { value = 10, source = "..." }                # fixed, with a source
    runs = { p10 = 5, p90 = 20, source = "..." }         # lognormal through stated P10 and P90
    pue  = { low = 1.1, mode = 1.2, high = 1.4 }         # triangular

Each distribution has a dotted *input name* used by correlation factors and in the Monte Carlo
draws: ``fx.usd_cny``, ``CN.utilization_training``, ``GLOBAL.training.frontier.runs``,
``CN.inference.chat.calls_growth``. ``data/scenario.toml`` is the commented default.

Errors are :class:`ScenarioError` and name the offending key.
"""

from __future__ import annotations

import hashlib
import math
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

from forecasting.chips import CHIPS, PRECISIONS

DistKind = Literal["fixed", "lognormal", "triangular"]
#: z-score of the 90th percentile of a standard normal: Φ⁻¹(0.9).
Z90 = 1.2815515655446004


class ScenarioError(ValueError):
    """The scenario TOML is invalid; the message names the key and how to fix it."""


@dataclass(frozen=True)
class Dist:
    """One uncertain (or fixed) input. Lognormal: P10/P90 given; triangular: low/mode/high."""

    kind: DistKind
    params: tuple[float, ...]
    source: str | None = None

    @property
    def median(self) -> float:
        """The distribution's median (for triangular, computed from its CDF)."""
        if self.kind == "fixed":
            return self.params[0]
        if self.kind == "lognormal":
            return math.sqrt(self.params[0] * self.params[1])
        low, mode, high = self.params
        if high == low:
            return low
        if (mode - low) / (high - low) >= 0.5:
            return low + math.sqrt(0.5 * (high - low) * (mode - low))
        return high - math.sqrt(0.5 * (high - low) * (high - mode))

    def scaled(self, factor: float) -> Dist:
        """The same distribution multiplied by ``factor`` (shape kept; used for calibration)."""
        return Dist(self.kind, tuple(p * factor for p in self.params), self.source)


@dataclass(frozen=True)
class TrainingTier:
    """A class of training runs: ``runs`` per year at the base year, each 6·N_active·D FLOP."""

    name: str
    runs: Dist
    runs_growth: Dist
    active_parameters: Dist
    parameters_growth: Dist
    tokens: Dist
    tokens_growth: Dist


@dataclass(frozen=True)
class InferenceSegment:
    """A stream of model calls: calls/day × (input + output) tokens per call at N_active."""

    name: str
    calls_per_day: Dist
    calls_growth: Dist
    input_tokens_per_call: Dist
    output_tokens_per_call: Dist
    tokens_per_call_growth: Dist
    active_parameters: Dist
    active_parameters_growth: Dist
    peak_to_average: Dist


@dataclass(frozen=True)
class Region:
    """Workloads and fleet assumptions of one region (``GLOBAL`` includes ``CN``)."""

    code: str
    currency: str
    server_price: Dist
    server_price_growth: Dist
    growth_decay: Dist
    accelerators_per_server: int
    lifetime_years: float
    pue: Dist
    server_power_overhead: Dist
    research_multiplier: Dist
    utilization_training: Dist
    utilization_inference: Dist
    precision_training: str
    precision_inference: str
    mix: Mapping[int, Mapping[str, float]]
    training: tuple[TrainingTier, ...]
    inference: tuple[InferenceSegment, ...]


@dataclass(frozen=True)
class Factor:
    """A Gaussian-copula factor: its inputs share a common normal with correlation ``rho``."""

    name: str
    rho: float
    inputs: tuple[str, ...]


@dataclass(frozen=True)
class Scenario:
    """A validated scenario. ``sha256`` is the hash of the TOML text it was parsed from."""

    name: str
    version: str
    base_year: int
    horizon_years: int
    fx_usd_cny: Dist
    fx_annual_average: Mapping[int, float]
    fx_source: str
    global_server_per_nvidia_dc: float
    global_server_ratio_source: str
    hyperscalers: tuple[str, ...]
    min_train: int
    backtest_horizons: int
    shrinkage: float
    factors: tuple[Factor, ...]
    regions: Mapping[str, Region]
    sha256: str
    sources: Mapping[str, str] = field(default_factory=dict)
    #: Damped-trend φ of the regressions (``regression.damping``); backtests may override it.
    damping: float = 0.7
    #: Long-run growth rate the regressions' growth reverts to (``regression.long_run_growth``).
    long_run_growth: float = 0.0
    #: Log-scale sd of an observed market figure used to anchor the bottom-up
    #: (``calibration.anchor_log_sd``); ``None`` = no anchoring.
    anchor_log_sd: float | None = None
    #: Persistence ψ of a draw's growth deviation from the median growth (``monte_carlo.growth_persistence``).
    growth_persistence: float = 1.0

    def inputs(self) -> dict[str, Dist]:
        """Every distribution by input name (fixed ones included), in a stable order."""
        out: dict[str, Dist] = {"fx.usd_cny": self.fx_usd_cny}
        for code, r in self.regions.items():
            for key in _REGION_DISTS:
                out[f"{code}.{key}"] = getattr(r, key)
            for t in r.training:
                for key in _TIER_DISTS:
                    out[f"{code}.training.{t.name}.{key}"] = getattr(t, key)
            for s in r.inference:
                for key in _SEGMENT_DISTS:
                    out[f"{code}.inference.{s.name}.{key}"] = getattr(s, key)
        return out

    def with_input(self, name: str, dist: Dist) -> Scenario:
        """A copy with one input replaced (used by fact calibration and by tests)."""
        import dataclasses

        parts = name.split(".")
        if parts == ["fx", "usd_cny"]:
            return dataclasses.replace(self, fx_usd_cny=dist)
        region = self.regions.get(parts[0])
        if region is None:
            raise ScenarioError(f"{name}: no region {parts[0]!r}")
        changes: dict[str, Any]
        if len(parts) == 2 and parts[1] in _REGION_DISTS:
            changes = {parts[1]: dist}
            new_region = dataclasses.replace(region, **changes)
        elif len(parts) == 4 and parts[1] in ("training", "inference"):
            items = region.training if parts[1] == "training" else region.inference
            if not any(i.name == parts[2] for i in items):
                raise ScenarioError(f"{name}: no {parts[1]} entry named {parts[2]!r}")
            item_change: dict[str, Any] = {parts[3]: dist}
            new_items = tuple(dataclasses.replace(i, **item_change) if i.name == parts[2] else i for i in items)
            changes = {parts[1]: new_items}
            new_region = dataclasses.replace(region, **changes)
        else:
            raise ScenarioError(f"{name} is not an input name; see Scenario.inputs()")
        regions = dict(self.regions)
        regions[parts[0]] = new_region
        return dataclasses.replace(self, regions=regions)


_REGION_DISTS = (
    "server_price",
    "server_price_growth",
    "growth_decay",
    "pue",
    "server_power_overhead",
    "research_multiplier",
    "utilization_training",
    "utilization_inference",
)
_TIER_DISTS = ("runs", "runs_growth", "active_parameters", "parameters_growth", "tokens", "tokens_growth")
_SEGMENT_DISTS = (
    "calls_per_day",
    "calls_growth",
    "input_tokens_per_call",
    "output_tokens_per_call",
    "tokens_per_call_growth",
    "active_parameters",
    "active_parameters_growth",
    "peak_to_average",
)
_FRACTIONS = ("utilization_training", "utilization_inference", "growth_decay")


def _num(value: Any, key: str) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
        raise ScenarioError(f"{key}: expected a finite number, got {value!r}")
    return float(value)


def parse_dist(value: Any, key: str, *, positive: bool = True) -> Dist:
    """Parse one scenario number (plain, ``{value}``, ``{p10, p90}`` or ``{low, mode, high}``)."""
    if isinstance(value, Mapping):
        source = value.get("source")
        if source is not None and not isinstance(source, str):
            raise ScenarioError(f"{key}.source: expected a string")
        keys = set(value) - {"source"}
        if keys == {"value"}:
            d = Dist("fixed", (_num(value["value"], f"{key}.value"),), source)
        elif keys == {"p10", "p90"}:
            p10, p90 = _num(value["p10"], f"{key}.p10"), _num(value["p90"], f"{key}.p90")
            if not 0 < p10 < p90:
                raise ScenarioError(f"{key}: lognormal needs 0 < p10 < p90, got p10={p10}, p90={p90}")
            d = Dist("lognormal", (p10, p90), source)
        elif keys == {"low", "mode", "high"}:
            low, mode, high = (_num(value[k], f"{key}.{k}") for k in ("low", "mode", "high"))
            if not low <= mode <= high or low == high:
                raise ScenarioError(f"{key}: triangular needs low <= mode <= high and low < high, got {low}, {mode}, {high}")
            d = Dist("triangular", (low, mode, high), source)
        else:
            raise ScenarioError(
                f"{key}: unknown distribution keys {sorted(keys)}; use {{value}}, {{p10, p90}} (lognormal) "
                "or {low, mode, high} (triangular), each with an optional source"
            )
    else:
        d = Dist("fixed", (_num(value, key),))
    if positive and d.params[0] <= 0:
        raise ScenarioError(f"{key}: must be positive, got {d.params}")
    return d


def _table(doc: Mapping[str, Any], key: str, path: str) -> Mapping[str, Any]:
    v = doc.get(key)
    if not isinstance(v, Mapping):
        raise ScenarioError(f"{path}{key}: missing table [{path}{key}]")
    return v


def _required(doc: Mapping[str, Any], key: str, path: str) -> Any:
    if key not in doc:
        raise ScenarioError(f"{path}{key}: required key is missing")
    return doc[key]


def _check_unknown(doc: Mapping[str, Any], allowed: set[str], path: str) -> None:
    extra = sorted(set(doc) - allowed)
    if extra:
        raise ScenarioError(f"{path}{extra[0]}: unknown key; allowed here: {sorted(allowed)}")


def _name(doc: Mapping[str, Any], path: str) -> str:
    n = _required(doc, "name", path)
    if not isinstance(n, str) or not n or "." in n:
        raise ScenarioError(f"{path}name: a non-empty name without dots, got {n!r}")
    return n


def _parse_region(code: str, doc: Mapping[str, Any]) -> Region:
    p = f"regions.{code}."
    allowed = {
        "currency", "accelerators_per_server", "lifetime_years", "precision_training",
        "precision_inference", "mix", "training", "inference", *_REGION_DISTS,
    }
    _check_unknown(doc, allowed, p)
    currency = _required(doc, "currency", p)
    if currency not in ("USD", "CNY"):
        raise ScenarioError(f"{p}currency: USD or CNY, got {currency!r}")
    dists: dict[str, Any] = {k: parse_dist(_required(doc, k, p), p + k) for k in _REGION_DISTS}
    for k in _FRACTIONS:
        d = dists[k]
        if max(d.params) > 1:
            raise ScenarioError(f"{p}{k}: a fraction in (0, 1], got {d.params}")
    aps = _required(doc, "accelerators_per_server", p)
    if not isinstance(aps, int) or isinstance(aps, bool) or aps < 1:
        raise ScenarioError(f"{p}accelerators_per_server: a positive integer, got {aps!r}")
    life = _num(_required(doc, "lifetime_years", p), p + "lifetime_years")
    if life < 1:
        raise ScenarioError(f"{p}lifetime_years: at least 1, got {life}")
    precisions = {}
    for k in ("precision_training", "precision_inference"):
        v = doc.get(k, "bf16")
        if v not in PRECISIONS:
            raise ScenarioError(f"{p}{k}: one of {list(PRECISIONS)}, got {v!r}")
        precisions[k] = v
    mix_doc = _table(doc, "mix", p)
    mix: dict[int, dict[str, float]] = {}
    for year_s, shares in mix_doc.items():
        if not str(year_s).isdigit() or not isinstance(shares, Mapping) or not shares:
            raise ScenarioError(f"{p}mix.{year_s}: expected `YEAR = {{ CHIP = share, ... }}`")
        clean = {}
        for chip_name, share in shares.items():
            if chip_name not in CHIPS:
                raise ScenarioError(f"{p}mix.{year_s}.{chip_name}: unknown chip; known: {sorted(CHIPS)}")
            clean[chip_name] = _num(share, f"{p}mix.{year_s}.{chip_name}")
        total = sum(clean.values())
        if abs(total - 1) > 1e-6 or min(clean.values()) < 0:
            raise ScenarioError(f"{p}mix.{year_s}: shares must be >= 0 and sum to 1, they sum to {total:g}")
        mix[int(year_s)] = clean
    tiers = []
    for i, t in enumerate(doc.get("training", [])):
        tp = f"{p}training[{i}]."
        _check_unknown(t, {"name", *_TIER_DISTS}, tp)
        tiers.append(TrainingTier(name=_name(t, tp), **{k: parse_dist(_required(t, k, tp), tp + k) for k in _TIER_DISTS}))
    segments = []
    for i, s in enumerate(doc.get("inference", [])):
        sp = f"{p}inference[{i}]."
        _check_unknown(s, {"name", *_SEGMENT_DISTS}, sp)
        segments.append(
            InferenceSegment(name=_name(s, sp), **{k: parse_dist(_required(s, k, sp), sp + k) for k in _SEGMENT_DISTS})
        )
    if not tiers and not segments:
        raise ScenarioError(f"{p}training / {p}inference: a region needs at least one workload")
    for kind, items in (("training", tiers), ("inference", segments)):
        names = [x.name for x in items]
        if len(set(names)) != len(names):
            raise ScenarioError(f"{p}{kind}: names must be unique, got {names}")
    return Region(
        code=code,
        currency=currency,
        accelerators_per_server=aps,
        lifetime_years=life,
        mix=mix,
        training=tuple(tiers),
        inference=tuple(segments),
        **precisions,
        **dists,
    )


def parse_scenario(toml_text: str) -> Scenario:
    """Parse and validate scenario TOML text; raise :class:`ScenarioError` naming the bad key."""
    try:
        doc = tomllib.loads(toml_text)
    except tomllib.TOMLDecodeError as exc:
        raise ScenarioError(f"scenario is not valid TOML: {exc}") from exc
    _check_unknown(
        doc,
        {"name", "version", "description", "base_year", "horizon_years", "fx", "history", "regression", "combine",
         "calibration", "monte_carlo", "regions"},
        "",
    )
    name = _required(doc, "name", "")
    if not isinstance(name, str) or not name:
        raise ScenarioError("name: a non-empty string")
    base_year = _required(doc, "base_year", "")
    if not isinstance(base_year, int) or not 2000 <= base_year <= 2100:
        raise ScenarioError(f"base_year: a year like 2024, got {base_year!r}")
    horizon = doc.get("horizon_years", 5)
    if not isinstance(horizon, int) or not 1 <= horizon <= 15:
        raise ScenarioError(f"horizon_years: an integer in 1..15, got {horizon!r}")

    fx = _table(doc, "fx", "")
    _check_unknown(fx, {"usd_cny", "annual_average", "source"}, "fx.")
    fx_usd_cny = parse_dist(_required(fx, "usd_cny", "fx."), "fx.usd_cny")
    annual = fx.get("annual_average", {})
    if not isinstance(annual, Mapping):
        raise ScenarioError("fx.annual_average: a table YEAR = CNY per USD")
    fx_annual = {}
    for k, v in annual.items():
        if k == "source":
            continue
        if not str(k).isdigit():
            raise ScenarioError(f"fx.annual_average.{k}: keys are years")
        fx_annual[int(k)] = _num(v, f"fx.annual_average.{k}")

    hist = doc.get("history", {})
    _check_unknown(hist, {"global_server_per_nvidia_dc", "hyperscalers"}, "history.")
    ratio = parse_dist(hist.get("global_server_per_nvidia_dc", 1.0), "history.global_server_per_nvidia_dc")
    if ratio.kind != "fixed":
        raise ScenarioError("history.global_server_per_nvidia_dc: a fixed number ({ value = ..., source = ... })")
    hyperscalers = hist.get("hyperscalers", ["Alphabet", "Amazon", "Meta", "Microsoft"])
    if not isinstance(hyperscalers, list) or not all(isinstance(h, str) for h in hyperscalers) or not hyperscalers:
        raise ScenarioError("history.hyperscalers: a non-empty list of entity names")

    reg = doc.get("regression", {})
    _check_unknown(reg, {"min_train", "backtest_horizons", "damping", "long_run_growth"}, "regression.")
    damping = parse_dist(reg.get("damping", 0.7), "regression.damping")
    if damping.kind != "fixed" or not 0 < damping.params[0] <= 1:
        raise ScenarioError(f"regression.damping: a fixed number in (0, 1], got {damping.params}")
    long_run = parse_dist(reg.get("long_run_growth", 0.0), "regression.long_run_growth", positive=False)
    if long_run.kind != "fixed" or not -0.5 < long_run.params[0] < 1:
        raise ScenarioError(f"regression.long_run_growth: a fixed rate per year in (-0.5, 1) such as 0.07, got {long_run.params}")
    cal_doc = doc.get("calibration", {})
    _check_unknown(cal_doc, {"anchor_log_sd"}, "calibration.")
    anchor_sd: float | None = None
    if "anchor_log_sd" in cal_doc:
        anchor_sd = parse_dist(cal_doc["anchor_log_sd"], "calibration.anchor_log_sd").params[0]
    min_train = reg.get("min_train", 3)
    horizons = reg.get("backtest_horizons", 3)
    if not isinstance(min_train, int) or min_train < 2:
        raise ScenarioError(f"regression.min_train: an integer >= 2, got {min_train!r}")
    if not isinstance(horizons, int) or not 1 <= horizons <= 5:
        raise ScenarioError(f"regression.backtest_horizons: an integer in 1..5, got {horizons!r}")
    comb = doc.get("combine", {})
    _check_unknown(comb, {"shrinkage"}, "combine.")
    shrinkage = _num(comb.get("shrinkage", 0.5), "combine.shrinkage")
    if not 0 <= shrinkage <= 1:
        raise ScenarioError(f"combine.shrinkage: in [0, 1], got {shrinkage}")

    regions_doc = _table(doc, "regions", "")
    regions = {code: _parse_region(code, r) for code, r in regions_doc.items()}
    if not regions:
        raise ScenarioError("regions: at least one region")

    scenario = Scenario(
        name=name,
        version=str(doc.get("version", "")),
        base_year=base_year,
        horizon_years=horizon,
        fx_usd_cny=fx_usd_cny,
        fx_annual_average=fx_annual,
        fx_source=str(fx.get("source", "")),
        global_server_per_nvidia_dc=ratio.params[0],
        global_server_ratio_source=ratio.source or "",
        hyperscalers=tuple(hyperscalers),
        min_train=min_train,
        backtest_horizons=horizons,
        shrinkage=shrinkage,
        factors=(),
        regions=regions,
        sha256=hashlib.sha256(toml_text.encode()).hexdigest(),
        damping=damping.params[0],
        long_run_growth=long_run.params[0],
        anchor_log_sd=anchor_sd,
    )
    known = scenario.inputs()
    mc = doc.get("monte_carlo", {})
    _check_unknown(mc, {"factors", "growth_persistence"}, "monte_carlo.")
    persistence = parse_dist(mc.get("growth_persistence", 1.0), "monte_carlo.growth_persistence", positive=False)
    if persistence.kind != "fixed" or not 0 <= persistence.params[0] <= 1:
        raise ScenarioError(f"monte_carlo.growth_persistence: a fixed number in [0, 1], got {persistence.params}")
    factors = []
    seen: dict[str, str] = {}
    for i, f in enumerate(mc.get("factors", [])):
        fp = f"monte_carlo.factors[{i}]."
        _check_unknown(f, {"name", "rho", "inputs"}, fp)
        rho = _num(_required(f, "rho", fp), fp + "rho")
        if not 0 <= rho < 1:
            raise ScenarioError(f"{fp}rho: in [0, 1), got {rho}")
        inputs = _required(f, "inputs", fp)
        for inp in inputs:
            if inp not in known:
                raise ScenarioError(f"{fp}inputs: unknown input {inp!r}; input names look like 'CN.inference.chat.calls_growth'")
            if known[inp].kind == "fixed":
                raise ScenarioError(f"{fp}inputs: {inp!r} is fixed; only uncertain inputs can be correlated")
            if inp in seen:
                raise ScenarioError(f"{fp}inputs: {inp!r} is already in factor {seen[inp]!r}; an input joins one factor")
            seen[inp] = str(f.get("name"))
        factors.append(Factor(name=_name(f, fp), rho=rho, inputs=tuple(inputs)))
    import dataclasses

    return dataclasses.replace(scenario, factors=tuple(factors), growth_persistence=persistence.params[0])
