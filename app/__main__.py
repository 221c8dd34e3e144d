"""``python -m app``: the core's command line, without the desktop app (``fettle`` is
``ui.launch``, which adds the app and the commands that need Qt)."""

import sys

from .cli.main import main

sys.exit(main())
