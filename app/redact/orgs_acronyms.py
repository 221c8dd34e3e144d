"""Organisations written as acronyms, known by the frame an organisation stands in.

Charities, funds and patient groups are named by their letters far more than by their
names: "PanCAN case manager found the trial", "HCF paid all but $240", "someone from
CAB", "thanks to NAMI", "we tried CPAA in Mumbai". No list holds them all, but the frame says what the letters
are: a case manager, rep, helpline, grant or chapter after them, a payer's or a
helper's verb after them ("paid", "declined", "helped"), "claim with", "member of",
"thanks to", "from" before them, or the same letters as the prefix of a claim number
in the text ("HCF-77031922").

Not an organisation there: medicine's letters (``medical_acronyms``, the lexicon's
medical words: "MRI helped", "from ICU"), the care team and its services ("GP", "OT",
"CAMHS", "PALS"), national bodies and schemes ("NHS", "DWP", "NDIS"), states and
countries, roles ("my MP", "HR"), and chat's letters ("LOL", "TBH").
"""

from __future__ import annotations

import re
from collections.abc import Iterator, KeysView

from app.redact.employers_actors import TREATMENTS
from app.redact.lexicon import COUNTRY, DRUG, MEDICAL, PLACE, REGION, Lexicon
from app.redact.medical_acronyms import acronym
from app.redact.names_cues import TEXTSPEAK
from app.redact.normalise import fold_term
from app.redact.spans import Source, Span, SpanType

