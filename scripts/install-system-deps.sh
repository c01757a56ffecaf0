#!/bin/sh
# Install the system packages piiscan's ODBC sources and report tests need (Debian/Ubuntu):
# unixODBC and the PostgreSQL, MariaDB and FreeTDS (SQL Server) ODBC drivers; Chromium, which
# the report tests render the HTML report in (headless).
# Idempotent and quiet: does nothing when everything is already installed.
set -eu

PACKAGES="unixodbc odbc-postgresql odbc-mariadb tdsodbc chromium"

missing=""
for package in $PACKAGES; do
    if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
        missing="$missing $package"
    fi
done

if [ -z "$missing" ]; then
    exit 0
fi

if ! command -v apt-get >/dev/null 2>&1; then
    echo "install-system-deps: apt-get not found; install these packages yourself:$missing" >&2
    exit 1
fi

if [ "$(id -u)" -ne 0 ]; then
    echo "install-system-deps: run as root (or with sudo) to install:$missing" >&2
    exit 1
fi

export DEBIAN_FRONTEND=noninteractive
apt-get update -qq >/dev/null
# shellcheck disable=SC2086  # word splitting of the package list is intended
apt-get install -y -qq --no-install-recommends $missing >/dev/null
echo "install-system-deps: installed$missing"
