"""Where a workplace's or a venue's name ends, settled once the spans are merged.

The finders take the proper part of an organisation's name and stop at the word that
says what it is, because that word alone is an ordinary one: "Kelbrook" of
"Kelbrook Mutual", "Lincolnshire" of "Lincolnshire Police", "Ashgrove Methodist"
of "Ashgrove Methodist Choir". The word left readable names the firm as
surely as the rest, so a found name grows over such a kind word after it (through
"County" or "City" before it: "Danvers County Fire"). Two found parts joined by "of",
one of them a workplace and neither a person, are one name ("Spirit of Ashby
College"; "Marta Lindqvist of Orvane" stays a person of a firm), and so are three
partners of a firm ("Barnett, Melton and Garcia") and a family firm ("Pryce & Sons").
A unit of the forces that the merge typed by the date in its number ("2nd Battalion
Royal Anglian") is a workplace again.

A place found in capitals does not run on over an everyday lower-case word after it
("the Royal Brompton tilt table"). The other way round, a "workplace" made only of everyday words with a club's or a
church's word at its end is an activity, not a name: "Book Club was at home", "First
Church on Sunday". A given name or a place among the words keeps it ("Hope Church",
"Tolbury Rugby Club"), and so does a word of working or belonging before it ("a barman
at the Social Club", "joined the Walking Group"): there it is where someone goes.
"""

from __future__ import annotations

import re

from app.redact.employers_kinds import UNIT
from app.redact.employers_teams import TEAM_TAILS
from app.redact.lexicon import DRUG, FIRST, LAST, MEDICAL, PLACE, Lexicon, default_lexicon
from app.redact.orgs_groups import has_cause
from app.redact.spans import Source, Span, SpanType
from app.redact.windows_at import AtWords

# Kind words that end a firm's, a service's or a club's name.
_FIRM_TAILS = frozenset(
    """Police Constabulary Mutual Insurance Bank Building Plastering Painting Decorating
    Scaffolding Roofing Glazing Landscapes Choir Chorus Singers Orchestra Fire Rescue
    Brigade Battalion Regiment College Harvest Foodbank Charity Union Credit Larder Pantry
    Harriers Runners Striders Association Housing Homes Living Council Group Assurance
    Healthcare Limited Corporation Associates Partners Technologies Software Consulting
    Ventures Investments Agency""".split()
)
# Kind words that end a building's name: what they name is a place people go to.
_PLACE_TAILS = frozenset(
    """Library Medical Hotel Infirmary Stadium Arena Barracks Station Unitarian Methodist
    Baptist Presbyterian Pharmacy Chemist Chemists Physio Physiotherapy Gym Fitness Café
    Cafe Bakery Salon Lab Labs Pathology Dental Dentistry Opticians Apotheke""".split()
)
# Heads not written as a capital and lower-case letters: a firm's legal form ("Grainger
# plc", "Velder GmbH") and the emergency room of a named hospital ("Grady ER").
_FORM_AFTER = re.compile(
    r",?[ ](?:plc|PLC|Ltd\.?|LLC|Inc\.?|Corp\.?|Co\.|GmbH|AG|LLP|Pty[ ]Ltd\.?)(?!\w)|[ ]ER\b"
)
# The full stop of an abbreviated legal form is part of the name: "Conway Inc.".
_ABBREVIATED = re.compile(r"[ ](?:Ltd|Inc|Corp|Co|Bros)$")
# Verbs of getting in touch that open a sentence in a diary's clipped style, capitalised
# before an organisation's name: "Rang Leeds City Council", "Emailed Peabody Housing".
# They are no part of the name.
_LEAD_VERBS = frozenset(
    """rang rung ring phoned phone called call emailed email e-mailed wrote write texted
    messaged contacted contact chased visited told asked tried thanked thank thanks
    complained""".split()
)
_BRIDGES = frozenset("County City District Borough Community Food Valley Vale".split())
_WORD_AFTER = re.compile(r"[ ]([A-Z][a-z]+)\b(?!['’-])")
# The same word in a lower-case writer's text: "tell coach at kelso sharks".
_LOWER_AFTER = re.compile(r"[ ]([a-z]+)\b(?!['’-])")
# Lower-case words that end a lower-case place's name, kept with it: "out at yarra glen",
# "reached nehru colony", "in hsr layout", "at kelso hospital".
_LOWER_PLACE_TAILS = frozenset(
    """glen heights colony nagar layout township hospital hosp infirmary clinic hospice
    creek""".split()
)
# A family firm: "Thomas and Sons", "Pryce & Daughters".
_AND_SONS = re.compile(r"[ ](?:and|&)[ ](?:Sons?|Daughters?)\b")
_GROWN = (SpanType.NAME, SpanType.PLACE, SpanType.EMPLOYER)
# Kind words after everyday words that make an activity, not a name: "Book Club".
_ACTIVITY_TAILS = frozenset("club church group society choir".split())
# A word of working or belonging before keeps them a name: "a barman at the Social Club".
_CUED = re.compile(r"\b(?:at|for|with|from|of|joined)(?: the)? $", re.IGNORECASE)


