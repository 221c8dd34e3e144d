"""Where workplaces end and which makers, nouns and lists are not workplaces or towns.

An employer grown over the next capitalised word swallowed a weekday or a drug; a
vaccine maker in a sentence about the booster was taken for an employer; a chain that
is an ordinary word was missed in a list of workplaces; a place of worship, a farm or
a club was left half readable; German "Bei Regen" and "einer Kur" were towns.
"""

from __future__ import annotations

import pytest

from app.profile import PrivacyProfile
from app.redact import SpanType, detect

GB = PrivacyProfile(region="GB")
US = PrivacyProfile(region="US")
DE = PrivacyProfile(region="DE")


def spans(text: str, profile: PrivacyProfile = GB) -> list[tuple[str, SpanType]]:
    return [(s.text, s.type) for s in detect(text, profile)]


def texts(text: str, profile: PrivacyProfile = GB) -> list[str]:
    return [t for t, _ in spans(text, profile)]


@pytest.mark.parametrize(
    "text,employer,kept",
    [
        ("Shift at Tesco Monday then the INR clinic.", "Tesco", "Monday"),
        ("My manager at Aldi Tuesday said no.", "Aldi", "Tuesday"),
        ("I got a job at Kroger Ozempic is working though.", "Kroger", "Ozempic"),
        ("got a new job at meijer mounjaro has been ok so far", "meijer", "mounjaro"),
        ("I work at Boots Humira pens are in the fridge.", "Boots", "Humira"),
    ],
)
def test_employer_ends_before_day_or_drug(text: str, employer: str, kept: str) -> None:
    found = texts(text, US)
    assert employer in found, found
    assert not any(kept in t for t in found), found


@pytest.mark.parametrize(
    "text",
    [
        "Had the Pfizer for the first two, then Moderna for the booster and felt rough.",
        "Had the Pfizer for my first dose and the AstraZeneca made me sick.",
        "Got Pfizer for the booster this year, Moderna last year.",
        "Went for the Pfizer for my covid booster yesterday.",
        "Booked my booster, hoping for Pfizer not Moderna this time.",
    ],
)
def test_vaccine_makers_kept(text: str) -> None:
    assert spans(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "My boss at Pfizer said to get the booster anyway.",
        "I'm a cleaner at Pfizer and got my covid jab at work.",
    ],
)
def test_makers_as_workplaces(text: str) -> None:
    """A vaccine word in the sentence, but the maker after "at" is the workplace."""
    assert "Pfizer" in texts(text)


def test_chains_listed_after_a_workplace() -> None:
    found = texts("Worked at Starbucks, Target and now Costco, and all of them were weird.", US)
    assert {"Starbucks", "Target", "Costco"} <= set(found), found


@pytest.mark.parametrize(
    "text",
    [
        "I work at Tesco, Monday to Friday, on Stelara.",
        "I work at Asda and Keytruda starts next week.",
    ],
)
def test_lists_take_only_chains(text: str) -> None:
    found = texts(text)
    assert not any(w in t for t in found for w in ("target", "Monday", "Keytruda")), found


def test_chain_between_work_and_a_workplace_noun() -> None:
    assert "amazon" in texts("on nights at the amazon warehouse again this week")


@pytest.mark.parametrize(
    "text",
    [
        "I work at the local store now.",
        "shifts at the big depot are long",
    ],
)
def test_workplace_nouns_alone_are_not_employers(text: str) -> None:
    assert [t for t, k in spans(text) if k is SpanType.EMPLOYER] == []


@pytest.mark.parametrize(
    "text,place",
    [
        ("then church at Ebenezer Methodist on Sunday.", "Ebenezer Methodist"),
        ("Church at First Baptist brought meals again.", "First Baptist"),
        ("The imam at Al-Noor Masjid said I'm excused.", "Al-Noor Masjid"),
    ],
)
def test_places_of_worship_whole(text: str, place: str) -> None:
    assert (place, SpanType.PLACE) in spans(text, US)


