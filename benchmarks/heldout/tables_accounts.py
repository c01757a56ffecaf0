"""English-locale people, accounts and secrets, free text and nested JSON of `heldout_ops`."""

from __future__ import annotations

import hashlib
import json

from benchmarks.heldout import ids
from benchmarks.heldout.model import TableContext, table
from benchmarks.heldout.people import ALL, EUROPE, ascii_fold, national_id, person

DB = "heldout_ops"


@table(DB, "residents", rows=380, columns=[
    ("resident_ref", "TEXT", "NONE", "reference R-000123"),
    ("title", "TEXT", "OPTIONAL", "honorific"),
    ("forename", "TEXT", "PERSON_NAME"),
    ("surname", "TEXT", "PERSON_NAME"),
    ("ref2", "TEXT", "GOV_ID", "cryptic-name: National Insurance number"),
    ("dob", "TEXT", "DATE_OF_BIRTH", "a true birth date under dob (dd/mm/yyyy)"),
    ("town", "TEXT", "CITY"),
    ("county", "TEXT", "STATE_REGION"),
    ("postcode", "TEXT", "POSTAL_CODE"),
    ("landline", "TEXT", "PHONE"),
    ("vehicle_reg", "TEXT", "OTHER_PII", "other-pii: the resident's car plate"),
    ("council_band", "TEXT", "NONE", "tax band A-H"),
])
def residents(ctx: TableContext, i: int) -> dict:
    p = person(ctx, "en_GB")
    fake = ctx.faker("en_GB")
    return {
        "resident_ref": f"R-{i + 1:06d}",
        "title": ctx.rng.choice(["Ms", "Mrs", "Miss", "Dr"]) if p.female else ctx.rng.choice(["Mr", "Mr", "Dr"]),
        "forename": p.first,
        "surname": p.last,
        "ref2": national_id(ctx, p),
        "dob": f"{p.born:%d/%m/%Y}",
        "town": p.city,
        "county": p.region,
        "postcode": p.postcode,
        "landline": p.phone,
        "vehicle_reg": fake.license_plate() if ctx.chance(0.7) else None,
        "council_band": ctx.rng.choice("ABCDEFGH"),
    }


@table(DB, "staff_in", rows=360, columns=[
    ("emp_code", "TEXT", "NONE", "employee code"),
    ("full_name", "TEXT", "PERSON_NAME"),
    ("uid_no", "TEXT", "GOV_ID", "cryptic-name: Aadhaar, Verhoeff check digit, grouped 4-4-4"),
    ("tax_ref", "TEXT", "GOV_ID", "PAN of a person"),
    ("gender", "TEXT", "GENDER"),
    ("mobile", "TEXT", "PHONE"),
    ("state", "TEXT", "STATE_REGION"),
    ("pincode", "TEXT", "POSTAL_CODE", "6 digits"),
    ("ctc_lpa", "REAL", "OTHER_PII", "other-pii: salary in lakh per annum"),
    ("blood_group", "TEXT", "OTHER_PII", "health"),
    ("grade", "TEXT", "NONE", "pay grade code"),
])
def staff_in(ctx: TableContext, i: int) -> dict:
    p = person(ctx, "en_IN", 21, 60)
    return {
        "emp_code": f"IN{ctx.rng.randint(100, 999)}{i:04d}",
        "full_name": p.full,
        "uid_no": national_id(ctx, p),
        "tax_ref": ids.in_pan(ctx.rng, p.last),
        "gender": ctx.rng.choices(["Female", "Male", "Other"], [48, 50, 2])[0],
        "mobile": p.phone,
        "state": p.region,
        "pincode": p.postcode,
        "ctc_lpa": round(ctx.rng.uniform(3.5, 42.0), 1),
        "blood_group": ctx.rng.choice(["O+", "A+", "B+", "AB+", "O-", "B-"]),
        "grade": ctx.rng.choice(["L1", "L2", "L3", "M1", "M2"]),
    }


