"""Medicine written as one word: run together in capitals (``medical_camel``) or
compounded in German (``medical_german``). Firms written the same way, and people,
stay hidden."""

from __future__ import annotations

import pytest

from tests.support.redact_posts import spans, untouched


@pytest.mark.parametrize(
    ("text", "term"),
    [
        ("Try home hemo with the NxStage so she can keep her hours.", "NxStage"),
        ("42 boxes, for APD on the HomeChoice, 10 hrs overnight.", "HomeChoice"),
        ("The FIT test from the BowelScreen letter came back positive.", "BowelScreen"),
        ("And the BreastCheck letter arrived the same week.", "BreastCheck"),
        ("Thanks all for the support #HidradenitisSuppurativa", "HidradenitisSuppurativa"),
        ("First outing in weeks #BellsPalsy", "BellsPalsy"),
    ],
)
def test_a_device_a_programme_or_a_condition_run_together_stays(text: str, term: str) -> None:
    assert untouched(text, term), spans(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Got a quote from MinuteClinic and started a GoFundMe. PanCAN helped too.", "PanCAN"),
        ("Got a quote from MinuteClinic and started a GoFundMe.", "MinuteClinic"),
        ("She posts on PatientsLikeMe every night.", "PatientsLikeMe"),
        ("We raised money at the RiverSide Cafe for his dialysis.", "RiverSide"),
    ],
)
def test_firms_run_together_stay_hidden(text: str, name: str) -> None:
    assert not untouched(text, name), spans(text)


@pytest.mark.parametrize(
    ("text", "term"),
    [
        ("Das Jahr mit dem Ileostoma war hart, aber ich bin noch da.", "Ileostoma"),
        ("Ohne OP hätte ich ein toxisches Megakolon bekommen, sagt der Arzt.", "Megakolon"),
        ("Die Kasse will für das Notfallset mit Hydrocortison extra Geld.", "Notfallset"),
        ("Seit dem letzten Grand-mal am 16. November bin ich anfallsfrei.", "Grand-mal"),
        ("Der Shunt am linken Arm funktioniert seit dem 14. wieder.", "Shunt"),
        ("Herzkatheter heute Nacht, zwei Stents in die RCA, und mir geht es gut.", "Stents"),
    ],
)
def test_german_medical_compounds_and_loan_words_stay(text: str, term: str) -> None:
    assert untouched(text, term), spans(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Frau Stent kommt morgen und Herr Shunt auch, wir trinken Kaffee.", "Stent"),
        ("Frau Stent kommt morgen und Herr Shunt auch, wir trinken Kaffee.", "Shunt"),
        ("Ich war mit Karsten beim Arzt, die Untersuchung war gut.", "Karsten"),
    ],
)
def test_people_in_german_text_stay_hidden(text: str, name: str) -> None:
    assert not untouched(text, name), spans(text)


@pytest.mark.parametrize(
    ("text", "term"),
    [
        # a German compound guessed as the payer's object is the treatment
        (
            "[26.09.24, 18:52] Ich: Debeka zahlt die Protonentherapie nicht komplett, nur 60%. "
            "Ich weiß nicht was ich machen soll.",
            "Protonentherapie",
        ),
        # an eponym's possessive alone after "with" is the illness, no firm
        ("Anyone else work at a call centre with Crohn's? How do you manage?", "Crohn's"),
        # dialysis and dosing days as written
        ("Manjit's dialysis moved to MWF mornings at Brampton Civic.", "MWF"),
        (
            "On hydrocortisone 10/5/5 now and carrying the Solu-Cortef kit everywhere.",
            "Solu-Cortef",
        ),
        ("On Rifafour 4 tabs daily. Sputum came back GeneXpert positive.", "GeneXpert"),
    ],
)
def test_a_treatment_an_illness_or_a_schedule_guessed_as_a_firm_stays(text: str, term: str) -> None:
    assert untouched(text, term), spans(text)


def test_an_illnesss_charity_stays_hidden() -> None:
    assert not untouched("I volunteer at Parkinson's UK on Fridays.", "Parkinson's UK")


@pytest.mark.parametrize(
    ("text", "term"),
    [
        ("baby's fever is 39.4 again, gave Tempra at 8", "Tempra"),
        ("IVF round 2, day 9 of stims. Gonal-f 225 + Orgalutran.", "Orgalutran"),
        ("Title: Bilharzia after the Dusi, anyone else?", "Bilharzia"),
        ("45M. ECG at KMC showed Brugada pattern. Cardiologist wants an ajmaline test.", "Brugada"),
        ("Skyrizi after Humira failed. Calpro was 1,200, now 85. Gastro is on board.", "85"),
        ("no the pink is Sando-K. and where is her Fultium", "Sando-K"),
        ("Shoutout to the DOTS centre in Dharavi who saw my MDR-TB treatment through.", "DOTS"),
    ],
)
def test_brands_and_programmes_no_list_held_stay(text: str, term: str) -> None:
    assert untouched(text, term), spans(text)


@pytest.mark.parametrize(
    ("text", "term"),
    [
        ("Yes both. And the Nebusal for tonight, FEV1 92% on the spirometer.", "Nebusal"),
        ("New GP switched me from Oroxine to Eutroxsig because of the shortage.", "Eutroxsig"),
        ("Gout again. Colgout and Noflam from the after-hours.", "Colgout"),
        ("Dr Singh says Visanne or the Jadelle.", "Jadelle"),
    ],
)
def test_local_brands_of_each_market_stay(text: str, term: str) -> None:
    assert untouched(text, term), spans(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Aveeno said she'd come at 8.", "Aveeno"),
        ("Disprin texted: running late.", "Disprin"),
        ("Dinner with Spiolto? No, with Spiros at 7.", "Spiolto"),
        # a market's brand carried by a person or a pet
        ("Alzain and I walked the dog.", "Alzain"),
        ("Corex came round with soup.", "Corex"),
        ("Aspro from work covered my shift.", "Aspro"),
        ("Jadelle from netball rang to see how the surgery went", "Jadelle"),
        ("Coralan's little girl has epilepsy too", "Coralan"),
        ("Phloe our cat is fine.", "Phloe"),
    ],
)
def test_someone_named_like_a_brand_who_speaks_or_is_met_stays_hidden(text: str, name: str) -> None:
    assert not untouched(text, name), spans(text)


def test_a_device_that_says_a_reading_stays_medicine() -> None:
    assert untouched("Libre said 14.2 after the cake.", "Libre")
    assert untouched("Dexcom told me I was low at 3am.", "Dexcom")
    assert untouched("Dexcom said I was 2.9 at 3am.", "Dexcom")
