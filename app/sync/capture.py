"""Local changes since the last sync, found by comparing every record with its last
synced state. Comparing states rather than logging each write means no store has to
know about sync, and an edit undone before the next sync is not sent at all."""

from __future__ import annotations

from dataclasses import replace

from app.sync import state_store, tables
from app.sync.clock import HybridClock
from app.sync.conflicts import resolve_superseded
from app.sync.merge import MERGED_TEXT_FIELDS, State, bare, sees_every_delete


def capture(
    db, clock: HybridClock, states: dict[str, tuple[str, State]]
) -> list[tuple[str, str, State]]:
    """New states for every record changed here since the last sync (saved in
    ``states`` and in the journal); the caller publishes them."""
    device = clock.device
    changes: list[tuple[str, str, State]] = []
    current = tables.read_all(db)
    # text conflicts the user settled by keeping the text shown: a new version, made
    # with every other in view, tells the other devices (and ends theirs)
    settled = {
        r
        for (r,) in db.execute(
            "SELECT DISTINCT record FROM sync_conflicts c WHERE resolved = 1 AND reason = 'text' "
            "AND NOT EXISTS (SELECT 1 FROM sync_conflicts o WHERE o.record = c.record "
            "AND o.resolved = 0)"
        )
    }
    # delete conflicts settled by keeping the entry: sent again with a version vector
    # that has the delete in view, so it stays on every device and their conflicts end
    kept = {
        r
        for (r,) in db.execute(
            "SELECT DISTINCT record FROM sync_conflicts c WHERE resolved = 1 "
            "AND reason = 'delete' AND NOT EXISTS (SELECT 1 FROM sync_conflicts o "
            "WHERE o.record = c.record AND o.resolved = 0)"
        )
    }
    for key, (kind, doc) in current.items():
        known = states.get(key)
        old = known[1] if known else None
        forced = old is not None and (
            (key in settled and len(old.history) > 1)
            or (key in kept and not old.deleted and not sees_every_delete(old))
        )
        if old is not None and old.doc == doc and not old.deleted and not forced:
            continue
        stamp = clock.tick()
        vv = dict(old.vv) if old else {}
        vv[device] = vv.get(device, 0) + 1
        fh = dict(old.fh) if old and not old.deleted else {}
        for name, value in doc.items():
            if old is None or old.deleted or old.doc.get(name) != value:
                fh[name] = stamp
        history = old.history if old else ()
        for kind_, name in MERGED_TEXT_FIELDS:
            if kind_ == kind and (
                old is None or old.deleted or forced or old.doc.get(name) != doc.get(name)
            ):
                base = (old.doc.get(name) or "") if old and not old.deleted else ""
                history = ((vv, stamp, doc.get(name) or "", base),)
        changes.append(
            (
                key,
                kind,
                State(doc, vv, fh, stamp, history, edits=(vv,), dels=dict(old.dels) if old else {}),
            )
        )
    skipped = tables.skipped_kinds(db)
    for key, (kind, old) in states.items():
        if not old.deleted and key not in current and kind not in skipped:
            vv = dict(old.vv)
            vv[device] = vv.get(device, 0) + 1
            changes.append(
                (
                    key,
                    kind,
                    bare(State(old.doc, vv, {}, clock.tick(), deleted=True, dels=vv)),
                )
            )
    for key, kind, state in changes:
        states[key] = (kind, state)
        state_store.save(db, key, kind, state)
        if state.deleted:
            state_store.drop_text(db, key)
        if len(state.history) == 1:
            resolve_superseded(db, key)
    return changes


def reissue(
    db, clock: HybridClock, states: dict[str, tuple[str, State]], keys: set[str]
) -> list[tuple[str, str, State]]:
    """The records in ``keys`` sent again as they are now: each holds an edit that a
    delete covered and its deleting device dropped (``merge.Joined.reissue``). The
    new version includes everything this device has seen, so every device takes it
    whole and they agree. Only the version vector and the stamp move: the fields
    keep their stamps, the body its heads, and the edits and deletes stay as they
    are (a delete conflict about the record stays open until someone settles it)."""
    changes: list[tuple[str, str, State]] = []
    for key in sorted(keys):
        known = states.get(key)
        if known is None or known[1].deleted:
            continue
        kind, old = known
        vv = dict(old.vv)
        vv[clock.device] = vv.get(clock.device, 0) + 1
        state = replace(old, vv=vv, stamp=clock.tick())
        states[key] = (kind, state)
        state_store.save(db, key, kind, state)
        changes.append((key, kind, state))
    return changes
