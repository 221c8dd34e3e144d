"""The journal's schema and its migrations.

``PRAGMA user_version`` holds the schema version. Each migration runs in one
transaction together with the version bump, so a crash leaves the journal at the
old version or the new one. Migrations are append-only: never edit one that has
shipped; tests build a journal at every earlier version and migrate it.
"""

from __future__ import annotations

from app.errors import JournalTooNew

_V1 = """
        CREATE TABLE meta (
            key   TEXT PRIMARY KEY,
            value TEXT NOT NULL
        ) WITHOUT ROWID;

        CREATE TABLE entries (
            id          INTEGER PRIMARY KEY,
            kind        TEXT NOT NULL CHECK (kind IN ('symptom','treatment','lesson','note')),
            day         TEXT NOT NULL CHECK (day GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
            time        TEXT CHECK (time IS NULL OR time GLOB '[0-2][0-9]:[0-5][0-9]'),
            at          TEXT NOT NULL,          -- day || 'T' || coalesce(time, ''): sort key
            title       TEXT NOT NULL DEFAULT '',
            body        TEXT NOT NULL DEFAULT '',
            tag_text    TEXT NOT NULL DEFAULT '',  -- tags joined by spaces, for search
            facet_text  TEXT NOT NULL DEFAULT '',  -- names of rated symptoms, linked
                                                   -- treatments and conditions, for search
            created_at  TEXT NOT NULL,
            updated_at  TEXT NOT NULL
        );
        CREATE INDEX entries_at ON entries (at DESC, id DESC);
        CREATE INDEX entries_kind_at ON entries (kind, at DESC, id DESC);

        CREATE TABLE tags (
            id    INTEGER PRIMARY KEY,
            name  TEXT NOT NULL UNIQUE COLLATE NOCASE
        );
        CREATE TABLE entry_tags (
            entry_id INTEGER NOT NULL REFERENCES entries(id) ON DELETE CASCADE,
            tag_id   INTEGER NOT NULL REFERENCES tags(id) ON DELETE CASCADE,
            at       TEXT NOT NULL DEFAULT '',  -- copy of entries.at (see below)
            PRIMARY KEY (entry_id, tag_id)
        ) WITHOUT ROWID;
        -- Each link table keeps a copy of its entry's sort key, so "newest entries
        -- with tag X" is one index range scan however large the journal is.
        CREATE INDEX entry_tags_tag ON entry_tags (tag_id, at, entry_id);

        CREATE TABLE symptoms (
            id         INTEGER PRIMARY KEY,
            name       TEXT NOT NULL UNIQUE COLLATE NOCASE,
            body_area  TEXT NOT NULL DEFAULT '',
            archived   INTEGER NOT NULL DEFAULT 0
        );
        CREATE TABLE symptom_readings (
            entry_id      INTEGER NOT NULL REFERENCES entries(id) ON DELETE CASCADE,
            symptom_id    INTEGER NOT NULL REFERENCES symptoms(id) ON DELETE RESTRICT,
            severity      INTEGER NOT NULL CHECK (severity BETWEEN 0 AND 10),
            duration_min  INTEGER CHECK (duration_min IS NULL OR duration_min >= 0),
            triggers      TEXT NOT NULL DEFAULT '',
            at            TEXT NOT NULL DEFAULT '',
            PRIMARY KEY (entry_id, symptom_id)
        ) WITHOUT ROWID;
        CREATE INDEX symptom_readings_symptom ON symptom_readings (symptom_id, at, entry_id);

        CREATE TABLE treatments (
            id            INTEGER PRIMARY KEY,
            name          TEXT NOT NULL,
            kind          TEXT NOT NULL DEFAULT 'medication'
                          CHECK (kind IN ('medication','therapy')),
            dose_amount   REAL,
            dose_unit     TEXT NOT NULL DEFAULT '',
            route         TEXT NOT NULL DEFAULT '',
            schedule      TEXT NOT NULL DEFAULT '',
            start_day     TEXT,
            stop_day      TEXT,
            effect_rating INTEGER CHECK (effect_rating IS NULL OR effect_rating BETWEEN 0 AND 10),
            side_effects  TEXT NOT NULL DEFAULT '',
            notes         TEXT NOT NULL DEFAULT ''
        );
        CREATE TABLE dose_changes (
            id            INTEGER PRIMARY KEY,
            treatment_id  INTEGER NOT NULL REFERENCES treatments(id) ON DELETE CASCADE,
            day           TEXT NOT NULL,
            dose_amount   REAL,
            dose_unit     TEXT NOT NULL DEFAULT '',
            schedule      TEXT NOT NULL DEFAULT '',
            note          TEXT NOT NULL DEFAULT ''
        );
        CREATE INDEX dose_changes_treatment ON dose_changes (treatment_id, day);
        CREATE TABLE dose_events (
            id            INTEGER PRIMARY KEY,
            treatment_id  INTEGER NOT NULL REFERENCES treatments(id) ON DELETE CASCADE,
            day           TEXT NOT NULL,
            time          TEXT,
            status        TEXT NOT NULL CHECK (status IN ('taken','skipped')),
            note          TEXT NOT NULL DEFAULT ''
        );
        CREATE INDEX dose_events_treatment ON dose_events (treatment_id, day);
        CREATE TABLE entry_treatments (
            entry_id      INTEGER NOT NULL REFERENCES entries(id) ON DELETE CASCADE,
            treatment_id  INTEGER NOT NULL REFERENCES treatments(id) ON DELETE CASCADE,
            at            TEXT NOT NULL DEFAULT '',
            PRIMARY KEY (entry_id, treatment_id)
        ) WITHOUT ROWID;
        CREATE INDEX entry_treatments_treatment ON entry_treatments (treatment_id, at, entry_id);

        CREATE TABLE conditions (
            id             INTEGER PRIMARY KEY,
            name           TEXT NOT NULL UNIQUE COLLATE NOCASE,
            diagnosed_day  TEXT,
            notes          TEXT NOT NULL DEFAULT ''
        );
        CREATE TABLE entry_conditions (
            entry_id      INTEGER NOT NULL REFERENCES entries(id) ON DELETE CASCADE,
            condition_id  INTEGER NOT NULL REFERENCES conditions(id) ON DELETE CASCADE,
            at            TEXT NOT NULL DEFAULT '',
            PRIMARY KEY (entry_id, condition_id)
        ) WITHOUT ROWID;
        CREATE INDEX entry_conditions_condition ON entry_conditions (condition_id, at, entry_id);

        CREATE TABLE lesson_sources (
            lesson_id  INTEGER NOT NULL REFERENCES entries(id) ON DELETE CASCADE,
            source_id  INTEGER NOT NULL REFERENCES entries(id) ON DELETE CASCADE,
            PRIMARY KEY (lesson_id, source_id)
        ) WITHOUT ROWID;

        CREATE TABLE profile_terms (
            id    INTEGER PRIMARY KEY,
            kind  TEXT NOT NULL CHECK (kind IN ('self','person','place','employer','other')),
            text  TEXT NOT NULL,
            role  TEXT NOT NULL DEFAULT '',
            UNIQUE (kind, text)
        );

        CREATE VIRTUAL TABLE entries_fts USING fts5 (
            title, body, tag_text, facet_text,
            content='entries', content_rowid='id',
            tokenize="unicode61 remove_diacritics 2",
            prefix='2 3'
        );
        -- deleted and edited text is removed from the index at once, not left in old
        -- index segments until they happen to be merged
        INSERT INTO entries_fts (entries_fts, rank) VALUES ('secure-delete', 1);
        CREATE TRIGGER entries_ai AFTER INSERT ON entries BEGIN
            INSERT INTO entries_fts (rowid, title, body, tag_text, facet_text)
            VALUES (new.id, new.title, new.body, new.tag_text, new.facet_text);
        END;
        CREATE TRIGGER entries_ad AFTER DELETE ON entries BEGIN
            INSERT INTO entries_fts (entries_fts, rowid, title, body, tag_text, facet_text)
            VALUES ('delete', old.id, old.title, old.body, old.tag_text, old.facet_text);
        END;
        CREATE TRIGGER entries_au AFTER UPDATE OF title, body, tag_text, facet_text ON entries BEGIN
            INSERT INTO entries_fts (entries_fts, rowid, title, body, tag_text, facet_text)
            VALUES ('delete', old.id, old.title, old.body, old.tag_text, old.facet_text);
            INSERT INTO entries_fts (rowid, title, body, tag_text, facet_text)
            VALUES (new.id, new.title, new.body, new.tag_text, new.facet_text);
        END;
        """


