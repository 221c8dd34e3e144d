"""Our own D-Bus client (``app.journal.dbus_wire``), which reads a remembered key
without loading jeepney and cryptography (issue 19).

Against a real ``dbus-daemon`` started for the test: the client logs in, its
pipelined calls get their own replies in order, an error reply is told apart, and what
it marshals the daemon reads back unchanged. Marshalling round-trips every value of
the types it speaks (hypothesis), and the bus address is read as libdbus reads it.
"""

from __future__ import annotations

import os
import shutil
import struct
import subprocess
from collections.abc import Iterator

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.journal import dbus_wire

DBUS = ("org.freedesktop.DBus", "/org/freedesktop/DBus", "org.freedesktop.DBus")


@pytest.fixture
def private_bus(tmp_path, monkeypatch) -> Iterator[str]:
    """A dbus-daemon of the test's own, named in DBUS_SESSION_BUS_ADDRESS."""
    if shutil.which("dbus-daemon") is None:
        pytest.fail("dbus-daemon is missing (bash packaging/dev.sh setup installs it)")
    proc = subprocess.Popen(
        [
            "dbus-daemon",
            "--session",
            "--nofork",
            "--print-address=1",
            f"--address=unix:path={tmp_path / 'bus'}",
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    try:
        address = proc.stdout.readline().strip()
        assert address.startswith("unix:path="), address
        monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", address)
        yield address
    finally:
        proc.terminate()
        proc.wait(timeout=30)
        proc.stdout.close()


def test_pipelined_calls_get_their_own_replies(private_bus) -> None:
    with dbus_wire.Connection() as bus:
        has_bus, has_secrets, missing, ping = bus.call_all(
            [
                (*DBUS, "NameHasOwner", "s", ("org.freedesktop.DBus",)),
                (*DBUS, "NameHasOwner", "s", ("org.freedesktop.secrets",)),
                (*DBUS, "GetNameOwner", "s", ("org.example.Nobody",)),
                (*DBUS, "GetId", "", ()),
            ]
        )
        again = bus.call_all([(*DBUS, "ListNames", "", ())])[0]
    assert has_bus.body == (True,)
    assert has_secrets.body == (False,)
    assert missing.error_name == "org.freedesktop.DBus.Error.NameHasNoOwner"
    assert missing.kind == dbus_wire.ERROR
    machine_id = subprocess.run(
        ["dbus-send", "--session", "--print-reply=literal", "--dest=org.freedesktop.DBus",
         "/org/freedesktop/DBus", "org.freedesktop.DBus.GetId"],
        capture_output=True, text=True, check=True,
    ).stdout.strip()  # fmt: skip
    assert ping.body == (machine_id,)
    (names,) = again.body
    assert "org.freedesktop.DBus" in names
    assert any(name.startswith(":") for name in names)  # we are on it, by our unique name


def test_what_it_marshals_the_daemon_passes_on_unchanged(private_bus) -> None:
    """One connection calls another through the daemon, with every type the Secret
    Service's answers use: dbus-daemon checks each message against its signature (it
    drops a client that sends a malformed one), and the other end reads the call back."""
    args = (
        {"service": "org.fettle.Fettle", "username": "gr\u00fc\u00dfe \u2603"},
        ["/org/freedesktop/secrets/collection/login/1", "/o/2"],
        ("/org/freedesktop/secrets/session/s9", bytes(range(16)), b"\xff" * 33, "text/plain"),
        ("ay", bytes(128)),
        7,
    )
    signature = "a{ss}ao(oayays)vu"
    with dbus_wire.Connection() as server, dbus_wire.Connection() as client:
        (owned,) = server.call_all([(*DBUS, "RequestName", "su", ("org.example.Fettle", 4))])
        assert owned.body == (1,)  # primary owner
        client.call_all([(*DBUS, "GetId", "", ())])  # logged in (Hello)
        client._sock.sendall(
            dbus_wire.method_call(
                99, "org.example.Fettle", "/x", "org.example.I", "Take", signature, args
            )
        )
        message = server.receive()
        while message.kind != dbus_wire.METHOD_CALL:  # NameAcquired and the like
            message = server.receive()
    assert message.fields[3] == "Take"
    assert message.body == args


def test_no_bus_is_a_failure_not_a_hang(tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", f"unix:path={tmp_path / 'none'}")
    with pytest.raises(OSError):
        dbus_wire.Connection()
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", "tcp:host=localhost,port=1")
    with pytest.raises(dbus_wire.DBusFailure):
        dbus_wire.Connection()  # no network, ever: only Unix sockets are tried


@pytest.mark.parametrize(
    ("address", "expected"),
    [
        ("unix:path=/run/user/1000/bus", "/run/user/1000/bus"),
        ("unix:path=/tmp/a%20b,guid=0123", "/tmp/a b"),
        ("unix:abstract=/tmp/dbus-x,guid=1", "\0/tmp/dbus-x"),
        ("tcp:host=example.org,port=1;unix:path=/run/bus", "/run/bus"),
    ],
)
def test_the_session_bus_address_is_read_as_libdbus_reads_it(
    address, expected, monkeypatch
) -> None:
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", address)
    assert dbus_wire.session_bus_socket()[1] == expected


def test_without_an_address_the_runtime_folder_bus(monkeypatch, tmp_path) -> None:
    monkeypatch.delenv("DBUS_SESSION_BUS_ADDRESS", raising=False)
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(tmp_path))
    assert dbus_wire.session_bus_socket()[1] == str(tmp_path / "bus")


# -- marshalling -------------------------------------------------------------------------

_text = st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\0"))
_paths = st.lists(st.from_regex(r"[A-Za-z0-9_]{1,8}", fullmatch=True), max_size=4).map(
    lambda parts: "/" + "/".join(parts)
)
VALUES = {
    "y": st.integers(0, 255),
    "u": st.integers(0, 2**32 - 1),
    "i": st.integers(-(2**31), 2**31 - 1),
    "s": _text,
    "o": _paths,
    "ay": st.binary(max_size=300),
    "as": st.lists(_text, max_size=5),
    "ao": st.lists(_paths, max_size=5),
    "a{ss}": st.dictionaries(_text, _text, max_size=5),
    "(oayays)": st.tuples(_paths, st.binary(max_size=32), st.binary(max_size=80), _text),
    "v": st.tuples(st.just("ay"), st.binary(max_size=200)),
}


@given(st.lists(st.sampled_from(sorted(VALUES)), min_size=1, max_size=5).flatmap(
    lambda sig: st.tuples(st.just(sig), st.tuples(*(VALUES[t] for t in sig)))
))  # fmt: skip
def test_a_message_reads_back_as_it_was_written(case) -> None:
    types, values = case
    signature = "".join(types)
    data = dbus_wire.method_call(7, "org.example.Dest", "/a/b", "org.example.I", "M",
                                 signature, values)  # fmt: skip
    assert len(data) == dbus_wire._message_length(data[:16])
    message = dbus_wire.parse(data)
    assert message.kind == dbus_wire.METHOD_CALL
    assert message.fields[3] == "M" and message.fields[1] == "/a/b"
    assert message.body == tuple(_as_read(t, v) for t, v in zip(types, values, strict=True))


def _as_read(sig: str, value):
    if sig == "ay":
        return bytes(value)
    if sig in ("as", "ao"):
        return list(value)
    return value


def test_a_big_endian_reply_is_read_too() -> None:
    """The bus passes on a message in its sender's byte order."""
    body = struct.pack(">I", 5) + b"hello\0"
    reply_serial = bytes([5, 1]) + b"u\0" + struct.pack(">I", 3)  # field 5, variant u
    signature = bytes([8, 1]) + b"g\0" + bytes([1]) + b"s\0"  # field 8, variant g "s"
    fields = reply_serial + signature  # the second struct starts 8-aligned already
    head = b"B" + bytes([dbus_wire.METHOD_RETURN, 0, 1]) + struct.pack(">II", len(body), 9)
    message = head + struct.pack(">I", len(fields)) + fields
    message += b"\0" * (-len(message) % 8) + body
    assert dbus_wire._message_length(message[:16]) == len(message)
    parsed = dbus_wire.parse(message)
    assert parsed.reply_serial == 3
    assert parsed.body == ("hello",)


def test_an_oversized_message_is_refused() -> None:
    head = b"l" + bytes([2, 0, 1]) + struct.pack("<III", 1 << 30, 1, 0)
    with pytest.raises(dbus_wire.DBusFailure):
        dbus_wire._message_length(head)


def test_the_socket_has_a_timeout(private_bus) -> None:
    """A bus that stops answering cannot hold the command for ever (the keystore's own
    deadline is the other guard)."""
    with dbus_wire.Connection() as bus:
        assert bus._sock.gettimeout() == dbus_wire.TIMEOUT_SECONDS
        assert os.get_inheritable(bus._sock.fileno()) is False
