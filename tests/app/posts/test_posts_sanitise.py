"""The output sanitiser: nothing hidden, nothing that runs, nothing that loads."""

from __future__ import annotations

import re
import unicodedata

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from app.posts import FORMAT_IDS, get_format, markdown_to_plain, sanitise_markdown, strip_hidden
from app.posts.sanitise import FORBIDDEN_RANGES

FAMILY = "\U0001f468\u200d\U0001f469\u200d\U0001f467\u200d\U0001f466"
ATTACKS = [
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "<scr<script>ipt>alert(1)</script>",
    '<a href="javascript:alert(1)">x</a>',
    "<!-- hidden --><iframe src=https://evil.example></iframe>",
]


def _forbidden(ch: str) -> bool:
    cp = ord(ch)
    if any(lo <= cp <= hi for lo, hi in FORBIDDEN_RANGES):
        return True
    if ch in "\t\n" or ch == "\u200d":
        return False
    return unicodedata.category(ch) in {"Cf", "Co", "Cn", "Cc"}


_COMPLETE_TAG = re.compile(r"<(?:/?[A-Za-z][A-Za-z0-9-]*(?:[\s/][^<>]*)?|![^<>]*|\?[^<>]*)>")


def _stray_zwj(text: str) -> bool:
    """A ZWJ not between two emoji."""
    return bool(re.search(r"(?<![\U0001F000-\U0001FAFF\u2600-\u27BF\uFE0F])\u200d", text)) or bool(
        re.search(r"\u200d(?![\U0001F000-\U0001FAFF\u2600-\u27BF])", text)
    )


@pytest.mark.parametrize("attack", ATTACKS)
@pytest.mark.parametrize("format_id", FORMAT_IDS)
def test_no_raw_html_in_any_format(attack: str, format_id: str) -> None:
    post = get_format(format_id, mastodon_limit=5000).render("Title", f"Before {attack} after")
    lowered = post.text.lower()
    assert "<script" not in lowered and "<img" not in lowered and "<iframe" not in lowered
    assert "<a " not in lowered
    assert "alert(1)</" not in lowered
    assert "Before" in post.text and "after" in post.text


def test_script_content_is_removed_not_just_the_tags() -> None:
    assert "alert" not in get_format("plain").render("", "hi <script>alert(1)</script>").text


def test_unclosed_tag_is_defused_in_markdown() -> None:
    out = sanitise_markdown("<div onclick=alert(1)\nhello")
    assert re.search(r"(?<!\\)<div", out) is None
    assert "\\<div" in out  # shown literally by a Markdown engine, never as HTML


def test_autolinks_and_comparisons_survive() -> None:
    out = sanitise_markdown("CRP < 5 and <https://nhs.uk> and <me@example.org>, I <3 naps")
    assert out == "CRP < 5 and <https://nhs.uk> and <me@example.org>, I <3 naps"


@pytest.mark.parametrize("format_id", FORMAT_IDS)
def test_remote_images_are_removed(format_id: str) -> None:
    body = (
        "Look ![my rash](https://tracker.example/pixel.png?u=1) here\n\n"
        "![ref image][pic]\n\n[pic]: https://tracker.example/2.png\n"
    )
    post = get_format(format_id).render("", body)
    assert "tracker.example" not in post.text
    assert "![" not in post.text
    assert any("Pictures are left out" in w for w in post.warnings)


@pytest.mark.parametrize(
    "url",
    [
        "javascript:alert(1)",
        "JaVaScRiPt:alert(1)",
        "<java\tscript:alert(1)>",
        "&#106;avascript:alert(1)",
        "javascript\\:alert(1)",
        "<javascript:alert(1)>",
        "data:text/html;base64,PHNjcmlwdD4=",
        "file:///etc/passwd",
        "vbscript:msgbox(1)",
        "%6Aavascript:alert(1)",
    ],
)
def test_unsafe_links_lose_their_target_keep_their_text(url: str) -> None:
    body = f"Read [this page]({url}) please"
    markdown = get_format("reddit").render("t", body).text
    plain = get_format("plain").render("", body).text
    for out in (markdown, plain):
        lowered = out.lower()
        for scheme in ("javascript", "data:", "file:", "vbscript", "alert"):
            assert scheme not in lowered
        assert "this page" in out
    assert plain == "Read this page please"