def _login(ctx: TableContext, first: str, last: str) -> str:
    f, l = ascii_fold(first), ascii_fold(last)
    return ctx.rng.choice([f"{f[:1]}{l}", f"{f}.{l[:1]}", f"{l}{ctx.rng.randint(1, 99)}",
                           f"{ctx.rng.choice(['wolf', 'pixel', 'nord', 'luna', 'kiwi'])}_{ctx.rng.randint(10, 9999)}"])


def _password_hash(ctx: TableContext) -> str:
    raw = ctx.rng.randbytes(32)
    kind = ctx.rng.choice(["bcrypt", "argon2", "sha256", "pbkdf2"])
    if kind == "bcrypt":
        alphabet = "./ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
        return "$2b$12$" + "".join(ctx.rng.choice(alphabet) for _ in range(53))
    if kind == "argon2":
        return f"$argon2id$v=19$m=65536,t=3,p=4${raw[:16].hex()}${hashlib.sha256(raw).hexdigest()}"
    if kind == "pbkdf2":
        return f"pbkdf2_sha256$600000${raw[:6].hex()}${hashlib.sha256(raw).hexdigest()[:43]}="
    return hashlib.sha256(raw).hexdigest()


@table(DB, "user_accounts", rows=600, columns=[
    ("user_id", "INTEGER", "NONE", "key"),
    ("login", "TEXT", "OTHER_PII", "other-pii: login name (some name-derived, some handles)"),
    ("pw_hash", "TEXT", "CREDENTIAL", "bcrypt/argon2/pbkdf2/sha256 beside the login"),
    ("salt", "TEXT", "CREDENTIAL", "hex salt"),
    ("mfa_secret", "TEXT", "CREDENTIAL", "base32 TOTP secret"),
    ("api_key", "BLOB", "CREDENTIAL", "binary: 32-byte token stored as bytes"),
    ("last_login_ip", "TEXT", "IP_ADDRESS", "IPv4/IPv6 of a user"),
    ("last_login_at", "TEXT", "NONE"),
    ("failed_logins", "INTEGER", "NONE"),
    ("ui_locale", "TEXT", "NONE", "de_DE-like locale code"),
    ("email", "TEXT", "NONE", "lying-name: notification flag Y/N"),
])
def user_accounts(ctx: TableContext, i: int) -> dict:
    p = person(ctx, ctx.rng.choice(EUROPE))
    fake = ctx.faker("de_DE")
    base32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
    return {
        "user_id": i + 1,
        "login": _login(ctx, p.first, p.last),
        "pw_hash": _password_hash(ctx),
        "salt": ctx.rng.randbytes(16).hex(),
        "mfa_secret": "".join(ctx.rng.choice(base32) for _ in range(32)) if ctx.chance(0.6) else None,
        "api_key": ctx.rng.randbytes(32),
        "last_login_ip": fake.ipv4_public() if ctx.chance(0.8) else fake.ipv6(),
        "last_login_at": ctx.timestamp(),
        "failed_logins": ctx.rng.choices([0, 1, 2, 3, 5], [70, 15, 8, 5, 2])[0],
        "ui_locale": p.locale,
        "email": ctx.rng.choice(["Y", "N"]),
    }


@table(DB, "sessions", rows=800, columns=[
    ("session_id", "INTEGER", "NONE", "key"),
    ("user_id", "INTEGER REFERENCES user_accounts(user_id)", "NONE", "foreign key to user_accounts"),
    ("token", "BLOB", "CREDENTIAL", "binary: session secret as bytes"),
    ("client_ip", "TEXT", "IP_ADDRESS", "IP of the user's device"),
    ("user_agent", "TEXT", "OPTIONAL", "fingerprinting component"),
    ("started_at", "TEXT", "NONE"),
    ("duration_s", "INTEGER", "NONE"),
])
def sessions(ctx: TableContext, i: int) -> dict:
    fake = ctx.faker("fr_FR")
    return {
        "session_id": i + 1,
        "user_id": ctx.rng.randint(1, 600),
        "token": ctx.rng.randbytes(ctx.rng.choice([24, 32])),
        "client_ip": fake.ipv4_public(),
        "user_agent": fake.user_agent(),
        "started_at": ctx.timestamp(),
        "duration_s": ctx.rng.randint(5, 7200),
    }


