"""Compose a post from journal entries, redacted, for a patient community.

Plain Python (no Qt): the review screen (``ui/share_dialog.py``) and ``fettle share``
both drive a ``ShareDraft``::

    entries = load_entries(journal, ids)              # raises NotFound for a bad id
    draft = ShareDraft(entries, journal.profile.get())
    draft.toggle(i); draft.redact_selection(a, b)     # source offsets (see Rendered)
    shown = draft.render()                            # redacted text + where each change is
    post = draft.post(get_format("mastodon"))         # formatted and sanitised
    text = final_text(post)                           # exactly what leaves, and what is logged

The source is one text: the title line, then each entry (oldest first) as a date
heading, its ratings and its body, separated by blank lines. One ``RedactionDraft``
covers all of it, so a click or a selection maps to one offset space and "always redact
this" reaches every entry. Rendering goes region by region (the title, then each entry)
so that a date written without a year takes the year of *its* entry, while one shared
``PseudonymBook`` keeps "Person A" the same person in every entry. The heading dates are
ordinary text, so they go through redaction too: "week 3" by default.

The post is written in a post language (``lang``, "en" or "de"), apart from the
interface's: the title, the headings and their dates, the ratings' label and every word
redaction puts in come from its table (``app.posts.words``). Fettle's own words are never
taken for a name (``app.share_source``): German capitalises nouns; "Beschwerden" is no one.

A draft can also be made of sections (``Section``: a reply to a question, a treatment report,
``app.giveback``): text written for the post, each with the day its dates belong to.

Sentences that mention a topic of the profile (``PrivacyProfile.topics``) are withheld
(``app.giveback.topics``): ``Rendered`` still holds them, so the review can show them
struck out with their reason, but ``post()`` leaves them out, unless the user brings
one back for this post (``toggle_topic``).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from app.errors import NotFound
from app.giveback.topics import TopicHit, topic_hits, withhold
from app.journal import private_file
from app.models import Entry
from app.posts import Post, PostFormat
from app.posts.words import ENGLISH, post_language, post_words
from app.profile import PrivacyProfile, ProfileTerm
from app.redact import (
    DEFAULT_POLICY,
    Action,
    Change,
    Decision,
    Detector,
    RedactedText,
    RedactionDraft,
    RedactionPolicy,
    RiskWarning,
    Source,
    Span,
    SpanType,
    TransformContext,
    apply,
    merge_spans,
)
from app.redact.transform import PseudonymBook
from app.share_source import (
    DEFAULT_TITLE,
    SEPARATOR,
    OwnWords,
    Region,
    Section,
    build_sections,
    build_source,
    default_title,
    entry_parts,
    entry_text,
    long_date,
    one_line,
    ratings_parts,
    ratings_text,
)


def load_entries(journal, entry_ids: Sequence[int]) -> list[Entry]:
    """The entries to share, oldest first; every id must exist."""
    wanted = list(dict.fromkeys(int(i) for i in entry_ids))
    found = journal.entries.get_many(wanted)
    missing = sorted(set(wanted) - {e.id for e in found})
    if missing:
        raise NotFound(
            f"entries {missing}",
            user_message=(f"There is no entry {', '.join(map(str, missing))} in this journal."),
        )
    return sort_entries(found)


def sort_entries(entries: Sequence[Entry]) -> list[Entry]:
    return sorted(entries, key=lambda e: (e.day, e.time or dt.time.min, e.id or 0))


@dataclass(frozen=True)
class Rendered:
    """The redacted text and where each change landed, in output and source offsets.

    ``text`` is the title line, a blank line, then the body; ``changes`` use the
    ``Change`` fields of ``app.redact`` with offsets into the whole source and output.
    """

    text: str
    title: str
    body: str
    changes: tuple[Change, ...]
    kept: tuple[int, ...]
    # sentences on a private topic, in output offsets, with the index of their hit
    withheld: tuple[tuple[int, int, int], ...] = ()
    post_title: str | None = None  # title and body without them (None: as above)
    post_body: str | None = None

    @property
    def summary(self) -> str:
        return RedactedText(self.text, self.changes, self.kept).summary

    def change_at(self, out_offset: int) -> Change | None:
        for change in self.changes:
            if change.out_start <= out_offset < change.out_end:
                return change
        return None

    def to_source(self, out_offset: int, *, end: bool = False) -> int:
        """An output offset mapped back to the source; inside a replacement it snaps to
        the replaced span's start (or its end, for the end of a selection)."""
        shift = 0
        for c in self.changes:
            if out_offset < c.out_start:
                break
            if out_offset < c.out_end or (end and out_offset == c.out_end):
                return c.end if end else c.start
            shift = c.end - c.out_end
        return out_offset + shift

    def to_output(self, source_offset: int) -> int:
        """A source offset outside every replaced span, in the output."""
        shift = 0
        for c in self.changes:
            if source_offset < c.end:
                break
            shift = c.out_end - c.end
        return source_offset + shift


