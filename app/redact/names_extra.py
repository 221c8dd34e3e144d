"""Identifiers the word-by-word name finder cannot see, found by shape and cue.

- handles, e-mails in words and spelled-out phone numbers (``contacts_extra``);
- names in another script inside Latin text ("my wife प्रिया", "朋友王伟"), which no
  English word list can clear (``names_scripts``);
- names given in a field or by naming words ("Name: Toshimi Arata", "a girl called
  Addison", "Thanks, Priya!") (``names_fields``);
- a name at the start of a sentence, told by what follows it ("Sam, DM me", "Priya
  said"), and a lower-case name after a cue ("my m8 jordan", "dr kaplan");
- hospitals and clinics named without "Hospital" where the sentence is about care ("an
  endoscopy at Queen Alexandra", "TAVI at the N&N") (``places_care``);
- towns written in lower case after "in" or "from" ("back home in worcester").
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from string import ascii_uppercase

from app.redact import (
    contacts_extra,
    german,
    names_chat,
    names_companions,
    names_fields,
    names_guess,
    names_scripts,
    names_shapes,
    places_care,
)
from app.redact.lexicon import FIRST, LAST, MEDICAL, Lexicon
from app.redact.medical_nouns import medical_noun
from app.redact.names_context import CALENDAR
from app.redact.names_cues import CLOSED_CLASS, FUNCTION, KIN, TITLES
from app.redact.names_extra_words import AFTER_TITLE, NOT_SPEAKER
from app.redact.spans import Source, Span, SpanType
from app.redact.windows_at import AtOpenings, AtWords, may_hold
from app.redact.windows_tokens import token_set

# "Maria de la Cruz", "Ahmed bin Rashid", "Anna van der Berg": a given name, particles, a
# surname.
PARTICLE_NAME = re.compile(
    r"\b([A-Z][a-zà-ÿ]+)\s+(?:(?:de|del|de la|della|di|da|do|dos|das|du|van|von|der|den|ter|"
    r"bin|binti|bint|ibn|ben|al|el|le|la|mac|ap)\s+)+[A-Z][\w'’-]+"
)
# "von der" + a ward or a service: where the person works, not a noble name.
_DEPARTMENT_AFTER = re.compile(
    r"\bvon\s+(?:der|dem|den)\s+\w*(?:therapie|station|ambulanz|klinik|abteilung|praxis|"
    r"chirurgie|pflege|beratung|dienst|verwaltung|aufnahme|kasse|apotheke|reha)$",
    re.IGNORECASE,
)
# Sentence-start names: "Sam, DM me", "Priya said", "Tom and I".
_AFTER_NAME = re.compile(
    r",\s+(?:dm|pm|message|thanks|thank|cheers|hope|you|your|sorry|welcome|i|if|congrats|"
    r"hugs|sending)\b|\s+(?:said|says|told|asked|drove|came|went|texted|rang|called|"
    r"messaged|replied|wrote|and i|and me|sent|brought|took|picked)\b|\s\(\d{1,2}\)",
    re.IGNORECASE,
)
# A hospital named with its institution word first: "Ysbyty Glan Clwyd", "Hôpital
# Saint-Louis", "Klinikum Großhadern", "Hospital de Sant Pau".
PREFIX_INSTITUTION = re.compile(
    r"\b(?:Ysbyty|H[oô]pital|Klinikum|Krankenhaus|Ospedale|Hospital|Cl[ií]nica|Policlinico|"
    r"Spital|Sjukhus|Ziekenhuis|Hospice|Clinique|Centro Hospitalar|Universit[aä]tsklinikum)"
    r"\s+(?:(?:de|del|della|di|do|da|der|la|le|du|des|San|Santa|Sant|St\.?|rechts|links|am|an|im)\s+)*"
    r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,3}"
)
_AFTER_UNKNOWN = re.compile(
    r"\s+(?:is|was|has|had|will|can|shouted|spent|gave|got|lives|"
    r"works|worked|stayed|sat|made|makes|loves|hates|from)\b"
)
# What only a person does, straight after a word opening a sentence: a listed given name
# that is also an everyday word ("Hope", "Faith", "River") is a name there.
_ONLY_PEOPLE = re.compile(
    r"\s+(?:said|says|told|asked|drove|texted|rang|phoned|messaged|replied|wrote|brought|"
    r"visited|cooked|(?:picked|dropped)\s+me)\b"
)
# What a person does, after a given name opening a sentence: "Frank cut my hair",
# "Grace still hasn't rung": an adverb of doing, a negated auxiliary or "from".
_AFTER_LISTED = re.compile(
    r"\s+(?:(?:still|just|never|always|finally|also|kindly|literally|actually|from|cut|"
    r"put|let|hasn['’]t|hadn['’]t|wasn['’]t|didn['’]t|won['’]t)\b)"
)
# "Rangi, my neighbour, ...", "Thabo, who ...": a person described after a comma.
_APPOSITION = re.compile(r",\s+(?:my|our|his|her|their|the|who|a|an)\s")
# "the Royal Derby", "Royal Children's", "Royal Free": a royal institution is a hospital.
ROYAL = re.compile(r"\bRoyal\s+[A-Z][\w'’]+(?:\s+(?!Mail\b|Navy\b|Family\b)[A-Z][\w'’]+)?")
# "Hospital: KEM, Parel", "GP surgery: Heaton", "Employer: Acme".
FIELD_PLACE = re.compile(
    r"\b(hospital|clinic|gp surgery|surgery|practice|town|city|village|suburb|employer|work)"
    r"\s*:[ \t]+([A-Z][\w'’&-]*(?:(?:,[ \t]*|[ \t]+)[A-Z][\w'’&-]*){0,3})",
    re.IGNORECASE,
)
# "Reply to Kylie M:", "Thanks Priya!", "Hi Sam,": a listed name greeted or answered.
GREETING = re.compile(
    r"(?i:\b(?:reply(?:ing)? to|in reply to|thanks|thank you|ty|cheers|hi|hey|hiya|dear|hello|"
    r"morning|congrats|cc)),?\s+([A-Z][a-z]+)(?:\s[A-Z]\b\.?)?"
)
# GREETING tried only where one of its cue words starts a token (its own finditer tries
# every place: it opens with \b)
_GREETING_FAST = AtWords(
    GREETING,
    "reply replying in thanks thank ty cheers hi hey hiya dear hello morning congrats cc".split(),
)
_SENTENCE_WORD = re.compile(
    r"(?:^|(?<=[.!?\n]\s)|(?<=[.!?]\s\s)|(?<=\n))([A-Z][a-z]{1,14})(?=[,:\s]|['’]s\s)"
)
_SENTENCE_WORD_FAST = AtOpenings(_SENTENCE_WORD, ascii_uppercase)  # where a sentence opens
# A lower-case name right after a cue ("my m8 jordan", "dr kaplan").
_CUE_WORD = re.compile(r"\b([a-z][a-z0-9&']*)\s+(?=([a-z][a-z'’-]{1,20})\b)")
_CUE_CAP = re.compile(r"\b([A-Za-z][a-z0-9]+),?\s+([A-Z][a-z'’-]+)\b")
# The cues and titles as the token table holds them ("dr's" is the token "dr"). A
# _CUE_WORD match opens at every lower-case word and ends before the next, so only one
# run over "&" or "'" can hide a cue inside an earlier match: such a text is read whole.
_CUE_HEADS = frozenset(w.split("'")[0] for w in KIN | TITLES if w.split("'")[0].isalnum())
_CUE_WORD_FAST = AtWords(_CUE_WORD, _CUE_HEADS, unless="&'")
# A _CUE_CAP match that counts opens with a whole token that is a cue.
_CAP_CUES = frozenset(w for w in KIN if w.isascii() and w.isalnum())
# "Valley Children's", "Boston Children's", "Children's of Alabama": children's hospitals
# are named by a place before or after.
CHILDRENS = re.compile(
    r"\b((?:[A-Z][\w'’.]+\s+){1,2})Children['’]?s\b"
    r"|\bChildren['’]?s(?:\s+(?:Hospital|Health|Healthcare|Mercy|National|Medical Center))?"
    r"\s+of\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?"
)
# Words one of the patterns above needs, to skip it on texts without them.
# FIELD_PLACE's labels open at a \b and end before spaces or ":": whole tokens.
_FIELDS = frozenset(
    "hospital clinic gp surgery practice town city village suburb employer work".split()
)
_GREETING_WORDS = frozenset(
    [
        "reply",
        "replying",
        "thanks",
        "thank",
        "ty",
        "cheers",
        "hi",
        "hey",
        "hiya",
        "dear",
        "hello",
        "morning",
        "congrats",
        "cc",
    ]
)
_PARTICLES = frozenset(
    "de del la della di da do dos das du van von der den ter bin binti bint "
    "ibn ben al el le mac ap".split()
)
_PREFIX_WORDS = frozenset(
    "ysbyty hôpital hopital klinikum krankenhaus ospedale hospital clínica "
    "clinica policlinico spital sjukhus ziekenhuis hospice clinique centro "
    "universitätsklinikum universitatsklinikum".split()
)


class ExtraFinder:
    """The finders of this module, built once per lexicon."""

    def __init__(self, lexicon: Lexicon) -> None:
        self.lex = lexicon
        self.cues = KIN

    def _opener(self, word: str) -> tuple[str, bool, bool, bool] | None:
        """For a word opening a sentence: None if it is never a name there (medical, a
        closed-class, function or calendar word, or no speaker); else its key, whether
        it is a listed given name, whether ``names_guess.unlisted`` holds, and whether
        it does only where ``named_here`` holds too (``unlisted_here``, word by word).
        Not remembered between texts: the shared detector outlives a lock, and a memo of
        entry words would keep them readable in memory after it."""
        key = word.lower()
        # the small word sets first: most openers are among them ("The", "My", "Today")
        if key in CLOSED_CLASS or key in FUNCTION or key in CALENDAR or key in NOT_SPEAKER:
            return None
        f = self.lex.flags.get(key, 0)
        if f & MEDICAL or medical_noun(key):  # "Tumour has shrunk", "Hypos overnight are less"
            return None
        zipf = self.lex.zipf.get(key, 0.0)
        unlisted = names_guess.unlisted(key, f, zipf)
        return (key, bool(f & FIRST and zipf < 5.0), unlisted, unlisted and zipf >= 2.0)

    def find(self, text: str, german: bool | None = None) -> Iterator[Span]:
        """``german``: ``german.is_german(text)`` if the caller asked it already."""
        yield from contacts_extra.find(text, self.lex)
        yield from names_fields.find(text, self.lex)
        yield from names_chat.find(text)  # "8/17/24, 9:15 PM - maria: not good tia"
        words = token_set(text)
        if "royal" in words:
            yield from _spans(ROYAL, text, SpanType.PLACE, 0.8)
        for m in FIELD_PLACE.finditer(text) if ":" in text and may_hold(text, _FIELDS) else ():
            kind = (
                SpanType.EMPLOYER if m.group(1).lower() in ("employer", "work") else SpanType.PLACE
            )
            yield Span(m.start(2), m.end(2), kind, Source.CONTEXT, 0.8, m.group(2))
        for m in _GREETING_FAST.finditer(text) if not _GREETING_WORDS.isdisjoint(words) else ():
            key = m.group(1).lower()
            if (
                self.lex.flags.get(key, 0) & (FIRST | LAST)
                and not self.lex.flags.get(key, 0) & MEDICAL
                and key not in CALENDAR
            ):
                yield Span(
                    m.start(1),
                    m.end(),
                    SpanType.NAME,
                    Source.CONTEXT,
                    0.8,
                    text[m.start(1) : m.end()],
                )
        for m in PARTICLE_NAME.finditer(text) if not _PARTICLES.isdisjoint(words) else ():
            if _DEPARTMENT_AFTER.search(m.group()):
                continue  # "Herr Wolf von der Stomatherapie": his department, no particle
            if self.lex.flags.get(m.group(1).lower(), 0) & FIRST:
                yield Span(m.start(), m.end(), SpanType.NAME, Source.CONTEXT, 0.8, m.group())
        if not text.isascii():
            yield from names_scripts.other_script(text)
            yield from names_scripts.non_latin_names(text, self.lex)
        yield from self._sentence_start_names(text)
        yield from names_guess.opening_towns(text, self.lex)
        yield from names_shapes.find(text, self.lex, words, german)
        yield from self._lower_after_cue(text)
        if "children" in words or "childrens" in words:
            for m in CHILDRENS.finditer(text):
                first = (m.group(1) or "x").split()[0].lower()
                if first not in FUNCTION and first not in CLOSED_CLASS:
                    yield Span(m.start(), m.end(), SpanType.PLACE, Source.CONTEXT, 0.8, m.group())
        if not _PREFIX_WORDS.isdisjoint(words):
            yield from _spans(PREFIX_INSTITUTION, text, SpanType.PLACE, 0.8)
        yield from self._capital_after_cue(text)
        yield from names_companions.find(text, self.lex, words)
        yield from places_care.find(text, self.lex)

    def _sentence_start_names(self, text: str) -> Iterator[Span]:
        opener = self._opener
        for m in _SENTENCE_WORD_FAST.finditer(text):
            got = opener(m.group(1))
            if got is None:
                continue
            key, listed, unknown, named = got  # unknown: names_guess.unlisted_here
            if named:
                unknown = names_guess.named_here(text, *m.span(1))
            if (
                listed
                and (_AFTER_NAME.match(text, m.end(1)) or _AFTER_LISTED.match(text, m.end(1)))
                or _ONLY_PEOPLE.match(text, m.end(1))
                and self.lex.flags.get(key, 0) & FIRST  # "Hope rang", "River said": given
                # names that are everyday words, before what only a person does
                or unknown
                and (
                    _AFTER_NAME.match(text, m.end(1))
                    or _AFTER_UNKNOWN.match(text, m.end(1))
                    or names_guess.person_after(text, m.end(1))
                    or _APPOSITION.match(text, m.end(1))
                    or names_guess.described_after(text, m.end(1))
                    or names_guess.owner_after(text, m.end(1))
                )
            ):
                yield Span(
                    m.start(1),
                    m.end(1),
                    SpanType.NAME,
                    Source.CONTEXT,
                    0.8,
                    m.group(1),
                    uncertain=True,
                )
            elif (
                (listed or unknown and not german.german_common(key))  # "Beschwerden: …"
                and text.startswith(": ", m.end(1))
                and (m.start(1) == 0 or text[m.start(1) - 1] == "\n")
            ):
                yield Span(
                    m.start(1),
                    m.end(1),
                    SpanType.NAME,
                    Source.CONTEXT,
                    0.7,
                    m.group(1),
                    uncertain=True,
                )  # a chat quoted line by line

    def _lower_after_cue(self, text: str) -> Iterator[Span]:
        flags, zipf = self.lex.flags, self.lex.zipf
        fast = self.cues is KIN  # the cues _CUE_HEADS was made from
        for m in _CUE_WORD_FAST.finditer(text) if fast else _CUE_WORD.finditer(text):
            cue, word = m.group(1), m.group(2)
            if cue not in self.cues and cue not in TITLES:
                continue
            f = flags.get(word, 0)
            if word in CLOSED_CLASS or word in FUNCTION or f & MEDICAL or word in CALENDAR:
                continue
            if (
                f & (FIRST | LAST)
                and zipf.get(word, 0.0) < 5.0
                or (
                    cue in TITLES
                    and zipf.get(word, 0.0) < 4.0
                    and not word.endswith(("ed", "ing", "ly"))
                    and word not in AFTER_TITLE
                )
            ):
                yield Span(m.start(2), m.end(2), SpanType.NAME, Source.CONTEXT, 0.8, word)

    def _capital_after_cue(self, text: str) -> Iterator[Span]:
        """ "my roommate Priyanka": a capitalised word after a person cue is a name, even
        one missing from every list, unless it is an ordinary or medical word."""
        flags, zipf = self.lex.flags, self.lex.zipf
        if self.cues is KIN and _CAP_CUES.isdisjoint(token_set(text)):
            return  # no token is a cue, so no group 1 is one
        for m in _CUE_CAP.finditer(text):
            if m.group(1).lower() not in self.cues:
                continue
            key = m.group(2).lower()
            f = flags.get(key, 0) | flags.get(key.removesuffix("'s").removesuffix("’s"), 0)
            if (
                key in FUNCTION
                or key in CALENDAR
                or f & MEDICAL
                or zipf.get(key, 0.0) >= 4.0
                and not f & FIRST
            ):
                continue
            yield Span(m.start(2), m.end(2), SpanType.NAME, Source.CONTEXT, 0.8, m.group(2))


def _spans(regex: re.Pattern[str], text: str, kind: SpanType, conf: float) -> Iterator[Span]:
    for m in regex.finditer(text):
        yield Span(m.start(), m.end(), kind, Source.PATTERN, conf, m.group())


# "Kónya, Becker and Vasquez", "Gaetane, Hannah, Anthony and Derek": a list of
# capitalised words, one to three words each.
_LIST = re.compile(
    r"[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,2}(?:(?:, | and | & |, and )"
    r"[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,2}){2,}"
)
_LIST_SEP = re.compile(r", and |, | and | & ")


def complete_lists(spans: list[Span], text: str, lex: Lexicon) -> list[Span]:
    """Members of a list whose other members are names are names too."""
    spans = names_companions.pair_up(spans, text, lex)  # "Riaan and Annelie"
    if ", " not in text:
        return spans
    names = [(s.start, s.end) for s in spans if s.type is SpanType.NAME]
    named_or_placed = [(s.start, s.end) for s in spans if s.type in (SpanType.NAME, SpanType.PLACE)]
    if not names or len(named_or_placed) < 2:
        return spans
    out = list(spans)
    for m in _LIST.finditer(text):
        members = []
        pos = m.start()
        for part in _LIST_SEP.split(m.group()):
            start = text.index(part, pos)
            members.append((start, start + len(part)))
            pos = start + len(part)
        named = [a for a, b in members if any(x <= a and b <= y for x, y in names)]
        covered = [a for a, b in members if any(x <= a and b <= y for x, y in named_or_placed)]
        if not named or len(covered) < 2 or len(covered) < len(members) / 2:
            continue
        for a, b in members:
            if any(x <= a and b <= y for x, y in named_or_placed):
                continue
            key = text[a:b].split()[0].lower()
            if (
                key in FUNCTION
                or key in CALENDAR
                or lex.flags.get(key, 0) & MEDICAL
                or lex.zipf.get(key, 0.0) >= 4.0
                and not lex.flags.get(key, 0) & (FIRST | LAST)
            ):
                continue
            out.append(Span(a, b, SpanType.NAME, Source.CONTEXT, 0.7, text[a:b], uncertain=True))
    return out
