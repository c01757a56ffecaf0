"""The sources file: named sources, options, and secrets that never show."""

from __future__ import annotations

import pytest

from piiscan.config import load_sources_file
from piiscan.errors import ConfigError

SECRET = "S3cr3t-p@ss/word"


def write(tmp_path, text: str):
    path = tmp_path / "piiscan.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_sources_options_and_defaults(tmp_path):
    path = write(tmp_path, """
version: 1
defaults: {sample_size: 500, timeout: 30}
sources:
  crm:
    url: postgresql+psycopg://reader@db1/crm
    schemas: [public, sales]
    concurrency: 2
  exports: ./exports/
  hr:
    url: mysql+pymysql://reader@db2/hr
    sample_size: 100
    include: "emp*"
""")
    sources = load_sources_file(path)
    assert sources.names() == ["crm", "exports", "hr"]
    crm, exports, hr = sources.sources
    assert (crm.schemas, crm.concurrency, crm.sample_size, crm.timeout) == (("public", "sales"), 2, 500, 30.0)
    assert exports.url() == "./exports/"
    assert (hr.sample_size, hr.include) == (100, ("emp*",))
    assert [s.name for s in sources.select(["hr"])] == ["hr"]


def test_secrets_come_from_the_environment_and_files_and_never_show(tmp_path, monkeypatch):
    secret_file = tmp_path / "hr.secret"
    secret_file.write_text(SECRET + "\n", encoding="utf-8")
    path = write(tmp_path, f"""
version: 1
sources:
  crm: postgresql+psycopg://reader:${{CRM_PASSWORD}}@db1/crm
  hr:
    url: mysql+pymysql://reader@db2/hr
    password_file: {secret_file}
  dsn:
    url: "odbc:DSN=warehouse;UID=reader"
    password_file: {secret_file}
""")
    monkeypatch.setenv("CRM_PASSWORD", SECRET)
    sources = load_sources_file(path)
    crm, hr, dsn = sources.sources
    from sqlalchemy.engine import make_url

    assert make_url(crm.url()).password == SECRET
    assert make_url(hr.url()).password == SECRET
    assert dsn.url().endswith("PWD={" + SECRET + "}")
    shown = " ".join([repr(sources), str(sources), repr(crm), str(hr), crm.masked_url, hr.masked_url,
                      dsn.masked_url])
    assert SECRET not in shown and "S3cr3t" not in shown
    assert hr.masked_url == "mysql+pymysql://reader:***@db2/hr"
    assert SECRET not in path.read_text()  # nothing was written back


@pytest.mark.parametrize("text, message", [
    ("version: 1\nsources:\n  crm: postgresql://u:${NOPE_UNSET}@h/d\n", "NOPE_UNSET is not set"),
    ("version: 2\nsources: {a: x}\n", "version 2 not supported"),
    ("version: 1\nsourcez: {a: x}\n", "unknown key(s) sourcez"),
    ("version: 1\nsources:\n  a: {url: x, sample_sise: 3}\n", "unknown key(s) sample_sise"),
    ("version: 1\nsources:\n  a: {url: x, concurrency: 0}\n", "concurrency must be a whole number"),
    ("version: 1\nsources:\n  a: {url: x, timeout: .inf}\n", "timeout must be a number"),
    ("version: 1\nsources:\n  'bad name': x\n", "a name is letters"),
    ("version: 1\nsources: [x]\n", "'sources' must map names"),
    ("version: 1\nsources: {a: {schemas: [x]}}\n", "needs a 'url'"),
    ("sources: {a: x}\n  b: : :\n", "not valid YAML"),
])
def test_bad_sources_files_name_the_problem(tmp_path, text, message):
    path = write(tmp_path, text)
    with pytest.raises(ConfigError, match=None) as caught:
        load_sources_file(path).sources[0].url()
    assert message in str(caught.value)


def test_unknown_source_name_lists_the_known_ones(tmp_path):
    sources = load_sources_file(write(tmp_path, "version: 1\nsources: {crm: x, hr: y}\n"))
    with pytest.raises(ConfigError, match="no source named 'sales'.*crm, hr"):
        sources.select(["sales"])
