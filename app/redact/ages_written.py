"""Ages in the written shapes the cue finders leave out, listed from how people write.

Parents and forum posters shorten a child's age to a unit glued on ("DS is 18mo", "my
15 mths old", "3mo baby", "a 5wk old"), halve it ("2.5 yrs", "4.5yo"), join years and
months ("8y3m"), number their children ("DS1 (10)", "DS 7 and DD 5", Australian "Miss
4"), and adults tag themselves the way forums and case notes do ("34yof", "m, 63", "a
60+ woman", "65 yrs female", "Alter: 52", "Ü40"). Prose has its own frames: "a girl of
12", "at the ripe old age of 30", "the wrong side of 40", "at 15 months she walked",
"at 15 or 16 I", "he turned one", German "mit drei Jahren", "ich war 15, als".

The prose frames and German live in ``ages_framed``; the rule builders and gates in
``ages_written_kit``. Each shape carries its own unit or frame, and each rule refuses what a duration, a
pregnancy or a reading looks like ("for 6 mths", "3 mths ago", "at 6 months pregnant",
"a man of 60 kg"), so a number alone never becomes an age here. Every pattern is tried
only where its first word or number starts (``windows.Triggered``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from app.redact import ages_framed
from app.redact.ages_written_kit import (
    BY_NUMBER,
    CASELESS,
    KEYS,
    OPENERS,
    UNIT_AFTER,
    Rule,
    after_digit,
    number_rule,
    too_old,
    word_rule,
)
from app.redact.spans import Source, Span, SpanType
from app.redact.windows_tokens import _tokens, token_set

# What before a short-unit number makes it a stretch of time: "for 6 mths", "every 3mo".
_TIME_BEFORE = re.compile(
    r"(?:\b(?:for|every|after|within|in|over|last|past|next|about|than|each|per|x|first|"
    r"only|just|nearly|almost|under|waited|took|takes|lasted|the|these|those|that|this|"
    r"some|few|many|from|until|till|to|q))\s*$|-\s*$",
    CASELESS,
)
# Who a short-unit age belongs to, just before it: "DS is 18mo", "my 18mo", "baby, 15mo".
_HOLDER_BEFORE = re.compile(
    r"(?:\b(?:is|s|was|turned|turns|now|my|our|his|her|their|a|an|aged|age|LO|DS\d?|DD\d?|"
    r"baby|son|daughter|boy|girl|twins|toddler|bub|grandson|granddaughter|nephew|niece)|"
    r"[(,])\s*$",
    CASELESS,
)
_CHILD_AFTER = re.compile(r"\s*(?:old\b|baby|boy|girl|son|daughter|twins)", CASELESS)
_BE_BEFORE = re.compile(
    r"(?:\b(?:is|s|am|m|are|re|was|were|turned|turns|turning|be|my|our|his|her|their|a|an|"
    r"aged)|[(,])\s*$",
    CASELESS,
)
_PREGNANT_NEAR = re.compile(r"pregnan|gestation|weeks?\s+gone|trimester|scan", CASELESS)
# "review at 3 months, she said": a visit's interval, not a child's age.
_VISIT_BEFORE = re.compile(
    r"(?:review|follow|check|appointment|appt|reassess|repeat|again|bloods|test|seen|see)\w*"
    r"[\s-]*(?:up\s+)?$",
    CASELESS,
)
_KIN = (
    r"lo|little|baby|bub|babe|son|daughter|boy|girl|toddler|twins|grandson|granddaughter|"
    r"nephew|niece|youngest|eldest|kid|child"
)


def _sex_at_line_start(text: str, start: int) -> bool:
    """The sex letter opens the text, a line or a bracket: "m, 63", "(f, 41)"."""
    before = text[max(0, start - 3) : start].rstrip(" \t")
    return not before or before[-1] in "(\n"


def _short_time(m: re.Match[str], text: str) -> bool:
    """A short unit that measures a stretch of time, not a child: "for 6 mths"."""
    lo = max(0, m.start() - 16)
    if m.group(1).lower().endswith("old"):
        return False
    if _TIME_BEFORE.search(text, lo, m.start()):
        return True
    return not (_HOLDER_BEFORE.search(text, lo, m.start()) or _CHILD_AFTER.match(text, m.end()))


def _not_half_age(m: re.Match[str], text: str) -> bool:
    return not _BE_BEFORE.search(text, max(0, m.start() - 12), m.start())


def _pregnancy_or_visit(m: re.Match[str], text: str) -> bool:
    if _PREGNANT_NEAR.search(text, max(0, m.start() - 60), m.end() + 60):
        return True
    return bool(_VISIT_BEFORE.search(text, max(0, m.start() - 24), m.start()))


def _years_months_time(m: re.Match[str], text: str) -> bool:
    return bool(_TIME_BEFORE.search(text, max(0, m.start() - 16), m.start()))


def _not_at_line_start(m: re.Match[str], text: str) -> bool:
    return not _sex_at_line_start(text, m.start())


_RULES: tuple[Rule, ...] = (
    # "DS is 18mo", "our 9mo", "she is 6mths", "15 mo", "our 7mth old"
    (
        number_rule(
            r"(\d{1,2}\s?(?:mos?|mths?|mnths?)\b)(?:\s*old\b)?(?!\s*(?:ago|later|post|of|on|in|"
            r"since|pregnant|supply|course|follow|after|before|into|clean|sober|free|off|wait|"
            r"waiting|until|till|to\b|-))",
            r"\d{1,2}\s?m(?:os?|ths?|nths?)\b",
        ),
        _short_time,
        Source.CONTEXT,
    ),
    # "2.5 yrs", "3.5 years", "4.5yo": the number is the age
    (
        number_rule(
            r"(\d{1,2}[.,]5)\s*(?:yo|y/o|y\.o\.|yrs?(?:\s+old)?|years?(?:\s+old)?)(?![\w/])"
            r"(?!\s+(?:ago|into|post|since|of|on|in|clean|sober|later|with|out|free|off|now|"
            r"after|before|until|till|married|together|running|waiting|wait))",
            r"\d{1,2}[.,]5",
        ),
        _not_half_age,
        Source.CONTEXT,
    ),
    # "8y3m", "2y 4m", "1yr 3mths", "3 years 4 months old"
    (
        number_rule(
            r"(\d{1,2}\s?(?:y|yrs?|years?)\s*,?\s*(?:and\s+)?\d{1,2}\s?(?:m|mo|mos|mths?|"
            r"months?))\b(?:\s+old\b)?(?!\s+(?:ago|later|post|of|on|in|since|into|clean|sober|"
            r"free|off|after))",
            r"\d{1,2}\s?y(?:rs?|ears?)?\s*,?\s*(?:and\s+)?\d",
        ),
        _years_months_time,
        Source.CONTEXT,
    ),
    # "my 5 years son", "65 yrs female"
    (
        number_rule(
            r"(\d{1,3})\s*(?:years?|yrs?)\s+(?:old\s+)?(?:son|daughter|boy|girl|baby|child|kid|"
            r"female|male|woman|man|lady|gent|f|m)\b",
            r"\d{1,3}\s*y(?:ears?|rs?)\s+(?:old\s+)?(?:son|daughter|boy|girl|baby|child|kid|f|m)",
        ),
        None,
        Source.CONTEXT,
    ),
    # "3 days old", "a 5wk old"
    (
        number_rule(
            r"(\d{1,2}\s?(?:days?|d|wks?|wk))\s*[- ]?old\b",
            r"\d{1,2}\s?(?:days?|d|wks?)\s*[- ]?old",
        ),
        None,
        Source.CONTEXT,
    ),
    # "34yof", "61yom", "34yo/f": one token (the cue finders take "41" in "41 yo f")
    (
        number_rule(
            r"(\d{1,3}(?:yo|y/o|yr|y)/?[fmw])\b",
            r"\d{1,3}y(?:o|/o|r)?/?[fmw]\b",
        ),
        None,
        Source.CONTEXT,
    ),
    # "a 60+ woman", "50+ female"
    (
        number_rule(
            r"([1-9]0\s?\+)(?=\s*(?:-|,)?\s*(?:years?|yrs?|yo\b|y/o|woman|women|man|men|female|"
            r"male|lady|ladies|guy|bloke|gal|patient|mum|mom|dad|f\b|m\b))",
            r"[1-9]0\s?\+",
        ),
        None,
        Source.CONTEXT,
    ),
    # "She's 4y and has asthma": a bare "y" after a be-word
    (
        number_rule(r"(\d{1,2}\s?y)\b(?![/.\w])(?!\s*ago)", r"\d{1,2}\s?y\b(?![/.])"),
        _not_half_age,
        Source.CONTEXT,
    ),
    # "34 yrs, f, MS": years, then the sex as a forum tag
    (
        number_rule(
            r"(\d{1,3})\s*(?:yrs?|years?|yo|y/o)\s*,\s*[fmw]\b",
            r"\d{1,3}\s*(?:yrs?|years?|yo|y/o)\s*,\s*[fmw]\b",
        ),
        None,
        Source.CONTEXT,
    ),
    (
        number_rule(
            r"(\d{1,3})\s+(?:years|yrs)\s+(?:on\s+this|on\s+the\s+planet|on\s+earth)",
            r"\d{1,3}\s+(?:years|yrs)\s+on\s",
        ),
        too_old,
        Source.CONTEXT,
    ),
    (
        number_rule(
            r"(\d{1,3}\s?J\.?,\s*[wmd])\b",
            r"\d{1,3}\s?J\.?,",
            0,
        ),
        None,
        Source.CONTEXT,
    ),
    # "at 15 months she was diagnosed", "at 9 months old, he"
    (
        word_rule(
            r"at\s+(\d{1,2}\s*(?:months?|mths?|mos?))\b(?:\s+old\b)?"
            r"(?=,?\s+(?:she|he|they|my|our|his|her|the\s+baby|baby|the\s+twins|DS|DD|LO)\b)",
            "at",
            words_if=after_digit,
        ),
        _pregnancy_or_visit,
        Source.CONTEXT,
    ),
    # "my LO (18 months)", "baby girl (6 wks)"
    (
        word_rule(
            r"(?:lo|little\s+one|" + _KIN + r")\s*"
            r"\((\d{1,2}\s*(?:months?|mths?|mos?|weeks?|wks?))(?:\s+old)?\)",
            _KIN,
        ),
        None,
        Source.CONTEXT,
    ),
    # "m, 63" or "(f, 41)" opening a line or a bracket
    (
        word_rule(
            r"(?:[mfwd]|male|female|männlich|weiblich|divers)\s*,\s*(\d{1,2})\b(?![.,]\d)"
            + UNIT_AFTER,
            r"m|f|w|d|male|female|männlich|weiblich|divers",
        ),
        _not_at_line_start,
        Source.CONTEXT,
    ),
    # "DS1 (10)", "DD2 (3)": the family code is the person, no reading's cue
    (
        word_rule(
            r"(?:ds|dd|dss|dsd|dgs|dgd|ss|sd)\d\s*\((\d{1,2})\)",
            r"(?:ds|dd|dss|dsd|dgs|dgd|ss|sd)\d",
        ),
        None,
        Source.PATTERN,
    ),
    # "DS 7 and DD 5", "DD 5 has a cold"
    (
        word_rule(
            r"(?:DS|DD|DSS|DSD|DGS|DGD)\d?\s+(\d{1,2})\b(?![.,:/]\d)"
            r"(?=\s*(?:[,.;!?)&]|(?:and|has|have|had|is|was|got|both|are|were|too|also|still|"
            r"just|now|goes|gets|starts|started|off|with|w)\b|$))",
            r"(?:ds|dd|dss|dsd|dgs|dgd)\d?",
            0,
        ),
        None,
        Source.PATTERN,
    ),
    # A baby's age in months or weeks right after who the baby is: "my son 11 months has
    # measles", "our daughter 10 weeks, reflux"; not "my son 11 months ago", "in 3 months"
    (
        word_rule(
            r"(?:my|our|his|her|their)\s+(?:son|daughter|baby|boy|girl|twins?|grandson|"
            r"granddaughter|nephew|niece|LO)\s+(\d{1,2}\s*(?:months?|mos?|weeks?|wks?))\b"
            r"(?!\s+(?:ago|later|earlier|before|after|on|of|since|in|now|from|into|post))",
            "my|our|his|her|their",
        ),
        None,
        Source.CONTEXT,
    ),
    # Australian parents' "Miss 4", "Mr 7", "Master 6"
    (
        word_rule(
            r"(?:Miss|Mr|Master)\s+(\d{1,2})\b(?![.,:]\d)" + UNIT_AFTER + r"(?!\s+(?:doses|days|"
            r"weeks|months|years|appointments|appts|injections|shots|periods|classes|nights|of))",
            "miss|mr|master",
            0,
        ),
        None,
        Source.CONTEXT,
    ),
    *ages_framed.RULES,
)


# What must follow a number for any number-opened rule to match there: tried at the
# text's numbers until one has it, so most texts never try those rules.
_NUMBER_OPENS = re.compile("(?i)(?:" + "|".join(OPENERS) + ")").match
_DIGIT = re.compile(r"\d").match  # a number-opened rule's first character
_NUMBER_RULES = frozenset(map(id, BY_NUMBER))


_BY_WORD: dict[str, list[int]] = {}
for _i, (_rule, _, _) in enumerate(_RULES):
    for _word in KEYS.get(id(_rule), ()):
        _BY_WORD.setdefault(_word, []).append(_i)
# Every plain first word of the word-opened rules, looked up among the text's tokens: a
# rule none of whose first words the text holds is not asked at all.
_FIRST_WORDS = frozenset(_BY_WORD)
_ALWAYS = tuple(
    i
    for i, (rule, _, _) in enumerate(_RULES)
    if id(rule) not in KEYS and id(rule) not in _NUMBER_RULES
)
_NUMBERED = tuple(i for i, (rule, _, _) in enumerate(_RULES) if id(rule) in _NUMBER_RULES)


def find(text: str) -> Iterator[Span]:
    """Age spans; the engine's medicine filters still see each one."""
    asked = set(_ALWAYS)
    for word in _FIRST_WORDS.intersection(token_set(text)):
        asked.update(_BY_WORD[word])
    if any(_DIGIT(text, k) and _NUMBER_OPENS(text, k) for k in _tokens(text).digits):
        asked.update(_NUMBERED)
    for k in sorted(asked):
        rule, veto, source = _RULES[k]
        for m in rule.finditer(text):
            if veto is not None and veto(m, text):
                continue
            g = next(i for i in range(1, (m.lastindex or 1) + 1) if m.group(i))
            yield Span(m.start(g), m.end(g), SpanType.AGE, source, 0.6, m.group(g))
