"""Which link targets may appear in a post or the preview, and which need a second look.

One allowlist (http, https, mailto) is shared by the post sanitiser and the
Markdown preview, so a link that is dropped from a post is never clickable in
the preview either. Browsers and Markdown engines forgive a lot (``JaVa\tScRiPt:``,
``&#106;avascript:``, leading control characters), so the scheme is read only
after undoing those tricks, and anything we cannot read confidently is refused.
"""

from __future__ import annotations

import html
import ipaddress
import re
import unicodedata
from urllib.parse import unquote, urlsplit

ALLOWED_SCHEMES = frozenset({"http", "https", "mailto"})
_MAILTO_FIELDS = frozenset({"subject", "body", "cc", "to"})

# Characters browsers silently drop inside a scheme ("java\tscript:" still runs).
_IGNORED_IN_SCHEME = re.compile(r"[\x00-\x20\x7f-\x9f\u00ad\u200b-\u200f\u2060-\u2064\ufeff]")
_SCHEME = re.compile(r"^([a-zA-Z][a-zA-Z0-9+.\-]*):")


def _decoded(url: str) -> str:
    """The URL as a lenient browser would read it: entities and %-escapes undone, twice."""
    text = url
    for _ in range(2):
        text = unquote(html.unescape(text))
    return unicodedata.normalize("NFKC", text)


def link_scheme(url: str) -> str | None:
    """The scheme a forgiving browser would see, lower-cased, or ``None`` if there is none."""
    match = _SCHEME.match(_IGNORED_IN_SCHEME.sub("", _decoded(url)))
    return match.group(1).lower() if match else None


def safe_link_target(url: str) -> str | None:
    """The URL to open if it is an absolute http(s) or mailto link, else ``None``.

    Relative links are refused too: in a desktop viewer they resolve against a
    local file path, which is as bad as ``file:``.
    """
    candidate = url.strip()
    if not candidate or _IGNORED_IN_SCHEME.search(candidate):
        return None
    scheme = link_scheme(candidate)
    if scheme not in ALLOWED_SCHEMES:
        return None
    # The raw text must start with the same scheme: no entity or %-encoded tricks.
    raw = _SCHEME.match(candidate)
    if raw is None or raw.group(1).lower() != scheme:
        return None
    if scheme == "mailto":
        # only an address and the harmless fields: some mail programs honour
        # "attach=" (and others) and would attach a local file to the message
        address, _, query = candidate[len("mailto:") :].partition("?")
        if not address and not query:
            return None
        fields = [f for f in query.split("&") if f]
        if any(f.split("=", 1)[0].lower() not in _MAILTO_FIELDS for f in fields):
            return None
        return candidate
    try:
        parts = urlsplit(candidate)
    except ValueError:
        return None
    if not parts.hostname:
        return None
    return candidate


def link_needs_confirmation(url: str, text: str | None = None) -> bool:
    """Whether the UI should ask before opening ``url`` (or refuse: see ``safe_link_target``).

    Plain ``https`` links to an ordinary domain open directly. Anything that is
    a common way to disguise where a link goes asks first: unencrypted http,
    mailto (it opens another program with your address), user names in the URL
    (``https://nhs.uk@evil.example``), IP addresses, unusual ports, look-alike
    (punycode or non-ASCII) host names, and link text that names a different site.
    Unsafe links also return ``True``; the UI should check ``safe_link_target`` first.
    """
    target = safe_link_target(url)
    if target is None or link_scheme(target) != "https":
        return True
    try:
        parts = urlsplit(target)
        port = parts.port
    except ValueError:
        return True
    host = (parts.hostname or "").rstrip(".")
    if parts.username is not None or parts.password is not None or port not in (None, 443):
        return True
    if not host.isascii() or any(label.startswith("xn--") for label in host.split(".")):
        return True
    try:
        ipaddress.ip_address(host.strip("[]"))
        return True
    except ValueError:
        pass
    if text:
        shown = _host_named_in(text)
        if shown is not None and not _same_site(shown, host):
            return True
    return False


_HOSTLIKE = re.compile(r"(?:https?://)?((?:[a-z0-9-]+\.)+[a-z]{2,})(?:[/:?#]|$)", re.IGNORECASE)


def _host_named_in(text: str) -> str | None:
    """The domain a piece of link text claims to point at, if it looks like one."""
    match = _HOSTLIKE.match(text.strip())
    return match.group(1).lower() if match else None


def _same_site(shown: str, actual: str) -> bool:
    shown = shown.removeprefix("www.")
    actual = actual.lower().removeprefix("www.")
    return actual == shown or actual.endswith("." + shown)
