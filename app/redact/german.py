"""German entries: ordinary capitalised nouns are not names.

German capitalises every noun, so the unknown-capitalised-word net and the name cues
would take "Nacht", "Termin" or "Danach Termin" for people. In an entry that reads as
German (its share of German function words), a capitalised guess goes when its words
are ordinary German words: ``data/german_words.txt`` (from wordfreq's German list, CC
BY-SA 4.0, names and towns taken out), or a compound whose last part is one
("Rheumaambulanz", "Weihnachtsstress"). Names the lexicon lists stay names.
"""

from __future__ import annotations

import re
from functools import cache
from importlib import resources

from app.redact.lexicon import DRUG, MEDICAL, default_lexicon
from app.redact.windows_tokens import token_set

# Words that are German and not English (no "die", "war", "am", "bin", "was", "also").
_STOP = frozenset(
    """der das und ist ich nicht mit für ein eine einen einem einer auf wir mein meine
    meinen meiner bei vom zum zur auch wird hat haben sind noch schon aber sich sie er
    wie wenn dann nach vor den dem des im zu von aus heute jetzt immer habe hatte
    wieder sehr nur kann muss soll wurde mir mich dich uns ihr ihm ihn jeder keine kein
    nichts oder weil dass seit beim über unter gegen ohne durch sein seine war waren
    gestern morgen danach endlich leider bitte danke hallo nicht ab kommt kommen kam
    geht gehe ging morgens abends nachts mittags uhr januar februar märz juni juli
    oktober dezember wegen davon dazu damit deshalb trotzdem seitdem bisher sowie
    zwischen während nachdem obwohl einmal zweimal dreimal täglich""".split()
)
_SUFFIX = re.compile(
    r"(?:ung|ungen|heit|keit|schaft|tion|tionen|ismus|tät|chen|lein|ling|nis|"
    r"ambulanz|klinik|praxis|abnahme|termin|therapie|tabletten|schmerzen)$"
)


def is_german(text: str) -> bool:
    """Whether ``text`` reads as German: enough German-only function words, or in a
    short text ("Seit 3 Wochen Husten", "Ibuprofen 600 bei Bedarf") one of them and
    German nouns English does not have. A post's own English heading ("7 December
    2026") does not outvote a short German entry below it."""
    words = token_set(text)  # distinct lower-case tokens, shared with the other finders
    hits = len(_STOP & words)
    n = len(words)
    if hits >= 3 and hits >= 0.08 * n or hits >= 2 and hits >= 0.1 * n:
        return True
    if not hits or n > 30:
        return False
    nouns = sum(map(_german_only, words))
    return nouns > 0 and hits + nouns >= max(2.0, 0.25 * n)


def _german_only(word: str) -> bool:
    """A word of four letters or more that German has and English hardly does, no
    medicine ("wochen", "bedarf", "husten"; not "ibuprofen", "alle")."""
    if len(word) < 4 or word not in _words():
        return False
    lex = default_lexicon()
    return lex.zipf_of(word) < 1.5 and not lex.flag(word) & (MEDICAL | DRUG)


def german_line(text: str, at: int) -> bool:
    """Whether the line of ``text`` holding offset ``at`` has a German-only function
    word: in an entry that reads as German, that line is the writer's, not a heading
    Fettle wrote in the post's language ("3 March 2026 — Schlechte Nacht")."""
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    line = text[start : end if end >= 0 else len(text)].lower()
    return not _STOP.isdisjoint(re.findall(r"[^\W\d_]+", line))


@cache
def _words() -> frozenset[str]:
    raw = resources.files("app.redact.data").joinpath("german_words.txt").read_text("utf-8")
    return frozenset(
        w for line in raw.splitlines() if not line.startswith("#") for w in line.split()
    )


@cache
def german_word(word: str) -> bool:
    """An ordinary German word, or a compound ending in one ("Blutabnahme")."""
    w = word.lower().strip(".,;:!?'’\"()")
    if len(w) < 2:
        return False
    words = _words()
    if w in words or _SUFFIX.search(w) and len(w) > 6:
        return True
    for i in range(3, len(w) - 3):
        tail = w[i:]
        if tail in words and tail not in _NAME_TAILS:
            return True
    # a German word and a tail the list lacks because it is also a name: "Gürtelrose"
    for i in range(5, len(w) - 3):
        if w[:i] in words and w[i:] in _NAME_WORD_TAILS:
            return True
    return False


# Last parts of compounds that the word list left out because they are also names.
_NAME_WORD_TAILS = frozenset("rose rosen lilie nelke linde rabe fink".split())


# Last parts of surnames and towns as often as of nouns: "Wiesenthal", "Lindemann",
# "Rosenheim" are no ordinary compounds.
_NAME_TAILS = frozenset(
    """mann berg berger feld thal tal bach dorf stein hausen burg heim brunn hagen rode
    wald hof hofer meier meyer maier mayer müller schmidt ler ner""".split()
)


# Endings of towns and villages ("Vellmarhain", "Quellstetten", "Gersthofen"): a word
# built on one of them is no ordinary compound when the whole word is in no word list.
_TOWN_TAILS = re.compile(
    r"(?:hain|stetten|stedt|stadt|dorf|hausen|heim|bach|berg|burg|feld|furt|ingen|"
    r"ried|rode|roda|wald|tal|thal|brück|brücken|kirchen|hofen|weiler|leben|büttel|horst|"
    r"winkel|hagen|beck|see|lar|loh|scheid|bruch|bronn|brunn|münde)$"
)


