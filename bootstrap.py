#!/usr/bin/env python3
"""Quick start on a fresh machine with only Python 3.11+.

    python3 bootstrap.py run      # install into .venv if needed, then `computecast run`
    python3 bootstrap.py test     # install (with dev extras) if needed, then the test suite

Any further arguments are passed on: ``python3 bootstrap.py run --as-of 2024-06-30``,
``python3 bootstrap.py test -k warehouse``. The virtual environment is re-installed when
pyproject.toml changes (a stamp file records its hash).
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = Path(os.environ.get("COMPUTECAST_VENV", ROOT / ".venv"))
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
STAMP = VENV / ".computecast-install"


def _ensure_installed() -> None:
    if sys.version_info < (3, 11):  # noqa: UP036  (bootstrap runs on whatever python3 a user has)
        sys.exit(f"computecast needs Python 3.11 or newer; this is {sys.version.split()[0]}")
    want = hashlib.sha256((ROOT / "pyproject.toml").read_bytes()).hexdigest()
    if STAMP.exists() and STAMP.read_text().strip() == want and (BIN / "computecast").exists():
        return
    if not (BIN / "python").exists():
        print(f"creating virtual environment {VENV}", flush=True)
        venv.EnvBuilder(with_pip=True).create(VENV)
    print("installing computecast and its dependencies (about a minute the first time)", flush=True)
    pip = [str(BIN / "python"), "-m", "pip", "install", "--disable-pip-version-check", "-q"]
    subprocess.run([*pip, "--upgrade", "pip"], check=True)
    subprocess.run([*pip, "-e", f"{ROOT}[dev]"], check=True)
    STAMP.write_text(want)


def main(argv: list[str]) -> int:
    if not argv or argv[0] not in ("run", "test", "install"):
        print(__doc__)
        return 2
    _ensure_installed()
    command, rest = argv[0], argv[1:]
    env = {**os.environ, "PREFECT_SERVER_ANALYTICS_ENABLED": "false"}
    if command == "install":
        return 0
    if command == "run":
        return subprocess.call([str(BIN / "computecast"), "run", *rest], env=env)
    return subprocess.call([str(BIN / "python"), "-m", "pytest", *rest], cwd=ROOT, env=env)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
