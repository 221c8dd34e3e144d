"""A brand no list holds, glossed by its generic or by what it treats: "Firazyr
(icatibant) 30 mg", "six months on Cuvrior for the Wilson's disease".

New brands reach patients before any drug list has them, and writers gloss them the
way leaflets do: the generic in brackets straight after the brand, or the condition it
is for. The unknown-word net reads the brand as a person, and the post loses the drug.
So a capitalised word is a drug

- when a bracket straight after it holds a listed generic's name, written small, and
  nothing else, and the brand's strength follows ("Firazyr (icatibant) 30 mg"; a carer
  lists people's medicine so: "Tavish (melatonin 3mg)", "Zeph (melatonin)"), unless a person
  cue stands before it ("Dr Tan (oncology)" holds no drug anyway) or a name or town
  list holds it (a carer's list: "Liam (melatonin 3mg), Ava (montelukast)"); or
- when a verb or preposition of taking stands before it and "for" a condition follows
  ("on Cuvrior for the Wilson's disease", "started Zorvex for my psoriasis"): only for a
  word no name, surname or town list holds, since "relying on Aroha for the diabetes
  stuff" is a person.
"""

from __future__ import annotations

import re

from app.redact.lexicon import DRUG, FIRST, LAST, MEDICAL, PLACE, Lexicon
from app.redact.medical_eponyms import EPONYM, elided_disease
from app.redact.medical_nouns import medical_noun
from app.redact.normalise import fold_term
from app.redact.person_cue import person_cue_before
from app.redact.spans import SURE_SOURCES, Span, SpanType

_GUESSES = (SpanType.NAME, SpanType.PLACE, SpanType.OTHER)
# A strength as the patterns below read it: an amount, and its unit where one is needed.
_AMOUNT = r"\d+(?:[.,]\d+)?"
_UNIT = r"(?:mg|mcg|µg|ml|units?|iu)"
_GENERIC_AFTER = re.compile(
    rf"[ \t]*\([ \t]*(?P<drug>[A-Za-z][\w-]+)(?P<strength>[ \t]+{_AMOUNT}[ \t]*{_UNIT}?)?[ \t]*\)",
    re.IGNORECASE,
)
# The brand's strength after the bracket: "Firazyr (icatibant) 30 mg".
_STRENGTH_AFTER = re.compile(rf"[ \t]*,?[ \t]*{_AMOUNT}[ \t]*{_UNIT}\b", re.I)
# A generic, its strength if given, and an open bracket right before the brand.
_GENERIC_BEFORE = re.compile(
    rf"\b(?P<drug>[A-Za-z][\w-]+)(?:[ \t]+{_AMOUNT}[ \t]*{_UNIT}?)?[ \t]*\([ \t]*$",
    re.IGNORECASE,
)
# The brand's own strength, if any, then the bracket closes: "(Lamitor 25)", "(Visanne)".
_BRAND_CLOSE = re.compile(rf"(?:[ \t]+{_AMOUNT}[ \t]*{_UNIT}?)?[ \t]*\)", re.IGNORECASE)
_STRENGTH_IN = re.compile(rf"(?P<n>\d+(?:\.\d+)?)[ \t]*(?P<unit>{_UNIT})?", re.I)
_TAKEN_BEFORE = re.compile(
    r"\b(?:on|started|starting|taking|take|took|tried|trying|prescribed|using|use|"
    r"switched[ \t]+to|approved|given|getting|got)[ \t]+(?:the[ \t]+)?$",
    re.IGNORECASE,
)
# Leaning on someone is no taking: "leaning on Siphiwe for my epilepsy appointments".
_LEANING = re.compile(r"(?:leaning|relying|depending|counting|rely|lean) $", re.IGNORECASE)
_WORD = re.compile(r"[A-Za-z][\w-]*")
_FOR_AFTER = re.compile(
    r"[ \t]+for[ \t]+(?:the[ \t]+|my[ \t]+|his[ \t]+|her[ \t]+|their[ \t]+|our[ \t]+|"
    r"your[ \t]+)?(?P<what>[A-Za-z][\w'’-]*)"
)


