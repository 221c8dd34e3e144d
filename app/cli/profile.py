"""``fettle profile``: the privacy profile from the command line.

    fettle profile [show] [--json]
    fettle profile add KIND TERM... [--role TEXT]   KIND: self, person, place, employer, other
    fettle profile add topic "HIV"                  a topic: its sentences never leave
    fettle profile remove KIND TERM...
    fettle profile region CC
    fettle profile export [-o FILE [--force]]
    fettle profile import FILE [--replace]

The profile is what the redactor must always remove, so it is worth keeping out of
shell history as much as entry text is: ``-`` in place of the terms reads them from
standard input, one a line, and ``-`` as the import file reads the document there.

The export is a Fettle JSON document holding only the profile, so ``fettle import
--format fettle-json`` takes it as well. ``import`` also reads a whole Fettle export
(only its profile is used) and the ``profile`` object of the ``shared/eval`` records
(``{"self": [...], "people": [...], "region": "GB"}``). It adds to the profile unless
``--replace`` is given; an added term that is already there is kept once. Topics in the
file come in too (``--replace`` puts them in place of the journal's; a file without
topics leaves the journal's alone).
"""

from __future__ import annotations

import datetime as dt
import json
import sys
from pathlib import Path
from typing import Any

from app.exporters.json import FORMAT, VERSION

from ..errors import InvalidInput
from ..importers.common import list_of, load_json, read_text, reject, text_of
from ..profile import (
    MAX_TOPIC,
    TERM_KINDS,
    PrivacyProfile,
    ProfileTerm,
    topics_from_json,
    topics_to_json,
)
from .base import UsageError, unlock

STDIN = "-"
MAX_TERM = 200  # as the journal stores them
MAX_ROLE = 100
MAX_STDIN = 256 * 1024  # thousands of terms; a runaway pipe is refused, not read
KIND_NAMES = {
    "self": "self",
    "person": "person",
    "people": "person",
    "place": "place",
    "places": "place",
    "employer": "employer",
    "employers": "employer",
    "other": "other",
    "topic": "topic",
    "topics": "topic",
}
_EVAL_KEYS = {
    "self": "self",
    "people": "person",
    "places": "place",
    "employers": "employer",
    "other": "other",
}


ACTIONS = ("show", "add", "remove", "region", "export", "import")
_ARITY = {
    "show": (0, 0),
    "export": (0, 0),
    "region": (1, 1),
    "import": (1, 1),
    "add": (2, None),
    "remove": (2, None),
}
_ONLY_WITH = {
    "role": ("add", "--role"),
    "as_json": ("show", "--json"),
    "output": ("export", "-o"),
    "force": ("export", "--force"),
    "replace": ("import", "--replace"),
}


def register(sub, parents) -> dict:
    common = parents.common
    # one flat parser: argparse gives nested subcommands their own defaults for the
    # common options, which would drop a --journal given before the action
    p = sub.add_parser(
        "profile",
        parents=[common],
        help="show or change the privacy profile",
        description="The names, places, employers and other words every shared post "
        "must leave out, and your region. Actions: show (default) [--json]; "
        "add KIND TERM... [--role TEXT]; remove KIND TERM...; region CC; "
        "export [-o FILE [--force]]; import FILE [--replace]. KIND is self, "
        "person, place, employer or other.",
        epilog="Terms given as arguments show in the process list and shell history: give "
        "- instead of the terms to read them from standard input, one a line (and "
        "- as the import file to read it there).",
    )
    p.add_argument(
        "profile_action",
        nargs="?",
        default="show",
        choices=ACTIONS,
        metavar="ACTION",
        help=", ".join(ACTIONS),
    )
    p.add_argument(
        "values",
        nargs="*",
        metavar="ARG",
        help="add/remove: KIND then the terms, or -; region: CC; import: FILE or -",
    )
    p.add_argument(
        "--role", help="add: words that can stand in for the terms in a post, e.g. 'my sister'"
    )
    p.add_argument(
        "--json", dest="as_json", action="store_true", help="show: print it as the export does"
    )
    p.add_argument("-o", "--output", metavar="FILE", help="export: write here, not to stdout")
    p.add_argument("--force", action="store_true", help="export: replace an existing file")
    p.add_argument(
        "--replace",
        action="store_true",
        help="import: replace the whole profile (terms, region, name) with the "
        "file's instead of adding to it",
    )
    return {"profile": cmd_profile}


