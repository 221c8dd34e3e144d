"""A maker named for what it made: "Comirnaty from Pfizer", "an ICD von Biotronik",
"Abbott Assurity", "a St Jude box", "switched from Teva to Accord", "with Paxman".

``medical_named.made_by`` knows a maker before its product's noun ("the Pfizer
booster") or counted ("2 doses of Moderna"). Patients also name the maker after the
product ("the booster was Comirnaty from Pfizer", "einen ICD von Biotronik"), give a
device's model after its maker with the device said nearby ("Pacemaker fitted.
Abbott Assurity."), call the device by a slang noun ("8 years with a St Jude box"), and
tell of a pharmacy swapping one generic's maker for another ("my levo got switched from
Teva to Accord"). In each the firm is the product's label, not anyone's employer, and a
post without it cannot warn others about the switch or the recall.

A maker stays an organisation where work is said in its sentence ("my job at Pfizer",
"moved from Pfizer to Roche as a rep") or a person cue stands before it ("Nurse
Paxman"). Three reviewers' probes (issue #9, session 18) narrowed the rest: a maker
that is also a name ("Lilly", "Abbott", "Roche"), one followed by a place or a person
("Ventolin from Roche next door", "from Novartis, he's a chemist there") or standing
where one goes ("at Abbott Northwestern", "in the St Jude system") counts only in a
switch; a switch is one done to the product ("my levo got switched", "they switched my
levo"), never a person's ("my wife switched from Pfizer to Roche"), with a drug or a
product's noun said; a device's slang noun needs its own maker (a scalp cooler's cap, a
stoma maker's bags) or a device named nearby. Makers of devices that
``medical_named.MAKER`` does not list are named here (scalp cooling, stoma care), and
only before or after their product's word.
"""

from __future__ import annotations

import re

from app.redact.lexicon import DICT_WORD, DRUG, FIRST, LAST, MEDICAL, PLACE, Lexicon
from app.redact.medical_acronyms import acronym
from app.redact.medical_named import MAKER
from app.redact.medical_nouns import medical_noun
from app.redact.normalise import fold_term
from app.redact.person_cue import person_cue_before
from app.redact.spans import SURE_SOURCES, Span, SpanType

