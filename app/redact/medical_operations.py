"""An operation named after its surgeon, said as a thing in a text about surgery.

Heart surgery for a single ventricle comes in stages named after surgeons ("he had the
Norwood at 5 days old", "the Glenn is pencilled in for March", "before his Fontan"),
and so do other operations ("the Ross", "the Ladd", "the Whipple"). Several of these
surnames are given names or towns too ("Glenn", "Norwood", "Ross"), so the name nets
take them, and ``medical_therapies`` trusts an owner alone only for names no list
holds. A person is not "the Glenn", though a pub or a street may be: so the word is the
operation where a thing's word stands before it ("the", "his", "a"), no place's word
before that ("at the Norwood", "to the Ross"), no place's noun or capitalised word after
it ("the Norwood Arms", "the Glenn Hotel"), and the text speaks of surgery or the heart
(or names another of these operations).
"""

from __future__ import annotations

import re

from app.redact.spans import SURE_SOURCES, Span, SpanType
from app.redact.windows import word_starts

_GUESSES = (SpanType.NAME, SpanType.PLACE, SpanType.EMPLOYER, SpanType.OTHER)
# Operations said by the surgeon's name alone, lower case.
OPERATIONS = frozenset(
    """norwood glenn hemi-fontan fontan sano rastelli ross konno jatene mustard senning
    blalock kawashima nikaidoh damus-kaye-stansel whipple nissen hartmann kasai ladd
    swenson soave duhamel latarjet bankart bentall ravitch nuss billroth mitrofanoff
    malone ponseti ilizarov girdlestone lichtenstein""".split()
)
_THING_BEFORE = re.compile(
    r"(?:^|[.!?\n:;,(\u2013\u2014-][ \t]*|(?<![\w-])(?P<lead>[A-Za-z]+)[ \t]+)"
    r"(?:the|his|her|their|our|my|a|its)[ \t]+$",
    re.IGNORECASE,
)
_PLACE_LEADS = frozenset("at in into near to outside inside by past opposite behind".split())
_NOT_AFTER = re.compile(
    r"['’]s?\b|[ \t]+(?:[A-Z]|(?i:road|rd|street|st|avenue|lane|drive|arms|hotel|inn|pub|"
    r"bar|park|estate|house|centre|center|school|club|hall|court|family|boys|girls|"
    r"brothers|sisters)\b)"
)
_WORDS = re.compile(r"[\w-]+")
# A lower-case word straight after: only a verb, a word of time or place, or the
# operation's own noun may follow an operation's name.
_LOWER_AFTER = re.compile(r"[ \t]+([a-z]+)\b")
_FOLLOWERS = frozenset(
    """is was went got has had will would should might may can could needs needed
    happened went done booked scheduled planned pencilled penciled due goes at in on for
    and or but to with when before after as so then that which last next this today
    tomorrow yesterday tonight soon op operation operations procedure surgery repair
    stage circulation patients patient palliation conversion takedown completion
    revision itself""".split()
)
# Words of surgery and of the heart, lower case: one of them anywhere in the text.
_SURGERY = frozenset(
    """surgery surgeries surgeon surgeons surgical operation operations op ops operated
    theatre theater heart cardiac cardio cardiologist cardiology hlhs ventricle
    single-ventricle bypass sats picu cicu nicu icu shunt stent procedure procedures
    repair anaesthetic anesthetic incision scar recovery sternotomy""".split()
)
_ANY = frozenset(w for w in OPERATIONS | _SURGERY if "-" not in w)  # tokens hold no "-"


def named_operation(span: Span, text: str) -> bool:
    """Whether a guessed name, place or organisation is an operation named after its
    surgeon (see above)."""
    if span.type not in _GUESSES or span.source in SURE_SOURCES:
        return False
    piece = span.text.rstrip(" .,;:!?")
    if not piece[:1].isupper() or piece.lower() not in OPERATIONS:
        return False
    end = span.start + len(piece)
    thing = _THING_BEFORE.search(text, max(0, span.start - 24), span.start)
    if thing is None or (thing.group("lead") or "").lower() in _PLACE_LEADS:
        return False
    if _NOT_AFTER.match(text, end):
        return False
    noun = _LOWER_AFTER.match(text, end)
    if noun is not None and noun.group(1) not in _FOLLOWERS:
        return False  # "the Konno claim", "the Ross account": something else named so
    own = piece.lower()
    others = word_starts(text, _ANY)
    if others is None:  # lower case is no guide: look at the words themselves
        words = set(_WORDS.findall(text.lower()))
        return bool(words & _SURGERY) or bool(words & OPERATIONS - {own})
    # another word of surgery, or another operation (the same one again proves nothing)
    return any(text[at : at + len(own)].lower() != own for at in others)
