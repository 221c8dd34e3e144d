"""Organisations named by what they have and by who writes to the writer.

Most firms a patient deals with are on no list: an insurer, a landlord, a bank, an
online pharmacy, a small employer. What is said of them gives them away, because only
an organisation has a helpline, a portal, a claims team, a caseworker or customer
service: "on the Quorvane helpline", "my Clarity account", "rang Brellin customer
service", "Tellmark's portal", "a letter from Holbeck Homes". A name in that slot is an
organisation whether it is a made-up word or an ordinary one ("the Unity helpline",
"the Apex adjuster"), so the frame, not a list, decides.

The name is read as ``employers_actors`` reads a payer's name (no national body or
scheme, care team, title, day, medicine or medicine's letters), and more strictly:

- no person: a given name alone ("Sarah's manager"), a kinship or role word ("Mum's
  account", "the Nurse line"), a title before it ("Dr Shah's letter");
- no drug or device maker ("the Pfizer rep", "the Dexcom app"): makers are medicine;
- no country or state ("the Ireland office"), no department ("a letter from Radiology")
  and no generic kind ("the Insurance portal", "my Disability claim", "the Council
  website"): ``GENERIC`` lists them from knowledge;
- no word so common it is more likely the thing than a name ("the Health app", "the
  Patient Access app", "the Notes app": a common word of zipf 4.5 or more);
- no sentence adverb ("Thankfully, my insurer paid", "Sadly, our landlord"), no condition
  or care topic a helpline or a form is about ("the Menopause helpline", "the Cancer
  helpline"), no form's code ("the MED3 form", "an SC1 form") and no product after its
  maker ("my Dexcom Clarity account", "the Libre app": the maker's, so medicine).

Each cue noun is looked up in the text's tokens first; only where one occurs is the
name before it read, from a short stretch of text. The two frames with their cue before
the name ("a letter from X", "X (my insurer)") run a regex over the text, and only when
the text holds one of their cue words.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from app.redact.employers_actors import _NAME, _may_name, _title_before
from app.redact.lexicon import DICT_WORD, DRUG, FIRST, LAST, MEDICAL, PLACE, Lexicon
from app.redact.org_settle import _LEAD_VERBS
from app.redact.orgs_generic import firm_word, key_of, maker, rare_word
from app.redact.orgs_topics import adverb, care_topic
from app.redact.spans import Source, Span, SpanType
from app.redact.windows import Triggered
from app.redact.windows_tokens import _tokens

# Nouns only an organisation has, in one word or as the first of two: "helpline",
# "customer service", "claims team". ``_TWO`` holds the second word a first needs.
_ONE = frozenset(
    """helpline hotline portal caseworker adjuster assessor website account policy
    claim premium membership rep branch volunteer volunteers""".split()
)
# Nouns a kind word takes as often as a name ("the Tax office", "the Consent form"):
# only a word the frequency table hardly knows names a firm before them.
_WEAK = frozenset("office offices form manager".split())
_TWO = {
    "customer": ("service", "services", "care", "support"),
    "claims": ("team", "department", "dept", "line", "handler", "adviser", "advisor"),
    "case": ("worker", "manager", "handler"),
    "support": ("team", "line"),
    "nurse": ("line", "helpline"),
    "head": ("office",),
    "member": ("services", "portal"),
}
# Nouns no kind word stands before at a sentence's start ("Pinnacle customer service
# were kind", "Unity helpline"): an ordinary word there is the firm's name.
_STRONG = frozenset("helpline hotline portal caseworker adjuster customer claims case".split())
_NOUNS = _ONE | _WEAK | _TWO.keys()
# The writer's side of the call: "rang Brellin customer service", "on hold with Orlesk",
# "a letter from Kilbrannan".
_FROM = re.compile(
    r"\b(?:(?:letter|email|e-mail|text|call|message|cheque|refund|bill|invoice|statement)s?"
    r"\s+(?:back\s+)?from|on\s+hold\s+(?:to|with)|(?:insured|banks?|banking|rent(?:s|ing)?)"
    r"\s+(?:with|from)|(?<![’'])(?:left|quit|rejoined))\s+(?:the\s+)?(?-i:" + _NAME + ")",
    re.IGNORECASE,
)
# Each _FROM match opens with one of these words ("e" of "e-mail"): tried only where one
# starts, and at every token beyond ASCII (a caseless pattern reads "ſ" as "s").
_FROM_FAST = Triggered(
    _FROM,
    "letters?|emails?|e|texts?|calls?|messages?|cheques?|refunds?|bills?|invoices?|"
    "statements?|on|insured|banks?|banking|rents?|renting|left|quit|rejoined|.*[^\x00-\x7f].*",
)
_FROM_WORDS = frozenset(
    """letter letters email emails text texts call calls message messages cheque refund
    bill invoice statement hold insured bank banks banking rent rents renting left quit
    rejoined""".split()
)
# What the writer calls it, after its name: "Meridian (my insurer) paid", "Apex, my
# employer, let me", "Harlow Homes - our landlord -".
_CALLED_AFTER = re.compile(
    _NAME + r"(?:\s*\(\s*|\s*,\s*|\s+[-–—]\s+)(?:my|our|his|her|their)\s+(?:(?:new|old|former|"
    r"current|previous|private|health)\s+)?(?:insurer|insurance(?:\s+company)?|employer|"
    r"landlord|landlady|housing\s+(?:association|provider)|bank|union|gym|health\s+fund|"
    r"medical\s+aid|letting\s+agent|care\s+agency|agency|firm|company|workplace|"
    r"Krankenkasse|Arbeitgeber|Vermieter)\b"
)
_CALLED_WORDS = frozenset(
    """insurer insurance employer landlord landlady housing bank union gym fund aid agent
    agency firm company workplace krankenkasse arbeitgeber vermieter""".split()
)
# What may stand right before the name in the owned frame: a determiner, a verb of
# calling, a preposition; the name's first word is then inside a sentence.
_BEFORE = re.compile(
    r"(?:^|(?<=[\s(\"“]))(?P<name>" + _NAME[1:-1] + r")(?:['’]s)?\s+$",
)
_BACK = 60


def find(text: str, lex: Lexicon) -> Iterator[Span]:
    """Organisations before a noun only they have, after a letter or call from, or
    called the writer's insurer, employer or landlord right after their name."""
    if text.isupper():
        return
    at = _tokens(text).at
    seen: set[int] = set()
    for noun in _NOUNS.intersection(at.keys()):
        follows = _TWO.get(noun)
        for k in at[noun]:
            if follows is not None and not _followed(text, k + len(noun), follows):
                continue
            span = _before(text, k, lex)
            if span is not None and noun in _WEAK and not rare_word(span.text.split()[0], lex):
                continue
            if span is not None and noun == "form" and _code(span.text):
                continue  # "the MED3 form", "an SC1 form": the form's own code
            if span is not None and span.start not in seen:
                seen.add(span.start)
                yield span
    if not _FROM_WORDS.isdisjoint(at.keys()):
        for m in _FROM_FAST.finditer(text):
            span = _named(text, m.start(1), m.group(1), lex, strict=True)
            if span is not None and span.start not in seen:
                seen.add(span.start)
                yield span
    if not _CALLED_WORDS.isdisjoint(at.keys()):
        for m in _CALLED_AFTER.finditer(text):
            span = _named(text, m.start(1), m.group(1), lex, strict=True, strong=True)
            if span is not None and span.start not in seen:
                seen.add(span.start)
                yield span


