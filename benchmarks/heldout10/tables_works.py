"""h10_works.sqlite: a Tannat winery near Carmelo (Uruguay), a Fès tannery (Morocco), a cigar
factory in Pinar del Río (Cuba), a Potosí mining cooperative (Bolivia) and a felt-carpet
workshop in Kochkor (Kyrgyzstan): things beside the people who work there."""

from __future__ import annotations

import datetime as dt

from stdnum.ma import ice

from benchmarks.heldout3.model import col, table
from benchmarks.heldout10 import ids
from benchmarks.heldout10.makers import (bcrypt_hash, blob, born, const, coord, date_between, digits, email,
                                         family, free_text, full, given, hexdigest, ipv4, maybe, money, number,
                                         other_full, phone, pick, sex_as, sha256_crypt, street, town, version4)
from benchmarks.heldout10.places import BO, BO_DEPT, CU, KG, MA, UY

D = dt.date
UY_MOBILE = ("09# ### ###", "09#######", "+598 9# ### ###")


def uy_tanques():
    return table("tanques", 320, "en_US", [
        col("id_tanque", "INTEGER", "NONE", lambda r: r.i + 1),
        col("codigo", "TEXT", "NONE", lambda r: f"TQ-{r.rng.randint(1, 60):02d}-{r.rng.choice('ABCD')}"),
        col("capacidad_l", "INTEGER", "NONE", pick(2500, 5000, 7500, 10000, 15000)),
        col("variedad", "TEXT", "NONE", pick("Tannat", "Albariño", "Merlot", "Cabernet Franc", "Marselan", "Sauvignon Blanc")),
        col("localidad", "TEXT", "NONE", town(UY), "thing-qi"),
        col("departamento", "TEXT", "NONE", town(UY, 1), "thing-qi"),
        col("cod_postal", "TEXT", "NONE", town(UY, 2), "thing-qi"),
        col("fecha_nacimiento", "TEXT", "NONE", date_between(D(1998, 1, 1), D(2024, 6, 1), "%d/%m/%Y"), "lying-name"),
        col("lote", "TEXT", "NONE", lambda r: f"70{r.rng.randint(0, 999):03d}", "shape-alike"),
        col("sensor_ip", "TEXT", "NONE", ipv4((10, 192)), "thing-qi"),
        col("firmware", "TEXT", "NONE", version4, "shape-alike"),
        col("temp_c", "REAL", "NONE", money(8, 28, 1)),
        col("brix", "REAL", "NONE", money(0, 26, 1)),
        col("telefono", "TEXT", "NONE", lambda r: f"V{r.rng.randint(1, 40):02d}-{r.rng.randint(1, 9)}{r.rng.choice('ABC')}", "lying-name"),
        col("responsable", "TEXT", "PERSON_NAME", full(UY)),
        col("geo", "TEXT", "NONE", coord(-34.00, -58.28), "thing-qi"),
        col("estado", "TEXT", "NONE", const("activo"), "constant"),
    ])


UY_NOTES_PLAIN = ("Buen rendimiento en la cuadrilla.", "Trae su propia tijera.", "Prefiere turno de mañana.",
                  "Sin observaciones.", "Repite zafra.", "Cosecha manual en parcela 4.", "")
UY_NOTES_PII = ("Avisar a su madre {name} al {phone} si no llega.", "Vive con {name}, mismo transporte.",
                "Recomendado por {name} ({phone}).")


