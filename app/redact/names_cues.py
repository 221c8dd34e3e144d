"""Cue words for ``names``: the words around a name that say it is one."""

from __future__ import annotations

TITLES = frozenset(["dr", "dr's", "drs", "drs'", "doctor", "mr", "mrs", "ms", "miss", "mx", "prof", "professor", "dame", "sir", "lady", "lord", "rev"])
KIN = frozenset(
    ["wife", "husband", "son", "sons", "daughter", "daughters", "dtr", "sister", "sisters", "brother", "brothers", "mother", "father", "mom", "mum", "dad", "niece", "nephew", "grandson", "granddaughter", "grandaughter", "grandmother", "grandfather", "grandma", "grandpa", "aunt", "uncle", "cousin", "friend", "friends", "partner", "boyfriend", "girlfriend", "fiance", "fiancee", "proxy", "guardian", "neighbour", "neighbor", "named", "stepdaughter", "stepson", "caregiver", "carer", "consultant", "gp", "neurologist", "rheumatologist", "gastroenterologist", "surgeon", "physio", "therapist", "counsellor", "counselor", "psychiatrist", "psychologist", "dermatologist", "endocrinologist", "cardiologist", "oncologist", "midwife", "nurse", "caseworker", "resident", "attending", "fellow", "intern", "pharmacist", "chaplain", "np"])
# Cue words beyond family: the other people in a patient's life ("my boss Deshawn").
KIN = KIN | frozenset(
    ["m8", "mate", "bestie", "bff", "pal", "buddy", "auntie", "aunty", "coach", "boss", "manager", "barber", "hairdresser", "roommate", "flatmate", "housemate", "carer", "hubby", "wifey", "colleague", "teacher", "tutor", "nan", "nana", "nanna", "gran", "granny", "grandad", "nain", "taid", "papa", "mama", "abuela", "abuelo", "bhua", "mami", "dadi", "nani", "bf", "gf", "ex", "lad", "lass", "kid", "twin", "stepdad", "stepmum", "stepmom", "godmother", "godfather", "vicar", "pastor", "imam", "rabbi", "priest", "landlord", "landlady", "midwife", "pharmacist", "dentist", "optician"])
CREDENTIALS = frozenset(["rn", "np", "md", "rrt", "lpn", "crnp", "msw", "licsw", "lcsw", "pharmd", "phd", "frcp", "mrcp", "mbbs", "crt", "pa-c"])
INSTITUTIONS = frozenset(
    ["hospital", "hosp", "hospice", "clinic", "infirmary", "surgery", "practice", "centre", "center", "manor", "campus", "memorial", "regional", "adventist", "general"])
SAINTS = frozenset(["st", "st.", "saint", "ste"])
PLACE_PREPS = frozenset(["to", "from", "at", "into", "in"])
MOVES = frozenset(
    ["transferred", "transfered", "tranfered", "transfer", "transferring", "admitted", "admit", "adm", "sent", "brought", "presented", "went", "taken", "came", "arrived", "returned", "return", "returning", "moved", "move", "lives", "living", "lived", "born", "medflight", "medflighted", "flown", "driven", "referred", "discharged", "seen", "treated", "accepted"])
COMPANY = frozenset(["inc", "ltd", "llc", "plc", "corp", "corporation", "gmbh", "limited", "group", "company", "solutions", "systems", "technologies", "consulting", "reports", "software", "research", "services", "service", "insurance", "bank", "partners", "associates", "labs", "analytics"])
EMPLOY_CUES = frozenset(["work for", "works for", "worked for", "work at", "works at", "worked at", "employed by", "job at", "working for", "working at", "employer is", "employer"])
# Frequent words that follow a cue but are never names ("Dr aware", "son in to visit").
FUNCTION = frozenset(
    ["a", "an", "the", "and", "or", "but", "of", "in", "on", "at", "to", "for", "from", "by", "with", "without", "as", "is", "was", "were", "be", "been", "are", "am", "has", "have", "had", "do", "does", "did", "not", "no", "yes", "he", "she", "they", "it", "we", "you", "i", "me", "him", "her", "them", "his", "hers", "their", "our", "my", "your", "this", "that", "these", "those", "there", "here", "who", "whom", "which", "what", "when", "where", "why", "how", "all", "any", "some", "each", "every", "both", "either", "neither", "one", "two", "three", "into", "onto", "over", "under", "up", "down", "out", "off", "again", "then", "than", "so", "too", "very", "just", "also", "only", "about", "after", "before", "during", "while", "if", "aware", "notified", "called", "paged", "informed", "updated", "made", "re", "per", "said", "says", "spoke", "came", "went", "will", "would", "can", "could", "should", "may", "might", "must", "shall", "visited", "visiting"])
# Closed-class words (articles, pronouns, auxiliaries, prepositions, conjunctions): written
# in lower case they are never a name, whatever a profile term or a list says ("I am 34"
# is not "Alex Morgan"'s initials, "will" is not Will).
CLOSED_CLASS = frozenset(
    ["a", "an", "the", "and", "or", "but", "nor", "so", "yet", "if", "as", "than", "that", "of", "in", "on", "at", "to", "for", "from", "by", "with", "without", "into", "onto", "upon", "over", "under", "up", "down", "out", "off", "about", "after", "before", "since", "until", "till", "during", "while", "via", "per", "is", "am", "are", "was", "were", "be", "been", "being", "has", "have", "had", "do", "does", "did", "will", "would", "can", "could", "shall", "should", "may", "might", "must", "i", "me", "my", "mine", "we", "us", "our", "you", "your", "he", "him", "his", "she", "her", "hers", "it", "its", "they", "them", "their", "this", "these", "those", "there", "here", "who", "whom", "whose", "which", "what", "when", "where", "why", "how", "not", "no", "all", "any", "some", "each", "every", "both", "either", "neither", "im", "ive", "id", "ill", "dont", "didnt", "isnt", "wasnt", "cant", "wont"])
