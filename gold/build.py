"""Build a gold set's JSONL files (../shared/eval/FORMAT.md) from its texts and annotations.

Annotators write what they read, never offsets: each attribution names its spans by the words
they cover, and this script finds them in the article text. A gold folder holds

    manifest.yaml             one entry per article: id, title, url, date, kind, split, …
    articles/<id>.txt         the article text every offset refers to
    annotations/<id>.yaml     {id, attributions: [...]} (see ANNOTATING.md beside the set)

and gets dev.jsonl and test.jsonl, written by `python gold/build.py gold/wikinews`.

How a written span becomes offsets:

* A snippet is the exact text of the span. Where those words occur more than once, the
  annotator writes more of the surrounding text and marks the span inside it with ⟦ and ⟧:
  "“Yes,” ⟦he⟧ said" is the "he" of that phrase.
* A content part must be unique in the whole article (with its context, if marked).
* A source or cue is looked for in the paragraph of the content's first part: it must occur
  there exactly once. When it does not occur there at all (a colon line in the paragraph
  before, a speaker named earlier), it must be unique in the whole article.

Anything ambiguous or missing stops the build with a message naming the article and the
attribution, so a gold file never holds a span chosen by accident.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

OPEN, CLOSE = "\u27e6", "\u27e7"  # ⟦ ⟧: never found in news text
TYPES = ("direct", "indirect", "mixed")
ACTS = (
    "state", "ask", "claim", "deny", "reject", "accuse", "praise", "warn", "demand",
    "promise", "agree", "predict", "belief", "intention",
)
SPLITS = ("train", "dev", "test")
LICENCE = (
    "Text from Wikinews (https://en.wikinews.org), licensed under the Creative Commons "
    "Attribution 2.5 licence (https://creativecommons.org/licenses/by/2.5/)."
)
MANIFEST_KEYS = ("id", "title", "url", "date", "kind", "split")
PARAGRAPH_BREAK = re.compile(r"\n\s*\n")


class GoldError(Exception):
    """An annotation that cannot be turned into offsets; the message says where and why."""


@dataclass(frozen=True)
class Snippet:
    """The words of a span, and optionally a longer context that holds them."""

    words: str
    context: str
    offset: int  # where `words` starts inside `context`

    @classmethod
    def parse(cls, written: str) -> Snippet:
        if OPEN not in written and CLOSE not in written:
            return cls(written, written, 0)
        before, _, rest = written.partition(OPEN)
        words, _, after = rest.partition(CLOSE)
        if not words or OPEN in rest or CLOSE in after:
            raise GoldError(f"{written!r}: mark exactly one span with {OPEN} and {CLOSE}")
        return cls(words, before + words + after, len(before))


def occurrences(text: str, snippet: Snippet, start: int = 0, end: int | None = None) -> list[int]:
    """Start offsets of `snippet`'s words, for each time its context occurs in text[start:end]."""
    end = len(text) if end is None else end
    found, at = [], text.find(snippet.context, start, end)
    while at != -1:
        found.append(at + snippet.offset)
        at = text.find(snippet.context, at + 1, end)
    return found


def paragraph_bounds(text: str, at: int) -> tuple[int, int]:
    """[start, end) of the paragraph (blank-line separated) that holds offset `at`."""
    start = 0
    for match in PARAGRAPH_BREAK.finditer(text):
        if match.end() <= at:
            start = match.end()
        elif match.start() >= at:
            return start, match.start()
    return start, len(text)


def content_span(text: str, written: str) -> list[int]:
    snippet = Snippet.parse(written)
    found = occurrences(text, snippet)
    if len(found) != 1:
        how = "not found" if not found else f"found {len(found)} times: mark it in context with ⟦ ⟧"
        raise GoldError(f"content {written!r} {how}")
    return [found[0], found[0] + len(snippet.words)]


def near_span(text: str, written: str, role: str, anchor: int) -> list[int]:
    """The span of a source or cue, looked for in the paragraph of `anchor` first."""
    snippet = Snippet.parse(written)
    start, end = paragraph_bounds(text, anchor)
    found = occurrences(text, snippet, start, end)
    if not found:
        found = occurrences(text, snippet)
        if len(found) > 1:
            raise GoldError(
                f"{role} {written!r} is not in the content's paragraph and occurs {len(found)} times "
                "elsewhere: mark it in context with ⟦ ⟧"
            )
    elif len(found) > 1:
        raise GoldError(
            f"{role} {written!r} occurs {len(found)} times in the content's paragraph: "
            "mark it in context with ⟦ ⟧"
        )
    if not found:
        raise GoldError(f"{role} {written!r} not found")
    return [found[0], found[0] + len(snippet.words)]


def as_list(value: Any) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        return [value]
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return list(value)
    raise GoldError(f"not a snippet or list of snippets: {value!r}")


def attribution_record(text: str, written: Mapping[str, Any]) -> dict[str, Any]:
    """One annotated attribution as FORMAT.md's record, with offsets found in `text`."""
    contents = as_list(written.get("content"))
    if not contents:
        raise GoldError("no content")
    content = sorted(content_span(text, part) for part in contents)
    anchor = content[0][0]
    source = sorted(near_span(text, part, "source", anchor) for part in as_list(written.get("source")))
    cue = sorted(near_span(text, part, "cue", anchor) for part in as_list(written.get("cue")))
    record: dict[str, Any] = {"content": content, "source": source, "cue": cue}
    record.update(checked_labels(written, text, content))
    return record


