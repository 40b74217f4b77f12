"""The constructions news uses to attribute statements, one table row each: a passage in, the statements
expected out (speaker, quote type, and words the content must hold). The passages are invented, modelled on
how Slovenian, Croatian, Serbian, Bosnian and English news attribute statements."""

from __future__ import annotations

from datetime import date

import pytest

from claims.extract import extract
from claims.names import name_key

# (language, passage, [(speaker words, quote type, words of the content), ...])
CASES = [
    # --- Slovenian ---
    ("sl", "»Rok je prekratek,« je dejal minister Janez Novak.", [("Janez Novak", "direct", "rok prekratek")]),
    (
        "sl",
        "Županja Ana Kos je povedala: »Most bomo odprli pred poletjem.«",
        [("Ana Kos", "direct", "most odprli poletjem")],
    ),
    (
        "sl",
        '"Prvi del načrta je pripravljen," je dejal Marko Zupan, "drugi pa bo na vrsti jeseni."',
        [("Marko Zupan", "direct", "prvi del drugi jeseni")],
    ),
    (
        "sl",
        "Minister za finance Klemen Horvat je potrdil, da bodo davki ostali nespremenjeni.",
        [("Klemen Horvat", "indirect", "davki nespremenjeni")],
    ),
    (
        "sl",
        "Da bodo cene padle, je za STA potrdil direktor podjetja Peter Kralj.",
        [("Peter Kralj", "indirect", "cene padle")],
    ),
    ("sl", "Po besedah Maje Zorko je sodišče ravnalo prehitro.", [("Maja Zorko", "indirect", "sodisce prehitro")]),
    (
        "sl",
        "Tako Novak kot Kralj sta poudarila, da pogajanj ne bosta prekinila.",
        [("Novak", "indirect", "pogajanj prekinila"), ("Kralj", "indirect", "pogajanj prekinila")],
    ),
    (
        "sl",
        "Predsednik vlade Robert Golob je napovedal nove ukrepe. Dodal je, da bodo veljali od marca.",
        # what is announced is a statement too, a noun as well as a clause ('najavili su štrajk za ponedjeljak')
        [("Robert Golob", "indirect", "nove ukrepe"), ("Robert Golob", "indirect", "veljali marca")],
    ),
    (
        "sl",
        "Ministrica Mojca Bergant je zavrnila očitke. »Nikoli nismo skrivali podatkov,« je dodala.",
        [("Mojca Bergant", "direct", "skrivali podatkov")],
    ),
    ("sl", "Opozorilo sindikata, da bodo stavkali, je vlada vzela resno.", [("sindikat", "indirect", "stavkali")]),
    (
        "sl",
        "Z ministrstva za zdravje so sporočili, da je cepiva dovolj.",
        [("ministrstvo", "indirect", "cepiva dovolj")],
    ),
    (
        "sl",
        "Vir blizu vlade je za Delo potrdil, da bo minister odstopil.",
        [("anonymous source", "indirect", "minister odstopil")],
    ),
    # a nationality and a descriptive noun refer back to the person just named, whatever role the text gave him
    (
        "sl",
        "»Zasluženo smo zmagali,« je dejal trener Celja Goran Mikulić. Hrvaški strokovnjak je posebej pohvalil "
        "vratarja, ki je bil po njegovem mnenju najboljši na igrišču.",
        [("Goran Mikulić", "direct", "zasluzeno zmagali"), ("Goran Mikulić", "indirect", "pohvalil vratarja")],
    ),
    # the verb tells the gender a name did not: 'Dodal je' goes on with the speaker of the quotation before
    (
        "sl",
        "Zadovoljen je bil trener Olimpije Matej Kranjc. Razočaran je bil trener Mure Saša Horvat. »Igrali smo "
        "slabo,« je dejal. Dodal je, da bo ekipa v sredo trenirala dvakrat.",
        [("Saša Horvat", "direct", "igrali slabo"), ("Saša Horvat", "indirect", "ekipa sredo trenirala")],
    ),
    # a body's short name and its place; a surname's possessive in a phrase set inside the clause
    (
        "sl",
        "Kot so sporočili s PU Ljubljana, v ropu ni bil nihče poškodovan.",
        [("PU Ljubljana", "indirect", "ropu poskodovan")],
    ),
    (
        "sl",
        "Tiskovni predstavnik Gregor Rupnik je dejal, da ropa še preiskujejo. Prodajalka je bila po Rupnikovih "
        "besedah v šoku, a fizično nepoškodovana.",
        [("Gregor Rupnik", "indirect", "ropa preiskujejo"), ("Gregor Rupnik", "indirect", "prodajalka soku")],
    ),
    (
        "sl",
        "Poveljnik Civilne zaščite Marjan Lesjak je ocenil, da bo škoda velika. Ekipe za ocenjevanje škode bodo "
        "na teren po njegovih zagotovilih prišle do petka.",
        [("Marjan Lesjak", "indirect", "skoda velika"), ("Marjan Lesjak", "indirect", "ekipe teren petka")],
    ),
    # one of a group who would not be named; whom an appeal is made to is not who makes it
    (
        "sl",
        "Eden od stanovalcev bloka nad trgovino, ki ni želel biti imenovan, je povedal, da je to že drugi rop.",
        [("anonymous", "indirect", "drugi rop")],
    ),
    ("sl", "Na policiji pozivajo voznike, naj bodo previdni.", [("policija", "indirect", "previdni")]),
    # 'Hmeljarka iz Braslovč': a place between the role and the name; a quotation after the sentence that brought
    # in a person, with no verb of saying, is hers
    (
        "sl",
        "»Toče takšne ne pomnim,« je povedal poveljnik Bojan Krajnc. Hmeljarka iz Braslovč Mojca Vrabič je "
        "komaj zadrževala solze. »Letos ne bomo obrali niti četrtine pridelka,« je dejala.",
        [("Bojan Krajnc", "direct", "toce pomnim"), ("Mojca Vrabič", "direct", "obrali cetrtine")],
    ),
    (
        "sl",
        "»Številke so številke,« pravi župan Rok Zupan. Zadnji dan bo Jelka Bezjak trgovino odklenila kot vedno. "
        "»V torek bom skuhala kavo za vse, ki bodo prišli,« se nasmehne.",
        [("Rok Zupan", "direct", "stevilke"), ("Jelka Bezjak", "direct", "torek skuhala kavo")],
    ),
    # a passive with the body it came from before the verb; a dash between two places is a route
    ("bs", "Iz SDA je saopćeno da neće podržati prijedlog zakona.", [("SDA", "indirect", "podrzati prijedlog")]),
    (
        "sr",
        "Iz Gradske direkcije za saobraćaj saopšteno je da je zatvoren put Hadžići – Tarčin, a saobraćaj se "
        "preusmerava preko magistralnog puta.",
        [("Direkcija", "indirect", "zatvoren put preusmerava magistralnog")],
    ),
    # a plural verb after an organization noun in the plural, at the clause's start
    (
        "sr",
        "BEOGRAD – Opozicione stranke ocenile su da je paket pomoći predizborni trik.",
        [("stranka", "indirect", "paket predizborni trik")],
    ),
    # who relayed a statement made in the same sentence is not a speaker of it
    (
        "sr",
        "Predsednik Vlade Nenad Ristić rekao je pre sednice, kako prenosi Tanjug, da je država obezbedila rezerve.",
        [("Nenad Ristić", "indirect", "drzava obezbedila rezerve")],
    ),
    # what describes the source after 'prema rečima' runs to the comma
    (
        "sr",
        "Prema rečima jednog diplomate upoznatog sa tokom pregovora, nekoliko članica traži vidljiv napredak.",
        [("diplomat", "indirect", "clanica trazi napredak")],
    ),
    # a platform between the verb and its subject; a role of a party leader
    (
        "bs",
        '"Ovo je sramota za cijelu državu", napisao je na Facebooku lider SDP-a Nermin Nikšić.',
        [("Nermin Nikšić", "direct", "sramota drzavu")],
    ),
    # a document speaks for the body that issued it a sentence before, not for one that confirmed it
    (
        "bs",
        "Tužilaštvo BiH podiglo je optužnicu protiv bivšeg direktora. Kako se navodi u optužnici, on je oštetio "
        "budžet za 2,3 miliona KM.",
        [("Tužilaštvo", "indirect", "ostetio budzet")],
    ),
    (
        "bs",
        "Kantonalni sud potvrdio je optužnicu protiv bivšeg direktora. Kako se navodi u optužnici, on je oštetio "
        "budžet za 2,3 miliona KM.",
        [("optužnica", "indirect", "ostetio budzet")],
    ),
    # an academic title between the role and the name; the role, then who holds it, after an inverted verb
    (
        "bs",
        '"Nismo mi izabrali štrajk", kazao je predsjednik Sindikata dr. Mirza Kadrić obraćajući se novinarima.',
        [("Mirza Kadrić", "direct", "izabrali strajk")],
    ),
    (
        "bs",
        "– Žalit ćemo se Apelacionom vijeću – kazao je branilac optuženog, advokat Nenad Kostić.",
        [("Nenad Kostić", "direct", "zalit apelacionom")],
    ),
    # a court's sentence is not a statement
    ("bs", "Sud BiH je osudio Dragoljuba Kneževića na 12 godina zatvora.", []),
    # the question put to the subject between him and his verb; a possessive before a noun cue
    (
        "sl",
        "Minister Matjaž Koren je predstavil osnutek. Minister Koren je na vprašanje novinarjev, ali bo vlada "
        "predlog umaknila, odgovoril, da umika ne bo.",
        [("novinarji", "indirect", "vlada predlog umaknila"), ("Matjaž Koren", "indirect", "umika")],
    ),
    (
        "sl",
        "Predsednica uprave Barbara Krajnc je ocenila, da odpuščanj ne bo. Njeno zagotovilo, da bodo vsa delovna "
        "mesta ohranjena, v sindikatu jemljejo z rezervo.",
        [("Barbara Krajnc", "indirect", "odpuscanj"), ("Barbara Krajnc", "indirect", "delovna mesta ohranjena")],
    ),
    (
        "sl",
        'Priča Simona Ferlež je povedala, da je direktorja opozorila. "Pisno opozorilo sem mu poslala marca," je '
        "pričala Ferleževa.",
        [("Simona Ferlež", "indirect", "direktorja opozorila"), ("Simona Ferlež", "direct", "pisno opozorilo")],
    ),
    # a surname the text gave, after a phrase of time: the subject, not an apposition of the noun before it
    (
        "sr",
        "Poslanica Milica Ristović ocenila je da izmene ukidaju autonomiju. I Vladan Kostić i Ana Pejčić ukazali "
        "su da je predlog stigao bez rasprave. Posle sednice Ristović je izjavila za N1 da će opozicija podneti "
        "200 amandmana.",
        [
            ("Milica Ristović", "indirect", "izmene ukidaju"),
            ("Vladan Kostić", "indirect", "predlog stigao"),
            ("Ana Pejčić", "indirect", "predlog stigao"),
            ("Milica Ristović", "indirect", "opozicija amandmana"),
        ],
    ),
    # who relayed it, between the subject and the verb, is no speaker
    (
        "sr",
        'Bogdanović je, kako prenosi Beta, novinarima u holu Skupštine rekao da većina "neće prihvatiti amandman".',
        [("Bogdanović", "mixed", "vecina prihvatiti amandman")],
    ),
    # the rest of a body's name before its head's name; a relative clause about a person in the genitive
    (
        "sr",
        "Директор Канцеларије за Косово и Метохију Владимир Томашевић изјавио је да је Приштина дошла без мандата.",
        [("Vladimir Tomašević", "indirect", "pristina mandata")],
    ),
    (
        "sr",
        "Оштрији тон стигао је од портпарола Владе Милоша Станисављевића, који је за Танјуг рекао да влада неће "
        "дозволити блокаде.",
        [("Miloš Stanisavljević", "indirect", "vlada dozvoliti blokade")],
    ),
    # an aside naming a platform between the auxiliary and the verb; plural bodies ('zračne sile', 'oblasti')
    (
        "sl",
        "Hamas je v izjavi, objavljeni na Telegramu, sporočil, da se bo delegacija v sredo vrnila v Kairo.",
        [("Hamas", "indirect", "delegacija vrnila kairo")],
    ),
    (
        "sl",
        "Ukrajinske zračne sile so na Telegramu sporočile, da je Rusija izstrelila 212 dronov.",
        [("zračne sile", "indirect", "rusija izstrelila dronov")],
    ),
    (
        "sl",
        "Vodja uprave Taras Hnatjuk je zapisal, da je raketa zadela blok. Med žrtvami naj bi bila po navedbah "
        "mestnih oblasti tudi dva otroka.",
        [("Taras Hnatjuk", "indirect", "raketa zadela"), ("oblasti", "indirect", "zrtvami otroka")],
    ),
    # a relative clause with words between its pronoun and verb; 'zavrnili kot »...«' characterises
    (
        "sl",
        "Minister Andrij Savčuk je govoril v Kijevu. Drugače razmišlja vodja opozicije Tomaž Žerjav, ki je vladi "
        "očital, da »slepo sledi Bruslju«.",
        [("Tomaž Žerjav", "mixed", "slepo sledi bruslju")],
    ),
    (
        "sl",
        "Trditve Kijeva, da so bili zadeti stanovanjski bloki, so v Moskvi zavrnili kot »izmišljotine zahodnih "
        "medijev«.",
        [("Kijev", "indirect", "zadeti stanovanjski bloki"), ("Moskva", "mixed", "izmisljotine zahodnih medijev")],
    ),
    # a relative clause about the source of a phrase runs to its comma
    (
        "hr",
        "Prema riječima Nade Mateljan, koja u Jelsi na Hvaru iznajmljuje četiri apartmana, gosti ove godine više "
        "nego ikad pregovaraju o cijeni.",
        [("Nada Mateljan", "indirect", "gosti pregovaraju cijeni")],
    ),
    # a question of several clauses between the subject and its verb
    (
        "sl",
        "Minister Matjaž Koren je na vprašanje novinarjev, ali bo vlada predlog umaknila, če zanj ne bo podpore, "
        "odgovoril, da umika ne bo.",
        [("novinarji", "indirect", "vlada predlog umaknila"), ("Matjaž Koren", "indirect", "umika")],
    ),
    # a declined word opening the sentence is the first verb's object; the named subject goes on to the second
    (
        "sl",
        "Objavo je delil poslanec NSi Tadej Rozman in na omrežju X zapisal: »Vlada se je fotografirala s trakom.«",
        [("Tadej Rozman", "direct", "vlada fotografirala trakom")],
    ),
    # a quotation paragraph after the sentence that brought in a coach; his surname alone later, as written
    (
        "sl",
        "Košarkarji Krke so zmagali z 88:84. Trener Krke Miha Zorko je bil po tekmi ponosen na varovance.\n\n"
        "»Na tej tekmi smo pokazali značaj.«\n\n»Zdaj nas čaka teden s tremi tekmami,« je povedal Zorko.",
        [("Miha Zorko", "direct", "pokazali znacaj"), ("Miha Zorko", "direct", "teden tremi tekmami")],
    ),
    # a body's short name in brackets stands for it later; who relays a statement is not its speaker
    (
        "sl",
        "V opozicijski Demokratski uniji (DU) so zapisali, da gre za »priznanje neuspeha«. V DU so še opozorili, "
        "da bodo vložili interpelacijo.",
        [("Demokratska unija", "mixed", "priznanje neuspeha"), ("Demokratska unija", "indirect", "interpelacijo")],
    ),
    (
        "sl",
        "»Ni bilo lahko in nihče ni dobil vsega,« je van Doorn povedal novinarjem v Haagu, poroča agencija ANP.",
        [("van Doorn", "direct", "lahko dobil vsega")],
    ),
    (
        "sl",
        "Trener Tomasz Wójcik ga je po poročanju portala opisal kot „napadalca, kakršnega smo iskali dve leti“.",
        [("Tomasz Wójcik", "mixed", "napadalca iskali")],
    ),
    # a genitive of two nouns between the role and the name; an agency between the verb and its subject; the
    # agency of a dateline
    (
        "bs",
        "Prema riječima ministra finansija i trezora Adnana Hodžića, nacrt predviđa povećanje plata.",
        [("Adnan Hodžić", "indirect", "nacrt povecanje plata")],
    ),
    (
        "bs",
        'Pripadnici SIPA-e uhapsili su pet osoba. "Pronašli smo više od 80.000 eura u gotovini", rekla je za '
        "Fenu glasnogovornica SIPA-e Selma Kovač.",
        [("Selma Kovač", "direct", "pronasli gotovini")],
    ),
    (
        "bs",
        "SARAJEVO, 5. februara (FENA) – Iz Vanjskotrgovinske komore BiH saopćili su danas da je izvoz pao.",
        [("komora", "indirect", "izvoz pao")],
    ),
    # an unnamed spokesperson of a named body speaks for the body, not for the last person named
    (
        "sl",
        "Voditelj zelenih Joost Verbeek je dogovor označil za »korak nazaj«. Tiskovni predstavnik Evropske "
        "komisije je v Bruslju dejal, da Komisija pričakuje spoštovanje pakta.",
        [("Joost Verbeek", "mixed", "korak nazaj"), ("Evropska komisija", "indirect", "pricakuje spostovanje")],
    ),
    # a role's possessive before a noun cue; 'podvomiti'
    (
        "sl",
        "»Nihče ni vesel zamude,« je povedal župan Andraž Černe. Županovo obljubo, da bo odgovor pripravljen do "
        "ponedeljka, so v civilni iniciativi sprejeli z zadržkom.",
        [("Andraž Černe", "direct", "vesel zamude"), ("Andraž Černe", "indirect", "odgovor pripravljen")],
    ),
    (
        "sl",
        "Svetnica opozicijske liste Tina Bizjak je podvomila, da bo pri petih odstotkih tudi ostalo.",
        [("Tina Bizjak", "indirect", "petih odstotkih")],
    ),
    # a body brought in by the sentence before speaks in the plural; a surname's possessive with a fleeting vowel
    (
        "sl",
        "Pomisleke ima tudi Skupnost občin Slovenije. V pisnem mnenju, ki so ga poslali poslancem, so zapisali, "
        "da bodo morale občine prevzeti nove naloge.",
        [("Skupnost", "indirect", "obcine prevzeti naloge")],
    ),
    (
        "sl",
        "Ravnatelj Aleš Vrhovec je predstavil podatke. Po Vrhovčevih besedah je bila zasedena manj kot polovica "
        "razpisanih specializacij.",
        [("Aleš Vrhovec", "indirect", "polovica specializacij")],
    ),
    # a noun cue's word after a possessive is a noun, not a participle ('je njena opozorila označil')
    (
        "sl",
        "»Cepiva bo dovolj,« je zagotovil minister Aleš Šoštarič. Predsednica združenja Maja Kos je opozorila, da "
        "zdravnikov primanjkuje. Šoštarič je njena opozorila označil za »pretirano črnogleda«. Po njegovih "
        "zagotovilih bo ministrstvo do konca meseca pripravilo odlok.",
        [
            ("Aleš Šoštarič", "direct", "cepiva dovolj"),
            ("Maja Kos", "indirect", "zdravnikov primanjkuje"),
            ("Aleš Šoštarič", "mixed", "pretirano crnogleda"),
            ("Aleš Šoštarič", "indirect", "ministrstvo odlok"),
        ],
    ),
    # an unnamed spokesperson of the body the text named by that noun
    (
        "sl",
        "Na Policijski upravi Maribor so pojasnili, da so obravnavali 23 kaznivih dejanj. Tiskovna predstavnica "
        "uprave je dodala, da bodo okrepili nadzor.",
        [("Policijska uprava Maribor", "indirect", "obravnavali"), ("Policijska uprava", "indirect", "nadzor")],
    ),
    (
        "sl",
        "Na Slovenskih železnicah so sporočili, da v ponedeljek ne bo vozil noben vlak.",
        [("železnic", "indirect", "ponedeljek vlak")],
    ),
    # 'Sama pravi': she herself, the woman who spoke before, not a man named Samo
    (
        "sl",
        "»Ta je tvoja, mami,« je zapisala skakalka Neža Koritnik. Trener Samo Rozman je napovedal, da bo nastopila "
        "še v Willingenu. Sama pravi, da se vrnitve ne boji.",
        [
            ("Neža Koritnik", "direct", "tvoja mami"),
            ("Samo Rozman", "indirect", "nastopila willingenu"),
            ("Neža Koritnik", "indirect", "vrnitve boji"),
        ],
    ),
    # a declined noun opening the sentence is the object: the speaker carries over
    (
        "sl",
        "»To je zmaga za vse, ki so verjeli v nas,« je po tekmi dejal trener Simon Rožanc. Tekmo je označil za "
        "najboljšo predstavo svoje ekipe v tej sezoni.",
        [("Simon Rožanc", "direct", "zmaga verjeli"), ("Simon Rožanc", "indirect", "najboljso predstavo")],
    ),
    # a clause with its own verb before the cue, even when it opens with a preposition; titles before the name
    (
        "bs",
        "Na Infektivnoj klinici trenutno je hospitalizovano devet pacijenata, potvrdila je načelnica klinike prof. "
        "dr. Merima Delić. - Dvoje je na respiratoru - dodala je prof. Delić.",
        [("Merima Delić", "indirect", "hospitalizovano pacijenata"), ("Merima Delić", "direct", "respiratoru")],
    ),
    # a possessive before a named role in a phrase: the one named; a participle's aside between subject and verb
    (
        "sl",
        "Župan Ivan Koren je zatrdil, da ni vzel niti evra. Po mnenju njegovega zagovornika Roka Jamnika je "
        "obtožnica zgrajena na eni sami izjavi.",
        [("Ivan Koren", "indirect", "vzel evra"), ("Rok Jamnik", "indirect", "obtoznica izjavi")],
    ),
    (
        "sl",
        "Trener Marko Bernik je opozoril na poškodbe. Po njegovih besedah bo Kavčičeva zaradi poškodbe gležnja "
        "izpustila tekmo v soboto. »Bomo brez nje,« je sklenila kapetanka Tina Golob.",
        [("Marko Bernik", "indirect", "kavcicev gleznja"), ("Tina Golob", "direct", "brez nje")],
    ),
    # a surname alone keeps the gender its full mention showed; 'one of them' who will not be named is anonymous
    (
        "sl",
        "Andreja Golob je povedala, da je čakala deset ur. Direktorica Mojca Pirc je pojasnila, da je pacientov "
        "tretjino več. »Vsakega pregleda sestra. Drugi pa čakajo dlje,« pravi Pirc.\n\nPriznala je, da jim "
        "primanjkuje zdravnikov.",
        [
            ("Andreja Golob", "indirect", "cakala deset"),
            ("Mojca Pirc", "indirect", "pacientov tretjino"),
            ("Mojca Pirc", "direct", "pregleda sestra"),
            ("Mojca Pirc", "indirect", "primanjkuje zdravnikov"),
        ],
    ),
    (
        "sl",
        "Zdravniki z urgence so bili bolj kritični. Eden od njih, ki ni želel biti imenovan, je dejal, da ekipe "
        "delajo na robu izgorelosti. Eden izmed njih, upokojeni kirurg Janez Novak, je dejal, da je tako že leta.",
        [("anonymous", "indirect", "ekipe izgorelosti"), ("Janez Novak", "indirect", "tako leta")],
    ),
    (
        "hr",
        "Stanari su bili ljuti. Jedna od njih, koja nije željela biti imenovana, rekla je da se boji za djecu.",
        [("anonymous", "indirect", "boji djecu")],
    ),
    # ', kjer je zapisal': a clause of place speaks of the main clause's subject; a relative clause's own 'da'
    (
        "sl",
        "Župan Tomaž Ribnikar je dejal, da je podražitev nujna. Svetnik Marjan Kokalj je dodal, da razprave ni "
        "bilo.\n\nŽupan se je na kritike odzval tudi na Facebooku, kjer je zapisal: »Razumem skrb stanovalcev.«",
        [
            ("Tomaž Ribnikar", "indirect", "podrazitev nujna"),
            ("Marjan Kokalj", "indirect", "razprave bilo"),
            ("Tomaž Ribnikar", "direct", "razumem skrb"),
        ],
    ),
    (
        "sl",
        "Tudi trgovci so nezadovoljni. Lastnica butika na Prešernovi ulici, ki ni želela, da objavimo njeno ime, "
        "nam je zaupala, da je izgubila četrtino strank.",
        [("anonymous", "indirect", "cetrtino strank")],
    ),
    # a journalists' question with an adjective ('slovenskih novinarjev') runs whole to the answer's verb
    (
        "sl",
        "Na vprašanje slovenskih novinarjev, ali verjame, da lahko Pečnikova še osvoji veliki kristalni globus, je "
        "Ingrid Solheim odgovorila, da je to še vedno mogoče.",
        [("novinarji", "indirect", "pecnikova kristalni globus"), ("Ingrid Solheim", "indirect", "vedno mogoce")],
    ),
    (
        "hr",
        "Na pitanje hrvatskih novinara, vjeruje li da Modrić može igrati do 42. godine, izbornik Zlatko Horvat je "
        "odgovorio da je to moguće.",
        [("novinari", "indirect", "modric igrati 42"), ("Zlatko Horvat", "indirect", "moguce")],
    ),
    # institutions: a masculine accusative plural is the object ('voznike'); 'Elektro X' is a company; a
    # 'center za ...' with its place is a body, not a basketball centre named Postojna
    (
        "sl",
        "Hitra cesta je zaprta. Na Darsu voznike opozarjajo, da je nevaren tudi obvoz. Voznikom tovornih vozil "
        "svetujejo, naj potovanje preložijo.",
        [("Dars", "indirect", "nevaren obvoz"), ("Dars", "indirect", "potovanje prelozijo")],
    ),
    (
        "sl",
        "Elektro Primorska sporoča, da je brez elektrike 2300 odjemalcev. Ekipe bodo po njihovih navedbah napake "
        "odpravljale, ko bo veter oslabel.",
        [("Elektro Primorska", "indirect", "elektrike 2300"), ("Elektro Primorska", "indirect", "ekipe napake")],
    ),
    (
        "sl",
        "Gasilci so posredovali na več kot 40 intervencijah, so sporočili iz Regijskega centra za obveščanje Postojna.",
        [("center", "indirect", "gasilci 40 intervencijah")],
    ),
    # capitalised adjectives before a role; a surname's possessive with 'j' ('Leitnerjevih'); 'bo X ... zahtevala'
    # is a plan, not a statement
    (
        "sl",
        "Avstrijski kmetijski minister Markus Leitner je dejal, da razume jezo kmetov, vendar je opozoril, da bi "
        "zavrnitev škodovala izvoznikom. Po Leitnerjevih besedah bo Avstrija v Bruslju zahtevala dodatne zaščitne "
        "mehanizme.",
        [
            ("Markus Leitner", "indirect", "jezo kmetov"),
            ("Markus Leitner", "indirect", "zavrnitev izvoznikom"),
            ("Markus Leitner", "indirect", "zascitne mehanizme"),
        ],
    ),
    # a 'da' clause up to ten words after the verb, within its clause; a modal's 'da' is no complementizer
    (
        "sr",
        "Ministarka Jovana Stević izjavila je danas na konferenciji za novinare u Vladi Srbije da će cena struje "
        "biti povećana za osam odsto.",
        [("Jovana Stević", "indirect", "cena struje osam")],
    ),
    (
        "sr",
        "Izvor iz preduzeća, koji je želeo da ostane anoniman, rekao je za naš portal da preduzeće nema novca.",
        [("anonymous", "indirect", "preduzece nema novca")],
    ),
    # a document's owner after an adjective ('U saopštenju opozicione Narodne inicijative navodi se')
    (
        "sr",
        "У саопштењу опозиционе Народне иницијативе наводи се да је реч о „трећем поскупљењу за две године“ и да ће "
        "грађани плаћати „лоше управљање ЕПС-ом“.",
        [
            ("Narodna inicijativa", "mixed", "trecem poskupljenju"),
            ("Narodna inicijativa", "mixed", "gradjani upravljanje"),
        ],
    ),
    # a declined name after the verb is to whom it was said when the subject stood before; a scientist's role, a
    # one-word place, then her name
    (
        "sr",
        "Geološkinja Univerziteta u Đenovi Frančeska Mori rekla je agenciji ANSA da je padina mesecima pokazivala "
        "znake nestabilnosti. Neimenovani izvor u regionalnoj upravi rekao je Rojtersu da je izveštaj dostavljen "
        "Rimu još u julu.",
        [("Frančeska Mori", "indirect", "padina nestabilnosti"), ("anonymous", "indirect", "izvestaj rimu julu")],
    ),
    # 'Doma zdravlja' is an institution's genitive between a role and a name; 'apelira' as a cue
    (
        "hr",
        "Prema riječima ravnateljice Doma zdravlja Gospić Ivane Kovač, liječnici nisu zabilježili crijevne "
        "infekcije. Kovač ipak apelira na građane da vodu obavezno prokuhaju.",
        [("Ivana Kovač", "indirect", "crijevne infekcije"), ("Ivana Kovač", "indirect", "vodu prokuhaju")],
    ),
    # 'da A, ali da B' splits when A is short too; 'prema optužnici'; 'Upitan <where> da li'
    (
        "hr",
        "Iz USKOK-a su za Hinu kazali da su zadovoljni presudom, ali da će razmotriti žalbu zbog visine kazne. Prema "
        "optužnici USKOK-a, Grubišić je sklapao fiktivne ugovore s tvrtkom svoga šogora.",
        [
            ("USKOK", "indirect", "zadovoljni presudom"),
            ("USKOK", "indirect", "zalbu visine kazne"),
            ("USKOK", "indirect", "fiktivne ugovore"),
        ],
    ),
    (
        "sr",
        "Upitan na marginama skupa u Novom Sadu da li će država uvesti prelevmane na uvoz mleka, ministar "
        "poljoprivrede Dušan Rakić rekao je da nijedna opcija nije isključena.",
        [("novinari", "indirect", "prelevmane uvoz mleka"), ("Dušan Rakić", "indirect", "opcija iskljucena")],
    ),
    # scientists' roles; 'the bureau' is the body named before with that noun; 'an emergency warning' is a noun
    (
        "en",
        'The State Emergency Service issued an emergency warning shortly after 10am, saying "the situation is '
        'dangerous". Bureau of Meteorology senior meteorologist Dean Okoro said up to 250 millimetres of rain was '
        "expected. The bureau warned that the flood warning would remain in place until Saturday.",
        [
            ("State Emergency Service", "mixed", "situation dangerous"),
            ("Dean Okoro", "indirect", "250 millimetres rain"),
            ("Bureau of Meteorology", "indirect", "remain place saturday"),
        ],
    ),
    # a quotation, then its cue and a participle's 'da' clause: two statements; an indictment no one is named for
    (
        "bs",
        'Softić je svjedočio kao svjedok Tužilaštva BiH. "Nisam imao izbora", rekao je Softić, dodajući da je novac '
        "predavao savjetniku na parkingu. Prema optužnici, budžet Federacije oštećen je za 2,4 miliona KM.",
        [("Softić", "direct", "imao izbora"), ("Softić", "indirect", "novac savjetniku parkingu")],
    ),
    # a data source's owner opening with its adjective; 'Fiskalni savet'
    (
        "sr",
        "Inflacija je u martu iznosila 4,9 odsto, pokazuju podaci Republičkog zavoda za statistiku. Fiskalni savet u "
        "najnovijem izveštaju upozorava da je rast penzija podstakao potrošnju.",
        [
            ("Republički zavod za statistiku", "indirect", "inflacija martu 4,9"),
            ("Fiskalni savet", "indirect", "penzija potrosnju"),
        ],
    ),
    # a parliament debate: a dash quotation ending in a question mark, 'uzvratio', 'opomenuo', 'iz Mosta, koja',
    # 'a kaže i da', a dash quotation over two paragraphs closed before its cue
    (
        "hr",
        "Prva je za govornicu izašla Vesna Kolar iz Mosta, koja smatra da zakon stiže deset godina prekasno.\n\n"
        "– Vi ste prodali gradove turistima. Što ćete im reći? – upitala je Kolar.\n\n"
        "– A vi ste ih prodavali dvadeset godina – uzvratio je Krunoslav Bilić. Potpredsjednik Sabora Željko Pavić "
        "opomenuo je zastupnike da ne dobacuju iz klupa. Davor Lukšić podsjetio je da je Zagreb program pokrenuo "
        "prije dvije godine, a kaže i da država prepisuje tuđu zadaću.\n\n"
        "– Vaš je zakon samo papir.\n\nPredložit ćemo amandman kojim bi se porez podigao za trećinu – kazao je "
        "Goran Matijević.",
        [
            ("Vesna Kolar", "indirect", "deset prekasno"),
            ("Vesna Kolar", "direct", "gradove turistima"),
            ("Krunoslav Bilić", "direct", "prodavali dvadeset"),
            ("Željko Pavić", "indirect", "dobacuju klupa"),
            ("Davor Lukšić", "indirect", "zagreb program"),
            ("Davor Lukšić", "indirect", "prepisuje zadacu"),
            ("Goran Matijević", "direct", "papir amandman trecinu"),
        ],
    ),
    # English asides between a name and its verb: an age and an address, a participle's phrase, an adverb before
    # a description; a party's possessive before a name
    (
        "en",
        "Police Chief Anthony Brill urged residents to park in garages. Karen Oyelaran, 58, of Linden Street, said her "
        "car was hit twice in three weeks. Labour's Grace Okonjo, usually a loyal supporter of the Government, told "
        "MPs she had received more than 300 letters. Brandt, reached by phone Monday, said her son had stopped "
        "sleeping in his bedroom.",
        [
            ("Anthony Brill", "indirect", "park garages"),
            ("Karen Oyelaran", "indirect", "car twice weeks"),
            ("Grace Okonjo", "indirect", "300 letters"),
            ("Brandt", "indirect", "son sleeping bedroom"),
        ],
    ),
    # 'it says' is the company of its sentence; 'the company' is one named before, not one in what it said; a
    # product's model ('the X2') is no company
    (
        "en",
        "Brightwell Computing on Tuesday unveiled the Pace X2, a business laptop it says can run for 31 hours on a "
        "single charge. The X2 would ship in April. In a statement, the company said the laptop runs on a processor "
        "co-designed with Kestrel Semiconductor.",
        [
            ("Brightwell Computing", "indirect", "31 hours charge"),
            ("Brightwell Computing", "indirect", "processor kestrel"),
        ],
    ),
    # a sentence with quoted titles and no statement still introduces who speaks next; 'in' is Slovenian 'and'
    (
        "sl",
        "Pevka in igralka Nika Rozman, ki jo publika pozna iz serije »Hiša ob Muri«, je izdala album »Tiha soba«. "
        "Kot pravi, je plošča nastajala skoraj tri leta. Priznava, da jo je bilo pred izidom strah.",
        [("Nika Rozman", "indirect", "plosca tri leta"), ("Nika Rozman", "indirect", "izidom strah")],
    ),
    # signatories speak in their letter; '»...« se sprašuje Golobova' (the verb's own 'se', no passive)
    (
        "sl",
        "V pismu podpisniki opozarjajo, da bi bila baza od prvih hiš oddaljena le 280 metrov. Pobudnica peticije "
        "Zdenka Golob pravi, da so krajani za načrte izvedeli po naključju. »Kdo od nas vsak dan bere oglasno "
        "desko?« se sprašuje Golobova.",
        [
            ("podpisniki", "indirect", "baza 280 metrov"),
            ("Zdenka Golob", "indirect", "nacrte nakljucju"),
            ("Zdenka Golob", "direct", "oglasno desko"),
        ],
    ),
    # what an outlet learns from a source is the source's; a refusal to answer says nothing; 'kako kažu za naš
    # portal' set into the subject's clause
    (
        "sr",
        "Kako saznaje Kurir od izvora bliskog istrazi, osumnjičeni je na saslušanju odbio da odgovara na pitanja "
        "tužioca.",
        [("anonymous", "indirect", "osumnjiceni saslusanju")],
    ),
    (
        "bs",
        "Mještani Ustikoline, kako kažu za naš portal, najviše strahuju za učenike koji svaki dan putuju.",
        [("Mještani Ustikoline", "indirect", "strahuju ucenike")],
    ),
    # kin and doctors by their field are roles; a woman's first name after a feminine role keeps its form; 'Kako
    # doznaje 24sata od izvora' is the source's
    (
        "hr",
        "Njezina kći Marina rekla nam je telefonom da je majka dobro, ali prestrašena. Jedan od anesteziologa, koji "
        "je želio ostati anoniman, tvrdi da su mladi liječnici dobivali ponude iz Austrije. Kako doznaje 24sata od "
        "izvora bliskog klubu, Nijemci su za Perišića platili 1,8 milijuna eura.",
        [
            ("Marina", "indirect", "majka prestrasena"),
            ("anonymous", "indirect", "ponude austrije"),
            ("anonymous", "indirect", "nijemci perisica 1,8"),
        ],
    ),
    # 'a spokesperson for the company' and 'the company' are the company named before, not a public body named
    # since
    (
        "en",
        "Wessex Vale Water said it would invest £2.1bn. The Environment Agency said spills had doubled. The company "
        'said it was cutting spills. A spokesperson for the company later described the research as "a snapshot".',
        [
            ("Wessex Vale Water", "indirect", "invest 2.1bn"),
            ("Environment Agency", "indirect", "spills doubled"),
            ("Wessex Vale Water", "indirect", "cutting spills"),
            ("Wessex Vale Water", "mixed", "research snapshot"),
        ],
    ),
    # a declined name opening the clause is to whom, not who: 'Harrisu je, kot je poudarila, predstavila ...'
    (
        "sl",
        "Ministrica Tanja Fajfar se je sestala z Michaelom Harrisom. Harrisu je, kot je poudarila, predstavila "
        "stališče vlade o carinah.",
        [("Tanja Fajfar", "indirect", "predstavila carinah")],
    ),
    # 'moli' (asks) appeals like 'poziva'
    (
        "hr",
        "Policija moli sve koji imaju informacije o razbojništvu da ih dojave na broj 192.",
        [("Policija", "indirect", "dojave 192")],
    ),
    # parliamentary roles: 'A senior government whip said' is an unnamed source
    (
        "en",
        'A senior government whip said the rebellion was "smaller than the noise suggests".',
        [("anonymous", "mixed", "rebellion smaller noise")],
    ),
    # 'according to researchers at the University of Westmarch.' ends the sentence: what came before is the content
    (
        "en",
        "People who rinsed their noses with salt water twice a day caught a third fewer colds, according to "
        "researchers at the University of Westmarch.",
        [("researchers", "indirect", "rinsed noses colds")],
    ),
    # a role that takes in the capitalised word before it ('Council members') leaves no speaker of that word alone
    (
        "en",
        "Council members Ruth Delgado and Tom Kessler, who voted against the measure, both said they wanted the city "
        "to study a residential permit system first.",
        [("Ruth Delgado", "indirect", "residential permit"), ("Tom Kessler", "indirect", "residential permit")],
    ),
    # a document's issuer in an aside ('The emergency warning, issued by X, said'); 'Dr' without its full stop
    (
        "en",
        "The emergency warning, issued by the State Emergency Service just after 11am, said floodwaters would reach "
        "homes within hours. The memo, signed by medical director Dr Slobodan Ilić, says operations will be postponed "
        '"until further notice".',
        [
            ("State Emergency Service", "indirect", "floodwaters homes hours"),
            ("Slobodan Ilić", "mixed", "operations postponed"),
        ],
    ),
    # a described speaker between a quotation and its verb; 'a spokesperson for the Austrian finance ministry' is
    # the ministry; 'writing that' after a verb that says nothing; 'told the club's website'
    (
        "en",
        '"Austria has been consistent from day one," a spokesperson for the Austrian finance ministry said in a '
        "statement. Hattie Prowse congratulated McGettigan on X, writing that the best book won. Osei told the club's "
        'website there had been "no extra motivation" in facing his former side.',
        [
            ("Austrian finance ministry", "direct", "consistent day"),
            ("Hattie Prowse", "indirect", "best book won"),
            ("Osei", "mixed", "extra motivation"),
        ],
    ),
    # two roles before one name; a body's role before its holder; 'The district said' is the district named before
    (
        "en",
        "Founder and largest shareholder Gregor Oman, who holds 31%, wrote on LinkedIn that he had no intention of "
        "selling. Property Council of Australia state director Lisa Trent welcomed the announcement, saying the levy "
        "had added cost. The Brennan County School District announced changes. Superintendent Greg Stallings said "
        "buses would run late. The district said new bus schedules would be published by June 1.",
        [
            ("Gregor Oman", "indirect", "intention selling"),
            ("Lisa Trent", "indirect", "levy cost"),
            ("Greg Stallings", "indirect", "buses late"),
            ("Brennan County School District", "indirect", "bus schedules june"),
        ],
    ),
    # 'ponovil' (repeated) reports; 'neuradno' before a verb says how its subject spoke, each 'da' clause apart
    (
        "sl",
        "Tiskovni predstavnik Kremlja Igor Fedin je v Moskvi ponovil, da Rusija ne bo pristala na nobene pogoje. Vir "
        "blizu vlade nam je neuradno povedal, da je odločitev padla že decembra in da mladinskih organizacij o njej "
        "namenoma niso obvestili.",
        [
            ("Igor Fedin", "indirect", "rusija pogoje"),
            ("anonymous", "indirect", "odlocitev decembra"),
            ("anonymous", "indirect", "mladinskih obvestili"),
        ],
    ),
    # 'said Sen. Teresa Lindqvist, a Democrat from Green Bay who wrote the measure': her title is no speaker, what
    # she is no name, the relative clause's verb no cue; the quotation after it goes on with hers
    (
        "en",
        '"This is about whether a mother can pour a glass of water," said Sen. Teresa Lindqvist, a Democrat from '
        'Green Bay who wrote the measure. "That\'s the whole bill."',
        [("Teresa Lindqvist", "direct", "mother glass water whole bill")],
    ),
    # the quotation after a long cue sentence goes on with the one before it
    (
        "en",
        '"They have the video. They have had it since Sunday morning," Crowell said at a news conference outside the '
        "Fayette County courthouse, with Okoye's mother and two sisters standing behind him. \"If it shows what they "
        'say it shows, then release it today."',
        [("Crowell", "direct", "video sunday release")],
    ),
    # a sentence that ends inside its closing quotation mark ends there ('... had "erred badly." He said ...');
    # 'State Rep.' is a title
    (
        "en",
        'State Rep. Wendell Pruitt told The Associated Press that the judge had "substituted his policy preferences '
        "for the legislature's.\" He said lawmakers would rewrite the penalty section by the end of January.",
        [
            ("Wendell Pruitt", "mixed", "judge substituted preferences"),
            ("Wendell Pruitt", "indirect", "lawmakers rewrite penalty"),
        ],
    ),
    # 'zagrozil' (threatened) reports, relayed by an agency named before the verb
    (
        "sl",
        "Madžarski minister Gábor Halmi je po poročanju agencije Reuters zagrozil, da bo njegova država blokirala vsak "
        "predlog.",
        [("Gábor Halmi", "indirect", "drzava blokirala predlog")],
    ),
    # 'dr' without its full stop between an institution's place and a name
    (
        "sr",
        "Према речима директора Клиничког центра Крагујевац др Небојше Стевића, одлука о одлагању операција донета је "
        "да би се ослободиле постеље.",
        [("Nebojša Stević", "indirect", "odlaganju operacija")],
    ),
    # a relay set between the verb and its clause; a woman's name after a feminine role keeps its form
    (
        "sr",
        "Bugarska ministarka za regionalni razvoj Desislava Nikolova ocenila je, prema pisanju AFP-a, da je rumunski "
        "predlog „nepotpun“ jer ne obuhvata troškove održavanja.",
        [("Desislava Nikolova", "mixed", "rumunski predlog nepotpun")],
    ),
    # a capitalised adjective that is a role word elsewhere ('generalni') opens a body's name
    (
        "sl",
        "Policisti so preiskali prostore. »Preiskujemo sum zlorabe položaja pri oddaji štirih javnih naročil,« so v "
        "sporočilu za javnost zapisali na Generalni policijski upravi. Dodali so, da so zasegli dokumentacijo.",
        [
            ("Generalna policijska uprava", "direct", "preiskujemo zlorabe"),
            ("Generalna policijska uprava", "indirect", "zasegli dokumentacijo"),
        ],
    ),
    # 'X i njen zamjenik Y poručili su': two speakers, the second by his role and hers
    (
        "bs",
        "Sindikat je zaprijetio štrajkom. Predsjednica sindikata Mirsada Begić i njen zamjenik Edin Kurtović poručili "
        "su na konferenciji za medije da su pregovori s Vladom „došli do zida“.",
        [("Mirsada Begić", "mixed", "pregovori zida"), ("Edin Kurtović", "mixed", "pregovori zida")],
    ),
    # the one named in the nominative introduces who speaks next, not a character declined before her
    (
        "sr",
        "Glavnu ulogu, seosku učiteljicu Anu, tumači Jovana Mrkšić. Ona je navela da je za ulogu pročitala sve "
        "izveštaje. Dodala je da joj je najteže bilo da savlada govor.",
        [("Jovana Mrkšić", "indirect", "ulogu procitala"), ("Jovana Mrkšić", "indirect", "najteze savlada")],
    ),
    # neighbours are roles: 'Njen komšija Ramiz Čaušević' is Ramiz Čaušević, whom 'rekao je' then takes up
    (
        "bs",
        "Načelnik Senad Mehmedović rekao je da je stanje teško.\n\nNjen komšija Ramiz Čaušević kaže da je kuću gradio "
        "dvadeset godina. „Ne znam hoću li se ikada vratiti“, rekao je.",
        [
            ("Senad Mehmedović", "indirect", "stanje tesko"),
            ("Ramiz Čaušević", "indirect", "kucu gradio"),
            ("Ramiz Čaušević", "direct", "ikada vratiti"),
        ],
    ),
    (
        "bs",
        "Predsjednik Adnan Mušić upozorava da bi povećanje moglo značiti gubitak radnih mjesta. Ekonomski "
        'analitičar Damir Šabić, gostujući sinoć u emisiji "Pressing" na N1, ocijenio je da povećanje neće ugroziti '
        "privredu.",
        [("Adnan Mušić", "indirect", "gubitak radnih"), ("Damir Šabić", "indirect", "ugroziti privredu")],
    ),
    # a first name in the genitive is not a woman's name ('Dragana' of Dragan): 'ministarka' is not him
    (
        "sr",
        "Ministarka energetike Sanja Ilić rekla je da će uplate stići do kraja meseca. Prema rečima ministra "
        "finansija Dragana Petrovića, budžet je stabilan. Ministarka je dodala da će spisak biti objavljen u petak.",
        [
            ("Sanja Ilić", "indirect", "uplate stici"),
            ("Dragan Petrović", "indirect", "budzet stabilan"),
            ("Sanja Ilić", "indirect", "spisak objavljen"),
        ],
    ),
    ("sl", "Direktor ni želel komentirati odločitve. Podrobnosti ni navedel.", []),
    ("sl", "Film »Pod svobodnim soncem« so predvajali v nedeljo.", []),
    (
        "sl",
        "»Zakon bo sprejet,« je v četrtek na novinarski konferenci v Mariboru dejal predsednik vlade Marko Kovač. "
        "Premier je še povedal, da bodo davke znižali.",
        # the auxiliary after the quotation keeps the clause open through the adverbials; 'premier' is the head
        # of government named before
        [("Marko Kovač", "direct", "zakon sprejet"), ("Marko Kovač", "indirect", "davke znizali")],
    ),
    (
        "sl",
        "Županja Kopra je za Radio Koper povedala, da bo pristanišče raslo. "
        "Po mnenju ekonomista Jožeta Brgleza bo rast počasna.",
        # a nominative role before a declined name is the role of that place, not a person called so
        [("županja Kopra", "indirect", "pristanisce raslo"), ("Jože Brglez", "indirect", "rast pocasna")],
    ),
    ("hr", "Gradonačelnik Splita rekao je da će tramvaj krenuti.", [("gradonačelnik Splita", "indirect", "tramvaj")]),
    (
        "sl",
        "Poslanec SDS Janez Kovač je ocenil, da gre za predvolilni golaž. »To je kupovanje glasov,« je dejal Kovač. "
        "Predsednik vlade je dodal, da so ukrepi nujni.",
        # a role-only speaker is not the man named just before with another role
        [
            ("Janez Kovač", "indirect", "predvolilni golaz"),
            ("Janez Kovač", "direct", "kupovanje glasov"),
            ("predsednik", "indirect", "ukrepi nujni"),
        ],
    ),
    (
        "sl",
        "Kot je za Radio Slovenija povedal direktor bolnišnice, bodo čakalne vrste skrajšali. Kot poudarjajo na "
        "Zavodu za zaposlovanje, je brezposelnost najnižja doslej. Opozicija očita, da vlada zapravlja denar.",
        # an aside past an outlet of two words; an aside whose source is where it was said; reproaching reports
        [
            ("direktor", "indirect", "cakalne vrste"),
            ("Zavod za zaposlovanje", "indirect", "brezposelnost najnizja"),
            ("Opozicija", "indirect", "zapravlja denar"),
        ],
    ),
    (
        "sl",
        "V sindikatu so opozorili, da uprava ni obvestila sveta delavcev. Predsednica sindikata Alenka Pušnik je za "
        "STA dejala, da bodo zahtevali takojšnja pogajanja.",
        # the agency STA is no dual auxiliary 'sta': one woman spoke
        [("sindikat", "indirect", "uprava obvestila"), ("Alenka Pušnik", "indirect", "zahtevali pogajanja")],
    ),
    (
        "sl",
        "Predsednik uprave Gregor Lah je pojasnil, da bodo zmanjšali število zaposlenih. Glede odpuščanj je bil "
        "jasen: „Tega si ne želi nihče.“",
        # how he sounded, a colon, and the quotation
        [("Gregor Lah", "indirect", "zmanjsali zaposlenih"), ("Gregor Lah", "direct", "tega zeli nihce")],
    ),
    (
        "sl",
        "Po navedbah obalne straže je ogenj izbruhnil v garažnem delu ladje. Eden od preživelih, 46-letni Jorgos "
        "Papadakis, je za televizijo ERT opisal, kako se je kabina napolnila z dimom.",
        # a coast guard as an institution; the apposition gives the survivor's age and name
        [("obalna straža", "indirect", "ogenj izbruhnil"), ("Jorgos Papadakis", "indirect", "kabina napolnila")],
    ),
    (
        "sl",
        "Most čez Sušico bo za ves promet zaprt vsaj do konca junija. To je na zboru krajanov potrdila županja "
        "Nataša Gorjup. Tožilka Petra Kranjc je v sklepni besedi predlagala šest let zapora.",
        # 'to' stands for the sentence before; what is proposed is a noun
        [("Nataša Gorjup", "indirect", "most zaprt junija"), ("Petra Kranjc", "indirect", "sest let zapora")],
    ),
    (
        "sl",
        "V največji koalicijski stranki, Gibanju Prihodnost, so zapisali, da so pripravljeni na kompromis. Na "
        "vprašanje novinarjev, ali bo vlada zakon vložila pred počitnicami, premier Aleš Jeraj ni želel odgovoriti. "
        "Dejal je le, da pogovori tečejo.",
        # the party named in apposition to where it was said; the journalists' question ends at its comma, and
        # the one who would not answer is who 'Dejal je' takes up
        [
            ("Gibanj", "indirect", "pripravljeni kompromis"),
            ("novinarji", "indirect", "vlada zakon vlozila"),
            ("Aleš Jeraj", "indirect", "pogovori tecejo"),
        ],
    ),
    (
        "sl",
        "Župan Anton Grobelnik je dejal, da bo cesta zaprta. Občina bo po županovih besedah prebivalce sproti "
        "obveščala. Zdravnik, ki ni želel biti imenovan, je povedal, da v nočnih izmenah delata le dva zdravnika "
        "in da primanjkuje medicinskih sester. »Zrna so bila kot orehi,« nam je pisala bralka iz Zavrha.",
        # a possessive of a role is its holder; who will not be named is anonymous; a short second 'da' clause is
        # a statement of its own; a reader who wrote in
        [
            ("Anton Grobelnik", "indirect", "cesta zaprta"),
            ("Anton Grobelnik", "indirect", "prebivalce obvescala"),
            ("anonymous", "indirect", "nocnih izmenah"),
            ("anonymous", "indirect", "primanjkuje sester"),
            ("bralka", "direct", "zrna orehi"),
        ],
    ),
    (
        "sl",
        "Ljubljana, 30. julija - Vlada bo regulacijo cen podaljšala do konca februarja, je po današnji seji vlade "
        "napovedal minister za energijo Uroš Kavčič. Poslanka Alenka Štrukelj je vladi očitala, da odlaša z "
        "naložbami, in napovedala, da bo SDS zahtevala nujno sejo odbora.",
        # a dateline in the Slovenian manner is no content; who announced stands after the verb, not what; what
        # someone will demand ('bo zahtevala') is not yet a statement
        [
            ("Uroš Kavčič", "indirect", "vlada regulacijo podaljsala"),
            ("Alenka Štrukelj", "indirect", "odlasa nalozbami"),
            ("Alenka Štrukelj", "indirect", "sds zahtevala sejo"),
        ],
    ),
    (
        "sl",
        "Proizvajalec, podjetje Sadjarstvo Jurjevec iz Gornjih Lazov, je zapisal, da je bila težava odkrita pri "
        "nadzoru. V trgovski verigi Soseska, ki je kašice prodajala, so potrdili, da so izdelek umaknili. "
        "Županja je povedala, da bo občina razpis objavila do konca meseca in da bi se dela začela marca.",
        # the apposition names the company; an institution named after what it is, before a relative clause; a
        # second 'da' after 'in' belongs to the first verb, not to 'objavila' inside the first clause
        [
            ("Sadjarstvo Jurjevec", "indirect", "tezava odkrita"),
            ("trgovska veriga Soseska", "indirect", "izdelek umaknili"),
            ("županja", "indirect", "razpis objavila"),
            ("županja", "indirect", "dela zacela marca"),
        ],
    ),
    (
        "sl",
        "Zagovornik obtoženega, odvetnik Gregor Kuhar, je po razglasitvi sodbe napovedal, da se bo pritožil. "
        "Po obtožnici naj bi obtoženi oškodoval komunalo. "
        "Po poročilu računskega sodišča naj bi ministrstvo zapravilo milijon evrov.",
        # the apposition names the role; a document that opens a 'naj bi' sentence is its source, or whose it is
        [
            ("Gregor Kuhar", "indirect", "pritozil"),
            ("obtožnica", "indirect", "oskodoval komunalo"),
            ("računsko sodišče", "indirect", "zapravilo milijon"),
        ],
    ),
    (
        "hr",
        "Iz Državnog odvjetništva priopćili su da je podignuta optužnica.",
        [("Državno odvjetništvo", "indirect", "podignuta optuznica")],
    ),
    (
        "sl",
        "»Zakon bo sprejet,« je dejal predsednik vlade Tine Kovač. Režiserka Vera Kos je dejala, da je film končan. "
        "Grošljeva je ob tem dodala, da bo premiera jeseni.",
        # first names that are words too ('tine', 'vera') before a surname; a woman's surname form ('Grošljeva')
        # opening a sentence is a name even with words between it and its verb
        [
            ("Tine Kovač", "direct", "zakon sprejet"),
            ("Vera Kos", "indirect", "film koncan"),
            ("Grošljev", "indirect", "premiera jeseni"),
        ],
    ),
    (
        "sl",
        "Po oceni predsednika Hmeljarske zadruge Savinja Alojza Kača bo škoda presegla deset milijonov evrov. "
        "Po podatkih Uprave za zaščito in reševanje so gasilci posredovali več kot 200-krat.",
        # the assessment and the data are phrases: the name after them is the source, not a document's owner
        [("Alojz Kač", "indirect", "skoda presegla"), ("Uprava za zaščito", "indirect", "gasilci posredovali")],
    ),
    (
        "sl",
        "Pri distributerju Elektro Savinja so sporočili, da je bilo brez elektrike 5000 odjemalcev. "
        "Okvare naj bi odpravili do večera.",
        # an institution named after what it is; 'naj bi' right after its statement goes on with its report
        [("Elektro Savinja", "indirect", "brez elektrike"), ("Elektro Savinja", "indirect", "okvare odpravili")],
    ),
    (
        "sl",
        "Avstrija je pozvala Italijo, naj odpre mejo. "
        "»Tako močnega vetra še nisem doživela,« je povedala starejša domačinka.",
        # the name that opens the clause is the subject, the one after the verb its object
        [("Avstrija", "indirect", "odpre mejo"), ("domačinka", "direct", "mocnega vetra")],
    ),
    (
        "hr",
        "Sezona gripe počela je ranije, a prema podacima Hrvatskog zavoda za javno zdravstvo (HZJZ), "
        "prošlog je tjedna prijavljeno 2140 oboljelih.",
        # a phrase after 'a' opens a clause of its own: the content is that clause
        [("Hrvatski zavod za javno zdravstvo", "indirect", "2140 oboljelih")],
    ),
    # the journalists' question with an adjective: 'Na novinarsko vprašanje, ali ...'
    (
        "sl",
        "Minister Peter Kolar je predstavil proračun. Na novinarsko vprašanje, ali bo ostal minister, je odgovoril, "
        "da o tem odloča premier.",
        [
            ("novinarji", "indirect", "ostal minister"),
            ("Peter Kolar", "indirect", "odloca premier"),
        ],
    ),
    # whom it was told or for which outlet, between the marker and the verb
    (
        "sl",
        "Kot so nam povedali viri blizu vlade, naj bi minister že zagrozil z odstopom.",
        [("anonymous", "indirect", "minister zagrozil odstopom")],
    ),
    (
        "sl",
        "Kot je za naš časnik povedal neimenovani vir iz policije, na postajah dela le po en policist.",
        [("anonymous", "indirect", "postajah policist")],
    ),
    # an unnamed colleague keeps his words in the next quotation
    (
        "sl",
        "Livar Marko je povedal, da bo stavkal. Njegov sodelavec, ki ni želel biti imenovan, pa je opozoril, da bi "
        "stavka odgnala kupce. »Tekmeci ne bodo čakali,« je dejal.",
        [
            ("Marko", "indirect", "stavkal"),
            ("anonymous", "indirect", "stavka odgnala kupce"),
            ("anonymous", "direct", "tekmeci cakali"),
        ],
    ),
    # what someone is and where from, then the name: the name is the subject
    (
        "sl",
        "Vinogradnik iz okolice Ptuja Janez Lah je prevzel vodenje društva. »Društvo mora spet povezovati,« je "
        "dejal ob izvolitvi.",
        [("Janez Lah", "direct", "drustvo povezovati")],
    ),
    # a source's relative clause after the parenthetical cue is not its content
    (
        "sl",
        "Kot nam je zaupala prijateljica para, ki želi ostati neimenovana, naj bi se pevka odselila v Koper.",
        [("anonymous", "indirect", "pevka odselila koper")],
    ),
    # a role, then its holder between commas, then the verb
    (
        "sl",
        "Sodnica Alenka Zorko je odprla obravnavo. Kotnikov zagovornik, odvetnik Matija Šuster, je povedal, da je "
        "priča pristranska.",
        [("Matija Šuster", "indirect", "prica pristranska")],
    ),
    # a second predicate 'at the same time' shares the subject, here a body named in the locative
    (
        "sl",
        "V skupini HSE so v pisnem odgovoru navedli podobne razloge, obenem pa zapisali, da podražitev ne načrtujejo.",
        [("HSE", "indirect", "podrazitev nacrtujejo")],
    ),
    # figures that show, and whose they are
    (
        "sl",
        "Gospodinjstva bodo plačala do devet odstotkov več, kažejo izračuni Agencije za energijo.",
        [("Agencija za energijo", "indirect", "gospodinjstva placala devet")],
    ),
    # the question word after a comma: 'Na vprašanje, ali ...', 'Vprašana, koliko ...'; the answer's subject long
    (
        "sl",
        "Na vprašanje, ali bodo nadzor ob meji okrepili, je komandir Policijske postaje Koper Aleš Maružin "
        "odgovoril, da bodo prišli policisti.",
        [("novinarji", "indirect", "nadzor meji okrepili"), ("Aleš Maružin", "indirect", "prisli policisti")],
    ),
    (
        "sl",
        "Ana Vovk je predstavila združitev. Vprašana, koliko poslovalnic bodo zaprli, je Vovkova odvrnila, da bo "
        "načrt znan junija.",
        [("novinarji", "indirect", "koliko poslovalnic zaprli"), ("Ana Vovk", "indirect", "nacrt znan junija")],
    ),
    # a foreign name in -i throughout is as written, not a declined form
    (
        "sl",
        "Gruzijski trener Dimitri Tsiklauri je priznal, da je bil poraz boleč.",
        [("Dimitri Tsiklauri", "indirect", "poraz bolec")],
    ),
    # 'je sam povedal': himself, the subject named before the relative clause
    (
        "sl",
        "Selektor Uroš Pečnik je dejal, da bo center Luka Medved morda igral. Medved, ki si je zvil gleženj, je sam "
        "povedal, da se počuti bolje.",
        [("Uroš Pečnik", "indirect", "medved igral"), ("Luka Medved", "indirect", "pocuti bolje")],
    ),
    # a common noun opens the sentence, the name set off by commas is the subject
    (
        "sl",
        "Obtožena je Dejana Kos. Priča, soseda Marjeta Pučko, je senatu povedala, da je slišala prepir.",
        [("Marjeta Pučko", "indirect", "slisala prepir")],
    ),
    # --- Croatian / Bosnian ---
    ("hr", "„Rok je prekratak“, rekao je ministar Ivan Horvat.", [("Ivan Horvat", "direct", "rok prekratak")]),
    (
        "hr",
        "Premijer Andrej Babić izjavio je da Vlada neće podići poreze.",
        [("Andrej Babic", "indirect", "vlada porez")],
    ),
    (
        "hr",
        "Prema riječima Ane Marić, škola će biti obnovljena do kraja godine.",
        [("Ana Maric", "indirect", "skola obnovljena")],
    ),
    (
        "hr",
        "Glasnogovornica policije Ivana Perić rekla je kako je osumnjičenik uhićen. Dodala je da je istraga u tijeku.",
        [("Ivana Peric", "indirect", "osumnjicenik uhicen"), ("Ivana Peric", "indirect", "istraga tijeku")],
    ),
    (
        "bs",
        "Ministar Emir Hodžić kazao je da će most biti završen u petak.",
        [("Emir Hodzic", "indirect", "most zavrsen")],
    ),
    ("hr", "Ministar nije želio komentirati navode.", []),
    (
        "bs",
        "Vijeće ministara BiH je utvrdilo prijedlog budžeta od 1,21 milijardu KM, saopćeno je nakon sjednice. "
        "Iz Delegacije Evropske unije u BiH pozdravili su prijedlog, ističući da je to važan signal. "
        "Iz BIHAMK-a saopćavaju da je put preko Gradine zatvoren. Zastupnik u Predstavničkom domu PSBiH "
        "Edin Mujkić ocijenio je da je budžet predizborni.",
        # a passive with no source: the institution whose act it announces; a gerund after an institution's
        # plural verb; the genitive of an institution's name in lower case; a role's place before the name
        [
            ("Vijeće ministara", "indirect", "utvrdilo budzeta"),
            ("Delegacija Evropske unije", "indirect", "vazan signal"),
            ("BIHAMK", "indirect", "gradine zatvoren"),
            ("Edin Mujkić", "indirect", "predizborni"),
        ],
    ),
    (
        "hr",
        "Novinari su ministricu pitali hoće li Vlada posegnuti za novim paketom. Ministar Andrij Kovalenko "
        "zahvalio je EU-u, napisavši da je paket korak prema miru. Vatrogasci su imali 70 intervencija, doznaje "
        "se iz Javne vatrogasne postrojbe Vela Draga.",
        # a question after its addressee; a past gerund; 'doznaje se iz' names the source
        [
            ("Novinari", "indirect", "vlada posegnuti paketom"),
            ("Andrij Kovalenko", "indirect", "paket korak miru"),
            ("Javna vatrogasna postrojba", "indirect", "70 intervencija"),
        ],
    ),
    (
        "hr",
        "Izvor blizak istrazi rekao je za 24sata da je župan uhićen u vikendici. Istražitelji su kod njega, prema "
        "istom izvoru, pronašli veću količinu gotovine. Župan je, navodno, već ranije znao da je pod istragom. "
        "Predsjednik Vlade upitan je hoće li župan biti isključen iz stranke.",
        # 'the same source' again; 'navodno' set off by commas; a question put to someone is the journalists'
        [
            ("anonymous", "indirect", "zupan uhicen"),
            ("anonymous", "indirect", "pronasli gotovine"),
            ("anonymous", "indirect", "znao istragom"),
            ("novinari", "indirect", "iskljucen stranke"),
        ],
    ),
    (
        "bs",
        'Uprava tvornice Alprom saopćila je da će 140 radnika biti upućeno na čekanje. "Ne otpuštamo nikoga", '
        "kazao je za Klix.ba direktor Alproma Kenan Softić. Iz Federalnog ministarstva energije, rudarstva i "
        "industrije kazali su da će sastanak biti održan u petak.",
        # 'Alprom' is the base of 'Alproma'; a web address is one token and the channel; an institution's name
        # goes on over a list of its genitives
        [
            ("Alprom", "indirect", "140 radnika cekanje"),
            ("Kenan Softić", "direct", "otpustamo"),
            ("Federalno ministarstvo", "indirect", "sastanak odrzan"),
        ],
    ),
    (
        "bs",
        "Direktor vodovoda uhapšen je jutros u Sarajevu, saopćeno je iz MUP-a KS. Vlasnica mjenjačnice, koja "
        "nije željela da joj objavimo ime, kazala je da je uposlenica i dalje u šoku.",
        # acronyms, one declined, name an institution; an owner is no earlier named speaker
        [("MUP KS", "indirect", "direktor uhapsen"), ("vlasnica", "indirect", "uposlenica soku")],
    ),
    (
        "bs",
        "U saopćenju SDA navodi se da je vlast izgubila legitimitet. Ministarka je navela da će plate biti "
        "povećane od januara, ali nije precizirala za koliko.",
        # the document's owner before a passive; what was not said ends the clause
        [("SDA", "indirect", "vlast izgubila"), ("ministarka", "indirect", "plate povecane januara")],
    ),
    # journalists' questions opened by a question word, or by the verb put before 'li'
    (
        "hr",
        "Trener Ante Jurić rekao je da je momčad umorna. Upitan zašto je izveo kapetana, odgovorio je da je bio "
        "ozlijeđen.",
        [
            ("Ante Jurić", "indirect", "momcad umorna"),
            ("novinari", "indirect", "zasto izveo kapetana"),
            ("Ante Jurić", "indirect", "bio ozlije"),
        ],
    ),
    (
        "hr",
        "Novinari su ga potom pitali osjeća li se sigurnim na klupi.",
        [("Novinari", "indirect", "osjeca sigurnim klupi")],
    ),
    # a relative clause after its preposition stands between the subject and its verb
    (
        "hr",
        "Vratar Marin Lovrić, zbog kojeg je trener prozvao suca, ocijenio je da suci nisu krivi za poraz.",
        [("Marin Lovrić", "indirect", "suci krivi poraz")],
    ),
    # what outlets learn from unnamed sources ('Kako saznaju X iz kluba', 'Prema informacijama X iz Y')
    (
        "hr",
        "Kako saznaju Sportske novosti iz kluba, uprava ne planira smjenu trenera.",
        [("anonymous", "indirect", "uprava smjenu trenera")],
    ),
    (
        "bs",
        "Prema informacijama Avaza iz diplomatskih krugova, imenovanje ambasadora bit će odgođeno.",
        [("anonymous", "indirect", "imenovanje ambasadora odgo")],
    ),
    # an unnamed worker as the source of a fronted phrase, with what describes him up to the comma
    (
        "hr",
        "Kako tvrdi jedan radnik iz skladišta koji nije želio da mu objavimo ime, vlasnik je prodao kamione.",
        [("anonymous", "indirect", "vlasnik prodao kamione")],
    ),
    # the possessive adjective of a surname the text named: whose statement it is
    (
        "hr",
        'Direktor Zoran Pavić oglasio se navečer. "Sve plaće bit će isplaćene", stoji u Pavićevu priopćenju.',
        [("Zoran Pavić", "direct", "place isplacene")],
    ),
    # a gerund after a clause with no subject: the one the participle's ending and the text before point to
    (
        "hr",
        "Ministrica Vesna Bilić sastala se sa sindikatom. Osvrnula se i na štrajk, ocijenivši da bi on samo "
        "odgodio isplate.",
        [("Vesna Bilić", "indirect", "odgodio isplate")],
    ),
    # a role of the body, then its holder's name
    (
        "bs",
        "Prema riječima kardiologinje Opće bolnice u Tuzli dr. Amre Hodžić, broj pacijenata je udvostručen.",
        [("Amra Hodžić", "indirect", "broj pacijenata udvostrucen")],
    ),
    # a journalist asking after a minister spoke is not the minister
    (
        "sr",
        "Ministarka Jelena Ilić rekla je da će pomoć stići do petka. Novinarka jedne kablovske televizije pitala "
        "je zašto mere kasne.",
        [("Jelena Ilić", "indirect", "pomoc stici"), ("novinarka", "indirect", "zasto mere kasne")],
    ),
    # where it was said between the verb and its subject with a role ('na konferenciji za medije zapovjednik X')
    (
        "hr",
        "„Noć je bila teška,“ rekao je na jutarnjoj konferenciji za medije zapovjednik intervencije Dario Vukšić.",
        [("Dario Vukšić", "direct", "noc teska")],
    ),
    # sources close to a body named by its acronym
    (
        "bs",
        "Izvori bliski CIK-u tvrde da je komisija zaprimila 140 prijava.",
        [("anonymous", "indirect", "komisija 140")],
    ),
    # one of several, named by a name holding a small word
    (
        "bs",
        "Jedna od kažnjenih stranaka, Pokret za Krajinu, u saopćenju je navela da će uložiti žalbu.",
        [("Pokret", "indirect", "ulozit zalbu")],
    ),
    # 'oboje' a few words before the verb, after the two the sentence named
    (
        "bs",
        "Vujasin i Kadrić ne slažu se ni u čemu, ali oboje su u izjavama za N1 ocijenili da je kampanja prljava.",
        [("Vujasin", "indirect", "kampanja prljava"), ("Kadrić", "indirect", "kampanja prljava")],
    ),
    # a noun like a verb inside the journalists' question does not cut it
    (
        "bs",
        "Na novinarsko pitanje da li će CIK provjeriti i navode o zloupotrebi preduzeća, Lejla Mujkanović je "
        "odgovorila da komisija nema mandat.",
        [("novinari", "indirect", "provjeriti navode zloupotrebi"), ("Lejla Mujkanović", "indirect", "nema mandat")],
    ),
    # after the quotation: the verb, a role of a body (or where it was said), then the holder's name
    (
        "hr",
        "„Nismo protiv prodaje“, rekla je povjerenica Sindikata metalaca Hrvatske Snježana Barić.",
        [("Snježana Barić", "direct", "protiv prodaje")],
    ),
    (
        "bs",
        '"Mi smo posljednji u lancu", kazao je za Oslobođenje vlasnik pekare "Klas" s Ilidže Nermin Begović.',
        [("Nermin Begović", "direct", "posljednji lancu")],
    ),
    # a reflexive verb of asking, with its subject, after the quotation
    (
        "bs",
        '"Šta ću sad, četvrtinu hljeba?", pita se penzionerka Hajra Omerović.',
        [("Hajra Omerović", "direct", "cetvrtinu hljeba")],
    ),
    # the document's signatory
    (
        "hr",
        "Ravnatelj bolnice dr. Željko Fabijanić optužbe odbacuje. „Pacijentica je trijažirana unutar 15 minuta“, "
        "navodi se u priopćenju koje je potpisao Fabijanić.",
        [("Željko Fabijanić", "direct", "pacijentica trijazirana")],
    ),
    # ', a X kazao je da ...': another speaker's clause ends the one before, however long the subject
    (
        "hr",
        "Gradonačelnica Jelena Kovač tvrdi da je izgorjelo 400 hektara, a vlasnik OPG-a iz Dubrave Gornje Ivan "
        "Marušić kazao je da je spasio kuću.",
        [("Jelena Kovač", "indirect", "izgorjelo 400 hektara"), ("Ivan Marušić", "indirect", "spasio kucu")],
    ),
    # whom the journalists asked, not where they asked nor who is named in the question
    (
        "hr",
        "Na konferenciji u Vrgorcu ministar Krešimir Lončar upitan je hoće li Vlada proglasiti katastrofu. "
        "Odgovorio je da odlučuje županija.",
        [("novinari", "indirect", "vlada proglasiti katastrofu"), ("Krešimir Lončar", "indirect", "odlucuje zupanija")],
    ),
    # an adjective of the role, the auxiliary between: 'Novi je vlasnik najavio'
    ("hr", "Novi je vlasnik najavio da će klub dobiti trenera.", [("vlasnik", "indirect", "klub dobiti trenera")]),
    # a group noun after a phrase of time is the verb's subject
    (
        "hr",
        "Nakon sjednice novinari su ministra upitali hoće li Vlada prihvatiti ijedan amandman.",
        [("novinari", "indirect", "vlada prihvatiti amandman")],
    ),
    # --- Serbian, both scripts ---
    (
        "sr",
        'Бела кућа је саопштила да председник планира разговор са руским колегом. Kompanija "Vitalis Pak" '
        "otvorila je fabriku. Kako je navedeno u saopštenju kompanije, u fabrici će biti zaposleno 260 radnika. "
        "Ratari traže da otkupna cena kukuruza bude najmanje 25 dinara.",
        # a name whose second word is in lower case; a passive aside whose document is the company's; demands
        [
            ("Bela kuća", "indirect", "predsednik planira razgovor"),
            ("Vitalis Pak", "indirect", "zaposleno 260 radnika"),
            ("Ratari", "indirect", "otkupna cena kukuruza"),
        ],
    ),
    (
        "sr",
        "„Zvali smo od šest ujutru“, rekao je za naš portal Stanoje Vuksanović. Meštani Donje Rečice žale se da su "
        "spasioci stigli kasno. Iz Sektora za vanredne situacije odgovaraju da su sve ekipe bile na terenu.",
        # a person named in the nominative after an outlet is who spoke; complaining and answering report
        [
            ("Stanoje Vuksanović", "direct", "zvali sest"),
            ("Meštani Donje Rečice", "indirect", "spasioci kasno"),
            ("Sektor za vanredne situacije", "indirect", "ekipe terenu"),
        ],
    ),
    (
        "sr",
        "RHMZ je objavio novo upozorenje: do petka se očekuje još 20 litara kiše. „Niko nije povređen“, naveo je "
        "načelnik Odeljenja za vanredne situacije u Srebrnom Polju Nebojša Živković. Prema nezvaničnim "
        "informacijama do kojih je došao RTS, pomoć bi mogla da iznosi 300.000 dinara. – Legla sam da odmorim, "
        "kad me komšija zove – priča Radmila Jovičić.",
        # content after a colon; a place of two words between a role and its holder; the relative clause that
        # tells what the information is; 'priča' reports a dash quotation
        [
            ("RHMZ", "indirect", "petka ocekuje kise"),
            ("Nebojša Živković", "direct", "niko povredjen"),
            ("anonymous", "indirect", "pomoc iznosi"),
            ("Radmila Jovičić", "direct", "legla odmorim"),
        ],
    ),
    (
        "sr",
        "Direktor je uhapšen jutros, saopštilo je Više javno tužilaštvo u Kraljevu. Tužilaštvo je predložilo da "
        "se osumnjičenom odredi pritvor. Policija je pronašla novac u stanu, potvrđeno je za Betu u Policijskoj "
        "upravi Kraljevo.",
        # 'Više' opens an institution's name; a proposal is reported; a passive's source where it was said
        [
            ("Više javno tužilaštvo", "indirect", "direktor uhapsen"),
            ("Tužilaštvo", "indirect", "odredi pritvor"),
            ("Policijska uprava", "indirect", "pronasla novac"),
        ],
    ),
    (
        "sr",
        "„Nećemo odustati od plana“, izjavio je predsednik opštine Milan Jović.",
        [("Milan Jovic", "direct", "odustati plana")],
    ),
    (
        "sr",
        "Министар Петар Марковић рекао је да ће цене струје остати исте.",
        [("Petar Markovic", "indirect", "cene struje")],
    ),
    (
        "sr",
        "Према речима Јелене Илић, нови закон биће усвојен до краја месеца.",
        [("Jelena Ilic", "indirect", "zakon usvojen")],
    ),
    (
        "sr",
        "Kako navodi Tanjug, sastanak će biti održan u Beogradu.",
        [("Tanjug", "indirect", "sastanak odrzan beogradu")],
    ),
    # what was demanded or announced, as a noun; groups of people by what they are
    (
        "bs",
        "Udruženje penzionera Kantona Tuzla ponovo je zatražilo usklađivanje penzija s troškovima života.",
        [("Udruženje penzionera Kantona Tuzla", "indirect", "uskla penzija troskovima")],
    ),
    (
        "hr",
        "Sindikat je najavio štrajk u svim školama za ponedjeljak.",
        [("Sindikat", "indirect", "strajk skolama ponedjeljak")],
    ),
    (
        "hr",
        "Umirovljenici su najavili da će prosvjedovati svakog četvrtka.",
        [("Umirovljenici", "indirect", "prosvjedovati cetvrtka")],
    ),
    # an outlet of two words is where it was said; 'Dvojica' (two men) is nobody's name
    (
        "hr",
        "Vlasnik trgovine Ivo Ban za Jutarnji list izjavio je da je to treća krađa ove godine.",
        [("Ivo Ban", "indirect", "treca kra godine")],
    ),
    (
        "hr",
        "Trojica mladića opljačkala su kiosk u centru grada, priopćila je policija.",
        [("policija", "indirect", "opljackala kiosk centru")],
    ),
    (
        "bs",
        "Direktor kluba Emir Zolj bio je na sjednici.\n\n– Svaka izmjena znači nove dozvole. Sve smo prijavili na "
        "vrijeme – kazao je za naš portal direktor firme Nedim Ćatić.",
        [("Nedim Ćatić", "direct", "izmjena dozvole prijavili")],
    ),
    # documents speak for whoever wrote them
    (
        "en",
        "Ivan Petrov denies the charges. According to the indictment, he moved 4 million euros to a shell company.",
        [("indictment", "indirect", "moved million shell company")],
    ),
    (
        "en",
        "The scheme will close in June, according to internal documents seen by the BBC.",
        [("documents", "indirect", "scheme close june")],
    ),
    (
        "bs",
        "Broj nezaposlenih pao je ispod 300.000, pokazuju podaci Agencije za rad.",
        [("Agencija za rad", "indirect", "nezaposlenih pao ispod")],
    ),
    (
        "sl",
        "Podatki statističnega urada kažejo, da so cene hrane zrasle za osem odstotkov.",
        [("statistični urad", "indirect", "cene hrane zrasle odstotkov")],
    ),
    (
        "en",
        "Emergency admissions rose by a fifth last winter, according to figures published on Monday by NHS England.",
        [("NHS England", "indirect", "emergency admissions rose fifth")],
    ),
    (
        "en",
        "Dr. Ana Ruiz spoke first. Mark Hale, a Leeds father whose daughter caught the virus at school, said he was "
        "angry that nobody had warned parents.",
        [("Mark Hale", "indirect", "angry nobody warned parents")],
    ),
    (
        "en",
        "Councillor Amy Stone said she backed the new bus lanes but warned that shops on the high street would suffer.",
        [("Amy Stone", "indirect", "backed bus lanes"), ("Amy Stone", "indirect", "shops high street suffer")],
    ),
    # people of a role in the plural speak together; the auxiliary of the reported clause is not the verb's
    (
        "hr",
        "U Zagrebu su vlasnici kafića rekli da će prosvjedovati u petak.",
        [("vlasnici", "indirect", "prosvjedovati petak")],
    ),
    (
        "sr",
        "Ђоковић је говорио после меча.\n\n– Нисам играо добро – рекао је Ђоковић. – Следеће недеље биће боље.",
        [("Đoković", "direct", "nisam igrao dobro sledece nedelje bice bolje")],
    ),
    (
        "sr",
        "Direktorka škole Vesna Ilić odbacila je optužbe. Po rečima Ilićeve, nastava će početi u ponedeljak.",
        [("Vesna Ilić", "indirect", "nastava pocet ponedeljak")],
    ),
    (
        "sl",
        "Svetnik opozicijske liste Za Boljši Kraj Marko Zajc meni, da bi morala občina izvajalca kaznovati.",
        [("Marko Zajc", "indirect", "obcina izvajalca kaznovati")],
    ),
    (
        "sl",
        "Da je pogodba podpisana, so danes potrdili v družbi, v sporočilu za javnost pa so zapisali, da pričakujejo "
        "soglasje regulatorja do konca junija.",
        [("družba", "indirect", "pogodba podpisana"), ("družba", "indirect", "soglasje regulatorja junija")],
    ),
    # two apostrophes typed for a double quotation mark
    (
        "hr",
        "''Bez novog terminala luka gubi novac'', rekao je ravnatelj Lučke uprave Josip Matić.",
        [("Josip Matić", "direct", "bez novog terminala luka gubi novac")],
    ),
    (
        "sl",
        "Uprava je napovedala naložbe. »Slišali smo že veliko obljub. Delavci bi si želeli višje plače,« pravi "
        "sindikalni zaupnik Boris Majcen.",
        [("Boris Majcen", "direct", "slisali obljub delavci place")],
    ),
    (
        "hr",
        "Ministar je rekao da će plaće rasti od siječnja, ali da će porez na dohodak ostati isti.",
        [("ministar", "indirect", "place rasti sijecnja"), ("ministar", "indirect", "porez dohodak ostati")],
    ),
    (
        "sl",
        "Zagovornik Boštjan Lah je prepričan, da obtožba ne bo zdržala. Po njegovem so bila naročila nujna zaradi "
        "poplav.",
        [("Boštjan Lah", "indirect", "obtozba zdrzala"), ("Boštjan Lah", "indirect", "narocila nujna poplav")],
    ),
    (
        "sl",
        "Ekipa bo do konca sezone ostala brez Luke Pečarja. Pečar se je oglasil na Instagramu. »Težko je gledati "
        "s klopi. Vrnem se močnejši,« je zapisal.",
        [("Luka Pečar", "direct", "tezko gledati klopi vrnem mocnejsi")],
    ),
    (
        "sr",
        "Синдикат медицинских сестара упозорио је да многе сестре, како тврде, раде и по 60 сати недељно.",
        [("Sindikat medicinskih sestara", "indirect", "mnoge sestre rade 60 sati")],
    ),
    (
        "sl",
        "Krajanka iz Podgrada Marta Zupan je povedala, da promet ponoči ne preneha.",
        [("Marta Zupan", "indirect", "promet ponoci preneha")],
    ),
    (
        "sl",
        "Kot je za STA povedal župan Zoran Janković, bo most odprt do poletja.",
        [("Zoran Janković", "indirect", "most odprt poletja")],
    ),
    (
        "sl",
        "V Stranki mladih menijo, da je predlog neustrezen.",
        [("Strank", "indirect", "predlog neustrezen")],
    ),
    # how the speaker sounded stands for the verb after a quotation
    (
        "sl",
        "»Tega ne bomo dopustili,« je bil odločen predsednik sindikata Branimir Štrukelj.",
        [("Branimir Štrukelj", "direct", "tega dopustili")],
    ),
    ("hr", '"Igrali smo loše", bio je kratak trener Ivan Horvat.', [("Ivan Horvat", "direct", "igrali lose")]),
    (
        "en",
        "Officials said on Monday more than 300 people had been evacuated from the valley.",
        [("Officials", "indirect", "300 people evacuated valley")],
    ),
    # a company named in quotation marks after its common noun
    (
        "sr",
        'Vlada je usvojila zaključak. Lanac pekara "Zlatni klas" saopštio je da od ponedeljka poskupljuje hleb.',
        [("Zlatni klas", "indirect", "ponedeljka poskupljuje hleb")],
    ),
    (
        "hr",
        'Agencija je produljila dozvolu tvrtki "Jadrolinija" do svibnja, priopćila je tvrtka.',
        [("Jadrolinija", "indirect", "produljila dozvolu svibnja")],
    ),
    (
        "sr",
        "„Fabrika radi punim kapacitetom“, navodi se u saopštenju „Metalca“.",
        [("Metalac", "direct", "fabrika radi punim kapacitetom")],
    ),
    # a common noun, then the name set off by commas with the body it heads; the role after a dash quotation
    (
        "sr",
        "Првооптужени, директор предузећа „Колубара градња“ Зоран Пантић, изјаснио се да није крив.",
        [("Zoran Pantić", "indirect", "nije kriv")],
    ),
    (
        "sr",
        "– Тужилаштво тражи кривца, а не истину – рекао је новинарима испред суда бранилац првооптуженог, адвокат "
        "из Београда Драган Вучетић.",
        [("Dragan Vučetić", "direct", "tuzilastvo trazi krivca")],
    ),
    # agreeing is saying: 'složili su se da ...'; a provincial secretariat is a body
    (
        "sr",
        "I Radovanović i Lasić složili su se da je konkurencija ove godine najjača.",
        [("Radovanović", "indirect", "konkurencija najjaca"), ("Lasić", "indirect", "konkurencija najjaca")],
    ),
    (
        "sr",
        "Iz Pokrajinskog sekretarijata za kulturu saopšteno je da će konkurs biti raspisan do kraja septembra.",
        [("Pokrajinski sekretarijat", "indirect", "konkurs raspisan")],
    ),
    # an outlet citing its source: the source speaks; agencies by name
    (
        "sr",
        "Агенција Франс прес, позивајући се на неименованог европског дипломату, наводи да Брисел састанак посматра "
        "као тест. Бета јавља да ће следећи састанак бити одржан у марту.",
        [("anonymous", "indirect", "brisel sastanak posmatra"), ("Beta", "indirect", "sledeci sastanak odrzan")],
    ),
    # a relay before a verb with its own subject and clause is no statement of the outlet
    (
        "sr",
        "Kako prenosi Tanjug, ministar Petar Stojanovski ocenio je da je saradnja važna.",
        [("Petar Stojanovski", "indirect", "saradnja vazna")],
    ),
    # 'Obojica' after a sentence that named the two and said nothing
    (
        "bs",
        'Mulalić i Vidović su zajedno obišli Stari most. Obojica su ocijenili da je sastanak bio "najkonkretniji".',
        [("Mulalić", "mixed", "sastanak najkonkretniji"), ("Vidović", "mixed", "sastanak najkonkretniji")],
    ),
    # a relay set between the subject and its verb, after another speaker's sentence
    (
        "bs",
        "Ministar je rekao da je stanje dobro. Hodžić je, prenosi Fena, rekao da će BiH finansirati radove.",
        [("ministar", "indirect", "stanje dobro"), ("Hodžić", "indirect", "bih finansirati radove")],
    ),
    # a relay set between the subject and its verb; an outlet citing sources a few words on
    (
        "sr",
        "Ministar Adnan Hodžić je stigao u Beograd. Hodžić je, prenosi Fena, rekao da će BiH svoj deo radova "
        "finansirati iz kredita.",
        [("Adnan Hodžić", "indirect", "bih finansirati kredita")],
    ),
    (
        "sr",
        "Reuters, pozivajući se na dva diplomatska izvora u Briselu, piše da Evropska komisija razmatra projekat.",
        [("anonymous", "indirect", "evropska komisija razmatra")],
    ),
    # a publisher and a poet, one apposition, both said it; a joke is said too
    (
        "sr",
        "I izdavač zbirke Miloš Radulović i pesnik Dušan Vujić, prošlogodišnji laureat, ocenili su da je poezija "
        "živa. „Mislio sam da sam poslednji pesnik“, našalio se Vujić.",
        [
            ("Miloš Radulović", "indirect", "poezija ziva"),
            ("Dušan Vujić", "indirect", "poezija ziva"),
            ("Dušan Vujić", "direct", "poslednji pesnik"),
        ],
    ),
    # a commissioner for enlargement, then her name; committing to do something is a statement ('obavezali su se
    # da'), by the leaders, not by the declaration they signed
    (
        "sr",
        "Evropska komesarka za proširenje Katrin Vogel pozdravila je deklaraciju, ali je upozorila da novac iz Plana "
        "rasta neće biti isplaćen. U zajedničkoj deklaraciji lideri su se obavezali da će do kraja 2028. godine "
        "uspostaviti jedinstveni sistem.",
        [
            ("Katrin Vogel", "indirect", "novac plana isplacen"),
            ("lideri", "indirect", "uspostaviti jedinstveni sistem"),
        ],
    ),
    # a body whose name is a common adjective and a noun in lower case opens the sentence ('Crveni krst Srbije');
    # employers are a group
    (
        "sr",
        "Ministar Vladan Petrović izjavio je da je upućeno 120 pripadnika. Crveni krst Srbije saopštio je da je "
        "poslato 2.000 paketa hrane. Poslodavci, s druge strane, upozoravaju da bi veći skok plata ugrozio mala "
        "preduzeća.",
        [
            ("Vladan Petrović", "indirect", "upuceno pripadnika"),
            ("Crveni krst", "indirect", "poslato paketa hrane"),
            ("poslodavci", "indirect", "skok ugrozio preduzeca"),
        ],
    ),
    # a relative clause whose verb comes after an agency's relay (', koji je, kako javlja dpa, rekao da')
    (
        "bs",
        "Njemački kancelar nije došao u Budvu. Berlin je predstavljao državni sekretar Jonas Rieger, koji je, kako "
        "javlja dpa, rekao da Njemačka neće dozvoliti da region postane siva zona.",
        [("Jonas Rieger", "indirect", "njemacka dozvoliti siva zona")],
    ),
    # a relative clause with a subject of its own, without commas, between the sentence's subject and its verb
    (
        "sr",
        "Посетиоци с којима је разговарала екипа РТС-а кажу да су цене на штандовима високе.",
        [("Posetioci", "indirect", "cene standovima visoke")],
    ),
    # a body whose name runs on in a plural genitive of a role ('U Udruženju pacijenata Srbije ocenjuju')
    (
        "sr",
        "Ministar je predstavio reformu. U Udruženju pacijenata Srbije tvrde da je reforma korak u dobrom pravcu.",
        [("Udruženje pacijenata", "indirect", "reforma korak pravcu")],
    ),
    # 'Oba ministra' takes the two people named before, not two places named since
    (
        "bs",
        "Ministar sigurnosti Dario Marić i ministar unutrašnjih poslova Vuk Radonjić potpisali su sporazum. "
        "Sporazumom je predviđeno da policije kontrolu na prijelazima Klobuk – Ilino Brdo i Deleuša – Vraćenovići "
        "obavljaju na jednom mjestu. Oba ministra rekla su da bi isti model mogao biti primijenjen i na granici sa "
        "Srbijom.",
        [
            ("Dario Marić", "indirect", "model primijenjen granici"),
            ("Vuk Radonjić", "indirect", "model primijenjen granici"),
        ],
    ),
    # a press release sent to an agency ('U saopćenju dostavljenom Feni') is not the agency's
    (
        "bs",
        "Kompanija Hollmer Industries zatvorit će fabriku, potvrdila je uprava kompanije. U saopćenju dostavljenom "
        "Feni navodi se da je odluka donesena zbog pada narudžbi.",
        [("uprava kompanije", "indirect", "hollmer zatvorit fabriku"), ("uprava", "indirect", "odluka pada narudzbi")],
    ),
    # a newspaper named by an adjective and a noun in lower case opens the sentence ('Sportski žurnal piše da')
    (
        "sr",
        "Policija je saopštila da je istraga u toku. Sportski žurnal piše da Partizan već pregovara sa iskusnim "
        "centrom.",
        [("Policija", "indirect", "istraga toku"), ("Sportski žurnal", "indirect", "partizan pregovara centrom")],
    ),
    # the paper a written answer went to ('u pisanom je odgovoru Glasu Istre navelo') is no subject
    (
        "hr",
        "Ministarstvo gospodarstva u pisanom je odgovoru Glasu Istre navelo da su radnici zaštićeni zakonom.",
        [("Ministarstvo gospodarstva", "indirect", "radnici zasticeni zakonom")],
    ),
    # a body named by its noun and a genitive, then its place ('Dom zdravlja Konjic'), not the place alone
    (
        "bs",
        "Ministar je rekao da je stanje dobro. Dom zdravlja Konjic saopćio je da je zbrinuto 17 povrijeđenih.",
        [("ministar", "indirect", "stanje dobro"), ("Dom zdravlja Konjic", "indirect", "zbrinuto povrijedjenih")],
    ),
    # an agency named by its noun and name, set between the subject and its verb ('kako javlja agencija Mina')
    (
        "sr",
        "Ministar Nikola Raičević bio je suzdržaniji. On je, kako javlja agencija Mina, upozorio da Crna Gora neće "
        "pristati na takav sistem.",
        [("Nikola Raičević", "indirect", "crna gora pristati sistem")],
    ),
    # 'Prema pričanju susjeda': what the neighbours told, a reporting phrase
    (
        "hr",
        "Prema pričanju susjeda, požar je izbio oko ponoći u prizemlju kuće.",
        [("susjed", "indirect", "pozar izbio ponoci")],
    ),
    # an agency's report set between the verb and its clause relays the speaker's words
    (
        "sr",
        "Albanski premijer Ilir Dervishi rekao je, prema izveštaju albanske agencije ATA, da je ukidanje rominga "
        "pitanje meseci.",
        [("Ilir Dervishi", "indirect", "ukidanje rominga meseci")],
    ),
    # 'Obojica' a few sentences after a pair named as the subject of what an agency reported; the pair of people,
    # not the pair of countries in the genitive before them
    (
        "sr",
        "Ministri spoljnih poslova Srbije i Crne Gore, Zoran Petković i Vuk Radonjić, sastali su se u Budvi, javlja "
        "Beta. Sastanak je trajao dva sata. „Granica mora biti otvorena“, rekao je Petković. Obojica su naglasili "
        "da saradnja policija ostaje prioritet.",
        [
            ("Beta", "indirect", "sastali budvi"),
            ("Zoran Petković", "direct", "granica otvorena"),
            ("Zoran Petković", "indirect", "saradnja policija prioritet"),
            ("Vuk Radonjić", "indirect", "saradnja policija prioritet"),
        ],
    ),
    # an agency's own report ('prenosi da'); an agency relaying a minister's words; a relay after the clause
    (
        "sr",
        "Agencija Srna prenosi da predstavnici opozicije nisu bili pozvani na sastanak. Tanjug prenosi da je "
        "ministar Ivan Ristić poručio da Srbija neće odustati. Ministarka Jelena Kovač je rekla da je plan "
        "spreman, prenosi Beta.",
        [
            ("Srna", "indirect", "opozicije pozvani sastanak"),
            ("Ivan Ristić", "indirect", "srbija odustati"),
            ("Jelena Kovač", "indirect", "plan spreman"),
        ],
    ),
    # a body named in the plural ('Slovenske železnice so zapisale'), its letters kept; a role of a body whose name
    # goes on in lower case, then its holder ('Nacionalnega inštituta za javno zdravje Lidija Kovač')
    (
        "sl",
        "Policijska uprava Koper je sporočila, da preiskujejo požar. Slovenske železnice so v odzivu zapisale, da so "
        "progo zaprle do nadaljnjega. Strokovnjakinja Nacionalnega inštituta za javno zdravje Lidija Kovač je "
        "pojasnila, da se PFAS v telesu kopičijo.",
        [
            ("Policijska uprava Koper", "indirect", "preiskujejo pozar"),
            ("Slovenske železnice", "indirect", "progo zaprle"),
            ("Lidija Kovač", "indirect", "pfas telesu kopicijo"),
        ],
    ),
    # someone named by what they are, subject of a sentence that says nothing, speaks in the next ('Drugi sosed je
    # bil manj presenečen. »...« je dejal.'); telling a story is saying ('pripoveduje'), a film's story is not
    (
        "sl",
        "Drugi sosed je bil manj presenečen. »Vsi smo vedeli, da nekaj ni prav,« je dejal. »Druge košnje letos ne "
        "bo,« pripoveduje kmet Franc Vravnik. Film pripoveduje o treh generacijah kamnosekov.",
        [("sosed", "direct", "vedeli prav"), ("Franc Vravnik", "direct", "druge kosnje")],
    ),
    # 'Z njo smo se pogovarjali' after a man named last: the woman the lead is about is interviewed
    (
        "sl",
        "Lara Mrak vodi podjetje, ki iz gob izdeluje embalažo. Direktor parka Matjaž Oblak jo opisuje kot vztrajno. "
        "Z njo smo se pogovarjali v laboratoriju.\n\nKdaj ste začeli?\n\nPred petimi leti, na izmenjavi v tujini."
        "\n\nKaj bi svetovali mladim?\n\nNaj naredijo prototip.",
        [("Lara Mrak", "direct", "petimi leti izmenjavi"), ("Lara Mrak", "direct", "naredijo prototip")],
    ),
    # where in the country the person the text is about comes from ('24-letni Tržičan'), not a foreigner named
    # since ('Norvežan Henrik Aasen'), nor a place ('v Kranjski Gori')
    (
        "sl",
        "Jaka Lovšin je v Kranjski Gori zmagal. Drugi je bil Norvežan Henrik Aasen, tretji Avstrijec Lukas Pichler. "
        "»O tem sem sanjal, odkar sem prvič stal na smučeh,« je povedal 24-letni Tržičan.",
        [("Jaka Lovšin", "direct", "sanjal smuceh")],
    ),
    (
        "sl",
        "Lara Trpin je bila osma. Zmagala je Švedinja Elin Sandström. Trpinova je v cilju dvignila roke v zrak. "
        "»Še vedno ne morem verjeti,« je za 24ur povedala 23-letna Kranjčanka.",
        [("Lara Trpin", "direct", "vedno verjeti")],
    ),
    # a nationality, then a surname alone, given in full before ('Norvežan Lunde' after 'Kristofferja Lundeja')
    (
        "sl",
        "Vidic je ugnal Norvežana Kristofferja Lundeja. Norvežan Lunde je priznal, da ga je skok presenetil.",
        [("Lunde", "indirect", "skok presenetil")],
    ),
    # characterising in the plural ('reformo ocenjujejo kot korak v pravo smer')
    (
        "sl",
        "V sindikatu reformo ocenjujejo kot korak v pravo smer.",
        [("sindikat", "indirect", "korak pravo smer")],
    ),
    # 'predlaga, da ...' proposes a statement; 'predlaga štiri leta zapora' proposes a thing, and its subject is
    # no speaker to carry over
    (
        "sl",
        "Tožilstvo za obtoženega predlaga štiri leta zapora. Ministrstvo predlaga, da se seja preloži na jesen.",
        [("ministrstvo", "indirect", "seja prelozi jesen")],
    ),
    # in an interview's lead, the outlet it was given to ('za Slobodnu Dalmaciju') is no one interviewed, nor is
    # the same name met again ('zašto Dalmaciji trebaju')
    (
        "hr",
        "Ravnatelj civilne zaštite Marko Perić kaže da je sezona bila teška. U razgovoru za Slobodnu Dalmaciju "
        "govori o požarima i o tome zašto Dalmaciji trebaju novi kanaderi.\n\nGospodine Periću, kako biste "
        "ocijenili sezonu?\n\nBilo je više od tri tisuće intervencija na otvorenom. Nitko nije poginuo.\n\n"
        "Trebaju li Dalmaciji novi kanaderi?\n\nTrebaju, jer flota više ne stiže na sve požare.",
        [
            ("Marko Perić", "indirect", "sezona teska"),
            ("Marko Perić", "direct", "intervencija poginuo"),
            ("Marko Perić", "direct", "flota stize pozare"),
        ],
    ),
    # 'Iz' and one capitalised word before an impersonal passive: a club, a party or a town, not a person
    (
        "sr",
        "Iz Zvezdare je saopšteno da je centar Ilić zadobio istegnuće ligamenata.",
        [("Zvezdar", "indirect", "ilic istegnuce ligamenata")],
    ),
    # 'The spokesperson added' after 'A spokesperson for the Department said': the body spoken for
    (
        "en",
        "A spokesperson for the Department of Education said it was aware of the difficulties. The spokesperson "
        "added that modular units could be installed within weeks.",
        [
            ("Department of Education", "indirect", "aware difficulties"),
            ("Department of Education", "indirect", "modular units installed weeks"),
        ],
    ),
    # 'the company' named once only by what it is ('German startup Helion Orbital'), never as a speaker; 'the
    # agency' whose acronym came right after its noun ('the UN refugee agency UNHCR')
    (
        "en",
        "The rocket of German startup Helion Orbital exploded seconds after lift-off. The company said it would try "
        "again in the spring. The UN refugee agency UNHCR said camps were full. The agency said more than 60,000 "
        "people had crossed the border.",
        [
            ("Helion Orbital", "indirect", "try again spring"),
            ("UNHCR", "indirect", "camps full"),
            ("UNHCR", "indirect", "60,000 crossed border"),
        ],
    ),
    # a description with its name in brackets ('the U.N. humanitarian office (OCHA)'), and 'the office' later;
    # 'quoted as saying by' is one cue; 'No group claimed' is no one's statement
    (
        "en",
        "The U.N. humanitarian office (OCHA) said at least 37 civilians had been killed. The office said two field "
        'hospitals had closed. "Such acts target global energy supplies," ministry spokesperson Faisal al-Harbi '
        "was quoted as saying by the state news agency SPA. No group claimed responsibility for the attack.",
        [
            ("OCHA", "indirect", "civilians killed"),
            ("OCHA", "indirect", "hospitals closed"),
            ("Faisal al-Harbi", "direct", "acts energy supplies"),
        ],
    ),
    # an outlet citing its sources, before or after its verb: the sources speak; 'citing' a reason is no source
    (
        "en",
        "Reuters reported on Sunday, citing delegates, that the output deal was off. The talks had collapsed, "
        "Bloomberg reported, citing two people familiar with the matter. The race will start an hour earlier, "
        "the International Olympic Committee said on Wednesday, citing forecasts of extreme heat.",
        [
            ("delegates", "indirect", "output deal off"),
            ("anonymous", "indirect", "talks collapsed"),
            ("International Olympic Committee", "indirect", "race start hour earlier"),
        ],
    ),
    # what a coroner found and recommended, and what a witness told the inquest
    (
        "en",
        "Northern Coroner Helen Marsh found that Mr Brennan died from crush injuries. Counsel assisting the coroner, "
        "Emma Faulkner, told the inquest quad bikes were involved in more deaths than any other vehicle. Ms Marsh "
        "recommended that training be made mandatory.",
        [
            ("Helen Marsh", "indirect", "brennan died crush injuries"),
            ("Emma Faulkner", "indirect", "quad bikes deaths"),
            ("Marsh", "indirect", "training mandatory"),
        ],
    ),
    # a name, then a description of its bearer after 'For ...,': 'she' who speaks next is the one named
    (
        "en",
        'For Pamela Atieno, 42, a mother of five who sells fish at Ahero market, the losses are heavy. "The water '
        'came at night," she said.',
        [("Pamela Atieno", "direct", "water came night")],
    ),
    # 'A spokesperson said' after a sentence about a body names no one else: the body's spokesperson
    (
        "en",
        "The Welsh Government declined to comment on the individual case. A spokesperson said ministers remained "
        "committed to a fair transition.",
        [("Welsh Government", "indirect", "ministers committed transition")],
    ),
    # 'the Swede said': a short nationality noun for the person named before
    (
        "en",
        'Theo Lindqvist finished fourth after a late pit stop. "It was like driving on ice," the Swede said.',
        [("Theo Lindqvist", "direct", "driving ice")],
    ),
    # a dateline in capitals is no company for 'the company said' to find
    (
        "en",
        "SAN FRANCISCO, March 3 (Reuters) - Software maker Lumora Systems announced on Tuesday a plan to cut "
        "4,000 jobs. The cuts will be completed by June, the company said.",
        [("Lumora Systems", "indirect", "plan cut jobs"), ("Lumora Systems", "indirect", "cuts completed june")],
    ),
    # 'A spokesperson for the association said' after the association was named in full
    (
        "en",
        "According to the Wisconsin Grocers Association, the number of stores fell by 40%. A spokesperson for the "
        "association said family-run stores had become rare.",
        [
            ("Wisconsin Grocers Association", "indirect", "number stores fell"),
            ("Wisconsin Grocers Association", "indirect", "family-run stores rare"),
        ],
    ),
    # a country's body by its short name before what it is ("Turkey's MIT intelligence agency said")
    (
        "en",
        "The exchange took place on the tarmac of Esenboga airport, Turkey's MIT intelligence agency said in a "
        "statement.",
        [("MIT", "indirect", "exchange tarmac airport")],
    ),
    # 'the companies said': the two companies the text named last
    (
        "en",
        "Skandia Airways agreed to buy Nordic Shipping. The deal will close in 2027, the companies said.",
        [
            ("Skandia Airways", "indirect", "deal close 2027"),
            ("Nordic Shipping", "indirect", "deal close 2027"),
        ],
    ),
    # a cue set into the sentence after a dateline: what was said starts after the dateline
    (
        "en",
        "STOCKHOLM, July 9 (Reuters) - Nordic Shipping will cut 900 jobs by the end of the year, the company said on "
        "Thursday, blaming weak freight rates.",
        [("Nordic Shipping", "indirect", "cut 900 jobs"), ("Nordic Shipping", "indirect", "weak freight rates")],
    ),
    # local news: a body's volunteer, a mother of three, then the name; the object of a first verb is not the subject
    # of the second ('thanked the volunteers and wrote that'); 'Several speakers said'; a clause after 'said the'
    # with its own verb is what was said
    (
        "en",
        "Country Fire Service volunteer Darren Pfeiffer, who was on the fireline that week, said crews would never "
        "forget it. Mother of three Cassandra Joseph, 34, said she was cooking when the alarm went off. His partner, "
        "Sophie Aldridge, thanked the volunteers and wrote that their daughters keep asking about him. Several "
        "speakers said the project would cut through habitat. Tania Whaanga said the volunteer crew found the pair "
        "cold but unhurt.",
        [
            ("Darren Pfeiffer", "indirect", "crews forget"),
            ("Cassandra Joseph", "indirect", "cooking alarm"),
            ("Sophie Aldridge", "indirect", "daughters asking"),
            ("speakers", "indirect", "project habitat"),
            ("Tania Whaanga", "indirect", "crew found pair"),
        ],
    ),
    # an interview's lead: a name the text also writes after an article is a place, not whom it interviews; the
    # editor's closing note is no answer
    (
        "en",
        "Former astronaut Evelyn Cheung on life in space and Hong Kong’s satellite ambitions\n\nEvelyn Cheung, 58, "
        "spent 311 days in orbit. She now chairs the board of Lumen Orbital, a Hong Kong satellite start-up. The Hong "
        "Kong Science Park hosts its offices.\n\nWhen did space first grab you?\n\nI was seven, watching a launch "
        "on a fuzzy television.\n\nWhat do people get wrong?\n\nThat it is glamorous.\n\nThis interview has been "
        "edited for length and clarity.",
        [("Evelyn Cheung", "direct", "seven launch television"), ("Evelyn Cheung", "direct", "glamorous")],
    ),
    # a story filed from two places ('TOKYO/DETROIT, June 11 (Reuters) -'): neither is a company
    (
        "en",
        "TOKYO/DETROIT, June 11 (Reuters) - Hoshino Motor Co is recalling 1.4 million vehicles, the Japanese "
        "automaker said on Thursday. The recall covers some 2023 sedans, the company said in a filing.",
        [("Hoshino Motor Co", "indirect", "recalling million vehicles"), ("Hoshino", "indirect", "recall sedans")],
    ),
    # 'Both said' a sentence after the pair was named in what an agency reported
    (
        "en",
        "Foreign ministers John Alder and Anna Berg met in Oslo on Monday, Reuters reported. Both said the "
        "corridor would reopen within weeks.",
        [
            ("Reuters", "indirect", "ministers met oslo"),
            ("John Alder", "indirect", "corridor reopen weeks"),
            ("Anna Berg", "indirect", "corridor reopen weeks"),
        ],
    ),
    (
        "sl",
        "Sindikat je izrazil nezadovoljstvo, rekoč, da so plače prenizke in da vlada ne spoštuje dogovora.",
        [("Sindikat", "indirect", "place prenizke"), ("Sindikat", "indirect", "vlada spostuje dogovora")],
    ),
    # what someone expects, notices or grumbles about, with a clause, is reported like speech; what is expected
    # impersonally, or a thing expected, is not
    (
        "sl",
        "Župan Andrej Pintar je predstavil proračun. Pintar pričakuje, da ga bo svet sprejel do sredine decembra.",
        [("Andrej Pintar", "indirect", "svet sprejel sredine decembra")],
    ),
    (
        "sl",
        "Varuhinja pacientovih pravic Mojca Lah opaža, da se bolniki vse pogosteje odločajo za samoplačniške posege.",
        [("Mojca Lah", "indirect", "bolniki samoplacniske")],
    ),
    (
        "sl",
        "Nekateri gledalci so v preddverju negodovali, da je predstava predolga.",
        [("gledalci", "indirect", "predstava predolga")],
    ),
    (
        "hr",
        "Meteorolog Ivan Kos rekao je da će kiša padati do četvrtka, kada se očekuje jača bura i zahlađenje.",
        [("Ivan Kos", "indirect", "kisa padati cetvrtka bura zahla")],
    ),
    (
        "sl",
        "Županja Nataša Gorjup je dejala, da bo občina obnovo sprva plačala sama, od države pa pričakuje "
        "povrnitev stroškov.",
        [("Nataša Gorjup", "indirect", "obcina obnovo drzave povrnitev")],
    ),
    # a group the sentence before was about speaks in the plural; an outlet of one word after 'za'
    (
        "sl",
        "Krajani so svetnikom predali pismo s 340 podpisi. V njem so zapisali, da na pločnik čakajo že deset let.",
        [("Krajani", "indirect", "plocnik cakajo deset")],
    ),
    (
        "bs",
        "„Ovdje sam 27 godina. Preživio sam tri vlasnika“, kazao je za Avaz Edin Ramić, topioničar iz pogona.",
        [("Edin Ramić", "direct", "preživio vlasnika")],
    ),
    # a standing demand of a thing, in the present; a body characterising in the present; strikers and fans in the
    # plural; the journalists' question names no answerer
    (
        "sl",
        "Sindikat voznikov zahteva 12-odstotno zvišanje plač in plačilo vseh ur pripravljenosti.",
        [("Sindikat voznikov", "indirect", "zvisanje plac pripravljenosti")],
    ),
    (
        "sl",
        'Direktor je zagrozil s selitvijo proizvodnje. V sindikatu njegove besede označujejo kot "izsiljevanje".',
        [("sindikat", "mixed", "izsiljevanje")],
    ),
    (
        "sr",
        "Štrajk je ušao u treću nedelju. Štrajkači traže da se plate povećaju za 25 odsto.",
        [("Štrajkači", "indirect", "plate povecaju odsto")],
    ),
    (
        "hr",
        'Navijači su na društvenim mrežama poručivali da je problem "u upravi, a ne na klupi".',
        [("Navijači", "mixed", "upravi klupi")],
    ),
    (
        "sl",
        "Komisarka Elina Virtanen je obiskala Luče. Na vprašanje novinarjev, ali bo Komisija podaljšala rok, je "
        "odgovorila, da bo Slovenijo pri tej zahtevi podprla.",
        [("novinarji", "indirect", "komisija podaljsala rok"), ("Elina Virtanen", "indirect", "slovenijo podprla")],
    ),
    # kindergartens, schools and heating plants speak; calculations report; people named by an unknown noun in
    # the genitive plural; one of many described by a comparative
    (
        "sl",
        "Kot so sporočili iz vrtca, je na čakalnem seznamu trenutno 138 otrok.",
        [("vrtec", "indirect", "cakalnem seznamu otrok")],
    ),
    (
        "sl",
        "Po izračunih toplarne bo povprečno gospodinjstvo mesečno plačalo okoli 11 evrov več.",
        [("toplarna", "indirect", "gospodinjstvo placalo evrov")],
    ),
    (
        "sl",
        "Po besedah knjigarnarjev so bile prvi dan najbolj iskane slikanice.",
        [("knjigarnar", "indirect", "iskane slikanice")],
    ),
    (
        "hr",
        "Prema riječima ribara, ulov je ove godine upola manji nego lani.",
        [("ribar", "indirect", "ulov upola manji")],
    ),
    (
        "sl",
        "Eden od manjših založnikov je potožil, da je najem stojnice letos dražji za petino.",
        [("založnik", "indirect", "najem stojnice drazji")],
    ),
    (
        "sr",
        "Hrvatski mediji pisali su da je diplomata prikupljao podatke o vojsci.",
        [("mediji", "indirect", "diplomata prikupljao podatke")],
    ),
    # a participle's aside before a 'da' clause, in Cyrillic too; what was announced; a general hospital
    (
        "sr",
        "Министар финансија Небојша Стевановић рекао је, образлажући предлог, да је буџет „развојни“.",
        [("Nebojša Stevanović", "mixed", "budzet razvojni")],
    ),
    (
        "sr",
        "Према најави председнице Скупштине Весне Радуловић, расправа у начелу трајаће до петка.",
        [("Vesna Radulović", "indirect", "rasprava trajace petka")],
    ),
    (
        "sr",
        "Iz Opšte bolnice Kraljevo saopšteno je da su svi povređeni van životne opasnosti.",
        [("Opšta bolnica Kraljevo", "indirect", "svi opasnosti")],
    ),
    # a company named like a person, where something is said in it; a condemnation with no words is no statement
    (
        "sl",
        "V Luki Koper so nam odgovorili, da z organi pregona v celoti sodelujejo.",
        [("Luka Koper", "indirect", "organi pregona sodelujejo")],
    ),
    ("sl", "Podražitev so v Zvezi potrošnikov Slovenije ostro obsodili.", []),
    # a commission named with 'za' and an adjective in the accusative; a coordinator of a body before her name
    (
        "hr",
        'Povjerenstvo za fiskalnu politiku navelo je da su projekcije prihoda "optimistične, ali ostvarive".',
        [("Povjerenstvo za fiskalnu politiku", "mixed", "projekcije prihoda")],
    ),
    (
        "bs",
        '"Deset godina upozoravamo da grad gubi mlade", poručila je koordinatorica udruženja Lamija Kurtović.',
        [("Lamija Kurtović", "direct", "deset godina upozoravamo")],
    ),
    # an agency's relay set between the verb and its clause is the channel, not the speaker
    (
        "sr",
        "Ministar unutrašnjih poslova Ivan Mitrović izjavio je, javlja Tanjug, da je policija razbila 38 grupa.",
        [("Ivan Mitrović", "indirect", "policija razbila grupa")],
    ),
    (
        "sl",
        "V skladu zatrjujejo, da so bile vse dodelitve stanovanj zakonite.",
        [("sklad", "indirect", "dodelitve zakonite")],
    ),
    # 'navedli' (the 'e' of 'navedel' drops); a consortium; what someone does not hide; a book's title in an
    # apposition is nobody's statement
    (
        "sl",
        "Z inšpektorata so sporočili, da sta bila dva izhoda zaklenjena. Navedli so še, da alarm ni bil servisiran.",
        [("inšpektorat", "indirect", "izhoda zaklenjena"), ("inšpektorat", "indirect", "alarm servisiran")],
    ),
    (
        "sl",
        "V konzorciju izvajalcev so za Delo zapisali, da zamude ni povzročil izvajalec.",
        [("konzorcij", "indirect", "zamude povzrocil izvajalec")],
    ),
    (
        "sl",
        "Športni direktor Rok Bertoncelj ne skriva, da zmagovalca čaka korak višje.",
        [("Rok Bertoncelj", "indirect", "zmagovalca caka korak")],
    ),
    (
        "hr",
        "Profesor ustavnog prava Krešimir Dujmović, autor knjige „Ustav kao obećanje“, smatra da je prijetnja "
        "pravno neodrživa.",
        [("Krešimir Dujmović", "indirect", "prijetnja pravno neodrziva")],
    ),
    # the defence at a trial speaks; its claims, named by a noun, are its statement
    (
        "sl",
        "Trditve obrambe, da je obtoženi denar zgolj prevažal, je sodnica označila za neprepričljive.",
        [("obramba", "indirect", "obtozeni denar prevazal"), ("sodnica", "indirect", "neprepricljive")],
    ),
    (
        "bs",
        "Odbrana je zatražila da se optuženi pusti na slobodu do kraja suđenja.",
        [("Odbrana", "indirect", "optuzeni slobodu")],
    ),
    # a noun cue that opens the sentence, its owner after it, ends where the predicate begins
    (
        "sl",
        "Zahteva Rusije, da se pogajanja nadaljujejo v Ženevi, je bila zavrnjena.",
        [("Rusija", "indirect", "pogajanja nadaljujejo zenevi")],
    ),
    # a warning of a thing, a promise and a forecast of a thing
    (
        "sl",
        "Varuh človekovih pravic Igor Rebernik je opozoril na pomanjkanje pedopsihiatrov.",
        [("Igor Rebernik", "indirect", "pomanjkanje pedopsihiatrov")],
    ),
    (
        "sl",
        "Ministrstvo za zdravje obljublja dodatne termine še letos.",
        [("Ministrstvo za zdravje", "indirect", "dodatne termine")],
    ),
    # a person named in full who opens the clause, not the company in the apposition after them; an outlet in
    # quotation marks between the verb and its subject; players as a group
    (
        "sl",
        "Stanko Jug, direktor podjetja Gostinstvo Dravinja, ki dobavlja hrano v 14 šol, pravi, da nova cena komaj "
        "pokrije stroške.",
        [("Stanko Jug", "indirect", "cena pokrije stroske")],
    ),
    (
        "bs",
        '"Nismo plaćeni četiri mjeseca", rekao je za "Avaz" kapiten Dženan Hadžić.',
        [("Dženan Hadžić", "direct", "placeni mjeseca")],
    ),
    (
        "bs",
        "Košarkaši Igmana najavili su da neće izaći na teren u subotu ukoliko im uprava ne isplati plate.",
        [("Košarkaši Igmana", "indirect", "izaci teren subotu")],
    ),
    # the paper it was said to, set between the subject and the verb, is no subject; an airport is a body
    (
        "hr",
        "Smijenjeni Ivan Perica za naš je list kratko rekao da odluku uprave poštuje.",
        [("Ivan Perica", "indirect", "odluku uprave postuje")],
    ),
    (
        "bs",
        "Iz Međunarodnog aerodroma Sarajevo kratko su saopćili da je jedan let preusmjeren na Beograd.",
        [("Međunarodni aerodrom Sarajevo", "indirect", "let preusmjeren beograd")],
    ),
    # a participle's aside between the verb and its clause; words between the auxiliary and a second verb; who
    # announced, after when
    (
        "sr",
        "Ministar privrede Goran Petrović rekao je u utorak, obrazlažući izmene zakona o porezu, da će firme "
        "plaćati manje doprinose od januara.",
        [("Goran Petrović", "indirect", "firme placati doprinose")],
    ),
    (
        "sr",
        "Direktor Toplane Nikola Marić nije došao na sednicu, ali je u pisanom odgovoru našem listu naveo da će "
        "grejanje poskupeti za deset odsto.",
        [("Nikola Marić", "indirect", "grejanje poskupeti deset")],
    ),
    (
        "hr",
        "Medicinske sestre od ponedjeljka neće raditi prekovremeno ako ne dobiju zaostale plaće, najavila je u "
        "srijedu povjerenica sindikata dr. Ivana Perić.",
        [("Ivana Perić", "indirect", "sestre prekovremeno place")],
    ),
    (
        "bs",
        "Trener Željezničara Adis Hodžić čestitao je Veležu na pobjedi, ali je suđenje u završnici ocijenio lošim.",
        [("Adis Hodžić", "indirect", "zavrsnici losim")],
    ),
    # --- English ---
    (
        "en",
        "Professor Alan Whitcombe, a pollination biologist at the University of Lenmouth who was not involved in the "
        "research, called the findings worrying. Rade Šćepanović, an MP from the opposition Civic Bloc, said the "
        "suspension was a political manoeuvre.",
        # long appositions, one with a relative clause of its own, between the name and its verb
        [("Alan Whitcombe", "indirect", "findings worrying"), ("Rade Šćepanović", "indirect", "political manoeuvre")],
    ),
    (
        "en",
        "Defense attorney Marisa Cole argued that probation would let Palk repay the district. She said her client "
        "began gambling after his wife's death. Palk, his voice breaking at times, told the court he was ashamed. "
        "The investor, the Slovenian-Montenegrin consortium EkoTerm Sever, said it was disappointed by the decision.",
        # 'she' takes up the speaker just named; an absolute phrase between subject and verb; a consortium named in
        # apposition
        [
            ("Marisa Cole", "indirect", "probation repay"),
            ("Marisa Cole", "indirect", "client gambling"),
            ("Palk", "indirect", "ashamed"),
            ("EkoTerm Sever", "indirect", "disappointed decision"),
        ],
    ),
    (
        "en",
        "A statement signed by 14 shop owners on Mill Street reads that footfall has fallen by almost half. "
        '"We were promised updates every week," the statement says. Critics argue the plan will do little to cut '
        "emissions. Russia's foreign ministry accused Britain of escalating the conflict.",
        # a document speaks for who signed it, also when named again; that-less clauses after 'argue'; an
        # accusation is whom, and of what
        [
            ("owners", "indirect", "footfall fallen"),
            ("owners", "direct", "promised updates"),
            ("Critics", "indirect", "plan cut emissions"),
            ("foreign ministry", "indirect", "britain escalating"),
        ],
    ),
    (
        "en",
        "Altavia Resources will cut about 1,200 jobs in Chile, the London-listed copper miner said on Wednesday. "
        "The number of measles cases has risen to 47, the Croatian Institute of Public Health (HZJZ) said, and "
        "Health Minister Nikolina Barić urged parents to check vaccination records.",
        # 'the miner' is the company the sentence opens with; an institution's name runs over 'of'; its short
        # form in brackets does not part it from its content
        [
            ("Altavia Resources", "indirect", "cut jobs chile"),
            ("Croatian Institute of Public Health", "indirect", "measles risen 47"),
            ("Nikolina Barić", "indirect", "check vaccination"),
        ],
    ),
    (
        "en",
        "British furniture retailer Pembury Home cut its profit forecast on Wednesday, saying customers were "
        "delaying purchases. Pembury is exploring a sale of its bathrooms business, according to two people "
        "familiar with the matter, who said advisers had approached three buyers. Hurtado said no deaths had "
        "been confirmed but that deputies had not reached several homes.",
        # a nationality before the company's noun is no speaker; 'who said' after unnamed sources is theirs;
        # 'said A but that B' is two statements
        [
            ("Pembury Home", "indirect", "customers delaying"),
            ("anonymous", "indirect", "exploring sale bathrooms"),
            ("anonymous", "indirect", "advisers approached buyers"),
            ("Hurtado", "indirect", "no deaths confirmed"),
            ("Hurtado", "indirect", "deputies reached homes"),
        ],
    ),
    (
        "en",
        "Opposition MPs Jelena Todić (Movement for Civic Serbia) and Ana Mirković (Democratic Centre) said the "
        "minister had lost any legitimacy. Two officials, who spoke on condition of anonymity, said the prime "
        "minister was irritated. One of them described the talks as tense.",
        # a party in brackets belongs to the name; people who will not be named are anonymous sources
        [
            ("Jelena Todić", "indirect", "minister lost legitimacy"),
            ("Ana Mirković", "indirect", "minister lost legitimacy"),
            ("anonymous", "indirect", "prime minister irritated"),
            ("anonymous", "indirect", "talks tense"),
        ],
    ),
    (
        "en",
        "Talks on the gas contract have stalled over the fee, two people familiar with the matter said on Tuesday. "
        '"We are not at the point where anyone walks away," said one of the people. '
        "The second person said the exporter wanted the fee cut by a quarter.",
        # the unnamed sources brought in first are who 'one of the people' and 'the second person' refer to
        [
            ("anonymous", "indirect", "talks stalled"),
            ("anonymous", "direct", "anyone walks away"),
            ("anonymous", "indirect", "fee cut quarter"),
        ],
    ),
    (
        "en",
        "Artificial light reduces moth visits to wild flowers by a third, researchers at the University of Harnford "
        'have found. "Moths are the night shift of pollination," said the study\'s lead author, Dr Priya Nandakumar, '
        "an ecologist at Harnford. Judge Miriam Oduya told jurors the trial would last up to four weeks.",
        [
            ("researchers", "indirect", "light reduces moth"),
            ("Priya Nandakumar", "direct", "night shift pollination"),
            ("Miriam Oduya", "indirect", "trial last four weeks"),
        ],
    ),
    (
        "en",
        '"The deadline is too short," said Finance Minister John Smith.',
        [("John Smith", "direct", "deadline short")],
    ),
    (
        "en",
        "Mayor Jane Doe said that the bridge would open before summer.",
        [("Jane Doe", "indirect", "bridge open summer")],
    ),
    (
        "en",
        "According to the ministry, the vaccine supply is sufficient.",
        [("ministry", "indirect", "vaccine supply sufficient")],
    ),
    (
        "en",
        '"We will not back down," Smith told Reuters. "This is about our future," he added.',
        [("Smith", "direct", "back down"), ("Smith", "direct", "future")],
    ),
    ("en", "The spokesman declined to comment on the report.", []),
    # an appeal: 'naj' after the cue's comma reports what the speaker asked for; the addressee, declined out of
    # the nominative, is not the speaker
    (
        "sl",
        "Poslanec Marko Hren je pozval vlado, naj zakon umakne iz postopka.",
        [("Marko Hren", "indirect", "naj zakon umakne")],
    ),
    (
        "sl",
        "Zagovornica Petra Zajc je sodišču predlagala, naj obtožnico zavrže.",
        [("Petra Zajc", "indirect", "naj obtoznico zavrze")],
    ),
    (
        "hr",
        "Zastupnik Marko Horvat pozvao je Vladu da povuče prijedlog zakona.",
        [("Marko Horvat", "indirect", "povuce prijedlog")],
    ),
    # English appeals: what was asked for is the addressee and the infinitive after it
    (
        "en",
        "Opposition leader Mark Hale urged the government to withdraw the bill.",
        [("Mark Hale", "indirect", "government withdraw bill")],
    ),
    (
        "en",
        "Mark Hale called on the prosecutor to open an investigation.",
        [("Mark Hale", "indirect", "prosecutor open investigation")],
    ),
    ("en", "Mark Hale called the bill unfair.", [("Mark Hale", "indirect", "bill unfair")]),
    # a second verb of saying joined to the first ends the first one's clause and says something of its own
    (
        "en",
        "Mark Hale said the bill was unfair and called on the government to withdraw it.",
        [("Mark Hale", "indirect", "bill unfair"), ("Mark Hale", "indirect", "government withdraw")],
    ),
    (
        "hr",
        "Ministar Ivan Perić rekao je da je zakon dobar i dodao da će biti usvojen do ljeta.",
        [("Ivan Perić", "indirect", "zakon dobar"), ("Ivan Perić", "indirect", "usvojen ljeta")],
    ),
    # a quotation split by its cue, with a long role between the pieces
    (
        "sl",
        "»Zakon,« je dejal predsednik odbora za finance Tomaž Pečar, »bo prizadel predvsem male podjetnike.«",
        [("Tomaž Pečar", "direct", "zakon prizadel podjetnike")],
    ),
    (
        "en",
        '"The plan," said Anna Berg, the deputy leader of the party, "has no money behind it."',
        [("Anna Berg", "direct", "plan money behind")],
    ),
    # a paragraph set below 'X said:' without quotation marks, as live pages and transcripts print speech
    (
        "en",
        "The mayor, Jane Doe, opened the session.\n\nAsked about the tunnel, Doe said:\n\n"
        "We will finish it this year. The money is already there.\n\nThe council meets again on Monday.",
        [("Jane Doe", "direct", "finish year money already")],
    ),
    (
        "sl",
        "Županja Ana Kos je odprla sejo.\n\nO predoru je Kos povedala:\n\n"
        "Dela bomo končali letos. Denar je že zagotovljen.\n\nSvet se bo sestal v ponedeljek.",
        [("Ana Kos", "direct", "dela koncali letos denar")],
    ),
    # ... but not when the colon introduces a list or the paragraph below carries its own quotation
    (
        "en",
        "Doe said the budget covers three items:\n\nRoads, schools and the tunnel.",
        [("Doe", "indirect", "budget covers three items")],
    ),
    (
        "en",
        'Asked about the tunnel, Jane Doe said:\n\n"We will finish it this year," she told reporters.',
        [("Jane Doe", "direct", "finish year")],
    ),
    # English reported speech without 'that', after adjuncts of time and manner
    (
        "en",
        "The ministry said on Tuesday it would close the border crossing until Friday.",
        [("ministry", "indirect", "close border crossing")],
    ),
    (
        "en",
        "The utility said in a statement the new plant would open in the spring.",
        [("utility", "indirect", "plant open spring")],
    ),
    # an age or a description between commas does not hide the subject; whom one told is not the speaker
    (
        "en",
        "Marta Horvat, 47, told Večernji list she had never received the letter.",
        [("Marta Horvat", "indirect", "never received letter")],
    ),
    (
        "en",
        "EULEX, the EU's rule-of-law mission, said it had no record of the meeting.",
        [("EULEX", "indirect", "no record meeting")],
    ),
    # a score or year in brackets between the verb and its 'da' clause; a 'ne' inside a dash quotation is no negation
    (
        "sr",
        "Trener Goran Lukić priznao je posle poraza od Partizana (68:80) da ekipa nije bila spremna.",
        [("Goran Lukić", "indirect", "ekipa spremna")],
    ),
    (
        "hr",
        "– Izgubili smo glavom, ne nogama – rekao je kapetan Ante Brkić.",
        [("Ante Brkić", "direct", "izgubili glavom nogama")],
    ),
    # a first name that is also a common word ('Maja', the month's genitive) in joint speakers with roles
    (
        "sr",
        "Poslanik Vuk Marić i poslanica Maja Perić ocenili su da je zakon loš.",
        [("Vuk Marić", "indirect", "zakon los"), ("Maja Perić", "indirect", "zakon los")],
    ),
    # a declined place name that stands for its government; hearsay whose phrase also fits a named-source pattern
    ("sr", "Iz Kremlja su poručili da je odluka konačna.", [("Kremlj", "indirect", "odluka konacna")]),
    (
        "sr",
        "Prema nezvaničnim informacijama, napadač Marko Ilić propustiće dve utakmice.",
        [("anonymous", "indirect", "propustice utakmice")],
    ),
    # a role word the lexicon may not know, before a first name and surname, in a sentence without a cue
    (
        "sl",
        "Tekačica Ema Zorko je zaostala le za sekundo. Po teku je povedala: »Jutri gremo na zmago.«",
        [("Ema Zorko", "direct", "jutri zmago")],
    ),
    # a role whose qualifier is a list, commas and all
    (
        "sl",
        "Minister za kmetijstvo, gozdarstvo in prehrano Tone Rupnik je pojasnil, da bo pomoč izplačana marca.",
        [("Tone Rupnik", "indirect", "pomoc izplacana marca")],
    ),
    # an institution's name that runs on in the genitive, kept as written; not into a verb after its object
    (
        "sl",
        "Sindikat delavcev trgovine Slovenije je napovedal, da bodo stavkali v soboto.",
        [("Sindikat delavcev trgovine Slovenije", "indirect", "stavkali soboto")],
    ),
    (
        "sl",
        "Nacionalni inštitut za javno zdravje je sporočil, da je cepiva dovolj.",
        [("Nacionalni institut za javno zdravje", "indirect", "cepiva dovolj")],
    ),
    # a rejected accusation: the accuser claimed the 'da' clause, and the other side rejected it
    (
        "hr",
        "Vlada je odbacila optužbe oporbe da je sakrila podatke o dugu.",
        [("oporba", "indirect", "sakrila podatke dugu"), ("Vlada", "indirect", "sakrila podatke dugu")],
    ),
    # a paper's name in quotation marks between the verb and its clause is the channel, not a quotation
    (
        "sr",
        "Градоначелник Зоран Илић рекао је за „Политику“ да ће мост бити отворен у априлу.",
        [("Zoran Ilić", "indirect", "most otvoren aprilu")],
    ),
    ("sl", 'Ministrica Ana Kos je za "Dnevnik" povedala, da bo odstopila.', [("Ana Kos", "indirect", "odstopila")]),
    # an impersonal passive with 'se' and the document it is in; a company named for its country
    (
        "sr",
        '"Do nedelje se očekuje sneg", navodi se u upozorenju RHMZ-a.',
        [("RHMZ", "direct", "nedelje ocekuje sneg")],
    ),
    ("sr", "Putevi Srbije saopštili su da je put zatvoren.", [("Putevi Srbije", "indirect", "put zatvoren")]),
    # a noun cue opening the sentence, its owner in the genitive after it
    (
        "hr",
        "Zahtjev udruge da se marža podigne Vlada nije prihvatila.",
        [("udruga", "indirect", "marza podigne")],
    ),
    # 'from that company' / 'the statement says': the institution named before
    (
        "bs",
        "Javno preduzeće Vodovod Tuzla podnijelo je zahtjev za poskupljenje, saopćeno je iz tog preduzeća. "
        "U saopćenju se navodi da su troškovi porasli za trećinu.",
        [
            ("Vodovod Tuzla", "indirect", "podnijelo zahtjev poskupljenje"),
            ("Vodovod Tuzla", "indirect", "troskovi porasli trecinu"),
        ],
    ),
    # an institution set off by an apposition that describes it
    (
        "hr",
        "Iz Stranke rada i razvoja, najjače stranke koalicije, poručili su da prijedlog ide u proceduru.",
        [("Stranka rada i razvoja", "indirect", "prijedlog proceduru")],
    ),
    # a journalists' question is a statement of its own; joint speakers with a role between them
    (
        "en",
        "Asked whether the club would sell its captain, coach Ana Berg said it would not.",
        [("journalists", "indirect", "club sell captain"), ("Ana Berg", "indirect", "would not")],
    ),
    (
        "en",
        'Mayor Ivo Kos and city councillor Vera Lah both dismissed the report as "pure fiction".',
        [("Ivo Kos", "mixed", "report fiction"), ("Vera Lah", "mixed", "report fiction")],
    ),
    # the relative pronoun's antecedent speaks, over an apposition
    (
        "en",
        "The talks were led by Marko Bele, head of the pilots' union, who said the strike would go ahead.",
        [("Marko Bele", "indirect", "strike ahead")],
    ),
    (
        "sl",
        "Seje se je udeležil tudi minister Janez Novak, ki je dejal, da bo zakon sprejet do poletja.",
        [("Janez Novak", "indirect", "zakon sprejet poletja")],
    ),
    # 'the manager' picks up the named person just before, whose role the text did not give
    (
        "en",
        'Dean Moffatt watched his side win 3-1. "We were brilliant," the manager told BBC Essex.',
        [("Dean Moffatt", "direct", "brilliant")],
    ),
    ("en", "A senior police officer said the road would reopen.", [("anonymous", "indirect", "road reopen")]),
    # hearsay with no source named: 'navodno', 'naj bi', 'allegedly' in the main clause
    ("sr", "Fond je navodno tražio mesto u upravnom odboru.", [("anonymous", "indirect", "fond trazio mesto")]),
    ("sl", "Napad naj bi izvedla skupina iz tujine.", [("anonymous", "indirect", "napad izvedla skupina")]),
    ("en", "Three surgeons allegedly left for private clinics.", [("anonymous", "indirect", "surgeons left clinics")]),
    # ... but 'naj bi' in a relative clause tells what is planned
    ("sl", "Vlada se bo sestala v četrtek, ko naj bi sprejela proračun.", []),
    # joint speakers, each with a role, the first opening the sentence with a capitalised adjective
    (
        "sr",
        "Специјални изасланик Бојан Рус и руски преговарач Иван Лис оценили су да су разговори корисни.",
        [("Bojan Rus", "indirect", "razgovori korisni"), ("Ivan Lis", "indirect", "razgovori korisni")],
    ),
    # an aside between the subject and its verb
    (
        "sr",
        "Влада је, с друге стране, саопштила да рок неће бити померен.",
        [("Vlada", "indirect", "rok pomeren")],
    ),
    # a title in capitals before the name; 'in a joint statement' is where it was said, not a second cue
    (
        "en",
        "Finland's Foreign Minister Aino Lahti and her Estonian counterpart Mart Kask said in a joint statement "
        "that the sanctions were overdue.",
        [("Aino Lahti", "indirect", "sanctions overdue"), ("Mart Kask", "indirect", "sanctions overdue")],
    ),
    # a that-less clause and a 'that' clause after it: one statement each
    (
        "en",
        "The mayor said the budget for next year was balanced, and that taxes would not rise.",
        [("mayor", "indirect", "budget balanced"), ("mayor", "indirect", "taxes rise")],
    ),
    # 'jedna sestra', 'neki poslanec': an unnamed person; where she works is not her name
    (
        "hr",
        "Jedna medicinska sestra s Odjela kirurgije, koja je željela ostati anonimna, kaže da radi sama.",
        [("anonymous", "indirect", "radi sama")],
    ),
    # a group runs on in the genitive like an institution
    (
        "bs",
        "Mještani naselja Donje Polje tvrde da ih niko nije upozorio.",
        [("Mještani naselja Donje Polje", "indirect", "niko upozorio")],
    ),
    # the journalists' question is theirs; 'oboje' are the two who spoke before
    (
        "bs",
        "Haris Delić i Selma Kovač izjavili su da zakon mora biti usvojen. "
        "Na pitanje novinara da li bi podržali vladu, oboje su odgovorili da to nije tema.",
        [
            ("Haris Delić", "indirect", "zakon usvojen"),
            ("Selma Kovač", "indirect", "zakon usvojen"),
            ("novinari", "indirect", "podrzali vladu"),
            ("Haris Delić", "indirect", "nije tema"),
            ("Selma Kovač", "indirect", "nije tema"),
        ],
    ),
    # a verb inside what was said is not a cue of its own
    (
        "en",
        'The mayor of the town, Mojca Bizjak, said she had asked the ministry to find "a one-off solution".',
        [("Mojca Bizjak", "mixed", "asked ministry solution")],
    ),
    # 'both' after one of the two spoke alone still means the two
    (
        "en",
        "Anna Berg and Ivo Kos said the deal was fair. Berg added that it would be signed in May. "
        "Both said they would resign if it failed.",
        [
            ("Anna Berg", "indirect", "deal fair"),
            ("Ivo Kos", "indirect", "deal fair"),
            ("Anna Berg", "indirect", "signed May"),
            ("Anna Berg", "indirect", "resign failed"),
            ("Ivo Kos", "indirect", "resign failed"),
        ],
    ),
    # fronted content ending in a place name, its source after the verb; a verb of its own inside the content
    (
        "hr",
        "Dvojica muškaraca opljačkala su zlatarnicu u Karlovcu, priopćili su iz Policijske uprave karlovačke.",
        [("Policijska uprava karlovačka", "indirect", "opljackala zlatarnicu karlovcu")],
    ),
    (
        "bs",
        "Sud BiH potvrdio je optužnicu protiv bivšeg direktora, kazali su za Klix.ba iz Tužilaštva BiH.",
        [("Tužilaštvo BiH", "indirect", "potvrdio optuznicu direktora")],
    ),
    # the adjectives of an institution's declined name agree with its base form; a place name after it stays
    (
        "sl",
        "Iz Policijske uprave Celje so sporočili, da je cesta zaprta.",
        [("Policijska uprava Celje", "indirect", "cesta zaprta")],
    ),
    # a question put to the speaker is the journalists'; a possessive of a surname is not a speaker
    (
        "sr",
        "Upitan da li je njegova pozicija ugrožena, trener Ivan Lukić rekao je da ne razmišlja o tome.",
        [("novinari", "indirect", "pozicija ugrozena"), ("Ivan Lukić", "indirect", "razmislja tome")],
    ),
    (
        "sr",
        "Ministar Petar Obradović predložio je zakon. Poslanik Milan Rajić ocenio je Obradovićeve reči kao "
        "„jeftinu predstavu“.",
        [("Milan Rajić", "mixed", "reci jeftinu predstavu")],
    ),
    # a question is the asker's; whom it was put to or said to is not the speaker
    (
        "sl",
        "Novinar je ministra vprašal, ali bo zakon veljal tudi za mala podjetja.",
        [("novinar", "indirect", "zakon veljal podjetja")],
    ),
    (
        "en",
        "A reporter asked the minister whether the tax would rise.",
        [("anonymous", "indirect", "tax rise")],
    ),
    (
        "sl",
        "Komisar Henrik Aaltonen je novinarjem v Strasbourgu dejal, da bo predlog predstavil marca.",
        [("Henrik Aaltonen", "indirect", "predlog predstavil marca")],
    ),
    # demands and requests report what someone wants
    (
        "en",
        "The union demanded that the government raise wages by ten percent.",
        [("union", "indirect", "raise wages")],
    ),
    # an organization named in quotation marks after what it is; neighbours as a reporting phrase's source
    (
        "sr",
        'Lanac prodavnica "Maksimarket" saopštio je da od ponedeljka snižava cene.',
        [("Maksimarket", "indirect", "ponedeljka snizava cene")],
    ),
    (
        "sr",
        "Prema rečima komšija, muškarac je imao velike dugove.",
        [("komšij", "indirect", "muskarac imao dugove")],
    ),
    # a second predicate after a contrast has the first one's subject
    (
        "sl",
        "Minister Ivo Kos je govoril o ukrepih. Gospodarska zbornica odločitev pozdravlja, a opozarja, "
        "da so podjetja ostala brez pomoči.",
        [("Ivo Kos", "indirect", "ukrepih"), ("Gospodarska zbornica", "indirect", "podjetja ostala pomoci")],
    ),
    # fronted content and a lawyer after the verb, in Serbian Cyrillic
    (
        "sr",
        "Да ће уложити жалбу Апелационом суду, за Танјуг је потврдио бранилац осуђеног Александар Пешић.",
        [("Aleksandar Pešić", "indirect", "ulozi zalbu apelacion")],
    ),
    # a reporting phrase set into the clause between commas; 'stoji u priopćenju' names the document's author
    (
        "hr",
        "Ministar Ivo Kos govorio je o pregovorima. Novi krug pregovora, prema njegovim riječima, mogao bi se "
        "održati u Istanbulu.",
        [("Ivo Kos", "indirect", "pregovorima"), ("Ivo Kos", "indirect", "novi krug pregovora istanbulu")],
    ),
    (
        "hr",
        '"Novinari moraju biti najoprezniji", stoji u priopćenju HND-a.',
        [("HND", "direct", "novinari najoprezniji")],
    ),
    # a name inside a prepositional phrase is not the subject
    (
        "bs",
        "Klub Hrvata u Vijeću naroda RS zatražio je da se tačka skine s dnevnog reda.",
        [("Klub Hrvata", "indirect", "tacka skine dnevnog")],
    ),
    # a page cut off mid-sentence leaves no content to check
    (
        "en",
        "The mayor said she had asked for help. An official said privately that the",
        [("mayor", "indirect", "asked help")],
    ),
    # a role with an indefinite article and no name: a source the reporter does not name
    (
        "en",
        "A senior diplomat said the summit had been postponed.",
        [("anonymous", "indirect", "summit postponed")],
    ),
    # English: who 'the company', 'the 31-year-old', 'the Croatian' are; what is not a speaker
    (
        "en",
        "Fitness app Runwell confirmed a data breach on Monday. The Vienna-based company said no card details "
        "were taken.",
        [("Runwell", "indirect", "card details taken")],
    ),
    (
        "en",
        'Ivana Horvat pulled out of the final on Sunday. "My knee is not ready," the 31-year-old Croatian told '
        "reporters.",
        [("Ivana Horvat", "direct", "knee ready")],
    ),
    (
        "en",
        "Rep. Dana Whitfield, D-Ore., who chairs the panel, said the hearing would go ahead.",
        [("Dana Whitfield", "indirect", "hearing go ahead")],
    ),
    (
        "en",
        "One shopper wrote on Facebook that the queue had stretched round the block.",
        [("shopper", "indirect", "queue stretched block")],
    ),
    (
        "en",
        "Residents in Millbrook said the water had been brown for a week.",
        [("Residents", "indirect", "water brown week")],
    ),
    (
        "en",
        "Logistics group Trevia said on Tuesday its operating profit rose by a fifth.",
        [("Trevia", "indirect", "operating profit rose")],
    ),
    (
        "en",
        '"We are not selling," chief executive Tom Reyes told a news conference. "The offer undervalues us by half."',
        [("Tom Reyes", "direct", "not selling offer undervalues half")],
    ),
    # English: the speaker after an inverted verb with no quotation marks; lower-case particles in surnames
    (
        "en",
        "Trade talks with Tokyo went very well this week, said Commission President Ursula von der Leyen.",
        [("Ursula von der Leyen", "indirect", "trade talks tokyo")],
    ),
    (
        "en",
        "The deal is expected to close in March, said Paul Archer, a spokesman for the lender.",
        [("Paul Archer", "indirect", "deal close march")],
    ),
    (
        "en",
        "The stadium will not be ready before the autumn, said a spokeswoman for the club.",
        [("spokeswoman", "indirect", "stadium ready autumn")],
    ),
    (
        "en",
        "Dutch coach Frank de Boer said his side had defended badly all evening.",
        [("Frank de Boer", "indirect", "defended badly evening")],
    ),
    # a quotation that ends a reported clause: the clause's subject is part of the content
    ("en", 'Minister Tom Walsh said Europe "will not be blackmailed".', [("Tom Walsh", "mixed", "europe blackmailed")]),
    # 'telling X that': the addressee is where it was said, not what
    (
        "en",
        'Health Secretary Tom Reid insisted the NHS was "not in crisis", telling Sky News that waiting lists had '
        "fallen.",
        [("Tom Reid", "mixed", "nhs crisis"), ("Tom Reid", "indirect", "waiting lists fallen")],
    ),
    # the tabloid register: a capitalised mood, 'blasted X as', a club's 'gaffer' referring back to its 'boss'
    (
        "en",
        'FUMING Millbrook boss Gary Pruett blasted referee Neil Ash as "a disgrace". The Millbrook gaffer '
        "insisted he would not be apologising to anyone.",
        [("Gary Pruett", "mixed", "disgrace"), ("Gary Pruett", "indirect", "apologising")],
    ),
    ("en", "Former England defender Dave Cress said it was never a penalty.", [("Dave Cress", "indirect", "penalty")]),
    # a role in an organization, then its holder; an analyst of a firm named with '&'
    (
        "en",
        "Authority general manager Lorraine Abbot said ridership had risen by a third.",
        [("Lorraine Abbot", "indirect", "ridership risen third")],
    ),
    (
        "en",
        "Ravi Chand of Alder & Finch noted that the chain's net debt had risen to 1.4 billion pounds.",
        [("Ravi Chand", "indirect", "net debt risen")],
    ),
    # who was told: 'the council', 'a news conference'
    (
        "en",
        "Police Chief Ray Okon told the council the cameras would help officers find missing people.",
        [("Ray Okon", "indirect", "cameras help officers")],
    ),
    # a document named with the nouns that say whose it is
    (
        "en",
        "According to a city staff report, the system would cost about $410,000 over three years.",
        [("city staff report", "indirect", "system cost 410,000")],
    ),
    # nouns that look like verbs: 'a previous forecast of', 'the seven states that share'
    (
        "en",
        "The company said profit would be 310 million pounds, down from a previous forecast of 365 million pounds.",
        [("company", "indirect", "profit 310")],
    ),
    # joint speakers, one of them with his role and name set off by commas
    (
        "en",
        "Dale Kirk led the talks. Kirk and California's lead negotiator, Priya Venk, both said they still "
        "expected a plan by Friday.",
        [("Dale Kirk", "indirect", "expected plan"), ("Priya Venk", "indirect", "expected plan")],
    ),
    # asking not to be named is not a statement
    (
        "en",
        "Residents said the cameras were intrusive. One of them, a retired teacher who asked that her name not be "
        'used, said she had "nothing to hide".',
        [("Residents", "indirect", "cameras intrusive"), ("anonymous", "mixed", "nothing hide")],
    ),
    # a quotation, then the name and an apposition set off by commas, then the verb
    (
        "en",
        'Reindl said the bank would decide this year. "At the price being discussed, Serbia would be a clean '
        'exit," Kerstin Maier, an analyst at Donau Research, wrote in a note to clients.',
        [("Reindl", "indirect", "bank decide"), ("Kerstin Maier", "direct", "serbia clean exit")],
    ),
    # a relative clause about the subject: the names in it are not the subject
    (
        "en",
        "Officials said the cull was needed. Kramar, who has lobbied Ljubljana for a higher quota for years, "
        "said farmers had lost more than 300 sheep.",
        [("Officials", "indirect", "cull needed"), ("Kramar", "indirect", "farmers lost sheep")],
    ),
    # a party of two words before the role: 'Sinn Féin councillor X' is X
    (
        "en",
        "Sinn Féin councillor Aoife Brennan, who tabled the motion, did not mince her words. "
        '"It is only a matter of time before a child is hurt," she told the meeting.',
        [("Aoife Brennan", "direct", "matter time child hurt")],
    ),
    # an aside about the subject between it and its verb; a name right after the verb begins what was said
    (
        "en",
        "One EU diplomat, speaking on condition of anonymity because the talks are confidential, said the "
        "Netherlands and France wanted one more round of checks.",
        [("anonymous", "indirect", "netherlands france checks")],
    ),
    # the business register: 'Shares of X fell after the chipmaker warned', 'The company has denied'
    (
        "en",
        "Shares of Nexora Systems fell 9% after the chipmaker warned that spending would squeeze profits. "
        "Separately, the European Commission said it had opened an investigation. The company has denied "
        "that its licences are tied to hardware.",
        [
            ("Nexora Systems", "indirect", "spending squeeze profits"),
            ("European Commission", "indirect", "opened investigation"),
            ("Nexora Systems", "indirect", "licences tied hardware"),
        ],
    ),
    # a body's name that goes on after 'of ... and'; a person and where he is from set off by commas
    (
        "en",
        "The Department of Health and Social Care said pay banding was a matter for individual trusts.",
        [("Department of Health and Social Care", "indirect", "pay banding trusts")],
    ),
    (
        "en",
        "Dr Helen Marchetti led the study. Her co-author, Prof Tomasz Wierzbicki of Reading, noted that the team "
        "had controlled for farm runoff.",
        [("Tomasz Wierzbicki", "indirect", "controlled farm runoff")],
    ),
    # a name and its apposition, then the verb, whose content is interrupted by a participle phrase
    (
        "en",
        "Scientists said the images were remarkable. Dr. Revathi Subramaniam, mission director of the project, "
        "said the bloom, dominated by a single species, was the largest recorded in March.",
        [("Scientists", "indirect", "images remarkable"), ("Revathi Subramaniam", "indirect", "bloom largest")],
    ),
    # a quotation, then a role and a name of several words, then 'told reporters as he arrived'
    (
        "en",
        '"We are not going to sign up to new debt by stealth," Dutch Finance Minister Pieter van Daalen told '
        "reporters as he arrived for the meeting.",
        [("Pieter van Daalen", "direct", "debt stealth")],
    ),
    # 'with X and Y insisting ...': the gerund's own subject, one statement each
    (
        "en",
        "Ministers failed to agree on a plan, with the Netherlands and Austria insisting the debt must be a one-off.",
        [("Netherlands", "indirect", "debt one-off"), ("Austria", "indirect", "debt one-off")],
    ),
    # an aside between em dashes inside the clause; a document's tail with 'with'
    (
        "en",
        "Chief Executive Katrin Vossberg spoke on a call with analysts. She noted that intermodal volumes — "
        "containers moved by rail and road — had grown 3% in the quarter.",
        [("Katrin Vossberg", "indirect", "intermodal grown quarter")],
    ),
    (
        "en",
        "Rheintal Cargo will cut 900 jobs. The cuts are expected to be completed by the end of the year, according "
        "to a filing with the Frankfurt Stock Exchange.",
        [("filing", "indirect", "cuts completed year")],
    ),
    # a surname never written in lower case, set off by an aside, is the subject, not the object after the verb
    (
        "en",
        "Coach Rick Hollister spoke first. Whitcomb, in a statement released by the university, called Hollister "
        '"a man of complete integrity" and said a national search would begin immediately.',
        [("Whitcomb", "mixed", "complete integrity"), ("Whitcomb", "indirect", "national search")],
    ),
    # a verb inside a journalists' question is theirs; a subject with its relative clause is not what was said
    (
        "en",
        "Rick Hollister resigned. Asked whether the university had told him his contract would not be extended, "
        "he shook his head.",
        [("journalists", "indirect", "university contract extended")],
    ),
    (
        "en",
        "Senior guard Marcus Tillery, who played four seasons under Hollister, posted a photo of the two of them "
        "on X after the news conference.",
        [],
    ),
    # 'slammed into' is a storm's, not the tabloid's; a dateline with the agency in brackets
    (
        "en",
        "Antananarivo (AFP) - At least 17 people have died after Cyclone Talia slammed into the east coast, the "
        "national disaster office said Monday.",
        [("office", "indirect", "17 people died")],
    ),
    # an event's name is no person to hold a role named later
    (
        "en",
        'The film will open the Nordic Docs Week festival in Malmo. "The mayor told us the film would be bad for '
        'investment," Kovacevic said. The mayor told reporters the film would hurt the town.',
        [("Kovacevic", "direct", "mayor investment"), ("mayor", "indirect", "film hurt town")],
    ),
    # the tabloid's unnamed sources: 'pals say', 'One wrote:'; 'called it quits' says nothing
    (
        "en",
        "The actress and the winger quietly called it quits last month, pals say. Fans rushed to send their "
        'support. One wrote: "Sending love Jodie, you deserve the world."',
        [("pals", "indirect", "actress winger quits"), ("anonymous", "direct", "sending love")],
    ),
    # a role with its body's name, then a first name the list does not know; a senator's abbreviated title
    (
        "en",
        'Speaking in the Dáil, Minister for Health Declan Furlong acknowledged that the numbers were "unacceptable".',
        [("Declan Furlong", "mixed", "numbers unacceptable")],
    ),
    (
        "en",
        "Republican state Sen. Curtis Lamb, who sponsored the bill, told The Associated Press he was disappointed "
        "by the decision.",
        [("Curtis Lamb", "indirect", "disappointed decision")],
    ),
    # a body's noun, then its name after 'of'; a word of quantity opening the sentence
    (
        "en",
        "Residents are preparing to leave their homes, with the Bureau of Meteorology warning the river could "
        "reach the major flood level by Friday.",
        [("Bureau of Meteorology", "indirect", "river flood level")],
    ),
    (
        "en",
        "More than 40 Labour MPs have written to the Transport Secretary, warning that a new formula will leave "
        "rural England without a single daily bus.",
        [("Labour MPs", "indirect", "formula rural england")],
    ),
    # who 'called' something so is not what was called; an apposition with 'that'; the inverted 'Said X:'
    (
        "en",
        'The Digital Commerce Coalition, a trade group that brought the lawsuit, called the ruling "a win for every '
        'Kansan who values their privacy."',
        [("Digital Commerce Coalition", "mixed", "win kansan privacy")],
    ),
    (
        "en",
        "Said Priya Venkataraman, the group's litigation director: \"Age verification sounds simple until you "
        'realize it means building a database."',
        [("Priya Venkataraman", "direct", "verification database")],
    ),
    # an unnamed spokesman is not the person named before; a body's name with 'and' before its noun
    (
        "en",
        "The letter's organiser, Gareth Pryce, told the BBC that villages had lost buses. The prime minister's "
        "official spokesman said Downing Street did not recognise talk of a revolt.",
        [("Gareth Pryce", "indirect", "villages buses"), ("spokesman", "indirect", "downing revolt")],
    ),
    (
        "en",
        "Some 712 patients were waiting on trolleys this morning, according to the Irish Nurses and Midwives "
        "Organisation, the highest figure this year.",
        [("Irish Nurses and Midwives Organisation", "indirect", "712 patients trolleys")],
    ),
    # 'claim' after a possessive is a noun: the statement is the watchdog's, about the claim
    (
        "en",
        "The minister's claim that the budget was balanced was false, the fiscal watchdog said.",
        [("watchdog", "indirect", "claim budget balanced false")],
    ),
    # a name written with the Arabic article; an adjunct after 'told AFP,' is not what was told
    (
        "en",
        "Faisal al-Harbi, a senior negotiator, told Al Arabiya the group would not sign a partial deal.",
        [("Faisal al-Harbi", "indirect", "partial deal")],
    ),
    (
        "en",
        "Talks on the truce stalled on Monday over the prisoner lists, two sources briefed on the talks told AFP, "
        "days before a deadline set by mediators.",
        [("source", "indirect", "truce stalled prisoner")],
    ),
    # 'one of the sources', 'eden od virov', 'jedan od izvora': one of the unnamed, not a phrase after 'of'
    (
        "en",
        '"Both sides want the names released in the first round," one of the sources said.',
        [("source", "direct", "names released round")],
    ),
    ("sl", "»Dogovor je zelo blizu,« je dejala ena od sogovornic.", [("vir", "direct", "dogovor blizu")]),
    ("hr", "Jedan od izvora rekao je da je dogovor o cijeni blizu.", [("izvor", "indirect", "dogovor cijeni blizu")]),
    # which of a group a person is, set between the name and the verb
    (
        "en",
        "Board member Ana Berić, one of the two who voted for a cut, told reporters the bank was too cautious.",
        [("Ana Berić", "indirect", "bank cautious")],
    ),
    # a role named as the subject of a sentence that says nothing: 'he' in the next is its holder
    (
        "en",
        "Governor Tom Vance said rates would stay high. Finance Minister Petra Hale wrote on X that the decision "
        'was wrong. The governor brushed off the criticism. "We do not set rates to please anyone," he said.',
        [
            ("Tom Vance", "indirect", "rates stay high"),
            ("Petra Hale", "indirect", "decision wrong"),
            ("Tom Vance", "direct", "set rates please"),
        ],
    ),
    # a question on reports is the journalists'; 'asked about' an aside on the subject, or a bare topic, is none
    (
        "en",
        'Asked about reports that the owners had met another coach, Hollins replied: "You would have to ask them."',
        [("journalists", "indirect", "reports owners coach"), ("Hollins", "direct", "ask them")],
    ),
    (
        "en",
        "The Environment Agency, asked about his criticism, said in a statement that it had invested heavily.",
        [("Environment Agency", "indirect", "invested heavily")],
    ),
    (
        "hr",
        "Radić je to, upitan od novinara, odbio komentirati, ali je ponovio da rok nije upitan.",
        [("Radić", "indirect", "rok upitan")],
    ),
    # kin speak for themselves, not as the person they are kin to; a statement brought in by 'In a statement,
    # X said' is X's when it speaks again
    (
        "en",
        "Police found Kyle Brook in the park. In a statement released through police, Kyle's family said he was "
        '"a gentle, funny boy". "He had just finished college," the statement said. The boy\'s mother added: '
        '"We need answers."',
        [
            ("Kyle's family", "mixed", "gentle funny boy"),
            ("Kyle's family", "direct", "finished college"),
            ("boy's mother", "direct", "need answers"),
        ],
    ),
    # a unit after 'of' is an apposition; after 'said', a name with its own verb opens the content
    (
        "en",
        "Detective Inspector Louise Harker, of West Yorkshire Police's homicide and major enquiry team, said Kyle "
        "had been with a group of friends.",
        [("Louise Harker", "indirect", "kyle group friends")],
    ),
    # a woman's name after a feminine role in the nominative keeps its ending; 'premier' after 'premierka' is the
    # man who holds the office; one of the diplomats is none of the leaders named before, and one who would not be
    # named is anonymous
    (
        "sl",
        "Premier Tomaž Vrhovnik je dejal, da predloga ne bo podprl. Portugalska premierka Inês Carvalho je dejala, "
        "da kohezija ne sme postati žrtev. Eden od diplomatov je za STA povedal, da so stališča daleč narazen. Drug "
        "diplomat, ki je želel ostati neimenovan, ocenjuje, da bo dogovor šele jeseni. Premier je povedal, da bo "
        "Slovenija podprla pomoč Kijevu.",
        [
            ("Tomaž Vrhovnik", "indirect", "predloga podprl"),
            ("Inês Carvalho", "indirect", "kohezija zrtev"),
            ("diplomat", "indirect", "stalisca narazen"),
            ("anonymous source", "indirect", "dogovor jeseni"),
            ("Tomaž Vrhovnik", "indirect", "podprla pomoc kijevu"),
        ],
    ),
    # the name of 'one of them' in an apposition; 'izjasnio se' reports a plea; an outlet that learnt it from
    # sources before its verb; an indictment whose owner the text does not give is the prosecution's
    (
        "bs",
        "Ispred suda okupilo se deset radnika. Jedan od njih, Sead Omerović, kazao je da radnici godinama trpe "
        "posljedice. Adnan Šehić se na ročištu izjasnio da nije kriv.",
        [("Sead Omerović", "indirect", "radnici godinama trpe"), ("Šehić", "indirect", "nije kriv")],
    ),
    (
        "bs",
        "Kako Oslobođenje saznaje iz pravosudnih izvora, tužilaštvo navodno istražuje i dvojicu članova odbora.",
        [("izvor", "indirect", "istrazuje dvojicu clanova")],
    ),
    (
        "bs",
        "Suđenje Adnanu Šehiću počelo je danas. Optužnicu je podiglo Kantonalno tužilaštvo. Prema navodima "
        "optužnice, dio novca završio je na računu njegovog rođaka.",
        [("Kantonalno tužilaštvo", "indirect", "novca racunu")],
    ),
    # a title with its full stop in an apposition after a role (this once failed the whole text)
    (
        "en",
        "Another outside researcher, Dr. Samuel Achebe of Imperial College London, wrote on X that the study was "
        "the most convincing case yet.",
        [("Samuel Achebe", "indirect", "convincing case")],
    ),
    ("en", "A senator, Sen. Maria Lopez, said that the bill was dead.", [("Maria Lopez", "indirect", "bill dead")]),
    # a party's short name between its name and the role; a surname that is a role word in another language
    (
        "en",
        "The New Slovenia (NSi) leader, Anže Podobnik, was less optimistic. The party would not sign the deal, he "
        "told the STA.",
        [("Anže Podobnik", "indirect", "party sign deal")],
    ),
    (
        "en",
        'GO leader Tjaša Kralj told reporters the talks were "nearly done". Kralj said she expected a deal by Friday.',
        [("Tjaša Kralj", "mixed", "talks nearly done"), ("Tjaša Kralj", "indirect", "expected deal friday")],
    ),
    # 'the' opens an outlet only after a verb of telling: 'The OSCE Mission' is the subject
    (
        "en",
        'The OSCE Mission to Serbia said in a statement that journalists "must be able to work without fear".',
        [("OSCE Mission", "mixed", "journalists work fear")],
    ),
    # a role without its article in the apposition after a quotation; a plural's possessive apostrophe is no mark
    (
        "en",
        '"Nobody has told the miners what comes after," Senad Mujkić, head of the Kakanj miners\' union, told N1.',
        [("Senad Mujkić", "direct", "nobody told miners")],
    ),
    # a spokesperson named in an apposition after the body speaks for herself
    (
        "en",
        "A spokesperson for Elektroprivreda, Lejla Kurtović, said none of the workers would be laid off.",
        [("Lejla Kurtović", "indirect", "workers laid off")],
    ),
    # a that-less clause with its own subject and verb before an inner 'that'; a long role apposition; a plural's
    # possessive inside a body's name
    (
        "en",
        'Presiding judge Ana Berić said the court had established beyond reasonable doubt that Milović "ordered" '
        "the detentions. Hajra Begović, president of the Association of Families of Missing Persons from Rogatica, "
        "told reporters that the verdict brought little peace. The Republika Srpska Veterans' Organisation wrote on "
        "Facebook that the verdict was unjust.",
        [
            ("Ana Berić", "mixed", "court established doubt ordered"),
            ("Hajra Begović", "indirect", "verdict little peace"),
            ("Veterans' Organisation", "indirect", "verdict unjust"),
        ],
    ),
    # a fronted clause ends before a gerund cue of its own; 'was quoted as saying'; 'quoted X as saying' is X's;
    # 'rejected claims by X that ...' is X's claim; an adjective opening a body's name
    (
        "en",
        'Minister Ana Berić was cautious. The measures were "already being eased", she said, adding that she '
        'expected the rest to go by June. "Not one obligation has been met," Petar Vukašinović was quoted as saying. '
        "Interfax quoted Kremlin spokesman Dmitry Peskov as saying the talks had failed. Berić rejected claims by "
        "the opposition Democratic League of Kosovo that the government was negotiating in secret.",
        [
            ("Ana Berić", "mixed", "measures eased"),
            ("Ana Berić", "indirect", "expected rest june"),
            ("Petar Vukašinović", "direct", "obligation met"),
            ("Dmitry Peskov", "indirect", "talks failed"),
            ("Democratic League of Kosovo", "indirect", "government negotiating secret"),
        ],
    ),
    # a place whose key reads as a negation ('u Nišu' → 'nisu') negates no verb; 'profesorka' is a role; 'I X i
    # Y' are joint speakers; a students' plenum is a body
    (
        "sr",
        "Rektorka Univerziteta u Nišu Vesna Kostić ocenila je da je blokada nesrazmerna. Dekan Predrag Lalić podržao "
        "je studente. I Lalić i profesorka Medicinskog fakulteta Ljiljana Babić poručili su da će se pridružiti "
        "protestu. Plenum studenata u saopštenju navodi da traži javnu sednicu Saveta.",
        [
            ("Vesna Kostić", "indirect", "blokada nesrazmerna"),
            ("Predrag Lalić", "indirect", "pridruziti protestu"),
            ("Ljiljana Babić", "indirect", "pridruziti protestu"),
            ("Plenum", "indirect", "javnu sednicu saveta"),
        ],
    ),
    # 'strateg Plavih': a team's nickname in the genitive plural is no name; the coach named before is meant
    (
        "bs",
        "„Ovo je pobjeda za navijače“, kazao je trener Željezničara Adnan Kurtović. Strateg Plavih je odgovorio "
        "da je to bila svjesna odluka.",
        [("Adnan Kurtović", "direct", "pobjeda navijace"), ("Adnan Kurtović", "indirect", "svjesna odluka")],
    ),
    # a speaker whose present-tense verb told no gender goes on when a masculine verb follows, his first name
    # telling it; a Slovenian man's name in the dative is his ('Ivanu Pernatu' is Ivan Pernat)
    (
        "sl",
        "Franc Jagodic zatrjuje, da je bil spor znan. Osumljenca bo zastopal odvetnik Boris Kramberger. Kramberger "
        "meni, da je za obtožbo prezgodaj. »Moja stranka je bila napadena prva,« je dejal. Sojenje Ivanu Pernatu se "
        "je končalo. Pernat je v zadnji besedi dejal, da se ne čuti krivega.",
        [
            ("Franc Jagodic", "indirect", "spor znan"),
            ("Boris Kramberger", "indirect", "obtozbo prezgodaj"),
            ("Boris Kramberger", "direct", "stranka napadena"),
            ("Ivan Pernat", "indirect", "cuti krivega"),
        ],
    ),
    # 'Kot so v Petrolu zapisali, ...': a body after 'v'/'iz' with a plural verb, before or after the verb, whatever
    # its name looks like
    (
        "sl",
        "Kot so v Petrolu zapisali v sporočilu za javnost, je podražitev posledica višjih cen na borzah. Kot so "
        "sporočili iz Dravita, bodo odpuščanja preprečili.",
        [("Petrol", "indirect", "podrazitev visjih cen"), ("Dravit", "indirect", "odpuscanja preprecili")],
    ),
    # an air force is a body; the agency that was told is not who told it
    (
        "sl",
        "Ukrajinsko vojno letalstvo je na Telegramu sporočilo, da je Rusija poslala 96 dronov. Vir iz ukrajinske "
        "vlade naj bi agenciji AFP potrdil, da Kijev takšni kupčiji nasprotuje.",
        [("vojno letalstvo", "indirect", "rusija poslala dronov"), ("vir", "indirect", "kijev kupciji nasprotuje")],
    ),
    # what people are familiar with belongs to them, not to the content; 'a man who ...' speaks
    (
        "en",
        "Some board members argued for an immediate increase, according to people familiar with the discussions, "
        "who asked not to be named. A man who was waiting inside the takeaway told Sky News he heard shouting.",
        [("anonymous source", "indirect", "board members increase"), ("man", "indirect", "heard shouting")],
    ),
    # circles are sources; a wire report's credits line says nothing
    (
        "bs",
        "Kako saznaje N1 iz diplomatskih krugova, ambasadori zemalja Kvinte razmatraju zajedničko pismo.",
        [("izvor", "indirect", "ambasadori kvinte pismo")],
    ),
    ("sl", "Kot so povedali v vladnih krogih, bo zakon umaknjen do petka.", [("vir", "indirect", "zakon umaknjen")]),
    (
        "en",
        '"We are reading about our own sanctions in the newspapers," the diplomat said.\n\n(Reporting by Reuters; '
        "Writing by Tom Ashcroft; Editing by Gareth Moyle)",
        [("diplomat", "direct", "reading sanctions newspapers")],
    ),
    # 'the Northern Irishman' refers back to the man just named; a day after 'on' governs nothing after it
    (
        "en",
        'Wrexford City manager Gavin Rourke said the win was "the moment our season started". Asked whether the '
        'injury looked serious, the Northern Irishman said: "It doesn\'t look great." Later on Sunday the club '
        "confirmed in a statement that Pennock had ruptured a ligament.",
        [
            ("Gavin Rourke", "mixed", "season started"),
            ("journalists", "indirect", "injury serious"),
            ("Gavin Rourke", "direct", "look great"),
            ("Wrexford City", "indirect", "pennock ruptured ligament"),
        ],
    ),
    # a condition set into a future clause does not cut the clause: its verb is still the future's
    (
        "sl",
        "Vodja opozicije Bojan Žagar je kritiziral vlado. Po Žagarjevih besedah bo opozicija, če bo koalicija "
        "vztrajala, predlagala posvetovalni referendum.",
        [("Bojan Žagar", "indirect", "opozicija predlagala referendum")],
    ),
    # a quotation ending in a question mark keeps its cue and speaker after it; an unnamed source that opened the
    # sentence before is whom 'he' takes up
    (
        "en",
        '"How many more times will we be counting bodies?" Matthias Brenner, a spokesman for the UN refugee agency, '
        "asked at a briefing. A senior officer, who spoke on condition of anonymity, gave a different picture. The "
        "boat was spotted on Sunday morning, he told AFP.",
        [
            ("Matthias Brenner", "direct", "counting bodies"),
            ("anonymous source", "indirect", "boat spotted sunday"),
        ],
    ),
    # a sheriff speaks; fronted content before a body and its short name set off by commas
    (
        "en",
        "A tornado carved a path through this small town late Monday, killing at least six people, the county "
        "sheriff said. The coalition won 37.4 per cent of the vote, the State Election Commission, DIK, said on "
        "Monday.",
        [
            ("sheriff", "indirect", "tornado carved path"),
            ("State Election Commission", "indirect", "coalition won vote"),
        ],
    ),
    # who answers is whom the journalists asked; what an outlet learns it learns from sources it does not name
    (
        "hr",
        "Premijer Davor Lukačević rekao je da porez ostaje. Zastupnik Toni Bašić na Facebooku je napisao da je to "
        'kopija. Lukačevića su novinari pitali hoće li porez obuhvatiti i apartmane. "Hoće, ali uz prijelazno '
        'razdoblje", odgovorio je. Kako doznaje Jutarnji, ni u HDZ-ovu klubu nisu svi oduševljeni modelom.',
        [
            ("Davor Lukačević", "indirect", "porez ostaje"),
            ("Toni Bašić", "indirect", "kopija"),
            ("novinari", "indirect", "porez obuhvatiti apartmane"),
            ("Davor Lukačević", "direct", "prijelazno razdoblje"),
            ("izvor", "indirect", "klubu odusevljeni modelom"),
        ],
    ),
    # an aside between en dashes inside the clause; 'that' of a relative clause or a demonstrative is no
    # complementizer
    (
        "en",
        "Peter Ashdown said the offer on the table – a 3.8% rise over two years – was fair.",
        [("Peter Ashdown", "indirect", "offer table rise fair")],
    ),
    (
        "en",
        "Tasha Greer said volunteers had been told to expect twice that number before the storm arrived.",
        [("Tasha Greer", "indirect", "volunteers told expect twice")],
    ),
    (
        "en",
        'Daria Sokolova said a hip problem that had troubled her since Rome was "not a factor".',
        [("Daria Sokolova", "mixed", "hip problem troubled factor")],
    ),
    # a long apposition of a role and its body; 'regretted that' reports; 'with their union warning that'
    (
        "en",
        "Dawn Mulcahy, the general secretary of the Rail and Freight Workers’ Union (RFWU), said her members had "
        "been “pushed to the edge”. Marta Lindqvist said Brussels had taken note of the vote and regretted that the "
        "recommendations had been ignored. Signallers walked out on Wednesday, with their union warning that further "
        "action would follow.",
        [
            ("Dawn Mulcahy", "mixed", "members pushed edge"),
            ("Marta Lindqvist", "indirect", "brussels taken note"),
            ("Marta Lindqvist", "indirect", "recommendations ignored"),
            ("union", "indirect", "further action follow"),
        ],
    ),
    # a clause of time after the comma is no source ('nakon što je Index objavio'); 'našeg sugovornika' is
    # anonymous; a party whose name ends in '!' ends no sentence
    (
        "hr",
        "Ministar Davor Grgić podnio je ostavku, tri dana nakon što je Index objavio dokumente. Prema riječima našeg "
        "sugovornika, premijer je ministru dao rok do jutra. Zastupnik Mosta Ante Kuzmanić i saborski zastupnik "
        "Možemo! Luka Šimić poručili su da će u petak predati zahtjev.",
        [
            ("izvor", "indirect", "premijer ministru rok"),
            ("Ante Kuzmanić", "indirect", "petak predati zahtjev"),
            ("Luka Šimić", "indirect", "petak predati zahtjev"),
        ],
    ),
    # "Slovenia's Luka Vodušek": whose he is, then who; 'he' takes up the man
    (
        "en",
        'Slovenia\'s Luka Vodušek seized the yellow jersey on Tuesday. "I felt good all day," he said.',
        [("Luka Vodušek", "direct", "felt good day")],
    ),
    # the spokesperson of a named office-holder is not the holder; 'one of them' after unnamed diplomats
    (
        "en",
        'A spokesperson for Belgian Prime Minister Pieter Dewaele said Belgium would meet the target "in full". Two '
        'NATO diplomats, who spoke on condition of anonymity, said the deadline was struck out. "It was either a '
        'vague text or no text," one of them said.',
        [
            ("spokesperson for Pieter Dewaele", "mixed", "belgium meet target"),
            ("anonymous source", "indirect", "deadline struck"),
            ("anonymous source", "direct", "vague text"),
        ],
    ),
    # an English first name the list lacks before a surname that is a first name too is one name
    (
        "en",
        'Owain Pritchard, the duty manager, said: "We saw the river rise." Carys Lloyd, 67, said the water had come '
        'up through the floorboards. "I\'ve lost everything downstairs," she said.',
        [
            ("Owain Pritchard", "direct", "river rise"),
            ("Carys Lloyd", "indirect", "water floorboards"),
            ("Carys Lloyd", "direct", "lost everything downstairs"),
        ],
    ),
    # a surname that is a common word ('Petek'); the Slovenian dual ('opozarjata'); a declined common noun that
    # opens the sentence is whom the verb addresses ('Občane je pozval')
    (
        "sl",
        "Glavna ekonomistka Urška Petek je dejala, da bo slabše. Ekonomist Mitja Kovše meni, da bo bolje. Tako Kovše "
        "kot Petkova opozarjata, da bodo ključna pogajanja o plačah. Policist Uroš Kavčič je vodil preiskavo. "
        "Občane je pozval, naj ga ne skušajo ustaviti sami.",
        [
            ("Urška Petek", "indirect", "slabse"),
            ("Mitja Kovše", "indirect", "bolje"),
            ("Mitja Kovše", "indirect", "kljucna pogajanja placah"),
            ("Urška Petek", "indirect", "kljucna pogajanja placah"),
            ("Uroš Kavčič", "indirect", "ustaviti sami"),
        ],
    ),
    # a name and its relative clause before 'said' are the subject, not content with an inverted cue; 'the
    # detective' takes up the detective sergeant named before
    (
        "en",
        "Sunita Bhatt, who has run the shop for 16 years, said her son, 17, had been serving while she unpacked a "
        'delivery. Detective Sergeant Liam Corcoran said: "This was a frightening ordeal for a young man." The '
        "detective said officers were going through CCTV.",
        [
            ("Sunita Bhatt", "indirect", "son serving unpacked"),
            ("Liam Corcoran", "direct", "frightening ordeal"),
            ("Liam Corcoran", "indirect", "officers cctv"),
        ],
    ),
    # 'voted no.' ends the sentence ('No.' is an abbreviation before a number only); 'proposed by' after a comma
    # is what was done, not said
    (
        "en",
        "Mayor Denise Okafor said it was fine. The project, proposed by Halvorsen Group, would set aside 48 units. "
        "Councilwoman Rachel Brandt, whose ward includes the site, voted no. She said the developer had never "
        "completed a traffic study.",
        [("Denise Okafor", "indirect", "fine"), ("Rachel Brandt", "indirect", "developer traffic study")],
    ),
    # a dateline's province ('Ont.') ends no sentence and its dash opens no quotation; 'that' before a past tense
    # opens a relative clause
    (
        "en",
        "PORT ALDOUS, Ont. — Meunier's Hardware will close for good on May 30, owner Gilles Meunier said Thursday. He "
        "said the big-box store that opened off Highway 7 in 2022 had cut sales by almost 40 per cent.",
        [
            ("Gilles Meunier", "indirect", "hardware close may"),
            ("Gilles Meunier", "indirect", "store opened highway sales"),
        ],
    ),
    # 'a red heavy rain warning' is a noun; a body's possessive of several words before a role and its holder; a
    # sentence naming no one but speaking of 'her' keeps the subject before it
    (
        "en",
        "MetService has issued a red heavy rain warning for the district. Waikōura District Council's emergency "
        'management manager, Stuart Ngata, had a blunt message: "Pack a grab bag tonight." Lorraine Fifield, 58, '
        'was filling sandbags. Her house flooded in 2023. "You don\'t forget the smell," she said.',
        [("Stuart Ngata", "direct", "pack grab bag"), ("Lorraine Fifield", "direct", "forget smell")],
    ),
    # a witness testifies ('izpovedala'); a court's expert witness is a role
    (
        "sl",
        "Natakarica Zdenka Bizjak je pred senatom izpovedala, da je obtoženi grozil žrtvi. Sodni izvedenec za sodno "
        "medicino Igor Štrukelj je pojasnil, da je žrtev umrla zaradi dveh vbodnih ran.",
        [("Zdenka Bizjak", "indirect", "obtozeni grozil"), ("Igor Štrukelj", "indirect", "umrla vbodnih ran")],
    ),
    # a demand repeated by a verb is one statement, and who is to resign inside it is no speaker
    (
        "hr",
        "Predsjednik stranke Ivan Perković ponovio je zahtjev da Horvat podnese ostavku do petka.",
        [("Ivan Perković", "indirect", "horvat podnese ostavku")],
    ),
    # a forecaster is a role; 'Lučke' is an adjective of the body's name
    (
        "hr",
        "Prema riječima dežurne prognostičarke DHMZ-a Ivane Šarić, vrhunac vala tek dolazi. Iz Lučke uprave Rijeka "
        "poručili su da ugovor ne dopušta smanjenje broja radnika.",
        [("Ivana Šarić", "indirect", "vrhunac vala"), ("Lučka uprava Rijeka", "indirect", "ugovor smanjenje radnika")],
    ),
    # a clause of time opening the sentence holds no subject for the pronoun-less verb after it
    (
        "sl",
        "Ko je vodnik restavraciji Hiša Brinje podelil drugo zvezdico, je kuhar Nejc Lavrič novico izvedel sredi "
        "priprave kosila. Pravi, da je telefon odložil in nadaljeval z delom.",
        [("Nejc Lavrič", "indirect", "telefon odlozil")],
    ),
    # 'according to the state statistics office': a body described by lower-case nouns; 'the UN refugee agency,
    # UNHCR,': the rest of a body's name and its short name are not what was said
    (
        "en",
        "Annual inflation stood at 5.1 percent in May, according to the state statistics office. According to the UN "
        "refugee agency, UNHCR, more than 1,400 people have died on the route this year.",
        [("state statistics office", "indirect", "annual inflation percent"), ("UN", "indirect", "1,400 people died")],
    ),
    # a title, a name and where the person serves between a quotation and its verb
    (
        "en",
        '"We have no evidence that Connor came to harm, but every hour matters," Sgt. Andrea Whelan of Kings '
        'District RCMP said at a briefing Monday. "Somebody driving that road may have seen him."',
        [("Andrea Whelan", "direct", "evidence connor hour somebody road")],
    ),
    # one body whose name holds 'and', after 'a spokesperson for'
    (
        "en",
        "In a statement, a spokesperson for HSE West and North West said the decision followed a shortage of staff.",
        [("HSE West and North West", "indirect", "decision followed shortage")],
    ),
    # an official is a role (and one who would stay anonymous is a source); 'joj odgovara' suits, it answers nothing
    (
        "hr",
        "Kako doznaje Index iz izvora bliskih istrazi, specifikacija je napisana tako da joj odgovara samo jedan "
        "ponuđač. Jedan visoki dužnosnik HDZ-a, koji je želio ostati anoniman, rekao je za Index da premijer o "
        'smjeni "zasad ne razmišlja".',
        [("izvor", "indirect", "specifikacija ponud"), ("dužnosnik", "mixed", "premijer smjeni razmislja")],
    ),
    # a nationality before a name is his description, not his name; alone, it refers back to the man just named
    (
        "sl",
        "Etapo je dobil Španec Tomás Ibarra. »Bil sem le pametnejši,« je dejal Ibarra. Španec meni, da bo Slovenec "
        "v tretjem tednu kandidat za oder.",
        [("Tomás Ibarra", "direct", "pametnejsi"), ("Tomás Ibarra", "indirect", "slovenec kandidat oder")],
    ),
    # a foreign team's name in the genitive before a foreign first name ends where the name begins
    (
        "sl",
        "Športni direktor ekipe Norda Marc Verbeke je bil zadovoljen. Po njegovih besedah je ekipa opravila vse, kar "
        "je načrtovala.",
        [("Marc Verbeke", "indirect", "ekipa opravila")],
    ),
    # 'Another said' after two diplomats is another of them; 'Pressed on whether' is the journalists' question
    (
        "en",
        "Two EU diplomats said the talks were stuck. Another said the question could be settled by the end of "
        'October. Pressed on whether the government would meet its pledge, the health secretary said: "Yes, we will '
        'meet it."',
        [
            ("EU diplomats", "indirect", "talks stuck"),
            ("EU diplomats", "indirect", "question settled october"),
            ("journalists", "indirect", "government meet pledge"),
            ("health secretary", "direct", "yes meet"),
        ],
    ),
    # a school's principal is a role, whom 'the principal' takes up
    (
        "en",
        "Principal Angela Morrow broke the news. The principal, who has led Birchwood for nine years, said all 14 "
        "teachers would be offered positions.",
        [("Angela Morrow", "indirect", "teachers offered positions")],
    ),
    # 'the automaker' is the company named before, not the safety administration named since
    (
        "en",
        "Halvorsen Motors is recalling 412,000 vehicles because brake lines can corrode, the National Highway "
        "Traffic Safety Administration said on Wednesday. The automaker said in a statement it was aware of 37 "
        "crashes.",
        [
            ("National Highway Traffic Safety Administration", "indirect", "halvorsen recalling"),
            ("Halvorsen Motors", "indirect", "aware 37 crashes"),
        ],
    ),
    # a woman's form of a surname in -r takes '-jeva' ('Pečarjeva' after 'Katja Pečar')
    (
        "sl",
        "»Piran ni park,« je dejala županja Katja Pečar. Pečarjeva je pojasnila, da je trg obiskalo 14.000 ljudi.",
        [("Katja Pečar", "direct", "piran park"), ("Katja Pečar", "indirect", "trg obiskalo ljudi")],
    ),
    # a verb inside what was reported is part of it, not a statement of its own; an apposition inside the reported
    # clause does not end it
    (
        "en",
        "Prosecuting, Amira Shah told the court the marshal, a 62-year-old man, had asked the defendant to join the "
        "back of the taxi queue.",
        [("Amira Shah", "indirect", "marshal asked defendant queue")],
    ),
    (
        "sr",
        "Izvori Danasa u Vladi navode da je premijerka tražila da se odredba o licencama odloži za 2027. godinu.",
        [("izvor", "indirect", "premijerka odredba licencama")],
    ),
    # a long body's name with 'and' in it, and what it is known as after it
    (
        "en",
        "The fire had burned more than 31,000 acres by Tuesday morning, according to the California Department of "
        "Forestry and Fire Protection, known as Cal Fire.",
        [("California Department of Forestry and Fire Protection", "indirect", "fire burned 31,000 acres")],
    ),
    # a body's name, a role in lower case and a name between a quotation and its verb
    (
        "en",
        '"There\'s no doubt in my mind they saved his life," Surf Life Saving NSW duty officer Craig Pendlebury told '
        "ABC Mid North Coast.",
        [("Craig Pendlebury", "direct", "doubt saved life")],
    ),
    # a party named a bloc
    (
        "bs",
        "„Ko blokira ambasadore, blokira i svaki put u Evropu“, objavio je Građanski blok na svom Facebook profilu.",
        [("Građanski blok", "direct", "blokira ambasadore")],
    ),
    # an outlet of two words with a lower-case second ('za Večernji list') between the verb and its subject
    (
        "hr",
        "Rekao je to Boris Vukelić. „Plaće rastu, ali ljudi to ne osjećaju“, kazao je za Večernji list predsjednik "
        "Saveza samostalnih sindikata Hrvatske Zdravko Mlinarić.",
        [("Zdravko Mlinarić", "direct", "place rastu osjecaju")],
    ),
    # a capitalised title before the name: a later 'the minister' is the one who last spoke as one
    (
        "en",
        "U.S. envoy Mark Dole, who has led the talks, wrote on X that progress was real. Foreign Minister Anna Berg "
        'said Kyiv would not cede land. "We have shown flexibility," the minister told a news conference.',
        [
            ("Mark Dole", "indirect", "progress real"),
            ("Anna Berg", "indirect", "cede land"),
            ("Anna Berg", "direct", "shown flexibility"),
        ],
    ),
    # a quoted phrase that opens the reported clause, whose verb follows it
    (
        "en",
        'Minister Jane Roe spoke briefly. The minister said "all options" remained on the table.',
        [("Jane Roe", "mixed", "all options remained table")],
    ),
    # a participle between the article and its noun is no verb of saying
    ("en", "The proposed 210-kilometre road would cross the reserve.", []),
    # the place an interviewee spoke from is not the interviewee, however often its last word comes up
    (
        "en",
        "Ingrid Dahl, who leads the UN's aid operation in Sudan, steps down this month. Sudan faces famine, and "
        "donors have cut aid to Sudan. Dahl spoke to reporters by phone from Port Sudan.\n\nWhat are you handing "
        "over?\n\nA situation worse than the one I inherited.\n\nIs famine spreading?\n\nYes, to five more "
        "districts since June.",
        [("Ingrid Dahl", "direct", "situation worse inherited"), ("Ingrid Dahl", "direct", "five districts june")],
    ),
    # 'the palace' is the palace named before; a relative clause about the speaker says nothing new
    (
        "en",
        "Prince Edmund is to marry Sofia Lindahl, Buckingham Palace has announced. The wedding will be in Windsor, "
        "though the palace said further details would follow.",
        [("Buckingham Palace", "indirect", "marry lindahl"), ("Buckingham Palace", "indirect", "details follow")],
    ),
    (
        "en",
        '"This is a modern match," said Harriet Cole, a former press officer who now writes about the royal family. '
        '"But the public will want to know who pays."',
        [("Harriet Cole", "direct", "modern match public pays")],
    ),
    # a subject's aside, then a verb that takes an object: no content before the comma
    (
        "en",
        "The palace spokesperson said the couple were delighted. Lindahl, 31, best known for playing a detective, "
        "posted a photograph of the couple on Instagram.",
        [("spokesperson", "indirect", "couple delighted")],
    ),
    # a fronted clause of where, then the speaker, a that-less clause and 'but': not a cue set into content
    (
        "en",
        "Outside the council offices, Ina MacLeod, 81, of Balnacross, says she will cope, but only just.",
        [("Ina MacLeod", "indirect", "cope only just")],
    ),
    # an unnamed aide and what describes him, up to the comma
    (
        "en",
        "According to a Senate aide familiar with the negotiations, at least eight Republicans back the bill.",
        [("anonymous", "indirect", "eight republicans back bill")],
    ),
    # a nationality before a role and a name is no name itself
    (
        "en",
        "His second, the Georgian grandmaster Nino Kvaratsia, said the team would change nothing.",
        [("Nino Kvaratsia", "indirect", "team change nothing")],
    ),
    # 'the governor' after a deputy governor is named, and after a question that named 'the governor'
    (
        "en",
        "Central bank governor Andrés Villalobos resigned on Wednesday. Sources said deputy governor Carla Meneses "
        "would succeed him. Asked whether she had pressured the governor, Finance Minister Rocío Salgado said: "
        '"I have said what I think." Later the governor said: "I leave with a clear conscience."',
        [
            ("anonymous", "indirect", "meneses succeed"),
            ("journalists", "indirect", "pressured governor"),
            ("Rocío Salgado", "direct", "said what think"),
            ("Andrés Villalobos", "direct", "clear conscience"),
        ],
    ),
    # a judge of a court, the court named after her; a clause going on quoted after an inserted cue
    (
        "en",
        "Judge Miriam Castellanos of the U.S. District Court for the Southern District of New York wrote that "
        'copying books is not transformative. The question of fair use, she added, "cannot be resolved on the '
        'pleadings."',
        [
            ("Miriam Castellanos", "indirect", "copying books transformative"),
            ("Miriam Castellanos", "mixed", "question fair use resolved pleadings"),
        ],
    ),
    # the source after 'according to' described by a relative clause: the content came before
    (
        "en",
        "Two people were killed when a tree fell on their car, according to a sheriff's office official who spoke "
        "on condition of anonymity.",
        [("anonymous", "indirect", "two people killed tree")],
    ),
    # pressed by reporters: the journalists' question, then the answer
    (
        "en",
        "After the hearing, pressed by reporters on whether the White House would accept a lower figure, Kessler "
        "said he would not negotiate in public.",
        [("journalists", "indirect", "white house accept lower"), ("Kessler", "indirect", "negotiate public")],
    ),
    # a name, a description and a relative clause, then the verb
    (
        "en",
        "Security Minister Daniel Whitlock spoke. Rachel Osei, the Labour MP for Leeds South West, who chairs the "
        'all-party group on China, wrote on X: "I have been told my email was targeted."',
        [("Rachel Osei", "direct", "email targeted")],
    ),
    # coordinated 'that' clauses after a gerund are one statement each; 'reiterated' reports
    (
        "en",
        "Dockworkers rejected the offer, arguing that the port was still profitable last year and that the owners "
        "were moving work abroad to cut costs.",
        [
            ("Dockworkers", "indirect", "port profitable"),
            ("Dockworkers", "indirect", "owners moving work abroad"),
        ],
    ),
    (
        "en",
        "The central bank left rates unchanged and reiterated that it was prepared to intervene in currency markets.",
        [("bank", "indirect", "prepared intervene currency")],
    ),
    # 'according to' a document: who issued or compiled it, after its participle; the content stands before
    (
        "en",
        "Economists had expected growth of 1.2%, according to the median of forecasts compiled by Bloomberg.",
        [("Bloomberg", "indirect", "economists expected growth")],
    ),
    (
        "en",
        "The recall covers 12 lots made in Ohio, according to a notice posted on the FDA's website.",
        [("FDA", "indirect", "recall covers lots")],
    ),
    (
        "en",
        "Staff at the plant skipped safety checks for months, according to an OSHA inspection report reviewed by "
        "Reuters.",
        [("OSHA", "indirect", "staff skipped safety checks")],
    ),
    # ', and <title> <name> said': another speaker's clause ends the first
    (
        "en",
        "The government said its own figures put turnout at 38%, and Interior Minister Pablo Ortiz said the vote "
        "was fair.",
        [("government", "indirect", "figures turnout"), ("Pablo Ortiz", "indirect", "vote fair")],
    ),
    # a description set into the reported clause's subject; a region before a relative clause; police ranks
    (
        "en",
        "Sheriff Dale Hutchins said the driver, a 61-year-old woman with 14 years behind the wheel, tried to steer "
        "back onto the road.",
        [("Dale Hutchins", "indirect", "driver steer road")],
    ),
    (
        "en",
        "Prosecutor Ciara Devlin said the victim, 54-year-old local man Brendan Quinn, had been cycling home.",
        [("Ciara Devlin", "indirect", "victim cycling home")],
    ),
    (
        "en",
        "Nuala Byrne, 44, a former teacher from Ardnaclogh, Co Donegal, who wrote the novel before work, told the "
        "audience that she had not prepared a speech.",
        [("Nuala Byrne", "indirect", "prepared speech")],
    ),
    (
        "en",
        "PC Graham Tulloch, a collision investigator with Wessex Police, told the hearing that the car had been "
        "travelling at about 38mph.",
        [("Graham Tulloch", "indirect", "car travelling 38mph")],
    ),
    (
        "en",
        "Delgado, a retired teacher, told supporters at the Steamfitters Local 412 hall on Tuesday night that she "
        "was cautiously optimistic.",
        [("Delgado", "indirect", "cautiously optimistic")],
    ),
    # a gerund after a verb of beginning or stopping is what is done, not said; a chief executive's title
    (
        "en",
        "The ward will stop admitting patients from Monday, the health trust said.",
        [("trust", "indirect", "ward admitting patients monday")],
    ),
    (
        "en",
        '"Even a subsidised session is a heavy burden," said KCCF chief executive Dr Priya Menon, 52.',
        [("Priya Menon", "direct", "subsidised session burden")],
    ),
    # an initial after a hyphen ends no sentence; a party and state of initials; a body's name of two 'of'/'for';
    # a name that ends in a word that is also a first name
    (
        "en",
        "Nordstrand Container Line said it would reroute two of its Asia-U.S. East Coast services via the Suez Canal.",
        [("Nordstrand Container Line", "indirect", "reroute services suez")],
    ),
    (
        "en",
        "Senate Minority Leader Rosa Delgado, D-N.M., wrote on X that the bill was a disgrace.",
        [("Rosa Delgado", "indirect", "bill disgrace")],
    ),
    (
        "en",
        "The Court of Arbitration for Sport said on Monday that the four-year ban would stand.",
        [("Court of Arbitration for Sport", "indirect", "ban stand")],
    ),
    # a court's act or a condemnation with no words given is no statement
    (
        "en",
        "The Court of Arbitration for Sport on Monday dismissed the biathlete's appeal against a four-year ban.",
        [],
    ),
    # the hour's 'p.m.' ends no sentence before a day; a document seen by an outlet, and who sent it
    (
        "en",
        "Police said the boy was last seen at about 3:15 p.m. Friday near the school gates.",
        [("Police", "indirect", "boy last seen friday gates")],
    ),
    (
        "en",
        "According to a justice ministry document seen by Reuters, a prison medical board recommended the pardon.",
        [("justice ministry", "indirect", "board recommended pardon")],
    ),
    (
        "en",
        "Northfield Hospitals Trust apologised. Patients have been told they will be offered new dates, according "
        "to a letter sent by the trust and seen by the Guardian.",
        [("Northfield Hospitals Trust", "indirect", "patients offered dates")],
    ),
    # a promise of two things; an appeal to someone to do something; a title of a body before the holder's name;
    # what a letter read is its writers'; 'ruled out' is no ruling
    (
        "en",
        "Gagnon pledged to hold the tax rate flat for two years and to ask the council to review every budget line.",
        [("Gagnon", "indirect", "hold tax rate flat"), ("Gagnon", "indirect", "council review budget")],
    ),
    (
        "en",
        "Sergeant Nomvula Jafta appealed to scrap metal dealers in the area to be on the lookout for the bell.",
        [("Nomvula Jafta", "indirect", "dealers lookout bell")],
    ),
    (
        "en",
        'Local Member of the Senedd Rhodri Llywelyn said the case raised "wider questions" about rural care homes.',
        [("Rhodri Llywelyn", "mixed", "case raised wider questions")],
    ),
    (
        "en",
        "More than 300 academics have signed an open letter against the plan. "
        '"Closing a music department with a 90-year history is not a saving," the letter reads.',
        [("academics", "direct", "closing music department")],
    ),
    (
        "en",
        "Ruth Okafor said that option had been looked at and ruled out by the engineers.",
        [("Ruth Okafor", "indirect", "option looked ruled out engineers")],
    ),
    # a body's name with 'and' before its noun; a warning to the subject by no one named is no statement
    (
        "en",
        "The Trinidad and Tobago Red Cross Society said volunteers had handed out 900 hampers since Saturday.",
        [("Trinidad and Tobago Red Cross Society", "indirect", "volunteers hampers")],
    ),
    (
        "en",
        "A man who punched a taxi marshal outside a Barnsley nightclub has been warned he could be jailed.",
        [],
    ),
    # an agency's credit opening the story is no subject
    (
        "en",
        "(Bloomberg) -- Reserve Bank Governor Michael Harrow signaled the easing cycle may be over, saying "
        'inflation was proving "stickier than we would like".',
        [("Michael Harrow", "indirect", "easing cycle over"), ("Michael Harrow", "mixed", "inflation stickier")],
    ),
    # a name with a role in capitals before it, then a relative clause: the name is the subject, not the role's
    # first word; nor a body named after 'of', nor the object of a verb before
    (
        "en",
        "Fair board president Wendell Hoogstra, who has volunteered with the fair for 41 years, said the board was "
        '"sick about it."',
        [("Wendell Hoogstra", "mixed", "board sick")],
    ),
    (
        "en",
        "Vireo Chief Executive Tomás Echeverría, who will become vice chairman, told Reuters that the board had "
        "weighed other offers.",
        [("Tomás Echeverría", "indirect", "board weighed offers")],
    ),
    # advice and appeals with a long addressee; a body's initials after its name
    (
        "en",
        "The Environment Agency said the spill was serious. The EA has advised people to keep dogs out of the water.",
        [
            ("Environment Agency", "indirect", "spill serious"),
            ("Environment Agency", "indirect", "people keep dogs water"),
        ],
    ),
    (
        "en",
        "Officer Sarah Redhead urged anyone who saw anything unusual near the river at the weekend to contact the "
        "hotline.",
        [("Sarah Redhead", "indirect", "anyone unusual contact hotline")],
    ),
    # a letter seen by an outlet, set between the verb and its clause; 'adding' a quantity is no report; the
    # description of the sources after 'according to' ends the sentence, the content came before
    (
        "en",
        "The principal, Gráinne Hogan, wrote in a letter to parents, seen by The Irish Times, that a pupil had been "
        "confirmed as a case.",
        [("Gráinne Hogan", "indirect", "pupil confirmed case")],
    ),
    (
        "en",
        "Lorries will be diverted through Angoda, adding roughly 25 minutes to journeys, the police said.",
        [("police", "indirect", "lorries diverted angoda")],
    ),
    (
        "en",
        "The talks ended without a joint communique, according to three officials involved in the negotiations.",
        [("officials", "indirect", "talks ended communique")],
    ),
    # one addressee, then the clause's own subject; a tally by an outlet, then a clause of time
    (
        "en",
        "Fire Chief Dale Brekke told trustees the station had gone without a full crew on half of its calls.",
        [("Dale Brekke", "indirect", "station gone crew calls")],
    ),
    (
        "en",
        "At least 63 people have died of heatstroke since the heatwave began, according to a tally by public "
        "broadcaster NHK, as temperatures topped 40 degrees Celsius.",
        [("NHK", "indirect", "people died heatstroke")],
    ),
    # a reported clause after the quotation, of the same verb
    (
        "en",
        'Brekke said "nothing is permanent," but that he would not hold out false hope.',
        [("Brekke", "direct", "nothing permanent"), ("Brekke", "indirect", "false hope")],
    ),
    # where it was said between the addressee and the clause; an outlet with its kind before its name; 'repeated
    # that'; a participle's aside between the subject and the verb
    (
        "en",
        "WHO spokesperson Margit Olsen told reporters in Geneva the agency had shipped 1.2 million doses.",
        [("Margit Olsen", "indirect", "agency shipped doses")],
    ),
    (
        "en",
        'Deputy Foreign Minister Andrei Zolotov told state news agency RIA Novosti the talks had been "businesslike".',
        [("Andrei Zolotov", "mixed", "talks businesslike")],
    ),
    (
        "en",
        "Prime Minister Clément Roussel, visiting a factory in Lorraine, repeated that the reform was necessary.",
        [("Clément Roussel", "indirect", "reform necessary")],
    ),
    # a that-less clause with its own verb after 'confirmed'; a confirmed thing is none
    (
        "en",
        "The Electoral Commission confirmed a countback would be held to fill the vacancy.",
        [("Electoral Commission", "indirect", "countback held vacancy")],
    ),
    ("en", "The ministry confirmed the deal on Monday.", []),
    # a request after another predicate: 'and asked anyone interested to call ...'
    (
        "en",
        "Shirley Baptiste said the club is looking for volunteers to build a new shed and asked anyone interested "
        "to call the club before the end of September.",
        [
            ("Shirley Baptiste", "indirect", "club looking volunteers shed"),
            ("Shirley Baptiste", "indirect", "anyone interested call club"),
        ],
    ),
    # 'after the result was announced' is no one's announcement: the quotation after it goes on with the speaker
    (
        "en",
        '"The government has a mandate," Holub told reporters minutes after the result was announced. "We will send '
        'the budget to this house by the end of the month."',
        [("Holub", "direct", "government mandate budget house")],
    ),
    # a person's name ends at its possessive: the surname alone later is that person
    (
        "en",
        "Results showed Prime Minister Janis Ozols's Unity Party ahead with 29 percent.\n\nOpposition leader Juris "
        "Liepa said his party had won the argument.\n\nOzols struck a more cautious tone.\n\nHe said he would "
        "talk to all parties that back the budget.",
        [("Juris Liepa", "indirect", "party won argument"), ("Janis Ozols", "indirect", "talk parties budget")],
    ),
    # the state after a town is part of where the speaker is from, not the speaker
    (
        "en",
        "Carla Mendez, a teacher from Austin, Texas, said the plan would leave schools short of money.",
        [("Carla Mendez", "indirect", "plan schools short money")],
    ),
    (
        "en",
        "District Judge Ruth Ambler in Richmond, Virginia, wrote that the company had misled its customers.",
        [("Ruth Ambler", "indirect", "company misled customers")],
    ),
    # a role of something, in lower case, then the name of its holder; a place after 'of the' is no name
    (
        "en",
        "Head of science and deputy head Orla Tierney said the new laboratory would open in the spring.",
        [("Orla Tierney", "indirect", "laboratory open spring")],
    ),
    (
        "en",
        "Chief executive of the trust Martin Cole told the board the waiting list had grown by a fifth.",
        [("Martin Cole", "indirect", "waiting list grown fifth")],
    ),
    (
        "en",
        '"Nobody tells us anything," a resident of the Old Quarter neighbourhood told reporters.',
        [("resident", "direct", "nobody tells anything")],
    ),
    # a short name before a relative clause, then the verb: the name is the subject, not what was said
    (
        "bs",
        "Kompanija Vranica Gradnja, koja cestu gradi od 2022. godine, odgovorila je portalu Klix pisanim putem. "
        "U odgovoru navode da će radovi biti završeni do ljeta.",
        [("Vranica Gradnja", "indirect", "radovi zavrseni ljeta")],
    ),
    (
        "sl",
        "Kovač, ki se brani s prostosti, je vse očitke zanikal. »Nikoli nisem podpisal lažnega računa,« je dejal "
        "pred senatom.",
        [("Kovač", "direct", "nikoli podpisal racuna")],
    ),
    # 'podsjećaju', 'napominje' and other present-tense cues; the outlet that heard an unofficial report is not
    # part of it; a forecast is a reporting phrase; an activist of an association is a person's role
    (
        "bs",
        "Iz udruženja Zeleni krug podsjećaju da je rudnik prošle godine kažnjen sa 10.000 KM.",
        [("Zeleni", "indirect", "rudnik kaznjen")],
    ),
    (
        "hr",
        "Prema neslužbenim informacijama Jutarnjeg lista, ministar bi mogao podnijeti ostavku već u ponedjeljak.",
        [("anonymous", "indirect", "ministar ostavku ponedjeljak")],
    ),
    (
        "bs",
        "Iz zavoda su najavili da će kiša padati do srijede. Prema njihovoj prognozi, vodostaj Bosne mogao bi "
        "rasti još dva dana.",
        [("zavod", "indirect", "kisa padati srijede"), ("zavod", "indirect", "vodostaj bosne rasti")],
    ),
    (
        "bs",
        'Rudnik je kažnjen tri puta. "Kazne su preniske", rekla je aktivistkinja udruženja Amra Delić.',
        [("Amra Delić", "direct", "kazne preniske")],
    ),
    # the reporter's 'as ...' after a fronted statement's cue is not the statement going on
    (
        "en",
        "Harbour Foods is closing two of its bakeries before the end of the year, the company said Monday, as it "
        "struggles with the cost of flour.",
        [("Harbour Foods", "indirect", "closing bakeries year")],
    ),
    # 'the company' is the one-word name that opens the sentence when the text names it again inside one;
    # a company that reports its results, and the analysts' estimates, say nothing
    (
        "en",
        "Velmora is cutting 400 jobs at its plant in Leeds, the company said Tuesday. Shares in Velmora fell 4%.",
        [("Velmora", "indirect", "cutting jobs leeds")],
    ),
    (
        "en",
        "Shares rose 6% in late trading after the company reported third-quarter revenue of $2.1 billion, ahead of "
        "Wall Street estimates.",
        [],
    ),
    # a bracketed acronym in the speaker's title between the quotation and the verb
    (
        "en",
        'Talks failed. "That is not a partnership, that is a takeover," Austrian Ski Federation (OeSV) president '
        "Gerald Pichler told reporters in Innsbruck.",
        [("Gerald Pichler", "direct", "partnership takeover")],
    ),
    # 'as she put it', 'as X says': an aside whose subject stands between 'as' and the verb; not 'known as X',
    # nor a clause of time whose verb has an object of its own
    (
        "en",
        'Mara Kessel studied the ice for years. She grew up in Groningen, where, as she put it, "the ground shakes '
        'because of gas extraction."',
        [("Mara Kessel", "mixed", "ground shakes extraction")],
    ),
    (
        "en",
        "Rents keep rising. As Tomas Vehko says, the city has built almost nothing in a decade.",
        [("Tomas Vehko", "indirect", "city built decade")],
    ),
    (
        "en",
        "Rescuers were still plucking residents from rooftops on Wednesday, as the mayor warned that the river would "
        "keep rising until Friday.",
        [("mayor", "indirect", "river rising friday")],
    ),
    # a surname ending like a demonym is still a surname before its verb; a law's title is no speaker; 'said it
    # twice' says how often, not what; 'she' in the sentence that named her; the unnamed source who spoke last
    (
        "en",
        "Aoife Brennan said it was unfair. Tom Garvey said the circular was clear. Brennan said parents would hand "
        "the petition to the board.",
        [
            ("Aoife Brennan", "indirect", "unfair"),
            ("Tom Garvey", "indirect", "circular clear"),
            ("Aoife Brennan", "indirect", "parents petition board"),
        ],
    ),
    (
        "en",
        "The second reading of the Rivers and Coastal Waters Bill was dull, although the environment secretary, Helen "
        "Marchbank, did her best. “This is the most ambitious legislation in a generation,” she announced. She said "
        "it twice more in the next ten minutes.",
        [("Helen Marchbank", "direct", "ambitious legislation generation")],
    ),
    (
        "en",
        "A Garda spokesperson said roads were closed. Our correspondent, Orla Dennehy, is in Castletownbere, where "
        "she reports that the harbour wall has been breached.",
        [("Garda", "indirect", "roads closed"), ("Orla Dennehy", "indirect", "harbour wall breached")],
    ),
    (
        "en",
        '"You do the maths," said Aoife Brennan. Another parent, who asked not to be named, said staff had warned '
        'her. "It is the fear of it," she said.',
        [
            ("Aoife Brennan", "direct", "maths"),
            ("parent", "indirect", "staff warned"),
            ("parent", "direct", "fear"),
        ],
    ),
    # how the speaker sounded, after when and to whom: 'je bil po tekmi za TV Slovenija vidno ganjen'; a headline
    # that gives a titled speaker her words
    (
        "sl",
        'Jan Kavčič je zmagal. "Še vedno ne verjamem," je bil po tekmi za TV Slovenija vidno ganjen 24-letni '
        "Kranjčan. Dodal je, da je bil veter ugoden.",
        [("Jan Kavčič", "direct", "verjamem"), ("Jan Kavčič", "indirect", "veter ugoden")],
    ),
    (
        "sl",
        "Dr. Nina Kramar: »Ledenik smo izgubili, zdaj gre za vodo«\n\nKlimatologinja Nina Kramar je dejala, da bo "
        "poletje vroče.",
        [("Nina Kramar", "direct", "ledenik izgubili vodo"), ("Nina Kramar", "indirect", "poletje vroce")],
    ),
    # a that-less clause after 'said in a statement': a pronoun and a present tense; a claim that opens the
    # sentence ends where the sentence's own predicate begins
    (
        "en",
        'The African Union said in a statement it "strongly condemns any attempt to seize power" and demanded that '
        "the president be released.",
        [("African Union", "mixed", "condemns seize power"), ("African Union", "indirect", "president released")],
    ),
    (
        "en",
        "The army seized power on Sunday. Moscow's claim that the president was safe could not be verified.",
        [("Moscow", "indirect", "president safe")],
    ),
    # people named by a plural noun, with a relative clause and no commas before the verb; one name and an age
    (
        "en",
        "Col Hennessy says it is dry. Counsellors who work with farming families say the financial damage is the "
        "easiest part to measure.",
        [("Col Hennessy", "indirect", "dry"), ("Counsellors", "indirect", "financial damage measure")],
    ),
    (
        "en",
        "Col Hennessy says it is dry. Lachie, 26, came home from a mining job to help. He says he had planned to "
        "stay three months.",
        [("Col Hennessy", "indirect", "dry"), ("Lachie", "indirect", "planned stay months")],
    ),
    # the narrative present of features ('»...,« pove', 'se spominja', 'sjeća se'), but not inside a 'da' clause
    (
        "sl",
        "Vas je pod plazom. »Najprej sem slišala, kot da bi nekdo po strehi valil sode,« se spominja Tončka "
        "Bertoncelj. »Nisem vzela niti očal,« pove.",
        [("Tončka Bertoncelj", "direct", "slisala sode"), ("Tončka Bertoncelj", "direct", "vzela ocal")],
    ),
    ("hr", "Ivan Horvat sjeća se da je selo nekad imalo tri škole.", [("Ivan Horvat", "indirect", "selo tri skole")]),
    ("sl", "Ne pričakujem subvencij, pričakujem pa, da mi uradnik odgovori v enem mesecu.", []),
    # whom 'jo' and 'ga' take up in a sentence with no name; a surname that is also a nationality, after the full
    # name; the dateline's place is no subject
    (
        "sl",
        "Minister Peter Kos je dejal, da bo reforma dobra. Nataša Hren, ki v Ljubljani poučuje v tretjem razredu, "
        "ocenjevanje podpira. Skrbi jo predvsem dodatno delo. »Kdo jih bo pisal?« se sprašuje.",
        [("Peter Kos", "indirect", "reforma dobra"), ("Nataša Hren", "direct", "pisal")],
    ),
    (
        "hr",
        "Župnik Antun Kolar kaže da je bilo jedno krštenje. Ivan Bošnjak (38) sedam je godina vozio viljuškar kraj "
        "Münchena. »Nisam se vratio zato što je ovdje bolje«, kaže Bošnjak.",
        [("Antun Kolar", "indirect", "krstenje"), ("Ivan Bošnjak", "direct", "vratio ovdje bolje")],
    ),
    (
        "hr",
        "DOLAC – Na klupi ispred trgovine sjedi Mato Lovrić, umirovljeni traktorist, i broji kuće u ulici. Od "
        "četrnaest, kaže, svjetlo se navečer pali u njih pet.",
        [("Mato Lovrić", "indirect", "cetrnaest svjetlo pali")],
    ),
    # court reports: a person named by initials only, the accused by what he is, the indictment as the source
    (
        "sl",
        "Sodišče je obsodilo moškega. M. K. je v zadnji besedi dejal, da ženi nikoli ni želel hudega. »Udaril je "
        "nisem nikoli,« je zatrdil.",
        [("M. K.", "indirect", "zeni hudega"), ("M. K.", "direct", "udaril nikoli")],
    ),
    (
        "sl",
        "Tožilec Boštjan Lah je zahteval 22 let zapora. Obtoženi je ves čas sojenja zatrjeval, da ni kriv.",
        [("Boštjan Lah", "indirect", "22 zapora"), ("obtožen", "indirect", "kriv")],
    ),
    (
        "sl",
        "Sodišče je obsodilo moškega. Obtožnica mu je očitala, da je ženo večkrat pretepel.",
        [("Obtožnica", "indirect", "zeno pretepel")],
    ),
    # 'se strinjata, da' (agreeing is saying so, agreeing with someone is not); a second clause's verb that shares
    # the first one's subject ('..., opozarjajo pa, da')
    (
        "sl",
        "Nataša Hren uči. Gregor Vidmar je ravnatelj. Tako Hrenova kot Vidmar se strinjata, da bi morali učitelji "
        "dobiti leto usposabljanja.",
        [
            ("Nataša Hren", "indirect", "ucitelji usposabljanja"),
            ("Gregor Vidmar", "indirect", "ucitelji usposabljanja"),
        ],
    ),
    ("sl", "Novinarji so ga vprašali, ali se strinja z navijači.", [("novinarji", "indirect", "navijaci")]),
    (
        "sl",
        "Ministrstvo je poslalo predlog. Učitelji in ravnatelji predlogu v načelu ne nasprotujejo, opozarjajo pa, "
        "da ministrstvo z njim preveč hiti.",
        [("Učitelji", "indirect", "ministrstvo hiti"), ("ravnatelji", "indirect", "ministrstvo hiti")],
    ),
    # 'according to' an acronym-led name is the source, not an outlet it was told to
    (
        "en",
        "More than a dozen ships were waiting off the coast, according to NSW Ports, which warned that delays could "
        "stretch into next week.",
        [("NSW Ports", "indirect", "ships waiting coast"), ("NSW Ports", "indirect", "delays stretch week")],
    ),
    # a that-less clause whose verb is a present tense in '-s' ('the charity now serves 90 households')
    (
        "en",
        "Margaret Hollis runs the cafe. The vicar, the Rev Tom Pryce, says the food bank now serves "
        "90 households a week.",
        [("Tom Pryce", "indirect", "food bank serves households")],
    ),
    # 'X for Y and Z' is one body's name; a first name alone opens a sentence as its subject
    (
        "en",
        "The Department for Business and Trade said the valley had been allocated £18m.",
        [("Department for Business and Trade", "indirect", "valley allocated")],
    ),
    (
        "en",
        'Margaret Hollis runs the cafe. "It is quiet," she says. Her husband, Dennis, worked underground for 31 '
        "years. Dennis is more guarded. He says the redundancy money was fair.",
        [("Margaret Hollis", "direct", "quiet"), ("Dennis", "indirect", "redundancy money fair")],
    ),
    # a place before the noun of what speaks ('the Boston biotech', 'A Lancashire hospice') is no speaker
    (
        "en",
        "Verant Bio shares rose 38% on Monday after the Boston biotech reported that its pill met both primary "
        "endpoints.",
        [("Verant Bio", "indirect", "pill endpoints")],
    ),
    (
        "en",
        "A Lancashire hospice has launched an emergency appeal, warning that it may have to close beds by the summer.",
        [("hospice", "indirect", "close beds summer")],
    ),
    # a sentence whose verb said nothing keeps the subject held before it for the pronouns after it
    (
        "en",
        'Margaret Hollis runs the cafe. "It is quiet," she says.\n\nJodie Marsh, 27, is weighing whether to leave. '
        'She recalls the day the closure was announced. She now has an offer from a contractor in Sheffield. "I love '
        'this place, but it does not pay the rent," she says.',
        [("Margaret Hollis", "direct", "quiet"), ("Jodie Marsh", "direct", "love place rent")],
    ),
    # Irish surnames with their particle ('Declan Ó Gallchóir'); one name with 'who is 14'; 'she' after a speaker
    # named by one name
    (
        "en",
        'Pádraig still comes down to the harbour. "Boats will hang on a year," he says. Further along the pier, '
        "Declan Ó Gallchóir is mending a net. Ó Gallchóir, who is 61, says the arithmetic simply no longer works.",
        [("Pádraig", "direct", "boats hang year"), ("Gallchóir", "indirect", "arithmetic works")],
    ),
    (
        "en",
        '"Does she listen? Of course not," says Viktor Horvath, her coach. Meera, who is 14, grins when this is put '
        'to her. "They should be too busy worrying about their own position," she says.',
        [("Viktor Horvath", "direct", "listen"), ("Meera", "direct", "busy worrying position")],
    ),
    # a relative clause with a name set off by commas inside it, before the verb
    (
        "en",
        "Helen Ashworth said it was hot. Roy Bennett, whose mother, Edna, is 91 and has lived at the home for three "
        'years, said the staff had been "brilliant".',
        [("Helen Ashworth", "indirect", "hot"), ("Roy Bennett", "mixed", "staff brilliant")],
    ),
    # the name set after a role ('Her husband, Yannis,') is whom a later 'he' takes up
    (
        "en",
        "Eleni Kouri runs the shop. Her husband, Yannis, drives a pickup to a borehole twice a day. He says the owner "
        "has doubled the price since June.",
        [("Yannis", "indirect", "owner doubled price")],
    ),
    # 'according to' a relative named after the kin noun: the one named, not whom 'her' or the possessive stands for
    (
        "en",
        "The nurse never arrived, according to Mr. Holloway's son, Derek, who found him at noon. The carer never "
        "arrived, according to her niece, Bridget, who lives nearby.",
        [("Derek", "indirect", "nurse never arrived"), ("Bridget", "indirect", "carer never arrived")],
    ),
    # a person introduced by a role alone ('A night porter said') is whom the next 'she' takes up
    (
        "en",
        "Alice Grant said the rota was fair. A night porter said the shifts were impossible. She said she had been "
        "warned twice for arriving late.",
        [
            ("Alice Grant", "indirect", "rota fair"),
            ("porter", "indirect", "shifts impossible"),
            ("porter", "indirect", "warned twice late"),
        ],
    ),
    # 'retrained as an electrician' says what she became: no one else who might speak next
    (
        "en",
        'Carla Dunne, 29, is thinking of leaving. She retrained as an electrician last year. "The pay here is '
        'half of what Leeds offers," she says.',
        [("Carla Dunne", "direct", "pay half Leeds")],
    ),
    # kin said of a person named with a trade is the same person: 'the father of two'
    (
        "en",
        'School caretaker Owen Pugh, 51, said he would join the march. "We cannot live on promises," the father of '
        "two said.",
        [("Owen Pugh", "indirect", "join march"), ("Owen Pugh", "direct", "live promises")],
    ),
    # the Speaker of a parliament, with a title before the name set after the role
    (
        "en",
        "Then came the backbenchers. The Green member Tom Ashby produced a bottle of river water. “Props are not "
        "permitted,” said the deputy speaker, Dame Ruth Abernethy, with a sigh.",
        [("Ruth Abernethy", "direct", "props permitted")],
    ),
    # 'was quoted ... as saying' after a role of a body and the name set after it
    (
        "en",
        "The chairman of the Regional Assembly, Dario Vukas, was quoted by the Hina news agency as saying the "
        "ban was temporary.",
        [("Dario Vukas", "indirect", "ban temporary")],
    ),
    # a sentence with no subject whose participle agrees is still about the one the sentence before named
    (
        "sl",
        "Ministrica je sporočila, da bo razpis objavljen jeseni. Gašper Vidmar je drugačna zgodba. Novo službo je "
        "našel v štirih dneh. »Meni ni hudo,« pravi.",
        [("ministrica", "indirect", "razpis objavljen jeseni"), ("Gašper Vidmar", "direct", "hudo")],
    ),
    # a role with an age ('Devetinsedemdesetletni upokojeni zdravnik') describes the one the feature follows
    (
        "sl",
        "Anton Rožanc nas sprejme v hiši nad Kolpo. Na steni visi diploma iz leta 1971. Devetinsedemdesetletni "
        "upokojeni zdravnik pravi, da spominov ni pisal zase. »Pisal sem jih za vnukinje,« pove.",
        [("Anton Rožanc", "indirect", "spominov pisal"), ("Anton Rožanc", "direct", "pisal vnukinje")],
    ),
    # ... and one who spoke in the sentence before, before anyone named earlier
    (
        "sl",
        "Trener Matej Kos je bil zadovoljen. Strelec Luka Bizjak je priznal, da je bil po golu zmeden. »Tega "
        "se bom spominjal še dolgo,« je dodal 21-letni napadalec.",
        [("Luka Bizjak", "indirect", "golu zmeden"), ("Luka Bizjak", "direct", "spominjal dolgo")],
    ),
    # 'čigar' opens a relative clause like 'ki': the name before it is the subject
    (
        "sl",
        "Župan Igor Kralj je spomnil na nesrečo. Nekdanji rudar Jože Tomažič, čigar pričevanje je del razstave, je "
        "priznal, da ga je stisnilo pri srcu.",
        [("Jože Tomažič", "indirect", "stisnilo srcu")],
    ),
    # a feature calls the one it follows by her first name alone: 'Sonja je ...' after 'Sonja Lipovšek'
    (
        "sl",
        "Ko je zatulila sirena, je Vesna Lipar ostala sedeti. »Mislila sem, da bom jokala,« pravi. Lastnik je "
        "sporočil, da bo proizvodnjo ukinil. Delo je izgubilo 184 ljudi. Vesna je v tovarni začela pri dvajsetih. "
        "Spominja se, da je delalo šeststo ljudi.",
        [
            ("Vesna Lipar", "direct", "jokala"),
            ("lastnik", "indirect", "proizvodnjo ukinil"),
            ("Vesna Lipar", "indirect", "delalo šeststo ljudi"),
        ],
    ),
    # ... or by a first name the text never completes, at the start of a sentence
    (
        "sl",
        "Sestra Tanja Zorko obide sobe. »Noč je čas strahu,« pravi. Jože sestri v zahvalo stisne roko. Pripoveduje, "
        "da pogreša svojo delavnico.",
        [("Tanja Zorko", "direct", "noč strahu"), ("Jože", "indirect", "pogreša delavnico")],
    ),
    # a clitic after a body's noun is whom it answered, no part of its name
    ("sl", "Zavarovalnica mu je odgovorila, da plazovi niso kriti.", [("Zavarovalnica", "indirect", "plazovi kriti")]),
    # English 'she' is never the body the sentence before named; 'he' is not the woman 'she' took up
    (
        "en",
        "Nkechi Obi times the handover. “Nights are when people are frightened,” she says. In a statement, the "
        "trust said recruitment was at a five-year high. "
        "At 1am Paddy Rourke, the porter, arrives with tea. He has worked alongside Obi for six years. “Nkechi "
        "notices everything,” he says. Afterwards she washes her hands for a long time. “I don’t cry at work,” she "
        "says.",
        [
            ("Nkechi Obi", "direct", "nights frightened"),
            ("trust", "indirect", "recruitment five-year high"),
            ("Paddy Rourke", "direct", "notices everything"),
            ("Nkechi Obi", "direct", "cry work"),
        ],
    ),
    # a role set beside the body that holds it: the body speaks
    (
        "sl",
        "Nemški lastnik, skupina Brandt Holz, je septembra sporočil, da bo proizvodnjo ukinil.",
        [("Brandt Holz", "indirect", "proizvodnjo ukinil")],
    ),
    # a participle a few words after 'je' tells whom a sentence without a subject is about; 'reče' in features
    (
        "sl",
        "Nada Kolar je ostala sedeti. Trideset let je na tem stolu šivala obleke. »Mislila sem, da bom jokala,« "
        "pravi. Njen mož Ivo Kolar jo popravi. »Jokala si,« reče in sede.",
        [("Nada Kolar", "direct", "mislila jokala"), ("Ivo Kolar", "direct", "jokala si")],
    ),
    # a sentence that names no one and has no participle is still about the one the feature follows; 'razlaga'
    (
        "sl",
        "Ob štirih zjutraj je mandrač še v temi. Nina Kocjan že stoji na krovu čolna. Pri dvaintridesetih je ena "
        "redkih žensk z ribiško licenco. »Zdaj me vsaj pozdravijo,« pravi. Med vožnjo razlaga, da je ulov upadel "
        "za polovico.",
        [("Nina Kocjan", "direct", "pozdravijo"), ("Nina Kocjan", "indirect", "ulov upadel polovico")],
    ),
    # 'The 19-year-old apprentice ...' after a person named is that person again; 'points out that'
    (
        "en",
        "The brigade says numbers are falling. Callum Reid is one who stayed. The 19-year-old apprentice joined at "
        "11. He points out that the tanker is 28 years old, and argues that the state should replace it.",
        [
            ("brigade", "indirect", "numbers falling"),
            ("Callum Reid", "indirect", "tanker 28 years"),
            ("Callum Reid", "indirect", "state replace"),
        ],
    ),
    # 'Jean' is a woman's name in English news as often as a man's in French: 'she' may take her up
    (
        "en",
        "Priya says the shop is busy. Jean Baird comes in every afternoon for a paper. She says the owners noticed "
        "when she fell ill.",
        [("Priya", "indirect", "shop busy"), ("Jean Baird", "indirect", "owners noticed ill")],
    ),
    # 'Police Scotland': the capitalised body noun and the place make one name
    ("en", "Police Scotland said the road would reopen.", [("Police Scotland", "indirect", "road reopen")]),
    # the subject of the clause after ', and' is whom a 'he' in the next sentence takes up
    (
        "en",
        "Ravi Kumar opened the shop in 1999. His father, Anand, ran a shop in Madurai, and Mr Kumar still follows "
        'his rules. "Never close before the last bus," he says.',
        [("Ravi Kumar", "direct", "close last bus")],
    ),
    # a role over a list of the fields it covers, commas and all, before its holder's name
    (
        "hr",
        "Ministrica prostornoga uređenja, graditeljstva i državne imovine Vesna Kolarić predstavila je zakon. "
        "Zastupnica SDP-a Ivana Jurić ustvrdila je da je zakon loš. Ministrica joj je odgovorila da Zagreb ima "
        "najviše zahtjeva.",
        [("Ivana Jurić", "indirect", "zakon loš"), ("Vesna Kolarić", "indirect", "zagreb zahtjeva")],
    ),
    # one named by a single name after kin ('z možem Faridom') is that name alone later; a husband spoken of
    # without a name ('Mož je umrl') is not whom the next verb takes up
    (
        "sl",
        "Mariam Ahmadi postavi čaj na mizo. Z možem Faridom sta prišla leta 2021. Farid je delal kot prevajalec. "
        "»Vedel sem, da bodo prišli pome,« pripoveduje.",
        [("Farid", "direct", "prišli pome")],
    ),
    (
        "sl",
        "Vesna Lipar je ostala sama. Mož je umrl pred tremi leti. Pravi, da je dobila seznam prostih mest.",
        [("Vesna Lipar", "indirect", "seznam prostih mest")],
    ),
    # hikers as a group; a hut keeper's role, once it named her, names her again
    (
        "sl",
        "Mojca Rupnik skrbi za kočo. Planinci, ki se vračajo, pravijo, da koča brez nje ne bi bila ista. Mojca "
        "Rupnik zjutraj nalaga polena v štedilnik. »Kruh pečem sama,« pravi oskrbnica. Ob mizi sedi Jörg Weber "
        "iz Münchna. »Cene so poštene,« pravi Jörg. Oskrbnica opaža, da se je spremenilo, kdo prihaja v gore.",
        [
            ("planinci", "indirect", "koča brez nje"),
            ("Mojca Rupnik", "direct", "kruh pečem"),
            ("Jörg", "direct", "cene poštene"),
            ("Mojca Rupnik", "indirect", "spremenilo prihaja gore"),
        ],
    ),
    # a first name known as a word too ('Mira') is the person named in full before; the name after 'the' and a
    # description set beside a role
    (
        "en",
        "Lucía Castellanos says she is proud. Mira Castellanos is eating a sandwich. Mira herself is economical "
        "with words. “When the other person realises,” she says. Her coach, the Ukrainian grandmaster Dmytro "
        "Sokolenko, has worked with her since 2023. He says her calculation is unusual.",
        [
            ("Lucía Castellanos", "indirect", "proud"),
            ("Mira Castellanos", "direct", "person realises"),
            ("Dmytro Sokolenko", "indirect", "calculation unusual"),
        ],
    ),
    # how it was said, right after the quotation, stands for 'said'; not the same verb elsewhere
    (
        "en",
        "Tom Hale was there. “She is not even looking at the board,” he jokes. “Nobody beats her,” mutters "
        "Graham Pell, a retired dentist. Everyone laughed at the idea.",
        [("Tom Hale", "direct", "looking board"), ("Graham Pell", "direct", "nobody beats")],
    ),
    # 'Nato', 'Resneje' opening a sentence are adverbs, not the alliance or a name; a sentence with no subject and
    # no participle keeps a man the verb of the sentence before told us of
    (
        "sl",
        "Stanko Kolar ponudbe še ni sprejel. »Ponos je ponos,« reče. Nato doda, da bodo jeseni trgali. Resneje doda, "
        "da ga skrbi. Skozi vrata vstopi Tone Brezar, 72-letni upokojenec iz vasi. To pot opravi dvakrat na teden. "
        "»Zdravnik mi je rekel, naj hodim,« pove.",
        [
            ("Stanko Kolar", "direct", "ponos"),
            ("Stanko Kolar", "indirect", "jeseni trgali"),
            ("Stanko Kolar", "indirect", "skrbi"),
            ("Tone Brezar", "direct", "zdravnik hodim"),
        ],
    ),
    # a body's genitive plural with no ending; a defence lawyer called 'odvetnik' after 'Zagovornik'
    (
        "sl",
        "Združenje občin Slovenije je v odzivu sporočilo, da je znesek prenizek. Zagovornik Matej Rus je napovedal, "
        "da se bo pritožil. »Moj klient ni kriv,« je prepričan odvetnik.",
        [
            ("Združenje občin Slovenije", "indirect", "znesek prenizek"),
            ("Matej Rus", "indirect", "pritožil"),
            ("Matej Rus", "direct", "klient kriv"),
        ],
    ),
    # a body's partner or pastor set beside a name: the name says it
    (
        "en",
        "Scott Brenneman, Cardinal Ridge’s managing partner, says the project will include 21 units. The Rev. "
        "Harold Simms, Grace Fellowship’s pastor, says the decision to sell was not easy.",
        [("Scott Brenneman", "indirect", "project 21 units"), ("Harold Simms", "indirect", "decision sell easy")],
    ),
    # 'The 61-year-old says' is a person: the last one named, not the body the sentence before named
    (
        "en",
        "Marion Haldane has kept the light for 30 years. This is her last winter on the rock. In November, the "
        "Canadian Coast Guard informed the keepers that the station would be automated. The 61-year-old says she "
        "learned the news in an e-mail.",
        [("Canadian Coast Guard", "indirect", "station automated"), ("Marion Haldane", "indirect", "learned e-mail")],
    ),
    # 'according to' a source, then ', and' another subject with its own cue: two statements
    (
        "en",
        "Flour prices have risen by 30 per cent since 2022, according to the statistics bureau, and the brothers say "
        "they have raised the price of a loaf twice.",
        [("statistics bureau", "indirect", "flour prices risen"), ("brothers", "indirect", "raised price loaf")],
    ),
    # 'vztrajajo, da' insists; a surname alone whose gender the text never told keeps its sentence's participle
    (
        "sl",
        "Opozicijski svetniki vztrajajo, da je podražitev previsoka. Dr. Bojan Marinič je v ambulanti delal 38 let. "
        "Marinič o slovesu ne govori rad. Raje pripoveduje o zimi 1996, ko je do bolnika pod Pohorjem hodil peš. "
        "Pravi, da je takrat spoznal, da zdravnik ni le zdravnik.",
        [("Opozicijski svetniki", "indirect", "podražitev previsoka"), ("Bojan Marinič", "indirect", "spoznal")],
    ),
    # an indictment's 'tereti da'; a feature's '„...“, govori' after its quotation, but not what an interview
    # 'govori o'
    (
        "hr",
        "Županijsko državno odvjetništvo tereti ga da je u rujnu nožem usmrtio susjeda. Josip Vuković hrani svinje. "
        "„Od svibnja nije pala prava kiša“, govori dok istresa ječam. Za Jutarnji govori o cijenama stočne hrane.",
        [
            ("Županijsko državno odvjetništvo", "indirect", "nožem usmrtio susjeda"),
            ("Josip Vuković", "direct", "svibnja kiša"),
        ],
    ),
    # 'the group', 'the department' once a single body has just been named: that body
    (
        "en",
        "The Harbour Cyclists Coalition counted 14 crashes on the corridor. The group says the city ignored its "
        "letters. In a statement, the Home Office said rates were under review. The department added that no "
        "interpreter would lose work.",
        [
            ("Harbour Cyclists Coalition", "indirect", "city ignored letters"),
            ("Home Office", "indirect", "rates review"),
            ("Home Office", "indirect", "interpreter lose work"),
        ],
    ),
    # 'to The Times' is where it was said, not who; 'a representative for the company' is the company named before
    (
        "en",
        "In February, the landlord, Arroyo Crest Holdings, told Ybarra that her rent would rise. In an email to "
        "The Times, a representative for the company said the new rate reflects the market.",
        [("Arroyo Crest Holdings", "indirect", "rent rise"), ("Arroyo Crest Holdings", "indirect", "rate market")],
    ),
    # 'Like many ...' opens no name; 'she and her son Cody' keeps her, not her son, as the one followed
    (
        "en",
        "Darlene Pettigrew runs cattle. Like many ranchers in the Cariboo, she and her son Cody have spent two weeks "
        "cutting fireguards. “You don't leave the cows,” she says.",
        [("Darlene Pettigrew", "direct", "leave cows")],
    ),
    # where one is from, with an age ('24-letni Kobaridčan'), describes the one just named; a surname with an age
    # ('24-letni Lenart') is still that surname
    (
        "sl",
        "Zmagal je Gašper Rutar iz Kobarida. »Še vedno ne verjamem,« je povedal 24-letni Kobaridčan. Matic Lenart je "
        "bil drugi. »Tega skoka sem se bal,« je povedal 24-letni Lenart.",
        [("Gašper Rutar", "direct", "verjamem"), ("Lenart", "direct", "skoka bal")],
    ),
    # an age opening a sentence is no part of the name after it ('Triinšestdesetletni Ferjančič'), and a sentence
    # without a subject that names only places after prepositions is still about him; a group in a relative clause
    # ('ki ji domačini pravijo') is not whom the text follows
    (
        "sl",
        "Na vrhu je še tema, ko Bogdan Ferjančič prižge petrolejko. Triinšestdesetletni Ferjančič je zadnji "
        "opazovalec na Nanosu. Vsak dan z daljnogledom preči gozdove od Razdrtega do Col. Njegova opazovalnica, ki "
        "ji domačini pravijo kar svetilnik, stoji na robu planote.\n\n»Ljudje mislijo, da tukaj gori luč za ladje,« "
        "pove in se zasmeje.",
        [("Bogdan Ferjančič", "direct", "ljudje misl luc")],
    ),
    # a byline on a line of its own ('Piše: Jernej Mlakar') is who wrote the piece, not a statement
    (
        "sl",
        "Urška Pečnik: Bakterije so nas prehitele, a tekme še nismo izgubili\n\nMikrobiologinja s Kemijskega "
        "inštituta o odpornosti proti antibiotikom\n\nPiše: Jernej Mlakar\n",
        [("Urška Pečnik", "direct", "bakterije prehitele")],
    ),
    # a noun of people in the accusative plural between the subject and its verb is whom they address, neither
    # part of the subject's name nor the subject ('Policisti kopalce pozivajo', 'Gasilci prebivalce opozarjajo')
    (
        "sl",
        "Policisti kopalce pozivajo, naj se pred vstopom v morje ohladijo. Gasilci prebivalce opozarjajo, naj ne "
        "hodijo ob reki.",
        [("Policisti", "indirect", "vstopom morje ohladijo"), ("Gasilci", "indirect", "hodijo reki")],
    ),
    ("hr", "Policajci građane upozoravaju da ne izlaze iz kuća.", [("Policajci", "indirect", "izlaze kuca")]),
    # a hint of what is to come is reported like speech, with 'that' or without it, in a second verb phrase too
    (
        "en",
        "Australia's central bank kept its cash rate steady on Tuesday and signalled it was in no hurry to ease "
        "further. OPEC+ delegates hinted that the group would keep output unchanged.",
        [("bank", "indirect", "hurry ease"), ("delegates", "indirect", "group output unchanged")],
    ),
    # who is accused, criticised or praised in the passive says nothing: others say it of them
    (
        "en",
        "Twenty people are accused of planning to seize the palace. Both sides have been accused of ignoring the "
        "ceasefire. Prosecutors say the plot was bankrolled by a gang.",
        [("Prosecutors", "indirect", "plot bankrolled gang")],
    ),
    # a role described by an adjective opening a sentence ('Družinska zdravnica', 'Upokojeni trener') is the person
    # the text follows, or the one named with that role; a first name declined after a preposition ('z Mojco') is
    # the woman named in full before
    (
        "sl",
        "Dr. Mojca Leskovar odklene vrata in prižge luč. Družinska zdravnica v tej vasi dela že 27 let in pravi, da "
        "se je spremenilo skoraj vse. Medicinska sestra Danica Žnidar, ki z Mojco dela od leta 2004, kliče prvega "
        "pacienta. Ko se vračamo v dolino, Mojca pove, da jo skrbi za ambulanto.",
        [("Mojca Leskovar", "indirect", "spremenilo skoraj vse"), ("Mojca Leskovar", "indirect", "skrbi ambulanto")],
    ),
    (
        "sl",
        "Njegov nekdanji trener Stane Kordež, danes 77-leten, ga opiše kot trmastega skakalca. »Bil je trmast kot "
        "mezeg,« pravi Stane. Upokojeni trener doda, da je tako trmo videl le še pri dveh skakalcih.",
        [("Stane Kordež", "direct", "trmast mezeg"), ("Stane Kordež", "indirect", "trmo videl skakalcih")],
    ),
    # a book's title after its noun is no one's name ('njegova knjiga Tišina pred odskokom')
    (
        "sl",
        "Matjaž Rebec izdeluje sani. Lani je izšla njegova knjiga Tišina pred odskokom. Po njegovem mnenju je "
        "današnje skakanje drug šport.",
        [("Matjaž Rebec", "indirect", "skakanje drug sport")],
    ),
    # 'the accused' in a court report is the one on trial, named where the text spoke of the trial or the charge,
    # not the prosecutor or the lawyer named there
    (
        "sl",
        "Na okrožnem sodišču se je začelo sojenje nekdanjemu direktorju Komunale Bojanu Kramarju. Tožilka Petra Lah "
        "je dejala, da je obtoženi naročal dela pri družbi svojega svaka. Obtoženi je v zagovoru dejal, da je vse "
        "pogodbe sklenil po pravilih.",
        [("Petra Lah", "indirect", "narocal dela svaka"), ("Bojan Kramar", "indirect", "pogodbe sklenil pravilih")],
    ),
    (
        "hr",
        "Pred sudom je počelo suđenje Tomislavu Horvatu za ubojstvo susjeda. Zamjenica državne odvjetnice "
        "Sanja Marović rekla je da je optuženik djelovao s namjerom. Optuženi je kazao da se ne osjeća krivim.",
        [
            ("Sanja Marović", "indirect", "optuzenik djelovao namjerom"),
            ("Tomislav Horvat", "indirect", "osjeca krivim"),
        ],
    ),
    # a paper named by an adjective and its noun after 'za' is where it was said ('za Novi tednik'), not who said it
    (
        "sl",
        "Kramarjev svak Damjan Kos, ki bo v postopku nastopil kot priča, je za Novi tednik dejal, da bo na sodišču "
        "povedal vse.",
        [("Damjan Kos", "indirect", "sodiscu povedal vse")],
    ),
    # a first name's possessive ('Po Blaževih besedah') is the one named in full with it; a woman's name after
    # female kin ('Babica Pavla') is hers, not the genitive of Pavel; a concession ('čeprav ...') after a reported
    # clause is part of what was said
    (
        "sl",
        "Vodenje gostišča je prevzel sin Blaž Rozman. Po Blaževih besedah so stroški zrasli za polovico. Babica "
        "Pavla, ki bo jeseni dopolnila 86 let, se spominja, da so planince prenočili na seniku. Blaž pravi, da o "
        "prodaji ne razmišlja, čeprav so ponudbe že prišle, tudi iz tujine.",
        [
            ("Blaž Rozman", "indirect", "stroski zrasli"),
            ("Pavla", "indirect", "planince prenocili seniku"),
            ("Blaž Rozman", "indirect", "prodaji razmislja ponudbe tujine"),
        ],
    ),
    # kin named once ('Her father, Geoffrey Hartley,') is that person when the kin noun alone comes back later
    (
        "en",
        "Her father, Geoffrey Hartley, planted the first vines here in 1998. Emma Hartley runs the vineyard now. "
        '"It was a bad night," she says. Her father, characteristically, is looking further ahead. He says he has '
        "ordered 2,000 new vines.",
        [("Emma Hartley", "direct", "bad night"), ("Geoffrey Hartley", "indirect", "ordered vines")],
    ),
    # 'confirmed' with a clause of its own after it, without 'that' ('confirmed it was investigating'), reports it;
    # the clause before it is someone else's
    (
        "en",
        "The family says the shop window was smashed twice in its first month, and Cleveland Police confirmed it was "
        "investigating one of the incidents as a hate crime. Police confirmed the incident.",
        [("family", "indirect", "window smashed"), ("Cleveland Police", "indirect", "investigating incidents hate")],
    ),
    # a name given ('It is called Bab al-Nasr', 'a steelworker called Bill Simpson') is nothing anyone said; an
    # age with 'now' and what someone does set off by commas is an apposition ('Lina, now 17 and studying ..., says')
    (
        "en",
        "Khaled Haddad opened the shop in 2025. It is called Bab al-Nasr, after one of the old gates of Aleppo. A "
        "neighbour, a former steelworker called Bill Simpson, buys bread every morning. Lina, now 17 and studying for "
        "her A-levels, says the first weeks were frightening.",
        [("Lina", "indirect", "first weeks frightening")],
    ),
    # a name, an age, a place and a relative clause set off by commas before the verb: the name is its subject
    (
        "en",
        "The Ohio Attorney General's office said it had opened an inquiry into the breach. Marcia Delgado, 62, of "
        "Parma, who was treated at Lakeshore's Euclid hospital last year, said she learned about the breach from a "
        "neighbor.",
        [("Attorney General", "indirect", "opened inquiry breach"), ("Marcia Delgado", "indirect", "learned neighbor")],
    ),
    # two titles of one person joined by 'and' ('co-founder and Chief Executive Daniel Okoro', 'President and CEO
    # Robert Amadi'); a description with a place and its own relative clause ('an epidemiologist at the London
    # School of Hygiene & Tropical Medicine who was not involved in the research')
    (
        "en",
        "Northgate co-founder and Chief Executive Daniel Okoro, who will join Helix's board, said in an interview that "
        'he had turned down two other approaches. "We regret this," President and CEO Robert Amadi said.',
        [("Daniel Okoro", "indirect", "turned approaches"), ("Robert Amadi", "direct", "regret")],
    ),
    (
        "en",
        "Dr Mei Zhou led the study. Prof Aidan Carragher, an environmental epidemiologist at the London School of "
        "Hygiene & Tropical Medicine who was not involved in the research, said the study was carefully done.",
        [("Aidan Carragher", "indirect", "study carefully done")],
    ),
    # a body described, then named in commas ("Riverbend's parent company, Meridian Health Partners, said"): the name
    (
        "en",
        "A survey by the Hospice Workforce Coalition found shortages. Riverbend's parent company, Meridian Health "
        "Partners, said in a statement that it had raised night pay by 12 percent.",
        [("Meridian Health Partners", "indirect", "raised night pay")],
    ),
    # Serbo-Croatian and Slovenian: a role, then the name in commas ('Izvršni direktor BMR-a, Australac Mark
    # Henley, ... je izjavio'); a name, a role in commas and a relative clause before the verb ('Haris Mehmedović,
    # načelnik Stanice GSS Zenica, koji je predvodio ..., je napisao'); a body's name runs on past a declined short
    # name to the canton's ('Iz Uprave policije MUP-a SBK saopćili su')
    (
        "bs",
        "Esad Ćosić je kazao da je voda nestala. Izvršni direktor BMR-a, Australac Mark Henley, prošle sedmice je za "
        "Fenu izjavio da kompanija očekuje koncesiju. Otac jednog od spašenih, Senad Husković, za Hayat je rekao da "
        "porodica nikada neće zaboraviti spasioce. Haris Mehmedović, načelnik Stanice GSS Zenica, koji je predvodio "
        "jednu od ekipa, na Facebooku je napisao da je to bila najteža akcija. Iz Uprave policije MUP-a SBK "
        "saopćili su da je blokada protekla mirno.",
        [
            ("Esad Ćosić", "indirect", "voda nestala"),
            ("Mark Henley", "indirect", "kompanija ocekuje koncesiju"),
            ("Senad Husković", "indirect", "porodica zaboraviti"),
            ("Haris Mehmedović", "indirect", "najteza akcija"),
            ("Uprava policij MUP SBK", "indirect", "blokada protekla mirno"),
        ],
    ),
    # a plural role, then two names in commas: one statement each
    (
        "bs",
        "CIK je objavio rezultate. Lideri kantonalnih organizacija SDP-a i Naše stranke, Amra Selimović i Dario "
        "Kovač, na zajedničkoj konferenciji za medije poručili su da neće ulaziti u koaliciju sa SDA.",
        [("Amra Selimović", "indirect", "koaliciju SDA"), ("Dario Kovač", "indirect", "koaliciju SDA")],
    ),
    # a union's name in quotation marks between the role and the name ('predsednica Granskog sindikata prosvetnih
    # radnika "Nezavisnost" Gordana Ilić')
    (
        "sr",
        "Predsednik Sindikata obrazovanja Srbije Dušan Mirković i predsednica Granskog sindikata prosvetnih radnika "
        '"Nezavisnost" Gordana Ilić izjavili su da sporazum nije idealan.',
        [("Dušan Mirković", "indirect", "sporazum idealan"), ("Gordana Ilić", "indirect", "sporazum idealan")],
    ),
    # clergy titles before a name ('Fr Tomás Ó Ceallaigh', 'says the Rev. Janet Kowalczyk') are no names
    (
        "en",
        "The parish priest, Fr Tomás Ó Ceallaigh, has worked alongside the Morans for 17 years. \"You'd see Declan "
        'at a removal at nine at night," he says. "We charge her a dollar a year," says the Rev. Janet Kowalczyk.',
        [("Tomás Ó Ceallaigh", "direct", "declan removal"), ("Janet Kowalczyk", "direct", "charge dollar")],
    ),
    # names that men and women both bear ('Bernie', 'Alex', 'Chris') leave the gender to the pronoun
    (
        "en",
        'Fiona Gallagher runs the station. Bernie Walsh, 72, has been largely housebound since a stroke. "Some days '
        'the radio is the only voice I hear," she says.',
        [("Bernie Walsh", "direct", "radio voice")],
    ),
    # kin spoken of, unnamed, while someone else is the sentence's subject ('Her partner works in Galway, and she
    # has not had a week off') does not take over from the woman followed
    (
        "en",
        "Aoife Moran took over the business in 2021. Her partner works in Galway, an hour away, and she has not had "
        'a full week off since 2023. "I love the work," she says.',
        [("Aoife Moran", "direct", "love work")],
    ),
    # kin further off spoken of, whose they are said ('Njegov ded je imel žago'), does not take over; a description
    # whose holder the copula names ('Najboljši Slovenec ... je bil na koncu Tilen Rozman') is that person
    (
        "sl",
        "Primož Koren je nekdanji veslač. Njegov ded je imel v Halozah majhno žago in Primož je kot otrok tam "
        "preživljal počitnice. »Ko sem spet prijel za skobelnik, sem se počutil doma,« razlaga. Najboljši Slovenec v "
        "skupnem seštevku je bil na koncu Tilen Rozman na petem mestu. Kot je povedal, je s sezono napol zadovoljen.",
        [("Primož Koren", "direct", "skobelnik doma"), ("Tilen Rozman", "indirect", "sezono zadovoljen")],
    ),
    # what someone was or became ('was a detective sergeant', 'retired as a detective superintendent') is no one
    # who speaks; an unnamed role with the name set after it ('A former student, the drummer Nia Caldwell, says')
    # is the one named
    (
        "en",
        "Graham Oakes was a detective sergeant on the original inquiry. He retired as a detective superintendent in "
        "2011, but says he has never stopped thinking about the case. Clem Ashby taught drums for forty years. A "
        "former student, the drummer Lucy Caldwell, says he refused to teach her a single fill.",
        [("Graham Oakes", "indirect", "stopped thinking case"), ("Lucy Caldwell", "indirect", "refused teach fill")],
    ),
    # a place after 'over', 'across', 'into', 'through' is governed, no subject ('The sky over Lake Erie'); an
    # honorific before a full name ('Aunty Joan Walker') is no part of it
    (
        "en",
        "Annette Okafor walks her to the garage. The sky over Lake Erie is beginning to lighten and the car park is "
        'empty. "This is the part nobody sees," she says. Aunty Joan Walker came for the company. "At my '
        "age you don't want to be rushed,\" she says.",
        [("Annette Okafor", "direct", "part nobody sees"), ("Joan Walker", "direct", "age rushed")],
    ),
    # an indictment's charge in a relative clause with its own subject ('ki ga tožilstvo bremeni, da ...'), and the
    # reportative in the main clause after a clause of time ('Ko je sosed ... udaril, naj bi obtoženi odšel')
    (
        "sl",
        "Začelo se je sojenje Dušanu M., ki ga tožilstvo bremeni, da je lani s kuhinjskim nožem umoril soseda. Po "
        "obtožnici naj bi se moška prepirala zaradi parkirnega mesta. Ko je sosed Dušana M. udaril, naj bi obtoženi "
        "odšel v stanovanje in se vrnil z nožem.",
        [
            ("tožilstvo", "indirect", "nozem umoril soseda"),
            ("tožilstvo", "indirect", "moska prepirala parkirnega"),
            ("tožilstvo", "indirect", "obtozeni odsel stanovanje"),
        ],
    ),
    # the reporters' own talking in a relative clause ('s katerimi smo govorili') reports nothing
    (
        "sl",
        "Policijska uprava Celje je sporočila, da je zaprla cesto.\n\n7.50 – Prebivalci Mozirja, s katerimi smo "
        "govorili, pravijo, da je voda narasla v manj kot uri.",
        [("Policijska uprava Celje", "indirect", "zaprla cesto"), ("Prebivalci Mozirja", "indirect", "voda narasla")],
    ),
    # asking that one's surname not be used, in a relative clause the sentence goes on after, is no statement
    ("en", "Marcus, who asked that his surname not be used, is responsible for the sweet peas.", []),
    # a role with what it is of, then the name in commas ('its chief executive, Martin Cole,', 'Its director of
    # policy, Hannah Greer, says'): the one named
    (
        "en",
        "Running Willowbrook costs £6.8m a year. According to its chief executive, Martin Cole, only about 21% of "
        "that comes from the NHS. The charity says funding is uncertain. Its director of policy, Hannah Greer, says "
        "hospices cannot plan.",
        [
            ("Martin Cole", "indirect", "21 NHS"),
            ("charity", "indirect", "funding uncertain"),
            ("Hannah Greer", "indirect", "hospices plan"),
        ],
    ),
    # a body's name with a list of the fields it is of ('Ministarstvo poljoprivrede, šumarstva i vodoprivrede')
    (
        "sr",
        "Milka Ristanović pravi sir. Ministarstvo poljoprivrede, šumarstva i vodoprivrede saopštilo je u maju da je "
        "pokrenut postupak zaštite oznake.",
        [("Ministarstvo poljoprivrede, šumarstva i vodoprivrede", "indirect", "pokrenut postupak zastite")],
    ),
    # an aside between the subject and its auxiliary ('NFU Scotland, however, has warned')
    (
        "en",
        "A government spokesperson said the changes would help. NFU Scotland, however, has warned that the scheme "
        "could cut the number of breeding sheep.",
        [("government spokesperson", "indirect", "changes help"), ("NFU Scotland", "indirect", "scheme cut sheep")],
    ),
    # a woman's first name in -a that is no man's name declined puts the whole name in the nominative ('Olena
    # Kravčenko', not 'Olen Kravčenka'); the one a copula names is whom the text then follows ('Ena prvih
    # slušateljic je bila Olena Kravčenko')
    (
        "sl",
        "Tečaj vodi Marjeta Cerar, upokojena učiteljica. Ena prvih slušateljic je bila Olena Kravčenko iz Harkova. "
        "Danes dela kot bolničarka v domu starejših. »Stanovalci me popravljajo,« pove v skoraj brezhibni slovenščini.",
        [("Olena Kravčenko", "direct", "stanovalci popravljajo")],
    ),
    # a that-less clause whose subject has no article, after where it was said ('said in a statement inflation
    # had eased', 'told a media briefing on Monday there was'); a confirmation of such a clause, and a denial
    # whose clause opens with a pronoun, are reported speech too; what was denied as an act is not
    (
        "en",
        "The central bank said in a statement inflation had eased towards its target. The port operator has "
        "confirmed container volumes fell by a fifth in March. Chief executive Mara Lind told a media briefing on "
        "Monday there was no plan to close the terminal. The firm denied it had any plans to sell the site. A driver "
        "denied the charges and was released on bail. Prices climbed again after confirmed orders rose in April.",
        [
            ("bank", "indirect", "inflation eased target"),
            ("operator", "indirect", "container volumes fell"),
            ("Mara Lind", "indirect", "plan close terminal"),
            ("firm", "indirect", "plans sell site"),
        ],
    ),
    # a place and its state set off by commas after the subject of a that-less clause ('said Acme, of Dayton,
    # Ohio, had recalled')
    (
        "en",
        "The safety regulator said Lakeview Toys, of Dayton, Ohio, had received 40 reports of its swing seat breaking.",
        [("regulator", "indirect", "received reports swing")],
    ),
    # two bodies named together, each with its article ('Both the X and the Y said'), or two people with what is
    # said of the first between them ('X, who voted against, and Mr Y both said'): each says it; not the parts of
    # one name ('the Department of Culture, Media and the Arts')
    (
        "en",
        "Both the Fishermen's Federation and the Harbour Users' Group said they opposed the new fees. Councillor "
        "Ann Boyce, who voted against, and Mr Patel both said the consultation had been rushed. The Department of "
        "Culture, Media and the Arts said the grant scheme would reopen in May.",
        [
            ("Fishermen's Federation", "indirect", "opposed fees"),
            ("Harbour Users' Group", "indirect", "opposed fees"),
            ("Ann Boyce", "indirect", "consultation rushed"),
            ("Patel", "indirect", "consultation rushed"),
            ("Arts", "indirect", "grant scheme reopen"),
        ],
    ),
    # a source in a government named by its place's short name or adjective ('izvor iz Vlade TK', 'iz Vlade
    # Tuzlanskog kantona') is anonymous, the place no speaker
    (
        "bs",
        "Izvor iz Vlade TK za Klix.ba tvrdi da se razmatra povećanje od osam posto. Izvor iz Vlade Zeničkog kantona "
        "tvrdi da dogovor još nije postignut.",
        [("anonymous source", "indirect", "razmatra povecanje"), ("anonymous source", "indirect", "dogovor postignut")],
    ),
    # a first name opening a sentence is its subject in the nominative ('Amela', 'Ivo'), not another name declined
    # ('Amel', 'Iva'); a capitalised word opening a quotation ('"Nakon ovoga ...') is no name, wherever else it opens a
    # sentence
    (
        "bs",
        "Senad je upoznao Amelu u Linzu. Amela priznaje da ona nije bila za povratak.",
        [("Amela", "indirect", "bila povratak")],
    ),
    (
        "hr",
        "Tonka i Ivo Carić uzgajaju lavandu. - Kad smo došli, mještani su mislili da smo poludjeli - priča Tonka. "
        "Ivo dodaje da ih je najviše iznenadilo koliko je posla bilo.",
        [("Tonka", "direct", "mjestani poludjeli"), ("Ivo Carić", "indirect", "iznenadilo posla")],
    ),
    (
        "hr",
        "Bivši gradonačelnik Dražen Vuković presudu je slušao mirno. Nakon izlaska iz sudnice novinarima je rekao "
        'da je nevin. Župan Nikola Grgić rekao je da se nije znalo. "Nakon ovoga nitko ne može reći da se nije '
        'znalo", poručio je.',
        [
            ("Dražen Vuković", "indirect", "nevin"),
            ("Nikola Grgić", "indirect", "znalo"),
            ("Nikola Grgić", "direct", "ovoga nitko"),
        ],
    ),
    # 'by X's count', 'by his own description', 'by her own admission' report what X says; '"...," she goes on'
    # is a cue, 'the talks went on' none; 'says the hospital relies on ...' is what is said, not who says it
    (
        "en",
        "Rhoda Kinsella keeps the club's books. By Rhoda's count, the club has lost 40 members since the spring. "
        "Her coach, Milan Duric, is blunt. By his own description, he is not a patient man. “Nobody joins a club "
        "that might close,” he goes on. The meeting went on for hours. Ana Petrovic, a parent, says the council "
        "relies on volunteers to keep the hall open.",
        [
            ("Rhoda Kinsella", "indirect", "club lost members"),
            ("Milan Duric", "indirect", "patient man"),
            ("Milan Duric", "direct", "nobody joins club"),
            ("Ana Petrovic", "indirect", "council relies volunteers"),
        ],
    ),
    # 'Tako X kot njen kolega Y sta zahtevala': her colleague is the second of the two; a noun that could be a cue
    # ('predlog') with a verb of saying after it leaves the clause to the verb; a platform after a role in the
    # dative ('ministru na omrežju X') is where it was said, no name
    (
        "sl",
        "Svetnica Mojca Bevc je govorila prva. Tako Bevčeva kot njen kolega Rok Zupan sta zahtevala, da se točka "
        "umakne. Sodnica Vesna Kolar je predlog obrambe sprejela in napovedala, da se bo sojenje nadaljevalo junija. "
        "Minister Igor Pust je predstavil razpis. Poslanka Ana Rep je ministru na omrežju X očitala, da zavaja "
        "javnost. Minister je na očitke odgovoril, da so se čakalne dobe skrajšale.",
        [
            ("Mojca Bevc", "indirect", "tocka umakne"),
            ("Rok Zupan", "indirect", "tocka umakne"),
            ("Vesna Kolar", "indirect", "sojenje nadaljevalo"),
            ("Ana Rep", "indirect", "zavaja javnost"),
            ("Igor Pust", "indirect", "cakalne dobe skrajsale"),
        ],
    ),
    # 'Prema ocjeni suda' is a reporting phrase whose source is in the genitive, as 'prema podacima' is; an
    # interviewee who 'answered a few questions' answers the questions that follow, without a dash
    (
        "hr",
        "Prema ocjeni suda, nije dokazano da je optuženik znao za dogovor.",
        [("sud", "indirect", "dokazano optuzenik")],
    ),
    (
        "sr",
        "Rektorka Vesna Ilić je za Danas odgovorila na nekoliko pitanja.\n\nDa li je Ministarstvo razgovaralo sa "
        "univerzitetima?\n\nBilo je sastanaka, ali nismo videli nijedan član zakona.\n\nDa li autonomija "
        "opada?\n\nAutonomija ne postoji odvojeno od novca.",
        [("Vesna Ilić", "direct", "sastanaka clan zakona"), ("Vesna Ilić", "direct", "autonomija novca")],
    ),
    # 'the club' is the team the report is about, named most often before (not the opponent named last)
    (
        "en",
        "Kelso Rovers have sacked their manager after a 3-0 defeat by Dunmore Athletic. Kelso Rovers are 20th in the "
        "table. The club said the search for a successor would begin at once.",
        [("Kelso Rovers", "indirect", "search successor")],
    ),
    # where or when a feature's scene is set, opening a sentence ('Inside,', 'Upstairs,') is no name
    (
        "en",
        'Upstairs, Lena Marsh is sorting the post. "We open at six," she says.',
        [("Lena Marsh", "direct", "open six")],
    ),
    # a body's name that lists its fields ('Department for Environment, Food and Rural Affairs', '..., Food and
    # the Marine') is one name, with or without a spokesperson before it; '..., and senior forecaster X said' or
    # '..., but Skyline Air said' ends the clause before it: another speaker's
    (
        "en",
        "The Department for Environment, Food and Rural Affairs said it would publish a report. A spokesperson for "
        "the Ministry of Housing, Communities and Local Government said councils would get more time. The union "
        "said the strike would go ahead, but Skyline Air said flights would run as normal. The bureau said "
        "temperatures could reach 43C, and senior forecaster Tom Iveson said a cooler change was not expected.",
        [
            ("Department for Environment, Food and Rural Affairs", "indirect", "publish report"),
            ("Ministry of Housing, Communities and Local Government", "indirect", "councils more time"),
            ("union", "indirect", "strike ahead"),
            ("Skyline Air", "indirect", "flights normal"),
            ("bureau", "indirect", "temperatures 43c"),
            ("Tom Iveson", "indirect", "cooler change expected"),
        ],
    ),
    # a rank abbreviated ('Capt.', 'Cmdr.') is no name; a writing signed by someone ('A letter ..., signed by
    # the residents' association, reads:') is theirs
    (
        "en",
        'The ferry left at dawn. "It was rough," said Capt. Ida Brennan. "We held course," said Cmdr. Ray '
        "Dunn. A letter on the noticeboard, signed by the Harbour Residents Association and dated May, puts it "
        'plainly: "We need a winter service."',
        [
            ("Ida Brennan", "direct", "rough"),
            ("Ray Dunn", "direct", "held course"),
            ("Harbour Residents Association", "direct", "winter service"),
        ],
    ),
    # 'according to the county clerk, X, who ...,': the role's holder named in commas, past what is said of her
    (
        "en",
        "The petition needed 600 signatures. According to the Bonner County clerk, Ana Ruiz, who certified it on "
        "Monday, it carried 1,148 signatures.",
        [("Ana Ruiz", "indirect", "carried signatures")],
    ),
    # 'the Kerry South TD', 'the Wisconsin senator': a role described by its place after 'the' is the one named
    # with that role before
    (
        "en",
        "Fianna Fáil TD Declan Moriarty has said he will repay the money. In a statement, the Kerry South TD said "
        "he had made an honest mistake. Senator Ann Ruiz said she would vote no. The Wisconsin senator said the "
        "bill was rushed.",
        [
            ("Declan Moriarty", "indirect", "repay money"),
            ("Declan Moriarty", "indirect", "honest mistake"),
            ("Ann Ruiz", "indirect", "vote"),
            ("Ann Ruiz", "indirect", "bill rushed"),
        ],
    ),
    # a quotation split by its cue goes on after a title's full stop and a relative clause about the speaker
    # ('"A," said Dr. Ellen Whitaker, who heads the office, "B."'); a relative clause that reports in turn
    # (', ki je opozoril, da ..., "B"') takes the second piece for itself
    (
        "en",
        '"Norovirus is miserable for anyone, but for an older adult," said Dr. Ellen Whitaker, who heads the '
        'vaccine office, "it can mean a hospital stay."',
        [("Ellen Whitaker", "direct", "norovirus miserable hospital stay")],
    ),
    # a paper named in quotation marks after 'za' ('za „Politiku“') is where it was said, not the body's name
    (
        "sr",
        "Iz Gradske uprave Sombora za „Politiku“ kažu da će orkestar dobiti sredstva.",
        [("Gradska uprava Sombora", "indirect", "orkestar sredstva")],
    ),
    # a relative clause about the speaker that ends in a province abbreviated ('in Rimouski, Que.,') still stands
    # between the name and its verb
    (
        "en",
        "Her husband, Réjean, who runs a hardware store in Rimouski, Que., says the summers apart have not gotten "
        "easier.",
        [("Réjean", "indirect", "summers easier")],
    ),
    # 'The Guardian', 'The Ledger': a paper by the name papers take, not a person described by where they are from
    # (as 'the Serbian said' is)
    (
        "en",
        "Martin Pardoe laughs. The Ledger said in a statement that her successor would be named in October.",
        [("Ledger", "indirect", "successor named october")],
    ),
    # 'a spokesperson for the agency' speaks for the public body the sentence before named, whatever its name
    (
        "en",
        "The Federal Aviation Administration opened a review on Monday. A spokesperson for the agency said it does "
        "not comment on ongoing investigations.",
        [("Federal Aviation Administration", "indirect", "comment ongoing investigations")],
    ),
    # 'the report' as a subject is whoever the text said wrote it: 'a report published in August by X', 'The X
    # report'
    (
        "en",
        "The figure comes from a report published in August by the Centre for Rural Energy, a think tank. The report "
        "estimated that new lines would add $1,300 a year. The Education Review Office (ERO) report found that "
        "pupils were behind. ERO will return within 12 months, the report said.",
        [
            ("Centre for Rural Energy", "indirect", "lines 1,300 year"),
            ("Education Review Office", "indirect", "pupils behind"),
            ("Education Review Office", "indirect", "return 12 months"),
        ],
    ),
    # a body's name of several words before 'spokesperson', a first name among them ('A Hato Hone St John
    # spokesperson'); 'a spokesperson for the railway' after 'East Coast Railway'
    (
        "en",
        "A Hato Hone St John spokesperson said an ambulance was called at 9.43pm. East Coast Railway cancelled 48 "
        "trains. A spokesperson for the railway said services would resume soon.",
        [
            ("Hato Hone St John", "indirect", "ambulance called"),
            ("East Coast Railway", "indirect", "services resume"),
        ],
    ),
    # asked, ordered or instructed in the passive with a deadline ('by 8:00', 'by Friday') says nothing itself:
    # the cue is who added it; 'by' with a name after it is who asked
    (
        "en",
        "Parents have been asked to collect their children by 15:30 on Friday, the council added. The minister was "
        "asked by reporters whether she would resign.",
        [("council", "indirect", "parents collect children"), ("journalists", "indirect", "resign")],
    ),
    # a bare 'A spokesperson added' speaks for the body that spoke just before, not for a person its statement
    # named; 'Leeds city council' is a place and its body in lower case
    (
        "en",
        "Leeds city council says that it has offered Maureen a rates holiday. A spokesperson added that the fund "
        "had supported 14 businesses.",
        [
            ("Leeds council", "indirect", "offered Maureen holiday"),
            ("Leeds council", "indirect", "fund supported businesses"),
        ],
    ),
    # '<Noun> of <Name>' is a body when the noun is an institution's ('Royal College of Nursing', 'Museum of
    # London'), and a role after a body's name belongs to the person named after it, even when the body's name
    # ends in 'of X' ('Bowen Chamber of Commerce president Glenn Atherton')
    (
        "en",
        "The Royal College of Nursing said the pay offer was an insult. The Museum of London said it would return "
        "the items. Bowen Chamber of Commerce president Glenn Atherton said hotels were booked out.",
        [
            ("Royal College of Nursing", "indirect", "pay offer insult"),
            ("Museum of London", "indirect", "return items"),
            ("Glenn Atherton", "indirect", "hotels booked"),
        ],
    ),
    # 'the group' is the body the text named beside a generic noun ('the group Keep Brantley Rural', 'the Save
    # Bellingford Births campaign'), whatever its name's words; 'Interpreters Alliance UK' is a body by its noun
    (
        "en",
        'A petition, circulated by the group Keep Brantley Rural, had 612 signatures. "Show up on the 24th," the '
        "group wrote on Facebook. Kirsty Lamb, from the Save Bellingford Births campaign, said the decision was "
        "cruel. The group said it would protest on Saturday. Rates have fallen, according to Interpreters Alliance "
        "UK. The group says travel is no longer paid.",
        [
            ("Keep Brantley Rural", "direct", "show up"),
            ("Kirsty Lamb", "indirect", "decision cruel"),
            ("Save Bellingford Births", "indirect", "protest Saturday"),
            ("Interpreters Alliance UK", "indirect", "rates fallen"),
            ("Interpreters Alliance UK", "indirect", "travel paid"),
        ],
    ),
    # 'she says' after an anonymous source is the woman the text has just named again, not the source of no
    # gender; 'the cooperative' is the body named with that noun
    (
        "en",
        "Heather Lindqvist says the river is dying. According to a person familiar with the talks, the sum was "
        "large. For Lindqvist, the fight is about more than water, and she says her son must wait. Sierra Foothill "
        "Electric Cooperative said it had cut power. The cooperative said it was aware of the reports.",
        [
            ("Heather Lindqvist", "indirect", "river dying"),
            ("anonymous source", "indirect", "sum large"),
            ("Heather Lindqvist", "indirect", "son wait"),
            ("Sierra Foothill Electric Cooperative", "indirect", "cut power"),
            ("Sierra Foothill Electric Cooperative", "indirect", "aware reports"),
        ],
    ),
    # 'iz okolice Ajdovščine' is where the unnamed winegrower is from, not his name; an unnamed patient who opens
    # a sentence is whom '68-letnica' after it takes up
    (
        "sl",
        "Eden od vinogradnikov iz okolice Ajdovščine, ki ni želel biti imenovan, je povedal, da se je s ceno komaj "
        "pokril.\n\nPacientka iz okolice Slovenske Bistrice, ki je želela ostati neimenovana, na operacijo čaka od "
        "februarja. »Zjutraj potrebujem pol ure, da vstanem,« pravi 68-letnica.",
        [
            ("anonymous source vinogradnik", "indirect", "ceno pokril"),
            ("anonymous source pacientka", "direct", "zjutraj vstanem"),
        ],
    ),
    # 'Asked at a briefing on Monday whether ...': the journalists' question, wherever it was put, answered by the
    # subject of the sentence before; 'Asked by analysts whether' is not the journalists' question
    (
        "en",
        "Karen Voss did not address the claims. Asked afterward at the school whether the district had been warned, "
        "she said a review would be published. Asked by analysts on Monday whether sales would fall, Rao said no "
        "change was expected.",
        [
            ("journalists", "indirect", "district warned"),
            ("Karen Voss", "indirect", "review published"),
            ("Rao", "indirect", "change expected"),
        ],
    ),
    # 'Ferrante asked whether ...' is the lawyer's question, not the reporters'; 'has been ruled by' is no ruling
    (
        "en",
        "Defence lawyer Michael Ferrante asked whether she had signed the documents. Tajikistan, a mountainous "
        "nation, has been ruled by the same president since 1992.",
        [("Michael Ferrante", "indirect", "signed documents")],
    ),
    # how the speaker is, in the present, after a quotation or before a colon ('je odločen Kolenc', 'je
    # optimistična: »...«'), stands for the verb of saying
    (
        "sl",
        "»Tega ne bomo podpisali,« je odločen Kolenc. Marija Kovač vodi cvetličarno. Kljub temu je optimistična: "
        "»Verjamem, da bo zid zdržal.«",
        [("Kolenc", "direct", "podpisali"), ("Marija Kovač", "direct", "zid zdržal")],
    ),
    # 'For Anjali Nair, 26, the calculation is ...' is about her, whom 'She said' takes up; 'Council chief
    # executive Graham Whitu' is a person with a role in the body, whom 'he' takes up
    (
        "en",
        "Dr Rebecca Aldworth said safety was the priority.\n\nFor Anjali Nair, 26, the calculation is about rent. "
        "She said she spends half her pay on a room.\n\nCouncil chief executive Graham Whitu said the fund would "
        'pay a nurse. "We rely on the community," he said.',
        [
            ("Rebecca Aldworth", "indirect", "safety priority"),
            ("Anjali Nair", "indirect", "half pay room"),
            ("Graham Whitu", "indirect", "fund nurse"),
            ("Graham Whitu", "direct", "rely community"),
        ],
    ),
    # 'Tako koprski podžupan X kot piranska podžupanka Y sta ocenila': each named with a role, one statement each
    (
        "sl",
        "Tako koprski podžupan Marko Babič kot piranska podžupanka Ana Kocjančič sta ocenila, da je zamuda "
        "nesprejemljiva.",
        [("Marko Babič", "indirect", "zamuda"), ("Ana Kocjančič", "indirect", "zamuda")],
    ),
    # after a quotation: how she laughed ('se je nasmejala'), and a clitic that says to whom before the auxiliary
    # that holds the clause open for its adverbials ('nam je s solzami v očeh zaupala')
    (
        "sl",
        "»Jezero sem videla na Instagramu,« se je nasmejala Ji-woo Park. »Vikend smo gradili dvajset let,« nam je "
        "s solzami v očeh zaupala Marija Ferk.",
        [("Ji-woo Park", "direct", "jezero instagramu"), ("Marija Ferk", "direct", "vikend gradili")],
    ),
    # between a subject and its verb: 'now 24 and a deckhand ... out of Prince Rupert' (when, an age, and what she
    # is), and a second relative clause after 'and' ('who worked on the review, and who asked not to be named')
    (
        "en",
        "Tess Aldous, now 24 and a deckhand on a seiner out of Prince Rupert, said she still thinks of the station "
        "as home. A retired officer who worked on the 2010 review, and who asked not to be named, said the buoys "
        "have narrowed the gap.",
        [
            ("Tess Aldous", "indirect", "station home"),
            ("anonymous source officer", "indirect", "buoys narrowed gap"),
        ],
    ),
    # 'St.' inside a place's name: 'St. Louis County' is one body, 'St. Adolphe' a place its residents are from
    (
        "en",
        "Residents of St. Adolphe said the water came up overnight. A spokesperson for St. Louis County said roads "
        "were closed.",
        [("residents", "indirect", "water overnight"), ("St Louis County", "indirect", "roads closed")],
    ),
    # minutes and findings are documents too: 'U zapisniku komisije navodi se' is the commission's
    (
        "bs",
        "U zapisniku komisije od 22. januara navodi se da firma nije dostavila dokaze o vlasništvu.",
        [("komisija", "indirect", "firma dokaze")],
    ),
    # 'told clients their money was ...': whom he told, then a clause without 'that'; a phrase of when before the
    # comma is not what was said; 'reckons' reports a view
    (
        "en",
        "Over the same period, Graham Pettifer told clients their money was being placed in bonds. Dairy farmer "
        "Leanne Voss reckons the job has cost her family about $60,000.",
        [("Graham Pettifer", "indirect", "money bonds"), ("Leanne Voss", "indirect", "cost family")],
    ),
    # a role's gender is its own noun's, not a genitive role's after it; after a quotation, a role the lexicon
    # lacks, where she works, then her name ('je opozorila specialistka iz UKC Ljubljana Nina Turk')
    (
        "sl",
        "Namestnik predsednice komisije Janez Rupnik je ocenil, da komisija išče krivca. »Vročinski udar ni "
        "nedolžna stvar,« je opozorila specialistka iz UKC Ljubljana Nina Turk.",
        [("Janez Rupnik", "indirect", "komisija krivca"), ("Nina Turk", "direct", "vročinski udar")],
    ),
    # 'izdala rdeče opozorilo' is what was issued, with a verb of its own after the comma: the words before the
    # comma are not what was said
    ("sl", "Agencija je za Goriško, Obalno-kraško regijo in Slovenijo izdala rdeče opozorilo zaradi vročine.", []),
    # 'a criminal group calling itself Crimson Lynx ... The group said'; 'the local prefecture' is a body; 'the
    # authority' is the council just named
    (
        "en",
        "A wildfire forced 2,000 people out, according to the local prefecture. A criminal group calling itself "
        "Crimson Lynx listed the council on its leak site. The group said it would publish the files. Cornwall "
        "Council closed the branch. The authority said a mobile library would call every fortnight.",
        [
            ("prefecture", "indirect", "wildfire forced"),
            ("Crimson Lynx", "indirect", "publish files"),
            ("Cornwall Council", "indirect", "mobile library"),
        ],
    ),
    # joint speakers, each with where they are from ('X iz Pančeva i Y iz Smederevske Palanke', a party's name
    # ending in its mark: 'iz Možemo!'); 'izneo je da' puts something forward
    (
        "sr",
        "I Ljubinka Stevanović iz Pančeva i Milorad Pešić iz Smederevske Palanke rekli su za Blic da su došli "
        "autobusima. Tužilac Vladimir Stanišić izneo je da je grupa primila milion evra.",
        [
            ("Ljubinka Stevanović", "indirect", "autobusima"),
            ("Milorad Pešić", "indirect", "autobusima"),
            ("Vladimir Stanišić", "indirect", "grupa primila"),
        ],
    ),
    (
        "hr",
        "I Tomislav Rendulić iz Možemo! i Petra Jurić iz Mosta ustvrdili su da bi država trebala graditi stanove.",
        [("Tomislav Rendulić", "indirect", "država stanove"), ("Petra Jurić", "indirect", "država stanove")],
    ),
    # 'The utility reportedly commissioned ...' after 'BC Hydro said': what others report of the source, not the
    # source going on
    (
        "en",
        "BC Hydro said the dam was safe. The utility reportedly commissioned its own review of glacier inflows last "
        "year.",
        [("BC Hydro", "indirect", "dam safe"), ("anonymous source", "indirect", "utility commissioned review")],
    ),
    # 'Some learners complain privately that ...': a plural of people the lexicon lacks, after a word of how many
    (
        "en",
        "Iain Beaton says it is hard. Some learners complain privately that the classes stop at the beginner level.",
        [("Iain Beaton", "indirect", "hard"), ("learners", "indirect", "classes beginner")],
    ),
    # an unnamed source by the outlet whose it is ('Sagovornik Politike iz Vlade Srbije'), and all of whom it is
    # close to ('Izvori bliski upravi bolnice', 'izvor blizak Izvršnom odboru HNS-a'): no one named speaks
    (
        "sr",
        "Sagovornik Politike iz Vlade Srbije kaže da se razmatra ograničenje uvoza. Izvori bliski upravi bolnice "
        "tvrde da je otvaranje centra kasnilo.",
        [("anonymous source", "indirect", "ograničenje uvoza"), ("anonymous source", "indirect", "centra kasnilo")],
    ),
    # 'Town of Port Hedland', 'City of Sydney': a local body by its name, whose mayor speaks for herself
    (
        "en",
        "Town of Port Hedland mayor Tegan Walsh said the town had seen cyclones before. The City of Sydney said the "
        "roads were closed.",
        [("Tegan Walsh", "indirect", "cyclones"), ("City of Sydney", "indirect", "roads closed")],
    ),
    # 'Nekateri menijo' after a sentence about the locals: some of them, not someone named 'Nekateri'
    (
        "sl",
        "Domačini, ki smo jih srečali na progi, so deljenih mnenj. Nekateri menijo, da bi bilo smučišče pametneje "
        "preurediti v kolesarski park.",
        [("Domačini", "indirect", "smučišče kolesarski")],
    ),
    # 'She said' after 'A council spokeswoman said' is the spokeswoman's body; 'a motion calling for ...' and 'a
    # packet labeled: ...' report no one's words
    (
        "en",
        "Priya Ramanathan says it is embarrassing. A spokeswoman for Merri-bek City Council said the project had "
        "been delayed. She said the upgrade would cost $2.4 million. A motion in March calling for a voluntary "
        "pledge was defeated. Okafor pulls out a packet labeled in faded pencil: Delgado pole, 1989.",
        [
            ("Priya Ramanathan", "indirect", "embarrassing"),
            ("Merri-bek City Council", "indirect", "project delayed"),
            ("Merri-bek City Council", "indirect", "upgrade cost"),
        ],
    ),
    # 'according to figures the company supplied': whoever supplied them, the company named before
    (
        "en",
        "Acme Mining Ltd ran the site. When it closed, 212 people lost their jobs, according to figures the company "
        "supplied to Durham County Council.",
        [("Acme Mining Ltd", "indirect", "212 lost jobs")],
    ),
    # counsel 'submitted that ...' puts a case to the court; 'a filing submitted last month' is a document
    (
        "en",
        "Senior counsel V. Prakash Rao submitted that no individual notices had been served before the demolition. "
        "In a filing submitted last month, the office listed 40 polling places.",
        [("Prakash Rao", "indirect", "notices served")],
    ),
    # 'claimed the women's race' is a win, no statement; places joined before ', and' are not speakers with the
    # clause's subject; 'the chair of the IMO's NCHD committee, Dr Aoife Brennan,' is she
    (
        "en",
        "Tsehay Girma claimed the women's race in a course record. Highway 5 remains closed between Little Fort and "
        "Avola, and DriveBC says there is no time for reopening. Speaking on radio, the chair of the IMO's NCHD "
        "committee, Dr Aoife Brennan, said doctors had not taken the decision lightly.",
        [("DriveBC", "indirect", "time reopening"), ("Aoife Brennan", "indirect", "doctors decision")],
    ),
    # a name written as no word is ('NatureScot'), opening a sentence before an apposition, and a body's short
    # name after 'The' ('The FAI', not a nationality like 'the Israeli')
    (
        "en",
        "Morag Lennie said the council tried. NatureScot, the government's nature agency, said in its consultation "
        "response that it did not object. The FAI said in a statement that it would publish a new standard.",
        [
            ("Morag Lennie", "indirect", "council tried"),
            ("NatureScot", "indirect", "object"),
            ("FAI", "indirect", "publish standard"),
        ],
    ),
    # 'to explain why ...': a purpose, no words reported, so the sentence's subject is not its content
    (
        "en",
        "Dr Helen Tsakalos, the vet who founded Megalong Wildlife Hospital in 2017, does not need to check the "
        'book to explain why most of them are here. "Cars, dogs, cats. It\'s us, mostly," she says.',
        [("Helen Tsakalos", "direct", "cars dogs")],
    ),
    # a plural verb with no subject before anyone has spoken is the body the sentence before was about ('Kot so
    # sporočili'), or the one its own content opens with ('Na Policijski upravi Celje so ..., so sporočili');
    # 'češ da' claims; 'utemeljil s tem, da' justifies
    (
        "sl",
        "Policijska uprava Koper je zaprla cesto. Kot so sporočili, bo cesta zaprta do petka.\n\nNa Policijski "
        "upravi Celje so prejeli prijavo in zbirajo obvestila, so sporočili v torek. Svetnik Martin Hočevar je "
        "spremembe podprl, češ da je bila razgrnitev izvedena po pravilih. Minister Rok Gradišar je odločitev "
        "utemeljil s tem, da ima država tam lastne prostore.",
        [
            ("Policijska uprava Koper", "indirect", "cesta zaprta"),
            ("Policijska uprava Celje", "indirect", "prijavo obvestila"),
            ("Martin Hočevar", "indirect", "razgrnitev pravilih"),
            ("Rok Gradišar", "indirect", "država prostore"),
        ],
    ),
    # 'She said' after a sentence that names a woman (her first name tells) is hers, not the body that spoke before
    (
        "en",
        "The Environment Agency said spills had fallen since 2023. In March the club had a visit from Rebecca Lowther, "
        'the Olympic silver medallist. She said talent was "everywhere on the Tyne".',
        [("Environment Agency", "indirect", "spills fallen"), ("Rebecca Lowther", "mixed", "talent Tyne")],
    ),
    (
        "en",
        "Northumbrian Water said spills had fallen since 2023. In March the club had a visit from Rebecca Lowther, "
        'the Olympic silver medallist. She said talent was "everywhere on the Tyne".',
        [("Northumbrian Water", "indirect", "spills fallen"), ("Rebecca Lowther", "mixed", "talent Tyne")],
    ),
    # 'Sources close to Declan Farrelly': all of the name of whom they are close to, so he is not the speaker
    (
        "en",
        "Sources close to Declan Farrelly said he would remain in place.",
        [("anonymous source", "indirect", "remain place")],
    ),
    # 'najavio je u utorak na konferenciji za medije ravnatelj bolnice dr. Tomislav Kralj': where it was said,
    # then who, not what was announced
    (
        "hr",
        "Bolnica će poništiti natječaj za nabavu uređaja, najavio je u utorak na konferenciji za medije ravnatelj "
        "bolnice dr. Tomislav Kralj.",
        [("Tomislav Kralj", "indirect", "poništiti natječaj")],
    ),
    # 'The Portuguese, who has won four trophies with the club, said': the man named before, over the relative
    (
        "en",
        "Ricardo Almeida led the club to the title. The Portuguese, who has won four trophies in three seasons with "
        "the club, said he had told his players to stop admiring the occasion.",
        [("Ricardo Almeida", "indirect", "players stop admiring")],
    ),
    # the fields of one office joined by 'and' before the name are no second speaker ('Health and Social Care
    # Secretary Wes Streeting', 'Economy, Trade and Industry Minister Kenji Arakawa')
    (
        "en",
        "Health and Social Care Secretary Wes Streeting told reporters that the government was watching closely. "
        "Economy, Trade and Industry Minister Kenji Arakawa said the talks had begun to bear fruit.",
        [("Wes Streeting", "indirect", "government watching"), ("Kenji Arakawa", "indirect", "talks fruit")],
    ),
    # 'University of Regina political scientist Leah Mercredi': a word of which kind between the body and the role;
    # 'Downing Street said the prime minister had ...' is the body's statement about someone
    (
        "en",
        "University of Regina political scientist Leah Mercredi said challenges are rare. Downing Street said the "
        'prime minister had "full confidence" in Dawson.',
        [("Leah Mercredi", "indirect", "challenges rare"), ("Downing Street", "mixed", "confidence Dawson")],
    ),
    # 'said this morning.' closes the sentence: the statement is the clause before; 'said this year's event
    # would open' opens one with the time as its subject
    (
        "en",
        "Operations at two terminals remain suspended after a cyberattack, the port authority said this morning. "
        "Festival director Ann Reyes said this year's event would open with a tribute concert.",
        [("authority", "indirect", "operations suspended"), ("Ann Reyes", "indirect", "event tribute concert")],
    ),
    # 'conceded defeat in a post', 'conceded shortly after midnight': no clause, and the words before the cue are
    # its subject, not what was said; 'the unions said last night.' ends the sentence
    (
        "en",
        "Anne Kowalczyk won the race. Lalonde, a 34-year-old paramedic, conceded shortly after midnight in a post "
        'on Facebook. "The people have spoken," he wrote. Kiril Ivanov conceded defeat in a short post. Drivers '
        "voted to accept the offer, the unions said last night.",
        [("Lalonde", "direct", "people spoken"), ("unions", "indirect", "drivers voted offer")],
    ),
    # a witness's evidence in court: 'testified that ... and that ...', one statement a clause
    (
        "en",
        "Nathan Pruitt testified last week that Hale had come at him with a kitchen knife and that he had "
        '"blacked out" during the struggle.',
        [("Nathan Pruitt", "indirect", "Hale kitchen knife"), ("Nathan Pruitt", "mixed", "blacked struggle")],
    ),
    # 'the health unit' takes up the body named before ('Thames Valley Health Unit'), not a place ('St. Thomas');
    # 'Thursday's hearing' names a day, not who spoke
    (
        "en",
        "The Thames Valley Health Unit confirmed 14 cases. Exposure sites include an arena in St. Thomas. The "
        "health unit said unvaccinated students would be excluded from class. Residents who attended Thursday's "
        "hearing said they were stunned.",
        [
            ("Thames Valley Health Unit", "indirect", "students excluded"),
            ("Residents", "indirect", "stunned"),
        ],
    ),
    # 'The England and Wales Cricket Board', 'the Health and Safety Executive': one body, not two speakers
    (
        "en",
        "The England and Wales Cricket Board said Lomax would undergo a scan. The Health and Safety Executive said "
        "the site was unsafe.",
        [
            ("England and Wales Cricket Board", "indirect", "Lomax scan"),
            ("Health and Safety Executive", "indirect", "site unsafe"),
        ],
    ),
    # 'the company' is the firm named before, not the union that organises its workers, nor a tribunal
    (
        "en",
        "Workers at Parcelway Logistics want a union. The Inland Warehouse Workers Alliance filed a petition on "
        "Monday. Parcelway opposes the effort. In a statement, the company said its wages were above average.",
        [("Parcelway Logistics", "indirect", "wages above average")],
    ),
    # a forecaster and a doctor by what they are, after the channel and before their body and name
    (
        "sr",
        "„Рекорд је оборен”, рекла је за РТС дежурна синоптичарка РХМЗ-а Ивана Радосављевић. „Не излазите”, "
        "поручила је докторка Хитне помоћи Јелена Марковић.",
        [("Ivana Radosavljević", "direct", "rekord oboren"), ("Jelena Marković", "direct", "ne izlazite")],
    ),
    (
        "sr",
        "Izvor u Ministarstvu energetike rekao je Politici da će cena biti vezana za berzu.",
        [("anonymous source", "indirect", "cena berzu")],
    ),
    # 'with estimated wind speeds of': a participle before its noun, no one estimating
    (
        "en",
        "The weather service confirmed that a tornado touched down near Pembina shortly after 1:30 p.m., with "
        "estimated wind speeds of up to 240 km/h.",
        [("service", "indirect", "tornado touched Pembina estimated")],
    ),
    # an unnamed spokesperson of a body named before the word speaks for the body, and so does 'the spokesperson'
    # after it
    (
        "en",
        'A Defra spokesperson said the authorisation was time-limited. "We take any report of harm to bees '
        'seriously," the spokesperson added.',
        [("Defra", "indirect", "authorisation limited"), ("Defra", "direct", "harm bees")],
    ),
    # ', a kasnije je na Instagramu napisao': a second predicate of the sentence's subject, after a word of what
    # came next
    (
        "sr",
        "Stefanović je pobedio Francuza Tomu Leklera. Trener Goran Marković je rekao da je pobeda velika. Lekler "
        "je čestitao protivniku na mreži, a kasnije je na Instagramu napisao da je Stefanović „igrač za budućnost“.",
        [("Goran Marković", "indirect", "pobeda velika"), ("Tom Lekler", "mixed", "igrac buducnost")],
    ),
    # 'Mladi Čačanin': the one the text is about, by his town, not a name
    (
        "sr",
        "Luka Stefanović osvojio je turnir. Mladi Čačanin je u finalu spasao dve meč-lopte. „Nisam razmišljao ni o "
        "čemu“, rekao je.",
        [("Luka Stefanović", "direct", "razmisljao")],
    ),
    # 'The agency said' after 'The Food and Drug Administration said': the public body that just spoke
    (
        "en",
        "The Food and Drug Administration said the vaccine produced strong immune responses. The agency said the "
        "most common side effects were arm pain and fatigue.",
        [
            ("Food and Drug Administration", "indirect", "vaccine immune"),
            ("Food and Drug Administration", "indirect", "side effects"),
        ],
    ),
    # a list of three speakers, commas and then 'in': one statement each
    (
        "sl",
        "Prenova šole zamuja\n\nVeč kot 600 učencev bo pouk začelo v zabojnikih. To so danes potrdili podžupan "
        "Jure Bobnar, ravnateljica šole Mateja Drnovšek in direktor Primož Jerman.",
        [
            ("Jure Bobnar", "indirect", "ucencev zabojnikih"),
            ("Mateja Drnovšek", "indirect", "ucencev zabojnikih"),
            ("Primož Jerman", "indirect", "ucencev zabojnikih"),
        ],
    ),
    # the speakers between a quotation and its verb may be a list, or a name with its court
    (
        "en",
        '"The risk of harm is real," Helen Marsh, Peter Kovac and Anita Reddy wrote. "It is already occurring," '
        "Justice Mary Lee of the Federal Court wrote in her reasons.",
        [
            ("Helen Marsh", "direct", "risk harm real"),
            ("Peter Kovac", "direct", "risk harm real"),
            ("Anita Reddy", "direct", "risk harm real"),
            ("Mary Lee", "direct", "already occurring"),
        ],
    ),
    # 'Njena starija ćerka, kako navodi, ...': the daughter is spoken of; her mother, named before, speaks
    (
        "sr",
        "Jovana Marić iz Valjeva ima dvoje dece. Njena starija ćerka, kako navodi, ove jeseni je već dva puta bila "
        "na inhalacijama.",
        [("Jovana Marić", "indirect", "cerka inhalacij")],
    ),
    # 'prema sumnjama istražitelja', 'po sumu policije': what investigators suspect, theirs
    (
        "hr",
        "Prema sumnjama istražitelja, Matijević je navodno od zagrebačke tvrtke tražio i primio najmanje 120.000 "
        "eura kako bi njezina ponuda bila odabrana.",
        [("istražitelj", "indirect", "Matijevic tvrtke eura")],
    ),
    ("sl", "Po sumu policije je direktor od podjetja prejel 120.000 evrov.", [("policija", "indirect", "podjetja")]),
    # 'the Lyon-born rider': where he is from, and his sport, describe the one named before
    (
        "en",
        'Théo Marchetti of France was second. "I gave everything, but he was stronger," the Lyon-born rider added.',
        [("Théo Marchetti", "direct", "gave everything stronger")],
    ),
    # 'Air Force veteran Tanya Reyes': a body, what she is, then her name
    (
        "en",
        "Air Force veteran Tanya Reyes, 36, joined last spring. She says she was nervous she would not fit in.",
        [("Tanya Reyes", "indirect", "nervous fit")],
    ),
    # 'Okonkwo-Hart, a retired Air Force nurse': the role set after a name by a comma is hers; 'she' is the one named
    (
        "en",
        "The choir was founded by Linda Okonkwo-Hart, a retired Air Force nurse. She says the singing helps veterans "
        "breathe.",
        [("Linda Okonkwo-Hart", "indirect", "singing veterans breathe")],
    ),
    # "New Alzheimer's drug": a headline's possessive names what the news is about, no one the lead's role stands for
    (
        "en",
        "New Alzheimer's drug to be funded by June\n\nThe Minister for Health has confirmed that a new treatment will "
        "be funded by the end of June.",
        [("minister", "indirect", "treatment funded June")],
    ),
    # 'labeled in pencil', 'labeled with a name': marked, not called anything
    (
        "en",
        "Lorraine Pettway grows okra. She has started saving seeds in envelopes, labeled in pencil. Each box is "
        "labeled with a name and a date.",
        [],
    ),
    # a name someone goes by, given with 'call', is no statement; a characterisation with 'call' is one
    (
        "en",
        "Everyone in Harlow calls her Peg. Tom Ferris, whom everyone in the building calls Tosh, was waiting. Jo "
        'Reyes, 40, a nurse everyone calls Miss Jo, was not. Ann Cole called the plan "reckless".',
        [("Ann Cole", "mixed", "plan reckless")],
    ),
    # trades news quotes people by ('A firefighter from a local brigade'): someone else, not the one quoted before
    (
        "en",
        "Incident controller Gavin Marr said crews had held the line. A firefighter from a local brigade, who did "
        "not want to be named, said volunteers had worked three shifts in a row.",
        [
            ("Gavin Marr", "indirect", "crews held line"),
            ("anonymous source (firefighter)", "indirect", "volunteers shifts row"),
        ],
    ),
    # 'of Wellington' is inside the university's name; the lecturer after it is the verb's subject
    (
        "en",
        "Victoria University of Wellington politics lecturer Dr Mere Hohaia said the low turnout reflected fatigue.",
        [("Mere Hohaia", "indirect", "turnout fatigue")],
    ),
    # "The elder Pruitt's account ... is not complicated": a sentence that opens on someone's view is about them
    (
        "en",
        'Dale Pruitt has fished for forty years. His son, Caleb, sterns for him. "I love it," Caleb said. The '
        "elder Pruitt's account of the decline is simple. Warmer water, he argued, has pushed the lobster north.",
        [("Caleb", "direct", "love"), ("Dale Pruitt", "indirect", "warmer water lobster north")],
    ),
    # a name set off by commas right before the verb says who the noun phrase opening the sentence is
    (
        "en",
        "The third player heading to Halifax, 13-year-old Minh Tran, said he was not nervous.",
        [("Minh Tran", "indirect", "nervous")],
    ),
    # 'Paul Greenhalgh, a regional organiser for Unite, the union that ...,': the role describes the one named
    (
        "en",
        "Paul Greenhalgh, a regional organiser for Unite, the union that represents most of the drivers, said "
        "timetables had been squeezed.",
        [("Paul Greenhalgh", "indirect", "timetables squeezed")],
    ),
    # 'the team's captain' set after the name is hers too; 'the Harriers' written with its article is a team
    (
        "en",
        "The Harriers train at Druid Hill Park. Danielle Okafor, the team's captain, a nurse who played basketball "
        'in college, runs the drills. "Rugby lets me be loud," she said. The Chesapeake Harriers\' head coach, '
        'Marcus Whitlow, has a simpler theory. "These women have no time to waste," he said.',
        [("Danielle Okafor", "direct", "rugby loud"), ("Marcus Whitlow", "direct", "women time waste")],
    ),
    # 'Te' inside a Māori name: 'Te Rangi' later is the one named in full
    (
        "en",
        "Hemi Te Rangi keeps 400 hives. Graeme McAllister lends him the land. By noon the frost has gone. Te Rangi "
        "closes the last hive. He says he will decide by the end of May whether to sell.",
        [("Hemi Te Rangi", "indirect", "decide May sell")],
    ),
    # "Hemi's wife, Mereana": whose wife she is says she is a woman, for the 'she' after
    (
        "en",
        "Iwi representative Aroha Te Huia says the sites are unchecked. Hemi's wife, Mereana, who works at the "
        'school, says her husband comes home grey. "He is grieving," she says.',
        [
            ("Aroha Te Huia", "indirect", "sites unchecked"),
            ("Mereana", "indirect", "husband grey"),
            ("Mereana", "direct", "grieving"),
        ],
    ),
    # the sister named inside the relative clause is not the one who speaks
    (
        "en",
        "Chef Lisa Potae, who runs the restaurant with her sister, Mere, said she had taken 200 bookings.",
        [("Lisa Potae", "indirect", "bookings")],
    ),
    # an answer under its speaker's label is theirs; what others told them inside it is the others'; the answer's
    # own 'Our research suggests' is not a second statement
    (
        "en",
        "A conversation with Curtis Okafor\n\nWHITFIELD: Tell me about the church.\n\nOKAFOR: The church has "
        "never charged us a cent. The new pastor, Paul Kessler, told me we could stay as long as the building "
        "stands. Our own research suggests people sing better here.",
        [("Curtis Okafor", "direct", "church charged cent"), ("Paul Kessler", "indirect", "stay building stands")],
    ),
    # 'called Pip', 'calls him Tugboat': names, no cue at all; the sentence that speaks of 'him' keeps him followed
    (
        "en",
        "The terrier, called Pip, survived. Clarence Abernathy plays the saxophone. Everyone calls him Tugboat. The "
        "name, he says, was given to him by a bassist in Detroit.",
        [("Clarence Abernathy", "indirect", "name given bassist Detroit")],
    ),
    # ', reached between calls,': how the reporter got the words, set between the subject and its verb; 'calls'
    # after a preposition is a noun, no cue
    (
        "en",
        "Olumide Adeyemi says the unit is short of staff. Harjit Sandhu, reached between calls, said ambulances "
        "wait two hours.",
        [("Olumide Adeyemi", "indirect", "unit short staff"), ("Harjit Sandhu", "indirect", "ambulances wait")],
    ),
    # a double-barrelled surname alone ('Sandhu-Clarke') is the one named in full before
    (
        "en",
        "Jaspreet Sandhu-Clarke is a charge nurse. Minister Evelyn Cardoso-Marsh said a bill would be tabled. "
        "Sandhu-Clarke hands over to the day shift. She says she will sleep until 2.",
        [("Evelyn Cardoso-Marsh", "indirect", "bill tabled"), ("Jaspreet Sandhu-Clarke", "indirect", "sleep")],
    ),
    # 'NHS Highland': an acronym of three letters or more, then a place, is a body; its spokesperson speaks for it
    (
        "en",
        'NHS Highland said it had advertised the post four times. A spokesperson said: "We understand the concern." '
        "The spokesperson added that a nurse would be based at the surgery.",
        [
            ("NHS Highland", "indirect", "advertised post"),
            ("NHS Highland", "direct", "understand concern"),
            ("NHS Highland", "indirect", "nurse surgery"),
        ],
    ),
    # "Pike's father, Ambrose, ..., and she says": she is the one whose father he was
    (
        "en",
        "Captain Darlene Pike runs the ferry. Minister Paula Strickland said the repairs were complex. Pike's "
        "father, Ambrose, worked in the mines, and she says she grew up thinking of the ferry as a lifeline.",
        [("Paula Strickland", "indirect", "repairs complex"), ("Darlene Pike", "indirect", "ferry lifeline")],
    ),
    # a clause with its verb before a colon is part of what was said, not a noun the colon explains
    (
        "en",
        "Karen Doyle said Whitfield's rule is simple: nobody gets cut.",
        [("Karen Doyle", "indirect", "rule simple nobody cut")],
    ),
    # a clause of three words with its verb, the cue after it
    ("en", "Nobody was arrested, Police Scotland said.", [("Police Scotland", "indirect", "nobody arrested")]),
    ("sl", "Sodba ni pravnomočna, so sporočili s sodišča.", [("sodišče", "indirect", "sodba pravnomocna")]),
    # a body named in quotation marks after 'iz', then the outlet it told, then the passive verb
    (
        "sr",
        "Iz „Infrastrukture železnice Srbije” za Politiku je saopšteno da je kašnjenje posledica problema sa "
        "izvođačem.",
        [("Infrastrukture železnice Srbije", "indirect", "kasnjenje posledica izvodjacem")],
    ),
    # 'Prema nezvaničnim saznanjima X': the outlet's unnamed source
    (
        "sr",
        "Према незваничним сазнањима Политике, министарство већ разматра ангажовање другог извођача.",
        [("anonymous source (izvor)", "indirect", "ministarstvo razmatra izvodjaca")],
    ),
    # 'Marine' after 'Department of' is inside the body's name, not a woman's first name starting another
    (
        "en",
        "Landings fell by a fifth last year, according to the Maine Department of Marine Resources.",
        [("Maine Department of Marine Resources", "indirect", "landings fell fifth")],
    ),
    # what follows the source only qualifies the figure before it
    (
        "en",
        "Members landed 1.9 million pounds of lobster last year, according to the Maine Department of Health, "
        "roughly a fifth less than in 2021.",
        [("Maine Department of Health", "indirect", "members landed lobster")],
    ),
    # the one the reporter talked with is whom 'Kot pravi' after it follows
    (
        "sl",
        "Odbojkarji so znova v polfinalu. Z glavnim trenerjem Andrejem Kolaričem smo se pogovarjali o sezoni. Kot "
        "pravi, je ekipa uspeh zgradila na servisu.",
        [("Andrej Kolarič", "indirect", "ekipa uspeh servisu")],
    ),
    # the agency in the dateline reports; 'the company' is the one the story names
    (
        "en",
        "MIAMI (AP) — More than 300 passengers have fallen ill, health officials said.\n\nMeridian Cruise Line "
        'said the ship would return to port.\n\n"The safety of our guests is our highest priority," the company '
        "said.",
        [
            ("health officials", "indirect", "passengers ill"),
            ("Meridian Cruise Line", "indirect", "ship return port"),
            ("Meridian Cruise Line", "direct", "safety guests priority"),
        ],
    ),
]


def test_an_answer_after_a_dash_keeps_what_it_reports_others_to_have_said() -> None:
    passage = (
        "Razgovor s komandirom Admirom Hodžićem\n\nKakvi su uslovi za putnike?\n\n– Nisu dobri, to moram "
        "priznati. Općina Ljubuški nam je obećala da će do kraja sedmice postaviti dodatne toalete.\n\nIma li "
        "incidenata?\n\n– Bilo je nekoliko svađa. Mislim da će se smiriti."
    )
    statements = extract(passage, language="bs")
    by_speaker = sorted((s.speaker, s.quote_type) for s in statements)
    assert by_speaker == [
        ("Admir Hodžić", "direct"),
        ("Admir Hodžić", "direct"),
        ("Općina Ljubuški", "indirect"),
    ], by_speaker


def _found(statements: list, speaker: str, quote_type: str, words: str) -> bool:
    wanted_speaker = name_key(speaker).split()
    wanted_words = name_key(words).split()
    for statement in statements:
        speaker_words = name_key(statement.speaker).split()
        content = name_key(statement.text).split()
        if not all(any(w.startswith(s) for w in speaker_words) for s in wanted_speaker):
            continue
        if statement.quote_type != quote_type:
            continue
        if all(any(c.startswith(w) for c in content) for w in wanted_words):
            return True
    return False


@pytest.mark.parametrize(("language", "passage", "expected"), CASES, ids=[f"{c[0]}-{n}" for n, c in enumerate(CASES)])
def test_construction(language: str, passage: str, expected: list[tuple[str, str, str]]) -> None:
    statements = extract(passage, language=language, published=date(2026, 1, 31))
    for speaker, quote_type, words in expected:
        assert _found(statements, speaker, quote_type, words), (
            f"missing {speaker} / {quote_type} / {words!r} in {[(s.speaker, s.quote_type, s.text) for s in statements]}"
        )
    assert len(statements) == len(expected), [(s.speaker, s.quote_type, s.text) for s in statements]


@pytest.mark.parametrize(
    ("language", "passage", "channel"),
    [
        ("sr", "Градоначелник Зоран Илић рекао је за „Политику“ да ће мост бити отворен у априлу.", "Politika"),
        ("hr", 'Ministar Ivo Kos je za "Večernji list" rekao da neće odstupiti.', "Večernji list"),
        ("sl", "Minister Ivo Kos je za STA povedal, da ne bo odstopil.", "STA"),
        ("en", "Health Secretary Tom Reid told the BBC that waiting lists had fallen.", "BBC"),
        ("bs", "Premijer Nihad Uk kazao je za Fenu da će budžet biti usvojen do kraja mjeseca.", "Fena"),
        ("sr", "Портпарол Милош Илић је за Танјуг рекао да ће састанак бити одржан.", "Tanjug"),
        ("en", "Tom Reid spoke after the vote, telling Sky News that talks would resume.", "Sky News"),
        ("en", "Ivo Kos told Reuters he would not resign.", "Reuters"),
        # the outlet in the dative, no 'za': told the paper, not who spoke
        ("sr", "Izvor u Ministarstvu energetike rekao je Politici da će cena biti vezana za berzu.", "Politika"),
        ("sr", "Ministar Ivan Ilić rekao je Tanjugu da će cena porasti.", "Tanjug"),
    ],
)
def test_channel_is_where_it_was_said(language: str, passage: str, channel: str) -> None:
    [statement] = extract(passage, language=language)
    assert statement.channel == channel


INTERVIEW_SL = """Intervju: Nina Zorman, direktorica Zavoda za gozdove

Z direktorico Zavoda za gozdove Nino Zorman smo se pogovarjali o letošnji sečnji.

Koliko lesa bodo letos posekali?

Ocenjujemo, da okoli tri milijone kubičnih metrov. To je manj kot lani.

Ali se bo cena lesa dvignila?

Mislim, da ne. Trg je stabilen.

Preberite še: Gozdovi po žledu
"""

INTERVIEW_HR = """Razgovarao: Ivan Horvat

Gradonačelnik Dubrovnika Mato Kralj kaže da će ljeto biti rekordno.

Koliko turista očekujete?

- Više od milijun. Hoteli su već sada puni.

Hoće li biti problema s vodom?

- Neće, vodovod je obnovljen.
"""

INTERVIEW_EN = """Senad Kurtović has been mayor of Ilinac since 2020.

BIRN spoke to Kurtović in his office.

BIRN: Why is the municipality against the mine?

Kurtović: I am not against jobs. I am against a mine next to our water spring.

BIRN: What will you do if the permit stays?

Kurtović: Let them come to Ilinac and say that to the people here.
"""

INTERVIEW_SR = """Данијела Вулетић: Дунав сам морала да напустим

Књижевница из Апатина вратила се новом књигом.

С Вулетићевом смо разговарали уочи промоције у Новом Саду.

Зашто вам је требало седам година?

– Зато што сам три пута почињала испочетка.

Зашто Дунав тек сада?

– Дунав сам морала да напустим да бих о њему могла да пишем. Док живите поред реке, она вам је намештај.

Промоција романа заказана је за понедељак у 19 часова.
"""

INTERVIEW_EN_QA = """Bernadette Kilroy became general secretary of the teachers' union in September. She spoke to
Eoin Daly.

Q: Your predecessor was often described as too close to the government. Are you the opposite?

A: I'm not interested in being anybody's opposite. I'm interested in results.

Q: Will the strike go ahead?

A: If we have to, yes. Our executive meets in April.
"""

RHETORICAL_SL = """Vlada je sprejela nov zakon o vodah. Kaj to pomeni za občine?

Občine bodo morale do leta 2030 obnoviti vodovode. Stroški bodo visoki.

Kdo bo plačal?

Država bo prispevala polovico, preostanek občine.
"""


@pytest.mark.parametrize(
    ("language", "passage", "expected"),
    [
        # the answers are the interviewee's, whether dash-led or not; the questions and the 'Read more' line are
        # nobody's statement
        ("sl", INTERVIEW_SL, [("Nina Zorman", "tri milijone"), ("Nina Zorman", "trg stabilen")]),
        (
            "hr",
            INTERVIEW_HR,
            [("Mato Kralj", "ljeto rekordno"), ("Mato Kralj", "milijun hoteli"), ("Mato Kralj", "vodovod obnovljen")],
        ),
        # whom 'we spoke with' is the one named in the headline, not the town where they spoke; after answers that
        # open with a dash, a paragraph that does not is the reporter's again
        ("sr", INTERVIEW_SR, [("Danijela Vuletić", "tri puta"), ("Danijela Vuletić", "reke namestaj")]),
        # 'She spoke to X': she is interviewed; the 'A:' label is not what she said; a question is no one's claim,
        # whatever verb it holds
        ("en", INTERVIEW_EN_QA, [("Bernadette Kilroy", "opposite results"), ("Bernadette Kilroy", "executive april")]),
        # labelled lines: the interviewee's are what he says, the interviewer's label marks the questions
        ("en", INTERVIEW_EN, [("Senad Kurtović", "against jobs"), ("Senad Kurtović", "come ilinac")]),
        # questions a reporter asks and answers in the text itself are not an interview
        ("sl", RHETORICAL_SL, []),
    ],
)
def test_interview_answers_are_the_interviewees(language: str, passage: str, expected: list[tuple[str, str]]) -> None:
    statements = extract(passage, language=language)
    found = [(s.speaker, name_key(s.text)) for s in statements]
    assert len(statements) == len(expected), found
    for speaker, words in expected:
        assert any(
            who == speaker and all(any(t.startswith(w) for t in text.split()) for w in name_key(words).split())
            for who, text in found
        ), found


def test_a_womans_surname_form_is_the_surname_named_before() -> None:
    # 'Grošljeva' is Grošelj's: the woman's form of the surname, with the 'e' that drops out in declension
    text = "Roman je napisala Nika Grošelj. »Pisati je lažje,« je dejal režiser. Grošljeva je dodala, da bo pisala še."
    speakers = [s.speaker for s in extract(text, language="sl")]
    assert speakers[-1] == "Nika Grošelj", speakers


def test_an_embedded_post_is_its_authors_on_x() -> None:
    text = (
        "Župan in poslanec sta si izmenjala ostre besede.\n\nPrimož Bezjak\n@primozbezjak · 21. jan.\n"
        "Vabim župana na javno soočenje. Kadarkoli, kjerkoli.\n\nŽupan vabila ni sprejel."
    )
    [statement] = extract(text, language="sl")
    assert (statement.speaker, statement.channel, statement.quote_type) == ("Primož Bezjak", "X", "direct")
    assert statement.text.startswith("Vabim župana")


def test_a_quotation_signed_in_brackets_below_is_the_signers() -> None:
    text = (
        "»Stanovanjska politika v tej državi obstaja samo na papirju.«\n\n"
        "(Ana Korošec, predsednica Zveze mladinskih organizacij, o novem zakonu)\n\n"
        "Kot so sporočili iz njenega kabineta, bo zakon sprejet jeseni."
    )
    found = [(s.speaker, s.text) for s in extract(text, language="sl")]
    assert found[0] == ("Ana Korošec", "Stanovanjska politika v tej državi obstaja samo na papirju.")
    assert found[1][0] == "kabinet", found  # 'iz njenega kabineta': the institution, over its possessive


@pytest.mark.parametrize(
    ("language", "passage", "speaker", "channel", "words"),
    [
        (
            "en",
            "Council leader Margaret Ellison saidthe authority had made a fair and final offer.",
            "Margaret Ellison",
            None,
            "authority offer",
        ),
        ("en", '"Citizens have a right to know," Ana Todić toldN1.', "Ana Todić", "N1", "citizens right"),
        (
            "hr",
            "Meteorologinja Ivana Lukić prognozirala je zaHRT da bi se vrijeme trebalo smiriti.",
            "Ivana Lukić",
            "HRT",
            "vrijeme smiriti",
        ),
    ],
)
def test_words_glued_by_stripped_markup_are_read_apart(
    language: str, passage: str, speaker: str, channel: str | None, words: str
) -> None:
    [statement] = extract(passage, language=language)
    assert (statement.speaker, statement.channel) == (speaker, channel)
    assert all(w in name_key(statement.text) for w in words.split())
    assert passage[statement.start : statement.end] == statement.text  # the offsets still point into the input


def test_the_interviewee_is_the_person_the_headline_and_lead_are_about() -> None:
    text = (
        "Urška Pečnik: Bakterije so nas prehitele\n\n"
        "Dr. Urška Pečnik že petnajst let preučuje odpornost bakterij. Direktor inštituta Gorazd Remic jo je "
        "označil za »raziskovalko, ki ne odneha«.\n\n"
        "Kaj ste ugotovili?\n\n"
        "Ugotovili smo, da nekatere bakterije gen za odpornost prenašajo na sosede.\n\n"
        "Kaj to pomeni za bolnike?\n\n"
        "Predvsem to, da je treba zdravljenje z antibiotiki izpeljati do konca, kot ga je predpisal zdravnik.\n\n"
        "Ali smo tekmo z bakterijami že izgubili?\n\n"
        "Ne še. Zadnji nov razred antibiotikov pa smo dobili pred desetletji in to je zaskrbljujoče."
    )
    answers = [s for s in extract(text, language="sl") if s.quote_type == "direct"]
    assert [s.speaker for s in answers] == ["Urška Pečnik"] * 3, answers


def test_the_interviewee_is_who_spoke_to_the_reporter() -> None:
    text = (
        "'I write about the sea because I grew up terrified of it'\n\n"
        "Niamh Laoire's third novel follows a fishing family. Ahead of her reading at the Westport Literary "
        "Weekend, Laoire spoke to Conor Hegarty.\n\n"
        "Q: Why go back to 1953?\n\n"
        "A: Partly because my grandmother grew up on an island like this one.\n\n"
        "Q: Is it a sad book?\n\n"
        "A: I don't think it is. People are poor in it, but they are funny.\n\n"
        "Q: What are you reading?\n\n"
        "A: I'm rereading Elizabeth Bishop, as I do every spring."
    )
    answers = [s for s in extract(text, language="en") if s.quote_type == "direct"]
    assert [s.speaker for s in answers] == ["Niamh Laoire"] * 3, answers


@pytest.mark.parametrize(
    ("passage", "expected"),
    [
        # a headline that gives a person and their words, which the body does not say again, is a statement
        (
            "Tomaž Berlec: Nova pravila so slaba novica za slovenske občine\n\nVlada je sprejela nova pravila o "
            "financiranju občin. Župani so jih sprejeli z mešanimi občutki.",
            [("Tomaž Berlec", "pravila slaba novica")],
        ),
        # the same words in the body: the body's statement only, said more exactly
        (
            "Janez Novak: Asfaltne baze pod okni ne bomo dopustili\n\nŽupan Janez Novak je dejal, da asfaltne baze "
            "pod okni ne bodo dopustili.",
            [("Janez Novak", "asfaltne baze dopustili")],
        ),
        # a place or a label before the colon is no speaker
        ("Kranj: parkiranje v starem mestu dvakrat dražje\n\nMestni svet je potrdil nov cenik parkiranja.", []),
    ],
)
def test_headline_with_speaker_and_words(passage: str, expected: list[tuple[str, str]]) -> None:
    statements = extract(passage, language="sl")
    found = [(s.speaker, name_key(s.text)) for s in statements]
    assert len(statements) == len(expected), found
    for speaker, words in expected:
        assert any(
            who == speaker and all(any(t.startswith(w) for t in text.split()) for w in name_key(words).split())
            for who, text in found
        ), found


def test_an_interview_is_with_the_one_the_lead_names_not_his_partner() -> None:
    """'Alpinist X se je s soplezalcem Y vrnil ... Z njim smo se pogovarjali': the answers are X's, not the partner's
    named after him with 's'."""
    text = (
        "Urban Jereb: Na gori nisem junak\n\nAlpinist Urban Jereb se je s soplezalcem Blažem Černetom vrnil iz "
        "Nepala. Z njim smo se pogovarjali v Mojstrani.\n\nKako se počutite?\n\n– Telo je že doma, glava še ne.\n\n"
        "Kdaj sta vedela, da bosta uspela?\n\n– Šele na vrhu."
    )
    answers = [s for s in extract(text, language="sl") if s.quote_type == "direct"]
    assert [s.speaker for s in answers] == ["Urban Jereb", "Urban Jereb"], answers


def test_a_dateline_is_no_part_of_what_was_said() -> None:
    text = (
        "STOCKHOLM, July 9 (Reuters) - Nordic Shipping will cut 900 jobs by the end of the year, the company said on "
        "Thursday, blaming weak freight rates."
    )
    first = extract(text, language="en")[0]
    assert first.text.startswith("Nordic Shipping will cut"), first.text
    assert text[first.start : first.end] == first.text


def test_an_interviewers_prompt_without_a_question_mark_is_no_ones_claim() -> None:
    """'Oporba tvrdi da ste zemljište prodali ispod cijene.' put to the mayor: the interviewer's prompt, and the
    dash-led answer after it is still the mayor's."""
    text = (
        "Ivana Kolar: Ne bježim od odgovornosti\n\nGradonačelnica Ivana Kolar u razgovoru za Glas Slavonije govori o "
        "investicijama.\n\nKada počinje gradnja tvornice?\n\n– Dozvola je izdana, strojevi dolaze do studenoga.\n\n"
        "Oporba tvrdi da ste investitoru zemljište prodali ispod cijene.\n\n– To nije točno. Cijenu je utvrdio "
        "sudski vještak.\n\nHoće li socijalno ugroženi dobiti pomoć?\n\n– Hoće, od siječnja."
    )
    found = [(s.speaker, s.text) for s in extract(text, language="hr")]
    assert all(speaker == "Ivana Kolar" for speaker, _ in found), found
    assert any("vještak" in text for _, text in found), found


def test_she_does_not_take_up_a_man_the_text_spoke_of() -> None:
    text = (
        "Dolores Kaminski steps into the road and holds up her sign. A bus stops, and so does a man on a scooter. "
        '"Nice shoes," she says to a boy as he crosses.'
    )
    statements = extract(text, language="en")
    assert all("man" not in s.speaker for s in statements), statements


def test_a_labelled_answer_is_its_speakers_alone_and_the_prompt_before_it_is_no_ones() -> None:
    """Two founders interviewed together ('Both told the paper ...'): 'Okafor:' opens her answer, not theirs,
    and the interviewer's 'Tom, you came from banking.' before 'Reid:' is a prompt, not a statement."""
    text = (
        "Mesh Labs was founded by Ada Okafor and Tom Reid. Okafor and Reid both told the paper they would stay "
        "in Leeds.\n\nWe spoke to the pair at their office.\n\nWhy farming?\n\nOkafor: I grew up on a farm. We "
        "can now measure grass from space.\n\nTom, you came from banking.\n\nReid: I built fraud models for six "
        "years. Grass is harder than fraud.\n\nWhat next?\n\nOkafor: Mostly people. We want forty staff by June."
    )
    answers = [(s.speaker, s.text.split()[0]) for s in extract(text, language="en") if s.cue == ":"]
    assert answers == [("Ada Okafor", "I"), ("Tom Reid", "I"), ("Ada Okafor", "Mostly")], answers
    assert not any(s.text.startswith("Tom, you") for s in extract(text, language="en"))


def test_a_question_followed_by_what_it_rests_on_is_the_interviewers() -> None:
    """'Zakaj ne bi raje uvedli več avtobusov? To bi bilo cenejše.': the interviewer's question and its premise,
    not an answer; the paragraph after it is the answer."""
    text = (
        "Tramvaj za Ljubljano\n\nO tramvaju smo se pogovarjali s prometnim inženirjem Matejem Klemenčičem.\n\n"
        "Je to veliko?\n\nZa Slovenijo je to ogromno, v evropskem merilu pa običajna cena.\n\nZakaj ne bi raje "
        "uvedli več električnih avtobusov? To bi bilo cenejše in hitrejše.\n\nAvtobusi so del rešitve, ne pa "
        "cela rešitev.\n\nJe leto 2029 realno?\n\nNe. Papirologija je neizprosna."
    )
    answers = [s.text.split()[0] for s in extract(text, language="sl") if s.speaker == "Matej Klemenčič"]
    assert answers == ["Za", "Avtobusi", "Ne."], answers


@pytest.mark.parametrize(
    ("language", "passage", "openings", "interviewee"),
    [
        # 'Vesna Barić Lončar' in the lead and 'Sutkinja Barić Lončar' after it are one person named twice, more
        # often than the premier the lead also names: the answers are hers.
        (
            "hr",
            (
                "INTERVJU Vesna Barić Lončar: Sud nije ničiji servis\n\nSutkinja Ustavnog suda Vesna Barić Lončar "
                "u razgovoru za Jutarnji list odbacuje optužbe da je sud presudio politički. Premijer Ante "
                "Mlinarić odluku je nazvao „pravnim aktivizmom“.\n\nSutkinja Barić Lončar na sudu je od 2020. "
                "godine.\n\nPremijer vas optužuje za aktivizam. Kako to komentirate?\n\nNe komentiram izjave "
                "političara, to nije posao suca.\n\nHoćete li se kandidirati za predsjednicu suda?\n\nNe. Imam još "
                "tri godine mandata i želim raditi na predmetima."
            ),
            ("Ne komentiram", "Ne. Imam"),
            "Vesna Barić Lončar",
        ),
        # 'Režiser Tilen Ocvirk: ...' in the headline and 'Z režiserjem smo se pogovarjali' in the lead: the answers
        # are the director's, not those of the producer named last before the questions.
        (
            "sl",
            (
                "Režiser Tilen Ocvirk: Rudar ne joka\n\nCelovečerec spremlja zadnje leto rudarja. Z režiserjem smo "
                "se pogovarjali v Šaleški dolini.\n\nOcvirk pravi, da je scenarij napisal po pogovorih z rudarji. "
                "Producentka Sara Kolenc je povedala, da je film stal 1,4 milijona evrov.\n\nZakaj rudar?\n\nKer "
                "zdaj še lahko. Čez deset let ne bo več ne jame ne ljudi.\n\nKako ste izbrali igralca?\n\nBoris je "
                "dva meseca hodil z rudarji na šiht."
            ),
            ("Ker zdaj", "Boris je"),
            "Tilen Ocvirk",
        ),
        # 'The retired schoolteacher spoke with CBC's Information Morning': she, named in the lead, answers; the
        # programme she spoke with does not.
        (
            "en",
            (
                "At 70, a marathoner sets a record\n\nEvelyn Tremblay of Moncton ran her first marathon at 52. On "
                "Sunday she set a record.\n\nThe retired schoolteacher spoke with CBC's Information "
                "Morning.\n\nHow are your legs?\n\nThey feel like somebody else's. Give me three days.\n\nWhat got "
                "you going?\n\nMy husband had just died and I wasn't sleeping.\n\nWhat next?\n\nBoston, in April, "
                "if my legs agree."
            ),
            ("They feel", "My husband"),
            "Evelyn Tremblay",
        ),
        # No 'we spoke to' line, and each person named once: the answers are those of the one the lead is about
        # ('Clodagh Fennelly is a volunteer helm ...'), not of the colleague quoted after her.
        (
            "en",
            (
                "A lifeboat helm on 15 years of call-outs\n\nClodagh Fennelly is a teacher and a volunteer helm at "
                "the Ballyduff lifeboat station. This summer the boat was called out 19 times, a run the station's "
                "manager, Declan Roche, described as “the busiest month any of us can remember”.\n\nHow does a "
                "call come in?\n\nThe pager goes. It could be the middle of a lesson.\n\nDo you get "
                "frightened?\n\nNot in the moment.\n\nWhat has changed?\n\nThere are nine women at the station now."
            ),
            ("The pager", "Not in"),
            "Clodagh Fennelly",
        ),
        # a spokeswoman quoted in the lead and the editor's note say nothing of who was interviewed
        (
            "en",
            (
                "A night nurse on 19 years of hospice care\n\nSiobhán Ní Riada has spent 19 years on nights at "
                'the hospice. Her colleague Dr Fergal Hurley describes her as "the person families ask for". A '
                "spokeswoman for the health board said the beds were being considered.\n\nThis interview has been "
                "edited for length and clarity.\n\nHow did you end up in hospice nursing?\n\nBy accident, "
                "honestly.\n\nWhat does a night look like?\n\nQuieter than people imagine."
            ),
            ("By accident", "Quieter"),
            "Siobhán Ní Riada",
        ),
        # 'X, managing director of Skyward India, spoke to The Hindu': the one who spoke, whatever is named more
        (
            "en",
            (
                "The merger will not cut flights\n\nSkyward India and Deccan Jet will fly as one airline. Skyward "
                "India will keep its name.\n\nAnjali Raghavan, managing director of Skyward India, spoke to The "
                "Hindu in Mumbai. Excerpts:\n\nHow will the merger change things?\n\nWe are adding routes.\n\n"
                "What happens to employees?\n\nThere will be no retrenchment."
            ),
            ("We are", "There will"),
            "Anjali Raghavan",
        ),
        # a double-barrelled surname is counted wherever it stands: the judge named three times, not her clerk once
        (
            "en",
            (
                "'I was wrong more often than people think': Justice Margaret Ashdown-Kerr on the bench\n\nMargaret "
                "Ashdown-Kerr retired in March from the Court of Appeal. Her former clerk, Toronto lawyer Priya "
                "Venkataraman, told The Globe that Justice Ashdown-Kerr read every draft aloud to her cat.\n\nShe "
                "spoke with The Globe and Mail about regret.\n\nWhat do you miss?\n\nThe people.\n\nIs it "
                "true about the cat?\n\nThat's Priya's story."
            ),
            ("The people", "That's Priya"),
            "Margaret Ashdown-Kerr",
        ),
    ],
)
def test_the_answers_are_the_interviewees(
    language: str, passage: str, openings: tuple[str, ...], interviewee: str
) -> None:
    answers = [s.speaker for s in extract(passage, language=language) if s.text.startswith(openings)]
    assert answers == [interviewee] * len(openings), answers


@pytest.mark.parametrize(
    "name", ["Meridian Cruise Line", "Starlane Shipping Lines", "Northfell Minerals", "Bayou Clair Polymers"]
)
def test_a_company_named_by_its_trade_is_an_organization(name: str) -> None:
    (statement,) = extract(f"{name} said the ship would return to port on Thursday.", language="en")
    assert (statement.speaker, statement.speaker_kind) == (name, "organization")


def test_a_qualifier_after_the_source_is_not_part_of_what_it_said() -> None:
    passage = (
        "Members landed 1.9 million pounds of lobster last year, according to the Maine Department of Health, "
        "roughly a fifth less than in 2021."
    )
    (statement,) = extract(passage, language="en")
    assert statement.text == "Members landed 1.9 million pounds of lobster last year"
