"""Words that name a kind of organisation, a department or a role, never one firm.

A frame that only an organisation fits ("the X helpline", "X declined the claim", "a
letter from X") still takes a common word when the writer capitalises the kind itself:
"the Insurance portal", "Council approved the grant", "a letter from Housing",
"Payroll messed it up", "Mum paid for it". The frame finders refuse these words as a
name's only word. Written from knowledge of how patients write about payers, landlords,
employers and services, not from any set of records; kinship words come from the
people cues.
"""

from __future__ import annotations

import re

from app.redact.lexicon import COUNTRY, REGION, Lexicon
from app.redact.medical_named import _MAKER_HINTS
from app.redact.names_cues_people import KIN

_KINDS = """
insurance insurer insurers assurance cover health healthcare medical dental vision
work job jobs employer employers company companies firm business office offices
school schools college uni university academy nursery
council councils government gov state county city town borough district parish local
federal national public private social services service support care
housing landlord landlords landlady letting lettings estate agency agent agents
bank banks building society credit union unions charity charities trust foundation
pharmacy pharmacies chemist chemists clinic clinics hospital hospitals surgery surgeries
practice practices hospice ward wards department dept unit team teams staff
triage outpatients outpatient inpatients inpatient admissions casualty emergency
phlebotomy dispensary switchboard bookings booking scheduling records
management manager managers admin administration reception receptionist billing
payroll finance accounts accounting hr personnel legal compliance appeals appeal
tribunal court judge panel board committee scheme schemes fund funds plan plans program
programs programme programmes initiative service
provider providers network group partners
benefits benefit pension pensions disability sickness absence attendance welfare
universal access travel tax customs immigration police
claim claims policy policies account accounts portal app website helpline
customer customers member members patient patients client clients tenant tenants
everyone everybody everything nothing nobody someone somebody anyone anybody they
doctor doctors nurse nurses consultant consultants specialist specialists therapist
therapists physio physios dentist optician surgeon surgeons pharmacist gp gps
midwife midwives paramedic paramedics carer carers boss bosses colleague colleagues
family parents friends friend neighbour neighbours neighbor neighbors landlords
life god fate covid rain snow traffic weather
referral referrals discharge appointment appointments results test tests
occupational transport equipment repairs maintenance contractor contractors
sick leave pay wages salary income
prior auth authorisation authorization approval child credit credits allowance
"""
GENERIC_KINDS = frozenset(_KINDS.split()) | KIN
# Drug and device makers are medicine, not a patient's organisation ("the Pfizer rep").
_MAKERS = frozenset(w for w in _MAKER_HINTS if w.isalpha())
_SPECIALTY = re.compile(r"(?:ology|iatry|iatrics|paedics|pedics|ography)$")
_COMMON_ZIPF = 4.5


def key_of(word: str) -> str:
    return word.lower().strip("'’").removesuffix("'s").removesuffix("’s")


def firm_word(word: str, lex: Lexicon) -> bool:
    """A word that may open a firm's name in an organisation's frame: no kind, maker,
    country, state or department, and rare, or an ordinary word less common than
    "health" or "access" ("Unity", "Apex", "Discovery"). The caller asks
    ``employers_actors._may_name`` too (bodies, care letters, medicine, days)."""
    key = key_of(word)
    if key in GENERIC_KINDS or key in _MAKERS:
        return False
    if lex.flags.get(key, 0) & (COUNTRY | REGION):
        return False
    if _SPECIALTY.search(key):
        return False  # "a letter from Radiology", "the Cardiology portal"
    return rare_word(word, lex) or lex.zipf.get(key, 0.0) < _COMMON_ZIPF


def maker(word: str) -> bool:
    """A drug or device maker ("Dexcom", "Pfizer"): what it names is medicine."""
    return key_of(word) in _MAKERS


def rare_word(word: str, lex: Lexicon) -> bool:
    """An acronym, a word with a digit, or a word the frequency table hardly knows."""
    letters = word.replace("&", "")
    if letters.isalpha() and letters.isupper() and 2 <= len(letters) <= 5:
        return True
    if any(c.isdigit() for c in word):
        return True
    return lex.zipf.get(key_of(word), 0.0) < 3.0
