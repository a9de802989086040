"""The clauses a verb cue reports: its clausal complement, and what the parser hangs there.

"said [that the talks failed]", "said after the convention [he would not accept…]", "urged
[the fine] be waived"; not the clauses set beside or against the report ("…, while B said Y",
"…; the agency reported Y", "so he could fund a fence"). It stands alone because deciding
which clauses are the report, and which are reports or purposes of their own, is a rule set
of its own (docs/extraction.md, "Content and source from the parse").
"""

from __future__ import annotations

from spacy.tokens import Token

from quotegraph.extraction.cues import NAME_TAGS, NOUN_CUE_TAGS, VERB_TAGS
from quotegraph.extraction.lexicon import Lexicon
from quotegraph.extraction.phrases import FINITE_OR_MODAL_TAGS
from quotegraph.extraction.sources import MEDIUM_PREPOSITIONS, subject_of
from quotegraph.extraction.spans import subtree_indices

CLAUSE_DEPS = frozenset({"ccomp"})
CLAUSE_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "csubjpass", "expl"})
# Subordinators of purpose and cause, whose clause says why, not what was said.
PURPOSE_MARKS = frozenset({"so", "because", "lest"})
# Adverbs and conjunctions that set a clause against what comes before it: "denied the claims,
# however, a report concluded…".
CONTRASTING_WORDS = frozenset({"however", "but", "yet", "meanwhile", "nevertheless", "nonetheless"})


def that_clauses(verb: Token, lexicon: Lexicon) -> list[Token]:
    """The clauses marked "that" that `verb` reports: "researchers established [that…]", "He
    holds [that…]", "sharing [that…]", "reasoning [that…]"."""
    # "that" opens the clause, as its mark or, misread, as its subject's determiner ("established
    # [that] poor hygiene…" read as "that hygiene")
    clauses = reported_clauses(verb, lexicon)
    return [c for c in clauses if c.left_edge.lower_ == "that" and c.left_edge.i > verb.i]


def reported_clauses(verb: Token, lexicon: Lexicon) -> list[Token]:
    """The clauses `verb` reports: its clausal complements not set apart from it, or else a clause
    the parser made adverbial or hung off a stray "that"."""
    clauses = [c for c in verb.children if c.dep_ in CLAUSE_DEPS and not _set_apart(c, verb, lexicon)]
    return (
        clauses
        or _unmarked_clause_after(verb)
        or _question_read_as_condition(verb, lexicon)
        or _stray_that(verb)
        or _clause_read_as_object(verb, lexicon)
        or _clause_hung_off_the_medium(verb)
    )


def clause_indices(verb: Token, clauses: list[Token], lexicon: Lexicon) -> set[int]:
    """Token indices of `clauses`, less the reports set beside them, with an object the parser
    took from them."""
    indices: set[int] = set()
    for clause in clauses:
        indices |= subtree_indices(clause, without=_juxtaposed_reports(clause, lexicon))
        indices |= _object_taken_from_clause(verb, clause)
    return indices


def _set_apart(clause: Token, verb: Token, lexicon: Lexicon) -> bool:
    """A clause the parser hangs off the verb that the verb does not report: one before the verb
    that `_set_apart_before` sets apart, a clause after the verb's object and a semicolon or a
    contrasting word ("denied the claims, however, a report concluded…"), and a clause of purpose
    or cause."""
    if any(c.dep_ == "mark" and c.lower_ in PURPOSE_MARKS for c in clause.children):
        return True  # "declared an emergency [so he could fund a fence]": a purpose, not a report
    if clause.i < verb.i:
        return _set_apart_before(clause, verb, lexicon)
    objects = [c for c in verb.children if c.dep_ == "dobj" and c.i < clause.i]
    if not objects:
        return False
    between = verb.doc[objects[0].right_edge.i + 1 : clause.left_edge.i + 1]
    return any(t.text == ";" or t.lower_ in CONTRASTING_WORDS for t in between)


def _set_apart_before(clause: Token, verb: Token, lexicon: Lexicon) -> bool:
    """A clause before the verb that the verb does not report: a report of its own before a
    semicolon or a contrasting word ("Brown said X; [the agency] reported Y", "[X] denied Y,
    however, an audit concluded Z"), a sentence broken off before the verb's own subject, and
    any clause before a semicolon or colon, or without a subject, when the verb has an object of
    its own."""
    doc = verb.doc
    own_report = lexicon.cue_lemma(clause.text) is not None and subject_of(clause) is not None
    # the word may hang off either clause: "[X denied A, however], an audit found B"
    joints = [t for t in doc[clause.i + 1 : verb.i] if t.head in (clause, verb)]
    if own_report and any(t.text == ";" or _contrasts_after(t, clause) for t in joints):
        return True
    if _broken_off_before_subject(clause, verb):
        return True  # "Hungary spent 1.15%; NATO guidelines call for [2%]"
    # "Three states have helped before: all three offered [support]": the verb has its own object
    has_object = any(c.dep_ == "dobj" and c.i > verb.i for c in verb.children)
    subjectless = not any(c.dep_ in CLAUSE_SUBJECT_DEPS for c in clause.children)
    if has_object and subjectless and clause.tag_ in ("VBD", "VBN"):
        return True  # "In a release [issued] the next day, the ministry denounced [the plan]"
    return has_object and any(t.text in (";", ":") for t in doc[clause.right_edge.i + 1 : verb.i])


