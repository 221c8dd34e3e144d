"""Workplaces and places named by the kind of thing they are.

A small firm, a care home or a school is named by a proper name and a word for its
kind: "the Rose Garden nursing home", "Henderson Plumbing", "Ngata Transport". The
capitalised-word net takes the proper name alone when it knows it as a name and misses
it when a list calls it an ordinary word; the kind word tells what it is. So a run of
one to three capitalised words, at least one of them name-like (a given name, surname
or town, or a word the frequency table hardly knows), is an employer:

- before a lower-case word of a workplace's kind ("nursing home", "surgery", "depot");
- or ending in a capitalised word of a firm's kind ("Plumbing", "Electrical", "Ltd");
- or, as a place, in a word of a house ("Willow Lodge", "Hope House": homes, hospices).

No word of the run may be medicine ("the Humira pharmacy"), a day or month ("the
Sunday school"), a language or nationality ("the Chinese takeaway"), or a short
acronym ("the GP surgery"). Places named "X of Y" ("the Bay of Plenty", "Isle of
Wight") are one place, not "Bay" alone; public bodies named "X of/for Y" ("Ministry of
Social Development", "Transport for NSW") are one employer, and so is a unit of the
forces named by its number ("4th Battalion", "22 Squadron").
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace

from app.redact.lexicon import DICT_WORD, DRUG, FIRST, LAST, MEDICAL, PLACE, Lexicon
from app.redact.names_context import CALENDAR
from app.redact.names_cues import CLOSED_CLASS, FUNCTION, LANGUAGES
from app.redact.spans import Source, Span, SpanType
from app.redact.windows import matches_at
from app.redact.windows_tokens import _tokens

_CAP = r"[A-Z][\w'’-]*[\w]"
_RUN = rf"((?:{_CAP} ){{0,2}}{_CAP})"
_KIND_AFTER = re.compile(
    _RUN + r" (?:care home|nursing home|rest home|retirement village|nursery|preschool|"
    r"kindergarten|daycare|creche|surgery|practice|medical centre|health centre|pharmacy|"
    r"chemist|garage|salon|barbers?|caf[eé]|pub|restaurant|takeaway|bakery|hotel|gym|"
    r"leisure centre|call centre|warehouse|depot|factory|mill|mine|plant|offices?|"
    r"branch|store|shop|site|farm|dairy|campus|sawmill|abattoir|quarry|workshop)\b"
)
_KIND_TAIL = re.compile(
    _RUN
    + r" (?:Housing Association|Housing Trust|Credit Union|Building Society|Plumbing|Electrical|Electric|Builders|Construction|Engineering|Transport|"
    r"Haulage|Services|Solutions|Group|Ltd|Limited|Inc|LLC|Pty|GmbH|Bakery|Dairy|Farms|"
    r"Homes|Garage|Salon|Vets|Veterinary|Dental|Opticians|Accountants|Solicitors|"
    r"Estates|Removals|Landscaping|Roofing|Joinery|Cleaning|Catering|Childcare|"
    r"Montessori|Kindergarten|Preschool|Nursery|Plastics|Steel|Timber|Meats|Freight|"
    r"Couriers|Motors|Tyres|Autos|Panelbeaters|Contractors|Industries|Holdings|Board|Trust|"
    r"Authority|Commission|Farm|Orchards?|Vineyards?|Club|FC|RFC|AFC|Housing|Living|Council|"
    r"Insurance|Assurance|Mutual|Co-op|Healthcare|plc|Corp|Corporation|Company|Associates|"
    r"Partners|Technologies|Software|Consulting|Consultants|Ventures|Investments|Agency|"
    r"Bros|Brothers)\b"
)
# Venues named by their kind, where someone goes for care, food or exercise: "Hollins
# Physio", "Grady ER", "Marlow Labs". A place, not a workplace.
_VENUE_TAIL = re.compile(
    _RUN + r" (?:Pharmacy|Chemists?|Physio|Physiotherapy|Gym|Fitness|Caf[eé]|Labs?|"
    r"Pathology|Diagnostics|ER|Urgent Care|Opticians|Optometrists|Dentistry)\b"
)
# Heads that say a firm whatever the words before them ("Sanctuary Housing Association",
# "Calloway Ltd"): everyday words may name one, as long as they are no medicine or day.
_FIRM_FORM = re.compile(
    r" (?:Ltd|Limited|plc|LLC|Inc|Corp|GmbH|Housing Association|Housing Trust|Credit Union|"
    r"Building Society)$"
)
# A home, hospice or block named like a house: "Willow Lodge", "Hope House".
_HOUSE_TAIL = re.compile(_RUN + r" (?:House|Lodge|Court|Manor|Hall|Grange|Hospice|Villas?)\b")
# A place of worship: "Ebenezer Methodist", "Al-Noor Masjid", "First Baptist" (the
# ordinals name the oldest church of a town's denomination).
_WORSHIP_TAIL = re.compile(
    _RUN + r" (?:Methodist|Baptist|Presbyterian|Lutheran|Pentecostal|Congregational|"
    r"Church|Chapel|Cathedral|Kirk|Tabernacle|Masjid|Mosque|Mandir|Temple|Gurdwara|"
    r"Synagogue|Shul)\b"
)
_ORDINALS = frozenset(["First", "Second", "Third"])
_DENOMINATION = re.compile(
    r"\w+ (?:Methodist|Baptist|Presbyterian|Lutheran|Congregational|Pentecostal)\b"
)
# Words that make a denomination, not a church, with its name: "United Methodist".
_DENOMINATIONS_OWN = frozenset(
    "united free primitive reformed independent evangelical southern general".split()
)
_OF_PLACE = re.compile(
    r"\b((?:Bay|Isle|Isles|Vale|Valley|Forest|Firth|Sound|Mull|County|Borough|Island|"
    r"Islands|Gulf|Rhins|Rhinns|Kyles)\s+of\s+(?:the\s+)?[A-Z][\w'’-]+)"
)


def _named_church(m: re.Match[str]) -> bool:
    """One everyday word before a denomination names a church: "Lighthouse
    Pentecostal", "Grace Baptist" (not "United Methodist", a denomination)."""
    words = m.group(1).split()
    return (
        len(words) == 1
        and _DENOMINATION.fullmatch(m.group()) is not None
        and words[0].lower() not in _DENOMINATIONS_OWN
        and words[0] not in _ORDINALS  # "First Methodist? No, first the Stelara": _ordinal_church
    )


