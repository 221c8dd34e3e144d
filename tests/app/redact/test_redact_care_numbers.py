"""Numbers of care that look like dates, ages or phones (medical_intervals, round twelve).

Clinic intervals ("review in 6/12"), titration steps with one unit ("250 500 1000 mg"),
centiles, hours a test runs over, NDC codes, a score given twice over a time phrase,
light chains: the
post keeps them. The hard negatives keep the real dates, ages and phones beside them.
"""

from __future__ import annotations

import pytest

from app.redact.spans import SpanType
from tests.support.redact_posts import spans, untouched


@pytest.mark.parametrize(
    ("text", "term", "region"),
    [
        ("Anticoag nurse says check the INR again in 7/7.", "7/7", "GB"),
        ("Paediatrician wants a weight check and a review in 6/12.", "6/12", "GB"),
        ("Discharged on co-amoxiclav, follow up 3/12, bloods before.", "3/12", "GB"),
        ("Lamotrigine going up: 25 50 100 mg a fortnight apart.", "25 50 100 mg", "US"),
        ("Keppra went 250 500 1000 mg, one step a week.", "250 500 1000 mg", "US"),
        ("L-Thyroxin von 75 auf 88 µg erhöht, TSH war 5,8.", "75 auf 88 µg", "DE"),
        ("She has dropped to the 9th centile for weight.", "9th centile", "GB"),
        ("Wilson's disease clinic. 24-hour urine copper 1.9 µmol.", "24-hour", "GB"),
        ("The recall notice lists NDC 50474-595-40 for the Keppra.", "NDC 50474-595-40", "US"),
        ("PHQ-9 was 19 at the start and 8 last week.", "8", "GB"),
        ("Myeloma team said kappa light chains 38 and lambda 12.", "kappa light chains 38", "GB"),
        # German writes the INN less its final e
        ("Sertralin 50 seit März, Mirtazapin 15 0-0-1.", "Sertralin 50", "DE"),
        ("Myeloma team said kappa light chains 38 and lambda 12.", "lambda 12", "GB"),
    ],
)
def test_care_numbers_stay(text: str, term: str, region: str) -> None:
    assert untouched(text, term, region), spans(text, region)


@pytest.mark.parametrize(
    ("text", "value", "kind", "region"),
    [
        # "review on 7/7" is a date in any region: an interval needs in/after/within/at
        ("Humira delivery came on 6/12, review on 7/7.", "7/7", SpanType.DATE, "GB"),
        # an age beside a single dose: two numbers only join with a word of change
        ("My son is 9, 20mg of Stelara.", "9", SpanType.AGE, "US"),
        ("Our daughter is 7 and 250 mg of Keytruda gets dosed by weight.", "7", SpanType.AGE, "US"),
        ("Mein Opa Martin 85 und Sertralin seit dem Winter.", "85", SpanType.AGE, "DE"),
    ],
)
def test_identifiers_beside_them_stay_hidden(
    text: str, value: str, kind: SpanType, region: str
) -> None:
    assert (value, kind) in spans(text, region)


@pytest.mark.parametrize(
    ("text", "value", "region"),
    [
        # a phone's or an ID's groups are no dose steps: too long, a leading zero, or
        # not rising or falling with the steps after them
        ("Diabetes nurse mobile 07700 900461, 500 1000 1500 mg of metformin.", "900461", "GB"),
        ("NHS number 485 777 3456 then 5 10 mg of bisoprolol.", "3456", "GB"),
        ("Her number 98123 45678 250 500 mg of metformin.", "45678", "IN"),
        # an age or a year before the steps is not the first of them
        ("Grandad is 91, 2.5 5 10 mg of bisoprolol.", "91", "GB"),
        ("Our boy is 8, 10 then 20 mg of methylphenidate.", "is 8", "US"),
        ("On lamotrigine since 2020 25 50 100 mg.", "2020", "GB"),
        # month first, a fraction of twelve or seven is a date, whatever comes before
        ("Scan in 4/12 at the heart center.", "4/12", "US"),
        ("Bloods again in 3/7 at the lab.", "3/7", "US"),
        ("Clinic in 2/12 downtown.", "2/12", "CA"),
    ],
)
def test_runs_and_intervals_do_not_release_identifiers(text: str, value: str, region: str) -> None:
    assert not untouched(text, value, region), spans(text, region)


@pytest.mark.parametrize(
    ("text", "term", "region"),
    [
        ("Review in 6/12 with the consultant.", "6/12", "AU"),
        ("Review in 6/12 with the consultant.", "6/12", "IN"),
        ("Repeat scan in 6/52.", "6/52", "US"),  # no month has a 52nd day
        ("Pred taper 40 30 20 10 5 mg.", "40 30 20 10 5 mg", "GB"),
    ],
)
def test_intervals_and_tapers_stay(text: str, term: str, region: str) -> None:
    assert untouched(text, term, region), spans(text, region)
