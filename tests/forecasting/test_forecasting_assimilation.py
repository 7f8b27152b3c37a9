"""Assimilation (issue 11): observation roles, SIR with ESS and tempering, stock/flow identities, currencies, gating."""

from __future__ import annotations

import datetime as dt
import math
from pathlib import Path

import numpy as np
import polars as pl
import pytest

from connectors.contract import METRIC_UNITS
from forecasting import run_forecast
from forecasting.assimilate import assimilate, effective_sample_size, systematic_resample, tempering
from forecasting.bottom_up import fleet_path, fleet_stock_flows, region_kernel, vintage_stock
from forecasting.combine import gated_weights, local_currency_quantiles
from forecasting.facts import FactLedger, empty_facts
from forecasting.montecarlo import sample_inputs
from forecasting.observation import (
    Observation,
    ObservationModel,
    build_observations,
    log_likelihood,
    parse_roles,
    predicted,
)
from forecasting.pipeline import EmptyInputsError, _disagreements
from forecasting.scenario import Scenario

REPO = Path(__file__).resolve().parents[2]
AS_OF = dt.date(2026, 2, 1)


@pytest.fixture(scope="module")
def roles() -> ObservationModel:
    return parse_roles((REPO / "data" / "observations.toml").read_text(encoding="utf-8"))


# --- the roles table ------------------------------------------------------------------------------


def test_every_metric_of_the_vocabulary_has_a_stated_role(roles: ObservationModel) -> None:
    readme_additions = {"server_market_size", "supercomputing_capacity"}
    assert set(METRIC_UNITS) | readme_additions <= set(roles.roles)
    assert all(r.source for r in roles.roles.values())
    # policy targets and others' forecasts are weaker evidence than actuals
    assert roles.basis_sd["actual"] < roles.basis_sd["estimate"] < roles.basis_sd["forecast"] < roles.basis_sd["target"]


def test_roles_file_errors_name_the_key() -> None:
    from forecasting.observation import RolesError

    noise = "[noise.basis]\nactual = 0.1\nestimate = 0.2\nforecast = 0.4\ntarget = 0.8\n"
    with pytest.raises(RolesError, match=r"role\[0\]\.source"):
        parse_roles(noise + '[[role]]\nmetric = "capex"\nquantity = "spend"\n')
    with pytest.raises(RolesError, match=r"role\[0\]\.quantity: 'money'"):
        parse_roles(noise + '[[role]]\nmetric = "capex"\nquantity = "money"\nsource = "x"\n')
    with pytest.raises(RolesError, match=r"noise\.basis\.target"):
        parse_roles("[noise.basis]\nactual = 0.1\nestimate = 0.2\nforecast = 0.4\n")


def test_tender_growth_and_quarter_facts_become_observations(roles: ObservationModel, make_facts: object) -> None:
    facts = make_facts(  # type: ignore[operator]
        {"metric": "tender_amount", "value": 2.4e10, "unit": "CNY", "period": "2024", "entity": "China Mobile", "item": "ai_server"},
        {"metric": "yoy_growth", "value": 74.1, "unit": "%", "period": "2024", "region": "CN", "of": "intelligent_compute_capacity"},
        {"metric": "cagr", "value": 20.0, "unit": "%", "period": "2022-2024", "region": "CN", "of": "ai_server_market_size",
         "basis": "forecast"},
        {"metric": "datacenter_revenue", "value": 3.5e10, "unit": "USD", "period": "FY2025Q4", "entity": "Nvidia"},
        {"metric": "compute_industry_size", "value": 1.8e12, "unit": "CNY", "period": "2023", "region": "CN"},
        {"metric": "tender_quantity", "value": 8581, "unit": "units", "period": "2025", "entity": "China Mobile", "item": "server"},
        {"metric": "tender_quantity", "value": 8000, "unit": "units", "period": "2024-04", "entity": "China Mobile", "item": "ai_server"},
    )
    ledger = FactLedger()
    obs = {o.metric: o for o in build_observations(facts, roles, regions={"CN", "GLOBAL"}, model_years=(2021, 2031),
                                                    history_ratio={}, nvidia_dc_scale=1 / 1.4, ledger=ledger)}
    assert set(obs) == {"tender_amount", "tender_quantity", "yoy_growth", "cagr", "datacenter_revenue"}
    q = obs["tender_quantity"]  # a tender issued in April 2024 is China Mobile's 2024 purchase, not April's
    assert (q.quantity, q.years, q.fraction, q.scale) == ("shipments", (2024,), 1.0, 0.12)
    t = obs["tender_amount"]
    assert (t.quantity, t.region, t.years, t.currency, t.scale) == ("spend", "CN", (2024,), "CNY", 0.12)
    assert t.sigma == pytest.approx(math.hypot(0.60, 0.10))
    g = obs["yoy_growth"]
    assert (g.quantity, g.years, g.growth, g.value) == ("flops", (2023, 2024), True, pytest.approx(1.741))
    c = obs["cagr"]
    assert (c.quantity, c.years, c.value) == ("spend", (2022, 2024), pytest.approx(1.2**2))
    assert c.sigma == pytest.approx(math.hypot(0.10, 0.40))  # a forecast is weaker evidence
    n = obs["datacenter_revenue"]
    assert (n.region, n.years, n.fraction, n.scale) == ("GLOBAL", (2025,), 0.25, pytest.approx(1 / 1.4))
    assert ledger.skipped["observation:compute_industry_size:no_equation"] == 1
    assert ledger.skipped["observation:tender_quantity:item_server"] == 1


