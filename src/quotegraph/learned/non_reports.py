"""Which learned statements report nothing, read from their words: a speech event that only names
its topic, the article's own question, a state, a deed, a vote, a thing sought or referred to, a
hedge, a cited source, a reaction received, an appointment (CONVENTIONS.md, "What is an attribution").

The tagger learnt PolNeAR, whose annotators counted some of these; extraction's rules never
produce them, so these tests are the learned path's alone. They stand apart from conventions.py,
which decides which of them apply (and which of the rules' rejections do): each test here reads
one statement and the article's text, and nothing else.

Records only (no torch, no spaCy).
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from itertools import pairwise

from quotegraph.learned.linking import (
    QUOTE_MARKS,
    SENTENCE_END,
    WORD,
    has_quotation_mark,
    sentence_ends_between,
)
from quotegraph.records import Statement

# A content that is only a short noun phrase names a thing, not what was said ("sought [the
# nomination]"): an unquoted determiner or possessive phrase of a few words with no verb.
TOPIC_MAX_WORDS = 6
TOPIC_OPENERS = frozenset("the a an any its his her their this these those such no our my your some".split())
# A finite verb or auxiliary makes the content a clause ("the vote was rigged"), not a noun phrase.
CLAUSE_WORDS = frozenset(
    "is are was were be been being has have had do does did".split()
    + "will would can could may might must should shall".split()
)

# Nominating someone for a post or a candidacy is a deed, as a vote is (CONVENTIONS.md: votes,
# signatures, acceptances), whatever the tagger spans as its content ("nominated [a ticket of
# X for president]"); so is seeking a post that the content only names ("sought [the party's
# nomination]"). The forms as written: the lexicon does not know "nominate" as a cue, so such a
# statement has no cue lemma. Not "name" nor "elect": "named the plan a disgrace" is evaluative
# naming, and with them the Wikinews figures lost matches.
APPOINTING_FORMS = frozenset("nominate nominates nominated nominating".split())
# Verbs of a speech event whose object or "about" phrase names what was talked about, not what
# was said: "discussed [the findings]", "spoke with reporters about [the campaign]", "reacted to
# [the news]" (CONVENTIONS.md: speech events without content). The forms as written: most are
# no cue in the lexicon, which the tagger does not need. PolNeAR's annotators counted some
# ("discussed the matter"), so only the standard conventions drop them. Read from the words, not
# from the rules' "topic" rejections: the rules know only the verbs of their lexicon ("discuss"),
# and the tagger also spans "spoke with reporters about" and "reacted to".
TOPIC_FORMS = frozenset(
    """
    discuss discusses discussed discussing talk talks talked talking speak speaks spoke spoken
    speaking debate debates debated debating react reacts reacted reacting
    """.split()
)
# extraction/deeds.py keeps its own SEEK_LEMMAS: stages never import each other, and records/
# holds no word lists, so the one word is written in both.
SEEKING_LEMMAS = frozenset({"seek"})
# A preposition that ends a cue (or stands between cue and content) and introduces what a speech
# event was about, not what was said: "commented on [the agreement]", "added regarding [the
# request]", "had his own opinion on [the matter]". Not "of": "spoke of [a collapse]" asserts it;
# nor "about", which follows many verbs of complaint and warning ("complained about [the noise]"):
# with it, a gold attribution of the unread train half was lost.
TOPIC_PREPOSITIONS = frozenset({"on", "regarding", "concerning", "over"})
# Light verbs that make a speech event of a noun: "delivered a speech on", "gave their thoughts
# on", "made a statement about", "published allegations about", "released findings about".
EVENT_VERB_FORMS = frozenset(
    """
    make makes made making give gives gave given giving deliver delivers delivered delivering
    publish publishes published publishing release releases released releasing
    hold holds held holding
    """.split()
)
# After a discussing verb, a clause that opens with one of these is an indirect question, the
# topic talked over: "discussed [how he became the nominee]", "discusses [why he joined]".
QUESTION_WORDS = frozenset("how why what whether when where who which".split())
DISCUSSING_STEMS = ("discuss",)  # discuss, discussed, discussion
# A reaction received: "received criticism for [his remarks]", "drew criticism for": the subject
# is the one criticised, not a speaker, and no one is named as one.
RECEIVING_FORMS = frozenset(
    """
    receive receives received receiving draw draws drew drawn drawing face faces faced facing
    come comes came coming attract attracts attracted attracting
    """.split()
)
# Praise received is a reaction too ("has drawn praise for [helping the girls]"), its givers
# unnamed; not "attention": "drew attention to [a second method]" points something out, and the
# Wikinews gold counts it.
REACTION_NOUNS = frozenset("criticism backlash condemnation scrutiny ridicule outrage praise acclaim".split())
# Forms of "be": a cue that is one, with no participle after it, describes a state ("was already
# unpopular", "is an outspoken critic of", "is well-known for") rather than a report. A cue with a
# participle ("were concerned about", "is convinced") is an attitude and is kept.
COPULA_FORMS = frozenset("am is are was were be been being".split())
# Deeds that the tagger spans as cues now and then, as it does "signed" (CONVENTIONS.md: votes,
# signatures, acceptances): arresting, cancelling, lowering, accepting, selecting, featuring,
# including, opting, passing a motion, promoting, allowing, using, trending, focusing on,
# introducing or presenting a plan or a product, addressing a problem. Only for
# cues the lexicon does not know (no cue lemma), and only with a content that is no clause: "accepted
# that he had erred" reports an admission. The forms as written, as APPOINTING_FORMS.
DEED_FORMS = frozenset(
    """
    arrest arrests arrested arresting cancel cancels cancelled canceled cancelling canceling
    lower lowers lowered lowering accept accepts accepted accepting select selects selected selecting
    feature features featured featuring include includes included including opt opts opted opting
    pass passes passed passing promote promotes promoted promoting allow allows allowed allowing
    use uses used using trend trends trended trending focus focuses focused focusing
    introduce introduces introduced introducing present presents presented presenting
    address addresses addressed addressing
    """.split()
)
# A stretch between a pair of double quotation marks, plain or typographic ("“Big Mike”").
QUOTED_STRETCH = re.compile(r"[\"“]([^\"“”]*)[\"”]")
# "seek" takes a to-infinitive, an intention ("sought to calm the council"), or a noun phrase, the
# thing sought ("sought expert input", "seeking documents"): a deed, as is seeking a post.
INFINITIVE_MARKER = "to"
# "appear" and "seem" hedge in the article's own voice ("the vaccine appears able to reduce
# mortality"): no one is reported, as with "reportedly".
HEDGING_LEMMAS = frozenset({"appear", "seem"})
# "refers to [the president's office]", "referring to [caves with fresh water]": what is referred
# to is a thing named, not something said; unless it is named as something ("referred to the vote
# as a hoax": evaluative naming) or is a clause ("referring to [that …]").
REFERRING_LEMMAS = frozenset({"refer"})
# "citing [anonymous sources]": what is cited is a source of the report, not its content.
SOURCE_NOUNS = frozenset({"source", "sources"})
CITING_LEMMAS = frozenset({"cite"})
# A quoted title ("named it [“Operation Peace Spring”]"): a few words, each capitalised but
# TITLE_LOWERCASE (is_a_title).
NAME_MAX_WORDS = 6
# Naming someone "as his running mate" appoints them; naming a thing “Operation Peace Spring”
# gives it a name (names_to_a_post_or_a_name). The lemma as the lexicon gives it.
NAMING_LEMMAS = frozenset({"name"})
POSSESSIVES = frozenset("his her their its our my your".split())
# "[Leyts], when asked [whether an inquiry was held], told …", "after being asked about": the
# subject is the one asked, and the question is the reporter's or another's (CONVENTIONS.md: a
# reporter's question is no attribution). A word right before an asking cue that makes it a
# reduced clause; the lemmas as the lexicon gives them. Not a form of "be" ("was asked to
# resign"): with them, a gold attribution of the unread train half was lost.
ASKING_LEMMAS = frozenset({"ask", "question"})
ASKED_OF_MARKERS = frozenset("when if once after being".split())
INTERPOSED_ADVERBS = frozenset("also again later then still".split())  # "when later asked", besides "-ly"
# A determiner or preposition that negates the noun or gerund of a cue the tagger spans with it:
# "have made no recommendation", "expressed no regret for", "without mentioning". A negated
# report is no attribution under the standard conventions (CONVENTIONS.md); extraction rejects
# one where the rules parse a negated verb, but not these, whose negation stands on a noun or
# gerund the rules do not read as a cue. Not "not", "never" nor "n't": on the verbs the rules
# do parse, a wider list cost the held-out train split an attribution.
NEGATIONS = frozenset({"no", "without"})
# A subject that negates the report: "[Neither Dasbach nor Mears] would provide [an image]", "[No
# organization] claimed credit for [the attack]": no one is reported as saying anything
# (CONVENTIONS.md: negated reports are no attributions). Extraction's rejections read a negation
# on the verb only, so these pass the rules and the tagger alike. Not "no one but Graham"
# ("but", "except"): someone is named after all.
NEGATIVE_SUBJECTS = frozenset("neither no none nobody nothing".split())
SAVING_WORDS = frozenset({"but", "except"})
TITLE_LOWERCASE = frozenset("of the and a an in on for to at by with from".split())
# A participle of reporting or believing right before "to be" or "to have" makes a raising
# passive that describes its subject and names no one as the one who says or believes it: "a
# group of people [said] to be from the team", "he is [alleged] to have …", "those [known] to be
# infected" (CONVENTIONS.md: an agentless passive is no attribution). The forms as written.
RAISING_FORMS = frozenset("said reported believed thought known alleged rumoured rumored".split())
RAISED_INFINITIVE = re.compile(r"\s+to\s+(?:be|have)\b")
# A relative pronoun right after a noun, a comma or a dash between, opens a clause about that
# noun: "violations of the Act, [which] the Supreme Court later ruled to be unconstitutional"
# (is_an_antecedent).
ANTECEDENT_GAP = re.compile(r"\s*[,\u2014\u2013-]?\s*(?:which|who|whom|whose)\b", re.IGNORECASE)


# A participle of reporting or suspecting that stands before a noun, after a determiner, a
# quantifier, a possessive or a preposition, describes the noun and names no one who reports it:
# "several [alleged] accomplices", "over [alleged] hush money", "amongst [reported] incidents".
# The Wikinews gold marks a cue on none of the 20 in its dev and read train articles (PolNeAR
# train: 3 of 44, its annotators counting more). The forms as written.
PRENOMINAL_PARTICIPLES = frozenset(
    "alleged reported estimated expected suspected claimed rumoured rumored supposed purported".split()
)
NOUN_MODIFIER_OPENERS = TOPIC_OPENERS | frozenset(
    "several many all both amongst among over of for in on with about against by".split()
)
POSSESSIVE_ENDINGS = ("'s", "’s", "s'", "s’")  # "Russia's alleged", "the critics' reported"


def names_a_topic(statement: Statement, text: str) -> bool:
    """ "discussed [the findings]", "commented on [the deal]", "discussed [why he ran]": a speech
    event whose content is only its topic.

    The event is a cue with a TOPIC_FORMS word, or one that ends in a TOPIC_PREPOSITIONS word
    ("added regarding"); the topic a short noun phrase (is_topic), or after a discussing verb an
    indirect question. Not "spoke of [an imminent incursion]": speaking of a thing asserts it."""
    cue = statement.cue
    if cue is None:
        return False
    # the "of" may end the cue or stand between cue and content, as the tagger ends the cue
    cue_and_gap = cue.text_of(text) + " " + text[cue.end : max(cue.end, statement.content[0].start)]
    words = [w.casefold() for w in WORD.findall(cue_and_gap)]
    content = statement.content_text(text)
    if not words or words[-1] == "of":
        return discusses_a_question(words, content)
    speech_event = any(w in TOPIC_FORMS for w in words) or words[-1] in TOPIC_PREPOSITIONS
    return (
        (speech_event and is_topic(content))
        or discusses_a_thing(words, content)
        or discusses_a_question(words, content)
    )


def discusses_a_thing(cue_words: Sequence[str], content: str) -> bool:
    """ "to discuss [the wildfires wreaking havoc in the state]": what is discussed is a topic
    however long its noun phrase (is_topic without its length limit); talking, speaking or
    commenting on a thing may say something of it in a few words, discussing it says nothing."""
    return any(w.startswith(DISCUSSING_STEMS) for w in cue_words) and is_topic(content, max_words=None)


def speaks_on_a_topic(statement: Statement, text: str) -> bool:
    """ "delivered a speech on [racial inequality]", "gave their thoughts on [the conflict]",
    "published allegations about [his tax returns]": a light verb and its noun (EVENT_VERB_FORMS)
    ending in a preposition of topic, with an unquoted content that is no clause ("that …",
    "whether …"): the event's topic, not what was said. Cues the lexicon knows ("complained
    about [the noise]") are left to names_a_topic and the rules."""
    words = _cue_words(statement, text)
    content = statement.content_text(text)
    first = [w.casefold() for w in WORD.findall(content)[:1]]
    return (
        statement.cue_lemma is None
        and len(words) > 1
        and words[-1] in TOPIC_PREPOSITIONS | {"about"}
        and any(w in EVENT_VERB_FORMS for w in words)
        and not has_quotation_mark(content)
        and first != ["that"]
        and not (first and first[0] in QUESTION_WORDS)
    )