# Punctuation that ends one clause and opens another, where a tag would follow a comma.
CLAUSE_BREAKS = frozenset({";", ":", "\u2014", "\u2013", "-", "--"})


def _broken_off_before_subject(clause: Token, verb: Token) -> bool:
    """A clause before a semicolon, colon or dash that precedes the verb's own subject ("Hungary
    spent 1.15%; [NATO guidelines] call for 2%", "The bulwarks are significant: [Hundreds of
    superdelegates] have endorsed her"): a sentence of its own, not what the verb reports, which a
    tag takes after a comma ("Prices rose, he said"). A quotation mark between them may close a
    quotation the tag does report ("“…: Michigan, Ohio,” Mr. Trump said"), and "so" or "as much"
    after the verb takes the clause up ("X — his boss indicated as much"): neither sets it apart."""
    subject = subject_of(verb)
    if subject is None or not clause.right_edge.i < subject.left_edge.i < verb.i or _refers_back(verb):
        return False
    doc = verb.doc
    breaks = any(t.text in CLAUSE_BREAKS for t in doc[clause.right_edge.i + 1 : subject.left_edge.i])
    return breaks and not any(t.is_quote for t in doc[clause.right_edge.i + 1 : verb.i])


# Words right after a verb that take up the clause before it: "Prices will rise; the minister
# said [so]", "X — his boss indicated [as much]".
TAKING_UP = (("so",), ("as", "much"))


def _refers_back(verb: Token) -> bool:
    after = [t.lower_ for t in verb.doc[verb.i + 1 : verb.i + 3]]
    return any(tuple(after[: len(words)]) == words for words in TAKING_UP)


def _contrasts_after(word: Token, clause: Token) -> bool:
    """A contrasting coordinator ("[X said A], but B said C"), or a contrasting adverb after all of
    `clause` ("[X denied A], however, an audit found B"). An adverb inside the clause is the clause's
    own ("Democrats had put the biggest crack [yet] in the ceiling, she said") and sets nothing apart."""
    if word.lower_ not in CONTRASTING_WORDS:
        return False
    if word.dep_ == "cc":
        return True
    return not any(w.i > word.i and not w.is_punct for w in clause.subtree)


def _object_taken_from_clause(verb: Token, clause: Token) -> set[int]:
    """ "urged [the fine] be waived", "asked [the court] be told": before a clause without a subject
    of its own, the parser reads the clause's subject as the verb's object; it belongs to the
    content. The object's indices, or none. An object with a clause of its own ("told [a woman
    who asked …] …") is the one addressed."""
    if any(c.dep_ in CLAUSE_SUBJECT_DEPS for c in clause.children) or clause.i < verb.i:
        return set()
    for child in verb.children:
        if child.dep_ == "dobj" and child.right_edge.i + 1 == clause.left_edge.i:
            if any(t.tag_ in VERB_TAGS for t in child.subtree):
                return set()
            return subtree_indices(child)
    return set()


# Subordinators that set a second report beside the first rather than inside it: "A said X,
# [while B said Y]", "A said X [after B promised Y]".
JUXTAPOSING_MARKS = frozenset({"while", "whereas", "after", "before", "although", "though", "since", "when"})
# Coordinators that do the same for a coordinated clause: "A said X, [but B said Y]". "And" does
# not: "A noted X, and some speculated Y" keeps Y in A's content (PolNeAR).
JUXTAPOSING_CONJUNCTIONS = frozenset({"but", "while", "whereas"})


# How a report beside the reported clause hangs off it: "…, [while B said]", "…, but [B said]",
# "…, with [B saying]".
REPORT_BESIDE_DEPS = frozenset({"advcl", "conj", "pcomp"})


def _juxtaposed_reports(clause: Token, lexicon: Lexicon) -> list[Token]:
    """Reporting verbs with a subject of their own, coordinated with or subordinated to the
    reported clause, or the "with" that opens one as an absolute clause: their own attributions,
    not part of its content."""
    found = []
    for token in clause.subtree:
        if token is clause or token.dep_ not in REPORT_BESIDE_DEPS or lexicon.cue_lemma(token.text) is None:
            continue
        if subject_of(token) is None:
            continue
        marks = {c.lower_ for c in token.children if c.dep_ == "mark"}
        if token.dep_ == "pcomp" and token.head.lower_ == "with":
            found.append(token.head)  # "X, [with police saying Y]": an absolute clause, a report of its own
        elif token.dep_ == "advcl" and marks & JUXTAPOSING_MARKS:
            found.append(token)
        elif token.dep_ == "conj" and not marks and _coordinator(token) in JUXTAPOSING_CONJUNCTIONS:
            found.append(token)
    return found


