"""Word lists extraction reads: data in lexicons/<language>/, not code."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from functools import cache
from importlib import resources

_VOWELS = frozenset("aeiou")
# Words after which a cue verb opens a clause of its own: "a statement which said", "went on to add".
_CLAUSE_OPENERS = frozenset({"to", "which", "that", "who"})
# Cues that report only a clause marked "that" (lexicon: "c", extra_relations.tsv): with anything
# else they name a deed ("held a rally", "[detainees] are held by the militia", "shared the
# video", "hold [what it called a themed event]"), and the parser's other clause routes (a tag,
# an aside, a clause read across) would read one into them.
THAT_CLAUSE_LEMMAS = frozenset({"hold", "share", "reason"})
# The files of a language's lexicon, all of them read by load_lexicon and in its digest.
FILES = ("cue_verbs.tsv", "irregular_verbs.txt", "cue_phrases.txt", "cue_nouns.txt", "cue_classes.tsv")


@dataclass(frozen=True)
class Lexicon:
    """Cue words for one language.

    `cue_verbs` maps every inflected form to its lemma; `relations` maps a lemma to the
    dependency relations that may carry its content ("c" clause, "o" object, "x"
    to-infinitive, "p" prepositional object), as mined from PolNeAR train.
    """

    language: str
    cue_verbs: dict[str, str]
    relations: dict[str, str]
    cue_phrases: tuple[tuple[str, ...], ...]
    digest: str  # of the files, for provenance
    cue_nouns: dict[str, str] = field(default_factory=dict)  # form → lemma: "claims" → "claim"
    # lemma → what carries a noun's content: "t" a "that" clause, "o" the object of "of"
    noun_relations: dict[str, str] = field(default_factory=dict)
    # class → its lemmas (cue_classes.tsv): "belief" → {"want", "think", …}
    cue_classes: dict[str, frozenset[str]] = field(default_factory=dict)

    def noun_lemma(self, word: str) -> str | None:
        return self.cue_nouns.get(word.lower())

    def cue_lemma(self, word: str) -> str | None:
        return self.cue_verbs.get(word.lower())

    def lemma_of_cue(self, cue: str) -> str | None:
        """The lemma extraction gives a cue written `cue`: its phrase ("according to"), else that
        of its verb ("has also said" → "say"); None when the lexicon knows neither.

        The verb is the first cue word, or a later one that opens a clause of its own: a
        participle or a verb after "to", "which" or "that" ("posted a message blaming" → "blame",
        "went on to add" → "add"). A later word in no such place is a noun the cue runs on into
        ("vowed support" → "vow", "denied all claims" → "deny"), unless the verb is a light one
        (cue_classes.tsv), whose object names the act ("expressed doubts" → "doubt")."""
        words = tuple(w for w in (w.strip(":,").lower() for w in cue.split()) if w)
        for phrase in self.cue_phrases:
            if words[-len(phrase) :] == phrase:
                return " ".join(phrase)
        light = self.cue_classes.get("light", frozenset())
        found = None
        for k, word in enumerate(words):
            lemma = self.cue_lemma(word)
            opens_a_clause = word.endswith("ing") or (k > 0 and words[k - 1] in _CLAUSE_OPENERS)
            if lemma is not None and (found is None or found in light or opens_a_clause):
                found = lemma
        return found

    def phrase_lemmas(self) -> frozenset[str]:
        """The lemmas lemma_of_cue gives the phrase cues ("according to"), whose source follows them."""
        return frozenset(" ".join(phrase) for phrase in self.cue_phrases)

    def belief_lemmas(self) -> frozenset[str]:
        """The lemmas of beliefs, wishes and expectations ("want", "think"), which a negation leaves
        an attitude ascribed ("did not want to stay")."""
        return self.cue_classes.get("belief", frozenset())

    def clause_lemmas(self) -> frozenset[str]:
        """The lemmas of cues whose content follows them at once as a clause ("said [it was
        unacceptable]"), not their object first ("told [reporters] …")."""
        return self.cue_classes.get("clause", frozenset())

    def voting_lemmas(self) -> frozenset[str]:
        """The lemmas of a vote, an approval or a ratification ("approved [a budget]"): deeds."""
        return self.cue_classes.get("vote", frozenset())

    def that_clause_lemmas(self) -> frozenset[str]:
        """The lemmas of cues that report a clause opened by "that" and nothing else ("holds
        [that …]"; "held a rally" is a deed)."""
        return THAT_CLAUSE_LEMMAS

    def allows(self, lemma: str, relation: str) -> bool:
        return relation in self.relations.get(lemma, "c")


