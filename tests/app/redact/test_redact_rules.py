"""The general rules added for places, organisations, addresses and dates, each with the
words it must leave alone, plus the hand-written patient-voice set and the lexicon cache."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from app.profile import PrivacyProfile, ProfileTerm
from app.redact import SpanType, detect, lexicon_sources
from app.redact.lexicon import Lexicon, load_lexicon
from app.redact.names_context import medical_shape

GB = PrivacyProfile(region="GB")
US = PrivacyProfile(region="US")
DATA = Path(__file__).resolve().parents[1] / "data" / "patient_voice.jsonl"


def covered(text: str, profile: PrivacyProfile = GB) -> set[str]:
    """Every word of the text that ends up inside some span."""
    spans = detect(text, profile)
    return {w for s in spans for w in s.text.replace(",", " ").split()}


HARD_NEGATIVES = [
    "Crohn's is worse and Hashimoto's is stable; Parkinson's runs in the family.",
    "The Humira pen hurt. Took 15 mg at 3pm.",
    "CRP 45 this week, BP 130/85, ferritin 12.",
    "I may march on with it.",
    "My MS fatigue is brutal and the ME clinic is full.",
    "Support group meets tonight; the GP sent me to ICU then to A&E.",
    "Pain 7/10 today, 2 Paracetamol 500 mg at 9pm and 600 Rate 4 on the bike.",
]


@pytest.mark.parametrize("text", HARD_NEGATIVES)
def test_hard_negatives_stay_readable(text: str) -> None:
    assert detect(text, GB) == []


def test_states_are_too_coarse_to_redact_countries_are_places_words_are_not() -> None:
    assert {"Iceland", "Turkey"} <= covered("We moved here from Iceland; my aunt lives in Turkey.")
    assert covered("Texas and Ohio both have support groups, so does Queensland.") == set()
    assert covered("We had turkey for dinner.") == set()
    from app.profile import PrivacyProfile, ProfileTerm
    from app.redact import detect

    profile = PrivacyProfile.of([ProfileTerm("place", "Ohio")])
    assert [s.text for s in detect("We moved here from Ohio.", profile)] == ["Ohio"]


def test_places_after_prepositions_and_hospital_acronyms() -> None:
    assert "Acquapendente" in covered("I was staying in Acquapendente when it started.")
    assert "GH" in covered("Transferred to GH overnight, then back to the ward.")
    assert "ICU" not in covered("Transferred to ICU overnight.")


def test_a_word_found_once_is_found_everywhere_in_the_text() -> None:
    words = covered("Dr Zoltowski was kind. Later zoltowski rang me back.")
    assert {"Zoltowski", "zoltowski"} <= words


def test_organisations_by_suffix_and_firms() -> None:
    spans = {
        s.text: s.type
        for s in detect(
            "I work for Brightwell Logistics Ltd and bank with Barnett, Melton and Garcia.", GB
        )
    }
    assert spans.get("Brightwell Logistics Ltd") is SpanType.EMPLOYER
    assert {"Barnett", "Melton", "Garcia"} <= covered("I bank with Barnett, Melton and Garcia now.")
    assert {"Oakfield", "Primary", "School"} <= covered(
        "I teach at Oakfield Primary School part time."
    )


def test_hospital_names_include_their_naming_word() -> None:
    assert {"Frederick", "Memorial"} <= covered("She was admitted to Frederick Memorial overnight.")


def test_name_lists_and_possessives() -> None:
    assert {"Ferullo", "Okonkwo"} <= covered("Drs Ferullo and Okonkwo came to see me.")
    spans = [s.text for s in detect("Sarah Jones's mum brought cake.", GB)]
    assert any(t.endswith("Jones's") for t in spans)


def test_hyphenated_surnames() -> None:
    assert "Mensah-Boateng" in covered("Saw Amara Mensah-Boateng about the scan.")


def test_address_blocks_across_lines_and_countries() -> None:
    text = "Send it to:\n0269 Stensås terrasse 38\nSuite 621\nARENDAL\nNorway"
    spans = [s for s in detect(text, GB) if s.type is SpanType.ADDRESS]
    assert spans and spans[0].text.startswith("0269") and spans[0].text.endswith("Norway")
    for street in (
        "Rua Vinte e Cinco de Setembro 1257",
        "Hersnapvej 18",
        "ul. Zamkowa 33",
        "Via dei Fiorentini 17",
    ):
        assert street.split()[-1] in covered(f"She lives at {street} now."), street


def test_streets_without_numbers_and_zip_cues() -> None:
    assert {"Pond", "Street"} <= covered("The infusion suite is on Pond Street.")
    assert "2200" in covered("My zip code is 2200")
    assert covered("The Road to recovery is long.") == set()


def test_date_grammar() -> None:
    text = (
        "Flares 6/30-7/2, again 10-14 June, March 3-5, Friday 3 May, summer 2023, "
        "late 2021 and nov, 96."
    )
    words = covered(text)
    for w in (
        "6/30",
        "7/2",
        "10",
        "14",
        "June",
        "3",
        "5",
        "Friday",
        "May",
        "summer",
        "2023",
        "late",
        "2021",
        "nov",
        "96",
    ):
        assert w in words or any(w in x for x in words), w
    assert detect("BP 130/85 and pain 7/10 at 3pm.", GB) == []


def test_medical_word_shapes() -> None:
    assert medical_shape("upadacitinib") and medical_shape("mesalazine")
    assert not medical_shape("okafor") and not medical_shape("pam")


def test_patient_voice_set_recall_and_precision() -> None:
    """Our own hand-written patient-voice texts: most identifying words are covered and
    few medical or ordinary words are taken with them."""
    gold_tokens = hit = pred_tokens = pred_in_gold = 0
    for line in DATA.read_text("utf-8").splitlines():
        rec = json.loads(line)
        text = rec["text"]
        profile = PrivacyProfile.from_eval(rec["profile"])
        pred = [(s.start, s.end) for s in detect(text, profile)]
        gold = [(s["start"], s["end"]) for s in rec["spans"]]
        for a, b in gold:
            for w in _tokens(text, a, b):
                gold_tokens += 1
                hit += any(s <= w[0] and w[1] <= e for s, e in pred)
        for a, b in pred:
            for w in _tokens(text, a, b):
                pred_tokens += 1
                pred_in_gold += any(s <= w[0] and w[1] <= e for s, e in gold)
    assert hit / gold_tokens >= 0.85
    assert pred_in_gold / pred_tokens >= 0.85


def _tokens(text: str, a: int, b: int) -> list[tuple[int, int]]:
    return [(a + m.start(), a + m.end()) for m in re.finditer(r"\w+", text[a:b])]


def test_lexicon_cache_round_trip_reads_the_cache(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The second load unpacks the file (about 0.15 s) instead of building again from
    the packages (seconds): no wall-clock limit, the build is simply not allowed."""
    cache = tmp_path / "lexicon.bin"
    built = load_lexicon(cache)
    assert cache.exists()

    def no_build() -> Lexicon:
        raise AssertionError("the lexicon was built again instead of read from the cache")

    monkeypatch.setattr(lexicon_sources, "build_lexicon", no_build)
    loaded = load_lexicon(cache)
    assert isinstance(loaded, Lexicon)
    assert loaded.flags == built.flags and loaded.zipf == built.zipf
    assert loaded.place_phrases == built.place_phrases


