"""Ages written as bare numbers inside running narrative.

``ages`` finds an age by a cue right before it ("I'm 34", "aged 71"). People telling
their story write most ages without one: "got cancer at 66", "retired from the port at
59", "my abba is 69", "Delhi boy, 29.", "fitting from 14", "a lifeguard from 16 to 22",
"she lived to 96", "since my teens", "fifty-something". A bare number is far more often
a dose, a time or a count, so each candidate is judged by the words on both sides: a
unit, a time or a measurement beside it rules it out; a life event, a person or the
opening of a post about its writer makes it an age.

The words the judge reads live in ``ages_narrative_words``; ages in set phrases ("since
my teens", "10 weeks old", "wird neunzig") are found by ``ages_narrative_more``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from app.redact.ages import _TENS, _UNITS, _WORD_NUM, words_to_number
from app.redact.ages_narrative_more import find_more
from app.redact.ages_narrative_words import (
    _CHANGE_BEFORE,
    _CONTRACTIONS,
    _EVENT_AT,
    _GROUP_LAST,
    _LIVED_LAST,
    _OR_NUMBER,
    _PERSON,
    _RANGE_LAST,
    _SOFT,
    _VERBS,
    _WHEN_AFTER,
    _WORD,
    MORE_KIN,
    _apposition,
    _clause_ends,
    _event,
    _measured,
    _range_end,
    _strong,
)
from app.redact.sentences import CLAUSE_END
from app.redact.spans import Source, Span, SpanType
from app.redact.windows_tokens import _tokens
from app.redact.word_trie import as_trie

_WORD_AGE = rf"(?:{_WORD_NUM})(?:[\s-](?:something|odd|ish))?"
_CANDIDATE = re.compile(
    rf"(?<![\w.,/:£$€#+-])(?:((?:[2-9]0|{'|'.join(_TENS[2:])})[\s-]?(?:something|odd|ish))"
    rf"|(\d{{1,3}})|({_WORD_AGE}))(?![\w%]|[.,:/]\d|-\d)",
    re.IGNORECASE,
)
# What may not follow an age: units, times, counts, a date's month, a score's "/10".
_BAD_AFTER = re.compile(
    r"\s*(?:%|mg|mcg|µg|kg|g\b|lbs?\b|st\b|stone|ml|cm|mm|ft|feet|inch|km|k\b|x\b|"
    r"units?|iu\b|mmol|hours?|hrs?|h\b|mins?|minutes?|secs?|seconds?|days?|nights?|weeks?|"
    r"wks?|months?|mos?\b|years?\s+(?:ago|later|before|after|of|since|now|on|in|with|"
    r"together|married|clean|sober)|yrs?\s+ago|am\b|pm\b|a\.m|p\.m|o['’]?clock|"
    r"pounds|quid|dollars|bucks|euros?|rupees|rand|cents?|pence|p\b|percent|per cent|"
    r"points?|times|miles|steps|pills|tabs?|tablets|doses|people|patients|kids|children|"
    r"others|of (?:them|us|those|these|the|my|his|her)|out of|/|\+|rounds|sessions|cycles|"
    r"beds?|mph|kph|degrees|°|bpm|cal\b|calories|kcal|th\b|st\b|nd\b|rd\b|jan|feb|mar|apr|"
    r"may\b|jun|jul|aug|sep|oct|nov|dec|in (?:the )?(?:morning|afternoon|evening|night)|"
    r"tonight|this (?:morning|afternoon|evening)|tomorrow|today|sharp|ish\b|-ish|"
    r"[:.]\d|\d|[-–]\s*\d|to\s+\d|or so)",
    re.IGNORECASE,
)
_CLOCK_NEAR = re.compile(
    r"\b(?:appointment|appt|booked|bloods|blood test|scan|clinic|surgery|meeting|shift|"
    r"bus|train|flight|alarm|wake|woke|up|bed|slept|sleep|lunch|dinner|breakfast|tea|"
    r"tonight|tomorrow|today|morning|afternoon|evening|midnight|noon|o['’]?clock|"
    r"every|until|till|from|by|dose|took|take|taking|injection|jab|tablet|pill)\b",
    re.IGNORECASE,
)
# "my abba is 69", "my wife Mo is sixty-one", "Po Po is 86", "shes seventy-nine"; the
# kin words as a trie (a space follows them: see ``word_trie``)
_PERSON_TRIE = as_trie(_PERSON, str.isspace)
_SUBJECT = re.compile(
    rf"(?:\b(?:my|our|his|her|their|your|the)\s+(?:\w+\s+)?{_PERSON_TRIE}(?:\s+(?-i:[A-Z][\w'’-]*)){{0,2}}"
    rf"|(?-i:\b[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)|\b{_PERSON_TRIE}|\b(?:shes|hes|theyre|im|ur)"
    rf")\s+(?:is|was|turned|turns|will be|'s|’s|is now|is only|is just|was only|is nearly|"
    rf"is almost|just turned|turning|is turning|wird|ist|hy is|sy is)\s+"
    rf"(?:now\s+|only\s+|just\s+|nearly\s+|almost\s+|officially\s+)?$",
    re.IGNORECASE,
)
_WORD_START = re.compile(r"\b\w")


def _subject(before: str) -> bool:
    """``_SUBJECT.search(before)``, tried only at the starts of words: every one of its
    shapes opens with ``\\b`` and a word character, and a search tried all 70 places."""
    match = _SUBJECT.match
    return any(match(before, m.start()) for m in _WORD_START.finditer(before))


_NOT_SUBJECT = re.compile(
    r"(?:this|that|there|it|what|which|dose|score|level|result|number|total|count|weight|"
    r"height|ward|room|bed|page|step|day|week|month|year|cycle|round|stage|grade|type|"
    r"class|size|price|cost|time|pain|fatigue|mood|sleep|energy|temp|reading|rate|today|"
    r"tomorrow|yesterday|tonight|appointment|bus|train|flight|gate|platform|floor|sugar|"
    r"bp|hr|crp|esr|tsh|psa|inr|bmi|a1c|hba1c|gfr|egfr|edss|pulse|ferritin|potassium|"
    r"wait|queue|list|he|she|i|who|they|we|you|one|mine|his|hers|ours|theirs)\s+\w+\s*\w*\s*$",
    re.IGNORECASE,
)
# ``_NOT_SUBJECT`` read backwards from the end of the text: the same words reversed, after
# the same two words. A search for a match ending at "$" tried every place of the text
# (about 50 microseconds); matched at the start of the reversed text it is one try.
_NOT_SUBJECT_REVERSED = re.compile(
    r"\s*\w*\s*\w+\s+(?:"
    + "|".join(w[::-1] for w in _NOT_SUBJECT.pattern.split("(?:", 1)[1].split(")", 1)[0].split("|"))
    + ")",
    re.IGNORECASE,
)


def _not_subject(before: str) -> bool:
    """``_NOT_SUBJECT.search(before)``: a match ending at the end of ``before`` is one
    at the start of ``before`` reversed (the pattern has no lookaround, and "$" before a
    last line break gives no match that the end itself does not)."""
    return _NOT_SUBJECT_REVERSED.match(before[::-1]) is not None


# Where a post or sentence introduces its writer: "Delhi boy, 29.", "me: 37,", "Now 38.",
# "hiya, 17 next month", "Hallo, 44 years", "Chch local, 52."
_OPENING = re.compile(
    r"(?:\b(?:local|boy|girl|guy|bloke|dude|gal|lass|lad|lady|woman|man|mum|mom|mama|dad|"
    r"papa|here|me|myself|hi|hiya|hey|hello|hallo|hola|update|background|about me)\s*[,:]"
    r"|(?:^|(?<=[.!?\n])\s*)(?:now|currently|and now|am|aged?))\s*$",
    re.IGNORECASE,
)
_OPENING_AFTER = re.compile(
    r"\s*(?:[.,;!)]|$|\s+(?:and|now|next|this|here|yo\b|y/o|years?\b|yrs?\b|soon|in\s+"
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)))",
    re.IGNORECASE,
)
# "Eighty-seven and he had", "63 and just found out": an age opening a sentence.
_SENTENCE_START = re.compile(r"(?:^|(?<=[.!?\n])\s*|(?<=^>)\s*)$")
_START_AFTER = re.compile(
    r"\s+and\s+(?:he|she|they|i|i['’]?m|im|just|only|still|recently|newly|already|"
    r"never|been|got|have|was|had|finally)\b",
    re.IGNORECASE,
)
# "17 next month", "(16 in May)", "well 29 next week": an age with the date it is reached.
_NEXT = re.compile(
    r"\s+(?:next|this)\s+(?:week|month|year|birthday|time|spring|summer|"
    r"autumn|fall|winter)\b|\s+in\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|"
    r"oct|nov|dec)[a-z]*\)",
    re.IGNORECASE,
)
_NEXT_BEFORE = re.compile(
    r"(?:\bat|\bby|\bfrom|\buntil|\btill|\bon|\bfor|\bin|\bevery|"
    r"\bthe|\bdose|\bpage|\bday|\bweek|\bstep|\d)\s*$",
    re.IGNORECASE,
)
# "lived to 96", "lived till 95", "since about 19", "since nineteen"
_LIVED = re.compile(
    r"\b(?:lived|live|living|made it|make it)\s+(?:to|till|until|to be|"
    r"past)\s+$|\bsince\s+(?:about\s+|around\s+|roughly\s+)?$",
    re.IGNORECASE,
)
# "kids around 10 or 12", "people of 76", "girls aged 14"
_GROUP = re.compile(
    r"\b(?:kids|children|people|adults|women|men|girls|boys|someone|"
    r"anyone|others|patients|teens|folk|folks)\s+(?:around|about|aged?|of|"
    r"like)\s+$",
    re.IGNORECASE,
)
_GROUP_OR = re.compile(_GROUP.pattern.removesuffix("$") + r"\d{1,2}\s+or\s+$", re.IGNORECASE)
# "shes seventy-nine", "im 24": the verb inside a contraction written without apostrophe
_CONTRACTED = re.compile(
    r"\b(?:shes|hes|im|theyre|youre|ur)\s+(?:now\s+|only\s+|just\s+|"
    r"nearly\s+|almost\s+)?$"
)
# "24, healthy, no idea": an age opening a sentence, then what the writer is like
_ABOUT_ME = re.compile(
    r",\s+(?:healthy|fit|active|otherwise|no|never|non-smoker|female|"
    r"male|single|married|mum|mom|dad|student|working|retired|diagnosed|"
    r"dx|recently|newly|just|and)\b",
    re.IGNORECASE,
)
# "(my niece, 7)", "(my boy, 12)"
_BRACKET_PERSON = re.compile(
    rf"\((?:my|our|his|her|their)\s+(?:\w+\s+)?{_PERSON}"
    rf"(?:\s+[\w'’-]+)?,?\s*$",
    re.IGNORECASE,
)
_BRACKET_PERSON_AFTER = re.compile(r"\s*\)")
_LOLA_BRACKET = re.compile(rf"\b(?:{MORE_KIN})\s*\($", re.IGNORECASE)
# "he was fitting from 14", "smoking since 15"
_ING_FROM = re.compile(r"\b[a-z]{3,}ing\s+(?:since|from)\s+$", re.IGNORECASE)
_RANGE_AFTER = re.compile(
    r"(\s*(?:to|till|until|-|–)\s*)(\d{1,2})(?![\w%]|[.,:/]\d)", re.IGNORECASE
)


def _age_value(text: str) -> int | None:
    low = text.lower()
    for tail in ("something", "odd", "ish"):
        if low.endswith(tail):
            low = low[: -len(tail)].rstrip(" -")
    return words_to_number(low)


# "said at 49 I'm young for it", "so bad at 4 she'd scratch": an age opening a clause
_AT_CLAUSE_AFTER = re.compile(
    r",?\s+(?:i|i['’](?:m|d|ve|ll)|im|you|you['’](?:re|d)|he|"
    r"he['’][sd]|she|she['’][sd]|they|they['’](?:re|d|ll)|we|"
    r"we['’](?:re|d)|it['’]s|there)\b(?!\s+(?:took|take|had|have|"
    r"went|go|got|get|woke|left|ate|eat)\b)",
    re.IGNORECASE,
)


def find_narrative_ages(text: str) -> Iterator[Span]:
    """Ages told in a story, judged by the words around each bare number."""
    toks = _tokens(text)
    starts = list(toks.digits)
    for word in _NUMBER_WORDS.intersection(toks.at):
        starts.extend(toks.at[word])
    for pos in sorted(starts):
        if text[pos].isdigit() and (
            text[pos + 1 : pos + 4].isdigit() or _NOT_AN_AGE.match(text, pos) is not None
        ):
            continue  # "1400", "3.5", "7/10", "40mg": no need to read the words around
        if text[pos].isdigit() and not (
            text[pos + 1 : pos + 2] == "0"
            and text[pos + 2 : pos + 3] in ("s", "-", " ", "i", "o", "'", "’")
        ):
            m = _PLAIN_NUMBER.match(text, pos)  # the common case, without the word list
            if m is None:
                continue
            start, end, value, worded = pos, m.end(), int(m.group()), False
        else:
            m = _CANDIDATE.match(text, pos)
            if m is None:
                continue
            start, end = m.span()
            value = int(m.group(2)) if m.group(2) else _age_value(m.group())
            worded = m.group(2) is None
        if value is None or not 1 <= value <= 110:
            continue
        if _judge(text, start, end, value, worded):
            yield Span(start, end, SpanType.AGE, Source.CONTEXT, 0.8, text[start:end])
    words = toks.at.keys()
    yield from find_more(text, words)


_PLAIN_NUMBER = re.compile(r"(?<![\w.,/:£$€#+-])\d{1,3}(?![\w%]|[.,:/]\d|-\d)")
# A number glued to a unit, a decimal, a fraction or a time: never an age.
_NOT_AN_AGE = re.compile(
    r"\d+(?:[.,:/]\d|\s?(?:mg|mcg|ml|kg|g\b|%|am\b|pm\b|mmol|units?\b|iu\b|x\b))", re.IGNORECASE
)
_SMALL_BEFORE = re.compile(
    r"\b(?:is|turned|turns|turning|['’]s)\s+(?:officially\s+|now\s+|"
    r"just\s+|finally\s+)?$",
    re.IGNORECASE,
)
_SMALL_AFTER = re.compile(
    r"\s*(?:today|tomorrow|this week|next week|on (?:mon|tues|wednes|"
    r"thurs|fri|satur|sun)day|[.!]|years? old)",
    re.IGNORECASE,
)
_NUMBER_WORDS = frozenset([*_UNITS[1:], *_TENS[2:]])
# The word just before an age that one of the rules below can start from; any other
# number (most of them: doses, counts, times) is let go at once.
_GATE = frozenset(
    "from to till until at aged age by around about before after only just roughly barely "
    "is was turned turns be now nearly almost officially turning wird ist shes hes im "
    "theyre youre ur currently am past since of like or maybe probably prob approx".split()
)
_GATE_PUNCT = frozenset(",:(.!?>\n")


def _judge(text: str, start: int, end: int, value: int, worded: bool) -> bool:
    """Whether the number at ``start:end`` is someone's age."""
    low = text[start:end].lower()
    if low.endswith(("something", "odd", "ish")):
        return value >= 20 and text[max(0, start - 1) : start] not in "£$€#"
    if worded and low in ("one", "two", "three") and text[end : end + 1] != "-":
        # "one of them", "two weeks": too common to judge, unless a birthday is told
        # ("she's officially one today!", "turns two tomorrow")
        return (
            _SMALL_BEFORE.search(text, max(0, start - 25), start) is not None
            and _SMALL_AFTER.match(text, end) is not None
        )
    before = text[max(0, start - 70) : start]
    after = text[end : end + 40]
    if value >= 10 and before.endswith(("from ", "From ")) and not _CHANGE_BEFORE.search(before):
        m = _RANGE_AFTER.match(after)
        if (
            m
            and 13 <= int(m.group(2)) <= 99
            and int(m.group(2)) > value
            and not _BAD_AFTER.match(after, m.end())
        ):
            return True  # "a lifeguard from 16 to 22"
    stripped = before.rstrip()
    tail = stripped[-1:]
    last = stripped[-16:].rsplit(None, 1)[-1].lower() if stripped else ""
    if not (
        tail in _GATE_PUNCT
        or not tail
        or last in _GATE
        or last.endswith(("'s", "’s"))
        or after[:6].lstrip().lower().startswith(("next", "this", "in ", "when"))
    ):
        return False
    if _BAD_AFTER.match(after):
        return False
    words = [w.lower() for w in _WORD.findall(CLAUSE_END.split(before)[-1])[-12:]]
    prev = words[-1] if words else ""
    verb = prev in _VERBS or prev.endswith(("'s", "’s"))
    subject = verb and _subject(before)
    if _measured(words) and not subject:
        return False
    core = [w for w in words[:-1] if w not in _SOFT] + words[-1:]
    if prev in _EVENT_AT or core[-1:] and core[-1] in _EVENT_AT:
        event = _event(words[:-1])
        if value >= 13 and event:
            return _clause_ends(after)
        if (_strong(words) or worded and event) and not _CLOCK_NEAR.search(after[:20]):
            return _clause_ends(after)
    if value >= 13 and prev == "by" and _AT_CLAUSE_AFTER.match(after):
        return True  # "By 25 I'd had three surgeries"
    if value >= 13 and _WHEN_AFTER.match(after) and not _measured(words):
        return True  # "43 when my brother came"
    if after.lstrip()[:1] in (",", ")") and _apposition(before):
        return True  # "The nurse, maybe 25, had no clue"
    if subject and not _not_subject(before):
        return _clause_ends(after) or _NEXT.match(after) is not None
    if value >= 13 and _OPENING.search(before) and _OPENING_AFTER.match(after):
        return True
    if prev == "at" and value >= 2 and _AT_CLAUSE_AFTER.match(after) and not _measured(words[:-1]):
        return True
    if prev in _CONTRACTIONS and _clause_ends(after):
        return True
    if (
        value >= 13
        and _SENTENCE_START.search(before)
        and (_ABOUT_ME.match(after) or _START_AFTER.match(after))
    ):
        return True
    if value >= 2 and _NEXT.match(after) and not _NEXT_BEFORE.search(before):
        return True
    if (
        prev in _LIVED_LAST
        and _LIVED.search(before)
        and (value >= 13 or worded)
        and _clause_ends(after)
    ):
        return True
    if (
        prev in _GROUP_LAST
        and value >= 2
        and (_GROUP.search(before) or _GROUP_OR.search(before))
        and _clause_ends(after, extra=_OR_NUMBER)
    ):
        return True
    if (
        "(" in before[-30:]
        and _BRACKET_PERSON_AFTER.match(after)
        and (_BRACKET_PERSON.search(before) or _LOLA_BRACKET.search(before))
    ):
        return True
    if (
        prev in ("since", "from")
        and value >= 10
        and _ING_FROM.search(before)
        and _clause_ends(after)
    ):
        return True
    return prev in _RANGE_LAST and _range_end(before, value)
