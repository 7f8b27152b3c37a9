"""Scenario parsing/validation and the Monte Carlo sampler."""

from __future__ import annotations

import math

import numpy as np
import pytest

from forecasting import ScenarioError, parse_scenario
from forecasting.montecarlo import normal_cdf, sample_inputs
from forecasting.scenario import Dist, Factor, Scenario


def test_default_scenario_parses_with_named_inputs(scenario: Scenario) -> None:
    assert scenario.name == "default" and set(scenario.regions) >= {"CN", "GLOBAL"}
    names = scenario.inputs()
    assert "CN.inference.chat.calls_growth" in names and "GLOBAL.training.frontier.tokens" in names
    assert names["fx.usd_cny"].kind == "lognormal"
    assert len(scenario.sha256) == 64 and scenario.factors


def test_hash_follows_text(scenario_text: str) -> None:
    assert parse_scenario(scenario_text).sha256 != parse_scenario(scenario_text + "\n# changed\n").sha256


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        ('server_price = { p10 = 1.4e6, p90 = 2.6e6,', 'server_price = { p10 = 3e6, p90 = 2.6e6,', r"regions\.CN\.server_price: lognormal needs 0 < p10 < p90"),
        ("lifetime_years = 5\npue = { low = 1.15", "lifetime_years = 5\nbogus = 1\npue = { low = 1.15", r"regions\.CN\.bogus: unknown key"),
        ('2028 = { H20 = 0.20, "Ascend 910B" = 0.80 }', '2028 = { H20 = 0.30, "Ascend 910B" = 0.80 }', r"regions\.CN\.mix\.2028: shares must .* sum to 1"),
        ('2028 = { H20 = 0.20, "Ascend 910B" = 0.80 }', '2028 = { H30 = 0.20, "Ascend 910B" = 0.80 }', r"regions\.CN\.mix\.2028\.H30: unknown chip"),
        ('"CN.inference.chat.tokens_per_call_growth",', '"CN.inference.chat.no_such_input",', r"monte_carlo\.factors\[0\]\.inputs: unknown input"),
        ("utilization_inference = { low = 0.03, mode = 0.07, high = 0.15 }", "utilization_inference = { low = 0.03, mode = 0.07, high = 1.5 }", r"regions\.CN\.utilization_inference: a fraction"),
        ("base_year = 2025", "base_year = \"2025\"", r"base_year: a year"),
    ],
)
def test_errors_name_the_bad_key(scenario_text: str, old: str, new: str, message: str) -> None:
    assert old in scenario_text
    with pytest.raises(ScenarioError, match=message):
        parse_scenario(scenario_text.replace(old, new, 1))


def test_invalid_toml_is_a_scenario_error() -> None:
    with pytest.raises(ScenarioError, match="not valid TOML"):
        parse_scenario("name = ")


def test_dist_medians() -> None:
    assert Dist("lognormal", (4.0, 9.0)).median == pytest.approx(6.0)
    assert Dist("triangular", (0.0, 1.0, 1.0)).median == pytest.approx(math.sqrt(0.5))
    assert Dist("triangular", (0.0, 0.0, 1.0)).median == pytest.approx(1 - math.sqrt(0.5))
    assert Dist("fixed", (3.0,)).scaled(2.0).median == 6.0


def test_normal_cdf_matches_erf() -> None:
    z = np.linspace(-5, 5, 101)
    exact = np.array([0.5 * (1 + math.erf(v / math.sqrt(2))) for v in z])
    assert np.max(np.abs(normal_cdf(z) - exact)) < 2e-7


def test_lognormal_and_triangular_draws_hit_their_parameters() -> None:
    inputs = {"a": Dist("lognormal", (2.0, 8.0)), "b": Dist("triangular", (1.0, 2.0, 6.0)), "c": Dist("fixed", (5.0,))}
    d = sample_inputs(inputs, (), draws=200_000, seed=1)
    p10, p90 = np.quantile(d["a"], [0.1, 0.9])
    assert p10 == pytest.approx(2.0, rel=0.02) and p90 == pytest.approx(8.0, rel=0.02)
    assert d["b"].mean() == pytest.approx(3.0, rel=0.01) and d["b"].min() >= 1.0 and d["b"].max() <= 6.0
    assert np.all(d["c"] == 5.0)


def test_factor_correlates_members_only() -> None:
    inputs = {k: Dist("lognormal", (1.0, 2.0)) for k in ("x", "y", "z")}
    d = sample_inputs(inputs, (Factor("f", 0.6, ("x", "y")),), draws=100_000, seed=7)
    corr = np.corrcoef(np.log(np.vstack([d["x"], d["y"], d["z"]])))
    assert corr[0, 1] == pytest.approx(0.6, abs=0.02)
    assert abs(corr[0, 2]) < 0.02 and abs(corr[1, 2]) < 0.02


def test_seed_reproduces_and_changes_draws(scenario: Scenario) -> None:
    a = sample_inputs(scenario.inputs(), scenario.factors, draws=1000, seed=3)
    b = sample_inputs(scenario.inputs(), scenario.factors, draws=1000, seed=3)
    c = sample_inputs(scenario.inputs(), scenario.factors, draws=1000, seed=4)
    assert all(np.array_equal(a[k], b[k]) for k in a)
    assert not np.array_equal(a["CN.server_price"], c["CN.server_price"])
