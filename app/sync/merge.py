"""Merging two versions of one record, the same way on every device.

A record's state is its document (``None`` once deleted), a version vector (how many
changes each device made to it) and a clock stamp per field. ``join`` is symmetric:
``join(a, b)`` and ``join(b, a)`` give the same state, whatever order the changes
arrive in, so devices converge without talking to each other.

* One version includes the other (its version vector is at least as large
  everywhere): it wins whole.
* Concurrent edits: per field, the later stamp wins (a rating, a dose); a Markdown
  body keeps every concurrent version (its heads) and shows them merged line by line,
  each against the body it was edited from (``merge3``); overlapping edits show the
  later body and record the other whole as a conflict, never lost.
* Delete against a concurrent edit: the edited record stays (as edited: a tombstone
  keeps no text, so every device keeps the same version), and a conflict records
  that it was deleted elsewhere.
* A device that had merged an edit the delete then covered (the deleting device's
  own edit just before it, say) shows text the deleting device no longer has: the
  tombstone kept none. Nothing local can make the two agree, so that device sends
  the version it shows again (``Joined.reissue``, see ``capture.reissue``), as a new
  version that includes both: every device then takes it whole.

A deleted record's state is a bare tombstone (``bare``): its id, version vectors and
clock, never its fields or bodies, so a deleted entry's text does not live on in the
sync records, the logs or the snapshots.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass, field, replace

MERGED_TEXT_FIELDS = frozenset({("entries", "body")})


@dataclass(frozen=True)
class State:
    doc: dict  # while deleted: {} (see ``bare``)
    vv: dict[str, int]
    fh: dict[str, str]  # field -> stamp
    stamp: str
    history: tuple = ()  # the body's heads (see ``join_heads``), oldest first
    deleted: bool = False
    # Deletes are observed-remove: the record is gone once every edit is covered by
    # a delete that saw it. ``edits``: the version vectors of edits no delete saw;
    # ``dels``: what the deletes saw, joined.
    edits: tuple = ()
    dels: dict = field(default_factory=dict)


@dataclass(frozen=True)
class Conflict:
    reason: str  # 'text' or 'delete'
    kept_stamp: str
    other_stamp: str
    other_doc: dict | None
    kept_device: str = ""
    other_device: str = ""


@dataclass(frozen=True)
class Joined:
    state: State
    conflicts: list[Conflict] = field(default_factory=list)
    # the joined record stays, holding what an edit the delete covered wrote: only
    # this side still has it, so it must be sent again (see the module docstring)
    reissue: bool = False


def dominates(a: dict[str, int], b: dict[str, int]) -> bool:
    return all(a.get(k, 0) >= n for k, n in b.items())


def bare(state: State) -> State:
    """A tombstone without the deleted record's text: only what merging needs (the
    version vectors and the clock). A concurrent edit then stays as it was edited."""
    if not state.deleted:
        return state
    return replace(state, doc={}, fh={}, history=())


def sees_every_delete(state: State) -> bool:
    """Whether every edit of a live record was made with every delete of it in view
    (someone chose to keep it): a delete conflict about it is settled."""
    return all(dominates(e, state.dels) for e in state.edits)


def vv_max(a: dict[str, int], b: dict[str, int]) -> dict[str, int]:
    return {k: max(a.get(k, 0), b.get(k, 0)) for k in sorted({*a, *b})}


def _device(stamp: str) -> str:
    return stamp.split("-", 2)[-1] if stamp else ""


def join(kind: str, a: State | None, b: State) -> Joined:
    if a is None:
        return Joined(b)
    if dominates(a.vv, b.vv):
        return Joined(a)
    if dominates(b.vv, a.vv):
        return Joined(b)
    vv = vv_max(a.vv, b.vv)
    stamp = max(a.stamp, b.stamp)
    joined = _join_live(kind, a, b, vv, stamp)
    dels = vv_max(a.dels, b.dels)
    edits = _maximal([e for e in (*a.edits, *b.edits) if not dominates(dels, e)])
    state = replace(joined.state, edits=edits, dels=dels, deleted=not edits)
    if state.deleted:
        return Joined(bare(state))
    # an edit this join's deletes cover, which no edit that stays has seen: its text
    # (or title, or rating) is in the joined record here, but the deleting device
    # dropped it with the record, and from its tombstone and the edits that stay it
    # makes the record without it
    reissue = any(
        dominates(dels, e) and not any(dominates(kept, e) for kept in edits)
        for e in (*a.edits, *b.edits)
    )
    if not (a.deleted or b.deleted):
        return Joined(state, joined.conflicts, reissue)
    # an edit the deleting device never saw: the record stays
    live, dead = (b, a) if a.deleted else (a, b)
    conflict = Conflict(
        "delete", live.stamp, dead.stamp, None, _device(live.stamp), _device(dead.stamp)
    )
    return Joined(state, [*joined.conflicts, conflict], reissue)


def text_conflicts(kind: str, state: State) -> list[Conflict]:
    """The versions of a body that could not be merged into the one shown."""
    if state.deleted or len(state.history) < 2:
        return []
    out = []
    for kind_, name in MERGED_TEXT_FIELDS:
        if kind_ == kind:
            _text, losers = fold(state.history)
            kept = state.history[-1][1]
            out += [
                Conflict(
                    "text", kept, stamp, {**state.doc, name: body}, _device(kept), _device(stamp)
                )
                for stamp, body in losers
            ]
    return out


def _maximal(vvs: list[dict]) -> tuple:
    unique = {tuple(sorted(v.items())): v for v in vvs}
    keep = [
        v
        for k, v in unique.items()
        if not any(k2 != k and dominates(o, v) for k2, o in unique.items())
    ]
    return tuple(sorted(keep, key=lambda v: sorted(v.items())))


def _join_live(kind: str, a: State, b: State, vv: dict[str, int], stamp: str) -> Joined:
    doc: dict = {}
    fh: dict[str, str] = {}
    for name in sorted({*a.doc, *b.doc}):
        sa, sb = a.fh.get(name, ""), b.fh.get(name, "")
        winner = a if (sa, a.stamp) > (sb, b.stamp) else b
        doc[name] = winner.doc.get(name)
        fh[name] = max(sa, sb)
    heads = join_heads(a.history, b.history)
    conflicts: list[Conflict] = []
    for kind_, name in MERGED_TEXT_FIELDS:
        if kind_ == kind and heads:
            doc[name], losers = fold(heads)
            fh[name] = heads[-1][1]
            kept = heads[-1][1]
            conflicts += [
                Conflict("text", kept, stamp_, {**doc, name: body}, _device(kept), _device(stamp_))
                for stamp_, body in losers
            ]
    return Joined(State(doc, vv, fh, stamp, heads), conflicts)


# A body's *heads*: the versions no other version has seen, each (version vector,
# stamp, body, the body it was edited from). One head after any edit made with
# everything in view; several after concurrent edits. The body shown is ``fold`` of
# the heads, a function of the set alone, so every device shows the same text
# whatever order the edits reached it in.


def join_heads(a, b) -> tuple:
    every = {h[1]: h for h in (*a, *b)}
    heads = [
        h
        for h in every.values()
        if not any(o[1] != h[1] and dominates(o[0], h[0]) for o in every.values())
    ]
    return tuple(sorted(heads, key=lambda h: h[1]))


def fold(heads) -> tuple[str, list[tuple[str, str]]]:
    """Merge the heads oldest first, each against the body it was edited from.
    Returns the text and the (stamp, body) of heads that could not be merged
    (overlapping edits): the later text is kept, the other is returned whole.

    The text so far need not descend from the body the next head was edited from
    (that body can hold lines its device wrote earlier, which the heads merged so far
    never saw): a line of that body missing from the text counts as deleted only if
    some head merged into the text was edited from a body that had it; otherwise the
    two overlap and neither loses it."""
    text, text_stamp = heads[0][2], heads[0][1]
    seen = set(_lines_of(heads[0][3]))
    losers: list[tuple[str, str]] = []
    for _vv, stamp, body, base in heads[1:]:
        merged, clean = merge3(base, text, body, seen)
        if not clean:
            losers.append((text_stamp, text))
            seen = set()
        seen |= set(_lines_of(base))
        text, text_stamp = (merged if clean else body), stamp
    return text, losers


def _lines_of(text: str) -> list[str]:
    return text.splitlines(True)


def merge3(base: str, ours: str, theirs: str, ours_saw: set[str] | None = None) -> tuple[str, bool]:
    """Three-way merge of lines (diff3). Returns (text, clean). A region changed on
    one side takes that side; changed the same way on both, once; changed differently
    on both, it is a conflict and ``clean`` is False (the text is then ``theirs``).
    ``ours_saw``: when ``ours`` is not known to descend from ``base``, the lines it
    can have deleted (those it had in view); a line of ``base`` that ``ours`` lacks
    and never saw is not a deletion, so that region is a conflict."""
    b, o, t = base.splitlines(True), ours.splitlines(True), theirs.splitlines(True)
    mo, mt = _matches(b, o), _matches(b, t)
    out: list[str] = []
    i = jo = jt = 0
    while True:
        k = i
        while k < len(b) and not (k in mo and k in mt and mo[k] >= jo and mt[k] >= jt):
            k += 1
        if k < len(b) and k == i and mo[k] == jo and mt[k] == jt:
            out.append(b[k])  # stable: unchanged on both sides
            i, jo, jt = i + 1, jo + 1, jt + 1
            continue
        eo = mo[k] if k < len(b) else len(o)
        et = mt[k] if k < len(b) else len(t)
        cb, co, ct = b[i:k], o[jo:eo], t[jt:et]
        if co == cb:
            out += ct
        elif (
            ct == cb
            and ours_saw is not None
            and any(line not in ours_saw and line not in co for line in cb)
        ):
            return theirs, False  # ours lacks a line it never saw: not a deletion
        elif ct == cb or co == ct:
            out += co
        else:
            return theirs, False
        if k >= len(b):
            break
        i, jo, jt = k, eo, et
    return "".join(out), True


def _matches(base: list[str], other: list[str]) -> dict[int, int]:
    m: dict[int, int] = {}
    for a, b, size in difflib.SequenceMatcher(
        None, base, other, autojunk=False
    ).get_matching_blocks():
        for n in range(size):
            m[a + n] = b + n
    return m
