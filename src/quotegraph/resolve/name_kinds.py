"""What kind of entity a name mention names: a person, an organisation, a state, a place.

The recogniser's label decides where it has one (spread from the name's other mentions, and a
surname's PERSON to the full name); titles, offices and given names outweigh it; a name it never
labelled is typed by how the article writes it ("the Federal Aviation Administration", "in
Mosul", a short form in brackets). Apart from chains.py, which links the mentions.
"""

from __future__ import annotations

import re

from quotegraph.records import EntityKind, Mention, MentionKind
from quotegraph.resolve.entities import STATES, metonym_of
from quotegraph.resolve.institutions import ORGANISATION_WORDS, PUBLICATION_WORDS, initials
from quotegraph.resolve.kinds import (
    DEMONYM_KEYS,
    GUESSED_HEADS,
    NON_ENTITY_LABELS,
    guess_kind,
    is_known_state,
    kind_of_label,
)
from quotegraph.resolve.matching import given_name_of_one, known_surname
from quotegraph.resolve.name_marks import acronym_of
from quotegraph.resolve.names import (
    PARTY_MEMBERS,
    fold,
    gender_of_given,
    is_title_word,
    split_name,
    surname,
)
from quotegraph.resolve.people import (
    BODY_OR_PLACE_WORDS,
    FUNCTION_WORDS,
    looks_like_person,
    opens_with_surname_honorific,
    person_of_body,
    surname_after_honorific,
)
from quotegraph.resolve.phrases import parse_source
from quotegraph.resolve.referents import Referent
from quotegraph.resolve.roles import is_occupation_noun
from quotegraph.resolve.surnames import title_case, written_in_lower_case


