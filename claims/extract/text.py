"""Tokens, quotations and sentences, with offsets into the text exactly as given.

Every step is a single left-to-right pass, and every regular expression here matches a bounded or possessive
shape, so that adversarial input (a megabyte of unbalanced quotation marks, of capitalised words, of text without
punctuation) costs the same per character as news.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from ..names import name_key

# Word characters include combining marks (decomposed text writes 'č' as 'c' + U+030C) and the invisible format
# characters that sit inside words (soft hyphen, zero-width joiners); direction marks and other invisible
# characters between words are not tokens at all.
_IN_WORD = "\\w\u0300-\u036f\u00ad\u200b-\u200d\u2060"
_INVISIBLE = "\u00ad\u200b-\u200f\u2060\ufeff\u202a-\u202e\u2066-\u2069"
# A number with separators ('5,000', '3.1') is one token: its comma is not a clause's. Two apostrophes are one
# token, the double quotation mark typed with the keys at hand (''like this'').
_TOKEN = re.compile(
    f"\\d+(?:[.,]\\d+)+|\\w[{_IN_WORD}]*+(?:\\.(?:ba|hr|rs|si|me|mk|com|net|org|info|eu|tv)\\b"
    f"|(?:[-'’][{_IN_WORD}]++)*+)|''|[^\\w\\s{_INVISIBLE}]",
    re.UNICODE,
)  # (a web address is one token too: 'za Klix.ba', 'za 24ur.com'; a word is read once, possessively, for both)
# The same tokens, each with the gap before it: only white space and invisible characters are not tokens, so the
# gap is all that lies between two tokens, and the tokenizer counts offsets and line breaks from the strings alone.
# (The token is optional so that white space at the end is one empty match, not a failed one at every character.)
_GAP_AND_TOKEN = re.compile(f"([\\s{_INVISIBLE}]*+)({_TOKEN.pattern})?", re.UNICODE)
_STRIP_INVISIBLE = dict.fromkeys(
    [0x00AD, 0x200B, 0x200C, 0x200D, 0x200E, 0x200F, 0x2060, 0xFEFF, *range(0x202A, 0x202F), *range(0x2066, 0x206A)]
)


def visible(text: str) -> str:
    """Text without invisible format characters, in composed form ('c' + U+030C → 'č')."""
    return unicodedata.normalize("NFC", text.translate(_STRIP_INVISIBLE))


_DATE_LINE = re.compile(r"\A\s*date\s+(\d{4}-\d{2}-\d{2})\b[ \t]*\r?\n?")

# Quotation marks: which closing marks each opening mark accepts. Straight marks open and close alike.
OPENERS: dict[str, str] = {
    "„": '“”"',
    "“": '”“"',
    "”": "”",
    '"': '"“”',
    "»": "«»",
    "«": "»«",
    "‚": "‘’'",
    "‘": "’‘",
    "'": "'’",
    "''": "''\"”“",
}
QUOTE_MARKS = frozenset([*"„“”\"»«‚‘’'", "''"])
DASHES = frozenset("–—-")
SENTENCE_END = frozenset(".!?…")
MAX_QUOTE_CHARS = 4000  # an unclosed mark stops counting as a quotation after this many characters

_ABBREVIATIONS = frozenset(
    (
        "dr mag prof mr mrs ms st jr sr npr tj itd ipd oz gl št tel ga g gdč dipl inž univ prim doc akad sv "
        "mio mrd tis mil jan feb mar apr jun jul avg aug sep sept okt oct nov dec pon tor sre čet pet sob ned "
        "vs etc no inc ltd co corp gov gen col lt sgt capt cmdr adm cpl pvt rep sen pres ul cca ca tzv ok rev fr msgr"
    ).split()
)


_NUMBERING = frozenset(("no", "nos"))
_STATES = frozenset(
    "ala ariz ark calif colo conn del fla ga ill ind kan kans ky la md mass mich minn miss mo mont neb nev okla ore "
    "pa penn tenn tex va vt wash wis wyo ont que alta sask man nfld".split()
)


@dataclass(slots=True)
class Token:
    start: int
    end: int
    text: str
    norm: str  # casefolded, Latin script, no diacritics
    index: int
    newline_before: int = 0  # how many line breaks separate it from the previous token
    is_word: bool = False
    is_capitalized: bool = False

    # Written out, not generated: mypyc compiles this one, while the `__init__` that @dataclass generates runs in
    # the interpreter, at twice the cost, once for every token of the text.
    def __init__(
        self,
        start: int,
        end: int,
        text: str,
        norm: str,
        index: int,
        newline_before: int = 0,
        is_word: bool = False,
        is_capitalized: bool = False,
    ) -> None:
        self.start = start
        self.end = end
        self.text = text
        self.norm = norm
        self.index = index
        self.newline_before = newline_before
        self.is_word = is_word
        self.is_capitalized = is_capitalized


@dataclass(slots=True)
class Quote:
    open: int  # token index of the opening mark
    close: int | None  # token index of the closing mark (None: unclosed, ends at `last`)
    last: int  # last token index inside the quotation

    def __init__(self, open: int, close: int | None, last: int) -> None:  # (compiled, as `Token.__init__`)
        self.open = open
        self.close = close
        self.last = last

    @property
    def inner(self) -> tuple[int, int]:
        return self.open + 1, self.last


@dataclass(slots=True)
class Sentence:
    first: int  # token indices, inclusive
    last: int
    paragraph: int
    quotes: list[Quote] = field(default_factory=list)

    def __init__(self, first: int, last: int, paragraph: int, quotes: list[Quote] | None = None) -> None:
        self.first = first  # (compiled, as `Token.__init__`; a field added above must be added here too)
        self.last = last
        self.paragraph = paragraph
        self.quotes = [] if quotes is None else quotes


def strip_date_line(text: str) -> tuple[str | None, int]:
    """The published date of a text beginning with `date YYYY-MM-DD`, and where the body starts."""
    found = _DATE_LINE.match(text)
    if not found:
        return None, 0
    return found.group(1), found.end()


_WORDS: dict[str, tuple[str, bool, bool]] = {}
# 'al-Qadhi', 'el-Sisi', 'ash-Shaibani': a name written with the Arabic article, capitalised after it
_ARABIC_ARTICLE = re.compile(r"(?:al|el|ad|an|ar|as|ash|at|az)-[A-Z]")


def _word(word: str) -> tuple[str, bool, bool]:
    """What the rules ask of a word (its normalized form, whether it is a word, whether it is capitalised),
    remembered: news repeats its words, and normalizing is the tokenizer's main cost."""
    found = _WORDS.get(word)
    if found is None:
        first = word[0]
        capitalized = first.isupper() or first.istitle() or _ARABIC_ARTICLE.match(word) is not None
        found = (name_key(visible(word)) or word, first.isalnum() or first == "_", capitalized)
        if len(_WORDS) < 500_000:
            _WORDS[word] = found
    return found


