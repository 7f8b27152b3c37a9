#!/usr/bin/env bash
# Start a local Prefect server for computecast (schedules, event triggers and the UI need one).
#
#   infra/scripts/start-server.sh            # http://127.0.0.1:4200 (UI), http://127.0.0.1:4200/api
#   PORT=4300 infra/scripts/start-server.sh
#
# Then, in other shells:
#   export PREFECT_API_URL=http://127.0.0.1:4200/api
#   computecast serve --limit 4 --watch ./inbox
# Flow runs: http://127.0.0.1:4200/runs ; deployments: http://127.0.0.1:4200/deployments ;
# events (computecast.facts.ingested, computecast.forecast.published): http://127.0.0.1:4200/events
#
# The server keeps its own SQLite database in $PREFECT_HOME (default ~/.prefect). For PostgreSQL
# set PREFECT_API_DATABASE_CONNECTION_URL=postgresql+asyncpg://user:pass@host:5432/prefect
# (see infra/compose.yaml).
set -euo pipefail

HOST="${HOST:-127.0.0.1}"
PORT="${PORT:-4200}"

export PREFECT_SERVER_ANALYTICS_ENABLED=false
# A queued event-triggered forecast (concurrency limit 1) looks for a free slot every 5 s
# instead of Prefect's default 30 s, so a document that lands mid-forecast waits less.
export PREFECT_SERVER_DEPLOYMENTS_CONCURRENCY_SLOT_WAIT_SECONDS="${PREFECT_SERVER_DEPLOYMENTS_CONCURRENCY_SLOT_WAIT_SECONDS:-5}"
# The UI calls the API at this address.
export PREFECT_UI_API_URL="${PREFECT_UI_API_URL:-http://${HOST}:${PORT}/api}"

# Prefer the project's virtualenv when run from a checkout.
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
PREFECT="${PREFECT:-$HERE/../../.venv/bin/prefect}"
[ -x "$PREFECT" ] || PREFECT="prefect"

echo "Prefect server on http://${HOST}:${PORT} (UI: http://${HOST}:${PORT}/runs)"
echo "  export PREFECT_API_URL=http://${HOST}:${PORT}/api"
exec "$PREFECT" server start --host "$HOST" --port "$PORT"
