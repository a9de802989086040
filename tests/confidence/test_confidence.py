"""The calibrated confidence: features of hand-made statements, the probability from a tiny
model, the shipped models, and the drop below a model's threshold."""

from __future__ import annotations

import math

import pytest

from quotegraph.confidence import (
    ConfidenceModel,
    load_confidence_model,
    model_from_dict,
    statement_features,
    with_confidence,
)
from quotegraph.records import CharSpan, EntityKind, Statement, StatementKind

TEXT = "“We will win,” Rutte said. He added that the talks went well. Local residents thanked the mayor."
QUOTE = Statement(
    "a1", StatementKind.DIRECT, (CharSpan(0, 14),), cue=CharSpan(21, 25), cue_lemma="say",
    source=CharSpan(15, 20), confidence=0.85, speaker="Mark Rutte", speaker_kind=EntityKind.PERSON,
    act="state",
)
ADDED = Statement(
    "a1", StatementKind.INDIRECT, (CharSpan(36, 60),), cue=CharSpan(30, 35), cue_lemma="add",
    source=CharSpan(27, 29), confidence=0.8, speaker="Mark Rutte", speaker_kind=EntityKind.PERSON,
    act="state",
)
THANKED = Statement(
    "a1", StatementKind.INDIRECT, (CharSpan(86, 95),), cue=CharSpan(78, 85), cue_lemma="thank",
    source=CharSpan(62, 77), confidence=1.0, act="praise",
)


def test_a_quotation_by_a_named_person_reads_as_one() -> None:
    features = statement_features(QUOTE, TEXT, among=[QUOTE, ADDED], rules=[QUOTE, ADDED])

    assert {"route=quote", "type=direct", "cue=say", "act=state", "source=name", "speaker=person",
            "quotation marks in content", "starts a sentence", "rules give the same content"} <= set(features)
    assert features["content words (log)"] == pytest.approx(math.log1p(3))
    assert "ends a sentence" not in features  # its cue follows: “…,” Rutte said.
    assert "speaker unresolved" not in features
    assert "other statements on the content" not in features


def test_a_pronoun_source_and_a_clause_found_by_the_parse() -> None:
    features = statement_features(ADDED, TEXT, among=[QUOTE, ADDED], rules=[QUOTE, ADDED])

    assert {"route=parse", "type=indirect", "cue=verb", "source=pronoun", "ends a sentence"} <= set(features)
    assert "starts a sentence" not in features
    assert "quotation marks in content" not in features


def test_a_learned_statement_the_rules_did_not_find_has_no_route() -> None:
    features = statement_features(THANKED, TEXT, among=[THANKED], rules=[QUOTE, ADDED],
                                  belief_lemmas={"think"})

    assert {"route=none", "act=other", "source=description", "speaker=none", "speaker unresolved",
            "content under 4 words"} <= set(features)
    assert "rules give the same content" not in features


def test_a_quotation_going_on_from_a_statement_reads_its_source_as_that_statements() -> None:
    going_on = Statement("a1", StatementKind.DIRECT, (CharSpan(0, 14),), continued_source=CharSpan(15, 20))

    assert "source=name" in statement_features(going_on, TEXT, among=[going_on], rules=[])
    assert "source=none" in statement_features(
        Statement("a1", StatementKind.DIRECT, (CharSpan(0, 14),)), TEXT, among=[], rules=[]
    )


def test_the_route_is_the_one_of_the_rule_statement_overlapping_most() -> None:
    wider = Statement("a1", StatementKind.INDIRECT, (CharSpan(30, 60),), confidence=0.6)
    learned = Statement("a1", StatementKind.INDIRECT, (CharSpan(38, 60),))

    assert "route=parse" in statement_features(learned, TEXT, among=[learned], rules=[ADDED, wider])


def test_statements_sharing_a_content_count_each_other() -> None:
    again = Statement("a1", StatementKind.INDIRECT, (CharSpan(40, 55),), confidence=0.6)

    features = statement_features(ADDED, TEXT, among=[ADDED, again], rules=[ADDED])

    assert features["other statements on the content"] == 1.0


def test_the_probability_of_a_tiny_model_is_the_logistic_of_its_score() -> None:
    model = model_from_dict({"intercept": -1.0, "weights": {"negated": 1.0 + math.log(3)}})

    assert model.probability({}) == pytest.approx(1 / (1 + math.e))
    assert model.probability({"negated": 1.0}) == pytest.approx(0.75)
    assert model.probability({"negated": 1.0, "a feature it does not know": 5.0}) == pytest.approx(0.75)
    assert model.drop_below == 0.0


def test_a_very_negative_score_gives_zero_rather_than_overflowing() -> None:
    assert ConfidenceModel(-1000.0).probability({}) == 0.0


@pytest.mark.parametrize("path", ["rules", "learned"])
def test_the_shipped_models_load_and_give_probabilities(path: str) -> None:
    model = load_confidence_model(path)

    assert len(model.weights) > 20
    assert 0.0 <= model.drop_below < 0.5
    features = statement_features(QUOTE, TEXT, among=[QUOTE, ADDED], rules=[QUOTE, ADDED])
    assert 0.9 < model.probability(features) < 1.0  # a named person's quotation, said


def test_an_unknown_path_has_no_model() -> None:
    with pytest.raises(ValueError, match="no confidence model"):
        load_confidence_model("neural")


def test_the_confidence_becomes_the_probability_and_low_ones_are_dropped() -> None:
    model = ConfidenceModel(2.0, {"speaker unresolved": -4.0}, drop_below=0.5)

    scored = with_confidence([QUOTE, THANKED], TEXT, model, rules=[QUOTE])

    assert [s.cue_lemma for s in scored] == ["say"]  # THANKED, unresolved, scores 0.12
    assert scored[0].confidence == pytest.approx(1 / (1 + math.exp(-2.0)), abs=1e-4)


def test_a_model_without_threshold_drops_nothing() -> None:
    scored = with_confidence([QUOTE, THANKED], TEXT, ConfidenceModel(-10.0), rules=[QUOTE])

    assert len(scored) == 2
    assert all(s.confidence < 0.001 for s in scored)


def test_every_fixed_value_extraction_gives_names_a_route() -> None:
    from quotegraph.confidence.features import ROUTES
    from quotegraph.extraction import _CONFIDENCE

    patterns = {0.5, 0.6}  # extraction/patterns.py: "Name: text" lines, "― Name" tags
    assert {*_CONFIDENCE.values(), *patterns, 0.4} <= set(ROUTES)
