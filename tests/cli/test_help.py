"""What a user meets before running anything: completion, defaults in ``--help``, the chip catalogue."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cli.main import app

REPO = Path(__file__).resolve().parents[2]
BIN = Path(sys.executable).parent / "computecast"
runner = CliRunner()


def _complete(words: str) -> list[str]:
    """What bash completion offers after ``words`` (the last word is the one being completed)."""
    env = {**os.environ, "_COMPUTECAST_COMPLETE": "complete_bash", "COMP_WORDS": words,
           "COMP_CWORD": str(len(words.split()) - (0 if words.endswith(" ") else 1))}
    out = subprocess.run([str(BIN)], env=env, capture_output=True, text=True, timeout=60)
    return out.stdout.splitlines()


def test_show_completion_prints_a_bash_script() -> None:
    out = subprocess.run([str(BIN), "--show-completion", "bash"], capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    assert "complete -o default -F _computecast_completion computecast" in out.stdout
    assert "_COMPUTECAST_COMPLETE=complete_bash" in out.stdout


def test_completion_offers_commands_and_chips() -> None:
    assert _complete("computecast back") == ["backtest"]
    assert _complete("computecast calc train --chip ") == ["A100", "H100", "H800", "H20", "B200", "Ascend 910B"]
    assert _complete("computecast calc train --chip H") == ["H100", "H800", "H20"]


def _help(*args: str) -> str:
    result = runner.invoke(app, [*args, "--help"], env={"COLUMNS": "250", "NO_COLOR": "1", "TERM": "dumb"})
    assert result.exit_code == 0, result.output
    return " ".join(result.output.split())


def test_help_shows_defaults() -> None:
    assert "[default: H100]" in _help("calc", "train")
    assert "[default: 0.4]" in _help("calc", "train")
    forecast = _help("forecast")
    assert "[default: (20240101)]" in forecast and "[default: (10000)]" in forecast
    assert "[default: (today in $COMPUTECAST_TIMEZONE, else Asia/Shanghai)]" in forecast


def test_the_defaults_help_shows_are_the_ones_used() -> None:
    from cli.common import DEFAULT_DRAWS_SHOWN, DEFAULT_SEED_SHOWN
    from flows.jobs import DEFAULT_DRAWS, DEFAULT_SEED, DEFAULT_TIMEZONE

    assert (str(DEFAULT_SEED), str(DEFAULT_DRAWS)) == (DEFAULT_SEED_SHOWN, DEFAULT_DRAWS_SHOWN)
    assert DEFAULT_TIMEZONE == "Asia/Shanghai"


#: Accelerator names as the README writes them (families of NVIDIA, Huawei, AMD, Google, Intel, ...).
CHIP_NAME = re.compile(r"\b(?:[ABHL]\d{2,3}[A-Z]?|GB\d{3}|MI\d{3}X?|Ascend \d{3}[A-Z]?|TPU ?v\d+[a-z]?|Gaudi ?\d)\b")


def test_calc_knows_every_chip_the_readme_names() -> None:
    from forecasting.chips import CHIPS

    named = set(CHIP_NAME.findall((REPO / "README.md").read_text(encoding="utf-8")))
    assert {"A100", "H100", "H800", "H20", "B200", "Ascend 910B"} <= named
    for name in sorted(named):
        result = runner.invoke(app, ["calc", "train", "--params", "7e9", "--tokens", "1e12", "--chip", name, "-f", "json"])
        assert result.exit_code == 0, f"{name}: {result.output}"
    assert named <= set(CHIPS)


@pytest.mark.parametrize("typed", ["h20", "ascend 910b", "Ascend-910B", " H100 "])
def test_a_chip_name_in_any_case_or_spacing(typed: str) -> None:
    result = runner.invoke(app, ["calc", "infer", "--active-params", "7e9", "--tokens-per-day", "1e9", "--chip", typed])
    assert result.exit_code == 0, result.output
