"""The options of ``fettle add tip``, apart from the giving-back commands: registering
``add`` must not import sharing and redaction (about 0.3 s of every command)."""

from __future__ import annotations

import argparse

from .base import parse_day


def add_tip_arguments(add: argparse.ArgumentParser) -> None:
    """The options of ``fettle add tip`` (the text is the words, or --note)."""
    group = add.add_argument_group(
        "a tip", "fettle add tip TEXT keeps a tip read in a community as a lesson with its source"
    )
    group.add_argument("--site", help="where you read it, e.g. reddit")
    group.add_argument("--link", help="a link to the thread (kept inside the journal)")
    group.add_argument("--read", type=parse_day, metavar="DATE", help="when you read it")
    how = group.add_mutually_exclusive_group()
    how.add_argument(
        "--ask-doctor",
        dest="tip_status",
        action="store_const",
        const="ask_doctor",
        help="ask your doctor first: it joins the next appointment summary's questions",
    )
    how.add_argument(
        "--tried",
        dest="tip_tried",
        metavar="WHAT HAPPENED",
        help="you tried it already; what happened",
    )
