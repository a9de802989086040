"""A verb cue that tags the clause it reports: its host.

"[The talks failed], the mayor said", "[Acts of protest], Mr. Obama said, [are acts of
patriotism]", "[Prices rose], reported the Times", "The Times reported on Monday, [prices had
risen]": the parser hangs the tag off the clause or the clause off the tag, and sometimes
reads an inverted subject as an object. These rules find the clause and the tag's own words.
They stand alone because they read the comma and the word order around the cue, where the
other verb rules read its dependents.
"""

from __future__ import annotations

from spacy.tokens import Token

from quotegraph.extraction.clauses import CLAUSE_DEPS, CLAUSE_SUBJECT_DEPS
from quotegraph.extraction.cues import FINITE_TAGS, NAME_TAGS, VERB_TAGS, Cue
from quotegraph.extraction.lexicon import Lexicon
from quotegraph.extraction.objects import ADDRESSEE_LEMMAS
from quotegraph.extraction.sources import subject_of

# What may follow the inverted subject of a tag: when, where and how it was said.
CIRCUMSTANCE_PREPOSITIONS = frozenset({"on", "in", "at", "during", "after", "before", "from", "via"})


def inverted_subject(verb: Token, lexicon: Lexicon, taken_up: set[int]) -> Token | None:
    """The subject of a tag that follows its clause, "…, reported the Times." / "…, warned the
    company on Monday.", which the parser reads as the verb's object. `taken_up`: the clause the
    tag interrupts, taken up again after it (continuation_after_inverted_tag), which may follow
    the subject as well as circumstances may."""
    rights = list(verb.rights)
    if not rights or rights[0].dep_ != "dobj" or rights[0].tag_ in ("PRP", "PRP$"):
        return None
    subject = rights[0]
    if any(not _is_circumstance(c) for c in rights[1:] if c.i not in taken_up):
        return None
    named = subject.tag_ in NAME_TAGS
    if lexicon.allows(lexicon.cue_lemma(verb.text) or "", "o"):
        return subject if named else None  # "…, announced layoffs" is a second deed
    determined = any(c.dep_ in ("det", "poss") for c in subject.children)
    return subject if named or determined else None


def continuation_after_inverted_tag(verb: Token, lexicon: Lexicon) -> set[int]:
    """ "The bomb was placed in a market, stated the minister, and was left outside a
    restaurant": a tag whose subject follows the verb interrupts the clause it reports, and a
    coordinator after the tag takes that clause up again with a predicate that has no subject
    of its own, which the parser hangs off the tag. The coordinator and that predicate, or an
    empty set. A tag with its subject first ("…, he said, and left") is followed by the
    speaker's own deed, and a reporting verb ("…, said the mayor, and added…") by a report."""
    subject = next((c for c in verb.rights if not c.is_punct), None)
    if subject is None or subject.dep_ not in ("nsubj", "dobj") or subject.tag_ in ("PRP", "PRP$"):
        return set()
    for conj in verb.rights:
        if conj.dep_ != "conj" or conj.tag_ not in VERB_TAGS or lexicon.cue_lemma(conj.text) is not None:
            continue
        if any(c.dep_ in CLAUSE_SUBJECT_DEPS for c in conj.children):
            continue
        coordinator = conj.doc[conj.left_edge.i - 1]
        comma = conj.doc[coordinator.i - 1]
        if coordinator.dep_ == "cc" and coordinator.head.i == verb.i and comma.text == ",":
            if comma.i == subject.right_edge.i + 1:
                return {coordinator.i} | {t.i for t in conj.subtree}
    return set()


