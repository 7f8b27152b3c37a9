"""Superset configuration for a local, offline run of the computecast dashboard.

Superset reads this file when ``SUPERSET_CONFIG_PATH`` points at it (``infra/superset/deploy.py``
sets that). Everything Superset stores of its own (users, charts, dashboards, the database
connection) goes to a SQLite file in ``COMPUTECAST_SUPERSET_HOME``; nothing is fetched from or
sent to the internet.
"""

from __future__ import annotations

import os
from pathlib import Path

_HOME = Path(os.environ.get("COMPUTECAST_SUPERSET_HOME", Path.home() / ".computecast-superset"))
_HOME.mkdir(parents=True, exist_ok=True)

# Signs session cookies and encrypts stored connection passwords: never a default in the code.
# deploy.py keeps a random one in the home folder (file secret_key) unless the variable is set.
_KEY_FILE = _HOME / "secret_key"
SECRET_KEY = os.environ.get("SUPERSET_SECRET_KEY") or (_KEY_FILE.read_text().strip() if _KEY_FILE.exists() else "")
if not SECRET_KEY:
    raise RuntimeError(f"set SUPERSET_SECRET_KEY or run deploy.py setup (which writes {_KEY_FILE})")

# Superset's own metadata (not the warehouse): a SQLite file in the home folder.
SQLALCHEMY_DATABASE_URI = f"sqlite:///{_HOME / 'superset.db'}"

# Superset 4+ refuses SQLite connections by default because a SQLite URI names a file on the
# server's disk, so a user who may add databases could open any file Superset can read. Here the
# only database is the one the bundle imports, its URI is read-only (``?mode=ro&uri=true``: any
# write fails with "attempt to write a readonly database") and it is set by whoever runs
# deploy.py, not by dashboard users; allowing SQLite is what makes the default warehouse usable.
# On a shared server, point the bundle at PostgreSQL with a `computecast db grant-bi` role and
# remove this line.
PREVENT_UNSAFE_DB_CONNECTIONS = False

# No internet: no usage pixel, no map tiles, no e-mail or Slack reports, no examples download.
SCARF_ANALYTICS = False
MAPBOX_API_KEY = ""
FEATURE_FLAGS = {"ALERT_REPORTS": False}

# A single local process: an in-memory rate-limit store and a simple cache are enough.
RATELIMIT_STORAGE_URI = "memory://"
CACHE_CONFIG = {"CACHE_TYPE": "SimpleCache", "CACHE_DEFAULT_TIMEOUT": 300}
DATA_CACHE_CONFIG = CACHE_CONFIG

# Served on 127.0.0.1 over plain HTTP: no HTTPS-only headers or cookies.
TALISMAN_ENABLED = False
CONTENT_SECURITY_POLICY_WARNING = False
SESSION_COOKIE_SECURE = False
