"""Spans per role → Statements, linked by distance, with the rules' statements as hints.

Records only (no torch, no spaCy), so it is tested on hand-written spans. PolNeAR links an
attribution's source and content through its cue (PolNeAR guidelines, §2), so each content
goes to the nearest cue of its paragraph, and each cue to its nearest source, the nearest
being the fewest sentence ends away and then the fewest characters.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Collection, Iterable, Sequence
from dataclasses import replace

from quotegraph.learned.encoding import Spans
from quotegraph.records import CharSpan, Mention, Statement, StatementKind

_PARAGRAPH_BREAK = re.compile(r"\n\s*\n|\n")
SENTENCE_END = re.compile(r"[.?!][\"”’'»)]*\s")
# A period that ends a title or a middle initial, not a sentence: "Dr. Jane Roe", "John C. Eastman".
_ABBREVIATION_BEFORE = re.compile(
    r"(?:\b(?:Mr|Mrs|Ms|Dr|Prof|Gen|Sen|Rep|Gov|St|Lt|Col|Capt|Sgt|Rev)|[A-Z][a-z]+ [A-Z])$"
)
QUOTE_MARKS = "\"“”«»„"
_QUOTE_EDGES = QUOTE_MARKS + "'‘’"
MERGE_GAP = 40  # characters between two unquoted parts of one content that a cue and source interrupt
# Quoted parts around a cue ("A," said Jane Doe, a professor at X. "B.") are one content in
# PolNeAR however long the source's apposition; 250 characters took in all but a few on dev.
QUOTED_MERGE_GAP = 250
FRAGMENT_WORDS = 5  # a learned content this short, inside a rule content with its cue, is a fragment of it
# Words that name no one on their own: articles and prepositions (not pronouns, which do, nor
# quantifiers: "[some] say").
FUNCTION_WORDS = frozenset(
    "the a an at in on of to for by from with among amongst into onto upon and or but".split()
)
WORD = re.compile(r"[\w'’-]+")
# A possessor ends a source that names whose the source is, not the source ("[Their] statement").
POSSESSIVE_DETERMINERS = frozenset("his her their its our my your".split())
POSSESSIVE_ENDINGS = ("'s", "’s", "s'", "s’")
MIN_CONTENT_WORDS = 2  # shorter learned contents are mostly fragments: dropping them raised dev F1


def statements_from_spans(
    article_id: str, text: str, spans: Spans, *, quotations_apart: bool = True
) -> list[Statement]:
    """Statements from the tagger's spans: split contents rejoined and linked, fragments dropped.

    A one-word content is kept when it is part of a longer one ("The museum, he said, celebrated…"
    has "The museum" as its first part), so fragments are dropped only after linking.
    `quotations_apart`: see joined_adjacent.
    """
    contents = joined_adjacent(text, spans.get("content", ()), quotations_apart=quotations_apart)
    sources = [(start, end) for start, end in spans.get("source", ()) if names_someone(text, start, end)]
    statements = link_spans(article_id, text, {**spans, "content": contents, "source": sources})
    return [s for s in statements if len(s.content) > 1 or words(s.content_text(text)) >= MIN_CONTENT_WORDS]


def names_someone(text: str, start: int, end: int) -> bool:
    """Whether a source span can name a speaker: not function words alone ("[the] following
    statement", "[Amongst] reported incidents"), nor a word cut off at its hyphen ("an [on-]line
    journal"). Such a span would take the cue from the speaker the tagger did not tag, and a rule
    statement's source fills the gap (with_rule_links, with_rule_sources)."""
    cut = text[end - 1 : end] == "-" and text[end : end + 1].isalpha()
    return not cut and any(w.casefold() not in FUNCTION_WORDS for w in WORD.findall(text[start:end]))


def has_quotation_mark(text: str) -> bool:
    """Whether `text` holds a double quotation mark (QUOTE_MARKS), of any style."""
    return any(mark in text for mark in QUOTE_MARKS)


def words(text: str) -> int:
    return len(text.split())


def joined_adjacent(
    text: str, ranges: Iterable[tuple[int, int]], *, quotations_apart: bool = True
) -> list[tuple[int, int]]:
    """Ranges with those that touch (nothing but one space between) joined: a B tag mid-span splits
    one. With `quotations_apart`, two quotations that touch stay apart (two_quotations)."""
    joined: list[tuple[int, int]] = []
    for start, end in sorted(ranges):
        if (
            joined and start - joined[-1][1] <= 1 and not text[joined[-1][1] : start].strip()
            and not (quotations_apart and two_quotations(text[slice(*joined[-1])], text[start:end]))
        ):
            joined[-1] = (joined[-1][0], max(end, joined[-1][1]))
        else:
            joined.append((start, end))
    return joined


def two_quotations(before: str, after: str) -> bool:
    """Whether two touching content spans are two quotations, not one cut by a B tag: the first
    ends with its closing quotation mark ("… can see it”.") and the second opens another ("“It
    could also be …”, said Smith"), which may be another speaker's words. PolNeAR train annotates
    226 such pairs as two contents and 8 as one; on Wikinews dev and read95 keeping them apart
    gave 5 statements their own speaker or cue, none lost."""
    closed = before.rstrip().rstrip(".,")
    return closed[-1:] in QUOTE_MARKS and after.lstrip()[:1] in QUOTE_MARKS


def link_spans(article_id: str, text: str, spans: Spans) -> list[Statement]:
    """One statement per content span (parts around one cue merged), with its nearest cue and source."""
    paragraphs = paragraph_starts(text)
    cues = [CharSpan(a, b) for a, b in spans.get("cue", ())]
    sources = [CharSpan(a, b) for a, b in spans.get("source", ())]
    groups: dict[CharSpan | None, list[CharSpan]] = {}
    for start, end in spans.get("content", ()):
        content = CharSpan(start, end)
        groups.setdefault(nearest(text, content, cues, paragraphs), []).append(content)
    statements = []
    for cue, contents in groups.items():
        for parts in merged_parts(text, sorted(contents), cue):
            if cue is not None and _continues_before(text, parts, cue):
                statements.append(Statement(article_id, StatementKind.DIRECT, parts,
                                            paragraph=paragraph_of(parts[0].start, paragraphs)))
                continue
            anchor = cue or parts[0]
            outside = [s for s in sources if not any(s.overlaps(p) for p in parts)]
            source = nearest(text, anchor, outside, paragraphs, ends=sentence_ends_between)
            statements.append(
                Statement(article_id, kind_of(text, parts), parts, cue=cue, source=source,
                          paragraph=paragraph_of(parts[0].start, paragraphs))
            )
    return sorted(statements, key=lambda s: s.start)


def _continues_before(text: str, parts: Sequence[CharSpan], cue: CharSpan) -> bool:
    """Whether a quotation that is a sentence of its own has its nearest cue only in a later
    sentence ("… said Baba. “The plane flew back and forth.” His remarks were released by MSF"):
    it goes on with the words of the speaker before it, a continuation without source or cue
    (CONVENTIONS.md), not a report of the next sentence's cue."""
    return (
        kind_of(text, parts) is StatementKind.DIRECT
        and cue.start >= parts[-1].end
        and any(ends_sentence(text, m.start(), m.end())
                for m in SENTENCE_END.finditer(text, _closing_mark(text, parts[-1]), cue.start))
    )


def content_ranges(statements: Iterable[Statement]) -> list[tuple[int, int]]:
    """The distinct content ranges of some statements (the rules', as the tagger's decoding prior)."""
    return sorted({(part.start, part.end) for statement in statements for part in statement.content})


def with_rule_links(learned: Iterable[Statement], rules: Sequence[Statement]) -> list[Statement]:
    """Learned statements, each missing a source or cue given that of the rule statement it overlaps most.

    The tagger finds no source for some contents whose source the parse does find (a pronoun
    two clauses away, a source across a line break): on dev, filling them raised content+source
    partial F1 by 0.7 points. Likewise for the 3 % of statements left without a cue: unique cue
    F1 +0.6, content exact (which needs the cue) +1.0, on each half of dev and with a second
    tagger. No span the tagger did link changes.
    """
    result = []
    for statement in learned:
        if statement.speaker_source is None:
            # A rule statement that goes on from the one before ("“A,” he said. “B.”") has no
            # source of its own: its content takes the one it goes on from, as it does.
            rule = _most_shared(statement, [r for r in rules if r.speaker_source is not None])
            if rule is not None:
                statement = replace(  # noqa: PLW2901
                    statement, source=rule.source, continued_source=rule.continued_source
                )
        if statement.cue is None:
            rule = _most_shared(statement, [r for r in rules if r.cue is not None])
            cue = rule.cue if rule is not None else None
            if cue is not None and not any(cue.overlaps(p) for p in statement.content):
                # with a cue it goes on from no one: the source it would have gone on from is its own
                source = statement.speaker_source
                statement = replace(statement, cue=cue, source=source, continued_source=None)  # noqa: PLW2901
        result.append(statement)
    return result


def with_nearer_rule_cues(
    learned: Sequence[Statement], rules: Sequence[Statement], text: str
) -> list[Statement]:
    """Learned statements, each linked to a cue in another sentence than its content given the cue
    and source of the rule statement sharing most of that content, whose cue lies nearer it and
    which the tagger did not tag.

    A content goes to the nearest cue the tagger tagged; where it missed the content's own verb
    ("[the WHO's decision] in January to declare [the outbreak a public health emergency]"), that
    is a cue sentences away ("…, Dr. Anthony Fauci, said of …"), its source another speaker. On
    Wikinews dev and read95 it fired 3 times: 2 sources made right, 1 wrong one for another.
    """
    tagged = [s.cue for s in learned if s.cue is not None]
    linked = [r for r in rules if r.cue is not None and r.source is not None]
    result = []
    for statement in learned:
        rule = _most_shared(statement, linked)
        if rule is not None and _links_nearer(statement, rule, text, tagged):
            statement = replace(statement, cue=rule.cue, source=rule.source)  # noqa: PLW2901
        result.append(statement)
    return result


def _links_nearer(statement: Statement, rule: Statement, text: str, tagged: Sequence[CharSpan]) -> bool:
    """Whether `rule` (with cue and source) gives `statement` its cue and source: their contents
    share at least half of each (one content, not a phrase of a longer one); its cue is a word
    (not a bare colon) that the tagger left untagged and lies nearer the content than the learned
    cue, which lies in another sentence; and neither its cue nor its source lies inside the
    content (a report nested in it), nor is its source the learned one."""
    cue, source = statement.cue, statement.source
    if cue is None or rule.cue is None or rule.source is None:
        return False
    inside = any(span.overlaps(part) for span in (rule.cue, rule.source) for part in statement.content)
    return (
        2 * _shared(statement, rule) >= max(_length(statement), _length(rule))
        and WORD.search(rule.cue.text_of(text)) is not None
        and not inside
        and (source is None or not rule.source.overlaps(source))
        and not any(rule.cue.overlaps(other) for other in tagged)
        and all(marks_between(text, cue, part) > 0 for part in statement.content)
        and _distance(text, rule.cue, statement.content) < _distance(text, cue, statement.content)
    )


def with_rule_sources_for_cues_in_sources(
    learned: Iterable[Statement], rules: Sequence[Statement]
) -> list[Statement]:
    """Learned statements, each whose source holds the cue of the rule statement sharing most of
    its content, a cue other than its own, given that rule statement's source; its own cue stays.

    The tagger sometimes reads a noun that opens the subject as the cue and the rest of the subject
    with the verb as the source: "Estimates by the Argentinian government state [about 350 thousand
    …]" tagged with cue "Estimates" and source "the Argentinian government state" (speaker
    "Argentinian government state"), where the parse has source "Estimates by the Argentinian
    government"; "[BTP's report] by …" for "[BTP's] report". A content's verb is never part of its
    source, so the parse's source stands. The cue, and so the lemma and act read from it, stays the
    tagger's: taking the parse's cue too changed one act for the worse on unseen articles.
    """
    linked = [r for r in rules if r.cue is not None and r.source is not None]
    result = []
    for statement in learned:
        rule = _most_shared(statement, linked)
        if rule is not None and _cue_inside_source(statement, rule):
            statement = replace(statement, source=rule.source)  # noqa: PLW2901
        result.append(statement)
    return result


def _cue_inside_source(statement: Statement, rule: Statement) -> bool:
    """Whether `rule`'s cue lies in `statement`'s source and not on its cue, and `rule`'s source
    lies outside `statement`'s content (not a report nested in it)."""
    source, cue = statement.source, statement.cue
    if source is None or cue is None or rule.cue is None or rule.source is None:
        return False
    return (
        rule.cue.overlaps(source)
        and not rule.cue.overlaps(cue)
        and not any(rule.source.overlaps(part) for part in statement.content)
    )


def _distance(text: str, cue: CharSpan, content: Sequence[CharSpan]) -> tuple[int, int]:
    """How far `cue` lies from the nearest part of `content`: sentence-final marks, then characters."""
    return min((marks_between(text, cue, part), gap(cue, part)) for part in content)


def with_rule_sources(
    learned: Iterable[Statement], rules: Sequence[Statement], text: str, *, subject_before_cue: bool = True
) -> list[Statement]:
    """Learned statements, each whose source lies in another sentence than its cue given the source
    that a rule statement with the same cue finds in the cue's own sentence.

    The tagger's source for a cue is the nearest span it tagged as one; where it tagged none in the
    cue's sentence ("Their statement also read", "which later declared", "allegations of"), the
    nearest lies a sentence or more away and is mostly another speaker, while the parse finds the
    cue's subject or possessor.
    """
    result = []
    for statement in learned:
        cue, source = statement.cue, statement.source
        if cue is not None and (source is None or sentence_ends_between(text, source, cue) > 0):
            near = [
                r.source for r in rules
                if same_cue(r.cue, cue) and r.source is not None
                and sentence_ends_between(text, r.source, cue) == 0
            ]
            if not near:
                near = _overlapping_rule_source(statement, rules, text, cue)
            if near:
                statement = replace(statement, source=near[0])  # noqa: PLW2901
        elif cue is not None and source is not None and subject_before_cue:
            subject = (
                _agent_of(cue, source, rules, text)
                or _subject_right_before(cue, source, rules, text)
                or _subject_before_not_the_next(cue, source, rules, text)
            )
            if subject is not None:
                statement = replace(statement, source=subject)  # noqa: PLW2901
        result.append(statement)
    return result


def with_whole_rule_sources(
    learned: Iterable[Statement], rules: Sequence[Statement], text: str
) -> list[Statement]:
    """Learned statements, each whose source is cut off mid-phrase given the whole source that a
    rule statement with the same cue finds over it.

    The tagger's source span sometimes stops at a preposition, article or conjunction ("[Bruce
    McArthur, from] Toronto", "[The BBC on] Tuesday reported", "according to [a count by] The
    Associated Press"), leaves a bracket open ("[British Transport Police (BTP]") or runs into
    its own cue ("[The Independent reports]", "[Remarked Center for …] Tierra Curry"); the parse's
    subject or object for the same cue is a whole noun phrase.
    """
    result = []
    for statement in learned:
        source, cue = statement.source, statement.cue
        if source is not None and cue is not None and is_cut_off(text, source, cue):
            whole = [
                r.source for r in rules
                if same_cue(r.cue, cue) and r.source is not None and r.source != source
                and r.source.overlaps(source) and not is_cut_off(text, r.source, cue)
            ]
            if whole:
                statement = replace(statement, source=whole[0])  # noqa: PLW2901
        result.append(statement)
    return result


# Marks that set off a parenthetical after a name, in pairs: "[Smith, a lawyer,] said".
PARENTHETICAL_MARKS = (",", "\u2014", "\u2013")


def with_closing_marks(statements: list[Statement], text: str) -> list[Statement]:
    """Learned statements, each whose source opens a parenthetical with a comma or dash and stops
    right before the mark that closes it ("[Cattelan, the artist][,] wrote") taking that mark, as
    the rules' sources (extraction.sources) and both golds do (PolNeAR guidelines, "Closeup on
    punctuation"). A source with no partner mark inside ("Smith, however, said") stays as it is.
    PolNeAR dev: 4 sources made exact, none unmade; Wikinews dev: 3 made exact, 1 unmade (a
    comma that ends "According to [X, director of Y][,] …"). A comma the tagger took at the end of
    a source with no partner inside it goes (_ends_in_a_lone_comma)."""
    mended = []
    for statement in statements:
        source = statement.source
        if source is not None and _closes_a_parenthetical(text, source):
            statement = replace(statement, source=CharSpan(source.start, source.end + 1))  # noqa: PLW2901
        elif source is not None and _ends_in_a_lone_comma(text, source):
            statement = replace(statement, source=CharSpan(source.start, source.end - 1))  # noqa: PLW2901
        mended.append(statement)
    return mended


def _ends_in_a_lone_comma(text: str, source: CharSpan) -> bool:
    """Whether the tagged source ends in a comma that pairs with no mark inside it ("[Florida
    delegate John Archer,] said"): it frames the source and closes nothing. PolNeAR train gold
    leaves such a comma out 797 times and keeps it 5 (after a bracket: "Sen. Jack Reed (D-R.I.),")."""
    written = source.text_of(text)
    paired = any(mark in written[:-1] for mark in (*PARENTHETICAL_MARKS, "("))
    return written.endswith(",") and len(written) > 1 and not paired


def _closes_a_parenthetical(text: str, source: CharSpan) -> bool:
    mark = text[source.end : source.end + 1]
    return mark in PARENTHETICAL_MARKS and mark in text[source.start + 1 : source.end]


def is_cut_off(text: str, source: CharSpan, cue: CharSpan) -> bool:
    """Whether a source span is no whole phrase: it ends in a function word (FUNCTION_WORDS: "a
    count by"), opens a bracket it does not close ("Police (BTP"), overlaps its own cue, stops
    inside a word ("[Biden'] s Twitter account") or at a possessor whose noun is not the cue
    ("[Their] statement also read", "[RIAA's] takedown notice had alleged"; not "[his] view")."""
    span = source.text_of(text).rstrip()
    last = WORD.findall(span)[-1:]
    return (
        (bool(last) and last[0].casefold() in FUNCTION_WORDS)
        or span.count("(") > span.count(")")
        or source.overlaps(cue)
        or _stops_inside_a_word(text, source)
        or (bool(last) and _is_possessive(last[0]) and _words_between(text, source, cue))
    )


def _stops_inside_a_word(text: str, source: CharSpan) -> bool:
    return 0 < source.end < len(text) and text[source.end].isalnum() and not text[source.end - 1].isspace()


def _is_possessive(word: str) -> bool:
    return word.casefold() in POSSESSIVE_DETERMINERS or word.endswith(POSSESSIVE_ENDINGS)


def _words_between(text: str, source: CharSpan, cue: CharSpan) -> bool:
    """Whether a word stands between the end of `source` and `cue` (the possessed noun)."""
    return source.end <= cue.start and WORD.search(text, source.end, cue.start) is not None


_BY_BEFORE = re.compile(r"\bby\s+$")


def _agent_of(cue: CharSpan, source: CharSpan, rules: Sequence[Statement], text: str) -> CharSpan | None:
    """The agent that a rule statement with the same cue finds after "by" ("[Amman], who was
    described as “knife-obsessed” by [the police]"), where the tagger took another span, mostly
    the passive's subject: the one described, not the one describing."""
    agents = [
        r.source for r in rules
        if same_cue(r.cue, cue) and r.source is not None
        and r.source.start >= cue.end
        and _BY_BEFORE.search(text, max(0, r.source.start - 6), r.source.start)
        and sentence_ends_between(text, r.source, cue) == 0
    ]
    return agents[0] if agents and not agents[0].overlaps(source) else None


def _subject_right_before(
    cue: CharSpan, source: CharSpan, rules: Sequence[Statement], text: str
) -> CharSpan | None:
    """The source a rule statement with the same cue finds right before it ("…, with [Spano]
    calling …", "[Biden] claimed …"), where the tagger's source for that cue lies farther off in
    the same sentence: the nearest span the tagger tagged is then another clause's speaker."""
    near = [
        r.source for r in rules
        if same_cue(r.cue, cue) and r.source is not None and sentence_ends_between(text, r.source, cue) == 0
    ]
    if not near or any(subject.overlaps(source) for subject in near):
        return None  # the parse agrees with the tagger on one of them
    return near[0] if gap(near[0], cue) <= 1 < gap(source, cue) else None


# A conjunction that opens the next clause right before its subject: "…, while [ALDI] called".
_CONJUNCTION_BEFORE = re.compile(r"\b(?:and|but|while|whereas|though|although)\s+$")


def _subject_before_not_the_next(
    cue: CharSpan, source: CharSpan, rules: Sequence[Statement], text: str
) -> CharSpan | None:
    """The subject a rule statement with the same cue finds before it ("[Coles] … called the demand
    “unprecedented”, while ALDI … called it “unexpected”"), where the tagger's source comes after
    the cue, right after a conjunction, and is the subject the rules give a later cue of the same
    sentence: the tagger took the next clause's speaker, nearer by characters than the cue's own."""
    before = [
        r.source for r in rules
        if same_cue(r.cue, cue) and r.source is not None and r.source.end <= cue.start
        and sentence_ends_between(text, r.source, cue) == 0
    ]
    next_subject = _CONJUNCTION_BEFORE.search(text, max(0, source.start - 12), source.start) and any(
        r.cue is not None and r.source is not None and not same_cue(r.cue, cue)
        and r.source.overlaps(source) and cue.end <= source.start and r.source.end <= r.cue.start
        and sentence_ends_between(text, cue, r.cue) == 0
        for r in rules
    )
    return before[0] if before and next_subject and not before[0].overlaps(source) else None


def _overlapping_rule_source(
    statement: Statement, rules: Sequence[Statement], text: str, cue: CharSpan
) -> list[CharSpan]:
    """The source of the rule statement sharing most of `statement`'s content, when it lies in
    `cue`'s sentence: "the announcement that [Bloomberg planned to invest …]", whose tagged cue
    is a noun no rule statement has, takes the parse's source of the verb inside its content (or
    the source a rule quotation without one goes on from)."""
    rule = _most_shared(statement, [r for r in rules if r.speaker_source is not None])
    source = rule.speaker_source if rule is not None else None
    if source is None or sentence_ends_between(text, source, cue) > 0:
        return []
    return [source]


# A relative pronoun that opens a clause set off by a comma or dash: "[Barkley], who said he votes
# democratic, said …". The tagger tags the pronoun as a source (it is the relative clause's
# subject), and linking gives it to the main clause's cue after the clause, whose subject is the
# pronoun's antecedent.
RELATIVE_PRONOUNS = frozenset({"who", "which", "that"})
_CLAUSE_EDGES = ",—–"


def with_antecedent_sources(
    learned: Iterable[Statement], text: str, mentions: Sequence[Mention]
) -> list[Statement]:
    """Learned statements, each whose source is a relative pronoun of a clause that closes before
    its cue given the pronoun's antecedent: "[Barkley], who said he votes democratic, said [one
    candidate he likes is Kasich]", "[Graham]—who had endorsed Bush— will headline …".

    The cue after the closing comma or dash is the main clause's verb, and its subject is the
    name or description before the clause: the rules' mention that ends right before the comma
    or dash that opens it, and the longest (a name whose appositive ends there, "[Roe], the
    mayor, who …", before the appositive). A clause with a comma or dash inside may be one of
    several stretches ("the sign — which read yes — and waved it, mouthing"), and a comma right
    after the pronoun sets off its own verb's phrase ("who, on a call Friday, criticized"): both
    keep the pronoun. PolNeAR spans the antecedent as the source: on its 840 train articles this
    moved 37 sources, 29 from a wrong one to the gold one and 1 from a gold "who" away."""
    return [
        replace(s, source=antecedent) if (antecedent := _antecedent(s, text, mentions)) else s
        for s in learned
    ]


def with_restricted_nouns(
    learned: Iterable[Statement], rules: Sequence[Statement], text: str
) -> list[Statement]:
    """Learned statements, each whose source opens with a relative pronoun (RELATIVE_PRONOUNS)
    given the rule source of the same cue that ends with it and starts before it: "[The public
    officials who ordered that change] claimed [they were reducing …]", tagged "who ordered that
    change" (speaker "who ordered"). A relative clause is never a speaker of its own; the noun it
    restricts is, and the parse takes the two as one subject. A clause set off by a comma is
    with_antecedent_sources' ("[Barkley], who …, said"); a possessive "whose" stands for another
    referent ("One entity [whose members] challenged") and is left as it is."""
    result = []
    for statement in learned:
        source, cue = statement.source, statement.cue
        if source is not None and cue is not None and _opens_with_a_relative_pronoun(source, text):
            whole = [
                r.source for r in rules
                if same_cue(r.cue, cue) and r.source is not None
                and r.source.start < source.start and r.source.end == source.end
            ]
            if whole:
                statement = replace(statement, source=whole[0])  # noqa: PLW2901
        result.append(statement)
    return result


def _opens_with_a_relative_pronoun(source: CharSpan, text: str) -> bool:
    """Whether `source` opens with a relative pronoun written in lower case (a capital "That" or
    "Who" opens a sentence, not a clause)."""
    first = WORD.match(text, source.start, source.end)
    return first is not None and first.group() in RELATIVE_PRONOUNS


def _antecedent(statement: Statement, text: str, mentions: Sequence[Mention]) -> CharSpan | None:
    """The mention right before the comma or dash that opens a relative clause, where that clause
    runs from the statement's source to a comma or dash right before its cue."""
    source, cue = statement.source, statement.cue
    if source is None or cue is None or source.end > cue.start:
        return None
    if source.text_of(text).strip().casefold() not in RELATIVE_PRONOUNS:
        return None
    clause = text[source.end : cue.start].strip()
    opening = text[: source.start].rstrip()
    inside, closing = clause[:-1], clause[-1:]
    if not inside or closing not in _CLAUSE_EDGES or any(mark in inside for mark in _CLAUSE_EDGES):
        return None  # no clause closed right before the cue, or one of several stretches
    if not opening or opening[-1] not in _CLAUSE_EDGES or sentence_ends_between(text, source, cue) > 0:
        return None
    edge = len(opening) - 1
    return _mention_ending_at(edge, text, mentions)


def _mention_ending_at(edge: int, text: str, mentions: Sequence[Mention]) -> CharSpan | None:
    """The mention that ends right before `edge`, or whose appositive does ("[Rutte], NATO's
    secretary-general, who …": the name, not the appositive); the longest of them."""
    def ends_here(span: CharSpan | None) -> bool:
        return span is not None and span.end <= edge and not text[span.end : edge].strip(" ,")

    named = [m.span for m in mentions if ends_here(m.appositive)]
    plain = [m.span for m in mentions if ends_here(m.span)]
    return max(named or plain, key=lambda span: span.end - span.start, default=None)


# Cues that report only through an object of one class (extraction/objects.py): "placed [the toll
# in the hundreds]", "put [the cost at $5 billion]", "classified [the outbreak as a pandemic]".
# The tagger learnt PolNeAR, where they are rare, and seldom tags them;
# the parse finds them with its test of the object. The lemmas as extraction's lexicon gives them
# (stages never import each other, so the list is written here too).
OBJECT_CLASS_LEMMAS = frozenset({"place", "put", "classify"})


def with_object_class_reports(learned: Sequence[Statement], rules: Sequence[Statement]) -> list[Statement]:
    """Learned statements, and each rule statement whose cue reports only through an object of
    one class (OBJECT_CLASS_LEMMAS) and whose content no learned statement shares."""
    added = [
        r for r in rules
        if r.cue_lemma in OBJECT_CLASS_LEMMAS and not any(_shared(r, s) for s in learned)
    ]
    return sorted([*learned, *added], key=lambda s: s.start) if added else list(learned)


def with_continuations_apart(
    learned: Sequence[Statement], rules: Sequence[Statement], text: str
) -> list[Statement]:
    """Learned statements, each content part after the cue that the rules read as a quotation going
    on from the statement ("“A,” he said. “B.”": a rule statement with a `continued_source`) set
    apart as a statement of its own, with no source or cue and the statement's source as the one
    it goes on from.

    The tagger learnt PolNeAR, whose annotators join the two; the Wikinews gold splits them, and
    the second's act is read from its own words (resolve/, a statement without a cue)."""
    going_on = [part for r in rules if r.continued_source is not None for part in r.content]
    result: list[Statement] = []
    for statement in learned:
        apart = _parts_going_on(statement, going_on)
        if not apart:
            result.append(statement)
            continue
        kept = tuple(p for p in statement.content if p not in apart)
        result.append(replace(statement, content=kept, kind=kind_of(text, kept)))
        result.extend(
            replace(statement, content=(p,), kind=kind_of(text, (p,)), cue=None, cue_lemma=None,
                    source=None, continued_source=statement.speaker_source)
            for p in apart
        )
    return result


def _parts_going_on(statement: Statement, going_on: Sequence[CharSpan]) -> list[CharSpan]:
    """The statement's content parts after its cue that overlap `going_on`, unless that is all of them."""
    cue = statement.cue
    if cue is None:
        return []
    apart = [p for p in statement.content if p.start >= cue.end and any(p.overlaps(q) for q in going_on)]
    return apart if len(apart) < len(statement.content) else []


def widened_to_rule_contents(
    learned: Iterable[Statement], rules: Sequence[Statement], text: str
) -> list[Statement]:
    """Learned statements, each whose content lies wholly inside the longer content of a rule
    statement with the same cue given that content.

    The tagger sometimes spans only a fragment of what its cue reports ("[Longer term], according
    to …", "[Despite the assurances], she left, police revealed"): the parse's content for the
    same cue is the whole clause."""
    result = []
    for statement in learned:
        cue = statement.cue
        if cue is None or len(statement.content_text(text).split()) > FRAGMENT_WORDS:
            result.append(statement)
            continue
        wider = [
            r for r in rules
            if same_cue(r.cue, cue)
            and all(any(q.start <= p.start and p.end <= q.end for q in r.content) for p in statement.content)
            and _length(r) > _length(statement)
        ]
        if wider:
            statement = replace(statement, content=wider[0].content, kind=wider[0].kind)  # noqa: PLW2901
        result.append(statement)
    return result


# "Politico quoted [Tim Manning, a former official,] as saying …", "quotes [one man] describing …":
# the one quoted is the speaker of the gerund after it, not content of "quote". The lemma as the
# lexicon gives it; between the object and the gerund's cue only a comma and "as".
QUOTING_LEMMAS = frozenset({"quote"})
_QUOTED_AS = re.compile(r"[\s,]*(?:as\s+)?")


def with_quoted_speakers(learned: Sequence[Statement], text: str) -> list[Statement]:
    """Learned statements, where a quoting cue's unquoted content is the one quoted "as saying"
    or "describing" by a gerund cue right after it: that gerund's statement takes the content as
    its source, and the quoting statement, which named a speaker and reported nothing, goes.

    The tagger learnt PolNeAR, which spans "quoted [X as saying …]" as one content of the quoting
    outlet; the Wikinews gold gives what is said to X. A cue with its lemma (with_cue_lemmas)."""
    speakers: dict[int, CharSpan] = {}  # statement index -> the quoted speaker
    quoting: set[int] = set()
    for k, quote in enumerate(learned):
        if quote.cue_lemma not in QUOTING_LEMMAS or has_quotation_mark(quote.content_text(text)):
            continue
        for j, said in enumerate(learned):
            quoted = _quoted_before(quote, said, text)
            if j != k and quoted is not None:
                speakers[j] = quoted
                quoting.add(k)
    return [
        replace(s, source=speakers[k]) if k in speakers else s
        for k, s in enumerate(learned)
        if k not in quoting
    ]


def _quoted_before(quote: Statement, said: Statement, text: str) -> CharSpan | None:
    """The part of `quote`'s content that ends right before `said`'s gerund cue (", as saying")."""
    cue = said.cue
    first = WORD.findall(cue.text_of(text))[:1] if cue is not None else []
    if cue is None or not first or not first[0].endswith("ing"):
        return None
    for part in quote.content:
        between = text[part.end : cue.start]
        if part.end <= cue.start and _QUOTED_AS.fullmatch(between):
            return _trimmed(part, text)
    return None


def _trimmed(span: CharSpan, text: str) -> CharSpan:
    """`span` less the commas and spaces at its end."""
    end = span.end
    while end > span.start and text[end - 1] in " ,":
        end -= 1
    return CharSpan(span.start, end)


def same_cue(a: CharSpan | None, b: CharSpan | None) -> bool:
    """Whether two statements' cues are one (their spans overlap)."""
    return a is not None and b is not None and a.overlaps(b)


def _length(statement: Statement) -> int:
    return sum(part.end - part.start for part in statement.content)


def _most_shared(statement: Statement, rules: Sequence[Statement]) -> Statement | None:
    """The rule statement whose content shares most characters with `statement`'s (the later on ties)."""
    shared = [(_shared(statement, r), r.start, r) for r in rules]
    best = max(shared, default=None, key=lambda item: item[:2])
    return best[2] if best is not None and best[0] > 0 else None


def _shared(a: Statement, b: Statement) -> int:
    """Characters the contents of two statements share."""
    return sum(max(0, min(p.end, q.end) - max(p.start, q.start)) for p in a.content for q in b.content)


def nearest(
    text: str, span: CharSpan, candidates: Sequence[CharSpan], paragraphs: Sequence[int],
    *, ends: Callable[[str, CharSpan, CharSpan], int] | None = None,
) -> CharSpan | None:
    """The candidate of `span`'s paragraph fewest sentence ends away, then with the smallest gap.

    Counting sentences first keeps "She said. [To win it], she said, […]" together:
    by characters alone the first part went to the previous sentence's cue, two characters away
    (on dev, +0.9 points of unique content F1). `ends` counts them: every mark by default
    (marks_between); a cue's source is sought by the sentences that really end
    (sentence_ends_between), so "the U.S." does not part a speaker from their cue.
    """
    here = paragraph_of(span.start, paragraphs)
    near = [
        ((ends or marks_between)(text, span, c), gap(span, c), c)
        for c in candidates
        if paragraph_of(c.start, paragraphs) == here
    ]
    return min(near)[2] if near else None


def marks_between(text: str, a: CharSpan, b: CharSpan) -> int:
    """How many sentence-final marks (". ", "?\" ", …) lie in the text between two spans,
    abbreviations' periods included: contents go to cues by this count, which was measured so."""
    first, second = (a, b) if a.end <= b.start else (b, a)
    return len(SENTENCE_END.findall(text, first.end, max(first.end, second.start)))


# A quotation that ends its sentence inside its closing mark; not "?" nor "!", which end a quotation
# inside a sentence as often ("“Why not?” Roe asked.").
_CLOSED_QUOTATION = re.compile(r"\.[\"”»]$")


def _closing_mark(text: str, span: CharSpan) -> int:
    """Where to look for the end of `span`'s sentence: at its own final period when it is a
    quotation that ends one inside its closing quotation mark ("“… happened.” His remarks were
    released"), else after it."""
    return span.end - 2 if _CLOSED_QUOTATION.search(text, span.start, span.end) else span.end


def sentence_ends_between(text: str, a: CharSpan, b: CharSpan) -> int:
    """How many sentences end between two spans: the marks that end one (ends_sentence)."""
    first, second = (a, b) if a.end <= b.start else (b, a)
    found = SENTENCE_END.finditer(text, first.end, max(first.end, second.start))
    return sum(1 for end in found if ends_sentence(text, end.start(), end.end()))


def ends_sentence(text: str, mark: int, after: int) -> bool:
    """Whether the mark at `mark` (its quotes and space ending at `after`) ends a sentence: not
    before a lowercase word or a number ("the U.S. envoy", "7 p.m. local time", "Why?" she asked),
    nor after a title or a middle initial. Counted as ends, these put a speaker a sentence away
    from their own cue ("Senator Jo Roe said the U.S. was ready and described …")."""
    following = text[after : after + 1]
    if following.islower() or following.isdigit():
        return False
    return text[mark] != "." or not _ABBREVIATION_BEFORE.search(text, max(0, mark - 20), mark)


def gap(a: CharSpan, b: CharSpan) -> int:
    return max(0, b.start - a.end, a.start - b.end)


def merged_parts(text: str, contents: list[CharSpan], cue: CharSpan | None) -> list[tuple[CharSpan, ...]]:
    """Content parts grouped into statements: a part before the cue and one right after it are one."""
    groups: list[list[CharSpan]] = []
    for content in contents:
        last = groups[-1][-1] if groups else None
        interrupted = (
            last is not None and cue is not None and last.end <= cue.start and cue.end <= content.start
            and content.start - last.end <= merge_gap(text, last, content)
        )
        if interrupted:
            groups[-1].append(content)
        else:
            groups.append([content])
    return [tuple(group) for group in groups]


def merge_gap(text: str, before: CharSpan, after: CharSpan) -> int:
    """How far apart two parts of one content may lie: further when both are quotations."""
    ends = before.text_of(text).strip()[-1:], after.text_of(text).strip()[:1]
    quoted = ends[0] in _QUOTE_EDGES and ends[1] in _QUOTE_EDGES
    return QUOTED_MERGE_GAP if quoted else MERGE_GAP


def kind_of(text: str, parts: Sequence[CharSpan]) -> StatementKind:
    """Direct when every part is wholly quoted, mixed when a part holds quotation marks, else indirect."""
    quoted = [p.text_of(text).strip() for p in parts]
    if all(q[:1] in QUOTE_MARKS and q[-1:] in QUOTE_MARKS + ".,?!" for q in quoted if q):
        return StatementKind.DIRECT
    if any(has_quotation_mark(q) for q in quoted):
        return StatementKind.MIXED
    return StatementKind.INDIRECT


def paragraph_starts(text: str) -> list[int]:
    """Offsets at which each paragraph (a run of text between line breaks) starts."""
    return [0] + [m.end() for m in _PARAGRAPH_BREAK.finditer(text)]


def paragraph_of(offset: int, starts: Sequence[int]) -> int:
    """The index of the paragraph holding `offset`."""
    low, high = 0, len(starts) - 1
    while low < high:  # the last start at or before `offset`
        middle = (low + high + 1) // 2
        if starts[middle] <= offset:
            low = middle
        else:
            high = middle - 1
    return low


def placed(statements: Iterable[Statement], mentions: Sequence[Mention]) -> list[Statement]:
    """Statements given the sentence and paragraph numbers of the rules' mentions around them.

    Speaker resolution weighs candidates by sentence distance, so learned statements borrow the
    numbering of the last mention that starts at or before their cue (or content).
    """
    ordered = sorted(mentions, key=lambda m: m.span.start)
    starts = [m.span.start for m in ordered]
    result = []
    for statement in statements:
        k = bisect_right(starts, (statement.cue or statement.content[0]).start) - 1
        if k >= 0:
            statement = replace(statement, sentence=ordered[k].sentence, paragraph=ordered[k].paragraph)  # noqa: PLW2901
        result.append(statement)
    return result


def with_cue_lemmas(
    statements: Iterable[Statement], text: str, lemma_of_cue: Callable[[str], str | None]
) -> list[Statement]:
    """`statements`, each with the lemma of its cue as written ("has also said" → "say").

    resolve/ reads the speech act and question-and-reply turns from the lemma, as it does on
    the rules path, where extraction sets it.
    """
    return [replace(s, cue_lemma=lemma_of_cue(s.cue.text_of(text))) if s.cue else s for s in statements]


def without_lemmas_of_absent_clauses(
    statements: Iterable[Statement], text: str, that_clause_lemmas: Collection[str]
) -> list[Statement]:
    """`statements`, a cue that reports only a clause opened by "that" (`that_clause_lemmas`, the
    extraction Lexicon's: "hold", "share", "reason") left without its lemma when its content is
    neither that clause nor quoted: "shared [his experience on Facebook]" is a deed the lexicon
    does not know as a report, and is scored as the tagger's cues outside the lexicon are; "He
    holds [that she meets the requirement]" keeps its lemma, as on the rules path."""
    return [
        replace(s, cue_lemma=None)
        if s.cue_lemma in that_clause_lemmas and not _opens_a_that_clause_or_quotes(s.content_text(text))
        else s
        for s in statements
    ]


def _opens_a_that_clause_or_quotes(content: str) -> bool:
    first = [w.casefold() for w in WORD.findall(content)[:1]]
    return first == ["that"] or has_quotation_mark(content)


# "… before voting and Senator Johnny Isakson of Georgia said [repealing it was unacceptable]": a
# second report coordinated with the first, its subject a name (capitalised words, with "of" or
# "the" between them) or a personal pronoun, right after "and", "but" or "while".
_COORDINATED_REPORT = re.compile(
    r"(?:,\s*)?\s\b(?:and|but|while|whereas)\s+"
    r"(?P<source>(?:he|she|they)|[A-Z][\w.'’-]*(?:\s+(?:(?:of|the|de)\s+)?[A-Z][\w.'’-]*){0,7})"
    r"\s+(?P<cue>[a-z]+)\b"
)


def split_coordinated_reports(
    statements: Iterable[Statement],
    text: str,
    lemma_of_cue: Callable[[str], str | None],
    *,
    clause_lemmas: Collection[str],
) -> list[Statement]:
    """`statements`, each content that runs on into a second report cut where that report begins.

    The tagger sometimes spans "she would like a plan before voting and Senator Johnny Isakson
    said repealing it was unacceptable" as one content of "Collins said": the second speaker and
    cue read as words of the first. Where an unquoted stretch of a content holds "and", "but" or
    "while", then a name or pronoun (not after a capitalised word, which would make the "and"
    part of a name: "Search and Rescue"), then a cue of a clause (one of `clause_lemmas`, the
    extraction Lexicon's clause_lemmas: "said", not "told", whose object comes first, nor a deed:
    "and Smith called [the police]"), the content ends before the conjunction, and what follows
    the cue is a statement of its own, with that name as source. A quoted stretch is left whole:
    a quotation may itself report others."""
    result: list[Statement] = []
    for statement in statements:
        result.extend(_split_at_coordinated_report(statement, text, lemma_of_cue, clause_lemmas))
    return result


def _split_at_coordinated_report(
    statement: Statement, text: str, lemma_of_cue: Callable[[str], str | None], clause_lemmas: Collection[str]
) -> list[Statement]:
    for k, part in enumerate(statement.content):
        for match in _COORDINATED_REPORT.finditer(text, part.start, part.end):
            lemma = lemma_of_cue(match["cue"])
            before = text[part.start : match.start()].rstrip()
            quoted = _inside_quotation(text, part.start, match.start())
            if lemma not in clause_lemmas or not before or quoted:
                continue
            if before[-1:].isalpha() and WORD.findall(before)[-1][:1].isupper():
                continue  # "Search and Rescue Agency told": the "and" is inside a name
            rest = text[match.end() : part.end]
            if not rest.strip():
                continue
            first = (*statement.content[:k], CharSpan(part.start, part.start + len(before)))
            rest_start = match.end() + len(rest) - len(rest.lstrip())
            second = (CharSpan(rest_start, part.end), *statement.content[k + 1 :])
            return [
                replace(statement, content=first, kind=kind_of(text, first)),
                replace(statement, content=second, kind=kind_of(text, second),
                        cue=CharSpan(match.start("cue"), match.end("cue")), cue_lemma=lemma,
                        source=CharSpan(match.start("source"), match.end("source"))),
            ]
    return [statement]


def _inside_quotation(text: str, start: int, at: int) -> bool:
    """Whether `at` lies inside a quotation opened after `start`: an odd number of marks between."""
    between = text[start:at]
    straight = between.count('"')
    return straight % 2 == 1 or between.count("“") > between.count("”")