def german_common(word: str) -> bool:
    """``german_word``, but a word built like a town and listed nowhere whole is no
    ordinary German word ("Vellmarhain" is not "Hain")."""
    w = word.lower().strip(".,;:!?'’\"()")
    if w in _words():
        return True
    if _TOWN_TAILS.search(w) and len(w) > 5:
        return False
    return german_word(word)


def german_listed(word: str) -> bool:
    """The word itself is in the German word list, not only a compound's last part:
    towns such as "Hof" or "Singen" pass ``german_word`` by their parts."""
    return word.lower().strip(".,;:!?'’\"()") in _words()


# Common German nouns that are also towns or surnames, so the word list leaves them out
# (picked from the lexicon's towns and names with a German Zipf frequency of 3.3 or more
# above their English one). After an article they are the noun: "vor dem Essen", "in der
# Halle", "mit leerem Magen", "das Brennen beim Wasserlassen".
_NOUNS_ALSO_NAMES = frozenset(
    """essen halle magen strand tal platte bogen saal eisen wellen teller salat kapelle
    ferne bombe ringe kita echo orden fang rohr melodie panorama altar forst brett genie
    mist kern norden server villa kader alpen paradies meilen altstadt neustadt wende ware
    brennen""".split()
)


def german_noun(word: str) -> bool:
    """The word is a German noun by itself: listed, or a noun the list leaves out because
    a town or a surname is spelt the same ("Essen", "Halle", "Magen")."""
    w = word.lower().strip(".,;:!?'’\"()")
    return w in _NOUNS_ALSO_NAMES or w in _words()


def german_function_word(word: str) -> bool:
    """A German-only function word ("einem", "meiner", "nach"): never a town or a
    name, in whatever case it is written."""
    return word.lower() in _STOP


# Endings of abstract German nouns no town has: "in Teilzeit", "in Behandlung".
_ABSTRACT = re.compile(
    r"(?:zeit|ung|ungen|heit|keit|schaft|tion|ität|ismus|"
    # a state one is in, not a place: "in Rente", "in Kur", "in Reha", "in Mutterschutz",
    # "in Kurzarbeit", "in Narkose", "in Quarantäne"
    r"rente|kur|reha|urlaub|pension|schutz|ruhestand|arbeit|narkose|quarantäne|therapie|"
    r"isolation|haft)$"
)


def german_abstract_noun(word: str) -> bool:
    """A listed German noun with an abstract ending ("Teilzeit", "Behandlung"): after
    "in" it says how or in what state, never where."""
    w = word.lower().strip(".,;:!?'’\"()")
    return _ABSTRACT.search(w) is not None and w in _words()


def town_named(word: str, text: str, start: int) -> bool:
    """A word the German list holds that is a town or a district where it stands: shaped
    like one ("Ehrenfeld", "Bergheim", "Lindenhof") after "nach" or "aus" with no article,
    where a noun stands only in set phrases ("nach Hause", "nach Absprache") or in hurried
    writing ("aus Pflegeheim", listed in ``_DE_PLACE_SHAPED_NOUNS``)."""
    return (
        _DE_PLACE_SHAPE.search(word) is not None
        and word not in _DE_PLACE_SHAPED_NOUNS
        and _DE_TRAVEL_BEFORE.search(text, max(0, start - 12), start) is not None
    )


_DE_TRAVEL_BEFORE = re.compile(r"\b(?:nach|aus)\s+$")
# Everyday nouns of those shapes that follow "aus" or "nach" in hurried writing ("aus
# Pflegeheim", "nach Bahnhof"): places of a kind, not a town.
_DE_PLACE_SHAPED_NOUNS = frozenset(
    """bahnhof friedhof hinterhof innenhof bauernhof schulhof pausenhof gasthof
    pflegeheim altenheim kinderheim seniorenheim wohnheim studentenheim eigenheim
    innenstadt altstadt hauptstadt heimatstadt großstadt grossstadt kleinstadt vorstadt
    umfeld spielfeld vorfeld flughafen heimatdorf überleben berufsleben""".split()
)
_DE_PLACE_SHAPE = re.compile(
    r"...(?:feld|dorf|heim|hausen|berg|burg|stadt|tal|ingen|itz|rode|furt|kirchen|bach|"
    r"hagen|stedt|leben|born|beck|büttel|werder|brück|brücken|münde|hafen|hof|au)$"
)


# Where German meets a person: "Termin bei Zenker um 9", "Mit Eisenmenger 3 Stunden
# telefoniert", "von Haq angerufen worden".
_APPOINTMENT_BEFORE = re.compile(r"\b(?:Termin|Termine|Sprechstunde)\s+(?:bei|mit)\s+$")
_WITH_BEFORE = re.compile(r"(?:^|\b)(?:[Mm]it|[Vv]on)\s+$")
_TALKED_AFTER = re.compile(
    r"(?:\s+[\w,.]+){0,4}?\s+(?:telefoniert|gesprochen|getroffen|geschrieben|gechattet|"
    r"angerufen|besucht|verabredet)\b"
)


def person_frame(text: str, start: int, end: int) -> bool:
    """Whether the capitalised word at ``text[start:end]`` stands where German puts
    only a person: after "Termin bei", or after "mit"/"von" before a verb of talking
    or meeting. Any German noun filter asks this before it calls the word a noun."""
    if appointment_before(text, start):
        return True
    lo = max(0, start - 16)
    return bool(_WITH_BEFORE.search(text, lo, start) and _TALKED_AFTER.match(text, end, end + 48))


def appointment_before(text: str, start: int) -> bool:
    """ "Termin bei" or "Sprechstunde mit" right before ``start``: a doctor follows."""
    return _APPOINTMENT_BEFORE.search(text, max(0, start - 16), start) is not None
