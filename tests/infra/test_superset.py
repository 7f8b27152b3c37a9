"""The Superset dashboard bundle (infra/superset): its YAML against the views, and for real.

The fast tests check the bundle against a freshly migrated warehouse: every dataset column exists
in its view, every chart filters and plots columns its dataset has, the saved query of each chart
says what its Explore settings say. The slow test installs Apache Superset from PyPI into its own
virtual environment (cached under ~/.cache/computecast-superset between runs), imports the bundle
against a warehouse with two published runs (a read-only SQLite file; and PostgreSQL through a
`db grant-bi` role where a server is configured), starts Superset on 127.0.0.1, logs in through
the API and compares each chart's data with the views read directly.
"""

from __future__ import annotations

import io
import json
import os
import signal
import socket
import sqlite3
import subprocess
import sys
import time
import urllib.error
import urllib.request
import uuid
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
import yaml
from sqlalchemy import Engine, inspect, make_url, text
from typer.testing import CliRunner

from cli.main import app
from infra.superset import deploy
from warehouse.db import make_engine
from warehouse.grants import grant_bi_role, revoke_bi_role

REPO = Path(__file__).resolve().parents[2]
BUNDLE = REPO / "infra" / "superset" / "bundle"
BAND = "2f6345d2-132a-42f3-a391-0fa0e9128434"
CHANGE = "136785d6-e041-4f71-88e1-4cd70e430c23"
FACTS = "ab1c4b2d-d24b-4b72-8a79-e49f3c795812"


def _load(rel: str) -> dict[str, Any]:
    return yaml.safe_load((BUNDLE / rel).read_text(encoding="utf-8"))


def _datasets() -> dict[str, dict[str, Any]]:
    return {d["uuid"]: d for d in (_load(p.relative_to(BUNDLE).as_posix())
                                   for p in sorted((BUNDLE / "datasets").rglob("*.yaml")))}


def _charts() -> dict[str, dict[str, Any]]:
    return {c["uuid"]: c for c in (_load(f"charts/{p.name}") for p in sorted((BUNDLE / "charts").glob("*.yaml")))}


# ---------------------------------------------------------------- the bundle, without Superset


def test_bundle_zip_has_every_file_under_one_root_and_the_uri_asked_for(tmp_path: Path) -> None:
    uri = "postgresql://bi_reader:p%40ss&w:rd@db.example.org:5432/computecast?options=-csearch_path%3Dcc"
    with zipfile.ZipFile(io.BytesIO(deploy.build_bundle(uri))) as archive:
        names = archive.namelist()
        database = yaml.safe_load(archive.read("computecast_dashboard/databases/computecast.yaml"))
        meta = yaml.safe_load(archive.read("computecast_dashboard/metadata.yaml"))
    assert {n.split("/", 1)[0] for n in names} == {"computecast_dashboard"}
    assert len(names) == len(list(BUNDLE.rglob("*.yaml")))
    assert database["sqlalchemy_uri"] == uri and database["database_name"] == "computecast"
    assert not database["allow_dml"] and not database["allow_file_upload"]
    assert meta == {"version": "1.0.0", "type": "Dashboard", "timestamp": meta["timestamp"]}
    assert deploy.sqlite_uri(tmp_path / "w.db") == f"sqlite:///file:{tmp_path / 'w.db'}?mode=ro&uri=true"


def test_dataset_columns_are_the_views_columns(sqlite_engine: Engine) -> None:
    inspector = inspect(sqlite_engine)
    views = set(inspector.get_view_names())
    database_uuid = _load("databases/computecast.yaml")["uuid"]
    for dataset in _datasets().values():
        assert dataset["database_uuid"] == database_uuid
        columns = [c["column_name"] for c in dataset["columns"]]
        if dataset["sql"]:  # a virtual dataset: its query's columns, on the same migrated schema
            with sqlite_engine.connect() as conn:
                result = conn.exec_driver_sql(dataset["sql"])
                assert columns == list(result.keys()), dataset["table_name"]
        else:
            assert dataset["table_name"] in views
            in_view = [c["name"] for c in inspector.get_columns(dataset["table_name"])]
            # views only ever gain columns (README): every dataset column is in the view
            assert set(columns) <= set(in_view), dataset["table_name"]
            assert columns == [c for c in in_view if c in columns]


def _filters_of(params: dict[str, Any]) -> list[dict[str, Any]]:
    out = []
    for f in params["adhoc_filters"]:
        item = {"col": f["subject"], "op": f["operator"]}
        if f["comparator"] is not None:
            item["val"] = f["comparator"]
        out.append(item)
    return out


