"""A name the recogniser cut after a given name, carried on to its surname ("Research Fellow
Martin[ How]"), and a word a run took in before a surname ("on [Twitter ]West").

Apart from chains.py because it prepares the name mentions before any chain is built.
"""

from __future__ import annotations

import re
from dataclasses import replace

from quotegraph.records import CharSpan, Mention
from quotegraph.resolve.demonyms import DEMONYMS
from quotegraph.resolve.name_marks import strip_possessive
from quotegraph.resolve.names import SURNAME_PARTICLES, fold, gender_of_given, is_title_word
from quotegraph.resolve.phrases import WEEKDAYS

MONTHS = frozenset(
    "january february march april may june july august september october november december".split()
)
NOT_ENTITIES = MONTHS | WEEKDAYS | frozenset({"today", "tonight"})
# A capitalised word, not opening a sentence, right after a name: "Martin[ How] said", also one
# with an Irish or Norman prefix: "Martin[ O’Malley]".
_SURNAME_AFTER = re.compile(r" ((?:[OD]['\u2019])?[A-Z][a-z][\w'\u2019-]*)\b")
# A surname the recogniser reads as a name of its own after a given name: "O’Malley", "D’Amato".
_PREFIXED_SURNAME = re.compile(r"[OD]['\u2019][A-Z][a-z][\w'\u2019-]*")
# A month is a date, not a surname, when a day or a year follows it: "Martin May 5".
_DATE_AFTER = re.compile(r",? \d")
# A month is a date after a preposition or a determiner: "At a [June Trump] campaign event",
# "in [June Trump] said".
_DATE_WORD_BEFORE = re.compile(
    r"\b(?:in|on|at|by|since|until|a|an|the|this|last|next|early|late|mid-?)\s?$", re.I
)
# Given names that are also common words, which the given-name lists leave out and a tagger
# reads as a verb, a modal or an adjective: "said [Will ]Doyle, a professor".
WORD_GIVEN_NAMES = frozenset(
    "will rich hope faith joy pat don art ray dean drew gene guy chase jean grant earl rose".split()
)
# Such a word right before a name in mid-sentence, after a lower-case word or a comma.
_WORD_GIVEN_BEFORE = re.compile(r"(?<=[a-z,] )([A-Z][a-z]+) $")
# A preposition right before a name run: "on [Twitter West] accused".
_PREPOSITION_BEFORE = re.compile(r"\b(?:on|in|at|via|from) $")


def with_surnames(names: list[Mention], text: str) -> list[Mention]:
    """ "Research Fellow Martin[ How]": a name the recogniser cut after a given name goes on to
    the capitalised word right after it, the surname, when no other name starts there, or when
    the name there is that one word with an Irish or Norman prefix ("Gov. Martin O’Malley",
    which the recogniser splits at the apostrophe): that name is then the person's surname."""
    starts = {m.span.start: m for m in names}
    extended: list[Mention] = []
    taken: set[int] = set()  # starts of prefixed surnames joined to the given name before them
    titled = title_case_lines(text)
    headline_end = headline_length(text)
    for mention in names:
        words = mention.text.split()
        after = _SURNAME_AFTER.match(text, mention.span.end)
        # "…, Trevor Noah Says": in a title-case headline the word after a name is any word; in
        # a title-case line inside the article (a related link's title: "Zoe Questioned Why"),
        # any word the article also writes in lower case.
        if _within(mention, titled) and (mention.span.end <= headline_end or _common_word_after(after, text)):
            after = None
        # "Fellow Martin": a lone word after a title is a given name, whatever the lists know.
        given = words and (gender_of_given(words[-1]) or (len(words) > 1 and is_title_word(words[-2])))
        there = starts.get(after.start(1)) if after else None
        prefixed = there is not None and after is not None and _prefixed_surname_alone(there, after.group(1))
        word = after.group(1) if given and after and (there is None or prefixed) else ""
        if after and word and _surname_word(word, text, after.end(1)):
            span = CharSpan(mention.span.start, after.end(1))
            extended.append(replace(mention, span=span, text=text[span.start : span.end]))
            if there is not None:
                taken.add(there.span.start)
        else:
            extended.append(mention)
    return [m for m in extended if m.span.start not in taken]


