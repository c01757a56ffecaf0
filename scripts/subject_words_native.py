"""Table-subject words in their native spelling, by language: the source of
piiscan/detect/subject_words.yaml (written by scripts/build_subject_words.py, which stores each
word as piiscan's tokenize() writes it).

Each entry is a comma-separated list of the forms a table name uses: singular, plural, and the
definite or case form a language glues to the word (Romanian `clientii`, Albanian `klientet`,
Danish `kunderne`). Kinds: person (whose rows are people), thing (sites, goods, machines,
organisations, places), animal, event (records of what people do: a thing word before them
says where, not whose rows). Words dropped by scripts/check_subject_words.py are in DROPPED at
the end, with the reason, so that nobody adds them back.
"""

NATIVE = {
    # ---------------------------------------------------------------- EU languages
    "de": ("German", {
        "person": "Klient, Klienten, Kundin, Kundinnen, Mitarbeiterin, Mitarbeiterinnen, Angestellte, Angestellter,"
                  " Angestellten, Beschäftigte, Beschäftigten, Mitglieder, Patient, Patienten, Patientin, Patientinnen,"
                  " Studenten, Studierende, Schülerin, Schülerinnen, Fahrgast, Fahrgäste, Passagier, Passagiere, Gäste,"
                  " Bewerberin, Bewerberinnen, Abonnent, Abonnenten, Fahrer, Fahrerin, Bewohner, Bewohnerin, Einwohner,"
                  " Bürger, Bürgerin, Wähler, Spender, Freiwillige, Freiwilligen, Arbeiter, Arbeitnehmer, Besucher,"
                  " Besucherin, Käufer, Lehrerin, Lehrkraft, Lehrkräfte, Pflegekraft, Pflegekräfte, Eigentümer, Besitzer,"
                  " Familie, Familien, Kinder, Eltern, Elternteil, Ehepartner, Mieter, Mieterin, Landwirt, Landwirte,"
                  " Kreditnehmer, Begünstigte, Begünstigten, Teilnehmerin, Nutzerin, Personen, Leute, Menschen,"
                  " Angehörige, Angehörigen, Ärztinnen, Lehrer, Schüler, Versicherten",
        "thing": "Geschäft, Geschäfte, Filialen, Standorte, Gebäude, Fabrik, Fabriken, Werke, Bahnhof, Bahnhöfe,"
                 " Haltestelle, Haltestellen, Geräte, Maschinen, Sensoren, Produkte, Artikel, Lagerbestand,"
                 " Unternehmen, Firma, Firmen, Lieferant, Lieferanten, Krankenhaus, Krankenhäuser, Apotheke,"
                 " Apotheken, Bauernhof, Bauernhöfe, Fahrzeuge, Lastwagen, Schiffe, Routen, Bergwerk, Bergwerke,"
                 " Brunnen, Bücher, Filme, Sammlung, Sammlungen, Hotels, Gaststätte, Gaststätten, Lagerhaus, Lagerhäuser",
        "animal": "Hunde, Katzen, Pferde, Kühe, Rinder, Schafe, Ziegen, Vieh, Nutztiere, Haustiere, Herde, Herden,"
                  " Vögel, Falke, Falken, Schweine, Hühner",
        "event": "Fahrkarte, Fahrkarten, Buchung, Buchungen, Reservierung, Reservierungen, Besuche, Reise, Reisen,"
                 " Vertrag, Verträge, Darlehen, Kredite, Abonnement, Abonnements, Mitgliedschaft, Mitgliedschaften,"
                 " Anmeldung, Anmeldungen, Registrierung, Registrierungen, Termin, Termine, Schadensfall, Schadensfälle",
    }),
    "nl": ("Dutch", {
        "person": "klanten, cliënt, cliënten, medewerkers, werknemer, werknemers, personeel, leden, patiënt, patiënten,"
                  " studenten, leerlingen, gebruikers, passagier, passagiers, reiziger, reizigers, gasten, sollicitant,"
                  " sollicitanten, abonnee, abonnees, bestuurder, bestuurders, bewoner, bewoners, inwoner, inwoners,"
                  " kiezer, kiezers, donateur, donateurs, vrijwilliger, vrijwilligers, arbeider, arbeiders, bezoeker,"
                  " bezoekers, leraar, leraren, docent, docenten, artsen, verpleegkundige, verpleegkundigen, eigenaar,"
                  " eigenaren, eigenaars, gezin, gezinnen, familie, kinderen, ouders, huurder, huurders, boeren,"
                  " deelnemer, deelnemers, personen, mensen, verzekerde, verzekerden, begunstigde, begunstigden",
        "thing": "magazijnen, kantoren, filialen, vestiging, vestigingen, gebouw, gebouwen, fabriek, fabrieken,"
                 " apparaat, apparaten, machines, producten, artikelen, voorraad, leverancier, leveranciers, bedrijf,"
                 " bedrijven, ziekenhuis, ziekenhuizen, apotheek, apotheken, boerderij, boerderijen, voertuigen,"
                 " schepen, schip, boeken, locatie, locaties, vrachtwagen, vrachtwagens",
        "animal": "honden, katten, paarden, koeien, schapen, geiten, huisdieren, vogels, kudde, valk",
        "event": "kaartje, kaartjes, boeking, boekingen, reservering, reserveringen, bezoeken, reizen, lening,"
                 " leningen, abonnement, abonnementen, lidmaatschap, lidmaatschappen, registratie, registraties,"
                 " inschrijving, inschrijvingen, afspraak, afspraken",
    }),
    "fr": ("French", {
        "person": "clients, clientes, employés, salariés, membres, patients, patientes, étudiants, étudiantes, élèves,"
                  " passager, passagers, voyageur, voyageurs, invités, candidat, candidats, abonné, abonnés,"
                  " conducteur, conducteurs, chauffeur, chauffeurs, habitant, habitants, résident, résidents, citoyen,"
                  " citoyens, électeur, électeurs, donneur, donneurs, bénévole, bénévoles, travailleur, travailleurs,"
                  " visiteur, visiteurs, acheteur, acheteurs, enseignant, enseignants, médecins, infirmiers,"
                  " propriétaire, propriétaires, famille, familles, enfant, enfants, parents, conjoint, conjoints,"
                  " locataire, locataires, agriculteur, agriculteurs, emprunteur, emprunteurs, assuré, assurés,"
                  " bénéficiaire, bénéficiaires, participant, participants, répondant, répondants, utilisateurs,"
                  " personnes, adhérents, usager, usagers, personnel",
        "thing": "magasins, entrepôts, bureaux, succursale, succursales, agences, bâtiment, bâtiments, usine, usines,"
                 " gare, gares, appareil, appareils, machines, serveur, serveurs, capteur, capteurs, équipement,"
                 " équipements, produits, articles, hôtels, entreprise, entreprises, société, sociétés, fournisseur,"
                 " fournisseurs, hôpital, hôpitaux, pharmacie, pharmacies, ferme, fermes, véhicules, camion, camions,"
                 " navires, bateau, bateaux, itinéraire, itinéraires, livres, lieu, lieux, établissement,"
                 " établissements, boutique, boutiques",
        "animal": "animal, animaux, chiens, chats, chevaux, vache, vaches, bovins, moutons, chèvre, chèvres, bétail,"
                  " troupeau, troupeaux, oiseau, oiseaux, faucon, faucons",
        "event": "billet, billets, visite, réservation, réservations, visites, voyage, voyages, contrat, contrats, location,"
                 " locations, prêt, prêts, abonnement, abonnements, adhésion, adhésions, inscription, inscriptions,"
                 " rendez-vous, sinistre, sinistres",
    }),
    "es": ("Spanish", {
        "person": "clientes, usuarios, empleados, empleadas, trabajador, trabajadores, personal, socios, miembro,"
                  " miembros, pacientes, alumnos, alumnas, estudiantes, pasajero, pasajeros, huésped, huéspedes,"
                  " solicitante, solicitantes, suscriptor, suscriptores, conductor, conductores, residente, residentes,"
                  " ciudadano, ciudadanos, votante, votantes, donante, donantes, voluntario, voluntarios, visitante,"
                  " visitantes, comprador, compradores, docente, docentes, médicos, enfermeros, enfermeras,"
                  " propietario, propietarios, dueño, dueños, familia, familias, niño, niños, padres, cónyuge,"
                  " cónyuges, inquilino, inquilinos, agricultor, agricultores, prestatario, prestatarios, asegurado,"
                  " asegurados, beneficiario, beneficiarios, participante, participantes, personas, afiliado, afiliados",
        "thing": "tiendas, almacenes, oficinas, sucursales, edificio, edificios, fábrica, fábricas, planta, plantas,"
                 " estaciones, dispositivo, dispositivos, máquinas, servidor, servidores, sensores, equipos,"
                 " productos, artículos, inventario, hoteles, restaurantes, empresa, empresas, proveedor, proveedores,"
                 " hospitales, clínicas, farmacia, farmacias, granja, granjas, vehículos, camión, camiones, buque,"
                 " buques, barcos, ruta, rutas, libro, libros, películas, ubicación, ubicaciones, lugares, establecimiento,"
                 " establecimientos, bodegas",
        "animal": "animal, perros, gatos, caballos, vacas, ganado, ovejas, cabra, cabras, rebaño, aves, halcón, halcones,"
                  " mascotas",
        "event": "boleto, boletos, billete, billetes, entrada, entradas, reserva, reservas, reservación, reservaciones,"
                 " visitas, viaje, viajes, contrato, contratos, alquiler, alquileres, préstamo, préstamos,"
                 " suscripción, suscripciones, membresía, membresías, inscripción, inscripciones, cita, citas,"
                 " siniestro, siniestros",
    }),
    "pt": ("Portuguese", {
        "person": "clientes, usuários, utilizador, utilizadores, funcionários, empregado, empregados, colaboradores,"
                  " sócio, sócios, membros, pacientes, alunos, estudantes, passageiro, passageiros, hóspede, hóspedes,"
                  " candidatos, assinante, assinantes, motorista, motoristas, morador, moradores, cidadão, cidadãos,"
                  " eleitor, eleitores, doador, doadores, voluntário, voluntários, trabalhador, trabalhadores,"
                  " visitante, visitantes, comprador, compradores, professores, médicos, enfermeiro, enfermeiros,"
                  " proprietário, proprietários, dono, donos, família, famílias, criança, crianças, filhos, pais,"
                  " cônjuge, inquilino, inquilinos, agricultor, agricultores, segurado, segurados, beneficiário,"
                  " beneficiários, participante, participantes, pessoa, pessoas, tutores",
        "thing": "lojas, armazéns, escritórios, filial, filiais, edifício, edifícios, prédio, prédios, fábrica, fábricas,"
                 " estações, dispositivo, dispositivos, máquinas, servidor, servidores, sensores, equipamento,"
                 " equipamentos, produtos, estoque, hotéis, restaurantes, empresa, empresas, fornecedor, fornecedores,"
                 " hospitais, clínicas, farmácia, farmácias, fazenda, fazendas, veículos, caminhão, caminhões,"
                 " navio, navios, barcos, rotas, livros, filmes, locais, estabelecimento, estabelecimentos",
        "animal": "cães, gatos, cavalos, vacas, gado, ovelha, ovelhas, cabra, cabras, rebanho, rebanhos, pássaro,"
                  " pássaros, falcão, falcões",
        "event": "bilhete, bilhetes, ingresso, ingressos, reserva, reservas, visitas, viagem, viagens, contrato,"
                 " contratos, aluguel, aluguer, empréstimo, empréstimos, assinatura, assinaturas, inscrição,"
                 " inscrições, matrícula, matrículas, consulta, consultas, agendamento, agendamentos, sinistro, sinistros",
    }),
    "it": ("Italian", {
        "person": "cliente, clienti, utenti, dipendenti, impiegato, impiegati, personale, socio, soci, membri, pazienti,"
                  " paziente, studenti, alunni, passeggero, passeggeri, ospite, ospiti, candidato, candidati,"
                  " abbonato, abbonati, autista, autisti, conducente, conducenti, residenti, cittadino, cittadini,"
                  " elettori, donatore, donatori, volontario, volontari, lavoratore, lavoratori, visitatore, visitatori,"
                  " acquirente, acquirenti, insegnante, insegnanti, medici, infermieri, proprietario, proprietari,"
                  " famiglia, famiglie, bambino, bambini, figli, genitori, coniuge, coniugi, inquilino, inquilini,"
                  " agricoltore, agricoltori, assicurato, assicurati, beneficiario, beneficiari, partecipante,"
                  " partecipanti, persona, persone, iscritto, iscritti, anagrafica",
        "thing": "negozi, magazzini, uffici, filiale, filiali, sedi, edificio, edifici, fabbrica, fabbriche,"
                 " stabilimento, stabilimenti, stazioni, dispositivo, dispositivi, macchinari, sensori, apparecchiature,"
                 " prodotti, articoli, albergo, alberghi, ristorante, ristoranti, azienda, aziende, fornitore,"
                 " fornitori, ospedale, ospedali, farmacia, farmacie, fattoria, fattorie, veicolo, veicoli, camion,"
                 " navi, barche, percorso, percorsi, libro, libri, luoghi, strutture",
        "animal": "animale, animali, cani, gatti, cavallo, cavalli, mucche, bovini, pecora, pecore, capra, capre,"
                  " bestiame, gregge, uccelli, falco, falchi",
        "event": "biglietto, biglietti, prenotazione, prenotazioni, visite, viaggio, viaggi, contratto, contratti,"
                 " noleggio, noleggi, prestito, prestiti, abbonamento, abbonamenti, iscrizione, iscrizioni,"
                 " appuntamento, appuntamenti, sinistro, sinistri",
    }),
    "ca": ("Catalan", {
        "person": "clients, usuaris, empleat, empleats, treballador, treballadors, socis, membres, pacients, alumnes,"
                  " estudiants, passatger, passatgers, veí, veïns, ciutadà, ciutadans, voluntaris, visitants,"
                  " compradors, metges, infermers, propietaris, famílies, nens, infants, llogaters, beneficiaris,"
                  " participants, persones",
        "thing": "botiga, botigues, magatzem, magatzems, oficines, sucursals, edificis, fàbrica, fàbriques, estacions,"
                 " dispositius, màquines, productes, empreses, proveïdor, proveïdors, hospitals, farmàcia, farmàcies,"
                 " granges, vehicles, vaixell, vaixells, llibres, llocs",
        "animal": "animals, gossos, gats, cavalls, vaques, ovelles, cabres, ramat, ocells",
        "event": "entrades, reserves, visites, viatges, contractes, lloguer, préstecs, subscripcions, inscripcions",
    }),
    "gl": ("Galician", {
        "person": "clientes, usuarios, traballador, traballadores, empregados, socios, pacientes, alumnos, estudantes,"
                  " veciños, cidadáns, voluntarios, propietarios, familias, nenos, persoas",
        "thing": "tendas, almacéns, oficinas, edificios, fábricas, estacións, dispositivos, produtos, empresas,"
                 " provedores, hospitais, farmacias, vehículos, barcos, libros, lugares",
        "animal": "animais, cans, gatos, cabalos, vacas, ovellas, cabras, gando",
        "event": "reservas, visitas, viaxes, contratos, préstamos, inscricións",
    }),
    "eu": ("Basque", {
        "person": "bezeroa, bezeroak, erabiltzailea, erabiltzaileak, langilea, langileak, bazkidea, bazkideak,"
                  " gaixoa, gaixoak, ikaslea, ikasleak, bidaiaria, bidaiariak, herritarra, herritarrak, bizilaguna,"
                  " bizilagunak, boluntarioa, boluntarioak, bisitaria, bisitariak, irakaslea, irakasleak, medikua,"
                  " medikuak, erizaina, erizainak, jabea, jabeak, familia, familiak, haurra, haurrak, gurasoak,"
                  " pertsona, pertsonak, parte-hartzaileak",
        "thing": "denda, dendak, biltegia, biltegiak, bulegoa, bulegoak, eraikina, eraikinak, lantegia, lantegiak,"
                 " geltokia, geltokiak, gailua, gailuak, makina, makinak, produktua, produktuak, enpresa, enpresak,"
                 " hornitzailea, hornitzaileak, ospitalea, ospitaleak, farmazia, farmaziak, ibilgailua, ibilgailuak,"
                 " liburua, liburuak, tokiak",
        "animal": "animalia, animaliak, txakurrak, katuak, zaldiak, behiak, ardiak, ahuntzak, hegaztiak",
        "event": "txartela, txartelak, erreserba, erreserbak, bisitak, bidaiak, kontratua, kontratuak, maileguak,"
                 " izen-ematea, hitzordua, hitzorduak",
    }),
    "pl": ("Polish", {
        "person": "klient, klienci, klientów, klienta, użytkownik, użytkownicy, użytkowników, pracownik, pracownicy,"
                  " pracowników, personel, członek, członkowie, członków, pacjent, pacjenci, pacjentów, student,"
                  " studenci, studentów, uczeń, uczniowie, uczniów, pasażer, pasażerowie, pasażerów, gość, goście,"
                  " kandydat, kandydaci, kandydatów, abonent, abonenci, subskrybent, subskrybenci, kierowca, kierowcy,"
                  " kierowców, mieszkaniec, mieszkańcy, mieszkańców, obywatel, obywatele, obywateli, wyborca, wyborcy,"
                  " dawca, dawcy, wolontariusz, wolontariusze, robotnik, robotnicy, odwiedzający, kupujący, nabywca,"
                  " nabywcy, nauczyciel, nauczyciele, lekarz, lekarze, lekarzy, pielęgniarka, pielęgniarki,"
                  " właściciel, właściciele, rodzina, rodziny, dziecko, dzieci, rodzice, małżonek, małżonkowie,"
                  " najemca, najemcy, rolnik, rolnicy, rolników, kredytobiorca, kredytobiorcy, ubezpieczony,"
                  " ubezpieczeni, beneficjent, beneficjenci, uczestnik, uczestnicy, uczestników, respondent,"
                  " respondenci, osoba, osoby, osób, ludzie, kontrahent, kontrahenci",
        "thing": "sklep, sklepy, magazyn, magazyny, biuro, biura, oddział, oddziały, budynek, budynki, fabryka,"
                 " fabryki, zakład, zakłady, stacja, stacje, urządzenie, urządzenia, maszyna, maszyny, serwer,"
                 " serwery, czujnik, czujniki, sprzęt, produkt, produkty, towar, towary, artykuł, artykuły, hotele,"
                 " restauracja, restauracje, firma, firmy, dostawca, dostawcy, dostawców, szpital, szpitale, apteka,"
                 " apteki, gospodarstwo, gospodarstwa, pojazd, pojazdy, samochód, samochody, ciężarówka, ciężarówki,"
                 " statek, statki, trasa, trasy, kopalnia, kopalnie, studnia, książka, książki, lokalizacja,"
                 " lokalizacje, miejsce, miejsca, placówka, placówki",
        "animal": "zwierzę, zwierzęta, zwierząt, pies, psy, kot, koty, koń, konie, krowa, krowy, bydło, owca, owce,"
                  " koza, kozy, inwentarz, stado, stada, ptak, ptaki, sokół, sokoły",
        "event": "bilet, bilety, rezerwacja, rezerwacje, wizyta, wizyty, podróż, podróże, wycieczka, wycieczki,"
                 " umowa, umowy, wynajem, wypożyczenie, wypożyczenia, pożyczka, pożyczki, kredyt, kredyty,"
                 " subskrypcja, subskrypcje, członkostwo, rejestracja, rejestracje, szkoda, szkody",
    }),
    "cs": ("Czech", {
        "person": "zákazník, zákazníci, zákazníků, klient, klienti, klientů, uživatel, uživatelé, uživatelů,"
                  " zaměstnanec, zaměstnanci, zaměstnanců, personál, člen, členové, členů, pacient, pacienti,"
                  " pacientů, student, studenti, studentů, žák, žáci, žáků, cestující, host, hosté, uchazeč, uchazeči,"
                  " předplatitel, předplatitelé, řidič, řidiči, obyvatel, obyvatelé, občan, občané, volič, voliči,"
                  " dárce, dárci, dobrovolník, dobrovolníci, pracovník, pracovníci, návštěvník, návštěvníci,"
                  " kupující, učitel, učitelé, lékař, lékaři, sestry, vlastník, vlastníci, majitel, majitelé, rodina,"
                  " rodiny, dítě, děti, rodiče, manžel, manželé, nájemce, nájemci, zemědělec, zemědělci, dlužník,"
                  " dlužníci, pojištěnec, pojištěnci, příjemce, příjemci, účastník, účastníci, respondenti, osoba,"
                  " osoby, osob, lidé",
        "thing": "obchod, obchody, prodejna, prodejny, sklad, sklady, kancelář, kanceláře, pobočka, pobočky, budova,"
                 " budovy, továrna, továrny, závod, závody, stanice, zařízení, stroj, stroje, senzor, senzory,"
                 " výrobek, výrobky, produkt, produkty, zboží, hotely, restaurace, firma, firmy, společnost,"
                 " společnosti, dodavatel, dodavatelé, nemocnice, lékárna, lékárny, farma, farmy, vozidlo, vozidla,"
                 " auta, nákladní vozidla, lodě, trasa, trasy, doly, knihy, místa, lokality, provozovna, provozovny",
        "animal": "zvíře, zvířata, psi, kočka, kočky, koně, krávy, skot, ovce, kozy, dobytek, stádo, ptáci, sokol, sokoli",
        "event": "jízdenka, jízdenky, vstupenka, vstupenky, rezervace, návštěva, návštěvy, cesta, cesty, smlouva,"
                 " smlouvy, pronájem, půjčka, půjčky, úvěr, úvěry, předplatné, členství, registrace, objednávky_NO,"
                 " pojistné události",
    }),
    "sk": ("Slovak", {
        "person": "zákazník, zákazníci, zákazníkov, klient, klienti, klientov, používateľ, používatelia, zamestnanec,"
                  " zamestnanci, zamestnancov, člen, členovia, členov, pacient, pacienti, pacientov, študent,"
                  " študenti, študentov, žiak, žiaci, žiakov, cestujúci, hostia, uchádzač, uchádzači, vodič, vodiči,"
                  " obyvateľ, obyvatelia, občan, občania, volič, voliči, darca, darcovia, dobrovoľník, dobrovoľníci,"
                  " pracovník, pracovníci, návštevník, návštevníci, učiteľ, učitelia, lekár, lekári, vlastník,"
                  " vlastníci, rodina, rodiny, dieťa, deti, rodičia, nájomca, nájomníci, poistenec, poistenci,"
                  " účastník, účastníci, osoba, osoby, ľudia",
        "thing": "obchod, obchody, predajňa, predajne, sklad, sklady, kancelária, kancelárie, pobočka, pobočky,"
                 " budova, budovy, továreň, továrne, stanica, stanice, zariadenie, zariadenia, stroj, stroje,"
                 " výrobok, výrobky, produkt, produkty, tovar, hotely, reštaurácia, reštaurácie, firma, firmy,"
                 " spoločnosť, spoločnosti, dodávateľ, dodávatelia, nemocnica, nemocnice, lekáreň, lekárne,"
                 " vozidlo, vozidlá, lode, trasy, knihy, miesta, prevádzka, prevádzky",
        "animal": "zviera, zvieratá, psy, mačka, mačky, kone, kravy, ovce, kozy, dobytok, stádo, vtáky, sokol",
        "event": "lístok, lístky, vstupenka, vstupenky, rezervácia, rezervácie, návšteva, návštevy, cesta, cesty,"
                 " zmluva, zmluvy, prenájom, pôžička, pôžičky, úver, úvery, predplatné, členstvo, registrácia",
    }),
    "sl": ("Slovenian", {
        "person": "stranka, stranke, strank, kupec, kupci, uporabnik, uporabniki, zaposleni, zaposlenih, delavec,"
                  " delavci, član, člani, bolnik, bolniki, pacient, pacienti, študent, študenti, učenec, učenci,"
                  " potnik, potniki, gostje, prosilec, prosilci, naročnik, naročniki, voznik, vozniki, prebivalec,"
                  " prebivalci, državljan, državljani, volivci, darovalec, darovalci, prostovoljec, prostovoljci,"
                  " obiskovalec, obiskovalci, učitelj, učitelji, zdravnik, zdravniki, medicinska sestra, lastnik,"
                  " lastniki, družina, družine, otrok, otroci, starši, zakonec, najemnik, najemniki, kmet, kmetje,"
                  " zavarovanec, zavarovanci, udeleženec, udeleženci, osebe, ljudje",
        "thing": "trgovina, trgovine, skladišče, skladišča, pisarna, pisarne, poslovalnica, poslovalnice, stavba,"
                 " stavbe, tovarna, tovarne, postaja, postaje, naprava, naprave, stroj, stroji, izdelek, izdelki,"
                 " artikel, artikli, hoteli, restavracija, restavracije, podjetje, podjetja, dobavitelj, dobavitelji,"
                 " bolnišnica, bolnišnice, lekarna, lekarne, kmetija, kmetije, vozilo, vozila, ladja, ladje, knjige,"
                 " lokacija, lokacije",
        "animal": "žival, živali, psi, mačke, konji, krave, ovce, koze, živina, čreda, ptice, sokol",
        "event": "vstopnica, vstopnice, rezervacija, rezervacije, obisk, obiski, potovanje, potovanja, pogodba,"
                 " pogodbe, najem, posojilo, posojila, naročnina, naročnine, članstvo, registracija, prijave",
    }),
    "hr": ("Croatian/Serbian/Bosnian (Latin)", {
        "person": "kupac, kupci, kupaca, klijent, klijenti, klijenata, korisnik, korisnici, korisnika, zaposlenik,"
                  " zaposlenici, zaposleni, djelatnik, djelatnici, radnik, radnici, radnika, članovi, pacijent,"
                  " pacijenti, pacijenata, bolesnik, bolesnici, student, studenti, učenik, učenici, učenika, putnik,"
                  " putnici, putnika, gosti, podnositelj, pretplatnik, pretplatnici, vozač, vozači, stanovnik,"
                  " stanovnici, građanin, građani, birači, darivatelj, volonter, volonteri, posjetitelj,"
                  " posjetitelji, posetilac, posetioci, nastavnik, nastavnici, učitelj, učitelji, liječnik,"
                  " liječnici, lekar, lekari, ljekar, medicinske sestre, vlasnik, vlasnici, obitelj, obitelji,"
                  " porodica, porodice, djeca, deca, roditelji, supružnik, zakupac, stanar, stanari, poljoprivrednik,"
                  " poljoprivrednici, osiguranik, osiguranici, korisnici prava, sudionik, sudionici, učesnik,"
                  " učesnici, ispitanik, ispitanici, osoba, osobe, lica, ljudi, zaposlenih",
        "thing": "trgovina, trgovine, prodavaonica, prodavnica, prodavnice, skladište, skladišta, magacin, magacini,"
                 " ured, uredi, kancelarija, kancelarije, poslovnica, poslovnice, filijala, filijale, zgrada, zgrade,"
                 " tvornica, tvornice, fabrika, fabrike, postaja, postaje, stanica, stanice, uređaj, uređaji,"
                 " uredjaj, uredjaji, strojevi, mašina, mašine, senzor, senzori, proizvod, proizvodi, artikli, roba,"
                 " zalihe, hoteli, restoran, restorani, tvrtka, tvrtke, preduzeće, preduzeća, poduzeće, poduzeća,"
                 " dobavljač, dobavljači, bolnica, bolnice, ljekarna, ljekarne, apoteka, apoteke, farma, farme,"
                 " vozilo, vozila, kamion, kamioni, brod, brodovi, ruta, rute, rudnik, rudnici, knjige, lokacija,"
                 " lokacije, mjesta",
        "animal": "životinja, životinje, psi, mačka, mačke, konj, konji, krava, krave, goveda, ovce, koze, stoka,"
                  " stado, ptica, ptice, sokol, sokolovi, ljubimci",
        "event": "ulaznica, ulaznice, karta, karte, rezervacija, rezervacije, posjet, posjete, poseta, posete,"
                 " putovanje, putovanja, ugovor, ugovori, najam, zajam, zajmovi, kredit, krediti, pretplata,"
                 " pretplate, članstvo, registracija, registracije, termini",
    }),
    "sr": ("Serbian (Cyrillic)", {
        "person": "купац, купци, клијент, клијенти, корисник, корисници, запослени, радник, радници, чланови,"
                  " пацијент, пацијенти, студент, студенти, ученик, ученици, путник, путници, гости, возач, возачи,"
                  " становник, становници, грађани, волонтер, волонтери, посетилац, посетиоци, наставник,"
                  " наставници, лекар, лекари, власник, власници, породица, породице, деца, родитељи, осигураник,"
                  " осигураници, учесник, учесници, лица, особе, људи",
        "thing": "продавница, продавнице, магацин, магацини, складиште, складишта, канцеларија, канцеларије,"
                 " филијала, филијале, зграда, зграде, фабрика, фабрике, станица, станице, уређај, уређаји, машине,"
                 " производ, производи, артикли, роба, хотели, ресторан, ресторани, предузеће, предузећа,"
                 " добављач, добављачи, болница, болнице, апотека, апотеке, фарма, фарме, возило, возила, брод,"
                 " бродови, рута, руте, рудник, књиге, локација, локације",
        "animal": "животиња, животиње, пси, мачке, коњи, краве, овце, козе, стока, стадо, птице, соко",
        "event": "улазница, улазнице, карта, карте, резервација, резервације, посета, посете, путовање, путовања,"
                 " уговор, уговори, закуп, зајам, кредит, кредити, претплата, чланство, регистрација, термини",
    }),
    "bg": ("Bulgarian", {
        "person": "клиент, клиенти, клиентите, потребител, потребители, служител, служители, служителите, персонал,"
                  " членове, пациент, пациенти, пациентите, студент, студенти, ученик, ученици, пътник, пътници,"
                  " гости, кандидат, кандидати, абонат, абонати, шофьор, шофьори, водач, водачи, жители, граждани,"
                  " гласоподаватели, дарител, дарители, доброволец, доброволци, работник, работници, посетител,"
                  " посетители, купувач, купувачи, учител, учители, лекар, лекари, медицински сестри, собственик,"
                  " собственици, семейство, семейства, деца, родители, съпрузи, наемател, наематели, фермер,"
                  " фермери, кредитополучател, осигурени, бенефициент, бенефициенти, участник, участници,"
                  " респонденти, лица, хора, потребителите",
        "thing": "магазин, магазини, склад, складове, офис, офиси, клон, клонове, сграда, сгради, фабрика, фабрики,"
                 " завод, заводи, гара, станция, станции, устройство, устройства, машина, машини, сървър, сървъри,"
                 " сензор, сензори, оборудване, продукт, продукти, артикули, стоки, хотели, ресторант, ресторанти,"
                 " фирма, фирми, компания, компании, доставчик, доставчици, болница, болници, аптека, аптеки, ферма,"
                 " ферми, превозно средство, превозни средства, автомобили, камиони, кораб, кораби, маршрут,"
                 " маршрути, мина, мини, книги, обекти, обектите, локации, места",
        "animal": "животно, животни, кучета, котки, коне, крави, говеда, овце, кози, добитък, стадо, птици, сокол",
        "event": "билет, билети, резервация, резервации, посещение, посещения, пътуване, пътувания, договор,"
                 " договори, наем, заем, заеми, кредит, кредити, абонамент, абонаменти, членство, регистрация,"
                 " регистрации, час, щети",
    }),
    "ro": ("Romanian", {
        "person": "client, clienți, clientul, clienții, clientii, utilizator, utilizatori, utilizatorii, angajat,"
                  " angajați, angajații, salariat, salariați, salariații, personalul, membri, membrii, pacient,"
                  " pacienți, pacienții, student, studenți, studenții, elev, elevi, elevii, pasager, pasageri,"
                  " pasagerii, călător, călători, oaspeți, candidați, candidații, abonat, abonați, abonații, șofer,"
                  " șoferi, șoferii, locuitor, locuitori, rezidenți, cetățean, cetățeni, cetățenii, alegător,"
                  " alegători, donator, donatori, voluntar, voluntari, muncitor, muncitori, lucrător, lucrători,"
                  " vizitator, vizitatori, cumpărător, cumpărători, profesor, profesori, profesorii, medic, medici,"
                  " medicii, asistente, proprietar, proprietari, proprietarii, familie, familii, familia, copil,"
                  " copii, copiii, părinți, părinții, soți, chiriaș, chiriași, fermier, fermieri, împrumutat,"
                  " asigurat, asigurați, asigurații, beneficiar, beneficiari, beneficiarii, participant,"
                  " participanți, participanții, respondenți, persoană, persoane, persoanele, oameni",
        "thing": "magazin, magazine, magazinul, magazinele, depozit, depozite, depozitul, depozitele, birou, birouri,"
                 " sucursală, sucursale, filiala, filiale, clădire, clădiri, fabrică, fabrici, uzină, uzine, gară,"
                 " stație, stații, dispozitiv, dispozitive, dispozitivele, mașină, mașini, server, servere, senzor,"
                 " senzori, echipament, echipamente, produs, produse, produsele, articole, stoc, stocuri, hoteluri,"
                 " restaurant, restaurante, firmă, firme, companie, companii, furnizor, furnizori, furnizorii, spital,"
                 " spitale, farmacie, farmacii, fermă, ferme, vehicul, vehicule, camion, camioane, navă, nave, rută,"
                 " rute, mină, mine, fântână, cărți, locație, locații, locuri",
        "animal": "animal, animale, animalele, câine, câini, pisică, pisici, cal, cai, vacă, vaci, bovine, oaie, oi,"
                  " capră, capre, turmă, turme, pasăre, păsări, șoim, șoimi",
        "event": "bilet, bilete, rezervare, rezervări, vizită, vizite, călătorie, călătorii, contract, contracte,"
                 " contractele, închiriere, închirieri, împrumut, împrumuturi, credit, credite, abonament,"
                 " abonamente, înregistrare, înregistrări, programare, programări, daune",
    }),
    "hu": ("Hungarian", {
        "person": "ügyfél, ügyfelek, ügyfelei, vevő, vevők, vásárló, vásárlók, felhasználó, felhasználók, dolgozó,"
                  " dolgozók, alkalmazott, alkalmazottak, munkavállaló, munkavállalók, munkatárs, munkatársak,"
                  " személyzet, tagok, beteg, betegek, páciens, páciensek, hallgató, hallgatók, diák, diákok,"
                  " tanuló, tanulók, utas, utasok, vendég, vendégek, jelentkező, jelentkezők, pályázó, pályázók,"
                  " előfizető, előfizetők, sofőr, sofőrök, gépkocsivezető, lakos, lakosok, állampolgár,"
                  " állampolgárok, választó, választók, donor, donorok, önkéntes, önkéntesek, munkás, munkások,"
                  " látogató, látogatók, tanár, tanárok, orvos, orvosok, ápoló, ápolók, tulajdonos, tulajdonosok,"
                  " család, családok, gyermek, gyermekek, gyerek, gyerekek, szülők, házastárs, bérlő, bérlők,"
                  " gazdálkodó, gazdálkodók, adós, adósok, biztosított, biztosítottak, kedvezményezett,"
                  " kedvezményezettek, résztvevő, résztvevők, válaszadó, válaszadók, személy, személyek, emberek",
        "thing": "bolt, boltok, üzlet, üzletek, raktár, raktárak, iroda, irodák, fiók, fiókok, fióktelep, épület,"
                 " épületek, gyár, gyárak, üzem, üzemek, állomás, állomások, eszköz, eszközök, készülék,"
                 " készülékek, gépek, szerver, szerverek, érzékelő, érzékelők, berendezés, berendezések, termék,"
                 " termékek, cikk, cikkek, készlet, szálloda, szállodák, étterem, éttermek, cég, cégek, vállalat,"
                 " vállalatok, szállító, szállítók, beszállító, beszállítók, kórház, kórházak, gyógyszertár,"
                 " gyógyszertárak, gazdaság, jármű, járművek, autók, teherautó, teherautók, hajó, hajók, útvonal,"
                 " útvonalak, bánya, bányák, kút, kutak, könyv, könyvek, helyszín, helyszínek, telephely, telephelyek",
        "animal": "állat, állatok, kutya, kutyák, macska, macskák, , lovak, tehén, tehenek, szarvasmarha, juh, juhok,"
                  " kecske, kecskék, állatállomány, csorda, nyáj, madár, madarak, sólyom, háziállat, háziállatok",
        "event": "jegy, jegyek, foglalás, foglalások, látogatás, látogatások, utazás, utazások, szerződés,"
                 " szerződések, bérlet, bérletek, kölcsön, kölcsönök, hitel, hitelek, előfizetés, előfizetések,"
                 " tagság, regisztráció, regisztrációk, időpont, időpontok, kárbejelentés",
    }),
    "fi": ("Finnish", {
        "person": "asiakas, asiakkaat, asiakkaan, käyttäjä, käyttäjät, työntekijä, työntekijät, henkilöstö,"
                  " henkilökunta, jäsen, jäsenet, potilas, potilaat, opiskelija, opiskelijat, oppilas, oppilaat,"
                  " matkustaja, matkustajat, vieras, vieraat, hakija, hakijat, tilaaja, tilaajat, kuljettaja,"
                  " kuljettajat, asukas, asukkaat, kansalainen, kansalaiset, äänestäjä, äänestäjät, luovuttaja,"
                  " vapaaehtoinen, vapaaehtoiset, työläinen, työläiset, vierailija, vierailijat, kävijä, kävijät,"
                  " ostaja, ostajat, opettaja, opettajat, lääkäri, lääkärit, hoitaja, hoitajat, sairaanhoitaja,"
                  " sairaanhoitajat, omistaja, omistajat, perhe, perheet, lapsi, lapset, vanhemmat, puoliso,"
                  " puolisot, vuokralainen, vuokralaiset, viljelijä, viljelijät, lainaaja, vakuutettu, vakuutetut,"
                  " edunsaaja, edunsaajat, osallistuja, osallistujat, vastaaja, vastaajat, henkilö, henkilöt, ihmiset",
        "thing": "kauppa, kaupat, myymälä, myymälät, varasto, varastot, toimisto, toimistot, sivuliike, sivuliikkeet,"
                 " toimipiste, toimipisteet, rakennus, rakennukset, tehdas, tehtaat, asema, asemat, laite, laitteet,"
                 " kone, koneet, palvelin, palvelimet, anturi, anturit, tuote, tuotteet, nimike, nimikkeet,"
                 " hotelli, hotellit, ravintola, ravintolat, yritys, yritykset, toimittaja, toimittajat, sairaala,"
                 " sairaalat, apteekki, apteekit, maatila, maatilat, ajoneuvo, ajoneuvot, kuorma-auto, laiva,"
                 " laivat, alus, alukset, reitti, reitit, kaivos, kaivokset, kaivo, kaivot, kirja, kirjat,"
                 " elokuvat, kokoelma, kokoelmat, sijainti, sijainnit, paikka, paikat, kohde, kohteet",
        "animal": "eläin, eläimet, lemmikki, lemmikit, hevonen, hevoset, koira, koirat, kissa, kissat, lehmä,"
                  " lehmät, nauta, naudat, lammas, lampaat, vuohi, vuohet, karja, lauma, lintu, linnut, haukka",
        "event": "lippu, liput, varaus, varaukset, vierailu, vierailut, käynti, käynnit, matka, matkat, sopimus,"
                 " sopimukset, vuokraus, laina, lainat, tilaus_NO, jäsenyys, jäsenyydet, rekisteröinti,"
                 " ilmoittautuminen, ilmoittautumiset, ajanvaraus, ajanvaraukset, vahinko, vahingot",
    }),
    "et": ("Estonian", {
        "person": "klient, kliendid, klientide, kasutaja, kasutajad, töötaja, töötajad, personal_NO, liige, liikmed,"
                  " patsient, patsiendid, õpilane, õpilased, üliõpilane, üliõpilased, reisija, reisijad, külaline,"
                  " külalised, taotleja, taotlejad, tellija, tellijad, juht_NO, autojuht, autojuhid, elanik, elanikud,"
                  " kodanik, kodanikud, valija, valijad, doonor, doonorid, vabatahtlik, vabatahtlikud, külastaja,"
                  " külastajad, ostja, ostjad, õpetaja, õpetajad, arst, arstid, õde, õed, omanik, omanikud,"
                  " perekond, perekonnad, pere, pered, laps, lapsed, vanemad, abikaasa, üürnik, üürnikud, talunik,"
                  " laenaja, kindlustatu, kindlustatud, soodustatud, osaleja, osalejad, vastaja, vastajad, isik,"
                  " isikud, inimesed",
        "thing": "pood, poed, kauplus, kauplused, ladu, laod, kontor, kontorid, filiaal, filiaalid, hoone, hooned,"
                 " tehas, tehased, jaam, jaamad, seade, seadmed, masin, masinad, server, serverid, andur, andurid,"
                 " toode, tooted, kaup, kaubad, hotell, hotellid, restoran, restoranid, ettevõte, ettevõtted,"
                 " tarnija, tarnijad, haigla, haiglad, apteek, apteegid, talu, talud, sõiduk, sõidukid, veok,"
                 " veokid, laev, laevad, marsruut, marsruudid, kaevandus, kaevandused, raamat, raamatud, asukoht,"
                 " asukohad, koht, kohad, toimumiskoht, toimumiskohad",
        "animal": "loom, loomad, lemmikloom, lemmikloomad, hobune, hobused, koer, koerad, kass, kassid, lehm, lehmad,"
                  " veised, lammas, lambad, kits, kitsed, kari, karjad, lind, linnud, pistrik",
        "event": "pilet, piletid, broneering, broneeringud, külastus, külastused, reis, reisid, leping, lepingud,"
                 " rent, laen, laenud, tellimus_NO, liikmesus, registreerimine, registreerimised, kohtumine,"
                 " kohtumised, kahjunõue, kahjunõuded",
    }),
    "lv": ("Latvian", {
        "person": "klients, klienti, klientu, lietotājs, lietotāji, darbinieks, darbinieki, darbinieku, personāls,"
                  " biedrs, biedri, pacients, pacienti, students, studenti, skolēns, skolēni, pasažieris, pasažieri,"
                  " viesis, viesi, pretendents, pretendenti, abonents, abonenti, vadītājs, vadītāji, iedzīvotājs,"
                  " iedzīvotāji, pilsonis, pilsoņi, vēlētājs, vēlētāji, donors, donori, brīvprātīgie, strādnieks,"
                  " strādnieki, apmeklētājs, apmeklētāji, pircējs, pircēji, skolotājs, skolotāji, ārsts, ārsti,"
                  " medmāsa, medmāsas, īpašnieks, īpašnieki, ģimene, ģimenes, bērns, bērni, vecāki, laulātais, īrnieks,"
                  " īrnieki, zemnieks, zemnieki, aizņēmējs, apdrošinātais, apdrošinātie, saņēmējs, saņēmēji,"
                  " dalībnieks, dalībnieki, respondents, respondenti, persona, personas, cilvēki",
        "thing": "veikals, veikali, noliktava, noliktavas, birojs, biroji, filiāle, filiāles, ēka, ēkas, rūpnīca,"
                 " rūpnīcas, stacija, stacijas, ierīce, ierīces, iekārta, iekārtas, mašīna, mašīnas, serveris,"
                 " serveri, sensors, sensori, produkts, produkti, prece, preces, viesnīca, viesnīcas, restorāns,"
                 " restorāni, uzņēmums, uzņēmumi, piegādātājs, piegādātāji, slimnīca, slimnīcas, aptieka, aptiekas,"
                 " saimniecība, saimniecības, transportlīdzeklis, transportlīdzekļi, kuģis, kuģi, maršruts,"
                 " maršruti, grāmata, grāmatas, atrašanās vieta, vietas",
        "animal": "dzīvnieks, dzīvnieki, mājdzīvnieki, zirgs, zirgi, suns, suņi, kaķis, kaķi, govs, govis, liellopi,"
                  " aitas, kazas, ganāmpulks, putns, putni, piekūns",
        "event": "biļete, biļetes, rezervācija, rezervācijas, apmeklējums, apmeklējumi, brauciens, braucieni,"
                 " līgums, līgumi, noma, aizdevums, aizdevumi, kredīts, kredīti, abonements, abonementi, dalība,"
                 " reģistrācija, reģistrācijas, pieraksts, pieraksti",
    }),
    "lt": ("Lithuanian", {
        "person": "klientas, klientai, klientų, vartotojas, vartotojai, naudotojas, naudotojai, darbuotojas,"
                  " darbuotojai, darbuotojų, personalas, narys, nariai, narių, pacientas, pacientai, pacientų,"
                  " studentas, studentai, mokinys, mokiniai, keleivis, keleiviai, svečias, svečiai, kandidatas,"
                  " kandidatai, prenumeratorius, prenumeratoriai, vairuotojas, vairuotojai, gyventojas, gyventojai,"
                  " pilietis, piliečiai, rinkėjas, rinkėjai, donoras, donorai, savanoris, savanoriai, darbininkas,"
                  " darbininkai, lankytojas, lankytojai, pirkėjas, pirkėjai, mokytojas, mokytojai, gydytojas,"
                  " gydytojai, slaugytoja, slaugytojos, savininkas, savininkai, šeima, šeimos, vaikas, vaikai, tėvai,"
                  " sutuoktinis, nuomininkas, nuomininkai, ūkininkas, ūkininkai, skolininkas, skolininkai,"
                  " apdraustasis, apdraustieji, naudos gavėjas, dalyvis, dalyviai, respondentas, respondentai,"
                  " asmuo, asmenys, asmenų, žmonės",
        "thing": "parduotuvė, parduotuvės, sandėlis, sandėliai, biuras, biurai, filialas, filialai, skyrius,"
                 " pastatas, pastatai, gamykla, gamyklos, stotis, stotys, įrenginys, įrenginiai, prietaisas,"
                 " prietaisai, mašina, mašinos, serveris, serveriai, jutiklis, jutikliai, įranga, produktas,"
                 " produktai, prekė, prekės, viešbutis, viešbučiai, restoranas, restoranai, įmonė, įmonės, tiekėjas,"
                 " tiekėjai, ligoninė, ligoninės, vaistinė, vaistinės, ūkis, ūkiai, transporto priemonė, transporto"
                 " priemonės, sunkvežimis, sunkvežimiai, laivas, laivai, maršrutas, maršrutai, kasykla, šulinys,"
                 " knyga, knygos, vieta, vietos",
        "animal": "gyvūnas, gyvūnai, augintinis, augintiniai, arklys, arkliai, šuo, šunys, katė, katės, karvė,"
                  " karvės, galvijai, avis, avys, ožka, ožkos, banda, paukštis, paukščiai, sakalas",
        "event": "bilietas, bilietai, rezervacija, rezervacijos, vizitas, vizitai, apsilankymas, apsilankymai,"
                 " kelionė, kelionės, sutartis, sutartys, nuoma, paskola, paskolos, kreditas, kreditai,"
                 " prenumerata, prenumeratos, narystė, registracija, registracijos, žalos",
    }),
    "el": ("Greek", {
        "person": "πελάτης, πελάτες, πελατών, χρήστης, χρήστες, χρηστών, υπάλληλος, υπάλληλοι, υπαλλήλων,"
                  " εργαζόμενος, εργαζόμενοι, εργαζομένων, προσωπικό, μέλος, μέλη, ασθενής, ασθενείς, ασθενών,"
                  " φοιτητής, φοιτητές, μαθητής, μαθητές, μαθητών, επιβάτης, επιβάτες, επιβατών, επισκέπτης,"
                  " επισκέπτες, υποψήφιος, υποψήφιοι, συνδρομητής, συνδρομητές, οδηγός, οδηγοί, κάτοικος, κάτοικοι,"
                  " πολίτης, πολίτες, ψηφοφόροι, δωρητής, δωρητές, εθελοντής, εθελοντές, εργάτης, εργάτες, αγοραστής,"
                  " αγοραστές, εκπαιδευτικός, εκπαιδευτικοί, καθηγητής, καθηγητές, γιατρός, γιατροί, ιατροί,"
                  " νοσηλευτής, νοσηλευτές, ιδιοκτήτης, ιδιοκτήτες, οικογένεια, οικογένειες, παιδί, παιδιά, γονείς,"
                  " σύζυγος, σύζυγοι, ενοικιαστής, ενοικιαστές, αγρότης, αγρότες, δανειολήπτης, δανειολήπτες,"
                  " ασφαλισμένος, ασφαλισμένοι, δικαιούχος, δικαιούχοι, συμμετέχων, συμμετέχοντες, ερωτώμενοι,"
                  " πρόσωπο, πρόσωπα, άτομα, άνθρωποι",
        "thing": "κατάστημα, καταστήματα, αποθήκη, αποθήκες, γραφείο, γραφεία, υποκατάστημα, υποκαταστήματα, κτίριο,"
                 " κτίρια, εργοστάσιο, εργοστάσια, σταθμός, σταθμοί, συσκευή, συσκευές, μηχάνημα, μηχανήματα,"
                 " διακομιστής, διακομιστές, αισθητήρας, αισθητήρες, εξοπλισμός, προϊόν, προϊόντα, είδη, απόθεμα,"
                 " αποθέματα, ξενοδοχείο, ξενοδοχεία, εστιατόριο, εστιατόρια, εταιρεία, εταιρείες, εταιρία,"
                 " εταιρίες, προμηθευτής, προμηθευτές, νοσοκομείο, νοσοκομεία, φαρμακείο, φαρμακεία, φάρμα, όχημα,"
                 " οχήματα, φορτηγό, φορτηγά, πλοίο, πλοία, δρομολόγιο, δρομολόγια, ορυχείο, ορυχεία, βιβλίο,"
                 " βιβλία, τοποθεσία, τοποθεσίες",
        "animal": "ζώο, ζώα, κατοικίδια, άλογο, άλογα, σκύλος, σκύλοι, σκυλιά, γάτα, γάτες, αγελάδα, αγελάδες,"
                  " βοοειδή, πρόβατο, πρόβατα, κατσίκα, κατσίκες, κοπάδι, κοπάδια, πουλί, πουλιά, γεράκι",
        "event": "εισιτήριο, εισιτήρια, κράτηση, κρατήσεις, επίσκεψη, επισκέψεις, ταξίδι, ταξίδια, σύμβαση,"
                 " συμβάσεις, συμβόλαιο, συμβόλαια, μίσθωση, μισθώσεις, ενοικίαση, ενοικιάσεις, δάνειο, δάνεια,"
                 " συνδρομή, συνδρομές, εγγραφή, εγγραφές, ραντεβού, αποζημιώσεις",
    }),
    "sv": ("Swedish", {
        "person": "kund, kunder, kunderna, kunden, användare, användarna, anställd, anställda, personal_NO, personalen,"
                  " medlem, medlemmar, medlemmarna, patient, patienter, patienterna, studenter, elev, elever, eleverna,"
                  " passagerare, resenär, resenärer, gäst, gäster, sökande, prenumerant, prenumeranter, förare,"
                  " chaufför, chaufförer, invånare, boende, medborgare, väljare, givare, volontär, volontärer,"
                  " arbetare, besökare, köpare, lärare, läkare, sjuksköterska, sjuksköterskor, ägare, familj,"
                  " familjer, barn_NO, föräldrar, make, maka, hyresgäst, hyresgäster, lantbrukare, bonde, bönder,"
                  " låntagare, försäkrad, försäkrade, förmånstagare, deltagare, deltagarna, respondenter, personer,"
                  " personerna, människor",
        "thing": "butik, butiker, affär, affärer, lager_NO, lagret, kontor, kontoret, filial, filialer, byggnad,"
                 " byggnader, fabrik, fabriker, station_NO, stationer, enhet, enheter, maskin, maskiner, servrar,"
                 " sensorer, utrustning, produkter, artiklar, varor, hotell, restauranger, företag, leverantör,"
                 " leverantörer, sjukhus, apotek, gård, gårdar, fordon, lastbil, lastbilar, fartyg, båtar, rutter,"
                 " gruva, gruvor, brunn, brunnar, böcker, filmer, samling, samlingar, platser, anläggning,"
                 " anläggningar",
        "animal": "djur, husdjur, hästar, hundar, katter, kor, nötkreatur, får_NO, getter, boskap, hjord, fåglar,"
                  " falk, falkar",
        "event": "biljett, biljetter, bokning, bokningar, reservation_NO, reservationer, besök, resor, avtal, kontrakt,"
                 " uthyrning, lån, prenumeration, prenumerationer, medlemskap, registrering, registreringar,"
                 " tidsbokning, skadeanmälan, skadeärenden",
    }),
    "da": ("Danish", {
        "person": "kunde_NO, kunder, kunderne, kunden, brugere, brugerne, bruger, medarbejder, medarbejdere,"
                  " medarbejderne, ansat, ansatte, personale, medlem, medlemmer, medlemmerne, patient, patienter,"
                  " patienterne, studerende, elev, elever, eleverne, passager, passagerer, rejsende, gæst, gæster,"
                  " ansøger, ansøgere, abonnent, abonnenter, chauffør, chauffører, fører, beboer, beboere,"
                  " indbygger, indbyggere, borger, borgere, borgerne, vælger, vælgere, donor, donorer, frivillig,"
                  " frivillige, arbejder_NO, besøgende, køber, købere, lærer, lærere, læge, læger, sygeplejerske,"
                  " sygeplejersker, ejer, ejere, familie, familier, børn, forældre, ægtefælle, lejer, lejere,"
                  " landmand, landmænd, låntager, forsikrede, modtager, modtagere, deltager, deltagere, respondenter,"
                  " personer, personerne, mennesker",
        "thing": "butik, butikker, forretning, forretninger, lager_NO, lagre, kontor, kontorer, filial, filialer,"
                 " afdeling, afdelinger, bygning, bygninger, fabrik, fabrikker, station, stationer, enhed, enheder,"
                 " maskine, maskiner, servere, sensorer, udstyr, produkter, varer, hoteller, restauranter,"
                 " virksomhed, virksomheder, leverandør, leverandører, sygehus, hospitaler, apotek, apoteker, gård,"
                 " gårde, køretøj, køretøjer, lastbil, lastbiler, skib, skibe, både, ruter, mine_NO, brønd, brønde,"
                 " bøger, samling, samlinger, lokation, lokationer, steder",
        "animal": "dyr, kæledyr, heste, hunde, katte, køer, kvæg, får_NO, geder, besætning, flok, fugle, falk, falke",
        "event": "billet, billetter, booking, bookinger, reservation_NO, reservationer, besøg, rejse, rejser, kontrakt,"
                 " kontrakter, aftale, aftaler, udlejning, lån, abonnement, abonnementer, medlemskab, medlemskaber,"
                 " tilmelding, tilmeldinger, registrering, registreringer, tidsbestilling, skade, skader",
    }),
    "nb": ("Norwegian", {
        "person": "kunder, kundene, kunden, brukere, brukerne, ansatt, ansatte, medarbeider, medarbeidere, personale,"
                  " medlem, medlemmer, medlemmene, pasient, pasienter, pasientene, studenter, student, elev, elever,"
                  " elevene, passasjer, passasjerer, reisende, gjest, gjester, søker, søkere, abonnent, abonnenter,"
                  " sjåfør, sjåfører, beboer, beboere, innbygger, innbyggere, borger, borgere, velger, velgere,"
                  " giver, givere, frivillig, frivillige, arbeider_NO, besøkende, kjøper, kjøpere, lærer, lærere,"
                  " lege, leger, sykepleier, sykepleiere, eier, eiere, familie, familier, barn_NO, foreldre,"
                  " ektefelle, leietaker, leietakere, bonde, bønder, låntaker, låntakere, forsikrede, mottaker,"
                  " mottakere, deltaker, deltakere, respondenter, personer, personene, mennesker",
        "thing": "butikk, butikker, forretning, lager_NO, kontor, kontorer, filial, filialer, avdeling, avdelinger,"
                 " bygning, bygninger, bygg, fabrikk, fabrikker, stasjon, stasjoner, enhet, enheter, maskin,"
                 " maskiner, servere, sensorer, utstyr, produkter, varer, hoteller, restauranter, selskap, selskaper,"
                 " bedrift, bedrifter, leverandør, leverandører, sykehus, apotek, gård, gårder, kjøretøy, lastebil,"
                 " lastebiler, skip, skipet, båter, ruter, gruve, gruver, brønn, brønner, bøker, samling, samlinger,"
                 " lokasjon, lokasjoner, steder",
        "animal": "dyr, kjæledyr, hester, hunder, katter, kyr, storfe, sauer, geiter, buskap, flokk, fugler, falk",
        "event": "billett, billetter, bestilling_NO, reservasjon, reservasjoner, besøk, reise, reiser, kontrakt,"
                 " kontrakter, avtale, avtaler, utleie, lån, abonnement, abonnementer, medlemskap, registrering,"
                 " påmelding, påmeldinger, timebestilling, skade, skader",
    }),
    "is": ("Icelandic", {
        "person": "viðskiptavinur, viðskiptavinir, notandi, notendur, starfsmaður, starfsmenn, starfsfólk, félagi,"
                  " félagar, sjúklingur, sjúklingar, nemandi, nemendur, farþegi, farþegar, gestur, gestir,"
                  " umsækjandi, umsækjendur, áskrifandi, áskrifendur, ökumaður, ökumenn, íbúi, íbúar, ríkisborgari,"
                  " kjósandi, kjósendur, sjálfboðaliði, sjálfboðaliðar, gestir, kaupandi, kaupendur, kennari,"
                  " kennarar, læknir, læknar, hjúkrunarfræðingur, eigandi, eigendur, fjölskylda, fjölskyldur,"
                  " börn, foreldrar, maki, leigjandi, leigjendur, bóndi, bændur, þátttakandi, þátttakendur,"
                  " einstaklingur, einstaklingar, fólk",
        "thing": "verslun, verslanir, vöruhús, lager_NO, skrifstofa, skrifstofur, útibú, bygging, byggingar,"
                 " verksmiðja, verksmiðjur, stöð, stöðvar, tæki, vél, vélar, netþjónn, netþjónar, vara, vörur,"
                 " hótel, veitingastaður, veitingastaðir, fyrirtæki, birgir, birgjar, sjúkrahús, apótek, bær,"
                 " býli, ökutæki, vörubíll, skip, bátar, leið, leiðir, náma, bók, bækur, staðsetning, staðir",
        "animal": "dýr, gæludýr, hestur, hestar, hundur, hundar, köttur, kettir, kýr, nautgripir, kindur, geitur,"
                  " búfé, hjörð, fugl, fuglar, fálki, fálkar",
        "event": "miði, miðar, bókun, bókanir, heimsókn, heimsóknir, ferð, ferðir, samningur, samningar, leiga, lán,"
                 " áskrift, áskriftir, aðild, skráning, skráningar, tímapöntun, tímapantanir, tjón",
    }),
    "ga": ("Irish", {
        "person": "custaiméir, custaiméirí, cliant, cliaint, úsáideoir, úsáideoirí, fostaí, fostaithe, foireann,"
                  " ball, baill, othar, othair, mac léinn, daltaí, paisinéir, paisinéirí, aoi, aíonna, iarratasóir,"
                  " iarratasóirí, síntiúsóir, tiománaí, tiománaithe, cónaitheoir, cónaitheoirí, saoránach,"
                  " saoránaigh, vótálaí, vótálaithe, deontóir, deontóirí, oibrí, oibrithe, cuairteoir, cuairteoirí,"
                  " ceannaitheoir, múinteoir, múinteoirí, dochtúir, dochtúirí, altra, altraí, úinéir, úinéirí,"
                  " teaghlach, teaghlaigh, leanbh, leanaí, páistí, tuismitheoir, tuismitheoirí, céile, tionónta,"
                  " tionóntaí, feirmeoir, feirmeoirí, tairbhí, tairbhithe, rannpháirtí, rannpháirtithe, duine, daoine",
        "thing": "siopa, siopaí, stóras, oifig, oifigí, brainse, brainsí, foirgneamh, foirgnimh, monarcha,"
                 " stáisiún, stáisiúin, gléas, gléasanna, meaisín, meaisíní, freastalaí, táirge, táirgí, óstán,"
                 " óstáin, bialann, bialanna, comhlacht, comhlachtaí, cuideachta, soláthraí, soláthraithe,"
                 " ospidéal, ospidéil, cógaslann, feirm, feirmeacha, feithicil, feithiclí, leoraí, long, longa,"
                 " bealach, mianach, leabhar, leabhair, láthair, áiteanna",
        "animal": "ainmhí, ainmhithe, peata, peataí, capall, capaill, madra, madraí, cat_NO, cait, bó, ba, eallach,"
                  " caora, caoirigh, gabhar, gabhair, tréad, éan, éin, seabhac",
        "event": "ticéad, ticéid, áirithint, áirithintí, cuairt, cuairteanna, turas, turais, conradh, conarthaí,"
                 " iasacht, iasachtaí, síntiús, síntiúis, ballraíocht, clárú, coinne, coinní, éileamh, éilimh",
    }),
    "mt": ("Maltese", {
        "person": "klijent, klijenti, utent, utenti, impjegat, impjegati, ħaddiem, ħaddiema, membri, pazjent,"
                  " pazjenti, student, studenti, passiġġier, passiġġieri, mistieden, applikant, applikanti,"
                  " abbonat, abbonati, sewwieq, sewwieqa, residenti, ċittadin, ċittadini, votant, votanti, donatur,"
                  " voluntier, voluntiera, viżitatur, viżitaturi, xerrej, għalliem, għalliema, tabib, tobba,"
                  " infermier, infermiera, sid, sidien, familja, familji, tfal, ġenituri, inkwilin, inkwilini,"
                  " bidwi, bdiewa, benefiċjarju, benefiċjarji, parteċipant, parteċipanti, persuna, persuni, nies",
        "thing": "ħanut, ħwienet, maħżen, imħażen, uffiċċju, uffiċċji, fergħa, bini, fabbrika, fabbriki, stazzjon,"
                 " stazzjonijiet, apparat, magna, magni, prodott, prodotti, lukanda, lukandi, ristorant,"
                 " ristoranti, kumpanija, kumpaniji, fornitur, fornituri, sptar, sptarijiet, spiżerija, razzett,"
                 " vettura, vetturi, vapur, vapuri, rotta, rotot, ktieb, kotba, post_NO, postijiet",
        "animal": "annimal, annimali, żiemel, żwiemel, kelb, klieb, qattus, qtates, baqra, baqar, nagħġa, nagħaġ,"
                  " mogħża, mogħoż, merħla, għasfur, għasafar, bażi, seqer",
        "event": "biljett, biljetti, riżerva, riżervazzjoni, riżervazzjonijiet, żjara, żjarat, vjaġġ, vjaġġi,"
                 " kuntratt, kuntratti, kirja, self, abbonament, abbonamenti, sħubija, reġistrazzjoni,"
                 " appuntament, appuntamenti, talba, talbiet",
    }),
    "cy": ("Welsh", {
        "person": "cwsmer, cwsmeriaid, cleient, cleientiaid, defnyddiwr, defnyddwyr, gweithiwr, gweithwyr, staff_NO,"
                  " aelod, aelodau, claf, cleifion, myfyriwr, myfyrwyr, disgybl, disgyblion, teithiwr, teithwyr,"
                  " gwestai, ymgeisydd, ymgeiswyr, tanysgrifiwr, tanysgrifwyr, gyrrwr, gyrwyr, preswylydd,"
                  " preswylwyr, trigolion, dinesydd, dinasyddion, pleidleisiwr, pleidleiswyr, rhoddwr, rhoddwyr,"
                  " gwirfoddolwr, gwirfoddolwyr, ymwelydd, ymwelwyr, prynwr, prynwyr, athro, athrawon, meddyg,"
                  " meddygon, nyrs, nyrsys, perchennog, perchnogion, teulu, teuluoedd, plentyn, plant, rhieni,"
                  " tenant_NO, tenantiaid, ffermwr, ffermwyr, buddiolwr, buddiolwyr, cyfranogwr, cyfranogwyr,"
                  " person_NO, pobl",
        "thing": "siop, siopau, warws, swyddfa, swyddfeydd, cangen, canghennau, adeilad, adeiladau, ffatri,"
                 " ffatrïoedd, gorsaf, gorsafoedd, dyfais, dyfeisiau, peiriant, peiriannau, gweinydd, gweinyddion,"
                 " synhwyrydd, cynnyrch, cynhyrchion, gwesty, gwestai_NO, bwyty, bwytai, cwmni, cwmnïau, cyflenwr,"
                 " cyflenwyr, ysbyty, ysbytai, fferyllfa, fferyllfeydd, fferm, ffermydd, cerbyd, cerbydau, llong,"
                 " llongau, llwybr, llwybrau, mwynglawdd, llyfr, llyfrau, lleoliad, lleoliadau",
        "animal": "anifail, anifeiliaid, anifail anwes, ceffyl, ceffylau, cilgwn, cathod, buwch, gwartheg, dafad,"
                  " defaid, geifr, da byw, diadell, aderyn, adar, hebog",
        "event": "tocyn, tocynnau, archeb_NO, archebion_NO, ymweliad, ymweliadau, taith, teithiau, contract_NO,"
                 " contractau, benthyciad, benthyciadau, tanysgrifiad, tanysgrifiadau, aelodaeth, cofrestriad,"
                 " cofrestriadau, apwyntiad, apwyntiadau, hawliad, hawliadau",
    }),
    # ------------------------------------------------------------- Europe beyond the EU
    "tr": ("Turkish", {
        "person": "müşteri, müşteriler, müşterileri, kullanıcı, kullanıcılar, çalışan, çalışanlar, personel, üye,"
                  " üyeler, hasta, hastalar, öğrenci, öğrenciler, yolcu, yolcular, misafir, misafirler, konuk,"
                  " konuklar, başvuru sahibi, aday, adaylar, abone, aboneler, sürücü, sürücüler, şoför, şoförler,"
                  " sakin, sakinler, vatandaş, vatandaşlar, seçmen, seçmenler, bağışçı, bağışçılar, gönüllü,"
                  " gönüllüler, işçi, işçiler, ziyaretçi, ziyaretçiler, alıcı, alıcılar, öğretmen, öğretmenler,"
                  " doktor, doktorlar, hekim, hekimler, hemşire, hemşireler, sahip, sahipleri, aile, aileler, çocuk,"
                  " çocuklar, ebeveyn, ebeveynler, veli, veliler, eş, eşler, kiracı, kiracılar, çiftçi, çiftçiler,"
                  " borçlu, borçlular, sigortalı, sigortalılar, lehtar, katılımcı, katılımcılar, yanıtlayıcı,"
                  " kişi, kişiler, insanlar, cari",
        "thing": "mağaza, mağazalar, dükkan, dükkanlar, depo, depolar, ambar, ofis, ofisler, büro, şube, şubeler,"
                 " bina, binalar, fabrika, fabrikalar, tesis, tesisler, istasyon, istasyonlar, cihaz, cihazlar,"
                 " makine, makineler, sunucu, sunucular, sensör, sensörler, ekipman, ürün, ürünler, stok, stoklar,"
                 " otel, oteller, restoran, restoranlar, şirket, şirketler, firma, firmalar, tedarikçi,"
                 " tedarikçiler, hastane, hastaneler, eczane, eczaneler, çiftlik, çiftlikler, araç, araçlar,"
                 " kamyon, kamyonlar, gemi, gemiler, güzergah, güzergahlar, maden, madenler, kuyu, kuyular, kitap,"
                 " kitaplar, konum, konumlar, lokasyon, lokasyonlar, mekan, mekanlar, işletme, işletmeler",
        "animal": "hayvan, hayvanlar, evcil hayvan, at_NO, atlar, köpek, köpekler, kedi, kediler, inek, inekler, sığır,"
                  " koyun, koyunlar, keçi, keçiler, hayvancılık, sürü, sürüler, kuş, kuşlar, şahin, şahinler",
        "event": "bilet, biletler, rezervasyon, rezervasyonlar, ziyaret, ziyaretler, seyahat, seyahatler, gezi,"
                 " geziler, sözleşme, sözleşmeler, kiralama, kiralamalar, kredi, krediler, abonelik, abonelikler,"
                 " üyelik, üyelikler, kayıt, kayıtlar, randevu, randevular, hasar, hasarlar",
    }),
    "az": ("Azerbaijani", {
        "person": "müştəri, müştərilər, istifadəçi, istifadəçilər, işçi, işçilər, əməkdaş, əməkdaşlar, üzv, üzvlər,"
                  " xəstə, xəstələr, tələbə, tələbələr, şagird, şagirdlər, sərnişin, sərnişinlər, qonaq, qonaqlar,"
                  " abunəçi, abunəçilər, sürücü, sürücülər, sakin, sakinlər, vətəndaş, vətəndaşlar, seçici,"
                  " seçicilər, könüllü, könüllülər, ziyarətçi, ziyarətçilər, alıcı, alıcılar, müəllim, müəllimlər,"
                  " həkim, həkimlər, tibb bacısı, sahib, sahibləri, ailə, ailələr, uşaq, uşaqlar, valideyn,"
                  " valideynlər, kirayəçi, fermer, fermerlər, borcalan, sığortalı, iştirakçı, iştirakçılar, şəxs,"
                  " şəxslər, insanlar",
        "thing": "mağaza, mağazalar, anbar, anbarlar, ofis, ofislər, filial, filiallar, bina, binalar, zavod,"
                 " zavodlar, fabrik, stansiya, stansiyalar, cihaz, cihazlar, maşın, maşınlar, server, serverlər,"
                 " məhsul, məhsullar, mal, mallar, otel, otellər, restoran, restoranlar, şirkət, şirkətlər,"
                 " təchizatçı, təchizatçılar, xəstəxana, xəstəxanalar, aptek, apteklər, ferma, fermalar, nəqliyyat"
                 " vasitəsi, avtomobil, avtomobillər, gəmi, gəmilər, marşrut, marşrutlar, mədən, quyu, quyular,"
                 " kitab, kitablar, məkan, məkanlar",
        "animal": "heyvan, heyvanlar, it_NO, itlər, pişik, pişiklər, inək, inəklər, qoyun, qoyunlar, keçi, keçilər,"
                  " mal-qara, sürü, quş, quşlar, şahin",
        "event": "bilet, biletlər, rezervasiya, rezervasiyalar, səfər, səfərlər, müqavilə, müqavilələr, icarə, kredit,"
                 " kreditlər, abunə, üzvlük, qeydiyyat, qeydiyyatlar, görüş",
    }),
    "ru": ("Russian", {
        "person": "клиент, клиенты, клиентов, пользователь, пользователи, пользователей, сотрудник, сотрудники,"
                  " сотрудников, работник, работники, работников, персонал, член, члены, участник, участники,"
                  " участников, пациент, пациенты, пациентов, студент, студенты, студентов, ученик, ученики,"
                  " учеников, учащиеся, пассажир, пассажиры, пассажиров, гость, гости, гостей, заявитель, заявители,"
                  " соискатель, соискатели, кандидат, кандидаты, абонент, абоненты, абонентов, подписчик,"
                  " подписчики, водитель, водители, водителей, житель, жители, жителей, гражданин, граждане,"
                  " избиратель, избиратели, донор, доноры, доброволец, добровольцы, волонтер, волонтеры, рабочие,"
                  " посетитель, посетители, посетителей, покупатель, покупатели, покупателей, учитель, учителя,"
                  " преподаватель, преподаватели, врач, врачи, врачей, медсестра, медсестры, владелец, владельцы,"
                  " собственник, собственники, семья, семьи, ребенок, дети, детей, родитель, родители, супруг,"
                  " супруги, арендатор, арендаторы, фермер, фермеры, заемщик, заемщики, застрахованный,"
                  " застрахованные, получатель, получатели, бенефициар, респондент, респонденты, лицо, лица,"
                  " физлица, люди, персоны, контрагент, контрагенты, абитуриенты, жильцы",
        "thing": "магазин, магазины, магазинов, склад, склады, складов, офис, офисы, филиал, филиалы, отделение,"
                 " отделения, здание, здания, завод, заводы, фабрика, фабрики, предприятие, предприятия, станция,"
                 " станции, вокзал, вокзалы, устройство, устройства, оборудование, машина, машины, станок, станки,"
                 " сервер, серверы, датчик, датчики, сенсоры, продукт, продукты, товар, товары, товаров,"
                 " номенклатура, остатки, гостиница, гостиницы, отель, отели, ресторан, рестораны, компания,"
                 " компании, организация, организации, поставщик, поставщики, поставщиков, банки_NO, больница,"
                 " больницы, аптека, аптеки, ферма, фермы, транспортное средство, транспорт, автомобиль,"
                 " автомобили, грузовик, грузовики, судно, суда, корабль, корабли, маршрут, маршруты, шахта,"
                 " шахты, скважина, скважины, книга, книги, фильм, фильмы, коллекция, коллекции, местоположение,"
                 " места, объект, объекты, площадка, площадки, точки продаж",
        "animal": "животное, животные, питомец, питомцы, лошадь, лошади, собака, собаки, кошка, кошки, корова, коровы,"
                  " крупный рогатый скот, скот, овца, овцы, коза, козы, поголовье, стадо, стада, птица, птицы,"
                  " сокол, соколы",
        "event": "билет, билеты, бронирование, бронирования, бронь, визит, визиты, посещение, посещения, поездка,"
                 " поездки, рейс, рейсы, договор, договоры, договора, контракт, контракты, аренда, займ, займы,"
                 " заем, кредит, кредиты, подписка, подписки, членство, регистрация, регистрации, запись, записи,"
                 " прием, приемы, страховой случай, убытки",
    }),
    "uk": ("Ukrainian", {
        "person": "клієнт, клієнти, клієнтів, користувач, користувачі, користувачів, співробітник, співробітники,"
                  " працівник, працівники, працівників, персонал, члени, учасник, учасники, пацієнт, пацієнти,"
                  " пацієнтів, студент, студенти, учень, учні, пасажир, пасажири, гість, гості, заявник, заявники,"
                  " кандидат, кандидати, абонент, абоненти, передплатник, водій, водії, мешканець, мешканці, житель,"
                  " жителі, громадянин, громадяни, виборець, виборці, донор, донори, волонтер, волонтери,"
                  " відвідувач, відвідувачі, покупець, покупці, вчитель, вчителі, викладач, викладачі, лікар, лікарі,"
                  " медсестра, медсестри, власник, власники, сім'я, сім'ї, родина, родини, дитина, діти, батьки,"
                  " подружжя, орендар, орендарі, фермер, фермери, позичальник, позичальники, застраховані,"
                  " отримувач, отримувачі, бенефіціар, респондент, респонденти, особа, особи, люди, фізособи",
        "thing": "магазин, магазини, склад, склади, офіс, офіси, філія, філії, відділення, будівля, будівлі,"
                 " завод, заводи, фабрика, фабрики, підприємство, підприємства, станція, станції, вокзал, пристрій,"
                 " пристрої, обладнання, машина, машини, сервер, сервери, датчик, датчики, продукт, продукти, товар,"
                 " товари, готель, готелі, ресторан, ресторани, компанія, компанії, організація, організації,"
                 " постачальник, постачальники, лікарня, лікарні, аптека, аптеки, ферма, ферми, транспортний засіб,"
                 " автомобіль, автомобілі, вантажівка, вантажівки, судно, корабель, кораблі, маршрут, маршрути,"
                 " шахта, шахти, свердловина, свердловини, книга, книги, фільм, фільми, колекція, місця, об'єкт,"
                 " об'єкти",
        "animal": "тварина, тварини, улюбленець, кінь, коні, собака, собаки, кішка, кішки, корова, корови, худоба,"
                  " вівця, вівці, коза, кози, стадо, птах, птахи, сокіл",
        "event": "квиток, квитки, бронювання, візит, візити, відвідування, поїздка, поїздки, договір, договори,"
                 " контракт, контракти, оренда, позика, позики, кредит, кредити, підписка, передплата, членство,"
                 " реєстрація, реєстрації, запис, записи, прийом, страховий випадок",
    }),
    "be": ("Belarusian", {
        "person": "кліент, кліенты, карыстальнік, карыстальнікі, супрацоўнік, супрацоўнікі, работнік, работнікі,"
                  " пацыент, пацыенты, студэнт, студэнты, вучні, пасажыр, пасажыры, жыхар, жыхары, грамадзяне,"
                  " наведвальнік, наведвальнікі, настаўнік, настаўнікі, урач, урачы, уладальнік, уладальнікі, сям'я,"
                  " дзеці, бацькі, удзельнік, удзельнікі, асоба, асобы, людзі",
        "thing": "крама, крамы, склад, склады, офіс, філіял, будынак, будынкі, завод, фабрыка, станцыя, прылада,"
                 " прылады, абсталяванне, прадукт, прадукты, тавар, тавары, гасцініца, кампанія, арганізацыя,"
                 " пастаўшчык, пастаўшчыкі, бальніца, аптэка, аўтамабіль, аўтамабілі, маршрут, кніга, кнігі",
        "animal": "жывёла, жывёлы, сабака, сабакі, кошка, кошкі, каровы, авечкі, птушкі",
        "event": "білет, білеты, браніраванне, візіт, наведванне, паездка, дагавор, дагаворы, арэнда, крэдыт,"
                 " падпіска, рэгістрацыя",
    }),
    "mk": ("Macedonian", {
        "person": "клиент, клиенти, корисник, корисници, вработен, вработени, членови, пациент, пациенти, студент,"
                  " студенти, ученик, ученици, патник, патници, гости, возач, возачи, жители, граѓани, волонтери,"
                  " посетител, посетители, наставник, наставници, лекар, лекари, сопственик, сопственици,"
                  " семејство, семејства, деца, родители, осигуреници, учесник, учесници, лица, луѓе",
        "thing": "продавница, продавници, магацин, магацини, канцеларија, канцеларии, филијала, филијали, зграда,"
                 " згради, фабрика, фабрики, станица, станици, уред, уреди, машини, производ, производи, хотели,"
                 " ресторан, ресторани, компанија, компании, добавувач, добавувачи, болница, болници, аптека,"
                 " аптеки, возило, возила, брод, бродови, рудник, книги, локација, локации",
        "animal": "животно, животни, кучиња, мачки, коњи, крави, овци, кози, добиток, стадо, птици",
        "event": "билет, билети, резервација, резервации, посета, посети, патување, патувања, договор, договори,"
                 " закуп, заем, кредит, кредити, претплата, членство, регистрација, термини",
    }),
    "sq": ("Albanian", {
        "person": "klient, klientë, klienti, klientët, klientet, përdorues, përdoruesit, përdoruesi, punonjës,"
                  " punonjësit, punonjesit, stafi, anëtar, anëtarë, anëtarët, pacient, pacientë, pacientët, pacientet,"
                  " student, studentë, studentët, nxënës, nxënësit, pasagjer, pasagjerë, pasagjerët, mysafir,"
                  " mysafirë, aplikant, aplikantët, abonent, abonentët, shofer, shoferë, shoferët, banor, banorë,"
                  " banorët, qytetar, qytetarë, qytetarët, votues, votuesit, dhurues, vullnetar, vullnetarë,"
                  " vullnetarët, punëtor, punëtorë, punëtorët, vizitor, vizitorë, vizitorët, blerës, blerësit,"
                  " mësues, mësuesit, mjek, mjekë, mjekët, infermier, infermierë, infermierët, pronar, pronarë,"
                  " pronarët, familje, familjet, fëmijë, fëmijët, prindër, prindërit, bashkëshort, qiramarrës,"
                  " fermer, fermerë, fermerët, huamarrës, i siguruar, përfitues, përfituesit, pjesëmarrës,"
                  " pjesëmarrësit, person, persona, personat, njerëz",
        "thing": "dyqan, dyqane, dyqanet, magazinë, magazina, magazinat, zyrë, zyra, zyrat, degë, degët, ndërtesë,"
                 " ndërtesa, ndërtesat, fabrikë, fabrika, fabrikat, stacion, stacione, stacionet, pajisje,"
                 " pajisjet, makinë, makina, makinat, server, serverat, sensor, sensorët, produkt, produkte,"
                 " produktet, artikuj, artikujt, hotel, hotele, hotelet, restorant, restorante, kompani,"
                 " kompanitë, furnitor, furnitorë, furnitorët, spital, spitale, spitalet, farmaci, farmacitë,"
                 " fermë, ferma, fermat, automjet, automjete, automjetet, kamion, kamionë, anije, anijet, rrugë,"
                 " minierë, miniera, libër, libra, librat, vendndodhje, vende",
        "animal": "kafshë, kafshët, qen, qentë, mace, macet, kalë, kuaj, lopë, lopët, bagëti, dele, delet, dhi,"
                  " tufë, tufa, zog, zogj, zogjtë, skifter",
        "event": "biletë, bileta, biletat, rezervim, rezervime, rezervimet, vizitë, vizita, vizitat, udhëtim,"
                 " udhëtime, kontratë, kontrata, kontratat, qira, hua, kredi, kreditë, abonim, abonime, anëtarësim,"
                 " regjistrim, regjistrime, regjistrimet, takim, takime, dëmet",
    }),
    "ka": ("Georgian", {
        "person": "კლიენტი, კლიენტები, მომხმარებელი, მომხმარებლები, თანამშრომელი, თანამშრომლები, პერსონალი,"
                  " წევრი, წევრები, პაციენტი, პაციენტები, სტუდენტი, სტუდენტები, მოსწავლე, მოსწავლეები, მგზავრი,"
                  " მგზავრები, სტუმარი, სტუმრები, განმცხადებელი, აბონენტი, აბონენტები, მძღოლი, მძღოლები,"
                  " მაცხოვრებელი, მაცხოვრებლები, მოქალაქე, მოქალაქეები, ამომრჩეველი, ამომრჩევლები, დონორი,"
                  " მოხალისე, მოხალისეები, მუშა, მუშები, ვიზიტორი, მყიდველი, მყიდველები, მასწავლებელი,"
                  " მასწავლებლები, ექიმი, ექიმები, ექთანი, ექთნები, მფლობელი, მფლობელები, ოჯახი, ოჯახები,"
                  " ბავშვი, ბავშვები, მშობელი, მშობლები, მეუღლე, დამქირავებელი, ფერმერი, ფერმერები, მსესხებელი,"
                  " დაზღვეული, ბენეფიციარი, მონაწილე, მონაწილეები, რესპონდენტი, პირი, პირები, ადამიანები",
        "thing": "მაღაზია, მაღაზიები, საწყობი, საწყობები, ოფისი, ოფისები, ფილიალი, ფილიალები, შენობა, შენობები,"
                 " ქარხანა, ქარხნები, სადგური, სადგურები, მოწყობილობა, მოწყობილობები, აპარატი, მანქანა,"
                 " მანქანები, სერვერი, სერვერები, სენსორი, სენსორები, აღჭურვილობა, პროდუქტი, პროდუქტები, საქონელი,"
                 " სასტუმრო, სასტუმროები, რესტორანი, რესტორნები, კომპანია, კომპანიები, მომწოდებელი,"
                 " მომწოდებლები, საავადმყოფო, საავადმყოფოები, აფთიაქი, აფთიაქები, ფერმა, ფერმები, ავტომობილი,"
                 " ავტომობილები, სატვირთო, გემი, გემები, მარშრუტი, მარშრუტები, მაღარო, ჭა, წიგნი, წიგნები,"
                 " ადგილმდებარეობა, ადგილები, ობიექტი, ობიექტები",
        "animal": "ცხოველი, ცხოველები, შინაური ცხოველი, ცხენი, ცხენები, ძაღლი, ძაღლები, კატა, კატები, ძროხა,"
                  " ძროხები, პირუტყვი, ცხვარი, ცხვრები, თხა, თხები, ფარა, ფრინველი, ფრინველები, შევარდენი",
        "event": "ბილეთი, ბილეთები, ჯავშანი, ჯავშნები, ვიზიტი, ვიზიტები, მოგზაურობა, ხელშეკრულება,"
                 " ხელშეკრულებები, იჯარა, სესხი, სესხები, კრედიტი, გამოწერა, წევრობა, რეგისტრაცია, რეგისტრაციები,"
                 " ჩაწერა",
    }),
    "hy": ("Armenian", {
        "person": "հաճախորդ, հաճախորդներ, օգտատեր, օգտատերեր, աշխատակից, աշխատակիցներ, աշխատող, աշխատողներ,"
                  " անձնակազմ, անդամ, անդամներ, հիվանդ, հիվանդներ, պացիենտ, պացիենտներ, ուսանող, ուսանողներ,"
                  " աշակերտ, աշակերտներ, ուղևոր, ուղևորներ, հյուր, հյուրեր, դիմորդ, դիմորդներ, բաժանորդ,"
                  " բաժանորդներ, վարորդ, վարորդներ, բնակիչ, բնակիչներ, քաղաքացի, քաղաքացիներ, ընտրող, ընտրողներ,"
                  " դոնոր, կամավոր, կամավորներ, այցելու, այցելուներ, գնորդ, գնորդներ, ուսուցիչ, ուսուցիչներ,"
                  " բժիշկ, բժիշկներ, բուժքույր, բուժքույրեր, սեփականատեր, սեփականատերեր, ընտանիք, ընտանիքներ,"
                  " երեխա, երեխաներ, ծնող, ծնողներ, ամուսին, վարձակալ, ֆերմեր, ֆերմերներ, վարկառու, ապահովագրված,"
                  " շահառու, շահառուներ, մասնակից, մասնակիցներ, հարցվող, անձ, անձինք, մարդիկ",
        "thing": "խանութ, խանութներ, պահեստ, պահեստներ, գրասենյակ, գրասենյակներ, մասնաճյուղ, մասնաճյուղեր, շենք,"
                 " շենքեր, գործարան, գործարաններ, կայան, կայաններ, սարք, սարքեր, սարքավորում, սարքավորումներ,"
                 " մեքենա, մեքենաներ, սերվեր, սերվերներ, սենսոր, ապրանք, ապրանքներ, արտադրանք, հյուրանոց,"
                 " հյուրանոցներ, ռեստորան, ռեստորաններ, ընկերություն, ընկերություններ, մատակարար, մատակարարներ,"
                 " հիվանդանոց, հիվանդանոցներ, դեղատուն, դեղատներ, ֆերմա, տրանսպորտային միջոց, բեռնատար, նավ,"
                 " նավեր, երթուղի, երթուղիներ, հանք, ջրհոր, գիրք, գրքեր, վայր, վայրեր",
        "animal": "կենդանի, կենդանիներ, ընտանի կենդանի, ձի, ձիեր, շուն, շներ, կատու, կատուներ, կով, կովեր,"
                  " անասուն, ոչխար, ոչխարներ, այծ, այծեր, հոտ, թռչուն, թռչուններ, բազե",
        "event": "տոմս, տոմսեր, ամրագրում, ամրագրումներ, այց, այցեր, ուղևորություն, պայմանագիր, պայմանագրեր,"
                 " վարձակալություն, վարկ, վարկեր, բաժանորդագրություն, անդամակցություն, գրանցում, գրանցումներ",
    }),
    # ------------------------------------------------------------- Central Asia, Mongolia
    "kk": ("Kazakh", {
        "person": "клиент, клиенттер, тұтынушы, тұтынушылар, пайдаланушы, пайдаланушылар, қызметкер, қызметкерлер,"
                  " жұмысшы, жұмысшылар, мүше, мүшелер, науқас, науқастар, пациент, пациенттер, студент,"
                  " студенттер, оқушы, оқушылар, жолаушы, жолаушылар, қонақ, қонақтар, үміткер, үміткерлер, абонент,"
                  " абоненттер, жүргізуші, жүргізушілер, тұрғын, тұрғындар, азамат, азаматтар, сайлаушы,"
                  " сайлаушылар, ерікті, еріктілер, келуші, келушілер, сатып алушы, мұғалім, мұғалімдер, дәрігер,"
                  " дәрігерлер, мейірбике, иесі, иелері, отбасы, отбасылар, бала, балалар, ата-ана, жұбай, жалға"
                  " алушы, фермер, фермерлер, қарыз алушы, сақтандырылған, қатысушы, қатысушылар, тұлға, тұлғалар,"
                  " адамдар",
        "thing": "дүкен, дүкендер, қойма, қоймалар, кеңсе, кеңселер, филиал, филиалдар, ғимарат, ғимараттар, зауыт,"
                 " зауыттар, станция, станциялар, құрылғы, құрылғылар, жабдық, машина, машиналар, сервер,"
                 " серверлер, датчик, датчиктер, өнім, өнімдер, тауар, тауарлар, қонақүй, мейрамхана, компания,"
                 " компаниялар, жеткізуші, жеткізушілер, аурухана, ауруханалар, дәріхана, дәріханалар, ферма,"
                 " көлік, көліктер, кеме, кемелер, маршрут, маршруттар, шахта, ұңғыма, кітап, кітаптар, орын,"
                 " орындар, нысан, нысандар",
        "animal": "жануар, жануарлар, жылқы, жылқылар, ит_NO, иттер, мысық, мысықтар, сиыр, сиырлар, мал, қой, қойлар,"
                  " ешкі, ешкілер, табын, отар, құс, құстар, сұңқар, бүркіт",
        "event": "билет, билеттер, брондау, сапар, сапарлар, келісімшарт, шарт, шарттар, жалға алу, несие,"
                 " несиелер, қарыз, жазылым, мүшелік, тіркеу, тіркеулер, жазылу",
    }),
    "ky": ("Kyrgyz", {
        "person": "кардар, кардарлар, колдонуучу, колдонуучулар, кызматкер, кызматкерлер, жумушчу, жумушчулар,"
                  " мүчө, мүчөлөр, бейтап, бейтаптар, пациент, пациенттер, студент, студенттер, окуучу, окуучулар,"
                  " жүргүнчү, жүргүнчүлөр, конок, коноктор, айдоочу, айдоочулар, тургун, тургундар, жаран,"
                  " жарандар, шайлоочу, шайлоочулар, ыктыярчы, ыктыярчылар, келүүчү, сатып алуучу, мугалим,"
                  " мугалимдер, дарыгер, дарыгерлер, медайым, ээси, ээлери, үй-бүлө, үй-бүлөлөр, бала, балдар,"
                  " ата-эне, дыйкан, дыйкандар, катышуучу, катышуучулар, адам, адамдар, тарап",
        "thing": "дүкөн, дүкөндөр, кампа, кампалар, кеңсе, филиал, имарат, имараттар, завод, заводдор, бекет,"
                 " станция, түзмөк, түзмөктөр, жабдуу, машина, сервер, продукт, продукция, товар, товарлар,"
                 " мейманкана, ресторан, компания, компаниялар, жеткирүүчү, жеткирүүчүлөр, оорукана, ооруканалар,"
                 " дарыкана, дарыканалар, ферма, унаа, унаалар, кеме, маршрут, кен, китеп, китептер, жай",
        "animal": "жаныбар, жаныбарлар, жылкы, ит_NO, иттер, мышык, мышыктар, уй, уйлар, мал, кой, койлор, эчки,"
                  " эчкилер, үйүр, куш, куштар, шумкар",
        "event": "билет, билеттер, брондоо, сапар, келишим, келишимдер, ижара, насыя, кредит, жазылуу, мүчөлүк,"
                 " каттоо",
    }),
    "uz": ("Uzbek", {
        "person": "mijoz, mijozlar, foydalanuvchi, foydalanuvchilar, xodim, xodimlar, ishchi, ishchilar, a'zo,"
                  " a'zolar, bemor, bemorlar, talaba, talabalar, o'quvchi, o'quvchilar, yo'lovchi, yo'lovchilar,"
                  " mehmon, mehmonlar, ariza beruvchi, abonent, abonentlar, haydovchi, haydovchilar, aholi, fuqaro,"
                  " fuqarolar, saylovchi, saylovchilar, ko'ngilli, ko'ngillilar, tashrif buyuruvchi, xaridor,"
                  " xaridorlar, o'qituvchi, o'qituvchilar, shifokor, shifokorlar, hamshira, hamshiralar, egasi,"
                  " egalari, oila, oilalar, bola, bolalar, ota-ona, turmush o'rtog'i, ijarachi, ijarachilar, fermer,"
                  " fermerlar, qarz oluvchi, sug'urtalangan, ishtirokchi, ishtirokchilar, respondent,"
                  " respondentlar, shaxs, shaxslar, odamlar",
        "thing": "do'kon, do'konlar, ombor, omborlar, ofis, ofislar, idora, filial, filiallar, bino, binolar,"
                 " zavod, zavodlar, fabrika, bekat, stansiya, qurilma, qurilmalar, uskuna, uskunalar, mashina,"
                 " mashinalar, server, serverlar, sensor, mahsulot, mahsulotlar, tovar, tovarlar, mehmonxona,"
                 " mehmonxonalar, restoran, restoranlar, kompaniya, kompaniyalar, korxona, korxonalar, yetkazib"
                 " beruvchi, shifoxona, shifoxonalar, kasalxona, dorixona, dorixonalar, ferma, avtomobil,"
                 " avtomobillar, transport vositasi, kema, kemalar, marshrut, marshrutlar, kon, quduq, kitob,"
                 " kitoblar, joy, joylar",
        "animal": "hayvon, hayvonlar, ot_NO, otlar, it_NO, itlar, mushuk, mushuklar, sigir, sigirlar, mol, qo'y,"
                  " qo'ylar, echki, echkilar, chorva, poda, qush, qushlar, lochin",
        "event": "chipta, chiptalar, bron, bronlash, tashrif, tashriflar, safar, safarlar, shartnoma,"
                 " shartnomalar, ijara, kredit, kreditlar, qarz, obuna, a'zolik, ro'yxatdan o'tish, qabul",
    }),
    "mn": ("Mongolian", {
        "person": "харилцагч, харилцагчид, үйлчлүүлэгч, үйлчлүүлэгчид, хэрэглэгч, хэрэглэгчид, ажилтан, ажилтнууд,"
                  " ажилчин, ажилчид, гишүүн, гишүүд, өвчтөн, өвчтөнүүд, оюутан, оюутнууд, сурагч, сурагчид,"
                  " зорчигч, зорчигчид, зочин, зочид, өргөдөл гаргагч, захиалагч, жолооч, жолоочид, оршин суугч,"
                  " иргэн, иргэд, сонгогч, сонгогчид, сайн дурын ажилтан, зочлогч, худалдан авагч, багш, багш нар,"
                  " эмч, эмч нар, сувилагч, эзэмшигч, эзэн, гэр бүл, хүүхэд, хүүхдүүд, эцэг эх, эхнэр нөхөр,"
                  " түрээслэгч, малчин, малчид, зээлдэгч, даатгуулагч, оролцогч, оролцогчид, хариулагч, хүн,"
                  " хүмүүс",
        "thing": "дэлгүүр, дэлгүүрүүд, агуулах, агуулахууд, оффис, салбар, салбарууд, барилга, барилгууд, үйлдвэр,"
                 " үйлдвэрүүд, станц, буудал, төхөөрөмж, төхөөрөмжүүд, тоног төхөөрөмж, машин, машинууд, сервер,"
                 " мэдрэгч, бүтээгдэхүүн, бараа, зочид буудал, ресторан, компани, компаниуд, нийлүүлэгч,"
                 " нийлүүлэгчид, эмнэлэг, эмнэлгүүд, эмийн сан, ферм, тээврийн хэрэгсэл, ачааны машин, хөлөг онгоц,"
                 " маршрут, уурхай, худаг, ном, номууд, байршил, байршлууд",
        "animal": "амьтан, амьтад, тэжээвэр амьтан, морь, морьд, нохой, нохойнууд, муур, муурнууд, үхэр, мал,"
                  " хонь, ямаа, сүрэг, шувуу, шувууд, шонхор",
        "event": "тасалбар, билет, захиалга_NO, айлчлал, аялал, гэрээ, гэрээнүүд, түрээс, зээл, зээлүүд, гишүүнчлэл,"
                 " бүртгэл, цаг захиалга",
    }),
    # --------------------------------------------------------------- Middle East, South Asia
    "ar": ("Arabic", {
        "person": "عميل, عملاء, العملاء, زبون, زبائن, الزبائن, مستخدم, مستخدمين, المستخدمين, المستخدمون, موظف,"
                  " موظفين, الموظفين, الموظفون, عضو, أعضاء, الأعضاء, مريض, مرضى, المرضى, طالب, طلاب, الطلاب,"
                  " تلميذ, تلاميذ, مسافر, مسافرين, المسافرين, ركاب, الركاب, ضيف, ضيوف, الضيوف, متقدم, المتقدمين,"
                  " مشترك, مشتركين, المشتركين, سائق, سائقين, السائقين, مقيم, مقيمين, المقيمين, سكان, مواطن,"
                  " مواطنين, المواطنين, ناخب, ناخبين, متبرع, متبرعين, المتبرعين, متطوع, متطوعين, المتطوعين, عامل,"
                  " عمال, العمال, زائر, زوار, الزوار, مشتري, مشترين, معلم, معلمين, المعلمين, طبيب, أطباء, الأطباء,"
                  " ممرض, ممرضة, ممرضين, مالك, ملاك, أسرة, أسر, عائلة, عائلات, طفل, أطفال, الأطفال, والدين, أولياء"
                  " الأمور, زوج, مستأجر, مستأجرين, مزارع_NO, مزارعين, مقترض, مقترضين, مؤمن عليه, مستفيد,"
                  " مستفيدين, المستفيدين, مشارك, مشاركين, المشاركين, شخص, أشخاص, الأشخاص, أفراد, الأفراد",
        "thing": "متجر, متاجر, المتاجر, محل, محلات, مستودع, مستودعات, المستودعات, مخزن, مخازن, المخازن, مكتب_NO,"
                 " مكاتب, المكاتب, فرع, فروع, الفروع, مبنى, مباني, المباني, مصنع, مصانع, المصانع, محطة, محطات,"
                 " المحطات, جهاز, أجهزة, الأجهزة, آلة, آلات, خادم_NO, خوادم, مستشعر, مستشعرات, حساسات, معدات,"
                 " المعدات, منتج, منتجات, المنتجات, أصناف, الأصناف, بضائع, فندق, فنادق, الفنادق, مطعم, مطاعم,"
                 " شركة, شركات, الشركات, مورد, موردين, الموردين, مستشفى, مستشفيات, المستشفيات, صيدلية, صيدليات,"
                 " مزرعة, مزارع_NO, مركبة, مركبات, المركبات, سيارة, سيارات, السيارات, شاحنة, شاحنات, سفينة, سفن,"
                 " مسار, مسارات, منجم, مناجم, بئر, آبار, كتاب_NO, كتب_NO, موقع_NO, مواقع, المواقع, أماكن",
        "animal": "حيوان, حيوانات, الحيوانات, حيوان أليف, حصان, خيول, الخيول, كلب, كلاب, قطة, قطط, بقرة, أبقار, ماشية,"
                  " الماشية, خروف, أغنام, ماعز, قطيع, طائر, طيور, الطيور, صقر, صقور",
        "event": "تذكرة, تذاكر, التذاكر, حجز, حجوزات, الحجوزات, زيارة, زيارات, الزيارات, رحلة, رحلات, الرحلات, عقد,"
                 " عقود, العقود, إيجار, قرض, قروض, القروض, اشتراك, اشتراكات, الاشتراكات, عضوية, تسجيل, تسجيلات,"
                 " موعد, مواعيد, المواعيد, مطالبة, مطالبات",
    }),
    "fa": ("Persian", {
        "person": "مشتری, مشتریان, مشتریها, کاربر, کاربران, کارمند, کارمندان, کارکنان, پرسنل, عضو, اعضا, بیمار,"
                  " بیماران, دانشجو, دانشجویان, دانش آموز, دانش آموزان, مسافر, مسافران, مهمان, مهمانان, متقاضی,"
                  " متقاضیان, مشترک, مشترکین, راننده, رانندگان, ساکن, ساکنان, شهروند, شهروندان, رای دهنده, اهدا"
                  " کننده, داوطلب, داوطلبان, کارگر, کارگران, بازدیدکننده, بازدیدکنندگان, خریدار, خریداران, معلم,"
                  " معلمان, پزشک, پزشکان, پرستار, پرستاران, مالک, مالکان, خانواده, خانواده ها, کودک, کودکان, فرزند,"
                  " فرزندان, والدین, همسر, مستاجر, مستاجران, کشاورز, کشاورزان, وام گیرنده, بیمه شده, بیمه شدگان,"
                  " ذینفع, شرکت کننده, شرکت کنندگان, پاسخ دهنده, شخص, اشخاص, افراد",
        "thing": "فروشگاه, فروشگاهها, مغازه, مغازه ها, انبار, انبارها, دفتر_NO, دفاتر, شعبه, شعب, ساختمان, ساختمانها,"
                 " کارخانه, کارخانه ها, ایستگاه, ایستگاهها, دستگاه, دستگاهها, ماشین, ماشینها, سرور, سرورها,"
                 " حسگر, تجهیزات, محصول, محصولات, کالا, کالاها, هتل, هتلها, رستوران, رستورانها, شرکت, شرکتها,"
                 " تامین کننده, تامین کنندگان, بیمارستان, بیمارستانها, داروخانه, داروخانه ها, مزرعه, مزارع,"
                 " وسیله نقلیه, خودرو, خودروها, کامیون, کشتی, کشتیها, مسیر, مسیرها, معدن, معادن, چاه, چاهها, کتاب,"
                 " کتابها, مکان, مکانها",
        "animal": "حیوان, حیوانات, حیوان خانگی, اسب, اسبها, سگ, سگها, گربه, گربه ها, گاو, گاوها, دام, دامها,"
                  " گوسفند, بز, گله, پرنده, پرندگان, شاهین",
        "event": "بلیط, بلیت, بلیطها, رزرو, رزروها, بازدید, بازدیدها, سفر, سفرها, قرارداد, قراردادها, اجاره, وام,"
                 " وامها, اشتراک, عضویت, ثبت نام, نوبت, نوبتها, خسارت",
    }),
    "ur": ("Urdu", {
        "person": "گاہک, گاہکوں, صارف, صارفین, ملازم, ملازمین, عملہ, رکن, اراکین, مریض, مریضوں, طالب علم, طلباء,"
                  " مسافر, مسافروں, مہمان, درخواست گزار, ڈرائیور, رہائشی, شہری, ووٹر, رضاکار, مزدور, خریدار,"
                  " استاد, اساتذہ, ڈاکٹر, نرس, مالک, مالکان, خاندان, بچے, بچوں, والدین, کرایہ دار, کسان,"
                  " مستفید, شرکاء, افراد, لوگ",
        "thing": "دکان, دکانیں, گودام, دفتر_NO, دفاتر, شاخ, عمارت, عمارتیں, کارخانہ, فیکٹری, اسٹیشن, آلہ, آلات,"
                 " مشین, مشینیں, سرور, مصنوعات, ہوٹل, ریستوران, کمپنی, کمپنیاں, سپلائر, ہسپتال, ہسپتالوں, فارمیسی,"
                 " گاڑی, گاڑیاں, ٹرک, جہاز, راستہ, کان, کنواں, کتاب, کتابیں, مقام, مقامات",
        "animal": "جانور, جانوروں, گھوڑا, گھوڑے, کتا, کتے, بلی, گائے, مویشی, بھیڑ, بکری, ریوڑ, پرندہ, پرندے, باز",
        "event": "ٹکٹ, بکنگ, ریزرویشن, دورہ, سفر, معاہدہ, کرایہ, قرض, رکنیت, رجسٹریشن, اندراج, ملاقات, دعوی",
    }),
    "he": ("Hebrew", {
        "person": "לקוח, לקוחות, משתמש, משתמשים, עובד, עובדים, חבר, חברים, מטופל, מטופלים, חולה, חולים,"
                  " סטודנט, סטודנטים, תלמיד, תלמידים, נוסע, נוסעים, אורח, אורחים, מועמד, מועמדים, מנוי, מנויים,"
                  " נהג, נהגים, תושב, תושבים, אזרח, אזרחים, בוחר, בוחרים, תורם, תורמים, מתנדב, מתנדבים, מבקר,"
                  " מבקרים, קונה, קונים, מורה, מורים, רופא, רופאים, אחות, אחיות, בעלים, משפחה, משפחות, ילד, ילדים,"
                  " הורים, בן זוג, שוכר, שוכרים, חקלאי, חקלאים, לווה, מבוטח, מבוטחים, מוטב, משתתף, משתתפים, אדם,"
                  " אנשים",
        "thing": "חנות, חנויות, מחסן, מחסנים, משרד, משרדים, סניף, סניפים, בניין, בניינים, מפעל, מפעלים, תחנה, תחנות,"
                 " מכשיר, מכשירים, מכונה, מכונות, שרת, שרתים, חיישן, חיישנים, ציוד, מוצר, מוצרים, פריטים, מלון,"
                 " מלונות, מסעדה, מסעדות, חברה_NO, חברות, ספק, ספקים, בית חולים, בתי חולים, בית מרקחת, חווה, חוות,"
                 " רכב, רכבים, משאית, משאיות, ספינה, ספינות, מסלול, מסלולים, מכרה, באר, ספר, ספרים, מיקום, מיקומים,"
                 " מקומות",
        "animal": "חיה, חיות, בעלי חיים, חיית מחמד, סוס, סוסים, כלב, כלבים, חתול, חתולים, פרה, פרות, בקר, כבשים,"
                  " עזים, עדר, ציפור, ציפורים, בז",
        "event": "כרטיס, כרטיסים, הזמנה_NO, הזמנות_NO, ביקור, ביקורים, נסיעה, נסיעות, טיול, טיולים, חוזה, חוזים,"
                 " השכרה, הלוואה, הלוואות, מנוי_NO, חברות_NO, הרשמה, רישום, תור, תורים, תביעה, תביעות",
    }),
    "hi": ("Hindi", {
        "person": "ग्राहक, ग्राहकों, उपयोगकर्ता, उपयोगकर्ताओं, कर्मचारी, कर्मचारियों, सदस्य, सदस्यों, मरीज़, मरीज,"
                  " मरीजों, रोगी, रोगियों, छात्र, छात्रों, विद्यार्थी, यात्री, यात्रियों, अतिथि, मेहमान, आवेदक,"
                  " आवेदकों, ग्राहक, चालक, ड्राइवर, निवासी, नागरिक, नागरिकों, मतदाता, दाता, स्वयंसेवक, मज़दूर,"
                  " श्रमिक, आगंतुक, खरीदार, शिक्षक, शिक्षकों, डॉक्टर, चिकित्सक, नर्स, मालिक, परिवार, बच्चे,"
                  " बच्चों, माता-पिता, पति, पत्नी, किरायेदार, किसान, किसानों, उधारकर्ता, बीमित, लाभार्थी,"
                  " लाभार्थियों, प्रतिभागी, प्रतिभागियों, उत्तरदाता, व्यक्ति, लोग",
        "thing": "दुकान, दुकानें, गोदाम, कार्यालय, दफ़्तर, शाखा, शाखाएं, इमारत, भवन, कारखाना, फैक्ट्री, स्टेशन,"
                 " उपकरण, मशीन, मशीनें, सर्वर, सेंसर, उत्पाद, उत्पादों, वस्तु, वस्तुएं, होटल, रेस्टोरेंट,"
                 " कंपनी, कंपनियां, आपूर्तिकर्ता, अस्पताल, दवाखाना, फार्मेसी, खेत, वाहन, वाहनों, ट्रक, जहाज़,"
                 " मार्ग, खदान, कुआँ, किताब, पुस्तक, पुस्तकें, स्थान",
        "animal": "जानवर, जानवरों, पशु, पशुओं, पालतू, घोड़ा, घोड़े, कुत्ता, कुत्ते, बिल्ली, गाय, गायें, मवेशी, भेड़,"
                  " बकरी, बकरियां, झुंड, पक्षी, बाज़",
        "event": "टिकट, बुकिंग, आरक्षण, यात्रा, दौरा, अनुबंध, किराया, ऋण, सदस्यता, पंजीकरण, अपॉइंटमेंट, दावा, दावे",
    }),
    "bn": ("Bengali", {
        "person": "গ্রাহক, ক্রেতা, ব্যবহারকারী, কর্মচারী, কর্মী, সদস্য, রোগী, ছাত্র, ছাত্রছাত্রী, শিক্ষার্থী, যাত্রী,"
                  " অতিথি, আবেদনকারী, চালক, বাসিন্দা, নাগরিক, ভোটার, দাতা, স্বেচ্ছাসেবক, শ্রমিক, দর্শনার্থী,"
                  " শিক্ষক, ডাক্তার, চিকিৎসক, নার্স, মালিক, পরিবার, শিশু, সন্তান, পিতামাতা, ভাড়াটে, কৃষক, ঋণগ্রহীতা,"
                  " বীমাকৃত, সুবিধাভোগী, অংশগ্রহণকারী, উত্তরদাতা, ব্যক্তি, মানুষ",
        "thing": "দোকান, গুদাম, অফিস, কার্যালয়, শাখা, ভবন, কারখানা, স্টেশন, ডিভাইস, যন্ত্র, মেশিন, সার্ভার, পণ্য,"
                 " হোটেল, রেস্তোরাঁ, কোম্পানি, সরবরাহকারী, হাসপাতাল, ফার্মেসি, খামার, যানবাহন, গাড়ি, ট্রাক, জাহাজ,"
                 " রুট, খনি, বই, স্থান",
        "animal": "প্রাণী, পশু, পোষা প্রাণী, ঘোড়া, কুকুর, বিড়াল, গরু, গবাদি পশু, ভেড়া, ছাগল, পাখি, বাজপাখি",
        "event": "টিকিট, বুকিং, সংরক্ষণ, পরিদর্শন, ভ্রমণ, চুক্তি, ভাড়া, ঋণ, সদস্যপদ, নিবন্ধন",
    }),
    "ta": ("Tamil", {
        "person": "வாடிக்கையாளர், வாடிக்கையாளர்கள், பயனர், பயனர்கள், ஊழியர், ஊழியர்கள், பணியாளர், பணியாளர்கள்,"
                  " உறுப்பினர், உறுப்பினர்கள், நோயாளி, நோயாளிகள், மாணவர், மாணவர்கள், பயணி, பயணிகள், விருந்தினர்,"
                  " விண்ணப்பதாரர், ஓட்டுநர், குடியிருப்பாளர், குடிமக்கள், வாக்காளர், வாக்காளர்கள், தன்னார்வலர்,"
                  " தொழிலாளர், தொழிலாளர்கள், பார்வையாளர், ஆசிரியர், ஆசிரியர்கள், மருத்துவர், மருத்துவர்கள், செவிலியர்,"
                  " உரிமையாளர், குடும்பம், குழந்தைகள், பெற்றோர், விவசாயி, விவசாயிகள், பயனாளி, பயனாளிகள், பங்கேற்பாளர்,"
                  " பங்கேற்பாளர்கள், நபர், நபர்கள், மக்கள்",
        "thing": "கடை, கடைகள், கிடங்கு, அலுவலகம், கிளை, கட்டிடம், தொழிற்சாலை, நிலையம், சாதனம், சாதனங்கள், இயந்திரம்,"
                 " சேவையகம், தயாரிப்பு, தயாரிப்புகள், பொருட்கள், விடுதி, உணவகம், நிறுவனம், நிறுவனங்கள், சப்ளையர்,"
                 " மருத்துவமனை, மருந்தகம், பண்ணை, வாகனம், வாகனங்கள், லாரி, கப்பல், வழித்தடம், சுரங்கம், கிணறு,"
                 " புத்தகம், புத்தகங்கள், இடம், இடங்கள்",
        "animal": "விலங்கு, விலங்குகள், செல்லப்பிராணி, குதிரை, நாய், பூனை, பசு, மாடு, கால்நடை, ஆடு, செம்மறி, பறவை,"
                  " பறவைகள், பருந்து",
        "event": "டிக்கெட், முன்பதிவு, வருகை, பயணம், ஒப்பந்தம், வாடகை, கடன், சந்தா, உறுப்பினர் சேர்க்கை, பதிவு",
    }),
    "te": ("Telugu", {
        "person": "ఖాతాదారుడు, ఖాతాదారులు, కస్టమర్, కస్టమర్లు, వినియోగదారు, వినియోగదారులు, ఉద్యోగి, ఉద్యోగులు,"
                  " సిబ్బంది, సభ్యుడు, సభ్యులు, రోగి, రోగులు, విద్యార్థి, విద్యార్థులు, ప్రయాణీకుడు, ప్రయాణికులు,"
                  " అతిథి, అతిథులు, దరఖాస్తుదారు, డ్రైవర్, నివాసి, నివాసితులు, పౌరుడు, పౌరులు, ఓటరు, ఓటర్లు,"
                  " వాలంటీర్, కార్మికుడు, కార్మికులు, సందర్శకుడు, సందర్శకులు, కొనుగోలుదారు, ఉపాధ్యాయుడు,"
                  " ఉపాధ్యాయులు, వైద్యుడు, వైద్యులు, నర్సు, యజమాని, యజమానులు, కుటుంబం, పిల్లలు, తల్లిదండ్రులు,"
                  " రైతు, రైతులు, లబ్ధిదారు, లబ్ధిదారులు, పాల్గొనేవారు, వ్యక్తి, వ్యక్తులు, ప్రజలు",
        "thing": "దుకాణం, దుకాణాలు, గిడ్డంగి, కార్యాలయం, శాఖ, భవనం, కర్మాగారం, స్టేషన్, పరికరం, పరికరాలు, యంత్రం,"
                 " యంత్రాలు, ఉత్పత్తి, ఉత్పత్తులు, హోటల్, రెస్టారెంట్, కంపెనీ, సంస్థ, సరఫరాదారు, ఆసుపత్రి,"
                 " ఫార్మసీ, పొలం, వాహనం, వాహనాలు, ఓడ, మార్గం, గని, బావి, పుస్తకం, పుస్తకాలు, స్థలం",
        "animal": "జంతువు, జంతువులు, పెంపుడు జంతువు, గుర్రం, కుక్క, పిల్లి, ఆవు, పశువులు, గొర్రె, మేక, పక్షి, డేగ",
        "event": "టికెట్, బుకింగ్, రిజర్వేషన్, సందర్శన, ప్రయాణం, ఒప్పందం, అద్దె, రుణం, సభ్యత్వం, నమోదు",
    }),
    # ------------------------------------------------------------------ East, Southeast Asia
    "zh": ("Chinese (Han characters as pinyin)", {
        "person": "客户, 客戶, 顾客, 顧客, 用户, 用戶, 员工, 員工, 职员, 職員, 雇员, 僱員, 人员, 人員, 会员, 會員, 成员, 病人,"
                  " 患者, 学生, 學生, 学员, 學員, 乘客, 旅客, 宾客, 申请人, 申請人, 订户, 司机, 司機, 居民, 住户, 公民,"
                  " 选民, 捐赠者, 献血者, 志愿者, 志願者, 工人, 访客, 訪客, 买家, 買家, 购买者, 教师, 教師, 老师, 老師,"
                  " 医生, 醫生, 护士, 護士, 业主, 業主, 车主, 家庭, 儿童, 兒童, 子女, 家长, 家長, 配偶, 租户, 租戶,"
                  " 农户, 農戶, 借款人, 被保险人, 被保險人, 受益人, 参与者, 參與者, 受访者, 受訪者, 人口",
        "thing": "仓库, 倉庫, 商店, 门店, 門店, 店铺, 店鋪, 办公室, 辦公室, 分店, 分公司, 网点, 網點, 建筑物, 工厂, 工廠,"
                 " 车站, 車站, 站点, 站點, 设备, 設備, 机器, 機器, 服务器, 伺服器, 传感器, 傳感器, 产品, 產品, 商品,"
                 " 库存, 庫存, 酒店, 宾馆, 餐厅, 餐廳, 公司, 企业, 企業, 供应商, 供應商, 医院, 醫院, 诊所, 診所, 药店,"
                 " 藥店, 药房, 农场, 農場, 车辆, 車輛, 卡车, 船舶, 船只, 路线, 路線, 线路, 矿山, 礦山, 图书, 圖書,"
                 " 书籍, 書籍, 电影, 電影, 藏品, 地点, 地點, 场所, 場所, 场馆, 場館",
        "animal": "动物, 動物, 宠物, 寵物, 马匹, 馬匹, 犬只, 牲畜, 家畜, 牛群, 羊群, 鸟类, 鳥類",
        "event": "门票, 門票, 车票, 車票, 机票, 機票, 预订, 預訂, 预约, 預約, 访问, 訪問, 行程, 合同, 合约, 合約, 租赁,"
                 " 租賃, 贷款, 貸款, 订阅, 訂閱, 注册, 註冊, 登记, 登記, 理赔, 理賠",
    }),
    "ja": ("Japanese (kana and kanji as tokenize writes them, and romaji)", {
        "person": "顧客, 社員, 従業員, 職員, 会員, 患者, 学生, 生徒, 乗客, 利用者, 申込者, 応募者, 加入者, 運転手,"
                  " 住民, 市民, 有権者, 寄付者, 献血者, 作業員, 来場者, 訪問者, 購入者, 教員, 教師, 医師, 看護師,"
                  " 所有者, 家族, 子供, 保護者, 配偶者, 入居者, 農家, 借主, 被保険者, 受益者, 参加者, 回答者,"
                  " カスタマー, ユーザー, メンバー, スタッフ, ゲスト, ドライバー, kokyaku, shain, juugyouin, jugyoin,"
                  " kaiin, kanja, gakusei, seito, joukyaku, riyousha, riyosha, kanyusha, jumin, juumin, kyouin, ishi_NO,"
                  " kangoshi, kazoku, kodomo, hogosha, sankasha, kaitousha",
        "thing": "倉庫, 店舗, 事務所, 支店, 営業所, 建物, 工場, 駅, 設備, 装置, 機器, 機械, サーバー, センサー, 製品,"
                 " 商品, 在庫, ホテル, 旅館, レストラン, 会社, 企業, 仕入先, 病院, 薬局, 農場, 車両, 船舶, 路線,"
                 " 鉱山, 書籍, 映画, 所在地, 施設, souko, tenpo, jimusho, shiten, koujou, kojo, setsubi, souchi,"
                 " kiki, seihin, shouhin, shohin, zaiko, kaisha, byouin, byoin, yakkyoku, sharyou, sharyo, shisetsu",
        "animal": "動物, ペット, 犬, 猫, 家畜, 鳥類, doubutsu, dobutsu, petto",
        "event": "チケット, 予約, 訪問, 旅行, 契約, 貸出, 融資, 購読, 会員登録, 登録, yoyaku, keiyaku, ryokou",
    }),
    "ko": ("Korean", {
        "person": "고객, 고객들, 사용자, 이용자, 회원, 회원들, 직원, 직원들, 사원, 임직원, 환자, 환자들, 학생, 학생들, 승객,"
                  " 손님, 지원자, 신청자, 구독자, 가입자, 운전자, 기사, 주민, 거주자, 시민, 유권자, 기증자, 헌혈자,"
                  " 자원봉사자, 근로자, 노동자, 방문자, 방문객, 구매자, 교사, 선생님, 의사, 간호사, 소유자, 소유주, 가족,"
                  " 가구, 아동, 자녀, 부모, 보호자, 배우자, 임차인, 세입자, 농민, 농가, 차입자, 피보험자, 수혜자, 수급자,"
                  " 참가자, 참여자, 응답자, 개인, 사람, 인원",
        "thing": "창고, 매장, 상점, 점포, 사무실, 지점, 지사, 건물, 공장, 역, 정류장, 기기, 장치, 장비, 기계, 서버, 센서,"
                 " 제품, 상품, 재고, 호텔, 식당, 레스토랑, 회사, 기업, 업체, 공급업체, 거래처, 병원, 의원, 약국, 농장,"
                 " 차량, 트럭, 선박, 노선, 광산, 도서, 영화, 위치, 장소, 시설",
        "animal": "동물, 반려동물, 애완동물, 말, 개, 강아지, 고양이, 소, 가축, 양, 염소, 새, 조류, 매",
        "event": "티켓, 예매, 예약, 방문, 여행, 계약, 임대, 대출, 구독, 회원가입, 등록, 보험금 청구",
    }),
    "vi": ("Vietnamese", {
        "person": "khách hàng, người dùng, người sử dụng, nhân viên, cán bộ, thành viên, hội viên, bệnh nhân, người bệnh,"
                  " sinh viên, học sinh, học viên, hành khách, khách mời, ứng viên, người đăng ký, thuê bao, tài xế,"
                  " lái xe, cư dân, công dân, cử tri, người hiến, tình nguyện viên, công nhân, người lao động, khách"
                  " tham quan, người mua, giáo viên, bác sĩ, y tá, điều dưỡng, chủ sở hữu, gia đình, hộ gia đình, trẻ"
                  " em, phụ huynh, vợ chồng, người thuê, nông dân, người vay, người được bảo hiểm, người thụ hưởng,"
                  " người tham gia, người trả lời, cá nhân, nhân sự",
        "thing": "cửa hàng, kho hàng, văn phòng, chi nhánh, tòa nhà, nhà máy, nhà ga, trạm, thiết bị, máy móc, máy chủ,"
                 " cảm biến, sản phẩm, hàng hóa, tồn kho, khách sạn, nhà hàng, công ty, doanh nghiệp, nhà cung cấp,"
                 " bệnh viện, phòng khám, nhà thuốc, hiệu thuốc, trang trại, phương tiện, xe tải, tàu thuyền, tuyến"
                 " đường, mỏ, giếng, sách, địa điểm, cơ sở",
        "animal": "động vật, vật nuôi, thú cưng, con ngựa, con chó, con mèo, con bò, gia súc, con cừu, con dê, đàn, chim,"
                  " chim ưng",
        "event": "vé, đặt chỗ, đặt phòng, lượt thăm, chuyến đi, hợp đồng, cho thuê, khoản vay, đăng ký, lịch hẹn,"
                 " yêu cầu bồi thường",
    }),
    "th": ("Thai", {
        "person": "ลูกค้า, ผู้ใช้, ผู้ใช้งาน, พนักงาน, บุคลากร, สมาชิก, ผู้ป่วย, คนไข้, นักศึกษา, นักเรียน, ผู้โดยสาร,"
                  " แขก, ผู้สมัคร, สมาชิก, คนขับ, ผู้อยู่อาศัย, พลเมือง, ผู้มีสิทธิเลือกตั้ง, ผู้บริจาค, อาสาสมัคร,"
                  " คนงาน, ผู้เยี่ยมชม, ผู้ซื้อ, ครู, อาจารย์, แพทย์, พยาบาล, เจ้าของ, ครอบครัว, เด็ก, ผู้ปกครอง,"
                  " คู่สมรส, ผู้เช่า, เกษตรกร, ผู้กู้, ผู้เอาประกัน, ผู้รับผลประโยชน์, ผู้เข้าร่วม, ผู้ตอบแบบสอบถาม,"
                  " บุคคล",
        "thing": "ร้านค้า, คลังสินค้า, สำนักงาน, สาขา, อาคาร, โรงงาน, สถานี, อุปกรณ์, เครื่องจักร, เซิร์ฟเวอร์,"
                 " เซ็นเซอร์, ผลิตภัณฑ์, สินค้า, โรงแรม, ร้านอาหาร, บริษัท, ผู้จำหน่าย, โรงพยาบาล, คลินิก, ร้านขายยา,"
                 " ฟาร์ม, ยานพาหนะ, รถบรรทุก, เรือ, เส้นทาง, เหมือง, หนังสือ, สถานที่",
        "animal": "สัตว์, สัตว์เลี้ยง, ม้า, สุนัข, แมว, วัว, ปศุสัตว์, แกะ, แพะ, นก",
        "event": "ตั๋ว, การจอง, การเยี่ยมชม, การเดินทาง, สัญญา, การเช่า, เงินกู้, การสมัครสมาชิก, การลงทะเบียน, นัดหมาย",
    }),
    "id": ("Indonesian/Malay", {
        "person": "pelanggan, pengguna, pegawai, karyawan, pekerja, staf, anggota, ahli_NO, pasien, pesakit, mahasiswa,"
                  " pelajar, siswa, murid, penumpang, tamu, tetamu, pelamar, pemohon, langganan_NO, pelanggan,"
                  " pengemudi, pemandu, sopir, penduduk, warga, penghuni, pemilih, donatur, penderma, sukarelawan,"
                  " relawan, buruh, pengunjung, pembeli, guru, dosen, dokter, doktor, perawat, jururawat, pemilik,"
                  " keluarga, anak, orang tua, ibu bapa, pasangan, penyewa, petani, peminjam, tertanggung, penerima"
                  " manfaat, peserta, responden, orang, penerima",
        "thing": "toko, kedai, gudang, kantor, pejabat_NO, cabang, gedung, bangunan, pabrik, kilang, stasiun, stesen,"
                 " perangkat, peranti, mesin, sensor, produk, barang, inventaris, stok, hotel, restoran, perusahaan,"
                 " syarikat, pemasok, pembekal, rumah sakit, hospital, klinik, apotek, farmasi, peternakan,"
                 " kendaraan, kenderaan, truk, lori, kapal, rute, laluan, tambang, lombong, sumur, buku, lokasi,"
                 " tempat",
        "animal": "hewan, haiwan, binatang, hewan peliharaan, kuda, anjing, kucing, sapi, lembu, ternak, domba, kambing,"
                  " kawanan, burung, elang",
        "event": "tiket, pemesanan, tempahan, reservasi, kunjungan, lawatan, perjalanan, kontrak, perjanjian, sewa,"
                 " pinjaman, keanggotaan, pendaftaran, janji temu, klaim, tuntutan",
    }),
    "tl": ("Tagalog", {
        "person": "kostumer, kliyente, suki, gumagamit, empleyado, kawani, manggagawa, miyembro, kasapi, pasyente,"
                  " estudyante, mag-aaral, pasahero, bisita, aplikante, subscriber_NO, drayber, tsuper, residente,"
                  " mamamayan, botante, donor, boluntaryo, trabahador, mamimili, guro, doktor, manggagamot, nars,"
                  " may-ari, pamilya, bata, mga bata, magulang, asawa, nangungupahan, magsasaka, nanghihiram,"
                  " benepisyaryo, kalahok, tao, mga tao",
        "thing": "tindahan, bodega, opisina, sangay, gusali, pabrika, istasyon, aparato, makina, produkto, kalakal,"
                 " imbentaryo, otel, restawran, kainan, kumpanya, tagapagtustos, ospital, klinika, parmasya, botika,"
                 " bukid, sakahan, sasakyan, trak, barko, ruta, minahan, balon, aklat, libro, lokasyon, lugar",
        "animal": "hayop, alagang hayop, kabayo, aso, pusa, baka, tupa, kambing, kawan, ibon, lawin",
        "event": "tiket, reserbasyon, pagbisita, biyahe, paglalakbay, kontrata, upa, pautang, utang, membresiya,"
                 " pagpaparehistro, appointment_NO",
    }),
    # ---------------------------------------------------------------------------- Africa
    "sw": ("Swahili", {
        "person": "mteja, wateja, mtumiaji, watumiaji, mfanyakazi, wafanyakazi, mwanachama, wanachama, mgonjwa,"
                  " wagonjwa, mwanafunzi, wanafunzi, abiria, mgeni, wageni, mwombaji, waombaji, mteja_NO, dereva,"
                  " madereva, mkazi, wakazi, raia, mpiga kura, wapiga kura, mfadhili, wafadhili, mjitolea,"
                  " wajitolea, mgeni, mnunuzi, wanunuzi, mwalimu, walimu, daktari, madaktari, muuguzi, wauguzi,"
                  " mmiliki, wamiliki, familia, familia, mtoto, watoto, mzazi, wazazi, mwenzi, mpangaji, wapangaji,"
                  " mkulima, wakulima, mkopaji, wakopaji, mnufaika, wanufaika, mshiriki, washiriki, mtu, watu",
        "thing": "duka, maduka, ghala, maghala, ofisi, tawi, matawi, jengo, majengo, kiwanda, viwanda, kituo, vituo,"
                 " kifaa, vifaa, mashine, seva, bidhaa, hoteli, mgahawa, migahawa, kampuni, msambazaji,"
                 " wasambazaji, hospitali, zahanati, kliniki, duka la dawa, shamba, mashamba, gari, magari, lori,"
                 " malori, meli, njia, mgodi, migodi, kisima, visima, kitabu, vitabu, mahali, eneo, maeneo",
        "animal": "mnyama, wanyama, mnyama kipenzi, farasi, mbwa, paka, ng'ombe, mifugo, kondoo, mbuzi, kundi, ndege_NO,"
                  " mwewe",
        "event": "tiketi, uhifadhi, ziara, safari, mkataba, mikataba, ukodishaji, mkopo, mikopo, usajili, uanachama,"
                 " miadi, dai, madai",
    }),
    "am": ("Amharic", {
        "person": "ደንበኛ, ደንበኞች, ተጠቃሚ, ተጠቃሚዎች, ሰራተኛ, ሰራተኞች, ሠራተኞች, አባል, አባላት, ታካሚ, ታካሚዎች, ህመምተኛ,"
                  " ተማሪ, ተማሪዎች, ተሳፋሪ, ተሳፋሪዎች, እንግዳ, እንግዶች, አመልካች, አመልካቾች, አሽከርካሪ, ነዋሪ, ነዋሪዎች,"
                  " ዜጋ, ዜጎች, መራጭ, መራጮች, ለጋሽ, በጎ ፈቃደኛ, ጎብኚ, ጎብኚዎች, ገዢ, መምህር, መምህራን, ሐኪም, ሐኪሞች,"
                  " ነርስ, ባለቤት, ባለቤቶች, ቤተሰብ, ልጅ, ልጆች, ወላጅ, ወላጆች, ባለቤት, ተከራይ, ገበሬ, ገበሬዎች, ተበዳሪ,"
                  " ተጠቃሚ, ተሳታፊ, ተሳታፊዎች, ሰው, ሰዎች",
        "thing": "ሱቅ, ሱቆች, መጋዘን, ቢሮ, ቅርንጫፍ, ህንጻ, ፋብሪካ, ጣቢያ, መሳሪያ, መሳሪያዎች, ማሽን, ምርት, ምርቶች, ሆቴል,"
                 " ምግብ ቤት, ኩባንያ, አቅራቢ, ሆስፒታል, ፋርማሲ, እርሻ, ተሽከርካሪ, መኪና, መርከብ, መስመር, ማዕድን, ጉድጓድ, መጽሐፍ,"
                 " ቦታ",
        "animal": "እንስሳ, እንስሳት, ፈረስ, ውሻ, ድመት, ላም, ከብት, በግ, ፍየል, ወፍ, ጭልፊት",
        "event": "ትኬት, ቦታ ማስያዝ, ጉብኝት, ጉዞ, ውል, ኪራይ, ብድር, ምዝገባ, ቀጠሮ",
    }),
    "ha": ("Hausa", {
        "person": "abokin ciniki, abokan ciniki, mai amfani, masu amfani, ma'aikaci, ma'aikata_NO, mamba, marasa lafiya,"
                  " majiyyaci, dalibi, dalibai, fasinja, fasinjoji, bako, baki_NO, mai nema, direba, direbobi, mazauni,"
                  " mazauna, dan kasa, 'yan kasa, mai zabe, masu zabe, mai bayarwa, mai aikin sa kai, mai ziyara,"
                  " mai saye, malami, malamai, likita, likitoci, ma'aikaciyar jinya, mai shi, iyali, iyalai, yaro,"
                  " yara, iyaye, mata, miji, mai haya, manomi, manoma, mai aro, mahalarta, mutum, mutane",
        "thing": "shago, shaguna, rumbu, ofis, reshe, gini, masana'anta, tasha, na'ura, na'urori, inji, samfur,"
                 " kaya, otal, gidan abinci, kamfani, kamfanoni, mai kawowa, asibiti, asibitoci, kantin magani,"
                 " gona, gonaki, abin hawa, mota, motoci, jirgin ruwa, hanya, ma'adinai, rijiya, littafi, littattafai,"
                 " wuri, wurare",
        "animal": "dabba, dabbobi, doki, dawakai, kare, karnuka, kyanwa, saniya, shanu, tunkiya, tumaki, akuya, awaki,"
                  " garke, tsuntsu, tsuntsaye, shaho",
        "event": "tikiti, ajiyar wuri, ziyara, tafiya, kwangila, haya, lamuni, bashi, rajista, alkawari",
    }),
    "yo": ("Yoruba", {
        "person": "onibara, awon onibara, olumulo, awon olumulo, osise, awon osise, omo egbe, alaisan, awon alaisan,"
                  " akeko, awon akeko, ero, alejo, awon alejo, olubeere, awako, olugbe, omo orile-ede, oludibo,"
                  " oluranlowo, oluyoonda, alejo, oluraja, oluko, awon oluko, dokita, awon dokita, noosi, oni, idile,"
                  " omode, awon omode, obi, awon obi, oko, iyawo, ayalegbe, agbe, awon agbe, oluyawo, olukopa, eniyan,"
                  " awon eniyan",
        "thing": "ile itaja, ile ipamo, ofiisi, eka, ile, ile ise, ibudo, ero_NO, ohun elo, awon ohun elo, ero"
                 " ayelujara, oja, ile itura, ile ounje, ile ise, olupese, ile iwosan, ile oogun, oko_NO, oko ayokele,"
                 " oko nla, oko oju omi, ona, iwakusa, kanga, iwe, awon iwe, ibi, ipo",
        "animal": "eranko, awon eranko, esin, aja, ologbo, malu, agutan, ewure, agbo, eye, awon eye, asa",
        "event": "tikeeti, ifipamo, abewo, irin ajo, adehun, iyalo, awin, iforukosile, ipinnu lati pade",
    }),
    "zu": ("Zulu", {
        "person": "ikhasimende, amakhasimende, umsebenzisi, abasebenzisi, isisebenzi, izisebenzi, umsebenzi_NO,"
                  " abasebenzi, ilungu, amalungu, isiguli, iziguli, umfundi, abafundi, umgibeli, abagibeli, isivakashi,"
                  " izivakashi, umfakisicelo, abafakizicelo, umshayeli, abashayeli, isakhamuzi, izakhamuzi, isakhamuzi,"
                  " umvoti, abavoti, umnikeli, abanikeli, ivolontiya, amavolontiya, umthengi, abathengi, uthisha,"
                  " othisha, udokotela, odokotela, umhlengikazi, abahlengikazi, umnikazi, abanikazi, umndeni,"
                  " imindeni, ingane, izingane, umzali, abazali, umlingani, umqashi_NO, umlimi, abalimi, umboleki,"
                  " umhlomuli, abahlomuli, umhlanganyeli, abahlanganyeli, umuntu, abantu",
        "thing": "isitolo, izitolo, indlu yokugcina, ihhovisi, amahhovisi, igatsha, amagatsha, isakhiwo, izakhiwo,"
                 " imboni, izimboni, isiteshi, iziteshi, idivayisi, amadivayisi, umshini, imishini, iseva, umkhiqizo,"
                 " imikhiqizo, impahla, ihhotela, amahhotela, indawo yokudlela, inkampani, izinkampani, umhlinzeki,"
                 " abahlinzeki, isibhedlela, izibhedlela, ikhemisi, ipulazi, amapulazi, imoto, izimoto, iloli,"
                 " umkhumbi, imikhumbi, umzila, imizila, imayini, umthombo, incwadi, izincwadi, indawo, izindawo",
        "animal": "isilwane, izilwane, isilwane sasekhaya, ihhashi, amahhashi, inja, izinja, ikati, amakati, inkomo,"
                  " izinkomo, imfuyo, imvu, izimvu, imbuzi, izimbuzi, umhlambi, inyoni, izinyoni, ukhozi",
        "event": "ithikithi, amathikithi, ukubhuka, ukuvakasha, uhambo, inkontileka, izinkontileka, ukuqasha,"
                 " imali ebolekiwe, imalimboleko, ukubhalisa, usuku lokubonana, isimangalo",
    }),
    "rw": ("Kinyarwanda", {
        "person": "umukiriya, abakiriya, ukoresha, abakoresha, umukozi, abakozi, umunyamuryango, abanyamuryango,"
                  " umurwayi, abarwayi, umunyeshuri, abanyeshuri, umugenzi, abagenzi, umushyitsi, abashyitsi,"
                  " usaba, abasaba, umushoferi, abashoferi, umuturage, abaturage, umwenegihugu, umutora, abatora,"
                  " umuterankunga, abaterankunga, umukorerabushake, abakorerabushake, umuguzi, abaguzi, umwarimu,"
                  " abarimu, umuganga, abaganga, umuforomo, abaforomo, nyirabyo, umuryango, imiryango, umwana,"
                  " abana, umubyeyi, ababyeyi, uwo bashakanye, ukodesha, abakodesha, umuhinzi, abahinzi,"
                  " uwagurijwe, uwishingiwe, abishingiwe, uwungukira, abagenerwabikorwa, uwitabiriye, abitabiriye,"
                  " umuntu, abantu",
        "thing": "iduka, amaduka, ububiko, ibiro, ishami, amashami, inyubako, uruganda, inganda, sitasiyo, igikoresho,"
                 " ibikoresho, imashini, seriveri, igicuruzwa, ibicuruzwa, hoteli, resitora, ikigo, ibigo, isosiyete,"
                 " umutanga, abatanga, ibitaro, farumasi, umurima, imirima, ikinyabiziga, ibinyabiziga, imodoka,"
                 " ikamyo, ubwato, inzira, ikirombe, ibirombe, iriba, igitabo, ibitabo, ahantu",
        "animal": "inyamaswa, amatungo, itungo, ifarashi, imbwa, injangwe, inka, intama, ihene, ubushyo, inyoni",
        "event": "itike, amatike, kubika umwanya, uruzinduko, urugendo, amasezerano, ubukode, inguzanyo,"
                 " kwiyandikisha, gahunda",
    }),
    "so": ("Somali", {
        "person": "macmiil, macaamiil, isticmaale, isticmaalayaal, shaqaale, shaqaalaha, xubin, xubnaha, bukaan,"
                  " bukaanka, bukaannada, arday, ardayda, rakaab, rakaabka, marti, martida, codsade, codsadayaal,"
                  " darawal, darawalada, deggane, dadka deegaanka, muwaadin, muwaadiniinta, codbixiye, codbixiyeyaal,"
                  " deeq bixiye, tabaruce, tabarucayaal, shaqaale, booqde, booqdayaal, iibsade, iibsadayaal, macallin,"
                  " macallimiin, dhakhtar, dhakhaatiir, kalkaaliye, mulkiile, mulkiilayaal, qoys, qoysaska, ilmo,"
                  " carruur, carruurta, waalid, waalidiin, waalidka, xaas, kireyste, beeraley, deyn qaate, ka"
                  " faa'iideyste, ka qaybgale, ka qaybgalayaal, qof, dad, dadka",
        "thing": "dukaan, dukaamo, bakhaar, bakhaarro, xafiis, xafiisyo, laan, laamaha, dhisme, dhismayaal, warshad,"
                 " warshado, saldhig, qalab, qalabka, mishiin, badeeco, alaab, hoteel, makhaayad, shirkad, shirkado,"
                 " alaab-qeybiye, isbitaal, isbitaallo, farmashiye, beer, baabuur, gaari, gaadiid, markab, maraakiib,"
                 " waddo, macdan, ceel, ceelal, buug, buugaag, goob, goobo",
        "animal": "xayawaan, xoolo, xoolaha, faras, eey, bisad, sac, lo'da, ido, ari, adhi, shimbir, shimbiro, galley_NO",
        "event": "tigidh, boos celin, booqasho, safar, qandaraas, heshiis, kiro, deyn, amaah, diiwaangelin, ballan",
    }),
    "mg": ("Malagasy", {
        "person": "mpanjifa, mpampiasa, mpiasa, mpikambana, marary, mpianatra, mpandeha, vahiny, mpangataka, mpamily,"
                  " mponina, olom-pirenena, mpifidy, mpanome, mpilatsaka an-tsitrapo, mpitsidika, mpividy, mpampianatra,"
                  " dokotera, mpitsabo mpanampy, tompony, fianakaviana, ankizy, zaza, ray aman-dreny, vady, mpanofa,"
                  " mpamboly, tantsaha, mpindrana, mpandray anjara, olona",
        "thing": "fivarotana, trano fitehirizana, birao, sampana, trano, orinasa, gara, fitaovana, milina, vokatra,"
                 " entana, hotely, trano fisakafoanana, mpamatsy, hopitaly, toeram-pitsaboana, fivarotam-panafody,"
                 " toeram-pambolena, fiara, kamiao, sambo, lalana, toeram-pitrandrahana, lavadrano, boky, toerana",
        "animal": "biby, biby fiompy, soavaly, alika, saka, omby, ondry, osy, andian-omby, vorona",
        "event": "tapakila, famandrihana, fitsidihana, dia, fifanarahana, fanofana, fampindramam-bola, fisoratana"
                 " anarana, fotoana voatendry",
    }),
    # ------------------------------------------------------------------------- Americas
    "qu": ("Quechua", {
        "person": "rantiq, llamkaq, llamkaqkuna, unquq, unquqkuna, yachaqaq, yachaqaqkuna, purikuq, watukuq, yachachiq,"
                  " yachachiqkuna, hampikamayuq, ayllu, ayllukuna, wawa, wawakuna, tayta mama, chakra runa, runa,"
                  " runakuna",
        "thing": "qhatu, waqaychana wasi, llamkana wasi, hampina wasi, chakra, antawa, liwru, maqina",
        "animal": "uywa, uywakuna, allqu, misi, waka, uwiha, llama_NO, paqucha, pisqu, anka",
        "event": "puriy, rimanakuy, manu",
    }),
    "gn": ("Guarani", {
        "person": "mba'ejoguaha, mba'apohára, hasýva, temimbo'e, tapicha, mbo'ehára, pohanohára, ogaygua, mitã,"
                  " mitãnguéra, túva ha sy, chokokue, tapichakuéra",
        "thing": "ñemuha, mba'eryru, mba'apoha, tasyo, kokue, aranduka, tenda",
        "animal": "mymba, mymbakuéra, kavaju, jagua, mbarakaja, vaka, ovecha, guyra",
        "event": "jeho, ñe'ẽme'ẽ, jeporu",
    }),
    "ht": ("Haitian Creole", {
        "person": "kliyan, itilizatè, anplwaye, travayè, manm, pasyan, elèv, etidyan, pasaje, envite, aplikan,"
                  " chofè, rezidan, sitwayen, votè, volontè, vizitè, achtè, pwofesè, doktè, enfimyè, pwopriyetè,"
                  " fanmi, timoun, paran, lokatè, kiltivatè, benefisyè, patisipan, moun",
        "thing": "magazen, depo, biwo, siksisal, bilding, faktori, estasyon, aparèy, machin, pwodwi, otèl, restoran,"
                 " konpayi, founisè, lopital, klinik, famasi, fèm, veyikil, kamyon, bato, wout, min, liv, kote",
        "animal": "bèt, chwal, chyen, chat_NO, bèf, mouton, kabrit, zwazo",
        "event": "tikè, rezèvasyon, vizit, vwayaj, kontra, lokasyon, prè, abònman, enskripsyon, randevou",
    }),
}

