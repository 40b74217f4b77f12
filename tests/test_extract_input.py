"""What the extractor reads and what its offsets point at: the sample as given (date line, CRLF), Serbian
Cyrillic, JSON Lines and plain text on stdin, a saved article page, files that are not UTF-8 text, missing paths,
and text of any shape (empty, punctuation only, mixed scripts, emoji, very long lines, invisible characters):
never a traceback, and `text[start:end]` always points at the statement's content in the input as given."""

from __future__ import annotations

import json
import re
import unicodedata
from datetime import date
from pathlib import Path

import pytest

from claims.extract import LANGUAGES, Statement, extract
from claims.extract.sources import Document, read_path

ROOT = Path(__file__).resolve().parent.parent
SAMPLE_PATH = ROOT / "sources" / "2026-01-31-dmitrijev-miami.sl.txt"
SAMPLE = SAMPLE_PATH.read_text(encoding="utf-8")
DATE_LINE = " date 2026-01-31 "  # the sample's first line starts with its date, and the article runs on after it
QUOTE_MARKS = "„“”\"»«‚‘’'"
KINDS = {"person", "organization", "group", "anonymous"}
SPEC_KEYS = {
    "speaker",
    "speaker_kind",
    "text",
    "quote_type",
    "cue",
    "channel",
    "start",
    "end",
    "language",
    "due",
    "confidence",
}

# The sample's statements: speaker, quote type, and the content as it stands in the article.
SAMPLE_STATEMENTS = [
    ("Kiril Dmitrijev", "indirect", "o konstruktivnih pogovorih"),
    ("Steve Witkoff", "indirect", "o konstruktivnih pogovorih"),
    ("Kiril Dmitrijev", "mixed", 'Da je "nazaj v Miamiju"'),
    (
        "anonymous source (vir)",
        "indirect",
        "da se je od zgodnjih jutranjih ur na Floridi sestajal s predstavniki ameriške vlade",
    ),
    (
        "Steve Witkoff",
        "indirect",
        "da sta se z njim poleg njega sestala še ameriški finančni minister Scott Bessent in zet ameriškega "
        "predsednika Jared Kushner",
    ),
    ("Steve Witkoff", "indirect", "Pogovor je na omrežju X označil za konstruktivne"),
    ("Steve Witkoff", "direct", "To srečanje nas opogumlja, da Rusija dela za mir"),
    ("Kiril Dmitrijev", "indirect", "Pogovore je za konstruktivne na X označil"),
    (
        "Kiril Dmitrijev",
        "direct",
        "Konstruktivno srečanje z ameriško delegacijo, zadolženo za mirovni proces. Prav tako produktivni pogovori "
        "o ameriško-ruski gospodarski delovni skupini",
    ),
    ("Washington", "indirect", "naj bi bili blizu dogovora"),
    ("pogajalci", "indirect", "o konstruktivnih pogovorih"),
    ("Rusija", "indirect", "da se Ukrajina umakne iz delov Donbasa na vzhodu države, ki jih ruska stran terja zase"),
    (
        "Kremelj",
        "indirect",
        "na začasno prekinitev napadov na energetsko infrastrukturo v Ukrajini, ki naj bi glede na navedbe Kremlja "
        "trajal do nedelje",
    ),
]


def assert_sane(text: str, statements: list[Statement]) -> None:
    """What holds for every statement of every input: SPEC's values, and offsets inside the input."""
    assert isinstance(statements, list)
    for s in statements:
        assert isinstance(s, Statement)
        assert 0 <= s.start < s.end <= len(text), (s.start, s.end, len(text))
        assert s.speaker.strip() and s.text.strip()
        assert s.speaker_kind in KINDS
        assert s.quote_type in {"direct", "indirect", "mixed"}
        assert s.language in LANGUAGES
        assert 0 <= s.confidence <= 1
        assert s.due is None or date.fromisoformat(s.due)
        assert set(s.as_dict()) >= SPEC_KEYS


