"""``fettle detect FILE.jsonl [--posts]``: predictions in the shared evaluation format.

Reads records ``{"id", "text", "profile", "entry_date"}`` from any path and writes one
``{"id", "spans": [{"start", "end", "type"}]}`` line per record. A bad line raises
``DetectInputError`` with its line number, so the CLI can say what is wrong.

With ``posts`` each line is ``{"id", "post", "spans"}``: the post ``fettle share``
prints by default for an entry holding the record's text, made with the record's
profile. That is what leaves the machine, so it is what a leak is measured on: spans
can be right while the post still shows a name. The post comes from the share
pipeline itself (``ShareDraft`` with the defaults of ``fettle share``'s own parser),
never from a copy of it.
"""

from __future__ import annotations

import argparse
import json
from datetime import date
from functools import cache
from typing import Any, TextIO

from app.profile import PrivacyProfile
from app.redact.engine import Detector
from app.redact.spans import DetectInputError, Span


def _record(path: str, lineno: int, line: str) -> tuple[Any, str, PrivacyProfile, date | None]:
    try:
        data = json.loads(line)
    except json.JSONDecodeError as exc:
        raise DetectInputError(path, lineno, f"not valid JSON ({exc.msg})") from None
    if not isinstance(data, dict):
        raise DetectInputError(path, lineno, "expected a JSON object")
    if "id" not in data:
        raise DetectInputError(path, lineno, 'missing "id"')
    text = data.get("text")
    if not isinstance(text, str):
        raise DetectInputError(path, lineno, '"text" must be a string')
    raw_profile = data.get("profile") or {}
    if not isinstance(raw_profile, dict):
        raise DetectInputError(path, lineno, '"profile" must be an object')
    try:
        profile = PrivacyProfile.from_eval(raw_profile)
    except (TypeError, ValueError) as exc:
        raise DetectInputError(path, lineno, f"bad profile: {exc}") from None
    entry_date = None
    if data.get("entry_date"):
        try:
            entry_date = date.fromisoformat(str(data["entry_date"]))
        except ValueError:
            raise DetectInputError(path, lineno, '"entry_date" must be YYYY-MM-DD') from None
    return data["id"], text, profile, entry_date


@cache
def share_defaults() -> argparse.Namespace:
    """What ``fettle share ID`` runs with when given no options, read from its parser."""
    from app.cli import share as share_cli
    from app.cli.main import Parents

    parser = argparse.ArgumentParser(add_help=False)
    bare = argparse.ArgumentParser(add_help=False)
    share_cli.register(parser.add_subparsers(dest="command"), Parents(bare, bare))
    return parser.parse_args(["share", "1"])


def default_post(
    text: str,
    profile: PrivacyProfile,
    entry_date: date | None = None,
    detector: Detector | None = None,
) -> tuple[str, list[Span]]:
    """The post ``fettle share`` prints for one entry holding ``text`` (written on
    ``entry_date``, else today), and every redacted span in ``text``'s offsets."""
    from app.cli.share import policy_from_args
    from app.models import Entry
    from app.posts import get_format
    from app.share import ShareDraft, final_text, redact_everything

    args = share_defaults()
    entry = Entry("note", entry_date or date.today(), body=text)
    draft = ShareDraft(
        [entry], profile, title=args.title, policy=policy_from_args(args), detector=detector
    )
    redact_everything(draft)
    post = final_text(draft.post(get_format(args.format)))
    body = text.strip()
    region = draft.regions[-1]
    start = region.end - len(body)
    if not body or draft.text[start : region.end] != body:
        return post, []
    shift = start - (len(text) - len(text.lstrip()))
    spans = [
        s.moved(max(s.start, start) - shift, min(s.end, region.end) - shift, text)
        for s in draft.spans
        if s.end > start and s.start < region.end
    ]
    return post, spans


def _span_json(span: Span) -> dict[str, Any]:
    row: dict[str, Any] = {"start": span.start, "end": span.end, "type": str(span.type)}
    if span.uncertain:
        row["uncertain"] = True
    return row


def run_detect(
    in_path: str, out: TextIO, detector: Detector | None = None, *, posts: bool = False
) -> int:
    """Write predictions for every record in ``in_path``; returns the record count.
    With ``posts``, each line also carries the default post (see ``default_post``).

    Raises ``DetectInputError`` for unreadable files or malformed lines.
    """
    detector = detector or Detector()
    count = 0
    try:
        fh = open(in_path, encoding="utf-8")  # noqa: SIM115 - closed below
    except OSError as exc:
        raise DetectInputError(in_path, 0, f"cannot open file ({exc.strerror})") from None
    with fh:
        try:
            for lineno, line in enumerate(fh, 1):
                if not line.strip():
                    continue
                rid, text, profile, entry_date = _record(in_path, lineno, line)
                if posts:
                    post, spans = default_post(text, profile, entry_date, detector)
                    row = {"id": rid, "post": post, "spans": [_span_json(s) for s in spans]}
                else:
                    spans = detector.detect(text, profile, entry_date=entry_date)
                    row = {"id": rid, "spans": [_span_json(s) for s in spans]}
                out.write(json.dumps(row) + "\n")
                count += 1
        except UnicodeDecodeError:
            raise DetectInputError(in_path, count + 1, "file is not UTF-8 text") from None
    return count