# Care before a town that also names a scale or a sign: "Physio at Epworth".
_CARE = frozenset(
    "physio physiotherapy gp doctor doc consultant surgeon nurse clinic hospital scan "
    "appointment appt op operation seen treated admitted rehab".split()
)
_CARE_AT = AtWords(
    re.compile(
        rf"\b(?:{'|'.join(sorted(_CARE))})\s+(?:at|in|from)\s+((?-i:[A-Z][a-z]+))\b(?!['’])",
        re.IGNORECASE,
    ),
    _CARE,
)
_SCALE_AFTER = re.compile(
    r" (?:[Ss]core|[Ss]cale|[Ss]leepiness|[Ss]ign|[Tt]est|[Cc]linic|[Dd]isease|[Ss]yndrome)\b"
)
# A town named after care is a rare word; a common one there is the care itself ("the
# physio in Rehab").
_TOWN_ZIPF = 3.5
# Buildings and workplaces named by their kind alone, in words English lists do not
# know: "at the mandir", "to the tangi", "in the packhouse", "at mahi". Said without a
# name, they are no more a place than "the church".
_COMMON_VENUES = frozenset(
    "mandir gurdwara masjid mosque marae tangi temple chapel kirk shul synagogue packhouse "
    "creche crèche kita praxis schicht mahi kai".split()
)
# German nouns are capitalised: "von der Kita", "in der Praxis", "in Schicht" (at work
# on a shift): kinds of place said alone, as the English words above.
_GERMAN_VENUES = frozenset("Kita Praxis Schicht".split())


def settle(spans: list[Span], text: str) -> list[Span]:
    """The spans with organisations grown over their kind words, "X of Y" workplaces
    joined, everyday activities and unnamed venues dropped, and towns that also name a
    scale found after care."""
    lex = default_lexicon()
    out: list[Span] = []
    for span in sorted([*spans, *_eponym_towns(text, spans, lex)], key=lambda s: s.start):
        if span.source is Source.USER:
            out.append(span)
            continue
        mine = span.source is Source.PROFILE  # the user named it: never an activity
        if span.type is SpanType.PLACE and not mine and _unnamed_venue(span.text):
            continue
        if span.type is SpanType.DATE and UNIT.fullmatch(span.text):
            span = _retyped(span, SpanType.EMPLOYER)  # "2nd Battalion ...": merged with "2nd"
        if (
            span.type is SpanType.EMPLOYER
            and not mine
            and _activity(span.text, lex)
            and not _CUED.search(text, max(0, span.start - 12), span.start)
        ):
            continue
        if span.type in _GROWN:
            span = _grown(_trimmed(_without_lead_verb(span, text), text, lex), text, spans)
        if out and _of_joined(out[-1], span, text):
            prev = out.pop()
            span = prev.moved(prev.start, span.end, text)
            span = Span(
                span.start, span.end, SpanType.EMPLOYER, span.source, span.confidence, span.text
            )
        if out and out[-1].type is SpanType.PLACE and span.start > out[-1].end:
            out.extend(_listed_after(out[-1], text, span.start, lex))
        if out and out[-1].end > span.start:
            if out[-1].end >= span.end:
                continue  # the growth took the next span in
            span = span.moved(out[-1].end, span.end, text)
        out.append(span)
    if out and out[-1].type is SpanType.PLACE:
        out.extend(_listed_after(out[-1], text, len(text), lex))
    return _firms_joined(out, text, lex)


def _surnames(spans: list[Span], lex: Lexicon) -> bool:
    """Every part one word on the list of surnames: partners, not a list of chains
    ("Tesco, Asda and Lidl" are three workplaces). A common given name among them
    ("Eklund, Michael and Hodge") makes them people, though surnames may be given
    names too ("Barnett", "Melton")."""
    for s in spans:
        key = s.text.lower().strip(".,")
        flags = lex.flags.get(key, 0)
        if " " in s.text or not flags & LAST:
            return False
        if flags & FIRST and lex.zipf.get(key, 0.0) >= _GIVEN_ZIPF:
            return False
    return True


