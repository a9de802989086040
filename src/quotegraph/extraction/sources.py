"""Who a verb cue reports: its subject, a passive's agent, or a governing verb's subject.

Also the sources PolNeAR leaves out ("it is hard to know", a bare participle, an agentless
passive) and the relative pronoun it keeps ("Trump, who said"). It stands alone because the
layout rules (tags.py) and every verb rule ask it, and it needs nothing of theirs.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from quotegraph.extraction.clause_subjects import subject_read_into_a_clause
from quotegraph.extraction.cues import FINITE_TAGS, NAME_TAGS, VERB_TAGS
from quotegraph.extraction.lexicon import inflections
from quotegraph.extraction.opening_subjects import (
    opening_phrase_of_subjectless_verb,
    subject_closing_an_opening_phrase,
)
from quotegraph.extraction.spans import spans_of, subtree_indices
from quotegraph.records import CharSpan
from quotegraph.wire import WIRE_AGENCIES

SUBJECT_DEPS = frozenset({"nsubj", "csubj"})
# Dependencies through which a verb without a subject of its own takes its head's subject;
# "acomp" reaches the copula's subject through an adjective ("[voters] are likely to say").
INHERIT_SUBJECT_DEPS = frozenset({"advcl", "xcomp", "conj", "pcomp", "acl", "acomp"})
# Participles modifying a noun or a clause ("contests known as…", "a site called…", "Asked
# whether…, voters said"): the noun or the clause's subject is what was called or asked,
# not who did it, and PolNeAR gives such attributions no source.
PASSIVE_PARTICIPLE_DEPS = frozenset({"acl", "advcl"})


def source_span(verb: Token) -> CharSpan | None:
    """The source of the verb cue as one span of the text, or None when the text names none."""
    head = _source_token(verb)
    if head is None:
        return (
            _subject_hung_off_an_opening_phrase(verb) or subject_closing_an_opening_phrase(verb)
            or subject_read_into_a_clause(verb)
        )
    exclude = [c for c in head.children if c.dep_ in ("relcl", "acl") and verb in c.subtree]
    exclude += [c for c in head.rights if _medium_of_the_report(c) or _circumstance_of_the_report(c)]
    indices = subtree_indices(head, without=exclude)
    for part in _split_subject(head):
        indices |= subtree_indices(part)
    if verb.i in indices:  # the cue sits inside the source's subtree: keep only the noun phrase
        indices = {t.i for t in head.subtree if t.i < verb.i and t.dep_ != "relcl"} | {head.i}
    indices = _before_its_verb(head, indices)
    spans = spans_of(head.doc, indices)
    if not spans:
        return None
    source = _with_closing_parenthetical_mark(head.doc, CharSpan(spans[0].start, spans[-1].end))
    return _with_word_split_off_its_line(head.doc, _past_dateline(head, source))


# A wire service's dateline before an article's first sentence: "RENO, Nev. (AP) — ", "Dec 29
# (Reuters) - ": a capitalised place or date, the agency in brackets, a dash.
DATELINE = re.compile(
    r"[A-Z][^()\n]{0,40}\((?:" + "|".join(map(re.escape, WIRE_AGENCIES)) + r")\)"
    r"\s*(?:-{1,2}|[\u2013\u2014])\s*"
)
# Words that open a verb phrase before its verb: "[Fans] have taken", "[the DNC] has not said".
VERB_OPENERS = frozenset({"aux", "auxpass", "neg"})


def _past_dateline(head: Token, source: CharSpan) -> CharSpan:
    """The source without the wire dateline the parser took into it ("[WASHINGTON (AP) — ]Donald
    Trump said"): it says where the story was filed, not who spoke. Where the parser made the
    dateline the subject alone ("[WASHINGTON (AP)] — Donald Trump and Paul Ryan pledged"), the
    source is what stands between its dash and the verb. PolNeAR train: 14 sources open with one."""
    doc = head.doc
    found = DATELINE.match(doc.text, source.start)
    if found is None:
        return source
    if found.end() < source.end:
        return CharSpan(found.end(), source.end)
    verb = head.head
    opening = [t.idx for t in (verb, *verb.lefts) if t is verb or t.dep_ in VERB_OPENERS]
    end = min((at for at in opening if at > found.end()), default=found.end())
    words = doc.text[found.end() : end].rstrip(" ,")
    return CharSpan(found.end(), found.end() + len(words)) if words else source


def _with_word_split_off_its_line(doc: Doc, source: CharSpan) -> CharSpan:
    """The source with the word opening its line that the parser made a sentence of its own:
    after a live blog's time stamp ("5:30 p.m."), "[Massachusetts] Secretary of State William
    Galvin says…" is parsed as "Massachusetts" and a second sentence, and the source lost its
    first word. A capitalised word alone between a line break and the source, with no mark
    after it, ends no sentence."""
    inside = doc.char_span(source.start, source.end, alignment_mode="expand")
    if inside is None or inside.start == 0 or not inside[0].is_sent_start:
        return source
    word = doc[inside.start - 1]
    opens_line = word.i == 0 or (doc[word.i - 1].is_space and "\n" in doc[word.i - 1].text)
    alone = word.is_sent_start and word.is_alpha and word.text.istitle() and bool(word.whitespace_)
    return CharSpan(word.idx, source.end) if opens_line and alone else source


def _before_its_verb(head: Token, indices: set[int]) -> set[int]:
    """The source's tokens up to the verb it is the subject of, where the parser hung words after
    that verb off the subject ("[A majority of voters] expect Clinton to win Monday's debate, [the
    first of the …]": an apposition across the verb): a subject before its verb ends there, and a
    source spanning the verb took in the verb and what it says."""
    verb = head.head
    if head.dep_ not in (*SUBJECT_DEPS, "nsubjpass") or not head.i < verb.i < max(indices):
        return indices
    return {i for i in indices if i < verb.i}


NOUN_TAGS = frozenset({"NN", "NNS", "NNP", "NNPS"})


def _subject_hung_off_an_opening_phrase(verb: Token) -> CharSpan | None:
    """The subject of a main verb that the parser hung off the last noun of a phrase opening the
    sentence, as an appositive or a conjunct, leaving the verb with none: "In a message to
    Clinton, [Tanden, head of the center,] recounted …", "Alarmed by the unrest in Nevada,
    [Senator Harry Reid, the minority leader,] said …". It follows a comma, and runs to the end of
    that phrase before the verb."""
    opening = opening_phrase_of_subjectless_verb(verb)
    if opening is None:
        return None
    doc = verb.doc
    first, last = opening.left_edge.i, opening.right_edge.i
    hung = next(
        (
            t for t in opening.subtree
            if t.dep_ in ("appos", "conj") and t.tag_ in NOUN_TAGS
            and t.left_edge.i > first and doc[t.left_edge.i - 1].text == ","
        ),
        None,
    )
    if hung is None or last >= verb.i:
        return None
    spans = spans_of(doc, range(hung.left_edge.i, last + 1))
    if not spans:
        return None
    return _with_closing_parenthetical_mark(doc, CharSpan(spans[0].start, spans[-1].end))


# Marks that set off a parenthetical after a name, in pairs: "Smith, a lawyer, said", "Sims — a
# teacher — said".
PARENTHETICAL_MARKS = frozenset({",", "\u2014", "\u2013", "--"})


def _with_closing_parenthetical_mark(doc: Doc, source: CharSpan) -> CharSpan:
    """The source with the comma or dash right after it that closes a parenthetical opened inside
    it ("[Smith, a lawyer,] said", "[Kerry, who lost in 2004,] said"): the PolNeAR guidelines
    ("Closeup on punctuation") and the Wikinews gold keep such a mark, one of a pair. A comma with
    no partner inside the source ("Smith, however, said") frames it and stays out."""
    inside = doc.char_span(source.start, source.end, alignment_mode="expand")
    if inside is None or inside.end + 1 >= len(doc):
        return source
    after = doc[inside.end]
    if after.text not in PARENTHETICAL_MARKS or not any(t.text == after.text for t in inside[1:]):
        return source
    return CharSpan(source.start, after.idx + len(after.text))


def _split_subject(head: Token) -> list[Token]:
    """The other pieces of a name the parser split at a hyphen, each its own subject of one verb:
    "President [Moon Jae] - [in] said…", "study [co] - [author Lee] said…". A word written with
    a hyphen and no spaces is one word, so a sibling subject joined to the head's subtree by
    such a hyphen is part of the same mention, and so is a name standing right after the head's
    phrase ("news broadcaster [NRK]"): the resolver now reads the name in such a phrase, which
    it did not when joining them first cost speaker recall on half B of the train set."""
    if head.dep_ not in SUBJECT_DEPS:
        return []
    siblings = sorted(
        (c for c in head.head.children if c.dep_ in SUBJECT_DEPS and c is not head),
        key=lambda c: c.i,
    )
    left, right, parts = head.left_edge.i, head.right_edge.i, []
    for sibling in siblings:
        if _hyphened(head.doc, right, sibling.left_edge.i) or _named_right_after(head, right, sibling):
            right = sibling.right_edge.i
        elif _hyphened(head.doc, sibling.right_edge.i, left):
            left = sibling.left_edge.i
        else:
            continue
        parts.append(sibling)
    return parts


def _named_right_after(head: Token, last: int, sibling: Token) -> bool:
    """Whether a second subject that is a name starts right after the phrase ending at token
    `last`, with no mark between: "[news broadcaster] [NRK] reported", "[WHO] [director-general
    Tedros Adhanom Ghebreyesus] said" are one source the parser split in two."""
    name = sibling.tag_ in NAME_TAGS and sibling.text[:1].isupper()  # not "supporting" read as one
    doc = head.doc
    # a mark opening the second ("The hashtag [#WrongTrump]", a quotation) sets it apart, and a
    # verb in either makes a clause of it ("The super PACs supporting Kasich and Sen. [Rand Paul]")
    opens_with_word = doc[sibling.left_edge.i].text[:1].isalpha()
    verbless = not any(t.tag_ in VERB_TAGS for t in (*head.subtree, *sibling.subtree))
    adjacent = sibling.left_edge.i == last + 1 and not doc[last].is_punct
    return name and opens_with_word and verbless and adjacent


