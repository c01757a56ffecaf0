"""Account secrets beside hashes (issue 11, kind 5): a PIN of four to eight digits under a
PIN's name, a password's hash under the word for password of another language, and a vendor's
key with its own prefix (`hs_live_…`) are credentials; the same digits under another name,
and a file's digest, are not. Through piiscan.scan() on a real SQLite file."""

import hashlib
import random
import string

import piiscan

N = 120


def test_pins_password_hashes_and_prefixed_keys(make_sqlite):
    rng = random.Random(4)
    rows = []
    for i in range(N):
        secret = "".join(rng.choice(string.ascii_letters) for _ in range(10))
        rows.append((i, f"{rng.randint(0, 9999):04d}", hashlib.sha1(secret.encode()).hexdigest(),
                     "hs_live_" + "".join(rng.choice(string.ascii_letters + string.digits) for _ in range(32)),
                     f"{rng.randint(1000, 9999)}", hashlib.sha256(f"scan-{i}".encode()).hexdigest()))
    path = make_sqlite({"t": (["id", "access_pin", "lozinka_hash", "api_lykill", "qty", "scan_sha256"], rows)})
    cat = piiscan.scan(f"sqlite:///{path}", sample_size=200, jobs=1)
    found = {c.column: set(c.categories) for c in cat}
    assert found["access_pin"] == {"CREDENTIAL"}
    assert found["lozinka_hash"] == {"CREDENTIAL"}
    assert found["api_lykill"] == {"CREDENTIAL"}
    assert not found["qty"]
    assert not found["scan_sha256"]
