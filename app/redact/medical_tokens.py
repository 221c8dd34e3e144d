"""What the medical vetoes ask of a text's words, answered without a regex per guess.

The vetoes look at every guessed name or place against the words around it, and most
of their patterns need a particular word: a condition's noun after the guess ("Lyme
disease"), a maker's name in the text ("the Pfizer booster"), a verb of switching or
taking before it ("switched from X", "started X"). Whether the text holds such a word
at all is one look in its shared token table (``windows``); whether the word right
before a guess can end such a phrase is one split of a few characters. Only where the
answer is yes does the costly regex run, and it alone decides.
"""

from __future__ import annotations

from app.redact.windows_tokens import token_set


def lower_is_no_guide(text: str) -> bool:
    """Whether ``text`` holds a letter that a regex ignoring case takes for an ASCII
    one but ``str.lower`` keeps apart ("ſ" for "s", "ı" and "İ" for "i"): then a token
    table in lower case cannot say which words a caseless regex sees."""
    return not text.isascii() and ("\u0130" in text or "\u0131" in text or "\u017f" in text)


def holds_any(text: str, words: frozenset[str]) -> bool:
    """False only if no token of ``text`` (a run of letters and digits, lower-cased) is
    among ``words``: a pattern that needs one of them whole cannot match."""
    return not token_set(text).isdisjoint(words) or lower_is_no_guide(text)


def alternatives(pattern: str) -> frozenset[str]:
    """The words a plain alternation of words matches, a letter before a "?" optional
    ("ulcers?": "ulcer" and "ulcers"; "tumou?r": "tumor" and "tumour")."""
    out: set[str] = set()
    for alternative in pattern.split("|"):
        if not alternative.replace("?", "").isalpha():
            raise ValueError(f"not a plain word: {alternative!r}")
        forms = [""]
        for i, ch in enumerate(alternative):
            if ch != "?":
                optional = alternative[i + 1 : i + 2] == "?"
                forms = [f + ch for f in forms] + (forms if optional else [])
        out.update(forms)
    return frozenset(out)


def may_end_with(
    text: str, lo: int, start: int, ends: tuple[str, ...], skipped: tuple[str, ...] = ()
) -> bool:
    """False only if no phrase ending in one of ``ends`` (lower case), then white space,
    perhaps one of ``skipped`` ("the", "my") and white space, ends at ``start`` within
    ``text[lo:start]``: the test a ``...(?:ends)\\s+(?:skipped\\s+)?$`` regex searched
    there needs first. Reading the word before costs a fraction of the search, which
    tries its alternation at every character."""
    if start <= lo or not text[start - 1].isspace():
        return False
    chunks = text[lo:start].split()
    if not chunks:
        return False
    last = chunks[-1]
    if not last.isascii():
        return True  # letters that stand for ASCII ones ("ſ", "K"): the regex judges
    last = last.lower()
    if last.endswith(ends):
        return True
    if last not in skipped or len(chunks) < 2:
        return False
    return not chunks[-2].isascii() or chunks[-2].lower().endswith(ends)