def _hyphened(doc: Doc, last: int, first: int) -> bool:
    """Whether a phrase ending at token `last` runs on into one starting at `first` through a
    hyphen written without spaces ("Jae-in")."""
    if first != last + 2:
        return False
    return doc[last + 1].text == "-" and not doc[last].whitespace_ and not doc[last + 1].whitespace_


# Where a report was made, which the parser may hang off an inverted subject ("wrote Joshua Wong
# [on Twitter]", "said the minister [in a statement]"): the verb's circumstance, not the source's.
MEDIUM_PREPOSITIONS = frozenset({"on", "in", "via", "at", "during"})
MEDIUM_NOUNS = frozenset(
    """
    twitter facebook instagram youtube tiktok telegram weibo x television tv radio statement
    interview tweet post release conference briefing broadcast podcast website blog
    """.split()
)


def _medium_of_the_report(child: Token) -> bool:
    """A prepositional phrase naming the medium or occasion of a report ("on Twitter", "in a
    statement", "at a press conference")."""
    if child.dep_ != "prep" or child.lower_ not in MEDIUM_PREPOSITIONS:
        return False
    return any(g.dep_ == "pobj" and g.lower_ in MEDIUM_NOUNS for g in child.children)


# When a report was made, which the parser may hang off its source ("[the report] on Wednesday
# cited", "[Trump] at the time said"): the verb's circumstance, not part of who spoke.
TIME_NOUNS = frozenset(
    """
    monday tuesday wednesday thursday friday saturday sunday today yesterday tonight time day
    night morning afternoon evening weekend week
    """.split()
)
TIME_PREPOSITIONS = frozenset({"on", "at", "during", "in"})
# Circumstances set off by commas after a source ("[Trump], in Kentucky, said", "[Rubio],
# appearing on Fox News, said", "[Powell's office], when contacted, said"); "of", "from", "for",
# "with" and "at" name whom the source is ("Smith, of the ministry,", "Pantucci, at the
# institute,") and stay.
SET_OFF_PREPOSITIONS = frozenset({"in", "on", "during", "after", "before", "while"})
WHEN_WORDS = frozenset({"when", "while", "after", "before", "as"})


