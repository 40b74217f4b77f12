"""Time bounds of statements: the date by which what a statement says is bounded in time.

"Prekinitev napadov naj bi trajala do nedelje", said on Saturday 2026-01-31, is due on Sunday 2026-02-01;
"the bill will be passed by the end of next year" on 2027-12-31; "sastanak je održan u petak" is no bound at all,
because the Friday it names is past.

The method is the usual one of rule-based temporal taggers (HeidelTime: Strötgen & Gertz 2013, "Multilingual and
cross-domain temporal tagging"): time expressions are recognised by small per-language lexicons and patterns, then
normalised against a reference date (the article's) in the direction the verb's tense points. Here:

1. The text is written in Latin script (Serbian Cyrillic transliterated), lower-cased and stripped of diacritics
   ("četrtek" and "cetrtek" alike), then cut into words, numbers and single punctuation marks.
2. One left-to-right pass recognises expressions at each token: an optional preposition, then a weekday, an
   explicit date, a relative day, a period ("do konca prihodnjega leta", "sljedeći tjedan"), a named month or
   year, or a duration ("v dveh tednih", "u roku od dva tjedna"). Each recogniser looks at a few tokens only, so
   the pass is linear in the length of the text; no regular expression can backtrack.
3. "do", "until", "by" (and "najkasneje", "within") make a bound whatever the tense. An expression without one
   ("v petek", "on Friday") is a bound only when its clause looks forward: the tense marker nearest to it in its
   clause is a future one (bo, će, will ...) or there is none (present tense); a past marker ("je bil",
   "sastali su se", "met", "-ed") makes it an event in the past. Expressions that point forward by themselves
   (tomorrow, next week) need no tense.
4. Of the bounds found, the earliest on or after the reference is the answer.

Resolution: a weekday is the next such day strictly after the reference; a week runs Monday to Sunday and
"next week" ends on the Sunday after this one; a period named alone ("do marca", "by 2030", "next month") resolves
to its last day, as do "the end of" periods; "mid-" to the 15th of a month or 30 June; "the beginning of" to its
first day. A date without a year is its next occurrence on or after the reference, unless it fell in the last two
months: then it is in the past, and no bound.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from calendar import monthrange
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from .language import to_latin

__all__ = ["time_bound"]

# --- Normalisation --------------------------------------------------------------------------------------------------

_FOLD = str.maketrans(
    {
        "č": "c", "ć": "c", "š": "s", "ž": "z", "đ": "dj", "’": "'", "‘": "'", "`": "'", "´": "'",
        "\u00ad": "", "\u200b": "", "\u200c": "", "\u200d": "", "\ufeff": "",
    }
)  # fmt: skip
_TOKEN = re.compile(r"[^\W\d_]+|\d+|\n|[^\w\s]")


# (the same as pairs: a few `str.replace` calls cost less than `str.translate` with a dict on non-ASCII text; no
# replacement holds a character that another one replaces, so the order does not matter)
_FOLD_PAIRS = tuple((chr(k), v if isinstance(v, str) else "") for k, v in _FOLD.items())


def _fold(word: str) -> str:
    word = word.lower()
    if word.isascii():
        return word.replace("`", "'") if "`" in word else word
    for char, replacement in _FOLD_PAIRS:
        if char in word:
            word = word.replace(char, replacement)
    return word


def _set(words: str) -> frozenset[str]:
    return frozenset(_fold(w) for w in words.split())


def _stems(words: str) -> tuple[str, ...]:
    return tuple(_fold(w) for w in words.split())


def _labelled(table: str) -> dict[str, str]:
    """'week: teden tedna' lines → {'teden': 'week', 'tedna': 'week'}."""
    found: dict[str, str] = {}
    for line in table.strip().splitlines():
        label, _, forms = line.partition(":")
        for form in forms.split():
            found[_fold(form)] = label.strip()
    return found


def _numbered(table: str) -> dict[str, int]:
    """'4: petek petka' lines → {'petek': 4, 'petka': 4}."""
    return {form: int(label) for form, label in _labelled(table).items()}


def _seqs(phrases: str) -> tuple[tuple[str, ...], ...]:
    """'v roku|najkasneje v' → (('v', 'roku'), ('najkasneje', 'v')), longest first."""
    found = [tuple(_fold(w) for w in p.split()) for p in phrases.split("|") if p.strip()]
    return tuple(sorted(found, key=len, reverse=True))


# --- Lexicons -------------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Lexicon:
    """What one language (or the Serbo-Croatian family) says about time, in folded form."""

    weekdays: Mapping[str, int]  # every inflected form → 0 (Monday) .. 6
    months: Mapping[str, int]  # full names, every inflected form → 1..12
    month_abbreviations: Mapping[str, int]  # only next to a day number
    relative_days: Mapping[str, int]  # jutri → 1
    today: frozenset[str]  # danes, tonight: a bound only after do/until
    bound: frozenset[str]  # do, until, by
    at_latest: tuple[tuple[str, ...], ...]  # najkasneje, no later than
    bare: frozenset[str]  # v, u, on, od, za
    range_start: frozenset[str]  # od, from: "od petka do nedelje" is bounded by Sunday
    range_end: frozenset[str]
    fillers: frozenset[str]  # the, of
    end: frozenset[str]  # konca, kraja, end
    middle: frozenset[str]
    start: frozenset[str]
    periods: Mapping[str, str]  # tedna → week, meseca → month, leta → year, vikend → weekend, dneva → day
    this: frozenset[str]
    next: frozenset[str]
    past: frozenset[str]  # pretekli, prošli, last: the expression lies in the past
    single_periods: Mapping[str, tuple[str, int]]  # letos → (year, 0)
    year_words: frozenset[str]  # leta, godine, year
    year_followers: frozenset[str]  # words that may follow "do 2030" (and not "do 2030 ljudi")
    numbers: Mapping[str, int]
    units: Mapping[str, str]  # tednih → week
    unit_quantity: frozenset[str]  # "tjedan dana", "teden dni": one unit
    within: tuple[tuple[str, ...], ...]  # duration triggers that bound: v roku, u roku od, within
    within_bare: tuple[tuple[str, ...], ...]  # duration triggers that need the tense: v, za, in
    duration_next: frozenset[str]  # naslednjih, narednih, next
    # tense
    future: frozenset[str]
    future_stems: tuple[str, ...]  # predviden..., zakazan..., schedul...
    past_words: frozenset[str]  # včeraj, jučer, yesterday, ago
    past_aux: frozenset[str]
    future_aux: frozenset[str]
    conditional_aux: frozenset[str]
    participle_endings: tuple[str, ...]
    not_participles: frozenset[str]
    passive_stems: tuple[str, ...]  # hbs "održan je"
    boundaries: frozenset[str]  # complementizers and relativizers that open a clause: da, ki, that
    starters: frozenset[str] = field(init=False, repr=False)  # every word an expression may begin with
    # every word but a number that `_Scanner.expression` can recognise anything at (after 'do', 'v', 'the')
    expression_words: frozenset[str] = field(init=False, repr=False)
    phrase_words: frozenset[str] = field(init=False, repr=False)  # the first words of `within`, `at_latest` ...

    def __post_init__(self) -> None:
        phrases = (*self.at_latest, *self.within, *self.within_bare)
        words = {p[0] for p in phrases} | set().union(
            self.weekdays, self.months, self.month_abbreviations, self.relative_days, self.today, self.bound,
            self.bare, self.fillers, self.end, self.middle, self.start, self.periods, self.this, self.next,
            self.past, self.single_periods, self.year_words,
        )  # fmt: skip
        object.__setattr__(self, "starters", frozenset(words))
        object.__setattr__(self, "phrase_words", frozenset(p[0] for p in phrases))
        expression_words = set().union(
            self.past, self.months, self.month_abbreviations, self.relative_days, self.today, self.end, self.middle,
            self.start, self.this, self.next, self.single_periods, self.periods, self.weekdays, self.year_words,
        ) | {"day", ","}  # fmt: skip
        object.__setattr__(self, "expression_words", frozenset(expression_words))


_PUNCT_BOUNDARIES = frozenset(',;:!?()[]{}"«»„“”–—…\n')
_SENTENCE_ENDS = frozenset(".!?")
_MAX_FILLERS = 2

# Slovenian

_SL = _Lexicon(
    weekdays=_numbered(
        """
        0: ponedeljek ponedeljka ponedeljku ponedeljkom
        1: torek torka torku torkom
        2: sreda srede sredo
        3: četrtek četrtka četrtku četrtkom
        4: petek petka petku petkom
        5: sobota sobote soboto soboti
        6: nedelja nedelje nedeljo nedelji
        """
    ),
    months=_numbered(
        """
        1: januar januarja januarju
        2: februar februarja februarju
        3: marec marca marcu
        4: april aprila aprilu
        5: maj maja maju
        6: junij junija juniju
        7: julij julija juliju
        8: avgust avgusta avgustu
        9: september septembra septembru
        10: oktober oktobra oktobru
        11: november novembra novembru
        12: december decembra decembru
        """
    ),
    month_abbreviations=_numbered(
        "1: jan\n2: feb\n3: mar\n4: apr\n6: jun\n7: jul\n8: avg aug\n9: sep sept\n10: okt\n11: nov\n12: dec"
    ),
    relative_days=_numbered("1: jutri\n2: pojutrišnjem"),
    today=_set("danes nocoj drevi"),
    bound=_set("do"),
    at_latest=_seqs("najkasneje|najpozneje|najkasneje do|najpozneje do"),
    bare=_set("v od za ob med čez na"),
    range_start=_set("od"),
    range_end=_set("do -"),
    fillers=frozenset(),
    end=_set("konca konec koncu"),
    middle=_set("sredine sredino sredina sredi"),
    start=_set("začetka začetku začetek"),
    periods=_labelled(
        """
        day: dneva dan dnevu
        week: teden tedna tednu
        month: mesec meseca mesecu
        year: leto leta letu
        weekend: vikend vikenda vikendu vikendom
        """
    ),
    this=_set("ta to tega tem tej letošnjega letošnje tekočega tekoči"),
    next=_set(
        "prihodnji prihodnjega prihodnjem prihodnje prihodnjo naslednji naslednjega naslednjem naslednje naslednjo"
    ),
    past=_set(
        "pretekli preteklega preteklem pretekle preteklo prejšnji prejšnjega prejšnjem prejšnje prejšnjo minuli "
        "minulega minulem minule minulo lanski lanskega lanskem lanske"
    ),
    single_periods={"letos": ("year", 0)},
    year_words=_set("leta letu leto"),
    year_followers=_set("bo bodo bosta pa in ter je so se naj ko ali da ne bi mora morajo morala leta"),
    numbers=_numbered(
        """
        1: en ena eno enega enem enim eni
        2: dva dve dveh dvema
        3: tri treh tremi
        4: štiri štirih štirimi
        5: pet petih petimi
        6: šest šestih šestimi
        7: sedem sedmih sedmimi
        8: osem osmih osmimi
        9: devet devetih devetimi
        10: deset desetih desetimi
        11: enajst enajstih
        12: dvanajst dvanajstih
        14: štirinajst štirinajstih
        15: petnajst petnajstih
        20: dvajset dvajsetih
        30: trideset tridesetih
        60: šestdeset šestdesetih
        90: devetdeset devetdesetih
        """
    ),
    units=_labelled(
        """
        day: dan dneva dni dneh dnevi dnevih dnem
        week: teden tedna tedne tednov tednih tednu tednoma
        month: mesec meseca mesece mesecev mesecih mesecu mesecema
        year: leto leta leti let letih letu
        hour: ura uri ure ur urah
        """
    ),
    unit_quantity=_set("dni"),
    within=_seqs("v roku|znotraj|najkasneje v|najpozneje v|v največ"),
    within_bare=_seqs("v|čez|v naslednjih|v prihodnjih"),
    duration_next=_set("naslednjih prihodnjih naslednjem prihodnjem naslednje prihodnje"),
    future=_set("bo bodo bosta bom boš bomo boste bova"),
    future_stems=_stems("predviden predvideva predvidoma napovedan načrtovan načrtuje namerava sklican pričakuje"),
    past_words=_set("včeraj predvčerajšnjim lani nedavno"),
    past_aux=_set("je so sta sem si smo ste sva"),
    future_aux=_set("bo bodo bosta bom boš bomo boste bova"),
    conditional_aux=_set("bi"),
    participle_endings=("l", "la", "lo", "li", "le"),
    not_participles=_set(
        "ali zelo celo malo delo dela okoli koli mala mali male cela celi cele bela beli bele belo sila sile šole "
        "šola vila skala pravila pravilo del pol sol val cel mil hotel model kanal signal material festival izrael "
        "nepal tunel kapital potencial skandal general bol stol alkohol tla obala strela mila pole tele kol vol "
        "kdorkoli karkoli kjerkoli kadarkoli dolgo toplo"
    ),
    passive_stems=(),
    boundaries=_set("da ki ker ko če kjer kadar čeprav"),
)

# Croatian, Bosnian and Serbian: one lexicon, both yat reflexes, Latin script (Cyrillic is transliterated first).
# Ekavian "nedelja" is Sunday and, after "ove", "sledeće", "kraja" or a number, the week.

_HBS = _Lexicon(
    weekdays=_numbered(
        """
        0: ponedjeljak ponedjeljka ponedjeljku ponedeljak ponedeljka ponedeljku ponediljak
        1: utorak utorka utorku
        2: srijeda srijede srijedu srijedi sreda srede sredu
        3: četvrtak četvrtka četvrtku
        4: petak petka petku
        5: subota subote subotu suboti
        6: nedjelja nedjelje nedjelju nedjelji nedelja nedelje nedelju nedelji
        """
    ),
    months=_numbered(
        """
        1: siječanj siječnja siječnju januar januara januaru
        2: veljača veljače veljači veljaču februar februara februaru
        3: ožujak ožujka ožujku mart marta martu
        4: travanj travnja travnju april aprila aprilu
        5: svibanj svibnja svibnju maj maja maju
        6: lipanj lipnja lipnju jun juna junu juni
        7: srpanj srpnja srpnju jul jula julu juli
        8: kolovoz kolovoza kolovozu avgust avgusta avgustu august augusta augustu
        9: rujan rujna rujnu septembar septembra septembru
        10: listopad listopada listopadu oktobar oktobra oktobru
        11: studeni studenoga studenog studenom studenome novembar novembra novembru
        12: prosinac prosinca prosincu decembar decembra decembru
        """
    ),
    month_abbreviations=_numbered(
        "1: jan sij\n2: feb velj\n3: mar\n4: apr trav\n6: jun lip\n7: jul srp\n8: avg aug kol\n9: sep sept ruj\n"
        "10: okt list\n11: nov stud\n12: dec pros"
    ),
    relative_days=_numbered("1: sutra\n2: prekosutra"),
    today=_set("danas večeras noćas"),
    bound=_set("do"),
    at_latest=_seqs("najkasnije|najkasnije do|najdalje do|najkasnije u"),
    bare=_set("u od za tokom tijekom preko"),
    range_start=_set("od"),
    range_end=_set("do -"),
    fillers=frozenset(),
    end=_set("kraja kraj kraju krajem konca koncem koncu"),
    middle=_set("sredine sredinom sredini sredinu"),
    start=_set("početka početkom početku"),
    periods=_labelled(
        """
        day: dana dan danu
        week: tjedan tjedna tjednu sedmica sedmice sedmicu sedmici nedelja nedelje nedelju nedelji
        month: mjesec mjeseca mjesecu mesec meseca mesecu
        year: godina godine godinu godini
        weekend: vikend vikenda vikendu vikendom
        """
    ),
    this=_set("ovaj ova ovo ove ovog ovoga ovom ovome ovu tekuće tekućeg tekući tekuću"),
    next=_set(
        "sljedeći sljedećeg sljedećem sljedeće sljedeću sledeći sledećeg sledećem sledeće sledeću idući idućeg "
        "idućem iduće iduću naredni narednog narednom naredne narednu nadolazeći"
    ),
    past=_set(
        "prošli prošlog prošlom prošle prošlu protekli proteklog proteklom protekle proteklu minuli minulog minule "
        "prethodni prethodnog prethodne prethodnu lanjski lanjske"
    ),
    single_periods={"dogodine": ("year", 1)},
    year_words=_set("godine godini godinu godina"),
    year_followers=_set("će ćemo ćete i a ali da se je su bi kada ne treba godine bude budu"),
    numbers=_numbered(
        """
        1: jedan jedna jedno jednog jednoga jednu jednom jedne
        2: dva dvije dve dvaju dvama dvjema dvema
        3: tri triju trima
        4: četiri
        5: pet
        6: šest
        7: sedam
        8: osam
        9: devet
        10: deset
        11: jedanaest
        12: dvanaest
        14: četrnaest
        15: petnaest
        20: dvadeset
        30: trideset
        60: šezdeset
        90: devedeset
        """
    ),
    units=_labelled(
        """
        day: dan dana danu dani dane danima
        week: tjedan tjedna tjedana tjednu tjedne tjednima sedmica sedmice sedmicu sedmici sedmicama
        week: nedelja nedelje nedelju nedeljama nedjelja nedjelje nedjelju nedjeljama
        month: mjesec mjeseca mjeseci mjesecu mjesecima mesec meseca meseci mesecu mesecima
        year: godina godine godinu godini godinama
        hour: sat sata sati satu satima
        """
    ),
    unit_quantity=_set("dana"),
    within=_seqs("u roku od|u roku|unutar|najkasnije za|najkasnije u|u periodu od|u razdoblju od"),
    within_bare=_seqs("za|u|kroz|u narednih|u sljedećih|u idućih|u sledećih"),
    duration_next=_set(
        "narednih sljedećih sledećih idućih naredna sljedeća sledeća iduća naredne sljedeće sledeće iduće "
        "narednom sljedećem idućem"
    ),
    future=_set("će ću ćemo ćete ćeš neće neću nećemo nećete nećeš biće bit bude budu budemo budete"),
    future_stems=_stems(
        "zakazan predviđen predviđa planiran planira najavljen očekuje očekivan namjerava namerava zakazuje"
    ),
    past_words=_set("jučer juče jučeras prekjučer prekjuče lani lane nedavno"),
    past_aux=_set("je su sam si smo ste"),
    future_aux=_set("će ću ćemo ćete ćeš neće neću nećemo nećete nećeš bude budu budemo budete"),
    conditional_aux=_set("bi bih bismo biste"),
    participle_endings=("ao", "io", "eo", "uo", "la", "lo", "li", "le"),
    not_participles=_set(
        "kao dio deo udio udeo studio trio rio ohio mario scenario portfolio ali vrlo malo selo delo djelo tijelo "
        "telo jelo celo čelo krilo mali male mala cijeli cijela cijelo cijele celi cela cele bijeli bijela bijelo "
        "bijele beli bela belo bele topli topla toplo tople veseli zli zla zlo pola sala skala sila vila pila "
        "pravila pravilo djela dela tijela tela jela škole sile hale role milo kilo polo solo halo doli dole "
        "okolo pogotovo"
    ),
    passive_stems=_stems(
        "održan potpisan usvojen objavljen izabran uhapšen uhićen pokrenut otvoren zatvoren završen donesen donet "
        "predstavljen prekinut ubijen ranjen izgrađen pušten odobren obavljen postignut zaključen izglasan imenovan "
        "osuđen pronađen izveden proglašen poslan poslat napadnut uništen srušen pogođen zadržan uhvaćen "
        "sastavljen formiran otkazan odgođen odložen"
    ),
    boundaries=_set(
        "da koji koja koje kojeg kojega kojem kojemu kojim kojima kojoj koju kojih jer kada kad gdje gde iako dok kako"
    ),
)

# English

_EN = _Lexicon(
    weekdays=_numbered("0: monday\n1: tuesday\n2: wednesday\n3: thursday\n4: friday\n5: saturday\n6: sunday"),
    months=_numbered(
        "1: january\n2: february\n3: march\n4: april\n5: may\n6: june\n7: july\n8: august\n9: september\n"
        "10: october\n11: november\n12: december"
    ),
    month_abbreviations=_numbered(
        "1: jan\n2: feb\n3: mar\n4: apr\n6: jun\n7: jul\n8: aug\n9: sep sept\n10: oct\n11: nov\n12: dec"
    ),
    relative_days=_numbered("1: tomorrow"),
    today=_set("today tonight"),
    bound=_set("until till by before through"),
    at_latest=_seqs("no later than|not later than"),
    bare=_set("on from in for at over during"),
    range_start=_set("from"),
    range_end=_set("to until till through -"),
    fillers=_set("the of"),
    end=_set("end close"),
    middle=_set("mid middle"),
    start=_set("beginning start"),
    periods=_labelled("day: day\nweek: week\nmonth: month\nyear: year\nweekend: weekend"),
    this=_set("this current"),
    next=_set("next coming"),
    past=_set("last past previous"),
    single_periods={},
    year_words=_set("year"),
    year_followers=_set("the we it they he she our its and or but when if at"),
    numbers=_numbered(
        "1: a an one\n2: two\n3: three\n4: four\n5: five\n6: six\n7: seven\n8: eight\n9: nine\n10: ten\n"
        "11: eleven\n12: twelve\n14: fourteen\n15: fifteen\n20: twenty\n30: thirty\n60: sixty\n90: ninety"
    ),
    units=_labelled(
        "day: day days\nweek: week weeks\nmonth: month months\nyear: year years\nhour: hour hours\n"
        "fortnight: fortnight fortnights"
    ),
    unit_quantity=frozenset(),
    within=_seqs("within|within the next|no later than"),
    within_bare=_seqs("in|in the next|in the coming|over the next"),
    duration_next=_set("next coming"),
    future=_set("will shall would gonna upcoming"),
    future_stems=_stems("schedul expect intend plans planned planning poised slated"),
    past_words=_set("yesterday ago earlier previously"),
    past_aux=frozenset(),
    future_aux=frozenset(),
    conditional_aux=frozenset(),
    participle_endings=(),
    not_participles=_set(
        "need speed seed feed breed bleed proceed succeed exceed indeed hundred united red bed shed wed based alleged "
        "supposed concerned interested detailed limited advanced related expected scheduled planned slated proposed "
        "intended embed naked wicked sacred beloved armed skilled talented unprecedented required tired aimed "
        "designed anticipated renewed continued increased reduced extended delayed postponed"
    ),
    passive_stems=(),
    boundaries=_set("that which who whom whose because when while where although though if"),
)

_LEXICONS: Mapping[str, _Lexicon] = {"sl": _SL, "hr": _HBS, "bs": _HBS, "sr": _HBS, "en": _EN}
_ALIASES: Mapping[str, str] = {"sh": "hr", "hbs": "hr", "cnr": "sr", "me": "sr", "slv": "sl", "eng": "en"}

# English past tense: irregular forms, and what makes an "-ed" word not a past verb.
_EN_PAST = _set(
    "was were had did met said told held went came took made gave saw began left spent sent won lost fell rose "
    "struck spoke wrote brought bought thought found ran sat stood led fled kept paid sold meant felt got knew grew "
    "drew flew threw broke chose became fought taught caught forgot hid heard built understood withdrew overtook "
    "shot ended wasn weren didn hadn"
)
_WAS = _set("bil bila bilo bili bile bio was were")
_EN_BE = _set("be is are am being been to will ll get gets getting re")


def _en_future(toks: list[str], i: int) -> bool:
    """'ll, won't, going to, set to / set for, due (but not "due to" a cause)."""
    t = toks[i]
    before = toks[i - 1] if i > 0 else ""
    after = toks[i + 1 : i + 3]
    return (
        (t == "ll" and before == "'")
        or (t == "won" and after == ["'", "t"])
        or (t == "going" and after[:1] == ["to"])
        or (t == "set" and after[:1] in (["to"], ["for"]))
        or (t == "due" and (after[:1] != ["to"] or after == ["to", "be"]))
    )


def _en_past(toks: list[str], i: int) -> bool:
    word = toks[i]
    if word in ("wasn", "weren", "didn", "hadn", "was", "were", "had", "did"):
        return True
    if word in _EN.not_participles:
        return False
    if word not in _EN_PAST and not (len(word) >= 5 and word.endswith("ed")):
        return False
    # a passive or a future: "will be signed", "is to be held", "are expected"
    return not any(toks[k] in _EN_BE for k in range(max(0, i - 2), i))


# --- Dates ----------------------------------------------------------------------------------------------------------


def _last_day(year: int, month: int) -> date:
    return date(year, month, monthrange(year, month)[1])


def _shift_month(year: int, month: int, by: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + by
    return index // 12, index % 12 + 1


def _add_months(day: date, months: int) -> date:
    year, month = _shift_month(day.year, day.month, months)
    return date(year, month, min(day.day, monthrange(year, month)[1]))


def _period_date(reference: date, kind: str, offset: int, part: str) -> date:
    """The end (or middle, or start) of the day, week, weekend, month or year `offset` periods from the reference."""
    if kind == "day":
        return reference + timedelta(days=offset)
    if kind in ("week", "weekend"):
        monday = reference - timedelta(days=reference.weekday()) + timedelta(weeks=offset)
        if kind == "weekend":
            return monday + timedelta(days=5 if part == "start" else 6)
        return monday + timedelta(days={"start": 0, "middle": 2}.get(part, 6))
    if kind == "month":
        year, month = _shift_month(reference.year, reference.month, offset)
        return _month_part(year, month, part)
    year = reference.year + offset
    return _year_part(year, part)


def _month_part(year: int, month: int, part: str) -> date:
    if part == "start":
        return date(year, month, 1)
    if part == "middle":
        return date(year, month, 15)
    return _last_day(year, month)


def _year_part(year: int, part: str) -> date:
    return date(year, {"start": 1, "middle": 6}.get(part, 12), {"start": 1, "middle": 30}.get(part, 31))


# A date named without its year that fell this recently is taken for the past ("do 15. januarja" said on 31 January),
# one that fell earlier for next year's ("do 15. januarja" said in December).
_RECENT_PAST = timedelta(days=62)


def _on_or_after(reference: date, make: Callable[[int], date]) -> date | None:
    """This year's `make(year)` if it is on or after the reference, None if it is in the recent past, else next
    year's."""
    for year in (reference.year, reference.year + 1):
        try:
            found = make(year)
        except (ValueError, OverflowError):
            continue
        if found >= reference:
            return found
        if reference - found <= _RECENT_PAST:
            return None
    return None


