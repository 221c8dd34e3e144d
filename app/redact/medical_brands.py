"""Brands no drug list holds, kept where they are taken as medicine.

"On Spiolto 2 puffs", "they gave him Resonium", "Renvela with every meal", "Clobetasol
in Orabase": the name finders' last net takes a brand it does not know for a person, and
the post loses the medicine. Shipping such brands as plain medicine would beat every
person cue ("Coffee with Esmya at 11", "Renvela (my cousin)"), so this works the other
way round: a listed brand (``data/medical_brands_framed.txt``, none of them a listed
name, surname or town) is medicine only in a medicine frame (a dose, a form or a
schedule after it, a verb of taking or giving before it, another medicine within a few
words) and never where a person cue stands (a title, a relation, a verb of speaking or
coming after it, "with X" beside a time or a meal out, a possessive, a vocative).
"""

from __future__ import annotations

import re
from functools import cache
from importlib import resources

from app.redact.lexicon import DRUG, FIRST, LAST, MEDICAL, PLACE, Lexicon
from app.redact.names_cues import KIN, TITLES
from app.redact.normalise import fold_term
from app.redact.spans import SURE_SOURCES, Span, SpanType

_GUESSES = (SpanType.NAME, SpanType.PLACE, SpanType.OTHER)  # an organisation's name is its own
_TAKEN_BEFORE = re.compile(
    r"\b(?:on|off|onto|started|starting|start|taking|take|took|tried|trying|try|using|use|"
    r"used|prescribed|gave\s+(?:him|her|me|them|us)|given|giving|offered|recommended|"
    r"suggested|switched\s+(?:to|from)|swapped\s+(?:to|from)|moved\s+(?:to|from)|"
    r"changed\s+to|no|some|more|in|nehme|nimmt|bekomme|bekommt|allergic\s+to|"
    r"allergy\s+to|reaction\s+to|intolerant\s+to)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_FORM_AFTER = re.compile(
    r"\s*(?:\d|x\s?\d)|\s+(?:puffs?|tablets?|tabs|capsules|caps|cream|gel|ointment|"
    r"shampoo|lotion|wash|spray|drops|inhaler|injections?|jabs?|infusions?|sachets?|"
    r"powder|bags?|rings?|with\s+(?:every|each|meals?|food|dinner|lunch|breakfast)|"
    r"refill|prescription|side\s+effects?|dose|daily|twice|once|nightly)\b",
    re.IGNORECASE,
)
_CUE_BEFORE = re.compile(r"([A-Za-zäöü]+)\.?\s+$")
_OTHER_CUES = frozenset("friend mate colleague neighbour neighbor named frau herr".split())
_PERSON_AFTER = re.compile(
    r"['’]s\b|\s*\(\s*(?:my|our|a)\b|\s+(?:said|says|told|asked|texted|messaged|rang|"
    r"called|came|comes|coming|visited|drove|picked|brought|and\s+I|&\s+I|kommt|sagt)\b",
    re.IGNORECASE,
)
# "Coffee with Esmya", "lunch with X at 1", "meeting X", "met X".
_SOCIAL_BEFORE = re.compile(
    r"\b(?:with|mit|meet|meeting|met|see|seeing|saw|visit|visiting|call|called|text|texted|"
    r"hi|hey|dear|love|thanks)\s+$",
    re.IGNORECASE,
)
_VOCATIVE = re.compile(r"(?:^|\n)\s*$")
_WORD = re.compile(r"[A-Za-z][\w-]+")
_REACH = 40


@cache
def framed_brands() -> frozenset[str]:
    """The listed brands, folded (no comment lines)."""
    text = resources.files("app.redact.data").joinpath("medical_brands_framed.txt")
    return frozenset(
        w
        for line in text.read_text("utf-8").splitlines()
        if not line.startswith("#")
        for w in line.split()
    )


