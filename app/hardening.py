"""Process hardening, applied first thing at every entry point (CLI and app).

* No core dumps (``RLIMIT_CORE`` = 0): a crash must not write the decrypted
  journal pages sitting in memory to disk.
* Not dumpable (Linux ``PR_SET_DUMPABLE`` = 0): also stops other processes of the
  same user from ptrace-attaching or reading ``/proc/<pid>/mem``, and keeps
  systemd-coredump from collecting us.
* ``umask 077``: every file we create (journal, backups, exports) is private to
  the user.

Each step is best effort on platforms that lack it; ``harden_process`` returns
what it managed so tests and ``fettle check`` can report it.
"""

from __future__ import annotations

import ctypes
import os
import sys

PR_SET_DUMPABLE = 4
PR_GET_DUMPABLE = 3


def _libc():
    """The C library already loaded into this process. ``ctypes.util.find_library``
    would run ``ldconfig`` in a child process: 20 ms on every command (issue 19)."""
    try:
        return ctypes.CDLL(None, use_errno=True)  # the process's own symbols, libc's too
    except OSError:  # pragma: no cover - platforms without dlopen(NULL)
        from ctypes.util import find_library

        return ctypes.CDLL(find_library("c") or "libc.so.6", use_errno=True)


def disable_core_dumps() -> bool:
    try:
        import resource
    except ImportError:  # Windows
        return False
    try:
        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    except (ValueError, OSError):
        return False
    return resource.getrlimit(resource.RLIMIT_CORE) == (0, 0)


def set_non_dumpable() -> bool:
    if not sys.platform.startswith("linux"):
        return False
    try:
        libc = _libc()
        if libc.prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) != 0:
            return False
        return libc.prctl(PR_GET_DUMPABLE, 0, 0, 0, 0) == 0
    except (OSError, AttributeError):
        return False


def is_dumpable() -> bool | None:
    if not sys.platform.startswith("linux"):
        return None
    return bool(_libc().prctl(PR_GET_DUMPABLE, 0, 0, 0, 0))


def harden_process() -> dict[str, bool]:
    os.umask(0o077)
    return {"core_dumps_off": disable_core_dumps(), "non_dumpable": set_non_dumpable()}