def discusses_a_question(cue_words: Sequence[str], content: str) -> bool:
    """ "discusses [why he joined the party]": a discussing cue and an unquoted indirect question."""
    first = WORD.findall(content)[:1]
    return (
        any(w.startswith(DISCUSSING_STEMS) for w in cue_words)
        and bool(first)
        and first[0].casefold() in QUESTION_WORDS
        and not has_quotation_mark(content)
    )


def receives_a_reaction(statement: Statement, text: str) -> bool:
    """ "received criticism for [his remarks]", "drew criticism for": a cue in which the subject
    receives a reaction (RECEIVING_FORMS, REACTION_NOUNS) from no one named ("from" the critics
    would name them) names its target, not a speaker."""
    words = _cue_words(statement, text)
    if statement.cue is None or "from" in words:
        return False
    after = WORD.findall(text[statement.cue.end : statement.cue.end + 6])[:1]
    reaction = any(w in RECEIVING_FORMS for w in words) and any(w in REACTION_NOUNS for w in words)
    return reaction and [w.casefold() for w in after] != ["from"]


def asks_in_own_voice(statement: Statement, text: str) -> bool:
    """ "Why did you agree to run?": the cue lies in an unquoted sentence that is a question.

    The article asks it (an interviewer's or a reporter's question, which the conventions do not
    count); no one is reported as saying anything."""
    cue = statement.cue
    if cue is None or has_quotation_mark(statement.content_text(text)):
        return False
    sentence = text[slice(*sentence_around(text, cue.start))].rstrip()
    return sentence.endswith("?") and not has_quotation_mark(sentence)


