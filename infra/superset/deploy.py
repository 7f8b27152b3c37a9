#!/usr/bin/env python3
"""Apache Superset with the computecast dashboard, on this machine, in its own virtual environment.

    python3 infra/superset/deploy.py setup --sqlite computecast.db    # install, import the dashboard
    python3 infra/superset/deploy.py serve                            # http://127.0.0.1:8088
    python3 infra/superset/deploy.py bundle --sqlite computecast.db -o computecast-superset.zip

``setup`` creates (once) a virtual environment with the pinned ``requirements.txt`` beside this
file, under ``~/.cache/computecast-superset/`` keyed by those pins, then in the Superset home
(``--home``, default ``~/.computecast-superset``): ``superset db upgrade``, an ``admin`` user,
``superset init``, and ``superset import-dashboards`` of the bundle built from ``bundle/`` with the
warehouse's URI. ``--sqlite PATH`` connects read-only (``sqlite:///file:PATH?mode=ro&uri=true``);
``--database-uri URL`` takes any SQLAlchemy URL, e.g. a PostgreSQL role made by
``computecast db grant-bi``. Standard library only: it runs with any Python 3.11.
"""

from __future__ import annotations

import argparse
import hashlib
import io
import json
import os
import secrets
import shutil
import subprocess
import sys
import venv
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
BUNDLE = HERE / "bundle"
REQUIREMENTS = HERE / "requirements.txt"
CONFIG = HERE / "superset_config.py"
CACHE = Path(os.environ.get("COMPUTECAST_SUPERSET_CACHE", Path.home() / ".cache" / "computecast-superset"))
DEFAULT_HOME = Path(os.environ.get("COMPUTECAST_SUPERSET_HOME", Path.home() / ".computecast-superset"))
DATABASE_FILE = "databases/computecast.yaml"
DATABASE_NAME = "computecast"
ADMIN = "admin"
STAMP = ".computecast-requirements"


def sqlite_uri(path: str | Path) -> str:
    """The read-only SQLAlchemy URI of a SQLite warehouse file (README: "Connect a BI tool")."""
    return f"sqlite:///file:{Path(path).resolve()}?mode=ro&uri=true"


