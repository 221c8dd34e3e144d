"""Work the main window runs on the task runner's worker thread (never on the GUI thread).

Each function takes plain values, returns plain values, and raises the core's
typed errors; the window turns those into words.
"""

from __future__ import annotations

import shutil
from typing import TYPE_CHECKING, Any

from app.journal.journal import Journal
from app.journal.private_file import private_folder
from app.models import EntryFilter
from app.usecases import KdfProfile

if TYPE_CHECKING:
    from ui.unlock.welcome_wizard import WizardValues

    from .app_context import Demo


def prepare_demo(demo: Demo) -> None:
    """Create the demo journal in its temporary folder."""
    from app.demo import create_demo_journal

    if demo.path.exists():
        return
    path, passphrase = create_demo_journal(demo.folder)
    demo.path, demo.passphrase = path, passphrase


def remove_demo(demo: Demo) -> None:
    shutil.rmtree(demo.folder, ignore_errors=True)


def create_journal(values: WizardValues, profile: KdfProfile) -> Journal:
    private_folder(values.path.parent, strict=False)  # 0700, as `fettle init` makes it
    journal = Journal.create(values.path, values.passphrase, profile=profile)
    try:
        if values.profile.terms:
            journal.profile.set(values.profile)
        # values.remember is done by the window on the keystore's own thread: a locked
        # keystore can wait without end, and this worker is the journal's.
    except BaseException:
        journal.lock()
        raise
    return journal


def after_open(journal: Journal, may_remember: bool) -> tuple[dict[str, Any], str]:
    """The journal's settings. Returns (settings, a sentence to show or "").

    Opening never stores a key: only the user's choice in the wizard or in
    Preferences does, on this device, so a copied journal is not remembered on
    another machine just because it was remembered here."""
    return journal.settings.all(), ""


def recent_symptoms(journal: Journal) -> list[int]:
    """Symptom ids, most recently rated first (for the quick log)."""
    by_name = {s.name: s.id for s in journal.catalog.symptoms()}
    seen: dict[int, None] = {}
    page = journal.entries.page(EntryFilter(kinds=("symptom",)), limit=60)
    for row in page.rows:
        for name, _severity in row.severities:
            if name in by_name:
                seen.setdefault(by_name[name])
    return list(seen)
