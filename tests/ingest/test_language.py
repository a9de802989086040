from __future__ import annotations

import pytest

from quotegraph.ingest import detect_language, keep_languages
from quotegraph.ingest.language import base_language
from quotegraph.records import Article, Failure

ENGLISH = (
    "Dock workers at the northern harbour voted on Monday to walk out next week, after talks over "
    "new night-shift rotas broke down for the third time this year."
)
FRENCH = (
    "Les dockers du port du nord ont voté lundi un arrêt de travail pour la semaine prochaine, après "
    "l'échec d'une troisième série de négociations sur les horaires de nuit."
)
GERMAN = (
    "Die Hafenarbeiter im Norden haben am Montag für einen Streik in der kommenden Woche gestimmt, "
    "nachdem die Gespräche über neue Nachtschichten zum dritten Mal gescheitert waren."
)


@pytest.mark.parametrize(("text", "code"), [(ENGLISH, "en"), (FRENCH, "fr"), (GERMAN, "de")])
def test_detects_the_language_of_a_paragraph(text: str, code: str) -> None:
    assert detect_language(text) == code


@pytest.mark.parametrize("text", ["Rutte said so.", "NATO · Brussels · 2024", ""])
def test_too_short_to_tell(text: str) -> None:
    assert detect_language(text) is None


@pytest.mark.parametrize(
    ("code", "base"), [("en-GB", "en"), ("EN", "en"), ("pt_BR", "pt"), ("", None), (None, None)]
)
def test_base_language(code: str | None, base: str | None) -> None:
    assert base_language(code) == base


def test_other_languages_are_skipped_and_reported_and_the_rest_passes_in_order() -> None:
    items = [
        Article("fr1", FRENCH, language="en"),  # a template that declares English for every page
        Failure("x.html", "no main text"),
        Article("en1", ENGLISH),
        Article("short", "Rutte said so.", language="de"),  # too short to detect: the declared language
        Article("unknown", "Rutte said so."),  # unknown: kept
    ]
    skipped: list[tuple[str, str]] = []

    kept = list(keep_languages(items, ["en"], on_skip=lambda a, why: skipped.append((a.id, why))))

    assert skipped == [("fr1", "language fr, not en"), ("short", "language de, not en")]
    assert [getattr(item, "id", item) for item in kept] == [items[1], "en1", "unknown"]
    assert [getattr(item, "language", None) for item in kept] == [None, "en", None]


def test_several_languages_can_be_kept() -> None:
    items = [Article("fr", FRENCH), Article("de", GERMAN)]

    kept = list(keep_languages(items, ["en", "fr-FR"], on_skip=lambda a, why: None))

    assert [a.id for a in kept if isinstance(a, Article)] == ["fr"]
