"""Names in text of any language at a low rate (issue 11): comment and delivery-note columns
where one value in ten names a person after a title (`Rückruf von Frau Berger`, `llamar a la
Sra. Ortega`) hold personal data, though the English NER model's persons don't count in text it
doesn't know; brands and titles of works that look alike (`Dr. Oetker`, `Herr der Ringe`,
`Pan Am`) don't (piiscan.detect.honorifics). Through piiscan.scan() on a real SQLite file."""

import random

N = 200
DE = ["Lieferung an der Hintertür abstellen", "Bitte vorher anrufen", "Paket beim Nachbarn abgeben",
      "Klingel defekt, bitte klopfen", "Zustellung nur vormittags"]
DE_NAMES = ["Rückruf von Frau Berger erbeten", "Paket bei Herrn Huber abgeben", "Frau Dr. Wagner informiert",
            "Abholung durch Herrn Novak"]
ES = ["Cliente satisfecho con el servicio", "Revisar factura del mes pasado", "Sin incidencias",
      "Pendiente de confirmar la entrega"]
ES_NAMES = ["Llamar a la Sra. Ortega mañana", "Habló con el Sr. García", "Confirmado por la Sra. Jiménez",
            "Enviar copia al Sr. Morales"]
LOOKALIKES = ["Lieferung mit Produkten von Dr. Oetker", "Bestellung Don Quijote Gesamtausgabe",
              "Herr der Ringe vorrätig", "Poster Pan Am vintage"]


def mixed(rng, base, names, rate):
    return [rng.choice(names) if rng.random() < rate else rng.choice(base) for _ in range(N)]


def test_a_title_and_a_name_in_a_few_comments_is_personal_data_in_any_language(scan_columns):
    rng = random.Random(41)
    cats = scan_columns({
        "lieferungen": {"id": list(range(N)), "hinweis": mixed(rng, DE, DE_NAMES, 0.1)},
        "tickets": {"id": list(range(N)), "nota": mixed(rng, ES, ES_NAMES, 0.08)},
        "bestellnotizen": {"id": list(range(N)), "notiz": mixed(rng, DE, LOOKALIKES, 0.2)},
        "ohne_namen": {"id": list(range(N)), "hinweis": [rng.choice(DE) for _ in range(N)]},
    })
    assert cats("lieferungen", "hinweis") == {"PERSON_NAME"}
    assert cats("tickets", "nota") == {"PERSON_NAME"}
    found = cats.catalog.column("tickets", "nota").top
    assert found.entity == "PERSON" and 0.6 <= found.confidence < 0.9
    assert any("title and a name" in e.detail for e in found.evidence)
    assert not cats("bestellnotizen", "notiz")
    assert not cats("ohne_namen", "hinweis")


NL = ["Na 18:00 bezorgen", "Factuur 2026-114", "Bij de receptie", "Niet buiten", "Levering 12-11 ochtend"]


def test_a_phone_number_in_a_few_short_notes_is_personal_data_but_dates_and_references_are_not(scan_columns):
    rng = random.Random(42)
    phones = [f"Bel +31 20 {rng.randint(100, 999)} {rng.randint(1000, 9999)}" for _ in range(30)]  # too short for free text
    cats = scan_columns({
        "zendingen": {"id": list(range(N)), "instructie": mixed(rng, NL, phones, 0.1)},
        "leveringen": {"id": list(range(N)), "instructie": [rng.choice(NL) for _ in range(N)]},
    })
    assert "PHONE" in cats("zendingen", "instructie")
    assert cats.catalog.column("zendingen", "instructie").content == "free_text"
    assert not cats("leveringen", "instructie")
