#!/bin/sh
# /app/bin/fettle in the Flatpak: the same launcher as the bundle's, on the runtime's
# Python (the program sits in /app/lib/fettle with app/, ui/ and resources/).
exec python3 /app/lib/fettle/fettle_launcher.py "$@"
