"""Short hand-written lists of real given names, family names, streets, towns, regions,
postcodes and phone shapes of held-out set 12's twelve countries (Faker has no locale for
them that no earlier set used)."""

from __future__ import annotations

import random

# Laos (Sainyabuli elephant centre): Lao names in Lao script and romanised.
LA_GIVEN_F = ["ນາງ ແສງເດືອນ", "ນາງ ບົວພັນ", "ນາງ ມະນີວັນ", "ນາງ ຄຳແພງ", "ນາງ ສຸດາລັດ", "ນາງ ວຽງສະໄຫວ"]
LA_GIVEN_M = ["ທ້າວ ສົມພອນ", "ທ້າວ ບຸນມີ", "ທ້າວ ຄຳຫຼ້າ", "ທ້າວ ສີສະຫວາດ", "ທ້າວ ທອງດີ", "ທ້າວ ພູວົງ"]
LA_FAMILY = ["ພົມມະຈັນ", "ສີປະເສີດ", "ແກ້ວມະນີ", "ວົງສາ", "ອິນທະວົງ", "ສຸລິຍະ", "ພັນທະວົງ", "ແສງສຸລິຍາ"]
LA_GIVEN_ROMAN = ["Somphone", "Bounmy", "Khamla", "Sisavath", "Thongdy", "Phouvong", "Sengdeuane",
                  "Bouaphanh", "Manivanh", "Khamphaeng", "Soudalath", "Viengsavanh"]
LA_FAMILY_ROMAN = ["Phommachanh", "Siprasueth", "Keomany", "Vongsa", "Inthavong", "Souliya",
                   "Phanthavong", "Sengsouliya"]
LA_VILLAGES = ["ບ້ານ ນາຊາຍ", "ບ້ານ ປາກແບ່ງ", "ບ້ານ ນາເລົາ", "ບ້ານ ຫ້ວຍຊາຍ", "ບ້ານ ນ້ຳທາ", "ບ້ານ ໂຄກສະອາດ"]
LA_DISTRICTS = ["ໄຊຍະບູລີ", "ຫົງສາ", "ແກ່ນທ້າວ", "ປາກລາຍ", "ພຽງ", "ທົ່ງມີໄຊ"]
LA_PROVINCES = ["ແຂວງໄຊຍະບູລີ", "ແຂວງຫຼວງພະບາງ", "ແຂວງອຸດົມໄຊ", "ແຂວງບໍ່ແກ້ວ"]
LA_PROVINCES_ROMAN = ["Xaignabouli", "Luang Prabang", "Oudomxay", "Bokeo", "Vientiane"]

# Tajikistan (Isfara apricot dryers): Tajik Cyrillic.
TJ_GIVEN_M = ["Фирдавс", "Бахтиёр", "Комрон", "Сиёвуш", "Далер", "Шерзод", "Умед", "Меҳрубон"]
TJ_GIVEN_F = ["Мадина", "Зарина", "Нигина", "Шаҳло", "Гулрухсор", "Мунира", "Парвина", "Дилафрӯз"]
TJ_FAMILY_M = ["Раҳимов", "Назаров", "Сафаров", "Ҳакимов", "Каримов", "Шарифов", "Давлатов", "Исмоилов"]
TJ_TOWNS = ["Исфара", "Ворух", "Чорку", "Хуҷанд", "Конибодом", "Шўроб", "Нефтобод"]
TJ_DISTRICTS = ["ноҳияи Исфара", "ноҳияи Конибодом", "ноҳияи Бобоҷон Ғафуров", "ноҳияи Ҷаббор Расулов"]
TJ_STREETS = ["кӯчаи Исмоили Сомонӣ", "кӯчаи Рӯдакӣ", "кӯчаи Фирдавсӣ", "кӯчаи Айнӣ", "кӯчаи Бобоҷон Ғафуров"]
TJ_POSTCODES = ["735920", "735921", "735900", "735700", "735730"]

