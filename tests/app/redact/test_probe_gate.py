"""A gate on everyday probes: no change may leave more identifiers readable in the
default post, or keep less medicine, than the code did when the gate was drawn.

The probes are short made-up sentences written by reviewers and engineers to break the
redactor where rules meet: people's names, surnames of many cultures, towns and
employers right beside times, counts, doses, lab tests and drug brands, and medicine
that looks like a name. Session 13 learned why this gate exists: a list that *kept*
about 2,000 medicine words lifted the validation pools and left 204 names readable on
these probes (Whipple, Konno, Navina are medicine and people too). Pool figures did not
show it; these do.

When a change lowers a count, lower its ceiling here in the same commit, so the gain is
kept.

Since session 22 the tagger (``app/redact/tagger.py``) learns from these files too, so for
the tagger this gate is a regression guard, not a measure of text it never saw: that is
the validation pools' and the held-back sets' job (``train_tagger.py probes`` measures
each half of these files with weights trained without it). The figures are the post's, measured as the benchmark does
(``tests/benchmarks/post_leaks.py``).
"""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from app.redact.detect_cli import run_detect
from app.redact.engine import Detector
from tests.app.redact.test_redact_cli import _post_leaks

PROBES = Path(__file__).resolve().parents[1] / "data" / "redact_probes"

