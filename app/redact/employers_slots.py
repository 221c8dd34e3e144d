"""Workplaces named by a large chain, and places named by the "X-based" shape.

A writer who works "on the tills at the Co-op" or "nights at Kroger" is as findable as
one who names a small firm: the chain plus the town leaves a few dozen people. The
capitalised-word net misses such names because lists explain them wrongly ("Boots",
"Countdown" and "Target" are ordinary words, "Coles" a surname) or because they are
written in lower case ("a double in dunnes"). So:

- a closed list of large chains and employers per region (``data/chains.txt``) is
  matched by its words; a name that is not an ordinary word is taken when it is
  written as the list writes it, unless a medicine follows it ("Lidl ibuprofen" is a
  product);
- an ordinary-word name ("~Boots" in the list), an acronym of three letters or fewer
  ("CVS", "TD": medicine uses such letters too) and any name in lower case count only
  in a slot where a workplace stands: after "work at", "shift at", "my manager at",
  "on the tills at", "agency shifts through", German "bei", or before "staff",
  "store", "head office";
- German firms by the words around "bei": "Chef bei Würth", "bei Stihl angestellt";
- "a Leeds-based firm": the word before "-based" is a place when the lexicon lists it
  as one or knows it as no word at all ("Evidence-based", "plant-based" stay).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache
from importlib import resources

from app.redact.employers_listed import cover_of
from app.redact.employers_visited import visited, work_cue_after
from app.redact.german import german_listed
from app.redact.lexicon import DICT_WORD, DRUG, FIRST, MEDICAL, PLACE, Lexicon
from app.redact.medical_tokens import may_end_with
from app.redact.names_context import CALENDAR
from app.redact.names_cues import CLOSED_CLASS, FUNCTION
from app.redact.spans import Source, Span, SpanType
from app.redact.windows_tokens import token_set

# Medical words this common are everyday words before a chain's name, no product of it.
_EVERYDAY_ZIPF = 4.8
_TOKEN = re.compile(r"\w[\w'’&-]*\w|\w|&")
# Words of working, then at most two more words, then the preposition, right before
# the name: "work at", "nights at", "my manager at", "on the tills at", "bei".
_SLOT_BEFORE = re.compile(
    r"(?:\b(?:work|works|worked|working|job|jobs|shift|shifts|nights?|days|lates|earlies|"
    r"doubles?|overtime|hours|placement|internship|apprenticeship|rotation|contract|"
    r"secondment|agency|manager|boss|supervisor|team\s+lead(?:er)?|colleagues?|"
    r"co-?workers?|workmates?|staff|lads|girls|hr|payroll|occ(?:upational)?\s+health|"
    r"union\s+rep|tills?|checkouts?|shelves|cashier|employed|hired|laid\s+off|let\s+go|"
    r"sacked|fired|retired|started|starting|transferred|transfer|promoted|been|back|"
    r"interview(?:ed)?|uniform|rota|underground|stacking|stack)"
    r"(?:\s+[\w'’-]+){0,2}?\s+(?:at|for|with|in|from|through|by|on)\s+"
    r"|\b(?:bei|beim|für|zu)\s+)(?:the\s+|a\s+|an\s+|der\s+|dem\s+|die\s+|den\s+)?$",
    re.IGNORECASE,
)
# The last word of each _SLOT_BEFORE phrase, and the articles that may follow it.
_SLOT_ENDS = ("at", "for", "with", "in", "from", "through", "by", "on", "bei", "beim", "für", "zu")
_ARTICLES = ("the", "a", "an", "der", "dem", "die", "den")
# A workplace by the word after it: "the Target staff", "Asda head office".
_SLOT_AFTER = re.compile(
    r"\s+(?:staff|store|branch|warehouse|depot|head\s+office|HQ|HR|call\s+cent(?:re|er)|"
    r"distribution\s+cent(?:re|er)|plant|factory|canteen|checkouts?|tills|shifts?|"
    r"uniform|rota|management|colleagues|supervisor|manager|interview|"
    r"(?:night|day|late|early|evening|morning|weekend|double)\s+shifts?|"
    # a job there: "Walmart cashier here", "Amazon driver", "Instacart shopper"
    r"cashiers?|drivers?|shoppers?|associates?|pickers?|packers?|couriers?|riders?|"
    r"employees?|workers?|clerks?|baristas?|stockers?|merchandisers?|team\s+members?|crew)\b",
    re.IGNORECASE,
)
# German workplaces by the words around "bei": "Chef bei Würth", "bei Stihl angestellt".
_DE_NAME = r"([A-ZÄÖÜ][\wäöüß&-]+(?: [A-ZÄÖÜ][\wäöüß&-]+)?)"
_DE_BEFORE = re.compile(
    r"\b(?:Chef|Chefin|Kollegen?|Kollegin(?:nen)?|Arbeitgeber|angestellt|beschäftigt|"
    r"Ausbildung|Ausbilder|Ausbilderin|Praktikum|Job|Stelle|Schichten|Schicht|Vertrag|Betriebsrat|"
    r"Personalabteilung|Betriebsärztin|Betriebsarzt|Teamleiter(?:in)?|"
    # session 25: "arbeite bei der Bahn", "Lokführer bei der Deutschen Bahn", "Shift bei
    # Pflegedienst Lebensfreude", "Wiedereingliederung beim Diakonischen Werk"
    r"arbeite|arbeitet|arbeiten|arbeitete|Lokführer(?:in)?|Shift|Schichtdienst|Minijob|"
    r"Nebenjob|Werkstudent(?:in)?|Azubi|Wiedereingliederung|ehrenamtlich|Ehrenamt|"
    r"engagiere\s+mich)"
    r"(?: [\wäöüß]+){0,2}? (?:bei|beim|bei der|bei den|für die|für den) "
    r"(?:Pflegedienst |Firma )?" + _DE_NAME
)
_DE_AFTER = re.compile(
    r"\b(?:bei|beim) (?:der |den |dem )?" + _DE_NAME + r",? (?:angestellt|beschäftigt|gearbeitet|"
    r"angefangen|gekündigt|Schichtdienst|"
    r"als\b|an der Kasse|im Lager|in der (?:Produktion|Montage|Verwaltung|Filiale|Pflege|"
    r"Logistik)|in Schicht|Schicht|im Schichtdienst|im Büro)"
)
_DE_ARTICLE_BEFORE = re.compile(r"\b(?:der|den|dem)\s+$")
_SUFFIXES = frozenset(
    ["plc", "ltd", "inc", "express", "extra", "local", "metro", "hyper"]
    + ["specialty", "speciality", "online", "rx"]  # "CVS Specialty", "Boots Online Doctor"
)
_FORMAT_AFTER = re.compile(
    r" (?:Express|Extra|Local|Metro|Hyper|Superstore|plc|PLC|Ltd|Specialty|Speciality|Online|"
    r"Rx|Mail\s+Order|Home\s+Delivery)\b"
)
_CARE_AFTER = re.compile(
    r"[ ](?:clinic|unit|ward|team|nurses?|service|department|dept|centre|center|consultant|"
    r"specialist|doctor|doc|infusion|suite|lab)\b"
)
_THE_BEFORE = re.compile(r"\b[Tt]he\s+$")
_ON_DRUG_BEFORE = re.compile(r"\b(?:back|been|started|starting|restarted)\s+on\s+$", re.I)
_WHERE_AFTER = re.compile(
    r"\s+(?:on|in|at|near|by|off)\s+(?:(?:the\s+)?(?-i:[A-Z0-9])|the\s+(?:mall|station|"
    r"hospital|high\s+street|shops|shopping\s+cent(?:re|er)|roundabout|library|park|beach|"
    r"airport|market|plaza|square|harbou?r|motorway|freeway|highway|interstate|exit)\b)"
)
_SENTENCE_START = re.compile(r"(?:^|[.!?:\n])\s*$")
# What a shop or an employer did to the writer, opening a sentence: "CVS messed up my
# refill", "walgreens lost my script", "home depot let me sit at the register".
_DID_TO_ME = re.compile(
    r"\s+(?:messed\s+up|screwed\s+up|lost|cancell?ed|refused|ran\s+out\s+of|charged|"
    r"won['’]?t\s+(?:give|let|fill|sell|order)|wouldn['’]?t\s+(?:give|let|fill|sell|order)|"
    r"(?:let|sent|rang|called|texted|emailed|hired|fired|sacked|paid|owes?)\s+me)\b",
    re.IGNORECASE,
)
_NEXT_WORD = re.compile(r"[\w'’-]+")
_ARTICLE_BEFORE = re.compile(r"\b(?:the|a|an)\s+$", re.IGNORECASE)
_BASED = re.compile(r"\b([A-Za-z][a-z]+(?:\s[A-Z][a-z]+)?)-based\b")


@cache
def _chains() -> tuple[dict[str, list[tuple[tuple[str, ...], str, bool]]], int]:
    """The chains by their first word's key: (the words' keys, the name as written,
    whether it needs a slot); and the longest name in words."""
    raw = resources.files("app.redact.data").joinpath("chains.txt").read_text("utf-8")
    index: dict[str, list[tuple[tuple[str, ...], str, bool]]] = {}
    longest = 1
    for line in raw.splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        slot = line.startswith("~")
        name = line.lstrip("~")
        words = tuple(_key(w) for w in _TOKEN.findall(name))
        short_acronym = len(words) == 1 and name.isupper() and len(name) <= 3
        index.setdefault(words[0], []).append((words, name, slot or short_acronym))
        longest = max(longest, len(words))
    for entries in index.values():
        entries.sort(key=lambda e: -len(e[0]))  # the longest name first
    return index, longest


def chain_prefix(words: list[str]) -> str | None:
    """The listed chain ``words`` open with, as the words joined by spaces, when the
    first word is a chain's whole name and no longer name runs on: "asda" of "asda ran
    over", not "pak n save" or "home depot"; None when the first word is no whole name."""
    index, _ = _chains()
    entries = index.get(_key(words[0])) or []
    if not any(len(w) == 1 for w, _, _ in entries):
        return None
    keys = [_key(w) for w in words]
    for chain, _, _ in entries:  # the longest first
        if tuple(keys[: len(chain)]) == chain:
            return " ".join(words[: len(chain)])
    return words[0]


