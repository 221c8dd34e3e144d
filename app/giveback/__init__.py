"""Giving back what the journal taught: answers to other patients' questions, treatment
reports, topics that never leave, warnings before cross-posting, and tips to check with
the doctor. Plain Python (no Qt); every piece reads and writes only the journal.

- ``drugs``: a drug's other names (brand and generic), from the drug lexicon's data.
- ``topics``: sentences that mention a topic of the privacy profile, to withhold.
- ``crosspost``: passages of a post already shared on another site.
- ``reply``: what in the journal bears on a question, and a reply made from it.
- ``treatment_report``: one treatment as a structured post.
- ``tips``: tips read in a community, with their source and status.
"""
