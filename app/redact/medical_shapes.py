"""Drugs nobody listed: an unknown capitalised word shaped or used like a drug is medicine.

The shipped lexicon knows thousands of drugs, but new brands, trial drugs and local
names arrive faster than any list ("Norvexa", "Ulixertinib", "Brenzavvy"). The
unknown-word net calls every capitalised word it cannot place a possible name, so
without this pass each one is redacted and the post loses what the writer asked about.
A guess is medicine when its ending is an international nonproprietary name stem
("-mab", "-tinib", "-gliflozin"; written from the WHO stem book's headings), when a dose
or a strength follows it ("Xyzzo 20mg", "Xyzzo XR", "Xyzzo 10/20"), or when a verb of
taking stands before it ("started", "switched to", "came off"). A listed given name or
surname, a person cue ("my friend", "Dr") or a person's verb after ("said") keeps it a
name; profile terms and the user's selections never reach here. A letter that names a
kind ("Vitamin D") is ``medical_designated``'s; the pass that takes such guesses out of
a detection's spans is ``medical_unknown``.
"""

from __future__ import annotations

import re
from functools import cache
from importlib import resources

from app.redact.lexicon import DRUG, FIRST, LAST, MEDICAL, PLACE, Lexicon
from app.redact.medical_company import (
    DRUG_DOES,
    PERSON_ACT,
    known_by_company,
    medical_in_clause,
    switched,
)
from app.redact.medical_designated import designated
from app.redact.medical_tokens import may_end_with
from app.redact.names_cues import KIN, TITLES
from app.redact.normalise import fold_term
from app.redact.sentences import CLAUSE_END
from app.redact.spans import Source, Span, SpanType

