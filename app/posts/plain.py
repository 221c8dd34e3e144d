"""Markdown to readable plain text, for sites that show asterisks literally.

The journal is written in Markdown, but Mastodon, X, Bluesky and most patient
forums show what is typed. The aim is text a person would have typed by hand:
emphasis markers go, list bullets and numbering stay, headings become their
words, and a link keeps both its words and where it goes: "text (url)".

Input is expected to have been through ``sanitise_markdown`` (no images, only
safe links); the result is sanitised again by the caller because decoding
entities can produce new characters.
"""

from __future__ import annotations

import html
import re

from app.posts.sanitise import (
    AUTOLINK,
    INLINE_LINK,
    REFERENCE_DEF,
    map_outside,
    safe_link_target,
    unescape_destination,
)
from app.posts.urls import URL

_FENCE = re.compile(
    r"^ {0,3}(`{3,}|~{3,})[^\n]*\n(.*?)(?:^ {0,3}\1[ \t]*$|\Z)", re.DOTALL | re.MULTILINE
)
_CODE_SPAN = re.compile(r"(`+)(.+?)\1", re.DOTALL)
_HEADING = re.compile(r"^ {0,3}#{1,6}[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$", re.MULTILINE)
_SETEXT = re.compile(r"^(.+)\n {0,3}(?:=+|-+)[ \t]*$", re.MULTILINE)
_RULE = re.compile(r"^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$", re.MULTILINE)
_BULLET = re.compile(r"^([ \t]*)[*+-][ \t]+(\[[ xX]\][ \t]+)?", re.MULTILINE)
_STRONG = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1", re.DOTALL)
_EM_STAR = re.compile(r"(?<![\w*\\])\*(?=[^\s*])([^*\n]+?)(?<=[^\s*\\])\*(?![\w*])")
_EM_UNDER = re.compile(r"(?<![\w\\])_(?=[^\s_])([^_\n]+?)(?<=[^\s_\\])_(?!\w)")
_STRIKE = re.compile(r"~~(?=\S)(.+?)(?<=\S)~~")
_REF_LINK = re.compile(r"\[((?:[^\[\]\\]|\\.)+)\](?:\[((?:[^\[\]\\]|\\.)*)\])?")
_ESCAPE = re.compile(r"\\([!-/:-@\[-`{-~])")
_ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
_HARD_BREAK = re.compile(r"(?: {2,}|\\)\n")
_BLANK_RUN = re.compile(r"\n{3,}")
_EMAIL_AUTOLINK = re.compile(r"<([^\s<>@]+@[^\s<>@]+)>")
_PROTECTED = re.compile(r"\x00\d+\x00")


def _label_key(label: str) -> str:
    return " ".join(label.split()).casefold()


def _as_text_and_url(text: str, url: str) -> str:
    text = text.strip()
    if not text or text == url or text == url.removeprefix("mailto:"):
        return url.removeprefix("mailto:") if url.startswith("mailto:") else url
    if url.startswith("mailto:"):
        return f"{text} ({url.removeprefix('mailto:')})"
    return f"{text} ({url})"


class _Converter:
    """One conversion; keeps code and URLs out of the way as numbered placeholders."""

    def __init__(self) -> None:
        self._held: list[str] = []

    def hold(self, text: str) -> str:
        self._held.append(text)
        return f"\x00{len(self._held) - 1}\x00"

    def release(self, text: str) -> str:
        # Held text may itself hold placeholders (a URL inside link text), so loop.
        while _PROTECTED.search(text):
            text = _PROTECTED.sub(lambda m: self._held[int(m.group(0)[1:-1])], text)
        return text

    def convert(self, markdown: str) -> str:
        text = markdown.replace("\x00", "")
        text = _FENCE.sub(lambda m: self.hold(m.group(2).rstrip("\n")), text)
        text = _CODE_SPAN.sub(lambda m: self.hold(m.group(2).strip()), text)
        definitions: dict[str, str] = {}

        def keep_definition(match: re.Match[str]) -> str:
            url = unescape_destination(match.group(2))
            if safe_link_target(url):
                definitions.setdefault(_label_key(match.group(1)), url)
            return ""

        text = REFERENCE_DEF.sub(keep_definition, text)
        text = INLINE_LINK.sub(self._inline_link, text)
        text = AUTOLINK.sub(lambda m: self.hold(self._autolink(m.group(1))), text)
        text = _EMAIL_AUTOLINK.sub(lambda m: self.hold(m.group(1)), text)

        def reference(match: re.Match[str]) -> str:
            label = match.group(2) or match.group(1)
            url = definitions.get(_label_key(label))
            if url is None:
                return match.group(0)
            return self.hold(_as_text_and_url(self._inline(match.group(1)), url))

        if definitions:
            text = _REF_LINK.sub(reference, text)
        text = URL.sub(lambda m: self.hold(m.group(0)), text)
        text = _SETEXT.sub(r"\1", text)
        text = _HEADING.sub(r"\1", text)
        text = _RULE.sub("———", text)
        text = _BULLET.sub(lambda m: f"{m.group(1)}- " + ("☐ " if m.group(2) else ""), text)
        text = self._inline(text)
        text = _HARD_BREAK.sub("\n", text)
        text = _ESCAPE.sub(r"\1", text)
        text = _ENTITY.sub(lambda m: html.unescape(m.group(0)), text)
        text = self.release(text)
        text = "\n".join(line.rstrip() for line in text.split("\n"))
        return _BLANK_RUN.sub("\n\n", text).strip("\n")

    def _inline(self, text: str) -> str:
        def emphasis(part: str) -> str:
            for _ in range(3):  # nested emphasis: ***both***, **_both_**
                part = _STRONG.sub(r"\2", part)
                part = _STRIKE.sub(r"\1", part)
                part = _EM_STAR.sub(r"\1", part)
                part = _EM_UNDER.sub(r"\1", part)
            return part

        return map_outside(_PROTECTED, text, emphasis)

    def _inline_link(self, match: re.Match[str]) -> str:
        url = unescape_destination(match.group(2))
        words = _ESCAPE.sub(r"\1", self._inline(match.group(1)))
        if safe_link_target(url) is None:
            return words
        return self.hold(_as_text_and_url(self.release(words), url))

    @staticmethod
    def _autolink(target: str) -> str:
        if safe_link_target(target) is None:
            return ""
        return target.removeprefix("mailto:")


def markdown_to_plain(markdown: str) -> str:
    """Plain text a person would have typed: no emphasis markers, links as "text (url)"."""
    if not markdown:
        return ""
    return _Converter().convert(markdown)
