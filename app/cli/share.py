"""``fettle share``: a redacted draft post from journal entries, non-interactively.

    fettle share ENTRY_ID... | --treatment NAME  [--format mastodon] [--title TEXT|-] [-o FILE [--force]]
                 [--names role|pseudonym|label|remove] [--dates relative|month|season|label]
                 [--log] [--post-lang en|de]

Everything detected is redacted (there is no one to ask), uncertain detections too.
The post goes to stdout, or to ``-o FILE`` (created 0600, never overwritten without
``--force``). What changed, the site's limits and any re-identification warnings go to
stderr, so ``fettle share 12 > post.txt`` captures the post alone.

The share log is left alone unless ``--log`` is given: printing a draft is not sharing
it, and the log should list only what really went somewhere. With ``--log`` the exact
text written is recorded against the format and the entries, as the desktop app does
when you copy or save. A passage already shared for another site is warned about on
stderr (``app.giveback.crosspost``), and sentences on a private topic are left out.

``--post-lang de`` writes Fettle's own words in the post in German (the title, the
headings and dates, "Beschwerden: Migräne 7 von 10", what redaction puts in: "Woche 2",
"[Name]"); the default is English, whatever language the desktop app is shown in.

``--treatment NAME`` shares a structured report on one treatment instead of entries:
dose over time, side effects, before/after figures with their days, and the lessons
linked to it (``app.giveback.treatment_report``).
"""

from __future__ import annotations

import sys
from pathlib import Path

from ..errors import InvalidInput
from ..posts import FORMAT_IDS, get_format
from ..posts.words import ENGLISH, LANGUAGE_NAMES, POST_LANGUAGES
from ..share import (
    DATE_ACTIONS,
    NAME_ACTIONS,
    ShareDraft,
    final_text,
    load_entries,
    policy_for,
    redact_everything,
    write_private,
)
from .base import STDIN_HELP, UsageError, unlock


def register(sub, parents) -> dict:
    common = parents.common
    p = sub.add_parser(
        "share",
        parents=[common],
        help="print a redacted post from entries",
        description="Print a draft post made from these entries with every "
        "detected name, place, date, number and contact "
        "redacted. Nothing is recorded unless --log is given.",
        epilog=STDIN_HELP,
    )
    p.add_argument(
        "entry_ids",
        nargs="*",
        type=int,
        metavar="ENTRY_ID",
        help="entries to share (see: fettle list)",
    )
    p.add_argument(
        "--treatment", metavar="NAME", help="share a report on this treatment instead of entries"
    )
    p.add_argument(
        "--format",
        choices=FORMAT_IDS,
        default="plain",
        help="the site to write for (default: plain)",
    )
    p.add_argument("--title", help="the post's title (it is redacted too); - reads it from stdin")
    p.add_argument(
        "--names",
        choices=tuple(NAME_ACTIONS),
        default="role",
        help="how to replace names, places and employers (default: role, "
        "e.g. 'my sister', else a label)",
    )
    p.add_argument(
        "--dates",
        choices=tuple(DATE_ACTIONS),
        default="relative",
        help="how to replace dates (default: relative, e.g. 'week 3')",
    )
    add_post_lang(p, "post")
    p.add_argument("-o", "--output", metavar="FILE", help="write the post here, not to stdout")
    p.add_argument("--force", action="store_true", help="replace an existing file")
    p.add_argument("--log", action="store_true", help="record the post in the journal's share log")
    detect = sub.add_parser("detect", help="find identifying details in eval JSONL")
    detect.add_argument("file")
    detect.add_argument(
        "--posts", action="store_true", help="also write the post fettle share makes by default"
    )
    return {"share": cmd_share, "detect": cmd_detect}


def policy_from_args(args):
    return policy_for(args.names, args.dates)


def cmd_share(args, secrets) -> int:
    target = Path(args.output) if args.output and args.output != "-" else None
    if target is not None and target.exists() and not args.force:
        raise UsageError(user_message=f"{target} already exists; use --force to replace it.")
    if target is not None and not target.parent.exists():
        raise UsageError(user_message=f"There is no folder {target.parent}.")
    if bool(args.entry_ids) == bool(args.treatment):
        raise UsageError(user_message="Give the entries to share, or --treatment NAME (not both).")
    with unlock(args.journal, secrets) as journal:
        limit = journal.settings.get("mastodon_limit")
        if args.treatment:
            from ..giveback.treatment_report import report_draft

            draft = report_draft(
                journal, args.treatment, policy=policy_from_args(args), lang=args.post_lang
            )
            if args.title is not None:
                draft.set_title(args.title)
        else:
            draft = ShareDraft(
                load_entries(journal, args.entry_ids),
                journal.profile.get(),
                title=args.title,
                policy=policy_from_args(args),
                lang=args.post_lang,
            )
        redact_everything(draft)
        fmt = get_format(args.format, mastodon_limit=limit)
        post = draft.post(fmt)
        text = final_text(post)
        from ..giveback.crosspost import warnings as cross_warnings

        crossed = cross_warnings(text, fmt.id, journal.shares.all())
        if target is None:
            sys.stdout.write(text if text.endswith("\n") else text + "\n")
            sys.stdout.flush()
        else:
            try:
                write_private(target, text, replace_existing=args.force)
            except FileExistsError:
                raise UsageError(
                    user_message=f"{target} already exists; use --force to replace it."
                ) from None
        if args.log:
            journal.shares.record(fmt.id, "file" if target else "printed", text, draft.entry_ids)
        shown = draft.render()
        summary = shown.summary
        warnings = crossed + [w.message for w in draft.warnings()] + list(post.warnings)
        warnings += [
            f"left out a sentence: it {draft.topic_hits[i].reason}" for *_r, i in shown.withheld
        ]
    print(f"{summary}.", file=sys.stderr)
    for message in warnings:
        print(f"warning: {message}", file=sys.stderr)
    if target is not None:
        print(
            f"Wrote the post to {target}. Anyone who can read the file can read it.",
            file=sys.stderr,
        )
    if not args.log:
        print("Not recorded in the share log (add --log when you post it).", file=sys.stderr)
    return 0


def cmd_detect(args, secrets) -> int:
    from ..redact import RedactError
    from ..redact.detect_cli import run_detect

    try:
        count = run_detect(args.file, sys.stdout, posts=args.posts)
    except RedactError as exc:
        raise InvalidInput(user_message=str(exc)) from None
    print(f"{count} records checked.", file=sys.stderr)
    return 0


def add_post_lang(parser, what: str) -> None:
    """``--post-lang``: the language of Fettle's own words in a post or reply."""
    parser.add_argument(
        "--post-lang",
        choices=POST_LANGUAGES,
        default=ENGLISH,
        help=f"the language of Fettle's own words in the {what}: "
        + ", ".join(f"{code} ({name})" for code, name in LANGUAGE_NAMES.items())
        + "; default: en",
    )
