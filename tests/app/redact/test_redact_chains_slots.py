"""Workplaces named by a large chain (employers_slots.py), with the hard negatives:
chains as products, ordinary words in the slot, medicine, countries and states."""

from __future__ import annotations

import pytest

from app.profile import PrivacyProfile
from app.redact import SpanType, detect

GB = PrivacyProfile(region="GB")
_WORDISH = (SpanType.EMPLOYER, SpanType.PLACE, SpanType.NAME)


def found(text: str) -> list[str]:
    return [s.text for s in detect(text, GB) if s.type in _WORDISH]


@pytest.mark.parametrize(
    "text,employer",
    [
        ("Been at Kroger eleven years and they still won't give me days.", "Kroger"),
        ("told my supervisor at pick n pay about the seizures", "pick n pay"),
        ("Agency shifts through Bluebird Care mostly.", "Bluebird Care"),
        ("Started at Coles last month on nights.", "Coles"),
        ("I'm on the checkouts at Sainsbury's.", "Sainsbury's"),
        ("Picked up an extra shift at the Warehouse on Sunday.", "Warehouse"),
        ("got a job at next in the town centre", "next"),
        ("Been at Target for six years now.", "Target"),
        ("Ich bin bei Kaufland an der Kasse.", "Kaufland"),
        ("Mein Chef bei Netto ist verständnisvoll.", "Netto"),
        ("Doing a placement with Home Instead over the summer.", "Home Instead"),
        ("Tim Hortons run before my infusion, as always.", "Tim Hortons"),
        ("The Kroger pharmacy messed up my refill.", "Kroger"),
        # a medical list's everyday word after the name is no product of it
        ("For tests I am using Thyrocare home collection, much cheaper.", "Thyrocare"),
        # armed forces by their letters, whatever the slot
        ("Posting for my partner who's ADF, based at Stirling.", "ADF"),
        ("Husband is active duty USAF at Wright-Patt.", "USAF"),
        ("Has anyone kept their job in the RAN with IBD?", "RAN"),
        # a German compound led by a listed firm
        ("Bundeswehr-Kaserne in Munster, Dienst trotz Bandscheibe.", "Bundeswehr"),
        ("Die AOK-Geschäftsstelle hat den Antrag verloren.", "AOK"),
    ],
)
def test_chain_as_workplace(text: str, employer: str) -> None:
    assert any(employer in f for f in found(text)), found(text)


def test_chain_is_an_employer_span() -> None:
    spans = detect("She works nights stacking shelves at Morrisons.", GB)
    assert [(s.text, s.type) for s in spans] == [("Morrisons", SpanType.EMPLOYER)]


@pytest.mark.parametrize(
    "text,place",
    [
        ("A Leeds-based charity helped us with the grab rails.", "Leeds"),
        ("We found a Wagga-based physio who knows EDS.", "Wagga"),
    ],
)
def test_place_before_based(text: str, place: str) -> None:
    assert place in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "work at home now because of the fatigue",
        "moved to bed at 3pm and slept",
        "shift at night is killing me",
        "Picked up a shift at the warehouse on Sunday.",
        "did nights at the depot for years",
        "Got Boots paracetamol for the pain.",
        "Target range is 4 to 7 on the Libre.",
        "Next week I see the rheumatologist.",
        "My target A1c is 6.5.",
        "Evidence-based medicine says otherwise.",
        "A plant-based diet helped my IBS.",
        "Her RBC was low and IgA normal.",
        "Clicks in my knee when I walk.",
        "Reliance on opioids worries me.",
        "Countdown to surgery: 3 days.",
        "My boots are too tight with the swelling.",
        "Walgreens brand melatonin 5mg works for me.",
        "Started Humira and Stelara at the same time.",
        "Spark of hope with the new Keytruda dose.",
        "I RAN OUT of my inhaler again.",
        "Runs of SVT/RAF and occasional VT on the monitor.",
        "Die CRP-Werte sind gestiegen, MRT-Termin am Montag.",
    ],
)
def test_not_a_workplace(text: str) -> None:
    assert not [s for s in detect(text, GB) if s.type is SpanType.EMPLOYER], found(text)


@pytest.mark.parametrize(
    "text,kept",
    [
        ("Moved to Texas last year after the transplant.", "Texas"),
        ("We drove to Ireland for the wedding, on Humira.", "Humira"),
    ],
)
def test_countries_states_and_drugs_are_no_chain(text: str, kept: str) -> None:
    assert not [s for s in detect(text, GB) if s.type is SpanType.EMPLOYER and kept in s.text]


@pytest.mark.parametrize(
    "text,employer",
    [
        ("My manager at Pick n Pay Hyper won't budge.", "Pick n Pay Hyper"),
        ("She's at Coles Express most nights.", "Coles Express"),
        ("I'm at Sainsbury's Local three mornings a week.", "Sainsbury's Local"),
    ],
)
def test_chain_with_its_branch(text: str, employer: str) -> None:
    spans = [s.text for s in detect(text, GB) if s.type is SpanType.EMPLOYER]
    assert employer in spans, spans


@pytest.mark.parametrize(
    "text,employer",
    [
        ("Shift at Tesco Monday, then my Humira.", "Tesco"),
        ("Got a job at Kroger Ozempic paid for by them", "Kroger"),
    ],
)
def test_branch_stops_at_a_day_or_a_drug(text: str, employer: str) -> None:
    """The chain finder's own span (the cue finder in employers.py may run on)."""
    from app.redact.employers_slots import ChainFinder
    from app.redact.lexicon import default_lexicon

    assert [s.text for s in ChainFinder(default_lexicon()).find(text)] == [employer]


@pytest.mark.parametrize(
    "text,employer",
    [
        ("Bin seit März wieder bei Stihl, Schicht. Die Schmerzen sind schlimmer.", "Stihl"),
        ("Mein Chef bei Würth hat kein Verständnis für meine Migräne.", "Würth"),
        ("Meine Kollegin bei Zeiss hat auch Morbus Crohn und nimmt Humira.", "Zeiss"),
        ("Ich habe eine Ausbildung bei Mahle angefangen, trotz Asthma.", "Mahle"),
    ],
)
def test_german_firm_by_the_words_around_bei(text: str, employer: str) -> None:
    spans = [s.text for s in detect(text, PrivacyProfile(region="DE"))]
    assert employer in spans, spans


def test_german_bei_before_a_need_or_a_drug_is_no_firm() -> None:
    from app.redact.employers_slots import ChainFinder
    from app.redact.lexicon import default_lexicon

    finder = ChainFinder(default_lexicon())
    text = "Ich nehme Ibuprofen bei Bedarf, mein Chef bei Gudrun weiß das."
    assert list(finder.find(text)) == []
