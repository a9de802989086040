"""gold/build.py: written spans become offsets, and anything ambiguous stops the build."""

from __future__ import annotations

from types import ModuleType

import pytest

TEXT = (
    "Jane Smith said on Tuesday that the bridge would reopen in May.\n\n"
    "“Yes,” she said. “We will,” she said.\n\n"
    "Smith added: “Yes,” and left."
)


def record(builder: ModuleType, **written: object) -> dict:
    base = {"type": "direct", "speaker": "Jane Smith", "act": "state"}
    return builder.attribution_record(TEXT, {**base, **written})


def test_an_indirect_content_source_and_cue_are_found(builder: ModuleType) -> None:
    found = record(builder, content="the bridge would reopen in May", source="Jane Smith", cue="said",
                   type="indirect", act="predict")

    assert [TEXT[s:e] for s, e in found["content"]] == ["the bridge would reopen in May"]
    assert [TEXT[s:e] for s, e in found["source"]] == ["Jane Smith"]
    assert found["cue"] == [[11, 15]]


def test_a_repeated_content_needs_its_context(builder: ModuleType) -> None:
    with pytest.raises(builder.GoldError, match="found 2 times"):
        record(builder, content="“Yes,”")

    found = record(builder, content="⟦“Yes,”⟧ she said. “We", source="⟦she⟧ said. “We", cue="⟦said⟧. “We")

    assert found["content"] == [[TEXT.index("“Yes,”"), TEXT.index("“Yes,”") + 6]]
    assert TEXT[slice(*found["source"][0])] == "she"
    assert found["source"][0][0] == TEXT.index("she said")


def test_a_source_twice_in_the_paragraph_must_be_marked(builder: ModuleType) -> None:
    with pytest.raises(builder.GoldError, match="occurs 2 times in the content's paragraph"):
        record(builder, content="“We will,”", source="she", cue="said")


def test_a_source_outside_the_paragraph_must_be_unique(builder: ModuleType) -> None:
    found = record(builder, content="the bridge would reopen in May", source="Smith added", cue=None,
                   type="indirect")

    assert TEXT[slice(*found["source"][0])] == "Smith added"
    assert found["cue"] == []


@pytest.mark.parametrize(
    ("written", "message"),
    [
        ({"content": "the bridge", "act": "shout"}, "act 'shout'"),
        ({"content": "the bridge", "type": "quoted"}, "type 'quoted'"),
        ({"content": "the bridge", "speaker": None}, "needs a speaker_description"),
        ({"content": "bridge would reopen"}, "must start and end with a quotation mark"),
        ({"content": "a bridge"}, "not found"),
        ({"content": "⟦the⟧ ⟦bridge⟧"}, "mark exactly one span"),
    ],
)
def test_bad_annotations_are_named(builder: ModuleType, written: dict, message: str) -> None:
    with pytest.raises(builder.GoldError, match=message):
        record(builder, **written)
