"""Giving back: answer a question from the journal, and share a treatment report."""
