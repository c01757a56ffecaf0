"""Table context: what the other columns and the table's subject say about a column.

- subject: whether the rows describe people (person identifiers among the other columns,
  person words in the table name, a key to a person table) or things (thing words in the
  table name; piiscan.detect.subject). Quasi-identifiers, places and device addresses
  (coordinates, IP addresses), attributes of people (`subject: person` rules) and birth dates
  known from their values alone lose confidence in tables about things; attributes of people
  gain in tables about people and lose where nothing says the rows are about people.
- neighbours: quasi-identifiers (city, region, postal code, country) and coordinates in a
  table with no direct identifier and no person subject are a lookup table and lose
  confidence, and so do they beside contact details only (an e-mail, a phone, a street
  address: a site or a firm has them too) where nothing says the rows describe people;
  beside a street address in a table about people they gain, and coordinates beside
  coordinates in a table about people; a weak name column beside a strong one gains.

Candidates are the decision step's working objects (piiscan.decide): a rule, its scores by
signal, its evidence, a factor on the combined confidence.
"""

from __future__ import annotations

from piiscan.context_traits import MIN_KINDS, Traits, top_categories
from piiscan.detect.attributes import says_nothing
from piiscan.detect.binary import digest_named
from piiscan.detect.names import tokenize
from piiscan.detect.subject import animal_word, person_key, person_role, table_kind, thing_owned
from piiscan.findings import Evidence

DIRECT = {"PERSON_NAME", "EMAIL", "PHONE", "STREET_ADDRESS", "GOV_ID", "PAYMENT_CARD",
          "BANK_ACCOUNT", "DATE_OF_BIRTH", "IP_ADDRESS", "CREDENTIAL"}
#: Categories that only a natural person has: any of them in a table makes its rows about people.
PERSON_IDENTIFIERS = {"PERSON_NAME", "GOV_ID", "DATE_OF_BIRTH", "PAYMENT_CARD", "BANK_ACCOUNT"}
#: Places and device addresses: personal beside people, not in tables about things (the
#: street address of a site or a warehouse is not a person's).
PLACES_AND_DEVICES = {"GEO_COORDINATES", "IP_ADDRESS", "STREET_ADDRESS"}
#: Identifiers of devices: a person's where the rows describe people, the machine's own in a
#: table about machines (`fleet_devices.device_id`, `lease_cars.tracker_imei`).
DEVICE_IDS = frozenset({"DEVICE_ID", "MAC_ADDRESS"})
#: What an animal has as a person does: in a table of animals, they are the animal's.
ANIMAL_TRAITS = {"DATE_OF_BIRTH", "PERSON_NAME", "OTHER_PII"}
#: A column of IP addresses this share of which are inside private networks (10.x, 192.168.x)
#: holds machines' addresses: a table about people would show what the world sees.
DEVICE_PRIVATE_SHARE = 0.2
#: NER's score that, under a column named after a person (`coordinator`), finds a person in a table about things.
ROLE_NER = 0.3