def _common_word_after(after: re.Match[str] | None, text: str) -> bool:
    return after is not None and written_in_lower_case(after.group(1), text)


def with_word_given_names(names: list[Mention], text: str) -> list[Mention]:
    """ "said [Will ]Doyle, a professor": a surname the recogniser labelled a person alone takes
    in a given name that is also a common word ("Will", "Rich", "Hope") right before it in
    mid-sentence, where no other name starts."""
    ends = {m.span.end for m in names}
    extended: list[Mention] = []
    for mention in names:
        before = _WORD_GIVEN_BEFORE.search(text, max(0, mention.span.start - 12), mention.span.start)
        alone = mention.entity_label == "PERSON" and " " not in mention.text
        if alone and before and fold(before.group(1)) in WORD_GIVEN_NAMES and before.end(1) + 1 not in ends:
            span = CharSpan(before.start(1), mention.span.end)
            extended.append(replace(mention, span=span, text=text[span.start : span.end]))
        else:
            extended.append(mention)
    return extended


def without_common_word_before_given(names: list[Mention], text: str) -> list[Mention]:
    """ "Guests of [Honour ]Cherie and Sean O'Donnell", "[Lead ]Paul Sun-Hyung Lee talked",
    "[Senators ]Mitch McConnell": a capitalised word that a name run took in before a known given
    name is no part of the name when it is no given name itself and the article also writes it in
    lower case ("honour", "lead", "senators"): a common word, a title the lists lack. So is a
    plural before a full name that more names follow ("[Republicans ]John McCain and Lindsey
    Graham", "[Floridians ]Jeb Bush and Marco Rubio"), however the article writes it: the group of
    the people listed, which no one of them is named.
    A given name the lists lack ("Norbert Leo Butz") is never written in lower case, and keeps its run."""
    cut: list[Mention] = []
    for mention in names:
        words = mention.text.split()
        first = words[0] if words else ""
        # "Celebrities Julianne Moore, Kerry Washington": before a list, a person's name the
        # recogniser labelled needs no given name the lists know.
        listed = _plural_before_names(words, text, mention.span.end)
        labelled = listed and mention.entity_label == "PERSON" and not is_title_word(words[1])
        person = len(words) > 1 and (bool(gender_of_given(words[1])) or labelled) and words[1][:1].isupper()
        common = person and not gender_of_given(first) and fold(first) not in WORD_GIVEN_NAMES
        common = common and not is_title_word(first)  # split_name reads a title as the role
        common = common and (listed or written_in_lower_case(first, text))
        if common and first.isalpha() and _named_without(words, text):
            start = mention.span.start + mention.text.index(words[1], len(first))
            span = CharSpan(start, mention.span.end)
            cut.append(replace(mention, span=span, text=text[span.start : span.end]))
        else:
            cut.append(mention)
    return cut


# A plural noun's ending: "Senators", "Justices", "Celebrities"; not a name's "-ss", "-us", "-is"
# ("Ross", "Marcus", "Francis").
_PLURAL_ENDING = re.compile(r"[a-z][a-hj-rtv-z]s$")
# More names after a name, with its place or not: "[ and ]Marco Rubio", "[ of Nevada, ]Elizabeth Warren".
_MORE_NAMES_AFTER = re.compile(r"(?: (?:of|from) [A-Z][\w.]*(?: [A-Z][\w.]*)*)?(?:,| and) [A-Z]")


def _plural_before_names(words: list[str], text: str, end: int) -> bool:
    """Whether a name run opens with a plural right before a full name that more names follow
    ("Senators Ted Cruz and Marco Rubio"): the plural names the group of the people listed. A
    given name ending in "s" ("Douglas Ann Smith", "Nicholas Gary Powers, the pilot") opens no list."""
    plural = len(words) > 2 and _PLURAL_ENDING.search(words[0]) is not None
    return plural and _MORE_NAMES_AFTER.match(text, end) is not None


