"""The canonical name of an institution as the article writes it.

A newspaper's "The" belongs to its name ("The Guardian", "The Aviation Herald"); an agency's
"the" does not ("the Federal Security Service"). News writes the first with a capital T in
mid-sentence; at a sentence start, where every "The" is capitalised, the name's last word
tells a publication. Also: institution words, acronyms' initials, and names the recogniser's
runs cut at "of", "for" or "Without" joined again.
"""

from __future__ import annotations

import re
from dataclasses import replace

from quotegraph.records import CharSpan, Mention
from quotegraph.resolve.demonyms import DEMONYMS
from quotegraph.resolve.entities import STATES
from quotegraph.resolve.names import fold, gender_of_given, is_title_word
from quotegraph.resolve.surnames import NOT_ENTITIES, title_case, written_in_lower_case

# Last words of publication names, which keep their "The" even at a sentence start.
PUBLICATION_WORDS = frozenset(
    """post times herald guardian verge journal telegraph independent economist atlantic hill globe
    sun mirror observer tribune star chronicle gazette express spectator nation register hindu
    australian standard onion intercept daily inquirer courier examiner record""".split()
)
_PLURAL_OWNER = re.compile(r"^(?:[A-Z][\w.-]* )*[A-Z][\w.-]*s['\u2019] (?=[A-Z])")
_IN_STATE = re.compile(r"(?<=[a-z]) in ((?:the )?[A-Z][\w.-]*(?: [A-Z][\w.-]*)*)$")
_SENTENCE_END = re.compile(r"(?:^|[.!?\n\"\u201c\u201d:]\s*)$")


def _owner_kept_if_members(owner: re.Match[str]) -> str:
    """A plural owner that is a state or a union of states owns the institution and is no part of
    its name ("the Philippines' Department of Health", "United Nations' …"); one that names the
    members ("the Catholic Bishops' Conference", "the Farmers' Union") is part of it."""
    words = owner.group(0).rstrip().rstrip("'\u2019")
    owns = fold(words) in STATES or words.endswith("Nations")  # the name's "the" is already gone
    return "" if owns else owner.group(0)


def institution_name(text: str, start: int, written: str) -> str:
    """`written` (a name mention starting at `start` in `text`) as the institution's name, with
    the demonym before it ("the Turkish Ministry of Foreign Affairs")."""
    name = re.sub(r"^(?:the|The)\s+", "", written.strip())
    # "United Nations' Food and Agriculture Organization": a plural owner is no part of the name.
    name = _PLURAL_OWNER.sub(_owner_kept_if_members, name)
    # "the ruling Democratic Rally in Cyprus": where a body works is no part of its name (but
    # "the Church in Wales" would be no name without it).
    where = _IN_STATE.search(name)
    if where and fold(where.group(1)).removeprefix("the ") in STATES and " " in name[: where.start()]:
        name = name[: where.start()]
    ordinal = _ORDINAL_BEFORE.search(text[max(0, start - 8) : start])
    if ordinal and not name[:1].isdigit():
        # "the 9th Circuit Court of Appeals", "21st Century Fox": the recogniser leaves the
        # ordinal out, but it tells the body from its namesakes.
        return institution_name(text, start - len(ordinal.group(0)), f"{ordinal.group(1)} {name}")
    demonym = re.search(r"\b([A-Z][a-z]+)\s+$", text[max(0, start - 20) : start])
    if demonym and demonym.group(1).casefold() in DEMONYMS and not name.startswith(demonym.group(1)):
        return institution_name(text, start - len(demonym.group(0)), f"{demonym.group(1)} {name}")
    the = written.startswith("The ") or text[max(0, start - 4) : start] == "The "
    if not the:
        return name
    begins = start - (0 if written.startswith("The ") else 4)
    mid_sentence = _mid_sentence(text, begins)
    last = name.split()[-1].casefold() if name.split() else ""
    return f"The {name}" if mid_sentence or last in PUBLICATION_WORDS else name


# An ordinal right before a name, after a space or the text's start: "the 9th Circuit".
_ORDINAL_BEFORE = re.compile(r"(?:^|(?<=\s))(\d{1,3}(?:st|nd|rd|th))\s+$")