def _coordinator(conj: Token) -> str:
    """The word that coordinates `conj` with its head ("but"), or ""."""
    words = [c.lower_ for c in conj.head.children if c.dep_ == "cc" and c.i < conj.i]
    return words[-1] if words else ""


def _unmarked_clause_after(verb: Token) -> list[Token]:
    """ "Trump said after the convention [he would not accept…]", "she said as a teenager [she was
    forced…]": a clause with a subject (active or passive) and no subordinator after the verb,
    which the parser made adverbial, is the reported one. Not a bare participle with a subject of
    its own ("with A calling X Y and [B calling Z]"): that absolute clause is no finite report."""
    return [
        c
        for c in verb.rights
        if c.dep_ == "advcl"
        and (subject_of(c) is not None or any(g.dep_ == "nsubjpass" for g in c.children))
        and not any(g.dep_ == "mark" or (g.dep_ == "advmod" and g.tag_ == "WRB") for g in c.children)
        and not _absolute_participle(c)
    ][:1]


# Verbs of asking, whose "if" or "whether" clause is the question asked.
QUESTION_LEMMAS = frozenset({"ask", "inquire", "wonder"})
QUESTION_MARKS = frozenset({"if", "whether"})


def _question_read_as_condition(verb: Token, lexicon: Lexicon) -> list[Token]:
    """ "asked workers [if they planned to attend the caucuses]": the parser makes the question
    after the one asked an adverbial clause, as if it were a condition. An "if" or "whether"
    clause right after a verb of asking, or right after its object, is the question; not one set
    off by a comma ("will ask for funds, if the bill fails") nor one after another complement
    ("asked them to leave if they could not behave")."""
    if lexicon.cue_lemma(verb.text) not in QUESTION_LEMMAS:
        return []
    if any(c.dep_ in ("xcomp", "ccomp", "prep") for c in verb.rights):
        return []
    objects = [c for c in verb.rights if c.dep_ == "dobj"]
    after = objects[0].right_edge.i + 1 if objects else verb.i + 1
    return [
        c
        for c in verb.rights
        if c.dep_ == "advcl" and c.left_edge.i == after
        and c.left_edge.dep_ == "mark" and c.left_edge.lower_ in QUESTION_MARKS
    ][:1]


def _absolute_participle(clause: Token) -> bool:
    """A present participle with no auxiliary ("[B] calling the process a coup"): an absolute
    clause beside the verb, which finite reported clauses ("he was leaving") never are."""
    return clause.tag_ == "VBG" and not any(g.dep_ in ("aux", "auxpass") for g in clause.children)


def _stray_that(verb: Token) -> list[Token]:
    """ "writes in an essay [that the term derived from…]": the parser sometimes takes the
    subordinator "that" (still tagged IN) for the verb's object and hangs the clause off it;
    with a verb below it, it heads the clause."""
    return [
        c
        for c in verb.rights
        if c.dep_ == "dobj" and c.lower_ == "that" and c.tag_ == "IN"
        and any(t.tag_ in VERB_TAGS for t in c.subtree)
    ][:1]


# Prepositions of the medium or occasion a report was made in: "said [in a statement] that…"
# (sources.py's, which keep them out of an inverted source), and "through" ("said through a
# lawyer that…"), which sources.py does not strip from a source span.
REPORT_MEDIUM_PREPOSITIONS = MEDIUM_PREPOSITIONS | {"through"}
# How the parser hangs that clause off the medium's noun.
HUNG_CLAUSE_DEPS = frozenset({"acl", "relcl", "ccomp"})


def _clause_hung_off_the_medium(verb: Token) -> list[Token]:
    """ "Police said in a statement [that two men had been arrested]", "said in a filing [that
    profits fell]": the parser hangs the clause after the medium's noun off that noun, as if it
    were a relative clause. A clause that opens with "that" right after the noun and has a
    subject of its own besides is the reported one."""
    media = [
        noun
        for prep in verb.rights
        if prep.dep_ == "prep" and prep.lower_ in REPORT_MEDIUM_PREPOSITIONS
        for noun in prep.children
        if noun.dep_ == "pobj"
    ]
    hung = (c for noun in media for c in noun.children if c.dep_ in HUNG_CLAUSE_DEPS and c.i > noun.i)
    return [clause for clause in hung if _that_clause_of_its_own(clause)][:1]


