"""piiscan: find where personal data lives in databases and files.

    import piiscan
    catalog = piiscan.scan("postgresql+psycopg://reader@db/sales", "exports/")
    catalog.pii().to_pandas()
    catalog.write("catalog.json")

Nothing heavy is imported here: spaCy, Presidio, SQLAlchemy and pyarrow load on first use.
"""

from __future__ import annotations

__version__ = "0.1.0"

__all__ = [
    "Catalog",
    "ColumnResult",
    "ConfigError",
    "Finding",
    "PiiscanError",
    "RuleError",
    "ScanInterrupted",
    "SourceError",
    "SourceSpec",
    "TableError",
    "__version__",
    "evaluate",
    "find_subject",
    "load_catalog",
    "load_rules",
    "load_subject",
    "plan_erasure",
    "scan",
    "scan_table",
]

_LAZY = {
    "scan": "piiscan.api",
    "scan_table": "piiscan.api",
    "SourceSpec": "piiscan.spec",
    "Catalog": "piiscan.catalog",
    "ColumnResult": "piiscan.catalog",
    "load_catalog": "piiscan.catalog",
    "Finding": "piiscan.decide",
    "load_rules": "piiscan.rules",
    "evaluate": "piiscan.evaluate",
    "find_subject": "piiscan.find.api",
    "load_subject": "piiscan.find.subject",
    "plan_erasure": "piiscan.find.erasure",
    "PiiscanError": "piiscan.errors",
    "ConfigError": "piiscan.errors",
    "SourceError": "piiscan.errors",
    "TableError": "piiscan.errors",
    "RuleError": "piiscan.errors",
    "ScanInterrupted": "piiscan.errors",
}


def __getattr__(name: str):
    if name in _LAZY:
        import importlib

        value = getattr(importlib.import_module(_LAZY[name]), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'piiscan' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(__all__)
