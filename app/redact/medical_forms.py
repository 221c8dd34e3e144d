"""A dose form is no one's name: "sent Tiger Balm", "Deep Heat Spray", "Aveeno Cream".

The unknown-word net takes a capitalised word it cannot place, and a product's form
written in capitals after its brand is such a word. The guess goes unless the word
before the form is a listed given name or surname ("Tiger Balm" is the product, "Lucas
Cream" may be a person and stays hidden) or a word the name finders took for a name
themselves ("Met Gulnara Powder": the lists miss many cultures' given names).
"""

from __future__ import annotations

from app.redact.lexicon import FIRST, LAST, Lexicon
from app.redact.normalise import fold_term
from app.redact.spans import Source, Span, SpanType

DOSE_FORMS = frozenset(
    """balm balms gel gels cream creams ointment ointments lotion lotions spray sprays
    drops rub patch patches plasters wash shampoo syrup linctus elixir tincture salve
    foam emollient lozenges pastilles sachets suppositories pessaries nebules inhaler
    inhalers capsules tablets caplets granules powder suspension""".split()
)


def drop_form_words(spans: list[Span], text: str, lex: Lexicon) -> list[Span]:
    """``spans`` without the dose forms the unknown-word net took (see above)."""
    names = {s.end for s in spans if s.type is SpanType.NAME}
    out = []
    for s in spans:
        if s.source is not Source.UNKNOWN_WORD or not s.text[-1:].isalpha():
            out.append(s)
            continue
        head, _, last = s.text.rpartition(" ")
        if last.lower() not in DOSE_FORMS or not last[:1].isupper():
            out.append(s)
            continue
        before = head.split() or text[max(0, s.start - 30) : s.start].split()[-1:]
        if any(lex.flag(fold_term(w.strip(".,;:'’"))) & (FIRST | LAST) for w in before) or (
            not head and _after_name(text, s.start, names)
        ):
            out.append(s)  # "Lucas Cream", "Gulnara Powder": a person's surname after all
    return out


def _after_name(text: str, start: int, name_ends: set[int]) -> bool:
    """Whether a name span ends right before ``start``, one space between."""
    return text[start - 1 : start] == " " and start - 1 in name_ends