# Words of organisations' names: "Ministry of Defence", "Police Scotland".
ORGANISATION_WORDS = frozenset(
    """ministry department agency party council committee commission union fund bank university
    office association institute court congress senate parliament government campaign company
    corporation inc inc. corp corp. group police army navy service news times post network embassy
    consulate tribunal organization organisation directorate secretariat inspectorate""".split()
)
# Words that end an institution's name which "of", "for" or "to" continues.
INSTITUTION_HEADS = frozenset(
    "center centre society foundation federation league board bureau museum academy".split()
)
# Every word that may end an institution's name.
INSTITUTION_END_WORDS = ORGANISATION_WORDS | INSTITUTION_HEADS
MISSIONS = frozenset("embassy consulate consulate-general".split())
SMALL_WORDS = frozenset("of and the for on in to at &".split())
# What may join an institution word to the rest of its name: "Department of", "Committee to",
# "Committee to Protect" (a verb the recogniser leaves out).
_INSTITUTION_GAP = re.compile(r" (?:of|for|to|on)(?: the)? | to [A-Z][a-z]+ ")
# A body named for one field: "Department of Corrections", "Ministry of Health".
_OF_FIELD = re.compile(
    r"\b(?:Department|Ministry|Office|Bureau|Board|Commission|Secretary|Institute|School|College)"
    r" of [A-Z][a-z]+$"
)
# A list inside a name: "United Nations Educational, Scientific and Cultural Organization".
_LIST_AND = re.compile(r",? and ")


def joined_institutions(names: list[Mention], text: str) -> list[Mention]:
    """Name mentions with "Committee" + "to" + "Protect Journalists" joined into one institution's:
    an institution word ends a name that "of", "for" or "to" continues; any name may go on
    after a lower-case "for" ("Club for Growth"), and a capitalised "Without" or "Against" may
    open one ("Reporters Without Borders")."""
    joined: list[Mention] = []
    for written in names:
        previous = joined[-1] if joined else None
        mention = _with_titled_opening(written, text, previous)
        gap = text[previous.span.end : mention.span.start] if previous else ""
        if previous is not None and _LIST_AND.fullmatch(gap):
            listed = _listed_name(joined, text)
            fields = listed is not None and _fields_of(joined[listed:], mention)
            if listed is not None and (_ends_institution(mention.text) or fields):
                span = CharSpan(joined[listed].span.start, mention.span.end)
                first = joined[listed]
                joined[listed:] = [
                    replace(first, span=span, text=span.text_of(text), head=mention.head, entity_label="ORG")
                ]
                continue
        # "the Puerto Rico Senate on Sunday": a date is no part of the body's name.
        dated = mention.entity_label in ("DATE", "TIME")
        continues = (
            _INSTITUTION_GAP.fullmatch(gap) and previous and _ends_institution(previous.text) and not dated
        ) or (
            previous is not None
            and (
                _continues_place_list(previous, mention, gap)
                or _mission_in(previous, mention, gap)
                or _paired_name(previous, mention, gap, text)
                or _second_field(previous, mention, gap)
                or _named_for(previous, mention, gap, text)
            )
        )
        if previous is not None and continues:
            span = CharSpan(previous.span.start, mention.span.end)
            joined[-1] = replace(
                previous, span=span, text=span.text_of(text), head=mention.head, entity_label="ORG"
            )
        else:
            joined.append(mention)
    return joined


def _paired_name(previous: Mention, mention: Mention, gap: str, text: str) -> bool:
    """ "the Bread" + " and " + "Roses Party": one word after "the" and a name that ends in an
    institution word are one institution's name ("the Bread and Roses Party"); so are a couple's
    given names ("the Bill" + " and " + "Melinda Gates Foundation"), though the recogniser took
    the first for a person and the article names him alone too."""
    after_the = text[max(0, previous.span.start - 4) : previous.span.start] in ("the ", "The ")
    if gap == " and " and after_the and _couple_before_body(previous, mention):
        return True
    unlabelled = previous.entity_label in (None, "ORG") and mention.entity_label in (None, "ORG")
    # "the AP and NBC News", "the Senate and House Intelligence Committee": an initialism or an
    # institution word names a body on its own.
    one_word = (
        len(previous.text.split()) == 1
        and not previous.text.isupper()
        and previous.text.casefold() not in INSTITUTION_END_WORDS
    )
    return (
        gap == " and "
        and after_the
        and unlabelled
        and one_word
        and _ends_institution(mention.text)
        and not _named_alone(previous.text, f"{previous.text} and {mention.text}", text)
    )


def _couple_before_body(previous: Mention, mention: Mention) -> bool:
    """A lone given name, then a given name that opens an institution's name: a couple's body."""
    words = mention.text.split()
    given = " " not in previous.text.strip() and bool(gender_of_given(previous.text.strip()))
    return given and len(words) > 2 and bool(gender_of_given(words[0])) and _ends_institution(mention.text)


