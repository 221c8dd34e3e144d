"""A word the lists do not know, taken the way only a medicine is taken.

Brands come faster than any list: a new biologic, a German or Indian brand, a pump's
feature. The name finders' last net takes such a word for a person ("Mum is doing
better on Zelvoxa", "Day 3 of Norvexa", "the Tavlexa is working") and the post loses
the drug the whole entry is about. Some frames say "medicine" on their own, because no
one is taken in courses, has side effects, or is approved by an insurer: those decide
here, for a single capitalised word that no name or town list holds. A listed name
("Rennie", "Allegra") is left to the finders that weigh a medical cue near it.

The same frames tell a profile name that is also a brand ("Stelara") from the person
of that name (``profile_medicine.profile_drug``).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from app.redact.medical_eponyms import elided_disease
from app.redact.medical_tokens import holds_any, may_end_with
from app.redact.spans import Source, Span, SpanType

_REACH = 50
_OWN_SOURCES = (Source.PROFILE, Source.USER)
# Medical acronyms no list flags because a town or a title shares them.
ACRONYMS = frozenset(
    "ms ra as ibs ibd ckd copd pots cf ed ct mri ecg ekg eeg gp ae icu hdu ot pt slt "
    "adhd asd ocd ptsd gad bpd cfs me fnd eds hs pcos uti dvt pe mi tia cva sle ps "
    "pa t1d t2d dka hrt iud ivf tb hiv hpv hsv rsv cmv ebv".split()
)
# Frames before the word: "Day 3 of", "week 6 on", "side effects from", "a course of",
# "anyone tried", "insurance finally approved".
_BEFORE = re.compile(
    r"(?:\b(?:day|days|week|weeks|month|months|dose|cycle|round|shot|injection|infusion|"
    r"pen)\s+\d+\s+(?:of|on|into)"
    r"|\bside[- ]?effects?\s+(?:of|from|on|with)"
    r"|\b(?:doses?|course|courses|box|packs?|scripts?|prescriptions?|refills?|pens?|"
    r"vials?|samples?|trial|titration|taper|loading\s+dose)\s+of"
    r"|\banyone\s+(?:else\s+)?(?:tried|trying|taking|taken|using|used|started)"
    r"|\bswitch(?:ed|ing)?\s+(?:me|him|her|them|us|mum|mom|dad)\s+(?:over\s+)?to"
    r"|\bput\s+(?:\w+\s+)?on|\bnehme\s+ich|\bnimmt\s+(?:er|sie)|\berfahrung(?:en)?\s+mit"
    r"|\b(?:umgestellt|umstellung)\s+auf"
    r"|\b(?:apotheke|pharmacy|chemist)\b[^.!?\n]{0,25}\b(?:hatte|had|has|gave|ordered|"
    r"bestellt|out\s+of|keine?n?)"
    r"|\b(?:insurance|insurer|formulary|medicare|medicaid|pbs|pharmac|prior\s+auth\w*)\b"
    r"[^.!?\n]{0,40}\b(?:approved|denied|covers?|covered|refused|rejected|declined))"
    r"\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# "Doing better on X", "anyone else on X" say as much of an island as of a drug ("Life
# is better on Waiheke", "anyone else on Rakiura this weekend?"): they take only a listed
# medicine, a word coined as brands are (the x, z and q their makers favour: "Norvexa",
# "Brimzora", "Qentavy") or one a strength follows.
_ON_EITHER = re.compile(
    r"\b(?:better|worse|stable|stabili[sz]ed|great|well|any(?:one|body)(?:\s+else)?)\s+on"
    r"\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_BRAND_LETTERS = re.compile(r"[xzq]", re.IGNORECASE)
_STRENGTH_NEAR = re.compile(
    r"[^.!?\n]{0,20}?\b\d+(?:\.\d+)?\s?(?:mg|mcg|µg|ml|units?|iu)\b", re.IGNORECASE
)
# Frames after "the X" or "my X": what a drug does, or a noun of its taking.
_AFTER_THE = re.compile(
    r"\s+(?:(?:is|was|has|finally|really|just|seems\s+to\s+be)\s+)?"
    r"(?:working|kicking\s+in|kicked\s+in|wearing\s+off|wore\s+off|"
    r"made\s+me\s+(?:so\s+|really\s+|very\s+|feel\s+)?(?:dizzy|sick|nauseous|nauseated|"
    r"queasy|drowsy|sleepy|tired|exhausted|itchy|jittery|shaky|bloated|foggy|flushed)|"
    r"has\s+been\s+a\s+(?:game[- ]?changer|life[- ]?saver|miracle)|shipment|delivery|"
    r"refill|co-?pay|coupon|savings\s+card|nurse\s+line|starter\s+kit|patient\s+support)\b",
    re.IGNORECASE,
)
# German verbs of prescribing after the word ("hat mir X verschrieben"), a payer's
# approval ("got X approved through the PBS"), and "Is X worth it?" as a question.
_AFTER_ANY = re.compile(
    r"\s+(?:verschrieben|verordnet|abgesetzt|absetzen|eingenommen|gespritzt|verabreicht)\b"
    r"|\s+(?:(?:was|got|finally)\s+)?(?:approved|denied|covered|funded)\s+(?:through|by|on|"
    r"under)\s+(?:the\s+|my\s+)?(?:pbs|nhs|insurance|medicare|medicaid|pharmac|ohip|nice|"
    r"formulary)\b",
    re.IGNORECASE,
)
# A word each of _AFTER_ANY's phrases holds whole, and _WORTH's first words: a text with
# none of them (most) needs neither pattern tried after each guess.
_AFTER_ANY_WORDS = frozenset(
    "verschrieben verordnet abgesetzt absetzen eingenommen gespritzt verabreicht approved "
    "denied covered funded".split()
)
_WORTH_WORDS = frozenset(["worth", "any"])
_ASKED = re.compile(r"(?:^|[.!?\n]\s*)(?:is|was)\s+$", re.IGNORECASE)
_WORTH = re.compile(r"\s+(?:worth\s+(?:it|trying|the)|any\s+good)\b", re.IGNORECASE)
# "Day 3 of Kelani's visit", "better on Kilbeggan Road", "anyone else on Quadra Island",
# "switched me to the Dunlavin branch": a person's, a street's, an island's, a workplace's.
_OWNER_AFTER = re.compile(
    r"['’]s?\b|\s+(?:road|rd|street|st|avenue|ave|lane|drive|way|bridge|beach|island|isle|"
    r"branch|office|site|store|shop|depot|team|school|campus)\b",
    re.IGNORECASE,
)
# Endings of diseases and procedures as German (and Latin) writes them.
_ILLNESS_END = re.compile(
    r"\w{4}(?:itis|(?<![bmlnt]r)ose|ämie|aemie|pathie|algie|plegie|ektomie|skopie|urie|"
    r"penie|karzinom|insuffizienz|infarkt|syndrom)$",
    re.IGNORECASE,
)
_THE_BEFORE = re.compile(r"(?:^|[.!?\n]\s*|\b(?:the|my|this|that)\s+)$", re.IGNORECASE)
# The last word of each frame of ``_BEFORE`` and ``_ON_EITHER``, lower-cased.
FRAME_ENDS = (
    "of on into from with tried trying taking taken using used started to ich er sie mit "
    "auf hatte had has gave ordered bestellt kein keine keinn keinen approved denied cover "
    "covers covered refused rejected declined"
).split()
_FRAME_ENDS = tuple(FRAME_ENDS)


def frame_may_end(text: str, lo: int, start: int) -> bool:
    """False only if no frame of ``_BEFORE`` or ``_ON_EITHER`` ends at ``start``: each
    ends in one of ``FRAME_ENDS``, a space and perhaps "the". Searching the 50 characters
    before every guessed name costs more than reading the word before it."""
    return may_end_with(text, lo, start, _FRAME_ENDS, ("the",))


def medicine_frame(text: str, start: int, end: int, listed: bool = False) -> bool:
    """Whether the words around ``start:end`` take it as only a medicine is taken;
    ``listed`` says the lexicon knows the word as medicine."""
    lo = max(0, start - _REACH)
    framed = frame_may_end(text, lo, start)
    if (framed and _BEFORE.search(text, lo, start)) or (
        holds_any(text, _AFTER_ANY_WORDS) and _AFTER_ANY.match(text, end)
    ):
        return True
    if (
        framed
        and _ON_EITHER.search(text, lo, start)
        and (listed or _BRAND_LETTERS.search(text, start, end) or _STRENGTH_NEAR.match(text, end))
    ):
        return True
    if holds_any(text, _WORTH_WORDS) and _WORTH.match(text, end) and _ASKED.search(text, lo, start):
        return True
    return _AFTER_THE.match(text, end) is not None and _THE_BEFORE.search(text, lo, start)


def unknown_drug(
    span: Span,
    text: str,
    name_like: Callable[[str], bool] | None,
    medical_word: Callable[[str], bool] | None = None,
) -> bool:
    """A guessed name or place of one capitalised word no name list holds, in a frame
    that only a medicine fits ("Day 3 of Zelvoxa", "the Tavlexa is working"), or shaped
    as German writes medicine: a drug's English name less its final e ("Spironolacton",
    "Amlodipin"), a disease's ending ("Mononukleose", "Arthrose", "Gastritis")."""
    if span.type not in (SpanType.NAME, SpanType.PLACE):
        return False
    if span.source not in (Source.UNKNOWN_WORD, Source.CONTEXT):
        return False
    word = span.text.strip()
    if not word[:1].isupper() or not word.replace("-", "").isalpha():
        return False
    if name_like is None or name_like(word) or _OWNER_AFTER.match(text, span.end):
        return False
    if (
        span.source is Source.UNKNOWN_WORD  # no title or kin before it: "Dr Glucagon"
        and medical_word is not None
        and len(word) >= 6
        and (medical_word(word + "e") or _ILLNESS_END.search(word))
    ):
        return True
    listed = medical_word is not None and medical_word(word)
    return medicine_frame(text, span.start, span.end, listed)


