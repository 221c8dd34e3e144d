"""Nothing Fettle does may touch the network.

The guard itself is proven here (a guard that never fires proves nothing), then the
core's command line runs in a child process with the same guard. The lead extends
this to whole flows: init, add, search, export, with sockets forbidden.
"""

from __future__ import annotations

import socket
import sys
import urllib.request

import pytest

from tests.support import netguard


def _take_violations(before: int) -> list[str]:
    """Remove the violations a test provoked on purpose, so the autouse check passes."""
    new = netguard.violations[before:]
    del netguard.violations[before:]
    return new


def test_guard_is_on_for_the_session() -> None:
    assert netguard.installed()


@pytest.mark.parametrize("family", [socket.AF_INET, socket.AF_INET6])
def test_guard_blocks_internet_socket(family: socket.AddressFamily) -> None:
    before = len(netguard.violations)
    with pytest.raises(netguard.NetworkForbidden):
        socket.socket(family, socket.SOCK_STREAM)
    assert len(_take_violations(before)) == 1


def test_guard_blocks_name_lookup() -> None:
    before = len(netguard.violations)
    with pytest.raises(netguard.NetworkForbidden):
        socket.getaddrinfo("example.org", 443)
    assert _take_violations(before)


def test_guard_blocks_a_swallowed_http_request() -> None:
    """Code that hides the error ("offline, never mind") is still caught."""
    before = len(netguard.violations)
    try:
        urllib.request.urlopen("http://192.0.2.1/", timeout=1)
    except Exception:  # noqa: BLE001, S110  swallowing it is the point of this test
        pass
    assert _take_violations(before), "an HTTP request slipped past the guard"


def test_guard_allows_unix_sockets() -> None:
    """The Secret Service speaks D-Bus over a unix socket; that must keep working."""
    a, b = socket.socketpair(socket.AF_UNIX)
    with a, b:
        a.sendall(b"ok")
        assert b.recv(2) == b"ok"


def test_guarded_child_fails_on_network_even_if_swallowed() -> None:
    code = (
        "import socket\n"
        "try:\n"
        "    socket.create_connection(('192.0.2.1', 80), timeout=1)\n"
        "except Exception:\n"
        "    pass\n"
    )
    proc = netguard.run_guarded(["-c", code])
    assert netguard.MARKER in proc.stderr
    assert proc.returncode == netguard.CHILD_EXIT_CODE


def test_guarded_child_runs_clean_code() -> None:
    proc = netguard.run_guarded(["-c", "import sys; print(sys.argv[1:])", "a", "b"])
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == "['a', 'b']"
    assert netguard.MARKER not in proc.stderr


def test_cli_help_opens_no_socket() -> None:
    proc = netguard.run_guarded(["-m", "app", "--help"])
    assert netguard.MARKER not in proc.stderr, proc.stderr
    assert proc.returncode == 0, proc.stderr
    assert "usage" in proc.stdout.lower()
    assert "Traceback" not in proc.stderr


def test_child_uses_this_interpreter() -> None:
    proc = netguard.run_guarded(["-c", "import sys; print(sys.executable)"])
    assert proc.stdout.strip() == sys.executable