def tokenize(text: str, start: int = 0) -> list[Token]:
    tokens: list[Token] = []
    append = tokens.append
    words = _WORDS
    end = start
    # (findall's strings cost less than a match object and its methods per token; typed, the compiled loop
    # unpacks and compares them as strings, not as any object)
    pairs: list[tuple[str, str]] = _GAP_AND_TOKEN.findall(text, start)
    for n, (gap, word) in enumerate(pairs):
        if not word:
            break  # (the end of the text)
        begin = end + len(gap)
        end = begin + len(word)
        newlines = gap.count("\n") if gap and gap != " " else 0
        norm, is_word, capitalized = words.get(word) or _word(word)
        append(Token(begin, end, word, norm, n, newlines, is_word, capitalized))
    return tokens


# Words glued together where markup was stripped ('saidthe', 'toldN1', 'zaRTV', 'dodao jeŠarić'): a reporting
# verb or a small word run into the next word, which is capitalised or one of a few function words.
_GLUED = re.compile(
    r"\b(?:said|says|told|tells|added|wrote|za|je|na|to|for)(?=[A-ZČŠŽĆĐ][\w-])"
    r"|\b(?:said|says|told|added)(?=(?:the|on|that|in|at|a|he|she|it|they|we|this|his|her|there)\b)",
    re.UNICODE,
)
# (where it may match, found faster: without the word boundary in front, the engine skips ahead to the letters
# these words begin with; each place found is then tried with `_GLUED` itself)
_GLUED_NEAR = re.compile(
    r"(?:said|says|told|tells|added|wrote|za|je|na|to|for)"
    r"(?=[A-ZČŠŽĆĐ][\w-]|(?:the|on|that|in|at|a|he|she|it|they|we|this|his|her|there)\b)",
    re.UNICODE,
)