def _second_field(previous: Mention, mention: Mention, gap: str) -> bool:
    """ "Department of Corrections" + " and " + "Rehabilitation", "Department of Forestry" + " and "
    + "Fire Protection": a body named for one field goes on with a second, which names no body or
    person of its own ("Ministry of Defence and Foreign Office" names two bodies). A second field
    the recogniser took for a person's name is one still when no given name opens it ("School of
    Marine" + " and " + "Atmospheric Science")."""
    words = mention.text.split()
    of_field = _OF_FIELD.search(previous.text) is not None
    labelled = mention.entity_label in (None, "ORG") or (mention.entity_label == "PERSON" and len(words) > 1)
    plain = labelled and not _ends_institution(mention.text)
    person = bool(words) and bool(gender_of_given(words[0]))
    return gap == " and " and of_field and plain and 1 <= len(words) <= 3 and not person


# Capitalised words and a capitalised "Without" or "Against" right before a name: "[Reporters
# Without ]Borders", "[Mothers Against ]Drunk Driving" (the tagger takes "Reporters" for a common
# noun, so the name run begins after the preposition).
_TITLED_OPENING = re.compile(r"(?<![\w'\u2019-])(?:[A-Z][a-z][\w'\u2019-]* )+(?:Without|Against) $")


def _with_titled_opening(mention: Mention, text: str, previous: Mention | None) -> Mention:
    """ "Reporters Without Borders": a name that a capitalised "Without" or "Against" opens,
    after capitalised words, is one body's name with them, outside a title-case line (a
    headline's "Come Out Against Trump")."""
    line_start = text.rfind("\n", 0, mention.span.start) + 1
    floor = max(line_start, previous.span.end if previous is not None else 0)
    opening = _TITLED_OPENING.search(text, floor, mention.span.start)
    if opening is None or mention.entity_label in ("PERSON", "DATE", "TIME"):
        return mention
    line_end = text.find("\n", mention.span.end)
    if title_case(text[line_start : line_end if line_end >= 0 else len(text)]):
        return mention
    span = CharSpan(opening.start(), mention.span.end)
    return replace(mention, span=span, text=span.text_of(text), entity_label="ORG")


# Labels of the words before "for" in a body's name ("Democracy" + " for " + "America"): a
# person, a place or a date before "for" names no body ("Tuesday for Obama", "UK for Germany").
_FOR_OWNER_LABELS = frozenset({None, "ORG", "NORP"})
_POSSESSIVE_AFTER = re.compile(r"['\u2019]s?\b")


def _named_for(previous: Mention, mention: Mention, gap: str, text: str) -> bool:
    """ "Club" + " for " + "Growth", "Alternative" + " for " + "Germany", "Young Americans" + " for "
    + "Freedom": names joined by a lower-case "for" are one body's name (a body named for what
    it stands for), when the words before it are no person, place, date or title ("Lt. Col.
    Louis Dorfman for Trump", "UK for Germany", "Tuesday for Obama", "Deputy Prime Minister for
    Finance") and the words after it no person, date or owner ("Lord for Donald Trump",
    "HuffPollster for Wednesday", "Patricof for Clinton's campaign"). A capitalised "For" is
    a title-case headline's ("Big Win For Bernie")."""
    if gap != " for " or previous.entity_label not in _FOR_OWNER_LABELS:
        return False
    before, after = previous.text.split(), mention.text.split()
    if not before or not after or after[0] in ("The", "the"):
        return False
    person_before = bool(gender_of_given(before[0])) or any(
        is_title_word(w) for w in before if not w.endswith("s")
    )
    person_after = mention.entity_label == "PERSON" or (
        len(after) > 1 and any(gender_of_given(w) for w in after)
    )
    dated = mention.entity_label in ("DATE", "TIME") or any(
        fold(w) in NOT_ENTITIES for w in (*before, *after)
    )
    owner = _POSSESSIVE_AFTER.match(text, mention.span.end) is not None or mention.text.endswith(
        ("'s", "\u2019s")
    )
    return not (person_before or person_after or dated or owner or _common_word_at_start(previous, text))


def _common_word_at_start(previous: Mention, text: str) -> bool:
    """ "Support for Israel grew": one capitalised word at a sentence's start that the article
    also writes in lower case is a common noun, no body's name."""
    word = previous.text
    if " " in word or _mid_sentence(text, previous.span.start):
        return False
    return written_in_lower_case(word, text)


