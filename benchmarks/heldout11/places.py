"""Short lists of real personal names, streets, towns, regions and postcodes of the countries
of held-out set 11, written by hand (Faker has no locale for most of them)."""

from __future__ import annotations

#: country -> given names by sex, family names, streets, (town, region, postcode) triples
CR = {
    "F": ["María", "Ana", "Lucía", "Daniela", "Valeria", "Karla", "Marianela", "Yorleny", "Silvia", "Gabriela"],
    "M": ["José", "Luis", "Carlos", "Andrés", "Esteban", "Mauricio", "Greivin", "Jorge", "Álvaro", "Randall"],
    "family": ["Solís", "Mora", "Vargas", "Jiménez", "Rojas", "Araya", "Chaves", "Quesada", "Ureña", "Valverde",
               "Calderón", "Barrantes", "Salazar", "Fallas", "Navarro", "Zúñiga"],
    "streets": ["Calle Central", "Avenida 2", "Calle 4", "Avenida Segunda", "Calle Los Naranjos", "Calle del Cementerio"],
    "towns": [("San Marcos", "San José", "10501"), ("San Lorenzo", "San José", "10502"),
              ("Santa María", "San José", "11701"), ("San Pablo", "San José", "12001"),
              ("Cartago", "Cartago", "30101"), ("Alajuela", "Alajuela", "20101"),
              ("Heredia", "Heredia", "40101"), ("Liberia", "Guanacaste", "50101")],
}
PA = {
    "F": ["Yaritza", "Itzel", "Marisol", "Anayansi", "Rosa", "Katherine", "Eneida", "Yamileth"],
    "M": ["Ricardo", "Aristides", "Abdiel", "Eliécer", "Omar", "Rubén", "Edwin", "Nelson"],
    "family": ["González", "Rodríguez", "Castillo", "Pinzón", "Batista", "Quintero", "Sánchez", "Him",
               "Chen", "Saavedra", "Cedeño", "De León", "Vergara", "Ríos"],
    "streets": ["Calle 50", "Vía España", "Avenida Balboa", "Calle Uruguay", "Vía Argentina", "Avenida Perú"],
    "towns": [("Panamá", "Panamá", ""), ("Colón", "Colón", ""), ("La Chorrera", "Panamá Oeste", ""),
              ("Arraiján", "Panamá Oeste", ""), ("David", "Chiriquí", ""), ("Santiago", "Veraguas", ""),
              ("Balboa", "Panamá", ""), ("Gamboa", "Colón", "")],
}
ME = {
    "F": ["Milica", "Jelena", "Ivana", "Marija", "Dragana", "Tijana", "Anđela", "Sanja", "Jovana", "Bojana"],
    "M": ["Marko", "Nikola", "Stefan", "Vuk", "Dejan", "Milan", "Predrag", "Nemanja", "Luka", "Dragan"],
    "family": ["Vujović", "Popović", "Radulović", "Đukanović", "Kažić", "Lazarević", "Mijušković", "Perović",
               "Vukčević", "Bulatović", "Raičević", "Knežević", "Marković", "Šćepanović"],
    "streets": ["Njegoševa", "Ulica Slobode", "Bulevar Svetog Petra Cetinjskog", "Stari grad", "Jadranski put",
                "Ulica 13. jula", "Obala Kotora"],
    "towns": [("Kotor", "Kotor", "85330"), ("Tivat", "Tivat", "85320"), ("Budva", "Budva", "85310"),
              ("Herceg Novi", "Herceg Novi", "85340"), ("Podgorica", "Podgorica", "81000"),
              ("Nikšić", "Nikšić", "81400"), ("Bar", "Bar", "85000"), ("Cetinje", "Cetinje", "81250")],
}
BY = {
    "F": ["Вольга", "Наталля", "Алена", "Тацяна", "Ірына", "Святлана", "Ганна", "Марына"],
    "M": ["Аляксандр", "Сяргей", "Андрэй", "Дзмітрый", "Уладзімір", "Павел", "Мікалай", "Віктар"],
    "family": ["Ковалёў", "Навіцкі", "Шэўчык", "Лукашэвіч", "Мароз", "Жук", "Кавалевіч", "Казлоў",
               "Бондар", "Грыбоўскі", "Васілеўскі", "Міхалёнак"],
    "streets": ["вул. Леніна", "вул. Міра", "праспект Тэкстыльшчыкаў", "вул. Мігоўская", "вул. Савецкая",
                "вул. Гагарына"],
    "towns": [("Орша", "Віцебская вобласць", "211030"), ("Віцебск", "Віцебская вобласць", "210001"),
              ("Барань", "Віцебская вобласць", "211031"), ("Дуброўна", "Віцебская вобласць", "211587"),
              ("Магілёў", "Магілёўская вобласць", "212030"), ("Мінск", "Мінск", "220030")],
}
BW = {
    "F": ["Kefilwe", "Boitumelo", "Onalenna", "Mpho", "Lorato", "Masego", "Kagiso", "Neo", "Tebogo", "Gaone"],
    "M": ["Thabo", "Kabelo", "Tshepo", "Oratile", "Mothusi", "Kgosi", "Lesego", "Tumelo", "Pako"],
    "family": ["Molefe", "Seretse", "Kgosietsile", "Masisi", "Modise", "Tau", "Mogwe", "Gaolathe", "Sebele",
               "Ramotswa", "Motswagole", "Phiri"],
    "streets": ["Khama Crescent", "Nelson Mandela Drive", "Queens Road", "Blue Jacket Street", "Kgale View"],
    "towns": [("Ghanzi", "Ghanzi", ""), ("Maun", "North-West", ""), ("Gaborone", "South-East", ""),
              ("Francistown", "North-East", ""), ("Serowe", "Central", ""), ("Kang", "Kgalagadi", ""),
              ("Molepolole", "Kweneng", ""), ("Lobatse", "South-East", "")],
}
OM = {
    "F": ["فاطمة", "مريم", "عائشة", "شيخة", "زينب", "أمل", "بثينة", "موزة"],
    "M": ["سالم", "سعيد", "خالد", "أحمد", "علي", "محمد", "حمد", "مسلم"],
    "family": ["المعشني", "الشحري", "الكثيري", "البلوشي", "الحارثي", "الرواحي", "العمري", "الشنفري", "المهري"],
    "F_lat": ["Fatma", "Maryam", "Aisha", "Shaikha", "Zainab", "Amal", "Buthaina", "Moza"],
    "M_lat": ["Salim", "Said", "Khalid", "Ahmed", "Ali", "Mohammed", "Hamad", "Musallam"],
    "family_lat": ["Al Mashani", "Al Shahri", "Al Kathiri", "Al Balushi", "Al Harthy", "Al Rawahi",
                   "Al Amri", "Al Shanfari", "Al Mahri"],
    "streets": ["شارع السلطان قابوس", "شارع 23 يوليو", "شارع الحافة", "شارع السعادة"],
    "towns": [("صلالة", "ظفار", "211"), ("طاقة", "ظفار", "212"), ("مرباط", "ظفار", "213"),
              ("مسقط", "مسقط", "100"), ("السيب", "مسقط", "111"), ("نزوى", "الداخلية", "611"), ("صحار", "شمال الباطنة", "311")],
}
LB = {
    "F": ["Rana", "Maya", "Nour", "Rita", "Hiba", "Layal", "Joumana", "Carla", "Zeina", "Rima"],
    "M": ["Georges", "Karim", "Ziad", "Walid", "Rami", "Elie", "Hassan", "Nabil", "Fadi", "Charbel"],
    "family": ["Haddad", "Khoury", "Nassar", "Saad", "Karam", "Hamdan", "Chidiac", "Mikati", "Fakhoury",
               "Abou Jaoude", "Sabbagh", "Rifai"],
    "streets": ["Rue Riad el Solh", "Rue Azmi", "Rue Hamra", "Rue Gouraud", "Avenue Fouad Chehab", "Rue Al Mina"],
    "towns": [("Tripoli", "Nord", "1300"), ("El Mina", "Nord", "1301"), ("Beyrouth", "Beyrouth", "1107"),
              ("Zgharta", "Nord", "1306"), ("Batroun", "Nord", "1401"), ("Saïda", "Sud", "1600"),
              ("Zahlé", "Békaa", "1801")],
}
KH = {
    "F": ["Sreymom", "Sophea", "Chanthou", "Bopha", "Sokunthea", "Davy", "Srey Leak", "Kanha"],
    "M": ["Sokha", "Dara", "Vannak", "Piseth", "Rithy", "Sovann", "Chenda", "Vuthy"],
    "family": ["Chea", "Sok", "Heng", "Kim", "Chan", "Meas", "Seng", "Prak", "Ouk", "Nuon", "Touch"],
    "F_km": ["ស្រីមុំ", "សុភា", "ចន្ធូ", "បុប្ផា", "ដាវី"],
    "M_km": ["សុខា", "តារា", "វណ្ណៈ", "ពិសិដ្ឋ", "រិទ្ធី"],
    "family_km": ["ជា", "សុខ", "ហេង", "គឹម", "ចាន់", "មាស"],
    "towns": [("Siem Reap", "Siem Reap", "171201"), ("Puok", "Siem Reap", "171101"),
              ("Banteay Srei", "Siem Reap", "170401"), ("Prasat Bakong", "Siem Reap", "171001"),
              ("Kampong Thom", "Kampong Thom", "060101"), ("Battambang", "Battambang", "020101")],
}
MU = {
    "F": ["Priya", "Anjali", "Marie-Claire", "Nathalie", "Shabnam", "Vidya", "Stéphanie", "Reshma", "Kavita"],
    "M": ["Vikash", "Rajesh", "Jean-Marc", "Nitin", "Yousouf", "Kevin", "Anil", "Christophe", "Sanjay"],
    "family": ["Ramgoolam", "Jugnauth", "Bérenger", "Boodhoo", "Seetohul", "Li Kwong Ken", "Appadoo", "Dookhun",
               "Moutou", "Ramsahye", "Peerbux", "Lagesse"],
    "streets": ["Royal Road", "Avenue des Manguiers", "Rue Desforges", "Sir Seewoosagur Ramgoolam Street",
                "Avenue Berthaud", "Rue Vandermeersch"],
    "towns": [("Rose-Hill", "Plaines Wilhems", "71259"), ("Curepipe", "Plaines Wilhems", "74213"),
              ("Quatre Bornes", "Plaines Wilhems", "72426"), ("Port Louis", "Port Louis", "11328"),
              ("Vacoas", "Plaines Wilhems", "73304"), ("Mahébourg", "Grand Port", "50802"),
              ("Goodlands", "Rivière du Rempart", "30401")],
}
TT = {
    "F": ["Keisha", "Shivani", "Alicia", "Natalie", "Kimberly", "Anushka", "Tricia", "Renee", "Sherry-Ann"],
    "M": ["Kerwin", "Ravi", "Marlon", "Dexter", "Anthony", "Vishnu", "Kwame", "Sheldon", "Jason"],
    "family": ["Ramdass", "Baptiste", "Mohammed", "Charles", "Persad", "Williams", "Ali", "Joseph", "Maharaj",
               "Phillip", "De Freitas", "Ramnarine", "Lewis"],
    "streets": ["Frederick Street", "Ariapita Avenue", "Tragarete Road", "Eastern Main Road", "Southern Main Road",
                "Coffee Street", "Henry Street"],
    "towns": [("Port of Spain", "Port of Spain", "100110"), ("San Fernando", "San Fernando", "600104"),
              ("Arima", "Arima", "300112"), ("Chaguanas", "Chaguanas", "500109"),
              ("Diego Martin", "Diego Martin", "120110"), ("Tunapuna", "Tunapuna–Piarco", "330111"),
              ("Scarborough", "Tobago", "900101")],
}
UG = {
    "F": ["Nakato", "Babirye", "Namubiru", "Nansubuga", "Achieng", "Akello", "Nabukenya", "Namutebi", "Sarah"],
    "M": ["Mukasa", "Ssekandi", "Kato", "Waiswa", "Okello", "Ochieng", "Kizza", "Lubega", "Musoke"],
    "family": ["Ssempijja", "Kiggundu", "Nsubuga", "Mugisha", "Byaruhanga", "Kasozi", "Wasswa", "Otim",
               "Tumusiime", "Lwanga", "Mutebi", "Kyeyune"],
    "streets": ["Main Street", "Nile Crescent", "Bridge Street", "Iganga Road", "Kampala Road", "Lubas Road"],
    "towns": [("Jinja", "Jinja", ""), ("Bujagali", "Jinja", ""), ("Njeru", "Buikwe", ""), ("Mukono", "Mukono", ""),
              ("Kampala", "Kampala", ""), ("Entebbe", "Wakiso", ""), ("Kayunga", "Kayunga", "")],
}

#: phone patterns (# a digit) of persons' mobiles, as they are written in each country
PHONES = {
    "CR": ("+506 8### ####", "8###-####", "6###-####", "(506) 7###-####"),
    "PA": ("+507 6###-####", "6###-####", "507 6### ####"),
    "ME": ("+382 67 ### ###", "067/###-###", "+382 69 ### ###", "068 ### ###"),
    "BY": ("+375 29 ###-##-##", "8 029 ### ## ##", "+375 44 #######", "+375 33 ### ## ##"),
    "BW": ("+267 71 ### ###", "72######", "+267 74 ### ###", "76 ### ###"),
    "OM": ("+968 9### ####", "9### ####", "+968 7### ####", "00968 9### ####"),
    "LB": ("+961 3 ### ###", "03-######", "+961 71 ### ###", "76 ### ###"),
    "KH": ("012 ### ###", "+855 12 ### ###", "097 ### ####", "+855 92 ### ###", "017 ### ###"),
    "MU": ("+230 5### ####", "5### ####", "5 ### ####"),
    "TT": ("+1 (868) 7##-####", "868-7##-####", "1-868-3##-####", "(868) 4##-####"),
    "UG": ("+256 772 ### ###", "0772######", "+256 701 ######", "0759 ### ###"),
}
