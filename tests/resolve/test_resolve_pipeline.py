"""The resolve stage behind the real pipeline: selective entity recognition, ids across articles."""

from __future__ import annotations

from typing import Any

import pytest
from spacy.language import Language

from quotegraph.extraction import analyse_doc, load_lexicon
from quotegraph.formats import statement_dict
from quotegraph.nlp import entity_recognizer
from quotegraph.process import process_articles
from quotegraph.records import Article, ArticleResult, EntityKind

pytestmark = pytest.mark.model

FIRST = (
    "Grain talks resume\n\nUkrainian President Volodymyr Zelenskyy said on Monday that the corridor "
    "must stay open.\n\nZelenskyy added that ships were waiting in Odesa."
)
SECOND = (
    "Ports reopen\n\nThe weather was calm on Tuesday. Crews worked through the night. The cranes had "
    "been idle for weeks, and the queues were long.\n\n"
    "Volodymyr Zelensky told reporters that exports had doubled."
)


def results_of(nlp: Language, *texts: str) -> list[ArticleResult]:
    articles = [Article(id=f"a{k}", text=text) for k, text in enumerate(texts)]
    results = list(process_articles(articles, nlp))
    assert all(isinstance(r, ArticleResult) for r in results)
    return results  # type: ignore[return-value]


def test_one_person_quoted_under_two_spellings_in_two_articles_gets_one_id(nlp: Language) -> None:
    first, second = results_of(nlp, FIRST, SECOND)

    ids = {s.speaker_id for result in (first, second) for s in result.statements}

    assert ids == {"person:volodymyr-zelensky"}
    assert {s.affiliation for s in first.statements} == {"Ukraine"}


class CountingRecogniser:
    """Wraps spaCy's entity recogniser and counts the tokens it is given."""

    def __init__(self, ner: Any) -> None:
        self.ner = ner
        self.tokens = 0

    def pipe(self, docs: Any) -> Any:
        docs = list(docs)
        self.tokens += sum(len(doc) for doc in docs)
        return self.ner.pipe(docs)


def test_entities_are_recognised_only_around_the_names_that_need_them(nlp: Language) -> None:
    doc = nlp(SECOND)
    source_sentence = next(sentence for sentence in doc.sents if "Zelensky" in sentence.text)
    recogniser = CountingRecogniser(entity_recognizer(nlp))

    _, mentions = analyse_doc(doc, article_id="a", lexicon=load_lexicon("en"), ner=recogniser)

    # The name and a few tokens of context, not its whole sentence, let alone the article.
    assert 0 < recogniser.tokens < len(source_sentence)
    labels = {m.text: m.entity_label for m in mentions}
    assert labels["Volodymyr Zelensky"] == "PERSON"


def test_metonyms_and_pronouns_resolve_through_the_pipeline(nlp: Language) -> None:
    text = (
        "Sanctions widen\n\nThe Kremlin said the measures were illegal.\n\n"
        "Governor Linda Cho met the mayor. She said the port would reopen."
    )
    [result] = results_of(nlp, text)

    speakers = {(s.speaker, s.speaker_kind) for s in result.statements}

    assert ("Russia", EntityKind.STATE) in speakers
    assert ("Linda Cho", EntityKind.PERSON) in speakers


def test_an_alias_file_names_speakers_through_process_articles(nlp: Any, tmp_path: Any) -> None:
    from quotegraph.resolve import load_aliases

    path = tmp_path / "aliases.csv"
    path.write_text("Volodymyr Zelenskyy,Zelensky,Q3881050\n", "utf-8")
    [result] = list(process_articles([Article(id="b", text=SECOND)], nlp, aliases=load_aliases(path)))

    assert isinstance(result, ArticleResult)
    assert {(s.speaker, s.speaker_id) for s in result.statements} == {
        ("Volodymyr Zelenskyy", "wikidata:Q3881050")
    }


OWN_REPORTING = (
    "Ship lost\n\nThe Daily Ledger sought expert input on the tracking data. The port authority said "
    "that the ship had left on Monday. The Daily Ledger learned that she had been “kept in the dark” "
    "for weeks."
)


def test_the_outlets_own_unquoted_doings_are_no_statements(nlp: Language) -> None:
    article = Article(id="own", text=OWN_REPORTING, outlet="The Daily Ledger")
    (result,) = list(process_articles([article], nlp))
    assert isinstance(result, ArticleResult)

    contents = [s.content_text(OWN_REPORTING) for s in result.statements]

    assert any("the ship had left on Monday" in c for c in contents)
    assert not any(c.startswith("expert input") for c in contents)
    assert any("kept in the dark" in c for c in contents)  # a quotation is someone's words


