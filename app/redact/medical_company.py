"""Drugs nobody listed, known by the company they keep in the sentence.

``medical_shapes`` takes an unknown capitalised word for a drug by its INN stem, a dose
after it or a verb of taking before it. Brand names are coined to sound like medicine
("Corvalex", "Tremvix", "Ortolane", "Plavonide") without any INN stem, and people name
them beside what they treat: "asked about Tremvix for my psoriasis". Such a word is
medicine when it ends like a brand and a medical word shares its clause, when it is
handed over or trialled ("they gave Ferrovex", "a trial of Pellarin") with a medical
word near, or when it is switched from or to a drug we know ("from Dravane to Keppra").
The caller has already ruled out listed names and towns and a person cue around.
"""

from __future__ import annotations

import re

from app.redact.lexicon import DRUG, MEDICAL, Lexicon
from app.redact.medical import _LAB
from app.redact.medical_tokens import may_end_with
from app.redact.normalise import fold_term

# Endings brands are coined with: -ex, -ix, -ol, -ane, -ine, -one, -ide, -in, ...
_BRAND_END = re.compile(
    r"[a-z]{3,}(?:ex|ix|ax|ox|yx|ol|ane|ine|one|ide|in|il|yl|ium|ene|ase|vir|fen|ril|"
    r"cort|derm|zole|mab|ac|ase)$"
)
# Handed over or trialled: "they gave Ferrovex", "a trial of Pellarin".
_GIVEN_BEFORE = re.compile(
    r"\b(?:gave|given|giving|give|trial\s+of|trials\s+of|mentioned|experience\s+with|"
    r"asked\s+about|ask\s+about|heard\s+of|anyone\s+(?:on|tried|used|taken))\s+$",
    re.IGNORECASE,
)
# After a verb of giving, a person takes an object: "gave Tavish his inhaler".
_OBJECT_AFTER = re.compile(
    r"\s+(?:his|her|their|my|a|an|the|some|it|them|me|us|him|one|two|\d)\b", re.I
)
_SWITCH_BEFORE = re.compile(
    r"\b(?:switched|switching|changed|changing|moved|swapped|swapping|weaned|went)\s+"
    r"(?:me\s+|him\s+|her\s+)?from\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_TO_DRUG_AFTER = re.compile(r"\s+(?:to|onto|for)\s+([A-Za-z][\w-]+)")
_FROM = ("from",)  # the word that ends _SWITCH_BEFORE, perhaps before "the"
_THE = ("the",)
_PLACE_BEFORE = re.compile(
    r"\b(?:at|in|to|from|near|into|outside|via|around|through|visit(?:ed|ing)?)\s+"
    r"(?:the\s+)?$",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"[.!?;:]\s|\n|\s[-–—]\s")
_NAME_GOES_ON = re.compile(r"[ \t]+[A-Z][a-z]")  # "Tzigane Lantos": a full name
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]+")
# Words of care and illness that the lexicon leaves unflagged because they are English.
_CARE = re.compile(
    r"(?:ologists?|ology|itis|osis|aemia|emia|pathy|algia|symptoms?|flares?|nausea|"
    r"pains?|aches?|bloods|scans?|seizures?|migraines?|headaches?|rash|infections?|"
    r"nurses?|doctors?|consultants?|specialists?|gp|pharmacists?|chemist|prescriptions?|"
    r"refills?|doses?|dosage|tablets?|pills?|capsules?|creams?|ointment|sprays?|"
    r"inhalers?|injections?|jabs?|infusions?|side-?effects?|meds|medications?|"
    r"treatments?|therapy|insulin|sugars|bp|cholesterol|anxiety|depression|insomnia|"
    r"sleep|dizzy|dizziness|drowsy|sleepy|nauseous|itch(?:y|ing)?|skin|reflux|"
    r"bowel|gut|joints?|nerves?)$"
)
_REACH = 6  # words either side within the clause
_PRODUCT_REACH = 10
# What says a brand-like word is a product: a verb of taking before it, a drug's doing
# after it, "for" a condition after it, or a word of dosing and dispensing near it.
_DRUG_VERB_BEFORE = re.compile(
    r"\b(?:took|take|takes|taking|started|starting|start|prescribed|tried|trying|using|"
    r"use|used|stopped|stopping|came\s+off|come\s+off|coming\s+off|upped|increased|"
    r"reduced|switched\s+to|dose\s+of|course\s+of|trial\s+of|injecting|on|of|"
    r"suggested|suggests|recommended|recommends)\s+"
    r"(?:the\s+|my\s+|some\s+|a\s+|his\s+|her\s+)?$",
    re.IGNORECASE,
)
_DRUG_DOES = re.compile(
    r"\s+(?:(?:really|just|never|also|still|has|have|finally|actually|might|may|could|"
    r"should)\s+)?"
    r"(?:made\s+(?:me|him|her|them|my)|makes\s+(?:me|him|her|them|my)|kicked\s+in|"
    r"kicks\s+in|wore\s+off|wears\s+off|works|worked|working|helps|helped|help|"
    r"did\s+nothing|does\s+nothing|didn['’]?t\s+(?:work|help|do)|doesn['’]?t\s+"
    r"(?:work|help|do)|gave\s+me\s+(?:a\s+|the\s+)?(?:rash|headaches?|nausea|hives|"
    r"diarrh\w+|the\s+runs|insomnia)|is\s+(?:great|amazing|brilliant|good|rubbish|"
    r"useless|working|helping|meant)|dose|doses|withdrawal|side|(?:is\s+|was\s+)?"
    r"(?:running|ran|runs)\s+out|(?:is\s+|was\s+)?out\s+of\s+stock|shortage)\b",
    re.IGNORECASE,
)
DRUG_DOES = _DRUG_DOES  # for medical_shapes: "Mum's Zelvoxa made her dizzy"
_FOR_AFTER = re.compile(
    r"\s+(?:is\s+\w+\s+)?for\s+(?:my|the|his|her|their|your|our|a|an)?\s*([A-Za-z][\w'’-]+)",
    re.IGNORECASE,
)
_PRODUCT_WORD = re.compile(
    r"mg|mcg|ml|iu|units?|doses?|dosage|dosing|tablets?|tabs|pills?|capsules?|caps|"
    r"creams?|gels?|ointments?|sprays?|inhalers?|injections?|injectable|jabs?|"
    r"infusions?|patch(?:es)?|pens?|drops|prescri\w*|scripts?|refills?|pharmacy|"
    r"chemist|pharmacists?|side-?effects?|effects|generic|biosimilar|brand|meds|"
    r"medications?|medicines?|drugs?|daily|nightly|bd|od|tds|weaning|withdrawal"
)
# What a person does straight after their name, and a drug never does: "Nomvuyine
# brought soup for my nausea", "Thandine came round", "Ortolane and I". ("Corvalex made
# me drowsy", "Tremvix works", "Corvalex helped my skin" are a drug's doing.)
PERSON_ACT = re.compile(
    r"\s+(?:(?:just|also|kindly|then|even|has|had|finally|never|always|still)\s+)?"
    r"(?:brought|brings|bought|buys|said|says|came|comes|texted|texts|drove|drives|"
    r"visited|visits|called|calls|rang|rings|phoned|told|tells|asked|asks|cooked|cooks|"
    r"baked|popped|dropped|picked|messaged|hugged|laughed|cried|smiled|sat|stayed|"
    r"lives|lived|walked|wants|wanted|thinks|thought|reckons|knows|knew|invited|met|"
    r"married|babysat|looked\s+after|sorted|organi[sz]ed|collected|fetched|delivered|"
    r"reminded|booked|accompanied|explained|insisted|promised|offered|lent|cuddled|"
    r"kissed|cleaned|tidied|hoovered|washed|ironed|shopped|emailed|wrote|posted|"
    r"replied|answered|commented|agreed|argued|shouted|yelled|whispered|listened|"
    r"noticed|warned|advised|mentioned|suggested|recommended|prayed|sang|"
    r"picked\s+(?:me|us|it|them)\s+up|dropped\s+(?:me|us|it|them|off|by|round|in)|"
    r"popped\s+(?:in|round|over|by)|helped\s+(?:me|us|him|her|them)\b(?!\s+(?:sleep|"
    r"breathe|cope|feel|relax)))\b|"
    r"\s+and\s+(?:I|me)\b|['’]s\s+(?:mum|mom|dad|husband|wife|partner|kids?|son|"
    r"daughter|house|place|car|birthday|wedding)\b",
    re.IGNORECASE,
)
# Lab tests by name ("Hb was 9.1 so they gave Ferrovex"), less the words chat shares.
_LAB_NAME = re.compile(rf"(?:{_LAB})", re.IGNORECASE)
_NOT_LAB = frozenset(["na", "k", "alt", "ph", "vl", "temp", "weight", "iron", "pulse"])


