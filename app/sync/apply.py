"""Other devices' changes, applied inside the caller's transaction.

Changes from all devices are applied in clock order, which respects cause and effect:
a change made after seeing another carries a later stamp. A change that links to a
record this device has not received yet (its log has not arrived) holds back the rest
of its device's changes until a later sync; the others go ahead.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from app.journal import storage
from app.sync import state_store, tables
from app.sync.conflicts import resolve_kept, resolve_superseded
from app.sync.merge import State, join, sees_every_delete, text_conflicts
from app.sync.tables import Links, MissingLink, key_of, split_key


@dataclass
class Incoming:
    device: str
    seq: int
    index: int
    change: dict


@dataclass
class Applied:
    blocked: dict[str, tuple[int, int]] = field(default_factory=dict)  # device -> (seq, index)
    applied: int = 0
    conflicts: int = 0
    reissue: set[str] = field(default_factory=set)  # keys to send again (merge.Joined)


def apply_changes(
    db,
    incoming: list[Incoming],
    states: dict[str, tuple[str, State]],
    aliases: dict[str, str],
    *,
    by_kind: bool = False,
) -> Applied:
    """``by_kind``: a snapshot's records, each in its latest state, go in dependency
    order (a symptom before the entries rating it), not in clock order."""
    result = Applied()
    deleted = {k for k, (_kind, s) in states.items() if s.deleted}
    links = Links(db, aliases, deleted)
    rank = {kind: n for n, kind in enumerate(tables.KINDS)}

    def order(i: Incoming):
        first = rank.get(str(i.change.get("kind")), len(rank)) if by_kind else 0
        return (first, i.change["stamp"], i.device, i.seq, i.index)

    for item in sorted(incoming, key=order):
        if item.device in result.blocked:
            continue
        key, kind, remote = state_store.from_wire(item.change)
        if kind not in tables.KINDS or split_key(key)[0] != kind:
            continue  # a kind from a newer version: nothing here can hold it
        key = _canonical_key(kind, key, links)
        # No savepoint per change: FTS5 flushes its index at every savepoint release,
        # which made joining a 10-year journal take seconds per thousand entries.
        # Instead a change raises MissingLink before it writes anything (links are
        # resolved first), a constraint fails one statement only (SQLite undoes that
        # statement), and anything else rolls the whole sync back.
        try:
            _apply_one(db, kind, key, remote, states, links, result)
        except MissingLink:
            result.blocked[item.device] = (item.seq, item.index)
            continue
        except storage.DatabaseError:
            if kind not in tables.SIMPLE:
                raise
            _apply_one(db, kind, key, remote, states, links, result, constrained=True)
        result.applied += 1
    return result


def _canonical_key(kind: str, key: str, links: Links) -> str:
    _kind, uid = split_key(key)
    if kind == "factor_values":
        fuid, _, day = uid.partition(":")
        return f"factor_values:{links.canonical('factors', fuid)}:{day}"
    if (
        kind in tables.UNIQUE_NAMES
        or kind in tables.SIMPLE
        or kind in tables.CHILDREN
        or kind == "entries"
    ):
        return key_of(kind, links.canonical(kind, uid))
    return key


def _apply_one(
    db,
    kind: str,
    key: str,
    remote: State,
    states,
    links: Links,
    result: Applied,
    *,
    constrained: bool = False,
) -> None:
    """Join one change into the record's state and write the result. ``constrained``:
    the plain write broke a constraint, so a delete leaves the row (still in use here,
    a symptom with ratings: the next capture brings it back everywhere) and a write
    meets a same-named record (merged into one)."""
    local = states.get(key, (kind, None))[1]
    joined = join(kind, local, remote)
    new = joined.state
    if local is not None and new == local:
        return
    uid = split_key(key)[1]
    if new.deleted:
        if not constrained:
            tables.delete(db, kind, uid)
        links.deleted.add(key)
        state_store.drop_text(db, key)
        result.reissue.discard(key)
    else:
        links.deleted.discard(key)
        if not constrained:
            tables.write(db, kind, uid, new.doc, links)
        elif kind in tables.UNIQUE_NAMES:
            key, new = _merge_same_name(db, kind, uid, new, states, links)
        else:
            raise storage.DatabaseError("constraint")
        if new.dels and sees_every_delete(new):
            resolve_kept(db, key)  # kept on another device, with the delete in view
    conflicts = [c for c in joined.conflicts if c.reason != "text"]
    conflicts += text_conflicts(kind, new)  # also when it arrived already merged
    if len(new.history) == 1:  # one version made with every other in view
        resolve_superseded(db, key)
    for conflict in conflicts:
        state_store.record_conflict(db, key, kind, conflict)
        result.conflicts += 1
    if joined.reissue and not new.deleted:
        result.reissue.add(key)
    states[key] = (kind, new)
    state_store.save(db, key, kind, new)


def _merge_same_name(db, kind: str, uid: str, remote: State, states, links: Links):
    """Two devices each made a symptom (condition, factor) of the same name: they
    become one record under the smaller uid, the other uid an alias of it. The table
    gets the merged fields; the state stays as received, so the next capture sends
    the merged record on and every device ends with the same fields."""
    row = db.execute(f"SELECT uid FROM {kind} WHERE name = ?", (remote.doc["name"],)).fetchone()
    if row is None:
        raise storage.DatabaseError("constraint")
    mine = row[0]
    winner, loser = sorted((mine, uid))
    local = states.get(key_of(kind, mine), (kind, None))[1]
    merged = join(kind, local, remote).state if local is not None else remote
    if mine != winner:
        db.execute(f"UPDATE {kind} SET uid = ? WHERE uid = ?", (winner, mine))
        if kind == "factors":
            _rename_factor_values(db, mine, winner, states)
    states.pop(key_of(kind, loser), None)
    links.aliases[key_of(kind, loser)] = winner
    state_store.save_alias(db, key_of(kind, loser), winner)
    tables.write(db, kind, winner, merged.doc, links)
    return key_of(kind, winner), (remote if uid == winner else local or remote)


def _rename_factor_values(db, old: str, new: str, states) -> None:
    prefix = f"factor_values:{old}:"
    for key in [k for k in states if k.startswith(prefix)]:
        kind, state = states.pop(key)
        db.execute("DELETE FROM sync_records WHERE key = ?", (key,))
        target = f"factor_values:{new}:{key[len(prefix) :]}"
        if target not in states:
            states[target] = (kind, state)
            state_store.save(db, target, kind, state)
