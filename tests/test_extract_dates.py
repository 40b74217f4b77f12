"""Time bounds of statements (claims.extract.dates): sentence in, due date out."""

from __future__ import annotations

import random
from datetime import date, datetime

import pytest

from claims.extract.dates import _time_bound, time_bound

SAT = date(2026, 1, 31)  # a Saturday: the sample article's date
FEB_10 = date(2026, 2, 10)
DEC_30 = date(2026, 12, 30)  # a Wednesday, two days before the year turns


def d(text: str) -> date:
    return date.fromisoformat(text)


CASES = [
    # --- Slovenian ---------------------------------------------------------------------------------------------------
    ("sl", SAT, "začasno prekinitev napadov na energetsko infrastrukturo v Ukrajini, ki naj bi glede na navedbe "
                "Kremlja trajal do nedelje", d("2026-02-01")),
    ("sl", SAT, "Premirje bo veljalo do ponedeljka", d("2026-02-02")),
    ("sl", SAT, "do torka", d("2026-02-03")),
    ("sl", SAT, "Pogajanja se bodo nadaljevala v sredo", d("2026-02-04")),
    ("sl", SAT, "Odločitev naj bi sprejeli do četrtka", d("2026-02-05")),
    ("sl", SAT, "Vlada bo o predlogu odločala v petek", d("2026-02-06")),
    ("sl", SAT, "Rok za oddajo ponudb je do sobote", d("2026-02-07")),
    ("sl", SAT, "Sestanek je v torek", d("2026-02-03")),  # present tense looks forward
    ("sl", SAT, "Sestali so se v petek", None),
    ("sl", SAT, "Sestanek je bil v ponedeljek", None),
    ("sl", SAT, "Delegaciji sta se v četrtek sestali v Ženevi", None),
    ("sl", SAT, "je v petek dejal", None),
    ("sl", SAT, "Sestali so se že pretekli konec tedna", None),
    ("sl", SAT, "Do konca tedna bo znana odločitev", d("2026-02-01")),
    ("sl", FEB_10, "Zakon bodo sprejeli do konca meseca", d("2026-02-28")),
    ("sl", SAT, "Projekt bo končan do konca leta", d("2026-12-31")),
    ("sl", SAT, "Most bo zgrajen do konca prihodnjega leta", d("2027-12-31")),
    ("sl", SAT, "Prihodnji teden bodo o tem razpravljali poslanci", d("2026-02-08")),
    ("sl", SAT, "Odgovor pričakujejo jutri", d("2026-02-01")),
    ("sl", SAT, "Pojutrišnjem bo vlada sprejela rebalans", d("2026-02-02")),
    ("sl", SAT, "Ponudbe je treba oddati do 15. februarja", d("2026-02-15")),
    ("sl", SAT, "Rok se izteče 15. 2. 2026", d("2026-02-15")),
    ("sl", SAT, "do 15. 2. 2025", None),  # a date already past
    ("sl", SAT, "Komisija mora poročilo pripraviti v dveh tednih", d("2026-02-14")),
    ("sl", SAT, "Odgovor morajo poslati v roku 30 dni", d("2026-03-02")),
    ("sl", SAT, "Od ponedeljka do petka bodo šole zaprte", d("2026-02-06")),
    ("sl", SAT, "Sestanek bo v petek, zakon pa bodo sprejeli do konca leta", d("2026-02-06")),
    ("sl", SAT, "Ukrajina se mora umakniti do sredine marca", d("2026-03-15")),
    ("sl", SAT, "Sestanek je predviden za petek", d("2026-02-06")),
    ("sl", SAT, "Sestanek je bil predviden za petek", None),
    ("sl", SAT, "Kot je povedal, se bodo dela začela v ponedeljek", d("2026-02-02")),
    ("sl", SAT, "V ponedeljek se je začela stavka", None),
    ("sl", SAT, "Pogovori so bili konstruktivni", None),
    ("sl", SAT, "Na shod naj bi prišlo do 2000 ljudi", None),  # "do" as "up to"
    ("sl", DEC_30, "do petka", d("2027-01-01")),
    ("sl", DEC_30, "do konca meseca", d("2026-12-31")),
    ("sl", DEC_30, "Razpis bo odprt do 15. januarja", d("2027-01-15")),
    ("sl", DEC_30, "Prihodnji mesec bodo plače višje", d("2027-01-31")),
    # --- Croatian ----------------------------------------------------------------------------------------------------
    ("hr", SAT, "Sastanak će se održati u petak", d("2026-02-06")),
    ("hr", SAT, "Premijer je rekao da će odluka biti donesena do nedjelje", d("2026-02-01")),
    ("hr", SAT, "Izbori će se održati u nedjelju", d("2026-02-01")),
    ("hr", SAT, "Sastanak je održan u srijedu", None),
    ("hr", SAT, "Ministri su se sastali u ponedjeljak", None),
    ("hr", SAT, "Rok za prijave je do 15. veljače", d("2026-02-15")),
    ("hr", SAT, "Natječaj traje do 1. ožujka", d("2026-03-01")),
    ("hr", SAT, "Zakon mora biti usvojen do kraja tjedna", d("2026-02-01")),
    ("hr", SAT, "Sljedeći tjedan očekuje se odluka Vlade", d("2026-02-08")),
    ("hr", SAT, "Odgovor će stići sutra", d("2026-02-01")),
    ("hr", SAT, "Radovi moraju biti završeni u roku od dva tjedna", d("2026-02-14")),
    ("hr", SAT, "Cijene će rasti do kraja iduće godine", d("2027-12-31")),
    ("hr", SAT, "Prijave se primaju do 15. 2. 2026.", d("2026-02-15")),
    ("hr", SAT, "Sastanak, koji je bio zakazan za petak, otkazan je", None),
    ("hr", SAT, "Radovi počinju u ponedjeljak", d("2026-02-02")),
    ("hr", DEC_30, "Trgovine će biti zatvorene do subote", d("2027-01-02")),
    # --- Bosnian -----------------------------------------------------------------------------------------------------
    ("bs", SAT, "Vlada Kantona će o tome odlučiti do kraja sedmice", d("2026-02-01")),
    ("bs", SAT, "Rok je do 15. februara", d("2026-02-15")),
    ("bs", SAT, "Skupština će zasjedati u utorak", d("2026-02-03")),
    ("bs", SAT, "Sjednica je održana u četvrtak", None),
    ("bs", SAT, "Prekosutra će biti poznati rezultati", d("2026-02-02")),
    ("bs", SAT, "Odluka se očekuje u roku od mjesec dana", d("2026-02-28")),
    # --- Serbian, Latin ----------------------------------------------------------------------------------------------
    ("sr", SAT, "Predsednik je rekao da će vlada biti formirana do kraja nedelje", d("2026-02-01")),
    ("sr", SAT, "Sastanak je zakazan za četvrtak", d("2026-02-05")),
    ("sr", SAT, "Sledeće nedelje biće održani pregovori", d("2026-02-08")),
    ("sr", SAT, "Sastali su se u sredu u Beogradu", None),
    ("sr", FEB_10, "Radovi će biti završeni do kraja meseca", d("2026-02-28")),
    ("sr", SAT, "Primirje traje do nedelje", d("2026-02-01")),
    # --- Serbian, Cyrillic -------------------------------------------------------------------------------------------
    ("sr", SAT, "Састанак ће бити одржан у петак", d("2026-02-06")),
    ("sr", SAT, "Примирје траје до недеље", d("2026-02-01")),
    ("sr", SAT, "Састанак је одржан у среду", None),
    ("sr", SAT, "Рок је до 15. фебруара", d("2026-02-15")),
    ("sr", SAT, "Нови закон биће усвојен до краја године", d("2026-12-31")),
    ("sr", DEC_30, "Продавнице ће радити до петка", d("2027-01-01")),
    # --- English -----------------------------------------------------------------------------------------------------
    ("en", SAT, "a pause in strikes that the Kremlin said would last until Sunday", d("2026-02-01")),
    ("en", SAT, "The talks will resume on Friday", d("2026-02-06")),
    ("en", SAT, "The two sides met on Friday", None),
    ("en", SAT, "The vote was held on Tuesday", None),
    ("en", SAT, "Officials said the agreement was signed on Monday", None),
    ("en", SAT, "The agreement will be signed on Monday", d("2026-02-02")),
    ("en", FEB_10, "The bill is due to be passed by the end of the month", d("2026-02-28")),
    ("en", SAT, "The government aims to cut emissions by the end of next year", d("2027-12-31")),
    ("en", SAT, "Applications must be submitted by March 3", d("2026-03-03")),
    ("en", SAT, "Applications must be submitted by 3 March", d("2026-03-03")),
    ("en", SAT, "A decision is expected next week", d("2026-02-08")),
    ("en", SAT, "The company said it would respond within two weeks", d("2026-02-14")),
    ("en", SAT, "The results will be announced tomorrow", d("2026-02-01")),
    ("en", SAT, "We need an answer by Friday at the latest", d("2026-02-06")),
    ("en", SAT, "The ceasefire ended last Friday", None),
    ("en", SAT, "Parliament will vote by 2026-03-15", d("2026-03-15")),
    ("en", SAT, "The minister promised that the plant would close by 2030", d("2030-12-31")),
    ("en", SAT, "The vote is scheduled for Friday", d("2026-02-06")),
    ("en", SAT, "The vote was scheduled for Friday", None),
    ("en", SAT, "The match was cancelled due to rain on Friday", None),
    ("en", SAT, "They'll meet on Monday", d("2026-02-02")),
    ("en", SAT, "They did not meet on Monday", None),
    ("en", DEC_30, "The offer is valid until Friday", d("2027-01-01")),
    ("en", DEC_30, "The shop will stay closed until the end of the week", d("2027-01-03")),
]  # fmt: skip


