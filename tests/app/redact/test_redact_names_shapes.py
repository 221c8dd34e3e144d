"""Names and places no list holds, told by the words around them (names_shapes.py), and
e-mails written as "name at provider" (contacts_extra.py)."""

from __future__ import annotations

import pytest

from app.profile import PrivacyProfile
from app.redact.engine import Detector


@pytest.fixture(scope="module")
def detector() -> Detector:
    return Detector()


def _found(detector: Detector, text: str) -> set[str]:
    return {s.text for s in detector.detect(text, PrivacyProfile.from_eval({}))}


def _covered(detector: Detector, text: str, word: str) -> bool:
    start = text.index(word)
    spans = detector.detect(text, PrivacyProfile.from_eval({}))
    return any(s.start <= start and s.end >= start + len(word) for s in spans)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Heute bin ich mit dem Zug nach Vellmarhain gefahren, die Migräne ist zurück.",
            "Vellmarhain",
        ),
        ("Wir wohnen jetzt in der Nähe von Bad Sülzenbrück und es ist ruhig.", "Bad Sülzenbrück"),
        ("Meine Schwester kommt morgen aus Quellstetten, das dauert.", "Quellstetten"),
    ],
)
def test_german_place_after_a_preposition(detector: Detector, text: str, place: str) -> None:
    assert _covered(detector, text, place)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Heute bin ich nach Hause gefahren und habe Ibuprofen genommen, es war gut.", "Hause"),
        ("Wir waren im Garten und danach beim Arzt, die Schmerzen sind schlimm.", "Garten"),
    ],
)
def test_german_nouns_and_drugs_stay(detector: Detector, text: str, word: str) -> None:
    assert not _covered(detector, text, word)


def test_german_spelling_of_a_drug_is_no_place() -> None:
    from app.redact import names_shapes
    from app.redact.lexicon import default_lexicon

    text = "Die Umstellung von Topiramat auf Amlodipin war schwer, es wird nicht besser."
    found = {s.text for s in names_shapes.find(text, default_lexicon(), set(text.lower().split()))}
    assert not {"Topiramat", "Amlodipin"} & found


def test_south_african_side(detector: Detector) -> None:
    text = "we were at the clinic Zwartkloofdorp side the whole morning, queue was crazy"
    assert _covered(detector, text, "Zwartkloofdorp")


@pytest.mark.parametrize(
    "text",
    [
        "Humira side effects are rough this week.",
        "my left side is numb again after the Ozempic.",
        "the Stelara side effects were mild for me",
    ],
)
def test_side_effects_and_body_sides_stay(detector: Detector, text: str) -> None:
    found = _found(detector, text)
    assert not {"Humira", "left", "Stelara"} & found


def test_the_unknown_place_closing_a_clause(detector: Detector) -> None:
    text = "Finally got into the pain clinic at the Quarrendon. Parking was awful."
    assert _covered(detector, text, "Quarrendon")


@pytest.mark.parametrize(
    "text",
    [
        "I have been on the Humira. It helps.",
        "Switched sensors, the Freestyle and the Dexcom, both fine.",
        "My hands are bad in the morning. The Keytruda and I are friends now.",
    ],
)
def test_the_drug_is_not_a_place(detector: Detector, text: str) -> None:
    found = _found(detector, text)
    assert not {"Humira", "Freestyle", "Dexcom", "Keytruda"} & found


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Bloods were fine. Tavrinne on the ward said my potassium was low.", "Tavrinne"),
        ("Long day at clinic. Rohan did all the driving, bless him.", "Rohan"),
        ("Back home now. Kezia told the kids I'm fine.", "Kezia"),
    ],
)
def test_sentence_opening_name_before_a_persons_verb(
    detector: Detector, text: str, name: str
) -> None:
    assert _covered(detector, text, name)


@pytest.mark.parametrize(
    "text",
    [
        "Long day. Mum said the Humira was worth it.",
        "Scan was clear. Consultant said to carry on.",
        "Bad week. Mounjaro did nothing for the nausea.",
        "Rough night. Hope did not help much.",
    ],
)
def test_sentence_openers_that_are_no_one(detector: Detector, text: str) -> None:
    found = _found(detector, text)
    assert not {"Mum", "Consultant", "Mounjaro", "Hope"} & found


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Hi all, 52F from melb. Fibro plus Hashimoto's.", "melb"),
        ("melb 29F, new here and on Lyrica", "melb"),
        ("moved to welly last year for work", "welly"),
    ],
)
def test_lower_case_town_nicknames_after_a_cue(detector: Detector, text: str, place: str) -> None:
    assert _covered(detector, text, place)


def test_lower_case_nickname_without_cue_stays(detector: Detector) -> None:
    assert "welly" not in _found(detector, "lost a welly in the mud on the walk, typical")


@pytest.mark.parametrize(
    ("text", "email"),
    [
        ("email me at tamsin.k at gmail if you'd rather not post", "tamsin.k at gmail"),
        ("drop a line to jo_b99 @ hotmail and I'll send the list", "jo_b99 @ hotmail"),
    ],
)
def test_provider_email_taken_whole(detector: Detector, text: str, email: str) -> None:
    spans = detector.detect(text, PrivacyProfile.from_eval({}))
    start = text.index(email)
    assert any(s.start <= start and s.end >= start + len(email) for s in spans)


def test_no_email_without_a_local_part(detector: Detector) -> None:
    spans = detector.detect("it is all at gmail now, so", PrivacyProfile.from_eval({}))
    assert not any(str(s.type) == "EMAIL" for s in spans)


def test_a_word_after_a_site_name_is_no_handle(detector: Detector) -> None:
    spans = detector.detect("Honestly Reddit said the same thing.", PrivacyProfile.from_eval({}))
    assert not any(str(s.type) == "HANDLE" for s in spans)
    spans = detector.detect("my insta is spoonie_jo if you want", PrivacyProfile.from_eval({}))
    assert any(s.text == "spoonie_jo" for s in spans)


def test_german_compounds_are_not_towns() -> None:
    from app.redact.german import german_common

    assert german_common("Blutuntersuchungen")
    assert german_common("Ehefrau")
    assert not german_common("Vellmarhain")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("We go to the nephro every Thursday. Sundravi aunty suggested a diet.", "Sundravi"),
        ("Papa is better now, and Raju uncle drove us home.", "Raju"),
    ],
)
def test_name_before_an_honorific(detector: Detector, text: str, name: str) -> None:
    assert _covered(detector, text, name)


def test_honorific_after_a_drug_or_word_is_no_name(detector: Detector) -> None:
    found = _found(detector, "Metformin uncle says is the best, and Yes sir I take it.")
    assert not {"Metformin", "Yes"} & found


def test_german_employer_after_its_cue(detector: Detector) -> None:
    text = "Ich bin seit Jahren krank. Mein Arbeitgeber Kluge Logistik ist verständnisvoll."
    assert _covered(detector, text, "Kluge Logistik")


def test_capitalised_words_reached_by_travelling(detector: Detector) -> None:
    text = "Anand took her to Silver Meadow on the weekend, she liked it."
    assert _covered(detector, text, "Silver Meadow")


@pytest.mark.parametrize(
    "text",
    [
        "Mum took me to Urgent Care and they were kind.",
        "I went to Group Therapy today and it helped.",
        "Then I moved to Trulicity Pens last month.",
    ],
)
def test_travelled_runs_that_are_no_place(detector: Detector, text: str) -> None:
    found = _found(detector, text)
    assert not {"Urgent Care", "Group Therapy", "Trulicity Pens"} & found
