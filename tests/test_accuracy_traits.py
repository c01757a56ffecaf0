"""Rows about people known by their attributes alone (issue 11): research extracts, survey
microdata, clinical trials and wage studies hold no name or key of a person, only age, sex,
education, pay, marital status, body measures, smoking and lab values, often under short or
coded names. Several kinds of such attributes together make the rows about people
(piiscan.context_traits); cars, animals, devices and goods with a weight or an age stay NONE.
Each case goes through piiscan.scan() on a real SQLite file."""

import random

N = 150


def test_a_wage_study_with_coded_names_is_about_people(scan_columns):
    rng = random.Random(11)
    cats = scan_columns({"cps_extract": {
        "hrwage": [round(rng.lognormvariate(2.8, 0.5), 2) for _ in range(N)],
        "educ": [rng.randint(8, 20) for _ in range(N)],
        "exper": [rng.randint(0, 40) for _ in range(N)],
        "female": [rng.choice([0, 1]) for _ in range(N)],
        "nonwhite": [rng.choice([0, 0, 0, 1]) for _ in range(N)],
        "married": [rng.choice([0, 1]) for _ in range(N)],
        "lwage": [round(rng.gauss(2.8, 0.5), 3) for _ in range(N)],
    }})
    assert cats("cps_extract", "educ") == {"OTHER_PII"}
    assert cats("cps_extract", "female") == {"GENDER"}
    assert cats("cps_extract", "nonwhite") == {"OTHER_PII"}
    assert cats("cps_extract", "married") == {"OTHER_PII"}
    assert cats("cps_extract", "lwage") == {"OTHER_PII"}
    found = cats.catalog.column("cps_extract", "female").top
    assert found.confidence < 0.9  # a weak name beside attributes: a moderate confidence
    assert any("attributes of people" in e.detail for e in found.evidence)


def test_a_clinical_trial_in_spanish_with_flags_and_lab_values_is_health_data(scan_columns):
    rng = random.Random(12)
    cats = scan_columns({"ensayo": {
        "id": list(range(1, N + 1)),
        "edad": [rng.randint(30, 85) for _ in range(N)],
        "sexo": [rng.choice([1, 2]) for _ in range(N)],
        "peso": [round(rng.gauss(75, 12), 1) for _ in range(N)],
        "fumador": [rng.choice(["si", "no"]) for _ in range(N)],
        "colesterol": [rng.randint(140, 320) for _ in range(N)],
        "tratamiento": [rng.choice(["placebo", "activo"]) for _ in range(N)],
        "visita": [rng.randint(1, 6) for _ in range(N)],
    }})
    for column in ("edad", "peso", "fumador", "colesterol", "tratamiento"):
        assert cats("ensayo", column) == {"OTHER_PII"}, column
    assert cats("ensayo", "sexo") == {"GENDER"}
    assert not cats("ensayo", "id") and not cats("ensayo", "visita")
    smoker = cats.catalog.column("ensayo", "fumador").top
    assert 0.5 <= smoker.confidence < 0.85  # a name and the table's subject, no value evidence