def _check_usage(args) -> None:
    action = args.profile_action
    low, high = _ARITY[action]
    n = len(args.values)
    if n < low or (high is not None and n > high):
        shape = {
            "add": "KIND TERM...",
            "remove": "KIND TERM...",
            "region": "CC",
            "import": "FILE",
        }.get(action, "")
        raise UsageError(
            user_message=f"Usage: fettle profile {action} {shape}".rstrip()
            + " (see: fettle profile --help)"
        )
    for attr, (owner, flag) in _ONLY_WITH.items():
        if getattr(args, attr) and action != owner:
            raise UsageError(user_message=f"{flag} is for fettle profile {owner}.")
    if action in ("add", "remove") and args.values[0] not in KIND_NAMES:
        raise UsageError(
            user_message=f"Unknown kind {args.values[0]!r:.40}: choose self, "
            "person, place, employer, other or topic."
        )


def cmd_profile(args, secrets) -> int:
    _check_usage(args)
    action = args.profile_action
    if action == "export":
        return _export(args, secrets)
    if action == "import":
        incoming = profile_from_document(_read_document(args.values[0], args))
    elif action in ("add", "remove"):
        kind = KIND_NAMES[args.values[0]]
        texts = _terms(args.values[1:], args)
    with unlock(args.journal, secrets) as journal:
        profile = journal.profile.get()
        if action == "show":
            _show(profile, args.as_json)
            return 0
        if action in ("add", "remove") and kind == "topic":
            message = _change_topics(journal, profile, action, texts)
        elif action == "add":
            new = [ProfileTerm(kind, t, (args.role or "").strip()) for t in texts]
            journal.profile.set(_merged(profile, new))
            message = _added(profile, journal.profile.get(), kind)
        elif action == "remove":
            kept, removed = _without(profile, kind, texts)
            journal.profile.set(kept)
            message = f"Removed {removed} {kind} term{'s' * (removed != 1)}."
        elif action == "region":
            journal.profile.set(
                PrivacyProfile(profile.terms, _region(args.values[0]), profile.display_name)
            )
            message = f"Region set to {journal.profile.get().region}."
        else:  # import
            journal.profile.set(incoming if args.replace else _merged(profile, incoming.terms))
            message = _added(
                PrivacyProfile() if args.replace else profile, journal.profile.get(), ""
            )
            message += _import_topics(journal, profile, incoming, args.replace)
    print(message)
    return 0


def _import_topics(
    journal, profile: PrivacyProfile, incoming: PrivacyProfile, replace: bool
) -> str:
    """Bring the file's topics in: added to the journal's, or in their place with
    --replace (a file without topics leaves them: losing one would let it leave)."""
    from ..importers.fettle_json import merge_topics

    if not incoming.topics:
        return ""
    journal.profile.set_topics(
        incoming.topics if replace else merge_topics(profile.topics, incoming.topics)
    )
    now = journal.profile.get().topics
    n = len(now) if replace else len(now) - len(profile.topics)
    return (
        f" Added {n} topic{'s' * (n != 1)}; the profile now has {len(now)} "
        f"(sentences that mention them never leave)."
    )


def _change_topics(journal, profile: PrivacyProfile, action: str, texts: list[str]) -> str:
    """Topics live beside the terms (``app.profile``): add or remove them there."""
    have = {t.casefold(): t for t in profile.topics}
    if action == "add":
        journal.profile.set_topics(
            [*profile.topics, *(t for t in texts if t.casefold() not in have)]
        )
        n = len(journal.profile.get().topics) - len(profile.topics)
        return (
            f"Added {n} topic{'s' * (n != 1)}: every sentence that mentions "
            f"{'it' if len(texts) == 1 else 'one'} is left out of your posts."
        )
    missing = [t for t in texts if t.casefold() not in have]
    if missing:
        raise InvalidInput(
            user_message=f"{len(missing)} of these topics "
            f"{'is' if len(missing) == 1 else 'are'} not in the "
            "profile; nothing was removed."
        )
    gone = {t.casefold() for t in texts}
    journal.profile.set_topics([t for t in profile.topics if t.casefold() not in gone])
    return f"Removed {len(gone)} topic{'s' * (len(gone) != 1)}."


