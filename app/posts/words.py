"""The post's own words, per post language: one plain dict per language.

A post carries words Fettle writes around the user's: the default title, the entry
headings and dates, the ratings' label, what redaction puts in place of a name or a
date ("[name]", "week 2", "in my 40s", "Person A"), and the treatment report's
headings. The post language is chosen per post (a German user may write for an English
forum), apart from the interface language, so these words cannot go through Qt's
``tr()``: the core owns them here, and ``app.share``, ``app.redact.transform`` and
``app.giveback`` read them through ``post_words(lang)``.

Every English key has a German value (``tests/app/posts/test_post_words.py``). German
ratings read "7 von 10", never "7/10", which the redactor reads as a date there.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

ENGLISH = "en"
GERMAN = "de"
POST_LANGUAGES: tuple[str, ...] = (ENGLISH, GERMAN)
# Each language named in its own words, for the share review's combo and the CLI's help.
LANGUAGE_NAMES = {ENGLISH: "English", GERMAN: "Deutsch"}

EN: dict[str, str] = {
    # the post around the entries
    "title": "From my health journal",
    "same_day": "Later the same day",
    "severity": "Severity: {ratings}",
    "rating": "{name} {severity}/10",
    "symptom": "symptom",
    "long_date": "{day} {month} {year}",
    "month_year": "{month} {year}",
    "months": "January February March April May June July August September October "
    "November December",
    # dates coarsened by redaction
    "seasons": "winter winter spring spring spring summer summer summer autumn autumn "
    "autumn winter",
    "in_month": "in {coarse}",
    "holiday": "a holiday",
    "holiday_dative": "a holiday",
    "on_a_holiday": "on a holiday",
    "school_holidays": "the holidays",
    "decade_years": "the {decade}s",
    # relative dates ("week 2", "two months later")
    "numbers": "zero one two three four five six seven eight nine ten eleven twelve "
    "thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty",
    "first_day": "the first day",
    "on_first_day": "on the first day",
    "day_n": "day {n}",
    "week_n": "week {n}",
    "month_n": "month {n}",
    "year_n": "year {n}",
    "on_day_n": "on day {n}",
    "in_week_n": "in week {n}",
    "one_day": "a day",
    "one_week": "a week",
    "one_month": "a month",
    "one_year": "a year",
    "n_days": "{n} days",
    "n_weeks": "{n} weeks",
    "n_months": "{n} months",
    "n_years": "{n} years",
    "later": "{amount} later",
    "earlier": "{amount} earlier",
    "before_first_day": "{amount} before the first day",
    # the amounts after a preposition that asks for the dative (German only)
    "one_day_dative": "one day",
    "one_week_dative": "one week",
    "one_month_dative": "one month",
    "one_year_dative": "one year",
    "n_days_dative": "{n} days",
    "n_weeks_dative": "{n} weeks",
    "n_months_dative": "{n} months",
    "n_years_dative": "{n} years",
    # what a redacted span becomes
    "label.NAME": "[name]",
    "label.PLACE": "[place]",
    "label.ADDRESS": "[address]",
    "label.DATE": "[date]",
    "label.AGE": "[age]",
    "label.PHONE": "[phone]",
    "label.EMAIL": "[email]",
    "label.URL": "[link]",
    "label.ID": "[ID number]",
    "label.EMPLOYER": "[organisation]",  # a workplace, insurer, landlord or charity
    "label.HANDLE": "[handle]",
    "label.OTHER": "[redacted]",
    "pseudonym.NAME": "Person",
    "pseudonym.PLACE": "Place",
    "pseudonym.EMPLOYER": "Organisation",
    "pseudonym.OTHER": "Thing",
    "pseudonym.item": "Item",
    "pseudonym.clinician": "Dr",
    # ages as bands
    "age.over_90": "over ninety",
    "age.under_10": "a young child",
    "age.under_10_adjective": "young",
    "age.under_13": "not yet a teenager",
    # "my 3 year old has eczema" -> "my young child has", "a 52-year-old woman" ->
    # "a fiftysomething woman": the age as an adjective, and a noun where none follows
    "age.under_13_adjective": "preteen",
    "age.child_noun": "child",
    "age.child_nouns": "children",
    "age.teen_noun": "teenager",
    "age.teen_nouns": "teenagers",
    "age.teens_self": "in my teens",
    "age.teenage": "teenage",
    "age.self_decade": "in my {word}",
    "age.decade": "{word}something",
    "age.decade_words": "- - twenty thirty forty fifty sixty seventy eighty ninety",
    "age.self_decade_words": "- - twenties thirties forties fifties sixties seventies "
    "eighties nineties",
    "age.milestone": "milestone",
    "age.under_a_year": "under a year",
    "age.baby": "baby",
    "age.toddler": "toddler",
    "age.young_child": "young child",
    "age.as_baby": "as a baby",
    "age.as_toddler": "as a toddler",
    "age.as_young_child": "as a young child",
    "age.as_child": "as a child",
    "age.as_teenager": "as a teenager",
    "age.under_years": "under {n} years",
    "age.small_numbers": "- one two three four five six seven eight nine ten",
    "age.band": "in their {word}",
    "age.band_under_10": "a young child",
    "age.band.0": "childhood|child",
    "age.band.10": "youth|teenage",
    "age.band.20": "young adult years|young adult",
    "age.band.40": "middle years|middle-aged",
    "age.band.60": "later years|older",
    # the treatment report
    "report.title": "My experience with {name}",
    "report.what": "What it is: {name}, {kind}",
    "report.for": ", for {conditions}.",
    "report.therapy": "a therapy",
    "report.medication": "a medication",
    "report.dose_start": "Dose: started at {dose}.",
    "report.dose_unknown": "Dose: not recorded at the start.",
    "report.dose_change": "- {when}: {dose} (was {before})",
    "report.no_changes": " No changes since.",
    "report.later": "later",
    "report.from_day": "from day {n}",
    "report.from_week": "from week {n}",
    "report.one_day": "{n} day",
    "report.days": "{n} days",
    "report.weeks": "{n} weeks",
    "report.about_months": "about {n} months",
    "report.stopped": "{span}, then I stopped",
    "report.so_far": "{span} so far",
    "report.how_long": "How long: {span}.",
    "report.side_effects": "Side effects: {side}",
    "report.no_side_effects": "Side effects: none that I noted.",
    "report.rating": "How well it worked for me: {n} out of 10.",
    "report.figures": "My daily ratings (0 = none, 10 = worst), before and after starting it:",
    "report.caveat": "These are my own ratings, not a trial; other things changed too.",
    "report.lessons": "What I'd tell someone starting it:",
    "figure.too_few": "{symptom}: too few days to compare ({before} {unit} before, "
    "{after} after; Fettle needs {least} on each side).",
    "figure.line": "{symptom}: {mean_before} before ({before} {unit}), "
    "{mean_after} after ({after} {unit})",
    "figure.days": "days",
    "figure.ratings": "ratings",
    "figure.interval": "{interval} points {way} (95% interval)",
    "figure.lower": "lower",
    "figure.higher": "higher",
    "figure.to": "{lo} to {hi}",
    "figure.between": "between {lo} lower and {hi} higher",
}

DE: dict[str, str] = {
    "title": "Aus meinem Gesundheitstagebuch",
    "same_day": "Später am selben Tag",
    "severity": "Beschwerden: {ratings}",
    "rating": "{name} {severity} von 10",
    "symptom": "Symptom",
    "long_date": "{day}. {month} {year}",
    "month_year": "{month} {year}",
    "months": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "seasons": "Winter Winter Frühling Frühling Frühling Sommer Sommer Sommer Herbst Herbst "
    "Herbst Winter",
    "in_month": "im {coarse}",
    "holiday": "ein Feiertag",
    "holiday_dative": "einem Feiertag",
    "on_a_holiday": "an einem Feiertag",
    "school_holidays": "Ferien",
    "decade_years": "die {decade}er",
    "numbers": "null eins zwei drei vier fünf sechs sieben acht neun zehn elf zwölf "
    "dreizehn vierzehn fünfzehn sechzehn siebzehn achtzehn neunzehn zwanzig",
    "first_day": "der erste Tag",
    "on_first_day": "am ersten Tag",
    "day_n": "Tag {n}",
    "week_n": "Woche {n}",
    "month_n": "Monat {n}",
    "year_n": "Jahr {n}",
    "on_day_n": "an Tag {n}",
    "in_week_n": "in Woche {n}",
    "one_day": "einen Tag",
    "one_week": "eine Woche",
    "one_month": "einen Monat",
    "one_year": "ein Jahr",
    "n_days": "{n} Tage",
    "n_weeks": "{n} Wochen",
    "n_months": "{n} Monate",
    "n_years": "{n} Jahre",
    "later": "{amount} später",
    "earlier": "{amount} vorher",
    "before_first_day": "{amount} vor dem ersten Tag",
    "one_day_dative": "einem Tag",
    "one_week_dative": "einer Woche",
    "one_month_dative": "einem Monat",
    "one_year_dative": "einem Jahr",
    "n_days_dative": "{n} Tagen",
    "n_weeks_dative": "{n} Wochen",
    "n_months_dative": "{n} Monaten",
    "n_years_dative": "{n} Jahren",
    "label.NAME": "[Name]",
    "label.PLACE": "[Ort]",
    "label.ADDRESS": "[Adresse]",
    "label.DATE": "[Datum]",
    "label.AGE": "[Alter]",
    "label.PHONE": "[Telefon]",
    "label.EMAIL": "[E-Mail]",
    "label.URL": "[Link]",
    "label.ID": "[Kennnummer]",
    "label.EMPLOYER": "[Organisation]",
    "label.HANDLE": "[Benutzername]",
    "label.OTHER": "[entfernt]",
    "pseudonym.NAME": "Person",
    "pseudonym.PLACE": "Ort",
    "pseudonym.EMPLOYER": "Organisation",
    "pseudonym.OTHER": "Sache",
    "pseudonym.item": "Element",
    "pseudonym.clinician": "Dr.",
    "age.over_90": "über neunzig",
    "age.under_10": "ein kleines Kind",
    "age.under_10_adjective": "klein",
    "age.under_13": "noch kein Teenager",
    "age.under_13_adjective": "vorpubertär",
    "age.child_noun": "Kind",
    "age.child_nouns": "Kinder",
    "age.teen_noun": "Teenager",
    "age.teen_nouns": "Teenager",
    "age.teens_self": "im Teenageralter",
    "age.teenage": "jugendlich",
    "age.self_decade": "in meinen {word}",
    "age.decade": "in den {word}",
    "age.decade_words": "- - Zwanzigern Dreißigern Vierzigern Fünfzigern Sechzigern "
    "Siebzigern Achtzigern Neunzigern",
    "age.self_decade_words": "- - Zwanzigern Dreißigern Vierzigern Fünfzigern Sechzigern "
    "Siebzigern Achtzigern Neunzigern",
    "age.milestone": "runder",
    "age.under_a_year": "unter einem Jahr",
    "age.baby": "Baby",
    "age.toddler": "Kleinkind",
    "age.young_child": "kleines Kind",
    "age.as_baby": "als Baby",
    "age.as_toddler": "als Kleinkind",
    "age.as_young_child": "als kleines Kind",
    "age.as_child": "als Kind",
    "age.as_teenager": "als Teenager",
    "age.under_years": "unter {n} Jahren",
    "age.small_numbers": "- einem zwei drei vier fünf sechs sieben acht neun zehn",
    "age.band": "in den {word}",
    "age.band_under_10": "ein kleines Kind",
    "age.band.0": "Kindheit|Kind",
    "age.band.10": "Jugend|jugendlich",
    "age.band.20": "jungen Jahren|jung",
    "age.band.40": "mittleren Jahren|mittleren Alters",
    "age.band.60": "späteren Jahren|älter",
    "report.title": "Meine Erfahrung mit {name}",
    "report.what": "Worum es geht: {name}, {kind}",
    "report.for": ", bei {conditions}.",
    "report.therapy": "eine Therapie",
    "report.medication": "ein Medikament",
    "report.dose_start": "Dosis: zu Beginn {dose}.",
    "report.dose_unknown": "Dosis: zu Beginn nicht notiert.",
    "report.dose_change": "- {when}: {dose} (vorher {before})",
    "report.no_changes": " Seitdem unverändert.",
    "report.later": "später",
    "report.from_day": "ab Tag {n}",
    "report.from_week": "ab Woche {n}",
    "report.one_day": "{n} Tag",
    "report.days": "{n} Tage",
    "report.weeks": "{n} Wochen",
    "report.about_months": "etwa {n} Monate",
    "report.stopped": "{span}, dann habe ich aufgehört",
    "report.so_far": "bisher {span}",
    "report.how_long": "Wie lange: {span}.",
    "report.side_effects": "Nebenwirkungen: {side}",
    "report.no_side_effects": "Nebenwirkungen: keine, die mir aufgefallen wären.",
    "report.rating": "Wie gut es bei mir gewirkt hat: {n} von 10.",
    "report.figures": "Meine täglichen Bewertungen (0 = keine Beschwerden, 10 = am "
    "schlimmsten), vor und nach dem Beginn:",
    "report.caveat": "Das sind meine eigenen Bewertungen, keine Studie; auch anderes hat "
    "sich in der Zeit verändert.",
    "report.lessons": "Mein Rat an alle, die damit anfangen:",
    "figure.too_few": "{symptom}: zu wenige Tage für einen Vergleich ({before} {unit} "
    "vorher, {after} nachher; Fettle braucht {least} auf jeder Seite).",
    "figure.line": "{symptom}: {mean_before} vorher ({before} {unit}), "
    "{mean_after} nachher ({after} {unit})",
    "figure.days": "Tage",
    "figure.ratings": "Bewertungen",
    "figure.interval": "{interval} Punkte {way} (95-%-Intervall)",
    "figure.lower": "niedriger",
    "figure.higher": "höher",
    "figure.to": "{lo} bis {hi}",
    "figure.between": "zwischen {lo} niedriger und {hi} höher",
}

_TABLES: dict[str, Mapping[str, str]] = {ENGLISH: EN, GERMAN: DE}


def post_language(lang: str | None) -> str:
    """``lang`` if posts can be written in it ("de_DE" counts as "de"), else English."""
    base = (lang or "").replace("-", "_").split("_", 1)[0].lower()
    return base if base in _TABLES else ENGLISH


def post_words(lang: str | None = ENGLISH) -> Mapping[str, str]:
    """The table of a post language (English for one Fettle cannot write)."""
    return _TABLES[post_language(lang)]


def word_list(lang: str | None, key: str) -> list[str]:
    """A value that is a list of words ("months", "numbers"), split."""
    return post_words(lang)[key].split()


def month_name(lang: str | None, month: int) -> str:
    return word_list(lang, "months")[month - 1]


def long_date(day, lang: str | None = ENGLISH) -> str:
    """ "4 March 2026" / "4. März 2026": a form every date detector reads, and people too."""
    return post_words(lang)["long_date"].format(
        day=day.day, month=month_name(lang, day.month), year=day.year
    )


Ranges = tuple[tuple[int, int], ...]
_FIELD = re.compile(r"(\{[a-z_]+\})")


def shifted(ranges: Ranges, by: int) -> Ranges:
    return tuple((a + by, b + by) for a, b in ranges)


def fill(template: str, user: tuple[str, ...] = (), **values: object) -> tuple[str, Ranges]:
    """``template.format(**values)`` and where Fettle's own words ended up in it: the
    template's words and the values not named in ``user`` (counts, relative weeks).
    What the user wrote (a name, a dose, side effects) and any date go in ``user``: the
    redactor looks at those as at any text (``app.share_source.OwnWords``)."""
    out: list[str] = []
    own: list[tuple[int, int]] = []
    pos = 0
    for piece in _FIELD.split(template):
        name = piece[1:-1] if _FIELD.fullmatch(piece) else None
        text = piece if name is None else str(values[name])
        if text and (name is None or name not in user):
            if own and own[-1][1] == pos:
                own[-1] = (own[-1][0], pos + len(text))
            else:
                own.append((pos, pos + len(text)))
        out.append(text)
        pos += len(text)
    return "".join(out), tuple(own)


class Writer:
    """Text put together piece by piece, remembering which pieces are Fettle's own."""

    def __init__(self) -> None:
        self._parts: list[str] = []
        self._own: list[tuple[int, int]] = []
        self._pos = 0

    def add(self, text: str, own: Ranges | bool = ()) -> Writer:
        """Add ``text``; ``own`` is True (all of it is Fettle's), or ranges within it."""
        ranges = ((0, len(text)),) if own is True else own or ()
        self._own += shifted(ranges, self._pos)
        self._parts.append(text)
        self._pos += len(text)
        return self

    def fill(self, template: str, user: tuple[str, ...] = (), **values: object) -> Writer:
        return self.add(*fill(template, user, **values))

    @property
    def text(self) -> str:
        return "".join(self._parts)

    @property
    def own(self) -> Ranges:
        return tuple((a, b) for a, b in self._own if b > a)


