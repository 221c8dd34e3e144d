"""``python -m app``: the core's command line (same as ``fettle``)."""

import sys

from .cli import main

sys.exit(main())