def _named_without(words: list[str], text: str) -> bool:
    """Whether the words after the common word are a name on their own: a full name, not ending on
    a day or a month ("MSNBC's Morning Joe Monday"), or a given name the article also writes
    alone ("Cherie, known as Lucky") — a show's title ("Morning Joe") names no one alone."""
    if fold(words[-1]) in NOT_ENTITIES:
        return False
    if len(words) > 2:
        return True
    given = re.escape(words[1])
    return re.search(rf"(?<!{re.escape(words[0])} )\b{given}\b(?! [A-Z])", text) is not None


def written_in_lower_case(word: str, text: str) -> bool:
    """Whether the article writes `word` in lower case somewhere: a common word, no name."""
    return re.search(rf"\b{re.escape(word.lower())}\b", text) is not None


def _prefixed_surname_alone(mention: Mention, word: str) -> bool:
    return mention.text == word and bool(_PREFIXED_SURNAME.fullmatch(word))


def _surname_word(word: str, text: str, end: int) -> bool:
    """Whether the capitalised word after a given name is its surname: not a given name, nor a
    day; a month only when no date follows ("Theresa May said" but "told Martin May 5")."""
    key = fold(word)
    if gender_of_given(word):
        return False
    if key in MONTHS:
        return not _DATE_AFTER.match(text, end)
    return key not in NOT_ENTITIES


# Two capitalised words or more, opened after a lower-case word or a comma, then a lower-case
# article, right before a name run: "a spokesperson for [Show Racism the ]Red Card",
# "toilet paper producer [Who Gives a ]Crap".
_TITLED_WORDS_BEFORE_ARTICLE = re.compile(r"(?<=[a-z,] )((?:[A-Z][a-z]+ ){2,3})(?:the|a|an) $")


def with_name_before_article(names: list[Mention], text: str) -> list[Mention]:
    """ "Show Racism the Red Card", "Who Gives a Crap": a body whose name holds a lower-case
    article is cut there by the recogniser, which keeps only the words after it. Capitalised
    words in mid-sentence right before the article open the same name when none of them is a
    given name, a title, a day or a month, or a name of its own the recogniser labelled ("Bill
    Clinton the Democrats", "Monday the DOJ", "told Fox News the"): the whole is one body's name."""
    joined: list[Mention] = []
    headline_end = headline_length(text)
    for mention in names:
        start = mention.span.start
        found = _TITLED_WORDS_BEFORE_ARTICLE.search(text, max(headline_end, start - 60), start)
        opening = found.start(1) if found else start
        whole = text[opening : mention.span.end]
        labelled = any(m.entity_label and m.span.start >= opening for m in joined[-2:])
        if found is None or labelled or not _opens_name(found.group(1), whole, text):
            joined.append(mention)
            continue
        while joined and joined[-1].span.start >= opening:
            joined.pop()  # "Show Racism", a run of its own before the article
        span = CharSpan(opening, mention.span.end)
        joined.append(replace(mention, span=span, text=whole, entity_label="ORG"))
    return joined


def _opens_name(opening: str, whole: str, text: str) -> bool:
    """Whether capitalised words before an article open the name `whole`: none names anything
    of its own, and the article writes them only as that name's start ("Show Racism" only in
    "Show Racism the Red Card"; "Fox News" of "told Fox News the Pentagon" also alone)."""
    if any(_names_something(word) for word in opening.split()):
        return False
    return text.count(opening.strip()) == text.count(whole)


def _names_something(word: str) -> bool:
    """A word that is a name or title of its own: it opens no body's name before an article."""
    return bool(gender_of_given(word)) or is_title_word(word) or fold(word) in NOT_ENTITIES


# A person's name after the comma that closes a name run: "Lehigh, [Bruce Turry]".
_PERSON_AFTER_COMMA = re.compile(r",\s+((?:[A-Z][\w'\u2019.-]*\s+){1,2}[A-Z][\w'\u2019-]+)$")


def without_run_before_comma(names: list[Mention]) -> list[Mention]:
    """ "his best friend at Lehigh, Bruce Turry": a name run the recogniser carried over a comma
    from a place or school into the person in apposition to it is that person alone, when the
    words after the comma open with a given name; the person keeps the run's start no more."""
    cut: list[Mention] = []
    for mention in names:
        found = _PERSON_AFTER_COMMA.search(mention.text)
        person = found.group(1) if found else ""
        if found and gender_of_given(person.split()[0]):
            start = mention.span.start + found.start(1)
            span = CharSpan(start, mention.span.end)
            cut.append(replace(mention, span=span, text=person, entity_label="PERSON"))
        else:
            cut.append(mention)
    return cut


