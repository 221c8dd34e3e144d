"""What session 19's fresh training sets (dev19_a, dev19_b) showed, as general rules:
an organisation's letters by what it says or does to the writer (``orgs_acronyms``), a
brand alone in a bracket after its generic (``medical_brands_glossed``), an illness's
hashtag (``medical_camel``), the shorthand patients write for drugs (the lexicon's
medical terms), a measured angle and a German "von N auf M" (``numbers_age``)."""

from __future__ import annotations

import pytest

from tests.support.redact_posts import spans, untouched


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("Teacher, diagnosed coeliac last term. QTU says I can claim the training days.", "QTU"),
        ("Need to email RCN about the sickness policy.", "RCN"),
        ("Also if you're a VCU student, the student health pharmacy has it.", "VCU"),
        ("SGI rang back about the claim on Friday.", "SGI"),
    ],
)
def test_an_organisations_letters_by_what_it_does_are_hidden(text: str, org: str) -> None:
    assert not untouched(text, org), spans(text)


@pytest.mark.parametrize(
    ("text", "term"),
    [
        ("My DON said FMLA is on me to figure out.", "DON"),  # a role, not a firm
        ("Hashimoto's encephalopathy, also called SREAT, was the answer.", "SREAT"),
        ("Pre-assessment was last week. VHI member no. 00412239 on the form.", "member no"),
        ("The MRI will show if it has grown.", "MRI"),
    ],
)
def test_roles_names_of_illnesses_and_tests_are_not_organisations(text: str, term: str) -> None:
    assert untouched(text, term), spans(text)


@pytest.mark.parametrize(
    ("text", "term"),
    [
        ("Psychiatrist started Lamotrigine (Lamitor 25) with a slow titration.", "Lamitor 25"),
        ("Adding ezetimibe (Ezedoc 20 mg). Lp(a) is 186 nmol/L.", "Ezedoc 20 mg"),
        ("They started Penicillamine (Cilamin 250) and zinc.", "Cilamin 250"),
        ("Started Dienogest 2 mg (Zorvana) daily.", "Zorvana"),
    ],
)
def test_a_brand_in_a_bracket_after_its_generic_stays(text: str, term: str) -> None:
    assert untouched(text, term), spans(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("I give melatonin (Liam) at night and montelukast (Ava) in the morning.", "Liam"),
        ("methylphenidate (Brax 8) and guanfacine (Oaklee 11) before school", "Oaklee"),
        ("risperidone (Jaxtyn 10) since the spring", "Jaxtyn"),
        ("Adderall Jake 9 and Vyvanse Mia 12, mornings are chaos", "Jake"),
        ("Melatonin Lily 2mg and guanfacine Oliver 1mg at bedtime.", "Oliver"),
        ("Amoxicillin Harper 250mg three times a day.", "Harper"),
    ],
)
def test_a_person_in_a_bracket_after_a_drug_stays_hidden(text: str, name: str) -> None:
    assert not untouched(text, name), spans(text)


@pytest.mark.parametrize(
    ("text", "tag"),
    [
        ("Stage IIB, diagnosed last spring. #BreastCancer #spoonie", "#BreastCancer"),
        ("Awareness week again. #CrohnsSucks", "#CrohnsSucks"),
        ("Flare again but still here. #LupusWarrior", "#LupusWarrior"),
    ],
)
def test_an_illnesss_hashtag_stays(text: str, tag: str) -> None:
    assert untouched(text, tag), spans(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Love from #TeamSarah after the scan.", "Sarah"),
        ("Raising money for #JaxonsLymeDisease this weekend.", "Jaxons"),
        ("Meet-up on Saturday. #LeedsLupus", "Leeds"),
        ("#RubyVsCancer day 40 of chemo", "Ruby"),
        ("#CancerFreeMaddie she rang the bell", "Maddie"),
        ("#EpilepsyWagga fundraiser on Sunday", "Wagga"),
    ],
)
def test_a_persons_or_a_places_hashtag_stays_hidden(text: str, name: str) -> None:
    assert not untouched(text, name), spans(text)


