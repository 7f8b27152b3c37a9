"""Quantities for people: one formatter of values with units, shared by the CLI tables and the charts.

Three significant figures, a scale word or SI prefix, and the unit always visible:
``5.12e10 USD`` → ``$51.2 bn``; ``2.39e22 FLOPS`` → ``23.9 ZFLOPS``; ``2.77e10 W`` → ``27.7 GW``;
``1.27e6 units`` → ``1.27m units``. A band is one labelled range on the scale of its upper bound
(``P10–P90 $25.6–102 bn``), so it never reads as a negative number.
"""

from __future__ import annotations

import math

MONEY_SYMBOLS = {"USD": "$", "CNY": "¥"}
#: A negative quantity; the en dash "–" is kept for ranges only.
MINUS = "−"
DASH = "–"

_MONEY_SCALES = ((1e12, "tn"), (1e9, "bn"), (1e6, "m"))
_FLOPS_SCALES = ((1e21, "Z"), (1e18, "E"), (1e15, "P"), (1e12, "T"))
_WATT_SCALES = ((1e9, "G"), (1e6, "M"), (1e3, "k"))
_COUNT_SCALES = ((1e12, "tn"), (1e9, "bn"), (1e6, "m"), (1e3, "k"))


def significant(x: float, digits: int = 3) -> str:
    """``x >= 0`` to ``digits`` significant figures, thousands separated, no exponent, no trailing zeros."""
    if x == 0:
        return "0"
    rounded = float(f"{x:.{digits}g}")
    if rounded >= 10 ** digits:
        return f"{rounded:,.0f}"
    text = f"{rounded:.{digits}g}"
    if "e" in text:  # below 1e-4: rare for a quantity; fall back to a plain decimal
        text = f"{rounded:.{digits + 4}f}".rstrip("0").rstrip(".")
    return text


def _is_money(unit: str) -> bool:
    return unit in MONEY_SYMBOLS or (len(unit) == 3 and unit.isalpha() and unit.isupper())


def _scale(value: float, unit: str) -> tuple[float, str, str]:
    """``(divisor, prefix before the number, suffix after it)`` that shows ``value`` in ``unit``."""
    magnitude = float(f"{abs(value):.3g}")  # 999.96e9 USD is $1 tn, not $1,000 bn
    if _is_money(unit):
        symbol = MONEY_SYMBOLS.get(unit, unit + " ")
        for divisor, word in _MONEY_SCALES:
            if magnitude >= divisor:
                return divisor, symbol, f" {word}"
        return 1.0, symbol, ""
    if unit == "FLOPS":
        for divisor, prefix in _FLOPS_SCALES:
            if magnitude >= divisor:
                return divisor, "", f" {prefix}FLOPS"
        return 1.0, "", " FLOPS"
    if unit == "W":
        for divisor, prefix in _WATT_SCALES:
            if magnitude >= divisor:
                return divisor, "", f" {prefix}W"
        return 1.0, "", " W"
    if unit == "%":
        return 1.0, "", "%"
    tail = f" {unit}" if unit else ""
    for divisor, word in _COUNT_SCALES:
        if magnitude >= divisor:
            return divisor, "", f"{word}{tail}"
    return 1.0, "", tail


def format_quantity(value: float, unit: str) -> str:
    """One value with its unit: ``$51.2 bn``, ``414 EFLOPS``, ``3.1 GW``, ``350k units``, ``3.15e24 FLOP``."""
    if not math.isfinite(value):
        return DASH
    sign = MINUS if value < 0 else ""
    if unit == "FLOP":
        mantissa, exponent = f"{abs(value):.2e}".split("e")
        return f"{sign}{significant(float(mantissa))}e{int(exponent)} FLOP"
    divisor, prefix, suffix = _scale(value, unit)
    return f"{sign}{prefix}{significant(abs(value) / divisor)}{suffix}"


def format_range(low: float, high: float, unit: str) -> str:
    """``low`` to ``high`` as one range on the scale of ``high``: ``$25.6–102 bn``, ``$0.644–1.1 tn``.

    A bound below zero spaces the dash (``−$5 bn – $1 bn``) so no bound reads as a sign.
    """
    if not (math.isfinite(low) and math.isfinite(high)) or low < 0 or high < 0:
        return f"{format_quantity(low, unit)} {DASH} {format_quantity(high, unit)}"
    if unit == "FLOP":
        return f"{format_quantity(low, unit).removesuffix(' FLOP')}{DASH}{format_quantity(high, unit)}"
    divisor, prefix, suffix = _scale(high, unit)
    return f"{prefix}{significant(low / divisor)}{DASH}{significant(high / divisor)}{suffix}"


def format_band(p50: float, p10: float, p90: float, unit: str) -> str:
    """P50 with its P10–P90 band as one labelled range: ``$51.2 bn (P10–P90 $25.6–102 bn)``."""
    return f"{format_quantity(p50, unit)} (P10{DASH}P90 {format_range(p10, p90, unit)})"
