"""One person spread over a small shop, built on any SQLAlchemy engine (SQLite, PostgreSQL,
MariaDB) and as a folder of files, for the tests of `piiscan find`.

The subject, John Smith, is customer 1: three orders (foreign key), a support ticket that
names him by e-mail in another casing, a warehouse copy (no key) with his e-mail upper-cased
and his phone in national format, and nothing in the summary table. Customer 2 is another
John Smith (different e-mail, phone and birth date). 60 newsletter rows carry the surname
Smith alone, which makes that column ambiguous.
"""

from __future__ import annotations

import datetime
import json
from pathlib import Path

import sqlalchemy as sa

SUBJECT = {
    "emails": ["John.Smith@Example.com"],
    "phones": ["+44 20 7946 0958"],
    "names": ["John Smith"],
    "dates_of_birth": ["1980-02-03"],
    "region": "GB",
}
#: Raw strings of the subject that must never appear in any output but the export.
SECRETS = ("john.smith@example.com", "7946 0958", "79460958", "1980-02-03")
FIRST = ["Mary", "Peter", "Anna", "Liam", "Olga", "Ravi", "Chen", "Sara", "Tom", "Ines"]
LAST = ["Jones", "Brown", "Taylor", "Wilson", "Evans", "Walker", "Wright", "Green", "Hall", "Lewis"]
SUBJECT_FILE_ROWS = [("John Smith", "JOHN.SMITH@EXAMPLE.COM", "020 7946 0958")]


def customers() -> list[dict]:
    rows = [
        {"id": 1, "full_name": "John Smith", "email": "john.smith@example.com", "phone": "+44 20 7946 0958",
         "date_of_birth": datetime.date(1980, 2, 3), "postcode": "SW1A 1AA"},
        {"id": 2, "full_name": "John Smith", "email": "jsmith77@mailbox.org", "phone": "+44 161 496 0123",
         "date_of_birth": datetime.date(1977, 7, 9), "postcode": "M1 1AE"},
    ]
    for i in range(40):
        first, last = FIRST[i % 10], LAST[(i // 10) % 10]
        rows.append({"id": 10 + i, "full_name": f"{first} {last}", "email": f"{first.lower()}.{last.lower()}{i}@example.net",
                     "phone": f"+44 20 7946 {1000 + i:04d}", "date_of_birth": datetime.date(1960 + i % 30, 1 + i % 12, 1 + i % 27),
                     "postcode": f"E{1 + i % 9} {i % 9}AB"})
    return rows


def build(engine: sa.Engine, prefix: str = "", schema: str | None = None) -> dict[str, str]:
    """Create the shop's tables (names prefixed), fill them; returns logical name -> table name."""
    names = {n: f"{prefix}{n}" for n in ("customers", "orders", "tickets", "dw_customers", "sales_summary", "newsletter")}
    md = sa.MetaData(schema=schema)
    cust = sa.Table(names["customers"], md, sa.Column("id", sa.Integer, primary_key=True, autoincrement=False),
                    sa.Column("full_name", sa.String(100)), sa.Column("email", sa.String(200)),
                    sa.Column("phone", sa.String(40)), sa.Column("date_of_birth", sa.Date),
                    sa.Column("postcode", sa.String(20)))
    orders = sa.Table(names["orders"], md, sa.Column("id", sa.Integer, primary_key=True, autoincrement=False),
                      sa.Column("customer_id", sa.Integer,
                                sa.ForeignKey(cust.c.id, ondelete="CASCADE")),
                      sa.Column("item", sa.String(50)), sa.Column("amount", sa.Numeric(10, 2)))
    tickets = sa.Table(names["tickets"], md, sa.Column("ticket_id", sa.Integer, primary_key=True, autoincrement=False),
                       sa.Column("contact_email", sa.String(200)), sa.Column("contact_name", sa.String(100)),
                       sa.Column("subject_line", sa.String(200)))
    dw = sa.Table(names["dw_customers"], md, sa.Column("customer_name", sa.String(100)),
                  sa.Column("email_address", sa.String(200)), sa.Column("phone_number", sa.String(40)))
    summary = sa.Table(names["sales_summary"], md, sa.Column("region", sa.String(20)),
                       sa.Column("month", sa.String(7)), sa.Column("total", sa.Numeric(12, 2)))
    news = sa.Table(names["newsletter"], md, sa.Column("id", sa.Integer, primary_key=True, autoincrement=False),
                    sa.Column("last_name", sa.String(100)), sa.Column("email", sa.String(200)))
    md.create_all(engine)
    people = customers()
    with engine.begin() as conn:
        conn.execute(cust.insert(), people)
        conn.execute(orders.insert(), [
            {"id": 100, "customer_id": 1, "item": "kettle", "amount": 25},
            {"id": 101, "customer_id": 1, "item": "teapot", "amount": 18},
            {"id": 102, "customer_id": 1, "item": "mugs", "amount": 12},
            {"id": 103, "customer_id": 2, "item": "toaster", "amount": 30},
        ] + [{"id": 200 + i, "customer_id": 10 + i, "item": "cups", "amount": 5} for i in range(40)])
        conn.execute(tickets.insert(), [
            {"ticket_id": 1, "contact_email": "John.Smith@EXAMPLE.com", "contact_name": "John Smith",
             "subject_line": "Kettle leaks"},
            {"ticket_id": 2, "contact_email": None, "contact_name": "Smith, John", "subject_line": "Refund"},
        ] + [{"ticket_id": 10 + i, "contact_email": p["email"], "contact_name": p["full_name"], "subject_line": "Question"}
             for i, p in enumerate(people[2:30])])
        conn.execute(dw.insert(), [
            {"customer_name": p["full_name"].upper(), "email_address": p["email"].upper(),
             "phone_number": p["phone"].replace("+44 ", "0")} for p in people])
        conn.execute(summary.insert(), [{"region": f"R{i}", "month": "2024-01", "total": 1000 + i} for i in range(30)])
        conn.execute(news.insert(), [{"id": i, "last_name": "Smith", "email": f"reader{i}@example.org"} for i in range(60)]
                     + [{"id": 100 + i, "last_name": LAST[i % 10], "email": f"other{i}@example.org"} for i in range(30)])
    return names


def drop(engine: sa.Engine, names: dict[str, str], schema: str | None = None) -> None:
    md = sa.MetaData(schema=schema)
    md.reflect(engine, only=[n for n in names.values() if sa.inspect(engine).has_table(n, schema=schema)])
    md.drop_all(engine)


def files(folder: Path) -> Path:
    """The same people as files: a CSV export and a JSON Lines contact log."""
    folder.mkdir(parents=True, exist_ok=True)
    people = customers()
    lines = ["name,email,phone"] + [f"{n},{e},{p}" for n, e, p in SUBJECT_FILE_ROWS]
    lines += [f"{p['full_name']},{p['email']},{p['phone']}" for p in people[1:]]
    (folder / "export.csv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    with open(folder / "contacts.jsonl", "w", encoding="utf-8") as out:
        for p in people[1:]:
            out.write(json.dumps({"contact": {"email": p["email"], "name": p["full_name"]}}) + "\n")
    return folder


def shop(folder: Path) -> tuple[Path, list[str], object]:
    """The shop as a SQLite file plus a folder of files, and its catalog (a real scan, as users run it)."""
    import piiscan

    path = folder / "shop.sqlite"
    engine = sa.create_engine(f"sqlite:///{path}")
    build(engine)
    engine.dispose()
    urls = [f"sqlite:///{path}", str(files(folder / "files"))]
    return path, urls, piiscan.scan(*urls)
