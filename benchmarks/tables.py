"""The tables of the accuracy dataset: columns, how each value is made, and its label."""


import json
import random
import string
from dataclasses import dataclass
from datetime import date
from typing import Any, Callable

from faker import Faker


from benchmarks.values import BRANDS, LOCALES, MERCHANTS, PRODUCTS, _adult, _ascii, _day, _digits, _hex, _stamp, api_token, card_number, password_hash, product_description


# --- table definitions -------------------------------------------------------


@dataclass(frozen=True)
class Column:
    name: str
    label: str
    make: Callable[[dict[str, Any], "_Context"], Any]
    note: str = ""


@dataclass(frozen=True)
class Table:
    name: str
    locales: tuple[str, ...]
    columns: tuple[Column, ...]


@dataclass
class _Context:
    rng: random.Random
    fakers: dict[str, Faker]
    row: int = 0

    def fake(self, locale: str = "en_US") -> Faker:
        return self.fakers[locale]


def _context(seed: int) -> _Context:
    fakers = {}
    for i, locale in enumerate(LOCALES):
        fakers[locale] = Faker(locale)
        fakers[locale].seed_instance(seed * 1000 + i)
        for provider in fakers[locale].get_providers():
            # it_IT builds its city list from a set: its order follows PYTHONHASHSEED
            if locale == "it_IT" and isinstance(getattr(provider, "cities", None), list):
                provider.cities = sorted(provider.cities)
    return _Context(random.Random(seed), fakers)


def _sometimes(share: float, make: Callable) -> Callable:
    """Wrap a column maker so that only `share` of rows get a value (the rest NULL)."""
    return lambda p, c: make(p, c) if c.rng.random() < share else None


def _key(p: dict, c: _Context) -> int:
    return c.row + 1


def _stamp_col(p: dict, c: _Context) -> str:
    return _stamp(c.rng)


def _crm_comment(p: dict, c: _Context) -> str:
    r = c.rng
    if r.random() < 0.15:
        return r.choice((
            f"Customer asked us to call back on {p['phone']} after 5pm.",
            f"Alternative e-mail given at the counter: {p['email']}",
            f"Wants invoices sent to {p['email']} from now on.",
        ))
    return r.choice((
        "Prefers delivery after 5pm.", "VIP since 2019.", "Asked about bulk discount.",
        "Returned item, refund issued.", "Interested in the spring catalogue.", "No remarks.",
        "Paid by bank transfer.", "Complained about late delivery of order.",
    ))


def _ticket_body(p: dict, c: _Context) -> str:
    r = c.rng
    order = f"#{r.randint(100000, 999999)}"
    return r.choice((
        f"Hi, this is {p['name']}. I cannot log in since yesterday, please call me on {p['phone']}.",
        f"Customer {p['name']} ({p['email']}) asked for a refund of order {order}.",
        f"Please update my address to {p['street']}, {p['city']}. Thanks, {p['first']}",
        f"Order {order} arrived damaged, the box was open. Replacement requested.",
        f"Spoke with {p['first']} {p['last']} on the phone, issue resolved after a password reset.",
        "The export button on the dashboard returns error 500 since the last release.",
    ))


def _payload(p: dict, c: _Context) -> str:
    r = c.rng
    doc = {
        "contact": {"email": p["email"], "phone": p["phone"]},
        "sku": f"SKU-{r.randint(10000, 99999)}",
        "qty": r.randint(1, 5),
        "channel": r.choice(("web", "app", "phone")),
    }
    return json.dumps(doc, ensure_ascii=False)


def _ip(p: dict, c: _Context) -> str:
    f = c.fake()
    return f.ipv6() if c.rng.random() < 0.2 else f.ipv4_public()


def _statement(p: dict, c: _Context) -> str:
    r = c.rng
    return f"CARD PURCHASE {r.choice(MERCHANTS)} REF {_digits(r, 10)}"


def _order_number(p: dict, c: _Context) -> str:
    return f"{_digits(c.rng, 3)}-{_digits(c.rng, 3)}-{_digits(c.rng, 4)}"


