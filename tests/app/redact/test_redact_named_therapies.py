"""Medicine named after people, places or makers (round twelve): therapies ("Bobath",
"McKenzie extension"), operations ("after the Whipple"), models between maker and
device ("Abbott Assurity pacemaker"), pacing modes ("DDDR"), scores ("Deauville 2"), hyphenated signs ("Kayser-Fleischer
rings"), device makers with their device ("Boston Scientific ICD", "valve (St Jude)"),
camel-case kit ("CoaguChek"), a stage's letter before a department ("stage 3C. Gyn").
The hard negatives are the people, towns and employers of the same words.
"""

from __future__ import annotations

import pytest

from tests.support.redact_posts import spans, untouched


@pytest.mark.parametrize(
    ("text", "term", "region"),
    [
        ("Stroke rehab: the physio does Bobath with me twice a week.", "Bobath", "GB"),
        ("My OT reckons Pilates at home will help the core.", "Pilates", "GB"),
        ("For my back she's adding McKenzie extension daily.", "McKenzie", "GB"),
        ("Interim PET-CT is Deauville 2 after three cycles.", "Deauville", "US"),
        ("The Kayser-Fleischer rings are fading on penicillamine.", "Kayser-Fleischer", "GB"),
        ("Still have the Boston Scientific ICD, no shocks this year.", "Boston Scientific", "US"),
        ("INR target 3 because of the mechanical valve (St Jude).", "St Jude", "GB"),
        ("INR 2.8 today on the CoaguChek, warfarin unchanged.", "CoaguChek", "GB"),
        ("The RileyLink kept dropping so Loop stopped.", "RileyLink", "NZ"),
        ("Ovarian cancer stage 3C. Gyn onc at the Royal is lovely.", "3C. Gyn", "AU"),
        ("My Abbott Assurity pacemaker is set to DDDR 60.", "Assurity", "US"),
        ("My Abbott Assurity pacemaker is set to DDDR 60.", "DDDR", "US"),
        ("Off work for six months after the Whipple.", "Whipple", "GB"),
        ("The Maudsley method for anorexia, family therapy at CAMHS.", "Maudsley", "GB"),
        ("Had Bell's last month, prednisolone for 10 days.", "Bell's", "GB"),
        ("Fabry's nurse comes fortnightly for the Replagal.", "Replagal", "GB"),
        ("Menieres attack on the bus, Buccastem helped.", "Buccastem", "GB"),
    ],
)
def test_named_medicine_stays(text: str, term: str, region: str) -> None:
    assert untouched(text, term, region), spans(text, region)


@pytest.mark.parametrize(
    ("text", "value", "region"),
    [
        ("Mrs Bobath thinks the physio exercises can wait.", "Bobath", "GB"),
        ("Bobath said the stroke physio list is full.", "Bobath", "GB"),
        ("His heart valve was done at St Jude in Memphis.", "St Jude", "US"),
        ("Waiting for the Whipples to arrive with the Humira.", "Whipples", "GB"),
        ("We had Gilbert's last night, great party, then Stelara.", "Gilbert", "GB"),
        ("Mum is an inpatient at the Maudsley in London.", "Maudsley", "GB"),
        ("We got back from Deauville 2 days ago, Keytruda tomorrow.", "Deauville", "GB"),
        ("I work at Boston Scientific and my ICD is fine.", "Boston Scientific", "US"),
        ("Cancer stage 3C. Sarah drove me to chemo.", "Sarah", "GB"),
    ],
)
def test_people_places_employers_stay_hidden(text: str, value: str, region: str) -> None:
    """Hidden as a name, place or employer, whichever finder takes it."""
    assert not untouched(text, value, region), spans(text, region)


@pytest.mark.parametrize(
    ("text", "value", "region"),
    [
        # a town's physio, not the method: "physio" follows a place as readily
        ("Booked with the Maitland physio for my shoulder.", "Maitland", "AU"),
        # "from" a hospital; a maker's word that goes on into the sentence is its subject
        ("His pump from St Jude got swapped last week.", "St Jude", "US"),
        ("Stent, Abbott was the surgeon's name.", "Abbott", "US"),
    ],
)
def test_device_and_method_frames_need_their_shape(text: str, value: str, region: str) -> None:
    assert not untouched(text, value, region), spans(text, region)


@pytest.mark.parametrize(
    ("text", "term", "region"),
    [
        ("The physio uses Maitland mobilisations on my neck.", "Maitland", "AU"),
        ("My new pacemaker (Biotronik) is fine.", "Biotronik", "GB"),
    ],
)
def test_method_and_maker_stay_in_their_frame(text: str, term: str, region: str) -> None:
    assert untouched(text, term, region), spans(text, region)
