"""Each detector on text a patient might write, including the words it must leave alone."""

from __future__ import annotations

import pytest

from app.profile import PrivacyProfile, ProfileTerm
from app.redact import SpanType, detect
from app.redact.validators import iban_valid, luhn_valid, nhs_valid

GB = PrivacyProfile(region="GB")
US = PrivacyProfile(region="US")


def found(text: str, profile: PrivacyProfile = GB) -> dict[str, SpanType]:
    return {s.text: s.type for s in detect(text, profile)}


def flagged_words(text: str, profile: PrivacyProfile = GB) -> set[str]:
    out: set[str] = set()
    for s in detect(text, profile):
        out.update(s.text.split())
    return out


@pytest.mark.parametrize(
    "text",
    [
        "My Crohn's flared again and the Humira injection hurt.",
        "Hashimoto's and Parkinson's both run in the family.",
        "Took 15 mg of prednisolone at 3pm, then 200mg ibuprofen.",
        "CRP 45 today, BP 130/85, HR 72, sats 97%.",
        "ESR was 30 and ferritin 12; the Foley catheter came out.",
        "I may march on with the new dose for 2 weeks.",
        "Pain was 7/10 this morning and 4/10 by 9pm.",
    ],
)
def test_medical_words_doses_labs_and_times_are_not_flagged(text: str) -> None:
    assert detect(text, GB) == []


def test_profile_terms_match_case_accents_zero_width_possessive_and_parts() -> None:
    profile = PrivacyProfile.of(
        [ProfileTerm("person", "Zoë Müller"), ProfileTerm("place", "Ashby Clinic")]
    )
    text = "ZOE came; zo\u200bë's cat; Müller rang; S. Muller too? MULLER. Ashby was shut."
    spans = detect(text, profile)
    covered = {text[s.start : s.end] for s in spans}
    assert {"ZOE", "zo\u200bë", "Müller", "MULLER", "Ashby"} <= covered
    assert all(s.type in (SpanType.NAME, SpanType.PLACE) for s in spans)


def test_profile_initial_and_title() -> None:
    profile = PrivacyProfile.of([ProfileTerm("person", "Dr Sarah Okafor")])
    spans = found("Saw Dr Okafor, then S. Okafor's letter came. sarah is kind.", profile)
    assert spans.get("Okafor") is SpanType.NAME
    # The possessive goes with the name, so no stray "s" is left behind.
    assert spans.get("S. Okafor's") is SpanType.NAME
    assert spans.get("sarah") is SpanType.NAME


def test_names_from_cues_and_lists() -> None:
    words = flagged_words(
        "My sister Grace drove me; Dr Patel was kind and Jennifer Hulse, RN, gave the infusion."
    )
    assert {"Grace", "Patel", "Jennifer", "Hulse"} <= words
    assert "infusion" not in words


def test_common_word_names_need_a_cue() -> None:
    assert "grace" not in {w.lower() for w in flagged_words("By the grace of the nurses I slept.")}
    assert "Bill" in flagged_words("My husband Bill came in.")


def test_places_and_institutions() -> None:
    words = flagged_words("I was transferred to Leeds General Infirmary from Harrogate.")
    assert {"Leeds", "Harrogate"} <= words


def test_dates_in_common_formats_and_guards() -> None:
    spans = found("On 12/03/2024, 2024-03-12, 12 March 2024, March 12th and in May 2023.")
    for text in ("12/03/2024", "2024-03-12", "12 March 2024", "March 12th", "May 2023"):
        assert spans.get(text) is SpanType.DATE, text
    assert found("You may feel tired. We march on.") == {}
    assert found("It may be worse in may.") == {"may": SpanType.DATE}  # the month, after "in"
    assert found("Since March I have slept badly; in march of 2022 it began.") == {
        "March": SpanType.DATE,
        "march of 2022": SpanType.DATE,
    }


