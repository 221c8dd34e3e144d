"""Site counters: what the user sees must match what the site will accept."""

from __future__ import annotations

import pytest

from app.posts import (
    FORMAT_IDS,
    PostFormatError,
    UnknownFormat,
    all_formats,
    bluesky_length,
    get_format,
    grapheme_count,
    mastodon_length,
    x_weighted_length,
)

FAMILY = "\U0001f468\u200d\U0001f469\u200d\U0001f467\u200d\U0001f466"  # 👨‍👩‍👧‍👦
FLAG_GB = "\U0001f1ec\U0001f1e7"
THUMBS_DARK = "\U0001f44d\U0001f3ff"
URL_LONG = "https://www.nhs.uk/conditions/inflammatory-bowel-disease/living-with-it/"


# --- X -------------------------------------------------------------------------


def test_x_counts_latin_as_one() -> None:
    assert x_weighted_length("hello world") == 11


def test_x_counts_any_url_as_23() -> None:
    assert x_weighted_length(URL_LONG) == 23
    assert x_weighted_length(f"see {URL_LONG} now") == 4 + 23 + 4
    assert x_weighted_length("https://a.co") == 23


def test_x_counts_bare_domain_as_url() -> None:
    assert x_weighted_length("nhs.uk/conditions") == 23


def test_x_counts_cjk_as_two() -> None:
    assert x_weighted_length("日本語") == 6
    assert x_weighted_length("한국") == 4


def test_x_counts_emoji_as_two_even_zwj_sequences() -> None:
    assert x_weighted_length("\U0001f600") == 2
    assert x_weighted_length(FAMILY) == 2
    assert x_weighted_length(FLAG_GB) == 2
    assert x_weighted_length(THUMBS_DARK) == 2
    assert x_weighted_length(f"a{FAMILY}b") == 4


def test_x_curly_quotes_and_dashes_are_light() -> None:
    assert x_weighted_length("“ok” – fine") == 11
    # U+2026 is outside twitter-text v3's weight-1 ranges, so it counts 2.
    assert x_weighted_length("…") == 2


def test_x_limit_is_weighted() -> None:
    fmt = get_format("x")
    assert not fmt.count("", "a" * 280).over
    assert fmt.count("", "a" * 281).over
    assert fmt.count("", "日" * 140).used == 280
    assert fmt.count("", "日" * 141).over
    warning = fmt.count("", "日" * 141).warnings[0]
    assert "2 characters too long" in warning


# --- Bluesky -------------------------------------------------------------------


def test_bluesky_counts_graphemes() -> None:
    assert bluesky_length(FAMILY) == 1
    assert bluesky_length(FLAG_GB + FLAG_GB) == 2
    assert bluesky_length("e\u0301") == 1
    assert bluesky_length(THUMBS_DARK) == 1
    assert bluesky_length("नमस्ते") == 3  # Devanagari conjuncts are clusters too


def test_bluesky_limit_300_graphemes() -> None:
    fmt = get_format("bluesky")
    assert fmt.count("", FAMILY * 300).used == 300
    assert not fmt.count("", FAMILY * 300).over
    assert fmt.count("", FAMILY * 301).over


# --- Mastodon ------------------------------------------------------------------


def test_mastodon_url_counts_23() -> None:
    assert mastodon_length(URL_LONG) == 23
    assert mastodon_length(f"read {URL_LONG}.") == 5 + 23 + 1


def test_mastodon_remote_mention_counts_local_part() -> None:
    assert mastodon_length("@sam@mastodon.social hi") == len("@sam hi")


def test_mastodon_counts_graphemes() -> None:
    assert mastodon_length(FAMILY + "ok") == 3


def test_mastodon_limit_is_a_setting() -> None:
    body = "word " * 120  # 599 characters
    assert get_format("mastodon").count("", body).over
    assert not get_format("mastodon", mastodon_limit=1000).count("", body).over
    with pytest.raises(PostFormatError):
        get_format("mastodon", mastodon_limit=10)


def test_mastodon_count_reports_thread_parts() -> None:
    count = get_format("mastodon").count("", "A sentence of words here. " * 60)
    assert count.over
    assert count.parts == 4
    assert "thread of 4 posts" in count.warnings[0]


# --- the other sites -----------------------------------------------------------


def test_reddit_title_and_body_limits() -> None:
    fmt = get_format("reddit")
    ok = fmt.count("A" * 300, "body")
    assert not ok.over and ok.title_used == 300 and ok.title_limit == 300
    long_title = fmt.count("A" * 301, "body")
    assert long_title.over
    assert "title" in long_title.warnings[0]
    assert fmt.count("t", "x" * 40_000).used == 40_000
    assert fmt.count("t", "x" * 40_001).over
    assert any("need a title" in w for w in fmt.count("", "body").warnings)


def test_reddit_keeps_markdown() -> None:
    post = get_format("reddit").render("My week", "I was **very** tired")
    assert post.title == "My week"
    assert post.text == "I was **very** tired"


def test_facebook_warns_about_see_more() -> None:
    fmt = get_format("facebook_group")
    assert fmt.count("", "short").warnings == []
    warnings = fmt.count("", "x " * 300).warnings
    assert any("See more" in w and "477" in w for w in warnings)
    assert fmt.count("", "x" * 63_207).over


def test_healthunlocked_warns_and_shows_public_part() -> None:
    fmt = get_format("healthunlocked")
    count = fmt.count("Flare advice", "body")
    assert count.limit is None and not count.over
    assert any("247" in w and "private community" in w for w in count.warnings)
    post = fmt.render("Flare advice", "y" * 400)
    assert post.public_excerpt == "Flare advice\n" + "y" * 247


@pytest.mark.parametrize("format_id", ["patientslikeme", "inspire", "plain"])
def test_sites_without_limits(format_id: str) -> None:
    count = get_format(format_id).count("t", "x" * 100_000)
    assert count.limit is None and not count.over


@pytest.mark.parametrize("format_id", ["patientslikeme", "inspire"])
def test_unpublished_limit_is_explained(format_id: str) -> None:
    assert any(
        "does not publish a length limit" in w
        for w in get_format(format_id).count("", "x").warnings
    )


def test_registry() -> None:
    formats = all_formats()
    assert [f.id for f in formats] == list(FORMAT_IDS)
    assert all(f.display_name for f in formats)
    with pytest.raises(UnknownFormat):
        get_format("myspace")


@pytest.mark.parametrize("format_id", FORMAT_IDS)
def test_count_matches_rendered_text(format_id: str) -> None:
    """The block-cached counter must agree with measuring the finished post."""
    fmt = get_format(format_id, mastodon_limit=100_000)
    body = (
        "# Week 3\n\nFelt *rough*. Saw [the clinic](https://example.org/a_b) today \U0001f622.\n\n"
        "- fatigue\n- pain 6/10\n\n```\nCRP 45\n\nESR 30\n```\n\nBetter by Friday " + FAMILY + "\n"
    )
    post = fmt.render("Update", body)
    assert fmt.count("Update", body).used == fmt.length(post.text)


def test_grapheme_count_plain() -> None:
    assert grapheme_count("abc") == 3