class NameKinds:
    """The kind of each name mention of one article, read with the article's other names."""

    def __init__(
        self, text: str, labels: dict[str, str], referents: list[Referent], names: list[Mention]
    ) -> None:
        self.text = text
        self.labels = labels
        self.referents = referents  # the chains' own list, which grows as they are built
        self.names = names
        self._bodies = _labelled_bodies(names)
        self._unowned: dict[str, bool] = {}
        # Each name's kind as the article writes it, once per name: its patterns are built from
        # the name, so each look compiles new expressions.
        self._written_kinds: dict[str, EntityKind | None] = {}
        self._businesses: dict[str, bool] = {}

    def kind_of(
        self, mention: Mention, name: str, titled: bool, person_role: bool = False
    ) -> EntityKind | None:
        """The kind a name mention suggests, or None when it names no entity ("Sunday", "Ukrainian")."""
        fixed = _kind_by_name(mention, name) or self._company_in_capitals(mention, name)
        if fixed is not None:
            return fixed
        label = mention.entity_label
        # "Ms Maliwal", and "Swati Maliwal" before it, are a person's though labelled ORG.
        honorific = opens_with_surname_honorific(mention.text) or surname_after_honorific(name, self.text)
        # "Kemi Badenoch, the leader of the Conservative Party": an office a person holds
        # outweighs the recogniser's GPE or ORG, which a capitalised neighbour often sways.
        office = person_role and len(name.split()) > 1
        # "MSF field co-ordinator Alfred Davies": the recogniser's ORG or GPE is the body's before
        # the role, which a capitalised neighbour sways.
        office = office or self.member_after_role(mention, name)
        if honorific or office or (titled and (label in (None, "PERSON") or label in NON_ENTITY_LABELS)):
            return EntityKind.PERSON  # "Transport Minister Peter Lindqvist", "Ms. Marsh"
        if label in NON_ENTITY_LABELS and person_of_body(mention.text) == name:
            return EntityKind.PERSON  # "Crystal Ames of the Northern Shoshone", read as a title
        label = label or self.labels.get(fold(name)) or self._label_of_surname(name)
        if label is not None:
            kind = kind_of_label(label, name)
            # "Marine Traffic", labelled ORG in two sentences: a body, though "Marine" is a given name.
            given_first = looks_like_person(name) and fold(name) not in self._bodies
            person = given_first or self._state_before_surname(name, kind)
            person = person or (label == "FAC" and self.surname_written_alone(name))
            kind = EntityKind.PERSON if kind is not None and person else kind
            named_as_body = kind in (EntityKind.STATE, EntityKind.PLACE) and _named_as_body(name)
            if named_as_body or (kind in _MISTAKEN_FOR_BUSINESS and self._business_by_clues(name)):
                return EntityKind.ORGANISATION
            if kind is None and label == "PRODUCT":
                kind = self._product_as_body(name)
            return self._unless_medium_outlet_or_place(name, kind)
        return self._kind_without_label(mention, name)

    def _company_in_capitals(self, mention: Mention, name: str) -> EntityKind | None:
        """ "ALDI said", "IKEA said": one word in capitals that ends no other name of the article
        ("RUIZ WINS" over "Ana Ruiz …") and that it gives no person is a company's or a body's
        name, though labelled PERSON; news writes no person's name so in running text."""
        label = mention.entity_label or self.labels.get(fold(name))
        if label != "PERSON" or not _ALL_CAPS_WORD.fullmatch(name):
            return None
        key = fold(name)
        ends_a_name = any(len(m.text.split()) > 1 and fold(m.text.split()[-1]) == key for m in self.names)
        return EntityKind.ORGANISATION if not ends_a_name and self._no_persons_name(name) else None

    def _product_as_body(self, name: str) -> EntityKind | None:
        """ "Facebook", "Twitter": a platform's or a company's name that the recogniser took for
        its product is the organisation where the article writes it as a medium or a business
        ("wrote on Facebook", "Facebook's chief executive"), so that "the company" can take it up;
        else no entity, as any product."""
        if not self._no_persons_name(name):
            return None
        if name not in self._written_kinds:
            self._written_kinds[name] = _kind_as_written(name, self.text)
        written = self._written_kinds[name]
        return written if written is EntityKind.ORGANISATION else None

    def member_after_role(self, mention: Mention, name: str) -> bool:
        """ "MSF field co-ordinator Alfred Davies": a person's name after a role, which the
        recogniser labelled ORG or GPE for the capitalised words before it (_person_after_role)."""
        if mention.entity_label not in _BODY_OR_PLACE_LABELS:
            return False
        premodifier = mention.premodifier
        written = f"{premodifier.text_of(self.text)} {mention.text}" if premodifier else mention.text
        if not _person_after_role(written, name):
            return False
        # Words the article also writes in lower case, or a title-case line ("A Lawyer's Dumbest
        # Client Ever"), make a thing's name of it.
        line_start = self.text.rfind("\n", 0, mention.span.start) + 1
        line_end = self.text.find("\n", mention.span.end)
        headline = title_case(self.text[line_start : line_end if line_end >= 0 else len(self.text)])
        return not headline and not any(written_in_lower_case(w, self.text) for w in name.split())

    def _unless_medium_outlet_or_place(self, name: str, kind: EntityKind | None) -> EntityKind | None:
        """`kind`, but for a name typed or guessed a person, and never written as a person's, an
        organisation where the article writes it as a medium or an outlet, so that no "he" or
        "she" takes it up: "wrote on Twitter", "his Twitter account", "the gossip site Gawker",
        and of one word "Politico reported", "according to Billboard", "the
        Rasmussen poll"; and a place where it writes it as one: "the city of White Plains", "in
        Millington, Tennessee". A name the recogniser saw and left unlabelled stays no entity: a
        new body would take up "it"."""
        guessed = kind is EntityKind.UNKNOWN and guess_kind(name) is EntityKind.PERSON
        if not (kind is EntityKind.PERSON or guessed) or not self._no_persons_name(name):
            return kind
        if name not in self._written_kinds:
            self._written_kinds[name] = _kind_as_written(name, self.text)
        return self._written_kinds[name] or kind

    def _no_persons_name(self, name: str) -> bool:
        """Whether the article gives `name` no person's given name, honorific or title anywhere,
        and no person of the article bears it as a surname ("Scott Rasmussen", "President
        Obama"): people are told, report and live in places too."""
        if name not in self._unowned:
            self._unowned[name] = not (
                gender_of_given(name.split(maxsplit=1)[0])
                or known_surname(self.referents, name)
                or _written_as_a_persons(name, self.text)
            )
        return self._unowned[name]

    def _kind_without_label(self, mention: Mention, name: str) -> EntityKind | None:
        person = known_surname(self.referents, name) or looks_like_person(name)
        if person or given_name_of_one(self.referents, name) or self.surname_written_alone(name):
            return EntityKind.PERSON
        if self._gives_short_form(mention, name) or self._named_with_article(name):
            return EntityKind.ORGANISATION
        if self._named_as_place(name):
            return EntityKind.PLACE
        if not mention.recognised:  # never shown to the recogniser: guessed by guess_kind()
            return self._unless_medium_outlet_or_place(name, EntityKind.UNKNOWN)
        return EntityKind.ORGANISATION if self._business_by_clues(name) else None

    def _business_by_clues(self, name: str) -> bool:
        """ "Shares of Wayfair fell", "Nvidia's chief executive": a name the recogniser left
        unlabelled, or took for a place or a people, is a company's where the article writes
        it as one (_written_as_business) and gives it no person's name, and it is no state's
        name; so that "the company", "the retailer" can take it up. Not a name that opens a
        longer one of the article ("Valeant" of "Valeant Pharmaceuticals International"): the
        longer name is the company, and the short one would become a second referent."""
        if is_known_state(name) or not self._no_persons_name(name):
            return False
        if name not in self._businesses:
            business = _written_as_business(name, self.text)
            self._businesses[name] = business and not self._opens_a_longer_name(name)
        return self._businesses[name]

    def _opens_a_longer_name(self, name: str) -> bool:
        words = fold(name).split()
        longer = (fold(m.text).split() for m in self.names)
        return any(len(other) > len(words) and other[: len(words)] == words for other in longer)

    def _gives_short_form(self, mention: Mention, name: str) -> bool:
        """ "wrestling promotion World Wonder Ring Stardom (Stardom)", "the Federal Election
        Commission (FEC)": a name of several words that introduces its own short form in
        brackets is an institution, also where the recogniser labelled none of it (a person's
        brackets hold a party, an age or a nickname, none of them the name's initials or word)."""
        after = self.text[mention.span.end : mention.span.end + 14]
        short = acronym_of(after.split(")")[0] + ")") if after.lstrip().startswith("(") else ""
        words = name.split()
        if not short or len(words) < 2:
            return False
        return fold(short) in initials(name) or fold(short) in {fold(w) for w in words}

    def _named_with_article(self, name: str) -> bool:
        """ "the Coalition's aircraft", "said the Federal Aviation Administration.": a name the
        article writes with "the" mid-sentence, where nothing of its own follows it, is an
        organisation's (a person takes no article; "the Obamas" is a family, left alone)."""
        if len(name.split()) == 1 and name.endswith("s"):
            return False
        pattern = rf"[a-z,;:] the {re.escape(name)}(?:'s|\u2019s|[,.;:)]| said| says)"
        return re.search(pattern, self.text) is not None

    def _named_as_place(self, name: str) -> bool:
        """ "a rocket fell in Mosul on Sunday", "fires near Fairfield,": a name the article puts
        after "in" or "near", with no possessive after it, is a place's (a person is seldom "in"
        anyone)."""
        pattern = rf"\b(?:in|near|outside|throughout) {re.escape(name)}(?:[,.;:)]| [a-z])"
        return re.search(pattern, self.text) is not None

    def _state_before_surname(self, name: str, kind: EntityKind | None) -> bool:
        """ "Israel Adesanya … Adesanya told reporters": a country's name as a given name, which
        the recogniser typed a place, is a person when the word after it stands alone as a name
        elsewhere in the article (a surname; "Mexico City" has no "City" alone)."""
        words = name.split()
        place = kind in (EntityKind.STATE, EntityKind.PLACE)
        if not place or len(words) != 2 or not is_known_state(words[0]):
            return False
        last = fold(words[1])
        if last in BODY_OR_PLACE_WORDS or not words[1][:1].isupper():
            return False
        return any(fold(m.text) == last for m in self.names)

    def surname_written_alone(self, name: str) -> bool:
        """ "Adel Nefzi … Nefzi said": a name of two words whose last word the article also
        writes alone as a name, as someone who speaks or writes, is a person's full name and
        surname, though the recogniser left the full name unlabelled or took it for a building
        (and the surname for a place). Not where a word of it is a body's, a place's, an
        outlet's, a people's or a party's word, a state's name or a common word the article
        writes in lower case ("Islamic State", "Great Britain", "Drudge Report", "Iraqi Yazidis",
        "Republican Trump"), nor where the first word names a place elsewhere ("Utah Jazz")."""
        words = name.split()
        if len(words) != 2 or not all(w[:1].isupper() and not w.isupper() for w in words):
            return False
        first, last = fold(words[0]), fold(words[1])
        if first in _PLACE_OPENING_WORDS | DEMONYM_KEYS | PARTY_MEMBERS or last in _MEDIA_END_WORDS:
            return False
        if any(is_known_state(w) or written_in_lower_case(w, self.text) for w in words):
            return False
        if any(fold(w) in _BODY_OR_PLACE_OR_HEAD_WORDS or w.casefold() in FUNCTION_WORDS for w in words):
            return False
        if self.labels.get(first) in _BODY_OR_PLACE_LABELS:
            return False
        alone = any(fold(m.text) == last for m in self.names)
        return alone and re.search(_SPEAKS.format(re.escape(words[1])), self.text) is not None

    def _label_of_surname(self, name: str) -> str | None:
        """The label of a name's last word, spread only when it says PERSON: "Carlisle" alone as
        ORG says little about "Emma Carlisle"."""
        label = self.labels.get(fold(surname(name)))
        return label if label == "PERSON" or len(name.split()) == 1 else None