def without_word_before_surname(names: list[Mention], text: str) -> list[Mention]:
    """ "The next day on Twitter West accused his wife": a two-word run right after a preposition
    that joins a word the article also writes alone ("on Twitter that") to the surname of a person
    it named in full before (Kanye West) is that person's surname alone; a given name there
    ("on Donda West's death") keeps its run. So is a month's run after a preposition or a
    determiner ("At a June Trump campaign event" after Donald Trump): a date, no given name.
    So is a run that opens on a common word before the surname of a person the article names in
    full ("[Stated ]Stone", "[Absent ]Trump" after Roger Stone and Donald Trump): a word no
    given-name list knows and the article also writes in lower case is no one's given name; nor
    is a title's abbreviation, a title's plural or an -ing form ("[AG ]Mukasey", "[Bashing ]Trump")."""
    cut: list[Mention] = []
    for k, mention in enumerate(names):
        words = mention.text.split()
        start = mention.span.start
        after_preposition = _PREPOSITION_BEFORE.search(text, max(0, start - 6), start) is not None
        month = fold(words[0]) in MONTHS if words else False
        dated = month and _DATE_WORD_BEFORE.search(text, max(0, start - 8), start) is not None
        pair = len(words) == 2
        joined = pair and after_preposition and _joins_surname(words, names[:k], text)
        common = pair and _common_word_before_surname(words, names, text)
        if pair and (joined or common or (dated and _surname_named_before(words[1], names[:k]))):
            span = CharSpan(mention.span.end - len(words[1]), mention.span.end)
            cut.append(replace(mention, span=span, text=words[1]))
        else:
            cut.append(mention)
    return cut


def _surname_named_before(word: str, before: list[Mention]) -> bool:
    """Whether a name of two words or more before ends in this word: a person's surname."""
    return any(len(m.text.split()) > 1 and fold(m.text.split()[-1]) == fold(word) for m in before)


# "The Sanders campaign": a run opening on an article is read as a body's name elsewhere (kinds.py).
_ARTICLES = frozenset({"the", "a", "an"})


def _common_word_before_surname(words: list[str], names: list[Mention], text: str) -> bool:
    """Whether a two-word run is a common word ("Stated", "Absent", "Supporters") before the
    surname of a person the article names in full by another given name. Only a word the article
    writes in lower case, or one in a form no given name takes (below), and no list reads as a
    given name or a title: a given name the lists lack ("Chelsea Clinton", "Beau Biden") is
    never written in lower case."""
    first, last = words
    if not first.isalpha() or not first[:1].isupper() or (first.isupper() and not _title_abbreviation(first)):
        return False
    if fold(first) in _ARTICLES or gender_of_given(first) or fold(first) in WORD_GIVEN_NAMES:
        return False
    if is_title_word(first):
        return False
    unnamed = _no_given_name_form(first) or written_in_lower_case(first, text)
    return unnamed and _surname_of_other_given(first, last, names)


# "[AG ]Mukasey", "[DA ]Vance": capitals of two or three letters before a surname abbreviate a title.
_TITLE_ABBREVIATION = re.compile(r"[A-Z]{2,3}")
# "[Bashing ]Trump", "[Joining ]Rubio": an -ing form on a stem of three letters or more.
_ING_FORM = re.compile(r"[A-Za-z]{3,}ing")


def _title_abbreviation(word: str) -> bool:
    return _TITLE_ABBREVIATION.fullmatch(word) is not None


def _no_given_name_form(word: str) -> bool:
    """A headline's or a sentence's capitalised word in a form no given name takes, however the
    article writes it: a title's abbreviation ("AG Mukasey"), a title's plural ("Senators Rubio
    and Cruz", "Professors Foner"), an -ing form ("Bashing Trump may be job one")."""
    plural_title = word.endswith("s") and is_title_word(word[:-1])
    return _title_abbreviation(word) or plural_title or _ING_FORM.fullmatch(word) is not None


