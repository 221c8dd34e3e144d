"""Cue words for places and employers: institutions, saints, moves and company words.

They say the capitalised words beside them are a hospital, a town or a workplace
("transferred to St Mary's", "works at Acme Ltd"), not a person.
"""

from __future__ import annotations

INSTITUTIONS = frozenset(
    [
        "hospital",
        "hosp",
        "hospice",
        "clinic",
        "infirmary",
        "surgery",
        "practice",
        "centre",
        "center",
        "manor",
        "campus",
        "memorial",
        "regional",
        "adventist",
        "general",
    ]
)
SAINTS = frozenset(["st", "st.", "saint", "ste"])
PLACE_PREPS = frozenset(["to", "from", "at", "into", "in"])
MOVES = frozenset(
    [
        "transferred",
        "transfered",
        "tranfered",
        "transfer",
        "transferring",
        "admitted",
        "admit",
        "adm",
        "sent",
        "brought",
        "presented",
        "went",
        "taken",
        "came",
        "arrived",
        "returned",
        "return",
        "returning",
        "moved",
        "move",
        "lives",
        "living",
        "lived",
        "born",
        "medflight",
        "medflighted",
        "flown",
        "driven",
        "referred",
        "discharged",
        "seen",
        "treated",
        "accepted",
    ]
)
COMPANY = frozenset(
    [
        "inc",
        "ltd",
        "llc",
        "plc",
        "corp",
        "corporation",
        "gmbh",
        "limited",
        "group",
        "company",
        "solutions",
        "systems",
        "technologies",
        "consulting",
        "reports",
        "software",
        "research",
        "services",
        "service",
        "insurance",
        "bank",
        "partners",
        "associates",
        "labs",
        "analytics",
    ]
)
EMPLOY_CUES = frozenset(
    [
        "work for",
        "works for",
        "worked for",
        "work at",
        "works at",
        "worked at",
        "employed by",
        "job at",
        "working for",
        "working at",
        "employer is",
        "employer",
        "off from",
        "leave from",
        "signed off",
        "shift at",
        "shifts at",
        "job with",
        "jobs at",
        "hr at",
        "boss at",
        "manager at",
        "colleagues at",
        "contract with",
        "intern at",
        "internship at",
        "apprentice at",
        "placement at",
        "volunteer at",
        "volunteering at",
        "redundant from",
        "fired from",
        "sacked from",
        "resigned from",
        "quit",
    ]
)