def _named_alone(word: str, pair: str, text: str) -> bool:
    """Whether the article uses `word` outside the paired name: "the Pentagon and Justice
    Department" after "the Pentagon said" names two bodies."""
    alone = len(re.findall(rf"\b{re.escape(word)}\b", text))
    return alone > len(re.findall(re.escape(pair), text))


def _continues_place_list(previous: Mention, mention: Mention, gap: str) -> bool:
    """ "Islamic State of Iraq" + " and the " + "Levant": an organisation "of" one place goes on
    with another ("Ministry of Defence" + " and the " + "Foreign Office" names a second body)."""
    of_place = previous.entity_label == "ORG" and " of " in previous.text
    place = mention.entity_label in ("GPE", "LOC") and not _ends_institution(mention.text)
    return of_place and place and gap in (" and ", " and the ")


def _mission_in(previous: Mention, mention: Mention, gap: str) -> bool:
    """ "US Embassy" + " in " + "London": a country's embassy or consulate is named by its city."""
    words = previous.text.split()
    mission = bool(words) and words[-1].casefold() in MISSIONS
    return mission and gap == " in " and mention.entity_label in ("GPE", "LOC", None)


def _listed_name(joined: list[Mention], text: str) -> int | None:
    """Where the list that the latest names close starts, when it opens an organisation's name:
    "United Nations Educational" + ", " + "Scientific" (+ " and Cultural Organization")."""
    index = len(joined) - 1
    while index > 0 and text[joined[index - 1].span.end : joined[index].span.start] == ", ":
        index -= 1
    listed = joined[index:]
    if len(listed) < 2 or listed[0].entity_label != "ORG":
        return None
    return index if all(m.entity_label in (None, "ORG") for m in listed) else None


def _fields_of(listed: list[Mention], mention: Mention) -> bool:
    """ "National Union of Rail" + ", " + "Maritime" + " and " + "Transport Workers": a list
    that goes on an institution's "of" names its fields or members, whatever word closes it;
    the words between name nothing of their own (the recogniser labelled none of them)."""
    head, of, _ = listed[0].text.partition(" of ")
    unlabelled = all(m.entity_label is None for m in listed[1:])
    return bool(of) and _ends_institution(head) and unlabelled and mention.entity_label in (None, "ORG")


def _ends_institution(text: str) -> bool:
    words = text.split()
    return bool(words) and words[-1].casefold() in INSTITUTION_END_WORDS


def titled_mid_sentence(text: str, start: int) -> bool:
    """Whether a capital "The" stands right before `start` in mid-sentence, where news writes
    it only as part of a title ("reported in The Atlantic")."""
    begins = start - 4
    if begins < 0 or text[begins:start] != "The ":
        return False
    return _mid_sentence(text, begins)


def _mid_sentence(text: str, at: int) -> bool:
    """Whether `at` is inside a sentence, where a capital "The" belongs to a title."""
    return not _SENTENCE_END.search(text[max(0, at - 3) : at])


def institution_key(name: str) -> str:
    """A name's folded key without a leading "the": "The Guardian" continues "Guardian"."""
    return fold(name).removeprefix("the ")


def is_institution(mention: Mention, written: str, *, after_the: bool = False, text: str = "") -> bool:
    """Whether a name mention names an institution: the recogniser's ORG or FAC, "The Hindu"
    (also when "The" stands before the mention, `after_the`), "Next, The Atlantic claimed" (a
    publication's word after a capital "The" in mid-sentence in `text`, whatever place the
    recogniser saw), or an institution word without a PERSON label."""
    if mention.entity_label in ("ORG", "FAC"):
        return True
    last = written.rsplit(maxsplit=1)[-1].casefold() if written.strip() else ""
    publication = after_the and last in PUBLICATION_WORDS
    if mention.entity_label == "NORP" and (written.startswith("The ") or publication):
        return True
    titled = titled_mid_sentence(text, mention.span.start)
    if mention.entity_label in ("LOC", "GPE") and publication and titled:
        return True
    institution_word = any(w.casefold() in ORGANISATION_WORDS for w in written.split())
    return mention.entity_label != "PERSON" and institution_word


def initials(name: str) -> set[str]:
    """Folded initials of a name, with and without its small words: "uscoirf" and "uscirf"."""
    words = [w for w in re.split(r"[\s-]+", name) if w]
    every = "".join(w[0] for w in words).casefold()
    content = "".join(w[0] for w in words if w.casefold() not in SMALL_WORDS).casefold()
    return {every, content}
