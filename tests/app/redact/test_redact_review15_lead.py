"""Review 15's last findings, fixed by the lead: each sentence left an identifier
readable (or lost a medical term) after the day's fixes."""

from __future__ import annotations

import pytest

from tests.support.redact_posts import detector, spans, types_at, untouched


@pytest.mark.parametrize(
    ("text", "date"),
    [
        # a post's title repeats the first line: ER twice is no second receptor
        ("ER 3/9 again for the kidney stone.", "3/9"),
        ("ER: 2/9, then ortho 2/16.", "2/9"),
        ("Rough week.\nER 2/9, ER again 2/16 for the migraine.", "2/16"),
    ],
)
def test_an_emergency_room_date_is_hidden_in_the_post(text: str, date: str) -> None:
    assert not untouched(text, date)


@pytest.mark.parametrize(
    ("text", "score"),
    [
        ("ER 8/8 PR 6/8 HER2 neg, so hormone therapy it is.", "6/8"),
        ("ER 7/8, PR 6/8, HER2 negative.", "7/8"),
        ("Allred: ER positive 8/8.", "8/8"),
    ],
)
def test_receptor_scores_stay(text: str, score: str) -> None:
    assert untouched(text, score)


@pytest.mark.parametrize(
    "text",
    [
        "Der Whipple ist Pfleger in der Klinik.",
        "Der Whipple war heute im Krankenhaus zu Besuch.",
        "Die Fontan war in der Reha sehr nett.",
    ],
)
def test_a_german_surname_after_an_article_near_a_hospital_stays_hidden(text: str) -> None:
    name = text.split()[1]
    assert types_at(detector(), text, name) == ["NAME"]


def test_an_operation_after_a_german_article_near_operating_stays() -> None:
    assert untouched("Die Fontan ist für Herbst geplant.", "Fontan")
    assert untouched("Der Whipple wurde gemacht, die OP dauerte 7 Stunden.", "Whipple")


def test_a_flat_number_before_an_address_is_hidden() -> None:
    text = "Unit 4 at 18-20 Great Western Highway, Penrith"
    assert ("Unit 4", "ADDRESS") in [(t, k.name) for t, k in spans(text, "AU")]
    assert untouched("Took 4 units at 10pm.", "4 units")


@pytest.mark.parametrize(
    "text", ["He had two Tet spells today, sats 70.", "Tet spells are scary, propranolol helps."]
)
def test_tet_spells_are_medicine(text: str) -> None:
    assert untouched(text, "Tet spells")


def test_tet_the_festival_and_st_martins_hospital() -> None:
    assert ("Tet", "DATE") in [(t, k.name) for t, k in spans("Flying home for Tet next week.")]
    found = spans("Admitted to St Martin's Hospital on Friday.")
    assert ("St Martin's Hospital", "PLACE") in [(t, k.name) for t, k in found]
