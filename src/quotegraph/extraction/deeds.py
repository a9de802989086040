"""Cue verbs used for a deed: a vote, a signature, a deal accepted, a candidacy sought.

The conventions quotegraph's gold sets follow (CONVENTIONS.md, "What is an attribution") leave
out votes, signatures and acceptances of deals, and running for an office is a deed too
("sought the nomination"). Telling the deed from the report ("signed a letter urging…",
"agreed with the mayor", "seeking access to the records") takes word lists and rules of its
own, so the check filters.py runs as "deed" stands alone here.
"""

from __future__ import annotations

from spacy.tokens import Token

from quotegraph.extraction.cues import RELATIVE_PRONOUN_TAGS
from quotegraph.extraction.found import Found

# Verbs whose object or prepositional object is a deed, not something said (CONVENTIONS.md:
# votes, signatures and acceptances of deals are no attributions).
DEED_LEMMAS = frozenset({"vote", "sign", "accept", "ratify"})
AGREEMENT_LEMMAS = frozenset({"agree"})
# Deals whose signing is a deed even with their terms given ("signed a deal to export gas").
SIGNED_AGREEMENTS = frozenset(
    "agreement agreements deal deals treaty treaties accord accords pact pacts contract contracts".split()
    + "memorandum memoranda".split()
)

# What a candidate seeks: a candidacy is a deed, not a request ("sought the nomination",
# "seeking ballot access", "to seek elected office", "seeking a second term"). Only these
# phrases: "seeking access to the records", "office space" and "a shorter term" are requests.
CANDIDACY_NOUNS = frozenset("nomination nominations candidacy candidacies presidency reelection".split())
# Nouns that are a candidacy only with one of these modifiers ("ballot access", "public office",
# "a third term"), or bare (_bare_candidacy).
CANDIDACY_MODIFIERS = {
    "access": frozenset({"ballot"}),
    "office": frozenset({"elected", "public", "political", "higher", "elective"}),
    "term": frozenset("second third fourth fifth sixth another consecutive".split()),
}
# "re-election", which the tokenizer may split, the parser then making "re" the object.
REELECTION = "re-election"
# learned/non_reports.py keeps its own SEEKING_LEMMAS: stages never import each other, and
# records/ holds no word lists, so the one word is written in both.
SEEK_LEMMAS = frozenset({"seek"})
# "The storm claimed 3,000 lives": to claim a life is to take it, not to assert anything.
CLAIM_LEMMAS = frozenset({"claim"})
LIVES = frozenset("life lives victim victims".split())
# "found himself in trouble", "found its way into the hands of…", "found ways to press his agenda":
# finding oneself somewhere, or a way, is something that happens or is done, not a finding. And
# "helped found the movement", "to found a party" is "found" the verb of founding.
FIND_LEMMAS = frozenset({"find"})
# "called a snap election", "called a meeting of the board", "called off the strike": to call an
# event is to convene it, and to call one off to cancel it; "called the election a fraud" names.
CALL_LEMMAS = frozenset({"call"})
# "named Kamala Harris as his running mate": a post filled, not a view held of her (as "named the
# PKK as terrorists" is). And "named it “Operation Peace Spring”": a name given, in quotation marks.
NAME_LEMMAS = frozenset({"name"})
POSTS = frozenset(
    """
    mate deputy successor chief secretary minister ambassador nominee adviser advisor spokesman
    spokeswoman spokesperson coach captain director head chair chairman chairwoman president
    vice-president treasurer manager judge envoy commander
    """.split()
)
CONVENED = frozenset(
    """
    election referendum vote meeting strike session hearing summit conference rally protest debate
    ballot recess primary caucus inquiry
    """.split()
)
NOUN_TAGS = frozenset({"NN", "NNS", "NNP", "NNPS", "PRP", "CD"})
WAYS = frozenset({"way", "ways"})
FOUNDING_TAGS = frozenset({"VB", "VBP"})
# Words before a bare "found" that make it the verb of founding ("helped found", "to found").
BEFORE_FOUNDING = frozenset("to help helps helped helping".split())
# Who finds things out, rather than finds things: "the survey found [90 percent support]", "the
# researchers found [quantities of virus in samples]" report a result; "agents found [the
# tunnels]", "police found [the body]" locate a thing.
INQUIRERS = frozenset(
    """
    study studies survey surveys poll polls report reports research analysis audit review
    investigation inquiry probe paper test tests trial experiment researchers scientists
    investigators inspectors court jury judge panel committee commission experts team authors
    """.split()
)
# Dependents of "find" that say what the thing was found to be ("found [him] guilty", "finds
# Sanders compelling", "found it to be a deterrent") or with what ("found Clinton with a lead").
FOUND_TO_BE_DEPS = frozenset({"ccomp", "oprd", "xcomp", "acomp"})


