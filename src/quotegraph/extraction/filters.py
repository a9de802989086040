"""Reporting verbs that report nothing: deeds, speech events without content, mute subjects.

The conventions quotegraph's gold sets follow (CONVENTIONS.md, "What is an attribution") leave
out votes, signatures and acceptances of deals, speech events without content ("met to discuss
trade", "issued a statement"), and subjects that cannot speak ("Monday saw…"). A cue verb
found in such a use is dropped here, before it becomes a statement. Whether a verb names a
deed (a vote, a signature, a candidacy) is deeds.py's check.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from quotegraph.extraction.cues import (
    FINITE_TAGS,
    NAME_TAGS,
    RELATIVE_PRONOUN_TAGS,
    VERB_TAGS,
)
from quotegraph.extraction.deeds import deed
from quotegraph.extraction.found import Found
from quotegraph.extraction.lexicon import THAT_CLAUSE_LEMMAS, Lexicon

# Heads of noun phrases that name a time or an event, which see and say nothing: "Monday
# saw armed police…", "the following election saw a victory…".
WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
MONTHS = frozenset(
    "january february march april may june july august september october november december".split()
)
DAYS_AND_MONTHS = WEEKDAYS | MONTHS
TIMES_AND_EVENTS = frozenset(
    """
    today yesterday weekend day week month year decade century morning afternoon evening night
    season era period election elections referendum storm hurricane earthquake
    """.split()
)
# A year written in figures sees nothing either ("2018 saw a surge in arrivals").
YEAR_DIGITS = 4
# Events that see nothing even when named ("the Gukurahundi massacres saw thousands killed").
VIOLENT_EVENTS = frozenset(
    "war wars massacre massacres attack attacks riot riots fighting violence bombing bombings".split()
    + "conflict conflicts crisis uprising uprisings invasion occupation famine genocide".split()
)
# Works that show what happens in them, which "see" in a figure of speech even when named ("The
# Netflix show sees six strangers move in together", "the film sees her return to Paris").
WORKS = frozenset(
    "show shows film films movie movies series episode episodes season sequel documentary".split()
    + "programme program novel play musical game video plot storyline".split()
)
# Of TIMES_AND_EVENTS, the events, which may be said ("announced the election").
EVENT_WORDS = frozenset("election elections referendum storm hurricane earthquake".split())
AGREEMENTS = frozenset("memorandum agreement treaty deal accord pact law act bill plan".split())
# Verbs of witnessing, which such a subject takes in a figure of speech ("2019 saw a surge").
WITNESS_LEMMAS = frozenset({"see", "witness"})
# Nouns of change or quantity over time: what a subject sees happen, not what it says.
CHANGE_NOUNS = frozenset(
    """
    increase increases rise rises surge surges resurgence decline declines decrease decreases drop
    drops fall falls growth spike spikes jump jumps upturn downturn uptick influx outbreak outbreaks
    """.split()
)
# Nouns that name a speech event, not what was said: "issued [a statement]", "answered
# [questions]", "responded to [the request]".
SPEECH_EVENT_NOUNS = frozenset(
    """
    statement statements question questions request requests letter letters call calls remark
    remarks comment comments announcement speech interview interviews message messages ruling
    rulings query queries inquiry inquiries email emails briefing
    """.split()
)
# Nouns that count or group what follows "of": "a series of questions".
QUANTITY_NOUNS = frozenset("series number couple set list handful dozen dozens range host batch".split())
# Verbs that take such a noun as a deed: "issued a statement", "responded to the request".
SPEECH_EVENT_LEMMAS = frozenset(
    {"issue", "respond", "answer", "reply", "release", "give", "hold", "deliver", "post", "publish", "send"}
)
# "citing [anonymous sources]", "cited [officials familiar with the case]": what is cited is where a
# report came from, not what it says. Not a thing cited as a reason or an example ("citing
# security concerns", "cited the memo as proof").
CITE_LEMMAS = frozenset({"cite"})
INFORMANT_NOUNS = frozenset(
    """
    source sources official officials outlet outlets insider insiders witness witnesses person people
    spokesman spokeswoman spokesperson spokespeople aide aides diplomat diplomats
    """.split()
)
# What one posts that is a thing shown, not words said: "posted [a video] from the rally",
# "posting [pictures of herself]", "posted [a report from The Hill] as the top story"; and a
# result "posted" ("posted [an overwhelming victory]", "posted a loss"). Not a quotation or a
# clause ("posted “We went to the Moon!”", "tweeted that…").
POSTING_LEMMAS = frozenset({"post", "tweet", "retweete"})
# "read the statement", "read some of their case files", "Read the rest of the story here": a text
# read, aloud or not, is named, not quoted; what it says is content only in quotation marks ("the
# sign read “Fascist Trump”") or as a clause.
READING_LEMMAS = frozenset({"read"})
POSTED_THINGS = frozenset(
    """
    video videos clip clips photo photos photograph photographs picture pictures image images footage
    link links story stories article articles report reports recording recordings selfie selfies
    map maps chart charts graphic graphics meme memes screenshot screenshots livestream
    victory victories win wins loss losses gain gains profit profits record records lead time times
    """.split()
)
# Verbs whose "on" names a topic: "ruled on the appeal", "spoke on trade". Not "comment", which
# PolNeAR annotates with its topic as content ("has also commented on the death").
TOPIC_ON_LEMMAS = frozenset({"rule", "speak", "decide", "testify", "elaborate", "weigh"})
# Verbs that name a meeting's topic, not what was said, after a verb of meeting: "met to
# discuss trade" (CONVENTIONS.md: speech events without content).
TOPIC_LEMMAS = frozenset({"discuss", "talk", "debate", "negotiate", "consider"})
# Verbs whose object names what was talked about, wherever they stand: "discussed [the
# findings]" (CONVENTIONS.md: speech events without content), and so does an indirect question
# ("discussed [how the vote was run]"); not another clause nor a quotation.
TALK_LEMMAS = frozenset({"discuss", "talk", "debate"})
# A noun phrase of more words is taken to carry a proposition ("discussed the plan to close
# every rural school by spring").
TOPIC_MAX_WORDS = 6
# Words that open an indirect question: "discussed [how the vote went]".
QUESTION_WORDS = frozenset("how why what whether when where who which".split())
DISCUSSING_STEM = "discuss"  # discuss, discusses, discussed, discussing
MEETING_WORDS = frozenset("meet met meets meeting gather gathered gathering convene convened".split())

# Adverbs that make a report habitual: "routinely discloses its budget" reports no one statement.
HABITUAL_ADVERBS = frozenset("routinely regularly usually typically habitually customarily".split())

# Dependents that say what was asked, beside the one asked.
ASKED_WHAT_DEPS = frozenset({"xcomp", "ccomp", "prep", "advcl", "oprd", "dative"})
# People and bodies one asks, as opposed to what one asks for.
PEOPLE = frozenset(
    """
    authorities officials police residents people voters experts witnesses doctors lawyers
    government ministry officers neighbours neighbors members staff workers visitors
    """.split()
)

# Words right before a bare past participle that make it a passive clause of its own: "[when]
# asked whether…", "[if] confirmed", "[once] approved".
PARTICIPLE_OPENERS = frozenset("when if once after before unless as though although".split())

# The auxiliaries of a passive; the parser sometimes calls an unknown name one.
PASSIVE_AUXILIARIES = frozenset("is was were are be been being get got gets getting 's 're".split())

# Nouns that name a word or a sign: what one "refers to" is its meaning, not something it says
# ("the word “pandemic” refers to how widely…", "the hashtag, referring to her bid").
WORD_NOUNS = frozenset(
    "word words term terms name names phrase expression hashtag acronym abbreviation label title".split()
)
DEFINING_LEMMAS = frozenset({"refer", "mean", "denote"})

# How a vote's content was found: its object ("approved [the bill]"), "approved of", or the
# subject of its passive ("[the bill] must be approved by the Senate").
VOTED_ON = frozenset({"object", "preposition", "passive"})

# Acts toward someone that carry no proposition of their own: congratulating, apologising to,
# greeting, welcoming, recognising (a state, a government). With only that someone as their
# object they report nothing. Not "thank" (the Wikinews gold counts "to thank [supporters]"),
# "agree with" ("agreed with the mayor" holds an opinion), "support" or "back" (a stance on a
# candidate, which the gold counts: "supports [the party's ticket]"), nor cues that report
# through the one named ("reported [officials]…", "referred to [himself]", "cited [the chief]").
ADDRESSED_LEMMAS = frozenset("congratulate apologize apologise greet welcome recognize recognise".split())
# Who a noun phrase names when it names someone: a name, a pronoun for people, or a noun for
# people (PEOPLE and these). "it", "this" and "which" may stand for what was said ("denied it").
PERSONAL_PRONOUNS = frozenset("him her them us me you himself herself themselves ourselves".split())
PEOPLE_NOUNS = frozenset("supporters fans followers critics family families friends colleagues".split())
# What after the one named makes the phrase more than them: "itself [as centrist]", "Trump [for
# the tweet]" (evaluative naming, a reason).
SAID_OF_WORDS = frozenset({"as", "for"})

# Verbs that put a feeling or a view into words: "expressed [concern about the plan]",
# "voiced [doubt that it would pass]". Only what the feeling is about, or a clause, makes a
# proposition of it; "expressed [their outrage]", "expressed [a similar view]" give none.
EXPRESSING_LEMMAS = frozenset({"express", "voice"})
# Prepositions that say what a feeling or a view is about, or towards whom: "concern [about]…",
# "support [for]…", "interest [in]…", "disappointment [at]…", "sympathy [with]…". Not "on", which
# names a place or a medium ("expressed their outrage on social media") as often as a topic.
ABOUT_WORDS = frozenset(
    "about at in over for with of regarding concerning toward towards against to".split()
)

# Verbs of crying out words, whose words are content only as written out: "chanted [“Women's
# rights are human rights!”]"; "chanted [slogans]", "were chanting [Savita's name]" give none.
CHANTING_LEMMAS = frozenset({"chant", "shout"})

# Verbs of aspect: they report only through a reporting verb in their complement ("continued
# to deny"), not when it names a deed or a state ("continued to suffer").
ASPECT_LEMMAS = frozenset({"continue"})

# Words that open a clause whose report is asked about or supposed, not made: "did not say
# [whether he supports] the plan", "asked [if she would endorse] him", "[unless] they agree".
OPEN_QUESTION_MARKS = frozenset({"whether", "if", "unless"})

# Passives that lay a report on someone rather than say it was made: "are required [to rule] by
# Friday", "are expected [to report] abuse", "when asked [to condemn] them", "were told [to
# declare] their income". The infinitive's report is demanded or awaited, not made. The
# participles as written: the pipeline sets no lemmas.
DEMANDING_PARTICIPLES = frozenset(
    """
    required expected asked told ordered obliged obligated forced urged supposed scheduled invited
    compelled advised instructed directed encouraged
    """.split()
)

# Nouns of a chance, an attempt or a means: an infinitive after one names a report that may be
# made or is tried, not one made ("the opportunity [to comment]", "efforts [to find] the ship",
# "under pressure [to offer] specifics", "two ways [to propose] an amendment"). Not nouns that
# are themselves reports or decisions ("a pledge to", "his decision to", "a refusal to").
CHANCE_NOUNS = frozenset(
    """
    opportunity opportunities chance chances pressure power effort efforts attempt attempts way ways
    bid bids place means
    """.split()
)

# Verbs of response whose "by" says how one responded: "responded by [blocking his access]" is
# a deed; in "responded by [saying] that…" the gerund is the cue.
RESPONDING_LEMMAS = frozenset({"respond", "reply"})

# Fixed phrases of the writer's own that a cue verb forms, each with the words around the verb: "That
# said, …", "All told, …", "…, to say the least, …". Nobody says anything in them.
SET_PHRASES = (("that", "said", ","), ("all", "told", ","), ("to", "say", "the", "least"))

# Verbs of aim, which report their subject's intention only with a to-infinitive in a clause of
# its own: "Jorgensen aimed [to gain entry]". In a relative clause they describe what the noun is
# for ("the Koch operation, which aims to spend…", "the party he now aims to lead"), and with a
# gerund they name a purpose ("a meeting aimed [at] unifying the party").
AIMING_LEMMAS = frozenset({"aim"})
# Subjects that open a relative clause: "which aims to", "that aim to", "who aims to".
RELATIVE_PRONOUNS = frozenset({"which", "that", "who"})

# Words that name what was said without saying it, beside SPEECH_EVENT_NOUNS: "repeating his
# words", "reiterating the claim".
NAMED_WORDS_NOUNS = SPEECH_EVENT_NOUNS | frozenset({"words", "claim", "claims"})
# Tags of a finite verb or a modal: a clause of its own under such a noun says what was said
# ("her comments to a radio host in which she said…").
FINITE_OR_MODAL_TAGS = FINITE_TAGS | {"MD"}

# The checks why_not_an_attribution() runs, by name.
ENABLED = frozenset(
    """
    time change when meeting topic deed vote event negated unasserted habitual asked passive aspect
    meaning someone feeling chant aim
    """.split()
)


def why_not_an_attribution(found: Found, lexicon: Lexicon, *, standard: bool = True) -> str | None:
    """Why the cue of `found` reports nothing ("deed", "speech event" …), or None. `standard`
    adds what CONVENTIONS.md leaves out and PolNeAR's annotators counted: a passive given another
    clause's subject for a source, a report in an infinitive under "whether" or "if"."""
    verb = found.cue.head
    if found.cue.is_phrase:
        return None
    checks = (
        ("time", _mute_subject),
        ("meaning", _meaning_of_a_word),
        ("meaning", _so_called),
        ("meaning", _in_a_set_phrase),
        ("change", _undergone_change),
        ("when", _time_or_reputation),
        ("meeting", _meeting_topic),
        ("topic", _only_a_topic),
        ("deed", deed),
        ("vote", lambda found, verb: _a_vote(found, verb, lexicon)),
        ("deed", lambda found, verb: _responded_by_a_gerund(found, verb, lexicon)),
        ("event", _speech_event_without_content),
        ("event", _a_text_read),
        ("negated", lambda found, verb: _negated(found, verb, lexicon)),
        ("unasserted", _unasserted),
        ("habitual", _habitual),
        ("asked", _reporters_question),
        ("asked", _in_a_question_put),
        ("passive", _agentless_passive),
        ("aspect", lambda found, verb: _aspect_without_report(found, verb, lexicon)),
        ("someone", _only_someone),
        ("feeling", _a_feeling_of_nothing),
        ("chant", _words_not_given),
        ("aim", _aim_described),
    )
    standard_only = (
        ("passive", lambda found, verb: _passive_beside_its_source(found, verb, lexicon)),
        ("unasserted", _infinitive_in_a_question),
    )
    for name, check in (*checks, *(standard_only if standard else ())):
        if name in ENABLED and check(found, verb):
            return name
    return None


