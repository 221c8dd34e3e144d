"""Employers named by the frames of working life (employers_frames) and the grown list of
large employers (data/chains.txt), with what must stay: medicine, payers, people."""

from __future__ import annotations

import pytest

from app.profile import PrivacyProfile
from app.redact import SpanType, detect
from app.redact.employers_listed import chain_names

GB = PrivacyProfile(region="GB")


def employers(text: str) -> list[str]:
    return [s.text for s in detect(text, GB) if s.type is SpanType.EMPLOYER]


def hidden(text: str) -> list[str]:
    return [s.text for s in detect(text, GB)]


@pytest.mark.parametrize(
    "text,employer",
    [
        # German: the verb of working after the firm, or the time spent there
        ("Habe mich heute bei Hornbach krankgemeldet, die Migräne war zu stark.", "Hornbach"),
        ("Seit ich bei Fielmann arbeite, habe ich kaum Zeit für Physiotherapie.", "Fielmann"),
        ("Seit ich bei voestalpine in der Halle arbeite, ist das Asthma schlimmer.", "voestalpine"),
        ("Schichtdienst bei Dräger und dazu Metformin, schwierig.", "Dräger"),
        ("Er war 25 Jahre bei Krupp in Essen, jetzt COPD.", "Krupp"),
        ("Seit März bin ich bei Globetrotter in Teilzeit beschäftigt.", "Globetrotter"),
        (
            "Ich arbeite seit einem Jahr als Reinigungskraft bei Piepenbrock im Lager.",
            "Piepenbrock",
        ),
        ("Ich studiere und jobbe nebenbei bei Kuchenmeister in der Altstadt.", "Kuchenmeister"),
        ("Mein Arbeitgeber, die Sparkasse, war sehr verständnisvoll.", "Sparkasse"),
        ("Dachser ist mein Arbeitgeber seit 2010, trotz der Epilepsie.", "Dachser"),
        # a workplace's noun with the firm in brackets
        ("Office (Mphasis Pune) wants a medical certificate for the dengue.", "Mphasis"),
        ("I left the plant (Nissan in Smyrna, paint shop) and drove to urgent care.", "Nissan"),
        ("The factory (JCB) has a nurse who checked my BP.", "JCB"),
        # the firm called the employer
        ("Fidelity is my employer and my insurance, so that's awkward.", "Fidelity"),
        ("My employer, Ocado, offered a phased return after the surgery.", "Ocado"),
        # what only an employer does
        ("Rio Tinto won't let me back on the roster till the cardiologist signs off.", "Rio Tinto"),
        ("Told Halliburton I'd WFH this week, prednisone insomnia.", "Halliburton"),
        ("Then Wickford Motors gave me WFH after the jaundice.", "Wickford Motors"),
        # cover had through the firm
        ("My blue cross through Lockheed only covers half the CPAP.", "Lockheed"),
        ("our cigna through deere corporate dropped coverage for Wegovy", "deere"),
        ("my insurance (aetna through kroger corporate) dropped the Ozempic", "kroger"),
        # a listed chain in lower case where only the employer fits
        ("asda's wont give me the day off for the rheumy appt", "asda"),
        ("told lidl I'd be late, flare", "lidl"),
        # a job, then where it is done
        ("I'm a security guard at Brockwell Estates, nights.", "Brockwell Estates"),
    ],
)
def test_employer_frames(text: str, employer: str) -> None:
    assert any(employer in e for e in employers(text)), detect(text, GB)