# --- Recognition ----------------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Hit:
    """A time expression: tokens [start, end), its date (None: recognised and in the past), and whether it bounds
    whatever the tense (`bound`) or points forward by itself (`forward`)."""

    start: int
    end: int
    when: date | None
    bound: bool = False
    forward: bool = False

    # Written out: mypyc compiles it, while the one @dataclass generates runs in the interpreter (frozen: set
    # through object). A field added above must be added here too.
    def __init__(self, start: int, end: int, when: date | None, bound: bool = False, forward: bool = False) -> None:
        object.__setattr__(self, "start", start)
        object.__setattr__(self, "end", end)
        object.__setattr__(self, "when", when)
        object.__setattr__(self, "bound", bound)
        object.__setattr__(self, "forward", forward)


_ORDINAL_SUFFIXES = frozenset(("st", "nd", "rd", "th"))


class _Scanner:
    def __init__(self, toks: list[str], lex: _Lexicon, reference: date, language: str) -> None:
        self.toks = toks
        self.lex = lex
        self.ref = reference
        self.en = language == "en"
        self.n = len(toks)

    def tok(self, i: int) -> str:
        return self.toks[i] if 0 <= i < self.n else ""

    def match(self, i: int, phrases: tuple[tuple[str, ...], ...]) -> int:
        """The index after the longest of `phrases` that starts at i, or -1."""
        first = self.toks[i]
        for phrase in phrases:
            if phrase[0] == first and tuple(self.toks[i : i + len(phrase)]) == phrase:
                return i + len(phrase)
        return -1

    def skip_fillers(self, i: int) -> int:
        for _ in range(_MAX_FILLERS):
            if self.tok(i) not in self.lex.fillers:
                break
            i += 1
        return i

    def scan(self) -> list[_Hit]:
        hits: list[_Hit] = []
        starters = self.lex.starters
        toks = self.toks
        i = 0
        while i < self.n:
            t = toks[i]
            if t not in starters and not t.isdigit():  # most words start nothing
                i += 1
                continue
            hit = self.at(i)
            if hit is None:
                i += 1
                continue
            hits.append(hit)
            i = max(hit.end, i + 1)
        return hits

    # an expression with what introduces it

    def at(self, i: int) -> _Hit | None:
        lex, t = self.lex, self.toks[i]
        phrased = t in lex.phrase_words  # (no phrase below can start with another word)
        k = self.match(i, lex.within) if phrased else -1
        if k >= 0 and (hit := self.duration(k, i, bound=True)):
            return hit
        k = self.match(i, lex.within_bare) if phrased else -1
        if k >= 0 and (hit := self.duration(k, i, bound=False)):
            return hit
        bound, prep, j = False, "", i
        k = self.match(i, lex.at_latest) if phrased else -1
        if k >= 0:
            bound, j = True, k
            if self.tok(j) in lex.bound or self.tok(j) in lex.bare:
                j += 1
        elif t in lex.bound:
            bound, prep, j = True, t, i + 1
        elif t in lex.bare:
            prep, j = t, i + 1
        hit = self.expression(j, i, bound=bound, introduced=j > i)
        if hit is None:
            return None
        if self.tok(hit.end) == "at" and self.tok(hit.end + 1) == "the" and self.tok(hit.end + 2) == "latest":
            hit = _Hit(hit.start, hit.end + 3, hit.when, bound=True, forward=hit.forward)
        if prep in lex.range_start and self.tok(hit.end) in lex.range_end:
            until = self.expression(hit.end + 1, hit.end, bound=True, introduced=True)
            if until is not None:
                return until
        return hit

    def expression(self, j: int, start: int, *, bound: bool, introduced: bool) -> _Hit | None:
        lex = self.lex
        j = self.skip_fillers(j)
        t = self.tok(j)
        if not t:
            return None
        if t not in lex.expression_words and not t.isdigit():
            return None  # (most words after a preposition: none of the tests below takes them)
        if t in lex.past:  # "pretekli petek", "prošle godine", "last Friday": recognised, and past
            after = self.tok(j + 1)
            if after in lex.periods or after in lex.weekdays or after in lex.months or self.part(after):
                return _Hit(start, j + 2, None)
            return None
        found = self.explicit_date(j)
        if found is not None:
            when, end = found
            return _Hit(start, end, when, bound=bound)
        if t in lex.relative_days:
            return _Hit(start, j + 1, self.days(lex.relative_days[t]), bound=bound, forward=True)
        if self.en and t == "day" and self.tok(j + 1) == "after" and self.tok(j + 2) == "tomorrow":
            return _Hit(start, j + 3, self.days(2), bound=bound, forward=True)
        if t in lex.today and bound:
            return _Hit(start, j + 1, self.ref, bound=True)
        part = self.part(t)
        if part:
            return self.period_part(j + 1, start, part, offset=0, bound=bound, forward=False)
        if t in lex.this or t in lex.next:
            return self.qualified(j, start, bound=bound)
        if t in lex.single_periods:
            kind, offset = lex.single_periods[t]
            return _Hit(start, j + 1, self.period(kind, offset, "end"), bound=bound, forward=offset > 0)
        if t in lex.periods and self.tok(j + 1) == "-" and self.tok(j + 2) in lex.end:  # "by year-end"
            return _Hit(start, j + 3, self.period(lex.periods[t], 0, "end"), bound=bound)
        if t in lex.weekdays and (introduced or self.en):
            return _Hit(start, j + 1, self.weekday(lex.weekdays[t]), bound=bound)
        if not introduced:
            return self.year(j, start, bound=False, introduced=False)
        if lex.periods.get(t) == "weekend":
            return _Hit(start, j + 1, self.period("weekend", 0, "end"), bound=bound)
        if t in lex.months:
            return self.month(j, start, lex.months[t], "end", bound=bound)
        return self.year(j, start, bound=bound, introduced=True)

    def part(self, t: str) -> str:
        lex = self.lex
        if t in lex.end:
            return "end"
        if t in lex.middle:
            return "middle"
        if t in lex.start:
            return "start"
        return ""

    def qualified(self, j: int, start: int, *, bound: bool) -> _Hit | None:
        """'prihodnji teden', 'ove godine', 'next Friday', 'this weekend', 'naslednji konec tedna'."""
        lex = self.lex
        offset = 1 if self.tok(j) in lex.next else 0
        forward = offset > 0
        k = j + 1
        t = self.tok(k)
        part = self.part(t)
        if part:
            return self.period_part(k + 1, start, part, offset=offset, bound=bound, forward=forward)
        if t in lex.periods:
            return _Hit(start, k + 1, self.period(lex.periods[t], offset, "end"), bound, forward)
        if t in lex.weekdays:
            return _Hit(start, k + 1, self.weekday(lex.weekdays[t]), bound=bound, forward=forward)
        return None

    def period_part(self, k: int, start: int, part: str, *, offset: int, bound: bool, forward: bool) -> _Hit | None:
        """After 'konca', 'kraja', 'end', 'mid': '(of the) (next) year', 'februarja (2027)', '2030', 'nedelje'."""
        lex = self.lex
        if self.tok(k) == "-":
            k += 1
        k = self.skip_fillers(k)
        t = self.tok(k)
        if t in lex.past:
            return _Hit(start, k + 2, None)
        if t in lex.this or t in lex.next:
            offset = 1 if t in lex.next else 0
            forward = forward or offset > 0
            k += 1
            t = self.tok(k)
        if t in lex.periods:
            kind = lex.periods[t]
            year = self.year_number(k + 1)
            if kind == "year" and year is not None:
                number, end = year
                return _Hit(start, end, self.safe(lambda: _year_part(number, part)), bound=bound, forward=forward)
            return _Hit(start, k + 1, self.period(kind, offset, part), bound, forward)
        if t in lex.months:
            return self.month(k, start, lex.months[t], part, bound=bound)
        year = self.year_number(k)
        if year is not None:
            number, end = year
            return _Hit(start, end, self.safe(lambda: _year_part(number, part)), bound=bound)
        if t in lex.weekdays:  # "do kraja nedjelje": the end of Sunday
            return _Hit(start, k + 1, self.weekday(lex.weekdays[t]), bound=bound)
        return None

    def month(self, k: int, start: int, month: int, part: str, *, bound: bool) -> _Hit:
        """A named month, with or without a year: 'februarja', 'marca 2027', 'ožujka 2027.'."""
        year = self.year_number(k + 1)
        if year is not None:
            number, end = year
            return _Hit(start, end, self.safe(lambda: _month_part(number, month, part)), bound=bound)
        when = _on_or_after(self.ref, lambda y: _month_part(y, month, part))
        return _Hit(start, k + 1, when, bound=bound)

    def year_number(self, k: int) -> tuple[int, int] | None:
        """A four-digit year at k, with what may follow it ("2027.", "2027. godine"): (year, index after)."""
        t = self.tok(k)
        if self.tok(k) == "," and self.tok(k + 1).isdigit():
            k += 1
            t = self.tok(k)
        if not (len(t) == 4 and t.isdigit() and 1900 <= int(t) <= 2199):
            return None
        end = k + 1
        if self.tok(end) == "." and self.tok(end + 1) in self.lex.year_words:
            end += 2
        elif self.tok(end) in self.lex.year_words:
            end += 1
        return int(t), end

    def year(self, j: int, start: int, *, bound: bool, introduced: bool) -> _Hit | None:
        """'leta 2027', '2027. godine', and after a preposition a bare '2030' not followed by a noun."""
        lex = self.lex
        t = self.tok(j)
        if t in lex.year_words:
            after_word = self.year_number(j + 1)
            if after_word is None:
                return None
            named, stop = after_word
            return _Hit(start, stop, self.safe(lambda: _year_part(named, "end")), bound=bound)
        found = self.year_number(j)
        if found is None:
            return None
        number, end = found
        if end == j + 1:  # a bare number: a year only after a preposition and before no noun
            after = self.tok(end)
            if not introduced:
                return None
            if after and (after[0].isalnum() or after == "'") and after not in lex.year_followers:
                return None
            if after == "." and self.tok(end + 1)[:1].isdigit():
                return None
        return _Hit(start, end, self.safe(lambda: _year_part(number, "end")), bound=bound)

    def weekday(self, weekday: int) -> date | None:
        """The next such weekday strictly after the reference."""
        return self.days((weekday - self.ref.weekday()) % 7 or 7)

    def days(self, count: int) -> date | None:
        return self.safe(lambda: self.ref + timedelta(days=count))

    def period(self, kind: str, offset: int, part: str) -> date | None:
        return self.safe(lambda: _period_date(self.ref, kind, offset, part))

    def safe(self, make: Callable[[], date]) -> date | None:
        try:
            return make()
        except (ValueError, OverflowError):
            return None

    def explicit_date(self, j: int) -> tuple[date | None, int] | None:
        """'15. februarja (2026)', '15. 2. 2026', '3 March', 'March 3(rd)(, 2026)', '2026-02-15': (date, end)."""
        lex = self.lex
        t = self.tok(j)
        if t.isdigit():
            if len(t) == 4 and self.tok(j + 1) == "-" and self.tok(j + 3) == "-":
                m, d = self.tok(j + 2), self.tok(j + 4)
                if m.isdigit() and d.isdigit() and len(m) <= 2 and len(d) <= 2:
                    return self.safe(lambda: date(int(t), int(m), int(d))), j + 5
                return None
            if len(t) > 2:
                return None
            day, k = int(t), j + 1
            dotted = self.tok(k) == "."
            if dotted or (self.en and self.tok(k) in _ORDINAL_SUFFIXES):
                k += 1
            if self.tok(k) == "of" and self.en:
                k += 1
            m = self.tok(k)
            month: int | None = lex.months.get(m) or lex.month_abbreviations.get(m)
            if month is not None:
                k += 1
                if self.tok(k) == "." and m in lex.month_abbreviations:
                    k += 1
            elif dotted and m.isdigit() and len(m) <= 2 and 1 <= int(m) <= 12:
                month = int(m)
                k += 1
                if self.tok(k) == ".":
                    k += 1
                elif self.year_number(k) is None:
                    return None
            else:
                return None
            return self.day_month_year(day, month, k)
        month = lex.months.get(t) or lex.month_abbreviations.get(t)
        if month is not None and self.en:
            k = j + 1
            if self.tok(k) == ".":
                k += 1
            d = self.tok(k)
            if d.isdigit() and len(d) <= 2:
                k += 1
                if self.tok(k) in _ORDINAL_SUFFIXES:
                    k += 1
                return self.day_month_year(int(d), month, k)
        return None

    def day_month_year(self, day: int, month: int, k: int) -> tuple[date | None, int]:
        year = self.year_number(k)
        if year is not None:
            return self.safe(lambda: date(year[0], month, day)), year[1]
        return _on_or_after(self.ref, lambda y: date(y, month, day)), k

    def duration(self, k: int, start: int, *, bound: bool) -> _Hit | None:
        """After 'v roku', 'u roku od', 'within', 'in', 'za': '(the next) two weeks', '30 dni', 'mjesec dana'."""
        lex = self.lex
        k = self.skip_fillers(k)
        if self.tok(k) in lex.duration_next:
            k += 1
        t = self.tok(k)
        if t.isdigit() and len(t) <= 4 and self.tok(k + 1) != ".":
            count = int(t)
            k += 1
        elif t in lex.numbers:
            count = lex.numbers[t]
            k += 1
        elif t in lex.units and self.tok(k + 1) in lex.unit_quantity:  # "tjedan dana": one week
            count = 1
        else:
            return None
        unit = lex.units.get(self.tok(k))
        if unit is None:
            return None
        end = k + 1
        if self.tok(end) in lex.unit_quantity:
            end += 1
        when = self.safe(lambda: _after(self.ref, count, unit))
        return _Hit(start, end, when, bound=bound)


