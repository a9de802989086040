"""What the filters set aside as no attribution is handed over with its source and cue
(extract_statements `set_aside`), for resolve/ to read as part of the discourse."""

from __future__ import annotations

from quotegraph.extraction import extract_statements
from quotegraph.records import Statement


def test_what_is_set_aside_keeps_its_source_and_cue(nlp) -> None:  # type: ignore[no-untyped-def]
    # resolve/ reads who spoke there as part of the discourse: "He" below may be the airline's man
    text = (
        "The airline's chief, Tomas Reyes, did not say that the fares would fall. "
        "He said the routes will stay."
    )
    set_aside: list[Statement] = []
    statements = extract_statements(nlp(text), article_id="t", set_aside=set_aside)

    assert [s.cue.text_of(text) for s in statements if s.cue] == ["said"]
    assert [(s.cue_lemma, s.source.text_of(text) if s.source else "") for s in set_aside] == [
        ("say", "The airline's chief, Tomas Reyes,")
    ]