# A surname as someone who speaks or writes: "Nefzi said", "said Nefzi", "Tanden wrote".
_SPEAKS = (
    r"\b{0} (?:said|says|told|wrote|writes|added|asked|explained|argued|noted|recalled|replied|informed)\b"
    r"|\b(?:said|says|told|asked) {0}\b"
)
_BODY_OR_PLACE_OR_HEAD_WORDS = BODY_OR_PLACE_WORDS | GUESSED_HEADS
# Last words of outlets' names, some of them also surnames: "Drudge Report", "Hurun Report".
_MEDIA_END_WORDS = PUBLICATION_WORDS | frozenset("report news review magazine digest weekly radio".split())
# First words of places' names, before a name that may be a person's: "Fort Pierce", "Camp David".
_PLACE_OPENING_WORDS = frozenset("fort camp mount port cape point saint st san santa".split())
_BODY_OR_PLACE_LABELS = frozenset("ORG GPE NORP LOC FAC".split())
# Kinds a label gives that a company's name is often mistaken for: a place ("Nvidia" as GPE), a
# people ("Charité" as NORP), no entity (a label such as MONEY or a name left unlabelled).
_MISTAKEN_FOR_BUSINESS = (EntityKind.STATE, EntityKind.PLACE, EntityKind.GROUP, None)
# One word in capitals, four letters or more: "ALDI", "IKEA"; not a person's initials ("JFK",
# "MBS", "AOC"), which news writes for people too.
_ALL_CAPS_WORD = re.compile(r"[A-Z]{4,}")
_DOER_ENDING = re.compile(r"(?:[^e]er|[^o]or|ist|ian)$")


