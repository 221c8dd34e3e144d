"""What a capitalised word no list knows is, told by the words around it.

A patient's post is full of drugs, and an unknown capitalised word near one looks like
another drug ("Metformin and Krimson"). But a word reached by travelling ("drove to
Dunlavin", "no trip to Kilbrannagh") is a place, and one that says, rings or picks
someone up ("and Zanele picked me up") is a person: those readings beat the drug guess,
since leaving a town or a friend readable is the worse mistake. Which words count as
"unknown" also lives here: words of the frequency table that no English dictionary
holds (data/proper_words.txt, proper_words_rare.txt) are proper nouns as much as words
too rare for the table are.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache
from importlib import resources

from app.redact.lexicon import Lexicon
from app.redact.medical_company import PERSON_ACT
from app.redact.spans import Source, Span, SpanType
from app.redact.windows_at import AtOpenings, case_traps

# Verbs and nouns of going, then an optional particle, then the preposition: what
# follows is where ("drove to", "flew back to", "the train over to", "no trip to").
_TRAVEL_BEFORE = re.compile(
    r"\b(?:drove|drive|driving|drives|flew|fly|flying|flies|went|go|going|gone|goes|"
    r"headed|heading|head|travelled|traveled|travelling|traveling|travel|moved|move|"
    r"moving|moves|relocated|relocating|returned|returning|commute|commuting|walked|"
    r"walking|walk|walks|cycled|cycle|cycles|cycling|rode|ride|rides|riding|commutes|"
    r"commuted|popped|nipped|came|come|coming|trip|trips|train|bus|flight|"
    r"journey|ferry|drive|holiday|holidays|visit|way|road|move|back|home|off|over|up|"
    r"down|out|across)\s+(?:(?:back|over|up|down|out|off|home|across|round|around)\s+)?"
    r"(?:to|into|towards|from)\s+$",
    re.IGNORECASE,
)
# What a person does and a drug does not: "Zanele picked me up", "Thabo reckons".
_PERSON_AFTER = re.compile(
    r"\s+(?:(?:just|also|then|never|always|even|still|finally|kindly|literally)\s+)?"
    r"(?:said|says|told|tells|asked|asks|rang|rings|phoned|called|texted|messaged|"
    r"replied|wrote|emailed|picked|drove|drives|came|comes|went|brought|visited|"
    r"popped|reckons|reckoned|thinks|thought|knows|knew|laughed|laughs|cried|smiled|"
    r"hugged|helped|helps|sat|sits|stayed|wants|wanted|works|worked|lives|lived|"
    r"married|met|meets|shouted|cooked|made me|took me|gave me|sent me|sends|"
    r"let (?:me|him|her|us|them)|sacked|fired|hired|promoted|paid|pays|offered|refused|"
    r"denied|approved|agreed|employs|employed|"
    r"and I|and me|is my|was my|from work|from church|from school|from next door)\b"
)
# Sentence openers that are no one: interjections and chat words no dictionary holds.
_NOT_OPENERS = frozenset(
    """lol lmao omg ugh argh aargh ooh oof yay yep yup nope nah meh hmm hmmm ok okay
    okey tbh imo imho fwiw btw ngl smh idk ikr ty thx pls plz xx xxx hiya heya hey
    hi hello anyway anyways gah eek welp whew phew yikes aww awww haha hahaha hehe
    ps edit update tldr eta""".split()
)
_ENGLISH_ENDING = re.compile(
    r"(?:ed|ing|ology|ologist|itis|ectomy|osis|emia|aemia|ness|ment|tion|sion|ity|ous|"
    r"ive|able|ible|ful|less|ly|ism|ist|ise|ize|ised|ized|er|ers|ts)$"
)
# Words of proper_words.txt that are English all the same, only new or informal.
_MODERN = frozenset(
    """lockdown childcare selfie selfies brekkie hehe blogging podcast podcasts covid
    smartphone smartphones playlist webcam inbox ebook ebooks meds carbs cardio veggies
    rehab detox tiktok insta telehealth uber ubers airbnb netflix zoom whatsapp facetime
    skype discord reddit youtube twitter instagram snapchat google facebook amazon
    spotify fitbit iphone ipad android kindle""".split()
)


_CALENDAR_SINGULAR = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday weekend".split()
)
_THING_BEFORE = re.compile(r"\b(?:my|his|her|your|our|their|the|a|an|this|that|its)\s+$", re.I)
_THING_AFTER = re.compile(
    r"\s+(?:treatments?|therapy|tablets?|pills?|capsules?|medicines?|meds|oil|diet|drops|"
    r"cream|injections?|infusions?|pens?|pumps?|scores?|scale|tests?|levels?|protocol)\b"
)
_READING_AFTER = re.compile(r"\s*(?:(?:of|at|=)\s*)?:?\s*[<>]?\d")


# One lower-case word, then a verb of being: "Tregaron physio is fab", "Kinvara traffic
# was awful": the capitalised word before describes where.
_DESCRIBED_AFTER = re.compile(r"\s+([a-z]{3,})\s+(?:is|was|has|had|are|were)\b")
_NOT_DESCRIBING = frozenset(
    """dose doses dosage levels level side tablets tablet injection injections pen
    infusion infusions patch patches cream pills pill meds results result scan scans
    test tests who which that this there it he she they i you we also just really
    still""".split()
)


def thing_after(text: str, end: int) -> bool:
    """A word before "treatment", "tablets", "levels": the name of a thing."""
    return _THING_AFTER.match(text, end) is not None


def described_after(text: str, end: int) -> bool:
    """A word before "<noun> is|was": a place or person that the noun belongs to."""
    m = _DESCRIBED_AFTER.match(text, end)
    return m is not None and m.group(1) not in _NOT_DESCRIBING and not _THING_AFTER.match(text, end)


_OWNER_AFTER = re.compile(r"['’]s\s+([a-z]+)")


def owner_after(text: str, end: int) -> bool:
    """A possessive or "'s been": "Zanele's mum rang", "Tendai's been amazing"; not a
    drug's dose or side effects ("Xaggitin's side effects")."""
    m = _OWNER_AFTER.match(text, end)
    return m is not None and m.group(1) not in _NOT_DESCRIBING and m.group(1) != "effects"