def _circumstance_of_the_report(child: Token) -> bool:
    """A phrase after the source that says when, where or how the report was made: a time
    ("on Wednesday", "at the time"), or, set off by a comma, a place or occasion ("in Kentucky"),
    a participle ("appearing on Fox News") or a clause opened by "when" ("when contacted")."""
    set_off = child.left_edge.i > 0 and child.doc[child.left_edge.i - 1].text == ","
    if child.dep_ == "prep":
        objects = [g for g in child.children if g.dep_ == "pobj"]
        if child.lower_ in TIME_PREPOSITIONS and any(g.lower_ in TIME_NOUNS for g in objects):
            return True
        return set_off and child.lower_ in SET_OFF_PREPOSITIONS
    if not set_off:
        return False
    if child.dep_ == "acl" and child.tag_ == "VBG":
        return True
    return child.dep_ in ("relcl", "acl", "advcl") and child.left_edge.lower_ in WHEN_WORDS


def subject_of(verb: Token) -> Token | None:
    """The verb's own subject, nominal or clausal, or None. Of two, the one after the verb:
    "“It is their dispute. Not ours,” said Lund" gives "said" the quoted fragment as a second
    subject, before it; the inverted tag's subject follows the verb."""
    subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
    return inverted_first(verb, subjects)