def _aim_described(found: Found, verb: Token) -> bool:
    """ "the Koch operation, which aims to spend…", "the party he now aims to lead", "a meeting
    aimed unifying…": a verb of aim in a relative clause, or without a to-infinitive, describes
    what a thing is for; it reports no intention of a speaker (AIMING_LEMMAS)."""
    if found.cue.lemma not in AIMING_LEMMAS:
        return False
    infinitives = [c for c in verb.children if c.dep_ == "xcomp" and _marked_by_to(c)]
    return not infinitives or _in_a_relative_clause(verb)


def names_words_only(found: Found) -> bool:
    """ "he said, repeating [his January 2 remarks made at the signing]", "Clinton said,
    emphasizing [those last three words]": the object of a participle without a subject, set off
    from a report, names words said, with no clause or quotation of its own. nesting.py drops it
    after cutting it out of the report it follows: it reports nothing new."""
    verb = found.cue.head
    if found.cue.is_phrase or found.how != "object" or verb.tag_ != "VBG" or verb.dep_ != "advcl":
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return False
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if len(objects) != 1 or objects[0].lower_ not in NAMED_WORDS_NOUNS:
        return False
    if not any(c.dep_ in ("det", "poss") for c in objects[0].children):
        return False  # "showing [Trump making] remarks": words named as someone's, not as said before
    said = list(objects[0].subtree)
    return not any(t.tag_ in FINITE_OR_MODAL_TAGS or t.dep_ in ("relcl", "ccomp") or t.is_quote for t in said)