# -- reading ---------------------------------------------------------------------


def _terms(raw: list[str], args) -> list[str]:
    """The terms from the arguments, or one a line from stdin for ``-``."""
    if STDIN in raw:
        if raw != [STDIN]:
            raise UsageError(
                user_message="Give the terms as arguments or as - (read from "
                "standard input), not both."
            )
        if getattr(args, "passphrase_fd", None) == 0:
            raise UsageError(
                user_message="Standard input cannot carry both the passphrase "
                "(--passphrase-fd 0) and the terms (-)."
            )
        raw = _stdin("the terms").splitlines()
    texts = list(dict.fromkeys(" ".join(t.split()) for t in raw if t.strip()))
    if not texts:
        raise UsageError(user_message="No terms were given.")
    for text in texts:
        if len(text) > MAX_TERM:
            raise InvalidInput(user_message=f"A term is too long (over {MAX_TERM} characters).")
    if len(args.role or "") > MAX_ROLE:
        raise InvalidInput(user_message=f"The role is too long (over {MAX_ROLE} characters).")
    return texts


def _region(code: str) -> str:
    code = code.strip().upper()
    if len(code) != 2 or not code.isascii() or not code.isalpha():
        raise InvalidInput(
            user_message=f"{code!r:.20} is not a region: give a two-letter "
            "country code such as GB, US, IE or IN."
        )
    return code


def _stdin(what: str) -> str:
    try:
        text = sys.stdin.read(MAX_STDIN + 1) if sys.stdin is not None else ""
    except UnicodeDecodeError:
        raise InvalidInput(user_message=f"{what} on standard input is not UTF-8 text.") from None
    if len(text) > MAX_STDIN:
        raise InvalidInput(user_message=f"{what} on standard input is too long.")
    return text


def _read_document(name: str, args) -> Any:
    if name == STDIN:
        if getattr(args, "passphrase_fd", None) == 0:
            raise UsageError(
                user_message="Standard input cannot carry both the passphrase "
                "(--passphrase-fd 0) and the profile (-)."
            )
        return load_json(_stdin("The profile"))
    return load_json(read_text(Path(name)))


def profile_from_document(raw: Any) -> PrivacyProfile:
    """The profile in a profile export, a whole Fettle export or an eval-format
    ``profile`` object; raises ``ImportRejected`` naming what is wrong."""
    if isinstance(raw, dict) and "format" in raw:
        if raw.get("format") != FORMAT or raw.get("version") != VERSION:
            raise reject("", "This is not a Fettle JSON export of a known version.")
        raw = raw.get("profile")
        if raw is None:
            raise reject("", "This Fettle export holds no profile.")
    if not isinstance(raw, dict):
        raise reject("", "A profile should be a JSON object.")
    region = text_of(raw.get("region"), "The profile", "the region", 2) or "GB"
    if not (region.isascii() and region.isalpha() and len(region) == 2):
        raise reject("The profile", "the region should be a two-letter country code.")
    name = text_of(raw.get("display_name"), "The profile", "the display name", 200)
    terms: list[ProfileTerm] = []
    if "terms" in raw:
        for n, t in enumerate(list_of(raw["terms"], "The profile", "the terms", 10000), 1):
            if not isinstance(t, dict) or t.get("kind") not in TERM_KINDS:
                raise reject(f"Term {n}", f"its kind should be one of {', '.join(TERM_KINDS)}.")
            text = text_of(t.get("text"), f"Term {n}", "its text", MAX_TERM, optional=False)
            terms.append(
                ProfileTerm(
                    t["kind"], text, text_of(t.get("role"), f"Term {n}", "its role", MAX_ROLE)
                )
            )
    elif any(key in raw for key in _EVAL_KEYS):
        for key, kind in _EVAL_KEYS.items():
            for text in list_of(raw.get(key), "The profile", f'"{key}"', 10000):
                terms.append(
                    ProfileTerm(
                        kind,
                        text_of(
                            text, "The profile", f'a term of "{key}"', MAX_TERM, optional=False
                        ),
                    )
                )
    elif "topics" not in raw:
        raise reject("", "This file holds no profile terms.")
    topics = tuple(
        text_of(t, "The profile", "a topic", MAX_TOPIC, optional=False)
        for t in list_of(raw.get("topics"), "The profile", "the topics", 10000)
    )
    return PrivacyProfile(
        tuple(t for t in terms if t.text.strip()),
        region,
        name,
        topics_from_json(topics_to_json(topics)),
    )


