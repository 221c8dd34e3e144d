"""Scales, tests, devices and operations named after people (``medical_graded``,
``medical_possessives``, ``medical_operations``), and medicine a late step brought back
(``medical_last``): the medicine stays in the post, the people and places beside it
do not."""

from __future__ import annotations

import pytest

from tests.support.redact_posts import spans, untouched


@pytest.mark.parametrize(
    ("text", "term"),
    [
        ("I'm 30, Hurley stage II, and the biologic finally helps.", "Hurley stage II"),
        ("Right side, House-Brackmann grade IV at the start.", "House-Brackmann grade IV"),
        ("The scope showed Rutgeerts i2 at the join.", "Rutgeerts i2"),
        ("Typhoid again, Widal positive. Resting now.", "Widal positive"),
        ("Tzanck positive, so acyclovir it is.", "Tzanck positive"),
        ("They fund Herceptin for HER2-positive disease now.", "HER2-positive"),
        ("Mine is ER+ and the scan was clear.", "ER+"),
        ("Spetzler grade 3 and they want to watch it.", "Spetzler grade 3"),
    ],
)
def test_a_name_with_its_own_grade_code_or_verdict_is_the_scale_or_test(
    text: str, term: str
) -> None:
    assert untouched(text, term), spans(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("My friend Hurley stage II of the course now.", "Hurley"),  # a person cue
        ("Dropped Mereana at Kowhai class 2 this morning.", "Kowhai"),  # a class, a number
        ("Thanks Wiremu positive as ever.", "Wiremu"),  # a given name takes no verdict
        ("Dr Okafor positive about the results.", "Okafor"),
        ("Met Adebayo II at church.", "Adebayo"),
    ],
)
def test_people_before_grades_and_verdicts_stay_hidden(text: str, name: str) -> None:
    assert not untouched(text, name), spans(text)


@pytest.mark.parametrize(
    ("text", "term"),
    [
        ("He can only take Ryle's tube feeds this week.", "Ryle's tube"),
        ("They fitted a Sengstaken tube overnight.", "Sengstaken"),
        ("She wore a Pavlik harness for 12 weeks as a baby.", "Pavlik"),
        ("I wrote it up for the Addison's board because men never post.", "Addison's"),
        ("My Crohn's nurse rang back.", "Crohn's"),
        ("Her Parkinson's meds are due at 6.", "Parkinson's"),
    ],
)
def test_an_eponyms_possessive_before_a_device_or_an_illnesss_care_is_medicine(
    text: str, term: str
) -> None:
    assert untouched(text, term), spans(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Oyelaran's valve was checked on the echo.", "Oyelaran"),  # a patient's own valve
        ("Ella's tube came out again.", "Ella"),
        ("Mr Ryle's tube feeds are due.", "Ryle"),  # a title makes him a person
        # a possessive before "harness" is the dog's, unless the name is a known eponym
        ("Took Bella's harness off after the walk.", "Bella"),
        ("Bella's Pavlik harness came off in March.", "Bella"),
        ("Ella's pattern of sleep is off again.", "Ella"),
    ],
)
def test_a_patients_own_device_keeps_the_patient_hidden(text: str, name: str) -> None:
    assert not untouched(text, name), spans(text)


@pytest.mark.parametrize(
    ("text", "term"),
    [
        ("He had the Norwood at 5 days old and his heart coped.", "Norwood"),
        (
            "He had the Norwood at 5 days old. The Glenn is pencilled in for March.",
            "Glenn",
        ),
        ("Recovering from the Ross, the surgery went well.", "Ross"),
    ],
)
def test_an_operation_said_by_its_surgeons_name_stays(text: str, term: str) -> None:
    assert untouched(text, term), spans(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("We had dinner at the Norwood before his heart op.", "Norwood"),  # a place
        ("The Glenn Hotel is near the hospital where he had surgery.", "Glenn"),
        ("The Konno claim went through after the hip op.", "Konno"),  # a firm's claim
        ("Our Nissen went to see Grandad on Sunday.", "Nissen"),  # no surgery in the text
    ],
)
def test_places_firms_and_people_named_so_stay_hidden(text: str, name: str) -> None:
    assert not untouched(text, name), spans(text)


def test_a_disease_mention_of_a_doctors_name_stays_after_the_doctor_is_hidden() -> None:
    text = "Drove to the clinic, Dr Bell says Bell's palsy lol the irony."
    assert untouched(text, "Bell's palsy"), spans(text)
    assert not untouched(text, "Dr Bell says"), spans(text)
