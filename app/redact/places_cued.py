"""Hospitals and clinics found by who works there: "GI at cedars", "surgeon at shriners".

A word list cannot hold every hospital's short name, and many are ordinary words
("the priory", "starship", "the foothills", "sloan"). But a clinician, a treatment or
an appointment followed by "at" names where care happens, so the one to three words
after it, up to a verb, a preposition or a full stop, are a possible place in any case.
Words of time ("at night", "at the moment"), care settings that name no place ("at the
surgery", "seen at triage"), numbers and medical words are never taken. Uncertain:
redacted by default and shown for review.

Multi-word gazetteer towns written in lower case after a locative cue ("live in thousand
oaks", "from the blue mountains") are found here too, since no single word of them is
rare enough for ``places_lower``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from app.redact import places_trips
from app.redact.lexicon import COUNTRY, DRUG, FIRST, LAST, MEDICAL, PLACE, REGION, Lexicon
from app.redact.names_context import CALENDAR
from app.redact.names_cues import CLOSED_CLASS, KIN, TEXTSPEAK
from app.redact.normalise import fold_term
from app.redact.spans import Source, Span, SpanType
from app.redact.windows_tokens import _tokens

_CARE = (
    r"gp|doc|docs|doctor|doctors|dr|consultant|surgeon|surgeons|gi|endo|endocrinologist|"
    r"rheum|rheumy|rheumatologist|neuro|neurologist|nephro|nephrologist|onc|oncologist|"
    r"oncology|cardio|cardiologist|derm|dermatologist|gyn|gyno|gynae|gynaecologist|obgyn|"
    r"ent|physio|physiotherapist|therapist|psych|psychiatrist|psychologist|nurse|nurses|"
    r"midwife|midwives|paed|paeds|pediatrician|paediatrician|specialist|specialists|clinic|"
    r"surgery|scan|scans|infusion|infusions|appointment|appt|bloods|mri|op|operation|"
    r"dietitian|dietician|ortho|urologist|uro|haem|haematologist|hematologist|allergist|"
    r"pulmonologist|hepatologist|gic|chemo|radiotherapy|rads|dialysis|transplant|admitted|"
    r"treated|diagnosed|diagnosis|dx|delivered|induced|referral|referred|fertility|ivf|optician|dentist|"
    r"audiologist|podiatrist|counsellor|counselor|camhs|team|biopsy|colonoscopy|"
    r"endoscopy|consult|consultation|review|check-up|checkup|op'd|done|seen|trial|study"
)
_CARE_WORDS = frozenset(_CARE.split("|"))
# Found from "at" back to the word before it, which is cheaper than from every word.
_AT = re.compile(r" (?:at|@) (?:the )?")
_BEFORE_AT = re.compile(r"([a-z][a-z'&-]*)(?: here| there| up| down| over)?$")
# Words that end the name: verbs, prepositions, conjunctions ("at cedars is great").
_STOP = frozenset(
    """in on at and or as for with since but so now the a an my our his her their from to
    is was are were be been has have had said says say told tells gave give gives wants
    wanted want put puts thinks thought reckons reckon did does do will would can could
    should may might who which that this these those where when said says suggested
    mentioned found started prescribed upped changed switched kept keeps took takes
    did didn't isn't wasn't aren't won't doesn't don't again today yesterday tomorrow
    last next every each ago about after before yet still already just also too very
    really is""".split()
)
# What follows "at" without naming a place.
_NOT_PLACE = frozenset(
    """home work night nights night-time bedtime lunch lunchtime noon midnight dawn
    moment minute time times start end first last least most best worst weekend weekends
    hospital hospitals clinic clinics surgery practice centre center unit ward wards
    triage resus reception outpatients outpatient inpatient inpatients rehab theatre
    theater recovery icu hdu a&e er ed gp same local nearest nearby big main new old
    children's childrens womens women's general royal uni university college school
    desk door front back top bottom bed bedside weight dose doses rate max full peak
    birth diagnosis presentation screening booking discharge admission appointment
    pharmacy chemist hospice walk-in urgent emergency day community private nhs
    moment this that it all once some any one two three four five six seven eight nine
    ten eleven twelve me him her them us you myself""".split()
)
_WORD = re.compile(r"(?:st\.? |saint )?[^\W\d_][\w'’&-]*")
_HEADS_OK = frozenset("royal womens women's childrens children's".split())
_SPINE = re.compile(r"[ctls]\d{1,2}")


class CuedPlaceFinder:
    """Uncertain PLACE spans after care cues, and lower-case multi-word gazetteer towns."""

    def __init__(self, lex: Lexicon) -> None:
        self.lex = lex
        self._heads: frozenset[str] | None = None
        self._by_two: dict[tuple[str, str], list[tuple[str, ...]]] | None = None

    def find(self, text: str, lower: str) -> Iterator[Span]:
        toks = _tokens(text)  # shared with other finders: which words occur, and where
        if toks.at.keys() & _CARE_WORDS:
            yield from self._cared(text, lower)
        yield from self._phrases(text, lower, toks.at)
        yield from places_trips.find(text, toks.at, self.lex)  # "off to Knock for the day"
        for pos in toks.digits:
            m = _AGE_TAG.match(text, pos) if text[pos - 1 : pos] != "." else None
            if m is not None and self._town_word(m.group(1)):
                yield Span(
                    m.start(1), m.end(1), SpanType.PLACE, Source.CONTEXT, 0.5, m.group(1), True
                )

    def _cared(self, text: str, lower: str) -> Iterator[Span]:
        for cue in _AT.finditer(lower):
            before = _BEFORE_AT.search(lower, max(0, cue.start() - 24), cue.start())
            if before is None or before.group(1) not in _CARE_WORDS:
                continue
            span = self._after_care(text, lower, cue.end())
            if span is not None:
                yield span

    def _town_word(self, word: str) -> bool:
        """ "29F melb.", "33M, hyd.", "58f Dunedin -": the word after an age and sex tag,
        alone before a stop, is where the writer lives."""
        low = word.lower()
        if low in CLOSED_CLASS or low in KIN or low in CALENDAR or low in TEXTSPEAK:
            return False
        if _SPINE.fullmatch(low):
            return False  # "45M, L4/L5 disc": a spine's level ("31F, SW19" is a district)
        key = fold_term(low)
        flags = self.lex.flag(key)
        if flags & (MEDICAL | DRUG | COUNTRY | REGION):
            return False
        parts = [fold_term(p) for p in low.split("-")]  # "post-menopause" is no town
        if len(parts) > 1 and any(self.lex.zipf_of(p) >= 4.0 for p in parts):
            return False
        return self.lex.zipf_of(key) < (4.5 if flags & PLACE else 4.0)

    def _after_care(self, text: str, lower: str, pos: int) -> Span | None:
        words: list[re.Match[str]] = []
        at = pos
        while len(words) < 3:
            m = _WORD.match(lower, at)
            if m is None:
                break
            word = m.group().rstrip("'’")
            if word in _STOP or word in CALENDAR or word in TEXTSPEAK and not words:
                break
            bare = word.removesuffix("'s").removesuffix("’s")
            if word not in _HEADS_OK and not self._fits(bare, first=not words):
                break
            words.append(m)
            if lower[m.end() : m.end() + 1] != " ":
                break
            at = m.end() + 1
        if not words:
            return None
        # "the women's college", "the Women's": a hospital named by its head word; a head
        # word alone in lower case is left to places_lower ("at the royal").
        heads = words[0].group() in _HEADS_OK and (len(words) > 1 or text[pos].isupper())
        if not heads and all(w.group() in _NOT_PLACE for w in words):
            return None
        start, end = words[0].start(), words[-1].end()
        return Span(start, end, SpanType.PLACE, Source.CONTEXT, 0.5, text[start:end], True)

    def _fits(self, word: str, *, first: bool) -> bool:
        if (
            not word
            or word in CLOSED_CLASS
            or word in KIN
            or first
            and (word in _NOT_PLACE and word not in _HEADS_OK)
        ):
            return False
        key = fold_term(word)
        flags = self.lex.flag(key)
        if flags & (MEDICAL | DRUG | COUNTRY | REGION):
            return False
        zipf = self.lex.zipf_of(key)
        if flags & (FIRST | LAST | PLACE):
            return zipf < (5.0 if first else 5.5)
        return zipf < (4.3 if first else 4.6) or word in _HEADS_OK

    def _phrase_heads(self) -> frozenset[str]:
        """First words of multi-word towns, less the words every text has ("the", "to")."""
        if self._heads is None:
            self._heads = frozenset(
                k for k in self.lex.place_phrases if k not in CLOSED_CLASS and len(k) > 2
            )
        return self._heads

    def _phrases_by_two(self) -> dict[tuple[str, str], list[tuple[str, ...]]]:
        """The multi-word towns by their first two words: "san" opens hundreds, and a
        text's "san jose" needs only those going on with "jose"."""
        if self._by_two is None:
            by_two: dict[tuple[str, str], list[tuple[str, ...]]] = {}
            for first, phrases in self.lex.place_phrases.items():
                for phrase in phrases:
                    by_two.setdefault((first, phrase[1]), []).append(phrase)
            self._by_two = by_two
        return self._by_two

    def _phrases(self, text: str, lower: str, at: dict[str, list[int]]) -> Iterator[Span]:
        """ "live in thousand oaks", "came from the blue mountains": a listed town of two or
        more words, in lower case, after a locative cue."""
        by_two = self._phrases_by_two()
        heads = self._phrase_heads().intersection(at)  # in C: most texts hold none
        for key in [k for k in at if k in heads] if heads else ():
            for pos in at[key]:
                if not text[pos].islower():
                    continue
                nxt = _NEXT.match(lower, pos + len(key))
                if nxt is None:
                    continue
                options = by_two.get((key, fold_term(nxt.group(1))))
                if not options or not _LOCATIVE.search(lower, max(0, pos - 12), pos):
                    continue
                for phrase in sorted(options, key=len, reverse=True):
                    words = lower[pos:].split(" ", len(phrase))[: len(phrase)]
                    if len(words) == len(phrase) and all(
                        fold_term(w.strip(".,;:!?)")) == p
                        for w, p in zip(words, phrase, strict=True)
                    ):
                        end = pos + len(" ".join(words).rstrip(".,;:!?)"))
                        yield Span(
                            pos, end, SpanType.PLACE, Source.LEXICON, 0.5, text[pos:end], True
                        )
                        break


_NEXT = re.compile(r" ([^\W\d_]+)")
_LOCATIVE = re.compile(r"\b(?:in|from|near|to|outside|around|at) (?:the )?$")
_AGE_TAG = re.compile(
    r"\d{1,2} ?(?:[MFmf]|nb|NB|yo)\b[,:;]? +([^\W\d_][\w'’-]*)(?= *(?:[.,;:!?)|/-]|\n|$))"
)