@pytest.mark.parametrize(
    "text,employer",
    [
        ("Relief milking on Pukeroa Farm three days a week.", "Pukeroa Farm"),
        ("I'll still come to the Mudgee Rugby Club trivia.", "Mudgee Rugby Club"),
    ],
)
def test_farms_and_clubs_whole(text: str, employer: str) -> None:
    assert employer in texts(text)


@pytest.mark.parametrize(
    "text",
    [
        "First Methodist? No, first the Stelara, then church.",
        "The Humira Farm joke never gets old.",
        "Our Sunday Methodist service was short.",
    ],
)
def test_worship_and_farm_words_need_a_name(text: str) -> None:
    assert [t for t in texts(text) if t.endswith(("Methodist", "Farm", "Baptist"))] == []


@pytest.mark.parametrize(
    "text",
    [
        "Bei Regen",
        "Bei Kälte schlimmer",
        "Bei Bedarf Ibuprofen 400.",
    ],
)
def test_german_bei_nouns_are_no_places(text: str) -> None:
    assert spans(text, DE) == []


def test_german_article_makes_a_noun() -> None:
    found = texts("Hat jemand Erfahrung mit einer Kur in Bad Urach? Der Rücken ist schlimm.", DE)
    assert "Bad Urach" in found and "Kur" not in found, found


@pytest.mark.parametrize(
    "text,kept",
    [
        ("Bei Bosch arbeite ich seit Jahren im Schichtdienst.", "Bosch"),
        ("Wir wohnen in Mössingen bei Tübingen und ich habe MS.", "Tübingen"),
    ],
)
def test_german_firms_and_towns_after_bei_stay(text: str, kept: str) -> None:
    assert kept in texts(text, DE)


@pytest.mark.parametrize(
    "text,employer",
    [
        ("Temping for Reed again until something comes up.", "Reed"),
        ("been temping for hays since march", "hays"),
        ("my boss at deloitte wants me back full time", "deloitte"),
    ],
)
def test_agencies_and_consultancies(text: str, employer: str) -> None:
    assert (employer, SpanType.EMPLOYER) in spans(text)


@pytest.mark.parametrize(
    "text,word",
    [
        ("I asked Google about the rash.", "Google"),
        ("Manpower is what I lack after the methotrexate.", "Manpower"),
        ("My Apple watch flagged AFib again.", "Apple"),
        ("I work at Tesco and apple juice helps the nausea.", "apple"),
        ("I work in the canteen at Hallcroft Academy.", "canteen"),
        ("Low grade temp with tmax 38.4 overnight.", "tmax"),
        ("Low grade temp with improving SVR on dopamine.", "improving"),
    ],
)
def test_chain_words_outside_a_workplace_slot(text: str, word: str) -> None:
    assert (word, SpanType.EMPLOYER) not in spans(text)


@pytest.mark.parametrize(
    "text,noun",
    [
        ("Ich bin jetzt bei der Sparkasse in Teilzeit wegen der MS.", "Teilzeit"),
        ("Ich bin seit Mai in Behandlung in Kassel.", "Behandlung"),
        ("Wir wohnen in einem kleinen Dorf bei Fulda.", "einem"),
    ],
)
def test_german_nouns_and_function_words_after_in(text: str, noun: str) -> None:
    found = texts(text, DE)
    assert not any(noun in t for t in found), found
    assert found, "the town or firm beside it is still found"


@pytest.mark.parametrize(
    "text,whole,kind",
    [
        ("We live out near Te Aroha, past the dairy.", "Te Aroha", SpanType.PLACE),
        ("My koro Te Rangi is on Eliquis now.", "Te Rangi", SpanType.NAME),
        ("I'm a CNA at Heritage Manor and my back is done.", "Heritage Manor", SpanType.PLACE),
    ],
)
def test_place_words_before_and_after_join_the_name(text: str, whole: str, kind: SpanType) -> None:
    assert (whole, kind) in spans(text, PrivacyProfile(region="NZ"))


