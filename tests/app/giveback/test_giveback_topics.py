"""Topics that never leave: no sentence that mentions one survives in a default post."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.giveback.topics import sentences, topic_hits
from app.models import Entry
from app.posts import get_format
from app.profile import PrivacyProfile, ProfileTerm
from app.redact.normalise import fold
from app.share import ShareDraft, final_text, redact_everything
from tests.app.cli.test_cli import fettle
from tests.support.journals import PASSPHRASE, make_journal

TOPICS = ("sertraline", "HIV", "my divorce")
PROFILE = PrivacyProfile.of([ProfileTerm("person", "Sarah Okafor", "my sister")]).with_topics(
    TOPICS
)
# how a topic may be written: any case, accents, the drug's other names
MENTIONS = [
    "sertraline",
    "SERTRALINE",
    "Sertralíne",
    "Zoloft",
    "zoloft",
    "Lustral",
    "HIV",
    "hiv",
    "H\u0130V",
    "HÍV",
    "my divorce",
    "My Divorce",
    "my  divorce",
    "MY DIVÖRCE",
]
FILLER = [
    "I slept badly",
    "The pain was a 6",
    "Walked to the shop",
    "Sarah Okafor rang",
    "Tired again",
    "Physio went well",
    "Felt a bit better by noon",
]


def _post(body: str, title: str = "Week notes") -> str:
    draft = ShareDraft([Entry("note", dt.date(2026, 3, 2), title, body, id=1)], PROFILE)
    redact_everything(draft)
    return final_text(draft.post(get_format("plain")))


def _mentions_topic(text: str) -> bool:
    folded = fold(text).text
    return any(w in folded for w in ("sertral", "zoloft", "lustral", "hiv", "divorce"))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(
        st.tuples(
            st.booleans(),
            st.sampled_from(MENTIONS),
            st.sampled_from(FILLER),
            st.sampled_from([". ", "! ", "? ", ".\n", "\n\n"]),
        ),
        min_size=1,
        max_size=8,
    )
)
def test_no_sentence_with_a_topic_survives(parts) -> None:
    body = ""
    for has_topic, mention, filler, end in parts:
        sentence = f"{filler} and {mention} came up" if has_topic else filler
        body += sentence + end
    text = _post(body)
    assert not _mentions_topic(text), text
    for _has, _m, filler, _e in parts:  # everything else is still there
        if "Okafor" not in filler and not _has:
            assert filler in text


def test_the_reason_names_the_other_name_and_the_sentence_can_come_back() -> None:
    body = "Sarah Okafor drove me. My Zoloft went up to 100 mg. Slept badly."
    draft = ShareDraft([Entry("note", dt.date(2026, 3, 2), "Notes", body, id=1)], PROFILE)
    shown = draft.render()
    assert len(shown.withheld) == 1
    start, end, index = shown.withheld[0]
    assert shown.text[start:end] == "My Zoloft went up to 100 mg."  # shown, struck out
    assert "Zoloft" in draft.topic_hits[index].reason
    assert "sertraline" in draft.topic_hits[index].reason
    fmt = get_format("plain")
    assert "Zoloft" not in final_text(draft.post(fmt))
    draft.toggle_topic(index)  # brought back for this post only
    assert "My Zoloft went up to 100 mg." in final_text(draft.post(fmt))
    assert "Okafor" not in final_text(draft.post(fmt))  # still redacted inside it


def test_a_title_on_a_topic_is_replaced_and_sentences_end_sensibly() -> None:
    text = _post("Nothing much.", title="Living with HIV")
    assert "HIV" not in text and text.startswith("From my health journal")
    spans = sentences("Saw Dr. Patel, e.g. about it. Then home!\nNext line")
    assert list(spans) == [(0, 29), (30, 40), (41, 50)]
    assert topic_hits("Nothing here.", ()) == []


def test_fettle_profile_add_topic(tmp_path: Path) -> None:
    path = tmp_path / "j.fettle"
    with make_journal(path) as j:
        entry = j.entries.add(
            Entry("note", dt.date(2026, 3, 2), "Notes", "Started Lustral today. Walked a bit.")
        )
    add = fettle(
        "profile", "add", "topic", "sertraline", "--journal", str(path), passphrases=[PASSPHRASE]
    )
    assert add.returncode == 0, add.stderr
    shown = fettle("profile", "--journal", str(path), passphrases=[PASSPHRASE])
    assert "topic" in shown.stdout and "sertraline" in shown.stdout
    post = fettle("share", str(entry), "--journal", str(path), passphrases=[PASSPHRASE])
    assert post.returncode == 0, post.stderr
    assert "Lustral" not in post.stdout and "Walked a bit." in post.stdout
    assert "left out a sentence" in post.stderr
    with make_journal.__globals__["Journal"].open(path, PASSPHRASE) as j:
        j.profile.set(j.profile.get())  # a screen that edits only the terms keeps topics
        assert j.profile.get().topics == ("sertraline",)


def test_an_unknown_abbreviation_never_lets_half_a_topic_sentence_through() -> None:
    from app.giveback.topics import topic_hits, withhold

    text = "Got my HIV results from Dr Li at Mt. Sinai today. The weather was fine."
    hits = topic_hits(text, ["HIV"])
    left = withhold(text, [(h.start, h.end) for h in hits])
    assert "Sinai" not in left  # the rest of the topic's sentence goes too
    assert left == "The weather was fine."
