"""Medicine kept by general shapes, not by the words of one sentence: a brand's second
word ("Femoston Conti", "Sudafed Max") and the strength after it; a word a listed drug
was swapped to or from, or weighed against ("from Qentavy to Ocrevus", "better than
ibuprofen"); what someone is allergic to, reacts to, uses, rubs in or asks about ("Does
Calmera cause weight gain?"); a maker named as the maker of the product before it
("Comirnaty from Pfizer"); a dose before its form ("one 10 wafer") or its unit in
words ("9 millimetres"); a limit "it" crosses or is kept under ("if it passes 39",
"want it under 7"); a dose one is on ("was on 80 but now 40"), a weight, the place in a
course ("jab 5"); a test written as lab reports write it ("anti-HBc is 8", "TgAb 40").
The same frames around people, places, ages and workplaces leave them identifiers."""

from __future__ import annotations

import pytest

from app.profile import EMPTY_PROFILE
from app.redact.engine import Detector
from app.redact.lexicon import default_lexicon
from app.redact.medical import medical_number_ranges
from app.redact.medical_brand_words import strength_ranges


@pytest.fixture(scope="module")
def detector() -> Detector:
    return Detector()


def _covered(detector: Detector, text: str, word: str) -> bool:
    start = text.index(word)
    end = start + len(word)
    return any(s.start < end and start < s.end for s in detector.detect(text, EMPTY_PROFILE))


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # the second word of a listed brand, a name or surname alone
        ("Week two of Femoston Conti and the spotting has stopped.", "Conti"),
        ("The chemist sold me Nurofen Junior for the little one.", "Junior"),
        ("Sudafed Max did nothing for the blocked nose.", "Max"),
        # swapped to or from a listed drug
        ("Moved from Qentavy twice a week to Ocrevus.", "Qentavy"),
        ("They swapped my Fostair for Brimzora last month.", "Brimzora"),
        # what one is allergic to
        ("Turns out he is allergic to Plavrex, so no more of that.", "Plavrex"),
        ("She had a reaction to Dulvaxo and came out in hives.", "Dulvaxo"),
        ("I react really badly to Calmera, so never again.", "Calmera"),
        # used, rubbed in, stopped, asked about, weighed against a listed drug
        ("I use Zorvane every night before bed.", "Zorvane"),
        ("Rubbing Dermalin into my knees twice a day.", "Dermalin"),
        ("Does Calmera cause weight gain?", "Calmera"),
        ("Is Dermalin safe in pregnancy?", "Dermalin"),
        ("Is Zorvane any better than ibuprofen?", "Zorvane"),
        ("The GP said naproxen instead of Calmera for now.", "Calmera"),
        ("Day two of Zorvane and no change.", "Zorvane"),
        # a maker after its product
        ("My second dose was Comirnaty from Pfizer.", "Pfizer"),
        # a dose before its form
        ("Take one 10 wafer under the tongue when it starts.", "10"),
        # a limit "it" crosses, a test in lab letters
        ("Ring the ward if it climbs past 38 again.", "38"),
        ("Sugar was fine, the nurse said call if it drops below 4.", "4"),
        ("My anti-HBc is 8 now, the hepatologist says that is old news.", "8"),
        ("TgAb 40 and rising, so another scan.", "40"),
        # a target for "it", a dose one is on, a weight, a place in a course, a size
        ("They want it under 7.", "7"),
        ("He was on 80 but now 40 and the cramps have gone.", "40"),
        ("Weighed in at 62.", "62"),
        ("Jab 5 today, the site is sore.", "5"),
        ("Nodule is 9 millimetres.", "9"),
        # brands that look like names, beside the new shapes
        ("Keytruda every three weeks, Stelara for the skin, Humira before that.", "Stelara"),
    ],
)
def test_medicine_is_kept(detector: Detector, text: str, word: str) -> None:
    assert not _covered(detector, text, word)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # people after a brand with punctuation, a role or a verb of people between
        ("I take Humira. Sarah said it would help.", "Sarah"),
        ("Physio Dave said the knee is healing.", "Dave"),
        ("Nurse Kemi took my bloods on Monday.", "Kemi"),
        ("I take Calpol Max said it was fine to.", "Max"),
        ("I told Dr Max about the Humira.", "Max"),
        # from ... to between places, wards and towns
        ("We drove from Leeds to Harrogate for the scan.", "Harrogate"),
        ("They moved Dad from ICU to Derriford overnight.", "Derriford"),
        # allergic to someone's pet
        ("I'm allergic to Kelani's cat, so I can't visit.", "Kelani"),
        # people in the frames of using, asking and comparing
        ("I use Kelani's car on Fridays.", "Kelani"),
        ("Is Kelani safe in Durban after the floods?", "Kelani"),
        ("Zanele went off Thabo after the party.", "Thabo"),
        ("Tom is better than Kelani at chess.", "Kelani"),
        # the maker as a workplace
        ("My sister works at Pfizer in Sandwich.", "Pfizer"),
        ("A rep from Pfizer came to the surgery.", "Pfizer"),
        # ages near the new number shapes
        ("My son turns 6 next week and he still has eczema.", "6"),
        ("She turns 40 in Ohio and it hits hard.", "40"),
        ("My boy is 9, his temp is 38 and it passes 39 at night.", "9"),
        ("JoAnn is 6 and already on an inhaler.", "6"),
        ("My DH is 40 and has Crohn's.", "40"),
        ("I'm on 6 weeks of sick leave and my son is 6.", "son is 6"),
        ("She is 40 and I'm on 15 a day.", "40"),
    ],
)
def test_identifier_stays(detector: Detector, text: str, word: str) -> None:
    assert _covered(detector, text, word)