def _subject_after_coordinator(verb: Token) -> Token | None:
    """Of two subjects before the verb, the second when a coordinator stands between them: "[The
    Austrian partner asked for the price to be kept secret], but [the commissioner] stated…",
    where the parser left the first clause open and gave its subject to the second verb. Read
    only for a source: PolNeAR train 3 sources mended, none lost; as every verb's subject it
    also split joined subjects ("Clinton and Trump have made")."""
    before = [c for c in verb.children if c.dep_ in SUBJECT_DEPS and c.i < verb.i]
    if len(before) < 2:
        return None
    first, last = before[0], before[-1]
    # the first is a clause left open ("partner [asked]…"), not one of joined subjects ("The
    # founders and the framers would agree"), and the coordinator joins it, not a word inside it
    left_open = any(t.tag_ in VERB_TAGS and t.dep_ != "relcl" for t in first.children)
    joined = any(
        c.dep_ == "cc" and c.lower_ in ("and", "but") and first.i < c.i < last.left_edge.i
        for c in (*first.children, *verb.children)
    )
    return last if left_open and joined else None


def inverted_first(verb: Token, subjects: list[Token]) -> Token | None:
    """The first of `subjects` after `verb` when they lie on both sides of it, else the first."""
    if not subjects:
        return None
    after = [s for s in subjects if s.i > verb.i]
    return after[0] if after and len(subjects) > 1 else subjects[0]


def _source_token(verb: Token) -> Token | None:
    """The token heading the source: subject, passive agent, or a governing verb's subject."""
    current: Token | None = verb
    for _ in range(4):
        if current is None:
            return None
        if current is not verb:
            if _is_extraposing(current):
                return None
            # "After saying X, [she] was whisked off": a governing passive's subject is the
            # one who spoke in the participle clause.
            passive_subject = _nominal_passive_subject(current)
            if passive_subject is not None:
                return passive_subject
        found, final = _own_source(current)
        if found is not None or final:
            return found
        controller = _controlling_object(current) if current is verb else None
        if controller is not None:
            return controller
        current = _governing_verb(current)
    return None


