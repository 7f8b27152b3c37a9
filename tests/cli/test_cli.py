"""The ``computecast`` command line, run as a real subprocess or through typer's runner."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cli.main import app
from connectors.contract import FACT_FIELDS, Fact

REPO = Path(__file__).resolve().parents[2]
BIN = Path(sys.executable).parent / "computecast"
runner = CliRunner()


def test_extract_prints_contract_jsonl_without_a_database(seeds: Path, tmp_path: Path) -> None:
    env = {**os.environ, "COMPUTECAST_DATABASE_URL": f"sqlite:///{tmp_path / 'never.db'}"}
    out = subprocess.run(
        [str(BIN), "extract", str(seeds / "001_0e2de9a514845506.txt"), "--format", "jsonl"],
        capture_output=True, text=True, env=env, cwd=tmp_path, timeout=120, check=True,
    ).stdout
    lines = [json.loads(line) for line in out.splitlines()]
    assert lines, "no facts printed"
    for row in lines:
        assert list(row) == list(FACT_FIELDS)
        Fact.from_dict(row)  # every line satisfies the contract
    assert {"metric": "ai_server_market_size", "value": 6.7e9, "period": "2022", "region": "CN"}.items() <= next(
        r for r in lines if r["metric"] == "ai_server_market_size" and r["period"] == "2022"
    ).items()
    assert not (tmp_path / "never.db").exists()


def test_ingest_same_content_twice_stores_it_once(db: Path, tmp_path: Path) -> None:
    doc = REPO / "data" / "documents"
    first = runner.invoke(app, ["ingest", str(doc)])
    assert first.exit_code == 0, first.output
    assert " 0 already stored" in first.output and "stored" in first.output
    copy = tmp_path / "copy"
    copy.mkdir()
    for f in doc.iterdir():
        (copy / f.name).write_bytes(f.read_bytes())
    second = runner.invoke(app, ["ingest", str(copy), "--format", "json"])
    summary = json.loads(second.output)
    assert summary["stored"] == 0 and summary["duplicates"] == summary["inputs"] > 0 and summary["facts"] == 0


def test_ingest_quarantines_bad_input_and_goes_on(db: Path, tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_text("   \n")
    (tmp_path / "junk.bin").write_bytes(bytes(range(256)) * 8)
    good = next((REPO / "data" / "documents").iterdir())
    result = runner.invoke(app, ["ingest", str(tmp_path / "empty.txt"), str(tmp_path / "junk.bin"), str(good), "-f", "json"])
    summary = json.loads(result.output)
    assert summary["inputs"] == 3 and summary["quarantined"] == 2 and summary["stored"] == 1
    assert summary["stored"] + summary["duplicates"] + summary["quarantined"] == summary["inputs"]


def test_forecast_writes_a_run_and_runs_lists_it(db: Path) -> None:
    assert runner.invoke(app, ["ingest", str(REPO / "data" / "documents")]).exit_code == 0
    result = runner.invoke(app, ["forecast", "--as-of", "2025-06-30", "--draws", "500", "-f", "json"])
    assert result.exit_code == 0, result.output
    out = json.loads(result.output)
    methods = {v["method"] for v in out["values"]}
    assert {"bottom_up", "regression", "combined"} <= methods
    assert all(v["p10"] <= v["p50"] <= v["p90"] for v in out["values"])
    listed = json.loads(runner.invoke(app, ["runs", "--format", "json"]).output)
    assert [r["run_id"] for r in listed] == [out["run_id"]]
    assert listed[0]["as_of"].startswith("2025-06-30") and listed[0]["n_facts"] > 0


def test_forecast_rejects_a_bad_date(db: Path) -> None:
    result = runner.invoke(app, ["forecast", "--as-of", "30/06/2025"])
    assert result.exit_code == 2
    assert "YYYY-MM-DD" in result.output


def test_db_upgrade_on_fresh_database(db: Path) -> None:
    result = runner.invoke(app, ["db", "upgrade"])
    assert result.exit_code == 0 and "revision 0015" in result.output
    assert runner.invoke(app, ["db", "current"]).output.strip() == "0015"


def test_calc_train_gpt3(seeds: Path) -> None:
    result = runner.invoke(app, ["calc", "train", "--params", "175e9", "--tokens", "300e9", "--chip", "A100",
                                 "--utilization", "0.2", "--accelerators", "10000", "--format", "json"])
    assert result.exit_code == 0, result.output
    out = json.loads(result.output)
    assert out["training_flop"] == pytest.approx(3.15e23)
    assert out["pf_days"] == pytest.approx(3.15e23 / 8.64e19)
    assert out["accelerator_hours"] == pytest.approx(3.15e23 / (312e12 * 0.2) / 3600)
    assert out["wall_days"] == pytest.approx(out["accelerator_hours"] / 10000 / 24)


def test_calc_rejects_an_unknown_chip() -> None:
    result = runner.invoke(app, ["calc", "infer", "--active-params", "70e9", "--tokens-per-day", "1e12", "--chip", "Z9000"])
    assert result.exit_code == 2 and "Z9000" in result.output


@pytest.mark.slow
def test_run_twice_publishes_once_and_force_publishes_an_unchanged_copy(tmp_path: Path) -> None:
    """`computecast run` as a user runs it: a subprocess, Prefect in local (ephemeral) mode."""
    env = {k: v for k, v in os.environ.items() if k != "PREFECT_API_URL"}  # local mode: no server configured
    env |= {
        "COMPUTECAST_DATABASE_URL": f"sqlite:///{tmp_path / 'computecast.db'}",
        "PREFECT_HOME": str(tmp_path / "prefect"),
        "PREFECT_SERVER_ALLOW_EPHEMERAL_MODE": "true",
    }
    first = subprocess.run([str(BIN), "run"], capture_output=True, text=True, env=env, cwd=tmp_path, timeout=300)
    assert first.returncode == 0, first.stderr[-2000:]
    assert "published run 1" in first.stdout and "market size" in first.stdout and "P10–P90" in first.stdout
    from warehouse.db import make_engine
    from warehouse.store import read_values

    engine = make_engine(env["COMPUTECAST_DATABASE_URL"])
    run_1_values = read_values(engine, 1)
    run_1_row = json.loads(
        subprocess.run([str(BIN), "runs", "-f", "json"], capture_output=True, text=True, env=env, cwd=tmp_path,
                       check=True).stdout
    )[0]
    # The default as-of is today in Asia/Shanghai, whose midnight is 16:00 UTC: a second run after it is a new
    # day's vintage and rightly published (a CI run at 16:00 UTC once failed here). Later runs name run 1's day.
    again = [str(BIN), "run", "--as-of", str(run_1_row["as_of"])[:10]]
    same = subprocess.run(again, capture_output=True, text=True, env=env, cwd=tmp_path, timeout=300)
    assert same.returncode == 0, same.stderr[-2000:]
    assert same.stdout.splitlines()[-1].startswith("nothing published: run 1 already holds this vintage")
    assert "published run 2" not in same.stdout
    second = subprocess.run([*again, "--force"], capture_output=True, text=True, env=env, cwd=tmp_path, timeout=300)
    assert second.returncode == 0, second.stderr[-2000:]
    assert "published run 2" in second.stdout
    listed = json.loads(
        subprocess.run([str(BIN), "runs", "-f", "json"], capture_output=True, text=True, env=env, cwd=tmp_path,
                       check=True).stdout
    )
    assert [r["run_id"] for r in listed] == [2, 1]
    assert listed[1] == run_1_row
    assert run_1_values.height > 0 and read_values(engine, 1).equals(run_1_values)
    # second run re-ingests the same bundled documents: nothing new, same inputs, same seed → same numbers
    assert read_values(engine, 1).equals(read_values(engine, 2))


def test_an_identical_rerun_publishes_nothing_and_names_the_vintage(db: Path) -> None:
    assert runner.invoke(app, ["ingest", str(REPO / "data" / "documents")]).exit_code == 0
    args = ["forecast", "--as-of", "2025-06-30", "--draws", "500"]
    first = json.loads(runner.invoke(app, [*args, "-f", "json"]).output)
    assert first["published"] and first["kind"] == "re-creation"
    again = runner.invoke(app, args)
    assert again.exit_code == 0, again.output
    assert again.output.splitlines() == [
        f"nothing published: run {first['run_id']} already holds this vintage (same inputs, scenario, seed, draws, "
        "code version and as-of); --force publishes a copy"
    ]
    as_json = json.loads(runner.invoke(app, [*args, "-f", "json"]).output)
    assert as_json == {"run_id": first["run_id"], "published": False, "message": again.output.strip()}
    other_seed = json.loads(runner.invoke(app, [*args, "--seed", "8", "-f", "json"]).output)
    other_draws = json.loads(runner.invoke(app, [*args[:-1], "600", "-f", "json"]).output)
    forced = json.loads(runner.invoke(app, [*args, "--force", "-f", "json"]).output)
    ids = [first["run_id"], other_seed["run_id"], other_draws["run_id"], forced["run_id"]]
    assert other_seed["published"] and other_draws["published"] and forced["published"] and len(set(ids)) == 4
    listed = json.loads(runner.invoke(app, ["runs", "--format", "json"]).output)
    assert sorted(r["run_id"] for r in listed) == sorted(ids)
    assert {r["kind"] for r in listed} == {"re-creation"}


def test_forecast_with_nothing_visible_refuses_in_one_line(db: Path) -> None:
    # 2020-01-01 is inside the range --as-of accepts, but no history row was published by then
    # (an earlier date is refused sooner, by the argument check: see test_issue12_faults)
    refused = runner.invoke(app, ["forecast", "--as-of", "2020-01-01", "--draws", "500"])
    assert refused.exit_code == 2
    lines = refused.output.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: nothing to forecast from as of 2020-01-01")
    assert "--allow-empty" in lines[0] and "Traceback" not in refused.output
    forced = runner.invoke(app, ["forecast", "--as-of", "2020-01-01", "--draws", "500", "--allow-empty", "--format", "json"])
    assert forced.exit_code == 0, forced.output
    assert json.loads(forced.output)["run_id"] == 1


def test_another_scenario_is_a_what_if_and_never_the_latest(db: Path, tmp_path: Path) -> None:
    from datetime import UTC, datetime

    assert runner.invoke(app, ["ingest", str(REPO / "data" / "documents")]).exit_code == 0
    scenario = tmp_path / "what-if.toml"
    scenario.write_text((REPO / "data" / "scenario.toml").read_text(encoding="utf-8") + "\n# a what-if\n", encoding="utf-8")
    today = datetime.now(UTC).date().isoformat()
    production = json.loads(runner.invoke(app, ["forecast", "--as-of", today, "--draws", "500", "-f", "json"]).output)
    what_if = json.loads(runner.invoke(app, ["forecast", "--as-of", today, "--draws", "500", "--scenario",
                                             str(scenario), "-f", "json"]).output)
    assert (production["kind"], what_if["kind"]) == ("production", "what-if")
    from sqlalchemy import text

    from warehouse.db import make_engine

    with make_engine(f"sqlite:///{db}").connect() as conn:
        shown = conn.execute(text("SELECT DISTINCT run_id FROM v_forecast_latest")).scalars().all()
    assert shown == [production["run_id"]]
