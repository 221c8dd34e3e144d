"""``fettle report``: the appointment summary as a PDF, from the command line.

    fettle report --from 2026-03-01 --to 2026-05-31 -o summary.pdf [--appendix]
                  [--paper a4|letter] [--no-name] [--force]

Without ``--from`` the period is the last ``--days`` (90) days up to ``--to``
(today). The main concern and questions come from the appointment saved for that
date (the first one on or after ``--to``, else the latest). Drawing needs Qt, which
is imported only here, inside the handler, and runs offscreen when there is no
display.
"""

from __future__ import annotations

import datetime as dt
import os
import sys
from pathlib import Path

from app.cli.base import UsageError, parse_day, unlock
from app.report.summary import SummaryOptions, appointment_for, build_summary
from ui.core_text import core_tr


def register(sub, parents) -> dict:
    common = parents.common
    p = sub.add_parser(
        "report",
        parents=[common],
        help="appointment summary as a PDF",
        description="Write a one-page summary for a clinician (and, with "
        "--appendix, a diary of the period) to a PDF file.",
    )
    p.add_argument(
        "--from",
        dest="date_from",
        type=parse_day,
        metavar="DATE",
        help="first day (default: --days before --to)",
    )
    p.add_argument(
        "--to", dest="date_to", type=parse_day, metavar="DATE", help="last day (default: today)"
    )
    p.add_argument(
        "--days",
        type=int,
        default=90,
        help="length of the period when --from is not given (default 90)",
    )
    p.add_argument("-o", "--output", required=True, metavar="FILE", help="the PDF to write")
    p.add_argument("--appendix", action="store_true", help="add the diary of the period")
    p.add_argument("--paper", choices=("a4", "letter"), default="a4")
    p.add_argument("--no-name", action="store_true", help="leave your name off the summary")
    p.add_argument("--force", action="store_true", help="replace an existing file")
    return {"report": cmd_report}


def options_from_args(args, journal) -> SummaryOptions:
    end = args.date_to or dt.date.today()
    if args.days < 1:
        raise UsageError(user_message="--days must be at least 1.")
    start = args.date_from or end - dt.timedelta(days=args.days - 1)
    if start > end:
        raise UsageError(user_message="--from is after --to.")
    appointment = appointment_for(journal, end)
    return SummaryOptions(
        start,
        end,
        appendix=args.appendix,
        include_name=not args.no_name,
        main_concern=appointment.main_concern if appointment else "",
        questions=appointment.questions if appointment else (),
    )


def cmd_report(args, secrets) -> int:
    target = Path(args.output)
    if target.exists() and not args.force:
        raise UsageError(user_message=f"{target} already exists; use --force to replace it.")
    if not target.parent.exists():
        raise UsageError(user_message=f"There is no folder {target.parent}.")
    with unlock(args.journal, secrets) as journal:
        summary = build_summary(journal, options_from_args(args, journal), tr=core_tr)
    pages = render(summary, target, args.paper)
    extra = f" ({pages} pages with the diary appendix)" if pages > 1 else " (1 page)"
    print(
        f"Wrote {target}{extra}. The PDF is not encrypted: anyone who can read the file "
        "can read it.",
        file=sys.stderr,
    )
    return 0


def render(summary, target: Path, paper: str) -> int:
    """Draw with Qt, offscreen when there is no display; returns the page count."""
    if not (
        os.environ.get("DISPLAY")
        or os.environ.get("WAYLAND_DISPLAY")
        or sys.platform in ("win32", "darwin")
    ):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from ui.report.render import write_pdf_standalone  # Qt, only when a PDF is made

    return write_pdf_standalone(summary, target, paper)
