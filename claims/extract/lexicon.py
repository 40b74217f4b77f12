"""What the extractor knows of each language: reporting verbs, reporting phrases, noun cues, speaker words,
channels. Everything is data, written in the normalized form tokens are compared in (lower case, Latin script,
no diacritics: "sporočil" is "sporocil", "рекао" is "rekao").

Languages come in three families that share a grammar of attribution: Slovenian ("sl"), Croatian, Serbian and
Bosnian ("hbs", both scripts), and English ("en").
"""

from __future__ import annotations

from dataclasses import dataclass

FAMILY = {"sl": "sl", "hr": "hbs", "sr": "hbs", "bs": "hbs", "en": "en"}

# Gender and number a past participle marks: m/f/n singular, p plural (masculine or mixed), q feminine plural.
_SL_ENDINGS = {"l": "m", "la": "f", "lo": "n", "li": "p", "le": "q"}


def _sl_participles(stems: str) -> dict[str, str]:
    forms = {}
    for stem in stems.split():
        for ending, gender in _SL_ENDINGS.items():
            forms[stem + ending] = gender
    forms.update({"rekel": "m", "rekla": "f", "reklo": "n", "rekli": "p", "rekle": "q"})
    # 'navedel' drops its 'e' in the other forms: 'navedla', 'navedli'
    forms.update({"navedla": "f", "navedlo": "n", "navedli": "p", "navedle": "q"})
    return forms


def _hbs_participles(pairs: str) -> dict[str, str]:
    """'rekao:rek' → rekao (m), rekla (f), reklo (n), rekli (p), rekle (q)."""
    forms = {}
    for pair in pairs.split():
        masculine, stem = pair.split(":")
        forms[masculine] = "m"
        for ending, gender in (("la", "f"), ("lo", "n"), ("li", "p"), ("le", "q")):
            forms[stem + ending] = gender
    return forms


# Past participles of reporting verbs, with the gender they mark.
PARTICIPLES: dict[str, dict[str, str]] = {
    "sl": _sl_participles(
        "deja poveda izjavi poudari doda zapisa sporoci potrdi zanika opozori pojasni oceni napoveda zatrdi "
        "prizna obljubi meni navede trdi odgovori vprasa poroca napisa objavi razlozi izpostavi zagotovi "
        "spomni oznaci komentira povze ugotovi zatrjeva poudarja opozarja obrazlozi izrazi citira pozva zahteva "
        "predlaga javi naznani razkri sporoca odgovarja pripomni dodaja napisa govori ocenjeva namigni "
        "zavrni kritizira svari posvari opomni priznava potrjeva zagotavlja pove izpostavlja navaja "
        "tvitni sklene vztraja odvrni zapisa pristavi poudarja opisa obtozi pohvali obsodi pozdravi "
        "ocitni napovedova svetova priporoci ocita pisa spraseva prica podvomi skleni zaupa ponovi zagrozi "
        "izjasni izpoveda strinja posali zaveza pripovedova "
        # what someone expects, notices, grumbles about, reported as what they said
        "pricakova opaza negodova potozi "
        # how it was said, after a quotation: '»...,« se je nasmejala'; a decision justified: 'utemeljil s tem, da'
        "nasmeja zasmeja utemelji"
    ),
    "hbs": _hbs_participles(
        "svjedocio:svjedoci svedocio:svedoci "
        "rekao:rek izjavio:izjavi kazao:kaza naveo:nave istaknuo:istaknu istakao:istak dodao:doda porucio:poruci "
        "upozorio:upozori potvrdio:potvrdi objasnio:objasni ocijenio:ocijeni ocenio:oceni naglasio:naglasi "
        "tvrdio:tvrdi zanijekao:zanijek negirao:negira najavio:najavi priopcio:priopci saopcio:saopci "
        "saopstio:saopsti napisao:napisa pojasnio:pojasni odgovorio:odgovori pitao:pita obecao:obeca "
        "priznao:prizna zakljucio:zakljuci demantirao:demantira demantovao:demantova javio:javi "
        "izvijestio:izvijesti izvestio:izvesti precizirao:precizira ustvrdio:ustvrdi podsjetio:podsjeti "
        "podsetio:podseti poentirao:poentira ukazao:ukaza konstatovao:konstatova konstatirao:konstatira "
        "isticao:istica govorio:govori procijenio:procijeni procenio:proceni nazvao:nazva opisao:opisa "
        "zatrazio:zatrazi pozvao:pozva zahtijevao:zahtijeva zahtevao:zahteva kritizirao:kritizira "
        "kritikovao:kritikova otkrio:otkri objavio:objavi napomenuo:napomenu uvjeravao:uvjerava "
        "uveravao:uverava tvitovao:tvitova obrazlozio:obrazlozi "
        "izrazio:izrazi prenio:preni odbacio:odbaci upitao:upita dometnuo:dometnu nadodao:nadoda "
        "uvjerio:uvjeri uverio:uveri optuzio:optuzi pohvalio:pohvali osudio:osudi pozdravio:pozdravi "
        "savjetovao:savjetova savetovao:savetova preporucio:preporuci predlozio:predlozi predlagao:predlaga "
        "apelovao:apelova apelirao:apelira ispricao:isprica pricao:prica zalio:zali pozalio:pozali "
        "prognozirao:prognozira trazio:trazi uzvratio:uzvrati odvratio:odvrati opomenuo:opomenu dobacio:dobaci "
        "replicirao:replicira zamolio:zamoli molio:moli ponovio:ponovi zaprijetio:zaprijeti zapretio:zapreti "
        "izjasnio:izjasni slozio:slozi nasalio:nasali obavezao:obaveza obvezao:obveza pripovijedao:pripovijeda "
        "pripovedao:pripoveda ocekivao:ocekiva porucivao:poruciva pisao:pisa porekao:porek "
        "nasmijao:nasmija nasmejao:nasmeja "
        # 'izneo je da je grupa primila ...': put forward in court or at a session
        "izneo:izne iznio:izni"
    ),
}
# 'je prepričan, da', 'uvjerena je da': conviction reported like speech
PARTICIPLES["sl"].update({"preprican": "m", "prepricana": "f", "prepricano": "n", "prepricani": "p", "prepricane": "q"})
PARTICIPLES["hbs"].update(
    {
        **{f"uvjeren{e}": g for e, g in (("", "m"), ("a", "f"), ("o", "n"), ("i", "p"), ("e", "q"))},
        **{f"uveren{e}": g for e, g in (("", "m"), ("a", "f"), ("o", "n"), ("i", "p"), ("e", "q"))},
    }
)

