"""Session 25: an age after "at" or "mit" says a time of life ("as a teenager", "als
Kind"); a baby's age in months is a noun or an adjective as the writer used it ("my
toddler", "our young baby"); a drug after a street and a comma is no town. The
sentences are made up.
"""

from __future__ import annotations

import pytest

from app.profile import PrivacyProfile
from app.redact.engine import Detector
from tests.support.redact_posts import detector as shared_detector
from tests.support.redact_posts import found as _found
from tests.support.redact_posts import german_post as _german_post
from tests.support.redact_posts import post

GB = PrivacyProfile()
DE = PrivacyProfile(region="DE")


@pytest.fixture(scope="module")
def detector() -> Detector:
    return shared_detector()


def _post(detector: Detector, text: str, profile: PrivacyProfile = GB) -> str:
    """The post's last line: the entry's own text, after the date heading."""
    return post(detector, text, profile).splitlines()[-1]


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        ("diagnosed at 19 with Crohn's", "diagnosed as a teenager with Crohn's"),
        ("my son was diagnosed at 12", "my son was diagnosed as a child"),
        ("he was diagnosed at 18 months with CF", "he was diagnosed as a toddler with CF"),
        ("diagnosed at 19 years old with UC", "diagnosed as a teenager with UC"),
        ("my 12-month-old has had croup twice", "my toddler has had croup twice"),
        ("we took our 3-month-old baby to A&E", "we took our young baby to A&E"),
        ("she has a 6 month old and a 3 year old", "she has a baby and a young child"),
    ],
)
def test_a_young_age_reads_as_a_time_of_life(detector: Detector, text: str, wanted: str) -> None:
    assert _post(detector, text) == wanted


def test_an_adult_age_after_at_keeps_its_band(detector: Detector) -> None:
    post = _post(detector, "I was diagnosed at 47")
    assert "47" not in post and "at fortysomething" in post


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        ("Bei mir wurde mit 19 Morbus Crohn festgestellt.", "als Teenager Morbus Crohn"),
        ("Unser Sohn hatte mit 3 Monaten schon Neurodermitis.", "hatte als Baby schon"),
        ("Mit 8 bekam sie Asthma.", "Als kleines Kind bekam sie Asthma."),
        ("Mit 47 kam dann der Diabetes.", "In den Vierzigern kam dann der Diabetes."),
    ],
)
def test_a_german_age_after_mit_reads_as_a_time_of_life(
    detector: Detector, text: str, wanted: str
) -> None:
    post = _german_post(detector, text)
    assert wanted in post and " mit " not in post.lower().replace("\n", " ")


def test_a_drug_after_a_street_and_a_comma_is_no_town(detector: Detector) -> None:
    text = "picked up from the pharmacy on Temple Street, Ciprodex drops for his ear"
    assert ("Temple Street", "ADDRESS") in _found(detector, text)
    assert "Ciprodex drops" in _post(detector, text)
    assert ("14 Grove Road, Malahide", "ADDRESS") in _found(
        detector, "we moved to 14 Grove Road, Malahide last year"
    )


@pytest.mark.parametrize(
    ("text", "noun"),
    [
        ("Pantoprazol 40 immer vor dem Essen, sonst Sodbrennen.", "Essen"),
        ("in der Halle beim Sport Asthmaanfall gehabt", "Halle"),
        ("morgens mit leerem Magen L-Thyroxin 75", "Magen"),
        ("im Hof gestürzt, Knie geprellt", "Hof"),
        ("Das Brennen beim Wasserlassen ist weg.", "Brennen"),
    ],
)
def test_a_german_noun_after_its_article_is_no_town(
    detector: Detector, text: str, noun: str
) -> None:
    assert noun in _german_post(detector, text)