_PIECE = re.compile(r"[^\W_]+")


@cache
def _chain_pieces() -> dict[str, list[tuple[frozenset[str], tuple[str, ...]]]]:
    """Each chain's words cut into the runs of letters and digits the shared token table
    holds ("co-op" is "co" and "op"), by the first run: (all its runs, its words that
    hold another character, such as "m&s"); an empty key if some name has no run."""
    out: dict[str, list[tuple[frozenset[str], tuple[str, ...]]]] = {}
    for entries in _chains()[0].values():
        for words, _, _ in entries:
            pieces = [p for w in words for p in _PIECE.findall(w)]
            marked = tuple(w for w in words if not w.isalnum())
            out.setdefault(pieces[0] if pieces else "", []).append((frozenset(pieces), marked))
    return out


def _may_name_a_chain(text: str) -> bool:
    """False only where no chain's name can be matched: where every letter and digit
    is ASCII, each word of a matched name (or it with "'s") is a token of the lower-case
    copy ("’" as "'"), so its runs of letters and digits are tokens of the shared table
    and the word itself is in that copy. Most texts hold a chain's first word ("next",
    "s" of "M&S") but not all of its words ("&"). A text with a letter or a digit
    beyond ASCII is always read (a character that is neither stays one in lower case,
    and beyond ASCII)."""
    by_first = _chain_pieces()
    if "" in by_first or not text.isascii() and _WORD_BEYOND_ASCII.search(text):
        return True
    at = token_set(text)
    low = ""
    for first in by_first.keys() & at:
        for pieces, marked in by_first[first]:
            if at >= pieces:  # every run a token of the text
                if not marked:
                    return True
                low = low or text.lower().replace("’", "'")
                if all(w in low for w in marked):
                    return True
    return False