# v2: the share log (what was disclosed where) and appointments (for summaries).
_V2 = """
        CREATE TABLE shares (
            id           INTEGER PRIMARY KEY,
            shared_at    TEXT NOT NULL,
            destination  TEXT NOT NULL,          -- post format id, e.g. 'mastodon'
            method       TEXT NOT NULL,          -- 'clipboard' or 'file'
            final_text   TEXT NOT NULL
        );
        CREATE TABLE share_entries (
            share_id  INTEGER NOT NULL REFERENCES shares(id) ON DELETE CASCADE,
            entry_id  INTEGER NOT NULL,          -- no FK: the log outlives deleted entries
            PRIMARY KEY (share_id, entry_id)
        ) WITHOUT ROWID;
        CREATE TABLE appointments (
            id            INTEGER PRIMARY KEY,
            day           TEXT NOT NULL,
            clinician     TEXT NOT NULL DEFAULT '',
            main_concern  TEXT NOT NULL DEFAULT '',
            questions     TEXT NOT NULL DEFAULT '',   -- one question per line
            created_at    TEXT NOT NULL
        );
        """


# v3: the journal's own random id. Its backups carry it in their file names, so that
# journals sharing a backup folder (two called journal.fettle, say) never rotate,
# count or clean up each other's backups. Random, not derived from anything, so it
# says nothing about the journal; copies and backups of the file keep it.
_V3 = """
        INSERT OR IGNORE INTO meta (key, value)
        VALUES ('journal_uid', lower(hex(randomblob(8))));
        """


