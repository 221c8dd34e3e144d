"""Hospitals and clinics named without "Hospital" where the sentence is about care
("an endoscopy at Queen Alexandra", "TAVI at the N&N").

A capitalised phrase after "at", "to", "in"... counts as a place only when care words
stand near it; split from ``names_extra`` as the one finder that reads the sentence
around its match.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from app.redact.employers_edges import ends_name
from app.redact.lexicon import DRUG, MEDICAL, Lexicon
from app.redact.medical_acronyms import acronym
from app.redact.names_context import CALENDAR
from app.redact.names_cues import CLOSED_CLASS, FUNCTION, KIN
from app.redact.spans import Source, Span, SpanType
from app.redact.windows_at import AtWords

# A hospital's initials, which end in its H, before the team or room the writer saw:
# "KMCH endo said", "RPAH clinic", "QEUH ward" (a hormone's "ACTH" is medicine).
_HOSPITAL_INITIALS = re.compile(
    r"\b([A-Z]{3,5}H)\s+(?:endo|neuro|cardio|rheum|derm|onc|haem|gastro|paeds|renal|"
    r"clinic|OPD|ward|ED|A&E|casualty|consultant|doctor|doc|team|nurse|hospital|"
    r"emergency|outpatients)\b"
)
# Conditions and hormones whose letters end in H ("SIADH", "IPAH", "CAH", "ETOH", "DISH").
_H_CONDITION = re.compile(r"SIADH|IPAH|HPAH|NCAH|ETOH|DISH|GHRH|GNRH|CTEPH|PCNSH")
_CARE_WORDS = frozenset(
    "hospital clinic infusion infusions endoscopy colonoscopy scan scans mri ct x-ray xray "
    "surgery op operation appointment appt consultant ward a&e er icu admitted referred seen "
    "discharged transfusion transfusions dialysis tilt physio bloods biopsy chemo "
    "radiotherapy tavi endo gp rheum neuro derm cardio nurse nurses surgeon doctor dr "
    "specialist team unit department suite jab injection treated diagnosed review bed stay "
    "maternity delivered born saw see seeing under results result follow-up checkup "
    "check-up".split()
)
_CARE_TOKEN = re.compile(r"[a-z][a-z&-]*")
# "diagnosed at Stage Four", "seen at Grade 2": a disease's stage, not a place.
_STAGING = frozenset("stage grade level phase type cycle".split())
_CARE_PLACE = re.compile(
    r"\b(?:at|to|in|from|for|near)\s+(?:the\s+)?"
    r"((?:[A-Z][\w'’&-]*)(?:\s+(?:[A-Z][\w'’&-]*|of|and|&)){0,4}(?<![\s&]))"
)
_CARE_PLACE_FAST = AtWords(_CARE_PLACE, "at to in from for near".split())
# A hospital by its nickname: "infusion day at the Neuro", "admitted to the Royal",
# "back in the Gen", "the results from the Regional". Alone after "the", capitalised,
# and no care noun or further name after it ("the Neuro clinic" is a department, "the
# Royal Navy" no hospital).
_NICKNAME = re.compile(
    r"\b(?:at|to|in|into|from|outside|near)\s+the\s+"
    r"(Neuro|Royal|Gen|General|Infirmary|Brompton|Children's|Children’s|Women's|Women’s|"
    r"Regional|Memorial|Mater|Alfred|Queen's|Queen’s)"
    r"(?![\w'’-])(?!\s+(?:[A-Z]|clinic|ward|unit|team|department|dept|service|nurse|"
    r"consultant|doctor|registrar|surgeon|election|public|knowledge|anaesthetic))"
)
_SENTENCE_END = re.compile(r"(?<!\bDr)(?<!\bMr)(?<!\bMs)(?<!\bSt)(?<!\bMrs)[.!?](?:\s|$)|\n")
_CONDITION_CLINIC = re.compile(r"\s+(?:clinic|service|team|unit|nurse|group|pathway)\b", re.I)
# Words that cannot end a place's name: "Jubilee of", "Mthatha and I".
_TRAILING = re.compile(r"(?:\s+(?:of|and|&|I))+$")
# Titles of a person that no hospital is named after.
_PERSON_TITLES = frozenset("dr drs doctor mr mrs ms miss mx prof professor".split())
# Care settings that name no place ("in A&E", "to the ER").
_CARE_SETTINGS = frozenset(
    [
        "A&E",
        "ER",
        "ED",
        "ICU",
        "ITU",
        "HDU",
        "AMU",
        "SDEC",
        "OPD",
        "MAU",
        "CCU",
        "NICU",
        "PICU",
        "OR",
        "OT",
        "GP",
        "UTC",
        "WIC",
    ]
)


def find(text: str, lex: Lexicon) -> Iterator[Span]:
    if not _has_care(text):
        return
    if " the " in text:
        for m in _NICKNAME.finditer(text):
            yield Span(m.start(1), m.end(1), SpanType.PLACE, Source.CONTEXT, 0.6, m.group(1), True)
    for m in _HOSPITAL_INITIALS.finditer(text) if "H " in text else ():
        if (
            not lex.flags.get(m.group(1).lower(), 0) & (MEDICAL | DRUG)
            and not acronym(m.group(1))
            and not _H_CONDITION.fullmatch(m.group(1))
        ):  # "SIADH team" is the condition's team
            yield Span(m.start(1), m.end(1), SpanType.PLACE, Source.CONTEXT, 0.6, m.group(1), True)
    flags = lex.flags
    for m in _CARE_PLACE_FAST.finditer(text):
        phrase = m.group(1)
        first = phrase.split()[0]
        key = first.lower().rstrip("'’s")
        if (
            key in FUNCTION
            or key in CALENDAR
            or flags.get(key, 0) & MEDICAL
            or key in CLOSED_CLASS
            or key in KIN
            or key in _STAGING
            or key.rstrip(".") in _PERSON_TITLES  # "results to Dr. Walker": a person (not
            # "Sir" or "Lady", which hospitals are named after: "Lady Cilento")
            or first in ("I", "A")
        ):
            continue
        if first.isupper() and len(first) <= 3 and "&" not in first:
            continue  # "at A&E" is caught above; "at GH" by the name finder
        phrase = _TRAILING.sub("", _up_to_break(phrase, flags))
        if phrase.upper() in _CARE_SETTINGS:
            continue
        if flags.get(phrase.split()[-1].lower(), 0) & MEDICAL and _CONDITION_CLINIC.match(
            text, m.start(1) + len(phrase)
        ):
            continue  # "the Long Covid clinic": a condition's clinic, no place's name
        before = _SENTENCE_END.split(text[max(0, m.start() - 60) : m.start()])[-1]
        after = re.split(r"[.!?\n]", text[m.end() : m.end() + 25])[0]
        if not (_has_care(before) or _has_care(after)):
            continue
        end = m.start(1) + len(phrase)
        yield Span(
            m.start(1),
            end,
            SpanType.PLACE,
            Source.CONTEXT,
            0.6,
            text[m.start(1) : end],
            uncertain=True,
        )


def _up_to_break(phrase: str, flags: dict[str, int]) -> str:
    """The phrase before its first day or medicine: "Tesco Monday" is "Tesco"."""
    words = phrase.split()
    for j in range(1, len(words)):
        key = words[j].lower().strip("'’")
        if ends_name(key, flags.get(key, 0)):
            return " ".join(words[:j])
        if key in ("and", "&") and j + 1 < len(words) and _SHORT_CAPS.fullmatch(words[j + 1]):
            return " ".join(words[:j])  # "Kirklees Council and OH referred me": two
    return phrase


_SHORT_CAPS = re.compile(r"[A-Z]{2,4}")


def _has_care(text: str) -> bool:
    """Whether the words are about care (a hospital, a scan, a doctor)."""
    return not _CARE_WORDS.isdisjoint(_CARE_TOKEN.findall(text.lower()))
