"""A post in German (issue 12, item 6): German entries shared for every site carry no
English scaffolding: not the title, the headings, the ratings, the dates redaction makes
relative or coarse, the labels and pseudonyms it puts in, nor a treatment report."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace
from pathlib import Path

import pytest

from app.models import Condition, DoseChange, Entry, SymptomReading, Treatment
from app.posts import FORMAT_IDS, get_format
from app.profile import PrivacyProfile, ProfileTerm
from app.share import ShareDraft, final_text, policy_for
from tests.app.cli.test_share_cli import share
from tests.support.german import ENGLISH_WORDS
from tests.support.journals import make_journal

DAY = dt.date(2026, 3, 3)
PROFILE = PrivacyProfile.of(
    [ProfileTerm("person", "Anna Becker", "meine Schwester"), ProfileTerm("place", "Bielefeld")],
    region="DE",
)


def german_entries() -> list[Entry]:
    return [
        Entry(
            "symptom",
            DAY,
            "Schlechte Nacht",
            "Am 5. März war ich mit Anna Becker bei der Ärztin in Bielefeld. "
            "Seit dem 1. Februar nehme ich jeden Abend eine Tablette.",
            readings=[SymptomReading(1, 7, name="Migräne"), SymptomReading(2, 3, name="")],
            id=1,
        ),
        Entry("note", DAY, "", "Abends ging es etwas besser.", id=2),
        Entry(
            "note",
            DAY + dt.timedelta(days=9),
            "",
            "Heute war Anna Becker da. Im Mai 2025 hatte ich schon einmal so eine Phase.",
            id=3,
        ),
    ]


def english_words(text: str) -> set[str]:
    return {w for w in re.findall(r"[^\W\d_]+", text.lower()) if w in ENGLISH_WORDS}


@pytest.mark.parametrize("format_id", FORMAT_IDS)
@pytest.mark.parametrize(
    ("names", "dates"), [("role", "relative"), ("pseudonym", "month"), ("label", "season")]
)
def test_every_format_in_german_has_no_english_scaffolding(format_id, names, dates) -> None:
    draft = ShareDraft(german_entries(), PROFILE, policy=policy_for(names, dates), lang="de")
    text = final_text(draft.post(get_format(format_id)))
    assert english_words(text) == set(), text
    assert "Becker" not in text and "Bielefeld" not in text and "3. März" not in text
    assert "Aus meinem Gesundheitstagebuch" in text
    assert "Beschwerden: Migräne 7 von 10, Symptom 3 von 10" in text
    assert "Später am selben Tag" in text


def test_the_german_post_says_it_in_german_words() -> None:
    text = ShareDraft(german_entries(), PROFILE, lang="de").render().text
    assert "Tag 1 — Schlechte" in text  # the heading date, relative
    assert "\n\nWoche 2\n\n" in text
    assert "An Tag 3 war ich mit meiner Schwester" in text or "An Tag 3" in text
    assert "[Ort]" in text  # Bielefeld, a place with no role
    labels = ShareDraft(german_entries(), PROFILE, lang="de", policy=policy_for("pseudonym"))
    assert "Person A" in labels.render().text and "Ort A" in labels.render().text


def test_the_same_entries_in_english_keep_english_scaffolding() -> None:
    """The language is the post's choice: the same draft in English is English."""
    text = ShareDraft(german_entries(), PROFILE).render().text
    assert "From my health journal" in text and "Day 1" in text
    assert "Severity: Migräne 7/10" in text


def test_fettles_own_german_words_are_no_names() -> None:
    """German capitalises nouns: the headings must not be redacted as names."""
    draft = ShareDraft(german_entries(), PROFILE, lang="de")
    own = ("Aus", "Gesundheitstagebuch", "Beschwerden", "Später", "Symptom")
    assert [s.text for s in draft.spans if s.text in own] == []
    assert any(s.text == "3. März 2026" for s in draft.spans)  # the date is still found


