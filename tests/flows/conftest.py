"""Fixtures of the flow tests: the ONE session-scoped Prefect test harness, and tender documents.

Only tests that run flows use ``prefect_harness`` (and are marked ``prefect``); the event,
inbox and deployment-spec tests run without Prefect.
"""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest
from flow_fixtures import pipeline_missing


@pytest.fixture
def needs_pipeline() -> None:
    reason = pipeline_missing()
    if reason:
        pytest.skip(reason)


@pytest.fixture(scope="session")
def prefect_harness() -> Iterator[None]:
    """One Prefect test server for the whole session (flow tests only)."""
    os.environ["PREFECT_SERVER_ANALYTICS_ENABLED"] = "false"
    from prefect.testing.utilities import prefect_test_harness

    with prefect_test_harness(server_startup_timeout=60):
        yield
