"""Verb cues the parser misread, read back: a cue taken for an adjective or a modifier.

"Jane Smith, a lawyer, cautioned reform does not come quickly", "Trump called the sentence
“unjust.”", "Democrats are worried that…" (a stance read as an adjective after "be") and "Prices
rose in Fargo, the Tribune reported" (the tag's subject read as an appositive of "Fargo") leave
the cue without the subject or complement the other rules look for, so these rules read the
sentence around the cue instead of the cue's dependents. They stand alone because they repair a
parse rather than read one, and attribution.py tries them first.
"""

from __future__ import annotations

from dataclasses import replace
from itertools import pairwise

from spacy.tokens import Span, Token

from quotegraph.extraction.clauses import CLAUSE_DEPS, CLAUSE_SUBJECT_DEPS
from quotegraph.extraction.cues import (
    NAME_TAGS,
    RELATIVE_PRONOUN_TAGS,
    VERB_TAGS,
    Cue,
    stance_after_be,
    verb_read_as_noun,
)
from quotegraph.extraction.found import Found
from quotegraph.extraction.hosts import FINITE_TAGS
from quotegraph.extraction.lexicon import Lexicon
from quotegraph.extraction.objects import ADDRESSEE_LEMMAS
from quotegraph.extraction.phrases import FINITE_OR_MODAL_TAGS, closes
from quotegraph.extraction.sources import subject_of
from quotegraph.extraction.spans import spans_of, subtree_indices
from quotegraph.records import CharSpan

NOUN_TAGS = frozenset({"NN", "NNS", "NNP", "NNPS", "PRP"})
# A past form misread as an adjective keeps its tag or gets "JJ" ("encouraged supporters to…").
PAST_OR_ADJECTIVE_TAGS = frozenset({"VBD", "VBN", "JJ"})


def read_as_adjective(verb: Token, lexicon: Lexicon) -> Found | None:
    """ "Jane Smith, a lawyer, cautioned reform does not come quickly": a past-tense cue the parser
    took for an adjective of the noun after it ("cautioned reform"), which is in fact the subject
    of the reported clause. The source is the verb's own subject or the noun phrase closed by the
    comma before it; the content runs from that noun to the end of its clause."""
    doc = verb.doc
    if verb.dep_ not in ("amod", "compound") or verb.tag_ not in PAST_OR_ADJECTIVE_TAGS or not lexicon.allows(
        lexicon.cue_lemma(verb.text) or "", "c"
    ):
        return None
    noun = verb.head
    # the noun is the clause's subject, or, parsed as in apposition to the real one, beside it
    holder = noun.head if noun.dep_ == "appos" else noun
    clause = holder.head
    if noun.i <= verb.i or not _opens_noun_phrase(verb, noun) or holder.dep_ not in ("nsubj", "nsubjpass"):
        return None
    if clause.tag_ not in VERB_TAGS or clause.i <= noun.i:
        return None
    subject = subject_of(verb) or _phrase_closed_by_comma(verb) or _subject_before_coordinator(verb, clause)
    if subject is None:
        return None
    source = spans_of(doc, {t.i for t in subject.subtree if t.i < verb.i and t.text != ","})
    last = clause.right_edge.i
    content = spans_of(doc, range(verb.i + 1, last + 1))
    if not source or not content:
        return None
    cue = Cue(verb, (verb.i,), lexicon.cue_lemma(verb.text) or "")
    return Found(cue, tuple(content), CharSpan(source[0].start, source[-1].end), verb.sent, "ccomp")




