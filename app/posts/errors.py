"""Typed errors for post formats; ``ui/`` turns them into words."""

from __future__ import annotations


class PostFormatError(ValueError):
    """A post format was asked for something it cannot do (e.g. a limit too small to split)."""


class UnknownFormat(KeyError):
    """No post format has this id."""
