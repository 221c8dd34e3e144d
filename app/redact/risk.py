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

_TRIAL = re.compile(
    r"\b(?:NCT\d{8}|ISRCTN\d{8}|[A-Z][A-Z0-9-]{2,}\s+(?:trial|study)"
    r"|(?:trial|study)\s+(?:called|named)\s+\w+)\b"
)
_CLINICIAN = re.compile(
    r"(?:\b(?:dr|doctor|prof|professor|nurse|consultant)\.?\s+)$", re.IGNORECASE
)
_CLINICIAN_ROLES = re.compile(
    r"doctor|neurologist|ologist|surgeon|consultant|gp|nurse|"
    r"physician|clinician|specialist|therapist|physio",
    re.IGNORECASE,
)
_WORD = re.compile(r"[\w'’-]+")


class RiskKind(StrEnum):
    COMBINATION = "combination"
    HANDLE = "handle"
    CLINICIAN = "clinician"
    TRIAL = "trial"
    RARE_DRUG = "rare_drug"
    AGE = "age"


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


def assess_risk(
    text: str,
    spans: Sequence[Span],
    decisions: Mapping[int, Decision],
    profile: PrivacyProfile | None = None,
) -> list[RiskWarning]:
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
    regions = _regions_named(text, spans, decisions)
    present = [(place, "your town"), (dates, "exact dates"), (ages, "your age")]
    shown = [(ids, words) for ids, words in present if ids]
    if conditions and regions and not shown:
        warnings.append(
            RiskWarning(
                RiskKind.COMBINATION,
                f"A rare condition ({conditions[0]}) together with where you live "
                f"({regions[0]}) could narrow this down to a handful of people.",
                (),
                tuple(conditions) + tuple(regions),
            )
        )
    if conditions and shown:
        words = _join([w for _, w in shown])
        warnings.append(
            RiskWarning(
                RiskKind.COMBINATION,
                f"A rare condition ({conditions[0]}) together with {words} could narrow this "
                f"down to a handful of people.",
                tuple(i for ids, _ in shown for i in ids),
                tuple(conditions),
            )
        )
    elif len(shown) >= 2:
        words = _join([w for _, w in shown])
        warnings.append(
            RiskWarning(
                RiskKind.COMBINATION,
                f"{words[0].upper()}{words[1:]} together could narrow this down to a few people.",
                tuple(i for ids, _ in shown for i in ids),
            )
        )

    if ages:
        warnings.append(
            RiskWarning(
                RiskKind.AGE,
                "An exact age, with anything else in the post, narrows down who you are; an age "
                'band ("in my 30s") says enough.',
                tuple(ages),
            )
        )

    handles = by_type.get(SpanType.HANDLE, [])
    if handles:
        warnings.append(
            RiskWarning(
                RiskKind.HANDLE,
                "A social media handle links this post to your other accounts, and they may "
                "show your real name.",
                tuple(handles),
            )
        )

    roles = {t.text for t in (profile.terms if profile else ()) if _CLINICIAN_ROLES.search(t.role)}
    clinicians = [
        i
        for i in by_type.get(SpanType.NAME, [])
        if spans[i].term in roles
        or _CLINICIAN.search(text, max(0, spans[i].start - 14), spans[i].start)
    ]
    if clinicians:
        warnings.append(
            RiskWarning(
                RiskKind.CLINICIAN,
                "Naming your clinician points to the clinic you attend, and so to where you live.",
                tuple(clinicians),
            )
        )

    trials = list(_TRIAL.finditer(text))
    shown_trials = [
        m.group() for m in trials if not _redacted(m.start(), m.end(), spans, decisions)
    ]
    hidden = [m for m in trials if _redacted(m.start(), m.end(), spans, decisions)]
    kept_drugs = [d for d in _drugs_in(text) if not _redacted(d[1], d[2], spans, decisions)]
    if shown_trials:
        warnings.append(
            RiskWarning(
                RiskKind.TRIAL,
                "A named clinical trial has few participants; naming it can identify you.",
                evidence=tuple(shown_trials),
            )
        )
    elif hidden and kept_drugs:
        warnings.append(
            RiskWarning(
                RiskKind.TRIAL,
                f"The trial's name is hidden, but {kept_drugs[0][0]} can still point to it: "
                f"few trials give it, and their sites are public.",
                evidence=tuple(d[0] for d in kept_drugs),
            )
        )
    if drugs:
        warnings.append(
            RiskWarning(
                RiskKind.RARE_DRUG,
                f"{drugs[0]} is prescribed to few people, so mentioning it narrows down who "
                f"you might be.",
                evidence=tuple(drugs),
            )
        )
    return warnings


def _redacted(
    start: int, end: int, spans: Sequence[Span], decisions: Mapping[int, Decision]
) -> bool:
    return any(
        s.start < end and start < s.end and decisions.get(i, Decision.REDACT) is Decision.REDACT
        for i, s in enumerate(spans)
    )


def _drugs_in(text: str) -> list[tuple[str, int, int]]:
    """Drug and brand names in the text (from the shipped drug lexicon), including the
    ones that are also names ("Allegra"): a kept one was kept as a drug."""
    from app.redact.lexicon import DRUG, DRUG_OR_NAME, default_lexicon

    flags = default_lexicon().flags
    return [
        (m.group(), m.start(), m.end())
        for m in _WORD.finditer(text)
        if flags.get(m.group().lower(), 0) & (DRUG | DRUG_OR_NAME)
    ]


def _regions_named(
    text: str, spans: Sequence[Span], decisions: Mapping[int, Decision]
) -> list[str]:
    """States and provinces left readable ("Texas"): never redacted, but still a clue."""
    from app.redact.regions import coarse_regions

    regions = coarse_regions()
    return [
        m.group()
        for m in _REGION_WORD.finditer(text)
        if m.group().lower() in regions and not _redacted(m.start(), m.end(), spans, decisions)
    ]


_REGION_WORD = re.compile(r"\b[A-Z][a-z]+(?: [A-Z][a-z]+)?\b")


def _join(words: list[str]) -> str:
    return words[0] if len(words) == 1 else ", ".join(words[:-1]) + " and " + words[-1]
