"""Regenerate ``word_frequencies.txt`` (a developer tool; never imported at run time).

    pip install wordfreq && python -m app.redact.data.make_word_frequencies

The redactor needs to know how common an English word is ("grace" is common, "okafor"
is not), but not the 56 MB ``wordfreq`` wheel at run time, so we ship one compact
table: every purely alphabetic English word with a Zipf frequency of 2.0 or more
(about once per 100 million words), rounded to 0.1, grouped by value.
"""

from __future__ import annotations

import re
from collections import defaultdict
from pathlib import Path

HEADER = """\
# English word frequencies (Zipf scale, 0.1 steps): "<zipf*10> word word ...".
# Derived from wordfreq 3.1 (Robyn Speer), English "large" list, words with Zipf >= 2.0.
# wordfreq's data is licensed CC BY-SA 4.0 (https://creativecommons.org/licenses/by-sa/4.0/);
# so is this derived table. Regenerate with app/redact/data/make_word_frequencies.py.
"""
MIN_ZIPF = 2.0
_WORD = re.compile(r"[a-z]+(?:['-][a-z]+)*")


def main() -> None:
    import wordfreq

    buckets: dict[int, list[str]] = defaultdict(list)
    for word in wordfreq.iter_wordlist("en", wordlist="large"):
        zipf = wordfreq.zipf_frequency(word, "en", wordlist="large")
        if zipf < MIN_ZIPF:
            break
        if _WORD.fullmatch(word):
            buckets[round(zipf * 10)].append(word)
    lines = [f"{z} {' '.join(sorted(words))}" for z, words in sorted(buckets.items(), reverse=True)]
    out = Path(__file__).with_name("word_frequencies.txt")
    out.write_text(HEADER + "\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {out} ({sum(map(len, buckets.values()))} words)")


if __name__ == "__main__":
    main()