# Two to eight letters, capitals at least half of them, a capital first: "HCF", "PanCAN".
# (The capital comes first, then what must not stand before it: a pattern opening with
# a character set is scanned for in C, one opening with a lookbehind tried everywhere.)
_ACRONYM = re.compile(r"([A-Z](?<![\w@#/.&-][A-Z])[A-Za-z&]{1,7})(?![\w@/&-]|\.\w)")
_AFTER = re.compile(
    r"(?:['’]s)?[ ](?:case[ ]?manager|case[ ]?worker|care[ ]coordinator|navigator|advocate|"
    r"rep|reps|representative|helpline|hotline|advice[ ]line|support[ ]line|volunteers?|"
    # a union's people: "the AWU delegate", "CTU folks", "the CWU shop steward"
    r"delegates?|shop[ ]stewards?|organi[sz]ers?|folks|"
    # a university's students' council: "the UKZN SRC"
    r"SRC|"
    r"grants?|support[ ]group|chapter|branch|membership|"
    # a group it runs for a cause, a hospice's day care: "SADAG's bipolar support group",
    # "LOROS hospice day therapy"
    r"(?:[a-z-]+[ ]){1,2}support[ ]group|hospice|"
    # a fund's extras, a church's choir, a firm's group insurance or health plan ("HCF
    # extras", "ZCC choir", "TCS group insurance", "DSU health plan"); not a bare "plan"
    # ("HG plan", "APS plan" are care plans), a kind of insurance ("TPD insurance", "PMI
    # insurance") nor a nurse ("HD nurse", "L&D nurse")
    r"extras|choir|group[ ]insurance|health[ ]plan|health[ ]insurance|medical[ ]aid|"
    # what a firm, a lodge or a charity has: "LIC policy", "Cansa lodge", "the salvos op
    # shop", "the BHP mine", "an Elks scholarship" (not a clinic: "the MS clinic")
    r"polic(?:y|ies)|pension|lodge|op[ ]shop|scholarships?|canteen|depot|colliery|mine|"
    r"refinery|call[ ]cent(?:re|er)|head[ ]office|"
    r"(?:(?:has|have|had|finally|still|just|already|eventually|also|then)[ ])?"
    r"(?:paid|declined|denied|approved|refused|rejected|helped|funded|reimbursed|covered|"
    r"sorted)|"
    # German, a supplier's or a payer's doing: "GHD liefert jetzt monatlich"
    r"(?:liefert|liefern|zahlt|übernimmt|erstattet|genehmigt))\b"
)
# What an organisation says or does to the writer: "QTU says I can claim", "SGI rang
# back", "ACC wants another form"; its students and staff: "a VCU student" (not "member
# no."). A role said this way is in _NOT_ORGANISATIONS; a reading says a number ("BSL says
# 14.2"); one's own letters are a reading or a condition ("my TMJ says no"); "will" and
# "won't" only with a payer's verb ("HCF won't help"; "HG won't stop" is a condition).
_SAYS = re.compile(
    r"(?:['’]s)?[ ](?:(?:says|said|wants|wanted|rang|phoned|e-?mailed|wrote|sent|told|agreed|"
    r"offered|refused|refuses)(?![ ](?:be[ ])?(?:called|known)|[ ]+[\d<>~])|"
    # the plural an organisation takes in British and Irish English: "VHI say it's covered"
    r"say(?=[ ](?:it|it['’]s|they|that|no|yes|I|we|you|he|she|my|the)\b)|"
    r"(?:will|won['’]?t|wont|would(?:n['’]?t)?)[ ](?:help|pay|cover|fund|approve|budge|"
    r"reimburse|refund|accept|send)|"
    r"students?|staff|employees?)\b"
)
_BEFORE = re.compile(
    r"\b(?:claims?[ ]with|insured[ ]with|member[ ]of|members[ ]of|joined|thanks[ ]to|"
    r"shout-?out[ ]to|donated?[ ]to|fundraising[ ]for|raising[ ]money[ ]for|funded[ ]by|"
    r"paid[ ]by|run[ ]by|grant[ ]from|help[ ]from|someone[ ]from|letter[ ]from|"
    r"call[ ]from|volunteer[ ]from|rep[ ]from|support[ ]from|from|"
    # who the writer gets in touch with: "need to email RCN", "rang QTU" (never "also
    # called SREAT"; "through DHA" was tried and took a treatment on a validation pool)
    r"e-?mail|e-?mailed|emailing|ring|rang|ringing|phone|phoned|contact|contacted|"
    r"(?:on[ ]the[ ])?phone[ ](?:to|with)|on[ ]hold[ ](?:to|with)|spoke[ ]to|"
    # who the writer works or speaks for: "worked underground for RAG", "a delegate for
    # the PSA", "Work is UU"
    r"(?:work(?:s|ed|ing)?|employed|job|shifts?|apprenticeship)\b"
    r"(?:(?!\bwith\b|\bon\b|/)[^.!?\n,;:]){0,40}"
    r"[ ](?:for|at)|(?:delegate|steward|organi[sz]er|rep)[ ](?:for|of)|"
    r"(?:work|employer|job)[ ](?:is|was)|(?:clean|cleans|cleaned|cleaning|drive|drives|"
    r"drove|driving|deliver|delivers|delivered|delivering)[ ]for|"
    r"text|texted|texting|messaged|whatsapped|"
    r"write[ ]to|wrote[ ]to|complain(?:ed)?[ ]to|"
    # German: "die Gruppe von der ILCO", "Mitglied bei der DMSG"
    r"(?:selbsthilfe)?gruppe[ ](?:von[ ]der|der)|mitglied[ ](?:bei[ ]der|der)|"
    # German, where one works or who pays: "30 Jahre bei der RAG", "Geld von der DAK"
    r"(?:bei|von)[ ]der|"
    # back at work, or where one studies: "went back to B&Q after my op", "been with
    # BHP since 2009", "studiere an der LMU" (session 25)
    r"(?:went|go|going|gone|got|came|come)[ ]back[ ]to|been[ ]with|"
    r"studier\w*[ ]an[ ]der|studium[ ]an[ ]der)"
    r"[ ](?:the[ ])?$",
    re.IGNORECASE,
)
# "Big thanks @x and ADSHG": one of a list thanked.
_THANKS = re.compile(
    r"\b(?:thanks|thank[ ]you|shout-?out|grateful)\b(?:[^.!?\n]|\.(?=\S)){0,80}$", re.I
)
# One's own: "my BGL", "her TMJ" are a reading or a condition, whatever follows them.
_OWN_BEFORE = re.compile(r"\b(?:my|his|her|their|our|your)[ ]$", re.IGNORECASE)
# A scheme, a card or a number of it: "through the LTI scheme", "from my VHI card".
_SCHEME_AFTER = re.compile(r"[ ](?:scheme|programme|program|card|number|no\b|#)", re.IGNORECASE)
_LISTED_AFTER = re.compile(r"(?:[ ]and|,)[ ](?:the[ ])?$")
# "CPAA in Mumbai": an organisation's branch in a town the lexicon lists.
_IN_TOWN = re.compile(r"[ ]in[ ]([A-Z][a-z]+)\b")
# Days of a week's schedule, in the week's order: "dialysis MWF", "TTh" (not "RMT").
_SCHEDULE = re.compile(r"(?:M|Tu?|W|Th|R|F|Sa|Su)+")
_DAY = re.compile(r"Su|Sa|Th|Tu|[MTWRF]")
_DAY_ORDER = {"M": 1, "T": 2, "Tu": 2, "W": 3, "Th": 4, "R": 4, "F": 5, "Sa": 6, "Su": 7}


