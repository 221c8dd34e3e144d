"""Medicine the lists do not know, kept by the frame it is taken in ("Day 3 of
Zelvoxa", "doing better on Norvexa", "the Tavlexa is working", "hat mir Norvexa
verschrieben"), by German shapes ("Spironolacton", "Mononukleose"), an eponym without
its disease word ("Mum had Gilbert's too"), by a condition's acronym before a noun of care ("the
MS nurse"), and a profile name that is also a brand used as the brand ("me on Stelara
for my Crohn's"). People, places and ages in the same frames stay identifiers."""

from __future__ import annotations

import pytest

from app.profile import EMPTY_PROFILE, PrivacyProfile
from app.redact.engine import Detector
from app.redact.medical import medical_number_ranges


@pytest.fixture(scope="module")
def detector() -> Detector:
    return Detector()


def _covered(detector: Detector, text: str, word: str, profile=EMPTY_PROFILE) -> bool:
    start = text.index(word)
    end = start + len(word)
    return any(s.start < end and start < s.end for s in detector.detect(text, profile))


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Day 3 of Zelvoxa and the nausea is real.", "Zelvoxa"),
        ("Week 6 on Brimzora, joints are calmer.", "Brimzora"),
        ("Mum is doing better on Norvexa now.", "Norvexa"),
        ("the Tavlexa is working better than i thought", "Tavlexa"),
        ("Insurance finally approved Qentavy!", "Qentavy"),
        ("Side effects from Dulvaxo were awful for the first week.", "Dulvaxo"),
        ("Anyone else on Ximora for migraines?", "Ximora"),
        ("The Plavrex made me feel shaky all night.", "Plavrex"),
        ("Lumeqra has been a game changer for me.", "Lumeqra"),
        ("Der Arzt will das Spironolacton absetzen.", "Spironolacton"),
        ("Seit der Mononukleose hat sie keine Kraft.", "Mononukleose"),
        ("Will anyone be at the MS coffee morning in Ennis?", "MS"),
        ("Teilzeit wegen der MS. Ocrevus gibt es alle 6 Monate.", "Ocrevus"),
        ("In the US they call it Percocet, I think.", "Percocet"),
        ("Seit März nehme ich Zelvoxa und es geht besser.", "Zelvoxa"),
        ("Mein Arzt hat mir Norvexa verschrieben.", "Norvexa"),
        ("Hat jemand Erfahrung mit Tavlexa?", "Tavlexa"),
        ("my Brimzora shipment is late again", "Brimzora"),
        ("Is Qentavy worth it? Doc says yes.", "Qentavy"),
        ("We got Dulvaxo approved through the PBS.", "Dulvaxo"),
        ("Dr Patel put Dad on Ximora.", "Ximora"),
        ("My GP switched me to Cortivan yesterday.", "Cortivan"),
        ("Die Apotheke hatte Vendiza nicht vorrätig.", "Vendiza"),
        ("The pharmacy was out of Raxolin again.", "Raxolin"),
        ("Die Apotheke hatte Paspertin nicht vorrätig.", "Paspertin"),
        ("Mum had Gilbert's too.", "Gilbert"),
        ("Living with Schirmer's and POTS.", "Schirmer"),
        ("So it turns out it's Sever's, not a sprain.", "Sever"),
        ("Doing much better on Veltrana, 40mg at night.", "Veltrana"),
        ("Dad had Paget's too, so they scanned his hips.", "Paget"),
        ("The rheumatologist thinks it's Still's, not a virus.", "Still"),
    ],
)
def test_medicine_in_its_frame_is_kept(detector: Detector, text: str, word: str) -> None:
    assert not _covered(detector, text, word)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Day 3 of Kelani's visit and we are all tired.", "Kelani"),
        ("Anyone else on Tamsin's team at work?", "Tamsin"),
        ("Insurance approved Thandiwe's claim at last.", "Thandiwe"),
        ("Mum is doing better on Tuesday, says Zanele.", "Zanele"),
        ("Anyone from Dunlavin here?", "Dunlavin"),
        ("feb 14 - just the infusion chair at the PA lol. Skyrizi loading dose #2.", "PA"),
        ("Juliusz A Kwiatkowski lives at 12 Mill Lane.", "A"),
        ("Tom was 45 when his heart rate went up by 30.", "45"),
        ("Ambrose has Humira on Tuesdays.", "Ambrose"),
        ("Dinner at Gilbert's after my Keytruda infusion.", "Gilbert"),
        ("I have Gilbert's number for the Stelara nurse.", "Gilbert"),
        ("Is Kelani coming to Texas with us?", "Kelani"),
        ("The pharmacist Kelani gave me my Humira.", "Kelani"),
        ("Work switched me to the Dunlavin branch after my Keytruda.", "Dunlavin"),
        ("Mum asked if Tavi could help with the Ozempic pens.", "Tavi"),
        # "better on" takes a brand-like word or a dosed one, not an island or a town.
        ("Life is so much better on Motuihe since we moved.", "Motuihe"),
        ("Gran is doing well on Tarakohe, the sea air helps her asthma.", "Tarakohe"),
        ("Mum says life is better on Inishbofin than in town.", "Inishbofin"),
        ("Anyone else on Motuihe this weekend? The ferry is full.", "Motuihe"),
        ("Life is so much better on Quazeni Island, no traffic.", "Quazeni"),
        # A possessive after "it's" or "had" is a disease only if it is a listed one.
        ("We hosted Easter last time, so this year it's Kagiso's.", "Kagiso"),
        ("The twins stayed over on Friday and Mum had Nomvula's too.", "Nomvula"),
        ("My turn for the school run, then it's Ayanda's.", "Ayanda"),
    ],
)
def test_people_and_places_in_the_same_frames_stay(
    detector: Detector, text: str, word: str
) -> None:
    assert _covered(detector, text, word)


