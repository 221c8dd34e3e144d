"""Regenerate ``proper_words.txt`` and ``proper_words_rare.txt`` (a developer tool; never
imported at run time).

    python -m app.redact.data.make_proper_words

``word_frequencies.txt`` says how common a word is but not whether it is English: "asda",
"vanderbilt" and "nuffield" are as common as "pelvis" and "priory". This keeps the
words of that table (Zipf 2.5 to 3.5) that no name, town or medical list holds and
that are not in the ``web2``/``gcide`` English dictionaries, even after taking off an
ending ("cedars", "mumbled"): mostly proper nouns (shops, firms, hospitals, towns too
small for the gazetteer), a few modern words, which ``places_lower`` leaves out by
hand. ``proper_words_rare.txt`` holds the same kind of word from Zipf 2.0 to 2.5
("rangi", "tendai"): rarer, but a capitalised one is still a proper noun;
``proper_words_common.txt`` the same from Zipf 3.5 to 5.5 ("walmart", "bangalore"),
less the words shaped like British spellings, inflections and nationalities ("colour",
"grabbed", "nigerian") and the calendar and chat words the name rules know, for the
unknown-word net (``names_unknown``) only. Built from the
installed ``english-words`` package and our own lexicon.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from app.redact.lexicon import Lexicon

HEADER = """\
# Words of word_frequencies.txt (Zipf 2.5-3.5) that are in no English dictionary (web2,
# gcide of english-words) and no name, town or medical list: mostly proper nouns.
# Derived from wordfreq 3.1 (CC BY-SA 4.0, see word_frequencies.txt), so is this list.
# Regenerate with app/redact/data/make_proper_words.py.
"""
LOW, HIGH = 2.5, 3.5
RARE_LOW = 2.0
COMMON_HIGH = 5.5
RARE_HEADER = HEADER.replace("proper_words.txt", "proper_words_rare.txt").replace(
    "Zipf 2.5-3.5", "Zipf 2.0-2.5"
)
COMMON_HEADER = HEADER.replace("proper_words.txt", "proper_words_common.txt").replace(
    "Zipf 2.5-3.5", "Zipf 3.5-5.5"
)
_ENDINGS = (
    ("s", ""),
    ("es", ""),
    ("ies", "y"),
    ("ed", ""),
    ("ed", "e"),
    ("ing", ""),
    ("ing", "e"),
    ("ly", ""),
    ("er", ""),
    ("ers", ""),
    ("est", ""),
    ("d", ""),
    ("r", ""),
    ("ation", "e"),
    ("ism", ""),
    ("ist", ""),
    ("ists", ""),
    ("ness", ""),
    ("ment", ""),
    ("ments", ""),
)


def main() -> None:
    from english_words import get_english_words_set

    from app.redact.lexicon_sources import build_lexicon

    words = {w for w in get_english_words_set(["web2", "gcide"], lower=False) if w.islower()}

    def english(word: str) -> bool:
        return word in words or any(
            word.endswith(end) and word[: -len(end)] + add in words for end, add in _ENDINGS
        )

    lex = build_lexicon()
    for low, high, name, header in (
        (LOW, HIGH, "proper_words.txt", HEADER),
        (RARE_LOW, LOW, "proper_words_rare.txt", RARE_HEADER),
        (HIGH, COMMON_HIGH, "proper_words_common.txt", COMMON_HEADER),
    ):
        _write(lex, english, low, high, name, header)


# Endings of the common words web2 lacks: British spellings, inflections, nationalities.
_NOT_PROPER_COMMON = re.compile(
    r"(?:our|ours|ourite|ourites|ourable|oured|ise|ised|ises|ising|isation|isations|tre|"
    r"tres|lled|lling|ller|ogue|ence|ences|ae|oe|men|ed|ing|in|est|ier|ly|ism|ity|ist|"
    r"ists|ians?|ish|ese|ans|an|ic|i|eans?)$"
)


def _common_word(word: str) -> bool:
    from app.redact.names_context import CALENDAR
    from app.redact.names_cues import CLOSED_CLASS, FUNCTION, KIN, NOT_NAMES, TEXTSPEAK, TITLES

    return (
        len(word) < 3
        or _NOT_PROPER_COMMON.search(word) is not None
        or any(word in s for s in (CALENDAR, NOT_NAMES, KIN, TITLES, TEXTSPEAK, CLOSED_CLASS))
        or word in FUNCTION
    )


def _write(
    lex: Lexicon, english: Callable[[str], bool], low: float, high: float, name: str, header: str
) -> None:
    keep = sorted(
        w
        for w, z in lex.zipf.items()
        if low <= z < high
        and w.isalpha()
        and w.isascii()
        and not lex.flags.get(w, 0)
        and not english(w)
        and (high < COMMON_HIGH or not _common_word(w))
    )
    out = Path(__file__).with_name(name)
    lines = [" ".join(keep[i : i + 12]) for i in range(0, len(keep), 12)]
    out.write_text(header + "\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {out} ({len(keep)} words)")


if __name__ == "__main__":
    main()
