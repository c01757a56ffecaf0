#!/usr/bin/env bash
# Install piiscan with its test extras in .venv (plus the ODBC drivers when run as root on
# Debian/Ubuntu) and run the test suite. Extra arguments go to pytest.
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON="${PYTHON:-python3}"
bash scripts/install-system-deps.sh || echo "test.sh: ODBC drivers or chromium not installed; ODBC and report-rendering tests will skip" >&2
[ -x .venv/bin/python ] || "$PYTHON" -m venv .venv
log=$(mktemp)
.venv/bin/python -m pip install --disable-pip-version-check -e '.[test]' >"$log" 2>&1 || { cat "$log" >&2; exit 1; }
exec .venv/bin/python -m pytest "$@"