def _persons_role_word(word: str) -> bool:
    """A lower-case word that may end a person's role before the name ("co-ordinator", "coach"),
    not a body's noun ("the gossip site Gawker", "chipmaker Taiwan Semiconductor")."""
    body = fold(word) in BODY_NOUNS or re.fullmatch(_BUSINESS_NOUNS, word) is not None
    # A title, an occupation, or a noun of a doer ("co-ordinator", "organiser"): no adjective
    # ("a new Middle East") and no function word ("Directorate General of Civil Aviation").
    role = is_title_word(word) or is_occupation_noun(word) or _DOER_ENDING.search(word) is not None
    return word.islower() and role and not body and not word.endswith("maker")


# A person's name as news writes it: two or three capitalised words of letters ("Ishaan
# Tharoor", "Mary-Ann O'Neil"), no initialism, no function word.
_PERSONS_NAME_WORD = re.compile(r"[A-Z][a-z]+(?:[-'\u2019][A-Za-z]+)*")


def _person_after_role(written: str, name: str) -> bool:
    """Whether a name run holds, right before `name`, a person's role in lower case ("MSF field
    co-ordinator", "Priorities USA chief strategist"), and `name` is shaped as a person's: two or
    three capitalised words, none a body's, a place's or a state's word. (An owner's possessive
    before the name, "the Washington Post's Ishaan Tharoor", was tried too and dropped: as often a
    thing's name, "Cleveland's Plain Dealer", "Obama's Clean Power Plan".)"""
    before = written[: len(written) - len(name)].rstrip() if written.endswith(name) else ""
    words = before.split()
    if not words or not _persons_role_word(words[-1]):
        return False
    parts = name.split()
    shaped = 2 <= len(parts) <= 3 and all(_PERSONS_NAME_WORD.fullmatch(w) for w in parts)
    plain = not any(fold(w) in BODY_OR_PLACE_WORDS or is_known_state(w) for w in parts)
    return shaped and plain and guess_kind(name) is EntityKind.PERSON


