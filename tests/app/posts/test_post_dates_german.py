"""Dates in a German post (``app.redact.date_phrases_de``): relative or coarse, and fitted
to the German words around them; and a German post still hides every private term."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.models import Entry
from app.posts.words import EN
from app.profile import PrivacyProfile, ProfileTerm
from app.redact import date_phrases
from app.share import ShareDraft, policy_for

ANCHOR = dt.date(2026, 3, 3)


def post(body: str, dates: str = "relative", **kw) -> str:
    entry = Entry("note", ANCHOR, "", body, id=1)
    draft = ShareDraft([entry], kw.pop("profile", PrivacyProfile.of([])), lang="de", **kw)
    draft.set_policy(policy_for("role", dates))
    return draft.render().body


@pytest.mark.parametrize(
    ("written", "shared"),
    [
        ("Am 3. März war es schlimm.", "Am ersten Tag war es schlimm."),
        ("Am 5. März war es schlimm.", "An Tag 3 war es schlimm."),
        ("Es war am 17. März schlimm.", "Es war in Woche 3 schlimm."),
        ("Seit dem 3. März nehme ich sie.", "Seit dem ersten Tag nehme ich sie."),
        ("Seit dem 17. März nehme ich sie.", "Seit Woche 3 nehme ich sie."),
        ("Vom 17. März an nehme ich sie.", "Von Woche 3 an nehme ich sie."),
        ("Im Mai 2026 geht es weiter.", "Zwei Monate später geht es weiter."),
    ],
)
def test_relative_dates_read_as_german(written: str, shared: str) -> None:
    assert post(written).endswith(shared)


def test_coarse_dates_in_german() -> None:
    assert post("Am 5. März 2026 war es schlimm.", "month").endswith("Im März 2026 war es schlimm.")
    assert post("Seit dem 5. März 2026 besser.", "month").endswith("Seit März 2026 besser.")
    assert post("Am 5. März 2026 war es schlimm.", "season").endswith(
        "Im Frühling 2026 war es schlimm."
    )


def test_the_english_table_says_what_the_english_phrases_write() -> None:
    """English relative dates are written by ``date_phrases``; its words and the table's
    English values must not drift apart (the German ones are translated from them)."""
    later = ANCHOR + dt.timedelta(days=70)
    assert date_phrases.noun(ANCHOR, ANCHOR) == EN["first_day"]
    assert date_phrases.adverbial(ANCHOR, ANCHOR) == EN["on_first_day"]
    assert date_phrases.noun(ANCHOR + dt.timedelta(days=2), ANCHOR) == EN["day_n"].format(n=3)
    assert date_phrases.adverbial(ANCHOR + dt.timedelta(days=14), ANCHOR) == EN["in_week_n"].format(
        n=3
    )
    assert date_phrases.adverbial(later, ANCHOR) == EN["later"].format(
        amount=EN["n_months"].format(n="two")
    )


NAMES = st.text(alphabet="abcdefghijklmnopqrstuvwxyzäöü", min_size=4, max_size=9).map(
    str.capitalize
)
SENTENCES = st.sampled_from(
    [
        "Heute war {} da.",
        "Am 5. März habe ich mit {} telefoniert.",
        "Beschwerden: {} 7 von 10",
        "Später am selben Tag kam {}.",
        "Ab Woche 5 half mir {} beim Einkaufen.",
    ]
)


@settings(max_examples=40, deadline=None)
@given(name=NAMES, sentence=SENTENCES)
def test_a_german_post_never_shows_a_private_term(name: str, sentence: str) -> None:
    """Fettle's own words are let alone, never the user's private terms among them."""
    profile = PrivacyProfile.of([ProfileTerm("person", name, "")])
    text = post(sentence.format(name), profile=profile)
    assert name.casefold() not in text.casefold()
