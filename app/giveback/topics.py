"""Topics that never leave: every sentence that mentions one is withheld from a post.

A topic is a subject, not a word to replace ("HIV", "my divorce"): replacing the word
would leave "I was diagnosed with [redacted] in week 3" in the post, which says plenty.
So the whole sentence goes, and the review shows it struck out with its reason.

Matching ignores case and accents (the redactor's folding), whole words only, and a
topic that is a drug also matches the drug's other names ("sertraline" catches "Zoloft",
"Lustral"). A sentence ends at ``.``, ``!``, ``?`` or ``…`` before a space and a word that
does not start in lower case ("e.g. 50 mg" stays one sentence), and at every line break,
so a heading is a sentence of its own.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from app.giveback.drugs import is_drug, other_names
from app.redact.normalise import fold, fold_term

_END = re.compile(r"[.!?…]+[\"'”’)]*(?=\s+[^\sa-z0-9])|\n")
_ABBREVIATION = re.compile(
    r"(?:^|\W)(?:dr|mr|mrs|ms|mx|prof|st|vs|etc|e\.g|i\.e|approx|no)\.$", re.IGNORECASE
)
_SHORT_CAPITAL = re.compile(r"(?:^|\W)[A-Z][a-z]{0,2}\.$")


@dataclass(frozen=True, slots=True)
class TopicHit:
    """A sentence to withhold: offsets into the text, the topic and the words that
    matched it (as written)."""

    start: int
    end: int
    topic: str
    matched: str

    @property
    def reason(self) -> str:
        if fold_term(self.matched) == fold_term(self.topic):
            return f"mentions “{self.topic}”, a topic you keep private"
        return (
            f"mentions “{self.matched}” (another name for {self.topic}), a topic you keep private"
        )


def sentences(text: str) -> list[tuple[int, int]]:
    """Sentence ranges of ``text`` without their surrounding spaces; empty ones left out."""
    out: list[tuple[int, int]] = []
    pos = 0
    for m in _END.finditer(text):
        if m.group() == "." and (
            _ABBREVIATION.search(text, max(0, m.start() - 8), m.end())
            or _SHORT_CAPITAL.search(text, max(0, m.start() - 4), m.end())
        ):
            # "Dr. Patel", "e.g. Zoloft", and any short capitalised word ("Jr.", "Mt.",
            # "Rd."): the sentence goes on. Joining two sentences by mistake withholds
            # both, which errs toward privacy; splitting one by mistake would not.
            continue
        out.append((pos, m.end() if m.group() != "\n" else m.start()))
        pos = m.end()
    out.append((pos, len(text)))
    trimmed = []
    for a, b in out:
        piece = text[a:b]
        lead = len(piece) - len(piece.lstrip())
        a, b = a + lead, a + len(piece.rstrip())
        if a < b:
            trimmed.append((a, b))
    return trimmed


@lru_cache(maxsize=64)
def _pattern(topics: tuple[str, ...]) -> tuple[re.Pattern[str] | None, dict[str, str]]:
    forms: dict[str, str] = {}  # folded form -> topic
    for topic in topics:
        folded = fold_term(topic)
        if not folded:
            continue
        forms.setdefault(folded, topic)
        if " " not in folded and is_drug(folded):
            for name in other_names(folded):
                forms.setdefault(name, topic)
    if not forms:
        return None, {}
    order = sorted(forms, key=len, reverse=True)
    body = "|".join(r"\s+".join(map(re.escape, f.split())) for f in order)
    return re.compile(rf"(?<!\w)(?:{body})(?!\w)"), forms


def topic_hits(text: str, topics: tuple[str, ...] | list[str]) -> list[TopicHit]:
    """The sentences of ``text`` that mention a topic, in order, one hit per sentence."""
    regex, forms = _pattern(tuple(topics))
    if regex is None or not text:
        return []
    folded = fold(text)
    spans = sentences(text)
    hits: dict[tuple[int, int], TopicHit] = {}
    for m in regex.finditer(folded.text):
        a, b = folded.to_original(m.start(), m.end())
        topic = forms.get(" ".join(m.group().split()), topics[0])
        for s, e in spans:
            if s <= a < e and (s, e) not in hits:
                hits[(s, e)] = TopicHit(s, e, topic, text[a:b])
                break
    return [hits[k] for k in sorted(hits)]


def withhold(text: str, ranges: list[tuple[int, int]]) -> str:
    """``text`` without these ranges, with no double spaces or empty paragraphs left."""
    if not ranges:
        return text
    parts, pos = [], 0
    for a, b in sorted(ranges):
        if a < pos:
            a = pos
        parts.append(text[pos:a])
        pos = max(pos, b)
    parts.append(text[pos:])
    out = "".join(parts)
    out = re.sub(r"[ \t]+\n", "\n", out)
    out = re.sub(r"(?m)^[ \t]+", "", out)
    out = re.sub(r"[ \t]{2,}", " ", out)
    out = re.sub(r"\n{3,}", "\n\n", out)
    return out.strip()


__all__ = ["TopicHit", "sentences", "topic_hits", "withhold"]
