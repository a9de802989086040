"""A statement's confidence: the probability, fitted on annotated news, that its content is a
reported statement the gold annotates. Standard library only.

A logistic regression per extraction path ("rules", "learned") over general features of the
finished statement (features.py), fitted by benchmarks/fit_confidence.py on the read Wikinews
train articles; each path's coefficients ship as plain JSON beside this module. process.py
scores every statement after resolution (so the speaker's kind counts) and drops those below
the model's `drop_below`, when it has one.
"""

from __future__ import annotations

import json
import math
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import cache
from importlib import resources

from quotegraph.confidence.features import statement_features
from quotegraph.records import Statement

__all__ = [
    "PATHS", "ConfidenceModel", "load_confidence_model", "model_from_dict", "statement_features",
    "with_confidence",
]

PATHS = ("rules", "learned")


@dataclass(frozen=True, slots=True)
class ConfidenceModel:
    """Logistic regression coefficients by feature name, and the probability below which a
    statement is dropped (0: none is)."""

    intercept: float
    weights: Mapping[str, float] = field(default_factory=dict)
    drop_below: float = 0.0

    def probability(self, features: Mapping[str, float]) -> float:
        """The fitted probability for `features`; a feature the model does not know counts nothing."""
        score = self.intercept + sum(self.weights.get(name, 0.0) * value for name, value in features.items())
        if score < -30:  # math.exp would overflow for a very negative score; the probability is ~0
            return 0.0
        return 1.0 / (1.0 + math.exp(-score))


def model_from_dict(data: Mapping[str, object]) -> ConfidenceModel:
    """A ConfidenceModel from its JSON form: {"intercept": …, "weights": {…}, "drop_below": …}."""
    weights = data.get("weights", {})
    if not isinstance(weights, Mapping):
        raise ValueError("confidence model: 'weights' must map feature names to numbers")
    return ConfidenceModel(
        float(data["intercept"]),  # type: ignore[arg-type]
        {str(name): float(value) for name, value in weights.items()},
        float(data.get("drop_below", 0.0)),  # type: ignore[arg-type]
    )


@cache
def load_confidence_model(path: str) -> ConfidenceModel:
    """The shipped model of an extraction path, "rules" or "learned" (confidence_<path>.json)."""
    if path not in PATHS:
        raise ValueError(f"no confidence model for {path!r}: one of {PATHS}")
    text = (resources.files("quotegraph.confidence") / f"confidence_{path}.json").read_text("utf-8")
    return model_from_dict(json.loads(text))


def with_confidence(
    statements: Sequence[Statement],
    text: str,
    model: ConfidenceModel,
    *,
    rules: Sequence[Statement],
    belief_lemmas: Collection[str] = (),
) -> list[Statement]:
    """`statements` with their fitted confidence, less those the model scores below `drop_below`.

    `rules` are the rules' statements with the confidence extraction gave them, `belief_lemmas`
    the lexicon's belief cues (features.statement_features).
    """
    scored = [
        replace(s, confidence=round(model.probability(
            statement_features(s, text, among=statements, rules=rules, belief_lemmas=belief_lemmas)
        ), 4))
        for s in statements
    ]
    return [s for s in scored if s.confidence >= model.drop_below]
