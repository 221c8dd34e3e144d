"""A search without date words is understood without the date patterns (issue 19).

``understand`` compiles its date patterns (and learns the month names) only for a query
that could hold a date phrase: one with a quote, a digit, a month or a relative word,
or one in another script. Every other query means just its words, and must mean
exactly what the patterns would have found: the property below holds the quick answer
to the patterns' own for any query made of date words, near-misses and noise.
"""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from pathlib import Path
from unittest import mock

from hypothesis import given, settings
from hypothesis import strategies as st

from app.journal import query_words
from app.journal.query_words import understand

ROOT = Path(__file__).resolve().parents[3]
TODAY = dt.date(2026, 3, 14)

WORDS = [
    *("january", "March", "MAY", "may", "Sept", "sept.", "nov", "dec", "June", "jun"),
    *("last", "this", "past", "previous", "week", "month", "year", "days", "Yesterday"),
    *("today", "in", "during", "since", "from", "of", "2025", "1999", "7", "30", '"'),
    *("headache", "pain", "mayo", "marching", "lasting", "pasta", "decade", "ap", "ju"),
    *("fatigue", "-", "…", "Ärger", "ſept", "thıs", "K", "９"),
]
QUERIES = st.lists(st.one_of(st.sampled_from(WORDS), st.text(max_size=6)), max_size=6).flatmap(
    lambda parts: st.sampled_from([" ".join(parts), "".join(parts), "  ".join(parts)])
)


def _with_the_patterns(query: str) -> query_words.Understood:
    with mock.patch.object(query_words, "_may_have_dates", lambda _query: True):
        return understand(query, TODAY)


@settings(max_examples=600, deadline=None)
@given(QUERIES)
def test_the_quick_answer_is_the_patterns_answer(query: str) -> None:
    assert understand(query, TODAY) == _with_the_patterns(query)


def test_date_words_still_give_their_range() -> None:
    said = understand("headache november", TODAY)
    assert (said.text, said.date_from, said.date_to) == (
        "headache",
        dt.date(2025, 11, 1),
        dt.date(2025, 11, 30),
    )
    assert understand("pain in may", TODAY).date_to == dt.date(2025, 5, 31)
    assert understand("december 2024", TODAY).date_to == dt.date(2024, 12, 31)
    assert understand("feb 2024", TODAY).date_to == dt.date(2024, 2, 29)


def test_a_month_matched_only_by_unicode_case_folding_is_that_month() -> None:
    """'ſept' (long s) and 'aprıl' (dotless i) match the patterns case-insensitively;
    looking them up lower-cased raised KeyError, and the search with them."""
    assert understand("ſept 2025", TODAY).date_from == dt.date(2025, 9, 1)
    assert understand("aprıl 2025", TODAY).date_from == dt.date(2025, 4, 1)


PROBE = """
import json, sys
from app.journal import query_words
said = query_words.understand(sys.argv[1])
print(json.dumps({"text": said.text, "compiled": query_words._phrases.cache_info().currsize,
                  "calendar": "calendar" in sys.modules}))
"""


def _probe(query: str) -> dict:
    proc = subprocess.run(
        [sys.executable, "-c", PROBE, query],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert proc.returncode == 0, proc.stderr
    return json.loads(proc.stdout)


def test_a_search_without_date_words_compiles_no_date_pattern() -> None:
    assert _probe("joint pain after walking") == {
        "text": "joint pain after walking",
        "compiled": 0,
        "calendar": False,
    }
    dated = _probe("joint pain last week")
    assert (dated["text"], dated["compiled"]) == ("joint pain", 1)
