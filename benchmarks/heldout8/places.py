"""Short lists of real local names and towns, for the locales where Faker 40 gives English
names or American addresses (Serbian Cyrillic names in sr_BA; Bangladeshi names in en_BD;
Palestinian, Irish, Hausa, Yoruba, Igbo, Gujarati, Odia, Luxembourg and Thai towns), and
`person` / `town`, which use Faker where its locale is local and these lists elsewhere."""

from __future__ import annotations

#: locale -> (female given names, male given names, family names); only where Faker's are English
NAMES = {
    "sr_BA": (("Јелена", "Милица", "Драгана", "Снежана", "Марија", "Тијана", "Ивана", "Невена", "Бранка", "Сања",
               "Гордана", "Љиљана", "Мирјана", "Весна", "Даница"),
              ("Милан", "Драган", "Марко", "Никола", "Зоран", "Бојан", "Горан", "Дејан", "Ненад", "Славко",
               "Жељко", "Радован", "Душан", "Огњен", "Младен"),
              ("Петровић", "Јовановић", "Ковачевић", "Савић", "Тодоровић", "Марковић", "Станић", "Томић",
               "Вукелић", "Симић", "Бабић", "Ђурић", "Лукић", "Митровић", "Радић", "Шаренац", "Кнежевић")),
    "en_BD": (("Fatema", "Nusrat", "Sumaiya", "Taslima", "Shirin", "Rokeya", "Sharmin", "Ayesha", "Nasrin",
               "Farzana", "Rumana", "Jannatul", "Mahmuda", "Sabina"),
              ("Abdul", "Mohammad", "Rafiqul", "Shahidul", "Kamrul", "Jahangir", "Mizanur", "Anisur", "Habibur",
               "Tanvir", "Sohel", "Rasel", "Mamun", "Delwar", "Nazmul"),
              ("Rahman", "Hossain", "Islam", "Akter", "Chowdhury", "Uddin", "Miah", "Sarkar", "Talukder", "Begum",
               "Khatun", "Ahmed", "Sheikh", "Mollah", "Bhuiyan", "Howlader")),
    "de_LU": (("Anne", "Martine", "Carole", "Nathalie", "Sandra", "Josée", "Monique", "Claudine", "Tessy", "Mireille"),
              ("Jean", "Marc", "Paul", "Claude", "Romain", "Jos", "Fernand", "Guy", "Nico", "Raymond", "Gilles"),
              ("Schmit", "Weber", "Muller", "Wagner", "Hoffmann", "Thill", "Kremer", "Schroeder", "Reuter", "Hansen",
               "Kieffer", "Steichen", "Molitor", "Wirtz", "Feller", "Gloden")),
    "ar_PS": (("فاطمة", "مريم", "آمنة", "هبة", "رزان", "سجى", "دعاء", "أسيل", "ريم", "نور", "حنين", "لينا"),
              ("محمد", "أحمد", "خالد", "يوسف", "إبراهيم", "عمر", "سامر", "باسل", "مهند", "فادي", "طارق", "أنس"),
              ("الخطيب", "المصري", "النابلسي", "الشكعة", "البرغوثي", "عودة", "حمدان", "الأغا", "دويكات", "الطويل",
               "قواسمة", "الرجبي", "شحادة", "عبد الهادي")),
}