# v4: daily factors the user defines (sleep hours, steps, "alcohol" yes/no, stress 0-10),
# one value a day, absent when not recorded (never stored as 0); a wash-in period per
# treatment for the insights (NULL: the default); and drafts, so that text typed into
# an unfinished window survives a lock inside the encrypted file (one row per window,
# its own JSON; removed when the window is done with it).
_V4 = """
        CREATE TABLE factors (
            id        INTEGER PRIMARY KEY,
            name      TEXT NOT NULL UNIQUE COLLATE NOCASE,
            kind      TEXT NOT NULL CHECK (kind IN ('number','yesno','scale')),
            unit      TEXT NOT NULL DEFAULT '',
            archived  INTEGER NOT NULL DEFAULT 0,
            position  INTEGER NOT NULL DEFAULT 0
        );
        CREATE TABLE factor_values (
            factor_id  INTEGER NOT NULL REFERENCES factors(id) ON DELETE CASCADE,
            day        TEXT NOT NULL
                       CHECK (day GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
            value      REAL NOT NULL,
            PRIMARY KEY (factor_id, day)
        ) WITHOUT ROWID;
        CREATE INDEX factor_values_day ON factor_values (day, factor_id);
        ALTER TABLE treatments ADD COLUMN washin_days INTEGER
            CHECK (washin_days IS NULL OR washin_days >= 0);
        CREATE TABLE drafts (
            name      TEXT PRIMARY KEY,
            payload   TEXT NOT NULL,
            saved_at  TEXT NOT NULL
        ) WITHOUT ROWID;
        """


