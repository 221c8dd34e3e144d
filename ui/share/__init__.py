"""Sharing: pick entries, review each redaction, preview the post, the share log."""
