"""The last filter every post goes through before it can leave the app.

A post is pasted into sites we do not control, so it must carry nothing the
user cannot see: no HTML that a site might render, no images (which load from,
and so tell, a remote server), no links that run code or open local files, and
no invisible characters (which can hide text, reorder it with bidi overrides, or
smuggle data that survives redaction). Text is NFC-normalised so that what the
user reviewed is byte-for-byte what is posted.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable

import regex

from app.posts.links import link_scheme, safe_link_target

# --- hidden characters -------------------------------------------------------

_EMOJI_TAIL = r"[\uFE0F\U0001F3FB-\U0001F3FF]?"
# Format (Cf), private-use (Co), unassigned (Cn) and control (Cc) characters,
# except ordinary whitespace and ZWJ (judged separately); plus characters that
# are assigned letters or marks but render as nothing and are used to hide text.
_HIDDEN = regex.compile(
    r"[[\p{Cf}\p{Co}\p{Cn}\p{Cc}]--[\t\n\u200d]]"
    r"|[\u00ad\u034f\u115f\u1160\u17b4\u17b5\u180b-\u180f\u200b-\u200c\u200e\u200f"
    r"\u202a-\u202e\u2060-\u2064\u2066-\u2069\u3164\ufeff\uffa0\U000E0000-\U000E01EF]",
    regex.V1,
)
# ZWJ is kept only where it glues two emoji into one (family, profession, flag).
_STRAY_ZWJ = regex.compile(
    rf"(?<!\p{{Extended_Pictographic}}{_EMOJI_TAIL})\u200d|\u200d(?!\p{{Extended_Pictographic}})"
)
# One variation selector may follow a visible character; runs of them carry hidden data.
_VS_RUN = re.compile(r"[\uFE00-\uFE0F]+")

FORBIDDEN_RANGES: tuple[tuple[int, int], ...] = (
    (0x00AD, 0x00AD),
    (0x200B, 0x200C),
    (0x200E, 0x200F),
    (0x202A, 0x202E),
    (0x2060, 0x2064),
    (0x2066, 0x2069),
    (0xFEFF, 0xFEFF),
    (0xE0000, 0xE007F),
)
"""Characters that must never appear in a post (ZWJ is allowed only inside emoji)."""


def _strip_unassigned(text: str) -> str:
    """Also drop what Python's own Unicode tables call unassigned or format.

    ``regex`` may know a newer Unicode than ``unicodedata``; a character either
    one cannot place is not something the user can be shown reliably.
    """
    odd = {ch for ch in set(text) if unicodedata.category(ch) in _ODD_CATEGORIES}
    odd.discard("\u200d")
    odd -= {"\t", "\n"}
    return text.translate(dict.fromkeys(map(ord, odd))) if odd else text


_ODD_CATEGORIES = frozenset({"Cn", "Cf", "Co", "Cc"})


def _one_selector(match: re.Match[str], text: str) -> str:
    """Keep the first selector of a run, and only if it follows a visible character."""
    start = match.start()
    if start == 0 or text[start - 1].isspace():
        return ""
    return match.group(0)[0]


def strip_hidden(text: str) -> str:
    """Remove invisible and direction-changing characters and NFC-normalise.

    Line endings become ``\\n`` and the Unicode line/paragraph separators
    become ordinary newlines, so nothing changes layout invisibly.
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = text.replace("\u2028", "\n").replace("\u2029", "\n\n")
    text = unicodedata.normalize("NFC", text)
    text = _HIDDEN.sub("", text)
    if not text.isascii():
        text = _strip_unassigned(text)
    text = _STRAY_ZWJ.sub("", text)
    if "\ufe00" <= max(text, default="\x00") and _VS_RUN.search(text):
        text = _VS_RUN.sub(lambda m: _one_selector(m, text), text)
    return unicodedata.normalize("NFC", text)


# --- HTML ----------------------------------------------------------------------

_COMMENT = re.compile(r"<!--.*?(?:-->|\Z)", re.DOTALL)
_DANGEROUS_BLOCK = re.compile(
    r"<(script|style|iframe|object|embed|noscript|template|textarea|title|svg|math)\b[^>]*>"
    r".*?</\1\s*>",
    re.IGNORECASE | re.DOTALL,
)
# A tag is "<name" then whitespace, "/" or ">"; "<https://…>" and "<me@x.org>" are not tags.
_TAG = re.compile(r"<(?:/?[A-Za-z][A-Za-z0-9-]*(?:[\s/][^<>]*)?|![^<>]*|\?[^<>]*)>")
# What is left that a Markdown engine could still read as the start of HTML.
TAG_OPENER = re.compile(
    r"<(?=/?[A-Za-z!?])"
    r"(?![A-Za-z][A-Za-z0-9+.\-]{1,31}:[^\s<>]*>)"  # autolink <scheme:...>
    r"(?![^\s<>@]+@[^\s<>@]+>)"  # e-mail autolink
)


def strip_html(text: str) -> str:
    """Remove HTML comments, script-like blocks with their content, and every tag.

    Repeated until nothing changes, so ``<scr<script>ipt>`` cannot reassemble.
    """
    while True:
        before = text
        text = _COMMENT.sub("", text)
        text = _DANGEROUS_BLOCK.sub("", text)
        text = _TAG.sub("", text)
        if text == before:
            return text