def test_a_german_town_without_an_article_stays_a_town(detector: Detector) -> None:
    post = _german_post(detector, "Wir wohnen in Essen, Herzkatheter in Halle.")
    assert "Essen" not in post and "Halle" not in post


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Seit Monaten Bauchschmerzen wegen Morbus Crohn, Verdacht auf Fistel.", "Fistel"),
        ("Oma liegt mit Lungenentzündung und Delir im Krankenhaus.", "Delir"),
        ("Den Pen vergesse ich ständig im Kühlschrank.", "Pen"),
        ("die Immunglobuline vertrag ich gut, der Befund ist besser", "Immunglobuline"),
        ("Bei mir war es ein Seminom, beim Kumpel ein Prolaktinom.", "Prolaktinom"),
        ("Hodgkin-Lymphom Stadium IIA, vier Zyklen, letzte Gabe im Mai.", "letzte Gabe"),
        ("wir kommen nicht, Mama hat Corona", "Corona"),
        ("Seit Ostern habe ich wieder Schübe.", "Schübe"),
    ],
)
def test_german_medical_nouns_stay(detector: Detector, text: str, kept: str) -> None:
    assert kept in _german_post(detector, text)


def test_a_german_person_named_like_an_illness_is_still_a_person(detector: Detector) -> None:
    assert "Frau Corona" not in _german_post(detector, "mit Corona hat Frau Corona nichts zu tun")


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        ("Seit Ostern habe ich wieder Schübe.", "Seit einem Feiertag"),
        ("Am Ostermontag war ich in der Notaufnahme.", "An einem Feiertag war ich"),
        ("in den Herbstferien waren wir in der Reha", "in den Ferien waren wir"),
    ],
)
def test_a_german_holiday_takes_its_case(detector: Detector, text: str, wanted: str) -> None:
    assert wanted in _german_post(detector, text)


@pytest.mark.parametrize(
    "text",
    [
        "Centrelink cut my payment again, I'm on pregabalin and can't work",
        "Services Australia still hasn't processed my claim",
        "Service Canada finally approved my EI sickness benefits",
        "Tusla social worker asked me about my methadone",
        "WINZ finally approved the disability allowance",
        "the HSE won't fund the Zolgensma for him",
    ],
)
def test_national_bodies_stay(detector: Detector, text: str) -> None:
    assert _post(detector, text) == text


def test_a_national_body_as_a_workplace_is_redacted(detector: Detector) -> None:
    assert "Centrelink" not in _post(
        detector, "I work at Centrelink in Dubbo and my back is wrecked"
    )
    assert "Tusla" not in _post(detector, "I work for Tusla and my back is wrecked")


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        ("I was first put on Prozac in the 90s and it never really worked", "in the [date]"),
        ("since the noughties I've had psoriasis", "since the [date]"),
        ("the 80s were full of asthma", "the [date] were"),
        ("70s kid here, had rheumatic fever as a child", "[date] kid here"),
        ("hit my 40s and the perimenopause arrived", "hit my middle years"),
        ("my nan is in her 90s", "in her later years"),
    ],
)
def test_decades_are_dates_and_ages(detector: Detector, text: str, wanted: str) -> None:
    assert wanted in _post(detector, text)


@pytest.mark.parametrize(
    "text",
    [
        "sats in the low 90s all night",
        "sats in the 90s all night",
        "it's been in the 90s all week and my MS hates heat",
        "he desats to the 70s-80s though it does return to the 90s once the sats settle",
    ],
)
def test_readings_and_weather_in_the_nineties_stay(detector: Detector, text: str) -> None:
    assert _post(detector, text) == text


@pytest.mark.parametrize(
    "text",
    [
        "find the Ritalin wears off by 3? then he's climbing the walls",
        "nobody listened 2 me 4 once, gp just said anxiety",
        "the methadone pharmacy closes at 6 on weekends",
    ],
)
def test_times_and_text_speak_are_no_ages(detector: Detector, text: str) -> None:
    assert not [s for s in _found(detector, text) if s[1] == "AGE"]


def test_a_side_is_no_age(detector: Detector) -> None:
    assert "5-a-side" in _post(detector, "my mate from 5-a-side has the same knee")


def test_a_baby_may_still_close_by_an_age(detector: Detector) -> None:
    text = "cardiologist says the hole may close by itself by 2"
    assert ("2", "AGE") in _found(detector, text)