def _kind_words(regex: re.Pattern[str]) -> frozenset[str]:
    """The lower-cased words of a regex's kind alternation, to test before running it."""
    tail = regex.pattern.split(" (?:", 1)[1]
    words = {w.lower() for w in re.findall(r"[A-Za-z]+", tail)}
    # "offices?", "barbers?", "caf[eé]": the forms the alternation also matches
    return frozenset(words | {w[:-1] for w in words if w.endswith("s")} | {"cafe", "café"})


def _run_starts(text: str, kind: int) -> list[int]:
    """Where a match of a ``_RUN`` regex whose kind word starts at ``kind`` can start:
    each capital of the (at most three) words before it, back over letters, digits,
    "'", "’", "-" and spaces, to the third space before the kind word. Every match of
    such a regex starts there for some kind word (a space before it), so the regex is
    tried only there, not at every capital of the text (``windows.matches_at``)."""
    out: list[int] = []
    if text[kind - 1 : kind] != " ":
        return out
    spaces = 1
    j = kind - 1
    while j > 0:
        ch = text[j - 1]
        if ch == " ":
            if spaces == 3:
                break
            spaces += 1
        elif "A" <= ch <= "Z":
            out.append(j - 1)
        elif not (ch.isalnum() or ch in _RUN_MARKS):
            break
        j -= 1
    return out