def test_things_with_a_weight_an_age_or_a_sex_stay_none(scan_columns):
    rng = random.Random(13)
    cats = scan_columns({
        "autos": {"mpg": [round(rng.uniform(9, 45), 1) for _ in range(N)],
                  "cylinders": [rng.choice([4, 6, 8]) for _ in range(N)],
                  "horsepower": [rng.randint(46, 230) for _ in range(N)],
                  "weight": [rng.randint(1600, 5100) for _ in range(N)],
                  "age": [rng.randint(0, 25) for _ in range(N)],
                  "origin": [rng.choice(["usa", "europe", "japan"]) for _ in range(N)]},
        "penguin_obs": {"species": [rng.choice(["Adelie", "Gentoo", "Chinstrap"]) for _ in range(N)],
                        "breed_site": [rng.choice(["north", "south"]) for _ in range(N)],
                        "body_mass_g": [rng.randint(2700, 6300) for _ in range(N)],
                        "sex": [rng.choice(["male", "female"]) for _ in range(N)],
                        "age": [rng.randint(1, 20) for _ in range(N)]},
        "sensor_log": {"voltage": [round(rng.gauss(3.3, 0.05), 3) for _ in range(N)],
                       "firmware": [rng.choice(["1.2.3", "1.2.4", "2.0.1"]) for _ in range(N)],
                       "age": [rng.randint(0, 2000) for _ in range(N)],
                       "weight": [round(rng.uniform(0.1, 2), 2) for _ in range(N)],
                       "smoke": [rng.choice([0, 1]) for _ in range(N)]},
        # two kinds of attributes (a weight and an age) are not enough: parcels have both
        "parcels": {"weight": [round(rng.uniform(0.1, 30), 2) for _ in range(N)],
                    "height": [rng.randint(5, 120) for _ in range(N)],
                    "age": [rng.randint(0, 30) for _ in range(N)]},
    })
    for table in ("autos", "penguin_obs", "sensor_log", "parcels"):
        for column in ("weight", "age", "sex", "smoke", "body_mass_g", "height"):
            try:
                found = cats(table, column)
            except KeyError:
                continue
            assert not found, (table, column, found)


def test_a_short_code_never_takes_a_postal_code_name_beside_attributes_of_people(scan_columns):
    rng = random.Random(14)
    cats = scan_columns({
        "heart_study": {"age": [rng.randint(29, 77) for _ in range(N)],
                        "sex": [rng.choice([0, 1]) for _ in range(N)],
                        "cp": [rng.choice([0, 1, 2, 3]) for _ in range(N)],
                        "chol": [rng.randint(126, 400) for _ in range(N)]},
        "adherents": {"nom": [rng.choice(["Moreau", "Lefebvre", "Girard", "Bonnet", "Dupont"]) for _ in range(N)],
                      "cp": [f"{rng.randint(1000, 95999):05d}" for _ in range(N)]},
    })
    assert "POSTAL_CODE" not in cats("heart_study", "cp")  # chest pain type 0-3: an attribute of the patient at most
    assert cats("heart_study", "chol") == {"OTHER_PII"}
    assert cats("heart_study", "age") == {"OTHER_PII"}
    assert cats("adherents", "cp") == {"POSTAL_CODE"}


def test_values_no_person_has_veto_a_measure_or_a_sex_by_name(scan_columns):
    rng = random.Random(15)
    cats = scan_columns({
        # garments: who they are for, their weight in kg, an age group: no person's sex or body
        "catalogue_items": {"item_code": [f"A{i:05d}" for i in range(N)],
                            "gender": [rng.choice(["Men", "Women", "Unisex"]) for _ in range(N)],
                            "age_group": [rng.choice(["Adult", "Kids"]) for _ in range(N)],
                            "weight": [round(rng.uniform(0.1, 2), 2) for _ in range(N)]},
        # a fleet extract: weights in lb of cars, ages in days, beside a smoker flag (a smoke test)
        "fleet_extract": {"weight": [rng.randint(1800, 5200) for _ in range(N)],
                          "age": [rng.randint(30, 3000) for _ in range(N)],
                          "height": [rng.randint(300, 900) for _ in range(N)],
                          "smoker": [rng.choice([0, 1]) for _ in range(N)]},
        # the same names over people's measures
        "cohort": {"weight": [round(rng.gauss(78, 14), 1) for _ in range(N)],
                   "age": [rng.randint(20, 90) for _ in range(N)],
                   "height": [rng.randint(150, 200) for _ in range(N)],
                   "smoker": [rng.choice([0, 1]) for _ in range(N)]},
    })
    for column in ("gender", "age_group", "weight"):
        assert not cats("catalogue_items", column), column
    for column in ("weight", "age", "height", "smoker"):
        assert not cats("fleet_extract", column), column
        assert cats("cohort", column) == {"OTHER_PII"}, column