def clause_before_tag(verb: Token) -> Token | None:
    """The clause a finite verb right after a comma, without a subject of its own, tags: its head
    ("[Prices rose], reported…", parsed as coordinated) or its complement ("[Prices rose],
    reported…", parsed as the verb's clause); it must have a subject."""
    if verb.tag_ not in FINITE_TAGS or verb.i == 0 or verb.doc[verb.i - 1].text != ",":
        return None
    if subject_of(verb) is not None:
        return None
    head = verb.head
    if verb.dep_ in ("conj", "ccomp", "parataxis") and head.i < verb.i:
        # "…, and warned investors": a second deed of the same subject
        if any(c.dep_ == "cc" and head.i < c.i < verb.i for c in head.children):
            return None
        clause: Token | None = head
    else:
        clause = next((c for c in verb.lefts if c.dep_ in CLAUSE_DEPS), None)
    return clause if clause is not None and _has_subject(clause) else None


def _has_subject(clause: Token) -> bool:
    """Whether `clause` has a subject, active or passive ("[The bomb] was placed in a market")."""
    return any(c.dep_ in CLAUSE_SUBJECT_DEPS for c in clause.children)


def _is_circumstance(token: Token) -> bool:
    return token.is_punct or token.dep_ == "npadvmod" or (
        token.dep_ == "prep" and token.lower_ in CIRCUMSTANCE_PREPOSITIONS
    )


def tag_before_clause(verb: Token, lexicon: Lexicon) -> set[int] | None:
    """ "[The Times] reported on Monday, prices had risen", "Because X, reads the motion, Y": a
    tag that the parser hangs off the clause after it. Its tokens (subject, verb and what stands
    between them and the comma closing the tag), or None when the verb is no such tag. A clause
    headed by a cue reports the verb instead ("Talks are continuing, he said")."""
    head = verb.head
    if verb.dep_ not in ("ccomp", "parataxis") or head.i <= verb.i or subject_of(head) is None:
        return None
    if lexicon.cue_lemma(head.text) is not None:
        return None
    subject = subject_of(verb)
    if subject is None:
        return None
    start = min(subject.left_edge.i, verb.i)
    end = max(verb.i, subject.right_edge.i)
    for child in verb.rights:  # when and where it was said: "reported [on Monday]"
        if child.i == end + 1 and (child.dep_ in ("prep", "npadvmod") or child.i == subject.left_edge.i):
            end = child.right_edge.i
    comma = end + 1
    if comma >= head.i or verb.doc[comma].text != ",":
        return None
    if verb.right_edge.i > comma:
        return None  # "ruled on Monday, finding that…": the verb goes on past the comma
    return set(range(start, comma + 1))


# What a verb cue says its clause with when the parser hangs it off that clause: when, where,
# to whom or about what ("confirming [on Twitter]", "reporting [at the time]", "[yesterday]").
TAG_CIRCUMSTANCE_DEPS = frozenset({"prep", "npadvmod", "advmod"})
# How such a cue hangs off the clause after it: as its complement or adverbial, or through the
# "with" of an absolute clause ("[with local media reporting] no-one was hurt").
TAG_OVER_CLAUSE_DEPS = frozenset({"ccomp", "advcl"})
# What heads a clause: a verb, or a modal the parser made its head.
CLAUSE_HEAD_TAGS = VERB_TAGS | {"MD"}


def unpunctuated_tag_before_clause(verb: Token, lexicon: Lexicon) -> Token | None:
    """ "…, with local media reporting [no-one was in the houses]", "with the board yesterday
    confirming on Twitter [they were not travelling]": a tag with a subject of its own and no
    comma before the clause it reports, which the parser makes the tag's head (through the
    "with" of an absolute clause, or with the tag as its adverbial). The clause's head, or None;
    the content is its part after the tag. Not a tag with a complement of its own ("with police
    reporting [the fire], crews…"), nor one opened by a subordinator ("When he spoke, the crowd
    cheered"), nor before a clause headed by a cue."""
    link = verb.head if verb.dep_ == "pcomp" and verb.head.lower_ == "with" else verb
    head = link.head
    linked = link.dep_ == "prep" if link is not verb else verb.dep_ in TAG_OVER_CLAUSE_DEPS
    lemma = lexicon.cue_lemma(verb.text)
    if not linked or lemma is None or not lexicon.allows(lemma, "c") or lexicon.cue_lemma(head.text):
        return None
    if head.i <= verb.i or head.tag_ not in CLAUSE_HEAD_TAGS or link.right_edge.i != verb.right_edge.i:
        return None
    return head if _bare_tag(verb) and _subject_right_after(verb, head) else None