def assert_offsets(text: str, statements: list[Statement]) -> None:
    """`text[start:end]` holds the statement's content: its first and last word, and for a direct quotation
    the words only, without the quotation marks around them."""
    assert_sane(text, statements)
    for s in statements:
        span = text[s.start : s.end]
        words, span_words = re.findall(r"\w+", s.text), re.findall(r"\w+", span)
        assert words, s.text
        assert (span_words[0], span_words[-1]) == (words[0], words[-1]), (span, s.text)
        assert span == span.strip()
        if s.quote_type == "direct":
            assert span[0] not in QUOTE_MARKS and span[-1] not in QUOTE_MARKS, span
            assert text[s.start - 1] in QUOTE_MARKS, text[s.start - 5 : s.end + 5]


def summary(statements: list[Statement]) -> list[tuple[str, str, str]]:
    return [(s.speaker, s.quote_type, s.text) for s in statements]


# --- Offsets: the sample as given, with its date line, and with CRLF line endings ----------------------------


def test_the_sample_starts_with_its_date_and_the_article_on_the_same_line() -> None:
    assert SAMPLE.startswith(DATE_LINE + "Odposlanec ruskega predsednika")
    assert "\r" not in SAMPLE


def test_sample_offsets_point_into_the_text_as_given() -> None:
    statements = extract(SAMPLE)
    assert summary(statements) == SAMPLE_STATEMENTS
    assert_offsets(SAMPLE, statements)
    assert [SAMPLE[s.start : s.end] for s in statements] == [s.text for s in statements]
    assert min(s.start for s in statements) > len(DATE_LINE)


def test_the_date_line_shifts_the_offsets_and_changes_nothing_else() -> None:
    """The same article without its date line, dated by the caller: the same statements, offsets shifted."""
    dated = extract(SAMPLE)
    body = extract(SAMPLE[len(DATE_LINE) :], published=date(2026, 1, 31))
    shift = len(DATE_LINE)
    assert [(s.start - shift, s.end - shift) for s in dated] == [(s.start, s.end) for s in body]
    assert [{**s.as_dict(), "start": 0, "end": 0} for s in dated] == [
        {**s.as_dict(), "start": 0, "end": 0} for s in body
    ]


def test_crlf_sample_offsets_point_into_the_crlf_text() -> None:
    crlf = SAMPLE.replace("\n", "\r\n")
    lf_statements = extract(SAMPLE)
    crlf_statements = extract(crlf)
    assert summary(crlf_statements) == SAMPLE_STATEMENTS
    assert_offsets(crlf, crlf_statements)
    assert [crlf[s.start : s.end] for s in crlf_statements] == [s.text for s in crlf_statements]
    # each offset moves by the line breaks before it, now two characters each
    assert [(s.start, s.end) for s in crlf_statements] == [
        (s.start + SAMPLE.count("\n", 0, s.start), s.end + SAMPLE.count("\n", 0, s.end)) for s in lf_statements
    ]
    assert [(s.due, s.cue, s.channel) for s in crlf_statements] == [(s.due, s.cue, s.channel) for s in lf_statements]


def test_a_crlf_date_line_dates_the_text_and_offsets_count_both_characters() -> None:
    text = (
        "date 2026-01-31\r\n"
        "Minister Janez Novak je dejal, da bo most odprt do nedelje.\r\n"
        "»Rok je prekratek,« je dodal.\r\n"
    )
    statements = extract(text)
    assert [(s.speaker, s.text, s.start, s.end, s.due) for s in statements] == [
        ("Janez Novak", "da bo most odprt do nedelje", 48, 75, "2026-02-01"),
        ("Janez Novak", "Rok je prekratek", 79, 95, None),
    ]
    assert_offsets(text, statements)


CYRILLIC = (
    "date 2026-01-31\n"
    "„Нећемо одустати од преговора“, рекао је министар Петар Петровић. "
    "Према речима Јелене Марковић, буџет ће бити усвојен до краја године.\n"
    "Министарка Љиљана Њежић је изјавила да ће се џамија отворити до недеље.\n"
)


