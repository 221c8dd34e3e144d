"""Write a file the user exported on purpose, safely.

Plaintext leaves the journal only through here (or the exporters' own folder
writers): a fresh temporary name created exclusively next to the target (never
through a symlink someone planted), mode 0600 from the first byte whatever the
umask or the old file's mode, synced, then renamed over the target in one step.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path


def write_private(target: str | os.PathLike[str], data: bytes | str, *,
                  replace_existing: bool = False) -> None:
    """Write ``data`` to ``target``; refuse to replace a file unless asked, raising
    ``FileExistsError``."""
    target = Path(target)
    if not replace_existing and (target.exists() or target.is_symlink()):
        raise FileExistsError(str(target))
    if isinstance(data, str):
        data = data.encode("utf-8")
    fd, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".partial",
                                dir=target.parent)
    try:
        os.fchmod(fd, 0o600)
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        if replace_existing:
            os.replace(name, target)
        else:
            os.link(name, target)  # fails, rather than replaces, if it appeared meanwhile
            os.unlink(name)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(name)
        raise