def test_threshold_and_test_shapes_are_readings() -> None:
    text = "Call if it goes above 10; anti-HBs is 6; DS1 is 6; McKay was 7 on Tuesday."
    found = {text[a:b] for a, b in medical_number_ranges(text)}
    assert "10" in found
    assert text.index("6") in {a for a, _ in medical_number_ranges(text)}
    second_six = text.index("6", text.index("DS1"))
    assert second_six not in {a for a, _ in medical_number_ranges(text)}
    assert "7" not in found


def test_strength_after_a_brand_two_words() -> None:
    lex = default_lexicon()
    text = "Femoston Conti 75 now; Tom Jones 50 times; Uncle Bob 40; Humira Pen 40 weekly."
    found = {text[a:b] for a, b in strength_ranges(text, lex)}
    assert found == {"75", "40"}
    assert text.index("40 weekly") in {a for a, _ in strength_ranges(text, lex)}


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # a word no list knows acting on a symptom
        ("Zorvane helps a lot with the itching.", "Zorvane"),
        ("Calmera gave me terrible headaches.", "Calmera"),
        # what a drug does or leaves, what one waits for
        ("Rash from Zorvane all over my arms.", "Zorvane"),
        ("Withdrawal from Velmora is brutal.", "Velmora"),
        ("Waiting for Dermalin approval from the insurer.", "Dermalin"),
        # an app one books through or messages on
        ("Booked the appointment through Patchs.", "Patchs"),
        ("Messaged the nurse on Accurx.", "Accurx"),
        # a list under a label of medicines, one run out of or forgotten, one that did nothing
        ("My meds: Zorvane, Calmera and Dermalin.", "Calmera"),
        ("Tried everything (Zorvane, Calmera, Dermalin).", "Dermalin"),
        ("Ran out of Zorvane on Sunday.", "Zorvane"),
        ("Forgot my Zorvane again.", "Zorvane"),
        ("Zorvane made no difference.", "Zorvane"),
        ("Zorvane 40 each morning.", "40"),
        # a vitamin written short, conditions and tests in British spelling
        ("Vit D 25 so on a loading dose.", "Vit"),
        ("Haematuria was the first sign.", "Haematuria"),
        ("Dysmenorrhoea was worse this cycle.", "Dysmenorrhoea"),
        ("Mammogram was clear, thank God.", "Mammogram"),
    ],
)
def test_unknown_medicine_by_what_it_does(detector: Detector, text: str, word: str) -> None:
    assert not _covered(detector, text, word)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Thabo helped with my move.", "Thabo"),
        ("Kelani gave me a lift to the clinic.", "Kelani"),
        ("Kelani gave me my injection.", "Kelani"),
        ("Nothing from Kelani since Monday.", "Kelani"),
        ("I track my walks in Kemble.", "Kemble"),
        ("Vit said hello from Brno.", "Vit"),
        ("My kids: Thabo, Kelani and Zanele.", "Kelani"),
        ("I missed my Kelani so much.", "Kelani"),
        ("She was 40 each time we met.", "40"),
        ("Dr Haemish was there for the scan.", "Haemish"),
    ],
)
def test_people_and_places_in_those_frames_stay(detector: Detector, text: str, word: str) -> None:
    assert _covered(detector, text, word)
