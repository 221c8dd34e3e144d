"""Transformations, the review-screen state and the re-identification warnings."""

from __future__ import annotations

from datetime import date

import pytest

from app.profile import PrivacyProfile, ProfileTerm
from app.redact import (
    Action,
    Decision,
    PolicyError,
    RedactionDraft,
    RedactionPolicy,
    RiskKind,
    SpanType,
    TransformContext,
    apply,
    detect,
    relative_phrase,
)
from app.redact.spans import Source, Span

PROFILE = PrivacyProfile.of(
    [
        ProfileTerm("person", "Dr Sarah Okafor", "my neurologist"),
        ProfileTerm("person", "Tom Reed"),
        ProfileTerm("self", "Jo Bloggs"),
        ProfileTerm("place", "Harrogate"),
    ]
)
PSEUDO = RedactionPolicy().with_action(SpanType.NAME, Action.PSEUDONYM)


def test_role_replaces_title_and_name() -> None:
    text = "Dr Okafor changed my dose."
    out = apply(text, detect(text, PROFILE), {}, RedactionPolicy(), TransformContext(PROFILE))
    assert out.text == "my neurologist changed my dose."
    change = out.changes[0]
    assert out.text[change.out_start : change.out_end] == "my neurologist"
    assert text[change.start : change.end] == "Dr Okafor"


def test_pseudonyms_are_consistent_within_a_post() -> None:
    ctx = TransformContext(PROFILE)
    first = "Tom Reed drove me. Dr Okafor was late."
    second = "TOM came again; Sarah rang. Reed's car broke."
    out1 = apply(first, detect(first, PROFILE), {}, PSEUDO, ctx).text
    out2 = apply(second, detect(second, PROFILE), {}, PSEUDO, ctx).text
    assert out1 == "Person A drove me. Dr A was late."
    assert out2 == "Person A came again; Dr A rang. Person A's car broke."  # Dr Sarah Okafor


def test_clinicians_keep_their_title_in_every_mention() -> None:
    """ "Dr Priya Shah", "Dr Shah", "Priya" and "Shah" are one clinician: "Dr A"."""
    profile = PrivacyProfile.of(
        [
            ProfileTerm("person", "Dr Priya Shah", "my rheumatologist"),
            ProfileTerm("person", "Sam", "my partner"),
        ]
    )
    ctx = TransformContext(profile)
    text = (
        "Priya rang first. Sam drove me to see Dr Priya Shah, and Dr Shah said Shah's "
        "clinic would call."
    )
    out = apply(text, detect(text, profile), {}, PSEUDO, ctx).text
    assert out == (
        "Dr A rang first. Person A drove me to see Dr A, and Dr A said Dr A's clinic would call."
    )


def test_titled_names_found_without_a_profile_get_titled_pseudonyms() -> None:
    text = "Dr Amara Nwosu saw me. Later Nwosu phoned and Mrs Pennington waved."
    out = apply(text, detect(text, PROFILE), {}, PSEUDO, TransformContext(PROFILE)).text
    assert out == "Dr A saw me. Later Dr A phoned and Mrs A waved."


def test_labels_and_remove() -> None:
    text = "Call me on 07700 900123 in Harrogate."
    policy = RedactionPolicy().with_action(SpanType.PHONE, Action.REMOVE)
    out = apply(text, detect(text, PROFILE), {}, policy, TransformContext(PROFILE))
    assert out.text == "Call me on in [place]."


@pytest.mark.parametrize(
    ("when", "phrase"),
    [
        (date(2024, 1, 1), "the first day"),
        (date(2024, 1, 3), "day 3"),
        (date(2024, 1, 16), "week 3"),
        (date(2024, 3, 1), "month 3"),
        (date(2025, 1, 2), "year 2"),
        (date(2023, 12, 1), "four weeks before the first day"),
        (date(2023, 9, 1), "four months before the first day"),
    ],
)
def test_relative_phrases(when: date, phrase: str) -> None:
    assert relative_phrase(when, date(2024, 1, 1)) == phrase