# INN stems, longest first where one ends another. Each needs three letters before it,
# so "Pam", "Islam" or "Yuletide" cannot match on the stem alone.
_STEMS = (
    "mab ximab zumab umab tinib anib nib rafenib ciclib lisib parib pril prilat sartan "
    "olol alol statin azole conazole prazole oxetine aline apine pine dipine azepam "
    "azolam pam lam done oxone triptan tide glutide enatide reotide gliptin gliflozin "
    "flozin cillin penem mycin micin cycline floxacin oxacin previr asvir buvir ciclovir lovir navir "
    "tegravir parin xaban gatran dronate sone olone nide semide thiazide setron lukast "
    "terol tropium curium cept kinra lizumab formin glinide glitazone tidine fenac "
    "profen coxib barbital caine vastatin adol morphone codone pramine triptyline "
    "apam epine idone peridone afil dronic tretin arotene imod limus sertib degib "
    "zomib tecan taxel platin rubicin trexate uracil citabine fungin kacin quine "
    "vaptan sentan gepant ditan dopa giline stim ercept siran nersen sudil prost "
    "tadine astine azoline olamine fylline grel plase teplase fibrate"
).split()
_STEM_ENDS = tuple(sorted(set(_STEMS)))
_THREE_LETTERS = re.compile(r"[a-z]{3}")
# A strength, a formulation or a schedule straight after: "Xyzzo 20mg", "Xyzzo 2.5",
# "Xyzzo XR", "Xyzzo 10/20", "Xyzzo twice a day".
_DOSE_AFTER = re.compile(
    r"\s+(?:\d+(?:\.\d+)?\s?(?:mg|mcg|µg|g|ml|units?|iu|u)\b|\d+\.\d+\b|\d{1,4}/\d{1,4}\b|"
    r"(?-i:XR|XL|SR|MR|CR|ER|LA|ODT|DR|EC|IR|CD|PR)\b|"
    r"\d{1,4}\s+(?:daily|twice|once|nightly|bd|od|tds|at night|in the morning|a day)\b)",
    re.IGNORECASE,
)
_UNIT_DOSE_AFTER = re.compile(r"\s+\d+(?:\.\d+)?\s?(?:mg|mcg|µg|ml|units?|iu)\b", re.IGNORECASE)
# A product's own noun straight after: "Prevena dressing", "Otovent balloons".
_PRODUCT_AFTER = re.compile(
    r"\s+(?:dressings?|bandages?|plasters?|balloons?|scans?|monitors?|sprays?|creams?|"
    r"gels?|ointments?|lotions?|wash|patch(?:es)?|pumps?|sensors?|strips|sachets|tablets|"
    r"tabs|capsules|caps|drops|syrup|injections?|pens?|inhalers?|nebuli[sz]ers?|masks?|"
    r"machines?|devices?|stockings|catheters?|brace|splints?|insoles|lozenges|shakes|"
    r"supplements?|multivitamins?|infusions?|jabs?|vaccines?|implants?|coils?|"
    r"test(?:s|ing)?|kits?|meters?|lancets?|needles|pills?|shots?|drip|dosage|doses?|"
    r"refills?|prescriptions?|withdrawal|side[- ]effects?|boosters?|vaccinations?|"
    r"pessar(?:y|ies)|suppositor(?:y|ies)|gummies|tinctures?|powders?|granules|"
    r"softgels|vials?|ampoules?|auto-?injectors?|cartridges?|applicators?|spacers?|"
    r"nebs|liquid|solution|eye\s?drops|nasal\s+spray|regimen|protocol|trial)\b",
    re.IGNORECASE,
)
# A product noun that also ends a place's name: "Kelso Infusion Centre" stays a place.
_INSTITUTION_AFTER = re.compile(r"\s+\w+\s+(?:cent(?:re|er)|clinic|unit|suite|service)s?\b", re.I)
_ARTICLE_BEFORE = re.compile(r"(?:^|[\s(])(?:a|an|A|An)\s+$")
# A verb of taking right before, with no person in between: "started Norvexa".
_TAKEN_BEFORE = re.compile(
    r"\b(?:started|starting|start|taking|take|took|tried|trying|"
    r"swears\s+by|swear\s+by|switched\s+to|"
    # "on" only after someone put on it: "wants me on X", "been on X", not "Safeway on X"
    r"(?:me|him|her|them|us|been|am|is|was|be|still|now|currently|back|stay|stayed|"
    r"started|put|kept|keep|trial(?:led)?|i['’]m|she['’]s|he['’]s|anyone|anybody|"
    r"everyone|someone|people|who['’]?s|who\s+is|loss|gain)\s+on|using|used|"
    r"switching\s+to|swapped\s+to|changed\s+to|moved\s+to|prescribed|came\s+off|"
    r"come\s+off|coming\s+off|weaning\s+off|weaned\s+off|stopped|stopping|"
    r"injecting|inject|dose\s+of|doses\s+of|course\s+of|gave\s+me|given|added|"
    r"upped|increased|reduced|refill\s+of|(?:ran|run|running|runs)\s+out\s+of)"
    r"\s+(?:the\s+|my\s+|some\s+)?$",
    re.IGNORECASE,
)
# The last word of each phrase of _TAKEN_BEFORE, and the words it may stand before.
_TAKEN_ENDS = tuple(
    "started starting start taking take took tried trying by to on using used prescribed "
    "off stopped stopping injecting inject of me given added upped increased reduced".split()
)
_TAKEN_SKIPPED = ("the", "my", "some")


def taken_before(text: str, start: int) -> re.Match[str] | None:
    """``_TAKEN_BEFORE`` searched in the 24 characters before ``start``, where the word
    just before can end one of its phrases."""
    lo = max(0, start - 24)
    if not may_end_with(text, lo, start, _TAKEN_ENDS, _TAKEN_SKIPPED):
        return None
    return _TAKEN_BEFORE.search(text, lo, start)