# Nouns a condition's acronym qualifies: "the MS nurse", "RA clinic", "MS coffee morning".
_QUALIFIED = frozenset(
    "nurse nurses clinic clinics team society group groups support coffee meeting meetup "
    "charity walk fundraiser community forum centre center unit ward specialist "
    "consultant diagnosis symptoms symptom flare flares fatigue pain meds medication "
    "drugs treatment infusion infusions relapse relapses warriors awareness research "
    "trust foundation friends life journey brain lesions".split()
)
_NEXT_WORD = re.compile(r" ([a-z]+)\b")
_MS_TITLE = re.compile(r"\bMS\.?\s+$")
# A test's or a condition's acronym in the plural: "LFTs", "ECGs", "TIAs".
_PLURAL_ACRONYM = re.compile(r"[A-Z][A-Z0-9]{1,4}s")


# A letter and a full stop, then a word or two: read as initials and a surname.
_GLUED_INITIAL = re.compile(r"[A-Z]\.\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?")


def condition_word(span: Span, text: str, medical_word: Callable[[str], bool] | None) -> bool:
    """A condition's or a test's acronym read as a place or a name: "at the MS coffee
    morning", "they want LFTs a week before", "the
    RA clinic" (a noun of care or community after it: "at the PA lol" stays a place);
    and a drug after the condition's "MS." read as the title "Ms." ("wegen der MS.
    Ocrevus gibt es")."""
    if span.type not in (SpanType.NAME, SpanType.PLACE) or span.source in _OWN_SOURCES:
        return False
    word = span.text.strip()
    if span.start and text[span.start - 1].isdigit() and _GLUED_INITIAL.fullmatch(word):
        # "stage 3C. Gyn onc": the stage's letter and a department, not initials
        return medical_word is not None and all(medical_word(w) for w in word.split()[1:])
    if word.isupper() and word.lower() in ACRONYMS:
        m = _NEXT_WORD.match(text, span.end)
        return m is not None and m.group(1) in _QUALIFIED
    if word.endswith("s") and _PLURAL_ACRONYM.fullmatch(word):
        single = word[:-1]
        return single.lower() in ACRONYMS or (medical_word is not None and medical_word(single))
    return (
        "MS" in text[max(0, span.start - 5) : span.start]
        and _MS_TITLE.search(text, max(0, span.start - 8), span.start) is not None
        and medical_word is not None
        and medical_word(word)
    )