@pytest.mark.parametrize(
    "text",
    [
        "Bei Bedarf nehme ich Ibuprofen 400, sonst nichts.",
        "Bei der Arbeit habe ich mich krankgemeldet.",
        "Habe mich bei meinem Chef krankgemeldet, er war nett.",
        "Bei Regen arbeite ich nicht draußen.",
        "Ich bleibe bei Ocrevus, nächste Infusion am Montag.",
        "At work (again) and the nausea is back.",
        "The warehouse (night shift) is freezing, Raynaud's playing up.",
        "The office (finally) has a quiet room for my insulin.",
        "My employer said I need a fit note.",
        "Told Mum I'd be late, methotrexate day.",
        "The GP gave me a fit note for two weeks.",
        "Insurance through my husband's job pays for the pump.",
        "We get cover through Medicaid for the MRI.",
        "Got through the night without oxycodone.",
        "the ward wont give me the day off",
        "my mum wont give me the day, so no rest",
        "Told him I'd WFH tomorrow.",
        "Ich war als Kind oft bei Oma, jetzt arbeite ich viel.",
        "Ich war als Patientin bei Dr. Berger, die arbeitet gut.",
        "Mein Arbeitgeber hat mir Homeoffice gegeben.",
        "Had the AstraZeneca jab and felt rough for two days.",
        "Started Humira on Monday, Keytruda next cycle, Stelara after that.",
        "Flew Ryanair to Spain and my POTS flared on Friday.",
    ],
)
def test_not_employers(text: str) -> None:
    assert employers(text) == []


@pytest.mark.parametrize(
    "text,kept",
    [
        ("My blue cross through Raytheon covers Humira with the copay card.", "Humira"),
        ("Schicht bei Liebherr, dann Keytruda in der Tagesklinik.", "Keytruda"),
        ("Told Halliburton I'd WFH, Stelara injection day.", "Stelara"),
        ("Coverage via Honeywell wants prior auth for Mounjaro.", "Mounjaro"),
    ],
)
def test_medicine_beside_the_firm_stays(text: str, kept: str) -> None:
    assert not any(kept in h for h in hidden(text)), detect(text, GB)


def test_german_firm_stops_before_what_is_no_name() -> None:
    """The firm's name stops at a day or a medicine, and a stop is no part of it."""
    assert employers("Ich habe mich bei Hornbach Montag krankgemeldet.") == ["Hornbach"]
    assert employers("Mein Arbeitgeber ist Vaillant.") == ["Vaillant"]


def test_a_person_told_stays_hidden() -> None:
    """A name in the firm's slot is hidden all the same, whichever type wins."""
    assert any("Priyanka" in h for h in hidden("Told Priyanka I'd WFH, she covered my calls."))


@pytest.mark.parametrize(
    "text,employer",
    [
        ("Nights at Sainsbury and my sugars crashed.", "Sainsbury"),
        ("I work at Shoprite in the deli.", "Shoprite"),
        ("Been at Wesfarmers for years now.", "Wesfarmers"),
        ("Hubby drives for Purolator and his A1c is 9.", "Purolator"),
        ("just got hired at zepto, hope the RA holds", "zepto"),
    ],
)
def test_large_employers_listed(text: str, employer: str) -> None:
    assert any(employer in e for e in employers(text)), detect(text, GB)


def test_list_leaves_out_medicine_makers_and_holds_payers() -> None:
    """Makers are named as medicine ("started on Teva's") and some letters are
    medicine's own (BP, O2): none may be a chain. Insurers are organisations in the
    writer's life (issue #9's marking rule), listed by their brand, not by an
    ordinary word ("Discovery" alone)."""
    names = chain_names()
    for word in ("pfizer", "teva", "cipla", "discovery", "bp", "o2", "mdr", "mod"):
        assert word not in names
    for word in ("medibank", "aetna", "discovery health", "barmer"):
        assert word in names


@pytest.mark.parametrize(
    ("text", "word", "kind"),
    [
        ("Told Sarah I'd be late for the infusion.", "Sarah", "NAME"),
        ("Told Tesco I'd be off sick till Monday.", "Tesco", "EMPLOYER"),
    ],
)
def test_told_a_person_is_no_firm(text: str, word: str, kind: str) -> None:
    """A session-13 review: "Told Sarah I'd" was an employer."""
    at = text.index(word)
    spans = detect(text, PrivacyProfile())
    hits = [s for s in spans if s.start <= at and at + len(word) <= s.end]
    assert [s.type.value for s in hits] == [kind]


@pytest.mark.parametrize(
    "text", ["Told next I'd be off.", "three won't let me back on the roster."]
)
def test_ordinary_word_chains_in_lower_case_are_no_employer(text: str) -> None:
    assert detect(text, PrivacyProfile()) == []
