"""Language detection and Serbian Cyrillic transliteration (claims.extract.language): text in, code out.

The sentences are written for these tests in the manner of news in each language; none is copied from a page.
"""

from __future__ import annotations

import random

import pytest

from claims.extract.language import LANGUAGES, detect_language, to_latin

NEWS = [
    ("sl", "Vlada je na današnji seji sprejela predlog zakona o interventnih ukrepih, ki ga bo državni zbor "
           "obravnaval prihodnji teden."),
    ("sl", "Kot je za STA povedal župan, bodo dela na mostu končana do konca poletja."),
    ("sl", "Policisti so v noči na soboto na avtocesti pri Vrhniki ustavili voznika, ki je vozil 180 kilometrov "
           "na uro."),
    ("sl", "Minister za zdravje je poudaril, da čakalne dobe še vedno niso krajše, vendar se stanje počasi "
           "izboljšuje."),
    ("sl", "Tekma se je končala z zmago Olimpije, ki je tako prevzela vodstvo na lestvici."),
    ("sl", "Sindikati napovedujejo splošno stavko, če vlada ne bo umaknila predloga."),
    ("sl", "Župan: Most bo odprt do poletja"),
    ("sl", "Dmitrijev (Дмитриев) je dejal, da bodo pogovori v Abu Dabiju nadaljevali v nedeljo."),
    ("hr", "Glasnogovornik ministarstva izjavio je kako će se natječaj raspisati tijekom sljedećeg tjedna."),
    ("hr", "Hrvatski sabor u petak će glasati o izmjenama zakona o porezu na dohodak, priopćeno je iz Vlade."),
    ("hr", "Tisuću građana okupilo se u subotu na Trgu bana Jelačića u Zagrebu."),
    ("hr", "Cijene goriva od utorka bi mogle porasti za nekoliko centi po litri, procjenjuju u industriji."),
    ("hr", "Tko je odgovoran za kašnjenje vlaka, još uvijek nije poznato, izvijestio je HRT."),
    ("hr", "Plenković: Porez na nekretnine neće se uvoditi"),
    ("bs", "Vlada Kantona Sarajevo sedmicu je završila sjednicom na kojoj je usvojen budžet za narednu godinu."),
    ("bs", "Više od hiljadu ljudi okupilo se ispred zgrade Predsjedništva BiH, saopćeno je iz policije."),
    ("bs", "Ljekari Kliničkog centra kažu da pacijent nije u životnoj opasnosti, prenosi Klix."),
    ("bs", "Ko će biti novi premijer Federacije, još nije poznato, ali pregovori traju već mjesec dana."),
    ("bs", "Historija ovog mosta seže u šesnaesti vijek, a obnovljen je prije dvadeset godina."),
    ("sr", "Predsednik Srbije izjavio je da će nova vlada biti formirana pre kraja meseca."),
    ("sr", "U Beogradu je danas održan sastanak ministara spoljnih poslova, a sledeći će biti u Nišu."),
    ("sr", "Prema rečima direktora, radovi na obilaznici biće završeni do kraja godine, a cena neće biti uvećana."),
    ("sr", "Narodna skupština Srbije usvojila je set zakona, saopšteno je iz skupštinske službe."),
    ("sr", "Министар финансија рекао је да ће плате у јавном сектору бити повећане од јануара."),
    ("sr", "Председник је након састанка у Бриселу изјавио да Србија остаје на европском путу."),
    ("sr", "Предсједник Републике Српске рекао је да ће одлука бити донесена сљедеће седмице."),
    ("en", "The central bank said on Thursday that inflation is expected to ease by the end of the year."),
    ("en", "Police arrested two men after a car crashed into a shop window in the city centre, officials said."),
    ("en", "The minister told reporters that negotiations with the unions would continue next week."),
    ("en", "Slovenian Prime Minister Robert Golob said the government would not raise taxes this year."),
    ("en", "Kremlin spokesman Dmitry Peskov declined to comment on the reports."),
]  # fmt: skip


@pytest.mark.parametrize(("expected", "text"), NEWS)
def test_news_sentences(expected: str, text: str) -> None:
    assert detect_language(text) == expected


def test_every_language_is_covered() -> None:
    assert {expected for expected, _ in NEWS} == set(LANGUAGES)


