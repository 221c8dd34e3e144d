"""Names, handles and contacts found without the profile, and the words that are not names."""

from __future__ import annotations

import pytest

from app.profile import PrivacyProfile
from app.redact import SpanType, detect

GB = PrivacyProfile(region="GB")


def found(text: str) -> dict[str, SpanType]:
    return {s.text: s.type for s in detect(text, GB)}


@pytest.mark.parametrize(
    "text,value,kind",
    [
        ("Hodgkin again. maddy_k said the other group swore by ABVD", "maddy_k", SpanType.HANDLE),
        (
            "> Originally posted by brittle_bones_77:\n> Humira gave me hives",
            "brittle_bones_77",
            SpanType.HANDLE,
        ),
        (
            "email me, tomreed1970 at gmail dot com, thanks",
            "tomreed1970 at gmail dot com",
            SpanType.EMAIL,
        ),
        (
            "or ring oh seven nine double one, four five six, two eight three.",
            "oh seven nine double one, four five six, two eight three",
            SpanType.PHONE,
        ),
        ("Sharing this for my husband Иван who has lupus and is worn out", "Иван", SpanType.NAME),
        ("My mum 李秀英 came with me to every appointment this year", "李秀英", SpanType.NAME),
        ("Posting for my sister فاطمة because her hands are bad today", "فاطمة", SpanType.NAME),
        ("My friend Hope drove me to the clinic.", "Hope", SpanType.NAME),
        ("My boss Deshawn has been great about it.", "Deshawn", SpanType.NAME),
        ("my roommate Priyanka keeps the fridge stocked", "Priyanka", SpanType.NAME),
        ("my m8 connor came round with soup", "connor", SpanType.NAME),
        ("the surgeon dr kaplan says it healed", "kaplan", SpanType.NAME),
        ("the surgeon dr kaplan says the CSF leak sealed", "kaplan", SpanType.NAME),
        ("Took ages to clear. Sam, DM me if you want the cream.", "Sam", SpanType.NAME),
        ("Endoscopy at Queen Alexandra found dysplasia.", "Queen Alexandra", SpanType.PLACE),
        ("Saw Mr Adeyemi at Frimley Park on Monday.", "Frimley Park", SpanType.PLACE),
        ("megan.lloyd87 on insta if anyone wants to chat", "megan.lloyd87", SpanType.HANDLE),
        ("my insta is jo.runs.far if you want", "jo.runs.far", SpanType.HANDLE),
        ("Thanks all. Josh (9) had his first infusion.", "Josh", SpanType.NAME),
        ("Bhaiya Rohit took me to the clinic.", "Rohit", SpanType.NAME),
        ("Seen by Maria de la Cruz on the ward.", "Maria de la Cruz", SpanType.NAME),
        ("my nan is in Ysbyty Glan Clwyd again", "Ysbyty Glan Clwyd", SpanType.PLACE),
        ("Mum had her TAVI at the N&N last spring.", "N&N", SpanType.PLACE),
        ("ill be back home in worcester by the weekend", "worcester", SpanType.PLACE),
        # second round
        ("Shout out to chronic.carla for the tip.", "chronic.carla", SpanType.HANDLE),
        (
            "I'm on tiktok as spine.diaries.meg where I post updates",
            "spine.diaries.meg",
            SpanType.HANDLE,
        ),
        ("follow along on insta (ana.heals) if you like", "ana.heals", SpanType.HANDLE),
        (
            "Thanks u/ThisIsAVeryLongRedditName22 for the help",
            "u/ThisIsAVeryLongRedditName22",
            SpanType.HANDLE,
        ),
        ("ask mossy#0921 on the server", "mossy#0921", SpanType.HANDLE),
        (
            "mail me at priya dot nair77 at yahoo dot co dot in please",
            "priya dot nair77 at yahoo dot co dot in",
            SpanType.EMAIL,
        ),
        ("my supervisor gemma sent me home early", "gemma", SpanType.NAME),
        ("bbq at tanya's tonight, not going", "tanya's", SpanType.NAME),
        ("Three weeks at Children's of Minnesota now", "Children's of Minnesota", SpanType.PLACE),
        ("the team at Dayton Children's were kind", "Dayton Children's", SpanType.PLACE),
        (
            "Scan booked at Bristow Meyer & Clarke next week",
            "Bristow Meyer & Clarke",
            SpanType.PLACE,
        ),
    ],
)
def test_found_without_a_profile(text: str, value: str, kind: SpanType) -> None:
    assert found(text).get(value) is kind


