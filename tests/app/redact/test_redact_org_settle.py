"""Workplaces and places whose found name used to stop short or run long
(org_settle.py, places_lower_pairs.py, the German kinds of employers_german.py, "round"
and place pairs of names_prep_places.py, jobs of employers.py); with hard negatives:
drugs that look like names, doses, lab values, weekdays, states, eponyms, activities."""

from __future__ import annotations

import pytest

from app.profile import PrivacyProfile
from app.redact import SpanType, detect

GB = PrivacyProfile(region="GB")
_WORDISH = (SpanType.EMPLOYER, SpanType.PLACE, SpanType.NAME)


def found(text: str, profile: PrivacyProfile = GB) -> list[str]:
    return [s.text for s in detect(text, profile) if s.type in _WORDISH]


def hidden(text: str, words: str, profile: PrivacyProfile = GB) -> bool:
    """Every character of ``words`` lies inside some span."""
    start = text.index(words)
    spans = detect(text, profile)
    return all(any(s.start <= i < s.end for s in spans) for i in range(start, start + len(words)))


@pytest.mark.parametrize(
    "text,organisation",
    [
        (
            "He was with Nottinghamshire Police for 20 years before the MS.",
            "Nottinghamshire Police",
        ),
        ("I answer phones for Kelbrook Mutual and my IBS hates it.", "Kelbrook Mutual"),
        ("My GI at Pine Hollow Medical wrote the letter.", "Pine Hollow Medical"),
        ("I sing with the Ashgrove Methodist Choir on Thursdays.", "Ashgrove Methodist Choir"),
        ("Fifteen years at Danvers County Fire, now on Keytruda.", "Danvers County Fire"),
        ("She is at Spirit of Ashby College doing nursing.", "Spirit of Ashby College"),
        ("Revising in the Tenbury Library till close.", "Tenbury Library"),
    ],
)
def test_organisation_grown_over_its_kind_word(text: str, organisation: str) -> None:
    assert organisation in found(text), found(text)


@pytest.mark.parametrize(
    "text",
    [
        "First Church on Sunday was lovely, then lunch.",
        "Book Club was at home this month so no driving.",
        "Book Club tonight, then Humira tomorrow.",
    ],
)
def test_everyday_activities_are_no_employers(text: str) -> None:
    assert not [w for w in found(text) if "Church" in w or "Club" in w], found(text)


@pytest.mark.parametrize(
    "text,name",
    [
        ("I'm a barman at the Social Club on weekends.", "Social Club"),
        ("Hope Church was packed on Sunday.", "Hope Church"),
    ],
)
def test_named_clubs_and_churches_stay(text: str, name: str) -> None:
    assert hidden(text, name), found(text)


def test_person_of_a_firm_stays_a_person() -> None:
    spans = detect("Talked to Marta Lindqvist of Orvane Holdings about my leave.", GB)
    names = [s for s in spans if s.text.startswith("Marta")]
    assert names and all(s.type is SpanType.NAME and "Orvane" not in s.text for s in names)


@pytest.mark.parametrize(
    "text,place",
    [
        ("Physio at Epworth said six weeks of exercises.", "Epworth"),
        ("The consultant at Epworth wants a scan in May.", "Epworth"),
    ],
)
def test_town_that_names_a_scale_is_a_place_after_care(text: str, place: str) -> None:
    assert place in found(text), found(text)


@pytest.mark.parametrize(
    "text,kept",
    [
        ("Admitted from OSH on 8/22 with chest pain.", "OSH"),
        ("Seen in clinic and Humira 40mg started, ALT 32.", "Humira"),
        ("Physio on Tuesday in Texas, then Stelara.", "Texas"),
    ],
)
def test_scales_settings_drugs_days_and_states_stay(text: str, kept: str) -> None:
    assert not hidden(text, kept), found(text)