def deed(found: Found, verb: Token) -> bool:
    """ "signed the bill", "voted for the amendment", "agreed to a ceasefire", "claimed 3000
    lives"; not "signed a letter urging…" (the letter says something) or "agreed with the
    mayor" (an opinion)."""
    lemma = found.cue.lemma
    if lemma in DEED_LEMMAS:
        if any(c.dep_ == "ccomp" for c in verb.children):
            return False
        return _signs_an_agreement(verb) or not _object_says_something(verb)
    if lemma in AGREEMENT_LEMMAS:
        return _takes_a_noun_phrase(verb)
    checks = (
        (SEEK_LEMMAS, _seeks_a_candidacy),
        (CLAIM_LEMMAS, _takes_lives),
        (FIND_LEMMAS, _finds_no_finding),
        (CALL_LEMMAS, _convenes_or_cancels),
        (NAME_LEMMAS, _fills_a_post_or_gives_a_name),
    )
    return any(lemma in lemmas and check(verb) for lemmas, check in checks)


def _convenes_or_cancels(verb: Token) -> bool:
    """ "called [a snap election] for June", "called off [projects with him]": a new event
    convened, or anything called off; not an event called something ("called the vote rigged"),
    nor one already known ("called the election for Biden" declares its winner)."""
    if any(c.dep_ == "prt" and c.lower_ == "off" for c in verb.children):
        return True
    if any(c.dep_ in FOUND_TO_BE_DEPS for c in verb.children):
        return False
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    word = objects[0].lower_ if objects else ""
    singular = word[:-3] + "y" if word.endswith("ies") else word[:-1] if word.endswith("s") else word
    if len(objects) != 1 or (word not in CONVENED and singular not in CONVENED):
        return False
    children = list(objects[0].children)
    if any(c.dep_ in ("poss", "det") and c.lower_ not in ("a", "an") for c in children):
        return False  # "called the election for Biden": the race is called, its winner declared
    return not any(c.dep_ in ("acl", "relcl", "appos") or c.tag_.startswith("VB") for c in children)


def _fills_a_post_or_gives_a_name(verb: Token) -> bool:
    """ "named Harris [as his running mate]" (POSTS, after "as" and a possessor), "named it
    [“Operation Peace Spring”]" (a quoted name of capitalised words)."""
    for prep in (c for c in verb.rights if c.dep_ == "prep" and c.lower_ == "as"):
        role = next((g for g in prep.children if g.dep_ == "pobj"), None)
        if role is not None and role.lower_ in POSTS and any(c.dep_ == "poss" for c in role.children):
            return True
    doc = verb.doc
    marks = [t.i for t in doc[verb.i + 1 : verb.sent.end] if t.is_quote]
    if len(marks) < 2:
        return False
    quoted = [t for t in doc[marks[0] + 1 : marks[1]] if not t.is_punct]
    return bool(quoted) and all(t.text[:1].isupper() or t.like_num for t in quoted)


def _finds_no_finding(verb: Token) -> bool:
    """ "found himself in trouble", "helped found the movement": no finding reported."""
    return _finds_oneself_or_a_way(verb) or _founds(verb) or _locates_a_thing(verb)


def _founds(verb: Token) -> bool:
    """ "helped [found] the movement", "to found a party": founding, not finding."""
    if verb.lower_ != "found":
        return False
    before = verb.doc[verb.i - 1].lower_ if verb.i > 0 else ""
    return verb.tag_ in FOUNDING_TAGS or before in BEFORE_FOUNDING


def _finds_oneself_or_a_way(verb: Token) -> bool:
    """ "found [himself] in trouble", "found [their way] into…", "found [ways] to press his
    agenda": the object is the finder or a way, and no clause says what was found."""
    if any(c.dep_ in ("ccomp", "oprd") for c in verb.children):
        return False
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    return bool(objects) and (objects[0].lower_.endswith(("self", "selves")) or objects[0].lower_ in WAYS)


