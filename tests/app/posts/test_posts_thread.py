"""Mastodon threads: every part fits, numbering is right, nothing is lost or reordered."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from app.posts import get_format, mastodon_length, split_thread, strip_numbering

URL = "https://example.org/a/really/long/path/that/goes/on/and/on/for/a/while/" + "x" * 80


def _check(parts: list[str], limit: int) -> None:
    total = len(parts)
    for i, part in enumerate(parts, start=1):
        assert mastodon_length(part) <= limit
        assert part.endswith(f"\n\n{i}/{total}")


def test_short_text_is_one_unnumbered_part() -> None:
    assert split_thread("Just a short note.", 500, mastodon_length) == ["Just a short note."]


def test_prefers_paragraph_breaks() -> None:
    para = ("Slept badly again. " * 12).strip()  # 227 characters
    parts = split_thread(f"{para}\n\n{para}\n\n{para}", 500, mastodon_length)
    _check(parts, 500)
    assert [strip_numbering(p) for p in parts] == [f"{para}\n\n{para}", para]


def test_falls_back_to_sentences_then_words() -> None:
    sentence = "The fatigue was worse than last week and I rested most of the day. "
    long_para = (sentence * 20).strip()
    parts = split_thread(long_para, 500, mastodon_length)
    _check(parts, 500)
    for part in parts:  # each part ends at a sentence boundary
        assert strip_numbering(part).endswith(".")
    one_sentence = " ".join(["word"] * 300)
    parts = split_thread(one_sentence, 500, mastodon_length)
    _check(parts, 500)
    assert all(set(strip_numbering(p).split()) == {"word"} for p in parts)


def test_never_splits_a_url() -> None:
    text = " ".join(f"see {URL} ok" for _ in range(40))
    parts = split_thread(text, 120, mastodon_length)
    _check(parts, 120)
    joined = " ".join(strip_numbering(p) for p in parts)
    assert joined.count(URL) == 40
    for part in parts:
        for found in re.findall(r"https://\S+", part):
            assert found == URL


def test_numbering_width_over_nine_parts() -> None:
    parts = split_thread("Short sentence here. " * 400, 100, mastodon_length)
    assert len(parts) >= 10
    _check(parts, 100)
    assert parts[0].endswith(f"1/{len(parts)}")


def test_mastodon_format_renders_thread() -> None:
    post = get_format("mastodon").render("Week 3", "A sentence of words here. " * 60)
    assert post.is_thread
    assert post.parts[0].startswith("Week 3\n\n")
    _check(post.parts, 500)
    assert post.text == "\n\n".join(post.parts)


def test_monster_word_is_cut_as_last_resort() -> None:
    parts = split_thread("a" * 1200, 500, mastodon_length)
    _check(parts, 500)
    assert "".join(strip_numbering(p) for p in parts) == "a" * 1200


_WORD = st.one_of(
    st.text(alphabet=st.characters(categories=("L", "N", "P", "So")), min_size=1, max_size=30),
    st.just(URL),
    st.just("\U0001f468\u200d\U0001f469\u200d\U0001f467"),
)
_SEP = st.sampled_from([" ", " ", " ", "\n", "\n\n", ". "])


@st.composite
def _texts(draw: st.DrawFn) -> str:
    words = draw(st.lists(_WORD, min_size=1, max_size=300))
    out = [words[0]]
    for word in words[1:]:
        out.append(draw(_SEP))
        out.append(word)
    return "".join(out)


@settings(max_examples=150, deadline=None)
@given(text=_texts(), limit=st.integers(min_value=60, max_value=600))
def test_thread_keeps_every_word_in_order(text: str, limit: int) -> None:
    parts = split_thread(text, limit, mastodon_length)
    if len(parts) > 1:
        _check(parts, limit)
    else:
        assert mastodon_length(parts[0]) <= limit
    rejoined = " ".join(strip_numbering(p) for p in parts) if len(parts) > 1 else parts[0]
    assert rejoined.split() == text.split()


def test_strip_numbering_leaves_what_numbering_cannot_have_written() -> None:
    # a last paragraph shaped like a marker: hypothesis found "0 0\n\n0/0" (a single
    # part carries no marker, so the property test strips only threads)
    assert strip_numbering("pain today\n\n12/10") == "pain today\n\n12/10"
    assert strip_numbering("0 0\n\n0/0") == "0 0\n\n0/0"
    assert strip_numbering("first part\n\n1/3") == "first part"
    assert strip_numbering("pain\n\n7/10\n\n3/3") == "pain\n\n7/10"
