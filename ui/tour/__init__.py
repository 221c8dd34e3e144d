"""Screenshot tours (fettle --demo --screenshot DIR), loaded only when asked for."""
