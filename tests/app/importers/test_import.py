"""Imports: each format read into a real journal, previews that write nothing, and
all-or-nothing commits; the Fettle JSON round trip as a property."""

from __future__ import annotations

import datetime as dt
import io
import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from app.errors import ImportRejected
from app.exporters.json import dump
from app.importers import csv_header, parse_mapping, read_bytes, read_file
from app.journal import kdf
from app.journal.journal import Journal
from app.models import (
    Appointment,
    Condition,
    DoseChange,
    DoseEvent,
    Entry,
    SymptomReading,
    Treatment,
)
from app.profile import PrivacyProfile, ProfileTerm
from tests.support.journals import make_journal

JRNL = {
    "tags": {"@work": 2, "@sleep": 1},
    "entries": [
        {
            "title": "Long day at work.",
            "body": "Headache by five.\n",
            "date": "2026-01-03",
            "time": "21:10",
            "tags": ["@work"],
            "starred": False,
        },
        {
            "title": "Slept badly",
            "body": "",
            "date": "2026-01-05",
            "time": "07:30",
            "tags": ["@sleep", "@work"],
            "starred": True,
            "uuid": "ABC",
            "creator": {"device_agent": "iPhone"},
        },
    ],
}


def _bytes(doc) -> bytes:
    return json.dumps(doc).encode()


def test_jrnl_export_becomes_notes_with_tags(journal: Journal) -> None:
    plan = read_bytes(_bytes(JRNL), "jrnl")
    assert plan.count == 2 and plan.describe() == "2 entries from 2026-01-03 to 2026-01-05."
    assert journal.entries.count() == 0  # the preview wrote nothing
    assert plan.commit(journal) == 2
    first, second = journal.entries.iter_all()
    assert (first.title, first.day, first.time) == (
        "Long day at work.",
        dt.date(2026, 1, 3),
        dt.time(21, 10),
    )
    assert first.body == "Headache by five." and first.tags == ["work"]
    assert second.tags == ["sleep", "starred", "work"]
    assert [h.row.id for h in journal.search("headache")] == [first.id]


@pytest.mark.parametrize(
    "doc, words",
    [
        ({"entries": "nope"}, 'no list of "entries"'),
        ([1, 2], "no list"),
        (
            {"entries": [{"date": "2026-13-01", "time": "10:00", "title": "x", "body": ""}]},
            "Entry 1: the date '2026-13-01'",
        ),
        (
            {"entries": [JRNL["entries"][0], {"date": "2026-01-01", "time": "25:99"}]},
            "Entry 2: the time '25:99'",
        ),
        ({"entries": [{"date": "2026-01-01", "title": 5}]}, "Entry 1: the title should be text"),
        (
            {"entries": [{"date": "2026-01-01", "tags": "work"}]},
            "Entry 1: the tags should be a list",
        ),
    ],
)
def test_bad_jrnl_files_are_rejected_naming_the_entry(doc, words: str) -> None:
    with pytest.raises(ImportRejected) as err:
        read_bytes(_bytes(doc), "jrnl")
    assert words in err.value.user_message
    assert err.value.user_message.endswith("Nothing was imported.")


def test_csv_mapping_is_guessed_from_headers(tmp_path: Path, journal: Journal) -> None:
    path = tmp_path / "log.csv"
    path.write_text(
        "When,Symptom,Pain level,Notes,Tags,Mood\n"
        '2026-02-01 08:15,Headache,6,"after screen time, again",work;screen,ok\n'
        "2026-02-02,Nausea,3.4,,,\n"
        "2026-02-03,,,Quiet day,family,\n",
        encoding="utf-8",
    )
    _, guess = csv_header(path)
    assert guess == {
        "date": "When",
        "symptom": "Symptom",
        "severity": "Pain level",
        "note": "Notes",
        "tags": "Tags",
    }
    plan = read_file(path, "csv")
    assert plan.count == 3 and "Mood" in plan.warnings[0]
    plan.commit(journal)
    a, b, c = journal.entries.iter_all()
    assert (a.kind, a.time, a.readings[0].name, a.readings[0].severity) == (
        "symptom",
        dt.time(8, 15),
        "Headache",
        6,
    )
    assert a.body == "after screen time, again" and a.tags == ["screen", "work"]
    assert b.readings[0].severity == 3 and c.kind == "note" and c.body == "Quiet day"
    assert {s.name for s in journal.catalog.symptoms()} == {"Headache", "Nausea"}


