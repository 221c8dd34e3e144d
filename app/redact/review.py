"""The state behind a review screen: spans, keep/redact choices, the rendered post.

The Qt review screen (``ui/``) holds one ``RedactionDraft`` per post and calls these
methods from its slots; everything here is plain data, so it is tested without Qt.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from app.profile import PrivacyProfile, ProfileTerm
from app.redact.engine import Detector, detect, merge_spans
from app.redact.policy import DEFAULT_POLICY, Decision, RedactionPolicy
from app.redact.risk import RiskWarning, assess_risk
from app.redact.spans import PolicyError, Source, Span, SpanType
from app.redact.transform import RedactedText, TransformContext, apply

_KIND_FOR_TYPE = {SpanType.NAME: "person", SpanType.PLACE: "place", SpanType.EMPLOYER: "employer"}


class RedactionDraft:
    """One entry's text under review. Every span starts redacted, uncertain ones included."""

    def __init__(
        self,
        text: str,
        profile: PrivacyProfile,
        *,
        policy: RedactionPolicy = DEFAULT_POLICY,
        context: TransformContext | None = None,
        entry_date: date | None = None,
        detector: Detector | None = None,
    ) -> None:
        self.text = text
        self.profile = profile
        self.policy = policy
        self.context = context or TransformContext(profile, entry_date=entry_date)
        self.entry_date = entry_date
        self._detector = detector
        self.spans: list[Span] = detect(text, profile, entry_date=entry_date, detector=detector)
        self.decisions: dict[int, Decision] = {}

    def decision(self, index: int) -> Decision:
        self._check(index)
        return self.decisions.get(index, Decision.REDACT)

    def toggle(self, index: int) -> Decision:
        """Flip one span between kept and redacted; returns the new decision."""
        new = Decision.KEEP if self.decision(index) is Decision.REDACT else Decision.REDACT
        self.decisions[index] = new
        return new

    def set_decision(self, index: int, decision: Decision) -> None:
        self._check(index)
        self.decisions[index] = decision

    def span_at(self, offset: int) -> int | None:
        """The span under a character offset of the original text (for clicks)."""
        for i, span in enumerate(self.spans):
            if span.start <= offset < span.end:
                return i
        return None

    def redact_selection(self, start: int, end: int, span_type: SpanType = SpanType.OTHER) -> int:
        """Redact any text the user selected; overlapping spans merge into it.

        Returns the index of the span that now covers the selection. Indices of other
        spans may shift, so a view should re-read ``spans`` afterwards.
        """
        if not 0 <= start < end <= len(self.text):
            raise PolicyError(f"selection {start}..{end} is outside the text")
        kept = {
            (self.spans[i].start, self.spans[i].end)
            for i, d in self.decisions.items()
            if d is Decision.KEEP
        }
        user = Span(start, end, span_type, Source.USER, 1.0, self.text[start:end])
        self.spans = merge_spans([*self.spans, user], self.text)
        self.decisions = {
            i: Decision.KEEP for i, s in enumerate(self.spans) if (s.start, s.end) in kept
        }
        index = self.span_at(start)
        assert index is not None
        return index

    def always_redact(self, index: int, kind: str | None = None, role: str = "") -> PrivacyProfile:
        """Add a span's text to the profile and look again, so every other mention goes too.

        Returns the new profile; the caller stores it in the journal.
        """
        span = self.spans[self._check(index)]
        term = ProfileTerm(kind or _KIND_FOR_TYPE.get(span.type, "other"), span.text.strip(), role)
        self.profile = self.profile.with_term(term)
        self.context = replace(self.context, profile=self.profile)
        kept = {
            (self.spans[i].start, self.spans[i].end)
            for i, d in self.decisions.items()
            if d is Decision.KEEP and i != index
        }
        user = [s for s in self.spans if s.source is Source.USER]
        fresh = detect(self.text, self.profile, entry_date=self.entry_date, detector=self._detector)
        self.spans = merge_spans([*fresh, *user], self.text)
        self.decisions = {
            i: Decision.KEEP for i, s in enumerate(self.spans) if (s.start, s.end) in kept
        }
        return self.profile

    def render(self) -> RedactedText:
        return apply(self.text, self.spans, self.decisions, self.policy, self.context)

    def warnings(self) -> list[RiskWarning]:
        return assess_risk(self.text, self.spans, self.decisions, self.profile)

    def _check(self, index: int) -> int:
        if not 0 <= index < len(self.spans):
            raise PolicyError(f"no span {index}")
        return index
