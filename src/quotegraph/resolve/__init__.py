"""Who is the speaker, how they spoke, and whom the content is about. Records in, records out.

    chains.py        the article's referents: name chains, titles and appositives
    name_kinds.py    what kind of entity a name mention names: person, organisation, state, place
    matching.py      which earlier referent a name continues
    referents.py     one referent: name, kind, roles, gender, salience
    kinds.py         a mention's kind: the recogniser's label, a guess, institutions with titles
    surnames.py      a name the recogniser cut after a given name, carried on to its surname
    people.py        whether names are a person's, and the same person's
    institutions.py  institutions' whole names, "The", acronyms
    phrases.py       a source phrase's head, possessor, modifiers, complement and apposition
    speakers.py      source → speaker: names, appositions, joint speakers, metonyms
    pronouns.py      a pronoun's antecedent: salience, agreement, turn-taking
    animacy.py       whether a description names a thing, which no "they" takes up
    source_spans.py  a source span the parser cut or displaced, mended on the text
    descriptions.py  roles, spokespeople, offices, documents, studies, governments
    issuers.py       who issued a document, who wrote a study
    kin.py           "the father", "his mother", "the couple": relatives by family name
    groups.py        counted plurals: "both nations", "the two leaders"
    campaigns.py     "the Biden campaign", "his campaign", "the campaign"
    offices.py       a role's holder, an organisation noun's body, a government's state
    resolved.py      the Speaker answer, and the kind of a description that names nobody
    names.py         canonical names: titles, honorifics, diacritics and transliteration folding
    demonyms.py      demonyms and the states they name
    roles.py         whether a role split off a name is a role, and a person's
    name_marks.py    marks around a name that are not part of it: possessive, acronym, nickname
    given_names.py   common female and male given names
    entities.py      stable ids, capitals for states, the user's alias file
    acts.py          speech acts (the gold conventions' list), negation and hedges
    content_acts.py  the act a neutral cue's content performs
    cue_words.py     the act tables of cues: lemmas, particles, act nouns, negation and hedges
    content_words.py the word lists a content's act is read from (demand, promise, refusal, denial …)
    clause_words.py  the grammar those lists share: a clause's start, the speaker as subject, the future
    stance_words.py  what a speaker holds: praise, esteem, agreement, intention, belief, admission
    forecast_words.py what will come about, and what only may
    fault_words.py   the words of fault: accusations, wrongs alleged, wrongs found absent
    targets.py       entities named in the content or as the cue's object
    gender.py        the speaker's gender from pronouns, honorifics and roles in the article
    outlets.py       the article's own outlet as a source: the writer's doings, dropped

No spaCy here: everything comes from the Statements and Mentions extract/ produced.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from quotegraph.records import Article, CharSpan, EntityKind, Mention, Statement, StatementKind, Target
from quotegraph.resolve.acts import Act, act_lemma, speech_act
from quotegraph.resolve.chains import Chains
from quotegraph.resolve.content_acts import act_of_content
from quotegraph.resolve.entities import NO_ALIASES, AliasTable, entity_id, load_aliases
from quotegraph.resolve.gender import with_speaker_gender
from quotegraph.resolve.outlets import without_the_outlets_own
from quotegraph.resolve.referents import Referent
from quotegraph.resolve.resolved import Speaker
from quotegraph.resolve.source_spans import with_participial_asides
from quotegraph.resolve.speakers import SpeakerResolver
from quotegraph.resolve.targets import targets_of

__all__ = [
    "NO_ALIASES",
    "Act",
    "AliasTable",
    "entity_id",
    "load_alias_table",
    "load_aliases",
    "resolve_statements",
    "with_participial_asides",
    "without_the_outlets_own",
]

# Kinds whose descriptions ("a senior official") name nobody: their ids stay within one article.
ARTICLE_SCOPED = frozenset({EntityKind.ANONYMOUS, EntityKind.GROUP, EntityKind.ARTIFACT, EntityKind.UNKNOWN})
_CLAUSE_BREAK = re.compile(r"[.!?;:\n\u201c\u201d\"]|,\s")


def resolve_statements(
    article: Article,
    statements: Sequence[Statement],
    mentions: Sequence[Mention],
    *,
    aliases: AliasTable = NO_ALIASES,
    set_aside: Sequence[Statement] = (),
) -> list[Statement]:
    """Statements with speaker, speaker id, kind and gender, role, affiliation, act, negation and targets.

    Args:
        article: the article the offsets refer to.
        statements: its statements in text order, as extract/ found them.
        mentions: its name, pronoun and noun-phrase mentions.
        aliases: the user's alias table (see load_aliases); it overrides every other rule.
        set_aside: what extract/ found and set aside as no attribution ("Smith offered flights"):
            none is returned, but each speaker is read in its place, as part of the discourse
            that later pronouns are resolved against. Their cues report nothing of their own, so
            a source keeps a relative clause that holds one ("AFP, which cited sources close to
            the investigation, …"; source_spans._before_reporting_clause).
    """
    mentions = sorted(mentions, key=lambda m: m.span)
    chains = Chains(article, mentions)
    cues = [statement.cue for statement in statements if statement.cue is not None]
    resolver = SpeakerResolver(article, mentions, chains, cues)
    naming = _Naming(article.id, aliases)
    aside = _not_among(set_aside, statements)
    resolved = []
    reported = {id(statement) for statement in statements}
    for statement in sorted([*statements, *aside], key=_source_order):
        speaker = resolver.resolve(_as_said(statement))
        if id(statement) not in reported:
            continue  # a deed or a report set aside: its speaker stays in the history, no more
        # the source as the speaker was read from it, where the parser cut or displaced it
        written = replace(statement, source=resolver.written_source(statement, cues))
        written = _content_after_source(written, article.text)
        resolved.append(_with_speaker(written, speaker, naming, article.text))
    resolved.sort(key=lambda s: (s.start, s.cue.start if s.cue else 0))
    finished = [_with_act_and_targets(s, article.text, chains, naming) for s in resolved]
    return with_speaker_gender(article, finished, mentions)


class _Naming:
    """Canonical names and ids, with the alias file applied first."""

    def __init__(self, article_id: str, aliases: AliasTable) -> None:
        self.article_id = article_id
        self.aliases = aliases

    def canonical(self, name: str, kind: EntityKind, *surface: str) -> tuple[str, str, EntityKind]:
        """(name, id, kind) for an entity called `name` and written as `surface`."""
        alias = self.aliases.find(name, *surface)
        if alias is not None:
            kind = alias.kind or kind
            return alias.name, entity_id(kind, alias.name, wikidata=alias.wikidata), kind
        scope = self.article_id if kind in ARTICLE_SCOPED else ""
        return name, entity_id(kind, name, scope=scope), kind

    def target(self, referent: Referent, mention: CharSpan, text: str) -> Target:
        name, ident, kind = self.canonical(referent.name, referent.kind, mention.text_of(text))
        return Target(name=name, entity_id=ident, kind=kind, mention=mention)


def _content_after_source(statement: Statement, text: str) -> Statement:
    """The statement with its content starting after its written source where that source, mended
    to take in an apposed name, now runs into the content's start ("According to her boyfriend,
    Ashton Matheny, they had planned …": the parser gave the name to the clause, the source took
    it back); a content that holds its whole source is left as it is."""
    source, content = statement.source, statement.content
    if source is None or not content:
        return statement
    first = content[0]
    if not source.start < first.start < source.end < first.end:
        return statement
    start = source.end
    while start < first.end and (text[start].isspace() or text[start] in ",;:"):
        start += 1
    if start == first.end:
        return statement
    return replace(statement, content=(CharSpan(start, first.end), *content[1:]))


def _not_among(set_aside: Sequence[Statement], statements: Sequence[Statement]) -> list[Statement]:
    """Those of `set_aside` whose cue no statement has: the learned path may keep what the rules
    set aside (under conventions that count it), which is then read once, as a statement."""
    cues = {statement.cue for statement in statements if statement.cue is not None}
    return [s for s in set_aside if s.cue is None or not any(s.cue.overlaps(cue) for cue in cues)]


def _source_order(statement: Statement) -> int:
    source = statement.speaker_source
    return source.start if source else statement.start


def _as_said(statement: Statement) -> Statement:
    """`statement` as the speaker resolver reads it: a continuation with the source it goes on
    from, so that it is resolved as the statement it continues is, at the same place in the
    article's order of sources (the resolver reads earlier speakers for pronouns)."""
    if statement.source is not None or statement.continued_source is None:
        return statement
    return replace(statement, source=statement.continued_source)