def framed_brand(span: Span, text: str, lex: Lexicon) -> bool:
    """Whether a guessed name, place or organisation is a listed brand taken as one."""
    if span.type not in _GUESSES or span.source in SURE_SOURCES:
        return False
    word = span.text.strip(" .,;:!?")
    key = fold_term(word)
    if key not in framed_brands() or lex.flag(key) & (FIRST | LAST | PLACE):
        return False
    start, end = span.start, span.start + len(span.text.rstrip(" .,;:!?"))
    cue = _CUE_BEFORE.search(text, max(0, start - 16), start)
    if cue and cue.group(1).lower() in KIN | TITLES | _OTHER_CUES:
        return False
    if _PERSON_AFTER.match(text, end) or _SOCIAL_BEFORE.search(text, max(0, start - 12), start):
        return False
    if _VOCATIVE.search(text, max(0, start - 4), start) and text[end : end + 1] in (",", ":"):
        return False  # "Esmya, are you coming?" / a chat's speaker
    if _TAKEN_BEFORE.search(text, max(0, start - 24), start) or _FORM_AFTER.match(text, end):
        return True
    near = text[max(0, start - _REACH) : start] + " " + text[end : end + _REACH]
    return any(_medicine(w, lex) for w in _WORD.findall(near))


def _medicine(word: str, lex: Lexicon) -> bool:
    key = fold_term(word)
    return bool(lex.flag(key) & (MEDICAL | DRUG)) or key in framed_brands()


# What follows a product's line: a strength, a form, another item of a list, the end of
# the clause ("Evorel Conti 50", "SenSura Mio bags", "Typhim Vi and Dukoral", "Lemsip
# Max,"), not a verb, a person's "and" or an aside ("Calpol Max gave me", "Calpol Sarah
# and she slept", "Max, my son").
_LINE_END = re.compile(
    r"\s*(?:\d|x\d)|\s+(?:bags?|drink|tablets?|tabs|capsules|caps|cream|gel|spray|drops|"
    r"sachets?|patch(?:es)?|pens?|plus)\b"
    r"|\s+(?:and|or|und|&)\s+(?P<next>(?-i:[A-Z])[\w-]+)"
    r"|\s*(?:,(?!\s*(?:my|our|his|her|their|the|mein\w*|unser\w*)\b)|[.;)]|$)"
    r"|\s+(?:(?:and|or|but)\s+)?(?:if|unless|until|till)\b",  # "Gaviscon Infant and if"
    re.IGNORECASE,
)
_BRAND_BEFORE = re.compile(r"[A-Z][\w-]+")
# Words of products' lines, from general knowledge ("Lemsip Max", "Nurofen Express",
# "Gaviscon Advance"), and the German makers whose name ends a generic's ("Magnesium
# Verla", "Ibu Ratiopharm"); some are given names too.
_LINE_WORDS = frozenset(
    """max plus extra forte rapid duo junior mini ultra express advance night day cold
    flu sensitive original lite xl sr la retard conti mite mio vi sept fast total
    liquid soluble infant kids six baby verla hevert ratiopharm hexal stada heumann
    aliud puren winthrop mepha""".split()
)


def brand_line(span: Span, text: str, lex: Lexicon) -> bool:
    """A name or town word that is a listed brand's line or strength right after it
    ("Lemsip Max", "Evorel Conti", "Typhim Vi", "SenSura Mio"): one word, straight after
    a capitalised medicine word (no test's capitals: "MRI Max"), and a strength, a form,
    a list or the clause's end after it, never a verb ("Calpol Max gave me")."""
    if span.type not in _GUESSES or span.source in SURE_SOURCES:
        return False
    word = span.text.strip(" .,;:!?")
    if " " in word or not word[:1].isupper():
        return False
    if span.start < 2 or text[span.start - 1] not in " \t":
        return False
    words = text[max(0, span.start - 30) : span.start].rsplit(None, 1)
    brand = words[-1].lstrip("([\"'“‘") if words else ""
    if not brand[:1].isupper() or not _BRAND_BEFORE.fullmatch(brand):
        return False
    flag = lex.flag(fold_term(brand))
    if brand.isupper() or not flag & (MEDICAL | DRUG) or flag & (FIRST | LAST | PLACE):
        return False  # "MRI Max", "GP Wiremu": a test or a doctor, then a person
    key = fold_term(word)
    if key not in _LINE_WORDS and lex.flag(key) & (FIRST | LAST | PLACE):
        return False  # "Took Calpol Jamie.", "Calpol Jamie 5ml": the child given it
    after = _LINE_END.match(text, span.start + len(word))
    if after is None or after.group("next") is None:
        return after is not None
    # "Typhim Vi and Dukoral": another product next; "Calpol Sarah and Tom": people
    return not lex.flag(fold_term(after.group("next"))) & (FIRST | LAST) or bool(
        lex.flag(fold_term(after.group("next"))) & (MEDICAL | DRUG)
    )
