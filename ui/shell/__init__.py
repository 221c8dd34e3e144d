"""The main window: menus and toolbar, the journal page, entry list and sidebar, lock."""