# Verbs whose object does what their to-infinitive says: "the scandal [forced] the mayor to deny
# it", "the vote [led] the senator to call for a recount": the mayor denies, not the scandal.
OBJECT_CONTROL_LEMMAS = (
    "force prompt lead push cause allow permit enable encourage inspire motivate persuade convince "
    "pressure compel drive spur get help invite challenge dare require oblige provoke nudge authorize "
    "empower lobby press implore beg urge ask tell order advise remind warn want expect need"
).split()
OBJECT_CONTROL_FORMS = frozenset(
    [form for lemma in OBJECT_CONTROL_LEMMAS for form in inflections(lemma)]
    + "led drove driven got gotten told compelled spurred permitted begged".split()
)


def _controlling_object(verb: Token) -> Token | None:
    """The object of the verb that governs `verb`'s to-infinitive, when that verb hands its object
    the infinitive's deed ("the scandal prompted [the mayor] to deny the claims"), else None."""
    if verb.dep_ not in ("xcomp", "advcl", "ccomp"):
        return None
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return None
    head = verb.head
    if head.lower_ not in OBJECT_CONTROL_FORMS:
        return None
    return next((c for c in head.children if c.dep_ == "dobj" and c.i < verb.i), None)


def _nominal_passive_subject(verb: Token) -> Token | None:
    """The passive verb's subject when it is a noun phrase. A verb there is a misparse ("…, not
    only [implying] approval would be required, but also recommending…"), no one who spoke:
    the search goes on up to the verb the clause hangs off."""
    subject = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    return subject if subject is not None and subject.tag_ not in VERB_TAGS else None


def _is_extraposing(verb: Token) -> bool:
    """ "It is hard [to know] …", "it's worth [noting] …": a copula whose "it" stands for the
    clause, not for anyone (PolNeAR gives these attributions no source)."""
    subject = subject_of(verb)
    return (
        subject is not None
        and subject.lower_ == "it"
        and any(c.dep_ == "acomp" for c in verb.children)
    )


def _own_source(verb: Token) -> tuple[Token | None, bool]:
    """(source head, whether the search ends here) from the verb's own dependents."""
    # "Trump, who said …": PolNeAR's source is the relative pronoun itself (train: 568 gold
    # sources are exactly "who", "which" or "that"; taking the noun phrase instead halves
    # agreement even for "that"); resolve/ finds whom the pronoun stands for. A document's clause
    # is its issuer's report ("[they] released a statement which said"), as its participle is.
    named = (
        _issuer_of_relative(verb) or _subject_after_coordinator(verb) or subject_of(verb)
        or passive_agent(verb) or _subject_around_participle(verb) or _inverted_subject_as_object(verb)
    )
    if named is not None:
        return named, True
    if _nominal_passive_subject(verb) is not None:
        return None, True  # a passive without its agent has no source in the text
    if _is_passive_participle(verb):
        return None, True
    if _issued_document(verb) is not None:
        return None, False  # "[Pompeo] sent a letter requesting …": the sender speaks
    # "a letter that says …", "a video threatening …"; not "[Trump] made an attempt to deflect it,
    # writing …", whose subject is the clause's (_governing_verb).
    modifies_a_noun = verb.dep_ in ("relcl", "acl") and verb.head.tag_ not in VERB_TAGS
    if modifies_a_noun and _free_participle_clause(verb) is None:
        return verb.head, True
    return None, False


def _free_participle_clause(verb: Token) -> Token | None:
    """The verb of the clause that a participle set off by a comma adjoins, where the parser hung
    it off the noun before the comma: "[Trump] made a third attempt to deflect the criticism,
    [writing] …", "[she] addressed the prime minister, demanding …". Set off, the participle says
    what the clause's subject did, not what the noun did; a document or occasion of speech has
    its own rule (_issued_document), and the noun speaks where no verb holds it."""
    if verb.dep_ != "acl" or verb.tag_ != "VBG" or verb.head.tag_ in VERB_TAGS:
        return None
    first = verb.left_edge.i
    if first == 0 or verb.doc[first - 1].text != ",":
        return None
    holder = verb.head
    while holder.tag_ not in VERB_TAGS and holder.head.i != holder.i:
        holder = holder.head
    return holder if holder.tag_ in VERB_TAGS else None


