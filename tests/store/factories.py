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