def test_serbian_cyrillic_offsets_and_speakers_in_latin_script() -> None:
    statements = extract(CYRILLIC)
    assert [(s.speaker, s.speaker_kind, s.quote_type, s.text, s.language, s.due) for s in statements] == [
        ("Petar Petrović", "person", "direct", "Нећемо одустати од преговора", "sr", None),
        ("Jelena Marković", "person", "indirect", "буџет ће бити усвојен до краја године", "sr", "2026-12-31"),
        ("Ljiljana Nježić", "person", "indirect", "да ће се џамија отворити до недеље", "sr", "2026-02-01"),
    ]
    assert_offsets(CYRILLIC, statements)
    assert [CYRILLIC[s.start : s.end] for s in statements] == [s.text for s in statements]
    assert [(s.start, s.end) for s in statements] == [(17, 45), (112, 149), (187, 221)]


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("„Нећемо одустати од преговора“, рекао је министар Петар Петровић.", "рекао је"),
        ("„Nećemo odustati od pregovora“, rekao je ministar Petar Petrović.", "rekao je"),
        ("»Rok je prekratek,« dejal je minister Janez Novak.", "dejal je"),
    ],
    ids=["sr-cyrillic", "sr-latin", "sl"],
)
def test_a_cue_after_a_quotation_is_given_as_written_with_its_auxiliary(text: str, cue: str) -> None:
    [statement] = extract(text)
    assert statement.cue == cue


# --- stdin: JSON Lines of articles, and plain text --------------------------------------------------------------


def test_json_lines_on_stdin_give_one_statement_a_line_with_the_url_as_source(run) -> None:
    feed = [
        {
            "text": "Minister Janez Novak je dejal, da bo most odprt do nedelje.",
            "url": "https://www.sta.si/vest/1",
            "outlet": "STA",
            "date": "2026-01-31",
            "language": "sl",
        },
        {
            "text": "The mayor, Ann Smith, said the bridge would open by Friday.",
            "url": "https://example.com/bridge",
            "outlet": "Example News",
            "date": "2026-01-31",
            "language": "en",
        },
        {"text": "Ministar Ivan Horvat rekao je da će most biti otvoren do petka.", "date": "2026-02-02"},
    ]
    result = run("extract", "--format", "jsonl", "-", input="".join(json.dumps(a) + "\n" for a in feed))
    assert (result.exit_code, result.stderr) == (0, "")
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert rows == [
        {
            "speaker": "Janez Novak",
            "speaker_kind": "person",
            "role": "Minister",
            "text": "da bo most odprt do nedelje",
            "quote_type": "indirect",
            "cue": "je dejal",
            "channel": None,
            "start": 31,
            "end": 58,
            "language": "sl",
            "due": "2026-02-01",
            "confidence": 0.8,
            "source": "https://www.sta.si/vest/1",
        },
        {
            "speaker": "Ann Smith",
            "speaker_kind": "person",
            "role": "mayor",  # 'The mayor, Ann Smith, said': the apposition names who holds the role
            "text": "the bridge would open by Friday",
            "quote_type": "indirect",
            "cue": "said",
            "channel": None,
            "start": 27,
            "end": 58,
            "language": "en",
            "due": "2026-02-06",
            "confidence": 0.8,
            "source": "https://example.com/bridge",
        },
        {
            "speaker": "Ivan Horvat",
            "speaker_kind": "person",
            "role": "Ministar",
            "text": "da će most biti otvoren do petka",
            "quote_type": "indirect",
            "cue": "rekao je",
            "channel": None,
            "start": 30,
            "end": 62,
            "language": "hr",
            "due": "2026-02-06",
            "confidence": 0.8,
            "source": "stdin, line 3",
        },
    ]
    for row, article in zip(rows, feed, strict=True):
        assert article["text"][row["start"] : row["end"]] == row["text"]


