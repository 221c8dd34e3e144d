"""Shops, practices and firms named the German, French or Spanish way: kind first.

English puts the kind after the name ("Hollins Physio", "Marlow Bakery"); German,
French and Spanish put it first and the owner's name, or where it stands, after it:
"Bäckerei Schulze", "Imbiss Yilmaz", "Praxis Dr. Hollbach am Ring", "Apotheke am
Markt", "Pflegedienst Sonnenweg", "Pharmacie Lemaire", "Farmacia Ortega". The kind word
and what follows are one name; a shop, a practice or a café is a PLACE, a care service,
a law firm or a driving school an organisation. A German firm or club is named by its
legal form after it too: "Wohnbau Kessler AG", "Sportverein Grünau e.V.",
"Lebenshilfe Waldkirch gGmbH"; a sports club by its short form first ("SV Blau-Weiß
Neukölln", "TSV Zuffenhausen").

German capitalises every noun, so the word after the kind may be an ordinary noun
("die Praxis Termine vergibt", "von der Bäckerei Brötchen mitgebracht"): a word the
German list knows counts as the owner's name only where the name plainly ends after
it (a comma, a full stop, "am", "wegen", "in") or the lexicon knows it as a name. A
day, a drug or a German function word never does ("in der Praxis Montag"). Nor does
what a therapy or a visit is for or about, even where a comma ends it: a body part
or a function ("Physiotherapie Knie,", "Ergotherapie Hand", "Logopädie Schlucken"), a
doctor's kind ("Praxis Hausarzt,") or a drink ("Café Latte"); after "Dr." any word is
the doctor's name ("Praxis Dr. Hand").
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from app.redact.employers_edges import ends_name
from app.redact.german import german_function_word, german_listed
from app.redact.lexicon import FIRST, LAST, PLACE, Lexicon
from app.redact.spans import Source, Span, SpanType
from app.redact.windows_tokens import _tokens

# Kinds that are visited: a PLACE.
_VENUES = """Apotheke Praxis Arztpraxis Hausarztpraxis Zahnarztpraxis Tierarztpraxis
Gemeinschaftspraxis Imbiss Bäckerei Backstube Metzgerei Fleischerei Konditorei Café Cafe
Eiscafé Pizzeria Gaststätte Kiosk Physiotherapie Physiopraxis Ergotherapie Logopädie
Podologie Sanitätshaus Optik Hörakustik Friseur Friseursalon Fitnessstudio Tagespflege
Pharmacie Clinique Boulangerie Brasserie Farmacia Farmácia Clínica Clinica Policlínica
Panadería Óptica Consultorio""".split()
# Kinds that are firms one deals with: an organisation.
# Sports clubs by their short form, the club's name after it: "SV Blau-Weiß Neukölln",
# "TSV Zuffenhausen", "VfB Stuttgart" (not "SC", "TV", "SG": an injection, a screen; and
# no name in capitals: "FC MAE" in a chart is no club).
_CLUBS = "SV TSV FC VfB VfL TuS SpVgg TSG FSV MTV SSV DJK ESV".split()
_FIRMS = (
    """Pflegedienst Pflegeteam Kanzlei Anwaltskanzlei Steuerkanzlei Fahrschule
