"""Finding attributed statements: who said what, how (the cue), where (the channel) and when it is due.

The method is rule-based, after the quotation-attribution systems of news analysis (Pareti's PARC cue-source-
content triples; Salway et al.'s reporting-verb patterns; Newell et al.'s quote/speaker pairing): find the cues
first — reporting verbs, reporting phrases, noun cues and quotation marks — then, around each cue, the source
(a named person, a role, a group, an organization, an anonymous source or a pronoun to resolve) and the content
(the quotation, or the clause the cue governs). A sentence with no subject of its own takes the speaker of the
previous statement whose gender and number agree with its verb.

The work is done on tokens that carry their offsets into the text as given, so every span points into the input.
"""

from __future__ import annotations

import bisect
import re
import warnings
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from datetime import date
from functools import cache, lru_cache
from itertools import pairwise
from typing import Any

from ..errors import ExtractorWarning
from . import lexicon as lx
from .text import (
    DASHES,
    QUOTE_MARKS,
    SENTENCE_END,
    Quote,
    Sentence,
    Token,
    find_dash_quotes,
    find_quotes,
    is_abbreviation,
    split_glued,
    split_sentences,
    tokenize,
    visible,
)

CLAUSE_BREAKS = frozenset({";", "(", ")", "–", "—"})
PREPOSITIONS = frozenset(
    (
        "na za v u z s iz o po od do pri k h proti med nad pod pred brez ob sa prema kod zbog radi kroz nakon "
        "poslije posle tijekom tokom of to "
        "in on at for with by from about alongside beside"
    ).split()
)
# English words that are no prepositions in Slovenian and Serbo-Croatian: 'in' (and), 'to' (this), 'on' (he)
_PREPOSITIONS_OF = {
    "en": PREPOSITIONS | {"over", "across", "into", "onto", "through", "behind"},
    "sl": PREPOSITIONS - {"in", "to", "on"},
    "hbs": PREPOSITIONS - {"in", "to", "on"},
}
SKIPPABLE = frozenset(
    (
        "danes vceraj tudi pozneje kasneje ponovno se ze takoj nato namrec sicer prav zdaj takrat se sinoci "
        "nedavno jasno odlocno tudi ob tem pa jutri dodatno kratko javno medijem novinarjem danas jucer juce "
        "sinoc takodjer takode takoder isto ponovo kasnije jos vec odmah potom zatim also later again then "
        "earlier yesterday today on monday tuesday wednesday thursday friday saturday sunday je so sta su i even"
    ).split()
)


@dataclass(frozen=True)
class Statement:
    """One attributed statement, as `claims extract` prints it (SPEC: "The extractor")."""

    speaker: str
    speaker_kind: str
    text: str
    quote_type: str
    cue: str
    channel: str | None
    start: int
    end: int
    language: str
    due: str | None
    confidence: float
    role: str | None = None

    # Written out (as `Token.__init__`): mypyc compiles it, while the one @dataclass generates runs in the
    # interpreter. A field added above must be added here too.
    def __init__(
        self,
        speaker: str,
        speaker_kind: str,
        text: str,
        quote_type: str,
        cue: str,
        channel: str | None,
        start: int,
        end: int,
        language: str,
        due: str | None,
        confidence: float,
        role: str | None = None,
    ) -> None:
        object.__setattr__(self, "speaker", speaker)  # (frozen)
        object.__setattr__(self, "speaker_kind", speaker_kind)
        object.__setattr__(self, "text", text)
        object.__setattr__(self, "quote_type", quote_type)
        object.__setattr__(self, "cue", cue)
        object.__setattr__(self, "channel", channel)
        object.__setattr__(self, "start", start)
        object.__setattr__(self, "end", end)
        object.__setattr__(self, "language", language)
        object.__setattr__(self, "due", due)
        object.__setattr__(self, "confidence", confidence)
        object.__setattr__(self, "role", role)

    def as_dict(self) -> dict[str, Any]:
        return {
            "speaker": self.speaker,
            "speaker_kind": self.speaker_kind,
            "role": self.role,
            "text": self.text,
            "quote_type": self.quote_type,
            "cue": self.cue,
            "channel": self.channel,
            "start": self.start,
            "end": self.end,
            "language": self.language,
            "due": self.due,
            "confidence": self.confidence,
        }


@dataclass
class Mention:
    first: int
    last: int
    name: str
    kind: str  # person / organization / group / anonymous / pronoun
    gender: str = "?"  # m f n p q ?
    role: str | None = None
    head: int = -1  # the token that bears the case (for the preposition test)
    partners: list[Mention] = field(default_factory=list)  # joint subjects

    # Written out (as `Token.__init__`): mypyc compiles it. A field added above must be added here too.
    def __init__(
        self,
        first: int,
        last: int,
        name: str,
        kind: str,
        gender: str = "?",
        role: str | None = None,
        head: int = -1,
        partners: list[Mention] | None = None,
    ) -> None:
        self.first = first
        self.last = last
        self.name = name
        self.kind = kind
        self.gender = gender
        self.role = role
        self.head = head
        self.partners = [] if partners is None else partners


@dataclass
class Cue:
    first: int
    last: int
    kind: str  # verb / passive / phrase / noun / quote
    text: str
    gender: str = "?"
    number: str = "?"
    phrase: lx.Phrase | None = None

    # Written out (as `Token.__init__`): mypyc compiles it. A field added above must be added here too.
    def __init__(
        self,
        first: int,
        last: int,
        kind: str,
        text: str,
        gender: str = "?",
        number: str = "?",
        phrase: lx.Phrase | None = None,
    ) -> None:
        self.first = first
        self.last = last
        self.kind = kind
        self.text = text
        self.gender = gender
        self.number = number
        self.phrase = phrase


@cache
def _lemmatizer(family: str, language: str) -> Any:
    try:
        from lemmagen3 import Lemmatizer  # type: ignore[import-untyped]
    except ImportError:  # the extractor still works, with names kept as written
        return None
    return Lemmatizer(_lemmatizer_model(family, language))


def _lemmatizer_model(family: str, language: str) -> str:
    return {"sl": "sl", "hbs": "sr" if language == "sr" else "hr", "en": "en"}[family]


# Case endings of declined names (not -ov/-ev: those end Russian surnames, and make possessives in Slovenian).
_CASE_ENDINGS = ("ega", "emu", "om", "em", "im", "ja", "ju", "jem", "jo", "a", "u", "e", "i", "o")
_CASE_ENDINGS_LONGEST_FIRST = tuple(sorted(_CASE_ENDINGS, key=len, reverse=True))
# (the same, by their last letter: a word ending in 'a' need not be tried with '-om'; in both orders)
_CASE_ENDINGS_ENDING_IN = {e[-1]: tuple(x for x in _CASE_ENDINGS if x[-1] == e[-1]) for e in _CASE_ENDINGS}
_CASE_ENDINGS_BY_LAST_LETTER = {
    e[-1]: tuple(x for x in _CASE_ENDINGS_LONGEST_FIRST if x[-1] == e[-1]) for e in _CASE_ENDINGS
}


class _Document:
    def __init__(self, text: str, body_start: int, language: str, reference: date | None):
        self.text = text
        self.language = language
        self.family = lx.FAMILY.get(language, "sl")
        self.reference = reference
        self.body_start = body_start
        self.tokens = split_glued(tokenize(text, body_start), text)
        self.quotes = find_dash_quotes(self.tokens, text, find_quotes(self.tokens, text))
        self.sentences = split_sentences(self.tokens, self.quotes)
        self.in_quote = bytearray(len(self.tokens))
        for quote in self.quotes:
            self.in_quote[quote.open : quote.last + 1] = b"\1" * (quote.last + 1 - quote.open)
        # names in quotation marks ('tvrtki „Jadrolinija“', 'film "Tiha reka"'): a reported clause that names one
        # is still indirect speech
        self.in_title = bytearray(len(self.tokens))
        for quote in self.quotes:
            if quote.close is not None and self._quoted_title_end(quote.open) == quote.close:
                self.in_title[quote.open : quote.close + 1] = b"\1" * (quote.close + 1 - quote.open)
        # words seen capitalised, capitalised inside a sentence, and (by their beginnings) in lower case: one pass
        self.capitalized: set[str] = set()
        self.mid_capitalized: set[str] = set()
        self.lower_stems: set[str] = set()
        self.articled: set[str] = set()  # English plurals the text writes after 'the': 'the Harriers', a team
        opening = False  # (whether the next word opens a sentence or a quotation)
        previous = ""
        for token in self.tokens:
            if token.is_word:
                if token.is_capitalized:
                    self.capitalized.add(token.norm)
                    if previous == "the" and token.norm.endswith("s"):
                        self.articled.add(token.norm)
                    if not opening:
                        self.mid_capitalized.add(token.norm)
                elif len(token.norm) >= 5 and token.text[0].islower():
                    self.lower_stems.add(token.norm[:5])
                opening = False
            elif token.text in SENTENCE_END:
                opening = True
            elif token.text in QUOTE_MARKS:
                # '..., poručio je: "Nakon ovoga ...': a quotation's first word
                opening = opening or self.text[token.start - 1 : token.start].isspace()
            else:
                opening = False
            previous = token.norm
        self.recent: list[Mention] = []  # speakers of earlier statements, newest last
        self.recent_channel: dict[str, str | None] = {}
        self.statements: list[Statement] = []
        self.next_sentence = 0  # the sentence the pass reads next; a block quotation takes the ones after its cue
        self.used_quotes: set[int] = set()
        self.participles = lx.PARTICIPLES.get(self.family, {})
        self.present = lx.PRESENT.get(self.family, {})
        self.lemmatizer = _lemmatizer(self.family, language)
        self.noun_bases = _NOUN_BASES.setdefault(_lemmatizer_model(self.family, language), {})
        # `_noun_base` of the lower-case words, which depends on nothing but the word (asked of most words)
        self.lower_bases = _LOWER_BASES.setdefault(_lemmatizer_model(self.family, language), {})
        self.lemmas = _LEMMAS.setdefault(_lemmatizer_model(self.family, language), {})
        self.base_words: dict[tuple[str, bool], str] = {}
        self.names_seen: dict[str, str] = {}
        self.full_names: dict[str, str] = {}
        self.given_names: dict[str, str] = {}  # a first name to the last person named in full with it
        self.single_names: set[str] = set()  # people named by one name after a role: 'z možem Faridom'
        self.fleeting: dict[str, str] = {}  # surnames with the 'e' that drops out dropped, and whose they are
        self.unfolded: list[tuple[str, str]] = []  # full names given since `fleeting` was last brought up to date
        self.document_owners: dict[str, Mention] = {}  # whose each document named with its owner is
        self.looking_back = False  # (finding who issued a document: no second look back from there)
        self.sentence_firsts: list[int] = []  # (for finding a token's sentence by bisection, made when needed)
        self.inner_capitals: frozenset[str] | None = None  # capitalized words written inside a sentence
        self.people_by_role: dict[str, Mention] = {}  # the newest named person with each role
        self.named_organizations: list[Mention] = []
        self.acronyms: dict[str, str] = {}  # short names the text defined: 'DU' → 'Demokratska unija'
        self.role_bases: dict[str, str] = {}
        self.sentence_statements = 0
        self.previous_subject: Mention | None = None  # the subject of the sentence before, if it said nothing
        self.in_answer = False  # whether the sentence read is an interviewee's answer
        self.previous_subject_for_now: Mention | None = None  # named people with a role, in order of mention
        self.interviewee: Mention | None = None  # in a question-and-answer interview, who answers
        self.answers: set[int] = set()  # and the paragraphs that are answers
        self.labelled: dict[int, int] = {}  # paragraphs opened by a speaker's name and a colon, to the colon
        self.paragraph_openings: dict[int, int] = {}  # the first token of each paragraph, when asked for
        self.questions: set[int] = set()  # and the interviewer's
        self.headlines: list[Sentence] = []
        self.question_sentence: Sentence | None = None  # the last sentence that held journalists' question

    # --- the pass over sentences -------------------------------------------------------------------------

    def run(self) -> list[Statement]:
        if self.text.count("?", self.body_start) >= 2:
            self._find_interview()
        skipped: list[tuple[int, Exception]] = []
        while self.next_sentence < len(self.sentences):
            sentence = self.sentences[self.next_sentence]
            self.next_sentence += 1
            try:
                self._sentence(sentence)
            except Exception as error:  # a fault in one rule loses that sentence, not the document or the batch
                self.looking_back = False
                skipped.append((self.tokens[sentence.first].start, error))
        if skipped:
            offset, first_error = skipped[0]
            warnings.warn(
                f"{len(skipped)} sentence(s) skipped after an error in the extractor, the first at character "
                f"{offset}: {first_error!r}; please report it with the text",
                ExtractorWarning,
                stacklevel=3,
            )
        made = sum(self._headline_statement(headline) for headline in self.headlines)
        if made:
            self.statements.sort(key=lambda st: st.start)
        return self.statements

    def _headline_statement(self, sentence: Sentence) -> int:
        """'Krajani Zgornjih Laž: Asfaltne baze ne bomo dopustili': a headline that gives a speaker and their
        words, when the body does not say them again (a headline that repeats the body says it less exactly)."""
        tokens = self.tokens
        colon = next(
            (k for k in range(sentence.first + 1, min(sentence.last, sentence.first + 6)) if tokens[k].text == ":"),
            None,
        )
        if colon is None:
            return 0
        first, last = colon + 1, sentence.last
        if tokens[first].text in QUOTE_MARKS:
            first += 1
        if tokens[last].text in QUOTE_MARKS:
            last -= 1
        words = {t.norm for t in tokens[first : last + 1] if t.is_word and len(t.norm) >= 4}
        if len(words) < 3:
            return 0
        opening = sentence.first
        while opening + 1 < colon and tokens[opening].norm in _HEADLINE_TITLES:
            opening += 1 + (tokens[opening + 1].text == ".")  # 'Dr. Mojca Lesjak: »...«': her title, then her name
        speaker = next(
            (
                m
                for m in self._mentions(opening, colon - 1)
                if m.first == opening
                and m.last == colon - 1
                # a person by full name or people by what they are, not a place, a label or an institution whose
                # headline reports what it did ('Sud BiH: X osuđen na 12 godina')
                and (
                    (m.kind == "person" and " " in m.name and _norm_words(m.name)[0] in _FIRST_NAMES)
                    or (m.kind == "group" and not m.name[:1].isupper())
                    or (m.kind == "group" and self._noun_base(tokens[m.first]) in lx.GROUPS)
                )
            ),
            None,
        )
        if speaker is None:
            return 0
        for statement in self.statements:
            said = _norm_words(statement.text)
            if sum(1 for w in words if any(s.startswith(w[:5]) for s in said)) * 2 >= len(words):
                return 0  # the body says it again, and more exactly
        if speaker.kind == "person" and " " not in speaker.name:
            speaker.name = self._known_surname(tokens[speaker.first].norm) or speaker.name  # 'Golob:' is Robert Golob
        self.sentence_statements = len(self.statements)
        return self._emit(speaker, first, last, "direct", Cue(colon, colon, "quote", ""), sentence, confidence=0.6)

    # --- interviews ----------------------------------------------------------------------------------------

    def _find_interview(self) -> None:
        """A question-and-answer interview: paragraphs that end in a question, each followed by an answer that
        names no speaker (a dash-led paragraph, or plain text with no cue), at least twice, in a text that says
        it is an interview or whose answers open with a dash. The answers are the interviewee's statements."""
        tokens, sentences = self.tokens, self.sentences
        paragraphs: list[list[Sentence]] = []
        for sentence in sentences:
            if paragraphs and paragraphs[-1][0].paragraph == sentence.paragraph:
                paragraphs[-1].append(sentence)
            else:
                paragraphs.append([sentence])

        asker: set[str] = set()  # 'BIRN:', 'Q:' before the questions: the same label marks a question
        prompts: set[int] = set()  # (filled below)
        first_question = next(
            (
                p[0]
                for n, p in enumerate(paragraphs[:-1])
                if _is_question(p, tokens, asker, prompts)
                and not _is_question(paragraphs[n + 1], tokens, asker, prompts)
            ),
            None,
        )
        if first_question is None:
            return
        # a prompt put without a question mark ('Oporba tvrdi da ste zemljište prodali ispod cijene.') before an
        # answer that opens with a dash, in an interview whose answers do: the interviewer's words too
        prompts |= {
            id(p)
            for n, p in enumerate(paragraphs[:-1])
            if p[0].first > first_question.first
            and tokens[p[0].first].text not in DASHES
            and tokens[paragraphs[n + 1][0].first].text in DASHES
            and len(p) <= 2
            and p[-1].last - p[0].first < 60
            and not any(s.quotes for s in p)
        }
        # and one before an answer that opens with its speaker's name ('Ben, you came from a very different
        # world.' before 'Whitlock: I spent six years ...'), in an interview whose answers do
        prompts |= {
            id(p)
            for n, p in enumerate(paragraphs[:-1])
            if p[0].first > first_question.first
            and _paragraph_label(p, tokens) is None
            and (label := _paragraph_label(paragraphs[n + 1], tokens)) is not None
            and label not in asker
            and tokens[paragraphs[n + 1][0].first].is_capitalized
            and len(p) <= 2
            and p[-1].last - p[0].first < 60
            and not any(s.quotes for s in p)
        }
        interviewee = self._interviewee(first_question)
        if interviewee is None:
            return
        surname = _norm_words(interviewee.name)[-1:]
        answers: list[int] = []
        dash_led = 0
        for n in range(len(paragraphs) - 1):
            if not _is_question(paragraphs[n], tokens, asker, prompts):
                continue
            for answer in paragraphs[n + 1 :]:
                if _is_question(answer, tokens, asker, prompts):
                    break
                opening = tokens[answer[0].first]
                if tokens[answer[-1].last].text not in SENTENCE_END and tokens[answer[-1].last].text not in QUOTE_MARKS:
                    break  # 'Pročitajte još: ...', a caption: not a sentence of the answer
                if opening.text in DASHES:
                    dash_led += 1
                elif (
                    answer[0].paragraph != paragraphs[n + 1][0].paragraph
                    and tokens[paragraphs[n + 1][0].first].text in DASHES
                ):
                    break  # ('– ... ¶ Promocija romana zakazana je za srijedu': the answers open with a dash, this not)
                elif answer[0].paragraph != paragraphs[n + 1][0].paragraph and (
                    any(self._cues(sentence) for sentence in answer)
                    or self._headline(answer[0])
                    # 'Vrhovec je pred prihodom v Kamnik ...': the reporter writing about the interviewee
                    or any(tokens[k].norm.startswith(surname) for s in answer for k in range(s.first, s.last + 1))
                ):
                    break  # the reporter's own text again after the answer, or a 'Read more' line
                answers.append(answer[0].paragraph)
        if len({*answers}) < 2:
            return
        opening_text = " ".join(_norm_words(self.text[self.body_start : self.tokens[first_question.first].start]))
        # (three questions answered in turn make an interview, whatever the text calls itself)
        if not dash_led and len({*answers}) < 3 and not any(word in opening_text for word in _INTERVIEW_WORDS):
            return
        self.interviewee, self.answers = interviewee, set(answers)
        # the interviewer's questions are the outlet's voice, no one's claim ('Q: Your predecessor was often
        # described as too close to the government. Are you the opposite?')
        self.questions = {
            p[0].paragraph
            for p in paragraphs
            if _is_question(p, tokens, asker, prompts) and p[0].first >= first_question.first
        }

    def _interviewee(self, first_question: Sentence) -> Mention | None:
        """Who is interviewed: the person the reporter says they talked with ('razgovarali smo s dr. Petrom
        Vuković', 'we spoke to X'), else the last person named in full before the first question."""
        named: Mention | None = None
        given: Mention | None = None  # (one who starts with a first name: 'Tina Vrhovec', not 'Cankarjev Hlapec')
        candidates: list[Mention] = []
        outlets: set[str] = set()
        tokens = self.tokens
        for sentence in self.sentences:
            if sentence.first >= first_question.first:
                break
            words = tokens[sentence.first : sentence.last + 1]
            if tokens[sentence.first].norm in _BYLINE_WORDS or (
                len(words) <= 4 and all(t.is_capitalized for t in words if t.is_word)
            ):
                continue  # 'Razgovarala: Ivana Pejović', or the reporter's name on a line of its own
            talk = any(t.norm.startswith(_INTERVIEW_VERBS) for t in words)
            # ('z njo', 'spoke with her', 'interviewed him'; not 'She spoke to The Irish Times at her home')
            object_pronoun = next(
                (
                    t.norm
                    for n, t in enumerate(words)
                    if t.norm in _INTERVIEW_PRONOUNS
                    and n > 0
                    and (
                        words[n - 1].norm in ("z", "s", "sa", "with", "to")
                        or words[n - 1].norm.startswith(_INTERVIEW_VERBS)
                    )
                ),
                None,
            )
            if talk and given is not None and object_pronoun is not None:
                # 'Trener Gregor Podbregar ... Z njim smo se pogovarjali': the one just named; 'z njo' a woman, the
                # last one named (not the man named after her: 'Lara Mrak ... Direktor X jo opisuje ... Z njo smo')
                wanted = (
                    "f"
                    if object_pronoun in ("njo", "njom", "her")
                    else "m"
                    if object_pronoun in ("njim", "him")
                    else None
                )
                if wanted is not None and given.gender not in (wanted, "?"):
                    return next((m for m in reversed(candidates) if m.gender == wanted and m.name[:1].isupper()), given)
                return given
            if talk and candidates:
                # 'Režiser Tilen Ocvirk: ... Z režiserjem smo se pogovarjali': the one named with that role
                role = next(
                    (
                        self._role_base(words[n + 1].text)
                        for n in range(len(words) - 1)
                        if words[n].norm in ("z", "s", "sa", "with")
                        and not words[n + 1].is_capitalized
                        and self._noun_base(words[n + 1]) in _DESCRIBING
                    ),
                    None,
                )
                holder = next(
                    (
                        m
                        for m in candidates
                        if role
                        and m.role
                        and self._role_base(m.role.split()[-1]) == role
                        and _norm_words(m.name)[0] in _FIRST_NAMES
                    ),
                    None,
                )
                if holder is not None:
                    return holder
            mentions = self._mentions(sentence.first, sentence.last)
            spoke = (
                next(
                    (k for k in range(sentence.first, sentence.last + 1) if tokens[k].norm in ("spoke", "talked")), None
                )
                if self.family == "en"
                else None
            )
            if spoke is not None:
                people = [m for m in mentions if m.kind == "person" and " " in m.name and m.name[:1].isupper()]
                opening = next((m for m in people if m.first == sentence.first and m.last < spoke), None)
                if (
                    opening is not None
                    and tokens[opening.last + 1].text in (",", tokens[spoke].text)
                    and not any(m.first > spoke for m in people)
                ):
                    # 'Anjali Raghavan, managing director of Skyward India, spoke to The Hindu': the one who spoke
                    return opening
            for mention in mentions:
                if mention.kind != "person" or " " not in mention.name or not mention.name[:1].isupper():
                    continue
                before = self.tokens[max(sentence.first, mention.first - 4) : mention.first]
                placed = mention.first > 0 and self.tokens[mention.first - 1].norm in ("u", "v", "na", "in", "at")
                if mention.first > 0 and self.tokens[mention.first - 1].norm in ("za", "for"):
                    outlets.add(mention.name)  # 'U razgovoru za Slobodnu Dalmaciju': the outlet, no one interviewed
                if mention.name in outlets:
                    continue
                if (any(t.norm.startswith(_INTERVIEW_VERBS) for t in before) and not placed) or (
                    talk and mention.first > 0 and self.tokens[mention.first - 1].norm in ("z", "s", "sa", "with")
                ):
                    # 'pogovarjali smo se z X', 'Z Zupancem smo se pogovarjali'; but 'Ó Laoire spoke to Conor
                    # Hegarty': the one who spoke, before the verb, is the interviewee
                    subject = next(
                        (
                            m
                            for m in reversed(mentions)
                            if m.kind == "person"
                            and m.last < mention.first
                            and not self._governed(m)
                            # ('The Star spoke to Achterberg': the outlet, not one who was interviewed)
                            and not (m.first > 0 and self.tokens[m.first - 1].norm == "the")
                        ),
                        None,
                    )
                    if self.family == "en" and subject is None and candidates:
                        # 'She spoke to Eoin Daly': she, the one the lead named first, is interviewed by him
                        pronoun = next(
                            (
                                m
                                for m in mentions
                                if m.kind == "pronoun" and m.last < mention.first and m.gender in ("m", "f")
                            ),
                            None,
                        )
                        # ('She spoke to The Irish Times' after 'Senior counsel Diarmuid Hession said she ...':
                        # not the man named last)
                        # ('The retired schoolteacher spoke with CBC's Information Morning': the one the lead
                        # named, by what she is)
                        described = (
                            tokens[sentence.first].norm == "the"
                            and tokens[sentence.first + 1].is_word
                            and not tokens[sentence.first + 1].is_capitalized
                        )
                        fitting = [m for m in (given, *reversed(candidates)) if m is not None]
                        if pronoun is not None:
                            fitting = [m for m in fitting if m.gender in (pronoun.gender, "?")]
                        elif not described:
                            fitting = []
                        subject = fitting[0] if fitting else None
                    return subject if subject is not None and self.family == "en" else mention

                if placed or (mention.first > 0 and self.tokens[mention.first - 1].norm in ("from", "iz", "od")):
                    continue  # 'by phone from Port Sudan': a place, however often its last word comes up
                named = mention
                if _norm_words(mention.name)[0] in _FIRST_NAMES and not (
                    # (not the partner 's soplezalcem Blažem Černetom' after the subject just named)
                    (given is not None or candidates)
                    and mention.first > 1
                    and any(t.norm in ("z", "s", "sa", "with") for t in self.tokens[mention.first - 2 : mention.first])
                ):
                    given = mention
                candidates.append(mention)
        # the one the headline and the lead are about: named most often before the questions (not 'Direktor
        # inštituta Gorazd Remic jo je označil za ...', named once, last)
        if self.family == "en":
            # (a name the text also writes after an article is a place or a body: 'a Hong Kong satellite start-up')
            articled = {
                tokens[k + 1].norm
                for k in range(first_question.first - 1)
                if tokens[k].norm in ("a", "an", "the") and tokens[k + 1].is_capitalized
            }
            people = [m for m in candidates if _norm_words(m.name)[0] not in articled]
            if people:
                candidates = people
        # (one person named in full and by surname, 'Vesna Barić Lončar' and 'Barić Lončar', is counted once)
        surnames = {_norm_words(m.name)[-1] for m in candidates}
        candidates = [
            m
            for m in candidates
            if " " in m.name
            and not any(o is not m and o.name != m.name and o.name.endswith(" " + m.name) for o in candidates)
        ] or candidates
        counts = {m.name: self._times_named(m, first_question.first) for m in candidates}
        ranked = sorted(
            {
                _norm_words(m.name)[-1]: counts[m.name] for m in candidates if _norm_words(m.name)[-1] in surnames
            }.values(),
            reverse=True,
        )
        if ranked and ranked[0] > 1 and (len(ranked) == 1 or ranked[0] > ranked[1]):
            return next(m for m in candidates if counts[m.name] == ranked[0])
        if given is None and ranked and ranked[0] > 1:
            # named as often as another ('Nia Rhydderch' and 'West End'): the first, whom the headline is about
            return next(m for m in candidates if counts[m.name] == ranked[0])
        lead = next(
            (s for s in self.sentences if tokens[s.first].start >= self.body_start and not self._headline(s)), None
        )
        opening = next((m for m in candidates if lead is not None and m.first == lead.first), None)
        talked = any(
            t.norm.startswith(_INTERVIEW_VERBS)
            and not t.norm.startswith("spokes")  # ('A spokeswoman for the HSE said': no one's interview)
            # (not the editor's note: 'This interview has been edited for length and clarity')
            and not (k > 0 and tokens[k - 1].norm in ("this", "the") and tokens[k + 1].norm in ("has", "was"))
            for k, t in enumerate(tokens[: first_question.first])
        )
        if opening is not None and " " in opening.name and ranked and ranked[0] <= 1 and not talked:
            # each named once: the one the lead opens with ('Clodagh Fennelly (41) is a primary school teacher
            # ...'), not the colleague quoted after her
            return opening
        return given or named

    def _times_named(self, mention: Mention, end: int) -> int:
        """How often the text names a person's surname, in any case, before `end`."""
        surname = " ".join(_norm_words(mention.name.split()[-1]))  # ('Ashdown-Kerr': both its parts, as a token's)
        stem = surname[:-1] if len(surname) > 4 else surname
        return sum(1 for t in self.tokens[:end] if t.is_capitalized and t.norm.startswith(stem))

    def _reporters_own(self, cue: Cue) -> bool:
        """'Prebivalci Mozirja, s katerimi smo govorili, pravijo': the reporters' own talking, in a relative clause,
        reports nothing."""
        tokens, k = self.tokens, cue.first
        return (
            self.family != "en"
            and k >= 2
            and not self.in_quote[k]
            and tokens[k - 1].norm in ("smo", "sva", "sem")
            and tokens[k - 2].norm in _RELATIVES
        )

    def _first_person(self, cue: Cue, sentence: Sentence) -> bool:
        # (English puts the one told after the verb: 'The new pastor told me we could stay' is the pastor's)
        after = 0 if self.family == "en" and self.tokens[cue.first].norm in _TOLD else 2
        near = range(max(sentence.first, cue.first - 6), min(sentence.last, cue.last + after) + 1)
        return any(self.tokens[k].norm in _FIRST_PERSON for k in near)

    def _answer(self, sentence: Sentence) -> int:
        """An answer in an interview that is not in quotation marks: the whole paragraph, one statement (what
        it reports others to have said is theirs too: its sentences are read as any others)."""
        assert self.interviewee is not None
        opening = " ".join(t.norm for t in self.tokens[sentence.first : sentence.first + 4])
        if opening.startswith(("this interview has", "the interview has", "this conversation has")):
            return 0  # 'This interview has been edited for length and clarity': the editor's note, no answer
        first, last = sentence.first, self._paragraph_end(sentence, sentence.first, take=False)
        if first + 2 <= last and self.tokens[first + 1].text == ":" and self.tokens[first].text in ("A", "O"):
            first += 2  # 'A: No, and I'd resist that framing.': the answer's label is not what was said
        cue = Cue(first, first, "quote", "")
        return self._emit(self.interviewee, first, last, "direct", cue, sentence, confidence=0.6)

    def _dashed(self, sentence: Sentence) -> bool:
        """A sentence of an answer given after a dash ('– Nisu dobri. Općina nam je obećala, da ...'), which the
        text sets as a quotation of the one answering."""
        if not self.paragraph_openings:  # (each paragraph's first token, where its dash is: found once)
            for each in reversed(self.sentences):
                self.paragraph_openings[each.paragraph] = each.first
        opening = self.paragraph_openings[sentence.paragraph]
        return self.tokens[opening].text in DASHES and all(
            self.in_quote[k] for k in range(sentence.first, sentence.last)
        )

    def _reports_in_answer(self, sentence: Sentence) -> None:
        """What the one answering reports others to have said ('Općina Ljubuški nam je obećala da će ...') is
        theirs: the sentence is read as if it were not inside the answer's quotation."""
        span = range(sentence.first, sentence.last + 1)
        held = bytes(self.in_quote[k] for k in span)
        for k in span:
            self.in_quote[k] = 0
        try:
            bare = Sentence(sentence.first, sentence.last, sentence.paragraph)
            self.in_answer = True
            cues = [c for c in self._cues(bare) if not self._first_person(c, bare)]
            mentions = self._mentions(bare.first, bare.last)
            made = len(self.statements)
            for cue in cues:
                self._statement_for_cue(bare, cue, cues, mentions, set())
            interviewee = self.interviewee.name if self.interviewee is not None else None
            # (not the answer again, nor the one answering: 'mislim da ...', 'rekao sam da ...')
            self.statements[made:] = [
                st
                for st in self.statements[made:]
                if st.quote_type != "direct"
                and st.speaker != interviewee
                and not any(w in _FIRST_PERSON or w.endswith("m") for w in _norm_words(st.cue))
                # (a single word is a name the text gave, not a verb opening the sentence: 'Mislim da ...')
                and (" " in st.speaker or st.speaker_kind != "person" or self._surname_known(st.speaker.lower()))
                and st.speaker.lower() not in lx.NOT_NAMES
            ]
        finally:
            for n, k in enumerate(span):
                self.in_quote[k] = held[n]

    def _labelled(self, sentence: Sentence) -> bool:
        """'Kurtović: We received one letter ...': a paragraph that opens with the name of a person the text
        has named, and a colon, is what that person says (the interviewer's 'BIRN:' or 'Q:' lines are not
        anyone's claims, and a name the text does not know is no speaker)."""
        tokens = self.tokens
        first = sentence.first
        if not (first == 0 or tokens[first].newline_before) or first + 2 > sentence.last:
            return False
        colon = next((k for k in (first + 1, first + 2) if tokens[k].text == ":"), None)
        if colon is None or not all(t.is_capitalized and t.is_word for t in tokens[first:colon]):
            return False
        full = self._known_surname(tokens[colon - 1].norm)
        if full is None or self._headline(sentence):
            return False
        # (alone: 'Ngata:' after 'Ngata and Whitlock both told Stuff' is her answer, not theirs)
        speaker = next((replace(m, partners=[]) for m in reversed(self.recent) if m.name == full), None) or Mention(
            first, colon - 1, full, "person", "?", head=first
        )
        last = self._paragraph_end(sentence, colon + 1, take=False)
        cue = Cue(colon, colon, "quote", ":")
        self._emit(speaker, colon + 1, last, "direct", cue, sentence, confidence=0.7)
        # (its sentences are still read, as an answer's: 'His daughter called me and said he had asked ...')
        self.labelled[sentence.paragraph] = colon
        return True

    def _paragraph_end(self, sentence: Sentence, first: int, take: bool) -> int:
        """The last token, without its full stop, of the paragraph a statement from `first` runs to. With `take`,
        the sentences after this one are taken too (the pass goes on after the paragraph); without, they are
        still read one by one (what an interview answer reports others to have said is theirs)."""
        k = self.next_sentence
        while k < len(self.sentences) and self.sentences[k].paragraph == sentence.paragraph:
            k += 1
        last = self.sentences[k - 1].last if k > self.next_sentence else sentence.last
        if take:
            self.next_sentence = k
        while last > first and self.tokens[last].text in SENTENCE_END:
            last -= 1
        return last

    def _embedded_post(self, sentence: Sentence) -> bool:
        """A social-media post embedded in a page: the author's name on a line, the handle and date on the
        next ('@primozbezjak · 21. jan.'), then the post. The post is the author's, said on X."""
        tokens, text = self.tokens, self.text
        first = sentence.first
        if not tokens[first].newline_before:
            return False
        start = tokens[first].start
        handle_start = text.rfind("\n", 0, start - 1) + 1
        if not text.startswith("@", handle_start) or " · " not in text[handle_start:start]:
            return False
        name_start = text.rfind("\n", 0, handle_start - 1) + 1
        name = text[name_start : handle_start - 1].strip()
        words = name.split()
        if not 1 <= len(words) <= 4 or not all(w[:1].isupper() for w in words):
            return False
        last = self._paragraph_end(sentence, first, take=True)
        author = next((m for m in reversed(self.recent) if m.name == name), None)
        kind = "person" if _norm_words(name)[0] in _FIRST_NAMES else "organization"
        speaker = author or Mention(first, first, _latin(name), kind, "?", head=first)
        if self._emit(speaker, first, last, "direct", Cue(first, first, "quote", ""), sentence, confidence=0.7):
            self.statements[-1] = replace(self.statements[-1], channel="X")
        return True

    def _credits(self, sentence: Sentence) -> bool:
        """'(Reporting by Ivana Sekulić; Editing by Alison Grey)': who wrote the report, not anything said."""
        tokens = self.tokens
        k = sentence.first + (tokens[sentence.first].text == "(")
        while k < sentence.last and tokens[k].norm in ("additional", "further"):
            k += 1
        if k < sentence.last and tokens[k].norm in _CREDITS and tokens[k + 1].norm == "by":
            return True
        # 'Piše: Jernej Mlakar', 'Autorica: Ana Kos' on a line of its own: the byline
        first = tokens[sentence.first]
        return (
            first.norm in _BYLINE_WORDS
            and sentence.first + 2 <= sentence.last
            and tokens[sentence.first + 1].text == ":"
            and all(t.is_capitalized or t.text in ",." for t in tokens[sentence.first + 2 : sentence.last + 1])
        )

    def _sentence(self, sentence: Sentence) -> None:
        self.sentence_statements = len(self.statements)  # where this sentence's statements begin
        if sentence.paragraph in self.questions:
            return
        if self._embedded_post(sentence) or self._credits(sentence):
            return
        labelled = self._labelled(sentence)
        if (
            not labelled
            and sentence.paragraph in self.answers
            and (sentence.first == 0 or self.tokens[sentence.first].newline_before)
            and not (sentence.quotes and sentence.quotes[0].open == sentence.first)
        ):
            self._answer(sentence)  # (an answer in quotation marks or after a dash is a quotation like others)
        if self._headline(sentence):
            self.headlines.append(sentence)  # (its statement, if the body does not repeat it, comes at the end)
            self._register_names(sentence)
            return
        cues = [c for c in self._cues(sentence) if not self._reporters_own(c) and not self._nickname(c, sentence.last)]
        if sentence.paragraph in self.answers and self._dashed(sentence):
            self._reports_in_answer(sentence)
        self.in_answer = sentence.paragraph in self.answers or sentence.paragraph in self.labelled
        if self.in_answer:
            # 'Res pa je, da bom od ministrstva zahtevala denar': the interviewee's own plans, in the answer already
            cues = [c for c in cues if not self._first_person(c, sentence)]
        if self.family == "en" and sentence.paragraph in self.labelled:
            # 'His daughter called me and said he had asked for ...': in a labelled answer, what others said or
            # told the one answering; not 'Our estimate is that ...', 'Victoria has announced a lot', the answer's own
            cues = [c for c in cues if c.kind == "verb" and self.tokens[c.first].norm in _SAID_OR_TOLD]
        if not cues and not sentence.quotes:
            self._register_names(sentence)  # nothing said here, but people named here may speak later
            self._hearsay(sentence)
            return
        self.previous_subject_for_now = self.previous_subject
        self.previous_subject = None
        # 'Na pitanje novinara ..., oboje su odgovorili': the journalists are the phrase's, not the verb's subject
        own_speakers = [(c.first, c.last) for c in cues if c.phrase is not None and c.phrase.speaker is not None]
        mentions = self._mentions(sentence.first, sentence.last)
        opening = self._after_dateline(sentence.first, sentence.last)
        if opening > sentence.first:  # 'SARAJEVO, 5. februara (FENA) – Iz komore su ...': the agency is no speaker
            mentions = [m for m in mentions if m.first >= opening]
        if own_speakers:
            mentions = [m for m in mentions if not any(first <= m.first <= last for first, last in own_speakers)]
        if labelled:
            mentions = [m for m in mentions if m.first > self.labelled[sentence.paragraph]]  # ('OKAFOR:' speaks)
        handled_quotes: set[int] = set()
        made = 0
        for cue in cues:
            made += self._statement_for_cue(sentence, cue, cues, mentions, handled_quotes)
        for quote in sentence.quotes:
            if quote.open in handled_quotes or quote.open in self.used_quotes:
                continue
            made += self._colon_quote(sentence, quote, mentions) or self._floating_quote(sentence, quote)
        if not made:
            # ('Igralka Nika Rozman, znana iz serije »Hiša ob Muri«, je izdala album »Tiha soba«. Kot pravi, ...':
            # quoted titles, no statement, but the one named may speak next)
            self._register_names(sentence)
            self._hearsay(sentence)
        elif all(c.kind == "phrase" and c.phrase is not None and c.phrase.speaker is not None for c in cues):
            self._register_names(sentence)  # 'Na vprašanje novinarjev ... premier X ni želel odgovoriti. Dejal je le'

    def _hearsay(self, sentence: Sentence) -> int:
        """'Elektrodistribucija je navodno imala sto ekipa', 'Napad naj bi izvedla skupina ...', 'The specialists
        allegedly left for private clinics': reported from a source the text does not name."""
        tokens = self.tokens
        markers = lx.REPORTATIVES[self.family]
        slovenian = self.family == "sl"
        marker: int | None = None
        for token in tokens[sentence.first : sentence.last + 1]:  # (every word of a sentence that said nothing)
            norm, k = token.norm, token.index
            if (
                norm in markers or (slovenian and norm == "naj" and k < sentence.last and tokens[k + 1].norm == "bi")
            ) and not self.in_quote[k]:
                marker = k
                break
        # in the main clause only: '..., na katerem naj bi razpravljali' tells what is planned, not who said it
        # (but 'Bošnjak je, navodno, već znao': set off by commas, in the main clause still)
        if marker is None:
            return 0
        aside = tokens[marker - 1].text == "," and marker + 1 <= sentence.last and tokens[marker + 1].text == ","
        commas = [k for k in range(sentence.first, marker - (1 if aside else 0)) if tokens[k].text == ","]
        # ('Ko je sosed X udaril, naj bi obtoženi odšel': the main clause after a clause of time is main still)
        opening_clause = tokens[sentence.first].norm in _SUBORDINATORS and len(commas) == 1
        if commas and not opening_clause:
            return 0
        first = self._after_dateline(sentence.first, sentence.last)
        document = self._document_source(sentence)
        if document is not None:
            first = document.last + 1  # 'Po obtožnici naj bi X ...': the indictment says so
        while first < sentence.last and (tokens[first].norm in _CLAUSE_JOINERS or not tokens[first].is_word):
            first += 1
        last = sentence.last
        while last > first and not tokens[last].is_word and tokens[last].text not in QUOTE_MARKS:
            last -= 1
        if sum(1 for t in tokens[first : last + 1] if t.is_word) < 4:
            return 0
        word = lx.ANONYMOUS_WORD[self.family]
        speaker = Mention(marker, marker, f"anonymous source ({word})", "anonymous", "?")
        previous = self.statements[-1] if self.statements else None
        if document is not None:
            speaker = document
        elif (
            previous is not None
            and self.recent
            and previous.speaker == self.recent[-1].name
            and previous.speaker_kind != "anonymous"
            and self.text.count("\n", previous.end, tokens[sentence.first].start) == 0
            and tokens[sentence.first].start - previous.end < 80
            and not self._about_the_source(first, self.recent[-1])
        ):
            # 'Pri Elektru so sporočili, da ... Okvare naj bi odpravili do večera.': the source just quoted,
            # in the same paragraph, goes on reporting
            speaker = self.recent[-1]
        cue_end = marker + (tokens[marker].norm == "naj")
        cue = Cue(marker, cue_end, "phrase", self._span_text(marker, cue_end))
        quote_type = self._quote_type(first, last)
        return self._emit(speaker, first, last, quote_type, cue, sentence, confidence=0.5)

    def _about_the_source(self, first: int, source: Mention) -> bool:
        """English: a sentence whose subject is the source itself ('The utility reportedly commissioned ...' after
        'BC Hydro said', 'She reportedly turned down a job'), which another, unnamed source reports on."""
        if self.family != "en":
            return False
        tokens = self.tokens
        opening = tokens[first]
        if opening.norm in ("he", "she", "it", "they"):
            return True
        if opening.norm == "the" and first + 1 < len(tokens) and tokens[first + 1].norm in _DESCRIBING:
            return True
        return opening.is_capitalized and opening.text in source.name.split()

    def _document_source(self, sentence: Sentence) -> Mention | None:
        """A sentence that opens by naming the document it reports ('Po obtožnici', 'Prema optužnici',
        'According to the indictment'): the document, or whose it is when the text says."""
        tokens = self.tokens
        k = self._after_dateline(sentence.first, sentence.last)
        if tokens[k].norm == "according" and k + 1 <= sentence.last and tokens[k + 1].norm == "to":
            k += 1
        elif tokens[k].norm not in ("po", "prema"):
            return None
        k += 1 + (k + 1 <= sentence.last and tokens[k + 1].norm == "the")
        if k > sentence.last or tokens[k].norm not in _SOURCE_DOCUMENTS[self.family]:
            return None
        owner = self._document_owner(k + 1, sentence.last)
        if owner is not None and owner.kind != "person":
            return owner
        name = tokens[k].text
        if self.lemmatizer is not None and self.family != "en":
            name = self.lemmatizer.lemmatize(name.lower()) or name
        return Mention(k, k, _latin(name), "organization", "n", head=k)

    def _headline(self, sentence: Sentence) -> bool:
        """A headline or sub-heading: a line of its own, without a full stop, among the text's first lines."""
        tokens = self.tokens
        first, last = tokens[sentence.first], tokens[sentence.last]
        closing_quote = (
            last.text in QUOTE_MARKS
            and sentence.last > sentence.first
            and tokens[sentence.last - 1].text not in SENTENCE_END
        )  # 'X i Y u Dohi: „Razgovori idu dobro“'
        if (
            last.text in SENTENCE_END
            or last.text == ":"  # 'Dawson said:' introduces the paragraph below; headings do not end so
            or (last.text in QUOTE_MARKS and not closing_quote)
            or sentence.last - sentence.first > 25
        ):
            return False
        ends_line = sentence.last + 1 < len(tokens) and tokens[sentence.last + 1].newline_before > 0  # body follows
        starts_line = sentence.first == 0 or first.newline_before > 0 or first.start <= self.body_start + 1
        near_top = first.start - self.body_start < 800  # (checked first: counting lines is a scan from the top)
        return ends_line and starts_line and near_top and self.text.count("\n", self.body_start, first.start) <= 4

    # --- cues ------------------------------------------------------------------------------------------

    def _cues(self, sentence: Sentence) -> list[Cue]:
        cues: list[Cue] = []
        tokens = self.tokens
        cue_words = _CUE_WORDS[self.family]
        in_quote = self.in_quote
        # most words are no cue: find the few that may be in one comprehension, then look at each closely
        candidates = [t.index for t in tokens[sentence.first : sentence.last + 1] if t.norm in cue_words]
        following = sentence.first  # a phrase or a passive takes in the words after its first
        for i in candidates:
            if i < following or in_quote[i]:
                continue
            token = tokens[i]
            phrase_end, phrase = self._phrase_at(i, sentence.last)
            if phrase is None and (
                token.norm in _ASKED_PARTICIPLES
                or (token.norm == "asked" and (i == sentence.first or tokens[i - 1].norm == "when"))
            ):
                phrase_end, phrase = self._asked_at(i, sentence.last)
            if phrase is None and token.norm in ("na", "vprasan", "vprasana", "vprasani", "vprasane"):
                phrase_end, phrase = self._question_put(i, sentence.last)
            if (
                phrase is not None
                and phrase.speaker is None
                and len(phrase.words) == 2
                and i > sentence.first + 1
                and tokens[i - 1].text == ","
                and token.norm in ("kako", "kot")
                and tokens[phrase_end - 1].norm in self.present
                and tokens[phrase_end - 1].norm not in _RELAY_VERBS  # (', kako prenosi Tanjug,' names the relay)
            ):
                # 'Mještani Ustikoline, kako kažu za naš portal, strahuju ...': the verb set into the clause of the
                # subject before it, read as a parenthetical verb
                phrase = None
            if (
                phrase is not None
                and phrase.kind == "anonymous"
                and phrase.speaker is not None
                and len(phrase.words) == 1
                and any(  # (a participle: 'Kako Jutarnji neslužbeno doznaje' keeps the phrase)
                    tokens[k].norm in self.participles
                    for k in range(phrase_end, min(sentence.last, phrase_end + 1) + 1)
                )
            ):
                phrase = None  # 'Vir blizu vlade nam je neuradno povedal, da ...': how the verb's subject said it
            if phrase is not None:
                cues.append(Cue(i, phrase_end - 1, "phrase", self._span_text(i, phrase_end - 1), phrase=phrase))
                following = phrase_end
                continue
            norm = token.norm
            if norm in lx.GERUNDS[self.family] and self.family == "en" and self._after_article(i, sentence.first):
                continue  # 'issued an emergency warning shortly after 10am': a noun, not 'warning that ...'
            if (
                norm == "saying"
                and i - 2 >= sentence.first
                and tokens[i - 1].norm == "as"
                and tokens[i - 2].norm == "quoted"
            ):
                continue  # 'was quoted as saying by the agency': the one cue 'quoted'
            if self.family == "en" and i > sentence.first and tokens[i - 1].norm == "citing":
                continue  # 'citing forecasts of extreme heat': what is cited, a noun
            if (
                norm in ("govori", "govore")
                and self.family == "hbs"
                and not self._quote_just_before(i, sentence.first)
                and not self._da_follows(i, sentence.last, 4)
            ):
                continue  # 'za Danas govori o cijenama energije': what an interview is about, no words reported
            if norm.startswith("utemelji") and not self._da_follows(i, sentence.last, 4):
                continue  # 'podražitev utemeljil v posebnem aneksu': justified in writing, no words reported
            if (
                norm.startswith(("strinja", "slaze", "slazu"))
                and not self._da_follows(i, sentence.last, 3)
                and not self._quote_just_before(i, sentence.first)
            ):
                continue  # 'ali se strinja z navijači': agreeing with someone, no words of one's own
            if norm in _SL_NARRATIVE_PRESENT and self.family == "sl" and self._in_subordinate(i, sentence.first):
                continue  # '..., da mi uradnik odgovori v enem mesecu', 'naj pojasni': a verb of the clause, no cue
            if self.family == "en" and self._said_by_no_one(i, sentence.first):
                continue  # 'No group claimed responsibility', 'Nobody said': no one's statement
            if (
                self.family == "en"
                and norm in ("read", "reads")
                and i > sentence.first
                and tokens[i - 1].norm in _WRITINGS
                and tokens[i - 2].norm in _EN_DETERMINERS
            ):
                cues.append(Cue(i, i, "verb", token.text))  # '"..., don't buy," the message read': its writer's
                continue
            if norm in lx.GERUNDS[self.family]:
                if self.family == "en" and i > sentence.first and tokens[i - 1].norm in _ASPECT_VERBS:
                    continue  # 'will stop admitting patients', 'kept saying': what someone does, not a report
                if self.family == "en" and any(
                    t.norm in _MOTIONS for t in tokens[max(sentence.first, i - 4) : i] if not t.is_capitalized
                ):
                    continue  # 'a motion in March calling for a pledge ... was defeated': what a motion asks
                if (
                    norm == "adding"
                    and i + 1 <= sentence.last
                    and (
                        tokens[i + 1].text[:1].isdigit()
                        or tokens[i + 1].norm in ("roughly", "about", "around", "nearly", "almost", "up", "more")
                    )
                ):
                    continue  # 'adding roughly 25 minutes to journeys': adding a quantity, no words
                cues.append(Cue(i, i, "gerund", token.text))
            elif (
                self.family == "en"
                and norm in ("put", "puts")
                and i + 1 <= sentence.last
                and tokens[i + 1].norm == "it"
                and any(t.norm == "as" for t in tokens[max(sentence.first, i - 6) : i])
            ):
                cues.append(Cue(i, i + 1, "verb", self._span_text(i, i + 1)))  # 'as she put it', 'as Kerr puts it'
            elif (
                self.family == "en"
                and norm in ("goes", "went")
                and i + 1 <= sentence.last
                and tokens[i + 1].norm == "on"
                and (i + 2 > sentence.last or not tokens[i + 2].is_word)
                and any(tokens[k].text in QUOTE_MARKS for k in range(max(sentence.first, i - 4), i))
            ):
                cues.append(Cue(i, i + 1, "verb", self._span_text(i, i + 1)))  # '"...," she goes on.'
            elif self.family == "en" and norm in lx.EN_VERBS:
                if (
                    i > sentence.first
                    and norm.endswith("ed")
                    and tokens[i - 1].norm in ("the", "a", "an", "this", "its", "their", "his", "her", "our", "with")
                ):
                    # 'The proposed road would cross ...', 'with estimated wind speeds of': a participle before its
                    # noun, no verb
                    continue
                if i > sentence.first and norm.endswith("s") and tokens[i - 1].norm in _EN_BEFORE_PLURAL_NOUNS:
                    # 'the average of estimates compiled by Bloomberg', 'reached between calls': a plural noun, no verb
                    continue
                if (
                    i > sentence.first
                    and norm in _EN_NOUN_LIKE
                    and (
                        _names_a_noun(tokens[i - 1])
                        # 'rejected claims by the opposition that ...': the object of a verb, whose words they are
                        or (
                            tokens[i - 1].norm in _DISPUTING
                            and i + 1 <= sentence.last
                            and tokens[i + 1].norm in ("by", "from", "that")
                        )
                    )
                ):
                    # "the minister's claim that ...", 'their demands': a noun here, not a verb
                    if norm in lx.NOUN_CUES["en"] and self._noun_cue(i, sentence.last):
                        cues.append(Cue(i, i, "noun", token.text))
                    continue
                if (
                    norm in ("slammed", "blasted", "hit", "raged")
                    and i + 1 <= sentence.last
                    and tokens[i + 1].norm in ("into", "onto", "through", "across", "past", "against", "on", "in")
                ):
                    continue  # 'Cyclone Talia slammed into the coast': not the tabloid's 'slammed the referee'
                if (
                    norm in ("labeled", "labelled", "branded", "dubbed")
                    and i + 1 <= sentence.last
                    and tokens[i + 1].norm in ("in", "with", "on", "by", "for")
                ):
                    continue  # 'seeds in envelopes, labeled in pencil': marked, not called anything
                if norm == "called" and i + 2 <= sentence.last and tokens[i + 2].norm in ("quits", "off"):
                    continue  # 'called it quits', 'called it off': no words said
                if (
                    norm == "called"
                    and i + 1 <= sentence.last
                    and tokens[i + 1].is_capitalized
                    and any(t.norm in ("a", "an") for t in tokens[max(sentence.first, i - 4) : i])
                    and not tokens[i - 1].is_capitalized
                ):
                    continue  # 'a former steelworker called Bill Simpson': his name, nothing he was called by anyone
                if (
                    norm in ("labeled", "labelled", "marked", "titled", "entitled")
                    and i >= 2
                    and tokens[i - 2].norm in ("a", "an", "the")
                    and tokens[i - 1].is_word
                    and not tokens[i - 1].is_capitalized
                ):
                    continue  # 'a packet labeled in faded pencil: ...': what is written on a thing, no one's words
                if (
                    norm in _EN_PASSIVE_SKIPPED
                    and tokens[i - 1].norm in ("been", "was", "were", "is", "are", "be", "being")
                    # (by whom, not by when: 'asked to decide by Thursday', 'by 07:00', 'by the end of March')
                    and not any(
                        t.norm == "by"
                        and k + 1 <= sentence.last
                        and not tokens[k + 1].text[:1].isdigit()
                        and not _is_time_word(tokens[k + 1].norm)
                        and not (tokens[k + 1].norm == "the" and k + 2 <= sentence.last and tokens[k + 2].norm == "end")
                        for k, t in enumerate(tokens[i + 1 : min(sentence.last, i + 6) + 1], start=i + 1)
                    )
                ):
                    # 'has been warned he could be jailed': told to the subject, by no one named; 'both sides have
                    # been accused of ignoring it': what others say of them
                    continue
                if norm in ("estimates", "forecasts", "projections") and any(
                    t.norm in ("of", "than", "beat", "beating", "missed", "missing", "topped", "exceeded")
                    for t in tokens[max(sentence.first, i - 4) : i]
                ):
                    continue  # 'ahead of Wall Street estimates': the analysts' numbers, a noun
                if (
                    norm in ("reported", "reports", "posted", "posts")
                    and any(t.norm in _EN_FINANCIAL_RESULTS for t in tokens[i + 1 : min(sentence.last, i + 4) + 1])
                    # (the reasons it gave go on: 'reported results ..., citing demand for ...')
                    and not any(t.norm in lx.GERUNDS["en"] or t.norm == "citing" for t in tokens[i + 1 : sentence.last])
                ):
                    continue  # 'after the company reported third-quarter revenue of $11 billion': results, no words
                if (
                    tokens[i - 1].norm == "to"
                    and i + 1 <= sentence.last
                    and tokens[i + 1].norm in ("why", "how", "what", "whether", "where", "when", "who")
                ):
                    continue  # 'does not need to check the book to explain why ...': a purpose, no words reported
                if norm == "submitted" and (i + 1 > sentence.last or tokens[i + 1].norm != "that"):
                    continue  # ('a filing submitted last month': a document handed in, no case put)
                if norm == "ruled" and (
                    (i + 1 <= sentence.last and tokens[i + 1].norm == "out")
                    or tokens[i - 1].norm in ("been", "was", "were", "is", "are", "being")
                ):
                    # 'had been looked at and ruled out by the engineers': excluded, not a ruling; 'has been ruled by
                    # the same president since 1992': governed
                    continue
                if i + 1 <= sentence.last and tokens[i + 1].norm == "by" and tokens[i - 1].text == ",":
                    continue  # 'The project, proposed by Halvorsen Group, would ...': a participle of what was done
                if not self._negated(i, sentence.first) and not (norm == "asked" and i == sentence.first):
                    cues.append(Cue(i, i, "verb", token.text))
            elif (
                self.family == "en"
                and norm in _EN_QUOTE_VERBS
                and (
                    closing := next(
                        (k for k in range(i - 1, max(sentence.first, i - 4) - 1, -1) if tokens[k].text in QUOTE_MARKS),
                        None,
                    )
                )
                is not None
                and closing > sentence.first
                and tokens[closing - 1].text in ",?!"
                and all(t.is_capitalized or t.norm in ("he", "she", "they") for t in tokens[closing + 1 : i])
            ):
                # '"She is not even looking," mutters Graham Pell': how it was said, right after the quotation
                cues.append(Cue(i, i, "verb", token.text))
            elif (
                self.family == "en"
                and norm in ("points", "pointed", "point")
                and i + 2 <= sentence.last
                and tokens[i + 1].norm == "out"
                and tokens[i + 2].norm == "that"
                and not self._negated(i, sentence.first)
            ):
                cues.append(Cue(i, i + 1, "verb", self._span_text(i, i + 1)))  # 'He points out that Northmoor ...'
            elif norm in lx.NOUN_CUES[self.family] and i > sentence.first and tokens[i - 1].norm in _POSSESSIVES:
                # 'Njeno zagotovilo, da ...', 'je njena opozorila označil': a noun after a possessive, not the
                # participle of 'je zagotovilo', 'je opozorila'
                if self._noun_cue(i, sentence.last):
                    cues.append(Cue(i, i, "noun", token.text))
            elif (
                self.family != "en"
                and norm in _RELAY_VERBS
                and tokens[i - 1].text == ","
                and cues
                and cues[-1].last >= i - 3
                and (
                    closing := next(
                        (k for k in range(i + 1, min(sentence.last, i + 5) + 1) if tokens[k].text == ","), None
                    )
                )
                is not None
                and all(t.is_capitalized or t.norm in _OUTLET_NOUNS for t in tokens[i + 1 : closing])
            ):
                continue  # 'izjavio je, javlja Tanjug, da ...': the agency relays the verb's statement, set into it
            elif (
                norm in _NOT_HIDING
                and tokens[i - 1].norm in ("ne", "nije", "nisu")
                and self._da_follows(i, sentence.last, 3)
            ):
                # 'ne skriva, da zmagovalca čaka korak višje', 'ne krije da ...': says it openly
                number = "p" if norm.endswith(("jo", "ju")) else "s"
                cues.append(Cue(i - 1, i, "verb", self._span_text(i - 1, i), "?", number))
            elif (
                norm in self.present
                and i == sentence.first
                and norm in lx.NOUN_CUES[self.family]
                and i + 1 <= sentence.last
                and tokens[i + 1].is_capitalized
                and self._noun_cue(i, sentence.last)
            ):
                # 'Zahteva Rusije, da se pogajanja nadaljujejo, je bila zavrnjena': the noun, whose, then what
                cues.append(Cue(i, i, "noun", token.text))
            elif norm.startswith(_EXPECTING) and not any(
                t.norm in lx.COMPLEMENTIZERS[self.family] for t in tokens[i + 1 : min(sentence.last, i + 3) + 1]
            ):
                continue  # 'od države pa pričakuje povrnitev', 'tržište očekuje smanjenje': what is expected, a thing
            elif norm in self.participles and not self._negated(i, sentence.first) and not self._future(i, sentence):
                gender = self.participles[norm]
                aux = self._auxiliary_near(i, sentence)
                number = lx.AUXILIARIES[self.family].get(aux.norm, "?") if aux else "?"
                first = min(i, aux.index) if aux else i
                last = max(i, aux.index) if aux else i
                cue_text = self._span_text(first, last) if aux and abs(aux.index - i) == 1 else token.text
                if number == "d":
                    gender = "p"  # 'sta dodala' (dual) speaks of two people, whatever the ending
                cues.append(Cue(i, i, "verb", cue_text, gender, number))
            elif (
                norm in self.present
                and not self._negated(i, sentence.first)
                # ('tako da joj odgovara samo jedan ponuđač': what suits someone, not an answer)
                and not (norm.startswith("odgovar") and i > sentence.first and tokens[i - 1].norm in _DATIVE_CLITICS)
            ):
                if (
                    self.family != "en"
                    and norm.startswith(_EXPECTING)
                    and "se"
                    in (
                        tokens[i - 1].norm,
                        tokens[min(i + 1, sentence.last)].norm,
                    )
                ):
                    continue  # 'kada se očekuje jači vjetar', 'pričakuje se': what is expected, no one's words
                if (
                    self.family != "en"
                    and i + 1 <= sentence.last
                    and tokens[i + 1].norm == "se"
                    and norm not in _REFLEXIVE
                ):
                    # 'navodi se u upozorenju RHMZ-a', 'navaja se v poročilu': an impersonal passive
                    cues.append(Cue(i, i + 1, "passive", self._span_text(i, i + 1), "n", "s"))
                    following = i + 2
                    continue
                if (
                    self.family != "en"
                    and i - 1 >= sentence.first
                    and tokens[i - 1].norm == "se"
                    and norm not in _REFLEXIVE
                ):
                    cues.append(Cue(i - 1, i, "passive", self._span_text(i - 1, i), "n", "s"))  # 'se navodi'
                    continue
                if norm in ("predlaga", "predlagajo") and not any(
                    t.norm in ("da", "naj") for t in tokens[i + 1 : min(sentence.last, i + 2) + 1]
                ):
                    continue  # 'predlaga štiri leta zapora': a proposal of a thing, not a statement
                cues.append(Cue(i, i, "verb", token.text, "?", self.present[norm]))
            elif (
                self.family == "en"
                and norm in ("repeated", "repeats")
                and i < sentence.last
                and tokens[i + 1].norm == "that"
            ):
                cues.append(Cue(i, i, "verb", token.text, "?", "s"))  # 'repeated that the reform was ...'
            elif (
                self.family == "en"
                and norm in ("found", "finds")
                and i < sentence.last
                and tokens[i + 1].norm == "that"
                and i > sentence.first
                and tokens[i - 1].norm not in ("be", "been", "being", "was", "were", "is", "are")
            ):
                # 'Coroner Helen Marsh found that ...', 'the study found that ...': a finding, reported
                cues.append(Cue(i, i, "verb", token.text, "?", "s"))
            elif norm in _AGENCY_CARRIES and i < sentence.last and tokens[i + 1].norm in ("da", ":"):
                # 'Agencija Srna prenosi da ...': the agency's own report ('prenosi Fena' relays another's words)
                cues.append(Cue(i, i, "verb", token.text, "?", _AGENCY_CARRIES[norm]))
            elif norm in lx.PASSIVES[self.family] and not self._negated(i, sentence.first):
                aux = self._auxiliary_near(i, sentence)
                cues.append(
                    Cue(
                        i,
                        i,
                        "passive",
                        self._span_text(min(i, aux.index), max(i, aux.index))
                        if aux and abs(aux.index - i) == 1
                        else token.text,
                        "n",
                        "s",
                    )
                )
            elif norm in lx.NOUN_CUES[self.family] and self._noun_cue(i, sentence.last):
                cues.append(Cue(i, i, "noun", token.text))
            elif norm in _SHOWING[self.family] and self._document_near(i, sentence):
                cues.append(Cue(i, i, "verb", token.text, "?", _SHOWING[self.family][norm]))
            elif (norm in _COPULAS or norm == "je") and self.family != "en":
                cue = self._manner_cue(i, sentence)
                if cue is not None:
                    cues.append(cue)
        if any(tokens[c.first].norm in _AGENCY_CARRIES for c in cues):
            # 'Tanjug prenosi da je ministar X poručio da ...': the agency relays the verb after it
            cues = [
                c
                for c in cues
                if tokens[c.first].norm not in _AGENCY_CARRIES
                or not any(d.kind in ("verb", "passive") and d.first > c.last for d in cues)
            ]
        return cues

    def _in_subordinate(self, i: int, first: int) -> bool:
        """Whether a word stands in a 'da', 'ki', 'če' or 'naj' clause begun since the last comma."""
        for k in range(i - 1, first - 1, -1):
            if self.tokens[k].text in ",;:" or self.tokens[k].text in QUOTE_MARKS:
                return False
            if self.tokens[k].norm in _SL_SUBORDINATING:
                return True
        return False

    def _said_by_no_one(self, i: int, first: int) -> bool:
        """'No group claimed ...', 'No one has said ...', 'Nobody told ...': a subject that denies a speaker."""
        tokens = self.tokens
        for k in range(i - 1, max(first, i - 4) - 1, -1):
            if not tokens[k].is_word:
                return False
            if tokens[k].norm in ("nobody", "no"):
                return k == first or not tokens[k - 1].is_word
        return False

    def _after_article(self, i: int, first: int) -> bool:
        """'a warning', 'an emergency warning', 'the saying': a noun after its article, not a participle."""
        tokens = self.tokens
        if i - 1 >= first and tokens[i - 1].norm in ("a", "an", "the"):
            return True
        # ('an emergency warning', 'a red heavy rain warning': up to three words between)
        for k in range(i - 1, max(first, i - 4) - 1, -1):
            if tokens[k].norm in ("a", "an", "the"):
                return k < i - 1
            if not tokens[k].is_word or tokens[k].is_capitalized or tokens[k].norm.endswith("ly"):
                return False
        return False

    def _da_follows(self, i: int, last: int, reach: int) -> bool:
        """Whether 'da' comes within `reach` words after the verb at `i`, up to `last`: a clause it reports."""
        return any(t.norm == "da" for t in self.tokens[i + 1 : min(last, i + reach) + 1])

    def _quote_just_before(self, i: int, first: int) -> bool:
        """Whether a quotation mark stands within three tokens before `i`, from `first`: the verb follows a quote."""
        return any(t.text in QUOTE_MARKS for t in self.tokens[max(first, i - 3) : i])

    def _asked_at(self, i: int, last: int) -> tuple[int, lx.Phrase | None]:
        """'Upitan na marginama skupa u Novom Sadu da li će ...', 'Asked at a briefing on Monday whether ...': the
        journalists' question, after where it was put to the speaker."""
        tokens = self.tokens
        for k in range(i + 1, min(last, i + 12) + 1):
            if not tokens[k].is_word or self.in_quote[k]:
                break
            if (
                tokens[k].norm in ("whether", "if")
                and k > i + 1
                and self.family == "en"
                # (not 'Asked by analysts on a call whether': who asked is named)
                and (tokens[i + 1].norm != "by" or tokens[i + 2].norm in ("reporters", "journalists"))
            ):
                # 'Asked at a briefing on Monday whether the robbery was linked ..., DS Corcoran said'
                return k + 1, lx.Phrase(tuple(t.norm for t in tokens[i : k + 1]), "journalists", "group")
            if tokens[k].norm == "li" and tokens[k - 1].norm in ("da", "hoce", "je", "jesu", "moze", "mogu"):
                return k + 1, lx.Phrase(tuple(t.norm for t in tokens[i : k + 1]), "novinari", "group")
            if tokens[k].norm in _HBS_QUESTION_WORDS and k + 1 <= last and tokens[k + 1].is_word:
                # 'Upitan zašto je izvadio Matanovića': the question is the clause its question word opens
                return k, lx.Phrase(tuple(t.norm for t in tokens[i:k]), "novinari", "group")
        return 0, None

    def _question_put(self, i: int, last: int) -> tuple[int, lx.Phrase | None]:
        """'Na vprašanje, ali bodo ...', 'Vprašana, koliko poslovalnic ...': the journalists' question, opened by
        its question word after a comma."""
        tokens = self.tokens
        k = i + 1
        if tokens[i].norm == "na":
            if k > last or tokens[k].norm not in ("vprasanje", "pitanje"):
                return 0, None
            k += 1
        if k + 1 > last or tokens[k].text != ",":
            return 0, None
        word = tokens[k + 1].norm
        if word in ("ali", "ce", "zakaj", "kako", "koliko", "kaj", "kdaj", "kje", "kdo") or (
            word in ("da", "je", "hoce", "hoces") and k + 2 <= last and tokens[k + 2].norm == "li"
        ):
            speaker = "novinarji" if self.family == "sl" else "novinari"
            return k, lx.Phrase(tuple(t.norm for t in tokens[i:k]), speaker, "group")
        return 0, None

    def _manner_cue(self, i: int, sentence: Sentence) -> Cue | None:
        """'»...,« je bil oster Lah', '"...", bio je kratak trener': how the speaker sounded, right after a
        quotation, stands for the verb of saying."""
        tokens = self.tokens
        # 'je' alone, not 'je bil': the present, '»...,« je odločen Kolenc', 'Kljub temu je optimistična: »...«', with
        # an adjective's short form, whose ending tells the gender
        present = tokens[i].norm not in _COPULAS
        closing = next(
            (k for k in range(i - 1, max(sentence.first, i - 4) - 1, -1) if tokens[k].text in _QUOTES_AND_DASHES),
            None,
        )
        if closing is None:
            # 'Glede odpuščanj je bil jasen: „...“': how he sounded, then a colon and the quotation
            j = i + 1 + (i + 1 <= sentence.last and tokens[i + 1].norm in lx.AUXILIARIES[self.family])
            if (
                j + 2 <= sentence.last
                and tokens[j].is_word
                and not tokens[j].is_capitalized
                and (tokens[j].norm in _MANNER_BEFORE_COLON or (present and _short_adjective(tokens[j].norm)))
                and tokens[j + 1].text == ":"
                and tokens[j + 2].text in QUOTE_MARKS
            ):
                gender = _short_adjective_gender(tokens[j].norm) if present else _COPULAS[tokens[i].norm]
                return Cue(i, j, "verb", self._span_text(i, j), gender, "?")
            return None
        before = [k for k in range(closing + 1, i) if tokens[k].is_word]
        if any(tokens[k].norm not in lx.AUXILIARIES[self.family] for k in before):
            return None  # only the auxiliary between the quotation and 'bil'
        first = before[0] if before else i
        j = i + 1
        if j <= sentence.last and tokens[j].norm in lx.AUXILIARIES[self.family]:
            j += 1  # 'bio je kratak'
        while j < sentence.last and j - i <= 9:
            # 'je bil po tekmi za TV Slovenija vidno ganjen': when, to whom and how much, before how he sounded
            if tokens[j].norm in PREPOSITIONS and tokens[j + 1].is_word:
                j += 2
                while j < sentence.last and tokens[j].is_capitalized and tokens[j - 1].is_capitalized:
                    j += 1
            elif tokens[j].norm in _DEGREE_ADVERBS:
                j += 1
            else:
                break
        if (
            j > sentence.last
            or not tokens[j].is_word
            or tokens[j].is_capitalized
            or not _manner_adjective(tokens[j].norm)
            or (present and not _short_adjective(tokens[j].norm))
        ):
            return None
        if present:
            return Cue(first, j, "verb", self._span_text(first, j), _short_adjective_gender(tokens[j].norm), "?")
        # '»...,« je bil njen prvi odziv': whose response it was says who spoke, not the copula's gender
        gender = _POSSESSIVES.get(tokens[j].norm) or _COPULAS[tokens[i].norm]
        return Cue(first, j, "verb", self._span_text(first, j), gender, "?")

    def _document_near(self, i: int, sentence: Sentence) -> bool:
        """A document right before the verb (its subject: 'budget papers show') or right after it ('pokazuju
        podaci RZS-a'): only then does 'show' report what someone says."""
        documents = _SOURCE_DOCUMENTS[self.family]
        before = range(max(sentence.first, i - 3), i)
        after = range(i + 1, min(sentence.last, i + 3) + 1)
        if any(self.tokens[k].norm in documents and not self.in_quote[k] for k in (*before, *after)):
            return True
        if self.family != "en":
            return False
        for k in range(i - 2, max(sentence.first, i - 15) - 1, -1):  # 'A statement signed by 14 owners reads'
            if self.tokens[k].text in ",;:" or self.in_quote[k]:
                break
            if self.tokens[k].norm in documents and self._document_tail(k, sentence.last) == i - 1:
                return True
        for k in range(i - 1, max(sentence.first, i - 9) - 1, -1):  # 'researchers at the University of X have found'
            if self.tokens[k].text in ",;:" or self.in_quote[k]:
                return False
            if self.tokens[k].norm in _EN_RESEARCHERS:
                return True
        return False

    def _phrase_at(self, i: int, last: int) -> tuple[int, lx.Phrase | None]:
        tokens = self.tokens
        for phrase in _PHRASES_BY_FIRST_WORD[self.family].get(tokens[i].norm, ()):
            end = i + len(phrase.words)
            if end - 1 > last:
                continue
            k = i
            for w in phrase.words:
                if w != "*" and tokens[k].norm != w:
                    break
                k += 1
            else:
                return end, phrase
        return 0, None

    def _auxiliary_near(self, i: int, sentence: Sentence) -> Token | None:
        auxiliaries = lx.AUXILIARIES[self.family]
        backward_open = True  # 'sta na novinarski konferenci zatrdila': the auxiliary may stand a few words back
        forward_open = True
        for j in (i - 1, i + 1, i - 2, i + 2, i - 3, i - 4, i - 5, i - 6, i - 7, i - 8, i - 9, i - 10):
            if (
                not sentence.first <= j <= sentence.last
                or (j < i and not backward_open)
                or (j > i and not forward_open)
            ):
                continue
            if self.tokens[j].norm in auxiliaries and not self.tokens[j].text.isupper():  # (not the agency STA)
                return self.tokens[j]
            if j < i and (self.tokens[j].text in ",;:" or self.in_quote[j]):
                backward_open = False  # but not across a comma or a quotation: '„…“, rekao je'
            if j > i and (self.tokens[j].text in ",;:" or self.tokens[j].norm in lx.COMPLEMENTIZERS[self.family]):
                forward_open = False  # nor into the reported clause: 'su rekli da će' ('će' is the clause's)
        return None

    def _future(self, i: int, sentence: Sentence) -> bool:
        """'da bo SDS zahtevala nujno sejo', 'će zatražiti': what someone will say is not yet a statement (an
        auxiliary of the clause before a comma is another verb's: 'če ne bo podpore, odgovoril')."""
        k, floor = i - 1, max(sentence.first, i - 5)
        while k >= floor:
            if self.tokens[k].text == ",":
                opening = next(
                    (p for p in range(k - 1, max(sentence.first, k - 12) - 1, -1) if self.tokens[p].text == ","), None
                )
                if opening is None or self.tokens[opening + 1].norm not in _CONDITIONALS:
                    return False
                # 'bo opozicija, če bo koalicija vztrajala, predlagala referendum': over the condition set into it
                # (not 'ali bo vlada predlog umaknila, če ..., odgovoril': that 'bo' has a verb of its own)
                k, floor = opening - 1, max(sentence.first, opening - 5)
                if any(
                    not t.is_capitalized and len(t.norm) > 3 and t.norm.endswith(("la", "li", "lo", "le"))
                    for t in self.tokens[floor : k + 1]
                ):
                    return False
                continue
            if self.tokens[k].norm in _FUTURE_AUXILIARIES and not self.in_quote[k]:
                return True
            if k < i - 2 and self.tokens[k].norm in lx.AUXILIARIES[self.family]:
                return False  # (further back only over words that are no other verb's: 'bo Avstrija v Bruslju')
            k -= 1
        return False

    def _negated(self, i: int, first: int) -> bool:
        negations = lx.NEGATIONS[self.family]
        for j in range(i - 1, max(first, i - 3) - 1, -1):
            if not self.tokens[j].is_word or self.in_quote[j] != self.in_quote[i]:
                return False  # '... glavom, ne nogama – rekao je': the 'ne' belongs to the quotation
            if self.tokens[j].norm in negations and (j == first or not self.tokens[j].is_capitalized):
                return True  # (not 'u Nišu', which the key writes as 'nisu')
        return False

    def _noun_cue(self, i: int, last: int) -> bool:
        """A noun cue governs a 'da'/'that' clause within a few words: 'zahteva Rusije, da ...'."""
        complementizers = lx.COMPLEMENTIZERS[self.family]
        within = {"en": "in", "sl": "v", "hbs": "u"}[self.family]
        if any(self.tokens[k].norm == within for k in range(max(0, i - 3), i)):
            return False  # 'said in a joint statement that ...': where it was said, the verb is the cue
        for j in range(i + 1, min(last, i + 8) + 1):
            norm = self.tokens[j].norm
            if norm in complementizers and norm != "naj":
                return True
            if self.tokens[j].text in SENTENCE_END or self.in_quote[j]:
                return False
            if self.family != "en" and (norm in self.participles or norm in self.present):
                return False  # 'predlog obrambe sprejela in napovedala, da ...': the clause is the verb's
        return False

    # --- mentions: who could be speaking ------------------------------------------------------------------

    def _mentions(self, first: int, last: int) -> list[Mention]:
        found: list[Mention] = []
        tokens = self.tokens
        speaker_words = _SPEAKER_WORDS[self.family]
        i = first
        documents = _SOURCE_DOCUMENTS[self.family]
        in_quote = self.in_quote
        lower_bases = self.lower_bases
        while i <= last:
            token = tokens[i]
            if not token.is_word or in_quote[i]:
                i += 1
                continue
            if (
                found
                and token.text.isupper()
                and i + 1 <= last
                and tokens[i - 1].text == "("
                and tokens[i + 1].text == ")"
                and found[-1].last == i - 2
                and found[-1].kind == "organization"
            ):
                # 'Demokratski uniji (DU)': the short name of the body just named, which later stands for it
                self.acronyms[token.text] = found[-1].name
                if not found[-1].name[:1].isupper():
                    found[-1].name = token.text  # 'the U.N. humanitarian office (OCHA)': a description, then its name
                found[-1].last = i + 1
                i += 2
                continue
            norm = token.norm
            if (
                not token.is_capitalized
                and norm != "the"
                and i != first
                and tokens[i - 1].text not in ",–—-"
                and norm not in documents
                and norm not in speaker_words
                and (lower_bases.get(norm) or self._lower_base(token)) not in _DESCRIBING
                and not (tokens[i - 1].norm in _EN_SOME and self._some_people(i))
            ):
                i += 1  # (most words, which all the tests below pass over)
                continue
            # (each test below is guarded by a cheap one: this loop sees every word of every sentence with a cue)
            special: Mention | None = None
            if i + 1 <= last and self._article_of_title(token):
                i += 1  # 'says the Rev. Janet Kowalczyk': the article of a title, then the title and the name
                continue
            if token.norm == "the" and self.family == "en":
                special = self._described_person(i, last)  # 'the 23-year-old Ukrainian told'
            elif i == first or tokens[i - 1].text in ",–—-":
                special = self._titled_subject(i, last)  # 'Lanac prodavnica „Maksimarket“ saopštio je'
            if (
                special is None
                and token.norm in documents
                and (i == 0 or tokens[i - 1].norm not in ("po", "prema"))
                # ('the state statistics office': a body whose noun comes after the document's word)
                and not (i + 1 <= last and tokens[i + 1].norm in lx.ORGANIZATION_NOUNS)
            ):
                # ('Po oceni Janeza Novaka', 'prema podacima HZJZ-a' are phrases: the name after them is the source)
                special = self._source_document(i, last)  # 'podatki kažejo', 'according to the indictment'
            if special is not None:
                found.append(special)
                i = max(i + 1, special.last + 1)
                continue
            if token.norm in lx.PLATFORMS and i > 0 and tokens[i - 1].norm in lx.CHANNEL_PREPOSITIONS:
                i += 1  # 'napisao je na Facebooku lider SDP-a X': where it was written, not who wrote it
                continue
            if (
                token.is_capitalized
                and i > 0
                and tokens[i - 1].norm in _OUTLET_LEADS
                and not (i >= 2 and tokens[i - 2].norm == "according")  # ('according to NSW Ports': the source)
            ):
                outlet_end = self._outlet_end(i, last)
                if outlet_end is not None:
                    i = outlet_end + 1  # 'za Novi list izjavio je': where it was said, not who said it
                    continue
            if (
                token.is_capitalized
                and i > 0
                and tokens[i - 1].norm == "za"
                and (norm in _OUTLETS or _outlet_declined(norm, _OUTLET_ACCUSATIVE) is not None)
            ):
                i += 1  # 'rekla je za Fenu glasnogovornica X': where it was said, not who said it
                continue
            if self.family == "en" and "-" in token.text and _PARTY_AND_STATE.fullmatch(token.text):
                i += 1  # 'Sen. Curtis Lambright, R-Idaho, said': his party and state, not a speaker
                while i + 1 <= last and tokens[i].text == "." and len(tokens[i + 1].text) == 1:
                    i += 2  # ('D-N.M.': the state's initials)
                continue
            if (
                self.family == "en"
                and token.is_capitalized
                and token.norm in _EN_TITLES
                and i + 2 <= last
                and (tokens[i + 1].text == "." or tokens[i + 1].is_capitalized)
                and tokens[i + 1 + (tokens[i + 1].text == ".")].is_capitalized
            ):
                i += 1 + (tokens[i + 1].text == ".")  # 'said Sen. Teresa Lindqvist': her title, then her name
                continue
            if (
                self.family == "en"
                and token.norm in ("state", "deputy", "assistant", "acting", "former")
                and i + 3 <= last
                and tokens[i + 1].norm in _EN_TITLES
                and tokens[i + 2].text == "."
                and tokens[i + 3].is_capitalized
            ):
                i += 3  # 'State Rep. Wendell Pruitt'
                continue
            if (
                self.family == "en"
                and token.is_capitalized
                and i > first
                and tokens[i - 1].norm in ("a", "an")
                and i + 1 <= last
                and tokens[i + 1].norm in ("from", "who")
            ):
                i += 1  # 'a Democrat from Green Bay': what someone is, not who
                continue
            norm = token.norm
            if (
                not token.is_capitalized
                and norm not in speaker_words
                and (lower_bases.get(norm) or self._lower_base(token)) not in _DESCRIBING
                and not (tokens[i - 1].norm in _EN_SOME and self._some_people(i))
            ):
                i += 1
                continue
            mention: Mention | None = None
            if norm in _DATIVE_ADDRESSEES:
                i += 1  # 'je novinarjem v Strasbourgu dejal', 'rekla je novinarima': to whom, not who
                continue
            if self.family != "en" and i > first and self._plural_object(i):
                i += 1  # 'Gasilci prebivalce opozarjajo': whom they warn, not who
                continue
            if (
                norm == "agenciji"
                and not token.is_capitalized
                and i + 1 <= last
                and tokens[i + 1].text.isupper()
                and tokens[i - 1].norm not in PREPOSITIONS
            ):
                i += 2  # 'naj bi agenciji AFP potrdil': the agency told, not who told it (not 'pri agenciji')
                continue
            if (
                token.is_capitalized
                and self._possessive_of_surname(norm)
                and tokens[i - 1].norm not in _ACCORDING_NOUNS  # 'po rečima Simićeve': her words, in the genitive
            ):
                i += 1  # 'Obradovićeve reči' (Obradović's words): whose words, not who speaks
                continue
            if norm in lx.NOUN_CUES[self.family] and self._noun_cue(i, last):
                i += 1  # 'Zahtjev udruge da ...': the demand is the cue; whose it is comes next
                continue
            if norm == "it" and i + 2 <= last and tokens[i + 1].norm in ("was", "is", "has", "had", "will"):
                i += 1  # 'it was announced', 'it is understood': no one, the passive's dummy subject
                continue
            if (
                norm in ("sam", "sama", "sami", "same")
                and i > first
                and tokens[i - 1].norm in lx.AUXILIARIES[self.family]
                and not token.is_capitalized
            ):
                i += 1  # 'Medved, ki ..., je sam povedal': himself, the subject named before
                continue
            if (norm in lx.PRONOUNS[self.family] and not token.is_capitalized) or (
                norm in lx.PRONOUNS[self.family] and (i == first or tokens[i - 1].text in SENTENCE_END)
            ):
                mention = Mention(i, i, token.text, "pronoun", lx.PRONOUNS[self.family][norm], head=i)
            elif norm in lx.ANONYMOUS[self.family] or (
                self.family == "en" and norm in _EN_UNNAMED and i + 1 <= last and tokens[i + 1].norm in _EN_UNNAMED_NEXT
            ):
                mention = self._anonymous(i, last)
                partitive = self._partitive_start(i, first)
                if partitive is not None:  # 'one of the sources said', 'je dejal eden od virov': the numeral leads
                    mention.first = partitive
                    mention.gender = _ONE_OF_GENDER.get(tokens[partitive].norm, "?")
            elif (
                self.family == "en"
                and norm in _EN_UNNAMED_AGAIN
                and i > first
                and tokens[i - 1].norm in _EN_BACK_REFERENCES
            ):
                mention = self._unnamed_again(i, first)
            elif (
                self.family == "en"
                and norm in ("one", "another")
                and i + 1 <= last
                and tokens[i + 1].norm in lx.EN_VERBS
            ):
                # 'Fans rushed to send their support. One wrote: "..."', 'Two diplomats said ... Another said ...':
                # one of the people just spoken of
                kinds = ("anonymous", "group") if norm == "another" else ("anonymous",)  # ('One wrote': a fan)
                earlier = next((m for m in reversed(self.recent[-3:]) if m.kind in kinds), None)
                name, kind = (
                    (earlier.name, earlier.kind)
                    if earlier is not None
                    else ("anonymous source (one of them)", "anonymous")
                )
                mention = Mention(i, i, name, kind, "?", token.text, head=i)
            elif (
                self.family == "en"
                and norm == "one"
                and i + 2 <= last
                and tokens[i + 1].norm == "of"
                and tokens[i + 2].norm == "them"
                and (earlier := next((m for m in reversed(self.recent[-3:]) if m.kind in ("anonymous", "group")), None))
            ):
                # 'Two officials said ... One of them described ...'
                mention = Mention(i, i + 2, earlier.name, earlier.kind, "?", self._span_text(i, i + 2), head=i)
            elif (
                self.family != "en"
                and norm in _ONE_OF_GENDER
                and i + 2 <= last
                and tokens[i + 1].norm in ("od", "izmed")
                and tokens[i + 2].norm in ("njih", "njiju")
            ):
                # 'Eden od njih, ki ni želel biti imenovan, je dejal': one of the people just spoken of
                kinds = ("anonymous", "group") if norm == "another" else ("anonymous",)  # ('One wrote': a fan)
                earlier = next((m for m in reversed(self.recent[-3:]) if m.kind in kinds), None)
                name, kind = (
                    (earlier.name, earlier.kind)
                    if earlier
                    else (f"anonymous source ({self._span_text(i, i + 2).lower()})", "anonymous")
                )
                gender = _ONE_OF_GENDER[norm]
                mention = Mention(i, i + 2, name, kind, gender, "one of them", head=i)
                if not self._unnamed(mention, last):
                    mention = None  # ('Eden izmed njih, upokojenec Janez Novak, je dejal': the one named)
            elif (
                token.is_capitalized
                and (_adjective(token.norm, self.family) or self._noun_base(token) not in _DESCRIBING)
                and (noun := self._opens_institution(i, last))
            ):
                # ('na Generalni policijski upravi': an adjective that is a role word elsewhere opens the body's name)
                mention = self._described(int(noun), last)
                mention.first = i
                mention.name = self._base_phrase(i, mention.last, int(noun))
                if norm in _GENERAL:  # ('Iz Opšte bolnice Kraljevo': 'Opšta bolnica Kraljevo')
                    general = token.text.rstrip("aeioujAEIOUJ") + (
                        "a" if mention.name.split()[1].endswith("a") else "i"
                    )
                    mention.name = " ".join([general, *mention.name.split()[1:]])
            elif token.is_capitalized and self._surname_known(norm) and self._noun_base(token) in _DESCRIBING:
                mention = self._named(i, last)  # 'Kralj said' after 'Tjaša Kralj': her surname, not a king
            elif (
                i == first
                and self.family != "en"
                and token.is_capitalized
                and not token.text.isupper()
                and norm not in _FIRST_NAMES
                and self.lemmatizer is not None
                and self._lemmatized_noun(norm) in _LAY_ROLES | lx.GROUPS
                and self._noun_base(token) not in _DESCRIBING
            ):
                # 'Občane je pozval, naj ...', 'Voznikom svetujejo': a common noun capitalised only because it opens
                # the sentence; in the nominative it speaks, declined it is whom the verb addresses
                if self._lemmatized_noun(norm) != norm and not norm.endswith(("i", "ji")):
                    i += 1
                    continue
                mention = self._described(i, last)
            elif (
                norm in _SOME_OF_THEM
                and i == first
                and self.previous_subject_for_now is not None
                and self.previous_subject_for_now.kind == "group"
                and i + 1 <= last
                and not tokens[i + 1].is_capitalized
                and self._noun_base(tokens[i + 1]) not in _DESCRIBING
            ):
                # 'Domačini so deljenih mnenj. Nekateri menijo, da ...': some of the group the sentence before was
                # about
                group = self.previous_subject_for_now
                mention = Mention(i, i, group.name, "group", "p", token.text, head=i)
            elif self._noun_base(token) in _DESCRIBING:
                mention = self._described(i, last)
            elif i > first and self._some_people(i):
                # 'Some learners complain privately that ...', 'Many commuters say': people the lexicon lacks
                mention = Mention(i, i, token.text, "group", "p", head=i)
            elif token.is_capitalized and self._titles_a_name(i, last):
                mention = self._named(i + 1, last)  # 'Režiserka Lea Vovk': a role we do not know, then a name
                if not self._after_preposition(i):  # ('Hmeljarka iz Braslovč Mojca Vrabič': a place, not a role)
                    mention.first, mention.role = i, token.text
            elif token.is_capitalized and (self._modifies_role(i, last) or self._opens_role(i, last)):
                i += 1  # 'a Treasury spokesperson', 'Specijalni izaslanik': the role noun after it takes it in
                continue
            elif (
                self.family == "en"
                and token.text.endswith(("'s", "’s"))
                and (
                    # ("Waikōura District Council's emergency management manager, Stuart Ngata")
                    any(self._noun_base(t) in _DESCRIBING for t in tokens[i + 1 : min(last, i + 3) + 1])
                    # "Labour's Grace Okonjo": her party, then her name
                    or (
                        i + 2 <= last
                        and (tokens[i + 1].norm in _FIRST_NAMES or tokens[i + 1].norm in _AMBIGUOUS_FIRST_NAMES)
                        and tokens[i + 2].is_capitalized
                    )
                )
            ):
                i += 1  # "California's lead negotiator, Priya Venkataraman": whose role, taken in by the role noun
                continue
            elif token.is_capitalized and self._is_name_start(i, first) and not self._dateline(i, first):
                mention = self._named(i, last)
                whose = mention.last
                if (
                    self.family == "en"
                    and whose > i
                    and tokens[whose].text.endswith(("'s", "’s"))
                    and any(self._noun_base(t) in _DESCRIBING for t in tokens[whose + 1 : min(last, whose + 3) + 1])
                ):
                    i = whose + 1  # "Waikōura District Council's emergency manager, Stuart Ngata": whose, then who
                    continue
            if mention is None:
                i += 1
                continue
            titled = self._titled(mention, last)
            if titled is not None:
                mention = titled
            if (
                mention.kind in ("person", "group")
                and mention.first >= 3
                and tokens[mention.first - 1].is_word
                and not tokens[mention.first - 1].is_capitalized
                and _adjective(tokens[mention.first - 1].norm, self.family)
                and tokens[mention.first - 2].norm in ("od", "of")
                and tokens[mention.first - 3].norm in _ONE_OF_GENDER
            ):
                mention = replace(mention, first=mention.first - 1)  # ('Eden od manjših založnikov')
            if (
                mention.kind in ("person", "group")
                and mention.first >= 2
                and tokens[mention.first - 1].norm in ("od", "of")
                and tokens[mention.first - 2].norm in _ONE_OF_GENDER
            ):
                # 'Eden od stanovalcev bloka, ki ni želel biti imenovan, je povedal': one of them, the verb's subject
                gender = _ONE_OF_GENDER[tokens[mention.first - 2].norm]
                # (one of many holds no office of their own: 'Eden od diplomatov' is not the premier named before)
                role = None if not mention.name[:1].isupper() else mention.role
                mention = replace(mention, first=mention.first - 2, kind="person", gender=gender, role=role)
            one_of_them = (mention.role or "").lower() == "one of them"  # (one of a group named before)
            if (
                mention.kind in ("person", "group")
                and (not mention.name[:1].isupper() or one_of_them or mention.name == mention.role)
                and self._unnamed(mention, last)
            ):
                # 'Two officials, who spoke on condition of anonymity, said', 'domačinka, ki je želela ostati
                # anonimna': people the text will not name
                mention = replace(mention, name=f"anonymous source ({mention.name})", kind="anonymous")
            close = mention.last + 1
            if mention.kind == "person" and close <= last and tokens[close].text == "(":
                # 'Jelena Todić (Movement for Civic Serbia) and Ana Mirković (Democratic Centre) said': a party,
                # an age or a place in brackets belongs to the name
                end = next((k for k in range(close + 1, min(last, close + 8) + 1) if tokens[k].text == ")"), None)
                if end is not None:
                    mention.last = end
            if (
                mention.role is not None
                and mention.name[:1].islower() | (mention.kind == "anonymous")
                and self._what_one_is(mention)
            ):
                i = max(i + 1, mention.last + 1)
                continue
            found.append(mention)
            i = max(i + 1, mention.last + 1)
        if len(found) > 1:
            # ('Council members Ruth Delgado and Tom Kessler': the role took in the word found before it)
            found = [
                m
                for n, m in enumerate(found)
                if not any(
                    o.first <= m.first and m.last <= o.last and o.last - o.first > m.last - m.first
                    for o in found[n + 1 : n + 3]
                )
            ]
            if self.family == "en":
                joined: list[Mention] = []
                for m in found:
                    body = joined[-1] if joined else None
                    if (
                        body is not None
                        and body.kind == "organization"
                        and body.name[:1].isupper()
                        and body.first < m.first <= body.last + 3
                        # ('University of Regina political scientist Leah Mercredi': a word that says which kind)
                        and all(
                            t.is_word
                            and not t.is_capitalized
                            and t.norm not in lx.EN_VERBS
                            and t.norm not in _EN_DETERMINERS
                            and t.norm not in _EN_FINITE
                            for t in tokens[body.last + 1 : m.first]
                        )
                        and m.kind == "person"
                        and m.role
                        and " " in m.name
                    ):
                        # 'Property Council of Australia state director Lisa Trent': her role in the body before
                        # (the role may have taken in the body's last word: 'Bowen Chamber of Commerce president')
                        role = " ".join(m.role.split()[max(0, body.last + 1 - m.first) :])
                        role = (
                            self._span_text(body.last + 1, m.first - 1) + " " + role
                            if m.first > body.last + 1
                            else role
                        )
                        joined[-1] = replace(m, first=body.first, role=f"{body.name} {role}")
                        continue
                    joined.append(m)
                found = joined
            if self.family == "en":
                # 'the Georgian grandmaster Nino Kvaratsia': a nationality before a role, no one's name
                found = [
                    m
                    for m in found
                    if not (
                        m.kind == "person"
                        and m.first == m.last
                        and not m.role
                        and m.last + 1 <= last
                        and not tokens[m.last + 1].is_capitalized
                        and (
                            self._noun_base(tokens[m.last + 1]) in lx.ROLES
                            or (m.last + 2 <= last and tokens[m.last + 2].is_capitalized)
                        )
                        and (
                            tokens[m.first].norm.endswith(("ian", "ish", "ese")) or tokens[m.first].norm in _NATIONS_EN
                        )
                    )
                ]
            if not found:
                return []
            opener, named = found[0], found[-1] if len(found) == 1 else found[1]
            if (
                len(found) > 1
                and self.family != "en"
                and opener.kind == "person"
                and opener.first == opener.last == first
                and not opener.role
                and opener.name.lower() not in _FIRST_NAMES
                and not self._surname_known(tokens[opener.first].norm)
                and named.kind == "person"
                and " " in named.name
                and tokens[first + 1].norm in _PREPOSITIONS_OF[self.family]
                and named.first - opener.last <= 6
                and all(t.is_word for t in tokens[opener.last + 1 : named.first])
                and not any(t.norm in self.participles or t.norm in self.present for t in tokens[first : named.first])
            ):
                # 'Živinorejec iz okolice Ormoža Anton Brečko je ...': what he is and where from, then his name
                found = found[1:]
            elif (
                len(found) > 1
                and self.family != "en"
                and opener.kind == "person"
                and opener.first == opener.last == first
                and not opener.role
                and (_adjective(tokens[first].norm, self.family) or tokens[first].norm in _ROLE_ADJECTIVES)
                and not self._surname_known(tokens[first].norm)
                and named.kind == "person"
                and named.role
                and named.name == named.role
                and named.first == first + 2
                and tokens[first + 1].norm in lx.AUXILIARIES[self.family]
            ):
                found = found[1:]  # 'Novi je vlasnik najavio': an adjective of the role, the auxiliary between
        for k in range(len(found) - 2, -1, -1):
            left, right = found[k], found[k + 1]
            if right.first == left.last + 2 and tokens[left.last + 1].text == "&":
                # 'Alder & Finch', 'Marks & Spencer': one firm's name, not two people
                found[k : k + 2] = [self._one_body(left.first, right.last)]
        # ('Residents who attended Thursday's hearing said': a day, not who spoke; 'the Lyon-born rider': where he
        # is from, said of someone)
        found = [
            m
            for m in found
            if not (
                m.first == m.last
                and m.kind == "person"
                and (m.name.lower() in _EN_CALENDAR or tokens[m.first].norm.endswith(_EN_PLACE_PARTICIPLES))
            )
        ]
        return self._coordinate(found)

    def _source_document(self, j: int, last: int) -> Mention | None:
        """A document that speaks for whoever wrote it, at `j` after its determiner and adjectives: 'the
        indictment', 'internal documents', 'podacima', 'novi raziskavi'. Named by its words as written."""
        tokens = self.tokens
        first = j
        while j <= last and j - first < 3 and tokens[j].is_word and (j == first or not tokens[j].is_capitalized):
            if tokens[j].norm in _SOURCE_DOCUMENTS[self.family]:
                owner = self._document_owner(j + 1, last)
                if owner is not None:  # 'podaci Udruženja potrošača', 'data from the statistics office'
                    owner.first = first
                    self.document_owners[tokens[j].norm] = owner
                    return owner
                words = [t for t in tokens[first : j + 1] if t.norm not in _EN_DETERMINERS]
                # in its base form where the language declines it ('u optužnici' → 'optužnica')
                name = self._base_phrase(words[0].index, j, j)
                end = self._document_tail(j, last)
                by = next((k for k in range(j + 1, end) if tokens[k].norm == "by"), None)
                if by is not None and tokens[by - 1].norm not in ("seen", "obtained", "reviewed"):
                    owner = self._document_owner(by, end)  # 'data released on Tuesday by the institute'
                    if owner is not None:
                        owner.first, owner.last = first, end
                        self.document_owners[tokens[j].norm] = owner
                        return owner
                issued = self._issued_by(j, last)
                if issued is not None:  # 'The emergency warning, issued by the State Emergency Service ..., said'
                    issued.first = first
                    self.document_owners[tokens[j].norm] = issued
                    return issued
                earlier = self.document_owners.get(tokens[j].norm)
                if (
                    earlier is None
                    and tokens[j].norm == "statement"
                    and self.recent
                    and self.recent[-1].kind in ("person", "organization")
                ):
                    earlier = self.recent[-1]  # 'X said in a statement ... "...", the statement added': X's
                if earlier is not None and first > 0 and tokens[first - 1].norm in ("the", "this"):
                    # 'A statement signed by 14 shop owners reads ... "...," the statement says': the same one
                    return replace(earlier, first=first - 1, last=end)
                issuer = self._issuer_before(j)
                if issuer is not None:
                    return replace(issuer, first=first, last=end, head=j)
                return Mention(first, end, name, "organization", "p", head=j)
            j += 1
        return None

    def _issued_by(self, j: int, last: int) -> Mention | None:
        """', issued by X ...,' set off after a document: X, whose document it is (to the closing comma)."""
        tokens = self.tokens
        if self.family != "en" or j + 3 > last or tokens[j + 1].text != ",":
            return None
        if not (tokens[j + 2].norm.endswith("ed") and tokens[j + 3].norm == "by"):
            return None
        close = next((k for k in range(j + 4, min(last, j + 18) + 1) if tokens[k].text == ","), None)
        if close is None:
            return None
        owner = self._document_owner(j + 3, close - 1)
        if owner is None:
            return None
        owner.last = close - 1
        return owner

    def _issuer_before(self, j: int) -> Mention | None:
        """'Tužilaštvo BiH podiglo je optužnicu ... Kako se navodi u optužnici, ...': the body that, a sentence or
        two before, issued the document named again here, the subject of that sentence."""
        if self.looking_back:
            return None
        tokens = self.tokens
        stem = _stem_of(tokens[j].norm)
        k = next(
            (
                k
                for k in range(j - 1, max(0, j - 120) - 1, -1)
                if tokens[k].is_word and _stem_of(tokens[k].norm) == stem
            ),
            None,
        )
        if k is None:
            return None
        sentence = self.sentences[self._sentence_index(k)]
        mentions = self._earlier_mentions(sentence.first, k - 1)
        subject = next((m for m in mentions if not self._governed(m)), None)
        if subject is None and k >= 2 and tokens[k - 2].norm == "in" and tokens[k - 1].norm in ("a", "an", "its"):
            # 'In a statement released through police, Kyle's family said ... "...," the statement said': the
            # sayer of the sentence that brought the statement in
            after = self._earlier_mentions(self._document_tail(k, sentence.last) + 1, sentence.last)
            return next((m for m in after if m.kind != "pronoun" and not self._governed(m)), None)
        if subject is None or subject.kind != "organization":
            return None
        # who issued it, not who confirmed or rejected it ('Sud je potvrdio optužnicu' is the prosecution's)
        issued = any(t.norm.startswith(_ISSUING_STEMS) for t in tokens[subject.last + 1 : k])
        return subject if issued else None

    def _prosecutor_before(self, j: int) -> Mention | None:
        """The prosecution the text named before `j` ('Kantonalno tužilaštvo ... tereti'), whose the indictment is
        when the text does not say whose."""
        tokens = self.tokens
        k = next(
            (
                k
                for k in range(j - 1, max(0, j - 600) - 1, -1)
                if tokens[k].norm.startswith(_PROSECUTION_STEMS) and not self.in_quote[k]
            ),
            None,
        )
        if k is None or self.looking_back:
            return None
        sentence = self.sentences[self._sentence_index(k)]
        mentions = self._earlier_mentions(sentence.first, sentence.last)
        return next((m for m in mentions if m.first <= k <= m.last and m.kind == "organization"), None)

    def _document_tail(self, j: int, last: int) -> int:
        """'data released on Tuesday by the institute', 'documents seen by Reuters', 'a draft of the conclusions':
        what English says of a document after it, up to the next comma, is part of the mention, not of the
        content; who saw or released a document is not who wrote it."""
        tokens = self.tokens
        following = tokens[j + 1] if j + 1 <= last else None
        if (
            self.family != "en"
            or following is None
            or not (
                following.norm in ("of", "from", "by", "with", "to")  # ('a filing with the stock exchange')
                or following.norm.endswith("ed")
                or following.norm == "seen"
            )
        ):
            return j
        k = j + 1
        while (
            k <= last
            and k - j <= 14
            and tokens[k].text not in ",;:"
            and tokens[k].text not in SENTENCE_END
            and not self.in_quote[k]
            and tokens[k].norm not in _EN_FINITE
            and tokens[k].norm not in lx.COMPLEMENTIZERS["en"]
            and tokens[k].norm not in _SHOWING["en"]
        ):
            k += 1
        if k <= last and k - j <= 14 and tokens[k].norm in _SHOWING["en"]:
            return k - 1  # 'A statement signed by 14 shop owners reads that ...': the document's verb follows
        if k - j > 14 or (k <= last and tokens[k].text not in ",;:." and tokens[k].text not in SENTENCE_END):
            return j  # a clause goes on: the words after the document are the content's
        return k - 1

    def _document_owner(self, k: int, last: int) -> Mention | None:
        """Whose document it is: the genitive after it, or the name after 'of', 'from', 'by'."""
        tokens = self.tokens
        if k <= last and tokens[k].norm in ("of", "from", "by"):
            k += 1 + (k + 1 <= last and tokens[k + 1].norm == "the")
            if k < last and tokens[k].text[:1].isdigit():
                k += 1  # 'signed by 14 shop owners'
        elif (
            self.family == "en"
            and k + 2 <= last
            and tokens[k].norm == "the"
            and tokens[k + 1].norm in lx.ORGANIZATION_NOUNS
            and (tokens[k + 2].norm.endswith("ed") or tokens[k + 2].norm in _EN_IRREGULAR_PAST)
        ):
            k += 1  # 'figures the company supplied to the council': who supplied them
        elif self.family == "en":
            return None
        if k > last or not tokens[k].is_word or self.in_quote[k]:
            return None
        if self._noun_base(tokens[k]) in _DESCRIBING:
            owner = self._described(k, last)
        elif (
            k + 1 <= last
            and not tokens[k].is_capitalized
            and (_adjective(tokens[k].norm, self.family) or self.family == "en")
            and self._noun_base(tokens[k + 1]) in _DESCRIBING
        ):
            owner = self._described(k + 1, last)  # 'po poročilu računskega sodišča', 'signed by 14 shop owners'
            owner.first = min(owner.first, k)
        elif tokens[k].is_capitalized and (noun := self._opens_institution(k, last)):
            owner = self._described(int(noun), last)  # 'podaci Republičkog zavoda za statistiku'
            owner.first = k
            owner.name = self._base_phrase(k, owner.last, int(noun))
        elif tokens[k].is_capitalized and tokens[k].norm not in lx.NOT_NAMES:
            owner = self._named(k, last)
        else:
            return None
        if owner.kind == "organization" and _BARE_COMPANY.fullmatch(owner.name.lower()):
            # ('figures from the company': the company the text named before)
            company = self._company_before(owner)
            if company is not None:
                owner = replace(company, first=owner.first, last=owner.last, head=owner.head)
        return owner if owner.kind in ("organization", "group", "person") else None

    def _outlet_end(self, i: int, last: int) -> int | None:
        """The last word of an outlet of two or three words starting at `i` after 'za', 'told', 'to'."""
        tokens = self.tokens
        if i == 0 or not tokens[i].is_capitalized or tokens[i - 1].norm not in _OUTLET_LEADS:
            return None
        if tokens[i - 1].norm == "the" and (i < 2 or tokens[i - 2].norm not in _OUTLET_LEADS):
            return None  # 'told the BBC', not 'The OSCE Mission said': the subject
        for end in (i + 2, i + 1):
            if end <= last and " ".join(t.norm for t in tokens[i : end + 1]) in _OUTLET_PHRASES:
                return end
        if (
            tokens[i - 1].norm == "za"
            and i + 1 <= last
            and tokens[i + 1].is_word
            and not tokens[i + 1].is_capitalized
            and tokens[i + 1].norm.startswith(_PAPER_NOUNS)
        ):
            return i + 1  # 'za Novi tednik', 'za Primorske novice', 'za Večernji list': a paper by its own name
        # 'za TV Slovenija', 'za Radio Koper', 'za Televizijo Slovenija', 'za RTV Slovenija', 'za HRT Radio Rijeka'
        end = i
        while (
            end + 1 <= last
            and end - i < 2
            and (tokens[end].norm in _BROADCASTERS or (tokens[end].text.isupper() and len(tokens[end].text) >= 2))
            and tokens[end + 1].is_capitalized
            and tokens[end + 1].is_word
            and tokens[end + 1].start - tokens[end].end == 1
            and tokens[end + 1].norm not in _FIRST_NAMES  # 'za STA Ana Kos': who said it, after the outlet
            and not self._surname_known(tokens[end + 1].norm)
        ):
            end += 1
        return end if end > i else None

    def _titled_subject(self, i: int, last: int) -> Mention | None:
        """'Lanac prodavnica „Maksimarket“ saopštio je', 'Kompanija "Kodra" je objavila': a clause opened by a
        common noun or two and a name in quotation marks, right before the verb: the name is the speaker."""
        tokens = self.tokens
        for k in range(i + 1, min(i + 3, last) + 1):
            if tokens[k].text in QUOTE_MARKS:
                end = self._quoted_title_end(k)
                verb = end + 1 if end is not None else last + 1
                if (
                    self.family != "en"
                    and verb + 2 <= last
                    and tokens[verb].norm == "za"
                    and tokens[verb + 1].is_capitalized
                    and tokens[verb + 1].is_word
                ):
                    # 'Iz „Infrastrukture železnice Srbije” za Politiku je saopšteno': the outlet, then the verb
                    verb += 2
                if (
                    end is None
                    or verb > last
                    or not (self._looks_like_cue(verb) or (self.family == "en" and tokens[verb].norm in lx.EN_VERBS))
                ):
                    return None
                name = _latin(self._span_text(k + 1, end - 1))
                return Mention(i, end, name, "organization", "?", self._span_text(i, k - 1), head=i)
            if not tokens[k].is_word or tokens[k].is_capitalized:
                return None
        return None

    def _described_person(self, i: int, last: int) -> Mention | None:
        """'the 23-year-old Ukrainian told reporters', 'the Serbian said': a person named before, described by
        age or nationality right before a reporting verb. It refers back, as a pronoun does."""
        tokens = self.tokens
        j = i + 1
        if (
            j <= last
            and tokens[j].norm in _EN_PAPER_NAMES
            and tokens[j].is_capitalized
            and (j == last or not tokens[j + 1].is_capitalized)
        ):
            # 'The Ledger said in a statement': a paper, by the name papers take
            return Mention(i, j, _latin(tokens[j].text), "organization", "n", head=j)
        if j <= last and _AGED.fullmatch(tokens[j].norm):
            j += 1
        if j + 1 <= last and tokens[j].norm in ("northern", "southern", "new") and tokens[j + 1].is_capitalized:
            j += 1  # 'the Northern Irishman', 'the New Zealander'
        if (
            j <= last
            and tokens[j].is_capitalized
            and not tokens[j].text.isupper()  # ('The FAI said': a body's short name)
            and (
                tokens[j].norm.endswith(_DEMONYM_ENDINGS)
                or tokens[j].norm.endswith(("man", "woman", "er"))
                or tokens[j].norm in ("swede", "pole", "turk", "dane", "finn", "scot", "swiss", "greek", "briton")
            )
        ):
            j += 1  # ('the Irishman', 'the Dutchwoman', 'the New Zealander')
        verb = j
        if verb + 1 <= last and tokens[verb].text == "," and tokens[verb + 1].norm == "who":
            # ('The Portuguese, who has won four trophies with the club, said': over the relative clause)
            verb = next((k + 1 for k in range(verb + 2, min(last, verb + 20)) if tokens[k].text == ","), last + 1)
        if j == i + 1 or verb > last or not (tokens[verb].norm in lx.EN_VERBS or tokens[verb].norm in _EN_FINITE):
            return None
        return Mention(i, j - 1, self._span_text(i, j - 1), "pronoun", "?", head=j - 1)

    def _whose_role(self, role: int, name: Mention) -> bool:
        """'Županja Kopra je povedala', 'direktor Luke Koper': a role in the nominative followed by a declined
        name is the role of a place or body, not that person's name, which would agree with it in case."""
        first = self.tokens[name.first]
        if self.family == "en" or self.tokens[role].norm not in lx.ROLES or _given_name(first.norm, name):
            return False
        if first.norm.endswith("o") and name.last > name.first:
            return False  # 'guverner Patricio Ledesma': a man's first name in -o, the nominative
        base = self._base_word(first)
        # one declined word ('Kopra'), or a first name declined ('Luke') before a word that is not
        words = _norm_words(base)
        return base != _latin(first.text) and (name.first == name.last or (bool(words) and words[0] in _FIRST_NAMES))

    def _titled(self, mention: Mention, last: int) -> Mention | None:
        """'Lanac prodavnica „Maksimarket“', 'the group "Plavi val"': a common noun, then the name in quotation
        marks of what it is, which is the speaker."""
        named_person = mention.kind == "person" and " " in mention.name  # 'Ana Kos "Zvezda"' is Ana Kos
        if mention.kind not in ("organization", "person", "group") or named_person:
            return None
        k = mention.last + 1
        while k <= last and k - mention.last <= 2 and self.tokens[k].is_word and not self.tokens[k].is_capitalized:
            k += 1
        end = self._quoted_title_end(k) if k <= last else None
        if end is None or end > last:
            return None
        if any(t.norm in ("za", "for", "to") for t in self.tokens[mention.last + 1 : k]):
            return None  # 'Iz Gradske uprave za „Politiku“ kažu': the paper it was said to, not the body's name
        name = _latin(self._span_text(k + 1, end - 1))
        return Mention(mention.first, end, name, "organization", "?", mention.role, head=mention.head)

    def _register_names(self, sentence: Sentence) -> None:
        """Full names and role holders introduced in a sentence without a cue ('minister Janez Novak'), so that
        a later 'Novak je dejal' or 'je dejal minister' is resolved to them."""
        tokens = self.tokens
        i = sentence.first
        first_person: Mention | None = None
        named: Mention | None = None  # the last person named in full in the sentence
        first_nominative = False
        in_quote, lower_bases = self.in_quote, self.lower_bases
        # 'Ko je vodnik restavraciji Hiša Brinje podelil zvezdico, je kuhar Nejc Lavrič ...': the clause of time
        # before the comma holds no subject of the sentence
        lead_end = sentence.first - 1
        if tokens[sentence.first].norm in _SUBORDINATORS:
            lead_end = next(
                (k for k in range(sentence.first + 1, sentence.last + 1) if tokens[k].text == ","), sentence.first - 1
            )
        # ('DOLAC KUTJEVAČKI – Na klupi sjedi Mato Lovrić': the dateline's place is no subject)
        lead_end = max(lead_end, self._after_dateline(sentence.first, sentence.last) - 1)
        kin_spoken_of = False
        while i < sentence.last:
            token, following = tokens[i], tokens[i + 1]
            mention = None
            if in_quote[i] or not token.is_word:
                i += 1
                continue
            if self.family == "en" and token.text.endswith(("'s", "’s")) and following.is_capitalized:
                i += 1  # "Slovenia's Luka Vodušek seized the yellow jersey": whose he is, then who
                continue
            if (
                self.family == "en"
                and first_person is None
                and i <= sentence.first + 2
                and token.is_capitalized
                and following.is_word
                and not following.is_capitalized
                and (possessor := self._named_possessor(i)) is not None
            ):
                # 'The elder Pruitt's account of the decline is not complicated. Warmer water, he argued, ...': the
                # one named before, whose view the sentence opens on
                first_person = possessor
                i += 1
                continue
            if token.is_capitalized:
                base = self._noun_base(token)
            else:
                base = lower_bases.get(token.norm) or self._lower_base(token)
            if (
                base in lx.ROLES
                or (token.is_capitalized and base in lx.ORGANIZATION_NOUNS and self.family != "en")
                or (i == sentence.first and token.norm in lx.GROUPS and self.family != "en")
            ):
                mention = self._described(i, sentence.last)  # ('Skupnost občin Slovenije': a body, by its noun)
                if mention.kind == "anonymous" and self._what_one_is(mention):
                    mention = None
            elif token.is_capitalized and self._titles_a_name(i, sentence.last):
                mention = self._named(i + 1, sentence.last)  # 'Smučarka Ema Zorko': a role, then the name
                if not self._after_preposition(i):
                    mention.first, mention.role = i, token.text
            elif (
                (
                    (
                        token.is_capitalized
                        and following.is_capitalized
                        and following.is_word
                        and self._is_name_start(i, sentence.first)
                    )
                    or (
                        token.is_capitalized and self._surname_known(token.norm)
                    )  # 'Pečar se je oglasil na Instagramu.'
                    # 'Dennis is more guarded.': a first name alone, for someone the text calls by it
                    or (
                        token.is_capitalized
                        and (
                            _FIRST_NAMES.get(token.norm) in ("m", "f")
                            or token.norm in self.single_names
                            or token.norm in self.given_names  # ('Mira' after 'Mira Castellanos')
                        )
                        and not following.is_capitalized
                        # ('Sonja je v tovarni začela ...' after 'Sonja Lipovšek': whom the feature calls by it;
                        # 'Farid je delal kot prevajalec' after 'z možem Faridom')
                        and (self.family == "en" or i == sentence.first)
                    )
                    # 'Lachie, 26, came home to help.', 'Meera, who is 14, grins': one name and the age set after it
                    or (
                        token.is_capitalized
                        and following.text == ","
                        and i + 3 <= sentence.last
                        and (
                            (tokens[i + 2].text.isdigit() and tokens[i + 3].text == ",")
                            or (
                                i + 4 <= sentence.last
                                and tokens[i + 2].norm == "who"
                                and tokens[i + 3].norm in ("is", "was")
                                and tokens[i + 4].text.isdigit()
                            )
                        )
                    )
                )
                and not self._modifies_role(i, sentence.last)
                and not (
                    # 'prebivalci Spodnjih Lokev': the genitive of a noun names a place or body, not a person
                    i > sentence.first
                    and tokens[i - 1].is_word
                    and not tokens[i - 1].is_capitalized
                    and self._noun_base(tokens[i - 1]) in _DESCRIBING
                    and token.norm not in _FIRST_NAMES  # ('kandidatkinja koalicije Vesna Milutinović' is a name)
                )
            ):
                mention = self._named(i, sentence.last)
            if mention is None:
                i += 1
                continue
            if (
                self.family == "en"
                and mention.kind == "person"
                and not mention.role
                and tokens[mention.last].text.endswith(("'s", "’s"))
                and mention.last < sentence.last
                and tokens[mention.last + 1].is_word
                and not tokens[mention.last + 1].is_capitalized
                and _norm_words(mention.name)[0] not in _FIRST_NAMES
                and self._headline(sentence)
            ):
                # "New Alzheimer's drug to be available": in a headline, whose (or what) the thing is, no one the lead
                # goes on about
                i = mention.last + 1
                continue
            if mention.kind == "person" and mention.role and mention.name.isalpha() and mention.name[:1].isupper():
                self.single_names.add(mention.name.lower())  # ('z možem Faridom': 'Farid' alone, later, is him)
            if (
                self.family == "en"
                and mention.kind == "person"
                and mention.role
                and mention.first > sentence.first
                and tokens[mention.first - 1].norm in ("her", "his", "their")
                and any(t.norm in ("she", "he", "they") for t in tokens[sentence.first : mention.first - 1])
            ):
                i = mention.last + 1  # ('she and her son Cody have spent ...': she is the one followed, not her son)
                continue
            if (
                mention.kind == "person"
                and mention.role
                and mention.name.lower() == mention.role.lower()
                and (
                    self._noun_base(tokens[max(mention.head, mention.first)]) in _KIN
                    or (
                        self._noun_base(tokens[max(mention.head, mention.first)]) in _KIN_WHOSE
                        and tokens[mention.first].norm in _POSSESSIVES
                    )
                    # ('Her partner works in Galway, and she has not had a week off': hers, spoken of)
                    or (
                        self.family == "en"
                        and tokens[max(mention.head, mention.first)].norm in _EN_RELATIVES | {"partner"}
                        and tokens[mention.first].norm in ("her", "his")
                        and self.people_by_role.get(self._role_base(mention.role)) is None
                        and self._name_after_role(mention.last, sentence.last) is None
                        # (someone else is the sentence's subject after it: '..., and she has not had ...')
                        and any(t.norm in ("she", "he") for t in tokens[mention.last + 1 : sentence.last + 1])
                    )
                )
            ):
                i = mention.last + 1  # ('Mož je umrl pred tremi leti.': her husband, spoken of, not whom she is)
                kin_spoken_of = True
                continue
            if (
                mention.kind == "person"
                and mention.role
                and mention.name.lower() == mention.role.lower()
                and (described := self._aged_epithet(mention, mention.gender if mention.gender == "f" else "m"))
            ):
                # 'Rok Kumer je drugačna zgodba. Sedemindvajsetletni strojni inženir je delal ...': still him
                mention = replace(described, first=mention.first, last=mention.last, head=mention.head)
            elif (
                self.family != "en"
                and mention.kind == "person"
                and mention.first == sentence.first
                and not mention.name[:1].isupper()
                and self._unnamed(mention, sentence.last)
            ):
                # 'Pacientka iz okolice Slovenske Bistrice, ki je želela ostati neimenovana, čaka ... »...,« pravi
                # 68-letnica': someone the text will not name, whom the sentences after follow
                mention = replace(mention, name=f"anonymous source ({mention.name})", kind="anonymous")
            if (
                self.family == "en"
                and mention.kind == "person"
                and mention.role
                and mention.name.lower() == mention.role.lower()
                and (after_role := self._name_after_role(mention.last, sentence.last)) is not None
            ):
                # 'Her husband, Yannis, drives a pickup.': the name set after the role is whom 'he' takes up later
                # (and whom 'Her husband' alone means later on)
                mention = replace(after_role, role=mention.role)
                if (base := self._role_base(mention.role or "")) in _EN_RELATIVES:
                    self.people_by_role[base] = mention
            elif (
                self.family == "en"
                and mention.kind == "person"
                and mention.role
                and mention.name == mention.role
                and mention.name[:1].isupper()
                and not self._governed(mention)
                and (base := self._role_base(mention.role)) in _EN_RELATIVES
                and (holder := self.people_by_role.get(base)) is not None
                and holder.name != holder.role
            ):
                # 'Her father, characteristically, is looking further ahead. He says ...': the one named her father
                mention = replace(holder, first=mention.first, last=mention.last, head=mention.head)
            if (
                mention.kind == "person"
                and _local_demonym(tokens[mention.last].norm, self.family)
                and (local := self._local_named(mention)) is not None
            ):
                # 'Luka Stefanović osvojio je turnir. Mladi Čačanin je u finalu spasao ...': he, by his town
                mention = replace(local, first=mention.first, last=mention.last, head=mention.head)
            if (
                named is not None
                and mention.kind == "person"
                and mention.name == mention.role
                and self._in_apposition(named, mention)
            ):
                # 'The chorus was started by Linda Okonkwo-Hart, a retired Air Force nurse. She says ...': the role
                # set after a name describes the one named, whom 'she' takes up
                mention = replace(named, first=mention.first, last=mention.last, head=mention.head)
            if (
                (first_person is None or (not first_nominative and self._nominative(mention)))
                and mention.kind in ("person", "organization")
                and mention.name[:1].isupper()
                and mention.first > lead_end
                and not self._governed(mention)
                # ('the second reading of the Rivers and Coastal Waters Bill': a law's title, no one who speaks)
                and not (self.family == "en" and mention.first < mention.last and tokens[mention.last].norm in _LAWS)
            ):
                # 'Pomisleke ima tudi Skupnost občin Slovenije. V mnenju so zapisali, da ...': a body too; one in the
                # nominative before one declined ('Glavnu ulogu, učiteljicu Anu, tumači Jovana Mrkšić. Ona je ...')
                first_person = mention
                first_nominative = self.family == "en" or self._nominative(mention)
            elif (
                self.family == "en"
                and first_person is not None
                and mention.kind == "person"
                and (opening := mention.first - (tokens[mention.first - 1].norm in _EN_TITLES)) >= 2
                and tokens[opening - 1].norm in ("and", "but")
                and tokens[opening - 2].text == ","
                and not self._governed(mention)
                and mention.last < sentence.last
                and tokens[mention.last + 1].is_word
                and not tokens[mention.last + 1].is_capitalized
            ):
                # 'His father, Kandiah, ran a shop, and Mr Tharmalingam still follows the rule.': the subject of the
                # clause after the comma is the one the sentence ends on
                first_person = mention
            elif (
                first_person is None
                and mention.kind == "person"
                and mention.role
                and mention.name == mention.role
                and not self._governed(mention)
                and (holder := self.people_by_role.get(self._role_base(mention.role))) is not None
                and self._same_role(mention.role, holder.role or "")
            ):
                # 'The governor brushed off the criticism. "...," he said.': the holder of the role named before
                first_person = holder
                first_nominative = self.family == "en" or self._nominative(mention)
            elif (
                first_person is None
                and self.family != "en"
                and mention.kind == "person"
                and mention.role
                and mention.name.lower() == mention.role.lower()
                and (
                    mention.first == sentence.first
                    # ('Drugi sosed', 'Ena od sosed': a word before the noun that says which)
                    or (
                        mention.first == sentence.first + 1
                        and (
                            tokens[sentence.first].norm in ("drugi", "druga", "en", "ena", "jedan", "jedna", "neki")
                            or _adjective(tokens[sentence.first].norm, self.family)
                        )
                    )
                )
                and mention.last < sentence.last
                and tokens[mention.last + 1].norm in lx.AUXILIARIES[self.family]
            ):
                # 'Drugi sosed je bil manj presenečen. »...,« je dejal.': someone named by what they are, the
                # subject of the sentence before, whom no one before held that role
                first_person = mention
                first_nominative = True
            elif (
                first_person is None
                and mention.kind == "group"
                and mention.first == sentence.first
                and self.family != "en"
                and not self._governed(mention)
            ):
                # 'Krajani so svetnikom predali pismo. V njem so zapisali, da ...': a group the sentence is about
                first_person = mention
                first_nominative = True
            elif first_person is None and mention.kind == "anonymous" and not self._governed(mention):
                # 'A senior officer, who spoke on condition of anonymity, gave a different picture. The boat was
                # spotted on Sunday, he told AFP': the unnamed source is whom 'he' takes up
                first_person = mention
                first_nominative = True
                if (
                    named is not None
                    and "," in (tokens[mention.first - 1].text, tokens[mention.first - 2].text)
                    and 0 < mention.first - named.last <= 6
                ):
                    # 'For Pamela Atieno, 42, a mother of five ..., the losses are heavy': the description is hers
                    first_person = named
            if mention.kind == "person" and " " in mention.name and mention.name[:1].isupper():
                named = mention
                if (
                    first_person is None
                    and self.family == "en"
                    and mention.first == sentence.first + 1
                    and tokens[sentence.first].norm == "for"
                ):
                    # 'For Anjali Nair, 26, the calculation is partly about rent. She said ...': whom it is about
                    first_person = mention
            i = max(i + 1, mention.last + 1)  # (always forward: a name found may end before where it began)
        if (
            self.family != "en"
            and first_person is not None
            and named is not None
            and first_person.kind == "person"
            and named.first > first_person.last
            and _norm_words(first_person.name)[:1] != _norm_words(named.name)[:1]
            and not any(w in _FIRST_NAMES for w in _norm_words(first_person.name))
            and any(t.norm in _COPULAS for t in tokens[first_person.last + 1 : named.first])
        ) or (
            self.family != "en"
            and first_person is None
            and named is not None
            and named.first - 1 > sentence.first
            and tokens[named.first - 1].norm in _COPULAS
            and tokens[named.first - 2].norm in lx.AUXILIARIES[self.family]
        ):
            # 'Najboljši Slovenec v skupnem seštevku je bil na koncu Tilen Rozman', 'Ena prvih slušateljic je bila
            # Olena Kravčenko': who is described, by name
            first_person = named
        held = self.previous_subject if self.previous_subject is not None else self.previous_subject_for_now
        # 'Chelmsford manager Tom Aldridge refused to blame the referee. "...," he said.'
        if (
            first_person is None
            and any(
                t.norm in _HIS_OR_HER
                or t.norm in ("he", "she", "him")
                or (self.family != "en" and t.norm in _HIM_OR_HER)  # ('Skrbi jo predvsem dodatno delo.')
                for t in tokens[sentence.first : sentence.last + 1]
            )
        ):
            # 'Lorraine Fifield was filling sandbags. Her house flooded in 2023. "...," she said.': the sentence
            # between names no one and speaks of her (of the subject of the sentence before, still held; in a
            # sentence whose verb said nothing that could be kept, the one held before it: 'She recalls the day ...')
            first_person = held
        if (
            first_person is None
            and held is not None
            and held.kind == "person"
            and (
                kin_spoken_of  # (the sentence was about her husband: she is still the one followed)
                or (self.family == "en" and self._aged_opening(sentence))
                or self._still_about(held, sentence)
            )
        ):
            first_person = held
        if (
            first_person is None
            and named is not None
            and any(
                t.norm in ("z", "s", "sa", "with") for t in tokens[max(sentence.first, named.first - 3) : named.first]
            )
            and any(t.norm.startswith(_INTERVIEW_VERBS) for t in tokens[sentence.first : sentence.last + 1])
        ):
            # 'Z glavnim trenerjem Andrejem Kolaričem smo se pogovarjali o sezoni. Kot pravi, je ...': the one the
            # reporter talked with is whom the next sentences follow
            first_person = named
        self.previous_subject = first_person

    def _named_possessor(self, k: int) -> Mention | None:
        """ "Pruitt's", "Pike's": the person named in full before, in the possessive at token `k`."""
        token = self.tokens[k]
        if not token.text.endswith(("'s", "’s")):
            return None
        full = self.full_names.get(token.norm.removesuffix(" s"))
        if full is None:
            return None
        gender = next((m.gender for m in reversed(self.recent) if m.name == full), "?")
        return Mention(k, k, full, "person", gender, None, k, [])

    def _in_apposition(self, named: Mention, role: Mention) -> bool:
        """'Linda Okonkwo-Hart, a retired Air Force nurse', 'Marcus Bell, 41, a former medic': an English role
        noun phrase set off by a comma right after a name (its age between) says what the one named is."""
        tokens = self.tokens
        if self.family != "en" or tokens[named.last + 1].text != ",":
            return False
        j = named.last + 2
        if j + 1 < role.first and tokens[j].text.isdigit() and tokens[j + 1].text == ",":
            j += 2
        return (
            j <= role.first
            and tokens[j].norm in ("a", "an", "the")
            and all(t.is_word and not t.is_capitalized for t in tokens[j + 1 : role.first])
        )

    def _what_one_is(self, mention: Mention) -> bool:
        """'She retrained as an electrician', 'He was a detective sergeant': a role someone has or had, after 'as a'
        or a copula, names no one who speaks."""
        tokens = self.tokens
        return (
            self.family == "en"
            and mention.first >= 2
            and tokens[mention.first - 1].norm in ("a", "an")
            and tokens[mention.first - 2].norm in _EN_BEING
        )

    def _aged_opening(self, sentence: Sentence) -> bool:
        """'Lachlan Petrie stayed. The 19-year-old apprentice joined at 11.': a sentence about the one named before,
        opened by an age."""
        tokens = self.tokens
        return (
            sentence.first + 1 < sentence.last
            and tokens[sentence.first].norm == "the"
            and _AGED.fullmatch(tokens[sentence.first + 1].norm) is not None
        )

    def _still_about(self, held: Mention, sentence: Sentence) -> bool:
        """'Rok Kumer je drugačna zgodba. Novo službo je našel v štirih dneh.', 'Pri enaintridesetih je ena redkih
        žensk z licenco.', 'The sky over Lake Erie is beginning to lighten.': a sentence without a subject whose
        participle agrees with the person held, or that has none and names no one, is still about him or her."""
        tokens = self.tokens
        # (English marks no gender on its verbs)
        gender = self._loose_participle_gender(sentence) if self.family != "en" else None
        by_name = _FIRST_NAMES.get((_norm_words(held.name) or [""])[0])
        if gender is not None:
            return gender in (held.gender, by_name) or (
                # ('Marinič o slovesu ne govori rad': a surname the text gave in full before, gender untold)
                held.gender == "?" and by_name is None and self._surname_known(_norm_words(held.name)[-1])
            )
        # (a person by a first name or a verb's gender, not a place read as a name)
        # (places after prepositions name no one: 'preči gozdove od Razdrtega do Col')
        return (by_name in ("m", "f") or held.gender in ("m", "f")) and not any(
            (t.is_capitalized and not self._in_place_phrase(t.index))
            or t.norm in ("so", "su", "sta")
            or self.in_quote[t.index]
            for t in tokens[sentence.first + 1 : sentence.last + 1]
        )

    def _in_place_phrase(self, k: int) -> bool:
        """A capitalised word of a name after a preposition: 'od Razdrtega do Col', 'over Lake Erie'."""
        prepositions = _PREPOSITIONS_OF[self.family]
        while k > 0 and self.tokens[k - 1].is_capitalized and self.tokens[k - 1].is_word:
            k -= 1
        return k > 0 and self.tokens[k - 1].norm in prepositions and not self.tokens[k - 1].is_capitalized

    def _name_after_role(self, role_last: int, last: int) -> Mention | None:
        """The person named in commas after a role or kin: 'her husband, Yannis,', "Mr. Pressman's daughter, Janet"."""
        tokens = self.tokens
        if role_last + 1 <= last and tokens[role_last + 1].norm == "of":
            # 'The chairman of the Regional Assembly, Dario Vukas,', 'Its director of policy, Hannah Greer,': past
            # the body or the field the role is of
            role_last = next(
                (
                    k - 1
                    for k in range(role_last + 2, min(last, role_last + 9) + 1)
                    if not tokens[k].is_word
                    or not (
                        tokens[k].is_capitalized
                        or tokens[k].norm in ("the", "of", "and")
                        or (
                            k <= role_last + 3
                            and tokens[k].norm not in lx.EN_VERBS
                            and tokens[k].norm not in _EN_FINITE
                        )
                    )
                ),
                last,
            )
        start = role_last + 2
        if start <= last and tokens[role_last + 1].text == "," and tokens[start].norm == "the":
            # 'Her coach, the Ukrainian grandmaster Dmytro Sokolenko,': the description, then the name
            start = next(
                (
                    k
                    for k in range(start + 1, min(last, start + 5) + 1)
                    if tokens[k].is_capitalized and _FIRST_NAMES.get(tokens[k].norm) in ("m", "f")
                ),
                last + 1,
            )
            if any(not t.is_word for t in tokens[role_last + 3 : start]):
                return None
        if not (
            start <= last
            and tokens[role_last + 1].text == ","
            and tokens[start].is_capitalized
            and tokens[start].is_word
        ):
            return None
        named = self._named(start, last)
        if named.kind != "person" or named.last > last:
            return None
        if named.last < last and tokens[named.last + 1].text not in (",", ".", ";"):
            return None  # ('his daughter, Janet Rowe said ...' is not an apposition)
        return named

    def _after_preposition(self, i: int) -> bool:
        return i > 0 and self.tokens[i - 1].norm in PREPOSITIONS and not self.tokens[i - 1].is_capitalized

    def _is_name_start(self, i: int, sentence_first: int) -> bool:
        token = self.tokens[i]
        if self.family != "en" and token.norm == "nato" and not token.text.isupper():
            return False  # 'Nato doda, da ...': then, not the alliance
        if len(token.text) == 1 and self._initials_at(i):
            return True
        if (
            (token.text in _IRISH_PARTICLES or (self.family == "en" and token.text == "Te"))
            and i + 1 < len(self.tokens)
            and self.tokens[i + 1].is_capitalized
        ):
            return True  # 'Ó Gallchóir, who is 61, says', 'Te Rangi closes the hive': a surname's particle
        if (
            token.norm in lx.NOT_NAMES
            and token.norm not in lx.ORGANIZATION_NAMES
            and not self._first_name_at(i)
            and not (token.is_capitalized and self._surname_known(token.norm))  # 'je dejal Petek' (Marko Petek)
            # 'the Democratic League of Kosovo', 'the National Front': an adjective opening a body's name
            and not (
                self.family == "en"
                and token.is_capitalized
                and token.norm not in _EN_DETERMINERS
                and i + 1 < len(self.tokens)
                and self.tokens[i + 1].is_capitalized
                and self.tokens[i + 1].norm in lx.ORGANIZATION_NOUNS
            )
        ):
            return False
        if token.norm in _POSSESSIVES:
            return False  # 'Njeno zagotovilo, da ...': whose, opening the sentence
        if (
            self.family == "en"
            and token.norm in _EN_TITLES
            and i + 1 < len(self.tokens)
            and self.tokens[i + 1].is_capitalized
            and self.tokens[i + 1].is_word
            and i + 2 < len(self.tokens)
            and self.tokens[i + 2].is_capitalized  # (not 'Cllr Brennan and Cllr Tierney': title and surname)
        ):
            return False  # 'Aunty Joan Walker', 'Fr Tomás Ó Ceallaigh': a title, then the name
        if self.family != "en" and token.norm.endswith(_AGE_ADJECTIVES):
            return False  # 'Triinšestdesetletni Ferjančič je ...': his age, then the name
        if i > 0 and not self.tokens[i - 1].is_capitalized and self.tokens[i - 1].norm in _WORKS_NAMED:
            # 'njegova knjiga Tišina pred odskokom': a book's title, no one's name (not 'Prevajalka romana Urška
            # Petek', whose role is of the novel, nor 'oddaja Tarča', a programme that reports)
            return False
        if self.family == "en" and token.norm == "said":
            return False  # 'Said Priya Venkataraman, the group's director: "..."': the verb, inverted
        if len(token.text) == 1 and token.text != "X":
            return False
        following = self.tokens[i + 1] if i + 1 < len(self.tokens) else None
        if (
            following is not None
            and following.is_word
            and not following.is_capitalized
            and self.family != "en"
            and token.norm.endswith(("ov", "ev", "in", "ova", "eva", "ina"))
            and self._noun_base(following) in lx.ROLES
        ):
            return False  # 'Vrbančev odvjetnik': a possessive, whose role noun is the speaker
        if (
            self.family != "en"
            and token.norm.endswith(("ih", "ijih"))
            and len(token.norm) >= 5
            and not token.text.isupper()  # ('tužilac BiH')
            and token.norm not in _FIRST_NAMES
            and i > sentence_first
            and self._noun_base(self.tokens[i - 1]) in lx.ROLES
            and (following is None or not following.is_capitalized)
        ):
            return False  # 'strateg Plavih je odgovorio': a team by its nickname in the genitive plural
        if (
            i + 1 < len(self.tokens)
            and f"{_stem_of(token.norm)} {_stem_of(self.tokens[i + 1].norm)}" in _ORGANIZATION_PAIRS
        ):
            return True  # 'Crveni krst Srbije saopštio je': a body's name, an adjective and a noun in lower case
        sentence_initial = i == sentence_first or self.tokens[i - 1].text in _QUOTES_DASHES_AND_COLON
        if not sentence_initial:
            return True
        following = self.tokens[i + 1] if i + 1 < len(self.tokens) else None
        if (
            self.family != "en"
            and i + 2 < len(self.tokens)
            and self.tokens[i + 1].norm in lx.AUXILIARIES[self.family]
            and self.tokens[i + 2].text == ","
            and i + 3 < len(self.tokens)
            and self.tokens[i + 3].norm in _RELAY_VERBS
            and token.norm[:5] not in self.lower_stems
            and token.norm not in lx.NOT_NAMES
        ):
            return True  # 'Hodžić je, prenosi Fena, rekao': the subject, its auxiliary, then an aside before the verb
        if self._verb_follows(i) and (self.family == "en" or token.norm[:5] not in self.lower_stems):
            # 'Smith told the BBC ...', 'Novak je dejal': a capitalised word before a reporting verb, unless the
            # text uses it in lower case too ('Pogovor je označila ...' — 'pogovori' elsewhere)
            return True
        if (
            len(token.text) >= 2
            and token.text.isupper()
            and following is not None
            and following.is_word
            and following.text.islower()
        ):
            return True  # 'AMZS voznikom svetuje': an acronym is a name, whatever word comes after it
        if token.is_word and not token.text.isupper() and any(c.isupper() for c in token.text[1:]):
            return True  # 'NatureScot, the government's nature agency, said': a name written as no word is
        relative_after = (
            (  # 'Kramar, who has lobbied ...': a relative clause about a person ('ki' may be a thing's)
                following is not None
                and following.text == ","
                and i + 2 < len(self.tokens)
                and self.tokens[i + 2].norm == "who"
            )
            or (
                # 'Whitcomb, in a statement released by the university, called ...': a word the text never writes in
                # lower case, set off by a comma, opens the sentence as its subject
                self.family == "en"
                and following is not None
                and following.text == ","
                and token.norm[:5] not in self.lower_stems
                and len(token.text) > 3
            )
        )
        return (
            relative_after
            or token.norm in self.mid_capitalized
            or self._surname_known(token.norm)
            or token.norm in lx.ORGANIZATION_NAMES
            or (
                following is not None
                and following.is_word
                and following.is_capitalized
                and following.norm not in lx.NOT_NAMES
            )
            or self._stem_known(token.norm)
        )

    def _initials_at(self, i: int) -> bool:
        """'M. K. je v zadnji besedi dejal': a person the court report names by initials only."""
        tokens = self.tokens
        return (
            self.family != "en"
            and i + 3 < len(tokens)
            and tokens[i].text.isupper()
            and tokens[i + 1].text == "."
            and len(tokens[i + 2].text) == 1
            and tokens[i + 2].text.isupper()
            and tokens[i + 3].text == "."
        )

    def _possessive_of_surname(self, norm: str) -> bool:
        """A possessive adjective made of a surname the text gave, in a case other than the nominative a woman's
        surname takes ('Obradovićeve', 'Novakovega', not 'Markovićeva')."""
        if self.family == "en":
            return False
        if not self.full_names or not norm.endswith(_POSSESSIVE_ENDINGS):
            return False  # (what `_POSSESSIVE` can match ends so)
        match = _POSSESSIVE.fullmatch(norm)
        return match is not None and match[1] in self.full_names

    def _looks_like_cue(self, i: int) -> bool:
        norm = self.tokens[i].norm
        return norm in self.participles or norm in self.present or norm in lx.AUXILIARIES[self.family]

    def _first_name_at(self, i: int) -> bool:
        """A first name that is also a common word ('Maja', 'Vera', 'Mark'), followed by a surname."""
        following = self.tokens[i + 1] if i + 1 < len(self.tokens) else None
        return (
            (self.tokens[i].norm in _FIRST_NAMES or self.tokens[i].norm in _AMBIGUOUS_FIRST_NAMES)
            and following is not None
            and following.is_word
            and following.is_capitalized
            and following.norm not in lx.NOT_NAMES
            and following.start - self.tokens[i].end <= 1
        )

    def _some_people(self, i: int) -> bool:
        """English: 'Some learners complain', 'Many commuters say': a plural of people after a word of how many,
        then a verb of saying (next, or after one adverb)."""
        tokens = self.tokens
        return (
            self.family == "en"
            and i > 0
            and i + 2 < len(tokens)
            and tokens[i - 1].norm in _EN_SOME
            and tokens[i].norm.endswith(_EN_PEOPLE_PLURALS)
            and (tokens[i + 1].norm in lx.EN_VERBS or tokens[i + 2].norm in lx.EN_VERBS)
        )

    def _modifies_role(self, i: int, last: int) -> bool:
        """English: a capitalised word, not a first name, right before a lower-case role or organization noun."""
        if self.family != "en" or i + 1 > last or self.tokens[i].norm in _FIRST_NAMES:
            return False
        following = self.tokens[i + 1]
        if following.is_word and not following.is_capitalized and following.norm in _DESCRIBING:
            return True
        k = i + 1  # 'Sinn Féin councillor Aoife Brennan', 'Fine Gael councillor': a party of two words, then the role
        while k <= min(last, i + 3) and self.tokens[k].is_capitalized and self.tokens[k].norm not in _FIRST_NAMES:
            k += 1
        if k + 2 <= last and self.tokens[k].text == "(" and self.tokens[k + 2].text == ")":
            k += 3  # 'The New Slovenia (NSi) leader': the party's short name between
        if (
            k > i + 1
            and k <= last
            and self.tokens[k].is_word
            and not self.tokens[k].is_capitalized
            and self.tokens[k].norm in lx.ROLES
        ):
            return True
        # 'British furniture retailer Pembury Home', 'the London-listed copper miner': a nationality or a compound
        # adjective and a noun before the role
        return (
            (
                self.tokens[i].norm.endswith(_DEMONYM_ENDINGS)
                or "-" in self.tokens[i].text
                # 'Leeds city council', 'Kerry county council': a place, then its body in lower case
                or following.norm in _EN_LOCAL_AREAS
            )
            and i + 2 <= last
            and following.is_word
            and not following.is_capitalized
            # ('Brennan said parents would ...': a surname and its verb)
            and following.norm not in lx.EN_VERBS
            and not self._surname_known(self.tokens[i].norm)
            and self.tokens[i + 2].is_word
            and not self.tokens[i + 2].is_capitalized
            and self.tokens[i + 2].norm in _DESCRIBING
        )

    def _opens_role(self, i: int, last: int) -> bool:
        """A capitalised adjective opening a sentence, before a role noun: 'Specijalni izaslanik ...'."""
        if self.family == "en" or i + 1 >= len(self.tokens) or not _adjective(self.tokens[i].norm, self.family):
            return False
        k = i + 1
        # over more adjectives: 'Avstrijski kmetijski minister Markus Leitner'
        while (
            k < min(len(self.tokens) - 1, i + 3)
            and self.tokens[k].is_word
            and not self.tokens[k].is_capitalized
            and _adjective(self.tokens[k].norm, self.family)
            and self._noun_base(self.tokens[k]) not in lx.ROLES
        ):
            k += 1
        following = self.tokens[k]
        return following.is_word and not following.is_capitalized and self._noun_base(following) in lx.ROLES

    def _dateline(self, i: int, first: int) -> bool:
        """'BELGRADE, May 21 (Reuters) -', 'SARAJEVO –': the place an agency story was filed from."""
        token = self.tokens[i]
        if (
            first + 2 <= i <= first + 3
            and self.tokens[i - 1].text == "/"
            and self.tokens[i - 2].text.isupper()
            and len(self.tokens[i - 2].text) > 2
        ):
            first = i  # 'TOKYO/DETROIT, June 11 (Reuters) -': the second place of a story filed from two
        if not (i <= first + 1 and token.text.isupper() and len(token.text) > 2 and i + 2 < len(self.tokens)):
            return False
        following, after = self.tokens[i + 1], self.tokens[i + 2]
        if following.text == "/" and after.text.isupper() and len(after.text) > 2:
            return True  # 'TOKYO/DETROIT, June 11 (Reuters) -'
        if following.text == ",":  # a date follows, not an apposition ('KFOR, the NATO-led mission, said')
            return after.is_capitalized or after.text[:1].isdigit()
        return following.text in ("-", "–", "—", "(")

    def _verb_follows(self, i: int) -> bool:
        auxiliaries = lx.AUXILIARIES[self.family]
        for k in range(i + 1, min(len(self.tokens), i + 6)):
            norm = self.tokens[k].norm
            if (
                norm in self.participles or norm in self.present or (self.family == "en" and norm in lx.EN_VERBS)
            ) and not self.in_quote[k]:
                return True
            # 'Novak je dejal', and after the auxiliary a few small words: 'Novak je ob tem dodal'
            if norm not in auxiliaries and not (k > i + 1 and norm in SKIPPABLE):
                return False
        return False

    def _surname_known(self, norm: str) -> bool:
        """A surname the text gave with a first name before ('Marković', 'Markovićeva' after 'Jasmina Marković',
        'Grošljeva' after 'Nika Grošelj', whose 'e' drops out)."""
        if not self.full_names:
            return False  # (no full name yet: nothing to look up)
        return self._known_surname(norm) is not None

    def _known_surname(self, norm: str) -> str | None:
        """The full name the text gave for a surname, in any case, or as a woman's surname ('Grošljeva')."""
        stems = [
            norm.removesuffix(ending)
            # ('Pečarjeva' after 'Katja Pečar': the woman's form of a surname in -r takes '-jeva')
            for ending in ("", "jeva", "eva", "ova", "jev", "ev", "ov", "a", "u", "om", "em")
        ]
        for stem in stems:
            if stem in self.full_names:
                return self.full_names[stem]
        if self.family != "sl":
            return None
        if self.unfolded:  # (the names given since the last call, each read once: not the whole list again)
            for known, full in self.unfolded:
                for k in range(max(1, len(known) - 4), len(known) - 1):
                    if known[k] == "e":
                        self.fleeting.setdefault(known[:k] + known[k + 1 :], full)  # 'Grošelj' → 'Grošlj-eva'
            self.unfolded.clear()
        return next((self.fleeting[stem] for stem in stems if stem in self.fleeting), None)

    def _stem_known(self, norm: str) -> bool:
        for e in _CASE_ENDINGS_ENDING_IN.get(norm[-1:], ()):  # (only these can end it)
            if norm.endswith(e) and norm[: -len(e)] in self.mid_capitalized:
                return True
        return False

    def _named(self, i: int, last: int) -> Mention:
        tokens = self.tokens
        if i + 3 <= last and self._initials_at(i):
            return Mention(i, i + 3, self._span_text(i, i + 3), "person", "?", head=i + 2)  # 'M. K.'
        while i >= 2 and tokens[i - 1].norm in _NAME_PARTICLES and not tokens[i - 1].is_capitalized:
            i -= 1  # 'said von der Leyen', 'je van Doorn povedal': the particles belong to the surname
        if tokens[i].norm in _NAME_PARTICLES and not tokens[i].is_capitalized and tokens[i - 1].is_capitalized:
            i -= 1  # 'Ursula von der Leyen' met from its particles
        if (
            self.family != "en"
            and i + 1 <= last
            and tokens[i + 1].is_capitalized
            and tokens[i + 1].is_word
            and (i + 2 > last or tokens[i + 2].is_capitalized or self._surname_known(tokens[i + 1].norm))
            and self.lemmatizer is not None
            and tokens[i].norm not in _FIRST_NAMES
            and self._lemmatized_noun(tokens[i].norm) in _DESCRIPTIVE_NOUNS
        ):
            person = self._named(i + 1, last)  # 'Španec Tomás Ibarra': his nationality, then his name
            if person.kind == "person":
                person.role = tokens[i].text
                if " " in person.name:
                    person.first = i  # (a surname alone stays itself, to meet the name given in full before)
                return person
        j = i
        while j + 1 <= last and not self.in_quote[j + 1] and tokens[j + 1].start - tokens[j].end <= 1:
            if (
                self.family == "en"
                and tokens[j].norm in _EN_PLACE_ABBREVIATIONS
                and tokens[j + 1].text == "."
                and j + 2 <= last
                and tokens[j + 2].is_capitalized
                and tokens[j + 2].is_word
            ):
                j += 2  # 'St. Louis County', 'Mt. Hood': the abbreviation's full stop is inside the name
                continue
            if (
                self.family == "en"
                and j == i + 1
                and tokens[j].text.endswith(("'s", "’s"))
                and tokens[i].norm not in lx.ORGANIZATION_NOUNS
                and tokens[i].norm not in ("st", "saint")  # ("St Colman's Community College": a school's name)
            ):
                # "Prime Minister Martins Berzins's Civic Alliance": a name of two words ends at its possessive
                break
            if (
                self.family == "en"
                and j + 2 <= last
                and self._possessive_apostrophe(j + 1)
                and tokens[j + 2].is_capitalized
                and tokens[j + 2].is_word
            ):
                j += 2  # "the Republika Srpska Veterans' Organisation": a plural's possessive inside the name
                continue
            particles = j + 1
            while particles <= min(last, j + 3) and tokens[particles].norm in _NAME_PARTICLES:
                particles += 1  # 'Ursula von der Leyen', 'Frank de Boer': lower-case words inside a name
            if (
                particles > j + 1
                and particles <= last
                and tokens[particles].is_capitalized
                and tokens[particles].is_word
                and not tokens[j + 1].is_capitalized
            ):
                j = particles
                continue
            if (
                self.family == "en"
                and j + 2 <= last
                and tokens[j + 1].norm == "and"
                and tokens[j + 2].is_capitalized
                and tokens[j + 2].is_word
                and tokens[j + 2].norm not in _FIRST_NAMES
                and (
                    any(tokens[k].norm in ("of", "for") for k in range(max(0, i - 1), j))
                    # 'Irish Nurses and Midwives Organisation': one body, its noun at the end
                    or any(
                        tokens[k].norm in lx.ORGANIZATION_NOUNS and tokens[k].is_capitalized
                        # ('Mid and West Wales Fire and Rescue Service')
                        for k in range(j + 2, min(last, j + 6) + 1)
                    )
                )
            ):
                j += 2  # 'Department of Health and Social Care': the body's name goes on after 'of'
                continue
            if (
                self.family == "en"
                and (self._list_of_fields(j + 1, last) or (tokens[j - 1].text == "," and tokens[j + 1].norm == "and"))
                and j + 3 <= last
                and tokens[j + 2 + (tokens[j + 2].norm == "the")].is_capitalized
                and any(tokens[k].norm in ("of", "for") for k in range(max(0, i - 1), j))
            ):
                # 'Ministry of Housing, Communities and Local Government', 'Department of Agriculture, Food and the
                # Marine': the fields of a body's name listed, the last with its article
                j += 2 + (tokens[j + 2].norm == "the")
                continue
            if (
                self.family == "en"
                and j == i
                and j + 2 <= last
                and (tokens[i].norm in lx.ORGANIZATION_NOUNS or tokens[i].norm in _EN_INSTITUTIONS)
                and tokens[j + 1].norm in ("of", "for")
                and tokens[j + 2].is_capitalized
                and tokens[j + 2].is_word
            ):
                j += 2  # 'Bureau of Meteorology', 'Department for Education': a body's noun, then its name
                continue
            if not (
                tokens[j + 1].is_word
                and tokens[j + 1].is_capitalized
                and (
                    tokens[j + 1].norm not in lx.NOT_NAMES
                    or tokens[j + 1].text in _IRISH_PARTICLES  # 'Declan Ó Gallchóir', 'Áine Ní Bhriain'
                    or (self.family == "en" and tokens[j + 1].text == "Te")  # 'Hemi Te Rangi': a Māori name
                    or self._first_name_at(j + 1)
                    # 'Urška Petek', 'Marko Sreda': a surname that is a common word, after a first name
                    or (j == i and tokens[i].norm in _FIRST_NAMES and self.family != "en")
                )
                and j - i < (7 if self.family == "en" and tokens[i].norm not in _FIRST_NAMES else 3)
            ):
                break
            j += 1
            if (
                self.family == "en"
                and j + 2 <= last
                and tokens[j + 1].text == "&"
                and tokens[j + 2].is_capitalized
                and tokens[j + 2].is_word
            ):
                j += 2  # 'Alder & Finch', 'Marks & Spencer': one name
                continue
            if (
                self.family == "en"
                and j + 2 <= last
                and tokens[j + 1].norm in ("of", "for")
                and tokens[j + 2].is_capitalized
                and tokens[j + 2].is_word
                and tokens[j + 2].norm not in lx.NOT_NAMES
                and tokens[i].norm not in _FIRST_NAMES  # ('John of Gaunt' aside, people are not named so)
            ):
                j += 1  # 'Croatian Institute of Public Health', 'Bank of England', 'Department for Transport'
                continue
            if (
                j + 2 <= last
                and j > i
                and len(tokens[j].text) == 1
                and tokens[j + 1].text == "."
                and tokens[j + 2].is_capitalized
                and tokens[j + 2].is_word
            ):
                j += 1  # 'Jože P. Damijan', 'John F. Kennedy': a middle initial and its full stop
        if self.family == "en" and tokens[j].norm in lx.ROLES and j + 3 <= last and tokens[j + 1].norm in ("of", "for"):
            # 'Local Member of the Senedd Rhodri Llywelyn said': a title of a body, then the holder's name
            holder = next(
                (
                    p
                    for p in range(j + 3, min(last - 1, j + 8) + 1)
                    if tokens[p].is_capitalized
                    and tokens[p + 1].is_capitalized
                    and tokens[p - 1].is_capitalized
                    and (p + 2 > last or not tokens[p + 2].is_capitalized)
                    and all(t.is_word for t in tokens[j + 1 : p])
                ),
                None,
            )
            if holder is not None:
                person = self._named(holder, last)
                person.first, person.role = i, self._span_text(i, holder - 1)
                return person
        role_end = None
        for k in range(i, j):
            if tokens[k].norm in lx.ROLES:
                role_end = k
        if role_end is not None:  # "Ukraine's Foreign Minister Oksana Melnyk": a title in capitals, then the name
            person = self._named(role_end + 1, last)
            person.first, person.role = i, self._span_text(i, role_end)
            return person
        for k in range(i + 1, j + 1):  # 'Gradnje Sušnik Boris Vidmar': a first name starts a new name
            if (
                _first_name_form(tokens[k].norm)
                and not _first_name_form(tokens[k - 1].norm)
                and not (tokens[k - 1].text == "." and tokens[k - 2].norm in _EN_PLACE_ABBREVIATIONS)  # ('St. Louis')
                # (not 'Carys Lloyd': an English first name the list lacks, then a surname that is a first name too)
                and not (self.family == "en" and k == i + 1 and k == j)
                # (nor a first name that ends a name of three words: 'Nordstrand Container Line')
                and not (self.family == "en" and k == j and k - i >= 2)
                # (nor one after 'of' inside a body's name: 'Maine Department of Marine Resources')
                and not (
                    self.family == "en"
                    and tokens[k - 1].norm in ("of", "for")
                    and (tokens[k - 2].norm in lx.ORGANIZATION_NOUNS or tokens[k - 2].norm in _EN_INSTITUTIONS)
                )
            ):
                if any(tokens[x].norm in lx.ROLES for x in range(i, k)):  # 'Finance Minister John Smith'
                    person = self._named(k, last)
                    person.first, person.role = i, self._span_text(i, k - 1)
                    return person
                j = k - 1
                break
        split = self._case_split(i, j)
        if split is not None:
            j = split  # 'predsednika Vladimirja Putina Kiril Dmitrijev': the genitive pair is a mention of its own
        words = [t for t in tokens[i : j + 1] if t.text != "."]
        if len(words) == 1 and self.acronyms:
            short = _latin(words[0].text).split("-")[0]  # ('u DU-u')
            if short in self.acronyms:
                return Mention(i, j, self.acronyms[short], "organization", "n", head=i)  # 'V DU so opozorili'
        if len(words) == 1 and _DECLINED_ACRONYM.match(_latin(words[0].text)):  # 'iz EPS-a', 'HNB-a'
            mention = Mention(i, j, _latin(words[0].text).split("-")[0], "organization", "n", head=i)
            self._named_organization(mention)
            return mention
        key = " ".join(t.norm for t in words)
        if key in lx.ORGANIZATION_NAMES:
            return Mention(i, j, lx.ORGANIZATION_NAMES[key], "organization", "n", head=i)
        if len(words) == 1 and j + 1 <= last and tokens[j + 1].is_word and not tokens[j + 1].is_capitalized:
            # 'Bela kuća', 'iz Bele hiše': a name whose second word is in lower case, in any case
            pair = f"{_stem_of(words[0].norm)} {_stem_of(tokens[j + 1].norm)}"
            if pair in _ORGANIZATION_PAIRS:
                name, end = _ORGANIZATION_PAIRS[pair], j + 1
                if (
                    end + 1 <= last
                    and tokens[end + 1].is_capitalized
                    and tokens[end + 1].is_word
                    and not self.in_quote[end + 1]
                    and tokens[end + 1].norm not in _FIRST_NAMES
                ):
                    end += 1  # 'Dom zdravlja Konjic', 'Crveni krst Srbije': where it is, part of its name
                    name = f"{name} {_latin(tokens[end].text)}"
                return Mention(i, end, name, "organization", "n", head=i)
        base = self._base_name(words)
        if self.family == "en" and ("' " in base or "’ " in base):
            base = base.replace(" ' ", "' ").replace(" ’ ", "’ ")  # ("Veterans' Organisation", as written)
        if self.family == "en" and " , " in base:
            base = base.replace(" , ", ", ")  # ('Department of Agriculture, Food and the Marine', as written)
        if self.family == "en" and base.endswith(("'s", "’s")):
            base = base[:-2]  # "Niamh Laoire's third novel": whose, and who
        if len(words) < j + 1 - i:
            base = " ".join(w + "." if len(w) == 1 else w for w in base.split())  # the initial's full stop
        base_key = " ".join(_norm_words(base))
        if base_key in lx.ORGANIZATION_NAMES:
            return Mention(i, j, lx.ORGANIZATION_NAMES[base_key], "organization", "n", head=i)
        if len(words) == 1:  # 'iz Kremlja', 'u Bruxellesu': a declined form the lemmatizer does not know
            for ending in _CASE_ENDINGS_ENDING_IN.get(key[-1:], ()):
                stem = key.removesuffix(ending)
                if stem != key and stem in lx.ORGANIZATION_NAMES:
                    return Mention(i, j, lx.ORGANIZATION_NAMES[stem], "organization", "n", head=i)
        kind = "organization"
        declined = False  # ('iz MUP-a KS': acronyms, one declined)
        acronym_led = (  # 'PU Ljubljana', 'UKC Maribor', 'OŠ Prule': a body's short name, then its place
            # ('NHS Highland', 'BBC Scotland'; English initials of two letters may be a person's: 'JD Vance')
            len(words) > 1
            and len(words[0].text) >= (3 if self.family == "en" else 2)
            and words[0].text.isupper()
            and words[0].text.isalpha()
            and words[1].norm not in _FIRST_NAMES
        )
        for t in words if not acronym_led else ():
            if not (t.text.isupper() and len(t.text) > 1):
                if len(words) > 1 and _DECLINED_ACRONYM.match(_latin(t.text)):
                    declined = True
                    continue
                kind = "person"
                break
        if kind == "organization" and declined:
            base = " ".join(_latin(t.text).split("-")[0] for t in words)
        if (
            self.family == "en"
            and len(words) > 1
            and (
                words[-1].norm in lx.ORGANIZATION_NOUNS
                or words[-1].norm in _EN_COMPANY_ENDINGS
                # 'Interpreters Alliance UK', 'Surf Life Saving NSW': the body's noun, then its country or state
                or (words[-2].norm in lx.ORGANIZATION_NOUNS and words[-1].text.isupper() and len(words[-1].text) <= 4)
                # 'Property Council of Australia', 'National Union of Students', 'Royal College of Nursing': the
                # body's noun before 'of' (a college or a museum alone may be only where someone works)
                or any(
                    (w.norm in lx.ORGANIZATION_NOUNS or w.norm in _EN_INSTITUTIONS)
                    and n + 1 < len(words)
                    and words[n + 1].norm in ("of", "for")
                    for n, w in enumerate(words)
                )
            )
        ):
            kind = "organization"  # 'Lakeport Regional Transit Authority', 'Nexora Systems', 'Bureau of Meteorology'
        if (
            self.family == "en"
            and kind == "person"
            and len(words) > 1
            and words[-1].norm in self.articled
            and words[0].norm not in _FIRST_NAMES
        ):
            kind = "organization"  # 'Chesapeake Harriers' where the text writes 'the Harriers': a team
        if len(words) >= 2 and (
            words[0].norm in lx.ORGANIZATION_FIRST_WORDS
            or (words[0].norm not in _FIRST_NAMES and words[-1].norm in lx.PLACE_GENITIVES)
        ):
            # 'Putevi Srbije su saopštili', 'Elektroprivreda Srbije je saopštila': the number is the name's own
            return Mention(i, j, _latin(self._span_text(i, j)), "organization", "?", head=i)
        if kind == "organization":
            self._named_organization(Mention(i, j, base, kind, "n", head=i))
        if kind == "person":
            known = self._known_surname(words[0].norm) if len(words) == 1 and self.full_names else None
            # ('je povedal Zorko' after 'Miha Zorko': the surname as the text gave it, not a lemma of it)
            base = known or self._full_name(base)
        # the gender of the first name in its base form: 'Dragana Petrovića' is Dragan's genitive, not Dragana
        first = _norm_words(base)[0] if kind == "person" and len(words) > 1 else words[0].norm
        gender = _FIRST_NAMES.get(first) or (_AMBIGUOUS_FIRST_NAMES.get(first) if len(words) > 1 else None)
        return Mention(i, j, base, kind, gender or "?", head=i)

    def _named_organization(self, mention: Mention) -> None:
        if any(c.isdigit() for c in mention.name):
            return  # 'the X2', 'F-35': a product's model, not who makes it
        if mention.name not in lx.ORGANIZATION_NAMES.values():  # not 'Rusija', 'Washington': they are places too
            self.named_organizations = [m for m in self.named_organizations if m.name != mention.name][-4:]
            self.named_organizations.append(mention)

    def _titles_a_name(self, i: int, last: int) -> bool:
        """A capitalised word that is not a first name, right before one: a title or role ('Režiserka Lea')."""
        if i + 1 > last or self.family == "en":
            return False
        token, following = self.tokens[i], self.tokens[i + 1]
        return (
            following.is_capitalized
            and (following.norm in _FIRST_NAMES or self._first_name_at(i + 1))
            and token.norm not in _FIRST_NAMES
            and token.norm not in lx.ORGANIZATION_NAMES
            and not token.text.isupper()
            # (not a place in the genitive of a phrase: 'iz okolice Ormoža Anton Brečko')
            and not (
                i >= 2
                and self.tokens[i - 1].is_word
                and not self.tokens[i - 1].is_capitalized
                and self.tokens[i - 2].norm in _PREPOSITIONS_OF[self.family]
            )
        )

    def _case_split(self, i: int, j: int) -> int | None:
        """Where a run of three or more capitalised words holds two names in different cases, the index of the
        last word of the first (declined) name."""
        if self.family == "en" or j - i < 2:
            return None
        declined = ("a", "ja", "u", "om", "em", "ega", "emu", "e")
        oblique = (*declined, "ov", "ev", "ih")  # and plural genitives: 'Novomeščanov'
        if self.tokens[i].norm in _FIRST_NAMES or self.tokens[i].norm in _AMBIGUOUS_FIRST_NAMES:
            return None  # 'Nada Drobne Popović': a name that starts with a first name in the nominative is one name
        for k in range(i, j):
            first, rest = self.tokens[i : k + 1], self.tokens[k + 1 : j + 1]
            if all(t.norm in _FIRST_NAMES for t in first):
                continue  # 'Valentina Prevolnik Rupel': a woman's first name, not a genitive
            if len(first) == 1 and first[0].norm.endswith(("e", "i")):
                continue  # 'Dubravke Đedović Handanović': a woman's first name declined, her surnames not
            if all(t.norm.endswith(oblique) for t in first) and not rest[-1].norm.endswith(declined):
                return k
        return None

    def _full_name(self, base: str) -> str:
        """'Dmitrijev' after 'Kiril Dmitrijev' is the same person: use the full name the text gave first."""
        words = base.split()
        if len(words) == 1 and self.family == "hbs" and base.endswith(("ićeva", "ićev", "ićka", "ova", "eva")):
            stem = (
                base.removesuffix("eva")
                if base.endswith("ićeva")
                else base.removesuffix("ev")  # 'Simićeve' lemmatized as 'Simićev'
                if base.endswith("ićev")
                else base[:-3]
                if base.endswith(("ova", "eva"))
                else base
            )
            if _norm_words(stem) and _norm_words(stem)[0] in self.full_names:
                base = stem
        if len(words) > 1:
            surname = _norm_words(words[-1])[0] if _norm_words(words[-1]) else ""
            given = _norm_words(words[0])[0] if _norm_words(words[0]) else ""
            if _FIRST_NAMES.get(given) in ("m", "f") or _AMBIGUOUS_FIRST_NAMES.get(given) in ("m", "f"):
                self.given_names[given] = base  # ('Sonja' alone, later, is the last Sonja named in full)
            if surname not in self.full_names:
                self.full_names[surname] = base
                if self.family == "sl":
                    self.unfolded.append((surname, base))  # (for `_known_surname`'s fleeting forms, read once)
            if len(parts := _norm_words(words[-1])) > 1:
                self.full_names.setdefault(" ".join(parts), base)  # 'Sandhu-Clarke' alone, later, is her too
            elif self.full_names[surname].endswith(" " + base):
                return self.full_names[surname]  # 'Te Rangi', 'von der Leyen': a surname of words, given in full
            return base
        key = _norm_words(base)[0] if _norm_words(base) else ""
        if key in self.full_names:
            return self.full_names[key]
        if key in self.given_names and base[:1].isupper():
            return self.given_names[key]
        if self.given_names and base[:1].isupper() and self.family != "en" and key not in _FIRST_NAMES:
            # ('Mojco' read from 'z Mojco', after 'Mojca Leskovar': the first name declined)
            declined = next((self.given_names[b] for b in _declension_bases(key) if b in self.given_names), None)
            if declined is not None:
                return declined
        if self.family == "sl" and base.endswith(("ova", "eva", "ov", "ev")):
            return self._known_surname(key) or base  # 'Grošljeva' after 'Nika Grošelj'
        return base

    def _described(self, i: int, last: int) -> Mention:
        """A role, group or organization noun, with the adjectives before it and a name or qualifier after:
        'ameriški odposlanec Steve Witkoff', 'predstavniki ZDA', 'ministrstvo za zdravje'."""
        tokens = self.tokens
        norm = self._noun_base(tokens[i])
        start = i
        if (
            self.family == "en"
            and i >= 2
            and not tokens[i - 1].is_capitalized
            and (tokens[i - 1].norm in lx.ROLES or tokens[i - 1].norm in _EN_ROLE_MODIFIERS)
            and tokens[i - 2].text.endswith(("'s", "’s"))
        ):
            start = i - 1  # "California's lead negotiator": a modifier between the possessive and the noun
        while (
            self.family == "en"
            and start - 1 >= 0
            and not tokens[start].newline_before
            and tokens[start - 1].text.endswith(("'s", "’s", "s'", "s’"))
            and i - start < 2
        ):
            start -= 1  # "the prosecutor's office", "Bosnia's state prosecutor"
        while (
            self.family == "en"
            and start - 1 >= 0
            and not tokens[start].newline_before
            and tokens[start - 1].is_capitalized
            and tokens[start - 1].norm not in _FIRST_NAMES
            and tokens[start - 1].norm not in lx.NOT_NAMES
            and i - start < 2
        ):
            start -= 1  # 'Treasury spokesperson', 'Kremlin spokesman'
        if (
            self.family == "en"
            and start == i >= 2
            and norm in lx.ORGANIZATION_NOUNS
            and tokens[i - 1].norm in _EN_LOCAL_AREAS
            and not tokens[i - 1].is_capitalized
            and tokens[i - 2].is_capitalized
            and tokens[i - 2].norm not in lx.NOT_NAMES
            and self._modifies_role(i - 2, i)
        ):
            start = i - 2  # 'Leeds city council': a place, then its body in lower case
        if self.family == "en" and norm in _SPOKESPEOPLE and start == i:
            # 'A Hato Hone St John spokesperson said': a body's name of several words, a first name among them
            k = start
            while (
                k - 1 >= 0
                and i - k < 6
                and tokens[k - 1].is_capitalized
                and tokens[k - 1].is_word
                and tokens[k - 1].norm not in ("a", "an", "the")
            ):
                k -= 1
            if i - k >= 2 and tokens[k].norm not in lx.NOT_NAMES and k > 0 and tokens[k - 1].norm in ("a", "an", "the"):
                start = k
        while (
            start - 1 >= 0
            and not tokens[start].newline_before  # not back across a line break into a headline
            and not self.in_quote[start - 1]
            and tokens[start - 1].is_word
            and (tokens[start - 1].text[0].islower() or self._opens_role(start - 1, start))
            and _adjective(tokens[start - 1].norm, self.family)
            and tokens[start - 1].norm not in _SOURCE_DOCUMENTS[self.family]  # 'po podatkih': a noun, '-ih' or not
            and tokens[start - 1].norm not in lx.DOCUMENTS  # 'U zajedničkoj deklaraciji lideri'
            and tokens[start - 1].norm not in _POSSESSIVES_ANY  # 'iz njenega kabineta': whose, not which
            and i - start < 3
        ):
            start -= 1
        end = i
        # a qualifier: 'za finance', 'za zdravje', 'ZDA', 'Rusije'
        j = i + 1
        if (
            j <= last
            and tokens[j].norm in ("za", "z", "s", "o")
            and j + 1 <= last
            and tokens[j + 1].is_word
            and not tokens[j + 1].is_capitalized
            and norm in _ORGANIZATIONS_AND_ROLES
        ):
            end = j + 1
            j += 2
            if (
                # ('Povjerenstvo za fiskalnu politiku': the accusative feminine too)
                (_adjective(tokens[end].norm, self.family) or tokens[end].norm.endswith(("nu", "sku")))
                and j <= last
                and tokens[j].is_word
                and not tokens[j].is_capitalized
                and not self._looks_like_cue(j)
            ):
                end, j = j, j + 1  # 'center za kibernetsko varnost': an adjective and its noun
            # 'minister za okolje, podnebje in energijo': the qualifier may be a list
            while (
                j + 1 <= last
                and (
                    tokens[j].norm in lx.CONJUNCTIONS[self.family]
                    # after a comma the list must go on: 'za okolje, podnebje in energijo', not 'za statistiku,
                    # inflacija je ...'
                    or (
                        tokens[j].text == ","
                        and j + 2 <= last
                        and (tokens[j + 2].text == "," or tokens[j + 2].norm in lx.CONJUNCTIONS[self.family])
                    )
                )
                and tokens[j + 1].is_word
                and not tokens[j + 1].is_capitalized
                and tokens[j + 1].norm not in lx.NOT_NAMES
                and not self._looks_like_cue(j + 1)
            ):
                end = j + 1
                j += 2
        while (
            j <= last
            and (norm in lx.ROLES or self.family == "en")  # 'police officer'; not 'za naš portal direktor firme'
            and (
                tokens[j].norm in lx.ROLES
                # ('KCCF chief executive Dr Priya Menon': the title goes on to the name)
                or (
                    tokens[j].norm == "executive"
                    and tokens[j - 1].norm == "chief"
                    and j + 1 <= last
                    # (or the name in commas: 'its chief executive, Martin Cole,')
                    and (tokens[j + 1].is_capitalized or (tokens[j + 1].text == "," and j + 2 <= last))
                )
            )
            and not tokens[j].is_capitalized
        ):
            end = j  # 'glavni pogajalec', 'tiskovni predstavnik'
            j += 1
        if norm in lx.ROLES and j + 2 <= last and tokens[j].norm in ("and", "in", "i"):
            # 'Founder and largest shareholder Gregor Oman', 'direktor in solastnik Peter Kralj': two roles, one name
            k = j + 1
            while (
                k <= last
                and k - j <= 3
                and not tokens[k].is_capitalized
                and self._noun_base(tokens[k]) not in lx.ROLES
                and (_adjective(tokens[k].norm, self.family) or (self.family == "en" and tokens[k].is_word))
            ):
                k += 1  # ('largest', 'glavni')
            if (
                k + 1 <= last
                # ('President and CEO Robert Amadi': a role in capitals too)
                and (not tokens[k].is_capitalized or (tokens[k].text.isupper() and len(tokens[k].text) > 1))
                and self._noun_base(tokens[k]) in lx.ROLES
                and tokens[k + 1].is_capitalized
                and self._is_name_start(k + 1, start)
            ):
                end, j = k, k + 1

        if (
            norm in _SPOKESPEOPLE
            and j + 1 <= last
            and tokens[j].norm in ("for", "of", "za")
            and (tokens[j + 1].norm == "the" or tokens[j + 1].is_capitalized)
        ):
            k = j + 1 + (tokens[j + 1].norm == "the")
            noun = next(
                (
                    n
                    for n in range(k + 1, min(last, k + 3) + 1)
                    if not tokens[n].is_capitalized and tokens[n].norm in lx.ORGANIZATION_NOUNS
                ),
                None,
            )
            if k <= last and tokens[k].is_capitalized and noun is not None and self.family == "en":
                # 'a spokesperson for the Austrian finance ministry': a body by its noun, not a name
                role = self._span_text(start, i)
                return Mention(start, noun, self._span_text(k, noun), "organization", "n", role, head=i)
            if k <= last and tokens[k].is_capitalized:
                body = self._named(k, last)
                if (
                    self.family == "en"
                    and k + 2 <= last
                    and tokens[k].norm in lx.ORGANIZATION_NOUNS
                    and tokens[k + 1].norm in ("of", "for")
                    and body.first == k
                    and (body.kind != "organization" or body.last < self._name_run_end(k, last))
                ):
                    # 'a spokesperson for the Ministry of Housing, Communities and Local Government': the body's
                    # whole name, its fields listed
                    end = self._name_run_end(k, last)
                    body = Mention(k, end, _latin(self._span_text(k, end)), "organization", "n", head=k)
                if (
                    self.family == "en"
                    and body.last + 2 <= last
                    and tokens[body.last + 1].norm == "and"
                    and tokens[body.last + 2].is_capitalized
                ):
                    # 'a spokesperson for HSE West and North West said': one body whose name holds 'and'
                    tail = self._named(body.last + 2, last)
                    body = Mention(k, tail.last, _latin(self._span_text(k, tail.last)), "organization", "n", head=k)
                named = self._spokesperson_named(body.last, last)
                if named is not None:  # 'A spokesperson for Elektroprivreda, Lejla Kurtović, said': she speaks
                    return replace(named, first=start, role=self._span_text(start, body.last))
                if body.kind == "person" and body.role:
                    # 'A spokesperson for Belgian Prime Minister Pieter Dewaele said': his spokesperson, not he
                    whose = f"{tokens[i].text.lower()} for {body.name}"
                    return Mention(start, body.last, whose, "person", "?", self._span_text(start, body.last), head=i)
                role = self._span_text(start, i)
                return Mention(start, body.last, body.name, "organization", "n", role, head=i)
            if k <= last and _BARE_COMPANY.fullmatch(self._noun_base(tokens[k])):
                # 'A spokesperson for the company said': the company named before
                company = self._company_before(Mention(k, k, tokens[k].text, "organization", "n", head=k))
                if company is not None:
                    role = self._span_text(start, i)
                    return Mention(start, k, company.name, "organization", "n", role, head=i)
            elif (
                self.family == "en"
                and k <= last
                and not tokens[k].is_capitalized
                and tokens[k].is_word
                and (k == last or not tokens[k + 1].is_word or tokens[k + 1].norm in lx.EN_VERBS)
            ):
                # 'A spokesperson for the association said' after 'the Wisconsin Grocers Association', 'for the
                # railway' after 'East Coast Railway': its name
                named_body = self._named_before(Mention(k, k, tokens[k].text, "organization", "n", head=k))
                if named_body is None and tokens[k].norm in ("agency", "regulator", "watchdog"):
                    # 'A spokesperson for the agency said' after 'The National Highway Traffic Safety Administration
                    # opened a review': the public body the sentence before named
                    since = self.sentences[max(0, self._sentence_index(k) - 1)].first
                    named_body = next(
                        (
                            m
                            for m in reversed(self.named_organizations)
                            if since <= m.first < k
                            and " " in m.name
                            and not m.name.isupper()
                            and set(_norm_words(m.name)) & _PUBLIC_BODIES
                        ),
                        None,
                    )
                if named_body is not None:
                    role = self._span_text(start, i)
                    return Mention(start, k, named_body.name, "organization", "n", role, head=i)
        if norm in lx.ROLES and self.family == "en":
            k = self._past_named_body(j, last)  # 'Minister for Health Declan Furlong'
            if k > j:
                end, j = k - 1, k
            elif (
                j + 2 <= last
                and tokens[j].norm == "of"
                and tokens[j + 1].norm in ("two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")
                and tokens[j + 2].is_capitalized
            ):
                end, j = j + 1, j + 2  # 'Mother of three Cassandra Joseph, 34, said'
            elif j + 3 <= last and (
                tokens[j].norm in ("of", "for")
                # ('Chief executive of the trust Michelle Arsenault')
                or (tokens[j + 1].norm in ("of", "for") and tokens[j].is_word and not tokens[j].is_capitalized)
            ):
                # 'Director of education Michelle Arsenault', 'Head of PE and team coach Aileen Grant': what the
                # role is of, in lower case or not, then a first name and a surname that end the phrase
                for p in range(j + 2, min(last - 1, j + 8) + 1):
                    if not tokens[p - 1].is_word or self.in_quote[p] or tokens[p - 1].norm in lx.EN_VERBS:
                        break
                    if (
                        tokens[p].is_capitalized
                        and tokens[p].norm not in lx.NOT_NAMES
                        and tokens[p + 1].is_capitalized
                        and tokens[p + 1].is_word
                        and tokens[p - 1].norm not in _EN_DETERMINERS  # ('of the Bosnian Mahala neighbourhood')
                        and (
                            p + 2 > last
                            or not tokens[p + 2].is_word
                            or tokens[p + 2].norm in lx.EN_VERBS
                            or tokens[p + 2].norm in _EN_FINITE
                        )
                    ):
                        end, j = p - 1, p
                        break

        if norm in lx.ROLES:  # 'direktor podjetja Peter Kralj', 'predsjednik Vlade RH': a genitive between
            k = j
            while k <= last and k - j < 12:
                if self._qualifier_word(k, last) and self._past_title(k, last) == k:
                    k += 1
                elif k > j and self._list_goes_on(k, last, 4) and self._qualifier_word(k + 1, last):
                    k += 1  # 'Ministrica prostornoga uređenja, graditeljstva i državne imovine Tatjana Marušić Kolar'
                elif (
                    k > j
                    and tokens[k].text in QUOTE_MARKS
                    and (title_end := self._quoted_title_end(k)) is not None
                    and title_end + 1 <= last
                    and tokens[title_end + 1].is_capitalized
                ):
                    k = title_end + 1  # 'predsednik GSPRS „Nezavisnost“ Milan Stojković': the union's name in quotes
                else:
                    break
            k = self._past_title(k, last)  # 'predsjednik Sindikata dr. Mirza Kadrić'
            k = self._past_named_body(k, last)  # 'Direktor Kancelarije za Kosovo i Metohiju Vladimir Tomašević'
            if (
                k > j
                and k <= last
                and tokens[k].is_capitalized
                and (tokens[k].norm not in lx.NOT_NAMES or self._first_name_at(k))
                and tokens[k - 1].norm not in PREPOSITIONS  # 'upokojenka iz Žalca': a place, not her name
                # ('vinogradnik iz okolice Ajdovščine', 'stanar iz blizine Tuzle': an area around a place)
                and not (tokens[k - 2].norm in PREPOSITIONS and tokens[k - 1].norm.startswith(_AREA_STEMS))
                and tokens[k].norm not in lx.PLATFORMS  # 'ministru na omrežju X očitala': where, not who
            ):
                end, j = k - 1, k
        j = self._past_title(j, last)  # 'direktor bolnišnice dr. Ana Kos', 'ministrica prof. dr. Ana Kos'
        if (
            j <= last
            and not self.in_quote[j]
            and tokens[j].is_word
            and tokens[j].is_capitalized
            and (tokens[j].norm not in lx.NOT_NAMES or self._first_name_at(j))
            # 'strateg Plavih je odgovorio': a team by its plural nickname in the genitive, not a name
            and not (
                self.family != "en"
                and tokens[j].norm.endswith(("ih", "ijih"))
                and len(tokens[j].norm) >= 5
                and not tokens[j].text.isupper()
                and j + 1 <= last
                and not tokens[j + 1].is_capitalized
                and tokens[j].norm not in _FIRST_NAMES
            )
        ):
            name = self._named(j, last)
            following = name.last + 1
            if (
                following + 1 <= last
                and tokens[following].text == "!"
                and tokens[following].start == tokens[name.last].end
            ):
                following += 1  # 'saborski zastupnik Možemo! Luka Šimić': a party whose name ends in the mark
            if following <= last and tokens[following].is_word and tokens[following].is_capitalized:
                name = self._named(following, last)  # 'trener Novomeščanov Aleš Rakar': a genitive, then the name
            # ('Regijski center za obveščanje Postojna': a body, with its place; a basketball 'center' has no 'za')
            of_body = norm in lx.ORGANIZATION_NOUNS and end > i and tokens[i + 1].norm in ("za", "z", "s", "o")
            if norm in lx.ROLES and name.kind == "person" and not of_body and not self._whose_role(i, name):
                role = self._span_text(start, end)
                # the role's own noun tells, not a genitive after it ('Namestnik predsednice Janez Rupnik' is a
                # man); else the first name, if it tells
                feminine = [self._noun_base(tokens[k]) in lx.ROLES_FEMININE for k in range(start, end + 1)]
                gender = (
                    "f"
                    if self._noun_base(tokens[i]) in lx.ROLES_FEMININE or (any(feminine) and name.gender == "?")
                    else name.gender
                )
                written = _latin(self._span_text(name.first, name.last))
                if (
                    gender == "f"
                    and len(written.split()) == len(name.name.split())
                    and (
                        all(w == b or w == b + "a" for w, b in zip(written.split(), name.name.split(), strict=True))
                        # 'premierka Inês Carvalho': after a feminine role in the nominative, the name is too
                        or tokens[i].norm in lx.ROLES_FEMININE
                    )
                ):
                    # 'Njezina kći Marina', 'ministarka Desislava Nikolova': hers, not the genitive of Marin, Nikolov
                    name.name = written
                person = Mention(start, name.last, name.name, "person", gender, role, head=i)
                self.people_by_role[self._role_base(role)] = person
                return person
            if norm in lx.ORGANIZATION_NOUNS and name.kind == "person" and name.role:
                # 'Commission President Ursula Smith': the organization's role, then who holds it
                return replace(name, first=start, role=self._span_text(start, name.head - 1))
            if (
                norm in lx.ORGANIZATION_NOUNS
                and name.kind == "person"
                and end > i
                and (
                    tokens[end].norm in lx.ROLES
                    or (tokens[end].norm == "executive" and tokens[end - 1].norm == "chief")
                )
            ):
                # 'Authority general manager Lorraine Abernathy', 'Council chief executive Graham Whitu': a role in
                # the organization, then its holder
                return replace(name, first=start, role=self._span_text(start, end))
            if norm in lx.ORGANIZATION_NOUNS and self.family == "en" and name.kind in ("person", "organization"):
                # 'the environmental group Plavi Val', 'the utility EnergoUna': the name is the organization;
                # 'Police Scotland', 'Transport Canada': the capitalised noun, then a place, is all of its name
                whole = start == i == end and tokens[i].is_capitalized and name.first == name.last
                organization = Mention(
                    start,
                    name.last,
                    _latin(self._span_text(i, name.last)) if whole else name.name,
                    "organization",
                    "n",
                    None if whole else self._span_text(start, end),
                    head=i,
                )
                self._named_organization(organization)
                return organization
            if not (
                norm in lx.ORGANIZATION_NOUNS
                and name.kind == "person"
                and name.last > name.first
                and tokens[name.first].norm in _FIRST_NAMES
                and name.name == _latin(self._span_text(name.first, name.last))  # (in the nominative)
            ):
                end = name.last  # (but 'za naš portal Stanoje Vuksanović': a person after the outlet)
                k = end + 1
                if (
                    norm in lx.ORGANIZATION_NOUNS
                    and k <= last
                    and tokens[k].is_word
                    and not tokens[k].is_capitalized
                    and _adjective(tokens[end].norm, self.family)
                    and self._noun_base(tokens[k]) in lx.ORGANIZATION_NOUNS
                ):
                    end = k  # 'Delegacija Evropske unije': the genitive's noun in lower case
                    if k + 2 <= last and tokens[k + 1].norm in ("u", "v") and tokens[k + 2].is_capitalized:
                        end = k + 2  # 'Delegacija Evropske unije u BiH'
        if (
            self.family == "en"
            and norm in lx.ROLES
            and end + 3 <= last
            and tokens[end + 1].norm == "of"
            # (not 'A spokesman for the secretary of state, Mark Dupree, said': the spokesman is named)
            and not any(t.norm in ("for", "of", "to", "with", "by", "from") for t in tokens[max(0, start - 4) : start])
            and (comma := next((k for k in range(end + 2, min(last, end + 9)) if tokens[k].text == ","), None))
            and (tokens[comma + 1].norm in _FIRST_NAMES or tokens[comma + 1].norm in _EN_TITLES)
            and not any(
                t.norm in lx.EN_VERBS or t.norm in _EN_FINITE or t.text in QUOTE_MARKS for t in tokens[end + 2 : comma]
            )
        ):
            end = comma - 1  # 'the chair of the IMO's NCHD committee, Dr Aoife Brennan, said': whose chair, then she
        if (
            self.family == "en"
            and norm in lx.ROLES
            and end + 2 <= last
            and tokens[end + 1].text == ","
            and tokens[end + 2].is_capitalized
            and tokens[end + 2].is_word
        ):
            k = self._past_title(end + 2, last)  # ('Another researcher, Dr. Samuel Achebe, wrote')
            name = self._named(k, last)
            if (
                name.kind == "person"
                and " " in name.name
                # (not 'Asked whether she had pressured the governor, Salgado said': the clause's subject after it)
                and not any(tokens[j].norm in ("whether", "asked", "pressed") for j in range(max(0, i - 10), i))
            ):
                # 'said the study's lead author, Dr Priya Nandakumar': the role, then who holds it
                person = Mention(
                    start, name.last, name.name, "person", name.gender, self._span_text(start, end), head=i
                )
                self.people_by_role[self._role_base(person.role or "")] = person
                return person
        if (
            self.family == "en"
            and norm in lx.ORGANIZATION_NOUNS
            and end == i
            and tokens[i].is_capitalized
            and i + 2 <= last
            and tokens[i + 1].norm in ("of", "for")
            and tokens[i + 2].is_capitalized
            and tokens[i + 2].is_word
        ):
            end = self._named(i + 2, last).last  # 'the Croatian Institute of Public Health', 'Ministry of Defence'
            while (
                end + 2 <= last
                and end - i < 8
                and tokens[end + 1].norm in ("of", "for")
                and tokens[end + 2].is_capitalized
                and tokens[end + 2].is_word
            ):
                end = self._named(end + 2, last).last  # ('the Court of Arbitration for Sport')
        if (norm in lx.ORGANIZATION_NOUNS or norm in lx.GROUPS) and end == i:
            end = self._genitive_tail(i, last)  # 'Sindikat ... Šumadije', 'mještani naselja Gornje Polje'
        text = self._span_text(start, end)
        if norm in lx.GROUPS:
            return Mention(start, end, self._base_phrase(start, end, i), "group", "p", head=i)
        head_norm = tokens[end].norm
        if (
            norm in lx.ORGANIZATION_NOUNS
            and self.family == "en"
            and end > i
            and head_norm in lx.ROLES
            and head_norm not in _SPOKESPEOPLE
        ):
            norm = head_norm  # 'a government official', 'a police officer': a person, named by the noun last
        if norm in lx.ORGANIZATION_NOUNS:
            acronym = next(
                (
                    k
                    for k in range(start - 1, max(-1, start - 3), -1)
                    if tokens[k].is_word and tokens[k].text.isupper() and 2 <= len(tokens[k].text) <= 6
                ),
                None,
            )
            if (
                self.family == "en"
                and acronym is not None
                and end == i
                and all(t.is_word and not t.is_capitalized for t in tokens[acronym + 1 : start])
                and not (end + 1 < len(tokens) and tokens[end + 1].is_capitalized)  # ('UN refugee agency UNHCR')
                and tokens[acronym].text not in ("UN", "EU", "US", "UK", "NATO", "AU")  # (whose body, not its name)
                and acronym > 0
                and tokens[acronym - 1].text.endswith(("'s", "’s"))  # (not 'the head of the OSCE mission, X,')
            ):
                # "Turkey's MIT intelligence agency said": the body's short name, before what it is
                return Mention(acronym, end, tokens[acronym].text, "organization", "n", head=i)
            return Mention(start, end, self._base_phrase(start, end, i), "organization", "n", head=i)
        gender = "f" if norm in lx.ROLES_FEMININE else "m" if self.family == "en" and norm in _EN_MALE_NOUNS else "?"
        if self._plural_role(tokens[i], norm):
            # 'vlasnici kafića rekli su', 'predstavniki sindikata so': people of a role, together
            return Mention(start, end, _latin(text), "group", "p", head=i)
        if start > 0 and tokens[start - 1].norm in _INDEFINITE[self.family] and norm not in _SPOKESPEOPLE:
            # 'a senior official said', 'a doctor at the hospital said': someone the reporter does not name
            return Mention(start, end, f"anonymous source ({text})", "anonymous", gender, text, head=i)
        return Mention(start, end, self._role_name(start, end, i), "person", gender, text, head=i)

    def _plural_role(self, token: Token, base: str) -> bool:
        """A role noun in the plural: its base is a role, its form the plural nominative ('vlasnici', 'svetniki',
        'owners'), not a case of the singular ('vlasnika')."""
        norm = token.norm
        if base not in lx.ROLES or norm == base or token.is_capitalized:
            return False
        if self.family == "en":
            return norm in (base + "s", base + "es")
        return norm.endswith("i") and not base.endswith("i")  # the masculine plural nominative ends in -i

    def _opens_institution(self, i: int, last: int) -> int | bool:
        """'Policijska uprava Celje', 'Višje sodišče', 'Demokratična unija': an adjective in capitals, then an
        institution's noun."""
        if i + 1 > last or self.family == "en":
            return False
        norm = self.tokens[i].norm
        if norm in _HIGHER or norm in _GENERAL:  # ('Više ljudi je reklo': 'more' is no name on its own)
            pass
        elif (
            norm in lx.NOT_NAMES
            or not _adjective(norm, self.family)
            # (not 'Novinarka kablovske televizije': a role, of the body after it; but 'Generalna policijska uprava')
            or (norm in lx.ROLES and not norm.endswith(("ni", "na", "ne", "no", "ski", "ska", "ske")))
        ):
            return False
        for k in range(i + 1, min(last, i + 3) + 1):
            following = self.tokens[k]
            if not following.is_word or following.is_capitalized:
                return False
            if self._noun_base(following) in lx.ORGANIZATION_NOUNS:
                return k
            if not _adjective(following.norm, self.family):
                return False
        return False

    def _place_then_name(self, k: int, last: int) -> bool:
        """A capitalised word at `k` that ends a place's name, a first name right after it."""
        return k + 1 <= last and self.tokens[k + 1].is_capitalized and self.tokens[k + 1].norm in _FIRST_NAMES

    def _qualifier_word(self, k: int, last: int) -> bool:
        """A word of the genitive that may stand between a role and a name: 'ministar građevinarstva Dušan
        Radonjić', 'predsednica Zdravniške zbornice Alenka Štrukelj', 'direktorka Kliničkog centra Dragana'."""
        token = self.tokens[k]
        if not token.is_word or self.in_quote[k] or self.family == "en":
            return False
        norm = token.norm
        following = self.tokens[k + 1] if k + 1 <= last else None
        if token.is_capitalized:
            if _DECLINED_ACRONYM.match(token.text):
                return True  # 'predstavnica EU-a za vanjsku politiku Elin Nørgaard', 'guverner HNB-a Ante'
            if norm in _FIRST_NAMES or following is None or not following.is_word:
                return False
            if self._noun_base(token) in lx.ORGANIZATION_NOUNS:  # 'tajnik u Ministarstvu gospodarstva Ivan'
                return True
            if following.norm in ("dr", "prof", "mr") and k + 2 <= last and self.tokens[k + 2].is_capitalized:
                return True  # 'direktora Kliničkog centra Kragujevac dr Nebojše Stevića': the body's place, his title
            if following.is_capitalized:  # a place before the name: 'lastnik farme v Rožancu Ivan Kobe'
                after_preposition = k > 0 and (
                    self.tokens[k - 1].norm in PREPOSITIONS
                    # a place of two words: 'načelnik Odeljenja u Srebrnom Polju Nebojša Živković'
                    or (self.tokens[k - 1].is_capitalized and k > 1 and self.tokens[k - 2].norm in PREPOSITIONS)
                )
                # (or a place, then a name of two words that ends the phrase: 'u Đenovi Frančeska Mori rekla')
                two_word_name = (
                    k + 3 <= last
                    and self.tokens[k + 2].is_capitalized
                    and self.tokens[k + 2].is_word
                    and not self.tokens[k + 3].is_capitalized
                    and self.tokens[k - 1].norm in PREPOSITIONS
                )
                return after_preposition and (
                    following.norm in _FIRST_NAMES or self._place_then_name(k + 1, last) or two_word_name
                )
            if following.norm in PREPOSITIONS:
                return True  # 'ravnateljica bolnice Jadran u Splitu Nives Jurić': a name, then where it is
            # an institution's name: 'Kliničkog centra', 'Zdravniške zbornice', 'Lučke uprave'
            return _adjective(norm, self.family) or self._noun_base(following) in lx.ORGANIZATION_NOUNS
        if norm in ("s", "sa"):
            return False  # 'sestra s Odjela interne medicine': where she works is no genitive of her role
        if norm in PREPOSITIONS and norm not in ("za", "z") and following is not None:
            return following.is_word  # 'državni sekretar na ministrstvu Aljoša Pavlin'

        if (
            norm in lx.CONJUNCTIONS[self.family]
            and k > 0
            and not self.tokens[k - 1].is_capitalized
            and following is not None
            and following.is_word
            and not following.is_capitalized
        ):
            return True  # 'ministar finansija i trezora Adnan Hodžić': a genitive of two nouns
        return not (
            norm in lx.AUXILIARIES[self.family]
            or norm in self.participles
            or norm in self.present
            or norm in lx.COMPLEMENTIZERS[self.family]
            or norm in SKIPPABLE
            or norm in _RELATIVES
        )

    def _plural_object(self, k: int) -> bool:
        """'kopalce', 'prebivalce', 'građane': a masculine noun of people in the accusative plural (its genitive
        singular would end in -a), the object of the verb that follows, not a genitive."""
        token = self.tokens[k]
        if self.lemmatizer is None or token.is_capitalized or not token.norm.endswith("e"):
            return False
        lemma = self._lemma(token.norm)
        # the noun with -e added ('putnik' → 'putnike'; 'kopalec' → 'kopalce'), not an adjective's form
        # ('civilan' → 'civilne')
        return lemma.endswith(_PEOPLE_NOUN_ENDINGS) and (
            token.norm == lemma + "e" or (lemma.endswith("ec") and token.norm == lemma[:-2] + "ce")
        )

    def _list_goes_on(self, k: int, last: int, reach: int) -> bool:
        """A comma at `k` inside a list of what a role or body is of ('za okolje, podnebje in energijo',
        'poljoprivrede, šumarstva i vodoprivrede'): a word in lower case after it, and 'and' within `reach` words."""
        tokens = self.tokens
        return (
            tokens[k].text == ","
            and k + 2 <= last
            and not tokens[k + 1].is_capitalized
            and any(t.norm in ("i", "in", "te") for t in tokens[k + 2 : min(last, k + reach) + 1])
        )

    def _genitive_tail(self, i: int, last: int) -> int:
        """An institution's name runs on in the genitive: 'Sindikat medicinskih sestara i tehničara Šumadije'."""
        if self.family == "en":
            return i
        tokens = self.tokens
        end = i
        k = i + 1
        while k <= last and k - i <= 8 and not self.in_quote[k]:
            norm = tokens[k].norm
            if k > i + 1 and self._list_goes_on(k, last, 3) and tokens[k + 1].is_word:
                k += 1  # 'Ministarstvo poljoprivrede, šumarstva i vodoprivrede': a list of the fields it is of
                continue
            if not tokens[k].is_word:
                break
            if norm in ("i", "in") and k + 1 <= last and tokens[k + 1].is_word and not tokens[k + 1].is_capitalized:
                k += 1  # 'Stranka rada i razvoja'
                continue
            if (
                norm in lx.AUXILIARIES[self.family]
                or norm in self.participles
                or norm in self.present
                or norm in lx.COMPLEMENTIZERS[self.family]
                or norm in PREPOSITIONS
                or norm in SKIPPABLE
                or norm in _FIRST_NAMES
                or norm in _POSSESSIVES_ANY  # ('V sindikatu njegove besede označujejo': whose, another's object)
                or norm in _HIM_OR_HER  # ('Zavarovalnica mu je odgovorila': to whom, no part of the name)
                or (
                    not tokens[k].is_capitalized
                    and self._noun_base(tokens[k]) in lx.ROLES
                    and not norm.endswith(
                        ("ov", "ev", "ih", "ara", "era", "ana", "ika", "aca", "ata", "ora")
                    )  # plural genitives: 'Sindikat
                    # kmetov Slovenije', 'Sindikat medicinskih sestara i tehničara'
                )
            ):
                break  # (nor into a role and a name: 'u Skupštini ministarku informisanja Jasminu Marković')
            if self._plural_object(k):
                break  # 'Policisti kopalce pozivajo': whom they call on, no genitive of their name
            named_place = (
                tokens[k].is_capitalized
                and (
                    tokens[k - 1].norm in _PLACE_KINDS  # 'Kantona Sarajevo'
                    # 'Dom zdravlja Konjic': the place of a body named by its noun and a genitive
                    or (
                        end > i
                        and k == end + 1
                        and tokens[k].text[1:].islower()  # (not an acronym: 'zdravstva KS za „Avaz“')
                        and norm not in _FIRST_NAMES
                        and (k + 1 > last or not tokens[k + 1].is_capitalized)
                    )
                )
            )
            genitive = (
                (norm.endswith(("a", "e", "ih", "og", "ega", "ije", "i", "ov", "ev", "u")) and self._declined(k))
                or (
                    # ('Združenje občin Slovenije': a genitive plural with no ending, before the place's genitive)
                    self.family == "sl" and self.lemmatizer is not None and self._lemma(norm) == norm + "a"
                )
                or (
                    self.family == "sl"
                    and k == i + 1
                    and len(norm) >= 4
                    and k + 1 <= last
                    and tokens[k + 1].is_capitalized
                    and tokens[k + 1].norm.endswith(("e", "ije"))
                    and self._declined(k + 1)
                )
            )
            # ('Uprava policije MUP-a SBK': the short name of the canton, after a body's declined short name)
            acronym = (
                k == end + 1
                and end > i
                and "-" in tokens[end].text
                and tokens[k].text.isupper()
                and len(tokens[k].text) >= 2
            )
            if not named_place and not genitive and not acronym:
                break  # 'Gospodarska zbornica odločitev pozdravlja': a nominative object and a verb, no genitive
            end = k
            k += 1
        while end > i and tokens[end].norm in ("i", "in"):
            end -= 1
        return end

    def _declined(self, k: int) -> bool:
        """Whether the word at `k` is a noun or adjective out of its base form: not a base form, not a verb."""
        if self.lemmatizer is None:
            return True
        norm = self.tokens[k].norm
        lemma = self._lemma(norm)
        if not lemma or lemma.endswith(("ti", "ci", "ći")):
            return False
        # the lemmatizer does not know every noun ('rada' → 'rada'): a genitive ending is then enough
        return lemma != norm or norm.endswith(("a", "e", "ih", "og", "ega", "ije"))

    def _noun_base(self, token: Token) -> str:
        """The base form of a lower-case noun, so that 'sindikata' and 'ministrstva' are known too."""
        norm = token.norm
        if norm in _DESCRIBING or not token.is_word or self.lemmatizer is None:
            return norm
        base = self.noun_bases.get(norm) or self._lemmatized_noun(norm)
        if token.is_capitalized:  # 'Iz Ministarstva zdravstva': an institution named by its declined noun
            return base if base in lx.ORGANIZATION_NOUNS else norm
        return base

    def _lower_base(self, token: Token) -> str:
        """`_noun_base` of a lower-case word, remembered in `lower_bases`."""
        base = self._noun_base(token)
        if len(self.lower_bases) < 200_000:
            self.lower_bases[token.norm] = base
        return base

    def _lemma(self, word: str) -> str:
        """The lemmatizer's lemma of `word`, remembered per lemmatizer model (names and words recur)."""
        found = self.lemmas.get(word)
        if found is not None:
            return found
        lemma: str = self.lemmatizer.lemmatize(word)
        if len(self.lemmas) < 200_000:
            self.lemmas[word] = lemma
        return lemma

    def _lemmatized_noun(self, norm: str) -> str:
        lemma = self._lemma(norm)
        if lemma not in _DESCRIBING:  # the lemmatizer guessed a verb ('uprave' → 'upraviti'): try endings
            lemma = next((c for c in _declension_bases(norm) if c in _DESCRIBING), lemma)
        base = lemma if lemma in _DESCRIBING and lemma not in lx.GROUPS else norm
        bases = self.noun_bases  # shared by all documents: lemmatizing is a per-word cost worth saving
        if len(bases) < 200_000:
            bases[norm] = base
        return base

    def _role_name(self, start: int, end: int, head: int) -> str:
        """A speaker known only by role, in lower case ('minister', 'direktorka'), unless a name is part of the
        role ('Treasury spokesperson')."""
        phrase = self._base_phrase(start, end, head)
        if self.tokens[start].is_capitalized and start < head:
            return phrase
        # only the sentence's capital goes: 'Županja Kopra je povedala' is 'županja Kopra'
        return phrase[:1].lower() + phrase[1:] if phrase[1:2].islower() else phrase.lower()

    def _unnamed(self, mention: Mention, last: int) -> bool:
        """Whether the relative clause or apposition right after a mention says it is not to be named."""
        tokens = self.tokens
        # (', who asked not to be named', 'a retired teacher who asked that her name ...', 'eden od stanovalcev
        # bloka nad zlatarno, ki ni želel ...': the clause may follow the noun's own genitive or place)
        k = next(
            (
                j
                for j in range(mention.last + 1, min(last, mention.last + 5) + 1)
                if tokens[j].text in ",(" or tokens[j].norm in ("who", "ki", "koji", "koja")
            ),
            last + 1,
        )
        if k > last or any(not t.is_word for t in tokens[mention.last + 1 : k]):
            return False
        for j in range(k + 1, min(last, k + 14) + 1):
            norm = tokens[j].norm
            if norm.startswith(("anonym", "anonim", "neimenovan")) or (
                norm in ("named", "identified") and tokens[j - 1].norm == "be" and tokens[j - 2].norm in ("not", "to")
            ):
                return True
            if (
                norm.startswith("imenovan")
                and tokens[j - 1].norm in ("biti", "bit")
                and any(tokens[m].norm in lx.NEGATIONS[self.family] for m in range(max(k, j - 4), j))
            ):
                return True  # 'ki ni želel biti imenovan', 'koji nije želio biti imenovan'
            if norm in ("ime", "imena", "name") and any(
                tokens[m].norm in lx.NEGATIONS[self.family] or tokens[m].norm in ("not", "nije", "ni", "ne")
                for m in range(max(k, j - 7), min(last, j + 2) + 1)  # ('asked that her name not be used')
            ):
                return True  # 'koja nije željela da joj objavimo ime', 'who did not want her name published'
            if tokens[j].text in ")" or self.in_quote[j]:
                return False
        return False

    def _asks_not_to_be_named(self, first: int, last: int) -> bool:
        """'(that) her name not be used', 'da mu se ne navodi ime': a clause that only asks for anonymity."""
        tokens = self.tokens
        # (up to a comma: 'Marcus, who asked that his surname not be used, is responsible for ...')
        last = next((k - 1 for k in range(first + 1, last + 1) if tokens[k].text == ","), last)
        if last - first > 10:
            return False
        for j in range(first, last + 1):
            if tokens[j].norm in ("name", "surname", "ime", "imena", "priimek", "prezime", "identity"):
                near = tokens[max(first, j - 4) : min(last, j + 3) + 1]
                return any(t.norm in lx.NEGATIONS[self.family] or t.norm in ("not", "ne", "ni", "nije") for t in near)
        return False

    def _partitive_start(self, i: int, first: int) -> int | None:
        """Where 'one of the' / 'eden od' / 'jedan od' before the noun at `i` starts, if it is there."""
        tokens = self.tokens
        k = i - 1
        if self.family == "en" and k >= first and tokens[k].norm == "the":
            k -= 1
        if k - 1 >= first and tokens[k].norm in ("of", "od") and tokens[k - 1].norm in _ONE_OF_GENDER:
            return k - 1
        return None

    def _unnamed_again(self, i: int, first: int) -> Mention:
        """'said one of the people', 'The second person said', 'the officials said': the unnamed sources the
        text brought in before, or unnamed ones."""
        start = i - 1
        tokens = self.tokens
        if start - 2 >= first and tokens[start - 1].norm == "of" and tokens[start - 2].norm in ("one", "two", "both"):
            start -= 2  # 'one of the people'
        earlier = next((m for m in reversed(self.recent) if m.kind == "anonymous"), None)
        name = earlier.name if earlier is not None else f"anonymous source ({tokens[i].text})"
        return Mention(start, i, name, "anonymous", "?", self._span_text(start, i), head=i)

    def _anonymous(self, i: int, last: int) -> Mention:
        tokens = self.tokens
        end = i
        j = i + 1
        while (
            j <= last
            and j - i <= 5
            and tokens[j].is_word
            and not self.in_quote[j]
            and (
                # 'people familiar with the discussions', 'a source close to the investigation': its object noun
                (j - 2 > i and tokens[j - 1].norm == "the" and tokens[j - 2].norm in ("with", "to", "of"))
                # ('sources close to Declan Farrelly': all of the name of whom they are close to)
                or (
                    end == j - 1
                    and j - 1 > i
                    and tokens[j].is_capitalized
                    and tokens[j - 1].is_capitalized
                    and tokens[j - 1].is_word
                )
                # ('Izvori bliski upravi bolnice', 'izvor blizak Izvršnom odboru HNS-a': the genitive after whom)
                or (
                    self.family != "en"
                    and end == j - 1
                    and any(tokens[k].norm in _CLOSE_TO for k in range(max(i + 1, j - 3), j - 1))
                    and tokens[j].norm not in lx.PRESENT[self.family]
                    and not self._looks_like_cue(j)
                )
                # 'Izvori bliski CIK-u', 'a source close to Hale': whom they are close to, by name (or not:
                # 'blizak organizatorima')
                or (
                    j - 1 > i
                    and (tokens[j].is_capitalized or (self.family != "en" and tokens[j - 1].norm in _CLOSE_TO))
                    and (
                        tokens[j - 1].norm in _CLOSE_TO
                        or (tokens[j - 1].norm == "to" and j - 2 > i and tokens[j - 2].norm == "close")
                    )
                )
                # 'izvor Politike', 'sagovornik Glasa Zaječara': the outlet whose source it is, in the genitive
                or (
                    self.family != "en"
                    and end == j - 1
                    and tokens[j].is_capitalized
                    and tokens[j].norm not in _FIRST_NAMES
                    and all(tokens[k].is_capitalized for k in range(i + 1, j + 1))
                    and tokens[i].norm in lx.ANONYMOUS[self.family]
                )
                # 'Izvor iz Vlade Tuzlanskog kantona', 'izvor iz Vlade TK': the body's name goes on
                or (
                    j - 2 > i
                    and end == j - 1
                    and self.family != "en"
                    and tokens[i + 1].norm in ("iz", "u", "v")
                    and (
                        (tokens[j].text.isupper() and len(tokens[j].text) <= 5)
                        or (
                            tokens[j].is_capitalized
                            and tokens[j].norm not in _FIRST_NAMES
                            and j + 1 <= last
                            and tokens[j + 1].is_word
                            and not tokens[j + 1].is_capitalized
                            and self._declined(j + 1)
                        )
                        # (the noun after the body's capitalised adjective: 'Vlade Tuzlanskog kantona')
                        or (
                            tokens[j - 1].is_capitalized
                            and tokens[j - 2].is_capitalized
                            and not tokens[j].is_capitalized
                            and tokens[j].norm not in PREPOSITIONS
                            and self._declined(j)
                        )
                    )
                )
                or tokens[j].norm
                in {
                    "blizu",
                    "blizak",
                    "bliski",
                    "blisko",
                    "close",
                    "to",
                    "iz",
                    "v",
                    "u",
                    "the",
                    "familiar",
                    "with",
                    "seznanjen",
                    "upoznat",
                    "vlade",
                    "vladi",
                    "government",
                    "ministrstva",
                    "ministarstva",
                    "policije",
                    "stranke",
                    "matter",
                    "talks",
                    "pogajanj",
                    "pregovora",
                    "diplomatski",
                    "diplomatic",
                    "diplomatskih",
                    "kremlju",
                    "kremlja",
                    "beli",
                    "hisi",
                    "bijeloj",
                    "kuci",
                    "white",
                    "house",
                    "knowledge",
                    "of",
                    "briefed",
                }
            )
        ):
            end = j
            j += 1
        word = lx.ANONYMOUS_WORD[self.family]
        plural = tokens[i].norm in {
            "viri",
            "izvori",
            "sources",
            "sogovorniki",
            "sugovornici",
            "sagovornici",
            "insiders",
        }
        return Mention(
            i, end, f"anonymous source ({word})", "anonymous", "p" if plural else "?", self._span_text(i, end), head=i
        )

    def _closes_list(self, mention: Mention, following: Mention) -> bool:
        """Whether `following` ends a list with `mention` before it: one conjunction between two people named in
        full."""
        gap = self.tokens[mention.last + 1 : following.first]
        return (
            len(gap) == 1
            and gap[0].norm in lx.CONJUNCTIONS[self.family]
            and following.kind == "person"
            and " " in following.name
        )

    def _one_body(self, first: int, last: int) -> Mention:
        """Two names read as one body's ('Marks & Spencer', 'the Health and Safety Executive')."""
        return Mention(first, last, self._span_text(first, last), "organization", "n", head=last)

    def _coordinate(self, mentions: list[Mention]) -> list[Mention]:
        """Join 'Tako X kot Y', 'X in Y', 'X i Y', 'X and Y' into one mention with partners."""
        joined: list[Mention] = []
        for n, mention in enumerate(mentions):
            if (
                joined
                and self.family != "en"
                and joined[-1].kind == "person"
                and " " in joined[-1].name
                and mention.first == joined[-1].last + 2
                and self.tokens[mention.first - 1].norm in ("iz", "z", "s", "sa")
                and mention.kind in ("organization", "person")
                and " " not in mention.name
            ):
                # 'Ljubinka Stevanović iz Pančeva i Milorad Pešić iz Smederevske Palanke', 'Tomislav Rendulić iz
                # Možemo!': where each is from
                end = mention.last
                if end + 1 < len(self.tokens) and self.tokens[end + 1].text == "!":
                    end += 1
                joined[-1].last = end
                continue
            if (
                joined
                and mention.kind in ("person", "organization", "group")
                and joined[-1].kind in ("person", "organization", "group")
            ):
                previous = joined[-1]
                gap = [t for t in self.tokens[previous.last + 1 : mention.first]]
                if (
                    self.family == "en"
                    and mention.role is not None
                    and 2 <= len(gap) <= 3
                    and gap[0].norm in lx.CONJUNCTIONS[self.family]
                    and all(
                        t.is_word
                        and not t.is_capitalized
                        and t.norm not in lx.EN_VERBS
                        and t.norm not in _EN_FINITE
                        and not _looks_like_verb(t.norm, "en")
                        for t in gap[1:]
                    )
                ):
                    gap = gap[:1]  # 'X and city councillor Y': the role's own modifiers belong to it
                if self.family == "en":
                    gap = self._english_joining_words(gap, previous, mention)
                if (
                    len(gap) == 1
                    and gap[0].text == ","
                    and previous.kind == mention.kind == "person"
                    and " " in previous.name
                    and " " in mention.name
                    and not self._governed(previous)  # ('On the future of the former Fairview School, Gagnon and Cyr')
                    and n + 1 < len(mentions)
                    and self._closes_list(mention, mentions[n + 1])
                ):
                    # 'podžupan Jure Bobnar, ravnateljica šole Mateja Drnovšek in direktor Primož Jerman': a list of
                    # three, the last after 'in'
                    previous.partners.append(mention)
                    previous.last = mention.last
                    continue
                if (
                    self.family == "en"
                    and len(gap) == 2
                    and previous.first > 0
                    and self.tokens[previous.first - 1].norm in ("between", "from", "of", "in", "at", "near")
                ):
                    # ('closed between Little Fort and Avola, and DriveBC says': a new clause's subject after places)
                    joined.append(mention)
                    continue
                if (
                    self.family == "en"
                    and len(gap) == 1
                    and gap[0].norm == "and"
                    and previous.first == previous.last
                    and previous.first > 0
                    and self.tokens[previous.first - 1].norm == "the"
                    and " " in mention.name
                    and self.tokens[mention.last].norm in _EN_BODY_ENDINGS
                ):
                    # 'The England and Wales Cricket Board', 'the Health and Safety Executive': one body's name
                    joined[-1] = self._one_body(previous.first, mention.last)
                    continue
                if (
                    (len(gap) == 1 and gap[0].norm in lx.CONJUNCTIONS[self.family])
                    or (len(gap) == 2 and gap[0].text == "," and gap[1].norm in lx.CONJUNCTIONS[self.family])
                    # 'Predsjednica sindikata X i njen zamjenik Y poručili su': her deputy, by his role; 'Tako X kot
                    # njen kolega Y': her colleague, by what he is to her
                    or (
                        len(gap) == 2
                        and gap[0].norm in lx.CONJUNCTIONS[self.family]
                        and gap[1].norm in _HIS_OR_HER
                        and mention.role is not None
                    )
                    # 'Tako koprski podžupan X kot piranska podžupanka Y sta ocenila': the second by her role too
                    or (
                        self.family != "en"
                        and 2 <= len(gap) <= 4
                        and gap[0].norm in lx.CONJUNCTIONS[self.family]
                        and mention.kind == "person"
                        and previous.kind == "person"
                        and _role_noun(self._noun_base(gap[-1]))
                        and all(
                            t.is_word
                            and not t.is_capitalized
                            and (_role_noun(t.norm) or _adjective(t.norm, self.family))
                            for t in gap[1:]
                        )
                    )
                    or (
                        len(gap) == 3
                        and gap[0].norm in lx.CONJUNCTIONS[self.family]
                        and gap[1].norm in _HIS_OR_HER
                        and gap[2].is_word
                        and not gap[2].is_capitalized
                        and mention.kind == "person"
                        and previous.kind == "person"
                    )
                ):
                    if previous.kind == "group" and mention.kind == "person" and not previous.partners:
                        previous = joined[-1] = self._named_member(previous)
                    if (
                        self.family == "en"
                        and len(gap) == 1
                        and not previous.partners
                        and previous.kind == "person"
                        and mention.kind == "person"
                        and mention.role is not None
                        and self.tokens[previous.first].norm not in _FIRST_NAMES
                        and (
                            self.tokens[previous.last].norm in lx.ROLES
                            # ('Health and Social Care Secretary Wes Streeting', 'Economy, Trade and Industry Minister
                            # Kenji Arakawa': the fields of one office, not a second speaker)
                            or (
                                " " not in previous.name
                                and previous.role is None
                                and not self._surname_known(self.tokens[previous.first].norm)
                            )
                        )
                    ):
                        # 'Lakeshore Health President and CEO Robert Amadi': two titles of one person, the first
                        # with its body's name
                        joined[-1] = replace(
                            mention, first=previous.first, role=self._span_text(previous.first, mention.head)
                        )
                        continue
                    previous.partners.append(mention)
                    previous.last = mention.last
                    continue
            joined.append(mention)
        return joined

    def _english_joining_words(self, gap: list[Token], previous: Mention, mention: Mention) -> list[Token]:
        """The words that join two English names, without what belongs to either: 'and the Y', 'and Mr Y' (the
        article or title of the second), 'X, who abstained, and Y both said' (what is said of the first)."""
        k = len(gap)
        while k > 1 and (gap[k - 1].norm == "the" or gap[k - 1].norm in _EN_TITLES or gap[k - 1].text == "."):
            k -= 1
        if k == len(gap) or gap[k - 1].norm not in lx.CONJUNCTIONS["en"]:
            return gap
        if k == 1:
            # (not a name's last part: 'the Department of Agriculture, Food and the Marine')
            return gap if previous.first > 0 and self.tokens[previous.first - 1].text == "," else gap[:1]
        if (
            5 <= k <= 10
            and gap[0].text == ","
            and gap[1].norm in ("who", "which")
            and gap[k - 2].text == ","
            and all(t.is_word and not t.is_capitalized for t in gap[1 : k - 2])
            and mention.last + 1 < len(self.tokens)
            and self.tokens[mention.last + 1].norm == "both"
        ):
            return gap[k - 1 : k]
        return gap

    def _named_member(self, group: Mention) -> Mention:
        """'Foreign ministers John Alder (and Anna Berg)', 'Ministri Ivan Horvat (i ...)': the first of the pair is
        the person named after the plural role, not the group."""
        words = self.tokens[group.first : group.last + 1]
        k = max((n for n, t in enumerate(words) if t.norm in lx.GROUPS), default=-1)
        name = words[k + 1 :]
        if k < 0 or len(name) < 2 or not all(t.is_word and t.is_capitalized for t in name):
            return group
        role = " ".join(t.text for t in words[: k + 1])
        return Mention(name[0].index, group.last, self._base_name(name), "person", role=role, head=group.last)

    # --- names in their base form -------------------------------------------------------------------------

    def _opens_sentence(self, k: int) -> bool:
        """Whether the token at `k` is the first word of a sentence or of a dash-led paragraph."""
        first = self.sentences[self._sentence_index(k)].first
        return k == first or (k == first + 1 and self.tokens[first].text in DASHES)

    def _base_name(self, words: list[Token]) -> str:
        key = " ".join(t.text for t in words)
        if key in self.names_seen:
            return self.names_seen[key]
        first = words[0].norm
        if (
            len(words) > 1
            and self.family != "en"
            and (
                ((_FIRST_NAMES.get(first) or _AMBIGUOUS_FIRST_NAMES.get(first)) == "m" and first[-1:] not in "aeiou")
                # 'Dimitri Tsiklauri', 'Luigi Rossi': every word in -i, a foreign name as written, no case of one
                or all(t.norm.endswith("i") and len(t.norm) > 3 for t in words)
                # 'Olena Kravčenko': a woman's first name in -a that is no man's name declined ('Ivana', 'Petra')
                or (
                    _FIRST_NAMES.get(first) == "f"
                    and first.endswith("a")
                    and first[:-1] not in _FIRST_NAMES
                    and first[:-1] not in _AMBIGUOUS_FIRST_NAMES
                    and not (len(first) > 3 and first[-2] == "l" and first[:-2] + "el" in _FIRST_NAMES)  # 'Pavla'
                )
            )
        ):
            # 'Aleš Cantarutti': a man's first name in the nominative (declined, it would take an ending: 'Aleša')
            # puts the surname in the nominative too, whatever its ending
            based = " ".join(_latin(t.text) for t in words)
            self.names_seen[key] = based
            return based
        if len(words) == 1 and self.family != "en" and first in _FIRST_NAMES and self._opens_sentence(words[0].index):
            # 'Amela priznaje', 'Ivo dodaje': a first name opening a sentence is its subject, in the nominative, not
            # the man's name 'Amel' or the woman's name 'Iva' declined
            self.names_seen[key] = _latin(words[0].text)
            return self.names_seen[key]
        last = self._base_word(words[-1], surname=len(words) > 1)
        if len(words) > 1 and _latin(words[-1].text) == last:
            # The surname is not declined (a nominative, or a woman's surname): a first name in -a is then
            # nominative too ('Ivana Perić'), other endings are declined ('Ane Kos' → 'Ana Kos').
            firsts = [
                _latin(t.text)
                if self._base_word(t) == _latin(t.text)
                or (
                    (_FIRST_NAMES.get(t.norm) or _AMBIGUOUS_FIRST_NAMES.get(t.norm)) == "m"  # 'Steve Vitkof'
                    # (but a Slovenian 'Nino Zorman' is Nina Zorman declined, not the Croatian Nino)
                    and not (self.family == "sl" and t.norm.endswith("o") and t.norm[:-1] + "a" in _FIRST_NAMES)
                )
                else _feminine_first_name(_latin(t.text), self.family)
                for t in words[:-1]
            ]
        else:
            firsts = [self._base_word(t) for t in words[:-1]]
        based = " ".join([*firsts, last])
        self.names_seen[key] = based
        return based

    def _base_word(self, token: Token, surname: bool = False) -> str:
        # (the same for the same word throughout a document: the words seen capitalised are counted up front)
        key = (token.text, surname)
        based = self.base_words.get(key)
        if based is None:
            based = self.base_words[key] = self._base_word_uncached(token, surname)
        return based

    def _base_word_uncached(self, token: Token, surname: bool) -> str:
        word = _latin(token.text)
        if not word:  # a lone soft sign, or another letter that transliterates to nothing
            return token.text
        if self.family == "en" or not word[0].isupper() or word.isupper():
            return _latin(word)
        norm = token.norm
        if (
            not surname  # 'Maje Zorko' is Maja Zorko, whatever 'Zorka' is
            and norm[-1:] in ("e", "i", "o", "u")
            # (a Slovenian '-u' is a man's dative: 'Ivanu Pernatu' is Ivan; in Croatian it may be Ivana's accusative)
            and not (self.family == "sl" and norm[-1:] == "u" and _FIRST_NAMES.get(norm[:-1]) == "m")
            and norm not in _FIRST_NAMES
            and _AMBIGUOUS_FIRST_NAMES.get(norm) != "m"  # 'Tine', not 'Tina' declined
            and norm[:-1] + "a" in _FIRST_NAMES
        ):
            return _latin(word[:-1] + "a")  # 'Luke Pečarja', 'Nine Kos': a first name in -a, declined
        # the form seen elsewhere in the text without a case ending is the nominative
        for ending in _CASE_ENDINGS_BY_LAST_LETTER.get(norm[-1:], ()):
            if norm.endswith(ending) and len(norm) - len(ending) >= 3:
                stem = norm[: -len(ending)]
                # 'Arsa' after 'Arso', 'Janše' after 'Janša': a base form in -o/-a seen elsewhere, or none
                for base_ending in ("", "o", "a"):
                    if stem + base_ending in self.capitalized and stem + base_ending != norm:
                        return _latin(word[: len(word) - len(ending)] + base_ending)
        if norm + "a" in self.capitalized or norm + "u" in self.capitalized:
            return _latin(word)  # 'Alprom' beside 'direktor Alproma': the form its case endings are added to
        if self.lemmatizer is not None:
            lemma = self._lemma(word)
            if norm.endswith(("i", "e")) and not norm.endswith(("eve", "ove")) and not lemma.endswith("a"):
                # a name's singular in -i or -e is a nominative ('Benedetti', 'Meloni', 'Van Daele'), or a form
                # of one in -a ('Janši', 'Janše'); not a woman's form of a surname ('Ilićeve')
                return _latin(word)
            if lemma and _declined_from(word.lower(), lemma.lower()):
                return _latin(lemma[0].upper() + lemma[1:])
        return _latin(word)

    def _base_phrase(self, start: int, end: int, head: int) -> str:
        """A descriptive speaker ('ministrstvo za zdravje', 'pogajalci') with its head noun in base form."""
        if self.family == "en" or self.lemmatizer is None:
            return _latin(self._span_text(start, end))
        words = []
        swap: tuple[str, str] | None = None  # the head's case vowel and its base's: 'uprave' → 'uprava' is e → a
        masculine = False
        for k in range(start, end + 1):
            token = self.tokens[k]
            if k == head and token.norm not in lx.GROUPS:
                lemma = self._lemma(token.text.lower()) or token.text
                base = self._noun_base(token)  # ('uprave' is 'uprava', not the verb 'upraviti')
                if base in _DESCRIBING and " ".join(_norm_words(lemma)) != base:
                    shared = next(
                        (n for n, (a, b) in enumerate(zip(token.norm, base, strict=False)) if a != b),
                        min(len(token.norm), len(base)),
                    )  # ('železnice' is its own base: all of it shared, its letters kept)
                    lemma = token.text.lower()[:shared] + base[shared:]
                if len(base) == len(token.norm) and base[:-1] == token.norm[:-1] and base[-1] in "aeo":
                    swap = (token.norm[-1], base[-1])
                masculine = base == token.norm[:-1] and token.norm.endswith("a")  # 'urada' → 'urad'
                words.append(lemma[:1].upper() + lemma[1:] if token.is_capitalized else lemma)
            else:  # what follows the head is its genitive: 'Sindikat kmetov Slovenije'
                words.append(token.text)
        if swap is not None:
            # adjectives next to the head agree with it: 'Policijske uprave karlovačke' → 'Policijska uprava
            # karlovačka' (a genitive further on is kept as it is)
            for k in (*range(head - 1, start - 1, -1), *range(head + 1, end + 1)):
                token = self.tokens[k]
                adjective = _adjective(token.norm, self.family) or token.norm.endswith(("cke", "ske"))
                neuter = next((e for e in ("ega", "oga", "og", "eg") if token.norm.endswith(e)), None)
                if adjective and swap[1] == "a" and token.norm.endswith("oj") and k < head:
                    words[k - start] = token.text[:-2] + "a"  # 'u Policijskoj upravi' → 'Policijska uprava'
                    continue
                if adjective and neuter and swap[1] in "eo" and k < head:
                    # 'računskega sodišča' → 'računsko sodišče', 'Državnog tužiteljstva' → 'Državno tužiteljstvo'
                    words[k - start] = token.text[: -len(neuter)] + "o"
                    continue
                if not adjective or not token.norm.endswith(swap[0]) or (k > head and token.is_capitalized):
                    if k > head:
                        break  # (a name after the head is a genitive of its own: 'Policijska uprava Celje')
                    continue
                words[k - start] = token.text[:-1] + swap[1]
        if masculine:
            # and in the masculine: 'statističnega urada' → 'statistični urad', 'Državnog zavoda' → 'Državni zavod'
            for k in range(head - 1, start - 1, -1):
                text = self.tokens[k].text
                ending = next((e for e in ("ega", "oga", "og", "eg") if self.tokens[k].norm.endswith(e)), None)
                if ending is None or not _adjective(self.tokens[k].norm, self.family):
                    break
                words[k - start] = text[: -len(ending)] + "i"
        return _latin(" ".join(words).replace(" , ", ", "))  # ('Ministarstvo poljoprivrede, šumarstva i ...')

    # --- statements ---------------------------------------------------------------------------------------

    def _statement_for_cue(
        self, sentence: Sentence, cue: Cue, cues: list[Cue], mentions: list[Mention], handled: set[int]
    ) -> int:
        if cue.kind == "phrase":
            return self._phrase_statement(sentence, cue, cues, mentions)
        start = self.tokens[cue.first].start
        if any(
            st.speaker_kind == "group"
            and st.cue.lower().startswith(("asked", "upitan", "na vpra", "na pitanje"))
            and st.start <= start < st.end
            for st in self.statements[self.sentence_statements :]
        ):
            return 0  # 'Asked whether the university had told him ..., he shook his head': inside the question
        if cue.kind == "verb" and any(st.start < start < st.end for st in self.statements[self.sentence_statements :]):
            return 0  # 'told the court the marshal had asked him to ...': a verb inside what was reported
        if cue.kind == "noun":
            return self._noun_statement(sentence, cue, mentions)
        if cue.kind == "gerund":
            return self._gerund_statement(sentence, cue, cues, mentions)
        if self._parenthetical(cue, sentence):
            return self._parenthetical_statement(sentence, cue, cues, mentions)
        inserted = self._inserted(cue, sentence)
        if inserted is not None:
            return self._inserted_statement(sentence, cue, inserted, mentions)
        quote = self._quote_for_cue(sentence, cue)
        if (
            quote is not None
            and self.family == "en"
            and quote.close is not None
            and cue.last < quote.open <= cue.last + 2
            and quote.close + 1 <= sentence.last
            and self.tokens[quote.close + 1].is_word
            and not self.tokens[quote.close + 1].is_capitalized
            and self.tokens[quote.close + 1].norm not in _CUE_WORDS[self.family]
            and self.tokens[quote.close + 1].norm not in _EN_NOT_PREDICATE
            and sum(1 for k in range(quote.open + 1, quote.close) if self.tokens[k].is_word) <= 6
        ):
            # 'the minister said "all options" remained on the table': a quoted phrase opening the reported clause
            speaker = self._subject(sentence, cue, mentions, None)
            if speaker is None:
                return 0
            handled.add(quote.open)
            self.used_quotes.add(quote.open)
            last = self._clause_end(quote.open, sentence, [c for c in cues if c is not cue])
            return self._emit(speaker, quote.open, last, "mixed", cue, sentence)
        if quote is not None:
            speaker = self._subject(sentence, cue, mentions, quote)
            if speaker is None:
                return 0
            pieces = [quote]
            partner = self._continuation_quote(sentence, cue, quote)
            if partner is not None:
                pieces.append(partner)
            for piece in pieces:
                handled.add(piece.open)
                self.used_quotes.add(piece.open)
            made = self._emit_quote(pieces, speaker, cue, sentence)
            end = pieces[-1].close if pieces[-1].close is not None else sentence.last
            tokens = self.tokens
            joiner = end + 1 + (end + 1 <= sentence.last and tokens[end + 1].text == ",")
            if (
                made
                and pieces[-1].close is not None
                and cue.last < quote.open
                and joiner + 2 <= sentence.last
                and tokens[joiner].norm in ("but", "and", "ali", "in", "i", "a")
                and tokens[joiner + 1].norm in lx.COMPLEMENTIZERS[self.family]
            ):
                # 'said "nothing is permanent," but that he would not hold out false hope': a reported clause after
                # the quotation, of the same verb
                last = self._clause_end(joiner + 1, sentence, [c for c in cues if c is not cue])
                made += self._emit(speaker, joiner + 1, last, self._quote_type(joiner + 1, last), cue, sentence)
            return made
        content = self._complement(sentence, cue, cues)
        if content is None:
            if any(
                self.tokens[k].norm in _RELATIVE_SUBJECTS and self.tokens[k - 1].norm != ","
                for k in range(max(sentence.first + 1, cue.first - 3), cue.first)
            ):
                return 0  # ('X, a former press officer who now writes about ...': what X does, no new speaker)
            # No content here ('je zavrnila očitke'), but whoever speaks is the one a following
            # 'je dodala' refers to.
            subject = self._subject(sentence, cue, mentions, None)
            if subject is not None and subject.kind != "pronoun" and sentence.first <= subject.first <= sentence.last:
                self._remember(subject, self._channel(sentence, cue))
                return self._block_quote(sentence, cue, subject)
            return 0
        characterising = content[0] <= cue.first <= content[1]
        speaker = self._subject(sentence, cue, mentions, None, None if characterising else content)
        if speaker is None:
            return 0
        first, last = content
        if characterising and first <= speaker.first <= last:
            if speaker.first > cue.last:
                last = speaker.first - 1
                while last > cue.last and self.tokens[last].norm in SKIPPABLE:
                    last -= 1
            else:
                first = speaker.last + 1
        for quote in sentence.quotes:
            if first <= quote.open <= last:
                handled.add(quote.open)
                self.used_quotes.add(quote.open)
        made = 0
        for part_first, part_last in self._coordinated_clauses(first, last):
            quote_type = self._quote_type(part_first, part_last)
            made += self._emit(speaker, part_first, part_last, quote_type, cue, sentence)
        return made

    def _coordinated_clauses(self, first: int, last: int) -> list[tuple[int, int]]:
        """'da je ..., in da bo ...' / 'that ... and that ...': one statement per reported clause."""
        tokens = self.tokens
        complementizers = lx.COMPLEMENTIZERS[self.family]
        # 'said the cost had risen, and that the board would meet': a that-less first clause splits the same way
        if (tokens[first].norm not in complementizers and self.family != "en") or _NO_SPLIT:
            return [(first, last)]
        if self.family == "en" and first > 0 and tokens[first - 1].norm == "to":
            complementizers = complementizers | {"to"}  # 'pledged to hold the rate flat and to ask the council'
        parts, start = [], first
        for k in range(first + 2, last):
            if (
                (tokens[k].norm in _CLAUSE_JOINERS or tokens[k].norm in _CONTRASTS)  # 'da A, ali da B': two claims
                and tokens[k + 1].norm in complementizers
                and tokens[k + 1].norm != "naj"
                and not self.in_quote[k]
            ):
                end = k - 1 - (tokens[k - 1].text == ",")
                words_before = sum(1 for t in tokens[start : end + 1] if t.is_word)
                words_after = sum(1 for t in tokens[k + 1 : last + 1] if t.is_word)
                if words_before >= 3 and words_after >= 3:
                    parts.append((start, end))
                    start = k + 1
        parts.append((start, last))
        return parts

    def _quote_for_cue(self, sentence: Sentence, cue: Cue) -> Quote | None:
        """A quotation this verb introduces or follows: '"...," je dejal X', 'X je dejal: "..."'."""
        tokens = self.tokens
        best: Quote | None = None
        for quote in sentence.quotes:
            if quote.open in self.used_quotes:
                continue
            if (
                not self._is_statement_quote(quote, attached=True)
                and self._continuation_quote(sentence, cue, quote) is None
            ):
                continue  # ('»Reforma,« je dejal X, »prelaga ...«': a one-word first piece is part of the quotation)
            end = quote.close if quote.close is not None else quote.last
            if end < cue.first and self._opens_clause(quote, sentence):
                # ('Ski Federation (OeSV) president X said': a bracketed acronym is part of the name)
                between = [t for t in tokens[end + 1 : cue.first] if t.text not in ",.()"]
                # an auxiliary right after the quotation holds the clause open for the adverbials before its
                # verb: '»...,« je v torek na novinarski konferenci v Ljubljani dejal X'
                # (after a pronoun that says to whom: '»...,« nam je s solzami v očeh zaupala X')
                opening = between[1:] if between and between[0].norm in _DATIVE_CLITICS else between
                held_open = bool(opening) and opening[0].norm in lx.AUXILIARIES[self.family]
                # 'Dutch Finance Minister Pieter van Daalen told', 'Sgt. Andrea Whelan of Kings District RCMP said'
                titled = all(
                    t.is_capitalized
                    or t.norm in _NAME_PARTICLES
                    # ('Justice Helen Marsh of the Federal Court wrote', 'Helen Marsh, Peter Kovac and Anita Reddy')
                    or (self.family == "en" and t.norm in ("of", "from", "the", "and"))
                    or (self.family != "en" and t.norm in ("in", "i"))
                    for t in between
                ) or self._role_run(between)
                # ('"...," a spokesperson for the Austrian finance ministry said': someone described, not named)
                described = (
                    self.family == "en"
                    and bool(between)
                    and between[0].norm in ("a", "an", "the")
                    and any(self._noun_base(t) in _DESCRIBING for t in between[:4])
                )
                if (
                    len(between)
                    <= (
                        10
                        if held_open or titled or described
                        else 16
                        if self._name_and_apposition(end + 1, cue.first)
                        else 5
                    )
                    and not any(t.text in QUOTE_MARKS and not self._possessive_apostrophe(t.index) for t in between)
                    and not any(t.norm in lx.COMPLEMENTIZERS[self.family] for t in between)
                ):
                    best = quote
            elif quote.open > cue.last:
                between = tokens[cue.last + 1 : quote.open]
                if (
                    best is None
                    and (
                        any(t.text == ":" for t in between)
                        or (
                            # 'said, "..."'; not 'said Europe "will not ..."', where the quotation ends a clause
                            len(between) <= 1
                            and not any(t.is_word for t in between)
                            and tokens[quote.open].newline_before == 0
                            and self.family == "en"
                        )
                    )
                    and len(between) <= 8
                ):
                    return quote
        return best

    def _spokesperson_named(self, body_last: int, last: int) -> Mention | None:
        """The spokesperson's name in an apposition after the body she speaks for: ', Lejla Kurtović,'."""
        tokens = self.tokens
        k = body_last + 2
        if k > last or tokens[body_last + 1].text != "," or not tokens[k].is_capitalized:
            return None
        name = self._named(k, last)
        if name.kind != "person" or " " not in name.name or name.last + 1 > last:
            return None
        return name if tokens[name.last + 1].text == "," else None

    def _role_run(self, words: list[Token]) -> bool:
        """'Surf Life Saving NSW duty officer Craig Pendlebury': a body's name, a role in lower case (its last word
        a role noun), then a name: who is speaking, between a quotation and its verb."""
        lower = [n for n, t in enumerate(words) if not t.is_capitalized]
        return (
            self.family == "en"
            and 0 < len(lower) <= 3
            and lower == list(range(lower[0], lower[-1] + 1))
            and words[lower[-1]].norm in lx.ROLES
            and 0 < lower[-1] < len(words) - 2
            and all(t.is_capitalized for t in words[lower[-1] + 1 :])
        )

    def _possessive_apostrophe(self, k: int) -> bool:
        """ "the miners' union": an apostrophe closing a plural's possessive, glued to its word, not a mark."""
        tokens = self.tokens
        return (
            tokens[k].text in ("'", "’")
            and k > 0
            and tokens[k - 1].is_word
            and tokens[k - 1].end == tokens[k].start
            and tokens[k - 1].norm.endswith("s")
            and (k + 1 >= len(tokens) or tokens[k + 1].start > tokens[k].end)
        )

    def _name_and_apposition(self, first: int, cue_first: int) -> bool:
        """'"...," Kerstin Maier, an analyst at Donau Research, wrote': between a quotation and its verb, a name
        and an apposition set off by commas."""
        tokens = self.tokens
        k = first
        while k < cue_first and tokens[k].text in ",":
            k += 1
        commas = [j for j in range(k, cue_first) if tokens[j].text == ","]
        return (
            self.family == "en"
            and k < cue_first
            and tokens[k].is_capitalized
            and len(commas) == 2
            and commas[-1] == cue_first - 1
            and (
                tokens[commas[0] + 1].norm in ("a", "an", "the")
                # 'Senad Mujkić, head of the miners' union, told N1': a role without its article
                or self._appositive(commas[0] + 1, commas[1] - 1)
            )
        )

    def _opens_clause(self, quote: Quote, sentence: Sentence) -> bool:
        """Whether a quotation stands on its own before its cue, rather than inside a reported clause
        ('Da je "nazaj v Miamiju", je sporočil' is mixed speech, not a direct quote)."""
        before = [t for t in self.tokens[sentence.first : quote.open] if t.is_word]
        return len(before) == 0 or self.tokens[quote.open - 1].text in (":", "–", "—", "-")

    def _is_statement_quote(self, quote: Quote, attached: bool = False) -> bool:
        """A quotation of a statement, not a title or a scare-quoted word: several words, or a sentence;
        two words will do when a cue is attached to it ('„Ne bomo“, je dejal')."""
        first, last = quote.inner
        words = [t for t in self.tokens[first : last + 1] if t.is_word]
        if quote.open > 0 and self._noun_base(self.tokens[quote.open - 1]) in _TITLED_WORKS:
            return False  # 'autor knjige „Ustav kao obećanje“', 'the novel "A Quiet Year"': a title, said by no one
        if len(words) >= 4 or (attached and len(words) >= 2):
            return True
        return len(words) >= 2 and any(
            t.text in SENTENCE_END or t.text == "," for t in self.tokens[last - 1 : last + 1]
        )

    def _continuation_quote(self, sentence: Sentence, cue: Cue, quote: Quote) -> Quote | None:
        """'"First part," he said, "second part."' — the second piece belongs to the same statement."""
        end = quote.close if quote.close is not None else quote.last
        if end >= cue.first:
            return None
        for other in sentence.quotes:
            if other.open <= cue.last:
                continue
            if other.open > 0 and not self.tokens[other.open - 1].is_capitalized and self._quoted_title_end(other.open):
                return None  # 'navodi se u saopštenju „Petrogasa“', 'je dejal za »Delo«': a name, not more words
            between = self.tokens[cue.last + 1 : other.open]
            # the speaker may stand between the pieces with a role: 'je dejal vodja poslanske skupine X, »...«'
            # (or with what is said of them: '"...," said Dr. Ellen Whitaker, who heads the vaccine office, "..."')
            relative = any(
                a.text == "," and b.norm in _RELATIVES for a, b in pairwise(between)
            ) and not any(  # (not a relative clause that reports in turn: ', ki je opozoril, da ..., »...«')
                t.norm in lx.COMPLEMENTIZERS[self.family] or self._looks_like_cue(t.index) for t in between
            )
            if len(between) <= 6 or (
                len(between) <= (20 if relative else 12)
                and between[-1].text == ","
                and not any(
                    t.text in QUOTE_MARKS
                    # (an abbreviation's full stop is no sentence's end: 'said Dr. Ellen Whitaker, ...')
                    or (t.text in SENTENCE_END and not (t.text == "." and is_abbreviation(self.tokens, t.index)))
                    for t in between
                )
            ):
                return other
            return None
        return None

    def _complement(self, sentence: Sentence, cue: Cue, cues: list[Cue]) -> tuple[int, int] | None:
        """The content a verb governs: a 'da'/'that' clause after it, a fronted 'Da ...' clause before it,
        an 'o ...' phrase after a verb of reporting, or a characterisation ('označil za ...')."""
        tokens = self.tokens
        complementizers = lx.COMPLEMENTIZERS[self.family]
        relayed = next(
            (
                c
                for c in cues
                if c.kind == "phrase"
                and cue.last < c.first <= cue.last + 3
                and tokens[c.first - 1].text == ","
                and all(t.text == "," or t.norm in lx.AUXILIARIES[self.family] for t in tokens[cue.last + 1 : c.first])
                and tokens[c.last].norm in _RELAY_NOUNS
            ),
            None,
        )
        if relayed is not None:  # 'ocenila je, prema pisanju AFP-a, da ...': the relay set between verb and clause
            cues = [c for c in cues if c is not relayed]
        stop = self._clause_end(cue.last + 1, sentence, cues)
        if (
            self.family == "en"
            and cue.last + 2 <= stop
            and tokens[cue.last + 1].norm in ("it", "this", "so")
            and tokens[cue.last + 2].norm in _EN_SAYING_MANNER
        ):
            return None  # 'She said it twice more in the next ten minutes': how often, not what
        asking = tokens[cue.first].norm.startswith(_ASKING)  # a question's content opens with 'ali', 'whether'
        # after: 'je potrdil, da ...', 'said (that) ...'
        j, words = cue.last + 1, 0
        asides = {c.first: c.last for c in cues if c.kind == "phrase" and c.first > cue.last}
        # (up to ten words: 'izjavila je danas na konferenciji za novinare u Vladi Srbije da ...')
        reach = 8 if self.family == "en" else 10
        if self.family == "en" and tokens[cue.first].norm in _TOLD:
            reach = 12  # ('told supporters at the Steamfitters Local 412 hall on Tuesday night that ...')
        while j <= stop and words < reach:
            if (
                self.family != "en"
                and tokens[j].text == ","
                and j + 1 <= stop
                and tokens[j + 1].norm.endswith(_ADVERBIAL_PARTICIPLE_ENDINGS)
            ):
                # 'rekao je, obrazlažući predlog budžeta za 2027. godinu, da ...': how he said it, set before the
                # clause
                comma = next((k for k in range(j + 2, min(stop, j + 14) + 1) if tokens[k].text == ","), None)
                if comma is not None:
                    j = comma + 1
                    continue
            if (
                self.family == "en"
                and tokens[j].text == ","
                and j + 2 <= stop
                and tokens[j + 1].norm in ("seen", "obtained", "reviewed", "published", "sent", "addressed", "shared")
                and tokens[j + 2].norm in ("by", "to", "on", "with")
            ):
                # 'wrote in a letter to parents, seen by The Irish Times, that ...': who has the letter, set before
                comma = next((k for k in range(j + 3, min(stop, j + 10) + 1) if tokens[k].text == ","), None)
                if comma is not None:
                    j = comma + 1
                    continue
            if words >= 8 and tokens[j].text == ",":
                break  # (the two words more only within the clause: not to '..., prelevmani bi mogli da budu')
            if j in asides:  # 'rekao je, kako prenosi Tanjug, da ...': the relay is no complementizer
                j = asides[j] + 1
                continue
            if tokens[j].text == "," and j + 1 <= stop and tokens[j + 1].norm in _CITING:
                # 'reported on Sunday, citing delegates, that ...': whom it cites, set before the clause
                comma = next((k for k in range(j + 2, min(stop, j + 9) + 1) if tokens[k].text == ","), None)
                if comma is not None:
                    j = comma + 1
                    continue
            # 'je pozval vlado, naj zakon umakne': an appeal; a bare 'naj' elsewhere is the reportative 'naj bi'
            is_complementizer = (
                tokens[j].norm in complementizers
                and (tokens[j].norm != "naj" or (tokens[j - 1].text == "," and tokens[j + 1].norm != "bi"))
            ) or (
                asking
                and (
                    (
                        tokens[j].norm in _QUESTION_WORDS
                        # 'vprašal, ali bo ...', 'pitali hoće li ...' ('pitao je da li': that 'je' is the auxiliary)
                        and (j > cue.last + 1 or (j + 1 <= stop and tokens[j + 1].norm == "li"))
                    )
                    # 'pitali zašto je ...', 'vprašali, zakaj ...', 'asked why ...': the question word opens it
                    or (tokens[j].norm in _WH_WORDS[self.family] and not tokens[j].is_capitalized)
                    # 'pitali osjeća li se ...': the verb put first, then 'li'
                    or (
                        j == cue.last + 1
                        and j + 1 <= stop
                        and tokens[j + 1].norm == "li"
                        and tokens[j].is_word
                        and not tokens[j].is_capitalized
                    )
                )
            )
            if is_complementizer and tokens[j - 1].norm in _MODALS_BEFORE_DA:
                is_complementizer = False  # 'bi mogli da budu uvedeni', 'želeo da ostane': a verb's 'da', not said
            if is_complementizer and not self.in_quote[j] and j + 1 <= stop:
                if (
                    tokens[j - 1].norm in _CLAUSE_JOINERS
                    and j - 1 > cue.last + 1
                    and any(
                        tokens[k].norm in complementizers and not self.in_quote[k]
                        for k in range(sentence.first, cue.first)
                    )
                ):
                    # 'je povedala, da bo občina razpis objavila do konca meseca in da bi se dela začela ...': the
                    # second 'da' goes on with the first, whose verb this is not
                    return None
                if self.family == "en" and j > cue.last + 2:
                    # a that-less clause may come first: 'said the budget was balanced, and that taxes ...', or
                    # hold the 'that' itself after its own subject: 'said she was furious that ...'
                    start = self._past_english_adjuncts(cue.last + 1, stop)
                    after_and = tokens[j - 1].norm in ("and", "but")
                    if (
                        start is not None
                        and start < j - 1
                        and (
                            j - 1 > cue.last + 3
                            if after_and
                            else tokens[start].norm in _EN_SUBJECT_PRONOUNS
                            # 'said a hip problem that had troubled her was not a factor', 'said the store that opened
                            # in 2022 had cut sales': 'that' of a relative clause, its verb right after it
                            or (
                                j + 1 <= stop
                                and (
                                    tokens[j + 1].norm in _EN_FINITE
                                    or tokens[j + 1].norm in _EN_IRREGULAR_PAST
                                    or (tokens[j + 1].norm.endswith("ed") and not tokens[j + 1].is_capitalized)
                                )
                            )
                            # 'said volunteers had been told to expect twice that number': a subject and its verb
                            or (start + 1 < j and tokens[start + 1].norm in _EN_FINITE)
                            # 'said the court had established beyond doubt that ...': a subject and its own verb
                            or (
                                tokens[start].norm in ("the", "a", "an")
                                and any(t.norm in _EN_FINITE for t in tokens[start + 1 : j])
                            )
                        )
                    ):
                        return start, self._concession_trimmed(cue, start, stop)
                return j, self._concession_trimmed(cue, j, stop)
            title_end = self._quoted_title_end(j)
            if title_end is not None:
                j, words = title_end + 1, words + 1  # 'rekao je za „Politiku“ da ...': a paper's name in quotes
                continue
            if (
                self.family == "en"
                and tokens[j].text == ","
                and j + 1 <= stop
                and tokens[j + 1].norm.endswith("ing")
                and tokens[j + 1].norm not in lx.GERUNDS["en"]
            ):
                break  # '..., two people said on Tuesday, raising the risk that ...': the 'that' is the risk's
            if (
                tokens[j].text == ":"
                and not self.in_quote[j]
                and words <= 4
                and j + 2 <= sentence.last
                # (not 'said Whitfield's rule is simple: nobody gets cut': a clause of its own before the colon)
                and not (self.family == "en" and any(t.norm in _EN_FINITE for t in tokens[cue.last + 1 : j]))
            ):
                following = tokens[j + 1]
                if following.is_word and following.text not in QUOTE_MARKS and following.text not in DASHES:
                    # 'RHMZ je objavio novo upozorenje: do petka se očekuje ...': what follows the colon
                    return j + 1, self._clause_end(j + 1, sentence, [c for c in cues if c is not cue])
            if tokens[j].text in QUOTE_MARKS or tokens[j].text == ":":
                break
            j = (self._parenthesis_end(j) or j) + 1  # 'je priznal po porazu (71:84), da ...'
            words += 1
        # before: 'Da ..., je sporočil X'
        first = sentence.first
        if tokens[first].norm in complementizers and first < cue.first:
            comma = max(
                (k for k in range(first, cue.first) if tokens[k].text == "," and not self.in_quote[k]), default=None
            )
            if comma is not None and comma > first:
                return first, comma - 1
        # 'poročali o konstruktivnih pogovorih'
        j = cue.last + 1
        while j <= stop and tokens[j].norm in SKIPPABLE:
            j += 1
        if (
            j <= stop
            and tokens[j].norm == "na"
            and self.family != "en"
            and tokens[cue.first].norm.startswith(("opozor", "opozar", "upozor", "opomni", "ukaza", "ukazu"))
            # (not where, after content fronted: '..., opozarjajo na prometnoinformacijskem centru')
            and tokens[cue.first - 1].text != ","
            # (nor a topic of one word: 'je opozoril na poškodbe', then what of them; nor 'na drugo težavo')
            and sum(1 for t in tokens[j : stop + 1] if t.is_word) >= 3
            and not tokens[j + 1].norm.startswith(("drug", "to", "ta", "te", "nek", "se", "tist", "finan"))
            and tokens[stop].text not in (":",)
            and (stop + 1 > sentence.last or tokens[stop + 1].text != ":")
        ):
            return j, stop  # 'je opozoril na pomanjkanje pedopsihiatrov': what was warned of
        if (
            j <= stop
            and tokens[j].norm in ("o", "about", "on")
            and self.family != "en"
            # ('film pripoveduje o treh generacijah': what a story tells of, no statement)
            and not tokens[cue.first].norm.startswith(("pripove", "pripovije"))
        ) or (
            # (not 'who now writes about the royal family': what someone writes or talks of, as a habit)
            j <= stop and tokens[j].norm == "about" and tokens[cue.first].norm not in _EN_TOPIC_VERBS
        ):
            return j, stop
        appeal = self._english_appeal(cue, stop) or self._demanded(cue, stop)
        if appeal is not None:
            return appeal
        if (
            self.family == "en"
            and tokens[cue.first].norm in ("accused", "accuses", "accuse")
            and any(t.norm == "of" for t in tokens[cue.last + 1 : min(stop, cue.last + 6) + 1])
        ):
            return cue.last + 1, stop  # 'accused Britain of escalating the conflict': whom, and of what
        # characterisation: the clause around the verb ('zavrnili kot »izmišljotine«', 'rejected as "absurd"')
        if any(tokens[cue.first].norm.startswith(stem) for stem in lx.CHARACTERISING[self.family]) or any(
            tokens[k].norm in ("kot", "kao", "as") and tokens[k + 1].text in QUOTE_MARKS
            for k in range(cue.last + 1, min(stop - 1, cue.last + 3) + 1)
        ):
            if self._sentenced(cue, stop):
                return None  # 'Sud je osudio X na 12 godina zatvora': a court's sentence, not words said
            if tokens[cue.first].norm.startswith(("dismissed", "condemned", "obsodi", "osudi")) and not any(
                t.norm in ("as", "that", "kot", "kao", "da") or t.text in QUOTE_MARKS
                for t in tokens[max(sentence.first, cue.first - 8) : stop + 1]
            ):
                # 'dismissed her appeal', 'condemned the attack', 'Podražitev so v zvezi ostro obsodili': an act
                return None
            start = self._clause_start(cue.first, sentence)
            # 'said the bill was unfair and called it ...': the clause does not reach back over another cue
            start = max([start, *(c.last + 1 for c in cues if c.last < cue.first)])
            if start < cue.first or stop > cue.last:
                return start, stop
        if self.family == "en" and tokens[cue.first].norm in _TOLD:
            k = self._past_addressee(cue, stop)
            if (
                cue.last + 1 < k < stop
                and sum(1 for t in tokens[k : stop + 1] if t.is_word) >= 3
                and tokens[k].norm not in _NOT_CONTENT_OPENERS
                and tokens[k].text != ","  # "..., two sources told AFP, days before a deadline": an adjunct
            ):
                return k, stop
        # English: 'X said Y would ...', 'X said on Monday it was ...' (no 'that')
        if self.family == "en" and tokens[cue.first].norm in _EN_SAY and cue.last + 2 <= stop:
            start = self._past_english_adjuncts(cue.last + 1, stop)
            if (
                start is not None
                and start + 1 <= stop
                and (tokens[start].norm not in PREPOSITIONS_EN or self._opens_with_number(start, stop))
                # 'admitted causing death by dangerous driving' is a plea; 'said closing it would be ...' a clause
                and not (
                    tokens[start].norm.endswith("ing")
                    and not any(t.norm in _EN_FINITE or t.norm.endswith("ed") for t in tokens[start + 1 : stop + 1])
                )
                and not self._only_a_speaker(start, stop)  # '..., said Ursula Smith.': who said it, not what
            ):
                if tokens[cue.first].norm in (
                    "claimed",
                    "claims",
                    "claim",
                    "conceded",
                    "concedes",
                    "concede",
                ) and not any(_en_verb_form(t.norm) for t in tokens[start : stop + 1]):
                    # 'claimed the women's race', 'claimed victory', 'conceded defeat', 'conceded shortly after
                    # midnight': won or lost, no clause with a verb of its own, and nothing before it said
                    return None
                return start, stop
        if (
            (
                self.family == "en"
                and tokens[cue.first].norm
                in ("confirmed", "confirms", "announced", "announces", "revealed", "reported")
                and cue.last + 3 <= stop
                # 'confirmed a countback would be held', 'confirmed it was investigating', 'confirmed Rovers were in
                # talks': a clause with a subject and a verb of its own, not 'confirmed the deal'
                and (
                    tokens[cue.last + 1].norm
                    in ("a", "an", "the", "its", "his", "her", "their", "it", "they", "he", "she")
                    or (tokens[cue.last + 1].is_capitalized and tokens[cue.last + 1].is_word)
                )
                and any(
                    t.norm in ("would", "will", "had", "has", "was", "were", "is", "are", "could", "should", "may")
                    for t in tokens[cue.last + 2 : min(stop, cue.last + 6) + 1]
                )
            )
            or (
                self.family == "en"
                and cue.last + 3 <= stop
                and (
                    # 'confirmed cyber criminals accessed the records': a subject without an article
                    (
                        tokens[cue.first].norm in ("confirmed", "confirms")
                        and self._bare_subject(cue.last + 1, stop)
                        # (not 'after confirmed cases rose': an adjective)
                        and tokens[cue.first - 1].norm not in _NOT_BARE_SUBJECTS
                        and tokens[cue.first - 1].norm not in _EN_CONJUNCTIONS_OF_TIME
                    )
                    # 'denied it had any plans to cut jobs': a denial's clause, its subject a pronoun (not 'denied the
                    # charges and was released')
                    or (
                        tokens[cue.first].norm in ("denied", "denies")
                        and tokens[cue.last + 1].norm in ("it", "they", "he", "she", "we")
                        and tokens[cue.last + 2].norm in _EN_FINITE
                    )
                )
            )
        ):
            return cue.last + 1, stop
        fronted = self._fronted_content(sentence, cue, cues)
        if fronted is None and self.family != "en":
            return self._said_of_that(sentence, cue)
        return fronted

    def _addressee_word(self, k: int, stop: int) -> bool:
        """A word of whom a verb of telling addresses: 'reporters', 'Reuters', 'the BBC', 'a news conference'."""
        token = self.tokens[k]
        if token.norm in _ADDRESSEES or token.is_capitalized:
            return True
        if k + 1 > stop:
            return False
        following = self.tokens[k + 1]
        return (
            (token.norm in ("the", "a", "an", "news", "press", "media") and following.norm in _ADDRESSEES)
            or (token.norm == "the" and following.is_capitalized)
            # "the club's website", "the paper's podcast": whose, then the medium
            or (
                token.text.endswith(("'s", "’s"))
                and following.norm in _ADDRESSEES
                and k > 0
                and self.tokens[k - 1].norm in ("the", "a", "his", "her", "their")
            )
            or (
                token.norm == "the"
                and following.text.endswith(("'s", "’s"))
                and k + 2 <= stop
                and self.tokens[k + 2].norm in _ADDRESSEES
            )
            or (token.norm in ("a", "an") and following.norm in ("news", "press", "media"))
            # 'told state news agency RIA Novosti', 'told public broadcaster RTS'
            or (
                token.norm in ("state", "public", "national", "local", "regional")
                and (
                    following.norm in _ADDRESSEES
                    or following.norm in ("news", "press", "media", "broadcaster", "television")
                )
            )
        )

    def _appealed_to(self, mention: Mention) -> bool:
        """Whether the clause of an appeal ('naj', 'da') follows a mention: it names whom the appeal is to."""
        following = self.tokens[mention.last + 1 : mention.last + 4]
        return any(t.norm in ("naj", "da") for t in following)

    def _sentenced(self, cue: Cue, stop: int) -> bool:
        """'osudio na 12 godina zatvora', 'obsodilo na tri leta zapora', 'sentenced to': a court's punishment."""
        if not self.tokens[cue.first].norm.startswith(("osud", "obsod", "sentenc")):
            return False
        return any(
            t.norm.startswith(("zatvor", "zapor", "kazn", "prison", "jail"))
            for t in self.tokens[cue.last + 1 : stop + 1]
        )

    def _past_named_body(self, k: int, last: int) -> int:
        """Past the rest of a body's name ('za Kosovo i Metohiju') to the first name of a person after it; else
        `k`."""
        tokens = self.tokens
        if k > last:
            return k
        bodies = ("za", "z", "s", "o", "for", "of")
        opening = k if tokens[k].norm in bodies else k - 1 if tokens[k - 1].norm in bodies else None
        if opening is None:
            return k
        run: list[int] = []
        for j in range(opening + 1, min(last, opening + 6) + 1):
            token = tokens[j]
            if j > opening + 1 and token.norm in _FIRST_NAMES and j + 1 <= last and tokens[j + 1].is_capitalized:
                return j
            if not (token.is_capitalized or token.norm in ("i", "in", "and")):
                if (
                    self.family == "en"
                    or not token.is_word
                    or self.in_quote[j]
                    or token.norm in lx.AUXILIARIES[self.family]
                    or token.norm in _VERB_WORDS[self.family]
                ):
                    break
                continue  # 'inštituta za javno zdravje Lidija Kovač': the body's name goes on in lower case
            if token.is_capitalized:
                run.append(j)
        if self.family == "en" and len(run) >= 3 and run[-1] - run[-2] == 1:
            return run[-2]  # 'Minister for Health Declan Furlong': the body's word, then a first name and surname
        return k

    def _nominative(self, mention: Mention) -> bool:
        """Whether a name stands as written in its base form (not declined: 'Objavo' is 'Objava')."""
        words = [t for t in self.tokens[mention.first : mention.last + 1] if t.is_word]
        named = words[-len(mention.name.split()) :]  # (the name's words, after any role before them)
        return bool(named) and _latin(self._span_text(named[0].index, mention.last)) == mention.name

    def _of_place(self, first: int, last: int) -> bool:
        """'of Reading', 'from Sarajevo', 'at Donau Research': where a person named just before is from."""
        tokens = self.tokens[first : last + 1]
        return (
            1 < len(tokens) <= 4
            and tokens[0].norm in ("of", "from", "at")
            and all(t.is_capitalized and t.is_word for t in tokens[1:])
        )

    def _past_title(self, k: int, last: int) -> int:
        """Past academic titles written as abbreviations before a name ('dr.', 'prof. dr.', 'mag.'), when a
        capitalised word follows them; else `k`."""
        tokens = self.tokens
        j = k
        while j + 1 <= last and tokens[j].norm in _ACADEMIC_TITLES and tokens[j + 1].text == ".":
            j += 2
        if j == k and self.family == "en" and j + 1 <= last and tokens[j].norm in _EN_TITLES:
            j += 1  # 'medical director Dr Slobodan Ilić' (English writes 'Dr' without the full stop)
            if tokens[j].text == "." and j + 1 <= last:
                j += 1  # (or with it: 'Sen. Maria Lopez')
        elif j == k and j + 1 <= last and tokens[j].norm in ("dr", "prof", "mr") and tokens[j + 1].is_capitalized:
            j += 1  # 'direktora centra dr Nebojše Stevića' (Serbian writes 'dr' without the full stop too)
        return j if j > k and j <= last and tokens[j].is_capitalized else k

    def _only_a_speaker(self, start: int, stop: int) -> bool:
        """Whether the words from `start` to the clause's end or its first comma name someone and say nothing:
        capitalised words only ('said Ursula Smith'), or a role with no verb ('said a spokesman for the firm')."""
        words = []
        tokens = self.tokens
        for token in tokens[start : stop + 1]:
            if token.text == ",":
                closing = next(
                    (k for k in range(token.index + 2, min(stop, token.index + 14)) if tokens[k].text == ","), None
                )
                if (
                    closing is not None
                    and closing + 2 < stop
                    and tokens[closing + 1].is_capitalized
                    and tokens[closing + 2].text == ","
                ):
                    closing += 2  # 'said BrightNest Baby, of Dublin, Ohio, had received': a place and its state
                if (
                    closing is not None
                    and self._appositive(token.index + 1, closing - 1)
                    and (
                        tokens[closing + 1].norm in _EN_FINITE
                        or tokens[closing + 1].norm in _EN_IRREGULAR_PAST
                        or tokens[closing + 1].norm.endswith("ed")
                    )
                ):
                    return False  # 'said the driver, a 61-year-old woman, tried to steer': the clause goes on
                break
            if token.is_word:
                words.append(token)
        if 0 < len(words) <= 7 and all(t.is_capitalized or t.norm in _NAME_PARTICLES for t in words):
            return True
        return (
            len(words) >= 2
            and words[0].norm in ("a", "an", "the")
            and any(t.norm in _DESCRIBING for t in words[1:3])
            # ('said the volunteer crew found the pair ...': a clause of its own, with its verb)
            and not any(t.norm in _EN_FINITE or t.norm.endswith("ed") or t.norm in _EN_IRREGULAR_PAST for t in words)
            and not any(self._en_present_verb(t.index) for t in words[2:])  # ('says the charity now serves ...')
        )

    def _en_present_verb(self, k: int) -> bool:
        """An English present tense in '-s' after an adverb or before its object: 'now serves 90 households'."""
        tokens = self.tokens
        norm = tokens[k].norm
        if tokens[k].is_capitalized or not norm.endswith("s") or norm.endswith(("ss", "us", "is", "ous")) or k < 1:
            return False
        following = tokens[k + 1] if k + 1 < len(tokens) else None
        return (
            tokens[k - 1].norm in _EN_PRESENT_ADVERBS
            or (tokens[k - 1].norm.endswith("ly") and len(tokens[k - 1].norm) > 4)
            or (
                following is not None
                and (
                    following.norm in ("a", "an", "the", "its", "their", "his", "her", "more")
                    or following.text[:1].isdigit()
                    # 'says the hospital relies on overtime': a noun and its article, then the verb and its
                    # preposition
                    or (
                        following.norm in ("on", "upon", "to", "in", "into", "with", "from", "for", "about")
                        and k >= 2
                        and tokens[k - 2].norm in ("the", "a", "an")
                    )
                )
            )
        )

    def _past_addressee(self, cue: Cue, stop: int) -> int:
        """Where the content starts after 'told reporters', 'telling the BBC', 'told Sportske novosti she ...'."""
        tokens = self.tokens
        k = cue.last + 1
        while k <= stop and k - cue.last <= 6 and self._addressee_word(k, stop):
            k += 1
            if (
                tokens[k - 1].norm in _ADDRESSEES
                and k <= stop
                and tokens[k].norm in ("the", "a", "an")
                and not tokens[k - 1].text.endswith(("'s", "’s"))
            ):
                break  # 'told trustees the station had gone ...': one addressee, then the clause's own subject
        if (
            k > cue.last + 1
            and k + 1 <= stop
            and tokens[k].norm in ("in", "at", "outside", "on")
            and (tokens[k + 1].is_capitalized or _is_time_word(tokens[k + 1].norm))
        ):
            # 'told reporters in Geneva the agency had shipped ...': where or when it was said, then the clause
            j = k + 1
            while j <= stop and j - k <= 4 and (tokens[j].is_capitalized or _is_time_word(tokens[j].norm)):
                j += 1
            if j <= stop and (tokens[j].norm in ("the", "a", "an") or tokens[j].norm in _EN_SUBJECT_PRONOUNS):
                k = j
        # an outlet's name may go on in lower case: up to the pronoun that opens the content (not 'told reporters
        # as he arrived': a clause of time)
        if k <= stop and tokens[k].norm in ("as", "when", "while", "after", "before", "since", "until", "because"):
            return k
        return next((p for p in range(k, min(stop, k + 2) + 1) if tokens[p].norm in _EN_SUBJECT_PRONOUNS), k)

    def _said_of_that(self, sentence: Sentence, cue: Cue) -> tuple[int, int] | None:
        """'Most bo zaprt do konca junija. To je potrdila županja.': 'to' stands for the sentence before, in the
        same paragraph, which is the content."""
        tokens = self.tokens
        first = sentence.first
        if tokens[first].norm not in ("to", "tako") or first + 1 > cue.first:
            return None
        between = tokens[first + 1 : cue.first]  # 'To je na sinočnjem zboru krajanov potrdila': where, when
        if not between or between[0].norm not in lx.AUXILIARIES[self.family]:
            return None
        if not all(
            t.is_word and not t.is_capitalized and t.norm not in lx.COMPLEMENTIZERS[self.family] for t in between
        ):
            return None
        index = self.next_sentence - 2  # (this sentence is the one read last)
        if index < 0 or self.sentences[index].paragraph != sentence.paragraph:
            return None
        before = self.sentences[index]
        start = self._after_dateline(before.first, before.last)
        if sum(1 for t in tokens[start : before.last + 1] if t.is_word) < 4 or before.quotes:
            return None
        return start, before.last

    def _past_english_adjuncts(self, j: int, stop: int) -> int | None:
        """Where a that-less clause starts after 'said': past adjuncts of time and manner ('on Monday',
        'in a statement', 'late on Tuesday', 'yesterday'). None when what follows is no clause: the
        candidate start must be a subject followed soon by a finite verb ('it was', 'the company would')."""
        tokens = self.tokens
        if self._opens_with_number(j, stop):
            return j
        if not tokens[j].is_word:
            return None
        # ('said this morning.': 'this' before a word of time opens no clause)
        this_time = (
            tokens[j].norm in ("this", "last")
            and j < stop
            and _is_time_word(tokens[j + 1].norm)
            # ('said this week is crucial', 'said this year's event would open': the time is the subject)
            and not (j + 2 <= stop and (tokens[j + 2].norm in _EN_FINITE or tokens[j + 2].text[:1] in "'’"))
            and not tokens[j + 1].text.endswith(("'s", "’s"))
        )
        if tokens[j].norm not in PREPOSITIONS_EN and tokens[j].norm not in _EN_TIME_WORDS and not this_time:
            return j
        for k in range(j + 1, min(stop, j + 9) + 1):
            token, previous = tokens[k], tokens[k - 1]
            if token.text in _CLAUSE_STOPS or token.text in QUOTE_MARKS:
                return None
            after_adjunct = previous.norm not in PREPOSITIONS_EN and previous.norm not in _EN_DETERMINERS
            opens_subject = token.norm in _EN_SUBJECT_PRONOUNS or (
                after_adjunct
                and (token.norm in _EN_DETERMINERS or token.is_capitalized or self._opens_with_number(k, stop))
            )
            # 'its net profit doubled': a past tense does without an auxiliary
            if opens_subject and any(
                t.norm in _EN_FINITE or t.norm in _EN_IRREGULAR_PAST or (t.norm.endswith("ed") and not t.is_capitalized)
                for t in tokens[k + 1 : min(stop, k + 6) + 1]
            ):
                return k
            if (
                previous.norm in _WRITINGS or previous.norm in _ADDRESSEES or _is_time_word(previous.norm)
            ) and self._bare_subject(k, stop):
                return k  # 'said in a statement inflation had settled ...': a subject without an article
            if token.norm in ("it", "he", "she"):
                # 'said in a statement it "strongly condemns ..."': a present tense after its pronoun
                verb = next(
                    (t for t in tokens[k + 1 : min(stop, k + 4) + 1] if t.is_word and not t.norm.endswith("ly")), None
                )
                if verb is not None and verb.norm.endswith("s") and not verb.norm.endswith(("ss", "us")):
                    return k
        return None

    def _bare_subject(self, k: int, stop: int) -> bool:
        """'inflation had settled', 'cyber criminals accessed', 'prices would rise': a noun or two without an
        article, then a finite verb, opening a clause."""
        tokens = self.tokens
        if not tokens[k].is_word or tokens[k].is_capitalized or tokens[k].norm in _NOT_BARE_SUBJECTS:
            return False
        for n in range(k + 1, min(stop, k + 2) + 1):
            verb = tokens[n]
            if _en_verb_form(verb.norm):
                return n > k + 1 or not tokens[k].norm.endswith(("ed", "ing", "ly"))
            if not verb.is_word or verb.is_capitalized or verb.norm in _NOT_BARE_SUBJECTS:
                return False
        return False

    def _demanded(self, cue: Cue, stop: int) -> tuple[int, int] | None:
        """'je zatražilo ugradnju kamera', 'najavili su štrajk za ponedjeljak', 'je napovedal protest',
        'demanded an apology': what is demanded or announced can be a noun, not a clause."""
        tokens = self.tokens
        if not tokens[cue.first].norm.startswith(_DEMANDING[self.family]):
            return None
        j = cue.last + 1
        # (past when and titles: '..., najavio je u četvrtak dr. Zoran Matić' names who announced)
        while j <= stop and (
            tokens[j].norm in SKIPPABLE
            or tokens[j].norm in lx.AUXILIARIES[self.family]
            or (tokens[j].is_word and not tokens[j].text[:1].isdigit() and _is_time_word(tokens[j].norm))
            or (
                tokens[j].norm in PREPOSITIONS
                and j + 1 <= stop
                and tokens[j + 1].is_word
                and not tokens[j + 1].text[:1].isdigit()
                and _is_time_word(tokens[j + 1].norm)
            )
            or (tokens[j].norm in _ACADEMIC_TITLES and j + 1 <= stop and tokens[j + 1].text == ".")
            or (tokens[j].text == "." and tokens[j - 1].norm in _ACADEMIC_TITLES)
        ):
            j += 1
        if (
            j > stop
            or not tokens[j].is_word
            or tokens[j].is_capitalized
            or tokens[j].norm in lx.COMPLEMENTIZERS[self.family]
            or self.in_quote[j]
            or sum(1 for t in tokens[j : stop + 1] if t.is_word) < 2
            # ('najavio je u utorak na konferenciji za medije ravnatelj X': where, then who, no object)
            or (
                self.family != "en"
                and tokens[j].norm in PREPOSITIONS
                and tokens[j].norm not in ("od", "za", "o")
                and not any(t.norm in lx.COMPLEMENTIZERS[self.family] for t in tokens[j : stop + 1])
            )
        ):
            return None
        k = j
        while k <= stop and k - j < 3 and _adjective(tokens[k].norm, self.family):
            k += 1
        if k <= stop and self._noun_base(tokens[k]) in lx.ROLES | lx.GROUPS:
            return None  # '..., je napovedal minister za energijo X': who announced, after the verb
        return j, stop

    def _nickname(self, cue: Cue, stop: int) -> bool:
        """'Everyone in Harlow calls her Peg', 'whom everyone at the elevator calls Dutch': a name someone goes by,
        given with 'call', no words said (not 'called the plan "reckless"', nor 'called Trump a liar')."""
        tokens = self.tokens
        if self.family != "en" or tokens[cue.first].norm not in ("call", "calls", "called", "calling"):
            return False
        k = cue.last + 1
        pronoun = k <= stop and tokens[k].norm in ("her", "him", "them", "me", "us")
        k += pronoun
        k += k <= stop and tokens[k].text in QUOTE_MARKS  # ('calls him "Tugboat"')
        if not (k <= stop and tokens[k].is_word and tokens[k].is_capitalized):
            return False
        while k <= stop and tokens[k].is_word and tokens[k].is_capitalized:
            k += 1
        k += k <= stop and tokens[k].text in QUOTE_MARKS
        return pronoun or k > stop or tokens[k].text in ",;:.!?)"

    def _opens_with_number(self, j: int, stop: int) -> bool:
        """'said at least 12 people were killed', 'said 40 homes had flooded': a number opens the clause."""
        tokens = self.tokens
        return tokens[j].text[:1].isdigit() or (
            j + 1 <= stop and (tokens[j].norm, tokens[j + 1].norm) in (("at", "least"), ("more", "than"), ("up", "to"))
        )

    def _english_appeal(self, cue: Cue, stop: int) -> tuple[int, int] | None:
        """'urged the government to withdraw the bill', 'called on the prosecutor to open an investigation':
        what was asked for is the addressee and the infinitive after it."""
        if self.family != "en":
            return None
        tokens = self.tokens
        verb = tokens[cue.first].norm
        start = cue.last + 1
        if verb in ("called", "calls") and start <= stop and tokens[start].norm in ("on", "upon"):
            start += 1
        elif verb in ("appealed", "appeals") and start <= stop and tokens[start].norm in ("to", "for"):
            start += 1  # 'appealed to scrap metal dealers to be on the lookout'
        elif verb in _PROMISING and start < stop and tokens[start].norm == "to":
            return start + 1, stop  # 'pledged to hold the rate flat': what was promised
        elif verb not in ("urged", "urges", "advised", "advises") and not (
            # ('Police have asked anyone with information to call ...', '... and asked anyone interested to call')
            verb == "asked" and tokens[cue.first - 1].norm in ("have", "has", "had", "and", "also")
        ):
            return None  # ('Police have asked anyone with information to call ...')
        # ('urged anyone who saw anything unusual near the river at the weekend to contact ...')
        to = next((k for k in range(start + 1, min(stop, start + 14) + 1) if tokens[k].norm == "to"), None)
        if (
            to is None
            or to >= stop
            or any(t.text in ",;:" or t.norm in lx.COMPLEMENTIZERS["en"] for t in tokens[start:to])
        ):
            return None
        return start, stop

    def _bracketed_words(self, first: int, end: int) -> int:
        depth, count = 0, 0
        for token in self.tokens[first:end]:
            if token.text == "(":
                depth += 1
            elif token.text == ")":
                depth = max(0, depth - 1)
            elif depth:
                count += 1
        return count

    def _fronted_content(self, sentence: Sentence, cue: Cue, cues: list[Cue]) -> tuple[int, int] | None:
        """Content first, cue last, no 'da'/'that': 'Cene bodo padle, je dejal direktor.' / 'The study had
        ignored the meadow, Jurić said.' The clause before the last comma is the content when all that
        follows it is the cue, its subject and words of time and place."""
        tokens = self.tokens
        if self.family == "en" and any(
            t.norm in ("who", "which") for t in tokens[max(sentence.first, cue.first - 3) : cue.first]
        ):
            # ('said Sen. Lindqvist, a Democrat who wrote the measure', '..., who now writes about ...': what she
            # did, said before)
            return None
        comma = next(
            (
                k
                for k in range(cue.first - 1, sentence.first, -1)
                if tokens[k].text in (",", "–", "—") and not self.in_quote[k]
            ),
            None,
        )
        if comma is not None and comma == cue.first - 1:
            # '..., the State Election Commission, DIK, said': the subject's apposition is set off by commas too
            inner = next(
                (k for k in range(comma - 1, max(sentence.first, comma - 8), -1) if tokens[k].text == ","), None
            )
            outer = (
                None
                if inner is None
                else next(
                    (k for k in range(inner - 1, max(sentence.first, inner - 8), -1) if tokens[k].text == ","), None
                )
            )
            if inner is not None and outer is not None and self._appositive(inner + 1, comma - 1):
                comma = outer
        between = 0 if comma is None else sum(1 for t in tokens[comma + 1 : cue.first] if t.text not in "()")
        if (
            comma is None
            or between - self._bracketed_words(comma + 1, cue.first) > 9  # ('(HZJZ)' after a long name is not more)
            # another cue before the comma with content of its own ('da', a quotation, a colon) keeps it; one after
            # the comma ('X, said she had asked') owns this verb; a verb inside the content is part of it ('Sud je
            # potvrdio optužnicu, kazali su iz Tužilaštva')
            or any(
                sentence.first <= c.first < cue.first and (c.first > comma or self._introduces(c, cue.first))
                for c in cues
                if c is not cue and not (c.kind == "noun" and c.first < comma)  # ("X's claim that ... was false")
            )
        ):
            return None
        words = sum(1 for k in range(sentence.first, comma) if tokens[k].is_word)
        if (
            words < 3
            or (
                # ('Nobody had quit, he pointed out.', 'Cene bodo padle, je dejal': three words, one of them a verb's)
                words == 3
                and (
                    not any(
                        t.norm in lx.AUXILIARIES[self.family] or (self.family == "en" and _en_verb_form(t.norm))
                        for t in tokens[sentence.first : comma]
                    )
                    # (not 'Mehić je, međutim, ...', 'Sindikat, dodala je, ...': a clause broken by an aside)
                    or tokens[comma - 1].norm in lx.AUXILIARIES[self.family]
                    or any(t.text == "," or self.in_quote[t.index] for t in tokens[sentence.first : comma])
                )
            )
        ):
            return None
        if (
            self.family == "en"
            and tokens[sentence.first].norm in PREPOSITIONS_EN
            and not any(_en_verb_form(t.norm) for t in tokens[sentence.first : comma])
        ):
            return None  # ('Over the same period, Pettifer told ...': when, not what was said)
        if (
            self.family == "en"
            and between == 0
            and tokens[cue.first].norm not in _EN_INVERTING
            and not any(self.in_quote[k] for k in range(sentence.first, comma))
        ):
            return None  # ('Lindahl, 31, best known for ..., posted a photograph': the subject's aside, then its verb)
        if any(tokens[k].norm in _SUBORDINATORS for k in range(comma + 1, cue.first)):
            return None  # '..., tri dana nakon što je Index objavio dokumente': a clause of time, not the source
        if self.family != "en" and any(
            t.is_word and not t.is_capitalized and _looks_like_verb(t.norm, self.family)
            for t in tokens[comma + 1 : cue.first]
        ):
            return None  # ('Agencija je za Goriško, ... in Slovenijo izdala rdeče opozorilo': a verb of its own)
        end = sentence.last
        if self.family == "en":  # '..., two people said on Tuesday, raising the risk that ...': the tail ends there
            # (and at a cue of its own: '..., she said, adding that she expected ...')
            end = next(
                (
                    k - 1
                    for k in range(cue.last + 1, sentence.last)
                    if tokens[k].text == "," and tokens[k + 1].norm.endswith("ing")
                ),
                end,
            )
        tail = [t for t in tokens[cue.last + 1 : end + 1] if t.is_word]
        if len(tail) > 20 or any(t.norm in lx.COMPLEMENTIZERS[self.family] for t in tail):
            return None
        first = sentence.first
        while first < comma and tokens[first].text in _QUOTES_AND_DASHES:
            first += 1
        first = self._after_dateline(first, comma)
        if (
            tokens[first].norm in _NOT_CONTENT_OPENERS
            and sum(1 for t in tokens[first:comma] if t.is_word) <= 8
            # (but 'Na klinici je hospitalizovano devet pacijenata, potvrdila je': a clause with its own verb)
            and not (self.family != "en" and any(t.norm in lx.AUXILIARIES[self.family] for t in tokens[first:comma]))
        ):
            return None  # 'Speaking on BBC Radio 4, Dawson said ...', 'V pogovoru za STA je dejal ...': circumstance
        if (
            cue.first - comma <= 2
            and tokens[comma - 1].is_capitalized
            and any(tokens[k].text == "," for k in range(max(sentence.first, comma - 4), comma - 1))
        ):
            return None  # 'The spokeswoman, Anna Berg, told ...': a name set off by commas, then its verb
        if tokens[comma + 1].norm in _RELATIVES:
            return None  # 'Officials at the ministry, who asked not to be named, said ...': a relative clause
        previous = next((k for k in range(comma - 1, first, -1) if tokens[k].text == ","), None)
        if (
            previous is not None
            and tokens[previous + 1].norm in _RELATIVES
            and (
                self.family == "en"
                # ('Kompanija Brezik Mining, koja rudnikom upravlja od 2021., odgovorila je Klixu': a short name with no
                # verb of its own before the relative clause is the subject, not what was said)
                or (
                    tokens[previous + 1].norm not in ("ker", "ko")
                    and previous - first <= 6
                    and any(t.is_capitalized for t in tokens[first + (previous - first > 1) : previous])
                    and not any(
                        t.norm in lx.AUXILIARIES[self.family] or t.norm in self.participles or t.norm in self.present
                        for t in tokens[first:previous]
                    )
                )
            )
        ):
            return None  # 'Senior guard Marcus Tillery, who played under Hollister, posted ...': the subject
        return first, comma - 1

    def _introduces(self, cue: Cue, end: int) -> bool:
        """Whether a cue has content of its own before `end`: a 'da'/'that' clause, a quotation or a colon."""
        complementizers = lx.COMPLEMENTIZERS[self.family]
        return (
            any(
                t.norm in complementizers or t.text in QUOTE_MARKS or t.text == ":"
                for t in self.tokens[cue.last + 1 : end]
            )
            or cue.kind != "verb"
        )

    def _after_dateline(self, first: int, limit: int) -> int:
        """Past an agency dateline opening the sentence: 'ZAGREB, Jan 30 (Reuters) - ', 'SARAJEVO – '."""
        tokens = self.tokens
        if (
            tokens[first].text == "("
            and first + 3 < limit
            and tokens[first + 1].is_capitalized
            and tokens[first + 2].text == ")"
            and tokens[first + 3].text in ("-", "–", "—")
        ):
            k = first + 3
            while k < limit and tokens[k].text in ("-", "–", "—"):
                k += 1
            return k  # '(Bloomberg) -- Governor X signaled ...': the agency's credit, no subject
        if not (tokens[first].text.isupper() and len(tokens[first].text) > 2):
            # 'Ljubljana, 30. julija - ', 'Trnovje – ': a place and a date, in the Slovenian and Croatian manner
            if not (tokens[first].is_capitalized and (first == 0 or tokens[first].newline_before)):
                return first
            for k in range(first + 1, min(limit, first + 7)):
                token = tokens[k]
                if token.text in ("-", "–", "—"):
                    return k + 1 if k + 1 < limit else first
                if not (
                    token.text in ",./()"  # ('Antananarivo (AFP) - ')
                    or token.text[:1].isdigit()
                    or token.is_capitalized
                    or (token.is_word and _is_time_word(token.norm))
                ):
                    return first
            return first
        for k in range(first + 1, min(limit, first + 12)):
            if tokens[k].text in ("-", "–", "—") and k + 1 < limit:
                return k + 1
        return first

    def _clause_end(self, start: int, sentence: Sentence, cues: list[Cue]) -> int:
        """Where a clause starting at `start` ends: the sentence's end, a semicolon, or the start of the next
        cue's own clause (', pogajalci pa poročajo ...')."""
        tokens = self.tokens
        # a reported clause is not longer than this: the bound keeps a sentence of endless cues linear
        last = min(sentence.last, start + _LONGEST_CLAUSE)
        later = [c.first for c in cues]  # cues come in text order
        following = bisect.bisect_right(later, start)  # the first cue after j: one pass, however many cues
        parenthetical, complementizers = lx.PARENTHETICAL[self.family], lx.COMPLEMENTIZERS[self.family]
        cue_starts = {c.first for c in cues if c.first > start}
        in_quote = self.in_quote
        nested = 0  # cues passed inside the clause: a reported clause reports again, but not over and over
        j = start - 1
        while j < last:
            j += 1
            if in_quote[j]:
                continue
            if j in cue_starts:
                nested += 1
                if nested > 3:  # ('je dejal, da je dejal, da je dejal, da ...': the bound keeps it cheap)
                    last = j - 1
                    break
            token = tokens[j]
            text = token.text
            if text == "(":
                closing = self._parenthesis_end(j)
                if closing is not None and closing < sentence.last and tokens[closing + 1].is_word:
                    j = closing  # a score, a year or an abbreviation in brackets inside the clause: '(71:84)'
                    continue
            if text in ("—", "–") and self.family == "en" and j > start + 1:
                closing = next((k for k in range(j + 1, min(last, j + 16) + 1) if tokens[k].text == text), None)
                if closing is not None and closing < last:
                    j = closing  # 'volumes — containers moved by rail and road — had grown': an aside in the clause
                    continue
            if text in CLAUSE_BREAKS and j > start and not self._range_dash(j, last):
                last = j - 1
                break
            if token.norm in _JOINERS_AND_CONTRASTS and j > start + 2 and self._joins_predicate(j, cue_starts, last):
                # 'said the bill was unfair and called on ...', 'said he supported it but warned that ...': the
                # second verb says something else
                last = j - 1
                break
            if text != ",":
                continue
            if self.family != "en" and j + 1 <= last and tokens[j + 1].norm.endswith(_ADVERBIAL_PARTICIPLE_ENDINGS):
                closing = next((k for k in range(j + 2, min(last, j + 14) + 1) if tokens[k].text == ","), None)
                if closing is not None and closing + 1 <= last and tokens[closing + 1].norm in complementizers:
                    j = closing  # 'rekao je, obrazlažući predlog, da ...': how he said it, then what
                    continue
            if (
                j + 2 <= last
                and tokens[j + 1].norm in _RELAY_VERBS
                and tokens[j + 2].is_capitalized
                and all(t.is_capitalized or t.text in SENTENCE_END for t in tokens[j + 3 : sentence.last + 1])
            ):
                last = j - 1  # '..., prenosi Beta.': who relayed it is no part of what was said
                break
            if self.family == "en" and j > start:
                closing = next((k for k in range(j + 1, min(last, j + 14) + 1) if tokens[k].text == ","), None)
                if closing is not None and closing > j + 1 and self._appositive(j + 1, closing - 1):
                    j = closing  # 'the marshal, a 62-year-old man, had asked': an apposition inside the clause
                    continue
            if j + 2 <= last and tokens[j + 1].norm in lx.NEGATIONS[self.family]:
                k = j + 2 + (tokens[j + 2].norm == "pa" and j + 3 <= last)
                if self._looks_like_cue(k):
                    last = j - 1  # ', ni pa povedal, za koliko': what was not said ends the clause
                    break
            while following < len(later) and later[following] <= j:
                following += 1
            if following == len(later):
                continue
            nxt = later[following]
            if (
                5 < nxt - j <= 14
                and self.family != "en"
                and tokens[j + 1].norm in ("a", "dok", "medtem", "medjutim")
                and cues[following].kind == "verb"
                and any(t.is_capitalized for t in tokens[j + 2 : nxt])
                and not any(tokens[k].norm in complementizers or in_quote[k] for k in range(j + 1, nxt))
            ):
                # '..., a vlasnik OPG-a iz Dubrave Gornje Ivan Marušić kazao je da ...': another speaker's clause
                last = j - 1
                break
            if (
                self.family == "en"
                and 2 < nxt - j <= 10
                and tokens[j + 1].norm in ("and", "but", "while")
                and cues[following].kind == "verb"
                and self._english_subject(j + 2, nxt - 1)
            ):
                # '..., and Interior Minister Óscar Quispe said ...', '..., and senior forecaster Tom Iveson said',
                # '..., but the company said ...': another speaker's clause
                last = j - 1
                break
            if nxt - j > 5 or any(  # (the next cue may be the phrase 'kako tvrde' itself)
                tokens[k].norm in parenthetical or tokens[k].norm in _RELATIVES for k in range(j + 1, nxt + 1)
            ):
                continue  # far away, or ', kako je naveo,' set into the clause: it does not end it
            phrase = cues[following]
            if (
                phrase.kind == "phrase"
                and phrase.phrase is not None
                and phrase.phrase.speaker is None
                and phrase.last + 1 <= last
                and tokens[phrase.last + 1].text == ","
                # (not 'prema njenim rečima': whose words, a statement of its own)
                and not any(t.norm in _POSSESSIVES for t in tokens[phrase.first : phrase.last + 1])
            ):
                continue  # ', prema prvim informacijama,' set into the clause: it goes on after it
            if not any(tokens[k].norm in complementizers for k in range(j, nxt)):
                last = j - 1
                break
        while last > start and (tokens[last].text in SENTENCE_END or tokens[last].text in ",:"):
            last -= 1
        return last

    def _english_subject(self, first: int, last: int) -> bool:
        """Whether the words from `first` to `last` can be the subject of a verb right after them: a name, or a
        role or body with its article and modifiers ('senior forecaster Tom Iveson', 'the company'), no verb."""
        words = self.tokens[first : last + 1]
        if not words or not all(t.is_word for t in words):
            return False
        head = words[-1]
        if not (head.is_capitalized or self._lower_base(head) in _DESCRIBING):
            return False
        return not any(
            not t.is_capitalized
            and (t.norm in _EN_FINITE or t.norm in _EN_IRREGULAR_PAST or t.norm.endswith(("ed", "ing")))
            for t in words
        )

    def _range_dash(self, j: int, last: int) -> bool:
        """A dash between two names is a range or a route ('cesta Hadžići – Tarčin'), not a clause's end."""
        tokens = self.tokens
        return (
            tokens[j].text in ("–", "—")
            and 0 < j < last
            and tokens[j - 1].is_capitalized
            and tokens[j + 1].is_capitalized
            and tokens[j + 1].is_word
            and not (j + 2 <= last and self._looks_like_cue(j + 2))  # ('– Tarčin je dejal': a speaker after it)
        )

    def _quoted_title_end(self, j: int) -> int | None:
        """The closing mark of a name in quotation marks of at most three words ('„Politiku“', '"Dnevnik"'),
        else None."""
        tokens = self.tokens
        if tokens[j].text not in QUOTE_MARKS or j + 1 >= len(tokens) or not tokens[j + 1].is_capitalized:
            return None
        for k in range(j + 1, min(len(tokens), j + 5)):
            if tokens[k].text in QUOTE_MARKS:
                return k if k > j + 1 else None
            if not tokens[k].is_word:
                return None
        return None

    def _parenthesis_end(self, j: int) -> int | None:
        """The ')' closing a short bracket opened at `j`, at most six tokens on, else None."""
        if self.tokens[j].text != "(":
            return None
        for k in range(j + 1, min(len(self.tokens), j + 8)):
            if self.tokens[k].text == ")":
                return k
            if self.tokens[k].text in SENTENCE_END or self.tokens[k].text in QUOTE_MARKS:
                return None
        return None

    def _joins_predicate(self, j: int, cue_starts: set[int], last: int) -> bool:
        """Whether the conjunction at `j` joins a second verb of saying straight to the first predicate: 'and
        (also) called', 'in dodal', 'i dodao je'; not 'and Jones said', whose verb has a subject of its own."""
        auxiliaries = lx.AUXILIARIES[self.family]
        negations = lx.NEGATIONS[self.family]
        k = j + 1
        while k <= last and k - j <= 3:
            if k in cue_starts:
                return True
            norm = self.tokens[k].norm
            if norm in negations and k + 1 <= last and self._looks_like_cue(k + 1):
                return True  # ', ali nije precizirala za koliko': a verb of saying, denied, ends the clause
            if norm not in auxiliaries and norm not in ("also", "tudi", "takodje"):
                return False
            k += 1
        return False

    def _clause_start(self, i: int, sentence: Sentence, stop_at_quotes: bool = True) -> int:
        stops = _CLAUSE_STOPS if stop_at_quotes else _CLAUSE_PUNCTUATION
        tokens = self.tokens
        j = i
        while j - 1 >= sentence.first:
            if (
                self.family == "en"
                and j - 2 >= sentence.first
                and tokens[j - 2].is_capitalized
                and self._list_of_fields(j - 1, i)
            ):
                j -= 1  # 'the Commission for Conciliation, Mediation and Arbitration said': a comma in a name
                continue
            if tokens[j - 1].text in stops:
                # a name in quotation marks does not end the clause: 'je za "Dnevnik" povedala'
                opening = next(
                    (k for k in range(max(sentence.first, j - 5), j - 2) if self._quoted_title_end(k) == j - 1), None
                )
                if opening is None:
                    break
                j = opening
                continue
            j -= 1
        return j

    def _subject_clause_start(self, i: int, sentence: Sentence) -> tuple[int, list[tuple[int, int]]]:
        """The start of a verb's clause for finding its subject, passing over relative clauses set off by
        commas ('Režiserka Lea Vovk, katere film ... odprl festival, je zapisala' → from 'Režiserka'), and the
        relative clauses passed over, whose words are not the subject."""
        start = verb_start = self._clause_start(i, sentence)
        skipped: list[tuple[int, int]] = []
        tokens = self.tokens
        if (
            self.family == "en"
            and start > sentence.first
            and tokens[start].norm == "who"
            and tokens[start - 1].is_word
            and not any(t.text == "," for t in tokens[start:i])
        ):
            # 'Counsellors who work with farming families say ...': a relative clause with no commas, then the verb
            skipped.append((start, i - 1))
            start = verb_start = self._clause_start(start - 1, sentence)
        if (
            self.family != "en"
            and start == i
            and start - 2 > sentence.first
            and tokens[start - 1].text == ","
            and i + 1 <= sentence.last
            and tokens[i + 1].norm == "pa"
        ):
            # 'Učitelji in ravnatelji predlogu ne nasprotujejo, opozarjajo pa, da ...': the verb of a second
            # clause that shares the first one's subject (not 'Ocenil je, da bo ..., opozoril pa': a 'da' clause)
            before = self._clause_start(start - 2, sentence)
            if tokens[before].norm not in lx.COMPLEMENTIZERS[self.family] and tokens[before].is_capitalized:
                start = verb_start = before
        asked = next(
            (
                k
                for k in range(sentence.first + 2, start)
                if tokens[k].norm in _QUESTION_WORDS
                and tokens[k - 1].text == ","
                and tokens[k - 2].norm in _ASKED_WORDS
            ),
            None,
        )
        if asked is not None:
            # 'Minister Koren je na vprašanje novinarjev, ali bo vlada ..., če ..., odgovoril': the question, of
            # however many clauses, stands between the subject and its verb
            skipped.append((asked, start - 1))
            start = self._clause_start(asked - 2, sentence)
        for _ in range(5):
            comma = start - 1
            if comma <= sentence.first or self.tokens[comma].text != ",":
                break
            opening = self._clause_start(comma, sentence, stop_at_quotes=False)
            if opening - 1 < sentence.first:
                break
            if self.tokens[opening].norm in ("da", "naj") and self.tokens[opening - 1].text == ",":
                # 'Lastnica butika, ki ni želela, da objavimo njeno ime, nam je zaupala': a relative clause with a
                # 'da' clause of its own
                relative = self._clause_start(opening - 1, sentence, stop_at_quotes=False)
                if relative - 1 > sentence.first and self.tokens[relative].norm in _RELATIVES:
                    skipped.append((relative, comma))
                    start = self._clause_start(relative - 1, sentence)
                    continue
            if self._region_of_place(opening, comma - 1):
                start = self._past_region(opening, comma, sentence, skipped)
                continue
            if (
                self.tokens[opening].norm in _RELATIVES
                # 'An officer who worked on the review, and who asked not to be named, said': a second relative
                or (
                    self.tokens[opening].norm in lx.CONJUNCTIONS[self.family]
                    and opening + 1 < comma
                    and self.tokens[opening + 1].norm in _RELATIVES
                    and self.tokens[opening + 1].norm not in ("that", "ker", "ko", "da")
                )
                # 'Hodžić je, prenosi Fena, rekao': the relay set between the subject and its verb
                or (comma - opening <= 3 and self.tokens[opening].norm in _RELAY_VERBS)
                # ', zbog kojeg je trener prozvao suca,' / ', with whom he ...,': a relative after its preposition
                or (
                    opening + 1 < comma
                    and self.tokens[opening].norm in PREPOSITIONS
                    and self.tokens[opening + 1].norm in _RELATIVES
                    and self.tokens[opening + 1].norm not in ("that", "ker", "ko")
                )
                or self.tokens[opening].norm in _NOT_CONTENT_OPENERS
                or self._aside(opening, comma - 1)
                # ', gostujući u emisiji „Pressing“ na N1,': a participle's aside about the subject
                or (self.family != "en" and self.tokens[opening].norm.endswith(_ADVERBIAL_PARTICIPLE_ENDINGS))
                # 'X, visiting a factory in Lorraine, said': the same in English
                or (
                    self.family == "en"
                    and self.tokens[opening].norm.endswith("ing")
                    and self.tokens[opening].norm not in lx.GERUNDS["en"]
                    and comma - opening <= 10
                    and not any(t.norm in _EN_FINITE or t.norm in lx.EN_VERBS for t in self.tokens[opening + 1 : comma])
                )
                # 'Harjit Sandhu, reached between calls, said', 'X, asked about the delay, said': how the reporter
                # got the words
                or (
                    self.family == "en"
                    and self.tokens[opening].norm in _EN_REACHED
                    and comma - opening <= 10
                    and not any(t.norm in _EN_FINITE for t in self.tokens[opening + 1 : comma])
                )
                # 'X je na vprašanje novinarjev, ali bo ..., odgovoril': the question put to the subject
                or (
                    opening >= 2
                    and self.tokens[opening].norm in _QUESTION_WORDS
                    and self.tokens[opening - 2].norm in _ASKED_WORDS
                )
                # 'Jedan od njih, Sead Omerović, kazao je': the name of the one among them
                or (
                    0 < comma - opening <= 5
                    and self.tokens[opening].is_capitalized
                    # (a name may hold a small word: 'Jedna od kažnjenih stranaka, Pokret za Krajinu,')
                    and all(
                        t.is_capitalized or t.norm in _NAME_JOINERS for t in self.tokens[opening:comma] if t.is_word
                    )
                    and self.tokens[self._clause_start(opening - 1, sentence)].norm in _ONE_OF
                )
            ):
                # ', ki ...,' / ', which ...,' / ', speaking on condition of anonymity,' / ', s druge strane,'
                skipped.append((opening, comma))
            elif (
                self._appositive(opening, comma - 1)
                # (after another apposition too: 'Karen Oyelaran, 58, of Linden Street, said')
                and (start == verb_start or (skipped and skipped[-1][0] == start))
                # no subject of its own: small words, or a phrase with no name or role ('je po razglasitvi sodbe'),
                # or where it was said ('je za Celjski tednik')
                and all(
                    not t.is_word
                    or t.norm in SKIPPABLE
                    or (not t.is_capitalized and t.norm not in lx.ROLES)
                    or (
                        t.index - verb_start >= 1
                        and "za" in (self.tokens[t.index - 1].norm, self.tokens[t.index - 2].norm)
                    )
                    for t in self.tokens[verb_start:i]
                )
            ):
                # 'Smith, the bank's chief economist, said': the verb's clause holds no subject of its own
                skipped.append((opening, comma))
            elif (
                self.family != "en"
                and 2 <= comma - opening <= 7
                # (two names joined: 'Lideri ... SDP-a i Naše stranke, Amra Selimović i Dario Kovač, poručili su')
                and all(
                    t.is_word and (t.is_capitalized or t.norm in lx.CONJUNCTIONS[self.family])
                    for t in self.tokens[opening:comma]
                )
                # (a first name, after a nationality or not: 'Australac Mark Henley')
                and (self.tokens[opening].norm in _FIRST_NAMES or self.tokens[opening + 1].norm in _FIRST_NAMES)
                and opening - 2 > sentence.first
                and self.tokens[opening - 1].text == ","
                and any(
                    self._noun_base(t) in lx.ROLES
                    or t.norm in lx.GROUPS
                    or (self.lemmatizer is not None and t.is_word and self._lemma(t.norm) in lx.ROLES)  # 'Lideri'
                    for t in self.tokens[self._clause_start(opening - 2, sentence) : opening - 1]
                )
            ):
                # 'Izvršni direktor BMR-a, Australac Mark Henley, prošle sedmice je izjavio': the name set after
                # the role in commas is the verb's subject
                start = opening
                break
            elif (enclosing := self._relative_around(opening, sentence)) is not None:
                # 'Roy Bennett, whose mother, Edna, is 91 and has lived at the home, said': a relative clause with a
                # name set off by commas inside it
                skipped.append((enclosing, comma))
                opening = enclosing
            else:
                break
            start = self._clause_start(opening - 1, sentence)
            if start < opening - 1 and self._region_of_place(start, opening - 2):
                # 'a teacher from Ardnaclogh, Co Donegal, who wrote ..., told': the region before the relative clause
                start = self._past_region(start, opening - 1, sentence, skipped)
            described, described_end = start, opening - 2
            while (
                self.tokens[opening].norm in _RELATIVES
                and described > sentence.first + 1
                and self.tokens[described - 1].text == ","
                and self._appositive(described, described_end)
            ):
                name_start = self._clause_start(described - 1, sentence)
                # (after a name: not 'At the centre, resident Sharon Whitby, who fled ..., said')
                if (
                    0 < described - 1 - name_start <= 4
                    and all(t.is_capitalized for t in self.tokens[name_start : described - 1] if t.is_word)
                    # (a name of two words in the Slavic languages, not 'Međutim, jedna sestra ..., koja ...')
                    and (self.family == "en" or described - 1 - name_start >= 2)
                    and self.tokens[name_start].norm not in lx.NOT_NAMES
                ):
                    # 'Rachel Osei, the Labour MP for Leeds South West, who chairs the group, wrote': the
                    # description before the relative clause too
                    skipped.append((described, opening - 1))
                    start = name_start
                    break
                # ('Marcia Delgado, 62, of Parma, who was treated there, said': an age before the place)
                described_end, described = described - 2, name_start
        return start, skipped

    def _relative_around(self, opening: int, sentence: Sentence) -> int | None:
        """English: where a relative clause begins that holds a short name set off by commas and runs on to
        `opening` ('whose mother, Edna, is 91 ...'): the 'who'/'whose' two commas back."""
        tokens = self.tokens
        if self.family != "en" or opening - 2 <= sentence.first or tokens[opening - 1].text != ",":
            return None
        name_start = self._clause_start(opening - 2, sentence, stop_at_quotes=False)
        if not (0 < opening - 1 - name_start <= 3) or tokens[name_start - 1].text != ",":
            return None
        if not all(t.is_capitalized for t in tokens[name_start : opening - 1] if t.is_word):
            return None
        relative = self._clause_start(name_start - 2, sentence, stop_at_quotes=False)
        if (
            tokens[relative].norm in ("who", "whose")
            and relative - 1 > sentence.first
            and tokens[relative - 1].text == ","
        ):
            return relative
        return None

    def _aside(self, first: int, last: int) -> bool:
        """A short aside between commas, set between the subject and its verb: ', s druge strane,', ', however,',
        ', po drugi strani,': a few lower-case words, no verb, no name."""
        words = self.tokens[first : last + 1]
        verbs = _VERB_WORDS[self.family]
        return (
            0 < len(words) <= 4
            # (a platform may be named: 'je v izjavi, objavljeni na Telegramu, sporočil')
            and all(
                t.is_word and (not t.is_capitalized or t.norm in lx.PLATFORMS) and t.norm not in verbs for t in words
            )
            and last + 2 < len(self.tokens)
            and (
                self.tokens[last + 2].norm in verbs
                # ('NFU Scotland, however, has warned', 'Vlada je, s druge strane, saopćila'): an auxiliary first
                or (
                    last + 3 < len(self.tokens)
                    and (
                        self.tokens[last + 2].norm in lx.EN_AUXILIARY
                        or self.tokens[last + 2].norm in lx.AUXILIARIES[self.family]
                    )
                    and self.tokens[last + 3].norm in verbs
                )
            )
        )

    def _past_region(self, region: int, comma: int, sentence: Sentence, skipped: list[tuple[int, int]]) -> int:
        """Past a region set off by commas after a place, and the description the place ends ('Maria Lopez, a
        teacher from Austin, Texas, said'): where the clause's subject is to be looked for."""
        skipped.append((region, comma))
        start = self._clause_start(region - 1, sentence)
        if start - 1 > sentence.first and self.tokens[start - 1].text == "," and self._appositive(start, region - 2):
            skipped.append((start, region - 1))
            start = self._clause_start(start - 1, sentence)
        return start

    def _report_author(self, mention: Mention) -> Mention | None:
        """'the report', 'the study' as a subject: whoever the text said wrote it ('a report published in August
        by the Centre for Affordable Energy', 'The Education Review Office (ERO) report')."""
        tokens = self.tokens
        first = mention.first + (tokens[mention.first].norm == "the")
        if self.family != "en" or first != mention.last or first == 0 or tokens[first].norm not in _REPORTS:
            return None
        if tokens[first - 1].norm != "the":
            return self._report_named(first, mention)  # 'The Education Review Office (ERO) report found'
        for k in range(first - 2, max(-1, first - 400), -1):
            if tokens[k].norm not in _REPORTS or self.in_quote[k]:
                continue
            by = next(
                (
                    n
                    for n in range(k + 1, min(len(tokens) - 2, k + 8))
                    if tokens[n].norm == "by"
                    and any(t.norm in _AUTHORING for t in tokens[k + 1 : n])
                    and tokens[n - 1].norm not in ("commissioned", "seen", "obtained", "reviewed", "ordered")
                ),
                None,
            )
            if by is not None:
                start = by + 1 + (tokens[by + 1].norm == "the")
                while start < by + 4 and tokens[start].is_word and not tokens[start].is_capitalized:
                    start += 1  # ('by UK-based consultancy Clarion Health Partners': what it is, then its name)
                if tokens[start].is_capitalized and tokens[start].is_word:
                    end = self._name_run_end(start, min(len(tokens) - 1, start + 8))
                    name = _latin(self._span_text(start, end))
                    return Mention(mention.first, mention.last, name, "organization", "n", head=mention.head)
            return self._report_named(k, mention)
        return None

    def _report_named(self, k: int, mention: Mention) -> Mention | None:
        """'The Education Review Office (ERO) report': the author named right before the report's noun at `k`."""
        tokens = self.tokens
        start = k
        while start - 1 >= 0 and (
            (tokens[start - 1].is_capitalized and tokens[start - 1].is_word) or tokens[start - 1].text in ("(", ")")
        ):
            start -= 1
        if tokens[start].norm in _EN_DETERMINERS:
            start += 1
        words = [t for t in tokens[start:k] if t.is_word and not t.text.isupper()]
        if len(words) < 2:
            return None
        name = _latin(self._span_text(start, max(t.index for t in words)))
        return Mention(mention.first, mention.last, name, "organization", "n", head=mention.head)

    def _described_holder(self, mention: Mention) -> Mention | None:
        """'the Kerry South TD', 'the Wisconsin senator': a role described by its place or party, after 'the', is
        the one the text named with that role before."""
        tokens = self.tokens
        if (
            self.family != "en"
            or mention.kind != "person"
            or mention.last <= mention.first
            or mention.first == 0
            or tokens[mention.first - 1].norm != "the"
            or tokens[mention.last].norm not in lx.ROLES
            or not all(t.is_capitalized for t in tokens[mention.first : mention.last])
            or any(t.norm in _FIRST_NAMES for t in tokens[mention.first : mention.last])
        ):
            return None
        return self.people_by_role.get(self._role_base(tokens[mention.last].text))

    def _signer(self, first: int, last: int) -> Mention | None:
        """Who signed or wrote a writing, named after it: 'signed by the Gannet Island Town Council', 'written by
        its chairman, Tom Reilly'."""
        tokens = self.tokens
        by = next(
            (
                k + 1
                for k in range(first, last)
                if tokens[k].norm in ("signed", "written", "sent", "issued") and tokens[k + 1].norm == "by"
            ),
            None,
        )
        if by is None:
            return None
        return next(
            (
                m
                for m in self._earlier_mentions(by + 1, last)
                if m.kind in ("person", "organization", "group") and m.name.lower() not in _WRITINGS
            ),
            None,
        )

    def _writer(self, cue: Cue) -> Mention | None:
        """'More than 300 academics have signed an open letter ... "...," the letter reads': the subject of the
        sentence before that brought in the writing."""
        noun = self.tokens[cue.first - 1].norm
        current = self.next_sentence - 1
        for index in range(current - 1, max(-1, current - 4), -1):
            sentence = self.sentences[index]
            brought = next((k for k in range(sentence.first, sentence.last + 1) if self.tokens[k].norm == noun), None)
            if brought is None:
                continue
            writer = next(
                (
                    m
                    for m in self._earlier_mentions(sentence.first, brought - 1)
                    if m.kind in ("person", "organization", "group")
                    and not self._governed(m)
                    and m.name.lower() not in _WRITINGS
                    and m.name.lower() not in _SOURCE_DOCUMENTS["en"]
                ),
                None,
            )
            return self._resolved(writer, cue) if writer is not None else None
        return None

    def _region_of_place(self, first: int, last: int) -> bool:
        """'a nurse from Columbus, Ohio, told': the state or country after a place named after a preposition
        belongs to the place, not to the verb."""
        tokens = self.tokens
        if last > first and tokens[last].text == "." and is_abbreviation(tokens, last):
            last -= 1  # ('in Rimouski, Que., says': the province abbreviated)
        if self.family != "en" or last - first > 1 or first < 3 or tokens[first - 1].text != ",":
            return False
        if not all(t.is_word and t.is_capitalized for t in tokens[first : last + 1]):
            return False
        if last > first and tokens[first].norm not in ("new", "south", "north", "west", "east", "rhode", "san", "co"):
            return False  # (two words are a name: 'the mayor of Leibnitz, Helmut Ranegger, said')
        if last == first and self._surname_known(tokens[first].norm):
            return False
        k = first - 2
        while k > first - 5 and tokens[k].is_capitalized and tokens[k].is_word:
            k -= 1
        return k < first - 2 and tokens[k].norm in ("from", "in", "of", "at")

    def _appositive(self, first: int, last: int) -> bool:
        """A short phrase set off by commas that describes the name before it: a role, no verb."""
        opening = next((k for k in range(first + 1, last + 1) if self.tokens[k].text in QUOTE_MARKS), None)
        if opening is not None and self._noun_base(self.tokens[opening - 1]) in _TITLED_WORKS:
            return self._appositive(first, opening - 1)  # 'X, autor knjige „Ustav kao obećanje“, smatra'
        tokens = self.tokens[first : last + 1]
        if self.family == "en" and len(tokens) > 2 and first < last:
            # 'Tess Aldous, now 24 and a deckhand on a seiner out of Prince Rupert, said': when, then an age and
            # the description
            if tokens[0].norm in ("now", "then", "once", "still") and self._appositive(first + 1, last):
                return True
            if (
                tokens[0].text.isdigit()
                and len(tokens[0].text) <= 3
                and tokens[1].norm == "and"
                and self._appositive(first + 2, last)
            ):
                return True
        if self.family == "en" and 2 < len(tokens) <= 30 and tokens[0].norm in ("the", "a", "an"):
            # 'Marquez, a Prineville mother whose son was exposed at a clinic, said': a description and its own
            # relative clause
            relative = next(
                (n for n, t in enumerate(tokens[:16]) if t.norm in ("who", "whose", "which", "that")), None
            )  # ('The Coalition, a trade group that brought the lawsuit, called ...')
            if relative is not None and relative >= 2 and self._appositive(first, first + relative - 1):
                return True
        if (
            self.family == "en"
            and tokens[0].norm in ("the", "a", "an")
            and len(tokens) <= 18
            and not any(t.norm in _VERB_WORDS[self.family] or t.norm in _EN_FINITE for t in tokens)
            and any(not t.is_capitalized and self._noun_base(t) in _DESCRIBING for t in tokens[1:4])
        ):
            return True  # 'Dawn Mulcahy, the general secretary of the Rail and Freight Workers' Union (RFWU), said'
        if (
            self.family == "en"
            and 3 <= len(tokens) <= 15
            and tokens[0].norm in ("one", "two", "both", "among")
            and tokens[1].norm == "of"
        ):
            return True  # 'Dvořáková, one of the two who voted for a cut, told': which of a group she is
        if (
            self.family == "en"
            and 3 <= len(tokens) <= 16
            and not tokens[0].is_capitalized
            and self._noun_base(tokens[0]) in lx.ROLES
            and tokens[1].norm in ("of", "at", "for")
            and not any(t.norm in _VERB_WORDS[self.family] or t.norm in _EN_FINITE for t in tokens)
        ):
            return True  # 'Hajra Begović, president of the Association of Families of Missing Persons, told'
        if not tokens or len(tokens) > 10:
            return False
        if len(tokens) <= 2 and tokens[-1].text.isdigit() and len(tokens[-1].text) <= 3:
            return True  # an age: 'Perković, 31, said', 'Novak (45) je dejal'
        if len(tokens) == 1 and len(tokens[0].text) >= 2 and tokens[0].text.isupper() and tokens[0].is_word:
            return True  # a body's short name: 'the State Election Commission, DIK, said'
        if (
            len(tokens) <= 4
            and all(t.is_capitalized for t in tokens if t.is_word)
            and first >= 2
            and self.tokens[first - 1].text == ","
            and self._noun_base(self.tokens[first - 2]) in lx.ORGANIZATION_NOUNS
        ):
            return True  # 'V največji koalicijski stranki, Gibanju Prihodnost, so zapisali': its name
        named = [t for t in tokens if not t.text[:1].isdigit()]  # ('46-letni Jorgos Papadakis': an age, a name)
        if 0 < len(named) <= 4 and len(named) < len(tokens) and all(t.is_capitalized and t.is_word for t in named):
            return True  # 'Eden od preživelih, 46-letni Jorgos Papadakis, je opisal': who, by age and name

        if (
            self.family == "en"
            and tokens[0].norm in ("his", "her", "their")
            and any(t.norm.endswith("ing") for t in tokens)
        ):
            return True  # 'Palk, his voice breaking at times, told the court': how he spoke
        if (
            self.family == "en"
            and _PARTY_AND_STATE.fullmatch(tokens[0].text)
            and all(t.text == "." or (len(t.text) == 1 and t.text.isupper()) for t in tokens[1:])
        ):
            return True  # 'Rosa Delgado, D-N.M., wrote': her party and state
        if self.family == "en" and len(tokens) >= 2:
            if (
                _AGED.fullmatch(tokens[0].norm)
                and len(tokens) <= 8
                and tokens[-1].is_capitalized
                and not any(t.norm in _VERB_WORDS[self.family] or t.norm in _EN_FINITE for t in tokens)
            ):
                return True  # 'the victim, 54-year-old local man Brendan Quinn, had been cycling': who he was
            if tokens[0].norm in ("of", "from") and all(t.is_capitalized or t.text[:1].isdigit() for t in tokens[1:]):
                return True  # 'Karen Oyelaran, 58, of Linden Street, said': where she lives
            if (
                tokens[0].norm in ("of", "from", "at")
                and tokens[1].is_capitalized
                and not any(t.norm in _VERB_WORDS[self.family] or t.norm in _EN_FINITE for t in tokens)
            ):
                return True  # 'DI Louise Harker, of West Yorkshire Police's homicide team, said': her unit
            if tokens[0].norm.endswith("ed") and tokens[1].norm in ("by", "at", "in", "on", "after", "outside"):
                return True  # 'Brandt, reached by phone Monday, said': how she was reached
            if tokens[0].norm.endswith("ly") and tokens[1].norm in ("a", "an", "the"):
                return self._appositive(first + 1, last)  # 'Okonjo, usually a loyal supporter of the Government,'
            if tokens[0].norm == "now" and tokens[1].text.isdigit() and len(tokens) <= 14:
                return True  # 'Lina, now 17 and studying for her A-levels, says': her age now, and what she does

        verbs = _VERB_WORDS[self.family]
        if any(t.norm in verbs or t.norm in _EN_FINITE for t in tokens):
            return False
        if self.family == "en" and tokens[0].norm in ("the", "a", "an") and len(tokens) <= 10:
            return True  # 'KFOR, the NATO-led mission, said', 'X, an MP from the opposition Civic Bloc, said'
        # a role or an institution described, not a name: 'Smith, the bank's chief economist,', 'SDS, največja
        # opozicijska stranka,' ('Nina Kralj' is no apposition)
        return any(not t.is_capitalized and self._noun_base(t) in _ORGANIZATIONS_AND_ROLES for t in tokens)

    def _subject(
        self,
        sentence: Sentence,
        cue: Cue,
        mentions: list[Mention],
        quote: Quote | None,
        content: tuple[int, int] | None = None,
    ) -> Mention | None:
        speaker = self._subject_found(sentence, cue, mentions, quote, content)
        tokens = self.tokens
        if (
            speaker is not None
            and self.family == "en"
            and (speaker.kind == "anonymous" or (speaker.kind == "person" and speaker.name == speaker.role))
            and sentence.first <= speaker.first
            and speaker.last + 2 < cue.first
            and (named := self._name_after_role(speaker.last, cue.first - 1)) is not None
            and (speaker.kind == "anonymous" or self.tokens[named.first].norm in _FIRST_NAMES)
        ):
            # 'A former student, the drummer Nia Caldwell, says', 'Its director of policy, Hannah Greer, says': the
            # one named after the role
            return named
        if (
            speaker is not None
            and speaker.kind == "person"
            and speaker.role is not None
            and speaker.name.lower() == speaker.role.lower()
            and speaker.last + 2 < cue.first
            and tokens[speaker.last + 1].text == ","
        ):
            # 'Avstrijski lastnik, skupina Holzwerk Kremser, je sporočil': the body the role is set beside
            body = next(
                (
                    m
                    for m in mentions
                    if m.kind == "organization"
                    and m.first == speaker.last + 2
                    and m.last + 1 < cue.first
                    and tokens[m.last + 1].text == ","
                ),
                None,
            )
            if body is not None:
                return body
        if self.family == "en" and speaker is not None and speaker.kind == "organization":
            # "Riverbend's parent company, Meridian Health Partners, said": the body named beside its description
            described = next(
                (
                    m
                    for m in mentions
                    if m.kind == "organization"
                    and m.last + 2 < cue.first
                    and not tokens[m.head].is_capitalized
                    and tokens[m.head].norm in lx.ORGANIZATION_NOUNS
                    and tokens[m.last + 1].text == ","
                ),
                None,
            )
            named = described and next(
                (
                    m
                    for m in mentions
                    if m.first == described.last + 2
                    and m.name[:1].isupper()
                    and m.last + 1 < cue.first
                    and tokens[m.last + 1].text == ","
                ),
                None,
            )
            if named:
                return replace(named, kind="organization")
        if (
            self.family != "en"
            and speaker is not None
            and speaker.kind == "person"
            and sentence.first <= speaker.first < cue.first
            and _norm_words(speaker.name)
            and _norm_words(speaker.name)[0] not in _FIRST_NAMES
        ):
            # 'Stanko Jug, direktor podjetja Gostinstvo Dravinja, ki ..., pravi', 'Nutricionistka z inštituta X
            # Mateja Hribar je pojasnila': a person named by first name and surname, in the nominative, who opens
            # the clause, not a capitalised word after them
            named = next(
                (
                    m
                    for m in mentions
                    if m.kind == "person"
                    and m is not speaker
                    and sentence.first <= m.first < cue.first
                    and " " in m.name
                    and _norm_words(m.name)[0] in _FIRST_NAMES
                    and self._nominative(m)
                    and not self._governed(m)
                    and not any(
                        t.norm in _RELATIVES or t.norm in lx.COMPLEMENTIZERS[self.family] or t.norm in _ASKED_WORDS
                        for t in tokens[sentence.first : m.first]
                    )  # (not one named in the journalists' question before: 'Na pitanje da li će kapiten X ...')
                    and self._agrees(m, cue)
                ),
                None,
            )
            if named is not None:
                return self._resolved(named, cue)
        if (
            self.family == "en"
            and speaker is not None
            and speaker.kind == "organization"
            and sentence.first <= speaker.first < cue.first
        ):
            # 'Judge Miriam Castellanos of the U.S. District Court for ... wrote': the person, of the body
            person = next(
                (
                    m
                    for m in mentions
                    if m.kind == "person"
                    and " " in m.name
                    and m.last < speaker.first
                    and speaker.first - m.last <= 8  # ('of the U.S. District Court')
                    and tokens[m.last + 1].norm in ("of", "at", "from")
                    and not any(t.text in ",;" or t.norm in lx.EN_VERBS for t in tokens[m.last + 1 : cue.first])
                ),
                None,
            )
            if person is not None:
                return self._resolved(person, cue)
        citing = next(
            (
                k
                # ('Reuters reported, citing two sources, that ...', '..., Reuters reported, citing delegates.')
                for k in range(sentence.first + 1, sentence.last if self.family == "en" else cue.first)
                if tokens[k].norm in _CITING and tokens[k - 1].text == "," and not self.in_quote[k]
            ),
            None,
        )
        if citing is not None:
            # 'Agencija Rojters, pozivajući se na izvor u bugarskoj vladi, javlja da ...': whom the outlet cites
            cited = next((m for m in mentions if citing < m.first <= citing + 6 and m.kind != "pronoun"), None)
            if (
                self.family == "en"
                and cited is not None
                and not (
                    cited.kind in ("anonymous", "group")
                    or (cited.kind == "person" and " " in cited.name)
                    or (
                        cited.kind == "organization"
                        and cited.head >= 0
                        and tokens[cited.head].norm in lx.ORGANIZATION_NOUNS
                        and tokens[cited.head].norm not in ("data", "figures", "report", "survey")
                    )
                )
            ):
                cited = None  # ('citing forecasts of extreme heat', 'citing weak output in Germany': its reason)
            if cited is not None and any(t.norm.startswith("neimenovan") for t in tokens[cited.first : cited.last + 1]):
                word = lx.ANONYMOUS_WORD[self.family]  # ('pozivajući se na neimenovanog diplomatu': unnamed)
                cited = Mention(cited.first, cited.last, f"anonymous source ({word})", "anonymous", "?")
            if cited is not None:
                return cited
        if (
            self.family != "en"
            and (
                speaker is None
                or not sentence.first <= speaker.first <= sentence.last
                # ('Prvooptuženi, direktor preduzeća „Kolubara gradnja“ Zoran Pantić, izjasnio se': the body is his)
                or (speaker.kind == "organization" and speaker.first > sentence.first + 1 and speaker.last < cue.first)
            )
            and tokens[sentence.first].is_capitalized
        ):
            # 'Priča, soseda Marjeta Pučko, je senatu povedala': a common noun opens the sentence, the name of the
            # one it is set off by commas before the verb; she is the subject, not someone carried over
            apposed = next(
                (
                    m
                    for m in mentions
                    if m.kind == "person"
                    and " " in m.name
                    and m.name[:1].isupper()
                    and sentence.first + 1 < m.first <= sentence.first + 10
                    # (the opening noun is a word or two, then the comma: 'Priča, soseda X,', 'Prvooptuženi, direktor')
                    and "," in (tokens[sentence.first + 1].text, tokens[sentence.first + 2].text)
                    and tokens[sentence.first].norm not in PREPOSITIONS
                    and m.last + 1 < cue.first
                    and tokens[m.last + 1].text == ","
                    and not any(t.text == "," for t in tokens[m.last + 2 : cue.first])
                    and not any(mm.first < m.first and mm.kind == "person" and " " in mm.name for mm in mentions)
                    and not self._governed(m)
                    and (
                        speaker is None
                        or speaker.kind != "organization"
                        or m.first - speaker.last <= 2
                        or all(t.text != "," for t in tokens[sentence.first : speaker.last + 1])
                    )
                    and self._agrees(m, cue)
                ),
                None,
            )
            if apposed is not None:
                return self._resolved(apposed, cue)
        if (
            self.family == "en"
            and speaker is not None
            and speaker.kind == "person"
            and speaker.first - 3 > sentence.first
            and tokens[speaker.first - 1].text == ","
            and tokens[speaker.first - 2].norm in _EN_KIN_WORDS
            and tokens[speaker.first - 3].norm in ("her", "his", "their")
        ):
            # 'chef Lisa Pōtae, who runs the restaurant with her sister, Mere, said': the relative clause holds the
            # sister; the one it is about is the verb's subject
            who = next(
                (k for k in range(speaker.first - 4, sentence.first, -1) if tokens[k].norm == "who"),
                None,
            )
            owner = next(
                (
                    m
                    for m in mentions
                    if who is not None
                    and m.kind == "person"
                    and " " in m.name
                    and m.last + 2 == who
                    and tokens[m.last + 1].text == ","
                ),
                None,
            )
            if owner is not None:
                return self._resolved(owner, cue)
        if (
            self.family == "en"
            and speaker is not None
            and (speaker.kind == "anonymous" or _role_only(speaker))
            and (named := next((m for m in mentions if self._in_apposition(m, speaker)), None)) is not None
            and named.kind == "person"
            and " " in named.name
            and self._outside(named, content, quote)  # ('..., other than Pruitt's, a crime lab analyst told')
            and not tokens[named.last].text.endswith(("'s", "’s"))
        ):
            # 'Paul Greenhalgh, a regional organiser for Unite, the union that ..., said': the one named, whom the
            # role after the comma describes
            return self._resolved(named, cue)
        if (
            self.family == "en"
            and speaker is not None
            and speaker.last < cue.first
            and speaker.kind == "person"
            and " " not in speaker.name
            # (not 'Marcus Eide, executive director of the developer, Cedar Light Housing, said': named first)
            and not any(m.kind == "person" and " " in m.name and m.last < speaker.first for m in mentions)
        ):
            # 'The third player heading to Halifax, 13-year-old Minh Tran, said': the name set off by commas right
            # before the verb says who the noun phrase is
            apposed = next(
                (
                    m
                    for m in mentions
                    if m.kind == "person"
                    and " " in m.name
                    and m.name[:1].isupper()
                    and speaker.last < m.first
                    and m.last + 2 == cue.first
                    and tokens[m.last + 1].text == ","
                    and "," in (tokens[m.first - 1].text, tokens[m.first - 2].text)
                    and not self._governed(m)
                ),
                None,
            )
            if apposed is not None:
                return self._resolved(apposed, cue)
        if speaker is None or not _role_only(speaker) or speaker.last >= cue.first:
            return speaker
        # 'Kotnikov zagovornik, odvetnik Matija Šuster, je povedal': a role, then who holds it between commas
        for m in mentions:
            if (
                m.kind == "person"
                and " " in m.name
                and m.name[:1].isupper()
                and speaker.last + 1 < m.first
                and tokens[speaker.last + 1].text == ","
                and m.last + 1 < cue.first
                and tokens[m.last + 1].text == ","
                and not any(t.text == "," for t in tokens[speaker.last + 2 : m.first])
                and all(t.norm in SKIPPABLE or not t.is_word for t in tokens[m.last + 2 : cue.first])
            ):
                return m
        return speaker

    def _subject_found(
        self,
        sentence: Sentence,
        cue: Cue,
        mentions: list[Mention],
        quote: Quote | None,
        content: tuple[int, int] | None = None,
    ) -> Mention | None:
        """Who the cue's verb belongs to: a mention right after it (inverted order), else the nearest before
        it in the same clause, else the earlier speaker its gender and number agree with."""
        tokens = self.tokens
        if cue.kind == "passive":
            return self._passive_source(sentence, cue, mentions, content)

        if (
            self.family == "en"
            and tokens[cue.first].norm in ("read", "reads")
            and tokens[cue.first - 1].norm in _WRITINGS
            and quote is not None
        ):
            return self._writer(cue) or self._carried(cue)  # '"...," the letter read': whose letter
        both = self._both(cue, sentence)
        if both is not None:
            return both
        relative = self._relative_subject(
            cue, sentence, [m for m in mentions if not (quote and quote.open <= m.first <= quote.last)]
        )
        if relative is not None:
            return self._resolved(relative, cue)
        lead = next((m for m in mentions if m.first == sentence.first), None)
        if (
            self.family != "en"
            and lead is not None
            and lead.kind in ("person", "group", "organization")
            and lead.last + 3 < cue.first
            and (
                tokens[lead.last + 1].norm in _RELATIVES
                or (tokens[lead.last + 1].norm in PREPOSITIONS and tokens[lead.last + 2].norm in _RELATIVES)
            )
            and tokens[lead.last + 1].norm not in ("ki", "ker", "ko", "that")
            and not any(t.text in ",;:" or self.in_quote[t.index] for t in tokens[lead.last + 1 : cue.first])
            and self._agrees(lead, cue)
        ):
            # 'Posetioci s kojima je razgovarala ekipa RTS-a kažu da ...': the relative clause has a subject of
            # its own; the sentence's is the noun before it
            return self._resolved(lead, cue)
        clause_start, relatives = self._subject_clause_start(cue.first, sentence)
        before = [
            m
            for m in mentions
            if m.last < cue.first
            and self._outside(m, content, quote)
            and not any(a <= m.first <= b for a, b in relatives)
        ]
        if quote is not None and quote.last < cue.first:
            clause_start = max(clause_start, quote.last + 1)
        if self.family == "en" and before and before[-1].last >= cue.first - 3 and before[-1].first >= clause_start:
            nearest = before[-1]
            article = (
                nearest.first - 1
                if nearest.first > 0 and tokens[nearest.first - 1].norm in _EN_DETERMINERS
                else nearest.first
            )
            if (
                len(before) > 1
                and tokens[cue.first - 1].norm == "and"
                and article > 0
                and (tokens[article - 1].norm in lx.EN_VERBS or tokens[article - 1].norm.endswith("ed"))
            ):
                # 'Sophie Aldridge thanked the volunteers and wrote that ...': the first verb's object is not the
                # second verb's subject
                nearest = before[-2]
            return self._resolved(nearest, cue)  # 'Smith told Reuters': the subject precedes an English verb
        after = [m for m in mentions if m.first > cue.last and self._outside(m, content, quote)]
        if self.family != "en" and tokens[cue.first].norm.startswith(_APPEAL_STEMS):
            # 'pozivajo voznike, naj bodo previdni', 'prosijo vse, ki ..., naj': whom they appeal to
            after = [m for m in after if not self._appealed_to(m)]
        if self.family == "en" and tokens[cue.first].norm in _TOLD_OR_ASKED:
            after = []  # 'told Reuters', 'asked the minister': who was told or asked, never who spoke
        if self.family == "en" and any(tokens[cue.first].norm.startswith(c) for c in lx.CHARACTERISING["en"]):
            after = []  # 'called the ruling "a win"': what was called so, never who called it
        if self.family == "en" and content is not None and content[0] > cue.last:
            # 'One EU diplomat, speaking ..., said the Netherlands wanted ...': what follows the verb is what was
            # said; a name after it is the speaker only when it ends the clause ('..., said Smith.')
            after = [m for m in after if m.first > content[1]]
        if self.family == "en" and content is not None and after and after[0].kind == "pronoun" and before:
            after = []  # 'Jenna Marquez, a mother, said she was furious': 'she' is the content's subject
        opening = self._opening_subject(before, clause_start, cue)
        if opening is not None:
            return self._resolved(opening, cue)
        if (
            self.family == "en"
            and (content is None or content[0] > cue.last)
            and quote is None
            and before
            and before[0].first == clause_start
            and relatives
        ):
            # 'Whitcomb, in a statement released by the university, called Hollister "..."': the subject before an
            # aside, not the object after the verb; the name that ends right before it ('Fair board president
            # Wendell Hoogstra, who has volunteered ..., said')
            aside = min(a for a, _ in relatives)
            ending = next(
                (
                    m
                    for m in reversed(before)
                    if m.last + 2 == aside
                    and tokens[m.last + 1].text == ","
                    and m.first - clause_start <= 5
                    and not self._governed(m)  # ('Felix Brandauer of the Hamburg Marine Institute, an expert,')
                    # (not the object of a verb before: 'He thanked the Shire Council, which contributed ..., and said')
                    and not any(
                        t.norm in lx.EN_VERBS
                        or t.norm in _EN_FINITE
                        or t.norm in _EN_IRREGULAR_PAST
                        or t.norm.endswith("ed")
                        or t.norm in ("of", "at", "from", "for", "with")  # ('X of the Hamburg Marine Institute,')
                        for t in tokens[clause_start : m.first]
                    )
                ),
                None,
            )
            return self._resolved(ending or before[0], cue)
        if (
            self.family != "en"
            and after
            and any(
                m.first >= clause_start and self._agrees(m, cue) and (m.kind == "anonymous" or self._nominative(m))
                for m in before
            )
            and (not self._nominative(after[0]) or _outlet_declined(after[0].name) is not None)
        ):
            # 'Mori rekla je agenciji ANSA da', 'rekao je Rojtersu', 'rekao je Politici': to whom, the subject stood
            # before
            after = []
        fronted = content is not None and content[1] < cue.first  # ('Cijena će pasti, najavio je ravnatelj X')
        if self.family != "en" and (quote is not None or tokens[cue.first - 1].text in "–—-" or fronted) and after:
            # '„...“, rekla je povjerenica Sindikata metalaca Hrvatske Snježana Barić', 'kazao je vlasnik pekare
            # "Klas" s Ilidže Nermin Begović': a role of a body, where it was said, then the holder's name
            holder = next(
                (
                    m
                    for m in after
                    if m.kind == "person"
                    and " " in m.name
                    and m.name[:1].isupper()
                    # (the name that ends the clause: 'Za zeleno Lipje Petra Jeraj.' is Petra Jeraj)
                    and (
                        m.last == sentence.last
                        or tokens[m.last + 1].text in ",;:"
                        or tokens[m.last + 1].text in SENTENCE_END
                    )
                ),
                None,
            )
            role_first = any(_role_only(m) and (holder is None or m.last < holder.first) for m in after[:3])
            if (
                holder is not None
                and (after[0].kind in ("organization", "group") or after[0] is holder or role_first)
                and (
                    holder.role is not None  # ('ravnatelj bolnice dr. Tomislav Kralj': the role in the mention)
                    or any(
                        self._noun_base(t) in lx.ROLES
                        # ('je opozorila specialistka iz UKC Ljubljana Nina Turk': a role the lexicon lacks, by its
                        # ending)
                        or (t.index == cue.last + 1 and not t.is_capitalized and t.norm.endswith(_PERSON_NOUN_ENDINGS))
                        for t in tokens[cue.last + 1 : holder.first]
                        if t.is_word
                    )
                )
                and holder.first - cue.last <= 14
                # ('rekao je novinarima branilac optuženog, advokat iz Beograda X': the role, then its holder)
                and all(
                    t.is_word
                    or t.text in QUOTE_MARKS
                    or t.text in "-–"
                    or (role_first and t.text == ",")
                    or (t.text == "." and tokens[t.index - 1].norm in _ACADEMIC_TITLES)  # ('ravnatelj bolnice dr.')
                    for t in tokens[cue.last + 1 : holder.first]
                )
                and not any(t.norm in lx.COMPLEMENTIZERS[self.family] for t in tokens[cue.last + 1 : holder.first])
                and self._agrees(holder, cue)
            ):
                return self._resolved(holder, cue)
        for mention in after:
            gap = tokens[cue.last + 1 : mention.first]
            adjacent = len(gap) <= 7 and all(self._is_filler(t) for t in gap)
            if not adjacent and quote is not None and mention.kind == "person" and " " in mention.name:
                # '»...,« pravi sindikalni zaupnik Boris Majcen': a role the lexicon does not know, then the name
                described = [t for t in gap if not self._is_filler(t)]
                adjacent = 0 < len(described) <= 3 and all(t.is_word and not t.is_capitalized for t in described)
            if adjacent and self._agrees(mention, cue) and not self._oblique(mention, cue):
                named = next(
                    (
                        m
                        for m in after
                        if mention.kind == "person"
                        and not mention.name[:1].isupper()
                        and any(t.text == "," for t in tokens[mention.last + 1 : m.first])
                        and m.kind == "person"
                        and " " in m.name
                        and m.name[:1].isupper()
                        and mention.last + 1 < m.first <= mention.last + 4
                    ),
                    None,
                )
                # 'kazao je branilac optuženog, advokat Nenad Kostić': the role, then who holds it
                return self._resolved(named or mention, cue)
            break
        if self._second_predicate(cue, sentence):
            here = self.statements[self.sentence_statements :]
            joint = len({(st.start, st.end) for st in here}) < len(here)  # (joint speakers go on together below)
            if self.family == "en" and here and not joint:
                # 'X tells BIRN the government ignored ... and says ...': the speaker of the first verb's statement
                first_speaker = next((m for m in reversed(self.recent) if m.name == here[-1].speaker), None)
                if first_speaker is not None and self._agrees(first_speaker, cue):
                    return first_speaker
            # 'Ministrica je obiskala blok Kliničkega centra in rekla: ...': the first predicate's subject
            first_subjects = [
                m
                for m in before
                if m.first >= clause_start
                and self._agrees(m, cue)
                # ('tells BIRN the government ignored ... and says ...': who was told is no subject)
                and not (m.first > 0 and tokens[m.first - 1].norm in _TOLD_OR_ASKED)
            ]
            if not first_subjects and self.tokens[clause_start - 1].text == ",":
                # 'Zbornica odločitev pozdravlja, a opozarja, da ...': the subject stands before the comma; when the
                # first verb spoke too ('The Kremlin said ..., but described it as ...') it is that verb's speaker
                spoken = [st.speaker for st in self.statements[self.sentence_statements :]]
                agreeing = [
                    m
                    for m in mentions
                    if m.last < cue.first
                    and (
                        (m in before and self._agrees(m, cue) and not self._oblique(m, cue))
                        # 'V skupini HSE so navedli ..., obenem pa zapisali': the body where they said it, in plural
                        or (
                            m.kind == "organization"
                            and cue.gender in ("p", "q")
                            and m.first > 0
                            and tokens[m.first - 1].norm in ("v", "pri", "u")
                            and m.first - 1 == sentence.first
                        )
                    )
                ]
                # ('Trener X čestitao je Bosni na plasmanu, ali je suđenje ocijenio': the name in the nominative)
                nominative = [m for m in agreeing if self.family != "en" and self._nominative(m)]
                first_subjects = (
                    [m for m in agreeing if m.name == spoken[-1]] if spoken else nominative[:1] or agreeing[-1:]
                )
            if first_subjects:
                subject = first_subjects[0]
                if self.family != "en" and not self._nominative(subject):
                    # 'Objavo je delil poslanec Tadej Rozman in zapisal': the declined word that opens the sentence
                    # is the object; the name after the first verb, in the nominative, is the subject
                    subject = next(
                        (m for m in first_subjects[1:] if m.kind == "person" and " " in m.name and self._nominative(m)),
                        subject,
                    )
                return self._resolved(subject, cue)
        for mention in reversed(before):
            # a mention may reach over a comma of its own into the clause ('minister za okolje, podnebje in ...')
            if mention.first < clause_start and not (
                mention.last >= clause_start
                or (self.family == "en" and mention.last >= clause_start - 2)
                or (self.family == "en" and self._of_place(mention.last + 1, clause_start - 2))
            ):
                break
            if (
                self.family != "en"
                and mention.kind == "person"
                and mention.first == mention.last
                and " " not in mention.name  # (not a surname the text gave with a first name before)
                and not mention.role
                and not self._nominative(mention)
                and not self.tokens[mention.first].norm.endswith(("ova", "eva"))  # ('Grošljeva': a woman's name)
            ):
                continue  # 'Tekmo je označil za najboljšo': a word out of the nominative is the verb's object
            if self._agrees(mention, cue) and not self._oblique(mention, cue):
                if mention.kind in ("person", "organization") and (
                    not mention.name[:1].isupper() or mention.first == mention.last
                ):
                    # 'Zagovornik obtoženega, odvetnik Gregor Kuhar, je napovedal', 'Proizvajalec, podjetje
                    # Sadjarstvo Jurjevec, je zapisal': the apposition names who it is
                    named = next(
                        (
                            m
                            for m in mentions
                            if (
                                (m.kind == "person" and m.name[:1].isupper() and " " in m.name)
                                or (m.kind == "organization" and any(w[:1].isupper() for w in m.name.split()))
                            )
                            and not self._governed(m)  # ('iz Gornjih Lazov': where it is from)
                            and any(
                                a <= m.first <= b
                                and mention.last < a <= mention.last + 4
                                # (not 'Kramar, who has lobbied Ljubljana for ..., said': a relative clause's object)
                                and tokens[a].norm not in _RELATIVES
                                for a, b in relatives
                            )
                        ),
                        None,
                    )
                    if named is not None:
                        return self._resolved(named, cue)
                return self._resolved(mention, cue)
        if self.family == "en" and after:
            mention = after[0]
            following = self.tokens[mention.last + 1] if mention.last + 1 < len(self.tokens) else None
            if (
                mention.first - cue.last <= 3
                and self._agrees(mention, cue)
                # ('said Kyle had been with friends': the content's subject, with its verb)
                and not (
                    following is not None and (following.norm in _EN_FINITE or following.norm in _EN_IRREGULAR_PAST)
                )
            ):
                return self._resolved(mention, cue)
        for a, b in relatives:
            # 'Proizvajalec, podjetje Sadjarstvo Jurjevec, je zapisal': the sentence's subject is a common noun the
            # text does not take for a speaker; the apposition after it names who it is ('Ena od oškodovank,
            # 81-letna upokojenka iz Žalca, je povedala': or what she is)
            # (not the journalists' question set before the verb: 'Na vprašanje novinarjev, ali bo Komisija ...,')
            if (
                a <= sentence.first + 5
                and self.tokens[a - 1].text == ","
                and self.tokens[a].norm not in _QUESTION_WORDS
            ):
                one_of = self.tokens[sentence.first].norm in _ONE_OF
                named = next(
                    (
                        m
                        for m in mentions
                        if a <= m.first <= b
                        and m.kind in ("person", "organization")
                        and (any(w[:1].isupper() for w in m.name.split()) or one_of)
                        and not self._governed(m)
                        and self._agrees(m, cue)
                    ),
                    None,
                )
                if named is not None:
                    return self._resolved(named, cue)
        institution = self._institution_from(mentions, clause_start, cue, content)
        if institution is not None:
            return institution
        return self._carried(cue)

    def _opening_subject(self, before: list[Mention], clause_start: int, cue: Cue) -> Mention | None:
        """'Avstrija je pozvala Italijo, naj ...', 'Minister X je Avstrijo pozval', 'Kos pozvao je Hrvatsku':
        a name that opens the verb's clause, right before its auxiliary or the verb itself, is the subject; a
        name after the verb, or between the auxiliary and the verb, is its object."""
        if self.family == "en":
            return None
        lead = next((m for m in before if m.first >= clause_start), None)
        if lead is None or lead.kind == "pronoun" or lead.last + 1 > cue.first:
            return None
        tokens = self.tokens
        if any(tokens[k].is_word and not self._is_filler(tokens[k]) for k in range(clause_start, lead.first)):
            return None
        following = lead.last + 1
        if following != cue.first and tokens[following].norm not in lx.AUXILIARIES[self.family]:
            return None
        if not self._agrees(lead, cue) or self._oblique(lead, cue):
            return None
        if not self._nominative(lead) and (
            (
                lead.kind == "person"
                and lead.first == lead.last
                and " " not in lead.name
                and not tokens[lead.first].norm.endswith(("ova", "eva"))
            )  # 'Tekmo je označil za
            or any(
                tokens[k].norm in self.participles or _looks_like_verb(tokens[k].norm, self.family)
                for k in range(following + 1, cue.first)
            )
        ):
            return None  # 'Objavo je delil poslanec X in zapisal': a declined word, object of the first verb
        return lead

    def _both(self, cue: Cue, sentence: Sentence) -> Mention | None:
        """'Both said ...', 'Oboje su odgovorili ...': the two who last spoke together."""
        # (a few words may stand between: 'oboje su u izjavama za N1 ocijenili')
        for k in range(cue.first - 1, max(sentence.first, cue.first - 8) - 1, -1):
            if self.tokens[k].text in ",;:" or self.in_quote[k]:
                return None
            if self.tokens[k].norm in _BOTH:
                break
        else:
            return None
        if k + 1 < cue.first:
            # 'Both the party and the union said': the two named after the word
            named = [m for m in self._mentions(k + 1, cue.first - 1) if m.partners and not self._governed(m)]
            if named:
                return named[-1]
        if k > sentence.first:
            # 'Vujasin i Kadrić ne slažu se ni u čemu, ali oboje su ocijenili': the two this sentence named
            here = [m for m in self._mentions(sentence.first, k - 1) if m.partners and not self._governed(m)]
            if here:
                return here[-1]
        fallback: Mention | None = None
        if self.next_sentence >= 2 and k == sentence.first:
            # 'Mulalić i Vidović su obišli most. Obojica su ocijenili ...': the two the sentence before named, when
            # it said nothing
            before = self.sentences[self.next_sentence - 2]
            if not self._cues(before):
                joint = self._pair_in(before)
                if joint is not None and not self._governed(joint):
                    if self._pair_of_people(joint):
                        return joint
                    fallback = joint
        spoken = next((m for m in reversed(self.recent) if m.partners), None)
        if (
            spoken is not None
            or k != sentence.first
            or any(self.tokens[j].is_capitalized for j in range(k + 1, cue.first))
        ):
            return spoken or fallback  # ('Both Vossberg and Grell said' names its pair)
        # 'Ministri X i Y sastali su se u Zagrebu, javlja Hina. Obojica su naglasili ...': a pair named a few
        # sentences before, as the subject of what someone else reported; two people before a pair of places named
        # since ('Oba ministra rekla su' after 'na prijelazima Klobuk – Ilino Brdo i Deleuša')
        pairs: list[Mention] = []
        for index in range(self.next_sentence - 2, max(-1, self.next_sentence - 7), -1):
            joint = self._pair_in(self.sentences[index])
            if joint is not None and not self._governed(joint):
                if self._pair_of_people(joint):
                    return joint
                pairs.append(joint)
        return fallback or (pairs[0] if pairs else None)

    def _outside(self, m: Mention, content: tuple[int, int] | None, quote: Quote | None) -> bool:
        """A mention that may be the subject of a cue: not inside the content or the quotation, not governed."""
        if content and content[0] <= m.first <= content[1]:
            return False
        if quote and quote.open <= m.first <= quote.last:
            return False
        return not self._governed(m)

    def _pair_of_people(self, joint: Mention) -> bool:
        return all(m.kind == "person" and " " in m.name for m in [joint, *joint.partners])

    def _foreign(self, named: Mention) -> bool:
        """'Norvežan Henrik Aasen': a person the text gave a nationality of another country."""
        tokens = self.tokens
        return tokens[named.first].norm in _FOREIGN or (named.first > 0 and tokens[named.first - 1].norm in _FOREIGN)

    def _local_named(self, mention: Mention) -> Mention | None:
        """'je v izteku povedal 24-letni Tržičan', 'je povedala 23-letna Kranjčanka': where the person the text is
        about comes from. The subject of the sentence before, else the person of that gender last named in full,
        passing over those the text gave a nationality of another country ('Norvežan Henrik Aasen')."""
        word = self.tokens[mention.last].norm
        wanted = "f" if word.endswith(("ka", "ica", "inja")) else "m"
        subject = self.previous_subject_for_now or self.previous_subject
        if (
            subject is not None
            and subject.kind == "person"
            and subject.gender in (wanted, "?")
            and not self._foreign(subject)
        ):
            return subject
        for found in self._mentions_before(mention.first, 4):
            for named in reversed(found):
                if named.kind != "person" or " " not in named.name or not named.name[:1].isupper():
                    continue
                if named.gender in (wanted, "?") and not self._foreign(named) and not self._governed(named):
                    return named
        return None

    def _sentence_index(self, k: int) -> int:
        """The index of the sentence that holds token `k`."""
        if not self.sentence_firsts:
            self.sentence_firsts = [s.first for s in self.sentences]
        return bisect.bisect_right(self.sentence_firsts, k) - 1

    def _earlier_mentions(self, first: int, last: int) -> list[Mention]:
        """The mentions of words already read, found again without looking back from them in turn."""
        self.looking_back = True
        try:
            return self._mentions(first, last)
        finally:
            self.looking_back = False

    def _mentions_before(self, k: int, sentences: int) -> Iterator[list[Mention]]:
        """The mentions before token `k`, sentence by sentence back from the one being read, over `sentences`."""
        current = self.next_sentence - 1
        for index in range(current, max(-1, current - sentences), -1):
            sentence = self.sentences[index]
            yield self._earlier_mentions(sentence.first, min(sentence.last, k - 1))

    def _pair_in(self, sentence: Sentence) -> Mention | None:
        """The joint mention a sentence names, people before other pairs: 'Ministri spoljnih poslova Srbije i
        Bosne i Hercegovine, Dušan Milenković i Adnan Hodžić, ...' names the two ministers, not two countries."""
        joints = [m for m in self._earlier_mentions(sentence.first, sentence.last) if m.partners]
        people = [m for m in joints if self._pair_of_people(m)]
        pairs = people or joints
        return pairs[0] if pairs else None

    def _relative_subject(self, cue: Cue, sentence: Sentence, mentions: list[Mention]) -> Mention | None:
        """', who said ...', ', ki je dejal ...': the relative pronoun's antecedent, the name before it (over an
        apposition: 'Andrej Koren, head of the pilots' union, who said')."""
        tokens = self.tokens
        verb = cue.first
        if verb - 1 > sentence.first and tokens[verb - 1].text == ",":
            # ', koji je, kako javlja dpa, rekao': over the relay set before the verb
            opening = next(
                (j for j in range(verb - 2, max(sentence.first, verb - 8), -1) if tokens[j].text == ","), None
            )
            if opening is not None and tokens[opening + 1].norm in lx.PARENTHETICAL[self.family]:
                verb = opening
        # the relative pronoun, over an auxiliary and a few words: ', ki je vladi očital', ', koji je za Tanjug rekao'
        k = next(
            (
                k
                for k in range(verb - 1, max(sentence.first, verb - 5), -1)
                if tokens[k].norm in _RELATIVE_SUBJECTS and tokens[k - 1].text == ","
            ),
            sentence.first,
        )
        if k <= sentence.first:
            return self._where_subject(cue, sentence, mentions)
        if not all(t.is_word for t in tokens[k + 1 : verb]):
            return None
        own = next((m for m in mentions if k < m.first and m.last < verb and not self._governed(m)), None)
        if self.family != "en" and own is not None and tokens[k + 1].norm in _HIM_OR_HER | {"ju", "jih", "ih"}:
            return own  # ', ki ga tožilstvo bremeni, da ...': the pronoun is the object, the clause has its subject
        candidates = [m for m in mentions if sentence.first <= m.first and m.last < k - 1]
        for mention in reversed(candidates):
            if (
                self.family != "en"
                and mention is not candidates[0]
                and mention.first > 0
                and tokens[mention.first - 1].norm in ("iz", "z", "s", "sa", "u", "v", "na")
            ):
                continue  # 'Vesna Kolar iz Mosta, koja smatra': where she is from is no antecedent
            if mention.kind == "anonymous" or (
                mention.kind in ("person", "organization") and mention.name[:1].isupper()
            ):
                return mention  # ('according to two people familiar with the matter, who said ...')
        return None

    def _where_subject(self, cue: Cue, sentence: Sentence, mentions: list[Mention]) -> Mention | None:
        """'Župan se je odzval na Facebooku, kjer je zapisal': a clause of place or time with no subject of its
        own speaks of the main clause's subject, not of the place before it."""
        tokens = self.tokens
        k = next(
            (
                k
                for k in range(cue.first - 1, max(sentence.first, cue.first - 4), -1)
                if tokens[k].norm in _WHERE_RELATIVES and tokens[k - 1].text == ","
            ),
            None,
        )
        if k is None or not all(t.is_word for t in tokens[k + 1 : cue.first]):
            return None
        if any(k < m.first < cue.first for m in mentions):
            return None  # ', kjer je župan dejal': its own subject
        main = [m for m in mentions if sentence.first <= m.first and m.last < k - 1 and not self._governed(m)]
        if main and main[0].kind in ("person", "organization", "anonymous") and self._agrees(main[0], cue):
            return main[0]
        return None

    def _oblique(self, mention: Mention, cue: Cue) -> bool:
        """A lone common noun declined out of the nominative (its adjectives before it) before a singular verb
        is its object, not its subject: 'je vlado pozval', 'je sodišču predlagal', 'je pohvalil dvakratnega
        strelca'."""
        head = mention.head if mention.head >= 0 else mention.first
        token = self.tokens[head]
        if (
            self.family != "en"
            and cue.number == "s"
            and mention.kind == "organization"
            and mention.first == mention.last
            and mention.name in _PLACE_NAMES
            and _norm_words(mention.name) != (token.norm,)
            and self.tokens[cue.first].norm not in lx.NOUN_CUES[self.family]  # 'zahteva Rusije': whose demand
        ):
            return True  # a place declined out of the nominative: 'je Avstrijo pozval', 'je pozval Avstrijo'
        base = self._noun_base(token)
        if (
            token.is_capitalized
            and mention.first == mention.last
            and mention.kind in ("person", "group")
            and not mention.name[:1].isupper()
            and self.lemmatizer is not None
        ):
            base = self._lemmatized_noun(token.norm)  # ('Občane je pozval': a common noun opening the sentence)
        if (
            self.family != "en"
            and cue.number == "p"
            and mention.first == mention.last
            and base in _DESCRIBING
            and token.norm == base + "e"
        ):
            return True  # a masculine accusative plural: 'Na Darsu voznike opozarjajo' (nominative 'vozniki')
        return (
            self.family != "en"
            and cue.number == "s"
            and head == mention.last
            and all(_adjective(t.norm, self.family) for t in self.tokens[mention.first : head])
            and base in _DESCRIBING  # a common noun ('Vladu' → 'vlada'), not a declined name
            and token.norm != base
        )

    def _unknown_name(self, mention: Mention) -> bool:
        """A capitalised name that starts with no first name: after 'v', 'iz' and before a plural verb it is an
        institution ('V Gibanju Svoboda menijo', 'U Hrvatskoj gospodarskoj komori kažu')."""
        words = _norm_words(mention.name)
        return mention.kind == "person" and not mention.role and bool(words) and words[0] not in _FIRST_NAMES

    def _passive_source(
        self, sentence: Sentence, cue: Cue, mentions: list[Mention], content: tuple[int, int] | None
    ) -> Mention | None:
        """Whose words a passive cue reports: 'navedeno je u priopćenju Vlade' (the genitive after the
        document), 'saopšteno je iz policije' (the institution it came from)."""
        tokens = self.tokens
        named = next(
            (
                m
                for m in mentions
                if m.kind == "person"
                and " " in m.name
                and m.name[:1].isupper()
                and m.role
                and cue.last < m.first <= cue.last + 2
                and not self._governed(m)
            ),
            None,
        )
        if named is not None:
            return named  # '"...?", pita se penzionerka Hajra Omerović': a reflexive verb with its subject, no passive
        for k in range(cue.last + 1, min(sentence.last, cue.last + 5)):
            # 'navodi se u priopćenju koje je potpisao Fabijanić': the document's signatory
            if (
                tokens[k].norm in lx.DOCUMENTS
                and tokens[k + 1].norm in _RELATIVES
                and any(t.norm.startswith(("potpisa", "podpisa", "signed")) for t in tokens[k + 2 : k + 5])
            ):
                signer = next((m for m in mentions if k + 2 < m.first <= k + 6 and m.kind == "person"), None)
                if signer is not None:
                    return signer
        for mention in mentions:
            if content and content[0] <= mention.first <= content[1]:
                continue
            before_name = mention.first - 1
            while (
                before_name > sentence.first
                and mention.first - before_name <= 2
                and tokens[before_name].is_word
                and not tokens[before_name].is_capitalized
                and _adjective(tokens[before_name].norm, self.family)
                # ('U saopćenju dostavljenom Feni': to whom it was sent, not whose it is)
                and not tokens[before_name].norm.startswith(_SENT_TO)
            ):
                before_name -= 1  # 'U saopštenju opozicione Narodne inicijative': over the name's adjective
            if (
                sentence.first < mention.first < cue.first
                and tokens[before_name].norm in lx.DOCUMENTS
                and mention.kind in ("organization", "person", "group")
            ):
                return mention  # 'U saopćenju SDA navodi se da ...': whose statement, before the verb
            if (
                sentence.first <= mention.first < cue.first
                and (
                    (mention.first > sentence.first and tokens[mention.first - 1].norm in _FROM)
                    # ('Iz „Infrastrukture železnice Srbije” je saopšteno': a name in quotation marks, read with 'iz')
                    or (tokens[mention.first].norm in _FROM and mention.role == tokens[mention.first].text)
                )
                and mention.kind in ("organization", "group")
            ):
                return mention  # 'Iz SDA je saopćeno da ...': the body it came from, before the verb
            if (
                sentence.first + 1 == mention.first < cue.first
                and tokens[sentence.first].norm in _FROM
                and mention.kind == "person"
                and " " not in mention.name
            ):
                # 'Iz Zvezdare je saopšteno da ...': one word after 'iz' is a club, a party or a town, no person
                name = self._base_name(self.tokens[mention.first : mention.last + 1])
                return Mention(mention.first, mention.last, name, "organization", head=mention.head)
            if not cue.last < mention.first <= cue.last + 6 or mention.first == 0:
                continue
            before = tokens[mention.first - 1].norm
            if before in _DEMONSTRATIVES and mention.first >= 2:  # 'iz tog preduzeća': the one named before
                antecedent = self._antecedent_organization(mention, mentions)
                if antecedent is not None and tokens[mention.first - 2].norm in _FROM:
                    return antecedent
            if before in lx.DOCUMENTS or before in _FROM:
                return mention
            if (
                before in ("u", "v", "pri", "na")
                and mention.kind == "organization"
                and mention.name not in _PLACE_NAMES
            ):
                return mention  # 'potvrđeno je za Betu u Policijskoj upravi Kraljevo': where it was said
        for k in range(cue.last + 1, min(sentence.last, cue.last + 6)):
            if tokens[k + 1].norm in lx.DOCUMENTS and (owner := self._surname_possessive(tokens[k])) is not None:
                return owner  # 'stoji u Barićevu priopćenju': the document of the person the text named
        for k in range(cue.last + 1, min(sentence.last, cue.last + 6) + 1):
            end = self._quoted_title_end(k) if tokens[k - 1].norm in lx.DOCUMENTS else None
            if end is not None:  # 'navodi se u saopštenju „Petrogasa“': the company named in quotation marks
                return Mention(k, end, self._title_base(k + 1, end - 1), "organization", "?", head=k + 1)
        near = range(max(sentence.first, cue.first - 3), min(sentence.last, cue.last + 3) + 1)
        if any(tokens[k].norm in lx.DOCUMENTS for k in near):
            # 'U saopćenju se navodi ...': the statement of the institution the story is about
            return next((m for m in reversed(self.recent) if m.kind == "organization"), None)
        if content is not None:
            # 'Vijeće ministara je utvrdilo prijedlog budžeta, saopćeno je nakon sjednice': the institution whose
            # act is announced announces it
            opening = next((m for m in mentions if content[0] <= m.first <= content[0] + 1), None)
            if opening is not None and opening.kind == "organization" and opening.name not in _PLACE_NAMES:
                return opening
        return None

    def _antecedent_organization(self, mention: Mention, mentions: list[Mention]) -> Mention | None:
        """What 'tog preduzeća', 'te organizacije', 'tega ministrstva' refers to: the organization named
        earlier in the sentence, else the organization that spoke last."""
        earlier = [m for m in mentions if m.last < mention.first and m.kind == "organization"]
        if earlier:
            return earlier[0]
        return next((m for m in reversed(self.recent) if m.kind == "organization"), None)

    def _institution_from(
        self, mentions: list[Mention], clause_start: int, cue: Cue, content: tuple[int, int] | None
    ) -> Mention | None:
        """'Z ministrstva so sporočili', 'iz policije su priopćili', 'from the ministry': an impersonal
        plural verb whose source is the institution it came from."""
        if cue.gender not in "pq" and cue.number != "p":
            return None
        tokens = self.tokens
        sources = ("z", "s", "iz", "from", "sa", "v", "u", "na", "pri", "at")
        for mention in mentions:
            if content and content[0] <= mention.first <= content[1]:
                continue
            first = mention.first
            while (
                first > 1
                and mention.first - first < 3
                and tokens[first - 1].is_word
                and tokens[first - 1].text.islower()
                and tokens[first - 1].norm not in sources
            ):
                first -= 1  # 'Pri distributerju Elektro Savinja', 'V trgovski verigi Soseska': what it is, before it
            listed = all(  # 'Iz Federalnog ministarstva energije, rudarstva i industrije kazali su': its name goes on
                t.text == "," or (t.is_word and not t.is_capitalized and not self._looks_like_cue(t.index))
                for t in tokens[mention.last + 1 : clause_start]
            )
            if (
                (
                    mention.kind in ("organization", "group")
                    or self._unknown_name(mention)
                    # ('V Luki Koper so nam odgovorili': no one is in a person; a company named like one)
                    or (mention.kind == "person" and first > 0 and tokens[first - 1].norm in ("v", "u", "pri"))
                )
                and (first >= clause_start - 1 or listed)
                and first > 0
                and tokens[first - 1].norm in sources
            ):
                named = next(
                    (
                        m
                        for m in mentions
                        if m.first == mention.last + 2
                        and tokens[mention.last + 1].text == ","
                        and m.name[:1].isupper()
                        and m.last + 1 < len(tokens)
                        and tokens[m.last + 1].text == ","
                    ),
                    None,
                )
                if named is not None:  # 'V največji koalicijski stranki, Gibanju Prihodnost, so zapisali'
                    return Mention(named.first, named.last, named.name, "organization", "n", head=named.head)
                if mention.kind == "person":
                    return Mention(mention.first, mention.last, mention.name, "organization", "n", head=mention.head)
                return mention
        return None

    def _second_predicate(self, cue: Cue, sentence: Sentence) -> bool:
        """Whether the cue is a second verb joined to a first: 'je obiskala ... in rekla', 'odločitev pozdravlja,
        a opozarja' (a contrast joins two predicates of one subject too)."""
        auxiliaries = lx.AUXILIARIES[self.family]
        if self._joined_at(cue.first - 1, sentence):
            return True
        if self.family == "en":
            return False
        # 'ali je u četvrtak u pisanom odgovoru našem listu naveo': words between the auxiliary and the verb
        auxiliary = next(
            (
                m
                for m in range(cue.first - 2, max(sentence.first, cue.first - 9) - 1, -1)
                if self.tokens[m].norm in auxiliaries
                or not self.tokens[m].is_word
                or self.tokens[m].norm in self.participles
            ),
            None,
        )
        return (
            auxiliary is not None
            and self.tokens[auxiliary].norm in auxiliaries
            and self._joined_at(auxiliary, sentence)
        )

    def _joined_at(self, k: int, sentence: Sentence) -> bool:
        """Whether the words back from `k`, past auxiliaries, open with a conjunction that joins a second predicate."""
        # (past the auxiliary and a word of what came next: ', a kasnije je na Instagramu napisao')
        while k >= sentence.first and (
            self.tokens[k].norm in lx.AUXILIARIES[self.family] or self.tokens[k].norm in _AFTERWARDS
        ):
            k -= 1
        if k < sentence.first:
            return False
        norm = self.tokens[k].norm
        contrast = norm in ("a", "but", "ampak", "vendar", "toda", "ali", "no") and self.tokens[k - 1].text == ","
        # ', obenem pa zapisali', ', pri tem pa dodal', ', istovremeno su naveli': at the same time, the same subject
        alongside = (
            norm == "pa"
            and k - 2 >= sentence.first
            and self.tokens[k - 1].norm in _MEANWHILE
            and self.tokens[k - 2].text == ","
        ) or (norm in _MEANWHILE and self.tokens[k - 1].text == ",")
        return norm in ("in", "i", "and", "te") or contrast or alongside

    def _is_filler(self, token: Token) -> bool:
        """Words that may stand between a verb and its subject: 'je za STA danes dejal X', 'je u utorak'."""
        return (
            token.norm in SKIPPABLE
            or token.text == ","
            or self._is_channel_word(token)
            or token.norm in lx.PLATFORMS  # 'napisao je na Facebooku lider SDP-a X'
            or token.norm in _ACADEMIC_TITLES  # 'dodala je prof. Delić'
            or token.text == "."
            or (token.norm in _EN_TITLES and token.is_capitalized and self.family == "en")  # 'says the Rev. X'
            or self._article_of_title(token)
            or _outlet_declined(token.norm, _OUTLET_ACCUSATIVE) is not None  # 'rekla je za Fenu X'
            or (token.is_word and not token.is_capitalized and _is_time_word(token.norm))
            or self._in_outlet_phrase(token)  # 'kazao je za Večernji list predsjednik X'
            # 'kazao je za Oslobođenje Edin Ramić': an outlet of one word the statement was given to
            or (
                self.family != "en"
                and token.is_capitalized
                and token.index > 0
                and self.tokens[token.index - 1].norm == "za"
                and token.norm not in _FIRST_NAMES
            )
            or self._in_outlet_title(token.index)  # 'rekao je za "Avaz" kapiten X'
        )

    def _in_outlet_title(self, k: int) -> bool:
        """A word or mark of an outlet's name in quotation marks after 'za' ('za „Avaz“', 'za "Politiku"')."""
        if self.family == "en":
            return False
        tokens = self.tokens
        for opening in range(k, max(0, k - 4), -1):
            if tokens[opening].text in QUOTE_MARKS and tokens[opening - 1].norm == "za":
                end = self._quoted_title_end(opening)
                return end is not None and k <= end
        return False

    def _in_outlet_phrase(self, token: Token) -> bool:
        """A word of an outlet's name of two words after 'za'/'told' ('za Večernji list', 'told the Wall Street')."""
        k, tokens = token.index, self.tokens
        for start in (k, k - 1, k - 2):
            if start >= 1 and tokens[start - 1].norm in _OUTLET_LEADS:
                end = self._outlet_end(start, min(len(tokens) - 1, start + 3))
                if end is not None and start <= k <= end:
                    return True
        return False

    def _governed(self, mention: Mention) -> bool:
        """A mention after a preposition is not a subject ('na Instagramu', 'o Witkoffu'), nor is one after
        a preposition and its adjectives and noun ('za francosko tiskovno agencijo AFP')."""
        j = mention.first - 1
        steps = 0
        prepositions = _PREPOSITIONS_OF[self.family]  # (not 'Pevka in igralka X': 'in' is 'and' in Slovenian)
        if self.family != "en" and j >= 0 and self.tokens[j].norm in lx.DOCUMENTS and self.tokens[j].norm != "objavi":
            return True  # 'u pisanom je odgovoru Glasu Istre navelo': to whom (or whose) the document, no subject
        if self.family != "en" and j >= 1:
            k = j - (self.tokens[j].norm in lx.AUXILIARIES[self.family])
            if (
                k >= 1
                and self.tokens[k].norm in ("nas", "nasa", "nase", "nasem", "nasoj", "nasi", "nasemu")
                and self.tokens[k - 1].norm == "za"
            ):
                return True  # 'X za naš je list kratko rekao': the paper it was said to, no subject
        if (
            mention.kind == "person"
            and mention.first == mention.last
            and j >= 0
            and self.tokens[j].norm not in prepositions
            and self._surname_known(self.tokens[mention.first].norm)
        ):
            return False  # 'Posle sednice Ristović je izjavila': a person named before, not an apposition
        # a mention led by its role noun is governed over adjectives ('s turškim zunanjim ministrom X'), not over
        # another noun: 'za naš portal direktor firme X' is the verb's subject
        role_led = self._noun_base(self.tokens[mention.first]) in lx.ROLES
        while j >= 0 and steps <= 3:
            token = self.tokens[j]
            if not token.is_word or self.tokens[j + 1].newline_before:
                return False  # (nor across a line break: a headline without a full stop ends before it)
            if (
                token.norm in self.participles
                or token.norm in self.present
                or token.norm in lx.AUXILIARIES[self.family]
                or (self.family == "en" and token.norm in lx.EN_VERBS)
            ):
                return False  # nor across a verb: 'na konferenci povedala županja X' — X is the verb's subject
            if (
                self.family == "en"
                and token.norm in ("after", "before", "since", "until", "as")
                and mention.last + 1 < len(self.tokens)
                and self.tokens[mention.last + 1].norm in lx.EN_VERBS
            ):
                return False  # 'after the chipmaker warned that ...': a conjunction, the mention its verb's subject
            if token.norm in prepositions:
                # (a capitalised one inside a sentence opens a name: 'svetnik liste Za Lipnico Dejan Oblak')
                return not (
                    token.is_capitalized
                    and j > 0
                    and not token.newline_before
                    and self.tokens[j - 1].text not in SENTENCE_END
                )
            if (
                self.family == "en"
                and token.text == "The"
                and j > 0
                and self.tokens[j - 1].norm in prepositions
                and not self.tokens[j - 1].is_capitalized
            ):
                return True  # 'In an email to The Times, ...': a newspaper's name with its article, after 'to'
            if token.is_capitalized and _is_time_word(token.norm):
                return False  # 'Later on Sunday the club confirmed': the phrase was a day, the noun is free
            if token.is_capitalized and j - 1 >= 0 and self.tokens[j - 1].norm in prepositions and steps:
                # 'Klub Hrvata u Vijeću naroda RS zatražio je': RS is inside 'u Vijeću naroda RS'; not 'Victoria
                # University of Wellington politics lecturer X said', where 'of' is inside the body's name
                return not (
                    self.family == "en"
                    and self.tokens[j - 1].norm == "of"
                    and j >= 2
                    and self.tokens[j - 2].is_capitalized
                    and role_led
                )
            if token.is_capitalized or token.norm in lx.ROLES or token.norm in lx.GROUPS:
                return False
            if role_led and self._noun_base(token) in _DESCRIBING:
                return False
            if role_led and token.norm in _EVENT_NOUNS:
                return False  # 'rekao je na konferenciji za medije zapovjednik X': where, then the verb's subject
            if token.is_word and not token.is_capitalized and _is_time_word(token.norm):
                return False  # 'priopćila je u utorak Policijska uprava': the phrase was a time, the name is free
            if (
                (
                    self.family != "en"
                    and (
                        (role_led and self.tokens[mention.first].norm in lx.ROLES)
                        # ('Nakon sjednice novinari su ministra upitali': a group noun in the nominative)
                        or self.tokens[mention.first].norm in lx.GROUPS
                    )
                )
                or (  # 'rekao je za naš portal Stanoje Vuksanović': a person's name in the nominative
                    mention.kind == "person"
                    and mention.last > mention.first
                    and self.tokens[mention.first].norm in _FIRST_NAMES
                    and mention.name == _latin(self._span_text(mention.first, mention.last))
                )
            ) and (token.is_word and not token.is_capitalized and not _adjective(token.norm, self.family)):
                return False  # 'nakon utakmice trener Jadrana X': a role in the nominative after the phrase's noun
            j -= 1
            steps += 1
        return False

    def _article_of_title(self, token: Token) -> bool:
        """'the' before a capitalised title ('says the Rev. Janet Kowalczyk'): part of no one's name."""
        following = token.index + 1
        return (
            token.norm == "the"
            and self.family == "en"
            and following < len(self.tokens)
            and self.tokens[following].is_capitalized
            and self.tokens[following].norm in _EN_TITLES
        )

    def _is_channel_word(self, token: Token) -> bool:
        return (
            (token.is_word and "." in token.text)  # a web address: 'za Klix.ba'
            or token.norm in lx.PLATFORMS
            or token.norm in lx.CHANNEL_PREPOSITIONS
            or token.norm in _CHANNEL_WORDS
            or (token.is_capitalized and token.text.isupper())
        )

    def _agrees(self, mention: Mention, cue: Cue) -> bool:
        if mention.kind == "pronoun":
            return True
        gender = cue.gender
        if gender == "?" or self.family == "en":
            return True
        if mention.partners:
            return gender in "pq" or cue.number in ("d", "p")
        if mention.kind == "group":
            return gender in "pq" or cue.number == "p"
        if gender in "pq" and cue.number != "d":
            return mention.kind in ("group", "organization", "anonymous") and (
                mention.gender in "pq?" or (mention.kind == "organization" and self._plural_head(mention))
            )
        if mention.kind == "organization":
            return True  # 'ministrstvo je sporočilo' (n), 'vlada je sporočila' (f), 'Kremelj je sporočil' (m)
        return mention.gender in ("?", gender) or (gender == "m" and mention.gender == "?")

    def _plural_head(self, mention: Mention) -> bool:
        """'Opozicione stranke ocenile su': an organization noun not in its base form before a plural verb,
        opening its clause (not 'Viri blizu komisije so potrdili', where it is the genitive)."""
        if mention.head < 0 or mention.last != mention.head:
            return False
        if mention.first > 0 and self.tokens[mention.first - 1].is_word:
            return False
        head = self.tokens[mention.head]
        if head.norm in ("sile", "snage", "oblasti", "vlasti", "forces", "authorities"):
            return True  # (plural only: 'zračne sile so sporočile')
        first = self.tokens[mention.first]
        if (
            mention.head > mention.first
            and first.is_capitalized
            and first.norm.endswith(("ske", "cke", "ne"))
            and head.norm.endswith(("e", "i"))
        ):
            return True  # 'Slovenske železnice so sporočile': a name in the plural, its adjective agreeing
        return head.norm != _norm_words(self._noun_base(head))[0] if self._noun_base(head) else False

    def _resolved(self, mention: Mention, cue: Cue) -> Mention:
        described = self._described_holder(mention)
        if described is not None:
            return described  # 'the Kerry South TD said' after 'Fianna Fáil TD Declan Moriarty'
        author = self._report_author(mention)
        if author is not None:
            return author  # 'The report estimated ...' after 'a report published in August by the Centre for X'
        if self.family == "en" and mention.last < cue.first and mention.name.lower() in _WRITINGS:
            signer = self._signer(mention.last + 1, cue.first - 1)
            if signer is not None:
                return signer  # 'A letter ..., signed by the town council ..., puts it bluntly: "..."'
        if mention.kind == "person" and _local_demonym(self.tokens[mention.last].norm, self.family):
            local = self._local_named(mention)
            if local is not None:
                return local
        if mention.kind == "pronoun" and self.family == "en" and self.tokens[mention.first].norm == "it":
            # 'Brightwell Computing unveiled the Pace X2, a laptop it says can run ...': the company of the sentence
            same_sentence = [
                m
                for m in self.named_organizations
                if m.first < mention.first
                and not any(t.text in SENTENCE_END for t in self.tokens[m.last + 1 : mention.first])
            ]
            if same_sentence:
                return same_sentence[0]
        if mention.kind == "pronoun" and self.family == "en" and self.tokens[mention.first].norm in ("he", "she"):
            named = self._named_earlier_in_sentence(mention)
            if named is not None:
                return named
        if mention.kind == "pronoun":
            carried = self._carried(cue, mention.gender)
            if " " in mention.name and (carried is None or carried.kind != "person"):
                # 'The 61-year-old says' after the Coast Guard's news: a person described, the last one named
                person = self._last_named_person(mention.first, 6, None)
                carried = person if person is not None else carried
            return carried if carried is not None else mention
        if mention.kind in ("person", "anonymous") and mention.gender == "?" and cue.gender in "mf":
            mention.gender = cue.gender
        if (
            self.family == "en"
            and mention.kind == "person"
            and mention.gender == "?"
            and mention.first >= 2
            and self.tokens[mention.first - 1].text == ","
            and (kin := self.tokens[mention.first - 2].norm) in _EN_KIN_WORDS
        ):
            # "Hemi's wife, Mereana, ... says": whose wife says who she is, for the 'she' after
            mention.gender = "f" if kin in _EN_WOMEN_KIN else "?" if kin == "cousin" else "m"
        if (
            mention.kind == "organization"
            and mention.head >= 0
            and mention.last == mention.head  # no name after the noun: 'the company', 'the Berlin-based firm'
            and _BARE_COMPANY.fullmatch(self._noun_base(self.tokens[mention.head]))
        ):
            company = self._company_before(mention)
            if company is not None:
                return company
        if mention.kind in ("organization", "person") and mention.name.isupper() and 2 <= len(mention.name) <= 6:
            # 'The EA has advised' after 'the Environment Agency': the body whose initials it is
            spelled = next(
                (
                    m
                    for m in reversed(self.named_organizations)
                    if m.last < mention.first
                    and "".join(w[0] for w in m.name.split() if w[:1].isupper()) == mention.name
                ),
                None,
            )
            if spelled is not None:
                return replace(spelled, first=mention.first, last=mention.last, head=mention.head)
        if (
            self.family == "en"
            and mention.kind == "organization"
            and mention.head >= 0
            and mention.last == mention.head
            and not self.tokens[mention.head].is_capitalized
        ):
            named = self._named_before(mention)  # 'The bureau warned' after 'Bureau of Meteorology'
            if named is not None:
                return named
            if (
                self.tokens[mention.head].norm in _PUBLIC_BODIES
                and mention.first == mention.head
                and mention.head > 0
                and self.tokens[mention.head - 1].norm == "the"
            ):
                # 'The agency said' after 'The Food and Drug Administration said': the public body that spoke last
                spoke = next((m for m in reversed(self.recent[-2:]) if m.kind == "organization"), None)
                if (
                    spoke is not None
                    and spoke.name[:1].isupper()
                    and " " in spoke.name
                    and set(_norm_words(spoke.name)) & _PUBLIC_BODIES
                ):
                    return replace(spoke, first=mention.first, last=mention.last, head=mention.head)
            if (
                self.tokens[mention.head].norm in _EN_GENERIC_BODIES
                and mention.head > 0
                and self.tokens[mention.head - 1].norm == "the"  # (just 'the group', not 'the education department')
            ):
                # 'the Independent Record Retailers Alliance ... The group cautions': the body just named
                since = self.sentences[max(0, self._sentence_index(mention.first) - 2)].first
                bodies = [
                    m
                    for m in self.named_organizations
                    if since <= m.first < mention.first
                    and m.name[:1].isupper()
                    and " " in m.name
                    and not m.name.isupper()  # (not a dateline's place)
                ]
                if bodies and len({m.name for m in bodies}) == 1:
                    return replace(bodies[-1], first=mention.first, last=mention.last, head=mention.head)
                if not bodies:
                    named = self._body_by_its_noun(since, mention)
                    if named is not None:
                        return named
        if (
            mention.kind == "person"
            and mention.first == mention.last
            and not mention.role
            and self.family != "en"
            and self.tokens[mention.first].is_capitalized
            and self._lemmatized_noun(self.tokens[mention.first].norm) in _DESCRIPTIVE_NOUNS
            and self.lemmatizer is not None
            and not self._surname_known(self.tokens[mention.first].norm)  # ('kaže Bošnjak' after 'Ivan Bošnjak')
        ):
            # 'Španec meni, da ...', 'je pojasnil Belgijec': a nationality, which Slovenian capitalises, refers back
            # to the last person named, as 'Hrvaški strokovnjak' does
            wanted = "f" if mention.gender == "f" or cue.gender == "f" else "m"
            for named in reversed(self.recent[-3:]):
                if named.kind == "person" and " " in named.name and named.gender in (wanted, "?"):
                    return named
        if (
            self.family != "en"
            and mention.kind == "person"
            and mention.first == mention.last
            and mention.first > 0
            and self.tokens[mention.first - 1].norm.endswith(_AGE_ADJECTIVES)
            and not self._surname_known(self.tokens[mention.first].norm)
            # (a local demonym, not a surname: 'Kobaridčan', 'Kamničanka', not '24-letni Lenart')
            and self.tokens[mention.first].norm.endswith(("can", "canka", "anec", "anka"))
        ):
            # 'je povedal 24-letni Kobaridčan': where he is from, with his age, describes the one who just spoke
            described = self._aged_epithet(
                replace(mention, first=mention.first - 1, head=mention.last),
                "f" if mention.gender == "f" or cue.gender == "f" else "m",
            )
            if described is not None:
                return described
        if mention.kind == "person" and mention.role and mention.name.lower() == mention.role.lower():
            head = self._noun_base(self.tokens[mention.head if mention.head >= 0 else mention.first])
            described = self._aged_epithet(mention, "f" if mention.gender == "f" or cue.gender == "f" else "m")
            if described is not None:
                return described
            if head in _DESCRIPTIVE_NOUNS:
                # 'Hrvaški strokovnjak je pohvalil ...' after 'trener Jadrana Goran Mikulić': who he is, not an
                # office; it refers back to the last person named, whatever role the text gave
                wanted = "f" if mention.gender == "f" else "m"
                for named in reversed(self.recent[-3:]):
                    if named.kind == "person" and " " in named.name and named.gender in (wanted, "?"):
                        return named
        body = self._spokesperson_body(mention)
        if body is not None:
            return body
        if (
            mention.kind == "person"
            and mention.role
            # ('The Millbrook gaffer': an English role may open with its team's name; 'Družinska zdravnica', a
            # role described by an adjective, opening a sentence)
            and (
                not mention.name[0].isupper()
                or (self.family == "en" and mention.name == mention.role)
                or (
                    mention.name == mention.role
                    and mention.first < mention.head == mention.last
                    and self._bare_epithet_end(mention.last)
                )
            )
        ):
            if self._noun_base(self.tokens[mention.head if mention.head >= 0 else mention.first]) in _MANY_HOLDERS:
                return mention
            earlier = self.people_by_role.get(self._role_base(mention.role))
            if earlier is not None and (mention.gender, earlier.gender) in (("f", "m"), ("m", "f")):
                # 'ministarka' after 'ministar Petrović': the woman who held the role before him, if any ('premier
                # je povedal' after 'premierka Carvalho': the man)
                earlier = next(
                    (
                        m
                        for m in reversed(self.recent[-8:])
                        if m.kind == "person"
                        and m.gender in (mention.gender, "?")
                        and m.role
                        and self._role_base(m.role) == self._role_base(mention.role)
                    ),
                    None,
                )
            if earlier is not None and self._same_role(mention.role, earlier.role or ""):
                return (
                    earlier  # 'je dejal minister' after 'minister Novak'; not 'prime minister' for 'finance minister'
                )
            if self.in_answer:
                return mention  # 'Minister za kmetijstvo mi je zagotovil': in an answer, someone the interviewee names
            wanted = "f" if mention.gender == "f" else "m"
            definite = self.family != "en" or (mention.first > 0 and self.tokens[mention.first - 1].norm == "the")
            if self._noun_base(self.tokens[mention.head if mention.head >= 0 else mention.first]) in _LAY_ROLES:
                return mention  # 'pravi domačinka': someone described, not a named speaker's office
            candidates = self.recent[-3:] + ([self.previous_subject_for_now] if self.previous_subject_for_now else [])
            if self.family != "en" and any(self._same_person_role(c, mention) is False for c in candidates):
                candidates = [c for c in candidates if self._same_person_role(c, mention) is not False]
            spokesperson = any(
                self._noun_base(t) in _SPOKESPEOPLE for t in self.tokens[mention.first : mention.last + 1]
            )
            for earlier in reversed(candidates):
                if (
                    definite  # 'the manager told BBC Essex' after 'Harlow Town boss Dean Moffatt says'
                    and not spokesperson  # ('the prime minister's spokesman' is someone else)
                    and earlier.kind == "person"
                    and len(earlier.name.split()) > 1
                    and earlier.gender in (wanted, "?")
                    and (
                        not earlier.role
                        or self._same_club(mention.role, earlier.role)
                        # ('Hospital cleaner Mele Fifita ... the mother of three said': kin is no office)
                        or (self.family == "en" and self.tokens[max(mention.head, mention.first)].norm in _EN_KIN)
                    )
                ):  # a named speaker whose role the text did not give may hold this one
                    if not earlier.role and (base := self._role_base(mention.role)):
                        # ('»...,« pravi oskrbnica' after 'Marjeta Pušnik': a later 'Oskrbnica opaža' is her too)
                        self.people_by_role.setdefault(base, earlier)
                    return earlier
        return mention

    def _defendant(self, before: int, wanted: str) -> Mention | None:
        """'Obtoženi je v zagovoru dejal': the accused is the one on trial, named where the text speaks of the
        trial or the charge ('sojenje nekdanjemu direktorju Bojanu Kramarju', 'tožilstvo ga bremeni'), not the
        judge, a lawyer or a witness named there or anywhere before."""
        tokens = self.tokens
        court: set[str] = set()
        candidates: list[Mention] = []
        for index in range(max(0, self.next_sentence - 40), self.next_sentence):
            sentence = self.sentences[index]
            if sentence.first >= before:
                break
            charged = any(t.norm.startswith(_TRIAL_STEMS) for t in tokens[sentence.first : sentence.last + 1])
            for named in self._earlier_mentions(sentence.first, min(sentence.last, before - 1)):
                if named.kind != "person" or " " not in named.name:
                    continue
                if named.role and any(w.startswith(_COURT_ROLES) for w in _norm_words(named.role)):
                    court.add(named.name)
                elif charged:
                    # (a first name the base form missed: 'Dejana K.' from '44-letnega Dejana K.' is Dejan)
                    first_word = _norm_words(named.name)[0]
                    genders = {_FIRST_NAMES.get(b) for b in (first_word, *_declension_bases(first_word))} - {None}
                    if (first_word in self.given_names or genders) and (
                        wanted not in ("m", "f") or named.gender in (wanted, "?") or wanted in genders
                    ):
                        candidates.append(named)
        return next((named for named in candidates if named.name not in court), None)

    def _bare_epithet_end(self, last: int) -> bool:
        """'Upokojeni trener doda', 'pravi nekdanji skakalec.', 'Družinska zdravnica v tej vasi dela': a described
        role that its verb, a place or the sentence's end follows, no name in apposition ('Kržanov zagovornik,
        odvetnik Aleš Golob,') nor the body it is of ('Glavni trener reprezentance')."""
        if last + 1 >= len(self.tokens):
            return True
        after = self.tokens[last + 1]
        return (
            after.text in SENTENCE_END
            or after.norm in lx.AUXILIARIES[self.family]
            or after.norm in self.present
            or after.norm in self.participles
            or after.norm in ("se", "si")
            or (after.norm in PREPOSITIONS and not after.is_capitalized)
        )

    @staticmethod
    def _same_club(role: str, other: str) -> bool:
        """Whether two roles name the same team or body: 'The Castlebridge gaffer', 'Castlebridge boss'."""
        names = {w for w in role.split()[1:] if w[:1].isupper()} | {w for w in role.split()[:1] if w != "The"}
        return any(w[:1].isupper() and w in names for w in other.split())

    def _in_dateline(self, mention: Mention) -> bool:
        sentence = self.sentences[self._sentence_index(mention.first)]
        return mention.last < self._after_dateline(sentence.first, sentence.last)

    def _company_before(self, mention: Mention) -> Mention | None:
        """'the company said', 'iz kompanije su saopštili': the organization the text named before."""
        head = self.tokens[mention.head if mention.head >= 0 else mention.last].norm
        if self.family == "en" and head in ("companies", "firms", "carriers", "airlines", "lenders", "banks"):
            # 'Skandia Airways agreed to buy Amberline, the companies said': the two the text named last
            names: list[Mention] = []
            for named in reversed([m for m in self.named_organizations if m.first < mention.first]):
                words = set(_norm_words(named.name))
                if (
                    named.name not in (n.name for n in names)
                    and not (" " in named.name and named.name.isupper())
                    and not words & _PUBLIC_BODIES
                    and not words & _MEMBERS_BODIES
                ):
                    names.append(named)
            if len(names) >= 2:
                first, second = names[1], names[0]
                return Mention(
                    first.first, first.last, first.name, "organization", "n", head=first.head, partners=[second]
                )
        titled = self._company_titled_before(mention.first)
        if titled is not None:
            return titled
        if self.family == "en":
            opening = self._company_opening(mention.first)
            if opening is not None:
                return opening
        # a company, not the commission or ministry named since: 'The company has denied ...'
        # (named before it: not 'the company said the laptop runs on a chip co-designed with Kestrel')
        named_before = [
            m
            for m in self.named_organizations
            if m.first < mention.first
            and not (" " in m.name and m.name.isupper())  # ('SAN FRANCISCO', a dateline)
            and not self._in_dateline(m)  # ('SULPHUR SPRINGS, La. (AP) —': the agency that reports)
        ]
        # (nor a union or an alliance of workers: 'Inland Warehouse Workers Alliance', before 'Parcelway opposes
        # the effort. In a statement, the company said ...')
        companies = [m for m in named_before if not (set(_norm_words(m.name)) & (_PUBLIC_BODIES | _MEMBERS_BODIES))]
        if companies:
            return companies[-1]
        spoken = next(
            (
                m
                for m in reversed(self.recent)
                if self._may_be_company(m) and not (set(_norm_words(m.name)) & _PUBLIC_BODIES)
            ),
            None,
        )  # ('Wessex Vale Water said ...', a name the text gave no kind, before 'the Environment Agency')
        if spoken is not None:
            return spoken
        if named_before:
            return named_before[-1]
        spoken = next((m for m in reversed(self.recent) if self._may_be_company(m)), None)
        if spoken is not None:
            return spoken
        tokens = self.tokens
        for k in range(mention.first - 2, max(-1, mention.first - 400), -1):
            # 'German startup Helion Orbital launched ... The company said': named once by what it is, as no speaker
            if _BARE_COMPANY.fullmatch(tokens[k].norm) and tokens[k + 1].is_capitalized and tokens[k + 1].is_word:
                named = self._named(k + 1, min(mention.first - 1, k + 6))
                if not named.name[:1].isupper():
                    return None
                return Mention(named.first, named.last, named.name, "organization", "n", head=named.last)
        return None

    def _named_before(self, mention: Mention) -> Mention | None:
        """'the bureau', 'the council': the body whose name the text gave before with that noun in it."""
        tokens = self.tokens
        noun = tokens[mention.head].norm
        for k in range(mention.first - 1, max(-1, mention.first - 600), -1):
            if (
                tokens[k].norm == noun
                and not tokens[k].is_capitalized
                and k + 3 < mention.first
                and tokens[k + 1].text == "("
                and tokens[k + 3].text == ")"
                and tokens[k + 2].text.isupper()
                and tokens[k + 2].is_word
            ):
                # 'the U.N. humanitarian office (OCHA) said ... The office said': its name in brackets
                return Mention(mention.first, mention.last, tokens[k + 2].text, "organization", "n", head=k)
            if (
                tokens[k].norm == noun
                and not tokens[k].is_capitalized
                and k + 1 < mention.first
                and tokens[k + 1].is_capitalized
                and tokens[k + 1].is_word
                and tokens[k + 1].text.isupper()
                and 2 <= len(tokens[k + 1].text) <= 8
                and not (tokens[k + 2].is_word and tokens[k + 2].text.isupper())
            ):
                # 'the UN refugee agency UNHCR ... The agency said': its acronym given right after the noun
                name = tokens[k + 1].text
                return Mention(mention.first, mention.last, name, "organization", "n", head=k)
            if tokens[k].norm != noun or not tokens[k].is_capitalized:
                continue
            start = k
            while start - 1 >= 0 and tokens[start - 1].is_capitalized and tokens[start - 1].is_word:
                start -= 1
            end = self._name_run_end(k, mention.first - 1)
            if tokens[start].norm in _EN_DETERMINERS:
                start += 1  # ('The Brennan County School District announced')
            if start == end:
                continue  # ('Bureau' alone, or 'The Bureau' opening a sentence: no name given)
            return Mention(mention.first, mention.last, self._span_text(start, end), "organization", "n", head=k)
        if noun in ("club", "team", "side"):
            return self._team_before(mention)
        return None

    def _body_by_its_noun(self, since: int, mention: Mention) -> Mention | None:
        """'circulated by the group Keep Brantley Rural ... the group wrote', 'Kirsty Lamb, from the Save
        Bellingford Births campaign ... The group said': a body the text named beside a generic noun, since token
        `since`, whatever its name's words (the name alone does not say it is a body)."""
        tokens = self.tokens
        for k in range(mention.first - 1, since - 1, -1):
            if tokens[k].is_capitalized or tokens[k].norm not in _EN_GENERIC_BODIES | _EN_CAMPAIGNS:
                continue
            named = k + 1
            if named + 2 < mention.first and (
                (tokens[named].norm in ("calling", "calls") and tokens[named + 1].norm == "itself")
                or (tokens[named].norm == "known" and tokens[named + 1].norm == "as")
            ):
                named += 2  # 'a criminal group calling itself Crimson Lynx', 'a network known as X'
            if (
                named < mention.first
                and tokens[named].is_capitalized
                and tokens[named].is_word
                and tokens[named].norm not in _FIRST_NAMES
            ):
                start, end = named, self._name_run_end(named, mention.first - 1)  # 'the group Keep Brantley Rural'
            elif k - 1 >= since and tokens[k - 1].is_capitalized and tokens[k - 1].is_word:
                start, end = k - 1, k - 1  # 'the Save Bellingford Births campaign'
                while start - 1 >= since and tokens[start - 1].is_capitalized and tokens[start - 1].is_word:
                    start -= 1
                if tokens[start].norm in _EN_DETERMINERS:
                    start += 1
            else:
                continue
            if start < end:
                return Mention(mention.first, mention.last, self._span_text(start, end), "organization", "n", head=k)
        return None

    def _team_before(self, mention: Mention) -> Mention | None:
        """'Ashby United have sacked their manager ... The club said': the team the text is about, named before by
        a name that ends as teams' names do ('United', 'City', 'Rovers', 'FC'): the one named most often, else
        first (an opponent is named less)."""
        tokens = self.tokens
        named: dict[str, list[int]] = {}
        for k in range(max(1, mention.first - 1500), mention.first):
            if tokens[k].norm not in _TEAM_NAME_ENDS or not tokens[k].is_capitalized:
                continue
            start = k
            while start - 1 >= 0 and tokens[start - 1].is_capitalized and tokens[start - 1].is_word:
                start -= 1
            if tokens[start].norm in _EN_DETERMINERS:
                start += 1
            if start < k:
                named.setdefault(self._span_text(start, k), []).append(k)
        if not named:
            return None
        name = max(named, key=lambda n: (len(named[n]), -named[n][0]))
        return Mention(mention.first, mention.last, name, "organization", "n", head=named[name][-1])

    def _spokesperson_of(self, mention: Mention) -> Mention | None:
        """'A Defra spokesperson', 'a White House spokesman': the body named before the word; 'a library
        spokesperson': the library the text named before."""
        tokens = self.tokens
        words = [k for k in range(mention.first, mention.last) if tokens[k].norm not in ("the", "a", "an", "its")]
        if not words or len(words) > 4 or not all(tokens[k].is_word for k in words):
            return None
        role = self._span_text(mention.first, mention.last)
        if all(tokens[k].is_capitalized for k in words):
            if tokens[words[0]].norm in _FIRST_NAMES or self._surname_known(tokens[words[-1]].norm):
                return None  # ('a Trump spokesman': a person's)
            name = self._span_text(words[0], words[-1])
            return Mention(mention.first, mention.last, name, "organization", "n", role, head=words[-1])
        if len(words) == 1 and tokens[words[0]].norm in lx.ORGANIZATION_NOUNS:
            named = self._named_before(replace(mention, head=words[0]))
            return replace(named, role=role) if named is not None else None
        return None

    def _spokesperson_body(self, mention: Mention) -> Mention | None:
        """'Tiskovni predstavnik Evropske komisije je dejal': an unnamed spokesperson of a named body speaks for
        the body."""
        if mention.kind != "person" or not mention.role:
            return None
        if self.family == "en":
            # 'The spokesperson added ...' after 'A spokesperson for the Department said': the body spoken for
            words = [t.norm for t in self.tokens[mention.first : mention.last + 1]]
            if mention.name.lower() != mention.role.lower() or not words or words[-1] not in _SPOKESPEOPLE:
                return None
            spoken_for = self._spokesperson_of(mention)
            if spoken_for is not None:
                return spoken_for
            if any(w not in _SPOKESPEOPLE and w not in ("the", "a", "an", "its", "same") for w in words):
                return None
            if mention.name.lower() not in _SPOKESPEOPLE or (
                mention.last + 1 < len(self.tokens)
                and self.tokens[mention.last + 1].norm in ("for", "of", "at", "from")
            ):
                return None  # ('a spokesman for the health ministry': that body, named)
            for earlier in reversed(self.recent[-3:]):
                if earlier.role and earlier.role.lower().split()[-1] in _SPOKESPEOPLE:
                    return earlier if earlier.kind == "organization" else None
            # 'The Welsh Government declined to comment. A spokesperson said ...': the body the text named last,
            # when no one was named after it
            for found in self._mentions_before(mention.first, 3):
                named = [m for m in found if m.kind in ("person", "organization") and m.name[:1].isupper()]
                if named:
                    # 'Northumberland County Council says it has offered Maureen a rates holiday. A spokesperson
                    # added ...': the body that spoke there, not a person its statement names
                    speakers = {m.name for m in self.recent[-2:] if m.kind == "organization"}
                    last_named = next((m for m in reversed(named) if m.name in speakers), named[-1])
                    if last_named.kind != "organization" or last_named.name in lx.ORGANIZATION_NAMES.values():
                        return None  # ('Brussels', 'the Kremlin': a capital's, not the body's own spokesperson)
                    return last_named
            return None
        if mention.name.lower() != mention.role.lower():
            return None  # (a named spokesperson speaks for herself: 'predstavnica Ana Kos')
        tokens = self.tokens
        head = next(
            (k for k in range(mention.first, mention.last + 1) if self._noun_base(tokens[k]) in _SPOKESPEOPLE), None
        )
        if head is None:
            return None
        # the body's noun in the genitive, within the mention or right after it ('predstavnica uprave')
        end = min(len(tokens) - 1, max(mention.last, head + 1))
        body = next(
            (k for k in range(head + 1, end + 1) if self._noun_base(tokens[k]) in lx.ORGANIZATION_NOUNS),
            None,
        )
        if body is None:
            return None
        if not any(tokens[k].is_capitalized for k in range(head + 1, mention.last + 1)):
            # 'Tiskovna predstavnica uprave je dodala' after 'Na Policijski upravi Maribor so pojasnili': the body
            # the text named before by that noun
            noun = _norm_words(self._noun_base(tokens[body]))
            return next(
                (
                    m
                    for m in reversed(self.recent)
                    if m.kind == "organization" and noun and noun[0] in _norm_words(m.name.lower())
                ),
                None,
            )
        return Mention(head + 1, mention.last, self._base_phrase(head + 1, mention.last, body), "organization", "n")

    def _title_base(self, first: int, last: int) -> str:
        """A name in quotation marks in its base form, where the text declines it ('„Petrogasa“' → 'Petrogas'):
        the form the text gave in the nominative if it gave one, else the lemmatizer's."""
        name = _latin(self._span_text(first, last))
        if first != last or self.family == "en":
            return name
        return self._base_name(self.tokens[first : last + 1])

    def _company_titled_before(self, position: int) -> Mention | None:
        """'licencu kompaniji „Petrogas“ ..., saopštila je kompanija': a company named in quotation marks after
        its common noun, in the last 150 words."""
        tokens = self.tokens
        for k in range(position - 1, max(1, position - 150), -1):
            if tokens[k].text in QUOTE_MARKS and _BARE_COMPANY.fullmatch(self._noun_base(tokens[k - 1])):
                end = self._quoted_title_end(k)
                if end is not None and end < position:
                    return Mention(k - 1, end, _latin(self._span_text(k + 1, end - 1)), "organization", "?", head=k - 1)
        return None

    def _named_earlier_in_sentence(self, pronoun: Mention) -> Mention | None:
        """'Our correspondent, Orla Dennehy, is in Castletownbere, where she reports that ...': the person the
        sentence named as its subject before the pronoun, before anyone spoken of earlier."""
        sentence = self.sentences[self._sentence_index(pronoun.first)]
        if any(self.in_quote[k] for k in range(sentence.first, pronoun.first)):
            return None
        kin = self.tokens[sentence.first + 1].norm
        if (
            kin in _EN_KIN_WORDS
            and kin != "cousin"
            and ("f" if kin in _EN_WOMEN_KIN else "m") != pronoun.gender
            and (possessor := self._named_possessor(sentence.first)) is not None
            and possessor.gender in (pronoun.gender, "?")
        ):
            # "Pike's father, Ambrose, worked in the mines, and she says ...": she is whose father he was
            return replace(possessor, gender=pronoun.gender)
        people = [
            m
            for m in self._mentions(sentence.first, pronoun.first - 1)
            if m.kind == "person" and " " in m.name and not m.partners and not self._governed(m)
        ]
        if len(people) != 1:
            return None  # (two people before it: whom it takes up is not this simple)
        person = people[0]
        first_name = _norm_words(person.name)[:1]
        if person.gender == pronoun.gender or (first_name and _FIRST_NAMES.get(first_name[0]) == pronoun.gender):
            return person  # (a name known to be his or hers: not 'Capitol Hill', 'Thomas Brennan' for 'she')
        return None

    def _company_opening(self, position: int) -> Mention | None:
        """'Altavia Resources will cut 1,200 jobs, the copper miner said': the name of no person that opens the
        sentence, before the company noun that speaks of it."""
        tokens = self.tokens
        sentence = self.sentences[self._sentence_index(position)]
        i = self._after_dateline(sentence.first, position)
        j = i
        while j + 1 < position and tokens[j + 1].is_capitalized and tokens[j + 1].is_word and j - i < 3:
            j += 1
        if not tokens[i].is_capitalized or tokens[i].norm in _FIRST_NAMES or tokens[i].norm in lx.NOT_NAMES:
            return None
        if j == i and (
            not self._named_inside(tokens[i].text)
            or not (tokens[i + 1].is_word and self.text[tokens[i].end : tokens[i + 1].start] == " ")
            or any(tokens[k].is_capitalized and tokens[k + 1].is_capitalized for k in range(i + 1, position - 1))
        ):
            # ('Shares rose 6%, the company said': one capital word opening a sentence may be any word; 'Kenya
            # reached a deal with the IMF, the fund said': the body named in it)
            return None
        return Mention(i, j, self._span_text(i, j), "organization", "n", head=i)

    def _named_inside(self, word: str) -> bool:
        """Whether the text writes this capitalized word again inside a sentence, where only a name would be."""
        if self.inner_capitals is None:
            tokens = self.tokens
            self.inner_capitals = frozenset(
                t.text
                for t in tokens[1:]
                if t.is_capitalized and tokens[t.index - 1].is_word and not self.in_quote[t.index]
            )
        return word in self.inner_capitals

    def _may_be_company(self, mention: Mention) -> bool:
        """A named speaker 'the company' may refer back to: an organization, or a single name that is no
        person's ('Fitness app PulseTrack confirmed ...')."""
        if not mention.name[:1].isupper() or mention.partners:
            return False
        words = mention.name.split()
        return (
            mention.kind == "organization"
            or (
                mention.kind == "person"
                and not mention.role
                and mention.gender == "?"  # (of any length: 'Wessex Vale Water said', no first name in it)
                and _norm_words(words[0])[:1] != ()
                and _norm_words(words[0])[0] not in _FIRST_NAMES
            )
        )

    def _same_person_role(self, person: Mention, mention: Mention) -> bool | None:
        """Whether a named person is known to hold another role than a role-only mention's ('Poslanec SDS Janez
        Kovač' is no 'predsednik vlade'): None when the text gave the person no role."""
        known = next((m.role for m in self.people_by_role.values() if m.name == person.name and m.role), None)
        if known is None or not mention.role:
            return None
        return self._role_base(known) == self._role_base(mention.role)

    def _same_role(self, short: str, full: str) -> bool:
        """Whether a role named again ('the minister') is the one given with the name ('finance minister'): its
        words, but for articles, stand in the full role ('prime minister' is another role)."""
        words = [w for w in _norm_words(short) if w not in ("the", "a", "an", "its", "his", "her", "their")]
        return len(words) <= 1 or all(w in _norm_words(full) for w in words)

    def _role_base(self, role: str) -> str:
        base = self.role_bases.get(role)
        if base is None:
            base = self.role_bases[role] = self._role_head(role)
        return base

    def _role_head(self, role: str) -> str:
        words = _norm_words(role)
        if any(w in _PREMIER_WORDS for w in words) or any(
            a.startswith(("predsedni", "predsjedni")) and b.startswith("vlad") for a, b in pairwise(words)
        ):
            return "premier"  # 'predsednik vlade Robert Golob' ... 'je dejal premier': one role, two names
        for word in reversed(role.split()):
            base = self._noun_base(Token(0, 0, word, _norm_words(word)[0] if _norm_words(word) else word, 0, 0, True))
            if base in lx.ROLES:
                base = base.removesuffix("ica").removesuffix("ka")
                # ('deputy governor Carla Meneses' is not whom a later 'the governor' means)
                # (in Slovenian and Serbo-Croatian a deputy prosecutor is 'tužilac' in the next sentence)
                deputy = self.family == "en" and any(w in _DEPUTY_WORDS for w in words)
                base = _ROLE_SYNONYMS.get(base, base)
                return f"deputy {base}" if deputy else base
        return ""

    def _carried(self, cue: Cue, gender: str | None = None) -> Mention | None:
        """The earlier speaker a subject-less verb refers to: the newest whose gender and number agree."""
        wanted = gender or cue.gender
        asked = self._asked_before(cue, wanted)
        if asked is not None:
            return asked
        # the subject of the sentence before, unless someone has spoken in this one already
        # (before anyone else has spoken, and in English always, the journalists' question is put to the subject of
        # the sentence before: 'Minister X je predstavil proračun. Na vprašanje novinarjev, ali ..., je odgovoril',
        # 'Voss did not address the claims. Asked afterward whether ..., she said')
        first_speaker = not any(m.name not in _JOURNALISTS for m in self.recent)
        said_here = [
            st
            for st in self.statements[self.sentence_statements :]
            if not ((first_speaker or self.family == "en") and st.speaker in _JOURNALISTS)
        ]
        subject = self.previous_subject_for_now if not said_here else None
        if subject is not None and subject.kind == "group" and wanted in ("?", None, "p", "q"):
            return subject
        if subject is not None and subject.kind == "group":
            subject = None  # ('Delavci ... niso želeli biti imenovani. »...,« je povedal eden od njih': one of them)
        if subject is not None and subject.kind == "organization" and self.family == "en" and wanted in ("m", "f"):
            subject = None  # ('he', 'she' is a person, never the body the sentence before named)
        if subject is not None and subject.kind == "organization":
            # a body named in the sentence before speaks in the plural ('so zapisali') or as its noun's gender
            return subject if wanted in ("?", None, "p", "q") or subject.gender in (wanted, "?", "n") else None
        if subject is not None and subject.kind == "person" and subject.gender == "?" and wanted in ("m", "f"):
            known = next((m.gender for m in reversed(self.recent) if m.name == subject.name), "?")
            if known in ("m", "f") and known != wanted:
                subject = None  # ('He has worked alongside Okafor. "...," he says.': not her, whom 'she' took up)
        if subject is not None and (wanted in ("?", None) or subject.gender in (wanted, "?")) and wanted not in "pq":
            if subject.kind == "person" and subject.gender == "?" and wanted in ("m", "f"):
                subject.gender = wanted  # ('je dejal' tells what the name did not: 'Dodal je' later is him too)
            return subject
        if wanted in ("m", "f"):  # a speaker known to be of that gender first, then one whose gender is unknown
            last = self.recent[-1] if self.recent else None
            if (
                self.family == "en"
                and last is not None
                and last.kind == "organization"
                and _SPOKESPERSON_GENDERS.get(((last.role or last.name).lower().split() or [""])[-1]) == wanted
            ):
                return last  # 'A council spokeswoman said ... She said ...': the body she speaks for
            if (
                self.family == "en"
                and last is not None
                and last.kind == "person"
                and last.gender == "?"
                and not last.partners
                # (or one name the text calls a person by: 'Her mother, Lakshmi, ... Lakshmi says ...')
                and (
                    " " in last.name
                    or (last.name.isalpha() and last.name[:1].isupper() and self._named_inside(last.name))
                    # ('A current aide said ... She said ...': a person the text names only by a role)
                    or (
                        last.role is not None
                        and last.name == last.role
                        and last.name.islower()
                        and self._indefinite(last)
                    )
                )
            ):
                # 'Defense attorney Marisa Cole argued ... She said ...': English marks no gender on the verb, so
                # the speaker just named is whom 'she' takes up (unless a person of that gender was named after
                # that speaker spoke)
                return self._named_of_gender(cue, wanted, since_statement=True) or last
            if (
                last is not None
                and last.kind == "person"
                and last.gender == "?"
                and not last.partners
                and " " in last.name
                and _FIRST_NAMES.get(_norm_words(last.name)[0]) == wanted
            ):
                # 'Kramberger meni, da ... »...,« je dejal': the last speaker, whose verb told no gender and whose
                # first name tells the verb's
                return last
            if last is not None and last.kind == "anonymous" and last.gender in (wanted, "?"):
                named = self._named_again(cue, wanted) if self.family == "en" and last.gender == "?" else None
                # ('According to a person familiar with the talks, ... For Lindqvist, the fight ... she says': the
                # woman the text has come back to, not the source of no gender)
                return named or last  # 'Sodelavec, ki ni želel biti imenovan, je opozoril ... je dejal': the same
            for earlier in reversed(self.recent[-6:]):
                if earlier.kind == "person" and not earlier.partners and earlier.gender == wanted:
                    return earlier
            if self.family == "en":
                # ('In March the club had a visit from Rebecca Lowther, ... She said': a woman just named, whose
                # first name tells, before a body that spoke earlier)
                named = self._named_of_gender(cue, wanted, since_statement=False)
                if named is not None:
                    return named
        if self.family != "en" and wanted in ("p", "q"):
            # 'Na Policijski upravi Celje so prejeli prijavo ..., so sporočili v torek': the body where it was
            # said, named where the sentence opens
            here = next(iter(self._mentions_before(cue.first, 1)), [])
            opening = next((m for m in here if m.kind == "organization" and self._opens_its_sentence(m)), None)
            if (
                opening is not None
                and opening.name[:1].isupper()
                and self.tokens[opening.first - 1].norm in ("na", "v", "pri", "u")
                and self.tokens[opening.last + 1].text != ","  # ('V tretji koalicijski stranki, Zeleni levici,')
            ):
                return opening
        for earlier in reversed(self.recent[-6:]):
            if earlier.kind == "anonymous" and wanted in ("m", "f", "?") and earlier.gender == "p":
                continue
            if wanted in ("?", None):
                return earlier
            if wanted in "pq":
                # 'Iz ministrstva so sporočili ... Dodali so, da ...': an institution speaks in the plural too
                if earlier.kind in ("group", "organization") or earlier.partners or earlier.gender in "pq":
                    return earlier
                continue
            if earlier.kind == "group" or earlier.partners:
                continue
            if earlier.gender in (wanted, "?") or (earlier.kind == "organization"):
                return earlier
        if self.family != "en" and wanted in ("p", "q"):
            # 'Policijska uprava Koper je zaprla cesto. Kot so sporočili, ...': the body the sentence before was
            # about, before anyone has spoken
            for mentions in self._mentions_before(cue.first, 2):
                body = next(
                    (
                        m
                        for m in mentions
                        if m.kind in ("organization", "group")
                        and m.name[:1].isupper()
                        and not m.name.isupper()
                        and m.name not in _PLACE_NAMES
                        and self._opens_its_sentence(m)
                    ),
                    None,
                )
                if body is not None:
                    return body
        return None

    def _opens_its_sentence(self, mention: Mention) -> bool:
        """A mention that opens its sentence, or after 'Na', 'V', 'Pri', 'Iz' that open it ('Na Policijski upravi
        Celje so ...'): what the sentence is about."""
        first = self.sentences[self._sentence_index(mention.first)].first
        first = self._after_dateline(first, mention.first)
        return mention.first == first or (
            mention.first == first + 1 and self.tokens[first].norm in ("na", "v", "pri", "iz", "u", "z", "s")
        )

    def _named_of_gender(self, cue: Cue, wanted: str, since_statement: bool) -> Mention | None:
        """English: a person whose first name tells the gender `wanted`, named in this sentence or the one before
        (after the last statement ended, if `since_statement`)."""
        named = self._last_named_person(cue.first, 2, wanted)
        if (
            named is None
            or _FIRST_NAMES.get(_norm_words(named.name)[0]) != wanted
            or (since_statement and self.statements and self.tokens[named.first].start < self.statements[-1].end)
        ):
            return None
        return named

    def _named_again(self, cue: Cue, wanted: str) -> Mention | None:
        """A speaker of the gender `wanted` whom the text names again in this sentence or the one before, by her
        name or surname."""
        speakers = [m for m in reversed(self.recent[-6:]) if m.kind == "person" and m.gender == wanted]
        for mentions in self._mentions_before(cue.first, 2):
            for named in reversed(mentions):
                if named.kind != "person" or not named.name[:1].isupper():
                    continue
                surname = named.name.split()[-1]
                speaker = next((m for m in speakers if m.name.split()[-1] == surname), None)
                if speaker is not None:
                    return speaker
        return None

    def _indefinite(self, mention: Mention) -> bool:
        """'A current aide', 'one former scheduler': a person introduced by a role alone, whom no name stands for."""
        tokens = self.tokens
        for k in range(mention.first - 1, max(-1, mention.first - 4), -1):
            if tokens[k].norm in ("a", "an", "one", "another"):
                return True
            if not (tokens[k].is_word and not tokens[k].is_capitalized) or tokens[k].norm == "the":
                return False
        return False

    def _aged_epithet(self, mention: Mention, wanted: str) -> Mention | None:
        """'Vladimir Šker sprejema goste ... Štiriinosemdesetletni upokojeni vrhovni sodnik pravi': a role said with an
        age describes the one the text follows (who just spoke, else the last named), not an office someone holds."""
        tokens = self.tokens
        if self.family == "en" or not any(
            t.norm.endswith(_AGE_ADJECTIVES) for t in tokens[mention.first : max(mention.head, mention.first)]
        ):
            return None
        before = self.sentences[max(0, self.next_sentence - 2)]
        last = self.recent[-1] if self.recent else None
        if (
            last is not None
            and last.kind == "person"
            and last.gender in (wanted, "?")
            and self.statements
            and self.statements[-1].start >= tokens[before.first].start
        ):
            return last  # ('Strelec gola je priznal, da ... »...,« je dodal 21-letni napadalec': who just spoke)
        return self._last_named_person(mention.first, 3, wanted)

    def _last_named_person(self, before: int, sentences: int, wanted: str | None) -> Mention | None:
        """The last person named in full before token `before`, over `sentences` sentences, by a first name the
        text or the list of names knows (not a place read as a name: 'nad Kamno Gorico', 'Merrow Point'), and of
        the gender `wanted` where one is."""
        for mentions in self._mentions_before(before, sentences):
            for named in reversed(mentions):
                if named.kind != "person" or " " not in named.name:
                    continue
                first = _norm_words(named.name)[0]
                if (first in _FIRST_NAMES or first in self.given_names) and (
                    wanted is None or (named.gender in (wanted, "?") and _FIRST_NAMES.get(first, "?") in (wanted, "?"))
                ):
                    return named
        return None

    def _asked_before(self, cue: Cue, wanted: str | None) -> Mention | None:
        """'Lukačevića su novinari pitali hoće li ... "Hoće," odgovorio je': who answers is whom the journalists
        asked in the sentence before, not the last speaker."""
        question = self.question_sentence
        if (
            question is None
            or self.next_sentence < 2
            or self.sentences[self.next_sentence - 2] is not question
            or not self.tokens[cue.first].norm.startswith(_ANSWERING)
        ):
            return None
        mentions = self._earlier_mentions(question.first, question.last)
        # (whom they asked, before the question itself: not 'zašto je odabrao baš Valpovo')
        opener = next(
            (
                k
                for k in range(question.first + 1, question.last + 1)
                if self.tokens[k].norm in ("li", "da", "ali", "ce", "whether", "if")
                or self.tokens[k].norm in _WH_WORDS[self.family]
            ),
            question.last + 1,
        )
        return next(
            (
                m
                for m in mentions
                if m.kind == "person"
                and m.name[:1].isupper()
                and (wanted in ("?", None) or m.gender in (wanted, "?"))
                and m.first < opener
                and not self._governed(m)  # (not 'Na konferenciji u Vrgorcu': where they asked)
            ),
            None,
        )

    def _phrase_statement(self, sentence: Sentence, cue: Cue, cues: list[Cue], mentions: list[Mention]) -> int:
        """'po besedah X ...', 'glede na navedbe iz Washingtona naj bi ...', 'according to X, ...'."""
        tokens = self.tokens
        if (
            cue.first > 0
            and tokens[cue.first - 1].text == ","
            and cue.last + 1 < len(tokens)
            and tokens[cue.last + 1].text == ","
            and any(st.start <= tokens[cue.first].start < st.end for st in self.statements[self.sentence_statements :])
        ):
            return 0  # 'upozorio je da sestre, kako tvrde, rade ...': an aside set into a statement already made
        if (
            cue.first > 0
            and tokens[cue.first - 1].text == ","
            and tokens[cue.first].norm in lx.PARENTHETICAL[self.family]
            and any(st.start > tokens[cue.last].end for st in self.statements[self.sentence_statements :])
        ):
            return 0  # 'rekao je, kako prenosi Tanjug, da ...': who relayed a statement made in this sentence
        if (
            cue.first > 0
            and tokens[cue.first - 1].text == ","
            and tokens[cue.first].norm in lx.PARENTHETICAL[self.family]
            and any(c.kind == "verb" and c.first > cue.last for c in cues)
            and cue.last + 2 <= sentence.last
            # (an outlet named: 'kot navaja,' alone is the speaker's own; 'kako javlja agencija Mina')
            and (
                tokens[cue.last + 1].is_capitalized
                or (
                    tokens[cue.last + 1].norm in _OUTLET_NOUNS
                    and cue.last + 2 <= sentence.last
                    and tokens[cue.last + 2].is_capitalized
                )
            )
            and any(t.text == "," for t in tokens[cue.last + 1 : min(sentence.last, cue.last + 5) + 1])
        ):
            return 0  # 'Bogdanović je, kako prenosi Beta, novinarima rekao da ...': the relay of the verb after it
        if (
            tokens[cue.last].norm in _RELAY_NOUNS
            and cue.first > sentence.first + 1  # (not 'Po poročanju agencije Reuters naj bi Washington svetoval')
            and (
                any(c.kind == "verb" and c.first > cue.last for c in cues)
                # 'ocenila je, prema pisanju AFP-a, da ...': the verb before it made the statement
                or any(st.start > tokens[cue.last].end for st in self.statements[self.sentence_statements :])
            )
        ):
            return 0  # 'Trener ga je po poročanju portala opisal kot ...': who relayed the verb's statement
        if (
            cue.first == sentence.first
            and tokens[cue.last].norm in _RELAY_VERBS
            and any(
                c.kind == "verb"
                and c.first > cue.last
                and (content := self._complement(sentence, c, cues)) is not None
                and content[0] > c.last
                and tokens[content[0]].norm in lx.COMPLEMENTIZERS[self.family]
                for c in cues
            )
        ):
            return 0  # 'Kako prenosi Tanjug, ministar X ocenio je da ...': the relay of the verb's statement
        possessive = next(
            (_POSSESSIVES[t.norm] for t in tokens[cue.first : cue.last + 2] if t.norm in _POSSESSIVES), None
        )
        speaker: Mention | None
        kin = (
            next(
                (
                    k
                    for k in range(cue.last + 2, min(sentence.last - 1, cue.last + 4) + 1)
                    if tokens[k].norm in lx.ROLES and tokens[k + 1].text == ","
                ),
                None,
            )
            if self.family == "en"
            else None
        )
        named_kin = (
            self._name_after_role(kin, sentence.last)
            if kin is not None
            and (
                (
                    tokens[cue.last + 1].norm in ("his", "her", "their")
                    and all(t.is_word and not t.is_capitalized for t in tokens[cue.last + 1 : kin])
                )
                # 'according to the Bonner County clerk, Anita Ruiz, ...': a role, then its holder's name
                or (tokens[cue.last + 1].norm == "the" and all(t.is_word for t in tokens[cue.last + 1 : kin]))
            )
            else None
        )
        if named_kin is not None:
            # 'according to her daughter, Janet, who ...': the one named, not whoever 'her' stands for
            speaker, start = named_kin, named_kin.last + 1
        elif cue.phrase is not None and cue.phrase.speaker is not None:
            if cue.phrase.kind == "group" and cue.first > sentence.first and tokens[cue.first - 1].text == ",":
                end = next((k for k in range(cue.last + 1, sentence.last + 1) if tokens[k].text == ","), None)
                if end is not None and sum(1 for t in tokens[cue.last + 1 : end] if t.is_word) < 4:
                    return 0  # 'The agency, asked about his criticism, said': an aside on the subject, no question
            if tokens[cue.last].norm == "about":
                end = next(
                    (
                        k
                        for k in range(cue.last + 1, sentence.last + 1)
                        # (the topic ends at the clause of when: 'asked about the row as he left a meeting')
                        if tokens[k].text == "," or tokens[k].norm in ("as", "when", "while", "after", "before")
                    ),
                    sentence.last,
                )
                if not any(
                    t.norm in ("that", "whether", "if") or t.norm.endswith(("ing", "ed"))
                    for t in tokens[cue.last + 1 : end]
                ):
                    return 0  # 'Asked about the tunnel, Doe said': a topic; 'Asked about reports that ...': a question
            speaker = Mention(
                cue.first, cue.last, cue.phrase.speaker, cue.phrase.kind, "p" if cue.phrase.kind == "group" else "?"
            )
            asker = next((m for m in mentions if m.last == cue.first - 1), None)
            if asker is not None and self.family == "en" and asker.kind in ("person", "organization"):
                speaker = self._resolved(asker, cue)  # 'Ferrante asked whether she had signed ...': he asks
            start = cue.last + 1
            comma = next((k for k in range(start, min(sentence.last, start + 6) + 1) if tokens[k].text == ","), None)
            if comma is not None and comma > start:
                heads = [t for t in tokens[start:comma] if t.index == start or self.text[t.start - 1].isspace()]
                if len(heads) <= 3 and all(
                    t.is_capitalized or t.text[:1] in QUOTE_MARKS or self._lower_base(t) in _OUTLET_NOUNS for t in heads
                ):
                    start = comma + 1  # 'Prema neslužbenim informacijama Index.hr-a, ...': the outlet that heard it
        elif possessive is not None and not any(
            m.kind in ("person", "organization")
            and m.name[:1].isupper()
            and cue.last < m.first <= cue.last + 4
            and m.role  # ('njegovega zagovornika Roka Jamnika': a role and its holder, not the content's subject)
            for m in mentions
        ):  # 'po njenih besedah', 'prema njegovim riječima', 'according to him' (not 'po mnenju njegovega
            # zagovornika Roka Jamnika': the one named)
            speaker = self._carried(cue, possessive)
            start = cue.last + 1 + (tokens[cue.last + 1].norm in _POSSESSIVES if cue.last + 1 <= sentence.last else 0)
        elif (holder := self._role_possessive(cue)) is not None:  # 'po županovih besedah': the mayor's
            speaker, start = holder, cue.last + 1
        else:
            speaker = (
                next(
                    (
                        m
                        for m in mentions
                        if cue.last < m.first <= cue.last + 3
                        # ('Prema optužnici, budžet Federacije ...': after the comma is the content)
                        and not any(t.text == "," for t in tokens[cue.last + 1 : m.first])
                    ),
                    None,
                )
                or next(
                    (
                        m
                        for m in mentions
                        if cue.last < m.first <= cue.last + 8
                        and m.kind in ("organization", "person")
                        and not any(t.text == "," for t in tokens[cue.last + 1 : m.first])
                        # over adjectives only ('po besedah ameriškega zunanjega ministra X'), not to an object further
                        # on ('po poročanju grških medijev do petka zaslišalo kapitana')
                        and (
                            all(
                                t.is_capitalized or _adjective(t.norm, self.family) or t.norm in _EN_DETERMINERS
                                for t in tokens[cue.last + 1 : m.first]
                            )
                            # or over the nouns that say whose a document is: 'according to a city staff report',
                            # or what a body is: 'according to the state statistics office'
                            or (
                                m.head >= 0
                                and (
                                    tokens[m.head].norm in _SOURCE_DOCUMENTS[self.family]
                                    or (self.family == "en" and m.kind == "organization" and m.first == m.last)
                                )
                                and m.first - cue.last <= 5
                                and all(t.is_word for t in tokens[cue.last + 1 : m.first])
                            )
                        )
                    ),
                    None,
                )
            )
            owner = self._document_owner_after(cue, mentions, sentence.last)
            if owner is not None and (speaker is None or owner.first > speaker.first):
                speaker = owner
            if speaker is None and self.family != "en" and cue.last + 1 < sentence.last:
                # 'Po besedah knjigarnarjev so bile ...', 'Prema riječima ribara, ulov je ...': people named by a
                # noun in the genitive plural the lexicon does not know
                people = tokens[cue.last + 1]
                if (
                    people.is_word
                    and not people.is_capitalized
                    and people.norm.endswith(_GENITIVE_PLURALS[self.family])
                    and people.norm not in PREPOSITIONS
                    and people.norm not in _POSSESSIVES_ANY
                    and len(people.norm) > 4
                ):
                    speaker = Mention(
                        cue.last + 1, cue.last + 1, self._noun_base(people), "group", "p", head=cue.last + 1
                    )
            holder = next(
                (
                    m
                    for m in mentions
                    if speaker is not None
                    # (or a capitalised word of the body read as a name: 'kardiologinje Opće bolnice u Tuzli')
                    and (speaker.kind == "organization" or (speaker.kind == "person" and " " not in speaker.name))
                    and self.family != "en"
                    and m.kind == "person"
                    and " " in m.name
                    and speaker.last < m.first <= speaker.last + 6
                    and not any(t.text == "," for t in tokens[cue.last + 1 : m.first])
                    and any(t.is_word and not t.is_capitalized for t in tokens[cue.last + 1 : speaker.first])
                ),
                None,
            )
            if holder is not None:
                # 'Prema riječima pulmologinje Kliničkog centra u Sarajevu dr. Lejle Tahirović': the one who holds
                # the role at the body, named after it
                speaker = holder
            if (
                speaker is not None
                and self.family == "en"
                and speaker.kind == "person"
                and tokens[speaker.last].norm in lx.ROLES
                and (named := self._name_after_role(speaker.last, sentence.last)) is not None
            ):
                speaker = named  # "according to Mr. Pressman's daughter, Janet, who ...": the one named
            if (
                speaker is not None
                and speaker.head >= 0
                and (
                    tokens[speaker.head].norm in _SOURCE_DOCUMENTS[self.family]
                    or (self.family == "en" and speaker.kind == "organization" and speaker.first == speaker.last)
                )
                and speaker.first > cue.last + 1
                and speaker.name == tokens[speaker.head].text
                and not tokens[speaker.head].is_capitalized  # (a name: 'estimates compiled by Bloomberg')
            ):
                # 'according to a city staff report': the document named with the words that say whose it is
                words = [k for k in range(cue.last + 1, speaker.first) if tokens[k].norm not in _EN_DETERMINERS]
                if words:
                    speaker = replace(speaker, name=_latin(self._span_text(words[0], speaker.last)))
            start = speaker.last + 1 if speaker is not None else cue.last + 1
            if (
                speaker is not None
                and speaker.kind in ("organization", "person")
                and any(t.norm.startswith(_INFORMATION_STEMS) for t in tokens[cue.first : cue.last + 1])
                and start + 1 <= sentence.last
                and tokens[start].norm in ("iz", "od", "z", "s", "from")
                and tokens[start + 1].is_word
                and not tokens[start + 1].is_capitalized
            ):
                # 'Prema informacijama Faktora iz kluba, ...': the outlet's information, from sources it does not name
                word = lx.ANONYMOUS_WORD[self.family]
                speaker = Mention(speaker.first, speaker.last, f"anonymous source ({word})", "anonymous", "?")
            if (
                speaker is not None
                and self.family != "en"
                and cue.first == sentence.first
                and speaker.first - cue.last <= 2  # (not the content's subject: 'Po obtožnici naj bi Ferlinc v ...')
                and all(t.is_word and not t.is_capitalized for t in tokens[cue.last + 1 : speaker.first])
                and not any(t.norm in ("naj", "bi") for t in tokens[cue.last + 1 : speaker.first])
                and start < sentence.last
                and tokens[start].norm in _PREPOSITIONS_OF[self.family]
            ):
                # 'Kako tvrdi jedan radnik iz opremanja koji nije želio ..., vlasnik je ...': what the phrase opens
                # with says who the source is, up to the comma before what it said
                comma = next(
                    (k for k in range(start + 1, min(sentence.last, start + 14) + 1) if tokens[k].text == ","), None
                )
                if comma is not None and not any(self.in_quote[k] for k in range(start, comma)):
                    start = comma + 1
            if (
                speaker is not None
                and self.family == "en"
                and speaker.kind == "anonymous"
                and cue.first == sentence.first
                and start <= sentence.last
                and tokens[start].norm in _EN_UNNAMED_DESCRIBERS
            ):
                # 'According to a Senate aide familiar with the negotiations, ...': who the source is, to the comma
                comma = next(
                    (k for k in range(start + 1, min(sentence.last, start + 10) + 1) if tokens[k].text == ","), None
                )
                if comma is not None:
                    start = comma + 1
            if speaker is not None and self.family == "en":
                start = self._past_body_words(self._past_affiliation(start, sentence.last), sentence.last)
                start = self._past_document_words(start, sentence.last, fronted=cue.first == sentence.first)
                if (
                    cue.first > sentence.first
                    and start <= sentence.last
                    and (tokens[start].norm.endswith("ed") or tokens[start].norm in ("familiar", "close", "based"))
                    and sentence.last - start <= 12
                    and not any(
                        t.norm in _EN_FINITE or t.norm in lx.EN_VERBS or t.text == ","
                        for t in tokens[start + 1 : sentence.last + 1]
                    )
                ):
                    start = sentence.last + 1  # '..., according to three officials involved in the negotiations.'
                # 'according to researchers at the University
                # of Westmarch.': where they work, not what they said
            if speaker is None and (
                tokens[cue.last].norm in _CHARGES
                or (cue.last + 1 <= sentence.last and tokens[cue.last + 1].norm.startswith(_CHARGE_STEMS))
            ):
                speaker = self._prosecutor_before(cue.first)  # 'Prema navodima optužnice': the prosecution's
                if speaker is not None and tokens[cue.last].norm not in _CHARGES:
                    start = cue.last + 2
            if (
                speaker is None
                and cue.last + 1 <= sentence.last
                and tokens[cue.last + 1].text == ","
                and tokens[cue.last].norm not in _CHARGES
            ):
                speaker = self._carried(cue)  # 'Kako navode, razbojnici su ...': the source named before
        if speaker is None:
            return 0
        if start <= sentence.last and tokens[start].norm in _SOURCE_DOCUMENTS[self.family]:
            start += 1  # 'According to a police statement, ...': the document the source issued
        if start + 2 <= sentence.last and tokens[start].text == "(" and tokens[start + 2].text == ")":
            start += 3  # 'prema podacima Hrvatskog zavoda za javno zdravstvo (HZJZ), ...': the name's short form
        relative = start + (start < sentence.last and tokens[start].text == ",")  # (', koja u Jelsi ...,')
        if relative + 1 <= sentence.last and (
            tokens[relative].norm in _RELATIVES
            or (tokens[relative].norm in PREPOSITIONS and tokens[relative + 1].norm in _RELATIVES)
        ):
            # 'Prema nezvaničnim informacijama do kojih je došao RTS, pomoć ...': what the phrase's noun is
            comma = next((k for k in range(relative, sentence.last) if tokens[k].text == ","), None)
            if comma is not None:
                start = comma + 1
        if (
            self.family != "en"
            and start < sentence.last
            and tokens[start].is_word
            and not tokens[start].is_capitalized
            and tokens[start].norm.endswith(_GENITIVE_MODIFIER_ENDINGS)
        ):
            # 'Prema rečima jednog diplomate upoznatog sa tokom pregovora, nekoliko članica ...': what describes the
            # source runs to the comma
            comma = next(
                (k for k in range(start + 1, min(sentence.last, start + 7) + 1) if tokens[k].text == ","), None
            )
            if comma is not None:
                start = comma + 1
        while start <= sentence.last and tokens[start].text in ",":
            start += 1
        others = [c for c in cues if c is not cue]
        if (
            cue.phrase is not None
            and cue.phrase.kind == "group"
            and start < sentence.last
            and tokens[start].norm in ("him", "her", "them", "ga", "jo", "je", "ih")
            and tokens[start + 1].norm in _WH_WORDS[self.family] | _QUESTION_WORDS
        ):
            start += 1  # 'Reporters asked him why ...': whom they asked, then the question
        if cue.phrase is not None and cue.phrase.kind == "group" and start <= sentence.last:
            # 'Na vprašanje novinarjev, ali verjame, da ...': the question's own verb is part of the question
            opener = start + (tokens[start].norm in _QUESTION_WORDS)
            others = [c for c in others if not opener <= c.first <= opener + 1]
            if tokens[cue.first].norm in ("na", "upitan", "upitana", "upitani"):
                # 'Na novinarsko pitanje da li će CIK provjeriti i navode o ..., X je odgovorila': the question runs to
                # the comma before the one who answers, a word like a verb inside it ('navode') no cue of its own
                comma = next(
                    (k for k in range(start, sentence.last) if tokens[k].text == "," and not self.in_quote[k]), None
                )
                if comma is not None:
                    others = [c for c in others if not start <= c.first < comma or c.kind == "phrase"]
        stop = self._clause_end(start, sentence, others)
        if start <= sentence.last and tokens[start].norm in _RELATIVES and tokens[start - 1].text == ",":
            stop = start - 1  # '..., according to two people familiar with the matter, who said ...': not content
        question = cue.phrase is not None and cue.phrase.kind == "group"
        answer = next((c for c in others if question and c.kind == "verb" and start < c.first <= stop), None)
        if answer is not None:
            # 'Na vprašanje, ali bodo ..., je komandir Policijske postaje Koper X odgovoril, da ...': the question
            # ends at the comma before the answer's clause, however long its subject
            comma = next(
                (k for k in range(answer.first - 1, start, -1) if tokens[k].text == "," and not self.in_quote[k]),
                None,
            )
            if comma is not None:
                stop = comma - 1
        if cue.phrase is not None and cue.phrase.kind == "group" and not self._answer_follows(stop, sentence):
            # 'Na vprašanje novinarjev, ali bo ..., premier X ni želel odgovoriti': the question ends at the comma
            # before the one who answers
            comma = next(
                (k for k in range(stop - 1, start + 1, -1) if tokens[k].text == "," and not self.in_quote[k]), None
            )
            if comma is not None and any(
                t.is_capitalized or t.norm in _DESCRIBING for t in tokens[comma + 1 : stop + 1]
            ):
                stop = comma - 1
        clause_start = self._clause_start(cue.first, sentence)
        if clause_start < cue.first and self._relative_pronoun(clause_start, cue.first):
            # 'prekinitev napadov ..., ki naj bi glede na navedbe Kremlja trajal do nedelje'
            antecedent = self._antecedent(clause_start - 1, sentence)
            if antecedent is not None:
                return self._emit(self._resolved(speaker, cue), antecedent, stop, "indirect", cue, sentence)
        after_words = sum(1 for k in range(start, stop + 1) if tokens[k].is_word)
        if (
            self.family == "en"
            and start <= sentence.last
            and tokens[start - 1].text == ","
            and tokens[start].norm in ("as", "while", "when", "after", "since", "because", "although", "and", "but")
            and cue.first > sentence.first + 3
        ):
            # '..., according to a tally by NHK, as temperatures topped 40 degrees': a clause of time after the
            # source; the content came before ('..., according to the bureau, and the sisters say ...': another
            # clause, with its own cue)
            after_words = 0
        if start <= sentence.last and tokens[start].norm in ("who", "which") and cue.first > sentence.first + 3:
            # '..., according to an interior ministry official who spoke on condition of anonymity.': what follows
            # the source describes it; the content came before
            after_words = 0
        before_start = clause_start if clause_start < cue.first - 3 else sentence.first
        before_words = sum(1 for k in range(before_start, cue.first) if tokens[k].is_word)
        if (
            after_words < 4
            and before_words >= 3
            # (not 'Ekipe bodo na teren po njegovih zagotovilih prišle do petka': a phrase set inside the clause)
            and (after_words < 2 or not tokens[cue.first - 1].is_word)
        ):
            # the content stands before the phrase: '..., po besedah X.', '..., according to data by X.'
            start, stop = before_start, cue.first - 1
            if start == sentence.first:
                start = self._after_dateline(start, cue.first)  # ('LJUBLJANA, 9 December 2025 - Waiting times')
            while stop > start and tokens[stop].text in ",–—-":
                stop -= 1
        elif after_words < 2:
            return 0
        elif (
            clause_start < cue.first
            and not (cue.phrase is not None and cue.phrase.kind == "group")  # 'X upitan je hoće li ...': the question
            and any(tokens[k].is_word for k in range(clause_start, cue.first))
            # ('..., a prema podacima HZJZ-a, samo je prošlog tjedna ...': a new clause opens with the phrase)
            and not (
                cue.first >= 2
                and (tokens[cue.first - 1].norm in _CLAUSE_JOINERS or tokens[cue.first - 1].norm in _CONTRASTS)
                and tokens[cue.first - 2].text == ","
            )
        ):
            start = clause_start  # 'Dela so po njegovih besedah potekala hitreje': the clause around the phrase
        elif (
            clause_start == cue.first
            and cue.first - 1 > sentence.first
            and tokens[cue.first - 1].text == ","
            and tokens[start - 1].text == ","
        ):
            # 'Novi krug pregovora, prema njegovim riječima, mogao bi se održati ...': the phrase set into the
            # clause between commas; the clause runs from the sentence's start
            after, start = start, self._after_dateline(sentence.first, cue.first)
            if (
                self.family == "en"
                and tokens[after].norm in _EN_QUALIFIERS
                and any(_en_verb_form(t.norm) for t in tokens[start : cue.first])
                # (not 'He is, by his own admission, less ...', '70 volunteers and, according to X, about 9,000 ...':
                # the clause goes on after the phrase)
                and tokens[cue.first - 2].norm not in _EN_FINITE | {"and", "or", "but", "the", "a", "an"}
                and tokens[cue.first - 2].norm not in PREPOSITIONS_EN
                and tokens[cue.first - 3].norm not in ("and", "or", ",")  # ('..., and plays, by her own estimate,')
            ):
                # ('Members landed 1.9 million pounds, according to the department, roughly a fifth less than in
                # 2021': a clause with its verb before the phrase is what was said; what follows only qualifies it)
                stop = cue.first - 2
        quote_type = self._quote_type(start, stop)
        if all(self.in_quote[k] or tokens[k].text in QUOTE_MARKS for k in range(start, stop + 1)):
            quote_type = "direct"
        # a question put by journalists, or hearsay, is never what a later 'he added' or 'oboje su' refers to
        remember = cue.phrase is None or cue.phrase.speaker is None
        return self._emit(self._resolved(speaker, cue), start, stop, quote_type, cue, sentence, remember=remember)

    def _document_owner_after(self, cue: Cue, mentions: list[Mention], last: int) -> Mention | None:
        """'according to a notice posted on the FDA's website', 'according to the average of estimates compiled by
        Bloomberg': the body that issued or compiled the document, named after the participle that says so."""
        if self.family != "en":
            return None
        tokens = self.tokens
        for m in mentions:
            named = m.first  # (the mention may hold the document's words: 'estimates compiled by Bloomberg')
            while named < m.last and not tokens[named].is_capitalized:
                named += 1
            if not (cue.last + 3 <= named <= cue.last + 10) or m.kind not in ("organization", "person"):
                continue
            between = tokens[cue.last + 1 : named]
            if any(not t.is_word for t in between):
                return None
            participle = next((n for n, t in enumerate(between) if t.norm in _AUTHORING_PARTICIPLES), None)
            if _is_time_word(tokens[named].norm):
                continue  # ('data released on Tuesday by the National Institute')
            if (
                participle is not None
                and participle + 1 < len(between)
                and any(t.norm in _SOURCE_DOCUMENTS["en"] for t in between[:participle])
                and between[participle + 1].norm in ("by", "on", "from")
            ):
                if named == m.first:
                    return m
                owner = self._named(named, m.last)
                if " " not in owner.name:
                    owner.kind = "organization"  # ("the FDA's website")
                return owner
            return None
        return None

    def _past_document_words(self, k: int, last: int, fronted: bool) -> int:
        """Past what says which document after the source ('an FDA inspection report reviewed by Reuters', "the
        FDA's website") when nothing else follows it in the clause; else `k`."""
        tokens = self.tokens
        j = k
        if k + 1 <= last and tokens[k].norm == "and":
            j = k + 1  # ('a letter sent by the trust and seen by the Guardian')
        elif k + 1 <= last and tokens[k].norm in ("seen", "obtained", "reviewed") and tokens[k + 1].norm == "by":
            j = k  # ('a justice ministry document seen by Reuters', the document named with its owner)
        else:
            while j <= last and j - k < 3 and tokens[j].is_word and not tokens[j].is_capitalized:
                if tokens[j].norm in _SOURCE_DOCUMENTS["en"] or tokens[j].norm in ("website", "site", "page"):
                    j += 1
                    break
                j += 1
            else:
                return k
        if (
            j <= last
            and tokens[j].is_word
            and (
                tokens[j].norm.endswith("ed")
                or tokens[j].norm in _EN_IRREGULAR_PAST
                or tokens[j].norm in ("seen", "shown", "written", "given", "made", "drawn", "sent", "taken")
            )
        ):
            # ('reviewed by Reuters', 'seen by AFP', 'published on Monday'): who has it, to the clause's end
            end = next((n for n in range(j, last + 1) if tokens[n].text in ",;:" or self.in_quote[n]), last + 1)
            if end == last + 1 or tokens[end].text == ",":
                j = end
        if fronted and j <= last and tokens[j].text == "," and j > k:
            return j  # ('According to a ministry document seen by Reuters, a board recommended ...')
        return j if all(not t.is_word for t in tokens[j : last + 1]) else k

    def _past_affiliation(self, k: int, last: int) -> int:
        """Past 'at the University of Westmarch', 'from the Met Office' right after a speaker, when nothing but
        the sentence's end follows it; else `k`."""
        tokens = self.tokens
        if k > last or tokens[k].norm not in ("at", "of", "from", "with"):
            return k
        j = k + 1 + (k + 1 <= last and tokens[k + 1].norm == "the")
        if j > last or not tokens[j].is_capitalized:
            return k
        j = self._name_run_end(j, last)
        return j + 1 if all(not t.is_word for t in tokens[j + 1 : last + 1]) else k

    def _past_body_words(self, k: int, last: int) -> int:
        """Past the rest of a body's name after its capitalised part ('the UN refugee agency, UNHCR,'): its
        lower-case noun and its short name set off by commas, which say who, not what was said."""
        tokens = self.tokens
        noun = next(
            (
                j
                for j in range(k, min(last, k + 2) + 1)
                if not tokens[j].is_capitalized and tokens[j].norm in lx.ORGANIZATION_NOUNS
            ),
            None,
        )
        if noun is not None and all(t.is_word and not t.is_capitalized for t in tokens[k:noun]):
            k = noun + 1
        if k + 2 <= last and tokens[k].text == "," and tokens[k + 1].text.isupper() and tokens[k + 2].text == ",":
            k += 3
        if (
            k + 2 <= last
            and tokens[k].text == ","
            and tokens[k + 1].norm in ("known", "also")
            and tokens[k + 2].norm in ("as", "known")
        ):
            # '..., according to the California Department of Forestry and Fire Protection, known as Cal Fire.'
            k = next((j for j in range(k + 1, last + 1) if tokens[j].text == ","), last + 1)
        return k

    def _name_run_end(self, j: int, last: int) -> int:
        """The last word, up to `last`, of an English body's name that goes on from `j` in capitalised words
        joined by 'of', 'for', 'and' ('University of Westmarch', 'Bureau of Meteorology')."""
        tokens = self.tokens
        while j + 1 <= last and (
            (tokens[j + 1].is_capitalized and tokens[j + 1].is_word)
            or (tokens[j + 1].norm in ("of", "for", "and") and j + 2 <= last and tokens[j + 2].is_capitalized)
            # ('St. Louis County': the abbreviation's full stop)
            or (tokens[j].norm in _EN_PLACE_ABBREVIATIONS and tokens[j + 1].text == "." and j + 2 <= last)
            # ('Ministry of Housing, Communities and Local Government': fields listed; '..., Food and the Marine')
            or self._list_of_fields(j + 1, last)
            or (
                tokens[j + 1].norm == "and"
                and j + 3 <= last
                and tokens[j + 2].norm == "the"
                and tokens[j + 3].is_capitalized
                and self._list_of_fields(j - 1, last)
            )
            or (
                tokens[j + 1].norm == "the"
                and tokens[j].norm == "and"
                and j + 2 <= last
                and tokens[j + 2].is_capitalized
            )
        ):
            j += 1
        return j

    def _list_of_fields(self, k: int, last: int) -> bool:
        """A comma at `k` inside a list of capitalised fields that 'and' closes within three words: 'Housing,
        Communities and Local Government'."""
        tokens = self.tokens
        return (
            k >= 0
            and tokens[k].text == ","
            and k + 1 <= last
            and tokens[k + 1].is_capitalized
            and any(t.norm == "and" for t in tokens[k + 2 : min(last, k + 4) + 1])
        )

    def _answer_follows(self, stop: int, sentence: Sentence) -> bool:
        """'Na vprašanje novinarjev, ali verjame, da lahko Pečnikova ..., je Solheim odgovorila': the clause ended
        at the comma before the answer's verb, so the question runs whole to it."""
        tokens = self.tokens
        k = stop + 1
        return (
            k + 1 <= sentence.last
            and tokens[k].text == ","
            and any(
                t.norm in self.participles or t.norm in lx.AUXILIARIES[self.family]
                for t in tokens[k + 1 : min(sentence.last, k + 3) + 1]
            )
        )

    def _surname_possessive(self, token: Token) -> Mention | None:
        """The person the text named whose surname a possessive adjective is made of ('Barićevu', 'Rupnikovih')."""
        match = _POSSESSIVE.fullmatch(token.norm) if token.is_capitalized and self.full_names else None
        if match is None:
            return None
        full = self._known_surname(match[1])
        if full is None and match[1].endswith("rj"):
            full = self._known_surname(match[1][:-1])  # 'po Leitnerjevih besedah' (Leitner)
        if full is None:
            full = self.given_names.get(match[1])  # 'Po Blaževih besedah' after 'Blaž Rozman': his first name's
        if full is None:
            return None
        return next((m for m in reversed(self.recent) if m.name == full), None) or Mention(
            token.index, token.index, full, "person", "?", head=token.index
        )

    def _role_possessive(self, cue: Cue) -> Mention | None:
        """'po županovih besedah', 'prema ministrovim riječima': a possessive made of a role noun names whose
        words they are, the holder of that role the text named, or the role."""
        if self.family == "en":
            return None
        for token in self.tokens[cue.first : cue.last + 1]:
            # 'po Rupnikovih besedah', 'po Vrhovčevih besedah' (Vrhovec): the words of the person the text named
            owner = self._surname_possessive(token)
            if owner is not None:
                return owner
            for ending in _ROLE_POSSESSIVE_ENDINGS:
                stem = token.norm.removesuffix(ending)
                if stem == token.norm or len(stem) < 3:
                    continue
                fleeting = stem[:-1] + "a" + stem[-1]  # 'ministrovim' is the 'ministar's
                role = next((r for r in (stem, stem + "a", fleeting) if r in lx.ROLES), None)
                if role is None:
                    continue
                holder = self.people_by_role.get(self._role_base(role))
                gender = "f" if role in lx.ROLES_FEMININE else "m"
                return holder or Mention(token.index, token.index, role, "person", gender, role, head=token.index)
        return None

    def _gerund_statement(self, sentence: Sentence, cue: Cue, cues: list[Cue], mentions: list[Mention]) -> int:
        """'..., adding that Zagreb would not pay', '..., rekavši da ...': the gerund's subject is the main
        clause's, the speaker of the statement just made in this sentence or the sentence's subject."""
        tokens = self.tokens
        start, stop = cue.last + 1, self._clause_end(cue.last + 1, sentence, [c for c in cues if c is not cue])
        if self.family == "en" and tokens[cue.first].norm in _TOLD:
            start = self._past_addressee(cue, stop)  # 'telling the BBC that ...'
        if sum(1 for k in range(start, stop + 1) if tokens[k].is_word) < 3:
            return 0
        while start < stop and tokens[start].text == ",":
            start += 1  # ('rekoč, da ...')
        here = self.statements[self.sentence_statements :]
        speaker: Mention | None
        absolute = next(
            (
                m
                for m in mentions
                if m.last == cue.first - 1
                and m.first > 1
                and (
                    tokens[m.first - 1].norm in ("with", "s", "z", "sa")
                    # ('with their union warning that ...')
                    or (
                        tokens[m.first - 1].norm in ("the", "their", "its", "his", "her")
                        and tokens[m.first - 2].norm == "with"
                    )
                )
            ),
            None,
        )
        quoted = next(
            (
                m
                for m in mentions
                if self.family == "en"
                and m.last < cue.first - 1
                and tokens[cue.first - 1].norm == "as"
                and m.first > 0
                and tokens[m.first - 1].norm in ("quoted", "quotes", "quoting", "cited", "cites")
            ),
            None,
        )
        if absolute is not None:
            speaker = absolute  # 'with the Netherlands and Austria insisting the debt must be a one-off'
        elif quoted is not None:
            speaker = quoted  # 'The newspaper quoted Berić as saying ...': whom it quoted
        elif here:
            speaker = next((m for m in reversed(self.recent) if m.name == here[-1].speaker), None)
        else:
            opening = self._after_dateline(sentence.first, cue.first)  # not 'BELGRADE, May 21 (Reuters) -'
            subjects = [m for m in mentions if opening <= m.first and m.last < cue.first and not self._governed(m)]
            # ('Iz Delegacije EU pozdravili su ..., ističući da ...': the institution the clause came from)
            sources = [
                m
                for m in mentions
                if m.kind == "organization" and m.first > opening and self.tokens[m.first - 1].norm in _FROM
            ]
            speaker = subjects[0] if subjects else sources[0] if sources else None
            if (
                speaker is not None
                and self.family == "en"
                and speaker.kind == "person"
                and speaker.role
                and (named := self._name_after_role(speaker.last, cue.first - 1)) is not None
            ):
                # 'The speaker of the RS National Assembly, Nenad Kovačević, was quoted ... as saying'
                speaker = replace(named, role=speaker.role)
            if speaker is not None and speaker.kind == "pronoun":
                speaker = self._carried(cue, speaker.gender)
            if speaker is None and not any(m.first < cue.first for m in mentions) and self.family != "en":
                # 'Osvrnuo se i na prijetnju štrajkom, ocijenivši da ...': the main verb's unnamed subject, as its
                # ending tells, is the one spoken of before
                gender = self._participle_gender(opening, cue.first - 1)
                speaker = self._carried(cue, gender) if gender is not None else None
        if speaker is None:
            return 0
        # 'arguing that the plant was profitable and that Norden is shifting work': one statement a clause
        return sum(
            self._emit(speaker, part_first, part_last, self._quote_type(part_first, part_last), cue, sentence)
            for part_first, part_last in self._coordinated_clauses(start, stop)
        )

    def _loose_participle_gender(self, sentence: Sentence) -> str | None:
        """The gender of a sentence's past participle a few words after its 'je' ('Enaintrideset let je na tem stolu
        preobuvala čevlje'), for a sentence with no subject of its own: 'm' or 'f', else None."""
        tokens = self.tokens
        gender = self._participle_gender(sentence.first, sentence.last)
        if gender is not None:
            return gender if gender in ("m", "f") else None
        auxiliary = next(
            (k for k in range(sentence.first, sentence.last + 1) if tokens[k].norm == "je" and not self.in_quote[k]),
            None,
        )
        if auxiliary is None:
            return None
        for k in range(auxiliary + 1, min(sentence.last, auxiliary + 5) + 1):
            norm = tokens[k].norm
            if not tokens[k].is_word or tokens[k].is_capitalized or len(norm) < 5:
                continue
            if norm.endswith(("ala", "ila", "ela", "ula")):
                return "f"
            if self.family == "sl" and norm.endswith(("al", "il", "el", "ul")):
                return "m"
            if self.family == "hbs" and norm.endswith(("ao", "io", "eo")):
                return "m"
        return None

    def _participle_gender(self, first: int, last: int) -> str | None:
        """The gender and number of a past participle beside its auxiliary or reflexive ('osvrnuo se', 'je
        odgovorila', 'so se odzvali'), which tells who a clause with no subject is about."""
        tokens = self.tokens
        auxiliaries = lx.AUXILIARIES[self.family]
        for k in range(first, last + 1):
            norm = tokens[k].norm
            if not tokens[k].is_word or len(norm) < 4 or self.in_quote[k]:
                continue
            beside = {tokens[j].norm for j in (k - 1, k + 1) if first <= j <= last}
            if not beside & (auxiliaries.keys() | {"se"}):
                continue
            if norm.endswith(("li", "le")):
                return "p"
            if norm.endswith("la"):
                return "f"
            if norm.endswith(("ao", "io", "uo", "eo")) or (self.family == "sl" and norm.endswith("l")):
                return "m"
        return None

    def _inserted(self, cue: Cue, sentence: Sentence) -> tuple[int, int] | None:
        """A cue set off by commas inside the content: 'Slične nabave, dodaju, slijede ...', 'The plan, he
        added, would cost more.' Returns the commas around it."""
        tokens = self.tokens
        left = next(
            (k for k in range(cue.first - 1, max(sentence.first, cue.first - 4) - 1, -1) if tokens[k].text == ","), None
        )
        right = next(
            (k for k in range(cue.last + 1, min(sentence.last, cue.last + 4) + 1) if tokens[k].text == ","), None
        )
        if left is None or right is None or left <= sentence.first + 1 or right >= sentence.last - 1:
            return None
        if any(self.in_quote[k] for k in range(left, right + 1)) or any(
            tokens[k].norm in lx.COMPLEMENTIZERS[self.family] or tokens[k].text in QUOTE_MARKS
            for k in range(left, right + 1)
        ):
            return None
        if tokens[left + 1].norm in lx.PARENTHETICAL[self.family] or tokens[left + 1].norm in _RELATIVES:
            return None
        if self.family == "en" and cue.last + 1 < right and tokens[cue.last + 1].norm in _EN_SUBJECT_PRONOUNS:
            return None  # ('Outside the offices, Ina MacLeod says she will cope, but ...': the clause it reports)
        if self.family != "en" and tokens[self._clause_start(left, sentence)].norm in lx.COMPLEMENTIZERS[self.family]:
            return None  # 'Da je pogodba podpisana, so potrdili v družbi, ...': the fronted clause is what it reports
        continued_quote = (
            tokens[right + 1].text in QUOTE_MARKS
            and right + 2 <= sentence.last
            and tokens[right + 2].is_word
            and not tokens[right + 2].is_capitalized
            and not any(self.in_quote[k] for k in range(sentence.first, left))
        )  # 'The question of fair use, she added, "cannot be resolved on the pleadings."': the clause goes on quoted
        if tokens[right + 1].norm in lx.COMPLEMENTIZERS[self.family] or (
            tokens[right + 1].text in QUOTE_MARKS and not continued_quote
        ):
            return None  # ', je zapisala, da ...' reports the clause that follows, it is not set into one
        if (
            tokens[left - 1].text in QUOTE_MARKS
            or tokens[right + 1].norm in lx.GERUNDS[self.family]
            or tokens[right + 1].norm in _CITING  # ('..., Reuters reported, citing two sources.')
        ):
            return None  # '"Nisam imao izbora", rekao je Softić, dodajući da ...': the quotation is what it reports
        opening = next((k + 1 for k in range(left - 1, sentence.first, -1) if tokens[k].text == ","), None)
        if (
            opening is not None
            and self.family == "en"
            # (or its relative clause: 'Sunita Bhatt, who has run the shop for 16 years, said her son, 17, had')
            and (self._appositive(opening, left - 1) or tokens[opening].norm in ("who", "whose"))
            and all(
                t.is_capitalized or t.text == "."
                for t in tokens[sentence.first : opening - 1]
                if t.is_word or t.text == "."
            )
        ):
            return None  # 'Dr. Revathi Subramaniam, mission director of X, said the bloom, ..., was': her verb
        if opening is not None and tokens[opening].norm in _NOT_CONTENT_OPENERS:
            # 'One EU diplomat, speaking on condition of anonymity, said the Netherlands ...': an aside about the
            # subject before the comma, whose verb this is
            return None
        if self.family == "en" and self._only_a_speaker(right + 1, sentence.last):
            return None  # '..., said Smith, a spokesman for the firm.': an apposition, not the content going on
        if self.family == "en" and tokens[right + 1].norm in _EN_CIRCUMSTANCE_OPENERS:
            return None  # '..., the company said Tuesday, as it tries to ...': why or when, added by the reporter
        return left, right

    def _inserted_statement(
        self, sentence: Sentence, cue: Cue, commas: tuple[int, int], mentions: list[Mention]
    ) -> int:
        left, right = commas
        local = [m for m in mentions if left < m.first < right and not self._governed(m)]
        speaker = self._resolved(local[0], cue) if local and self._agrees(local[0], cue) else self._carried(cue)
        if speaker is None:
            return 0
        # ('STOCKHOLM, July 9 (Reuters) - ...': the dateline is no part of what was said)
        first, last = self._after_dateline(sentence.first, sentence.last), sentence.last
        while last > first and self.tokens[last].text in SENTENCE_END:
            last -= 1
        for quote in sentence.quotes:
            if first <= quote.open <= last:
                self.used_quotes.add(quote.open)  # (the quotation is part of this statement, not one of its own)
        quote_type = self._quote_type(first, last)
        return self._emit(speaker, first, last, quote_type, cue, sentence)

    def _parenthetical(self, cue: Cue, sentence: Sentence) -> bool:
        """'Kot je dejala za Radio Koper, ...', '..., kako je rekao ministar.', 'as he put it'."""
        if any(t.text == ":" for t in self.tokens[cue.last + 1 : min(sentence.last, cue.last + 4) + 1]):
            return False  # 'Kako je rekla: "..."' introduces a quotation
        return self._parenthetical_marker(cue, sentence) is not None

    def _parenthetical_marker(self, cue: Cue, sentence: Sentence) -> int | None:
        """Where 'kot', 'kako', 'as' stands before the cue: right before it and its auxiliary, or before a
        channel ('Kot je za STA povedal župan ...')."""
        marks = lx.PARENTHETICAL[self.family]
        tokens = self.tokens
        for k in range(cue.first - 1, max(sentence.first, cue.first - 8) - 1, -1):
            if tokens[k].norm in marks:
                if self.family == "en" and k > sentence.first and tokens[k - 1].norm in _EN_NAMED_AS:
                    return None  # 'who gave her name only as Paulette, said': how she is named, no aside
                return k
            if self.family == "en" and self._aside_subject(k, cue.first):
                continue  # 'as she put it', 'as one Czech supplier puts it': its subject stands before the verb
            if not (
                self._is_filler(tokens[k])
                or tokens[k].norm in lx.AUXILIARIES[self.family]
                or tokens[k].norm in PREPOSITIONS
                # the noun of a phrase whose preposition comes next: 'Kot je po seji povedal X, ...'
                or (tokens[k].is_word and tokens[k - 1].norm in PREPOSITIONS)  # ('u Zagrebu')
                # an outlet of a few words: 'Kot je za Radio Slovenija povedal X, ...'
                or (
                    tokens[k].is_capitalized
                    and any(tokens[m].norm in ("za", "to", "told") for m in range(max(sentence.first, k - 3), k))
                )
                # the outlet that learnt it, right after the marker: 'Kako Oslobođenje saznaje iz izvora, ...'
                or (tokens[k].is_capitalized and tokens[k - 1].norm in marks and tokens[cue.first].norm in _LEARNS)
                # whom it was told: 'Kot so nam povedali viri blizu vlade, ...'
                or (tokens[k].norm in _DATIVE_CLITICS and not tokens[k].is_capitalized)
                or (tokens[k].norm in _OUR and tokens[k - 1].norm in PREPOSITIONS)
                or (
                    tokens[k].is_word
                    and not tokens[k].is_capitalized
                    and k - 2 >= sentence.first
                    and tokens[k - 2].norm in PREPOSITIONS
                    # ('Kot je za naš časnik povedal vir, ...')
                    and (_adjective(tokens[k - 1].norm, self.family) or tokens[k - 1].norm in _OUR)
                )
            ):
                return None  # 'Tako Novak kot Kralj sta poudarila': a name between, so no aside
        return None

    def _aside_subject(self, k: int, verb: int) -> bool:
        """Whether the words from `k` to the verb may be the subject of an English aside after 'as': a pronoun,
        a name, or a description of someone ('one Czech parts supplier')."""
        tokens = self.tokens
        marker = k - 1
        while marker >= 0 and verb - marker <= 6 and tokens[marker].norm != "as":
            marker -= 1
        if marker < 0 or tokens[marker].norm != "as":
            return False
        words = tokens[marker + 1 : verb]
        after = tokens[verb + 1] if verb + 1 < len(tokens) else None
        if after is not None and after.is_word and after.norm not in _EN_ASIDE_TAILS:
            return False  # 'as the mayor warned that ...': a clause of time, whose verb has its own object
        if all(t.norm in _EN_ASIDE_SUBJECTS or t.is_capitalized for t in words):
            return True
        return (
            words[0].norm in ("one", "a", "an", "the", "another")
            and len(words) <= 4
            and all(t.is_word and t.norm not in ("and", "or", "but") for t in words)
        )

    def _parenthetical_statement(self, sentence: Sentence, cue: Cue, cues: list[Cue], mentions: list[Mention]) -> int:
        """The content of a parenthetical cue is the rest of its sentence, before or after it."""
        tokens = self.tokens
        marker = self._parenthetical_marker(cue, sentence)
        if marker is None:
            return 0
        comma_after = next(
            (k for k in range(cue.last + 1, sentence.last + 1) if tokens[k].text == "," and not self.in_quote[k]), None
        )
        if (
            comma_after is not None
            and comma_after + 1 < sentence.last
            and tokens[comma_after + 1].norm in _RELATIVES
            and marker <= sentence.first + 1
        ):
            # 'Kot nam je zaupala prijateljica para, ki želi ostati neimenovana, naj bi ...': the source's relative
            # clause, then the content
            comma_after = next(
                (k for k in range(comma_after + 2, sentence.last) if tokens[k].text == "," and not self.in_quote[k]),
                comma_after,
            )
        if marker <= sentence.first + 1 and comma_after is not None:
            first, last = (
                comma_after + 1,
                self._clause_end(comma_after + 1, sentence, [c for c in cues if c is not cue]),
            )
            scope = (cue.last + 1, comma_after - 1)
        elif marker > sentence.first + 1:
            first, last = sentence.first, marker - 1
            while last > first and tokens[last].text in ",–—-":
                last -= 1
            scope = (cue.last + 1, sentence.last)
            if comma_after is not None and comma_after + 2 < sentence.last:
                # 'Domaćini su se, kako je naveo, u drugom delu zatvorili': the clause runs on after the insertion
                last = sentence.last
                while last > first and tokens[last].text in SENTENCE_END:
                    last -= 1
                scope = (cue.last + 1, comma_after - 1)
        else:
            return 0
        if (
            self.family == "en"
            and comma_after is not None
            and first < marker < comma_after < last
            and tokens[comma_after + 1].text in QUOTE_MARKS
        ):
            first = comma_after + 1  # '..., where, as she put it, "the ground shakes ..."': the quotation after it
        quote = next((q for q in sentence.quotes if q.open == first and q.close is not None), None)
        if quote is not None and quote.close is not None and quote.close >= last:
            first, last = quote.open + 1, quote.close - 1  # (the words, not their marks)
            while last > first and tokens[last].text in ",.":
                last -= 1
        if not self._clause_has_content(first, last):
            return 0
        start, end = tokens[first].start, tokens[last].end
        if any(
            st.start <= tokens[cue.first].start < st.end or (st.start < end and start < st.end)
            for st in self.statements[-3:]
        ):
            return 0  # set into a statement already made: the same words, not a new statement
        local = [
            m
            for m in mentions
            if scope[0] <= m.first <= scope[1]
            and not self._governed(m)
            and self.tokens[m.first - 1].norm not in ("za", "to")  # 'kako kažu za naš portal': where, not who
            and not (m.first - 2 >= 0 and self.tokens[m.first - 2].norm == "za" and self.tokens[m.first - 1].is_word)
        ]
        relayed = next(
            (
                m
                for m in mentions
                if (local[0].last if local else scope[0]) < m.first <= scope[1]
                and (
                    self.tokens[m.first - 1].norm in ("od", "from")
                    # 'Kako Oslobođenje saznaje iz pravosudnih izvora': from sources, over their adjective
                    or (
                        m.kind == "anonymous"
                        and any(
                            self.tokens[k].norm in ("od", "iz", "from")
                            and all(_adjective(t.norm, self.family) for t in self.tokens[k + 1 : m.first])
                            for k in range(max(scope[0], m.first - 3), m.first)
                        )
                    )
                )
                and (local or self.tokens[cue.first].norm in _LEARNS)
                and m.kind in ("anonymous", "person", "organization")
            ),
            None,
        )
        if relayed is not None:
            local = [relayed]  # 'Kako saznaje Kurir od izvora bliskog istrazi': the source the outlet heard it from
        elif self.tokens[cue.first].norm in _LEARNS:
            # 'Kako doznaje Jutarnji, ...': what an outlet learns, it learns from sources it does not name
            word = lx.ANONYMOUS_WORD[self.family]
            local = [Mention(cue.first, cue.first, f"anonymous source ({word})", "anonymous", "?", head=cue.first)]
        opening = next(
            (
                m
                for m in mentions
                if m.first == sentence.first
                and m.last < marker
                and self._agrees(m, cue)
                and (m.kind != "person" or self._nominative(m))  # ('Harrisu je, kot je poudarila, ...': to him)
                # ('Njena starija ćerka, kako navodi, ...': her daughter is spoken of; the mother speaks)
                and self.tokens[sentence.first].norm not in _HIS_OR_HER
                and self.tokens[sentence.first].norm not in _POSSESSIVES_ANY
            ),
            None,
        )
        source = [
            m
            if m.kind != "person"
            else replace(m, kind="organization", gender="n")  # 'iz Petrola', 'v Petrolu': a body, whatever its name
            for m in mentions
            # (after the verb, or between the marker and the verb: 'Kot so v Petrolu zapisali, ...')
            if (scope[0] <= m.first <= scope[1] or marker < m.first < cue.first)
            and (
                m.kind in ("organization", "group", "anonymous")  # ('Kot so povedali v vladnih krogih, ...')
                or (m.kind == "person" and m.first == m.last and m.gender == "?")
            )
            and (
                self.tokens[self._before_adjectives(m.first)].norm
                in ("iz", "z", "s", "from", "sa", "na", "v", "u", "pri")
                # 'iz njegovega kabineta': a possessive between
                or (self.tokens[m.first - 1].norm in _POSSESSIVES_ANY and self.tokens[m.first - 2].norm in _FROM)
            )
        ]
        inner = [m for m in mentions if marker < m.first < cue.first] if self.family == "en" else []
        speaker: Mention | None
        if inner:
            speaker = inner[-1]  # 'as she put it', 'as the mayor says'
        elif cue.kind == "passive":  # 'Kako je navedeno u saopštenju kompanije, ...': whose statement it is
            speaker = self._passive_source(
                sentence, cue, [m for m in mentions if scope[0] <= m.first <= scope[1]], None
            )
        elif local and (self._agrees(local[0], cue) or relayed is not None):
            speaker = local[0]
        elif opening is not None and opening.kind in ("person", "group", "organization", "anonymous"):
            speaker = opening  # 'Mještani Ustikoline, kako kažu za naš portal, najviše strahuju ...'
        elif source and (cue.gender in "pq" or cue.number == "p"):
            speaker = source[0]  # 'Kot so sporočili iz vlade, ...'
        else:
            speaker = self._carried(cue)
        if speaker is None:
            return 0
        speaker = self._resolved(speaker, cue)
        quote_type = self._quote_type(first, last)
        return self._emit(speaker, first, last, quote_type, cue, sentence)

    def _before_adjectives(self, k: int) -> int:
        """The word before `k` and the adjectives right before it: 'v vladnih krogih' → 'v'."""
        j = k - 1
        while (
            j > 0 and k - j <= 2 and _adjective(self.tokens[j].norm, self.family) and not self.tokens[j].is_capitalized
        ):
            j -= 1
        return j

    def _relative_pronoun(self, start: int, end: int) -> bool:
        return any(
            self.tokens[k].norm in ("ki", "koji", "koja", "koje", "which", "who", "that")
            for k in range(start, min(end, start + 2))
        )

    def _clause_has_content(self, start: int, end: int) -> bool:
        return sum(1 for k in range(start, end + 1) if self.tokens[k].is_word) >= 3

    def _antecedent(self, comma: int, sentence: Sentence) -> int | None:
        """The noun phrase a relative clause hangs on: back from the comma to the nearest verb."""
        tokens = self.tokens
        j = comma - 1
        limit = max(sentence.first, comma - 12)
        while j > limit:
            norm = tokens[j - 1].norm
            if (
                norm in lx.AUXILIARIES[self.family]
                or tokens[j - 1].text in ",;:"
                or _looks_like_verb(norm, self.family)
            ):
                break
            j -= 1
        return j if j < comma else None

    def _noun_statement(self, sentence: Sentence, cue: Cue, mentions: list[Mention]) -> int:
        """'zahteva Rusije, da se Ukrajina umakne ...': the speaker is the genitive after the noun."""
        tokens = self.tokens
        reach = 3
        if cue.last + 1 < len(tokens) and tokens[cue.last + 1].norm in ("by", "from"):
            reach = 6  # 'claims by the opposition Democratic League of Kosovo that ...': whose claims
        complementizers = lx.COMPLEMENTIZERS[self.family]
        speaker = next(
            (
                m
                for m in mentions
                if cue.last < m.first <= cue.last + reach
                # ('ponovio je zahtjev da Horvat podnese ostavku': who is to resign is inside the demand)
                and not any(t.norm in complementizers for t in tokens[cue.last + 1 : m.first])
            ),
            None,
        )
        owned = speaker is not None  # ('optužbe oporbe da ...': whose the accusation is, named after it)
        if speaker is None and cue.first > 0 and tokens[cue.first - 1].norm in _POSSESSIVES:
            speaker = self._carried(cue, _POSSESSIVES[tokens[cue.first - 1].norm])  # 'Njeno zagotovilo, da ...'
        if speaker is None and cue.first > 0:
            # 'Županovo obljubo, da ...': the holder of the role whose possessive stands before the noun
            speaker = self._role_possessive(Cue(cue.first - 1, cue.first - 1, "noun", tokens[cue.first - 1].text))
        if speaker is None:
            clause_start, relatives = self._subject_clause_start(cue.first, sentence)
            before = [
                m
                for m in mentions
                if clause_start <= m.first
                and m.last < cue.first
                and not self._governed(m)
                and not any(a <= m.first <= b for a, b in relatives)
            ]
            speaker = before[0] if before else None
            if speaker is not None and speaker.kind == "pronoun":
                speaker = self._carried(cue, speaker.gender)
        if speaker is None:
            return 0
        start = next((k for k in range(cue.last + 1, sentence.last + 1) if tokens[k].norm in complementizers), None)
        if start is None:
            return 0
        if not owned and any(
            st.start <= tokens[start].start < st.end for st in self.statements[self.sentence_statements :]
        ):
            return 0  # 'ponovio je zahtjev da ...': the verb before the noun made the statement already
        stop = self._clause_end(start, sentence, [])
        stop = self._trim_concessive(start, stop)
        if cue.first - sentence.first <= 2:
            # 'Njeno zagotovilo, da bodo delovna mesta ohranjena, v sindikatu jemljejo z rezervo': a noun that
            # opens the sentence is its subject; the clause it governs ends where the predicate begins
            stop = next((k - 1 for k in range(start + 2, stop + 1) if tokens[k].text == ","), stop)
            if self.family == "en":
                # "The junta's claim that Okemba was safe could not be verified": the clause's own verb, then the
                # sentence's predicate
                verbs = [k for k in range(start + 2, stop + 1) if tokens[k].norm in _EN_PREDICATE_OPENERS]
                if len(verbs) >= 2:
                    stop = verbs[1] - 1
        return self._emit(speaker, start, stop, "indirect", cue, sentence)

    def _concession_trimmed(self, cue: Cue, start: int, stop: int) -> int:
        """A concession after what a noun names ('zahteva Rusije, da se Ukrajina umakne ..., čeprav tamkajšnjih
        regij ne nadzoruje') is the reporter's; after a verb ('pravi, da o prodaji ne razmišlja, čeprav so ponudbe
        že prišle') it goes on with what was said."""
        noun = cue.kind == "noun" or self.tokens[cue.first].norm in lx.NOUN_CUES[self.family]  # ('zahteva')
        return self._trim_concessive(start, stop) if noun else stop

    def _trim_concessive(self, start: int, stop: int) -> int:
        for k in range(start + 2, stop + 1):
            if (
                self.tokens[k].text == ","
                and k + 1 <= stop
                and self.tokens[k + 1].norm in ("ceprav", "cetudi", "iako", "mada", "although", "though")
            ):
                return k - 1
        return stop

    def _colon_quote(self, sentence: Sentence, quote: Quote, mentions: list[Mention]) -> int:
        """'Trener je bil zadovoljen: "..."': a quotation after a colon belongs to the subject before it, even
        when the verb there is not one of saying."""
        colon = quote.open - 1
        if colon <= sentence.first or self.tokens[colon].text != ":" or not self._is_statement_quote(quote, True):
            return 0
        before = [m for m in mentions if m.last < colon and not self._governed(m)]
        if not before:
            return 0
        speaker = before[0]
        if speaker.kind == "pronoun":
            carried = self._carried(Cue(colon, colon, "quote", ""), speaker.gender)
            if carried is None:
                return 0
            speaker = carried
        if self.family == "en" and speaker.name.lower() in _WRITINGS:
            speaker = self._signer(speaker.last + 1, colon - 1) or speaker  # 'A letter ..., signed by X, reads:'
        self.used_quotes.add(quote.open)
        return self._emit_quote([quote], speaker, Cue(colon, colon, "quote", ":"), sentence, confidence=0.7)

    def _block_quote(self, sentence: Sentence, cue: Cue, speaker: Mention) -> int:
        """'Speaking on the radio, Dawson said:' closing a paragraph, and her words set as the next paragraph
        without quotation marks, as live pages and transcripts print them."""
        tokens, sentences = self.tokens, self.sentences
        if tokens[sentence.last].text != ":":
            return 0
        if any(t.is_word for t in tokens[max(cue.last, speaker.last) + 1 : sentence.last]):
            return 0  # 'she said of the plan:' names what follows; the words after the colon are not hers alone
        start = self.next_sentence
        if start >= len(sentences) or sentences[start].paragraph == sentence.paragraph:
            return 0
        paragraph = [s for s in sentences[start : start + 6] if s.paragraph == sentences[start].paragraph]
        first, last = paragraph[0].first, paragraph[-1].last
        if (
            len(paragraph) > 5
            or any(s.quotes for s in paragraph)
            or not tokens[first].is_capitalized
            or tokens[last].text not in SENTENCE_END
            or tokens[last].end - tokens[first].start > 800
        ):
            return 0
        self.next_sentence += len(paragraph)
        return self._emit(speaker, first, last, "direct", cue, sentence, confidence=0.6)

    def _floating_quote(self, sentence: Sentence, quote: Quote) -> int:
        """A quotation with no cue of its own, standing as a sentence or paragraph after a statement whose
        speaker is known: the speaker carries over."""
        tokens = self.tokens
        signed = self._signature_after(quote)
        if signed is not None:
            self.used_quotes.add(quote.open)
            return self._emit_quote([quote], signed, Cue(quote.open, quote.open, "quote", ""), sentence, confidence=0.7)
        if self.interviewee is not None and sentence.paragraph in self.answers and quote.open == sentence.first:
            self.used_quotes.add(quote.open)
            cue = Cue(quote.open, quote.open, "quote", "")
            return self._emit_quote([quote], self.interviewee, cue, sentence, confidence=0.6)
        if not self._is_statement_quote(quote):
            return 0
        outside = [
            t
            for t in tokens[sentence.first : sentence.last + 1]
            if not (quote.open <= t.index <= quote.last) and t.is_word
        ]
        if len(outside) > 2:
            return 0
        introduced = self.previous_subject_for_now
        if (
            introduced is not None
            and introduced.kind == "person"
            and " " in introduced.name
            # in the nominative, the subject ('Ćosića ipak nije htio izdvajati' names whom, not who)
            and self._nominative(introduced)
        ):
            # 'Zadnji dan bo Jelka Bezjak trgovino odklenila ob šestih. »V torek bom skuhala kavo,« se nasmehne.':
            # the person the sentence before brought in, not the last one who spoke
            speaker = introduced
        elif not self.recent or not self.statements:
            return 0
        else:
            speaker = self.recent[-1]
            if tokens[quote.open].start - self.statements[-1].end > 1200:
                return 0
        self.used_quotes.add(quote.open)
        if self.statements and self._continues(self.statements[-1], speaker, quote):
            return 1
        cue = Cue(quote.open, quote.open, "quote", "")
        return self._emit_quote([quote], speaker, cue, sentence, confidence=0.6)

    def _signature_after(self, quote: Quote) -> Mention | None:
        """'»...«' on its own, then a line '(Ana Korošec, predsednica ..., o novem zakonu)': who said it, in
        brackets after it, as a 'quote of the day' is signed."""
        tokens = self.tokens
        k = (quote.close if quote.close is not None else quote.last) + 1
        while k < len(tokens) and tokens[k].text in SENTENCE_END:
            k += 1
        if k + 2 >= len(tokens) or tokens[k].text != "(" or not tokens[k].newline_before:
            return None
        if not (tokens[k + 1].is_capitalized and tokens[k + 1].is_word):
            return None
        name = self._named(k + 1, min(len(tokens) - 1, k + 6))
        return name if name.kind in ("person", "organization") and " " in name.name else None

    def _continues(self, statement: Statement, speaker: Mention, quote: Quote) -> bool:
        """'"We stopped being a start-up," Lah told a news conference. "We now process ..."': a quotation right
        after the cue that closed the speaker's quotation, in the same paragraph, goes on with it. The statement
        takes it in (its span then holds the cue between the two, as a quotation interrupted by its cue does)."""
        tokens = self.tokens
        between = self.text[statement.end : tokens[quote.open].start]
        if (
            statement.quote_type != "direct"
            or statement.speaker != speaker.name
            or statement is not self.statements[-1]
            or "\n" in between
            or len(between) > 200  # (the cue sentence may go on: "..., with his mother standing behind him.")
            or (quote.close is None and tokens[quote.open].text not in DASHES)  # a dash quote runs to the end
        ):
            return False
        first, last = quote.open + 1, quote.last - (quote.close is not None)
        if first > last:
            return False
        more = self.text[tokens[first].start : tokens[last].end].rstrip(",;:")
        self.statements[-1] = replace(statement, text=f"{statement.text} {more}", end=tokens[last].end)
        return True

    # --- output -------------------------------------------------------------------------------------------

    def _emit_quote(
        self, pieces: list[Quote], speaker: Mention, cue: Cue, sentence: Sentence, confidence: float = 0.9
    ) -> int:
        spans = [(p.open + 1, p.last - (1 if p.close is not None else 0)) for p in pieces]
        spans = [(a, b) for a, b in spans if a <= b]
        if not spans:
            return 0
        # a comma that hands over to the cue ('"...," je dejal') belongs to the sentence, not the quotation
        text = " ".join(self.text[self.tokens[a].start : self.tokens[b].end].rstrip(",;:") for a, b in spans)
        first, last = spans[0][0], spans[-1][1]
        return self._emit(speaker, first, last, "direct", cue, sentence, text=text, confidence=confidence)

    def _emit(
        self,
        speaker: Mention,
        first: int,
        last: int,
        quote_type: str,
        cue: Cue,
        sentence: Sentence,
        text: str | None = None,
        confidence: float = 0.8,
        remember: bool = True,
    ) -> int:
        tokens = self.tokens
        while last > first and tokens[last].text in ",;:":
            last -= 1
        while first < last and tokens[first].text in ",;:" and text is None:
            first += 1
        if first > last:
            return 0
        if speaker.kind == "group" and speaker.name in _JOURNALISTS:
            self.question_sentence = sentence
        start, end = tokens[first].start, tokens[last].end
        content = text if text is not None else self.text[start:end]
        for token in tokens[first : last + 1]:
            if token.is_word:
                break
        else:
            return 0
        if tokens[cue.first].norm in _RELAY_VERBS and any(
            st.start < end and start < st.end for st in self.statements[self.sentence_statements :]
        ):
            return 0  # '»...,« je povedal X, poroča agencija ANP': the agency relays X's words
        if quote_type == "indirect" and self._asks_not_to_be_named(first, last):
            return 0  # 'who asked that her name not be used': how the source is kept, not what it said
        if quote_type == "indirect" and tokens[first].norm in lx.COMPLEMENTIZERS[self.family] and last - first < 2:
            return 0  # 'said privately that the' (a page cut off mid-sentence): no content to check
        channel = self._channel(sentence, cue) or (
            self.recent_channel.get(speaker.name)
            if cue.kind in ("verb", "quote") and self._is_carried(speaker, sentence)
            else None
        )
        if channel is not None:
            channel = _latin(channel)  # ('za Танјуг': names are given in Latin script)
        due = self._due(first, last, cue)
        if self.family != "en" and speaker.kind == "person" and not speaker.partners and speaker.name in _ACCUSED_NAMES:
            # 'Obtoženi je v zagovoru dejal': the one on trial, whom the text named where it spoke of the charge
            speaker = self._defendant(first, speaker.gender) or speaker
        speakers = [speaker, *speaker.partners]
        if len(self.statements) > self.sentence_statements and any(
            st.speaker == speaker.name and st.start <= start and end <= st.end
            for st in self.statements[self.sentence_statements :]
        ):
            return 0  # the same words again, or a clause set into a statement the speaker already made
        for person in speakers:
            if person.kind == "pronoun":
                return 0
            self.statements.append(
                Statement(
                    speaker=person.name,
                    speaker_kind=person.kind if person.kind != "pronoun" else "person",
                    text=content,
                    quote_type=quote_type,
                    cue=cue.text or "(quotation)",
                    channel=channel,
                    start=start,
                    end=end,
                    language=self.language,
                    due=due,
                    confidence=round(confidence * (0.9 if len(speakers) > 1 else 1.0), 2),
                    role=person.role,
                )
            )
            if remember:
                self._remember(person, channel)
        if len(speakers) > 1 and remember:
            self._remember(speaker, channel)  # 'Dodala sta, da ...' refers to both
        return len(speakers)

    def _is_carried(self, speaker: Mention, sentence: Sentence) -> bool:
        return not (sentence.first <= speaker.first <= sentence.last)

    def _remember(self, mention: Mention, channel: str | None) -> None:
        # a joint mention is remembered apart from its first member alone: 'oboje su' later refers to both
        name, partners = mention.name, tuple(p.name for p in mention.partners)
        if mention.kind == "person" and mention.gender == "?" and not partners:
            # '»...,« pravi Pirc' after 'direktorica Mojca Pirc': still a woman for a later 'Priznala je'
            known = next((m.gender for m in self.recent if m.name == name and m.kind == "person"), "?")
            if known in ("m", "f"):
                mention.gender = known
        self.recent = [m for m in self.recent if m.name != name or tuple(p.name for p in m.partners) != partners][-8:]
        self.recent.append(mention)
        if (
            mention.kind == "person"
            and mention.role
            and " " in name
            and name[:1].isupper()
            and _latin(name).lower() not in _latin(mention.role).lower()
            and not partners
        ):
            # 'Foreign Minister Oksana Hrytsenko said ...': a later 'the minister' is the one who last spoke as one
            base = self._role_base(mention.role)
            if base:
                self.people_by_role[base] = mention
        if channel:
            self.recent_channel[mention.name] = channel

    def _channel(self, sentence: Sentence, cue: Cue) -> str | None:
        tokens = self.tokens
        lo = max(sentence.first, cue.first - 10)
        hi = min(sentence.last, cue.last + 10)
        in_quote = self.in_quote
        for token in tokens[lo : hi + 1]:
            k = token.index
            if token.text in QUOTE_MARKS:
                prev = tokens[k - 1].norm if k > 0 else ""
                if prev in ("za", "told", "telling", "to"):
                    title_end = self._quoted_title_end(k)
                    if title_end is not None and title_end <= hi:  # 'za „Politiku“': a paper named in quotation marks
                        return " ".join(self._channel_word(t) for t in tokens[k + 1 : title_end])
            if not (token.is_capitalized or token.norm in _OUTLETS or "." in token.text) or in_quote[k]:
                continue  # (most words: each test below asks for a capitalised word or an outlet)
            prev = tokens[k - 1].norm if k > 0 else ""
            if prev == "the" and k > 1 and tokens[k - 2].norm in _TOLD:
                prev = "told"  # 'told the BBC', 'telling the FT'
            outlet_end = self._outlet_end(k, hi)
            if outlet_end is not None:
                return self._span_text(k, outlet_end)
            if (
                token.norm in lx.PLATFORMS
                and (token.text[0].isupper())
                and (prev in lx.CHANNEL_PREPOSITIONS or prev in ("omrezju", "mrezi", "omrezje", "mrezu", "platform"))
            ):
                return lx.PLATFORMS[token.norm]
            if (
                prev in ("za", "told", "telling", "to", "agencijo", "agenciji", "agencije")
                and (token.is_capitalized or "." in token.text)
                and (token.text.isupper() or token.norm in _OUTLETS or ("." in token.text and token.is_word))
                and len(token.text) >= 2
            ):
                return token.text
            if token.norm in _OUTLETS and prev in ("agencijo", "agencija", "agenciji", "za", "told", "telling"):
                return token.text
            if token.norm in _OUTLETS and prev in _RELAY_VERBS:
                return token.text  # 'izjavio je, javlja Tanjug, da', 'kako prenosi Hina'
            if prev == "za" and _outlet_declined(token.norm, _OUTLET_ACCUSATIVE) is not None:
                return token.text[:-1] + "a"  # 'izjavio je za Fenu', 'za Hinu', 'za Betu': the agency, declined
            if (
                self.family != "en"
                and (k == cue.last + 1 or (k == cue.last + 2 and prev in lx.AUXILIARIES[self.family]))
                and (outlet := _outlet_declined(token.text)) is not None
            ):
                return outlet  # 'rekao je Politici', 'izjavio je Tanjugu': told the paper or the agency

        for token in tokens[lo:hi]:
            norm = token.norm
            if norm not in _CHANNEL_SCAN:
                continue  # (most words)
            k = token.index
            if norm in _PRESS_CHANNEL_HEADS:
                pair = f"{norm} {tokens[k + 1].norm}"
                if pair in lx.PRESS_CHANNELS:
                    return lx.PRESS_CHANNELS[pair]
            if norm in _PROGRAMMES and tokens[k + 1].is_capitalized:
                return tokens[k + 1].text
        return None

    def _channel_word(self, token: Token) -> str:
        """A word of an outlet's name in its base form: 'Politiku' → 'Politika'; English as written."""
        word = _latin(token.text)
        if self.lemmatizer is None or self.family == "en":
            return word
        lemma = self._lemma(word.lower())  # a title is made of common words: lower case lemmatizes best
        if not lemma or not _declined_from(word.lower(), lemma):
            return word
        return lemma[:1].upper() + lemma[1:] if word[:1].isupper() else lemma

    def _due(self, first: int, last: int, cue: Cue) -> str | None:
        if self.reference is None:
            return None
        not_time = _NOT_TIME_WORDS
        for token in self.tokens[first : last + 1]:
            norm = token.norm
            if norm in not_time:
                continue  # (most words: a set costs less than the cache of `_is_time_word`)
            if _is_time_word(norm):
                break
            if len(not_time) < 100_000:
                not_time.add(norm)
        else:
            return None  # no word of time in the content: not worth the date resolver's full reading
        from .dates import time_bound

        start = self.tokens[first].start
        end = self.tokens[last].end
        bound = time_bound(self.text[start:end], language=self.language, reference=self.reference)
        return bound.isoformat() if bound else None

    def _quote_type(self, first: int, last: int) -> str:
        """A reported clause with words of the speaker's own in quotation marks is mixed, else indirect."""
        inside, titles = self.in_quote[first : last + 1], self.in_title[first : last + 1]
        # (a title is inside a quotation: the two are equal, in C, where no word is quoted but titles)
        quoted = inside != titles and any(q and not t for q, t in zip(inside, titles, strict=True))
        return "mixed" if quoted else "indirect"

    def _span_text(self, first: int, last: int) -> str:
        return self.text[self.tokens[first].start : self.tokens[last].end]


_NO_SPLIT = False


def _load_first_names(ambiguous: bool) -> dict[str, str]:
    """First names and the gender they mark: those that are only names, or (`ambiguous`) those that are
    ordinary words too ('Vera', 'Slava', 'Hope')."""
    from importlib import resources

    from ..names import name_key

    prefixes = ("ambiguous-m:", "ambiguous-f:") if ambiguous else ("m:", "f:", "u:")
    names: dict[str, str] = {}
    text = (resources.files("claims.extract") / "data" / "first_names.txt").read_text(encoding="utf-8")
    for line in text.splitlines():
        if line.startswith(prefixes):
            label, words = line.split(":", 1)
            gender = "?" if label == "u" else label[-1]  # ('u': a man's name in one country, a woman's in another)
            names.update(dict.fromkeys((name_key(w) for w in words.split()), gender))
    return names


_FIRST_NAMES = _load_first_names(ambiguous=False)
_AMBIGUOUS_FIRST_NAMES = _load_first_names(ambiguous=True)
_DECLINED_ACRONYM = re.compile(r"^[A-ZČŠŽĆĐ]{2,}-[a-zčšžćđ]{1,3}$")
# Only a company is so often named and then called just that: 'the ministry' may be any ministry.
_PARTY_AND_STATE = re.compile(r"[RDI]-([A-Z][a-z]+\.?|[A-Z])")  # 'R-Idaho', 'D-Calif.', 'D-N.M.'
_AGED = re.compile(r"\d{1,3} year old")  # (a normalized token: "23-year-old")
_DEMONYM_ENDINGS = ("ian", "ean", "ese", "ish", "ch", "an", "i")
_EN_PLACE_ABBREVIATIONS = frozenset(("st", "ste", "mt", "ft", "pt"))
_SPOKESPERSON_GENDERS = {"spokeswoman": "f", "spokesman": "m"}
_EN_PEOPLE_PLURALS = ("ers", "ists", "ants", "ents", "ians", "ees", "ors")
_EN_INSTITUTIONS = frozenset(
    "college academy museum society school chamber board town city shire county borough village".split()
)
_EN_LOCAL_AREAS = frozenset("city county district borough town parish municipal metropolitan regional".split())
# the last words of English company names: 'Nexora Systems', 'Halvorsen Capital'
_EN_COMPANY_ENDINGS = frozenset(
    "systems group holdings industries motors technologies partners capital airlines energy pharma "
    "pharmaceuticals inc corp plc ltd llc ag sa computing software semiconductor semiconductors electronics "
    "logistics foods bank bancorp media labs robotics biotech therapeutics networks solutions airways shipping "
    "mining telecom line lines polymers chemicals utilities resources minerals metals brewing studios "
    # and of events, which are no people either: 'Nordic Docs Week', 'Westport Literary Festival'
    "week festival forum awards summit games cup league championship fair expo conference weekend".split()
)
_BARE_COMPANY = re.compile(
    r"company|firm|lender|carrier|airline|retailer|insurer|operator|utility|carmaker|startup|miner|producer|maker"
    r"|chipmaker|automaker|drugmaker|steelmaker|grocer|supermarket|conglomerate"
    r"|manufacturer|exporter|shipbuilder|developer|supplier|biotech"
    r"|kompanija|podjetje|druzba|družba|tvrtka|preduzeće|preduzece|poduzeće|poduzece|firma|banka"
)
# Beginnings of the words a time bound needs (weekdays, months, periods, 'tomorrow'), in every language, after
# normalization (Cyrillic in Latin, no diacritics). Only a filter: the date resolver decides.
_TIME_STEMS = tuple(
    "ponedel ponedjel torek torka torku utor sred srijed cetrt cetvrt petek petk petak sobot subot nedel nedjel "
    "jutri pojutri sutra prekosutra danes danas konc kraj tedn teden tjed sedmic mesec mjesec leto leta letos "
    "godin januar februar marc mart ozuj april travanj travnj maj svib junij jun lipan lipnj julij jul srpan "
    "srpnj avgust august kolovoz septemb rujan rujn oktob listopad novemb studen decemb prosin sijecanj sijecnj "
    "veljac prihodnj naslednj iduc sljedec sledec narednog monday tuesday wednesday thursday friday saturday "
    "sunday tomorrow today tonight week month year january february march june july october november december "
    "next end within hour day dni dan morning afternoon evening weekend night".split()
)


# words that begin like a word of time and are none: 'sredstva' (funds) is not 'sreda', 'student' not 'studeni'
_NOT_TIME_STEMS = (
    "sredst",
    "student",
    "studij",
    "dansk",
    "danasnj",
    "krajin",
    "krajsk",
    "nightc",
    "nighting",
    "nightm",
)


_NOT_TIME_WORDS: set[str] = set()  # the words `_is_time_word` said no to


@lru_cache(maxsize=1 << 16)  # a hundred prefixes to try, for words that recur through every text
def _is_time_word(norm: str) -> bool:
    if norm[:1].isdigit():  # a year, a date, a day of the month
        return True
    return norm.startswith(_TIME_STEMS) and not norm.startswith(_NOT_TIME_STEMS)


_NOUN_BASES: dict[str, dict[str, str]] = {}  # per lemmatizer model: Serbian and Croatian have their own
_LOWER_BASES: dict[str, dict[str, str]] = {}  # per lemmatizer model, as _NOUN_BASES
_LEMMAS: dict[str, dict[str, str]] = {}  # per lemmatizer model, as _NOUN_BASES
# What a press channel's name can start with before a space (a norm may hold a space: 'izjavi-za'), so that the
# pair of two words is put together only when it can be one.
_PRESS_CHANNEL_HEADS = frozenset(key[:k] for key in lx.PRESS_CHANNELS for k, c in enumerate(key) if c == " ")
_PROGRAMMES = frozenset(("oddaji", "emisiji", "programme", "show"))
_CHANNEL_SCAN = _PRESS_CHANNEL_HEADS | _PROGRAMMES  # the words the second pass of `_channel` looks at
_CYRILLIC = re.compile("[\u0400-\u04ff]")
_EN_UNNAMED = frozenset("people person officials official diplomats diplomat".split())
_EN_UNNAMED_NEXT = frozenset("familiar close briefed with who speaking".split())
_EN_RESEARCHERS = frozenset("researchers scientists authors experts investigators inspectors auditors".split())
_REFLEXIVE = frozenset(  # 'žale se da ...', 'se sprašuje', 'se spominja', 'sjeća se': the verb's own 'se'
    "zali zale sprasuje spominja spominjajo sjeca seca sjecaju secaju prisjeca priseca prisjecaju prisecaju "
    "strinja strinjata strinjajo slaze slazu".split()
)
_HIGHER = frozenset("vise visi visa visje visji visja".split())  # 'Više javno tužilaštvo', 'Višje sodišče'
_ACADEMIC_TITLES = frozenset("dr prof mag doc mr dipl ing".split())
_EN_TITLES = frozenset(
    # (police ranks as British news writes them: 'PC Graham Tulloch', 'DCI Ruth Kane')
    "dr mr mrs ms prof professor sir dame lord lady rev sen rep gov cllr det insp supt sgt pc dc ds di dci "
    "dsupt fr msgr aunty auntie "
    # military ranks as abbreviated, that are no one's name ('Col Hennessy' is): 'Capt. Wanda Pardy'
    "capt lt cmdr adm cpl pvt".split()
)
_EN_BACK_REFERENCES = frozenset("the second first other third".split())  # 'the second person', 'the people'
_EN_UNNAMED_AGAIN = _EN_UNNAMED | frozenset(["source", "sources"])
_SPOKESPEOPLE = frozenset(
    "spokesman spokeswoman spokesperson representative glasnogovornik glasnogovornica portparol portparolka "
    "predstavnik predstavnica govornik".split()
)
# 'a senior official', 'jedna medicinska sestra', 'neki poslanec': someone the reporter does not name
_KIN = frozenset(
    "moz zena soprog soproga hci hcerka sin oce mati brat sestra muz supruga suprug kci otac majka".split()
)
# kin further off, spoken of when whose they are is said ('Njegov ded je imel žago'; 'Dedek je govoril, da ...' in
# someone's own words is the grandfather speaking)
_KIN_WHOSE = lx.FURTHER_KIN["f"] | lx.FURTHER_KIN["m"]
# How words were said, which stand for 'said' only right after the quotation: '"...," mutters Graham Pell'
_EN_QUOTE_VERBS = frozenset(
    "mutters muttered jokes joked sighs sighed laughs laughed whispers whispered shouts shouted yells yelled "
    "murmurs murmured quips quipped grins grinned snaps snapped groans groaned chuckles chuckled".split()
)
# Roles news calls one holder by in turn: 'Zagovornik Gašper Mrak ... je prepričan odvetnik'
_ROLE_SYNONYMS = {
    "odvetnik": "zagovornik",
    "odvetn": "zagovorn",
    "odvjetnik": "branitelj",
    "advokat": "branilac",
    "lawyer": "attorney",
}
# the last words of English and Scottish football clubs' names: 'Ashby United', 'Hartley Town', 'Partick Thistle'
_TEAM_NAME_ENDS = frozenset(
    "united city town rovers athletic wanderers albion rangers county fc afc hotspur villa forest orient argyle "
    "celtic thistle hibernian harriers".split()
)
# Nouns any body may be called by once named: 'The group cautions', 'the department said'
_EN_GENERIC_BODIES = frozenset("group department organisation organization charity body authority".split())
_EN_CAMPAIGNS = frozenset("campaign network coalition alliance movement".split())
_PEOPLE_NOUN_ENDINGS = ("ec", "nik", "ik", "an", "ar", "telj", "ist", "ant", "ent")  # kopalec, vodnik, građanin
_PERSON_NOUN_ENDINGS = (*_PEOPLE_NOUN_ENDINGS, "ka", "ica", "inja")  # and the women's: hmeljarka, specialistka
_AGE_ADJECTIVES = ("letni", "letna", "letnik", "letnica", "godisnji", "godisnja", "godisnjak", "godisnjakinja")
_EN_RELATIVES = frozenset(
    "mother father wife husband son daughter sister brother niece nephew grandmother grandfather grandson "
    "granddaughter aunt uncle cousin".split()
)
# English nouns of men, whom 'she' does not take up: 'a man on an electric scooter ... "...," she says'
_EN_MALE_NOUNS = frozenset(
    "man boy gentleman businessman fisherman chairman spokesman congressman councilman policeman fireman".split()
)
# what a body publishes that the text then quotes as 'the report said', and the participles that say who wrote it
_REPORTS = frozenset("report study survey review analysis audit inquiry investigation".split())
_AUTHORING = frozenset("published released compiled written produced conducted out prepared issued".split())
_EN_WOMEN_KIN = frozenset("mother wife daughter sister niece grandmother granddaughter aunt widow mum".split())
_EN_KIN = frozenset("mother father wife husband widow widower grandmother grandfather mum dad grandad".split())
_EN_KIN_WORDS = _EN_RELATIVES | _EN_KIN
_INDEFINITE = {
    "en": frozenset(("a", "an")),
    "sl": frozenset("neki neka neko en ena eden".split()),
    "hbs": frozenset("jedan jedna jedno neki neka neko".split()),
}
_POSSESSIVE = re.compile(r"(.+?)(?:ev|ov|in)(?:e|u|ih|im|ega|emu|o|og|om)")  # a surname's possessive, not nominative
_POSSESSIVE_ENDINGS = tuple(
    a + b for a in ("ev", "ov", "in") for b in ("e", "u", "ih", "im", "ega", "emu", "o", "og", "om")
)
# a place's kind in the genitive, before its name, which keeps its own form ('Udruženje taksista Kantona Sarajevo')
_PLACE_KINDS = frozenset(
    "kantona grada opcine opstine zupanije republike federacije okruga regije obcine mesta drzave".split()
)
# what documents do when they speak: 'budget papers show', 'pokazuju podaci', 'podatki kažejo', 'the letter reads'
_SHOWING = {
    "en": {
        **{"show": "p", "shows": "s", "showed": "?", "shown": "?", "reads": "s", "suggest": "p", "suggests": "s"},
        **{"found": "?", "finds": "s", "find": "p"},  # 'the study found', 'researchers at X have found'
    },
    "hbs": {"pokazuju": "p", "pokazuje": "s", "pokazali": "p", "pokazala": "s", "pokazalo": "s", "pokazao": "s"},
    "sl": {"kazejo": "p", "kaze": "s", "pokazali": "p", "pokazala": "s", "pokazalo": "s", "pokazujejo": "p"},
}
# documents that speak for whoever wrote them: 'according to the indictment', 'prema podacima', 'podatki kažejo'
_SOURCE_DOCUMENTS = {
    "en": frozenset(
        "indictment documents document report draft papers letter memo data figures study survey analysis poll "
        "statement warning advisory bulletin notice readout release forecasts notices releases communique tally "
        "records filing filings complaint lawsuit ruling judgment estimates statistics forecast minutes transcript "
        "emails".split()
    ),
    "hbs": frozenset(
        "podacima podaci izvjestaju izvestaju izvjescu dokumentu dokumentima istrazivanju istrazivanje analizi "
        "analiza anketi anketa presudi optuznici nacrtu procjeni proceni prognozi statistici izracuni izracunima "
        "proracuni mjerenja merenja optuznica ocjeni oceni".split()
    ),
    "sl": frozenset(
        "podatkih podatki porocilu dokumentu dokumentih raziskavi raziskava analizi analiza anketi anketa sodbi "
        "obtoznici obtoznica osnutku oceni napovedi statistiki izracuni izracunih izracun meritve meritvah".split()
    ),
}
# 'je bil oster', 'bila je jasna': a copula and how the speaker sounded, after a quotation
_QUOTES_AND_DASHES = QUOTE_MARKS | DASHES
_QUOTES_DASHES_AND_COLON = _QUOTES_AND_DASHES | {":"}
_ORGANIZATIONS_AND_ROLES = lx.ORGANIZATION_NOUNS | lx.ROLES
_COPULAS = {"bil": "m", "bio": "m", "bila": "f", "bilo": "n", "bili": "p", "bile": "q"}


# Words that say a text is an interview ('Intervju:', 'razgovarali smo s', 'we spoke to'), as name keys.
_INTERVIEW_WORDS = (
    "intervju", "interview", "razgovar", "razgovor", "pogovar", "pogovor", "sagovorni", "sogovorni", "spoke to",
    "spoke with", "pitanj", "vprasanj", "questions",  # ('je za Danas odgovorila na nekoliko pitanja')
)  # fmt: skip
_INTERVIEW_VERBS = ("razgovar", "pogovar", "spoke", "talked", "interview", "intervju")
_HIM_OR_HER = frozenset("jo ga ji mu njo njega njej njemu joj njoj nju".split())
_HIS_OR_HER = frozenset("njen njegov njihov njena njegova njun his her their".split())
_POSSESSIVES_ANY = frozenset(
    "njegovega njegove njenega njene njihovega njihove njegovog njenog njihovog njegovih njenih njihovih his her "
    "their its".split()
)
# People described, not named, whom a role-only mention does not make into an earlier named speaker
# nouns that describe a person already named rather than name an office: 'Hrvaški strokovnjak', 'izkušeni Slovenec'
_DESCRIPTIVE_NOUNS = frozenset(
    "strokovnjak strokovnjakinja strucnjak strucnjakinja veteran veteranka legenda slovenec slovenka hrvat "
    "hrvatica srbin srpkinja bosanec bosanac bosanka avstrijec avstrijka austrijanac nemec nemka nijemac "
    "american americanka amerikanac italijan italijanka talijan rus rusinja francoz francozinja britanec britanac "
    "madzar madar spanec spanjolac strateg "
    # more nationalities, as Slovenian and Croatian write them of athletes and officials ('Španec meni, da ...')
    "belgijec belgijka nizozemec nizozemka danec danka norvezan norvezanka sved svedinja svicar svicarka poljak "
    "poljakinja ceh cehinja slovak slovakinja srb srbkinja bosnjak bosnjakinja kolumbijec kolumbijka japonec "
    "japonka kitajec kitajka avstralec avstralka kanadcan kanadcanka irec irka skot skotinja portugalec "
    "portugalka grk grkinja turcin turkinja ukrajinec ukrajinka romun romunka bolgar bolgarka makedonec "
    "makedonka crnogorec crnogorka albanec albanka spanka francozinja nemka italijanka britanka".split()
)


def _local_demonym(norm: str, family: str) -> bool:
    """'Ljubljančan', 'Mariborčanka', 'Čačanin', 'Kraljevčanka': one from a town, not a name."""
    if norm in _LOCAL_DEMONYMS:
        return True
    # (Croatian, Serbian and Bosnian make them all alike: 'Užičanin', 'Beograđanin', 'Zagrepčanka')
    return family == "hbs" and len(norm) >= 7 and norm.endswith(("canin", "canka", "janin", "janka"))


# where in the country someone is from, which sports and local news use for a person named before ('24-letni
# Tržičan', '23-letna Kranjčanka')
_LOCAL_DEMONYMS = frozenset(
    "ljubljancan ljubljancanka mariborcan mariborcanka kranjcan kranjcanka celjan celjanka koprcan koprcanka "
    "novomescan novomescanka velenjcan velenjcanka ptujcan ptujcanka jesenican jesenicanka trzican trzicanka "
    "gorenjec gorenjka stajerec stajerka primorec primorka prekmurec prekmurka dolenjec dolenjka koroskec "
    "zagrepcanin zagrepcanka beogradjanin beogradjanka sarajlija splicanin splicanka rijecanin rijecanka "
    "osjecanin osjecanka novosadjanin novosadjanka nislija mostarac mostarka tuzlak tuzlanka banjalucanin "
    "banjalucanka zenicanin zenicanka podgoricanin podgoricanka dalmatinac dalmatinka".split()
)
# nationalities of other countries than the ones whose news is read: 'Norvežan Henrik Aasen' is no '24-letni Tržičan'
_FOREIGN = _DESCRIPTIVE_NOUNS - {"slovenec", "slovenka", "hrvat", "hrvatica", "srbin", "srpkinja", "bosanac"}
# roles held by many, never one named person's office: 'novinarka' after a named minister is another person
_MANY_HOLDERS = frozenset(
    "novinar novinarka reporter reporterka dopisnik dopisnica journalist radnik radnica delavec delavka worker".split()
)
_LAY_ROLES = (
    frozenset(
        "domacin domacinka prebivalec prebivalka krajan krajanka ocividec ocividka mimoidoci bralec bralka voznik "
        "voznica pacient pacientka sosed soseda mjestanin mjestanka stanovnik stanovnica mestanin mestanka "
        "svjedok svedok ocevidac resident witness neighbour neighbor local passenger driver patient reader klicatelj "
        "klicateljica pozivatelj caller vlasnik vlasnica lastnik lastnica owner man woman obcan obcanka gradjan "
        "gradjanka prijatelj prijateljica znanec znanka friend "
        # the accused, as court reports call them when they opens a sentence ('Obtoženi je ves čas zanikal')
        "obtozeni obtozena obdolzeni obdolzena osumljeni osumljena okrivljeni okrivljena optuzeni optuzena".split()
    )
    | _MANY_HOLDERS
)


def _stem_of(norm: str) -> str:
    """A word without its case ending, roughly: 'kuće', 'kući', 'kuća' → 'kuc'; 'Bele', 'Bijela' → 'bel', 'bijel'."""
    return norm.rstrip("aeiou") or norm


_ORGANIZATION_PAIRS = {
    " ".join(_stem_of(w) for w in key.split()): name
    for key, name in lx.ORGANIZATION_NAMES.items()
    if " " in key and len(key.split()) == 2
}
_ROLE_POSSESSIVE_ENDINGS = (
    "ovih", "evih", "inih", "ovem", "evem", "inem", "ovega", "evega", "inega", "ovim", "evim", "inim", "ovi", "evi",
    "ini", "ove", "eve", "ine", "oj", "ojim", "ovom", "evom", "inom", "ovo", "evo", "ino", "ova", "eva", "ina",
)  # fmt: skip
_MANNER_BEFORE_COLON = frozenset(
    "jasen jasna jasni odlocen odlocna odlocni kratek kratka kratki oster ostra ostri neposreden neposredna "
    "jasan odlucan odlucna kratak ostar direktan direktna".split()
)
_ONE_OF = frozenset("ena eden eno jedna jedan jedno one".split())
_ANSWERING = ("odgovor", "odvrn", "answer", "repli", "replie", "odgovara")
_EN_FINANCIAL_RESULTS = frozenset("revenue revenues profit profits loss losses earnings sales income results".split())
_EN_SAYING_MANNER = frozenset(
    "twice again repeatedly aloud loudly often once quietly slowly out himself herself themselves too".split()
)
_DEGREE_ADVERBS = frozenset(
    "vidno ocitno precej zelo nekoliko povsem izjemno nadvse vrlo prilicno ocito veoma jako vidljivo".split()
)
_HEADLINE_TITLES = frozenset("dr prof mag doc akad mr mrs ms sir dame".split())
_EN_PREDICATE_OPENERS = frozenset(
    "could would was were is are has have had will can may might should must remains remained".split()
)
# the perfective present that tells a story ('»...,« pove'), and what opens the clauses where it is no cue
_SL_NARRATIVE_PRESENT = frozenset(
    "pove doda odgovori pojasni poudari zatrdi opozori prizna rece razlozi pripomni potozi".split()
)
_SL_SUBORDINATING = frozenset("da ki ce naj ko ker kadar dokler kar kdor preden".split())
_EN_PRESENT_ADVERBS = frozenset("now still also already often only never always usually rarely".split())
_IRISH_PARTICLES = frozenset("Ó Ní Nic Mac Mag Uí Ua".split())
_LAWS = frozenset("bill act treaty directive accord convention charter amendment".split())
_EN_ASIDE_SUBJECTS = frozenset("he she they i we".split())
_EN_ASIDE_TAILS = frozenset("it on in at last this yesterday today earlier recently later once".split())
_EN_NAMED_AS = frozenset("only known such herself himself themselves itself named described identified".split())
_EN_CIRCUMSTANCE_OPENERS = frozenset("as amid".split())
_SUBORDINATORS = frozenset("nakon potem ko kada kad ker jer cim dokler after when since before because while".split())
_CONDITIONALS = frozenset("ce ako ukoliko if ko kada kadar dokler".split())
_FUTURE_AUXILIARIES = frozenset("bo bodo bosta bom bomo bova bos boste ce cu cemo cete".split())
_INTERVIEW_PRONOUNS = frozenset("njim njo njima njom njime him her them".split())
_FIRST_PERSON = frozenset("sem smo sva bom bomo bova sam smo cu cemo i we".split())
_CREDITS = frozenset("reporting writing editing compiled compiling photography graphics".split())
_BYLINE_WORDS = frozenset(
    "razgovarala razgovarao razgovarali pogovarjala pogovarjal interview intervju pise pisala pisao avtor "
    "avtorica autor autorica author by besedilo tekst foto pripravil pripravila".split()
)
_PREMIER_WORDS = frozenset(
    "premier premierka premierja premierko premierke premijer premijerka premijera premijerku premijerke".split()
)


def _en_verb_form(norm: str) -> bool:
    """An English word that can be a clause's verb: a finite auxiliary, an irregular past, or a form in '-ed'."""
    return norm in _EN_FINITE or norm in _EN_IRREGULAR_PAST or norm.endswith("ed")


def _role_noun(base: str) -> bool:
    """A role, or a woman's form of one ('podžupanka' of 'podžupan')."""
    return base in lx.ROLES or base in lx.ROLES_FEMININE or (base.endswith("ka") and base[:-2] in lx.ROLES)


def _short_adjective(norm: str) -> bool:
    """The short form of an adjective of how someone is ('odločen', 'kritična', 'prepričan'), not a participle of
    saying ('dejal') nor a word of many uses."""
    return (
        len(norm) > 4
        and norm.endswith(("en", "na", "an"))
        and norm not in lx.PARTICIPLES.get("sl", {})
        and norm not in lx.PARTICIPLES.get("hbs", {})
        and norm not in SKIPPABLE
    ) or norm in _MANNER_BEFORE_COLON


def _short_adjective_gender(norm: str) -> str:
    """'f' for 'kritična'; a masculine form tells nothing more than a name of no known gender would ('je jezen'
    after 'Aldo Pečar pravi'), so '?'."""
    return "f" if norm.endswith("a") else "?"


def _manner_adjective(norm: str) -> bool:
    """A word that can say how someone sounded ('oster', 'jasna', 'kratak'); after a quotation and 'je bil' the
    place is the adjective's, so it is enough that the word is no preposition or filler."""
    return len(norm) > 2 and norm not in PREPOSITIONS and norm not in SKIPPABLE


_DEMANDING = {  # verbs whose object, a noun, is what was demanded or announced (past: the present describes)
    # ('Sindikat zahteva dvig plač': a demand standing; 'obljublja dodatne termine', 'napoveduje hitrejšo igro')
    "sl": ("zahteval", "napovedal", "predlagal", "zahteva", "obljub", "napoveduj"),
    "hbs": ("zatrazi", "zahtijeval", "zahteval", "najavi", "predlozi", "obeca", "najavljuj"),
    "en": ("demanded", "announced", "proposed"),
}
_ASKING = ("vprasa", "pitao", "pitala", "pitali", "upita", "asked", "asks")
_QUESTION_WORDS = frozenset("ali ce whether if hoce hoces hocemo hocete je jesu moze mogu".split())
_DATIVE_ADDRESSEES = frozenset(
    "novinarjem novinarkam novinarima novinarkama poslancem poslankam poslanicima zastupnicima".split()
)  # dative plurals: the people a statement was made to
_BOTH = frozenset("both oboje obojica oba obe obje obadva obadve".split())
_RELATIVE_SUBJECTS = frozenset("who ki koji koja kateri katera".split())
_WHERE_RELATIVES = frozenset("kjer gdje gde where".split())
_ASKED_PARTICIPLES = frozenset("upitan upitana upitani upitane".split())
_HBS_QUESTION_WORDS = frozenset("zasto kako koliko sta sto kada kad gdje gde cemu kakav kakva kakvo kakve".split())
_WH_WORDS = {
    "sl": frozenset("zakaj kako koliko kaj kdaj kje kdo kaksen kaksna kaksno".split()),
    "hbs": _HBS_QUESTION_WORDS | {"ko", "tko"},
    "en": frozenset("why how when where what who which".split()),
}
_CHARGE_STEMS = ("optuznic", "obtoznic")
_PROSECUTION_STEMS = ("tuzilast", "tuziteljst", "tozilst", "drzavno tozilst")
_CHARGES = frozenset("optuznici obtoznici".split())  # whose indictment, when not said, is no one's just named
_MODALS_BEFORE_DA = frozenset(
    "mogli mogao mogla moglo mogle moze mogu mozemo treba trebalo trebala trebao trebale trebali mora moraju "
    "morao morala morali zeli zele zelio zeleo zeljela zelela zeljeli zeleli pocne pocnu poceli pokusati".split()
)
_DEMONSTRATIVES = frozenset("tog toga te tega tej teh tih ovog ovoga ove ovega this that".split())
_FROM = frozenset(("iz", "z", "s", "from", "sa", "od"))
_AREA_STEMS = ("okolic", "okolin", "bliz", "predmest", "predgrad", "obmocj", "podrocj", "podrucj", "sredisc", "centra")
_CLAUSE_PUNCTUATION = frozenset({",", ";", ":"})
_CLAUSE_STOPS = _CLAUSE_PUNCTUATION | QUOTE_MARKS
_CLAUSE_JOINERS = frozenset("in i and te ter".split())
_CONTRASTS = frozenset("but ali a pa vendar toda".split())
_JOINERS_AND_CONTRASTS = _CLAUSE_JOINERS | _CONTRASTS
_POSSESSIVES = {
    **dict.fromkeys(
        "njegov njegovih njegovem njegovi njegovim njegove njegova njegovoj njegovo njegovega his him".split(), "m"
    ),
    **dict.fromkeys(
        "njen njezin njenih njenem njeni njenim njene njena njezinim njezinih njezine njenoj njeno njenega "
        "njezino her".split(),
        "f",
    ),
    **dict.fromkeys("njihov njihovih njihovem njihovi njihovim njihove njihova their them".split(), "p"),
}
_RELATIVES = frozenset(
    "ki katere kateri katerega katerih katerim ker ko koji koja koje kojeg kojem kojoj cije ciji cija "
    "kojih kojima kojim kojega kojemu kojom koju katero katera katerem kateremu katerimi cigar cigava cigavo cigavi "
    "who whose which that".split()
)
_PHRASES_BY_FIRST_WORD: dict[str, dict[str, list[lx.Phrase]]] = {
    family: {
        # the longest first; of equal length, the exact words before a wildcard ('prema nezvanicnim
        # informacijama' is hearsay, 'prema * informacijama' waits for its source)
        first: sorted((p for p in phrases if p.words[0] == first), key=lambda p: (-len(p.words), p.words.count("*")))
        for first in {p.words[0] for p in phrases}
    }
    for family, phrases in lx.PHRASES.items()
}
# Words that can start a cue or a speaker: every other word is passed over at the cost of one set lookup.
_AGENCY_CARRIES = {"prenosi": "s", "prenose": "p"}
_OUTLET_NOUNS = frozenset("agencija agencije portal list dnevnik televizija agency".split())
# what someone does not hide, they say: 'ne skriva, da', 'ne krije da'
_NOT_HIDING = frozenset("skriva skrivajo krije kriju".split())
_CUE_WORDS = {
    family: frozenset(lx.PARTICIPLES.get(family, {}))
    | frozenset(lx.PRESENT.get(family, {}))
    | lx.NOUN_CUES[family]
    | frozenset(_PHRASES_BY_FIRST_WORD[family])
    | lx.PASSIVES[family]
    | lx.GERUNDS[family]
    | (lx.EN_VERBS if family == "en" else frozenset())
    | frozenset(_SHOWING[family])
    | (frozenset(_COPULAS) | {"je"} if family != "en" else frozenset())
    | (frozenset(_AGENCY_CARRIES) if family == "hbs" else frozenset())
    | (
        frozenset("found finds read reads repeated repeats put puts point points pointed goes went".split())
        | _EN_QUOTE_VERBS
        if family == "en"
        else frozenset(_NOT_HIDING)
    )
    for family in ("sl", "hbs", "en")
}
# Words that make a phrase a clause rather than a name or a description: verbs of saying and auxiliaries.
_VERB_WORDS = {
    family: frozenset(lx.PARTICIPLES.get(family, {}))
    | frozenset(lx.PRESENT.get(family, {}))
    | frozenset(lx.AUXILIARIES[family])
    | lx.EN_VERBS
    for family in ("sl", "hbs", "en")
}
_SPEAKER_WORDS = {
    family: frozenset(lx.PRONOUNS[family])
    | lx.ANONYMOUS[family]
    | lx.ROLES
    | lx.GROUPS
    | lx.ORGANIZATION_NOUNS
    | (_EN_UNNAMED | {"one", "another"} if family == "en" else frozenset())  # ('"...," one of them said')
    for family in ("sl", "hbs", "en")
}
_DESCRIBING = lx.ROLES | lx.GROUPS | lx.ORGANIZATION_NOUNS
PREPOSITIONS_EN = frozenset(("to about in on at for with by from of as").split())
_EN_SAY = frozenset(
    "said says say added warned claimed insisted argued believes thinks reckons reckoned stated noted show shows "
    "showed suggest "
    "suggests argue argues warn warns claim claims insist insists adds acknowledged conceded estimated estimates "
    "predicted predicts admitted admits signalled signaled signals hinted hints".split()
)
_EN_BEING = frozenset(("as", "was", "is", "became", "becomes", "been"))  # 'retired as a nurse', 'was a porter'
_EN_PASSIVE_SKIPPED = frozenset(
    "warned told advised informed reminded announced confirmed revealed accused blamed criticised criticized "
    "condemned praised urged called asked ordered instructed encouraged".split()
)
# what came next, between a conjunction and its second predicate: ', a kasnije je napisao', ', nato pa dodal'
_AFTERWARDS = frozenset("kasnije kasneje pozneje potom zatim nato nakon later afterwards".split())
# bodies of members, which 'the company' does not take up
_MEMBERS_BODIES = frozenset("association union federation committee alliance coalition".split())
# the last words of bodies' names ('Cricket Board', 'Safety Executive')
_EN_BODY_ENDINGS = lx.ORGANIZATION_NOUNS | {"executive", "board", "inspectorate", "tribunal"}
# 'Lyon-born', 'London-based': a place made into an adjective, not a name
_EN_PLACE_PARTICIPLES = tuple(f" {w}" for w in "born based raised bred educated owned listed headquartered".split())
# days and months that are not also first names ('May', 'June', 'April', 'August' can be)
_EN_CALENDAR = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday january february march july september october "
    "november december".split()
)
_EN_TIME_WORDS = frozenset("yesterday today tonight earlier later late".split())
# English reporting verbs whose form is a noun too: 'the minister's claim', 'a previous forecast'
_DISPUTING = frozenset(
    "rejected rejects denied denies dismissed dismisses disputed disputes refuted refutes repeated".split()
)
# words that open what only qualifies a figure said before ('..., according to X, roughly a fifth less than ...')
_EN_QUALIFIERS = frozenset("roughly about around nearly almost up down more less compared well just some".split())
_EN_REACHED = frozenset("reached contacted asked pressed approached interviewed questioned".split())
_EN_BEFORE_PLURAL_NOUNS = frozenset(
    "of in on for with by from between after before during among amid despite about".split()
)
_EN_NOUN_LIKE = lx.NOUN_CUES["en"] | frozenset(
    "forecast forecasts estimate estimates report reports states notes calls answers comments".split()
)
# verbs of appealing: their object is whom the appeal is to ('pozivajo voznike, naj ...')
_APPEAL_STEMS = ("poziv", "pozv", "prosi", "prose", "prosij", "apelir", "pozva", "moli", "mole", "zamoli")
# endings of a participle or adjective in the genitive that goes on describing a noun ('upoznatog', 'bliskih')
_GENITIVE_MODIFIER_ENDINGS = ("atog", "enog", "anog", "skog", "nog", "kog", "ega", "ih")
# verbs of issuing a document: its issuer speaks through it later ('podiglo je optužnicu', 'published a report')
_ISSUING_STEMS = (
    "podig",
    "podnio",
    "podnel",
    "podni",
    "objav",
    "izda",
    "izdal",
    "vlozil",
    "vložil",
    "posla",
    "pripravil",
    "pripremi",
    "sastavi",
    "filed",
    "issued",
    "published",
    "released",
    "prepared",
    "sent",
    "wrote",
)
_ASKED_WORDS = frozenset("vprasanje vprasanja novinarjev novinarja pitanje pitanja novinara asked question".split())
# who relays another's statement: 'po poročanju portala', 'poroča agencija ANP', 'kako prenosi Tanjug'
# English verbs that stand before their subject after fronted content: '..., said the minister'
_EN_INVERTING = frozenset(
    "said says added adds wrote writes noted notes explained continued insisted warned argued asked replied "
    "recalled conceded admitted acknowledged agreed concluded declared stressed observed cautioned countered "
    "claimed suggested predicted remarked confirmed announced reported".split()
)
_EN_UNNAMED_DESCRIBERS = frozenset("familiar close briefed involved with who knowledgeable aware".split())
_EN_TOPIC_VERBS = frozenset("writes write talks talk speaks".split())
_ROLE_ADJECTIVES = frozenset(
    "novi nova novo bivsi bivsa stari stara mladi mlada dosadasnji dosadasnja sadasnji sadasnja aktualni aktualna "
    "nekdanji nekdanja dosedanji dosedanja novoizvoljeni novoizvoljena novoizabrani novoizabrana".split()
)
_NATIONS_EN = frozenset(
    "greek dutch czech swiss thai iraqi israeli pakistani saudi somali yemeni kuwaiti qatari nepali bangladeshi afghan "
    "kenyan ugandan korean mexican german american african cuban chilean moroccan venezuelan european".split()
)
_DEPUTY_WORDS = frozenset("deputy vice acting former interim".split())
_SENT_TO = (
    "dostavljen",
    "upucen",
    "poslan",
    "poslat",
    "prosledjen",
    "proslijedjen",
    "posredovan",
    "namenjen",
    "namijenjen",
)
_CITING = frozenset("pozivajuci pozivajoc pozivajoci citing".split())
_MEANWHILE = frozenset("obenem hkrati istovremeno istodobno ujedno tem".split())
_NAME_JOINERS = frozenset("za i in of and for the na u v".split())
_CLOSE_TO = frozenset("bliski blizu blizak bliska blisko bliskih bliskim".split())
_EVENT_NOUNS = frozenset(
    "konferenciji konferenci sjednici sednici seji sastanku sestanku presici medije novinare novinarje javnost "
    "brifingu tiskovki skupu".split()
)
_EN_NOT_PREDICATE = frozenset(
    "and but or as before after while when then because if in on at to for from with by".split()
)
_JOURNALISTS = frozenset(("novinarji", "novinari", "journalists", "Novinarji", "Novinari", "Journalists"))
_DATIVE_CLITICS = frozenset("nam mi mu ji jim vam nama vama im joj ti".split())
_OUR = frozenset("nas nase nasem nasi nasa naso nasega nasemu nasoj nasu nasim our".split())
_INFORMATION_STEMS = ("informacij", "saznanj", "information")
_LEARNS = frozenset("saznaje doznaje saznaju doznaju saznajemo doznajemo izvedel izvedela izvedeli".split())
_RELAY_NOUNS = frozenset("porocanju pisanju izvestaju izvjestaju izvjescu izvescu".split())
_RELAY_VERBS = frozenset("poroca porocajo pise pisejo javlja javljaju prenosi prenose reports reported".split())
_PUBLIC_BODIES = frozenset(
    "commission ministry department council agency government parliament court police authority regulator "
    "administration office bureau service board watchdog prosecutor prosecutors tribunal inspectorate "
    "komisija ministrstvo vlada agencija sodisce policija ministarstvo vlada sud komisija".split()
)
_SOME_OF_THEM = frozenset("nekateri nekatere drugi druge pojedini neki jedni mnogi mnoge stevilni".split())
_ONE_OF_GENDER = {"eden": "m", "ena": "f", "jedan": "m", "jedna": "f", "jedno": "?", "one": "?"}
_EN_ROLE_MODIFIERS = frozenset("lead chief senior deputy top head assistant principal former".split())
_EN_QUANTIFIERS = frozenset("two three four five six seven eight nine ten several many some all both other".split())
# (not numbers: 'Two croissants, he says, ...' are things counted)
_EN_SOME = frozenset("some many several most few other both".split())  # 'Some learners complain'
# 'obrazlažući', 'govoreći', 'odgovarjajoč': how something was said, in an aside of its own
_ADVERBIAL_PARTICIPLE_ENDINGS = ("uci", "eci", "ajoc", "ijoc")
# who made a document ('compiled by Bloomberg', 'posted on the FDA's website'), not who has seen it ('reviewed by')
_AUTHORING_PARTICIPLES = frozenset(
    "compiled published released issued prepared posted produced conducted commissioned written filed sent signed "
    "circulated submitted".split()
)
# 'pričakuje, da ...', 'očekuje da ...': an expectation reported like speech, when a clause says what
_EXPECTING = ("ocekuj", "ocekiva", "pricakuj", "pricakova")
# verbs a gerund completes: 'will stop admitting patients', 'started warning': no one's statement by itself
_ASPECT_VERBS = frozenset(
    "stop stops stopped start starts started keep keeps kept begin began begun continue continues continued "
    "avoid avoids avoided".split()
)
# genitive plurals of nouns for people: 'knjigarnarjev', 'domačinov', 'ribara', 'mještana'
_GENITIVE_PLURALS = {"sl": ("jev", "ov", "cev"), "hbs": ("ana", "ara", "aca", "ika", "ata", "ela")}
# 'Opšta bolnica Kraljevo', 'Opća bolnica Zadar': general, before a body's noun, in any case
_GENERAL = frozenset("opsta opste opstoj opstu opsti opca opce opcoj opcu opci".split())
# what a text says of itself: 'the message read', 'the statement reads', 'the post read'
_MOTIONS = frozenset("motion motions resolution amendment petition bill".split())
_WRITINGS = frozenset("message statement post letter note notice sign email tweet caption text banner".split())
_PROMISING = frozenset("pledged pledges promised promises vowed vows threatened threatens".split())
# works whose titles are quoted: 'knjige „Ustav kao obećanje“', 'the film "Cold Water"'
_TITLED_WORKS = frozenset(
    "knjiga knjige knjigo knjizi roman romana film filma filmu predstava predstave predstavo pesem pjesma pesma "
    "album albuma serija serije oddaja oddaje emisija emisije razstava izlozba book novel film documentary play "
    "album song series show exhibition".split()
)
_ACCUSED_NAMES = frozenset(
    "obtožen obtožena obtoženi obdolžen obdolžena obdolženi osumljen osumljena osumljeni okrivljen okrivljena "
    "okrivljeni optužen optužena optuženi".split()
)  # the speaker's name a role of the accused is given, as the lemmatizer gives it or as written
_TRIAL_STEMS = (
    "obtoz",
    "sojenj",
    "bremen",
    "obdolz",
    "osumlj",
    "optuz",
    "sudjenj",
    "sudenj",
    "okrivlj",
    "tereti",
    "kriv",
)
_COURT_ROLES = (
    "sodni",
    "sodnic",
    "tozil",
    "zagovorni",
    "odvetni",
    "pric",
    "izveden",
    "sudac",
    "sutkinj",
    "sudij",
    "tuzil",
    "tuzitelj",
    "branitelj",
    "branilac",
    "odvjetni",
    "advokat",
    "svjedok",
    "svedok",
    "vjestak",
    "vestak",
    "pooblascen",
    "predsedni",
    "predsjedni",
)
_WORKS_NAMED = frozenset(
    "knjiga knjigo roman film album pesem pjesma pesma predstava predstavo razstava izlozba book novel "
    "documentary song exhibition".split()
)
# words that open no bare subject: function words, and words of manner or time after a verb of saying
_NOT_BARE_SUBJECTS = frozenset(
    "the a an and or but to of in on at for with by from as that which who whom whose when where while if whether "
    "not also then now still only just even again already yesterday today tonight earlier later late last next "
    "this these those there here it he she they we i you his her its their our my your".split()
)
_EN_CONJUNCTIONS_OF_TIME = frozenset("after before since until because once".split())
_EN_DETERMINERS = frozenset("the a an its his her their our this that these those".split())
_EN_SUBJECT_PRONOUNS = frozenset("it he she they we i there".split())
_EN_IRREGULAR_PAST = frozenset(
    "rose fell grew won lost made took gave came went saw left paid sold cut put set became began kept held "
    "found brought bought spent met led ran stood broke chose drew drove knew thought sought fought built sent "
    "meant felt dealt hit shut spread struck".split()
)
_EN_FINITE = frozenset(
    "is was are were will would had has have could can should might must may did does do won't wouldn't "
    "hadn't wasn't isn't couldn't".split()
)
_ADDRESSEES = frozenset(
    "council board assembly senate congress shareholders investors analysts voters viewers listeners conference "
    "briefing rally meeting summit "
    "reporters journalists parliament lawmakers mps supporters him her them us me jury jurors court committee "
    "audience crowd hearing investigators police officers senators delegates staff employees workers residents "
    "students parents colleagues members councillors judges inquiry panel inquest tribunal magistrates "
    "trustees councilors commissioners legislators aldermen governors directors mourners fans followers guests "
    "agency clients customers patients passengers victims tenants buyers readers users neighbours neighbors friends "
    "relatives "
    "website site podcast newspaper paper channel programme program show magazine broadcaster station".split()
)
_NOT_CONTENT_OPENERS = frozenset(
    "speaking asked commenting referring responding answering addressing writing interviewed "
    "upitan upitana vprasan vprasana odgovarjajoc govoreci komentirajuci "
    "in on at during after before when while outside inside near from v u na po med ob pri nakon tijekom tokom kot "
    "kako as".split()
)


# an outlet's name declined: the dative or locative ('Politici', 'Beti', 'Tanjugu'), the accusative after 'za' ('Fenu')
_OUTLET_CASE_ENDINGS = (("ici", "ika"), ("i", "a"), ("u", ""), ("u", "a"), ("om", ""))
_OUTLET_ACCUSATIVE = (("u", "a"),)


def _outlet_declined(name: str, endings: tuple[tuple[str, str], ...] = _OUTLET_CASE_ENDINGS) -> str | None:
    """'Politici' → 'Politika', 'Beti' → 'Beta', 'Tanjugu' → 'Tanjug': an outlet's name in one of the cases whose
    `endings` are given (which the lemmatizer may not undo), in its base form; None for any other word."""
    norm = name.lower()
    if " " in name or norm in _OUTLETS:
        return None
    for ending, base in endings:
        stem = norm[: len(norm) - len(ending)] + base
        if norm.endswith(ending) and stem in _OUTLETS:
            return name[:1] + stem[1:]
    return None


_OUTLETS = frozenset(
    (
        "sta afp reuters ap bbc cnn n1 rtv hina tanjug beta rts hrt pop 24ur delo dnevnik vecer fena index "
        "jutarnji vecernji politika blic danas nova klix oslobodjenje dw tass ria bloomberg axios politico"
    ).split()
)
# words of a channel phrase between a verb and its subject: 'je v izjavi za javnost dejal', 'kazao je za naš
# portal direktor'
_CHANNEL_WORDS = frozenset(
    "omrezju mrezi mrezu omrezje druzbenem drustvenoj tiskovno agencijo francosko izjavi javnost novinarski "
    "konferenci intervjuju intervjuu oddaji emisiji spletni strani nas portal portalu medije medijima "
    "televiziju televiziji agenciju agenciji".split()
)
_LONGEST_CLAUSE = 100  # tokens: news sentences run to 60 words, rarely more
_ACCORDING_NOUNS = frozenset("recima rijecima navodima besedah navedbah izjavi izjavama".split())
# the names English papers take, which end as demonyms do ('The Guardian', 'The Ledger', 'The Examiner')
_EN_PAPER_NAMES = frozenset(
    "guardian observer examiner ledger courier register reporter leader herald tribune mirror gazette inquirer "
    "advertiser recorder monitor sentinel journal chronicle telegraph independent republican democrat "
    "economist spectator listener".split()
)
_PAPER_NOUNS = ("tednik", "list", "novic", "novin", "casopis", "glasnik", "vjesnik", "vesnik", "magazin", "portal")
_OUTLET_LEADS = frozenset(("za", "told", "telling", "to", "the"))
_TOLD = frozenset(("told", "tells", "tell", "telling"))
_SAID_OR_TOLD = _TOLD | {"said", "says", "asked", "asks", "added", "wrote", "writes", "warned", "promised"}
# lower-case words inside surnames: 'Ursula von der Leyen', 'Frank de Boer', 'Rafael van der Vaart'
_NAME_PARTICLES = frozenset("von van der den de di del della du ter ten bin ibn bint".split())
_TOLD_OR_ASKED = _TOLD | {"asked", "asks"}
# outlets of two or three words, given statements: 'je za Novi list izjavio', 'told the Financial Times'
_PLACE_NAMES = frozenset(lx.ORGANIZATION_NAMES.values())
_BROADCASTERS = frozenset(
    "tv radio radiu radija televizija televizijo televiziji televizije televizija televiziju".split()
)
_OUTLET_PHRASES = frozenset(
    (
        "novi list|vecernji list|jutarnji list|slobodna dalmacija|glas istre|glas slavonije|dnevni avaz|vecernje "
        "novosti|nezavisne novine|glas srpske|nova tv|rtl televizija|radio sarajevo|al jazeera|al jazeera balkans|"
        "radio slovenija|pop tv|kanal a|financial times|wall street journal|new york times|washington post|"
        "the guardian|sky news|fox news|associated press|radio free europe|slobodna evropa|slobodna europa"
    ).split("|")
)
_SLAVIC_ADJECTIVE_ENDINGS = (
    "ski", "ska", "sko", "ske", "skih", "skega", "skem", "skog", "skoj", "ni", "na", "ne", "no", "nih", "nega",
    "nem", "nog", "noj", "nji", "ji", "ja", "je", "jega", "ov", "ova", "ove", "ev", "eva", "eve", "ki", "ka",
    "kog", "koj", "kega", "kem", "kih", "eg", "jeg", "jem", "skom", "ckom", "nom",
    "ejša", "ejši", "ejše", "ajša", "ajši", "ejsa", "ejsi",
    "ejse", "ajsa", "ajsi", "cke", "jsih", "cjih",
)  # fmt: skip
_EN_ROLE_ADJECTIVES = frozenset(
    "former deputy senior foreign finance defence defense interior health prime vice acting top chief state local "
    "regional national federal european american russian ukrainian british french german chinese economy "
    "justice education labour labor trade energy environment transport".split()
)


@lru_cache(maxsize=1 << 16)  # names and nouns recur
def _declension_bases(norm: str) -> tuple[str, ...]:
    """Base forms a declined noun may have: 'uprave' → 'uprava', 'ministarstva' → 'ministarstvo'."""
    bases: list[str] = []
    for ending in ("ama", "ima", "om", "em", "ih", "ov", "ev", "u", "e", "i", "a", "o", "y"):
        if norm.endswith(ending) and len(norm) - len(ending) >= 3:
            stem = norm[: -len(ending)]
            bases += [stem, stem + "a", stem + "o", stem + "e"]
    return tuple(bases)


def _given_name(norm: str, name: Mention) -> bool:
    """Whether a name's first word is a first name: one that is only that, or ('Vera Kos') one that is an
    ordinary word too, before the rest of the name."""
    return norm in _FIRST_NAMES or (norm in _AMBIGUOUS_FIRST_NAMES and name.last > name.first)


def _names_a_noun(token: Token) -> bool:
    """Whether an English word stands before a noun: a determiner, a possessive ('the', 'his', "minister's") or
    an adjective of sequence ('a previous forecast of', 'the latest estimate')."""
    return (
        token.norm in _EN_DETERMINERS
        or token.norm in ("my", "your", "previous", "earlier", "initial", "latest", "revised", "new", "official")
        or token.norm in _EN_QUANTIFIERS  # 'the seven states that share the river'
        or token.text.isdigit()
        or token.text.endswith(("'s", "’s"))
    )


def _first_name_form(norm: str) -> bool:
    """A first name, or one declined: 'Alojza', 'Janezom', 'Jožeta', 'Ane'."""
    if norm in _FIRST_NAMES:
        return True
    for ending in ("eta", "etu", "etom", *_CASE_ENDINGS_LONGEST_FIRST):
        if norm.endswith(ending) and len(norm) - len(ending) >= 3:
            stem = norm[: -len(ending)]
            if stem in _FIRST_NAMES or stem + "a" in _FIRST_NAMES or stem + "e" in _FIRST_NAMES:
                return True
    return False


def _feminine_first_name(word: str, family: str) -> str:
    """A first name before an undeclined surname is a woman's: nominative in -a ('Ane' → 'Ana', 'Petrom' →
    'Petra', Slovenian 'Anjo' → 'Anja'; but in Croatian and Serbian a name in -o is a man's: 'Mato Kralj')."""
    if len(word) > 3 and word.endswith("om") and word[-3] not in "aeiou":
        return word[:-2] + "a"  # the instrumental of Croatian and Serbian
    if len(word) > 2 and word[-1] in ("eiu" if family == "hbs" else "eiou") and word[-2] not in "aeiou":
        return word[:-1] + "a"
    return word


@lru_cache(maxsize=1 << 16)  # names recur, and the loops below are long for a cache hit
def _declined_from(word: str, lemma: str) -> bool:
    """Whether `word` is `lemma` with a case ending: Witkoffa/Witkoff, Janše/Janša, Kremlja/Kremelj (a vowel
    that drops out), but not Dmitrijev/Dmitrij (a different word, not a case form)."""
    if word == lemma:
        return True
    for stem in (lemma, lemma[:-1]):
        if stem and word.startswith(stem) and word[len(stem) :] in _CASE_ENDINGS:
            return True
    if lemma.endswith("e") and word.startswith(lemma + "t") and word[len(lemma) + 1 :] in _CASE_ENDINGS:
        return True  # Jože → Jožet-a, Tone → Tonet-om
    for k in range(len(lemma) - 3, len(lemma) - 1):  # fleeting vowel: Kremelj → Kremlj-a
        if k > 0 and lemma[k] in "aeiou":
            stem = lemma[:k] + lemma[k + 1 :]
            if word.startswith(stem) and word[len(stem) :] in _CASE_ENDINGS:
                return True
    return False


def _role_only(mention: Mention) -> bool:
    """A person known by a role the text gave, no name ('ministrica', 'branilac optuženog'), in either script."""
    return (
        mention.kind == "person"
        and bool(mention.role)
        and _latin(mention.name).lower() == _latin(mention.role or "").lower()
    )


@lru_cache(maxsize=1 << 16)  # asked of the same words again and again, and a tuple of endings is long
def _adjective(norm: str, family: str) -> bool:
    """An adjective that can stand before a role noun: 'ameriški odposlanec', 'former minister'."""
    if family == "en":
        return norm in _EN_ROLE_ADJECTIVES
    if norm in lx.PARTICIPLES.get(family, {}) or norm in lx.PRESENT.get(family, {}) or norm in _EVENT_NOUNS:
        return False  # (nor 'konferenciji', 'sjednici': nouns of where it was said, whatever their ending)
    return len(norm) > 3 and norm.endswith(_SLAVIC_ADJECTIVE_ENDINGS)


def _looks_like_verb(norm: str, family: str) -> bool:
    if family == "en":
        return norm.endswith("ed") or norm in ("is", "are", "was", "were", "has", "have", "agreed")
    return (
        norm.endswith(("al", "ala", "ali", "ila", "il", "ilo", "ela", "el", "ao", "io", "la", "lo", "li"))
        and len(norm) > 4
    )


def _role_head(role: str) -> str:
    words = _norm_words(role)
    return next((w for w in reversed(words) if w in lx.ROLES), words[-1] if words else "")


@cache
def _norm_words(text: str) -> tuple[str, ...]:
    from ..names import name_key

    return tuple(name_key(text).split())


def _latin(text: str) -> str:
    return text if text.isascii() else _latin_non_ascii(text)


@lru_cache(maxsize=1 << 16)  # names and their words recur through a text, and normalizing them is not cheap
def _latin_non_ascii(text: str) -> str:
    text = visible(text)
    if not _CYRILLIC.search(text):
        return text
    from .language import to_latin

    return to_latin(text)


def extract_statements(
    text: str, *, language: str, body_start: int = 0, reference: date | None = None
) -> list[Statement]:
    return _Document(text, body_start, language, reference).run()


def _paragraph_label(paragraph: list[Sentence], tokens: list[Token]) -> str | None:
    """'Q' of 'Q: ...', 'BIRN' of 'BIRN: ...': the label a paragraph opens with, if any."""
    first = paragraph[0].first
    return tokens[first].norm if first + 1 < len(tokens) and tokens[first + 1].text == ":" else None


def _is_question(paragraph: list[Sentence], tokens: list[Token], asker: set[str], prompts: set[int]) -> bool:
    """An interviewer's paragraph: a short question, one with the label that marked a question before (`asker`,
    which it adds its own label to), or a prompt put without a question mark (`prompts`, by id)."""
    if id(paragraph) in prompts or _paragraph_label(paragraph, tokens) in asker:
        return True
    last = paragraph[-1]
    question = (
        tokens[last.last].text == "?"
        and tokens[paragraph[0].first].text not in DASHES
        and not last.quotes
        and last.last - last.first < 60
    ) or (
        # 'Zakaj ne bi raje uvedli več avtobusov? To bi bilo cenejše.': the question, then what it rests on
        len(paragraph) == 2
        and tokens[paragraph[0].last].text == "?"
        and tokens[paragraph[0].first].text not in DASHES
        and sum(1 for t in tokens[paragraph[0].first : paragraph[0].last + 1] if t.is_word) >= 4
        and not any(s.quotes for s in paragraph)
        and paragraph[1].last - paragraph[0].first < 50
    )
    if question and (mark := _paragraph_label(paragraph, tokens)) is not None:
        asker.add(mark)
    return question
