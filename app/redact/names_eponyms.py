"""People whose name is also a disease's: "Behçet said", "met Addison", "Nurse Behcet".

Behçet is a Turkish given name and Behçet's disease; Addison, Graves and Wilson are
names and diseases too. The medical lists mark such a word, so every name finder leaves
it, rightly where it names the disease: "Behçet's", "Behcet disease", "Behçet syndrome",
"Morbus Behçet", "my Behcet flares". Where the words around can only mean a person, it
is one: a verb of speaking or calling after it ("Behçet said", "Addison texted me",
"Behcet came round"), a meeting before it ("met Behçet"), or a person's word before it
("my friend Behcet", "Nurse Behcet", "Hi Behçet,"). Only an eponym is asked (a medical
word the everyday lexicon lacks, listed with its possessive too, no drug: "Asthma told me
to slow down" and "Physio said" stay), never in its possessive or inside an eponym's
phrase (``eponym_ranges``).

Runs where ``names_late`` does, once detection has settled, and adds a name only where
no span lies; each cue is looked up in the shared token table.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from app.redact.lexicon import DICT_WORD, DRUG, MEDICAL, Lexicon
from app.redact.medical_eponyms import eponym_ranges
from app.redact.names_cues import KIN
from app.redact.names_late import _name, add_where_free
from app.redact.normalise import fold_term
from app.redact.spans import Span
from app.redact.windows import _tokens

# Said only of a person, after the name: "Behçet said", "Addison rang", "X came round".
_SPEAKING = frozenset(
    """said says told tells asked asks replied texted rang phoned messaged emailed wrote
    reckons came popped picked drove""".split()
)
_SPOKE = re.compile(
    r"(?:said|says|told|tells|asked|asks|replied|texted|rang|phoned|messaged|emailed|wrote|"
    r"reckons|came\s+(?:over|round|around|by|to\s+see)|popped\s+(?:in|round|over|by)|"
    r"picked\s+me\s+up|drove\s+me)\b"
)
# The name just before the verb: a capitalised word, a space.
_NAME = re.compile(r"[A-Z][^\W\d_'’-]+")
# Words before a person's name: a meeting, a greeting, a title or a kin word.
_MEETING = frozenset("met meet meeting hi hey thanks".split())
_TITLED = frozenset("nurse sister sr coach auntie aunty aunt uncle cousin".split())
_CUES = _MEETING | _TITLED | KIN
_NAME_AFTER = re.compile(r"[ \t]([A-Z][^\W\d_'’-]+)(?=[\s,.;:!?)]|$)")
_OWNED = re.compile(r"\b(?:[Mm]y|[Oo]ur|[Hh]is|[Hh]er|[Tt]heir|[Yy]our)\s+$")


def add(spans: list[Span], text: str, lex: Lexicon) -> list[Span]:
    """``spans`` plus a NAME on each eponym a person's frame names, where no span lies."""
    return add_where_free(spans, _find(text, lex))


def _find(text: str, lex: Lexicon) -> Iterator[Span]:
    at = _tokens(text).at
    found: list[tuple[int, int]] = []
    for verb in _SPEAKING.intersection(at):
        for pos in at[verb]:
            if text[pos - 1 : pos] != " " or _SPOKE.match(text, pos) is None:
                continue
            head = text[max(0, pos - 41) : pos - 1].rsplit(None, 1)
            word = head[-1] if head else ""
            if _NAME.fullmatch(word) and _eponym(word, lex):
                found.append((pos - 1 - len(word), pos - 1))
    for cue in _CUES.intersection(at):
        for pos in at[cue]:
            end = pos + len(cue)
            if not text[end + 1 : end + 2].isupper():
                continue  # most kin words have no capital after them: "my mum said"
            m = _NAME_AFTER.match(text, end)
            if m is None or not _eponym(m.group(1), lex):
                continue
            titled = cue in _TITLED and text[pos].isupper()  # "Nurse Behcet"
            owned = cue in KIN and _OWNED.search(text, max(0, pos - 8), pos)  # "my friend X"
            if cue in _MEETING or titled or owned:
                found.append(m.span(1))
    if not found:
        return
    medical = eponym_ranges(text)
    for start, end in found:
        if not _as_disease(text, start, end, medical):
            yield _name(start, end, text)


def _eponym(word: str, lex: Lexicon) -> bool:
    """A disease's eponym: a medical word the everyday lexicon lacks, no drug, listed
    with its possessive too ("behcet" and "behcets", "addison" and "addisons"); never a
    department or a role ("Physio said", "Rheumatology rang") nor letters ("the GP said")."""
    if word.isupper():
        return False
    key = fold_term(word)
    flags = lex.flag(key)
    return (
        bool(flags & MEDICAL)
        and not flags & (DRUG | DICT_WORD)
        and bool(lex.flag(key + "s") & MEDICAL)
    )


def _as_disease(text: str, start: int, end: int, medical: list[tuple[int, int]]) -> bool:
    """The disease's own shapes: a possessive ("Behçet's"), an eponym's phrase."""
    if text[end : end + 2] in ("'s", "’s") or text[end : end + 2] in ("s'", "s’"):
        return True
    return any(a < end and start < b for a, b in medical)
