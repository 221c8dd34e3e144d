"""Exports that leave the journal unencrypted: CSV, Fettle JSON, Markdown."""
