"""Redaction: find what identifies the user in text, and replace it as they choose.

Plain Python (no Qt). The review screen drives a ``RedactionDraft``; the CLI calls
``detect`` and ``apply`` directly; ``fettle detect`` uses ``run_detect``.
"""

from __future__ import annotations

from app.redact.date_phrases import relative_phrase
from app.redact.engine import Detector, detect, merge_spans
from app.redact.lexicon import Lexicon, default_lexicon
from app.redact.normalise import fold
from app.redact.policy import DEFAULT_POLICY, Action, Decision, RedactionPolicy, actions_for
from app.redact.review import RedactionDraft
from app.redact.risk import RiskKind, RiskWarning, assess_risk
from app.redact.spans import DetectInputError, PolicyError, RedactError, Source, Span, SpanType
from app.redact.transform import (
    Change,
    PseudonymBook,
    RedactedText,
    TransformContext,
    apply,
)

__all__ = [
    "DEFAULT_POLICY",
    "Action",
    "Change",
    "Decision",
    "DetectInputError",
    "Detector",
    "Lexicon",
    "PolicyError",
    "PseudonymBook",
    "RedactError",
    "RedactedText",
    "RedactionDraft",
    "RedactionPolicy",
    "RiskKind",
    "RiskWarning",
    "Source",
    "Span",
    "SpanType",
    "TransformContext",
    "actions_for",
    "apply",
    "assess_risk",
    "default_lexicon",
    "detect",
    "fold",
    "merge_spans",
    "relative_phrase",
]
