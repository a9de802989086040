"""Content that is not a clause: a passive's subject, an object, a prepositional object.

"The plan was announced by [the ministry]", "rejected [the idea]", "called for [a ban]",
"advised [residents to leave]", "which he denied": what the lexicon lets each cue take
(lexicons/en/cue_verbs.tsv), with what goes with the object ("accused [them of lying]").
It stands alone because it is the last resort of a verb cue, read through the lexicon's
relation codes rather than the clause structure.
"""

from __future__ import annotations

from spacy.tokens import Token

from quotegraph.extraction.cues import RELATIVE_PRONOUN_TAGS, Cue, plea_of
from quotegraph.extraction.lexicon import Lexicon
from quotegraph.extraction.sources import passive_agent
from quotegraph.extraction.spans import spans_of, subtree_indices
from quotegraph.records import CharSpan


def complement_content(verb: Token, cue: Cue, lexicon: Lexicon) -> tuple[list[CharSpan], str]:
    """Content in a passive's subject ("X was announced by Y") or in an object or prepositional
    object the lexicon allows the cue ("rejected [the idea]", "called for [a ban]")."""
    doc = verb.doc
    if _passive_of_a_cue_taking_neither(verb, cue.lemma, lexicon):
        return [], ""  # "crimes were committed by", "delegates committed to Clinton"
    passive = _passive_content(verb, cue)
    if passive:
        return passive, "passive"
    dependents = [*verb.rights, *_fronted_objects(verb)]
    for child in [_charge_pleaded_to(verb, cue.lemma, c) or c for c in dependents]:
        relation = _allowed_relation(cue.lemma, verb, child, lexicon)
        if relation is not None:
            target = child if child.dep_ != "prep" else _prepositional_object(child)
            if target is not None:
                indices = subtree_indices(target)
                if relation == "o":
                    indices |= _object_complements(verb, child, placing=cue.lemma in PLACING_LEMMAS)
                elif relation == "x":  # "told [his advisers] to act": the one told goes with it
                    indices |= {i for obj in _objects_before(verb, child) for i in subtree_indices(obj)}
                elif relation == "p":  # "called on [drivers to slow down]": what is asked goes with them
                    indices |= _infinitive_after(verb, child)
                return spans_of(doc, indices), "preposition" if child.dep_ == "prep" else "object"
    if lexicon.allows(cue.lemma, "o"):
        antecedent = _antecedent_reported(verb)
        if antecedent:
            return spans_of(doc, antecedent), "object"
    return short_answer(verb, cue)


def _passive_content(verb: Token, cue: Cue) -> list[CharSpan]:
    """A passive's subject with what it is called ("[the plan] was announced by", "[he] was
    described by police [as a loner]"), or the one told what ("he was told by the minister [of 40
    people missing]"), or the noun a participle modifies; [] when the verb is no passive with an
    agent, or the cue conveys ("was given [a car] by")."""
    doc = verb.doc
    if passive_agent(verb) is None or cue.lemma in CONVEYING_LEMMAS:
        return []
    told = _what_the_addressee_was_told(verb) if cue.lemma in ADDRESSEE_LEMMAS else None
    if told is not None:  # the subject is the one told, not what was said
        return spans_of(doc, subtree_indices(told))
    passive_subjects = [c for c in verb.children if c.dep_ == "nsubjpass"]
    if passive_subjects:
        return spans_of(doc, subtree_indices(passive_subjects[0]) | _what_it_is_called(verb))
    if verb.dep_ == "acl" and verb.tag_ == "VBN" and _what_it_is_called(verb):
        return spans_of(doc, _participle_content(verb))
    return []


def _passive_of_a_cue_taking_neither(verb: Token, lemma: str, lexicon: Lexicon) -> bool:
    """A passive, or a past participle modifying a noun, of a cue that takes neither an object nor
    a clause ("commit" only through "to", "sue" only through an infinitive): its subject is what
    the verb was done to ("[crimes] were committed by"), or the participle an adjective ("delegates
    [committed to] Clinton"), not what was said. Cues that take either keep their passive ("[the
    plan] was announced by", "[he] was sentenced by a judge", the annotators' content)."""
    if lexicon.allows(lemma, "o") or lexicon.allows(lemma, "c") or verb.tag_ != "VBN":
        return False
    marked = any(c.dep_ in ("auxpass", "agent") for c in verb.children)
    return marked or verb.dep_ == "acl"