def apply_context(columns, candidates, min_confidence) -> tuple[list[str | None], Traits]:
    """Adjust each column's candidates (in place) by what the rest of the table says; the
    subject judged for each column ("person", "thing" or None) and the table's traits."""
    best = top_categories(candidates, min_confidence)
    direct = [i for i, cat in enumerate(best) if cat in DIRECT]
    streets = [i for i, cat in enumerate(best) if cat == "STREET_ADDRESS"]
    places = [i for i, cat in enumerate(best) if cat in ("CITY", "POSTAL_CODE", "STATE_REGION")]
    # the table's postal code: a column named for one, or one whose values hold one (`1368 Wavre`)
    named_postal = [i for i, cands in enumerate(candidates) if best[i] == "POSTAL_CODE" and any(
        c.rule.category == "POSTAL_CODE" and c.scores.get("column_name", 0) >= 0.6 for c in cands)
        or columns[i].distribution is not None and "POSTAL_CODE" in columns[i].distribution.parts]
    strong_names = [i for i, cands in enumerate(candidates)
                    if any(c.rule.category == "PERSON_NAME" and "column_name" in c.scores
                           and c.scores["column_name"] >= 0.6 for c in cands)]
    credentials = [i for i, cat in enumerate(best) if cat == "CREDENTIAL"]
    coordinates = [i for i, cands in enumerate(candidates) if any(
        c.rule.category == "GEO_COORDINATES" and c.scores.get("values", 0) >= 0.2 for c in cands)]
    people = [i for i, cat in enumerate(best) if cat in PERSON_IDENTIFIERS]
    # contact details named for a person (`user_email`, `customer_phone`) are a person's too
    people += [i for i in direct if i not in people and table_kind(columns[i].column.name)[0] == "person"
               and columns[i].table_kind[0] != "thing"]
    # in a table named after things, only a person identifier its own evidence establishes
    # (not `dob` holding build dates, not a weak `name` holding product names) says otherwise
    established = {i for i in people if _established(max(candidates[i], key=lambda c: c.raw))}
    keys = [i for i, ev in enumerate(columns)
            if ev.linked or person_key(ev.column.name, _id_values(ev), ev.references)]
    traits = Traits(columns, candidates)
    devices = _devices(columns, candidates, best)
    events = [j for j, ev in enumerate(columns) if ev.distribution is not None and ev.distribution.event_dates]
    coded_sexes = [i for i, cands in enumerate(candidates) if any(
        c.rule.category == "GENDER" and not ("column_name" in c.scores or "values" in c.scores) for c in cands)]
    nested = _nested_person(columns, people)
    attached = _attached_people(columns, candidates, best, people, keys)
    subjects = []
    for i, cands in enumerate(candidates):
        subject, why = _subject(columns, best, i, [j for j in people if j not in attached or i in attached], keys,
                                established, traits, devices, events)
        subjects.append(subject)
        # a horse's birth date, name and diagnosis: a table of animals, by its name or a column about animals
        animal_rows = subject == "thing" and (animal_word(columns[i].table_kind[1]) or [j for j in traits.animals if j != i])
        leaf = (columns[i].path or columns[i].column.name).rpartition(".")[2]
        owner = thing_owned(leaf, columns[i].parent)
        device_owner = thing_owned(leaf, columns[i].parent, device=True)  # `owner`, or `pos` of `pos_ip`
        role = person_role(columns[i].path or columns[i].column.name)  # `observer`: a person beside things
        for cand in cands:
            rule = cand.rule
            by_values_only = "column_name" not in cand.scores and rule.category == "DATE_OF_BIRTH"
            if cand.pending and not (subject == "person" and (traits.beside(i) >= MIN_KINDS - 1 or "values" in cand.scores)):
                # a special category by its name alone: beside people's attributes only, or where
                # some of its values are of its vocabulary (`Psoriasis` among `Astma`, `Hypothyreose`)
                cand.factor = 0.0
            elif (owner and (rule.quasi_identifier or rule.category in PLACES_AND_DEVICES or rule.name == "mac_address"
                             or rule.category in ("CREDENTIAL", "PHONE"))  # `modem_msisdn`: the modem's number
                  or device_owner and (rule.category == "IP_ADDRESS" or rule.name in ("mac_address", "device_identifier"))):
                cand.factor = 0.5  # `router_ip`, `oficina.ip`, `office_pin`: the name says whose
                cand.evidence.append(Evidence("subject", f"the column's name says whose: a {device_owner}'s", -0.5))
            elif (nested and not _under(columns[i], nested)
                  and (rule.quasi_identifier or rule.category in PLACES_AND_DEVICES)):
                cand.factor = 0.5  # a station's place beside its manager's name and phone: whose place?
                cand.evidence.append(Evidence(
                    "subject", f"the person's identifiers are all under {nested!r}, this column is not", -0.5))
            elif subject == "thing" and (rule.quasi_identifier or rule.subject == "person" or by_values_only
                                         or rule.category in PLACES_AND_DEVICES or rule.entity in DEVICE_IDS
                                         or not (_established(cand) or role and _named_person(cand))
                                         # a birth date alone makes no person of a thing (_subject)
                                         or rule.category == "DATE_OF_BIRTH"
                                         or rule.category == "GENDER"  # a machine's, a garment's, an animal's
                                         or animal_rows and not role and rule.category in ANIMAL_TRAITS):
                # a street address keeps a little more: a thing's name may hide a sole trader
                cand.factor = 0.5 if rule.category == "STREET_ADDRESS" else 0.4
                cand.evidence.append(Evidence("subject", f"rows describe things ({why})", cand.factor - 1))
            elif rule.subject == "person":
                if subject == "person":
                    cand.scores["subject"] = 0.3
                    cand.evidence.append(Evidence("subject", f"rows describe people ({why})", 0.3))
                else:
                    cand.factor = 0.6
                    cand.evidence.append(Evidence("subject", "nothing says the rows describe people", -0.4))
            elif rule.category == "GENDER" and not ("column_name" in cand.scores or "values" in cand.scores):
                if len(coded_sexes) > 1:  # two columns of 1 and 2: which one is the sex? ask
                    cand.factor = 0.5
                    cand.evidence.append(Evidence("neighbours", f"{len(coded_sexes)} columns hold the same codes", -0.5))
                elif subject == "person":  # sex codes 1 / 2 under `c5`: only beside people
                    cand.scores["subject"] = 0.3
                    cand.evidence.append(Evidence("subject", f"rows describe people ({why})", 0.3))
                else:
                    cand.factor = 0.5
                    cand.evidence.append(Evidence("subject", "nothing says the rows describe people", -0.5))
            elif (rule.category == "GENDER" and subject == "person" and not cand.contradicted
                  and 0 < cand.scores.get("column_name", 0) < 0.6):
                cand.scores["subject"] = 0.3  # `female` 0/1 beside other attributes of people
                cand.evidence.append(Evidence("subject", f"rows describe people ({why})", 0.3))
            elif rule.quasi_identifier or rule.category == "GEO_COORDINATES":
                others_direct = [j for j in direct if j != i]
                partners = [j for j in coordinates if j != i] if rule.category == "GEO_COORDINATES" else []
                if (rule.category == "POSTAL_CODE" and "column_name" not in cand.scores
                        and "POSTAL_CODE" not in (columns[i].distribution.parts if columns[i].distribution else ())
                        and [j for j in named_postal if j != i]):
                    j = next(j for j in named_postal if j != i)  # cost centres beside `plz`
                    cand.factor = 0.5
                    cand.evidence.append(Evidence(
                        "neighbours", f"the table's postal code is column {columns[j].column.name!r}", -0.5))
                elif not others_direct and subject != "person":
                    cand.factor = 0.5
                    cand.evidence.append(Evidence(
                        "neighbours", "no direct identifier in the table: likely a reference table", -0.4))
                elif subject != "person":
                    cand.factor = 0.5  # a site's or a firm's phone, e-mail and address: whose place?
                    cand.evidence.append(Evidence(
                        "subject", "only contact details beside it, nothing says the rows describe people", -0.5))
                elif [j for j in streets if j != i]:
                    cand.scores["neighbours"] = 0.35
                    cand.evidence.append(Evidence(
                        "neighbours", f"beside street address column {columns[streets[0]].column.name!r}", 0.35))
                elif subject == "person" and partners and "column_name" not in cand.scores:
                    cand.scores["neighbours"] = 0.4  # latitude beside longitude, under any names
                    cand.evidence.append(Evidence(
                        "neighbours", f"beside coordinate column {columns[partners[0]].column.name!r}", 0.4))
                elif subject == "person" and [j for j in places if j != i]:
                    j = next(j for j in places if j != i)  # address parts split over columns
                    cand.scores["neighbours"] = 0.3
                    cand.evidence.append(Evidence(
                        "neighbours", f"beside {best[j].lower().replace('_', ' ')} column {columns[j].column.name!r}", 0.3))
            elif (rule.category == "IP_ADDRESS" and subject != "person" and columns[i].distribution is not None
                  and columns[i].distribution.private_share >= DEVICE_PRIVATE_SHARE):
                cand.factor = 0.5
                cand.evidence.append(Evidence(
                    "subject", "addresses inside private networks, nothing says the rows describe people:"
                    " a network's machines", -0.5))
            elif rule.name == "mac_address" and subject != "person":
                cand.factor = 0.5
                cand.evidence.append(Evidence(
                    "subject", "a hardware address, nothing says the rows describe people: a machine's", -0.5))
            elif rule.category == "CREDENTIAL" and "values" in cand.scores and "column_name" not in cand.scores:
                others = [j for j in credentials if j != i]
                if others and not _digest_name(columns[i]):  # a salt or a token beside a password hash
                    cand.scores["neighbours"] = 0.3
                    cand.evidence.append(Evidence(
                        "neighbours", f"beside credential column {columns[others[0]].column.name!r}", 0.3))
            elif rule.category == "PERSON_NAME" and "distribution" in cand.scores and "column_name" not in cand.scores:
                if subject == "person":  # name-shaped values, nothing else: only beside people
                    cand.scores["subject"] = 0.3
                    cand.evidence.append(Evidence("subject", f"rows describe people ({why})", 0.3))
            elif rule.category == "PERSON_NAME" and ("ner" in cand.scores or "column_name" in cand.scores):
                others = [j for j in strong_names if j != i]
                if others and cand.scores.get("column_name", 0) < 0.6 and not cand.contradicted:
                    cand.scores["neighbours"] = 0.3
                    cand.evidence.append(Evidence(
                        "neighbours", f"beside person-name column {columns[others[0]].column.name!r}", 0.3))
    return subjects, traits