def test_dates_relative_to_first_entry_or_coarsened() -> None:
    text = "Infusion on 16/01/2024 and again on 1 March 2024."
    ctx = TransformContext(PROFILE, first_entry_date=date(2024, 1, 1))
    spans = detect(text, PROFILE)
    assert (
        apply(text, spans, {}, RedactionPolicy(), ctx).text
        == "Infusion in week 3 and again two months later."
    )
    month = RedactionPolicy().with_action(SpanType.DATE, Action.MONTH)
    assert (
        apply(text, spans, {}, month, ctx).text
        == "Infusion in January 2024 and again in March 2024."
    )
    season = RedactionPolicy().with_action(SpanType.DATE, Action.SEASON)
    assert (
        apply(text, spans, {}, season, ctx).text
        == "Infusion in winter 2024 and again in spring 2024."
    )


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("I started on 1 January 2024 and felt sick.", "I started on the first day and felt sick."),
        ("On 3 January 2024 the rash came back.", "On day 3 the rash came back."),
        ("On 16 January 2024 it got worse.", "In week 3 it got worse."),
        ("Bloods on 1 March 2024 were fine.", "Bloods two months later were fine."),
        (
            "The flare started after the 16 January 2024 dose.",
            "The flare started after the dose in week 3.",
        ),
        (
            "The 1 March 2024 appointment was cancelled.",
            "The appointment two months later was cancelled.",
        ),
        ("Since 16 January 2024 I have slept badly.", "Since week 3 I have slept badly."),
        (
            "Between 3 January 2024 and 16 January 2024 it was bad.",
            "Between day 3 and week 3 it was bad.",
        ),
        ("Clinic on 1 December 2023 was fine.", "Clinic four weeks earlier was fine."),
        ("16 January 2024\n\nAwful night.", "Week 3\n\nAwful night."),
    ],
)
def test_relative_dates_read_as_english_in_whole_sentences(text: str, shown: str) -> None:
    ctx = TransformContext(PROFILE, first_entry_date=date(2024, 1, 1))
    assert apply(text, detect(text, PROFILE), {}, RedactionPolicy(), ctx).text == shown


def test_dates_use_the_region_for_day_month_order() -> None:
    us = PrivacyProfile(region="US")
    text = "Seen 3/4/2024."
    ctx = TransformContext(us)
    policy = RedactionPolicy().with_action(SpanType.DATE, Action.MONTH)
    assert apply(text, detect(text, us), {}, policy, ctx).text == "Seen March 2024."


def test_ages_become_decades() -> None:
    text = "I'm 34 years old and my dad is 67."
    spans = detect("I'm 34 years old and my dad is 67.", PROFILE)
    out = apply(text, spans, {}, RedactionPolicy(), TransformContext(PROFILE))
    assert out.text.startswith("I'm in my thirties and")


def test_keep_decision_and_summary() -> None:
    text = "Tom Reed and Jo met in Harrogate on 3 May 2024."
    spans = detect(text, PROFILE)
    keep_place = {i: Decision.KEEP for i, s in enumerate(spans) if s.type is SpanType.PLACE}
    out = apply(text, spans, keep_place, RedactionPolicy(), TransformContext(PROFILE))
    assert "Harrogate" in out.text and "Tom" not in out.text and "Jo " not in out.text
    assert out.summary == "2 names, 1 date replaced; 1 kept as written"


def test_the_summary_calls_a_redacted_organisation_an_organisation() -> None:
    # an EMPLOYER span is any named organisation in the person's life, not only a job
    text = "Clarion Housing still have not fixed the damp."
    span = Span(0, 15, SpanType.EMPLOYER, Source.PATTERN, 1.0, text[:15])
    out = apply(text, [span], {}, RedactionPolicy(), TransformContext(PROFILE))
    assert out.summary == "1 organisation replaced"
    assert out.text.startswith("[organisation] still")
    pseudo = RedactionPolicy().with_action(SpanType.EMPLOYER, Action.PSEUDONYM)
    out = apply(text, [span], {}, pseudo, TransformContext(PROFILE))
    assert out.text.startswith("Organisation A still"), out.text