# A given name this common is a person's even when surnames share it: "Michael".
_GIVEN_ZIPF = 5.0
# People named before the list: "our 3 founders: Morrison, Rogers and Torres", "my
# nurses Hale, Pike and Orr".
_PEOPLE_BEFORE = re.compile(
    r"\b(?:founders|co-?founders|owners|partners|friends|colleagues|doctors|nurses|"
    r"consultants|surgeons|kids|children|sons|daughters|brothers|sisters|cousins|"
    r"neighbours|neighbors|teachers|coaches|carers|members|people|guys|lads)\b"
    r"[:,]?\s+(?:(?:were|are|was|is)\s+)?$",
    re.IGNORECASE,
)


# Between the partners of a firm's name: "Barnett, Melton and Garcia".
_PARTNER_JOIN = re.compile(r",[ ]?(?:and[ ]|&[ ])?|[ ](?:and|&)[ ]")


def _firms_joined(spans: list[Span], text: str, lex: Lexicon) -> list[Span]:
    """Three or more surnames in a row, joined by commas and a last "and" or "&", are
    one firm's name, so its "and" is not left between them; whichever finder took each
    (a name, a town, a firm). A given name among them ("Tom, Dick and Harry") is no
    surname, and after a word for people ("our founders:") they are people."""
    out: list[Span] = []
    i = 0
    while i < len(spans):
        j = i
        while (
            j + 1 < len(spans)
            and spans[j].type in _GROWN
            and spans[j + 1].type in _GROWN
            and _PARTNER_JOIN.fullmatch(text, spans[j].end, spans[j + 1].start)
        ):
            j += 1
        last_gap = text[spans[j - 1].end : spans[j].start] if j > i else ""
        if (
            j - i >= 2
            and ("and" in last_gap or "&" in last_gap)
            and _surnames(spans[i : j + 1], lex)
            and not _PEOPLE_BEFORE.search(text, max(0, spans[i].start - 30), spans[i].start)
        ):
            first = spans[i]
            out.append(
                Span(
                    first.start,
                    spans[j].end,
                    SpanType.EMPLOYER,
                    first.source,
                    first.confidence,
                    text[first.start : spans[j].end],
                    True,
                )
            )
        else:
            out.extend(spans[i : j + 1])
        i = j + 1
    return out


# A second place listed after a first: "in Wexcombe or Trallow", "Dunlow or Carrbridge".
_LISTED = re.compile(r"(?:,[ ]?|[ ](?:and|or|&)[ ])([A-Z][a-z]{3,})\b(?![ '’-]?[A-Z\d])")


def _listed_after(place: Span, text: str, limit: int, lex: Lexicon) -> list[Span]:
    """The rare capitalised word listed straight after a place, before the next span: a
    town too, when no list knows it as a word, a name or medicine, and no number
    follows it as a dose follows a drug ("Leeds and Zorvex 20mg")."""
    m = _LISTED.match(text, place.end)
    if m is None or m.end() > limit:
        return []
    key = m.group(1).lower()
    if lex.zipf.get(key, 0.0) >= 3.0 or lex.flags.get(key, 0) & (FIRST | MEDICAL | DRUG):
        return []
    return [Span(m.start(1), m.end(1), SpanType.PLACE, Source.CONTEXT, 0.5, m.group(1), True)]


def _retyped(span: Span, kind: SpanType) -> Span:
    return Span(span.start, span.end, kind, span.source, span.confidence, span.text, True)


def _grown(span: Span, text: str, spans: list[Span]) -> Span:
    end, kind, bridge = span.end, None, None
    lower = span.text.islower()
    while (m := (_LOWER_AFTER if lower else _WORD_AFTER).match(text, end)) is not None:
        word = m.group(1).capitalize() if lower else m.group(1)
        if word in TEAM_TAILS and span.type is not SpanType.NAME:
            end, bridge, kind = m.end(), None, SpanType.EMPLOYER
            break
        if lower and m.group(1) in _LOWER_PLACE_TAILS:
            end, kind = m.end(), SpanType.PLACE
            continue
        if lower:
            break  # "in yarra building a fence": only a team's word is safe in lower case
        if word in _FIRM_TAILS or word in _PLACE_TAILS:
            end, bridge = m.end(), None
            kind = SpanType.PLACE if word in _PLACE_TAILS else SpanType.EMPLOYER
        elif word in _BRIDGES and bridge is None:
            bridge, end = end, m.end()
        else:
            break
    if bridge is not None:
        end = bridge  # "Danvers County" with no kind word after: left as it was
    if (m := _AND_SONS.match(text, end)) is not None:
        end, kind = m.end(), SpanType.EMPLOYER
    elif (m := _FORM_AFTER.match(text, end)) is not None and not lower:
        end = m.end()
        kind = SpanType.PLACE if m.group().endswith("ER") else SpanType.EMPLOYER
    if kind is None and _ABBREVIATED.search(span.text) and text[end : end + 1] == ".":
        end, kind = end + 1, span.type
    if kind is None or end == span.end:
        return span
    if kind is SpanType.PLACE and span.type is not SpanType.NAME:
        kind = span.type  # "Orvane Library" stays a workplace
    return Span(span.start, end, kind, span.source, span.confidence, text[span.start : end], True)


