"""Review 14's findings on the medicine kinds: a name, town or venue beside an
eponym's everyday word ("no sign of Priya", "Nomvula's graft", "the Bell"), a state,
hospital or chain sharing medicine's capitals ("moved to NJ", "at FSH since Tuesday"),
a given name with a medical ending ("Met Amaurie") or after a brand ("Calpol Jamie")
stays hidden; the eponyms, abbreviations and lines they were written for stay."""

from __future__ import annotations

import pytest

from app.profile import EMPTY_PROFILE
from app.redact.engine import Detector


@pytest.fixture(scope="module")
def detector() -> Detector:
    return Detector()


def _hidden(detector: Detector, text: str, word: str, nth: int = 0) -> bool:
    """Whether a span covers the ``nth`` occurrence of ``word``."""
    start = -1
    for _ in range(nth + 1):
        start = text.index(word, start + 1)
    end = start + len(word)
    return any(s.start < end and start < s.end for s in detector.detect(text, EMPTY_PROFILE))


@pytest.mark.parametrize(
    ("text", "word", "nth"),
    [
        # everyday "sign of / circle of / loop of" before a listed name or town
        ("Still no sign of Priya, the ambulance came at 3.", "Priya", 0),
        ("No sign of Tom yet, I'm in A&E.", "Tom", 0),
        ("Waited two hours, no sign of Nomvula.", "Nomvula", 0),
        ("Any sign of Kwame?", "Kwame", 0),
        ("There was no sign of Leeds on the map.", "Leeds", 0),
        ("I'm in the circle of Aroha's friends.", "Aroha", 0),
        ("Stuck in a loop of Keisha's texts.", "Keisha", 0),
        ("Still no sign of Siobhan after the metformin round.", "Siobhan", 0),
        ("No sign of Dunedin from the plane, just cloud.", "Dunedin", 0),
        # a staging word before a given name with a plain number
        ("Grade Liam 3 piano exam passed.", "Liam", 0),
        ("Stage Priya 2 of the recital.", "Priya", 0),
        # a given name owning a valve, a graft, a murmur
        ("Nomvula's graft took well.", "Nomvula", 0),
        ("Siobhan's murmur is innocent.", "Siobhan", 0),
        ("Aroha's valve was replaced in Auckland.", "Aroha", 0),
        ("Priya's splint comes off Friday.", "Priya", 0),
        ("Kwame's valve was checked, all fine.", "Kwame", 0),
        # a listed town or surname before a test's or a line's word
        ("Got the Bondi line after physio.", "Bondi", 0),
        ("Auckland positive cases rose again.", "Auckland", 0),
        ("Dunedin type of weather", "Dunedin", 0),
        ("Okafor test results came back.", "Okafor", 0),
        ("Hartlepool type of rain today.", "Hartlepool", 0),
        # a venue named like an eponym used earlier in the text
        ("Had Bell's palsy in 2019. Met Sam at the Bell for a pint.", "Bell", 1),
        ("My Baker's cyst is back. Coffee at the Baker on Main St.", "Baker", 1),
        # state and province codes after a word of going or living
        ("Moved to NJ last year", "NJ", 0),
        ("Flying to VT for the wedding", "VT", 0),
        ("Driving to MS for Grandma's funeral", "MS", 0),
        ("Living in PE now", "PE", 0),
        ("Moving to MI for work next spring.", "MI", 0),
        # a hospital's, college's or chain's letters outside a medical frame
        ("Took the baby to TCH again", "TCH", 0),
        ("Dad's at PAH again", "PAH", 0),
        ("Mum's been at FSH since Tuesday", "FSH", 0),
        ("Back at SAH on ward 4", "SAH", 0),
        ("FSH kept me 3 days", "FSH", 0),
        ("I start at EMU in September", "EMU", 0),
        ("My son goes to PSC", "PSC", 0),
        ("Shift at IGA, then insulin.", "IGA", 0),
        ("Bought wine at BWS after the scan.", "BWS", 0),
        # a given name with a medical ending where a person stands
        ("Hannelore and Nehemia visited after dialysis.", "Nehemia", 0),
        ("Met Amaurie at the clinic.", "Amaurie", 0),
        ("Lunch with Kaurie and Jo.", "Kaurie", 0),
        # a given name after a brand is the child given it
        ("Took Calpol Jamie.", "Jamie", 0),
        ("Gave Nurofen Priya, fever down by 9.", "Priya", 0),
    ],
)
def test_people_and_places_stay_hidden(detector: Detector, text: str, word: str, nth: int) -> None:
    assert _hidden(detector, text, word, nth)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # anatomy said "of" an eponym (finding 9: the token gate lacked these nouns)
        ("Sphincter of Oddi dysfunction again", "Oddi"),
        ("Hearing loss from the organ of Corti damage.", "Corti"),
        ("Stone stuck at the duct of Wirsung.", "Wirsung"),
        ("Ligament of Treitz was mentioned on the scan.", "Treitz"),
        ("Crypts of Lieberkühn in the biopsy.", "Lieberkühn"),
        ("Canal of Schlemm blocked, so glaucoma.", "Schlemm"),
        ("She was born with tetralogy of Fallot.", "Fallot"),
        # eponyms the name lists do not hold, or that are medicine themselves
        ("Stage Hurley II on my armpits.", "Hurley"),
        ("My Baker's cyst is back.", "Baker"),
        ("Had Bell's palsy in 2019.", "Bell"),
        ("His Gleason score was 7.", "Gleason"),
        ("The Hickman line goes in Monday.", "Hickman"),
        ("My Chiari malformation is worse.", "Chiari"),
        # medicine's capitals in a medical frame
        ("My FSH was 12 and LH 6.", "FSH"),
        ("FSH and LH were high.", "FSH"),
        ("Diagnosed with PSC and UC in 2018.", "PSC"),
        ("TCH chemo cycle 3 today.", "TCH"),
        ("PAH meds changed.", "PAH"),
        ("Referred to MS clinic.", "MS"),
        ("Living with MS since 2010.", "MS"),
        ("I have MS and fatigue.", "MS"),
        # medicine of other languages and a product's line
        ("Die Proteinurie ist besser.", "Proteinurie"),
        ("Ich habe Anämie und Hämaturie.", "Hämaturie"),
        ("Lemsip Max, then bed.", "Max"),
        ("Evorel Conti 50 patch.", "Conti"),
    ],
)
def test_medicine_stays(detector: Detector, text: str, word: str) -> None:
    assert not _hidden(detector, text, word)
