"""Just enough of the D-Bus wire protocol to ask the session bus a few questions.

Why our own: reading a remembered key through ``secretstorage`` loads ``jeepney``,
``cryptography`` and their dependencies, about 25 ms of CPU before every command that
opens a journal with a remembered key, for what is a handful of method calls (issue 19).
This speaks to the session bus over its Unix socket (``EXTERNAL`` authentication, as
every D-Bus client on Linux does), sends method calls that may be pipelined, and
reads their replies. It marshals and unmarshals only the types those calls use:
``y b u i s o g v`` and arrays, structs and dict entries of them.

No threads and no event loop: the caller runs it where it may block (the keystore's
own thread with a deadline), and every socket operation has a timeout besides.
"""

from __future__ import annotations

import _socket  # socket.py's core: socket.py adds enums and selectors (3 ms) unused here
import os
import struct

METHOD_CALL, METHOD_RETURN, ERROR, SIGNAL = 1, 2, 3, 4
_PATH, _INTERFACE, _MEMBER, _ERROR_NAME, _REPLY_SERIAL, _DESTINATION = 1, 2, 3, 4, 5, 6
_SIGNATURE = 8
_FIELD_TYPES = {1: "o", 2: "s", 3: "s", 4: "s", 5: "u", 6: "s", 7: "s", 8: "g", 9: "u"}
_ALIGN = {"y": 1, "b": 4, "u": 4, "i": 4, "s": 4, "o": 4, "g": 1, "v": 1, "a": 4, "(": 8, "{": 8}
_FIXED = {"y": "B", "b": "I", "u": "I", "i": "i"}
MAX_MESSAGE = 1 << 20  # far more than any answer asked for here; the spec allows 128 MiB
TIMEOUT_SECONDS = 10.0


class DBusFailure(Exception):
    """No bus, a refused login, a malformed message, or an error reply (``name``)."""

    def __init__(self, message: str, name: str = "") -> None:
        super().__init__(message)
        self.name = name


def session_bus_socket() -> tuple[int, str | bytes]:
    """The family and address of the session bus's Unix socket: the first ``unix:``
    address in ``DBUS_SESSION_BUS_ADDRESS``, else ``$XDG_RUNTIME_DIR/bus``."""
    address = os.environ.get("DBUS_SESSION_BUS_ADDRESS")
    if not address:
        runtime = os.environ.get("XDG_RUNTIME_DIR")
        if not runtime:
            raise DBusFailure("no session bus")
        return _socket.AF_UNIX, os.path.join(runtime, "bus")
    for entry in address.split(";"):
        transport, _, params = entry.partition(":")
        if transport != "unix":
            continue
        keys = dict(p.split("=", 1) for p in params.split(",") if "=" in p)
        if "path" in keys:
            return _socket.AF_UNIX, _unescape(keys["path"])
        if "abstract" in keys:
            return _socket.AF_UNIX, "\0" + _unescape(keys["abstract"])
    raise DBusFailure("no Unix socket among the session bus addresses")


def _unescape(value: str) -> str:
    """D-Bus addresses escape bytes as ``%xx``."""
    if "%" not in value:
        return value
    out, i = bytearray(), 0
    raw = value.encode()
    while i < len(raw):
        if raw[i] == 0x25 and i + 2 < len(raw):
            out.append(int(raw[i + 1 : i + 3], 16))
            i += 3
        else:
            out.append(raw[i])
            i += 1
    return out.decode()


# -- marshalling -----------------------------------------------------------------------


def _types(signature: str) -> list[str]:
    """A signature split into its single complete types."""
    out, i = [], 0
    while i < len(signature):
        end = _type_end(signature, i)
        out.append(signature[i:end])
        i = end
    return out


def _type_end(sig: str, i: int) -> int:
    c = sig[i]
    if c == "a":
        return _type_end(sig, i + 1)
    if c in "({":
        close, depth, j = ")" if c == "(" else "}", 0, i
        while True:
            if sig[j] == c:
                depth += 1
            elif sig[j] == close:
                depth -= 1
                if depth == 0:
                    return j + 1
            j += 1
    return i + 1


