"""Which language an article is in, and a filter that skips those the extractor cannot read.

The extraction rules and the spaCy pipeline are English; run on French they find nonsense
rather than nothing. Detection uses py3langid, whose model ships inside its wheel, so it
works offline. A page's declared language (<html lang>, a feed's <language>) is only a
fallback: site templates often declare "en" for every page.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Iterator
from dataclasses import replace
from functools import cache
from typing import Any

from quotegraph.records import Article, Failure

# Below these, detection is a guess: a headline of proper names reads as any language.
MIN_LETTERS = 40
MIN_CONFIDENCE = 0.9
_SAMPLE_CHARS = 3000  # the opening of an article tells its language as well as the whole

OnSkip = Callable[[Article, str], None]


@cache
def _identifier() -> Any:
    try:
        from py3langid import langid  # noqa: PLC0415 - optional, and 0.4 s to load its model
    except ImportError:
        return None
    return langid.LanguageIdentifier.from_model_file(langid.MODEL_FILE, norm_probs=True)


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of the language of `text`, or None when it cannot tell with confidence.

    None also when py3langid is not installed; callers then rely on declared languages.
    """
    sample = text[:_SAMPLE_CHARS]
    if sum(char.isalpha() for char in sample) < MIN_LETTERS:
        return None
    identifier = _identifier()
    if identifier is None:
        return None
    code, confidence = identifier.classify(sample)
    return str(code) if confidence >= MIN_CONFIDENCE else None


def base_language(code: str | None) -> str | None:
    """"en" for "en-GB", "EN", "en_US"; None for None or an empty code."""
    if not code:
        return None
    return code.replace("_", "-").split("-")[0].strip().lower() or None


def keep_languages(
    items: Iterable[Article | Failure], languages: Collection[str], *, on_skip: OnSkip
) -> Iterator[Article | Failure]:
    """`items` without the articles in other languages, each reported to `on_skip`.

    Every article kept has its `language` set to the detected one when detection is
    confident, else to the one it declared. Articles whose language is unknown are kept:
    dropping what cannot be identified would lose short English articles.
    """
    wanted = {base_language(code) for code in languages}
    for item in items:
        if isinstance(item, Failure):
            yield item
            continue
        language = detect_language(item.text) or base_language(item.language)
        if language is not None and language not in wanted:
            on_skip(item, f"language {language}, not {'/'.join(sorted(str(w) for w in wanted))}")
            continue
        yield item if language == item.language else replace(item, language=language)