def _marked_by_to(verb: Token) -> bool:
    """Whether the verb is a to-infinitive: "[to] spend", "[to] find"."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _in_a_relative_clause(verb: Token) -> bool:
    """The verb, or the verb it is coordinated with, heads a relative clause: parsed as one
    ("which aims to"), opened by a relative pronoun, or with two subjects, the parser's reading
    of a relative clause without a pronoun ("the gap between them and [the party he aims to
    lead] yawned")."""
    clause = verb.head if verb.dep_ == "conj" else verb
    subjects = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
    if clause.dep_ == "relcl" or len(subjects) > 1:
        return True
    return any(s.lower_ in RELATIVE_PRONOUNS and s.tag_ in RELATIVE_PRONOUN_TAGS for s in subjects)


def _content_tokens(found: Found) -> list[Token]:
    """The tokens of `found`'s sentence that start inside its content."""
    return [t for t in found.sentence if any(part.start <= t.idx < part.end for part in found.content)]


def _responded_by_a_gerund(found: Found, verb: Token, lexicon: Lexicon) -> bool:
    """ "The DNC responded by [blocking his access to the data]": how one responded is a deed,
    unless it argues a point; a gerund that reports ("responded by [saying] that…") is a cue of
    its own, with this source."""
    if found.cue.lemma not in RESPONDING_LEMMAS or found.how != "preposition":
        return False
    by = [c for c in verb.rights if c.dep_ == "prep" and c.lower_ == "by"]
    gerunds = [g for prep in by for g in prep.children if g.dep_ in ("pcomp", "pobj") and g.tag_ == "VBG"]
    if not gerunds or lexicon.cue_lemma(gerunds[0].text) is not None:
        return bool(gerunds)  # "responded by [saying] that…": the gerund reports, with this source
    # "responded by [using the example of Chicago to prove that gun control fails]" argues a point
    return not any(t.dep_ == "ccomp" for t in gerunds[0].subtree)


