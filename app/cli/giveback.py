"""``fettle reply`` and ``fettle tip``: giving back what the journal taught.

    fettle reply [--format F] [--quote] [--use 1,3] [--log] [--post-lang en|de] < question.txt
    fettle add tip "Take it by 8pm" --site reddit [--link URL] [--ask-doctor | --tried WHAT]
    fettle tip [ID [--to-try | --ask-doctor | --tried WHAT | --answer WHAT]]

``reply`` reads a question from a thread on standard input, lists on stderr what in
the journal bears on it (numbered, each with its reason) and prints a redacted reply
made of the first three, or of those named with ``--use``. The question is quoted
only with ``--quote``, and then redacted like the rest. Nothing found: it says so and
prints an empty reply (the quote alone, with ``--quote``). As with ``fettle share``,
only ``--log`` records the reply in the share log, and a passage already shared for
another site is warned about on stderr. ``--post-lang de`` writes Fettle's own words in
the reply in German (a treatment's facts and figures, the dates redaction makes
relative, the labels it puts in), as ``fettle share --post-lang`` does.

A tip is a lesson with a source and a status, kept inside the journal
(``app.giveback.tips``); "ask my doctor" tips join the next appointment summary's
questions until an answer is recorded with ``fettle tip ID --answer ...``.
"""

from __future__ import annotations

import sys

from ..errors import InvalidInput
from ..posts import FORMAT_IDS, get_format
from ..share import DATE_ACTIONS, NAME_ACTIONS, final_text, policy_for, redact_everything
from .base import Secrets, UsageError, read_stdin, unlock
from .share import add_post_lang

MAX_QUESTION = 20_000
DEFAULT_USE = 3


def register(sub, parents) -> dict:
    common = parents.common
    p = sub.add_parser(
        "reply",
        parents=[common],
        help="answer a question from your journal",
        description="Read a question from standard input, find what in your "
        "journal bears on it and print a redacted reply made of "
        "it. Nothing is recorded unless --log is given.",
    )
    p.add_argument(
        "--format",
        choices=FORMAT_IDS,
        default="plain",
        help="the site to write for (default: plain)",
    )
    p.add_argument(
        "--quote",
        action="store_true",
        help="quote the question above the reply (its names and handles are redacted too)",
    )
    p.add_argument(
        "--use",
        metavar="N,N",
        help=f"which findings to use, by their number (default: the first {DEFAULT_USE})",
    )
    p.add_argument("--names", choices=tuple(NAME_ACTIONS), default="role")
    p.add_argument("--dates", choices=tuple(DATE_ACTIONS), default="relative")
    add_post_lang(p, "reply")
    p.add_argument("--log", action="store_true", help="record the reply in the journal's share log")
    t = sub.add_parser(
        "tip",
        parents=[common],
        help="list tips, or change one's status",
        description="Without an ID: every tip with its source and status. "
        "With one: set its status or record what happened.",
    )
    t.add_argument("id", nargs="?", type=int, help="the tip's entry id (see: fettle tip)")
    status = t.add_mutually_exclusive_group()
    status.add_argument("--to-try", dest="status", action="store_const", const="to_try")
    status.add_argument("--ask-doctor", dest="status", action="store_const", const="ask_doctor")
    status.add_argument("--tried", metavar="WHAT HAPPENED", help="you tried it; what happened")
    status.add_argument(
        "--answer",
        metavar="WHAT THE DOCTOR SAID",
        help="the doctor's answer (the tip leaves the summary's questions)",
    )
    return {"reply": cmd_reply, "tip": cmd_tip}


def cmd_add_tip(args, secrets: Secrets) -> int:
    from ..giveback.tips import TipStore

    text = " ".join([*args.words, *([args.note] if args.note else [])]).strip()
    if not text:
        raise UsageError(
            user_message='Write the tip, e.g. fettle add tip "Take it by 8pm" --site reddit'
        )
    status = "tried" if args.tip_tried else (args.tip_status or "to_try")
    with unlock(args.journal, secrets) as journal:
        entry_id = TipStore(journal).add(
            text,
            site=args.site or "",
            link=args.link or "",
            read_on=args.read,
            status=status,
            outcome=args.tip_tried or "",
            day=args.date,
        )
    extra = (
        " It will be among the questions of your next appointment summary."
        if status == "ask_doctor"
        else ""
    )
    print(f"Kept tip {entry_id}.{extra}")
    return 0


