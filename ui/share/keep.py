"""The share review's state as a draft, so a lock does not throw away a post half reviewed.

What the user chose is small and plain: which entries (or, for a reply or a treatment
report, the recipe that composes it), the title if they wrote one, how names and dates
are replaced, the site, and which detected parts were kept as written, which words
they redacted themselves and which withheld sentences they brought back. It is kept
in the encrypted ``drafts`` table under ``DRAFT_NAME`` and applied to the draft made
again after unlock; a choice whose text is no longer at its place is dropped, so a
changed entry never keeps something the user did not see.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # imported where used: the main window imports this module, and the
    from app.share import ShareDraft  # redaction engine would cost every start ~0.25 s

DRAFT_NAME = "share"


def choices_payload(draft: ShareDraft) -> dict[str, Any]:
    """The user's keep, redact and bring-back choices in ``draft``, by place and text."""
    from app.redact import Decision, Source

    kept, redacted = [], []
    for i, span in enumerate(draft.spans):
        if span.source is Source.USER:
            redacted.append([span.start, span.end, span.text])
        elif draft.decision(i) is Decision.KEEP:
            kept.append([span.start, span.end, span.text])
    back = [[h.start, h.end] for i, h in enumerate(draft.topic_hits) if i in draft.topics_back]
    return {"kept": kept, "redacted": redacted, "topics_back": back}


def apply_choices(draft: ShareDraft, payload: dict[str, Any]) -> None:
    """Put back the choices of ``choices_payload`` where their text is still in place."""
    from app.redact import Decision

    text = draft.text

    def places(key: str):
        for item in payload.get(key, []):
            try:
                start, end, words = int(item[0]), int(item[1]), str(item[2])
            except (TypeError, ValueError, IndexError):
                continue
            if 0 <= start < end <= len(text) and text[start:end] == words:
                yield start, end

    for start, end in places("redacted"):
        draft.redact_selection(start, end)
    for start, end in places("kept"):
        index = next(
            (i for i, s in enumerate(draft.spans) if (s.start, s.end) == (start, end)), None
        )
        if index is not None:
            draft.set_decision(index, Decision.KEEP)
    back = set()
    for item in payload.get("topics_back", []):
        try:
            back.add((int(item[0]), int(item[1])))
        except (TypeError, ValueError, IndexError):
            continue
    for i, hit in enumerate(draft.topic_hits):
        if (hit.start, hit.end) in back and i not in draft.topics_back:
            draft.toggle_topic(i)
