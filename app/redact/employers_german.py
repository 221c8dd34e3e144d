"""German schools, universities, public employers and hospitals named by their kind
and their town or patron.

A German writer names a school as "an der Gesamtschule Kirchheim", "am
Goethe-Gymnasium" or "Universität Tübingen": the kind word comes first (or is joined
to the patron by a hyphen), so the English finders, which look for "Primary" or "High"
after the name, miss it. The kind word and the capitalised name after it are one
employer ("bei der Freiwilligen Feuerwehr Lindau", "Grundschule am Sonnenhang"),
a trade's noun with its owner's name after "bei" or "im" ("beim Autohaus Seitz",
"im Sägewerk Huber"; not "beim Autohaus Termin", a listed German word), or a
place when the kind is a hospital's ("im Herzzentrum Halle", "im St.
Anna-Hospital"); a day, a drug or
a German function word after the kind word is not a name ("in der Schule Montag",
"Grundschule und Kita", "bei der Stadtverwaltung in Aichach": the town alone).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from app.redact.employers_edges import ends_name
from app.redact.german import german_abstract_noun, german_function_word, german_listed
from app.redact.lexicon import DRUG, FIRST, LAST, MEDICAL, PLACE, Lexicon
from app.redact.medical_foreign import foreign_medical_word
from app.redact.spans import Source, Span, SpanType
from app.redact.windows_tokens import token_set

_KINDS = (
    r"(?:Grund|Gesamt|Real|Haupt|Berufs|Förder|Ober|Mittel|Sekundar|Gemeinschafts|"
    r"Volkshoch|Tanz|Fahr|Musik|Sprach|Ballett)?schule|Gymnasium|"
    r"Hochschule|Fachhochschule|Universität|Kita|Kindergarten|"
    r"(?:Freiwilligen?\s+)?Feuerwehr|(?:Stadt|Kreis|Gemeinde)verwaltung|Sparkasse|Stadtwerke|"
    r"Volksbank|Raiffeisenbank|Herzzentrum|Krankenhaus|Kreiskrankenhaus|Kreisklinik"
)
# Kinds that name a building people are treated in: a place, not a workplace.
_CARE_KINDS = ("Herzzentrum", "Krankenhaus", "Kreiskrankenhaus", "Kreisklinik")
_KIND_THEN_NAME = re.compile(
    rf"\b(?:{_KINDS}|Uni)\s+(?:(?:am|an\s+der|im)\s+)?([A-ZÄÖÜ][\wäöüß-]+)"
    r"(?:\s+([A-ZÄÖÜ][\wäöüß-]+))?"
)
_PATRON_KIND = re.compile(
    r"\b[A-ZÄÖÜ][\wäöüß]+(?:-[A-ZÄÖÜ][\wäöüß]+)*-(?:Gymnasium|Schule|Grundschule|"
    r"Realschule|Gesamtschule|Hauptschule|Kita|Kindergarten)\b"
)
# A hospital named by its patron and a hyphen: "St. Anna-Hospital", "Elisabeth-Klinik".
_PATRON_CARE = re.compile(
    r"\b(?:St\.?\s+)?[A-ZÄÖÜ][\wäöüß]+(?:-[A-ZÄÖÜ][\wäöüß]+)*-"
    r"(?:Hospital|Krankenhaus|Klinik|Klinikum|Stift)\b"
)
# A trade's compound noun and its owner's name after "bei/beim/im...": "beim Autohaus
# Seitz", "im Sägewerk Huber", "bei der Spedition Kraus".
_TRADE_THEN_NAME = re.compile(
    r"\b(?:[Bb]eim|[Bb]ei\s+der|[Bb]ei|[Ii]m|[Ii]n\s+der|[Vv]om|[Vv]on\s+der)\s+"
    r"((?:[A-ZÄÖÜ][a-zäöüß]+(?:haus|werk|werke|markt|handel|bau|technik|logistik|service)|"
    r"Spedition|Bäckerei|Metzgerei|Gärtnerei|Schreinerei|Tischlerei|Druckerei|Brauerei|"
    r"Molkerei|Firma)\s+([A-ZÄÖÜ][\wäöüß-]+))"
)
_TRADE_PREPS = frozenset(("bei", "beim", "im", "der", "vom"))
# The owner's surname first, then the trade: "Kessler Haustechnik", "Baumann Hochbau",
# "Schäfer Transporte GmbH".
_NAME_THEN_TRADE = re.compile(
    r"\b([A-ZÄÖÜ][a-zäöüß]+)\s+((?:[A-ZÄÖÜ][a-zäöüß]+)?(?:[Hh]austechnik|[Hh]ochbau|[Tt]iefbau|"
    r"[Bb]au|[Tt]echnik|[Ll]ogistik|[Tt]ransporte|[Ee]lektro(?:technik)?|[Ss]anitär|"
    r"[Ii]mmobilien|[Rr]einigung|[Bb]edachungen|[Ss]pedition|[Mm]aschinenbau)"
    r"(?:\s+(?:GmbH|KG|AG|e\.K\.))?)(?![\wäöüß])"
)
_TRADE_ENDINGS = (
    "technik",
    "bau",
    "logistik",
    "transporte",
    "elektro",
    "sanitär",
    "immobilien",
    "reinigung",
    "bedachungen",
    "spedition",
)
_GATE = (
    "schule",
    "gymnasium",
    "universität",
    "uni ",
    "kita",
    "kindergarten",
    "feuerwehr",
    "verwaltung",
    "sparkasse",
    "stadtwerke",
    "bank",
    "herzzentrum",
    "krankenhaus",
    "kreisklinik",
    "-hospital",
    "-klinik",
    "-stift",
)


def find(text: str, lex: Lexicon) -> Iterator[Span]:
    """Employers of the two German school shapes in ``text``."""
    low = text.lower()
    if not _TRADE_PREPS.isdisjoint(token_set(text)):  # "Beim Autohaus Seitz" opens too
        for m in _TRADE_THEN_NAME.finditer(text):
            word = m.group(2)
            if _owner(word, lex):
                yield Span(
                    m.start(1), m.end(1), SpanType.EMPLOYER, Source.CONTEXT, 0.6, m.group(1), True
                )
    if any(t in low for t in _TRADE_ENDINGS):
        for m in _NAME_THEN_TRADE.finditer(text):
            if lex.flags.get(m.group(1).lower(), 0) & LAST and _name_word(m.group(1), lex):
                yield Span(
                    m.start(), m.end(), SpanType.EMPLOYER, Source.CONTEXT, 0.6, m.group(), True
                )
    if not any(g in low for g in _GATE):
        return
    for m in _PATRON_CARE.finditer(text):
        yield Span(m.start(), m.end(), SpanType.PLACE, Source.CONTEXT, 0.6, m.group(), True)
    for m in _PATRON_KIND.finditer(text):
        yield Span(m.start(), m.end(), SpanType.EMPLOYER, Source.CONTEXT, 0.6, m.group(), True)
    for m in _KIND_THEN_NAME.finditer(text):
        end = 0
        for g in (1, 2):
            word = m.group(g)
            if word is None or not _name_word(word, lex):
                break
            end = m.end(g)
        if end:
            kind = SpanType.PLACE if m.group().startswith(_CARE_KINDS) else SpanType.EMPLOYER
            yield Span(m.start(), end, kind, Source.CONTEXT, 0.6, text[m.start() : end], True)


def _owner(word: str, lex: Lexicon) -> bool:
    """An owner's name after a trade's noun: ``_name_word``, and no ordinary German
    noun unless a list knows it as a name or a town too ("beim Autohaus Termin" is
    not; "beim Autohaus Seitz" is)."""
    return _name_word(word, lex) and (
        not german_listed(word) or bool(lex.flags.get(word.lower(), 0) & (FIRST | LAST | PLACE))
    )


def _name_word(word: str, lex: Lexicon) -> bool:
    """A word that may name a school: no German function word, and no day or drug in
    any of its hyphened parts ("Ritalin-frei"), a drug spelled the German way, less
    its English final e, too ("seit der Grundschule Methylphenidat")."""
    key = word.lower()
    if foreign_medical_word(key) or german_abstract_noun(word):
        return False  # "in der Kita Scharlach", "die Kita Eingewöhnung ist anstrengend"
    return not german_function_word(key) and not any(
        ends_name(part, lex.flags.get(part, 0))
        or lex.flags.get(part, 0) & (MEDICAL | DRUG)
        or (len(part) > 5 and lex.flags.get(part + "e", 0) & DRUG)
        for part in key.split("-")
    )
