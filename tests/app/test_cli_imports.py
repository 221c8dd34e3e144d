"""Start-up: a command loads only what it needs (issue 19).

Building the parser for an everyday command must not import sharing, redaction,
statistics or Qt: `fettle add` once paid 0.3 s on every run because registering its
`tip` options imported the sharing pipeline, whose redaction patterns compile at import.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
HEAVY = ("app.redact", "app.share", "app.giveback", "app.report", "numpy", "scipy",
         "PySide6", "keyring")
PROBE = """
import json, sys
from app.cli.main import build_parser
build_parser(wanted=sys.argv[1])
print(json.dumps(sorted(m for m in sys.modules if m.split('.')[0] in ('app', 'numpy', 'scipy',
      'PySide6', 'keyring'))))
"""


@pytest.mark.parametrize("command", ["add", "list", "search", "show", "init", "check",
                                     "backup", "export", None])
def test_everyday_commands_load_no_heavy_module(command) -> None:
    proc = subprocess.run([sys.executable, "-c", PROBE, command or "--version"], cwd=ROOT,
                          capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr
    loaded = json.loads(proc.stdout)
    heavy = [m for m in loaded if m.startswith(HEAVY)]
    assert heavy == [], f"fettle {command} loads {heavy}"