_TAKEN_SOMEWHERE = re.compile(
    r"\s+(?:to|home|out|along|back|round|around|over|up|down|into|in|with|swimming|"
    r"shopping|for\s+(?:a|an|lunch|dinner|tea|coffee|walks?|drives?))\b",
    re.IGNORECASE,
)
_CUE_BEFORE = re.compile(r"([A-Za-z']+)\.?\s+$")
# Words of prescribing, dispensing and paying for a drug: no one says them of a person.
_PHARMACY = re.compile(
    r"\b(?:mg|mcg|tabs|tablets?|pills?|capsules?|doses?|dosage|prescribed|prescription|"
    r"script|side[- ]effects?|pharmacy|pharmacist|chemist|refills?|generic|biosimilar|"
    r"samples?|copay|co-pay|prior\s+auth(?:ori[sz]ation)?|formulary|withdrawal|"
    r"loading\s+dose|infusions?|injections?|jabs?|inhaler)\b",
    re.IGNORECASE,
)
_WHERE_BEFORE = re.compile(
    r"\b(?:at|on|in|from|to|as|near|called|named|by)\s+(?:the\s+)?$", re.IGNORECASE
)
_REACH = 40
_FRIEND_BEFORE = re.compile(
    r"\b(?:friend|mate|colleague|neighbou?r|boss|coach|named|called|bestie|bf|gf|"
    r"partner|nurse|doctor|carer|teacher|with|and|met|saw|see|visit(?:ed)?|told|asked|"
    r"texted|rang|called)\s+$",
    re.IGNORECASE,
)
_FRIEND_ENDS = tuple(
    "friend mate colleague neighbour neighbor boss coach named called bestie bf gf partner "
    "nurse doctor carer teacher with and met saw see visit visited told asked texted "
    "rang".split()
)
_PERSON_AFTER = re.compile(
    r"['’]s\s+(?:mum|mom|dad|husband|wife|partner|kids?|son|daughter|house|place)\b|"
    r"\s+(?:said|says|told|asked|texted|messaged|called|rang|came|visited|drove|who|"
    r"thinks|reckons|and I|and me|is my|was my)\b",
    re.IGNORECASE,
)
EVERYDAY_ZIPF = 3.5  # "Concept", "Yuletide": words, whatever their ending
GUESSES = (SpanType.NAME, SpanType.PLACE, SpanType.EMPLOYER, SpanType.OTHER)
# Letters of a laboratory code: "IgAN", "IgG4", "eGFR" (not "McDonald", "LaToya").
_CODE = re.compile(r"[A-Za-z]*[a-z][A-Z]{2,}[A-Za-z0-9]*|[A-Za-z]+\d[A-Za-z0-9]*")


# German words of medicine: "Rheumatologie", "Polyneuropathie", "Neurologen".
_DE_MEDICAL = re.compile(
    r"(?:ologie|ologe|ologen|ologin|pathie|itis|ämie|ektomie|skopie|therapie|tabletten|"
    r"spritze|infusion|diagnose|befund|entzündung|krankheit|syndrom)$"
)


def german_medical(key: str) -> bool:
    """A German word of medicine by its ending ("rheumatologie", "polyneuropathie")."""
    return len(key) >= 7 and _DE_MEDICAL.search(key) is not None


def _named(word: str, lex: Lexicon) -> bool:
    return bool(lex.flag(fold_term(word)) & (FIRST | LAST | PLACE))


def drug_shaped(word: str) -> bool:
    """Whether ``word`` ends in an INN stem ("Ulixertinib", "Zuranolone", "Norvelunavir")."""
    # One ``endswith`` for all the stems, then three lower-case ASCII letters before the
    # stem: a regex of the alternation tried at every letter of the word cost far more.
    low = word.lower()
    if not low.endswith(_STEM_ENDS):
        return False
    end = len(low)
    return any(
        low.endswith(stem) and _THREE_LETTERS.fullmatch(low, end - len(stem) - 3, end - len(stem))
        for stem in _STEM_ENDS
    )