def _bare_tag(verb: Token) -> bool:
    """A tag with its subject before it, and nothing after it but when, where, to whom or about
    what it was said: no complement of its own, no subordinator."""
    subject = subject_of(verb)
    if subject is None or subject.i > verb.i:
        return False
    if any(c.dep_ not in TAG_CIRCUMSTANCE_DEPS for c in verb.rights if not c.is_punct):
        return False
    return not any(c.dep_ == "mark" or c.tag_ == "WRB" for c in verb.children)


def _subject_right_after(verb: Token, clause: Token) -> bool:
    """Whether the clause's own subject follows the tag at once (past a quotation mark at most)."""
    subject = subject_of(clause)
    if subject is None or subject.i < verb.i:
        return False
    return all(t.is_quote for t in verb.doc[verb.right_edge.i + 1 : subject.left_edge.i])


def as_tag_before_clause(verb: Token, lexicon: Lexicon) -> set[int] | None:
    """ "As The Times reported, [the talks failed]", "[Just weeks ago], as the paper noted on
    Monday, [the two were meeting]": a tag opened by "as" before the clause it reports, which the
    parser hangs off that clause as an adverbial. The tokens to leave out of the clause (the tag,
    its closing comma, a coordinator opening the sentence), or None when the verb is no such tag:
    one with a complement of its own says something else ("As Trump attacked Clinton, …", "as
    he seeks reelection, …"), and a belief or what was seen is no report ("As we have seen, …")."""
    head = verb.head
    if verb.dep_ != "advcl" or head.i <= verb.i or head.tag_ not in VERB_TAGS:
        return None
    mark = next((c for c in verb.children if c.dep_ == "mark" and c.lower_ == "as"), None)
    lemma = lexicon.cue_lemma(verb.text)
    if mark is None or lemma is None or not lexicon.allows(lemma, "c") or lemma in lexicon.belief_lemmas():
        return None
    subject = subject_of(verb)
    if subject is None or not mark.i < subject.i < verb.i:
        return None
    if any(not _tags_only(c, verb, lemma) for c in verb.children if c.i > verb.i):
        return None
    last = verb.right_edge.i  # the closing comma may be the parser's, in the tag's subtree
    comma = last if verb.doc[last].text == "," else last + 1
    if comma >= head.i or verb.doc[comma].text != ",":
        return None
    start = min(mark.i, verb.left_edge.i)
    tag = set(range(start, comma + 1))
    opening = verb.doc[head.sent.start : start]  # "But", "However," before the tag: no part of the report
    if all(t.is_punct or t.dep_ == "cc" or t.lower_ in CONNECTIVES for t in opening):
        tag |= {t.i for t in opening}
    return tag


# Words that join a sentence to the one before, not part of what it reports.
CONNECTIVES = frozenset({"but", "and", "so", "however", "still", "yet", "indeed", "meanwhile", "also"})


# What may follow the verb of a tag: "as Smith [first] reported [in his book] [on Monday]", "as
# she told [the Daily News]", "as he put [it]".
def _tags_only(child: Token, verb: Token, lemma: str) -> bool:
    if child.is_punct or child.dep_ in ("prt", "advmod", "npadvmod"):
        return True
    if child.dep_ == "prep":
        return child.lower_ in CIRCUMSTANCE_PREPOSITIONS
    if child.dep_ == "dobj":
        return child.lower_ in ("it", "this") or lemma in ADDRESSEE_LEMMAS
    return child.dep_ == "dative"


