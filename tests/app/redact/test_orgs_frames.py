"""Organisations no list holds, found by their frames (``orgs_owned``, ``orgs_ordinary``
through ``employers_actors``, ``orgs_german``): what only a firm has ("the X
helpline", "my X account"), what only a firm does ("X refunded", "X put me on hold"),
what the writer calls it ("X (my insurer)"), and a kind written first ("Bäckerei X",
"Farmacia X", "X e.V."). Beside them, people, drugs, conditions, national bodies,
days and a sentence's ordinary capitals stay as they are."""

from __future__ import annotations

import pytest

from app.profile import EMPTY_PROFILE
from app.redact.engine import Detector
from app.redact.spans import Span, SpanType


@pytest.fixture(scope="module")
def detector() -> Detector:
    return Detector()


def _spans(detector: Detector, text: str) -> list[Span]:
    return detector.detect(text, EMPTY_PROFILE)


def _hidden(detector: Detector, text: str) -> list[str]:
    return [s.text for s in _spans(detector, text)]


@pytest.mark.parametrize(
    ("text", "organisation"),
    [
        # what only an organisation has
        ("Forty minutes on the Corvallen helpline about my Humira pens.", "Corvallen"),
        ("Spent an hour on the Unity helpline about my insulin pump.", "Unity"),
        ("My Clarity account says the Stelara claim is closed.", "Clarity"),
        ("The Meridian portal is down again, so no HbA1c results.", "Meridian"),
        ("My Apex claim for the endoscopy was denied.", "Apex"),
        ("The Beaconsfield Shield adjuster wants photos of the brace.", "Beaconsfield Shield"),
        ("Pinnacle customer service were kind about the dementia.", "Pinnacle"),
        ("My Evergreen policy excludes mental health.", "Evergreen"),
        ("The Larkspur Health portal shows my potassium.", "Larkspur Health"),
        ("Rang Dorrington customer service about the Keytruda delivery.", "Dorrington"),
        # who writes or is rung, and what the writer calls it
        ("A letter from Keystone arrived about the PIP tribunal.", "Keystone"),
        ("I rent from Anchor and they fitted a wet room.", "Anchor"),
        ("I'm on hold with Velmora again about the Ozempic.", "Velmora"),
        ("Meridian (my insurer) finally paid up.", "Meridian"),
        ("Apex, my employer, let me work from home after chemo.", "Apex"),
        ("I left Compass in March because of the MS.", "Compass"),
        # what only an organisation does, an ordinary word by the payer's cue
        ("Discovery declined the claim for the scope.", "Discovery"),
        ("my medical aid through Discovery now covers the Humira", "Discovery"),
        ("Hi all. Discovery (yes I know) declined my Ozempic again.", "Discovery"),
        ("Compass cancelled my policy after the cancer diagnosis.", "Compass"),
        ("Horizon rehoused my neighbour last month.", "Horizon"),
        ("Unity put me on hold for 40 minutes.", "Unity"),
        ("Keystone reimbursed the physio in full.", "Keystone"),
        ("Trevannick refunded the CGM sensors.", "Trevannick"),
        ("Ostlake billed me twice for the blood test.", "Ostlake"),
        # two capitalised words as a payer's subject, and the writer's gym, bank, employer
        ("Step Forward paid for the taxi to chemo.", "Step Forward"),
        ("Old Mutual declined the claim for the scan.", "Old Mutual"),
        ("My gym, Pure Motion, froze my membership during chemo.", "Pure Motion"),
        ("My bank (Crestline) refunded the fee.", "Crestline"),
        # a listed firm in lower case, in a firm's frame
        ("rang aviva again about the claim for the mri", "aviva"),
        ("my bupa claim got declined, so no humira yet", "bupa"),
        ("aetna denied the ozempic again", "aetna"),
        ("on hold with medibank for an hour about the cpap", "medibank"),
        # a hospital system's service line
        ("My liver workup is at Methodist Transplant next week.", "Methodist Transplant"),
        ("Follow up at Presbyterian Heart next month.", "Presbyterian Heart"),
        # kind first, legal form last
        ("Morgens Brötchen von der Bäckerei Schulze, dann Metformin.", "Bäckerei Schulze"),
        ("Das Ibuprofen gab es in der Apotheke am Markt.", "Apotheke am Markt"),
        ("Dienstag wieder bei Physiotherapie Krämer wegen der Skoliose.", "Physiotherapie Krämer"),
        (
            "Termin in der Praxis Dr. Hollbach am Ring wegen Diabetes.",
            "Praxis Dr. Hollbach am Ring",
        ),
        ("Die Wohnbau Kessler AG hat den Schimmel nicht entfernt.", "Wohnbau Kessler AG"),
        ("Bin beim Sportverein Grünau e.V. im Vorstand.", "Sportverein Grünau e.V."),
        ("Compré el ibuprofeno en la Farmacia Ortega.", "Farmacia Ortega"),
        ("Picked up the amoxicillin at Farmacia Ruiz on holiday.", "Farmacia Ruiz"),
        # a chain's counter inside a hospital
        ("Happy with the MRI. Costa in the atrium had run out of oat milk.", "Costa"),
    ],
)
def test_organisation_in_its_frame_is_hidden(
    detector: Detector, text: str, organisation: str
) -> None:
    assert organisation in _hidden(detector, text)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # drugs and devices as subjects or owners
        ("Humira was denied by the insurer.", "Humira"),
        ("Ozempic is covered now.", "Ozempic"),
        ("The insurance covered Mounjaro in the end.", "Mounjaro"),
        ("Keytruda was approved for my stage 3 melanoma.", "Keytruda"),
        ("Stelara is covered by my plan.", "Stelara"),
        ("My Wegovy claim was denied.", "Wegovy"),
        ("The Dexcom app keeps losing signal.", "Dexcom"),
        ("Headspace app and a DBT group every week.", "Headspace"),
        ("My Omnipod account shows the pods shipped.", "Omnipod"),
        # conditions
        ("Lupus put me on hold for a year.", "Lupus"),
        ("Fibro cancelled my plans again.", "Fibro"),
        ("My Crohn's account of symptoms was ignored.", "Crohn"),
        ("I was raised Methodist and my heart is fine.", "heart"),
    ],
)
def test_medicine_is_never_an_organisation(detector: Detector, text: str, kept: str) -> None:
    """A drug, a device or a condition in a payer's frame stays in the post."""
    assert not any(kept in h for h in _hidden(detector, text))


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # national bodies and schemes, and their acronyms
        ("The NHS won't fund the Mounjaro.", "NHS"),
        ("DWP rejected my claim again.", "DWP"),
        ("Medicare paid for the wheelchair.", "Medicare"),
        ("NDSS helpline was lovely about the Dexcom.", "NDSS"),
        ("For the CGHS claim they want the discharge summary.", "CGHS"),
        # a sentence's ordinary capitals, kinds, departments, days
        ("Insurance declined the claim for the MRI.", "Insurance"),
        ("Work said I can come back after the surgery.", "Work"),
        ("Monday declined into chaos with the migraine.", "Monday"),
        ("Christmas cancelled our plans this year.", "Christmas"),
        ("A letter from Radiology came about the scan.", "Radiology"),
        ("The Disability claim went in on Friday.", "Disability"),
        ("Council approved the grant for the ramp.", "Council"),
        ("Management refunded nothing.", "Management"),
        ("The Health app says my steps are down.", "Health"),
        ("Hab von der Bäckerei Brötchen mitgebracht.", "Brötchen"),
        ("took next week off, my claim is still pending", "next"),
        ("called boots about the humira, no stock", "boots"),
        ("In der Praxis Montag um 8.", "Montag"),
        ("Universal Credit paid for nothing this month.", "Universal Credit"),
        ("Child Benefit covers the nappies.", "Child Benefit"),
        ("Occupational Health approved the phased return.", "Occupational Health"),
        ("Social Care Team paid for the rails.", "Social Care"),
        # countries
        ("New Zealand covers the IVF.", "New Zealand"),
        ("Ireland approved the new vaccine rollout.", "Ireland"),
        ("The Australia office lost the claim.", "Australia"),
    ],
)
def test_what_is_no_organisation_is_not_one(detector: Detector, text: str, kept: str) -> None:
    """Public bodies, kinds, departments, days and countries are no organisation here
    (other finders may still take a country's or a day's word for what it is)."""
    assert not any(kept in s.text and s.type is SpanType.EMPLOYER for s in _spans(detector, text))


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Dr Patel declined to increase the sertraline.", "Patel"),
        ("Sarah approved my leave request.", "Sarah"),
        ("Priya's claim for the physio went through.", "Priya"),
        ("A letter from Grace came about the Humira.", "Grace"),
        ("Mary Jane paid for lunch after the infusion.", "Mary Jane"),
    ],
)
def test_a_person_is_no_organisation(detector: Detector, text: str, person: str) -> None:
    """People in a payer's frame are the name finders' to take, as names."""
    assert not any(s.text == person and s.type is SpanType.EMPLOYER for s in _spans(detector, text))
