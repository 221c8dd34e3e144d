"""What the words before a bare number say it measures (for ``numbers_age``).

A number a few filler words after a reading's or a test's name is a result ("pain is
now 6", "CAG repeat was 43", "score was like 2"); straight after a code ("CRP", "PHQ-9")
or a capitalised word that is no name ("Krimson 35") it is a strength or a score; set
off by commas or brackets ("Leeds, 29,") it is said of the words before it, which only
a test's own name makes a result. A person said to be it ("Er ist jetzt 79") is never a
reading.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from app.redact.medical_labs import LAB_NAMES
from app.redact.medical_numbers import _TEST, SCALE_OF_TEN

# A time of day between a reading's name and its number ("sugar at 7am was 9") is no
# word of the reading's, nor its number.
_CLOCK_TIME = re.compile(r"\b(?:at|by)\s+\d{1,2}(?:[:.]\d\d)?\s?(?:am|pm)\b", re.IGNORECASE)
# When a reading was taken, between its name and its number: "rate at night was 41".
_WHEN = re.compile(
    r"\b(?:at|in\s+the|during\s+the)\s+(?:night|rest|bedtime|morning|evening|weekend)\b",
    re.IGNORECASE,
)
# Words that may stand between a reading's name and its number.
_FILLER = (
    frozenset(
        """was is were are of like about around approx now came back down up to went from
    just only a an the still then went got get under over below above than less more
    least came been be had has am pm usually normally typically generally always often
    sometimes mostly hovers hovered hovering sits sat sitting stays stayed runs ran
    running averages averaged near roughly approximately somewhere
    ish so eher etwa ungefähr ca circa maybe probably possibly perhaps prob def
    honestly vorher jetzt heute gestern war waren ist sind lag liegt bei auf von noch
    immer it""".split()
    )
    | frozenset(
        # how a reading moves or stands, and when (session 16: "eGFR slid from 38", "FIQR
        # aktuell 61", "heart rate at night was 41")
        """slid slipped dipped dipping dropped dropping fell falling rose rising climbed
    climbing crept creeping jumped spiked spiking peaked reached hit dropped shot
    bumped increased decreased aktuell derzeit zuletzt gestiegen gesunken gefallen
    ging""".split()
    )
    | frozenset(
        # the unit of the value before: "Lantus 34 units (was 18 before pregnancy)"
        "units unit mg mcg ml iu ie kg mmol".split()
    )
)
_READING = frozenset(
    """score scores level levels reading readings count fever temp temperature pulse rate
    sugar sugars glucose pressure weight bmi result results value values test tests
    repeat repeats ratio index scale grade stage pain range titre titer saturation
    sats output dose vitamin insulin iron zinc magnesium phosphate copper folate
    cholesterol triglycerides oxygen o2 saturation fev1 fvc hb schmerz schmerzen
    schmerzlevel schmerzskala wert werte punkte müdigkeit fatigue fog energy mood
    stiffness itch itching nausea dizziness bloating cramps headache migraine
    übelkeit schwindel acid acids vit zucker blutzucker bz puls druck blutdruck spiegel
    sättigung temperatur gewicht""".split()
)
# The end of a sentence right before the number: a full stop after a number or a word
# that is no abbreviation ("1000. 45", "doses. 41"), then spaces on the same line.
_OPENS_SENTENCE = re.compile(
    r"(?:\d|[A-Za-z]{2}(?<!\bca)(?<!\bapprox)(?<!\bappr)(?<!\bno)(?<!\bnr)(?<!\bvs)"
    r"(?<!\bDr)(?<!\bSt)(?<!\bMr)(?<!\bMrs)(?<!\bMs))[.!?][ \t]+$"
)
# How a writer goes on after their own age at a sentence's start: "45, T2DM since 2018",
# "41 and on MHD", "26 btw"; not a reading's next value ("98 after standing", "53 now!").
_INTRODUCED = re.compile(r"\s*(?:,|and\b|btw\b|here\b|y/?o\b)", re.IGNORECASE)
# A scale named after a score ("itch 12 on the 5-D scale", "dizziness 40 on the DHI"):
# the score is out of more than ten.
_SCALE_NAMED = re.compile(r"\s*(?:on\s+the|/|out\s+of|of)\b", re.IGNORECASE)
# A vitamin's letter after its name, in any case ("vit d war bei 12"): part of the name.
_VITAMINS = frozenset("bcdek")
_KIN_WORDS = frozenset(
    """mum mom mam dad nan nana gran granny grandma grandad grandpa papa mama son
    daughter wife husband brother sister aunt auntie uncle cousin baby""".split()
)
_WORD = re.compile(r"[A-Za-z][\w'’-]*")
# A blank line, as the engine walls it off ("\x00\n") or as it is: a reading's name
# stays in its own paragraph.
_PARAGRAPH = re.compile(r"\x00+\n|\n[^\S\n]*\n")


def reading_named(
    before: str,
    medical_word: Callable[[str], bool],
    apposed: bool = False,
    value: int = 0,
    after: str = "",
) -> bool:
    """A reading's name a few filler words back: "pain is now 6", "CAG repeat was 43".
    Set off by commas ("POTS and EDS, 29, from Leeds") only a test's or a reading's
    own name makes the number a result; a condition before the comma does not. A number
    from 13 up opening a sentence is no reading of the one before ("Metformin 1000. 45"),
    and a 0-10 scale's word says nothing of a number above 10 ("Chronic pain, 61,")."""
    if value >= 13 and _OPENS_SENTENCE.search(before) and _INTRODUCED.match(after):
        return False
    before = _CLOCK_TIME.sub(" ", _PARAGRAPH.split(before)[-1])  # "(hEDS)\n\n31. I"
    if "at " in before or "in the " in before:
        before = _WHEN.sub(" ", before)  # "heart rate at night was 41"
    for w in reversed(_WORD.findall(before)[-5:]):
        if _PERSON_WORD.fullmatch(w) and w not in ("I", "Sie"):
            return False  # "Er ist jetzt 79": a person is said to be it, not a test
        low = w.lower()
        if low not in _FILLER and not (len(w) == 1 and (w.isupper() or low in _VITAMINS)):
            if value > 10 and low in SCALE_OF_TEN and not _SCALE_NAMED.match(after):
                return False
            if apposed:
                return low in _READING or _TEST.fullmatch(w) is not None
            return low in _READING or low in LAB_NAMES or medical_word(w) or code_word(w)
    return False