_WORD_BEYOND_ASCII = re.compile(r"[^\W\x00-\x7f]")


def _key(word: str) -> str:
    return word.lower().replace("’", "'")


_SPAN = re.Match.span


def _keys_and_spans(text: str) -> tuple[list[str], list[tuple[int, int]]]:
    """Each token's ``_key``, and its (start, end). Lower case keeps every offset and
    every token's edges unless the text holds "İ" (the one letter whose lower case is
    two characters; no letter's lower case is another kind of character), so the tokens
    are read from one lower-case copy, with "’" as "'", instead of one word at a time,
    and both lists are made in C (``findall``, ``map``), not a Python step per token."""
    low = text.lower()
    if len(low) != len(text):
        found = list(_TOKEN.finditer(text))
        return [_key(m.group()) for m in found], [m.span() for m in found]
    low = low.replace("’", "'")
    return _TOKEN.findall(low), list(map(_SPAN, _TOKEN.finditer(low)))


@cache
def _first_keys() -> frozenset[str]:
    """The keys a chain's name can open with: each first word, and it with "'s" (what
    ``index.get(_bare(key))`` finds)."""
    index = _chains()[0]
    return frozenset(index) | frozenset(k + "'s" for k in index)


def _bare(key: str) -> str:
    """ "tesco's" is "tesco": a possessive is no part of the name."""
    return key[:-2] if key.endswith("'s") else key


