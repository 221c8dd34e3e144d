"""A month without a year in a past-tense clause is the last one before the entry:
"we moved in may", written in February, is last May ("nine months earlier"), never
"three months later"; a booked or coming month stays ahead."""

from __future__ import annotations

from datetime import date

import pytest

from app.profile import PrivacyProfile
from app.redact.detect_cli import default_post

_FEB = date(2025, 2, 14)


def _body(text: str) -> str:
    post, _ = default_post(text, PrivacyProfile.from_eval({"region": "GB"}), _FEB)
    return post.rsplit("\n\n", 1)[-1]


@pytest.mark.parametrize(
    "text",
    [
        "we moved in may and the flare started, Humira 40mg since",
        "I was admitted on 3 May with DKA, glucose 32.",
        "Started Mounjaro 2.5mg in june, down 11 lbs.",
    ],
)
def test_a_past_month_is_not_next_year(text: str) -> None:
    body = _body(text)
    assert "later" not in body, body
    assert "earlier" in body or "before" in body, body


@pytest.mark.parametrize(
    "text",
    [
        "The op is booked for May, Warfarin stops 5 days before.",
        "Next review in may, HbA1c due then.",
        "I will start Ozempic in june.",
    ],
)
def test_a_coming_month_stays_ahead(text: str) -> None:
    body = _body(text)
    assert "earlier" not in body, body


_JUNE = date(2025, 6, 15)


@pytest.mark.parametrize(
    "text",
    [
        "Elsie will be 2 in March, still on the Kuvan.",
        "The op is booked for 3 March, Warfarin stops 5 days before.",
        "My next infusion will be in January.",
    ],
)
def test_a_coming_month_already_past_this_year_is_next_year(text: str) -> None:
    """Written in June, a March the clause says is ahead is next March, never "three
    months earlier" (session 19); a past one stays behind."""
    post, _ = default_post(text, PrivacyProfile.from_eval({"region": "GB"}), _JUNE)
    body = post.rsplit("\n\n", 1)[-1]
    assert "earlier" not in body and "months before" not in body, body


def test_a_past_month_stays_behind_in_june() -> None:
    post, _ = default_post("I had surgery on 3 March.", PrivacyProfile.from_eval({}), _JUNE)
    assert "earlier" in post.rsplit("\n\n", 1)[-1], post


@pytest.mark.parametrize(
    "text",
    [
        "By March I had lost 2 stone on Mounjaro 5mg.",
        "Until March I was fine on sertraline 50mg.",
        "I will never forget March 3rd, the day of my stroke.",
        "Seen by the GP in March, bloods normal.",
        "Next to nothing helped in February.",
        "The flare lasted until April and then the prednisolone worked.",
    ],
)
def test_a_past_date_is_not_moved_ahead_by_a_word_of_the_future(text: str) -> None:
    """Review 19c: "by", "until", "next to", "never forget" and a past verb after the
    date keep it in the past."""
    post, _ = default_post(text, PrivacyProfile.from_eval({"region": "GB"}), _JUNE)
    body = post.rsplit("\n\n", 1)[-1]
    assert "later" not in body and "month 1" not in body, body
