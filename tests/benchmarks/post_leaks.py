"""What a reader of the post can still see: identifier values left readable and
medical terms kept, counted on the post ``fettle share`` makes by default.

Span scores say whether the detector found a token; they do not say whether the name
is gone from what leaves the machine (a transform may write it back, a title may copy
it, a span may cover only part of it). So this reads the post itself.

A gold value counts as readable when it appears in the post, as whole words and in
any case, more often than it appears *outside* identifiers in the text the share
pipeline started from (the entry with every gold span blanked, its date heading and
the title made from it): "34" in "CRP 34" may stay, the age 34 may not. Zero-width
and compatibility characters are folded away first, since a reader does not see them.
Medical terms are counted the same way: each occurrence in that text should still be
in the post.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field

_BLANK = "\u2588"  # not a word character, so a blanked name cannot match anything


def readable(text: str) -> str:
    """The text as a reader sees it: NFKC, no format characters, spaces collapsed."""
    text = unicodedata.normalize("NFKC", text)
    text = "".join(ch for ch in text if unicodedata.category(ch) != "Cf")
    return " ".join(text.split()).casefold()


def count_words(value: str, text: str) -> int:
    """Whole-word occurrences of ``value`` in ``text`` (both already ``readable``)."""
    if not value:
        return 0
    pattern = r"(?<!\w)" + re.escape(value).replace(r"\ ", r"\s+") + r"(?!\w)"
    return len(re.findall(pattern, text))


def blank(text: str, spans: list[dict]) -> str:
    """``text`` with every word character inside a gold span blanked (same length,
    same punctuation, so the title cut from the first sentence falls the same way)."""
    chars = list(text)
    for s in spans:
        for i in range(s["start"], s["end"]):
            if chars[i].isalnum() or chars[i] == "_":
                chars[i] = _BLANK
    return "".join(chars)


def share_source(text: str, entry_date: dt.date) -> str:
    """The whole text ``fettle share`` redacts for one entry: title, heading, body."""
    from app.models import Entry
    from app.share import build_source, default_title, one_line

    entry = Entry("note", entry_date, body=text)
    source, _ = build_source(one_line(default_title([entry])), [entry])
    return source


def _without_heading(source: str, entry_date: dt.date) -> str:
    """The source less its date heading: the default post shows "Day 1" there, so a
    number that is also the entry's day of the month ("ferritin 30" on 30 June) would be
    expected twice and could only be kept once, and a date value leaked into the post
    would be excused by the heading's copy."""
    heading = share_source("", entry_date).rsplit("\n\n", 1)[-1]
    return source.replace("\n\n" + heading + "\n\n", "\n\n", 1)


@dataclass
class PostFigures:
    """Running totals over a set of records."""

    values: int = 0
    readable_values: int = 0
    records: int = 0
    leaking_records: int = 0
    medical: int = 0
    medical_kept: int = 0
    leaked_types: Counter = field(default_factory=Counter)
    lost_medical: Counter = field(default_factory=Counter)

    def add(self, record: dict, post: str) -> None:
        day = (
            dt.date.fromisoformat(record["entry_date"])
            if record.get("entry_date")
            else dt.date.today()
        )
        base = readable(
            _without_heading(share_source(blank(record["text"], record["spans"]), day), day)
        )
        shown = readable(post)
        by_value: dict[str, list[str]] = {}
        for s in record["spans"]:
            value = readable(record["text"][s["start"] : s["end"]])
            by_value.setdefault(value, []).append(s["type"])
        leaked_here = 0
        for value, types in by_value.items():
            extra = count_words(value, shown) - count_words(value, base)
            leaked = min(len(types), max(0, extra))
            leaked_here += leaked
            self.leaked_types.update(types[:leaked])
        self.values += sum(len(t) for t in by_value.values())
        self.readable_values += leaked_here
        self.records += 1
        self.leaking_records += leaked_here > 0
        terms = Counter(readable(m["text"]) for m in record.get("medical") or ())
        for term in terms:
            expected = count_words(term, base)
            kept = min(expected, count_words(term, shown))
            self.medical += expected
            self.medical_kept += kept
            if kept < expected:
                self.lost_medical[term] += expected - kept

    @property
    def value_share(self) -> float:
        return self.readable_values / self.values if self.values else 0.0

    @property
    def record_share(self) -> float:
        return self.leaking_records / self.records if self.records else 0.0

    @property
    def medical_share(self) -> float | None:
        return self.medical_kept / self.medical if self.medical else None
