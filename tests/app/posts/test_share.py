"""Composing a post from real journal entries: what survives, what is replaced, and how."""

from __future__ import annotations

import datetime as dt

import pytest

from app.errors import NotFound
from app.models import Entry, SymptomReading
from app.posts import FORMAT_IDS, get_format
from app.profile import PrivacyProfile, ProfileTerm
from app.redact import DEFAULT_POLICY, Action, Decision, SpanType
from app.redact.normalise import fold_term as fold
from app.share import ShareDraft, final_text, load_entries

PROFILE = PrivacyProfile.of(
    [
        ProfileTerm("self", "Alex Morgan"),
        ProfileTerm("person", "Sarah Okafor"),
        ProfileTerm("person", "Tom Brennan"),
        ProfileTerm("person", "Dr Priya Shah", "my rheumatologist"),
        ProfileTerm("place", "Harrogate", "my town"),
        ProfileTerm("place", "St James's Hospital", "the hospital"),
        ProfileTerm("employer", "Hargreaves & Co"),
    ],
    region="GB",
)
TERMS = [t.text for t in PROFILE.terms]
PSEUDONYMS = DEFAULT_POLICY.with_action(SpanType.NAME, Action.PSEUDONYM)


@pytest.fixture
def shared(journal):
    """A journal with the profile above and three entries written out of date order."""
    journal.profile.set(PROFILE)
    fatigue = journal.catalog.ensure_symptom("Fatigue")
    ids = [
        journal.entries.add(e)
        for e in (
            Entry(
                "symptom",
                dt.date(2026, 1, 9),
                "Flare after work",
                "Sarah Okafor drove me home from Hargreaves & Co. Tom Brennan rang at 6pm. "
                "Methotrexate 15 mg, CRP 45.",
                readings=[SymptomReading(fatigue.id, 8)],
            ),
            Entry(
                "note",
                dt.date(2025, 12, 20),
                "",
                "Saw Dr Priya Shah at St James's Hospital in Harrogate. Sarah Okafor came too.",
            ),
            Entry(
                "note",
                dt.date(2026, 3, 4),
                "Better",
                "Walked by the river in HARROGATE with sarah okafor. Blood test on 2 March.",
            ),
        )
    ]
    return journal, ids


def test_entries_come_oldest_first_and_a_missing_id_is_named(shared) -> None:
    journal, ids = shared
    entries = load_entries(journal, ids)
    assert [e.day for e in entries] == sorted(e.day for e in entries)
    with pytest.raises(NotFound, match="no entry 999"):
        load_entries(journal, [ids[0], 999])


@pytest.mark.parametrize("format_id", FORMAT_IDS)
def test_no_profile_term_survives_in_any_format(shared, format_id: str) -> None:
    journal, ids = shared
    draft = ShareDraft(load_entries(journal, ids), journal.profile.get(), policy=PSEUDONYMS)
    text = fold(final_text(draft.post(get_format(format_id))))
    for term in TERMS:
        assert fold(term) not in text, term
    assert "okafor" not in text and "harrogate" not in text
    assert "15 mg" in text and "crp 45" in text  # medical facts stay


def test_pseudonyms_are_the_same_person_in_every_entry(shared) -> None:
    journal, ids = shared
    draft = ShareDraft(load_entries(journal, ids), journal.profile.get(), policy=PSEUDONYMS)
    shown = draft.render()
    by_name: dict[str, set[str]] = {}
    for change in shown.changes:
        if change.type is SpanType.NAME:
            by_name.setdefault(fold(change.original), set()).add(change.replacement)
    sarah = by_name[fold("Sarah Okafor")]
    assert len(sarah) == 1  # December, January and March (even in lower case)
    assert sarah != by_name[fold("Tom Brennan")]
    entries = shown.body.split("\n\n")
    assert sum(next(iter(sarah)) in block for block in entries) == 3


