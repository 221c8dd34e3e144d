"""What session 21's fresh training sets (dev21_a, dev21_b, dev21_c) showed, as general
rules: an organisation's letters by where one works, whom one phones and what it owns
(``orgs_acronyms``), charities said by an ordinary word in a service's frame
(``orgs_groups``), a firm's head after an everyday word (``employers``), brands of every
market kept where no person or firm is said (``medical_shapes``), and the numbers and
clauses that are no age, date or address (``numbers_age``, ``medical_numbers``,
``patterns``, ``addresses``, ``ages_more``)."""

from __future__ import annotations

import pytest

from app.redact.orgs_acronyms import _schedule
from app.redact.spans import SpanType
from tests.support.redact_posts import spans, untouched


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("Worked 1979 to 2008 underground for RAG and then the quarry.", "RAG"),
        ("Work is UU, I'm on a water treatment site so first aid is close.", "UU"),
        ("Spent the afternoon on the phone with UHC about the claim.", "UHC"),
        ("LIC policy renewal also due on the 5th, pls remind me.", "LIC"),
        ("I'm ex-RMT rep, did nights on the track for 11 years.", "RMT"),
        ("Mein Vater war 30 Jahre unter Tage bei der RAG.", "RAG"),
        ("Hat jemand Erfahrung mit der IGBCE-Rechtsberatung?", "IGBCE"),
        ("Heute das TENS-Gerät von der Kasse bekommen (TK).", "TK"),
        ("und die BSR hat mir endlich Innendienst gegeben", "BSR"),
    ],
)
def test_an_organisations_letters_by_work_calls_and_what_it_owns(text: str, org: str) -> None:
    assert not untouched(text, org), spans(text)


@pytest.mark.parametrize(
    ("text", "term"),
    [
        ("PT in to work w/ patient for ROM and CPT.", "ROM"),  # range of motion
        ("Reha bewilligt von der DRV, endlich.", "DRV"),  # a national body, as NHS
        ("Dialysis MWF at 6am, TTh are my good days.", "MWF"),
        ("Die MRT hat gezeigt, dass alles stabil ist.", "MRT"),
        ("PSA back at 8.4 and the urologist wants a biopsy.", "PSA"),
    ],
)
def test_medicine_bodies_and_schedules_are_not_organisations(text: str, term: str) -> None:
    assert untouched(text, term), spans(text)


def test_weekday_letters_are_a_schedule_only_in_the_weeks_order() -> None:
    assert _schedule("MWF") and _schedule("TTh") and _schedule("TR")
    assert not _schedule("RMT") and not _schedule("FM")


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("Relate session 3 today. Counsellor was kind.", "Relate"),
        ("Does anyone know if Aware still do the Monday group in Mullingar?", "Aware"),
        ("Jigsaw referred me on to the eating disorder team.", "Jigsaw"),
        ("Been seeing headspace for a year for depression.", "headspace"),
        ("The Heart and Stroke people paid for the first month.", "Heart and Stroke"),
        ("Back offshore with Harbour Energy not before April.", "Harbour Energy"),
    ],
)
def test_charities_and_firms_named_by_everyday_words_in_their_frame(text: str, org: str) -> None:
    assert not untouched(text, org), spans(text)


@pytest.mark.parametrize(
    ("text", "term"),
    [
        ("She is aware of the risks and still did the session.", "aware"),
        ("I need some headspace before the appointment.", "headspace"),
        ("I have Low Energy days after the infusion.", "Low Energy"),
    ],
)
def test_the_same_words_in_everyday_use_stay(text: str, term: str) -> None:
    assert untouched(text, term), spans(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("I called Niamh after the scan.", "Niamh"),  # a person, not the charity's letters
        ("I work at Nevro and even I think the trial was rushed.", "Nevro"),
        (
            "Monthly transfusion at Thalassemia Society, Shivrampally. Ferritin 3800.",
            "Shivrampally",
        ),
    ],
)
def test_people_firms_and_towns_beside_medicine_stay_hidden(text: str, name: str) -> None:
    assert not untouched(text, name), spans(text)