def unknown_drug(span: Span, text: str, lex: Lexicon) -> bool:
    """A guessed name or place of one unknown capitalised word that is medicine: shaped
    like a drug, dosed like one or taken like one, and no person by the words around."""
    if span.type not in GUESSES or span.source not in (Source.UNKNOWN_WORD, Source.CONTEXT):
        return False
    if designated(span, text):
        return True
    word = span.text.strip(" .,;:!?").removesuffix("'s").removesuffix("’s")
    if span.source is Source.CONTEXT and _code_or_owned(span, word, text, lex):
        return True
    if not word.isalnum() or " " in word or len(word) < 4:
        return False
    end = span.start + len(word)
    if word[:1].isupper() and switched(text, span.start, end, lex) and not _named(word, lex):
        return True  # "switched from Dravane to Keppra", whichever finder guessed it
    key = fold_term(word)
    if (
        key in local_brands()
        and word[:1].isupper()
        and not _person_near(text, span.start, end)
        and not _local_person(text, span.start, end)
        and (key not in cued_brands() or _drug_frame(text, span.start, end, lex))
    ):
        return True  # "Back on the Vannair", "from Oroxine to Eutroxsig": a market's brand
    if span.source is Source.CONTEXT:  # "switching to Norvexa 20mg": only a dose outweighs a cue
        # or a product's noun after a word no list holds: "my wife Xembify infusions"
        after = _UNIT_DOSE_AFTER.match(text, span.end) or (
            span.type in (SpanType.NAME, SpanType.PLACE)
            and _PRODUCT_AFTER.match(text, span.end)
            and lex.zipf_of(fold_term(word)) < EVERYDAY_ZIPF
            and not _INSTITUTION_AFTER.match(text, span.end)
        )
        return (
            word[:1].isupper()
            and bool(after)
            and not lex.flag(fold_term(word)) & (FIRST | LAST | PLACE)
            and not _person_near(text, span.start, span.end)
        )
    if _CODE.fullmatch(word) and not word.isupper():
        return True  # "IgAN": a laboratory code, never a person
    if not word[:1].isupper() or lex.flag(fold_term(word)) & (FIRST | LAST | PLACE):
        return False
    if _person_near(text, span.start, span.end):
        return False
    if drug_shaped(word) and lex.zipf_of(fold_term(word)) < EVERYDAY_ZIPF:
        return True
    if german_medical(word.lower()):
        return True  # "sent me to the Rheumatologie", "Die Polyneuropathie"
    if _DOSE_AFTER.match(text, span.end) or _PRODUCT_AFTER.match(text, span.end):
        return True  # "Xyzzo 20mg", "a Prevena dressing", "Otovent balloons"
    if span.type is SpanType.NAME and _ARTICLE_BEFORE.search(
        text, max(0, span.start - 4), span.start
    ):
        return True  # "had a Fibroscan", "A Tegaderm over the PICC": a thing, not a person
    if span.type is SpanType.NAME and _pharmacy_near(text, span.start, span.end):
        return True  # "the side effects of Zelvoxa", "Zelvoxa refill was late"
    if span.type is SpanType.NAME and _acts_like_a_drug(text, span.end, lex):
        return True  # "Zelvoxa kicked in", "Zelvoxa (metformin)", "Zelvoxa and Lyrica"
    if span.type is SpanType.NAME and known_by_company(word, text, span.start, end, lex):
        return True  # "asked about Tremvix for my psoriasis", "they gave Ferrovex too"
    taken = taken_before(text, span.start)
    if taken is None or span.type is not SpanType.NAME:
        return False  # "on Skye" is an island: only a person-shaped guess is taken
    if span.text.endswith(("'s", "’s")) or text.startswith(("'s", "’s"), span.end):
        return False  # "used Tolvik's car": what a person owns
    # "took Brennick to school", "taking Ava swimming": a person is taken somewhere
    return not (
        taken.group().lower().startswith(("take", "took", "taking"))
        and _TAKEN_SOMEWHERE.match(text, span.end)
    )


# What a drug does and a person does not: it kicks in, wears off, stops working.
_DRUG_AFTER = re.compile(
    r"\s+(?:kicked in|kicks in|kick in|wore off|wears off|wearing off|"
    r"side effects|withdrawals?)\b",
    re.IGNORECASE,
)
# A drug we know straight after, in brackets or in a list: "Zelvoxa (metformin)",
# "Zelvoxa and Lyrica", "Zelvoxa/Ozempic".
# ("Zanele and Lyrica came up again" is a person: only a bracket, a slash or a plus.)
_KNOWN_NEXT = re.compile(r"\s*(?:\(|/|\+)\s*([A-Za-z][\w-]+)")