def _a_vote(found: Found, verb: Token, lexicon: Lexicon) -> bool:
    """ "[Congress] approved [a budget authorizing funding]", "the Senate must also approve [it]": a
    cue of the lexicon's vote class (voting_lemmas) is a vote, a deed, whatever its object provides,
    unless a clause or a quotation says what was held ("approved of [the plan]" is an opinion).
    The learned path drops the same statements (learned.non_reports.is_a_vote)."""
    if found.cue.lemma not in lexicon.voting_lemmas() or found.how not in VOTED_ON:
        return False
    if any(c.dep_ == "ccomp" or (c.dep_ == "prep" and c.lower_ == "of") for c in verb.children):
        return False
    tokens = _content_tokens(found)
    return not any(t.is_quote for t in tokens)


def _aspect_without_report(found: Found, verb: Token, lexicon: Lexicon) -> bool:
    """ "the nation continued [to suffer]": a verb of aspect whose complement reports nothing.
    Under a cue of its own ("planned to continue to monitor") it is that cue's content."""
    if found.cue.lemma not in ASPECT_LEMMAS or found.how != "object":
        return False  # "“…,” he continued" tags a quotation
    if verb.head.i != verb.i and lexicon.cue_lemma(verb.head.text) is not None:
        return False
    complements = [c for c in verb.rights if c.dep_ == "xcomp"]
    if not complements:
        return False
    lemma = lexicon.cue_lemma(complements[0].text)
    # "continued to hold [campaign rallies]": a cue of a "that" clause only, with none, reports nothing
    return lemma is None or (lemma in THAT_CLAUSE_LEMMAS and not _has_that_clause(complements[0]))


def _has_that_clause(verb: Token) -> bool:
    """ "to hold [that the law is void]": a clausal complement that "that" opens."""
    return any(c.dep_ == "ccomp" and c.left_edge.lower_ == "that" for c in verb.children)


def _only_someone(found: Found, verb: Token) -> bool:
    """ "congratulated [Pelosi]", "apologized to [Duterte]", "recognized [Israel]": after an act
    toward someone (ADDRESSED_LEMMAS), an object that is one noun phrase naming a person, a body
    or people, with no verb and no quotation mark, is the one the act is addressed to; it says
    nothing (CONVENTIONS.md: a proposition, question, promise, request or judgement is one). Not
    "congratulated [them for winning]" nor a phrase that goes on to say something of them."""
    if found.cue.lemma not in ADDRESSED_LEMMAS or found.how not in ("object", "preposition"):
        return False
    tokens = _content_tokens(found)
    if not tokens or any(t.tag_ in VERB_TAGS or t.is_quote for t in tokens):
        return False
    inside = {t.i for t in tokens}
    heads = [t for t in tokens if t.head.i not in inside and not t.is_punct]
    if len(heads) != 1 or not _names_someone(heads[0]):
        return False
    head = heads[0]
    said_of = [c for c in head.children if c.i in inside and c.lower_ in SAID_OF_WORDS]
    pronoun_with_more = head.tag_ == "PRP" and any(c.dep_ == "prep" for c in head.children)
    return not said_of and not pronoun_with_more


