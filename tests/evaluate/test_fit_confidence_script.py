"""benchmarks/fit_confidence.py: the fitting, the AUC and the article-grouped folds it reports."""

from __future__ import annotations

import numpy as np
import pytest

from .conftest import REPO_ROOT, load_benchmark

SCRIPT = REPO_ROOT / "benchmarks" / "fit_confidence.py"


def test_the_auc_counts_pairs_ordered_right_and_ties_as_half() -> None:
    auc = load_benchmark(SCRIPT).auc
    y = np.array([0, 0, 1, 1])

    assert auc(y, np.array([0.1, 0.2, 0.8, 0.9])) == 1.0
    assert auc(y, np.array([0.9, 0.8, 0.2, 0.1])) == 0.0
    assert auc(y, np.array([0.5, 0.5, 0.5, 0.5])) == 0.5


def test_the_fit_gives_a_feature_that_marks_false_statements_a_negative_weight() -> None:
    script = load_benchmark(SCRIPT)
    rows = [{"features": {"negated": 1.0}, "label": k % 4 == 0} for k in range(40)]
    rows += [{"features": {}, "label": k % 10 != 0} for k in range(60)]
    x = script.design(rows, ["negated"])
    y = np.array([row["label"] for row in rows], dtype=float)

    intercept, weights = script.fit(x, y, strength=0.01)

    assert weights[0] < -1.0
    assert script.predict(np.array([[0.0]]), intercept, weights)[0] == pytest.approx(0.9, abs=0.02)


def test_cross_validation_never_scores_an_article_with_a_model_fitted_on_it() -> None:
    script = load_benchmark(SCRIPT)
    # A feature per article, which gives its label away: a model that saw the article would
    # predict its statements near 0 or 1; one fitted on the other folds only knows the base rate.
    rows = [
        {"article": f"a{k}", "features": {f"article a{k}": 1.0}, "label": int(k % 2 == 0)}
        for k in range(10) for _ in range(3)
    ]

    p = script.cross_validated(rows, [f"article a{k}" for k in range(10)], strength=0.01)

    assert np.all((p > 0.2) & (p < 0.8))
