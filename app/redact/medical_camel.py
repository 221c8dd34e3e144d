"""Words written together in capitals that are medicine: devices, screening programmes and
conditions as hashtags ("NxStage", "HomeChoice", "BreastCheck", "#BellsPalsy").

Brands and programmes run their words together ("BowelScreen", "CervicalCheck"), and
so do hashtags of a condition ("#HidradenitisSuppurativa"). The unknown-word net takes
such a word for a name, and the post loses the machine or the condition it is about.
Firms write themselves the same way ("MinuteClinic", "GoFundMe", "PanCAN", "MediClin"),
so a word joined so is medicine only when

- its parts name the medicine themselves: every part medicine's ("Hidradenitis
  Suppurativa"; "LakesideDermatology" is a clinic), two parts ending in a condition's
  head after a medical word ("BellsPalsy", "LymeDisease"; not "CabinFever" nor a
  fundraiser's "#JaxonsLymeDisease"), or a body part or an illness with a word of
  screening ("BreastCheck", "BowelScreen"); or
- it is a hashtag of an illness: an illness's word and only the words such tags are
  made of ("#BreastCancer", "#LupusWarrior", "#CrohnsSucks"); never with any other word,
  since a child's name or a town rides in such tags ("#RubyVsCancer", "#EpilepsyWagga");
  or
- it is used as a device: "with the NxStage", "on the HomeChoice" (never "via the", a
  service's), with a machine's treatment in its clause ("home hemo", "APD", "CPAP"),
  last in its phrase (not "the JetBlue flight") and not in the plural (a family: "with
  the McKenzies");

and never when a part is an organisation's word ("Clinic", "Fund", "Health", "Care",
"Me") or a lone capital ("PanCAN"), when it opens with a surname's particle ("McKenzie",
"DeSantos", "VanWyk"), or when a person cue stands before it.
"""

from __future__ import annotations

import re

from app.redact.lexicon import COUNTRY, FIRST, LAST, MEDICAL, PLACE, Lexicon
from app.redact.medical_eponyms import elided_disease
from app.redact.medical_nouns import MEDICAL_SHAPE, medical_noun
from app.redact.names_cues import FUNCTION
from app.redact.normalise import fold_term
from app.redact.person_cue import person_cue_before
from app.redact.spans import SURE_SOURCES, Span, SpanType

_GUESSES = (SpanType.NAME, SpanType.PLACE, SpanType.EMPLOYER, SpanType.OTHER)
_CAMEL = re.compile(r"[A-Z][a-z]*(?:[A-Z][a-z]+)+")
_PART = re.compile(r"[A-Z][a-z]*")
# Parts that make a firm, a charity or a service of the word.
_ORG_PARTS = frozenset(
    """clinic clinics clin fund funds me health care cares partners partner cross shield
    network foundation trust society action alliance group hub centre center hospital
    pharmacy pharma md rx direct online connect labs lab link one co inc uk usa bank
    works kids team club app apps pay cash money credit life""".split()
)
# Parts that say screening or checking: with a body part or an illness, a programme.
_SCREENING = frozenset("check checks screen screening scan test tests watch".split())
# Body parts and illnesses that screening programmes are named after and that
# ``medical_noun`` does not hold.
_SCREENED = frozenset("breast cervical prostate retinal diabetic diabetes eye eyes aaa".split())
# Condition heads that end a condition's name whatever comes before ("BellsPalsy").
_CONDITION_HEADS = frozenset(
    "palsy disease syndrome disorder sclerosis dystrophy fever atrophy".split()
)
# Treatments a machine is used for, in capitals or not ("home hemo", "APD", "CPAP").
_TREATMENTS = frozenset(
    """hemo haemo dialysis apd capd ccpd pd hd cycler exchanges cpap bipap apap oxygen
    concentrator ventilator nebuliser nebulizer feeds feeding pump machine infusion
    insulin""".split()
)
# "via the" names a service ("ordered insulin via the PharmEasy"), not a machine.
_DEVICE_BEFORE = re.compile(r"\b(?:with|on|using|onto|off)[ \t]+the[ \t]+$", re.IGNORECASE)
# Surnames joined to a particle: "McKenzie", "MacLeod", "DeSantos", "VanWyk", "FitzGerald".
_NAME_PARTICLES = frozenset(
    "mc mac de di da la le van von du fitz o del della des dos das st ten ter".split()
)
# A device stands last in its phrase: the word after it, if any, is a small word or an
# adverb of when ("on the HomeChoice every night", "the CoughAssist twice a day"), not the
# noun a firm or a place names ("the JetBlue flight", "the DoorDash app", "the DeKalb exit").
_NEXT = re.compile(r"[ \t]+([a-z][a-z'’-]*)")
_WHEN = frozenset("twice once overnight tonight now nightly daily today".split())
_WORD = re.compile(r"[A-Za-z][\w-]*")
_CLAUSE_END = re.compile(r"[.!?;\n]")