# v5: sync between devices (app/sync). Local INTEGER ids collide across devices, so
# every record that travels gets a random global id (``uid``, 16 bytes as hex), set by
# a trigger on insert so that no store has to remember it. The sync bookkeeping lives
# here too, inside the encrypted file: per record the last synced version (its fields'
# hybrid-logical-clock stamps, its version vector and recent bodies for three-way
# merges; a tombstone once deleted), each other device's cursor, conflicts kept for a
# later look, and the outbox (a sealed log written here first, then to the folder,
# so a crash between the two never loses or renumbers a change).
_V5 = """
        ALTER TABLE entries ADD COLUMN uid TEXT;
        UPDATE entries SET uid = lower(hex(randomblob(16)));
        CREATE UNIQUE INDEX entries_uid ON entries (uid);
        CREATE TRIGGER entries_uid AFTER INSERT ON entries WHEN new.uid IS NULL BEGIN
            UPDATE entries SET uid = lower(hex(randomblob(16))) WHERE id = new.id;
        END;
        ALTER TABLE symptoms ADD COLUMN uid TEXT;
        UPDATE symptoms SET uid = lower(hex(randomblob(16)));
        CREATE UNIQUE INDEX symptoms_uid ON symptoms (uid);
        CREATE TRIGGER symptoms_uid AFTER INSERT ON symptoms WHEN new.uid IS NULL BEGIN
            UPDATE symptoms SET uid = lower(hex(randomblob(16))) WHERE id = new.id;
        END;
        ALTER TABLE conditions ADD COLUMN uid TEXT;
        UPDATE conditions SET uid = lower(hex(randomblob(16)));
        CREATE UNIQUE INDEX conditions_uid ON conditions (uid);
        CREATE TRIGGER conditions_uid AFTER INSERT ON conditions WHEN new.uid IS NULL BEGIN
            UPDATE conditions SET uid = lower(hex(randomblob(16))) WHERE id = new.id;
        END;
        ALTER TABLE treatments ADD COLUMN uid TEXT;
        UPDATE treatments SET uid = lower(hex(randomblob(16)));
        CREATE UNIQUE INDEX treatments_uid ON treatments (uid);
        CREATE TRIGGER treatments_uid AFTER INSERT ON treatments WHEN new.uid IS NULL BEGIN
            UPDATE treatments SET uid = lower(hex(randomblob(16))) WHERE id = new.id;
        END;
        ALTER TABLE dose_changes ADD COLUMN uid TEXT;
        UPDATE dose_changes SET uid = lower(hex(randomblob(16)));
        CREATE UNIQUE INDEX dose_changes_uid ON dose_changes (uid);
        CREATE TRIGGER dose_changes_uid AFTER INSERT ON dose_changes WHEN new.uid IS NULL BEGIN
            UPDATE dose_changes SET uid = lower(hex(randomblob(16))) WHERE id = new.id;
        END;
        ALTER TABLE dose_events ADD COLUMN uid TEXT;
        UPDATE dose_events SET uid = lower(hex(randomblob(16)));
        CREATE UNIQUE INDEX dose_events_uid ON dose_events (uid);
        CREATE TRIGGER dose_events_uid AFTER INSERT ON dose_events WHEN new.uid IS NULL BEGIN
            UPDATE dose_events SET uid = lower(hex(randomblob(16))) WHERE id = new.id;
        END;
        ALTER TABLE factors ADD COLUMN uid TEXT;
        UPDATE factors SET uid = lower(hex(randomblob(16)));
        CREATE UNIQUE INDEX factors_uid ON factors (uid);
        CREATE TRIGGER factors_uid AFTER INSERT ON factors WHEN new.uid IS NULL BEGIN
            UPDATE factors SET uid = lower(hex(randomblob(16))) WHERE id = new.id;
        END;
        CREATE TABLE sync_records (
            key      TEXT PRIMARY KEY,       -- '<kind>:<uid>' (factor values: factor uid + day)
            kind     TEXT NOT NULL,
            doc      TEXT NOT NULL,          -- JSON of the last synced version
            deleted  INTEGER NOT NULL DEFAULT 0,  -- a tombstone (doc: as last seen)
            edits    TEXT NOT NULL DEFAULT '[]',  -- version vectors of edits no delete saw
            dels     TEXT NOT NULL DEFAULT '{}',  -- what the deletes had seen, joined
            vv       TEXT NOT NULL,          -- version vector {device: count}
            fh       TEXT NOT NULL,          -- clock stamp per field
            history  TEXT NOT NULL DEFAULT '[]',  -- recent [stamp, body] for merges
            stamp    TEXT NOT NULL           -- clock stamp of the last change
        ) WITHOUT ROWID;
        CREATE TABLE sync_devices (
            device_id  TEXT PRIMARY KEY,
            name       TEXT NOT NULL DEFAULT '',
            seq        INTEGER NOT NULL DEFAULT 0,   -- last log read whole
            op_index   INTEGER NOT NULL DEFAULT 0,   -- changes applied from log seq + 1
            seen_at    TEXT NOT NULL DEFAULT ''
        ) WITHOUT ROWID;
        CREATE TABLE sync_conflicts (
            id            INTEGER PRIMARY KEY,
            record        TEXT NOT NULL,
            kind          TEXT NOT NULL,
            reason        TEXT NOT NULL CHECK (reason IN ('text', 'delete')),
            kept_device   TEXT NOT NULL DEFAULT '',
            kept_stamp    TEXT NOT NULL DEFAULT '',
            other_device  TEXT NOT NULL DEFAULT '',
            other_stamp   TEXT NOT NULL DEFAULT '',
            other_doc     TEXT,                  -- the version not shown, kept whole
            created_at    TEXT NOT NULL,
            resolved      INTEGER NOT NULL DEFAULT 0,
            UNIQUE (record, kept_stamp, other_stamp)
        );
        CREATE TABLE sync_outbox (
            seq   INTEGER PRIMARY KEY,
            blob  BLOB NOT NULL
        );
        """


