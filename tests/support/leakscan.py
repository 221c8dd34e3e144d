"""Find a secret written to disk in any common encoding, looking inside PDFs and
zip files too. Used by the leak tests."""

from __future__ import annotations

import base64
import io
import re
import shutil
import subprocess
import zipfile
import zlib
from pathlib import Path

_STREAM = re.compile(rb"stream\r?\n(.*?)\r?\nendstream", re.S)


def needles(secret: str) -> dict[str, list[bytes]]:
    raw = secret.encode()
    # base64 of the secret at each of the three alignments inside a larger stream,
    # without the edge characters that depend on the neighbouring bytes
    b64 = [base64.b64encode(b"x" * pad + raw)[4:-4] for pad in range(3)]
    return {
        "utf-8": [raw],
        "utf-16-le": [secret.encode("utf-16-le")],
        "utf-16-be": [secret.encode("utf-16-be")],
        "hex": [raw.hex().encode()],
        "base64": b64,
    }


def _layers(path: Path, data: bytes) -> list[tuple[str, bytes]]:
    """The file's bytes plus what is inside it (zip members, PDF streams and text)."""
    out = [(str(path), data)]
    if data[:4] == b"PK\x03\x04":
        try:
            with zipfile.ZipFile(io.BytesIO(data)) as archive:
                out += [(f"{path}!{name}", archive.read(name)) for name in archive.namelist()]
        except (zipfile.BadZipFile, OSError):
            pass
    if data[:5] == b"%PDF-":
        for i, match in enumerate(_STREAM.finditer(data)):
            try:
                out.append((f"{path}#stream{i}", zlib.decompress(match.group(1))))
            except zlib.error:
                pass
        if shutil.which("pdftotext"):
            text = subprocess.run(
                ["pdftotext", str(path), "-"], capture_output=True, timeout=60
            ).stdout
            out.append((f"{path}#text", text))
    return out


def find_leaks(roots: list[Path], secret: str, *, allowed: set[Path] = frozenset()) -> list[str]:
    """Every place under ``roots`` where ``secret`` is readable, except ``allowed``."""
    found = []
    patterns = needles(secret)
    for root in roots:
        for path in sorted(root.rglob("*")):
            if not path.is_file() or path.is_symlink() or path.resolve() in allowed:
                continue
            for where, data in _layers(path, path.read_bytes()):
                lowered = data.lower()
                for name, options in patterns.items():
                    if any(n in data or n.lower() in lowered for n in options):
                        found.append(f"{where} ({name})")
    return found
