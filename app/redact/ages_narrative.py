"""Ages written as bare numbers inside running narrative.

``ages`` finds an age by a cue right before it ("I'm 34", "aged 71"). People telling
their story write most ages without one: "got cancer at 66", "retired from the port at
59", "my abba is 69", "Delhi boy, 29.", "fitting from 14", "a lifeguard from 16 to 22",
"she lived to 96", "since my teens", "fifty-something". A bare number is far more often
a dose, a time or a count, so each candidate is judged by the words on both sides: a
unit, a time or a measurement beside it rules it out; a life event, a person or the
opening of a post about its writer makes it an age.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from app.redact.ages import _DECADE_WORDS, _KIN, _TENS, _UNITS, _WORD_NUM, words_to_number
from app.redact.spans import Source, Span, SpanType
from app.redact.windows import Triggered, _tokens
from app.redact.windows_at import case_traps

# Relatives and people the age patterns of ``ages`` do not name, from many families.
MORE_KIN = (
    r"abba|ammi|ammachi|appachan|ammamma|amma|paati|thatha|dada|nanu|lola|lolo|"
    r"tita|tito|abuelita|abuelito|yiayia|yiayiá|papou|bubbe|bubby|zayde|zaide|savta|"
    r"saba|babcia|dziadek|babushka|dedushka|mormor|morfar|farmor|farfar|kokum|"
    r"mushum|gogo|khulu|tannie|oom|nain|mawmaw|memaw|meemaw|mamaw|pawpaw|papaw|"
    r"paw paw|maw maw|po po|popo|gung gung|ah ma|ah gong|nanny|grammy|gramps|"
    r"grampa|grampy|grandmama|grandpapa|granda|grandda|mum|mummy|mommy|daddy|"
    r"mammy|mam|missus|wifey|hubs|bestie|mate|pal|roommate|flatmate|housemate|"
    r"colleague|coworker|co-worker|boss|carer|neighbour|neighbor|stepmum|stepmom|"
    r"stepdad|mil|fil|sil|bil|dh|dw|ds|dd|oh|lad|lass|niece|nephew|godson|"
    r"goddaughter|grandson|granddaughter|aunty|auntie|uncle|cousin|bro|sis"
)
_PERSON = rf"(?:{_KIN.removeprefix('(?:').removesuffix(')')}|{MORE_KIN})"
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
    r"may\b|jun|jul|aug|sep|oct|nov|dec|in the (?:morning|afternoon|evening|night)|"
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
# "my abba is 69", "my wife Mo is sixty-one", "Po Po is 86", "shes seventy-nine"
_SUBJECT = re.compile(
    rf"(?:\b(?:my|our|his|her|their|your|the)\s+(?:\w+\s+)?{_PERSON}(?:\s+(?-i:[A-Z][\w'’-]*)){{0,2}}"
    rf"|(?-i:\b[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)|\b{_PERSON}|\b(?:shes|hes|theyre|im|ur)"
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
_CHANGE_BEFORE = re.compile(
    r"\b(?:went|go|goes|going|dropped|rose|fell|climbed|increased|"
    r"decreased|reduced|upped|lowered|titrated|weaned|cut|changed|"
    r"moved|switched|came|down|up|score|level|dose|bmi|weight|a1c|"
    r"hba1c|sugar|bp|hr|open|opens|closed|work|works|working|"
    r"shift|hours)\s+(?:(?:down|up|back|all the way)\s+)?(?:\w+\s+)?"
    r"(?:from|between)\s+(?:\d{1,3}\s*(?:to|-|–|and)\s*)?$",
    re.IGNORECASE,
)
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


def _age_value(text: str) -> int | None:
    low = text.lower()
    for tail in ("something", "odd", "ish"):
        if low.endswith(tail):
            low = low[: -len(tail)].rstrip(" -")
    return words_to_number(low)


_SENTENCE_END = re.compile(r"[.!?\n]\s")
_WAITING = re.compile(
    r"\b(?:list|wait|waiting|queue|backlog|appointment|delay|referral|"
    r"surgery|it|that|this)\b",
    re.IGNORECASE,
)
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
    for word in toks.at.keys() & _NUMBER_WORDS:
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
    for fast, gate in _MORE:
        if gate.isdisjoint(words):
            continue
        for m in fast.finditer(text):
            if fast is _MONTHS_FAST and _WAITING.search(
                _SENTENCE_END.split(text[max(0, m.start() - 40) : m.end()])[-1]
            ):
                continue  # "the list at Midland Regional is 14 months"
            yield Span(m.start(1), m.end(1), SpanType.AGE, Source.CONTEXT, 0.8, m.group(1))
    if not _foreign_hint(text):
        return
    for m in _FOREIGN.finditer(text):
        start = m.start(1) if m.group(1) else m.start(2)
        yield Span(start, m.end(2), SpanType.AGE, Source.CONTEXT, 0.8, text[start : m.end(2)])


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
    words = [w.lower() for w in _WORD.findall(_CLAUSE_SPLIT.split(before)[-1])[-12:]]
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


_WORD = re.compile(r"[\w'’&-]+")
_CLAUSE_SPLIT = re.compile(r"[.!?;\n]\s")
_SOFT = frozenset("about around only just roughly barely".split())
_VERBS = frozenset(
    "is was turned turns be now only just nearly almost officially turning wird ist".split()
)
_CONTRACTIONS = frozenset("shes hes im theyre youre ur now only just nearly almost".split())
_EVENT_AT = frozenset("at aged age by around about before after".split())
_LIVED_LAST = frozenset("to till until be past since about around roughly".split())
_GROUP_LAST = frozenset("around about aged age of like or".split())
_RANGE_LAST = frozenset("to till until".split())
_OR_NUMBER = re.compile(r"\s*or\s+\d", re.IGNORECASE)
_EVENT_WORDS = frozenset(
    "diagnosed dx dxd dx'd diagnosis retired retire widowed married divorced died passed "
    "emigrated migrated immigrated moved came arrived left quit stopped started began "
    "developed got get getting gets had have has caught lost was were became period "
    "menarche menopause stroke cancer attack onset born pregnant birth fitting seizure "
    "seizures symptoms it one this them same grew outgrew went joined finished graduated "
    "old young age turned hit told palsy disease syndrome disorder diabetes asthma eczema "
    "lupus arthritis colitis migraine migraines fit fits flare relapse surgery operation "
    "transplant breakdown mastectomy hysterectomy".split()
)
_WHEN_AFTER = re.compile(
    r"\s+when\s+(?:i|he|she|we|they|my|our|his|her|their|the)\b", re.IGNORECASE
)
_APPOSITION = re.compile(
    rf"\b(?:{_PERSON}|nurse|doctor|dr|consultant|gp|surgeon|registrar|guy|girl|woman|man|lady|"
    rf"bloke|kid|someone|patient|(?-i:[A-Z][a-z]+)),\s+(?:maybe|about|around|probably|prob|"
    rf"like|only|barely|just|roughly|approx)?\s*$",
    re.IGNORECASE,
)
_APPOSITION_SOFT = frozenset(
    "maybe about around probably prob like only barely just roughly approx".split()
)


def _apposition(before: str) -> bool:
    """``_APPOSITION.search(before)``, searched only where ``before`` ends in a comma,
    spaces and perhaps one of its softening words: its search tried every place."""
    tail = before.rstrip()
    if not (tail.endswith(",") and len(tail) < len(before)):
        parts = tail.rsplit(None, 1)
        if not (
            len(parts) == 2
            and parts[0].endswith(",")
            and (parts[1].lower() in _APPOSITION_SOFT or case_traps(parts[1]))
        ):
            return False
    return _APPOSITION.search(before) is not None


_STRONG_WORDS = frozenset(
    "diagnosed dx dxd dx'd diagnosis widowed married died emigrated migrated period "
    "menarche stroke cancer onset fitting seizure seizures outgrew".split()
)
_STRONG_PAIRS = frozenset(
    [
        ("had", "it"),
        ("had", "one"),
        ("had", "them"),
        ("had", "this"),
        ("had", "the"),
        ("got", "it"),
        ("got", "one"),
        ("got", "them"),
        ("got", "this"),
        ("grew", "out"),
        ("symptoms", "started"),
        ("symptoms", "began"),
        ("started", "walking"),
        ("started", "talking"),
        ("started", "school"),
    ]
)
_MEASURES = frozenset(
    "bp hr sats sat spo2 o2 temp sugar sugars glucose bg bgl bs level levels score scale index "
    "dose doses reading readings rate count weight bmi pain fatigue mood sleep energy stage "
    "grade type class size step page ward room bed bay bus route flight gate platform floor "
    "number no exit junction mile day week month year cycle round unit units mg ml edss "
    "hba1c a1c crp esr egfr inr tsh psa ferritin potassium sodium urate creatinine "
    "calprotectin phq-9 phq9 gad-7 gad7 nihss gcs apgar gleason beighton moca mmse das28 "
    "basdai fev1 ef bnp ldl hdl ige cd4 hb platelets wbc neuts amh lh fsh b12 folate iron t3 "
    "t4 troponin insulin lantus novorapid prednisone pred dropped rose fell climbed increased "
    "decreased reduced upped lowered titrated weaned cut down up approximately".split()
)
_LINKS = frozenset("is was were of at to from now still".split())


def _measured(words: list[str]) -> bool:
    """Whether the words end in a measurement ("sats at", "HbA1c was", "dose of")."""
    i = len(words)
    while i and words[i - 1] in _LINKS:
        i -= 1
    return i > 0 and words[i - 1] in _MEASURES


def _event(words: list[str]) -> bool:
    """A life event or a condition among the words ("got cancer", "Bell's palsy")."""
    return not _EVENT_WORDS.isdisjoint(words) or any(
        w.endswith(("'s", "’s", "s'", "s’", "itis", "osis", "oma", "emia", "aemia"))
        for w in words[-3:]
    )


def _strong(words: list[str]) -> bool:
    """A clear life event in the last words before "at" ("had it at 3", "period at 10")."""
    near = words[-7:-1]
    return not _STRONG_WORDS.isdisjoint(near) or any(
        pair in _STRONG_PAIRS for pair in zip(near, near[1:])
    )


_RANGE_START = re.compile(r"\bfrom\s+(\d{1,2})\s*(?:to|till|until|-|–)\s*$", re.IGNORECASE)


def _range_end(before: str, value: int) -> bool:
    """The second age of "from 16 to 22"."""
    m = _RANGE_START.search(before[-20:])
    if m is None or not 10 <= int(m.group(1)) < value <= 99:
        return False
    head = before[: m.start()]
    return not _CHANGE_BEFORE.search(head) and not _measured(_WORD.findall(head.lower())[-3:])


_CLAUSE_END = re.compile(
    r"\s*(?:[.,;:!?)\]\n]|$|[-–—]\s|\s*(?:were|are|was|is|and|but|so|because|cos|when|which|who|after|"
    r"before|in|with|too|lol|now|then|though|though|yet|anyway|i|he|she|we|they|it|"
    r"and|or|&|on|from|for|at|while|until|till|no|not|still|already|herself|himself|"
    r"myself|themselves)\b)",
    re.IGNORECASE,
)


def _clause_ends(after: str, extra: re.Pattern[str] | None = None) -> bool:
    if extra is not None and extra.match(after):
        return True
    return _CLAUSE_END.match(after) is not None
