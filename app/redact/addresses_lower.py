"""Addresses written in lower case: "12 elm st", "flat 3 the maltings, 4 mill lane, ely".

The block finder in ``addresses`` trusts capitals to tell a street name from a
sentence; people typing fast write "22a tui cres, ōtāhuhu" or "402 e palo verde dr,
phoenix az 85012". Here the anchor is a house number, up to three street words and a
street type, the street words being no function words, units or times ("2 hours
drive" is no street). The block then grows over the unit before it ("flat 12
hollyhock house,") and the comma-separated town, suburb and postcode after it, as long
as each part reads as a name, not a clause.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from collections.abc import Set as AbstractSet

from app.redact.lexicon import COUNTRY, DRUG, FIRST, LAST, MEDICAL, PLACE, REGION, Lexicon
from app.redact.names_cues import CLOSED_CLASS, FUNCTION
from app.redact.normalise import fold_term
from app.redact.windows import Started
from app.redact.windows_at import may_hold

_W = r"[a-zà-ÿāēīōūŋ'’-]"
# Street types people abbreviate or write in lower case; common words like "walk",
# "view" or "rise" are left to the capitalised finder.
_TYPES = (
    r"street|st|road|rd|avenue|ave|lane|ln|drive|dr|close|crescent|cres|court|"
    r"place|terrace|tce|terr|grove|gardens|gdns|way|boulevard|blvd|highway|hwy|"
    r"parkway|pkwy|mews|parade|pde|esplanade|circle|square|strasse|straße|str"
)
# A street word: letters, or a numbered street's ordinal ("n 68th st", "w 3rd ave").
_WORD = rf"(?:{_W}{{2,}}|\d{{1,3}}(?:st|nd|rd|th)(?![\w'’-]))"
STREET = re.compile(
    rf"(?<![\w/.-])(\d{{1,5}}[a-tv-z]?(?:[/-]\d{{1,4}}[a-z]?)?),?\s+"
    rf"((?:(?:n|s|e|w|ne|nw|se|sw|north|south|east|west)\.?\s+)?"
    rf"{_WORD}(?:\s+{_WORD}){{0,2}})\s+({_TYPES})\b\.?",
    re.IGNORECASE,
)
_UNIT_BEFORE = re.compile(
    rf"(?:flat|apt|apartment|unit|suite|house|h\.?\s?no\.?)\s*#?\s*\d{{1,4}}[a-z]?"
    rf"(?:\s+{_W}+){{0,3}}\s*,?\s*$",
    re.IGNORECASE,
)
# One comma-separated part after the street: words up to the next mark, then maybe a
# postcode or a ZIP after a state.
_PART = re.compile(rf",[ \t]*({_W}+(?!\w)(?:[ \t]+{_W}+(?!\w))*)", re.IGNORECASE)
_CODE = re.compile(
    r"[ \t]+((?:[a-z]{2}[ \t]+)?\d{4,6}(?:-\d{4})?|[a-z]{1,2}\d[a-z\d]?[ \t]?\d[a-z]{2})"
    r"(?![\w'’-])",
    re.IGNORECASE,
)
_POSTCODE_PART = re.compile(
    r",[ \t]*(\d{4,6}|[a-z]{1,2}\d[a-z\d]?[ \t]?\d[a-z]{2}|[a-z]\d{2}[ \t]?[a-z\d]{4})(?![\w'’-])",
    re.IGNORECASE,
)
# What may follow a locality part whose words are common ones: another part and a
# postcode, or the postcode itself.
_CODE_AHEAD = re.compile(
    rf"(?:,[ \t]*{_W}+(?:[ \t]+{_W}+){{0,2}})?,?[ \t]+"
    r"(?:[a-z]{1,2}\d[a-z\d]?[ \t]?\d[a-z]{2}|[a-z]\d{2}[ \t]?[a-z\d]{4}|(?:[a-z]{2}[ \t]+)?\d{4,6})"
    r"(?![\w'’-])",
    re.IGNORECASE,
)
# Words that make a run of words a measure or a time, not a street name.
_NOT_STREET = frozenset(
    """min mins minute minutes hour hours hr hrs day days week weeks month months year
    years yr yrs mile miles km kms k meter metres meters metre second seconds sec secs
    time times x more less long short hard easy good bad big small whole other same
    next last first pills tablets tabs doses units puffs mg mcg ml kg lb lbs stone
    steps flights floors people kids beds noon midnight am pm o'clock degree degrees
    reg regular insulin stable episode episodes anterior posterior sinus nsr""".split()
)
# Words a town part may hold although they are frequent.
_PLACE_WORDS = frozenset(
    "north south east west central upper lower new old city town village park hill heights "
    "bay beach valley island".split()
)


def _name_words_ok(words: list[str], lex: Lexicon) -> bool:
    for word in words:
        low = word.lower().strip("'’-.")
        if low in CLOSED_CLASS or low in _NOT_STREET or lex.flags.get(low, 0) & MEDICAL:
            return False
    return True


def _town_word(word: str, lex: Lexicon) -> bool:
    low = word.lower().strip("'’-")
    if low in CLOSED_CLASS:
        return False
    if low in _PLACE_WORDS or lex.flags.get(low, 0) & (PLACE | REGION | COUNTRY):
        return True
    return lex.zipf.get(low, 0.0) < 4.0 and not lex.flags.get(low, 0) & MEDICAL


def _town(text: str, end: int, lex: Lexicon) -> int:
    """The end of the town part after ``end`` (", otley", ", tucson az 85704"), or ``end``."""
    part = _PART.match(text, end)
    if part is None:
        return end
    words = list(re.finditer(r"\S+", part.group(1)))
    took = 0
    while took < min(3, len(words)) and _town_word(words[took].group(), lex):
        took += 1
    if (
        took < len(words) <= 3
        and _name_words_ok([w.group() for w in words], lex)
        and _CODE_AHEAD.match(text, part.end())
    ):
        took = len(words)  # "little snoring, norfolk nr21 0jb": a postcode closes the block
    if took == 0:
        return end
    stop = part.start(1) + words[took - 1].end()
    if took < len(words):  # the part runs on: "otley last week" ends at the town
        code = _CODE.match(text, stop)
        if code:
            return code.end()
        last = words[took - 1].group().lower()
        if not (lex.flags.get(last, 0) & PLACE or lex.zipf.get(last, 0.0) < 3.0):
            return end
        return stop
    code = _CODE.match(text, stop)
    return code.end() if code else stop


# ``STREET`` tried only at a run of digits (it opens with one, after no word character),
# and only in a text holding one of its street types as a token (each match ends with
# one whole, after a space and before ``\b``): the same matches as its own finditer.
_STREET_FAST = Started(STREET, r"\d+")
_TYPE_WORDS = frozenset(_TYPES.split("|"))


_WORD_BEFORE = re.compile(r"([A-Za-z][\w-]*)\s+$")
_NAME_NEXT = re.compile(r"\.?[ ]+[A-ZÄÖÜ][a-zäöüß]")
_LOWER_NEXT = re.compile(r"\.?[ ]+([a-zäöüßéç][\w'’-]*)")


def _doctor_next(text: str, end: int, lex: Lexicon) -> bool:
    """A name after "dr": a doctor, not a drive. In lower case ("atorvastatin 40, meint dr
    krüger", "metformin 500, said dr smith") a listed name or a rare word that is no
    town's is taken for the name ("12 oak dr springfield", "12 oak dr now" stay drives)."""
    if _NAME_NEXT.match(text, end):
        return True
    low = _LOWER_NEXT.match(text, end)
    if low is None:
        return False
    word = fold_term(low.group(1))
    flags = lex.flags.get(word, 0)
    return bool(flags & (FIRST | LAST)) or lex.zipf.get(word, 0.0) < 3.0 and not flags & PLACE


def find(text: str, lex: Lexicon) -> Iterator[tuple[int, int]]:
    """(start, end) of each lower- or mixed-case street address with its block."""
    if not may_hold(text, _TYPE_WORDS):
        return
    for m in _STREET_FAST.finditer(text):
        words = m.group(2).split()
        kind = m.group(3)
        if kind.isupper() and len(kind) <= 3 or m.group(0).istitle():
            continue  # "NSR ST", "CT" are clinical; title case is the block finder's
        if not _name_words_ok(words, lex):
            continue
        if any(w.endswith("ing") and lex.zipf.get(w.lower(), 0.0) >= 3.0 for w in words):
            continue  # "400, sleeping way better", "1000 feeling way better": no street
        before = _WORD_BEFORE.search(text, max(0, m.start() - 24), m.start())
        if before and lex.flags.get(before.group(1).lower(), 0) & (MEDICAL | DRUG):
            continue  # "magnesium glycinate 400, ...", "vit D 1000, ...": a dose first
        if kind.lower().rstrip(".") == "dr" and _doctor_next(text, m.end(), lex):
            continue  # "genommen wie Dr. Huber gesagt hat", "40, meint dr krüger": a doctor
        start, end = m.start(), m.end()
        unit = _UNIT_BEFORE.search(text, max(0, start - 50), start)
        if unit and _name_words_ok(unit.group().split()[2:], lex):
            start = unit.start()
        for _ in range(3):
            grown = _town(text, end, lex)
            if grown == end:
                code = _POSTCODE_PART.match(text, end)
                grown = code.end() if code else end
            if grown == end:
                break
            end = grown
        yield start, end


# "lives on queen west", "i work at indigo on queen west", "our flat just off king
# street east": a street named by its words and a compass point, with no number and no
# type, after a word of living or working there. A place, not a full address.
_COMPASS_STREET_CUE = re.compile(
    r"\b(?:lives?|living|lived|moved|stay(?:s|ed|ing)?|flat|apartment|house|place|shop|"
    r"(?:work(?:s|ed|ing)?|shop(?:s|ped|ping)?)\s+at\s+[\w'’&-]+(?:\s+[\w'’&-]+)?)"
    r"\s+(?:just\s+|right\s+)?(?:on|off)\s+(?:the\s+)?"
    r"((?:[a-z][a-z'’-]{2,}\s+){1,2}(?:west|east|north|south)|"
    r"(?:[A-Z][a-z'’-]{2,}\s+){1,2}(?:West|East|North|South))\b"
)
_COMPASS = frozenset({"west", "east", "north", "south"})


def find_compass_streets(
    text: str, words: frozenset[str], lex: Lexicon
) -> Iterator[tuple[int, int]]:
    """(start, end) of each street named only by its words and a compass point."""
    if words.isdisjoint(_COMPASS):
        return
    for m in _COMPASS_STREET_CUE.finditer(text):
        if _name_words_ok(m.group(1).split()[:-1], lex):
            yield m.start(1), m.end(1)


# "the co-op on derby road", "the clinic on queen st": a street named in
# lower case after "on" or "off", with no number. Only types no other phrase ends in
# ("drive" ends "google drive", "way" ends "on my way").
_ON_STREET = re.compile(
    r"\b(?:on|off|along)\s+((?:[a-z][a-z'’-]{2,}\s+){1,2}"
    r"(?:road|rd|street|st|avenue|ave|lane|boulevard|blvd|crescent|cres))\b(?!['’])"
)
_ON_STREET_TYPES = frozenset(
    "road rd street st avenue ave lane boulevard blvd crescent cres".split()
)
_GENERIC_STREET = frozenset("main ring side back dirt country open busy wrong same".split())


def find_streets_on(text: str, words: AbstractSet[str], lex: Lexicon) -> Iterator[tuple[int, int]]:
    """(start, end) of each lower-case street named after "on"/"off"/"along"."""
    if words.isdisjoint(_ON_STREET_TYPES):
        return
    for m in _ON_STREET.finditer(text):
        names = m.group(1).split()[:-1]
        if names[0] in _GENERIC_STREET or not _name_words_ok(names, lex):
            continue
        if any(w in FUNCTION for w in names):
            continue
        yield m.start(1), m.end(1)