_RUN_MARKS = "_'’-"  # with letters and digits (``\w``), what a word of ``_CAP`` holds
_GATED = tuple(
    (r, _kind_words(r)) for r in (_KIND_AFTER, _KIND_TAIL, _HOUSE_TAIL, _WORSHIP_TAIL, _VENUE_TAIL)
)
_PLACE_TAILS = (_HOUSE_TAIL, _WORSHIP_TAIL, _VENUE_TAIL)
# Public bodies named "X of/for Y": "Ministry of Social Development", "Transport for NSW".
_BODY = re.compile(
    r"\b((?:Ministry|Department|Dept|Bureau|Authority|Agency|Commission|Transport|"
    r"Board|Office|Institute)\s+(?:of|for)\s+(?:the\s+)?[A-Z][\w'’-]+"
    r"(?:\s+(?:and\s+)?[A-Z][\w'’-]+){0,3})"
)
# A unit of the forces by its number: "4th Battalion", "22 Squadron", "3 Commando
# Brigade", "3 Rifles", with the regiment's capitalised name after it ("1st Battalion
# Royal Welsh"). A numbered Division is a league or a school year as often ("the 2nd
# Division side"): it is a unit only with a name after it ("1st Division Royal Irish").
_UNIT_NAME = r"(?:,?\s+(?:the\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,3})"
UNIT = re.compile(
    r"\b(\d{1,3}(?:st|nd|rd|th)?\s+(?:(?:Commando\s+)?(?:Battalion|Regiment|Squadron|"
    r"Brigade|Platoon|Commando|Rifles|Guards|Para|Signal\s+Regiment|Field\s+Hospital)"
    rf"{_UNIT_NAME}?|Division{_UNIT_NAME}))"
)
_UNIT_WORDS = frozenset(
    "battalion regiment squadron brigade platoon division commando rifles guards para field".split()
)
_SPECIALTY = re.compile(r"(?:ology|iatry|iatrics|paedics|pedics|surgery|medicine|therapy)$", re.I)
# A hospital's own department before "Lab", "Pathology" or "Physio" says which room, not
# whose: "Haematology Lab", "Orthopaedic Physio", "Echo Lab", "Coagulation Lab".
_DEPARTMENT = re.compile(
    r"(?:olog(?:y|ic|ical)|iatry|iatrics?|paedics?|pedics?|paedic|pedic|surgery|surgical|"
    r"medicine|therapy|graphy|physiology|genetics|imaging)$",
    re.I,
)
_DEPARTMENT_WORDS = frozenset(
    """cardiac renal vascular pulmonary respiratory coagulation echo sleep blood stroke
    spinal sports hand pelvic fertility cancer breast chest heart lung kidney liver neuro
    cardio endo ortho paeds peds clinical maternity hospital inpatient outpatient ward
    injury musculoskeletal msk vestibular pain rehab rehabilitation cath allergy antenatal
    women's children's diabetes thyroid bone hormone semen sperm tissue molecular
    chemistry biochemistry cytogenetics microbiology infusion pft lung-function
    neurophysiology""".split()
)
# "XR" and "SR" after a word are a drug's release form; "ER" only after a known drug
# ("Seroquel ER"): after any other word it is the emergency room ("Tygerberg ER").
_RELEASE = frozenset(["ER", "XR", "SR"])
# A word this common before a venue's word is its kind, not its name: "Community".
_VENUE_WORD_ZIPF = 4.7
_THE_BEFORE = re.compile(r"\b[Tt]he $")
_VENUE_AFTER = re.compile(r" (?:caf[eé]|pub|restaurant|bakery|gym|salon|pharmacy|chemist|hotel)$")
_SENTENCE_START = re.compile(r"(?:^|[.!?:;\n\"“(]\s*|\s-\s)$")