class ChainFinder:
    """Chains in the text, and "X-based" places; built once per lexicon."""

    def __init__(self, lexicon: Lexicon) -> None:
        self.lex = lexicon

    def find(self, text: str) -> Iterator[Span]:
        if _may_name_a_chain(text):
            yield from self._chain_spans(text)
        if "-based" in text:
            yield from self._based(text)
        if " bei" in text:
            yield from self._german(text)
        if "-" in text:
            yield from _compounds(text)

    def _chain_spans(self, text: str) -> Iterator[Span]:
        index, longest = _chains()
        keys, spans = _keys_and_spans(text)
        # only a token that opens some chain's name can start one: the rest are skipped
        # in one pass instead of a lookup call each
        first_keys = _first_keys()
        if first_keys.isdisjoint(keys):
            return
        firsts = [j for j, key in enumerate(keys) if key in first_keys]
        i = 0
        for first in firsts:
            if first < i:
                continue  # inside the chain just taken
            i = first
            hits = list(self._matches(keys, spans, i, index, longest))
            if not hits:
                i += 1
                continue
            counted = self._counted(text, spans, i, hits)
            if counted is None:
                i += hits[0][0]
                continue
            n, start, end = counted
            n += self._branch(text, keys, spans, i + n)
            end = max(end, spans[i + n - 1][1])
            yield Span(
                start, end, SpanType.EMPLOYER, Source.CONTEXT, 0.7, text[start:end], uncertain=True
            )
            i += n

    def _counted(
        self, text: str, spans: list[tuple[int, int]], i: int, hits: list[tuple[int, str, bool]]
    ) -> tuple[int, int, int] | None:
        """The longest chain name at token ``i`` that counts, as (its words, start, end):
        a longer one written in other capitals ("the Kroger pharmacy" of "Kroger
        Pharmacy") may not count where the shorter one does."""
        for n, name, slot_only in hits:
            start, end = spans[i][0], spans[i + n - 1][1]
            if text[end - 2 : end].lower() in ("'s", "’s") and not name.lower().endswith("'s"):
                end -= 2
            if self._counts(text, start, end, name, slot_only):
                return n, start, end
        return None

    @staticmethod
    def _matches(
        keys: list[str],
        spans: list[tuple[int, int]],
        i: int,
        index: dict[str, list[tuple[tuple[str, ...], str, bool]]],
        longest: int,
    ) -> Iterator[tuple[int, str, bool]]:
        """The chain names starting at token ``i``, the longest first."""
        first = keys[i]
        entries = index.get(first) or index.get(_bare(first))
        if not entries:
            return
        ahead = keys[i : i + longest]
        for words, name, slot in entries:
            n = len(words)
            if len(ahead) < n:
                continue
            got = ahead[:n]
            if tuple(got[:-1]) == words[:-1] and words[-1] in (got[-1], _bare(got[-1])):
                # the words must run on with single spaces, not over a line or a comma
                if all(spans[i + j + 1][0] - spans[i + j][1] == 1 for j in range(n - 1)):
                    yield n, name, slot

    def _counts(self, text: str, start: int, end: int, name: str, slot_only: bool) -> bool:
        """Whether this mention of a chain is a workplace to redact."""
        written = text[start:end]
        as_listed = _as_listed(written, name)
        if written in _FORCES and _in_service(text, start, end):
            return True  # "who's ADF, based at Stirling": a service, not only at work
        if as_listed and not slot_only and not self._medicine_after(text, end):
            return True
        if as_listed and _FORMAT_AFTER.match(text, end):
            return True  # "Coles Express", "Tesco Extra": the chain by its store format
        if as_listed and slot_only and visited(text, start, end, self.lex.flags):
            return True
        if as_listed and cover_of(text, start, end):
            return True  # "Vitality health insurance", "on the Unite plan": the firm's
        if not as_listed and slot_only and _ARTICLE_BEFORE.search(text, max(0, start - 5), start):
            return False  # "a shift at the warehouse", "nights at the depot": a common noun
        if not as_listed and name.startswith("The "):
            return False
        # an ordinary word in lower case opening a sentence is that word: "three won't let me"
        low = written.lower()
        ordinary = not as_listed and (
            bool(self.lex.flags.get(low, 0) & DICT_WORD) or self.lex.zipf_of(low) >= 4.0
        )
        return self._in_slot(text, start, end, did_to_me=not ordinary)

    def _branch(self, text: str, keys: list[str], spans: list[tuple[int, int]], j: int) -> int:
        """How many words after a chain name its branch or format ("Tesco Express",
        "Pick n Pay Hyper", "Bell MTS", "Next plc"): at most two capitalised words
        that are no day, function word or medicine, or a company suffix."""
        taken = 0
        while taken < 2 and j + taken < len(keys):
            start, stop = spans[j + taken]
            if start - spans[j + taken - 1][1] != 1:
                break
            word = text[start:stop]
            key = keys[j + taken]
            if key in _SUFFIXES:
                taken += 1
                continue
            if not word[:1].isupper() or word == "I":
                break
            if key in FUNCTION or key in CLOSED_CLASS or key in CALENDAR:
                break
            if self.lex.flags.get(key, 0) & (MEDICAL | DRUG):
                break
            if _CARE_AFTER.match(text, stop):
                break  # "the Ochsner MS clinic": a specialty, named before its clinic
            taken += 1
        return taken

    @staticmethod
    def _in_slot(text: str, start: int, end: int, *, did_to_me: bool = True) -> bool:
        lo = max(0, start - 48)
        if _ON_DRUG_BEFORE.search(text, lo, start):
            return False  # "back on IGA", "started on IGA": a treatment taken again
        if may_end_with(text, lo, start, _SLOT_ENDS, _ARTICLES) and _SLOT_BEFORE.search(
            text, lo, start
        ):
            return True
        if _SLOT_AFTER.match(text, end) is not None or work_cue_after(text, end):
            return True
        if (
            did_to_me
            and _DID_TO_ME.match(text, end)
            and _SENTENCE_START.search(text, max(0, start - 4), start)
        ):
            return True  # "walgreens lost my Xarelto script", "home depot let me sit"
        # a branch visited, by where it stands: "the Boots on the High St", "the CVS on
        # Route 9", "the Next in Leeds", "Shoppers on Whyte Ave said" (opening its
        # sentence); "Target on Monday" is a day's plan, no branch
        where = _WHERE_AFTER.match(text, end)
        if where is None:
            return False
        if _THE_BEFORE.search(text, max(0, start - 5), start) is not None:
            return True
        after = _NEXT_WORD.match(text, where.end() - 1)
        return (
            _SENTENCE_START.search(text, max(0, start - 4), start) is not None
            and after is not None
            and after.group().lower() not in CALENDAR
        )

    def _medicine_after(self, text: str, end: int) -> bool:
        """ "Lidl ibuprofen", "Walgreens brand melatonin": the chain's own product."""
        m = re.match(r"\s+([A-Za-z][\w-]+)", text[end : end + 40])
        if not m:
            return False
        word = m.group(1).lower()
        if word in ("brand", "own-brand", "generic"):
            return True
        flag = self.lex.flags.get(word, 0)
        # the medical lists hold everyday words too ("or", "home", "unit": OR, home
        # oxygen, units of insulin): "Thyrocare home collection" is the firm's service
        return bool(flag & DRUG) or (
            bool(flag & MEDICAL) and self.lex.zipf_of(word) < _EVERYDAY_ZIPF
        )

    def _german(self, text: str) -> Iterator[Span]:
        """A firm after "bei" where the words around say it is where one works; the
        German word list holds firms' names too, so only the slot can tell them from
        "bei Regen", "bei Bedarf"."""
        for regex in (_DE_BEFORE, _DE_AFTER):
            for m in regex.finditer(text):
                words = m.group(1).split()
                if len(words) == 1 and self._german_noun_slot(text, m.start(1), regex):
                    continue
                if any(
                    w.lower() in CALENDAR
                    or self.lex.flags.get(w.lower(), 0) & (MEDICAL | DRUG | FIRST)
                    for w in words
                ):
                    continue
                yield Span(
                    m.start(1),
                    m.end(1),
                    SpanType.EMPLOYER,
                    Source.CONTEXT,
                    0.6,
                    m.group(1),
                    uncertain=True,
                )

    @staticmethod
    def _german_noun_slot(text: str, start: int, regex: re.Pattern[str]) -> bool:
        """An ordinary German noun where a firm's name could stand: "Schichten bei Bedarf"
        (a job's words, "bei" and no article), "bei der Arbeit im Lager" (the words of
        a place of work after it, and an article); not "Pflegedienst Lebensfreude"."""
        word = text[start:].split(None, 1)[0]
        if not german_listed(word) or text.endswith(("Pflegedienst ", "Firma "), 0, start):
            return False
        article = _DE_ARTICLE_BEFORE.search(text, max(0, start - 4), start) is not None
        return not article if regex is _DE_BEFORE else article

    def _based(self, text: str) -> Iterator[Span]:
        for m in _BASED.finditer(text):
            words = m.group(1).split()
            flags = [self.lex.flags.get(w.lower(), 0) for w in words]
            known_place = all(f & PLACE and not f & DICT_WORD for f in flags)
            unknown = all(
                w[0].isupper()
                and not f & (DICT_WORD | MEDICAL | DRUG | FIRST)
                and self.lex.zipf.get(w.lower(), 0.0) < 3.0
                for w, f in zip(words, flags, strict=True)
            )
            if known_place or unknown:
                yield Span(
                    m.start(1),
                    m.end(1),
                    SpanType.PLACE,
                    Source.CONTEXT,
                    0.6,
                    m.group(1),
                    uncertain=True,
                )


