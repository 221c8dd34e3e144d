"""Spans the detector drops after the finders: words around a guess contradict it.

A capitalised word a list or the unknown-word net took for a name or place is dropped
when it is a day ("Mon-Wed-Fri"), kin or a language, part of a code ("HbA1c"), a drug
after "on" or "taking", a lab test beside its value, an ordinary German noun, or a
lower-case function word. Split from ``engine``: the vetoes, apart from the finders'
order.
"""

from __future__ import annotations

import re

from app.redact.german import german_listed, german_noun, german_word, person_frame, town_named
from app.redact.lexicon import COUNTRY, DRUG, FIRST, MEDICAL, PLACE, default_lexicon
from app.redact.medical import _LAB, LAB_VALUE
from app.redact.medical_context import medicine_frame
from app.redact.medical_tokens import may_end_with
from app.redact.names_context import CALENDAR
from app.redact.names_cues import (
    CLOSED_CLASS,
    GERMAN_WORDS,
    KIN,
    LANGUAGES,
    NOT_NAMES,
    TEXTSPEAK,
)
from app.redact.normalise import fold_term
from app.redact.orgs_topics import role_after, service
from app.redact.other_tongues import tongue_word
from app.redact.spans import Source, Span, SpanType

_WORDISH = (SpanType.NAME, SpanType.PLACE, SpanType.EMPLOYER, SpanType.OTHER)

# A drug named by how it is taken: "put me on Trelegy", "been on ARVs", "taking Syndopa".
_ON_DRUG = re.compile(
    r"(?:\b(?:started|put (?:me|him|her|them)|put|am|is|was|been|be|back|stay|"
    r"staying|stayed|still|now|currently|switched|trial(?:led)?) on|\btaking|"
    r"\bprescribed|\binjecting|\btried|\bstarting|\bweaning off|\bcoming off|"
    r"\bstopped|(?:^|[,;(]\s*|\band\s+)on)\s+$",
    re.IGNORECASE,
)
# The word each _ON_DRUG phrase ends with, before its spaces.
_ON_DRUG_ENDS = ("on", "taking", "prescribed", "injecting", "tried", "starting", "off", "stopped")
_LIST_SOURCES = (Source.LEXICON, Source.UNKNOWN_WORD)
# A hospital's desks and departments, which open sentences as subjects ("Admissions put
# me on hold", "Triage sent me home"): never a person or a firm.
_DEPARTMENTS = frozenset(
    """admissions triage outpatients outpatient inpatients reception resus casualty
    radiology phlebotomy pathology maternity theatres theatre recovery pharmacy""".split()
)
_DRUG_JUST_BEFORE = re.compile(r"([A-Za-z][\w-]+)[ ]$")
_STRENGTH_AFTER = re.compile(r"[ ]\d+(?:[.,]\d+)?(?:\s?(?:mg|µg|mcg|ug|g|ml|ie|iu)\b)?")


# Makers of generics whose name stands between the drug and its strength ("Ramipril
# Hexal 5 mg", "Metformin Lich 1000"); a given name there is a person ("Metformin Sarah
# 500 is what Mum wrote on my pill box"), so only a maker's name is taken.
_GENERIC_MAKERS = frozenset(
    """hexal ratiopharm stada aliud heumann teva accord sandoz zentiva mylan viatris
    winthrop abz betapharm aristo actavis krka puren dexcel almus bluefish lich axcount
    glenmark aurobindo zydus lupin cipla sun ranbaxy""".split()
)


def _maker_between(span: Span, text: str) -> bool:
    """A generic's maker between a drug and its strength (see above)."""
    word = span.text.strip()
    if word.lower() not in _GENERIC_MAKERS or not _STRENGTH_AFTER.match(text, span.end):
        return False
    prev = _DRUG_JUST_BEFORE.search(text, max(0, span.start - 30), span.start)
    if prev is None:
        return False
    lex = default_lexicon()
    return any(lex.flag(fold_term(part)) & DRUG for part in prev.group(1).split("-") if part)