def _a_feeling_of_nothing(found: Found, verb: Token) -> bool:
    """ "expressed [their outrage]", "expressed [sadness and condolences]", "expressed [its
    support]", "expressed [a similar view]": a feeling or a view put into words (EXPRESSING_LEMMAS)
    with nothing said of what it is about (ABOUT_WORDS) and no clause or infinitive, no quotation
    mark, holds no proposition. "expressed [concern about West's mental state]", "expressed
    [confidence the ruling would be overturned]", "expressed [their willingness to help]" stay."""
    if found.cue.lemma not in EXPRESSING_LEMMAS or found.how != "object":
        return False
    tokens = _content_tokens(found)
    if not tokens or any(t.tag_ in VERB_TAGS or t.is_quote for t in tokens):
        return False
    if any(c.dep_ in ("ccomp", "xcomp", "oprd") or c.lower_ in ABOUT_WORDS for c in verb.rights):
        return False  # "expressed her stance [in support of] the migrants"
    return not any(t.lower_ in ABOUT_WORDS or t.lower_ in ("that", "whether") for t in tokens)


def _words_not_given(found: Found, verb: Token) -> bool:
    """ "chanted [slogans]", "were chanting [Savita's name]": a crowd's words named (CHANTING_LEMMAS)
    with no quotation mark in or around them and no clause: a speech event without content.
    "chanted slogans like “This is what democracy looks like!”" quotes them, and stays."""
    if found.cue.lemma not in CHANTING_LEMMAS or found.how != "object":
        return False
    tokens = _content_tokens(found)
    if not tokens or (tokens[0].i > 0 and tokens[0].nbor(-1).is_quote):
        return False
    return not any(t.tag_ in VERB_TAGS or t.is_quote for t in tokens)


def _names_someone(head: Token) -> bool:
    word = head.lower_
    return head.tag_ in NAME_TAGS or word in PERSONAL_PRONOUNS or word in PEOPLE or word in PEOPLE_NOUNS


def _meaning_of_a_word(found: Found, verb: Token) -> bool:
    """ "the word “pandemic” refers to [how widely a disease has spread]": a word's meaning."""
    if found.cue.lemma not in DEFINING_LEMMAS:
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None and verb.dep_ in ("acl", "relcl"):
        subject = verb.head  # "the hashtag, referring to…", "a term that refers to…"
    if subject is not None and subject.tag_ in RELATIVE_PRONOUN_TAGS:
        subject = subject.head.head
    return subject is not None and subject.lower_ in WORD_NOUNS


def _so_called(found: Found, verb: Token) -> bool:
    """ "the so-called “rebels”": a name the writer keeps at a distance, said by no one."""
    return verb.lower_ == "called" and any(c.dep_ == "advmod" and c.lower_ == "so" for c in verb.lefts)


def _in_a_set_phrase(found: Found, verb: Token) -> bool:
    """ "That said, Cruz cannot win", "All told, 5 million are eligible": a phrase of the writer's."""
    doc = verb.doc
    for phrase in SET_PHRASES:
        at = phrase.index(verb.lower_) if verb.lower_ in phrase else -1
        start = verb.i - at
        if at >= 0 and start >= 0 and [t.lower_ for t in doc[start : start + len(phrase)]] == list(phrase):
            return True
    return False


def _undergone_change(found: Found, verb: Token) -> bool:
    """ "Several countries have seen [a sharp rise in cases]": seeing a change happen to oneself
    is undergoing it, not holding a view."""
    if found.cue.lemma not in WITNESS_LEMMAS or any(c.dep_ in ("ccomp", "oprd") for c in verb.children):
        return False
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    return bool(objects) and objects[0].lower_ in CHANGE_NOUNS


def _mute_subject(found: Found, verb: Token) -> bool:
    """ "Monday saw armed police…", "2018 saw a surge", "the election saw a victory", "the
    memorandum that saw Ukraine give up its weapons", "the show sees six strangers move in": a
    time, an event, an agreement or a work sees nothing."""
    if found.cue.lemma not in WITNESS_LEMMAS:
        return False
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if verb.dep_ == "relcl" and (subject is None or subject.lower_ in ("that", "which")):
        subject = verb.head  # "the memorandum [that] saw…"
    if subject is None:  # "Monday saw…", parsed as a modifier of time
        subject = next((c for c in verb.lefts if c.dep_ == "npadvmod" and c.i == verb.i - 1), None)
    if subject is None:
        return False
    word = subject.lower_
    if _is_a_year(subject):
        return True  # "2018 saw 11,187 recorded accidents"
    if (word in VIOLENT_EVENTS or word in WORKS) and subject.tag_ in ("NN", "NNS"):
        return True  # "the Gukurahundi massacres saw thousands killed", "the Netflix show sees…"
    if any(c.dep_ in ("compound", "poss") for c in subject.children):
        return False  # "USA Today", "Monday's vote"
    common = word in TIMES_AND_EVENTS or word in AGREEMENTS
    return word in DAYS_AND_MONTHS or (common and subject.tag_ in ("NN", "NNS"))


