"""The served deployments and infra/prefect.yaml declare the same thing (no server needed)."""

from __future__ import annotations

import importlib
from pathlib import Path
from typing import Any

import pytest
import yaml

from flows import deployments as d

REPO = Path(__file__).resolve().parents[2]
PREFECT_YAML = REPO / "infra" / "prefect.yaml"
EXPECTED = {
    d.FORECAST_DAILY: d.FORECAST_FLOW,
    d.FORECAST_ON_EVENT: d.FORECAST_FLOW,
    d.FORECAST_ON_DEMAND: d.FORECAST_FLOW,
    d.INGEST_ON_DEMAND: d.INGEST_FLOW,
    d.PIPELINE_ON_DEMAND: d.PIPELINE_FLOW,
}


@pytest.fixture(scope="module")
def yaml_deployments() -> dict[str, dict[str, Any]]:
    spec = yaml.safe_load(PREFECT_YAML.read_text(encoding="utf-8"))
    return {dep["name"]: dep for dep in spec["deployments"]}


def test_yaml_declares_every_deployment_with_a_real_entrypoint(yaml_deployments: dict[str, dict[str, Any]]) -> None:
    assert set(yaml_deployments) == set(EXPECTED)
    for name, dep in yaml_deployments.items():
        path, func = dep["entrypoint"].split(":")
        assert (REPO / path).is_file()
        flow = getattr(importlib.import_module(path.removesuffix(".py").replace("/", ".")), func)
        assert flow.name == EXPECTED[name]
        assert dep["work_pool"]["name"] == "computecast"


def test_yaml_schedule_and_trigger_match_the_served_ones(yaml_deployments: dict[str, dict[str, Any]]) -> None:
    daily = yaml_deployments[d.FORECAST_DAILY]
    assert daily["schedules"][0]["cron"] == d.DEFAULT_CRON
    assert daily["schedules"][0]["timezone"] == d.DEFAULT_TIMEZONE
    on_event = yaml_deployments[d.FORECAST_ON_EVENT]
    assert on_event["concurrency_limit"] == {"limit": 1, "collision_strategy": "ENQUEUE"}
    (trigger,) = on_event["triggers"]
    assert {k: v for k, v in trigger.items() if k != "type"} == d.forecast_trigger_spec()
    assert trigger["parameters"]["trigger_event_id"] == "{{ event.id | string }}"


def test_served_deployments() -> None:
    from prefect.events import DeploymentEventTrigger

    built = {dep.name: dep for dep in d.build_deployments()}
    assert set(built) == set(EXPECTED)
    daily = built[d.FORECAST_DAILY]
    (schedule,) = daily.schedules
    assert schedule.schedule.cron == "0 6 * * *" and schedule.schedule.timezone == "Asia/Shanghai"
    on_event = built[d.FORECAST_ON_EVENT]
    assert on_event.concurrency_limit == 1
    assert on_event.concurrency_options is not None and on_event.concurrency_options.collision_strategy.value == "ENQUEUE"
    (trigger,) = on_event.triggers
    assert isinstance(trigger, DeploymentEventTrigger)
    assert trigger.expect == {"computecast.facts.ingested"}
    assert trigger.posture == "Reactive" and trigger.threshold == 1
    assert trigger.parameters == {"trigger": "event", "trigger_event_id": "{{ event.id | string }}",
                                  "skip_if_current": True, "as_of_timezone": "Asia/Shanghai"}
    assert built[d.FORECAST_ON_DEMAND].parameters == {"trigger": "manual"}
    assert not d.build_deployments(cron=None)[0].schedules


def test_yaml_trigger_is_a_valid_prefect_trigger(yaml_deployments: dict[str, dict[str, Any]]) -> None:
    from prefect.events import DeploymentEventTrigger

    (raw,) = yaml_deployments[d.FORECAST_ON_EVENT]["triggers"]
    trigger = DeploymentEventTrigger(**{k: v for k, v in raw.items() if k != "type"})
    assert trigger.match.get("computecast.forecast") == ["triggered"]
    assert trigger.parameters is not None and trigger.parameters["trigger_event_id"] == "{{ event.id | string }}"