# Guatemala (Cobán cardamom cooperative).
GT_GIVEN_F = ["María", "Rosa", "Juana", "Magdalena", "Candelaria", "Ana", "Olga", "Lidia"]
GT_GIVEN_M = ["Juan", "Pedro", "Domingo", "Marcos", "Sebastián", "Gaspar", "Carlos", "Diego"]
GT_FAMILY = ["Caal", "Choc", "Pop", "Tut", "Coc", "Xol", "Maquín", "Cuc", "Tiul", "Chub", "Pérez", "Ical"]
GT_MUNICIPIOS = ["Cobán", "San Pedro Carchá", "Chisec", "San Juan Chamelco", "Lanquín", "Cahabón",
                 "Fray Bartolomé de las Casas", "Raxruhá"]
GT_ALDEAS = ["Chirrepec", "Sesaquiquib", "Saquixpec", "Chimax", "Sebol", "Rocja Pomtilá", "Chicoj"]
GT_POSTCODES = ["16001", "16002", "16003", "16007", "16008", "16009"]

# Cameroon (a sawmill near Bertoua; French).
CM_GIVEN_M = ["Jean-Pierre", "Emmanuel", "Samuel", "Rodrigue", "Blaise", "Hervé", "Achille", "Serge"]
CM_GIVEN_F = ["Brigitte", "Solange", "Pélagie", "Clarisse", "Françoise", "Mireille", "Nadège", "Yvette"]
CM_FAMILY = ["Ngono", "Mbarga", "Ateba", "Essomba", "Fouda", "Nkoulou", "Tchoumi", "Ndongo", "Belinga", "Kamga"]
CM_TOWNS = ["Bertoua", "Batouri", "Abong-Mbang", "Yokadouma", "Belabo", "Douala", "Yaoundé"]
CM_REGIONS = ["Est", "Centre", "Littoral", "Sud"]
CM_QUARTIERS = ["Quartier Tigaza", "Quartier Enia", "Quartier Kano", "Bonamoussadi", "Akwa", "Mokolo"]

# Bhutan (a yak-cheese dairy in Bumthang): one or two given names, no family name.
BT_NAMES_F = ["Pema Choden", "Sonam Dema", "Karma Yangzom", "Dechen Wangmo", "Tshering Lhamo",
              "Kinley Pelden", "Deki", "Yeshey Zangmo"]
BT_NAMES_M = ["Karma Wangchuk", "Sonam Tobgay", "Ugyen Dorji", "Tshering Penjor", "Kinley Namgyel",
              "Jigme", "Dorji Wangdi", "Pema Tenzin"]
BT_NAMES_DZ = ["པདྨ་ཆོས་སྒྲོན", "བསོད་ནམས་སྟོབས་རྒྱས", "ཀརྨ་དབང་ཕྱུག", "ཚེ་རིང་ལྷ་མོ", "ཨོ་རྒྱན་རྡོ་རྗེ"]
BT_GEWOGS = ["Chhoekhor", "Tang", "Ura", "Chhume", "Dhur"]
BT_DZONGKHAGS = ["Bumthang", "Trongsa", "Wangdue Phodrang", "Thimphu", "Paro"]

# Kuwait (a home-delivery pharmacy): Arabic.
KW_GIVEN_M = ["عبدالله", "فهد", "خالد", "مشاري", "يوسف", "بدر", "ناصر", "سعود"]
KW_GIVEN_F = ["نورة", "فاطمة", "دانة", "مريم", "شيخة", "هيا", "لولوة", "بشاير"]
KW_FAMILY = ["العنزي", "المطيري", "العجمي", "الرشيدي", "الكندري", "الشمري", "الصباح", "البناي"]
KW_AREAS = ["السالمية", "حولي", "الجابرية", "الفروانية", "مشرف", "صباح السالم", "الرميثية", "خيطان"]
KW_AREAS_LATIN = ["Salmiya", "Hawalli", "Jabriya", "Farwaniya", "Mishref", "Sabah Al-Salem", "Rumaithiya"]
KW_GOVERNORATES = ["محافظة حولي", "محافظة الفروانية", "محافظة العاصمة", "محافظة مبارك الكبير", "محافظة الأحمدي"]

