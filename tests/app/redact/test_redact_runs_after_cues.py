"""Names, places and employers that the single-word cues missed: a capitalised run after
a place preposition ("from Cape Flats"), a town after an article and a describing word
("from a grey Pontypridd"), a destination after a verb of going ("back to Aviva"),
employer suffixes that grow over the words before them ("Wexford Creamery Co-op"),
lower-case towns after "past" or after "from X to"; with the hard negatives those cues
are also followed by: medicine, kin, everyday places, calendar words."""

from __future__ import annotations

import pytest

from app.profile import EMPTY_PROFILE
from app.redact.engine import detect
from app.redact.spans import SpanType


def _covered(text: str, value: str) -> bool:
    start = text.index(value)
    end = start + len(value)
    spans = detect(text, EMPTY_PROFILE)
    return all(
        any(s.start <= i < s.end for s in spans) for i in range(start, end) if not text[i].isspace()
    )


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("We drove in from Bonteheuwel Flats, an hour each way.", "Bonteheuwel Flats"),
        ("Greetings from a grey Pontypridd. Bloods came back fine.", "Pontypridd"),
        ("Life in sunny Aberporth is slow after the op.", "Aberporth"),
        ("Two weeks off then back to Aviva on Monday.", "Aviva"),
        ("Last year I moved to Swindon for the job.", "Swindon"),
        ("The crew at Wexford Creamery Co-op sent flowers.", "Wexford Creamery Co-op"),
        ("My sister works at Ballyduff Dairy and loves it.", "Ballyduff Dairy"),
        ("moved from gisborne to ōpōtiki in june and the nurse is great", "ōpōtiki"),
        ("We live out past castlebar west. The GP is ok.", "castlebar west"),
        ("Nomvula from church brought soup after the scan.", "Nomvula"),
        ("Grandad farmed at Rocky Bend all his life.", "Rocky Bend"),
        ("Die Reha-Klinik in Bernau-Felden hat angerufen.", "Bernau-Felden"),
        ("My aunt still lives in Oudtshoornia and rings weekly.", "Oudtshoornia"),
        ("I teach at St. Brigid's College and they've been kind.", "St. Brigid's College"),
        ("The sleep lab at the Klinikum rechts der Wertach called.", "Klinikum rechts der Wertach"),
        ("Took the bus from Khayaville Heights, an hour there.", "Khayaville Heights"),
    ],
)
def test_runs_after_cues_are_found(text: str, value: str) -> None:
    assert _covered(text, value), (text, value)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Went back to Humira after the flare.", "Humira"),
        ("Switched back to Stelara in spring.", "Stelara"),
        ("Going back to Work on Monday, phased return.", "Work"),
        ("Went back to Mum for a week after the op.", "Mum"),
        ("I am in severe Pain most mornings.", "Pain"),
        ("No Dairy or Gluten for me now.", "Dairy"),
        ("Cut out Gluten and Dairy for six weeks.", "Gluten"),
        ("Moved to March for the next infusion.", "March"),
        ("I'm past caring about the weight gain on prednisolone.", "caring"),
        ("Back to Keytruda every three weeks from now.", "Keytruda"),
        ("Switched to Zorvantix XL 20mg after the shortage.", "Zorvantix"),
        ("We all met up at Easter Sunday for lunch.", "Easter"),
        ("Dad takes him to bingo Thursdays now.", "Thursdays"),
        ("Diagnosed at Stage Four, now on Tagrisso.", "Stage"),
    ],
)
def test_hard_negatives_are_kept(text: str, kept: str) -> None:
    start = text.index(kept)
    for span in detect(text, EMPTY_PROFILE):
        if span.start <= start < span.end:
            assert span.type is SpanType.DATE and kept in ("March", "Easter"), (text, span)


@pytest.mark.parametrize(
    ("text", "value", "word"),
    [
        ("gp in wagga wagga upped the metformin", "wagga", "upped"),
        ("work at kmart doing nights again", "kmart", "doing"),
        ("working at infosys wfh 3 days a week", "infosys", "wfh"),
    ],
)
def test_lower_case_runs_stop_at_verbs_and_times(text: str, value: str, word: str) -> None:
    at = text.index(word)
    assert not any(s.start <= at < s.end for s in detect(text, EMPTY_PROFILE)), text
