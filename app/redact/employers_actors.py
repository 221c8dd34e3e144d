"""Organisations named by what they do to the writer: pay, refuse, fix, send.

An insurer, a Krankenkasse, a housing association or a landlord firm is named as the
one that acts on the writer's claim or home: "Aetna denied it", "Medibank paid for the
scan", "Versa sent someone", "die DAK hat den Antrag abgelehnt". It is named as what
the writer calls it too: "my insurer is WPA", "Meine Krankenkasse, die hkk,", "a claim
with Allianz", "ordered it from Medino". No list can hold every such firm; the frame
says what the word is. So a capitalised word or two, or an acronym, is an organisation:

- as the subject of a payer's or a landlord's verb ("approved", "denied", "won't
  cover", "paid for", "reimbursed", "haven't fixed", "sent someone", "zahlt", "lehnt
  ab", "genehmigt");
- after "my insurer / health fund / medical aid / landlord / housing association /
  Krankenkasse" with a comma, "is" or a bracket, and after "claim with", "insured
  with", "ordered from".

Not an organisation there: an everyday word ("Insurance denied it", "Mum paid for
it"), a person's given name or a title before it ("Dr Shah approved it": the name
finders take people), medicine ("Humira approved for UC"), a day or month, and the
national bodies and schemes that are no one's own ("NHS won't fund it", "DWP
rejected my claim", "Medicare paid"), nor the regulators ("the FDA approved it").
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from app.redact.german import german_listed
from app.redact.lexicon import DRUG, FIRST, MEDICAL, PLACE, Lexicon
from app.redact.medical_acronyms import acronym
from app.redact.names_context import CALENDAR
from app.redact.names_cues import CLOSED_CLASS, FUNCTION, LANGUAGES, TITLES
from app.redact.orgs_generic import GENERIC_KINDS, maker
from app.redact.orgs_ordinary import payer_name, payer_word
from app.redact.payer_verbs import (
    ADVERBS,
    ADVERBS_MORE,
    DECIDED,
    ON_HOLD,
    PAID_BACK,
    WONT,
    WOULDNT,
    either,
)
from app.redact.spans import Source, Span, SpanType
from app.redact.windows import Triggered
from app.redact.windows_tokens import _tokens

# A capitalised word, or an acronym written with "&" or digits ("L&Q", "Pharmacy2U").
_WORD = r"[A-ZÄÖÜ][\w&'’+-]*[\w+]|[A-Z]"
_NAME = rf"((?:{_WORD})(?:[ ](?:{_WORD}|classic)){{0,2}})"
_ADVERBS = rf"(?:(?:{either(ADVERBS, ADVERBS_MORE)})\s+){{0,2}}"
_ACTS = (
    rf"(?:{either(DECIDED, PAID_BACK)}|"
    r"covered\s+(?:it|the|most|half|all|everything|my|part|some)|"
    rf"{WONT}\s+(?:cover|pay|fund|approve|fix|reimburse)|"
    rf"{WOULDNT}\s+(?:cover|pay|fund|approve|fix|reimburse)|"
    r"(?:will|would)\s+(?:only\s+)?(?:cover|pay\s+for|reimburse)|"
    r"paid\s+(?:for|out|up|the|most|half|nothing)|pays\s+(?:for|the)|"
    r"covers\s+(?:the|it|my|most|half)|"
    # an amount covered or asked for: "Momentum covered 21 days", "ER24 want R4,800"
    r"covered\s+(?:[R€$£₹]\s?)?\d|wants?\s+(?:[R€$£₹]|Rs\.?\s?)\d|"
    # what a scheme asks the writer for: "Discovery wants a chronic application"
    r"wants\s+(?:a|an|the|my|our|another|more)\s+(?:[\w-]+\s+){0,2}?(?:application|"
    r"form|motivation|quote|invoice|referral|report|letter|authori[sz]ation|pre-?auth\w*)|"
    # a landlord's doing: "Killam raised the rent", "Catalyst have stopped the evictions"
    r"raised\s+(?:the|my|our)\s+rent|stopped\s+the\s+(?:eviction|arrears|repossession)|"
    r"haven[’']?t\s+fixed|hasn[’']?t\s+fixed|never\s+fixed|still\s+haven[’']?t|"
    r"reassessed|billed\s+(?:me|us|him|her|them|twice|for)|"
    rf"{ON_HOLD}|cancell?ed\s+(?:my|our|his|her|the)\s+"
    r"(?:policy|claim|cover|membership|tenancy|contract|repairs?|account|plan|payments?)|"
    r"(?:is|are)\s+refusing\s+to|"
    r"sent\s+(?:someone|somebody|a\s+(?:surveyor|plumber|contractor|letter|form|card|cheque|"
    r"engineer|man|guy)))\b"
)
# A short aside may stand between the firm and its verb: "Discovery (yes I know) declined".
_ASIDE = r"(?:\([^()\n]{1,30}\)\s+)?"
_SUBJECT = re.compile(rf"(?<![\w’'.-])(?:[Tt]he\s+)?{_NAME}\s+{_ASIDE}{_ADVERBS}{_ACTS}")
# German: a Krankenkasse is "die" Barmer, "die" DAK; without the article a capitalised
# word before the verb is as often a noun ("nach 6 Wochen genehmigt").
_SUBJECT_DE = re.compile(
    rf"\b[Dd]ie\s+{_NAME}\s+(?:zahlt|zahlte|lehnt|lehnte|genehmigt|bewilligt|übernimmt|"
    r"übernahm|hat\s+(?:[\wäöüß]+\s+){0,5}?(?:genehmigt|abgelehnt|bewilligt|bezahlt|"
    # a landlord's or a firm's letters: "Die LWB hat die Nebenkostenabrechnung geschickt"
    r"übernommen|geschickt|erhöht|gekündigt))\b"
)
# Afrikaans: "Discovery het die MRI goedgekeur", "Medshield het alles betaal", "ER24 wil
# R4,800 hê".
_SUBJECT_AF = re.compile(
    rf"(?<![\w’'.-]){_NAME}\s+(?:het\s+(?:[\w-]+\s+){{0,5}}?(?:goedgekeur|afgekeur|betaal|"
    r"terugbetaal|uitbetaal|gedek)|wil\s+R\s?\d)\b"
)
# A payer asked about or named as the one paying: "does Momentum cover it?", "if HCF
# cover the Mirena", "is it covered by Bupa?", "funded by Variety".
_ASKED = re.compile(
    rf"\b(?:[Dd]oes|[Dd]o|[Dd]id|[Ww]ill|[Ww]ould|[Cc]an|[Cc]ould|[Ss]hould|if|whether)\s+"
    rf"(?:[Tt]he\s+)?{_NAME}\s+(?:still\s+|even\s+|actually\s+|ever\s+)?"
    r"(?:cover|pay\s+for|fund|reimburse|refund)\b"
)
_PAID_BY = re.compile(
    rf"\b(?:covered|funded|paid\s+for|reimbursed|refunded)\s+by\s+(?:the\s+)?{_NAME}"
)
# What the writer has of a firm, after its name: "Hollard health insurance", "my
# Sanlam rep", "the Konekt case manager"; not a bare "insurance" ("TPD insurance",
# "Life insurance": kinds) nor an app or a portal (a device's: "the Dexcom app").
_KEPT = re.compile(
    rf"(?<![\w’'.-]){_NAME}(?:['’]s)?\s+(?:health\s+(?:insurance|cover|fund|plan)|medical\s+"
    r"(?:aid|scheme)|rep|case\s?manager|claims?\s+(?:handler|adjuster|assessor)|helpline)\b"
)
# German puts the verb first after an opening phrase: "Bei mir hat die TK die Pumpe nach
# 6 Wochen genehmigt", "Zum Glück zahlt die Barmer".
_INVERTED_DE = re.compile(
    rf"\b(?:hat|hatte|zahlt|zahlte|übernimmt|übernahm|genehmigt|bewilligt)\s+die\s+{_NAME}"
    r"(?=\s+(?:[\wäöüß:.,-]+\s+){0,8}?(?:genehmigt|abgelehnt|bewilligt|bezahlt|übernommen|"
    r"die\s+Kosten|alles|nichts|nicht|nur|den\s+Rest|komplett)\b)"
)
_ACT_WORDS = frozenset(
    [
        *DECIDED,
        *PAID_BACK,
        *"""covered cover pay fund approve fix reimburse paid pays covers fixed sent zahlt
        zahlte bezahlt lehnt lehnte genehmigt bewilligt übernimmt übernahm abgelehnt
        übernommen geschickt erhöht gekündigt reassessed billed put health medical rep
        manager casemanager claim claims helpline cancelled canceled refusing wants want raised
        stopped het wil""".split(),
    ]
)
# What the writer calls the organisation, then its name: "my insurer is WPA", "our
# landlord, Grainger plc", "Meine Krankenkasse, die AOK", "a claim with Allianz".
_CALLED = re.compile(
    r"\b(?:(?:my|our|his|her|their|the|meine|unsere|seine|ihre|mein|unser|sein)\s+(?:(?:private|health|"
    r"new|old)\s+)?(?:insurer|insurance(?:\s+(?:company|provider))?|health\s+(?:fund|insurer|"
    r"plan)|medical\s+aid|landlord|landlady|letting\s+agent|letting\s+agency|housing\s+"
    r"association|housing\s+provider|Krankenkasse|Krankenversicherung|Versicherung|"
    r"Vermieter|Vermieterin|Arbeitgeber|Hausverwaltung|gym|bank|"
    r"union|care\s+agency|home\s+care\s+agency|online\s+pharmacy|building\s+society|"
    r"energy\s+supplier|employer|"
    # a provider sent or chosen for the writer: "The rehab provider they sent, Konekt,"
    r"(?:rehab|rehabilitation|care|homecare|home\s+care|equipment|support)\s+provider"
    r"(?:\s+(?:they|she|he|we|I|ACC|WorkSafe)\s+(?:sent|use|used|got|chose|picked))?)"
    r"(?:\s*,\s*|\s+(?:is|was|are|were|ist|war)\s+|\s*\(\s*|\s+-\s+|:\s*)"
    r"|\b(?:claim|claims|policy|cover|insured|insurance)\s+(?:with|through|via|by)\s+"
    r"|\bordered\s+(?:\w+\s+){0,3}?from\s+"
    # a worker sent by a firm: "the attendant from Care24" (a name with a digit or
    # capitals only, see _sent_by)
    r"|\b(?:attendant|carer|caregiver|aide|technician|engineer)s?\s+from\s+)"
    r"(?:now\s+)?(?:the\s+|die\s+|der\s+)?(?-i:" + _NAME + ")",
    re.IGNORECASE,
)
# Each _CALLED match opens with one of these words: tried only where one starts, and
# at every token beyond ASCII (a caseless pattern reads "ſ" or "ı" as an ASCII letter).
_CALLED_FAST = Triggered(
    _CALLED,
    "my|our|his|her|their|the|meine|unsere|seine|ihre|mein|unser|sein|claim|claims|policy|cover|insured|"
    "insurance|ordered|attendants?|carers?|caregivers?|aides?|technicians?|engineers?|"
    ".*[^\x00-\x7f].*",
)
_GERMAN_CUE = re.compile(
    r"(?i)\b(?:meine|unsere|seine|ihre|mein|unser|sein|krankenkasse|krankenversicherung|"
    r"versicherung|vermieter|vermieterin|arbeitgeber|hausverwaltung)\b"
)
_CALLED_WORDS = frozenset(
    """insurer insurance fund aid landlord landlady agent agency association provider
    krankenkasse krankenversicherung versicherung vermieter vermieterin arbeitgeber
    hausverwaltung claim claims policy cover insured gym
    bank union society supplier employer pharmacy
    ordered attendant attendants carer carers caregiver caregivers aide aides technician
    technicians engineer engineers""".split()
)
# National bodies, schemes and regulators: no one's own organisation.
PUBLIC = frozenset(
    """nhs hse dwp ndis medicare medicaid va centrelink acc sassa cpp esa pip fda nice mhra
    tga pbs pharmac cms gp gps icb ccg dvla hmrc irs ssa ssdi ssi uc ema tricare chip
    aca obamacare dla ltd snap wic ohip msp ramq ahs ohp ndia dsp ncbs dhb
    hnz ssp jsa gkv mdk kv kvb bfarm iqwig gba pharmacare trillium odb sgi ndss tpa
    tusla winz msd studylink ird cra odsp aish""".split()
)
# Care teams and rooms written as capitals: "GP", "OT approved the rails", "ENT".
_CARE_LETTERS = frozenset("""ot pt ent icu mdt cmht cpn salt ed er ae a&e ucc mri ct""".split())
# Treatments, care packages and leave that get approved or denied as often as a claim:
# "TMS approved", "DBS approved for my Parkinson's", "EHCP approved", "FMLA approved",
# "PA denied" (prior authorisation). What was approved, not who approved it.
TREATMENTS = frozenset(
    """tms rtms ect dbs scs vns tens tdcs aba iop php dbt cbt emdr hbot ivig ivf icsi iui
    pgd pgt ecmo cgm ehcp ehc iep sen send chc dfg fmla cfra pfml pa std ltd sti pip dla
    esa ot aac pcp ppo hmo hsa fsa cobra ssdi pt sct hsct car-t cart tavi tavr pci cabg
    ercp egd rfa tace sbrt imrt srs nac cbd thc omt evlt pemf mat pdt ipl uvb nbuvb nmes
    fmt prp trt hrt mht hdhp epo""".split()
)


def find(text: str, lex: Lexicon) -> Iterator[Span]:
    """Organisations as the actor of a payer's or landlord's verb, or after what the
    writer calls them."""
    if text.isupper():
        return
    at = _tokens(text).at
    words = at.keys()
    acts = _ACT_WORDS.intersection(words)
    if acts:
        seen: set[int] = set()
        for lo, hi in _windows(text, sorted(k for w in acts for k in at[w])):
            for regex in (
                _SUBJECT,
                _SUBJECT_AF,
                _KEPT,
                _SUBJECT_DE,
                _INVERTED_DE,
                _ASKED,
                _PAID_BY,
            ):
                for m in regex.finditer(text, lo, hi):
                    span = _organisation(text, m, lex, after_cue=False)
                    if span is not None and span.start not in seen:
                        seen.add(span.start)
                        yield span
    if not _CALLED_WORDS.isdisjoint(words):
        for m in _CALLED_FAST.finditer(text):
            span = _organisation(text, m, lex, after_cue=True)
            if span is not None and (_SENT_BY.search(m.group()) is None or _marked(span.text)):
                yield span


# A worker from a firm: the name after it must look like no word or place ("Care24").
_SENT_BY = re.compile(r"(?i)\b(?:attendant|carer|caregiver|aide|technician|engineer)s?\s+from\s")


def _marked(name: str) -> bool:
    """A name marked as a firm's by its shape: a digit, or capitals only ("Care24",
    "ER24", "HCL"); not "Ballymun", "Mum's"."""
    return any(c.isdigit() for c in name) or name.replace(" ", "").isupper()


def _windows(text: str, acts: list[int]) -> Iterator[tuple[int, int]]:
    """The stretches around each verb where a frame can match: from the space (or line
    start) at least ``_BACK`` characters before it to ``_AHEAD`` after, overlapping
    stretches joined; the regexes run there, not over the whole text."""
    lo = hi = -1
    for k in acts:
        start = max(0, k - _BACK)
        if start:
            cut = text.rfind(" ", 0, start)
            start = cut + 1 if cut >= 0 else 0
        if start > hi:
            if hi >= 0:
                yield lo, hi
            lo = start
        hi = max(hi, min(len(text), k + _AHEAD))
    if hi >= 0:
        yield lo, hi


# How far a frame reaches before its verb (the name, "die", adverbs) and after it.
_BACK = 120
_AHEAD = 160


def _organisation(text: str, m: re.Match[str], lex: Lexicon, *, after_cue: bool) -> Span | None:
    """The name the frame caught, without a day after it. As a subject, everyday words
    opening the sentence before it are no part of it ("Then Aetna denied it", "Finally
    Bupa paid"); straight after a cue ("a claim with Ardent Mutual") everyday words
    may name a firm, but one alone does not ("my insurer is Useless")."""
    parts = m.group(1).split(" ")
    while parts and not _may_name(parts[-1], lex):
        parts.pop()  # "Bupa Monday": the name ends before the day
    start = m.start(1)
    # "Discovery declined the claim": an ordinary word alone as the firm, by the cue
    ordinary = (
        bool(parts)
        and not after_cue
        and (
            payer_word(text, m, parts[0], lex)
            if len(parts) == 1
            else payer_name(parts, lex) and all(_may_name(w, lex) for w in parts)
        )
    )
    while (
        parts
        and not ordinary
        and not _distinct(parts[0], lex)
        and not (after_cue and len(parts) > 1)
    ):
        start += len(parts.pop(0)) + 1
    if not parts or not all(_may_name(w, lex) for w in parts):
        return None
    # German nouns are no name in a German frame ("die Kasse zahlt", whatever made the
    # payer frame: "Die Kasse zahlt das Ozempic nicht"); an English cue's name may be
    # German-listed words ("My gym, Pure Motion,")
    if m.re is _KEPT and (maker(parts[-1]) or parts[-1].lower().endswith("ing")):
        return None  # "my Medtronic rep": a device maker's; "the Befriending helpline": a service
    if m.re in (_SUBJECT, _SUBJECT_AF, _KEPT, _ASKED, _PAID_BY):
        german = not ordinary  # "Discovery declined my Ozempic": English, the firm
    elif m.re is _CALLED:
        german = _GERMAN_CUE.search(m.group()) is not None
    else:
        german = True
    if german and all(german_listed(w) and not _acronym(w) for w in parts):
        return None  # "Die Krankenkasse zahlt", "Kasse zahlt": the kind, not a name
    if _title_before(text, start):
        return None  # "Dr Shah approved it": a person, for the name finders
    if not after_cue and _CAUSED.search(text, max(0, start - 12), start):
        return None  # "we got Dulvaxo approved": what was approved, not who
    end = start + len(" ".join(parts))
    if m.re is _KEPT and text[end - 2 : end] in ("'s", "’s"):
        end -= 2  # "Tellmark's helpline": the firm without its possessive
    return Span(start, end, SpanType.EMPLOYER, Source.CONTEXT, 0.6, text[start:end], True)


def _may_name(word: str, lex: Lexicon) -> bool:
    """A word that may stand in an organisation's name here."""
    key = word.lower().strip("'’").removesuffix("'s").removesuffix("’s")
    if key in PUBLIC or key in _CARE_LETTERS or key in TREATMENTS or acronym(word):
        return False  # a body, a care team, or medicine's letters ("ECT approved")
    if key in FUNCTION or key in CLOSED_CLASS or key in CALENDAR or key in LANGUAGES:
        return False
    if key in TITLES:
        return False
    return not lex.flags.get(key, 0) & (MEDICAL | DRUG)


def _distinct(word: str, lex: Lexicon) -> bool:
    """A word alone names an organisation when it is an acronym of two to five
    letters ("TK", "WPA", "L&Q"), holds a digit ("Pharmacy2U"), or is a word the
    frequency table hardly knows that is no common given name ("Bupa", "Aetna"; not
    "Insurance", "Mum", "Sarah")."""
    key = word.lower().strip("'’").removesuffix("'s").removesuffix("’s")
    if _acronym(word):
        return True
    if any(c.isdigit() for c in word):
        return True
    flags = lex.flags.get(key, 0)
    zipf = lex.zipf.get(key, 0.0)
    if flags & FIRST and not flags & PLACE:
        return False  # a person's given name: the name finders take it
    if key in GENERIC_KINDS:
        return False  # "Triage put me on hold", "Outpatients rehoused": a department
    return zipf < 3.0


# "got it approved", "had the Dulvaxo covered": the word is what the verb was done to.
_CAUSED = re.compile(r"\b(?:got|get|gets|getting|had|have|has|having)\s+$", re.IGNORECASE)


def _acronym(word: str) -> bool:
    letters = word.replace("&", "")
    return letters.isalpha() and letters.isupper() and 2 <= len(letters) <= 5


def _title_before(text: str, start: int) -> bool:
    m = re.search(r"([A-Za-z]+)\.?\s+$", text[max(0, start - 12) : start])
    return m is not None and m.group(1).lower() in TITLES