def test_unsafe_reference_definitions_and_autolinks_go() -> None:
    out = sanitise_markdown("[x][a] and <javascript:alert(1)>\n\n[a]: javascript:alert(1)\n")
    assert "javascript" not in out.lower()


def test_nested_brackets_cannot_sneak_a_link_past() -> None:
    out = sanitise_markdown("[a](javascript:f((((1)))))")
    assert "](javascript" not in out.replace(" ", "")


def test_safe_links_are_kept_and_become_text_with_url() -> None:
    body = "See [the NHS page](https://www.nhs.uk/conditions/) or [mail me](mailto:me@example.org)."
    assert get_format("reddit").render("t", body).text == body
    assert markdown_to_plain(body) == (
        "See the NHS page (https://www.nhs.uk/conditions/) or mail me (me@example.org)."
    )


def test_markdown_to_plain_strips_emphasis_and_keeps_bullets() -> None:
    md = (
        "## Symptoms\n\nI was **very** tired, *dizzy* and __sore__, ~~not~~ _really_ fine.\n\n"
        "* fatigue\n+ nausea\n- pain_level_7\n\n1. Humira\n2. iron\n\n`snake_case_code` 3 * 4 * 5"
    )
    assert markdown_to_plain(md) == (
        "Symptoms\n\nI was very tired, dizzy and sore, not really fine.\n\n"
        "- fatigue\n- nausea\n- pain_level_7\n\n1. Humira\n2. iron\n\nsnake_case_code 3 * 4 * 5"
    )


def test_url_underscores_are_not_emphasis() -> None:
    assert (
        markdown_to_plain("see https://example.org/a_b_c_d ok")
        == "see https://example.org/a_b_c_d ok"
    )


def test_hidden_characters_are_stripped() -> None:
    hidden = (
        "Sa\u200brah\u202e \u2066x\u2069 soft\u00adhyphen \ufeffbom tag\U000e0041\U000e007f ctl\x07"
    )
    out = get_format("plain").render("", hidden).text
    assert out == "Sarah x softhyphen bom tag ctl"


def test_emoji_sequences_survive_intact() -> None:
    text = (
        f"Family {FAMILY} flag \U0001f1ec\U0001f1e7 heart \u2764\ufe0f thumbs \U0001f44d\U0001f3fd"
    )
    assert strip_hidden(text) == text
    assert get_format("bluesky").render("", text).text == text


def test_variation_selector_smuggling_is_removed() -> None:
    smuggled = "ok\U0001f600" + "".join(chr(0xFE00 + i) for i in range(16)) + "\U000e0100\U000e01ef"
    assert strip_hidden(smuggled) == "ok\U0001f600\ufe00"


def test_output_is_nfc() -> None:
    out = get_format("plain").render("", "cafe\u0301").text
    assert out == "caf\u00e9"


_NASTY = st.sampled_from(
    ["\u200b", "\u200c", "\u200d", "\u200e", "\u202e", "\u2066", "\u2060", "\ufeff", "\u00ad",
     "\U000E0041", "\ue000", "\U0010FFFD", "\x00", "\x1b", "\u0378", "\U0001f468", "\U0001f469",
     "\ufe0f", "<", ">", "script", "&lt;", "&gt;", "&#8203;", "img src=x", "!--", "[", "](", "javascript:", ")", "!", "`", "*", "_", " ", "\n"]
)  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(
    text=st.lists(st.one_of(_NASTY, st.text(max_size=5)), max_size=40).map("".join),
    format_id=st.sampled_from(FORMAT_IDS),
)
@example(text="&gt;<img src=x", format_id="plain")  # a tag split across title and body
def test_output_never_contains_forbidden_characters(text: str, format_id: str) -> None:
    post = get_format(format_id, mastodon_limit=5000).render(text[:20], text)
    for out in [post.text, post.title, *post.parts]:
        assert not any(_forbidden(ch) for ch in out), ascii(out)
        assert not _stray_zwj(out), ascii(out)
        assert unicodedata.is_normalized("NFC", out)
        # A complete tag is what an HTML parser would act on; "<script" alone is text.
        assert _COMPLETE_TAG.search(out) is None, ascii(out)


@settings(max_examples=200, deadline=None)
@given(st.text())
def test_plain_conversion_never_crashes(text: str) -> None:
    markdown_to_plain(sanitise_markdown(text))
