"""Regenerate ``german_words.txt`` (a developer tool; never imported at run time).

    pip install wordfreq && python -m app.redact.data.make_german_words

German capitalises every noun, so in a German entry "Nacht", "Termin" or "Danach" at
the start of a sentence says nothing about a name. The redactor needs to know which
capitalised words are ordinary German words, without the 56 MB ``wordfreq`` wheel at
run time, so we ship one plain list: every purely alphabetic German word with a Zipf
frequency of 2.5 or more, less the given names and towns the lexicon knows, unless the
word is listed in ``ALSO_WORDS`` ("mitte", "ende"; never "klaus", "leipzig", "essen").
"""

from __future__ import annotations

import re
from pathlib import Path

HEADER = """\
# Ordinary German words, lower case, one line per initial letter (space-separated).
# Derived from wordfreq 3.1 (Robyn Speer), German "large" list, words with Zipf >= 2.5,
# less given names and towns of the redaction lexicon (a hand-picked few kept).
# wordfreq's data is licensed CC BY-SA 4.0 (https://creativecommons.org/licenses/by-sa/4.0/);
# so is this derived list. Regenerate with app/redact/data/make_german_words.py.
"""
MIN_ZIPF = 2.5
# Very common German words that a name or town list also holds, picked by hand from
# the words of Zipf >= 4.3 the lexicon flags ("Essen", "Ernst", "Frank" left out).
ALSO_WORDS = frozenset(
    """von sie auch dass hat nur man einer dann mir mal vom will waren lassen ihren ende
    gar davon wissen allen hatten art eben leider tage daran echt anders hand person stark
    beste buch stelle tut lage rein tod mitte per mach falls job sommer titel bad band
    chance laufen sinn boden darin kamen grad tat bett rot bank zug hart post bau langen
    solange handy winter naja union tor starke sage normal ans lachen wetter dar link osten
    strassen liga general kaiser park baby mark rum davor hof leiden song leer regen wem
    berg real west bot dame hervor keller lasse rock wolf mission singen bar uni holt mut
    tore forum marke kanal klare kuchen rand lehre kirchen papa oma nette reine gering
    helden wenden deal lauter haar mobile center neubau drama klang landen male kenn""".split()
)
_WORD = re.compile(r"[a-zäöüß]{3,}")


def main() -> None:
    import wordfreq

    from app.redact.lexicon import FIRST, PLACE, default_lexicon

    lex = default_lexicon()
    keep: set[str] = set()
    for word in wordfreq.iter_wordlist("de", wordlist="large"):
        zipf = wordfreq.zipf_frequency(word, "de", wordlist="large")
        if zipf < MIN_ZIPF:
            break
        if not _WORD.fullmatch(word):
            continue
        if lex.flag(word) & (FIRST | PLACE) and word not in ALSO_WORDS:
            continue
        keep.add(word)
    by_initial: dict[str, list[str]] = {}
    for word in sorted(keep):
        by_initial.setdefault(word[0], []).append(word)
    lines = [" ".join(words) for _, words in sorted(by_initial.items())]
    out = Path(__file__).with_name("german_words.txt")
    out.write_text(HEADER + "\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {out} ({len(keep)} words)")


if __name__ == "__main__":
    main()
