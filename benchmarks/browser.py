"""Headless Chromium, for the report tests and the report benchmark: screenshot, DOM after
JavaScript ran, and a network log to prove the page fetches nothing."""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path

NAMES = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")
FLAGS = ("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--no-first-run", "--disable-component-update", "--disable-sync",
         "--disable-default-apps", "--disable-extensions", "--mute-audio", "--hide-scrollbars")


def find_chromium() -> str | None:
    return next((path for path in map(shutil.which, NAMES) if path), None)


def run_chromium(page: Path, *args: str, window: tuple[int, int] = (1280, 1600),
                 budget_ms: int | None = 5000, timeout: float = 120, fragment: str = "") -> subprocess.CompletedProcess:
    """Run headless Chromium on a local file (`fragment`: what follows # in its address) with
    a fresh profile; `args` say what to do (`--dump-dom`, `--screenshot=PATH`, `--log-net-log=PATH`)."""
    binary = find_chromium()
    if binary is None:
        raise FileNotFoundError("chromium not found (Debian: apt-get install chromium)")
    with tempfile.TemporaryDirectory(prefix="piiscan-chromium-") as profile:
        command = [binary, *FLAGS, f"--user-data-dir={profile}", f"--window-size={window[0]},{window[1]}"]
        if budget_ms:
            command.append(f"--virtual-time-budget={budget_ms}")
        command += [*args, Path(page).resolve().as_uri() + (f"#{fragment}" if fragment else "")]
        return subprocess.run(command, capture_output=True, text=True, timeout=timeout, cwd=profile)


def dump_dom(page: Path, **options) -> str:
    result = run_chromium(page, "--dump-dom", **options)
    if result.returncode != 0:
        raise RuntimeError(f"chromium exited {result.returncode}: {result.stderr[-500:]}")
    return result.stdout


def screenshot(page: Path, png: Path, **options) -> Path:
    result = run_chromium(page, f"--screenshot={Path(png).resolve()}", **options)
    if result.returncode != 0 or not Path(png).exists():
        raise RuntimeError(f"chromium exited {result.returncode}: {result.stderr[-500:]}")
    return Path(png)


def page_requests(page: Path, **options) -> list[str]:
    """The URLs the page itself asked for beyond its own file, from Chromium's net log.

    Chromium's own background requests (update checks, time sync) are left out: the page's
    requests are the ones whose network isolation key is the page's origin (file://)."""
    import json

    with tempfile.TemporaryDirectory(prefix="piiscan-netlog-") as where:
        log = Path(where) / "net.json"
        run_chromium(page, "--dump-dom", f"--log-net-log={log}", "--net-log-capture-mode=Default", **options)
        text = log.read_text(encoding="utf-8", errors="replace")
    try:
        data = json.loads(text)
    except ValueError:  # a log cut short lacks its closing brackets
        data = json.loads(text.rstrip().rstrip(",") + "]}")
    start = data["constants"]["logEventTypes"]["URL_REQUEST_START_JOB"]
    urls = []
    for event in data["events"]:
        params = event.get("params") or {}
        if event.get("type") == start and "file://" in str(params.get("network_isolation_key", "")):
            urls.append(params.get("url", ""))
    return urls