def _allowed_relation(lemma: str, verb: Token, child: Token, lexicon: Lexicon) -> str | None:
    """The lexicon's code for `child` when it may carry the content of the cue `lemma`, else None."""
    relation = _relation_code(child)
    if relation == "o" and not _admissible_object(lemma, verb, child):
        return None
    if relation == "p" and not _topic_preposition(lemma, child):
        return None
    if relation in ("p", "x") and lemma in OBJECTLESS_LEMMAS and _object_before(child):
        return None  # "committed [identity theft] to open accounts": a deed and its purpose
    if relation == "p" and not lexicon.allows(lemma, "p") and _gerund_after_about(child):
        relation = "c"  # "tweeted about [delaying the vote]": a clause without its subject
    return relation if relation and lexicon.allows(lemma, relation) else None


# Cues whose prepositional object is content only after these prepositions: "spoke [of the
# malaise in Mexican society]" (PolNeAR train: 8 of 13 "spoke of" are gold cues, the rest inside
# quotations; Wikinews dev: 3 of 3), where "spoke to reporters", "spoke on the phone", "spoke
# with Wikinews about the campaign" name a talk, not what was said (Wikinews gold: none of them).
TOPIC_PREPOSITIONS = {"speak": frozenset({"of"}), "commit": frozenset({"to"})}


# Cues whose preposition or infinitive carries content only with no object before it:
# "committed [to a trial]", "committed [to send troops]" promise; "committed $5 million to the
# project" sends the object somewhere, "committed identity theft to open accounts" is a deed.
OBJECTLESS_LEMMAS = frozenset({"commit"})


def _object_before(child: Token) -> bool:
    return any(c.dep_ == "dobj" and c.i < child.i for c in child.head.children)


def _topic_preposition(lemma: str, prep: Token) -> bool:
    """Whether the preposition `prep` of the cue `lemma` may carry its content."""
    allowed = TOPIC_PREPOSITIONS.get(lemma)
    return allowed is None or prep.lower_ in allowed


def _charge_pleaded_to(verb: Token, lemma: str, child: Token) -> Token | None:
    """ "pleaded guilty [to each crime]": the parser hangs the charge's "to" off the plea, not the
    verb; that preposition, read as the verb's own (the conventions count pleas: CONVENTIONS.md,
    "What is an attribution"). None when `child` is no plea with a charge."""
    if child != plea_of(verb, lemma):
        return None
    return next((c for c in child.rights if c.dep_ == "prep" and c.lower_ == "to"), None)


# What "say" reports standing for a clause: "said [yes]", "said [no to the war]", "would say [so]".
ANSWER_WORDS = frozenset({"yes", "no"})
# After "the same": whom it is said of ("said the same [of Sanders]").
ABOUT_PREPOSITIONS = frozenset({"of", "about", "for"})


def short_answer(verb: Token, cue: Cue) -> tuple[list[CharSpan], str]:
    """The answer or pro-form right after "say" that stands for what was said ("said yes", "said
    no to the war", "neither side would say so", "61 percent say the same of Clinton"), with what
    it is said of; polls report so ("Asked if…, 46 percent said yes"). Not in a headline set in
    title case ("Americans Will Say No to Trump"). ([], "") when there is none."""
    doc = verb.doc
    if cue.lemma != "say" or not verb.text.islower() or verb.i + 2 >= len(doc):
        return [], ""
    word = doc[verb.i + 1]
    indices, after = _answer_word(word, verb) or _the_same(word, verb) or (set(), ())
    for child in verb.rights:  # "said no [to the war]": the parser hangs it off the verb
        if indices and child.dep_ == "prep" and child.lower_ in after and child.i == max(indices) + 1:
            indices |= subtree_indices(child)
    return spans_of(doc, indices), "object"


def _answer_word(word: Token, verb: Token) -> tuple[set[int], tuple[str, ...]] | None:
    """ "said [yes]", "said [no] to the war", "would say [so]." (so only before punctuation:
    "said so far" is no answer)."""
    if word.head.i != verb.i:
        return None
    if word.lower_ in ANSWER_WORDS:
        return subtree_indices(word), ("to",)
    if word.lower_ == "so" and word.doc[word.i + 1].is_punct:
        return {word.i}, ()
    return None