def cmd_tip(args, secrets: Secrets) -> int:
    from ..giveback.tips import STATUS_WORDS, TipStore

    with unlock(args.journal, secrets) as journal:
        tips = TipStore(journal)
        if args.id is None:
            if args.status or args.tried or args.answer:
                raise UsageError(user_message="Say which tip: fettle tip ID --ask-doctor")
            listed = tips.all()
            for tip in listed:
                where = f" from {tip.site_name}" if tip.site else ""
                when = f", {tip.read_on.isoformat()}" if tip.read_on else ""
                print(
                    f"{tip.entry_id:>7}  {STATUS_WORDS[tip.status]:<13} {tip.text}"
                    f"  ({where.strip() or 'no source'}{when})"
                )
                if tip.outcome:
                    print(f"{'':9}→ {tip.outcome}")
            if not listed:
                print("No tips yet. Add one with: fettle add tip TEXT --site SITE", file=sys.stderr)
            return 0
        if args.answer is not None:
            tip = tips.set_status(args.id, "ask_doctor", args.answer)
        elif args.tried is not None:
            tip = tips.set_status(args.id, "tried", args.tried)
        elif args.status:
            tip = tips.set_status(args.id, args.status)
        else:
            tip = tips.get(args.id)
    print(
        f"Tip {tip.entry_id}: {STATUS_WORDS[tip.status]}"
        + (f"; {tip.outcome}" if tip.outcome else "")
        + "."
    )
    return 0


def _chosen(found: list, use: str | None) -> list:
    if use is None:
        return found[:DEFAULT_USE]
    try:
        numbers = [int(n) for n in use.replace(" ", "").split(",") if n]
    except ValueError:
        raise UsageError(user_message="--use takes numbers from the list, e.g. --use 1,3") from None
    bad = [n for n in numbers if not 1 <= n <= len(found)]
    if bad:
        raise UsageError(user_message=f"There is no finding {bad[0]}; the list has {len(found)}.")
    return [found[n - 1] for n in dict.fromkeys(numbers)]


def cmd_reply(args, secrets: Secrets) -> int:
    from ..giveback.crosspost import warnings as cross_warnings
    from ..giveback.reply import find_related, reply_draft

    if args.passphrase_fd == 0:
        raise UsageError(
            user_message="The question comes on standard input, so give the "
            "passphrase on another file descriptor, e.g. "
            "--passphrase-fd 3."
        )
    question = read_stdin(MAX_QUESTION, "the question").strip()
    if not question:
        raise InvalidInput(
            user_message="Paste the question on standard input, e.g. fettle reply < question.txt"
        )
    with unlock(args.journal, secrets) as journal:
        found = find_related(journal, question)
        chosen = _chosen(found, args.use)
        draft = reply_draft(
            journal,
            question,
            chosen,
            quote=args.quote,
            policy=policy_for(args.names, args.dates),
            lang=args.post_lang,
        )
        redact_everything(draft)
        fmt = get_format(args.format, mastodon_limit=journal.settings.get("mastodon_limit"))
        post = draft.post(fmt)
        text = final_text(post)
        crossed = cross_warnings(text, fmt.id, journal.shares.all())
        if args.log and text.strip():
            journal.shares.record(fmt.id, "printed", text, draft.entry_ids)
        warnings = crossed + [w.message for w in draft.warnings()] + list(post.warnings)
        withheld = [draft.topic_hits[i].reason for *_r, i in draft.render().withheld]
    sys.stdout.write(text if text.endswith("\n") or not text else text + "\n")
    sys.stdout.flush()
    if not found:
        print(
            "Nothing in your journal seems to bear on this question; the reply is "
            "empty, for you to write.",
            file=sys.stderr,
        )
    for n, finding in enumerate(found, 1):
        mark = "*" if finding in chosen else " "
        print(f"{mark}{n:>3}. {finding.label} ({finding.reason})", file=sys.stderr)
    for reason in withheld:
        print(f"left out a sentence: it {reason}", file=sys.stderr)
    for message in warnings:
        print(f"warning: {message}", file=sys.stderr)
    if not args.log:
        print("Not recorded in the share log (add --log when you post it).", file=sys.stderr)
    return 0
