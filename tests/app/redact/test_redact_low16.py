"""Task LOW's findings (issue #9): the redactor's small misses, each as a general shape.

A month that is also a verb opening its sentence beside another month or a date word;
the first number of a range of house numbers; a time since an operation or a birth
("4y post-transplant"), which is no age; a service's word before the person it sends
("The Befriending volunteer"), which is no organisation; an age before a condition whose
name ends in "s" ("Mit 34 Diabetes"); a receptor's score out of ten, which the post
keeps as written; and a person whose name is a disease's ("Behçet said"). Each shape has
its hard negatives: what must not change.
"""

from __future__ import annotations

import pytest

from app.redact.engine import Detector
from app.redact.spans import SpanType
from tests.support.redact_posts import detector as shared_detector
from tests.support.redact_posts import spans, untouched
from tests.support.redact_posts import types_at as _types


@pytest.fixture(scope="module")
def detector() -> Detector:
    return shared_detector()


# -- 1. a month opening its sentence, joined to a month or a date word -----------------


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("March and April were bad.", "March"),
        ("May to June I was on steroids.", "May"),
        ("March to May was awful.", "May"),
        ("may and june were rough, migraines every day", "may"),
        ("March, April and May were a blur of infusions.", "March"),
        ("Mar-Apr I barely slept.", "Mar"),
        ("Awful spring. March to early April I could not walk.", "March"),
        ("March and Easter were hard with the kids off.", "March"),
        ("feb-mar was bad for my chest", "feb"),
    ],
)
def test_a_month_opening_its_sentence_beside_a_date_is_a_date(
    detector: Detector, text: str, word: str
) -> None:
    assert "DATE" in _types(detector, text, word)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("March on, they said, and I did.", "March"),
        ("May or may not be the methotrexate.", "May"),
        ("March to the clinic took an hour with my hip.", "March"),
        ("May I ask what dose you take?", "May"),
        ("I'll march. to march on is all I can do", "march"),
    ],
)
def test_the_verb_march_or_may_stays(detector: Detector, text: str, word: str) -> None:
    assert _types(detector, text, word) == []


# -- 2. a range of house numbers ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "whole"),
    [
        ("I moved to 18-20 Great Western Highway last year.", "18-20 Great Western Highway"),
        ("The office is at 110–112 Queen Street.", "110–112 Queen Street"),
        ("She lives at 12 - 14 Station Road now.", "12 - 14 Station Road"),
        ("We're at 7A-7B Oak Road.", "7A-7B Oak Road"),
    ],
)
def test_a_range_of_house_numbers_is_part_of_the_address(text: str, whole: str) -> None:
    assert (whole, SpanType.ADDRESS) in spans(text)
    assert not untouched(text, whole.split()[0])  # no "18-" left before "[address]"


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Walked 2-3 miles along Oak Road.", "2-3"),
        ("Pain 6-7 most days, Oak Road physio helps.", "6-7"),
    ],
)
def test_a_range_before_a_street_that_is_no_house_number_stays(
    detector: Detector, text: str, word: str
) -> None:
    assert _types(detector, text, word) == []


# -- 3. a time since an operation or a birth is no age --------------------------------------


@pytest.mark.parametrize(
    ("text", "duration"),
    [
        ("She's 4y post-transplant and doing well.", "4y post-transplant"),
        ("I am 3 years post-op now.", "3 years post-op"),
        ("I'm 2 yrs post partum and still tired.", "2 yrs post partum"),
        ("She is 10 years post kidney transplant.", "10 years post kidney transplant"),
        ("I'm 18 months post-partum.", "18 months post-partum"),
        ("He is 1 yr post-surgery.", "1 yr post-surgery"),
        ("He's 2 yrs s/p CABG.", "2 yrs s/p CABG"),
        ("She's 4 years out from transplant.", "4 years out from transplant"),
    ],
)
def test_a_time_since_an_operation_stays_in_the_post(text: str, duration: str) -> None:
    assert untouched(text, duration)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("I'm 34 and 2 years post-op.", "34"),
        ("My son is 9 and 4 years post liver transplant.", "9"),
        ("He is 6mths corrected and feeding better.", "6mths"),
        ("She's 4y and has asthma.", "4y"),
        ("She is 6 years old post-surgery.", "6"),
        ("My 3yo post-op was rough.", "3"),
    ],
)
def test_ages_beside_a_time_since_an_operation_stay_hidden(
    detector: Detector, text: str, word: str
) -> None:
    assert "AGE" in _types(detector, text, word)