Reisebüro Hausverwaltung Wohnungsbaugesellschaft""".split()
    + _CLUBS
)
_KINDS = frozenset(k.lower() for k in _VENUES + _FIRMS)
_FIRM_KINDS = frozenset(k.lower() for k in _FIRMS)
_CLUB_KINDS = frozenset(k.lower() for k in _CLUBS)
_CAP = r"[A-ZÄÖÜÉÓÁ][\wäöüßéóáíñ'’-]*"
# The kind, then "Dr." and a name, a name of one or two words, and "am/an der <Ort>".
_AFTER_KIND = re.compile(
    rf"(?:[ ]+(?:(?:Dr\.?|Dres\.?)[ ]+)?(?P<name>{_CAP}(?:[ ]{_CAP})?))?"
    rf"(?P<at>[ ]+(?:am|an[ ]der|zum|zur|de[ ]la|del|de)[ ]+{_CAP})?"
)
_ENDS = re.compile(r"\s*(?:[,.;:!?)]|$)|[ ]+(?:am|an|im|in|wegen|und|zum|zur|für|bei|seit)\b")
# A firm's legal form after its name: "Wohnbau Kessler AG", "Grünau e.V.".
_FORM = re.compile(
    rf"(?<![\w-])((?:{_CAP}[ ]){{1,3}})(?:gGmbH|GmbH|AG|KG|OHG|UG|eG|e\.[ ]?V\.)(?!\w)"
)
_FORM_WORDS = frozenset("ggmbh gmbh ag kg ohg ug eg".split())
# What a therapy or a visit is for, written from knowledge: body parts, functions a
# therapist trains, and drinks a café's kind word comes before.
_NOT_OWNERS = frozenset(
    """knie knien rücken hand hände handgelenk finger daumen arm arme ellbogen ellenbogen
    schulter schultern nacken hals kopf kiefer gesicht bein beine fuß füße fuss füsse
    sprunggelenk knöchel ferse zehen hüfte hüften becken beckenboden bauch brust
    wirbelsäule lws hws bws lende leiste wade oberschenkel unterschenkel sehne sehnen
    muskel muskeln gelenk gelenke narbe lunge atmung atmen schlucken sprechen sprache
    stimme gehen laufen gang gleichgewicht schwindel motorik feinmotorik lymphe
    kinder kind baby erwachsene senioren neurologie orthopädie pädiatrie
    latte lait crème creme americano espresso cappuccino mocha frappé kakao tee
    kuchen croissant""".split()
)
_DOCTOR_KIND = re.compile(r"(?:arzt|ärztin|ärzte|doktor|therapeut|therapeutin)$")


def find(text: str, lex: Lexicon) -> Iterator[Span]:
    """Names with their kind first or their legal form last, in ``text``."""
    if text.isupper():
        return
    at = _tokens(text).at
    for kind in _KINDS.intersection(at.keys()):
        for k in at[kind]:
            span = _named(text, k, kind, lex)
            if span is not None:
                yield span
    if not _FORM_WORDS.isdisjoint(at.keys()) or "e.V." in text or "e. V." in text:
        for m in _FORM.finditer(text):
            words = m.group(1).split()
            while words and (german_function_word(words[0]) or words[0] in ("Die", "Der", "Das")):
                words.pop(0)
            if words and all(_word(w, lex) for w in words):
                start = m.end(1) - len(" ".join(words)) - 1
                yield Span(
                    start,
                    m.end(),
                    SpanType.EMPLOYER,
                    Source.CONTEXT,
                    0.6,
                    text[start : m.end()],
                    True,
                )


def _named(text: str, k: int, kind: str, lex: Lexicon) -> Span | None:
    """The kind word at ``k`` with the owner's name or its street after it."""
    if not text[k].isupper() or (k and (text[k - 1].isalnum() or text[k - 1] == "-")):
        return None
    end = k + len(kind)
    if text[end : end + 1].isalnum():
        return None
    m = _AFTER_KIND.match(text, end)
    if m is None:
        return None
    stop = end
    name = m.group("name")
    if kind in _CLUB_KINDS and (name is None or name.split(" ")[0].isupper()):
        return None
    if name is not None:
        words = name.split(" ")
        doctor = m.start("name") > end + 1  # "Praxis Dr. Hand": the name after "Dr."
        kept = 0
        for i, w in enumerate(words):
            if not _word(w, lex) or not doctor and _not_owner(w):
                break
            if german_listed(w) and not _known_name(w, lex):
                rest = m.start("name") + len(" ".join(words[: i + 1]))
                if _ENDS.match(text, rest) is None:
                    break  # "von der Bäckerei Brötchen mitgebracht": an ordinary noun
            kept = i + 1
        if kept:
            stop = m.start("name") + len(" ".join(words[:kept]))
        if kept < len(words):
            return _span(text, k, stop, kind)
    if m.group("at") is not None and (stop > end or name is None):
        where = m.group("at").split()[-1]
        if _word(where, lex):
            stop = m.end("at")
    return _span(text, k, stop, kind)


def _span(text: str, k: int, stop: int, kind: str) -> Span | None:
    if stop <= k + len(kind):
        return None  # the kind alone: "in der Apotheke"
    kind_of = SpanType.EMPLOYER if kind in _FIRM_KINDS else SpanType.PLACE
    if all(german_listed(w) for w in text[k:stop].split()):
        # "Bäckerei Schulze": in German text the filters read a place made only of
        # listed nouns as nouns ("Danach Termin"); the shop, as a firm, stays hidden
        kind_of = SpanType.EMPLOYER
    return Span(k, stop, kind_of, Source.CONTEXT, 0.6, text[k:stop], True)


def _word(word: str, lex: Lexicon) -> bool:
    key = word.lower()
    return not german_function_word(key) and not ends_name(key, lex.flags.get(key, 0))


def _not_owner(word: str) -> bool:
    """What the visit is for ("Knie", "Schlucken", "Hausarzt", "Latte"), no owner."""
    key = word.lower()
    return key in _NOT_OWNERS or _DOCTOR_KIND.search(key) is not None


def _known_name(word: str, lex: Lexicon) -> bool:
    return bool(lex.flags.get(word.lower(), 0) & (FIRST | LAST | PLACE))
