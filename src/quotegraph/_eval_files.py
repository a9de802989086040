"""Attribution JSONL files read and checked, with one InvalidInput naming file:line for a bad line.

Private to quotegraph.evaluate, which re-exports `read_attribution_file`.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from quotegraph._eval_units import ROLES
from quotegraph.errors import InvalidInput


def read_attribution_file(path: str | Path, *, need_text: bool = True) -> dict[str, dict[str, Any]]:
    """Documents of an attribution JSONL file keyed by id; InvalidInput names file:line of a bad one.

    Gold files need each document's `text` (`need_text`); prediction files may omit it.
    """
    documents: dict[str, dict[str, Any]] = {}
    try:
        with open(path, encoding="utf-8") as handle:
            for number, line in enumerate(handle, start=1):
                if line.strip():
                    _add_document(documents, line, where=f"{path}:{number}", need_text=need_text)
    except OSError as error:
        raise InvalidInput(str(path), f"cannot read: {error.strerror or error}") from None
    except UnicodeDecodeError:
        raise InvalidInput(str(path), "not UTF-8 text") from None
    return documents


def _add_document(documents: dict[str, dict[str, Any]], line: str, *, where: str, need_text: bool) -> None:
    try:
        document = json.loads(line)
    except json.JSONDecodeError as error:
        raise InvalidInput(where, f"not JSON ({error.msg} at column {error.colno})") from None
    problem = document_problem(document, need_text=need_text)
    if problem:
        raise InvalidInput(where, problem)
    if document["id"] in documents:
        raise InvalidInput(where, f"duplicate id {document['id']!r}")
    documents[document["id"]] = document


def document_problem(document: Any, *, need_text: bool) -> str | None:
    """What makes `document` unusable as an attribution document, or None when it is fine."""
    if not isinstance(document, dict):
        return f"expected a JSON object, found {type(document).__name__}"
    if not isinstance(document.get("id"), str):
        return "no string 'id'"
    text = document.get("text")
    if (need_text or text is not None) and not isinstance(text, str):
        return "no string 'text'" if need_text else "'text' is not a string"
    attributions = document.get("attributions", [])
    if not isinstance(attributions, list):
        return "'attributions' is not a list"
    for index, attribution in enumerate(attributions):
        problem = attribution_problem(attribution)
        if problem:
            return f"attribution {index}: {problem}"
    return None


def attribution_problem(attribution: Any) -> str | None:
    """What is wrong with one attribution's spans or names, or None."""
    if not isinstance(attribution, dict):
        return "not a JSON object"
    for role in ROLES:
        if not _is_pair_list(attribution.get(role) or []):
            return f"'{role}' is not a list of [start, end] integer pairs"
    aliases = attribution.get("speaker_aliases") or []
    if not isinstance(aliases, list):
        return "'speaker_aliases' is not a list"
    return None


def _is_pair_list(value: Any) -> bool:
    def is_offset(x: Any) -> bool:
        return isinstance(x, int) and not isinstance(x, bool)

    return isinstance(value, list) and all(
        isinstance(pair, list) and len(pair) == 2 and all(is_offset(x) for x in pair) for pair in value
    )
