"""Organisations named by what they do to the writer (employers_actors.py): the subject
of a payer's or landlord's verb, and the name after "my insurer is", "our landlord,",
"a claim with", "ordered from". Hard negatives: national bodies and regulators, people
and kin, everyday words, medicine (brands that read like names among them), German
nouns before a German verb, and clinical shorthand."""

from __future__ import annotations

import pytest

from app.profile import PrivacyProfile
from app.redact import detect
from app.redact.employers_actors import find
from app.redact.lexicon import default_lexicon

GB = PrivacyProfile(region="GB")


def actors(text: str) -> list[str]:
    return [s.text for s in find(text, default_lexicon())]


@pytest.mark.parametrize(
    "text,org",
    [
        ("Then Aetna denied it.", "Aetna"),
        ("Finally Bupa paid for the scan.", "Bupa"),
        ("Zenvia Health won't cover the colonoscopy.", "Zenvia Health"),
        ("Corlen Homes still haven't fixed the damp.", "Corlen Homes"),
        ("Die DAK hat den Antrag auf Reha abgelehnt.", "DAK"),
        ("Die Barmer zahlt das Mounjaro nicht.", "Barmer"),
        ("My insurer is WPA and they want the letter.", "WPA"),
        ("Our landlord, Brackley Estates, ignored the letter.", "Brackley Estates"),
        ("Filed a claim with Ardent Mutual for the ER visit.", "Ardent Mutual"),
        ("Ordered the strips from Medivo on Monday.", "Medivo"),
        ("Bei mir hat die TK die Pumpe nach 6 Wochen genehmigt.", "TK"),
        ("Heute zahlt die Debeka nur die Hälfte.", "Debeka"),
    ],
)
def test_organisation_by_what_it_does(text: str, org: str) -> None:
    assert org in actors(text), actors(text)


@pytest.mark.parametrize(
    "text",
    [
        "NHS won't fund it.",
        "DWP rejected my claim.",
        "Medicare paid for most of it.",
        "The FDA approved Leqembi.",
        "Humira approved for UC at last.",
        "Keytruda covered by the trial, Stelara denied.",
        "Dr Shah approved the referral.",
        "Sarah paid for lunch on Friday.",
        "Mum paid for the taxi.",
        "Insurance denied it.",
        "Work approved my leave.",
        "The OT approved the rails.",
        "My GP approved the referral.",
        "Monday denied, Tuesday approved.",
        "Bei mir wurde es nach 6 Wochen genehmigt.",
        "Die Krankenkasse zahlt die Reha vielleicht.",
        "Dann hat die Kasse die Reha genehmigt.",
        "Leider hat die Praxis nichts bezahlt.",
        "FSBS covered via sliding scale.",
        "Cover with adaptic, then cover with kling.",
        "We got Dulvaxo approved through the PBS.",
        "Had Zorvex covered after the appeal.",
    ],
)
def test_no_organisation_here(text: str) -> None:
    assert actors(text) == [], actors(text)


def test_the_drug_stays_and_the_payer_goes() -> None:
    spans = [s.text for s in detect("Then Aetna denied the Ozempic again.", GB)]
    assert "Aetna" in spans
    assert not any("Ozempic" in s for s in spans)
