"""Classes of capitalised word that are no one, for the unknown-word net.

Each is a veto by kind, not a list of sentences: calendar words in every form, kin and
chat words for family, languages and peoples (``NOT_NAMES``), countries and regions the gazetteer
lacks, greetings and blessings from the languages users mix in, pastimes and apps, and
acronyms and codes (``code_shaped``).
"""

from __future__ import annotations

import re

from app.redact import names_guess
from app.redact.names_context import CALENDAR
from app.redact.names_cues import (
    CLOSED_CLASS,
    FUNCTION,
    KIN,
    LANGUAGES,
    NOT_NAMES,
    TEXTSPEAK,
    TITLES,
)

# Calendar words beyond ``CALENDAR``: plurals, short forms and feasts ("Thursdays", "Weds").
CALENDAR_MORE = frozenset(
    """mondays tuesdays wednesdays thursdays fridays saturdays sundays weekends tu th
    thurs weds wednes christmases xmas hogmanay boxing halloween thanksgiving hanukah
    chanukah navratri holi pongal onam vesak purim yom kippur pesach whitsun
    pentecost advent candlemas shrove michaelmas""".split()
)
# Family and friends in chat words the kin list lacks.
KIN_MORE = frozenset(
    """kiddos kiddo kiddies bestie besties hubby hubs wifey bubba bubs missus fam bro sis
    lads gals ladies folks whanau""".split()
)
# Greetings, blessings and prayers from the languages users mix in.
BLESSINGS = frozenset(
    """jazakallah jazakallahu jazakallahukhair ameen amen dua duas namaste namaskar salaam
    salam shukran inshallah insha mashallah alhamdulillah subhanallah bismillah mahi
    karakia morena ngamihi baie dankie asseblief""".split()
)
# Things people do, eat by and use, capitalised as brands: no one and nowhere.
PASTIMES = frozenset(
    """pilates zumba yoga qigong crossfit keto paleo atkins whole30 wordle sudoku duolingo
    audible kindle spotify netflix hulu peloton strava myfitnesspal bearable noom
    instagram tiktok youtube facebook reddit whatsapp snapchat""".split()
)
# Countries, states and regions the lists miss (no identifier: see the marking rules).
REGIONS_MORE = frozenset(
    """zealand arabia europe europa britain england americas bosnia burma usa ussr
    yugoslavia tasmania queensland kashmir punjab gujarat kerala bengal pradesh normandy
    lancashire dorset sicily calif fla midwest caribbean baltic scandinavia mainland
    zealanders""".split()
)
# Every class above in one set (all frozen): one lookup for ``known_class``, not 13.
_KNOWN_CLASSES = (
    CALENDAR
    | CALENDAR_MORE
    | KIN
    | TITLES
    | NOT_NAMES
    | LANGUAGES
    | REGIONS_MORE
    | PASTIMES
    | KIN_MORE
    | BLESSINGS
    | FUNCTION
    | CLOSED_CLASS
    | TEXTSPEAK
)


# And the interjections that open sentences (``names_guess.opener``): ``known_class``
# is one set lookup, and a caller in a loop may test ``key in KNOWN_OR_OPENER`` itself.
KNOWN_OR_OPENER = _KNOWN_CLASSES | names_guess._NOT_OPENERS  # noqa: SLF001


def known_class(key: str) -> bool:
    """A calendar, kin, title, language, function or chat word: never anyone."""
    return key in KNOWN_OR_OPENER


def code_shaped(word: str) -> bool:
    """An acronym or code, not a name: "TAVI", "DMs", "GCSEs", "HbF", "IgG", "G-tube",
    "N-methylhistamine", "Mandarin-speaking" (a compound with a lower-case part)."""
    if word[1:2].isupper() or word[-1].isupper() or not any(c.islower() for c in word):
        return True
    parts = word.split("-")  # as re.split(r"-", word), without the regex cache lookup
    return len(parts) > 1 and (len(parts[0]) == 1 or any(p[:1].islower() for p in parts))


# A name with a verb's contraction glued on: "Zanele'll", "Tavish'd", "Sipho've". Only a
# subject takes "'ll", "'d", "'ve" or "'re", so the stem is a person where it is a
# proper noun; pronouns, kin and everyday nouns ("It'll", "Mum'd", "Things'll") are not.
_VERB_CONTRACTION = re.compile(r"^([^\W\d_][^\W\d_'’-]+)['’](?:ll|d|ve|re)$", re.IGNORECASE)
_NOT_SUBJECT_NAMES = frozenset(
    """i you he she we they it that there this these those who what where when why how
    which everyone everybody someone somebody nobody anyone anybody everything something
    nothing anything here today tomorrow tonight yesterday all both none some most
    others people things life work covid""".split()
)


def contracted_stem(word: str) -> str | None:
    """The stem of "Zanele'll", "Tavish'd", "Sipho've" if it may be a name, else None."""
    m = _VERB_CONTRACTION.match(word)
    if m is None or not word[:1].isupper():
        return None
    key = m.group(1).lower()
    if key in _NOT_SUBJECT_NAMES or known_class(key) or key in KIN_MORE:
        return None
    return m.group(1)