PRESENT: dict[str, dict[str, str]] = {
    "sl": {
        **dict.fromkeys(
            (
                "pravi meni trdi opozarja poudarja ocenjuje zatrjuje poroca pise navaja sporoca pojasnjuje dodaja "
                "napoveduje zagotavlja izjavlja odgovarja svari zahteva priznava zanika potrjuje verjame dvomi "
                "opominja ugotavlja meni izpostavlja svetuje priporoca poziva ocita prosi sprasuje predlaga "
                "pripoveduje pricakuje opaza negoduje oznacuje obljublja razlaga vztraja "
                # the narrative present of features: '»...,« pove', 'se spominja', 'razmišlja ob oknu'
                "pove doda odgovori pojasni poudari zatrdi opozori prizna spominja strinja rece razlozi pripomni "
                "potozi "
                # an indictment's charge: 'ki ga tožilstvo bremeni, da je ...'
                "bremeni"
            ).split(),
            "s",
        ),
        **dict.fromkeys(
            (
                "pravijo menijo trdijo opozarjajo poudarjajo ocenjujejo zatrjujejo porocajo pisejo navajajo sporocajo "
                "pojasnjujejo dodajajo napovedujejo zagotavljajo izjavljajo odgovarjajo svarijo zahtevajo priznavajo "
                "zanikajo potrjujejo verjamejo dvomijo ugotavljajo izpostavljajo svetujejo priporocajo pozivajo "
                "ocitajo prosijo predlagajo pripovedujejo pricakujejo opazajo negodujejo oznacujejo obljubljajo "
                "razlagajo vztrajajo "
                "povejo dodajo odgovorijo pojasnijo poudarijo zatrdijo opozorijo priznajo spominjajo strinjajo"
            ).split(),
            "p",
        ),
    },
    "hbs": {
        **dict.fromkeys(
            (
                "kaze tvrdi navodi istice upozorava porucuje dodaje smatra izjavljuje ocjenjuje ocenjuje objasnjava "
                "najavljuje naglasava pise javlja vjeruje veruje procjenjuje procenjuje zahtijeva zahteva pita negira "
                "porice potvrdjuje potvrduje priznaje savjetuje savetuje preporucuje poziva predlaze prica odgovara "
                "zali saopcava saopstava priopcuje doznaje saznaje trazi sumnjici apelira apeluje moli "
                "pripovijeda pripoveda ocekuje podsjeca podseca napominje ukazuje precizira insistira uvjerava "
                "uverava obecava sjeca seca prisjeca priseca "
                # a feature's present after its quotation, and an indictment: '„...“, govori', 'tereti ga da'
                "govori tereti"
            ).split(),
            "s",
        ),
        **dict.fromkeys(
            (
                "kazu tvrde navode isticu upozoravaju porucuju dodaju smatraju izjavljuju ocjenjuju ocenjuju "
                "objasnjavaju najavljuju naglasavaju pisu javljaju vjeruju veruju procjenjuju procenjuju zahtijevaju "
                "zahtevaju pitaju negiraju poricu priznaju savjetuju savetuju preporucuju pozivaju predlazu pricaju "
                "odgovaraju zale saopcavaju saopstavaju priopcuju traze sumnjice apeliraju apeluju mole doznaju "
                "saznaju pripovijedaju pripovedaju ocekuju podsjecaju podsecaju napominju ukazuju preciziraju "
                "insistiraju uvjeravaju uveravaju obecavaju sjecaju secaju prisjecaju prisecaju govore terete"
            ).split(),
            "p",
        ),
    },
    "en": {},
}

# Slovenian has a dual: 'Tako Kovše kot Petkova opozarjata', 'pravita' (the singular and '-ta')
PRESENT["sl"].update({verb + "ta": "d" for verb, number in list(PRESENT["sl"].items()) if number == "s"})

# English reporting verbs: any form; the subject's pronoun or name tells who.
EN_VERBS = frozenset(
    (
        "said says say told tells added adds stated states announced announces confirmed confirms denied "
        "denies warned warns noted notes explained explains argued argues claimed claims insisted insists "
        "stressed stresses wrote writes posted tweeted reported reports asked asks replied replies declared "
        "declares acknowledged acknowledges admitted admits promised promises predicted predicts suggested "
        "suggests estimated estimates described describes urged urges pledged pledges vowed vows maintained "
        "maintains alleged alleges believes reckons reckoned countered counters recalled recalls conceded concedes "
        "emphasized "
        "emphasised emphasizes emphasises indicated indicates disclosed discloses revealed reveals assured "
        "assures complained complains observed remarked commented concluded concludes underlined underscored "
        "underscores agreed agrees told cautioned cautions contended contends responded responds answered "
        "answers blamed accused accuses called calls labelled labeled dismissed dismisses criticised "
        "criticized informed announced demanded demands requested requests proposed proposes condemned "
        "condemns praised praises welcomed welcomes threatened threatens forecast forecasts projected argue warn "
        "claim insist note deny admit suggest predict confirm announce acknowledge allege complain contend concede "
        "stress explain accuse urge estimate "
        # the tabloid register: 'Pruett blasted the referee as "a disgrace"', '"Fine me," he fumed'
        "blasted slammed branded dubbed fumed raged regretted regrets lamented laments "
        # a quotation relayed by an agency: '"...," Vukašinović was quoted as saying'
        "quoted "
        # what a court, a coroner or an inquiry concludes and asks of others
        "ruled recommended recommends "
        # the same message again: 'the bank reiterated that it was prepared to intervene'
        "reiterated reiterates reaffirmed reaffirms "
        # an appeal to someone to do something: 'appealed to dealers to be on the lookout', 'has advised people to'
        "appealed advised advises "
        # a hint of what is to come: 'the bank signalled it was in no hurry to ease further'
        "signalled signaled signals hinted hints "
        # counsel's case put to a court: 'He submitted that no notices had been served' (with 'that' only)
        "submitted "
        # a witness's evidence: 'Pruitt testified last week that Hale had come at him with a knife'
        "testified testifies"
    ).split()
)
EN_AUXILIARY = frozenset(("has have had is was were will would also further later then previously earlier").split())

# Gerunds that report what the main clause's subject said: 'adding that ...', 'rekavši da ...'.
GERUNDS = {
    # 'češ da ...': claiming that, after what the subject did ('je spremembe podprl, češ da ...')
    "sl": frozenset("rekoc dodajoc poudarjajoc opozarjajoc ces".split()),
    "hbs": frozenset(
        "rekavsi dodavsi dodajuci navodeci isticuci istaknuvsi tvrdeci naglasivsi naglasavajuci porucivsi "
        "ocijenivsi ocenivsi upozorivsi upozoravajuci objasnjavajuci kazavsi napominjuci napisavsi izjavivsi "
        "navevsi zakljucivsi podsjetivsi podsetivsi objasnivsi pojasnivsi".split()
    ),
    "en": frozenset(
        "saying adding noting warning arguing insisting stressing claiming explaining telling describing "
        "calling urging accusing suggesting blaming writing posting tweeting admitting acknowledging promising "
        "pledging vowing".split()
    ),
}

# Verbs of characterisation: "je pogovore označil za konstruktivne", "described the talks as".
CHARACTERISING = {
    # praise and condemnation characterise their object too: 'sta pohvalili pripravo proge'
    "sl": ("oznaci", "oceni", "ocenjeva", "opisa", "oznacuj", "ocenjuj", "opisuj", "pohvali", "obsodi"),
    "hbs": (
        "ocijeni",
        "oceni",
        "nazva",
        "opisa",
        "ocjenjuj",  # (ocjenjuje, ocjenjuju)
        "ocenjuj",
        "opisuj",
        "naziva",
        "oznaci",
        "pohvali",
        "osudi",
    ),
    "en": (
        "described",
        "describes",
        "called",
        "calls",
        "labelled",
        "labeled",
        "termed",
        "branded",
        "dismissed",
        "praised",
        "condemned",
        "blasted",
        "slammed",
        "dubbed",
    ),
}

