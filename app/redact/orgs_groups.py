"""Charities, patient organisations and unions: the organisations of a life with an illness.

A support group, a charity's nurse or a union rep narrows a writer down as much as an
employer does, and posts name them in shapes the firm finders do not read:

- by the head that ends a charity's name: "Irish Cancer Society", "Vasculitis
  Foundation", "MND Association", "Scleroderma Society of Ontario";
- by a country or region after an illness or a cause: "Endometriosis UK", "Arthritis
  SA", "Diabetes Ireland", "Parkinson's UK" (an illness in a name is the name's, not
  the writer's medicine; "Northern Ireland", "Perth Australia" name no cause);
- by a chapter or a branch: "the LLS Massachusetts chapter", "Alzheimer Society Kerry
  branch", grown over the local words after any of these names;
- by a list of unions, staff bodies and charities (``data/org_groups.txt``); a listed
  name that is also an ordinary word ("Unison", "Unite", "Mind") counts only in an
  organisation's frame ("my Unison rep", "the union (Unite)", "Mind helped");
- German by the article: "die Techniker" (a Krankenkasse said short) before a verb
  said of one, "die DAK", "der TK".

Acronyms in an organisation's frame ("PanCAN case manager", "HCF paid") are
``orgs_acronyms``'.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache
from importlib import resources

from app.redact import orgs_acronyms
from app.redact.german import german_abstract_noun
from app.redact.lexicon import DRUG, MEDICAL, PLACE, REGION, Lexicon
from app.redact.medical_acronyms import acronym
from app.redact.medical_foreign import foreign_medical_word
from app.redact.names_context import CALENDAR
from app.redact.names_cues import CLOSED_CLASS, FUNCTION, TITLES
from app.redact.normalise import fold_term
from app.redact.spans import Source, Span, SpanType
from app.redact.windows import matches_at, word_starts
from app.redact.windows_tokens import token_set

_W = r"[A-Z][\w'’&+.-]*[\w+]|[A-Z]"
_HEADS = (
    r"Society|Foundation|Trust|Association|Alliance|Network|Federation|Coalition|"
    r"Charity|League|Fellowship|Fund|Institute|Action"
)
# "Irish Cancer Society", "Scleroderma Society of Ontario", "X Foundation Trust",
# "the Melanoma Institute",
# "American Kidney Fund" (a fund only with a cause in its name: "the Hardship Fund",
# "her College Fund" are money, not a charity).
_BY_HEAD = re.compile(
    rf"(?<![\w'’])((?:{_W})(?:[ ](?:{_W}|&|\+|and|for|of)){{0,4}}?)[ ](?:{_HEADS})"
    rf"(?:[ ](?:{_HEADS}))?(?:[ ]of[ ][A-Z][\w'’-]+(?:[ ][A-Z][\w'’-]+)?)?\b"
)
_TAILS = (
    r"UK|Ireland|Scotland|Cymru|Wales|NI|Australia|SA|NSW|WA|QLD|Qld|Vic|Victoria|NZ|"
    r"Aotearoa|Canada|USA|America|Deutschland|Schweiz|Österreich|Austria|India|Europe|"
    r"International|England|Queensland|Tasmania|Tas|Ontario|Quebec|Alberta|Manitoba|"
    r"Saskatchewan|Gauteng|KZN|Kerala|Northern[ ]Ireland|Western[ ]Cape|Eastern[ ]Cape|"
    r"British[ ]Columbia|Nova[ ]Scotia|New[ ]Brunswick|South[ ]Australia|"
    r"Western[ ]Australia|Northern[ ]Territory|KwaZulu-Natal"
)
# "Endometriosis UK", "Crohn's & Colitis UK", "Asthma + Lung UK", "Arthritis SA".
_BY_COUNTRY = re.compile(
    rf"(?<![\w'’])((?:{_W})(?:[ ](?:{_W}|&|\+|and)){{0,3}}?)[ ](?:{_TAILS})(?![\w-])"
)
# The word after an illness and a place says whether they name a charity. A place's own
# things never follow one ("my HIV Western Cape clinic", "Crohn's Ontario winters",
# "Diabetes Queensland style"): the illness is the writer's, the place a place.
_PLACES_THINGS = frozenset(
    """clinic clinics ward wards hospital hospitals services style winter winters summer
    summers weather heat cases patients lockdown lockdowns outbreak outbreaks numbers
    border borders rates""".split()
)
# A place's patients and their waits: after a state or a province (the tails below), or
# after an illness's capitals and any place ("Asthma Queensland kids", "ALS Canada wait
# times").
_CROWD = frozenset(
    """stats statistics figures data waiting wait waits times list lists kids children
    adults people families community sufferers""".split()
)
# A place's clinicians and rules, after a state or a province only: "My MS Alberta
# neurologist" (a charity's own nurse comes after the older tails: "MS Australia nurse",
# "Parkinson's UK nurse", "Epilepsy Ireland team").
_CLINICIANS = frozenset(
    """nurse nurses neurologist neurologists doctor doctors specialist specialists
    consultant consultants team teams rules guidelines system pathway""".split()
)
_NEXT_WORD = re.compile(r"[ ]([a-z]+)\b")
# The tails this session added (states, provinces, England): after an abbreviation of
# an illness they are where the writer is treated ("My TB Eastern Cape nurse"); only a
# cause written out names a charity there ("Autism Western Cape").
_NEW_TAILS = frozenset(
    """england queensland tasmania tas ontario quebec alberta manitoba saskatchewan gauteng
    kzn kerala northern western eastern british nova new south kwazulu-natal""".split()
)
_TAIL_WORDS = frozenset(t.lower().split("[ ]")[0] for t in _TAILS.split("|"))
# "the LLS Massachusetts chapter", "ALS Association Arizona Chapter".
_CHAPTER = re.compile(
    rf"(?<![\w'’])((?:(?:{_W})[ ]){{1,5}}?)(?:chapter|Chapter|branch|Branch)\b(?![ ]*\d)"
)
# Local words and the unit after a found name: " Kerry branch", " Tayside group".
_LOCAL_AFTER = re.compile(
    r"(?:[ ][A-Z][\w'’-]+){1,3}[ ](?:chapter|Chapter|branch|Branch|group|Group|"
    r"support[ ]group)\b"
)
# A union's local after its name: "SEIU 1199", "Teamsters Local 727".
_LOCAL_NUMBER = re.compile(r"[ ](?:Local[ ])?\d{2,5}\b")
# Causes and organs that charities are named after, beyond the lexicon's medical words.
_CAUSES = frozenset(
    """cancer arthritis diabetes heart lung lungs kidney kidneys liver bowel brain stroke
    blood bone marrow breast prostate ovarian cervical pancreatic skin eye eyes sight
    hearing deaf blind autism epilepsy dementia alzheimer alzheimer's alzheimers asthma
    lupus parkinson's parkinsons parkinson crohn's crohns colitis coeliac celiac
    migraine pain mental mind carers carer age ageing stroke sepsis meningitis
    leukaemia leukemia lymphoma myeloma sarcoma melanoma tumour tumor hospice ostomy
    colostomy ileostomy endometriosis psoriasis eczema scleroderma vasculitis thyroid
    pituitary adrenal addison's addisons haemophilia hemophilia sickle thalassaemia
    cystic fibrosis muscular dystrophy motor neurone neuron spinal injury injuries
    disability disabled downs down's syndrome rare cleft hepatitis hiv aids
    continence incontinence cardiac cardiomyopathy transplant donor organ anxiety
    depression bipolar""".split()
)
_CAUSE_PHRASES = re.compile(r"\bLong[ ]Covid\b", re.IGNORECASE)
_DISEASE_END = re.compile(r"(?:itis|osis|esis|omy|oma|ism|a?emia|pathy|ia|ease|ome|sy|us)$")
# Words a name never opens with, though capitalised at a sentence's start.
_LEADS = frozenset(
    """the my our his her their a an thanks thank called rang emailed contacted joined
    from with and or but via through to for of at in on by if so also even""".split()
)
# People, not an organisation: "Lupus Warriors India", "Sickle Cell Parents UK" are a
# forum's members.
_MEMBERS = frozenset(
    """warriors survivors fighters parents patients mums moms mamas dads kids sisters
    friends spoonies sufferers families""".split()
)
_GENERIC = frozenset(
    """nhs hse building housing friendly charitable local national royal community
    new old big first last next final same whole""".split()
)
# Frames that make a listed ordinary word an organisation.
_FRAME_AFTER = re.compile(
    r"(?:['’]s)?[ ](?:rep|reps|representative|delegate|delegates|steward|shop[ ]steward|"
    r"official|organiser|"
    r"organizer|union|membership|branch|chapter|helpline|advice[ ]line|case[ ]?manager|"
    r"case[ ]?worker|advocate|volunteer|volunteers|grant|support[ ]group|lawyer|solicitor|"
    r"drop[ -]in|forums?|"
    r"helped|paid|sorted|funded|fought|negotiated|backed|"
    # a service's counselling and referrals: "Relate session 3", "Jigsaw referred me",
    # "the Aware group in Mullingar", "Cansa lodge", "Bodywhys run an online group"
    r"counsell?ors?|counsell?ing|sessions?|referred|lodge|op[ ]shop|charity[ ]shop|"
    r"(?:still[ ])?(?:run|runs|ran)[ ](?:a|an|the)|(?:group|groups)[ ](?:in|at|on)|"
    r"(?:still[ ])?(?:do|does|did)[ ]the|offered|rang)\b",
    re.IGNORECASE,
)
# What only an organisation has, after a listed name that is an everyday word too and is
# written in lower case ("the mind drop-in"; "my mind helped" is a mind).
_NOUN_FRAME_AFTER = re.compile(
    r"[ ](?:drop[ -]in|support[ ]group|forums?|helpline|charity[ ]shop|café|cafe|branch)\b",
    re.IGNORECASE,
)
# Its gatherings after "the", "my" or "our": "the Legion meeting", "our Unison social".
_GATHERING = re.compile(r"[ ](?:meeting|meetings|hall|club|social|dinner|raffle)\b")
_OWNED = re.compile(r"\b(?:the|my|our)[ ]$")  # not "The Community meeting" opening one
_FRAME_BEFORE = re.compile(
    r"(?:\bunion[ ]*[(,:][ ]*|\bunion[ ](?:is|was|rep[ ]from)[ ]|\b(?:joined|member[ ]of|"
    r"members[ ]of|rang|called|contacted|texted|messaged|donated?[ ]to|fundraising[ ]for|"
    r"volunteer(?:s|ed|"
    r"ing)?[ ](?:at|for|with)|"
    # a service one is seen by or sent to: "been seeing headspace", "referred me to Jigsaw"
    r"seeing|referred[ ](?:me[ ]|him[ ]|her[ ]|us[ ]|them[ ])?to|referral[ ]to|"
    r"waiting[ ]list[ ]for|on[ ]hold[ ]to)[ ](?:the[ ])?)$",
    re.IGNORECASE,
)
# German: a Krankenkasse or a welfare body by its article or its owner ("die DAK", "von
# der Caritas", "meine Techniker hat", "bei meiner Barmer"; a technician is "mein").
_KASSEN = (
    r"Techniker|DAK|TK|AOK|BKK|IKK|KKH|HEK|hkk|SBK|Barmer|BARMER|Knappschaft|Debeka|"
    # the Berufsgenossenschaften, the accident insurers of a trade
    r"BG[ ](?:Bau|ETEM|RCI|Verkehr|Holz[ ]und[ ]Metall|Nahrungsmittel[ ]und[ ]Gastgewerbe)|"
    r"BGW|BGHW|VBG"
)
_GERMAN = re.compile(
    rf"\b(?:[Dd]ie|[Dd]er|[Dd]en|[Mm]eine|[Mm]einer|[Uu]nsere|[Uu]nserer|[Ss]eine|[Ss]einer|"
    rf"[Ii]hre|[Ii]hrer)[ ]({_KASSEN})\b(?![-’'])"
    r"(?=[ ](?:zahlt|zahlte|will|wollte|hat|hatte|ist|war|übernimmt|übernahm|lehnt|lehnte|"
    r"genehmigt|bewilligt|erstattet|meint|sagt|schreibt|schrieb|schickt|verlangt|möchte|"
    r"braucht|fordert|prüft|bezahlt|versichert|[a-zäöüß]+t\b)|[ .,;:!?)]|$)"
    # "Meine Techniker haben die Pumpe eingestellt": technicians, many of them
    r"(?<!Techniker(?=[ ](?:haben|sind|waren|hatten|kommen|kamen|machen|machten|sagen|"
    r"sagten|meinen|wollen|wollten|werden|wurden|können|konnten|müssen|mussten)\b))"
)
_GERMAN_WORDS = frozenset(
    "techniker dak tk aok bkk ikk kkh hek hkk sbk barmer knappschaft debeka bg bgw bghw vbg".split()
)
_MEDIZINISCHER_DIENST = re.compile(
    r"\bMedizinische[nrs]?[ ]Dienste?s?(?:[ ]der[ ]Krankenversicherung)?"
    r"(?:[ ](?!Kasse)[A-ZÄÖÜ][\wäöüß-]+)?"
)


# A club, a church or a school by its place's name and its kind's letters: "a
# Bishopstown GAA match", "Kilmacud RFC", "Bethel AME", "Synge Street CBS".
_NAMED_CLUB = re.compile(
    r"(?<![\w'’-])((?:[A-Z][\w'’.-]+[ ]){1,2})(GAA|RFC|RSL|RSA|AME|CBS|GFC)\b"
    r"(?![\w'’-])"
)
# not AFC, LTC, HSC: an antral follicle count, a long-term condition, stem cells
_CLUB_LETTERS = frozenset("gaa rfc rsl rsa ame cbs gfc".split())
# A fire, ambulance or police unit by its number: "my old house (Engine 273)", "out of
# Station 12"; a station, truck or precinct only where the post speaks of such a service.
_NUMBERED_UNIT = re.compile(
    r"\b(Engine|Ladder|Squad|Station|Truck|Precinct|Battalion)[ ]\d{1,3}\b(?![.,]\d)"
    r"(?![ ]*(?:puffs?|mg|ml|units?|tablets?|of\b))"
)
_UNIT_HEADS = frozenset("engine ladder squad station truck precinct battalion".split())
# A union's local and a veterans' body's post or branch by number: "Local 1-2 says",
# "UAW Local 1714", "VFW Post 470", "Legion Branch 59" (a post or branch needs its body).
_BRANCH_HEADS = ("Local", "Post", "Branch", "Lodge")
_NUMBERED_BRANCH = re.compile(
    r"\b(?:([A-Z]{2,6}|Legion|Teamsters|Elks)[ ])?(" + "|".join(_BRANCH_HEADS) + r")[ ]"
    r"(?:No\.?[ ]?|\#[ ]?)?\d{1,4}(?:-\d{1,3})?\b(?![.,]\d)"
    # "ACL Post 6 Weeks": a time after an operation
    r"(?![ ]*(?:weeks?|wks?|days?|months?|mths?|years?|hours?|hrs?|op)\b)"
)
_BRANCH_WORDS = frozenset(h.lower() for h in _BRANCH_HEADS)
# A group's name in quotes after its kind: 'die Selbsthilfegruppe "Lichtblick"', 'our
# support group "Brave Hearts"'.
_QUOTED_KINDS_DE = "Selbsthilfegruppe Gruppe Verein Stammtisch Chor Initiative".split()
_QUOTED_KINDS_EN = "group charity club choir foundation society".split()
_QUOTED_NAME = re.compile(
    r"\b(?i:the|our|my|a|an|die|der|unsere|unser|meine|mein|eine|einer|einem|dem|den)[ ]+"
    r"(?:"
    + "|".join(_QUOTED_KINDS_DE)
    + r"|(?i:support[ ]group|"
    + "|".join(_QUOTED_KINDS_EN)
    + r"))[ ]+[„\"“‘']([A-ZÄÖÜ][^\"“”„‘’'\n]{1,40}?)[“”\"’']"
)
# the cheap gate: a token of one of the kinds
_QUOTED_WORDS = frozenset(k.lower() for k in _QUOTED_KINDS_DE + _QUOTED_KINDS_EN)


def _named_in_quotes(name: str, lex: Lexicon) -> bool:
    """A group's name, not speech, a question or a title in quotes: one to four words,
    each capitalised (or a small joining word), no question or exclamation, no medicine
    ("Lichtblick", "Brave Hearts"; not "Methadone saved my life", "Lupus Warriors")."""
    words = name.split()
    return (
        1 <= len(words) <= 4
        and not any(c in name for c in "?!.,:")
        and all(w[:1].isupper() or w.lower() in FUNCTION for w in words)
        and not any(lex.flag(fold_term(w)) & (MEDICAL | DRUG) for w in words)
        and not any(foreign_medical_word(w) for w in words)
    )


# Fire and police words (not an ambulance's: "Station 4" is a ward to a patient).
_SERVICE_CUES = frozenset(
    """fire firefighter firefighters firefighting firehouse firehall fd precinct police
    cop cops""".split()
)
# A German care service, home or shop by its own name, which follows its kind: "der
# Pflegedienst Sonnenschein hat gekündigt", "die Frau vom Pflegedienst Lindenhof kommt",
# "das Sanitätshaus Kraft, "im Seniorenheim Abendrot". The name is one capitalised word
# before a verb, a comma or a sentence's end.
_CARE_KINDS = (
    "Pflegedienst|Pflegedienstes|Pflegeheim|Pflegeheims|Seniorenheim|Seniorenheims|Altenheim|"
    "Altenheims|Seniorenresidenz|Sanitätshaus|Sanitätshauses|Hospiz|Hospizdienst|Fahrdienst|"
    "Betreuungsdienst|Sozialstation|Tagespflege|Kita|Kindergarten|Förderschule|Wohngruppe"
)
_CARE_KINDS_DE = frozenset(k.lower() for k in _CARE_KINDS.split("|"))
_NAMED_CARE_DE = re.compile(
    rf"\b({_CARE_KINDS})[ ]([A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)?)"
    r"(?=[ ]?[,.;:!?)]|[ ](?:hat|hatte|ist|war|kommt|kam|kommen|schickt|schickte|sagt|sagte|"
    r"will|wollte|meint|macht|machte|zahlt|bringt|holt|ruft|rief|hilft|half|und|in|im|aus|"
    r"bei|schreibt|schrieb|betreut|versorgt|liefert|lieferte|um|am)\b|$)"
)
# Nouns that follow a kind without naming it: "dem Pflegedienst Bescheid gesagt", "der
# Pflegedienst Morgen kommt", "die Tagespflege Dienstags", "in der Kita Läuse".
_NOT_A_NAME_DE = frozenset(
    "Bescheid Termin Termine Hilfe Unterstützung Pflegegrad Antrag Bericht Rechnung Geld "
    "Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag Montags Dienstags "
    "Mittwochs Donnerstags Freitags Samstags Sonntags Morgen Heute Gestern Abend Mittag "
    "Nachmittag Vormittag Morgens Abends Nachts Zeit Personal Leute Mitarbeiter "
    "Mitarbeiterin Chef Chefin Leitung Bett Besuch Platz Plätze Läuse Fieber Scharlach "
    "Windpocken Corona Grippe Masern Bandagen Strümpfe Essen Urlaub Ferien".split()
)


# A German compound of a listed name and what it runs: "die Rheuma-Liga-Gruppe".
_COMPOUND_HEADS = (
    r"(?:Gruppe|Selbsthilfegruppe|Treff|Treffen|Kurs|Kurse|Mitglied|Mitglieder|Beratung|"
    # a welfare body's services: "die Diakonie-Sozialstation", "der Caritas-Pflegedienst"
    r"Sozialstation|Pflegedienst|Beratungsstelle|Rechtsberatung|Sozialberatung|"
    r"Geschäftsstelle|Ortsgruppe|Tagespflege|Hospizdienst|Fahrdienst|Hausnotruf)"
)


@cache
def _listed() -> tuple[re.Pattern[str], frozenset[str], frozenset[str] | None]:
    """One pattern of every listed name (longest first), the names that need a frame,
    and every listed name's first token in lower case: a match starts only where one of
    them does, so the pattern is tried there alone (None if a name opens with no token)."""
    text = resources.files("app.redact.data").joinpath("org_groups.txt")
    names, framed = [], set()
    for line in text.read_text("utf-8").splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("~"):
            line = line[1:]
            framed.add(line)
        names.append(line)
    names.sort(key=len, reverse=True)
    pattern = re.compile(
        r"(?<![\w@#/.-])(" + "|".join(re.escape(n) for n in names) + r")"
        r"(?:(?![\w-]|\.\w)|(?=-" + _COMPOUND_HEADS + r"\b))"
    )
    # the text's tokens as windows_tokens reads them: runs of letters and digits
    heads = [_FIRST_TOKEN.match(n) for n in names]
    firsts = None if None in heads else frozenset(h.group().lower() for h in heads if h)
    return pattern, frozenset(framed), firsts


_FIRST_TOKEN = re.compile(r"[^\W_]+")


@cache
def _listed_lower() -> re.Pattern[str]:
    """``_listed``'s names, matched in lower case too (what is then asked of a frame)."""
    return re.compile(_listed()[0].pattern, re.IGNORECASE)