def test_prediction_and_likelihood_by_hand() -> None:
    years = np.array([2023, 2024, 2025])
    spend = np.array([[10.0, 20.0, 30.0], [10.0, 40.0, 60.0]])  # two draws, USD
    fx = np.array([7.0, 7.5])
    q = {"CN": {"spend": spend}}
    obs = Observation(key="k", metric="tender_amount", quantity="spend", region="CN", years=(2024, 2025), value=6.0,
                      currency="CNY", scale=0.1, fraction=1.0, sigma=0.5, growth=False, fact_ids=(1,), document_ids=(1,))
    pred = predicted(obs, q, fx, years)
    assert pred.tolist() == pytest.approx([0.1 * 50 * 7.0, 0.1 * 100 * 7.5])  # flows over the span add up, × the draw's FX
    ll = log_likelihood(obs, pred)
    assert ll.tolist() == pytest.approx([-0.5 * (math.log(6 / 35) / 0.5) ** 2, -0.5 * (math.log(6 / 75) / 0.5) ** 2])
    growth = Observation(key="g", metric="yoy_growth", quantity="spend", region="CN", years=(2023, 2024), value=2.0,
                         currency=None, scale=1.0, fraction=1.0, sigma=0.1, growth=True, fact_ids=(2,), document_ids=(1,))
    assert predicted(growth, q, fx, years).tolist() == [2.0, 4.0]


def test_a_bound_is_a_censored_observation(roles: ObservationModel, make_facts: object) -> None:
    facts = make_facts({"metric": "capex", "value": 1e11, "unit": "USD", "period": "2026", "entity": "Meta",  # type: ignore[operator]
                        "basis": "estimate", "qualifier": ">"})
    (obs,) = build_observations(facts, roles, regions={"GLOBAL"}, model_years=(2021, 2031), history_ratio={("capex", "Meta"): 0.2},
                                nvidia_dc_scale=1.0, ledger=FactLedger())
    assert (obs.bound, obs.scale, obs.years) == ("lower", 0.2, (2026,))
    # ŷ at the bound: Φ(0) = ½; one σ above it: Φ(1), three below: Φ(−3) (A&S 7.1.26 to 1.5e-7)
    s = obs.sigma
    ll = log_likelihood(obs, np.array([1e11, 1e11 * math.exp(s), 1e11 * math.exp(-3 * s)]))
    assert ll.tolist() == pytest.approx([math.log(0.5), math.log(0.8413447), math.log(0.0013499)], rel=1e-5)


def test_a_part_of_capex_is_not_evidence_of_the_companys_spend(roles: ObservationModel, make_facts: object) -> None:
    # 5G网络投资 is read as capex with the item "network": only item-less capex is the company's total
    facts = make_facts(  # type: ignore[operator]
        {"metric": "capex", "value": 1.64e11, "unit": "CNY", "period": "2025", "entity": "China Mobile"},
        {"metric": "capex", "value": 5.8e10, "unit": "CNY", "period": "2025", "entity": "China Mobile", "item": "network"})
    ledger = FactLedger()
    obs = build_observations(facts, roles, regions={"CN"}, model_years=(2021, 2031),
                             history_ratio={("capex", "China Mobile"): 0.1}, nvidia_dc_scale=1.0, ledger=ledger)
    assert [o.value for o in obs] == [1.64e11]
    assert ledger.skipped["observation:capex:item_network"] == 1