def test_dates_are_relative_to_the_first_entry_using_each_entrys_year(shared) -> None:
    journal, ids = shared
    shown = ShareDraft(load_entries(journal, ids), journal.profile.get()).render()
    assert "20 December" not in shown.text and "2026" not in shown.text
    headings = [
        line for line in shown.body.splitlines() if line.startswith(("Day", "Week", "Month"))
    ]
    assert headings == ["Day 1", "Week 3 — Flare after work", "Month 3 — Better"]
    # "2 March" is written without a year in an entry from 2026: 2 March 2026, not 2025.
    assert "Blood test two months later." in shown.text


def test_keep_and_selection_move_the_post_and_map_back(shared) -> None:
    journal, ids = shared
    draft = ShareDraft(load_entries(journal, ids), journal.profile.get())
    before = draft.render()
    rang = draft.text.index("rang at 6pm")
    tom = draft.span_at(draft.text.index("Tom Brennan"))
    assert tom is not None and draft.decision(tom) is Decision.REDACT
    draft.toggle(tom)
    after = draft.render()
    assert "Tom Brennan rang" in after.text and "Tom Brennan" not in before.text
    assert after.summary.endswith("1 kept as written")
    # An offset outside the replacements maps straight back to the source.
    out = after.to_output(rang)
    assert after.text[out : out + 11] == "rang at 6pm"
    assert after.to_source(out) == rang
    # Selecting "at 6pm" in the shown post redacts it in the source.
    index = draft.redact_selection(after.to_source(out + 5), after.to_source(out + 11, end=True))
    assert draft.spans[index].text == "at 6pm"
    assert "rang [redacted]" in draft.render().text


def test_a_new_title_is_redacted_and_keeps_choices_in_the_entries(shared) -> None:
    journal, ids = shared
    draft = ShareDraft(load_entries(journal, ids), journal.profile.get())
    tom = draft.span_at(draft.text.index("Tom Brennan"))
    assert tom is not None
    draft.toggle(tom)
    draft.set_title("Three months since Harrogate")
    shown = draft.render()
    assert shown.title == "Three months since my town"
    assert "Tom Brennan" in shown.body


def test_always_redact_reaches_every_entry(shared) -> None:
    journal, ids = shared
    draft = ShareDraft(load_entries(journal, ids), journal.profile.get())
    river = draft.redact_selection(draft.text.index("the river"), draft.text.index(" in HARR"))
    term = draft.always_redact(river)
    assert term.text == "the river" and term in draft.profile.terms
    journal.profile.add_term(term)
    assert term in journal.profile.get().terms


def test_separate_title_sites_get_the_title_as_first_line(shared) -> None:
    journal, ids = shared
    draft = ShareDraft(load_entries(journal, ids[:1]), journal.profile.get())
    post = draft.post(get_format("reddit"))
    assert post.title == "Flare after work"
    assert final_text(post).startswith("Flare after work\n\nDay 1\n\nSeverity: Fatigue 8/10")


def test_ticking_another_entry_keeps_the_choices_made_in_the_others(shared) -> None:
    """Adding or removing an entry rebuilds the draft; a span kept as written and a
    selection stay as the user left them wherever their entry and text are unchanged."""
    journal, ids = shared
    entries = load_entries(journal, ids)
    one = ShareDraft(entries[1:2], journal.profile.get())  # the one with Tom Brennan
    tom = one.span_at(one.text.index("Tom Brennan"))
    assert tom is not None
    one.toggle(tom)
    one.redact_selection(one.text.index("rang at"), one.text.index("rang at") + 4)
    both = ShareDraft(entries, journal.profile.get())  # heading and title differ now
    both.adopt_choices(one)
    shown = both.render().text
    assert "Tom Brennan [redacted] at 6pm" in shown
    assert "Sarah Okafor" not in shown  # not chosen, still redacted
    back = ShareDraft(entries[1:2], journal.profile.get())
    back.adopt_choices(both)
    assert back.render().text == one.render().text
