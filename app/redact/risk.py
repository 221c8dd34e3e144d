"""Re-identification warnings: what could still single the user out once names are gone.

Research on patient forums found most rare-disease posters could be picked out from a
few quasi-identifiers (area, age, dates) together. Each warning says so in plain words
and points at the spans behind it, so the review screen can show them.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from functools import cache
from importlib import resources

from app.profile import PrivacyProfile
from app.redact.policy import Decision
from app.redact.spans import Span, SpanType

_TRIAL = re.compile(r"\b(?:NCT\d{8}|ISRCTN\d{8}|[A-Z][A-Z0-9-]{2,}\s+(?:trial|study)"
                    r"|(?:trial|study)\s+(?:called|named)\s+\w+)\b")
_CLINICIAN = re.compile(r"(?:\b(?:dr|doctor|prof|professor|nurse|consultant)\.?\s+)$", re.IGNORECASE)
_CLINICIAN_ROLES = re.compile(r"doctor|neurologist|ologist|surgeon|consultant|gp|nurse|"
                              r"physician|clinician|specialist|therapist|physio", re.IGNORECASE)
_WORD = re.compile(r"[\w'’-]+")


class RiskKind(StrEnum):
    COMBINATION = "combination"
    HANDLE = "handle"
    CLINICIAN = "clinician"
    TRIAL = "trial"
    RARE_DRUG = "rare_drug"


@dataclass(frozen=True, slots=True)
class RiskWarning:
    kind: RiskKind
    message: str
    span_indices: tuple[int, ...] = ()  # kept spans behind the warning
    evidence: tuple[str, ...] = ()  # words in the text behind it (condition, drug, trial)


@cache
def _markers() -> dict[str, frozenset[str]]:
    text = resources.files("app.redact.data").joinpath("rare_markers.txt").read_text("utf-8")
    sections: dict[str, set[str]] = {}
    current = ""
    for line in text.splitlines():
        line = line.strip().lower()
        if not line or line.startswith("#"):
            continue
        if line.startswith("["):
            current = line.strip("[]")
            continue
        sections.setdefault(current, set()).add(line)
    return {k: frozenset(v) for k, v in sections.items()}


def _found(text: str, words: frozenset[str]) -> list[str]:
    seen = []
    for m in _WORD.finditer(text):
        w = m.group().lower().replace("’", "'")
        if (w in words or w.removesuffix("'s") in words) and m.group() not in seen:
            seen.append(m.group())
    return seen


def assess_risk(text: str, spans: Sequence[Span], decisions: Mapping[int, Decision],
                profile: PrivacyProfile | None = None) -> list[RiskWarning]:
    """Warnings for what stays readable: kept spans plus medical words that are never redacted."""
    kept = [i for i in range(len(spans)) if decisions.get(i, Decision.REDACT) is Decision.KEEP]
    by_type: dict[SpanType, list[int]] = {}
    for i in kept:
        by_type.setdefault(spans[i].type, []).append(i)
    markers = _markers()
    conditions = _found(text, markers.get("condition", frozenset()))
    drugs = _found(text, markers.get("drug", frozenset()))
    warnings: list[RiskWarning] = []

    place = by_type.get(SpanType.PLACE, []) + by_type.get(SpanType.ADDRESS, [])
    dates = [i for i in by_type.get(SpanType.DATE, []) if any(c.isdigit() for c in spans[i].text)]
    ages = by_type.get(SpanType.AGE, [])
    present = [(place, "your town"), (dates, "exact dates"), (ages, "your age")]
    shown = [(ids, words) for ids, words in present if ids]
    if conditions and shown:
        words = _join([w for _, w in shown])
        warnings.append(RiskWarning(
            RiskKind.COMBINATION,
            f"A rare condition ({conditions[0]}) together with {words} could narrow this "
            f"down to a handful of people.",
            tuple(i for ids, _ in shown for i in ids), tuple(conditions)))
    elif len(shown) >= 2:
        words = _join([w for _, w in shown])
        warnings.append(RiskWarning(
            RiskKind.COMBINATION,
            f"{words[0].upper()}{words[1:]} together could narrow this down to a few people.",
            tuple(i for ids, _ in shown for i in ids)))

    handles = by_type.get(SpanType.HANDLE, [])
    if handles:
        warnings.append(RiskWarning(
            RiskKind.HANDLE,
            "A social media handle links this post to your other accounts, and they may "
            "show your real name.", tuple(handles)))

    roles = {t.text for t in (profile.terms if profile else ()) if _CLINICIAN_ROLES.search(t.role)}
    clinicians = [i for i in by_type.get(SpanType.NAME, [])
                  if spans[i].term in roles or _CLINICIAN.search(
                      text, max(0, spans[i].start - 14), spans[i].start)]
    if clinicians:
        warnings.append(RiskWarning(
            RiskKind.CLINICIAN,
            "Naming your clinician points to the clinic you attend, and so to where you live.",
            tuple(clinicians)))

    trials = [m.group() for m in _TRIAL.finditer(text)]
    if trials:
        warnings.append(RiskWarning(
            RiskKind.TRIAL,
            "A named clinical trial has few participants; naming it can identify you.",
            evidence=tuple(trials)))
    if drugs:
        warnings.append(RiskWarning(
            RiskKind.RARE_DRUG,
            f"{drugs[0]} is prescribed to few people, so mentioning it narrows down who "
            f"you might be.", evidence=tuple(drugs)))
    return warnings


def _join(words: list[str]) -> str:
    return words[0] if len(words) == 1 else ", ".join(words[:-1]) + " and " + words[-1]
