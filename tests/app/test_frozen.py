"""``Frozen`` values behave as the frozen dataclasses they replaced, and a command-line
list or search loads neither ``dataclasses`` nor ``typing`` (issue 19: together about
11 ms of a search's 80)."""

from __future__ import annotations

import copy
import datetime as dt
import json
import pickle
import subprocess
import sys
from pathlib import Path

import pytest

from app.frozen import Frozen, FrozenError
from app.models import Cursor, EntryFilter, EntryRow, Page, SearchHit

ROOT = Path(__file__).resolve().parents[2]


class Point(Frozen):
    x: int
    y: int = 0
    label: str = ""


def test_positional_keyword_and_default_values() -> None:
    assert Point(1).y == 0
    assert Point(1, 2, "a") == Point(x=1, y=2, label="a")
    assert Point(1, label="b").label == "b"
    assert repr(Point(1, 2)) == "Point(x=1, y=2, label='')"


@pytest.mark.parametrize(
    "make, message",
    [
        (lambda: Point(), "needs x"),
        (lambda: Point(1, 2, "a", 4), "at most 3"),
        (lambda: Point(1, z=3), "no field 'z'"),
        (lambda: Point(1, x=2), "got 'x' twice"),
    ],
)
def test_wrong_construction_is_refused(make, message) -> None:
    with pytest.raises(TypeError, match=message):
        make()


def test_a_value_cannot_change() -> None:
    p = Point(1)
    with pytest.raises(FrozenError):
        p.x = 2  # type: ignore[misc]
    with pytest.raises(FrozenError):
        p.y = 5  # a field left at its default, not only one given
    with pytest.raises(FrozenError):
        del p.x
    assert p == Point(1)


def test_equal_values_are_equal_and_hash_alike_and_other_types_are_not() -> None:
    assert Point(1, 2) == Point(1, 2)
    assert hash(Point(1, 2)) == hash(Point(1, 2))
    assert Point(1, 2) != Point(2, 1)
    assert Point(1, 2) != (1, 2, "")
    assert {Point(1), Point(1)} == {Point(1)}


def test_replace_makes_a_changed_copy() -> None:
    p = Point(1, 2)
    q = p.replace(y=3)
    assert (p.y, q.y, q.x) == (2, 3, 1)
    with pytest.raises(TypeError, match="no field"):
        p.replace(z=1)


def test_copy_and_pickle_keep_the_value() -> None:
    flt = EntryFilter(kinds=("symptom",), date_from=dt.date(2026, 1, 2))
    assert copy.copy(flt) == flt
    assert copy.deepcopy(flt) == flt
    assert pickle.loads(pickle.dumps(flt)) == flt


def test_a_mutable_default_is_refused_as_a_dataclass_would() -> None:
    with pytest.raises(TypeError, match="mutable default"):

        class Bad(Frozen):
            items: list = []  # noqa: RUF012

    with pytest.raises(TypeError, match="mutable default"):

        class AlsoBad(Frozen):
            data: bytearray = bytearray()


def test_a_required_field_after_a_defaulted_one_is_refused_also_in_a_subclass() -> None:
    with pytest.raises(TypeError, match="no default after"):

        class Bad(Point):
            z: int


def test_a_field_named_like_a_method_is_refused() -> None:
    with pytest.raises(TypeError, match="method of Frozen"):

        class Bad(Frozen):
            x: int
            replace: str = ""


def test_class_variables_are_not_fields() -> None:
    from typing import ClassVar

    class Limited(Frozen):
        LIMIT: ClassVar[int] = 5
        x: int

    assert Limited._fields == ("x",)
    with pytest.raises(TypeError, match="at most 1"):
        Limited(1, 6)


def test_the_journals_values_keep_their_fields_and_defaults() -> None:
    row = EntryRow(3, "note", dt.date(2026, 1, 2), None, "t")
    assert (row.severities, row.tags) == ((), ())
    assert EntryFilter() == EntryFilter(kinds=(), tag=None)
    assert EntryFilter(tag="x").replace(tag=None) == EntryFilter()
    page = Page([row], Cursor("2026-01-02T", 3))
    assert page.next.id == 3
    assert SearchHit(row, "s", 1.0).row is row


PROBE = """
import json, sys
sys.argv = ["fettle", "search", "--journal", sys.argv[1], "pain", "--passphrase-fd", "0"]
from app.cli.main import main
code = main(sys.argv[1:])
print(json.dumps({m: m in sys.modules for m in ("dataclasses", "typing", "inspect")}))
sys.exit(code)
"""


def test_a_command_line_search_loads_neither_dataclasses_nor_typing(tmp_path) -> None:
    from app.journal import Journal
    from app.journal.kdf import FAST_TEST_PROFILE
    from app.models import Entry

    path = tmp_path / "j.fettle"
    with Journal.create(path, "a passphrase here", profile=FAST_TEST_PROFILE) as journal:
        journal.entries.add(Entry("note", dt.date(2026, 3, 4), title="Back pain at night"))
    proc = subprocess.run(
        [sys.executable, "-c", PROBE, str(path)],
        cwd=ROOT,
        input="a passphrase here\n",
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert proc.returncode == 0, proc.stderr
    assert "Back pain at night" in proc.stdout  # a hit, turned into a row, was printed
    loaded = json.loads(proc.stdout.strip().splitlines()[-1])
    assert loaded == {"dataclasses": False, "typing": False, "inspect": False}


def test_an_entry_is_still_imported_from_app_models() -> None:
    import app.entry_models
    import app.models

    assert app.models.Entry is app.entry_models.Entry
    assert app.models.SymptomReading is app.entry_models.SymptomReading
    assert {"Entry", "SymptomReading"} <= set(dir(app.models))


def test_a_hidden_field_is_left_out_of_the_repr_but_still_compared() -> None:
    from app.usecases import KeyFor

    held = KeyFor("journal-1", b"\x01secret-key-bytes")
    assert "secret" not in repr(held) and "key" not in repr(held)
    assert held != KeyFor("journal-1", b"other") and held == KeyFor("journal-1", held.key)