def split_glued(tokens: list[Token], text: str) -> list[Token]:
    """Tokens split where two words were glued together ('saidthe' → 'said' 'the'), renumbered."""
    match = _GLUED.match
    cuts = {found.end() for near in _GLUED_NEAR.finditer(text) if (found := match(text, near.start())) is not None}
    if not cuts:
        return tokens
    result: list[Token] = []
    ordered, k = sorted(cuts), 0  # (the first cut at or after each token's third character, in one walk)
    for token in tokens:
        while k < len(ordered) and ordered[k] < token.start + 2:
            k += 1
        cut = ordered[k] if k < len(ordered) and ordered[k] < token.end - 1 and token.is_word else None
        if cut is None:
            token.index = len(result)
            result.append(token)
            continue
        left, right = text[token.start : cut], text[cut : token.end]
        norm, is_word, capitalized = _word(left)
        result.append(Token(token.start, cut, left, norm, len(result), token.newline_before, is_word, capitalized))
        norm, is_word, capitalized = _word(right)
        result.append(Token(cut, token.end, right, norm, len(result), 0, is_word, capitalized))
    return result


def find_quotes(tokens: list[Token], text: str) -> list[Quote]:
    """Pair quotation marks in one pass. A mark opens a quotation at a word's left edge and closes the open one
    at its right edge; an apostrophe inside a word (don't, O'Brien) is not a mark. A quotation left open closes
    at the end of its paragraph, unless the next paragraph opens with a quotation mark again (the convention
    for a quote running over several paragraphs)."""
    quotes: list[Quote] = []
    current: Quote | None = None
    closers = ""
    # (only marks and line breaks do anything below)
    for token in [t for t in tokens if t.newline_before or t.text in QUOTE_MARKS]:
        mark = token.text
        if mark not in QUOTE_MARKS:
            if current is not None and _new_paragraph(token) and token.index > current.open + 1:
                current = _close_at_paragraph(current, tokens, token, quotes, False, text, closers)
            continue
        left_space = token.start == 0 or text[token.start - 1].isspace() or text[token.start - 1] in "([{–—-/"
        right_space = token.end >= len(text) or text[token.end].isspace() or text[token.end] in ".,;:!?)]}–—-…"
        if current is not None:
            if _new_paragraph(token) and token.index > current.open + 1:
                reopened = mark in OPENERS and not right_space
                current = _close_at_paragraph(current, tokens, token, quotes, reopened, text, closers)
                if current is not None:
                    continue
            elif mark in closers and (right_space or not left_space):
                current.close = current.last = token.index
                if tokens[current.close].end - tokens[current.open].start <= MAX_QUOTE_CHARS:
                    quotes.append(current)
                current = None
                continue
            else:
                continue  # a nested or stray mark inside the quotation
        if current is None and mark in OPENERS and not right_space and (left_space or mark in "„»«‚"):
            current = Quote(token.index, None, token.index)
            closers = OPENERS[mark]
    if current is not None and tokens and tokens[-1].index > current.open:
        current.last = tokens[-1].index
        if tokens[current.last].end - tokens[current.open].start <= MAX_QUOTE_CHARS:
            quotes.append(current)
    return [q for q in quotes if q.last > q.open + (1 if q.close is not None else 0)]