def glossed_brand(span: Span, text: str, lex: Lexicon) -> bool:
    """Whether a guessed name or place is a brand glossed as a drug (see above)."""
    if span.type not in _GUESSES or span.source in SURE_SOURCES:
        return False
    word = span.text.rstrip(" .,;:!?")
    if " " in word or not word[:1].isupper() or not word[1:].islower():
        return False
    end = span.start + len(word)
    if _brand_in_generic_bracket(text, span.start, end, lex):
        return True
    nxt = text[end : end + 2]
    bracket = nxt[:1] == "(" or nxt == " ("
    if not bracket and not nxt.startswith(" f"):
        return False  # neither a bracket nor "for" after: most guesses
    if person_cue_before(text, span.start):
        return False
    if lex.flag(fold_term(word)) & (FIRST | LAST | PLACE):
        return False  # "Liam (melatonin 3mg), Ava (montelukast)": a carer's list of people
    if bracket:  # the generic alone, written small: "Firazyr (icatibant) 30 mg"; a
        # carer's list glosses people with a brand or a strength ("Tavish (melatonin 3mg)",
        # "Onthatile (Concerta 18mg)")
        gloss = _GENERIC_AFTER.match(text, end)
        return (
            gloss is not None
            and gloss.group("strength") is None
            and gloss.group("drug").islower()
            and bool(lex.flag(fold_term(gloss.group("drug"))) & DRUG)
            and _STRENGTH_AFTER.match(text, gloss.end()) is not None  # "Zeph (melatonin)"
        )
    taken = _TAKEN_BEFORE.search(text, max(0, span.start - 24), span.start)
    if taken is None or _LEANING.search(text, max(0, taken.start() - 10), taken.start()):
        return False
    treated = _FOR_AFTER.match(text, end)
    return treated is not None and _condition(text, treated.start("what"), lex)


def _brand_in_generic_bracket(text: str, start: int, end: int, lex: Lexicon) -> bool:
    """The other way round: the brand and its strength in a bracket straight after a
    listed generic ("Lamotrigine (Lamitor 25)", "Penicillamine (Cilamin 250 mg)"): a
    strength from 20. A carer writes whom a drug is for so ("melatonin (Liam)",
    "guanfacine (Oaklee 11)", "(Lily 2mg)"), and a name or town list's word never counts."""
    before = _GENERIC_BEFORE.search(text, max(0, start - 48), start)
    close = _BRAND_CLOSE.match(text, end)
    if before is None or close is None:
        return False
    strength = _STRENGTH_IN.search(close.group())
    if strength is None or float(strength.group("n")) < 20:
        return False  # "(Visanne)", "(Oaklee 11)", "(Lily 2mg)": a carer's list names a
        # child, an age or a child's dose
    if lex.flag(fold_term(text[start:end])) & (FIRST | LAST | PLACE):
        return False
    return bool(lex.flag(fold_term(before.group("drug"))) & DRUG)


def _condition(text: str, start: int, lex: Lexicon) -> bool:
    """An illness starts at ``start``: an eponym's disease ("Wilson's disease",
    "Graves'"), a listed medical word or a medical noun ("psoriasis", "migraines")."""
    eponym = EPONYM.match(text, start)
    if eponym is not None and eponym.group(3) is not None:
        return True
    word = _WORD.match(text, start)
    if word is None:
        return False
    key = fold_term(word.group())
    after = text[start + len(word.group()) : start + len(word.group()) + 2]
    if after[:1] in ("'", "’") and elided_disease(key):
        return True  # "for the Addison's", "for his Gilbert's"
    return bool(lex.flag(key) & (MEDICAL | DRUG)) or medical_noun(key.removesuffix("s"))