def checked_labels(written: Mapping[str, Any], text: str, content: list[list[int]]) -> dict[str, Any]:
    """type, speaker, speaker_aliases, speaker_description, act and targets, checked."""
    kind = written.get("type")
    if kind not in TYPES:
        raise GoldError(f"type {kind!r} is not one of {', '.join(TYPES)}")
    act = written.get("act")
    if act not in ACTS:
        raise GoldError(f"act {act!r} is not one of {', '.join(ACTS)}")
    speaker = written.get("speaker")
    if speaker is not None and not (isinstance(speaker, str) and speaker.strip()):
        raise GoldError(f"speaker {speaker!r} is neither a name nor null")
    description = written.get("speaker_description")
    if speaker is None and not description:
        raise GoldError("an unnamed speaker (speaker: null) needs a speaker_description")
    if kind == "direct":
        check_direct(text, content)
    labels: dict[str, Any] = {"type": kind, "speaker": speaker}
    aliases = as_list(written.get("speaker_aliases"))
    if aliases:
        labels["speaker_aliases"] = aliases
    if description:
        labels["speaker_description"] = str(description)
    labels["act"] = act
    targets = as_list(written.get("targets"))
    if targets:
        labels["targets"] = targets
    return labels


QUOTE_MARKS = "\"'\u201c\u201d\u2018\u2019\u00ab\u00bb\u201e\u2039\u203a"


def check_direct(text: str, content: list[list[int]]) -> None:
    """A direct content runs from an opening to a closing quotation mark (CONVENTIONS.md)."""
    first, last = text[content[0][0]], text[content[-1][1] - 1]
    if first not in QUOTE_MARKS or last not in QUOTE_MARKS:
        raise GoldError("a direct content must start and end with a quotation mark")


def article_record(entry: Mapping[str, Any], text: str, annotation: Mapping[str, Any]) -> dict[str, Any]:
    """One document of the gold file: the text, its metadata and its attributions."""
    attributions = []
    for number, written in enumerate(annotation.get("attributions") or [], start=1):
        try:
            attributions.append(attribution_record(text, written))
        except GoldError as error:
            raise GoldError(f"{entry['id']}: attribution {number}: {error}") from None
    attributions.sort(key=lambda a: (a["content"][0], a["cue"][:1]))
    return {
        "id": entry["id"],
        "title": entry["title"],
        "url": entry["url"],
        "published": str(entry["date"]),
        "outlet": "Wikinews",
        "kind": entry["kind"],
        "licence": LICENCE,
        "text": text,
        "attributions": attributions,
    }


def read_manifest(folder: Path) -> list[dict[str, Any]]:
    entries = yaml.safe_load((folder / "manifest.yaml").read_text(encoding="utf-8"))
    for entry in entries:
        missing = [key for key in MANIFEST_KEYS if not entry.get(key)]
        if missing:
            raise GoldError(f"manifest entry {entry.get('id')!r} lacks {', '.join(missing)}")
        if entry["split"] not in SPLITS:
            raise GoldError(f"{entry['id']}: split {entry['split']!r} is not train, dev or test")
    return entries


Annotated = tuple[Mapping[str, Any], str, Any]


def annotated(folder: Path, entries: Sequence[Mapping[str, Any]]) -> Iterator[Annotated]:
    """(manifest entry, text, annotation) for each article that has an annotation file."""
    for entry in entries:
        path = folder / "annotations" / f"{entry['id']}.yaml"
        if not path.exists():
            continue
        text = (folder / "articles" / f"{entry['id']}.txt").read_text(encoding="utf-8")
        annotation = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        if annotation.get("id") != entry["id"]:
            raise GoldError(f"{path}: its id is {annotation.get('id')!r}, not {entry['id']!r}")
        yield entry, text, annotation


def build(folder: Path, only: str | None = None) -> dict[str, list[dict[str, Any]]]:
    """The documents of each split, built from `folder` (only the article `only`, if given)."""
    splits: dict[str, list[dict[str, Any]]] = {split: [] for split in SPLITS}
    entries = [e for e in read_manifest(folder) if only is None or e["id"] == only]
    for entry, text, annotation in annotated(folder, entries):
        splits[entry["split"]].append(article_record(entry, text, annotation))
    return splits


def write(folder: Path, splits: Mapping[str, list[dict[str, Any]]]) -> None:
    for split, documents in splits.items():
        lines = (json.dumps(doc, ensure_ascii=False) + "\n" for doc in documents)
        (folder / f"{split}.jsonl").write_text("".join(lines), encoding="utf-8")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("folder", type=Path, help="the gold set's folder, e.g. gold/wikinews")
    parser.add_argument("--check", metavar="ID", help="only check one article's annotation; write nothing")
    args = parser.parse_args(argv)
    try:
        splits = build(args.folder, only=args.check)
    except GoldError as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    counts = {split: (len(docs), sum(len(d["attributions"]) for d in docs)) for split, docs in splits.items()}
    for split, (documents, attributions) in counts.items():
        print(f"{split}: {documents} articles, {attributions} attributions")
    if args.check is None:
        write(args.folder, splits)
    return 0


if __name__ == "__main__":
    sys.exit(main())