@cache
def _framed_lower() -> frozenset[str]:
    """The names that need a frame (everyday words), in lower case."""
    return frozenset(n.lower() for n in _listed()[1])


def _found(text: str, lex: Lexicon) -> Iterator[Span]:
    if _shouting(text):
        return
    tokens = token_set(text)
    pattern, framed, firsts = _listed()
    starts = word_starts(text, firsts) if firsts is not None else None
    if starts is None or starts:
        found = pattern.finditer(text) if starts is None else matches_at(pattern, text, starts)
        for m in found:
            name = m.group(1)
            if name in framed and not _framed(text, m.start(1), m.end(1)):
                continue
            yield _span(text, m.start(1), _grown(text, m.end(1), union=True))
        # written in lower case, any listed name, but only in a frame: "the mind drop-in",
        # "volunteering at vinnies", "the salvos helped", "the beyond blue forums"
        lower = [s for s in starts or () if not text[s].isupper()]
        for m in matches_at(_listed_lower(), text, lower) if lower else ():
            name, start, end = m.group(1), m.start(1), m.end(1)
            if not name.islower():
                continue
            word = name in _framed_lower()  # "mind", "aware": everyday words too
            if (
                word
                and _NOUN_FRAME_AFTER.match(text, end)
                or not word
                and _framed(text, start, end)
            ):
                yield _span(text, start, end)
    if not tokens.isdisjoint(_HEAD_WORDS):
        for m in _BY_HEAD.finditer(text):
            start = _trimmed(text, m.start(1), m.end(1), lex)
            if start is not None and _FUND.search(text, m.end(1), m.end()):
                name = text[start : m.end(1)]
                if not has_cause(name, lex) or len(name.split()) < 2:
                    continue  # "the Hardship Fund", "our IVF Fund": money, not a charity
            if start is not None and _ACTION_HEAD.match(text, m.end(1)):
                if not _ACTION.match(text, m.end(1)) or not has_cause(text[start : m.end(1)], lex):
                    continue  # "Epilepsy Action", "Arthritis Action"; not "Direct Action",
                    # nor an "Asthma Action Plan"
            if start is not None:
                yield _span(text, start, _grown(text, m.end()))
    if not tokens.isdisjoint(_TAIL_WORDS):
        for m in _BY_COUNTRY.finditer(text):
            start = _trimmed(text, m.start(1), m.end(1), lex)
            if start is None:
                continue
            name = text[start : m.end(1)]
            tail = text[m.end(1) + 1 : m.end()].split()[0].lower()
            if has_cause(name, lex) and _charity_here(name, tail, text, m.end()):
                yield _span(text, start, _grown(text, m.end()))
    if "chapter" in tokens or "branch" in tokens:
        for m in _CHAPTER.finditer(text):
            start = _trimmed(text, m.start(1), m.end(1), lex)
            if start is not None and not _all_places(text[start : m.end(1)], lex):
                yield _span(text, start, m.end())
    if not tokens.isdisjoint(_GERMAN_WORDS):
        for m in _GERMAN.finditer(text):
            yield _span(text, m.start(1), m.end(1))
    if not tokens.isdisjoint(_CLUB_LETTERS):
        for m in _NAMED_CLUB.finditer(text):
            start = m.start(1)
            words = m.group(1).split()
            if len(words) == 2 and words[0].lower() in FUNCTION:  # "The Kilmacud RFC lads"
                start += len(words[0]) + 1
                words = words[1:]
            if not any(w.lower() in FUNCTION or w.lower() in CALENDAR for w in words):
                yield _span(text, start, m.end(2))
    if not tokens.isdisjoint(_UNIT_HEADS):
        service = not tokens.isdisjoint(_SERVICE_CUES)
        for m in _NUMBERED_UNIT.finditer(text):
            if service or m.group(1) in ("Engine", "Ladder", "Squad"):
                yield _span(text, m.start(), m.end())
    if not tokens.isdisjoint(_CARE_KINDS_DE):
        for m in _NAMED_CARE_DE.finditer(text):
            name = m.group(2)
            if (
                name not in _NOT_A_NAME_DE
                and not german_abstract_noun(name)
                and not lex.flag(fold_term(name)) & (MEDICAL | DRUG)
                and not foreign_medical_word(name)
            ):
                yield _span(text, m.start(2), m.end(2))
    if not tokens.isdisjoint(_BRANCH_WORDS):
        for m in _NUMBERED_BRANCH.finditer(text):
            if m.group(1) is not None or m.group(2) == "Local":
                letters = m.group(1)
                if letters is None or not (
                    lex.flag(fold_term(letters)) & (MEDICAL | DRUG) or acronym(letters)
                ):
                    yield _span(text, m.start(), m.end())
    if not tokens.isdisjoint(_QUOTED_WORDS):
        for m in _QUOTED_NAME.finditer(text):
            if _named_in_quotes(m.group(1), lex):
                yield _span(text, m.start(1), m.end(1))
    if "dienst" in tokens or "dienstes" in tokens:
        for m in _MEDIZINISCHER_DIENST.finditer(text):
            yield _span(text, m.start(), m.end())
    yield from orgs_acronyms.find(text, lex, tokens)


