"""Resource bounds: an article over a limit, or failing part-way, is exactly one Failure."""

from __future__ import annotations

import time
from collections.abc import Iterator
from typing import Any

import pytest

from quotegraph import process
from quotegraph.limits import ArticleLimits, TimeLimitExceeded, time_limit
from quotegraph.process import chunk_text, process_articles
from quotegraph.records import Article, ArticleResult, Failure

QUOTE = "“We will win,” Rutte said."
PARAGRAPH = "He said that the talks would go on. " * 4


def outcome(items: list[ArticleResult | Failure]) -> list[tuple[str, str | None]]:
    """(kind, article id) of each item, to compare sequences at a glance."""
    return [
        ("failure", i.article_id) if isinstance(i, Failure) else ("result", i.article.id) for i in items
    ]


def long_article(article_id: str, middle: str) -> Article:
    paragraphs = [PARAGRAPH.strip(), middle, PARAGRAPH.strip(), QUOTE]
    return Article(id=article_id, text="\n\n".join(paragraphs), origin=f"{article_id}.txt")


def test_a_failure_on_a_middle_chunk_gives_one_failure_and_no_partial_result(
    nlp: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    analyse = process.analyse_doc

    def failing_on_boom(doc: Any, **kwargs: Any) -> Any:
        if "BOOM" in doc.text:
            raise RuntimeError("boom")
        return analyse(doc, **kwargs)

    monkeypatch.setattr(process, "analyse_doc", failing_on_boom)
    article = long_article("bad", "BOOM went the chunk.")
    assert len(chunk_text(article.text, 160)) >= 3  # the bad chunk is neither first nor last

    items = list(process_articles([article, Article(id="good", text=QUOTE)], nlp, max_chunk_chars=160))

    assert outcome(items) == [("failure", "bad"), ("result", "good")]
    assert "extraction failed: RuntimeError: boom" in str(items[0])
    assert str(items[0]).startswith("bad.txt: ")


def test_a_chunked_article_without_failure_is_one_result(nlp: Any) -> None:
    article = long_article("fine", "Nothing happened here.")

    items = list(process_articles([article], nlp, max_chunk_chars=160))

    assert outcome(items) == [("result", "fine")]


def test_an_article_over_max_chars_is_reported_and_the_rest_go_on(nlp: Any) -> None:
    huge = Article(id="huge", text="word " * 100)
    articles = [Article(id="a", text=QUOTE), huge, Article(id="b", text=QUOTE)]

    items = list(process_articles(articles, nlp, limits=ArticleLimits(max_chars=len(QUOTE))))

    assert outcome(items) == [("result", "a"), ("failure", "huge"), ("result", "b")]
    assert "too long: 500 characters, over the limit of 26 per article" in str(items[1])


def test_an_article_over_the_time_limit_is_stopped_and_reported(
    nlp: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    analyse = process.analyse_doc

    def slow_on_stall(doc: Any, **kwargs: Any) -> Any:
        if "stall" in doc.text:
            time.sleep(30)
        return analyse(doc, **kwargs)

    monkeypatch.setattr(process, "analyse_doc", slow_on_stall)
    articles = [Article(id="slow", text="They stall, he said."), Article(id="b", text=QUOTE)]
    started = time.monotonic()

    items = list(process_articles(articles, nlp, limits=ArticleLimits(timeout_s=0.5)))

    assert time.monotonic() - started < 10  # interrupted, not slept through
    assert outcome(items) == [("failure", "slow"), ("result", "b")]
    assert "time limit of 0.5 s per article" in str(items[0])


class SlowParser:
    """A pipeline stand-in whose parse of a text containing "stall" takes far too long."""

    def __init__(self, nlp: Any) -> None:
        self.nlp = nlp
        self.component_names = nlp.component_names

    def get_pipe(self, name: str) -> Any:
        return self.nlp.get_pipe(name)

    def pipe(self, pairs: Any, **kwargs: Any) -> Iterator[Any]:
        pairs = list(pairs)
        if any("stall" in text for text, _ in pairs):
            time.sleep(30)
        return self.nlp.pipe(pairs, **kwargs)

    def __call__(self, text: str) -> Any:
        if "stall" in text:
            time.sleep(30)
        return self.nlp(text)


def test_a_slow_parse_fails_only_its_own_article_in_the_batch(nlp: Any) -> None:
    articles = [Article(id="a", text=QUOTE), Article(id="slow", text="stall"), Article(id="b", text=QUOTE)]

    items = list(process_articles(articles, SlowParser(nlp), limits=ArticleLimits(timeout_s=0.5)))

    assert outcome(items) == [("result", "a"), ("failure", "slow"), ("result", "b")]


class BrokenParser(SlowParser):
    def pipe(self, pairs: Any, **kwargs: Any) -> Iterator[Any]:
        raise RuntimeError("batch broke")

    def __call__(self, text: str) -> Any:
        if "bad" in text:
            raise RuntimeError("bad text")
        return self.nlp(text)


def test_a_parse_error_fails_only_its_own_article(nlp: Any) -> None:
    articles = [Article(id="a", text=QUOTE), Article(id="x", text="bad"), Article(id="b", text=QUOTE)]

    items = list(process_articles(articles, BrokenParser(nlp)))

    assert outcome(items) == [("result", "a"), ("failure", "x"), ("result", "b")]
    assert "parsing failed: RuntimeError: bad text" in str(items[1])


def test_time_limit_interrupts_the_main_thread() -> None:
    started = time.monotonic()
    with pytest.raises(TimeLimitExceeded), time_limit(0.2):
        time.sleep(10)
    assert time.monotonic() - started < 5


def test_time_limit_off_a_main_thread_reports_after_the_fact() -> None:
    import threading

    raised: list[bool] = []

    def work() -> None:
        try:
            with time_limit(0.05):
                time.sleep(0.2)
        except TimeLimitExceeded:
            raised.append(True)

    thread = threading.Thread(target=work)
    thread.start()
    thread.join()
    assert raised == [True]


@pytest.mark.parametrize("limits", [{"max_chars": 0}, {"timeout_s": 0.0}, {"timeout_s": -1.0}])
def test_limits_must_be_positive(limits: dict[str, Any]) -> None:
    with pytest.raises(ValueError, match="must be positive"):
        ArticleLimits(**limits)


def test_the_chunks_of_a_long_article_are_not_parsed_in_one_batch(
    nlp: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A parse batch is bounded in characters, so one long article never has all its Docs alive."""
    batches: list[int] = []
    pipe = nlp.pipe

    def recording_pipe(texts: Any, **kwargs: Any) -> Any:
        texts = list(texts)
        batches.append(sum(len(text) for text, _ in texts))
        return pipe(texts, **kwargs)

    monkeypatch.setattr(nlp, "pipe", recording_pipe)
    monkeypatch.setattr(process, "BATCH_CHARS", 300)
    article = Article(id="long", text="\n\n".join([PARAGRAPH.strip()] * 12 + [QUOTE]))

    results = list(process_articles([article], nlp, max_chunk_chars=160, batch_size=16))

    assert outcome(results) == [("result", "long")]
    assert len(batches) > 1 and sum(batches) == len(article.text)
    assert all(size < 300 + 160 for size in batches)
    assert [s.speaker for s in results[0].statements][-1] == "Rutte"
