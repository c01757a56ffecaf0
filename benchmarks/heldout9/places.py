"""Short lists of real given names, family names, towns and regions for the countries of
held-out set 9 where Faker has no locale of its own or only English names and American
addresses. Each entry: male and female given names, family names, towns (with postcodes where
the country has them) and regions."""

from __future__ import annotations

KZ = {  # Karaganda region, Kazakhstan (Kazakh, Cyrillic)
    "m": ("Нурлан", "Ерлан", "Асхат", "Бауыржан", "Дәулет", "Ержан", "Серік", "Марат", "Айдос", "Жанболат",
          "Талғат", "Қайрат", "Ғалым", "Мұрат"),
    "f": ("Айгүл", "Гүлнар", "Динара", "Жанар", "Әсел", "Мадина", "Айжан", "Сәуле", "Ақмарал", "Гауһар",
          "Назерке", "Ботагөз", "Арайлым", "Салтанат"),
    "last": ("Жұмабаев", "Ахметов", "Серікбаев", "Тоқтаров", "Омаров", "Қасымов", "Бекмұханов", "Нұрпейісов",
             "Әбдірахманов", "Сәрсенбаев", "Жақыпов", "Исабеков", "Мұқанов", "Байжанов"),
    "towns": ("Қарағанды", "Шахтинск", "Саран", "Теміртау", "Абай", "Балқаш", "Жезқазған", "Сәтбаев",
              "Приозёрск", "Қаражал"),
    "regions": ("Қарағанды облысы", "Ұлытау облысы"),
}
KZ_LATIN = {"Нурлан": "Nurlan", "Ерлан": "Yerlan", "Асхат": "Askhat", "Бауыржан": "Bauyrzhan", "Дәулет": "Daulet",
            "Ержан": "Yerzhan", "Серік": "Serik", "Марат": "Marat", "Айдос": "Aidos", "Жанболат": "Zhanbolat",
            "Талғат": "Talgat", "Қайрат": "Kairat", "Ғалым": "Galym", "Мұрат": "Murat", "Айгүл": "Aigul",
            "Гүлнар": "Gulnar", "Динара": "Dinara", "Жанар": "Zhanar", "Әсел": "Assel", "Мадина": "Madina",
            "Айжан": "Aizhan", "Сәуле": "Saule", "Ақмарал": "Akmaral", "Гауһар": "Gaukhar", "Назерке": "Nazerke",
            "Ботагөз": "Botagoz", "Арайлым": "Arailym", "Салтанат": "Saltanat", "Жұмабаев": "Zhumabayev",
            "Ахметов": "Akhmetov", "Серікбаев": "Serikbayev", "Тоқтаров": "Toktarov", "Омаров": "Omarov",
            "Қасымов": "Kassymov", "Бекмұханов": "Bekmukhanov", "Нұрпейісов": "Nurpeisov",
            "Әбдірахманов": "Abdrakhmanov", "Сәрсенбаев": "Sarsenbayev", "Жақыпов": "Zhakypov",
            "Исабеков": "Issabekov", "Мұқанов": "Mukanov", "Байжанов": "Baizhanov"}

PY = {  # Itapúa and Alto Paraná, Paraguay
    "m": ("Juan Carlos", "Osvaldo", "Derlis", "Hugo", "Nery", "Arnaldo", "Celso", "Rubén", "Fidel", "Aníbal",
          "Blas", "Ever", "Rodrigo", "Víctor"),
    "f": ("Liz", "Nidia", "Mirna", "Rossana", "Gladys", "Perla", "Sonia", "Mónica", "Ramona", "Celsa", "Zunilda",
          "Nilda", "Elvira", "Lourdes"),
    "last": ("Benítez", "Cáceres", "Ayala", "Giménez", "Ortiz", "Cardozo", "Villalba", "Báez", "Duarte", "Aquino",
             "Ocampos", "Ramírez", "Acosta", "Garcete", "Insfrán", "Vera", "Riquelme", "Sosa"),
    "towns": ("Encarnación", "Bella Vista", "Hohenau", "Obligado", "Capitán Miranda", "Cambyretá", "Edelira",
              "Natalio", "Tomás Romero Pereira", "Alto Verá", "Coronel Bogado", "Carlos Antonio López"),
    "regions": ("Itapúa", "Alto Paraná", "Caaguazú", "Canindeyú", "Caazapá"),
}

