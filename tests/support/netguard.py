"""Forbid Internet sockets in this process (and, via a wrapper, in a child process).

Fettle promises that nothing leaves the machine. This guard makes that promise
testable: it installs a ``sys.addaudithook`` that raises :class:`NetworkForbidden` on
creating, connecting, binding or sending on an ``AF_INET``/``AF_INET6`` socket and on
any host-name lookup. ``AF_UNIX`` stays allowed, since the Secret Service (D-Bus)
talks over a unix socket.

A blocked attempt is also recorded in :data:`violations` and written straight to
stderr, so code that swallows the exception (``except Exception: pass``) still gets
caught: the test session checks :data:`violations` after each test, and a guarded
child process exits with :data:`CHILD_EXIT_CODE`.

Audit hooks cannot be removed, so once :func:`install` runs the guard stays for the
life of the process. It sees only what Python does; C++ code (Qt's own networking)
needs its own checks.

    from tests.support import netguard
    proc = netguard.run_guarded(["-m", "app", "--help"])  # a child with the guard on
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

__all__ = [
    "CHILD_EXIT_CODE",
    "MARKER",
    "NetworkForbidden",
    "guarded_argv",
    "install",
    "installed",
    "run_guarded",
    "violations",
]

MARKER = "FETTLE-NETGUARD: blocked"
CHILD_EXIT_CODE = 97

_INET = {int(socket.AF_INET), int(socket.AF_INET6)}
_LOOKUPS = {
    "socket.getaddrinfo",
    "socket.gethostbyname",
    "socket.gethostbyaddr",
    "socket.getnameinfo",
}
_ADDRESSED = {"socket.connect", "socket.bind", "socket.sendto", "socket.sendmsg"}

violations: list[str] = []
_installed = False


class NetworkForbidden(RuntimeError):
    """Raised when code under test reaches for the network.

    Deliberately not an ``OSError``: code that treats network errors as "offline,
    carry on" must not be able to hide the attempt.
    """


def _block(what: str) -> None:
    violations.append(what)
    try:
        os.write(2, f"{MARKER} {what}\n".encode("utf-8", "replace"))
    except OSError:
        pass
    raise NetworkForbidden(f"network access is forbidden in Fettle's tests: {what}")


def _family_of(sock: Any) -> int | None:
    try:
        return int(sock.family)
    except Exception:  # noqa: BLE001  not a socket we understand: not ours to judge
        return None


def _hook(event: str, args: tuple[Any, ...]) -> None:
    if not event.startswith("socket."):
        return
    if event == "socket.__new__":
        # args: (socket object, family, type, proto)
        family = args[1] if len(args) > 1 else None
        if family is not None and int(family) in _INET:
            _block(f"socket(family={socket.AddressFamily(family).name})")
    elif event in _ADDRESSED:
        if _family_of(args[0]) in _INET:
            _block(f"{event} {args[1]!r}")
    elif event in _LOOKUPS:
        _block(f"{event} {args[0]!r}")


def install() -> None:
    """Turn the guard on for the rest of this process's life (idempotent)."""
    global _installed
    if _installed:
        return
    sys.addaudithook(_hook)
    _installed = True


def installed() -> bool:
    return _installed


# The child runs this before the target: guard on, then run ``-m module`` / ``-c code``
# / a script exactly as ``python ...`` would. A swallowed violation still fails the
# child through the exit code.
_WRAPPER = r"""
import atexit, os, runpy, sys
sys.path.insert(0, sys.argv[1])
import netguard
netguard.install()
def _check():
    if netguard.violations:
        sys.stderr.flush()
        os._exit(netguard.CHILD_EXIT_CODE)
atexit.register(_check)
mode, target, rest = sys.argv[2], sys.argv[3], sys.argv[4:]
del sys.path[0]
if mode == "-m":
    sys.argv = [target, *rest]
    runpy.run_module(target, run_name="__main__", alter_sys=True)
elif mode == "-c":
    sys.argv = ["-c", *rest]
    exec(compile(target, "<string>", "exec"), {"__name__": "__main__"})
else:
    sys.argv = [target, *rest]
    runpy.run_path(target, run_name="__main__")
"""


def guarded_argv(args: Sequence[str], python: str | None = None) -> list[str]:
    """The command line that runs ``python ARGS`` with the guard installed first.

    ``args`` is what you would pass to python: ``["-m", "app", "--help"]``,
    ``["-c", "code", ...]`` or ``["script.py", ...]``.
    """
    args = list(args)
    if not args:
        raise ValueError("nothing to run")
    if args[0] in ("-m", "-c"):
        if len(args) < 2:
            raise ValueError(f"{args[0]} needs an argument")
        mode, target, rest = args[0], args[1], args[2:]
    else:
        mode, target, rest = "script", args[0], args[1:]
    here = str(Path(__file__).resolve().parent)
    return [python or sys.executable, "-c", _WRAPPER, here, mode, target, *rest]


def run_guarded(
    args: Sequence[str], *, python: str | None = None, **kwargs: Any
) -> subprocess.CompletedProcess[str]:
    """Run ``python ARGS`` in a child with the network guard on.

    Keyword arguments go to :func:`subprocess.run` (defaults: capture text output,
    a 120 s timeout, stdin closed). A blocked attempt shows as :data:`MARKER` in
    stderr and, unless the child exits with its own error first, exit code
    :data:`CHILD_EXIT_CODE`.
    """
    kwargs.setdefault("capture_output", True)
    kwargs.setdefault("text", True)
    kwargs.setdefault("timeout", 120)
    if "input" not in kwargs:
        kwargs.setdefault("stdin", subprocess.DEVNULL)
    return subprocess.run(guarded_argv(args, python), check=False, **kwargs)