@pytest.mark.parametrize(
    ("text", "brand"),
    [
        ("Dr Al-Khatib thinks the migraine is hormonal and suggested Yasmin", "Yasmin"),
        ("Annelie from church brought me Rennie lol", "Rennie"),
        ("took two Rennie after dinner", "Rennie"),
        ("switched from Cerelle to Camila, spotting has stopped", "Cerelle"),
        ("Camila gave me acne", "Camila"),
        ("Camila is making me bleed every fortnight", "Camila"),
    ],
)
def test_brands_named_like_people_stay_as_medicine(
    detector: Detector, text: str, brand: str
) -> None:
    assert brand in _post(detector, text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Camila gave me a lift to the hospital", "Camila"),
        ("Yasmin said the pill made her sick", "Yasmin"),
        ("my friend Yasmin is on Rigevidon", "Yasmin"),
    ],
)
def test_people_named_like_brands_stay_people(detector: Detector, text: str, name: str) -> None:
    assert name not in _post(detector, text)


@pytest.mark.parametrize(
    ("text", "region", "name"),
    [
        ("Boots online order came, only one of my Fostair inhalers in it", "GB", "Boots"),
        ("CVS messed up my Vyvanse 40mg refill AGAIN", "US", "CVS"),
        ("walgreens lost my Xarelto script", "US", "walgreens"),
        ("home depot let me sit at the register after my knee op", "US", "home depot"),
        ("Countdown night shift plus shingles this week", "NZ", "Countdown"),
    ],
)
def test_a_chain_opening_a_sentence_is_a_workplace(
    detector: Detector, text: str, region: str, name: str
) -> None:
    assert name not in _post(detector, text, PrivacyProfile(region=region))


def test_an_ordinary_word_opening_a_sentence_stays(detector: Detector) -> None:
    text = "Next week I see the rheumatologist"
    assert _post(detector, text, PrivacyProfile(region="GB")) == text


@pytest.mark.parametrize(
    ("text", "firm"),
    [
        ("mein Mann ist Lokführer bei der Bahn und hat jetzt Schlafapnoe", "Bahn"),
        ("ich engagiere mich bei der Tafel und nehme Ramipril 5 mg", "Tafel"),
        ("Wiedereingliederung beim Diakonischen Werk klappt nicht", "Diakonischen"),
        ("Heute Stress bei der Deutschen Bahn, Schichtdienst mit Diabetes", "Deutschen Bahn"),
        ("Shift bei Pflegedienst Lebensfreude heute wieder 12 Stunden", "Lebensfreude"),
    ],
)
def test_german_workplaces_by_their_frame(detector: Detector, text: str, firm: str) -> None:
    assert firm not in _german_post(detector, text)


def test_a_german_noun_after_work_and_bei_stays(detector: Detector) -> None:
    assert "Bedarf" in _german_post(detector, "Schichten bei Bedarf auch nachts, trotz Asthma")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Wu reckons the Ozempic nausea settles after the first month", "Wu"),
        ("Oh said to keep taking the doxycycline", "Oh said"),
        ("had a chat with Ng about the statins", "Ng"),
        ("dr ng upped my gabapentin", "ng"),
        ("Li at the practice said it's viral", "Li"),
        ("JJ took me to A&E with chest pain", "JJ"),
        ("DH K has started CPAP and the snoring's gone", "DH K"),
        ("PJ from group said Ozempic gave her gastroparesis", "PJ"),
        ("ngl haq is the only gp who gets my POTS", "haq"),
        ("tbh dami has bin a rock thru all the chemo", "dami"),
        ("my daughter April got her IUD out", "April"),
        ("June (79) had her cataract done", "June"),
    ],
)
def test_short_and_unlisted_names_in_a_persons_frame(
    detector: Detector, text: str, name: str
) -> None:
    assert name not in _post(detector, text)


@pytest.mark.parametrize(
    "text",
    [
        "the NG tube came out again",
        "on lithium, Li 0.6 last week, with Li carbonate",
        "Oh well, do what you can",
        "I took my MRI results to the GP",
        "ngl everything is fine now the metformin settled",
        "tbh the gp is useless",
    ],
)
def test_short_words_that_are_no_names_stay(detector: Detector, text: str) -> None:
    assert _post(detector, text) == text


def test_a_german_two_letter_name_after_mit(detector: Detector) -> None:
    post = _german_post(
        detector, "hab mit Li über die Schilddrüse geredet, sie nimmt L-Thyroxin 75"
    )
    assert "mit Li" not in post and "L-Thyroxin 75" in post