# Hearsay markers: a sentence that carries one and names no source is reported from an unnamed one.
REPORTATIVES = {
    "sl": frozenset("domnevno menda baje".split()),
    "hbs": frozenset("navodno baje toboze".split()),
    "en": frozenset("allegedly reportedly purportedly supposedly".split()),
}

# Words that introduce reported content after a cue.
COMPLEMENTIZERS = {"sl": frozenset({"da", "naj"}), "hbs": frozenset({"da", "kako"}), "en": frozenset({"that"})}

# Auxiliaries that stand with a past participle, with the number they mark.
AUXILIARIES = {
    "sl": {
        "je": "s",
        "so": "p",
        "sta": "d",
        "bo": "s",
        "bodo": "p",
        "bi": "x",
        "bosta": "d",
        "ni": "s",
        "niso": "p",
        "nista": "d",
        "bom": "s",
        "smo": "p",
        "sem": "s",
    },
    "hbs": {
        "je": "s",
        "su": "p",
        "bi": "x",
        "nije": "s",
        "nisu": "p",
        "ce": "s",
        "sam": "s",
        "smo": "p",
        "bio": "s",
        "bila": "s",
    },
    "en": {},
}

NEGATIONS = {
    # (and refusals: 'odbio je da odgovara na pitanja', 'je zavrnil odgovor': no words said)
    "sl": frozenset({"ni", "niso", "nista", "ne", "nikoli"}),
    "hbs": frozenset({"nije", "nisu", "ne", "nikad", "nikada", "odbio", "odbila", "odbili", "odbija", "odbijaju"}),
    "en": frozenset({"not", "never", "n't", "declined", "refused", "didn", "doesn", "wouldn"}),
}


@dataclass(frozen=True)
class Phrase:
    words: tuple[str, ...]  # normalized words; "*" matches any one word
    speaker: str | None = None  # a phrase that names its speaker itself ("neuradno" → an anonymous source)
    kind: str = "anonymous"


def _phrases(text: str, speaker: str | None = None, kind: str = "anonymous") -> tuple[Phrase, ...]:
    return tuple(Phrase(tuple(p.split()), speaker, kind) for p in text.split("|"))


# Reporting phrases: the speaker follows in the genitive (sl, hbs) or as an object (en).
PHRASES = {
    "sl": _phrases(
        "po besedah|po obtoznici|po navedbah|glede na navedbe|po mnenju|po oceni|po ocenah|po podatkih|po porocanju|"
        "po informacijah|po pisanju|po trditvah|po zagotovilih|po napovedih|kot pravi|kot pravijo|kot meni|"
        "kot menijo|kot trdi|kot trdijo|kot navaja|kot navajajo|kot poroca|kot porocajo|kot pise|kot pisejo|"
        "po izjavi|v skladu z navedbami|navedbe|po * besedah|po * mnenju|po * oceni|po * navedbah|"
        "po * informacijah|po * podatkih|po * pisanju|po njegovem|po njenem|po njunem|po njihovem|"
        "po * ocenah|po * zagotovilih|po * napovedih|po * trditvah|po * porocanju|po izjavah|po * izjavah|"
        "po opisu|po * opisu|po pricevanju|po * pricevanju|po pricevanjih|po * pricevanjih|po pripovedovanju|"
        "po izracunih|po * izracunih|po izracunu|po * izracunu|po napovedi|po * napovedi|"
        "po * pripovedovanju|po sumu|po * sumu|po sumih|po * sumih"
    ),
    "hbs": _phrases(
        "prema rijecima|prema recima|po rijecima|po recima|prema navodima|po navodima|prema misljenju|"
        "prema ocjeni|prema oceni|prema procjeni|prema proceni|prema podacima|prema pisanju|prema informacijama|"
        "prema izvjescu|prema izvestaju|prema izvjestaju|kako navodi|kako navode|kako kaze|kako kazu|kako tvrdi|"
        "kako tvrde|kako pise|kako pisu|kako javlja|kako javljaju|kako prenosi|kako prenose|kako istice|"
        "kako isticu|kako smatra|kako smatraju|kako upozorava|kako upozoravaju|prema tvrdnjama|po tvrdnjama|"
        "prema izjavi|prema saopstenju|prema priopcenju|prema saopcenju|prema * rijecima|prema * recima|"
        "po * rijecima|po * recima|prema * misljenju|prema * ocjeni|prema * oceni|prema * navodima|"
        "prema * informacijama|prema * podacima|prema * pisanju|prema procjenama|prema * procjenama|"
        "prema procenama|prema * procenama|prema * procjeni|prema * proceni|prema * tvrdnjama|prema opisu|"
        "prema * opisu|prema svjedocenju|prema svedocenju|prema optuznici|prema * optuznici|prema pricanju|"
        "prema * pricanju|po pricanju|po * pricanju|prema izracunima|prema * izracunima|prema izracunu|"
        "prema * izracunu|prema najavi|prema * najavi|po najavi|po * najavi|prema prognozi|prema * prognozi|"
        "prema prognozama|prema * prognozama|prema sumnjama|prema * sumnjama|po sumnjama|po * sumnjama"
    ),
    "en": _phrases(
        "according to|in the words of|as reported by|in * words|in * view|in * opinion|by * count|by * own count|"
        "by * account|by * own account|by * own description|by * estimate|by * own estimate|by * reckoning|"
        "by * own admission"
    ),
}
PHRASES = {family: phrases for family, phrases in PHRASES.items()}