# v6: appointments and the share log travel too (app/sync/more_tables.py), so they get
# global ids like the records of v5; the share log only leaves the device when the
# user opts in (the ``sync_share_log`` setting).
_V6 = """
        ALTER TABLE appointments ADD COLUMN uid TEXT;
        UPDATE appointments SET uid = lower(hex(randomblob(16)));
        CREATE UNIQUE INDEX appointments_uid ON appointments (uid);
        CREATE TRIGGER appointments_uid AFTER INSERT ON appointments WHEN new.uid IS NULL
        BEGIN
            UPDATE appointments SET uid = lower(hex(randomblob(16))) WHERE id = new.id;
        END;
        ALTER TABLE shares ADD COLUMN uid TEXT;
        UPDATE shares SET uid = lower(hex(randomblob(16)));
        CREATE UNIQUE INDEX shares_uid ON shares (uid);
        CREATE TRIGGER shares_uid AFTER INSERT ON shares WHEN new.uid IS NULL BEGIN
            UPDATE shares SET uid = lower(hex(randomblob(16))) WHERE id = new.id;
        END;
        """


# v7: deleting one entry at 100,000 no longer waits for the search index (issue 19).
# FTS5's secure-delete rewrote every index page holding one of the entry's words and
# their prefixes (48-50 ms a delete); now a delete removes the row at once and queues
# the index's removal in ``fts_pending`` (the deleted text the index's 'delete' needs),
# and searches leave out the queued ids. ``app.journal.search.purge_deleted`` runs the
# queue in one transaction, secure-delete on, when the app is idle, before a backup or
# a passphrase change, at lock and close, and at the next open after a crash. An id put
# back (undo) or reused before the purge has its queued removal done first, in the
# insert's own trigger, so the index never holds two versions of one rowid.
_V7 = """
        CREATE TABLE fts_pending (
            id          INTEGER PRIMARY KEY,   -- the deleted entry's id (entries_fts rowid)
            title       TEXT NOT NULL,
            body        TEXT NOT NULL,
            tag_text    TEXT NOT NULL,
            facet_text  TEXT NOT NULL
        );
        DROP TRIGGER entries_ad;
        CREATE TRIGGER entries_ad AFTER DELETE ON entries BEGIN
            INSERT INTO fts_pending (id, title, body, tag_text, facet_text)
            VALUES (old.id, old.title, old.body, old.tag_text, old.facet_text);
        END;
        DROP TRIGGER entries_ai;
        CREATE TRIGGER entries_ai AFTER INSERT ON entries BEGIN
            INSERT INTO entries_fts (entries_fts, rowid, title, body, tag_text, facet_text)
            SELECT 'delete', id, title, body, tag_text, facet_text
            FROM fts_pending WHERE id = new.id;
            DELETE FROM fts_pending WHERE id = new.id;
            INSERT INTO entries_fts (rowid, title, body, tag_text, facet_text)
            VALUES (new.id, new.title, new.body, new.tag_text, new.facet_text);
        END;
        """


