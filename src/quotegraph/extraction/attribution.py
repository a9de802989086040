"""Cue → source and content, over the dependency parse: the rules for a verb cue.

A reporting verb's content is its clausal complement ("said [that the talks failed]"), the
clause it interrupts or follows ("[The talks failed], he said"), an adjacent quotation
("said: “…”"), or for verbs that take one, a noun-phrase object ("rejected [the idea]").
Its source is its subject, the agent of a passive ("was announced [by the ministry]"), or
the subject inherited from the verb it depends on ("…, [he] added, saying that…").
Span edges follow the PolNeAR guidelines: "that" belongs to the content, the sentence's
final period does not, quotation marks do.

This module decides which construction a verb cue is in and in what order they are tried;
each construction's rules live in their own module: clauses.py (clausal complements),
hosts.py (a tag and the clause it reports), objects.py (objects, prepositional objects,
passives), sources.py (the source), misparses.py (parses read back). A report noun ("the
mayor's claims of fraud") comes through here too, since cues.py finds it among the verbs.
Phrase cues ("according to") are phrases.py's.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from spacy.tokens import Token

from quotegraph.extraction.clauses import (
    clause_indices,
    for_clause,
    reported_clauses,
    that_clauses,
)
from quotegraph.extraction.cues import (
    NOUN_CUE_TAGS,
    RELATIVE_PRONOUN_TAGS,
    VERB_TAGS,
    Cue,
    plea_of,
)
from quotegraph.extraction.found import Found
from quotegraph.extraction.hosts import (
    CLAUSE_HEAD_TAGS,
    around_parenthetical,
    as_tag_before_clause,
    clause_before_tag,
    continuation_after_inverted_tag,
    fronted_subject_tag,
    inverted_subject,
    is_parenthetical,
    reports_its_host,
    tag_before_clause,
    unpunctuated_tag_before_clause,
)
from quotegraph.extraction.lexicon import THAT_CLAUSE_LEMMAS, Lexicon
from quotegraph.extraction.misparses import (
    clause_read_across,
    noun_read_back_as_verb,
    read_as_adjective,
    stance_read_as_adjective,
    subject_read_as_appositive,
    verb_of_a_verbless_sentence,
)
from quotegraph.extraction.objects import (
    OBJECT_ONLY_LEMMAS,
    calls_its_object,
    complement_content,
    to_infinitive,
)
from quotegraph.extraction.phrases import closes
from quotegraph.extraction.sources import source_span
from quotegraph.extraction.spans import spans_of, subtree_indices
from quotegraph.records import CharSpan

# Evidential verbs: PolNeAR annotates "it seems that…", "X appeared to…" without a source
# (train: 194 of 250 attributions whose cue is "seem" or "appear" alone have none).
SOURCELESS_LEMMAS = frozenset({"seem", "appear"})


def attribute_verb(cue: Cue, *, lexicon: Lexicon) -> Found | None:
    """Source and content of a verb cue, or None when it has no content to attribute."""
    verb = cue.head
    if verb.tag_ in NOUN_CUE_TAGS:
        return noun_read_back_as_verb(cue, lexicon) or _attribute_noun(
            cue, lexicon.noun_relations.get(cue.lemma, "")
        )
    if cue.lemma in THAT_CLAUSE_LEMMAS:
        return _that_clause_report(verb, cue, lexicon)
    return _attribute_reporting_verb(verb, cue, lexicon)


def _attribute_reporting_verb(verb: Token, cue: Cue, lexicon: Lexicon) -> Found | None:
    """A verb cue's source and content by the routes of its construction, in order."""
    # "placed [the toll at 50]", "looked [to add justices]" (no clause in the lexicon): no tags
    object_only = cue.lemma in OBJECT_ONLY_LEMMAS or not lexicon.allows(cue.lemma, "c")
    misread = (
        read_as_adjective(verb, lexicon)
        or stance_read_as_adjective(cue, lexicon)
        or verb_of_a_verbless_sentence(cue, lexicon)
        or (subject_read_as_appositive(cue) if not object_only else None)
    )
    if misread is not None or verb.tag_ not in VERB_TAGS:  # a past form tagged as an adjective
        return misread
    clause = clause_before_tag(verb) if not object_only else None
    taken_up = continuation_after_inverted_tag(verb, lexicon) if clause is not None else set()
    inverted = inverted_subject(verb, lexicon, taken_up) if clause is not None else None
    if clause is not None and inverted is not None:  # "Prices rose, reported the Times."
        tag = [verb] if clause.i == verb.head.i else []  # parsed as coordinated: the tag hangs off it
        content = spans_of(verb.doc, subtree_indices(clause, without=tag) | taken_up)
        subject = spans_of(verb.doc, subtree_indices(inverted))
        if content and subject:
            return Found(cue, tuple(content), subject[0], verb.sent, "host")
    fronted = fronted_subject_tag(verb) if not object_only else None
    if fronted is not None:  # "The plan, said the mayor, is a disaster."
        content = spans_of(verb.doc, fronted[0])
        subject = spans_of(verb.doc, subtree_indices(fronted[1]))
        if content and subject:
            return Found(cue, tuple(content), CharSpan(subject[0].start, subject[-1].end), verb.sent, "host")
    if object_only:
        content, how = complement_content(verb, cue, lexicon)
    else:
        content, how = _verb_content(verb, cue, lexicon)
    if not content and lexicon.allows(cue.lemma, "c"):
        content, how = clause_read_across(verb, lexicon), "ccomp"
    if not content:
        return None
    if how == "preposition" and plea_of(verb, cue.lemma) is None:
        # "called for", "pointed to": the preposition joins the cue (a plea's cue ends at the plea)
        cue = replace(cue, indices=_with_adjacent_preposition(verb, cue.indices))
    sourceless = cue.lemma in SOURCELESS_LEMMAS and not _reports_through_complement(verb, lexicon)
    source = None if sourceless else _before_content(source_span(verb), content, verb.doc.text)
    return Found(cue, tuple(content), source, verb.sent, how)


