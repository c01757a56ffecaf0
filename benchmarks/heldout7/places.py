"""Short lists of real given names, surnames and towns, for the locales where Faker gives
English names or American addresses (Ticino, Liechtenstein, Jordan, Bahrain, Bosnia,
Tanzania, Catalonia) and for Quebec and Tamil Nadu towns."""

from __future__ import annotations

NAMES = {
    "it_CH": (("Luca", "Marco", "Matteo", "Andrea", "Davide", "Fabio", "Nicola", "Simone", "Giulia", "Chiara",
               "Sara", "Elena", "Martina", "Francesca", "Laura", "Alessia"),
              ("Bernasconi", "Ferrari", "Lepori", "Rossi", "Pedrazzini", "Fontana", "Galli", "Cattaneo", "Bianchi",
               "Rezzonico", "Moretti", "Canonica", "Pellegrini", "Guscetti", "Beffa", "Respini")),
    "de_LI": (("Thomas", "Peter", "Markus", "Daniel", "Stefan", "Andreas", "Martin", "Michael", "Sandra", "Monika",
               "Claudia", "Nicole", "Barbara", "Sabine", "Manuela", "Petra"),
              ("Marxer", "Büchel", "Frick", "Wohlwend", "Ospelt", "Batliner", "Hasler", "Vogt", "Kaiser", "Beck",
               "Meier", "Oehri", "Kieber", "Negele", "Matt", "Schädler", "Gassner", "Sele")),
    "ar_JO": (("محمد", "أحمد", "خالد", "عمر", "يزن", "ليث", "حمزة", "زيد", "رنا", "دانا", "لين", "سارة",
               "هبة", "رزان", "نور", "آية"),
              ("العبادي", "الخوالدة", "الزعبي", "الحياري", "المجالي", "الطراونة", "العدوان", "الروسان",
               "النعيمات", "الفايز", "الشريدة", "القضاة", "البطاينة", "الحباشنة")),
    "ar_BH": (("Ali", "Hussain", "Mohamed", "Ahmed", "Hasan", "Jassim", "Ebrahim", "Yusuf", "Fatema", "Zainab",
               "Maryam", "Noora", "Sara", "Asma", "Hawra", "Layla"),
              ("Al Khalifa", "Al Mahmood", "Al Sayed", "Al Jalahma", "Al Zayani", "Kanoo", "Fakhro", "Al Musallam",
               "Al Shirawi", "Al Aradi", "Bucheeri", "Al Hashimi", "Janahi", "Al Doseri")),
    "bs_BA": (("Amir", "Adnan", "Mirza", "Haris", "Emir", "Kenan", "Nermin", "Edin", "Emina", "Lejla", "Selma",
               "Amra", "Aida", "Merima", "Azra", "Ajla"),
              ("Hodžić", "Begović", "Kovačević", "Delić", "Mehmedović", "Softić", "Jusić", "Hadžić", "Hasanović",
               "Mujić", "Imamović", "Karić", "Alić", "Omerović", "Salihović", "Zukić")),
    "sw": (("Juma", "Baraka", "Hamisi", "Salim", "Omari", "Said", "Rashidi", "Athumani", "Amina", "Neema", "Rehema",
            "Mwajuma", "Zawadi", "Upendo", "Halima", "Grace"),
           ("Mwakyusa", "Kimaro", "Massawe", "Mushi", "Mrema", "Lyimo", "Swai", "Temba", "Mollel", "Ngowi", "Mfinanga",
            "Shirima", "Msuya", "Magesa", "Mwita", "Kombo")),
    "es_CA": (("Jordi", "Pau", "Marc", "Arnau", "Oriol", "Pol", "Joan", "Xavier", "Montserrat", "Núria", "Laia",
               "Mireia", "Roser", "Mercè", "Aina", "Berta"),
              ("Puig", "Vila", "Soler", "Ferrer", "Casals", "Pujol", "Serra", "Roca", "Font", "Bosch", "Riera",
               "Sala", "Vidal", "Camps", "Grau", "Mas")),
}