def _schedule(word: str) -> bool:
    """Weekday letters in the week's order ("MWF", "TTh", "TR"), no organisation's."""
    if _SCHEDULE.fullmatch(word) is None:
        return False
    days = [_DAY_ORDER[d] for d in _DAY.findall(word)]
    if days and days[0] == _DAY_ORDER["Su"]:
        days[0] = 0  # a week that starts on Sunday: "SuWF"
    return all(a < b for a, b in zip(days, days[1:], strict=False))


# A claim number's prefix: "claim HCF-77031922".
_PREFIX = re.compile(r"([A-Z](?<!\w[A-Z])[A-Z]{1,5})-?\d{4,}\b")  # "\b" after the capital, as above
# A former employer, always one: "ex-RMT rep", "ex-BHP" (a hyphen bars the main pattern).
_EX = re.compile(r"\b[Ee]x-([A-Z][A-Za-z&]{1,7})(?![\w@/&-])")
# German, letters joined to what only an organisation has: "IGBCE-Rechtsberatung",
# "die DVMB-Gruppe", "TK-Geschäftsstelle" (not a clinic's hour: "MS-Sprechstunde").
_DE_JOINED_HEADS = (
    "Rechtsberatung Sozialberatung Beratungsstelle Gruppe Selbsthilfegruppe Ortsgruppe "
    "Regionalgruppe Landesverband Sozialstation Geschäftsstelle Filiale Mitglied "
    "Mitgliedschaft Betriebsrat Vertrauensleute"
).split()
_DE_JOINED = re.compile(r"\b([A-Z][A-Za-z&]{1,7})-(?=(?:" + "|".join(_DE_JOINED_HEADS) + r")\b)")
_DE_JOINED_WORDS = frozenset(h.lower() for h in _DE_JOINED_HEADS)  # the cheap gate
# German, what an organisation does with an article before it: "die BSR hat mir",
# "der VdK schreibt" (a test's letters are medicine: "die MRT hat gezeigt").
_DE_ARTICLE = re.compile(r"(?:^|[ (])[Dd](?:ie|er)[ ]$")
_DE_DOES = re.compile(
    r"[ ](?:hat|haben|hatte|hatten|sagt|sagte|meint|meinte|schreibt|schrieb|schickt|"
    r"schickte|will|wollte|lehnt|lehnte|bezahlt|zahlte)\b"
)
# Letters glossed in brackets after a payer or a firm in the same clause: "von der Kasse
# bekommen (TK)", "my union (CWU) said".
_GLOSSED = re.compile(
    r"\b(?:kasse|krankenkasse|versicherung|arbeitgeber|gewerkschaft|insurer|insurance|"
    r"union|charity|employer|medical[ ]aid|health[ ]fund|firm|company)\b[^.!?\n()]{0,30}"
    r"\((?:the[ ]|die[ ]|der[ ])?$",
    re.IGNORECASE,
)
_NOT_ORGANISATIONS = frozenset(
    """NHS HSE DWP NDIS VA CDC FDA WHO NICE MHRA EMA CQC PIP ESA UC SSDI SSI SSA CMS IRS
    DMV DVLA ACC SASSA WINZ MSD IRD CRA ODSP AISH UIF DHB CCG ICB LHB HB CAMHS CMHT IAPT AMHP OOH PALS DSN CNS MDT
    HCP HCA SHO SpR RMO JMO NP APN ANP ACP PCN DN CPN SW TA SENCO SENCo EHCP IEP EHC LA
    MP MSP MLA TD MEP HR IT CEO OH PR QA GP OT PT ED ER ICU HDU NICU PICU SCBU CCU MAU
    AMU SDEC RN RGN MD DO PA CNA LPN EMT ENT A&E ID PIN DOB NI SSN NHI MRN URN PO FAQ
    PDF SMS URL TV PC USB GPS SUV RV ATM BBQ DIY OK LOL OMG TBH IMO IMHO FYI BTW ASAP
    TLDR AFAIK IIRC FML WTF PS NB RIP AMA TIL DM PM AM ETA RSVP TBC TBA AKA GMT BST EST
    PST UTC CET USD GBP EUR AUD NZD CAD ZAR INR PhD MSc BSc MA BA UK US USA EU UAE NZ
    RAMQ OHIP AHCIP MSP PBS MBS CGHS ESIC PMJAY NHIF NDSS TPA EAP LTD STD HMO PPO EPO HSA
    FSA COBRA ACA EOB SSP MBA GCSE GCSEs AGM NYE STEM BSc II III IV VI VII VIII IX XI XII I A OR AND THE
    KG PNP AHB AU GdB MdE ISG OSG BWS LWS HWS TEP KTP NLG EMG IVDU IVDA PWID PWUD IDU TPD DRV MDK GKV PKV DON NUM CNM GF BF BD BP DH DD DS DW DP DSD DSS MIL FIL SIL BIL PIL BFF LO HV OB""".split()
)