class ShareDraft:
    """A post under review. Every detection starts redacted, uncertain ones included.

    ``lang`` is the post's language ("en", "de"): its words, not the interface's."""

    def __init__(
        self,
        entries: Sequence[Entry],
        profile: PrivacyProfile,
        *,
        title: str | None = None,
        policy: RedactionPolicy = DEFAULT_POLICY,
        detector: Detector | None = None,
        sections: Sequence[Section] | None = None,
        lang: str = ENGLISH,
    ) -> None:
        self.lang = post_language(lang)
        self.entries = sort_entries(entries)
        self.sections = list(sections) if sections is not None else None
        if title is None:
            title = "" if self.sections is not None else default_title(self.entries, self.lang)
        self.title = one_line(title)
        self._detector = OwnWords(detector)
        self.text, self.regions = self._source(self.title)
        first = self.regions[0].entry_date
        self.draft = RedactionDraft(
            self.text, profile, policy=policy, entry_date=first, detector=self._detector
        )
        self.topic_hits: list[TopicHit] = topic_hits(self.text, profile.topics)
        self.topics_back: set[int] = set()  # hits the user brought back for this post

    def _source(self, title: str) -> tuple[str, list[Region]]:
        """The source for ``title``; the detector learns where Fettle's words are in it."""
        if self.sections is not None:
            text, regions = build_sections(title, self.sections, self.lang)
        else:
            text, regions = build_source(title, self.entries, self.lang)
        self._detector.own = tuple(r for region in regions for r in region.own)
        return text, regions

    def toggle_topic(self, index: int) -> bool:
        """Bring a withheld sentence back for this post, or withhold it again; returns
        whether it is now withheld."""
        if index in self.topics_back:
            self.topics_back.discard(index)
            return True
        self.topic_hits[index]  # an IndexError for a hit that is not there
        self.topics_back.add(index)
        return False

    def _topic_texts_back(self) -> set[str]:
        return {
            self.text[self.topic_hits[i].start : self.topic_hits[i].end] for i in self.topics_back
        }

    def _find_topics(self, back: set[str]) -> None:
        self.topic_hits = topic_hits(self.text, self.draft.profile.topics)
        self.topics_back = {
            i for i, h in enumerate(self.topic_hits) if self.text[h.start : h.end] in back
        }

    # -- what the review screen reads ------------------------------------------

    @property
    def entry_ids(self) -> list[int]:
        return [e.id for e in self.entries if e.id is not None]

    @property
    def profile(self) -> PrivacyProfile:
        return self.draft.profile

    @property
    def policy(self) -> RedactionPolicy:
        return self.draft.policy

    @property
    def spans(self) -> list[Span]:
        return self.draft.spans

    def decision(self, index: int) -> Decision:
        return self.draft.decision(index)

    def warnings(self) -> list[RiskWarning]:
        return self.draft.warnings()

    # -- what the user changes ------------------------------------------------

    def toggle(self, index: int) -> Decision:
        return self.draft.toggle(index)

    def set_decision(self, index: int, decision: Decision) -> None:
        self.draft.set_decision(index, decision)

    def span_at(self, offset: int) -> int | None:
        return self.draft.span_at(offset)

    def redact_selection(self, start: int, end: int) -> int:
        return self.draft.redact_selection(start, end)

    def always_redact(self, index: int) -> ProfileTerm:
        """Add the span's text to the profile (every other mention goes too); returns
        the new term, which the caller stores with ``journal.profile.add_term``."""
        before = set(self.draft.profile.terms)
        profile = self.draft.always_redact(index)
        added = [t for t in profile.terms if t not in before]
        return added[0] if added else profile.terms[-1]

    def set_policy(self, policy: RedactionPolicy) -> None:
        self.draft.policy = policy

    def set_title(self, title: str) -> None:
        """A new title, looked at afresh; choices made in the entries are kept."""
        title = one_line(title)
        shift = len(title) - len(self.title)
        cut = self.regions[0].end
        old = self.draft
        kept = {
            (s.start + shift, s.end + shift)
            for i, s in enumerate(old.spans)
            if s.start >= cut and old.decision(i) is Decision.KEEP
        }
        back = self._topic_texts_back()
        text, regions = self._source(title)
        user = [
            replace(s, start=s.start + shift, end=s.end + shift)
            for s in old.spans
            if s.source is Source.USER and s.start >= cut
        ]
        new = RedactionDraft(
            text,
            old.profile,
            policy=old.policy,
            entry_date=regions[0].entry_date,
            detector=self._detector,
        )
        new.spans = merge_spans([*new.spans, *user], text)
        new.decisions = {
            i: Decision.KEEP for i, s in enumerate(new.spans) if (s.start, s.end) in kept
        }
        self.title, self.text, self.regions, self.draft = title, text, regions, new
        self._find_topics(back)

    def adopt_choices(self, old: ShareDraft) -> None:
        """Carry the user's choices over from the draft this one replaces (entries ticked
        or unticked): a span kept as written stays kept, and a selection stays redacted,
        wherever its entry and its text are unchanged. Detections are matched by entry,
        text and which occurrence of that text in the entry they are, so a heading that
        grew or an entry added above does not matter."""
        kept = {
            key
            for key, span, i in _keyed_spans(old)
            if span.source is not Source.USER and old.decision(i) is Decision.KEEP
        }
        region_of = {r.entry_id: r for r in self.regions}
        user: list[Span] = []
        for region in old.regions:
            new_region = region_of.get(region.entry_id)
            if new_region is None:
                continue
            old_text = old.text[region.start : region.end]
            new_text = self.text[new_region.start : new_region.end]
            for span in old.spans:
                if span.source is Source.USER and region.start <= span.start < region.end:
                    at = _same_place(
                        old_text, new_text, span.start - region.start, span.end - region.start
                    )
                    if at is not None:
                        start = new_region.start + at
                        user.append(replace(span, start=start, end=start + len(span)))
        draft = self.draft
        if user:
            draft.spans = merge_spans([*draft.spans, *user], self.text)
        draft.decisions = {i: Decision.KEEP for key, span, i in _keyed_spans(self) if key in kept}
        self._find_topics(old._topic_texts_back())

    # -- output -----------------------------------------------------------------

    def render(self) -> Rendered:
        book = PseudonymBook()
        first = self.entries[0].day if self.entries else None
        spans, text = self.draft.spans, self.text
        if self.draft.policy.action_for(SpanType.NAME) is Action.PSEUDONYM:
            roles = {t.text: t.role for t in self.draft.profile.terms if t.role}
            book.note(
                text,
                [s for i, s in enumerate(spans) if self.draft.decision(i) is Decision.REDACT],
                lambda span: roles.get(span.term, ""),
            )
        out: list[str] = []
        changes: list[Change] = []
        kept: set[int] = set()
        out_pos = 0
        pos = 0
        for region in self.regions:
            gap = text[pos : region.start]  # a separator: never redacted
            out.append(gap)
            out_pos += len(gap)
            local: list[Span] = []
            index_of: list[int] = []
            for i, s in enumerate(spans):
                a, b = max(s.start, region.start), min(s.end, region.end)
                if a < b:
                    local.append(
                        replace(s, start=a - region.start, end=b - region.start, text=text[a:b])
                    )
                    index_of.append(i)
            ctx = TransformContext(
                self.draft.profile,
                first_entry_date=first,
                entry_date=region.entry_date,
                pseudonyms=book,
                lang=self.lang,
            )
            done = apply(
                text[region.start : region.end],
                local,
                {j: self.draft.decision(i) for j, i in enumerate(index_of)},
                self.draft.policy,
                ctx,
            )
            changes.extend(
                replace(
                    c,
                    span_index=index_of[c.span_index],
                    start=c.start + region.start,
                    end=c.end + region.start,
                    out_start=c.out_start + out_pos,
                    out_end=c.out_end + out_pos,
                )
                for c in done.changes
            )
            kept.update(index_of[k] for k in done.kept)
            out.append(done.text)
            out_pos += len(done.text)
            pos = region.end
        whole = _capitalise_sentence_starts("".join(out), changes)
        title_end = len(out[0]) + len(out[1])
        title, body = whole[:title_end].strip(), whole[title_end:].strip()
        withheld = tuple(
            (*_out_range(changes, h.start, h.end), i)
            for i, h in enumerate(self.topic_hits)
            if i not in self.topics_back
        )
        if not withheld:
            return Rendered(whole, title, body, tuple(changes), tuple(sorted(kept)))
        title_cut = any(a < title_end for a, _b, _i in withheld)
        post_body = withhold(
            whole[title_end:],
            [
                (max(a, title_end) - title_end, b - title_end)
                for a, b, _i in withheld
                if b > title_end
            ],
        )
        return Rendered(
            whole,
            title,
            body,
            tuple(changes),
            tuple(sorted(kept)),
            withheld,
            (post_words(self.lang)["title"] if title else "") if title_cut else title,
            post_body,
        )

    def count(self, fmt: PostFormat):
        return fmt.count(*_post_parts(self.render()))

    def post(self, fmt: PostFormat) -> Post:
        """The finished post: formatted for the site and sanitised, without the
        sentences withheld for their topic."""
        return fmt.render(*_post_parts(self.render()))


