"""A drug's other names: "sertraline" is also "Zoloft" and "Lustral".

The names come from the data file of the ``drug-named-entity-recognition`` wheel, which
the redactor's lexicon already reads for its drug words (``app.redact.medical``); its
variant-to-canonical table links every brand and synonym to the substance. We read the
file ourselves, as the lexicon does, and never import the package (its import reaches
for a pickle in the home folder). Loading takes about a second, once per process, so
callers run it off the GUI thread.
"""

from __future__ import annotations

import bz2
import pickle  # noqa: S403 - the wheel's own data file, as trusted as its code
import re
from functools import cache

from app.redact import medical
from app.redact.normalise import fold_term

_WORD = re.compile(r"[a-z][a-z0-9-]+(?: [a-z][a-z0-9-]+){0,3}")


@cache
def _tables() -> tuple[dict[str, frozenset[str]], dict[str, frozenset[str]]]:
    """(variant -> canonical names, canonical -> variants), all folded."""
    path = medical._drug_data_path()  # the same file the lexicon reads
    if path is None:  # the wheel is missing: no drug names at all
        return {}, {}
    with bz2.open(path, "rb") as fh:
        data = pickle.load(fh)  # noqa: S301
    to_canon: dict[str, set[str]] = {}
    to_variants: dict[str, set[str]] = {}
    for variant, canonicals in data.get("drug_variant_to_canonical", {}).items():
        if not isinstance(variant, str) or not _WORD.fullmatch(variant):
            continue
        for canon in canonicals or ():
            to_canon.setdefault(variant, set()).add(canon)
            to_variants.setdefault(canon, set()).add(variant)
    return (
        {k: frozenset(v) for k, v in to_canon.items()},
        {k: frozenset(v) for k, v in to_variants.items()},
    )


def is_drug(name: str) -> bool:
    return fold_term(name) in _tables()[0]


def other_names(name: str) -> frozenset[str]:
    """Every name of the drug called ``name`` (folded, itself included); a name that is
    no drug gives just itself."""
    word = fold_term(name)
    to_canon, to_variants = _tables()
    names = {word}
    for canon in to_canon.get(word, ()):
        names.add(canon)
        names.update(to_variants.get(canon, ()))
    return frozenset(n for n in names if n)


def canonical(name: str) -> str:
    """The substance a drug name stands for ("zoloft" -> "sertraline"), folded."""
    word = fold_term(name)
    found = sorted(_tables()[0].get(word, ()))
    return found[0] if found else word


def drugs_in(text: str) -> dict[str, str]:
    """The drug names written in ``text``: folded name as written -> its substance."""
    to_canon = _tables()[0]
    out: dict[str, str] = {}
    for word in re.findall(r"[a-z][a-z-]{3,}", fold_term(text)):
        if word in to_canon:
            out[word] = sorted(to_canon[word])[0]
    return out


__all__ = ["canonical", "drugs_in", "is_drug", "other_names"]
