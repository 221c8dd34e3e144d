"""Words of the writer's other language that name no one and nowhere.

Town and name lists hold short words that are everyday words in the languages Fettle's
users mix into English or write in: Hinglish "aur" (and), "saal" (year), "mera" (my),
"tak" (until) are towns somewhere; Afrikaans "ons" or "baie" may be too; German "bei
Oma" is at grandma's, not in a town called Oma. Where the text reads as that language
(three of its own words no English sentence uses), a guessed name or place every word
of which is such a word goes. A name the profile or the user gave is never dropped.
"""

from __future__ import annotations

import re
from collections.abc import Set as AbstractSet

from app.redact.german import german_abstract_noun, german_listed
from app.redact.spans import Source, Span, SpanType
from app.redact.windows_tokens import token_set

# Romanised Hindi/Urdu words no English text uses: how a Hinglish text is known.
_HINGLISH_ONLY = frozenset(
    """hai hain tha thi aur ka ki ko se ne mein mera meri mere bahut nahi nahin bhi gaya
    gayi kya kaha karo abhi theek thik hua hui pichle saal yeh woh lekin toh kuch accha
    achha dard dawai dawa wala wali aaj raha rahi rahe hota hoti kyunki sirf phir naam
    kharab kal hum tum aap apna apni usko unko mujhe humko""".split()
)
# Those and a few more (numbers, kin, time) that are everyday words, never a place.
_HINGLISH = _HINGLISH_ONLY | frozenset(
    """ek do teen din raat subah shaam ho kar par ghar bas sab tak""".split()
)
_AFRIKAANS_ONLY = frozenset(
    """ek nie het baie hulle gister vandag julle vir ook môre more dokter pyn siek gaan
    moet wees lekker sal ons jy nou maar weer""".split()
    # "more" is English too, so it never counts alone: three hits are needed
)
_AFRIKAANS = _AFRIKAANS_ONLY
# German kin words: "bei Oma", "mit Opa" are people's roles, not towns or names.
GERMAN_KIN = frozenset("oma opa omi opi uroma uropa mama papa mutti vati tante onkel".split())
_TOKENS = re.compile(r"[^\W\d_]+")
# German takes no article before a town: "einer Kur", "meine Reha" are things.
_GERMAN_ARTICLE_BEFORE = re.compile(
    r"\b(?:ein|eine|einer|einem|einen|eines|kein|keine|keiner|keinem|keinen|mein|meine|"
    r"meiner|meinem|meinen|dein|deine|seine|seiner|ihre|ihrer|unsere|unserer)\s+$",
    re.IGNORECASE,
)
# "Bei Regen", "Beim Laufen" opening a sentence: German whatever else the text holds,
# and a condition, not a place ("bei Bosch", "bei Tübingen" mid-sentence stay).
_BEI_OPENING = re.compile(r"(?:^|[.!?:;\n(]\s*)Beim?\s+$")
_GUESSES = (SpanType.NAME, SpanType.PLACE, SpanType.EMPLOYER)


def _reads_as(words: AbstractSet[str], own: frozenset[str]) -> bool:
    return sum(1 for w in own if w in words) >= 3


def tongue_word(span: Span, text: str, german: bool) -> bool:
    """Whether ``span`` is a guess made of everyday words of the text's other language."""
    if span.type not in _GUESSES or span.source in (Source.PROFILE, Source.USER):
        return False
    parts = _TOKENS.findall(span.text.lower())
    if not parts:
        return False
    if len(parts) == 1:
        if german and parts[0] in GERMAN_KIN:
            return True  # "bei Oma in Köln"
        if _german_noun_here(span, text, german):
            return True  # "Bei Regen", "mit einer Kur in Bad Urach": nouns, not towns
    # (each language's words are asked first, in C: most guesses are none of them)
    for own, every in ((_HINGLISH_ONLY, _HINGLISH), (_AFRIKAANS_ONLY, _AFRIKAANS)):
        if every.issuperset(parts) and _reads_as(token_set(text), own):
            return True  # the text's distinct lower-case tokens, shared with the finders
    return False


def _german_noun_here(span: Span, text: str, german: bool) -> bool:
    """A town or name guess that German grammar makes a common noun: after an
    indefinite article or a possessive in German text ("mit einer Kur in Bad Urach"),
    or a listed German word after a "Bei" that opens a sentence ("Bei Regen", "Bei
    Kälte schlimmer"), in any text, as short ones do not read as German."""
    lo = max(0, span.start - 12)
    if (
        german
        and span.type is SpanType.PLACE
        and (_GERMAN_ARTICLE_BEFORE.search(text, lo, span.start) or german_abstract_noun(span.text))
    ):
        return True  # "einer Kur", "in Teilzeit", "in Behandlung": no town
    return (
        span.source in (Source.LEXICON, Source.UNKNOWN_WORD)
        and span.type is not SpanType.EMPLOYER  # "Bei Bosch arbeite ich": a firm's slot
        and _BEI_OPENING.search(text, lo, span.start) is not None
        and german_listed(span.text)
    )