def _is_a_year(token: Token) -> bool:
    return token.tag_ == "CD" and len(token.text) == YEAR_DIGITS and token.text.isdigit()


def _meeting_topic(found: Found, verb: Token) -> bool:
    """ "The two leaders met [to discuss] trade": the topic of a meeting is no content."""
    topic = found.cue.lemma in TOPIC_LEMMAS and verb.dep_ in ("advcl", "xcomp")
    return topic and verb.head.lower_ in MEETING_WORDS


def _only_a_topic(found: Found, verb: Token) -> bool:
    """ "discussed [the findings]": the object of a verb of talk is a short noun phrase (no verb,
    no quotation mark): what was talked about, not what was said."""
    if found.cue.lemma not in TALK_LEMMAS:
        return False
    tokens = _content_tokens(found)
    if _indirect_question(tokens):
        return True
    if found.how not in ("object", "preposition"):
        return False
    words = [t for t in tokens if not t.is_punct]
    quoted = any(t.is_quote for t in tokens)
    return 0 < len(words) <= TOPIC_MAX_WORDS and not quoted and not any(t.tag_ in VERB_TAGS for t in tokens)


def _indirect_question(tokens: list[Token]) -> bool:
    """ "discussed [how he became the nominee]", "discusses [why he joined]": after a verb of talk
    an unquoted clause opened by a question word is the question talked over, not an answer."""
    words = [t for t in tokens if not t.is_punct]
    return bool(words) and words[0].lower_ in QUESTION_WORDS and not any(t.is_quote for t in tokens)


def _time_or_reputation(found: Found, verb: Token) -> bool:
    """ "a release issued [the following day]": an object that is only a time says nothing; "known
    [for his temper]": a reputation, not a report."""
    if found.how == "preposition":
        return found.cue.lemma == "know" and any(c.dep_ == "prep" and c.lower_ == "for" for c in verb.rights)
    if found.how != "object":
        return False
    tokens = _content_tokens(found)
    inside = {t.i for t in tokens}
    heads = [t for t in tokens if t.head.i not in inside]
    return len(heads) == 1 and heads[0].lower_ in DAYS_AND_MONTHS | TIMES_AND_EVENTS - EVENT_WORDS


def _speech_event_without_content(found: Found, verb: Token) -> bool:
    """ "issued a statement", "answered questions", "responded to the request": the content is
    the speech event itself, not what was said. "ruled on the appeal", "spoke on trade":
    what follows "on" is the topic, not what was said."""
    if found.cue.lemma in CITE_LEMMAS:
        return _cites_an_informant(verb)
    if found.cue.lemma in POSTING_LEMMAS and found.how == "object" and _only_a_noun_in(found, POSTED_THINGS):
        return True
    if found.how == "preposition" and found.cue.lemma in TOPIC_ON_LEMMAS:
        return _only_topic_on(verb)
    if found.how not in ("object", "preposition") or found.cue.lemma not in SPEECH_EVENT_LEMMAS:
        return False
    tokens = _content_tokens(found)
    if not tokens or any(t.tag_.startswith("VB") for t in tokens):
        return False
    inside = {t.i for t in tokens}
    heads = [t for t in tokens if t.head.i not in inside]
    return len(heads) == 1 and names_a_speech_event(heads[0])


def _only_a_noun_in(found: Found, nouns: frozenset[str]) -> bool:
    """The content is one noun phrase headed by one of `nouns` (and where it was put: "as the top
    story"), with no verb and no quotation mark."""
    tokens = _content_tokens(found)
    if not tokens or any(t.tag_.startswith("VB") or t.is_quote for t in tokens):
        return False
    inside = {t.i for t in tokens}
    heads = [t for t in tokens if t.head.i not in inside]  # the noun, and a phrase where it went
    return bool(heads) and heads[0].lower_ in nouns and all(h.dep_ == "prep" for h in heads[1:])


def _a_text_read(found: Found, verb: Token) -> bool:
    """ "read [the statement]": the object of "read" names a text and says nothing of it: no verb,
    no quotation mark in it or opening it (the parser may leave the mark to the verb: read
    “[imposition of citizenship]…”)."""
    if found.cue.lemma not in READING_LEMMAS or found.how != "object":
        return False
    tokens = _content_tokens(found)
    if not tokens or (tokens[0].i > 0 and tokens[0].nbor(-1).is_quote):
        return False
    return not any(t.tag_.startswith("VB") or t.is_quote for t in tokens)


def _cites_an_informant(verb: Token) -> bool:
    """ "Reuters, citing [anonymous sources], reported…": the object is an informant (INFORMANT_NOUNS)
    and nothing says what it is cited as ("cited officials as saying…" reports)."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if len(objects) != 1 or objects[0].lower_ not in INFORMANT_NOUNS:
        return False
    around = (*verb.children, *objects[0].children)
    said_as = any(c.dep_ in ("prep", "oprd") and c.lower_ == "as" for c in around)
    return not said_as and not any(c.dep_ in ("ccomp", "xcomp", "oprd") for c in verb.children)


def names_a_speech_event(noun: Token) -> bool:
    """ "questions", and "a series of questions", "a number of requests": a quantity of them."""
    if noun.lower_ in SPEECH_EVENT_NOUNS:
        return True
    if noun.lower_ not in QUANTITY_NOUNS:
        return False
    of = [c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"]
    objects = [g for prep in of for g in prep.children if g.dep_ == "pobj"]
    return len(objects) == 1 and objects[0].lower_ in SPEECH_EVENT_NOUNS


def _only_topic_on(verb: Token) -> bool:
    """The verb's complements are "on" phrases and nothing that could say what was said."""
    complements = [c for c in verb.rights if c.dep_ in ("prep", "dobj", "ccomp", "xcomp", "oprd", "advcl")]
    return bool(complements) and all(c.dep_ == "prep" and c.lower_ == "on" for c in complements[:1])


