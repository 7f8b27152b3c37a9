"""The ONE session-scoped Prefect test harness of the flow tests.

Only tests that run flows use ``prefect_harness`` (and are marked ``prefect``); the event,
inbox and deployment-spec tests run without Prefect.
"""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest


@pytest.fixture(scope="session")
def prefect_harness() -> Iterator[None]:
    """One Prefect test server for the whole session (flow tests only)."""
    os.environ["PREFECT_SERVER_ANALYTICS_ENABLED"] = "false"
    from prefect.testing.utilities import prefect_test_harness

    with prefect_test_harness(server_startup_timeout=60):
        yield
