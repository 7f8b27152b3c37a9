"""``computecast serve / watch / trigger``: wiring and the errors people see (no server needed)."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from cli import service as cli_service
from cli.main import app

runner = CliRunner()


def test_help_lists_the_service_commands() -> None:
    out = runner.invoke(app, ["--help"]).output
    for command in ("serve", "watch", "trigger"):
        assert command in out
    assert "forecast" in runner.invoke(app, ["trigger", "--help"]).output


@pytest.fixture
def no_server(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(cli_service, "_api_url", lambda: None)


@pytest.mark.usefixtures("no_server")
def test_serve_needs_a_server() -> None:
    result = runner.invoke(app, ["serve", "--limit", "2"])
    assert result.exit_code == 2
    assert "PREFECT_API_URL is not set" in result.output


@pytest.mark.usefixtures("no_server")
def test_trigger_needs_a_server() -> None:
    result = runner.invoke(app, ["trigger", "forecast", "--as-of", "2024-06-30"])
    assert result.exit_code == 2 and "PREFECT_API_URL" in result.output


def test_bad_input_is_explained() -> None:
    result = runner.invoke(app, ["trigger", "forecast", "--as-of", "30/06/2024"])
    assert result.exit_code == 2 and "YYYY-MM-DD" in result.output
    result = runner.invoke(app, ["serve", "--timezone", "Mars/Olympus"])
    assert result.exit_code == 2 and "IANA" in result.output


def test_importing_the_cli_does_not_import_prefect() -> None:
    import subprocess
    import sys

    code = "import sys, cli.main; print('prefect' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "False"