def sentence_around(text: str, offset: int) -> tuple[int, int]:
    """The start and end of the sentence (within its line) that holds `offset`."""
    start = text.rfind("\n", 0, offset) + 1
    for end in SENTENCE_END.finditer(text, start, offset):
        start = end.end()
    line_end = text.find("\n", offset)
    line_end = len(text) if line_end == -1 else line_end
    following = SENTENCE_END.search(text, offset, line_end)
    return start, following.end() if following else line_end


def describes_a_state(statement: Statement, text: str) -> bool:
    """ "[The man] was", "was already unpopular", "is an outspoken critic of": a cue the lexicon
    does not know that opens with a form of "be" and has no participle after it, and an unquoted
    content."""
    words = _cue_words(statement, text)
    return (
        statement.cue_lemma is None
        and bool(words)
        and words[0] in COPULA_FORMS
        and not any(w.endswith("ed") for w in words[1:])
        and not has_quotation_mark(statement.content_text(text))
    )


def is_a_deed(statement: Statement, text: str) -> bool:
    """ "arrested [a man]", "cancelled [the convention]": a cue the lexicon does not know with a
    DEED_FORMS word, and a content that is neither quoted nor a that-clause. A quoted title in it
    quotes no words ("introduced [a plan called “Build Back Better”]")."""
    if statement.cue_lemma is not None or not any(w in DEED_FORMS for w in _cue_words(statement, text)):
        return False
    content = statement.content_text(text)
    first = WORD.findall(content)[:1]
    return not quotes_words(content) and [w.casefold() for w in first] != ["that"]


