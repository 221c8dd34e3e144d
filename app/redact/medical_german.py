"""German medical nouns by their parts: "Ileostoma", "Megakolon", "Notfallset",
"Ersttrimesterscreening", "Rivastigmin-Pflaster", "Grand-mal", "Shunt", "Stents".

German writes every noun with a capital and builds medicine by compounding: a stoma, a
bowel, a syringe or a screening at the end of a longer word ("Ileostoma",
"Megakolon", "Insulinspritze", "Ersttrimesterscreening"), a drug joined to its form by
a hyphen ("Rivastigmin-Pflaster", "Cortison-Salbe"), and English devices kept as they
are ("Shunt", "Stents"). The unknown-word net takes each for a name, and
``medical_foreign`` knows the Greek and Latin endings only ("-itis", "-ektomie"). In a
German text a word on no name, surname or town list is medicine when it ends in one of
the heads below or is such an English device or condition noun, and a drug's word is
medicine before a hyphen and a German form noun. A lysis counts only by name
("Thrombolyse"; women are named "Annalyse"), and an English device only after an
article or a count ("der Shunt", "zwei Stents"; "Heute war Stent zu Besuch" is a
surname). A person cue before the word ("Herr", "Frau", "meine Schwester") keeps it a
person.
"""

from __future__ import annotations

import re

from app.redact.german import is_german
from app.redact.lexicon import FIRST, LAST, PLACE, Lexicon
from app.redact.medical_nouns import medical_noun
from app.redact.normalise import fold_term
from app.redact.person_cue import person_cue_before
from app.redact.spans import SURE_SOURCES, Span, SpanType

_GUESSES = (SpanType.NAME, SpanType.PLACE, SpanType.OTHER, SpanType.EMPLOYER)
# Devices, complaints, findings and care that end a compound (session 23: "Inhalator",
# "Bauchschmerzen", "Stammzelltransplantation"): medicine in any text.
_PLAIN_HEADS = (
    "inhalator",
    "vernebler",
    "konzentrator",
    "messgerät",
    "pumpe",
    "sonde",
    "schiene",
    "bandage",
    "strümpfe",
    "verband",
    "kapseln",
    "zäpfchen",
    "schmerz",
    "schmerzen",
    "fieber",
    "entzündung",
    "ausschlag",
    "karzinom",
    "lymphom",
    "melanom",
    "adenom",
    "sarkom",
    "seminom",
    "gliom",
    "hämatom",
    "teratom",
    "blastom",
    "tumor",
    "transplantation",
    "operation",
    "diagnose",
    "befund",
    "biopsie",
    "punktion",
    "krankheit",
    "erkrankung",
    "syndrom",
    "insuffizienz",
    "infektion",
    "allergie",
    "impfung",
    "dosis",
    "blutdruck",
    "blutzucker",
)
# Heads that end a German medical compound, lower case: "Ileo|stoma", "Mega|kolon",
# "Notfall|set" is not here ("-set" ends ordinary words), it is among _WHOLE.
_HEADS = (
    "stoma",
    "kolon",
    "ektomie",
    "tomie",
    "skopie",
    "screening",
    "katheter",
    "spritze",
    "spritzen",
    "pflaster",
    "tabletten",
    "tropfen",
    "salbe",
    "therapie",
    "infusion",
    "infusionen",
    "narkose",
    "shunt",
    "stent",
    "stents",
    "prothese",
    "implantat",
    "anfall",
    "anfälle",
    "lyse",
    "dialyse",
    "diagnostik",
    "untersuchung",
    "sonographie",
    "sonografie",
    # tumours and growths ("Seminom", "Prolaktinom", "Lymphom"), heart beats and blood
    # proteins ("Extrasystolen", "Immunglobuline"), session 25
    "om",
    "ome",
    "omen",
    "systole",
    "systolen",
    "globulin",
    "globuline",
    *_PLAIN_HEADS,
)
# Whole words: a few compounds and loan words the heads do not end. ``_PLAIN_WHOLE`` are
# the ones no English text uses for anything else, so a short German line ("Hals besser,
# Fieber 38,4"), which ``is_german`` cannot tell, keeps them too.
_PLAIN_WHOLE = frozenset(
    "fieber hübe knoten leukos dyskinesien migräne insulinpen fistel fisteln delir polypen "
    "zyklen zyklus schübe schüben immunglobuline extrasystolen".split()
)
_WHOLE = _PLAIN_WHOLE | frozenset(
    "notfallset notfallsets grand-mal petit-mal port-a-cath corona reha kur schwangerschaft "
    "fistel fisteln delir polyp polypen noro seton hypophyse rosazea stadium zyklen zyklus "
    "magen-darm schub schübe schüben".split()
)
# An adjective made of a discoverer's name before the noun it names ("Pfeiffersches
# Drüsenfieber", "die Basedowsche Krankheit"); a surname so shaped ("Fleischer") is listed.
EPONYM_ENDINGS = ("sche", "sches", "schen", "scher", "schem")
_EPONYM_ADJECTIVE = re.compile(rf"[A-ZÄÖÜ][a-zäöüß]{{2,}}(?:{'|'.join(EPONYM_ENDINGS)})")
_NOUN_AFTER = re.compile(r" [A-ZÄÖÜ][a-zäöüß]{3,}")
# A drug's word joined to a German form noun: "Rivastigmin-Pflaster", "Ibu-Saft".
_FORM_AFTER = re.compile(
    r"-(?:Pflaster|Salbe|Creme|Tabletten?|Tropfen|Spray|Saft|Spritzen?|Pen|Pumpe|Gel|"
    r"Infusionen?|Therapie|Kapseln?|Zäpfchen|Inhalator|Lösung)\b"
)