def test_animals_sex_and_weight_are_not_personal(scan_columns):
    rng = random.Random(16)
    dogs = {"breed": [rng.choice(["Beagle", "Poodle", "Boxer"]) for _ in range(N)],
            "sex": [rng.choice(["M", "F"]) for _ in range(N)],
            "age": [rng.randint(1, 15) for _ in range(N)],
            "weight": [round(rng.uniform(3, 50), 1) for _ in range(N)],
            "height": [rng.randint(20, 80) for _ in range(N)]}
    people = {k: v for k, v in dogs.items() if k != "breed"}
    people["height"] = [rng.randint(150, 200) for _ in range(N)]
    cats = scan_columns({"kennel_intake": dogs, "intake": people})
    for column in ("sex", "age", "weight", "height"):
        assert not cats("kennel_intake", column), column
    assert cats("intake", "sex") == {"GENDER"}
    assert cats("intake", "age") == {"OTHER_PII"}


def test_attributes_of_people_outweigh_a_thing_word_in_the_table_name(scan_columns):
    rng = random.Random(17)
    cats = scan_columns({
        "bank_marketing": {"age": [rng.randint(18, 95) for _ in range(N)],
                           "marital": [rng.choice(["married", "single", "divorced"]) for _ in range(N)],
                           "education": [rng.choice(["primary", "secondary", "tertiary"]) for _ in range(N)],
                           "balance": [rng.randint(-800, 90000) for _ in range(N)]},
        # a product table keeps its name's word: a column named for goods is beside
        "store_products": {"age": [rng.randint(0, 12) for _ in range(N)],
                           "marital": [rng.choice(["married", "single"]) for _ in range(N)],
                           "education": [rng.choice(["primary", "secondary"]) for _ in range(N)],
                           "price": [round(rng.uniform(1, 90), 2) for _ in range(N)]},
    })
    for column in ("age", "marital", "education"):
        assert cats("bank_marketing", column) == {"OTHER_PII"}, column
        assert not cats("store_products", column), column


def test_census_codings_of_schooling_marital_status_and_household_are_known_by_their_values(scan_columns):
    rng = random.Random(18)
    cats = scan_columns({
        "census_extract": {"v1": [rng.randint(17, 90) for _ in range(N)],
                           "v2": [rng.choice(["HS-grad", "Some-college", "Bachelors", "11th", "Assoc-voc"]) for _ in range(N)],
                           "v3": [rng.choice(["Married-civ-spouse", "Never-married", "Divorced"]) for _ in range(N)],
                           "v4": [rng.choice(["Husband", "Wife", "Own-child", "Not-in-family"]) for _ in range(N)],
                           "sex": [rng.choice(["Male", "Female"]) for _ in range(N)]},
        # the same words about disks of servers: nothing personal
        "volumes": {"role": [rng.choice(["primary", "secondary", "tertiary"]) for _ in range(N)],
                    "status": [rng.choice(["married", "single"]) for _ in range(N)],
                    "size_gb": [rng.choice([128, 256, 512]) for _ in range(N)]},
    })
    for column in ("v2", "v3", "v4"):
        assert cats("census_extract", column) == {"OTHER_PII"}, column
    assert not cats("volumes", "role") and not cats("volumes", "status")


def test_a_trial_with_a_treatment_and_a_performance_score_beside_age_is_health_data(scan_columns):
    rng = random.Random(19)
    cats = scan_columns({
        "lung_trial": {"trt": [rng.choice([1, 2]) for _ in range(N)],
                       "karno": [rng.randint(10, 99) for _ in range(N)],
                       "age": [rng.randint(34, 81) for _ in range(N)],
                       "time": [rng.randint(1, 999) for _ in range(N)]},
        # the same words about goods, beside a stock-keeping unit: a surface treatment, wear
        "widgets_qc": {"treatment": [rng.choice(["anodized", "painted"]) for _ in range(N)],
                       "condition": [rng.choice(["new", "worn"]) for _ in range(N)],
                       "age": [rng.randint(0, 10) for _ in range(N)],
                       "weight": [round(rng.uniform(2, 30), 1) for _ in range(N)],
                       "sku": [f"W{i}" for i in range(N)]},
    })
    for column in ("trt", "karno", "age"):
        assert cats("lung_trial", column) == {"OTHER_PII"}, column
    assert not cats("lung_trial", "time")
    for column in ("treatment", "condition", "age", "weight"):
        assert not cats("widgets_qc", column), column


