"""Review 15's organisation findings (6-10): frames that took medicine, an adverb, a
department or a German noun for a firm. Each case names words that must stay readable
and, beside them, the firms, people and places that must still be hidden."""

from __future__ import annotations

import pytest

from app.profile import EMPTY_PROFILE
from app.redact.engine import Detector


@pytest.fixture(scope="module")
def detector() -> Detector:
    return Detector()


def _hidden(detector: Detector, text: str) -> list[str]:
    return [s.text for s in detector.detect(text, EMPTY_PROFILE)]


def _covered(detector: Detector, text: str, word: str) -> bool:
    k = text.index(word)
    return any(s.start < k + len(word) and k < s.end for s in detector.detect(text, EMPTY_PROFILE))


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # 6: lower-case listed firms of three letters or fewer are medicine's shorthand
        ("results from cvs came back low risk", "cvs"),
        ("trial with scs next month", "scs"),
        ("started with nab-paclitaxel", "nab-paclitaxel"),
        ("called the clinic with cvs results, all fine", "cvs"),
        ("the cvs results came back and the Humira can start", "cvs"),
        # 7: a sentence adverb, a condition or a product in an owned frame
        ("Thankfully, my insurer paid for the MRI.", "Thankfully"),
        ("Luckily, my union rep came", "Luckily"),
        ("Sadly, our landlord won't fit the rails", "Sadly"),
        ("Unfortunately, my employer wants a fit note for the Humira days.", "Unfortunately"),
        ("Honestly, my landlord has been fine about the wheelchair.", "Honestly"),
        ("Rang the Menopause helpline", "Menopause"),
        ("Called the Dementia helpline about Mum's donepezil.", "Dementia"),
        ("The Diabetes helpline explained the Libre sensor.", "Diabetes"),
        ("Sent the MED3 form to HR", "MED3"),
        ("Filled in the SC1 form after the Stelara started.", "SC1"),
        ("My Dexcom Clarity account", "Clarity"),
        ("The Dexcom Clarity app shows lows after the Keytruda.", "Clarity"),
        # 8: a German noun in a German payer frame, whatever made the frame
        ("Die Kasse zahlt das Ozempic nicht.", "Kasse"),
        # 9: what a German therapy or visit is for is no owner
        ("Heute Physiotherapie Knie, danach Ibuprofen.", "Physiotherapie"),
        ("Morgen Physiotherapie Rücken und Lymphdrainage.", "Physiotherapie"),
        ("Ergotherapie Hand, 45 Minuten", "Ergotherapie"),
        ("Logopädie Schlucken.", "Logopädie"),
        ("Praxis Hausarzt, Blutdruck 140/90", "Hausarzt"),
        ("Café Latte und Croissant", "Latte"),
        ("Physiotherapie Schulter, dann Voltaren.", "Physiotherapie"),
        ("Praxis Zahnarzt, Blutdruck 130/80.", "Praxis"),
        # 10: a dose or a department as a payer's subject
        ("Basal covered the night, Tresiba 18.", "Basal"),
        ("Correction covered it, Fiasp 2u.", "Correction"),
        ("Triage put me on hold", "Triage"),
        ("Outpatients rehoused the clinic", "Outpatients"),
        ("Admissions put me on hold for an hour before the Humira infusion.", "Admissions"),
    ],
)
def test_no_firm_here(detector: Detector, text: str, kept: str) -> None:
    assert not _covered(detector, text, kept), _hidden(detector, text)


@pytest.mark.parametrize(
    ("text", "hidden"),
    [
        # the frames still name firms, next to medicine, weekdays and countries
        ("Discovery declined my Ozempic again.", "Discovery"),
        ("Vitality covered the Humira on Monday.", "Vitality"),
        ("Die Barmer zahlt das Ozempic nicht.", "Barmer"),
        ("Meridian (my insurer) paid for the MRI.", "Meridian"),
        ("Thankfully, Meridian, my insurer, paid for the Keytruda.", "Meridian"),
        ("Apex, my employer, let me work from home after chemo.", "Apex"),
        ("Spent an hour on the Unity helpline about my insulin pump.", "Unity"),
        ("My Brisvale account shows the Stelara claim.", "Brisvale"),
        ("Rang aviva about the Humira claim on Tuesday.", "aviva"),
        ("on hold with medibank about the Keytruda", "medibank"),
        # short lower-case firms still hidden where only a firm fits
        ("insured with aok since 2019, Metformin 500 mg", "aok"),
        ("rang axa about the Keytruda on Monday", "axa"),
        ("my axa claim for the Stelara was denied", "axa"),
        ("rang cvs about my Humira refill", "cvs"),
        ("Physiotherapie Kessler, danach Ibuprofen.", "Kessler"),
        ("Praxis Dr. Hand, Blutdruck 140/90", "Hand"),
        ("Bäckerei Schulze am Markt, dann Ramipril.", "Schulze"),
        ("Imbiss Yilmaz in Frankreich, Ibuprofen 400.", "Yilmaz"),
    ],
)
def test_firm_still_hidden(detector: Detector, text: str, hidden: str) -> None:
    assert _covered(detector, text, hidden), _hidden(detector, text)
