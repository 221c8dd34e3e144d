"""Organisations by what they do or are to the writer (issue #9), each rule with hard
negatives: ordinary words, people and medicine in the same frame stay readable.

- a listed payer by its short name in a payer's frame (``orgs_lower``);
- a landlord's and a scheme's own verbs, a provider sent to the writer
  (``employers_actors``);
- a union's delegate, an acronym's support group, hospice or German verb
  (``orgs_acronyms``, ``orgs_groups``), a listed body said short, in a German compound
  or at its gathering;
- a firm's health insurance or plan (``employers_listed.cover_of``), a German club by
  its short form (``orgs_german``), a church by its denomination (``employers_kinds``).
"""

from __future__ import annotations

import pytest

from app.profile import EMPTY_PROFILE
from app.redact.engine import Detector
from tests.support.redact_posts import detector as shared_detector


@pytest.fixture(scope="module")
def detector() -> Detector:
    return shared_detector()  # one lexicon load for every redaction test module


def _found(detector: Detector, text: str) -> list[tuple[str, str]]:
    return [(s.text, s.type.name) for s in detector.detect(text, EMPTY_PROFILE)]


_TAKEN = [
    # a listed payer by its short name
    ("Discovery only pays the generic, not the brand.", "Discovery"),
    ("Momentum covered 21 days inpatient, then stopped.", "Momentum"),
    ("Discovery wants a chronic application for the Forxiga.", "Discovery"),
    ("Ma!! Discovery het die MRI goedgekeur.", "Discovery"),
    ("Money: nib will cover the specialist bits.", "nib"),
    ("My nib rep says the rail isn't claimable.", "nib"),
    ("Ciara are you still with VHI? I might switch.", "VHI"),
    ("Rang Respond again about the ramp at the back.", "Respond"),  # Respond Housing
    # a landlord's or a scheme's own verb
    ("Housing: Killam raised the rent 7% and the lift is broken.", "Killam"),
    ("Housing: Catalyst have stopped the eviction letters now.", "Catalyst"),
    ("Unite sent a card signed by the retired members.", "Unite"),
    ("Medshield het alles betaal behalwe die ambulans, ER24 wil R4,800 hê.", "ER24"),
    ("Geld: Die LWB hat die Nebenkostenabrechnung geschickt.", "LWB"),
    ("Die Vonovia hat die Miete schon wieder erhöht.", "Vonovia"),
    ("Die Versichertenkarte, AOK Nordwest, Nummer W944137100.", "AOK Nordwest"),
    ("Mein Ausbilder bei Hamburger Hochbahn lässt mich im Büro.", "Hamburger Hochbahn"),
    ("My Sanlam rep never calls back.", "Sanlam"),
    ("The Konekt case manager rang twice.", "Konekt"),
    # a provider sent to the writer
    ("The rehab provider they sent, Konekt, is not great.", "Konekt"),
    ("On weekdays the attendant from Care24 is with him.", "Care24"),
    # unions, groups and bodies
    ("Get the AWU delegate involved.", "AWU"),
    ("Big ups to my E tū delegate for the toilet breaks.", "E tū"),
    ("- SADAG's bipolar support group in Rondebosch.", "SADAG"),
    ("- LOROS hospice day therapy on Wednesdays.", "LOROS"),
    ("GHD liefert jetzt monatlich.", "GHD"),
    ("5. Die Gruppe von der ILCO trifft sich im Haus.", "ILCO"),
    ("Hausnotruf über die Malteser, seit dem Sturz.", "Malteser"),
    ("Die Rheuma-Liga-Gruppe in Zuffenhausen hat mir geholfen.", "Rheuma-Liga"),
    ("Kyle takes her Thursdays when I have the Legion meeting.", "Legion"),
    ("Great girl. Croí in Galway run a thing for the wives.", "Croí"),  # accented
    ("Our Fórsa rep sorted the transfer.", "Fórsa"),
    ("cant do that either. citizens advice bloke said to ring.", "citizens advice"),
    ("I was going to be the next president of the UKZN SRC.", "UKZN"),
    ("The Long COVID Support Tas group meets on Tuesdays.", "Long COVID Support Tas"),
    ("Long COVID Australia runs a peer forum.", "Long COVID Australia"),
    # a firm's cover, a club
    ("Work (Aardman) has Vitality health insurance.", "Vitality"),
    ("Physio on Tuesday on the Unite plan.", "Unite"),
    ("St. Jude doesn't bill us, but our BCBST plan still sends EOBs.", "BCBST"),
    ("Beim SV Blau-Weiß bin ich wieder Trainer der D-Jugend.", "SV Blau-Weiß"),
    ("Ich spiele beim TSV Zuffenhausen.", "TSV Zuffenhausen"),
    # a Krankenkasse by its owner, a trade's accident insurer, a payer's plural verb
    ("Frage an euch: meine DAK will dass ich auf ein Biosimilar wechsle.", "DAK"),
    ("Hallo zusammen, meine Techniker hat die Omnipod 5 Versorgung genehmigt.", "Techniker"),
    ("Heute Bescheid von der BG Bau: nicht als Berufskrankheit anerkannt.", "BG Bau"),
    ("The consultant wants a cardioversion. VHI say it's covered in full.", "VHI"),
    # a German care service by its name after its kind; a numbered fire or police unit
    ("Der Pflegedienst Sonnenschein hat gekündigt, weil sie kein Personal haben.", "Sonnenschein"),
    ("Die Frau vom Pflegedienst Lindenhof kommt um 10 und bringt die Tabletten.", "Lindenhof"),
    ("The guys at my old house (Engine 273) keep saying get the surgery.", "Engine 273"),
    ("26 years at Harford County Fire, out of Station 12 in Joppatowne.", "Station 12"),
    # charities by name, a chain's branch by a landmark
    ("On mirtazapine 30mg and doing EMDR with Combat Stress.", "Combat Stress"),
    ("Breathe Easy group cancelled this week.", "Breathe Easy"),
    ("trying the CVS by the mall tomorrow", "CVS"),
    # a club by its place and its letters; a payer's number
    ("31, had a seizure at a Bishopstown GAA match in November.", "Bishopstown GAA"),
    ("The Kilmacud RFC lads visited.", "Kilmacud RFC"),
    ("Dewald took her pills away. Discovery number on file is 317 442 9081.", "Discovery"),
]