def test_a_sex_its_values_establish_and_an_age_make_a_passenger_list(scan_columns):
    rng = random.Random(20)
    cats = scan_columns({
        "voyage_1912": {"pclass": [rng.choice([1, 2, 3]) for _ in range(N)],
                        "sex": [rng.choice(["male", "female"]) for _ in range(N)],
                        "age": [rng.randint(1, 80) for _ in range(N)],
                        "fare": [round(rng.uniform(0, 500), 2) for _ in range(N)]},
        # a connector's gender and age beside a part number: things
        "connector_stock": {"gender": [rng.choice(["male", "female"]) for _ in range(N)],
                            "age": [rng.randint(0, 12) for _ in range(N)],
                            "sku": [f"C-{i}" for i in range(N)]},
        # a coded sex does not establish itself: an age beside it stays undecided
        "t_9": {"sex": [rng.choice([1, 2]) for _ in range(N)], "age": [rng.randint(1, 80) for _ in range(N)]},
    })
    assert cats("voyage_1912", "age") == {"OTHER_PII"}
    assert cats("voyage_1912", "fare") <= {"OTHER_PII"}  # what a passenger paid: an attribute of theirs, if anything
    assert not cats("connector_stock", "age")
    assert not cats("t_9", "age")


def test_surveys_in_german_and_spanish_are_about_people_a_german_fleet_is_not(scan_columns):
    rng = random.Random(22)
    cats = scan_columns({
        "befragung_2021": {"lfd_nr": list(range(N)), "alter": [rng.randint(18, 90) for _ in range(N)],
                           "geschlecht": [rng.choice([1, 2]) for _ in range(N)],
                           "einkommen": [rng.randint(800, 7000) for _ in range(N)],
                           "raucher": [rng.choice(["ja", "nein"]) for _ in range(N)]},
        "encuesta_salud": {"folio": list(range(N)), "edad": [rng.randint(18, 90) for _ in range(N)],
                           "imc": [round(rng.uniform(17, 40), 1) for _ in range(N)],
                           "fumador": [rng.choice(["si", "no"]) for _ in range(N)],
                           "hipertension": [rng.choice([0, 1]) for _ in range(N)]},
        "fahrzeuge": {"alter": [rng.randint(0, 20) for _ in range(N)],
                      "gewicht": [rng.randint(900, 3500) for _ in range(N)],
                      "leistung_kw": [rng.randint(50, 300) for _ in range(N)]},
    })
    for column in ("alter", "einkommen", "raucher"):
        assert cats("befragung_2021", column) == {"OTHER_PII"}, column
    assert cats("befragung_2021", "geschlecht") == {"GENDER"}
    for column in ("edad", "imc", "fumador", "hipertension"):
        assert cats("encuesta_salud", column) == {"OTHER_PII"}, column
    assert not cats("befragung_2021", "lfd_nr") and not cats("encuesta_salud", "folio")
    for column in ("alter", "gewicht", "leistung_kw"):
        assert not cats("fahrzeuge", column), column


def test_deciding_again_from_the_evidence_summaries_agrees_with_the_scan(scan_columns):
    from piiscan.store.redecide import redecide

    rng = random.Random(23)
    cats = scan_columns({
        "fleet_extract": {"weight": [rng.randint(1800, 5200) for _ in range(N)],
                          "age": [rng.randint(30, 3000) for _ in range(N)],
                          "smoker": [rng.choice([0, 1]) for _ in range(N)],
                          "educ": [rng.randint(8, 20) for _ in range(N)]},
        "cohort": {"weight": [round(rng.gauss(78, 14), 1) for _ in range(N)],
                   "age": [rng.randint(20, 90) for _ in range(N)],
                   "smoker": [rng.choice([0, 1]) for _ in range(N)],
                   "educ": [rng.randint(8, 20) for _ in range(N)]},
    })
    again = redecide(cats.catalog, cats.catalog.settings["min_confidence"])
    assert [c.categories for c in again] == [c.categories for c in cats.catalog]
    assert cats("cohort", "weight") == {"OTHER_PII"} and not cats("fleet_extract", "weight")


