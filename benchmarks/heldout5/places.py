"""Short lists of real place names and personal names where Faker's locale has none of its own
(its Latvian, Icelandic, Kenyan, Nigerian, Pakistani and Malaysian addresses are American, its
Malaysian names English)."""

from __future__ import annotations

LV_TOWNS = (("Rīga", "LV-1050"), ("Daugavpils", "LV-5401"), ("Liepāja", "LV-3401"), ("Jelgava", "LV-3001"),
            ("Ventspils", "LV-3601"), ("Rēzekne", "LV-4601"), ("Valmiera", "LV-4201"), ("Jūrmala", "LV-2015"),
            ("Ogre", "LV-5001"), ("Cēsis", "LV-4101"), ("Talsi", "LV-3201"), ("Kuldīga", "LV-3301"))
LV_STREETS = ("Brīvības iela", "Krišjāņa Barona iela", "Elizabetes iela", "Lāčplēša iela", "Dzirnavu iela",
              "Tērbatas iela", "Ganību dambis", "Rīgas iela", "Skolas iela", "Pils iela", "Lielā iela")
LV_MUNICIPALITIES = ("Ventspils novads", "Dienvidkurzemes novads", "Talsu novads", "Kuldīgas novads",
                     "Limbažu novads", "Saulkrastu novads", "Tukuma novads")
IS_TOWNS = (("Reykjavík", "101"), ("Reykjavík", "105"), ("Kópavogur", "200"), ("Hafnarfjörður", "220"),
            ("Akureyri", "600"), ("Reykjanesbær", "230"), ("Garðabær", "210"), ("Mosfellsbær", "270"),
            ("Selfoss", "800"), ("Akranes", "300"), ("Ísafjörður", "400"), ("Egilsstaðir", "700"))
IS_STREETS = ("Laugavegur", "Skólavörðustígur", "Hverfisgata", "Bankastræti", "Suðurgata", "Hringbraut",
              "Álfheimar", "Strandgata", "Hafnarstræti", "Kirkjuvegur")
IS_MUNICIPALITIES = ("Grindavíkurbær", "Ölfus", "Skeiða- og Gnúpverjahreppur", "Þingeyjarsveit",
                     "Skútustaðahreppur", "Bláskógabyggð")
KE_COUNTIES = (("Nairobi", "Nairobi"), ("Mombasa", "Mombasa"), ("Kisumu", "Kisumu"), ("Nakuru", "Nakuru"),
               ("Uasin Gishu", "Eldoret"), ("Kiambu", "Thika"), ("Machakos", "Machakos"), ("Kakamega", "Kakamega"),
               ("Nyeri", "Nyeri"), ("Kilifi", "Malindi"), ("Meru", "Meru"), ("Kericho", "Kericho"))
NG_STATES = ("Lagos", "Oyo", "Kano", "Rivers", "Enugu", "Anambra", "Kaduna", "Ogun", "Delta", "Edo", "Imo",
             "Plateau", "FCT Abuja", "Kwara", "Osun")
PK_CITIES = ("Lahore", "Karachi", "Rawalpindi", "Faisalabad", "Multan", "Peshawar", "Sialkot", "Quetta",
             "Gujranwala", "Hyderabad", "Islamabad", "Bahawalpur")
MY_GIVEN_F = ("Nurul Aina", "Siti Aisyah", "Farah Nabila", "Mei Ling", "Hui Min", "Kavitha", "Priya",
              "Aishah", "Nur Izzati", "Wei Ting", "Shalini", "Zarina")
MY_GIVEN_M = ("Muhammad Hafiz", "Ahmad Faris", "Mohd Azlan", "Wei Jie", "Chee Keong", "Ravi", "Suresh",
              "Amirul", "Khairul Anuar", "Jun Hao", "Kumaran", "Hakim")
MY_FAMILY_MALAY = ("bin Abdullah", "bin Ismail", "bin Hassan", "bin Osman", "bin Yusof")
MY_FAMILY_MALAY_F = ("binti Abdullah", "binti Ismail", "binti Hassan", "binti Osman", "binti Yusof")
MY_FAMILY_CN = ("Tan", "Lim", "Lee", "Wong", "Ng", "Chong", "Teh", "Ooi")
MY_FAMILY_IN = ("a/l Subramaniam", "a/l Muniandy", "a/p Krishnan", "a/p Raman")
EC_PROVINCES = ("Pichincha", "Guayas", "Azuay", "Manabí", "El Oro", "Loja", "Tungurahua", "Imbabura",
                "Chimborazo", "Esmeraldas", "Cotopaxi", "Los Ríos")