# An eponym with its disease word left off ("I have Gilbert's.", "Mum had Sever's too",
# "living with Schirmer's and POTS"): a possessive no noun follows, after a word of
# diagnosing, or after a word of having when the name is a listed disease ("this year
# it's Thabo's" is the host of Christmas). "at Gilbert's", "Gilbert's car" are the person's.
_DIAGNOSED_BEFORE = re.compile(
    r"\b(?:diagnosed\s+with|dx(?:\s+of)?|diagnosis(?:\s+of)?|suspected|possible|probable|"
    r"confirmed|living\s+with)\s*:?\s+$",
    re.IGNORECASE,
)
_HAVING_BEFORE = re.compile(r"\b(?:have|has|had|got|with|it['’]?s)\s*:?\s+$", re.IGNORECASE)
_POSSESSIVE = re.compile(r"(?:['’]s|s['’]|['’])")
# ("We have Tavish's and my birthday", "She has Zanele's, and I have the key": people.)
_NO_NOUN_AFTER = re.compile(
    r"\s*(?:[.;:!?)]|$)|,\s+(?:not|which|so)\b|\s+(?:too|as\s+well|since|flares?|symptoms)\b"
    # a time said of the illness: "Had Bell's last month", "had Sever's as a kid"
    r"|\s+(?:last\s+(?:year|month|spring|summer|autumn|fall|winter)|again|twice|back\s+in|"
    r"in\s+(?:19|20)\d\d|as\s+an?\s+(?:kid|child|teen))\b"
    r"|\s+(?:and|or)\s+(?!(?:my|I|me|his|her|their|our|your|the|a|an)\b)",
    re.IGNORECASE,
)


def elided_eponym(span: Span, text: str) -> bool:
    """A guessed name that is an eponymous disease without its disease word."""
    if span.type not in (SpanType.NAME, SpanType.PLACE) or span.source in _OWN_SOURCES:
        return False
    raw = span.text.rstrip()
    end = span.start + len(raw)
    if "'" not in text[end - 2 : end + 2] and "’" not in text[end - 2 : end + 2]:
        return False
    m = _POSSESSIVE.search(raw, len(raw) - 2) if raw.endswith(("s", "'", "’")) else None
    word = raw[: m.start()] if m and m.end() == len(raw) else raw
    if word is raw:
        after = _POSSESSIVE.match(text, end)
        if after is None:
            return False
        end = after.end()
    if not word[:1].isupper() or not word.replace("-", "").isalpha():
        return False
    if not _NO_NOUN_AFTER.match(text, end):
        return False
    lo = max(0, span.start - _REACH)
    if _DIAGNOSED_BEFORE.search(text, lo, span.start):
        return True
    return elided_disease(word) and _HAVING_BEFORE.search(text, lo, span.start) is not None