# Phrases that are their own source: hearsay with no named source, and journalists' questions.
PHRASES["sl"] += _phrases(
    "neuradno|po neuradnih informacijah|po nasih informacijah|po neuradnih podatkih|neuradno smo izvedeli|"
    "po istem viru|po tem viru",
    "anonymous source (vir)",
)
PHRASES["hbs"] += _phrases(
    "neluzbeno|nesluzbeno doznajemo|nesluzbeno saznajemo|nezvanicno saznajemo|nezvanicno doznajemo|nesluzbeno|"
    "nezvanicno|prema nesluzbenim informacijama|prema nezvanicnim informacijama|prema nasim informacijama|"
    "kako doznajemo|kako saznajemo|kako nezvanicno saznaje|kako nesluzbeno doznaje|prema istom izvoru|"
    "prema tom izvoru|po istom izvoru|prema nezvanicnim saznanjima|prema nesluzbenim saznanjima|"
    "prema nasim saznanjima|po nezvanicnim saznanjima|po nesluzbenim saznanjima",
    "anonymous source (izvor)",
)
PHRASES["en"] += _phrases("unofficially", "anonymous source")
PHRASES["sl"] += _phrases(
    "novinarje je zanimalo|novinarji so vprasali|na vprasanje novinarjev|novinarje zanima|na vprasanje ali|"
    "vprasan ali|vprasana ali|na vprasanje novinarjev ali|na vprasanje * novinarjev|na vprasanje * novinarke|"
    "na vprasanje novinarke|na novinarsko vprasanje|na novinarska vprasanja|na vprasanje novinarja|"
    "na vprasanje * novinarja",
    "novinarji",
    "group",
)
PHRASES["hbs"] += _phrases(
    "na pitanje novinara|novinari su pitali|novinare je zanimalo|upitan od novinara|upitan da li|upitana da li|"
    "upitani da li|upitan je li|upitana je li|upitan hoce li|upitana hoce li|na pitanje da li|na pitanje hoce li|"
    "na pitanje je li|upitan je hoce li|upitana je hoce li|upitan je da li|upitana je da li|upitan je je li|"
    "upitana je je li|na pitanje * novinara|na pitanje novinarke|na pitanje * novinarke|na novinarsko pitanje|"
    "na novinarska pitanja|na novinarsko pitanje da li|na novinarsko pitanje je li|na novinarsko pitanje hoce li",
    "novinari",
    "group",
)
PHRASES["en"] += _phrases(
    "asked by reporters|reporters asked|journalists asked|asked by journalists|asked whether|asked if|"
    "when asked whether|when asked if|when asked about|asked about|pressed on whether|pressed on|pressed whether|"
    "pressed by reporters on whether|pressed by reporters on|pressed by journalists on whether|"
    "asked by reporters whether|asked by reporters if|asked by journalists whether",
    "journalists",
    "group",
)

# Passive participles of reporting: 'navedeno je u priopćenju Vlade', 'saopšteno je iz policije'.
PASSIVES = {
    "sl": frozenset("navedeno sporoceno zapisano poudarjeno objavljeno napovedano receno pojasnjeno".split()),
    "hbs": frozenset(
        "navedeno saopceno saopsteno priopceno istaknuto receno objavljeno najavljeno potvrdjeno potvrdeno "
        "naglaseno precizirano pojasnjeno zakljuceno stoji".split()
    ),
    "en": frozenset(),
}
DOCUMENTS = frozenset(
    "priopcenju saopcenju saopstenju izjavi sporocilu porocilu dokumentu pismu odgovoru objavi "
    "upozorenju opozorilu izvjescu izvestaju izvjestaju analizi studiji obvestilu obavijesti dopisu "
    "deklaraciji izjavi statement release letter report "
    # minutes, findings, opinions, rulings: 'U zapisniku komisije navodi se', 'v odločbi sodišča piše'
    "zapisniku nalazu misljenju presudi rjesenju resenju odlocbi odluci obrazlozenju elaboratu memorandumu".split()
)

# "kot je dejal X", "kako je rekao X", "as X said": a reporting verb after these is a parenthetical cue.
PARENTHETICAL = {"sl": frozenset({"kot"}), "hbs": frozenset({"kako", "kao"}), "en": frozenset({"as"})}

# Noun cues: "zahteva Rusije, da ...", "the claim by X that ...".
NOUN_CUES = {
    "sl": frozenset(
        (
            "zahteva zahtevo zahteve opozorilo opozorila trditev trditve izjava izjavo obljuba obljubo napoved "
            "napovedi ocena oceno mnenje stalisce predlog zagotovilo zagotovila sporocilo ugotovitev obtozba "
            "obtozbe namig namigovanja prepricanje ocitek ocitke ocitki ocitkov navedbe navedb"
        ).split()
    ),
    "hbs": frozenset(
        (
            "zahtjev zahtjeva zahtev zahteva tvrdnja tvrdnju tvrdnje izjava izjavu upozorenje ocjena ocjenu ocena "
            "ocenu obecanje najava najavu stav prijedlog predlog poruka poruku uvjerenje uverenje optuzba optuzbe "
            "tvrdnjom"
        ).split()
    ),
    "en": frozenset(
        (
            "claim claims demand demands warning statement assertion promise pledge insistence suggestion "
            "allegation allegations argument contention assurance assurances announcement"
        ).split()
    ),
}

# Anonymous sources.
ANONYMOUS = {
    "sl": frozenset(
        (
            "vir viri vira virov virih sogovornik sogovorniki sogovornika sogovornikov sogovornica sogovornic "
            "neimenovani neimenovan krogov krogih"
        ).split()
    ),
    "hbs": frozenset(
        (
            "izvor izvori izvora izvorima sugovornik sugovornici sugovornika sugovornicima neimenovani neimenovan "
            "sagovornik sagovornici sagovornika sagovornicima sagovornica krugova krugovima"
        ).split()
    ),
    "en": frozenset(["source", "sources", "insider", "insiders"]),
}
ANONYMOUS_WORD = {"sl": "vir", "hbs": "izvor", "en": "source"}

