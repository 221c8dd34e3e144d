"""The core's command line: ``python -m app``, and ``fettle`` through the GUI's launcher
(``ui/launch.py``), which adds the commands that need Qt.

``main.py`` parses and dispatches. Every other module here holds a group of commands
and is imported only when one of its commands runs (``COMMANDS`` in ``main.py``), so
``fettle --version`` or ``fettle list`` never load sharing, redaction or reports.
"""