def test_bad_lines_of_a_feed_are_named_and_the_good_ones_go_through(run) -> None:
    feed = "\n".join(
        [
            json.dumps(
                {"text": "Minister Janez Novak je dejal, da bo most odprt.", "url": "https://www.sta.si/vest/1"}
            ),
            json.dumps({"text": "Novak je dejal, da bo most odprt.", "language": "xx"}),
            json.dumps({"text": 5}),
            "{not json",
            json.dumps({"text": "Novak je dejal, da bo most odprt.", "date": "31. 1. 2026"}),
        ]
    )
    result = run("extract", "--format", "jsonl", "-", input=feed + "\n")
    assert result.exit_code == 1
    assert [(r["speaker"], r["source"]) for r in map(json.loads, result.stdout.splitlines())] == [
        ("Janez Novak", "https://www.sta.si/vest/1")
    ]
    assert result.stderr == (
        "Error: stdin, line 2: unsupported language 'xx'; supported: sl, hr, sr, bs, en\n"
        "Error: stdin, line 3: /text: an article needs a string 'text' (or 'html')\n"
        "Error: stdin, line 4: invalid JSON: Expecting property name enclosed in double quotes at column 2\n"
        "Error: stdin, line 5: /date: '31. 1. 2026' is not a date of the form YYYY-MM-DD\n"
        "Error: 4 input(s) could not be read\n"
    )


def test_plain_text_on_stdin(run) -> None:
    text = "Minister Janez Novak je dejal, da bo most odprt do nedelje."
    result = run("extract", "--format", "jsonl", "-", input=text + "\n")
    assert (result.exit_code, result.stderr) == (0, "")
    [row] = map(json.loads, result.stdout.splitlines())
    assert (row["speaker"], row["text"], row["start"], row["end"], row["due"], row["source"]) == (
        "Janez Novak",
        "da bo most odprt do nedelje",
        31,
        58,
        None,  # no date given, none in the text: "do nedelje" cannot be resolved
        "stdin",
    )


def test_the_date_option_dates_a_text_without_a_date_line(run) -> None:
    text = "Minister Janez Novak je dejal, da bo most odprt do nedelje."
    result = run("extract", "--format", "jsonl", "--date", "2026-01-31", "-", input=text + "\n")
    assert (result.exit_code, result.stderr) == (0, "")
    assert [json.loads(line)["due"] for line in result.stdout.splitlines()] == ["2026-02-01"]


def test_the_date_option_wins_over_a_date_line(run) -> None:
    text = "date 2026-02-07\nMinister Janez Novak je dejal, da bo most odprt do nedelje.\n"
    result = run("extract", "--format", "jsonl", "--date", "2026-01-31", "-", input=text)
    assert result.exit_code == 0, result.output
    assert [json.loads(line)["due"] for line in result.stdout.splitlines()] == ["2026-02-01"]


def test_a_date_line_dates_a_file(run, tmp_path: Path) -> None:
    path = tmp_path / "most.txt"
    path.write_text("date 2026-01-31\nMinister Janez Novak je dejal, da bo most odprt do nedelje.\n", encoding="utf-8")
    result = run("extract", "--format", "jsonl", str(path))
    assert result.exit_code == 0, result.output
    [row] = map(json.loads, result.stdout.splitlines())
    assert (row["due"], row["start"], row["end"], row["source"]) == ("2026-02-01", 47, 74, str(path))


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--language", "xx"], "Invalid value for '--language': 'xx' is not one of 'sl', 'hr', 'sr', 'bs', 'en'."),
        (["--date", "2026-13-01"], "Invalid value for '--date': '2026-13-01' is not a date of the form YYYY-MM-DD"),
        (["--format", "xml"], "Invalid value for '--format': 'xml' is not one of"),
    ],
    ids=["language", "date", "format"],
)
def test_a_bad_option_is_a_usage_error(run, args: list[str], message: str) -> None:
    result = run("extract", *args, "-", input="Novak je dejal, da bo most odprt.\n")
    assert result.exit_code == 2
    assert result.stdout == ""
    assert message in result.stderr


def test_no_input_is_a_usage_error(run) -> None:
    result = run("extract")
    assert result.exit_code == 2
    assert "Missing argument 'INPUTS...'" in result.stderr


