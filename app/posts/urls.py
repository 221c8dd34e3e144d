"""How each site measures a post: URLs, graphemes and weighted characters.

Sites do not count what the user sees. Mastodon and X count any link as 23
characters because they shorten it; X gives most non-Latin characters and
every emoji double weight; Bluesky counts user-perceived characters (extended
grapheme clusters, from the ``regex`` module's ``\\X``, which follows Unicode's
UAX #29). Getting this wrong means the site rejects a post the counter
accepted, which is exactly when a patient is most likely to give up and trim
the redaction instead of the prose.
"""

from __future__ import annotations

import unicodedata

import regex

# A URL with a scheme. Trailing punctuation is not part of it ("see https://x.org.").
# Parentheses are kept only when balanced, as in Wikipedia links.
URL = regex.compile(
    r"""https?://(?:[^\s<>"\x00()]|\([^\s<>"\x00()]*\))+(?<![.,:;!?'"*_~])""",
    regex.IGNORECASE,
)
# X also links bare domains ("nhs.uk/conditions"); a short list of common endings
# keeps ordinary words with full stops ("end.Then") from counting as links.
_TLDS = (
    "com|org|net|edu|gov|info|io|co|me|uk|us|ca|au|nz|ie|de|fr|es|it|nl|be|ch|at|se|no|dk|fi|"
    "pl|pt|in|jp|cn|br|mx|ly|tv|app|dev|health|care|blog|news|social|online|site|xyz"
)
BARE_DOMAIN = regex.compile(
    r"(?<![\w@.\-/])(?:[a-z0-9](?:[a-z0-9\-]*[a-z0-9])?\.)+(?:" + _TLDS + r")(?![\w\-])"
    r"""(?:[/?#](?:[^\s<>"\x00()]|\([^\s<>"\x00()]*\))*(?<![.,:;!?'"*_~]))?""",
    regex.IGNORECASE,
)
# Mastodon counts a remote mention "@name@server.example" as just "@name".
_REMOTE_MENTION = regex.compile(r"(?<![\w/])(@\w+)@[\w\-]+(?:\.[\w\-]+)+")

URL_WEIGHT = 23
"""What Mastodon and X charge for any link, however long."""

_GRAPHEME = regex.compile(r"\X")

# twitter-text v3: these code point ranges weigh 1, everything else 2 ...
_X_LIGHT = r"\u0000-\u10FF\u2000-\u200D\u2010-\u201F\u2032-\u2037"
_X_HEAVY = regex.compile(rf"[^{_X_LIGHT}]")
# ... and an emoji, however many code points it is built from, weighs 2 in total.
_X_EMOJI = regex.compile(
    r"(?=\p{Emoji_Presentation}|\p{Extended_Pictographic}[\uFE0F\u200D\U0001F3FB-\U0001F3FF]"
    r"|\p{Regional_Indicator}|[0-9#*]\uFE0F?\u20E3)\X"
)

X_EMOJI_WEIGHT = 2


def grapheme_count(text: str) -> int:
    """User-perceived characters: a family emoji, a flag or "é" built from two code points is 1."""
    return len(_GRAPHEME.findall(text))


def _without_urls(text: str, pattern: regex.Pattern[str]) -> tuple[str, int]:
    """The text with links cut out (replaced by a space), and how many there were."""
    pieces = pattern.split(text)
    return " ".join(pieces), len(pieces) - 1


def mastodon_length(text: str) -> int:
    """Mastodon's count: graphemes, with each http(s) URL as 23 and remote mentions as "@name"."""
    rest, urls = _without_urls(text, URL)
    rest = _REMOTE_MENTION.sub(r"\1", rest)
    return grapheme_count(rest) - urls + urls * URL_WEIGHT


def x_weighted_length(text: str) -> int:
    """X's weighted count (twitter-text v3 config): what the 280 limit is measured in."""
    text = unicodedata.normalize("NFC", text)
    rest, urls = _without_urls(text, URL)
    rest, bare = _without_urls(rest, BARE_DOMAIN)
    rest, emoji = _without_urls(rest, _X_EMOJI)
    separators = urls + bare + emoji  # the spaces we put where they were
    plain = len(rest) + len(_X_HEAVY.findall(rest)) - separators
    return plain + (urls + bare) * URL_WEIGHT + emoji * X_EMOJI_WEIGHT


def bluesky_length(text: str) -> int:
    """Bluesky's count: graphemes of the text as written, links included in full."""
    return grapheme_count(text)


def code_point_length(text: str) -> int:
    """Characters as most web forms count them."""
    return len(text)