# People referred to by role; the feminine forms mark gender.
ROLES_MASCULINE = frozenset(
    (
        "minister predsednik premier odposlanec direktor zupan poslanec tozilec sodnik trener zdravnik "
        "strokovnjak analitik predstavnik govornik vodja sekretar veleposlanik diplomat podpredsednik "
        "guverner komisar policist inspektor ravnatelj dekan rektor profesor kapetan selektor igralec "
        "kandidat kancler kralj papez mediator posrednik svetovalec sef namestnik lastnik ustanovitelj avtor "
        "odvetnik zagovornik generalni tiskovni ministar predsjednik premijer izaslanik gradonacelnik "
        "zastupnik tuzitelj tuzilac sudac sudija lijecnik lekar strucnjak analiticar glasnogovornik portparol "
        "celnik savjetnik savetnik kancelar nacelnik advokat odvjetnik potpredsjednik potpredsednik ambasador "
        "strateg povjerenik poverenik spokesman president envoy director mayor lawmaker mp prosecutor judge "
        "coach doctor expert analyst official secretary ambassador diplomat chancellor governor commissioner "
        "chief head ceo chairman author coauthor chair leader adviser advisor manager lawyer attorney professor "
        "captain member "
        "candidate king pope spokesperson senator congressman minister premier negotiator mediator "
        "lider procelnik investigator economist researcher boss gaffer skipper officer counterpart reporter journalist "
        "correspondent clerk treasurer registrar auditor coroner sheriff comptroller td mep msp mla"
    ).split()
)
ROLES_MASCULINE = ROLES_MASCULINE | frozenset(
    "branilec napadalec vratar center organizator podajalec strelec selektor zvezni igralec sekretar "
    "podzupan nadzornik poveljnik komandir general admiral kapitan sindikalist aktivist predsednik "
    "izvrsni finančni financni operativni tehnicni clan svetnik revizor varuh ombudsman koordinator "
    "branic napadac golman izbornik igrac vlasnik zamjenik zamenik sef clan vijecnik odbornik "
    "pukovnik zapovjednik komandant istrazitelj inspektor tuzilac vjestak vestak svjedok svedok "
    "striker goalkeeper defender midfielder forward guard player member councillor councilman official "
    "ombudsman commander colonel general admiral inspector investigator witness owner founder "
    # athletes by their sport: 'the Lyon-born rider added'
    "rider cyclist skier swimmer sprinter runner golfer jockey boxer batter bowler batsman winger veteran".split()
)
ROLES_FEMININE = frozenset(
    (
        "ministrica predsednica premierka direktorica zupanja poslanka tozilka sodnica zdravnica predstavnica "
        "komisarka kandidatka kanclerka svetovalka sefica odvetnica strokovnjakinja analiticarka govornica "
        "predsjednica premijerka direktorka gradonacelnica zastupnica tuziteljica sutkinja lijecnica lekarka "
        "glasnogovornica savjetnica savetnica kancelarka ambasadorka spokeswoman chairwoman congresswoman "
        "veleposlanica podpredsednica potpredsjednica potpredsednica portparolka advokatica odvjetnica "
        "profesorica profesorka trenerka docentkinja dekanica rektorka"
    ).split()
)
ROLES_FEMININE = ROLES_FEMININE | frozenset(
    "liderka voditeljica nacelnica procelnica "
    "sekretarka podzupanja igralka kapetanka selektorica clanica svetnica varuhinja koordinatorka glasnica "
    "tajnica zamjenica zamenica vlasnica vijecnica odbornica inspektorica istrazitelica svjedokinja svedokinja "
    "sudkinja ravnateljica novinarka guvernerka poslanka podpredsednica rezirserka reziserka pisateljica "
    "lastnica ustanoviteljica avtorica umetnica zdravnica sestra councilwoman businesswoman "
    "direktorica predsednica ministrica zupanja premierka komisarka kanclerka svetovalka sefica odvetnica".split()
)
ROLES_MASCULINE = ROLES_MASCULINE | frozenset(
    "tajnik glasnogovornik dopredsjednik zamjenik pomocnik branitelj braniteljica zagovornica zastupnica "
    "odvjetnica advokatica tuziteljica svjedokinja vjestakinja clanica ministarka gradonacelnica "
    "poslanica narodna pokrajinska savetnica ambasadorka predsednica potpredsednica sutkinja lekarka "
    "reziser pisatelj umetnik pevec glasbenik igralec lastnik ustanovitelj sekretar drzavni pravnik ekonomist "
    "zgodovinar politolog sociolog filozof duhovnik skof zupnik kmet ribic podjetnik managar menedzer "
    "lekarnik veterinar inzenir arhitekt pilot voznik prodajalec".split()
)
# Athletes and other people news quotes by what they do.
ROLES_MASCULINE = ROLES_MASCULINE | frozenset(
    "pregovarac pregovaracica posrednik medijator izaslanica poslanica kapiten kapitenka novinar dopisnik "
    "branilac braniteljka punomocnik opunomocenik okrivljeni optuzeni osudjeni osudeni "
    "govorec smucar tekmovalec sportnik kolesar kosarkar nogometas rokometas odbojkar tenisac plavalec atlet "
    "skakalec alpinist tekac smucar skijas kosarkas fudbaler nogometas rukometas odbojkas teniser plivac "
    "sportas biciklista dirigent zdravnik specijalist hirurg kirurg epidemiolog ucitelj nastavnik "
    "student dijak ucenik rektor prorektor stecajni upravitelj".split()
)
ROLES_FEMININE = ROLES_FEMININE | frozenset(
    "govorka smucarka tekmovalka sportnica kolesarka kosarkarica nogometasica rokometasica odbojkarica "
    "tenisacica tenisacica plavalka atletinja skakalka tekacica skijasica kosarkasica fudbalerka "
    "rukometasica odbojkasica teniserka plivacica sportistkinja kolegica kolegica uciteljica nastavnica "
    "studentka studentkinja dijakinja epidemiologinja kirurginja hirurginja".split()
)
# English: ordinary people news quotes by what they are ('One diner wrote', 'a passenger told the BBC')
ROLES_MASCULINE = ROLES_MASCULINE | frozenset(
    "diner resident customer passenger neighbour neighbor shopper parent fan voter patient worker driver "
    "motorist eyewitness teacher nurse pensioner tourist visitor farmer homeowner landlord tenant survivor "
    "victim relative local villager campaigner activist protester demonstrator academic scientist man "
    # kin and trades a feature quotes by what they are ('her niece, Bridget,', 'A hospital porter said')
    "nephew grandson stepfather cousin porter cleaner carer caregiver midwife paramedic waiter chef fisherman "
    "miner welder electrician plumber janitor caretaker receptionist cashier scheduler dispatcher speaker partner "
    "pastor vicar priest rabbi imam representative "
    "firefighter fireman policeman soldier medic rescuer lifeguard ranger engineer surgeon "
    "physician pharmacist dentist veterinarian technician mechanic builder labourer laborer nanny gardener baker "
    "butcher grocer instructor tutor lecturer mentor counsellor counselor therapist retiree musician pianist "
    "drummer singer artist poet novelist filmmaker photographer actor dancer athlete climber hunter angler "
    "sailor deckhand crewman trucker postman librarian curator archivist monk nun chaplain commuter traveller "
    "traveler hiker camper beekeeper grower winemaker brewer juror bystander onlooker".split()
)
ROLES_FEMININE = ROLES_FEMININE | frozenset("niece granddaughter stepmother".split())
# kin further off a feature names its people by ('Babica Pavla', 'dedek Jože', 'baka Mara'): 'Pavla' after
# 'Babica' is hers
FURTHER_KIN = {
    "f": frozenset("babica mama teta vnukinja tasca baka nona strina".split()),
    "m": frozenset("dedek ded djed deda stric vnuk tast ujak".split()),
}
ROLES_FEMININE = ROLES_FEMININE | FURTHER_KIN["f"] | {"hcerka"}
ROLES_MASCULINE = ROLES_MASCULINE | FURTHER_KIN["m"]
# Slovenian, Croatian, Serbian, Bosnian: ordinary people news quotes by what they are ('upokojenka iz Žalca')
ROLES_MASCULINE = ROLES_MASCULINE | frozenset(
    "upokojenec oskodovanec pacient stanovalec krajan domacin ocividec sosed penzioner umirovljenik stanar obcan "
    "mjestanin mestanin pacijent vozac prolaznik gost kupac kupec navijac meteorolog zaupnik volonter bralec "
    "sinopticar sinoptik prognosticar doktor ljekar "
    "prebivalec mimoidoci citatelj citalac ocevidac svjedok svedok stanovnik reader witness eyewitness "
    "resident klicatelj pozivatelj caller radnik delavec zaposlenik uposlenik rudar zavarivac".split()
)
ROLES_FEMININE = ROLES_FEMININE | frozenset(
    "radnica delavka zaposlenica uposlenica reporterka dopisnica sodelavka penzionerka umirovljenica upokojenka "
    "povjerenica poverenica".split()
)
ROLES_MASCULINE = ROLES_MASCULINE | frozenset(
    "sodelavec coworker prijatelj znanec friend aide aides izdavac zaloznik pesnik pjesnik knjizevnik pisac".split()
)
# Activists, editors, scientists, doctors and other people quoted by their trade, in both genders
ROLES_MASCULINE = ROLES_MASCULINE | frozenset(
    "aktivista sindikalista ekolog okoljevarstvenik urednik znanstvenik naucnik istrazivac doktor predstojnik "
    "poljoprivrednik prvak pjevac glumac slikar blagajnik ekonomista".split()
)
ROLES_FEMININE = ROLES_FEMININE | frozenset(
    "aktivistka aktivistkinja aktivistica sindikalistka sindikalistkinja ekologinja okoljevarstvenica urednica "
    "strucnjakinja znanstvenica naucnica istrazivacica pedijatrica doktorica predstojnica prodajalka kmetica "
    "poljoprivrednica organizatorka prvakinja pevka pjevacica glumica slikarka blagajnica".split()
)
ROLES_FEMININE = ROLES_FEMININE | frozenset("pesnica pjesnikinja pesnikinja knjizevnica spisateljica zaloznica".split())
ROLES_FEMININE = ROLES_FEMININE | frozenset("prijateljica znanka".split())
ROLES_FEMININE = ROLES_FEMININE | frozenset("komesarka povjerenica poverenica koordinatorica autorica".split())
ROLES_MASCULINE = ROLES_MASCULINE | frozenset("autor".split())
ROLES_MASCULINE = ROLES_MASCULINE | frozenset(
    "volunteer rancher shopkeeper landlord publican coordinator organiser".split()
)
ROLES_MASCULINE = ROLES_MASCULINE | frozenset("komesar".split())
ROLES_FEMININE = ROLES_FEMININE | frozenset(
    "upokojenka oskodovanka pacientka stanovalka krajanka domacinka ocividka soseda penzionerka umirovljenica "
    "stanarka mjestanka mestanka pacijentica vozacica prolaznica kupka kupovalka navijacica meteorologinja "
    "sinopticarka prognosticarka doktorka doktorica ljekarka "
    "volonterka mati bralka prebivalka citateljica citateljka stanovnica klicateljica".split()
)
# scientists asked for their view: 'Geologinja Univerziteta u Đenovi Frančeska Mori rekla je'
ROLES_MASCULINE = ROLES_MASCULINE | frozenset(
    "geolog seizmolog klimatolog biolog hidrolog psiholog historicar istoricar virolog imunolog arheolog "
    "astronom kemik kemicar hemicar fizik "
    "meteorologist forecaster scientist geologist seismologist climatologist epidemiologist virologist historian "
    "psychologist biologist ecologist hydrologist chemist physicist statistician demographer criminologist "
    # doctors by their field, and kin: 'Jedan od anesteziologa, koji ...', 'Njezina kći Marina rekla je'
    "anesteziolog specialist specijalizant pedijatar pediater ginekolog onkolog kardiolog psihijatar psihiater "
    "sin otac oce brat suprug komsija susjed sused moz soprog "
    "whip backbencher frontbencher delegate trustee organiser organizer campaigner shareholder investor "
    "father husband son brother grandfather uncle widower "
    # officers of American and Commonwealth local government and policing
    "izvedenec izvedenka prognosticar prognosticarka prognostik prognostikinja dezurni duznosnik duznosnica "
    "zvanicnik zvanicnica funkcioner funkcionerka funkcionar "
    "oskrbnik cebelar vinogradnik vinar gostilnicar "
    "sheriff coroner marshal constable trooper warden superintendent corporator alderman selectman detective "
    "sergeant principal headteacher headmaster headmistress provost".split()
)
ROLES_FEMININE = ROLES_FEMININE | frozenset(
    "geologinja geoloskinja seizmologinja klimatologinja biologinja hidrologinja sociologinja politologinja "
    "psihologinja ekonomistka ekonomistkinja pravnica zgodovinarka historicarka istoricarka virologinja "
    "imunologinja arheologinja astronomka kemicarka hemicarka fizicarka kci kcerka cerka hci majka supruga "
    "ministarka poslanica tuziteljka tuzilica komsinica susjeda suseda zena soproga "
    "oskrbnica cebelarka vinogradnica vinarka gostilnicarka "
    "mother wife daughter sister grandmother aunt widow woman".split()
)
ROLES = ROLES_MASCULINE | ROLES_FEMININE | {"co author", "co founder", "vice president", "vice chair"}  # (hyphenated)