PARAGRAPHS = [
    (
        "sl",
        "Odposlanec je danes na obisku v Miamiju. Tam se je sestal s predstavniki ZDA, ki posredujejo med stranema. "
        "Kot je povedal, so bili pogovori konstruktivni, nov krog pa naj bi bil v nedeljo.",
    ),
    (
        "hr",
        "Vlada je na sjednici usvojila prijedlog proračuna za sljedeću godinu. Ministar financija rekao je kako će "
        "plaće u javnom sektoru rasti, a tijekom siječnja očekuje se i novo priopćenje o mirovinama.",
    ),
    (
        "bs",
        "Premijer Kantona Sarajevo izjavio je da će odluka biti poznata do kraja sedmice. Prema njegovim riječima, "
        "nekoliko hiljada ljudi čeka na isplatu, a saopćenje će biti objavljeno na stranici Vlade.",
    ),
    (
        "sr",
        "Ministar je posle sednice vlade rekao da će cene struje ostati iste do kraja godine. Kako je naveo, "
        "sledeće nedelje biće predstavljen plan, a deo sredstava biće uvek dostupan opštinama.",
    ),
    (
        "en",
        "The envoy met US officials in Miami on Saturday, and both sides described the talks as constructive. "
        "A new round of negotiations is expected on Sunday, according to a source close to the delegation.",
    ),
]


@pytest.mark.parametrize(("expected", "text"), PARAGRAPHS)
def test_paragraphs(expected: str, text: str) -> None:
    assert detect_language(text) == expected


@pytest.mark.parametrize("text", ["", "   ", "12345 !!! ...", "2026-01-31 12:00", "☺☺☺ → ←", "\x00\x01"])
def test_no_letter_is_undetermined(text: str) -> None:
    assert detect_language(text) == "und"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kushner", "en"),  # no function word, no telling letter: English is the guess
        ("Đoković", "hr"),  # a letter only Serbo-Croatian has
        ("Župančič", "sl"),  # č, š, ž alone: Slovenian first
        ("Вучић", "sr"),
    ],
)
def test_names_alone_fall_back_on_their_letters(text: str, expected: str) -> None:
    assert detect_language(text) == expected


def test_mostly_latin_text_with_a_cyrillic_name_keeps_its_language() -> None:
    text = "Ruski odposlanec Kiril Dmitrijev (Кирилл Дмитриев) je dejal, da so bili pogovori konstruktivni."
    assert detect_language(text) == "sl"


def test_mostly_cyrillic_text_with_latin_names_is_serbian() -> None:
    text = "Стив Виткоф (Steve Witkoff) рекао је да ће разговори бити настављени у недељу у Абу Дабију."
    assert detect_language(text) == "sr"


def test_a_large_text_is_read_in_one_pass() -> None:
    text = " ".join(sentence for _, sentence in NEWS if _ == "sl") * 20_000  # several MB
    assert detect_language(text) == "sl"


def test_random_bytes_never_raise() -> None:
    rng = random.Random(5)
    noise = bytes(rng.randrange(256) for _ in range(100_000)).decode("latin-1")
    assert detect_language(noise) in (*LANGUAGES, "und")


@pytest.mark.parametrize(
    ("cyrillic", "latin"),
    [
        ("Љубљана", "Ljubljana"),
        ("ЉУБЉАНА", "LJUBLJANA"),
        ("Њујорк", "Njujork"),
        ("Џон Кушнер", "Džon Kušner"),
        ("ЏЕЈМС", "DŽEJMS"),
        ("Ђоковић", "Đoković"),
        ("Ћирић", "Ćirić"),
        ("Жељко Чолић", "Željko Čolić"),
        ("Шешељ", "Šešelj"),
        ("Виткоф", "Vitkof"),
        ("Дмитријев", "Dmitrijev"),
        ("Љ", "Lj"),
        ("Vučić i Вучић", "Vučić i Vučić"),
        ("Witkoff", "Witkoff"),
        ("„Састанак је у петак“, рекао је.", "„Sastanak je u petak“, rekao je."),
        ("", ""),
    ],
)
def test_to_latin(cyrillic: str, latin: str) -> None:
    assert to_latin(cyrillic) == latin
