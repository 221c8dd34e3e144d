"""The medicine a post must keep: drug and device names, eponyms, doses and lab values.

A post about living with an illness is useless without its drugs, doses and results,
and a redactor that calls "Keytruda" a name or "BP 130/85" a date teaches people to
switch it off. So:

- drug and brand names come from the ``drug-named-entity-recognition`` wheel (MIT
  code; DrugBank open data CC0, MeSH and MedlinePlus synonyms), read straight from
  the data file inside the wheel: we never import its finder, which can reach the
  network and reads a pickle from the home folder. Devices and care words we ship in
  ``data/medical_terms.txt``. All of them get the lexicon's ``MEDICAL`` flag, so the
  name finder never flags them;
- eponyms ("Wilson's disease", "Bell's palsy", "Guillain-Barré") are medical where a
  disease word follows them, even when the same word is a profile name
  (``medical_eponyms``);
- doses, schedules, scores and lab values are never dates, ages, phones or IDs.
"""

from __future__ import annotations

import bz2
import importlib.util
import pickle  # noqa: S403 - reads the data file shipped inside an installed wheel
import re
from collections.abc import Callable
from pathlib import Path

from app.redact.ids import outweighs_dose
from app.redact.medical_context import condition_word, elided_eponym, unknown_drug
from app.redact.medical_eponyms import eponym_ranges
from app.redact.medical_products import dev_code, device_product
from app.redact.medical_readings import reading_ranges
from app.redact.products_numbered import numbered_product
from app.redact.spans import Source, Span, SpanType
from app.redact.windows import DIGITS, Triggered

_DRUG_PACKAGE = "drug_named_entity_recognition"
_DRUG_FILE = "drug_ner_dictionary.pkl.bz2"
_DRUG_WORD = re.compile(r"[a-z][a-z-]{3,}")
_PHRASE_SPLIT = re.compile(r"[\s,/()]+")


def _drug_data_path() -> Path | None:
    """The wheel's data file, found without importing the package (its import has side
    effects: it loads a pickle from the home folder if one is there)."""
    spec = importlib.util.find_spec(_DRUG_PACKAGE)
    if spec is None or not spec.submodule_search_locations:
        return None
    path = Path(next(iter(spec.submodule_search_locations))) / _DRUG_FILE
    return path if path.is_file() else None


def drug_package_version() -> str:
    from importlib import metadata

    try:
        return metadata.version("drug-named-entity-recognition")
    except metadata.PackageNotFoundError:
        return "?"


def drug_words(variants: dict | None = None) -> set[str]:
    """Single-word drug and brand names ("keytruda", "adalimumab"), lower case.

    Words of four letters or more only: shorter variants are mostly abbreviations that
    are also ordinary words. Built once into the cached lexicon, so this cost (about a
    second) is paid only when the cache is made.
    """
    if variants is None:
        variants = drug_variants()
    return {w for w in variants if isinstance(w, str) and _DRUG_WORD.fullmatch(w)}


def drug_variants() -> dict:
    """The package's drug names and their variants (about 40 MB unpickled: a lexicon build
    loads it once and passes it to both word sets, and nothing keeps it)."""
    path = _drug_data_path()
    if path is None:
        return {}
    with bz2.open(path, "rb") as fh:
        data = pickle.load(fh)  # noqa: S301 - the wheel's own data, as trusted as its code
    return data.get("drug_variant_to_canonical", {})


def drug_phrase_words(variants: dict | None = None) -> set[str]:
    """The words of the package's multi-word names ("ciproxin hc", "trelegy ellipta",
    "zydol sr"), lower case: a brand is often written without its suffix, and only its
    full name is a key there. The lexicon keeps only the rare ones that name no one."""
    if variants is None:
        variants = drug_variants()
    out: set[str] = set()
    for variant in variants:
        if isinstance(variant, str) and " " in variant:
            out.update(w for w in _PHRASE_SPLIT.split(variant) if _DRUG_WORD.fullmatch(w))
    return out


# -- numbers that are medicine -------------------------------------------------------------