# Groups of people, in the plural.
GROUPS = frozenset(
    (
        # people of the hills and the countryside features follow: 'Planinci, ki se vračajo, pravijo'
        "planinci gorniki pohodniki sprehajalci kolesarji turisti lovci vascani domacini planinari izletnici "
        "mediji media engineers inspectors paramedics pilots meteorologists forecasters pogajalci poslanci "
        "pals friends fans podpisniki pobudniki potpisnici inicijatori signatories petitioners "
        "sindikati sindikalisti policisti zdravniki strokovnjaki analitiki prebivalci "
        "kmetje protestniki organizatorji starsi ucitelji delavci novinarji aktivisti okoljevarstveniki "
        "raziskovalci znanstveniki opazovalci odvetniki tozilci predstavniki voditelji ministri zupani svojci "
        "gasilci resevalci pregovaraci zastupnici poslanici policajci lijecnici lekari strucnjaci analiticari "
        "stanovnici poljoprivrednici prosvjednici demonstranti organizatori roditelji ucitelji radnici "
        "novinari aktivisti znanstvenici naucnici istrazivaci promatraci posmatraci odvjetnici advokati "
        "tuzitelji tuzioci predstavnici celnici ministri gradonacelnici vatrogasci spasioci ljekari "
        "stabovi stozeri mestani mjestani zitelji krajani obcani gradjani gradani komsije susjedi susedi sosedje "
        "komsija neighbours neighbors gledalci gledalke gledaoci gledatelji posetioci posjetitelji viewers "
        "strajkaci stavkajoci strikers kosarkasi nogometasi fudbaleri rukometasi odbojkasi igraci igralci sportasi "
        "sportniki players "
        "spectators audiences "
        "negotiators lawmakers officials experts analysts residents farmers protesters organizers organisers "
        "parents teachers workers journalists activists scientists researchers authors observers lawyers prosecutors "
        "diplomats representatives leaders ministers doctors unions investigators authorities firefighters "
        "rescuers witnesses voters critics opponents supporters diners customers passengers shoppers fans "
        "patients drivers motorists tourists visitors nurses students pensioners homeowners tenants survivors "
        "relatives families family locals villagers campaigners demonstrators economists academics "
        "studenti studentice ucenici penzioneri umirovljenici taksisti vozaci ribari ratari navijaci stanari "
        "korisnici pacijenti potrosaci trgovci prijevoznici prevoznici uposlenici rudari prosvjetari nastavnici "
        "profesori birachi biraci glasaci branitelji veterani studentje dijaki upokojenci vozniki ribici "
        "navijaci stanovalci uporabniki pacienti potrosniki prevozniki rudarji profesorji volivci "
        "poslodavci delodajalci employers landlords posetioci posjetioci posjetitelji obiskovalci speakers "
        "counsellors counselors legislators senators councillors volunteers coaches employees managers owners "
        "shopkeepers traders midwives paramedics surgeons physicians clinicians carers caregivers"
    ).split()
)

