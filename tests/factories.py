"""Hand-made ArticleResults for store, API and browser tests: no spaCy needed."""

from __future__ import annotations

from quotegraph.records import (
    Article,
    ArticleResult,
    CharSpan,
    EntityKind,
    Mention,
    MentionKind,
    SpeakerGender,
    Statement,
    StatementKind,
    Target,
)


def span_of(text: str, part: str, start: int = 0) -> CharSpan:
    at = text.index(part, start)
    return CharSpan(at, at + len(part))


def name_mention(text: str, name: str) -> Mention:
    span = span_of(text, name)
    return Mention(span=span, text=name, kind=MentionKind.NAME, head=span, sentence=0, paragraph=0)


def statement(
    text: str,
    article_id: str,
    content: str,
    *,
    cue: str = "said",
    source: str | None = None,
    speaker: str | None = None,
    speaker_id: str | None = None,
    act: str | None = None,
    about: tuple[tuple[str, str], ...] = (),
    kind: StatementKind = StatementKind.DIRECT,
    gender: SpeakerGender = SpeakerGender.UNKNOWN,
    confidence: float = 1.0,
) -> Statement:
    """A statement whose spans are found by searching `text` for the strings given."""
    content_span = span_of(text, content)
    return Statement(
        article_id=article_id,
        kind=kind,
        content=(content_span,),
        cue=_near(text, cue, content_span),
        cue_lemma="say",
        source=_near(text, source, content_span) if source else None,
        speaker=speaker,
        speaker_id=speaker_id,
        speaker_kind=EntityKind.PERSON if speaker else None,
        act=act,
        speaker_gender=gender,
        speaker_gender_evidence=int(gender is not SpeakerGender.UNKNOWN),
        confidence=confidence,
        targets=tuple(
            Target(
                name=name,
                entity_id=entity_id,
                kind=EntityKind.STATE,
                mention=span_of(text, name, content_span.start),
            )
            for name, entity_id in about
        ),
    )


def _near(text: str, part: str, content: CharSpan) -> CharSpan:
    """`part` after the content when it occurs there (“…,” Rutte said), else its first occurrence."""
    return span_of(text, part, content.end) if part in text[content.end :] else span_of(text, part)


SUMMIT = (
    "“We will not send troops to Ukraine,” Mark Rutte said on Monday.\n\n"
    "Olaf Scholz said that Germany would keep its promises to Ukraine.\n\n"
    "“Russia must withdraw,” Rutte said."
)
HARBOUR = (
    "“The strike ends when wages rise,” union leader Ana Lopes said.\n\n"
    "The port authority said the strike cost millions."
)
BUDGET = "“Taxes will not rise this year,” Mayor Ana Lopes said. Critics called the budget “a fantasy”."


def summit(text: str = SUMMIT, *, published: str = "2024-06-10") -> ArticleResult:
    article = Article(
        id="summit",
        text=text,
        url="https://example.org/summit",
        outlet="Example Post",
        title="Allies meet at summit",
        published=published,
    )
    statements = (
        statement(
            text,
            "summit",
            "“We will not send troops to Ukraine,”",
            source="Mark Rutte",
            speaker="Mark Rutte",
            speaker_id="Q57792",
            act="reject",
            about=(("Ukraine", "ukraine"),),
            gender=SpeakerGender.MALE,
        ),
        statement(
            text,
            "summit",
            "that Germany would keep its promises to Ukraine",
            source="Olaf Scholz",
            speaker="Olaf Scholz",
            speaker_id="Q61053",
            act="promise",
            kind=StatementKind.INDIRECT,
            about=(("Germany", "germany"), ("Ukraine", "ukraine")),
            confidence=0.7,
        ),
        statement(
            text,
            "summit",
            "“Russia must withdraw,”",
            source="Rutte",
            speaker="Mark Rutte",
            speaker_id="Q57792",
            act="demand",
            about=(("Russia", "russia"),),
        ),
    )
    mentions = (
        name_mention(text, "Mark Rutte"),
        name_mention(text, "Olaf Scholz"),
        Mention(
            span_of(text, "Rutte", text.index("Russia")),
            "Rutte",
            MentionKind.NAME,
            span_of(text, "Rutte", text.index("Russia")),
            2,
            2,
        ),
    )
    return ArticleResult(article, statements, mentions)


def harbour() -> ArticleResult:
    text = HARBOUR
    article = Article(
        id="harbour", text=text, outlet="Coast News", title="Harbour strike goes on", published="2024-03-02"
    )
    statements = (
        statement(
            text,
            "harbour",
            "“The strike ends when wages rise,”",
            source="Ana Lopes",
            speaker="Ana Lopes",
            act="claim",
            gender=SpeakerGender.FEMALE,
        ),
        statement(
            text,
            "harbour",
            "the strike cost millions",
            source="The port authority",
            kind=StatementKind.INDIRECT,
            confidence=0.35,
        ),
    )
    return ArticleResult(article, statements, (name_mention(text, "Ana Lopes"),))