def _the_same(word: Token, verb: Token) -> tuple[set[int], tuple[str, ...]] | None:
    """ "say [the same] of Clinton", as the verb's object ("26 percent said the same" is often
    read as its subject, and left)."""
    same = word.doc[word.i + 1]
    if word.lower_ != "the" or same.lower_ != "same" or same.head.i != verb.i or same.dep_ != "dobj":
        return None
    return subtree_indices(same), tuple(ABOUT_PREPOSITIONS)


# Cues whose object is content only when it names a stance, a guilt or a wrongdoing: "admitted
# [his guilt]", "admitted [the charges]"; not "admitted two new members to the board", where
# "admit" lets someone in. Singular forms: a plural adds an "s" ("the charges", "failures").
ADMISSION_NOUNS = frozenset(
    """
    guilt wrongdoing mistake error fault blame responsibility liability failure negligence
    involvement role complicity culpability misconduct crime charge offence offense fraud theft
    murder manslaughter killing abuse lie affair relationship defeat doubt concern fear regret
    """.split()
)
# "maintained [his innocence]", "maintains [a position that…]": "maintain" reports a stance;
# with any other object it keeps something ("maintained [his lead]", "[top spot]", "[control]").
STANCE_NOUNS = frozenset(
    "innocence position stance view claim belief line argument opposition assertion denial".split()
)
# What a figure puts on a quantity or a place: "placed [the death toll] in the hundreds", "put [the
# cost] at $5 billion", "placed [the epicentre] 8 km south of the town". Of these verbs only an
# estimate, or a warning imposed ("placed the county under a storm warning"), is a statement.
MEASURE_NOUNS = frozenset(
    """
    toll count number figure total value cost price estimate loss losses damage age date
    epicenter epicentre magnitude size height depth death deaths casualties
    """.split()
)
WARNING_NOUNS = frozenset("warning watch advisory alert".split())
PLACING_LEMMAS = frozenset({"place", "put"})
# "pledged delegates" (a nomination's count of delegates bound by the primaries): the parser often
# reads the adjective as a verb with the noun as its object. Any other object of "pledge" is what
# was promised: "have pledged [funds]", "pledged [his support]", "pledged [“cooperation”]".
PLEDGED_ADJECTIVE_NOUNS = frozenset({"delegate", "delegates"})
# What a message of sympathy conveys: "gave [his condolences] via Twitter", "sent [their
# condolences] to the family", "gave its [“deepest sympathies”]" (the Wikinews gold annotates each
# as a statement). With any other object these verbs report nothing ("gave a speech", "sent
# troops", "sent a letter").
CONDOLENCE_NOUNS = frozenset({"condolence", "condolences", "sympathy", "sympathies"})
CONVEYING_LEMMAS = frozenset({"give"})
OBJECT_CLASSES = {
    "admit": ADMISSION_NOUNS, "maintain": STANCE_NOUNS, "place": MEASURE_NOUNS, "put": MEASURE_NOUNS,
}
# Cues whose object is content only with what it is called: "classified [the outbreak as a
# pandemic]". Not "identify", whose "identified the victim as…" news uses more for an identity
# established (as a cue it lowered precision on the held-out train half B, 0.844 -> 0.841).
NAMING_LEMMAS = frozenset({"classify"})
# Cues that report only through their object: what they follow or interrupt is no content ("the
# army moved, having placed him under arrest" places nothing said). Not "put", which tags a
# quotation ("“…,” as the minister put it").
OBJECT_ONLY_LEMMAS = frozenset({"place"}) | NAMING_LEMMAS | CONVEYING_LEMMAS
# Prepositions that send an object somewhere: "admitted two members [to] the board".
DIRECTION_PREPOSITIONS = frozenset({"to", "into"})