def is_parenthetical(verb: Token, lexicon: Lexicon) -> bool:
    """ "Acts of protest, Mr. Obama said, are acts of patriotism", "The solution, the partner told
    them on Monday, was simple": the cue interrupts its content. Between the verb and the comma
    closing the tag stand only whom it was said to and when or where."""
    doc = verb.doc
    # past whom and when only where the clause goes on after the tag: "However, the museum said in
    # a statement, “…”" is no aside
    goes_on = verb.dep_ in ("parataxis", "advcl", "ccomp") and verb.head.i > verb.i
    words = _addressee_and_circumstances(verb, lexicon) if goes_on else []
    after = max([verb.i, *(t.i for t in words)]) + 1
    if after >= len(doc) or doc[after].text != ",":
        return False
    subject = subject_of(verb)
    if subject is None or subject.i > verb.i:
        return False
    before = subject.left_edge.i - 1
    return before > verb.sent.start and doc[before].text == ","


def around_parenthetical(verb: Token, cue: Cue, lexicon: Lexicon) -> set[int]:
    """The clause the cue interrupts, less the cue, its subject, whom it was said to, when, and
    the framing commas."""
    host = verb.head if verb.dep_ != "ROOT" else verb
    region = {t.i for t in host.subtree} if host is not verb else {t.i for t in verb.sent}
    subject = subject_of(verb)
    drop = set(cue.indices) | ({t.i for t in subject.subtree} if subject is not None else set())
    drop |= {c.i for c in verb.children if c.dep_ in ("aux", "neg", "advmod") and abs(c.i - verb.i) <= 2}
    drop |= {t.i for t in _addressee_and_circumstances(verb, lexicon)}
    return region - drop


# Who a tag's words were said to ("told [reporters]") and when or where ("said [on Monday]").
TAG_COMPLEMENT_DEPS = frozenset({"dobj", "dative", "npadvmod"})


def _addressee_and_circumstances(verb: Token, lexicon: Lexicon) -> list[Token]:
    """The words of a tag after its verb that say whom it was said to and when or where: "told
    [The Washington Post]", "observed [this week]", "said [on Monday]"; all the verb has on its
    right before a comma, or none when anything else stands there (an object it reports)."""
    words: list[Token] = []
    for child in verb.rights:
        if child.is_punct:
            break
        addressee = child.dep_ in TAG_COMPLEMENT_DEPS and (
            child.dep_ != "dobj" or lexicon.cue_lemma(verb.text) in ADDRESSEE_LEMMAS
        )
        if not (addressee or _is_circumstance(child)):
            return []
        words.extend(child.subtree)
    return words


def reports_its_host(verb: Token, lexicon: Lexicon) -> bool:
    """True for "[A], he said" and "A, said B": the verb hangs off the clause it reports."""
    if verb.dep_ not in ("parataxis", "ccomp", "advcl") or verb.head is verb:
        return False
    if _is_participle_with_complement(verb):
        return False
    if any(c.dep_ == "mark" and c.lower_ != "as" for c in verb.children):
        return False  # "…, after Jones promised to review it": a subordinate clause; "as X said" tags
    if _as_clause_with_object(verb, lexicon):
        return False
    head = verb.head
    if head.i > verb.i:
        return False
    # Only what stands before the verb's own clause sets it apart: quotation marks inside that
    # clause ("He said the “phony” senator attacked him") are scare quotes, not a tag's edge.
    clause_start = min((t.i for t in verb.subtree if not t.is_punct), default=verb.i)
    between = verb.doc[head.i : clause_start]
    return any(t.text in {",", "\u201d", '"', "''", "\u2014"} for t in between)