# v8: the sidebar's counts (entries of each kind, entries with each tag) are kept by
# triggers instead of counted at every unlock and save. At 100,000 entries counting
# read some 2,500 index pages, 35 ms with a cold cache, and held back the first unlock's
# filled window (issue 19). Every insert, delete and change of an entry's kind or tags
# goes through these tables' triggers, including sync, import and undo. A tag's row
# outlives the tag at 0 and is ignored (``tags()`` joins with ``tags``).
_V8 = """
        CREATE TABLE kind_counts (
            kind  TEXT PRIMARY KEY,
            n     INTEGER NOT NULL
        ) WITHOUT ROWID;
        INSERT INTO kind_counts (kind, n) SELECT kind, count(*) FROM entries GROUP BY kind;
        CREATE TRIGGER kind_counts_ai AFTER INSERT ON entries BEGIN
            INSERT INTO kind_counts (kind, n) VALUES (new.kind, 1)
            ON CONFLICT (kind) DO UPDATE SET n = n + 1;
        END;
        CREATE TRIGGER kind_counts_ad AFTER DELETE ON entries BEGIN
            UPDATE kind_counts SET n = n - 1 WHERE kind = old.kind;
        END;
        CREATE TRIGGER kind_counts_au AFTER UPDATE OF kind ON entries
        WHEN old.kind IS NOT new.kind BEGIN
            UPDATE kind_counts SET n = n - 1 WHERE kind = old.kind;
            INSERT INTO kind_counts (kind, n) VALUES (new.kind, 1)
            ON CONFLICT (kind) DO UPDATE SET n = n + 1;
        END;
        CREATE TABLE tag_counts (
            tag_id  INTEGER PRIMARY KEY,
            n       INTEGER NOT NULL
        );
        INSERT INTO tag_counts (tag_id, n) SELECT tag_id, count(*) FROM entry_tags GROUP BY tag_id;
        CREATE TRIGGER tag_counts_ai AFTER INSERT ON entry_tags BEGIN
            INSERT INTO tag_counts (tag_id, n) VALUES (new.tag_id, 1)
            ON CONFLICT (tag_id) DO UPDATE SET n = n + 1;
        END;
        CREATE TRIGGER tag_counts_ad AFTER DELETE ON entry_tags BEGIN
            UPDATE tag_counts SET n = n - 1 WHERE tag_id = old.tag_id;
        END;
        CREATE TRIGGER tag_counts_au AFTER UPDATE OF tag_id ON entry_tags
        WHEN old.tag_id IS NOT new.tag_id BEGIN
            UPDATE tag_counts SET n = n - 1 WHERE tag_id = old.tag_id;
            INSERT INTO tag_counts (tag_id, n) VALUES (new.tag_id, 1)
            ON CONFLICT (tag_id) DO UPDATE SET n = n + 1;
        END;
        """


MIGRATIONS: list[str] = [_V1, _V2, _V3, _V4, _V5, _V6, _V7, _V8]
LATEST = len(MIGRATIONS)


def version(db) -> int:
    return int(db.execute("PRAGMA user_version").fetchone()[0])


def migrate(db, target: int = LATEST) -> int:
    """Bring the schema up to ``target``; returns the version it started at.

    ``db`` must be in autocommit mode (isolation_level=None). Each step is one
    script wrapped in ``BEGIN IMMEDIATE … COMMIT`` with the version bump inside,
    so the DDL and the new version commit together or not at all.
    """
    start = version(db)
    if start > LATEST:
        raise JournalTooNew(f"schema {start} > {LATEST}")
    for v in range(start, target):
        try:
            db.executescript(
                f"BEGIN IMMEDIATE;\n{MIGRATIONS[v]}\nPRAGMA user_version = {v + 1};\nCOMMIT;"
            )
        except BaseException:
            if db.in_transaction:
                db.execute("ROLLBACK")
            raise
    return start