# Where something is posted or spreads: "wrote on Twitter", "took to Twitter", "posted a photo to
# Facebook", "a post on Medium", "trended on Twitter", "went viral on TikTok".
_POSTED_ON = (
    r"(?:took to|posted (?:[\w'\u2019]+ ){0,4}?(?:on|to)|(?:wrote|writing|tweeted|said|announced|"
    r"shared|appeared|commented|posts?|trended|trending|viral) on|via)"
)
# What a medium holds after its name: "his Twitter account", "a Facebook post", "whose Twitter
# bio", "Vessel Tracker's database" ("account for" is a verb; a person has a page, no database).
_MEDIUM_PARTS = r"(?:accounts?(?! for)|users?|posts?|pages?|feeds?|handle|followers|bio|database)"
# Nouns for a body right before its name: "the gossip site Gawker", "polling firm Rasmussen",
# "Greek daily Kathimerini", "news agency Interfax", and at a sentence's start "Website The Tab".
_BODY_BEFORE = (
    r"(?:(?i:w)ebsite|(?i:s)ite|platform|network|outlet|newspaper|magazine|publication|blog|broadcaster|"
    r"firm|company|app|daily|tabloid|agency)(?: The)?"
)
# Who reported or polled, for one word only: "Ayman Mohyeldin reported" is a reporter. Not "told
# X" nor "an interview with X": people are told and interviewed as often as outlets.
_OUTLET_BEFORE = r"(?:according to|reported by|report by|poll by|published by)"
_OUTLET_AFTER = r"(?:reported|reports)(?! from)|poll\b|survey\b"
# A title or honorific right before a name: "President Obama", "Sen. Rubio", "Mr. Trump".
_PERSONS_TITLE = re.compile(r"(?:Mr|Mrs|Ms|Miss|Dr|Sen|Rep|Gov|Gen|Lt|Col|Sgt|Capt|Prof|Rev)\.?")


def _kind_as_written(name: str, text: str) -> EntityKind | None:
    """An organisation for a name the article writes as a medium or an outlet, a place for one
    it writes as a place, else None."""
    if _written_as_medium_or_outlet(name, text):
        return EntityKind.ORGANISATION
    return EntityKind.PLACE if written_as_place(name, text) else None


def _written_as_medium_or_outlet(name: str, text: str) -> bool:
    written = re.escape(name)
    posted = rf"\b{_POSTED_ON} {written}\b(?!['\u2019]s)"
    medium = rf"{posted}|\b{written}(?: {_MEDIUM_PARTS}|['\u2019]s database)\b|\b{_BODY_BEFORE} {written}\b"
    if re.search(medium, text) or _written_as_business(name, text):
        return True
    if " " in name:
        return False
    outlet = rf"\b(?i:{_OUTLET_BEFORE}) {written}\b(?!['\u2019]s)|\b{written} (?:{_OUTLET_AFTER})"
    return re.search(outlet, text) is not None


