"""Medical words of other languages: "Aphasie", "Myasthenie", "Thymom", "Kreatinin".

The app takes German text, and patients write French and Spanish too. A capitalised
German noun the German word list lacks is taken for a name by the last net, and the
post loses the diagnosis. Medicine in these languages is built from a few Greek and
Latin endings ("-itis", "-ose", "-om", "-ämie", "-urie", "-algie", "-pathie",
"-ektomie", "-skopie", "-graphie", "-plegie", "-phasie", "-sthenie"), and a word so
built that no name, surname or town list holds is medicine, unless it stands where a
person does ("Met Amaurie", "Hannelore and Nehemia visited", "with Kaurie and Jo": an
ending is no proof, a given name may end so). Common condition, test and
drug-class words that carry no such ending are listed here from general knowledge; one
that is also a name or surname ("Lyse", "Krebs", "Zucker", "Röntgen") is left out.
"""

from __future__ import annotations

import re

from app.redact.lexicon import DRUG, FIRST, LAST, PLACE, Lexicon
from app.redact.names_cues import KIN, TITLES
from app.redact.normalise import fold_term
from app.redact.spans import SURE_SOURCES, Span, SpanType

_GUESSES = (SpanType.NAME, SpanType.PLACE, SpanType.OTHER)
_ENDINGS = re.compile(
    r"[a-zäöüéèíóúñ]{1,}(?:itis|itiden|osis|ämie|aemie|émie|emia|"
    r"urie|uria|algie|algia|pathie|patie|patía|ektomie|ectomie|ectomía|otomie|ostomie|"
    r"skopie|scopie|scopia|graphie|grafie|grafía|plegie|plejía|parese|phasie|fasia|"
    r"sthenie|trophie|plasie|zytose|penie|kinese|thymie|phobie|sklerose|stenose|"
    r"thrombose|embolie|insuffizienz|infarkt|karzinom|sarkom|glykoside|oside|"
    r"zyklin|mycin|azol|statin|sartan|pril|olol|mab|nib|tid|tide|sucht)$"
    # "-ose" after a medical stem ("Arthrose", "Thrombose"): not "Penrose", "Montrose"
    r"|[a-zäöü]*(?:thromb|arthr|fibr|skler|psych|tuberkul|endometri|osteopor|zirrh|nekr|"
    r"sten|steat|amyloid|sarkoid|neur|myk|zyt|skoli|kyph|diagn|progn|toxoplasm|borreli|"
    r"listeri|salmonell|dermat|hidr|ankyl|stomat)osen?$"
    # tumours by their tissue ("Thymom", "Lipom", "Melanom"): not every "-om" ("Hariom")
    r"|[a-zäöü]*(?:thym|karzin|sark|lip|fibr|aden|hämat|melan|lymph|gli|neurin|"
    r"mening|papill|terat|angi|blast|my|myel|chol|ependym|oste|glauk)om(?:e|en)?$"
)
# Where a person stands: met or with them, another name joined by "and", a verb of
# coming or speaking after ("Met Amaurie", "Hannelore and Nehemia visited").
_PERSON_BEFORE = re.compile(
    r"(?:\b(?i:with|meet|meeting|met|see|seeing|saw|visit|visiting|call|called|text|texted|"
    r"hi|hey|dear|love|thanks|told|asked|ask|tell|for|from)|[A-Z][\w'’-]+[ \t]+(?:and|&))[ \t]+$"
)
_PERSON_AFTER = re.compile(
    r"[ \t]+(?:(?:and|&)[ \t]+(?:I\b|[A-Z][a-z])|(?i:said|says|told|asked|texted|rang|called|"
    r"came|comes|visited|dropped|popped|drove|is|was|has|had|will|can|and)\b)|['’]s\b"
)
_WORD_BEFORE = re.compile(r"([A-Za-zäöü]+)\.?[ \t]+$")
# Condition, test and drug-class words without such an ending, lower case.
_WORDS = frozenset(
    """
    kreatinin kalium natrium kalzium calcium magnesium harnstoff harnsäure blutzucker
    blutbild blutwerte leberwerte nierenwerte schilddrüse schilddrüsenwerte
    entzündungswerte cholesterin triglyceride ferritin hämoglobin thrombozyten
    leukozyten erythrozyten lymphozyten blutdruck sättigung dialyse
    schlaganfall herzinfarkt herzinsuffizienz vorhofflimmern bluthochdruck diabetes
    asthma rheuma gicht migräne epilepsie demenz depression angststörung psychose
    schizophrenie bulimie magersucht neurodermitis schuppenflechte gürtelrose
    lungenentzündung bronchitis grippe tumor metastasen chemo chemotherapie
    bestrahlung strahlentherapie immuntherapie antikörper antibiotika antibiotikum
    kortison cortison insulin blutverdünner betablocker schmerzmittel antidepressiva
    neuroleptika zytostatika impfung spritze infusion tabletten tropfen salbe
    darmspiegelung magenspiegelung ultraschall szintigrafie biopsie punktion
    lumbalpunktion katheter herzkatheter schrittmacher defibrillator
    physiotherapie ergotherapie logopädie psychotherapie verhaltenstherapie
    scharlach läuse windpocken masern röteln mumps keuchhusten kompressionsstrümpfe
    hypertension hypotension insuffisance cardiaque diabète cancer chimiothérapie
    radiothérapie antibiotiques anticoagulants insuline asthme épilepsie migraine
    hipertensión diabetes cáncer quimioterapia radioterapia antibióticos insulina
    asma epilepsia migraña cirrosis hepatitis artritis artrosis
    anorexie glaukom katarakt biologika biologikum analgetika diuretika hypnotika
    sedativa opioide hübe sprühstöße mukoviszidose zöliakie laktoseintoleranz lipödem
    lymphödem ödem krampfanfall schlafapnoe herzrasen hörsturz tinnitus reizdarm
    sodbrennen gallensteine nierensteine bandscheibenvorfall kopfschmerzen
    rückenschmerzen übelkeit erbrechen durchfall verstopfung schwindel
    impfstoff reha anschlussheilbehandlung kernspin röntgenbild
    """.split()
)


def foreign_medical_word(word: str) -> bool:
    """One medical word of another language by the list or the endings above ("Scharlach",
    "Gastritis"), whoever else might carry it."""
    low = word.lower()
    return low in _WORDS or len(low) >= 6 and _ENDINGS.fullmatch(low) is not None


def foreign_medical(span: Span, text: str, lex: Lexicon) -> bool:
    """Whether a guessed name or place is one medical word of another language that no
    name, surname or town list holds."""
    if span.type not in _GUESSES or span.source in SURE_SOURCES:
        return False
    word = span.text.strip(" .,;:!?")
    if " " in word or not word[:1].isupper() or len(word) < 6:
        return False
    low = word.lower()
    if lex.flag(fold_term(word)) & (FIRST | LAST | PLACE):
        return False
    if low in _WORDS:
        return True
    if lex.flag(low + "e") & DRUG and not _person(text, span.start, len(word)):
        return True  # a drug's German spelling: "Sertralin", "Amlodipin", "Omeprazol"
    return _ENDINGS.fullmatch(low) is not None and not _person(text, span.start, len(word))


def _person(text: str, start: int, length: int) -> bool:
    """Whether the word at ``start`` stands where a person does."""
    cue = _WORD_BEFORE.search(text, max(0, start - 16), start)
    if cue and cue.group(1).lower() in KIN | TITLES:
        return True
    lo = max(0, start - 30)
    return bool(_PERSON_BEFORE.search(text, lo, start) or _PERSON_AFTER.match(text, start + length))