def camel_medicine(span: Span, text: str, lex: Lexicon) -> bool:
    """Whether a guessed name, place or organisation is a word joined in capitals that
    is a device, a screening programme or a condition (see above)."""
    if span.type not in _GUESSES or span.source in SURE_SOURCES:
        return False
    piece = span.text.strip(" .,;:!?#")
    if len(piece) < 5 or piece[1:].islower() or piece.isupper() or " " in piece:
        return False  # most guesses: one capital, or all capitals
    if _CAMEL.fullmatch(piece) is None:
        return False
    parts = [p.lower() for p in _PART.findall(piece)]
    if any(len(p) == 1 or p in _ORG_PARTS for p in parts[1:]) or parts[0] in _ORG_PARTS:
        return False  # "PanCAN", "MinuteClinic", "GoFundMe", "MediClin"
    if parts[0] in _NAME_PARTICLES:
        return False  # "the McKenzies", "the DeSantos", "FitzGerald"
    start = span.start + span.text.index(piece)
    if person_cue_before(text, start):
        return False
    if (
        _named_medicine(parts, lex)
        or text[start - 1 : start] == "#"
        and _tagged_illness(parts, lex)
    ):
        return True
    if not _DEVICE_BEFORE.search(text, max(0, start - 12), start):
        return False
    if piece.endswith("s") and not piece.endswith("ss"):
        return False  # a family or a crew in the plural, not a machine
    nxt = _NEXT.match(text, start + len(piece))
    if nxt and nxt.group(1) not in FUNCTION and nxt.group(1) not in _WHEN:
        return False  # "the JetBlue flight", "the McKinsey project"
    return _treatment_in_clause(text, start, start + len(piece))


def _named_medicine(parts: list[str], lex: Lexicon) -> bool:
    """A condition's part or head, or a screened body part and a word of screening."""
    if parts[-1] in _CONDITION_HEADS:  # "BellsPalsy", "LymeDisease"; not "CabinFever",
        # nor a child's fundraiser "#JaxonsLymeDisease" (a name before the condition)
        return len(parts) == 2 and (
            bool(lex.flag(parts[0]) & MEDICAL) or elided_disease(parts[0].removesuffix("s"))
        )
    if any(len(p) > 6 and MEDICAL_SHAPE.match(p) for p in parts):  # "HidradenitisSuppurativa";
        # every part medicine's: "LakesideDermatology", "ValleyCardiology" are clinics
        return all(lex.flag(p) & MEDICAL or medical_noun(p) for p in parts)
    return parts[-1] in _SCREENING and any(
        p in _SCREENED or medical_noun(p) or lex.flag(p) & MEDICAL for p in parts[:-1]
    )


def _tagged_illness(parts: list[str], lex: Lexicon) -> bool:
    """A hashtag of an illness: an illness's word and the words such tags are made of
    ("#BreastCancer", "#LupusWarrior", "#CrohnsSucks", "#EndometriosisAwareness"), or
    every part medicine's ("#MyastheniaGravis" is not: "gravis" is no listed word). No
    other word, since a child's name or a town rides in such tags as often ("#RubyVsCancer",
    "#CancerFreeMaddie", "#EpilepsyWagga")."""
    if len(parts) < 2:
        return False
    seen = False
    for part in parts:
        if part in _TAG_WORDS:
            continue
        flags = lex.flag(part)
        if flags & (FIRST | LAST | PLACE | COUNTRY) and not flags & MEDICAL:
            return False
        if flags & MEDICAL or medical_noun(part) or elided_disease(part.removesuffix("s")):
            seen = True
            continue
        return False
    return seen


# The words illness hashtags are made of, beside the illness's own.
_TAG_WORDS = frozenset(
    """warrior warriors awareness sucks free survivor survivors strong life living
    fighter fighters mom mum mama dad papa mums moms dads parent parents family
    journey support community chronic invisible illness pain day week month
    research cure breast bowel lung lungs brain blood bone kidney liver heart skin
    childhood ovarian prostate cervical pancreatic mental health type""".split()
)


def _treatment_in_clause(text: str, start: int, end: int) -> bool:
    """A treatment a machine gives in the clause around ``start:end`` ("home hemo",
    "APD", "CPAP"): any medical word is not enough ("via the PharmEasy app for my
    metformin", "on the CanTeen camp after chemo")."""
    lo = max(0, start - 60)
    cuts = [m.end() for m in _CLAUSE_END.finditer(text, lo, start)]
    lo = cuts[-1] if cuts else lo
    nxt = _CLAUSE_END.search(text, end, end + 60)
    hi = nxt.start() if nxt else min(len(text), end + 60)
    for m in _WORD.finditer(text, lo, hi):
        if start <= m.start() < end:
            continue
        if fold_term(m.group()) in _TREATMENTS:
            return True
    return False
