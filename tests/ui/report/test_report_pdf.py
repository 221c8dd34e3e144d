"""The summary PDF read back the way a clinician's computer would: page count, text,
metadata and fonts (poppler's pdfinfo, pdftotext, pdffonts, pdfimages)."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import subprocess
from pathlib import Path

import pytest

from app.demo import populate
from app.journal.journal import Journal
from app.models import Appointment
from app.report.summary import SummaryOptions, build_summary
from tests.support.journals import PASSPHRASE, make_journal

pytestmark = pytest.mark.needs("pdftotext", "pdfinfo")

END = dt.date(2026, 6, 30)
CONCERN = "Hands are still stiff every morning and fatigue stops me working afternoons."
QUESTIONS = (
    "Should the methotrexate stay at 20 mg?",
    "Is the fatigue a side effect?",
    "When is the next blood test?",
)
ROOT = Path(__file__).resolve().parents[3]


@pytest.fixture(scope="module")
def demo(tmp_path_factory) -> Journal:
    journal = make_journal(tmp_path_factory.mktemp("report") / "demo.fettle")
    populate(journal, days=365, end=END)
    journal.appointments.save(Appointment(END + dt.timedelta(days=7), "", CONCERN, QUESTIONS))
    yield journal
    journal.lock()


def pdf_text(path: Path, *pages: int, layout: bool = False) -> str:
    """The text, whitespace collapsed; ``layout`` keeps table rows together."""
    args = ["pdftotext", "-enc", "UTF-8"] + (["-layout"] if layout else [])
    if pages:
        args += ["-f", str(pages[0]), "-l", str(pages[-1])]
    out = subprocess.run([*args, str(path), "-"], capture_output=True, text=True, check=True)
    return " ".join(out.stdout.split())


def pdf_info(path: Path, *extra: str) -> dict[str, str]:
    out = subprocess.run(
        ["pdfinfo", *extra, str(path)], capture_output=True, text=True, check=True
    ).stdout
    info = {}
    for line in out.splitlines():
        key, _, value = line.partition(":")
        info[key.strip()] = value.strip()
    return info


def render(qapp, journal: Journal, path: Path, options: SummaryOptions, paper: str = "a4") -> int:
    from ui.report.render import write_pdf

    return write_pdf(build_summary(journal, options, today=END), path, paper)


def ninety_days(**kw) -> SummaryOptions:
    return SummaryOptions(
        END - dt.timedelta(days=89), END, main_concern=CONCERN, questions=QUESTIONS, **kw
    )


def fmt(day: dt.date) -> str:
    return f"{day.day} {day:%b %Y}"


@pytest.mark.parametrize("paper,size", [("a4", "595 x 842"), ("letter", "612 x 792")])
def test_ninety_day_summary_is_one_page_with_treatments_and_questions(
    qapp, demo: Journal, tmp_path: Path, paper: str, size: str
) -> None:
    target = tmp_path / "summary.pdf"
    assert render(qapp, demo, target, ninety_days(), paper) == 1
    info = pdf_info(target)
    assert info["Pages"] == "1"
    assert info["Page size"].startswith(size)
    text = pdf_text(target)
    rows = pdf_text(target, layout=True)
    treatments = {t.name: t for t in demo.catalog.treatments()}
    mtx = treatments["Methotrexate"]
    raised = mtx.dose_changes[-1].day
    for expected in (
        (f"Methotrexate 20 mg weekly since {fmt(mtx.start_day)}; this dose since {fmt(raised)}"),
        "Folic acid 5 mg weekly",
        "Hand physiotherapy weekly",
    ):
        assert expected in rows, expected
    for expected in (
        "Alex Morgan",
        *QUESTIONS,
        fmt(END - dt.timedelta(days=89)),
        fmt(END),
        "(90 days)",
        "self-reported",
        "Morning stiffness",
    ):
        assert expected in text, expected
    assert "Naproxen" not in text  # stopped before the period
    assert " ".join(CONCERN.split()) in text


def test_summary_across_a_dose_change_shows_before_and_after_with_n(
    qapp, demo: Journal, tmp_path: Path
) -> None:
    raised = (
        next(t for t in demo.catalog.treatments() if t.name == "Methotrexate").dose_changes[-1].day
    )
    options = SummaryOptions(raised - dt.timedelta(days=45), raised + dt.timedelta(days=44))
    target = tmp_path / "change.pdf"
    assert render(qapp, demo, target, options) == 1
    text = pdf_text(target)
    assert f"{fmt(raised)}" in text
    assert "Methotrexate dose changed: 15 mg weekly → 20 mg weekly" in text
    summary = build_summary(demo, options)
    (comp,) = [c for c in summary.comparisons if c.day == raised]
    _name, figures = comp.results[0]
    assert (
        f"{figures.before.mean:.1f} (n={figures.before.n}) → "
        f"{figures.after.mean:.1f} (n={figures.after.n})"
    ) in text
    assert "do not show that a change caused" in text


def test_metadata_holds_nothing_from_the_journal(qapp, demo: Journal, tmp_path: Path) -> None:
    target = tmp_path / "summary.pdf"
    render(qapp, demo, target, ninety_days(appendix=True))
    info = pdf_info(target)
    assert info["Title"] == "Health summary"
    assert info.get("Author", "") == ""
    assert info["Creator"] == "Fettle"
    assert "Keywords" not in info and "Subject" not in info
    xmp = subprocess.run(
        ["pdfinfo", "-meta", str(target)], capture_output=True, text=True, check=True
    ).stdout
    for private in ("Alex", "Morgan", "Methotrexate", "fatigue", "Hands", "Joint"):
        assert private not in xmp and private not in str(info)
    assert os.listdir(tmp_path) == ["summary.pdf"]  # nothing else left behind


def test_fonts_are_embedded_and_charts_are_vectors(qapp, demo: Journal, tmp_path: Path) -> None:
    target = tmp_path / "summary.pdf"
    render(qapp, demo, target, ninety_days())
    fonts = subprocess.run(
        ["pdffonts", str(target)], capture_output=True, text=True, check=True
    ).stdout.splitlines()[2:]
    assert fonts and all(" yes " in f for f in fonts), fonts
    if shutil.which("pdfimages"):
        images = subprocess.run(
            ["pdfimages", "-list", str(target)], capture_output=True, text=True, check=True
        ).stdout.splitlines()[2:]
        assert images == []


def test_appendix_follows_page_one_in_date_order(qapp, demo: Journal, tmp_path: Path) -> None:
    target = tmp_path / "summary.pdf"
    pages = render(qapp, demo, target, ninety_days(appendix=True))
    assert pages > 2 and pdf_info(target)["Pages"] == str(pages)
    first = pdf_text(target, 1)
    assert "Page 1 of" in first and "Diary appendix" not in first
    appendix = pdf_text(target, 2, pages)
    assert appendix.startswith("Diary appendix")
    summary = build_summary(demo, ninety_days(appendix=True))
    bodies = [e.body.split(".")[0] for e in summary.appendix if e.body][:5]
    positions = [appendix.find(" ".join(b.split())) for b in bodies]
    assert all(p >= 0 for p in positions) and positions == sorted(positions)


def test_cli_writes_the_summary_offscreen(tmp_path: Path) -> None:
    from tests.app.cli.test_cli import fettle

    with make_journal(tmp_path / "cli.fettle") as journal:
        populate(journal, days=200, end=END)
        journal.appointments.save(Appointment(END, "", CONCERN, QUESTIONS))
    target = tmp_path / "cli.pdf"
    env_path = tmp_path / "cli.fettle"
    proc = fettle(
        "report",
        "--journal",
        str(env_path),
        "--from",
        (END - dt.timedelta(days=89)).isoformat(),
        "--to",
        END.isoformat(),
        "-o",
        str(target),
        "--paper",
        "letter",
        passphrases=[PASSPHRASE],
        module="ui",
    )
    assert proc.returncode == 0, proc.stderr
    assert pdf_info(target)["Pages"] == "1"
    assert QUESTIONS[0] in pdf_text(target)
    assert "Methotrexate 20 mg weekly" in pdf_text(target, layout=True)
    again = fettle(
        "report",
        "--journal",
        str(env_path),
        "-o",
        str(target),
        passphrases=[PASSPHRASE],
        module="ui",
    )
    assert again.returncode != 0 and "already exists" in again.stderr


def test_long_concern_and_questions_continue_after_page_one(
    qapp, demo: Journal, tmp_path: Path
) -> None:
    """Page one shortens what does not fit in its box, says so, and the next page has
    every word the patient wrote; the appendix follows that page."""
    concern = (
        " ".join(
            f"Concern sentence {i} about stiff hands and tiredness after work."
            for i in range(1, 16)
        )
        + " FINAL-CONCERN-WORD"
    )
    questions = tuple(
        f"Question {i}: " + "could the dose or timing be changed, " * 4 + f"QEND{i}"
        for i in range(1, 12)
    )
    options = SummaryOptions(
        END - dt.timedelta(days=89), END, main_concern=concern, questions=questions
    )
    target = tmp_path / "long.pdf"
    assert render(qapp, demo, target, options) == 2 == int(pdf_info(target)["Pages"])
    first, second = pdf_text(target, 1), pdf_text(target, 2)
    assert "FINAL-CONCERN-WORD" not in first and "QEND11" not in first
    assert "full text is on page 2" in first and "Page 1 of 2" in first
    assert concern in second
    for i, question in enumerate(questions, 1):
        assert f"{i}. {question}" in second
    # Short text needs no extra page; with the appendix, it comes after the full text.
    assert render(qapp, demo, tmp_path / "short.pdf", ninety_days()) == 1
    pages = render(
        qapp,
        demo,
        target,
        SummaryOptions(
            options.start, options.end, main_concern=concern, questions=questions, appendix=True
        ),
    )
    assert "QEND11" in pdf_text(target, 2) and "Diary appendix" in pdf_text(target, 3)
    assert f"Page 3 of {pages}" in pdf_text(target, 3)


def test_insights_block_keeps_page_one_to_one_page(qapp, demo: Journal, tmp_path: Path) -> None:
    """A year across the dose change: the clear treatment changes appear as sentences in
    one short block, and page one is still one page."""
    options = SummaryOptions(
        END - dt.timedelta(days=364), END, main_concern=CONCERN, questions=QUESTIONS
    )
    summary = build_summary(demo, options, today=END)
    assert summary.insights and all(
        "lower is better" in line or "points" in line for line in summary.insights
    )
    target = tmp_path / "insights.pdf"
    assert render(qapp, demo, target, options) == 1
    assert pdf_info(target)["Pages"] == "1"
    text = " ".join(pdf_text(target).split())
    assert "Insights (95% AR(1)-corrected intervals" in text
    assert "since Methotrexate 20 mg weekly" in text and "lower is better" in text
    assert "not recorded" in text  # the charts' legend tells a gap from a 0
