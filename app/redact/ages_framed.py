"""Ages that a frame of words carries rather than a unit: prose ("a girl of 12", "at the
ripe old age of 30", "the wrong side of 40", "at 15 or 16 I", "around 15 when it
started", "he turned one", "left school at 16"), a person's label and a colon ("Kids: 4,
7, 9", "Dad: 71"), and German ("Alter: 52", "mit drei Jahren", "mein Sohn ist vier", "ich
bin 34jährig", "Ü40", "ich war 15, als").

Each frame is a closed vocabulary that says "this is how old someone is"; a unit after
the number (a dose, a count, a time) still refuses it. ``ages_written.find`` runs these
with its own rules.
"""

from __future__ import annotations

import re

from app.redact.ages_written_kit import (
    CASELESS,
    UNIT_AFTER,
    WORD_NUMBER,
    Rule,
    after_digit,
    too_old,
    word_rule,
)
from app.redact.spans import Source

_TURN_SUBJECT = re.compile(
    r"(?:\b(?:he|she|they|i|we|you|baby|son|daughter|just|finally|only|has|had|have|will|"
    r"be|is|am|are|was|twins)|\b(?-i:[A-Z][a-z]+)|['’](?:s|ve|ll|m|re))\s+(?:just\s+)?$",
    CASELESS,
)
_DE_SMALL = r"(?:ein|einem|eins|zwei|drei|vier|fünf|fuenf|sechs|sieben|acht|neun|zehn|elf|zwölf)"


def _no_turn_subject(m: re.Match[str], text: str) -> bool:
    return not _TURN_SUBJECT.search(text, max(0, m.start() - 16), m.start())