def test_draft_toggle_selection_and_always_redact() -> None:
    draft = RedactionDraft("Tom brought soup from Bettys café.", PROFILE)
    assert "Tom" not in draft.render().text
    index = draft.span_at(0)
    assert index is not None
    assert draft.toggle(index) is Decision.KEEP
    assert draft.render().text.startswith("Tom brought")
    start = draft.text.index("soup")
    draft.redact_selection(start, start + 4)
    assert "soup" not in draft.render().text
    assert draft.render().text.startswith("Tom brought")  # the keep survived
    i = draft.redact_selection(draft.text.index("Bettys"), draft.text.index("Bettys") + 6)
    profile = draft.always_redact(i, kind="place")
    assert ProfileTerm("place", "Bettys") in profile.terms
    assert "Bettys" not in draft.render().text


def test_draft_rejects_bad_selection() -> None:
    draft = RedactionDraft("short", PROFILE)
    with pytest.raises(PolicyError):
        draft.redact_selection(3, 99)


def test_risk_warnings_in_plain_words() -> None:
    text = (
        "My sarcoidosis flared on 12/03/2024 in Harrogate. Dr Okafor suggested the "
        "RESTORE-2 trial and eculizumab. Find me at @jo_b. I'm 34."
    )
    draft = RedactionDraft(text, PROFILE)
    kinds = {w.kind for w in draft.warnings()}
    assert kinds == {RiskKind.TRIAL, RiskKind.RARE_DRUG}  # names, dates and place redacted
    for i, _span in enumerate(draft.spans):
        draft.set_decision(i, Decision.KEEP)
    warnings = {w.kind: w for w in draft.warnings()}
    assert set(warnings) == set(RiskKind)
    combo = warnings[RiskKind.COMBINATION].message
    assert "sarcoidosis" in combo and "your town" in combo and "exact dates" in combo


def test_policy_rejects_actions_that_do_not_fit() -> None:
    with pytest.raises(PolicyError):
        RedactionPolicy().with_action(SpanType.PHONE, Action.DECADE)


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("Last Ramadan I fasted.", "A holiday I fasted."),
        ("It got worse around last Christmas.", "It got worse around a holiday."),
        ("Over Easter it was fine.", "Over a holiday it was fine."),
    ],
)
def test_a_word_pointing_at_a_holiday_goes_with_it(text: str, shown: str) -> None:
    # "last a holiday" read as a mistake in the post
    ctx = TransformContext(PrivacyProfile(), first_entry_date=date(2026, 6, 1))
    assert apply(text, detect(text, PrivacyProfile()), {}, RedactionPolicy(), ctx).text == shown


def test_a_span_inside_the_words_an_age_took_is_replaced_with_them() -> None:
    """ "5 year olds" is one age band, so a guess on "olds" after it is already gone:
    the post is made, not refused as overlapping (a retrained tagger took "olds")."""
    text = "Our 3 and 5 year olds have chickenpox"
    spans = [
        Span(10, 11, SpanType.AGE, Source.CONTEXT, 0.9, "5"),
        Span(17, 21, SpanType.OTHER, Source.UNKNOWN_WORD, 0.5, "olds", uncertain=True),
    ]
    out = apply(text, spans, {}, RedactionPolicy(), TransformContext(PROFILE))
    assert "olds" not in out.text and "5" not in out.text
    assert out.text.endswith(" have chickenpox")
    assert [c.span_index for c in out.changes] == [0]
    overlapping = [*spans[:1], Span(10, 21, SpanType.OTHER, Source.UNKNOWN_WORD, 0.5, "x")]
    with pytest.raises(PolicyError):
        apply(text, overlapping, {}, RedactionPolicy(), TransformContext(PROFILE))