# file: (most identifier values readable, fewest medical terms kept); session 16 lowered
# eight ceilings to what its changes reached (organisations by their capitalised runs,
# names beside who they are, task LOW); session 17 six more (medicine named after people,
# readings that are no ages, acronyms' frames); session 18 added review18, 18b and 18c
# and lowered ten (charities by their cause, names by family and possessives, medicine
# told by its use); session 20 added review20 and review20b and lowered or raised nine (market
# brands, surnames after clinicians, clubs and payers' numbers); session 21 added review21
# and review21b and lowered or raised four; session 22 drew 26 again for a tagger that
# learned from these files (806 readable, 17,917 kept before; 601 and 18,060 after), then
# added review22 and review22b and drew them again when it learned from those and four
# more tuning sets too (602 and 18,060 on the same files: four files read one value more,
# "Singh test results", "my UNUM long term disability", "Cork diabetes group", a pet's
# name; others less)
CEILINGS = {
    "names_beside_medicine.jsonl": (33, 0),
    "names_beside_medicine_2.jsonl": (47, 0),
    "everyday_records.jsonl": (6, 0),
    "medicine_and_people.jsonl": (29, 414),
    "employers.jsonl": (0, 324),
    "ages_dates_places.jsonl": (0, 343),
    "ids_and_codes.jsonl": (0, 421),  # engineer IDS, session 14: references and codes
    "review14_med.jsonl": (0, 36),  # fixer FIX-MED: review 14 findings 1, 2, 3, 8, 9
    "review14_ids.jsonl": (0, 46),  # fixer FIX-IDS: review 14 findings 4 and 7
    "review14_org.jsonl": (0, 54),  # fixer ORG, review 14: treatments approved, departments
    "organisations.jsonl": (7, 394),
    "organisations_2.jsonl": (0, 386),
    "charities_unions.jsonl": (0, 413),
    "medicine_kinds_and_people.jsonl": (25, 552),
    "review14.jsonl": (23, 1240),
    "review14_records.jsonl": (6, 144),
    "review14_second.jsonl": (64, 1274),  # second review round: 183 readable in the morning
    "organisations_frames.jsonl": (1, 333),  # engineer ORG-R3: 38 readable on the morning code
    "medicine_shapes_and_people.jsonl": (19, 641),  # engineer MED-R2, session 15: 559 kept before
    "review15_med.jsonl": (0, 24),  # fixer FIX-MED, review 15: 24 readable before
    "review15_org.jsonl": (0, 57),  # fixer FIX-ORG, review 15: 1 readable, 31 kept before
    "ages_dates_names_written.jsonl": (0, 721),  # engineer AGE, session 15: 49 readable before
    "review15.jsonl": (37, 1339),  # review 15's probes: 91 readable, 1304 kept in the morning
    "review15_records.jsonl": (6, 196),  # review 15's records: 11 readable, 182 kept before
    # review 16's probes of orgs_titled's edges (title-case medicine, schemes, headings,
    # organisations of ordinary words): 31 readable, 302 kept before the rule
    "review16.jsonl": (3, 360),
    # review 16b's probes of the session's changes: 34 readable, 691 kept on the morning code
    "review16b.jsonl": (18, 769),
    "low16.jsonl": (0, 81),  # task LOW, session 16 (issue #9): 18 readable, 65 kept before
    # review 17's probes of the number net's and the acronym frames' new edges (ages beside
    # hours, rates, runs and kin letters; readings after a full stop; care plans): 75
    # readable, 798 kept on the morning code, 118 and 775 on the first version of the rules
    "review17.jsonl": (42, 814),
    # review 18's probes of medicine told by its use and of charities by their cause
    # (people, firms and places where makers, devices, brands and tests stand): 68
    # readable, 741 kept on the morning code, 172 and 768 on the first version of the
    # rules, 64 and 772 once they were narrowed twice
    "review18.jsonl": (46, 785),
    # review 18b, a second reviewer's probes of the narrowed rules, written without
    # seeing the first's: 75 readable, 711 kept on the morning code, 132 and 719 on the
    # rules after one narrowing, 71 and 735 after the second
    "review18b.jsonl": (52, 741),
    # review 18c, a third reviewer's, also unseen by the other two: 286 attacks and 82
    # everyday posts; 100 readable, 1,071 kept on the morning code, 144 and 1,096 on the
    # rules after two narrowings, 103 and 1,102 after the third (the everyday posts: 7
    # readable on both, 2 more medical terms kept)
    "review18c.jsonl": (81, 1110),
    # review 19, a reviewer's probes of session 19's rules (365 attacks, 60 everyday
    # posts): 40 readable, 743 kept on the morning code, 39 and 744 on the first version
    # (25 values newly readable inside hashtags, brackets and shorthand, which the
    # whole-word count missed), 27 and 753 after the narrowing (no value newly readable,
    # counted as substrings too: 28 -> 15)
    "review19.jsonl": (21, 755),
    # review 19b, a second reviewer's probes of the later rules (255 attacks, 57 everyday
    # posts), unseen by the first: 57 readable, 796 kept on the morning code, 83 and 816
    # on the first version (a possessive before a body part, a name between a drug and a
    # dose, a name glued to a number, a surname joined to a drug), 13 and 806 after the
    # narrowing (no value newly readable, counted as substrings too); 17, then 13 again
    # once review 19c's narrowing of the dose rule named makers instead of leaving out towns
    "review19b.jsonl": (6, 822),
    # review 19c, a third reviewer's probes of the last changes (a given name between a
    # drug and its dose, ages as adjectives, dates ahead): 26 readable, 665 kept on the
    # morning code, 11 and 663 on the first version (brands and makers a name list holds
    # taken as children), 17 and 669 after the narrowing (no value newly readable), 12 and
    # 669 once the dose rule also read a child after the last one's dose, a comma, "for"
    "review19c.jsonl": (8, 669),
    # review 20, a reviewer's probes of session 20's rules (forces' letters, thresholds
    # and "mine's", German care services and Kassen, numbered roads and units, German
    # months): 36 readable, 480 kept on the morning code, 19 and 494 on the first version
    # (ages after drugs' age limits, "Oma ist bei 90", "(7 now)", "goes 90", ADF as a
    # diet, "I RAN out" taken), 11 and 502 after the narrowing (no value newly readable,
    # counted as substrings too)
    "review20.jsonl": (10, 504),
    # review 20b, a second reviewer's probes (market brands carried by people and pets,
    # letters after places, clubs' letters, clinicians before surnames): 20 readable, 446
    # kept on the morning code, 64 and 434 with the brands in the lexicon, 10 and 456 with
    # them read by the unknown-drug veto only, where no person or pet is near
    "review20b.jsonl": (8, 458),
    # review 21, a reviewer's probes of session 21's rules (organisations' letters by work
    # and calls, charities by short name, market brands, glued drug letters, German
    # clause ages): 27 readable and 422 kept on the morning code, 7 and 432 on the rules
    # first written, 1 and 442 after the narrowing
    "review21.jsonl": (1, 446),
    # review 21b, a second reviewer's probes of the same rules (people, pets and towns named
    # like the new brands, firms on the brand list, quoted names, German measures after
    # "seit er"): 19 readable and 448 kept on the morning code, 33 and 422 on the first
    # rules, 6 and 464 once the new brands needed a drug's frame; review21's floor fell
    # 442 -> 438 with them (Plenity, Revestive and two others are no longer given back)
    "review21b.jsonl": (2, 466),
    # session 22's reviewers of the retrained tagger, measured before it learned from them:
    # review22 (what it wrongly takes) 1 readable / 559 kept on the tagger they reviewed
    # and on the one before; review22b (what stays readable) 39 / 385 before, 33 / 385
    # reviewed, 27 / 383 once the filters after it were narrowed
    "review22.jsonl": (1, 561),
    "review22b.jsonl": (15, 385),
    # session 23's reviewers of the redactor as it stood (medicine lost, organisations,
    # lower case and German, people of many cultures), readable / kept on that code, then
    # after its rules and once the tagger learned from them (in its training since): a
    # 3 / 854 -> 2 / 854; b 13 / 375 -> 11 / 375; c 90 / 462 -> 48 / 470; d 10 / 404 -> 7 / 406;
    # then the rules for firms that let one go, job titles after a chain and German titles
    # in lower case: b 9, c 46
    "review23a.jsonl": (2, 854),
    # review23b marks "Service Canada" and "Centrelink" (the state's agencies, which the
    # policy keeps: session 25) as organisations: two values more
    "review23b.jsonl": (12, 375),
    "review23c.jsonl": (48, 470),
    "review23d.jsonl": (5, 410),
    # session 24's reviewers of the redactor as it stood (medicine lost, organisations in
    # everyday speech, links, handles, postcodes and numbers, ages and places around the
    # world), readable / kept on that code, then after the session's rules and the tagger
    # retrained on them: a 3 / 774 -> 3 / 804; b 17 / 524 -> 5 / 528; c 12 / 690 -> 1 / 692;
    # d 12 / 796 -> 5 / 816. The older files moved 677 -> 684 readable and 21,113 ->
    # 21,177 kept: short German entries now read as German (nouns stay, medicine too), so
    # a few names and lower-case firms the English nets took by chance go back to the
    # German filters ("Mit Haq 3 Stunden telefoniert", "Praxis ... Zentrum Nord", "von
    # vivantes", "deutsche bahn"; "Arbeitsagentur" is a national body), the retrained
    # tagger guesses a few words otherwise (Mbeki, BMA, GoFundMe), and "Glasgow" of a
    # kept "Glasgow Coma Scale" counts as readable where the town is redacted
    "review24a.jsonl": (3, 812),
    "review24b.jsonl": (5, 528),
    "review24c.jsonl": (0, 692),
    "review24d.jsonl": (5, 820),
    # session 25's reviewers of the redactor as it stood (workplaces and schools said short,
    # words that are sometimes a place, a date or an age, names never seen, German posts
    # whole), readable / kept by the reviewers' own count on that code, then after the
    # session's rules and the tagger retrained on them: a 15 -> 8; b 13 -> 4 (lost 4 -> 0);
    # c 18 -> 7 (lost 4 -> 0); d 14 -> 5 (lost 17 -> 4). The older files moved 700 -> 697
    # readable and 24,017 -> 24,039 kept; review14_second reads "Sands" (a charity the
    # retrained tagger leaves) one value more, review23b two (Service Canada and
    # Centrelink, which the policy keeps as the state's)
    "review25a.jsonl": (8, 439),
    "review25b.jsonl": (4, 602),
    "review25c.jsonl": (7, 559),
    "review25d.jsonl": (5, 671),
}


@pytest.fixture(scope="module")
def detector() -> Detector:
    return Detector()


@pytest.mark.parametrize("name", sorted(CEILINGS))
def test_probes_leak_no_more_and_keep_no_less(name: str, detector: Detector) -> None:
    path = PROBES / name
    out = io.StringIO()
    run_detect(str(path), out, detector, posts=True)
    rows = [json.loads(line) for line in out.getvalue().splitlines()]
    records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    assert len(rows) == len(records)
    figures = _post_leaks().PostFigures()
    for record, row in zip(records, rows, strict=True):
        figures.add(record, row["post"])
    most_readable, fewest_kept = CEILINGS[name]
    assert figures.values > 0
    assert figures.readable_values <= most_readable, (name, figures.readable_values)
    assert figures.medical_kept >= fewest_kept, (name, figures.medical_kept)


def test_probe_files_are_all_gated() -> None:
    assert {p.name for p in PROBES.glob("*.jsonl")} == set(CEILINGS)