def travel_before(text: str, start: int) -> bool:
    """The word at ``start`` is reached by travelling: "drove to", "no trip to"."""
    lo = max(0, start - 40)
    j = start
    while j > lo and text[j - 1].isspace():
        j -= 1
    # the search ends in "to", "into", "towards" or "from" and spaces: most words have
    # none before them, and the search tried each of the 40 places before the word
    if j == start or not (
        text[max(lo, j - 7) : j].lower().endswith(_TRAVEL_ENDS) or case_traps(text[lo:j])
    ):
        return False
    return _TRAVEL_BEFORE.search(text, lo, start) is not None


_TRAVEL_ENDS = ("to", "from", "towards")


# What only a person does: "Aveeno said she'd come at 8", "Disprin texted: running late".
# A device "says" a reading or tells the wearer ("Libre said 14.2", "Dexcom said I was
# 2.9", "Dexcom told me") and a clinician is named by their field ("Cardio says it's
# IST"): neither is a person's name; only a third person's speech or a text is.
_SPEAKS_AFTER = re.compile(
    r"\s+(?:(?:said|says)\s+(?:she|he|they|she['’]d|he['’]d|she['’]ll|he['’]ll)\b|"
    r"texted|messaged|replied)\b",
    re.IGNORECASE,
)
_FIELDS = frozenset("cardio neuro derm rheum rheumy gastro endo onc haem ortho psych".split())


# Met socially: "Dinner with Spiolto? No, with Spiros at 7."
_MET_WITH = re.compile(
    r"\b(?:dinner|lunch|brunch|coffee|drinks|tea|date|catch-?up|walk|sleepover)\s+with\s+$",
    re.IGNORECASE,
)


def speaks_after(text: str, start: int, end: int) -> bool:
    """Whether the word at ``start:end`` is someone's: their speech follows ("said she'd",
    "texted: ...") and it is no clinician's field ("Cardio"), or they are met ("dinner
    with ...")."""
    if _MET_WITH.search(text, max(0, start - 24), start) is not None:
        return True
    word = text[start:end].lower()
    if word in _FIELDS:
        return False
    return _SPEAKS_AFTER.match(text, end) is not None


def person_after(text: str, end: int) -> bool:
    """The word ending at ``end`` does what people do: "… picked me up", "… reckons",
    or one of the acts ``medical_company`` knows no drug does ("… booked my GP")."""
    return _PERSON_AFTER.match(text, end) is not None or PERSON_ACT.match(text, end) is not None


@cache
def _rare_proper() -> frozenset[str]:
    found: set[str] = set()
    data = resources.files("app.redact.data")
    for name in ("proper_words.txt", "proper_words_rare.txt"):
        text = data.joinpath(name).read_text("utf-8")
        found.update(
            w for line in text.splitlines() if not line.startswith("#") for w in line.split()
        )
    return frozenset(found - _MODERN)


