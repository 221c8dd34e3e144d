"""A redacted post never contains a profile term, however the term is disguised."""

from __future__ import annotations

import re
import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st

from app.profile import PrivacyProfile, ProfileTerm
from app.redact import RedactionPolicy, TransformContext, apply, detect, fold
from app.redact.policy import Action
from app.redact.spans import SpanType

NAMES = [
    "Zoë Müller",
    "Sarah Okafor",
    "José Álvarez",
    "Siobhán Ní Bhriain",
    "Ødegård",
    "Harrogate",
    "Acme Widgets",
    "Bluebell Ward",
]
ACCENTS = {"a": "áàâä", "e": "éèêë", "i": "íìîï", "o": "óòôöø", "u": "úùûü", "n": "ñ", "c": "ç"}
ZERO_WIDTH = ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad"]
# Filler has no letters, so any letter left in the output came from a term or a label.
FILLER = st.text(alphabet="0123456789 .,;:!?()-\n", max_size=30)
LABEL = re.compile(r"\[[a-zA-Z ]+\]")


@st.composite
def disguised(draw: st.DrawFn, term: str) -> str:
    out = []
    for ch in term:
        low = ch.lower()
        if low in ACCENTS and draw(st.booleans()):
            ch = draw(st.sampled_from(ACCENTS[low]))
        ch = ch.upper() if draw(st.booleans()) else ch.lower()
        out.append(ch)
        if ch.isalpha() and draw(st.integers(0, 4)) == 0:
            out.append(draw(st.sampled_from(ZERO_WIDTH)))
    if draw(st.booleans()):
        return unicodedata.normalize("NFD", "".join(out))
    return "".join(out)


def _skeleton(text: str) -> str:
    return "".join(c for c in fold(text).text if c.isalnum())


@settings(max_examples=150, deadline=None)
@given(data=st.data())
def test_no_profile_term_survives_redaction(data: st.DataObject) -> None:
    terms = data.draw(st.lists(st.sampled_from(NAMES), min_size=1, max_size=3, unique=True))
    kinds = {"Harrogate": "place", "Acme Widgets": "employer", "Bluebell Ward": "other"}
    profile = PrivacyProfile.of(ProfileTerm(kinds.get(t, "person"), t) for t in terms)
    pieces = [data.draw(FILLER)]
    for term in terms:
        pieces += [
            " ",
            data.draw(disguised(term)),
            data.draw(st.sampled_from(["", "'s", "’s"])),
            " ",
            data.draw(FILLER),
        ]
    text = "".join(pieces)
    policy = RedactionPolicy(dict.fromkeys(SpanType, Action.LABEL))
    out = apply(text, detect(text, profile), {}, policy, TransformContext(profile)).text
    skeleton = _skeleton(LABEL.sub(" ", out))
    for term in terms:
        for part in term.split():
            # Every word of every term is gone, in any case, accent or hidden-character form.
            assert _skeleton(part) not in skeleton, (text, out)


HOMOGLYPHS = {
    "a": "а",
    "e": "е",
    "o": "о",
    "p": "р",
    "c": "с",
    "x": "х",
    "i": "і",
    "s": "ѕ",
    "y": "у",
    "h": "һ",
}


@st.composite
def any_disguise(draw: st.DrawFn, term: str) -> str:
    """Case, accents, zero-width characters and look-alike letters of other scripts."""
    out = []
    for ch in draw(disguised(term)):
        base = unicodedata.normalize("NFD", ch)[0].lower()
        if base in HOMOGLYPHS and draw(st.integers(0, 3)) == 0:
            ch = HOMOGLYPHS[base]
        out.append(ch)
    return "".join(out)


@settings(max_examples=120, deadline=None)
@given(data=st.data())
def test_no_profile_term_survives_in_a_default_post(data: st.DataObject) -> None:
    """The post ``fettle share`` makes by default (roles, labels, relative dates)."""
    from app.redact import RedactionDraft

    terms = data.draw(st.lists(st.sampled_from(NAMES), min_size=1, max_size=3, unique=True))
    kinds = {"Harrogate": "place", "Acme Widgets": "employer", "Bluebell Ward": "other"}
    profile = PrivacyProfile.of(ProfileTerm(kinds.get(t, "person"), t, "my friend") for t in terms)
    pieces = ["Saw", data.draw(FILLER)]
    for term in terms:
        pieces += [
            " ",
            data.draw(any_disguise(term)),
            data.draw(st.sampled_from(["", "'s", "’s"])),
            " ",
            data.draw(FILLER),
        ]
    text = "".join(pieces)
    out = RedactionDraft(text, profile).render().text
    # Fettle's own words (the role, an age band "over ninety") are not the user's
    skeleton = _skeleton(_without_own_words(out.replace("my friend", " ")))
    for term in terms:
        for part in term.split():
            assert _skeleton(part) not in skeleton, (text, out)


def _without_own_words(post: str) -> str:
    from app.posts.words import post_words

    own = {
        w
        for key, value in post_words("en").items()
        if key.startswith("age.")
        for w in re.split(r"[\s|{}-]+", value)
        if len(w) > 2
    }
    for word in sorted(own, key=len, reverse=True):
        post = re.sub(rf"(?i)\b{re.escape(word)}", " ", post)
    return post