def _digest_name(ev) -> bool:
    """Whether the column's name says its values are a digest of content, not a secret."""
    return digest_named((ev.path or ev.column.name).rpartition(".")[2])


def _path(ev) -> str:
    return ev.path or ev.column.name


def _nested_person(columns, people) -> str | None:
    """In a table named after things, the one nested object that holds every person identifier
    (`manager` for `manager.name.given`, `manager.phone`): the row is not that person, it holds
    one; None when an identifier sits at the top level or the identifiers are under several
    objects."""
    if not people or next((ev.table_kind[0] for ev in columns if not ev.parent), None) != "thing":
        return None  # `stations` holding its manager; not `telematics` holding the driver and the position
    heads = {_path(columns[i]).split(".", 1)[0] if "." in _path(columns[i]) else None for i in people}
    return next(iter(heads)) if len(heads) == 1 and None not in heads else None


def _under(ev, prefix: str) -> bool:
    return _path(ev).startswith(prefix + ".")


def _id_values(ev) -> bool:
    """Keys, numbers or UUIDs: values that refer to rows rather than describe anything."""
    dist = ev.distribution
    return bool(dist and ev.profile is not None and ev.profile.non_null and (
        dist.key_like or ev.profile.kind == "integer" or dist.uuids))


def _attached_people(columns, candidates, best, people, keys) -> set[int]:
    """The person-name column that names a person attached to each row, not the row's subject:
    the only person identifier of a table not named for people, with no key to a person, found by
    their values alone under a word that is no name keyword (a shipment's `chofer`, a pit's
    `maallem`, a cigar size's `tabaquero_jefe`). The rows' other columns (a weight, a plate, a
    place) are then the thing's as much as the person's: they gain nothing from that name."""
    if len(people) != 1 or keys or (columns and columns[0].table_kind[0] == "person"):
        return set()
    if sum(any(c.rule.category == "PERSON_NAME" and (c.raw >= 0.3 or "column_name" in c.scores) for c in cands)
           for cands in candidates) > 1:
        return set()  # a given name beside a family name (`ism`, `laqab`): the rows are people
    i = people[0]
    if best[i] != "PERSON_NAME" or any(c.rule.category == "PERSON_NAME" and "column_name" in c.scores
                                       for c in candidates[i]) or says_nothing(_path(columns[i])):
        return set()  # `a1`, `col_3` holding names: a cryptic table's own person
    return {i}


