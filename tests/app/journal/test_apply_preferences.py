"""Applying a preferences change is one core use case (``app.usecases``): the GUI's
Preferences calls it; it writes only what the user changed, so a setting changed
elsewhere meanwhile is not overwritten with the stale copy the dialog was opened with."""

from __future__ import annotations

import copy
from dataclasses import dataclass, replace
from typing import Any

from app import usecases
from tests.support.journals import make_journal


@dataclass
class Values:
    options: dict[str, Any]
    profile: Any
    symptoms: list[Any]
    treatments: list[Any]
    conditions: list[Any]


def _load(j) -> Values:
    return Values(
        j.settings.all(),
        j.profile.get(),
        j.catalog.symptoms(include_archived=True),
        j.catalog.treatments(),
        j.catalog.conditions(),
    )


def test_only_what_changed_is_written_and_reported(tmp_path):
    j = make_journal(tmp_path / "j.fettle")
    j.catalog.ensure_symptom("Headache")
    old = _load(j)
    new = copy.deepcopy(old)
    new.options["auto_lock_minutes"] = 3
    new.options["remember_on_device"] = True  # a fact about the device, never stored
    fog = next(s for s in new.symptoms if s.name == "Headache")
    new.symptoms = [replace(fog, name="Migraine")]
    j.settings.set("date_format", "yyyy-MM-dd")  # changed elsewhere while the dialog was open
    changed, target = usecases.apply_preferences(j, old, new)
    assert changed == {"options", "catalog"} and target is None
    assert j.settings.get("auto_lock_minutes") == 3
    assert j.settings.get("date_format") == "yyyy-MM-dd"  # not put back to the stale copy
    assert (
        "remember_on_device" not in j.settings.all()
        or j.settings.all()["remember_on_device"] is None
    )
    assert [s.name for s in j.catalog.symptoms()] == ["Migraine"]
    assert usecases.apply_preferences(j, _load(j), _load(j)) == (frozenset(), None)
    changed, target = usecases.apply_preferences(j, _load(j), _load(j), rekey=True)
    assert target == usecases.key_for(j)
    j.lock()


def test_remember_change_leaves_the_keystore_alone_unless_asked():
    assert usecases.remember_change(False, True) is True
    assert usecases.remember_change(True, False) is False
    assert usecases.remember_change(True, True) is None
    assert usecases.remember_change(None, True) is None  # the keystore never answered
