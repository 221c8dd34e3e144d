"""Organisations by what they do or are to the writer (issue #9): a listed payer by its
short name in a payer's frame (``orgs_lower``), a landlord's and a scheme's own verbs
(``employers_actors``), a provider sent to the writer, a union's delegate, a firm's
health insurance or plan (``employers_slots``) and a German club by its short form
(``orgs_german``). Each rule has hard negatives: ordinary words, people and medicine in
the same frame stay readable."""

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


def _taken(detector: Detector, text: str, word: str) -> bool:
    return any(word in s.text for s in detector.detect(text, EMPTY_PROFILE))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Discovery only pays the generic, not the brand.", "Discovery"),
        ("Momentum covered 21 days inpatient, then stopped.", "Momentum"),
        ("Discovery wants a chronic application for the Forxiga.", "Discovery"),
        ("Ma!! Discovery het die MRI goedgekeur.", "Discovery"),
        ("Money: nib will cover the specialist bits.", "nib"),
        ("My nib rep says the rail isn't claimable.", "nib"),
        ("Ciara are you still with VHI? I might switch.", "VHI"),
    ],
)
def test_a_listed_payer_by_its_short_name_in_a_payers_frame(
    detector: Detector, text: str, name: str
) -> None:
    assert (name, "EMPLOYER") in _found(detector, text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The discovery of insulin covered a century of work.", "discovery"),
        ("I lost all momentum once the flare covered both knees.", "momentum"),
        ("The pen nib will cover the page in ink.", "nib"),
        ("Momentum is everything in rehab, the physio says.", "Momentum"),
        ("Care covered the basics, nothing more.", "Care"),  # "Care Health": too ordinary
    ],
)
def test_a_payers_short_name_needs_its_frame_and_no_ordinary_reading(
    detector: Detector, text: str, word: str
) -> None:
    assert not _taken(detector, text, word)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Max wants a biscuit after every walk.", "Max"),  # a given name ("Max Healthcare")
        ("Coffee with Vivid at 11 before the clinic.", "Vivid"),  # a bare "with" is a person's
    ],
)
def test_a_person_is_no_payer_by_a_payers_name(detector: Detector, text: str, word: str) -> None:
    assert (word, "EMPLOYER") not in _found(detector, text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Housing: Killam raised the rent 7% and the lift is broken.", "Killam"),
        ("Housing: Catalyst have stopped the eviction letters now.", "Catalyst"),
        ("Unite sent a card signed by the retired members.", "Unite"),
        ("Medshield het alles betaal behalwe die ambulans, ER24 wil R4,800 hê.", "ER24"),
    ],
)
def test_a_landlords_or_schemes_own_verb_names_the_firm(
    detector: Detector, text: str, name: str
) -> None:
    assert (name, "EMPLOYER") in _found(detector, text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Mum raised the rent question again at dinner.", "Mum"),
        ("Sarah wants a letter from the consultant.", "Sarah"),
        ("Ozempic covered 3 months of cravings.", "Ozempic"),  # medicine
        ("Then the flare stopped the eviction of my plans.", "Then"),
    ],
)
def test_those_verbs_leave_people_and_medicine_alone(
    detector: Detector, text: str, word: str
) -> None:
    assert (word, "EMPLOYER") not in _found(detector, text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The rehab provider they sent, Konekt, is not great.", "Konekt"),
        ("On weekdays the attendant from Care24 is with him.", "Care24"),
    ],
)
def test_a_provider_sent_to_the_writer_is_an_organisation(
    detector: Detector, text: str, name: str
) -> None:
    assert (name, "EMPLOYER") in _found(detector, text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The carer from Ballymun came at nine.", "Ballymun"),  # a place, not a firm
        ("The nurse from ICU rang back.", "ICU"),
        ("The engineer from Mum's work fixed it.", "Mum"),
    ],
)
def test_a_worker_from_a_word_or_a_place_names_no_firm(
    detector: Detector, text: str, word: str
) -> None:
    assert (word, "EMPLOYER") not in _found(detector, text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Get the AWU delegate involved.", "AWU"),
        ("Big ups to my E tū delegate for the toilet breaks.", "E tū"),
        ("Work (Aardman) has Vitality health insurance.", "Vitality"),
        ("Physio on Tuesday on the Unite plan.", "Unite"),
    ],
)
def test_a_union_by_its_delegate_and_a_firm_by_its_cover(
    detector: Detector, text: str, name: str
) -> None:
    assert (name, "EMPLOYER") in _found(detector, text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The ICU delegate from the ward explained the visiting rules.", "ICU"),
        ("Next plan is to rest and pace.", "Next"),
        ("The Next plan failed too.", "Next"),
    ],
)
def test_medicine_and_ordinary_words_in_those_frames_stay(
    detector: Detector, text: str, word: str
) -> None:
    assert (word, "EMPLOYER") not in _found(detector, text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Beim SV Blau-Weiß bin ich wieder Trainer der D-Jugend.", "SV Blau-Weiß"),
        ("Ich spiele beim TSV Zuffenhausen.", "TSV Zuffenhausen"),
    ],
)
def test_a_german_club_by_its_short_form(detector: Detector, text: str, name: str) -> None:
    assert (name, "EMPLOYER") in _found(detector, text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Die SC Injektion war schmerzhaft.", "Injektion"),  # subcutaneous: no club's form
        ("The SV was low on the echo.", "SV"),  # stroke volume, no name after it
        ("Das FC Ergebnis kam heute.", "Ergebnis"),  # an ordinary noun after the form
        ("Neuro: FC MAE OD, PERRLA.", "MAE"),  # a chart's capitals, no club's name
    ],
)
def test_no_club_without_its_form_and_a_name(detector: Detector, text: str, word: str) -> None:
    assert not any(word in s.text for s in detector.detect(text, EMPTY_PROFILE))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("- Lighthouse Pentecostal for driving me to the clinic.", "Lighthouse Pentecostal"),
        ("We go to Grace Baptist on Sundays.", "Grace Baptist"),
    ],
)
def test_a_church_by_one_word_before_its_denomination(
    detector: Detector, text: str, name: str
) -> None:
    assert name in [t for t, _ in _found(detector, text)]