def _german_treatment(path: Path) -> None:
    start = dt.date(2026, 1, 5)
    with make_journal(path) as j:
        j.profile.set(PROFILE)
        cond = j.catalog.save_condition(Condition("Fibromyalgie"))
        tid = j.catalog.save_treatment(
            Treatment(
                "Amitriptylin",
                dose_amount=2.5,
                dose_unit="mg",
                schedule="abends",
                start_day=start,
                effect_rating=7,
                side_effects="Mundtrockenheit",
            )
        )
        j.catalog.add_dose_change(tid, DoseChange(start, 2.5, "mg", "abends"))
        j.catalog.add_dose_change(
            tid, DoseChange(start + dt.timedelta(days=28), 10, "mg", "abends")
        )
        pain = j.catalog.ensure_symptom("Gelenkschmerzen")
        for i in range(-30, 60):
            j.entries.add(
                Entry(
                    "symptom",
                    start + dt.timedelta(days=i),
                    readings=[SymptomReading(pain.id, 6 if i < 0 else 3)],
                )
            )
        j.entries.add(
            Entry(
                "lesson",
                start + dt.timedelta(days=20),
                "Früh nehmen",
                "Spätestens um acht Uhr abends nehmen, sonst ist der Morgen schlimm.",
                treatment_ids=[tid],
                condition_ids=[cond],
            )
        )


@pytest.mark.parametrize("format_id", ["reddit", "healthunlocked", "patientslikeme"])
def test_a_treatment_report_in_german(tmp_path: Path, format_id: str) -> None:
    from app.giveback.treatment_report import report_draft
    from app.journal.journal import Journal
    from tests.support.journals import PASSPHRASE

    path = tmp_path / "j.fettle"
    _german_treatment(path)
    with Journal.open(path, PASSPHRASE) as journal:
        draft = report_draft(journal, "Amitriptylin", today=dt.date(2026, 4, 1), lang="de")
        text = final_text(draft.post(get_format(format_id)))
    assert english_words(text) == set(), text
    assert "Meine Erfahrung mit Amitriptylin" in text
    assert "Dosis: zu Beginn 2,5 mg" in text  # a decimal comma in the dose
    assert "- ab Woche 5: 10 mg abends (vorher 2,5 mg abends)" in text
    assert "Nebenwirkungen: Mundtrockenheit." in text
    assert re.search(r"Gelenkschmerzen: 6,0 vorher \(\d+ Tage\), 3,0 nachher", text), text


def test_fettle_share_post_lang_de(tmp_path: Path) -> None:
    path = tmp_path / "j.fettle"
    with make_journal(path) as journal:
        journal.profile.set(PROFILE)
        migraine = journal.catalog.ensure_symptom("Migräne")
        entries = [replace(e, id=None, readings=[]) for e in german_entries()]
        entries[0].readings = [SymptomReading(migraine.id, 7)]
        ids = [journal.entries.add(e) for e in entries]
    proc = share(str(path), *map(str, ids), "--post-lang", "de", "--format", "reddit")
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.startswith("Aus meinem Gesundheitstagebuch\n\nTag 1 — Schlechte")
    assert "Beschwerden: Migräne 7 von 10" in proc.stdout
    assert english_words(proc.stdout) == set(), proc.stdout
    plain = share(str(path), *map(str, ids))
    assert plain.stdout.startswith("From my health journal")  # English unless asked


def test_fettles_own_words_are_only_where_fettle_wrote_them() -> None:
    """A rating Fettle writes ("7/10") is no date, but the same form in the user's own
    words is looked at as ever: "on 5/10" is a date and goes."""
    entries = [
        Entry("symptom", DAY, "Flare", "", readings=[SymptomReading(1, 7, name="migraine")], id=1),
        Entry("note", DAY + dt.timedelta(days=8), "Scan", "The scan on 5/10 was clear.", id=2),
    ]
    text = ShareDraft(entries, PROFILE).render().text
    assert "Severity: migraine 7/10" in text
    assert "5/10" not in text, text
