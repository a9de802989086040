"""Keys that make the same quote from different articles compare equal. Standard library only.

Wire copy is republished by many outlets with small differences: curly or straight quotation
marks, a comma or a full stop before the closing mark, a line break, a capital after a cue.
Quotebank (Vaucher et al., 2021, "Quotebank: A Corpus of Quotations from a Decade of News")
merges such repeats into one quote with many occurrences; `quote_key` is the normalisation
that decides when two contents are "the same quote", so the store can group on it.
"""

from __future__ import annotations

import re
import unicodedata

__all__ = ["quote_key"]

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