def _post_parts(shown: Rendered) -> tuple[str, str]:
    if shown.post_body is None:
        return shown.title, _no_link_definitions(shown.body)
    return shown.post_title or "", _no_link_definitions(shown.post_body)


# A line Markdown reads as a link's definition ("[1]: https://…") and drops from the
# post: a placeholder opening a line of a list ("[organisation]: Ramipril" from "Lloyds:
# Ramipril") made one, and the medicine after it went with it. Only where no address
# follows: the writer's own definitions stay links.
_LINK_DEFINITION = re.compile(
    r"^( {0,3})\[([^\]\n]+)\]:(?![ \t]*(?:<|/|#|www\.|[A-Za-z][\w+.-]*:))", re.MULTILINE
)


def _no_link_definitions(body: str) -> str:
    """``body`` with each false link definition's bracket escaped, so it is shown."""
    return _LINK_DEFINITION.sub(r"\1\\[\2]:", body) if "]:" in body else body


def _out_range(changes: Sequence[Change], start: int, end: int) -> tuple[int, int]:
    """A source range in the output; a replaced span at either end is taken whole."""
    shift_a = shift_b = 0
    out_a = out_b = None
    for c in changes:
        if out_a is None:
            if c.start <= start < c.end:
                out_a = c.out_start
            elif start >= c.end:
                shift_a = c.out_end - c.end
        if c.start < end <= c.end:
            out_b = c.out_end
        elif end >= c.end:
            shift_b = c.out_end - c.end
    return (start + shift_a if out_a is None else out_a, end + shift_b if out_b is None else out_b)