def quotes_words(content: str) -> bool:
    """Whether `content` holds a quotation mark other than those around a title (is_a_title): "a
    plan called “Build Back Better”" names a thing, "said it was “a disgrace”" quotes; a mark left
    unpaired counts as quoting."""
    unquoted = QUOTED_STRETCH.sub("", content)
    return has_quotation_mark(unquoted) or not all(
        is_a_title(quoted) for quoted in QUOTED_STRETCH.findall(content)
    )


def is_a_vote(statement: Statement, text: str, voting_lemmas: Collection[str]) -> bool:
    """ "[Congress] approved [a budget authorizing …]", "votes [to impeach]": a voting cue (one of
    `voting_lemmas`, the extraction Lexicon's voting_lemmas) with a content that is neither quoted
    nor a that-clause; not "approved of [the plan]", an opinion. A vote is a deed (CONVENTIONS.md:
    votes, signatures and acceptances of deals are no attributions); extraction's deed check has
    "vote" and "ratify", but the rules find no statement there for it to set aside when the tagger
    spans an infinitive or a noun phrase."""
    cue = statement.cue
    if cue is None or statement.cue_lemma not in voting_lemmas:
        return False
    content = statement.content_text(text)
    first = [w.casefold() for w in WORD.findall(content)[:1]]
    of = [w.casefold() for w in WORD.findall(text[cue.start : max(cue.end, statement.content[0].start)])][-1:]
    return not has_quotation_mark(content) and first != ["that"] and of != ["of"]