_UNIT = (
    r"(?:mg|mcg|µg|ug|ng|g|kg|ml|mls|l|cc|iu|units?|u|mmol(?:/l|/mol)?|mg/dl|mg/l|"
    r"g/l|g/dl|umol/l|µmol/l|nmol/l|pmol/l|miu/l|mu/l|x10\^?9/l|%|puffs?|tabs?|"
    r"tablets?|caps(?:ules)?|pills?|drops?|sprays?|patch(?:es)?|mmhg|bpm|kcal|cal|"
    r"lbs?|stone|cm|mm|times?|x)"
)
# A number with a unit, a range of them, and a schedule after it.
DOSE = re.compile(
    rf"(?<![\w/.])\d+(?:[.,]\d+)?(?:\s*(?:-|–|to|/)\s*\d+(?:[.,]\d+)?)?\s?{_UNIT}\b(?:/\w+)?"
    rf"(?:\s+(?:[1-7]/7|\d{{1,2}}/52)(?![\w/]))?",
    re.IGNORECASE,
)
_LAB = (
    r"bp|blood pressure|hr|heart rate|pulse|sats|o2 sat|spo2|o2|temp|temperature|"
    r"hba1c|a1c|hb|hgb|haemoglobin|hemoglobin|wbc|rbc|plt|platelets|neuts?|"
    r"neutrophils|lymphs?|crp|esr|egfr|gfr|creat(?:inine)?|urea|alt|ast|alp|ggt|"
    r"bili(?:rubin)?|albumin|inr|tsh|t3|t4|ft3|ft4|ferritin|folate|b12|vit(?:amin)?\s?d|"
    r"iron|calcium|sodium|potassium|na|k|mg|glucose|bgl|bg|sugars?|ketones?|"
    r"ldl|hdl|cholesterol|triglycerides|psa|ca-?125|cea|afp|ck|ldh|troponin|"
    r"trop|bnp|d-?dimer|lactate|ph|pco2|po2|peak flow|pef|fev1|fvc|weight|bmi|"
    r"iga|igg|ige|ana|rf|ccp|calprotectin|calpro|fcp|viral load|cd4|vl|ige|amh|fsh|lh|"
    r"prolactin|cortisol|testosterone|oestrogen|estrogen|estradiol|progesterone|"
    r"pain|fatigue|score|edss|das28|basdai|phq-?9|gad-?7|mmse|moca|eq-?5d|apgar|gleason|"
    r"beighton|nihss|gcs|epds|ecog|nyha|meld|gold|cdai|hbi|mayo score|t-score|z-score|"
    r"hoehn and yahr|harvey-bradshaw(?: index)?|cha2ds2-vasc|bristol(?: stool)? type|"
    r"glasgow coma (?:score|scale)|coma score|index|"
    # more analytes, scores and measurements people quote with a number
    r"chloride|sweat chloride|bicarb(?:onate)?|magnesium|phosphate|urate|uric acid|"
    r"ammonia|lipase|amylase|procalcitonin|pct|fibrinogen|aptt|ck|cpk|myoglobin|"
    r"anion gap|osmolality|acr|uacr|pcr|microalbumin|mcv|mch|rdw|hct|pcv|retics?|"
    r"eos|eosinophils|igf-?1|pth|acth|shbg|dheas?|e2|hcg|beta hcg|ca19-?9|"
    r"nt-?probnp|tpo|trab|tsi|dsdna|c3|c4|ahi|odi|dlco|updrs|alsfrs(?:-r)?|nihss|"
    r"fib-?4|child-pugh|qsofa|wells score|curb-?65|has-bled|chads2?|"
    r"ki-?67|iop|jcv index|k|na|vitamin b12|zinc|copper|"
    r"hoehn (?:and|&) yahr|midas|hit-?6|asrs|ybocs|y-bocs|pcl-?5|audit-?c|cat score|"
    r"mrc|sgrq|act score|haq|bvas|sledai|pasi|easi|scorad|dlqi|hurley|"
    r"ttg|ttg-?iga|anti-?ttg|ca\s?15-?3"
)
# "BP 130/85", "HbA1c 48", "CRP was 45", "pain 7/10", "EDSS 3.5", "sats 94%".
LAB_VALUE = re.compile(
    # "pain at 16" is when it began, not a reading
    rf"\b(?:{_LAB})\b\+?(?:\s+(?:was|is|of|(?<!pain )(?<!fatigue )(?<!weight )at|down to|"
    rf"up to|now|came back|back|level|(?:went|rose|fell|dropped|jumped|climbed|shot)"
    rf"(?:\s+(?:up|down))?(?:\s+(?:by|to))?|"
    rf"levels|reading|=|:)){{0,2}}\s*[:=]?\s*[<>≤≥~]?\s*(?<![\w.])-?\d+(?:[.,]\d+)?"
    rf"(?:\s*/\s*\d+(?:[.,]\d+)?)?",
    re.IGNORECASE,
)
# Schedules: "1-0-1", "2x daily", "bd", "q4h", "every 4 hours", "3/7", "5/7 course".
SCHEDULE = re.compile(
    r"(?<![\w/])\d-\d-\d(?:-\d)?(?![\w/])"
    r"|\b\d+\s?x\s?(?:daily|a day|per day|weekly|a week|/7|/52)\b"
    r"|\bq\d{1,2}h\b"
    r"|\b(?:every|each)\s+\d+(?:\s*-\s*\d+)?\s*(?:hours?|hrs?|h|days?|weeks?|months?)\b"
    # "3/7 ago", "for 5/7", "2/52", "6/12 history": days, weeks, months in UK notes. A
    # bare "3/7" or "8/10" is a US date, so only with its cue.
    r"|(?<=for )[1-7]/7(?![\w/])|(?<![\w/])[1-7]/7(?=\s+(?:ago|course|hx|history|post|of))"
    r"|(?<![\w/])\d{1,2}/52(?![\w/])"
    r"|(?<![\w/])\d{1,2}/12(?=\s+(?:ago|later|post|history|hx))",
    re.IGNORECASE,
)