def _that_clause_report(verb: Token, cue: Cue, lexicon: Lexicon) -> Found | None:
    """ "He holds [that if they were residents she meets the requirement]": a cue of a "that"
    clause only (THAT_CLAUSE_LEMMAS) reports that clause; None without one."""
    clauses = that_clauses(verb, lexicon)
    content = spans_of(verb.doc, clause_indices(verb, clauses, lexicon) - set(cue.indices)) if clauses else []
    if not content:
        return None
    source = _before_content(source_span(verb), content, verb.doc.text)
    return Found(cue, tuple(content), source, verb.sent, "ccomp")


def _verb_content(verb: Token, cue: Cue, lexicon: Lexicon) -> tuple[list[CharSpan], str]:
    """The content of a verb cue and the rule that found it, the rules tried in this order;
    ([], "") when none applies."""
    doc = verb.doc
    if is_parenthetical(verb, lexicon):
        return spans_of(doc, around_parenthetical(verb, cue, lexicon)), "aside"
    reported = _named_object_or_clause(verb, cue, lexicon)
    if reported is not None:
        return reported
    called_for = for_clause(verb)
    if called_for is not None and lexicon.allows(cue.lemma, "p"):  # "called for X to be tried"
        return spans_of(doc, subtree_indices(called_for) - {called_for.left_edge.i}), "preposition"
    if reports_its_host(verb, lexicon):
        return spans_of(doc, subtree_indices(verb.head, without=[verb])), "host"
    after_tag = _clause_after_tag(verb, lexicon)
    if after_tag:
        return spans_of(doc, after_tag), "host"
    return complement_content(verb, cue, lexicon)


def _named_object_or_clause(verb: Token, cue: Cue, lexicon: Lexicon) -> tuple[list[CharSpan], str] | None:
    """What the verb calls its object ("[the database] lists [Saha as belonging to the Air Force]
    and states…": a verb that calls its object something reports that, not a clause the parser
    also hung on it), else its reported clause; None when it has neither."""
    if lexicon.allows(cue.lemma, "o") and calls_its_object(verb):
        content, how = complement_content(verb, cue, lexicon)
        if content:
            return content, how
    clauses = reported_clauses(verb, lexicon)
    if not clauses:
        return None
    indices = clause_indices(verb, clauses, lexicon) - set(cue.indices)
    if indices and max(indices) < verb.i:  # "The fire started, said the mayor, [and spread]"
        indices |= continuation_after_inverted_tag(verb, lexicon)
    return spans_of(verb.doc, indices), "ccomp"