def _subject_around_participle(verb: Token) -> Token | None:
    """ "[Visser] speaking to the think tank called the deal void": a past-tense verb cannot modify
    a noun, so when the parser hangs one off the object of a bare participle clause, its subject
    is the participle's."""
    if verb.dep_ != "acl" or verb.tag_ != "VBD":
        return None
    participle = verb.head.head
    if participle.dep_ == "prep":  # "speaking [to] the think tank"
        participle = participle.head
    if participle.tag_ != "VBG" or any(c.dep_ in ("aux", "auxpass") for c in participle.children):
        return None
    return subject_of(participle)


def object_read_from_inverted_subject(verb: Token, first: int) -> Token | None:
    """ "“…,” said [a protester using the pseudonym Katya]": right after the quotation it tags (the
    cue's words start at token `first`), a verb without a subject, whose inverted subject the
    parser took for its object; that object."""
    if first == 0 or not verb.doc[first - 1].is_quote:
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    rights = list(verb.rights)
    if not rights or rights[0].dep_ != "dobj" or rights[0].tag_ in ("PRP", "PRP$"):
        return None
    return rights[0]


def _inverted_subject_as_object(verb: Token) -> Token | None:
    """The inverted subject of a finite tag verb that the parser made its object, wherever the
    verb's content was found ("“It’s Bernie’s to lose,” added [another New Hampshire Democrat]":
    PolNeAR train 9 sources from none to the gold one, none wrong). Not a participle: "…,”
    recalling [summer visits]" names what was recalled."""
    if verb.tag_ not in FINITE_TAGS and not _past_read_as_base_form(verb):
        return None
    return object_read_from_inverted_subject(verb, verb.i)


# Cue verbs whose past tense is written as their base form: after a quotation, with no subject
# before it, the parser takes "read" for an imperative ("“…,” read [the statement]").
PAST_AS_BASE_FORMS = frozenset({"read", "forecast"})


def _past_read_as_base_form(verb: Token) -> bool:
    """ "“We will not be deterred,” read [the statement]": a verb whose past is spelled as its base
    form, tagged as the base form; right after a quotation it is the past of a tag."""
    return verb.tag_ == "VB" and verb.lower_ in PAST_AS_BASE_FORMS


def _is_passive_participle(verb: Token) -> bool:
    """ "contests [known] as…", "[Asked] whether…, voters said": a bare past participle."""
    # A sentence-initial "Asked …," is often tagged VBD, but a finite verb would have a subject.
    participle = verb.tag_ == "VBN" or (verb.tag_ == "VBD" and bool(verb.is_sent_start))
    return (
        participle
        and verb.dep_ in PASSIVE_PARTICIPLE_DEPS
        and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)
    )


# Things written or recorded that someone issues, sends or posts: "[the ministry] issued a
# statement saying …" (Wikinews gold: the source is the ministry, a document's speaker its issuer).
DOCUMENT_NOUNS = frozenset(
    """
    statement letter video message post tweet release note memo email e-mail report document
    filing notice communique communiqué declaration petition complaint lawsuit motion brief
    resolution advisory bulletin announcement circular editorial essay op-ed column ad advert
    advertisement leaflet
    """.split()
)


def is_document(noun: Token) -> bool:
    """Whether `noun` names something written or recorded (DOCUMENT_NOUNS), singular or plural."""
    word = noun.lower_
    return word in DOCUMENT_NOUNS or (word.endswith("s") and word[:-1] in DOCUMENT_NOUNS)


# Occasions of speech, which say nothing themselves: "[Clinton] gave a speech attacking …", "in a
# speech praising the workers, [Clinton]…" (PolNeAR train: the source is the speaker, not the
# speech). A document, unlike these, speaks when nobody is said to have issued it.
OCCASION_NOUNS = frozenset(
    """
    speech speeches remarks address interview interviews rally appearance briefing conference
    testimony sermon lecture
    """.split()
)
# What one has in doing something: "[the senator] had no trouble endorsing …", "[Obama] had a
# difficult time vetoing …": the participle is the act of whoever has it.
EASE_NOUNS = frozenset("trouble difficulty time problem".split())
HAVING = frozenset("have has had having".split())