def rare_proper(key: str) -> bool:
    """A word of the frequency table (Zipf 2.0-3.5) that no dictionary holds."""
    return key in _rare_proper()


def unlisted(key: str, flags: int, zipf: float) -> bool:
    """A word no name, place, medical or English list holds: too rare for the frequency
    table, or in it but in no dictionary ("rangi", "thabo") and with no English ending."""
    if flags or len(key) < 3 or key in _NOT_OPENERS:
        return False
    if zipf < 2.0:
        return True
    return (
        len(key) >= 4
        and zipf < 3.5
        and key in _rare_proper()
        and not _ENGLISH_ENDING.search(key)
        and not (key.endswith("s") and key[:-1] in _CALENDAR_SINGULAR)
    )


def rare_unknown(key: str, flags: int, zipf: float) -> bool:
    """A rare word in no list and no dictionary, written as no English word ends ("shug",
    "mele"): the frequency table holds it from names and chat, not from prose. Asked
    only where a person's doing follows ("Shug says", "Mele made me swap")."""
    return (
        not flags
        and 3 <= len(key)
        and zipf < 3.0
        and key not in _NOT_OPENERS
        and not _ENGLISH_ENDING.search(key)
    )


def named_here(text: str, start: int, end: int) -> bool:
    """Where a proper noun of the frequency table stands for a person or a town, not a
    thing: written "Rangi" (not "GCSEs"), not owned or counted ("his Aadhaar", "the
    Deauville", "my Invisalign") and not read off ("Deauville 3", "Phe was 480")."""
    raw = text[start:end]
    if not raw[:1].isupper() or not raw[1:].islower():
        return False
    if _THING_BEFORE.search(text, max(0, start - 8), start):
        return False
    return _READING_AFTER.match(text, end) is None and _THING_AFTER.match(text, end) is None


def unlisted_here(key: str, flags: int, zipf: float, text: str, start: int, end: int) -> bool:
    """``unlisted``, and for a word the frequency table holds, ``named_here`` too."""
    if not unlisted(key, flags, zipf):
        return False
    return zipf < 2.0 or named_here(text, start, end)


def opener(key: str) -> bool:
    """An interjection or chat word that opens sentences ("Ugh", "Tbh")."""
    return key in _NOT_OPENERS


# How towns are built in the regions Fettle's users write from: English and Scots
# endings, Welsh, Irish and Scots Gaelic beginnings, German, Polish, Afrikaans, Hindi
# and Maori parts. Only ever asked of a word no list knows.
_TOWN_SHAPE = re.compile(
    r"(?:ton|ford|bury|borough|burgh|by|thorpe|thwaite|wick|wich|ham|caster|cester|"
    r"chester|mouth|stead|field|worth|combe|hurst|minster|stow|stadt|burg|berg|dorf|"
    r"hausen|heim|ow|owo|owice|ice|pur|pura|abad|nagar|garh|bosch|fontein|kraal|drift|"
    r"agh|anagh|more|beg|kohe|nui|rua|tahi|whenua)$|"
    r"^(?:llan|aber|pont|caer|cwm|bally|kil|dun|drum|glen|inver|auch|strath|kirk|wai|"
    r"whanga|roto|maunga|papa)"
)
# A town opening a sentence and said to be something: "llanfyllin was freezing".
_OPENING_TOWN = re.compile(
    r"(?:^|(?<=[.!?\n]\s)|(?<=[.!?]\s\s)|(?<=\n))([^\W\d_]{6,})(?=\s+(?:is|was|has|had|"
    r"were|gets|got)\b)"
)
_OPENING_TOWN_FAST = AtOpenings(_OPENING_TOWN)  # tried where a sentence opens


def town_shaped(key: str) -> bool:
    """A word built like a town name ("llanfyllin", "kessingham", "moerburg")."""
    return len(key) >= 6 and _TOWN_SHAPE.search(key) is not None


def opening_towns(text: str, lex: Lexicon) -> Iterator[Span]:
    """A word no list knows, built like a town, opening a sentence before "is", "was" or
    "has": an uncertain PLACE, in lower-case writing too ("kessingham is where I grew up")."""
    for m in _OPENING_TOWN_FAST.finditer(text):
        word = m.group(1)
        key = word.lower()
        if not town_shaped(key) or not unlisted(key, lex.flag(key), lex.zipf_of(key)):
            continue
        if not (word.islower() or word[1:].islower()):
            continue
        yield Span(m.start(1), m.end(1), SpanType.PLACE, Source.CONTEXT, 0.6, word, uncertain=True)