def test_damaged_cache_is_rebuilt(tmp_path: Path) -> None:
    cache = tmp_path / "lexicon.bin"
    cache.write_bytes(b"not a lexicon")
    lex = load_lexicon(cache)
    assert lex.flags and load_lexicon(cache).flags == lex.flags


ALEX = PrivacyProfile.of(
    [ProfileTerm("self", "Alex Morgan"), ProfileTerm("person", "Will Hart")], region="GB"
)


@pytest.mark.parametrize(
    "text",
    ["I am 34 and tired.", "so i am 34, am i too young?", "I will ring them.", "I AM 34 AND TIRED"],
)
def test_lower_case_function_words_are_never_names(text: str) -> None:
    """ "am" is not Alex Morgan's initials, "will" is not Will Hart."""
    assert not [s for s in detect(text, ALEX) if s.type is SpanType.NAME]


def test_names_that_are_also_function_words_still_match_with_capitals() -> None:
    assert "Will" in covered("Will drove me in.", ALEX)
    assert "A.M." in covered("Signed A.M. on the form.", ALEX)


@pytest.mark.parametrize(
    "text",
    [
        "Saw Dr Smith\n\nJones came round later.",
        "Flat 3, 12 High Street\n\n55 minutes on the bike today.",
        "Call 0113 496\n\n0000 steps is not a phone number.",
        "Apt 4\n \n\n12 of us at the group.",
    ],
)
def test_no_span_crosses_a_blank_line(text: str) -> None:
    for span in detect(text, GB):
        assert not re.search(r"\n[ \t]*\n", span.text), span
        assert span.text == text[span.start : span.end]


def test_unknown_capitalised_names_mid_sentence_are_flagged_as_uncertain() -> None:
    """A rare given name that is also a dictionary word is still worth a look."""
    spans = detect("Maybe try the support group Marguerite mentioned?", GB)
    assert [(s.text, s.type, s.uncertain) for s in spans] == [("Marguerite", SpanType.NAME, True)]


@pytest.mark.parametrize(
    "text",
    [
        "Marguerite is a lovely name for a daisy.",  # sentence start: no capital evidence
        "I took Humira and then Rinvoq, plus Methotrexate and Prednisolone.",
        "Yesterday was rough. Tomorrow is the Infusion in the Rheumatology unit.",
        "I love Coffee and Chocolate more than Winter.",
    ],
)
def test_the_review_flag_leaves_ordinary_drug_and_medical_words(text: str) -> None:
    assert [s for s in detect(text, GB) if s.type is SpanType.NAME] == []