def _with_speaker(statement: Statement, speaker: Speaker | None, naming: _Naming, text: str) -> Statement:
    if speaker is None:
        return replace(
            statement, speaker=None, speaker_id=None, speaker_kind=None, role=None, affiliation=None
        )
    source = statement.speaker_source
    surface = source.text_of(text) if source else ""
    name, ident, kind = naming.canonical(speaker.name, speaker.kind, surface)
    return replace(
        statement,
        speaker=name,
        speaker_id=ident,
        speaker_kind=kind,
        role=speaker.role or None,
        affiliation=speaker.affiliation or None,
    )


def _with_act_and_targets(
    statement: Statement, text: str, chains: Chains, naming: _Naming
) -> Statement:
    act, negated = _act_of(statement, text)
    targets = targets_of(
        statement,
        text,
        chains,
        to_target=lambda referent, span: naming.target(referent, span, text),
        speaker_id=statement.speaker_id,
    )
    return replace(statement, act=act, negated=negated, targets=targets)


def _act_of(statement: Statement, text: str) -> tuple[str, bool]:
    if statement.cue is None:  # a quotation that goes on from its speaker's last one: its words act
        found = act_of_content(statement.content_text(text), direct=statement.kind is StatementKind.DIRECT)
        return found or Act.STATE.value, False
    cue = statement.cue
    return speech_act(
        act_lemma(statement.cue_lemma, cue.text_of(text)),
        cue.text_of(text),
        _clause_before(statement, text),
        _text_after(statement, text),
        statement.content_text(text),
        direct=statement.kind is StatementKind.DIRECT,
        rest=_rest_of_clause(statement, text),
        source=statement.source.text_of(text) if statement.source else "",
    )


