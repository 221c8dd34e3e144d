"""Employers and places by shapes no list of names holds: a chain's own name in lower
case, a workplace listed after another, a verb of working reaching its name over a
filler, a firm's trade or a county after its name, a ward by its own name. Beside
each gain, the words the rule must leave: kin, days, drugs, states, kinds of ward,
trades without a name."""

from __future__ import annotations

import pytest

from app.profile import PrivacyProfile
from app.redact import SpanType, detect

GB = PrivacyProfile(region="GB")
DE = PrivacyProfile(region="DE")


def hidden(text: str, words: str, profile: PrivacyProfile = GB) -> bool:
    """Every character of ``words`` lies inside a span."""
    start = text.index(words)
    spans = detect(text, profile)
    return all(any(s.start <= i < s.end for s in spans) for i in range(start, start + len(words)))


def touched(text: str, words: str, profile: PrivacyProfile = GB) -> bool:
    """Some character of ``words`` lies inside a span."""
    start = text.index(words)
    spans = detect(text, profile)
    return any(s.start < start + len(words) and start < s.end for s in spans)


@pytest.mark.parametrize(
    "text,name",
    [
        ("can anyone swap my sunday at asda's? rheumy moved my appt", "asda"),
        ("greggs wont give me the time off for the infusion", "greggs"),
        ("told morrisons i need a chair at the till", "morrisons"),
    ],
)
def test_chain_in_lower_case_outside_a_slot(text: str, name: str) -> None:
    assert hidden(text, name)


@pytest.mark.parametrize(
    "text,kept",
    [
        ("lidl ibuprofen is half the price of the branded one", "ibuprofen"),
        ("went on a no frills diet for the gastritis", "frills"),
        ("home bargains had the pill organisers", "bargains"),
    ],
)
def test_lower_case_chain_leaves_products_and_phrases(text: str, kept: str) -> None:
    assert not touched(text, kept)


@pytest.mark.parametrize(
    "text,name",
    [
        ("I've worked at Walmart, Safeway and Harmony since school.", "Harmony"),
        ("Worked at Serco, then Mitie, then Corvell Group before the diagnosis.", "Corvell Group"),
        ("Ich war bei Edeka und Rossmann angestellt.", "Rossmann"),
    ],
)
def test_workplace_listed_after_a_workplace(text: str, name: str) -> None:
    assert hidden(text, name, DE if " bei " in text else GB)


@pytest.mark.parametrize(
    "text,kept",
    [
        ("I work at Tesco and Mum drives me in.", "Mum"),
        ("I work at Asda and Humira makes me so tired.", "Humira"),
        ("I work at Aldi and Keytruda day is a Friday.", "Keytruda"),
        ("I work at Aldi and Tuesday is my day off.", "Tuesday"),
        ("I work at Tesco and Pilates helps my back.", "Pilates"),
        ("I worked at Costco, Target and Ohio was cold.", "Ohio"),
        ("Ich arbeite noch bei Airbus, Schichtdienst, HbA1c 7,8.", "Schichtdienst"),
        ("Allergies ASA, PCN, shellfish. Pt seen by Dr Roe at Mercy Rehab.", "PCN"),
    ],
)
def test_list_after_a_workplace_leaves_other_words(text: str, kept: str) -> None:
    profile = DE if "Ich" in text else GB
    assert not touched(text, kept, profile)


@pytest.mark.parametrize(
    "text,name",
    [
        ("I'm working as a porter at Calderdale Royal since the spring.", "Calderdale Royal"),
        ("I worked 6 years for Brantwood Mills before my back went.", "Brantwood"),
        ("I am working as clerk in the KSRTC office near the bus stand.", "KSRTC"),
        ("Ich arbeite seit zwei Jahren als Fahrer bei Nordfrost.", "Nordfrost"),
    ],
)
def test_verb_of_working_over_a_filler(text: str, name: str) -> None:
    assert hidden(text, name, DE if "Ich" in text else GB)


@pytest.mark.parametrize(
    "text,kept",
    [
        ("I work nights at the hospital and sleep days.", "hospital"),
        ("I worked there for years before the Stelara started.", "Stelara"),
    ],
)
def test_filler_leaves_common_nouns(text: str, kept: str) -> None:
    assert not touched(text, kept)


@pytest.mark.parametrize(
    "text,name",
    [
        ("Self-employed, trading as DK Plumbing, so no sick pay.", "DK Plumbing"),
        ("Electrician at the works, Rotherham Metals, since 2011.", "Rotherham Metals"),
        ("Support worker at Ferndale Health and Rehab, nights.", "Ferndale Health and Rehab"),
        ("The ladies from Lyon County still send me cards.", "Lyon County"),
    ],
)
def test_name_grows_over_its_trade_or_county(text: str, name: str) -> None:
    assert hidden(text, name)