def uy_cosecheros():
    return table("cosecheros", 600, "en_US", [
        col("legajo", "INTEGER", "NONE", lambda r: 1000 + r.i),
        col("nombre", "TEXT", "PERSON_NAME", given(UY)),
        col("apellidos", "TEXT", "PERSON_NAME", lambda r: f"{r.rng.choice(UY.family)} {r.rng.choice(UY.family)}"),
        col("ci", "TEXT", "GOV_ID", lambda r: ids.uy_ci(r.rng, r.rng.choice(("dots", "dots", "plain")))),
        col("fec_nac", "TEXT", "DATE_OF_BIRTH", born("%d/%m/%Y")),
        col("sexo", "TEXT", "GENDER", sex_as("F", "M")),
        col("celular", "TEXT", "PHONE", phone(*UY_MOBILE)),
        col("correo", "TEXT", "EMAIL", maybe(0.6, email("nombre", "apellidos", ("gmail.com", "adinet.com.uy", "hotmail.com")))),
        col("domicilio", "TEXT", "STREET_ADDRESS", street(UY)),
        col("localidad", "TEXT", "CITY", town(UY)),
        col("departamento", "TEXT", "STATE_REGION", town(UY, 1)),
        col("cp", "TEXT", "POSTAL_CODE", town(UY, 2)),
        col("jornal_uyu", "REAL", "OTHER_PII", money(1400, 2600), "other-pii"),
        col("categoria", "TEXT", "OPTIONAL", pick("cosechero", "podador", "capataz", "tractorista"), "optional"),
        col("mutualista", "TEXT", "OTHER_PII", pick("CASMU", "Médica Uruguaya", "COMECA", "ASSE", "Hospital Evangélico"), "other-pii health"),
        col("altura_cm", "INTEGER", "OTHER_PII", number(150, 195), "other-pii"),
        col("ingreso", "TEXT", "OPTIONAL", date_between(D(2015, 1, 1), D(2026, 2, 1)), "optional"),
        col("rut_empresa", "TEXT", "NONE", lambda r: ids.uy_company_rut(r.rng), "shape-alike"),
        col("obs", "TEXT", "FREE_TEXT_PII", free_text(0.1, UY_NOTES_PLAIN, UY_NOTES_PII,
                                                      lambda r: {"name": full(UY)(r), "phone": phone(*UY_MOBILE)(r)}), "free-text"),
    ])


def uy_jornales():
    return table("jornales", 900, "en_US", [
        col("id", "INTEGER", "NONE", lambda r: r.i + 1),
        col("legajo", "INTEGER", "NONE", number(1000, 1599)),
        col("fecha", "TEXT", "NONE", date_between(D(2026, 2, 1), D(2026, 4, 15))),
        col("tanque", "TEXT", "NONE", lambda r: f"TQ-{r.rng.randint(1, 60):02d}"),
        col("kg", "INTEGER", "OPTIONAL", number(150, 900), "optional"),
        col("importe", "REAL", "OTHER_PII", money(1400, 3200), "other-pii"),
        col("c7", "TEXT", "PHONE", phone(*UY_MOBILE), "cryptic-name"),
        col("f_08", "TEXT", "NONE", hexdigest(40), "cryptic-name"),
        col("attr3", "TEXT", "CITY", town(UY), "cryptic-name"),
        col("medio_pago", "TEXT", "NONE", pick("BROU", "efectivo", "Redpagos", "Abitab")),
        col("dob", "TEXT", "NONE", date_between(D(2025, 12, 1), D(2026, 2, 1)), "lying-name"),
    ])


def _ice(r):
    while True:
        value = f"00{r.rng.randint(0, 10**13 - 1):013d}"
        if ice.is_valid(value):
            return value


def ma_fosses():
    return table("fosses", 400, "en_US", [
        col("id_fosse", "INTEGER", "NONE", lambda r: r.i + 1),
        col("couleur", "TEXT", "NONE", pick("safran", "henné", "indigo", "coquelicot", "menthe", "cèdre")),
        col("bain", "TEXT", "NONE", pick("chaux", "fiente de pigeon", "teinture", "rinçage")),
        col("quartier", "TEXT", "NONE", pick("Chouara", "Sidi Moussa", "Ain Azliten", "Blida"), "thing-qi"),
        col("ville", "TEXT", "NONE", const("Fès"), "thing-qi constant"),
        col("code_postal", "TEXT", "NONE", pick("30110", "30000", "30200"), "thing-qi"),
        col("profondeur_cm", "INTEGER", "NONE", number(80, 160)),
        col("peau", "TEXT", "NONE", pick("chèvre", "mouton", "vache", "dromadaire")),
        col("lot", "TEXT", "NONE", lambda r: "06" + digits(8)(r), "shape-alike"),
        col("ice_fournisseur", "TEXT", "NONE", _ice, "shape-alike"),
        col("maallem", "TEXT", "PERSON_NAME", full(MA)),
        col("date_naissance", "TEXT", "NONE", date_between(D(1990, 1, 1), D(2025, 1, 1), "%d/%m/%Y"), "lying-name"),
        col("gps", "TEXT", "NONE", coord(34.066, -4.971, 0.002), "thing-qi"),
    ])


def _rib(r):
    bank, city, acct = r.rng.choice(("007", "011", "145", "230", "190")), f"{r.rng.randint(100, 999)}", digits(16)(r)
    key = 97 - (int(bank + city + acct) * 100) % 97
    return f"{bank} {city} {acct} {key:02d}"


MA_NOTES = ("Travail bien fait, peaux livrées à temps.", "Khddam m3a l'équipe dyal sbagha.", "Ma kayn walou.",
            "Doit nettoyer la fosse 12 avant vendredi.", "Congé pendant l'Aïd.", "Formation sur la teinture naturelle.")


