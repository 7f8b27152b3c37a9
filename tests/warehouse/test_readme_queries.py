"""Every SQL block of the README's "Example queries" runs as written on SQLite and PostgreSQL.

The warehouse is filled the way an analyst's would be: the bundled documents ingested, a
production forecast published and a short backtest stored, all through the CLI. Each query must
return rows and select a ``unit`` column (a number without its unit is not an answer).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine
from typer.testing import CliRunner

from cli.main import app
from warehouse.db import make_engine

REPO = Path(__file__).resolve().parents[2]
runner = CliRunner()


def readme_queries() -> list[str]:
    """The ```sql blocks of README.md's section "Example queries"."""
    text = (REPO / "README.md").read_text(encoding="utf-8")
    start = text.index("### Example queries")
    section = text[start: text.index("\n## ", start)]
    return [q.strip() for q in re.findall(r"```sql\n(.*?)```", section, flags=re.S)]


def test_the_readme_has_example_queries() -> None:
    queries = readme_queries()
    assert len(queries) >= 8
    for q in queries:
        assert re.search(r"\bunit\b", q.split("FROM")[0]), f"a README query does not select unit:\n{q}"


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def filled(request: pytest.FixtureRequest, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Engine]:
    url = request.getfixturevalue("sqlite_url" if request.param == "sqlite" else "pg_url")
    monkeypatch.setenv("COMPUTECAST_DATABASE_URL", url)
    monkeypatch.chdir(tmp_path)
    for args in (["ingest", str(REPO / "data" / "documents")],
                 ["forecast", "--draws", "1000"],
                 ["backtest", "--start", "2024-12-31", "--end", "2025-06-30", "--every", "quarter",
                  "--draws", "200", "--output", str(tmp_path / "scorecard.png")]):
        result = runner.invoke(app, args)
        assert result.exit_code == 0, (args, result.output)
    engine = make_engine(url)
    yield engine
    engine.dispose()


def test_every_readme_query_runs_as_written(filled: Engine) -> None:
    with filled.connect() as conn:
        for sql in readme_queries():
            result = conn.exec_driver_sql(sql)
            assert "unit" in list(result.keys()), sql
            assert result.fetchall(), f"no rows:\n{sql}"
        # the backtest names the history it ran on, and that history is in the warehouse
        traced = conn.exec_driver_sql(
            "SELECT COUNT(*) FROM backtest_run r JOIN fct_history_load l ON l.history_sha256 = r.history_sha256"
        ).scalar_one()
        assert traced == 1
