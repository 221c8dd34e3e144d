"""Fettle's Qt desktop app: windows, dialogs, item models and widgets on top of ``app``."""