# A German compound led by a firm's name and ending in a workplace's, a member's or a
# letter's word: "Bundeswehr-Kaserne", "AOK-Geschäftsstelle", "DHL-Fahrer"; not a
# product ("Aldi-Magnesium", "Siemens-Hörgerät").
_COMPOUND = re.compile(
    r"(?<![\w-])([A-ZÄÖÜ][\w&]+)-(?=(?:Kaserne|Geschäftsstelle|Filiale|Mitarbeiter|Mitarbeiterin|"
    r"Mitarbeitende|Versicherte|Versicherter|Versicherten|Mitglied|Mitglieder|Kunde|Kundin|"
    r"Kunden|Zentrale|Werk|Standort|Lager|Schicht|Betrieb|Personal|Chef|Chefin|Job|Stelle|"
    r"Ausbildung|Hotline|Beratung|Sachbearbeiter|Sachbearbeiterin|Bescheid|Antrag|App|"
    r"Versichertenkarte|Karte|Leute|Fahrer|Fahrerin|Markt|Zeit)\b)"
)


def _compounds(text: str) -> Iterator[Span]:
    """The firm's part of a compound whose first part is a listed chain written as the
    list writes it, with no slot needed: an acronym of three letters or fewer needs one
    anywhere else, but "AOK-" before a German noun leaves no doubt."""
    index = _chains()[0]
    for m in _COMPOUND.finditer(text):
        word = m.group(1)
        for words, name, slot in index.get(_key(word), ()):
            if len(words) == 1 and word == name and (not slot or word.isupper()):
                yield Span(
                    m.start(1),
                    m.end(1),
                    SpanType.EMPLOYER,
                    Source.CONTEXT,
                    0.7,
                    word,
                    uncertain=True,
                )
                break