def budget() -> ArticleResult:
    text = BUDGET
    article = Article(id="budget", text=text, outlet="City Daily", title="Budget row", published="2023-11-20")
    statements = (
        statement(
            text,
            "budget",
            "“Taxes will not rise this year,”",
            source="Mayor Ana Lopes",
            speaker="Ana Lopes",
            act="promise",
        ),
    )
    return ArticleResult(article, statements, (name_mention(text, "Ana Lopes"),))


WIRE = '"We will not send troops to Ukraine." NATO chief Mark Rutte said on Sunday.'


def wire(*, published: str = "2024-06-09") -> ArticleResult:
    """Rutte's first quote in `summit`, as wire copy in another outlet: straight marks, a full stop."""
    text = WIRE
    article = Article(
        id="wire",
        text=text,
        url="https://wire.example/rutte",
        outlet="Wire Service",
        title="Rutte rules out troops",
        published=published,
    )
    quote = statement(
        text,
        "wire",
        '"We will not send troops to Ukraine."',
        source="Mark Rutte",
        speaker="Mark Rutte",
        speaker_id="Q57792",
        act="reject",
        about=(("Ukraine", "ukraine"),),
    )
    return ArticleResult(article, (quote,), (name_mention(text, "Mark Rutte"),))


def all_results() -> list[ArticleResult]:
    return [summit(), harbour(), budget()]


# A small newsroom for the pictures: invented people, outlets and months, hand-made records.
NEWSROOM_SPEAKERS = (
    ("Mara Lind", "mara-lind", EntityKind.PERSON, SpeakerGender.FEMALE),
    ("Tomas Berg", "tomas-berg", EntityKind.PERSON, SpeakerGender.MALE),
    ("Ines Duarte", "ines-duarte", EntityKind.PERSON, SpeakerGender.FEMALE),
    ("Karl Weber", "karl-weber", EntityKind.PERSON, SpeakerGender.MALE),
    ("Sam Okoro", "sam-okoro", EntityKind.PERSON, SpeakerGender.UNKNOWN),
    ("Health Ministry", "health-ministry", EntityKind.ORGANISATION, SpeakerGender.UNKNOWN),
)
NEWSROOM_TARGETS = (
    ("Ukraine", "ukraine", EntityKind.STATE),
    ("Russia", "russia", EntityKind.STATE),
    ("the EU", "org:eu", EntityKind.ORGANISATION),
    ("Tomas Berg", "tomas-berg", EntityKind.PERSON),
    ("Ines Duarte", "ines-duarte", EntityKind.PERSON),
)
NEWSROOM_ACTS = ("praise", "agree", "accuse", "reject", "warn", "state", "promise", "demand")
NEWSROOM_OUTLETS = ("Example Post", "Coast News", "City Daily", "Wire Service")


def newsroom(articles: int = 36, seed: int = 3) -> list[ArticleResult]:
    """`articles` articles of two or three statements each, over six months of 2024."""
    import random

    rng = random.Random(seed)
    results = []
    for number in range(articles):
        sentences, drawn = [], []
        for _ in range(rng.randint(2, 3)):
            speaker = rng.choice(NEWSROOM_SPEAKERS[: 3 + number % 4])
            target = rng.choice([t for t in NEWSROOM_TARGETS if t[1] != speaker[1]])
            content = f"“We have to talk about {target[0]} this week,”"
            sentences.append(f"{content} {speaker[0]} said.")
            drawn.append((content, speaker, target))
        text = "\n\n".join(sentences)
        article_id = f"news-{number:02d}"
        statements, at = [], 0
        for content, (name, speaker_id, kind, gender), (target_name, target_id, target_kind) in drawn:
            content_span = span_of(text, content, at)
            source = span_of(text, name, content_span.end)
            mention = span_of(text, target_name, content_span.start)
            at = source.end
            statements.append(
                Statement(
                    article_id=article_id, kind=StatementKind.DIRECT, content=(content_span,),
                    cue=span_of(text, "said", source.end), cue_lemma="say", source=source, speaker=name,
                    speaker_id=speaker_id, speaker_kind=kind, speaker_gender=gender,
                    speaker_gender_evidence=int(gender is not SpeakerGender.UNKNOWN),
                    act=rng.choice(NEWSROOM_ACTS),
                    targets=(Target(target_name, target_id, target_kind, mention),),
                )
            )  # fmt: skip
        article = Article(
            id=article_id, text=text, outlet=rng.choice(NEWSROOM_OUTLETS), title=f"Talks, week {number + 1}",
            published=f"2024-{1 + number % 6:02d}-{1 + (number * 7) % 28:02d}",
        )  # fmt: skip
        results.append(ArticleResult(article, tuple(statements)))
    return results