def _followed(text: str, end: int, words: tuple[str, ...]) -> bool:
    rest = text[end : end + 14].lstrip(" ").lower()
    return any(rest.startswith(w) and not rest[len(w) : len(w) + 1].isalpha() for w in words)


def _before(text: str, k: int, lex: Lexicon) -> Span | None:
    """The capitalised name right before the cue noun at ``k``, if it may be a firm's."""
    lo = max(0, k - _BACK)
    m = _BEFORE.search(text, lo, k)
    if m is None:
        return None
    name = m.group("name")
    if name.endswith(("'s", "’s")):
        name = name[:-2]
    strong = key_of(text[k : k + 9]).split(" ")[0] in _STRONG
    return _named(text, m.start("name"), name, lex, strict=False, strong=strong)


def _named(
    text: str, start: int, name: str, lex: Lexicon, *, strict: bool, strong: bool = False
) -> Span | None:
    """A span for ``name`` when every word may name an organisation, less the words
    before it that may not ("My Clarity account", "Rang Brellin customer service")."""
    parts = name.split(" ")
    while parts and not _may_name(parts[-1], lex):
        parts.pop()
    while parts and (
        not (_may_name(parts[0], lex) and firm_word(parts[0], lex))
        or key_of(parts[0]) in _LEAD_VERBS
        or adverb(parts[0], lex)
    ):
        if _medicine(parts[0], lex):
            return None  # "my Dexcom Clarity account": the maker's product
        start += len(parts.pop(0)) + 1  # "My", "The", "Rang", "Then": no part of it
    if not parts or not all(_may_name(w, lex) for w in parts[1:]):
        return None  # a kind may follow the name ("Solent Health portal"), not lead it
    if len(parts) == 1 and care_topic(parts[0], lex):
        return None  # "the Menopause helpline": what the line is about
    if _sentence_start(text, start) and not (strong or any(rare_word(w, lex) for w in parts)):
        return None  # "Disability claim went in": a sentence's capital, not a name
    if len(parts) == 1 and (_person(parts[0], lex) or _letters(parts[0])):
        return None  # a person's name; letters alone are orgs_acronyms' ("NDSS helpline")
    if _title_before(text, start):
        return None
    if strict and len(parts) == 1:
        flags = lex.flags.get(key_of(parts[0]), 0)
        town = flags & PLACE and not flags & DICT_WORD
        if town or not rare_word(parts[0], lex) and flags & (FIRST | LAST):
            return None  # "left Leeds", "a letter from Hope", "on hold with Grace": the
            # place and name finders know them better ("left Meridian" is a firm)
    end = start + len(" ".join(parts))
    return Span(start, end, SpanType.EMPLOYER, Source.CONTEXT, 0.6, text[start:end], True)


def _medicine(word: str, lex: Lexicon) -> bool:
    """A maker or a medicine word: what follows it is its product."""
    return maker(word) or bool(lex.flags.get(key_of(word), 0) & (MEDICAL | DRUG))


def _code(name: str) -> bool:
    """Letters and digits as one word: a form's code ("MED3", "SC1", "P45", "W-2")."""
    word = name.split(" ")[-1]
    return any(c.isdigit() for c in word) and any(c.isalpha() for c in word)


def _letters(word: str) -> bool:
    """An acronym: more often a public scheme before "form", "claim" or "helpline"
    ("the CGHS claim", "NDSS helpline") than a firm, so ``orgs_acronyms`` decides."""
    letters = word.replace("&", "")
    return letters.isalpha() and letters.isupper() and len(letters) >= 2


def _person(word: str, lex: Lexicon) -> bool:
    """A given name that is no place ("Sarah's manager"), left to the name finders."""
    flags = lex.flags.get(key_of(word), 0)
    return bool(flags & FIRST) and not flags & PLACE


def _sentence_start(text: str, start: int) -> bool:
    before = text[:start].rstrip(" \t\"'‘“(")
    return not before or before[-1] in ".!?:;\n"
