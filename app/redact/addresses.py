"""Street addresses, postcodes and ZIP codes, found as blocks.

An address is written as a block: house number, street, unit, town, region,
postcode, country, split by commas or new lines, in many countries' orders ("12 Oak
Road", "Rua Vinte e Cinco de Setembro 1257", "Hersnapvej 18", "ul. Zamkowa 33").
We look for one certain part (an *anchor*: a numbered street, a unit, a postcode, a
ZIP after a state, a "zip code is" cue) and then grow the span over the parts around
it, up to the first ordinary lower-case word or the end of the block.

Street types come from Faker's per-locale address providers ("Road", "Turnpike",
"Rapids"), through the lexicon, so the grammar covers the formats Faker knows; the
fixed word lists and regex fragments the patterns are built from are in
``addresses_words``.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable, Iterator

from app.redact import addresses_lower, addresses_tail, postcodes
from app.redact.addresses_words import (
    _ABBR_SUFFIX,
    _ABBREVIATIONS,
    _CAP,
    _COMPOUND,
    _CORE_UPPER,
    _CUE_WORDS,
    _LOWER_OK,
    _NAME_WORD,
    _NOT_STREET_NAME,
    _PREFIX_TYPES,
    _PREFIX_WORDS,
    _SUFFIX_STOP,
)
from app.redact.german import german_word, is_german
from app.redact.lexicon import COUNTRY, DRUG, MEDICAL, PLACE, REGION, STREET, Lexicon
from app.redact.spans import Source, Span, SpanType
from app.redact.windows import DIGITS, Started, Triggered, matches_at, word_starts
from app.redact.windows_tokens import _tokens, token_set
from app.redact.word_trie import word_trie

UNIT = re.compile(
    r"\b(?:apt|apartment|flat|suite|ste|unit|room|rm|floor|fl|bldg|building|box|po box|"
    r"p\.o\. box|postbox|psc|plot|door no|(?-i:House|H\.? ?No))\.?\s*#?\s*"
    r"\d+[A-Za-z]?\d*(?:[/-](?:\d+[A-Za-z]?|[A-Z]\b)){0,4}\b(?![/.:]\d)"  # "H.No 8-2-293/82"
    r"|\b(?:[AF]PO|DPO)\s+(?:AA|AE|AP)\s+\d{5}\b"
    r"|\bUS(?:NS|NV|S|CGC)\s+[^\W\d_]+\b",
    re.IGNORECASE,
)
_US_TYPES = (
    r"(?:St|Street|Ave|Avenue|Rd|Road|Blvd|Boulevard|Dr|Drive|Ln|Lane|Pl|Place|Ct|"
    r"Court|Way|Fwy|Freeway|Hwy|Highway|Pkwy|Parkway|Ter|Terrace|Cir|Circle|Expy|"
    r"Expressway|Tpke|Turnpike|Pike|Row|Sq|Square)"
)
# "2231 N 68th St", "7th Ave", "W 42nd Street", "1400 S Lake Shore Dr".
COMPASS_STREET = re.compile(
    rf"(?:\b\d{{1,6}}\s+)?\b(?:(?:[NSEW]|NE|NW|SE|SW|North|South|East|West)\.?\s+)?"
    rf"\d{{1,3}}(?:st|nd|rd|th)\s+{_US_TYPES}\b\.?"
    rf"|\b\d{{1,6}}\s+(?:[NSEW]|NE|NW|SE|SW)\.?\s+(?:[A-Z][a-z]+\s+){{1,3}}{_US_TYPES}\b\.?"
)
PREFIX_STREET = re.compile(
    rf"(?<!\w)(?:{_PREFIX_TYPES})\s+(?:{_NAME_WORD}\s+){{0,5}}(?:{_CAP})\s*,?\s+\d{{1,5}}[A-Za-z]?\b\.?"
    rf"|(?<!\w)(?:{_PREFIX_TYPES})\s+(?:{_NAME_WORD}\s+){{0,4}}{_CAP}(?=\s*[,\n])"
)
COMPOUND_STREET = re.compile(rf"\b{_COMPOUND}\.?\s+\d{{1,5}}[A-Za-z]?\b\.?")  # "Hauptstr. 12"
# "6750 Koskikatu 25", "0304 Rua Cidade de Maracajá 468", "233 Erzsébet tér 19.":
# a house number, street words, a number.
NUMBERED_STREET = re.compile(
    r"\b\d{1,6}\s+"
    r"(?:(?!(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Mon|Tue|Wed|Thu|Fri|Sat|Sun)"
    rf"[a-z]*\b)[^\W\d_a-zß-ÿ][^\W\d_A-ZÀ-Þ]{{2,}}\.?\s+(?:(?:{_NAME_WORD}|[^\W\d_]+)\s+){{0,4}})"
    r"\d{1,4}[A-Za-z]?\b\.?"
)

# Hungarian streets, the type before the number: "Király u. 15.", "Belgrád rkp. 18.",
# "Árpád fejedelem útja 3.", "Kálmán Imre u. 12.".
HU_STREET = re.compile(
    rf"\b{_CAP}(?:\s+(?:{_CAP}|[^\W\d_]{{3,}})){{0,2}}\s+"
    r"(?:u\.|utca|út|útja|tér|krt\.|körút|rkp\.|köz|sor|sétány|fasor)\s+\d{1,4}\b\.?"
)
_HU_TYPES = frozenset("u utca út útja tér krt körút rkp köz sor sétány fasor".split())

# A street named without a number: "on Pond Street", "Harley St".
_NAMED_TYPE_WORDS = (
    "Street St Road Rd Lane Avenue Ave Drive Close Crescent Terrace Gardens Grove Square "
    "Boulevard Parkway Strasse Straße"
).split()
NAMED_STREET = re.compile(
    rf"(?<![\w.])({_CAP})\s+(?:{_CAP}\s+)?(?:{'|'.join(_NAMED_TYPE_WORDS)})\b(?!-)"
)
# A numbered road: "the CVS on Route 9", "just off Highway 401", "State Route 60", "on
# I-95"; not a protocol's step ("Route 2 of the chemo protocol").
ROUTE = re.compile(
    r"(?:\b(?:(?:State|County|US|U\.S\.)\s+)?(?:Route|Rte\.?|Highway|Hwy\.?|Interstate)"
    r"\s+\d{1,3}[A-Z]?|\bI-\d{1,3})\b(?![.,]\d)(?!\s+of\b)"
)
# One address part after an anchor: a unit, a number or code, a word.
_SEP = re.compile(r"[ \t]*(?:[,\n][ \t]*)+(?:[>|?*]+[ \t]*)?|[ \t]+")
_PART = re.compile(
    r"(?:apt|apartment|suite|ste|unit|flat|box|floor|fl|room)\.?\s*#?\s*\d+[A-Za-z]?\b\.?"
    r"|\d[\dA-Z-]{0,9}\b\.?"
    r"|[A-Z]{1,2}\d[\dA-Z]{0,6}\b"  # a postcode's half: "P31", "X2Y4", "EH9"
    r"|\(?[^\W\d_][^\W\d_'’.-]*(?:[-'’.][^\W\d_]+)*\)?\.?",
    re.IGNORECASE,
)
_LEAD = re.compile(
    r"(?:\b(?:the corner of|corner of)\s+)?(?:\b\d{1,6}\s+)?"
    r"(?:\b(?:ul|u|rue|via|calle|piazza|vicolo)\.?\s+)?$",
    re.IGNORECASE,
)
_MAX_PARTS = 14
# The first number of a range of house numbers before a street's own number: "18-20
# Great Western Highway", "110–112 Queen Street", "12 - 14 Station Road", "7A-7B Oak
# Road" (a street with its type; a number-words-number run opens with a postcode).
_NUMBER_RANGE_BEFORE = re.compile(r"(?<![\w/.,:-])(\d{1,5})[A-Za-z]?[ \t]?[-–][ \t]?$")
_HOUSE_NUMBER = re.compile(r"\d{1,5}")
_RANGE_GAP = 20  # a range of houses is short and rises: "18-20", never "9-5" or "2-38"
# One town, locality or state before a postcode or an earlier part, with its separator.
_BACK_PART = re.compile(
    r"((?:[A-Z][\w'’.-]*|\d{1,5}[A-Za-z]?)(?:[ ][A-Z][\w'’.-]*){0,2})(?:,[ ]?|[ ])$"
)


# Each pattern tried only where its first word starts (see ``windows.Triggered``).
_PREFIX_FAST = Triggered(
    PREFIX_STREET,
    "|".join(re.escape(w.rstrip(".")) for w in _PREFIX_WORDS if re.fullmatch(r"[^\W_]+\.?", w)),
)
# At a digit ``COMPASS_STREET`` opens with a house number before a compass word or an
# ordinal ("2231 N 68th St", "2231 68th St"), or with the ordinal itself ("7th Ave"):
# what must follow the digit is asked first, in one short regex.
_COMPASS_DIGIT = (
    r"\d{1,6}\s+(?:(?:[NSEW]|NE|NW|SE|SW|North|South|East|West)\.?\s|\d{1,3}(?:st|nd|rd|th)\s)"
    r"|\d{1,3}(?:st|nd|rd|th)\s"
)
_COMPASS_FAST = Triggered(
    COMPASS_STREET, "n|s|e|w|ne|nw|se|sw|north|south|east|west", digits=_COMPASS_DIGIT
)
_COMPOUND_FAST = Triggered(COMPOUND_STREET, _COMPOUND)
# A run of digits after no word character; a word opening with a letter that is not
# lower case (the same matches as each regex's own finditer; see ``windows.Started``).
_NUMBERED_FAST = Started(NUMBERED_STREET, r"\d+")
_NAMED_FAST = Started(NAMED_STREET, r"[^\W\d_a-zß-ÿ][^\W\d_]*")
# Every ``NAMED_STREET`` match ends with one of its street words as a whole token (after
# a space, before ``\b``): a text holding none is not searched at every capital.
_NAMED_TYPES = frozenset(w.lower() for w in _NAMED_TYPE_WORDS)


def _named_streets(text: str) -> Iterator[re.Match[str]]:
    """``NAMED_STREET.finditer(text)``, only in a text holding one of its street words."""
    if token_set(text).isdisjoint(_NAMED_TYPES):
        return iter(())
    return _NAMED_FAST.finditer(text)


# A dosing scheme or a unit after a number-word-number run: its last number is a dose
# ("Amoxi 1000 1-1-1", "Ibu 400 mg"), no house's.
_SCHEME_AFTER = re.compile(
    r"[ \t]*(?:\d+(?:[.,]\d+)?-\d+(?:[.,]\d+)?-\d+|(?:mg|mcg|µg|ml|ie|iu)\b)", re.IGNORECASE
)
# A capitalised word after "St": the saint of a name ("St John's Wort", "St Mary's"),
# not a street ("Harley St" ends its name), unless the name follows "on" ("pharmacy is on
# Ruthven St. HbA1c was...": a sentence after the street).
_ON_STREET = re.compile(r"\b(?:on|off|along|down|up|near)[ \t]+$", re.IGNORECASE)
_SAINT_AFTER = re.compile(
    r"\.?[ \t]+(?!(?:She|He|It|I|We|They|You|The|Then|This|That|There|But|And|So|My|Our|"
    r"His|Her|Their|What|When|Was|Is)\b)[A-Z][a-z]"
)
_ROUTE_WORDS = frozenset(["route", "rte", "highway", "hwy", "interstate"])
# A numbered street by its compass letter and ordinal, with no type: "on W 10th".
_COMPASS_ORDINAL = re.compile(r"\b(?:on|off|along|near)\s+([NSEW]\.?\s+\d{1,3}(?:st|nd|rd|th))\b")
_ON_WORDS = frozenset(["on", "off", "along", "near"])
_AGE_SEX = re.compile(r"\d{1,2}[MFmf],")


def _opens(text: str, start: int) -> bool:
    """Whether ``start`` opens the text, a line, a sentence or a bracket: where an age
    and sex tag stands ("23M, ..."), not a flat's number ("Moved into 14F, Harbour Road")."""
    before = text[:start].rstrip(" \t")
    return not before or before[-1] in ".!?:(\n"


