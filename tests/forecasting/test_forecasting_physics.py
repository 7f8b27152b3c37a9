"""Bottom-up physics against hand-computed numbers and published training figures (figures.csv)."""

from __future__ import annotations

import numpy as np
import pytest

from forecasting import CHIPS, inference_load, training_run
from forecasting.bottom_up import (
    accelerator_hours,
    facility_power_w,
    grown,
    server_shipments,
    training_flop,
)
from forecasting.chips import PrecisionError, UnknownChipError, peak_flop_per_s
from forecasting.units import PF_DAY_FLOP


def test_pf_day_is_1e15_flop_per_s_for_a_day() -> None:
    assert PF_DAY_FLOP == 1e15 * 86_400


def test_gpt3_training_compute_matches_paper() -> None:
    run = training_run(parameters=175e9, tokens=300e9)
    assert run["training_flop"] == pytest.approx(3.15e23, rel=1e-12)
    assert run["pf_days"] == pytest.approx(3645.83, rel=1e-4)
    # GPT-3 paper: 3640 PF-days; Epoch: 3.14e23 FLOP
    assert run["pf_days"] == pytest.approx(3640, rel=0.005)


def test_llama2_70b_compute_and_a100_hours() -> None:
    run = training_run(parameters=70e9, tokens=2e12, chip="A100", utilization=0.42)
    assert run["training_flop"] == pytest.approx(8.4e23)
    assert run["training_flop"] == pytest.approx(8.1e23, rel=0.04)  # published 8.1e23
    # 8.4e23 / (312e12 × 0.42) / 3600 = 1,780,627 h vs 1,720,320 published A100-hours
    assert run["accelerator_hours"] == pytest.approx(8.4e23 / (312e12 * 0.42) / 3600)
    assert run["accelerator_hours"] == pytest.approx(1_720_320, rel=0.04)
    # from the published FLOP the hours agree within 0.5 %
    assert accelerator_hours(8.1e23, 312e12, 0.42) == pytest.approx(1_720_320, rel=0.005)


def test_llama31_405b_implied_mfu_on_h100() -> None:
    run = training_run(parameters=405e9, tokens=15.6e12, chip="H100", accelerators=16_384)
    assert run["training_flop"] == pytest.approx(3.8e25, rel=0.01)
    implied = 3.8e25 / (run["peak_flop_per_s"] * 30.84e6 * 3600)  # type: ignore[operator]
    assert 0.33 <= implied <= 0.43
    again = training_run(parameters=405e9, tokens=15.6e12, chip="H100", utilization=implied, accelerators=16_384)
    assert again["accelerator_hours"] == pytest.approx(30.84e6 * 3.7908e25 / 3.8e25, rel=1e-3)
    assert again["wall_days"] == pytest.approx(again["accelerator_hours"] / 16_384 / 24)  # type: ignore[operator]


def test_gpt4_moe_uses_active_parameters() -> None:
    run = training_run(parameters=1.8e12, active_parameters=280e9, tokens=13e12, chip="A100", utilization=0.34)
    assert run["training_flop"] == pytest.approx(2.184e25)
    assert run["training_flop"] == pytest.approx(2.1e25, rel=0.05)  # Epoch's speculative estimate
    dense = training_run(parameters=1.8e12, tokens=13e12)
    assert dense["training_flop"] == pytest.approx(1.404e26)


def test_deepseek_v3_on_h800() -> None:
    flop = training_flop(37e9, 14.8e12)
    assert flop == pytest.approx(3.41e24, rel=0.05)  # figures.csv: 3.41e24 FLOP
    implied = flop / (CHIPS["H800"].peak("bf16") * 2.788e6 * 3600)
    assert 0.25 < implied < 0.45


def test_training_run_validates_inputs() -> None:
    with pytest.raises(ValueError, match="utilization"):
        training_run(parameters=1e9, tokens=1e9, utilization=1.5)
    with pytest.raises(ValueError, match="active_parameters"):
        training_run(parameters=1e9, tokens=1e9, active_parameters=2e9)
    with pytest.raises(UnknownChipError, match="known chips"):
        training_run(parameters=1e9, tokens=1e9, chip="TPUv9")


def test_inference_load_hand_computed() -> None:
    out = inference_load(active_parameters=70e9, tokens_per_day=1e12, chip="H100", utilization=0.3, peak_to_average=2.0)
    rate = 2 * 70e9 * 1e12 / 86_400
    assert out["flop_per_s_average"] == pytest.approx(rate)
    assert out["flop_per_s_peak"] == pytest.approx(2 * rate)
    assert out["accelerators_needed_average"] == pytest.approx(rate / (989.4e12 * 0.3))
    assert out["accelerators_needed_average"] == pytest.approx(5459.4, rel=1e-4)
    assert out["accelerators_needed_peak"] == pytest.approx(2 * 5459.4, rel=1e-4)


def test_monotonic_effects_of_tokens_and_utilization() -> None:
    base = training_run(parameters=70e9, tokens=2e12)["accelerator_hours"]
    more_tokens = training_run(parameters=70e9, tokens=4e12)["accelerator_hours"]
    better_util = training_run(parameters=70e9, tokens=2e12, utilization=0.5)["accelerator_hours"]
    assert more_tokens > base > better_util  # type: ignore[operator]
    a = inference_load(active_parameters=1e10, tokens_per_day=1e12)["accelerators_needed_peak"]
    b = inference_load(active_parameters=1e10, tokens_per_day=2e12)["accelerators_needed_peak"]
    c = inference_load(active_parameters=1e10, tokens_per_day=1e12, utilization=0.6)["accelerators_needed_peak"]
    assert b > a > c  # type: ignore[operator]


def test_chip_catalogue_has_sources_and_vendor_power() -> None:
    for chip in CHIPS.values():
        assert {"peak", "price", "power"} <= set(chip.sources)
        assert chip.price_usd > 0 and chip.power_w > 0
    assert CHIPS["H100"].power_w == 700 and CHIPS["A100"].power_w == 400
    assert peak_flop_per_s("H100", "fp8") == 1979e12
    assert peak_flop_per_s("Ascend 910B", "bf16") == 376e12  # 16-bit rates are shared
    with pytest.raises(PrecisionError, match="no fp8"):
        peak_flop_per_s("A100", "fp8")
    assert peak_flop_per_s("A100", "fp8", fallback=True) == 312e12


def test_grown_with_and_without_decay() -> None:
    k = np.array([-1.0, 0.0, 1.0, 2.0])
    g = np.array([[1.5]])
    assert grown(g, k)[0] == pytest.approx([1 / 1.5, 1.0, 1.5, 2.25])
    # decay 0.5: year 1 ×1.5, year 2 ×(1 + 0.5·0.5) = ×1.25
    assert grown(g, k, np.array([[0.5]]))[0] == pytest.approx([1 / 1.5, 1.0, 1.5, 1.875])


def test_server_shipments_growth_plus_replacement() -> None:
    installed = np.array([[100.0, 150.0, 120.0]])
    ship = server_shipments(installed, lifetime_years=5)
    assert np.isnan(ship[0, 0])
    assert ship[0, 1] == pytest.approx(50 + 20)  # growth + 100/5
    assert ship[0, 2] == pytest.approx(0 + 30)  # shrinking fleet: replacement only


def test_facility_power() -> None:
    # 1000 H100 at 700 W, server overhead 1.6, PUE 1.2 → 1.344 MW
    assert facility_power_w(1000.0, 700.0, 1.6, 1.2) == pytest.approx(1.344e6)