def test_charts_use_their_datasets_columns_and_save_the_query_they_show() -> None:
    datasets = _datasets()
    dashboard = _load("dashboards/computecast.yaml")
    on_dashboard = {v["meta"]["uuid"] for v in dashboard["position"].values()
                    if isinstance(v, dict) and v.get("type") == "CHART"}
    charts = _charts()
    assert on_dashboard == set(charts) == {BAND, CHANGE, FACTS}
    for chart in charts.values():
        params = chart["params"]
        columns = {c["column_name"] for c in datasets[chart["dataset_uuid"]]["columns"]}
        query = json.loads(chart["query_context"])["queries"][0]
        assert chart["viz_type"] == params["viz_type"]
        assert query["filters"] == _filters_of(params), chart["slice_name"]
        used = {f["col"] for f in query["filters"]}
        for col in query["columns"]:
            used.add(col["sqlExpression"] if isinstance(col, dict) else col)
        for metric in query["metrics"] or []:
            used.add(metric["column"]["column_name"])
        assert used <= columns, (chart["slice_name"], used - columns)
        if "x_axis" in params:
            assert query["columns"][0]["sqlExpression"] == params["x_axis"]
            assert query["columns"][1:] == params["groupby"] == query["series_columns"]
            assert query["metrics"] == params["metrics"]
        else:
            assert query["columns"] == params["all_columns"]
    # one unit per chart: the band and the change are each filtered to a single unit
    for chart_uuid in (BAND, CHANGE):
        assert {"col": "unit", "op": "==", "val": "USD"} in json.loads(charts[chart_uuid]["query_context"])["queries"][0]["filters"]


# ---------------------------------------------------------------- Superset itself


def _pypi_unreachable(python: str) -> str | None:
    probe = subprocess.run([python, "-m", "pip", "index", "versions", "apache-superset",
                            "--disable-pip-version-check"], capture_output=True, text=True, timeout=120)
    if probe.returncode == 0 and "6.1.0" in probe.stdout:
        return None
    return f"PyPI is not reachable to install apache-superset: {(probe.stderr or probe.stdout)[-300:]}"


@pytest.fixture
def superset_venv() -> Path:
    """The cached Superset environment; the first install takes a few minutes."""
    target = deploy.venv_dir()
    stamp = target / deploy.STAMP
    if not (stamp.exists() and stamp.read_text(encoding="utf-8") == deploy.REQUIREMENTS.read_text(encoding="utf-8")):
        reason = _pypi_unreachable(sys.executable)
        if reason:
            pytest.skip(reason)
    return deploy.ensure_venv(target)


@dataclass
class Warehouse:
    """A warehouse with two production runs, the URI Superset gets, and the views read directly."""

    bi_uri: str
    rows: Callable[[str], list[dict[str, Any]]]


def _publish_two_runs() -> None:
    """Two production runs: one on a single document, one on all bundled documents."""
    runner = CliRunner()
    documents = REPO / "data" / "documents"
    for inputs in ([documents / "hyperscaler_capex_2025.txt"], [documents]):
        assert runner.invoke(app, ["ingest", *map(str, inputs)]).exit_code == 0
        result = runner.invoke(app, ["forecast", "--draws", "500", "-f", "json"])
        assert result.exit_code == 0, result.output


def _plain(value: Any) -> Any:
    """A PostgreSQL value as Superset's JSON gives it: a DATE as epoch milliseconds, numerics as floats.

    (SQLite has no date type: there the view's text comes back as it is.)
    """
    if isinstance(value, date):
        return datetime(value.year, value.month, value.day, tzinfo=UTC).timestamp() * 1000
    return float(value) if isinstance(value, Decimal) else value


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def warehouse(request: pytest.FixtureRequest, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Warehouse]:
    if request.param == "sqlite":
        path = tmp_path / "warehouse.db"
        monkeypatch.setenv("COMPUTECAST_DATABASE_URL", f"sqlite:///{path}")
        _publish_two_runs()

        def read(sql: str) -> list[dict[str, Any]]:
            conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
            conn.row_factory = sqlite3.Row
            try:
                return [dict(r) for r in conn.execute(sql)]
            finally:
                conn.close()

        yield Warehouse(deploy.sqlite_uri(path), read)
        return
    # PostgreSQL: Superset connects as a `computecast db grant-bi` role, as the README says.
    url: str = request.getfixturevalue("pg_url")
    monkeypatch.setenv("COMPUTECAST_DATABASE_URL", url)
    _publish_two_runs()
    engine = make_engine(url)
    role, password = f"bi_{uuid.uuid4().hex[:10]}", uuid.uuid4().hex
    grant_bi_role(engine, role, password)
    bi_uri = make_url(url).set(drivername="postgresql", username=role, password=password)

    def read_pg(sql: str) -> list[dict[str, Any]]:
        with engine.connect() as conn:
            return [{k: _plain(v) for k, v in row.items()} for row in conn.execute(text(sql)).mappings()]

    try:
        yield Warehouse(bi_uri.render_as_string(hide_password=False), read_pg)
    finally:
        revoke_bi_role(engine, role)
        engine.dispose()


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class Superset:
    def __init__(self, base: str) -> None:
        self.base = base
        self.token = ""

    def call(self, path: str, body: dict[str, Any] | None = None) -> Any:
        headers = {"Authorization": f"Bearer {self.token}"} if self.token else {}
        data = None
        if body is not None:
            headers["Content-Type"] = "application/json"
            data = json.dumps(body).encode()
        request = urllib.request.Request(self.base + path, data=data, headers=headers)
        try:
            with urllib.request.urlopen(request, timeout=120) as response:
                return json.loads(response.read())
        except urllib.error.HTTPError as exc:
            raise AssertionError(f"{path}: HTTP {exc.code} {exc.read()[:2000]!r}") from exc


