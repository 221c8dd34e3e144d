"""Answer a question from experience: what in the journal bears on it, and a reply.

    found = find_related(journal, question)          # ranked, each with its reason
    draft = reply_draft(journal, question, found[:3], quote=False)   # a ShareDraft

What bears on a question is what shares its medical words: drug and brand names (the
drug lexicon of the redaction work: a question about "Elavil" finds the treatment
"Amitriptyline" and the entries that say "amitriptyline"), the journal's own symptom,
condition and treatment names, and, through full-text search, the question's other
words; an entry found only by those ordinary words needs two of them, so "anyone"
and "sleep" alone do not drag in half the journal. Lessons count a little more: they
are what the user wanted to pass on.

The question is quoted only when asked, and then it goes through the same redaction
as the rest of the post: the asker's names, handles and places are hidden too.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from app.giveback.drugs import canonical, drugs_in, is_drug, other_names
from app.models import Entry, EntryFilter
from app.posts.words import ENGLISH, Writer
from app.redact import SpanType, default_lexicon
from app.redact.lexicon import DICT_WORD, DRUG, FIRST, LAST, MEDICAL
from app.redact.normalise import fold_term
from app.share import Section, ShareDraft, long_date, one_line, ratings_parts

if TYPE_CHECKING:
    from app.journal.journal import Journal

LIMIT = 15
_WORDS = re.compile(r"[^\W\d_][\w'-]{3,}")
COMMON = frozenset(
    """
about after again also anyone anybody been before being best could does doing done else
ever every feel feeling felt from good have having help helped helps here however into
just know like long looking made make many more most much need never other over people
really same should some someone something still such sure take taking than that their
them then there these they thing things think this those time tips tried trying used
using very want week weeks well were what when where which while will with work would
year years your you've i've i'm it's what's does anyone experience experiences thanks
advice question questions started starting stop stopped thoughts worth worse better
""".split()
)


@dataclass
class Finding:
    """One thing from the journal a reply could use. ``kind``: lesson, entry or
    treatment; ``ref`` is the entry or treatment id."""

    kind: str
    ref: int
    label: str
    day: object = None  # dt.date | None
    reasons: list[str] = field(default_factory=list)
    score: float = 0.0

    @property
    def reason(self) -> str:
        kind = {"lesson": "lesson", "treatment": "your treatment"}.get(self.kind, "entry")
        return "; ".join([*dict.fromkeys(self.reasons), kind])

    def add(self, reason: str, score: float) -> None:
        if reason not in self.reasons:
            self.reasons.append(reason)
            self.score += score


def _has(haystack: str, needle: str) -> bool:
    return bool(needle) and re.search(rf"(?<!\w){re.escape(needle)}(?!\w)", haystack) is not None


def find_related(journal: Journal, question: str, *, limit: int = LIMIT) -> list[Finding]:
    """What in the journal shares the question's medical words, best first."""
    folded = fold_term(question)
    found: dict[tuple[str, int], Finding] = {}
    terms: list[tuple[str, str, float]] = []  # (search words, reason, score)
    drugs = drugs_in(question)  # as written -> substance
    substances = set(drugs.values())
    for written, substance in drugs.items():
        names = sorted(other_names(substance), key=len)[:12]
        terms += [(n, f"mentions {written if n == written else n}", 3.0) for n in names]
    for t in journal.catalog.treatments():
        name = fold_term(t.name)
        hit = _has(folded, name) or (is_drug(name) and canonical(name) in substances)
        if hit and t.id is not None:
            f = found.setdefault(
                ("treatment", t.id), Finding("treatment", t.id, t.name, t.start_day)
            )
            f.add(f"mentions {t.name}", 3.0)
            for e in _linked(journal, EntryFilter(treatment_id=t.id)):
                _entry_finding(found, e).add(f"about {t.name}", 2.5)
    for s in journal.catalog.symptoms(include_archived=True):
        if _has(folded, fold_term(s.name)):
            terms.append((s.name, f"mentions {s.name.lower()}", 2.0))
    for c in journal.catalog.conditions():
        if _has(folded, fold_term(c.name)):
            terms.append((c.name, f"mentions {c.name}", 2.0))
            for e in _linked(journal, EntryFilter(condition_id=c.id)):
                _entry_finding(found, e).add(f"about {c.name}", 1.5)
    for words, reason, score in terms:
        for hit in journal.search(f'"{words}"', limit=40):
            _entry_finding(found, hit.row).add(reason, score)
    medical = {fold_term(w) for w, _r, _s in terms}
    plain: dict[tuple[str, int], set[str]] = {}
    for word in dict.fromkeys(w.lower() for w in _WORDS.findall(folded)):
        if word in COMMON or word in medical:
            continue
        for hit in journal.search(f'"{word}"', limit=40):
            plain.setdefault((_kind(hit.row.kind), hit.row.id), set()).add(word)
            if (_kind(hit.row.kind), hit.row.id) in found or len(
                plain[(_kind(hit.row.kind), hit.row.id)]
            ) >= 2:
                f = _entry_finding(found, hit.row)
                for w in sorted(plain[(_kind(hit.row.kind), hit.row.id)]):
                    f.add(f"says “{w}”", 1.0)
    for f in found.values():
        if f.kind == "lesson":
            f.score += 1.5
    ranked = sorted(
        found.values(),
        key=lambda f: (-f.score, f.kind != "lesson", -(f.day.toordinal() if f.day else 0)),
    )
    return ranked[:limit]


