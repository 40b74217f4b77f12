"""Search keys for names: what makes "Witkoff", "WITKOFF", "Vitkof" spelled in Cyrillic, and "Kušner" comparable.

A key is casefolded, written in Latin script (Serbian and Russian Cyrillic transliterated), stripped of
diacritics, with every run of non-alphanumeric characters turned into one space.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

_CYRILLIC = {
    "а": "a", "б": "b", "в": "v", "г": "g", "ґ": "g", "д": "d", "ђ": "dj", "ѓ": "gj", "е": "e", "ё": "e",
    "є": "je", "ж": "z", "з": "z", "ѕ": "dz", "и": "i", "і": "i", "ї": "ji", "й": "j", "ј": "j", "к": "k",
    "ќ": "kj", "л": "l", "љ": "lj", "м": "m", "н": "n", "њ": "nj", "о": "o", "п": "p", "р": "r", "с": "s",
    "т": "t", "ћ": "c", "у": "u", "ў": "u", "ф": "f", "х": "h", "ц": "c", "ч": "c", "џ": "dz", "ш": "s",
    "щ": "sc", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "ju", "я": "ja",
}  # fmt: skip
_LATIN_EXTRA = {"đ": "dj", "ð": "d", "ł": "l", "ø": "o", "æ": "ae", "œ": "oe", "þ": "th", "ı": "i", "ß": "ss"}
_TRANSLATE = str.maketrans({**_CYRILLIC, **_LATIN_EXTRA})
_NON_WORD = re.compile(r"[\W_]+")
_COMBINING = re.compile("[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")


def name_key(name: str) -> str:
    """The search key of a name: 'Кушнер' → 'kusner', 'Jared  Kushner!' → 'jared kushner'."""
    text = unicodedata.normalize("NFKC", name).casefold().translate(_TRANSLATE)
    text = _COMBINING.sub("", unicodedata.normalize("NFKD", text))
    return _NON_WORD.sub(" ", text).strip()


def key_contains(haystack: str, needle: str) -> bool:
    """True when the words of key `needle` appear as whole consecutive words of key `haystack`."""
    return f" {needle} " in f" {haystack} "


# Spellings of one sound across the languages claims reads (English, German and French transliteration against
# the Slavic Latin alphabets), rewritten to one letter; applied in order, longest first, on a name key.
_SOUNDS = (
    ("dzh", "j"),  # Dzhokhar / Džohar / Jokhar
    ("dz", "j"),  # Džared / Jared, Джо / Joe: English j is the Slavic dž
    ("sch", "s"),  # Schröder / Šreder
    ("sh", "s"),  # Kushner / Kušner / Кушнер
    ("zh", "z"),  # Zhukov / Žukov
    ("ch", "c"),  # Yanukovych / Janukovič
    ("kh", "h"),  # Zakharova / Zaharova / Захарова
    ("ts", "c"),  # Tsipras / Cipras / Ципрас
    ("ph", "f"),
    ("ck", "k"),
    ("w", "v"),  # Witkoff / Vitkof
    ("q", "k"),
    ("x", "ks"),  # Alexei / Aleksej
)
_SOUND_PATTERN = re.compile("|".join(sorted((spelling for spelling, _ in _SOUNDS), key=len, reverse=True)))
_SOUND_OF = dict(_SOUNDS)
_W_AS_U = re.compile(r"\bu(?=[aeio])")  # Russian writes an English w as у: Уиткофф / Witkoff
_Y_BEFORE_VOWEL = re.compile(r"y(?=[aeiou])")  # Yulia, Mayakovsky: a consonant, written j in Slavic Latin
_IJ_BEFORE_VOWEL = re.compile(r"ij(?=[aeiou])")  # Dmitrijev / Dmitriev, Marija / Maria
_J_AFTER_VOWEL = re.compile(r"(?<=[aeiou])j(?![aeiou])")  # Sergej / Sergei, Zelenskij / Zelenski, Šojgu / Shoigu
_DOUBLED = re.compile(r"(\w)\1+")


def sound_key(name: str) -> str:
    """A phonetic key over name_key: the spellings of one name across English, Slavic Latin and Cyrillic agree.
    'Witkoff', 'Vitkof' and 'Виткоф' → 'vitkof'; 'Zelensky', 'Zelenskij', 'Зеленски' → 'zelenski';
    'Dmitrijev', 'Dmitriyev' → 'dmitriev'.

    Digraphs become the one letter Slavic Latin writes (_SOUNDS); a word-initial u before a vowel is v (Russian's
    English w); y is j before a vowel and i elsewhere; ij before a vowel is i, j after a vowel and not before one
    is i; doubled letters are one. Vowels and c/k are kept: 'Trump' and 'Tramp', 'Macron' and 'Makron' stay
    apart (give one as an alias of the other), and so do 'Petrović' and 'Petković', 'Carić' and 'Karić'."""
    key = _SOUND_PATTERN.sub(lambda m: _SOUND_OF[m.group()], name_key(name))
    key = _W_AS_U.sub("v", key)
    key = _Y_BEFORE_VOWEL.sub("j", key).replace("y", "i")
    key = _J_AFTER_VOWEL.sub("i", _IJ_BEFORE_VOWEL.sub("i", key))
    return _DOUBLED.sub(r"\1", key)


# How South Slavic news writes English first names: 'Stiv' is 'Steve', 'Džared' is 'Jared'. Only these are taken
# as one name across a vowel; otherwise 'Marko' and 'Mirko' would be one person.
_TRANSCRIBED = {
    "Stiv": "Steve", "Majk": "Mike", "Majkl": "Michael", "Majkel": "Michael", "Džared": "Jared", "Džon": "John",
    "Džo": "Joe", "Džordž": "George", "Džejms": "James", "Džejn": "Jane", "Džesika": "Jessica", "Džefri": "Jeffrey",
    "Entoni": "Anthony", "Endrju": "Andrew", "Kit": "Keith", "Kir": "Keir", "Riši": "Rishi", "Tajler": "Tyler",
    "Brajan": "Brian", "Rajan": "Ryan", "Majls": "Miles", "Pit": "Pete", "Hanter": "Hunter", "Dejvid": "David",
    "Ilon": "Elon", "Marko": "Marco", "Donald": "Donald", "Kamala": "Kamala", "Emanuel": "Emmanuel",
}  # fmt: skip


def given_name_sound(name: str) -> str:
    """The sound key of a first name, with its South Slavic transcription read back: 'Stiv' → 'steve'."""
    sound = sound_key(name)
    return _given_name_sounds().get(sound, sound)


@cache
def _given_name_sounds() -> dict[str, str]:
    return {sound_key(written): sound_key(english) for written, english in _TRANSCRIBED.items()}


def surname_sound(name: str) -> str:
    """The sound key of a name's last word, a person's surname: 'Steve Witkoff' → 'vitkof'."""
    return sound_key(name).rpartition(" ")[2]
