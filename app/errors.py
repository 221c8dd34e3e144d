"""Typed errors raised by the core.

The core raises these with a short technical message; ``user_message`` holds the
words a patient reads (the UI and the CLI show it). Nothing here ever carries
entry text.

The English ``user_message`` is also the message's id for translation: the core
cannot use Qt, so ``packaging/core_catalogue.py`` collects every such text (with its
variable parts as %1, %2…) into ``ui/core_catalogue.py``, and the GUI shows it in the
interface's language (``ui/core_text.py``). Write a message as a literal, an f-string
or ``.format`` of literals (not built word by word), and run
``packaging/update_translations.py`` after changing one.
"""

from __future__ import annotations


class FettleError(Exception):
    """Base of every error the core raises on purpose."""

    user_message = "Something went wrong."

    def __init__(self, detail: str = "", *, user_message: str | None = None) -> None:
        super().__init__(detail or self.user_message)
        if user_message is not None:
            self.user_message = user_message

    def __str__(self) -> str:
        return self.user_message


class JournalOpenError(FettleError):
    """The file at the path cannot be opened as a journal."""


class WrongPassphrase(JournalOpenError):
    user_message = "That passphrase does not open this journal. Check it and try again."


class JournalNotFound(JournalOpenError):
    user_message = "There is no journal at that location."


class JournalIsFolder(JournalOpenError):
    user_message = "That location is a folder, not a journal file. Choose the .fettle file itself."


class JournalEmptyFile(JournalOpenError):
    user_message = (
        "That file is empty (0 bytes), so it holds no journal. "
        "It may have been cut short while copying; try your backup."
    )


class JournalTruncated(JournalOpenError):
    user_message = (
        "This journal file is incomplete: it looks cut short, perhaps by an "
        "interrupted copy. Your file was not changed. Try a backup copy."
    )


class PlainSQLiteFile(JournalOpenError):
    user_message = (
        "That is an ordinary, unencrypted database file, not a Fettle journal. "
        "Fettle did not change it."
    )


class ForeignFile(JournalOpenError):
    """Another program's file, recognised by its signature."""

    user_message = (
        "That file is not a Fettle journal. Fettle did not change it. "
        "Choose a file ending in .fettle."
    )

    def __init__(self, detail: str = "", *, what: str = "") -> None:
        super().__init__(detail)
        if what:
            self.user_message = (
                f"That file is {what}, not a Fettle journal. Fettle did not "
                "change it. Choose a file ending in .fettle."
            )


class UnrecognisedFile(JournalOpenError):
    user_message = (
        "That file is not a Fettle journal, and its contents are not in any "
        "format Fettle recognises: it may be damaged or belong to another "
        "program. Fettle did not change it."
    )


class JournalCorrupt(JournalOpenError):
    user_message = (
        "This journal is damaged and cannot be read safely. Your file was not "
        "changed. Restore it from a backup."
    )


class JournalTooNew(JournalOpenError):
    user_message = (
        "This journal was saved by a newer version of Fettle. Update Fettle to "
        "open it; the file was not changed."
    )


class JournalLocked(FettleError):
    user_message = "The journal is locked. Unlock it first."


class JournalBusy(JournalOpenError):
    user_message = "This journal is open in another Fettle window or program. Close it there first."


class JournalReadOnly(JournalOpenError):
    user_message = (
        "Fettle cannot write to this journal: the file or its folder is "
        "read-only. Check its permissions or move it somewhere you can write."
    )


class JournalExists(FettleError):
    user_message = "A file already exists there. Choose another name so nothing is overwritten."


class DiskFull(FettleError):
    user_message = (
        "Your disk is full, so this change could not be saved. Nothing in the "
        "journal was lost. Free some space and save again."
    )


class KeystoreUnavailable(FettleError):
    user_message = (
        "This computer has no secure password store available, so Fettle "
        "cannot remember the journal here. You will be asked for your "
        "passphrase instead."
    )


class InvalidInput(FettleError):
    """A value the user typed is not acceptable; ``user_message`` says why."""


class NotFound(FettleError):
    user_message = "That item does not exist (it may have been deleted)."


class ImportRejected(FettleError):
    """A file offered for import is unusable; ``user_message`` names the line or record.

    Raised before anything is written, or after the import's transaction was rolled
    back, so the journal is never half-imported."""

    user_message = "That file could not be imported. Nothing was changed."


class BackupFailed(FettleError):
    """A backup could not be written or did not verify; older backups are untouched."""

    user_message = (
        "The backup could not be completed, so no new backup was kept. Your "
        "journal and your earlier backups were not changed."
    )