def _accuracy_tables() -> list[Table]:
    C = Column
    dob_iso = lambda p, c: p["dob"].isoformat()  # noqa: E731
    dob_eu = lambda p, c: p["dob"].strftime("%d/%m/%Y")  # noqa: E731
    return [
        Table("crm_customers", ("en_US", "en_GB"), (
            C("customer_id", "NONE", _key),
            C("first_name", "PERSON_NAME", lambda p, c: p["first"]),
            C("last_name", "PERSON_NAME", lambda p, c: p["last"]),
            C("email", "EMAIL", lambda p, c: p["email"]),
            C("phone", "PHONE", lambda p, c: p["phone"]),
            C("street_address", "STREET_ADDRESS", lambda p, c: p["street"]),
            C("city", "CITY", lambda p, c: p["city"]),
            C("state", "STATE_REGION", lambda p, c: p["region"], "US states and UK counties"),
            C("zip_code", "POSTAL_CODE", lambda p, c: p["postcode"], "US ZIP and UK postcodes"),
            C("country", "COUNTRY", lambda p, c: p["country"]),
            C("date_of_birth", "DATE_OF_BIRTH", dob_iso),
            C("gender", "GENDER", lambda p, c: p["gender"], "M/F"),
            C("company", "OPTIONAL", lambda p, c: c.fake().company(),
              "Faker company names often embed surnames (Smith-Jones LLC)"),
            C("lifetime_value", "NONE", lambda p, c: round(c.rng.uniform(0, 5000), 2)),
            C("loyalty_tier", "NONE", lambda p, c: c.rng.choice(("bronze", "silver", "gold"))),
            C("utm_campaign", "NONE", lambda p, c: c.rng.choice(("spring_sale", "bf2023", "newsletter_07", "(none)"))),
            C("created_at", "NONE", _stamp_col),
            C("comment", "FREE_TEXT_PII", _crm_comment, "only ~15% of rows mention a phone or e-mail"),
        )),
        Table("clientes", ("es_ES",), (
            C("id", "NONE", _key),
            C("nombre", "PERSON_NAME", lambda p, c: p["first"]),
            C("apellido", "PERSON_NAME", lambda p, c: p["last"]),
            C("correo", "EMAIL", lambda p, c: p["email"]),
            C("telefono", "PHONE", lambda p, c: p["phone"]),
            C("direccion", "STREET_ADDRESS", lambda p, c: p["street"]),
            C("ciudad", "CITY", lambda p, c: p["city"]),
            C("provincia", "STATE_REGION", lambda p, c: p["region"]),
            C("codigo_postal", "POSTAL_CODE", lambda p, c: p["postcode"]),
            C("fecha_nacimiento", "DATE_OF_BIRTH", dob_eu, "dd/mm/yyyy text"),
            C("dni", "GOV_ID", lambda p, c: p["national_id"], "Spanish DNI, ~20% NIE"),
            C("sexo", "GENDER", lambda p, c: {"F": "Mujer", "M": "Hombre"}[p["gender"]]),
            C("estado_civil", "OTHER_PII", lambda p, c: c.rng.choice(("soltero/a", "casado/a", "divorciado/a", "viudo/a"))),
            C("canal", "NONE", lambda p, c: c.rng.choice(("web", "tienda", "teléfono"))),
            C("importe_total", "NONE", lambda p, c: round(c.rng.uniform(0, 3000), 2)),
            C("fecha_alta", "NONE", lambda p, c: _day(c.rng, date(2015, 1, 1), date(2025, 1, 1)).isoformat(),
              "account registration date"),
        )),
        Table("kunden", ("de_DE",), (
            C("kunden_nr", "NONE", lambda p, c: f"K{100000 + c.row}"),
            C("Vorname", "PERSON_NAME", lambda p, c: p["first"]),
            C("Nachname", "PERSON_NAME", lambda p, c: p["last"]),
            C("Strasse", "STREET_ADDRESS", lambda p, c: p["street"]),
            C("PLZ", "POSTAL_CODE", lambda p, c: p["postcode"]),
            C("Ort", "CITY", lambda p, c: p["city"]),
            C("Geburtsdatum", "DATE_OF_BIRTH", lambda p, c: p["dob"].strftime("%d.%m.%Y"), "dd.mm.yyyy text"),
            C("Steuer_ID", "GOV_ID", lambda p, c: p["national_id"], "Steuerliche Identifikationsnummer"),
            C("IBAN", "BANK_ACCOUNT", lambda p, c: p["iban"]),
            C("Geschlecht", "GENDER", lambda p, c: {"F": "weiblich", "M": "männlich"}[p["gender"]]),
            C("Telefon", "PHONE", lambda p, c: p["phone"]),
            C("Kundengruppe", "NONE", lambda p, c: c.rng.choice(("Privat", "Gewerbe", "Premium"))),
            C("Umsatz", "NONE", lambda p, c: round(c.rng.uniform(0, 9000), 2)),
            C("erstellt_am", "NONE", _stamp_col),
        )),
        Table("clients_fr", ("fr_FR",), (
            C("id", "NONE", _key),
            C("civilite", "OPTIONAL", lambda p, c: {"F": "Mme", "M": "M."}[p["gender"]], "honorific"),
            C("prenom", "PERSON_NAME", lambda p, c: p["first"]),
            C("nom", "PERSON_NAME", lambda p, c: p["last"]),
            C("adresse", "STREET_ADDRESS", lambda p, c: p["street"]),
            C("code_postal", "POSTAL_CODE", lambda p, c: p["postcode"]),
            C("ville", "CITY", lambda p, c: p["city"]),
            C("date_naissance", "DATE_OF_BIRTH", dob_eu, "dd/mm/yyyy text"),
            C("nir", "GOV_ID", lambda p, c: p["national_id"], "French social security number (NIR)"),
            C("telephone", "PHONE", lambda p, c: p["phone"]),
            C("courriel", "EMAIL", lambda p, c: p["email"]),
            C("genre", "GENDER", lambda p, c: {"F": "F", "M": "H"}[p["gender"]], "H/F"),
            C("segment", "NONE", lambda p, c: c.rng.choice(("particulier", "professionnel"))),
            C("date_creation", "NONE", _stamp_col),
        )),
        Table("hr_employees", ("en_US", "en_GB", "it_IT", "nl_NL", "pt_BR", "en_IN"), (
            C("employee_id", "NONE", _key),
            C("full_name", "PERSON_NAME", lambda p, c: p["name"]),
            C("work_email", "EMAIL", lambda p, c: f"{_ascii(p['first'])}.{_ascii(p['last'])}@globex-corp.com"),
            C("mobile", "PHONE", lambda p, c: p["phone"]),
            C("country_code", "COUNTRY", lambda p, c: p["country_code"], "employee's country of residence"),
            C("national_id", "GOV_ID", lambda p, c: p["national_id"],
              "SSN, NINO, codice fiscale, BSN, CPF or Aadhaar by country"),
            C("iban", "BANK_ACCOUNT", lambda p, c: p["iban"], "salary account, several countries"),
            C("birth_date", "DATE_OF_BIRTH", dob_iso),
            C("age", "OTHER_PII", lambda p, c: (date(2025, 1, 1) - p["dob"]).days // 365),
            C("sex", "GENDER", lambda p, c: {"F": "female", "M": "male"}[p["gender"]]),
            C("hire_date", "OPTIONAL", lambda p, c: _day(c.rng, _adult(p["dob"]), date(2025, 6, 1)).isoformat(),
              "personal employment event"),
            C("job_title", "OPTIONAL", lambda p, c: c.fake().job()),
            C("department", "NONE", lambda p, c: c.rng.choice(("Sales", "IT", "Finance", "Logistics", "HR"))),
            C("manager_id", "NONE", lambda p, c: c.rng.randint(1, 40)),
            C("cost_center", "NONE", lambda p, c: f"CC{_digits(c.rng, 4)}"),
            C("fte", "NONE", lambda p, c: c.rng.choice((0.5, 0.8, 1.0, 1.0))),
            C("salary", "OTHER_PII", lambda p, c: c.rng.randrange(24000, 160000, 500)),
            C("marital_status", "OTHER_PII", lambda p, c: c.rng.choice(("single", "married", "divorced", "widowed"))),
            C("ethnicity", "OTHER_PII", lambda p, c: c.rng.choice(("White", "Black", "Asian", "Hispanic", "Mixed", "Other"))),
            C("religion", "OTHER_PII", lambda p, c: c.rng.choice(("none", "Christian", "Muslim", "Jewish", "Hindu", "Buddhist"))),
        )),
        Table("hr_medical", ("en_US",), (
            C("record_id", "NONE", _key),
            C("employee_id", "NONE", lambda p, c: c.rng.randint(1, 500)),
            C("blood_type", "OTHER_PII", lambda p, c: c.rng.choice(("A+", "A-", "B+", "B-", "AB+", "O+", "O-"))),
            C("diagnosis", "OTHER_PII", lambda p, c: c.rng.choice((
                "Type 2 diabetes", "Asthma", "Hypertension", "Lower back pain", "Depression", "Migraine"))),
            C("insurance_member_id", "OTHER_PII", lambda p, c: f"MBR{_digits(c.rng, 9)}"),
            C("last_checkup", "OPTIONAL", lambda p, c: _day(c.rng, date(2020, 1, 1), date(2025, 1, 1)).isoformat(),
              "clinical event date"),
            C("notes", "GOV_ID", lambda p, c: p["national_id"], "misleading name: holds bare US SSNs"),
        )),
        Table("web_users", ("en_US", "en_GB", "es_ES", "de_DE", "fr_FR"), (
            C("user_id", "NONE", _key),
            C("username", "PERSON_NAME|OTHER_PII", lambda p, c: p["username"], "login names built from real names"),
            C("email", "EMAIL", lambda p, c: p["email"]),
            C("password_hash", "CREDENTIAL", lambda p, c: password_hash(c.rng), "bcrypt, sha1 or sha256 hex"),
            C("salt", "CREDENTIAL", lambda p, c: _hex(c.rng, 32)),
            C("api_token", "CREDENTIAL", lambda p, c: api_token(c.rng)),
            C("last_login_ip", "IP_ADDRESS", _ip, "IPv4, ~20% IPv6"),
            C("device_mac", "OTHER_PII", lambda p, c: c.fake().mac_address(), "device identifier"),
            C("user_agent", "OPTIONAL", lambda p, c: c.fake().user_agent(), "browser fingerprint component"),
            C("last_login_at", "NONE", _stamp_col),
            C("is_active", "NONE", lambda p, c: int(c.rng.random() < 0.9)),
            C("ui_locale", "NONE", lambda p, c: p["locale"].replace("_", "-")),
            C("failed_logins", "NONE", lambda p, c: c.rng.choice((0, 0, 0, 1, 2, 5))),
        )),
        Table("access_log", ("en_US",), (
            C("id", "NONE", _key),
            C("session_id", "NONE", lambda p, c: c.fake().uuid4()),
            C("client_ip", "IP_ADDRESS", _ip),
            C("hostname", "NONE", lambda p, c: c.fake().hostname(), "server host names, not people"),
            C("path", "NONE", lambda p, c: c.fake().uri_path()),
            C("status_code", "NONE", lambda p, c: c.rng.choice((200, 200, 200, 301, 404, 500))),
            C("bytes_sent", "NONE", lambda p, c: c.rng.randint(200, 90000)),
            C("created_at", "NONE", _stamp_col),
        )),
        Table("tenants", ("en_US",), (
            C("tenant_id", "NONE", _key),
            C("hostname", "NONE", lambda p, c: c.fake().domain_name()),
            C("region", "NONE", lambda p, c: c.rng.choice(("eu-west-1", "us-east-1", "ap-south-1")), "cloud region"),
            C("user_count", "NONE", lambda p, c: c.rng.randint(1, 5000), "numeric, contains 'user'"),
            C("plan", "NONE", lambda p, c: c.rng.choice(("free", "team", "enterprise"))),
            C("admin_email", "EMAIL", lambda p, c: p["email"]),
        )),
        Table("payments", ("en_US", "en_GB", "es_ES", "de_DE", "fr_FR", "it_IT", "nl_NL", "pt_BR"), (
            C("payment_id", "NONE", _key),
            C("order_number", "NONE", _order_number, "phone-like digit groups"),
            C("card_holder", "PERSON_NAME", lambda p, c: p["name"].upper()),
            C("card_number", "PAYMENT_CARD", lambda p, c: card_number(c.fake(), c.rng),
              "Luhn-valid; plain, spaced, dashed, ~10% masked"),
            C("card_display", "OPTIONAL", lambda p, c: card_number(c.fake(), c.rng, masked_share=1.0),
              "fully masked PAN, last four digits only"),
            C("iban", "BANK_ACCOUNT", lambda p, c: p["iban"], "IBANs of several countries"),
            C("account_number", "BANK_ACCOUNT", lambda p, c: _digits(c.rng, c.rng.randint(8, 12)), "domestic account numbers"),
            C("routing_number", "NONE", lambda p, c: c.fake().aba(), "ABA routing numbers identify banks"),
            C("merchant_category", "NONE", lambda p, c: c.rng.choice(("5411", "5812", "4121", "5732", "5999")), "MCC"),
            C("auth_code", "NONE", lambda p, c: "".join(c.rng.choice(string.ascii_uppercase + string.digits) for _ in range(6))),
            C("amount", "NONE", lambda p, c: round(c.rng.uniform(1, 900), 2)),
            C("currency", "NONE", lambda p, c: c.rng.choice(("EUR", "USD", "GBP", "BRL"))),
            C("statement", "NONE", _statement, "bank statement descriptor: merchant + reference"),
            C("paid_at", "NONE", _stamp_col),
        )),
        Table("customer_locations", ("en_US", "es_ES", "de_DE", "fr_FR", "it_IT", "nl_NL", "pt_BR"), (
            C("id", "NONE", _key),
            C("customer_id", "NONE", lambda p, c: c.rng.randint(1, 300)),
            C("latitude", "GEO_COORDINATES", lambda p, c: p["lat"], "home location"),
            C("longitude", "GEO_COORDINATES", lambda p, c: p["lon"], "home location"),
            C("accuracy_m", "NONE", lambda p, c: c.rng.randint(3, 500)),
            C("captured_at", "NONE", _stamp_col),
        )),
        Table("warehouses", ("es_ES", "de_DE", "fr_FR", "it_IT", "nl_NL"), (
            C("warehouse_id", "NONE", _key),
            C("name", "NONE", lambda p, c: f"WH-{p['country_code']}-{c.row:03d}"),
            C("city", "OPTIONAL", lambda p, c: p["city"], "organisation address, no person attached"),
            C("country_code", "OPTIONAL", lambda p, c: p["country_code"], "organisation location, no person attached"),
            C("latitude", "OPTIONAL", lambda p, c: p["lat"], "site location, no person attached"),
            C("longitude", "OPTIONAL", lambda p, c: p["lon"], "site location, no person attached"),
            C("capacity_m3", "NONE", lambda p, c: c.rng.randint(500, 50000)),
        )),
        Table("products", ("en_US",), (
            C("product_id", "NONE", _key),
            C("sku", "NONE", lambda p, c: f"{c.rng.choice(string.ascii_uppercase)}{c.rng.choice(string.ascii_uppercase)}-{_digits(c.rng, 6)}"),
            C("ean", "NONE", lambda p, c: c.fake().ean13(), "check-digit valid barcodes"),
            C("name", "NONE", lambda p, c: f"{c.rng.choice(BRANDS)} {c.rng.choice(PRODUCTS)}"),
            C("description", "NONE", lambda p, c: product_description(c.fake(), c.rng), "free text without personal data"),
            C("filename", "NONE", lambda p, c: c.fake().file_name(category="image"), "product image files"),
            C("price", "NONE", lambda p, c: round(c.rng.uniform(2, 800), 2)),
            C("weight_g", "NONE", lambda p, c: c.rng.randint(50, 25000)),
            C("color", "NONE", lambda p, c: c.fake().safe_color_name()),
            C("stock_status", "NONE", lambda p, c: c.rng.choice(("in_stock", "backorder", "discontinued"))),
            C("currency", "NONE", lambda p, c: c.rng.choice(("EUR", "USD", "GBP"))),
            C("created_at", "NONE", _stamp_col),
        )),
        Table("orders", ("en_US",), (
            C("order_id", "NONE", _key),
            C("order_no", "NONE", lambda p, c: f"+{_digits(c.rng, 2)} {_digits(c.rng, 3)} {_digits(c.rng, 6)}",
              "phone-like order references"),
            C("customer_id", "NONE", lambda p, c: c.rng.randint(1, 300)),
            C("order_date", "NONE", lambda p, c: _day(c.rng, date(2015, 1, 1), date(2025, 1, 1)).isoformat()),
            C("status", "NONE", lambda p, c: c.rng.choice(("new", "paid", "shipped", "cancelled"))),
            C("quantity", "NONE", lambda p, c: c.rng.randint(1, 12)),
            C("total", "NONE", lambda p, c: round(c.rng.uniform(5, 2000), 2)),
            C("tracking_number", "NONE", lambda p, c: f"1Z{_digits(c.rng, 3)}AA1{_digits(c.rng, 9)}"),
            C("discount_pct", "NONE", lambda p, c: c.rng.choice((0, 0, 5, 10, 15))),
            C("shipped_at", "NONE", _stamp_col),
        )),
        Table("inventory", ("en_US",), (
            C("sku", "NONE", lambda p, c: f"SKU-{_digits(c.rng, 5)}"),
            C("warehouse_id", "NONE", lambda p, c: c.rng.randint(1, 20)),
            C("batch_code", "NONE", lambda p, c: f"B{_digits(c.rng, 9)}", "9 digits, like many national ids"),
            C("quantity", "NONE", lambda p, c: c.rng.randint(0, 900)),
            C("updated_at", "NONE", _stamp_col),
        )),
        Table("trips", ("en_US",), (
            C("trip_id", "NONE", _key),
            C("vendor_id", "NONE", lambda p, c: c.rng.randint(1, 2)),
            C("passenger_count", "NONE", lambda p, c: c.rng.randint(1, 6)),
            C("trip_distance", "NONE", lambda p, c: round(c.rng.uniform(0.3, 30), 2)),
            C("fare_amount", "NONE", lambda p, c: round(c.rng.uniform(3, 90), 2)),
            C("pickup_at", "NONE", _stamp_col),
        )),
        Table("support_tickets", ("en_US", "en_GB", "es_ES", "de_DE", "fr_FR", "it_IT", "nl_NL"), (
            C("ticket_id", "NONE", _key),
            C("subject", "NONE", lambda p, c: c.rng.choice(("Login problem", "Refund", "Damaged parcel", "Address change", "Bug report"))),
            C("body", "FREE_TEXT_PII", _ticket_body, "names, e-mails, phones and addresses inside sentences"),
            C("payload", "EMAIL|PHONE", _payload, "JSON text with contact.email and contact.phone"),
            C("priority", "NONE", lambda p, c: c.rng.choice(("low", "normal", "high"))),
            C("channel", "NONE", lambda p, c: c.rng.choice(("email", "chat", "phone", "web form")), "contact channel names, not contacts"),
            C("resolved_at", "NONE", _sometimes(0.8, _stamp_col)),
            C("agent", "PERSON_NAME", lambda p, c: c.fake().first_name()),
            C("created_at", "NONE", _stamp_col),
        )),
        Table("legacy_import", ("en_US", "en_GB", "es_ES", "de_DE", "it_IT", "nl_NL", "pt_BR"), (
            C("id", "NONE", _key),
            C("col_17", "EMAIL", lambda p, c: p["email"], "cryptic name"),
            C("attr3", "PHONE", lambda p, c: p["phone"], "cryptic name"),
            C("data", "PERSON_NAME", lambda p, c: p["name"], "cryptic name"),
            C("f1", "BANK_ACCOUNT", lambda p, c: p["iban"], "cryptic name: IBANs"),
            C("f2", "NONE", lambda p, c: f"{c.rng.choice(string.ascii_uppercase)}{_digits(c.rng, 7)}", "cryptic name: codes"),
            C("value", "NONE", lambda p, c: round(c.rng.gauss(100, 30), 3)),
            C("col_18", "NONE", _stamp_col, "cryptic name: timestamps"),
            C("passenger", "PERSON_NAME", lambda p, c: f"{c.fake().last_name().upper()}/{c.fake().first_name().upper()}",
              "airline-style SURNAME/GIVEN names"),
            C("attr4", "GOV_ID", lambda p, c: c.fake("pt_BR").cpf(), "cryptic name: Brazilian CPF"),
        )),
        Table("newsletter", ("en_US", "en_GB", "fr_FR", "nl_NL"), (
            C("subscriber_id", "NONE", _key),
            C("list_name", "NONE", lambda p, c: c.rng.choice(("weekly", "offers", "product-news"))),
            C("language", "NONE", lambda p, c: p["locale"][:2]),
            C("opt_in", "NONE", lambda p, c: int(c.rng.random() < 0.7)),
            C("secondary_email", "EMAIL", _sometimes(0.05, lambda p, c: p["email"]), "95% NULL"),
            C("subscribed_at", "NONE", _stamp_col),
        )),
    ]


def _file_tables() -> list[Table]:
    """The file datasets: a latin-1 `;` CSV export and nested JSON Lines (dotted columns)."""
    C = Column
    return [
        Table("customers_export.csv", ("fr_FR", "es_ES", "de_DE"), (
            C("numero_client", "NONE", lambda p, c: f"C-{20000 + c.row}"),
            C("nom", "PERSON_NAME", lambda p, c: p["last"]),
            C("prénom", "PERSON_NAME", lambda p, c: p["first"]),
            C("email", "EMAIL", lambda p, c: p["email"]),
            C("téléphone", "PHONE", lambda p, c: p["phone"]),
            C("adresse", "STREET_ADDRESS", lambda p, c: p["street"]),
            C("code_postal", "POSTAL_CODE", lambda p, c: p["postcode"]),
            C("ville", "CITY", lambda p, c: p["city"]),
            C("pays", "COUNTRY", lambda p, c: p["country"]),
            C("date_naissance", "DATE_OF_BIRTH", lambda p, c: p["dob"].strftime("%d/%m/%Y")),
            C("iban", "BANK_ACCOUNT", lambda p, c: p["iban"]),
            C("montant", "NONE", lambda p, c: f"{c.rng.uniform(1, 999):.2f}".replace(".", ","), "decimal comma"),
            C("derniere_commande", "NONE", lambda p, c: _day(c.rng, date(2020, 1, 1), date(2025, 1, 1)).strftime("%d/%m/%Y")),
        )),
        Table("orders.jsonl", ("en_US", "en_GB", "de_DE", "it_IT", "pt_BR"), (
            C("event_id", "NONE", lambda p, c: c.fake().uuid4()),
            C("created_at", "NONE", _stamp_col),
            C("customer.name", "PERSON_NAME", lambda p, c: p["name"]),
            C("customer.email", "EMAIL", lambda p, c: p["email"]),
            C("customer.phone", "PHONE", _sometimes(0.7, lambda p, c: p["phone"]), "30% null"),
            C("customer.birth_date", "DATE_OF_BIRTH", lambda p, c: p["dob"].isoformat()),
            C("customer.address.street", "STREET_ADDRESS", lambda p, c: p["street"]),
            C("customer.address.city", "CITY", lambda p, c: p["city"]),
            C("customer.address.postcode", "POSTAL_CODE", lambda p, c: p["postcode"]),
            C("customer.address.country", "COUNTRY", lambda p, c: p["country_code"]),
            C("order.number", "NONE", _order_number, "phone-like digit groups"),
            C("order.sku", "NONE", lambda p, c: f"SKU-{_digits(c.rng, 5)}"),
            C("order.total", "NONE", lambda p, c: round(c.rng.uniform(5, 900), 2)),
            C("order.currency", "NONE", lambda p, c: c.rng.choice(("EUR", "USD", "GBP", "BRL"))),
            C("payment.card", "PAYMENT_CARD", lambda p, c: card_number(c.fake(), c.rng)),
            C("device.ip", "IP_ADDRESS", _ip),
            C("device.user_agent", "OPTIONAL", lambda p, c: c.fake().user_agent(), "browser fingerprint component"),
        )),
    ]
