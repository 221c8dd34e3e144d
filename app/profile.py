"""The user's privacy profile: what identifies them, as they told us.

The redactor (``app.redact``) reads it; the journal stores it encrypted in the
``profile_terms`` table. Kinds follow the evaluation format in ``shared/eval``:
``self`` (the user's own names), ``person`` (family, friends, clinicians),
``place`` (town, hospitals, clinics), ``employer`` and ``other`` (private terms).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Iterable

TERM_KINDS = ("self", "person", "place", "employer", "other")


@dataclass(frozen=True)
class ProfileTerm:
    """One thing that identifies the user.

    ``role`` is optional and describes the term in words that can replace it
    ("my neurologist", "my sister", "the hospital").
    """

    kind: str
    text: str
    role: str = ""

    def __post_init__(self) -> None:
        if self.kind not in TERM_KINDS:
            raise ValueError(f"unknown profile term kind: {self.kind!r}")


@dataclass(frozen=True)
class PrivacyProfile:
    terms: tuple[ProfileTerm, ...] = ()
    region: str = "GB"  # ISO 3166 alpha-2, for phone numbers and ID formats
    display_name: str = ""  # optional name printed on appointment summaries

    def texts(self, kind: str) -> list[str]:
        return [t.text for t in self.terms if t.kind == kind]

    @property
    def self_names(self) -> list[str]:
        return self.texts("self")

    @property
    def people(self) -> list[str]:
        return self.texts("person")

    @property
    def places(self) -> list[str]:
        return self.texts("place")

    @property
    def employers(self) -> list[str]:
        return self.texts("employer")

    @property
    def other(self) -> list[str]:
        return self.texts("other")

    def with_term(self, term: ProfileTerm) -> PrivacyProfile:
        if term in self.terms:
            return self
        return PrivacyProfile(self.terms + (term,), self.region, self.display_name)

    @classmethod
    def from_eval(cls, data: dict[str, Any]) -> PrivacyProfile:
        """Build from the ``profile`` object of a ``shared/eval`` JSONL record."""
        mapping = {"self": "self", "people": "person", "places": "place",
                   "employers": "employer", "other": "other"}
        terms: list[ProfileTerm] = []
        for key, kind in mapping.items():
            terms.extend(ProfileTerm(kind, str(text)) for text in data.get(key) or () if text)
        return cls(tuple(terms), str(data.get("region") or "GB"))

    @classmethod
    def of(cls, terms: Iterable[ProfileTerm], region: str = "GB",
           display_name: str = "") -> PrivacyProfile:
        return cls(tuple(terms), region, display_name)


EMPTY_PROFILE = PrivacyProfile()
__all__ = ["ProfileTerm", "PrivacyProfile", "EMPTY_PROFILE", "TERM_KINDS"]