# Organizations named by a common noun (base form), and well-known names that act as speakers.
ORGANIZATION_NOUNS = frozenset(
    (
        "ministrstvo vlada policija sodisce tozilstvo stranka podjetje druzba agencija urad obcina zavod "
        "banka komisija svet parlament zbor uprava inspektorat sindikat zbornica fakulteta univerza "
        "bolnisnica klinika ministarstvo policija sud tuzilastvo tuziteljstvo stranka tvrtka kompanija "
        "odvjetnistvo pravobranilastvo pravobranilstvo koncern fond sektor odeljenje odjel odjeljenje "
        "delegacija misija predstavnistvo ambasada veleposlanstvo konzulat postrojba postaja stanica jedinica "
        "zajednica brigada veriga lanac chain straza garda guard "
        "odsek oddelek stab "
        "agencija ured opcina zavod banka komisija vijece savjet sabor skupstina uprava inspektorat sindikat "
        "komora fakultet sveuciliste univerzitet bolnica klinika predsjednistvo predsednistvo kabinet "
        "ambasada veleposlanstvo ministry government police court prosecutor office party company agency bank "
        "commission council parliament union university hospital embassy army military cabinet administration "
        "department miner producer maker manufacturer retailer lender insurer carrier airline exporter shipbuilder "
        "developer supplier operator utility carmaker consortium conglomerate alliance investor"
    ).split()
)
ORGANIZATION_NOUNS = ORGANIZATION_NOUNS | frozenset(
    "drustvo zdruzenje zveza odbor holding unija druzba skupina zavarovalnica elektrarna termoelektrarna "
    "udruga udruzenje savez grupa preduzece poduzece elektroprivreda vodovod kabinet stozer sluzba direkcija "
    "centar center delegacija koalicija opozicija oporba klub organizacija institut instituta fundacija fondacija "
    "district trust foundation bureau group association federation organisation organization committee institute "
    "club council authority league movement front palace sekretarijat sekretariat secretariat "
    "office service coalition campaign charity ngo delegation list casopis časopis tjednik tednik portal "
    "televizija radio dnevnik newspaper daily magazine broadcaster utility firm operator regulator watchdog "
    "airline lender insurer retailer carmaker manufacturer producer mission "
    "chipmaker automaker drugmaker steelmaker grocer supermarket conglomerate skupnost zeleznica zeljeznica "
    "zeleznice zeljeznice biotech hospice headquarters cooperative co-op prefecture "
    # armed forces and authorities: 'Ukrajinske zračne sile so sporočile', 'po navedbah mestnih oblasti'
    "sile snage oblasti vlasti oblast vlast letalstvo vojska mornarica zrakoplovstvo vazduhoplovstvo vojsko "
    "navy society povjerenstvo poverenstvo komitet sklad konzorcij konzorcijum aerodrom letalisce unit "
    # the defence at a trial: 'Trditve obrambe, da ...', 'odbrana je zatražila'
    "obramba odbrana "
    # civic and political movements: 'Narodna inicijativa', 'Pokret Slobodni građani', 'Civilna iniciativa'
    "inicijativa iniciativa pokret gibanje savet kancelarija plenum blok platforma "
    # 'ravnateljica Doma zdravlja Gospić Ivana Kovač': a health centre, a home for the elderly
    "dom "
    # schools, kindergartens, theatres, heating plants: 'Kot so sporočili iz vrtca', 'po izračunih toplarne'
    "vrtec vrtic sola skola gimnazija knjiznica muzej gledalisce kazaliste pozoriste toplarna toplana ustanova "
    "zavod".split()
)
# Countries and regions whose genitive ends a company's or agency's name ('Putevi Srbije', 'Elektro Slovenija',
# 'Hrvatske šume'): a capitalised word before one of them names an organization, not a person.
PLACE_GENITIVES = frozenset(
    "srbije hrvatske slovenije bosne hercegovine bih crne gore makedonije vojvodine srpske federacije "
    "beograda zagreba ljubljane sarajeva novog sada splita rijeke maribora".split()
)
# Words that open a company's name and are no first name: 'Elektro Primorska', 'Telekom Slovenije'.
ORGANIZATION_FIRST_WORDS = frozenset(
    "elektro telekom elektroprivreda elektrodistribucija holding energetika komunala vodovod termoelektrarna "
    "hidroelektrarne".split()
)
ORGANIZATION_NAMES = {
    "kremelj": "Kremelj",
    "kremlj": "Kremlj",
    "kremlin": "Kremlin",
    "washington": "Washington",
    "vasington": "Vašington",
    "bruselj": "Bruselj",
    "bruxelles": "Bruxelles",
    "brisel": "Brisel",
    "brussels": "Brussels",
    "moskva": "Moskva",
    "moscow": "Moscow",
    "kijev": "Kijev",
    "kyiv": "Kyiv",
    "peking": "Peking",
    "beijing": "Beijing",
    "rusija": "Rusija",
    "russia": "Russia",
    "ukrajina": "Ukrajina",
    "ukraine": "Ukraine",
    "zda": "ZDA",
    "sad": "SAD",
    "eu": "EU",
    "nato": "NATO",
    "zn": "ZN",
    "un": "UN",
    "who": "WHO",
    "imf": "IMF",
    "mdf": "MDF",
    "mup": "MUP",
    "nijz": "NIJZ",
    "hina": "Hina",
    "sta": "STA",
    "beta": "Beta",
    "tanjug": "Tanjug",
    "fena": "Fena",
    "srna": "Srna",
    "beograd": "Beograd",
    "zagreb": "Zagreb",
    "ljubljana": "Ljubljana",
    "sarajevo": "Sarajevo",
    "srbija": "Srbija",
    "hrvaska": "Hrvaška",
    "hrvatska": "Hrvatska",
    "slovenija": "Slovenija",
    "nemcija": "Nemčija",
    "njemacka": "Njemačka",
    "nemacka": "Nemačka",
    "francija": "Francija",
    "francuska": "Francuska",
    "kitajska": "Kitajska",
    "kina": "Kina",
    "china": "China",
    "iran": "Iran",
    "izrael": "Izrael",
    "israel": "Israel",
    "pentagon": "Pentagon",
    "evropska komisija": "Evropska komisija",
    "bela hisa": "Bela hiša",
    "bijela kuca": "Bijela kuća",
    "bela kuca": "Bela kuća",
    "crveni krst": "Crveni krst",
    "dom zdravlja": "Dom zdravlja",
    "zdravstveni dom": "Zdravstveni dom",
    # newspapers named by an adjective and a noun in lower case
    "sportski zurnal": "Sportski žurnal",
    "jutarnji list": "Jutarnji list",
    "vecernji list": "Večernji list",
    "novi list": "Novi list",
    "sportske novosti": "Sportske novosti",
    "vecernje novosti": "Večernje novosti",
    "dnevni avaz": "Dnevni avaz",
    "slobodna dalmacija": "Slobodna Dalmacija",
    "glas istre": "Glas Istre",
    "glas istra": "Glas Istre",  # (as the lemmatizer gives it: 'Glasu Istre' → 'Glas Istra')
    "glas slavonije": "Glas Slavonije",
    "glas slavonija": "Glas Slavonije",
    "glas srpske": "Glas Srpske",
    "nezavisne novine": "Nezavisne novine",
    "crveni kriz": "Crveni križ",
    "rdeci kriz": "Rdeči križ",
    "white house": "White House",
    "downing street": "Downing Street",
    "elizejska palaca": "Elizejska palača",
}

