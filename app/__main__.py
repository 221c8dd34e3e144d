"""``python -m app``: the core's command line, without the desktop app (``fettle`` is
``ui.launch``, which adds the app and the commands that need Qt)."""

import sys

from . import print_version_only

if print_version_only(sys.argv[1:]):
    sys.exit(0)

from .cli.main import main  # only when a command runs

sys.exit(main(quick_exit=True))