def medical_number_ranges(text: str, region: str = "GB") -> list[tuple[int, int]]:
    """Character ranges of doses, lab values, scores and schedules in ``text`` (``region``
    tells whether "4/12" may be a date)."""
    if DIGITS.search(text) is None:
        return []
    out = [m.span() for m in _DOSE_FAST.finditer(text)]
    for fast in (_LAB_FAST, _SCHEDULE_FAST):
        out.extend(m.span() for m in fast.finditer(text))
    seen = set(out)
    out.extend(r for r in reading_ranges(text, region) if r not in seen)  # "ferritin was 9"
    if "PsA" in text:  # psoriatic arthritis, not the prostate's PSA: "diagnosed PsA at 31"
        out = [r for r in out if not text.startswith("PsA", r[0])]
    return out


# The first token of every alternative of _LAB that is more than one token: a regex
# only tried at its first words must list them ("hoehn and yahr", "t-score").
_LAB_FIRSTS = (
    r"blood|heart|peak|viral|d|vit|vitamin|ca|phq|gad|eq|hoehn|harvey|bristol|glasgow|"
    r"coma|cha2ds2|t|z|mayo|sweat|anion|uric|igf|nt|beta|fib|child|wells|curb|has|ki|"
    r"jcv|hit|y|pcl|cat|act|alsfrs"
)
# DOSE said so that the engine's quick scan for a digit finds where to try it: "a digit
# after no word character, a slash or a point" said after the digit (a pattern opening
# with a lookbehind is tried at every character), and the first letter of a unit looked
# at before the units are (most numbers are followed by none: "3 days", "in 2019").
# The first letters of every unit of _UNIT, in any case:
_UNIT_FIRSTS = "mµungklci%pxtdsb"
_DOSE_FAST = re.compile(
    DOSE.pattern.replace(r"(?<![\w/.])\d+", r"\d(?<![\w/.]\d)\d*", 1).replace(
        rf"\s?{_UNIT}", rf"\s?(?=[{_UNIT_FIRSTS}]){_UNIT}", 1
    ),
    re.IGNORECASE,
)
_LAB_FAST = Triggered(LAB_VALUE, rf"(?:{_LAB})|{_LAB_FIRSTS}")
# A schedule opening with a number has a hyphen, an "x" or a slash after its digits
# ("1-0-1", "2x daily", "3/7"): other numbers are not tried.
_SCHEDULE_FAST = Triggered(
    SCHEDULE, r"every|each|q\d{1,2}h", digits=r"(?i:\d-\d-\d|\d+\s?x|\d{1,2}/)"
)


# A formulation or a dose straight after a word makes it a drug.
_DRUG_AFTER = re.compile(
    r"\s+(?-i:XL|SR|MR|CR|ER|XR|LA|CD|ODT|IR|EC|DR|SA|PR)\b"
    r"|\s+\d+(?:\.\d+)?\s?(?:mg|mcg|µg|g|ml|units?|iu)\b"
    # "Panadeine Forte", "Syndopa Plus", "Voltarol gel", "Epilim syrup"
    r"|\s+(?:Plus|Forte|Duo|Max|Retard|Depot|Mite|Junior|Rapid|Continus|"
    r"Chrono|gel|cream|ointment|foam|syrup|drops|spray|inhaler|pens?|"
    r"injections?|jabs?|shots?|tablets?|tabs|capsules|caps|patch(?:es)?|"
    r"suppositor(?:y|ies)|infusions?|sachets?|lozenges?)\b"
    r"(?!\s+(?:me|him|her|us|them|you|off|by|round)\b)"  # "Sipho drops me at the clinic"
    # "Thyronorm 50", "Dolo 650": a strength without its unit
    r"|\s+\d{2,4}\b(?![.,:/]\d|\s*(?:years?|yrs?|yo|y/o|%|am|pm|st|nd|rd|"
    r"th|miles?|km|mins?|minutes?|hours?|days?|weeks?|months?)\b|[)\]])",
    re.IGNORECASE,
)