# --- SIR, ESS, tempering ----------------------------------------------------------------------------


def test_effective_sample_size_by_hand() -> None:
    assert effective_sample_size(np.log(np.array([1.0, 2.0, 3.0, 4.0]))) == pytest.approx(100 / 30)
    assert effective_sample_size(np.array([0.0, 0.0, -np.inf, -np.inf])) == pytest.approx(2.0)


def test_tempering_keeps_the_ess_floor_by_hand() -> None:
    # two draws, ℓ = (0, −10): ESS(β) = (1 + x)²/(1 + x²) with x = e^(−10β); ESS = 1.5 ⇔ x² − 4x + 1 = 0 ⇔ x = 2 − √3
    beta = tempering(np.array([0.0, -10.0]), 1.5)
    assert beta == pytest.approx(-math.log(2 - math.sqrt(3)) / 10, rel=1e-6)
    assert tempering(np.array([0.0, -0.1]), 1.5) == 1.0  # mild evidence: no tempering


def test_systematic_resampling_counts() -> None:
    for seed in range(5):
        idx = systematic_resample(np.array([0.5, 0.25, 0.25]), 4, seed)
        assert np.bincount(idx, minlength=3).tolist() == [2, 1, 1]


def test_sir_reproduces_the_conjugate_normal_posterior() -> None:
    # prior ln Q ~ N(0, 1), one observation ln y = 1 with σ = 0.5 → posterior N(0.8, 1/5)
    rng = np.random.default_rng(1)
    x = rng.standard_normal(400_000)
    obs = Observation(key="k", metric="ai_server_market_size", quantity="spend", region="CN", years=(2024,), value=math.e,
                      currency=None, scale=1.0, fraction=1.0, sigma=0.5, growth=False, fact_ids=(1,), document_ids=(1,))
    ll = log_likelihood(obs, predicted(obs, {"CN": {"spend": np.exp(x)[:, None]}}, np.ones(1), np.array([2024])))
    a = assimilate(ll, 1, min_ess_fraction=0.01, seed=3)
    assert a.beta == 1.0 and a.indices is not None
    post = x[a.indices]
    assert post.mean() == pytest.approx(0.8, abs=0.01) and post.std() == pytest.approx(math.sqrt(0.2), abs=0.01)
    # ESS of importance weights N(0,1) → N(0.8, 0.2): n/E_prior[w²]·E[w]² = n·√(1 − 0.8²)… computed exactly
    w = np.exp(ll - ll.max())
    assert a.ess == pytest.approx(w.sum() ** 2 / (w * w).sum(), rel=1e-9)


# --- stocks and flows, currencies -------------------------------------------------------------------


def test_fleet_stock_flows_by_hand() -> None:
    out = fleet_stock_flows(np.array([[100.0, 150.0, 120.0, 90.0]]), lifetime_years=5)
    assert out["installed_servers"].tolist() == [[100.0, 150.0, 120.0, 96.0]]
    assert out["server_retirements"][0, 1:].tolist() == [20.0, 30.0, 24.0]
    assert out["server_shipments"][0, 1:].tolist() == [70.0, 0.0, 0.0]  # a shrinking demand ships nothing, stock retires
    assert vintage_stock(np.array([10.0]), np.array([[np.nan, 5.0, 0.0]]), 5).tolist() == [[10.0, 13.0, 10.4]]