def _clause_after_tag(verb: Token, lexicon: Lexicon) -> set[int]:
    """ "The Times reported on Monday, [prices had risen]", "As the Times reported, [prices had
    risen]", "…, with local media reporting [no-one was hurt]": the clause after a tag that the
    parser hangs off it, less the tag; empty when the verb is no such tag."""
    tag = tag_before_clause(verb, lexicon)
    if tag is None:
        tag = as_tag_before_clause(verb, lexicon)
    if tag is not None:
        return subtree_indices(verb.head) - tag
    clause = unpunctuated_tag_before_clause(verb, lexicon)
    if clause is None:
        return set()
    return {i for i in clause_indices(verb, [clause], lexicon) if i > verb.right_edge.i}


def _marked_that(clause: Token) -> bool:
    return any(g.dep_ == "mark" and g.lower_ == "that" for g in clause.children)


def _attribute_noun(cue: Cue, relations: str) -> Found | None:
    """ "the president's claims [of widespread fraud]", "their allegation [that the vote was
    rigged]", "Sanders's point was [that…]": a report noun with a possessor and a content, its
    own or, for a stance noun ("s" in its relations), the "that" clause of the "be" whose
    subject it is or the clause after a colon right after it; the possessor is the source.
    Without either it names a speech event ("her claims were rejected"), which reports nothing."""
    noun = cue.head
    owners = [c for c in _hyphenated_start(noun).children if c.dep_ == "poss"] or [
        c for c in noun.children if c.dep_ == "poss"
    ]
    if "b" in relations:  # "By BTP's report, [two men died]", "By some estimates, […]"
        return _account_phrase(cue, owners)
    if "f" in relations:  # "Support for [mail-in voting] came from Klobuchar"
        found = _coming_from(cue)
        if found is not None or not set(relations) - {"f"}:
            return found
    if "s" in relations and not owners:  # "Smith had one more theory: [the ship was spoofed]"
        return _held_before_colon(cue) or _stance_of_no_one(cue, relations)
    return _possessed_noun(cue, relations, owners)


def _stance_of_no_one(cue: Cue, relations: str) -> Found | None:
    """A stance noun with no possessor: only "in the view of X" names whose stance it is."""
    if "h" not in relations:
        return None
    return _possessed_noun(cue, relations, [])


def _possessed_noun(cue: Cue, relations: str, owners: list[Token]) -> Found | None:
    """The report noun's content and its one possessor, the source (_attribute_noun)."""
    noun = cue.head
    doc = noun.doc
    if "h" in relations and not owners:  # "In the view of [the committee], [the plan fails]"
        owners = [owner for owner in [_owner_after_of(noun)] if owner is not None]
        relations = "h"  # an "of" phrase names whose stance only in the stance phrase
    if len(owners) != 1:
        return None
    if "h" in relations:  # "In his view, [the plan will fail]"
        found = _stance_phrase(cue, owners[0])
        if found is not None or "s" not in relations:
            return found
    content = _noun_content(noun, relations)
    if not content and "s" in relations:
        cue, content = _stance_content(cue, owners[0])
    spans = spans_of(doc, content)
    source = spans_of(doc, subtree_indices(owners[0]))
    if not spans or not source:
        return None
    return Found(cue, tuple(spans), CharSpan(source[0].start, source[-1].end), noun.sent, "noun")


def _stance_content(cue: Cue, owner: Token) -> tuple[Cue, set[int]]:
    """What a possessed stance noun holds: the "that" clause of the "be" whose subject it is
    ("Beck's contention was [that Trump…]"), else the clause after a colon right after it
    ("Their argument: [the rise would not cover inflation]"); the cue, with "be" where it
    follows the noun."""
    noun = cue.head
    copula = _copula_with_clause(noun)
    if copula is not None:
        verb, clause = copula
        if all(t.tag_ in COPULA_BRIDGE_TAGS for t in noun.doc[noun.i + 1 : verb.i]):
            cue = replace(cue, indices=(_hyphenated_start(noun).i, verb.i))  # "point was"
        return cue, subtree_indices(clause)
    if _opens_its_sentence(owner.left_edge):
        return cue, _clause_after_colon(noun)
    return cue, set()


# Forms of "have" whose subject holds the stance noun it has: "Smith had one more theory: …".
HAVE_FORMS = frozenset("has have had".split())
# What ends the clause after a colon: the sentence's end (a paragraph break ends it too).
CLAUSE_ENDS = frozenset(".!?")
# Marks that open a quotation: a quotation after the colon is colon_introduced's (tags.py).
OPENING_MARKS = frozenset("\"\u201c\u2018'")