# Pronoun subjects: gender/number they mark.
PRONOUNS = {
    # ('Sama pravi, da ...': she herself, the one just spoken of)
    "sl": {"on": "m", "ona": "f", "oni": "p", "one": "q", "onadva": "p", "onidve": "q", "sama": "f", "sam": "m"},
    "hbs": {"on": "m", "ona": "f", "oni": "p", "one": "q"},
    "en": {"he": "m", "she": "f", "they": "p", "it": "n"},
}

# Coordination in a joint subject: "Tako X kot Y", "X in Y", "X i Y", "X and Y".
# 'and' in each family: Slovenian 'in' is the English preposition, Serbian 'i' is not a word in English
CONJUNCTIONS = {"sl": frozenset({"in", "ter", "kot"}), "hbs": frozenset({"i", "te"}), "en": frozenset({"and"})}

# Where something was said: platforms, and outlets a statement was given to.
PLATFORMS = {
    "instagram": "Instagram",
    "instagramu": "Instagram",
    "facebook": "Facebook",
    "facebooku": "Facebook",
    "twitter": "Twitter",
    "twitterju": "Twitter",
    "twitteru": "Twitter",
    "tiktok": "TikTok",
    "tiktoku": "TikTok",
    "youtube": "YouTube",
    "youtubu": "YouTube",
    "youtubeu": "YouTube",
    "telegram": "Telegram",
    "telegramu": "Telegram",
    "threads": "Threads",
    "bluesky": "Bluesky",
    "linkedin": "LinkedIn",
    "linkedinu": "LinkedIn",
    "x": "X",
    "x-u": "X",
    "xu": "X",
}
CHANNEL_PREPOSITIONS = frozenset({"na", "za", "v", "u", "on", "to", "in", "with", "told", "for", "preko", "via"})
PRESS_CHANNELS = {
    "izjavi za javnost": "press release",
    "sporocilu za javnost": "press release",
    "novinarski konferenci": "press conference",
    "konferenci za novinarje": "press conference",
    "konferenciji za novinare": "press conference",
    "konferenciji za medije": "press conference",
    "press konferenciji": "press conference",
    "priopcenju": "press release",
    "saopstenju": "press release",
    "saopcenju": "press release",
    "press conference": "press conference",
    "news conference": "press conference",
    "statement": "statement",
    "izjavi za medije": "statement",
}

# Words that start sentences in capitals but are not names.
NOT_NAMES = frozenset(
    (
        "da tako tam kljub glede na v po do pri za eno strani napadi ta to te ti tudi se in ali pa a ko ker "
        "ce kot ki kaj kdo kje kdaj kako zakaj vse vsi vec danes vceraj jutri medtem zato sicer vendar po "
        "potem nato prav zaradi iz od s z pred med nad pod brez proti ob okoli glede poleg razen namesto u iz "
        "sa od do za na o pri prema kako sto sta sto koji koja koje ovo ono taj ta to ovaj ova the a an this "
        "that these those he she they it we i you in on at for with by from of to as but and or if when while "
        "after before during since until because although though mr mrs ms dr januar februar marec april maj "
        "junij julij avgust september oktober november december januarja februarja marca aprila maja junija "
        "julija avgusta septembra oktobra novembra decembra ponedeljek torek sreda cetrtek petek sobota "
        "nedelja ponedjeljak utorak srijeda cetvrtak subota nedjelja january february march april may june "
        "july august september october november december monday tuesday wednesday thursday friday saturday "
        "sunday foto photo video preberite procitajte read vir izvor source ministrstvo vlada policija"
    ).split()
)

NOT_NAMES = NOT_NAMES | frozenset(
    "jedan jedna jedno jednog jedne neki neka neko nekoliko en ena eno eden "
    "both either neither oba obe obojica oboje obadva obe dva dve two three several many some most all "
    "according asked meanwhile however nevertheless furthermore moreover also ali toda vendar medtim medutim "
    "sicer zato tudi prav dodatno poleg poleg".split()
)
# Adverbs that open a sentence before its verb, as a name would: 'Posebej je pohvalil ...', 'Kasnije je dodao'
NOT_NAMES = NOT_NAMES | frozenset(
    "posebej predvsem zlasti najprej nazadnje kasneje pozneje takrat tedaj hkrati obenem znova ponovno vseeno "
    "seveda ocitno najbrz morda verjetno mogoce sedaj zdaj letos lani sinoci zjutraj zvecer dopoldne popoldne "
    "posebno posebice narocito najprije kasnije potom zatim takoder takode ipak naime dakle jucer sinoc danas "
    "sutra ujutro navecer uvecer prije tada onda sada sad ranije prethodno istovremeno istodobno ponovo opet "
    "especially earlier later separately previously still then now instead vise".split()
)
# English numbers and ordinals that open a sentence or a seeding ('One diner wrote', 'Third seed Ana Kos')
NOT_NAMES = NOT_NAMES | frozenset(
    "one four five six seven eight nine ten dozens hundreds thousands first second third fourth fifth sixth "
    "seventh eighth ninth tenth top dvojica trojica cetvorica petorica sestorica desetorica troje cetvero "
    "dvije tri cetiri pet sest trije stirje desetine stotine tisuce hiljade".split()
)
# English adjectives that open a sentence before a role and a name ('Former England defender Dave Cressley')
# and the tabloid's capitalised mood ('FUMING Castlebridge boss Gary Pruett')
NOT_NAMES = NOT_NAMES | frozenset(
    "former ex late outgoing incoming interim acting veteran fuming furious raging livid defiant gutted "
    "tearful heartbroken stunned shocked delighted thrilled brave angry "
    # and a market's words ('Shares of Nexora Systems fell ...')
    "shares stocks prices sales profits revenue earnings "
    # and a party's adjective before a role ('Republican state Sen. Curtis Lamb'), and words of quantity
    # ('More than 40 Labour MPs have written')
    "republican democratic more fewer nearly almost roughly around".split()
)
# Adverbs that open a feature's sentences before its verb: 'Raje pripoveduje o zimi', 'Resneje doda'
NOT_NAMES = NOT_NAMES | frozenset(
    "raje resneje spet tiho glasno resno odlocno mirno pocasi hitro kratko tise zamisljeno vedno vendar "
    "like unlike despite whereas "
    # and where or when a feature's scene is set: 'Inside, Amna Idris is shaping dough'
    "inside outside upstairs downstairs nearby indoors outdoors overhead elsewhere abroad ashore aboard afterwards "
    "afterward sometimes often usually occasionally once twice soon eventually finally suddenly here there today "
    "tonight yesterday tomorrow".split()
)