_STELARA = PrivacyProfile.from_eval({"people": ["Stelara"]})


@pytest.mark.parametrize(
    "text",
    [
        "My GI wants me on Stelara for my Crohn's.",
        "Stelara 90mg every 8 weeks.",
        "Side effects of Stelara are mild so far.",
    ],
)
def test_profile_name_that_is_a_brand_is_kept_as_the_brand(detector: Detector, text: str) -> None:
    assert not _covered(detector, text, "Stelara", _STELARA)


@pytest.mark.parametrize(
    "text",
    [
        "My girl Stelara is 9 today.",
        "Took Stelara to school then the GP.",
        "Stelara and I went swimming after her Humira shot.",
    ],
)
def test_profile_person_named_like_a_brand_stays(detector: Detector, text: str) -> None:
    assert _covered(detector, text, "Stelara", _STELARA)


@pytest.mark.parametrize(
    ("text", "reading"),
    [
        ("heart rate went up by 45 on the tilt table", "45"),
        ("my CRP rose to 88 overnight", "88"),
        ("weight dropped to 61 kg", "61"),
    ],
)
def test_a_reading_that_moved_is_medicine(text: str, reading: str) -> None:
    at = text.index(reading)
    assert any(a <= at < b for a, b in medical_number_ranges(text))


@pytest.mark.parametrize(
    ("text", "number", "is_reading"),
    [
        ("The hospital checks my ESR every 3 months, last one 12.", "12", True),
        ("Ferritin is checked monthly, latest was 9.", "9", True),
        ("My son was 12 last time we went.", "12", False),
        ("My CRP was high last 12 March.", "12", False),
        ("CRP every week, last one 3 weeks ago.", "3", False),
    ],
)
def test_the_latest_of_a_test_named_before_is_a_reading(
    text: str, number: str, is_reading: bool
) -> None:
    at = text.index(number)
    assert any(a <= at < b for a, b in medical_number_ranges(text)) is is_reading


@pytest.mark.parametrize(
    "text,code",
    [
        ("Randomised to TAK-279 or placebo, won't know till the end.", "TAK-279"),
        ("I'm in the phase 2 trial for PF-07081532 at the university site.", "PF-07081532"),
        ("I was randomised to LY 3437943 in March.", "LY 3437943"),
    ],
)
def test_a_development_code_is_the_trial_drug(detector: Detector, text: str, code: str) -> None:
    assert not _covered(detector, text, code)


@pytest.mark.parametrize(
    "text,value",
    [
        ("Participant ID PF-07081532 on the form.", "PF-07081532"),
        ("Policy PF12345678 renewed.", "PF12345678"),
        ("Participant TAK-279 was me.", "TAK-279"),
    ],
)
def test_a_labelled_or_long_code_is_still_an_id(detector: Detector, text: str, value: str) -> None:
    assert _covered(detector, text, value)


@pytest.mark.parametrize(
    ("text", "number", "is_reading"),
    [
        ("His CRP was 3.7 (normal under 5).", "5", True),
        ("Ferritin 9, normal range 30-400.", "30-400", True),
        ("Target is below 7 for my A1c.", "7", True),
        ("My age range is 40-50.", "40-50", False),
        ("I referred 12 people to the group.", "12", False),
    ],
)
def test_a_reference_range_is_medicine(text: str, number: str, is_reading: bool) -> None:
    at = text.index(number)
    assert any(a <= at < b for a, b in medical_number_ranges(text)) is is_reading


@pytest.mark.parametrize(
    ("text", "word", "kept"),
    [
        ("They want LFTs a week before so bloods on the 7th.", "LFTs", True),
        ("Two ECGs and a Holter, all clear.", "ECGs", True),
        ("Priya and Jess came to the infusion.", "Jess", False),
    ],
)
def test_a_plural_acronym_is_the_test(detector: Detector, text: str, word: str, kept: bool) -> None:
    assert _covered(detector, text, word) is not kept
