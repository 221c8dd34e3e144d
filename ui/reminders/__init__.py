"""The tray icon and the desktop reminders (check-in time, dose times)."""
