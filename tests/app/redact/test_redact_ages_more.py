"""Ages the cue finders leave out (app/redact/ages_more.py): German decades of life
("mit Anfang 40", "ein Mittfünfziger", "in den Vierzigern"), "wird 90 am Sonntag",
"seit meinem 12. Lebensjahr", a birthday by its ordinal ("happy 60th", "Mele's 21st")
and text-speak without an apostrophe ("shes 9 nxt month"). Their look-alikes stay:
a year ("Anfang 2020"), doses and counts after "wird", scores ("7 von 10"), weeks of
pregnancy, an anniversary, the third infusion."""

from __future__ import annotations

import pytest

from app.profile import EMPTY_PROFILE, PrivacyProfile
from app.redact.engine import detect
from app.redact.spans import SpanType

_DE = PrivacyProfile.from_eval({"region": "DE"})


def _ages(text: str, profile: PrivacyProfile = EMPTY_PROFILE) -> list[str]:
    return [s.text for s in detect(text, profile) if s.type is SpanType.AGE]


@pytest.mark.parametrize(
    ("text", "age"),
    [
        ("Ich bin mit Anfang 40 an Gürtelrose erkrankt.", "Anfang 40"),
        ("Mama ist Mitte siebzig und nimmt Ramipril 5 mg.", "Mitte siebzig"),
        ("Mit Ende zwanzig kam die Diagnose Morbus Crohn.", "Ende zwanzig"),
        ("Ein Mittfünfziger mit Diabetes Typ 2, HbA1c 8,1.", "Mittfünfziger"),
        ("Er ist in den Vierzigern und hat Asthma.", "Vierzigern"),
        ("Oma Gesche wird 90 am Sonntag.", "90"),
        ("Papa wurde gestern 85, trotz Herzinsuffizienz.", "85"),
        ("Migräne seit meinem 12. Lebensjahr.", "12"),
        ("mit neunzehn kam die Diagnose.", "neunzehn"),
    ],
)
def test_found_german(text: str, age: str) -> None:
    assert age in _ages(text, _DE), _ages(text, _DE)


@pytest.mark.parametrize(
    ("text", "age"),
    [
        ("happy 60th mum! still on the Eliquis", "60th"),
        ("Mele's 21st was on the weekend and I managed the whole night.", "21st"),
        ("her 50th is next week and she's on Humira", "50th"),
        ("shes 9 nxt month n still on Ventolin", "9"),
        ("hes 12 n has T1D, Novorapid 4 units", "12"),
        ("DS1 is 9 and has asthma, on Clenil 100.", "9"),
        ("DH was 45 when the gout started.", "45"),
        ("beta 7 saal ka hai, asthma hai, Budecort 200", "7"),
        ("My son het Type 1 sedert hy ses was, Lantus 12 units.", "ses"),
        ("Sy is sewe jaar oud en gebruik Ventolin.", "sewe"),
        ("our Jade's 16 on Sunday and still on Fostair", "16"),
        ("me nan's 80 next week, INR 2.4", "80"),
        ("my octogenarian dad is on Apixaban 5mg", "octogenarian"),
    ],
)
def test_found(text: str, age: str) -> None:
    assert age in _ages(text), _ages(text)


@pytest.mark.parametrize(
    ("text", "profile"),
    [
        ("Anfang 2020 ging es los mit dem Methotrexat.", _DE),
        ("Die Dosis wird 5 mg, der Wert wurde 90 %.", _DE),
        ("Schmerzen 7 von 10, Ende 30 Tage Pause.", _DE),
        ("Sie kam mit zwanzig Tabletten nach Hause.", _DE),
        ("DS1 is 9 weeks old today and DD2 is 40 percent.", EMPTY_PROFILE),
        ("Happy 25th anniversary to us, Humira day too.", EMPTY_PROFILE),
        ("her 3rd infusion of Entyvio 300mg went fine", EMPTY_PROFILE),
        ("shes 9 weeks pregnant and on Cyclizine 50mg", EMPTY_PROFILE),
        ("my dad's 5mg of Ramipril and my mum's 2 tablets", EMPTY_PROFILE),
        ("Type 1 since forever, stage 3 CKD, PHQ-9 of 14, E11.9", EMPTY_PROFILE),
    ],
)
def test_not_an_age(text: str, profile: PrivacyProfile) -> None:
    assert _ages(text, profile) == [], _ages(text, profile)
