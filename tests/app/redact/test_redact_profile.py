"""The profile fully used: short forms, nicknames, whole terms, ordinary words as names."""

from __future__ import annotations

from app.profile import PrivacyProfile, ProfileTerm
from app.redact import detect
from app.redact.profile_extra import acronyms, nicknames

PROFILE = PrivacyProfile.of(
    [
        ProfileTerm("place", "John Radcliffe Hospital"),
        ProfileTerm("place", "Norfolk and Norwich University Hospital"),
        ProfileTerm("place", "Royal Devon and Exeter Hospital"),
        ProfileTerm("person", "Elizabeth Ward"),
        ProfileTerm("person", "Hope"),
        ProfileTerm("person", "Frank Jones"),
        ProfileTerm("employer", "Boots"),
        ProfileTerm("place", "St Mary's Hospital"),
        ProfileTerm("person", "Dr Jane Wilson"),
    ]
)


def texts(text: str) -> list[str]:
    return [s.text for s in detect(text, PROFILE)]


def test_acronyms_of_places_match_in_capitals_only() -> None:
    assert "JR" in acronyms(ProfileTerm("place", "John Radcliffe Hospital"))
    assert "N&N" in acronyms(ProfileTerm("place", "Norfolk and Norwich University Hospital"))
    assert "RD&E" in acronyms(ProfileTerm("place", "Royal Devon and Exeter Hospital"))
    found = texts("Seen at the JR, then the N&N and the RD&E; jr and n&n are not it.")
    assert found == ["JR", "N&N", "RD&E"]


def test_nicknames_match_both_ways() -> None:
    assert "liz" in nicknames()["elizabeth"] and "elizabeth" in nicknames()["liz"]
    assert texts("Liz rang; Lizzie said Beth would come.") == ["Liz", "Lizzie", "Beth"]


def test_a_match_grows_over_the_terms_own_words() -> None:
    assert "St Mary's Hospital" in texts("Went to St Mary's Hospital for the scan.")


def test_ordinary_words_in_the_profile_only_where_they_are_names() -> None:
    found = texts("I hope so. My friend Hope came. Hope said hi. frank advice. Frank was kind.")
    assert found == ["Hope", "Hope", "Frank"]
    assert texts("I work at Boots. My new boots hurt.") == ["Boots"]


def test_an_eponym_is_not_the_profile_name() -> None:
    found = texts("Dr Wilson says Wilson's disease is not it.")
    assert "Wilson" in found and not any(t.startswith("Wilson's") for t in found)


def test_lists_in_all_capitals_still_match() -> None:
    profile = PrivacyProfile.of([ProfileTerm("place", "gh"), ProfileTerm("person", "hope")])
    assert [s.text for s in detect("PT SENT TO GH. HOPE AWARE.", profile)] == ["GH", "HOPE"]


def test_a_profile_name_that_is_a_word_starts_a_sentence_as_a_name() -> None:
    profile = PrivacyProfile.of(
        [ProfileTerm("person", "Graham Marsh"), ProfileTerm("person", "Frank")]
    )
    text = "Rough night. Graham sat up with me. Frank (my barber) noticed first."
    assert [s.text for s in detect(text, profile)] == ["Graham", "Frank"]


def test_a_profile_word_that_is_a_word_signs_or_introduces_a_post() -> None:
    profile = PrivacyProfile.of([ProfileTerm("self", "Colin Brodie"), ProfileTerm("self", "Dot")])
    assert [s.text for s in detect("Thanks for reading. Colin", profile)] == ["Colin"]
    assert [s.text for s in detect("Evening all. Dot here, new to the group.", profile)] == ["Dot"]
    assert [s.text for s in detect("Thanks all.\nColin x\n", profile)] == ["Colin"]
    assert detect("Dot the i's. The colin is a bird.", profile) == []
