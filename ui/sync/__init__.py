"""Syncing in the desktop app (issue 14): when to sync, the status line, the conflict
screen and joining a synced journal; Preferences ▸ Sync is ui/settings/sync_tab.py."""
