"""People named by a plain cue, found after the other filters (``names_late``), lower-case
doers (``names_lower``), German words that are no names (``names_german``), and short
titles that mirror the body (``title_mirror``).

Each positive left a name readable in the post before; the hard negatives are drug
brands that look like names, doses, lab values, weekdays, countries, US states,
eponyms and German nouns in the same places.
"""

from __future__ import annotations

import datetime as dt
import re

import pytest

from app.profile import EMPTY_PROFILE, PrivacyProfile
from app.redact.detect_cli import default_post
from app.redact.engine import Detector
from app.redact.spans import SpanType

DETECTOR = Detector()


def covered(text: str, word: str, region: str = "GB") -> bool:
    """Whether every whole-word occurrence of ``word`` lies inside a detected span."""
    spans = DETECTOR.detect(text, PrivacyProfile(region=region))
    places = [m.span() for m in re.finditer(rf"(?<!\w){re.escape(word)}(?!\w)", text)]
    return bool(places) and all(any(s.start <= a and b <= s.end for s in spans) for a, b in places)


def names(text: str, region: str = "GB") -> list[str]:
    spans = DETECTOR.detect(text, PrivacyProfile(region=region))
    return [text[s.start : s.end] for s in spans if s.type is SpanType.NAME]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Family: Son, Ed, was updated by the team today.", "Ed"),
        ("My son Ed was discharged on Friday.", "Ed"),
        ("Aunty Mere and Uncle Sione drove us up.", "Mere"),
        ("My best mate Tia is on the pill too.", "Tia"),
        ("My husband Bảo speaks to her in Vietnamese.", "Bảo"),
        ("my physio is Hyun-woo, hes strict but good.", "Hyun-woo"),
        ("Our dog Biscuit slept on my feet all day.", "Biscuit"),
        ("Fri. Cadi the cat was sick on the rug.", "Cadi"),
        ("Nurse T. dressed the ulcer this morning.", "T."),
        ('Thanks all.\nHope added: "Fingers crossed for the scan."', "Hope"),
        ('Joanna: "How was the clinic?" Koppány: "Long."', "Koppány"),
        ("Cora, can I borrow the blood pressure cuff?", "Cora"),
        ('"The wait was awful," says Becker.', "Becker"),
    ],
)
def test_a_plain_cue_names_someone(text: str, name: str) -> None:
    assert covered(text, name), (text, names(text))


def test_a_german_doctor_after_his_degree() -> None:
    text = "Dr. med. Vogelsang sagt, der Tumormarker ist mit 28 im Normbereich."
    assert covered(text, "Vogelsang", "DE")


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("My husband Humira day again, ugh.", "Humira"),
        ("My son Keytruda? No, that's my dad's drug.", "Keytruda"),
        ("Our dog Stelara jokes aside, the jab went fine.", "Stelara"),
        ("My mum Monday had bloods, CRP 45.", "Monday"),
        ("My GP MS nurse rang back.", "MS"),
        ("My sister Ohio trip is off.", "Ohio"),
        ("Walked the dog, then 20mg of prednisolone.", "Walked"),
        ("Fed the cat and took 400mg ibuprofen.", "Fed"),
        ("My partner is Irish, so no.", "Irish"),
        ("Honestly, can I just rant about the wait?", "Honestly"),
        ("Mum, can you ring the pharmacy?", "Mum"),
        ('Note: "take with food" the label says.', "Note"),
        ('"It hurts," said Crohn to nobody.', "Crohn"),
    ],
)
def test_a_cue_word_before_no_name(text: str, word: str) -> None:
    assert word not in names(text), (text, names(text))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("just txted, shes in hospital again. gaz is driving her mum down.", "gaz"),
        ("idk what to do. jonno is driving me to the clinic cos mum works.", "jonno"),
        ("my sugar was 22 this morning n dazza said thats proper high.", "dazza"),
    ],
)
def test_a_lower_case_name_doing_something(text: str, name: str) -> None:
    assert covered(text, name), (text, names(text))


