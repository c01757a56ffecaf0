"""Short lists of real given names, family names, streets, towns, regions and postcodes of the
countries of held-out set 10, written by hand (Faker has no locale for most of them)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Country:
    female: tuple[str, ...]
    male: tuple[str, ...]
    family: tuple[str, ...]
    streets: tuple[str, ...]
    #: (town, region, postcode or "")
    towns: tuple[tuple[str, str, str], ...]


UY = Country(
    ("Valentina", "Florencia", "Agustina", "Lucía", "Camila", "Sofía", "Martina", "Micaela", "Rosario", "Noelia"),
    ("Facundo", "Matías", "Gonzalo", "Santiago", "Joaquín", "Nicolás", "Diego", "Rodrigo", "Sebastián", "Bruno"),
    ("Rodríguez", "González", "Fernández", "Pereira", "Suárez", "Silva", "Sosa", "Techera", "Olivera", "De León",
     "Acosta", "Cabrera", "Pintos", "Viera", "Larrañaga", "Bentancur"),
    ("18 de Julio", "Rambla Rep. de México", "Gral. Flores", "Av. Italia", "Bvar. Artigas", "Treinta y Tres",
     "Calle de los Suspiros", "Gral. Flores", "Misiones", "Sarandí"),
    (("Carmelo", "Colonia", "70100"), ("Colonia del Sacramento", "Colonia", "70000"), ("Nueva Helvecia", "Colonia", "70200"),
     ("Juan Lacaze", "Colonia", "70300"), ("Montevideo", "Montevideo", "11200"), ("Canelones", "Canelones", "90000"),
     ("Las Piedras", "Canelones", "90200"), ("Rosario", "Colonia", "70400"), ("Mercedes", "Soriano", "75000"),
     ("Salto", "Salto", "50000")),
)

MA = Country(
    ("Fatima Zahra", "Khadija", "Naima", "Salma", "Imane", "Hanane", "Meryem", "Siham", "Zineb", "Loubna"),
    ("Mohammed", "Youssef", "Abdelilah", "Hicham", "Rachid", "Said", "Mustapha", "Driss", "Abdelkader", "Omar"),
    ("El Fassi", "Bennani", "Tazi", "Alaoui", "Berrada", "Lahlou", "Benjelloun", "Chraibi", "El Idrissi", "Sqalli",
     "Ouazzani", "Amrani", "Filali", "Kettani"),
    ("Derb Sidi Ahmed Tijani", "Talaa Kebira", "Rue Ibn Khatib", "Avenue Hassan II", "Boulevard Allal El Fassi",
     "Derb Chouara", "Rue Atlas", "Avenue des FAR"),
    (("Fès", "Fès-Meknès", "30000"), ("Fès", "Fès-Meknès", "30110"), ("Meknès", "Fès-Meknès", "50000"),
     ("Sefrou", "Fès-Meknès", "31000"), ("Moulay Yacoub", "Fès-Meknès", "30200"), ("Taza", "Fès-Meknès", "35000"),
     ("Ifrane", "Fès-Meknès", "53000"), ("Marrakech", "Marrakech-Safi", "40000")),
)

CU = Country(
    ("Yusleidy", "Yanelis", "Dayami", "Mayelín", "Yamilé", "Odalys", "Yurisleidy", "Marisela", "Daimarys", "Liset"),
    ("Yoandri", "Yosvany", "Reinier", "Osmel", "Yunior", "Lázaro", "Alexis", "Raúl", "Orlando", "Yordanis"),
    ("Pérez", "Hernández", "García", "Díaz", "Cabrera", "Robaina", "Valdés", "Cruz", "Martínez", "Lorenzo", "Rivero",
     "Crespo"),
    ("Calle Martí", "Calle Maceo", "Calle Gerardo Medina", "Calle Isabel Rubio", "Carretera a Viñales", "Calle Vélez Caviedes"),
    (("Pinar del Río", "Pinar del Río", "20100"), ("San Juan y Martínez", "Pinar del Río", "22500"),
     ("San Luis", "Pinar del Río", "22400"), ("Viñales", "Pinar del Río", "22400"), ("Consolación del Sur", "Pinar del Río", "22600"),
     ("Guane", "Pinar del Río", "22100"), ("La Habana", "La Habana", "10400")),
)

BO = Country(
    ("Wara", "Sisa", "Juana", "Rosmery", "Nayra", "Inés", "Sonia", "Marisol", "Lidia", "Teodora"),
    ("Mamerto", "Eustaquio", "Wilfredo", "Rolando", "Freddy", "Edwin", "Saturnino", "Grover", "Ronald", "Cristóbal"),
    ("Mamani", "Quispe", "Condori", "Choque", "Huanca", "Flores", "Colque", "Apaza", "Cruz", "Chambi", "Villca",
     "Poma"),
    ("Calle Bolívar", "Calle Linares", "Av. Villazón", "Calle Chuquisaca", "Calle Quijarro", "Av. Universitaria",
     "Calle Oruro"),
    (("Potosí", "Potosí", ""), ("Llallagua", "Potosí", ""), ("Uyuni", "Potosí", ""), ("Tupiza", "Potosí", ""),
     ("Villazón", "Potosí", ""), ("Sucre", "Chuquisaca", ""), ("Oruro", "Oruro", ""), ("El Alto", "La Paz", "")),
)
BO_DEPT = ("PT", "PT", "PT", "OR", "CH", "LP")

KG = Country(
    ("Айгүл", "Нургүл", "Жылдыз", "Гүлнара", "Айпери", "Асель", "Бермет", "Чолпон", "Мээрим", "Элнура"),
    ("Азамат", "Бакыт", "Нурлан", "Эрлан", "Улан", "Талант", "Айбек", "Медер", "Жаныбек", "Султан"),
    ("Асанов", "Жумабаев", "Токтогулов", "Садыков", "Абдыкадыров", "Осмонов", "Турдубаев", "Бекболотов",
     "Мамытов", "Орозбеков"),
    ("ул. Орозбекова", "ул. Ленина", "ул. Манаса", "ул. Чүй", "ул. Советская", "ул. Токтогула"),
    (("Кочкор", "Нарын облусу", "722100"), ("Нарын", "Нарын облусу", "722600"), ("Бишкек", "Чүй облусу", "720000"),
     ("Каракол", "Ысык-Көл облусу", "722200"), ("Балыкчы", "Ысык-Көл облусу", "722300"), ("Ат-Башы", "Нарын облусу", "722800"),
     ("Ош", "Ош облусу", "723500")),
)

SG = Country(
    ("Siew Ling", "Mei Ling", "Hui Min", "Nurul Aini", "Siti Rahmah", "Kavitha", "Priya", "Jia Hui", "Xin Yi", "Wei Ling"),
    ("Wei Jie", "Kok Leong", "Ah Seng", "Muhammad Faizal", "Rajesh", "Boon Huat", "Chee Keong", "Hafiz", "Kumar", "Jun Hao"),
    ("Tan", "Lim", "Lee", "Ng", "Ong", "Goh", "Teo", "Koh", "Chua", "bin Abdullah", "Pillai", "Nair", "Seah", "Toh"),
    ("Tampines Street 81", "Ang Mo Kio Avenue 3", "Jurong West Street 42", "Bedok North Road", "Yishun Ring Road",
     "Toa Payoh Lorong 1", "Bukit Batok West Avenue 6", "Woodlands Drive 14"),
    (("Singapore", "Tampines", "520815"), ("Singapore", "Ang Mo Kio", "560301"), ("Singapore", "Jurong West", "640421"),
     ("Singapore", "Bedok", "460105"), ("Singapore", "Yishun", "760222"), ("Singapore", "Toa Payoh", "310177"),
     ("Singapore", "Bukit Batok", "650380"), ("Singapore", "Woodlands", "730612")),
)

HK = Country(
    ("Wing Yan", "Ka Yee", "Mei Kuen", "Suk Ching", "Hoi Ting", "Yuen Ling", "Wai Man", "Siu Fong"),
    ("Chi Keung", "Ka Ho", "Wing Kin", "Chun Wai", "Kwok Leung", "Siu Ming", "Tak Wah", "Man Hin"),
    ("Chan", "Wong", "Lee", "Cheung", "Lau", "Leung", "Ho", "Ng", "Yip", "Tsang", "Kwok", "Mak", "Fung", "Chow"),
    ("Nathan Road", "Shanghai Street", "Hennessy Road", "Sai Yeung Choi Street", "Tai Po Road", "Castle Peak Road",
     "Shek Kip Mei Street", "Lai Chi Kok Road"),
    (("Mong Kok", "Kowloon", ""), ("Sham Shui Po", "Kowloon", ""), ("Kwun Tong", "Kowloon", ""), ("Tsuen Wan", "New Territories", ""),
     ("Sha Tin", "New Territories", ""), ("Tuen Mun", "New Territories", ""), ("Wan Chai", "Hong Kong Island", ""),
     ("Yuen Long", "New Territories", "")),
)

QA = Country(
    ("مريم", "نورة", "العنود", "حصة", "شيخة", "موزة", "لولوة", "فاطمة"),
    ("حمد", "خالد", "جاسم", "عبدالله", "ناصر", "سعود", "محمد", "فهد", "علي", "تميم"),
    ("المري", "الكواري", "النعيمي", "الهاجري", "المهندي", "العطية", "السليطي", "الدوسري", "الخليفي", "المناعي"),
    ("شارع الكورنيش", "شارع سلوى", "شارع الريان الجديد", "طريق الشمال", "شارع المطار القديم"),
    (("الدوحة", "الدوحة", ""), ("الريان", "الريان", ""), ("الوكرة", "الوكرة", ""), ("الخور", "الخور", ""),
     ("أم صلال", "أم صلال", ""), ("الشحانية", "الشحانية", "")),
)
QA_LATIN = Country(
    ("Maryam", "Noora", "Al Anoud", "Hessa", "Sheikha", "Moza", "Lolwa", "Fatima"),
    ("Hamad", "Khalid", "Jassim", "Abdullah", "Nasser", "Saud", "Mohammed", "Fahad", "Ali", "Tamim"),
    ("Al-Marri", "Al-Kuwari", "Al-Naimi", "Al-Hajri", "Al-Mohannadi", "Al-Attiyah", "Al-Sulaiti", "Al-Dosari",
     "Al-Khulaifi", "Al-Mannai"),
    ("Corniche Street", "Salwa Road", "Al Rayyan Road", "Al Shamal Road"),
    (("Doha", "Ad Dawhah", ""), ("Al Rayyan", "Al Rayyan", ""), ("Al Wakrah", "Al Wakrah", ""), ("Al Khor", "Al Khor", "")),
)

JM = Country(
    ("Shanique", "Tanisha", "Kerry-Ann", "Sashana", "Monique", "Latoya", "Nadine", "Shelly-Ann", "Tashoya", "Alecia"),
    ("Dwayne", "Omar", "Andre", "Kemar", "Damion", "Romaine", "Everton", "Delroy", "Fitzroy", "Oneil"),
    ("Campbell", "Williams", "Brown", "Clarke", "McKenzie", "Morgan", "Thompson", "Reid", "Grant", "Bailey",
     "Ellis", "Francis", "Palmer", "Gordon"),
    ("Hope Road", "Orange Street", "Mountain View Avenue", "Red Hills Road", "Constant Spring Road", "Old Hope Road",
     "Spanish Town Road", "Barbican Road"),
    (("Kingston 6", "St. Andrew", ""), ("Kingston 10", "St. Andrew", ""), ("Kingston 11", "St. Andrew", ""),
     ("Spanish Town", "St. Catherine", ""), ("Portmore", "St. Catherine", ""), ("Montego Bay", "St. James", ""),
     ("Mandeville", "Manchester", ""), ("May Pen", "Clarendon", ""), ("Ocho Rios", "St. Ann", "")),
)

MD = Country(
    ("Ana", "Elena", "Natalia", "Tatiana", "Cristina", "Doina", "Ludmila", "Mariana", "Svetlana", "Olga"),
    ("Ion", "Vasile", "Sergiu", "Andrei", "Igor", "Vitalie", "Gheorghe", "Dumitru", "Victor", "Nicolae"),
    ("Rusu", "Ceban", "Ciobanu", "Turcan", "Lungu", "Munteanu", "Cojocaru", "Sârbu", "Botnaru", "Guțu", "Bodiu",
     "Țurcanu"),
    ("bd. Ștefan cel Mare și Sfânt", "str. Ismail", "bd. Dacia", "str. Alba Iulia", "str. Calea Ieșilor",
     "bd. Mircea cel Bătrân", "str. Mihai Viteazul", "str. Bucuriei"),
    (("Chișinău", "mun. Chișinău", "MD-2001"), ("Chișinău", "mun. Chișinău", "MD-2068"), ("Chișinău", "mun. Chișinău", "MD-2044"),
     ("Durlești", "mun. Chișinău", "MD-2003"), ("Codru", "mun. Chișinău", "MD-2087"), ("Ialoveni", "r-nul Ialoveni", "MD-6801"),
     ("Strășeni", "r-nul Strășeni", "MD-3701"), ("Bălți", "mun. Bălți", "MD-3100")),
)

RW = Country(
    ("Uwimana", "Mukamana", "Uwase", "Ingabire", "Mukeshimana", "Nyiraneza", "Umutoni", "Iradukunda", "Uwineza", "Mutesi"),
    ("Habimana", "Niyonzima", "Nshimiyimana", "Hakizimana", "Mugisha", "Ndayisaba", "Bizimana", "Manzi", "Nkurunziza",
     "Twagirayezu"),
    ("Jean Claude", "Marie Claire", "Emmanuel", "Jeanne", "Patrick", "Alphonsine", "Innocent", "Vestine", "Eric",
     "Solange", "Theoneste", "Chantal"),
    (),
    (("Musanze", "Amajyaruguru", ""), ("Huye", "Amajyepfo", ""), ("Nyagatare", "Iburasirazuba", ""),
     ("Rubavu", "Iburengerazuba", ""), ("Gasabo", "Umujyi wa Kigali", ""), ("Kicukiro", "Umujyi wa Kigali", ""),
     ("Rwamagana", "Iburasirazuba", ""), ("Nyamagabe", "Amajyepfo", "")),
)
RW_SECTORS = ("Muhoza", "Cyuve", "Kinigi", "Ngoma", "Tumba", "Rwimiyaga", "Gisenyi", "Kimironko", "Remera", "Gahanga", "Kigabiro")

FJ = Country(
    ("Mere", "Vilisi", "Litia", "Salote", "Ana", "Losana", "Sera", "Akanisi", "Priya", "Sunita", "Kamla", "Shalini"),
    ("Tevita", "Jone", "Sevanaia", "Ratu Inoke", "Apisai", "Peni", "Viliame", "Rajesh", "Ashok", "Vijay", "Mahendra", "Sanjay"),
    ("Nacola", "Waqa", "Ravuvu", "Tuilevuka", "Delana", "Naivalu", "Koroi", "Vakaloloma", "Prasad", "Naidu", "Chand",
     "Sharma", "Kumar", "Lal"),
    ("Queens Road", "Kings Road", "Vitogo Parade", "Naviti Street", "Drasa Avenue", "Tavewa Avenue"),
    (("Lautoka", "Western", ""), ("Ba", "Western", ""), ("Nadi", "Western", ""), ("Rakiraki", "Western", ""),
     ("Labasa", "Northern", ""), ("Sigatoka", "Western", ""), ("Tavua", "Western", ""), ("Savusavu", "Northern", "")),
)