def test_smoking_statuses_are_health_values_beside_people_not_on_a_menu(scan_columns):
    rng = random.Random(24)
    statuses = ["formerly smoked", "never smoked", "smokes", "Unknown"]
    cats = scan_columns({
        "stroke_cohort": {"age": [rng.randint(1, 82) for _ in range(N)],
                          "gender": [rng.choice(["Male", "Female"]) for _ in range(N)],
                          "smoking_status": [rng.choice(statuses) for _ in range(N)]},
        "menu_items": {"dish": [rng.choice(["smoked salmon", "smoked ham", "grilled trout"]) for _ in range(N)],
                       "price": [round(rng.uniform(5, 30), 2) for _ in range(N)]},
    })
    assert cats("stroke_cohort", "smoking_status") == {"OTHER_PII"}
    assert not cats("menu_items", "dish")


GIVEN = ["Anna", "Lukas", "Maria", "Jonas", "Elena", "Paul", "Sofia", "Felix", "Ines", "Tomas", "Karin", "Marek"]
FAMILY = ["Berger", "Huber", "Wagner", "Novak", "Rossi", "Lindqvist", "Dubois", "Keller", "Ozols", "Horvat"]


def test_sex_coded_1_and_2_under_a_cryptic_name_only_beside_people(scan_columns):
    """ISO/IEC 5218 codes (1 male, 2 female) in a staging extract's `c5`: a gender beside a
    person's name; not in a table nothing says is about people; and where two columns hold
    the same codes, neither is reported (which is the sex?)."""
    rng = random.Random(14)
    cats = scan_columns({
        "stg_a": {"c1": [f"{rng.choice(GIVEN)} {rng.choice(FAMILY)}" for _ in range(N)], "c5": [rng.choice([1, 2]) for _ in range(N)],
                  "c6": [rng.randint(1, 500) for _ in range(N)]},
        "stg_b": {"c1": [f"SKU-{i}" for i in range(N)], "c5": [rng.choice([1, 2]) for _ in range(N)],
                  "c6": [rng.randint(1, 500) for _ in range(N)]},
        "stg_c": {"c1": [f"{rng.choice(GIVEN)} {rng.choice(FAMILY)}" for _ in range(N)], "c5": [rng.choice([1, 2]) for _ in range(N)],
                  "c8": [rng.choice([1, 2]) for _ in range(N)]},
    })
    assert cats("stg_a", "c5") == {"GENDER"}
    assert not cats("stg_b", "c5")
    assert not cats("stg_c", "c5") and not cats("stg_c", "c8")


def test_survey_microdata_makes_its_other_columns_attributes_of_people(make_sqlite):
    """Sex, age, schooling and marital status with no direct identifier: respondents, so the
    cryptic columns of numbers and codes beside them are theirs too (`lwt`, `re74`, `grp`);
    the serial, the survey year and a constant are not. Beside a name the table is no
    microdata and those columns stay unreported."""
    import random

    import piiscan

    rng = random.Random(11)
    n = 150
    rows = [(i + 1, rng.choice(["male", "female"]), rng.randint(18, 80), rng.randint(6, 20), rng.choice(["yes", "no"]),
             rng.randint(90, 250), round(rng.uniform(0, 25000), 2), rng.choice(["a", "b", "c"]), rng.choice([1974, 1975]), 1)
            for i in range(n)]
    cols = ["id", "sex", "age", "educ", "married", "lwt", "re74", "grp", "year", "wave"]
    path = make_sqlite({"survey": (cols, rows)})
    found = {c.column: set(c.categories) for c in piiscan.scan(f"sqlite:///{path}", sample_size=150, jobs=1)}
    for column in ("lwt", "re74", "grp"):
        assert found[column] == {"OTHER_PII"}, (column, found[column])
    for column in ("id", "year", "wave"):
        assert not found[column], (column, found[column])
    named = make_sqlite({"survey": (["full_name", *cols], [(f"Anna {rng.choice(['Berg', 'Holm', 'Lund'])}{i}", *row)
                                                          for i, row in enumerate(rows)])}, name="named.sqlite")
    found = {c.column: set(c.categories) for c in piiscan.scan(f"sqlite:///{named}", sample_size=150, jobs=1)}
    assert not found["lwt"] and not found["grp"]