@table(DB, "lieferadressen", rows=500, columns=[
    ("id", "INTEGER", "NONE", "key"),
    ("kunde_id", "INTEGER", "NONE", "foreign key"),
    ("empfaenger", "TEXT", "PERSON_NAME"),
    ("geo", "TEXT", "GEO_COORDINATES", "partial-format: WKT POINT(lon lat) of a home"),
    ("breite", "REAL", "GEO_COORDINATES", "latitude of a home"),
    ("laenge", "REAL", "GEO_COORDINATES", "longitude of a home"),
    ("plz", "TEXT", "POSTAL_CODE"),
    ("land", "TEXT", "COUNTRY", "country of a person's address"),
    ("zustellhinweis", "TEXT", "FREE_TEXT_PII", "free-text: courier notes, some naming a neighbour"),
])
def lieferadressen(ctx: TableContext, i: int) -> dict:
    p = person(ctx, ctx.rng.choice(["de_DE", "de_DE", "nl_NL", "fr_FR", "it_IT", "pl_PL"]))
    neighbour = person(ctx, p.locale)
    hints = ["Bitte beim Nachbarn abgeben.", "Hinterhof, 2. Etage.", "Klingel defekt, bitte anrufen.",
             "Paket in die Garage legen.", "Nicht vor 10 Uhr klingeln."]
    hint = (f"Falls nicht da, bei {neighbour.full} (Nr. {neighbour.house_number}) abgeben."
            if ctx.chance(0.12) else ctx.rng.choice(hints) if ctx.chance(0.6) else None)
    return {
        "id": i + 1,
        "kunde_id": ctx.rng.randint(1, 5000),
        "empfaenger": p.full,
        "geo": f"POINT({p.lon} {p.lat})",
        "breite": p.lat,
        "laenge": p.lon,
        "plz": p.postcode,
        "land": p.country_code,
        "zustellhinweis": hint,
    }


_TOPICS = [
    "Customer reports the invoice PDF is empty after download.",
    "Password reset link expired, sent a new one.",
    "Requested refund for order {order}; approved.",
    "Delivery delayed by carrier, informed customer.",
    "Kunde meldet falsche Lieferadresse, korrigiert.",
    "Le client demande une facture rectificative.",
    "App crashes on start (version {version}), forwarded to dev.",
    "Duplicate charge on card, reversed.",
]


@table(DB, "support_notes", rows=700, columns=[
    ("note_id", "INTEGER", "NONE", "key"),
    ("ticket_id", "INTEGER", "NONE"),
    ("body", "TEXT", "FREE_TEXT_PII", "free-text: ~10% of notes name a person or quote an e-mail"),
    ("summary", "TEXT", "NONE", "free text without personal data"),
    ("channel", "TEXT", "NONE"),
    ("created", "TEXT", "NONE"),
])
def support_notes(ctx: TableContext, i: int) -> dict:
    topic = ctx.rng.choice(_TOPICS).format(order=ids.luhn_failing(ctx.rng, 10), version=ids.version_string(ctx.rng))
    if ctx.chance(0.10):
        p = person(ctx, ctx.rng.choice(ALL))
        topic = ctx.rng.choice([f"{p.full} called back: {topic}", f"{topic} Reply to {p.email}.",
                                f"{topic} Spoke with {p.first} {p.last}."])
    return {
        "note_id": i + 1,
        "ticket_id": 30_000 + ctx.rng.randint(0, 4000),
        "body": topic,
        "summary": ctx.rng.choice(["billing", "delivery issue", "login problem", "app bug", "refund"]) + " - resolved",
        "channel": ctx.rng.choice(["phone", "email", "chat", "web"]),
        "created": ctx.timestamp(),
    }


