"""Speed steps of session 15 (SP-B), each against the regex it stands in for: the same
matches where the pattern matches and where it does not, on texts where the gates must
open and where they must close."""

from __future__ import annotations

import random
import re

from app.redact import addresses, contacts_extra
from app.redact.addresses import AddressFinder
from app.redact.lexicon import default_lexicon
from app.redact.windows import Triggered

# -- addresses: the compass streets' and numbered streets' digit starts -------------------

_STREET_TEXTS = [
    "2231 N 68th St, 7th Ave and W 42nd Street, 1400 S Lake Shore Dr",
    "12 Oak Road, 221B Baker Street, 5 Park Lane, 10 Downing St. then 3 Main-way Road",
    "Hauptweg 20 and Main Street 5, Old Kent Road 12; 1234567 N 5th St",
    "He walks 20 minutes along 3 long Old Church Road, 4 a b c d e Road, 7 III Oak Lane",
    "HR 110 ST, 3 days, 150mg, 12 O'Neil Avenue, 42 Rue De La Paix Road",
    "the 3rd of May, 4th floor, 68th St, n 5th Ave, 12 North 3rd Street",
]


def _street_fuzz(n: int = 20_000) -> list[str]:
    rnd = random.Random(151)
    vocab = (
        "12 5 221B 1234567 68th 3rd N NE North W. St Street ST Rd road Road Lane ROAD Ave "
        "Oak Park Main de the O'Neil III IV Baker x Straße Way Close 5th Twelve , . -"
    ).split()
    seps = [" ", " ", " ", ", ", "\n", "", "-", ". ", "\t"]
    return [
        "".join(rnd.choice(vocab) + rnd.choice(seps) for _ in range(rnd.randint(1, 9)))
        for _ in range(n)
    ]


def test_compass_digit_gate_gives_the_regexes_own_matches() -> None:
    found = 0
    for text in _STREET_TEXTS + _street_fuzz():
        want = [m.span() for m in addresses.COMPASS_STREET.finditer(text)]
        assert [m.span() for m in addresses._COMPASS_FAST.finditer(text)] == want, text
        found += len(want)
    assert found > 50


def test_compass_digit_gate_closes_on_plain_numbers() -> None:
    gate = re.compile(addresses._COMPASS_DIGIT)
    assert not gate.match("150 mg")
    assert gate.match("2231 N 68th St") and gate.match("7th Ave") and gate.match("12 5th Av")


def test_street_types_near_give_the_old_starts_matches() -> None:
    """``AddressFinder.finditer`` against the trigger it replaces (every digit and
    capital tried), and against the regex itself on texts without case traps."""
    finder = AddressFinder(default_lexicon())
    old = Triggered(finder._street, "(?!)", digits=True, capitals=True)
    found = 0
    for text in _STREET_TEXTS + _street_fuzz():
        want = [m.span() for m in old.finditer(text)]
        assert [m.span() for m in finder.finditer(text)] == want, text
        found += len(want)
    assert found > 100
    for text in _STREET_TEXTS:
        want = [m.span() for m in finder._street.finditer(text)]
        assert [m.span() for m in finder.finditer(text)] == want, text


def test_street_types_near_closes_far_from_a_street_type() -> None:
    finder = AddressFinder(default_lexicon())
    # six runs between the number and the type: the regex cannot reach it
    assert list(finder.finditer("12 aa Bb Cc Dd Ee Road")) == []
    assert [m.group() for m in finder.finditer("12 Bb Cc Dd Ee Road")] == ["12 Bb Cc Dd Ee Road"]
    assert list(finder.finditer("12 Oak Trees and more")) == []


# -- contacts_extra: a spelled phone number opened by a digit ----------------------------


def test_spelled_phone_digit_gate_gives_the_regexes_own_matches() -> None:
    rnd = random.Random(152)
    words = "oh zero one two three four five six seven eight nine double triple 0 1 7 45 x".split()
    seps = [" ", ", ", "-", ".", "  ", "", " and "]
    texts = [
        "call 0 7 7 0 0 nine double five 1 2, 1 2 3 4 5 6 7 and 150 mg",
        "07700 900123, 0 one two three four five, 5 mg then 3 days",
    ] + [
        "".join(rnd.choice(words) + rnd.choice(seps) for _ in range(rnd.randint(1, 12)))
        for _ in range(20_000)
    ]
    found = 0
    for text in texts:
        want = [m.span() for m in contacts_extra.SPELLED_PHONE.finditer(text)]
        assert [m.span() for m in contacts_extra._SPELLED_FAST.finditer(text)] == want, text
        found += len(want)
    assert found > 100
    gate = re.compile(contacts_extra._SPELLED_DIGIT)
    assert not gate.match("150 mg") and gate.match("0 7") and gate.match("1, double Nine")