# Lower-case words that may end a place named in capitals: "Wellington hosp",
# "Rotorua hospital", "Selly Oak park".
_LOWER_TAILS = frozenset(
    """hospital hosp infirmary clinic hospice centre center park beach lake creek bay
    hill hills road rd street st lane ave avenue way drive station ward unit""".split()
)
_LAST_LOWER = re.compile(r"[ ]([a-z]+)$")


def _trimmed(span: Span, text: str, lex: Lexicon) -> Span:
    """A place of capitalised words without an everyday lower-case word run on after it
    ("the Royal Brompton tilt table", "Kaiser Roseville bumped me")."""
    if span.type is not SpanType.PLACE or not span.text[:1].isupper():
        return span
    m = _LAST_LOWER.search(span.text)
    if m is None or m.group(1) in _LOWER_TAILS:
        return span
    head = span.text[: m.start()]
    if not all(w[:1].isupper() for w in head.split()):
        return span
    if lex.zipf.get(m.group(1), 0.0) < 3.0:
        return span  # "Cannons creek"-like local tails the list lacks
    return span.moved(span.start, span.start + len(head), text)


def _without_lead_verb(span: Span, text: str) -> Span:
    """An organisation or a place without a verb of getting in touch before its name
    ("Rang Leeds City Council" is "Leeds City Council"); a person's name is left to the
    name finders."""
    if span.type is SpanType.NAME:
        return span
    first, sep, rest = span.text.partition(" ")
    if not sep or not rest[:1].isupper() or first.lower() not in _LEAD_VERBS:
        return span
    return span.moved(span.start + len(first) + 1, span.end, text)


def _of_joined(prev: Span, span: Span, text: str) -> bool:
    return (
        text[prev.end : span.start] == " of "
        and " " not in prev.text  # "Spirit of ...", not "Marta Lindqvist of Orvane"
        and SpanType.EMPLOYER in (prev.type, span.type)
        and {prev.type, span.type} <= {SpanType.PLACE, SpanType.EMPLOYER}
        and text[prev.start].isupper()
        and text[span.start].isupper()
    )


def _activity(words: str, lex: Lexicon) -> bool:
    parts = words.split()
    if len(parts) < 2 or len(parts) > 3 or parts[-1].lower() not in _ACTIVITY_TAILS:
        return False
    for part in parts:
        key = part.lower().strip("'’")
        if lex.zipf.get(key, 0.0) < 4.0 or lex.flags.get(key, 0) & (FIRST | PLACE):
            return False
    # a charity's head after a cause names a charity: "Irish Cancer Society", "MS Society"
    return not (parts[-1].lower() == "society" and has_cause(" ".join(parts[:-1]), lex))


def _eponym_towns(text: str, spans: list[Span], lex: Lexicon) -> list[Span]:
    """Towns after care that the medical filters took for the scale or sign named after
    them ("Physio at Epworth"); a drug's name is never one, nor a common word ("in
    Rehab"), nor an eponym said as one: possessive ("at Parkinson's clinic") or before
    a clinic, disease, scale or sign. Tried only where a word of care stands
    (``AtWords``)."""
    found = []
    for m in _CARE_AT.finditer(text):
        flags = lex.flags.get(m.group(1).lower(), 0)
        if not (flags & PLACE and flags & MEDICAL) or flags & DRUG:
            continue
        if lex.zipf.get(m.group(1).lower(), 0.0) >= _TOWN_ZIPF:
            continue
        if _SCALE_AFTER.match(text, m.end()):
            continue
        if any(s.start < m.end(1) and m.start(1) < s.end for s in spans):
            continue
        found.append(
            Span(m.start(1), m.end(1), SpanType.PLACE, Source.CONTEXT, 0.5, m.group(1), True)
        )
    return found


def _unnamed_venue(words: str) -> bool:
    """ "the mandir", "von der Kita": a kind of place said alone, in its own case (a
    capitalised English one is a town's name: "in Temple")."""
    return words in _GERMAN_VENUES or words.islower() and words in _COMMON_VENUES