def _that_clause_of_its_own(clause: Token) -> bool:
    """A clause opened by "that" right after the noun it hangs off, with a subject besides that
    "that" ("a letter [that] said…" is a relative clause)."""
    opener = clause.left_edge
    subjects = [g for g in clause.children if g.dep_ in CLAUSE_SUBJECT_DEPS]
    own_subject = any(g.lower_ != "that" for g in subjects)
    return opener.i == clause.head.i + 1 and opener.lower_ == "that" and own_subject


# Tags of a verb the parser may take for a participle modifying the noun before it.
PAST_TAGS = frozenset({"VBN", "VBD"})


def _clause_read_as_object(verb: Token, lexicon: Lexicon) -> list[Token]:
    """ "said [several acres of land burned before…]", "argued [the group needed to be
    addressed]": after a verb that takes neither an object nor an addressee, the parser reads the
    reported clause's subject as the verb's object and its past-tense verb as a participle
    modifying it; the object and that participle are the reported clause. After a verb of saying,
    so is an object that holds a clause's verb anywhere (`_clause_in_object`)."""
    lemma = lexicon.cue_lemma(verb.text) or ""
    if lexicon.allows(lemma, "o") or lexicon.allows(lemma, "x"):
        return []  # "announced [plans unveiled…]" is an object; "told [those gathered] to…" an addressee
    objects = [c for c in verb.rights if c.dep_ == "dobj"]
    saying = lemma in lexicon.clause_lemmas() - lexicon.belief_lemmas() - OBJECT_TAKING_SAYING_LEMMAS
    misread = [c for c in objects if any(_read_as_participle(g) for g in c.children)]
    return (misread or [c for c in objects if saying and _clause_in_object(c)])[:1]


# Verbs of saying with a sense that takes a noun object: the text written ("wrote [a book that
# inspired…]"), what is added ("to add [justices that would interpret…]", "added [the caption]").
OBJECT_TAKING_SAYING_LEMMAS = frozenset({"write", "add"})


def _clause_in_object(obj: Token) -> bool:
    """ "says [legislation repealing Obamacare … could ready by February]", "says [the increase in
    polarization … also makes his election less likely]", "said [Adamowicz required
    resuscitation]": an object of a verb that reports only clauses which holds a verb with a
    tense (or a modal) after its head, or a past form the parser hung between a noun and the
    head as an adjective, is the reported clause misread as a noun phrase."""
    words = list(obj.subtree)
    tensed = any(
        t.tag_ in FINITE_OR_MODAL_TAGS and t.i > obj.i and not _behind_a_preposition(t, obj) for t in words
    )
    return tensed or any(_past_form_read_as_adjective(t, obj) for t in words)


def _behind_a_preposition(word: Token, obj: Token) -> bool:
    """ "says [something about the relativism that has fallen upon the land]", "says [things such
    as, “We're not all equal”]": a verb the object reaches only through a preposition is a noun's
    within the object (a relative clause, a quotation), which a true object has too."""
    while word.i != obj.i:
        if word.dep_ in ("prep", "pobj"):
            return True
        word = word.head
    return False


def _past_form_read_as_adjective(word: Token, obj: Token) -> bool:
    """ "[Adamowicz] required resuscitation": a past form between the object's first noun and its
    head, which the parser made the head's adjective."""
    before = word.doc[word.i - 1]
    return (
        word.dep_ == "amod"
        and word.tag_ in PAST_TAGS
        and obj.left_edge.i < word.i < obj.i
        and before.tag_ in NOUN_CUE_TAGS | NAME_TAGS
    )


# Dependents a finite verb takes and a passive participle modifying a noun seldom does: an
# object, an infinitive ("needed [to be addressed]"), a clause ("burned [before … were
# extinguished]"). Without one, the participle is more likely a true one ("wrote the songs
# featured in the film").
FINITE_VERB_DEPS = frozenset({"dobj", "xcomp", "ccomp", "advcl"})


def _read_as_participle(clause: Token) -> bool:
    """A past-tense verb after the noun it modifies, with a dependent of a finite verb and no
    subject or subordinator of its own (which "his insistence [that the accounts were in order]"
    has)."""
    return (
        clause.dep_ == "acl"
        and clause.tag_ in PAST_TAGS
        and clause.i > clause.head.i
        and any(g.dep_ in FINITE_VERB_DEPS for g in clause.children)
        and not any(g.dep_ in CLAUSE_SUBJECT_DEPS or g.dep_ == "mark" for g in clause.children)
    )


def for_clause(verb: Token) -> Token | None:
    """The clause of "calling [for the killers to be brought to justice]", which the parser
    makes an adverbial clause marked by "for"."""
    for child in verb.children:
        if child.dep_ == "advcl" and child.i > verb.i and child.left_edge.lower_ == "for":
            return child
    return None
