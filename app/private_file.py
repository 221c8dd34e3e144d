"""Write a file the user exported on purpose, safely.

Plaintext leaves the journal only through here (or the exporters' own folder
writers): a fresh temporary name created exclusively next to the target (never
through a symlink someone planted), mode 0600 from the first byte whatever the
umask or the old file's mode, synced, then put in place in one step.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path
from typing import IO, Iterator


@contextlib.contextmanager
def open_private(target: str | os.PathLike[str], *, replace_existing: bool = False,
                 text: bool = True) -> Iterator[IO]:
    """A file handle whose contents appear at ``target`` only when the block ends
    without an error; refuses to replace a file unless asked (``FileExistsError``)."""
    target = Path(target)
    if not replace_existing and (target.exists() or target.is_symlink()):
        raise FileExistsError(str(target))
    fd, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".partial",
                                dir=target.parent)
    try:
        os.fchmod(fd, 0o600)
        with (os.fdopen(fd, "w", encoding="utf-8", newline="\n") if text
              else os.fdopen(fd, "wb")) as fh:
            yield fh
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


def write_private(target: str | os.PathLike[str], data: bytes | str, *,
                  replace_existing: bool = False) -> None:
    """Write ``data`` to ``target`` (see ``open_private``)."""
    with open_private(target, replace_existing=replace_existing,
                      text=isinstance(data, str)) as fh:
        fh.write(data)