def _negated(found: Found, verb: Token, lexicon: Lexicon) -> bool:
    """ "has not yet revealed the price", "did not say whether…": no proposition is ascribed.
    A negated belief or wish still is one ("did not want to stay", PolNeAR guidelines): the
    lexicon's belief lemmas."""
    if found.cue.lemma in lexicon.belief_lemmas():
        return False
    if _negated_alternative(verb):
        return True
    return any(c.dep_ == "neg" and c.i < verb.i and _only_asides(verb, c) for c in verb.children)


def _unasserted(found: Found, verb: Token) -> bool:
    """ "did not say whether he [supports] the plan", "if the court [rules] that…": a report in a
    question or a condition is not said to have been made."""
    return any(c.dep_ == "mark" and c.lower_ in OPEN_QUESTION_MARKS for c in verb.children) or (
        _in_a_question_talked_over(verb) or demanded_of_someone(verb) or _after_a_chance(verb)
    )


def _infinitive_in_a_question(found: Found, verb: Token) -> bool:
    """ "whether an inquiry was conducted [to see] who else caught it", "if you want [to
    understand] the debate": a to-infinitive of a clause that "whether", "if" or "unless" opens
    (OPEN_QUESTION_MARKS), through any chain of infinitives, is asked about or supposed with it
    (see _unasserted). PolNeAR's annotators count a report in a condition ("if politicians
    decide to order…"): the standard conventions only."""
    clause = verb
    while clause.dep_ in ("xcomp", "advcl") and _marked_by_to(clause) and clause.head.i < clause.i:
        clause = clause.head
        if any(c.dep_ == "mark" and c.lower_ in OPEN_QUESTION_MARKS for c in clause.children):
            return True
    return False


def _after_a_chance(verb: Token) -> bool:
    """ "efforts [to find] the ship", "had the opportunity [to comment]": an infinitive that
    modifies a noun of chance, attempt or means (CHANCE_NOUNS) is a report tried or possible."""
    infinitive = _marked_by_to(verb)
    head = verb.head
    return infinitive and verb.dep_ in ("acl", "relcl") and head.i < verb.i and head.lower_ in CHANCE_NOUNS


def demanded_of_someone(verb: Token) -> bool:
    """ "They are required [to rule] by Friday", "nuns are expected [to report] abuse", "when asked
    [to condemn] them": an infinitive under a passive that demands or awaits it reports nothing
    yet (DEMANDING_PARTICIPLES)."""
    head = verb.head
    infinitive = verb.dep_ == "xcomp" and _marked_by_to(verb)
    if not infinitive or head.i >= verb.i or head.tag_ != "VBN" or head.lower_ not in DEMANDING_PARTICIPLES:
        return False
    passive = any(_marks_a_passive(c) for c in head.children)
    bare = head.dep_ in ("advcl", "acl") and not any(c.dep_ in ("nsubj", "aux") for c in head.children)
    return passive or bare  # "when asked to condemn them", "Asked to comment, she…"


def _in_a_question_talked_over(verb: Token) -> bool:
    """ "discussed how he became the nominee and what he [sees] as his duties": a report inside
    the question a verb of talk names (see _only_a_topic) is asked about, not made."""
    token = verb
    while token.head.i != token.i:
        head = token.head
        if head.lower_.startswith(DISCUSSING_STEM) and head.tag_ in VERB_TAGS and head.i < token.i:
            first = next((t for t in token.subtree if not t.is_punct), token)
            return first.lower_ in QUESTION_WORDS
        token = head
    return False


def _negated_alternative(verb: Token) -> bool:
    """ "did not concede or [admit] defeat": a verb joined by "or" or "nor" to a negated one shares
    its negation."""
    head = verb.head
    if verb.dep_ != "conj" or head.i >= verb.i:
        return False
    words = [c for c in head.children if c.dep_ == "cc" and head.i < c.i < verb.i]
    joined = bool(words) and words[-1].lower_ in ("or", "nor")  # not "…, and vowed to fight"
    return joined and any(c.dep_ == "neg" and c.i < head.i and _only_asides(head, c) for c in head.children)


def _only_asides(verb: Token, neg: Token) -> bool:
    """Between the negation and the verb, at most two words, or only adverbs, auxiliaries and
    commas ("does not, however, list…")."""
    between = verb.doc[neg.i + 1 : verb.i]
    return len(between) <= 2 or all(t.tag_ in ("RB", "MD", ",") or t.dep_ == "aux" for t in between)


def _habitual(found: Found, verb: Token) -> bool:
    """ "routinely discloses its budget": a habit, not a statement."""
    return found.how in ("object", "preposition") and any(
        c.dep_ == "advmod" and c.lower_ in HABITUAL_ADVERBS for c in verb.children
    )