def _as_clause_with_object(verb: Token, lexicon: Lexicon) -> bool:
    """ "…, as Democrats attacked Republicans for it", "…, as people disclose more online": a verb
    after "as" with an object it reports is a clause of its own, set beside the one before; only
    without one ("…, as the Post reported", "as he told reporters"), or with a pronoun that stands
    for that clause ("…, as she put it"), does it tag that clause."""
    if not any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children):
        return False
    lemma = lexicon.cue_lemma(verb.text) or verb.lemma_
    objects = [c for c in verb.children if c.dep_ == "dobj" and c.lower_ not in ANAPHORIC_OBJECTS]
    return lexicon.allows(lemma, "o") and bool(objects)


# Objects that stand for the clause a tag reports: "…, as she put it", "as he described it".
ANAPHORIC_OBJECTS = frozenset({"it", "this", "that", "so"})


PARTICIPLE_COMPLEMENT_DEPS = frozenset({"dobj", "oprd", "xcomp", "prep", "dative", "advcl"})


def _is_participle_with_complement(verb: Token) -> bool:
    """ "The Kremlin rejected the proposal, [calling it a provocation]": a participle clause says
    what its subject said in its own complement; the clause it hangs off is the subject's deed."""
    return verb.tag_ == "VBG" and any(c.dep_ in PARTICIPLE_COMPLEMENT_DEPS for c in verb.children)


SOURCE_TAGS = frozenset({"NN", "NNS", "NNP", "NNPS"})


def fronted_subject_tag(verb: Token) -> tuple[set[int], Token] | None:
    """ "[The contrast with Trump], said Doyle, [would be clear]", "[Part of the problem], say
    experts like Paul Bauman, [is the ground itself]": an inverted tag between a clause's subject
    and its predicate, which the parser reads as the tag's subject before it and the clause's
    subject (or a second subject of the tag) after it. The clause, less the tag, and the tag's
    subject; or None. A person or a pronoun before the tag may be its speaker set apart ("Smith,
    a lawyer, said…"), and is left to the other rules."""
    doc = verb.doc
    if verb.tag_ not in FINITE_TAGS or verb.i < 2 or doc[verb.i - 1].text != ",":
        return None
    fronted = next((c for c in verb.lefts if c.dep_ == "nsubj" and c.right_edge.i == verb.i - 2), None)
    if fronted is None or not _may_be_reported(fronted):
        return None
    for speaker, predicate in _speaker_and_predicate(verb):
        last = speaker.right_edge.i  # the closing comma may be the parser's, in the subtree
        comma = last if doc[last].text == "," else last + 1
        if speaker.left_edge.i == verb.i + 1 and comma < predicate.i and doc[comma].text == ",":
            tag = {verb.i - 1, verb.i, comma} | {t.i for t in speaker.subtree}
            clause = {t.i for t in fronted.subtree} | {t.i for t in predicate.subtree}
            return clause - tag, speaker
    return None


def _may_be_reported(subject: Token) -> bool:
    """A subject that is no person, pronoun or noun with an apposition: what may be said of."""
    if subject.tag_ not in SOURCE_TAGS or subject.ent_type_ == "PERSON":
        return False
    return not any(c.dep_ == "appos" for c in subject.children)


def _speaker_and_predicate(verb: Token) -> list[tuple[Token, Token]]:
    """Who may speak right after the tag and the predicate of the clause it interrupts: a second
    subject of the tag, when the tag hangs off a predicate with no subject of its own ("The plan,
    said the mayor, is a disaster"), or the subject of the tag's clausal complement ("…, said
    Doyle, would be clear")."""
    pairs = []
    head = verb.head
    if verb.dep_ == "parataxis" and head.i > verb.i and not _has_subject(head):
        pairs += [(c, head) for c in verb.rights if c.dep_ == "nsubj" and c.tag_ in SOURCE_TAGS]
    for clause in (c for c in verb.rights if c.dep_ == "ccomp"):
        pairs += [(c, clause) for c in clause.lefts if c.dep_ == "nsubj" and c.tag_ in SOURCE_TAGS]
    return pairs
