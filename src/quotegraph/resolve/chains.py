"""The entities one article names, with every name mention linked to one of them.

Name chains follow the usual newswire rules (e.g. Lee et al. 2013, Stanford's sieve
coreference, passes "exact match" and "relaxed head match"): a full name introduces a person,
and a later surname, "Mr./Ms. Surname" or the same name with a title links back to them.
Roles come from titles before the name and appositives after it. This module reads each
mention (its name, kind and roles); matching.py finds the earlier referent it continues.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import replace

from quotegraph.records import Article, EntityKind, Mention, MentionKind
from quotegraph.resolve.demonyms import DEMONYMS
from quotegraph.resolve.entities import metonym_of
from quotegraph.resolve.institutions import (
    institution_name,
    is_institution,
    joined_institutions,
    titled_mid_sentence,
)
from quotegraph.resolve.kin import FEMALE_KIN, MALE_KIN
from quotegraph.resolve.kinds import (
    NON_ENTITY_LABELS,
    guess_kind,
    headed_by_institution_word,
    is_known_state,
    opens_institution,
)
from quotegraph.resolve.matching import (
    Continuation,
    continued_referent,
    exact_referent,
    referent_by_given_name,
)
from quotegraph.resolve.name_kinds import (
    NameKinds,
    described_as_body,
    is_team,
    labels_by_name,
    written_as_place,
)
from quotegraph.resolve.name_marks import acronym_of, fills_a_quotation, nickname_of, without_acronym
from quotegraph.resolve.names import (
    OCCUPATION_ENDING,
    OCCUPATIONS,
    ParsedName,
    fold,
    gender_of_given,
    generational_suffix,
    is_hyphenated_given,
    is_title_word,
    office_without_name,
    split_name,
    split_role,
    surname,
    titled_name,
    untitled_words,
)
from quotegraph.resolve.people import (
    FUNCTION_WORDS,
    ends_in_person,
    has_honorific,
    looks_like_person,
    person_of_body,
    surname_after_honorific,
    without_common_noun,
    without_function_word,
)
from quotegraph.resolve.phrases import KIN
from quotegraph.resolve.referents import Referent
from quotegraph.resolve.roles import is_occupation, is_person_role
from quotegraph.resolve.surnames import (
    NOT_ENTITIES,
    with_name_before_article,
    with_surnames,
    with_trailing_number,
    with_word_given_names,
    without_common_word_before_given,
    without_compound_parts,
    without_descriptor_before_name,
    without_headline_words,
    without_run_before_comma,
    without_word_before_surname,
)

TITLE_JOINERS = frozenset({"of", "the", "to", "for", "from"})
_KIN_WORDS = "|".join(sorted(KIN))
_KIN_BEFORE = re.compile(rf"\b(?:{_KIN_WORDS}),\s*$", re.I)
# "her son Kwame", "Ella Baker's younger brother, Tom": whose relative a lone name after a kinship word is.
_KIN_OWNER = re.compile(
    rf"\b(?P<owner>[Hh]is|[Hh]er|[Tt]heir|[A-Z][\w'\u2019-]*(?:'s|\u2019s))\s+"
    rf"(?:(?:late|eldest|oldest|youngest|younger|older|elder|twin|only|estranged|former)\s+)?"
    rf"(?:{_KIN_WORDS})(?:,\s*|\s+)$"
)
_AND = " and "
_LOWER_CASE_WORD_BEFORE = re.compile(r"(?<![\w'\u2019-])[a-z]+ $")
# "study co-author and Royal Society Research Fellow Martin How", "lawyer and activist Ana Ruiz":
# an occupation joined by "and" to the title right before a name is that person's too. Only
# occupations, never an office ("the president and Senator Ana Ruiz" are two people), and no
# determiner or name inside the first role.
_NON_OFFICE_ROLES = frozenset(
    "founder analyst professor lawyer fellow adviser advisor aide strategist".split()
)
_DETERMINERS = frozenset("a an the his her their its".split())
_NOT_MODIFIERS = FUNCTION_WORDS | _DETERMINERS | frozenset("said says told".split())


def _name_mentions(mentions: list[Mention]) -> list[Mention]:
    return sorted((m for m in mentions if m.kind is MentionKind.NAME), key=lambda m: m.span)


def _prepared_names(mentions: list[Mention], text: str) -> list[Mention]:
    """The article's name mentions with the recogniser's runs mended (surnames.py), in the
    order the mending needs: headline words and bodies' names first, surnames last."""
    names = _name_mentions(mentions)
    for mend in (
        without_headline_words,
        without_compound_parts,
        without_common_word_before_given,
        with_name_before_article,
        joined_institutions,
    ):
        names = mend(names, text)
    names = without_run_before_comma(without_descriptor_before_name(names))
    for mend in (without_word_before_surname, with_surnames, with_word_given_names, with_trailing_number):
        names = mend(names, text)
    return names