@pytest.mark.parametrize(("language", "reference", "text", "expected"), CASES)
def test_time_bound(language: str, reference: date, text: str, expected: date | None) -> None:
    assert time_bound(text, language=language, reference=reference) == expected


@pytest.mark.parametrize(
    ("language", "expected"),
    [("SL", d("2026-02-06")), ("sl-SI", d("2026-02-06")), ("de", None), ("und", None), ("", None)],
)
def test_language_codes(language: str, expected: date | None) -> None:
    assert time_bound("do petka", language=language, reference=SAT) == expected


def test_a_datetime_reference_counts_as_its_date() -> None:
    assert time_bound("do nedelje", language="sl", reference=datetime(2026, 1, 31, 23, 59)) == d("2026-02-01")


@pytest.mark.parametrize("text", ["", "   ", "...", "do", "do do", "15.", "v", "by the", "\x00\x01\x02", "\ud800"])
def test_fragments_have_no_bound(text: str) -> None:
    assert time_bound(text, language="sl", reference=SAT) is None
    assert time_bound(text, language="en", reference=SAT) is None


# --- hostile input: never raises, runs in linear time (measured only by finishing) ----------------------------------

_VOCABULARY = (
    "do v u on by until the of end konca kraja prihodnji next last pretekli prošle teden tjedan week petek petka "
    "petak nedelje nedjelju Friday Sunday 15 . , 2026 2 februarja veljače March leta godine year je bil bo će will was "
    "met sastali su so se in i and za within roku od dva dveh tjedna tednih weeks jutri sutra tomorrow ki da that naj "
    "bi trajal najkasneje - 'll ' ( ) „ “ \n Петак до недеље"
).split(" ")


