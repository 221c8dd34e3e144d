"""Ages in written shapes the cue finders left out (``ages_written``), with the doses,
durations, pregnancies and readings beside them that must stay, and the names and
places beside them that must stay hidden."""

from __future__ import annotations

import pytest

from app.profile import PrivacyProfile
from app.redact import SpanType, detect

GB = PrivacyProfile(region="GB")


def ages(text: str) -> list[str]:
    return [s.text for s in detect(text, GB) if s.type is SpanType.AGE]


def hidden(text: str) -> list[str]:
    return [s.text for s in detect(text, GB)]


@pytest.mark.parametrize(
    "text,age",
    [
        ("DS is 18mo and teething.", "18mo"),
        ("our 9mo is on Neocate", "9mo"),
        ("she is 6mths and on Gaviscon", "6mths"),
        ("my daughter, 15 mo, has eczema", "15 mo"),
        ("my LO (18 months) has eczema", "18 months"),
        ("He's 2.5 yrs and has eczema.", "2.5"),
        ("she is 3.5 years and has asthma", "3.5"),
        ("my 4.5yo has eczema", "4.5"),
        ("at 15 months she was diagnosed with CF", "15 months"),
        ("a teenager of 15 shouldn't need statins", "15"),
        ("a girl of twelve with migraines", "twelve"),
        ("baby of 6 months has a cough", "6 months"),
        ("at the ripe old age of 30 I got shingles", "30"),
        ("DS1 (10) and DS2 (6) both have a nut allergy", "10"),
        ("DS1 (10) and DS2 (6) both have a nut allergy", "6"),
        ("DS 7 and DD 5 have colds", "5"),
        ("a 60+ woman with knee pain", "60+"),
        ("34yof with pcos", "34yof"),
        ("m, 63 - prostate cancer, PSA 8.2.", "63"),
        ("Alter: 52, Diagnose: Psoriasis.", "52"),
        ("I'm on the wrong side of 40 with arthritis", "40"),
        ("diagnosed @ 19 with MS", "19"),
        ("8y3m boy with asthma", "8y3m"),
        ("Miss 4 has croup again", "4"),
        ("my 5 years son has fever", "5"),
        ("65 yrs female with diabetes", "65"),
        ("mit drei Jahren bekam sie Asthma", "drei Jahren"),
        ("mein Sohn ist vier und hat Asthma", "vier"),
        ("ich bin 34jährig und habe MS", "34jährig"),
        ("Ü40 und MS, wer noch?", "Ü40"),
        ("newborn (3 days old) has jaundice", "3 days"),
        ("a 5wk old with colic", "5wk"),
        ("he turned one in hospital", "one"),
        ("at 15 or 16 I got sick", "15 or 16"),
        ("around 15 when it started", "15"),
        ("ich war 15, als es anfing", "15"),
    ],
)
def test_written_ages_are_found(text: str, age: str) -> None:
    assert age in ages(text)


@pytest.mark.parametrize(
    "text",
    [
        "for 6 mths on Humira",
        "every 3mo I see the rheumatologist",
        "3 mths ago I started Stelara",
        "I waited 18 months for the op",
        "a dose of 40 mg",
        "a man of 60 kg",
        "at 6 months pregnant I had GD",
        "follow-up at 3 months, she said fine",
        "I'm 2.5 years into treatment",
        "2.5 years ago I got diagnosed",
        "on 2.5 mg of bisoprolol",
        "2.5 yrs on Keytruda",
        "the page turned three times",
        "Miss 2 doses of Humira and it flares",
        "DS 7 tablets left",
        "8 weeks pregnant and on folic acid",
        "born at 32 weeks",
        "PHQ-9 of 14",
    ],
)
def test_durations_doses_and_readings_are_not_ages(text: str) -> None:
    assert ages(text) == []


@pytest.mark.parametrize(
    "text,medicine",
    [
        ("DS is 18mo and on Stelara now", "Stelara"),
        ("our 9mo had Humira 20 mg", "20 mg"),
        ("a girl of 12 on Keytruda", "Keytruda"),
    ],
)
def test_medicine_beside_an_age_stays(text: str, medicine: str) -> None:
    assert not any(medicine in s for s in hidden(text))


@pytest.mark.parametrize(
    "text,name",
    [
        ("Priya, a girl of 12, on Humira 40 mg", "Priya"),
        ("DS1 (10) and Oisín went to Dunlavin on Monday", "Oisín"),
        ("Miss 4 and Thandiwe saw Dr Okafor in Tamworth", "Okafor"),
    ],
)
def test_names_beside_an_age_stay_hidden(text: str, name: str) -> None:
    assert any(name in s for s in hidden(text))