def ma_artisans():
    return table("artisans", 500, "en_US", [
        col("id", "INTEGER", "NONE", lambda r: r.i + 1),
        col("smiya", "TEXT", "PERSON_NAME", given(MA), "cryptic-name"),
        col("knya", "TEXT", "PERSON_NAME", family(MA), "cryptic-name"),
        col("tarikh_zyada", "TEXT", "DATE_OF_BIRTH", born("%d/%m/%Y"), "cryptic-name"),
        col("ra9m_lbita9a", "TEXT", "GOV_ID", lambda r: ids.ma_cin(r.rng), "cryptic-name"),
        col("tilifun", "TEXT", "PHONE", phone("06########", "07########", "+212 6## ## ## ##", "06-##-##-##-##")),
        col("l3onwan", "TEXT", "STREET_ADDRESS", lambda r: f"{r.rng.choice(MA.streets)} n° {r.rng.randint(1, 120)}", "cryptic-name"),
        col("lmdina", "TEXT", "CITY", town(MA), "cryptic-name"),
        col("jins", "TEXT", "GENDER", sex_as("أنثى", "ذكر"), "cryptic-name"),
        col("ojra", "REAL", "OTHER_PII", money(2200, 5200), "other-pii cryptic-name"),
        col("mrd", "TEXT", "OTHER_PII", maybe(0.4, pick("asthme", "dermatite", "allergie au chrome", "lombalgie", "hypertension")), "health cryptic-name"),
        col("lhala_l3a2iliya", "TEXT", "OTHER_PII", pick("marié", "célibataire", "veuf", "divorcé"), "other-pii cryptic-name"),
        col("n_wlad", "INTEGER", "OPTIONAL", number(0, 6), "optional"),
        col("cnss", "TEXT", "GOV_ID", digits(9)),
        col("rib", "TEXT", "BANK_ACCOUNT", _rib),
        col("mlahada", "TEXT", "NONE", pick(*MA_NOTES), "free-text-none"),
    ])


def cu_vitolas():
    return table("vitolas", 350, "en_US", [
        col("id", "INTEGER", "NONE", lambda r: r.i + 1),
        col("vitola", "TEXT", "NONE", pick("Robusto", "Corona", "Lancero", "Petit Corona", "Churchill", "Pirámide", "Panetela")),
        col("galera", "TEXT", "NONE", pick("Galera 1", "Galera 2", "Galera 3", "Escogida")),
        col("largo_mm", "INTEGER", "NONE", number(110, 192)),
        col("cepo", "INTEGER", "NONE", number(26, 54)),
        col("capa", "TEXT", "NONE", pick("Corojo", "Criollo 98", "Habana 2000", "San Luis")),
        col("anillo", "TEXT", "NONE", lambda r: "5" + digits(7)(r), "shape-alike"),
        col("codigo_barras", "TEXT", "NONE", lambda r: "850" + digits(10)(r), "shape-alike"),
        col("municipio", "TEXT", "NONE", town(CU), "thing-qi"),
        col("cp_fabrica", "TEXT", "NONE", town(CU, 2), "thing-qi"),
        col("precio_usd", "REAL", "NONE", money(4, 38)),
        col("tabaquero_jefe", "TEXT", "PERSON_NAME", full(CU)),
        col("peso_g", "REAL", "NONE", money(6, 22, 1)),
        col("humedad", "REAL", "NONE", money(62, 75, 1)),
    ])


def cu_torcedores():
    def addr(r):
        s1, s2, s3 = r.rng.sample(CU.streets, 3)
        return f"{s1} #{r.rng.randint(1, 300)} e/ {s2.replace('Calle ', '')} y {s3.replace('Calle ', '')}, {town(CU)(r)}"

    return table("torcedores", 450, "en_US", [
        col("id", "INTEGER", "NONE", lambda r: r.i + 1),
        col("nombre_completo", "TEXT", "PERSON_NAME", lambda r: f"{given(CU)(r)} {r.rng.choice(CU.family)} {r.rng.choice(CU.family)}"),
        col("ci", "TEXT", "GOV_ID", lambda r: ids.cu_ni_number(r.rng, r.born, r.sex)),
        col("sexo", "TEXT", "GENDER", sex_as("F", "M")),
        col("fecha_nac", "TEXT", "DATE_OF_BIRTH", maybe(0.7, born("%d-%m-%Y"))),
        col("direccion", "TEXT", "STREET_ADDRESS|CITY", addr, "composite"),
        col("movil", "TEXT", "PHONE", phone("+53 5### ####", "5#######", "53 5#######")),
        col("salario_cup", "REAL", "OTHER_PII", money(3500, 9000), "other-pii"),
        col("norma_diaria", "INTEGER", "OPTIONAL", number(80, 160), "optional"),
        col("categoria", "TEXT", "OPTIONAL", pick("5ta", "6ta", "7ma", "9na"), "optional"),
        col("militancia", "TEXT", "OTHER_PII", pick("PCC", "UJC", "ninguna", "ninguna"), "other-pii"),
        col("padecimientos", "TEXT", "OTHER_PII", maybe(0.45, pick("asma", "hipertensión", "diabetes tipo 2", "artrosis de manos")), "health"),
        col("usuario", "TEXT", "OTHER_PII", lambda r: f"torc{r.i + 100:04d}", "other-pii"),
        col("clave", "TEXT", "CREDENTIAL", sha256_crypt, "secret"),
    ])