def seeks_a_thing(statement: Statement, text: str) -> bool:
    """ "sought [expert input]": a seeking cue whose content is no to-infinitive (an intention)."""
    first = WORD.findall(statement.content_text(text))[:1]
    return statement.cue_lemma in SEEKING_LEMMAS and [w.casefold() for w in first] != [INFINITIVE_MARKER]


def hedges(statement: Statement, text: str) -> bool:
    """ "[the vaccine] appears [able to reduce mortality]": a hedging cue and an unquoted content."""
    return statement.cue_lemma in HEDGING_LEMMAS and not has_quotation_mark(statement.content_text(text))


def refers_to_a_thing(statement: Statement, text: str) -> bool:
    """ "refers to [the president's office]": a referring cue, and a content that is neither quoted,
    nor a that-clause, nor names its thing "as" something."""
    content = statement.content_text(text)
    words = [w.casefold() for w in WORD.findall(content)]
    return (
        statement.cue_lemma in REFERRING_LEMMAS
        and not has_quotation_mark(content)
        and words[:1] != ["that"]
        and "as" not in words
    )


def cites_a_source(statement: Statement, text: str) -> bool:
    """ "citing [anonymous sources]": a citing cue whose unquoted content names sources."""
    content = statement.content_text(text)
    return (
        statement.cue_lemma in CITING_LEMMAS
        and any(w.casefold() in SOURCE_NOUNS for w in WORD.findall(content))
        and not has_quotation_mark(content)
    )


def is_negated(statement: Statement, text: str, *, belief_lemmas: Collection[str]) -> bool:
    """ "[The board] has made no recommendation [on masks]", "Without mentioning [any
    symptoms]": a cue that holds "no" or "without" (NEGATIONS), not of a belief or wish, and an
    unquoted content. A quotation is kept: the gold gives it to the statement it quotes, whatever
    cue the tagger joins it to. `belief_lemmas` are the extraction Lexicon's belief_lemmas:
    negated, a belief, wish or expectation still ascribes an attitude ("has no doubt …",
    "without wanting to")."""
    return (
        statement.cue_lemma not in belief_lemmas
        and any(word in NEGATIONS for word in _cue_words(statement, text))
        and not has_quotation_mark(statement.content_text(text))
    )


def has_a_negative_source(statement: Statement, text: str, *, belief_lemmas: Collection[str]) -> bool:
    """ "[Neither Dasbach nor Mears] would provide [an image of the wound]", "[No organization]
    immediately claimed credit for [the attack]": a source that opens with a negative word
    (NEGATIVE_SUBJECTS) and names no exception ("no one but Graham"), a cue not of a belief or
    wish (`belief_lemmas`, as is_negated), and an unquoted content."""
    source = statement.source
    if source is None or statement.cue_lemma in belief_lemmas:
        return False
    words = [w.casefold() for w in WORD.findall(source.text_of(text))]
    return (
        bool(words)
        and words[0] in NEGATIVE_SUBJECTS
        and not any(w in SAVING_WORDS for w in words)
        and not has_quotation_mark(statement.content_text(text))
    )


