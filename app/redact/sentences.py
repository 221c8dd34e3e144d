"""Where a sentence or a clause ends, for the finders that look only within one.

Many finders cut the text around a word at the nearest sentence or clause end before
they look for a cue, so that a cue in the sentence before does not count. The patterns
that several modules wrote alike are defined here once. The finders do not all cut at
the same marks, and the patterns that differ stay in their modules on purpose: a
semicolon ends a clause for some cues and not for others, a line end counts for some
even with no space after it (a list, a table), a colon or a dash ends an aside for the
company cues, and "Dr." or "St." ends no sentence for the care-place cues. Making one of
them another would change what those finders find.
"""

from __future__ import annotations

import re

# A mark that ends a sentence or a clause, and the space after it: "." "!" "?" ";" or a
# line end. Split on it to keep the clause a word stands in.
CLAUSE_END = re.compile(r"[.!?;\n]\s")
# The same without ";": the clauses of one sentence stay together.
SENTENCE_END = re.compile(r"[.!?\n]\s")
# The marks alone, with no space needed after them ("3.5" cuts too): where a cheap cut
# is enough, or each mark's place is wanted.
CLAUSE_MARK = re.compile(r"[.!?;\n]")
SENTENCE_MARK = re.compile(r"[.!?\n]")
# What stands before a sentence's or a list item's first word: the text's start, a mark
# and spaces, or a line end and spaces (searched in the few characters before a word).
OPENING = re.compile(r"(?:^|[.!?:;]\s+|\n\s*)$")