# A level of the spine: "L5-S1", "C5-C6", "C5/6", "T12-L1".
_SPINAL_LEVEL = re.compile(r"[CTLS]\d{1,2}(?:\s?[-/–]\s?[CTLS]?\d{1,2})+", re.IGNORECASE)
_SALT_AFTER = re.compile(r"\s+salts?\b", re.IGNORECASE)
# Services of the NHS everyone is referred to: no one's own organisation or place.
_NHS_SERVICES = frozenset({"iapt"})
_TALKING_THERAPIES = re.compile(r"\bTalking\s+Therapies\b", re.IGNORECASE)
# A national agency named by its service and its country: "Services Australia", "Service
# Canada", "Health Canada"; the state, which names no one.
_AGENCY_BEFORE = re.compile(
    r"\b(?:Services?|Health|Revenue|Transport|Statistics|Veterans\s+Affairs|Immigration|"
    r"Employment|Sport|Housing)\s+$"
)
_SUGGESTED = re.compile(
    r"\b(?:recommended|recommends|suggested|suggests|swears\s+by|swear\s+by)\s+$", re.I
)
_PRODUCT_NUMBER = re.compile(r"\s\d{1,3}\b(?!\s*(?:years?|yrs?|yo|months?|times|x|more|of|out)\b)")
_DASHES_OR_SPACES = re.compile(r"[\s-]+")
_CODE_AFTER = re.compile(r"\d+[A-Za-z]")
_LAB_WORDS = frozenset(w for w in re.findall(r"[a-z][a-z0-9]+", _LAB) if len(w) <= 5)


def _not_a_name(span: Span, text: str, german: bool) -> bool:
    """Guesses from lists and capitals that the words around contradict: part of a
    code ("HbA1c"), a subreddit ("r/ChronicIllness"), a drug after "on" or "taking",
    or any unknown capitalised noun in German."""
    if span.type not in _WORDISH or span.source in (Source.PROFILE, Source.USER):
        return False
    bare = span.text.lower().strip(" .,")
    if bare in CALENDAR if bare.isalpha() else _calendar_words(bare):  # one word: no call
        return True  # "Mon-Wed-Fri", "Suhoor and Iftar" are days, not places
    word = bare.removesuffix("'s").removesuffix("’s")
    if (
        span.type is SpanType.NAME
        and (
            word in KIN
            or word in NOT_NAMES
            or german
            and word in GERMAN_WORDS
            and not _PERSON_BEFORE.search(text, max(0, span.start - 16), span.start)
        )
        and "name" not in text[max(0, span.start - 25) : span.start].lower()
    ):
        return True  # "Abbu is 66", "my English is not good", "Seit März"; not "name? Baba"
    if word in _DEPARTMENTS and span.source is Source.UNKNOWN_WORD:
        return True  # "Admissions put me on hold": the hospital's desk, a guess no more
    if span.type is SpanType.NAME and _maker_between(span, text):
        return True  # "L-Thyroxin Henning 100", "Ramipril Hexal 5 mg": the generic's maker
    if _SPINAL_LEVEL.fullmatch(span.text.strip()):
        return True  # "a disc at L5-S1", "C5/6 fusion": the spine, no postcode or place
    if span.type is SpanType.PLACE and _SALT_AFTER.match(text, span.end):
        return True  # "an Epsom salt bath", "Epsom salts": the product
    if word in _NHS_SERVICES or any(
        m.start() <= span.start < m.end()
        for m in _TALKING_THERAPIES.finditer(text, max(0, span.start - 8), span.end + 10)
    ):
        return True  # "referred me to IAPT", "NHS Talking Therapies": a national service
    if (
        span.type is SpanType.PLACE
        and _AGENCY_BEFORE.search(text, max(0, span.start - 20), span.start)
        and default_lexicon().flag(word) & COUNTRY
    ):
        return True  # "Services Australia", "Service Canada": the state's agency
    if span.type is SpanType.PLACE and span.source is Source.LEXICON and word in NOT_NAMES:
        return True  # "Hola mi gente" greets; it names no town
    if tongue_word(span, text, german):
        return True  # Hinglish "aur", "saal"; German "bei Oma": everyday words
    if span.text[:1].isupper() and role_after(text, span.end):
        if service(span.text, default_lexicon()):
            return True  # "The Befriending volunteer": a service, whichever net took it
    if word in LANGUAGES and (span.type is SpanType.PLACE or span.source is Source.UNKNOWN_WORD):
        return True  # "in Gaelic", "any Kannada speaking groups"; "my friend Shona" stays
    if german and _german_noun(span, text):
        return True  # "Danach Termin", "Kontrolle Mitte Juni": nouns, not people
    if (
        text[span.end : span.end + 1].isdecimal()  # what _CODE_AFTER opens with ("\d")
        and _CODE_AFTER.match(text, span.end, span.end + 4)
        and not span.text.endswith(" ")
    ):
        return True  # "HbA1c", "T1D": part of a code, whoever found it
    if span.source not in _LIST_SOURCES:
        return False
    if german and len(word) > 5 and default_lexicon().flag(word + "e") & (MEDICAL | DRUG):
        if _german_drug(span, text):
            return True  # "das Spironolacton absetzen": a drug spelled the German way
    if span.text.isupper() and word in _LAB_WORDS and _as_lab(span, text):
        return True  # "LH:FSH", "TSH 4.8": a lab test a town list also holds
    if (
        german
        and span.source is Source.UNKNOWN_WORD
        and german_word(word)
        and not _PERSON_BEFORE.search(text, max(0, span.start - 16), span.start)
        and not town_named(word, text, span.start)
        and not person_frame(text, span.start, span.end)
    ):
        return True
    if text[span.end : span.end + 1].isdigit() or text[max(0, span.start - 2) : span.start] == "r/":
        return True
    if (
        span.type is SpanType.NAME
        and text[span.end : span.end + 1].isspace()  # what _PRODUCT_NUMBER opens with
        and _PRODUCT_NUMBER.match(text, span.end)
    ):
        if _SUGGESTED.search(text, max(0, span.start - 24), span.start):
            return True  # "recommended Liv 52": a product and its number
    lo = max(0, span.start - 24)
    return (
        span.type is SpanType.NAME
        and may_end_with(text, lo, span.start, _ON_DRUG_ENDS)  # _ON_DRUG's last words
        and _ON_DRUG.search(text, lo, span.start) is not None
        and not _person_taken(span, text)
    )