def build_bundle(database_uri: str) -> bytes:
    """The import ZIP: every file under ``bundle/`` in one root folder, the database URI set."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for path in sorted(BUNDLE.rglob("*.yaml")):
            name = path.relative_to(BUNDLE).as_posix()
            text = path.read_text(encoding="utf-8")
            if name == DATABASE_FILE:
                text = _set_uri(text, database_uri)
            archive.writestr(f"computecast_dashboard/{name}", text)
    return buffer.getvalue()


def _set_uri(text: str, database_uri: str) -> str:
    lines = text.splitlines(keepends=True)
    hits = [i for i, line in enumerate(lines) if line.startswith("sqlalchemy_uri:")]
    if len(hits) != 1:
        raise ValueError(f"{DATABASE_FILE} must have exactly one top-level sqlalchemy_uri line")
    # A JSON string is a YAML string: quotes, '&', '%' and ':' in the URL stay literal.
    lines[hits[0]] = f"sqlalchemy_uri: {json.dumps(database_uri)}\n"
    return "".join(lines)


def venv_dir() -> Path:
    """Where the Superset environment for these pins (and this Python) lives."""
    key = hashlib.sha256(REQUIREMENTS.read_bytes() + sys.version.split()[0].encode()).hexdigest()[:16]
    return CACHE / f"venv-{key}"


def ensure_venv(target: Path | None = None) -> Path:
    """The Superset virtual environment, installed from PyPI the first time (a few minutes)."""
    target = target or venv_dir()
    want = REQUIREMENTS.read_text(encoding="utf-8")
    stamp = target / STAMP
    if stamp.exists() and stamp.read_text(encoding="utf-8") == want and (target / "bin" / "superset").exists():
        return target
    print(f"installing Apache Superset into {target} (a few minutes the first time)", flush=True)
    venv.EnvBuilder(with_pip=True, clear=True).create(target)
    pip = [str(target / "bin" / "python"), "-m", "pip", "install", "--disable-pip-version-check", "-q"]
    subprocess.run([*pip, "--upgrade", "pip"], check=True)
    subprocess.run([*pip, "-r", str(REQUIREMENTS)], check=True)
    stamp.write_text(want, encoding="utf-8")
    if target.parent == CACHE:  # environments of older pins (about 800 MB each) are not used again
        for old in CACHE.glob("venv-*"):
            if old != target and (old / STAMP).exists():
                shutil.rmtree(old, ignore_errors=True)
    return target


def superset_env(home: Path) -> dict[str, str]:
    """Environment for ``superset`` commands: this config, this home, a secret kept in the home."""
    home.mkdir(parents=True, exist_ok=True)
    key_file = home / "secret_key"
    secret = os.environ.get("SUPERSET_SECRET_KEY")
    if not secret:
        if not key_file.exists():
            key_file.touch(mode=0o600)
            key_file.write_text(secrets.token_urlsafe(42), encoding="utf-8")
        secret = key_file.read_text(encoding="utf-8").strip()
    return {
        **os.environ,
        "SUPERSET_CONFIG_PATH": str(CONFIG),
        "COMPUTECAST_SUPERSET_HOME": str(home),
        "SUPERSET_SECRET_KEY": secret,
        "FLASK_APP": "superset",
        "PYTHONWARNINGS": "ignore",
    }


def _superset(env_dir: Path, home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    result = subprocess.run([str(env_dir / "bin" / "superset"), *args], env=superset_env(home),
                            capture_output=True, text=True)
    if result.returncode != 0:
        raise RuntimeError(f"superset {' '.join(args[:1])} failed ({result.returncode}):\n"
                           f"{result.stdout[-3000:]}\n{result.stderr[-3000:]}")
    return result


def setup(database_uri: str, home: Path = DEFAULT_HOME, admin_password: str | None = None,
          env_dir: Path | None = None) -> Path:
    """Install (if needed), initialise Superset in ``home`` and import the dashboard. Returns the venv.

    Idempotent: run it again to change the warehouse URI or take a newer bundle (the dashboard is
    re-imported; charts and datasets that already exist keep their state in Superset, so use a new
    ``--home`` to start from the bundle as shipped).
    """
    env_dir = ensure_venv(env_dir)
    home.mkdir(parents=True, exist_ok=True)
    fresh = not (home / "superset.db").exists()
    _superset(env_dir, home, "db", "upgrade")
    password = admin_password or os.environ.get("COMPUTECAST_SUPERSET_ADMIN_PASSWORD")
    created = _superset(env_dir, home, "fab", "create-admin", "--username", ADMIN, "--firstname", "computecast",
                        "--lastname", "admin", "--email", "admin@localhost",
                        "--password", password or secrets.token_urlsafe(12))
    if "already exists" not in created.stdout + created.stderr and not password:
        print("admin password was generated; set one with: "
              f"SUPERSET_CONFIG_PATH={CONFIG} {env_dir}/bin/superset fab reset-password --username admin")
    _superset(env_dir, home, "init")
    bundle = home / "computecast-dashboard.zip"
    bundle.write_bytes(build_bundle(database_uri))
    _superset(env_dir, home, "import-dashboards", "-p", str(bundle), "-u", ADMIN)
    if not fresh:  # import-dashboards never overwrites an existing database: set the URI asked for
        _superset(env_dir, home, "set-database-uri", "-d", DATABASE_NAME, "-u", database_uri, "--skip_create")
    return env_dir


def serve_command(env_dir: Path, port: int, host: str = "127.0.0.1") -> list[str]:
    """Superset's web server (Flask's, threaded: enough for one person or a test)."""
    return [str(env_dir / "bin" / "superset"), "run", "-h", host, "-p", str(port), "--with-threads"]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", required=True)

    def target(p: argparse.ArgumentParser) -> None:
        group = p.add_mutually_exclusive_group(required=True)
        group.add_argument("--sqlite", type=Path, help="the warehouse's SQLite file (opened read-only)")
        group.add_argument("--database-uri", help="a SQLAlchemy URL, e.g. postgresql://bi_reader:PW@host/db")

    s = sub.add_parser("setup", help="install Superset (once), initialise it and import the dashboard")
    target(s)
    s.add_argument("--home", type=Path, default=DEFAULT_HOME, help="Superset's own files (default %(default)s)")
    s.add_argument("--admin-password", help="password of the admin user (default: $COMPUTECAST_SUPERSET_ADMIN_PASSWORD)")
    v = sub.add_parser("serve", help="run Superset on 127.0.0.1")
    v.add_argument("--home", type=Path, default=DEFAULT_HOME)
    v.add_argument("--port", type=int, default=8088)
    b = sub.add_parser("bundle", help="write the import ZIP only (for Superset's UI or another server)")
    target(b)
    b.add_argument("-o", "--output", type=Path, default=Path("computecast-superset.zip"))
    args = parser.parse_args(argv)

    if args.command == "serve":
        env_dir = ensure_venv()
        print(f"Superset at http://127.0.0.1:{args.port}/superset/dashboard/computecast/", flush=True)
        return subprocess.call(serve_command(env_dir, args.port), env=superset_env(args.home))
    uri = sqlite_uri(args.sqlite) if args.sqlite else args.database_uri
    if args.sqlite and not args.sqlite.exists():
        parser.error(f"{args.sqlite} does not exist (run `computecast run` first)")
    if args.command == "bundle":
        args.output.write_bytes(build_bundle(uri))
        print(f"wrote {args.output}")
        return 0
    setup(uri, args.home, args.admin_password)
    print(f"dashboard imported into {args.home}; start it with: python3 {Path(__file__)} serve --home {args.home}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