def test_a_department_after_a_workplace_is_no_town() -> None:
    found = spans("I'm at Costco in the bakery, on my feet with Humira.", US)
    assert ("Costco", SpanType.EMPLOYER) in found and not any("bakery" in t for t, _ in found)


@pytest.mark.parametrize(
    "text,employer",
    [
        ("Er ist Lehrer an der Gesamtschule Kirchheim und hat Tinnitus.", "Gesamtschule Kirchheim"),
        ("Unsere Tochter geht aufs Goethe-Gymnasium und hat Migräne.", "Goethe-Gymnasium"),
        ("Ich arbeite an der Universität Tübingen in der Verwaltung.", "Universität Tübingen"),
    ],
)
def test_german_schools_by_kind_then_name(text: str, employer: str) -> None:
    assert (employer, SpanType.EMPLOYER) in spans(text, DE)


@pytest.mark.parametrize(
    "text",
    [
        "Die Kita Dienstag früh war zu, Fieber 39.",
        "Die Uni Montag bis Freitag ist zu viel mit MS.",
        "Seit der Grundschule Methylphenidat, jetzt Elvanse.",
    ],
)
def test_german_school_words_without_a_name(text: str) -> None:
    assert [t for t, k in spans(text, DE) if k is SpanType.EMPLOYER] == []


def test_police_and_constabulary_end_an_employer() -> None:
    found = texts("Works for Avon and Somerset Constabulary, nights mostly.")
    assert any(t.endswith("Somerset Constabulary") for t in found), found


@pytest.mark.parametrize(
    "text,street",
    [
        ("work at sainsburys on castle boulevard and my feet are wrecked", "castle boulevard"),
        ("the co-op on derby road had my meds", "derby road"),
        ("we live off mill lane near the school", "mill lane"),
        ("dr sidhu at the clinic on queen st follows up", "queen st"),
    ],
)
def test_lower_case_street_after_on(text: str, street: str) -> None:
    assert (street, SpanType.ADDRESS) in spans(text)


@pytest.mark.parametrize(
    "text",
    [
        "we live off main road so the bus is easy, 20mg citalopram in my bag",
        "stuck on ring road for an hour, in pain",
        "parked on back lane behind the surgery",
        "the pharmacy on main st is shut again",
    ],
)
def test_ordinary_roads_are_no_address(text: str) -> None:
    assert spans(text) == []


@pytest.mark.parametrize(
    "text,place",
    [
        ("Hysteroscopy booked at Liverpool Women's, off the tranexamic acid.", "Liverpool Women's"),
        ("Transferred to Wirral Womens after the bleed, Hb 84.", "Wirral Womens"),
    ],
)
def test_hospital_named_by_town_and_whom_it_treats(text: str, place: str) -> None:
    """A town the lexicon found grows over "Women's": the hospital's short name."""
    assert (place, SpanType.PLACE) in spans(text)


@pytest.mark.parametrize(
    "text,town",
    [
        ("We drove up to Bump for the day, knee 4/10 after.", "Bump"),
        ("Off to Jump for the weekend with the Humira pen.", "Jump"),
    ],
)
def test_a_trip_goal_is_a_town(text: str, town: str) -> None:
    """A word no list holds as a town, named as where a day or a weekend is spent."""
    assert (town, SpanType.PLACE) in spans(text, PrivacyProfile(region="IE"))


@pytest.mark.parametrize(
    "text",
    [
        "Off to Mum for the weekend, 20mg citalopram.",
        "Going to Rest for the weekend, pain 6/10.",
    ],
)
def test_trip_goals_that_are_no_town(text: str) -> None:
    assert [t for t, k in spans(text) if k is SpanType.PLACE] == []