def _new_paragraph(token: Token) -> bool:
    """A line break that starts a new paragraph, not one that breaks a sentence in the middle (a line running
    on in lower case, as stripped markup leaves it)."""
    return token.newline_before >= 2 or (token.newline_before == 1 and not token.text[0].islower())


def find_dash_quotes(tokens: list[Token], text: str, quotes: list[Quote]) -> list[Quote]:
    """Dash-style speech: a paragraph that opens with a dash is a quotation up to the next dash standing
    between spaces ('– Ne bomo popustili – je poudaril.'), or to the paragraph's end."""
    taken = bytearray(len(tokens))  # the tokens of the quotations found
    for q in quotes:
        taken[q.open : q.last + 1] = b"\1" * (q.last + 1 - q.open)
    found: list[Quote] = []
    n = len(tokens)
    for token in [t for t in tokens if t.text in DASHES]:  # (nothing else opens one)
        i = token.index
        if taken[i]:
            continue
        opens_paragraph = i == 0 or token.newline_before
        after_sentence = (
            i > 0
            and tokens[i - 1].text in SENTENCE_END
            and text[token.start - 1 : token.start] == " "
            and not (tokens[i - 1].text == "." and is_abbreviation(tokens, i - 1))  # ('PORT ALDOUS, Ont. — ...')
        )
        if not (opens_paragraph or after_sentence):
            continue
        if i + 1 >= n or tokens[i + 1].newline_before or not tokens[i + 1].is_word:
            continue
        j = i + 1
        while j < n and not tokens[j].newline_before:
            if tokens[j].text in DASHES and text[tokens[j].start - 1 : tokens[j].start] == " " and j > i + 2:
                found.append(Quote(i, j, j))
                # (its closing dash opens nothing: '– Što ćete im reći? – upitala je Kolar.')
                taken[i : j + 1] = b"\1" * (j + 1 - i)
                resumed = _dash_resumes(tokens, text, j)
                if resumed is not None:  # '– Ne zameram igračima – rekao je – zameram sebi.'
                    found.append(resumed)
                    taken[resumed.open : resumed.last + 1] = b"\1" * (resumed.last + 1 - resumed.open)
                break
            j += 1
        else:
            closing = _closed_next_paragraph(tokens, text, j)
            if closing is not None:
                # '– Dok se god ... samo papir.¶Predložit ćemo amandman ... – kazao je Matijević.': one quotation
                # over two paragraphs, closed by the dash before its cue
                found.append(Quote(i, closing, closing))
                taken[i : closing + 1] = b"\1" * (closing + 1 - i)
            else:
                found.append(Quote(i, None, j - 1))
    return sorted([*quotes, *found], key=lambda q: q.open)


def _closed_next_paragraph(tokens: list[Token], text: str, start: int) -> int | None:
    """The dash that closes an open dash quotation in the paragraph starting at `start`: one that opens with
    a word, holds no quotation mark, and ends with a dash, a few lower-case words and a full stop."""
    n = len(tokens)
    if start >= n or not tokens[start].is_word or not tokens[start].newline_before:
        return None
    end = start + 1
    while end < n and not tokens[end].newline_before:
        end += 1
    last = end - 1
    if tokens[last].text != "." or any(tokens[k].text in QUOTE_MARKS for k in range(start, end)):
        return None
    dashes = [k for k in range(start + 2, end) if tokens[k].text in DASHES]
    if len(dashes) != 1 or not 3 <= last - dashes[0] <= 8:
        return None
    dash = dashes[0]
    if text[tokens[dash].start - 1 : tokens[dash].start] != " " or not tokens[dash + 1].text[:1].islower():
        return None
    return dash


def _closes_in_paragraph(tokens: list[Token], first: int, text: str, closers: str) -> bool:
    """Whether the first quotation mark of the paragraph starting at `first` closes a quotation: it is one of
    `closers`, right after a word or punctuation mark, before a space or punctuation."""
    for k in range(first, len(tokens)):
        token = tokens[k]
        if k > first and _new_paragraph(token):
            return False
        if token.text in QUOTE_MARKS:
            before = text[token.start - 1 : token.start]
            after = text[token.end : token.end + 1]
            return (
                k > first
                and token.text in closers
                and not before.isspace()
                and (not after or after.isspace() or after in ".,;:!?")
            )
    return False


