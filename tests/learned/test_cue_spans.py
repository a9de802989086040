"""Learned cues cut to the verb, as the standard conventions write them (no torch needed)."""

from __future__ import annotations

import pytest

from quotegraph.extraction import load_lexicon
from quotegraph.learned.cue_spans import trimmed_cue, with_cues_as_the_conventions_write_them
from quotegraph.records import CharSpan, Statement, StatementKind

LEMMA_OF_CUE = load_lexicon("en").lemma_of_cue


def at(text: str, part: str) -> CharSpan:
    start = text.index(part)
    return CharSpan(start, start + len(part))


@pytest.mark.parametrize(
    ("text", "cue", "content", "expected"),
    [
        ("The mayor has also said that taxes will rise.", "has also said", "taxes will rise", "said"),
        ("He went on to add, “It is over.”", "went on to add", "“It is over.”", "add"),
        ("Officials reportedly believe the ship sank.", "reportedly believe", "the ship sank", "believe"),
        ("The minister stated: “We are ready.”", "stated:", "“We are ready.”", "stated"),
        ("Wong said in a press release “it works”.", "said in a press release", "“it works”", "said"),
        ("Fauci said of the outbreak, “it is bad”.", "said of", "“it is bad”", "said"),
        ("The operation was condemned by the EU.", "was condemned by", "The operation", "condemned"),
        ("They've said it was a lack of airtime.", "'ve said", "it was a lack of airtime", "said"),
        # a negation before the verb goes with its auxiliary; the statement says it is negated
        ("The senator did not want the troops to stay.", "did not want", "the troops to stay", "want"),
        ("The judge does NOT consider the law valid.", "does NOT consider", "the law valid", "consider"),
        ("She didn't believe the ship sank.", "didn't believe", "the ship sank", "believe"),
        ("He has never said the plan failed.", "has never said", "the plan failed", "said"),
        # what follows the verb stays where it opens the content, or is the verb's own object
        ("The senator called for an inquiry.", "called for", "an inquiry", "called for"),
        ("The palace issued the following statement from the king: “No.”",
         "issued the following statement from the king:", "“No.”", "issued the following statement"),
        ("He pleaded not guilty to theft.", "pleaded not guilty", "to theft", "pleaded not guilty"),
        ("It is safe, according to the ministry.", "according to", "It is safe", "according to"),
        ("Supporters reply that the law is fair.", "reply", "the law is fair", "reply"),
        # a participle that opens the content after the verb's object is the cue
        ("Pompeo posted a message on Twitter blaming Iran for the attacks.",
         "posted a message on Twitter blaming", "Iran for the attacks", "blaming"),
        ("They released a statement which said, “The site is safe.”",
         "released a statement which said", "“The site is safe.”", "said"),
        ("The paper ran a headline pointing out the cost.", "ran a headline pointing out", "the cost",
         "pointing out"),
        ("She continued by announcing the polls would close.", "continued by announcing",
         "the polls would close", "announcing"),
        ("The mayor said at a press briefing, “We are safe.”", "said at a press briefing",
         "“We are safe.”", "said"),
    ],
)
def test_a_cue_is_cut_to_its_verb_and_the_phrase_that_opens_its_content(
    text: str, cue: str, content: str, expected: str
) -> None:
    trimmed = trimmed_cue(at(text, cue), text, (at(text, content),), LEMMA_OF_CUE)
    assert trimmed.text_of(text) == expected


def test_a_trimmed_cue_takes_the_lemma_of_what_is_left_and_other_statements_stay_as_they_are() -> None:
    text = "Saudi Arabia initially said in a press release the story was false. Taxes rose."
    said = Statement("d", StatementKind.INDIRECT, (at(text, "the story was false"),),
                     cue=at(text, "initially said in a press release"), cue_lemma="press")
    bare = Statement("d", StatementKind.INDIRECT, (at(text, "Taxes rose"),))
    trimmed, untouched = with_cues_as_the_conventions_write_them([said, bare], text, LEMMA_OF_CUE)
    assert trimmed.cue is not None and trimmed.cue.text_of(text) == "said"
    assert trimmed.cue_lemma == "say"
    assert untouched == bare
