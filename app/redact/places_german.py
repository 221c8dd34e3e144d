"""German hospitals, practices and squares written as one compound word.

German glues a proper name to the kind of place: "Marienhospital", "Elisabethklinik",
"Husemannplatz", "Goethestraße". The name finders read words, and German capitalises
every noun, so such a compound is neither a listed place nor safely an unknown word.
German also glues generic words the same way ("die Uniklinik", "im Krankenhaus", "die
Hausarztpraxis", "am Arbeitsplatz"), and those are no place anyone can be found at.
What tells the two apart is the first part of the compound:

- an institution ("-klinik", "-klinikum", "-krankenhaus", "-hospital", "-spital",
  "-praxis") is a named one unless its first part says what kind it is: a speciality,
  a patient group or an owner ("Kinder", "Augen", "Uni", "Kreis", "Hausarzt",
  "Physiotherapie"): ``_KIND_STEMS`` and the endings of specialities;
- a street word ("-straße", "-allee", "-gasse") names a street unless its first part
  is a kind of road ("Landstraße", "Einbahnstraße");
- "-platz" and "-weg" are as often a slot or a way ("Therapieplatz", "Heimweg"), so
  they count only after a word of where ("am", "an der", "zum") and when the first part
  is no slot's (``_SLOT_STEMS``).

A generic institution word is a place too when a town or a name stands next to it:
"Uniklinikum Köln", "ins Bergmannsheil Kinderklinik", "Praxis am Marktplatz".
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from app.redact.german import german_function_word, german_listed
from app.redact.lexicon import DRUG, FIRST, MEDICAL, PLACE, Lexicon
from app.redact.normalise import fold_term
from app.redact.spans import Source, Span, SpanType
from app.redact.windows_tokens import _tokens

_INSTITUTION = (
    "klinikum|kliniken|klinik|krankenhaus|hospital|spital|praxis|apotheke|zentrum|moschee|synagoge"
)
_STREET = "straße|strasse|allee|gasse"
_WHERE_ONLY = "platz|weg"
_COMPOUND = re.compile(
    rf"(?<![\w-])([A-ZÄÖÜ][a-zäöüß]{{2,}}?)(-?)({_INSTITUTION}|{_STREET}|{_WHERE_ONLY})"
    r"(?![\w-])"
)
# A generic institution word standing alone: "Klinikum", "Uniklinik", "Kinderklinik".
_GENERIC = re.compile(
    rf"(?<![\w-])(?:[A-ZÄÖÜ][a-zäöüß]*(?:{_INSTITUTION})|Praxis|Klinik|Klinikum|Kliniken|Krankenhaus|Apotheke)(?![\w-])"
)
# First parts that say what kind of hospital or practice it is, not which one.
_KIND_STEMS = frozenset(
    """uni universitäts kinder kranken frauen männer augen haut zahn kiefer ohren hno
    nerven tages nacht fach privat stadt kreis bezirks kantons land landes bundeswehr
    militär reha rehabilitations not notfall herz lungen rheuma schmerz unfall tier kur
    psych spezial akut schwerpunkt maximal haus gemeinschafts gemeinde hand fuß schlaf
    krebs tumor brust geburts entbindungs diabetes neuro kardio ortho physio ergo logo
    palliativ hospiz senioren alten pflege sucht entzugs jugend eltern mutter-kind
    allgemein vertrags kassen privatärztliche gruppen ärzte arzt groß klein nachbar
    lieblings psychosomatik dialyse transplantations wirbelsäulen venen gefäß hals
    stimm schilddrüsen leber nieren darm magen blut infektions tropen sport sportmedizin
    wochenend praxis klinik spezialisten gastro onko pneumo uro gyn gyno derma endo nephro
    hämato psycho angio phlebo proktho pädiatrie versand online internet notdienst
    gesundheits einkaufs""".split()
)
# Endings of a speciality or a profession in a first part: "Hausarzt", "Ergotherapie".
_KIND_TAIL = re.compile(
    r"(?:arzt|ärzte|ärztin|therapie|therapeuten|logie|logen|pädie|medizin|chirurgie|"
    r"heilkunde|pflege|iatrie|kunde|zentrum)$"
)
# Kinds of road: "Landstraße", "Einbahnstraße", "Seitengasse".
_ROAD_STEMS = frozenset(
    "land bundes einbahn seiten neben auto schnell dorf zufahrts umgehungs ring".split()
)
# "-platz" and "-weg" that are a slot or a way: "Therapieplatz", "Arbeitsweg".
_SLOT_STEMS = frozenset(
    """arbeits studien therapie reha kita kindergarten krippen spiel sport pflege heim
    sitz steh stell park ausbildungs praktikums behandlungs klinik kur schul internats
    wohn wohnheim dialyse intensiv bett betten liege warte schlaf lieblings stamm ersatz
    sammel termin op operations tages platz spender rück um aus ab fuß rad lebens lösungs
    leidens heilungs zugangs dienst amts rechts wander feld wald wirtschafts geh flucht
    heimat weiter nach hin her durch mittel königs irr zick""".split()
)
# A word of where just before a square or a way: "am Husemannplatz", "in der Goethestraße".
_WHERE_BEFORE = re.compile(
    r"(?:\b(?:am|an\s+der|an\s+dem|in\s+der|im|vom|zum|zur|beim|auf\s+dem|Ecke|"
    r"nahe\s+dem|hinter\s+dem|neben\s+dem|gegenüber\s+vom)\s+)$"
)
# Listed words that some town is named after but that follow a clinic as nouns or times:
# "Kinderklinik Termin", "Praxis Montag".
_NOT_TOWN = frozenset(
    """termin termine station ambulanz aufnahme notaufnahme sprechstunde befund bericht
    brief post team personal arzt ärztin pflege heute morgen gestern abends morgens
    montag dienstag mittwoch donnerstag freitag samstag sonntag januar februar märz
    april mai juni juli august september oktober november dezember wieder endlich
    angerufen""".split()
)
# A capitalised word just before a street: the street names what that word is.
_OWNER_BEFORE = re.compile(r"(?<![.!?]\s)\b(?![Dd]ie\b|[Dd]er\b|[Dd]as\b|Ecke\b)[A-ZÄÖÜ]\w+[ \t]$")
# Hospital groups and owners that name a clinic in front of its kind ("Helios Klinikum",
# "Schön Klinik"), though the German word list holds several of them as words.
_CHAINS = frozenset(
    """helios asklepios vivantes sana schön mediclin median ameos agaplesion alexianer
    rhön johanniter malteser drk bg diakonie caritas paracelsus kerckhoff bethesda
    bethanien elisabeth marien vinzenz josef franziskus hedwig""".split()
)
# A hospital's initials after a word of where: "an der MHH", "am UKSH", "ins UKE".
_INITIALS = re.compile(
    r"\b(?:an\s+der|in\s+der|im|am|zur|zum|vom|aus\s+der|ins|an\s+die|auf\s+die)\s+"
    r"(UK[A-Z]{1,3}|UM[A-Z]|[A-Z]{2,4}H)\b"  # "UKE", "UMG" (Universitätsmedizin), "MHH"
)
_NOUN_END = re.compile(
    r"(?:ambulanz|station|abteilung|zentrum|ung|ungen|heit|keit|schaft|tion|ität|praxis|klinik)$"
)
_NAME_AFTER = re.compile(r"[ \t]+([A-ZÄÖÜ][\wäöüß'’-]+)")
_NAME_BEFORE = re.compile(
    r"\b(?:im|ins|in\s+der|in\s+die|zur|zum|vom|aus\s+dem|aus\s+der|an\s+der|am|nach|"
    r"bei|beim|[Dd]ie|[Dd]er|[Dd]as|[Dd]em|[Dd]en)\s+((?:[A-ZÄÖÜ][\wäöüß'’-]+\s+){1,2})$"
)
# Every shape holds one of these word ends: one search decides whether to read on.
# The ends every shape needs, in lower case: one pass of ``in`` per text decides.
_KIND_WORDS = (
    "klinik",
    "krankenhaus",
    "hospital",
    "spital",
    "praxis",
    "apotheke",
    "zentrum",
    "moschee",
    "synagoge",
    "stra",
    "allee",
    "gasse",
    "platz",
    "weg",
)
_INSTITUTIONS = frozenset(_INSTITUTION.split("|"))
# A compound's last part in lower case, at the end of a word.
_COMPOUND_END = re.compile(rf"(?<=[a-zäöüß-])(?:{_INSTITUTION}|{_STREET}|{_WHERE_ONLY})(?![\w-])")
_WHERE_WORDS = frozenset(("der", "im", "am", "zur", "zum", "vom", "ins"))
_AT_STREET = re.compile(r"[ \t]+(?:am|an\s+der|in\s+der)[ \t]+")


def _stem_kind(stem: str) -> bool:
    low = stem.lower()
    return low in _KIND_STEMS or low.rstrip("s") in _KIND_STEMS or bool(_KIND_TAIL.search(low))


def _name_like(word: str, lexicon: Lexicon) -> bool:
    """A capitalised word that can be a town or a name: listed as a place, or no
    ordinary German word, no function word and no medicine ("Köln", "Bergmannsheil";
    never "Praxis Metformin")."""
    word = word.rstrip(".,;:!?)")
    if word.lower() in _CHAINS:
        return True
    if len(word) < 3 or german_function_word(word) or word.lower() in _NOT_TOWN:
        return False
    if _NOUN_END.search(word):
        return False  # "Transplantationsambulanz": a department, not a name
    flags = lexicon.flag(fold_term(word))
    if flags & (MEDICAL | DRUG) and not flags & PLACE:
        return False  # "Die Praxis Metformin verschrieben": a drug after the clinic word
    return not german_listed(word) or bool(flags & PLACE)


def find(text: str, lexicon: Lexicon) -> Iterator[Span]:
    """Named German hospitals, practices, streets and squares. The lexicon says which
    words are listed towns ("Köln", "Essen", which is also a German noun)."""
    words = _tokens(text).at.keys()
    if ("H" in text or "UK" in text or "UM" in text) and not words.isdisjoint(_WHERE_WORDS):
        yield from _initials(text, lexicon)
    if "aus" in words:
        yield from _from_town(text, lexicon)
    low = text.lower()
    if not any(word in low for word in _KIND_WORDS):
        return
    if len(low) != len(text):  # "İ" lowers to two characters: keep the offsets
        low = text

    def medical(word: str) -> bool:
        return bool(lexicon.flag(fold_term(word)) & (MEDICAL | DRUG))

    for m in _COMPOUND_END.finditer(low):
        found = _compound(text, m.start(), m.group(), medical)
        if found is not None:
            yield _place(text, found, _with_town(text, m.end(), lexicon))
    for m in _GENERIC.finditer(text):
        start, end = m.start(), m.end()
        after = _with_town(text, end, lexicon)
        before = _NAME_BEFORE.search(text, max(0, start - 50), start)
        if before and all(_name_like(w, lexicon) for w in before.group(1).split()):
            yield _place(text, before.start(1), after)
        elif after > end:  # "Uniklinik Köln": one place, named by its town
            yield _place(text, start, after)
        street = _AT_STREET.match(text, end)
        if street and m.group() in ("Praxis", "Apotheke"):
            nxt = _COMPOUND.match(text, street.end())
            if nxt and nxt.group(3) in ("platz", "straße", "strasse", "allee", "gasse"):
                yield _place(text, start, nxt.end())  # "Praxis am Marktplatz": its name


def _compound(text: str, start: int, kind: str, medical: Callable[[str], bool]) -> int | None:
    """Where the named compound whose last part ``kind`` starts at ``start`` opens, or
    None when its first part only says what kind of place it is ("Kinderklinik",
    "Arbeitsplatz", "Gastro-Praxis"); ``medical`` says whether a word is a medical term
    ("Diabetespraxis")."""
    head = start
    while head > 0 and (text[head - 1].isalpha() or text[head - 1] == "-"):
        head -= 1
    stem = text[head:start].rstrip("-")
    if len(stem) < 3 or not stem[0].isupper() or "-" in stem or not stem[1:].islower():
        return None
    low = stem.lower()
    if kind in _INSTITUTIONS:
        return None if _stem_kind(stem) or medical(stem) else head
    if kind in ("platz", "weg"):
        if low in _SLOT_STEMS or low.rstrip("s") in _SLOT_STEMS:
            return None
        if not _WHERE_BEFORE.search(text, max(0, head - 16), head):
            return None
    elif low in _ROAD_STEMS or low.rstrip("s") in _ROAD_STEMS:
        return None
    if _OWNER_BEFORE.search(text, max(0, head - 40), head):
        return None  # "Grundschule Mühlenstraße": a school's name, the employer finder's
    return head


def _initials(text: str, lexicon: Lexicon) -> Iterator[Span]:
    """A hospital's initials after a German word of where, unless they are a test's or a
    hormone's ("im TSH" is no one's clinic)."""
    for m in _INITIALS.finditer(text):
        if not lexicon.flag(fold_term(m.group(1))) & (MEDICAL | DRUG):
            yield _place(text, m.start(1), m.end(1))


# Where someone is from: "Tante Hatice aus Marxloh", "meine Freundin Ngozi aus Porz". A
# given name or a word for a relative or a friend, "aus", one capitalised word: the
# district, unless it says why ("aus Angst", "aus Versehen") or begins a phrase.
_FROM = re.compile(r"\b([A-ZÄÖÜ][a-zäöüß]+)[ ]aus[ ]([A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)?)\b")
_RELATIVES_DE = frozenset(
    """tante onkel oma opa omi opi freundin freund kollege kollegin nachbar nachbarin
    cousine cousin kusine schwester bruder schwager schwägerin nichte neffe schwiegermutter
    schwiegervater patentante patenonkel mitbewohnerin mitbewohner""".split()
)
_WHY_DE = frozenset(
    """angst versehen liebe spaß spass gründen grund sorge frust wut mitleid neugier not
    trotz dankbarkeit überzeugung erfahrung zeitgründen kostengründen sicherheitsgründen
    gewohnheit verzweiflung langeweile scham respekt rücksicht prinzip eigener""".split()
)


def _from_town(text: str, lexicon: Lexicon) -> Iterator[Span]:
    for m in _FROM.finditer(text):
        who, where = m.group(1), m.group(2)
        if where.lower() in _WHY_DE or german_function_word(where.lower()):
            continue
        if lexicon.flag(fold_term(where)) & (MEDICAL | DRUG):
            continue
        if who.lower() in _RELATIVES_DE or lexicon.flag(fold_term(who)) & FIRST:
            yield _place(text, m.start(2), m.end(2))


def _with_town(text: str, end: int, lexicon: Lexicon) -> int:
    """The end of the place after a town or a name that follows it ("... Köln")."""
    m = _NAME_AFTER.match(text, end)
    if m and _name_like(m.group(1), lexicon):
        return m.end(1)
    return end


def _place(text: str, start: int, end: int) -> Span:
    """A pattern's span: the German-noun veto (``span_filters``) reads every part of
    "Seeklinik" as an ordinary word, and this finder has already told them apart."""
    return Span(start, end, SpanType.PLACE, Source.PATTERN, 0.8, text[start:end])
