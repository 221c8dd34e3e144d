"""Medicine the sentence tells by its use: abbreviations spelled out, counted, tested
for or listed with labs (``medical_acronyms_used``), brands glossed by a generic or a
condition (``medical_brands_glossed``), tests and illnesses by what is said of them
(``medical_findings``), supplies by their list or their drug (``medical_supplies``),
and every other mention of a word so shown (``medical_mentions``)."""

from __future__ import annotations

import pytest

from tests.support.redact_posts import spans, untouched


@pytest.mark.parametrize(
    ("text", "term"),
    [
        ("He was diagnosed with multiple system atrophy (MSA-P) in October.", "MSA-P"),
        ("Starting the new regimen, BPaL, that is bedaquiline, pretomanid and linezolid.", "BPaL"),
        ("MSLT mean sleep latency 2.5 min, 4 SOREMPs. Dr Venter started modafinil.", "SOREMPs"),
        ("Botox into his calves and new AFOs from the orthotist.", "AFOs"),
        ("Infusions every 2 weeks, MRI before the 5th dose for ARIA.", "ARIA"),
        ("A repeat plus CRP, albumin, Hb. If it's still up it's pred.", "Hb"),
        ("Kidney stone 6mm, stuck at the VUJ, 14 hrs in A&E.", "VUJ"),
        ("Happy NYE from the L&D triage lol.", "L&D"),
    ],
)
def test_an_abbreviation_told_by_its_use_stays(text: str, term: str) -> None:
    assert untouched(text, term), spans(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Donated to the Pancreatic Cancer Action Network (PanCAN) in his name.", "Pancreatic"),
        ("My friend Ana was screened for it too.", "Ana"),
    ],
)
def test_firms_spelled_out_and_people_stay_hidden(text: str, name: str) -> None:
    assert not untouched(text, name), spans(text)


@pytest.mark.parametrize(
    ("text", "term"),
    [
        ("Six months on Cuvrior for the Wilson's disease now.", "Cuvrior"),
        ("Firazyr (icatibant) 30 mg for breakthrough attacks.", "Firazyr"),
        ("Echo showed mitral valve area 0.9 cm2 and pressures up.", "Echo"),
        ("We never knew it was from the strep throat as kids.", "strep throat"),
        ("Dr Govender did a Pap and colposcopy last week.", "Pap"),
        ("Ross River virus confirmed, joints like I'm 90.", "Ross River virus"),
        ("Vit D 11 and B12 180 on the panel.", "Vit D"),
        ("Booked for the Chiari decompression follow-up next week.", "Chiari"),
    ],
)
def test_a_brand_a_test_or_an_illness_told_by_the_sentence_stays(text: str, term: str) -> None:
    assert untouched(text, term), spans(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Relying on Aroha for the diabetes stuff.", "Aroha"),  # a given name
        ("Met Tavish (insulin buddy) at clinic.", "Tavish"),  # no drug in the bracket
        ("Saw a Smith and physio Jane.", "Jane"),
        ("Met Ross River at the fever clinic.", "Ross River"),  # no virus after the name
    ],
)
def test_people_in_the_same_frames_stay_hidden(text: str, name: str) -> None:
    assert not untouched(text, name), spans(text)


def test_a_brand_glossed_once_stays_at_every_mention() -> None:
    text = (
        "Firazyr (icatibant) 30 mg for attacks. My manager made sure first aid knows "
        "where the Firazyr lives in the fridge."
    )
    assert untouched(text, "where the Firazyr lives"), spans(text)


def test_a_condition_spelled_out_once_stays_at_every_mention_but_its_charity_does_not() -> None:
    text = (
        "Dad has multiple system atrophy (MSA-P). The MSA Trust nurse phoned. "
        'Ask the hospital to write "MSA" on his notes.'
    )
    assert untouched(text, '"MSA"'), spans(text)
    assert not untouched(text, "MSA Trust"), spans(text)


@pytest.mark.parametrize(
    ("text", "term"),
    [
        ("Coloplast SenSura Mio bags, Brava rings. Supplies by email.", "Brava"),
        ("Midodrine 5, compression stockings and Liquid I.V. packets.", "Liquid I.V."),
        ("The nurses put her on a Syringe Driver with midazolam.", "Syringe Driver"),
    ],
)
def test_a_supply_listed_with_kit_or_carrying_a_drug_stays(text: str, term: str) -> None:
    assert untouched(text, term), spans(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Insulin, test strips and Tavish rings me daily.", "Tavish"),  # a verb, an object
        ("Had a coffee with Tavish and a metformin chat.", "Tavish"),
    ],
)
def test_people_beside_supplies_stay_hidden(text: str, name: str) -> None:
    assert not untouched(text, name), spans(text)