def _admissible_object(lemma: str, verb: Token, child: Token) -> bool:
    """Whether `child`, the object of a cue with an object class, is one of that class and goes
    nowhere ("admitted his guilt", not "admitted 300 students into the programme")."""
    if lemma in NAMING_LEMMAS:
        return any(c.i > child.i and (c.dep_ == "oprd" or c.lower_ == "as") for c in verb.rights) or bool(
            _as_hung_off(child)
        )
    if lemma in CONVEYING_LEMMAS:  # sent to someone, as condolences are
        return child.lower_ in CONDOLENCE_NOUNS
    if lemma == "pledge":
        return child.lower_ not in PLEDGED_ADJECTIVE_NOUNS
    if lemma in PLACING_LEMMAS and _under_a_warning(verb, child):
        return True
    nouns = OBJECT_CLASSES.get(lemma)
    if nouns is None or _clause_after_object(verb, child) is not None:
        return True
    sent_somewhere = any(
        c.dep_ == "prep" and c.lower_ in DIRECTION_PREPOSITIONS and c.i > child.i for c in verb.children
    )
    word = child.lower_
    return (word in nouns or (word.endswith("s") and word[:-1] in nouns)) and not sent_somewhere


def _as_hung_off(obj: Token) -> list[Token]:
    """ "classified [the outbreak of the disease] as a pandemic": the parser may hang what the
    object is called off the object rather than the verb; that "as", if so."""
    return [c for c in obj.rights if c.dep_ == "prep" and c.lower_ == "as"]


def _clause_after_object(verb: Token, obj: Token) -> Token | None:
    """ "maintained [an inquiry] is what the committee does": the parser read the subject of the
    reported clause as the object, and the clause's verb, right after it and without a subject of
    its own, as the cue's conjunct; the clause, or None."""
    for child in verb.rights:
        if child.dep_ in ("conj", "ccomp") and child.tag_ in ("VBZ", "VBD", "VBP", "MD"):
            subjectless = not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in child.children)
            if subjectless and child.left_edge.i == obj.right_edge.i + 1:
                return child
    return None


def _under_a_warning(verb: Token, child: Token) -> bool:
    """ "placed [Palm Beach County] under a tropical storm warning". Any word of the phrase: the
    parser may take "storm" for its head and "warning" for a participle hung off it."""
    under = [c for c in verb.rights if c.dep_ == "prep" and c.lower_ == "under" and c.i > child.i]
    objects = [g for prep in under for g in prep.children if g.dep_ == "pobj"]
    return any(word.lower_ in WARNING_NOUNS for obj in objects for word in obj.subtree)


def _fronted_objects(verb: Token) -> list[Token]:
    """ "which he denied", "what the police called [a terrorist attack]": a relative pronoun
    before the verb is its object, and with what it is called, the content. A bare "what" ("what
    voters want") says nothing the sentence gives. A relative "that" the tagger read as a
    conjunction is one too ("polymers that Wang described [as resembling hairs]")."""
    called = any(c.dep_ == "oprd" or (c.dep_ == "prep" and c.lower_ == "as") for c in verb.rights)
    return [
        c
        for c in verb.lefts
        if c.dep_ == "dobj" and _relative_pronoun(c, called) and (called or c.lower_ == "which")
    ]


def _relative_pronoun(word: Token, called: bool) -> bool:
    return word.tag_ in RELATIVE_PRONOUN_TAGS or (called and word.lower_ == "that")


# The nouns a relative clause names the thing reported by: "the plan [that] Buttigieg proposed".
ANTECEDENT_TAGS = frozenset({"NN", "NNS"})


def _antecedent_reported(verb: Token) -> set[int]:
    """ "a plan [that] Buttigieg proposed", "a process Zapata described [as being tricky]": a
    relative clause with a subject of its own, whose object is a relative "that" or, with what it
    is called, no word at all, reports the noun it modifies (the Wikinews gold's content; "which
    he denied" keeps its pronoun: _fronted_objects). Empty when the verb heads no such clause."""
    noun = verb.head
    if verb.dep_ != "relcl" or noun.tag_ not in ANTECEDENT_TAGS or noun.i > verb.i:
        return set()
    subjects = [c for c in verb.lefts if c.dep_ == "nsubj"]
    if not subjects or subjects[0].tag_ in RELATIVE_PRONOUN_TAGS or subjects[0].lower_ == "that":
        return set()
    objects = [c for c in verb.children if c.dep_ in ("dobj", "ccomp", "xcomp")]
    called = _what_it_is_called(verb)
    that = [c for c in objects if c.lower_ == "that" and c.i < verb.i]
    if objects != that or not (that or called):
        return set()
    return (subtree_indices(noun, without=[verb]) - {t.i for t in noun.subtree if t.i > verb.i}) | called