_GUESSES = (SpanType.NAME, SpanType.PLACE, SpanType.EMPLOYER, SpanType.OTHER)
# Device makers MAKER lacks, lower case: scalp cooling and stoma care.
_DEVICE_MAKERS = re.compile(r"(?i:paxman|dignicap|coloplast|convatec|dansac|salts)\b")
_SCALP_MAKERS = frozenset("paxman dignicap".split())
_STOMA_MAKERS = frozenset("coloplast convatec dansac salts hollister".split())
_SCALP_NOUNS = frozenset("cap caps cooling cooler".split())
_STOMA_NOUNS = frozenset("bag bags wafer wafers ring rings flange flanges paste".split())
# A product, then the preposition that names who made it: "Comirnaty from Pfizer",
# "ICD von Biotronik", "a valve made by Medtronic".
_MADE_BY = re.compile(
    r"(?P<owned>\b(?:a|an|the|my|his|her|their|our|this|that|new|ein\w*|mein\w*|sein\w*|"
    r"ihr\w*|unser\w*|de[nmr]|die|das|got|get|have|has|had|habe|hat)[ \t]+)?"
    r"(?P<product>[A-Za-z][\w-]*)[ \t]+(?:(?:made|manufactured)[ \t]+by|from|by|von|vom|of)"
    r"[ \t]+(?:the[ \t]+)?$"
)
# A slang or general noun for the device straight after the maker, a thing's word before:
# "a St Jude box", "my Medtronic unit", "the Paxman cap".
_THING_BEFORE = re.compile(r"\b(?:a|an|the|my|his|her|their|our|this|that)[ \t]+$", re.I)
_DEVICE_AFTER = re.compile(
    r"[ \t]+(?:cold[ \t]+|scalp[ \t]+)?(box|unit|machine|kit|system|cap|caps|cooling|cooler|"
    r"bags?|wafers?|rings?|flanges?|paste|model)\b",
    re.IGNORECASE,
)
# Scalp cooling and stoma care said before the maker: "cold capping with Paxman".
_CARE_BEFORE = re.compile(
    r"\b(?:cold[ \t-]+cap\w*|scalp[ \t-]+cool\w*|cooling[ \t]+cap\w*|stoma\w*|"
    r"ostomy|colostomy|ileostomy|urostomy|bags?)[ \t]+(?:with|from|by|using)[ \t]+(?:the[ \t]+)?$",
    re.IGNORECASE,
)
# Nouns of devices and drugs that name the product before "from", "by" or "von".
_PRODUCTS = frozenset(
    """vaccine vaccines booster boosters jab jabs dose doses shot shots insulin pens pen
    pump pumps sensor sensors meter meters monitor cgm pacemaker icd icds defibrillator
    valve valves stent stents implant implants device devices lead leads generic generics
    brand tablets pills capsules inhaler inhalers patch patches biosimilar cap caps
    bags wafers impfung impfstoff schrittmacher herzschrittmacher""".split()
)
# A switch of maker: "from Teva to Accord", "Teva -> Accord"; a verb of switching must
# stand in the sentence, and no word of working ("moved from Pfizer to Roche as a rep").
# The switch done to the product, not by a person: "my levo got switched", "they
# switched my levo", "the brand changed", "wurde umgestellt"; "my wife switched from
# Pfizer to Roche" and "Aoife switched from Abbvie to Amgen" name employers.
_SWITCH = re.compile(
    r"\b(?:(?:got|get|gets|was|were|been|be|being|is|are|wurde|wurden|ist)[ \t]+"
    r"(?:\w+[ \t]+)?(?:switch\w*|chang\w*|swap\w*|gewechselt|umgestellt)|"
    r"(?:switch\w*|chang\w*|swap\w*)[ \t]+(?:my|his|her|their|our|the|me|him|us|them)\b|"
    r"brand[ \t]+(?:switch\w*|chang\w*|swap\w*)|(?:switch\w*|chang\w*)[ \t]+(?:the[ \t]+)?brand)",
    re.I,
)
# What was switched must be said in the sentence: a listed drug, a product's noun or a
# short form ("my levo got switched from Teva to Accord"; "my husband went from Pfizer
# to Roche" names his employers).
_SHORT_FORMS = frozenset(
    "levo thyrox meds med medication medications prescription script scripts".split()
)
_TO = r"[ \t]+(?:to|->|→|auf|zu)[ \t]+"
_SWITCHED_FROM = re.compile(r"(?:from[ \t]+)?(\S+(?:[ \t]+\S+)?)" + _TO + r"$")
_SWITCHED_TO = re.compile(_TO + r"(\S+(?:[ \t]+\S+)?)")
_WORK = re.compile(
    r"\b(?:work\w*|jobs?|employ\w*|hired|joined|rep|reps|colleagues?|career|contract\w*|"
    r"interview\w*|role|position|salary|office|redundan\w*|arbeite\w*|stelle|gig|"
    r"landlord|money|insurance|health[ \t]+plan|shifts?|boss|manager|reshuffle|firm|"
    r"company|as[ \t]+(?:my[ \t]+|our[ \t]+|a[ \t]+|the[ \t]+)?(?:gp|doctor|dentist|"
    r"provider|insurer|employer)|(?:she|he|they|we)[ \t]+(?:\w+[ \t]+)?"
    r"(?:switched|changed|moved))\b",
    re.IGNORECASE,
)
_DEVICE_NEAR = re.compile(
    r"\b(?:pacemakers?|pacers?|icds?|defibrillators?|crt-?[dp]?|pumps?|cgms?|sensors?|valves?|"
    r"stents?|implants?|devices?|loop\s+recorders?|stimulators?|monitors?|meters?|"
    r"schrittmacher|herzschrittmacher|shocks?|shocked|generators?|box\s+change)\b",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"[.!?\n]")
