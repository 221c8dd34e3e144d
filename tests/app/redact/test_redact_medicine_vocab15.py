"""Conditions, markers, German and Dutch care words, dressings and implanted devices
that no list held used to be guessed as names at a sentence's start or before a number
("Pemphigus vulgaris, Dsg3 168", "Kreatinin 7,8", "HeartMate 3"): they stay in the post,
while the people, places and organisations beside them stay hidden."""

from __future__ import annotations

import pytest

from app.redact.engine import Detector
from app.redact.lexicon import default_lexicon
from app.redact.lexicon_sources import more_medical_terms
from app.redact.normalise import fold_term
from tests.support.redact_posts import detector as shared_detector
from tests.support.redact_posts import types_at as _types


@pytest.fixture(scope="module")
def detector() -> Detector:
    return shared_detector()


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Pemphigus vulgaris, Dsg3 antibody 168. Back from Lilavati Hospital.", "Pemphigus"),
        ("Perimenopause is awful. Sleeping three hours a night.", "Perimenopause"),
        ("Genotype 1a, viral load 2.3 million, clinic on Monday.", "Genotype"),
        ("Chitotriosidase dropped a lot since the infusions.", "Chitotriosidase"),
        ("Strep throat again, third time this winter.", "Strep"),
        ("Kreatinin 7,8, zu hoch. Dialyse dreimal die Woche.", "Kreatinin"),
        ("Bluthochdruck seit Jahren, jetzt noch Amlodipin dazu.", "Bluthochdruck"),
        ("Herzinsuffizienz, NYHA III, neue Tabletten seit Mai.", "Herzinsuffizienz"),
        ("Oupa se suiker was hoog vanmiddag.", "suiker"),
        ("Got his LVAD (HeartMate 3) in January, the controller beeps all night.", "HeartMate"),
        ("Mepilex on the heel and off the chair two hours a day.", "Mepilex"),
        ("Optune every day for 18 hours, the pads itch.", "Optune"),
        ("Ran out of NovoFine needles again.", "NovoFine"),
        ("Addisonians, how do you carry your emergency kit?", "Addisonians"),
        ("Isotroin side effects are real, lips cracked.", "Isotroin"),
        ("Meningioma is benign, the surgeon says.", "Meningioma"),
    ],
)
def test_medicine_stays(detector: Detector, text: str, word: str) -> None:
    assert _types(detector, text, word) == []


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # people beside the new words, brands that look like names, weekdays, countries
        ("Mepilex on the heel. Nomvula is the wound nurse, she's 48.", "Nomvula"),
        ("Pemphigus flare again. Mbali brought cream on Tuesday.", "Mbali"),
        ("Kreatinin 2,1 heute. Jürgen holt mich um 5 ab.", "Jürgen"),
        ("Strep throat again. Living in Rotorua since March.", "Rotorua"),
        ("Started Humira on Monday. Humaira gave me a lift.", "Humaira"),
        ("Keytruda cycle 4, Stelara for him. Keturah came along.", "Keturah"),
        ("Genotype results tomorrow. Genevieve will drive me from Kenya.", "Genevieve"),
        ("Optune every day. Otis plays for Sebastopol on Saturdays.", "Otis"),
        ("HeartMate 3 at Cleveland Clinic. My son Kyle is 34.", "Kyle"),
        ("Suiker 22 vanmiddag. Sunette het gebel uit Pretoria.", "Pretoria"),
        ("Meningioma is benign, Dr Oyelaran says.", "Oyelaran"),
        # words left off the list because reviewers' traps use them as names
        ("After the scan Lyse bought me chips.", "Lyse"),
        ("Aveeno said she'd come at 8.", "Aveeno"),
    ],
)
def test_people_and_places_beside_them_stay_hidden(
    detector: Detector, text: str, word: str
) -> None:
    assert _types(detector, text, word) != []


def test_no_foreign_spelling_folds_onto_an_everyday_word() -> None:
    """The lexicon keys fold accents, so 'cáncer' would have made every 'Cancer'
    ('Saskatoon Cancer Centre') a medical word and released part of a centre's name."""
    lex = default_lexicon()
    common = {w for w in more_medical_terms() if lex.zipf_of(fold_term(w)) >= 4.5}
    assert common == set()
