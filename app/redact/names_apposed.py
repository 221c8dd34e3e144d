"""People named by the words beside the name rather than before it.

``names_late`` reads a name after its cue ("my brother Kev", "Nurse T."). Writers also
put the cue after the name, or use a title the other finders do not know:

- a bracket that says who the person is: "Tom (the nurse) says", "Mo (my husband)
  drove", "Biscuit (our dog)";
- a name opening a sentence with "my" or "our" and a person word after it: "Kev my
  brother drove me", "Jas my partner had to google it";
- "Sr" for a ward sister, before a name: "Asked Sr. Mini", "Sr Mini is lovely" ("John
  Smith Sr." is a suffix: the name stands before it);
- a comma, then who the person is: "Sbu, the rheumatologist at Joburg Gen, changed my
  dose", "Ruth, my sponsor, rang";
- a session with someone: "Physio with Ruan every day", "Call with Aroha at 3";
- what is theirs: "Losaline's bloods", "Tomasi's meds" (``names_owning``).

Each cue is looked up in the shared token table, never tried at every word; a span is
added only where none lies, so medicine, places and longer names found earlier decide.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from app.redact import names_owning
from app.redact.lexicon import (
    COUNTRY,
    DICT_WORD,
    DRUG,
    DRUG_OR_NAME,
    FIRST,
    LAST,
    MEDICAL,
    REGION,
    Lexicon,
)
from app.redact.makers_products import MAKER_TOKENS
from app.redact.names_cues import KIN, TEXTSPEAK
from app.redact.names_late import _ROLES, PETS, _could_be, _name, add_where_free
from app.redact.normalise import fold_term
from app.redact.spans import Span
from app.redact.windows_tokens import _tokens

# Kinds of dog and cat a bracket may call a pet: "Biscuit (retired greyhound)".
_BREEDS = frozenset(
    """greyhound lurcher whippet labrador lab spaniel cockapoo cavapoo collie terrier
    staffy poodle beagle pug dachshund sausage retriever husky kelpie moggy tabby""".split()
)
# A word of a person or a pet: who a bracket or "my ..." says the name is.
_PERSON = KIN | PETS | _ROLES | _BREEDS
# The name before the bracket, and up to three words in it before a close or a comma.
_BEFORE_BRACKET = re.compile(r"(?<![\w'’-])([A-Z][^\W\d_'’]*(?:-[^\W\d_]+)*)\s+$")
_IN_BRACKET = re.compile(r"\(\s*([^\W\d_'’]+)(?:\s+([\w'’-]+))?(?:\s+([\w'’-]+))?\s*[),]")
# "Kev my brother": the name at a sentence's opening, then "my"/"our" and the person word.
_OPENING_NAME = re.compile(
    r"(?:^|(?<=[.!?]\s)|(?<=\n)|(?<=[.!?]\s\s))([A-Z][^\W\d_'’]*(?:-[^\W\d_]+)*)\s+$"
)
# "Sr Mini", "Sr. Mini": the ward sister's title and the name after it.
_AFTER_SR = re.compile(r"Sr\.?\s+([A-Z][^\W\d_'’]*(?:-[^\W\d_]+)*)(?=[\s,.;:!?)]|['’]s\b|$)")
_WORD_BEFORE = re.compile(r"([A-Z][^\W\d_'’]*)\s+$")
# "Sbu, the rheumatologist": the name, a comma, and who it is.
_NAME_COMMA = re.compile(r"(?<![\w'’-])([A-Z][^\W\d_'’]*(?:-[^\W\d_]+)*),\s+$")
_WHO_AFTER = frozenset(["the", "my", "our", "his", "her", "their"])
# People who help, beside the kin, carers and roles the other cues know.
_HELPERS = frozenset("sponsor registrar mentor caseworker advocate keyworker".split())
# Who a comma's aside may say the name is ("Ruth, my sponsor"), made once.
_PERSON_OR_HELPER = _PERSON | _HELPERS
_PERSON_OR_DOC = _PERSON | {"doc", "docs"}
# Meetings had with a person: "Physio with Ruan", "session with Aroha".
_SESSIONS = frozenset(
    """physio physiotherapy session sessions appointment appt appts call calls chat
    meeting consult consultation review therapy counselling counseling check-in catch-up
    facetime zoom""".split()
)
_WITH_NAME = re.compile(r"\s+with\s+([A-Z][^\W\d_'’]*(?:-[^\W\d_]+)*)(?![\w'’-])(?!\s+[A-Z])")
# The run of non-spaces after "my"/"our", read in place (no copy of the rest of the text
# at every "my").
_NEXT_WORD = re.compile(r"\s*(\S+)")


def add(spans: list[Span], text: str, lex: Lexicon) -> list[Span]:
    """``spans`` plus a NAME at each cue after a name where no span lies yet."""
    return add_where_free(spans, _find(text, lex))


def _find(text: str, lex: Lexicon) -> Iterator[Span]:
    if "(" in text:
        yield from _bracketed(text, lex)
    at = _tokens(text).at
    for owner in ("my", "our", "his", "her", "their"):
        for pos in at.get(owner, ()):
            yield from _name_then_owner(text, pos, owner, lex)
    for pos in at.get("sr", ()):
        yield from _sister(text, pos, lex)
    if "," in text:
        for owner in _WHO_AFTER.intersection(at):
            for pos in at[owner]:
                yield from _name_comma_who(text, pos, owner, lex)
    for session in _SESSIONS.intersection(at):
        for pos in at[session]:
            yield from _session_with(text, pos, session, lex)
    yield from names_owning.find(text, lex)  # "Losaline's bloods", "Tomasi's meds"
    if _DOSE_UNITS.search(text):
        yield from _dosed_for(text, lex)  # "guanfacine Mason 1mg": a carer's list


def _dosed_for(text: str, lex: Lexicon) -> Iterator[Span]:
    """ "guanfacine Oliver 1mg", "melatonin Oliver 3mg Jude 1mg", "Ritalin für Jonas 10mg",
    "melatonin (Oliver 3mg)": a listed given name between a drug (or the last child's dose)
    and a dose is whose dose it is. Not a brand or a maker a name list also holds
    ("drospirenone Yasmin 3mg", "zopiclone Winthrop 7.5mg", "ramipril Bristol 2.5mg"), a
    word ("Mason", "Press"), nor a product's second name ("Evorel Conti 50")."""
    for m in _DOSED.finditer(text):
        if m.group("drug") is not None and not lex.flag(fold_term(m.group("drug"))) & (
            DRUG | MEDICAL
        ):
            continue
        who = lex.flag(fold_term(m.group("who")))
        key = m.group("who").lower()
        if (
            who & FIRST
            and not who & (DRUG | MEDICAL | DRUG_OR_NAME | DICT_WORD)
            and key not in _PRODUCT_WORDS
            and key not in MAKER_TOKENS
            and key not in _GENERIC_MAKERS
        ):
            yield _name(m.start("who"), m.end("who"), text)


# A product's own second word, some of them given names too ("Solpadeine Max 500mg",
# "Nurofen Express 200mg", "Kalms Night").
_PRODUCT_WORDS = frozenset(
    """max plus forte extra express rapid duo junior retard comp neo mini lite ultra
    advance gold pro flex night day original""".split()
)
# Makers of generics whose names name lists hold too ("levothyroxine Almus 50mcg",
# "zopiclone Winthrop 7.5mg", "ramipril Bristol 2.5mg"), beside ``MAKER_TOKENS``.
_GENERIC_MAKERS = frozenset(
    """almus winthrop bristol zentiva milpharm crescent ranbaxy wockhardt consilient
    glenmark torrent strides genus morningside tillomed martindale aspire relonchem
    noumed medreich flynn alliance rosemont colorama kent brown burk sun dexcel ennogen
    aristo heumann hexal ratiopharm stada henning jenapharm aliud abz""".split()
)
_DOSE = r"\d+(?:[.,]\d+)?[ \t]?(?:mg|mcg|µg|ml|units?|iu)\b"
_DOSE_UNITS = re.compile(_DOSE, re.IGNORECASE)
# A drug or a dose, then "", ",", "(", "for" or "für", the name, and a dose after it.
_DOSED = re.compile(
    rf"(?<![\w-])(?:(?P<drug>[A-Za-z][\w-]+)|(?P<dose>{_DOSE}))"
    r"(?:[ \t]|,[ \t]|[ \t]\(|[ \t](?:for|für)[ \t])(?P<who>[A-Z][a-z]+)[ \t]"
    rf"(?={_DOSE})",
    re.IGNORECASE,
)


def _bracketed(text: str, lex: Lexicon) -> Iterator[Span]:
    """ "Tom (the nurse) says": a bracket right after a capitalised word (no country or
    state) that says who it is; and the other way round, "Doc (Patel, the young one)",
    "the nurse (Bev) said": a person word, and a bracket opening with the name."""
    pos = text.find("(")
    while pos > 0:
        m = _BEFORE_BRACKET.search(text, max(0, pos - 40), pos)
        inside = _IN_BRACKET.match(text, pos)
        if m is not None and inside is not None and _says_who(inside):
            word = m.group(1)
            if not _country_or_state(word, lex) and _could_be(word, lex, titled=True):
                yield _name(m.start(1), m.end(1), text)
        who = _PERSON_BEFORE_BRACKET.search(text, max(0, pos - 20), pos)
        named = _NAME_IN_BRACKET.match(text, pos)
        if who is not None and who.group(1).lower() in _PERSON_OR_DOC and named is not None:
            word = named.group(1)
            if not _country_or_state(word, lex) and _could_be(word, lex, titled=True):
                yield _name(named.start(1), named.end(1), text)
        pos = text.find("(", pos + 1)


# "Doc (Patel, ...)", "the nurse (Bev)": a person word right before the bracket, and a
# capitalised word opening it, closed or followed by a comma.
_PERSON_BEFORE_BRACKET = re.compile(r"(?<![\w'’-])([A-Za-z]+)\s*$")
_NAME_IN_BRACKET = re.compile(r"\(\s*([A-Z][^\W\d_'’]+(?:-[A-Z][^\W\d_]+)?)\s*[),]")


def _country_or_state(word: str, lex: Lexicon) -> bool:
    """ "Florida", "Wales": a country or a state; "Mo" is a name, "MO" a state's code."""
    flags = lex.flag(word.lower())
    return bool(flags & COUNTRY or flags & REGION and (len(word) > 3 or word.isupper()))


def _says_who(inside: re.Match[str]) -> bool:
    """The bracket's last word before its close or comma is a person or a pet: "(the
    nurse)", "(retired greyhound)", "(the surgeon's fellow, ...)"; never "(my mum's
    place)" or "(the nurse said)", whose last word is not one."""
    words = [w for w in inside.groups() if w]
    return words[-1].lower() in _PERSON


def _name_then_owner(text: str, pos: int, owner: str, lex: Lexicon) -> Iterator[Span]:
    """ "Kev my brother drove me", "Rose his great grandma is making him a quilt": a listed
    or unknown word opening the sentence, then "my", "our", "his", "her" or "their" and a
    person word."""
    if text[pos : pos + len(owner)] != owner:
        return  # "My brother" opens its own sentence
    after = _NEXT_WORD.match(text, pos + len(owner))
    if after is not None and after.group(1).lower() == "great":  # "Rose his great grandma"
        after = _NEXT_WORD.match(text, after.end())
    if after is None or after.group(1).lower().rstrip(",.;:!?") not in _PERSON:
        return
    m = _OPENING_NAME.search(text, max(0, pos - 30), pos)
    if m is None:
        return
    word = m.group(1)
    if word.lower() in TEXTSPEAK:
        return  # "Ngl his dad was useless": chat's letters, no one's name
    if _could_be(word, lex, speaker=True):
        yield _name(m.start(1), m.end(1), text)


def _sister(text: str, pos: int, lex: Lexicon) -> Iterator[Span]:
    m = _AFTER_SR.match(text, pos)
    if m is None:
        return
    before = _WORD_BEFORE.search(text, max(0, pos - 30), pos)
    if before is not None and lex.flag(before.group(1).lower()) & (FIRST | LAST):
        return  # "John Smith Sr. Mary": a suffix after a name
    if _could_be(m.group(1), lex, titled=True):
        yield _name(m.start(1), m.end(1), text)


def _name_comma_who(text: str, pos: int, owner: str, lex: Lexicon) -> Iterator[Span]:
    """ "Sbu, the rheumatologist at...": a capitalised word, a comma, then "the"/"my"...
    and a person word."""
    after = _NEXT_WORD.match(text, pos + len(owner))
    if after is None or after.group(1).lower().rstrip(",.;:!?") not in _PERSON_OR_HELPER:
        return
    m = _NAME_COMMA.search(text, max(0, pos - 40), pos)
    if m is None:
        return
    word = m.group(1)
    if _everyday(word, lex):
        return  # "Yesterday, the nurse", "Anyway, my mum": a sentence's opening word
    if not _country_or_state(word, lex) and _could_be(word, lex, titled=True):
        yield _name(m.start(1), m.end(1), text)


def _everyday(word: str, lex: Lexicon) -> bool:
    """An ordinary word no name list holds ("Yesterday", "Anyway", "Honestly")."""
    key = word.lower()
    return lex.zipf_of(key) >= 3.5 and not lex.flag(key) & FIRST


def _session_with(text: str, pos: int, session: str, lex: Lexicon) -> Iterator[Span]:
    """ "Physio with Ruan every day": a meeting, "with", and one capitalised word."""
    m = _WITH_NAME.match(text, pos + len(session))
    if m is None:
        return
    word = m.group(1)
    if _everyday(word, lex):
        return  # "therapy with Purpose", "session with Intent"
    if not _country_or_state(word, lex) and _could_be(word, lex, titled=True):
        yield _name(m.start(1), m.end(1), text)