def bo_bocaminas():
    return table("bocaminas", 300, "en_US", [
        col("id", "INTEGER", "NONE", lambda r: r.i + 1),
        col("nombre", "TEXT", "NONE", lambda r: f"Bocamina {r.rng.choice(('Rosario', 'San Miguel', 'Candelaria', 'Pailaviri', 'Santa Rita', 'Mendieta'))} {r.rng.randint(1, 9)}", "lying-name"),
        col("nivel", "INTEGER", "NONE", number(1, 18)),
        col("mineral", "TEXT", "NONE", pick("Ag", "Sn", "Zn", "Pb-Ag")),
        col("ley_pct", "REAL", "NONE", money(0.2, 9.0)),
        col("cerro", "TEXT", "NONE", const("Cerro Rico"), "constant"),
        col("coordenadas", "TEXT", "NONE", coord(-19.619, -65.752, 0.01), "thing-qi"),
        col("altitud", "INTEGER", "NONE", number(4200, 4780)),
        col("ultima_inspeccion", "TEXT", "NONE", date_between(D(2025, 1, 1), D(2026, 11, 1))),
        col("ventilador_ip", "TEXT", "NONE", ipv4((172,)), "thing-qi"),
        col("encargado", "TEXT", "PERSON_NAME", full(BO)),
        col("tel_guardia", "TEXT", "OPTIONAL", phone("2-62#-####"), "optional"),
    ])


def bo_socios():
    return table("socios", 500, "en_US", [
        col("id", "INTEGER", "NONE", lambda r: r.i + 1),
        col("suti", "TEXT", "PERSON_NAME", lambda r: f"{given(BO)(r)} {r.rng.choice(BO.family)} {r.rng.choice(BO.family)}", "cryptic-name"),
        col("paqarisqa", "TEXT", "DATE_OF_BIRTH", born("%d/%m/%Y"), "cryptic-name"),
        col("ci", "TEXT", "GOV_ID", lambda r: ids.bo_ci(r.rng, r.rng.choice(BO_DEPT))),
        col("warmi_qhari", "TEXT", "GENDER", sex_as("warmi", "qhari"), "cryptic-name"),
        col("celular", "TEXT", "PHONE", phone("7#######", "6#######", "+591 7#######")),
        col("llaqta", "TEXT", "CITY", town(BO), "cryptic-name"),
        col("silicosis_grado", "TEXT", "OTHER_PII", pick("0", "I", "I", "II", "III"), "health"),
        col("ganancia_semanal_bs", "REAL", "OTHER_PII", money(300, 2500), "other-pii"),
        col("cuadrilla", "TEXT", "NONE", lambda r: f"C-{r.rng.randint(1, 40)}"),
        col("padrino", "TEXT", "PERSON_NAME", other_full(BO)),
        col("estado_civil", "TEXT", "OTHER_PII", pick("casado", "soltero", "concubino", "viudo"), "other-pii"),
        col("wawakuna", "INTEGER", "OPTIONAL", number(0, 8), "optional cryptic-name"),
        col("nro_asegurado_cns", "TEXT", "GOV_ID", lambda r: f"{r.born:%y%m%d}{r.rng.choice('ABCDEFGH')}{digits(3)(r)}"),
        col("foto", "BLOB", "OTHER_PII", blob(600, b"\xff\xd8\xff\xe0\x00\x10JFIF"), "binary other-pii"),
    ])


KG_NOTES = ("Жакшы чебер, буйрутманы убагында бүтүрөт.", "Кызыл жана көк түстөгү шырдактар.", "Жайлоодон жүн алып келет.",
            "Эскертүү жок.", "Көргөзмөгө катышат.", "Жаңы үлгүлөрдү үйрөнүп жатат.")