def test_a_couples_survey_names_the_wifes_and_the_husbands_attributes_by_a_last_letter(scan_columns):
    rng = random.Random(31)
    cats = scan_columns({
        "couples_1975": {
            "agew": [rng.randint(30, 60) for _ in range(N)], "educw": [rng.randint(5, 17) for _ in range(N)],
            "wagew": [round(rng.uniform(0, 25), 2) for _ in range(N)], "ageh": [rng.randint(30, 60) for _ in range(N)],
            "educh": [rng.randint(5, 17) for _ in range(N)], "wageh": [round(rng.uniform(2, 40), 2) for _ in range(N)],
            "kidslt6": [rng.randint(0, 3) for _ in range(N)],
            "unemprate": [rng.choice([3.0, 5.0, 7.5, 9.5, 11.0, 14.0]) for _ in range(N)]},  # of the county
        "fahrzeuge": {  # a German fleet: `wagen` is a car, `breitew` no word at all
            "wagen": [f"W-{i}" for i in range(N)], "breitew": [rng.randint(150, 200) for _ in range(N)],
            "leistung_kw": [rng.randint(50, 300) for _ in range(N)], "baujahr": [rng.randint(1995, 2024) for _ in range(N)]},
    })
    for column in ("agew", "educw", "wagew", "ageh", "educh", "wageh"):
        assert cats("couples_1975", column) == {"OTHER_PII"}, column
    assert not cats("couples_1975", "unemprate")  # a statistic of where they live
    for column in ("wagen", "breitew", "leistung_kw", "baujahr"):
        assert not cats("fahrzeuge", column), column


def test_the_initials_of_the_two_sexes_in_one_language_under_a_positional_name(scan_columns):
    rng = random.Random(32)
    first, last = ["Anna", "Marek", "Ewa", "Piotr", "Olga", "Jan"], ["Nowak", "Kowalska", "Wiśniewski", "Lewandowska"]
    cats = scan_columns({
        "eksport_q3": {"kol_1": [f"{rng.choice(first)} {rng.choice(last)}" for _ in range(N)],
                       "kol_2": [f"{rng.choice(first).lower()}{i}@example.pl" for i in range(N)],
                       "kol_3": [rng.choice("KM") for _ in range(N)],
                       "kol_4": [rng.choice("ЖМ") for _ in range(N)],
                       "kol_5": [rng.choice("TN") for _ in range(N)],  # tak / nie: a flag
                       "plan": [rng.choice("FM") for _ in range(N)],  # a name that says what else: codes
                       "sexe": [rng.choice("FM") for _ in range(N)]},
        "koszulki": {"sku": [f"T-{i}" for i in range(N)], "kol_1": [rng.choice("SML") for _ in range(N)],
                     "kol_2": [rng.choice("KM") for _ in range(N)]},  # no people: codes of something
    })
    assert cats("eksport_q3", "kol_3") == {"GENDER"}
    assert cats("eksport_q3", "kol_4") == {"GENDER"}
    assert not cats("eksport_q3", "kol_5")
    assert not cats("eksport_q3", "plan")
    assert cats("eksport_q3", "sexe") == {"GENDER"}
    assert not cats("koszulki", "kol_1") and not cats("koszulki", "kol_2")


