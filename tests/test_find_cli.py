"""`piiscan find` wiring: subject from a file or stdin, sources by URL or NAME=URL, outputs
written 0600, exit codes, and no raw identifier in anything it prints or writes but the export."""

from __future__ import annotations

import json
import os

import pytest
import sqlalchemy as sa
from click.testing import CliRunner

from piiscan.cli import main
from tests import find_world

KEY = "cli-test-key-of-32-bytes-long!!!"


@pytest.fixture(scope="module")
def shop(tmp_path_factory):
    folder = tmp_path_factory.mktemp("cli-shop")
    _, urls, catalog = find_world.shop(folder)
    catalog.write(folder / "catalog.json")
    subject = folder / "subject.json"
    subject.write_text(json.dumps(find_world.SUBJECT))
    keyfile = folder / "key"
    keyfile.write_text(KEY)
    return {"folder": folder, "urls": urls, "catalog": catalog, "subject": subject, "key": keyfile}


def run(args, input=None):
    return CliRunner().invoke(main, args, input=input, catch_exceptions=False)


def private(path) -> bool:
    return oct(os.stat(path).st_mode & 0o777) == "0o600"


def test_find_from_a_file_writes_private_results_and_a_summary(shop, tmp_path):
    out = tmp_path / "found.json"
    result = run(["find", "--catalog", str(shop["folder"] / "catalog.json"), *shop["urls"], "--subject", str(shop["subject"]),
                  "--key-file", str(shop["key"]), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert "confirmed" in result.output and "ambiguous" in result.output
    assert "not searched" in result.output and "sales_summary" in result.output
    assert private(out)
    data = json.loads(out.read_text())
    assert {t["table"]: t["status"] for t in data["tables"]}["customers"] == "confirmed"


def test_subject_on_stdin_and_sources_by_name(shop, tmp_path, monkeypatch):
    monkeypatch.setenv("PIISCAN_FIND_KEY", KEY)
    names = [s.name for s in shop["catalog"].sources]
    out = tmp_path / "found.json"
    result = run(["find", "--catalog", str(shop["folder"] / "catalog.json"), "--subject", "-", "-o", str(out),
                  "--source", f"{names[0]}={shop['urls'][0]}", "--quiet"], input=json.dumps(find_world.SUBJECT))
    assert result.exit_code == 1  # the files source was not reopened: partial
    assert result.output == ""
    data = json.loads(out.read_text())
    reasons = {n["table"]: n["reason"] for n in data["not_searched"]}
    assert reasons["export.csv"].startswith("source not reopened")


def test_everything_written_or_printed_is_free_of_identifiers_except_the_export(shop, tmp_path):
    out, plan, export = tmp_path / "found.json", tmp_path / "plan", tmp_path / "export"
    policy = tmp_path / "policy.yaml"
    policy.write_text("tables:\n  tickets: {action: anonymise, columns: [contact_email, contact_name]}\n")
    result = CliRunner().invoke(main, [
        "find", "--catalog", str(shop["folder"] / "catalog.json"), *shop["urls"], "--subject", str(shop["subject"]),
        "--key-file", str(shop["key"]), "-o", str(out), "--plan-erasure", str(plan), "--policy", str(policy),
        "--export", str(export), "--depth", "3", "--max-rows", "50", "--fanout", "100", "--region", "GB",
        "--timeout", "10", "--min-confidence", "0.5", "--category", "EMAIL", "--category", "PHONE",
        "--category", "PERSON_NAME", "--category", "DATE_OF_BIRTH", "--free-text"])
    assert result.exit_code == 0, result.stderr
    written = [out, *plan.iterdir()]
    assert {p.name for p in plan.iterdir()} == {"erasure.sql", "erasure-plan.json", "erasure-params.json"}
    assert all(private(p) for p in written)
    everything = (result.stdout + result.stderr + "".join(p.read_text() for p in written)
                  + (shop["folder"] / "catalog.json").read_text()).lower()
    for secret in find_world.SECRETS:
        assert secret not in everything
    exported = "".join(p.read_text() for p in export.iterdir()).lower()
    assert "john.smith@example.com" in exported  # the export is the one place values go
    assert "UPDATE main.tickets" in (plan / "erasure.sql").read_text()


@pytest.mark.parametrize("args, words", [
    (["--subject", "missing.yaml"], "cannot read subject file missing.yaml"),
    (["--source", "nonsense"], "expected NAME=URL"),
    (["--catalog", "missing.json"], "cannot read catalog missing.json"),
])
def test_bad_input_exits_2_with_one_line(shop, args, words):
    result = CliRunner().invoke(
        main, ["find", "--catalog", str(shop["folder"] / "catalog.json"), *shop["urls"], "--key-file", str(shop["key"]), *args]
        + ([] if "--subject" in args else ["--subject", str(shop["subject"])]))
    assert result.exit_code == 2
    assert words in result.stderr
    assert "Traceback" not in result.stderr


def test_bad_subject_value_is_not_echoed(shop, tmp_path):
    bad = tmp_path / "subject.yaml"
    bad.write_text("emails: [secret-not-an-address]\n")
    result = CliRunner().invoke(main, ["find", "--catalog", str(shop["folder"] / "catalog.json"), *shop["urls"],
                                                       "--key-file", str(shop["key"]), "--subject", str(bad)])
    assert result.exit_code == 2
    assert "emails #1 is not a valid email" in result.stderr and "secret" not in result.stderr


def test_missing_key_and_unknown_source_are_bad_input(shop, monkeypatch, tmp_path):
    monkeypatch.delenv("PIISCAN_FIND_KEY", raising=False)
    monkeypatch.delenv("PIISCAN_FIND_KEY_FILE", raising=False)
    result = CliRunner().invoke(main, ["find", "--catalog", str(shop["folder"] / "catalog.json"), *shop["urls"],
                                                       "--subject", str(shop["subject"])])
    assert result.exit_code == 2 and "no key for subject_ref" in result.stderr
    other = tmp_path / "other.sqlite"
    sa.create_engine(f"sqlite:///{other}").connect().close()
    result = CliRunner().invoke(main, ["find", "--catalog", str(shop["folder"] / "catalog.json"), f"sqlite:///{other}",
                                                       "--subject", str(shop["subject"]), "--key-file", str(shop["key"])])
    assert result.exit_code == 2 and "is not in the catalog" in result.stderr


def test_sources_reopened_from_a_sources_file(tmp_path):
    _, urls, _ = find_world.shop(tmp_path)
    config = tmp_path / "piiscan.yaml"
    config.write_text(f"version: 1\nsources:\n  shop:\n    url: {urls[0]}\n  exports:\n    url: {urls[1]}\n")
    catalog_file = tmp_path / "catalog.json"
    assert run(["scan", "--config", str(config), "--no-ner", "-q", "-o", str(catalog_file)]).exit_code == 0
    subject = tmp_path / "subject.json"
    subject.write_text(json.dumps(find_world.SUBJECT))
    out = tmp_path / "found.json"
    result = CliRunner().invoke(main, ["find", "--catalog", str(catalog_file), "--config", str(config), "--subject",
                                       str(subject), "-o", str(out), "-q"], env={"PIISCAN_FIND_KEY": KEY})
    assert result.exit_code == 0, result.output
    statuses = {(t["source"], t["table"]): t["status"] for t in json.loads(out.read_text())["tables"]}
    assert statuses[("shop", "customers")] == "confirmed" and statuses[("exports", "export.csv")] == "confirmed"


def test_find_on_the_store_keeps_an_audit_record_without_identifiers(shop, tmp_path):
    from piiscan.store import Store

    store = tmp_path / "piiscan.db"
    with Store(str(store)) as opened:
        opened.add_scan(shop["catalog"])
    out = tmp_path / "found.json"
    result = run(["find", "--store", str(store), *shop["urls"], "--subject", str(shop["subject"]),
                  "--key-file", str(shop["key"]), "-o", str(out), "--quiet"])
    assert result.exit_code == 0, result.output
    found = json.loads(out.read_text())
    assert {t["table"]: t["status"] for t in found["tables"]}["customers"] == "confirmed"
    with Store(str(store)) as opened:
        audits = opened.audits()
    assert len(audits) == 1 and audits[0]["subject_ref"] == found["subject_ref"]
    assert audits[0]["rows_confirmed"] == found["summary"]["rows_confirmed"] > 0
    data = b"".join(p.read_bytes() for p in tmp_path.glob("piiscan.db*"))
    for value in find_world.SECRETS:
        assert value.encode() not in data.lower(), "an identifier reached the store"
    both = run(["find", "--store", str(store), "--catalog", "x.json", "--subject", str(shop["subject"]),
                "--key-file", str(shop["key"])])
    assert both.exit_code == 2 and "--catalog FILE or --store" in both.output
