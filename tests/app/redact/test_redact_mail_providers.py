"""One list of mail providers for e-mails written out in words: "tamsin.k at proton"
leaked while "tamsin.k at gmail" was caught, because two lists disagreed."""

from __future__ import annotations

import pytest

from app.profile import EMPTY_PROFILE
from app.redact import detect
from app.redact.contacts_extra import MAIL_PROVIDERS, _real_obfuscation


def _emails(text: str) -> list[str]:
    return [s.text for s in detect(text, EMPTY_PROFILE) if str(s.type) == "EMAIL"]


@pytest.mark.parametrize(
    ("text", "email"),
    [
        ("You can email me at tamsin.k at proton if you'd rather.", "tamsin.k at proton"),
        ("You can email me at tamsin.k at gmail if you'd rather.", "tamsin.k at gmail"),
        ("or write to jo_b @ protonmail, she answers", "jo_b @ protonmail"),
        ("mail siobhan.k at eircom if so", "siobhan.k at eircom"),
    ],
)
def test_a_bare_provider_after_an_address_is_an_email(text: str, email: str) -> None:
    assert email in _emails(text)


@pytest.mark.parametrize(
    "text",
    [
        "Don't look at me like that.",
        "My brother works at Sky and loves it.",
        "She was treated at Proton Beam Therapy Centre.",
        "We had a night at live music, then home.",
    ],
)
def test_a_provider_that_is_an_everyday_word_needs_an_address_shape(text: str) -> None:
    assert _emails(text) == []


def test_both_forms_read_the_same_list() -> None:
    # every provider makes a written-out address real, and every one is known bare
    for provider in MAIL_PROVIDERS:
        assert _real_obfuscation(f"jo at {provider}.com")
    assert "eircom" in MAIL_PROVIDERS and "proton" in MAIL_PROVIDERS
