"""The use cases the command line and the desktop app share (app/usecases.py), on the
real Secret Service: one passphrase change, one rule for the remembered key."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from app import usecases
from app.journal import kdf, keystore
from app.journal.journal import Journal
from tests.support.journals import PASSPHRASE, make_journal

ROOT = Path(__file__).resolve().parents[3]
NEW = "a different passphrase"


@pytest.mark.keyring
@pytest.mark.parametrize("remembered", [True, False])
def test_a_passphrase_change_moves_a_remembered_key_and_forgets_the_old_one(
    secret_service, tmp_path, remembered
) -> None:
    path = tmp_path / "j.fettle"
    with make_journal(path) as journal:
        old = usecases.key_for(journal)
        if remembered:
            usecases.set_remembered(old, True)
        else:  # a stale entry someone left: still forgotten, never carried over
            keystore.remember_key(old.journal_id, bytes(32))
            keystore.forget_key(old.journal_id)
        change = usecases.change_passphrase(journal, PASSPHRASE, NEW, profile=kdf.FAST_TEST_PROFILE)
    assert change.old.journal_id == old.journal_id != change.new.journal_id
    assert usecases.move_remembered_key(change) is remembered
    assert not usecases.is_remembered(change.old.journal_id)
    assert usecases.is_remembered(change.new.journal_id) is remembered
    key = usecases.remembered_key(path)
    if remembered:
        opened = usecases.open_with_remembered(path, key)
        assert opened is not None
        opened.lock()
    else:
        assert key is None
    Journal.open(path, NEW).lock()


def test_a_stale_remembered_key_opens_nothing_and_says_so(tmp_path) -> None:
    path = tmp_path / "j.fettle"
    make_journal(path).lock()
    assert usecases.open_with_remembered(path, bytes(32)) is None
    assert len(usecases.backup_key(path, PASSPHRASE)) == kdf.KEY_SIZE


def _defines(path: Path) -> set[str]:
    return {n.name for n in ast.parse(path.read_text()).body if isinstance(n, ast.FunctionDef)}


def test_the_cli_and_the_gui_share_one_passphrase_change() -> None:
    """Neither front end keeps its own copy of the use case any more."""
    for front in (ROOT / "app/cli/journal_file.py", ROOT / "ui/settings/flow.py"):
        assert not {"change_passphrase", "move_remembered", "set_remembered"} & _defines(front)
        assert "usecases.change_passphrase" in front.read_text()