@pytest.fixture
def superset(superset_venv: Path, warehouse: Warehouse, tmp_path: Path) -> Iterator[Superset]:
    home = tmp_path / "superset-home"
    deploy.setup(warehouse.bi_uri, home, "admin-test-password", superset_venv)
    port = _free_port()
    log = (tmp_path / "superset.log").open("w")
    server = subprocess.Popen(deploy.serve_command(superset_venv, port), env=deploy.superset_env(home),
                              stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 120
        while True:
            try:
                with urllib.request.urlopen(f"{base}/health", timeout=5) as response:
                    if response.status == 200:
                        break
            except OSError:
                pass
            if server.poll() is not None or time.monotonic() > deadline:
                raise AssertionError(f"Superset did not start: {(tmp_path / 'superset.log').read_text()[-3000:]}")
            time.sleep(0.5)
        client = Superset(base)
        client.token = client.call("/api/v1/security/login", {"username": "admin", "password": "admin-test-password",
                                                               "provider": "db", "refresh": False})["access_token"]
        yield client
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        server.wait(timeout=30)
        log.close()


@pytest.mark.slow
def test_superset_imports_the_bundle_and_serves_the_views_numbers(superset: Superset, warehouse: Warehouse) -> None:
    listed = superset.call("/api/v1/chart/?q=(columns:!(id,slice_name,uuid),page_size:100)")["result"]
    ids = {c["uuid"]: c["id"] for c in listed}
    assert set(ids) == {BAND, CHANGE, FACTS}
    dashboards = superset.call("/api/v1/dashboard/?q=(columns:!(id,slug,dashboard_title))")["result"]
    assert [d["slug"] for d in dashboards] == ["computecast"]
    assert len(superset.call(f"/api/v1/dashboard/{dashboards[0]['id']}/charts")["result"]) == 3

    def data(uuid: str) -> list[dict[str, Any]]:
        result = superset.call(f"/api/v1/chart/{ids[uuid]}/data/")["result"][0]
        assert result["status"] == "success" and result["error"] is None
        return result["data"]

    # (a) the latest forecast with its band: one row per year, USD only, the newest production run's values
    band = data(BAND)
    expected = warehouse.rows("""
        SELECT period, unit, p10 AS "P10", p50 AS "P50", p90 AS "P90" FROM v_forecast_latest
        WHERE metric = 'ai_server_market_size' AND region = 'CN' AND method = 'combined'
          AND unit = 'USD' AND entity IS NULL ORDER BY period""")
    assert len(expected) >= 5 and {r["unit"] for r in band} == {"USD"}
    assert sorted(band, key=lambda r: r["period"]) == expected
    assert all(r["P10"] <= r["P50"] <= r["P90"] for r in band)
    latest = warehouse.rows("SELECT DISTINCT run_id FROM v_forecast_latest")
    assert latest == [{"run_id": 2}]

    # (b) vintage-to-vintage change of the P50, by run and year
    change = data(CHANGE)
    expected = warehouse.rows("""
        SELECT run_id, period, p50_change_pct FROM v_forecast_change
        WHERE metric = 'ai_server_market_size' AND region = 'CN' AND method = 'combined'
          AND unit = 'USD' AND entity IS NULL AND previous_run_id IS NOT NULL ORDER BY run_id, period""")
    assert len(expected) >= 5 and any(r["p50_change_pct"] != 0 for r in expected)
    assert sorted(change, key=lambda r: (r["run_id"], r["period"])) == expected

    # (c) the facts behind the latest run, every one (no grouping), in the chart's order
    facts = data(FACTS)
    expected = warehouse.rows("""
        SELECT f.fact_id, f.metric, f.period, f.region, f.entity, f.value, f.unit, f.basis, f.quote,
               f.source_uri, f.document_published
        FROM fct_run_lineage l JOIN fct_fact f ON f.fact_id = l.fact_id
        WHERE l.run_id = 2 ORDER BY f.metric, f.period, f.fact_id""")
    assert expected and facts == expected