# Cues whose object is the one addressed: in the passive, their subject is the addressee and what
# was said follows "of" or "about" ("he was told by the minister [of 40 people missing]").
ADDRESSEE_LEMMAS = frozenset({"tell", "inform", "brief", "warn", "notify", "remind", "assure", "advise"})


def _what_the_addressee_was_told(verb: Token) -> Token | None:
    """The object of the verb's "of" or "about", or of "about" after its agent ("was warned by
    engineers about cracks", parsed as the engineers' "about"); "of" after the agent is more often
    the agent's own ("the Minister of Defence")."""
    preps = [c for c in verb.rights if c.dep_ == "prep" and c.lower_ in ("of", "about")]
    agent = passive_agent(verb)
    if agent is not None:
        preps += [c for c in agent.rights if c.dep_ == "prep" and c.lower_ == "about"]
    return _prepositional_object(preps[0]) if preps else None


# What follows "as" that names no predicate: "described the plan as follows: “…”" introduces the
# quotation, "as well" adds to the object.
AS_WITHOUT_PREDICATE = frozenset({"follows", "well", "such"})


def calls_its_object(verb: Token) -> bool:
    """ "lists [Saha] as belonging to the Air Force", "saw [compromise] as the best way": the verb
    has an object and, after it, what the object is called ("as" with a phrase of its own, on the
    verb or hung off the object)."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if not objects:
        return False
    after = [c for c in verb.rights if c.dep_ == "prep" and c.lower_ == "as" and c.i > objects[0].i]
    called = [g for prep in [*after, *_as_hung_off(objects[0])] for g in prep.children]
    return any(g.dep_ in ("pobj", "pcomp") and g.lower_ not in AS_WITHOUT_PREDICATE for g in called)


def _what_it_is_called(verb: Token) -> set[int]:
    """ "was described by the police [as knife-obsessed]", "was named [a hero] by…": what a
    passive's subject is called goes with it."""
    indices: set[int] = set()
    for child in verb.rights:
        if child.dep_ == "oprd" or (child.dep_ == "prep" and child.lower_ == "as") or _marked_as(child):
            indices |= subtree_indices(child)
    agent = passive_agent(verb)
    if not indices and agent is not None:  # "described by [police] as a loner": hung off the agent
        indices = {i for prep in _as_hung_off(agent) for i in subtree_indices(prep)}
    return indices


def _marked_as(child: Token) -> bool:
    """ "reported by The Guardian [as convicted of assaults]": a participle the parser makes a
    clause of its own, opened by "as"."""
    return child.dep_ == "advcl" and any(g.dep_ == "mark" and g.lower_ == "as" for g in child.children)


def _participle_content(verb: Token) -> set[int]:
    """ "a pattern [described by the bulletin] as chaotic", "the plane, reported by local media as
    military,": the noun the participle modifies, with what it is called. Without the latter
    the participle is mostly a deed ("super PACs supported by…", "tax hikes pushed through by…")."""
    noun = verb.head
    return (subtree_indices(noun, without=[verb]) | _what_it_is_called(verb)) - {
        t.i for t in noun.subtree if t.dep_ == "relcl" or t.i > verb.right_edge.i
    }


def _objects_before(verb: Token, complement: Token) -> list[Token]:
    return [c for c in verb.children if c.dep_ == "dobj" and c.i < complement.i]


# Prepositions that set a scene (where, when, by what means), never what is said.
SETTING_PREPOSITIONS = frozenset(
    "in during after before since until till within throughout across near amid amidst via".split()
)


def _relation_code(child: Token) -> str | None:
    """The lexicon's code for a verb's dependent that may carry content."""
    if child.dep_ == "dobj" or _object_read_as_predicate(child):
        return "o"
    if child.dep_ == "xcomp":
        if child.lower_ == "be" and child.head.lower_ in LOOK_FORMS:
            return None  # "looks [to be] weakening" only seems
        # "admitted [stealing the car]", "reported [inventing a coating]": a gerund is a clause
        # without its subject, which every cue that takes a clause takes
        return "c" if child.tag_ == "VBG" else "x"
    if child.dep_ == "prep":
        # "advocates [in its constitution] a balanced budget": a place or a time is no content
        return None if child.lower_ in SETTING_PREPOSITIONS else "p"
    if child.dep_ == "advcl" and (_infinitive_after_object(child) or _aim_looked_to(child)):
        return "x"
    return None