#: locale -> ((town, region), ...) where Faker's cities are American or missing
TOWNS = {
    "ar_PS": (("رام الله", "محافظة رام الله والبيرة"), ("نابلس", "محافظة نابلس"), ("الخليل", "محافظة الخليل"),
              ("بيت لحم", "محافظة بيت لحم"), ("جنين", "محافظة جنين"), ("طولكرم", "محافظة طولكرم"),
              ("قلقيلية", "محافظة قلقيلية"), ("أريحا", "محافظة أريحا"), ("سلفيت", "محافظة سلفيت"),
              ("طوباس", "محافظة طوباس")),
    "ga_IE": (("Gaillimh", "Contae na Gaillimhe"), ("An Cheathrú Rua", "Contae na Gaillimhe"),
              ("An Spidéal", "Contae na Gaillimhe"), ("Daingean Uí Chúis", "Contae Chiarraí"),
              ("An Clochán Liath", "Contae Dhún na nGall"), ("Gaoth Dobhair", "Contae Dhún na nGall"),
              ("Baile Bhuirne", "Contae Chorcaí"), ("Corcaigh", "Contae Chorcaí"), ("Luimneach", "Contae Luimnigh"),
              ("Béal an Mhuirthead", "Contae Mhaigh Eo"), ("Port Láirge", "Contae Phort Láirge")),
    "ha_NG": (("Kano", "Kano"), ("Kaduna", "Kaduna"), ("Zaria", "Kaduna"), ("Katsina", "Katsina"),
              ("Sokoto", "Sokoto"), ("Bauchi", "Bauchi"), ("Gombe", "Gombe"), ("Dutse", "Jigawa"),
              ("Funtua", "Katsina"), ("Wudil", "Kano"), ("Kura", "Kano")),
    "yo_NG": (("Ibadan", "Oyo"), ("Ogbomoso", "Oyo"), ("Oyo", "Oyo"), ("Abeokuta", "Ogun"), ("Ijebu-Ode", "Ogun"),
              ("Osogbo", "Osun"), ("Ile-Ife", "Osun"), ("Ilesa", "Osun"), ("Akure", "Ondo"), ("Ilorin", "Kwara"),
              ("Ado-Ekiti", "Ekiti")),
    "ig_NG": (("Onitsha", "Anambra"), ("Awka", "Anambra"), ("Nnewi", "Anambra"), ("Enugu", "Enugu"),
              ("Nsukka", "Enugu"), ("Owerri", "Imo"), ("Orlu", "Imo"), ("Aba", "Abia"), ("Umuahia", "Abia"),
              ("Abakaliki", "Ebonyi")),
    "gu_IN": (("અમદાવાદ", "ગુજરાત"), ("સુરત", "ગુજરાત"), ("વડોદરા", "ગુજરાત"), ("રાજકોટ", "ગુજરાત"),
              ("ભાવનગર", "ગુજરાત"), ("જામનગર", "ગુજરાત"), ("જૂનાગઢ", "ગુજરાત"), ("આણંદ", "ગુજરાત"),
              ("નવસારી", "ગુજરાત"), ("બારડોલી", "ગુજરાત")),
    "or_IN": (("ଭୁବନେଶ୍ୱର", "ଖୋର୍ଦ୍ଧା"), ("କଟକ", "କଟକ"), ("ପୁରୀ", "ପୁରୀ"), ("ବ୍ରହ୍ମପୁର", "ଗଞ୍ଜାମ"),
              ("ସମ୍ବଲପୁର", "ସମ୍ବଲପୁର"), ("ବାଲେଶ୍ୱର", "ବାଲେଶ୍ୱର"), ("ଭଦ୍ରକ", "ଭଦ୍ରକ"), ("କୋରାପୁଟ", "କୋରାପୁଟ"),
              ("ଯାଜପୁର", "ଯାଜପୁର"), ("ଢେଙ୍କାନାଳ", "ଢେଙ୍କାନାଳ")),
    "de_LU": (("Remich", "Canton de Remich"), ("Grevenmacher", "Canton de Grevenmacher"),
              ("Wormeldange", "Canton de Grevenmacher"), ("Schengen", "Canton de Remich"),
              ("Mondorf-les-Bains", "Canton de Remich"), ("Ehnen", "Canton de Grevenmacher"),
              ("Wellenstein", "Canton de Remich"), ("Esch-sur-Alzette", "Canton d'Esch-sur-Alzette"),
              ("Echternach", "Canton d'Echternach"), ("Luxembourg", "Canton de Luxembourg")),
    "en_TH": (("Chiang Mai", "Chiang Mai"), ("San Kamphaeng", "Chiang Mai"), ("Mae Rim", "Chiang Mai"),
              ("Chiang Rai", "Chiang Rai"), ("Lamphun", "Lamphun"), ("Lampang", "Lampang"), ("Pai", "Mae Hong Son"),
              ("Bangkok", "Bangkok"), ("Khon Kaen", "Khon Kaen"), ("Hat Yai", "Songkhla")),
    "en_BD": (("Chattogram", "Chattogram"), ("Sitakunda", "Chattogram"), ("Cox's Bazar", "Chattogram"),
              ("Cumilla", "Chattogram"), ("Noakhali", "Chattogram"), ("Dhaka", "Dhaka"), ("Barishal", "Barishal"),
              ("Bhola", "Barishal"), ("Rangpur", "Rangpur"), ("Kurigram", "Rangpur"), ("Sylhet", "Sylhet")),
    "sr_BA": (("Бања Лука", "Република Српска"), ("Бијељина", "Република Српска"), ("Приједор", "Република Српска"),
              ("Добој", "Република Српска"), ("Требиње", "Република Српска"), ("Зворник", "Република Српска"),
              ("Градишка", "Република Српска"), ("Лакташи", "Република Српска"), ("Челинац", "Република Српска")),
}

#: postcode prefixes of some towns (used to make plausible postcodes)
LU_POSTCODES = {"Remich": "L-55", "Grevenmacher": "L-67", "Wormeldange": "L-54", "Schengen": "L-54",
                "Mondorf-les-Bains": "L-56", "Ehnen": "L-54", "Wellenstein": "L-55", "Esch-sur-Alzette": "L-40",
                "Echternach": "L-64", "Luxembourg": "L-13"}


def person(r, locale: str, sex: str | None = None) -> tuple[str, str]:
    """(given, family) of the row's sex (or `sex`), from the lists above or from Faker."""
    sex = sex or r.sex
    if locale in NAMES:
        female, male, family = NAMES[locale]
        return r.rng.choice(female if sex == "F" else male), r.rng.choice(family)
    fake = r.fake
    given = fake.first_name_female() if sex == "F" else fake.first_name_male()
    return given, fake.last_name()


def town(r, locale: str) -> tuple[str, str]:
    """(town, region) from the lists above, or Faker's city and its administrative unit."""
    if locale in TOWNS:
        return r.rng.choice(TOWNS[locale])
    fake = r.fake
    region = fake.administrative_unit() if hasattr(fake, "administrative_unit") else ""
    return fake.city(), region