# Guyana (a bush-plane operator at Ogle).
GY_GIVEN = ["Devon", "Shaundell", "Rohan", "Vishnu", "Keisha", "Nandani", "Trevor", "Ayesha", "Ravindra", "Lennox"]
GY_FAMILY = ["Persaud", "Singh", "Ramdass", "Williams", "Thomas", "Fredericks", "Baksh", "Mohamed", "Charles", "Ali"]
GY_VILLAGES = ["Kaieteur", "Lethem", "Annai", "Kamarang", "Mahdia", "Port Kaituma", "Bartica", "Imbaimadai"]
GY_STREETS = ["Regent Street", "Camp Street", "Sheriff Street", "Vlissengen Road", "Brickdam", "Robb Street"]
GY_TOWNS = ["Georgetown", "New Amsterdam", "Linden", "Anna Regina", "Bartica"]
GY_REGIONS = ["Demerara-Mahaica", "Upper Takutu-Upper Essequibo", "Potaro-Siparuni", "Cuyuni-Mazaruni",
              "Barima-Waini", "East Berbice-Corentyne"]

# Tonga (whale watching in Vava'u).
TO_GIVEN = ["Sione", "Viliami", "Siosaia", "Tevita", "Losaline", "Mele", "Salote", "Ana", "Kalolaine", "Semisi"]
TO_FAMILY = ["Taufa", "Fifita", "Vake", "Tonga", "Latu", "Havili", "Fonua", "Moala", "Kioa", "Mahe"]
TO_VILLAGES = ["Neiafu", "Tu'anekivale", "Leimatu'a", "Holonga", "Makave", "Pangaimotu", "Ha'alaufuli"]
TO_ISLANDS = ["Vava'u", "Tongatapu", "Ha'apai", "'Eua"]

# El Salvador (a surf school at El Tunco).
SV_GIVEN_F = ["Karla", "Marisol", "Yesenia", "Gabriela", "Ruth", "Daniela", "Xiomara", "Wendy"]
SV_GIVEN_M = ["Josué", "Wilfredo", "Kevin", "Nelson", "Édgar", "Mauricio", "Rigoberto", "Bryan"]
SV_FAMILY = ["Hernández", "Martínez", "Portillo", "Argueta", "Flores", "Ayala", "Rivas", "Menjívar", "Quintanilla"]
SV_TOWNS = ["Tamanique", "La Libertad", "Zaragoza", "Santa Tecla", "San Salvador", "Chiltiupán", "Comasagua"]
SV_DEPTS = ["La Libertad", "San Salvador", "Sonsonate", "La Paz", "Santa Ana"]
SV_STREETS = ["Calle Principal", "Carretera del Litoral", "Calle El Tunco", "Avenida Los Almendros",
              "Boulevard Los Próceres", "Calle Arce"]

# Kosovo (a Prizren filigree workshop): Albanian.
XK_GIVEN_M = ["Arbër", "Blerim", "Driton", "Fatmir", "Gëzim", "Ilir", "Kushtrim", "Valon"]
XK_GIVEN_F = ["Arta", "Blerta", "Donika", "Era", "Fitore", "Lirie", "Mimoza", "Vjosa"]
XK_FAMILY = ["Krasniqi", "Gashi", "Berisha", "Morina", "Hoxha", "Shala", "Bytyqi", "Kryeziu", "Thaçi", "Rexhepi"]
XK_TOWNS = ["Prizren", "Prishtinë", "Gjakovë", "Pejë", "Suharekë", "Rahovec", "Dragash"]
XK_STREETS = ["Rruga Shën Flori", "Rruga Adem Jashari", "Rruga Remzi Ademi", "Rruga Ismail Qemali", "Rruga Ymer Prizreni"]
XK_POSTCODES = ["20000", "10000", "50000", "30000", "23000", "21000"]