def test_an_unsupported_language_is_refused_by_the_library() -> None:
    with pytest.raises(ValueError, match=r"^unsupported language 'xx'; supported: sl, hr, sr, bs, en$"):
        extract("Novak je dejal, da bo most odprt.", language="xx")


# --- A saved article page ---------------------------------------------------------------------------------------

PAGE = """<!DOCTYPE html>
<html lang="sl">
<head>
<meta charset="utf-8">
<title>Župan: most bo odprt do nedelje | Dnevnik Primer</title>
<meta property="og:title" content="Župan: most bo odprt do nedelje">
<meta property="og:site_name" content="Dnevnik Primer">
<meta property="og:url" content="https://www.primer.si/novice/most-bo-odprt">
<meta property="article:published_time" content="2026-01-31T09:15:00+01:00">
<link rel="canonical" href="https://www.primer.si/novice/most-bo-odprt">
</head>
<body>
<header>
  <nav class="main-menu">
    <ul>
      <li><a href="/">Domov</a></li>
      <li><a href="/novice">Novice</a></li>
      <li><a href="/sport">Šport</a></li>
      <li><a href="/kultura">Kultura</a></li>
    </ul>
  </nav>
</header>
<div id="cookie-notice" class="cookie-banner">
  <p>Ta spletna stran uporablja piškotke. Z nadaljnjo uporabo se strinjate z njihovo uporabo.
  <a href="/piskotki">Več o piškotkih</a></p>
  <button>Sprejmem</button>
</div>
<main>
<article>
  <h1>Župan: most bo odprt do nedelje</h1>
  <div class="article-body">
    <p>Župan Ljubljane Zoran Janković je potrdil, da bo most čez Ljubljanico odprt do nedelje. Meščani so na
    odprtje čakali več kot dve leti, saj je bil stari most zaradi dotrajanosti zaprt od jeseni 2023.</p>
    <p>»Promet bo stekel brez omejitev, pešci pa bodo dobili širši pločnik,« je povedala direktorica mestne uprave
    Ana Kos. Izvajalec bo v prihodnjih tednih uredil še okolico mostu in zasadil drevored ob obeh bregovih reke.</p>
  </div>
</article>
<aside class="related">
  <h2>Preberite še</h2>
  <ul>
    <li><a href="/novice/1">Minister Janez Novak je dejal, da bodo ceste obnovljene</a></li>
    <li><a href="/novice/2">Direktor podjetja je dejal, da bo plače dvignil</a></li>
  </ul>
</aside>
</main>
<footer><p>© 2026 Dnevnik Primer. Vse pravice pridržane.</p></footer>
</body>
</html>
"""


@pytest.fixture
def page(tmp_path: Path) -> Path:
    path = tmp_path / "most-bo-odprt.html"
    path.write_text(PAGE, encoding="utf-8")
    return path


def test_a_saved_page_gives_its_article_text_and_metadata(page: Path) -> None:
    [document] = read_path(page)
    assert isinstance(document, Document)
    assert (document.name, document.url, document.outlet, document.title, document.published) == (
        str(page),
        "https://www.primer.si/novice/most-bo-odprt",
        "Dnevnik Primer",
        "Župan: most bo odprt do nedelje",
        "2026-01-31",
    )
    assert "Zoran Janković je potrdil" in document.text
    assert "je povedala direktorica mestne uprave" in document.text
    for boilerplate in ("Domov", "Kultura", "piškotke", "Sprejmem", "Preberite še", "ceste obnovljene", "plače", "©"):
        assert boilerplate not in document.text


def test_a_saved_page_gives_the_articles_statements_and_none_from_its_boilerplate(run, page: Path) -> None:
    result = run("extract", "--format", "jsonl", str(page))
    assert (result.exit_code, result.stderr) == (0, "")
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert [(r["speaker"], r["role"], r["quote_type"], r["cue"], r["text"], r["due"], r["source"]) for r in rows] == [
        (
            "Zoran Janković",
            "Župan",
            "indirect",
            "je potrdil",
            "da bo most čez Ljubljanico odprt do nedelje",
            "2026-02-01",  # the page's date resolves "do nedelje"
            "https://www.primer.si/novice/most-bo-odprt",
        ),
        (
            "Ana Kos",
            "direktorica mestne uprave",
            "direct",
            "je povedala",
            "Promet bo stekel brez omejitev, pešci pa bodo dobili širši pločnik",
            None,
            "https://www.primer.si/novice/most-bo-odprt",
        ),
    ]
    [document] = read_path(page)
    for row in rows:
        assert document.text[row["start"] : row["end"]] == row["text"]