def inflections(lemma: str) -> list[str]:
    """The regular English forms of verb `lemma`: lemma, 3rd person, past, -ing."""
    if lemma.endswith(("s", "x", "z", "ch", "sh")):
        third = lemma + "es"
    elif lemma.endswith("y") and lemma[-2:-1] not in _VOWELS:
        third = lemma[:-1] + "ies"
    else:
        third = lemma + "s"
    if lemma.endswith("e"):
        past = lemma + "d"
    elif lemma.endswith("y") and lemma[-2:-1] not in _VOWELS:
        past = lemma[:-1] + "ied"
    else:
        past = lemma + "ed"
    if lemma.endswith("ie"):
        ing = lemma[:-2] + "ying"
    elif lemma.endswith("e") and not lemma.endswith(("ee", "ye", "oe")):
        ing = lemma[:-1] + "ing"
    else:
        ing = lemma + "ing"
    return [lemma, third, past, ing]


def parse_verb_lines(lines: list[str]) -> dict[str, str]:
    """Form → lemma from lines of "lemma [past participle ing]"; "#" starts a comment."""
    forms: dict[str, str] = {}
    for line in lines:
        words = line.split("#", 1)[0].split()
        if not words:
            continue
        lemma = words[0].lower()
        for form in inflections(lemma) + [w.lower() for w in words[1:]]:
            forms.setdefault(form, lemma)
    return forms


def _read(language: str, name: str) -> str:
    return (resources.files("quotegraph.extraction") / "lexicons" / language / name).read_text("utf-8")


def _data_lines(text: str) -> list[list[str]]:
    return [words for line in text.splitlines() if (words := line.split("#", 1)[0].split())]


@cache
def load_lexicon(language: str = "en") -> Lexicon:
    """The lexicon shipped for `language`."""
    texts = {name: _read(language, name) for name in FILES}
    relations = {words[0]: words[1] for words in _data_lines(texts["cue_verbs.tsv"])}
    irregular = {words[0]: words[1:] for words in _data_lines(texts["irregular_verbs.txt"])}
    lines = [" ".join([lemma, *irregular.get(lemma, [])]) for lemma in relations]
    phrases = tuple(tuple(word.lower() for word in words) for words in _data_lines(texts["cue_phrases.txt"]))
    noun_lines = _data_lines(texts["cue_nouns.txt"])
    nouns = {form.lower(): words[0].lower() for words in noun_lines for form in [words[0], *words[2:]]}
    noun_relations = {words[0].lower(): words[1] for words in noun_lines}
    digest = hashlib.sha256("".join(texts.values()).encode()).hexdigest()[:16]
    classes = _cue_classes(_data_lines(texts["cue_classes.tsv"]))
    return Lexicon(
        language, parse_verb_lines(lines), relations, phrases, digest, nouns, noun_relations, classes
    )


def _cue_classes(lines: list[list[str]]) -> dict[str, frozenset[str]]:
    """Class → lemmas, from lines of "lemma class"."""
    classes: dict[str, set[str]] = {}
    for lemma, name in lines:
        classes.setdefault(name, set()).add(lemma.lower())
    return {name: frozenset(lemmas) for name, lemmas in classes.items()}