class KindFinder:
    """Organisations by their kind word, and "X of Y" places; built once per lexicon."""

    def __init__(self, lexicon: Lexicon) -> None:
        self.lex = lexicon

    def find(self, text: str) -> Iterator[Span]:
        if text.isupper():
            return
        at = _tokens(text).at
        words = at.keys()
        for regex, kinds in _GATED:
            found = kinds.intersection(words)
            if not found:
                continue  # no word of this kind: the regex cannot match
            starts = sorted({s for w in found for k in at[w] for s in _run_starts(text, k)})
            for m in matches_at(regex, text, starts):
                span = self._run(text, m, whole=regex is not _KIND_AFTER)
                if span is None and regex is _KIND_AFTER and self._venue_named(text, m):
                    span = self._run(text, m, whole=False, named=True)
                if span is None and (
                    self._ordinal_church(text, m)
                    or _FIRM_FORM.search(m.group())
                    or (regex is _WORSHIP_TAIL and _named_church(m))
                ):
                    span = self._run(text, m, whole=True, named=True)
                if span is not None and regex is _VENUE_TAIL and not self._venue(m):
                    continue
                if span is not None:
                    yield replace(span, type=SpanType.PLACE) if regex in _PLACE_TAILS else span
        if " of " in text or " for " in text:
            for m in _BODY.finditer(text):
                if any(
                    self.lex.flags.get(w.lower(), 0) & (MEDICAL | DRUG) or _SPECIALTY.search(w)
                    for w in m.group(1).split()[2:]
                ):
                    continue  # "the Department of Rheumatology": a ward, and medicine
                yield Span(
                    m.start(1), m.end(1), SpanType.EMPLOYER, Source.CONTEXT, 0.6, m.group(1), True
                )
        if not words.isdisjoint(_UNIT_WORDS):
            for m in UNIT.finditer(text):
                yield Span(
                    m.start(1), m.end(1), SpanType.EMPLOYER, Source.CONTEXT, 0.6, m.group(1), True
                )
        if " of " in text:
            for m in _OF_PLACE.finditer(text):
                yield Span(
                    m.start(1), m.end(1), SpanType.PLACE, Source.CONTEXT, 0.6, m.group(1), True
                )

    def _run(self, text: str, m: re.Match[str], *, whole: bool, named: bool = False) -> Span | None:
        words = m.group(1).split()
        start = m.start(1)
        at_start = _SENTENCE_START.search(text, max(0, start - 4), start) is not None
        if at_start and len(words) == 1 and not whole:
            return None  # "Pharmacy" opening a sentence says nothing of its kind
        if len(words) == 1 and words[0].isupper():
            return None  # "IABP site", "ICU staff": an acronym before a kind word
        if not all(self._allowed(w) for w in words):
            return None
        if not named and not any(self._name_like(w) for w in words):
            return None
        end = m.end() if whole else m.end(1)
        return Span(
            start, end, SpanType.EMPLOYER, Source.CONTEXT, 0.6, text[start:end], uncertain=True
        )

    def _venue_named(self, text: str, m: re.Match[str]) -> bool:
        """Capitals inside a sentence before a venue's word name it, even in everyday
        words: "the United Supermarkets pharmacy" (two words after "the"), "walked to
        Chapter café" (one, for food, drink, exercise or care, and not so common a word
        that it says what kind: "the Community pharmacy", "the English pub")."""
        start = m.start(1)
        if _SENTENCE_START.search(text, max(0, start - 4), start) is not None:
            return False
        if " " in m.group(1):
            return _THE_BEFORE.search(text, max(0, start - 5), start) is not None
        if self.lex.zipf.get(m.group(1).lower(), 0.0) >= _VENUE_WORD_ZIPF:
            return False
        return _VENUE_AFTER.match(m.group(), m.end(1) - m.start()) is not None

    def _venue(self, m: re.Match[str]) -> bool:
        """Whether a run before a venue's word names the venue: not a department
        ("Haematology Lab") nor, before "ER", a word no name or town list holds."""
        words = m.group(1).split()
        for w in words:
            key = w.lower()
            if key in _DEPARTMENT_WORDS or _DEPARTMENT.search(key):
                return False
        form = m.group()[m.end(1) - m.start() + 1 :]
        if form in _RELEASE:
            # XR and SR name no hospital; ER after a known drug is its release form
            # ("Seroquel ER"), after any other word the emergency room ("Tygerberg ER")
            if form != "ER":
                return False
            return not any(self.lex.flags.get(w.lower(), 0) & (DRUG | MEDICAL) for w in words)
        return True

    @staticmethod
    def _ordinal_church(text: str, m: re.Match[str]) -> bool:
        """ "First Baptist", "Second Presbyterian" inside a sentence; opening one,
        "First" is as often the adverb ("First Methodist hymns, then...")."""
        start = m.start(1)
        return (
            m.group(1) in _ORDINALS
            and _DENOMINATION.match(m.group()) is not None
            and _SENTENCE_START.search(text, max(0, start - 4), start) is None
        )

    def _allowed(self, word: str) -> bool:
        key = word.lower().strip("'’").removesuffix("'s").removesuffix("’s")
        if key in FUNCTION or key in CLOSED_CLASS or key in CALENDAR or key in LANGUAGES:
            return False
        if word.isupper() and len(word) <= 3:
            return False  # "the GP surgery", "NHS depot"
        if self.lex.flags.get(key, 0) & (MEDICAL | DRUG):
            return False
        # nationalities and faiths: "the Chinese takeaway", "the Catholic school"
        return not (key.endswith(("ese", "ian", "ish", "ic", "an")) and self._common(key))

    def _common(self, key: str) -> bool:
        return self.lex.zipf.get(key, 0.0) >= 3.5 and not self.lex.flags.get(key, 0) & (
            FIRST | LAST
        )

    def _name_like(self, word: str) -> bool:
        key = word.lower().strip("'’").removesuffix("'s").removesuffix("’s")
        f = self.lex.flags.get(key, 0)
        z = self.lex.zipf.get(key, 0.0)
        if f & (PLACE | FIRST | LAST):
            return not (f & DICT_WORD and z >= 5.0)
        return z < 3.0
