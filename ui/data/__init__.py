"""The Data menu: back up, restore, import, export, check."""