def find(text: str, lex: Lexicon) -> Iterator[Span]:
    """Organisations of these kinds in ``text``, as uncertain employer spans; none on a
    post's heading line (``_heading``)."""
    for span in _found(text, lex):
        if not _heading(text, span.start):
            yield span


_HEAD_WORDS = frozenset(h.lower() for h in _HEADS.split("|"))
_FUND = re.compile(r"[ ]Fund\b")
# "Epilepsy Action" is a charity; an "Asthma Action Plan" or "Card" is the child's care plan.
_ACTION_HEAD = re.compile(r"[ ]Action\b")
_ACTION = re.compile(
    r"[ ]Action\b(?![ ](?:[Pp]lans?|[Cc]ards?|[Ss]heets?|[Ff]orms?|[Pp]acks?|[Kk]its?|[Dd]ay|"
    r"[Ww]eek|[Mm]onth)\b)"
)


_UPPER = b"ABCDEFGHIJKLMNOPQRSTUVWXYZ"
_LETTERS = _UPPER + _UPPER.lower()


def _shouting(text: str) -> bool:
    """A text in capitals, where every word looks like an acronym: more than 60% of the
    first 2,000 characters' ASCII letters are capitals (counted by deleting a set, one
    C pass)."""
    raw = text[:2000].encode("ascii", "ignore")
    upper = len(raw) - len(raw.translate(None, _UPPER))
    return upper > 0.6 * max(1, len(raw) - len(raw.translate(None, _LETTERS)))