@pytest.mark.parametrize(
    "text,kept",
    [
        ("She needs Respite Care and Intensive Care this week.", "Respite"),
        ("ALERT RESTLESS MAE FC, STARTED ON DOPA.", "MAE"),
        ("Transferred to Baltimore Rehab on day 9.", "Rehab"),
        ("The NHS Services are slow to answer.", "Services"),
    ],
)
def test_trades_without_a_name_stay(text: str, kept: str) -> None:
    assert not touched(text, kept)


@pytest.mark.parametrize(
    "text,name",
    [
        ("Moved onto Heron Ward overnight after the bleed.", "Heron Ward"),
        ("She's on Fairfax ward again, second week.", "Fairfax"),
        ("Spent a week in Jubilee Wing with the pneumonia.", "Jubilee Wing"),
    ],
)
def test_ward_by_its_own_name(text: str, name: str) -> None:
    assert hidden(text, name)


@pytest.mark.parametrize(
    "text,kept",
    [
        ("She was on the Maternity Ward for two days.", "Maternity"),
        ("Then to the Stroke Ward, then home.", "Stroke"),
        ("He was on Children's Ward with the bronchiolitis.", "Children"),
        ("Moved onto the Renal Ward for dialysis.", "Renal"),
        ("Back on AMU ward overnight.", "AMU"),
        ("Moved to the Surgical Ward after theatre, on Humira still.", "Surgical"),
    ],
)
def test_kinds_of_ward_stay(text: str, kept: str) -> None:
    assert not touched(text, kept)


def test_ward_name_is_a_place() -> None:
    spans = detect("Moved onto Heron Ward overnight.", GB)
    assert [(s.text, s.type) for s in spans] == [("Heron Ward", SpanType.PLACE)]


@pytest.mark.parametrize(
    "text,name",
    [
        ("Stagecoach let me go after the second sick note.", "Stagecoach"),
        ("Falcon sacked me after the seizure.", "Falcon"),
        ("Amazon let me go in the spring, so no insurance now.", "Amazon"),
        ("I was made redundant by Harlow Print after the op.", "Harlow Print"),
    ],
)
def test_employer_as_the_subject_of_what_employers_do(text: str, name: str) -> None:
    assert hidden(text, name)


@pytest.mark.parametrize(
    "text,kept",
    [
        ("Work have been good about the Humira days.", "Work"),
        ("Doctors have said the Stelara can stay.", "Doctors"),
        ("School were fine about the appointments.", "School"),
        ("Texas have been good to us since the move.", "Texas"),
    ],
)
def test_subject_rule_leaves_common_nouns_and_states(text: str, kept: str) -> None:
    assert not touched(text, kept)


@pytest.mark.parametrize(
    "text,name",
    [
        ("i'm a driver for zoomdrop and ridelyx, whichever has jobs", "ridelyx"),
        ("i've been with marrowby homecare 6 years now", "marrowby homecare"),
        ("i've been with kelso haulage since school", "kelso haulage"),
    ],
)
def test_lower_case_firms_by_list_and_trade(text: str, name: str) -> None:
    assert hidden(text, name)


@pytest.mark.parametrize(
    "text,kept",
    [
        ("i work at asda and naproxen helps the knee", "naproxen"),
        ("i work for the local builders merchant", "builders"),
        ("i work at a plumbing firm near the depot", "plumbing"),
    ],
)
def test_lower_case_rules_leave_drugs_and_common_words(text: str, kept: str) -> None:
    assert not touched(text, kept)


def test_name_after_a_preposition_is_no_subject() -> None:
    assert not touched("The side effects of Tarvexo are awful this week.", "Tarvexo")


@pytest.mark.parametrize(
    "text,name",
    [
        ("Meine Mutter ist seit Mai im Pflegeheim Abendsonne.", "Pflegeheim Abendsonne"),
        ("Morgen fahre ich zur Klinik am Rechenberg, Gastroskopie.", "Klinik am Rechenberg"),
        ("Die Fachklinik Hornheide hat angerufen.", "Fachklinik Hornheide"),
    ],
)
def test_german_home_or_clinic_by_the_name_after_its_kind(text: str, name: str) -> None:
    assert hidden(text, name, DE)


@pytest.mark.parametrize(
    "text,kept",
    [
        ("Die Pflegeheim Kosten sind zu hoch für uns.", "Pflegeheim"),
        ("Ich war drei Wochen in der Klinik am See, danach Reha.", "Klinik"),
        ("Im Haus Flur ist es kalt, Ibuprofen 600 genommen.", "Flur"),
    ],
)
def test_german_kind_before_an_ordinary_noun_stays(text: str, kept: str) -> None:
    assert not touched(text, kept, DE)


def test_lower_case_school_after_a_town() -> None:
    assert hidden("i'm a para at jefferson middle school now, on my feet all day", "middle school")


def test_lower_case_school_word_alone_stays() -> None:
    assert not touched("was in kirkby high on the oxycodone all weekend", "high")