def kg_shyrdaktar():
    return table("шырдактар", 350, "en_US", [
        col("коду", "TEXT", "NONE", lambda r: f"SH-{r.i + 1:04d}"),
        col("өлчөмү", "TEXT", "NONE", pick("1x1.5", "2x3", "1.5x2", "3x4")),
        col("түсү", "TEXT", "NONE", pick("кызыл-көк", "сары-кара", "ак-кызыл", "көк-жашыл")),
        col("баасы", "REAL", "NONE", money(3000, 60000, 0)),
        col("туулган_күнү", "TEXT", "NONE", date_between(D(2024, 1, 1), D(2026, 11, 1)), "lying-name"),
        col("айыл", "TEXT", "NONE", const("Кочкор"), "thing-qi constant"),
        col("штрих_код", "TEXT", "NONE", lambda r: "470" + digits(10)(r), "shape-alike"),
        col("чебер", "TEXT", "PERSON_NAME", lambda r: f"{r.rng.choice(KG.female)} {r.rng.choice(KG.family)}а"),
        col("салмагы_кг", "REAL", "NONE", money(2, 25, 1)),
        col("pos_fw", "TEXT", "NONE", version4, "shape-alike"),
    ])


def kg_chebers():
    def fam(r):
        f = r.rng.choice(KG.family)
        return f + "а" if r.sex == "F" else f

    return table("чеберлер", 400, "en_US", [
        col("id", "INTEGER", "NONE", lambda r: r.i + 1),
        col("аты", "TEXT", "PERSON_NAME", given(KG)),
        col("фамилиясы", "TEXT", "PERSON_NAME", fam),
        col("ПИН", "TEXT", "GOV_ID", lambda r: ids.kg_pin(r.rng, r.born, r.sex)),
        col("туулган_жылы", "INTEGER", "DATE_OF_BIRTH", lambda r: r.born.year, "partial-format"),
        col("жынысы", "TEXT", "GENDER", sex_as("аял", "эркек")),
        col("телефон", "TEXT", "PHONE", phone("+996 555 ### ###", "0700 ### ###", "+996770######", "0550######")),
        col("дареги", "TEXT", "STREET_ADDRESS", street(KG)),
        col("айылы", "TEXT", "CITY", town(KG)),
        col("облусу", "TEXT", "STATE_REGION", town(KG, 1)),
        col("почта_индекси", "TEXT", "POSTAL_CODE", town(KG, 2)),
        col("эмгек_акы", "REAL", "OTHER_PII", money(12000, 35000, 0), "other-pii"),
        col("үй_бүлө_абалы", "TEXT", "OTHER_PII", pick("үйлөнгөн", "бойдок", "жесир", "ажырашкан"), "other-pii"),
        col("мал_саны", "INTEGER", "OTHER_PII", number(0, 120), "other-pii"),
        col("эскертүү", "TEXT", "NONE", pick(*KG_NOTES), "free-text-none"),
    ])


def bo_embarques():
    return table("embarques", 420, "en_US", [
        col("id", "INTEGER", "NONE", lambda r: r.i + 1),
        col("guia", "TEXT", "NONE", lambda r: f"GT-{r.rng.randint(100000, 999999)}"),
        col("camion_placa", "TEXT", "NONE", lambda r: f"{r.rng.randint(1000, 5999)}-{r.rng.choice(('PTS', 'ABC', 'KLM', 'XYZ'))}"),
        col("destino", "TEXT", "NONE", pick("Antofagasta", "Arica", "Oruro", "Vinto"), "thing-qi"),
        col("toneladas", "REAL", "NONE", money(8, 30, 2)),
        col("ley_ag_gt", "REAL", "NONE", money(100, 900, 0)),
        col("fecha_nac", "TEXT", "NONE", date_between(D(2026, 1, 1), D(2026, 11, 30)), "lying-name"),
        col("celular", "TEXT", "NONE", lambda r: "7" + digits(7)(r), "lying-name shape-alike"),
        col("precinto", "TEXT", "NONE", lambda r: ids.not_luhn(r.rng, 12), "shape-alike"),
        col("chofer", "TEXT", "PERSON_NAME", lambda r: f"{r.rng.choice(BO.male)} {r.rng.choice(BO.family)}"),
    ])


TABLES = (bo_embarques, uy_tanques, uy_cosecheros, uy_jornales, ma_fosses, ma_artisans, cu_vitolas, cu_torcedores,
          bo_bocaminas, bo_socios, kg_shyrdaktar, kg_chebers)
