"""Employers and schools the word-by-word name finder misses.

A workplace or a school narrows a writer down to a few hundred people, and posts name
them in ways no capitalised-run rule sees:

- in brackets after the word for it: "at work (greggs lol)", "Mein Arbeitgeber (BMW)",
  "The school (Millard North)";
- after a job or a verb of working, in any case: "admin at Queensland Health", "work
  at eskom", "retired from Indian Railways", "arbeite noch bei Airbus";
- by the word that ends an organisation's name, after a town or an unknown word:
  "Brookfield High", "Lakeview Middle", "Frimley Health", "Boston Scientific",
  "Athersley South Primary". An ordinary word before it ("Mental Health", "High
  School") is not a name.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from app.redact import (
    employers_actors,
    employers_described,
    employers_frames,
    employers_german,
    employers_teams,
    orgs_german,
    orgs_lower,
    orgs_owned,
    places_service_lines,
)
from app.redact.employers_edges import ends_name
from app.redact.employers_listed import chain_names, find_between, listed_after
from app.redact.lexicon import DICT_WORD, DRUG, FIRST, LAST, MEDICAL, PLACE, Lexicon
from app.redact.medical_named import MAKER
from app.redact.names_context import CALENDAR
from app.redact.names_cues import CLOSED_CLASS, FUNCTION, TEXTSPEAK, TITLES
from app.redact.spans import Source, Span, SpanType
from app.redact.windows import Triggered
from app.redact.windows_tokens import token_set

_WORD = r"[\w'’&-]*(?:\.[\w'’&-]+)*"
_WORDS = rf"[A-Za-z]{_WORD}(?:\s+[A-Za-z0-9]{_WORD}){{0,3}}?"
# "at work (greggs lol)", "Work (Dundee City Council)", "Arbeitgeber (BMW)".
IN_BRACKETS = re.compile(
    rf"\b(?:work|job|employer|workplace|company|firm|school|college|uni|university|"
    rf"arbeitgeber|firma|schule)\s*\(\s*({_WORDS})"
    rf"(?:\s+(?:lol|haha|lmao|ironically|of all places|obviously))?\s*\)",
    re.IGNORECASE,
)
_JOBS = (
    r"nurse|teacher|admin|administrator|cashier|midwife|engineer|manager|receptionist|"
    r"carer|driver|cleaner|porter|hca|pharmacist|technician|tech|analyst|developer|"
    r"accountant|lecturer|apprentice|intern|volunteer|paramedic|chef|barista|clerk|"
    r"assistant|officer|worker|supervisor|cook|dinner lady|lollipop lady|ta|"
    r"secretary|librarian|caretaker|janitor|scientist|researcher|student|operator|"
    r"steward|rep|organiser|organizer|coach|housekeeper|teller|packer|picker|guard|"
    r"labourer|laborer|electrician|plumber|mechanic|welder|fitter|machinist|miner|"
    r"carpenter|joiner|bartender|barman|barmaid|waiter|waitress|baker|butcher|stocker|"
    r"courier|postman|postie|dispatcher|loader|trucker|pilot|attendant|paralegal|"
    r"solicitor|lawyer|attorney|nanny|tutor|professor|foreman|merchandiser|storeman"
)
# The organisation after a cue, in any case; capitalised words after it join it.
AFTER_CUE = re.compile(
    rf"\b(?:(work(?:s|ed|ing)?\s+(?:at|for|with|in)|shifts?\s+at|jobs?\s+(?:at|with)|retired\s+from|"
    rf"(?:drive|drives|driving|drove)\s+for|(?:study|studies|studying|studied)\s+at|"
    rf"temp(?:ing|ed)\s+(?:for|at|with)|"
    rf"insurance\s+(?:through|with|from)|(?:employed|hired|contracted)\s+(?:at|by)|"
    rf"(?:laid\s+off|let\s+go|made\s+redundant|fired|sacked|terminated|axed)\s+"
    rf"(?:by|from)|resigned\s+from|"
    rf"(?:left|quit)\s+my\s+job\s+at|(?:arbeite|arbeitet|arbeiten|arbeitete)\s+(?:\w+\s+){{0,3}}?"
    rf"(?:bei|für))|(?:{_JOBS})\s+(?:at|for))\s+(?:the\s+)?"
    rf"([A-Za-z]{_WORD}(?-i:(?:\s+(?!I\b)[A-Z]{_WORD}){{0,3}}))",
    re.IGNORECASE,
)
# Words that end an organisation's name when a name-like word comes before them.
TAIL = re.compile(
    r"\b((?:[A-Z][\w'’&-]+\s+){1,3}?)(?:(?:North|South|East|West)\s+)?"
    r"(?:High|Middle|Elementary|Primary|Secondary|Junior|Infants?|Grammar|Academy|"
    r"Health|Healthcare|Scientific|Railways?|Water|Energy|Power|Foods|Motors|Logistics|"
    r"Pharmaceuticals|Council|Police|Constabulary|Fire\s+(?:and|&)\s+Rescue|"
    r"Ambulance\s+Service)(?:\s+School)?\b"
)
# Heads of TAIL no school, service or body has: an everyday word before them is a firm's.
_FIRM_HEADS = frozenset(["Energy", "Power", "Logistics", "Motors", "Pharmaceuticals"])
_OPENERS = frozenset([". ", "! ", "? ", ": ", "\n", "# "])
_BRACKET_WORDS = frozenset(
    [
        "work",
        "job",
        "employer",
        "workplace",
        "company",
        "firm",
        "school",
        "college",
        "uni",
        "university",
        "arbeitgeber",
        "firma",
        "schule",
    ]
)
# "ring Medtronic HR", "Asda HQ", "Walgreens corporate", "Uni of Herts": an organisation
# by the office after it or the word before it.
OFFICE = re.compile(
    r"\b((?:[A-Z][\w'’&-]+\s+){0,2}[A-Z][\w'’&-]+)\s+(?:HR|HQ|head office|corporate|payroll|"
    r"occupational health|occ health)\b"
    r"|\b((?:Uni|Univ|University|College|Institute|Polytechnic)\s+of\s+[A-Z][\w'’&-]+"
    r"(?:\s+[A-Z][\w'’&-]+){0,2})"
)
_OFFICE_WORDS = frozenset(
    [
        "hr",
        "hq",
        "head",
        "corporate",
        "payroll",
        "occupational",
        "occ",
        "uni",
        "univ",
        "university",
        "college",
        "institute",
        "polytechnic",
    ]
)
_UPPER = b"ABCDEFGHIJKLMNOPQRSTUVWXYZ"
_LETTERS = _UPPER + _UPPER.lower()


def _shouting(head: str) -> bool:
    """More than 60% of the ASCII letters are capitals. Counted on the ASCII bytes (what
    ``[A-Z]`` and ``[A-Za-z]`` counted), where deleting a set is one C pass: a regex
    ``findall`` made a list of every letter of every entry."""
    raw = head.encode("ascii", "ignore")
    upper = len(raw) - len(raw.translate(None, _UPPER))
    return upper > 0.6 * max(1, len(raw) - len(raw.translate(None, _LETTERS)))


_AFTER_CUE_FAST = Triggered(
    AFTER_CUE,
    rf"work|works|worked|working|shift|shifts|job|jobs|retired|left|quit|arbeite|"
    rf"drive|drives|driving|drove|study|studies|studying|studied|insurance|employed|hired|"
    rf"contracted|temping|temped|laid|let|made|fired|sacked|terminated|axed|"
    rf"resigned|"
    rf"arbeitet|arbeiten|arbeitete|dinner|lollipop|{_JOBS}",
)
# The cues of being let go ("laid off by", "sacked from"): a person may do that too.
_LET_GO = re.compile(r"(?i:laid|let|made|fired|sacked|terminated|axed|resigned)\b")
_TAIL_WORDS = frozenset(
    [
        "high",
        "middle",
        "elementary",
        "primary",
        "secondary",
        "junior",
        "infant",
        "infants",
        "grammar",
        "academy",
        "health",
        "healthcare",
        "scientific",
        "railway",
        "railways",
        "water",
        "energy",
        "power",
        "foods",
        "motors",
        "logistics",
        "pharmaceuticals",
        "council",
        "police",
        "constabulary",
        "rescue",
        "ambulance",
    ]
)
_NOT_ORG = frozenset(
    [
        "home",
        "night",
        "nights",
        "the moment",
        "moment",
        "weekends",
        "work",
        "school",
        "uni",
        "college",
        "all",
        "it",
        "them",
        "me",
        "last",
        "first",
        "least",
        "most",
        "times",
        "again",
        "present",
        "a",
        "an",
    ]
)


class EmployerFinder:
    """The finders of this module, built once per lexicon."""

    def __init__(self, lexicon: Lexicon) -> None:
        self.lex = lexicon

    def find(self, text: str) -> Iterator[Span]:
        low = text.lower()
        if "(" in text and not text.isupper() and not token_set(text).isdisjoint(_BRACKET_WORDS):
            for m in IN_BRACKETS.finditer(text):
                if self._organisation(m.group(1)):
                    yield self._span(m, 1, text, 0.7)
        head = text[:2000]
        shouting = _shouting(head)
        if not shouting and any(
            c in low for c in (" at ", " for ", " from ", " by ", " bei ", " für ")
        ):
            for m in _AFTER_CUE_FAST.finditer(text):
                words = self._trim(m.group(2))
                # after a job ("nurse at"), only a capitalised name; after a verb of
                # working ("work at eskom"), any case
                if self._common_noun(words, m):
                    continue  # "work in the canteen at ...": a room, not a firm
                if _LET_GO.match(m.group()) and self._person(words):
                    continue  # "fired by Sarah", "let go by Dr Okafor": a person did it
                if words and (m.group(1) or words[0].isupper()) and self._organisation(words):
                    end = m.start(2) + len(words)
                    yield Span(m.start(2), end, SpanType.EMPLOYER, Source.CONTEXT, 0.7, words, True)
                    yield from listed_after(text, end)  # "at Starbucks, Target and Costco"
        if " the " in low:
            yield from find_between(text, token_set(text))  # "nights at the amazon warehouse"
        yield from employers_german.find(text, self.lex)  # "an der Gesamtschule Kirchheim"
        yield from employers_teams.find(text)  # "plays for sandgate hawks"
        yield from employers_actors.find(text, self.lex)  # "Aetna denied it"
        yield from employers_described.find(text, self.lex)  # "Lumora is a design agency"
        yield from orgs_owned.find(text, self.lex)  # "the Quorvane helpline", "a letter from X"
        yield from orgs_german.find(text, self.lex)  # "Bäckerei Schulze", "Grünau e.V."
        yield from places_service_lines.find(text)  # "at Methodist Transplant"
        yield from orgs_lower.find(text, self.lex)  # "rang aviva", "my bupa claim"
        yield from employers_frames.find(
            text, self.lex, self._organisation
        )  # "Infosys gave me WFH"
        if not token_set(text).isdisjoint(_OFFICE_WORDS) and not text.isupper():
            for m in OFFICE.finditer(text):
                g = 1 if m.group(1) else 2
                first = m.group(g).split()[0].lower()
                if (
                    first not in FUNCTION
                    and first not in CLOSED_CLASS
                    and first not in CALENDAR
                    and first not in ("my", "the", "our", "ring", "rang", "call", "called")
                ):
                    yield self._span(m, g, text, 0.7)
        tails = not text.isupper() and not token_set(text).isdisjoint(_TAIL_WORDS)
        for m in TAIL.finditer(text) if tails else ():
            first = m.group(1).split()[0]
            if self._name_like(first) or self._firm_head(text, m, first):
                yield self._span(m, 0, text, 0.7)

    def _firm_head(self, text: str, m: re.Match[str], first: str) -> bool:
        """A head only a firm has after a word no commoner than "northern", inside a
        sentence: "offshore with Harbour Energy", "drives for Coastal Logistics" (not
        "Mental Health", "Low Energy days")."""
        head = text[m.end(1) : m.end()].split()[-1]
        if head not in _FIRM_HEADS or m.start() == 0 or text[m.start() - 2 : m.start()] in _OPENERS:
            return False
        key = first.lower()
        return (
            key not in FUNCTION
            and key not in CLOSED_CLASS
            and key not in CALENDAR
            and not self.lex.flags.get(key, 0) & (MEDICAL | DRUG)
            and self.lex.zipf.get(key, 0.0) < 4.9  # "Low Energy days", "More Power"
        )

    def _trim(self, words: str) -> str:
        """The organisation up to the first word that cannot be part of its name: a day
        or month ("shift at Tesco Monday"), a medicine ("job at Kroger Ozempic"), then
        without trailing function words."""
        parts = words.split()
        for j in range(1, len(parts)):
            key = parts[j].lower().strip(".,'’")
            if ends_name(key, self.lex.flags.get(key, 0)):
                parts = parts[:j]
                break
        while len(parts) > 1 and (parts[-1].lower() in FUNCTION or parts[-1] == "I"):
            parts.pop()
        return " ".join(parts)

    def _common_noun(self, words: str, m: re.Match[str]) -> bool:
        """One lower-case everyday word after "the" that no chain is called: "work in
        the canteen", not "work at the co-op" or "work at the meijer"."""
        return (
            words.islower()
            and " " not in words
            and m.group().lower().removesuffix(words.lower()).endswith("the ")
            and self.lex.zipf.get(words, 0.0) >= 3.0
            and words not in chain_names()
        )

    def _organisation(self, words: str) -> bool:
        """Not a plain word or phrase ("at home", "for the moment", "work (again)")."""
        low = words.lower().strip(" .")
        first = low.split()[0].strip("'’")
        if (
            low in _NOT_ORG
            or first in FUNCTION
            or first in CLOSED_CLASS
            or first in CALENDAR
            or first in TEXTSPEAK
            or not first[0].isalpha()
        ):
            return False
        f = self.lex.flags.get(first, 0)
        if f & MEDICAL and not MAKER.fullmatch(words.strip(" .")):
            return False  # "work at Ozempic"; a maker is a firm: "I work at BioNTech"
        if words[0].isupper() or " " in words.strip():
            return not (f & DICT_WORD and self.lex.zipf.get(first, 0.0) >= 5.0)
        return (
            len(first) >= 4
            and not (f & DICT_WORD and self.lex.zipf.get(first, 0.0) >= 3.0)
            and self.lex.zipf.get(first, 0.0) < 4.0
        )

    def _person(self, words: str) -> bool:
        """A title or a listed given name first: "Dr Patel", "Sarah"."""
        first = words.split()[0].strip(".,'’")
        return first.lower() in TITLES or bool(self.lex.flags.get(first.lower(), 0) & FIRST)

    def _name_like(self, word: str) -> bool:
        """A town, a name or an unknown word: "Frimley", "Lakeview", not "Mental"."""
        key = word.lower().strip("'’")
        if key in FUNCTION or key in CALENDAR or key in CLOSED_CLASS:
            return False
        f = self.lex.flags.get(key, 0)
        if f & MEDICAL:
            return False
        z = self.lex.zipf.get(key, 0.0)
        if f & (PLACE | FIRST | LAST):
            return not (f & DICT_WORD and z >= 5.0)
        return z < 3.0

    @staticmethod
    def _span(m: re.Match[str], group: int, text: str, conf: float) -> Span:
        return Span(
            m.start(group),
            m.end(group),
            SpanType.EMPLOYER,
            Source.CONTEXT,
            conf,
            text[m.start(group) : m.end(group)],
            uncertain=True,
        )