def _held_before_colon(cue: Cue) -> Found | None:
    """ "Smith had one more theory: [the ship could be the victim of identity theft]": a stance
    noun that a sentence's "have" takes as its object, right before a colon, introduces what the
    subject holds; the cue runs from "have" to the noun, the subject is the source."""
    noun = cue.head
    verb = noun.head
    if noun.dep_ != "dobj" or verb.lower_ not in HAVE_FORMS or verb.i > noun.i:
        return None
    subject = next((c for c in verb.lefts if c.dep_ == "nsubj"), None)
    if subject is None or not _opens_its_sentence(subject.left_edge):
        return None
    content = _clause_after_colon(noun)
    source = spans_of(noun.doc, subtree_indices(subject))
    if not content or not source:
        return None
    cue = replace(cue, indices=tuple(range(verb.i, noun.i + 1)))
    spans = tuple(spans_of(noun.doc, content))
    return Found(cue, spans, CharSpan(source[0].start, source[-1].end), noun.sent, "noun")


def _opens_its_sentence(first: Token) -> bool:
    """Whether `first` opens its sentence or paragraph, whatever the parser's segmentation:
    "Their argument: …" is a fragment of its own, not the end of a longer clause."""
    if first.i == 0:
        return True
    before = first.doc[first.i - 1]
    return before.is_space or before.text in CLAUSE_ENDS


def _clause_after_colon(noun: Token) -> set[int]:
    """ "Their argument[:] [the pay rise would not cover inflation]": the clause from a colon
    right after a stance noun to its sentence's end, when it holds a verb and is no quotation
    (colon_introduced takes a quotation); empty otherwise. The colon says what the stance is,
    as "was that" does (PolNeAR guidelines, "Punctuation as a cue")."""
    doc = noun.doc
    colon = noun.i + 1
    if colon + 1 >= len(doc) or doc[colon].text != ":" or doc[colon + 1].text[0] in OPENING_MARKS:
        return set()
    end = colon + 1
    while end < len(doc) and not doc[end].is_space and not _ends_a_sentence(doc[end]):
        end += 1
    content = set(range(colon + 1, end))
    if not any(doc[i].tag_ in VERB_TAGS for i in content):
        return set()  # "His message: peace": a heading or a list
    return content


def _ends_a_sentence(token: Token) -> bool:
    nxt = token.nbor() if token.i + 1 < len(token.doc) else None
    return token.text in CLAUSE_ENDS and (nxt is None or nxt.is_space or bool(token.whitespace_))


# Verbs whose "from" (or agent "by") names who made what a noun of expression carries:
# "Support for the bill came from the senator", "Similar attributions were made by Saba".
COMING_FORMS = frozenset("come comes came coming".split())
MADE_FORMS = frozenset({"made"})


def _coming_from(cue: Cue) -> Found | None:
    """ "Support for [mail-in voting] also came from [Senator Amy Klobuchar]", "Expressions of
    [condolences] have come from [Jamal al-Harbi]", "Similar attributions of [responsibility]
    were made by [Saba]": a noun of expression with an "of" or "for" object, the subject of "come
    from" or of "be made by", says its object, and the "from" or "by" phrase names who said it."""
    noun = cue.head
    verb = noun.head
    doc = noun.doc
    if noun.dep_ == "nsubj" and verb.lower_ in COMING_FORMS:
        marker = ("prep", "from")
    elif noun.dep_ == "nsubjpass" and verb.lower_ in MADE_FORMS:
        marker = ("agent", "by")
    else:
        return None
    by = next((c for c in verb.rights if (c.dep_, c.lower_) == marker), None)
    of = next((c for c in noun.rights if c.dep_ == "prep" and c.lower_ in ("of", "for")), None)
    if by is None or of is None:
        return None
    content = spans_of(doc, _object_indices(of))
    source = spans_of(doc, _object_indices(by))
    if not content or not source:
        return None
    return Found(cue, tuple(content), CharSpan(source[0].start, source[-1].end), noun.sent, "noun")


def _hyphenated_start(noun: Token) -> Token:
    """The first part of a hyphenated noun the parser split into sibling words ("The
    government's [counter]-argument": the possessor hangs on "counter"), else the noun."""
    doc = noun.doc
    first = noun
    while (
        first.i >= 2
        and doc[first.i - 1].text == "-"
        and not doc[first.i - 2].whitespace_
        and not doc[first.i - 1].whitespace_
        and doc[first.i - 2].head.i == noun.head.i
        and doc[first.i - 2].dep_ == noun.dep_
    ):
        first = doc[first.i - 2]
    return first


