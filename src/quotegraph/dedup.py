"""Keys that make the same quote from different articles compare equal. Standard library only.

Wire copy is republished by many outlets with small differences: curly or straight quotation
marks, a comma or a full stop before the closing mark, a line break, a capital after a cue.
Quotebank (Vaucher et al., 2021, "Quotebank: A Corpus of Quotations from a Decade of News")
merges such repeats into one quote with many occurrences; `quote_key` is the normalisation
that decides when two contents are "the same quote", and `quote_id` names the quote of one
speaker. The store and the Spark job both group on them, so both count quotes alike.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata

__all__ = ["quote_id", "quote_key", "speaker_key"]

# Apostrophe look-alikes folded to "'", so "don’t" and "don't" agree.
_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "\u2032": "'", "`": "'"})

# A word: letters, digits and marks, with inner apostrophes or hyphens ("don't", "co-operate").
# Everything else (quotation marks, punctuation, the " … " between content parts) only separates words.
_WORD = re.compile(r"[^\W_]+(?:['\-][^\W_]+)*")


def quote_key(text: str) -> str:
    """The words of `text`, case-folded and joined by single spaces.

    Quotation marks, punctuation, whitespace, Unicode compatibility forms and case do not
    change the key, so “We will win,” and "we will win." share one key. Apostrophes and
    hyphens inside a word are kept, so "its" and "it's" stay different.
    """
    folded = unicodedata.normalize("NFKC", text).translate(_APOSTROPHES).casefold()
    return " ".join(_WORD.findall(folded))


def quote_id(kind: str, speaker_id: str | None, content: str) -> str | None:
    """The id of the quote a statement belongs to; None unless it is direct and has a speaker entity.

    A short hash of the speaker id and the content's `quote_key`, so the same words from the
    same speaker get the same id in every database and every Spark output, and links to a
    quote page stay valid. Without a known speaker "the same speaker" cannot be told, and
    reported speech is the reporter's wording.
    """
    if kind != "direct" or not speaker_id:
        return None
    key = quote_key(content)
    if not key:  # punctuation only: nothing to match on
        return None
    digest = hashlib.sha256(f"{speaker_id}\x1f{key}".encode()).hexdigest()
    return f"q{digest[:16]}"


def speaker_key(speaker_id: str | None, speaker: str | None) -> str | None:
    """The entity id a statement's speaker is stored under: resolve/'s id, else one from the name.

    Deriving it lets speaker pages work before resolve/ assigns ids; the same name gives the
    same id in every article, as resolve/'s ids do.
    """
    if speaker_id:
        return speaker_id
    return slug(speaker) if speaker else None


def slug(name: str) -> str:
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return (
        re.sub(r"[^a-z0-9]+", "-", ascii_name.lower()).strip("-")
        or hashlib.sha1(name.encode()).hexdigest()[:12]
    )
