"""Ages in set phrases that ``ages_narrative`` finds beside its judged numbers.

"since my teens", "three and a half years old", "our Kinsley is 10 weeks old" and the
German and Afrikaans number words ("wird neunzig"): each a pattern of its own, tried only
where its words are in the text, so they need none of the judge's reading around.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Set

from app.redact.ages import _DECADE_WORDS, _UNITS, _WORD_NUM
from app.redact.ages_narrative_words import _PERSON
from app.redact.regex_reverse import ending_at, may_end
from app.redact.sentences import SENTENCE_END
from app.redact.spans import Source, Span, SpanType
from app.redact.windows import Triggered
from app.redact.windows_at import case_traps
from app.redact.windows_tokens import _tokens

# "since my teens", "from her fifties", "from his 30s"
DECADE_AFTER_POSSESSIVE = re.compile(
    rf"\b(?:since|from|through|throughout|during|into|until|till|before|by|of)\s+"
    rf"(?:my|her|his|their|your|our)\s+((?:(?:early|mid|late)[\s-])?(?:\d0['’]?s|"
    rf"{'|'.join(_DECADE_WORDS)}))\b",
    re.IGNORECASE,
)
# German and Afrikaans words for ages after a verb: "wird neunzig", "als ich achtzehn war".
_FOREIGN = re.compile(
    r"\b(?:wird|bin|ist|war|was|wurde|turned|is|am|als ich|since i was|when i was)\s+"
    r"((?:ein|zwei|drei|vier|fünf|sechs|sieben|acht|neun)?und)?(zwanzig|dreißig|dreissig|"
    r"vierzig|fünfzig|sechzig|siebzig|achtzig|neunzig|dreizehn|vierzehn|fünfzehn|"
    r"sechzehn|siebzehn|achtzehn|neunzehn)\b",
    re.IGNORECASE,
)
_HALF = re.compile(
    r"\b(\d{1,2}|" + "|".join(_UNITS[1:]) + r")\s+and\s+a\s+half[\s-]+"
    r"(?:years?|yrs?)[\s-]+old\b",
    re.IGNORECASE,
)
# "Hamish is 6 months", "our Kinsley is 10 weeks old": a baby's age in months.
_MONTHS_AGE = re.compile(
    rf"(?:\b(?:my|our|his|her|their|the)\s+(?:\w+\s+)?{_PERSON}|(?-i:\b[A-Z][a-z]+))\s+"
    rf"(?:is|was|'s|’s|turned|turns)\s+(?:now\s+|only\s+|just\s+)?(\d{{1,2}}|{_WORD_NUM})"
    rf"\s+(?:months?|weeks?)(?:\s+old)?(?=\s*(?:[.,;!)]|$|\s+(?:and|now|today|but|so)\b))",
    re.IGNORECASE,
)
_MONTHS_FAST = Triggered(_MONTHS_AGE, "my|our|his|her|their|the", capitals=True)
# What every ``_MONTHS_AGE`` match holds before its "months" or "weeks" (a whole token:
# spaces before it, a space, a mark or the end after it): a verb, the number and spaces.
# Asked backwards (``regex_reverse``) where each such token starts: the pattern itself is
# tried at every "my", "the" and capitalised word of a text that names months or weeks.
_MONTHS_BEFORE = re.compile(
    rf"(?:is|was|'s|’s|turned|turns)\s+(?:now\s+|only\s+|just\s+)?(?:\d{{1,2}}|{_WORD_NUM})\s+$",
    re.IGNORECASE,
)
_MONTHS_BEFORE_REVERSED = ending_at(_MONTHS_BEFORE)
_MONTH_TOKENS = ("months", "month", "weeks", "week")


def _months_may_match(text: str) -> bool:
    """False only where ``_MONTHS_AGE`` cannot match: no "month(s)" or "week(s)" token
    with the verb and number of the pattern before it (a text with a letter that folds
    unasked onto an ASCII one, see ``case_traps``, is searched all the same, and so is
    one with many such tokens: each is asked with all the text before it)."""
    if _MONTHS_BEFORE_REVERSED is None or case_traps(text):
        return True
    at = _tokens(text).at
    starts = [start for word in _MONTH_TOKENS for start in at.get(word, ())]
    if len(starts) > 8:
        return True
    return any(may_end(_MONTHS_BEFORE_REVERSED, text, 0, start) for start in starts)


_MORE = [
    (
        Triggered(
            DECADE_AFTER_POSSESSIVE,
            "since|from|through|throughout|during|into|until|till|before|by|of",
        ),
        frozenset(["my", "her", "his", "their", "your", "our"]),
    ),
    (Triggered(_HALF, "|".join(_UNITS[1:]), digits=True), frozenset(["half"])),
    (_MONTHS_FAST, frozenset(["months", "month", "weeks", "week"])),
]
_FOREIGN_HINT = re.compile(r"(?:zig|ßig|ssig|zehn)\b", re.IGNORECASE)
_FOREIGN_PARTS = ("zig", "ßig", "ssig", "zehn")


def _foreign_hint(text: str) -> bool:
    """``_FOREIGN_HINT.search(text)``, tried at every place of a text that almost never
    holds its endings: searched only where the lower-cased text holds one (or a letter
    that matches unasked, see ``case_traps``)."""
    if not case_traps(text):
        low = text.lower()
        if not any(part in low for part in _FOREIGN_PARTS):
            return False
    return _FOREIGN_HINT.search(text) is not None


_WAITING = re.compile(
    r"\b(?:list|wait|waiting|queue|backlog|appointment|delay|referral|"
    r"surgery|it|that|this)\b",
    re.IGNORECASE,
)


def find_more(text: str, words: Set[str]) -> Iterator[Span]:
    """The set-phrase ages, given the text's words."""
    for fast, gate in _MORE:
        if words.isdisjoint(gate) or fast is _MONTHS_FAST and not _months_may_match(text):
            continue
        for m in fast.finditer(text):
            if fast is _MONTHS_FAST and _WAITING.search(
                SENTENCE_END.split(text[max(0, m.start() - 40) : m.end()])[-1]
            ):
                continue  # "the list at Midland Regional is 14 months"
            yield Span(m.start(1), m.end(1), SpanType.AGE, Source.CONTEXT, 0.8, m.group(1))
    if not _foreign_hint(text):
        return
    for m in _FOREIGN.finditer(text):
        start = m.start(1) if m.group(1) else m.start(2)
        yield Span(start, m.end(2), SpanType.AGE, Source.CONTEXT, 0.8, text[start : m.end(2)])