def test_csv_mapping_override_and_existing_symptoms_are_reused(
    tmp_path: Path, journal: Journal
) -> None:
    existing = journal.catalog.ensure_symptom("Headache")
    path = tmp_path / "x.csv"
    path.write_text(
        "Day;Thing;Score;Comment\n14/03/2026;headache;7;bad\n03/04/2026;headache;2;better\n",
        encoding="utf-8",
    )
    plan = read_file(path, "csv", parse_mapping("symptom=Thing, note=Comment"))
    plan.commit(journal)
    days = [e.day for e in journal.entries.iter_all()]
    assert days == [dt.date(2026, 3, 14), dt.date(2026, 4, 3)]  # day-first, from 14/03
    assert all(e.readings[0].symptom_id == existing.id for e in journal.entries.iter_all())


@pytest.mark.parametrize(
    "text, words",
    [
        ("Date,Severity\n2026-01-01,11\n", "Line 2: the severity 11 is outside 0 to 10"),
        ("Date,Severity\n2026-01-01,4\n2026-01-02,bad\n", "Line 3: the severity 'bad'"),
        ("Date\n01/02/2026\n", "could be day/month or month/day"),
        ("Date\nyesterday\n", "Line 2: 'yesterday' is not a date"),
        ("Foo,Bar\n1,2\n", "which column holds the date"),
        ("", "empty"),
    ],
)
def test_bad_csv_is_rejected_naming_the_line(text: str, words: str) -> None:
    with pytest.raises(ImportRejected, match=words):
        read_bytes(text.encode(), "csv")


def test_csv_mapping_to_a_missing_column_is_rejected() -> None:
    with pytest.raises(ImportRejected, match="no column called 'Nope'"):
        read_bytes(b"Date\n2026-01-01\n", "csv", {"note": "Nope"})
    with pytest.raises(ImportRejected, match="FIELD=Column"):
        parse_mapping("colour=Red")


FLAREDOWN = (
    "Date,Crohn's disease,Fatigue,Abdominal pain,Prednisone,Ibuprofen,Tags,Foods\n"
    "2017-04-01,2,3,,20 mg,Not Taken,stress; travel,Toast; Coffee\n"
    "2017-04-02,1,,4,Taken,,,\n"
    "2017-04-03,,,,,,,\n"
)


def test_flaredown_export(journal: Journal) -> None:
    plan = read_bytes(FLAREDOWN.encode(), "flaredown")
    assert plan.count == 3 and "0 to 4" in plan.warnings[0]
    plan.commit(journal)
    first, second, third = journal.entries.iter_all()
    assert {r.name: r.severity for r in first.readings} == {"Crohn's disease": 5, "Fatigue": 8}
    assert "Prednisone: 20 mg" in first.body and "Ibuprofen" not in first.body
    assert "Foods: Toast; Coffee" in first.body and first.tags == ["stress", "travel"]
    assert {r.name: r.severity for r in second.readings} == {
        "Crohn's disease": 2,
        "Abdominal pain": 10,
    }
    names = {t.name for t in journal.catalog.treatments()}
    assert names == {"Prednisone"}  # "Not Taken" links nothing
    assert len(second.treatment_ids) == 1 and third.kind == "note"


def test_not_a_flaredown_export() -> None:
    with pytest.raises(ImportRejected, match="not a Flaredown export"):
        read_bytes(b"Date,Headache\n2026-01-01,3\n", "flaredown")


