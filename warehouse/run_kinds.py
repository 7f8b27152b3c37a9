"""What a forecast run is for, decided from its as-of date and scenario when it is published.

* ``production``: as of today, with the default scenario; ``v_forecast_latest`` shows the newest one.
* ``re-creation``: as of a past date (what was knowable then), e.g. ``forecast --as-of 2019-01-01``.
* ``what-if``: a scenario other than the default, or an as-of after today (``--allow-future``).

"Today" is the calendar date somewhere on Earth at publication (UTC−12 … UTC+14), so a default
as-of is production whatever ``COMPUTECAST_TIMEZONE`` the CLI and the service date it in
(:func:`flows.jobs.as_of_today`).
Backtests are not forecast runs at all (``backtest_run``).
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

PRODUCTION = "production"
RECREATION = "re-creation"
WHAT_IF = "what-if"
RUN_KINDS = (PRODUCTION, RECREATION, WHAT_IF)

#: The time zones furthest west and east: a date is "today" while it is the date in one of them.
WEST, EAST = timedelta(hours=-12), timedelta(hours=14)


def todays(now: datetime) -> tuple[date, date]:
    """The earliest and latest calendar dates that are "today" somewhere at ``now``."""
    utc = now.astimezone(UTC)
    return (utc + WEST).date(), (utc + EAST).date()


def classify_run(as_of: date, *, now: datetime, default_scenario: bool = True) -> str:
    """The kind of a run published at ``now`` with this as-of date and scenario."""
    earliest, latest = todays(now)
    if not default_scenario or as_of > latest:
        return WHAT_IF
    if as_of < earliest:
        return RECREATION
    return PRODUCTION