def known_by_company(word: str, text: str, start: int, end: int, lex: Lexicon) -> bool:
    """Whether an unknown capitalised word at ``start:end`` is a drug by its clause."""
    if switched(text, start, end, lex):
        return True
    if _PLACE_BEFORE.search(text, max(0, start - 20), start):
        return False  # "at Corvallin for my bloods", "drove to Dunlavin"
    if PERSON_ACT.match(text, end):
        return False  # "Nomvuyine brought soup for my nausea": a person, by what she did
    given = _GIVEN_BEFORE.search(text, max(0, start - 24), start)
    if given and _OBJECT_AFTER.match(text, end):
        given = None  # "gave Tavish his inhaler": a person given something
    if not given and not _BRAND_END.search(word.lower()):
        return False
    if _NAME_GOES_ON.match(text, end) and not _medical(text[end:].split()[0], lex):
        return False
    if not given and not _product_clause(text, start, end, lex):
        return False  # a brand's ending alone, beside "nausea" or "nurse", is no product
    return medical_in_clause(text, start, end, lex)


def _product_clause(text: str, start: int, end: int, lex: Lexicon) -> bool:
    """The clause says the word is a product: taken ("started Corvalex"), dosed or
    dispensed near ("Corvalex tablets", "my Corvalex script"), given for a condition
    ("Corvalex for my nausea") or doing what a drug does ("Corvalex made me drowsy")."""
    if _DRUG_VERB_BEFORE.search(text, max(0, start - 24), start) or _DRUG_DOES.match(text, end):
        return True
    m = _FOR_AFTER.match(text, end)
    if m and _medical(m.group(1), lex):
        return True
    left = _SENTENCE_END.split(text[max(0, start - 80) : start])[-1]
    right = _SENTENCE_END.split(text[end : end + 80])[0]
    words = _WORD.findall(left)[-_PRODUCT_REACH:] + _WORD.findall(right)[:_PRODUCT_REACH]
    return any(_PRODUCT_WORD.fullmatch(w.lower()) for w in words)


def switched(text: str, start: int, end: int, lex: Lexicon) -> bool:
    """ "switched from Dravane to Keppra": a drug we know after, a switch before."""
    lo = max(0, start - 30)
    if not may_end_with(text, lo, start, _FROM, _THE) or not _SWITCH_BEFORE.search(text, lo, start):
        return False
    m = _TO_DRUG_AFTER.match(text, end)
    return m is not None and _medical(m.group(1), lex)


def medical_in_clause(text: str, start: int, end: int, lex: Lexicon) -> bool:
    left = _SENTENCE_END.split(text[max(0, start - 60) : start])[-1]
    right = _SENTENCE_END.split(text[end : end + 60])[0]
    words = _WORD.findall(left)[-_REACH:] + _WORD.findall(right)[:_REACH]
    return any(_medical(w, lex) for w in words)


def _medical(word: str, lex: Lexicon) -> bool:
    key = fold_term(word.strip("'’-")).removesuffix("'s").removesuffix("’s")
    if _CARE.search(key) or key not in _NOT_LAB and _LAB_NAME.fullmatch(key):
        return True
    for form in (key, key.removesuffix("s")):
        if lex.flag(form) & (MEDICAL | DRUG):
            return True
    return False