# A token of every maker's name above and in MAKER (``medical_kinds_more`` asks
# ``maker_product`` only of a guess holding one or followed by one) ("jude" of "St Jude", "accu" of
# "Accu-Chek", "astrazeneca" and "astra"); "&" of "J&J" is in no token.
MAKER_TOKENS = frozenset(
    """pfizer biontech moderna astra astrazeneca zeneca janssen johnson novavax sanofi gsk
    glaxo glaxosmithkline merck msd lilly novo roche genentech abbvie amgen bayer teva
    mylan viatris sandoz boehringer takeda gilead biogen novartis sinovac sinopharm
    covaxin seqirus valneva sputnik zydus cipla lupin accord actavis aurobindo ucb ipsen
    servier regeneron otsuka astellas eisai organon celltrion fresenius hikma perrigo
    haleon dexcom insulet omnipod medtronic ypsomed ferring bms bristol abbott accu
    tandem bd becton baxter boston jude biotronik livanova abiomed paxman dignicap
    coloplast convatec dansac salts""".split()
)


def maker_product(span: Span, text: str, lex: Lexicon) -> bool:
    """Whether a guessed name, place or organisation is a maker named for its product,
    or a maker and its model (see above)."""
    if span.type not in _GUESSES or span.source in SURE_SOURCES:
        return False
    piece = span.text.rstrip(" .,;:!?")
    after = text[span.start + len(piece) : span.start + len(piece) + 16].split()
    words = piece.replace("-", " ").lower().split() + [w.lower() for w in after[:1]]
    if MAKER_TOKENS.isdisjoint(words):
        return False  # no maker's word in the guess or just after it ("St" of "St Jude")
    m = _maker_at(text, span.start, span.start + len(piece))
    if m is None:
        return False
    start, end = m.start(), max(m.end(), span.start + len(piece))  # "St" of "St Jude"
    if person_cue_before(text, start):
        return False
    lo, hi = _sentence(text, start, end)
    if _WORK.search(text, lo, hi):
        return False
    if _VENUE_BEFORE.search(text, max(0, start - 12), start):
        return _switched(text, start, end, lo, hi, lex)  # "at Abbott Northwestern", "in
        # the St Jude system", "to the St Jude unit": a hospital, where one goes
    if m.end() < end:
        return _model(text[m.end() : end], text, start, end, lex)
    maker = text[start:end].split()[0].lower()
    if (
        lex.flag(fold_term(maker)) & (FIRST | LAST)  # "Lilly", "Abbott", "Roche": people too
        or _PERSON_NEAR.match(text, end)  # "Ventolin from Roche next door"
        or _PERSON_SAID.search(text, lo, hi)  # "from Novartis, he's a chemist there"
    ):
        return _switched(text, start, end, lo, hi, lex)  # only a switch says a maker
    made = _MADE_BY.search(text, max(0, start - 40), start)
    if made and _product(made.group("product"), lex, made.group("owned") is not None):
        return True  # "Comirnaty from Pfizer", "einen ICD von Biotronik"
    device = _DEVICE_AFTER.match(text, end)
    if (
        device
        and _THING_BEFORE.search(text, max(0, start - 8), start)
        and not _OF_AFTER.match(text, device.end())  # "my St Jude box of cards"
        and _device_of(maker, device.group(1).lower(), text, start, end)
    ):
        return True  # "a St Jude box" beside a pacemaker, "the Paxman cap"
    if _CARE_BEFORE.search(text, max(0, start - 40), start):
        return True  # "cold capping with Paxman"
    return _switched(text, start, end, lo, hi, lex)


def _maker_at(text: str, start: int, end: int) -> re.Match[str] | None:
    """The maker's name the guess at ``start:end`` opens or lies inside, if any."""
    lo = max(0, start - 12)
    for pattern in (MAKER, _DEVICE_MAKERS):
        for m in pattern.finditer(text, lo, min(len(text), end + 24)):
            if m.start() <= start < m.end():
                return m
    return None