def _drug_after(text: str, span: Span, name_like: Callable[[str], bool] | None) -> bool:
    if numbered_product(text, span.end):
        return True  # "Liv 52 tablets": a product's name, even a listed given name's
    m = _DRUG_AFTER.match(text, span.end)
    if m is None:
        return False
    if m.group().strip()[0].isdigit() and not any(u in m.group().lower() for u in "mgliu"):
        # a bare number after a word is a house number as often as a strength: only
        # where the words around speak of taking it ("started Thyronorm 50", "Dolo 650
        # every 6 hours")
        taken = (
            _TAKEN_BEFORE.search(text, max(0, span.start - 30), span.start) is not None
            or _SCHEDULE_AFTER.match(text, m.end()) is not None
        )
        return taken and name_like is not None and not name_like(span.text)
    return True


_TAKEN_BEFORE = re.compile(
    r"\b(?:started(?: on)?|starting(?: on)?|taking|took|take|prescribed|gave|"
    r"giving|given|upped|increased|reduced|switched to|(?:been|am|is|was|"
    r"now|still|me) on)\s+$",
    re.IGNORECASE,
)
_SCHEDULE_AFTER = re.compile(
    r"\s*(?:every|each|daily|twice|once|bd|bid|tds|tid|od|qds|nocte|"
    r"at night|in the morning|mornings|a day|per day|x\s?\d)\b",
    re.IGNORECASE,
)


_NUMERIC_TYPES = (SpanType.DATE, SpanType.AGE, SpanType.PHONE, SpanType.ID)
_WORD_TYPES = (SpanType.NAME, SpanType.PLACE, SpanType.EMPLOYER, SpanType.OTHER)
_ID_OR_WORD_TYPES = (SpanType.ID, *_WORD_TYPES)


def drop_medicine(
    spans: list[Span],
    text: str,
    name_like: Callable[[str], bool] | None = None,
    numbers: list[tuple[int, int]] | None = None,
    medical_word: Callable[[str], bool] | None = None,
) -> list[Span]:
    """Spans left once medicine is taken out: a date, age, phone or ID lying inside a
    dose or lab value goes, and so does a name, place or employer that is an eponym
    used medically, or a guessed name that a formulation or a strength follows
    ("Syndopa Plus", "Dolo 650"; a strength only where ``name_like`` says the word is no
    listed name, so "Tom 36" stays). A profile word that is a device brand goes where it
    names the product ("Medtronic 780G", see ``_MODEL_AFTER``), and an ID that is a drug's
    development code ("LY3437943"). Spans the user selected are never dropped."""
    if numbers is None:
        numbers = medical_number_ranges(text)
    eponyms = eponym_ranges(text) if not text.islower() else []
    if (
        not numbers
        and not eponyms
        and not any(
            s.source in (Source.LEXICON, Source.UNKNOWN_WORD, Source.PROFILE, Source.CONTEXT)
            or s.type is SpanType.ID
            for s in spans
        )
    ):
        return spans
    out = []
    for s in spans:
        kind = s.type
        if s.source is Source.USER:
            out.append(s)
        elif (
            kind in _NUMERIC_TYPES
            and not outweighs_dose(s)
            and any(a <= s.start and s.start + len(s.text.rstrip(".")) <= b for a, b in numbers)
        ):
            continue  # "TSH 5.1." is no date, whatever its full stop says
        elif (
            (kind is SpanType.DATE or kind in _WORD_TYPES)
            and eponyms
            and any(a <= s.start and s.end <= b for a, b in eponyms)
        ):
            continue  # "Wilson's disease"; "Christmas disease", "May-Thurner": a holiday's
            # or a month's name too
        elif kind not in _WORD_TYPES:
            # only dev_code asks more of an ID, and of an address, a contact or another
            # number nothing below asks anything (each test there needs a word type)
            if kind is not SpanType.ID or not dev_code(s, text):
                out.append(s)  # "on LY3437943": the trial's drug, not the user's number
        elif device_product(s, text, medical_word):
            continue  # "Medtronic 780G" is the pump, even at Medtronic's own engineer
        elif dev_code(s, text):
            continue
        elif kind is not SpanType.NAME and kind is not SpanType.PLACE:
            out.append(s)  # an employer or other: the tests below need a name or place
        elif s.source in _GUESSED_SOURCES and _drug_after(text, s, name_like):
            continue  # "Xaggitin XL 36mg": a drug we do not list, by its form and dose
        elif s.source is not Source.PROFILE and (
            unknown_drug(s, text, name_like, medical_word)
            or condition_word(s, text, medical_word)
            or elided_eponym(s, text)
        ):
            continue  # "Day 3 of Zelvoxa", "the Tavlexa is working" (none takes a
            # profile name: each asks a guess, or anything but the user's own words)
        else:
            out.append(s)
    return out


_GUESSED_SOURCES = (Source.LEXICON, Source.UNKNOWN_WORD)
