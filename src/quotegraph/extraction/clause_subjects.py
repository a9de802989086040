"""Sources the parser made the subject of a clause of their own, leaving a cue verb with none.

A long apposition or relative clause after a speaker's name misleads the parser into reading the
name as the subject of a verb inside it: "“…,” said [Robin Maynard], half joking" ("joking"'s
subject), "[Jeffrey Salkin, a Hollywood, Fla., rabbi helping to organize the boycott,] said he …"
("rabbi" read as a verb). The cue keeps no subject and the statement no source. It stands apart
from sources.py because it asks only for verbs that found no source otherwise.
"""

from __future__ import annotations

from spacy.tokens import Token

from quotegraph.extraction.spans import spans_of
from quotegraph.records import CharSpan

SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj", "expl"})
NOUN_TAGS = frozenset({"NN", "NNS", "NNP", "NNPS"})
# The clause the parser built around a fronted subject and its apposition ("Salkin, a rabbi
# helping …" read as "Salkin rabbi helping …"), hung off the cue before it.
CLAUSE_DEPS = frozenset({"ccomp", "advcl", "parataxis"})
# Words that may stand before a fronted subject at its sentence's start ("But Sen. Durbin, …, said").
OPENERS = frozenset({"but", "and", "yet", "still"})
# Tags that open a clause inside a noun phrase: a verb, a relative pronoun.
CLAUSE_OPENING_TAGS = frozenset({"VB", "VBD", "VBG", "VBN", "VBP", "VBZ", "MD", "WDT", "WP", "WP$"})


def subject_read_into_a_clause(verb: Token) -> CharSpan | None:
    """The source of a subjectless cue whose subject the parser read into a clause: the name right
    after the quotation it tags, or the subject set off by commas that opens its sentence."""
    if any(c.dep_ in SUBJECTS for c in verb.children):
        return None
    return _inverted_subject_of_a_later_verb(verb) or _fronted_subject_of_a_clause(verb)


def _inverted_subject_of_a_later_verb(verb: Token) -> CharSpan | None:
    """ "“…,” said [Jim Bopp], a conservative member …, told …": right after the quotation it
    tags, the noun phrase after the cue, which the parser made the subject of a verb after it. Its
    own modifiers come with it, up to the first verb or relative pronoun among them ("said [Don
    Ytterberg, the GOP chairman for the county], explaining …", "said [the woman], who …")."""
    doc = verb.doc
    if verb.i == 0 or verb.i + 1 >= len(doc) or not doc[verb.i - 1].is_quote:
        return None
    if any(c.dep_ in ("dobj", "attr") and c.i > verb.i for c in verb.children):
        return None  # an inverted subject read as the object has its own rule
    after = doc[verb.i + 1 : verb.sent.end]
    noun = next((t for t in after if t.left_edge.i == verb.i + 1 and t.dep_ in ("nsubj", "nsubjpass")), None)
    if noun is None or noun.tag_ not in NOUN_TAGS:
        return None
    if noun.head.i <= noun.i or noun.head.sent != verb.sent:
        return None
    end = next((t.i for t in doc[noun.i + 1 : noun.head.i] if t.tag_ in CLAUSE_OPENING_TAGS), noun.head.i)
    while end > noun.i + 1 and doc[end - 1].is_punct and doc[end - 1].text not in ")]":
        end -= 1
    spans = spans_of(doc, [t.i for t in noun.subtree if t.i < end])
    return CharSpan(spans[0].start, spans[-1].end) if spans else None


def _fronted_subject_of_a_clause(verb: Token) -> CharSpan | None:
    """ "[Mr. Slinker, whose latest start-up, Paradata, uses big data …,] said": the subject set off
    by a comma that opens the sentence, where the parser made it the subject of a clause before
    the cue, reaching the comma before the cue. The cue's content lies after it."""
    doc = verb.doc
    if verb.i < 2 or doc[verb.i - 1].text != ",":
        return None
    clause = next((c for c in verb.lefts if c.dep_ in CLAUSE_DEPS and c.right_edge.i == verb.i - 2), None)
    if clause is None:
        return None
    subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.tag_ not in NOUN_TAGS or subject.left_edge.i != clause.left_edge.i:
        return None
    first = subject.left_edge.i
    opening = doc[verb.sent.start : first]
    if any(t.lower_ not in OPENERS for t in opening) or doc[subject.i + 1].text != ",":
        return None
    comma = doc[verb.i - 1]
    return CharSpan(doc[first].idx, comma.idx + len(comma.text))
