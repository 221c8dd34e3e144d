"""An IBAN in lower case and an IPv6 address are IDs; times and ratios are not."""

from __future__ import annotations

import pytest

from app.redact.patterns import find_ids
from app.redact.spans import SpanType


def _ids(text: str) -> list[str]:
    return [s.text for s in find_ids(text, "GB") if s.type is SpanType.ID]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("my iban is gb42nawi04454264788619 ok", "gb42nawi04454264788619"),
        (
            "server 6e40:4041:c617:e898:c11:40d2:c669:2eb4 down",
            "6e40:4041:c617:e898:c11:40d2:c669:2eb4",
        ),
        ("link fe80::1c2a:99 is up", "fe80::1c2a:99"),
    ],
)
def test_found(text: str, value: str) -> None:
    assert value in _ids(text)


@pytest.mark.parametrize(
    "text",
    [
        "at 10:30:45 and 12:00:00:00",
        "the ratio 1:2:3:4 was fine",
        "gb42 days off work",
        "LH:FSH 3:1:1:2 on day 3",
    ],
)
def test_not_found(text: str) -> None:
    assert _ids(text) == []
