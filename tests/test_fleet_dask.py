"""A fleet from one sources file on a Dask LocalCluster, against the real PostgreSQL and MariaDB:
same catalog as a serial scan, no secret in any task, the detector built once per worker."""

from __future__ import annotations

import pickle
from concurrent.futures import Executor

import pytest
import sqlalchemy as sa
from click.testing import CliRunner

import piiscan
from piiscan.cli import main
from piiscan.config import load_sources_file
from tests.servers import MARIADB_URL, PG_URL, RUN_ID, mariadb_engine, pg_engine  # noqa: F401

distributed = pytest.importorskip("distributed")

SECRET = f"fleet-secret-{RUN_ID}"
NAMES = ["Anna Schmidt", "Bernd Meyer", "Carla Rossi", "Dieter Braun", "Eva Lind",
         "Frank Moor", "Greta Holm", "Hans Berg", "Ida Falk", "Jonas Wolf"]


def _fill(engine: sa.Engine, prefix: str, schema: str | None) -> None:
    meta = sa.MetaData(schema=schema)
    people = sa.Table(f"{prefix}_people", meta, sa.Column("id", sa.Integer, primary_key=True, autoincrement=False),
                      sa.Column("full_name", sa.String(80)), sa.Column("email", sa.String(120)),
                      sa.Column("city", sa.String(60)))
    parts = sa.Table(f"{prefix}_parts", meta, sa.Column("id", sa.Integer, primary_key=True, autoincrement=False),
                     sa.Column("code", sa.String(20)), sa.Column("weight_g", sa.Integer))
    notes = sa.Table(f"{prefix}_notes", meta, sa.Column("id", sa.Integer, primary_key=True, autoincrement=False),
                     sa.Column("body", sa.String(200)))
    meta.create_all(engine)
    with engine.begin() as conn:
        conn.execute(people.insert(), [{"id": i, "full_name": NAMES[i % 10], "city": "Berlin",
                                        "email": f"person{i}@example.org"} for i in range(1, 301)])
        conn.execute(parts.insert(), [{"id": i, "code": f"P-{i:05d}", "weight_g": i * 7} for i in range(1, 301)])
        conn.execute(notes.insert(), [{"id": i, "body": f"shipment {i} arrived"} for i in range(1, 51)])


@pytest.fixture(scope="module")
def fleet_file(tmp_path_factory, pg_engine, mariadb_engine):  # noqa: F811
    prefix = f"fleet_{RUN_ID}"
    with pg_engine.begin() as conn:
        conn.execute(sa.text(f'CREATE SCHEMA "{prefix}"'))
    _fill(pg_engine, "t", prefix)
    _fill(mariadb_engine, prefix, None)
    pg = sa.make_url(PG_URL)
    folder = tmp_path_factory.mktemp("fleet")
    path = folder / "piiscan.yaml"
    # trust auth ignores the password: it stands for a real one that must never travel
    path.write_text(f"""version: 1
defaults: {{sample_size: 200}}
sources:
  crm:
    url: {pg.drivername}://{pg.username}:${{PIISCAN_FLEET_PW}}@{pg.host}:{pg.port}/{pg.database}
    schemas: ["{prefix}"]
    concurrency: 1
  shop:
    url: {MARIADB_URL}
    include: ["{prefix}_*"]
    concurrency: 2
""", encoding="utf-8")
    yield path
    with pg_engine.begin() as conn:
        conn.execute(sa.text(f'DROP SCHEMA "{prefix}" CASCADE'))
    with mariadb_engine.begin() as conn:
        for table in ("people", "parts", "notes"):
            conn.execute(sa.text(f"DROP TABLE IF EXISTS `{prefix}_{table}`"))


class Recording(Executor):
    """A real executor that also keeps the bytes of every task it sends."""

    def __init__(self, inner: Executor) -> None:
        self.inner, self.sent = inner, []

    def submit(self, fn, /, *args, **kwargs):
        self.sent.append(pickle.dumps((fn, args, kwargs)))
        return self.inner.submit(fn, *args, **kwargs)

    def shutdown(self, wait: bool = True, *, cancel_futures: bool = False) -> None:
        pass


def _comparable(catalog) -> dict:
    data = catalog.to_dict()
    data.pop("generated_at")
    for table in data["tables"]:
        table.pop("seconds")
    return data


@pytest.mark.server
def test_local_cluster_equals_serial_and_tasks_carry_no_secret(fleet_file, monkeypatch):
    monkeypatch.setenv("PIISCAN_FLEET_PW", SECRET)
    specs = load_sources_file(fleet_file).specs()
    serial = piiscan.scan(*specs, jobs=1, seed=3)
    assert {t.source for t in serial.tables} == {"crm", "shop"}
    assert all(t.status == "scanned" for t in serial.tables), [t.reason for t in serial.tables]
    assert serial.column("t_people", "email", source="crm").categories == ("EMAIL",)
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  dashboard_address=None) as cluster, distributed.Client(cluster) as client:
        recording = Recording(client.get_executor(pure=False))
        on_dask = piiscan.scan(*specs, jobs=2, seed=3, executor=recording)
        states = client.run(piiscan.fleet.worker_state)
    assert _comparable(on_dask) == _comparable(serial)
    assert len(recording.sent) == len(serial.tables)
    assert not any(SECRET.encode() in payload for payload in recording.sent)
    worked = [s for s in states.values() if s["rules"]]
    assert worked and all(s["rules"] == 1 and s["ner"] == 1 for s in worked), states
    assert all(s["ner_kept"] == 0 for s in states.values()), states  # no value kept between tasks


@pytest.mark.server
def test_a_password_in_a_url_refuses_the_cluster(fleet_file):
    url = sa.make_url(PG_URL).set(password=SECRET).render_as_string(hide_password=False)
    with distributed.LocalCluster(n_workers=1, threads_per_worker=1, processes=False,
                                  dashboard_address=None) as cluster, distributed.Client(cluster) as client:
        with pytest.raises(piiscan.ConfigError, match="sources file") as caught:
            piiscan.scan(url, jobs=2, executor=client.get_executor(), schemas=[f"fleet_{RUN_ID}"])
    assert SECRET not in str(caught.value)


@pytest.mark.server
def test_cli_scans_a_sources_file_on_workers(fleet_file, tmp_path, monkeypatch):
    monkeypatch.setenv("PIISCAN_FLEET_PW", SECRET)
    out = tmp_path / "fleet.json"
    result = CliRunner().invoke(main, ["scan", "--config", str(fleet_file), "crm", "--workers", "2",
                                       "-o", str(out), "--task-timeout", "300"])
    assert result.exit_code == 0, result.output
    catalog = piiscan.load_catalog(out)
    assert {t.source for t in catalog.tables} == {"crm"}
    assert catalog.column("t_people", "email").categories == ("EMAIL",)
    assert SECRET not in out.read_text() and SECRET not in result.output
    bad = CliRunner().invoke(main, ["scan", "--config", str(fleet_file), "sales"])
    assert bad.exit_code == 2 and "no source named 'sales'" in bad.output