def test_without_an_outlet_nothing_is_dropped_as_its_own(nlp: Language) -> None:
    article = Article(id="own", text=OWN_REPORTING)
    (result,) = list(process_articles([article], nlp))
    assert isinstance(result, ArticleResult)

    assert any(s.content_text(OWN_REPORTING).startswith("expert input") for s in result.statements)


def test_under_polnear_conventions_the_outlets_own_reports_count(nlp: Language) -> None:
    article = Article(id="own", text=OWN_REPORTING, outlet="The Daily Ledger")
    (result,) = list(process_articles([article], nlp, conventions="polnear"))
    assert isinstance(result, ArticleResult)

    assert any(s.content_text(OWN_REPORTING).startswith("expert input") for s in result.statements)


NESTED_IN_A_PHRASE = "The mayor said the budget was balanced, according to the local paper."


@pytest.mark.parametrize(
    ("conventions", "cues"), [("standard", ["according to", "said"]), ("polnear", ["according to"])]
)
def test_a_report_in_what_a_phrase_ascribes_counts_only_under_the_standard_conventions(
    nlp: Language, conventions: str, cues: list[str]
) -> None:
    """The Wikinews gold gives the mayor the nested report too; PolNeAR keeps the outermost alone."""
    article = Article(id="n", text=NESTED_IN_A_PHRASE)
    (result,) = list(process_articles([article], nlp, conventions=conventions))
    assert isinstance(result, ArticleResult)

    assert sorted(s.cue.text_of(NESTED_IN_A_PHRASE) for s in result.statements if s.cue) == cues


GOING_ON = (
    "Mayor Ana Lopes visited the site on Monday.\n\n“We will rebuild,” she said. “The bridge will reopen "
    "in May.” “Nobody will be left behind.”\n\n“The money is there.”"
)


def test_quotations_going_on_from_a_statement_have_its_speaker_and_no_source(nlp: Language) -> None:
    """As the Wikinews gold marks them: no source, no cue, the same speaker (and in the JSONL too)."""
    (result,) = results_of(nlp, GOING_ON)
    tagged, *going_on = [statement_dict(s, GOING_ON) for s in result.statements]

    assert tagged["source_text"] == "she" and tagged["speaker"] == "Ana Lopes"
    assert [(d["source"], d["cue"], d["speaker"], d["speaker_id"]) for d in going_on] == [
        ([], [], "Ana Lopes", tagged["speaker_id"])
    ] * 3


def test_under_polnear_conventions_quotations_going_on_join_the_statement(nlp: Language) -> None:
    (result,) = list(process_articles([Article(id="p", text=GOING_ON)], nlp, conventions="polnear"))
    assert isinstance(result, ArticleResult)

    [statement] = result.statements
    assert len(statement.content) == 4 and statement.continued_source is None
    assert statement.source is not None and statement.source.text_of(GOING_ON) == "she"


@pytest.mark.parametrize(
    "body",
    [
        "The Club for Growth",
        "Alternative for Germany",
        "Young Americans for Freedom",
        "Reporters Without Borders",
    ],
)
def test_a_body_named_with_a_preposition_speaks_under_its_whole_name(nlp: Language, body: str) -> None:
    text = f"The vote was close on Tuesday. {body} said the bill would hurt families."
    (result,) = results_of(nlp, text)

    [statement] = result.statements

    assert statement.speaker == body.removeprefix("The ")
    assert statement.speaker_kind is EntityKind.ORGANISATION


def test_the_company_takes_up_a_company_written_in_capitals_the_tagger_took_for_a_common_noun(
    nlp: Language,
) -> None:
    text = (
        "IKEA will close 30 stores in Britain. Its chief executive announced the plan on Monday. "
        "The company said the closures would affect 2,000 jobs."
    )
    [result] = results_of(nlp, text)

    sources = {(s.source.text_of(text), s.speaker, s.speaker_kind) for s in result.statements if s.source}

    assert ("The company", "IKEA", EntityKind.ORGANISATION) in sources


def test_an_aside_opened_by_from_names_a_documents_issuer(nlp: Language) -> None:
    # Wikinews: the head's own "from" phrase holds a year; the aside holds the issuer.
    text = (
        "The US has further indicated no support will come without political reform in Syria. "
        "Satellite imaging from 2017, from the United Nations, suggests Aleppo contained 35,000 "
        "war-damaged structures at that time."
    )
    [result] = results_of(nlp, text)

    speakers = {s.source.text_of(text): s.speaker for s in result.statements if s.source}

    assert speakers["Satellite imaging from 2017, from the United Nations,"] == "United Nations"