def _keyed_spans(draft: ShareDraft):
    """(entry id, text, occurrence) for every span, with the span and its index."""
    seen: dict[tuple[int | None, str], int] = {}
    for i, span in enumerate(draft.spans):
        region = next((r for r in draft.regions if r.start <= span.start < r.end), None)
        entry = region.entry_id if region else None
        n = seen.get((entry, span.text), 0)
        seen[(entry, span.text)] = n + 1
        yield (entry, span.text, n), span, i


def _same_place(old: str, new: str, start: int, end: int) -> int | None:
    """Where the text at ``start:end`` of an old entry text is in the new one: the same
    occurrence counted from the end, since only the heading above it may have changed."""
    piece = old[start:end]
    before, after = _positions(old, piece), _positions(new, piece)
    from_end = len(before) - 1 - before.index(start)
    return after[len(after) - 1 - from_end] if from_end < len(after) else None


def _positions(text: str, piece: str) -> list[int]:
    out = []
    at = text.find(piece)
    while at >= 0:
        out.append(at)
        at = text.find(piece, at + 1)
    return out


def _capitalise_sentence_starts(text: str, changes: list[Change]) -> str:
    """ "Sam drove me" becomes "My partner drove me", not "my partner drove me"."""
    chars = list(text)
    for c in changes:
        if not c.replacement[:1].islower() or c.original[:1].islower():
            continue
        before = text[: c.out_start].rstrip(" \t*_\"'“‘(")  # "*Sam* came": emphasis too
        if before.endswith(".") and _ABBREVIATION.search(before[-12:]):
            continue  # "(Jg. die 2010er)", "ca. zwei Wochen": a short form's dot
        if not before or before[-1] in ".!?\n":
            chars[c.out_start] = chars[c.out_start].upper()
    return "".join(chars)