def _framed(text: str, start: int, end: int) -> bool:
    """A listed ordinary word in an organisation's frame: "my Unison rep", "union (Unite)",
    "the Legion meeting"."""
    if _FRAME_AFTER.match(text, end):
        return True
    if _GATHERING.match(text, end) and _OWNED.search(text, max(0, start - 5), start):
        return True
    return _FRAME_BEFORE.search(text, max(0, start - 30), start) is not None


def _grown(text: str, end: int, *, union: bool = False) -> int:
    """The end of a name grown over a union's local number and the local unit after it."""
    if union:
        m = _LOCAL_NUMBER.match(text, end)
        if m:
            end = m.end()
    m = _LOCAL_AFTER.match(text, end)
    return m.end() if m else end


def _trimmed(text: str, start: int, end: int, lex: Lexicon) -> int | None:
    """Where the name starts once the words that open sentences are left out ("Thanks
    Irish Cancer Society"), or None when no word of a name is left."""
    words = list(re.finditer(r"\S+", text[start:end]))
    while words:
        word = words[0].group()
        key = word.lower().strip("'’")
        title = key in TITLES and not (word.isupper() and len(word) > 1)  # "MS Society"
        if key in _LEADS or key in FUNCTION or key in CALENDAR or title:
            words.pop(0)
            continue
        if key in ("&", "+", "and", "of", "for"):
            words.pop(0)
            continue
        break
    if not words:
        return None
    keys = [fold_term(w.group().strip("'’")) for w in words]
    if any(k in _MEMBERS for k in keys):
        return None
    if all(k in _GENERIC or k in CLOSED_CLASS or k in FUNCTION for k in keys):
        return None
    return start + words[0].start()


