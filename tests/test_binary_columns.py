"""Binary columns are decided from their names instead of skipped silently (real SQLite file
through piiscan.scan)."""

import hashlib

from piiscan import scan


def test_a_password_hash_stored_as_bytes_is_a_credential(make_sqlite):
    rows = [(i, f"user{i}", hashlib.sha256(f"pw{i}".encode()).digest(), b"\x89PNG" + bytes(i))
            for i in range(30)]
    db = make_sqlite({"accounts": (["id", "login", "password_hash", "thumbnail"], rows)})
    import sqlite3

    con = sqlite3.connect(db)  # declare the bytes as BLOB, as real schemas do
    con.executescript("""
        CREATE TABLE accounts2 (id INTEGER, login TEXT, password_hash BLOB, thumbnail BLOB);
        INSERT INTO accounts2 SELECT * FROM accounts; DROP TABLE accounts;
        ALTER TABLE accounts2 RENAME TO accounts;""")
    con.close()
    cat = scan(f"sqlite:///{db}", ner=False)
    password = cat.column("accounts", "password_hash")
    assert password.status == "skipped" and "binary" in password.reason
    assert password.top is not None and password.top.category == "CREDENTIAL"
    assert "bytes were not read" in password.top.evidence[0].detail
    assert not cat.column("accounts", "thumbnail").findings