def _dash_resumes(tokens: list[Token], text: str, closing: int) -> Quote | None:
    """After a dash quotation's closing dash and its cue, a third dash in the same paragraph resumes it."""
    n = len(tokens)
    for k in range(closing + 2, min(n, closing + 10)):
        if tokens[k].newline_before:
            return None
        if tokens[k].text in DASHES and text[tokens[k].start - 1 : tokens[k].start] == " ":
            last = k + 1
            while last + 1 < n and not tokens[last + 1].newline_before:
                last += 1
            return Quote(k, None, last) if last > k else None
    return None


def _close_at_paragraph(
    current: Quote,
    tokens: list[Token],
    token: Token,
    quotes: list[Quote],
    reopened: bool,
    text: str,
    closers: str,
) -> Quote | None:
    """A paragraph break inside an open quotation: it goes on if the new paragraph reopens with a mark, or if
    its first mark is the closing one ('"... prepočasi.¶Po odmoru smo ... v sezoni," je dejal'); otherwise
    the quotation ends with the previous paragraph."""
    if reopened or _closes_in_paragraph(tokens, token.index, text, closers):
        return current
    current.last = token.index - 1
    if tokens[current.last].end - tokens[current.open].start <= MAX_QUOTE_CHARS:
        quotes.append(current)
    return None


def split_sentences(tokens: list[Token], quotes: list[Quote]) -> list[Sentence]:
    """Sentences and paragraphs. A boundary inside a quotation does not end the sentence, so that a quote of
    several sentences stays one unit with its cue."""
    inside = bytearray(len(tokens))
    for quoted in quotes:
        end = quoted.last + (0 if quoted.close is not None else 1)
        inside[quoted.open + 1 : end] = b"\1" * (end - quoted.open - 1)
    sentences: list[Sentence] = []
    paragraph = 0
    first = 0
    n = len(tokens)
    # (only line breaks and sentence ends do anything below)
    for token in [t for t in tokens if t.newline_before or t.text in SENTENCE_END]:
        i = token.index
        if i > first and token.newline_before and not inside[i] and _line_break_ends_sentence(tokens, i):
            sentences.append(Sentence(first, i - 1, paragraph))
            first = i
            paragraph += 1
        if token.text not in SENTENCE_END:
            continue
        if inside[i] and not (
            # ('... had "erred badly." He said ...': the quotation and its sentence end together; not after a
            # question or an exclamation, which a quotation ends with before its cue: '"Will we win?" Brenner said')
            token.text not in "?!"
            and i + 2 < n
            and tokens[i + 1].text in QUOTE_MARKS
            and not inside[i + 1]
            and tokens[i + 1].start == token.end
            and tokens[i + 1].index > first
            and not any(q.open == i + 1 for q in quotes)
        ):
            continue
        j = i + 1
        while j < n and (
            tokens[j].text in SENTENCE_END
            or (tokens[j].text in QUOTE_MARKS and not inside[j] and tokens[j].start == tokens[j - 1].end)
        ):
            j += 1
        if j >= n or tokens[j].newline_before:
            continue
        following = tokens[j]
        if token.text == "." and is_abbreviation(tokens, i):
            continue
        if token.text == "!" and i > 0 and tokens[i - 1].norm in _NAMES_WITH_MARK and tokens[i - 1].end == token.start:
            continue  # 'saborski zastupnik Možemo! Luka Šimić': a party whose name ends in the mark
        starts_sentence = following.is_capitalized or following.text in QUOTE_MARKS or following.text in DASHES
        if starts_sentence or (following.text[0].isdigit() and token.text != "."):
            sentences.append(Sentence(first, j - 1, paragraph))
            first = j
    if first < n:
        sentences.append(Sentence(first, n - 1, paragraph))
    if any(sentence.last - sentence.first >= MAX_SENTENCE_TOKENS for sentence in sentences):  # (seldom)
        sentences = [piece for sentence in sentences for piece in _bounded(sentence, tokens)]
    pending = iter(quotes)  # both are in text order: one merge pass
    quote: Quote | None = next(pending, None)
    for sentence in sentences:
        while quote is not None and quote.open < sentence.first:
            quote = next(pending, None)
        while quote is not None and quote.open <= sentence.last:
            sentence.quotes.append(quote)
            quote = next(pending, None)
    return sentences