# Zambia (a rural health centre near Chipata).
ZM_GIVEN_F = ["Chipo", "Mutinta", "Natasha", "Thandiwe", "Mwila", "Chileshe", "Esther", "Memory"]
ZM_GIVEN_M = ["Mulenga", "Bwalya", "Chanda", "Lubinda", "Mwansa", "Kondwani", "Gift", "Emmanuel"]
ZM_FAMILY = ["Phiri", "Banda", "Mwale", "Tembo", "Zulu", "Lungu", "Daka", "Ngoma", "Sakala", "Mbewe"]
ZM_VILLAGES = ["Kapata", "Msekera", "Chiparamba", "Mkanda", "Kanjala", "Madzimoyo", "Mtenguleni"]
ZM_DISTRICTS = ["Chipata", "Katete", "Lundazi", "Petauke", "Chadiza", "Mambwe"]

# Eswatini (a candle workshop near Malkerns).
SZ_GIVEN_F = ["Nomsa", "Thandeka", "Lindiwe", "Zanele", "Sibongile", "Nonhlanhla", "Phindile"]
SZ_GIVEN_M = ["Sipho", "Bongani", "Mandla", "Sibusiso", "Themba", "Vusi", "Mduduzi"]
SZ_FAMILY = ["Dlamini", "Simelane", "Shongwe", "Nxumalo", "Magagula", "Mamba", "Motsa", "Zwane", "Hlophe"]
SZ_TOWNS = ["Malkerns", "Manzini", "Mbabane", "Matsapha", "Siteki", "Nhlangano", "Piggs Peak"]
SZ_REGIONS = ["Manzini", "Hhohho", "Lubombo", "Shiselweni"]
SZ_POSTCODES = ["M204", "M200", "H100", "M202", "L300", "S400"]


def pick(rng: random.Random, items: list):
    return rng.choice(items)


def phone(rng: random.Random, country: str, international: bool | None = None) -> str:
    """A phone number in the country's usual mobile shape (prefixes of its real operators)."""
    d = lambda n: "".join(str(rng.randint(0, 9)) for _ in range(n))  # noqa: E731
    intl = rng.random() < 0.5 if international is None else international
    if country == "LA":
        return (f"+856 20 {rng.choice('2579')}{d(3)} {d(4)}" if intl else f"020 {rng.choice('2579')}{d(3)} {d(4)}")
    if country == "TJ":
        return (f"+992 {rng.choice(['90', '91', '92', '93', '98'])} {d(3)} {d(4)}" if intl
                else f"{rng.choice(['90', '91', '92', '93', '98'])}-{d(3)}-{d(2)}-{d(2)}")
    if country == "GT":
        return f"+502 {rng.choice('345')}{d(3)} {d(4)}" if intl else f"{rng.choice('345')}{d(3)}-{d(4)}"
    if country == "CM":
        return f"+237 6{rng.choice('579')}{d(1)} {d(2)} {d(2)} {d(2)}" if intl else f"6{rng.choice('579')}{d(7)}"
    if country == "BT":
        return f"+975 17{d(6)}" if intl else f"17{d(6)}"
    if country == "KW":
        return f"+965 {rng.choice('569')}{d(3)} {d(4)}" if intl else f"{rng.choice('569')}{d(7)}"
    if country == "GY":
        return f"+592 6{d(2)} {d(4)}" if intl else f"6{d(2)}-{d(4)}"
    if country == "TO":
        return f"+676 {rng.choice('78')}{d(6)}" if intl else f"{rng.choice('78')}{d(2)} {d(4)}"
    if country == "SV":
        return f"+503 7{d(3)} {d(4)}" if intl else f"7{d(3)}-{d(4)}"
    if country == "XK":
        return f"+383 4{rng.choice('4589')} {d(3)} {d(3)}" if intl else f"04{rng.choice('4589')} {d(3)} {d(3)}"
    if country == "ZM":
        return f"+260 9{rng.choice('567')} {d(3)} {d(4)}" if intl else f"09{rng.choice('567')}{d(7)}"
    if country == "SZ":
        return f"+268 7{rng.choice('689')} {d(2)} {d(4)}" if intl else f"7{rng.choice('689')}{d(6)}"
    raise ValueError(country)
