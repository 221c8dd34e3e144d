"""Places and workplaces written in lower case, found by the words before them.

The name finders lean on capitals, and many writers use none: "bloods up the lri",
"we're from newton", "work at countdown". A locative cue ("in", "up in", "down to",
"moved to", "live in", "at") before a word of the shipped gazetteer, or before a word
that is in no word list at all, makes it a possible place; a workplace cue ("work at",
"retired from", "shifts at") makes the words after it a possible employer. Both are
uncertain: redacted by default and shown for review. Medical words, countries,
regions, weekdays, relatives and ordinary English words are never taken.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache
from importlib import resources

from app.redact.employers_edges import ends_name
from app.redact.employers_slots import chain_prefix
from app.redact.german import german_function_word
from app.redact.lexicon import COUNTRY, DICT_WORD, DRUG, MEDICAL, PLACE, REGION, Lexicon
from app.redact.medical_shapes import dosed_or_taken
from app.redact.names_context import CALENDAR
from app.redact.names_cues import CLOSED_CLASS, KIN, TEXTSPEAK
from app.redact.normalise import fold_term
from app.redact.numbers_age import lower_keeping_offsets
from app.redact.places_cued import CuedPlaceFinder
from app.redact.regex_reverse import ending_at, may_end
from app.redact.spans import Source, Span, SpanType
from app.redact.windows import matches_at
from app.redact.windows_at import AtWords
from app.redact.windows_tokens import _tokens

# One cue word, then a check of the words before it where one word is not enough
# ("drove to", "up the"); matched on a lower-cased copy, which is cheaper than (?i).
_CUE = re.compile(
    r"\b(?:in|into|from|near|nr|outside|around|at|round|towards|via|visiting|past|(to|the))"
    r" +(?:the +)?"
)
_MOTION_BEFORE = re.compile(
    r"\b(?:go|goes|going|gone|went|drove|drive|driving|flew|fly|flying|came|come|coming|"
    r"sent|referred|transferred|trip|headed|heading|commute|bus|train|way|moved|move|"
    r"moving|relocated|up|down|over|out|back)(?: +\w+){0,2} +$"
)
_UP_BEFORE = re.compile(r"\b(?:up|down|over|out|back|round|near|at|in|to|from) +$")
# Both read backwards: most searches find nothing, and say so in one try.
_MOTION_REVERSED = ending_at(_MOTION_BEFORE)
_UP_REVERSED = ending_at(_UP_BEFORE)


def _ends_in(regex: re.Pattern[str], reversed_regex: re.Pattern[str] | None, window: str) -> bool:
    """``regex.search(window)`` for a pattern ending in "$", asked backwards first."""
    if reversed_regex is not None and not may_end(reversed_regex, window, 0, len(window)):
        return False
    return regex.search(window) is not None


_WORD = re.compile(r"(?:st\s+|saint\s+)?([^\W\d_]+(?:-[^\W\d_]+)*)")
_POSSESSIVE = re.compile(r"['’]s\b")
# Words after a place that belong to it: "wellington hosp", "besant nagar".
_TAIL = frozenset(
    """hospital hosp general royal infirmary clinic nagar children childrens park
    memorial medical centre center health university uni college mall
    north south east west""".split()
)
# Hospitals known by a word of their name: "up the royal", "at the womens".
_HOSPITAL_HEADS = frozenset(
    "royal general infirmary womens women's childrens children's mater alfred".split()
)
_ENDS = re.compile(r"\s*(?:[.,;:!?)]|$|\s(?:in|on|at|for|and|with|today|yesterday|again)\b)")
_MODIFIED = re.compile(
    r" (?:school|ground|hall|club|centre|center|park|field|street|road|shop|store|house|"
    r"class|team|room|unit|pool|course|camp|group|stadium|market|station)\b"
)
_NOT_PLACE = frozenset(
    """home work bed hospital school uni college church town city work gym hand
    pain bits tears hospice theatre theater recovery remission surgery clinic rehab
    resus icu hdu a&e er ed ward dialysis physio therapy tesco""".split()
)
# Endings of English words the word lists may lack ("rheumatology", "tethered").
_ENGLISH_ENDING = re.compile(
    r"(?:ed|ing|ology|ologist|itis|ectomy|osis|emia|aemia|ness|ment|tion|sion|ity|ous|"
    r"ive|able|ible|ful|less|ly|ism|ist|ise|ize|er|ers|ts)$"
)
_WORK_CUE = re.compile(
    r"\b(?:work(?:s|ed|ing)?\s+(?:(?:nights|days|shifts|weekends|part[- ]time|full[- ]time|"
    r"there|here)\s+)?(?:at|for|in)|jobs?\s+(?:at|with)|shifts?\s+at|"
    r"(?:nurse|teacher|cleaner|carer|manager|engineer|student|intern|volunteer|admin|"
    r"receptionist|driver|chef|cashier|porter|lecturer|doctor|paramedic|pharmacist|"
    r"midwife|hca|tutor|barista|apprentice|mechanic|electrician|labourer|laborer|"
    r"packer|picker|warehouseman|supervisor|analyst|developer|technician|accountant|"
    r"assistant|clerk|courier|guard|waitress|waiter|server|bartender)\s+(?:at|for)|"
    r"i['’]?m\s+at|(?:freshman|sophomore|fresher|first[- ]year|second[- ]year|"
    r"third[- ]year|final[- ]year|year\s+\d{1,2}|grade\s+\d{1,2}|\d{1,2}(?:st|nd|rd|th)\s+grade|"
    r"prep|reception|kindy|kindergarten|junior|senior)\s+at|"
    r"play(?:s|ed|ing)?\s+(?:\w+\s+)?for|"
    r"employed\s+(?:at|by)|retired\s+from|studying\s+at|student\s+at|intern(?:ing)?\s+at|"
    r"(?:drive|drives|driving)\s+(?:trucks\s+|buses\s+)?for|temping\s+(?:for|at|with))\s+",
)
# The first words of ``_CUE`` and ``_WORK_CUE`` (and a number, "3rd grade at"): each is
# tried only where one starts, not at every place of the text.
_CUE_FAST = AtWords(
    _CUE,
    "in into from near nr outside around at round towards via visiting past to the".split(),
)
_WORK_CUE_FAST = AtWords(
    _WORK_CUE,
    """work works worked working jobs job shifts shift nurse teacher cleaner carer manager
    engineer student intern volunteer admin receptionist driver chef cashier porter
    lecturer doctor paramedic pharmacist midwife hca tutor barista apprentice mechanic
    electrician labourer laborer packer picker warehouseman supervisor analyst developer
    technician accountant assistant clerk courier guard waitress waiter server bartender
    i im freshman sophomore fresher first second third final year grade prep reception
    kindy kindergarten junior senior play plays played playing employed retired studying
    interning drive drives driving temping""".split(),
    digits=True,
)
_WORK_STOP = frozenset(
    """in on at and as for with since but so now the a an my our his her their from to
    head office hq corporate warehouse store call centre center plant line nights
    days weekends part full time shifts years year months till until said says is was
    are were has have had gave give gives let lets told tells pay pays paid been did does
    do will would can could made make makes sent put want wants wanted think thinks know
    knows keep keeps kept let are aren't isn't won't don't didn't doesn't""".split()
)
_WORK_GENERIC = frozenset(
    """home a an the my our his her their night nights weekends weekend uni school
    college work hospital office shop store factory warehouse council nhs local same
    this that it all least night-shift nightshift breaking risk peace ease loss end
    rock capacity max full half one two three some any times first last me him her them
    us you myself free nothing retail hospo hospitality admin sales finance tech
    construction healthcare care it""".split()
)


# Words that end a lower-case workplace's name: when and how, not what.
_WORK_AFTER = frozenset(
    "today tonight yesterday tomorrow wfh again every since last this next now".split()
)


# Words of data/proper_words.txt that are English all the same, only new or informal.
_MODERN = frozenset(
    """lockdown childcare selfie selfies brekkie hehe blogging podcast podcasts covid
    smartphone smartphones playlist webcam inbox ebook ebooks meds carbs cardio veggies
    rehab detox tiktok insta telehealth uber ubers airbnb netflix zoom whatsapp facetime
    skype discord reddit youtube twitter instagram snapchat google""".split()
)


@cache
def proper_words() -> frozenset[str]:
    """Moderately common words that no English dictionary has: proper nouns mostly."""
    text = resources.files("app.redact.data").joinpath("proper_words.txt").read_text("utf-8")
    return frozenset(
        w for line in text.splitlines() if not line.startswith("#") for w in line.split()
    )


class LowerPlaceFinder:
    """Lower-case places after locative cues, lower-case employers after workplace cues."""

    def __init__(self, lex: Lexicon) -> None:
        self.lex = lex
        self._cued = CuedPlaceFinder(lex)
        self._places = lex.words_with(PLACE)  # the gazetteer's words, for _towns_at

    def find(self, text: str) -> Iterator[Span]:
        if text.isupper():
            return
        lower = lower_keeping_offsets(text)
        for cue in _CUE_FAST.finditer(text, lower):
            if not text[cue.end() : cue.end() + 1].islower():
                continue
            word = cue.group(1)
            window = lower[max(0, cue.start() - 25) : cue.start()]
            if word == "to" and not _ends_in(_MOTION_BEFORE, _MOTION_REVERSED, window):
                continue  # "wants to babysit": only "drove to", "moved to" name a place
            if word == "the" and not _ends_in(_UP_BEFORE, _UP_REVERSED, window):
                continue
            span = self._place_at(text, cue.end(), cue.group().rstrip().endswith("the"))
            if span is not None:
                yield span
        yield from self._rare_towns(text)
        yield from self._cued.find(text, lower)
        for cue in _WORK_CUE_FAST.finditer(text, lower):
            span = self._employer_at(text, cue.end())
            if span is not None:
                yield span

    def _place_at(self, text: str, pos: int, after_the: bool) -> Span | None:
        m = _WORD.match(text, pos)
        if m is None or not m.group(1).islower():
            return None
        word = m.group(1)
        if german_function_word(word):
            return None  # "wohnen in einem kleinen Dorf": German, no lower-case town
        possessive = _POSSESSIVE.match(text, m.end(1)) is not None
        nickname = after_the and word in _HOSPITAL_HEADS and _ENDS.match(text, m.end(1))
        if not (
            self._place_word(word, after_the) or possessive and self._own_word(word) or nickname
        ):
            return None
        if _MODIFIED.match(text, m.end(1)):
            return None  # "in grad school", "near the footy ground": a word about a place
        if dosed_or_taken(text, m.start(1), m.end(1)):
            return None  # "started on norvexa 20mg": a drug no list holds
        end = m.end(1)
        nxt = _WORD.match(text, end + 1) if text[end : end + 1] == " " else None
        if (
            nxt
            and nxt.start() == nxt.start(1)
            and nxt.group(1).islower()
            and (
                nxt.group(1) in _TAIL
                or not nxt.group(1).endswith(("ed", "ing"))
                and self._place_word(nxt.group(1), True)
            )
        ):
            end = nxt.end(1)
        if _POSSESSIVE.match(text, end):
            end += 2  # "christie's", "st augustine's": a hospital named by its founder
        return Span(
            m.start(), end, SpanType.PLACE, Source.LEXICON, 0.5, text[m.start() : end], True
        )

    def _rare_towns(self, text: str) -> Iterator[Span]:
        """A lower-case word that only the gazetteer knows, and rarely ("pune",
        "thrissur"), is a town wherever it stands: no English word is spelt so (nor is
        its plural: "two auras since")."""
        get = self.lex.flags.get
        for m in _LOWER_WORD.finditer(text) if "\u00f7" in text else self._towns_at(text):
            word = m.group()
            key = word if word.isascii() else fold_term(word)  # ASCII lower case folds to itself
            flags = get(key, 0)
            if not flags & PLACE:
                continue
            if (
                flags & PLACE
                and not flags & (DICT_WORD | MEDICAL | DRUG | COUNTRY | REGION)
                and self.lex.zipf_of(key) < 3.5
                and not (key.endswith("s") and get(key[:-1], 0) & (DICT_WORD | MEDICAL | DRUG))
                and key not in CALENDAR
                and key not in TEXTSPEAK
                and key not in KIN
                and not _OWNED.search(text, max(0, m.start() - 8), m.start())
                and not dosed_or_taken(text, m.start(), m.end())
            ):
                yield Span(m.start(), m.end(), SpanType.PLACE, Source.LEXICON, 0.4, m.group(), True)

    def _towns_at(self, text: str) -> Iterator[re.Match[str]]:
        """``_LOWER_WORD.finditer(text)`` for the words that can be a place: tried only
        where a token of four letters or more that the gazetteer holds starts. Each match
        is a whole token ("÷", the one character of its range that is no letter, aside:
        the caller reads a text holding it whole), so a word no list places is passed
        over once per text, not once per time it is written."""
        at = _tokens(text).at
        # an ASCII word is its own key: those the gazetteer holds are found by one set
        # intersection; only a text beyond ASCII has words to fold one by one
        words = [w for w in self._places.intersection(at) if len(w) >= 4 and w.isascii()]
        if not text.isascii():
            get = self.lex.flags.get
            words += [
                w for w in at if len(w) >= 4 and not w.isascii() and get(fold_term(w), 0) & PLACE
            ]
        starts = [s for word in words for s in at[word]]
        starts.sort()
        return matches_at(_LOWER_WORD, text, starts)

    def _own_word(self, word: str) -> bool:
        """A word that can be a founder's name: not a relative, not a closed-class word."""
        low = word.lower()
        return low not in KIN and low not in CLOSED_CLASS and low not in _NOT_PLACE

    def _place_word(self, word: str, strict: bool) -> bool:
        """A gazetteer place that is no common word, or a word no list knows."""
        low = word.lower()
        if low in _NOT_PLACE or low in CALENDAR or low in CLOSED_CLASS or low in TEXTSPEAK:
            return False
        if low in KIN:
            return False
        key = fold_term(word)
        flags = self.lex.flag(key)
        if flags & (MEDICAL | DRUG | COUNTRY | REGION):
            return False
        zipf = self.lex.zipf_of(key)
        if flags & PLACE:
            limit = 3.0 if strict and flags & DICT_WORD else 4.0 if flags & DICT_WORD else 4.5
            return len(key) >= 3 and zipf < limit
        if not flags and len(key) >= 4 and key in proper_words() and key not in _MODERN:
            return True  # "at vanderbilt", "in hackney", "shift at asda": no English word
        if flags & DICT_WORD or len(key) < 4 or _ENGLISH_ENDING.search(key) or "-" in key:
            return False
        if key.endswith("s") and self.lex.zipf_of(key[:-1]) >= 2.5:
            return False  # "hives", "welts": the plural of a word
        # A word no list knows, or a surname only: "at vanderbilt", "in khayelitsha".
        return zipf < (4.0 if flags else 2.5)

    def _employer_at(self, text: str, pos: int) -> Span | None:
        """Up to three lower-case words after a workplace cue: "countdown", "pak n save"."""
        end, at, count = pos, pos, 0
        while count < 3:
            m = _LOWER_TOKEN.match(text, at)
            if m is None or m.group() in _WORK_STOP or not count and m.group() in _WORK_GENERIC:
                break
            if count and (m.group().endswith(("ed", "ing")) or m.group() in _WORK_AFTER):
                break  # "countdown sacked me", "eskom doing shifts": not the name's words
            if count and ends_name(m.group(), self.lex.flag(fold_term(m.group()))):
                break  # "a job at meijer mounjaro has been ok": the drug is no part of it
            end, count = m.end(), count + 1
            if text[end : end + 1] != " ":
                break
            at = end + 1
        if not count:
            return None
        if count > 1:
            end = pos + len(chain_prefix(text[pos:end].split()) or text[pos:end])
        first = text[pos:end].split()[0]
        if self.lex.flag(fold_term(first)) & (MEDICAL | DRUG | COUNTRY) or first in KIN:
            return None
        if first in TEXTSPEAK:
            return None
        return Span(pos, end, SpanType.EMPLOYER, Source.CONTEXT, 0.5, text[pos:end], True)


_LOWER_WORD = re.compile(r"(?<![\w@/#'’-])[a-z\u00e0-\u00ff]{4,}(?![\w@/'’-])")
# "my abba", "our lola": a word someone owns is a relative or a thing, not a town.
_OWNED = re.compile(r"\b(?:my|our|his|her|their|your|ur)\s+$", re.IGNORECASE)
_LOWER_TOKEN = re.compile(r"[a-z][a-z0-9'’&-]*|&")