def test_import_is_all_or_nothing_even_when_commit_fails_late(journal: Journal) -> None:
    journal.entries.add(Entry("note", dt.date(2026, 1, 1), "mine"))
    before = journal.entries.count()
    good = [
        {"date": "2026-01-02", "time": "10:00", "title": f"t{i}", "body": "b", "tags": ["@x"]}
        for i in range(300)
    ]
    plan = read_bytes(_bytes({"entries": good}), "jrnl")
    # make the database refuse the 300th insert, after 299 succeeded inside the transaction
    journal.db.execute(
        "CREATE TEMP TRIGGER refuse BEFORE INSERT ON main.entries "
        "WHEN new.title = 't299' BEGIN SELECT RAISE(ABORT, 'no'); END"
    )
    with pytest.raises(ImportRejected):
        plan.commit(journal)
    assert journal.entries.count() == before
    assert journal.catalog.symptoms() == [] and journal.entries.tags() == []
    journal.db.execute("DROP TRIGGER temp.refuse")
    assert plan.commit(journal) == 300


def test_fettle_json_rejects_broken_links_and_other_formats() -> None:
    doc = {
        "format": "fettle-journal",
        "version": 1,
        "symptoms": [],
        "entries": [
            {
                "id": 1,
                "kind": "symptom",
                "day": "2026-01-01",
                "time": None,
                "title": "",
                "body": "",
                "tags": [],
                "readings": [{"symptom_id": 9, "severity": 3}],
            }
        ],
    }
    with pytest.raises(ImportRejected, match="Entry 1: it rates symptom 9"):
        read_bytes(_bytes(doc), "fettle-json")
    with pytest.raises(ImportRejected, match="newer version"):
        read_bytes(_bytes(dict(doc, version=2)), "fettle-json")
    with pytest.raises(ImportRejected, match="not a Fettle JSON export"):
        read_bytes(_bytes(JRNL), "fettle-json")


# -- the round trip --------------------------------------------------------------------


def _export(journal: Journal) -> dict:
    out = io.StringIO()
    dump(journal, out)
    doc = json.loads(out.getvalue())
    doc.pop("exported_at")
    return doc


def _journal_with_everything(path: Path, texts: list[str], days: list[dt.date]) -> Journal:
    j = make_journal(path)
    cat = j.catalog
    head = cat.ensure_symptom("Headache", "head")
    fog = cat.ensure_symptom("Brain fog")
    cat.set_symptom_archived(fog.id, True)
    ra = cat.save_condition(Condition("Rheumatoid arthritis", dt.date(2020, 5, 1), texts[0]))
    mtx = cat.save_treatment(
        Treatment(
            "Methotrexate",
            dose_amount=15.0,
            dose_unit="mg",
            schedule="weekly",
            start_day=dt.date(2025, 1, 1),
            effect_rating=7,
            notes=texts[-1],
        )
    )
    cat.add_dose_change(mtx, DoseChange(dt.date(2025, 6, 1), 20.0, "mg", "weekly", "raised"))
    cat.log_dose(mtx, DoseEvent(dt.date(2025, 6, 2), "taken", dt.time(20, 0), texts[0]))
    entries = []
    for i, (text, day) in enumerate(zip(texts, days)):
        entries.append(
            Entry(
                ("symptom", "note", "treatment", "lesson")[i % 4],
                day,
                text[:50],
                text,
                dt.time(i % 24, i % 60) if i % 3 else None,
                [f"tag{i % 5}", text[:10]],
                [SymptomReading(head.id, i % 11, i or None, text[:20])] if i % 4 == 0 else [],
                [mtx] if i % 4 == 2 else [],
                [ra] if i % 2 else [],
            )
        )
    j.entries.add_many(entries)
    ids = [r[0] for r in j.db.execute("SELECT id FROM entries ORDER BY id")]
    if len(ids) > 2:  # a gap in the ids, and a lesson linked to its sources
        j.entries.delete(ids[1])
        lesson = j.entries.add(
            Entry("lesson", days[0], "Learned", "pacing", source_ids=[ids[0], ids[2]])
        )
        j.shares.record("mastodon", "clipboard", texts[0], [ids[0], lesson, 999])
    j.appointments.save(Appointment(days[0], "Dr Shah", texts[0], ("Q1?", texts[-1][:50])))
    j.profile.set(
        PrivacyProfile(
            (ProfileTerm("person", "Sam", "my partner"), ProfileTerm("place", "Leeds")),
            "IE",
            "Alex",
        )
    )
    j.settings.set("backup_keep", 4)
    return j