def _established(cand) -> bool:
    """Whether a direct identifier stands on its own evidence, not only on a column name or
    value shapes that things have too: a strong name keyword for a person's name, dates
    spread like births under a birth-date name, validated values, or a gender value set with both sexes. Other
    categories are taken as found."""
    scores, category = cand.scores, cand.rule.category
    if category == "PERSON_NAME":
        return scores.get("column_name", 0.0) >= 0.6 and not cand.contradicted
    if category == "DATE_OF_BIRTH":  # a station's commissioning dates spread like births too
        return "distribution" in scores and "column_name" in scores
    if category == "GENDER":
        return scores.get("values", 0.0) >= 0.5
    if category in ("GOV_ID", "PAYMENT_CARD", "BANK_ACCOUNT"):
        return scores.get("values", 0.0) >= 0.6 or scores.get("column_name", 0.0) >= 0.6
    return True


def _named_person(cand) -> bool:
    """A person's name in a column named after a person (`observer`, `purchase_clerk`): NER or
    the values' shape agree, so a table about things has a person in it (NER's score on a few
    repeated names, a campaign's six coordinators, is discounted: ROLE_NER counts)."""
    return cand.rule.category == "PERSON_NAME" and not cand.contradicted and (
        cand.scores.get("ner", 0.0) >= ROLE_NER or "distribution" in cand.scores)