def _acts_like_a_drug(text: str, end: int, lex: Lexicon) -> bool:
    if _DRUG_AFTER.match(text, end):
        return True
    m = _KNOWN_NEXT.match(text, end)
    if m is None:
        return False
    flags = lex.flag(fold_term(m.group(1)))
    return bool(flags & DRUG) and not flags & (FIRST | LAST | PLACE)


_KIN_OWNS = re.compile(r"\b([A-Za-z]+)['’]s\s+$")
_POSSESSIVE_ENDS = ("'s", "’s")  # how each _KIN_OWNS match ends, before its space
_CODE_AFTER = re.compile(r"-?\d")
# A condition's noun after a word: "my sister's Kessler syndrome", "Dad's Tovey's disease".
_CONDITION_AFTER = re.compile(
    r"(?:['’]s)?\s+(?:syndrome|disease|disorder|palsy|anomaly|dystrophy|ataxia|"
    r"flare(?:[- ]?ups?)?|symptoms|diagnosis|dx)\b",
    re.IGNORECASE,
)


def _code_or_owned(span: Span, word: str, text: str, lex: Lexicon) -> bool:
    """A cue's guess that is a code ("Mum's CEA-5 test": letters of a code before its
    number) or a medical thing a relative owns ("Mum's Zelvoxa refill", "my son's
    Ulixertinib"); an unknown word alone there is a place or a person."""
    if span.type is not SpanType.NAME or " " in word:
        return False
    if word.isupper() and _CODE_AFTER.match(text, span.end):
        return True
    lo = max(0, span.start - 20)
    owner = (
        _KIN_OWNS.search(text, lo, span.start)
        if may_end_with(text, lo, span.start, _POSSESSIVE_ENDS)
        else None
    )
    if owner is None or owner.group(1).lower() not in KIN or not word[:1].isupper():
        return False
    if lex.flag(fold_term(word)) & (FIRST | LAST):
        return False
    # A thing of a relative's is medicine only when something says so: a list, a drug's
    # shape, a dose, a product's or a condition's noun, a drug's doing. "Mum's Withcott cottage" and
    # "my sister's Brennock flat" are a place; "Mum's Zelvoxa refill" is a drug.
    end = span.start + len(word)
    return bool(
        lex.flag(fold_term(word)) & (MEDICAL | DRUG)
        or drug_shaped(word)
        or _DOSE_AFTER.match(text, end)
        or _PRODUCT_AFTER.match(text, end)
        or _CONDITION_AFTER.match(text, end)
        or DRUG_DOES.match(text, end)  # "Dad's Tavlexa ran out", "made her dizzy"
    )


def dosed_or_taken(text: str, start: int, end: int) -> bool:
    """A word with a dose or a product's noun after it ("lyrica 75", "otovent balloons")
    or a verb of taking before it ("started norvexa"): medicine, in any case."""
    return (
        _DOSE_AFTER.match(text, end) is not None
        or _PRODUCT_AFTER.match(text, end) is not None
        or taken_before(text, start) is not None
        and not _TAKEN_SOMEWHERE.match(text, end)
    )


def _pharmacy_near(text: str, start: int, end: int) -> bool:
    """A word of prescribing or dispensing in the same sentence, a few words away."""
    if _WHERE_BEFORE.search(text, max(0, start - 8), start):
        return False  # "at Walgreens (pharmacy tech", "has her as Fatema, so the script"
    left = CLAUSE_END.split(text[max(0, start - _REACH) : start])[-1]
    right = CLAUSE_END.split(text[end : end + _REACH])[0]
    left = " ".join(left.split()[-3:])
    right = " ".join(right.split()[:3])
    return _PHARMACY.search(left) is not None or _PHARMACY.search(right) is not None


def local_brands() -> frozenset[str]:
    """The market brands of ``data/local_brands.txt``, lower case."""
    return _brand_lists()[0]


