#!/usr/bin/env bash
# Install piiscan in .venv and scan the bundled demo (a SQLite shop and a CSV export).
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON="${PYTHON:-python3}"
[ -x .venv/bin/python ] || "$PYTHON" -m venv .venv
log=$(mktemp)
.venv/bin/python -m pip install --disable-pip-version-check -e . >"$log" 2>&1 || { cat "$log" >&2; exit 1; }
.venv/bin/python examples/make_demo.py
.venv/bin/piiscan scan sqlite:///examples/demo.sqlite examples/contacts.csv --output demo-catalog.json
# Policy check (exit 1: the demo breaks one rule on purpose) and the HTML report (docs/policy.md, docs/report.md)
.venv/bin/piiscan check demo-catalog.json --policy examples/policy.yaml || [ $? -eq 1 ]
.venv/bin/piiscan report demo-catalog.json --policy examples/policy.yaml --output demo-report.html