@pytest.mark.parametrize(("text", "name"), _TAKEN)
def test_an_organisation_is_taken_by_its_frame(detector: Detector, text: str, name: str) -> None:
    assert (name, "EMPLOYER") in _found(detector, text)


_LEFT = [
    # ordinary words, people and places where a payer's short name would be
    ("The discovery of insulin covered a century of work.", "discovery"),
    ("I lost all momentum once the flare covered both knees.", "momentum"),
    ("The pen nib will cover the page in ink.", "nib"),
    ("Momentum is everything in rehab, the physio says.", "Momentum"),
    ("Care covered the basics, nothing more.", "Care"),  # "Care Health": too ordinary
    ("Max wants a biscuit after every walk.", "Max"),  # a given name ("Max Healthcare")
    ("Coffee with Vivid at 11 before the clinic.", "Vivid"),  # a bare "with" is a person's
    ("Respond with a letter, they said, and it covered nothing.", "Respond"),  # a verb
    ("Circle covered the scan.", "Circle"),  # a commoner short opening a sentence
    # people and medicine before a landlord's or a scheme's verb
    ("Mum raised the rent question again at dinner.", "Mum"),
    ("Sarah wants a letter from the consultant.", "Sarah"),
    ("Ozempic covered 3 months of cravings.", "Ozempic"),
    ("Then the flare stopped the eviction of my plans.", "Then"),
    ("Die Sabine hat mir die Fotos geschickt.", "Sabine"),
    ("Die MRT hat die Ergebnisse geschickt.", "MRT"),
    ("Die Praxis hat den Termin geschickt.", "Praxis"),
    ("Mein Techniker hat die Heizung repariert.", "Techniker"),  # a technician is "mein"
    ("Ich habe dem Pflegedienst Bescheid gesagt, die Tabletten sind da.", "Bescheid"),
    ("Got off the train at Station 2 and walked to the clinic.", "Station"),  # no service
    ("Truck 3 of the chemo was rough.", "Truck"),
    ("Monday GAA training is off.", "Monday"),
    ("The discovery number of new cases rose.", "discovery"),
    ("The MRI say nothing new, the consultant thinks.", "MRI"),  # no pronoun after "say"
    ("Private health insurance is a scam.", "Private"),
    ("My Medtronic rep came to the clinic.", "Medtronic"),  # a device maker's
    ("Our HDHP health plan is awful.", "HDHP"),  # a kind of plan
    ("Ask the Ozempic rep about samples.", "Ozempic"),
    ("The NHS helpline was useless.", "NHS"),
    ("TPA helpline 1800 425 7788 for the claim.", "TPA"),  # a kind of administrator
    ("The NDSS helpline sorted my rego.", "NDSS"),  # a national scheme
    # a worker from a place, a ward or a person
    ("The carer from Ballymun came at nine.", "Ballymun"),
    ("The nurse from ICU rang back.", "ICU"),
    ("The engineer from Mum's work fixed it.", "Mum"),
    # medicine's letters and ordinary words in a group's, a plan's or a club's frame
    ("The ICU delegate from the ward explained the visiting rules.", "ICU"),
    ("The ICU hospice team rang.", "ICU"),
    ("Das MRT liefert Bilder.", "MRT"),
    ("The CFS parent support group meets Fridays.", "CFS"),
    ("Next plan is to rest and pace.", "Next"),
    ("The Next plan failed too.", "Next"),
    ("I love Maltesers at the cinema.", "Maltesers"),
    ("the next guy was rude to me.", "next"),  # an ordinary word in lower case
    ("the boots guy was nice.", "boots"),
    ("The Community meeting was long.", "Community"),  # opening a sentence
    ("A Legion of fans waited outside the meeting.", "Legion"),
    ("Die SC Injektion war schmerzhaft.", "Injektion"),  # subcutaneous: no club's form
    ("The SV was low on the echo.", "SV"),  # stroke volume, no name after it
    ("Das FC Ergebnis kam heute.", "Ergebnis"),  # an ordinary noun after the form
    ("Neuro: FC MAE OD, PERRLA.", "MAE"),  # a chart's capitals, no club's name
    ("My Long COVID UK clinic is good.", "COVID"),  # a clinic: care, the illness kept
    ("The Long COVID Clinic at St James.", "COVID"),
    ("I have had Long COVID since March.", "COVID"),
]