def _issued_document(verb: Token) -> Token | None:
    """The verb that issues the document a participle cue describes ("[released] a statement
    saying …", "[sent] a letter requesting …"), or that holds the occasion of speech it describes
    ("[gave] a speech attacking …", "in a speech praising …, she [said]"), or None: its subject is
    the source."""
    noun = verb.head
    if verb.dep_ != "acl" or verb.tag_ != "VBG":
        return None
    if is_document(noun):
        issuer = noun.head if noun.dep_ == "dobj" else None
    elif noun.dep_ == "dobj" and noun.head.lower_ in ISSUING_FORMS:
        # Whatever a verb of making public puts out speaks for its issuer like a document:
        # "[POLITICO] published a story detailing …", "[The campaign] released a parody website
        # asking …" (PolNeAR train: the 4 gold cues placed so all have the issuer as source).
        issuer = noun.head
    elif noun.lower_ in OCCASION_NOUNS and not any(c.dep_ == "poss" for c in noun.children):
        issuer = _verb_holding(noun)  # not "[Clinton's] speech attacking …": hers, whoever heard it
    elif noun.lower_ in EASE_NOUNS and noun.dep_ == "dobj" and noun.head.lower_ in HAVING:
        issuer = noun.head
    else:
        return None
    if issuer is None or issuer.tag_ not in VERB_TAGS or subject_of(issuer) is None:
        return None
    return issuer


# Verbs that make a document public, so that what it says is its issuer's: not "[the department]
# withheld an email that revealed …", whose writer is someone else.
ISSUING_FORMS = frozenset(
    form
    for lemma in "release issue publish post tweet send air run launch file circulate".split()
    for form in inflections(lemma)
) | {"put", "ran", "sent"}


def _issuer_of_relative(verb: Token) -> Token | None:
    """The subject of the verb that issued the document whose relative clause `verb` heads:
    "[Rand Paul] has released a Web video that accuses …", "[They] released a statement which
    said …". Like "a statement saying …" (_issued_document), the clause says what the issuer
    says (PolNeAR train: it moved 2 sources onto the gold one, none off it; Wikinews dev: the issuer)."""
    noun = verb.head
    if verb.dep_ != "relcl" or noun.dep_ != "dobj" or not is_document(noun):
        return None
    if not any(c.dep_ == "nsubj" and c.lower_ in ("that", "which") for c in verb.children):
        return None
    issuer = noun.head
    return subject_of(issuer) if issuer.lower_ in ISSUING_FORMS else None


def _verb_holding(noun: Token) -> Token | None:
    """The verb whose object the noun is ("gave [a speech]"), or whose preposition it follows ("[in]
    a speech", "said [at] a rally")."""
    if noun.dep_ == "dobj":
        return noun.head
    if noun.dep_ == "pobj" and noun.head.dep_ == "prep":
        return noun.head.head
    return None


def _governing_verb(verb: Token) -> Token | None:
    """The verb whose subject a subjectless verb shares: "…, adding that", "against recommending"."""
    issuer = _issued_document(verb)
    if issuer is not None:
        return issuer
    clause = _free_participle_clause(verb)
    if clause is not None:
        return clause
    if verb.dep_ == "pcomp" and verb.head.dep_ == "prep":
        return _holder_of_noun(verb.head.head) if verb.head.head.tag_ in NOUN_TAGS else verb.head.head
    if verb.dep_ in INHERIT_SUBJECT_DEPS and verb.head is not verb:
        return verb.head
    return None


def _holder_of_noun(noun: Token) -> Token | None:
    """The verb whose object is the noun a gerund's preposition hangs off: "[he] [made] a point of
    saying …", "[Clinton's campaign] [took] the unusual step of criticizing …"."""
    holder = _verb_holding(noun)
    return holder if holder is not None and holder.tag_ in VERB_TAGS else None


def passive_agent(verb: Token) -> Token | None:
    """The object of the verb's agent phrase ("announced [by] the ministry"), or None."""
    for child in verb.children:
        if child.dep_ == "agent":
            for grandchild in child.children:
                if grandchild.dep_ == "pobj":
                    return grandchild
    return None