def _surname_of_other_given(first: str, last: str, names: list[Mention]) -> bool:
    """Whether a mention is a full name that opens on a known given name other than `first` and
    ends in `last` (the run itself, opening on `first`, is never one), after any titles
    ("Attorney General Michael Mukasey")."""
    full_names = (_without_titles(m.text.split()) for m in names)
    return any(
        len(n) > 1 and fold(n[-1]) == fold(last) and fold(n[0]) != fold(first) and bool(gender_of_given(n[0]))
        for n in full_names
    )


def _without_titles(words: list[str]) -> list[str]:
    while len(words) > 2 and is_title_word(words[0]):
        words = words[1:]
    return words


def _joins_surname(words: list[str], before: list[Mention], text: str) -> bool:
    first, last = words
    if gender_of_given(first) or is_title_word(first) or not first[:1].isupper():
        return False
    full_names = (m.text.split() for m in before)
    named = any(len(n) > 1 and fold(n[-1]) == fold(last) and fold(n[0]) != fold(first) for n in full_names)
    alone = re.search(rf"\b{re.escape(first)}\b(?! {re.escape(last)})", text) is not None
    return named and alone


# Short words a title-case headline capitalises like any other: "Obama To Asians", "Murdoch In".
_HEADLINE_WORD = re.compile(r"[A-Za-z][\w'\u2019-]*")


def without_headline_words(names: list[Mention], text: str) -> list[Mention]:
    """ "St. Paul Votes to [Condemn ]Donald Trump", "GOP Rep McCaul[ Announces] Bill": in a
    title-case headline every word is capitalised, so the recogniser runs verbs and nouns into
    the names beside them. A name run in a line in title case (the headline, and a line set the
    same way inside the article: a related link's title, a live blog's subhead) is the longest
    part of it that the article's body (its other lines) writes as a name (a name mention, a
    full name's last word, or the last two words or more of a longer run: "[McCain Challenger
    ]Kelli Ward" after "Arizona State Senator Dr. Kelli Ward"); a run no part of which the body
    names, or that the body writes whole in any case ("Trump campaign"), stays whole."""
    titled = title_case_lines(text)
    if not titled:
        return names
    headline_end = headline_length(text)
    body = [m for m in names if not _within(m, titled)]
    body_text = fold(" ".join(_outside(text, titled)))
    written = [strip_possessive(m.text) for m in body]
    named = {fold(w) for w in written} | {fold(ending) for w in written for ending in _name_endings(w)}
    cut: list[Mention] = []
    for mention in names:
        # "Trump Campaign" is the body's "Trump campaign": a run it writes whole stays whole.
        cut_here = _within(mention, titled) and not _written_whole(mention, body_text)
        part = _named_part(mention.text, named) if cut_here else None
        inside = mention.span.start > headline_end  # a title-case line inside the article
        if part is None or (inside and not _common_words_left(mention, part, text)):
            cut.append(mention)
            continue
        start = mention.span.start + part[0]
        span = CharSpan(start, start + len(part[1]))
        # The recogniser labelled the run ("Obama Administration To Expand": ORG), not the name
        # left of it: the name takes the label the body gives it.
        cut.append(replace(mention, span=span, text=part[1], entity_label=None))
    return cut


def _common_words_left(mention: Mention, part: tuple[int, str], text: str) -> bool:
    """Whether the words a cut leaves out of a run are common words, which the article also
    writes in lower case: "Zoe Saldana[ Asked Men]". Inside the article a title-case line may be
    a list of names or a photo credit ("Ahmed al Ashry and Reham Mosad."), whose given names
    ("Ahmed", "Matt" of Matt Paul) are no headline's words; the headline's run is cut all the same."""
    left = mention.text[: part[0]].split() + mention.text[part[0] + len(part[1]) :].split()
    return all(word.isalpha() and written_in_lower_case(word, text) for word in left)


def _name_endings(written: str) -> list[str]:
    """ "Arizona State Senator Dr. Kelli Ward" ends in "Ward", "Kelli Ward", "Dr. Kelli Ward" …:
    every run of last words shorter than the whole, where its titles and descriptors end in the
    name (a full name's last word is its surname)."""
    words = written.split()
    return [" ".join(words[k:]) for k in range(1, len(words))]


