"""Apply the user's choices to text: labels, roles, pseudonyms, relative dates, decades.

``apply`` returns the new text *and* where each replacement landed, so the review
screen can highlight what changed and map a click back to its span.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date

from app.posts.words import ENGLISH, GERMAN, post_words, word_list
from app.profile import PrivacyProfile
from app.redact import date_phrases, date_phrases_de, date_tense
from app.redact.ages import words_to_number
from app.redact.dates import parse_date, says_year
from app.redact.german import german_line, is_german
from app.redact.normalise import fold_term
from app.redact.policy import Action, Decision, RedactionPolicy
from app.redact.pseudonyms import PseudonymBook, prefix_for
from app.redact.spans import PolicyError, Source, Span, SpanType

# The English labels ("[name]"); a post's own come from its table (``_label``).
LABELS = {t: post_words(ENGLISH)[f"label.{t.name}"] for t in SpanType}
NOUNS = {
    SpanType.NAME: ("name", "names"),
    SpanType.PLACE: ("place", "places"),
    SpanType.ADDRESS: ("address", "addresses"),
    SpanType.DATE: ("date", "dates"),
    SpanType.AGE: ("age", "ages"),
    SpanType.PHONE: ("phone number", "phone numbers"),
    SpanType.EMAIL: ("email address", "email addresses"),
    SpanType.URL: ("link", "links"),
    SpanType.ID: ("ID number", "ID numbers"),
    SpanType.EMPLOYER: ("organisation", "organisations"),
    SpanType.HANDLE: ("handle", "handles"),
    SpanType.OTHER: ("private term", "private terms"),
}
_TITLE_BEFORE = re.compile(
    r"(?:\b(?:dr|doctor|mr|mrs|ms|miss|mx|prof|professor)\.?\s+)$", re.IGNORECASE
)
_AGE_PHRASE = re.compile(r"[\s-]*(?:years?|yrs?)[\s-]*old(?P<plural>s)?\b|\s*y/?o\b", re.IGNORECASE)
# "18 months", "a 12-month-old", "our 10 day old", "mit 14 Tagen": a baby's age
_MONTHS_AFTER = re.compile(
    r"[\s-]+(months?|weeks?|days?|Monaten?|Wochen|Tagen?)\b(?:[\s-]olds?\b)?", re.IGNORECASE
)
_OLD_AFTER = re.compile(r"[\s-]+olds?\b", re.IGNORECASE)
# "diagnosed at 19", "mit 8 bekam sie Asthma": the age as a time of life, whose band goes
# with the preposition ("as a teenager", "als Kind"); "at teenage" is no English.
_AT_BEFORE = re.compile(r"(?<![\w-])(?:at|mit)\s+$", re.IGNORECASE)
_OF_AGE = re.compile(r"\s+(?:years?\s+)?of\s+age\b", re.IGNORECASE)
# A bare unit after an age no "old" follows: "my son 5 yrs has", "I am 27 years and".
_BARE_UNIT = re.compile(
    r"\s*(?:years?|yrs?)\b(?![\s-]*(?:old|ago|later|earlier|before|after|on|of|since|in|"
    r"with|without|now|to|and a half))",
    re.IGNORECASE,
)
# "aged" after another person's noun is their age: "my father aged 67".
_OTHER_AGED = re.compile(
    r"\b(?:my|his|her|their|our|your|the|a|an)\s+[\w-]+(?:\s+[\w-]+)?\s*,?\s*aged?\s+$",
    re.IGNORECASE,
)
_MONTHS_IN = re.compile(
    r"[\s-]*(months?|mos?|weeks?|wks?|days?|Monaten?|Wochen|Tagen?)(?:[\s-]+(?:old|alt))?$",
    re.IGNORECASE,
)
# A person's noun after "N year old": "son", "woman", "patient"; with none the age
# stands for the person ("my 3 year old has eczema").
_PERSON_NOUN_AFTER = re.compile(
    r"\s+(?:(?:little|baby|twin|autistic|disabled)\s+)?(?:sons?|daughters?|boys?|girls?|kids?|"
    r"child|children|babies|baby|toddlers?|twins?|men|man|woman|women|lady|ladies|guy|guys|"
    r"male|female|mum|mom|mother|dad|father|grand\w+|nephew|niece|brother|sister|patients?|"
    r"person|people|teen|teenager|student|athlete|runner|nurse|teacher|wife|husband|"
    r"partner|friend|cousin|self|me)\b",
    re.IGNORECASE,
)
# What ends a noun group after "N year old": a verb, a conjunction, a mark ("my 3 year
# old has", "her 15 year old, who", "my 2 year olds.").
_NOUN_GROUP_ENDS = re.compile(
    r"(?:['’]s\b|\s*(?:[.,;:!?)\n]|$)|\s+(?:has|had|have|is|was|are|were|and|but|or|who|"
    r"which|with|got|gets|started|starts|keeps|kept|loves|loved|hates|hated|won['’]?t|can['’]?t|"
    r"needs|needed|just|still|now|also|goes|went|said|says|does|did|didn['’]?t|doesn['’]?t|"
    r"will|would|isn['’]?t|wasn['’]?t|refuses|refused|woke|wakes|slept|sleeps|cried|cries|"
    r"threw|screamed|came|comes|took|takes|seems|seemed|looks|looked|can|could|should|"
    r"might|may|must|in|at|on|from|to|for|of|after|before|when|while|since)\b)",
    re.IGNORECASE,
)
_POSSESSIVE_BEFORE = re.compile(r"\b(?:my|her|his|their|your|our)\s+$", re.IGNORECASE)
# Twenty-year bands for an age written as a decade: the band's words in the post's
# table ("age.band.40": "middle years|middle-aged"), after "my"/"her" and as an adjective.
_WIDE_BANDS = {0: 0, 10: 10, 20: 20, 30: 20, 40: 40, 50: 40, 60: 60}
_JAHRE_ALT = re.compile(r"\s+Jahre\s+alt\b|-?jährige[nmrs]?\b|[wdWD](?![\w/])")
_GLUED_AGE_UNIT = re.compile(r"(?:[mfwMFW]|yo|y/o|y\.o\.?|yrs?)(?![\w/])|/[wmWM](?=[)\]])")
# "ist 8", "is 7", "(7)": a person said to be the number, so the band stays.
_BE_BEFORE = re.compile(
    r"(?:\b(?:is|was|ist|war|wird|bin|turned|turns|turning|aged?|now)|['’]s|\()\s*$",
    re.IGNORECASE,
)
_SELF_AGE = re.compile(r"\b(?:i'?m|i am|aged?)\s+$", re.IGNORECASE)
# A date of birth: "DOB 12/03/1988", "date of birth: 3 May 1979", "born on 3.5.1990".
_BARE_YEAR = re.compile(r"(?:19|20)\d{2}")
_VINTAGE = re.compile(r"Jahrgang\s()|\d{2,4}er[\s-]Jahrgang()", re.IGNORECASE)  # a birth year
# "born in 1961" too: a birth year made relative ("born 64 years earlier") is an exact age.
_DOB_BEFORE = re.compile(
    r"(?:\bdob|\bd\.o\.b\.?|date of birth|\bborn|\bb\.|\bb-?day(?: is)?|"
    r"\bbirthday(?: is)?|\bgeboren|\bgeb\.|\bJg\.|\bJahrgang)\s*[:=-]?\s*(\b(?:in|im|on|am)\s+)?$",
    re.IGNORECASE,
)


@dataclass
class TransformContext:
    """What the transformations need beyond the text; share one across a post's entries.

    ``first_entry_date`` anchors relative dates ("week 3"); ``entry_date`` supplies the
    year for dates written without one. ``lang`` is the post's language: the words put
    in place of a span come from its table (``app.posts.words``).
    """

    profile: PrivacyProfile = field(default_factory=PrivacyProfile)
    first_entry_date: date | None = None
    entry_date: date | None = None
    pseudonyms: PseudonymBook = field(default_factory=PseudonymBook)
    lang: str = ENGLISH


def _label(span_type: SpanType, ctx: TransformContext) -> str:
    return post_words(ctx.lang)[f"label.{span_type.name}"]


@dataclass(frozen=True, slots=True)
class Change:
    """One replaced span: where it was in the input and where its replacement is now."""

    span_index: int
    type: SpanType
    action: Action
    original: str
    replacement: str
    start: int
    end: int
    out_start: int
    out_end: int


@dataclass(frozen=True)
class RedactedText:
    text: str
    changes: tuple[Change, ...]
    kept: tuple[int, ...]  # indices of spans the user chose to keep

    def counts(self) -> Counter[SpanType]:
        return Counter(c.type for c in self.changes)

    @property
    def summary(self) -> str:
        """Plain words for the review screen: "3 names, 2 dates replaced; 1 kept"."""
        counts = self.counts()
        if not counts and not self.kept:
            return "Nothing to replace"
        parts = [
            f"{n} {NOUNS[t][n != 1]}"
            for t, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0].value))
        ]
        out = (", ".join(parts) + " replaced") if parts else "Nothing replaced"
        if self.kept:
            out += f"; {len(self.kept)} kept as written"
        return out


def _date_text(
    text: str, span: Span, action: Action, ctx: TransformContext
) -> tuple[str, int, int]:
    """Replacement, characters also replaced after the span, and before it.

    Nothing here adds a year the text did not say: "3 March" coarsens to "March", a
    bare month to its season, a holiday to "a holiday"; a date of birth becomes an age
    band and a birth year its decade.
    """
    ref = ctx.entry_date or ctx.first_entry_date
    words = post_words(ctx.lang)
    phrases = date_phrases if words is post_words(ENGLISH) else date_phrases_de
    dob = _DOB_BEFORE.search(text, max(0, span.start - 24), span.start) or _VINTAGE.match(span.text)
    # "born in 1961" is its decade; "born in March 1961" the band, with the "in"; a birth
    # with no year ("born in May", "born on the 3rd") is a date like any other, and a
    # child's band ("a young child") would read "born a young child": its decade instead.
    if dob and (_VINTAGE.match(span.text) or says_year(span.text)):
        if _BARE_YEAR.fullmatch(span.text.strip()):
            return words["decade_years"].format(decade=int(span.text.strip()) // 10 * 10), 0, 0
        band = _birth_band(span, ref, ctx)
        years = re.findall(r"(?:19|20)\d{2}", span.text)
        if years and band in (words["age.band_under_10"], words["age.teenage"]):
            decade = int(years[-1]) // 10 * 10
            if dob.group(1) or dob.re is _VINTAGE:  # "born in May 2019": the "in" stays
                return words["decade_years"].format(decade=decade), 0, 0
            english = words is post_words(ENGLISH)
            return (f"in the {decade}s" if english else f"in den {decade}ern"), 0, 0
        return band, 0, len(dob.group(1) or "")
    parsed = parse_date(span.text, region=ctx.profile.region, ref=ref)
    if parsed is None:
        return _label(SpanType.DATE, ctx), 0, 0
    when, precision = parsed
    if precision == "holiday":
        if ctx.lang == GERMAN:
            return _feiertag(text, span, words)
        return _holiday(text, span.start, words["holiday"])
    has_year = says_year(span.text)
    if precision in ("day", "month"):  # "we moved in may", written in February: last May
        when = date_tense.settle(text, span.start, when, ref, has_year)
    anchor = ctx.first_entry_date
    if action is Action.RELATIVE_DATE and anchor is not None:
        if precision == "day":
            return phrases.phrase(text, span.start, span.end, when, anchor)
        if precision == "month":
            return phrases.phrase(text, span.start, span.end, when.replace(day=15), anchor)
        return phrases.phrase(text, span.start, span.end, date(when.year, 7, 1), anchor)
    if precision == "year":
        return words["decade_years"].format(decade=when.year // 10 * 10), 0, 0
    season = word_list(ctx.lang, "seasons")[when.month - 1]
    if action is Action.SEASON or (precision == "month" and not has_year):
        coarse = words["month_year"].format(month=season, year=when.year) if has_year else season
    else:
        month = word_list(ctx.lang, "months")[when.month - 1]
        coarse = words["month_year"].format(month=month, year=when.year) if has_year else month
    return phrases.in_month(text, span.start, coarse)


# A word that points at one holiday: "last Ramadan" → "a holiday", not "last a holiday".
_HOLIDAY_DETERMINER = re.compile(
    r"\b(?:last|this|next|the|that|letzte[nms]?|dieses|diesen|nächste[nms]?)\s+$",
    re.IGNORECASE,
)


def _holiday(text: str, start: int, replacement: str) -> tuple[str, int, int]:
    """The holiday's replacement, taking in a word before it that pointed at one."""
    word = _HOLIDAY_DETERMINER.search(text, max(0, start - 16), start)
    if word is None:
        return replacement, 0, 0
    if word.group()[0].isupper():
        replacement = replacement[:1].upper() + replacement[1:]
    return replacement, 0, start - word.start()