@pytest.mark.parametrize(
    ("text", "term"),
    [
        ("Stopped lamo for now. Also on quet 50 at night.", "quet 50"),
        ("Back on sert 100 and levo 75 since the review.", "sert 100"),
        ("Ultrasound showed both hips normal, alpha angle 64 on the left.", "64"),
        ("Anfälle von ca. 20 auf 6 pro Monat seit dem neuen Medikament!", "20"),
        ("BSL says 14.2 after brekkie, HG won't stop.", "BSL says 14.2"),
        ("The Asthma Action Card is in her school bag.", "Asthma Action Card"),
        ("DH says I should rest and MIL says it's all in my head.", "DH says"),
    ],
)
def test_shorthand_strengths_angles_and_changes_are_not_ages(text: str, term: str) -> None:
    assert untouched(text, term), spans(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Told Gitelman my HbA1c is 48 now.", "Gitelman"),
        ("Appt with Bartter 9:15, then bloods.", "Bartter"),
        ("My sister is 20 and lives in Ghent.", "20"),
        ("Lith is my best mate, she drove me to A&E.", "Lith"),
        ("Levo came to visit me in the ICU.", "Levo"),
        ("Beim Wechsel von 17 auf 18 musste ich zum Erwachsenen-Neurologen.", "17"),
    ],
)
def test_surnames_of_eponyms_and_ages_stay_hidden(text: str, name: str) -> None:
    assert not untouched(text, name), spans(text)


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("Is that available in SA and does Momentum cover it?", "Momentum"),
        ("Does anyone know if HCF cover the Mirena?", "HCF"),
        ("Is it covered by Bupa? Asking for my mum.", "Bupa"),
        ("Epilepsy Action helpline helped with the forms.", "Epilepsy Action"),
        ("Rang Anxiety UK and they were lovely.", "Anxiety UK"),
        ("Meine Vermieterin, die LWB, hat endlich den Aufzug repariert.", "LWB"),
    ],
)
def test_payers_asked_about_and_charities_of_a_cause_are_hidden(text: str, org: str) -> None:
    assert not untouched(text, org), spans(text)


@pytest.mark.parametrize(
    ("text", "term"),
    [
        ("Does Medicare cover it? Does insurance cover it?", "Medicare"),
        ("Did Dad cover it? He said he would.", "Dad"),
        ("The school lost his Asthma Action Plan again.", "Asthma Action Plan"),
        ("Epilepsy Action Plan signed by the school nurse, she's on Epilim now.", "Epilepsy"),
    ],
)
def test_public_schemes_family_and_care_plans_are_not_payers(text: str, term: str) -> None:
    assert untouched(text, term), spans(text)


@pytest.mark.parametrize(
    ("text", "age"),
    [
        ("Hallo Forum, kurze Vorstellung: 43, m, seit 2019 Morbus Bechterew.", "43"),
        ("Moin, 41w, Long Covid seit 2022.", "41"),
        ("Hi all, 41, MS since 2015, EDSS 3.0.", "41"),
        ("Hey guys, 34m, just diagnosed.", "34"),
    ],
)
def test_an_age_opening_an_introduction_is_hidden(text: str, age: str) -> None:
    assert not untouched(text, age), spans(text)


def test_a_german_age_letter_goes_with_the_age() -> None:
    text = "Moin, 41w, Long Covid seit 2022."
    assert untouched(text, "Moin, ") and not untouched(text, "w,"), spans(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("He already has the sign. Rose his great grandma is making him a quilt.", "Rose"),
        ("Faith her aunt drove us to the clinic.", "Faith"),
    ],
)
def test_a_name_before_his_or_her_relation_is_hidden(text: str, name: str) -> None:
    assert not untouched(text, name), spans(text)


@pytest.mark.parametrize(
    "text",
    [
        "Will his brother come too?",
        "May her soul rest in peace.",
        "Then her sister rang.",
        "Ngl his dad was useless at the hospital.",
    ],
)
def test_a_sentences_first_word_before_his_or_her_relation_stays(text: str) -> None:
    first = text.split()[0]
    assert untouched(text, first), spans(text)


@pytest.mark.parametrize(
    ("text", "month"),
    [
        ("Thesis due Feb at uni so I kind of need my brain.", "Feb"),
        ("Back at work since Sept and the fatigue is rough.", "Sept"),
        ("The Dec appointment got moved again.", "Dec"),
        ("Baby is due Jan apparently, so no more methotrexate.", "Jan"),
    ],
)
def test_a_months_short_form_alone_is_a_date(text: str, month: str) -> None:
    assert not untouched(text, month), spans(text)


@pytest.mark.parametrize(
    ("text", "term"),
    [
        ("Hb dec from 120 to 98 after the bleed.", "dec"),
        ("Jan from the support group rang.", "Jan"),  # a name: the name finders' call
    ],
)
def test_a_months_short_form_is_not_taken_where_it_is_no_month(text: str, term: str) -> None:
    assert all(kind.value != "DATE" for word, kind in spans(text) if word == term), spans(text)