class _Writer:
    def __init__(self) -> None:
        self.buf = bytearray()

    def pad(self, n: int) -> None:
        self.buf.extend(b"\0" * (-len(self.buf) % n))

    def put(self, sig: str, value) -> None:
        c = sig[0]
        self.pad(_ALIGN[c])
        if c in _FIXED:
            self.buf.extend(struct.pack("<" + _FIXED[c], value))
        elif c in "so":
            data = value.encode()
            self.buf.extend(struct.pack("<I", len(data)) + data + b"\0")
        elif c == "g":
            self.buf.extend(bytes([len(value)]) + value.encode() + b"\0")
        elif c == "v":
            inner, payload = value
            self.put("g", inner)
            self.put(inner, payload)
        elif c == "a":
            self._put_array(sig[1:], value)
        else:  # ( or {
            for part, item in zip(_types(sig[1:-1]), value, strict=True):
                self.put(part, item)

    def _put_array(self, element: str, value) -> None:
        at = len(self.buf)
        self.buf.extend(b"\0\0\0\0")
        self.pad(_ALIGN[element[0]])
        start = len(self.buf)
        if element == "y":
            self.buf.extend(value)
        else:
            for item in value.items() if element[0] == "{" else value:
                self.put(element, item)
        struct.pack_into("<I", self.buf, at, len(self.buf) - start)


def method_call(
    serial: int,
    destination: str,
    path: str,
    interface: str,
    member: str,
    signature: str = "",
    args: tuple = (),
) -> bytes:
    """One method call message, little-endian."""
    body = _Writer()
    for part, value in zip(_types(signature), args, strict=True):
        body.put(part, value)
    fields = [(_PATH, ("o", path)), (_INTERFACE, ("s", interface)), (_MEMBER, ("s", member))]
    fields.append((_DESTINATION, ("s", destination)))
    if signature:
        fields.append((_SIGNATURE, ("g", signature)))
    head = _Writer()
    head.buf.extend(b"l" + bytes([METHOD_CALL, 0, 1]))
    head.buf.extend(struct.pack("<II", len(body.buf), serial))
    head.put("a(yv)", fields)
    head.pad(8)
    return bytes(head.buf + body.buf)


# -- unmarshalling ---------------------------------------------------------------------


class _Reader:
    def __init__(self, data: bytes, order: str, pos: int = 0) -> None:
        self.data, self.order, self.pos = data, order, pos

    def align(self, n: int) -> None:
        self.pos += -self.pos % n

    def take(self, n: int) -> bytes:
        if self.pos + n > len(self.data):
            raise DBusFailure("truncated message")
        chunk = self.data[self.pos : self.pos + n]
        self.pos += n
        return chunk

    def get(self, sig: str):
        c = sig[0]
        self.align(_ALIGN.get(c, 1))
        if c in _FIXED:
            fmt = self.order + _FIXED[c]
            return struct.unpack(fmt, self.take(struct.calcsize(fmt)))[0]
        if c in "so":
            (n,) = struct.unpack(self.order + "I", self.take(4))
            text = self.take(n + 1)[:-1]
            return text.decode()
        if c == "g":
            n = self.take(1)[0]
            return self.take(n + 1)[:-1].decode()
        if c == "v":
            inner = self.get("g")
            if len(_types(inner)) != 1:
                raise DBusFailure("bad variant")
            return inner, self.get(inner)
        if c == "a":
            return self._get_array(sig[1:])
        if c not in "({":
            raise DBusFailure(f"unsupported type {c!r}")
        return tuple(self.get(part) for part in _types(sig[1:-1]))

    def _get_array(self, element: str):
        (n,) = struct.unpack(self.order + "I", self.take(4))
        if n > MAX_MESSAGE:
            raise DBusFailure("array too long")
        self.align(_ALIGN.get(element[0], 1))
        end = self.pos + n
        if element == "y":
            return self.take(n)
        items = []
        while self.pos < end:
            items.append(self.get(element))
        return dict(items) if element[0] == "{" else items


