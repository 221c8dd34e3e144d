"""Makers named for what they made (``makers_products``) and a product's line after a
listed brand (``medical_brands.brand_line``): the product stays in the post, a maker
named as an employer or a hospital does not."""

from __future__ import annotations

import pytest

from tests.support.redact_posts import spans, untouched


@pytest.mark.parametrize(
    ("text", "term"),
    [
        ("The booster was Comirnaty from Pfizer, arm sore all day.", "Pfizer"),
        ("Ich habe seit März einen ICD von Biotronik.", "Biotronik"),
        ("Pacemaker fitted on Friday for sick sinus. Abbott Assurity.", "Abbott Assurity"),
        ("Eight years with a St Jude box and no shocks.", "St Jude"),
        ("My levo got switched at the pharmacy from Teva to Accord.", "Accord"),
        ("Cold capping with Paxman, fingers crossed.", "Paxman"),
        ("They've started Gaviscon Infant and if that fails, omeprazole.", "Gaviscon Infant"),
        ("Abends nehme ich Magnesium Verla. Ich arbeite halbtags.", "Magnesium Verla"),
    ],
)
def test_a_maker_or_a_line_named_for_the_product_stays(text: str, term: str) -> None:
    assert untouched(text, term), spans(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("A rep from Pfizer called about the trial.", "Pfizer"),  # no product before "from"
        ("ICD von Biotronik. Ich bin 61.", "Biotronik"),  # a bare product may head a job
        ("Engineer at Biotronik in Berlin.", "Biotronik"),
        ("I was treated at St Jude in Memphis as a kid.", "St Jude"),  # the hospital
        ("Moved from Pfizer to Roche as a rep last year.", "Pfizer"),  # work, no switch
        ("Nurse Paxman fitted the cold cap.", "Paxman"),  # a person cue
        ("Gave Calpol to Max and if he wakes, call me.", "Max"),
    ],
)
def test_a_maker_as_an_employer_a_place_or_a_person_stays_hidden(text: str, name: str) -> None:
    assert not untouched(text, name), spans(text)
