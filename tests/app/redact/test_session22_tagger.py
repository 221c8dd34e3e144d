"""Session 22: the tagger's filters after its scores, tried with a tagger that takes every
word it scores (so what is left is the filters' doing), and a placeholder opening a list
line that Markdown read as a link's definition. The sentences are made up.
"""

from __future__ import annotations

import numpy as np
import pytest

from app.profile import PrivacyProfile
from app.redact import tagger as T
from app.redact.detect_cli import default_post
from app.redact.engine import Detector
from app.share import _no_link_definitions

EMPTY = PrivacyProfile()


class _Capitals(T.Tagger):
    """Sure of every capitalised word it scores and of nothing else."""

    def _probabilities(self, at, todo):  # type: ignore[no-untyped-def]
        return np.array([1.0 if at.ws[i].raw[:1].isupper() else 0.0 for i in todo])


@pytest.fixture(scope="module")
def greedy() -> Detector:
    return Detector(tagger=_Capitals(np.zeros(1, np.float32), 0.5))


def _taken(detector: Detector, text: str) -> list[str]:
    return [s.text for s in detector.detect(text, EMPTY) if s.uncertain]


@pytest.mark.parametrize(
    ("text", "left"),
    [
        ("Himalaya tablets help my liver.", "Himalaya"),
        ("Bioforce drops every evening.", "Bioforce"),
        ("Kalms tablets before the flight.", "Kalms"),
    ],
)
def test_a_guess_before_a_products_form_is_left(greedy: Detector, text: str, left: str) -> None:
    assert left not in " ".join(_taken(greedy, text))


@pytest.mark.parametrize(
    ("text", "taken"),
    [
        ("Paid through the Vitality app again.", "Vitality"),  # a firm's app
    ],
)
def test_a_verb_or_an_app_is_no_products_form(greedy: Detector, text: str, taken: str) -> None:
    assert taken in " ".join(_taken(greedy, text))


@pytest.mark.parametrize("after", [" drops me at the clinic", " drops in after work", " app"])
def test_a_verb_is_no_products_form(after: str) -> None:
    assert T._PRODUCT_AFTER.match(after) is None
    assert T._PRODUCT_AFTER.match(" drops every evening") is not None


def test_in_capitals_everyday_words_are_left_and_names_taken(greedy: Detector) -> None:
    taken = " ".join(_taken(greedy, "SAW GRACE AT THE CLINIC. HOPE AWARE OF IT."))
    assert "GRACE" in taken  # a listed given name
    assert "AWARE" not in taken  # an everyday word: case says nothing in capitals


def test_guesses_on_two_lines_are_two_spans(greedy: Detector) -> None:
    text = "Zarvo\nKellum"  # ("Heute\nKopfweh" reads as German since session 24: no guess)
    spans = [s for s in greedy.detect(text, EMPTY) if s.uncertain]
    assert spans and all("\n" not in s.text for s in spans)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Errands\nLloyds: Ramipril\nSpar", "Ramipril"),
        ("Shopping\nBread\nDunnes: Sertraline 50mg\nMilk", "Sertraline 50mg"),
    ],
)
def test_a_placeholder_opening_a_list_line_keeps_the_line(text: str, kept: str) -> None:
    """ "[organisation]: Ramipril" is no link definition: the medicine stays in the post."""
    post, _ = default_post(text, EMPTY)
    assert kept in post


def test_a_writers_own_link_definition_stays_a_definition() -> None:
    text = "see the [guide]\n[guide]: https://example.org/a\n[notes]: </notes.md>"
    assert _no_link_definitions(text) == text
    assert _no_link_definitions("[name]: Ramipril") == "\\[name]: Ramipril"


@pytest.mark.parametrize(
    "text",
    [
        "Sipho drops me at the clinic every Tuesday.",
        "Kelechi drops by most evenings with soup.",
    ],
)
def test_a_name_before_drops_as_a_verb_stays_a_name(text: str) -> None:
    name = text.split()[0]
    assert name in [s.text for s in Detector().detect(text, EMPTY)]


def test_a_brand_before_its_drops_stays_medicine() -> None:
    assert not Detector().detect(
        "Bioforce drops every evening, Voltarol gel in the morning.", EMPTY
    )