def has_cause(name: str, lex: Lexicon) -> bool:
    """Whether a word of the name is an illness or a cause: "Endometriosis", "Cancer".
    (``org_settle`` asks it too: "Irish Cancer Society" is a charity, not an activity.)"""
    if _CAUSE_PHRASES.search(name):
        return True  # "Long COVID Support Tas": an illness said in two words
    for word in re.findall(r"[\w'’]+", name):
        key = fold_term(word)
        if key in _CAUSES or key.removesuffix("'s").removesuffix("’s") in _CAUSES:
            return True
        flags = lex.flag(key)
        if flags & MEDICAL and not flags & DRUG and _DISEASE_END.search(key):
            return True
        if word.isupper() and 2 <= len(word) <= 4 and (flags & MEDICAL or acronym(word)):
            return True  # "MND Scotland", "MS Ireland", "MS Society"
    return False


def _charity_here(name: str, tail: str, text: str, end: int) -> bool:
    """Whether an illness and a place ending at ``end`` name a charity, by the word
    after them (see ``_PLACES_THINGS``) and by the place: after a state or a province an
    illness's capitals are where the writer is treated ("My TB Eastern Cape nurse")."""
    nxt = _NEXT_WORD.match(text, end)
    after = nxt.group(1) if nxt else ""
    if after in _PLACES_THINGS:
        return False
    if tail in _NEW_TAILS and (
        name.split()[-1].isupper() or after in _CROWD or after in _CLINICIANS
    ):
        return False
    return not (name.isupper() and after in _CROWD)


def _all_places(name: str, lex: Lexicon) -> bool:
    """A chapter named by its place alone ("the Ohio chapter") names no organisation."""
    return all(lex.flag(fold_term(w)) & (PLACE | REGION) for w in name.split())


def _heading(text: str, start: int) -> bool:
    """On a short line of its own, alone or after "Group:" (a post's heading): the forum
    it is posted to, which names no organisation of the writer's."""
    end = text.find("\n", start)
    if end < 0:
        return False
    line = text[text.rfind("\n", 0, start) + 1 : end]
    return len(line.split()) <= 9 and not any(c in line for c in ".!?;,")


def _span(text: str, start: int, end: int) -> Span:
    return Span(start, end, SpanType.EMPLOYER, Source.CONTEXT, 0.7, text[start:end], True)