# "look to" with a verb names an aim: "Roosevelt looked [to add justices]" (PolNeAR train
# annotates it as a cue; the parser reads the infinitive as one of purpose).
LOOK_FORMS = frozenset("look looks looked looking".split())


def _aim_looked_to(child: Token) -> bool:
    """ "looked [to add justices]": a to-infinitive right after a form of "look"; not "looks to
    be" ("looks to be weakening"), which only seems."""
    verb = child.head
    right_after = child.left_edge.i == verb.i + 1 and child.lower_ != "be"
    return verb.lower_ in LOOK_FORMS and to_infinitive(child) and right_after


def _object_read_as_predicate(child: Token) -> bool:
    """ "Biden called [Trump a clown]", "called [Trump] [a “climate arsonist”]": the parser took the
    object for part of what it is called, or for a second such predicate, and left the verb no
    object; the first predicate, with the rest (see _object_complements), is the content."""
    verb = child.head
    if child.dep_ != "oprd" or any(c.dep_ in ("dobj", "nsubjpass", "auxpass") for c in verb.children):
        return False  # a passive's subject is what is called ("was called a hero")
    predicates = [c for c in verb.rights if c.dep_ == "oprd"]
    if child != predicates[0]:
        return False
    # two noun phrases, the object and what it is called: not "named [Lee] as his deputy"
    determiners = [d.i for d in child.children if d.dep_ == "det"]
    swallowed = any(c.dep_ == "compound" and any(d > c.i for d in determiners) for c in child.children)
    return swallowed or len(predicates) > 1


def _gerund_after_about(prep: Token) -> bool:
    """ "about [missing the rally]": "about" with a gerund, which a cue that takes a clause takes as
    it takes one after its verb ("admitted [stealing]"); not a noun, a topic ("wrote about feminism")."""
    target = _prepositional_object(prep)
    return prep.lower_ == "about" and target is not None and target.dep_ == "pcomp" and target.tag_ == "VBG"


def _infinitive_after_object(clause: Token) -> bool:
    """ "advised [residents] to make plans": after the verb's object, the parser often makes the
    infinitive said to the one addressed an adverbial clause."""
    return to_infinitive(clause) and any(c.dep_ == "dobj" and c.i < clause.i for c in clause.head.children)


# Prepositions of the one called upon to act: "called on [drivers] to slow down". Not "to", whose
# infinitive after the object is more often a purpose ("pointed to the data to show the risk").
CALLING_UPON_PREPOSITIONS = frozenset({"on", "upon"})


def _infinitive_after(verb: Token, prep: Token) -> set[int]:
    """ "called on [drivers] to slow down": the infinitive the parser hangs off the verb after the
    object of "on", the indices of its subtree."""
    if prep.lower_ not in CALLING_UPON_PREPOSITIONS:
        return set()
    for child in verb.rights:
        if child.i > prep.i and child.dep_ in ("xcomp", "advcl") and to_infinitive(child):
            return subtree_indices(child)
    return set()


def to_infinitive(clause: Token) -> bool:
    """ "[to slow down]": a verb in its base form with "to"."""
    return clause.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children)


OBJECT_PREPOSITIONS = frozenset({"for", "of", "as", "over", "about"})


def _object_complements(verb: Token, obj: Token, *, placing: bool = False) -> set[int]:
    """"criticized [him for his votes]", "accused [them of lying]", "called [it a provocation]":
    the object's reason, or what the object is called, goes with it; after a verb of placing,
    where it is placed ("put [the cost at $5 billion]")."""
    indices: set[int] = set()
    clause = _clause_after_object(verb, obj)
    for sibling in verb.rights:
        if sibling.i <= obj.i:
            continue
        complement = sibling.dep_ in ("oprd", "xcomp")  # "urged [residents to leave]"
        complement = complement or (placing and sibling.dep_ in ("prep", "advmod", "npadvmod"))
        complement = complement or sibling == clause
        if complement or (sibling.dep_ == "prep" and sibling.lower_ in OBJECT_PREPOSITIONS):
            indices |= subtree_indices(sibling)
    return indices


def _prepositional_object(prep: Token) -> Token | None:
    for child in prep.children:
        if child.dep_ in ("pobj", "pcomp"):
            return child
    return None
