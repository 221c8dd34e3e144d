"""German hospitals, practices and streets as one compound ("Marienhospital",
"Husemannplatz"), or a generic clinic word beside a town or a name ("Uniklinikum
Köln"). Hard negatives: the same words as common nouns ("die Uniklinik", "am
Arbeitsplatz", "Therapieplatz"), and doses and drugs beside them."""

from __future__ import annotations

import pytest

from app.profile import PrivacyProfile
from app.redact.engine import Detector
from app.redact.lexicon import default_lexicon
from app.redact.places_german import find


@pytest.fixture(scope="module")
def detector() -> Detector:
    return Detector()


def places(text: str) -> list[str]:
    return [s.text for s in find(text, default_lexicon())]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Er lag im Uniklinikum Köln auf Station.", "Uniklinikum Köln"),
        ("Termin im Annahospital am Montag.", "Annahospital"),
        ("Sofort ins Bergmannsheil Kinderklinik gefahren.", "Bergmannsheil Kinderklinik"),
        ("Die Apotheke am Lindenplatz hatte Mounjaro 5 mg da.", "Lindenplatz"),
        ("Dr. Kaya in der Praxis am Rathausplatz war nett.", "Praxis am Rathausplatz"),
        ("Reha in der Seeklinik hat geholfen.", "Seeklinik"),
        ("Die Physio ist in der Brunnengasse.", "Brunnengasse"),
        ("Er wurde ins Kantonsspital Aarau verlegt.", "Kantonsspital Aarau"),
        ("Die Ambulanz an der MHH ist super.", "MHH"),
        ("OP am UKSH, danach Ibuprofen 400 mg.", "UKSH"),
        ("Geburt im Agaplesion Krankenhaus Rotenburg.", "Agaplesion Krankenhaus Rotenburg"),
    ],
)
def test_named_german_places(text: str, place: str) -> None:
    assert place in places(text)


def test_named_german_places_survive_the_detector(detector: Detector) -> None:
    text = (
        "Biopsie im Marienhospital, dann Reha in der Seeklinik. Apotheke am Husemannplatz."
        " Er lag im Uniklinikum Köln."
    )
    spans = [s for s in detector.detect(text, PrivacyProfile()) if s.type == "PLACE"]
    for name in ("Marienhospital", "Seeklinik", "Husemannplatz", "Köln"):
        at = text.index(name)
        assert any(s.start <= at and at + len(name) <= s.end for s in spans), name


@pytest.mark.parametrize(
    "text",
    [
        "Ich war in der Uniklinik.",
        "Das Krankenhaus war voll, Ibuprofen 600 half.",
        "Wir gehen zur Hausarztpraxis.",
        "Ich bin am Arbeitsplatz umgekippt.",
        "Auf dem Heimweg wurde mir schwindelig.",
        "Wir warten auf einen Therapieplatz.",
        "In der Schmerzklinik lernt man viel.",
        "Er fährt über die Landstraße zur Arbeit.",
        "In der Kinderklinik Termin gehabt.",
        "Die Zahnarztpraxis war nett.",
        "Im MRT war nichts, im KH war es voll.",
        "Werte im TSH normal, Blutbild im CRP unauffällig.",
        "I take Humira and Stelara, and my rheumatologist is in Leeds.",
    ],
)
def test_german_common_nouns_are_no_places(text: str) -> None:
    assert places(text) == []


def test_a_drug_after_a_clinic_word_is_no_place() -> None:
    """A session-13 review: "Praxis Metformin" was taken as one place."""
    text = "Die Praxis Metformin verschrieben, 500 mg morgens."
    spans = Detector().detect(text, PrivacyProfile(region="DE"))
    assert not any(
        s.start < text.index("Metformin") + 9 and text.index("Metformin") < s.end for s in spans
    )


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Bring bitte das Ivabradin aus der Glückauf-Apotheke mit.", "Glückauf-Apotheke"),
        ("OP im Brustzentrum Holweide am 2. Dezember.", "Brustzentrum Holweide"),
    ],
)
def test_a_named_pharmacy_and_a_centre_by_its_district(text: str, place: str) -> None:
    assert place in places(text)


@pytest.mark.parametrize(
    "text",
    [
        "Ich bestelle alles bei der Versandapotheke.",  # a kind of pharmacy, no name
        "Im Einkaufszentrum war es voll.",
        "Das Brustzentrum hat angerufen.",  # a kind of centre, no town after it
    ],
)
def test_a_kind_of_pharmacy_or_centre_is_no_place(text: str) -> None:
    assert places(text) == []


def test_a_university_medicine_by_its_initials() -> None:
    text = "Seit der Thyreoidektomie an der UMG wegen Morbus Basedow."
    assert places(text) == ["UMG"]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Tante Hatice aus Marxloh hat Suppe gebracht.", "Marxloh"),
        ("Meine Freundin Ngozi aus Porz sitzt mit mir die Stunde ab.", "Porz"),
        ("Er geht jeden Freitag in die Merkez-Moschee und betet.", "Merkez-Moschee"),
    ],
)
def test_where_a_relative_or_a_named_friend_is_from(text: str, place: str) -> None:
    assert place in places(text)


@pytest.mark.parametrize(
    "text",
    [
        "Weil Tante Rosi aus Angst nichts gesagt hat.",
        "Oma aus Versehen die doppelte Dosis gegeben.",
        "Der Wirkstoff aus Humira wird als Biosimilar nachgebaut.",
    ],
)
def test_why_or_what_after_aus_is_no_place(text: str) -> None:
    assert places(text) == []