@pytest.mark.parametrize(
    "text,venue",
    [
        ("I drop my mother at the mandir before my shift.", "mandir"),
        ("Going to the tangi next week, hope the gout settles.", "tangi"),
        ("work on the line in the packhouse, 10 hour days on Metformin", "packhouse"),
        ("Mein Sohn geht bis 3 in die Kita, ich nehme Ibuprofen 600.", "Kita"),
    ],
)
def test_venues_named_by_kind_alone_are_no_places(text: str, venue: str) -> None:
    assert not hidden(text, venue), found(text)


def test_town_called_like_a_venue_stays_a_place() -> None:
    assert hidden("Her OB at the clinic in Temple put her on insulin.", "Temple")


@pytest.mark.parametrize(
    "text,place",
    [
        ("Anyone in Wexcombe or Trallow know a podiatrist?", "Trallow"),
        ("We moved from Dunlow or Carrbridge last year.", "Carrbridge"),
    ],
)
def test_second_town_of_a_list(text: str, place: str) -> None:
    assert hidden(text, place), found(text)


@pytest.mark.parametrize(
    "text,kept",
    [
        ("We live in Leeds and Zorvex 20mg is helping.", "Zorvex"),
        ("Moved to Leeds, Humira started the week after.", "Humira"),
        ("Back in Leeds and Monday is clinic.", "Monday"),
    ],
)
def test_list_after_a_town_leaves_drugs_and_days(text: str, kept: str) -> None:
    assert not hidden(text, kept), found(text)


@pytest.mark.parametrize(
    "text,place",
    [
        ("my cardiologist is at russells hall and wants an echo", "russells hall"),
        ("the house in kelby green is freezing", "kelby green"),
        ("anyone know someone private round Kemble Locks?", "Kemble Locks"),
    ],
)
def test_places_in_pairs(text: str, place: str) -> None:
    assert hidden(text, place), found(text)


@pytest.mark.parametrize(
    "text,kept",
    [
        ("we had the party at the village hall, then in sports hall", "village hall"),
        ("back in bed by the end of the day with my Stelara", "bed"),
        ("I work in Customer Services and my back is in pieces", "Customer Services"),
        ("pain at my left hip and in my groin area", "left hip"),
    ],
)
def test_everyday_pairs_are_no_places(text: str, kept: str) -> None:
    spans = detect(text, GB)
    start = text.index(kept)
    assert not any(s.type is SpanType.PLACE and s.start <= start < s.end for s in spans), found(
        text
    )


@pytest.mark.parametrize(
    "text,organisation",
    [
        ("I'm shop steward for UNITE at the depot.", "UNITE"),
        ("Teller at Northgate Savings for six years.", "Northgate Savings"),
    ],
)
def test_organisation_after_a_job(text: str, organisation: str) -> None:
    assert hidden(text, organisation), found(text)


@pytest.mark.parametrize(
    "text,organisation",
    [
        (
            "Er ist bei der Freiwilligen Feuerwehr Lindau, trotz Diabetes.",
            "Freiwilligen Feuerwehr Lindau",
        ),
        ("Die Kinder gehen zur Grundschule am Sonnenhang.", "Grundschule am Sonnenhang"),
        ("Papa liegt seit Montag im Herzzentrum Halle, Metoprolol 47,5.", "Herzzentrum Halle"),
    ],
)
def test_german_kinds_then_name(text: str, organisation: str) -> None:
    assert hidden(text, organisation), found(text)


@pytest.mark.parametrize(
    "text,kept",
    [
        ("Die Schule am Montag fällt aus, HbA1c 7,2.", "Montag"),
        ("Bei der Stadtverwaltung wissen sie Bescheid, ich nehme Pregabalin.", "Stadtverwaltung"),
    ],
)
def test_german_kinds_without_a_name(text: str, kept: str) -> None:
    assert not hidden(text, kept), found(text)


