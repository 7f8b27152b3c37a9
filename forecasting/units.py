"""Unit constants and period arithmetic used across the forecasting core.

Everything in :mod:`forecasting` is in SI-like canonical units (FACTS.md): FLOP for an amount of
work, FLOP/s (``FLOPS``) for a rate, W for power, whole currency units for money. Names of
quantities carry their unit as a suffix (``_flop``, ``_flop_per_s``, ``_w``, ``_usd``).
"""

from __future__ import annotations

import datetime as dt
import re

SECONDS_PER_HOUR = 3_600.0
HOURS_PER_DAY = 24.0
SECONDS_PER_DAY = 86_400.0
#: A 365-day year; leap days are below every other uncertainty in the model.
DAYS_PER_YEAR = 365.0
HOURS_PER_YEAR = HOURS_PER_DAY * DAYS_PER_YEAR
SECONDS_PER_YEAR = SECONDS_PER_DAY * DAYS_PER_YEAR

#: One petaFLOP/s-day, the unit OpenAI used for GPT-3 (3640 PF-days): 1e15 FLOP/s × 86 400 s.
PF_DAY_FLOP = 1e15 * SECONDS_PER_DAY
EXA = 1e18

#: Training needs ~6 FLOP per parameter per token (2 forward, 4 backward): Kaplan et al. 2020,
#: "Scaling Laws for Neural Language Models", §2.1; Hoffmann et al. 2022 (Chinchilla) App. F.
TRAINING_FLOP_PER_PARAMETER_TOKEN = 6.0
#: A forward pass costs ~2 FLOP per (active) parameter per token (one multiply-add): Kaplan et al.
#: 2020 §2.1. Attention over the context adds 2·n_layer·n_ctx·d_attn, ignored here (small for
#: d_model ≫ n_ctx/12).
INFERENCE_FLOP_PER_PARAMETER_TOKEN = 2.0

_YEAR = re.compile(r"^(\d{4})$")
_HALF = re.compile(r"^(\d{4})H([12])$")
_QUARTER = re.compile(r"^(\d{4})Q([1-4])$")
_MONTH = re.compile(r"^(\d{4})-(0[1-9]|1[0-2])$")
_SPAN = re.compile(r"^(\d{4})-(\d{4})$")
_FISCAL_YEAR = re.compile(r"^FY(\d{4})$")
_FISCAL_QUARTER = re.compile(r"^FY(\d{4})Q([1-4])$")


class PeriodError(ValueError):
    """A period string is not one of the contract forms (2023, 2023H1, 2023Q3, 2024-04, 2023-2025, FY2024Q4)."""


def _month_end(year: int, month: int) -> dt.date:
    if month == 12:
        return dt.date(year, 12, 31)
    return dt.date(year, month + 1, 1) - dt.timedelta(days=1)


def period_end(period: str) -> dt.date:
    """Last day of a contract period.

    Fiscal periods follow Nvidia's calendar (the only fiscal series the core reads): fiscal year
    ``FYn`` ends in late January of year *n*, so ``FYnQ1`` ends in April of *n-1*, ``Q2`` in July,
    ``Q3`` in October and ``Q4`` in January of *n* (month ends used; Nvidia's are the last Sunday).
    """
    if m := _YEAR.match(period):
        return dt.date(int(m[1]), 12, 31)
    if m := _HALF.match(period):
        return _month_end(int(m[1]), 6 * int(m[2]))
    if m := _QUARTER.match(period):
        return _month_end(int(m[1]), 3 * int(m[2]))
    if m := _MONTH.match(period):
        return _month_end(int(m[1]), int(m[2]))
    if m := _SPAN.match(period):
        return dt.date(int(m[2]), 12, 31)
    if m := _FISCAL_QUARTER.match(period):
        fy, q = int(m[1]), int(m[2])
        return _month_end(fy, 1) if q == 4 else _month_end(fy - 1, 1 + 3 * q)
    if m := _FISCAL_YEAR.match(period):
        return _month_end(int(m[1]), 1)
    raise PeriodError(f"period {period!r} is not a contract period: 2023, 2023H1, 2023Q3, 2024-04, 2023-2025, FY2024Q4")


def calendar_year(period: str) -> int | None:
    """The calendar year of a whole-year period, else ``None``.

    ``"2023"`` → 2023. Nvidia fiscal years map to the calendar year they mostly cover:
    ``"FY2025"`` (Feb 2024 – Jan 2025) → 2024. Halves, quarters, months and spans → ``None``.
    """
    if m := _YEAR.match(period):
        return int(m[1])
    if m := _FISCAL_YEAR.match(period):
        return int(m[1]) - 1
    return None


def fiscal_quarter(period: str) -> tuple[int, int] | None:
    """``(fiscal_year, quarter)`` for ``"FY2025Q3"``, else ``None``."""
    if m := _FISCAL_QUARTER.match(period):
        return int(m[1]), int(m[2])
    return None