_text = st.text(
    st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"),
    min_size=1,
    max_size=120,
).map(lambda s: s.strip() or "x")


@settings(
    max_examples=15,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    texts=st.lists(_text, min_size=1, max_size=12),
    days=st.lists(st.dates(dt.date(1990, 1, 1), dt.date(2040, 12, 31)), min_size=12, max_size=12),
)
@example(texts=["@"], days=[dt.date(2000, 1, 1)] * 12)  # a tag that is only a sigil
def test_fettle_json_round_trip_is_exact(tmp_path_factory, texts, days) -> None:
    folder = tmp_path_factory.mktemp("rt")
    with _journal_with_everything(folder / "a.fettle", texts, days) as source:
        first = _export(source)
    plan = read_bytes(json.dumps(first).encode(), "fettle-json")
    with make_journal(folder / "b.fettle") as target:
        changes = plan.setting_changes(target)
        assert [c.name for c in changes] == ["backup_keep"]  # the only one not the default
        assert plan.commit(target, changes) == len(first["entries"])
        again = _export(target)
        assert target.check() == []
    assert again == first


def test_fettle_json_into_a_journal_with_data_merges(tmp_path: Path) -> None:
    with _journal_with_everything(
        tmp_path / "a.fettle",
        ["alpha", "beta", "gamma"],
        [dt.date(2026, 1, d) for d in range(1, 13)],
    ) as source:
        doc = _export(source)
    with make_journal(tmp_path / "b.fettle") as target:
        target.catalog.ensure_symptom("headache")
        target.entries.add(Entry("note", dt.date(2026, 1, 1), "already here"))
        target.settings.set("backup_keep", 9)
        read_bytes(json.dumps(doc).encode(), "fettle-json").commit(target)
        assert target.entries.count() == 1 + len(doc["entries"])
        assert len(target.catalog.symptoms(include_archived=True)) == 2  # headache shared
        assert target.settings.get("backup_keep") == 9  # the journal's own settings stay
        lesson = next(e for e in target.entries.iter_all() if e.title == "Learned")
        titles = {e.id: e.title for e in target.entries.iter_all()}
        assert [titles[s] for s in lesson.source_ids] == ["alpha", "gamma"]


def test_cli_import_preview_then_commit(tmp_path: Path) -> None:
    from tests.app.cli.test_cli import fettle

    path = tmp_path / "cli.fettle"
    make_journal(path).lock()
    src = tmp_path / "jrnl.json"
    src.write_text(json.dumps(JRNL))
    dry = fettle("import", str(src), "--format", "jrnl", "--dry-run", "--journal", str(path))
    assert dry.returncode == 0, dry.stderr
    assert "2 entries from 2026-01-03 to 2026-01-05" in dry.stdout
    assert "nothing was imported" in dry.stdout
    from tests.support.journals import PASSPHRASE

    done = fettle(
        "import", str(src), "--format", "jrnl", "--journal", str(path), passphrases=[PASSPHRASE]
    )
    assert done.returncode == 0 and "Imported 2 entries" in done.stdout
    bad = tmp_path / "bad.csv"
    bad.write_text("Date,Severity\n2026-01-01,5\n2026-01-02,99\n")
    proc = fettle(
        "import", str(bad), "--format", "csv", "--journal", str(path), passphrases=[PASSPHRASE]
    )
    assert proc.returncode == 1 and "Traceback" not in proc.stderr
    assert proc.stderr.startswith("fettle: Line 3: the severity 99")
    with Journal.open(path, PASSPHRASE) as j:
        assert j.entries.count() == 2
    assert kdf.MAGIC == path.read_bytes()[:3]


def test_csv_mapping_can_drop_a_guessed_column(journal) -> None:
    from app.importers import csv_generic

    text = "Date,Symptom,Severity,Notes\n2026-01-02,Headache,5,ignore me\n"
    csv_generic.parse(text, csv_generic.parse_mapping("note=")).commit(journal)
    assert journal.search("ignore") == []
    csv_generic.parse(text).commit(journal)  # the guess uses the Notes column
    assert len(journal.search("ignore")) == 1