#: Words kept out, as tokenize() writes them or in their native spelling (tokenized by the
#: build), in every language, with the reason: the check script's findings and a review's.
DROPPED: dict[str, str] = {
    'aile': "an ordinary French, Spanish, Italian or Latin word of another meaning (check script, Faker's word lists)",
    'elever': "an ordinary French, Spanish, Italian or Latin word of another meaning (check script, Faker's word lists)",
    'fermer': "an ordinary French, Spanish, Italian or Latin word of another meaning (check script, Faker's word lists)",
    'garde': "an ordinary French, Spanish, Italian or Latin word of another meaning (check script, Faker's word lists)",
    'garder': "an ordinary French, Spanish, Italian or Latin word of another meaning (check script, Faker's word lists)",
    'magari': "an ordinary French, Spanish, Italian or Latin word of another meaning (check script, Faker's word lists)",
    'magni': "an ordinary French, Spanish, Italian or Latin word of another meaning (check script, Faker's word lists)",
    'midi': "an ordinary French, Spanish, Italian or Latin word of another meaning (check script, Faker's word lists)",
    'mucho': "an ordinary French, Spanish, Italian or Latin word of another meaning (check script, Faker's word lists)",
    'para': "an ordinary French, Spanish, Italian or Latin word of another meaning (check script, Faker's word lists)",
    'pere': "an ordinary French, Spanish, Italian or Latin word of another meaning (check script, Faker's word lists)",
    'termine': "an ordinary French, Spanish, Italian or Latin word of another meaning (check script, Faker's word lists)",
    'data': 'an ordinary English, Spanish, French, German, Portuguese or Italian word or common name token of another meaning (check script)',
    'filial': 'an ordinary English, Spanish, French, German, Portuguese or Italian word or common name token of another meaning (check script)',
    'kredit': 'an ordinary English, Spanish, French, German, Portuguese or Italian word or common name token of another meaning (check script)',
    'kinder': 'an ordinary English, Spanish, French, German, Portuguese or Italian word or common name token of another meaning (check script)',
    'burger': 'an ordinary English, Spanish, French, German, Portuguese or Italian word or common name token of another meaning (check script)',
    'gaste': 'an ordinary English, Spanish, French, German, Portuguese or Italian word or common name token of another meaning (check script)',
    'firma': 'an ordinary English, Spanish, French, German, Portuguese or Italian word or common name token of another meaning (check script)',
    'firme': 'an ordinary English, Spanish, French, German, Portuguese or Italian word or common name token of another meaning (check script)',
    'personal': 'an ordinary English, Spanish, French, German, Portuguese or Italian word or common name token of another meaning (check script)',
    'personnel': 'an ordinary English, Spanish, French, German, Portuguese or Italian word or common name token of another meaning (check script)',
    'ferme': 'an ordinary English, Spanish, French, German, Portuguese or Italian word or common name token of another meaning (check script)',
    'fermes': 'an ordinary English, Spanish, French, German, Portuguese or Italian word or common name token of another meaning (check script)',
    'livres': 'an ordinary English, Spanish, French, German, Portuguese or Italian word or common name token of another meaning (check script)',
    'location': 'an ordinary English, Spanish, French, German, Portuguese or Italian word or common name token of another meaning (check script)',
    'locations': 'an ordinary English, Spanish, French, German, Portuguese or Italian word or common name token of another meaning (check script)',
    'pret': 'an ordinary English, Spanish, French, German, Portuguese or Italian word or common name token of another meaning (check script)',
    'prets': 'an ordinary English, Spanish, French, German, Portuguese or Italian word or common name token of another meaning (check script)',
    'adhesion': 'an ordinary English, Spanish, French, German, Portuguese or Italian word or common name token of another meaning (check script)',
    'inscription': 'an ordinary English, Spanish, French, German, Portuguese or Italian word or common name token of another meaning (check script)',
    'inscriptions': 'an ordinary English, Spanish, French, German, Portuguese or Italian word or common name token of another meaning (check script)',
    'chats': 'an ordinary English, Spanish, French, German, Portuguese or Italian word or common name token of another meaning (check script)',
    'invites': 'an ordinary English, Spanish, French, German, Portuguese or Italian word or common name token of another meaning (check script)',
    'assure': 'an ordinary English, Spanish, French, German, Portuguese or Italian word or common name token of another meaning (check script)',
    'assures': 'an ordinary English, Spanish, French, German, Portuguese or Italian word or common name token of another meaning (check script)',
    'serveur': 'an ordinary English, Spanish, French, German, Portuguese or Italian word or common name token of another meaning (check script)',
    'serveurs': 'an ordinary English, Spanish, French, German, Portuguese or Italian word or common name token of another meaning (check script)',
    'equipos': 'an ordinary English, Spanish, French, German, Portuguese or Italian word or common name token of another meaning (check script)',
    'entrada': 'an ordinary English, Spanish, French, German, Portuguese or Italian word or common name token of another meaning (check script)',
    'entradas': 'an ordinary English, Spanish, French, German, Portuguese or Italian word or common name token of another meaning (check script)',
    'ganado': 'an ordinary English, Spanish, French, German, Portuguese or Italian word or common name token of another meaning (check script)',
    'cita': 'an ordinary English, Spanish, French, German, Portuguese or Italian word or common name token of another meaning (check script)',
    'assinatura': 'an ordinary English, Spanish, French, German, Portuguese or Italian word or common name token of another meaning (check script)',
    'consulta': 'an ordinary English, Spanish, French, German, Portuguese or Italian word or common name token of another meaning (check script)',
    'consultas': 'an ordinary English, Spanish, French, German, Portuguese or Italian word or common name token of another meaning (check script)',
    'sinistro': 'an ordinary English, Spanish, French, German, Portuguese or Italian word or common name token of another meaning (check script)',
    'autista': 'an ordinary English, Spanish, French, German, Portuguese or Italian word or common name token of another meaning (check script)',
    'anagrafica': 'an ordinary English, Spanish, French, German, Portuguese or Italian word or common name token of another meaning (check script)',
    'veins': 'an ordinary English, Spanish, French, German, Portuguese or Italian word or common name token of another meaning (check script)',
    'reserves': 'an ordinary English, Spanish, French, German, Portuguese or Italian word or common name token of another meaning (check script)',
    'cans': 'an ordinary English, Spanish, French, German, Portuguese or Italian word or common name token of another meaning (check script)',
    'tendas': 'an ordinary English, Spanish, French, German, Portuguese or Italian word or common name token of another meaning (check script)',
    'tenda': 'an ordinary English, Spanish, French, German, Portuguese or Italian word or common name token of another meaning (check script)',
    'pies': 'an ordinary English, Spanish, French, German, Portuguese or Italian word or common name token of another meaning (check script)',
    'host': 'an ordinary English, Spanish, French, German, Portuguese or Italian word or common name token of another meaning (check script)',
    'lode': 'an ordinary English, Spanish, French, German, Portuguese or Italian word or common name token of another meaning (check script)',
    'cesta': 'an ordinary English, Spanish, French, German, Portuguese or Italian word or common name token of another meaning (check script)',
    'hostia': 'an ordinary English, Spanish, French, German, Portuguese or Italian word or common name token of another meaning (check script)',
    'roba': 'an ordinary English, Spanish, French, German, Portuguese or Italian word or common name token of another meaning (check script)',
    'karta': 'an ordinary English, Spanish, French, German, Portuguese or Italian word or common name token of another meaning (check script)',
    'karte': 'an ordinary English, Spanish, French, German, Portuguese or Italian word or common name token of another meaning (check script)',
    'termini': 'an ordinary English, Spanish, French, German, Portuguese or Italian word or common name token of another meaning (check script)',
    'mina': 'an ordinary English, Spanish, French, German, Portuguese or Italian word or common name token of another meaning (check script)',
    'mini': 'an ordinary English, Spanish, French, German, Portuguese or Italian word or common name token of another meaning (check script)',
    'gara': 'an ordinary English, Spanish, French, German, Portuguese or Italian word or common name token of another meaning (check script)',
    'magazine': 'an ordinary English, Spanish, French, German, Portuguese or Italian word or common name token of another meaning (check script)',
    'mine': 'an ordinary English, Spanish, French, German, Portuguese or Italian word or common name token of another meaning (check script)',
    'nave': 'an ordinary English, Spanish, French, German, Portuguese or Italian word or common name token of another meaning (check script)',
    'credit': 'an ordinary English, Spanish, French, German, Portuguese or Italian word or common name token of another meaning (check script)',
    'bolt': 'an ordinary English, Spanish, French, German, Portuguese or Italian word or common name token of another meaning (check script)',
    'make': 'an ordinary English, Spanish, French, German, Portuguese or Italian word or common name token of another meaning (check script)',
    'getter': 'an ordinary English, Spanish, French, German, Portuguese or Italian word or common name token of another meaning (check script)',
    'born': 'an ordinary English, Spanish, French, German, Portuguese or Italian word or common name token of another meaning (check script)',
    'skip': 'an ordinary English, Spanish, French, German, Portuguese or Italian word or common name token of another meaning (check script)',
    'folk': 'an ordinary English, Spanish, French, German, Portuguese or Italian word or common name token of another meaning (check script)',
    'vara': 'an ordinary English, Spanish, French, German, Portuguese or Italian word or common name token of another meaning (check script)',
    'ball': 'an ordinary English, Spanish, French, German, Portuguese or Italian word or common name token of another meaning (check script)',
    'long': 'an ordinary English, Spanish, French, German, Portuguese or Italian word or common name token of another meaning (check script)',
    'self': 'an ordinary English, Spanish, French, German, Portuguese or Italian word or common name token of another meaning (check script)',
    'beer': 'an ordinary English, Spanish, French, German, Portuguese or Italian word or common name token of another meaning (check script)',
    'mata': 'an ordinary English, Spanish, French, German, Portuguese or Italian word or common name token of another meaning (check script)',
    'hanya': 'an ordinary English, Spanish, French, German, Portuguese or Italian word or common name token of another meaning (check script)',
    'haya': 'an ordinary English, Spanish, French, German, Portuguese or Italian word or common name token of another meaning (check script)',
    'pasaje': 'an ordinary English, Spanish, French, German, Portuguese or Italian word or common name token of another meaning (check script)',
    'vote': 'an ordinary English, Spanish, French, German, Portuguese or Italian word or common name token of another meaning (check script)',
    'banda': 'an ordinary English, Spanish, French, German, Portuguese or Italian word or common name token of another meaning (check script)',
    'avis': 'an ordinary English, Spanish, French, German, Portuguese or Italian word or common name token of another meaning (check script)',
    'kits': 'an ordinary English, Spanish, French, German, Portuguese or Italian word or common name token of another meaning (check script)',
    'rent': 'an ordinary English, Spanish, French, German, Portuguese or Italian word or common name token of another meaning (check script)',
    'chakra': 'an ordinary English, Spanish, French, German, Portuguese or Italian word or common name token of another meaning (check script)',
    'lugar': 'an ordinary English, Spanish, French, German, Portuguese or Italian word or common name token of another meaning (check script)',
    'locais': 'an ordinary English, Spanish, French, German, Portuguese or Italian word or common name token of another meaning (check script)',
    'kirja': 'of two kinds in different languages (check script)',
    'lokasyon': 'of two kinds in different languages (check script)',
    'meli': 'of two kinds in different languages (check script)',
    'vizite': 'of two kinds in different languages (check script)',
    'plant': 'of two kinds in different languages (check script)',
    'hyvt': 'of two kinds in different languages (check script)',
    'ayts': 'of two kinds in different languages (check script)',
    'nama': "a one-token column keyword of piiscan's rules (check script): nama (name), nom (name), utas (phone), nino (NINO), rut (national id), gata (street), ostan (province), pais (country), kon (gender), ingressos (income), aday, farmaci, dwyt, botika (health), matricula (vehicle plate)",
    'utas': "a one-token column keyword of piiscan's rules (check script): nama (name), nom (name), utas (phone), nino (NINO), rut (national id), gata (street), ostan (province), pais (country), kon (gender), ingressos (income), aday, farmaci, dwyt, botika (health), matricula (vehicle plate)",
    'nino': "a one-token column keyword of piiscan's rules (check script): nama (name), nom (name), utas (phone), nino (NINO), rut (national id), gata (street), ostan (province), pais (country), kon (gender), ingressos (income), aday, farmaci, dwyt, botika (health), matricula (vehicle plate)",
    'gata': "a one-token column keyword of piiscan's rules (check script): nama (name), nom (name), utas (phone), nino (NINO), rut (national id), gata (street), ostan (province), pais (country), kon (gender), ingressos (income), aday, farmaci, dwyt, botika (health), matricula (vehicle plate)",
    'ostan': "a one-token column keyword of piiscan's rules (check script): nama (name), nom (name), utas (phone), nino (NINO), rut (national id), gata (street), ostan (province), pais (country), kon (gender), ingressos (income), aday, farmaci, dwyt, botika (health), matricula (vehicle plate)",
    'pais': "a one-token column keyword of piiscan's rules (check script): nama (name), nom (name), utas (phone), nino (NINO), rut (national id), gata (street), ostan (province), pais (country), kon (gender), ingressos (income), aday, farmaci, dwyt, botika (health), matricula (vehicle plate)",
    'ingressos': "a one-token column keyword of piiscan's rules (check script): nama (name), nom (name), utas (phone), nino (NINO), rut (national id), gata (street), ostan (province), pais (country), kon (gender), ingressos (income), aday, farmaci, dwyt, botika (health), matricula (vehicle plate)",
    'aday': "a one-token column keyword of piiscan's rules (check script): nama (name), nom (name), utas (phone), nino (NINO), rut (national id), gata (street), ostan (province), pais (country), kon (gender), ingressos (income), aday, farmaci, dwyt, botika (health), matricula (vehicle plate)",
    'farmaci': "a one-token column keyword of piiscan's rules (check script): nama (name), nom (name), utas (phone), nino (NINO), rut (national id), gata (street), ostan (province), pais (country), kon (gender), ingressos (income), aday, farmaci, dwyt, botika (health), matricula (vehicle plate)",
    'dwyt': "a one-token column keyword of piiscan's rules (check script): nama (name), nom (name), utas (phone), nino (NINO), rut (national id), gata (street), ostan (province), pais (country), kon (gender), ingressos (income), aday, farmaci, dwyt, botika (health), matricula (vehicle plate)",
    'botika': "a one-token column keyword of piiscan's rules (check script): nama (name), nom (name), utas (phone), nino (NINO), rut (national id), gata (street), ostan (province), pais (country), kon (gender), ingressos (income), aday, farmaci, dwyt, botika (health), matricula (vehicle plate)",
    'matricula': "a one-token column keyword of piiscan's rules (check script): nama (name), nom (name), utas (phone), nino (NINO), rut (national id), gata (street), ostan (province), pais (country), kon (gender), ingressos (income), aday, farmaci, dwyt, botika (health), matricula (vehicle plate)",
    'établissement': "a school: schools hold pupils' data (no school words of any kind)",
    'établissements': "a school: schools hold pupils' data (no school words of any kind)",
    'establecimiento': "a school: schools hold pupils' data (no school words of any kind)",
    'establecimientos': "a school: schools hold pupils' data (no school words of any kind)",
    'estabelecimento': "a school: schools hold pupils' data (no school words of any kind)",
    'estabelecimentos': "a school: schools hold pupils' data (no school words of any kind)",
    'ikigo': "a school: schools hold pupils' data (no school words of any kind)",
    'ibigo': "a school: schools hold pupils' data (no school words of any kind)",
    'Spender': 'of two meanings in its own language (review)',
    'Herde': 'of two meanings in its own language (review)',
    'schepen': 'of two meanings in its own language (review)',
    'szkoda': 'of two meanings in its own language (review)',
    'copii': 'of two meanings in its own language (review)',
    'programare': 'of two meanings in its own language (review)',
    'programări': 'of two meanings in its own language (review)',
    'depozit': 'of two meanings in its own language (review)',
    'depozite': 'of two meanings in its own language (review)',
    'depozitul': 'of two meanings in its own language (review)',
    'depozitele': 'of two meanings in its own language (review)',
    'fiók': 'of two meanings in its own language (review)',
    'fiókok': 'of two meanings in its own language (review)',
    'gazdaság': 'of two meanings in its own language (review)',
    'jegy': 'of two meanings in its own language (review)',
    'jegyek': 'of two meanings in its own language (review)',
    'időpont': 'of two meanings in its own language (review)',
    'időpontok': 'of two meanings in its own language (review)',
    'asema': 'of two meanings in its own language (review)',
    'asemat': 'of two meanings in its own language (review)',
    'kohde': 'of two meanings in its own language (review)',
    'kohteet': 'of two meanings in its own language (review)',
    'alus': 'of two meanings in its own language (review)',
    'alukset': 'of two meanings in its own language (review)',
    'matka': 'of two meanings in its own language (review)',
    'matkat': 'of two meanings in its own language (review)',
    'vieras': 'of two meanings in its own language (review)',
    'vieraat': 'of two meanings in its own language (review)',
    'kari': 'of two meanings in its own language (review)',
    'lind': 'of two meanings in its own language (review)',
    'noma': 'of two meanings in its own language (review)',
    'ūkis': 'of two meanings in its own language (review)',
    'skyrius': 'of two meanings in its own language (review)',
    'είδη': 'of two meanings in its own language (review)',
    'boende': 'of two meanings in its own language (review)',
    'givare': 'of two meanings in its own language (review)',
    'eier': 'of two meanings in its own language (review)',
    'lege': 'of two meanings in its own language (review)',
    'leger': 'of two meanings in its own language (review)',
    'maki': 'of two meanings in its own language (review)',
    'bær': 'of two meanings in its own language (review)',
    'leið': 'of two meanings in its own language (review)',
    'tread': 'of two meanings in its own language (review)',
    'freastalaí': 'of two meanings in its own language (review)',
    'talba': 'of two meanings in its own language (review)',
    'magna': 'of two meanings in its own language (review)',
    'rotta': 'of two meanings in its own language (review)',
    'gweinydd': 'of two meanings in its own language (review)',
    'gweinyddion': 'of two meanings in its own language (review)',
    'hasta': 'of two meanings in its own language (review)',
    'sakin': 'of two meanings in its own language (review)',
    'cari': 'of two meanings in its own language (review)',
    'tesis': 'of two meanings in its own language (review)',
    'kayıt': 'of two meanings in its own language (review)',
    'kayıtlar': 'of two meanings in its own language (review)',
    'görüş': 'of two meanings in its own language (review)',
    'гость': 'of two meanings in its own language (review)',
    'суда': 'of two meanings in its own language (review)',
    'запись': 'of two meanings in its own language (review)',
    'записи': 'of two meanings in its own language (review)',
    'прием': 'of two meanings in its own language (review)',
    'kawanan': 'of two meanings in its own language (review)',
    'kawan': 'of two meanings in its own language (review)',
    'bata': 'of two meanings in its own language (review)',
    'balon': 'of two meanings in its own language (review)',
    'kundi': 'of two meanings in its own language (review)',
    'kaya': 'of two meanings in its own language (review)',
    'gini': 'of two meanings in its own language (review)',
    'esin': 'of two meanings in its own language (review)',
    'umuryango': 'of two meanings in its own language (review)',
    'imiryango': 'of two meanings in its own language (review)',
    'ibiro': 'of two meanings in its own language (review)',
    'inzira': 'of two meanings in its own language (review)',
    'gahunda': 'of two meanings in its own language (review)',
    'laan': 'of two meanings in its own language (review)',
    'marti': 'of two meanings in its own language (review)',
    'trano': 'of two meanings in its own language (review)',
    'lalana': 'of two meanings in its own language (review)',
    'sambo': 'of two meanings in its own language (review)',
    'vokatra': 'of two meanings in its own language (review)',
    'saka': 'of two meanings in its own language (review)',
    'manu': 'of two meanings in its own language (review)',
    'tenda': 'of two meanings in its own language (review)',
    'jagua': 'of two meanings in its own language (review)',
    'kote': 'of two meanings in its own language (review)',
    'kontra': 'of two meanings in its own language (review)',
    'envite': 'of two meanings in its own language (review)',
    'volonte': 'of two meanings in its own language (review)',
    'pwopriyetè': 'of two meanings in its own language (review)',
    '기사': 'of two meanings in its own language (review)',
    '의원': 'of two meanings in its own language (review)',
    '가구': 'of two meanings in its own language (review)',
    '양': 'of two meanings in its own language (review)',
    'kontrahent': 'of two meanings in its own language (review)',
    'kontrahenci': 'of two meanings in its own language (review)',
    'контрагент': 'of two meanings in its own language (review)',
    'контрагенты': 'of two meanings in its own language (review)',
    'sinistri': 'of two meanings in its own language (review)',
    'personale': 'of two meanings in its own language (review)',
    'firmy': 'of two meanings in its own language (review)',
    'firmalar': 'of two meanings in its own language (review)',
    'bażi': 'not sure of the word (review)',
    'cilgwn': 'not sure of the word (review)',
    'oluyoonda': 'not sure of the word (review)',
    'olubeere': 'not sure of the word (review)',
    'nyirabyo': 'not sure of the word (review)',
    'umutanga': 'not sure of the word (review)',
    'abatanga': 'not sure of the word (review)',
    'uwungukira': 'not sure of the word (review)',
    'mitã': 'not sure of the word (review)',
    "mba'eryru": 'not sure of the word (review)',
    'jeho': 'not sure of the word (review)',
    'jeporu': 'not sure of the word (review)',
}