def _device_of(maker: str, noun: str, text: str, start: int, end: int) -> bool:
    """A device's noun after a maker that makes it: a scalp cooler's cap, a stoma
    maker's bags and rings; any other ("box", "unit", "system") only where a device
    is named nearby ("the St Jude unit" is a hospital's ward)."""
    if noun in _SCALP_NOUNS:
        return maker in _SCALP_MAKERS
    if noun in _STOMA_NOUNS:
        return maker in _STOMA_MAKERS
    return _DEVICE_NEAR.search(text, max(0, start - 120), min(len(text), end + 60)) is not None


def _product(word: str, lex: Lexicon, owned: bool) -> bool:
    """A listed drug or device brand ("Comirnaty"), or a product's noun someone has
    ("einen ICD", "my pump"; a bare "ICD von Biotronik." may head a job)."""
    key = fold_term(word)
    if lex.flag(key) & (MEDICAL | DRUG):
        return True
    return owned and (key in _PRODUCTS or medical_noun(key) or acronym(word))


def _model(rest: str, text: str, start: int, end: int, lex: Lexicon) -> bool:
    """A maker and one or two capitalised words no name or town list holds ("Abbott
    Assurity"), with a device named in the sentence or the one before it."""
    words = rest.split()
    if not 1 <= len(words) <= 2 or not all(w[:1].isupper() and w.isalpha() for w in words):
        return False
    if any(lex.flag(fold_term(w)) & (FIRST | LAST | PLACE | DICT_WORD) for w in words):
        return False  # "Abbott Northwestern", "Baxter Regional": hospitals
    return _DEVICE_NEAR.search(text, max(0, start - 120), min(len(text), end + 60)) is not None


def _switched(text: str, start: int, end: int, lo: int, hi: int, lex: Lexicon) -> bool:
    """One maker swapped for another in a sentence of switching: "from Teva to Accord"."""
    if not _SWITCH.search(text, lo, hi) or not _product_said(text, lo, hi, lex):
        return False
    before = _SWITCHED_FROM.search(text, lo, start)
    if before and MAKER.search(before.group(1)):
        return True
    after = _SWITCHED_TO.match(text, end, hi)
    return bool(after and MAKER.match(after.group(1)) and "from" in text[lo:start].lower())


def _product_said(text: str, lo: int, hi: int, lex: Lexicon) -> bool:
    """A drug, a product's noun or a short form between ``lo`` and ``hi`` (an illness is
    no product: "... and her IBS calmed down")."""
    for m in _WORDS.finditer(text, lo, hi):
        key = fold_term(m.group())
        if key in _SHORT_FORMS or key in _PRODUCTS or lex.flag(key) & DRUG:
            return True
    return False


_WORDS = re.compile(r"[A-Za-zÀ-ÿ][\w-]*")
# A person or a place straight after the maker: "Ventolin from Roche next door", "stoma
# bags with Abbott at the front desk", "a pen from Novartis, he's a chemist there".
_PERSON_NEAR = re.compile(
    r"(?:[ \t]+(?:at|in|next|down|up|across|round|over|on|from|who|there|today|"
    r"yesterday)\b|[ \t]*,[ \t]*(?:he|she|they|who)\b|['’]s\b)",
    re.IGNORECASE,
)
_VENUE_BEFORE = re.compile(r"\b(?:at|in|into|to)[ \t]+(?:the[ \t]+)?$", re.IGNORECASE)
_PERSON_SAID = re.compile(
    r"\b(?:he|she)(?:['’]s|[ \t]+(?:is|was|has|had))\b|\bthere\b", re.IGNORECASE
)
_OF_AFTER = re.compile(r"[ \t]+of\b")


def _sentence(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence around ``start:end``, looking at most 120 characters each way."""
    lo = max(0, start - 120)
    ends = [m.end() for m in _SENTENCE_END.finditer(text, lo, start)]
    lo = ends[-1] if ends else lo
    nxt = _SENTENCE_END.search(text, end, end + 120)
    return lo, nxt.start() if nxt else min(len(text), end + 120)
