"""The lexicon: the lemma of a cue written out (as the learned path asks for it), and cue classes."""

from __future__ import annotations

from importlib import resources

import pytest

from quotegraph.extraction.lexicon import FILES, load_lexicon


@pytest.mark.parametrize(
    ("cue", "lemma"),
    [("said", "say"), ("has also said", "say"), ("said:", "say"), ("Promised", "promise"),
     ("pointed out", "point"), ("according to", "according to"), ("pled", "plead"), ("the", None),
     # a cue that runs on into a noun keeps its verb's lemma; a later verb that opens a clause, or
     # the object of a light verb, gives its own
     ("vowed support", "vow"), ("initially denied all claims", "deny"), ("said in a press release", "say"),
     ("posted a message on Twitter blaming", "blame"), ("released a statement which said", "say"),
     ("went on to add", "add"), ("was quoted as saying", "say"), ("expressed doubts", "doubt")],
)
def test_a_cue_takes_the_lemma_of_its_phrase_or_of_its_verb(cue: str, lemma: str | None) -> None:
    assert load_lexicon("en").lemma_of_cue(cue) == lemma


def test_the_lexicon_gives_the_belief_class_of_cue_lemmas() -> None:
    lexicon = load_lexicon("en")
    # negated, these still ascribe an attitude ("did not want to stay"): extraction's filters and
    # rejections and the learned path's non_reports read them from here
    expected = "want expect think believe hope wish fear plan intend like consider feel see trust doubt"
    assert lexicon.belief_lemmas() == frozenset(expected.split())
    assert lexicon.cue_classes["belief"] == lexicon.belief_lemmas()
    assert "say" not in lexicon.belief_lemmas()


def test_the_lexicon_gives_the_clause_and_vote_classes_of_cue_lemmas() -> None:
    lexicon = load_lexicon("en")
    # the learned path's linking cuts a content before "and Doe said [it was wrong]", not before
    # "and Doe told [reporters]" or "and Doe called [the police]"
    assert {"say", "add", "believe", "comment"} <= lexicon.clause_lemmas()
    assert not {"tell", "call"} & lexicon.clause_lemmas()
    assert lexicon.cue_classes["clause"] == lexicon.clause_lemmas()
    # a vote is a deed (the learned path's non_reports); signing may say something
    assert lexicon.voting_lemmas() == frozenset({"vote", "ratify", "approve"})
    assert lexicon.cue_classes["vote"] == lexicon.voting_lemmas()


def test_the_lexicon_reads_every_file_of_its_folder() -> None:
    # so that each is in the digest that provenance records (and ships: pyproject's package-data)
    folder = resources.files("quotegraph.extraction") / "lexicons" / "en"
    assert sorted(FILES) == sorted(entry.name for entry in folder.iterdir() if entry.is_file())