def cued_brands() -> frozenset[str]:
    """The brands listed after the file's "# cued:" line: given back as medicine only where
    taken like one (``_drug_frame``; a second reviewer found people, pets and towns named
    like them: "Pirmella got engaged", "Moved to Geniol")."""
    return _brand_lists()[1]


# Where a cued brand's word is a town, a pet or a person: "Moved to Geniol", "grew up in
# Selozok", "Walked Dalsy", "Fed Almax", "Hugged Bekyree", "Pirmella got engaged".
_PLACE_OR_PET_BEFORE = re.compile(
    r"\b(?:moved\s+to|grew\s+up\s+in|home\s+in|lives?\s+in|living\s+in|outside|through|"
    r"near|visit(?:ed|ing)?|walk(?:ed|ing)?|fed|feed(?:ing)?|hugg?(?:ed|ing)?|kiss(?:ed|ing)?|"
    r"met|married|baby|little|wee|pup|puppy|kitten|dog|cat|horse)\s+$",
    re.IGNORECASE,
)
_PERSON_OR_PLACE_AFTER = re.compile(
    r"\s+(?:got\s+(?:engaged|married)|barked|purred|laid\s+(?:me\s+)?off|is\s+hiring|"
    r"let\s+me\s+go|sent\s+me\s+home|is\s+a\s+(?:lovely\s+|little\s+|small\s+)*"
    r"(?:village|town|city|suburb|place)|was\s+down\s+the\s+road)\b",
    re.IGNORECASE,
)


def _drug_frame(text: str, start: int, end: int, lex: Lexicon) -> bool:
    """A brand of the cued list given back as medicine: taken, dosed or named as a product,
    or medicine in its clause, and no place, pet or person frame around it ("Walked Dalsy
    round the park, my asthma was fine" is a dog; "Moved to Geniol after the divorce, GP
    there ..." a town)."""
    if _PLACE_OR_PET_BEFORE.search(text, max(0, start - 16), start) or _PERSON_OR_PLACE_AFTER.match(
        text, end
    ):
        return False
    # any mention of the word taken like a drug gives back every other ("gave Ecosprin
    # 75, Susten 200 ... Is Susten needed so late?")
    word = re.escape(text[start:end])
    return any(
        _taken_here(text, m.start(), m.end(), lex)
        for m in re.finditer(rf"(?<![\w-]){word}(?![\w-])", text)
    )


# A switch or a start before it ("Switched from Elonva to Puregon", "on Veoza for the hot
# flushes" opening a line), and another medicine beside it in a choice or a list.
_SWITCH_NEAR = re.compile(
    r"(?:\b(?:switch(?:ed|ing)?|chang(?:ed|ing)|swapp?(?:ed|ing)|mov(?:ed|ing))\s+(?:\w+\s+)?"
    r"(?:from|to)\s+(?:\S+\s+to\s+)?|(?:^|[.!?\n]\s*)on\s+)$",
    re.IGNORECASE,
)
_BESIDE_AFTER = re.compile(r"\s*(?:,|/|\+|vs\.?|or|oder|and|und)\s+([A-Za-z][\w-]+)", re.I)
_BESIDE_BEFORE = re.compile(r"([A-Za-z][\w-]+)\s*(?:,|/|\+|vs\.?|or|oder|and|und)\s+$", re.I)


def _beside_medicine(text: str, start: int, end: int, lex: Lexicon) -> bool:
    """A listed medicine next to it: "Inofolic or Ovasitol", "auf Jubrele oder Slinda"."""
    for m in (
        _BESIDE_AFTER.match(text, end),
        _BESIDE_BEFORE.search(text, max(0, start - 30), start),
    ):
        if m is not None:
            key = fold_term(m.group(1))
            if lex.flag(key) & (MEDICAL | DRUG) or key in local_brands():
                return True
    return False