# -- 4. a service before the person it sends is no organisation ----------------------------


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The Befriending volunteer came on Tuesday.", "Befriending"),
        ("Our Befriending volunteer came.", "Befriending"),
        ("I met the Befriending volunteer at the library.", "Befriending"),
        ("The Counselling volunteer was kind.", "Counselling"),
        ("Our Mentoring volunteer was brilliant.", "Mentoring"),
        ("The Gardening volunteer came round the ward.", "Gardening"),
        ("The Advocacy caseworker sorted my forms.", "Advocacy"),
        ("The Befriending helpline was engaged all day.", "Befriending"),
    ],
)
def test_a_service_before_its_volunteer_stays(detector: Detector, text: str, word: str) -> None:
    assert _types(detector, text, word) == []


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The Kestrava volunteer dropped off my shopping.", "Kestrava"),
        ("The Macmillan volunteer came.", "Macmillan"),
        ("The Samaritans volunteer listened for an hour.", "Samaritans"),
        ("The Sterling account was frozen.", "Sterling"),
        ("My friend Manning volunteers there.", "Manning"),
    ],
)
def test_named_organisations_and_people_before_a_role_stay_hidden(
    detector: Detector, text: str, word: str
) -> None:
    assert _types(detector, text, word) != []


# -- 5. an age before a condition whose name ends in "s" -----------------------------------


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Mit 34 Diabetes bekommen.", "34"),
        ("Ich habe mit 34 Diabetes bekommen.", "34"),
        ("Mit 29 Herpes zoster, mit 35 Rheuma.", "29"),
        ("At 38 shingles hit me.", "38"),
        ("Aged 45 measles, of all things.", "45"),
    ],
)
def test_an_age_before_a_condition_named_like_a_plural_stays_hidden(
    detector: Detector, text: str, word: str
) -> None:
    assert "AGE" in _types(detector, text, word)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Mit 34 Tabletten pro Woche komme ich aus.", "34"),
        ("Typ 2 Diabetes seit Jahren.", "2"),
        ("At 12 tablets a day I rattle.", "12"),
        ("Der Tumormarker CA 15-3 ist mit 28 Diabetes egal.", "28"),
    ],
)
def test_counts_types_and_readings_before_a_condition_stay(
    detector: Detector, text: str, word: str
) -> None:
    assert "AGE" not in _types(detector, text, word)


# -- 6. a receptor's score out of ten stays as written -------------------------------------


@pytest.mark.parametrize(
    ("text", "score"),
    [
        ("PR 5/10 on the biopsy.", "PR 5/10"),
        ("PR 5/10, so weakly positive.", "PR 5/10"),
        ("My biopsy came back PR 4/10.", "PR 4/10"),
        ("ER 9/10 on the path report.", "ER 9/10"),
        ("Progesterone receptor 3/8, oestrogen receptor 7/8.", "Progesterone receptor 3/8"),
        ("Progesterone receptor 3/8, oestrogen receptor 7/8.", "oestrogen receptor 7/8"),
    ],
)
def test_a_receptor_score_stays_in_the_post(text: str, score: str) -> None:
    assert untouched(text, score)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("PR 5/10 with Dr Alvarez", "5/10"),
        ("ER 4/10 again, same dizzy spells.", "4/10"),
        ("Back in the ER 6/10 after the fall.", "6/10"),
        ("ER 3/9 again for the kidney stone", "3/9"),
        ("Seen on 5/10 for a review.", "5/10"),
    ],
)
def test_visit_dates_beside_er_and_pr_stay_hidden(detector: Detector, text: str, word: str) -> None:
    assert "DATE" in _types(detector, text, word)


# -- 7. a person whose name is a disease's ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Behçet said it would be fine.", "Behçet"),
        ("Behcet texted to say he is running late.", "Behcet"),
        ("I met Behçet at the clinic.", "Behçet"),
        ("Nurse Behcet took my bloods.", "Behcet"),
        ("My friend Behcet came over.", "Behcet"),
        ("Behçet came round for tea.", "Behçet"),
        ("Hi Behcet, thanks for the lift.", "Behcet"),
        ("Addison said the hydrocortisone dose was fine.", "Addison"),
    ],
)
def test_a_person_named_like_a_disease_stays_hidden(
    detector: Detector, text: str, word: str
) -> None:
    assert "NAME" in _types(detector, text, word)


@pytest.mark.parametrize(
    ("text", "term"),
    [
        ("Behçet's disease flared again.", "Behçet's disease"),
        ("My Behçet's is flaring, mouth ulcers everywhere.", "Behçet's"),
        ("Behcet disease makes my eyes sore.", "Behcet disease"),
        ("Behçet syndrome means mouth ulcers.", "Behçet syndrome"),
        ("Morbus Behçet seit Jahren.", "Morbus Behçet"),
        ("My Behcet flares when I'm tired.", "Behcet"),
        ("Crohn's said no today.", "Crohn's"),
        ("Asthma told me to slow down.", "Asthma"),
        ("Addison's disease means an emergency injection.", "Addison's disease"),
    ],
)
def test_the_disease_stays_in_the_post(text: str, term: str) -> None:
    assert untouched(text, term)