def _soup(rng: random.Random, size: int) -> str:
    words: list[str] = []
    length = 0
    while length < size:
        if rng.random() < 0.7:
            word = rng.choice(_VOCABULARY)
        else:
            word = "".join(rng.choice("abcdefghijklmnoprstuvzčćšžđ") for _ in range(rng.randint(1, 10)))
        words.append(word)
        length += len(word) + 1
    return " ".join(words)


@pytest.mark.parametrize("language", ["sl", "hr", "sr", "en"])
def test_a_megabyte_of_random_words_finishes(language: str) -> None:
    text = _soup(random.Random(7), 1_000_000)
    result = time_bound(text, language=language, reference=SAT)
    assert result is None or result >= SAT


@pytest.mark.parametrize(
    "text",
    [
        "do " * 100_000,
        "do do do" * 30_000,
        "the " * 100_000,
        "by the end of " * 25_000,
        "najkasneje " * 100_000,
        "pretekli " * 100_000,
        "15. " * 100_000,
        "u roku od " * 50_000,
        "'" * 200_000,
        "v " * 100_000 + "petek",
    ],
)
def test_repetitions_finish(text: str) -> None:
    for language in ("sl", "hr", "en"):
        result = time_bound(text, language=language, reference=SAT)
        assert result is None or result >= SAT


def test_binary_noise_never_raises() -> None:
    rng = random.Random(3)
    noise = bytes(rng.randrange(256) for _ in range(200_000)).decode("latin-1")
    for language in ("sl", "hr", "sr", "bs", "en"):
        result = time_bound(noise, language=language, reference=SAT)
        assert result is None or isinstance(result, date)


def test_the_recogniser_itself_does_not_raise() -> None:
    """The public function swallows errors; the recogniser under it must not need that."""
    rng = random.Random(11)
    for _ in range(1_500):
        text = _soup(rng, rng.randint(1, 120))
        for language in ("sl", "hr", "en"):
            reference = date(rng.randint(2000, 2030), rng.randint(1, 12), rng.randint(1, 28))
            _time_bound(text, language=language, reference=reference)
    for reference in (date.min, date.max):
        for text in (
            "do 31. 2. 2026 do 99. 99. 9999 by 9999-99-99 do petka jutri pojutrišnjem prihodnji teden letos",
            "do konca prihodnjega leta v 900 letih ob koncu tedna do 15. februarja",
            "by the day after tomorrow, next week, next year, by year-end, within 3000 years, this weekend",
        ):
            for language in ("sl", "en"):
                _time_bound(text, language=language, reference=reference)