# Nouns for a business right before its name, or before a list of names that ends in it: "drugmaker
# Pfizer", "supermarket chain Zoltan", "store chains Woolworths and Coles" (no noun that also
# names a person's trade: "producer", "developer", "publisher").
_BUSINESS_NOUNS = (
    r"(?:chains?|retailers?|supermarkets?|carmaker|automaker|drugmaker|chipmaker|planemaker|"
    r"airlines?|carriers?|insurers?|lenders?|banks?|startups?|conglomerates?|giants?|brands?|"
    r"manufacturers?|firms|companies)"
)
# In lower case, or capitalised where it opens a sentence ("Drugmaker Pfizer said…"), never a
# capitalised word in mid-sentence ("Tyra Banks", "the Giants").
_BUSINESS_BEFORE = rf"(?:\b{_BUSINESS_NOUNS}|(?:^|(?<=[.!?] )|(?<=\n))(?i:{_BUSINESS_NOUNS}))"
_NAME_IN_LIST = r"[A-Z][\w.&'\u2019-]*(?: [A-Z][\w.&'\u2019-]*){0,3}"
# What only a business has: "Pfizer's chief executive", "Zoltan's shareholders"; a person has
# a spokesman, a campaign's headquarters and a "stock answer" too.
_BUSINESS_PARTS = (
    r"(?:chief executive|chief financial officer|chief operating officer|CEO|CFO|COO|shareholders|"
    r"shares|share price|stock price|subsidiary|parent company|board of directors|market value)"
)
# A company's legal form after its name: "Zoltan Inc.", "Zoltan Corp", "Zoltan Ltd", "Zoltan plc".
_LEGAL_FORM = r"(?:Inc|Corp|Ltd|LLC|plc|PLC|GmbH)\b"


def _written_as_business(name: str, text: str) -> bool:
    """Whether the article writes `name` as a company's: after a business's noun ("drugmaker
    Pfizer", "store chains Woolworths and Coles"), with what only a business has ("Pfizer's
    chief executive", "shares of Pfizer") or with its legal form ("Pfizer Inc.")."""
    written = re.escape(name)
    listed = rf"(?:{_NAME_IN_LIST}(?:,| and| &) )?"
    before = rf"{_BUSINESS_BEFORE} {listed}{written}\b"
    parts = rf"\b{written}['\u2019]s {_BUSINESS_PARTS}\b|\b[Ss]hares (?:of|in) {written}\b"
    legal = rf"\b{written},? {_LEGAL_FORM}"
    return re.search(rf"{before}|{parts}|{legal}", text, re.MULTILINE) is not None


# A place's name after its kind of place, or after "in" with a comma or a full stop after it
# ("in Millington, Tennessee"; "confidence in Ruiz's plan" is a person's).
_PLACE_BEFORE = r"(?:(?:city|town|village|suburb|county|borough|province|region) of|in|near|outside)"


def written_as_place(name: str, text: str) -> bool:
    """Whether the article writes `name` as a place: "in Millington, Tennessee", "the city of Paris."."""
    return re.search(rf"\b{_PLACE_BEFORE} {re.escape(name)}[,.;:]", text) is not None


# What a capitalised word stands right after for its place alone: nothing, a sentence's end or a
# quotation's opening mark.
_OPENING_MARKS = frozenset({"", ".", "!", "?", ":", '"', "'", "\u201d", "\u201c", "\u2018"})


def _written_as_a_persons(name: str, text: str) -> bool:
    """Whether the article writes `name` after a given name, an honorific, a title or any other
    capitalised word of a name ("Justice Antonin Scalia" makes a surname of "in Scalia."); not
    after a function word, a possessive or a sentence's end ("On Twitter", "AP's Twitter")."""
    for found in re.finditer(rf"\b([A-Z][\w.'\u2019-]*) {re.escape(name)}\b", text):
        before = found.group(1)
        word = before.rstrip(".")
        if _PERSONS_TITLE.fullmatch(before) or gender_of_given(word):
            return True
        # "Later Zell Dorn flooded": a sentence's first word is capitalised whatever it is, and so
        # is a quotation's ("as ''Wilayat Twitter,''", two single marks as some outlets type them).
        opens = text[: found.start()].rstrip()[-1:] in _OPENING_MARKS
        ends = before.endswith(".") or word.endswith(("'s", "\u2019s", "'", "\u2019"))
        if not (opens or ends) and word.casefold() not in FUNCTION_WORDS | {"the", "a", "an", "according"}:
            return True
    return False