class Chains:
    """Name mention → Referent for one article, built in text order."""

    def __init__(self, article: Article, mentions: list[Mention]) -> None:
        self.text = article.text
        self.referents: list[Referent] = []
        self.of_mention: dict[int, Referent] = {}  # mention start → referent
        self.labels = labels_by_name(mentions)
        self.acronyms: dict[str, Referent] = {}  # folded acronym → the institution it abbreviates
        self._pair_ranks: dict[int, int] = {}  # mention start → 1 or 2 in "Khizr and Ghazala Khan"
        self.names = _prepared_names(mentions, article.text)
        self._name_starts = [m.span.start for m in self.names]
        self._kinds = NameKinds(self.text, self.labels, self.referents, self.names)
        for mention in self.names:
            self._add(mention)
        self._describe_appositive_names(mentions)
        for referent in self.referents:
            self._give_surname_its_given_name(referent)

    def _describe_appositive_names(self, mentions: list[Mention]) -> None:
        """ "A Kremlin spokesman, Dmitry Peskov,", "The study's lead author, doctoral candidate
        Maninder Thind,": the description gives the person named in its apposition a role."""
        for mention in mentions:
            appositive = mention.appositive
            named = self.names_between(appositive.start, appositive.end) if appositive else []
            referent = self.referent_at(named[0]) if named else None
            person = referent is not None and referent.kind is EntityKind.PERSON
            if mention.kind is MentionKind.NOMINAL and person and referent is not None:
                referent.add_role(*split_role(mention.text))

    def _give_surname_its_given_name(self, person: Referent) -> None:
        """ "MSNBC's “The Rachel Maddow Show” … Maddow said": a person the chains know by surname
        alone takes the one known given name the article writes before that surname anywhere,
        also inside another name or a sentence the recogniser never read (the conventions want
        the fullest name), when the sex agrees and no other person of that surname is named."""
        name = person.name
        if person.kind is not EntityKind.PERSON or " " in name or not name[:1].isupper() or name.isupper():
            return
        givens = {
            found.group(1)
            for found in re.finditer(rf"\b([A-Z][\w'\u2019-]*) {re.escape(name)}\b", self.text)
            if gender_of_given(found.group(1))
        }
        if len(givens) != 1:
            return
        given = givens.pop()
        sex = gender_of_given(given)
        namesakes = [
            r
            for r in self.referents
            if r is not person and r.kind is EntityKind.PERSON and fold(surname(r.name)) == fold(name)
        ]
        if namesakes or person.gender not in ("", sex):
            return
        person.name = f"{given} {name}"

    def referent_at(self, mention: Mention) -> Referent | None:
        return self.of_mention.get(mention.span.start)

    def names_between(self, start: int, end: int) -> list[Mention]:
        """Name mentions starting in [start, end), in text order: a bisection, not a scan."""
        return self.names[bisect_left(self._name_starts, start) : bisect_left(self._name_starts, end)]

    def _add(self, mention: Mention) -> None:
        mid_sentence = self._after_lower_case_word(mention)
        written = mention.text if mid_sentence else without_function_word(mention.text)
        parsed = self._parsed(mention, without_common_noun(written))
        office = not parsed.institution and office_without_name(parsed.name)
        if not parsed.name or fold(parsed.name) in NOT_ENTITIES or office:
            self._surname_as_title(mention, parsed)
            return
        roles = [(parsed.affiliation, parsed.role)] + [
            split_role(span.text_of(self.text)) for span in (mention.premodifier, mention.appositive) if span
        ]
        roles += [("", role) for role in [self._coordinated_role(mention)] if role]
        titled = bool(parsed.role) or has_honorific(mention.text)
        person_role = any(is_person_role(r) for _, r in roles) or is_occupation(parsed.role, parsed.name)
        kind = self._kinds.kind_of(mention, parsed.name, titled, person_role)
        body = kind is not None and described_as_body(mention, parsed.name, self.text)
        kind = EntityKind.ORGANISATION if body else kind
        publication = parsed.institution and titled_mid_sentence(self.text, mention.span.start)
        if parsed.institution and kind in (None, EntityKind.GROUP, EntityKind.UNKNOWN, EntityKind.PERSON):
            kind = EntityKind.ORGANISATION  # "The Hindu": a newspaper, though its word names a group
        elif publication and kind is EntityKind.PLACE:
            kind = EntityKind.ORGANISATION  # "The Atlantic", a magazine, though its word names an ocean
        state = self._people_as_state(mention)
        if state:
            kind, parsed = EntityKind.STATE, ParsedName(state)
        if kind is None or self._quoted_term(mention, kind, parsed.name):
            return
        namesake = self._person_named_like_state(mention, parsed.name)
        kind = EntityKind.PERSON if namesake is not None else kind
        metonym = None if namesake is not None else metonym_of(mention.text)
        name = metonym[0] if metonym else parsed.name  # "Moscow" is Russia; the mention keeps "Moscow"
        if self._named_as_relative(mention, name) or is_team(name):
            # "her widowed mother, Gloria Morgan Vanderbilt": a full name given to someone's
            # relative is another person than any named less fully (Gloria Vanderbilt).
            referent = exact_referent(self.referents, name) or self._new(name, kind, mention.span.start)
            referent.gender = referent.gender or self._relative_gender(mention)
        else:
            continuation = Continuation(namesake) if namesake is not None else continued_referent(
                self.referents,
                self.acronyms,
                name,
                kind,
                self._linking_gender(mention, parsed),
                honorific=has_honorific(mention.text),
                title=parsed.role,
            )
            if continuation is not None and self._son_of_a_surname(name, continuation.referent):
                continuation = None
            referent = (
                (continuation.apply() if continuation is not None else None)
                or referent_by_given_name(
                    # "Princess Ubolratana" after "Princess Ubolratana Mahidol": the name after the title
                    self.referents,
                    self.labels,
                    mention.text,
                    " ".join(untitled_words(name.split())),
                    kind=kind,
                    gender=parsed.gender,
                )
                or self._new(name, kind, mention.span.start)
            )
        self._retype(referent, kind, titled=titled, body=body)
        referent.evidence = referent.evidence or (
            kind is EntityKind.PERSON
            and (titled or mention.entity_label == "PERSON" or bool(gender_of_given(name.split()[0])))
        )
        self._note_acronym(mention, referent)
        longer = len(name.split()) > len(referent.name.split()) or (
            # "Lord Sugar", then "Alan Sugar": the given name outranks the title (ANNOTATING.md)
            titled_name(referent.name) and not titled_name(name) and len(name.split()) > 1
        )
        if referent.kind is EntityKind.PERSON and longer:
            referent.name = name  # "Rutte" first, "Mark Rutte" later: keep the full name
        if referent.kind is EntityKind.PERSON and (longer or not referent.mentions) and " " in referent.name:
            self._absorb_given_name(referent)
        for affiliation, role in roles:
            referent.add_role(affiliation, role)
        referent.gender = referent.gender or parsed.gender
        self._note_pair_rank(mention, referent)
        referent.mentions += 1
        referent.subjects += int(mention.is_subject)
        if nickname_of(mention.text):
            referent.nicknames.add(fold(nickname_of(mention.text)))
        self.of_mention[mention.span.start] = referent

    def _quoted_term(self, mention: Mention, kind: EntityKind, name: str) -> bool:
        """ "their location as ''Wilayat Twitter,''": a name taken for a new person's that is all a
        quotation holds is a term or a title the article quotes (fills_a_quotation), so it
        introduces no one whose surname a later "Twitter" would be."""
        quoted = fills_a_quotation(self.text, mention.span.start, mention.span.end)
        return quoted and kind is EntityKind.PERSON and exact_referent(self.referents, name) is None

    def _after_lower_case_word(self, mention: Mention) -> bool:
        """ "toilet paper producer [Who Gives a Crap]": a capitalised function word in
        mid-sentence, after a lower-case word, opens a name; only one opening a sentence
        ("Beyond Trump's finances") is capitalised for its place alone."""
        start = mention.span.start
        return _LOWER_CASE_WORD_BEFORE.search(self.text, max(0, start - 30), start) is not None

    def _retype(self, referent: Referent, kind: EntityKind, *, titled: bool, body: bool) -> None:
        """What a mention shows of the referent's kind: "Ms Badenoch" shows the recogniser's GPE
        was wrong; "Twitter, the social networking site" that its PERSON was."""
        abbreviated = referent in self.acronyms.values()  # "Stardom" of "… Stardom (Stardom)"
        retyped = kind is EntityKind.PERSON and referent.kind is not EntityKind.PERSON
        if retyped and titled and not abbreviated:
            referent.kind = EntityKind.PERSON
        if body and " " not in referent.name:
            referent.kind = EntityKind.ORGANISATION

    def _note_pair_rank(self, mention: Mention, referent: Referent) -> None:
        """ "Khizr and Ghazala Khan": which of the couple this person was named as."""
        rank = self._pair_ranks.get(mention.span.start, 0)
        if referent.kind is EntityKind.PERSON and rank and not referent.pair_rank:
            referent.pair_rank = rank

    @staticmethod
    def _linking_gender(mention: Mention, parsed: ParsedName) -> str:
        """The sex a name may not clash with when it continues a person. A lone word's sex from
        the given-name lists says nothing when that word is a surname: "Lawrence Joyce … Joyce
        told" is one man, though "Joyce" is also a woman's given name. A title, honorific or
        given name before it still counts ("Ms. Joyce", "Ann Joyce")."""
        lone = len(parsed.name.split()) == 1 and not parsed.role and not has_honorific(mention.text)
        return "" if lone else parsed.gender

    def _son_of_a_surname(self, name: str, person: Referent) -> bool:
        """ "Trump said … Donald Trump Jr. said": a full name ending in "Jr."/"III" is another
        person than the one known so far by its surname alone when the article writes the same
        given name and surname without the suffix (the father, "Donald Trump", "Donald J. Trump");
        written only with it ("Biden" … "Joseph R. Biden Jr." throughout), it is that person."""
        suffix = generational_suffix(name)
        if not suffix or " " in person.name:
            return False
        words = name.split()
        given, family = re.escape(words[0]), re.escape(surname(name))
        bare = rf"\b{given}\s+(?:[A-Z]\.\s+)?{family}\b(?!,?\s+(?:Jr|Sr|II|III|IV)\b)"
        return re.search(bare, self.text) is not None

    def _surname_as_title(self, mention: Mention, parsed: ParsedName) -> None:
        """ "Senator Angus King … King said": a surname that is also a title word, written alone,
        is the one person the article named before with that surname (a title alone is no name)."""
        word = mention.text.strip()
        if parsed.name or " " in word or not word[:1].isupper():
            return
        people = [
            r
            for r in self.referents
            if r.kind is EntityKind.PERSON and " " in r.name and fold(surname(r.name)) == fold(word)
        ]
        if len(people) == 1:
            people[0].mentions += 1
            self.of_mention[mention.span.start] = people[0]

    def _shared_surname(self, mention: Mention, name: str) -> str:
        """ "Maria and Tom Keller": a lone given name joined by "and" to a given name and a
        surname shares that surname (a couple's, siblings' family name) -> "Maria Keller". Given
        names the lists do not know count when neither name is anything else ("Khizr and Ghazala
        Khan"); the two are then a pair whose order tells them apart (matching.py)."""
        if len(name.split()) != 1:
            return ""
        after = mention.span.end + len(_AND)
        joined = self.text[mention.span.end : after] == _AND
        following = self.names_between(after, after + 1) if joined else []
        words = following[0].text.split() if following else []
        if len(words) < 2:
            return ""
        if gender_of_given(name) and (gender_of_given(words[0]) or is_hyphenated_given(words[0])):
            return f"{name} {surname(following[0].text)}"
        unknown = not gender_of_given(name) and not gender_of_given(words[0])
        if not unknown or not self._pair_of_given_names(mention, following[0]):
            return ""
        self._pair_ranks.update({mention.span.start: 1, following[0].span.start: 2})
        return f"{name} {surname(following[0].text)}"

    def _pair_of_given_names(self, first: Mention, second: Mention) -> bool:
        """ "Khizr and Ghazala Khan": a lone person's word before "and" and a two-word person's
        name is a given name sharing the surname when the article never writes it but before
        another capitalised word ("Khizr Khan"): "Trump and Hillary Clinton", "Singer and Ken
        Griffin" name a person by a surname the article writes alone or after a given name."""
        word, words = first.text, second.text.split()
        people = all(m.entity_label in (None, "PERSON") for m in (first, second))
        plain = word.isalpha() and word[:1].isupper() and not word.isupper() and not is_known_state(word)
        named = len(words) == 2 and all(w[:1].isupper() and not is_title_word(w) for w in [word, *words])
        found = re.finditer(rf"\b{re.escape(word)}\b", self.text)
        elsewhere = (m.end() for m in found if m.start() != first.span.start)
        given = all(re.match(r"\s[A-Z]", self.text[end : end + 2]) for end in elsewhere)
        return people and plain and named and given

    def _kin_surname(self, mention: Mention, name: str) -> str:
        """ "Grace Osei … Her son Kwame", "Ella Baker's brother, Tom": a lone name after a kinship
        word takes the family name of the person whose relative it is (CONVENTIONS: "Jane Smith's
        father, Tom" is Tom Smith), so that its later mentions ("Kwame said") are that person too."""
        if " " in name or not name[:1].isupper() or is_known_state(name):
            return ""
        before = self.text[max(0, mention.span.start - 60) : mention.span.start]
        found = _KIN_OWNER.search(before)
        if found is None:
            return ""
        owner_at = mention.span.start - len(before) + found.start()
        relative = self._kin_owner(found.group("owner").casefold(), owner_at, mention.sentence)
        return f"{name} {surname(relative.name)}" if relative is not None else ""

    def _kin_owner(self, owner: str, at: int, sentence: int) -> Referent | None:
        """The person a kinship word's possessor names: "Baker's" the person named there; "his",
        "her", "their" the nearest person of two words or more before, in this sentence or the
        two before, whose sex does not clash."""
        named = owner not in ("his", "her", "their")
        wanted = {"his": "m", "her": "f"}.get(owner, "")
        for mention in reversed(self.names_between(max(0, at - 300), at + 1)):
            referent = self.of_mention.get(mention.span.start)
            if named and mention.span.end < at:
                return None  # the possessor's own name is the last one before the kinship word
            if named and self.text[: mention.span.start].endswith(_AND):
                return None  # "Baloch and Waseem's mother, Anwar": of two, whose family name is not said
            if mention.sentence < sentence - 2:
                return None
            if referent is None or referent.kind is not EntityKind.PERSON or " " not in referent.name:
                continue
            if not named and referent.gender not in ("", wanted):
                continue
            return referent
        return None

    def _person_named_like_state(self, mention: Mention, name: str) -> Referent | None:
        """ "Rep. Steve Israel … Israel said", "Jeremy Paris … Paris, who used to work on Capitol
        Hill": a one-word name that is also a country's or a capital's is the surname of the one
        person the article named with it and a given name before, where the article never writes
        the name as a place ("in Paris.") nor with "the". The person needs evidence (a given name,
        a title, the recogniser's PERSON): a run typed a person is not always one ("Latin America",
        "Breitbart London")."""
        if " " in name or not is_known_state(name) or written_as_place(name, self.text):
            return None
        if self.text[max(0, mention.span.start - 4) : mention.span.start].casefold() == "the ":
            return None
        key = fold(name)
        people = [
            r
            for r in self.referents
            if r.kind is EntityKind.PERSON
            and len(r.name.split()) > 1
            and fold(r.name.split()[-1]) == key
            and r.evidence
        ]
        return people[0] if len(people) == 1 else None

    def _people_as_state(self, mention: Mention) -> str:
        """ "The Armenians claim …", "the Russians said": a nation's people with "the" are the
        side its state speaks for in news of conflict and talks (CONVENTIONS: a state and the
        bodies that speak for it); "Armenians living abroad" without "the" stay a group."""
        key = fold(mention.text)
        state = DEMONYMS.get(key[:-1]) if key.endswith("s") else None
        before = self.text[max(0, mention.span.start - 4) : mention.span.start]
        return state if state and before.casefold() == "the " else ""

    def _relative_gender(self, mention: Mention) -> str:
        """The sex the kinship word before a name says: "his wife, Naghmeh Abedini" is a woman."""
        word = self._kin_word_before(mention)
        return "m" if word in MALE_KIN else "f" if word in FEMALE_KIN else ""

    def _named_as_relative(self, mention: Mention, name: str) -> bool:
        """A full name in apposition to a kinship word: "her mother, Gloria Morgan Vanderbilt"."""
        return len(name.split()) > 1 and bool(self._kin_word_before(mention))

    def _kin_word_before(self, mention: Mention) -> str:
        """The kinship word a name stands in apposition to ("her mother, [Gloria …]"), folded, or ""."""
        before = self.text[max(0, mention.span.start - 40) : mention.span.start]
        found = _KIN_BEFORE.search(before)
        return found.group(0).rstrip(", \t\n").casefold() if found else ""

    def _parsed(self, mention: Mention, written: str) -> ParsedName:
        """The name a mention gives: a person's without titles, an institution's whole
        ("Ministry of Foreign Affairs" keeps "Foreign"; "The Guardian" keeps "The")."""
        person_of = person_of_body(written) if mention.entity_label in NON_ENTITY_LABELS else ""
        parsed = split_name(self._title_before(mention) + (person_of or written))
        person = (
            (
                (is_person_role(parsed.role) or is_occupation(parsed.role, parsed.name))
                and not opens_institution(written, parsed)
                and not headed_by_institution_word(mention, written, self.labels.get(fold(parsed.name)))
            )
            or looks_like_person(parsed.name)
            or has_honorific(written)
            or surname_after_honorific(parsed.name, self.text)
            or ends_in_person(written)
            or bool(person_of)
            or self._kinds.member_after_role(mention, parsed.name)
            # "An email from Neera Tanden": the recogniser's FAC makes no building of a full name
            # whose surname the article writes alone.
            or (mention.entity_label == "FAC" and self._kinds.surname_written_alone(parsed.name))
        )
        after_the = self.text[max(0, mention.span.start - 4) : mention.span.start] == "The "
        if person or not is_institution(mention, written, after_the=after_the, text=self.text):
            shared = self._shared_surname(mention, parsed.name) or self._kin_surname(mention, parsed.name)
            return replace(parsed, name=shared) if shared else parsed
        return ParsedName(
            institution_name(self.text, mention.span.start, without_acronym(written)), institution=True
        )

    def _note_acronym(self, mention: Mention, referent: Referent) -> None:
        """ "the World Health Organization (WHO)": the acronym names the same referent from now on."""
        after = self.text[mention.span.start : mention.span.end + 14]
        acronym = acronym_of(after.split(")")[0] + ")") if "(" in after else ""
        if acronym and referent.kind is not EntityKind.PERSON:
            self.acronyms.setdefault(fold(acronym), referent)

    def _absorb_given_name(self, person: Referent) -> None:
        """ "Heidi" first, "Heidi Cruz" later: the earlier given name alone was this person."""
        given = fold(person.name.split()[0])
        namesakes = [r for r in self.referents if r is not person and r.kind is EntityKind.PERSON]
        alone = [r for r in namesakes if fold(r.name) == given]
        if len(alone) != 1 or any(fold(r.name.split()[0]) == given for r in namesakes if r not in alone):
            return
        [earlier] = alone
        self.referents.remove(earlier)
        for start, referent in self.of_mention.items():
            if referent is earlier:
                self.of_mention[start] = person
        for role in earlier.roles:
            person.add_role(*role)
        person.first = min(person.first, earlier.first)
        person.mentions += earlier.mentions
        person.subjects += earlier.subjects
        person.gender = person.gender or earlier.gender

    def _coordinated_role(self, mention: Mention) -> str:
        """ "[study co-author] and Royal Society Research Fellow Martin How": an occupation joined
        by "and" to the title written before a name (or to the name itself) is the person's."""
        start = mention.premodifier.start if mention.premodifier else mention.span.start
        line = self._line_before(start)
        if not line.endswith(_AND):
            return ""
        words = line.removesuffix(_AND).split()
        if not words or not _is_occupation_word(words[-1]):
            return ""
        role = [words.pop()]
        # "study co-author": lower-case modifiers up to a function word, a determiner or a verb of
        # saying ("said study co-author and …" gives "study co-author").
        while words and len(role) < 3 and words[-1].islower() and words[-1] not in _NOT_MODIFIERS:
            role.insert(0, words.pop())
        if words and words[-1].casefold() in _DETERMINERS:
            return ""  # "The researcher and Professor Ana Ruiz met": two people
        return " ".join(role)

    def _line_before(self, offset: int) -> str:
        """The text of `offset`'s line before it, up to 60 characters: where a title or a role
        written before a name stands."""
        return self.text[max(0, offset - 60) : offset].rsplit("\n", 1)[-1]

    def _title_before(self, mention: Mention) -> str:
        """Title words right before the name that the name run left out ("Ukrainian " President…)."""
        line = self._line_before(mention.span.start)
        words = line.split()
        start = len(words)
        joined = False  # small words since the last title word kept
        for k in range(len(words) - 1, -1, -1):
            word = words[k]
            if is_title_word(word) or word.casefold() in DEMONYMS:
                # "Secretary of " State Antony Blinken, "Ambassador to the " United Nations Nikki
                # Haley: small words join a capitalised title, never "a spokesman for the".
                if joined and not word[:1].isupper():
                    break
                start, joined = k, False
            elif word in TITLE_JOINERS:
                joined = True
            else:
                break
        return " ".join(words[start:]) + " " if start < len(words) else ""

    def _new(self, name: str, kind: EntityKind, start: int) -> Referent:
        referent = Referent(name, kind if kind is not EntityKind.UNKNOWN else guess_kind(name), first=start)
        self.referents.append(referent)
        return referent


def _is_occupation_word(word: str) -> bool:
    """An occupation, never an office: "co-author", "lawyer", "ecologist"."""
    bare = word.removeprefix("co-")
    return bare in OCCUPATIONS or bare in _NON_OFFICE_ROLES or bool(OCCUPATION_ENDING.search(bare))
