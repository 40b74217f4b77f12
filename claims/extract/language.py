"""Which language a news text is in: Slovenian, Croatian, Bosnian, Serbian or English; and Serbian Cyrillic in Latin.

The method is the old one of counting frequent function words (Grefenstette 1995, "Comparing two language
identification schemes"), narrowed to five languages, three of which are standard varieties of one language:

1. Cyrillic-dominant text is Serbian ("sr"): of the five, only Serbian is written in Cyrillic.
2. Latin text: Slovenian, Serbo-Croatian ("hbs") and English each score their own frequent words (`_SL_WORDS`,
   `_HBS_WORDS`, `_EN_WORDS`); words two of them share ("je", "na", "in", "to") score for none. The highest wins.
3. Within Serbo-Croatian: the reflex of the old yat vowel separates Serbian, written ekavian ("vreme", "mesto",
   "gde"), from Croatian and Bosnian, written ijekavian ("vrijeme", "mjesto", "gdje"); then the vocabulary that
   only one standard uses ("tjedan", "tko", "tisuća", the Croatian month names for hr; "sedmica", "ko", "hiljada",
   "historija" for bs) and the names of places, parties and outlets decide between Croatian and Bosnian.

A single pass over lowercase word tokens (`collections.Counter` does the counting in C), then a walk over the
distinct words: fast enough for whole pages (tens of MB per second).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Mapping

__all__ = ["LANGUAGES", "detect_language", "to_latin"]

LANGUAGES = ("sl", "hr", "bs", "sr", "en")
UNDETERMINED = "und"

# --- Serbian Cyrillic → Latin ---------------------------------------------------------------------------------------

# The official Serbian correspondence (one Latin letter or digraph per Cyrillic letter), then the other Cyrillic
# letters written the way Serbian transcribes Russian, Ukrainian and Macedonian names.
_CYRILLIC_TO_LATIN: Mapping[str, str] = {
    "А": "A", "Б": "B", "В": "V", "Г": "G", "Д": "D", "Ђ": "Đ", "Е": "E", "Ж": "Ž", "З": "Z", "И": "I",
    "Ј": "J", "К": "K", "Л": "L", "Љ": "Lj", "М": "M", "Н": "N", "Њ": "Nj", "О": "O", "П": "P", "Р": "R",
    "С": "S", "Т": "T", "Ћ": "Ć", "У": "U", "Ф": "F", "Х": "H", "Ц": "C", "Ч": "Č", "Џ": "Dž", "Ш": "Š",
    # not Serbian
    "Й": "J", "Я": "Ja", "Ю": "Ju", "Ё": "Jo", "Є": "Je", "Ї": "Ji", "І": "I", "Ы": "I", "Э": "E", "Щ": "Šč",
    "Ъ": "", "Ь": "", "Ґ": "G", "Ѓ": "Đ", "Ќ": "Ć", "Ѕ": "Dz", "Ў": "U",
}  # fmt: skip

_TO_LATIN_TABLE = str.maketrans(
    {
        **_CYRILLIC_TO_LATIN,
        **{cyr.lower(): lat.lower() for cyr, lat in _CYRILLIC_TO_LATIN.items()},
    }
)
_CAPS: Mapping[str, str] = {cyr: lat.upper() for cyr, lat in _CYRILLIC_TO_LATIN.items() if len(lat) > 1}
_UPPER = "A-ZČĆĐŠŽ" + "".join(_CYRILLIC_TO_LATIN)
_DIGRAPH = "".join(_CAPS)
# An upper-case Љ, Њ, Џ ... inside an all-capitals word becomes "LJ", "NJ", "DŽ"; elsewhere "Lj", "Nj", "Dž".
_CAPS_DIGRAPH = re.compile(f"(?<=[{_UPPER}])[{_DIGRAPH}]|[{_DIGRAPH}](?=[{_UPPER}])")
_CYRILLIC = re.compile("[\u0400-\u04ff]")


def to_latin(text: str) -> str:
    """Serbian Cyrillic in Serbian Latin, case kept: 'Љубљана' → 'Ljubljana', 'ЏЕЈМС' → 'DŽEJMS', 'Ђоковић' → 'Đoković'.

    Text without Cyrillic comes back unchanged; other characters are left as they are.
    """
    if not _CYRILLIC.search(text):
        return text
    text = _CAPS_DIGRAPH.sub(lambda m: _CAPS[m.group()], text)
    return text.translate(_TO_LATIN_TABLE)


# --- Lexicons (lowercase, with diacritics; Latin script) ------------------------------------------------------------


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Slovenian words that Serbo-Croatian and English do not use (or rarely): the clitics and conjunctions of every
# Slovenian sentence, the future auxiliary, the reporting verbs of news.
_SL_WORDS = _words(
    """
    so ki tudi še ter bo bodo bosta bom bomo boste lahko kot dejal dejala dejali povedal povedala povedali ker vendar
    le zelo bil sta ni v z tega kjer kdo kaj več zato danes sedaj zdaj jih ob tem že nekaj zaradi oziroma glede
    čeprav saj namreč skupaj med sporočil sporočila sporočili zapisal zapisala poudaril poudarila pojasnil
    pojasnila dodal dodala potrdil potrdila navedel navedla izjavil izjavila ljudje prav morda mogoče naj če
    evrov odstotkov letos
    """
)
# Serbo-Croatian words that Slovenian and English do not use (or rarely).
_HBS_WORDS = _words(
    """
    su koji koja koje kojeg kojem kojima kojoj koju kojih što šta će ću ćemo ćete neće nije nisu kako bio rekao
    rekla rekli izjavio izjavila izjavili prema također takođe takodje u i sa ili još jer kao nakon tokom tijekom
    godine danas sada ovo ova ovaj ove ovog već zbog među nešto kada kad gdje gde iako dok vrlo veoma naveo navela
    kazao kazala istakao istaknuo dodao dodala potvrdio potvrdila rekavši smatra biće bit trebalo odnosno posto
    eura dolara tko tjedan tjedna tjednu tisuća tisuću tisuće obitelj obitelji nogomet zrakoplov povijest
    priopćenje priopćio priopćila priopćeno izvijestio izvijestila glasnogovornik glasnogovornica sveučilište
    hiljada hiljadu hiljade sedmica sedmice sedmicu takođe tačno fudbal historija ljekar ljekari saopćenje saopćeno
    saopćio saopćila saopšteno saopštenje saopštio saopštila opština opštine opštini uopšte uopće istorija januara
    februara marta juna jula
    """
)
_EN_WORDS = _words(
    """
    the and of said that was with is for it by as at from has have he she they will be are this not but were
    which would been an their his her who its had after over than about into there what when also can could
    told says
    """
)

# Serbo-Croatian: the reflex of yat. Ekavian forms are Serbian; ijekavian are Croatian or Bosnian.
_EKAVIAN_WORDS = _words(
    """
    vreme mesto mesta mestu reka reke deca dete deteta svet sveta svetu svetski svetske mesec meseca meseci mesecu
    pre uvek gde lepo lepa vest vesti primer primera vek veka reč reči deo dela delu posle sledeći sledeće sledećeg
    nedelja nedelje nedelju sedište celog ceo cela celu ovde verovatno menja izveštaj izveštaja predsednik
    predsednika predsednica predsedniku cena cene cenu beli belog lek lekova mleko sneg pesma delo telo tela mera
    mere meru sledi videti hteo dve dvema nedeljno sreda sredu lekar lekara lekari posledice posledica uspeh
    uspeha napred nemačka nemačke nemački
    """
)
_IJEKAVIAN_WORDS = _words(
    """
    vrijeme mjesto mjesta mjestu rijeka rijeke djeca dijete djeteta svijet svijeta svijetu svjetski svjetske
    mjesec mjeseca mjeseci mjesecu prije uvijek gdje lijepo lijepa vijest vijesti primjer primjera vijek vijeka
    riječ riječi dio dijela dijelu poslije sljedeći sljedeće sljedećeg nedjelja nedjelje nedjelju sjedište cijelog
    cijeli cijela cijelu ovdje vjerojatno vjerovatno mijenja izvještaj izvještaja predsjednik predsjednika
    predsjednica predsjedniku cijena cijene cijenu bijeli bijelog lijek lijekova mlijeko snijeg pjesma djelo
    tijelo tijela mjera mjere mjeru slijedi vidjeti htio dvije dvjema srijeda srijedu ljekar ljekara ljekari
    posljedice posljedica uspjeh uspjeha naprijed njemačka njemačke njemački vijeće vijeća
    """
)
# Croatian standard only: vocabulary, month names, institutions, places and outlets.
_HR_WORDS = _words(
    """
    tisuća tisuću tisuće tjedan tjedna tjednu tjedno tjedana tko uopće priopćenje priopćenju priopćio priopćila
    priopćili priopćeno sveučilište sveučilišta sveučilištu glasnogovornik glasnogovornica glasnogovornika
    glasnogovornice
    izvijestio izvijestila izvijestili izvješće izvješća zrakoplov zrakoplova zrakoplovom kruh kruha vlak vlaka
    vlakom nogomet nogometa nogometni nogometna obitelj obitelji hdz sabor sabora saboru zagreb zagreba zagrebu
    hrvatska hrvatske hrvatskoj hrvatsku hrvatski hrvatskog što tijekom vjerojatno povijest povijesti točno
    kazalište kazališta izbornik kuna kune hrt hina plenković plenkovića milanović milanovića ponovno obveza obveze
    siječanj siječnja siječnju veljača veljače veljači ožujak ožujka ožujku travanj travnja travnju svibanj
    svibnja svibnju lipanj lipnja lipnju srpanj srpnja srpnju kolovoz kolovoza kolovozu rujan rujna rujnu listopad
    listopada listopadu studeni studenoga studenog studenom prosinac prosinca prosincu splitu osijeku županija
    županije županiji postaja
    """
)
# Bosnian standard only.
_BS_WORDS = _words(
    """
    historija historije historiji saopćenje saopćenju saopćeno saopćio saopćila saopćili ljekar ljekara ljekari
    hljeb hljeba
    sarajevo sarajeva sarajevu klix bih fbih entitet entiteta entitetu kanton kantona kantonu kantonalni bosna
    bosne bosni hercegovina hercegovine hercegovini tuzla tuzli zenica zenici bihać dodik dodika izetbegović
    izetbegovića sda maraka vjerovatno federacija federacije federaciji bošnjaci bošnjaka bošnjački
    """
)
# Shared by Bosnian and Serbian (not Croatian): ijekavian text with these is Bosnian, ekavian text Serbian.
_BS_SR_WORDS = _words(
    """
    hiljada hiljade hiljadu sedmica sedmice sedmicu sedmici ko šta takođe tokom tačno fudbal fudbala januar januara
    januaru februar februara februaru mart marta martu april aprila aprilu maj maja maju juni juna junu juli jula
    julu septembar septembra septembru oktobar oktobra oktobru novembar novembra novembru decembar decembra
    decembru obaveza obaveze obavezno voz voza
    """
)
# Serbian only: spellings, places, institutions and outlets.
_SR_WORDS = _words(
    """
    beograd beograda beogradu srbija srbije srbiji srbiju vučić vučića vučiću rts tanjug dinara dinar vojvodina
    vojvodine istorija istorije opština opštine opštini saopštenje saopšteno saopštio saopštila saopštili
    uopšte hleb avgust
    avgusta avgustu sns
    """
)

_SL, _HBS, _EN = "sl", "hbs", "en"


def _index(pairs: Iterable[tuple[str, frozenset[str]]]) -> dict[str, tuple[str, ...]]:
    index: dict[str, tuple[str, ...]] = {}
    for label, words in pairs:
        for word in words:
            index[word] = (*index.get(word, ()), label)
    return index


_FAMILY_INDEX = _index([(_SL, _SL_WORDS), (_HBS, _HBS_WORDS), (_EN, _EN_WORDS)])
_VARIANTS = ("ekavian", "ijekavian", "hr", "bs", "bs_sr", "sr")
_VARIANT_INDEX = _index(
    [
        ("ekavian", _EKAVIAN_WORDS),
        ("ijekavian", _IJEKAVIAN_WORDS),
        ("hr", _HR_WORDS),
        ("bs", _BS_WORDS),
        ("bs_sr", _BS_SR_WORDS),
        ("sr", _SR_WORDS),
    ]
)
# Letters of the Serbo-Croatian alphabet that Slovenian lacks: each is a little evidence for hbs.
_HBS_LETTERS = ("ć", "đ")

_WORD = re.compile(r"[^\W\d_]+")


def _word_counts(lowered: str) -> Counter[str]:
    """How often each word occurs: finding the words and counting them both run in C."""
    return Counter(_WORD.findall(lowered))


def _scores(counts: Mapping[str, int], index: Mapping[str, tuple[str, ...]], labels: Iterable[str]) -> dict[str, float]:
    """For each label, how many words of `counts` its lexicon holds: a walk over the few words the text and the
    lexicons share (the intersection of the two key sets is taken in C)."""
    scores = dict.fromkeys(labels, 0.0)
    for word in counts.keys() & index.keys():
        n = counts[word]
        for label in index[word]:
            scores[label] += n
    return scores


def _script_is_cyrillic(lowered: str, counts: Mapping[str, int]) -> bool:
    """More letters in Cyrillic words than in Latin ones."""
    if not _CYRILLIC.search(lowered):
        return False
    cyrillic = latin = 0
    for word, n in counts.items():
        if "\u0400" <= word[0] <= "\u04ff":
            cyrillic += n * len(word)
        else:
            latin += n * len(word)
    return cyrillic > latin


def detect_language(text: str) -> str:
    """The language of `text`: "sl", "hr", "bs", "sr" or "en"; "und" when it has no letter at all.

    >>> detect_language("Minister je dejal, da bodo zakon sprejeli do konca leta.")
    'sl'
    >>> detect_language("Ministar je rekao da će zakon biti usvojen do kraja godine.")
    'hr'
    >>> detect_language("Министар је рекао да ће закон бити усвојен до краја године.")
    'sr'
    """
    if not isinstance(text, str):
        return UNDETERMINED
    lowered = text.lower()
    counts = _word_counts(lowered)
    if not counts:
        return UNDETERMINED
    if _script_is_cyrillic(lowered, counts):
        return "sr"
    family = _scores(counts, _FAMILY_INDEX, (_SL, _HBS, _EN))
    family[_HBS] += 0.5 * sum(lowered.count(letter) for letter in _HBS_LETTERS)
    best = max(family.values())
    if best == 0:
        return _guess_by_letters(lowered)
    if family[_EN] == best:
        return "en"
    if family[_SL] == best:
        return "sl"
    return _serbo_croatian_variant(_scores(counts, _VARIANT_INDEX, _VARIANTS))


def _serbo_croatian_variant(v: Mapping[str, float]) -> str:
    """Croatian, Bosnian or Serbian from the counts of yat reflexes and single-standard words.

    Ekavian text is Serbian: neither Croatian nor Bosnian is written ekavian. Ijekavian text is Croatian or Bosnian
    (the ijekavian Serbian of Republika Srpska and Montenegro comes out as one of them). Text that shows no yat
    reflex at all is decided by its vocabulary alone; with none either, Croatian.
    """
    ekavian, ijekavian = v["ekavian"], v["ijekavian"]
    if ekavian > ijekavian:
        return "sr"
    hr = 2 * v["hr"]
    bs = 2 * v["bs"]
    if ijekavian > ekavian:
        bs += v["bs_sr"]
        return "bs" if bs > hr else "hr"
    sr = 2 * v["sr"] + v["bs_sr"]
    bs += v["bs_sr"] / 2
    if sr > hr and sr > bs:
        return "sr"
    return "bs" if bs > hr else "hr"


def _guess_by_letters(lowered: str) -> str:
    """No frequent word at all (a name, a headline): the letters are all that is left."""
    if any(letter in lowered for letter in _HBS_LETTERS):
        return "hr"
    if any(letter in lowered for letter in "čšž"):
        return "sl"
    return "en"