def _kind(entry_kind: str) -> str:
    return "lesson" if entry_kind == "lesson" else "entry"


def _linked(journal: Journal, flt: EntryFilter):
    return journal.entries.page(flt, limit=40).rows


def _entry_finding(found: dict, row) -> Finding:
    key = (_kind(row.kind), row.id)
    if key not in found:
        found[key] = Finding(key[0], row.id, one_line(row.title) or "(untitled)", row.day)
    return found[key]


def entry_section(entry: Entry, lang: str = ENGLISH) -> Section:
    """An entry as a reply uses it: a lesson as it is; anything else with its date
    (which redaction makes relative) and its ratings, in the post language."""
    body = entry.body.strip()
    title = one_line(entry.title)
    if entry.kind == "lesson":
        return Section(body or title, entry.day, entry.id)
    head = long_date(entry.day, lang) + (f": {title}" if title else "")
    text = Writer().add(head + ("." if not head.endswith((".", "!", "?")) else ""))
    ratings, own = ratings_parts(entry, lang)
    if ratings:
        text.add("\n").add(ratings, own).add(".", True)
    if body:
        text.add("\n" + body)
    return Section(text.text, entry.day, entry.id, own=text.own)


def quote_section(question: str) -> Section:
    lines = [line.strip() for line in question.strip().splitlines() if line.strip()]
    return Section("\n".join(f"> {line}" for line in lines))


def reply_draft(
    journal: Journal,
    question: str,
    chosen: list[Finding],
    *,
    quote: bool = False,
    own_words: str = "",
    lang: str = ENGLISH,
    **kw,
) -> ShareDraft:
    """A reply made of the chosen findings, for the share review. Treatments come
    first (as the short facts of their report), then lessons, then entries, oldest
    first; ``own_words`` open the reply. ``lang`` is the post's language."""
    from app.giveback.treatment_report import build_report

    sections: list[Section] = []
    if quote and question.strip():
        sections.append(quote_section(question))
    if own_words.strip():
        sections.append(Section(own_words.strip()))
    ids = [f.ref for f in chosen if f.kind != "treatment"]
    entries = journal.entries.get_many(ids) if ids else []
    for f in chosen:
        if f.kind == "treatment":
            t = journal.catalog.treatment(f.ref)
            report = build_report(journal, t.name, lang=lang)
            lines = Writer().add(report.facts, report.facts_own)
            figures = report.figure_lines(enough_only=True)
            if figures.text:
                lines.add("\n").add(figures.text, figures.own)
            sections.append(Section(lines.text, t.start_day, own=lines.own))
    ordered = sorted(entries, key=lambda e: (e.kind != "lesson", e.day, e.id or 0))
    sections += [entry_section(e, lang) for e in ordered]
    draft = ShareDraft(entries, journal.profile.get(), title="", sections=sections, lang=lang, **kw)
    if quote and question.strip():
        hide_asker(draft, draft.regions[1].start, draft.regions[1].end)
    return draft


_CAPITALISED = re.compile(r"(?<![\w@/])[A-Z][a-z'’-]+(?!\w)")


def hide_asker(draft: ShareDraft, start: int, end: int) -> None:
    """Names in the quoted question are the asker's, and the detector, made for the
    user's own text, waits for a cue before it calls a word a name. In a quote we do
    not wait: a capitalised first name or surname that is no drug or medical word is
    redacted as a name (at a sentence start only if it is no ordinary word as well,
    so "Will" and "Hope" there stay)."""
    lex = default_lexicon()
    text = draft.text
    for m in _CAPITALISED.finditer(text, start, end):
        flags = lex.flag(fold_term(m.group()))
        if not flags & (FIRST | LAST) or flags & (MEDICAL | DRUG):
            continue
        before = text[start : m.start()].rstrip(" \t>\"'“‘(")
        if (not before or before[-1] in ".!?\n") and flags & DICT_WORD:
            continue
        if draft.span_at(m.start()) is None:
            draft.draft.redact_selection(m.start(), m.end(), SpanType.NAME)


__all__ = ["Finding", "entry_section", "find_related", "quote_section", "reply_draft"]