# ", 29," or "(29)" set off from the words before it: an apposition, how old someone is.
_APPOSED_BEFORE = re.compile(r"[A-Za-z'’)][ \t]*[,(][ \t]*$")
_APPOSED_AFTER = re.compile(r"[ \t]*(?:,|\)|;|!|\?|\.(?!\d)|$)")


def apposed(before: str, after: str) -> bool:
    return _APPOSED_BEFORE.search(before) is not None and _APPOSED_AFTER.match(after) is not None


# Who a number after can be the age of, capitalised but never a drug: "I'm", "She's".
_PERSON_WORD = re.compile(r"(?:I|I['’]m|Im|(?:He|She|They|We)(?:['’](?:s|re))?|Er|Sie|Ich)")


def drug_like(word: str, before: str, name_word: Callable[[str], bool]) -> bool:
    """A capitalised word mid-sentence that is no listed name nor a relative: what a
    number straight after it measures is a strength or a score."""
    if not word[:1].isupper() or word.lower() in _KIN_WORDS or name_word(word):
        return False
    if word.endswith(("'s", "’s")):
        return False  # "Nan's 93", "Aroha's 40": someone's number is how old they are
    if word.endswith(".") or _PERSON_WORD.fullmatch(word):
        return False  # "Boise. 37,": a sentence ended; "— I'm 28": the writer, no drug
    if not before.endswith(" ") or before.endswith("  "):
        return False
    head = before[: len(before) - len(word) - 1].rstrip(" \t")
    return bool(head) and head[-1] not in '.!?\n:("“'


# How generic drugs' names end, for one a patient misspelt ("sertaline 50", "quetiapene
# 25"): a lower-case word so ending, no name, is a drug and the number after it a dose.
_DRUG_ENDINGS = tuple(
    """aline iline apine ipine apene etine oxetine triptan prazole sartan statin olol pril
    dipine azepam zepam pramine tyline idone mab nib cillin mycin cycline floxacin azole
    formin gliptin flozin""".split()
)


def misspelt_drug(word: str, name_word: Callable[[str], bool]) -> bool:
    """A lower-case word of six letters or more ending as a generic drug does (above),
    no listed name: "sertaline", "quetiapene", "amitryptiline"."""
    return (
        len(word) >= 6
        and word.islower()
        and word.isalpha()
        and word.endswith(_DRUG_ENDINGS)
        and not name_word(word)
    )


# The letters forums write family with ("my DH", "MIL", "DCs"): no code of a reading.
_KIN_CODES = frozenset("dh dw ds dd dc dp mil fil sil bil mum dad oh".split())


def code_word(word: str) -> bool:
    """An abbreviation or a code before a number ("CRP", "PHQ-9", "A1c", "anti-HBs"):
    a reading."""
    head, dash, tail = word.rpartition("-")
    if dash and head == "anti":
        word = tail  # "anti-HBs", "anti-TPO": an antibody's code
    if word.lower().rstrip("s") in _KIN_CODES:
        return False  # "ex-MIL 78", "DH 45", "DCs 4 and 6": family, in forum letters
    if len(word) > 2 and word.endswith("s") and word[:-1].isupper():
        word = word[:-1]  # "HBs", "LFTs": a code in the plural
    letters = [c for c in word if c.isalpha()]
    if len(letters) < 2:
        return False
    caps = sum(c.isupper() for c in letters)
    if caps >= 3 and caps >= len(letters) - 1:
        return True  # "mRSS 14", "sIL-2R": one small letter in a code of capitals
    return caps >= 2 and (caps == len(letters) or any(c.isdigit() for c in word))
