"""Reading a remembered key straight from the Secret Service (Linux), without keyring.

``keyring`` finds its backend by importing all of them and asking each: about 100 ms of
CPU before every command that opens a journal with a remembered key (issue 19), where
asking the Secret Service itself through ``secretstorage`` costs about 30 ms. This only
reads, and only where keyring would have read the same item: on Linux, with keyring not
loaded yet in this process (so nothing chose another backend with
``keyring.set_keyring``), no backend named by ``PYTHON_KEYRING_BACKEND`` or keyring's
config file, the default collection and the item already unlocked. It returns the
item keyring stored (same attributes: ``service`` and ``username``) or ``NOT_HERE`` for
anything else, including no item at all: the caller then asks keyring, which can also
show an unlock prompt and knows the other stores. Writing and forgetting always go
through keyring.
"""

from __future__ import annotations

import contextlib
import os
import sys
from pathlib import Path

NOT_HERE = object()  # ask keyring instead


def _keyring_configured() -> bool:
    """A backend chosen for keyring by the user, or keyring already in use here."""
    if "keyring" in sys.modules or os.environ.get("PYTHON_KEYRING_BACKEND"):
        return True
    config = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(config, "python_keyring", "keyringrc.cfg").exists()


def lookup(service: str, username: str) -> str | object:
    """The secret stored for ``service``/``username`` in the Secret Service's default
    collection, or ``NOT_HERE``. Never prompts."""
    if not sys.platform.startswith("linux") or _keyring_configured():
        return NOT_HERE
    try:
        import secretstorage

        connection = secretstorage.dbus_init()
    except Exception:  # noqa: BLE001 - no D-Bus or no secretstorage: keyring decides
        return NOT_HERE
    try:
        collection = secretstorage.get_default_collection(connection)
        if collection.is_locked():
            return NOT_HERE  # keyring shows the unlock prompt
        for item in collection.search_items({"username": username, "service": service}):
            if item.is_locked():
                return NOT_HERE
            return item.get_secret().decode("utf-8")
        return NOT_HERE
    except Exception:  # noqa: BLE001 - any D-Bus or store failure: keyring decides
        return NOT_HERE
    finally:
        with contextlib.suppress(Exception):
            connection.close()