MN = {  # Mongolia (Cyrillic): given names, and fathers' names in the genitive as the family part
    "m": ("Бат-Эрдэнэ", "Ганбаатар", "Батбаяр", "Төмөрбаатар", "Энхбаяр", "Мөнх-Очир", "Сүхбат", "Баярсайхан",
          "Ганзориг", "Отгонбаяр", "Батжаргал", "Дашдорж"),
    "f": ("Оюунчимэг", "Сарантуяа", "Энхтуяа", "Нарантуяа", "Алтанцэцэг", "Мөнхзул", "Болормаа", "Солонго",
          "Уранчимэг", "Цэцэгмаа", "Ариунаа", "Номин"),
    "last": ("Батын", "Доржийн", "Гомбын", "Цэрэнгийн", "Баярын", "Пүрэвийн", "Лхагвын", "Дашийн", "Нямын",
             "Сүхийн", "Ганболдын", "Очирын"),
    "towns": ("Баянцагаан", "Жаргалант", "Хархорин", "Бөмбөгөр", "Эрдэнэдалай", "Гурвансайхан", "Мандал-Овоо",
              "Баянхонгор", "Арвайхээр", "Даланзадгад", "Мандалговь", "Алтай"),
    "regions": ("Баянхонгор", "Өвөрхангай", "Говь-Алтай", "Дундговь", "Өмнөговь", "Завхан", "Ховд", "Увс",
                "Архангай"),
    "letters": "АБВГДЕЁЖЗИЙКЛМНОӨПРСТУҮФХЦЧШЩЭЮЯ",
}

FO = {  # Faroe Islands
    "m": ("Jógvan", "Rúni", "Heðin", "Bárður", "Sjúrður", "Tróndur", "Sámal", "Pætur", "Hanus", "Óli", "Eyðun",
          "Símun"),
    "f": ("Rannvá", "Guðrun", "Sólja", "Ása", "Turið", "Elin", "Marjun", "Jóhanna", "Bjørg", "Sigrið", "Ragna",
          "Beinta"),
    "last": ("Joensen", "Hansen", "Jacobsen", "Olsen", "Poulsen", "Petersen", "Danielsen", "Mortensen", "Dam",
             "Johannesen", "Niclasen", "Reinert", "Mikkelsen", "Lamhauge", "Højgaard", "Debes"),
    "towns": (("100", "Tórshavn"), ("700", "Klaksvík"), ("620", "Runavík"), ("800", "Tvøroyri"), ("900", "Vágur"),
              ("530", "Fuglafjørður"), ("380", "Sørvágur"), ("370", "Miðvágur"), ("350", "Vestmanna"),
              ("600", "Saltangará"), ("850", "Hvalba"), ("360", "Sandavágur")),
    "streets": ("Niels Finsens gøta", "Jónas Broncks gøta", "Á Ryggi", "Við Á", "Undir Bakka", "Heygsvegur",
                "Áarvegur", "Klaksvíksvegur", "Úti á Bakka", "Niðri við Á"),
}

CY = {  # Gwynedd, Wales
    "m": ("Dafydd", "Gareth", "Iwan", "Rhodri", "Emyr", "Huw", "Geraint", "Aled", "Gwilym", "Dewi", "Ieuan", "Cai"),
    "f": ("Angharad", "Siân", "Nia", "Eleri", "Ffion", "Gwenllian", "Mererid", "Catrin", "Lowri", "Heledd", "Bethan",
          "Rhiannon"),
    "last": ("Jones", "Williams", "Davies", "Evans", "Thomas", "Roberts", "Hughes", "Lewis", "Pritchard", "Parry",
             "Owen", "Griffiths", "Llywelyn", "Pugh"),
    "towns": (("LL49", "Porthmadog"), ("LL41", "Blaenau Ffestiniog"), ("LL55", "Caernarfon"), ("LL53", "Pwllheli"),
              ("LL40", "Dolgellau"), ("LL23", "Y Bala"), ("LL46", "Harlech"), ("LL52", "Cricieth"),
              ("LL36", "Tywyn"), ("LL57", "Bangor"), ("LL55", "Llanberis"), ("LL55", "Beddgelert")),
    "streets": ("Stryd Fawr", "Heol y Bont", "Ffordd Caernarfon", "Lôn Las", "Stryd y Llan", "Maes y Dref",
                "Ffordd yr Orsaf", "Heol Madog", "Stryd yr Wyddfa", "Lôn Glan Môr"),
}

