"""How the app looks: theme (system, light, dark, high contrast) and target size."""
