"""People named by a cue so plain that no later filter should undo it, found last.

The earlier finders guess names from lists and capitals, and later passes drop a guess
that is also a medical abbreviation ("Ed" is ED), an ordinary word ("Aunty Mere"), a
kin word ("my mate Tia") or a word in a script the patterns skip ("my husband Bảo").
Where the cue is the writer saying who the person is, the word after it is a name
whatever else it could be: "my son Ed", "Son, Ed, was updated", "Aunty Mere", "our dog
Biscuit", "Cadi the cat", "Nurse T. dressed", "Dr. med. Vogelsang", a quoted speaker
("Hope added:") and a handle after "Quote from". These run after detection has settled
(from ``names_mentions.spread``, so every other mention follows), and only add a span
where none lies. Each cue is looked up in the shared token table, not tried at every
word.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from app.redact.lexicon import COUNTRY, DRUG, FIRST, LAST, MEDICAL, PLACE, Lexicon
from app.redact.names_context import CALENDAR
from app.redact.names_cues import CLOSED_CLASS, FUNCTION, KIN, LANGUAGES, NOT_NAMES, TITLES
from app.redact.names_lower import VERB_AFTER
from app.redact.sentences import OPENING
from app.redact.spans import Source, Span, SpanType
from app.redact.windows_tokens import _tokens

# Animals people name; "our dog Biscuit", "Cadi the cat".
PETS = frozenset(
    """dog dogs cat cats puppy pup kitten pony horse rabbit bunny hamster budgie parrot
    tortoise guinea""".split()
)
# Family titles written before a name without "my": "Aunty Mere", "Kuya Arnel".
_FAMILY_TITLES = frozenset(
    """aunty auntie aunt uncle nana nanna nan gran granny grandma grandad grandpa cousin
    kuya ate tita tito tía tío tia tio primo prima abuela abuelo""".split()
)
# Forum shorthand for family ("my DH Dev", "my SIL Priya") and carers' roles ("nurse
# practitioner Amy", "health visitor Lorna"): cues after "my"/"our" only.
_ROLES = frozenset(
    """dh ds dd dp dw mil fil sil bil oh practitioner worker visitor assistant
    receptionist paramedic doula childminder babysitter cleaner physiotherapist ot hca
    sw""".split()
)
# Words a name may follow: kin, carers and pets (each looked up once per text).
_AFTER_CUES = KIN | PETS | _ROLES
# Titles before an initial: "Nurse T. dressed", "Dr K. said".
_INITIAL_TITLES = frozenset("nurse sister dr doctor mr mrs ms miss coach sr".split())
_SPEAKING = frozenset("added replied wrote said asked commented posted answered responded".split())
_HANDLE_CUES = frozenset("quote quoting replying wrote".split())
# A speaker before a colon and a quotation mark, at a line start or after a quotation.
_SPEAKER_QUOTE = re.compile(
    r"(?:^|(?<=\n)|(?<=[\"”]))[ \t>]*([A-Z][^\W\d_'’-]*(?:-[^\W\d_]+)*)\s*:\s*[\"“]"
)
# Words said to someone named just before a comma at a sentence's opening.
_ADDRESSED = frozenset(
    """can could would please bring call text ring get grab pick send you your thanks
    thank are have did do dont don""".split()
)
# After a comma, the sentence asks the one named ("can you", "your boss"), not the
# forum ("can anyone", "has someone").
_TO_YOU = re.compile(r"[^.!?\n]*?\b(?:you|your|u|ya)\b", re.IGNORECASE)
_TO_ALL = re.compile(
    r"[^.!?\n]*?\b(?:anyone|anybody|someone|somebody|everyone|everybody|all|y'all)\b",
    re.IGNORECASE,
)
_VOCATIVE = re.compile(r"(?:^|(?<=[.!?]\s)|(?<=\n)|(?<=[.!?]\s\s))([A-Z][^\W\d_'’-]*),\s+$")
# "Will" before a word no modal verb stands before: "Will can take you", "Will is off";
# an owned "Will" is a legal one ("Dad's Will was read", "my living Will is done").
_WILL_OWNED = re.compile(
    r"(?:['’]s|\b(?:[Mm]y|[Hh]is|[Hh]er|[Tt]heir|[Oo]ur|[Yy]our|[Tt]he|[Aa]|[Ll]iving))\s+$"
)
_WILL_DOING = re.compile(
    r"Will\s+(?:can|could|would|should|might|must|is|was|has|had|said|says|texted|rang|"
    r"drove|took|reckons)\b"
)
# The speaker named after a quotation: '..." says Becker.', '! said Maslin to'.
_ATTRIBUTING = frozenset("says said adds added asks asked".split())
_ATTRIBUTED = re.compile(r"\s+([A-Z][^\W\d_'’-]+(?:\s+[A-Z][^\W\d_'’-]+)?)(?=[\s.,;!?]|$)")
_QUOTE_BEFORE = re.compile(r"[\"”!?],?\s+$")

# A name: a capital, then letters of any script, maybe hyphenated ("Hyun-woo").
_NAME = re.compile(r"[^\W\d_][^\W\d_'’]*(?:-[^\W\d_]+)*")
_POSSESSIVE = re.compile(
    r"\b(?:[Mm]y|[Oo]ur|[Hh]is|[Hh]er|[Tt]heir|[Yy]our)\s+(?:[\w'’]+\s+){0,2}"
    r"(?:co-|step-|ex-)?$"
)
_ROLE_BEFORE = re.compile(r"\b(?:[Nn]urse|[Ss]ocial|[Hh]ealth|[Cc]are|[Ss]upport)\s+$")
_GAP = re.compile(r",?\s*(?<=[\s,])")
_IS_GAP = re.compile(r"\s+is\s+")
_PAUSE = re.compile(r"\s*(?:[,.;!?]|$)")
_AFTER_NAME = re.compile(r"(?:[\s,.;:!?)]|['’]s\b|$)")
_INITIAL = re.compile(r"\s+([A-Z]\.)(?=\s+[a-z])")
# "Dr. med. Huber", "Dr. med. dent. Lang": the German doctor's degree between.
_DR_BEFORE = re.compile(r"\b[Dd]r\.?\s+$")
_MED_AFTER = re.compile(r"med\.\s+(?:dent\.\s+|univ\.\s+)?([A-ZÄÖÜ][^\W\d_'’-]*(?:-[^\W\d_]+)*)")
_SPEAKER = re.compile(r"(?:^|\n)[ \t>]*([^\W\d_][^\W\d_'’-]*)\s+$")
_HANDLE_AFTER = re.compile(r"(?:\s+from)?\s+([a-z][a-z0-9_.]{2,}[a-z0-9])(?=[\s:,])")
_HANDLE_WROTE = re.compile(r"(?:^|\n)[ \t>]*([a-z][a-z0-9_.]{2,}[a-z0-9])\s+$")


# Two people opening a sentence and doing something together: "Priya and Sam were".
_PAIR_DOING = frozenset("were are have had went came said both".split())
_PAIR_BEFORE = re.compile(
    r"(?:^|(?<=[.!?]\s)|(?<=\n))([A-Z][^\W\d_'’-]+) and ([A-Z][^\W\d_'’-]+) $"
)
_ALL_CUES = (
    _AFTER_CUES
    | _INITIAL_TITLES
    | _SPEAKING
    | _HANDLE_CUES
    | _ADDRESSED
    | _ATTRIBUTING
    | _PAIR_DOING
)


def add(spans: list[Span], text: str, lex: Lexicon) -> list[Span]:
    """``spans`` plus a NAME or HANDLE at each plain cue where no span lies yet."""
    return add_where_free(spans, _find(text, lex))


def add_where_free(spans: list[Span], found: Iterable[Span]) -> list[Span]:
    """``spans`` plus each of ``found`` that no span touches, each place once."""
    new = [s for s in found if not any(o.start < s.end and s.start < o.end for o in spans)]
    if not new:
        return spans
    seen: set[tuple[int, int]] = set()
    kept = [s for s in new if (s.start, s.end) not in seen and not seen.add((s.start, s.end))]
    return sorted(spans + kept, key=lambda s: (s.start, s.end))


def _find(text: str, lex: Lexicon) -> Iterator[Span]:
    at = _tokens(text).at
    cues = _ALL_CUES.intersection(at)  # the text's words, not the list, are walked
    for word in cues & _AFTER_CUES:
        for pos in at.get(word, ()):
            yield from _after_kin(text, pos, word, lex)
    for pet in cues & PETS:
        for pos in at.get(pet, ()):
            yield from _before_pet(text, pos, pet, lex)
    for title in cues & _INITIAL_TITLES:
        for pos in at.get(title, ()):
            m = _INITIAL.match(text, _end_of_title(text, pos, title))
            if m is not None:
                yield _name(m.start(1), m.end(1), text)
    for pos in at.get("med", ()):
        m = _MED_AFTER.match(text, pos)
        if m is not None and _DR_BEFORE.search(text, max(0, pos - 6), pos):
            yield _name(m.start(1), m.end(1), text)
    for verb in cues & _SPEAKING:
        for pos in at.get(verb, ()):
            if text[pos + len(verb) : pos + len(verb) + 1] != ":":
                continue
            m = _SPEAKER.search(text, max(0, pos - 30), pos)
            if m is not None and _could_be(m.group(1), lex, speaker=True):
                yield _name(m.start(1), m.end(1), text)
    for cue in cues & _HANDLE_CUES:
        for pos in at.get(cue, ()):
            yield from _handles(text, pos, cue)
    if ':"' in text or ': "' in text or ":“" in text or ": “" in text:
        for m in _SPEAKER_QUOTE.finditer(text):  # 'Koppány: "Who are you?"'
            if _speaker_named(m.group(1), lex):
                yield _name(m.start(1), m.end(1), text)
    for word in cues & _ADDRESSED:
        for pos in at.get(word, ()):
            m = _VOCATIVE.search(text, max(0, pos - 24), pos)
            if m is not None and _addressed(m.group(1), text, m.end(), lex):
                yield _name(m.start(1), m.end(1), text)  # "Cora, can I borrow"
    for pos in at.get("will", ()):
        m = _WILL_DOING.match(text, pos)
        if m is not None and not _WILL_OWNED.search(text, max(0, pos - 12), pos):
            yield _name(pos, pos + 4, text)  # "Will can take you": no verb before "can"
    yield from _children_with_ages(text, lex)
    for verb in cues & _PAIR_DOING:
        for pos in at[verb]:
            m = _PAIR_BEFORE.search(text, max(0, pos - 40), pos)
            if m is not None and all(_paired(m.group(i), lex) for i in (1, 2)):
                yield _name(m.start(1), m.end(1), text)  # "Marrero and Murphy were"
                yield _name(m.start(2), m.end(2), text)
    for verb in cues & _ATTRIBUTING:
        for pos in at.get(verb, ()):
            m = _ATTRIBUTED.match(text, pos + len(verb))
            if m is not None and _QUOTE_BEFORE.search(text, max(0, pos - 4), pos):
                if _could_be(m.group(1).split()[0], lex, speaker=True):
                    yield _name(m.start(1), m.end(1), text)  # '..." says Becker.'


def _after_kin(text: str, pos: int, word: str, lex: Lexicon) -> Iterator[Span]:
    end = pos + len(word)
    if text[pos:end].lower() != word:
        return
    comma = text[end : end + 1] == ","
    named_is = _IS_GAP.match(text, end)
    gap = named_is or _GAP.match(text, end)
    if gap is None or not text[gap.end() : gap.end() + 1].isupper():
        return  # most kin words have no capital after them: "my mum said"
    m = _NAME.match(text, gap.end())
    if m is None or not _AFTER_NAME.match(text, m.end()):
        return
    before = text[max(0, pos - 40) : pos]
    owned = _POSSESSIVE.search(before) or word in _ROLES and _ROLE_BEFORE.search(before)
    if word in _ROLES and not owned:
        return  # "Oh Dear", "DD Form": the shorthand names kin only after "my"
    if named_is:  # "physio is Hyun-woo, hes mean": a name and a pause after it
        if not _PAUSE.match(text, m.end()):
            return
    elif owned:
        pass  # "my son Ed", "our dog Biscuit", "my co-carer Jun-Jun"
    elif word in _FAMILY_TITLES and text[pos].isupper() and not comma:
        pass  # "Aunty Mere"
    elif comma and text[pos].isupper() and OPENING.search(before):
        if text[m.end() : m.end() + 1] != ",":
            return  # "Son, Ed, was updated": the name between two commas
    else:
        return
    if word in _ROLES and text[pos:end].isupper() and not _rare_or_listed(m.group(), lex):
        return  # "my OH Referral": after forum shorthand, an everyday word is no name
    if _could_be(m.group(), lex, titled=word in _FAMILY_TITLES or word in PETS):
        yield _name(m.start(), m.end(), text)


_BEFORE_PET = re.compile(r"(?<![\w'’-])([^\W\d_][^\W\d_'’-]*)\s+(?:the|our|my)\s+$")


def _before_pet(text: str, pos: int, pet: str, lex: Lexicon) -> Iterator[Span]:
    """ "Cadi the cat was sick", "Rolo our dog": the name just before."""
    m = _BEFORE_PET.search(text, max(0, pos - 30), pos)
    if m is None or not m.group(1)[0].isupper():
        return
    word = m.group(1)
    if word.lower().endswith(("ed", "ing")) or not _could_be(word, lex):
        return  # "Walked the dog", "Feeding the cat"
    if not _listed(word, lex) and not VERB_AFTER.match(text, pos + len(pet)):
        return  # "Spay the cat", "Groom the dog": a verb before, unless the pet does something
    yield _name(m.start(1), m.end(1), text)


# A given name and an age in a list of children: "(Ava 7, Leo 4)", "Mia 9 and Tom 6".
_NAME_BEFORE_AGE = re.compile(r"(?<![\w'’-])([A-Z][a-z]{1,14}) $")
_AGE_HERE = re.compile(r"\d{1,2}\b(?![.,/:]\d|\s*(?:mg|mcg|ml|units?|%|kg|lbs?|iu|g)\b)")
_LIST_JOIN = re.compile(r"\s*(?:,|and|&)\s*(?:and\s+)?$")


def _children_with_ages(text: str, lex: Lexicon) -> Iterator[Span]:
    """Two or more listed given names, each with an age after it, in one list: a
    family's children. A drug with its dose ("Humira 40, Stelara 90") or a stage and its
    number ("Stage 3, Grade 2") is no listed given name."""
    digits = _tokens(text).digits
    if len(digits) < 2:
        return
    pairs: list[tuple[int, int, int]] = []  # the name's start and end, the age's end
    for pos in digits:
        if text[pos - 1 : pos] == " ":
            m = _NAME_BEFORE_AGE.search(text, max(0, pos - 17), pos)
            age = m and _AGE_HERE.match(text, pos)
            if m is not None and age:
                pairs.append((m.start(1), m.end(1), age.end()))
    run: list[tuple[int, int, int]] = []
    for pair in [*pairs, None]:
        if pair is not None and run and _LIST_JOIN.match(text[run[-1][2] : pair[0]]):
            run.append(pair)
            continue
        if len(run) >= 2 and all(_child_name(text[a:b], lex) for a, b, _ in run):
            for a, b, _ in run:
                yield _name(a, b, text)
        run = [pair] if pair is not None else []


def _child_name(word: str, lex: Lexicon) -> bool:
    key = word.lower()
    flags = lex.flag(key)
    return bool(flags & FIRST) and not flags & (DRUG | MEDICAL) and _could_be(word, lex)


def _paired(word: str, lex: Lexicon) -> bool:
    """One of a pair of people: a listed name or surname, or a word no list knows;
    never kin, a day, a drug, a condition or a place ("Mum and Dad were", "Crohn's and
    Colitis are", "Monday and Tuesday were", "Georgia and Virginia have")."""
    key = word.lower()
    flags = lex.flag(key)
    if flags & (PLACE | COUNTRY) and not flags & LAST or not _could_be(word, lex, speaker=True):
        return False  # "Georgia and Virginia have": states; "Fowler" the surname stays
    if flags & (FIRST | LAST):
        return True
    return not flags and lex.zipf_of(key) < 3.0


def _listed(word: str, lex: Lexicon) -> bool:
    """A word the name lists hold and nothing rules out: "Cora, can I", never "Hiya,",
    "Welp," or "Postop," (no list holds an interjection)."""
    return bool(lex.flag(word.lower()) & (FIRST | LAST)) and _could_be(word, lex, speaker=True)


def _addressed(word: str, text: str, end: int, lex: Lexicon) -> bool:
    """A word before a comma at a sentence's opening that names whom the sentence asks:
    a listed name ("Cora, can I borrow"), or a word the frequency table does not know
    when the sentence asks "you" and not the forum ("Warrane, can I speak to your
    boss?"). An unlisted word the table knows is an everyday word or an interjection
    ("Hiya,", "Welp,"), and one before "can anyone"/"can someone" greets the forum
    ("Aiyo,", "Sjoe,"); "Postop, can I shower yet?" asks no one."""
    if _listed(word, lex):
        return True
    if lex.zipf_of(word.lower()) > 0.0 or not _could_be(word, lex, speaker=True):
        return False
    return _TO_YOU.match(text, end) is not None and _TO_ALL.match(text, end) is None


def _speaker_named(word: str, lex: Lexicon) -> bool:
    """A speaker before a colon and a quotation: a listed name, or a word the frequency
    table does not know at all ('Koppány: "Long."'); an everyday word there is a role
    or a kind of message ('Receptionist: "..."', 'Triage: "go to A&E"')."""
    if _listed(word, lex):
        return True
    return lex.zipf_of(word.lower()) == 0.0 and _could_be(word, lex, speaker=True)


def _rare_or_listed(word: str, lex: Lexicon) -> bool:
    return _listed(word, lex) or lex.zipf_of(word.lower()) < 3.0


def _end_of_title(text: str, pos: int, title: str) -> int:
    end = pos + len(title)
    return end + 1 if text[end : end + 1] == "." else end


def _handles(text: str, pos: int, cue: str) -> Iterator[Span]:
    if cue == "wrote":
        m = _HANDLE_WROTE.search(text, max(0, pos - 40), pos)
        if m is not None and text[pos + 5 : pos + 6] != ":":
            return
    else:
        m = _HANDLE_AFTER.match(text, pos + len(cue))
    if m is None:
        return
    handle = m.group(1)
    if any(c.isdigit() or c in "_." for c in handle) and not handle.replace(".", "").isdigit():
        yield Span(m.start(1), m.end(1), SpanType.HANDLE, Source.CONTEXT, 0.7, handle)


def _could_be(word: str, lex: Lexicon, *, titled: bool = False, speaker: bool = False) -> bool:
    """A word the cue may name: no function word, day, title, language, drug or lab
    abbreviation; an ordinary word only when listed as a name ("Hope added:"), or after
    a family title or a pet ("Aunty Mere", "our dog Biscuit")."""
    key = word.lower()
    if len(word) > 1 and word.isupper():
        return False  # "my GP MS", "my son UK": letters, not a name
    if (
        key in FUNCTION
        or key in CLOSED_CLASS
        or key in CALENDAR
        or key in LANGUAGES
        or key in NOT_NAMES
        or key in TITLES
        or key in PETS
    ):
        return False
    flags, zipf = lex.flag(key), lex.zipf_of(key)
    if flags & DRUG or flags & MEDICAL and not flags & FIRST:
        return False
    if key in KIN and not flags & FIRST:
        return False
    if flags & (FIRST | LAST):
        return zipf < 5.5
    if titled:  # "Aunty Mere", "Uncle Sydney": a town's name is a person's here
        return zipf < 5.0
    if flags & PLACE:
        return False
    return zipf < (3.5 if speaker else 4.0)


def _name(start: int, end: int, text: str) -> Span:
    return Span(start, end, SpanType.NAME, Source.CONTEXT, 0.7, text[start:end], uncertain=True)