@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("got the train from March to Peterborough with my oxygen", ("March", "Peterborough")),
        ("commute Reading to Paddington standing up with POTS", ("Reading", "Paddington")),
        ("Orange base hospital did my endoscopy", ("Orange",)),
    ],
)
def test_ordinary_word_towns_told_by_the_town_beside_them(
    detector: Detector, text: str, places: tuple[str, ...]
) -> None:
    found = _found(detector, text, PrivacyProfile(region="AU" if "Orange" in text else "GB"))
    assert all((p, "PLACE") in found for p in places)


def test_two_months_are_no_journey(detector: Detector) -> None:
    found = _found(detector, "from January to March I was on prednisolone")
    assert ("March", "DATE") in found


@pytest.mark.parametrize(
    "text",
    [
        "doc said an Epsom salt bath would help the cramps",
        "herniated disc at L5-S1, physio twice a week",
        "PHQ-9 score of 19 so they referred me to IAPT",
        "self-referred to Talking Therapies for CBT",
    ],
)
def test_products_spine_levels_and_nhs_services_stay(detector: Detector, text: str) -> None:
    assert _post(detector, text) == text


def test_a_local_talking_therapies_service_hides_its_town(detector: Detector) -> None:
    assert "Leeds" not in _post(detector, "self-referred to Leeds Talking Therapies for CBT")


@pytest.mark.parametrize(
    ("text", "kept", "gone"),
    [
        ("my shift at asda ran over so i missed my sertraline", "ran over", "asda"),
        ("I work for Kirklees Council and OH referred me for CBT", "and OH referred", "Kirklees"),
    ],
)
def test_an_organisation_ends_at_its_name(
    detector: Detector, text: str, kept: str, gone: str
) -> None:
    post = _post(detector, text)
    assert kept in post and gone not in post


# A second pair of eyes on the rules above found where they misfired; each case stays.
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Heather made me anxious all week with her texts.", "Heather"),
        ("Leona gave me a headache going on about her wedding", "Leona"),
    ],
)
def test_a_person_named_like_a_drug_who_upsets_the_writer_stays_a_person(
    detector: Detector, text: str, name: str
) -> None:
    assert name not in _post(detector, text)


@pytest.mark.parametrize(
    "text",
    [
        "Did the doctor go through the results with you?",
        "OH MY GOD the pain",
        "BP came down to 120/80",
        "lol hrt was the best decision",
        "My grades dropped into the 60s after the diagnosis",
        "Went to A&E and waited till 9.",
    ],
)
def test_ordinary_words_around_the_new_rules_stay(detector: Detector, text: str) -> None:
    assert _post(detector, text) == text


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        ("The leaflet is aimed at 5 year olds.", "aimed at young children"),
        ("diagnosed at 9 years of age with T1", "diagnosed as a young child with T1"),
        ("I was first put on Prozac in the 80's", "in the [date]"),
        ("I moved in March to Peterborough", "to [place]"),
        ("from Reading to London Mum drove", "[place] Mum drove"),
    ],
)
def test_the_new_rules_keep_to_their_words(detector: Detector, text: str, wanted: str) -> None:
    assert wanted in _post(detector, text)


def test_a_month_in_a_journey_after_in_stays_a_month(detector: Detector) -> None:
    assert ("March", "PLACE") not in _found(detector, "I moved in March to Peterborough")


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        ("Die Heide hat mich zur Chemo gefahren.", "Die [Ort]"),
        ("Ich war gestern mit Gabe beim Arzt", "mit [Name]"),
        ("Hodgkin-Lymphom, vier Zyklen, letzte Gabe im Mai.", "letzte Gabe"),
        ("Wir wohnen Zur Mühle 3 seit zwei Jahren.", "Wir wohnen [Adresse]"),
        ("Ich rauche noch immer (20/d)", "(20/d)"),
        ("Steffi hier (38/w) aus Hannover", "(in den Dreißigern)"),
    ],
)
def test_the_german_rules_keep_to_their_words(detector: Detector, text: str, wanted: str) -> None:
    assert wanted in _german_post(detector, text)


def test_german_work_frames_keep_to_firms(detector: Detector) -> None:
    assert "bei der Arbeit im Lager" in _german_post(
        detector, "Ich habe mich bei der Arbeit im Lager verletzt."
    )
    assert "Flink" not in _german_post(detector, "bin bei Flink als Rider, kein Geld")