def _cue_words(statement: Statement, text: str) -> list[str]:
    return [w.casefold() for w in WORD.findall(statement.cue.text_of(text))] if statement.cue else []


def appoints(statement: Statement, text: str) -> bool:
    """Whether a word of the cue is a form of "nominate" (APPOINTING_FORMS)."""
    cue = statement.cue
    return cue is not None and any(w.casefold() in APPOINTING_FORMS for w in WORD.findall(cue.text_of(text)))


def seeks_a_post(statement: Statement, text: str) -> bool:
    """ "sought [the nomination]": a seeking cue whose content is only a noun phrase."""
    return statement.cue_lemma in SEEKING_LEMMAS and is_topic(statement.content_text(text))


def is_topic(content: str, max_words: int | None = TOPIC_MAX_WORDS) -> bool:
    """Whether a content is a short unquoted noun phrase: a determiner or possessive, no verb;
    of at most `max_words` words (None: any length)."""
    words = WORD.findall(content)
    too_long = max_words is not None and len(words) > max_words
    if not words or too_long or has_quotation_mark(content):
        return False
    first = words[0].casefold()
    possessive = first.endswith(("'s", "’s"))
    return (first in TOPIC_OPENERS or possessive) and not any(w.casefold() in CLAUSE_WORDS for w in words)


def is_a_title(quoted: str) -> bool:
    """Whether a quotation is a title: a few words, the first and each but TITLE_LOWERCASE capitalised."""
    words = WORD.findall(quoted)
    return (
        0 < len(words) <= NAME_MAX_WORDS
        and words[0][:1].isupper()
        and all(w[:1].isupper() or w[:1].isdigit() or w.casefold() in TITLE_LOWERCASE for w in words)
    )


def names_to_a_post_or_a_name(statement: Statement, text: str) -> bool:
    """ "named [Senator Harris as his running mate]": naming someone to a post (NAMING_LEMMAS, "as"
    and a possessive) is an appointment, a deed; "named [it “Operation Peace Spring”]": giving a
    thing a name (a quoted title at the end) reports no one's words. Not "named [both parties as
    terrorists]" nor "named [the plan a disgrace]", evaluative naming."""
    if statement.cue_lemma not in NAMING_LEMMAS:
        return False
    content = statement.content_text(text).rstrip(" ,.;:")
    words = [w.casefold() for w in WORD.findall(content)]
    to_a_post = any(a == "as" and b in POSSESSIVES for a, b in pairwise(words))
    opening = max(content.rfind(mark, 0, len(content) - 1) for mark in "\"“")
    named = content[-1:] in QUOTE_MARKS and opening > 0 and is_a_title(content[opening:])
    return to_a_post or named


def names_no_source(statement: Statement, text: str) -> bool:
    """ "[over 500,000 women] were expected", "allegations of [a lack of oversight]": an unquoted
    content that neither the tagger nor a rule statement (linking.with_rule_links) gives a
    source, whatever its cue. No one is reported: the cue is an agentless passive or a nominal
    that the parse did not reject as one ("deaths were confirmed"), or no cue at all ("[to run a
    full marathon]"). A quotation without source may go on the previous speaker's words, and is
    kept."""
    return statement.source is None and not has_quotation_mark(statement.content_text(text))


def is_asked_of_the_source(statement: Statement, text: str) -> bool:
    """ "[Leyts], when asked [whether an inquiry was held], told …", "after being asked [about the
    delay]": an asking cue in the past participle right after a word that makes it a reduced
    clause (ASKED_OF_MARKERS). The source is the one asked; what they answer is the statement,
    not the question. Not "is asking", "when asking": the subject asks."""
    cue = statement.cue
    if cue is None or statement.cue_lemma not in ASKING_LEMMAS:
        return False
    before = [w.casefold() for w in WORD.findall(text[max(0, cue.start - 20) : cue.start])]
    in_cue = [w.casefold() for w in WORD.findall(cue.text_of(text))]
    asking = next((k for k, w in enumerate(in_cue) if w.startswith(("ask", "question"))), None)
    if asking is None or not in_cue[asking].endswith("ed"):
        return False
    leading = [w for w in before + in_cue[:asking] if not (w.endswith("ly") or w in INTERPOSED_ADVERBS)]
    return bool(leading) and leading[-1] in ASKED_OF_MARKERS