def find(text: str, lex: Lexicon, tokens: KeysView[str]) -> Iterator[Span]:
    """Acronyms in an organisation's frame in ``text``, as uncertain employer spans;
    ``tokens``: the text's lower-case tokens."""
    prefixes = None  # read once an acronym asks
    for m in _ACRONYM.finditer(text):
        word = m.group(1)
        if not _shaped(word) or not _organisation(word, lex):
            continue
        start, end = m.start(1), m.end(1)
        if prefixes is None:
            prefixes = {p.group(1) for p in _PREFIX.finditer(text)}
        if _in_frame(text, start, end, word in prefixes, lex):
            yield Span(start, end, SpanType.EMPLOYER, Source.CONTEXT, 0.7, word, True)
    ex = "ex-" in text or "Ex-" in text
    joined = "-" in text and not tokens.isdisjoint(_DE_JOINED_WORDS)
    for pattern in (_EX,) * ex + (_DE_JOINED,) * joined:
        for m in pattern.finditer(text):
            word = m.group(1)
            if _shaped(word) and _organisation(word, lex):
                yield Span(m.start(1), m.end(1), SpanType.EMPLOYER, Source.CONTEXT, 0.7, word, True)


def _shaped(word: str) -> bool:
    """Capitals at least half the letters, and two of them at least."""
    letters = word.replace("&", "")
    capitals = sum(c.isupper() for c in letters)
    return capitals >= 2 and 2 * capitals >= len(letters)


def _organisation(word: str, lex: Lexicon) -> bool:
    """No medicine, body, role, place code, chat's letters, plural of one ("GPs") or
    week's schedule ("MWF")."""
    if _schedule(word):
        return False
    for form in {word, word.removesuffix("s")}:
        if (
            form in _NOT_ORGANISATIONS
            or form.lower() in TEXTSPEAK
            or form.lower() in TREATMENTS  # "DBS approved": what was approved
            or acronym(form)
        ):
            return False
    return not lex.flag(fold_term(word)) & (MEDICAL | DRUG | REGION | COUNTRY)


def _in_frame(text: str, start: int, end: int, prefix: bool, lex: Lexicon | None = None) -> bool:
    if prefix or _AFTER.match(text, end):
        return True
    if _SAYS.match(text, end) and not _OWN_BEFORE.search(text, max(0, start - 8), start):
        return True
    town = _IN_TOWN.match(text, end)
    if town and lex is not None:
        flags = lex.flag(fold_term(town.group(1)))
        if flags & PLACE and not flags & (COUNTRY | REGION):
            return True
    lo = max(0, start - 40)
    if _BEFORE.search(text, lo, start) and not _SCHEME_AFTER.match(text, end):
        return True
    if _DE_DOES.match(text, end) and _DE_ARTICLE.search(text, max(0, start - 5), start):
        return True
    if text[end : end + 1] == ")" and _GLOSSED.search(text, max(0, start - 60), start):
        return True
    return bool(
        _LISTED_AFTER.search(text, lo, start) and _THANKS.search(text, max(0, start - 100), start)
    )
