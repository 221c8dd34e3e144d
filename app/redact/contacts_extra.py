"""Contacts written to dodge a pattern: handles without "@", e-mails in words, phone
numbers spelled out.

- handles: "kerry_b said", "posted by spoonie_sam_88", "megan.lloyd87 on insta", "on
  tiktok as spine.diaries.meg", "shout out to chronic.carla";
- e-mail addresses written to dodge scrapers: "jane at gmail dot com", "priya dot nair77
  at yahoo dot co dot in", "jo (at) outlook (dot) com";
- phone numbers spelled out: "oh seven seven double oh, nine ...", and those whose front
  the base pattern misses ("+61 3 ...", "1-888-...", "0171 / ...", see ``phones_written``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from app.redact import phones_written
from app.redact.lexicon import MEDICAL, Lexicon
from app.redact.names_cues import CLOSED_CLASS
from app.redact.spans import Source, Span, SpanType
from app.redact.windows import Triggered
from app.redact.windows_at import case_traps, may_hold
from app.redact.windows_tokens import _tokens, token_set

# "megan.lloyd87 on insta", "my insta is jo_runs", "find me on tiktok @..." (the "@"
# form is found with the other handles).
HANDLE_ON_SITE = re.compile(
    r"(?<![\w.@])([A-Za-z][\w.]{2,30}[A-Za-z0-9])\s+on\s+(?:insta|instagram|ig|tiktok|twitter|"
    r"threads|reddit|discord|snap|snapchat|fb|facebook|bluesky|mastodon|x)\b"
    r"|\b(?:insta|instagram|ig|tiktok|twitter|snap|snapchat|discord|reddit|twitch|roblox|xbox|"
    r"psn|steam|kik|telegram|venmo|cash\s?app|gamertag|user\s?name)"
    # "discord username is just X", "Roblox name is X", "my gamertag is X", "twitch: X"
    r"(?:\s+(?:user\s?name|user|name|handle|tag|gamertag|id))?(?:\s+(?:is|was|as))?(?:\s+just)?"
    r"(?:\s*[:-]?\s+|\s*\(\s*)([A-Za-z][\w.]{2,30}[A-Za-z0-9])",
    re.IGNORECASE,
)
# "shout out to spoonie.steph": a dotted lower-case word where handles are talked about
DOTTED_HANDLE = re.compile(r"(?<![\w.@/])[a-z][a-z0-9_]{2,}(?:\.[a-z0-9_]{2,})+(?![\w@/]|\.[a-z])")
_DOTTED_WORDS = frozenset(
    [
        "shout",
        "shoutout",
        "shoutouts",
        "thanks",
        "thank",
        "follow",
        "dm",
        "message",
        "add",
        "insta",
        "instagram",
        "ig",
        "tiktok",
        "twitter",
        "threads",
        "discord",
        "reddit",
        "snap",
        "snapchat",
        "bluesky",
        "mastodon",
    ]
)
# Right before the handle: "shout out to X", "thanks to X", "follow X"; a site further back.
_DOTTED_NEAR = re.compile(
    r"(?:\b(?:shout ?outs?|thanks|thank you|follow|dm|message|add)"
    r"(?:\s+(?:to|me|at))?\s+$)|\b(?:insta|instagram|ig|tiktok|twitter|"
    r"threads|discord|reddit|snap|snapchat|bluesky|mastodon)\b",
    re.IGNORECASE,
)
HANDLE_BARE = re.compile(
    r"(?<![\w@/.])(?=[A-Za-z0-9]*[A-Za-z])[A-Za-z][A-Za-z0-9]*(?:_[A-Za-z0-9]*)+(?<=[A-Za-z0-9_])(?![\w@])"
    r"|(?i:(?<=posted by )|(?<=username )|(?<=username: )|(?<=handle )|(?<=handle: ))"
    r"[A-Za-z][\w.-]{2,30}"
)
_URLISH = re.compile(r"\.(?:com|org|net|co|uk|io|gov|edu|html?|php|jpg|png|pdf)\b|\.\d")
_SITE = re.compile(
    r"\b(?:insta|instagram|ig|tiktok|twitter|threads|reddit|discord|snap|snapchat|"
    r"fb|facebook|bluesky|mastodon|x|twitch|roblox|xbox|psn|steam|kik|telegram|venmo|"
    r"cash\s?app|gamertag|user\s?name)\b"
)
_NOT_HANDLE = frozenset(
    [
        "me",
        "them",
        "him",
        "her",
        "us",
        "it",
        "this",
        "that",
        "posted",
        "chat",
        "group",
        "here",
        "there",
        "anyone",
        "someone",
        "post",
        "page",
    ]
)
# Every mail provider, in one list for both the written-out form ("jane at gmail dot
# com") and the bare one ("tamsin.k at proton"): two lists disagreed, so "at proton"
# leaked while "at gmail" was caught. True marks an everyday word too ("look at me",
# "works at Sky", "treated at Proton"), which counts bare only after a local part shaped
# like an address (a dot, underscore, plus or digit in it).
MAIL_PROVIDERS: dict[str, bool] = {
    **dict.fromkeys(
        "gmail googlemail yahoo hotmail outlook icloud aol protonmail msn btinternet "
        "ntlworld gmx yandex qq talktalk bigpond optusnet xtra rediffmail comcast "
        "eircom".split(),
        False,
    ),
    **dict.fromkeys("proton live me mail web sky virgin 163".split(), True),
}
_ADDRESS_SHAPED = re.compile(r"[._+\d]")
_WORD_ZIPF = 4.0  # a word this common after a site's name is English, not a handle
_HANDLE_CUE = re.compile(r"posted by|username|handle", re.IGNORECASE)
_SITE_WORDS = frozenset(
    "insta instagram ig tiktok twitter threads reddit discord snap snapchat fb facebook "
    "bluesky mastodon x twitch roblox xbox psn steam kik telegram venmo cashapp cash "
    "gamertag username".split()
)


def _handle_cue(text: str, low: str) -> bool:
    """``_HANDLE_CUE.search(text)``, searched only where the lower-cased text holds one
    of its words (or a letter that matches unasked, see ``case_traps``)."""
    if not case_traps(text) and not any(w in low for w in ("posted by", "username", "handle")):
        return False
    return _HANDLE_CUE.search(text) is not None


_TLD = (
    r"(?:com|org|net|co(?:\s*(?:\.|dot|\(dot\)|\[dot\])\s*(?:uk|in|za|nz|au|jp|ke))?|uk|ie|"
    r"au|nz|ca|in|za|de|io|edu|gov|me|info)"
)
OBFUSCATED_EMAIL = re.compile(
    rf"(?<![\w.])[\w.+-]{{2,}}(?:\s+dot\s+[\w+-]+)*\s*(?:\(at\)|\[at\]|\{{at\}}|\s+at\s+|\s*@\s+|\s+@\s*)\s*"
    rf"[\w-]+(?:\s*(?:\(dot\)|\[dot\]|\{{dot\}}|\s+dot\s+|\.)\s*[\w-]+)*"
    rf"\s*(?:\(dot\)|\[dot\]|\{{dot\}}|\s+dot\s+|\.)\s*{_TLD}\b",
    re.IGNORECASE,
)
# "tamsin.k at gmail", "jo_b @ hotmail": a local part and a mail provider, no ending.
_PROVIDERS_BARE = "|".join(sorted(MAIL_PROVIDERS, key=len, reverse=True))
PROVIDER_EMAIL = re.compile(
    rf"(?<![\w.@])([A-Za-z][\w.+-]{{0,40}}[A-Za-z0-9])\s*(?:\(at\)|\[at\]|\s+at\s+|\s*@\s*)"
    rf"({_PROVIDERS_BARE})\b(?:\s*(?:\.|\(dot\)|\s+dot\s+)\s*[a-z]{{2,4}}\b)*",
    re.IGNORECASE,
)
_DIGIT_WORDS = {
    "oh": 1,
    "o": 1,
    "zero": 1,
    "nought": 1,
    "one": 1,
    "two": 1,
    "three": 1,
    "four": 1,
    "five": 1,
    "six": 1,
    "seven": 1,
    "eight": 1,
    "nine": 1,
}
_D = r"(?:oh|zero|nought|one|two|three|four|five|six|seven|eight|nine|\d)"
SPELLED_PHONE = re.compile(
    rf"\b(?:(?:double|triple)\s+)?{_D}(?:[\s,.-]+(?:(?:double|triple)\s+)?{_D}){{4,}}\b",
    re.IGNORECASE,
)
_AT_DOMAIN = re.compile(r" at [\w-]+\.(?:com|org|net|co|ie|uk|au|nz|ca|in|za|de|io|edu|me)\b")
# At a digit only the figure itself can open a match, so what it needs next is asked
# first (one short regex, the same case rule): a mark and one more digit or digit word.
# Most numbers ("150mg", "3 days") fail there, not in the long repeat.
_SPELLED_DIGIT = rf"(?i)\d[\s,.-]+(?:(?:double|triple)\s+)?{_D}"
_SPELLED_FAST = Triggered(
    SPELLED_PHONE,
    "oh|zero|nought|one|two|three|four|five|six|seven|eight|nine|double|triple",
    digits=_SPELLED_DIGIT,
)


def find(text: str, lex: Lexicon) -> Iterator[Span]:
    """Handles, obfuscated e-mails and spelled-out phone numbers in ``text``."""
    low = text.lower()
    if "_" in text or _handle_cue(text, low):
        yield from _spans(HANDLE_BARE, text, SpanType.HANDLE, 0.8)
    if may_hold(text, _SITE_WORDS) and _SITE.search(low):
        for m in HANDLE_ON_SITE.finditer(text):
            g = 1 if m.group(1) else 2
            low_handle = m.group(g).lower()
            if g == 2 and low_handle.isalpha() and lex.zipf.get(low_handle, 0.0) >= _WORD_ZIPF:
                continue  # "Reddit said", "Instagram is": a word after the site, no handle
            if low_handle not in CLOSED_CLASS and low_handle not in _NOT_HANDLE:
                yield Span(m.start(g), m.end(g), SpanType.HANDLE, Source.CONTEXT, 0.8, m.group(g))
    if "." in text and not token_set(text).isdisjoint(_DOTTED_WORDS):
        for m in DOTTED_HANDLE.finditer(text):
            parts = m.group().split(".")
            if (
                not _URLISH.search(m.group())
                and _DOTTED_NEAR.search(text, max(0, m.start() - 40), m.start())
                and not all(lex.zipf.get(p, 0.0) >= 3.5 for p in parts)
                and not lex.flags.get(parts[0], 0) & MEDICAL
            ):
                yield Span(
                    m.start(),
                    m.end(),
                    SpanType.HANDLE,
                    Source.CONTEXT,
                    0.7,
                    m.group(),
                    uncertain=True,
                )
    if (
        " dot " in low
        or "(at)" in low
        or "[at]" in low
        or "(dot)" in low
        or " @" in low
        or "@ " in low
        or _AT_DOMAIN.search(low)
    ):
        for m in OBFUSCATED_EMAIL.finditer(text):
            if _real_obfuscation(m.group()):
                yield Span(m.start(), m.end(), SpanType.EMAIL, Source.PATTERN, 0.9, m.group())
    if _provider_after_at(text):
        for m in PROVIDER_EMAIL.finditer(text):
            local = m.group(1).lower()
            if MAIL_PROVIDERS[m.group(2).lower()] and not _ADDRESS_SHAPED.search(local):
                continue  # "look at me", "works at Sky"
            if local not in CLOSED_CLASS and local not in _NOT_HANDLE:
                yield Span(m.start(), m.end(), SpanType.EMAIL, Source.PATTERN, 0.85, m.group())
    for m in _SPELLED_FAST.finditer(text):
        words = re.findall(r"\w+", m.group().lower())
        digits = sum(
            1
            if w in _DIGIT_WORDS
            else len(w)
            if w.isdigit()
            else 1
            if w == "double"
            else 2
            if w == "triple"
            else 0
            for w in words
        )
        if digits >= 7 and any(not w.isdigit() for w in words):
            yield Span(m.start(), m.end(), SpanType.PHONE, Source.PATTERN, 0.85, m.group())
    yield from phones_written.find(text)


_PROVIDER_TOKENS = all(p.isalnum() for p in MAIL_PROVIDERS)  # each a whole token


def _provider_after_at(text: str) -> bool:
    """Whether ``PROVIDER_EMAIL`` can match: a provider's word ("gmail", but also "me",
    "sky") as a token right after "(at)", "[at]", "@" or a spaced "at". The regex opens
    at every word and most texts hold one of these words, so it was searched in
    nearly every text."""
    if not _PROVIDER_TOKENS or case_traps(text):
        return True
    at = _tokens(text).at
    for word in MAIL_PROVIDERS.keys() & at.keys():
        for p in at[word]:
            j = p
            while j and text[j - 1].isspace():
                j -= 1
            if text[j - 1 : j] == "@" or j == p and text[j - 4 : j].lower() in ("(at)", "[at]"):
                return True
            if j < p and text[j - 2 : j].lower() == "at" and text[j - 3 : j - 2].isspace():
                return True
    return False


def _real_obfuscation(found: str) -> bool:
    """ "jane at gmail dot com" or "jo (at) outlook.com", but not "my journey at
    facebook.com/..." (a link, found as one)."""
    low = found.lower()
    if any(mark in low for mark in ("(at)", "[at]", "{at}", "@", " dot ", "(dot)", "[dot]")):
        return True
    domain = re.split(r"\s+at\s+", low)[-1].split(".")[0].strip()
    return domain in MAIL_PROVIDERS


def _spans(regex: re.Pattern[str], text: str, kind: SpanType, conf: float) -> Iterator[Span]:
    for m in regex.finditer(text):
        yield Span(m.start(), m.end(), kind, Source.PATTERN, conf, m.group())
