"""Review stays the safety net: uncertain spans start redacted, and the warnings say what
could still single the user out."""

from __future__ import annotations

from app.profile import PrivacyProfile
from app.redact import Decision, RedactionDraft, RiskKind, SpanType

GB = PrivacyProfile(region="GB")
US = PrivacyProfile(region="US")


def test_uncertain_spans_are_redacted_by_default_and_marked() -> None:
    draft = RedactionDraft("ill be back home in worcester by the weekend", GB)
    uncertain = [s for s in draft.spans if s.uncertain]
    assert uncertain and uncertain[0].text == "worcester"
    assert draft.decision(0) is Decision.REDACT
    assert "worcester" not in draft.render().text


def test_a_kept_age_is_warned_about() -> None:
    draft = RedactionDraft("I'm 34 and on Humira.", GB)
    assert RiskKind.AGE not in {w.kind for w in draft.warnings()}
    ages = [i for i, s in enumerate(draft.spans) if s.type is SpanType.AGE]
    draft.set_decision(ages[0], Decision.KEEP)
    assert RiskKind.AGE in {w.kind for w in draft.warnings()}


def test_a_rare_condition_with_a_state_is_warned_about() -> None:
    draft = RedactionDraft("Living with sarcoidosis in Vermont is lonely.", US)
    warnings = [w for w in draft.warnings() if w.kind is RiskKind.COMBINATION]
    assert warnings and "Vermont" in warnings[0].message


def test_a_kept_handle_is_warned_about() -> None:
    draft = RedactionDraft("Find me as kerry_b on the forum.", GB)
    assert RiskKind.HANDLE not in {w.kind for w in draft.warnings()}
    for i in range(len(draft.spans)):
        draft.set_decision(i, Decision.KEEP)
    assert RiskKind.HANDLE in {w.kind for w in draft.warnings()}


def test_a_drug_kept_while_its_trial_is_hidden_is_warned_about() -> None:
    draft = RedactionDraft("On NCT01234567 since spring, now on eculizumab every fortnight.", GB)
    assert any(s.text == "NCT01234567" for s in draft.spans)  # the trial ID is redacted
    trial = [w for w in draft.warnings() if w.kind is RiskKind.TRIAL]
    assert trial and "eculizumab" in trial[0].message
