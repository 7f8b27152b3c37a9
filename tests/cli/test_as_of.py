"""One as-of convention: the CLI and the served flows date "today" in one configured time zone
(``COMPUTECAST_TIMEZONE``, default Asia/Shanghai), through one function (:func:`flows.jobs.as_of_today`)."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cli.main import app
from flows.jobs import ForecastArgumentError, as_of_today, configured_timezone

runner = CliRunner()
#: 20:30 UTC on 2 December is already 3 December in Shanghai.
EVENING_UTC = datetime(2026, 12, 2, 20, 30, tzinfo=UTC)


def test_default_is_today_in_shanghai(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("COMPUTECAST_TIMEZONE", raising=False)
    assert configured_timezone() == "Asia/Shanghai"
    assert as_of_today(now=EVENING_UTC) == date(2026, 12, 3)


def test_the_setting_and_an_explicit_zone(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COMPUTECAST_TIMEZONE", "UTC")
    assert as_of_today(now=EVENING_UTC) == date(2026, 12, 2)
    assert as_of_today("America/Los_Angeles", now=EVENING_UTC) == date(2026, 12, 2)
    assert as_of_today("Asia/Shanghai", now=EVENING_UTC) == date(2026, 12, 3)


def test_a_zone_that_does_not_exist_is_one_clear_error(monkeypatch: pytest.MonkeyPatch, db: Path) -> None:
    monkeypatch.setenv("COMPUTECAST_TIMEZONE", "Mars/Olympus")
    with pytest.raises(ForecastArgumentError, match="COMPUTECAST_TIMEZONE 'Mars/Olympus' is not an IANA time zone"):
        as_of_today()
    result = runner.invoke(app, ["forecast", "--draws", "200"])
    assert result.exit_code == 2
    assert result.output.strip().splitlines() == [
        "error: COMPUTECAST_TIMEZONE 'Mars/Olympus' is not an IANA time zone (e.g. Asia/Shanghai, UTC)"]


def test_flows_resolve_the_as_of_with_the_same_function(monkeypatch: pytest.MonkeyPatch) -> None:
    from flows import jobs
    from flows.pipeline import resolve_as_of

    seen: list[str | None] = []
    monkeypatch.setattr(jobs, "as_of_today", lambda timezone=None: seen.append(timezone) or date(2030, 1, 1))
    assert resolve_as_of(None) == date(2030, 1, 1)
    assert resolve_as_of(None, "UTC") == date(2030, 1, 1)
    assert resolve_as_of(date(2024, 6, 30), "UTC") == date(2024, 6, 30)
    assert seen == [None, "UTC"]


def test_served_deployments_use_the_configured_zone(monkeypatch: pytest.MonkeyPatch) -> None:
    from flows.deployments import forecast_trigger_spec

    monkeypatch.setenv("COMPUTECAST_TIMEZONE", "UTC")
    assert forecast_trigger_spec()["parameters"]["as_of_timezone"] == "UTC"
    monkeypatch.delenv("COMPUTECAST_TIMEZONE")
    assert forecast_trigger_spec()["parameters"]["as_of_timezone"] == "Asia/Shanghai"


@pytest.mark.parametrize("zone", ["UTC", "Asia/Shanghai"])
def test_cli_forecast_dates_its_default_as_of_by_the_setting(zone: str, monkeypatch: pytest.MonkeyPatch, db: Path) -> None:
    monkeypatch.setenv("COMPUTECAST_TIMEZONE", zone)
    result = runner.invoke(app, ["forecast", "--draws", "200", "-f", "json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)["kind"] == "production"
    listed = json.loads(runner.invoke(app, ["runs", "-f", "json"]).output)
    assert str(listed[0]["as_of"])[:10] == as_of_today(zone).isoformat()


def test_serve_dates_every_served_run_in_its_zone(monkeypatch: pytest.MonkeyPatch) -> None:
    """``serve --timezone Z`` holds for the schedule and for runs of deployments without an explicit zone
    (the runner's subprocesses inherit it); the runner always gets ``limit``."""
    import os

    import prefect

    from flows import deployments

    seen: dict[str, object] = {}

    def fake_serve(*served: object, **kwargs: object) -> None:
        seen.update(kwargs, zone=os.environ["COMPUTECAST_TIMEZONE"], n=len(served),
                    daily=[d for d in served if getattr(d, "name", "") == "forecast-daily"])

    monkeypatch.setattr(prefect, "serve", fake_serve)
    monkeypatch.setenv("COMPUTECAST_TIMEZONE", "UTC")
    deployments.serve(limit=2, timezone="Europe/Berlin")
    assert seen["zone"] == "Europe/Berlin" and seen["limit"] == 2 and seen["n"] == 5
    daily = seen["daily"][0]  # type: ignore[index]
    assert daily.parameters["as_of_timezone"] == "Europe/Berlin"