GD = {  # Lewis and Harris, Scotland (Gaelic given names, island family names)
    "m": ("Aonghas", "Dòmhnall", "Calum", "Iain", "Ruairidh", "Seumas", "Tormod", "Coinneach", "Murchadh",
          "Uilleam", "Niall", "Alasdair"),
    "f": ("Mòrag", "Catrìona", "Peigi", "Seonag", "Ciorstaidh", "Màiri", "Ealasaid", "Oighrig", "Anna", "Dolina",
          "Iseabail", "Sìne"),
    "last": ("MacLeòid", "MacAmhlaigh", "Moireasdan", "MacCoinnich", "MacDhòmhnaill", "Caimbeul", "MacAonghais",
             "MacÌomhair", "Mac a' Ghobhainn", "Màrtainn"),
    "last_en": ("MacLeod", "MacAulay", "Morrison", "MacKenzie", "MacDonald", "Campbell", "MacInnes", "Maciver",
                "Smith", "Martin"),
    "towns": (("HS1 2", "Steòrnabhagh"), ("HS2 9", "Siabost"), ("HS2 9", "Càrlabhagh"), ("HS2 0", "Bàrabhas"),
              ("HS2 0", "Nis"), ("HS3 3", "An Tairbeart"), ("HS5 3", "An t-Òb"), ("HS4 3", "Scalpaigh"),
              ("HS2 9", "Uig")),
}

EU = {  # Gipuzkoa, Basque Country
    "m": ("Iñaki", "Jon", "Unai", "Aitor", "Mikel", "Gorka", "Xabier", "Eneko", "Ander", "Koldo", "Iker", "Joseba"),
    "f": ("Ane", "Maite", "Nerea", "Itziar", "Amaia", "Leire", "Miren", "Garazi", "Idoia", "Ainhoa", "Nekane",
          "Arantxa"),
    "last": ("Etxeberria", "Goikoetxea", "Agirre", "Zubizarreta", "Arrieta", "Larrañaga", "Urkiola", "Beitia",
             "Olaizola", "Mendizabal", "Elizondo", "Gaztañaga", "Iturbe", "Aranburu"),
    "towns": (("20115", "Astigarraga"), ("20120", "Hernani"), ("20170", "Usurbil"), ("20014", "Donostia"),
              ("20100", "Errenteria"), ("20160", "Lasarte-Oria"), ("20140", "Andoain"), ("20400", "Tolosa"),
              ("20130", "Urnieta"), ("20180", "Oiartzun"), ("20800", "Zarautz"), ("20280", "Hondarribia")),
    "streets": ("Kale Nagusia", "Nafarroa etorbidea", "Elizaldea kalea", "Zumardi kalea", "Errota bidea",
                "Santiago kalea", "Kaxkoa", "Txoritonpe", "Ergobia auzoa", "Foru plaza"),
}

MM = {  # Mandalay, Myanmar: names have no family part; romanised and in Myanmar script
    "m": ("Aung Ko Ko", "Kyaw Zin Htet", "Min Thu", "Zaw Win", "Thiha Soe", "Htet Aung", "Ye Lin Aung",
          "Naing Lin", "Myint Swe", "Tun Tun Oo", "Soe Moe", "Wai Yan"),
    "f": ("Khin Myat Noe", "Thida Win", "Su Su Hlaing", "Ei Phyu", "Nandar Aye", "Hnin Wai", "May Thu", "Thuzar",
          "Khin Khin Aye", "Yin Yin Mar", "Moe Moe", "Cho Zin"),
    "script": ("ကျော်ဇင်ထက်", "အောင်ကိုကို", "မင်းသူ", "ဇော်ဝင်း", "ခင်မြတ်နိုး", "သီတာဝင်း", "စုစုလှိုင်", "အိဖြူ"),
    "towns": ("Chanayethazan", "Mahaaungmye", "Chanmyathazi", "Pyigyidagun", "Amarapura", "Aungmyethazan",
              "Patheingyi", "Madaya", "Sagaing", "Pyin Oo Lwin"),
    "nrc": ("MaHaMa", "AhMaYa", "KhaAyaTa", "PaThaKa", "MaTaYa", "PaKaKha", "MaYaMa", "ZaYaTha"),
}