# German asks the holiday's case of the word before it: "seit einem Feiertag", "an einem
# Feiertag" (for "am Ostermontag"); school holidays stay holidays ("in den Ferien").
_DATIVE_BEFORE_DE = re.compile(r"\b(?i:seit|von|vor|nach|ab|mit|aus|in|an|bis\s+zu)\s+$")
_AM_BEFORE_DE = re.compile(r"\b([Aa]m|[Zz]u)\s+$")


def _feiertag(text: str, span: Span, words: dict[str, str]) -> tuple[str, int, int]:
    if span.text.lower().endswith("ferien"):
        return words["school_holidays"], 0, 0  # "in den Herbstferien" → "in den Ferien"
    if _DATIVE_BEFORE_DE.search(text, max(0, span.start - 12), span.start):
        return words["holiday_dative"], 0, 0
    am = _AM_BEFORE_DE.search(text, max(0, span.start - 4), span.start)
    if am:
        out = words["on_a_holiday"]
        out = out[:1].upper() + out[1:] if am.group(1)[0].isupper() else out
        return out, 0, span.start - am.start()
    return _holiday(text, span.start, words["holiday"])


def _birth_band(span: Span, ref: date | None, ctx: TransformContext) -> str:
    """A date of birth as an age band ("in their thirties"), never an exact age."""
    years = re.findall(r"(?:19|20)\d{2}", span.text)
    if not years:
        return _label(SpanType.AGE, ctx)
    age = ((ref or date.today()).year - int(years[-1])) // 10 * 10
    words = post_words(ctx.lang)
    if age < 10:
        return words["age.band_under_10"]
    if age < 20:
        return words["age.teenage"]
    # in words ("in their thirties"): digits in a band read like an exact age
    return words["age.band"].format(word=_nth_word(words, "age.self_decade_words", age // 10))


def _nth_word(words: dict[str, str], key: str, n: int) -> str:
    """The n-th word of a space-separated list in the post's words (the last if past it)."""
    listed = words[key].split()
    return listed[min(n, len(listed) - 1)]


def _age_text(span: Span, text: str, ctx: TransformContext) -> tuple[str, int, int]:
    """Replacement, how many characters after the span it also replaces, and how many
    before it ("at" or "mit", where the band says the time of life: "as a teenager").

    Ages become bands in words: "in my thirties", "fortysomething", "a young child",
    "teenage" (never digits, which read as an exact age); a birthday
    ordinal ("my 40th") becomes "milestone".
    """
    words = post_words(ctx.lang)
    value = words_to_number(span.text)
    if value is None:
        return _label(SpanType.AGE, ctx), 0, 0
    at = _AT_BEFORE.search(text, max(0, span.start - 8), span.start)
    inside = _MONTHS_IN.search(span.text)  # the span may hold its unit: "9 months"
    months = inside or _MONTHS_AFTER.match(text, span.end)
    if months:  # "diagnosed at 18 months": a baby's age, in whole years
        unit = months.group(1).lower()
        weeks = unit.startswith("w")
        days = unit.startswith(("d", "t"))  # days, Tage
        years = 1 if days else (value // 52 if weeks else value // 12) + 1
        old = _OLD_AFTER.match(text, span.end) if inside else None  # "10 day" + " old"
        extra = (old.end() - span.end if old else 0) if inside else months.end() - span.end
        stage = "baby" if years == 1 else "toddler" if years <= 3 else "young_child"
        if old or re.search(r"(?:olds?|alt)$", months.group(0), re.IGNORECASE):
            # "my 12-month-old has croup" → "my toddler", "our 3-month-old baby" → "our
            # young baby": a noun or an adjective, as the writer used it
            if _PERSON_NOUN_AFTER.match(text, span.end + extra):
                return words["age.under_10_adjective"], extra, 0
            return words[f"age.{stage}"], extra, 0
        if at:
            return words[f"age.as_{stage}"], extra, span.start - at.start()
        under = words["age.under_a_year"] if years == 1 else words["age.under_years"]
        return under.format(n=_nth_word(words, "age.small_numbers", years)), extra, 0
    if re.search(
        r"\d(?:st|nd|rd|th)\b|(?:th|st|nd|rd)$", span.text.strip().lower()
    ) and not span.text.strip().lower().endswith("s"):
        return words["age.milestone"], 0, 0
    decade = value // 10 * 10
    if re.search(r"\d0['’]?s\b|ties\b|teens\b", span.text, re.IGNORECASE):
        # The writer already gave a decade: one step coarser, so the post never repeats
        # their own words for an age ("in her 40s" → "in her middle years").
        owned = _POSSESSIVE_BEFORE.search(text, max(0, span.start - 8), span.start)
        band = _WIDE_BANDS[min(decade, 60)]
        return words[f"age.band.{band}"].split("|")[0 if owned else 1], 0, 0
    if value >= 90:
        # ages from 90 up are rare enough to identify (as HIPAA has it); "ninety" itself
        # would come back in "over ninety", so a written-out one becomes the label
        band = words["age.over_90"]
        if set(re.findall(r"\w+", band.lower())) & set(re.findall(r"\w+", span.text.lower())):
            return _label(SpanType.AGE, ctx), 0, 0
        return band, 0, 0
    self_age = _SELF_AGE.search(text, max(0, span.start - 10), span.start) is not None
    if self_age and _OTHER_AGED.search(text, max(0, span.start - 40), span.start):
        self_age = False  # "my father aged 67": his age, not the writer's
    phrase = _AGE_PHRASE.match(text, span.end)
    extra = phrase.end() - span.end if phrase else 0
    if not phrase and ctx.lang == ENGLISH:
        unit = _BARE_UNIT.match(text, span.end)
        extra = unit.end() - span.end if unit else 0  # "I am 27 years": the unit goes too
    german = _JAHRE_ALT.match(text, span.end) if ctx.lang != ENGLISH else None
    if german:  # "ist 67 Jahre alt", "die 7-jährige", "41w" → the band, no "Jahre alt"
        phrase, self_age, extra = None, False, german.end() - span.end
    if (
        value < 13
        and span.uncertain
        and span.source is Source.UNKNOWN_WORD
        and not _BE_BEFORE.search(text, max(0, span.start - 12), span.start)
    ):
        # a small bare number only the safety net took for an age may be a time or a
        # score: "slept for a young child" would say something false, the label does not
        return _label(SpanType.AGE, ctx), 0, 0
    plural = phrase is not None and phrase.group("plural")
    if at and value < 20 and not plural and not _PERSON_NOUN_AFTER.match(text, span.end + extra):
        # "diagnosed at 19" → "diagnosed as a teenager", "mit 8" → "als Kind"; not "aimed
        # at 5 year olds"
        of_age = _OF_AGE.match(text, span.end + extra)
        extra = of_age.end() - span.end if of_age else extra  # "at 9 years of age"
        stage = "young_child" if decade == 0 else "child" if value < 13 else "teenager"
        return words[f"age.as_{stage}"], extra, span.start - at.start()
    if at and ctx.lang != ENGLISH and not phrase:
        # "mit 47 bekam ich" → "in den Vierzigern bekam ich" (not "mit in den ...")
        word = words["age.decade_words"].split()[min(decade, 80) // 10]
        return words["age.decade"].format(word=word), extra, span.start - at.start()
    # "my 3 year old has eczema", "a 52-year-old woman": the phrase goes with the age,
    # which stands as an adjective before a person's noun, or as the noun itself where
    # the phrase ends its noun group ("my 3 year old has", "her 2 year olds"); before a
    # thing ("the 40 year old boiler", "my 2 year old car seat") it is no person's age to
    # describe, and the label stands, with the phrase left as written
    adjective = phrase is not None and not self_age
    if adjective and not _PERSON_NOUN_AFTER.match(text, phrase.end()):
        if not _NOUN_GROUP_ENDS.match(text, phrase.end()):
            return _label(SpanType.AGE, ctx), 0, 0
        plural = "s" if phrase.group("plural") else ""
        if value < 13:
            young = words["age.under_10_adjective" if decade == 0 else "age.under_13_adjective"]
            return f"{young} {words['age.child_noun' + plural]}", extra, 0
        if decade == 10:
            return words["age.teen_noun" + plural], extra, 0
    if decade == 0:
        return words["age.under_10" if not adjective else "age.under_10_adjective"], extra, 0
    if value < 13:
        return words["age.under_13" if not adjective else "age.under_13_adjective"], extra, 0
    if decade == 10:
        if adjective:
            return words["age.teenage"], extra, 0
        return words["age.teens_self" if self_age else "age.teenage"], extra, 0
    if self_age:
        return (
            words["age.self_decade"].format(
                word=_nth_word(words, "age.self_decade_words", decade // 10)
            ),
            extra,
            0,
        )
    # "fortysomething", not "40-something": a band that never prints the age itself
    # (a round "40" read back from "40-something" would be exact).
    return (
        words["age.decade"].format(word=words["age.decade_words"].split()[decade // 10]),
        extra,
        0,
    )


def _role(ctx: TransformContext, span: Span) -> str:
    return next((t.role for t in ctx.profile.terms if t.text == span.term and t.role), "")


def _replacement(
    text: str, span: Span, action: Action, ctx: TransformContext
) -> tuple[str, int, int]:
    """Replacement text, characters also replaced after the span, and before it."""
    if action is Action.ROLE:
        role = _role(ctx, span)
        if not role:
            return _label(span.type, ctx), 0, 0
        title = _TITLE_BEFORE.search(text, max(0, span.start - 12), span.start)
        return role, 0, (span.start - title.start()) if title else 0
    if action in (Action.RELATIVE_DATE, Action.MONTH, Action.SEASON):
        return _date_text(text, span, action, ctx)
    if action is Action.DECADE:
        out, extra, before = _age_text(span, text, ctx)
        glued = None if extra else _GLUED_AGE_UNIT.match(text, span.end)
        if before and text[span.start - before].isupper():
            out = out[:1].upper() + out[1:]  # "Mit 8 bekam sie" → "Als Kind bekam sie"
        # "34f" → "thirtysomething"
        return out, glued.end() - span.end if glued else extra, before
    text_, extra = _simple_replacement(text, span, action, ctx)
    return text_, extra, 0


def _simple_replacement(
    text: str, span: Span, action: Action, ctx: TransformContext
) -> tuple[str, int]:
    if action is Action.REMOVE:
        return "", 0
    if action is Action.PSEUDONYM:
        if span.type is SpanType.NAME:
            return ctx.pseudonyms.name_for(text, span, _role(ctx, span), ctx.lang), 0
        letter = ctx.pseudonyms.letter_for(span.type, fold_term(span.term or span.text))
        return f"{prefix_for(span.type, ctx.lang)} {letter}", 0
    if action in (Action.RELATIVE_DATE, Action.MONTH, Action.SEASON):
        raise AssertionError("dates are replaced by _date_text")
    if action is Action.DECADE:
        raise AssertionError("ages are replaced by _age_text")
    return _label(span.type, ctx), 0


def apply(
    text: str,
    spans: Sequence[Span],
    decisions: Mapping[int, Decision],
    policy: RedactionPolicy,
    context: TransformContext,
) -> RedactedText:
    """Replace every span not marked KEEP, following ``policy`` for its type.

    ``spans`` must be sorted and non-overlapping (as ``detect`` returns them).
    """
    # A German entry in a post left in English: what stands in for the writer's values
    # (an age band, a date, a label) is German, not "Oma wird over ninety"; Fettle's
    # own heading lines keep the post's language.
    german = (
        replace(context, lang=GERMAN)
        if context.lang == ENGLISH and spans and is_german(text)
        else None
    )
    out: list[str] = []
    changes: list[Change] = []
    kept: list[int] = []
    pos = 0
    out_len = 0
    if policy.action_for(SpanType.NAME) is Action.PSEUDONYM:
        context.pseudonyms.note(text, spans, lambda span: _role(context, span))
    end = 0  # where the last span ended; ``pos`` may be past it (an age's "year olds")
    for i, span in enumerate(spans):
        if span.start < end or span.end > len(text):
            raise PolicyError(f"span {i} overlaps another or runs past the text")
        end = span.end
        if span.end <= pos:
            continue  # inside the words the last replacement took: "5 [year olds]"
        action = policy.action_for(span.type)
        if decisions.get(i, Decision.REDACT) is Decision.KEEP or action is Action.KEEP:
            kept.append(i)
            continue
        ctx = german if german and german_line(text, span.start) else context
        replacement, extra, before = _replacement(text, span, action, ctx)
        replacement = _keep_full_stop(text, span.end + extra, replacement)
        start = max(pos, span.start - before)
        chunk = text[pos:start]
        if (
            not replacement
            and chunk.endswith(" ")
            and text[span.end + extra : span.end + extra + 1] in " ,.;:!?"
        ):
            chunk = chunk[:-1]  # removing a word should not leave a double space
        out.append(chunk)
        out_len += len(chunk)
        out.append(replacement)
        changes.append(
            Change(
                i,
                span.type,
                action,
                text[start : span.end + extra],
                replacement,
                start,
                span.end + extra,
                out_len,
                out_len + len(replacement),
            )
        )
        out_len += len(replacement)
        pos = span.end + extra
    out.append(text[pos:])
    return RedactedText("".join(out), tuple(changes), tuple(kept))


# After a value that ended in a full stop: the text's end, a line's end or a new sentence.
_SENTENCE_ENDS_AFTER = re.compile(r"[ \t]*(?:$|\n|[\"'’”)]*\s+[A-Z])")


def _keep_full_stop(text: str, end: int, replacement: str) -> str:
    """A replaced value whose last full stop also ended the sentence ("in dec.") keeps
    that full stop: the post must not run two sentences together."""
    if not text[:end].endswith(".") or not replacement or replacement.endswith((".", "!", "?")):
        return replacement
    if _SENTENCE_ENDS_AFTER.match(text, end) is None:
        return replacement
    return replacement + "."
