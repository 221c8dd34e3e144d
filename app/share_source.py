"""The source of a post: the text that is redacted, with Fettle's own words marked.

One text holds the title line, then each entry (oldest first) as a date heading, its
ratings and its body, or the sections of a reply or a treatment report, separated by
blank lines; a ``Region`` is one entry's or section's stretch of it. The words around
the user's are the post language's (``app.posts.words``), and ``Region.own`` says where
they are, so the detector leaves them alone (``OwnWords``): German capitalises its nouns
("Beschwerden" is no one) and "7 von 10" is no age. The dates in the headings are no
words of Fettle's: they are redacted like any date ("week 3" by default).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from app.models import Entry
from app.posts.words import ENGLISH, Ranges, Writer, post_words, shifted
from app.posts.words import long_date as _long_date
from app.profile import PrivacyProfile
from app.redact import Detector, Source, Span, detect
from app.redact.title_mirror import mirror_title

SEPARATOR = "\n\n"
DEFAULT_TITLE = post_words(ENGLISH)["title"]


def long_date(day: dt.date, lang: str = ENGLISH) -> str:
    """ "4 March 2026" ("4. März 2026"): a form every date detector reads, and people too."""
    return _long_date(day, lang)


def one_line(text: str) -> str:
    return " ".join(text.split())


def default_title(entries: Sequence[Entry], lang: str = ENGLISH) -> str:
    if len(entries) == 1 and entries[0].display_title():
        return one_line(entries[0].display_title())
    return post_words(lang)["title"]


SAME_DAY = post_words(ENGLISH)["same_day"]


def ratings_parts(entry: Entry, lang: str = ENGLISH) -> tuple[str, Ranges]:
    """ "Severity: migraine 7/10, fatigue 3/10" ("Beschwerden: Migräne 7 von 10"), or "",
    with where Fettle's own words are in it (all but the symptoms' names)."""
    words = post_words(lang)
    if not entry.readings:
        return "", ()
    ratings = Writer()
    for i, r in enumerate(entry.readings):
        if i:
            ratings.add(", ", True)
        name = r.name or words["symptom"]
        ratings.fill(
            words["rating"], () if not r.name else ("name",), name=name, severity=r.severity
        )
    line = Writer().fill(words["severity"], ("ratings",), ratings=ratings.text)
    at = words["severity"].index("{ratings}")
    return line.text, line.own + shifted(ratings.own, at)


def ratings_text(entry: Entry, lang: str = ENGLISH) -> str:
    return ratings_parts(entry, lang)[0]


def entry_parts(
    entry: Entry, post_title: str = "", *, same_day: bool = False, lang: str = ENGLISH
) -> tuple[str, Ranges]:
    """One entry as shared: a date heading, its ratings, its body; and where Fettle's own
    words are in it. An entry of the same day as the one before it is headed "Later the
    same day", not a second "Day 1". The date is no word of Fettle's: it is redacted."""
    text = Writer()
    if same_day:
        text.add(post_words(lang)["same_day"], True)
    else:
        text.add(long_date(entry.day, lang))
    title = one_line(entry.title)
    if title and title != post_title:
        text.add(" — ", True).add(title)
    ratings, own = ratings_parts(entry, lang)
    if ratings:
        text.add(SEPARATOR).add(ratings, own)
    if entry.body.strip():
        text.add(SEPARATOR).add(entry.body.strip())
    return text.text, text.own


def entry_text(
    entry: Entry, post_title: str = "", *, same_day: bool = False, lang: str = ENGLISH
) -> str:
    return entry_parts(entry, post_title, same_day=same_day, lang=lang)[0]


@dataclass(frozen=True, slots=True)
class Region:
    """A stretch of the source rendered with one entry's date; separators lie between.
    ``own``: where Fettle's own words are in it, in source offsets."""

    start: int
    end: int
    entry_date: dt.date | None
    entry_id: int | None
    own: Ranges = ()


def _title_region(title: str, first: dt.date | None, lang: str) -> Region:
    """The title's region; Fettle's words in it are the default title, or those around
    a treatment's name ("My experience with {name}")."""
    words = post_words(lang)
    if title and title == words["title"]:
        return Region(0, len(title), first, None, ((0, len(title)),))
    before, _name, after = words["report.title"].partition("{name}")
    own: Ranges = ()
    if len(title) > len(before) + len(after) and title.startswith(before) and title.endswith(after):
        own = tuple(
            r for r in ((0, len(before)), (len(title) - len(after), len(title))) if r[1] > r[0]
        )
    return Region(0, len(title), first, None, own)


def build_source(
    title: str, entries: Sequence[Entry], lang: str = ENGLISH
) -> tuple[str, list[Region]]:
    first = entries[0].day if entries else None
    parts = [title]
    regions = [_title_region(title, first, lang)]
    pos = len(title)
    for i, entry in enumerate(entries):
        same_day = i > 0 and entries[i - 1].day == entry.day
        text, own = entry_parts(entry, title, same_day=same_day, lang=lang)
        pos += len(SEPARATOR)
        regions.append(Region(pos, pos + len(text), entry.day, entry.id, shifted(own, pos)))
        parts.append(text)
        pos += len(text)
    return SEPARATOR.join(parts), regions


@dataclass(frozen=True, slots=True)
class Section:
    """Text written for a post (not an entry): its dates take the year of ``day``; the
    entry it came from, if any, is logged with the post. ``own``: where Fettle's own
    words are in ``text`` (``app.posts.words.Writer``)."""

    text: str
    day: dt.date | None = None
    entry_id: int | None = None
    own: Ranges = ()


def build_sections(
    title: str, sections: Sequence[Section], lang: str = ENGLISH
) -> tuple[str, list[Region]]:
    first = next((s.day for s in sections if s.day is not None), None)
    parts = [title]
    regions = [_title_region(title, first, lang)]
    pos = len(title)
    for section in sections:
        text = section.text.strip()
        pos += len(SEPARATOR)
        cut = len(section.text) - len(section.text.lstrip())
        own = tuple(
            (max(a - cut, 0), min(b - cut, len(text))) for a, b in section.own if b - cut > 0
        )
        region = Region(
            pos, pos + len(text), section.day or first, section.entry_id, shifted(own, pos)
        )
        regions.append(region)
        parts.append(text)
        pos += len(text)
    return SEPARATOR.join(parts), regions


class OwnWords:
    """A detector that leaves Fettle's own words in the source alone: headings, labels and
    figures ("Beschwerden:", "Später am selben Tag", "7 von 10", "ab Woche 5") say nothing
    about anyone, but a German noun is capitalised like a name and "7 von 10" reads as an
    age. ``own`` holds where those words are (``Region.own``); a span wholly inside them
    is let go, unless the user selected it. What the user wrote (titles, bodies, symptom
    and treatment names, doses, side effects) and every date are looked at as before."""

    def __init__(self, inner: Detector | None = None) -> None:
        self.inner = inner
        self.own: Ranges = ()

    def detect(self, text: str, profile: PrivacyProfile, *, entry_date=None) -> list[Span]:
        spans = mirror_title(
            text, detect(text, profile, entry_date=entry_date, detector=self.inner)
        )
        own = [(a, b) for a, b in self.own if b <= len(text)]
        if not own:
            return spans
        return [
            s
            for s in spans
            if s.source is Source.USER or not any(a <= s.start and s.end <= b for a, b in own)
        ]
