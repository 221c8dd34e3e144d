"""Before the journal is open: unlock, first-run wizard, restore, a damaged journal."""