def _after(reference: date, count: int, unit: str) -> date:
    if unit == "hour":
        return reference + timedelta(days=-(-count // 24))
    if unit == "day":
        return reference + timedelta(days=count)
    if unit == "week":
        return reference + timedelta(weeks=count)
    if unit == "fortnight":
        return reference + timedelta(weeks=2 * count)
    if unit == "month":
        return _add_months(reference, count)
    return _add_months(reference, 12 * count)


# --- Tense ----------------------------------------------------------------------------------------------------------


def _clauses(toks: list[str], lex: _Lexicon) -> list[int]:
    """The clause number of every token: punctuation and words like 'da', 'ki', 'that' open a new clause."""
    ids = []
    clause = 0
    previous = ""
    for t in toks:
        if t in _PUNCT_BOUNDARIES or t in lex.boundaries or (t in _SENTENCE_ENDS and not previous.isdigit()):
            clause += 1
        ids.append(clause)
        previous = t
    return ids


def _markers(toks: list[str], lex: _Lexicon, clauses: list[int], en: bool) -> tuple[list[int], list[bool]]:
    """Positions of tense markers and whether each points forward (future) or back (past)."""
    positions: list[int] = []
    forward: list[bool] = []
    n = len(toks)
    for i, t in enumerate(toks):
        kind: bool | None = None
        if not t or not t[0].isalpha():
            continue
        if t in lex.future or t in lex.relative_days or t in lex.next:
            kind = True
        elif t in lex.past_words or t in lex.past:
            kind = False
        elif t.startswith(lex.future_stems):
            # "predviden", "zakazan", "scheduled" look forward, unless what was planned is past: "je bil predviden",
            # "bio je zakazan", "was scheduled"
            kind = None if i > 0 and toks[i - 1] in _WAS else True
        elif en:
            kind = True if _en_future(toks, i) else (False if _en_past(toks, i) else None)
        elif t == "naj" and i + 1 < n and toks[i + 1] == "bi":
            # reportative "naj bi" with a present verb looks forward; with an l-participle it is neutral
            if not any(_participle(toks, k, lex) for k in range(i + 2, min(n, i + 6))):
                kind = True
        elif _participle(toks, i, lex):
            kind = _participle_tense(toks, i, lex, clauses)
        elif lex.passive_stems and t.startswith(lex.passive_stems) and _passive(toks, i, lex):
            kind = False
        if kind is not None:
            positions.append(i)
            forward.append(kind)
    return positions, forward


def _participle(toks: list[str], i: int, lex: _Lexicon) -> bool:
    t = toks[i]
    return (
        len(t) >= 3
        and t.endswith(lex.participle_endings)
        and t not in lex.not_participles
        and t.isalpha()
        and bool(lex.participle_endings)
    )


def _participle_tense(toks: list[str], i: int, lex: _Lexicon, clauses: list[int]) -> bool | None:
    """The tense an l-participle forms with its nearest auxiliary: past (je/so/su), future (bo/bude), or none."""
    clause = clauses[i]
    for distance in range(1, 6):
        for k in (i - distance, i + distance):
            if 0 <= k < len(toks) and clauses[k] == clause:
                a = toks[k]
                if a in lex.past_aux:
                    return False
                if a in lex.future_aux:
                    return True
                if a in lex.conditional_aux:
                    return None
    return None


def _passive(toks: list[str], i: int, lex: _Lexicon) -> bool:
    """'održan je', 'su potpisani': a passive participle next to a past auxiliary (or bio/bila)."""
    if len(toks[i]) > len(_longest_stem(toks[i], lex.passive_stems)) + 3:
        return False
    near = toks[max(0, i - 2) : i] + toks[i + 1 : i + 3]
    return any(a in lex.past_aux or a in ("bio", "bila", "bilo", "bili", "bile") for a in near)


def _longest_stem(word: str, stems: tuple[str, ...]) -> str:
    return max((s for s in stems if word.startswith(s)), key=len, default="")


def _looks_forward(hit: _Hit, positions: list[int], forward: list[bool], clauses: list[int]) -> bool:
    """The nearest tense marker in the expression's clause decides; with none the clause is present tense."""
    left = bisect_left(positions, hit.start) - 1
    right = bisect_left(positions, hit.end)
    best: tuple[int, bool] | None = None
    if left >= 0 and clauses[positions[left]] == clauses[hit.start]:
        best = (hit.start - positions[left], forward[left])
    if right < len(positions) and clauses[positions[right]] == clauses[hit.end - 1]:
        distance = positions[right] - (hit.end - 1)
        if best is None or distance < best[0]:
            best = (distance, forward[right])
    return True if best is None else best[1]


# --- The function ---------------------------------------------------------------------------------------------------


def time_bound(text: str, *, language: str, reference: date) -> date | None:
    """The date by which the statement `text` is bounded in time, resolved against `reference`, or None.

    `text` is a statement's content, with or without its clause ("ki naj bi glede na navedbe Kremlja trajal do
    nedelje"); `language` one of "sl", "hr", "bs", "sr" (Latin or Cyrillic script) or "en"; `reference` the date
    the statement was made (the article's). Another language, or a reference that is no date, gives None; so does
    any text without a bound. Never raises; linear in the length of the text.

    >>> time_bound("ki naj bi trajal do nedelje", language="sl", reference=date(2026, 1, 31))
    datetime.date(2026, 2, 1)
    >>> time_bound("the talks will resume on Friday", language="en", reference=date(2026, 1, 31))
    datetime.date(2026, 2, 6)
    >>> time_bound("sastali su se u petak", language="hr", reference=date(2026, 1, 31)) is None
    True
    """
    try:
        return _time_bound(text, language=language, reference=reference)
    except Exception:  # a bound is a convenience: no input may break the extraction that asks for one
        return None


def _time_bound(text: str, *, language: str, reference: date) -> date | None:
    if not isinstance(text, str) or not isinstance(reference, date) or not isinstance(language, str):
        return None
    if isinstance(reference, datetime):
        reference = reference.date()
    code = language.strip().lower().replace("_", "-").split("-")[0]
    code = _ALIASES.get(code, code)
    lex = _LEXICONS.get(code)
    if lex is None or not text:
        return None
    toks = _TOKEN.findall(_fold(to_latin(text)))
    scanner = _Scanner(toks, lex, reference, code)
    hits = [h for h in scanner.scan() if h.when is not None and h.when >= reference]
    if not hits:
        return None
    clauses: list[int] | None = None
    positions: list[int] = []
    forward: list[bool] = []
    best: date | None = None
    for hit in hits:
        if best is not None and hit.when >= best:  # type: ignore[operator]
            continue
        if not (hit.bound or hit.forward):
            if clauses is None:
                clauses = _clauses(toks, lex)
                positions, forward = _markers(toks, lex, clauses, code == "en")
            if not _looks_forward(hit, positions, forward, clauses):
                continue
        best = hit.when
    return best