@pytest.mark.parametrize(("text", "word"), _LEFT)
def test_no_organisation_without_its_frame(detector: Detector, text: str, word: str) -> None:
    assert not any(word in t and kind == "EMPLOYER" for t, kind in _found(detector, text))


@pytest.mark.parametrize(
    ("text", "name", "taken"),
    [
        ("- Lighthouse Pentecostal for driving me to the clinic.", "Lighthouse Pentecostal", True),
        ("We go to Grace Baptist on Sundays.", "Grace Baptist", True),
        ("The United Methodist hymnal is heavy.", "Methodist", False),  # a denomination
        ("Southern Baptist folks brought soup.", "Baptist", False),
        ("I ate American Baptist food.", "Baptist", False),  # a nationality
    ],
)
def test_a_church_by_one_word_before_its_denomination(
    detector: Detector, text: str, name: str, taken: bool
) -> None:
    places = [t for t, kind in _found(detector, text) if kind in ("PLACE", "EMPLOYER")]
    assert (name in places) is taken and (taken or not any(name in t for t in places))


@pytest.mark.parametrize(
    ("text", "term"),
    [
        ("Asthma LTC review on Monday.", "LTC"),  # a long-term condition
        ("Right AFC 7, Left AFC 5 at the scan.", "Right AFC"),  # an antral follicle count
        ("Leeds GUM clinic were great.", "GUM"),
        ("Soweto ARV clinic moved my appointment.", "ARV"),
    ],
)
def test_medicines_letters_beside_a_place_are_no_club(
    detector: Detector, text: str, term: str
) -> None:
    assert not any(term in t for t, _ in _found(detector, text)), _found(detector, text)