def _written_whole(mention: Mention, body_text: str) -> bool:
    """Whether the article's body (folded) writes the mention's words as they stand, in any case."""
    return re.search(rf"\b{re.escape(fold(mention.text))}\b", body_text) is not None


def title_case_lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of each line in title case: the headline, and lines inside the article set
    the same way ("Rand Paul Scores Direct Hit On Donald Trump", a related link's title; a live
    blog's subhead; a photo credit). An article of one line has no headline to tell apart."""
    if "\n" not in text:
        return []
    lines: list[tuple[int, int]] = []
    start = 0
    for line in text.split("\n"):
        if title_case(line):
            lines.append((start, start + len(line)))
        start += len(line) + 1
    return lines


def _within(mention: Mention, lines: list[tuple[int, int]]) -> bool:
    return any(start <= mention.span.start and mention.span.end <= end for start, end in lines)


def _outside(text: str, lines: list[tuple[int, int]]) -> list[str]:
    """The article's text outside the given lines, piece by piece."""
    pieces, at = [], 0
    for start, end in lines:
        pieces.append(text[at:start])
        at = end
    return [*pieces, text[at:]]


def headline_length(text: str) -> int:
    """The length of the article's first line when it is a headline in title case, else 0."""
    line_end = text.find("\n")
    return line_end if line_end > 0 and title_case(text[:line_end]) else 0


def title_case(line: str) -> bool:
    """Whether a line is a headline in title case: four words or more, and of its words of four
    letters or more, three at least and nine in ten capitalised ("from", "with" may stay low)."""
    words = _HEADLINE_WORD.findall(line)
    long_words = [w for w in words if len(w) > 3]
    capitalised = sum(w[0].isupper() for w in long_words)
    return len(words) >= 4 and capitalised >= 3 and capitalised >= 0.9 * len(long_words)


def _named_part(written: str, named: set[str]) -> tuple[int, str] | None:
    """(offset, words) of the longest run of a name's words that the body names, when that is
    less than the whole name; None when the body names the whole or no part of it."""
    words = [(found.start(), found.group()) for found in re.finditer(r"\S+", written)]
    if len(words) < 2 or fold(written) in named:
        return None
    for size in range(len(words) - 1, 0, -1):
        for first in range(len(words) - size + 1):
            run = words[first : first + size]
            part = written[run[0][0] : run[-1][0] + len(run[-1][1])]
            if fold(part) in named:
                return run[0][0], part
    return None


# A number of one to three digits right after a name, ending there: "News[ 12] reported", "the
# Lost[ 52] Project", "Future[ 45]"; not a count, a share, a score or a date ("Clinton 48,
# Trump 41", "Pew 2016", "March 14", "Obama 52 percent", "Section 1:").
_NUMBER_AFTER = re.compile(
    r" (\d{1,3})(?![\w,.:%/-]|\s*(?i:percent|per cent|points?|votes?|to|of|and|or|"
    r"(?:years?|months?|weeks?|days?|hours?|minutes?|seconds?)(?:-old)?)\b)"
)
# Months as news abbreviates them before a day: "Nov. 8", "Sept. 11", "Aug 27".
_MONTH_ABBREVIATIONS = frozenset("jan feb mar apr jun jul aug sep sept oct nov dec".split())


def with_trailing_number(names: list[Mention], text: str) -> list[Mention]:
    """ "News[ 12] reported", "Local news affiliate ABC[ 7]": a station's, a body's or a
    document's name ends in a number the recogniser leaves out of its run; the number is part
    of the name when it follows it at once and counts nothing (no share, score, year or date
    follows, and no other name starts there), and the article never writes the name without it
    ("a Boeing 707 … Boeing said": a maker's model, and the maker named alone). A person's name
    ("Clinton 48, Trump 41", a poll's figures) and a month ("March 14") never take one."""
    starts = {m.span.start for m in names}
    joined: list[Mention] = []
    for mention in names:
        found = _NUMBER_AFTER.match(text, mention.span.end)
        words = mention.text.split()
        dated = bool(words) and _a_day_or_month(words[-1])
        alone = re.search(rf"\b{re.escape(mention.text)}\b(?! \d)", text) is not None
        if found is None or dated or alone or mention.entity_label == "PERSON" or found.start(1) in starts:
            joined.append(mention)
            continue
        span = CharSpan(mention.span.start, found.end(1))
        joined.append(replace(mention, span=span, text=text[span.start : span.end]))
    return joined


def _a_day_or_month(word: str) -> bool:
    """A day's or a month's name, also a month abbreviated ("Nov.", "Sept"): a date's start."""
    return fold(word) in NOT_ENTITIES or fold(word.rstrip(".")) in _MONTH_ABBREVIATIONS


# Capitalised words, then one or two lower-case ones, then a name of two or three words:
# "Tennis great Billie Jean King", "NBA star Dwyane Wade".
_DESCRIBED_NAME = re.compile(
    r"(?:[A-Z][\w.'\u2019-]* ){1,2}((?:[a-z]+ ){1,2})([A-Z][\w.'\u2019-]*(?: [A-Z][\w.'\u2019-]*){1,2})"
)
# Lower-case words inside one name: "Bank of America", "Bill de Blasio", "Who Gives a Crap".
_JOINING_WORDS = SURNAME_PARTICLES | frozenset(
    "a an the of and or for to at in on from with by upon under over into y e et und".split()
)


def without_descriptor_before_name(names: list[Mention]) -> list[Mention]:
    """ "Tennis great Billie Jean King", "NBA star Dwyane Wade": a run the recogniser carried
    from a descriptor (a field or a body, then lower-case words) into the name after it is that
    name alone; never where the lower-case words join one name ("Bank of America", "Bill de
    Blasio", "Who Gives a Crap"). Where they are a verb ("Trump told The Associated Press") the
    name after it is cut out all the same, and the words before it get no mention, as before."""
    cut: list[Mention] = []
    for mention in names:
        found = _DESCRIBED_NAME.fullmatch(mention.text)
        lower = found.group(1).split() if found else []
        if found is None or any(w in _JOINING_WORDS for w in lower):
            cut.append(mention)
            continue
        start = mention.span.start + found.start(2)
        span = CharSpan(start, mention.span.end)
        # The recogniser labelled the run ("Tennis great Billie Jean King": WORK_OF_ART), not
        # the name in it: the name takes the label the article gives it elsewhere.
        label = mention.entity_label if mention.entity_label == "PERSON" else None
        cut.append(replace(mention, span=span, text=found.group(2), entity_label=label))
    return cut


# The rest of a compound word glued by a hyphen to the word before it, and what follows it:
# "Caucus[-goers were]", "Anti[-TPP activists]", "Afro[-Colombian journalist]".
_HYPHENATED_REST = re.compile(r"-([A-Za-z][\w.]*)(?:-[\w.]+)*( [A-Z])?")
# Prefixes that open a compound with a name after them: "Anti-TPP", "Pro-Clinton", "Afro-Colombian".
COMPOUND_PREFIXES = frozenset("anti pro non afro anglo franco euro neo pan ex".split())


def without_compound_parts(names: list[Mention], text: str) -> list[Mention]:
    """ "Caucus-goers were", "Sanders-linked accounts", "Anti-TPP activists", "African-American
    voters": a name of one word that the recogniser cut at a hyphen out of a compound word names
    no one: before a lower-case part it modifies that part ("-goers", "-linked", "-based"), and
    before a capitalised one it is a prefix or a people's word ("Anti-", "Pro-", "African-"). A
    hyphenated name's first part ("Ki-moon", "Sun-Hyung") has a name word after the compound."""
    kept: list[Mention] = []
    for mention in names:
        rest = _HYPHENATED_REST.match(text, mention.span.end)
        one_word = " " not in mention.text.strip()
        if rest is None or not one_word or rest.group(2):
            kept.append(mention)
            continue
        key = fold(mention.text)
        modifier = rest.group(1)[:1].islower()
        people_word = key in DEMONYMS or mention.entity_label == "NORP"  # "African-", "Afro-"
        if not (modifier or key in COMPOUND_PREFIXES or people_word):
            kept.append(mention)
    return kept
