"""The rules' reports nested in a phrase's attribution join the learned statements."""

from __future__ import annotations

from typing import Any

from quotegraph.extraction import load_lexicon
from quotegraph.learned.nested import nested_rule_reports
from quotegraph.process import process_articles
from quotegraph.records import Article, ArticleResult, CharSpan, Statement, StatementKind
from tests.learned.fixed import FixedTagger

TEXT = (
    "Mayor Ann Pelosi called the plan a breach of trust, according to the Herald. "
    "Lund said the vote was rigged."
)


def span(part: str, text: str = TEXT) -> CharSpan:
    start = text.index(part)
    return CharSpan(start, start + len(part))


def statement(content: str, cue: str, source: str, lemma: str) -> Statement:
    return Statement(
        "a", StatementKind.INDIRECT, (span(content),), cue=span(cue), source=span(source), cue_lemma=lemma
    )


WHOLE = "Mayor Ann Pelosi called the plan a breach of trust"
PHRASE = statement(WHOLE, "according to", "the Herald", "according to")
INNER = statement("the plan a breach of trust", "called", "Mayor Ann Pelosi", "call")
LUND = statement("the vote was rigged", "said", "Lund", "say")
PHRASES = load_lexicon("en").phrase_lemmas()


def test_a_report_nested_in_a_phrase_the_tagger_found_joins_it() -> None:
    assert nested_rule_reports([PHRASE, LUND], [PHRASE, INNER, LUND], PHRASES) == [INNER]


def test_no_nested_report_joins_where_the_tagger_missed_the_phrase_or_found_the_report() -> None:
    # the phrase's attribution not found
    assert nested_rule_reports([LUND], [PHRASE, INNER, LUND], PHRASES) == []
    assert nested_rule_reports([PHRASE, INNER, LUND], [PHRASE, INNER, LUND], PHRASES) == []  # already there
    said = statement(WHOLE, "according to", "the Herald", "say")
    assert nested_rule_reports([said], [said, INNER], PHRASES) == []  # the host is no phrase cue


def test_process_articles_gives_the_nested_report_its_own_speaker_under_the_standard_conventions(
    nlp: Any,
) -> None:
    def ranges(*parts: str) -> list[tuple[int, int]]:
        return [(span(p).start, span(p).end) for p in parts]

    tagger = FixedTagger({
        "content": ranges(WHOLE, "the vote was rigged"),
        "cue": ranges("according to", "said"),
        "source": ranges("the Herald", "Lund"),
    })
    speakers = {}
    for conventions in ("standard", "polnear"):
        [result] = process_articles([Article("a", TEXT)], nlp, tagger=tagger, conventions=conventions)
        assert isinstance(result, ArticleResult)
        speakers[conventions] = [(s.content_text(TEXT), s.speaker) for s in result.statements]
    assert speakers["standard"] == [
        (WHOLE, "Herald"),
        ("the plan a breach of trust", "Ann Pelosi"),
        ("the vote was rigged", "Lund"),
    ]
    assert speakers["polnear"] == [speakers["standard"][0], speakers["standard"][2]]


AUXILIARY_TEXT = "According to the Herald, Mayor Ann Pelosi has also said that the plan was a breach."


def test_a_nested_report_the_learned_path_adds_has_its_cue_cut_to_the_verb_as_the_learned_ones(
    nlp: Any,
) -> None:
    def ranges(*parts: str) -> list[tuple[int, int]]:
        return [(span(p, AUXILIARY_TEXT).start, span(p, AUXILIARY_TEXT).end) for p in parts]

    outer = "Mayor Ann Pelosi has also said that the plan was a breach"
    tagger = FixedTagger(
        {"content": ranges(outer), "cue": ranges("According to"), "source": ranges("the Herald")}
    )
    cues = {}
    for conventions in ("standard", "polnear"):
        article = Article("a", AUXILIARY_TEXT)
        [result] = process_articles([article], nlp, tagger=tagger, conventions=conventions)
        assert isinstance(result, ArticleResult)
        cues[conventions] = [(s.cue.text_of(AUXILIARY_TEXT), s.cue_lemma) for s in result.statements if s.cue]
    assert cues["standard"] == [("According to", "according to"), ("said", "say")]
    assert cues["polnear"] == [("According to", "according to")]  # PolNeAR keeps the outermost alone
