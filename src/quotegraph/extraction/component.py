"""The spaCy adapter: a "quotegraph_statements" component that fills `doc._.statements`."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from quotegraph.extraction import extract_statements
from quotegraph.extraction.lexicon import Lexicon, load_lexicon


@Language.factory(
    "quotegraph_statements",
    assigns=["doc._.statements"],
    requires=["token.dep", "token.tag"],
    default_config={"language": "en"},  # plain values only: spaCy validates factory arguments
)
def make_statement_finder(nlp: Language, name: str, language: str) -> StatementFinder:
    return StatementFinder(load_lexicon(language))


class StatementFinder:
    """Puts extract_statements() into a spaCy pipeline; batch code calls the function directly.

    The article id is read from `doc.user_data["article_id"]` when set.
    """

    def __init__(self, lexicon: Lexicon) -> None:
        self.lexicon = lexicon
        if not Doc.has_extension("statements"):
            Doc.set_extension("statements", default=None)

    def __call__(self, doc: Doc) -> Doc:
        article_id = str(doc.user_data.get("article_id", ""))
        doc._.statements = extract_statements(doc, article_id=article_id, lexicon=self.lexicon)
        return doc