NA = {  # Erongo, Namibia: staff names
    "m": ("Petrus", "Johannes", "Fillemon", "Tangeni", "Erastus", "Immanuel", "Gottlieb", "Shikongo", "Festus",
          "Simeon"),
    "f": ("Ndapewa", "Tuyeni", "Selma", "Hilma", "Ndeshipanda", "Kaino", "Martha", "Loide", "Frieda", "Saara"),
    "last": ("Nangolo", "Amutenya", "Shikongo", "Haufiku", "Iipumbu", "Kambonde", "Tjiueza", "Kasaona", "Gowases",
             "Uirab", "Nghipandulwa", "Shipanga"),
    "towns": ("Swakopmund", "Walvis Bay", "Omaruru", "Usakos", "Karibib", "Henties Bay", "Arandis", "Uis"),
    "regions": ("Erongo", "Khomas", "Otjozondjupa", "Kunene"),
}

HT = {  # Nord, Haiti
    "m": ("Jean-Robert", "Wilner", "Frantz", "Jonas", "Réginald", "Dieuseul", "Wilfrid", "Ernst", "Jocelyn",
          "Fritznel", "Clébert", "Mackenson"),
    "f": ("Marie-Yolène", "Nadège", "Guerline", "Rose-Mirlande", "Widline", "Roseline", "Fabiola", "Mirlande",
          "Judith", "Nirva", "Lovely", "Chedeline"),
    "last": ("Pierre", "Jean-Baptiste", "Joseph", "Louis", "Charles", "Désir", "Exantus", "Augustin", "Saint-Fleur",
             "Dorvil", "Célestin", "Noël", "Fils-Aimé", "Pierre-Louis", "Delva"),
    "towns": ("Cap-Haïtien", "Limonade", "Quartier-Morin", "Milot", "Plaine-du-Nord", "Acul-du-Nord",
              "Grande-Rivière-du-Nord", "Limbé", "Plaisance", "Pilate", "Borgne", "Port-Margot"),
    "regions": ("Nord", "Nord-Est", "Nord-Ouest", "Artibonite"),
}

TN = {  # Sfax and Kerkennah, Tunisia (Arabic script, and the Latin forms of the civil registry)
    "m": ("محمد", "أحمد", "علي", "منصف", "الهادي", "نبيل", "سامي", "وليد", "الطاهر", "فتحي", "شكري", "خالد"),
    "f": ("فاطمة", "مريم", "سنية", "نجلاء", "آمنة", "خديجة", "ليلى", "سلوى", "هاجر", "إيمان", "رفيقة", "منية"),
    "last": ("الطرابلسي", "العياري", "الجبالي", "الشريف", "بن سالم", "الهمامي", "الفقيه", "الزواري", "المرزوقي",
             "الكعبي", "بالحاج", "القرقني", "مبروك"),
    "last_latin": ("Trabelsi", "Ayari", "Jebali", "Cherif", "Ben Salem", "Hammami", "Feki", "Zouari", "Marzouki",
                   "Kaabi", "Belhaj", "Karkni", "Mabrouk"),
    "towns": ("صفاقس", "قرقنة", "جبنيانة", "المحرس", "الصخيرة", "عقارب", "ساقية الزيت", "الحنشة", "طينة",
              "منزل شاكر"),
    "regions": ("صفاقس", "المهدية", "قابس", "مدنين"),
}

SN = {  # Dakar, Senegal
    "m": ("Mamadou", "Cheikh", "Moussa", "Ibrahima", "Abdoulaye", "Ousmane", "Modou", "Serigne", "Babacar", "Pape",
          "Aliou", "Lamine"),
    "f": ("Fatou", "Aminata", "Awa", "Mariama", "Khady", "Ndèye", "Coumba", "Astou", "Rokhaya", "Sokhna",
          "Mame Diarra", "Adama"),
    "last": ("Diop", "Ndiaye", "Fall", "Sow", "Gueye", "Faye", "Mbaye", "Seck", "Sarr", "Ba", "Diallo", "Cissé",
             "Thiam", "Niang", "Mbengue"),
    "towns": ("Médina", "Grand Yoff", "Pikine", "Guédiawaye", "Parcelles Assainies", "HLM", "Ouakam", "Yoff",
              "Sicap Liberté", "Keur Massar", "Thiaroye", "Rufisque"),
    "regions": ("Dakar", "Thiès", "Diourbel"),
}