@pytest.mark.parametrize(
    ("text", "term"),
    [
        ("anyone try Inofolic or Ovasitol?", "Ovasitol"),
        ("Wer hat Erfahrung mit Ikervis vs Hylo-Comod?", "Ikervis"),
        ("did Nonna get the Fluad or just the Covid booster", "Fluad"),
        ("Doctor gave Ecosprin 75, Susten 200. Is Susten needed so late?", "Is Susten"),
        ("Switched from Elonva to Puregon this cycle.", "Elonva"),
        ("Maintenance from here, 6-MP daily and methotrexate weekly.", "6-MP"),
        ("On 5-FU cream for two weeks, and 5-ASA for the colitis.", "5-ASA"),
        ("last tTG was still high (64) even though I am very strict.", "(64)"),
        ("Platelets low (55) and WBC high (22) this morning.", "(55)"),
        ("My baby was born on 14 October, 28 weeks, 1.1 kg.", "28 weeks"),
        ("23M, Ross River virus after a week of exercises in May.", "Ross River virus"),
    ],
)
def test_brands_drug_letters_readings_and_counts_stay(text: str, term: str) -> None:
    assert untouched(text, term), spans(text)


@pytest.mark.parametrize(
    ("text", "age"),
    [
        ("Ja, der hat es auch, seit er 65 ist.", "65"),
        ("als sie 12 war, fing es an.", "12"),
    ],
)
def test_a_german_clause_of_time_gives_an_age(text: str, age: str) -> None:
    assert not untouched(text, age), spans(text)


def test_a_german_count_after_the_pronoun_is_no_age() -> None:
    text = "seit ich 5 Tabletten nehme, geht es besser"
    assert untouched(text, "5 Tabletten"), spans(text)


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("Local 1-2 says I can bid for an inside job.", "Local 1-2"),
        ("The VFW Post 470 fish fry was fun.", "Post 470"),
        ('Die Selbsthilfegruppe "Lichtblick" trifft sich jeden Dienstag.', "Lichtblick"),
        ("Die Diakonie-Sozialstation kommt jetzt morgens.", "Diakonie"),
    ],
)
def test_union_locals_posts_quoted_groups_and_welfare_services(text: str, org: str) -> None:
    assert not untouched(text, org), spans(text)


@pytest.mark.parametrize(
    ("text", "term"),
    [
        ("Local anaesthetic then 2 stitches.", "Local anaesthetic"),
        ("the canteen gave me my gastritis and the H. pylori. Breath test positive.", "pylori"),
        ("One year clean from nyaope today.", "nyaope"),
        ("45M, L4/L5 disc, can't sit for long.", "L4/L5"),
        ("same thing. 36 in morning, and melatonin tonight.", "36 in morning"),
        ("and I've had two auras since the switch.", "auras"),
        ("Hi, my daughter got Alesse from the clinic but she is worried.", "Alesse"),
    ],
)
def test_germs_street_drugs_spine_levels_and_doses_stay(text: str, term: str) -> None:
    assert untouched(text, term), spans(text)


def test_someone_from_work_named_like_a_brand_stays_hidden() -> None:
    text = "Aspro from work came round with soup."
    assert not untouched(text, "Aspro"), spans(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Our 6-WK old has reflux and the GP says wait.", "6-WK"),
        ("Seit er 65 ist, hat er Vorhofflimmern.", "65"),
        ("Rang my employer (the MoD) about phased return after chemo.", "MoD"),
        ("I clean for ASDA three mornings a week.", "ASDA"),
        ("Texted Shout at 3am and they were kind.", "Shout"),
    ],
)
def test_a_reviewers_probes_stay_hidden(text: str, value: str) -> None:
    assert not untouched(text, value), spans(text)


