"""``python -m ui``: the same as ``fettle`` (the app, or a command)."""

import sys

from .launch import main

sys.exit(main())
