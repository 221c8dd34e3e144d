"""The post's title, a cut copy of the body's first words, is redacted as the body is:
words the cut separated from what said they were medicine stay, and what the body
hides the title hides too."""

from __future__ import annotations

import datetime as dt

from app.profile import EMPTY_PROFILE, PrivacyProfile
from app.redact.detect_cli import default_post
from app.redact.spans import Source, Span, SpanType
from app.redact.title_mirror import mirror_title

_LONG = "Quick update from the clinic this morning after a really long wait on the unit: "


def _title(post: str) -> str:
    return post.split("\n\n", 1)[0]


def test_a_dose_cut_from_the_title_keeps_its_number() -> None:
    post, _ = default_post(_LONG + "I'm on 14 units now", EMPTY_PROFILE, dt.date(2025, 2, 10))
    assert _title(post).endswith("I'm on 14…")


def test_a_drug_cut_from_its_dose_stays_in_the_title() -> None:
    text = _LONG + "Zelvoxa 20mg is now twice daily"
    post, _ = default_post(text, EMPTY_PROFILE, dt.date(2025, 2, 10))
    assert "Zelvoxa…" in _title(post)


def test_what_the_body_hides_the_title_hides() -> None:
    profile = PrivacyProfile.from_eval(
        {"self": [], "people": ["Marisol"], "places": [], "employers": [], "other": []}
    )
    text = "My sister Marisol drove me to the infusion centre again today. Long day."
    post, _ = default_post(text, profile, dt.date(2025, 2, 10))
    assert "Marisol" not in post


def test_the_users_selection_in_the_title_stays() -> None:
    text = "A long enough title line here\n\nheading\n\nA long enough title line here"
    mine = Span(2, 6, SpanType.NAME, Source.USER, 1.0, text[2:6])
    body = Span(len(text) - 4, len(text), SpanType.NAME, Source.CONTEXT, 0.5, text[-4:])
    out = mirror_title(text, [mine, body])
    assert mine in out
    assert [s.text for s in out if s.start < 29] == ["long", "here"]


def test_no_copy_in_the_body_leaves_the_spans_alone() -> None:
    text = "A title that is not in the body\n\nheading\n\nSomething else entirely"
    span = Span(2, 7, SpanType.NAME, Source.CONTEXT, 0.5, text[2:7])
    assert mirror_title(text, [span]) == [span]