def is_a_raising_passive(statement: Statement, text: str) -> bool:
    """ "a group of people [said] to be from the team", "he is [alleged] to have …": a cue that
    ends in a participle of reporting or believing (RAISING_FORMS) right before "to be" or "to
    have", its source the subject right before it (with "is", "were" or the like between). The
    subject is described, not a speaker. Kept: a "by" agent ("believed by police to be") between
    participle and infinitive; and a source elsewhere ("Leyts told EURACTIV [only two] were known
    [to have tested positive]"), where the tagger took the passive for the cue of another's report."""
    cue, source = statement.cue, statement.source
    words = _cue_words(statement, text)
    if cue is None or source is None or not words or words[-1] not in RAISING_FORMS:
        return False
    between = WORD.findall(text[source.end : cue.start])
    return (
        all(w.casefold() in COPULA_FORMS for w in between)
        and RAISED_INFINITIVE.match(text, cue.end) is not None
    )


def is_an_antecedent(statement: Statement, text: str) -> bool:
    """ "[violations of the Act], which the Supreme Court later ruled to be unconstitutional": an
    unquoted content that ends right before a relative pronoun (ANTECEDENT_GAP: a comma or a
    dash between), with the pronoun's clause holding the cue and its source. The content is the
    noun the clause speaks of, not what was said: the Wikinews gold marks "which … to be
    unconstitutional" as the clause's content, and never a content before its cue across a
    relative pronoun. (PolNeAR spans the antecedent, "[the Mexican War], which most Whigs
    opposed": the standard conventions only.) Not "“…,” Cruz, who has proposed it, said": a
    quotation, its source before "who"."""
    cue, source = statement.cue, statement.source
    end = statement.content[-1].end
    if cue is None or end > cue.start or has_quotation_mark(statement.content_text(text)):
        return False
    pronoun = ANTECEDENT_GAP.match(text, end, cue.start)
    return pronoun is not None and (source is None or source.start >= pronoun.end())


def modifies_a_noun(statement: Statement, text: str) -> bool:
    """ "several [alleged] [accomplices]", "amongst [reported] [incidents of abuse]": a cue that is
    one PRENOMINAL_PARTICIPLES word after a NOUN_MODIFIER_OPENERS word or a possessive, its
    unquoted content the noun phrase right after it. The participle describes the noun; no one
    is reported."""
    cue = statement.cue
    words = _cue_words(statement, text)
    if cue is None or len(words) != 1 or words[0] not in PRENOMINAL_PARTICIPLES:
        return False
    content_start = statement.content[0].start
    if content_start < cue.end or text[cue.end : content_start].strip():
        return False
    before = [w.casefold() for w in WORD.findall(text[max(0, cue.start - 30) : cue.start])[-1:]]
    opened = bool(before) and (before[0] in NOUN_MODIFIER_OPENERS or before[0].endswith(POSSESSIVE_ENDINGS))
    return opened and not has_quotation_mark(statement.content_text(text))


def has_its_source_elsewhere(statement: Statement, text: str) -> bool:
    """ "[Claims of] [religious discrimination] contributed to the overturn." with a source the
    tagger took from the sentence before: an unquoted content whose source lies a sentence or more
    from its cue (linking.sentence_ends_between). An indirect report names its source in its
    cue's sentence: of the unquoted attributions with source and cue, the Wikinews gold has 1 of
    1084 otherwise in its dev and read train articles (a "U.S." read as a sentence end), PolNeAR
    train 14 of 13263 (headlines and bylines). What the tagger links so is a nominal, a deed or a
    state ("recognition of", "protests against", "grew disillusioned with") whose sentence names
    no one. A quotation may take its source from a line before it, and is kept."""
    cue, source = statement.cue, statement.source
    return (
        cue is not None
        and source is not None
        and sentence_ends_between(text, source, cue) > 0
        and not has_quotation_mark(statement.content_text(text))
    )