def test_a_district_the_german_list_holds_is_hidden_after_nach() -> None:
    text = "19.11.24, 07:23 - Deniz: ok, ich komme Samstag nach Ehrenfeld und bringe die Tabletten mit."
    assert not untouched(text, "Ehrenfeld"), spans(text)


@pytest.mark.parametrize(
    "text",
    [
        "Morgen geht es nach Hause, endlich, nach drei Wochen im Krankenhaus.",
        "Nach Feierabend gehe ich kurz zum Arzt und dann nach Hause, weil ich müde bin.",
    ],
)
def test_german_set_phrases_after_nach_stay(text: str) -> None:
    assert untouched(text, "nach Hause"), spans(text)


def test_an_age_opening_a_sentence_with_how_the_writer_is() -> None:
    text = "They want yearly eye checks because of hydroxychloroquine. 41 and dry as a bone."
    assert not untouched(text, "41"), spans(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # review 19b: what the first versions of these rules let through
        ("Kids are in the car, Sophie's in the back.", "Sophie"),
        ("My pain's in my knees and Tom's in his back.", "Tom"),
        ("my Kate-22 crew are the best", "Kate"),
        ("Off to Aoife-30 celebrations tonight.", "Aoife"),
        ("Dr Tramal-Schmidt is lovely.", "Schmidt"),
        ("Metformin Sarah 500 for the week.", "Sarah"),
    ],
)
def test_people_beside_drugs_numbers_and_body_parts_stay_hidden(text: str, name: str) -> None:
    assert not untouched(text, name), spans(text)


@pytest.mark.parametrize(
    ("text", "term"),
    [
        ("Der alte Imraldi-Pen war schlimmer als der neue, sagt meine Frau.", "Imraldi-Pen"),
        ("Novomix-30 twice a day since the diagnosis.", "Novomix-30"),
        ("Evorel Conti 50 patch and Metformin Sandoz 500mg.", "Evorel Conti 50"),
        ("Wir fahren Richtung Bahnhof und dann aus Pflegeheim zurück, sagt sie.", "Pflegeheim"),
    ],
)
def test_devices_products_and_german_nouns_stay(text: str, term: str) -> None:
    assert untouched(text, term), spans(text)


def test_on_and_a_number_after_a_drug_is_a_dose() -> None:
    text = "Pred taper day 9. On 20 since March 1st, down to 17.5 mg from today."
    assert untouched(text, "On 20"), spans(text)


def test_on_and_a_number_after_a_person_is_an_age() -> None:
    text = "Dad on 82 off his feet since the fall, cellulitis too."
    assert not untouched(text, "82"), spans(text)


@pytest.mark.parametrize(
    ("text", "term"),
    [
        ("desogestrel Hana 75mcg and drospirenone Yasmin 3mg daily", "Yasmin 3mg"),
        ("zopiclone Winthrop 7.5mg at night and ramipril Bristol 2.5mg", "Winthrop 7.5mg"),
    ],
)
def test_brands_and_makers_a_name_list_holds_stay_beside_their_dose(text: str, term: str) -> None:
    assert untouched(text, term), spans(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("melatonin, Oliver 3mg at bedtime", "Oliver"),
        ("melatonin Oliver 3mg Isla 2mg Freya 1mg at bedtime", "Freya"),
        ("Ritalin für Jonas 10mg morgens, sagt die Ärztin.", "Jonas"),
        ("melatonin (Orla 3mg) since the spring", "Orla"),
    ],
)
def test_children_in_other_shapes_of_a_carers_list_stay_hidden(text: str, name: str) -> None:
    assert not untouched(text, name), spans(text)


def test_generic_makers_beside_their_dose_stay() -> None:
    text = "levothyroxine Almus 50mcg, zopiclone Winthrop 7.5mg, ramipril Bristol 2.5mg"
    assert all(untouched(text, w) for w in ("Almus", "Winthrop", "Bristol")), spans(text)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Did Dad get the results from the Regional? PSA 6 apparently.", "Regional"),
        ("Admitted to the Memorial on Friday night with chest pain.", "Memorial"),
    ],
)
def test_a_hospital_by_its_nickname_is_hidden(text: str, place: str) -> None:
    assert not untouched(text, place), spans(text)


def test_a_doctor_after_a_care_word_is_a_person_not_a_place() -> None:
    from app.redact.spans import SpanType

    found = spans("Reported results to Dr. Walker, who will call back.")
    assert ("Dr", SpanType.PLACE) not in found and ("Walker", SpanType.NAME) in found, found


def test_a_state_one_is_in_is_no_place_in_german() -> None:
    text = "Ich gehe bald in Rente und habe dann mehr Zeit für die Physiotherapie."
    assert untouched(text, "in Rente"), spans(text)