# --- Markdown images and links ---------------------------------------------------

_BRACKETED = r"\[((?:[^\[\]\\]|\\.|\[(?:[^\[\]\\]|\\.)*\])*)\]"
_DEST = (
    r"\(\s*(<[^<>\n]*>|(?:[^\s()\\]|\\.|\((?:[^\s()\\]|\\.)*\))*)"
    r"(?:\s+(?:\"[^\"]*\"|'[^']*'|\([^()]*\)))?\s*\)"
)
_IMAGE = re.compile(r"!" + _BRACKETED + r"(?:" + _DEST + r"|\[([^\[\]]*)\])?")
INLINE_LINK = re.compile(_BRACKETED + _DEST)
REFERENCE_DEF = re.compile(
    r"^ {0,3}\[((?:[^\[\]\\]|\\.)+)\]:[ \t]*\n?[ \t]*(<[^<>\n]*>|\S+)"
    r"(?:[ \t]+(?:\"[^\"\n]*\"|'[^'\n]*'|\([^()\n]*\)))?[ \t]*$",
    re.MULTILINE,
)
AUTOLINK = re.compile(r"<([A-Za-z][A-Za-z0-9+.\-]{1,31}:[^\s<>]*)>")
_LEFTOVER_DEST = re.compile(r"\]\(\s*<?\s*([^\s)>]*)")
_BLANKED_LINE = re.compile(r"^[ \t]+$", re.MULTILINE)
_MD_ESCAPE = re.compile(r"\\([!-/:-@\[-`{-~])")


def unescape_destination(dest: str) -> str:
    """A Markdown link destination as the engine will use it (angle brackets and escapes gone)."""
    dest = dest.strip()
    if dest.startswith("<") and dest.endswith(">"):
        dest = dest[1:-1]
    return _MD_ESCAPE.sub(r"\1", dest)


def remove_images(markdown: str) -> str:
    """Drop every Markdown image, inline or by reference: images load from a server.

    Definitions used by a reference image go too, so the image's URL is not left behind.
    """
    labels: set[str] = set()

    def drop(match: re.Match[str]) -> str:
        if match.group(2) is None:  # "![alt][label]", "![label][]" or "![label]"
            labels.add(_label(match.group(3) or match.group(1)))
        return ""

    markdown = _IMAGE.sub(drop, markdown)
    if labels:
        markdown = REFERENCE_DEF.sub(
            lambda m: "" if _label(m.group(1)) in labels else m.group(0), markdown
        )
    return markdown


def _label(text: str) -> str:
    return " ".join(text.split()).casefold()


def _safe_inline_link(match: re.Match[str]) -> str:
    text, dest = match.group(1), unescape_destination(match.group(2))
    if safe_link_target(dest) is None:
        return text
    if not text.strip():
        return f"<{dest}>"
    return match.group(0)


def _safe_definition(match: re.Match[str]) -> str:
    return match.group(0) if safe_link_target(unescape_destination(match.group(2))) else ""


def _safe_autolink(match: re.Match[str]) -> str:
    return match.group(0) if safe_link_target(match.group(1)) else ""


def _defuse_leftover(match: re.Match[str]) -> str:
    scheme = link_scheme(_MD_ESCAPE.sub(r"\1", match.group(1)))
    if scheme is None or safe_link_target(unescape_destination(match.group(1))):
        return match.group(0)
    # "] (" is not a link to any Markdown engine; the URL itself goes.
    return "] ("


def sanitise_links(markdown: str) -> str:
    """Keep link text but drop any target that is not an absolute http(s) or mailto URL."""
    markdown = INLINE_LINK.sub(_safe_inline_link, markdown)
    markdown = REFERENCE_DEF.sub(_safe_definition, markdown)
    markdown = AUTOLINK.sub(_safe_autolink, markdown)
    # Anything our link grammar did not recognise but an engine might.
    return _LEFTOVER_DEST.sub(_defuse_leftover, markdown)


def sanitise_markdown(markdown: str) -> str:
    """Sanitise Markdown that will be posted as Markdown (e.g. Reddit)."""
    text = strip_hidden(markdown)
    text = strip_html(text)
    text = remove_images(text)
    text = sanitise_links(text)
    text = TAG_OPENER.sub(r"\\<", text)
    text = _BLANKED_LINE.sub("", text)
    return unicodedata.normalize("NFC", text)


def sanitise_text(text: str) -> str:
    """Sanitise plain text that will be posted as typed (no Markdown engine)."""
    return unicodedata.normalize("NFC", strip_html(strip_hidden(text)))


def map_outside(pattern: re.Pattern[str], text: str, fn: Callable[[str], str]) -> str:
    """Apply ``fn`` to the stretches of ``text`` not matched by ``pattern``.

    Used to leave code and URLs alone while rewriting the prose around them.
    """
    out: list[str] = []
    last = 0
    for match in pattern.finditer(text):
        out.append(fn(text[last : match.start()]))
        out.append(match.group(0))
        last = match.end()
    out.append(fn(text[last:]))
    return "".join(out)
