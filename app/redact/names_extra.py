"""Identifiers the word-by-word name finder cannot see, found by shape and cue.

- handles, e-mails in words and spelled-out phone numbers (``contacts_extra``);
- names in another script inside Latin text ("my wife प्रिया", "朋友王伟"), which no
  English word list can clear;
- a name at the start of a sentence, told by what follows it ("Sam, DM me", "Priya
  said"), and a lower-case name after a cue ("my m8 jordan", "dr kaplan");
- hospitals and clinics named without "Hospital" where the sentence is about care ("an
  endoscopy at Queen Alexandra", "TAVI at the N&N");
- towns written in lower case after "in" or "from" ("back home in worcester").
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from app.redact import contacts_extra, german, names_guess, names_shapes
from app.redact.lexicon import DRUG, FIRST, LAST, MEDICAL, Lexicon
from app.redact.names_context import CALENDAR
from app.redact.names_cues import CLOSED_CLASS, FUNCTION, KIN, TITLES
from app.redact.normalise import fold_term
from app.redact.spans import Source, Span, SpanType
from app.redact.windows import token_set
from app.redact.windows_at import AtOpenings, AtWords, may_hold

# "Maria de la Cruz", "Ahmed bin Rashid", "Anna van der Berg": a given name, particles, a
# surname.
PARTICLE_NAME = re.compile(
    r"\b([A-Z][a-zà-ÿ]+)\s+(?:(?:de|del|de la|della|di|da|do|dos|das|du|van|von|der|den|ter|"
    r"bin|binti|bint|ibn|ben|al|el|le|la|mac|ap)\s+)+[A-Z][\w'’-]+"
)
# Another script's letters: Han, kana, Hangul, Arabic, Hebrew, Cyrillic, Indic, Thai...
_OTHER_SCRIPT = re.compile(
    r"[\u0400-\u04ff\u0590-\u05ff\u0600-\u06ff\u0750-\u077f\u0900-\u0dff\u0e00-\u0e7f"
    r"\u1100-\u11ff\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]"
    r"[\u0400-\u04ff\u0590-\u05ff\u0600-\u06ff\u0750-\u077f\u0900-\u0dff\u0e00-\u0e7f"
    r"\u1100-\u11ff\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\u200c\u200d]+"
)
_LATIN = re.compile(r"[A-Za-z]")
_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]")
_NON_LATIN_WORD = re.compile(r"[^\W\d_]+")
# Words written after "dr" that are not a name ("dr appt", "dr says").
_AFTER_TITLE = frozenset(
    [
        "appt",
        "appointment",
        "appts",
        "visit",
        "office",
        "says",
        "said",
        "told",
        "thinks",
        "wants",
        "gave",
        "put",
        "note",
        "notes",
        "letter",
        "today",
        "tomorrow",
        "yesterday",
        "who",
        "was",
        "is",
        "has",
        "had",
        "will",
        "would",
        "can",
        "could",
        "did",
        "does",
        "recommends",
    ]
)
_CARE_WORDS = frozenset(
    "hospital clinic infusion infusions endoscopy colonoscopy scan scans mri ct x-ray xray "
    "surgery op operation appointment appt consultant ward a&e er icu admitted referred seen "
    "discharged transfusion transfusions dialysis tilt physio bloods biopsy chemo "
    "radiotherapy tavi endo gp rheum neuro derm cardio nurse nurses surgeon doctor dr "
    "specialist team unit department suite jab injection treated diagnosed review bed stay "
    "maternity delivered born saw see seeing under".split()
)
_CARE_TOKEN = re.compile(r"[a-z][a-z&-]*")
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
# What a person does, after a given name opening a sentence: "Frank cut my hair",
# "Grace still hasn't rung": an adverb of doing, a negated auxiliary or "from".
_AFTER_LISTED = re.compile(
    r"\s+(?:(?:still|just|never|always|finally|also|kindly|literally|actually|from|cut|"
    r"put|let|hasn['’]t|hadn['’]t|wasn['’]t|didn['’]t|won['’]t)\b)"
)
# "Rangi, my neighbour, ...", "Thabo, who ...": a person described after a comma.
_APPOSITION = re.compile(r",\s+(?:my|our|his|her|their|the|who|a|an)\s")
_NOT_SPEAKER = frozenset(
    [
        "note",
        "update",
        "edit",
        "plan",
        "bloods",
        "meds",
        "diagnosis",
        "dx",
        "age",
        "name",
        "date",
        "phone",
        "address",
        "email",
        "ps",
        "tldr",
        "me",
        "doctor",
        "nurse",
        "mum",
        "dad",
        "question",
        "answer",
        "result",
        "results",
        "symptoms",
        "treatment",
        "summary",
        "background",
        "context",
        "day",
        "week",
        "morning",
        "evening",
        "night",
        "today",
        "yesterday",
    ]
)
NAME_FIELD = re.compile(
    r"(?i:\b(?:name|full name|patient name|maiden name|surname|last name|first name|"
    r"given name|my name is|i['’]m called|call me|named|name['’]s)(?:\s+(?:is|was))?)"
    r"\s*[:?]?[ \t]+([A-Z][\w'’-]+(?:[ \t]+(?:[A-Z][\w'’-]+|(?:de|van|von|ten|der|la|da|di)\b)){0,3})"
)
# "a girl called Addison", "she's called Hope": "called" in its naming sense, after a
# verb "to be" or a noun (never after a pronoun, where it is the telephone: "I called").
NAME_CALLED = re.compile(
    r"\b((?:is|was|are|were|be|been|being)|[a-z]{2,})[ \t]+called[ \t]+"
    r"([A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){0,2})"
)
_PHONE_SUBJECT = frozenset(
    "i we you he she they who it just then also finally never ever have has had "
    "and but so ve d ll already again back".split()
)
# A thing named before the name, so the name is the thing's ("a drug called Ozempic",
# "a condition named Addison's"), and a condition noun after it ("Addison's disease").
_THING_BEFORE = re.compile(
    r"(?i:\b(?:drugs?|medications?|meds?|medicines?|pills?|tablets?|capsules?|injections?|"
    r"jabs?|vaccines?|creams?|inhalers?|supplements?|markers?|tests?|scans?|conditions?|"
    r"diseases?|disorders?|syndromes?|illness|infections?|genes?|mutations?|proteins?|"
    r"antibod(?:y|ies)|enzymes?|hormones?|treatments?|therap(?:y|ies)|procedures?|"
    r"brands?|products?|things?|something|stuff|devices?|pumps?|apps?|vitamins?|"
    r"minerals?|herbs?|remed(?:y|ies)|steroids?|biologics?|antibiotics?)"
    r"(?:['’]s)?(?:[ \t]+[\w'’]+){1,3}[ \t]*:?[ \t]+$)"
)
_CONDITION_AFTER = re.compile(
    r"(?:['’]s)?[ \t]+(?i:disease|syndrome|palsy|disorder|sign|phenomenon|test|"
    r"criteria|score|scale)\b"
)
# "Remember me, Mary?", "Thanks, Priya!", "Asya's kid": a listed name as the one spoken
# to, or owning something.
VOCATIVE = re.compile(r"(?:,\s|\bat\s)([A-Z][a-z]+)(?=[?!:]|\s*$)|\b([A-Z][a-z]+)(?=['’]s\s+[a-z])")
# Every NAME_FIELD cue holds one of these as a whole token ("i'm called", "name's").
_FIELD_WORDS = frozenset(["name", "surname", "named", "called", "call"])


def _may_address(text: str) -> bool:
    """Whether VOCATIVE can match: it needs "?", "!", ":" or a possessive after its
    word, or the word last in the text (before spaces only)."""
    return any(c in text for c in ("?", "!", ":", "'s", "’s")) or text.rstrip()[-1:] in _ASCII_LOWER


_ASCII_LOWER = frozenset("abcdefghijklmnopqrstuvwxyz")
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
_SENTENCE_WORD = re.compile(
    r"(?:^|(?<=[.!?\n]\s)|(?<=[.!?]\s\s)|(?<=\n))([A-Z][a-z]{1,14})(?=[,:\s]|['’]s\s)"
)
_SENTENCE_WORD_FAST = AtOpenings(_SENTENCE_WORD)  # tried where a sentence opens
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
# "diagnosed at Stage Four", "seen at Grade 2": a disease's stage, not a place.
_STAGING = frozenset("stage grade level phase type cycle".split())
_CARE_PLACE = re.compile(
    r"\b(?:at|to|in|from|for|near)\s+(?:the\s+)?"
    r"((?:[A-Z][\w'’&-]*)(?:\s+(?:[A-Z][\w'’&-]*|of|and|&)){0,4}(?<![\s&]))"
)
_CARE_PLACE_FAST = AtWords(_CARE_PLACE, "at to in from for near".split())
_SENTENCE_END = re.compile(r"(?<!\bDr)(?<!\bMr)(?<!\bMs)(?<!\bSt)(?<!\bMrs)[.!?](?:\s|$)|\n")
_CONDITION_CLINIC = re.compile(r"\s+(?:clinic|service|team|unit|nurse|group|pathway)\b", re.I)
_TRAILING = re.compile(r"(?:\s+(?:of|and|&))+$")
# Care settings that name no place ("in A&E", "to the ER").
_CARE_SETTINGS = frozenset(
    [
        "A&E",
        "ER",
        "ED",
        "ICU",
        "ITU",
        "HDU",
        "AMU",
        "SDEC",
        "OPD",
        "MAU",
        "CCU",
        "NICU",
        "PICU",
        "OR",
        "OT",
        "GP",
        "UTC",
        "WIC",
    ]
)


# "Valley Children's", "Boston Children's", "Children's of Alabama": children's hospitals
# are named by a place before or after.
CHILDRENS = re.compile(
    r"\b((?:[A-Z][\w'’.]+\s+){1,2})Children['’]?s\b"
    r"|\bChildren['’]?s(?:\s+(?:Hospital|Health|Healthcare|Mercy|National|Medical Center))?"
    r"\s+of\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?"
)
# Words one of the patterns above needs, to skip it on texts without them.
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

    def find(self, text: str) -> Iterator[Span]:
        yield from contacts_extra.find(text, self.lex)
        yield from self._named_fields(text)
        words = token_set(text)
        if "royal" in words:
            yield from _spans(ROYAL, text, SpanType.PLACE, 0.8)
        for m in FIELD_PLACE.finditer(text) if ":" in text else ():
            kind = (
                SpanType.EMPLOYER if m.group(1).lower() in ("employer", "work") else SpanType.PLACE
            )
            yield Span(m.start(2), m.end(2), kind, Source.CONTEXT, 0.8, m.group(2))
        for m in GREETING.finditer(text) if not _GREETING_WORDS.isdisjoint(words) else ():
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
            if self.lex.flags.get(m.group(1).lower(), 0) & FIRST:
                yield Span(m.start(), m.end(), SpanType.NAME, Source.CONTEXT, 0.8, m.group())
        if not text.isascii():
            yield from self._other_script(text)
            yield from self._non_latin_names(text)
        yield from self._sentence_start_names(text)
        yield from names_guess.opening_towns(text, self.lex)
        yield from names_shapes.find(text, self.lex, words)
        yield from self._lower_after_cue(text)
        if "children" in words or "childrens" in words:
            for m in CHILDRENS.finditer(text):
                first = (m.group(1) or "x").split()[0].lower()
                if first not in FUNCTION and first not in CLOSED_CLASS:
                    yield Span(m.start(), m.end(), SpanType.PLACE, Source.CONTEXT, 0.8, m.group())
        if not _PREFIX_WORDS.isdisjoint(words):
            yield from _spans(PREFIX_INSTITUTION, text, SpanType.PLACE, 0.8)
        yield from self._capital_after_cue(text)
        yield from self._care_places(text)

    def _other_script(self, text: str) -> Iterator[Span]:
        if text.isascii() or _OTHER_SCRIPT.search(text) is None:
            return
        if len(_LATIN.findall(text)) < 20:
            return
        for m in _OTHER_SCRIPT.finditer(text):
            yield Span(
                m.start(),
                m.end(),
                SpanType.NAME,
                Source.UNKNOWN_WORD,
                0.6,
                m.group(),
                uncertain=True,
            )

    def _non_latin_names(self, text: str) -> Iterator[Span]:
        """Names from the per-locale lists in posts written in other scripts: a listed
        word ("Анна"), or in Chinese and Japanese, a listed surname then given name."""
        flags = self.lex.flags
        for m in _OTHER_SCRIPT.finditer(text):
            run = m.group()
            if _HAN.match(run):
                yield from self._han_names(run, m.start())
                continue
            if flags.get(fold_term(run), 0) & (FIRST | LAST):  # a word with its marks
                yield Span(m.start(), m.end(), SpanType.NAME, Source.LEXICON, 0.7, run)
                continue
            for w in _NON_LATIN_WORD.finditer(run):
                if flags.get(fold_term(w.group()), 0) & (FIRST | LAST):
                    start = m.start() + w.start()
                    yield Span(
                        start, start + len(w.group()), SpanType.NAME, Source.LEXICON, 0.7, w.group()
                    )

    def _han_names(self, run: str, offset: int) -> Iterator[Span]:
        flags = self.lex.flags
        i = 0
        while i < len(run):
            found = 0
            for sl in (2, 1):
                if flags.get(run[i : i + sl], 0) & LAST:
                    for gl in (2, 1):
                        given = run[i + sl : i + sl + gl]
                        if len(given) == gl and flags.get(given, 0) & FIRST:
                            found = sl + gl
                            break
                if found:
                    break
            if found:
                yield Span(
                    offset + i,
                    offset + i + found,
                    SpanType.NAME,
                    Source.LEXICON,
                    0.6,
                    run[i : i + found],
                    uncertain=True,
                )
                i += found
            else:
                i += 1

    def _sentence_start_names(self, text: str) -> Iterator[Span]:
        flags, zipf = self.lex.flags, self.lex.zipf
        for m in _SENTENCE_WORD_FAST.finditer(text):
            key = m.group(1).lower()
            f = flags.get(key, 0)
            if (
                f & MEDICAL
                or key in CLOSED_CLASS
                or key in FUNCTION
                or key in CALENDAR
                or key in _NOT_SPEAKER
            ):
                continue
            listed = f & FIRST and zipf.get(key, 0.0) < 5.0
            unknown = names_guess.unlisted_here(key, f, zipf.get(key, 0.0), text, *m.span(1))
            if (
                listed
                and (_AFTER_NAME.match(text, m.end(1)) or _AFTER_LISTED.match(text, m.end(1)))
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

    def _named_fields(self, text: str) -> Iterator[Span]:
        """ "Name: Toshimi Arata", "her maiden name is Clark", "she named him Frank",
        "Remember me, Mary?", "Asya's kid"."""
        flags, zipf = self.lex.flags, self.lex.zipf
        for m in NAME_FIELD.finditer(text) if may_hold(text, _FIELD_WORDS) else ():
            words = m.group(1).split()
            if words[0].lower() in FUNCTION or words[0].lower() in CLOSED_CLASS:
                continue
            if any(c.isdigit() for c in words[0]):
                continue  # "a marker named CA-125": no one's name
            source = Source.CONTEXT
            if self._medical_word(words[0]):
                if self._thing_named(text, m.start(1)):
                    continue  # "a drug named Ozempic", "named Addison's disease"
                source = Source.PATTERN  # "a baby named Addison": the cue outweighs lists
            yield Span(m.start(1), m.end(1), SpanType.NAME, source, 0.85, m.group(1))
        for m in NAME_CALLED.finditer(text):
            word = m.group(2).split()[0]
            if m.group(1).lower() in _PHONE_SUBJECT or word.lower() in FUNCTION:
                continue  # "I called Boots": the telephone, left to the other finders
            if not self._medical_word(word) or self._thing_named(text, m.start(2)):
                continue  # an ordinary name here is found by the other finders, as before
            yield Span(m.start(2), m.end(2), SpanType.NAME, Source.PATTERN, 0.85, m.group(2))
        for m in VOCATIVE.finditer(text) if _may_address(text) else ():
            g = 1 if m.group(1) else 2
            key = m.group(g).lower()
            if (
                flags.get(key, 0) & (FIRST | LAST)
                and zipf.get(key, 0.0) < 5.0
                and key not in CALENDAR
                and not flags.get(key, 0) & MEDICAL
            ):
                yield Span(
                    m.start(g),
                    m.end(g),
                    SpanType.NAME,
                    Source.CONTEXT,
                    0.7,
                    m.group(g),
                    uncertain=True,
                )

    def _medical_word(self, word: str) -> bool:
        key = word.lower()
        flags = self.lex.flags
        return bool(
            (flags.get(key, 0) | flags.get(re.sub(r"['’]s$", "", key), 0)) & (MEDICAL | DRUG)
        )

    def _thing_named(self, text: str, start: int) -> bool:
        """After "named"/"called" a capitalised word is a name whatever lists hold it
        ("a baby named Addison"), unless a thing is being named ("a drug called
        Ozempic") or a condition noun follows ("called Addison's disease")."""
        end = start + len(text[start:].split(None, 1)[0].rstrip(".,;:!?)"))
        return bool(
            _CONDITION_AFTER.match(text, end)
            or _THING_BEFORE.search(text, max(0, start - 40), start)
        )

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
                    and word not in _AFTER_TITLE
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

    def _care_places(self, text: str) -> Iterator[Span]:
        if not _has_care(text):
            return
        flags = self.lex.flags
        for m in _CARE_PLACE_FAST.finditer(text):
            phrase = m.group(1)
            first = phrase.split()[0]
            key = first.lower().rstrip("'’s")
            if (
                key in FUNCTION
                or key in CALENDAR
                or flags.get(key, 0) & MEDICAL
                or key in CLOSED_CLASS
                or key in KIN
                or key in _STAGING
                or first in ("I", "A")
            ):
                continue
            if first.isupper() and len(first) <= 3 and "&" not in first:
                continue  # "at A&E" is caught above; "at GH" by the name finder
            phrase = _TRAILING.sub("", phrase)
            if phrase.upper() in _CARE_SETTINGS:
                continue
            if flags.get(phrase.split()[-1].lower(), 0) & MEDICAL and _CONDITION_CLINIC.match(
                text, m.start(1) + len(phrase)
            ):
                continue  # "the Long Covid clinic": a condition's clinic, no place's name
            before = _SENTENCE_END.split(text[max(0, m.start() - 60) : m.start()])[-1]
            after = re.split(r"[.!?\n]", text[m.end() : m.end() + 25])[0]
            if not (_has_care(before) or _has_care(after)):
                continue
            end = m.start(1) + len(phrase)
            yield Span(
                m.start(1),
                end,
                SpanType.PLACE,
                Source.CONTEXT,
                0.6,
                text[m.start(1) : end],
                uncertain=True,
            )


def _has_care(text: str) -> bool:
    """Whether the words are about care (a hospital, a scan, a doctor)."""
    return not _CARE_WORDS.isdisjoint(_CARE_TOKEN.findall(text.lower()))


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