@pytest.mark.parametrize(
    "text,place,word",
    [
        ("Diagnosed at the Royal Brompton tilt table, Ivabradine helps.", "Royal Brompton", "tilt"),
        ("doc at Kaiser Roseville bumped me to 20mg XR.", "Kaiser Roseville", "bumped"),
        ("I'm a cashier at Kwikmart in Mthatha and I was diagnosed with gout.", "Mthatha", "and I"),
    ],
)
def test_place_does_not_run_over_an_everyday_word(text: str, place: str, word: str) -> None:
    assert hidden(text, place), found(text)
    assert not hidden(text, word), found(text)


@pytest.mark.parametrize(
    "text,place",
    [
        ("we moved out to yarra glen last year, on Humira", "yarra glen"),
        ("she lives up in ballarat heights now, Stelara 90mg", "ballarat heights"),
    ],
)
def test_lower_case_place_keeps_its_lower_case_kind(text: str, place: str) -> None:
    assert hidden(text, place), found(text)


def test_lower_case_hotel_after_the() -> None:
    text = "housekeeping at the tarnwood hotel is killing me"
    assert hidden(text, "tarnwood hotel"), found(text)
    assert not hidden("we stayed at the premier hotel on Humira", "premier")


def test_german_hospital_named_by_patron_and_hyphen() -> None:
    text = "Schulung im St. Anna-Hospital ist nächste Woche, HbA1c 8,1."
    assert hidden(text, "St. Anna-Hospital"), found(text)


def test_partners_of_a_firm_are_one_name() -> None:
    text = "The Barnett, Melton and Garcia songwriter was there before my Keytruda."
    assert hidden(text, "Barnett, Melton and Garcia"), found(text)


@pytest.mark.parametrize(
    "text,word",
    [
        ("Worked at Tesco, Asda and Lidl before the MS.", "and"),
        ("Tom, Dick and Harry came round with Humira.", "and"),
    ],
)
def test_chains_and_given_names_are_no_partners(text: str, word: str) -> None:
    assert not hidden(text, word), found(text)


def test_family_firm() -> None:
    text = "Thomas and Sons is a family firm, I drive for them on Stelara."
    assert hidden(text, "Thomas and Sons"), found(text)


@pytest.mark.parametrize(
    "text,unit",
    [
        (
            "My lad is with the 2nd Battalion Royal Anglian, on Sertraline.",
            "2nd Battalion Royal Anglian",
        ),
        ("He served with 22 Squadron for years before the PTSD.", "22 Squadron"),
        ("Dad was in 29 Commando Regiment, now on Ramipril 5mg.", "29 Commando Regiment"),
    ],
)
def test_unit_of_the_forces(text: str, unit: str) -> None:
    assert any(s.type is SpanType.EMPLOYER and s.text == unit for s in detect(text, GB)), found(
        text
    )


@pytest.mark.parametrize(
    "text,kept",
    [
        ("Seen on the 2nd, Humira 40mg and a 3 day course.", "Humira 40mg"),
        ("On day 3 the Division was moved, CRP 12.", "Division"),
    ],
)
def test_numbers_beside_unit_words_stay(text: str, kept: str) -> None:
    assert not hidden(text, kept), found(text)


def test_named_station() -> None:
    text = "my lad is out of Kelby Station now, asthma worse."
    assert hidden(text, "Kelby Station"), found(text)


@pytest.mark.parametrize(
    "text,firm",
    [
        ("Ich bin im Sägewerk Brandhuber seit Jahren, Ibuprofen 600 hilft.", "Sägewerk Brandhuber"),
        ("Er fährt bei der Spedition Kohlmaier, HbA1c 7,9.", "Spedition Kohlmaier"),
    ],
)
def test_german_trade_and_owner(text: str, firm: str) -> None:
    assert hidden(text, firm), found(text)


def test_german_trade_before_an_ordinary_noun() -> None:
    text = "Ich war beim Autohaus Termin machen, dann Ibuprofen."
    assert not hidden(text, "Termin"), found(text)