def test_a_page_saved_into_the_store_keeps_its_outlet_and_date(run, page: Path) -> None:
    result = run("extract", "--save", str(page))
    assert result.exit_code == 0, result.output
    assert result.stderr == f"{page}: saved 2 claim(s)\n"
    listing = run("list", "--format", "jsonl")
    assert [
        (r["speaker"], r["outlet"], r["said_on"], r["due"]) for r in map(json.loads, listing.stdout.splitlines())
    ] == [
        ("Zoran Janković", "Dnevnik Primer", "2026-01-31", "2026-02-01"),
        ("Ana Kos", "Dnevnik Primer", "2026-01-31", None),
    ]


def test_a_reporting_phrase_inside_the_clause_keeps_the_clause_whole() -> None:
    text = (
        "Župan Zoran Janković je obiskal gradbišče mostu. Dela so po njegovih besedah potekala hitreje od načrtovanega."
    )
    [statement] = extract(text)
    assert statement.speaker == "Zoran Janković"
    assert statement.text.startswith("Dela so")


# --- Files that are not UTF-8 text, and paths that do not exist -------------------------------------------------


def test_an_undecodable_file_is_named_with_the_offending_byte(run, tmp_path: Path) -> None:
    path = tmp_path / "latin1.txt"
    raw = "Ministrica je dejala, da bo kavarna Café zaprta.".encode("latin-1")
    assert raw.index(b"\xe9") == 39
    path.write_bytes(raw)
    result = run("extract", str(path))
    assert result.exit_code == 1
    assert result.stdout == "(nothing)\n"
    assert result.stderr == (
        f"Error: {path}: not UTF-8 text (undecodable byte at offset 39)\nError: 1 input(s) could not be read\n"
    )


def test_a_binary_file_is_named(run, tmp_path: Path) -> None:
    path = tmp_path / "photo.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00")
    result = run("extract", "--format", "jsonl", str(path))
    assert (result.exit_code, result.stdout) == (1, "")
    assert result.stderr == f"Error: {path}: a binary file, not text\nError: 1 input(s) could not be read\n"


