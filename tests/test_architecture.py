"""Pins what piiscan promises: public names, module layering, a light import, documented CLI."""

import ast
import subprocess
import sys
from pathlib import Path

import piiscan

PKG = Path(piiscan.__file__).resolve().parent
REPO = PKG.parent


def test_public_names():
    assert sorted(piiscan.__all__) == [
        "Catalog", "ColumnResult", "ConfigError", "Finding", "PiiscanError", "RuleError",
        "ScanInterrupted", "SourceError", "SourceSpec", "TableError", "__version__", "evaluate",
        "find_subject", "load_catalog", "load_rules", "load_subject", "plan_erasure", "scan", "scan_table",
    ]
    for name in piiscan.__all__:
        assert getattr(piiscan, name) is not None


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text())
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return {n for n in names if n.startswith("piiscan")}


def test_data_flows_one_way():
    forbidden = {
        # detection reads samples (piiscan.sample), never sources
        "detect": ("piiscan.decide", "piiscan.catalog", "piiscan.api", "piiscan.cli", "piiscan.writers",
                   "piiscan.sources"),
        "sample.py": ("piiscan.sources", "piiscan.detect", "piiscan.decide", "piiscan.catalog", "piiscan.api",
                      "piiscan.cli"),
        # neutral ground that sources, detection and the CLI share
        "masking.py": ("piiscan.",),
        "errors.py": ("piiscan.sources", "piiscan.detect", "piiscan.decide", "piiscan.catalog", "piiscan.api",
                      "piiscan.cli"),
        # the CLI formats errors with piiscan.errors and reaches sources only through the api
        "cli.py": ("piiscan.sources",),
        "sources": ("piiscan.detect", "piiscan.decide", "piiscan.catalog", "piiscan.api", "piiscan.cli"),
        "decide.py": ("piiscan.catalog", "piiscan.api", "piiscan.cli", "piiscan.sources"),
        "decide_text.py": ("piiscan.catalog", "piiscan.api", "piiscan.cli", "piiscan.sources"),
        "context.py": ("piiscan.catalog", "piiscan.api", "piiscan.cli", "piiscan.sources", "piiscan.decide"),
        # the validator registry and text folding: one home, which rules and detection share
        "validators.py": ("piiscan.",),
        "text.py": ("piiscan.",),
        "rules.py": ("piiscan.detect", "piiscan.decide", "piiscan.catalog", "piiscan.api", "piiscan.cli",
                     "piiscan.sources"),
        "findings.py": ("piiscan.catalog", "piiscan.api", "piiscan.cli", "piiscan.sources", "piiscan.detect"),
        "catalog.py": ("piiscan.detect", "piiscan.api", "piiscan.cli", "piiscan.sources"),
        "policy": ("piiscan.detect", "piiscan.decide", "piiscan.api", "piiscan.cli", "piiscan.sources",
                   "piiscan.report"),
        "report": ("piiscan.detect", "piiscan.api", "piiscan.cli", "piiscan.sources"),
        "find": ("piiscan.detect", "piiscan.decide", "piiscan.api", "piiscan.sampling", "piiscan.sources.sql",
                 "piiscan.sources.files", "piiscan.sources.odbc"),  # sources only through the protocol
    }
    for where, bad in forbidden.items():
        target = PKG / where
        files = [target] if target.is_file() else sorted(target.glob("*.py"))
        for file in files:
            wrong = {i for i in _imports(file) if i.startswith(bad)}
            assert not wrong, f"{file.name} imports {wrong}"


def test_import_and_cli_start_up_are_light():
    code = ("import sys, piiscan, piiscan.cli; "
            "heavy = [m for m in ('spacy', 'presidio_analyzer', 'pyarrow', 'sqlalchemy') if m in sys.modules]; "
            "print(','.join(heavy))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""


def test_every_cli_command_and_option_is_documented():
    from piiscan.cli import main

    doc = (REPO / "docs" / "cli.md").read_text()
    for name, command in main.commands.items():
        assert f"piiscan {name}" in doc
        subcommands = getattr(command, "commands", {"": command})
        for sub in subcommands.values():
            for param in sub.params:
                for opt in getattr(param, "opts", []):
                    if opt.startswith("--") and opt != "--help":
                        assert opt in doc, f"{opt} of {name} is not in docs/cli.md"


def test_every_category_is_documented():
    from piiscan.rules import CATEGORIES

    doc = (REPO / "docs" / "categories.md").read_text()
    for category in CATEGORIES:
        assert f"| {category} |" in doc


def test_readme_test_command_is_what_ci_runs():
    readme = (REPO / "README.md").read_text()
    ci = (REPO / ".ci" / "run").read_text()
    assert "bash scripts/test.sh" in readme and "bash scripts/test.sh" in ci
    assert "bash scripts/demo.sh" in readme