def german_medical(span: Span, text: str, lex: Lexicon) -> bool:
    """Whether a guessed name, place, organisation or other is a German medical
    compound ("Debeka zahlt die Protonentherapie nicht"), an English device noun in
    German text, or a drug's word before a German form (see above)."""
    if span.type not in _GUESSES or span.source in SURE_SOURCES:
        return False
    word = span.text.strip(" .,;:!?")
    if not word[:1].isupper() or " " in word:
        return False
    end = span.start + len(span.text.rstrip(" .,;:!?"))
    form = text[end : end + 1] == "-" and _FORM_AFTER.match(text, end) is not None
    listed = lex.flag(fold_term(word))
    key = word.lower()
    joined = _JOINED_AFTER.match(text, end)
    if joined and (key + joined.group().lower()) in _WHOLE:
        return not person_cue_before(text, span.start)  # "ständig Magen-Darm"
    # "die letzte Gabe", "den Pen": a whole word or a device after an article is the thing,
    # whatever name or town is spelt the same
    counted = (key in _WHOLE or key in _ENGLISH_DEVICES or key in COUNTED_ONLY) and (
        _COUNTED_BEFORE.search(text, max(0, span.start - 12), span.start)
        or key in _WHOLE
        and _HAD_BEFORE.search(text, max(0, span.start - 12), span.start)
    )
    shaped = form or german_shaped(word) or key in COUNTED_ONLY and counted
    if not shaped or listed & (FIRST | LAST) and not counted:
        return False
    if listed & PLACE and key not in _WHOLE and not counted:
        return False  # a town ending as medicine does; "Kur" is a cure in German text
    if person_cue_before(text, span.start):
        return False
    if key in COUNTED_ONLY:
        return bool(counted)  # "die letzte Gabe": only so
    if word.lower() in _ENGLISH_DEVICES and not _COUNTED_BEFORE.search(
        text, max(0, span.start - 12), span.start
    ):
        return False  # "Heute war Stent zu Besuch": a surname; "der Shunt", "zwei Stents"
    return key in _PLAIN_WHOLE or len(key) >= 7 and key.endswith(_PLAIN_HEADS) or is_german(text)


# An article, a possessive or a count before an English device in German text.
_COUNTED_BEFORE = re.compile(
    r"\b(?:der|den|dem|des|die|das|ein|einen|einem|eines|eine|mein\w*|sein\w*|ihr\w*|"
    r"neue[nmrs]?|letzte[nmrs]?|erste[nmrs]?|nächste[nmrs]?|zwei|drei|vier|\d+)[ \t]+$",
    re.IGNORECASE,
)


_JOINED_AFTER = re.compile(r"-[A-ZÄÖÜ][a-zäöüß]+")
# Having or catching an illness: "Mama hat Corona", "wegen Noro", "seit der Reha".
_HAD_BEFORE = re.compile(r"\b(?:hat|habe|hab|hatte|hatten|haben|wegen|gegen)[ \t]+$")
# A dose given, only after an article or a count: "die letzte Gabe" ("mit Gabe beim Arzt" is
# a man named Gabe).
COUNTED_ONLY = frozenset({"gabe"})


def german_words() -> frozenset[str]:
    """The whole words and English devices ``german_shaped`` knows, lower case."""
    return _WHOLE | _ENGLISH_DEVICES


GERMAN_HEADS = _HEADS  # the heads a compound ends in, for a cheap sign elsewhere


def german_shaped(word: str) -> bool:
    """Whether ``word`` ends as a German medical compound does, or is one of the whole
    words or English devices above (no hyphen and form after it asked)."""
    key = word.lower()
    if key.endswith("lyse") and key not in _LYSES:
        return False  # "Marilyse", "Annalyse" are women; "Thrombolyse", "Hämolyse" lysis
    return key in _WHOLE or len(key) >= 7 and key.endswith(_HEADS) or key in _ENGLISH_DEVICES


def eponym_adjective(span: Span, text: str, lex: Lexicon) -> bool:
    """A guess that is an adjective made of a discoverer's name before the noun it
    names ("Pfeiffersches Drüsenfieber", "die Basedowsche Krankheit"); not a town so
    ending ("in Schildesche sagt"), nor a listed surname ("Fleischer")."""
    word = span.text.strip(" .,;:!?")
    end = span.start + len(span.text.rstrip(" .,;:!?"))
    return (
        _EPONYM_ADJECTIVE.fullmatch(word) is not None
        and _NOUN_AFTER.match(text, end) is not None
        and not lex.flag(fold_term(word)) & (LAST | PLACE)
    )


# The lyses of medicine, by name: women are named "Annalyse", "Rosalyse", "Marilyse".
_LYSES = frozenset(
    """lyse thrombolyse hämolyse haemolyse fibrinolyse dialyse hämodialyse
    peritonealdialyse heimdialyse plasmapherese rhabdomyolyse""".split()
)


# English devices and conditions German keeps as they are ("der Shunt", "zwei Stents"):
# the medical nouns of ``medical_nouns`` that are devices.
_ENGLISH_DEVICES = frozenset(
    w
    for w in "shunt shunts stent stents port pump sensor monitor implant pen".split()
    if medical_noun(w)
)