# Last words of bodies' names that no place's name ends in: not a centre, a bank, a union or an
# office ("Center City", "West Bank", "Soviet Union", "Oval Office"), nor a publication's word
# ("Capitol Hill").
_BODY_END_WORDS = (ORGANISATION_WORDS - frozenset("bank union office".split())) | frozenset(
    "society foundation federation league board bureau academy".split()
)


def _named_as_body(name: str) -> bool:
    """ "Green Party", "Orthodox Union", "Secret Service": a name of several words that ends in a
    body's word names that body, though a place's name in it made the recogniser call it a place."""
    words = name.split()
    return len(words) > 1 and fold(words[-1]) in _BODY_END_WORDS


def _kind_by_name(mention: Mention, name: str) -> EntityKind | None:
    """The kind a name says whatever its label: a web site's address ("News.com.au", "Znak.com",
    which the recogniser takes for a place or a person), a state's name, a capital's or a seat's
    (its state's or its body's kind), a news outlet's name ("Wikinews", "Fox News", "Yonhap
    News"), a team's."""
    if _WEB_ADDRESS.fullmatch(name):
        return EntityKind.ORGANISATION
    metonym = metonym_of(mention.text)
    if metonym is not None:
        return metonym[1]  # "the Pentagon" is a department, not the state whose seat it is
    if fold(name) in STATES:
        return EntityKind.STATE
    return EntityKind.ORGANISATION if fold(name).endswith("news") or is_team(name) else None


# A site's address as its name: a word, then lower-case domain parts ("Politico.com", "News.com.au");
# no initials or abbreviation has a lower-case part after a full stop ("U.S.", "Jr.").
_WEB_ADDRESS = re.compile(r"[A-Za-z0-9][\w-]*(?:\.[a-z]{2,4})+")


def is_team(name: str) -> bool:
    """ "Team Trump", "Team GB": a team named after its leader or country is a body, and no person
    whose surname would take over the leader's later mentions."""
    return fold(name).startswith("team ")


# Heads of an apposition that make the name before it a body: "Twitter, the social networking site".
BODY_NOUNS = frozenset(
    """company firm carmaker airline bank retailer charity group website site platform service network
    publication newspaper magazine broadcaster channel agency startup conglomerate giant manufacturer
    automaker insurer lender carrier supermarket app nonprofit""".split()
)


_RELATIVE_CLAUSE = re.compile(r"\s+(?:that|which|who|whose)\b")


def described_as_body(mention: Mention, name: str, text: str) -> bool:
    """ "Twitter, the social networking site that …", "Statista, a data company": one word the
    apposition after it calls a company, a site or a service is a body, though the recogniser
    took it for a person; never a known given name, a place or a state."""
    if mention.appositive is None or " " in name or not name[:1].isupper() or gender_of_given(name):
        return False
    if mention.entity_label not in (None, "PERSON", "ORG") or is_known_state(name):
        return False  # "flood-ravaged Louisiana, a Baton Rouge newspaper called on …" is a place
    described = parse_source(_RELATIVE_CLAUSE.split(mention.appositive.text_of(text), maxsplit=1)[0])
    return described.determiner in ("the", "a", "an") and described.head in BODY_NOUNS


def labels_by_name(mentions: list[Mention]) -> dict[str, str]:
    """Folded name → the entity label first computed for it (extract/ labels few sentences)."""
    labels: dict[str, str] = {}
    for mention in mentions:
        if mention.kind is MentionKind.NAME and mention.entity_label:
            labels.setdefault(fold(split_name(mention.text).name), mention.entity_label)
    return labels


def _labelled_bodies(names: list[Mention]) -> frozenset[str]:
    """Folded names the recogniser labelled ORG in two sentences or more and never PERSON: two
    readings of different contexts that agree outweigh a given name's look."""
    sentences: dict[str, set[int]] = {}
    people: set[str] = set()
    for mention in names:
        key = fold(split_name(mention.text).name)
        if mention.entity_label == "ORG":
            sentences.setdefault(key, set()).add(mention.sentence)
        elif mention.entity_label == "PERSON":
            people.add(key)
    return frozenset(key for key, found in sentences.items() if len(found) > 1 and key not in people)