_ABBREVIATION = re.compile(
    r"\b(?:Jg|jg|ca|Ca|Nr|nr|bzw|vs|geb|approx|etc|e\.g|i\.e|z\.B|z\.b|u\.a|d\.h)\.$"
)


def final_text(post: Post) -> str:
    """What is copied or saved, and recorded in the share log, character for character.

    Sites with a separate title field (Reddit, HealthUnlocked) get the title as the
    first line, so nothing the user reviewed is left out.
    """
    return f"{post.title}{SEPARATOR}{post.text}" if post.title else post.text


NAME_ACTIONS = {
    "role": Action.ROLE,
    "pseudonym": Action.PSEUDONYM,
    "label": Action.LABEL,
    "remove": Action.REMOVE,
}
DATE_ACTIONS = {
    "relative": Action.RELATIVE_DATE,
    "month": Action.MONTH,
    "season": Action.SEASON,
    "label": Action.LABEL,
}
_NAMED_TYPES = (SpanType.NAME, SpanType.PLACE, SpanType.EMPLOYER, SpanType.OTHER)


def policy_for(names: str = "role", dates: str = "relative") -> RedactionPolicy:
    """The policy for the two choices people make most: how names (and places,
    employers, private terms) are replaced, and how dates are."""
    policy = DEFAULT_POLICY
    for span_type in _NAMED_TYPES:
        policy = policy.with_action(span_type, NAME_ACTIONS[names])
    return policy.with_action(SpanType.DATE, DATE_ACTIONS[dates])


def write_private(target: Path, text: str, *, replace_existing: bool) -> None:
    """Write exactly the post, readable by its owner only (0600); refuse to replace a
    file unless asked, raising ``FileExistsError``."""
    private_file.write_private(target, text, replace_existing=replace_existing)


def redact_everything(draft: ShareDraft) -> None:
    """Every detection redacted, as ``fettle share`` prints it (the default anyway)."""
    for i in range(len(draft.spans)):
        draft.set_decision(i, Decision.REDACT)


__all__ = [
    "DATE_ACTIONS",
    "DEFAULT_TITLE",
    "NAME_ACTIONS",
    "SEPARATOR",
    "Region",
    "Rendered",
    "Section",
    "ShareDraft",
    "SpanType",
    "build_sections",
    "build_source",
    "default_title",
    "entry_text",
    "final_text",
    "load_entries",
    "long_date",
    "one_line",
    "policy_for",
    "entry_parts",
    "ratings_parts",
    "ratings_text",
    "redact_everything",
    "sort_entries",
    "write_private",
]