# The post language chosen per site, as the journal's "post_languages" setting keeps it:
# "reddit=de,mastodon=en" (only sites chosen for; the rest follow the interface).
REMEMBERED = re.compile(r"(?:[a-z_]+=[a-z]{2}(?:,[a-z_]+=[a-z]{2})*)?")


def remembered_language(remembered: str, format_id: str) -> str | None:
    """The post language last chosen for a site, or None."""
    for pair in remembered.split(","):
        site, _eq, lang = pair.partition("=")
        if site == format_id and lang in _TABLES:
            return lang
    return None


def remember_language(remembered: str, format_id: str, lang: str) -> str:
    """``remembered`` with ``lang`` as the site's post language."""
    pairs = dict(p.partition("=")[::2] for p in remembered.split(",") if "=" in p)
    pairs[format_id] = post_language(lang)
    return ",".join(f"{site}={code}" for site, code in sorted(pairs.items()))


_DECIMAL = re.compile(r"(?<![\w.,])(\d+)\.(\d+)(?![\d.,])")


def number(value: float, lang: str | None = ENGLISH, digits: int = 1) -> str:
    """A figure of the post: "4.2" in English, "4,2" in German."""
    text = f"{value:.{digits}f}"
    return text.replace(".", ",") if post_language(lang) == GERMAN else text


def decimals(text: str, lang: str | None = ENGLISH) -> str:
    """Decimal points in a dose or a figure Fettle writes ("2.5 mg") as the language
    writes them ("2,5 mg"). Only a lone number with one point changes: "3.5.2024",
    "12.03." (dates), "1.000.000" and "v1.2.3" are left as they are. Never used on
    the user's own text."""
    if post_language(lang) != GERMAN:
        return text
    return _DECIMAL.sub(r"\1,\2", text)


__all__ = [
    "DE",
    "EN",
    "ENGLISH",
    "GERMAN",
    "Ranges",
    "Writer",
    "fill",
    "shifted",
    "LANGUAGE_NAMES",
    "POST_LANGUAGES",
    "decimals",
    "long_date",
    "month_name",
    "number",
    "post_language",
    "post_words",
    "remember_language",
    "remembered_language",
    "word_list",
]