def _clause_before(statement: Statement, text: str) -> str:
    """The words of the cue's clause before it: "Kern did not" in "Kern did not rule out…"."""
    assert statement.cue is not None
    start = statement.cue.start
    if statement.source is not None and statement.source.end <= start:
        start_of_clause = statement.source.end
    else:
        breaks = list(_CLAUSE_BREAK.finditer(text, max(0, start - 80), start))
        start_of_clause = breaks[-1].end() if breaks else max(0, start - 80)
    return text[start_of_clause:start]


def _text_after(statement: Statement, text: str) -> str:
    """The words between the cue and its content (or the clause end): its object, particle."""
    assert statement.cue is not None
    end = statement.cue.end
    later = [p.start for p in statement.content if p.start >= end]
    stop = later[0] if later else min(len(text), end + 80)
    found = _CLAUSE_BREAK.search(text, end, stop) if not later else None
    return text[end : found.start() if found else stop]


# Where the clause of a content ends: a sentence end (a quotation's closing mark included) or a
# comma; "called the stabbing “an act of barbarity.”" keeps its complement.
_CLAUSE_END = re.compile(r"[.!?;]+[\u201d\u2019\"']?(?=\s|$)|,\s|\n")
# A content that closes its sentence itself (called [Antifa an “idea.”]) leaves no rest: what follows
# is the next sentence's; an editor's bracketed stop closes it too ("… what the science may say[.]”").
_CLOSES_SENTENCE = re.compile(r"[.!?;]+\]?[\u201d\u2019\"']?$")


def _rest_of_clause(statement: Statement, text: str) -> str:
    """The words after a content that follows its cue, up to the clause end ("[it] a disgrace")."""
    if statement.cue is None or not statement.content or statement.cue.end > statement.content[0].start:
        return ""
    end = statement.content[-1].end
    if _CLOSES_SENTENCE.search(text, max(0, end - 4), end):
        return ""
    found = _CLAUSE_END.search(text, end, min(len(text), end + 120))
    if found is not None and found.start() == end:
        return ""
    return text[end : found.end() if found else min(len(text), end + 120)]


def load_alias_table(path: str | None) -> AliasTable:
    """The alias table at `path`, or the empty one: what `--aliases FILE` should pass on."""
    return load_aliases(path) if path else NO_ALIASES
