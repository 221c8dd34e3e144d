"""What the tests share: journals, leak scans, the network guard, the real
keystore, the shell, Tab walks and the AT-SPI walk."""

from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TESTS = ROOT / "tests"