def _reporters_question(found: Found, verb: Token) -> bool:
    """ "When asked about the budget, the mayor…": the question is the reporter's, unnamed. And
    "asked [local authorities]" with nothing asked: the one asked is no content."""
    if found.cue.lemma != "ask":
        return False
    if found.source is None and verb.tag_ in ("VBN", "VBD"):
        return True
    if found.how != "object" or any(c.dep_ in ASKED_WHAT_DEPS for c in verb.rights):
        return False  # "asked residents [to stay indoors]", "asked him [about the budget]"
    return all(is_addressee(c) for c in verb.children if c.dep_ == "dobj")


# Verbs that ask: in a question they tag it ("Did they talk about the wall?" a reporter asked).
ASKING_LEMMAS = frozenset({"ask", "wonder", "inquire", "query"})
# Dependents that tie an infinitive or a gerund to the verb whose subject it shares.
SHARED_SUBJECT_DEPS = frozenset({"xcomp", "ccomp", "advcl"})


def _in_a_question_put(found: Found, verb: Token) -> bool:
    """ "Why did you [agree] to be his running mate?", "In what states should voters [expect] to see
    the ticket?": a question the writer puts, unquoted, with its auxiliary before the subject,
    asks whether a report was made; it reports none."""
    sentence = verb.sent
    if found.cue.lemma in ASKING_LEMMAS or not _is_a_question(sentence):
        return False
    if any(t.is_quote for t in sentence):
        return False  # a quoted question is someone's, and may be reported
    if not _paragraph_of_questions(sentence):
        return False  # "But has he called for changing them?" in an op-ed's prose asks of a report
    clause = verb
    while not _subject_of(clause) and clause.dep_ in SHARED_SUBJECT_DEPS and clause.head.i != clause.i:
        clause = clause.head
    subject = _subject_of(clause)
    return subject is not None and any(c.dep_ == "aux" and c.i < subject.i for c in clause.children)


def _is_a_question(sentence: Span) -> bool:
    return sentence.text.rstrip(" )\n").endswith("?")


def _paragraph_of_questions(sentence: Span) -> bool:
    """Every sentence of the paragraph with a verb is a question: an interviewer's turn or a questionnaire
    ("((WSS)) Why did you agree to run? How do you complement him?")."""
    text = sentence.doc.text
    start = text.rfind("\n", 0, sentence.start_char) + 1
    end = text.find("\n", sentence.end_char)
    end = len(text) if end < 0 else end
    paragraph = sentence.doc.char_span(start, end, alignment_mode="expand")
    if paragraph is None:
        return False
    sentences = {t.sent.start: t.sent for t in paragraph}.values()
    # a sentence without a verb is a label or a heading ("((WN))", "Q:"), neither asked nor said
    return all(_is_a_question(s) for s in sentences if any(t.tag_ in VERB_TAGS for t in s))


def _subject_of(verb: Token) -> Token | None:
    return next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)


def is_addressee(obj: Token) -> bool:
    """A bare person, pronoun or group as an object: one spoken to, not what is said."""
    others = [c for c in obj.children if c.dep_ not in ("det", "amod", "compound", "poss", "cc", "conj")]
    person = obj.tag_ == "PRP" or obj.ent_type_ in ("PERSON", "ORG", "NORP", "GPE") or obj.lower_ in PEOPLE
    return person and not others


def _introduced_by_colon(found: Found, verb: Token) -> bool:
    start = found.content[0].start
    return any(t.text == ":" and t.idx < start for t in verb.doc[verb.i + 1 : verb.i + 8])


def _marks_a_passive(child: Token) -> bool:
    return child.dep_ == "nsubjpass" or (child.dep_ == "auxpass" and child.lower_ in PASSIVE_AUXILIARIES)


def _passive_beside_its_source(found: Found, verb: Token, lexicon: Lexicon) -> bool:
    """ "The shutdown started on March 26 and [was planned] to end on April 4", "Leyts, when
    [asked] whether anyone else caught it, told…": a passive with no agent, and no subject of its
    own, whose source the search found in another clause (a conjunct's subject, the noun a
    participle hangs off). That subject is the one the passive is done to, never the one who
    says it. Not a participle of belief or feeling, whose noun holds it ("voters [convinced]
    that…": the lexicon's belief lemmas), nor a quotation introduced by a colon. PolNeAR's
    annotators count such passives without a source ("[She] is moving but [is expected] to
    continue"): the standard conventions only."""
    if found.source is None or _introduced_by_colon(found, verb):
        return False
    own = {c.dep_ for c in verb.children}
    if own & {"agent", "nsubj", "expl"}:
        return False
    if "auxpass" in own:
        return True  # "…started and [was planned] to end": the first verb's subject
    bare = verb.tag_ == "VBN" and verb.dep_ in ("acl", "relcl", "advcl") and "aux" not in own
    opened = verb.i > 0 and verb.doc[verb.i - 1].lower_ in PARTICIPLE_OPENERS
    return bare and opened and found.cue.lemma not in lexicon.belief_lemmas()


def _agentless_passive(found: Found, verb: Token) -> bool:
    """ "deaths were confirmed", "he was hailed a hero": a passive with no agent has no source."""
    if found.source is not None or _introduced_by_colon(found, verb):
        return False  # "The summary of the ruling read in part: “…”" is a parse gone wrong
    if any(_marks_a_passive(c) for c in verb.children):
        return True
    # "a process called “exfiltration”", "known as Brexit": a participle naming something
    return verb.tag_ == "VBN" and verb.dep_ in ("acl", "advcl")