def _noun_content(noun: Token, relations: str) -> set[int]:
    """What the noun itself carries: "claims [of fraud]", "insistence [that…]", "pledge [to…]"."""
    for child in noun.rights:
        content: set[int] = set()
        if child.dep_ == "prep" and child.lower_ == "of" and "o" in relations:
            content = _object_indices(child)
        elif child.dep_ in ("acl", "ccomp") and "t" in relations and _marked_that(child):
            content = subtree_indices(child)
        elif child.dep_ == "acl" and "x" in relations and to_infinitive(child):
            content = subtree_indices(child)  # "Biden's pledge [to pick a woman]"
        if content:
            return content
    return set()


def _object_indices(preposition: Token) -> set[int]:
    """The token indices of a preposition's object: "claims of [widespread fraud]", "came from
    [Senator Amy Klobuchar]"."""
    return {i for g in preposition.children if g.dep_ == "pobj" for i in subtree_indices(g)}


# Verbs that join a stance noun to the clause it holds: "his point was that…", "the position
# remained that…" (forms: the pipeline gives no lemmas).
COPULA_FORMS = frozenset("is was are were be been remain remains remained".split())
# What may stand between such a noun and its verb inside the cue: adverbs and auxiliaries, not a
# phrase ("Her argument, much akin to Cameron's, is…": the noun alone).
COPULA_BRIDGE_TAGS = frozenset({"RB", "MD", "VBZ", "VBD", "VBP", "VB", "VBN"})


def _copula_with_clause(noun: Token) -> tuple[Token, Token] | None:
    """ "Rubio's response [was] [that it's unfair…]": the noun is the subject of "be" whose
    complement is a "that" clause, which is what the noun's possessor holds or said (PolNeAR
    annotates the noun and the verb as the cue). A to-infinitive is left alone: "Cruz's
    strategy was to attach himself to the Tea Party" is a deed planned, and PolNeAR train counts
    2 of 5 such. The verb and the clause, or None."""
    verb = noun.head
    if noun.dep_ != "nsubj" or verb.lower_ not in COPULA_FORMS:
        return None
    clause = next((c for c in verb.rights if c.dep_ == "ccomp" and _marked_that(c)), None)
    return (verb, clause) if clause is not None else None


# Prepositions that open a stance phrase: "in his view", "from his perspective".
STANCE_PREPOSITIONS = frozenset({"in", "from"})


def _stance_phrase(cue: Cue, owner: Token) -> Found | None:
    """ "In his view, [there are strong opportunities]", "[The only other action], in Professor
    Knittel's view, [would be more research]", "From his view, [this is a nationwide problem]": a
    stance noun after "in" or "from", with a possessor (or an "of" phrase: _owner_after_of),
    ascribes the clause the phrase modifies to that possessor (PolNeAR annotates the noun as the
    cue, the possessor as the source). Only where the phrase hangs off a clause ("gave his view of
    the war" names no content), before the clause's verb: after it, it may hang off a question
    asked ("Asked who leads the party in his view, he said…") or a word deep in the clause. After
    "from", not a view of something ("From their view of the stage, fans could see…": a sight)."""
    noun = cue.head
    prep = noun.head
    host = prep.head
    if noun.dep_ != "pobj" or prep.lower_ not in STANCE_PREPOSITIONS or prep.dep_ != "prep":
        return None
    if host.tag_ not in CLAUSE_HEAD_TAGS or prep.i > host.i:
        return None
    if prep.lower_ == "from" and owner.dep_ == "poss" and _of_phrase(noun) is not None:
        return None
    doc = noun.doc
    # "In the analysis of the Institute, [the high costs … render the project unrealistic]": the
    # phrase ends at its comma, whatever the parser hung on it after that
    end = next((t.i for t in doc[noun.i + 1 : prep.right_edge.i + 1] if t.text == ","), prep.right_edge.i + 1)
    phrase = set(range(prep.i, end))
    content = spans_of(doc, subtree_indices(host) - phrase)
    source = spans_of(doc, subtree_indices(owner) - set(range(end, len(doc))))
    if not content or not source:
        return None
    return Found(cue, tuple(content), CharSpan(source[0].start, source[-1].end), noun.sent, "noun")


