"""Settings come from the environment when an entry point asks, not when a module is imported."""

from __future__ import annotations

import inspect

import pytest

from quotegraph import settings
from quotegraph.process import process_articles


def test_quotegraph_ner_0_turns_the_entity_recogniser_off_and_anything_else_leaves_it_on() -> None:
    assert settings.type_entities({"QUOTEGRAPH_NER": "0"}) is False
    assert settings.type_entities({"QUOTEGRAPH_NER": "1"}) is True
    assert settings.type_entities({}) is True


def test_the_environment_is_read_when_asked(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("QUOTEGRAPH_NER", "0")
    assert settings.type_entities() is False
    monkeypatch.delenv("QUOTEGRAPH_NER")
    assert settings.type_entities() is True


def test_the_library_default_does_not_depend_on_the_environment() -> None:
    assert inspect.signature(process_articles).parameters["type_entities"].default is True
