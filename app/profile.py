"""The user's privacy profile: what identifies them, as they told us.

The redactor (``app.redact``) reads it; the journal stores it encrypted in the
``profile_terms`` table. Kinds follow the evaluation format in ``shared/eval``:
``self`` (the user's own names), ``person`` (family, friends, clinicians),
``place`` (town, hospitals, clinics), ``employer`` and ``other`` (private terms).

A seventh kind, ``topic`` ("HIV", "sertraline", "my divorce"), is not a word to replace
but a subject to leave out: every sentence that mentions one is withheld from posts
(``app.giveback.topics``). Topics are kept apart from ``terms`` (``PrivacyProfile.topics``)
because the redactor turns every term into a span, and a topic must take its whole
sentence, not one word. The journal keeps them as a JSON list in ``meta`` under
``TOPICS_KEY``: the ``profile_terms`` table's kinds are fixed by the schema (v4).
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, replace
from typing import Any

TERM_KINDS = ("self", "person", "place", "employer", "other")
TOPIC_KIND = "topic"
PROFILE_KINDS = (*TERM_KINDS, TOPIC_KIND)  # what ``fettle profile add`` takes
TOPICS_KEY = "profile.topics"
MAX_TOPIC = 200


def clean_topic(text: str) -> str:
    """One line, single spaces, at most ``MAX_TOPIC`` characters."""
    return " ".join(str(text).split())[:MAX_TOPIC]


def topics_from_json(raw: str | None) -> tuple[str, ...]:
    """The topics stored under ``TOPICS_KEY``; anything malformed reads as none."""
    try:
        value = json.loads(raw) if raw else []
    except ValueError:
        return ()
    if not isinstance(value, list):
        return ()
    out = [clean_topic(t) for t in value if isinstance(t, str)]
    return tuple(dict.fromkeys(t for t in out if t))


def topics_to_json(topics: Iterable[str]) -> str:
    cleaned = (clean_topic(t) for t in topics)
    return json.dumps(list(dict.fromkeys(t for t in cleaned if t)), ensure_ascii=False)


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
    topics: tuple[str, ...] = ()  # subjects whose sentences never leave (see above)

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
        return replace(self, terms=self.terms + (term,))

    def with_topics(self, topics: Iterable[str]) -> PrivacyProfile:
        return replace(self, topics=topics_from_json(topics_to_json(topics)))

    @classmethod
    def from_eval(cls, data: dict[str, Any]) -> PrivacyProfile:
        """Build from the ``profile`` object of a ``shared/eval`` JSONL record."""
        mapping = {
            "self": "self",
            "people": "person",
            "places": "place",
            "employers": "employer",
            "other": "other",
        }
        terms: list[ProfileTerm] = []
        for key, kind in mapping.items():
            terms.extend(ProfileTerm(kind, str(text)) for text in data.get(key) or () if text)
        return cls(tuple(terms), str(data.get("region") or "GB"))

    @classmethod
    def of(
        cls, terms: Iterable[ProfileTerm], region: str = "GB", display_name: str = ""
    ) -> PrivacyProfile:
        return cls(tuple(terms), region, display_name)


EMPTY_PROFILE = PrivacyProfile()
__all__ = [
    "ProfileTerm",
    "PrivacyProfile",
    "EMPTY_PROFILE",
    "PROFILE_KINDS",
    "TERM_KINDS",
    "TOPIC_KIND",
    "TOPICS_KEY",
    "clean_topic",
    "topics_from_json",
    "topics_to_json",
]