@pytest.mark.parametrize(
    ("text", "term"),
    [
        ("I am ex-IVDU, clean 6 years now.", "IVDU"),
        ("TPD policy paid out in the end.", "TPD"),
        ("Work is SuWF so methotrexate day is Thursday.", "SuWF"),
        ("Also looking at Ovasitol or Inofolic for my PCOS.", "Ovasitol"),
    ],
)
def test_a_reviewers_probes_of_medicine_and_schedules_stay(text: str, term: str) -> None:
    assert untouched(text, term), spans(text)


def test_a_flats_number_before_a_comma_is_no_age() -> None:
    found = spans("Moved into 14F, Harbour Road last week.")
    assert [t for _, t in found] == [SpanType.ADDRESS], found


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Pirmella got engaged the week my lupus flared.", "Pirmella"),
        ("Walked Dalsy round the park, my asthma was fine.", "Dalsy"),
        ("Moved to Geniol after the divorce, GP there is great about my HRT.", "Geniol"),
        ("I work at Nevro and the trial was rushed.", "Nevro"),
        ("31F, SW19. Lupus since 2015.", "SW19"),
        ("DOB 11-JUN-1984, lupus since 2010.", "11-JUN-1984"),
    ],
)
def test_a_second_reviewers_probes_stay_hidden(text: str, value: str) -> None:
    assert not untouched(text, value), spans(text)


@pytest.mark.parametrize(
    ("text", "term"),
    [
        ('Told the group "Methadone saved my life" and cried.', "Methadone saved my life"),
        ("ACL Post 6 Weeks: knee still swollen.", "ACL"),
        ("Der Puls ist niedrig, seit er 50 ist, sagt der Kardiologe.", "50"),
        ("Die PNP hat sich verschlechtert.", "PNP"),
        ("The BMS group on Facebook helped with the tongue pain.", "BMS"),
        ("Keto Foods bars for my epilepsy diet.", "Keto Foods"),
    ],
)
def test_a_second_reviewers_probes_of_medicine_stay(text: str, term: str) -> None:
    assert untouched(text, term), spans(text)


@pytest.mark.parametrize(
    ("text", "term"),
    [
        ("sie sagt ja aber nur 10 Einheiten statt 14 gespritzt", "Einheiten"),
        ("Ibu 600 alle 8 Stunden, Amoxicillin 1000 1-1-1.", "Amoxicillin 1000"),
        (
            "Blutdruck 182/104, dann Amlodipin 5 extra genommen wie Dr. Huber gesagt hat",
            "Amlodipin 5",
        ),
        ("Depression, sagt die Ärztin. Sertralin 100 seit Oktober, jetzt auf 150.", "Sertralin"),
        ("Meine Tochter hat Anorexie, seit Januar ist sie in der Klinik.", "Anorexie"),
        ("MGUS ist jetzt Multiples Myelom. Paraprotein 28 g/l.", "Myelom"),
    ],
)
def test_german_counts_doses_and_medical_nouns_stay(text: str, term: str) -> None:
    assert untouched(text, term), spans(text)


def test_a_foreign_street_and_its_number_stay_one_address() -> None:
    text = "Send it to 0269 Stensås terrasse 38, Arendal."
    assert not untouched(text, "0269"), spans(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("8/17/24, 9:15 PM - maria: not good tia, her kidneys. creatinine high", "maria"),
        ("[24/4/24, 3:15 pm] kev: ok see u there", "kev"),
        ("30.01.25, 18:05 - fatma: ist im Krankenhaus, Lungenentzündung.", "fatma"),
    ],
)
def test_a_chat_lines_sender_is_a_name_in_any_case(text: str, name: str) -> None:
    assert not untouched(text, name), spans(text)


def test_a_chat_lines_kinship_label_stays_and_only_the_name_is_taken() -> None:
    text = "[24/4/24, 3:15 pm] Mum: ok\n[24/4/24, 3:16 pm] Aunty Kez: on my way"
    found = spans(text)
    assert ("Kez", SpanType.NAME) in found and untouched(text, "Mum: ok"), found
