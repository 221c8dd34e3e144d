"""Merging two versions of one record, the same way on every device.

A record's state is its document (``None`` once deleted), a version vector (how many
changes each device made to it) and a clock stamp per field. ``join`` is symmetric:
``join(a, b)`` and ``join(b, a)`` give the same state, whatever order the changes
arrive in, so devices converge without talking to each other.

* One version includes the other (its version vector is at least as large
  everywhere): it wins whole.
* Concurrent edits: per field, the later stamp wins (a rating, a dose); a Markdown
  body is merged line by line against the most recent version both sides had
  (``merge3``); overlapping edits keep the later body and record the other whole as a
  conflict, never lost.
* Delete against a concurrent edit: the edited record stays, and a conflict records
  that it was deleted elsewhere.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass, field, replace

HISTORY = 4  # recent bodies kept per record, for finding a common ancestor
MERGED_TEXT_FIELDS = frozenset({("entries", "body")})


@dataclass(frozen=True)
class State:
    doc: dict | None
    vv: dict[str, int]
    fh: dict[str, str]  # field -> stamp
    stamp: str
    history: tuple[tuple[str, str], ...] = ()  # (stamp, body), oldest first

    @property
    def deleted(self) -> bool:
        return self.doc is None


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


def dominates(a: dict[str, int], b: dict[str, int]) -> bool:
    return all(a.get(k, 0) >= n for k, n in b.items())


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
    if a.deleted and b.deleted:
        return Joined(State(None, vv, {}, stamp))
    if a.deleted or b.deleted:
        live, dead = (b, a) if a.deleted else (a, b)
        conflict = Conflict("delete", live.stamp, dead.stamp, None,
                            _device(live.stamp), _device(dead.stamp))
        return Joined(replace(live, vv=vv, stamp=stamp), [conflict])
    older, newer = sorted((a, b), key=lambda s: s.stamp)
    doc: dict = {}
    fh: dict[str, str] = {}
    for name in sorted({*a.doc, *b.doc}):
        sa, sb = a.fh.get(name, ""), b.fh.get(name, "")
        winner = a if (sa, a.stamp) > (sb, b.stamp) else b
        doc[name] = winner.doc.get(name)
        fh[name] = max(sa, sb)
    conflicts: list[Conflict] = []
    history = _merge_history(a.history, b.history)
    for kind_, name in MERGED_TEXT_FIELDS:
        if kind_ != kind or a.doc.get(name) == b.doc.get(name):
            continue
        o, n = ((a, b) if (a.fh.get(name, ""), a.stamp) < (b.fh.get(name, ""), b.stamp)
                else (b, a))
        base = common_ancestor(a.history, b.history)
        merged, clean = merge3(base, o.doc[name], n.doc[name])
        doc[name] = merged if clean else n.doc[name]
        if not clean:
            conflicts.append(Conflict("text", n.fh.get(name, n.stamp), o.fh.get(name, o.stamp),
                                      {**o.doc}, _device(n.fh.get(name, n.stamp)),
                                      _device(o.fh.get(name, o.stamp))))
        if doc[name] not in (o.doc[name], n.doc[name]):
            history = (*history, (fh[name], doc[name]))[-HISTORY:]
    del older, newer
    return Joined(State(doc, vv, fh, stamp, history), conflicts)


def _merge_history(a, b) -> tuple[tuple[str, str], ...]:
    both = sorted({tuple(x) for x in a} | {tuple(x) for x in b})
    return tuple(both[-HISTORY:])


def common_ancestor(a, b) -> str:
    """The most recent body both histories hold ('' when none: a merge of two new
    texts, which only succeeds where they agree)."""
    shared = {tuple(x) for x in a} & {tuple(x) for x in b}
    return max(shared)[1] if shared else ""


def merge3(base: str, ours: str, theirs: str) -> tuple[str, bool]:
    """Three-way merge of lines (diff3). Returns (text, clean). A region changed on
    one side takes that side; changed the same way on both, once; changed differently
    on both, it is a conflict and ``clean`` is False (the text is then ``theirs``)."""
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
    for a, b, size in difflib.SequenceMatcher(None, base, other,
                                              autojunk=False).get_matching_blocks():
        for n in range(size):
            m[a + n] = b + n
    return m
