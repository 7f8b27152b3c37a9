"""Accelerator catalogue: dense peak FLOP/s by precision, unit price and board power, with sources.

Peak rates are *dense* (no 2:4 sparsity) tensor-core figures from the Epoch AI chip dataset as
listed in ``shared/reference/figures.csv`` (``training-cost-trends data/Chip dataset-Grid view.csv``).
Prices are USD per accelerator from Epoch's ``Hardware prices.csv`` (also in figures.csv); where
figures.csv has no price the entry says so and names the assumption. Power is the vendor's board
TDP (max thermal design power) from the vendor datasheet; it is not in figures.csv.

``bf16`` and ``fp16`` dense rates are equal on every chip here, so a chip listing only one serves
both. Chips without an 8-bit float path (A100, Ascend 910B) have no ``fp8`` entry;
:func:`peak_flop_per_s` raises for them unless ``fallback=True``, which then uses the 16-bit rate
(an FP8 model served on an A100 runs at BF16 speed).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType

PRECISIONS = ("fp8", "int8", "bf16", "fp16")
_SIXTEEN_BIT = ("bf16", "fp16")


class UnknownChipError(KeyError):
    """A chip name is not in :data:`CHIPS`."""

    def __str__(self) -> str:
        return str(self.args[0]) if self.args else "unknown chip"


class PrecisionError(ValueError):
    """A chip has no peak rate at the requested precision."""


@dataclass(frozen=True)
class Chip:
    """One accelerator: dense peak FLOP/s per precision, price (USD), board power (W), sources."""

    name: str
    peak_flop_per_s: Mapping[str, float]
    price_usd: float
    power_w: float
    sources: Mapping[str, str] = field(default_factory=dict)

    def peak(self, precision: str = "bf16", *, fallback: bool = False) -> float:
        """Dense peak FLOP/s at ``precision`` (see module docstring for the 16-bit/FP8 rules)."""
        p = precision.lower()
        if p not in PRECISIONS:
            raise PrecisionError(f"precision {precision!r} is not one of {list(PRECISIONS)}")
        if p in self.peak_flop_per_s:
            return self.peak_flop_per_s[p]
        if p in _SIXTEEN_BIT:
            for q in _SIXTEEN_BIT:
                if q in self.peak_flop_per_s:
                    return self.peak_flop_per_s[q]
        if fallback:
            return self.peak("bf16")
        raise PrecisionError(
            f"{self.name} has no {p} rate (known: {sorted(self.peak_flop_per_s)}); "
            "choose one of those or bf16"
        )


_EPOCH_CHIPS = "Epoch AI chip dataset (training-cost-trends data/Chip dataset-Grid view.csv), via shared/reference/figures.csv"
_EPOCH_PRICES = "Epoch AI Hardware prices.csv, via shared/reference/figures.csv"

CHIPS: Mapping[str, Chip] = MappingProxyType(
    {
        "A100": Chip(
            name="A100",
            peak_flop_per_s={"bf16": 312e12},
            price_usd=199_000 / 8,
            power_w=400.0,
            sources={
                "peak": f"A100 SXM peak BF16 312e12 FLOP/s — {_EPOCH_CHIPS}",
                "price": f"DGX A100 8-GPU 199000 USD / 8 = 24875 USD (2020) — {_EPOCH_PRICES}",
                "power": "NVIDIA A100 Tensor Core GPU datasheet: A100 SXM max TDP 400 W",
            },
        ),
        "H100": Chip(
            name="H100",
            peak_flop_per_s={"bf16": 989.4e12, "fp8": 1979e12},
            price_usd=270_480 / 8,
            power_w=700.0,
            sources={
                "peak": f"H100 SXM peak BF16 989.4e12 / FP8 1979e12 FLOP/s — {_EPOCH_CHIPS}",
                "price": f"HGX H100 8-GPU 270480 USD (2024-02) / 8 = 33810 USD — {_EPOCH_PRICES}",
                "power": "NVIDIA H100 Tensor Core GPU datasheet: H100 SXM max TDP 700 W",
            },
        ),
        "H800": Chip(
            name="H800",
            peak_flop_per_s={"bf16": 989e12, "fp8": 1979e12},
            price_usd=270_480 / 8,
            power_w=700.0,
            sources={
                "peak": f"H800 SXM peak BF16 989e12 / FP8 1979e12 FLOP/s — {_EPOCH_CHIPS}",
                "price": "ASSUMPTION: no H800 price in figures.csv; H100 HGX price per GPU used (same die, export variant)",
                "power": "NVIDIA H800 SXM datasheet: max TDP 700 W (as H100 SXM)",
            },
        ),
        "H20": Chip(
            name="H20",
            peak_flop_per_s={"bf16": 148e12, "fp8": 296e12, "int8": 296e12},
            price_usd=11_500.0,
            power_w=400.0,
            sources={
                "peak": f"H20 peak BF16 148e12 / INT8 296e12 FLOP/s — {_EPOCH_CHIPS}; Hopper's dense FP8 rate equals its INT8 rate",
                "price": f"H20 unit price 10000-13000 USD (2023-11, Tom's Hardware), midpoint 11500 — {_EPOCH_PRICES}",
                "power": "NVIDIA HGX H20 specification: 400 W per GPU",
            },
        ),
        "B200": Chip(
            name="B200",
            peak_flop_per_s={"bf16": 2.25e15, "fp8": 4.5e15},
            price_usd=35_000.0,
            power_w=1_000.0,
            sources={
                "peak": f"B200 peak BF16 2.25e15 / FP8 4.5e15 FLOP/s — {_EPOCH_CHIPS}",
                "price": "ASSUMPTION: no B200 price in figures.csv; 35000 USD, midpoint of the 30000-40000 USD Nvidia's CEO quoted to CNBC (2024-03)",
                "power": "NVIDIA HGX B200 datasheet: up to 1000 W per GPU",
            },
        ),
        "Ascend 910B": Chip(
            name="Ascend 910B",
            peak_flop_per_s={"fp16": 376e12},
            price_usd=16_854.0,
            power_w=400.0,
            sources={
                "peak": f"Ascend 910B peak FP16 376e12 FLOP/s (sources vary 220-376e12) — {_EPOCH_CHIPS}",
                "price": "Ascend 910B unit price 16854 USD (2024, TrendForce) — Epoch AI chip dataset via figures.csv",
                "power": "Huawei Ascend 910B vendor figure as commonly reported: 400 W (not in figures.csv; reports range 310-400 W)",
            },
        ),
    }
)


def _folded(name: str) -> str:
    return "".join(name.split()).replace("-", "").casefold()


def chip(name: str) -> Chip:
    """The catalogue entry for ``name``: a key of :data:`CHIPS`, in any case and spacing (``h20``,
    ``ascend910b``, ``Ascend-910B``)."""
    if name in CHIPS:
        return CHIPS[name]
    for key, entry in CHIPS.items():
        if _folded(key) == _folded(name):
            return entry
    raise UnknownChipError(f"unknown chip {name!r}; known chips: {sorted(CHIPS)}")


def peak_flop_per_s(chip_name: str, precision: str = "bf16", *, fallback: bool = False) -> float:
    """Dense peak FLOP/s of ``chip_name`` at ``precision``."""
    return chip(chip_name).peak(precision, fallback=fallback)
