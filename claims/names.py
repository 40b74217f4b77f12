"""Search keys for names: what makes "Witkoff", "WITKOFF", "Vitkof" spelled in Cyrillic, and "Kušner" comparable.

A key is casefolded, written in Latin script (Serbian and Russian Cyrillic transliterated), stripped of
diacritics, with every run of non-alphanumeric characters turned into one space.
"""

from __future__ import annotations

import re
import unicodedata

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