def test_ages_and_birth_years() -> None:
    spans = found("I'm 34 and was born in 1989; a 58 year old man; aged 71.")
    assert spans.get("34") is SpanType.AGE
    assert spans.get("1989") is SpanType.DATE
    assert spans.get("58") is SpanType.AGE
    assert spans.get("71") is SpanType.AGE


def test_phones_with_region() -> None:
    assert found("Call 07700 900123 or +44 20 7946 0958.") == {
        "07700 900123": SpanType.PHONE,
        "+44 20 7946 0958": SpanType.PHONE,
    }
    assert found("ring (212) 555-0147", US).get("(212) 555-0147") is SpanType.PHONE


def test_contacts() -> None:
    spans = found(
        "Mail jo.b@example.org, see https://example.com/x or @jo_b@mastodon.social and @sickgirl99"
    )
    assert spans["jo.b@example.org"] is SpanType.EMAIL
    assert spans["https://example.com/x"] is SpanType.URL
    assert spans["@jo_b@mastodon.social"] is SpanType.HANDLE
    assert spans["@sickgirl99"] is SpanType.HANDLE


def test_ids_with_checksums_and_context() -> None:
    spans = found(
        "NHS number 943 476 5919, card 4111 1111 1111 1111, "
        "IBAN GB82 WEST 1234 5698 7654 32, MRN: A12345, policy no. 99-4432-1."
    )
    assert spans["943 476 5919"] is SpanType.ID
    assert spans["4111 1111 1111 1111"] is SpanType.ID
    assert spans["GB82 WEST 1234 5698 7654 32"] is SpanType.ID
    assert spans["A12345"] is SpanType.ID
    assert spans["99-4432-1"] is SpanType.ID
    assert found("SSN 123-45-6789", US)["123-45-6789"] is SpanType.ID


def test_validators_reject_near_misses() -> None:
    assert nhs_valid("9434765919") and not nhs_valid("9434765918")
    assert luhn_valid("4111111111111111") and not luhn_valid("4111111111111112")
    assert iban_valid("GB82WEST12345698765432") and not iban_valid("GB83WEST12345698765432")


def test_addresses_and_postcodes() -> None:
    spans = found(
        "We live at 221B Baker Street, London NW1 6XE; US friends at 12 Oak Ave, Austin, TX 78701."
    )
    # A street anchors the address; the town and postcode after it join the same span.
    assert spans.get("221B Baker Street, London NW1 6XE") is SpanType.ADDRESS
    assert spans.get("12 Oak Ave, Austin, TX 78701") is SpanType.ADDRESS
    assert found("Post it to NW1 6XE please.").get("NW1 6XE") is SpanType.ADDRESS
    # The town before a ZIP is part of the address.
    assert found("Austin, TX 78701 is hot.", US).get("Austin, TX 78701") is SpanType.ADDRESS


def test_employer_and_private_terms() -> None:
    profile = PrivacyProfile.of(
        [ProfileTerm("employer", "Acme Widgets"), ProfileTerm("other", "Bluebell Ward")]
    )
    spans = found("Off work from ACME widgets again; back on bluebell ward.", profile)
    assert spans["ACME widgets"] is SpanType.EMPLOYER
    assert spans["bluebell ward"] is SpanType.OTHER


def test_unknown_capitalised_word_is_an_uncertain_review_flag() -> None:
    spans = detect("Yesterday I met Zorblatt at the pharmacy.", GB)
    flag = [s for s in spans if s.text == "Zorblatt"]
    assert flag and flag[0].uncertain


def test_spans_are_sorted_and_disjoint() -> None:
    text = "Dr Jane Smith, 12 Oak Road, Leeds LS1 4AB, 0113 496 0000, jane@x.org, 3 May 2024."
    spans = detect(text, GB)
    assert spans == sorted(spans, key=lambda s: s.start)
    assert all(a.end <= b.start for a, b in zip(spans, spans[1:]))
    assert all(text[s.start : s.end] == s.text for s in spans)