def test_binary_bytes_on_stdin_are_named(run) -> None:
    result = run("extract", "-", input=b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    assert result.exit_code == 1
    assert result.stderr == "Error: stdin: a binary file, not text\nError: 1 input(s) could not be read\n"


def test_a_missing_path_is_named(run, tmp_path: Path) -> None:
    missing = tmp_path / "no-such-article.txt"
    result = run("extract", str(missing))
    assert result.exit_code == 1
    assert result.stderr == f"Error: {missing}: no such file or folder\nError: 1 input(s) could not be read\n"


def test_unreadable_inputs_do_not_stop_the_readable_ones(run, tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text("Minister Janez Novak je dejal, da bo most odprt.\n", encoding="utf-8")
    binary = tmp_path / "binary.txt"
    binary.write_bytes(b"\x00\x01\x02\x03")
    missing = tmp_path / "missing.txt"
    result = run("extract", "--format", "jsonl", str(binary), str(missing), str(good))
    assert result.exit_code == 1
    assert [json.loads(line)["speaker"] for line in result.stdout.splitlines()] == ["Janez Novak"]
    assert result.stderr == (
        f"Error: {binary}: a binary file, not text\n"
        f"Error: {missing}: no such file or folder\n"
        "Error: 2 input(s) could not be read\n"
    )


# --- Text of any shape: never a traceback -----------------------------------------------------------------------

LONG_SENTENCE = "Minister Janez Novak je dejal, da bo most odprt. "
ODD_TEXTS = {
    "empty": "",
    "whitespace": " \n\t\r\n  \u00a0\u2003\n",
    "punctuation": ".,;:!?…–—-„“”\"»«‚‘’'()[]{}/\\*&%$#@" * 50,
    "mixed scripts": (
        "Министар Petar Петровић je rekao da će most biti otvoren. The mayor said „да“ ok. Ελλάδα 中文 العربية"
    ),
    "emoji": "🙂 »Zmagali bomo 🎉,« je dejal trener Janez Novak 👍. 👨\u200d👩\u200d👧 🇸🇮",
    "long line": (LONG_SENTENCE * 4082)[:200_000],
    "long word": "a" * 200_000,
    "zero-width": "Minister\u200b Janez\u200d Novak je\u200c dejal, da\ufeff bo most\u2060 odprt.\u200b",
    "rtl marks": (
        "\u202eMinister Janez Novak je dejal, da bo most odprt.\u202c \u200fשלום\u200e »Rok je kratek,« je dejal Kos."
    ),
    "combining marks": unicodedata.normalize(
        "NFD", "Župan Zoran Janković je potrdil, da bo most čez Ljubljanico odprt."
    ),
    "control characters": "Minister\x01 Janez\x07 Novak je\x1b dejal, da bo\x7f most odprt.\x0c",
    "only quotation marks": "„“" * 100 + "»" * 100 + '"' * 101,
    "only a cue": "je dejal",
}


SHORT_ODD_TEXTS = {name: text for name, text in ODD_TEXTS.items() if len(text) < 10_000}


@pytest.mark.parametrize("text", SHORT_ODD_TEXTS.values(), ids=SHORT_ODD_TEXTS.keys())
@pytest.mark.parametrize("language", [None, *LANGUAGES])
def test_odd_text_never_raises_in_any_language(text: str, language: str | None) -> None:
    assert_sane(text, extract(text, language=language))


def test_a_200000_character_word_never_raises() -> None:
    assert extract(ODD_TEXTS["long word"]) == []


@pytest.mark.parametrize("text", ODD_TEXTS.values(), ids=ODD_TEXTS.keys())
def test_odd_text_through_the_command_never_raises(run, text: str) -> None:
    result = run("extract", "--format", "jsonl", "-", input=text.encode("utf-8"))
    assert (result.exit_code, result.stderr) == (0, "")
    for line in result.stdout.splitlines():
        row = json.loads(line)
        assert row.keys() >= SPEC_KEYS
        assert 0 <= row["start"] < row["end"] <= len(text)


def test_a_lone_surrogate_never_raises() -> None:
    assert extract("Minister Janez Novak je dejal, da bo most \udcff odprt.") is not None


@pytest.mark.parametrize("text", ["", " ", "\n\n\n", "…", "„“", "---"], ids=repr)
def test_nothing_to_extract_prints_nothing(run, text: str) -> None:
    assert extract(text) == []
    table = run("extract", "-", input=text)
    assert (table.exit_code, table.stdout, table.stderr) == (0, "(nothing)\n", "")
    jsonl = run("extract", "--format", "jsonl", "-", input=text)
    assert (jsonl.exit_code, jsonl.stdout, jsonl.stderr) == (0, "", "")
    as_json = run("extract", "--format", "json", "-", input=text)
    assert (as_json.exit_code, as_json.stdout) == (0, "[]\n")


def test_emoji_are_kept_in_the_content_and_counted_as_one_character() -> None:
    text = ODD_TEXTS["emoji"]
    statements = extract(text)
    assert [(s.speaker, s.text, s.start, s.end) for s in statements] == [("Janez Novak", "Zmagali bomo 🎉", 3, 17)]
    assert_offsets(text, statements)


def test_a_200000_character_line_of_news_gives_every_statement() -> None:
    text = ODD_TEXTS["long line"]
    statements = extract(text)
    count = len(text) // len(LONG_SENTENCE)
    assert len(statements) == count
    assert {(s.speaker, s.text, s.cue) for s in statements} == {("Janez Novak", "da bo most odprt", "je dejal")}
    assert [s.start for s in statements] == [31 + k * len(LONG_SENTENCE) for k in range(count)]
    assert_offsets(text, statements)


def test_mixed_scripts_keep_offsets_and_give_names_in_latin_script() -> None:
    text = ODD_TEXTS["mixed scripts"]
    statements = extract(text)
    assert_offsets(text, statements)
    assert [s.speaker for s in statements] == ["Petar Petrović"]


@pytest.mark.parametrize("name", ["zero-width", "rtl marks", "control characters", "combining marks"])
def test_invisible_and_control_characters_keep_offsets_inside_the_input(name: str) -> None:
    text = ODD_TEXTS[name]
    statements = extract(text)
    assert_sane(text, statements)
    assert statements  # each of them holds an attributed statement


# Invisible characters should not change what is found. Each case: the text with them, and the statements of
# the same text without them.
INVISIBLE = {
    "soft hyphens in a name": (
        "Minister Jan\u00adez No\u00advak je dejal, da bo most odprt.",
        [("Janez Novak", "da bo most odprt")],
    ),
    "zero-width space after a first name": (
        "Minister Janez\u200b Novak je dejal, da bo most odprt.",
        [("Janez Novak", "da bo most odprt")],
    ),
    "right-to-left mark after a full stop": (
        "Minister Janez Novak je dejal, da bo most odprt.\u200f »Rok je kratek,« je dejal Marko Kos.",
        [("Janez Novak", "da bo most odprt"), ("Marko Kos", "Rok je kratek")],
    ),
    "pop-directional-formatting after a full stop": (
        "Minister Janez Novak je dejal, da bo most odprt.\u202c »Rok je kratek,« je dejal Marko Kos.",
        [("Janez Novak", "da bo most odprt"), ("Marko Kos", "Rok je kratek")],
    ),
}


@pytest.mark.parametrize(("text", "expected"), INVISIBLE.values(), ids=INVISIBLE.keys())
def test_invisible_characters_do_not_change_what_is_found(text: str, expected: list[tuple[str, str]]) -> None:
    statements = extract(text)
    assert [(s.speaker, s.text) for s in statements] == expected
    assert_offsets(text, statements)


def test_decomposed_text_gives_the_same_statements_as_composed_text() -> None:
    decomposed = unicodedata.normalize("NFD", SAMPLE)
    statements = extract(decomposed)
    assert [(unicodedata.normalize("NFC", s.speaker), s.quote_type) for s in statements] == [
        (speaker, quote_type) for speaker, quote_type, _ in SAMPLE_STATEMENTS
    ]
    assert_offsets(decomposed, statements)
    assert [unicodedata.normalize("NFC", s.text) for s in statements] == [text for *_, text in SAMPLE_STATEMENTS]


_DUMP_SERBIAN = """
import dataclasses, json, sys
from pathlib import Path
from claims.extract import extract
texts = sorted(Path("tests/devset/texts").glob("*.txt"))
if sys.argv[1] == "croatian-first":
    for path in texts:
        if path.name.startswith("hr-"):
            extract(path.read_text(encoding="utf-8"), language="hr")
for path in texts:
    if path.name.startswith("sr-"):
        found = extract(path.read_text(encoding="utf-8"), language="sr")
        print(json.dumps([dataclasses.asdict(s) for s in found], ensure_ascii=False))
"""


def test_statements_do_not_depend_on_the_texts_extracted_before() -> None:
    """Words are remembered between texts for speed: Croatian words in the Croatian lemmatizer's base form must
    not become the base forms of a Serbian text that comes after."""
    import subprocess
    import sys

    root = Path(__file__).resolve().parent.parent

    def run(order: str) -> str:
        done = subprocess.run(
            [sys.executable, "-c", _DUMP_SERBIAN, order], capture_output=True, text=True, cwd=root, check=True
        )
        return done.stdout

    alone = run("serbian-only")
    assert alone.count("speaker") > 100
    assert run("croatian-first") == alone