def test_codebook_words_cut_short_or_transformed_name_attributes_of_people(scan_columns):
    """`disab` (disability), `npreg` (a count of pregnancies), `agesq`, `lnwage`: English
    keywords cut short or inside a survey transform are weak evidence, enough beside other
    attributes of people; the same cut words in a table about machines stay codes."""
    rng = random.Random(21)
    cats = scan_columns({
        "labour_panel": {"lnhr": [round(rng.uniform(5, 8), 3) for _ in range(N)],
                         "lnwg": [round(rng.uniform(0, 4), 3) for _ in range(N)],
                         "kids": [rng.randint(0, 5) for _ in range(N)],
                         "age": [rng.randint(18, 65) for _ in range(N)],
                         "disab": [rng.choice([0, 1]) for _ in range(N)],
                         "year": [rng.randint(1979, 1988) for _ in range(N)]},
        "pima_like": {"npreg": [rng.randint(0, 12) for _ in range(N)],
                      "glu": [rng.randint(60, 200) for _ in range(N)],
                      "bmi": [round(rng.uniform(18, 60), 1) for _ in range(N)],
                      "age": [rng.randint(21, 80) for _ in range(N)]},
        "pumps": {"disab": [rng.choice([0, 1]) for _ in range(N)],
                  "occup": [rng.randint(0, 100) for _ in range(N)],
                  "rpm": [rng.randint(800, 3000) for _ in range(N)]},
    })
    assert cats("labour_panel", "disab") == {"OTHER_PII"}
    assert cats("labour_panel", "lnwg") == {"OTHER_PII"}  # an attribute of the people the others establish
    assert not cats("labour_panel", "year")
    assert cats("pima_like", "npreg") == {"OTHER_PII"}
    assert cats("pima_like", "age") == {"OTHER_PII"}
    disab = cats.catalog.column("labour_panel", "disab").top
    assert any("weak keyword 'disability'" in e.detail for e in disab.evidence)
    assert not cats("pumps", "disab") and not cats("pumps", "occup")


def test_variables_of_public_survey_codebooks_are_attributes_of_people(scan_columns):
    """NHANES and ACS PUMS extracts name their variables by codebook (`RIAGENDR`, `RIDAGEYR`,
    `AGEP`, `SCHL`, `WAGP`): weak names that together make the rows people's; one such name
    beside machine readings says nothing."""
    rng = random.Random(22)
    cats = scan_columns({
        "demo_j": {"RIAGENDR": [rng.choice([1, 2]) for _ in range(N)],
                   "RIDAGEYR": [rng.randint(0, 80) for _ in range(N)],
                   "DMDEDUC2": [rng.randint(1, 5) for _ in range(N)],
                   "INDHHIN2": [rng.randint(1, 15) for _ in range(N)],
                   "BMXBMI": [round(rng.uniform(14, 55), 1) for _ in range(N)],
                   "BPXSY1": [rng.randint(90, 190) for _ in range(N)]},
        "psam_p": {"AGEP": [rng.randint(0, 95) for _ in range(N)], "SCHL": [rng.randint(1, 24) for _ in range(N)],
                   "WAGP": [rng.randint(0, 200000) for _ in range(N)], "RAC1P": [rng.randint(1, 9) for _ in range(N)]},
        "readings": {"agep": [rng.randint(0, 95) for _ in range(N)], "rpm": [rng.randint(800, 3000) for _ in range(N)],
                     "torque": [round(rng.uniform(10, 90), 1) for _ in range(N)]},
    })
    assert cats("demo_j", "RIAGENDR") == {"GENDER"}
    for column in ("RIDAGEYR", "DMDEDUC2", "INDHHIN2", "BMXBMI", "BPXSY1"):
        assert cats("demo_j", column) == {"OTHER_PII"}, column
    for column in ("AGEP", "SCHL", "WAGP", "RAC1P"):
        assert cats("psam_p", column) == {"OTHER_PII"}, column
    age = cats.catalog.column("demo_j", "RIDAGEYR").top
    assert any("(survey codebooks)" in e.detail for e in age.evidence) and age.confidence < 0.8
    assert not cats("readings", "agep")
