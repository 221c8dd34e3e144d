"""People's names written in lower case, found by the relative before them.

"my brother gaz", "my aunt nandi is 60", "auntie bee rang": writers who use no capitals
still name people after the word for who they are. The word after a relative is a
possible name when it is a listed given name or surname, or a word no list knows, and
is no ordinary word ("my sister said", "my son is", "my mum rang"): an uncertain NAME.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Protocol

from app.redact.lexicon import DICT_WORD, DRUG, FIRST, LAST, MEDICAL, PLACE, Lexicon
from app.redact.medical_acronyms import acronym
from app.redact.names_context import CALENDAR
from app.redact.names_cues import CLOSED_CLASS, KIN, TEXTSPEAK
from app.redact.names_doing import ROLE_ENDS
from app.redact.normalise import fold_term
from app.redact.profile_extra import nicknames
from app.redact.spans import Source, Span, SpanType
from app.redact.windows_at import AtWords
from app.redact.windows_tokens import _tokens

# Relatives and companions that stand before a name, with or without "my".
_TITLE_KIN = (
    r"auntie|aunty|aunt|uncle|nana|nanna|nanny|nan|gran|granny|grandma|grandad|grandpa|"
    r"cousin|mate|bro|sis|brother|sister|son|daughter|husband|wife|partner|mum|mom|mam|"
    r"dad|hubby|friend|bestie|boyfriend|girlfriend|bf|gf|flatmate|roommate|housemate|"
    r"neighbour|neighbor|niece|nephew|stepdad|stepmum|stepmom|grandson|granddaughter|"
    r"boss|coach|carer|colleague|coworker"
)
_CUE = re.compile(
    rf"\b(?:(?:my|our|his|her|their|your)\s+(?:little\s+|big\s+|older\s+|younger\s+|"
    rf"eldest\s+|youngest\s+|best\s+)?(?:{_TITLE_KIN})|(?:auntie|aunty|uncle|nana|nanna|"
    rf"nanny|gran|grandma|grandad|grandpa|cousin)"
    # German, as phones type it: "mein sohn finn", "unser hund balu", "meiner tochter emma"
    rf"|(?:mein|meine|meiner|meinem|meinen|unser|unsere|unserer|unserem|unseren)\s+"
    rf"(?:sohn|tochter|mann|hund|katze|kater|hündin|schwester|bruder|enkel|enkelin|"
    rf"freund|freundin|kumpel|neffe|nichte))\s+([a-z][a-z'’-]+)\b"
)
# Every _CUE match opens, at a \b, with one of these whole words (a space follows each):
# it is tried only where one of them starts a token, not at every place of the text.
_CUE_FAST = AtWords(
    _CUE,
    "my our his her their your auntie aunty uncle nana nanna nanny gran grandma grandad "
    "grandpa cousin mein meine meiner meinem meinen unser unsere unserer unserem "
    "unseren".split(),
)
# What may follow a name: a verb, a bracket, a comma, the end of the sentence.
_AFTER = re.compile(r"\s*(?:[(),.;:!?]|$|['’]s\b|\s[a-z]+)")
# Common words no list flags as a name, that follow a relative: "my son now", "my dad too".
_NOT_NAME = frozenset(
    """now too also again still just only then today tonight though anyway lol haha
    x xx xxx and or but so who which that has had was is says said went came got gets
    rang called texted drove thinks keeps hat ist war hatte hat's kann muss soll will
    wird geht ging bekommt bekam nimmt nahm und oder aber auch noch schon jetzt immer""".split()
)


def find_lower_names(text: str, lex: Lexicon) -> Iterator[Span]:
    """Uncertain NAME spans for lower-case names after a relative."""
    if text.isupper():
        return
    for m in _CUE_FAST.finditer(text):
        word = m.group(1).rstrip("'’")
        low = word.lower()
        if low in _NOT_NAME or low in CLOSED_CLASS or low in TEXTSPEAK or low in KIN:
            continue
        key = fold_term(word)
        flags = lex.flag(key)
        if flags & (MEDICAL | DRUG) or not _AFTER.match(text, m.start(1) + len(word)):
            continue
        zipf = lex.zipf_of(key)
        named = flags & (FIRST | LAST) and zipf < 5.0 or low in nicknames()
        # "my partner ash is 34": a commoner word, when a verb says it is someone
        limit = 4.6 if VERB_AFTER.match(text, m.start(1) + len(word)) else 3.7
        # a town's name no dictionary holds may be a pet's or a child's: "unser hund balu"
        german_cue = m.group().split(None, 1)[0].lower().startswith(("mein", "unser"))
        town = flags & PLACE and (flags & DICT_WORD and not german_cue or zipf >= 3.0)
        unknown = not town and zipf < limit and not _ordinary_ending(key)
        if named or unknown:
            start = m.start(1)
            yield Span(start, start + len(word), SpanType.NAME, Source.CONTEXT, 0.5, word, True)
    yield from _more_names(text, lex)
    yield from _lower_doers(text, lex)


# What a person does straight after being named, in every case ("gaz said", "Frank
# drove"); each reader adds the few it needs besides.
_PERSON_DOES = "is was said says took drove rang texted thinks reckons".split()
VERB_AFTER = re.compile(
    r"(?:['’]s|\s+(?:and\s+i|and\s+me|"
    + "|".join([*_PERSON_DOES, "has", "had", "turned", "turns", "got", "went", "came", "keeps"])
    + r"|who))\b"
)
# "our kev", "our tom": a family member by name in northern English and elsewhere.
_OUR = re.compile(r"[Oo]ur\s+([a-z]+)\b")
# "tom (5)": a listed given name with an age in brackets after it.
_AGE_AFTER = re.compile(r"([a-z]+) \($")
# "Ava was dx at 4": a listed given name starting a sentence and doing something.
_STARTING = re.compile(r"(?:^|[.!?]\s+|\n)([A-Z][a-z]+) $")
_DOING = ("was", "has", "had", "turned", "got", "went")


def _more_names(text: str, lex: Lexicon) -> Iterator[Span]:
    """Given names and nicknames found by "our", an age in brackets or a sentence start."""
    toks = _tokens(text)  # shared with other finders: which words occur, and where
    found: list[tuple[re.Match[str], float]] = []
    for pos in toks.at.get("our", ()):
        m = _OUR.match(text, pos)
        if m is not None and _AFTER.match(text, m.end(1)):
            found.append((m, 4.6))
    for pos in toks.digits:
        if text[pos - 1 : pos] == "(" and _BRACKET_AGE.match(text, pos):
            m = _AGE_AFTER.search(text, max(0, pos - 24), pos)
            if m is not None and not text[m.start() - 1 : m.start()].isalpha():
                found.append((m, 5.0))
    for verb in _DOING:
        for pos in toks.at.get(verb, ()):
            m = _STARTING.search(text, max(0, pos - 24), pos)
            if m is not None:
                found.append((m, 4.0))
    for m, limit in found:
        word = m.group(1)
        low = word.lower()
        if low in CLOSED_CLASS or low in TEXTSPEAK or low in KIN or low in CALENDAR:
            continue
        flags = lex.flag(fold_term(low))
        if flags & (MEDICAL | DRUG | PLACE):
            continue
        nick = low in nicknames() and limit > 4.0
        if nick or flags & FIRST and lex.zipf_of(fold_term(low)) < limit:
            yield Span(m.start(1), m.end(1), SpanType.NAME, Source.CONTEXT, 0.5, word, True)


# A doing after a word opening a clause: "gaz is driving her down", "kez said".
_DOER_VERBS = frozenset([*_PERSON_DOES, "picked", "brought", "has", "r"])
_DOER_BEFORE = re.compile(
    r"(?:^|[.!?]\s+|\n\s*|,\s+|\b(?:and|n|&|but|so|cos|then|ngl|tbh|idk\s+if|imo|lol|omg|fyi)"
    r"\s+)([a-z][a-z'’]{1,12})\s+$"
)
# Text-speak that opens a clause about someone: "ngl haq is the only gp", "tbh dami has
# bin a rock", "me n jun r both on it"; there "is", "has" and "r" need no "-ing".
_PARTICLE_BEFORE = re.compile(r"\b(?:ngl|tbh|idk\s+if|imo|lol|omg|fyi|me\s+(?:n|and|&))\s+$")
_PLAIN_VERBS = frozenset(["is", "was", "has", "r"])
_ING_AFTER = re.compile(r"\s+[a-z]+ing\b")
# What clinics and carers are called in text-speak, never a person's name.
_ROLE_SLANG = frozenset(
    """rheumy rheumatology neuro endo gastro onc derm cardio ortho psych gyno obgyn doc
    docs pharmacy chemist reception hospital clinic ward surgery practice""".split()
)
# The writer uses no capitals at sentence openings: "idk where else to post. im 15".
_LOWER_OPENING = re.compile(r"(?:^|[.!?]\s+)[a-z]")


def _lower_doers(text: str, lex: Lexicon) -> Iterator[Span]:
    """ "gaz is driving her mum down", "n kez said": in a text that opens sentences in
    lower case, a nickname, a listed given name or a word no list knows, opening a
    clause and doing what people do, is someone's name."""
    at = _tokens(text).at
    if _DOER_VERBS.isdisjoint(at):
        return
    lower_openings: bool | None = None  # asked once, at the first candidate
    for verb in _DOER_VERBS:
        for pos in at.get(verb, ()):
            m = _DOER_BEFORE.search(text, max(0, pos - 24), pos)
            if m is None:
                continue
            if (
                verb in _PLAIN_VERBS
                and not _ING_AFTER.match(text, pos + len(verb))
                and not _PARTICLE_BEFORE.search(text, max(0, m.start(1) - 12), m.start(1))
            ):
                continue  # "jonno is driving", "ngl haq is"; not "everything is fine"
            low = m.group(1)
            if (
                low in CLOSED_CLASS
                or low in TEXTSPEAK
                or low in KIN
                or low in CALENDAR
                or low in _ROLE_SLANG
                or low in _NOT_NAME
            ):
                continue
            key = fold_term(low)
            flags, zipf = lex.flag(key), lex.zipf_of(key)
            if flags & (MEDICAL | DRUG):
                continue
            listed = flags & FIRST and zipf < 4.6 or low in nicknames()
            # after "ngl", "tbh", "idk if" a rarer word, or a surname, is still a person
            particle = _PARTICLE_BEFORE.search(text, max(0, m.start(1) - 12), m.start(1))
            if particle and acronym(low.upper()):
                continue  # "lol hrt was the best decision": the treatment's letters
            rare = 3.0 if particle else 2.0
            if not listed and particle and flags & LAST and zipf < 3.0:
                listed = True  # "ngl khan is the only one"
            if not (listed or not flags and zipf < rare and len(low) > 2 and not _role(low)):
                continue
            if lower_openings is None:
                lower_openings = _LOWER_OPENING.search(text) is not None
            if lower_openings:
                yield Span(m.start(1), m.end(1), SpanType.NAME, Source.CONTEXT, 0.5, low, True)


def _role(low: str) -> bool:
    """ "then phlebotomist said", "haematologist said my ferritin is 9": a job no list
    knows, by the ending of the words for people's jobs."""
    return low.endswith(ROLE_ENDS)


def _ordinary_ending(key: str) -> bool:
    """ "my son started", "my dad's working": a verb or an adverb, not a name."""
    return key.endswith(("ed", "ing", "ly"))


_BRACKET_AGE = re.compile(r"\d{1,2}\)")

# An unknown capitalised word after "at", "in", "through"... may be a moderately common
# proper noun ("at Vanderbilt", "through Kroger"), which no word list holds.
CUED_ZIPF = 3.6
_PREP_BEFORE = re.compile(
    r"\b(?:at|in|from|to|near|through|for|with|outside|towards|via)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_SCORE_AFTER = re.compile(r"['’]?s?\s?\d")


def cued(text: str, tok: _Located) -> bool:
    """A preposition (or one and "the") just before, and no score or dose just after
    ("Deauville 3", "Schirmer 3mm" are scales and tests)."""
    if _SCORE_AFTER.match(text, tok.end):
        return False
    return _PREP_BEFORE.search(text, max(0, tok.start - 16), tok.start) is not None


class _Located(Protocol):
    start: int
    end: int