# Armed forces whose letters are no medicine's: three letters or fewer would otherwise
# need a workplace slot, and people say "he's ADF", "kept their job in the RAN". The
# same letters are a fasting diet ("Doing ADF for my PCOS"), a test ("the RAN test") or
# a shouted verb ("I RAN out"), so the words around must speak of serving.
_FORCES = frozenset(["ADF", "RAN", "USN", "IDF"])  # not RAF: rapid AF in notes
_SERVICE_BEFORE = re.compile(
    r"(?:\b(?:who['’]s|he['’]s|she['’]s|they['’]re|is|was|were|in|joined|left|serving|"
    r"served|veteran|vet|ex|former|active\s+duty|reservist|posted|deployed|career|years)"
    r"\s+(?:in\s+)?(?:the\s+)?|\bex-)$",
    re.IGNORECASE,
)
_SERVICE_AFTER = re.compile(
    r"\s+(?:base|barracks|posting|deployment|career|service|veterans?|medical|doctor|"
    r"doctors|housing|pay|pension|families|family|spouse|partner|wife|husband|members?|"
    r"personnel|reservists?|soldiers?|sailors?|officers?|unit)\b",
    re.IGNORECASE,
)

# "the RAN test", "Doing ADF diet", "I RAN out": the letters' other senses.
_NOT_SERVICE_AFTER = re.compile(r"\s+(?:test|score|diet|fasting|out|to|into|off|away|over)\b")


def _in_service(text: str, start: int, end: int) -> bool:
    """Armed forces' letters where the words around speak of serving (see ``_FORCES``)."""
    if _SERVICE_AFTER.match(text, end):
        return True
    return (
        _SERVICE_BEFORE.search(text, max(0, start - 24), start) is not None
        and _NOT_SERVICE_AFTER.match(text, end) is None
    )


def _as_listed(written: str, name: str) -> bool:
    """Written with the list's capitals, a leading "the" aside ("the Warehouse")."""
    got = _TOKEN.findall(written)
    want = _TOKEN.findall(name)
    if len(got) != len(want):
        return False
    for j, (g, w) in enumerate(zip(got, want, strict=True)):
        if j == 0 and w == "The":
            continue
        g = g.replace("’", "'")
        if g != w and g.removesuffix("'s") != w and g != w.removesuffix("'s"):
            return False
    return True
