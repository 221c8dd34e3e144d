"""Errors of a sync, each with the words a patient reads. None carries entry text."""

from __future__ import annotations

from app.errors import FettleError


class SyncError(FettleError):
    user_message = "Syncing did not finish. Nothing was lost; it will try again."


class SyncFolderMissing(SyncError):
    user_message = (
        "The sync folder cannot be reached (a drive unplugged, or the folder "
        "moved?). Nothing was lost: your changes stay in your journal and "
        "go out at the next sync."
    )


class SyncFolderForeign(SyncError):
    user_message = (
        "That sync folder belongs to another journal. Choose an empty folder, "
        "or the folder this journal already syncs with. Nothing was changed."
    )


class SyncNotSetUp(SyncError):
    user_message = (
        "This journal has no sync folder yet. Choose one first: fettle sync --folder FOLDER"
    )


class SyncWrongPassphrase(SyncError):
    user_message = (
        "That passphrase does not open the journal in this sync folder. "
        "Use the journal's passphrase: the newest one, if it was changed on "
        "another device."
    )


class SyncFolderEmpty(SyncError):
    user_message = (
        "There is no synced journal in that folder. Set up syncing on your "
        "other device first (fettle sync --folder FOLDER), then wait until "
        "the folder has arrived here."
    )


class SyncFormatTooNew(SyncError):
    user_message = (
        "A change file in the sync folder was made by a newer version of "
        "Fettle. Update Fettle on this device; nothing from that file was "
        "applied."
    )


class LogIncomplete(SyncError):
    user_message = (
        "A change file in the sync folder is not complete yet (perhaps still "
        "being copied). It will be read at the next sync; nothing was lost."
    )


class LogDamaged(SyncError):
    user_message = (
        "A change file in the sync folder is damaged or was not written by "
        "this journal, so it was not used. Nothing from it was applied."
    )


class DeviceForgotten(SyncError):
    user_message = (
        "This computer was removed from syncing on another of your devices, so it "
        "no longer syncs. Nothing in its journal was changed or lost. To sync it "
        "again, join the folder as a new device: File ▸ Join a Synced Journal… "
        "(or fettle sync --join FOLDER --journal NEW) makes a new journal from it."
    )

    def __init__(self, by: str = "") -> None:
        super().__init__(by)
        self.by = by  # the name of the device that removed it


# Not raised: what a finished sync tells the user, kept here with the other sentences so
# the interface can show them in its language.
class CopiedJournalNotice(SyncError):
    user_message = (
        "This journal file seems to have been copied to another computer, and "
        "both copies were syncing as the same device. This copy now syncs as a "
        "new device. Nothing was lost: everything in it was sent again."
    )


class WaitingForLinksNotice(SyncError):
    user_message = (
        "Some changes link to records from a device whose changes have not "
        "arrived yet; they wait for the next sync."
    )