MG = {  # SAVA region, Madagascar
    "m": ("Andry", "Hery", "Fanomezantsoa", "Tiana", "Mamy", "Haja", "Rivo", "Toky", "Njaka", "Feno", "Solofo",
          "Jaona"),
    "f": ("Voahangy", "Lalao", "Hanitra", "Fara", "Noro", "Vololona", "Soa", "Miora", "Tahina", "Nirina", "Holy",
          "Rindra"),
    "last": ("Rakotomalala", "Randrianarisoa", "Rasoanaivo", "Razafindrakoto", "Andriamampianina", "Rabemananjara",
             "Rakotondrabe", "Ravelojaona", "Randriamanantena", "Razanamahefa", "Rasolofomanana", "Tsiaro"),
    "towns": ("Sambava", "Antalaha", "Andapa", "Vohémar", "Farahalana", "Ampahana", "Anjialava", "Bemanevika",
              "Marojala", "Ambodiampana"),
    "regions": ("SAVA", "Analanjirofo", "Diana"),
}

PH = {  # Batangas and Cebu, Philippines
    "m": ("Rogelio", "Mark Anthony", "Jericho", "Reynaldo", "Danilo", "Arnel", "Rommel", "Efren", "Noel", "Jayson",
          "Ramil", "Jun"),
    "f": ("Maria Cristina", "Rosalinda", "Jennifer", "Mylene", "Lorna", "Marites", "Gemma", "Rowena", "Analyn",
          "Precious", "Kristine", "Liezel"),
    "last": ("dela Cruz", "Santos", "Reyes", "Bautista", "Garcia", "Mendoza", "Villanueva", "Ramos", "Aquino",
             "Castillo", "Manalo", "Dizon", "Pascual", "Soriano", "Magsino", "Cabrera"),
    "barangays": ("Poblacion", "San Isidro", "Santa Rita Karsada", "Balagtas", "Kumintang Ibaba", "Alangilan",
                  "Pallocan Kanluran", "Cuta", "Gulod Labac", "Sorosoro Ilaya", "Libjo", "Tinga Labac"),
    "cebu": ("Cebu City", "Mandaue", "Lapu-Lapu", "Talisay", "Consolacion", "Liloan", "Minglanilla", "Naga"),
}

KU = {  # Erbil governorate, Kurdistan Region of Iraq (Sorani, Arabic script)
    "m": ("کاروان", "ڕێبوار", "هیوا", "دلشاد", "شێرکۆ", "ئارام", "شوان", "هاوڕێ", "بۆتان", "کاوە"),
    "f": ("شیلان", "نازدار", "ئاڤین", "ژینۆ", "بەهار", "سارا", "چنار", "هانا", "ڕۆژ", "نیشتمان"),
    "last": ("ئەحمەد", "محەمەد", "ڕەسوڵ", "عەزیز", "حەمەد", "قادر", "مستەفا", "کەریم", "ساڵح", "عوسمان"),
    "towns": ("هەولێر", "کۆیە", "شەقڵاوە", "سۆران", "ڕەواندز", "خەبات", "مەخموور", "چۆمان"),
}

GL = {  # Greenland
    "m": ("Aputsiaq", "Inuk", "Minik", "Kunuk", "Malik", "Ujarak", "Hans", "Jens", "Nuka", "Pavia", "Kaali",
          "Aqqaluk"),
    "f": ("Arnaq", "Naja", "Paninnguaq", "Nivi", "Ivalu", "Aviaja", "Pipaluk", "Ane", "Malu", "Nukaaka", "Najaaraq",
          "Karina"),
    "last": ("Kleist", "Lynge", "Petersen", "Olsen", "Kristiansen", "Berthelsen", "Motzfeldt", "Kreutzmann",
             "Nielsen", "Høegh", "Enoksen", "Fleischer", "Mølgaard"),
    "towns": (("3900", "Nuuk"), ("3911", "Sisimiut"), ("3952", "Ilulissat"), ("3920", "Qaqortoq"),
              ("3950", "Aasiaat"), ("3912", "Maniitsoq"), ("3913", "Tasiilaq"), ("3961", "Uummannaq"),
              ("3962", "Upernavik"), ("3951", "Qasigiannguit"), ("3940", "Paamiut"), ("3921", "Narsaq")),
}
