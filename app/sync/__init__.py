"""Sync between devices through a folder the user already syncs (issue 14).

A live SQLCipher file must never be synced: copying an open database corrupts it, and
file-sync tools (Syncthing, Nextcloud, Dropbox, a USB stick) only rename conflicting
copies. So each device writes only its own append-only, encrypted change logs into the
folder (``devices/<device-id>/NNNNNN.log``) and reads everyone else's:

    clock.py    hybrid logical clock stamps, one per change
    crypto.py   the sync key (wrapped under the passphrase in ``sync.key``), AES-GCM
    log.py      the log file format: an authenticated header, an encrypted body
    tables.py   records as plain documents keyed by global ids, read and written
    merge.py    version vectors, last writer wins per field, diff3 for bodies
    state_store.py  each record's last synced state, aliases and conflicts, in the journal
    capture.py  local changes since the last sync, as changes to publish
    apply.py    other devices' changes, applied in one transaction
    folder.py   the folder: listing logs, conflict copies, atomic writes
    engine.py   ``sync_now``, ``set_up`` and ``join``: the whole of one sync
    more_tables.py  appointments, tips, the experiment and (opted in) the share log
    compaction.py   snapshots, seen files, removing logs every device has read
    identity.py     noticing a journal file copied to a second computer
    conflicts.py    conflicts in plain words, their resolution, the sync status
    forget.py       forgetting a device gone for good (a record every device honours)
    membership.py   the devices and when each last synced; forgetting one; leaving
"""

from __future__ import annotations