def _calendar_words(bare: str) -> bool:
    """Every word between dashes and spaces a calendar word; one word of letters holds
    no dash or space to split at, and is asked without the regex."""
    if bare.isalpha():
        return bare in CALENDAR
    return all(w in CALENDAR for w in _DASHES_OR_SPACES.split(bare))


# What follows a child taken somewhere, never a drug taken: an age and the next child
# ("taking Ellie 3 and Isla 5"), or where to ("took Ellie to the dentist").
_TAKEN_PERSON_AFTER = re.compile(
    r"(?:\s+\d{1,2})?(?:\s+(?:and|&)\s+[A-Z][a-z]|,\s*[A-Z][a-z]+\s+\d{1,2}\b"
    r"|\s+(?:to|for)\s+(?:the|their|his|her|school|nursery|get|see|visit|swimming)\b)"
)


def _person_taken(span: Span, text: str) -> bool:
    """A listed given name, no drug's, after "taking" with a child's company after it."""
    flags = default_lexicon().flag(fold_term(span.text.strip(" .,")))
    return (
        bool(flags & FIRST)
        and not flags & (MEDICAL | DRUG)
        and _TAKEN_PERSON_AFTER.match(text, span.end) is not None
    )


_PLACE_PREP_BEFORE = re.compile(  # "In Marzahn", "Richtung Bad Kissingen"
    r"\b(?:[Ii]n|[Ii]m|[Nn]ach|[Aa]us|[Bb]ei|[Vv]on|[Zz]um|[Zz]ur|[Aa]m|[Aa]n|wohne|wohnen|"
    r"Klinikum|Uniklinik|Richtung|nahe|[Uu]m)\s+$"
)


_ARTICLE_BEFORE = re.compile(
    r"\b(?:dem|den|des|im|am|vom|zum|beim|einem|einen|diesem|[a-zäöüß]{3,}em)\s+$"
)
# An article or an adjective with its case ending right before a word makes it a noun:
# "vor dem Essen", "in der Halle", "mit leerem Magen", "im Hof"; a town takes none
# ("in Essen", "nach Hof").
_PERSON_DOES_DE = re.compile(
    r"\s+(?:hat|hatte|ist|war|kommt|kam|meint|meinte|sagt|sagte|ruft|rief|fährt|fuhr|bringt|"
    r"brachte|holt|holte|wird|will|wollte|schreibt|schrieb|und\s+ich)\b"
)
_NOUN_ARTICLE_BEFORE = re.compile(
    r"\b(?:(?i:der|die|das|dem|den|des|im|am|vom|zum|zur|beim|ins|ans|aufs|einem|einen|einer|"
    r"eines)|(?!(?:mein|dein|sein|ihr|unser|eur)em\b)[a-zäöüß]{3,}em)\s+$"
)
_PERSON_BEFORE = re.compile(  # in any case: "bei dr wolff", "frau kessler"
    r"\b(?i:Frau|Herr|Herrn|Dr|Doktor|Prof|Schwester|Pfleger|Oma|Opa|Tante|Onkel|Sohn|Tochter|"
    r"Freundin|Freund|Mann|Bruder|Cousine|Cousin|Nachbarin|Nachbar|Kollegin|Kollege|"
    r"Chefin|Chef|Enkel|Enkelin|heißt|namens)\.?\s+$"
)