# -- changing ----------------------------------------------------------------------


def _key(term: ProfileTerm) -> tuple[str, str]:
    return term.kind, " ".join(term.text.split()).casefold()


def _merged(profile: PrivacyProfile, new) -> PrivacyProfile:
    """``profile`` plus the new terms; one already there (any case) is kept as it was."""
    seen = {_key(t) for t in profile.terms}
    added = []
    for term in new:
        if _key(term) not in seen:
            seen.add(_key(term))
            added.append(term)
    return PrivacyProfile(profile.terms + tuple(added), profile.region, profile.display_name)


def _without(profile: PrivacyProfile, kind: str, texts: list[str]) -> tuple[PrivacyProfile, int]:
    """``profile`` without these terms; all must be there, or nothing changes."""
    wanted = {(kind, t.casefold()) for t in texts}
    missing = wanted - {_key(t) for t in profile.terms}
    if missing:
        raise InvalidInput(
            user_message=f"{len(missing)} of these {kind} terms "
            f"{'is' if len(missing) == 1 else 'are'} not in the "
            "profile; nothing was removed."
        )
    kept = tuple(t for t in profile.terms if _key(t) not in wanted)
    return (
        PrivacyProfile(kept, profile.region, profile.display_name),
        len(profile.terms) - len(kept),
    )


def _added(before: PrivacyProfile, after: PrivacyProfile, kind: str) -> str:
    n = len(after.terms) - len(before.terms)
    noun = f"{kind} term" if kind else "term"
    return f"Added {n} {noun}{'s' * (n != 1)}; the profile now has {len(after.terms)}."


# -- writing ---------------------------------------------------------------------


def document(profile: PrivacyProfile) -> dict[str, Any]:
    """A Fettle JSON document holding only the profile (``fettle import`` reads it)."""
    return {
        "format": FORMAT,
        "version": VERSION,
        "exported_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "profile": {
            "region": profile.region,
            "display_name": profile.display_name,
            "terms": [{"kind": t.kind, "text": t.text, "role": t.role} for t in profile.terms],
            "topics": list(profile.topics),
        },
    }


def _show(profile: PrivacyProfile, as_json: bool) -> None:
    if as_json:
        print(json.dumps(document(profile), ensure_ascii=False, indent=1))
        return
    print(f"Region: {profile.region}")
    if profile.display_name:
        print(f"Name on summaries: {profile.display_name}")
    for topic in profile.topics:
        print(f"{'topic':9} {topic}  (its sentences never leave)")
    if not profile.terms:
        print("No terms yet. Add some with: fettle profile add KIND -  (terms on stdin)")
    for kind in TERM_KINDS:
        for term in profile.terms:
            if term.kind == kind:
                print(f"{kind:9} {term.text}" + (f"  ({term.role})" if term.role else ""))


def _export(args, secrets) -> int:
    from app.journal.private_file import write_private

    target = Path(args.output) if args.output and args.output != STDIN else None
    if target is not None and target.exists() and not args.force:
        raise UsageError(user_message=f"{target} already exists; use --force to replace it.")
    with unlock(args.journal, secrets) as journal:
        text = json.dumps(document(journal.profile.get()), ensure_ascii=False, indent=1) + "\n"
    if target is None:
        sys.stdout.write(text)
        return 0
    try:
        write_private(target, text, replace_existing=args.force)
    except FileExistsError:
        raise UsageError(
            user_message=f"{target} already exists; use --force to replace it."
        ) from None
    print(
        f"Wrote the profile to {target}. It is not encrypted: anyone who can read the "
        "file can read it.",
        file=sys.stderr,
    )
    return 0