def _devices(columns, candidates, best) -> list[int]:
    """The columns that describe machines on a network: hardware (MAC) addresses, IP addresses
    of which a good share are inside private networks, and, beside one of those, software
    versions (on their own, versions beside public addresses may be peers' clients)."""
    strong, versions = [], []
    for i, (ev, cands) in enumerate(zip(columns, candidates)):
        dist = ev.distribution
        if dist is None or not dist.rows:
            continue
        if (best[i] == "IP_ADDRESS" and dist.private_share >= DEVICE_PRIVATE_SHARE
                or any(c.rule.name == "mac_address" and c.scores.get("values", 0.0) >= 0.5 for c in cands)):
            strong.append(i)
        elif dist.versions:
            versions.append(i)
    return sorted(strong + versions) if strong else []


def _subject(columns, best, i, people, keys, established=None, traits=None, devices=(), events=()
             ) -> tuple[str | None, str]:
    """Whether the rows of a table describe people or things, judged for column `i` from the
    other columns (`people`: those holding person identifiers, `keys`: keys to a person table,
    `devices`: those describing machines on a network, `events`: those of event times) and
    the table name. Where the table name or a device column says things, only `established`
    person identifiers say otherwise."""
    kind, word = columns[i].table_kind
    said = f"table name {word!r}"
    if kind is None and devices and not [j for j in events if j != i] and not [j for j in keys if j != i]:
        # a MAC column is a machine's whatever else the table holds, so `i` itself counts too
        kind, said = "thing", f"column {columns[devices[0]].column.name!r} describes a machine on a network"
    people = [j for j in people if j != i and (kind != "thing" or established is None or j in established)]
    if kind == "thing" and all(best[j] == "DATE_OF_BIRTH" for j in people):
        people = []  # a vessel's or a cask's `birth_date`: a birth date alone makes no person of a thing
    if people:
        return "person", f"beside {best[people[0]].lower().replace('_', ' ')} column {columns[people[0]].column.name!r}"
    if kind == "thing" and traits is not None and traits.outweigh_name(i):
        return traits.subject(i)
    if kind is not None:
        return kind, said
    keys = [j for j in keys if j != i]
    if keys:
        ev = columns[keys[0]]
        to = ev.linked or ev.references
        return "person", f"key to a person {ev.column.name!r}" + (f" (table {to!r})" if to else "")
    return traits.subject(i) if traits is not None else (None, "")