MAX_SENTENCE_TOKENS = 160  # longer "sentences" are lists, tables or text without punctuation


def _bounded(sentence: Sentence, tokens: list[Token]) -> list[Sentence]:
    """A sentence cut into pieces of at most MAX_SENTENCE_TOKENS tokens, at a comma where there is one, so that
    the rules, which look back and forth within a sentence, cost the same per token however long the text runs
    without a full stop."""
    if sentence.last - sentence.first < MAX_SENTENCE_TOKENS:
        return [sentence]
    pieces = []
    first = sentence.first
    while sentence.last - first >= MAX_SENTENCE_TOKENS:
        limit = first + MAX_SENTENCE_TOKENS - 1
        cut = next((k for k in range(limit, first + MAX_SENTENCE_TOKENS // 2, -1) if tokens[k].text in ",;:"), limit)
        pieces.append(Sentence(first, cut, sentence.paragraph))
        first = cut + 1
    pieces.append(Sentence(first, sentence.last, sentence.paragraph))
    return pieces


def _line_break_ends_sentence(tokens: list[Token], i: int) -> bool:
    """A blank line always ends a sentence; a single line break does unless the text runs on in lower case
    (a line broken in mid-sentence by the page's markup)."""
    token = tokens[i]
    if token.newline_before >= 2 or tokens[i - 1].text in SENTENCE_END or tokens[i - 1].text == ":":
        return True
    return not (token.text[0].islower() or token.text in ",;")


# Names that end in an exclamation mark, which ends no sentence: the Croatian party Možemo!
_NAMES_WITH_MARK = frozenset(("mozemo",))


_TIME_NAMES = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday january february march april may june july august "
    "september october november december jan feb mar apr jun jul aug sep sept oct nov dec et pt est edt gmt bst "
    "cet".split()
)


def is_abbreviation(tokens: list[Token], dot: int) -> bool:
    """Whether the full stop at `dot` ends an abbreviation, an initial or a dateline's state, not a sentence."""
    if dot == 0:
        return False
    word = tokens[dot - 1]
    if word.end != tokens[dot].start or not word.is_word:
        return False
    if len(word.text) == 1 and word.text.isupper():  # an initial: J. Kushner
        return True
    if len(word.text) >= 3 and word.text[-2] == "-" and word.text[-1].isupper():
        return True  # an initial after a hyphen: 'Asia-U.S. services'
    if word.text in ("a", "p") and dot + 1 < len(tokens) and tokens[dot + 1].text == "m":
        return True  # 'at 11:20 p.m. Saturday'
    if word.text == "m" and dot >= 3 and tokens[dot - 2].text == "." and tokens[dot - 3].text in ("a", "p"):
        # the hour's 'p.m.' ends a sentence only before a capital that opens one, not before a day or month
        following = tokens[dot + 1] if dot + 1 < len(tokens) else None
        return following is not None and (not following.text[:1].isupper() or following.norm in _TIME_NAMES)
    if word.norm in _NUMBERING:  # 'No. 5', 'št. 12': before a number only ('voted no. She said')
        return dot + 1 < len(tokens) and tokens[dot + 1].text[:1].isdigit()
    if word.norm in _STATES and word.text[:1].isupper() and dot >= 2 and tokens[dot - 2].text == ",":
        return True  # a dateline's state or province: 'PORT ALDOUS, Ont. — ...', 'CANTON, Miss. —'
    return word.norm in _ABBREVIATIONS