def _locates_a_thing(verb: Token) -> bool:
    """ "Border Patrol agents found [the tunnels]", "police found [the body] near the river": a
    bare noun phrase found, by someone named who is no inquirer (INQUIRERS), is a thing located,
    not a finding ("they found…" may stand for researchers). A negative one ("found no evidence
    of a bomb") is a conclusion, and one found to be something ("found him guilty") or with
    something ("found Clinton with a lead") a finding."""
    if any(c.dep_ in FOUND_TO_BE_DEPS or (c.dep_ == "prep" and c.lower_ == "with") for c in verb.children):
        return False
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if len(objects) != 1 or objects[0].tag_ not in NOUN_TAGS:
        return False
    phrase = [t for t in objects[0].subtree if not _in_relative_clause(t, objects[0])]
    if any(t.tag_.startswith("VB") or t.lower_ == "no" for t in phrase):
        return False  # a clause misread as the object, or a negative finding
    subject = _finder(verb)
    return subject is not None and subject.tag_ != "PRP" and subject.lower_ not in INQUIRERS


def _in_relative_clause(token: Token, noun: Token) -> bool:
    """Whether `token` lies in a relative clause that describes `noun` ("the ship, which was last
    seen near the coast"); not in a clause that says what the noun holds ("agreement [that taxes
    encourage savings]")."""
    while token.i != noun.i:
        if token.dep_ == "relcl" and token.head.i == noun.i:
            return True
        token = token.head
    return False


def _finder(verb: Token) -> Token | None:
    """The subject of "find": its own, the noun a relative pronoun stands for ("a paper [that]
    found…"), or that of the verb it is joined to ("…and find new markets")."""
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is not None and subject.tag_ in RELATIVE_PRONOUN_TAGS and verb.dep_ == "relcl":
        return verb.head
    if subject is None and verb.dep_ in ("conj", "xcomp") and verb.head.i != verb.i:
        return _finder(verb.head)
    return subject


def _takes_lives(verb: Token) -> bool:
    """ "the hurricane claimed [about 3000 lives]": a death toll, not a claim."""
    objects = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    return any(obj.lower_ in LIVES for obj in objects)


def _seeks_a_candidacy(verb: Token) -> bool:
    """ "sought [the party's nomination]", "is seeking [ballot access]": running for an office."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if not objects:
        return False
    noun = objects[0]
    if noun.lower_ in CANDIDACY_NOUNS or noun.doc[noun.i : noun.i + 3].text.lower().startswith(REELECTION):
        return True
    modifiers = CANDIDACY_MODIFIERS.get(noun.lower_)
    if modifiers is None:
        return False
    before = [t.lower_ for t in noun.doc[noun.left_edge.i : noun.i]]
    return _bare_candidacy(noun, before) or any(word in modifiers for word in before)


def _bare_candidacy(noun: Token, before: list[str]) -> bool:
    """ "to seek office"; "seeking access in four states", access with no "to" of what is
    accessed (that is a request: "seeking access to the records")."""
    if noun.lower_ == "office":
        return not before
    to_what = any(c.dep_ == "prep" and c.lower_ == "to" for c in noun.children)
    return noun.lower_ == "access" and not to_what


def _signs_an_agreement(verb: Token) -> bool:
    """ "signed [an agreement to build a pipeline]", "ratified a treaty banning…": what a deal
    provides is its terms, agreed to, not something its signatory says."""
    objects = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    return any(obj.lower_ in SIGNED_AGREEMENTS for obj in objects)


def _object_says_something(verb: Token) -> bool:
    """ "signed [a decree banning…]", "signed [an open letter urging…]"."""
    objects = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    return any(
        grandchild.dep_ in ("acl", "relcl") and grandchild.tag_.startswith("VB")
        for obj in objects
        for grandchild in obj.children
    )


def _takes_a_noun_phrase(verb: Token) -> bool:
    """The verb's content is a plain noun phrase ("agreed [a ceasefire]", "agreed to [a
    deal]"), not a clause, an infinitive, a gerund or a person agreed with."""
    if any(c.dep_ in ("ccomp", "xcomp") for c in verb.children):
        return False
    for child in verb.children:
        if child.dep_ == "dobj":
            return True
        if child.dep_ == "prep" and child.lower_ in ("to", "on", "upon"):
            objects = [g for g in child.children if g.dep_ in ("pobj", "pcomp")]
            if objects and objects[0].dep_ == "pobj" and objects[0].tag_ != "VBG":
                return True
    return False