def stance_read_as_adjective(cue: Cue, lexicon: Lexicon) -> Found | None:
    """ "Some Democrats are worried [that his tactics could hurt them]", "Republicans were worried
    about [the economy]": a cue's past form after "be", which the parser reads as
    an adjective. The source is the subject of "be"; the content the clause the adjective takes,
    or the object of its "about", which joins the cue as it does a verb's ("called for")."""
    adjective = cue.head
    if adjective.tag_ != "JJ" or not stance_after_be(adjective):
        return None
    subject = next((c for c in adjective.head.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.tag_ in RELATIVE_PRONOUN_TAGS:
        return None  # "voters who are worried about jobs": a group described, not a stance reported
    if any(c.dep_ == "neg" for c in adjective.head.children):
        return None  # "was not worried": no stance held, and the negation hangs off "be", not the cue
    held = _what_the_stance_is_about(cue, lexicon)
    source = spans_of(adjective.doc, subtree_indices(subject))
    if held is None or not source:
        return None
    content, how, indices = held
    return Found(
        replace(cue, indices=indices), tuple(content), CharSpan(source[0].start, source[-1].end),
        adjective.sent, how,
    )


# A stance's content, the route that found it, and the cue's token indices.
Held = tuple[list[CharSpan], str, tuple[int, ...]]


def _what_the_stance_is_about(cue: Cue, lexicon: Lexicon) -> Held | None:
    """The content, route and cue indices of a stance adjective: its clause ("worried [that…]"), or
    the object of its "about", whose preposition joins the cue when right after it."""
    adjective = cue.head
    doc = adjective.doc
    clause = next((c for c in adjective.rights if c.dep_ in CLAUSE_DEPS), None)
    about = next((c for c in adjective.rights if c.dep_ == "prep" and c.lower_ == "about"), None)
    if clause is not None and lexicon.allows(cue.lemma, "c"):
        content = spans_of(doc, subtree_indices(clause))
        return (content, "ccomp", cue.indices) if content else None
    if about is not None and lexicon.allows(cue.lemma, "p"):
        content = spans_of(doc, subtree_indices(about) - {about.i})
        indices = (*cue.indices, about.i) if about.i == adjective.i + 1 else cue.indices
        return (content, "preposition", indices) if content else None
    return None


def _opens_noun_phrase(verb: Token, noun: Token) -> bool:
    """Whether `verb` is the first word of `noun`'s phrase, not counting the verb's own
    dependents: the parser may hang the real subject off the misread verb ("Gorka, an adviser,
    encouraged supporters to remain calm", with "adviser" under "encouraged")."""
    own = {t.i for t in verb.subtree}
    return all(t.i > verb.i for t in noun.subtree if t.i not in own)


# The most words of a name that opens a sentence before its misread verb ("Donald J. Trump").
MAX_OPENING_NAME = 4


def verb_of_a_verbless_sentence(cue: Cue, lexicon: Lexicon) -> Found | None:
    """ "Trump called Stone's sentence “unjust.”", "Trump endorsed blocking relief": a name the
    parser took for a noun or a verb ("trump") leaves the sentence without a finite verb, and
    the cue after the name becomes a modifier. The name is the source, the rest of the sentence
    the content."""
    verb = cue.head
    doc = verb.doc
    sentence = verb.sent
    name = doc[sentence.start : cue.indices[0]]
    if not _misread_after_a_name(cue, name, lexicon):
        return None
    content = spans_of(doc, [i for i in range(verb.i + 1, sentence.end) if not closes(doc[i], sentence)])
    if not content:
        return None
    source = CharSpan(name[0].idx, name[-1].idx + len(name[-1].text))
    return Found(cue, tuple(content), source, sentence, "object")


# Words that may open a sentence before its subject: "But", "And", "Now", a quotation mark.
OPENING_JOINER_TAGS = frozenset({"CC", "RB", "``", "''", ",", ":"})


def noun_read_back_as_verb(cue: Cue, lexicon: Lexicon) -> Found | None:
    """ "Estimates by the Argentinian government state [about 350 thousand abortions are carried
    out]", "The database lists Saha as … and states [it runs flights]": a cue verb's form the
    parser tagged as a noun where a verb must be (cues.verb_read_as_noun). Its source is the noun
    phrase that opens the sentence or, after "and"/"but", the subject of the verb it is joined to;
    its content the rest of the sentence, which the parse of a misread verb no longer gives."""
    verb = cue.head
    doc = verb.doc
    sentence = verb.sent
    if not verb_read_as_noun(verb) or not _takes_what_follows(verb, cue.lemma, lexicon):
        return None
    if verb.dep_ == "conj":
        subject = subject_of(verb.head)
        if subject is None or subject.i > verb.head.i:
            return None
        source = spans_of(doc, subtree_indices(subject))
    else:  # "[But] Trump claims…": a joining word before the noun phrase is no part of it
        first = next(t.i for t in doc[sentence.start : verb.i] if t.tag_ not in OPENING_JOINER_TAGS)
        source = spans_of(doc, range(first, verb.i))
    content = spans_of(doc, [i for i in range(verb.i + 1, sentence.end) if not closes(doc[i], sentence)])
    if not source or not content:
        return None
    return Found(cue, tuple(content), CharSpan(source[0].start, source[-1].end), sentence, "object")


def _takes_what_follows(verb: Token, lemma: str, lexicon: Lexicon) -> bool:
    """Whether the cue takes the word after it: "to" as an open complement ("plans [to…]"), any
    other as the opening of a clause or an object."""
    if verb.doc[verb.i + 1].lower_ == "to":
        return lexicon.allows(lemma, "x")
    return lexicon.allows(lemma, "c") or lexicon.allows(lemma, "o")


def _misread_after_a_name(cue: Cue, name: Span, lexicon: Lexicon) -> bool:
    """A past-tense cue taken for a modifier, right after the name that opens a sentence with no
    finite verb; not in a headline set in title case ("Suspect Named By Police")."""
    verb = cue.head
    modifier = verb.tag_ in PAST_OR_ADJECTIVE_TAGS and verb.dep_ in ("acl", "amod", "compound", "relcl")
    takes_content = lexicon.allows(cue.lemma, "o") or lexicon.allows(cue.lemma, "c")
    named = 0 < len(name) <= MAX_OPENING_NAME and all(t.is_title and t.is_alpha for t in name)
    verbless = not any(t.tag_ in FINITE_OR_MODAL_TAGS for t in verb.sent if t.i != verb.i)
    return modifier and verb.text.islower() and takes_content and named and verbless


def _subject_before_coordinator(verb: Token, clause: Token) -> Token | None:
    """ "Gorka spoke at the rally and encouraged supporters to remain hopeful": after "and" or
    "but", the misread cue shares the subject of the verb its clause is coordinated with."""
    doc = verb.doc
    if verb.i == 0 or doc[verb.i - 1].lower_ not in ("and", "but") or clause.dep_ != "conj":
        return None
    first = clause.head
    subject = subject_of(first)
    return subject if subject is not None and subject.i < first.i < verb.i else None


def _phrase_closed_by_comma(verb: Token) -> Token | None:
    """The head of the noun phrase that ends at the comma right before `verb`."""
    doc = verb.doc
    if verb.i < 2 or doc[verb.i - 1].text != ",":
        return None
    token = doc[verb.i - 2]
    while token.head.i < verb.i - 1 and token.head is not token:
        token = token.head
    return token if token.tag_ in NOUN_TAGS and token.dep_ in ("nsubj", "nsubjpass") else None


# What may follow a final tag's verb: when and where it was said ("…, the army said on Sunday").
CIRCUMSTANCE_DEPS = frozenset({"prep", "npadvmod", "punct"})


def subject_read_as_appositive(cue: Cue) -> Found | None:
    """ "[She worked at a center in West Fargo], the Minneapolis Star Tribune reported.": a tag
    at the end of the clause it reports, whose subject the parser hung off the clause's last
    noun as an appositive ("Fargo, the … Tribune"), leaving the verb without a subject of its
    own. The appositive is the source, the clause without it the content."""
    verb = cue.head
    if verb.tag_ not in FINITE_TAGS or subject_of(verb) is not None or verb.i < 3:
        return None
    appositive = _appositive_ending_before(verb)
    clause = _clause_tagged_last(verb)
    if appositive is None or clause is None or appositive.i not in subtree_indices(clause):
        return None
    if not any(c.dep_ in CLAUSE_SUBJECT_DEPS for c in clause.children):
        return None
    if any(c.dep_ not in CIRCUMSTANCE_DEPS for c in verb.rights):
        return None
    # the verb and its words, less the clause when the parser made the clause the verb's own
    tag = {verb.i} | {t.i for c in verb.children if c.i != clause.i for t in c.subtree}
    doc = verb.doc
    content = spans_of(doc, subtree_indices(clause) - tag - subtree_indices(appositive))
    source = spans_of(doc, subtree_indices(appositive))
    if not content or not source:
        return None
    return Found(cue, tuple(content), CharSpan(source[0].start, source[-1].end), verb.sent, "host")


def _appositive_ending_before(verb: Token) -> Token | None:
    """The appositive, set off by a comma, that ends right before `verb` and names a speaker: a
    name or a noun phrase with a determiner or modifier ("the Times", "local media")."""
    doc = verb.doc
    token = doc[verb.i - 1]
    while token.dep_ != "appos" and token.head.i < verb.i and token.head.i != token.i:
        token = token.head
    if token.dep_ != "appos" or token.right_edge.i != verb.i - 1 or doc[token.left_edge.i - 1].text != ",":
        return None
    named = token.tag_ in NAME_TAGS
    modifiers = ("det", "poss", "amod", "compound")
    described = token.tag_ in ("NN", "NNS") and any(c.dep_ in modifiers for c in token.children)
    return token if named or described else None


def _clause_tagged_last(verb: Token) -> Token | None:
    """The clause before a final tag: the verb's own complement before it, or the clause the
    parser hung the verb off as an adverbial clause, a conjunct or a parataxis."""
    before = [c for c in verb.lefts if c.dep_ in CLAUSE_DEPS]
    if before:
        return before[0]
    if verb.dep_ in ("advcl", "conj", "parataxis") and verb.head.i < verb.i:
        return verb.head
    return None


# Words of a noun phrase that opens a reported clause: "[a “significant development”] was…".
SUBJECT_PHRASE_TAGS = frozenset(
    {"DT", "PRP$", "JJ", "JJR", "JJS", "NN", "NNS", "NNP", "NNPS", "CD", "POS", "PRP", "HYPH", "``", "''"}
)
# Words that stand for what was said and are objects, not subjects: "said [nothing]", "hinted [so]".
PRO_FORMS = frozenset("nothing something anything everything little much this that it so all".split())
# Cues whose first object is the one addressed or named, not a clause's subject: "told [the Post]
# he was…", "called [Clinton] unqualified", "gave [Obama] authority".
TWO_OBJECT_LEMMAS = ADDRESSEE_LEMMAS | {"call", "give", "name"}
# The most words of the subject phrase, and of a phrase between the cue and it ("to journalists").
MAX_SUBJECT_WORDS = 6
MAX_SETTING_WORDS = 3
# Where the reported clause ends: a clause break, or the sentence's end.
CLAUSE_BREAKS = frozenset({",", ";", ":", "(", "—", "–"})


def clause_read_across(verb: Token, lexicon: Lexicon) -> list[CharSpan]:
    """ "upon announcing to journalists [Adamowicz remained alive]", "which indicated on Monday [a
    “significant development” was likely]", "wept upon hearing [her son had been convicted]": a
    clause with no "that" after a cue that takes one, whose subject the parser made the cue's
    object and whose verb it hung elsewhere. Read off the words: after the cue (and a short
    phrase of the addressee or the time), a noun phrase and a verb with a tense. The content runs
    to the next clause break; empty when the words after the cue are not so laid out."""
    lemma = lexicon.cue_lemma(verb.text) or ""
    if not lexicon.allows(lemma, "c") or not verb.text.islower() or lemma in TWO_OBJECT_LEMMAS:
        return []
    if verb.head.i > verb.i:  # "the self-[described] democratic socialist", "[lobbying] firms"
        return []
    phrase = _subject_phrase(verb, lexicon)
    if phrase is None:
        return []
    doc = verb.doc
    last = phrase.end
    while last + 1 < verb.sent.end and not _breaks_clause(doc[last + 1], lexicon):
        last += 1
    return spans_of(doc, range(phrase.start, last + 1))


def _subject_phrase(verb: Token, lexicon: Lexicon) -> Span | None:
    """The noun phrase after the cue that a verb with a tense follows, or None."""
    doc = verb.doc
    start = end = _after_setting(verb)
    while end < verb.sent.end and doc[end].tag_ in SUBJECT_PHRASE_TAGS and end - start < MAX_SUBJECT_WORDS:
        end += 1
    if end == start or end >= verb.sent.end or doc[end].tag_ not in FINITE_OR_MODAL_TAGS:
        return None
    if not doc[end].text.islower() or _participle_with_agent(doc[end]):
        return None  # "“Madre Tierra (Oye)”": a name taken for a verb
    if lexicon.cue_lemma(doc[end].text) is not None:
        return None  # "I hope [America] says, “…”": a report of its own, which the rules read
    phrase = doc[start:end]
    named = any(t.tag_.startswith("NN") for t in phrase)
    # "said [nothing] was…", "told [him] was…", "seem confident [they] votes…"; "said [he] was…"
    # the parser reads right
    object_word = (len(phrase) == 1 and phrase[0].lower_ in PRO_FORMS) or any(t.tag_ == "PRP" for t in phrase)
    # "[pledged] delegates will be at stake", "added Latin hits": a bare noun or adjective right
    # after the cue may be one the cue modifies; a name, a determiner or a possessive is not
    modifier = phrase[0].tag_ in ("NN", "NNS", "JJ", "JJR", "JJS")
    # "the statement the campaign issued [late Tuesday] was notable": a time is no subject
    timed = any(t.ent_type_ in ("DATE", "TIME") for t in phrase)
    if not named or object_word or modifier or timed or _relative_without_that(phrase):
        return None  # "believe [the lies hucksters] tell": a relative clause without "that"
    return phrase


def _participle_with_agent(word: Token) -> bool:
    """ "observing [the area] turned orange by butterfly bodies": a past form with "by" after it is a
    participle describing the noun, not the verb of a clause."""
    doc = word.doc
    after = doc[word.i + 1 : min(word.i + 4, word.sent.end)]
    return word.tag_ == "VBD" and any(t.lower_ == "by" for t in after)


def _relative_without_that(phrase: Span) -> bool:
    """A common noun followed by a name or a pronoun: "the lies [hucksters] tell", "one thing [Trump]
    has been doing", a relative clause without "that" whose verb is not the report's."""
    return any(
        a.tag_ in ("NN", "NNS") and (b.tag_ in ("NNP", "NNPS", "PRP") or (a.tag_ == b.tag_ == "NNS"))
        for a, b in pairwise(phrase)
    )


def _after_setting(verb: Token) -> int:
    """Index of the first word after the cue and a short phrase of whom it was said to or when
    ("announcing [to journalists]", "indicated [on Monday]")."""
    doc = verb.doc
    i = verb.i + 1
    if i < len(doc) and doc[i].tag_ == "IN" and doc[i].lower_ != "that":
        for k in range(i + 1, min(i + 1 + MAX_SETTING_WORDS, len(doc))):
            if doc[k].tag_ in ("NN", "NNS", "NNP", "NNPS", "CD") and doc[k].head.i == i:
                return k + 1
    return i


def _breaks_clause(token: Token, lexicon: Lexicon) -> bool:
    """A clause break, the sentence's final mark, or a coordinator before a report of its own
    ("[her son had been convicted] and said she believed…")."""
    doc = token.doc
    if token.text in CLAUSE_BREAKS or closes(token, token.sent):
        return True
    following = doc[token.i + 1] if token.i + 1 < len(doc) else None
    return token.tag_ == "CC" and following is not None and lexicon.cue_lemma(following.text) is not None