_UNIT_FAST = Triggered(
    UNIT,
    "apt|apartment|flat|suite|ste|unit|room|rm|floor|fl|bldg|building|"
    "box|po|p|postbox|psc|plot|door|house|h|apo|fpo|dpo|usns|usnv|uss|uscgc",
)


# A German street named by a field or a slope, with no "-straße": "Wir wohnen Am
# Sonnenhang 14", "Die Praxis ist jetzt Am Mühlbach 3", "Ich wohne Im Winkel 22".
_DE_FIELD_STREET = re.compile(
    r"\b(?:wohnen|wohne|wohnt|ist\s+jetzt|sind\s+jetzt|zieh\w*\s+(?:nach|in\s+die|in\s+den))\s+"
    r"((?:Am|Im|An\s+der|Auf\s+der|Auf\s+dem|In\s+der|Zum|Zur)\s+"
    r"(?!(?:Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|"
    r"Dezember|Jahr|Jahre)\b)[A-ZÄÖÜ][a-zäöüß-]+"
    r"\s+\d{1,4}[a-z]?)\b"
)


class AddressFinder:
    """Finds ADDRESS spans; built once per lexicon (its street types join the grammar)."""

    def __init__(self, lexicon: Lexicon) -> None:
        self.lex = lexicon
        suffixes = sorted(
            (
                w
                for w in lexicon.words_with(STREET)
                if w.isalpha() and len(w) >= 2 and w not in _SUFFIX_STOP
            ),
            key=len,
            reverse=True,
        )
        suffixes += _ABBR_SUFFIX
        forms = [w.capitalize() for w in suffixes] + [w for w in suffixes if len(w) >= 2]
        # as a trie: only the whole word can match before what follows each use (a
        # "\b", a "." or a space), so it matches where the plain alternation does
        words = forms + _CORE_UPPER
        alt = (
            word_trie(words)
            if all(w.isalpha() for w in words)
            else "|".join(re.escape(w) for w in words)
        )
        # Every street match holds one of these as a whole word; most entries hold none.
        types = [w.lower() for w in forms + _CORE_UPPER]
        self._types = frozenset(types) if all(re.fullmatch(r"[^\W_]+", w) for w in types) else None
        # Title case or lower case ("Road", "rd"), whole words also in capitals ("ROAD"),
        # but never a two-letter capital abbreviation: "HR 110 ST" is sinus tachycardia.
        self._street = re.compile(
            rf"\b\d{{1,5}}[A-Za-z]?,?\s+(?:(?:{_NAME_WORD}|(?-i:[IVX]{{1,4}})\b)\s+){{0,3}}(?:{_CAP}|(?<=[A-Za-z] )(?-i:[IVX]{{1,4}}))\s+"
            rf"(?:{alt})\b\.?"
            rf"|\b(?:{_CAP}[ \t]+){{1,3}}(?:{alt})\.?[ \t]+\d{{1,5}}[A-Za-z]?\b"
        )
        self._street_fast = Triggered(self._street, "(?!)", digits=True, capitals=True)

    def find(self, text: str, region: str = "GB") -> Iterator[Span]:
        for m in _named_streets(text):
            if (
                m.group().endswith("St")
                and _SAINT_AFTER.match(text, m.end())
                and not _ON_STREET.search(text, max(0, m.start() - 8), m.start())
            ):
                continue  # "Started St. John's wort", "Took St Joseph aspirin": a saint's
            if m.group(1).lower() not in _NOT_STREET_NAME:
                yield addresses_tail.extend(_span(m.start(), m.end(), text, 0.7), text, self.lex)
        for start, end in addresses_lower.find_compass_streets(text, token_set(text), self.lex):
            yield Span(start, end, SpanType.PLACE, Source.CONTEXT, 0.7, text[start:end])
        for start, end in addresses_lower.find_streets_on(text, token_set(text), self.lex):
            yield _span(start, end, text, 0.6)  # "the co-op on derby road"
        has_digit = DIGITS.search(text) is not None
        if not has_digit:
            return
        lower_text = not not text.islower()
        words = token_set(text)
        street = self._types is None or not words.isdisjoint(self._types)
        for regex, fast, conf in (
            (self._street, self if street else None, 0.85),  # self.finditer: _street's
            (PREFIX_STREET, _PREFIX_FAST, 0.8),
            (COMPASS_STREET, _COMPASS_FAST, 0.85),
            (COMPOUND_STREET, _COMPOUND_FAST, 0.8),
            (NUMBERED_STREET, _NUMBERED_FAST, 0.7),
            (UNIT, _UNIT_FAST, 0.8),
        ):
            for m in fast.finditer(text) if fast is not None else ():
                if regex is self._street and not self._street_ok(m.group()):
                    continue
                if regex is self._street and _AGE_SEX.match(m.group()) and _opens(text, m.start()):
                    continue  # "23M, Ross River virus": an age and a sex, then a virus
                if regex is NUMBERED_STREET and (
                    not self._words_rare(m.group(), is_german(text))
                    or _SCHEME_AFTER.match(text, m.end())
                ):
                    continue  # "Tag 3 Amoxi 1000 1-1-1": a drug's strength and its scheme
                first = m.start()
                if regex is self._street or regex is COMPASS_STREET:
                    first = _range_start(text, first)  # "18-20 Great Western Highway"
                grown = self.grow(text, _span(first, m.end(), text, conf), lower_text)
                yield addresses_tail.extend(grown, text, self.lex)  # "Hyderabad - 500084"
        if not words.isdisjoint(_ROUTE_WORDS) or "I-" in text:
            for m in ROUTE.finditer(text):
                yield _span(m.start(), m.end(), text, 0.75)
        for m in _COMPASS_ORDINAL.finditer(text) if not words.isdisjoint(_ON_WORDS) else ():
            yield _span(m.start(1), m.end(1), text, 0.7)  # "parking on W 10th was $24"
        if not token_set(text).isdisjoint(_HU_TYPES):
            for m in HU_STREET.finditer(text):
                yield self.grow(text, _span(m.start(), m.end(), text, 0.8), lower_text)
        yield from addresses_tail.find_house_named(text, self.lex)
        if "wohn" in text or "jetzt" in text or "zieh" in text:
            for m in _DE_FIELD_STREET.finditer(text):  # "wir wohnen Am Sonnenhang 14"
                yield _span(m.start(1), m.end(1), text, 0.75)
        for start, end in addresses_lower.find(text, self.lex):
            yield _span(start, end, text, 0.75)
        for start, end, conf in postcodes.find(text, region, self._is_place, self._is_medicine):
            span = self.grow(text, _span(start, end, text, conf), lower_text)
            yield self.grow_back(text, span)

    def finditer(self, text: str) -> Iterable[re.Match[str]]:
        """``self._street_fast.finditer(text)``, tried only at the digits and capitals
        with a street type's token close after them. Each ``_street`` match ends in a
        street type that is a whole token (a space before it, a word's end or a "." or
        a space after), and holds at most five runs without spaces before it (a house
        number, three words and a name; or up to three capitalised words): a start
        whose first street type after it lies more runs away opens none. Where lower
        case is no guide (``word_starts`` gives None) every start is tried."""
        types_at = word_starts(text, self._types) if self._types is not None else None
        if types_at is None:
            return self._street_fast.finditer(text)
        if not types_at:
            return ()
        toks = _tokens(text)
        last = types_at[-1]
        starts = [
            p
            for p in sorted([*toks.digits, *toks.capitals])
            if p < last and len(text[p : types_at[bisect_right(types_at, p)]].split(None, 5)) <= 5
        ]
        return matches_at(self._street, text, starts) if starts else ()

    def _is_place(self, word: str) -> bool:
        return bool(self.lex.flags.get(word.lower(), 0) & (PLACE | REGION | COUNTRY))

    def _is_medicine(self, word: str) -> bool:
        """A drug or medical word that is no town: a number after it is a strength."""
        flags = self.lex.flags.get(word.lower(), 0)
        return bool(flags & (MEDICAL | DRUG)) and not flags & PLACE

    def grow_back(self, text: str, span: Span) -> Span:
        """Take the town and locality words before a postcode into the same span:
        "Malviya Nagar, Jaipur 302017", "Box Hill VIC 3128"."""
        start = span.start
        for _ in range(4):
            m = _BACK_PART.search(text, max(0, start - 40), start)
            if m is None or m.end() != start:
                break
            if any(
                w.lower() in _NOT_STREET_NAME or w.lower() in _CUE_WORDS for w in m.group(1).split()
            ):
                break
            if (
                m.group(1).endswith(".")
                and m.group(1).split()[-1].lower().rstrip(".") not in _ABBREVIATIONS
            ):
                break  # "Greams Road. Aadhaar 4991": a sentence ends before the number
            start = m.start(1)
        if start != span.start:  # the house number and street type before the street
            lead = _LEAD.search(text, max(0, start - 40), start)
            if lead and lead.start() < start and "corner" not in lead.group().lower():
                start = lead.start()
        if start == span.start:
            return span
        return Span(
            start,
            span.end,
            SpanType.ADDRESS,
            Source.PATTERN,
            span.confidence,
            text[start : span.end],
            span.uncertain,
        )

    def _street_ok(self, match: str) -> bool:
        """Street types in capitals only as whole words: "HR 110 ST" is sinus tachycardia;
        no sentence's end inside ("Heidelberg. Ocrevus alle 6")."""
        words = match.split()
        if any(
            w.endswith(".")
            and len(w) > 3
            and w[:-1].isalpha()
            and w[:-1].lower() not in _ABBREVIATIONS
            for w in words[:-2]
        ):
            return False
        last = words[-1].rstrip(".")
        if last[:1].isdigit() and len(words) >= 2 and not words[-2][:1].isupper():
            return False  # "He walks 20 minutes": a verb, not "Hauptweg 20"
        return not (last.isupper() and len(last) <= 2)

    def _words_rare(self, match: str, german: bool = False) -> bool:
        """ "6750 Koskikatu 25", not "600 Rate 4" or "2 Paracetamol 500": the street words
        of a number-word-number run must not be ordinary English, German or medical words."""
        zipf, flags = self.lex.zipf, self.lex.flags
        words = [w.strip(".,").lower() for w in match.split()[1:-1]]
        return not any(
            zipf.get(w, 0.0) >= 3.5 or flags.get(w, 0) & MEDICAL or german and german_word(w)
            for w in words
            if w not in _LOWER_OK
        )  # nor, in German, German words: "10 Einheiten statt 14", "2 Wochen 75"

    # -- the block around an anchor ---------------------------------------------------------

    def grow(self, text: str, span: Span, lower_text: bool = False) -> Span:
        start, end = span.start, span.end
        lead = _LEAD.search(text, max(0, start - 40), start)
        corner = False
        if lead and lead.start() < start:
            start = lead.start()
            corner = "corner" in lead.group().lower()
        prev_word = text[span.start : span.end].split()[-1] if span.end > span.start else ""
        prev_caps = prev_word.isupper() and len(prev_word) > 3
        parts = 0
        flags = self.lex.flags
        while parts < _MAX_PARTS:
            sep = _SEP.match(text, end)
            if sep is None:
                break
            gap = sep.group()
            if gap.count("\n") > 1 or (
                prev_word.endswith(".")
                and "\n" not in gap
                and prev_word.lower().rstrip(".") not in _ABBREVIATIONS
                and not prev_word[:-1].isdigit()
                and len(prev_word) > 2
            ):
                break  # a blank line or the end of a sentence closes the block
            m = _PART.match(text, sep.end())
            if m is None:
                break
            word = m.group()
            bare = word.strip("().").lower()
            new_line = "\n" in gap or "," in gap
            if (
                prev_word.endswith(".")
                and prev_word[:-1].isdigit()
                and not new_line
                and word[0].isupper()
                and not flags.get(bare, 0) & (PLACE | COUNTRY | REGION)
            ):
                break  # "..., 0157. Thank you", "NSW 2450. Resonium 15g": a sentence ends
            if word[0].isalpha():
                if (
                    word.isupper()
                    and len(bare) > 3
                    and not any(c.isdigit() for c in word)
                    and not (new_line or prev_caps)
                    and not flags.get(bare, 0) & (PLACE | COUNTRY)
                ):
                    break  # capitals run on only as a line of their own ("SPÅNGA"), not in a note
                if (
                    word[0].islower()
                    and bare not in _LOWER_OK
                    and not (
                        lower_text
                        and (
                            flags.get(bare, 0) & (PLACE | COUNTRY | STREET | REGION)
                            or self.lex.zipf.get(bare, 0.0) < 3.0
                        )
                    )
                    and not bare.startswith(("apt", "suite", "unit", "flat", "box"))
                ):
                    break
                if bare in ("and", "i") and not corner:
                    break
                if bare in ("the", "of") and new_line:
                    break
            elif word[0] == "(" and not word.endswith(")"):
                break
            end = m.end()
            prev_word = word
            prev_caps = word.isupper() and len(bare) > 3
            parts += 1
        while end > start and text[end - 1] in ".,( \n;":
            end -= 1
        while start < end and text[start].isspace():
            start += 1
        if (start, end) == (span.start, span.end):
            return span
        return Span(
            start,
            end,
            SpanType.ADDRESS,
            Source.PATTERN,
            span.confidence,
            text[start:end],
            span.uncertain,
        )


def _range_start(text: str, start: int) -> int:
    """Where a range of house numbers ending in the number at ``start`` begins (at
    ``start`` itself if none does)."""
    first = _NUMBER_RANGE_BEFORE.search(text, max(0, start - 10), start)
    own = _HOUSE_NUMBER.match(text, start)
    if first is None or own is None:
        return start
    rise = int(own.group()) - int(first.group(1))
    return first.start() if 0 <= rise <= _RANGE_GAP else start


def _span(start: int, end: int, text: str, confidence: float) -> Span:
    return Span(start, end, SpanType.ADDRESS, Source.PATTERN, confidence, text[start:end])