def test_stock_flow_identities_and_fx_hold_in_every_draw(scenario: Scenario) -> None:
    samples = sample_inputs(scenario.inputs(), scenario.factors, draws=3000, seed=7, dtype=np.float64)
    years = np.arange(2021, 2032)
    fx = np.asarray(samples["fx.usd_cny"])
    for code, region in scenario.regions.items():
        fleet = fleet_path(region, years)
        out = region_kernel(samples, region, fleet, scenario.base_year, persistence=scenario.growth_persistence)
        aps, keep = region.accelerators_per_server, 1 - 1 / region.lifetime_years
        acc, ship, ret = out["accelerators"], out["accelerator_shipments"], out["server_retirements"] * aps
        np.testing.assert_allclose(acc[:, 1:], acc[:, :-1] + ship[:, 1:] - ret[:, 1:], rtol=1e-12)
        assert np.all(acc >= out["accelerator_demand"] * (1 - 1e-12))  # the stock always covers peak demand
        flops, power = out["installed_flops"], out["power_w"]
        np.testing.assert_allclose(flops[:, 1:], flops[:, :-1] * keep + ship[:, 1:] * fleet.peak_16bit_flop_per_s[1:], rtol=1e-12)
        watts = (fleet.accelerator_power_w[None, :] * np.asarray(samples[f"{code}.server_power_overhead"])[:, None]
                 * np.asarray(samples[f"{code}.pue"])[:, None])
        np.testing.assert_allclose(power[:, 1:], power[:, :-1] * keep + ship[:, 1:] * watts[:, 1:], rtol=1e-12)
        price = np.asarray(samples[f"{code}.server_price"])[:, None] * np.asarray(
            samples[f"{code}.server_price_growth"])[:, None] ** (years - scenario.base_year)
        np.testing.assert_allclose(out["server_spend_local"][:, 1:], out["server_shipments"][:, 1:] * price[:, 1:], rtol=1e-9)
        rate = fx if region.currency == "CNY" else np.ones_like(fx)
        spent = out["server_shipments"][:, 1:] > 0
        np.testing.assert_allclose((out["server_spend_local"][:, 1:] / out["server_spend_usd"][:, 1:].clip(1e-300))[spent],
                                   np.broadcast_to(rate[:, None], spent.shape)[spent], rtol=1e-12)


def test_local_currency_rows_are_the_usd_draws_times_fx() -> None:
    usd = np.array([[80.0, 100.0, 150.0]])
    fixed = local_currency_quantiles(usd, np.full(400_000, 7.0), seed=1)
    np.testing.assert_allclose(fixed, 7.0 * usd, rtol=0.01)  # a constant FX is a plain conversion of the quantiles


def test_same_quantity_agrees_across_currencies_for_every_method_and_year(scenario: Scenario, history: pl.DataFrame,
                                                                        roles: ObservationModel) -> None:
    r = run_forecast(empty_facts(), history, scenario, as_of=AS_OF, draws=4000, roles=roles, influence=False)
    v = r.values.filter(pl.col("metric") == "ai_server_market_size")
    both = v.filter(pl.col("unit") == "CNY").join(v.filter(pl.col("unit") == "USD"), on=["region", "period", "method"],
                                                   suffix="_usd")
    assert both.height == 6 * 4  # 2026-2031 for every CN method (bottom_up, naive_drift, regression, combined)
    lo, hi = scenario.fx_usd_cny.params
    ratio = (both["p50"] / both["p50_usd"]).to_numpy()
    assert np.all((ratio > lo) & (ratio < hi)), both.select("period", "method", "p50", "p50_usd")
    w = r.weights.filter(pl.col("metric") == "ai_server_market_size")
    same = w.filter(pl.col("unit") == "CNY").join(w.filter(pl.col("unit") == "USD"), on=["region", "method"], suffix="_usd")
    assert same.height == 3 and (same["weight"] == same["weight_usd"]).all()  # one weight per member, same in both


# --- gating, warnings, refusal -------------------------------------------------------------------------


def test_gated_weights_by_hand() -> None:
    w = gated_weights({"naive_drift": 1.0, "a": 0.5, "b": 2.0}, 0.5, naive="naive_drift", beats_naive={"a": True, "b": False})
    # eligible: naive (1/1.0) and a (1/0.5): inverse weights 1/3, 2/3, shrunk halfway to 1/2
    assert w == pytest.approx({"naive_drift": 0.25 + 0.5 / 3, "a": 0.25 + 1.0 / 3, "b": 0.0})
    assert gated_weights({"naive_drift": 1.0, "b": 2.0}, 0.5, naive="naive_drift", beats_naive={"b": False}) == {
        "naive_drift": 1.0, "b": 0.0}
    # no backtest for the naive member: it is listed with weight 0, the others share equally
    assert gated_weights({"naive_drift": None, "a": None, "b": None}, 0.5, naive="naive_drift", beats_naive={}) == {
        "naive_drift": 0.0, "a": 0.5, "b": 0.5}


