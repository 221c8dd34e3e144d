"""Build the redaction lexicon into the package, at set-up time.

    python -m app.redact.prebuild

``packaging/dev.sh setup`` runs this, and a bundle build must run it before
PyInstaller collects ``app/redact/data``: then the first share or detect after installing
loads the lexicon in a fraction of a second instead of building it from the word-list
packages (seconds), and nothing is written to the user's home folder. It does nothing
when the file is already current.
"""

from __future__ import annotations

import sys
import time

from app.redact.lexicon import build_shipped


def main() -> int:
    started = time.perf_counter()
    path, built = build_shipped()
    state = f"built in {time.perf_counter() - started:.1f} s" if built else "already current"
    print(f"redaction lexicon: {path} ({state})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
