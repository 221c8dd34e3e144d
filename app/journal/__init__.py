"""The journal: one encrypted SQLCipher file, its key, its stores and its lifecycle.

    journal.py      Journal: create, unlock, lock, change passphrase, transactions
    storage.py      the file: classify, open with a key, lock, re-key atomically
    kdf.py          passphrase → key (Argon2id), the salt's layout
    keystore.py     "remember on this device": a key in the OS keystore
    schema.py       tables and migrations
    entries.py catalog.py search.py settings.py records.py   the stores
    private_file.py files and folders written 0600/0700, atomically

``from app.journal import Journal`` works without loading the rest until it is used.
"""

from __future__ import annotations

TYPE_CHECKING = False  # typing's, without importing typing (2 ms a command, issue 19)
if TYPE_CHECKING:
    from .journal import Journal, check_passphrase

__all__ = ["Journal", "check_passphrase"]


def __getattr__(name: str) -> object:
    if name in __all__:
        from . import journal

        return getattr(journal, name)
    raise AttributeError(name)
