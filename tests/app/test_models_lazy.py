"""The catalog's types load on first use, through app.models as before (issue 19).

A list, a search or a note needs only the entries' dataclasses; making the other eight
cost every such command about 3.5 ms. They live in app.catalog_models, and
``from app.models import Treatment`` still works.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
CATALOG_TYPES = (
    "Appointment",
    "Condition",
    "DoseChange",
    "DoseEvent",
    "Factor",
    "ShareRecord",
    "Symptom",
    "Treatment",
)
PROBE = """
import json, sys
import app.models
before = "app.catalog_models" in sys.modules
from app.models import Entry, EntryFilter, SearchHit
still = "app.catalog_models" in sys.modules
from app.models import Treatment
print(json.dumps([before, still, "app.catalog_models" in sys.modules, Treatment.__module__]))
"""


def test_the_entries_types_load_without_the_catalogs() -> None:
    proc = subprocess.run(
        [sys.executable, "-c", PROBE], cwd=ROOT, capture_output=True, text=True, timeout=60
    )
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout) == [False, False, True, "app.catalog_models"]


@pytest.mark.parametrize("name", CATALOG_TYPES)
def test_each_catalog_type_is_still_imported_from_app_models(name) -> None:
    import app.catalog_models
    import app.models

    assert getattr(app.models, name) is getattr(app.catalog_models, name)
    assert name in dir(app.models)


def test_a_name_app_models_lacks_is_still_an_attribute_error() -> None:
    import app.models

    with pytest.raises(AttributeError, match="no attribute 'Treatmnet'"):
        app.models.Treatmnet  # noqa: B018
    assert not hasattr(app.models, "catalog_models_loader")