RULES: tuple[Rule, ...] = (
    # "a girl of 12", "baby of 6 months", "a teenager of fifteen"
    (
        word_rule(
            r"(?:(?:young|old|little|tiny|big|healthy|fit|sick|grown)\s+)?"
            r"(?:girl|boy|woman|man|lad|lass|child|kid|teen|teenager|toddler|guy|bloke|gal|lady|"
            r"gentleman|gent|chap|person|youngster|"
            r"youth|pensioner|baby|son|daughter|infant)\s+of\s+((?:\d{1,3}|" + WORD_NUMBER + r")"
            r"(?:\s*(?:years?|yrs?|months?|mths?|weeks?|wks?)(?:\s+old)?)?)\b(?![.,]\d)"
            + UNIT_AFTER,
            r"young|old|little|tiny|big|healthy|fit|sick|grown|girl|boy|woman|man|lad|lass|"
            r"child|kid|teen|teenager|toddler|guy|bloke|gal|lady|gentleman|gent|chap|person|"
            r"youngster|youth|pensioner|baby|son|"
            r"daughter|infant",
        ),
        too_old,
        Source.CONTEXT,
    ),
    # "at the ripe old age of 30", "age of five"
    (
        word_rule(
            r"(?:ripe\s+)?(?:old\s+)?age\s+of\s+(\d{1,3}|" + WORD_NUMBER + r")\b(?![.,]\d)"
            r"(?!\s*(?:%|mg|mcg|ml|kg|units?|points?|/))",
            "ripe|old|age",
        ),
        too_old,
        Source.CONTEXT,
    ),
    # "the wrong side of 40", "the big 5-0"
    (
        word_rule(
            r"(?:wrong\s+side\s+of|right\s+side\s+of|big)\s+([1-9]-?0|"
            r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety))\b(?![.,]\d)" + UNIT_AFTER,
            "wrong|right|big",
        ),
        None,
        Source.CONTEXT,
    ),
    # "diagnosed @ 19"
    (
        word_rule(
            r"(?:diagnosed|dx'?d|dx|diag)\s*@\s*(\d{1,2})\b(?![.,:]\d)" + UNIT_AFTER,
            "diagnosed|dx|diag",
        ),
        None,
        Source.CONTEXT,
    ),
    # "at 15 or 16 I", "at 15 years I got sick"
    (
        word_rule(
            r"at\s+(\d{1,2}\s+or\s+\d{1,2}|\d{1,2}\s*(?:years?|yrs?))"
            r"(?=,?\s+(?:I|he|she|we|they|my|our|his|her)\b)",
            "at",
            words_if=after_digit,
        ),
        None,
        Source.CONTEXT,
    ),
    # "age 15-16", "age 15ish"
    (
        word_rule(
            r"age[ds]?\s+(\d{1,2}\s*(?:-|–|to|or)\s*\d{1,2}|\d{1,2}\s*-?ish)\b(?![.,:/]\d)",
            "age|aged|ages",
        ),
        None,
        Source.CONTEXT,
    ),
    # "between 15 and 17 I was in hospital"
    (
        word_rule(
            r"between\s+(?:the\s+ages\s+of\s+)?(\d{1,2}\s+and\s+\d{1,2})"
            r"(?=,?\s+(?:I|he|she|we|they)\s+(?:was|were|had|got|went|spent|lived)\b)",
            "between",
        ),
        None,
        Source.CONTEXT,
    ),
    # "around 15 when it started"
    (
        word_rule(
            r"(?:about|around|roughly|maybe|approx\.?|like)\s+(\d{1,2})(?=,?\s+when\b)",
            "about|around|roughly|maybe|approx|like",
            words_if=after_digit,
        ),
        None,
        Source.CONTEXT,
    ),
    # "he turned one", "she turns two next week"
    (
        word_rule(
            r"(?:turned|turns|turning)\s+(" + WORD_NUMBER + r")\b(?!\s*(?:[-‐]?\s*(?:minutes?|"
            r"hours?|days?|weeks?|times|degrees|pages?|corners?|around|over|out|down|up|off|on|"
            r"into|away|back)\b))",
            "turned|turns|turning",
        ),
        _no_turn_subject,
        Source.CONTEXT,
    ),
    # "alive for 34 years", "34 years on this earth"
    (
        word_rule(r"alive\s+for\s+(\d{1,3})\s+(?:years|yrs)\b", "alive"),
        too_old,
        Source.CONTEXT,
    ),
    # "Kids: 4, 7, 9", "Dad: 71 - AF": a person's label, a colon, the age (or ages)
    (
        word_rule(
            r"(?:kids|children|boys|girls|sons|daughters|ages|twins)\s*:\s*"
            r"(\d{1,2}(?:\s*(?:,|&|and)\s*\d{1,2})+)\b(?![.,:/]\d)" + UNIT_AFTER,
            "kids|children|boys|girls|sons|daughters|ages|twins",
        ),
        None,
        Source.CONTEXT,
    ),
    (
        word_rule(
            r"(?:mum|mom|mam|dad|nan|nana|gran|grandma|grandad|grandpa|husband|hubby|wife|"
            r"partner|son|daughter|brother|sister|me|him|her|dh|dw|ds|dd)\s*:\s*(\d{1,3})\b"
            r"(?![.,:/]\d)" + UNIT_AFTER,
            "mum|mom|mam|dad|nan|nana|gran|grandma|grandad|grandpa|husband|hubby|wife|partner|"
            "son|daughter|brother|sister|me|him|her|dh|dw|ds|dd",
        ),
        too_old,
        Source.CONTEXT,
    ),
    # "left school at 16", "retired at 60", "emigrated at 22": life events at an age
    (
        word_rule(
            r"(?:left\s+(?:school|home)|retired|emigrated|moved\s+out|graduated|qualified|"
            r"dropped\s+out)\s+at\s+(\d{1,2})\b(?![.,:]\d)" + UNIT_AFTER,
            "left|retired|emigrated|moved|graduated|qualified|dropped",
        ),
        None,
        Source.CONTEXT,
    ),
    # German: "Alter: 52", "mit drei Jahren", "mein Sohn ist vier", "ich bin 34jährig",
    # "Ü40", "34J, w", "ich war 15, als", "als ich 15 war"; "Bin 58 und etwas nervös"
    # (a sentence opening with "bin", the "ich" left out)
    (
        word_rule(
            r"(?:^|(?<=[.!?]\s)|(?<=\n))Bin\s+(?:jetzt\s+|erst\s+|schon\s+)?(\d{2})\b(?![.,]\d)"
            r"(?=\s*(?:[,.;!?]|und\b|Jahre\b|$))",
            "bin",
        ),
        None,
        Source.CONTEXT,
    ),
    (
        word_rule(r"Alter\s*:?\s*(\d{1,3})\b(?![.,]\d)" + UNIT_AFTER, "alter", 0),
        too_old,
        Source.CONTEXT,
    ),
    (
        word_rule(r"mit\s+(" + _DE_SMALL + r"\s+(?:Jahren|Monaten|Wochen))\b", "mit"),
        None,
        Source.CONTEXT,
    ),
    (
        word_rule(
            r"(?:Sohn|Tochter|Kleine|Kleiner|Baby|Enkel|Enkelin|Bruder|Schwester)\s+ist\s+"
            r"(?:erst\s+|schon\s+|fast\s+|jetzt\s+|gerade\s+)?(" + _DE_SMALL + r")\b"
            r"(?=\s*(?:[,.;!?]|und\b|Jahre\b|$))",
            "sohn|tochter|kleine|kleiner|baby|enkel|enkelin|bruder|schwester",
        ),
        None,
        Source.CONTEXT,
    ),
    (
        word_rule(
            r"(?:bin|ist|war|sind)\s+(\d{1,3}-?j(?:ä|ae)hrig)\b",
            "bin|ist|war|sind",
            words_if=after_digit,
        ),
        None,
        Source.CONTEXT,
    ),
    (word_rule(r"(Ü\s?[1-9]0)\b", r"ü|ü[1-9]0"), None, Source.CONTEXT),
    (
        word_rule(
            r"(?:ich|er|sie|du|wir)\s+(?:war|waren|warst)\s+(?:erst\s+|gerade\s+)?(\d{1,2})\b"
            r"(?=\s*,?\s*(?:als|und|da|damals|,|\.|$))"
            r"|als\s+(?:ich|er|sie|du|wir)\s+(\d{1,2})\s+(?:war|waren|warst)\b",
            "ich|er|sie|du|wir|als",
            words_if=lambda text, start: "war" in text[start : start + 24],
        ),
        None,
        Source.CONTEXT,
    ),
)
