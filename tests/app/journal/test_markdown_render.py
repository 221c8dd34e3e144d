"""The live preview: formatted, but never loading, running or opening anything."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.markdown_render import (
    _render_block,
    link_needs_confirmation,
    render_markdown,
    safe_link_target,
)
from app.posts.blocks import split_blocks

ATTACK = """# Entry

<script>alert(1)</script>
<img src="https://tracker.example/p.gif" onerror="alert(2)">
<a href="https://ok.example" onclick="alert(3)" style="color:red">styled</a>
<div style="background:url(https://tracker.example/bg.png)" onmouseover="x()">div</div>
<iframe src="https://evil.example"></iframe><object data="x.swf"></object>
<svg onload=alert(4)><circle/></svg><form action="https://evil.example"><input></form>
<link rel=stylesheet href="https://evil.example/s.css"><style>body{}</style>

![alt words](https://tracker.example/pixel.png)
[js](javascript:alert(5)) [data](data:text/html,hi) [file](file:///etc/passwd)
[ent](&#106;avascript:alert(6)) [rel](notes.html) <javascript:alert(7)>
[ref img][r] and ![ref image][r]

[r]: https://tracker.example/r.png
"""


def test_no_active_or_remote_content() -> None:
    out = render_markdown(ATTACK).lower()
    for bad in ("<script", "<img", "<iframe", "<object", "<svg", "<form", "<input", "<link",
                "<style", "javascript:", "data:", "file:", "style=", "alert("):  # fmt: skip
        assert bad not in out, bad
    assert re.search(r"\son\w+\s*=", out) is None
    assert "src=" not in out
    assert "tracker.example/pixel" not in out and "tracker.example/p.gif" not in out


def test_images_become_their_alt_text() -> None:
    out = render_markdown("Before ![my rash photo](https://x.example/a.png) after")
    assert out == "<p>Before my rash photo after</p>"


def test_links_are_http_https_mailto_only_with_rel() -> None:
    out = render_markdown("[a](https://nhs.uk) [b](http://x.org) [c](mailto:me@x.org) [d](ftp://x)")
    hrefs = re.findall(r'href="([^"]*)"', out)
    assert hrefs == ["https://nhs.uk", "http://x.org", "mailto:me@x.org"]
    assert out.count('rel="noopener noreferrer"') == 4  # the ftp link keeps its words, no href


def test_relative_links_are_not_clickable() -> None:
    assert "href" not in render_markdown("[notes](../secret.txt) [x](/etc/passwd)")


def test_formatting_still_renders() -> None:
    out = render_markdown(
        "# Day 3\n\n**Bad** *day*.\n\n- pain\n- fatigue\n\n| a | b |\n|--|--:|\n| 1 | 2 |"
    )
    assert "<h1>Day 3</h1>" in out
    assert "<strong>Bad</strong>" in out and "<em>day</em>" in out
    assert "<li>pain</li>" in out
    assert '<td align="right">2</td>' in out


def test_block_rendering_matches_whole_document() -> None:
    doc = (
        "# Week\n\npara one\n\n- a\n- b\n\n  continued\n\n1. x\n\n2. y\n\n"
        "```\ncode\n\nmore code\n```\n\n> quote\n\n> more\n\n    indented\n\nlast *para*\n"
    )
    blocks = split_blocks(doc)
    assert "\n".join(blocks) == doc
    assert len(blocks) > 3
    whole = render_markdown.__globals__["_render_block"].__wrapped__(doc)
    assert render_markdown(doc).replace("\n", "") == whole.replace("\n", "")


def test_fenced_code_is_never_cut() -> None:
    doc = "```\nline\n\nnot a new block\n\n```\n\nafter"
    assert split_blocks(doc) == ["```\nline\n\nnot a new block\n\n```\n", "after"]


@pytest.mark.parametrize(
    ("url", "safe"),
    [
        ("https://www.nhs.uk/", "https://www.nhs.uk/"),
        ("  https://nhs.uk  ", "https://nhs.uk"),
        ("mailto:me@example.org", "mailto:me@example.org"),
        ("javascript:alert(1)", None),
        ("JAVASCRIPT:alert(1)", None),
        ("java\tscript:alert(1)", None),
        ("&#106;avascript:alert(1)", None),
        ("data:text/html,hi", None),
        ("file:///etc/passwd", None),
        ("vbscript:x", None),
        ("notes.html", None),
        ("//evil.example/x", None),
        ("https:evil.example", None),
        ("https://", None),
        ("", None),
    ],
)
def test_safe_link_target(url: str, safe: str | None) -> None:
    assert safe_link_target(url) == safe


@pytest.mark.parametrize(
    ("url", "text", "ask"),
    [
        ("https://www.nhs.uk/conditions", None, False),
        ("https://www.nhs.uk/conditions", "NHS page", False),
        ("https://www.nhs.uk/conditions", "nhs.uk/conditions", False),
        ("https://evil.example/nhs", "www.nhs.uk", True),
        ("http://www.nhs.uk/", None, True),
        ("https://nhs.uk@evil.example/", None, True),
        ("https://192.168.1.10/", None, True),
        ("https://xn--nhs-xyz.uk/", None, True),
        ("https://nhs.uk:8443/", None, True),
        ("mailto:me@example.org", None, True),
        ("javascript:alert(1)", None, True),
    ],
)
def test_link_needs_confirmation(url: str, text: str | None, ask: bool) -> None:
    assert link_needs_confirmation(url, text) is ask


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.one_of(
            st.sampled_from(
                ["<script>", "</script>", "<img src=x onerror=alert(1)>", "[a](", "javascript:",
                 "data:", ")", "![b](http://t.example/x.png)", "<a href='", "'>", "style=",
                 " onclick=", "\n\n", "`", "<div ", ">", "&#x6A;avascript:", "<"]
            ),
            st.text(max_size=8),
        ),
        max_size=30,
    ).map("".join)
)  # fmt: skip
def test_preview_is_always_inert(md: str) -> None:
    out = render_markdown(md)
    tags = re.findall(r"<\s*([a-zA-Z0-9]+)([^>]*)>", out)
    for name, attrs in tags:
        assert name.lower() not in {"script", "img", "iframe", "style", "object", "embed"}
        assert re.search(r"\b(on\w+|style|src)\s*=", attrs, re.IGNORECASE) is None
        for href in re.findall(r'href="([^"]*)"', attrs):
            assert re.match(r"(https?:|mailto:)", href), href


def test_a_keystroke_renders_only_the_block_being_typed_in() -> None:
    """A 5,000-word entry: the block being typed in is all that is rendered again (the
    others come from the cache), so each keystroke costs one block, whatever the length
    of the entry (measured at about 1 ms in ``tests/benchmarks``; no wall-clock limit)."""
    para = "Today was hard, CRP 45 and **tired**; took [notes](https://example.org/a) and rested. "
    doc = "\n\n".join(para * 7 for _ in range(65))
    assert len(doc.split()) >= 5000
    render_markdown(doc)
    for _i in range(20):
        doc = doc[:4000] + "x" + doc[4000:]
        before = _render_block.cache_info().misses
        render_markdown(doc)
        assert _render_block.cache_info().misses - before == 1


def test_mailto_links_may_not_attach_files() -> None:
    from app.markdown_render import safe_link_target

    assert safe_link_target("mailto:gp@example.org?subject=Hello") is not None
    assert safe_link_target("mailto:gp@example.org?attach=/home/me/.ssh/id_rsa") is None
    assert safe_link_target("mailto:gp@example.org?subject=x&Attachment=/etc/passwd") is None
