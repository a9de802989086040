"""Cues that report only through a preposition or an infinitive: a commitment ("committed to
[holding a vote]") and a lawsuit's demand ("sued [to be allowed to vote]"), taken from the rules'
"statement not found" misses on Wikinews (read95) and counted on PolNeAR train. Their passives
report nothing: the subject is what was done, not what was said ("crimes were committed by"),
which the lexicon says by giving these cues neither an object nor a clause. Texts written for the
test, parsed by the pinned pipeline."""

from __future__ import annotations

import pytest

from tests.extraction.found import found


@pytest.mark.parametrize(
    ("text", "statement"),
    [
        (
            "The majority leader previously committed to proceeding with such a trial.",
            ("proceeding with such a trial", "committed to", "The majority leader"),
        ),
        (
            "The government was firm in its reply, committing to send more troops to the region.",
            ("to send more troops to the region", "committing", "The government"),
        ),
        (
            "Three residents of the island, who had moved away, sued to be allowed to vote.",
            ("to be allowed to vote", "sued", "Three residents of the island, who had moved away,"),
        ),
    ],
)
def test_the_cue_reports_what_follows_its_preposition_or_infinitive(  # type: ignore[no-untyped-def]
    nlp, text: str, statement: tuple[str, str, str]
) -> None:
    assert statement in found(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        # a passive: what was done, not what was said
        "War crimes were committed by the army in the region.",
        # the object is sent somewhere: no promise in "to the project"
        "The company committed five million dollars to the project.",
        # a deed, not a preposition that carries content
        "The army committed atrocities against civilians.",
        # a deed and its purpose, not a promise
        "The gang committed identity theft to open fraudulent bank accounts.",
        # a lawsuit's grounds without a demand
        "The family sued the city over the shooting.",
    ],
)
def test_a_commitment_or_lawsuit_without_its_content_reports_nothing(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert [s for s in found(nlp, text) if s[1].split()[-1].startswith(("commit", "sue"))] == []