def _taken_here(text: str, start: int, end: int, lex: Lexicon) -> bool:
    if taken_before(text, start) is not None or switched(text, start, end, lex):
        return True  # "started Slinda", "switched to Slinda"
    if _SWITCH_NEAR.search(text, max(0, start - 40), start) or _beside_medicine(
        text, start, end, lex
    ):
        return True
    if (
        _DOSE_AFTER.match(text, end)
        or _PRODUCT_AFTER.match(text, end)
        or DRUG_DOES.match(text, end)
    ):
        return True  # "Susten 200", "Widex hearing aids"
    return medical_in_clause(text, start, end, lex)


@cache
def _brand_lists() -> tuple[frozenset[str], frozenset[str]]:
    raw = resources.files("app.redact.data").joinpath("local_brands.txt").read_text("utf-8")
    every, cued, after = set(), set(), False
    for line in raw.splitlines():
        after = after or line.startswith("# cued:")
        word = line.strip()
        if word and not word.startswith("#"):
            every.add(word)
            if after:
                cued.add(word)
    return frozenset(every), frozenset(cued)


# Around a market brand's word, what says a person or a pet carries it as a name: "Aspro
# from work", "Phloe our cat", "Magmin was the OT", "Mein Nachbar Torem", "lunch with".
_LOCAL_PERSON_AFTER = re.compile(
    r"['’]s\s+(?:little|brother|sister|girl|boy|baby|kids?|children|husband|wife|partner|"
    r"mum|mom|mam|dad|son|daughter|nan|gran|family|wedding|birthday)\b|"
    r"\s+(?:uncle|aunty|auntie|ji|bhai|didi|bhaiya|sahib|ma'am)\b|"
    r"\s*,?\s+(?:from\s+(?:work|church|school|uni|netball|footy|rugby|choir|"
    # not a brand got from where medicine comes: "got Alesse from the clinic"
    r"(?:the|my)\s+(?!(?:clinic|pharmacy|chemist|hospital|surgery|practice|doctor|gp|"
    r"nurse|dispensary|pharmacist|health\s+centre)\b)\w+)|(?:our|my|the)\s+(?:cat|dog|puppy|kitten|horse)|was\s+the|is\s+the|is\s+my|"
    r"was\s+my)\b",
    re.IGNORECASE,
)
_LOCAL_PERSON_BEFORE = re.compile(
    r"\b(?:(?:[Nn]achbar|[Nn]achbarin|[Ff]reund|[Ff]reundin|[Kk]ollege|[Kk]ollegin|[Tt]ante|"
    r"[Oo]nkel|[Cc]ousin|[Cc]ousine|[Mm]it)|(?i:lunch|dinner|coffee|tea|drinks|walk|out|"
    r"hanging\s+out)\s+with)\s+$"
)


# A maker's or a shop's brand where one works or goes: "I work at Nevro", "appointment
# at Widex", "rang Omron" (not "looking at Plenity", "a pill called Veoza").
_FIRM_BEFORE = re.compile(
    r"\b(?:(?:appointment|appt|work(?:s|ed|ing)?|jobs?|shifts?|fitting|test|tested|went|go|"
    r"going|been|was|were|am|is|be)\s+at|work(?:s|ed|ing)?\s+(?:for|with)|jobs?\s+with|"
    r"employed\s+by|rep\s+from|(?:I|we|she|he|they|you)\s+called|rang|phoned|emailed)"
    r"\s+(?:the\s+)?$",
    re.IGNORECASE,
)


def _local_person(text: str, start: int, end: int) -> bool:
    return (
        _LOCAL_PERSON_AFTER.match(text, end) is not None
        or _LOCAL_PERSON_BEFORE.search(text, max(0, start - 24), start) is not None
        or _FIRM_BEFORE.search(text, max(0, start - 24), start) is not None
    )


def _person_near(text: str, start: int, end: int) -> bool:
    cue = _CUE_BEFORE.search(text, max(0, start - 24), start)
    if cue and (cue.group(1).lower() in TITLES or cue.group(1).lower() in KIN):
        return True
    lo = max(0, start - 16)
    if may_end_with(text, lo, start, _FRIEND_ENDS) and _FRIEND_BEFORE.search(text, lo, start):
        return True
    return _PERSON_AFTER.match(text, end) is not None or PERSON_ACT.match(text, end) is not None
