"""The entry editor and the quick log."""