@pytest.mark.parametrize(
    "text",
    [
        "the gp said its fine. everyone is asking. rheumy said no. she is coming over.",
        "ok so metformin is making me sick. doc said give it a week.",
        "my bloods came back. tuesday is looking busy. nobody said anything.",
    ],
)
def test_lower_case_words_doing_something_are_no_names(text: str) -> None:
    assert names(text) == [], text


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Der Arzt sagt Scharlach, Penicillin V für 10 Tage, 3x täglich.", "Tage"),
        ("Ich bin ab dem 20. wieder im Büro, Handy +49 176 5550 3321.", "Handy"),
        ("Das fT4 ist zu hoch, also Morbus Basedow. Dr. meinte Thiamazol 20 mg.", "meinte"),
    ],
)
def test_german_words_are_no_names(text: str, word: str) -> None:
    assert word not in names(text, "DE"), names(text, "DE")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Mein Vater liegt im Klinikum. Onkel Jürgen sagt, der Kaliumwert war 6,1.", "Jürgen"),
        ("Die Tochter (11) fragt viel. Jörg fährt mich hin, das ist gut.", "Jörg"),
        ("Meine Nachbarin Frau Kowalski hat mich zur Kontrolle gefahren.", "Kowalski"),
    ],
)
def test_german_names_stay(text: str, name: str) -> None:
    assert covered(text, name, "DE"), names(text, "DE")


@pytest.mark.parametrize("church", ["Baptist", "Quaker"])
def test_a_church_is_no_person(church: str) -> None:
    text = f"Support group meets at the {church} hall on Thursdays after the infusion."
    assert church not in names(text)


def test_a_short_title_hides_what_the_body_hides() -> None:
    text = "J.M. was back on shift at the ward today and remembered my name."
    post, _ = default_post(text, EMPTY_PROFILE, dt.date(2025, 2, 9))
    assert "J.M." not in post, post


@pytest.mark.parametrize(
    "text",
    [
        "Obinna: Will can take you, he is off on Tuesday.",
        "Sorry for the delay. Will is driving me to the infusion.",
    ],
)
def test_will_before_a_modal_or_is_is_a_name(text: str) -> None:
    assert "Will" in names(text), names(text)


@pytest.mark.parametrize(
    "text",
    [
        "Will he drive? last time he forgot.",
        "Will I ever sleep on 40mg of prednisolone?",
        "Will it hurt? The Humira pen stings.",
    ],
)
def test_will_the_modal_is_no_name(text: str) -> None:
    assert "Will" not in names(text), names(text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Bebe (88) fell at the gurdwara and broke her wrist.", "Bebe"),
        ("Rohit is supportive but Dida keeps asking about babies.", "Dida"),
    ],
)
def test_a_grandmother_is_no_name(text: str, word: str) -> None:
    assert word not in names(text), names(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("My SIL brought soup and my DH Dev did the school run.", "Dev"),
        ("Nurse practitioner Amy did the smear test.", "Amy"),
        ("The kids (Ava 7, Leo 4) both have the cough.", "Ava"),
        ("Kids: Mia 9, Tom 6 and Ella 2, all on Calpol.", "Ella"),
    ],
)
def test_shorthand_roles_and_children_with_ages(text: str, name: str) -> None:
    assert covered(text, name), (text, names(text))


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Oh Dear, that was the DD Form again.", "Dear"),
        ("Humira 40, Stelara 90 and Keytruda 200 are all biologics.", "Stelara"),
        ("Stage 3, Grade 2 on the biopsy, Ki-67 20%.", "Grade"),
        ("Ferritin 12, Folate 9 and Ferritin 14 again.", "Folate"),
        ("Chloe 25 mg, Jack 10 mg: the vet's doses for both dogs.", "Chloe"),
    ],
)
def test_no_child_or_role_there(text: str, word: str) -> None:
    assert word not in names(text), (text, names(text))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Marsh and Fowler were the two nurses on nights.", "Marsh"),
        ("Sorry, long day. Marsh and Fowler were the two nurses on nights.", "Fowler"),
    ],
)
def test_two_people_opening_a_sentence(text: str, name: str) -> None:
    assert covered(text, name), (text, names(text))


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Enbrel and Otezla were both refused by the panel.", "Otezla"),
        ("Monday and Tuesday were bad days with the fatigue.", "Tuesday"),
        ("Mum and Dad were there for the infusion.", "Dad"),
        ("Ohio and Texas were where we looked for trials.", "Ohio"),
    ],
)
def test_no_pair_of_people_there(text: str, word: str) -> None:
    assert word not in names(text), (text, names(text))