@table(DB, "crm_payloads", rows=500, columns=[
    ("id", "INTEGER", "NONE", "key"),
    ("event", "TEXT", "NONE"),
    ("payload", "TEXT", "PERSON_NAME", "nested-json: names under customer.profile.{given,family}"),
    ("contacts", "TEXT", "PERSON_NAME|PHONE", "nested-json: array of {role, person:{fullName}, phones:[...]}"),
    ("meta", "TEXT", "NONE", "JSON without personal data (source, campaign, app version)"),
])
def crm_payloads(ctx: TableContext, i: int) -> dict:
    p = person(ctx, ctx.rng.choice(ALL))
    other = person(ctx, p.locale)
    payload = {"customer": {"id": 90_000 + i, "profile": {"given": p.first, "family": p.last},
                            "prefs": {"lang": p.locale[:2], "newsletter": ctx.chance(0.3)}}}
    contacts = [{"role": "billing", "person": {"fullName": p.full}, "phones": [p.phone]}]
    if ctx.chance(0.5):
        contacts.append({"role": "delivery", "person": {"fullName": other.full}, "phones": [other.phone]})
    meta = {"source": ctx.rng.choice(["web", "app", "pos"]), "campaign": f"cmp-{ctx.rng.randint(1, 40):03d}",
            "app": ids.version_string(ctx.rng)}
    return {
        "id": i + 1,
        "event": ctx.rng.choice(["signup", "update", "order", "unsubscribe"]),
        "payload": json.dumps(payload, ensure_ascii=False),
        "contacts": json.dumps(contacts, ensure_ascii=False),
        "meta": json.dumps(meta),
    }


@table(DB, "pagos", rows=600, columns=[
    ("id", "INTEGER", "NONE", "key"),
    ("titular", "TEXT", "PERSON_NAME", "card holder"),
    ("tarjeta", "TEXT", "PAYMENT_CARD", "Luhn-valid cards, grouped, ~10% masked"),
    ("referencia", "TEXT", "NONE", "shape-alike: grouped 16 digits failing Luhn"),
    ("cuenta", "TEXT", "BANK_ACCOUNT", "IBAN of the payer"),
    ("nacionalidad", "TEXT", "COUNTRY", "nationality of the payer"),
    ("importe", "REAL", "NONE"),
    ("comentario", "TEXT", "FREE_TEXT_PII", "free-text: ~8% quote an e-mail or a name"),
    ("fecha", "TEXT", "NONE"),
])
def pagos(ctx: TableContext, i: int) -> dict:
    p = person(ctx, ctx.rng.choice(["es_ES", "es_ES", "it_IT", "fr_FR", "pt_BR"]))
    card = ctx.faker("es_ES").credit_card_number(card_type=ctx.rng.choice(["visa16", "mastercard", "amex"]))
    groups = [card[k:k + 4] for k in range(0, len(card), 4)]
    shown = "XXXX-XXXX-XXXX-" + card[-4:] if ctx.chance(0.1) else ctx.rng.choice([" ", "-", ""]).join(groups)
    ref = ids.luhn_failing(ctx.rng)
    note = ctx.rng.choice(["Pago mensual", "Cuota de socio", "Devolución parcial", "Pago con retraso", None])
    if ctx.chance(0.08):
        note = ctx.rng.choice([f"Pagado por {p.full}", f"Enviar recibo a {p.email}"])
    return {
        "id": i + 1,
        "titular": p.full.upper() if ctx.chance(0.5) else p.full,
        "tarjeta": shown,
        "referencia": " ".join(ref[k:k + 4] for k in range(0, 16, 4)),
        "cuenta": ctx.faker(p.locale if p.locale != "pt_BR" else "es_ES").iban(),
        "nacionalidad": ctx.rng.choice(["española", "italiana", "francesa", "brasileña", "portuguesa", "marroquí"]),
        "importe": round(ctx.rng.uniform(5, 2500), 2),
        "comentario": note,
        "fecha": ctx.business_date().isoformat(),
    }
