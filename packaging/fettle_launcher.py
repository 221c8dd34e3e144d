"""The frozen program's entry point: the same as ``fettle`` and ``python -m ui``.

PyInstaller needs a script, not a ``package:function`` entry point.
"""

import sys

from ui.launch import main

if __name__ == "__main__":
    sys.exit(main())