#: town -> postcode (or region) for the locales whose Faker towns are invented
TOWNS = {
    "fr_CA": (("Saint-Georges", "G5Y"), ("Plessisville", "G6L"), ("Victoriaville", "G6P"), ("Lac-Mégantic", "G6B"),
              ("Sherbrooke", "J1H"), ("Rimouski", "G5L"), ("Thetford Mines", "G6G"), ("Saint-Hyacinthe", "J2S"),
              ("Drummondville", "J2B"), ("Rivière-du-Loup", "G5R"), ("Montmagny", "G5V"), ("Granby", "J2G")),
    "it_CH": (("Lugano", "6900"), ("Bellinzona", "6500"), ("Locarno", "6600"), ("Mendrisio", "6850"),
              ("Airolo", "6780"), ("Biasca", "6710"), ("Chiasso", "6830"), ("Ascona", "6612"), ("Faido", "6760"),
              ("Olivone", "6718"), ("Cevio", "6675"), ("Tesserete", "6950")),
    "de_LI": (("Vaduz", "9490"), ("Schaan", "9494"), ("Balzers", "9496"), ("Triesen", "9495"), ("Eschen", "9492"),
              ("Mauren", "9493"), ("Triesenberg", "9497"), ("Ruggell", "9491"), ("Gamprin", "9487"),
              ("Schellenberg", "9488"), ("Planken", "9498")),
    "ar_JO": (("عمّان", "11118"), ("إربد", "21110"), ("الزرقاء", "13110"), ("العقبة", "77110"), ("مادبا", "17110"),
              ("السلط", "19110"), ("جرش", "26110"), ("الكرك", "61110"), ("المفرق", "25110"), ("عجلون", "26810")),
    "ar_BH": (("Manama", "Capital"), ("Muharraq", "Muharraq"), ("Riffa", "Southern"), ("Isa Town", "Southern"),
              ("Hamad Town", "Northern"), ("Sitra", "Capital"), ("Budaiya", "Northern"), ("Jidhafs", "Capital"),
              ("A'ali", "Northern"), ("Zallaq", "Southern")),
    "bs_BA": (("Sarajevo", "71000"), ("Tuzla", "75000"), ("Zenica", "72000"), ("Mostar", "88000"), ("Bihać", "77000"),
              ("Travnik", "72270"), ("Goražde", "73000"), ("Konjic", "88400"), ("Visoko", "71300"),
              ("Gradačac", "76250"), ("Srebrenik", "75350"), ("Kakanj", "72240")),
    "sw": (("Dar es Salaam", "Dar es Salaam"), ("Arusha", "Arusha"), ("Moshi", "Kilimanjaro"), ("Mwanza", "Mwanza"),
           ("Dodoma", "Dodoma"), ("Tanga", "Tanga"), ("Morogoro", "Morogoro"), ("Mbeya", "Mbeya"),
           ("Iringa", "Iringa"), ("Tabora", "Tabora")),
    "es_CA": (("Valls", "43800"), ("Vilafranca del Penedès", "08720"), ("Terrassa", "08221"), ("Tarragona", "43001"),
              ("Reus", "43201"), ("Vilanova i la Geltrú", "08800"), ("Sabadell", "08201"), ("Manresa", "08241"),
              ("Girona", "17001"), ("Lleida", "25001")),
    "ta_IN": (("சென்னை", "600001"), ("மதுரை", "625001"), ("கோயம்புத்தூர்", "641001"), ("திருச்சி", "620001"),
              ("சேலம்", "636001"), ("திருநெல்வேலி", "627001"), ("வேலூர்", "632001"), ("ஈரோடு", "638001"),
              ("தஞ்சாவூர்", "613001"), ("தூத்துக்குடி", "628001")),
}

STREETS = {
    "it_CH": ("Via Cantonale", "Via San Gottardo", "Via Nassa", "Via Lugano", "Via Motta", "Via Borghetto", "Via Ghiringhelli"),
    "de_LI": ("Städtle", "Landstrasse", "Aeulestrasse", "Feldkircherstrasse", "Kirchstrasse", "Im Pardiel", "Zollstrasse"),
    "bs_BA": ("Ferhadija", "Titova", "Zmaja od Bosne", "Maršala Tita", "Alipašina", "Branilaca grada", "Bulevar Meše Selimovića"),
    "es_CA": ("Carrer Major", "Carrer de la Font", "Rambla Nova", "Carrer de Sant Joan", "Passeig de Gràcia", "Carrer del Pou"),
    "ar_JO": ("شارع الملكة رانيا", "شارع المدينة المنورة", "شارع الجامعة", "شارع الأردن", "شارع الملك عبدالله الثاني"),
}


def person(row, locale: str) -> tuple[str, str]:
    """(given, family) for the row's sex: from the lists above, or from Faker."""
    if locale in NAMES:
        given, family = NAMES[locale]
        half = len(given) // 2
        return row.rng.choice(given[half:] if row.sex == "F" else given[:half]), row.rng.choice(family)
    fake = row.fake
    given = fake.first_name_female() if row.sex == "F" else fake.first_name_male()
    return given, fake.last_name()


def town(row, locale: str) -> tuple[str, str]:
    return row.rng.choice(TOWNS[locale])


def town_maker(locale: str):
    """A maker of the row's town; later columns read its postcode or region as r['_town'][1]."""
    def make(row) -> str:
        row.values["_town"] = town(row, locale)
        return row.values["_town"][0]
    return make
