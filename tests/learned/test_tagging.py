"""Decoding the tagger's scores with the rules' contents as a prior."""

from __future__ import annotations

import pytest

torch = pytest.importorskip("torch")


def test_the_rules_contents_add_the_bonus_to_their_own_tag_of_each_wordpiece() -> None:
    from quotegraph.learned.encoding import BEGIN, INSIDE, OUTSIDE, ROLES
    from quotegraph.learned.tagging import RULE_CONTENT_BONUS, RULE_OUTSIDE_BONUS, with_rule_contents

    offsets = [(0, 3), (4, 8), (9, 13), (14, 18)]  # "She said taxes rise"
    scores = torch.zeros((4, len(ROLES), 3))
    nudged = with_rule_contents(scores, offsets, [(9, 18)])
    content = ROLES.index("content")
    expected = torch.zeros((4, 3))
    for k, tag in enumerate((OUTSIDE, OUTSIDE, BEGIN, INSIDE)):
        expected[k, tag] = RULE_OUTSIDE_BONUS if tag == OUTSIDE else RULE_CONTENT_BONUS
    assert torch.equal(nudged[:, content], expected)
    others = [r for r in range(len(ROLES)) if r != content]
    assert torch.equal(nudged[:, others], scores[:, others])  # cues and sources are the tagger's alone
    assert torch.equal(scores, torch.zeros((4, len(ROLES), 3)))  # the input is left as it was


def test_a_close_call_goes_the_rules_way_and_a_clear_one_the_taggers() -> None:
    from quotegraph.learned.encoding import ROLES, best_tags
    from quotegraph.learned.tagging import with_rule_contents

    content = ROLES.index("content")
    offsets = [(0, 3), (4, 8)]
    scores = torch.full((2, len(ROLES), 3), -5.0)
    scores[0, content] = torch.tensor([-0.6, -0.8, -5.0])  # O barely ahead of B
    scores[1, content] = torch.tensor([-0.1, -5.0, -3.0])  # clearly O
    nudged = with_rule_contents(scores, offsets, [(0, 8)])
    assert best_tags(scores[:, content].tolist()) == [0, 0]
    assert best_tags(nudged[:, content].tolist()) == [1, 0]