class Message:
    """A message read from the bus: its type, header fields and body."""

    def __init__(self, kind: int, fields: dict[int, object], body: tuple) -> None:
        self.kind, self.fields, self.body = kind, fields, body

    @property
    def reply_serial(self) -> int | None:
        return self.fields.get(_REPLY_SERIAL)  # type: ignore[return-value]

    @property
    def error_name(self) -> str:
        return str(self.fields.get(_ERROR_NAME, ""))


def parse(data: bytes) -> Message:
    """One complete message (as :meth:`Connection.receive` delimits them)."""
    order = {b"l": "<", b"B": ">"}.get(data[:1])
    if order is None:
        raise DBusFailure("unknown byte order")
    reader = _Reader(data, order, 12)
    fields = {code: value[1] for code, value in reader.get("a(yv)")}
    reader.align(8)
    signature = str(fields.get(_SIGNATURE, ""))
    body = tuple(reader.get(part) for part in _types(signature))
    return Message(data[1], fields, body)


def _message_length(head: bytes) -> int:
    order = {b"l": "<", b"B": ">"}.get(head[:1])
    if order is None:
        raise DBusFailure("unknown byte order")
    body, _serial, fields = struct.unpack(order + "III", head[4:16])
    total = 16 + fields + (-(16 + fields) % 8) + body
    if total > MAX_MESSAGE:
        raise DBusFailure("message too long")
    return total


class Connection:
    """An authenticated connection to the session bus (``Hello`` still to be sent:
    :meth:`call_all` sends it first with the caller's calls)."""

    def __init__(self) -> None:
        family, address = session_bus_socket()
        self._sock = _socket.socket(family, _socket.SOCK_STREAM | _socket.SOCK_CLOEXEC)
        self._sock.settimeout(TIMEOUT_SECONDS)
        self._pending = b""
        self._serial = 0
        try:
            self._sock.connect(address)
            self._authenticate()
        except BaseException:
            self.close()
            raise

    def _authenticate(self) -> None:
        uid = str(os.getuid()).encode().hex()
        self._sock.sendall(b"\0AUTH EXTERNAL " + uid.encode() + b"\r\n")
        line = self._read_line()
        if not line.startswith(b"OK "):
            raise DBusFailure("the session bus refused the login")

    def _read_line(self) -> bytes:
        while b"\r\n" not in self._pending:
            chunk = self._sock.recv(4096)
            if not chunk or len(self._pending) > 4096:
                raise DBusFailure("the session bus closed the connection")
            self._pending += chunk
        line, _, self._pending = self._pending.partition(b"\r\n")
        return line

    def call_all(self, calls: list[tuple[str, str, str, str, str, tuple]]) -> list[Message]:
        """Send ``calls`` (destination, path, interface, member, signature, args) at once
        and return their replies in the same order; the first call of a new connection
        is ``Hello``, added here. Error replies are returned, not raised."""
        first = self._serial == 0
        if first:
            calls = [("org.freedesktop.DBus", "/org/freedesktop/DBus",
                      "org.freedesktop.DBus", "Hello", "", ()), *calls]  # fmt: skip
        out = bytearray(b"BEGIN\r\n" if first else b"")
        serials = []
        for call in calls:
            self._serial += 1
            serials.append(self._serial)
            out += method_call(self._serial, *call)
        self._sock.sendall(out)
        replies: dict[int, Message] = {}
        while len(replies) < len(serials):
            message = self.receive()
            if message.kind in (METHOD_RETURN, ERROR) and message.reply_serial in serials:
                replies[message.reply_serial] = message  # type: ignore[index]
        answered = [replies[s] for s in serials]
        return answered[1:] if first else answered

    def receive(self) -> Message:
        while len(self._pending) < 16:
            self._fill()
        length = _message_length(self._pending[:16])
        while len(self._pending) < length:
            self._fill()
        data, self._pending = self._pending[:length], self._pending[length:]
        return parse(data)

    def _fill(self) -> None:
        chunk = self._sock.recv(65536)
        if not chunk:
            raise DBusFailure("the session bus closed the connection")
        self._pending += chunk

    def close(self) -> None:
        self._sock.close()

    def __enter__(self) -> Connection:
        return self

    def __exit__(self, *exc) -> None:
        self.close()