@pytest.mark.parametrize(
    "text",
    [
        "I hope the new dose helps; frank advice welcome.",
        "Spent six hours in A&E and then the ICU.",
        "Switched to Entyvio at the infusion suite, then Stelara.",
        "Texas, Ohio and Florida all have support groups.",
        "My friend said the Keytruda worked for her.",
        "Started on Humira in March after the MRI.",
        "Switched to Xaggitin XL 36mg after the shortage.",
        "Follow my journey at the clinic, or meet me at home.",
        "i have crohns and my humira pen jammed, calling the nurse tmrw ngl",
        "The nurse put me on Trelegy and I have been on ARVs for years.",
        "HbA1c was 7.9% in Oct. Posted on r/ChronicIllness too.",
        "Myasthenia stable on pyridostigmine; dialysis moved to Mon-Wed-Fri.",
        "Ammi is 70 and Baba (74) still cycles.",
        "Sorry, my English is not so good.",
        "Thanks, I was done.then slept till noon.",
        "Kia ora everyone, new here.",
    ],
)
def test_not_names(text: str) -> None:
    spans = [
        s
        for s in detect(text, GB)
        if s.type in (SpanType.NAME, SpanType.PLACE, SpanType.EMPLOYER, SpanType.HANDLE)
    ]
    assert spans == []


def test_countries_and_states_are_never_names() -> None:
    spans = detect("Georgia and Virginia have the best clinics, says the Jordan guide.", GB)
    assert not [s for s in spans if s.type is SpanType.NAME]
    assert "Virginia" not in {s.text for s in spans}


def test_a_name_does_not_run_over_the_end_of_a_sentence() -> None:
    spans = [s.text for s in detect("Ich war in der Charité. Meine Nummer ist neu.", GB)]
    assert not any(". " in s for s in spans)


@pytest.mark.parametrize(
    "text,name",
    [
        ("Моя подруга Анна ходила со мной к врачу.", "Анна"),
        ("我的朋友王伟陪我去了医院，医生说没事。", "王伟"),
        ("أختي فاطمة أخذتني إلى المستشفى", "فاطمة"),
        ("मेरी बहन प्रिया मुझे अस्पताल ले गई", "प्रिया"),
    ],
)
def test_names_in_posts_written_in_other_scripts(text: str, name: str) -> None:
    assert found(text).get(name) is SpanType.NAME


def test_german_nouns_are_not_names_but_german_names_are() -> None:
    spans = detect(
        "Heute Termin in der Ambulanz, die Krankenkasse will einen neuen Antrag. "
        "Mein Sohn Lukas ist krank.",
        GB,
    )
    names = " ".join(s.text for s in spans if s.type is SpanType.NAME)
    assert "Lukas" in names
    assert not {"Ambulanz", "Krankenkasse", "Antrag"} & set(names.split())


@pytest.mark.parametrize(
    "text,employer",
    [
        ("Padraig had taken the day off from Analog Devices for nothing.", "Analog Devices"),
        ("He works for Next plc in the warehouse.", "Next plc"),
    ],
)
def test_employers_after_cues(text: str, employer: str) -> None:
    assert found(text).get(employer) is SpanType.EMPLOYER


@pytest.mark.parametrize(
    "text,name",
    [
        ("Name: Toshimi Arata\nPhone: on file", "Toshimi Arata"),
        ("Her maiden name is Clark, if that helps.", "Clark"),
        ("Remember me, Kelly? We met on the ward.", "Kelly"),
        ("Shovda is very reliable with my meds.", "Shovda"),
        ("Mum: are you ok?\nTiffany: yes just tired", "Tiffany"),
    ],
)
def test_names_by_their_place_in_the_sentence(text: str, name: str) -> None:
    assert found(text).get(name) is SpanType.NAME


def test_the_rest_of_a_list_of_names_are_names() -> None:
    spans = found("Our founders: Kónya, Becker and Vasquez met at uni.")
    assert {"Kónya", "Becker", "Vasquez"} <= set(spans)


def test_a_list_of_places_or_drugs_is_not_completed_as_names() -> None:
    spans = found("Tried Humira, Stelara and Entyvio; saw Dr Patel and Dr Shah.")
    assert not {"Humira", "Stelara", "Entyvio"} & set(spans)


@pytest.mark.parametrize(
    "text,value,kind",
    [
        ("does the Royal Derby do iron infusions on a Saturday?", "Royal Derby", SpanType.PLACE),
        ("Reply to Kylie M: we did the same trial.", "Kylie M", SpanType.NAME),
        ("[-]chronic_cath_ 14 points 3 hours ago", "chronic_cath_", SpanType.HANDLE),
        ("Hospital: KEM, Parel. Ward is fine.", "KEM, Parel", SpanType.PLACE),
    ],
)
def test_more_shapes_of_places_names_and_handles(text: str, value: str, kind: SpanType) -> None:
    assert found(text).get(value) is kind


def test_a_drug_in_a_list_after_on_is_not_a_name() -> None:
    spans = found("She is 63, diabetic since 1998, on Glycomet 500 and Januvia.")
    assert "Glycomet" not in spans