@pytest.mark.parametrize(
    "text",
    [
        "The United Methodist hymnal is heavy.",  # a denomination, not a church
        "Southern Baptist folks brought soup.",
        "I ate American Baptist food.",  # a nationality
    ],
)
def test_a_denomination_alone_is_no_church(detector: Detector, text: str) -> None:
    assert not any(t in ("PLACE", "EMPLOYER") for _, t in _found(detector, text))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("- SADAG's bipolar support group in Rondebosch.", "SADAG"),
        ("- LOROS hospice day therapy on Wednesdays.", "LOROS"),
        ("GHD liefert jetzt monatlich.", "GHD"),
        ("5. Die Gruppe von der ILCO trifft sich im Haus.", "ILCO"),
    ],
)
def test_an_acronym_by_its_group_hospice_or_german_verb(
    detector: Detector, text: str, name: str
) -> None:
    assert (name, "EMPLOYER") in _found(detector, text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The ICU hospice team rang.", "ICU"),  # a ward's letters
        ("Das MRT liefert Bilder.", "MRT"),  # a scan
        ("The CFS parent support group meets Fridays.", "CFS"),  # an illness
    ],
)
def test_medicines_letters_in_those_frames_stay(detector: Detector, text: str, word: str) -> None:
    assert (word, "EMPLOYER") not in _found(detector, text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Rang Respond again about the ramp at the back.", "Respond"),  # Respond Housing
        ("Hausnotruf über die Malteser, seit dem Sturz.", "Malteser"),
        ("Die Rheuma-Liga-Gruppe in Zuffenhausen hat mir geholfen.", "Rheuma-Liga"),
        ("Kyle takes her Thursdays when I have the Legion meeting.", "Legion"),
        ("Great girl. Croí in Galway run a thing for the wives.", "Croí"),  # accented
        ("Our Fórsa rep sorted the transfer.", "Fórsa"),
    ],
)
def test_a_listed_body_said_short_or_in_a_compound(
    detector: Detector, text: str, name: str
) -> None:
    assert (name, "EMPLOYER") in _found(detector, text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Respond with a letter, they said, and it covered nothing.", "Respond"),  # a verb
        ("Circle covered the scan.", "Circle"),  # a commoner short opening a sentence
        ("I love Maltesers at the cinema.", "Maltesers"),
        ("The Community meeting was long.", "Community"),  # opening a sentence
        ("A Legion of fans waited outside the meeting.", "Legion"),
    ],
)
def test_a_commoner_short_name_counts_only_inside_a_sentence(
    detector: Detector, text: str, word: str
) -> None:
    assert (word, "EMPLOYER") not in _found(detector, text)
