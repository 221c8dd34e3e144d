"""Two capitalised words running inside a sentence name something: an uncertain guess.

Why: on unseen text most organisations left readable were named by ordinary words no
list holds ("the Knights Table food bank", "thanks to Hope Rising Recovery", "been with
Coastal Plumbing eleven years"), and three sessions of frames and lists lifted only the
sets their engineers read. In English a word inside a sentence is capitalised only when
it is a name, so two or more capitalised words in a row there (or three at a sentence's
or a list item's start, where the first is capitalised anyway) name an organisation, a
place or a person. The run is taken whole, as an uncertain span of no set type
(redacted by default, shown as uncertain in the review), and the engine's medicine
vetoes apply to it like any guess.

Left alone: German text (every noun is capitalised); a run with a drug, a medical term,
a symptom, a stage, a kind of care, a maker, a test's short name or a medical
abbreviation in it ("Multiple Sclerosis", "Hot Flushes", "BNP", "ICD-10"); a product, by
a release form, a dose form or a kind at its end or after it, a quantity of it or a verb
of taking it before it ("Indocap SR", "Apple Watch", "a Tilt Table test", "Rubbed Deep
Heat"); runs of capitals and codes only ("C4 and C1-INH", "ON THE PHONE"); a heading or a
title-cased sentence, with a function word capitalised inside ("Things That Helped");
everyday words only ("Get Well Soon"); and runs of kinds, calendar words, kin, titles,
countries and regions only ("Social Services", "Christmas Day", "New Zealand"). Where
another finder took part of the run, only the rest is added, beside it.
Measured (session 16) on the seven validation pools, totals: recall 0.968 -> 0.971,
span_full 0.960 -> 0.964, precision 0.920 -> 0.916, values readable 1.84% -> 1.77%,
records leaking 11.7% -> 11.4%, medical kept 97.62% -> 97.62%. A reviewer's 430 probes
aimed at its edges: readable 31 -> 26 of 204, medical kept 302 -> 290 of 432 (products
in title case with nothing beside them, "Got Ensure Plus"); they are in the probe gate.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from app.redact.german import german_word
from app.redact.lexicon import COUNTRY, REGION, Lexicon
from app.redact.medical_acronyms import acronyms
from app.redact.medical_forms import DOSE_FORMS
from app.redact.medical_labs import LAB_NAMES
from app.redact.medical_nouns import medical_noun, medical_shape
from app.redact.names_context import CALENDAR
from app.redact.names_cues import CLOSED_CLASS, FUNCTION, KIN, NOT_NAMES
from app.redact.names_cues_people import TITLES
from app.redact.normalise import fold_term
from app.redact.orgs_generic import GENERIC_KINDS, key_of, maker
from app.redact.spans import Source, Span, SpanType
from app.redact.tagger_words import _CARE_KINDS, _GRADED, _SYMPTOMS

_TOKEN = re.compile(r"[^\W\d_](?:[\w'’&-]|\.(?=\w))*")
_FIRST_PERSON = frozenset(["I", "I'm", "I’m", "I've", "I’ve", "I'd", "I’d", "I'll", "I’ll"])
_JOINERS = frozenset("of & de la le du van von der den y da".split())
# What may stand before a sentence's or a list item's first word: not a letter, a digit,
# a comma, an ampersand or an apostrophe ("🙃 Admitted Thurs", "- Lighthouse Pentecostal").
_OPENS = re.compile(r"(?:^|[^\w\s,&'’])\s*$")
# A drug's release or form after its name: "Indocap SR", "Concerta XL".
_FORMS = frozenset("xl sr mr cr er xr la cd odt ec dr pr ir retard depot".split())
# A product's, a test's or a device's kind after the run: "a Tilt Table test", "Salts
# Confidence bags", "Brain Fog supplements", "My Fitness Pal app".
_PRODUCT_AFTER = frozenset(
    """test tests scan scans diet supplement supplements bags bag pads pad strips strip
    sensor sensors pump aids aid powder bath pills tablets drink drinks shake shakes
    app watch machine device monitor meter kit boot brace splint stockings socks sock
    sachet bar bars formula feeds milk water tea oil juice pouch pouches stoma issues
    problems symptoms flare flares episode episodes stocking scooter wheelchair walker
    chair frame rail rails cushion mattress""".split()
)
# A verb of taking or applying right before the run: "Rubbed Deep Heat", "took Rescue
# Remedy", "Drinking Boost Plus", "swears by Blue Emu".
_TAKEN_BEFORE = re.compile(
    r"\b(?:took|take|takes|taking|rubbed|rub|rubbing|sprayed|spray|spraying|applied|apply|"
    r"applying|put|drinking|drink|drank|drinks|using|use|used|uses|wearing|wear|wore|tried|"
    r"trying|try|swear(?:s|ing)?\s+by|chewing|chewed|sucking|sucked|gargling|eating|ate)"
    r"\s+(?:some|a|an|the|my|his|her|their|on|of|with)?\s*$"
    # "Living on Pepto Bismol", "Symptoms of Seasonal Affective", "I have Sensory Processing"
    r"|\b(?:on|symptoms\s+of|signs\s+of|diagnosed\s+with|have|has|had)\s+$",
    re.IGNORECASE,
)
# A quantity of a product before the run: "a few drops of Rescue Remedy".
_QUANTITY_BEFORE = re.compile(
    r"\b(?:drops?|sachets?|doses?|tubes?|tubs?|pots?|bottles?|spoonfuls?|sprays?|squirts?|"
    r"capfuls?|scoops?|packets?|boxes|box|course|bit|dab|layer)\s+of\s+(?:the\s+|my\s+)?$",
    re.IGNORECASE,
)
_NEXT_WORD = re.compile(r"\s+([A-Za-z]+)")
_CARE = _SYMPTOMS | _GRADED | _CARE_KINDS | frozenset(["headache", "flush", "four", "ii", "iii"])
_PLAIN = CALENDAR | GENERIC_KINDS | KIN | TITLES | NOT_NAMES
_HEADING = FUNCTION | CLOSED_CLASS
_EVERYDAY = 5.3  # a word this frequent or more ("well", "soon", "morning", "news")
# Verbs a diary's sentence opens with, before whom or what ("Rang Mercy", "Met Aroha").
_OPENING_VERBS = frozenset(
    """rang ring saw see met meet paid pay left leave told tell took take went go got get
    sent send quit join thanks thank love loved hate hated miss""".split()
)
_VENUE_KINDS = frozenset("cafe bar pub shop store hotel restaurant bistro deli diner".split())
_RARE_OPENER = 4.5  # rarer than this, a sentence's first word may be a name's ("Coastal")


def find(
    text: str,
    taken: list[Span],
    lex: Lexicon,
    medical_word: Callable[[str], bool],
    german: bool,
) -> Iterator[Span]:
    if german:
        return  # every German noun is capitalised
    for run in _runs(text):
        caps = [m for m in run if m.group()[:1].isupper()]
        if not any(_titled(m.group()) for m in caps) or key_of(run[-1].group()) in _FORMS:
            continue  # "C4 and C1-INH", "AQ and RAADS-R", "ON THE PHONE"; "Indocap SR"
        first = run[0]
        initial = _OPENS.search(text, max(0, first.start() - 12), first.start()) is not None
        pair = False
        if initial:
            pair = len(caps) == 2 and _named_pair(caps, lex)  # "Coastal Plumbing came out"
            if not pair:
                caps = caps[1:]
                if len(caps) < 2:
                    continue
        keys = [key_of(m.group()) for m in caps]
        inside = [key_of(m.group()) for m in run[1:] if m.group()[:1].isupper()]
        if any(k in _HEADING for k in inside):
            continue  # "Things That Helped", "Get Well Soon", "Thank You Coastal Plumbing For"
        # the set lookups first, then the lexicon's medicine (each check only skips)
        if all(_plain(k) or lex.flags.get(k, 0) & (COUNTRY | REGION) for k in keys):
            continue
        if all(lex.zipf_of(k) >= _EVERYDAY for k in keys):
            continue  # "Get Well Soon", "Good Morning", "Big News": everyday words only
        if tuple(keys) in lex.place_phrases.get(keys[0], ()):
            continue  # "United States", "New York": the place finders' (coarse or not)
        if any(is_medicine(m.group(), medical_word) for m in run) or _product(text, run, caps[0]):
            continue
        start = run[0].start()
        if initial and not pair and lex.zipf_of(key_of(first.group())) >= 3.5:
            start = caps[0].start()  # "Rang Harvest Moon": the verb opens the sentence
        lead = first.start() if initial else -1
        yield from _uncovered(text, [m for m in run if m.start() >= start], taken, lead)


def _named_pair(caps: list[re.Match[str]], lex: Lexicon) -> bool:
    """Two capitalised words opening a sentence that name something: both written as a
    name, neither a kind, a function word or an everyday word, the first rarer than a
    verb or an adverb that opens sentences ("Coastal Plumbing came out", not "Called
    Bupa", "Blue Door", "Finally Aviva")."""
    one, two = (key_of(m.group()) for m in caps)
    return (
        all(_titled(m.group()) for m in caps)
        and not any(_plain(k) or k in _HEADING for k in (one, two))
        and lex.zipf_of(one) < _RARE_OPENER
        and lex.zipf_of(two) < _EVERYDAY
        and not one.endswith(("ly", "ed"))
        and one not in _OPENING_VERBS
        and fold_term(one) not in _VENUE_KINDS  # "Café Latte und Croissant": a menu
        # a German noun no English text uses: "Zyklus Tag 14 heute" (too short to tell)
        and not any(german_word(m.group()) and not lex.zipf_of(key_of(m.group())) for m in caps)
    )


def _uncovered(text: str, run: list[re.Match[str]], taken: list[Span], lead: int) -> Iterator[Span]:
    """The run's words no other finder took, as spans of the words next to each other:
    where another finder took part of the run ("Hexham" of "Hexham Harriers"), its type
    and its edges settle better there, and the rest is added beside it; but never the
    sentence's first word alone (at ``lead``: "Emailed" of "Emailed Aviva")."""
    piece: list[re.Match[str]] = []
    for m in [*run, None]:
        if m is not None and not any(s.start < m.end() and m.start() < s.end for s in taken):
            piece.append(m)
            continue
        while piece and not piece[-1].group()[:1].isupper():
            piece.pop()
        while piece and not piece[0].group()[:1].isupper():
            piece.pop(0)
        if piece and len(piece) == 1 and piece[0].start() == lead:
            piece = []
        if any(_titled(w.group()) and not _plain(key_of(w.group())) for w in piece):
            a, b = piece[0].start(), piece[-1].end()
            yield Span(a, b, SpanType.OTHER, Source.UNKNOWN_WORD, 0.5, text[a:b], True)
        piece = []


def is_medicine(word: str, medical_word: Callable[[str], bool]) -> bool:
    """A drug, a medical term, a test's or a score's short name ("BNP", "PSA", "ICD-10"),
    a symptom, a stage or a grade, a kind of care, a drug's or a device's maker."""
    key = key_of(word)
    if medical_noun(key) or key in _CARE or maker(key):
        return True
    return is_medical_word(word, medical_word)


def is_medical_word(word: str, medical_word: Callable[[str], bool]) -> bool:
    """A drug, a medical term by the lexicon or by its shape ("Sclerosis", "Colitis"), a
    test's short name or a medical abbreviation: medicine whatever stands beside it."""
    key = key_of(word)
    return bool(
        medical_shape(key)
        or medical_word(word)
        or medical_word(key)
        or key in LAB_NAMES
        or word in acronyms()[0]
        or word in acronyms()[1]
    )


_KIND_LAST = _PRODUCT_AFTER | DOSE_FORMS
_FORM_NEXT = DOSE_FORMS | {f[:-1] for f in DOSE_FORMS}  # a dose form, or less its last letter


def _product(text: str, run: list[re.Match[str]], head: re.Match[str]) -> bool:
    """A product, by its dose form or kind after it ("Aveeno Dermexa cream", "a Tilt Table
    test"), a quantity of it or a verb of taking it before ("drops of Rescue Remedy",
    "Rubbed Deep Heat")."""
    if key_of(run[-1].group()) in _KIND_LAST:
        return True  # the kind is the name's own last word: "Apple Watch", "Hearing Aids"
    nxt = _NEXT_WORD.match(text, run[-1].end())
    if nxt and (nxt.group(1).lower() in _FORM_NEXT or nxt.group(1) in _PRODUCT_AFTER):
        return True
    start = head.start()  # after the verb that opens the sentence: "Took Night Nurse"
    before = text[max(0, start - 40) : start]
    return _QUANTITY_BEFORE.search(before) is not None or _TAKEN_BEFORE.search(before) is not None


def _titled(word: str) -> bool:
    """A word written as a name is: a capital, then a small letter ("Knights", "McKenzie")."""
    return len(word) > 1 and word[0].isupper() and any(c.islower() for c in word[1:3])


def _plain(key: str) -> bool:
    return key in _PLAIN or key.endswith("s") and key[:-1] in _PLAIN  # "Tuesdays"


# Two words or more joined by single spaces, each opening with a letter other than
# a-z (every capital does) or a joiner: every run ``_runs`` yields lies in one of these,
# and a word just before or after one ends any run (``_runs``).
_CHAIN = re.compile(
    r"[^\W\d_a-z](?:[\w'’&-]|\.(?=\w))*"
    r"(?: (?:[^\W\d_a-z](?:[\w'’&-]|\.(?=\w))*|"
    r"(?:of|de|la|le|du|van|von|der|den|y|da)(?![\w'’&-]|\.\w)))+"
)
_GLUE = re.compile(r"[\w'’&-]|\.(?=\w)")  # what continues a token of _TOKEN
_LETTER = re.compile(r"[^\W\d_]")  # what opens one


def _runs(text: str) -> Iterator[list[re.Match[str]]]:
    """Runs of capitalised words joined by single spaces, with lower-case joiners
    ("Bank of Ireland") inside, of two capitalised words or more.

    Only the words of each ``_CHAIN`` are read one by one: the word before a chain is
    not joined to it, or is no joiner and no capital, and so is the word after it;
    either way the run is empty where the chain starts and ends."""
    pos = 0
    while (chain := _CHAIN.search(text, pos)) is not None:
        start, pos = chain.span()
        if _inside_token(text, start):  # "xMcKenzie": no token opens at the M
            pos = _TOKEN.match(text, start).end()
            continue
        yield from _token_runs(text, _TOKEN.finditer(text, start, pos))


def _inside_token(text: str, at: int) -> bool:
    """Whether a token of ``_TOKEN`` opened before ``at`` runs on over it: a letter
    among the token characters right before it."""
    lo = at
    while lo and _GLUE.match(text, lo - 1):
        lo -= 1
    return _LETTER.search(text, lo, at) is not None


def _token_runs(text: str, tokens: Iterator[re.Match[str]]) -> Iterator[list[re.Match[str]]]:
    """``_runs`` over these tokens, with no run open before the first."""
    run: list[re.Match[str]] = []
    for m in tokens:
        word = m.group()
        if word in _FIRST_PERSON:  # "Thanks to Hope Rising Recovery I'm 90 days sober"
            yield from _done(run)
            run = []
            continue
        joined = bool(run) and text[run[-1].end() : m.start()] == " "
        if word[:1].isupper():
            if not joined:
                yield from _done(run)
                run = []
            run.append(m)
        elif joined and word in _JOINERS:
            run.append(m)
        else:
            yield from _done(run)
            run = []
    yield from _done(run)


def _done(run: list[re.Match[str]]) -> Iterator[list[re.Match[str]]]:
    while run and not run[-1].group()[:1].isupper():
        run = run[:-1]
    if sum(len(m.group()) > 1 and m.group()[:1].isupper() for m in run) >= 2:
        yield run