def _german_noun(span: Span, text: str) -> bool:
    """In German text, a name or town guess every word of which is an ordinary German
    word and no listed given name ("Danach Termin", "Meine Tochter", "Mitte"); a town
    after "in", "nach", "aus" stays a town."""
    if span.source not in (Source.CONTEXT, Source.LEXICON, Source.UNKNOWN_WORD):
        return False
    words = span.text.split()
    if (
        len(words) == 1
        and span.type in (SpanType.PLACE, SpanType.NAME)
        and german_noun(words[0])
        and not (  # "Die Heide hat mich gefahren": spoken German names people so
            default_lexicon().flag(fold_term(words[0])) & FIRST
            and _PERSON_DOES_DE.match(text, span.end)
        )
        and _NOUN_ARTICLE_BEFORE.search(text, max(0, span.start - 16), span.start)
    ):
        return True  # "vor dem Essen", "in der Halle", "mit leerem Magen": the noun
    if not words or not all(german_word(w) for w in words):
        return False
    if span.type is SpanType.PLACE:
        town = default_lexicon().flag(fold_term(span.text.strip(" .,"))) & PLACE
        if town and not all(german_listed(w) for w in words):
            return False  # a listed town whose last part only is a word ("Kissingen")
        if text.endswith(("Bad ", "Sankt ", "St. "), max(0, span.start - 6), span.start):
            return False  # "In Bad Kissingen": a spa town's name after its title
        prep = _PLACE_PREP_BEFORE.search(text, max(0, span.start - 12), span.start)
        if prep is not None and prep.group()[:1].isupper():
            # a sentence's first word: "In Marzahn" is a town, but "Im Sanitätshaus
            # Kompressionsstrümpfe" nouns, one of which the German list holds whole
            return any(german_listed(w) for w in words)
        return prep is None
    if len(words) == 1 and town_named(words[0].lower(), text, span.start):
        return False  # "nach Ehrenfeld": a district the German list holds, shaped as one
    lexicon = default_lexicon()
    after_article = _ARTICLE_BEFORE.search(text, max(0, span.start - 8), span.start)
    if not after_article and any(lexicon.flag(fold_term(w.strip(".,'’"))) & FIRST for w in words):
        return False  # "Sommer" may be a name, but "seit dem Sommer" is the summer
    if _PERSON_BEFORE.search(text, max(0, span.start - 16), span.start):
        return False  # "Frau Wiesenthal", "mein Sohn Till": a person by the word before
    return span.type is SpanType.NAME and not person_frame(text, span.start, span.end)


# How German takes a drug: "das Spironolacton" (a drug is neuter, no person is), a
# dose or a verb of prescribing after it ("Amiodaron angesetzt", "Amlodipin 5 mg").
_DRUG_BEFORE = re.compile(r"\b(?:[Dd]as|[Dd]es|nehme|nimmt|nehmen|genommen|unter)\s+$")
_DRUG_AFTER = re.compile(
    r"\s+(?:\d+(?:[.,]\d+)?\s?(?:mg|µg|mcg|g|ml|ie|i\.e\.)\b|(?:\w+\s+)?(?:angesetzt|"
    r"abgesetzt|absetzen|ansetzen|verschrieben|verordnet|eingenommen|genommen|erhöht|"
    r"reduziert|gespritzt|vertragen|vertrage|umgestellt)\b)",
    re.IGNORECASE,
)


def _german_drug(span: Span, text: str) -> bool:
    """A listed name or unknown word that is a drug less its final "e" is that drug
    only where German takes a drug: after "das" or "nehme", before a dose or "abgesetzt",
    or in a frame ``medicine_frame`` knows. Never after a title or kin ("Frau
    Santamaria") nor in a name field ("Name: Martim A Pereira")."""
    lo = max(0, span.start - 25)
    if _PERSON_BEFORE.search(text, max(0, span.start - 16), span.start):
        return False
    if "name" in text[lo : span.start].lower():
        return False
    return bool(
        _DRUG_BEFORE.search(text, lo, span.start)
        or _DRUG_AFTER.match(text, span.end)
        or medicine_frame(text, span.start, span.end)
    )


def _as_lab(span: Span, text: str) -> bool:
    """A lab test's name used as one: in a ratio ("LH:FSH") or before its value."""
    edges = text[span.end : span.end + 1] + text[max(0, span.start - 1) : span.start]
    return any(c in ":/" for c in edges) or LAB_VALUE.match(text, span.start) is not None


def _function_word(span: Span) -> bool:
    """A lower-case "am", "will" or "may" is never a name, whichever finder said so, nor
    is text-speak ("tmrw", "ngl") unless the profile says so."""
    if span.type not in _WORDISH or span.source is Source.USER:
        return False
    word = span.text.strip(".'’ ")
    if (
        span.source is not Source.PROFILE
        and word.lower() in TEXTSPEAK
        and not (span.source is Source.CONTEXT and word[:1].isupper() and not word.isupper())
    ):
        return True  # "mo" is a month in text-speak; "my wife Mo" is a name
    return span.text.islower() and word in CLOSED_CLASS