def test_disagreement_warning_names_the_members() -> None:
    years = np.array([2026, 2027])
    members = {"bottom_up": np.array([[1, 40.0, 2], [1, 20.0, 2]]), "regression": np.array([[1, 10.0, 2], [1, 10.0, 2]])}
    w = _disagreements(("ai_server_market_size", "CN", "USD"), members, years)
    assert [x["period"] for x in w] == ["2026"] and w[0]["ratio"] == 4.0
    assert "bottom_up" in w[0]["message"] and "regression" in w[0]["message"]


def test_a_forecast_with_nothing_visible_refuses_unless_allowed(scenario: Scenario, history: pl.DataFrame) -> None:
    with pytest.raises(EmptyInputsError, match=r"2019-01-01.*--allow-empty"):
        run_forecast(empty_facts(), history, scenario, as_of=dt.date(2019, 1, 1), draws=500)
    r = run_forecast(empty_facts(), history, scenario, as_of=dt.date(2019, 1, 1), draws=500, allow_empty=True)
    assert r.facts_used == [] and r.values.height > 0


def test_runs_record_ess_warnings_and_target_kinds(scenario: Scenario, history: pl.DataFrame, roles: ObservationModel,
                                                   make_facts: object) -> None:
    facts = make_facts({"metric": "ai_server_market_size", "value": 2.0e10, "unit": "USD", "period": "2025", "region": "CN",  # type: ignore[operator]
                        "basis": "estimate", "published": dt.date(2026, 1, 10)})
    r = run_forecast(facts, history, scenario, as_of=AS_OF, draws=3000, roles=roles, influence=False)
    a = r.parameters["assimilation"]
    assert a["n_observations"] == 1 and a["ess"] >= 0.1 * 3000 - 1e-6 and 0 < a["tempering_beta"] <= 1
    assert r.facts_used == [1]
    kinds = {t["metric"]: t["kind"] for t in r.targets}
    assert kinds["accelerators"] == "stock" and kinds["ai_server_shipments"] == "flow"
    assert kinds["intelligent_compute_capacity"] == "stock" and kinds["ai_server_market_size"] == "flow"
    assert r.warnings and all(w["ratio"] > 3 for w in r.warnings)


def test_training_compute_of_a_model_observes_the_frontier_tier(scenario: Scenario, history: pl.DataFrame,
                                                                roles: ObservationModel, make_facts: object) -> None:
    # Llama 3.1 405B: 3.8e25 FLOP (figures.csv), trained in 2024
    facts = make_facts({"metric": "training_compute", "value": 3.8e25, "unit": "FLOP", "period": "2024",  # type: ignore[operator]
                        "entity": "Llama 3.1 405B", "published": dt.date(2024, 7, 23)})
    r = run_forecast(facts, history, scenario, as_of=AS_OF, draws=3000, roles=roles, influence=False)
    (o,) = r.parameters["assimilation"]["observations"]
    assert (o["quantity"], o["region"], o["years"], o["fact_ids"]) == ("frontier_run_flop", "GLOBAL", [2024], [1])
    moved = abs(math.log(o["value"] / o["posterior_predictive_p50"])) < abs(math.log(o["value"] / o["prior_predictive_p50"]))
    assert moved and r.facts_used == [1]


def test_capex_scale_is_the_bundled_history_ratio_not_the_observed_fact(scenario: Scenario, history: pl.DataFrame,
                                                                         roles: ObservationModel, make_facts: object) -> None:
    # Meta's "up from $39.2 billion in 2024" (capex with finance leases) overrides the history's 37.256 bn in the merged
    # history. Its observation must still go through the bundled history's ratio (data/observations.toml): a ratio
    # set from the fact itself would compare y · Q_2024 / S_2024 with y, i.e. the anchored 2024 spend a second time.
    facts = make_facts({"metric": "capex", "value": 39.2e9, "unit": "USD", "period": "2024", "entity": "Meta",  # type: ignore[operator]
                        "published": dt.date(2025, 10, 30)})
    r = run_forecast(facts, history, scenario, as_of=AS_OF, draws=2000, roles=roles, influence=False)
    (o,) = r.parameters["assimilation"]["observations"]
    spend_2024 = r.parameters["series"]["ai_server_market_size|GLOBAL"]["values"]["2024"]
    assert r.parameters["calibration"]["GLOBAL.bottom_up"]["anchor_year"] == 2024  # Nvidia's FY2026Q4 is out 2026-02-25
    assert o["scale"] == pytest.approx(37.256e9 / spend_2024, rel=1e-12)
    assert o["scale"] * spend_2024 != pytest.approx(39.2e9, rel=1e-3)