def _owner_after_of(noun: Token) -> Token | None:
    """ "in the view of [the committee]", "In the analysis of [the German Institute for Economic
    Research]": whose stance a stance noun with "the" and no possessor gives, named by its "of"
    phrase; None otherwise ("in the view", "in a view of the sea")."""
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children):
        return None
    of = _of_phrase(noun)
    return next((g for g in of.children if g.dep_ == "pobj"), None) if of is not None else None


def _of_phrase(noun: Token) -> Token | None:
    """The noun's own "of" phrase, if any."""
    return next((c for c in noun.rights if c.dep_ == "prep" and c.lower_ == "of"), None)


def _account_phrase(cue: Cue, owners: list[Token]) -> Found | None:
    """ "[Two victims died], by BTP's report", "By some estimates, [the crowd topped 500,000]",
    "an outbreak that had, by reports, [infected 4,200]": a noun of account or count after "by",
    set off by a comma or the sentence's edge, ascribes the clause it qualifies to its possessor
    (the noun is the cue), or, without one, to the noun phrase itself ("by" is the cue). Not a
    passive's agent ("dampened by reports of an attack"), nor a noun with an "of" of its own
    ("by a count of 5 to 4"), nor a phrase inside a clause ("a total by NBC's reckoning")."""
    noun = cue.head
    prep = noun.head
    doc = noun.doc
    sentence = noun.sent
    if noun.dep_ != "pobj" or prep.lower_ != "by" or prep.dep_ != "prep" or len(owners) > 1:
        return None
    if any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children):
        return None
    end = noun.right_edge.i + 1
    opens = prep.i == sentence.start
    ends = end >= sentence.end or closes(doc[end], sentence)
    if not (opens or doc[prep.i - 1].text == ",") or not (ends or doc[end].text == ","):
        return None
    if opens:  # "By reports on Saturday, [two of the victims died]"
        indices: Iterable[int] = (i for i in range(end + 1, sentence.end) if not closes(doc[i], sentence))
    elif ends:  # "[The crews were already there], by BTP's report."
        indices = range(sentence.start, prep.i - 1)
    else:  # "had, by reports, [infected 4,200]": the clause the phrase hangs off
        host = prep.head
        if host.tag_ not in CLAUSE_HEAD_TAGS:
            return None
        indices = subtree_indices(host, without=[prep])
        if any(c.tag_ in RELATIVE_PRONOUN_TAGS and c.i < prep.i for c in host.children):
            # "that had, by reports, [infected…]": the gold leaves the relative pronoun out
            indices = {i for i in indices if i > prep.i}
    content = spans_of(doc, indices)
    named = owners[0] if owners else noun
    source = spans_of(doc, subtree_indices(named))
    if not content or not source:
        return None
    if not owners:
        cue = Cue(prep, (prep.i,), cue.lemma)
    return Found(cue, tuple(content), CharSpan(source[0].start, source[-1].end), sentence, "noun")


def _before_content(source: CharSpan | None, content: list[CharSpan], text: str) -> CharSpan | None:
    """The source without what it shares with the content: "warned by [the engineers] about
    cracks", where the parser gave the engineers the content."""
    if source is None or not any(part.overlaps(source) for part in content):
        return source
    first = min(part.start for part in content if part.overlaps(source))
    end = source.start + len(text[source.start : first].rstrip(" ,;:\n\u2014"))
    if first <= source.start or end <= source.start:
        return source
    if text[end - 6 : end].lower().endswith(("about", " of")):
        end = source.start + len(text[source.start : end].rsplit(None, 1)[0].rstrip(" ,"))
    return CharSpan(source.start, end) if end > source.start else source


def _reports_through_complement(verb: Token, lexicon: Lexicon) -> bool:
    """ "he appeared [to suggest] that …": the complement is itself a reporting verb, and
    PolNeAR keeps the source ("seemed to blame", "appeared to imply")."""
    return any(c.dep_ == "xcomp" and lexicon.cue_lemma(c.text) is not None for c in verb.children)


def _with_adjacent_preposition(verb: Token, indices: tuple[int, ...]) -> tuple[int, ...]:
    after = max(indices) + 1
    if after >= len(verb.doc):
        return indices
    word = verb.doc[after]
    # "called for [a ban]", "called for [the killers to be tried]"
    governor = word.head if word.dep_ == "prep" else word.head.head if word.dep_ == "mark" else None
    if governor is not None and governor.i == verb.i:
        return (*indices, after)
    return indices
