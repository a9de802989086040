"""Who a role or a common noun stands for: "the prime minister", "the ministry", "the
government", "the police", "the palace", "Thai law".

A role goes to the person the article names in it (the latest before, else the one holder); an
organisation noun to the organisation of that name, or the most salient one named before; a
government and a state's law to the state; "police" to the one force the article names; "the
palace" to its monarch. Apart from descriptions.py because these look up the article's
referents by office and kind, whatever phrase asked: descriptions, possessors and issuers all
end here.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from quotegraph.records import EntityKind, Mention
from quotegraph.resolve.chains import Chains
from quotegraph.resolve.demonyms import DEMONYMS
from quotegraph.resolve.entities import STATE_SHORT_FORMS, STATES
from quotegraph.resolve.institutions import INSTITUTION_HEADS, ORGANISATION_WORDS
from quotegraph.resolve.names import (
    PERSON_ROLE_HEADS,
    fold,
    split_name,
    surname,
    words_of,
)
from quotegraph.resolve.phrases import INSTITUTION_WORDS, SourcePhrase
from quotegraph.resolve.referents import Referent
from quotegraph.resolve.resolved import ANONYMOUS_HEADS, Speaker, description, head_word, of_referent
from quotegraph.resolve.roles import is_person_role

# Definite descriptions news uses for an organisation it has just named (Lee et al. 2013 would
# leave these to head match; in news "the company" is almost always the last company named).
ORGANISATION_NOUNS = frozenset(
    """company firm carmaker airline group bank ministry agency alliance party union campaign
    committee council department organisation organization charity club retailer website site
    publication newspaper paper outlet broadcaster network magazine database service channel
    station court embassy tribunal police force army""".split()
)
# Bodies news names by their place and takes up by the noun alone: "the Marbel diocese … the diocese".
LOCAL_BODY_NOUNS = frozenset("diocese archdiocese parish hospital clinic airport prison council".split())
# Institutions news names bare ("Charité", "Columbia") and then takes up by their kind alone:
# "Charité said … The hospital also asked", "Columbia defends … The university rebutted". When
# no name holds the noun and no place's body is written before it, the noun is the organisation
# just named (last_named_organisation: the sentences right before, a subject first).
NAMED_BARE_INSTITUTIONS = frozenset("hospital clinic university".split())
# Of these nouns news means the organisation it named last, whatever its name.
LAST_NAMED_NOUNS = frozenset(
    """company firm carmaker airline bank retailer charity club group website site publication
    newspaper paper outlet magazine broadcaster network agency union ministry department committee
    council commission organisation organization campaign alliance regulator watchdog nonprofit
    carrier insurer lender automaker manufacturer supermarket startup conglomerate giant""".split()
)
# Nouns for an outlet, which news also writes after the outlet's name ("Science magazine").
OUTLET_NOUNS = frozenset(
    "website site publication newspaper paper outlet magazine broadcaster network channel station".split()
)
# Nouns for a site on the web: news names several in a row by what each shows ("Vessel
# Tracker's database had…; the website noted"), so "the website" is the latest of them.
WEB_NOUNS = frozenset("website site".split())
# Nouns for a business, which never takes up a public body, and the words that name one.
COMMERCIAL_NOUNS = frozenset(
    """company firm carmaker airline retailer carrier insurer lender automaker manufacturer supermarket
    startup conglomerate giant""".split()
)
# Last words of a name that say what kind of body it is, a kind no other noun takes up: "the
# group" after "Temple University" is no university, "the newspaper" after "the Electoral
# College" no college.
KIND_NAMING_WORDS = frozenset("university college school academy court party church".split())
PUBLIC_BODY_WORDS = frozenset(
    """department ministry agency commission police court council committee office party government
    parliament senate congress army navy embassy tribunal directorate bureau board service""".split()
)
# Words that make a body another than the one named: "the opposing party", "a rival company",
# "the local party" (a branch of the party named, not the party).
ANOTHER_BODY = frozenset("other another opposing opposition rival competing local".split())
GOVERNMENT_WORDS = frozenset("government authorities administration regime cabinet".split())
# The monarchy's residence stands for the monarch, as a government's seat for the government:
# "the palace said" (a one-word class: news names no other royal residence so).
ROYAL_RESIDENCES = frozenset({"palace"})
MONARCHS = frozenset("king queen emperor empress monarch sultan emir".split())
# A state's laws speak for it: "Thai law forbids…".
LAW_WORDS = frozenset("law laws constitution".split())
# A law's title: capitalised words ending in "Act" or "Constitution", with its number or year
# ("Republic Act No. 3846", "the Wildlife Protection Act, 1972", "the Constitution"); not "the
# act" in lower case, nor an Act's part or amendment, which the gold conventions name otherwise.
_NAMED_LAW = re.compile(
    r"(?:[Tt]he )?(?:[A-Z][\w.'\u2019-]* )*(?:Act|Constitution)(?: No\. ?\d+|,? (?:of )?\d{4})?"
)
# Words that make another office of a role: the vice-president is not the president.
QUALIFIERS = frozenset("vice deputy assistant former acting shadow junior under".split())
ROLE_SYNONYMS = {
    "gov": "governor",
    "sen": "senator",
    "rep": "representative",
    "congressman": "representative",
    "congresswoman": "representative",
    "gop": "republican",
    "democrat": "democratic",
    "pm": "prime",
}
# A state's possessive before a capitalised name: "Turkey's Disaster and Emergency Management Presidency".
# Only a name that ends in an institution's word is a body the state owns: "Britain's Prime
# Minister" and "Turkey's Interior Minister Ali Yerlikaya" are people.
STATE_BODY_HEADS = ORGANISATION_WORDS | INSTITUTION_HEADS | INSTITUTION_WORDS | frozenset({"presidency"})
_STATE_OWNER = re.compile(r"(?:the )?([A-Z][\w.-]*(?: [A-Z][\w.-]*)*)(?:'s|\u2019s) ([A-Z].*)")
# A title's words before a name, "former" and "ex-" among them: "former President Bill Clinton".
_TITLE_WORD = re.compile(r"[A-Z][\w.'\u2019-]*|[Ff]ormer|[Ee]x-[\w.-]+")
# A word that ends a sentence before a title: "Obama." (never "Gov.", "Sen.", "U.S.", "Jr.")
_SENTENCE_END_WORD = re.compile(r".*[a-z]{3}[.!?][\"'\u2019\u201d)]*")
# How far after a name a verb of taking an office may give the name one.
_PREDICATE_REACH = 120
_ADVERB = r"(?:(?:also|later|then|eventually|since|soon|formally|officially)\s+)?"
# A verb that says someone took an office, right after their name (or its "who"), then the office:
# "would become the Republican presidential candidate", ", who was appointed chief executive",
# "was named coach". Only as done: "if Trump becomes president", "Clinton may become the nominee",
# "were to become president" hold no office; and the naming verbs only in the passive ("Obama
# named Sotomayor justice" gives the office to another).
_TAKES_OFFICE = re.compile(
    rf"(?:,\s+who)?\s+{_ADVERB}(?:became|(?:would|has|have|had)\s+{_ADVERB}become|"
    rf"(?:(?:was|were)|(?:has|have|had)\s+been)\s+{_ADVERB}"
    r"(?:named|appointed|elected|selected|chosen|hired|tapped|installed|sworn\s+in))"
    r"\s+(?:as\s+)?(?:(?:the|a|an|its|their)\s+)?((?:(?!(?:of|to|for|in|at|on|by|with|among|as|under)\b)"
    r"[A-Za-z][\w-]*\s+){0,4}[A-Za-z][\w-]*)"
)
# A condition before a name: "if Trump becomes president", "should Clinton become the nominee".
_CONDITION_BEFORE = re.compile(
    r"\b(?:[Ii]f|[Uu]nless|[Ss]hould|[Ww]hether|[Oo]nce)\s+(?:[\w.'\u2019-]+\s+){0,3}$"
)
# A police force named by its place: "Northamptonshire police", "the Metropolitan Police".
_POLICE_FORCE = re.compile(
    r"\b(?!(?:The|A|An|In|On|At|By|And|But|After|Before|When|While|State|Local|Federal|National|"
    r"Military|Secret|Riot|Traffic|Border|Transport|Religious)\b)"
    r"((?:[A-Z][\w'\u2019-]+ ){1,3}?(?=Police\b|police\b)[Pp]olice)\b(?! (?:and|&) )"
)


class Offices:
    """Resolves roles and organisation nouns of one article against its name chains."""

    def __init__(self, text: str, chains: Chains) -> None:
        self.text = text
        self.chains = chains
        self._titles: dict[int, tuple[set[str], set[str]]] | None = None
        self._predicated: dict[int, set[str]] | None = None

    def known_name(self, text: str) -> Speaker | None:
        """A source the tagger did not see as a name ("Santos blamed…") but the article did."""
        key = fold(split_name(text).name)
        if key in self.chains.acronyms:  # "WHO" after "the World Health Organization (WHO)"
            return of_referent(self.chains.acronyms[key])
        if not key:
            return None
        referents = list(reversed(self.chains.referents))
        exact = next((r for r in referents if key == fold(r.name)), None)
        if exact is not None:
            return of_referent(exact)
        # Of namesakes ("Trump" after Donald and Melania Trump) the one the article names most,
        # as chains.py links a surname; the later one on a tie.
        # An organisation's last word is no surname: "the party" is not the Green Party by name;
        # nor is a word written in lower case: "the city" is not New York City.
        if not split_name(text).name.split()[-1][:1].isupper():
            return None
        namesakes = [
            r for r in referents if key == fold(surname(r.name)) and r.kind is not EntityKind.ORGANISATION
        ]
        return of_referent(max(namesakes, key=lambda r: r.mentions)) if namesakes else None

    def state_of_person(self, person: Referent) -> Speaker | None:
        """The state a person's titles name: "U.S. President Barack Obama", "Turkish President
        Erdoğan" (a demonym is its state's), else None."""
        for affiliation, role in person.roles:
            for written in (affiliation, *role.split()):
                # "U.S." is the United States; a capital is no title's state ("Washington Gov.")
                name = DEMONYMS.get(written.casefold()) or STATE_SHORT_FORMS.get(fold(written), written)
                if name and fold(name) in COUNTRIES:
                    return self.known_name(name) or Speaker(name, EntityKind.STATE)
        return None

    def law_of_state(self, phrase: SourcePhrase) -> Speaker | None:
        """ "Thai law forbids…", "the United States Constitution specifies…": a state's law speaks
        for the state."""
        if phrase.head not in LAW_WORDS or phrase.possessor or phrase.complement:
            return None
        words = [w.casefold() for w in words_of(phrase.modifiers.text)]
        if len(words) == 1 and words[0] in DEMONYMS:
            return Speaker(DEMONYMS[words[0]], EntityKind.STATE)
        if words and fold(phrase.modifiers.text) in STATES:
            return self.known_name(phrase.modifiers.text) or Speaker(phrase.modifiers.text, EntityKind.STATE)
        return None

    def state_of_named_law(self, written: str, inside: list[Mention]) -> Speaker | None:
        """ "Republic Act No. 3846 states …", "the Every Student Succeeds Act requires …", "The
        Constitution says …": a law the article names by its title speaks for the state that made
        it (CONVENTIONS.md: a document → whoever issued it): the state its title names ("the Texas
        Constitution"), else the country the article names most, as for "the government"."""
        if _NAMED_LAW.fullmatch(written.strip(" ,")) is None:
            return None
        for mention in inside:
            referent = self.chains.referent_at(mention)
            if referent is not None and referent.kind is EntityKind.STATE:
                return of_referent(referent)
        return self.organisation_by_noun({"government"}, len(self.text), head="government")

    def descriptor(self, text: str, at: int) -> Speaker | None:
        """A description resolved by role or organisation noun, else the description itself."""
        words = [w.casefold() for w in words_of(text)]
        if not words:
            return None
        head = head_word(words)
        definite = words[0] in ("the", "this", "that")
        if definite or words[0].endswith(("'s", "\u2019s")):
            found = self.by_role(words[: words.index(head) + 1], at, organisations=definite)
            found = found or (self._described_body(text, head, at) if definite else None)
            if found is not None:
                return found
        if words in (["police"], ["the", "police"]):
            found = self.police_force()
            if found is not None:
                return found
        if definite and head in ROYAL_RESIDENCES:
            found = self.monarch()
            if found is not None:
                return found
        if words[-1:] == ["police"] or (definite and head in GOVERNMENT_WORDS | LAST_NAMED_NOUNS):
            found = self.organisation_by_noun({head}, at, head=head)
            if found is not None:
                return found
        local = definite and len(words) == 2 and head in LOCAL_BODY_NOUNS
        found = self.local_body_before(head, at) if local else None
        if found is None and definite and len(words) == 2 and head in NAMED_BARE_INSTITUTIONS:
            found = self.last_named_organisation(at, noun=head)
        return found or state_body(text) or description(text, words, head)

    def _described_body(self, text: str, head: str, at: int) -> Speaker | None:
        """ "The Supreme Court … The unanimous court decided": words in lower case before a body's
        noun describe the body the article named with that noun; they are no part of its name."""
        if head not in ORGANISATION_NOUNS or not _described_in_lower_case(text, head):
            return None
        return self.organisation_by_noun({head}, at, head=head)

    def local_body_before(self, noun: str, at: int) -> Speaker | None:
        """ "the Marbel diocese … the diocese", "Omsk hospital … the hospital": a place's body
        written earlier as the place's name before the noun is what the noun alone takes up
        (never a person's: "the Trump hospital" is no place's; the recogniser often takes a
        small place for a people)."""
        found = list(re.finditer(rf"\b((?:[A-Z][\w'\u2019-]+ ){{1,3}}){noun}\b", self.text[:at]))
        if not found:
            return None
        place = found[-1]
        name = re.sub(r"^(?:The|A|An|In|At|Of) ", "", place.group(1)).strip()
        for mention in self.chains.names_between(place.start(1), place.end(1)):
            referent = self.chains.referent_at(mention)
            if referent is not None and referent.kind is EntityKind.PERSON:
                return None
        return Speaker(f"{name} {noun}", EntityKind.ORGANISATION) if name else None

    def monarch(self) -> Speaker | None:
        """ "the palace" → the one monarch the article names ("King Maha Vajiralongkorn"): a royal
        household speaks for its monarch, as an office for its holder."""
        people = [
            r for r in self.chains.referents if r.kind is EntityKind.PERSON and r.role_words() & MONARCHS
        ]
        return of_referent(people[0]) if len(people) == 1 else None

    def police_force(self) -> Speaker | None:
        """ "police" → the one police force the article names anywhere ("Northamptonshire police",
        "the Metropolitan Police Counter Terrorism Command"): the conventions name a force when the
        article does, and news names it once and says "police" after (or before) that."""
        forces = {fold(name): name[: -len("police")] + "Police" for name in _POLICE_FORCE.findall(self.text)}
        for referent in self.chains.referents:
            words = referent.name.split()
            folded = [fold(w) for w in words]
            if referent.kind is EntityKind.ORGANISATION and "police" in folded[1:]:
                name = " ".join(words[: folded.index("police") + 1])  # the force, not its command
                forces.setdefault(fold(name), name)
        if len(forces) != 1:
            return None
        [name] = forces.values()
        return Speaker(name, EntityKind.ORGANISATION)

    def by_role(
        self, words: list[str], at: int, *, ahead: bool = False, organisations: bool = True
    ) -> Speaker | None:
        """ "the secretary-general" → the latest person before `at` whose role holds those words;
        with `ahead`, failing that, the first one introduced after it. With `organisations`,
        "the ministry" → the organisation of that name (never for "Mr. Clarke's new company")."""
        wanted = set(fold(" ".join(w for w in words if w not in ("the", "this", "that"))).split())
        wanted = {_role_key(w) for w in wanted}
        if not wanted:
            return None
        head = fold(words[-1])
        if head in ORGANISATION_NOUNS | GOVERNMENT_WORDS:  # "the campaign" is no person's role
            return self.organisation_by_noun(wanted, at, head=head) if organisations else None
        before = self._by_last_mention(at)
        after = [r for r in self.chains.referents if r.first >= at] if ahead else []
        person_role = words[-1] in PERSON_ROLE_HEADS  # "the president" is a person, never a state
        for referent in before + after:
            if person_role and referent.kind is not EntityKind.PERSON:
                continue
            roles = {_role_key(w) for w in referent.role_words() | self.predicated_roles(referent)}
            # "the Democratic presidential nominee" is not the vice-presidential one.
            if roles and wanted <= roles and not (roles & QUALIFIERS) - wanted:
                if not self.titled_otherwise(referent, offices_in(wanted), former="former" in wanted):
                    return of_referent(referent)
        # "a federal judge in Texas" … "U.S. District Judge Gray Miller": the one holder of the
        # office in the article; never "a Turkish official", which news leaves unnamed, nor "the
        # vice president", whom a qualifier makes another than the president.
        unnamed = words[-1] in ANONYMOUS_HEADS or any(w in DEMONYMS for w in words)
        if person_role and ahead and not unnamed and not (wanted & QUALIFIERS) - {"former"}:
            holders = [r for r in self.chains.referents if r.kind is EntityKind.PERSON and _holds(r, head)]
            # "the former ambassador" is "former UN Ambassador John Bolton", not one titled sitting
            former = "former" in wanted
            holders = [r for r in holders if not self.titled_otherwise(r, offices_in([head]), former=former)]
            if len(holders) == 1:
                return of_referent(holders[0])
        return self.organisation_by_noun(wanted, at) if organisations else None

    def titled_otherwise(self, person: Referent, offices: set[str], *, former: bool) -> bool:
        """Whether the article titles `person` with one of `offices` only as held now where a
        description says "former", or only as held once ("former President Bill Clinton") where
        it does not."""
        now, once = self._titled_offices().get(id(person), (set(), set()))
        if former:
            return bool(offices & now) and not offices & once
        return bool(offices & once) and not offices & now

    def _titled_offices(self) -> dict[int, tuple[set[str], set[str]]]:
        """For each person, the offices the article titles them with before their name, as held
        now ("President Bush") and as held once ("former President Bill Clinton", "ex-Gov. …").
        Read on the text, as a name's parsed title drops "former"; once per article."""
        if self._titles is None:
            self._titles = {}
            for mention in self.chains.names:
                person = self.chains.referent_at(mention)
                if person is None or person.kind is not EntityKind.PERSON:
                    continue
                words = _title_run(self.text[max(0, mention.span.start - 50) : mention.span.end])
                now, once = self._titles.setdefault(id(person), (set(), set()))
                held_once = any(w.casefold() == "former" or w.casefold().startswith("ex-") for w in words)
                (once if held_once else now).update(offices_in(fold(" ".join(words)).split()))
        return self._titles

    def predicated_roles(self, person: Referent) -> set[str]:
        """Folded words of the offices the article gives `person` by a verb of taking one right
        after their name: "Donald Trump would become the Republican presidential candidate", "Ann
        Lee, who was appointed chief executive", "Tom Ray was named coach". A title is written
        before a name or beside it, but news also says so of someone it then calls by the office
        alone ("the candidate"). Read on the text once per article."""
        if self._predicated is None:
            self._predicated = {}
            for mention in self.chains.names:
                referent = self.chains.referent_at(mention)
                if referent is None or referent.kind is not EntityKind.PERSON:
                    continue
                role = _office_taken(self.text[mention.span.end : mention.span.end + _PREDICATE_REACH])
                before = self.text[max(0, mention.span.start - _PREDICATE_REACH) : mention.span.start]
                if role and not _CONDITION_BEFORE.search(before):
                    self._predicated.setdefault(id(referent), set()).update(fold(role).split())
        return self._predicated.get(id(person), set())

    def holder_for_state(self, words: list[str], state: Speaker, at: int) -> Speaker | None:
        """ "the president of Turkey" → the person whose roles hold the office and name Turkey
        ("Turkish President Erdoğan", "Erdoğan, the president of Turkey"), the one named last
        before `at` first, else the first named after it; never a holder of the same office
        whose roles name another state or none."""
        key = fold(state.name)
        for referent in self._by_last_mention(at) + [r for r in self.chains.referents if r.first >= at]:
            if referent.kind is not EntityKind.PERSON:
                continue
            roles = {_role_key(w) for w in referent.role_words()}
            named = key in roles or key in fold(" ".join(aff for aff, _ in referent.roles))
            if named and _holds(referent, words[-1]):
                return of_referent(referent)
        return None

    def _by_last_mention(self, at: int) -> list[Referent]:
        """The referents named before `at`, the one named last first: "the senator" takes up
        the senator the article was just talking about (Murphy, named in the sentence before),
        not the senator it introduced last in passing (Lappin & Leass 1994 rank by recency of
        mention, not of introduction)."""
        last: dict[int, int] = {}
        for mention in self.chains.names_between(0, at):
            referent = self.chains.referent_at(mention)
            if referent is not None:
                last[id(referent)] = mention.span.start
        named = [r for r in self.chains.referents if r.first < at]
        return sorted(named, key=lambda r: last.get(id(r), r.first), reverse=True)

    def organisation_by_noun(self, wanted: set[str], at: int, *, head: str = "") -> Speaker | None:
        """ "the ministry" → "the Ministry of Defence"; "the company" → the latest company named;
        "the government" → the state the article last named."""
        if head in GOVERNMENT_WORDS:  # the country the article names most; never a city or province
            states = [
                r
                for r in self.chains.referents
                if r.first < at and r.kind is EntityKind.STATE and _is_country(r)
            ]
            if states:
                return of_referent(max(reversed(states), key=lambda r: r.mentions))
            return self._country_by_demonym(at) or self._country_named_most()
        outlet = self.outlet_called(head, at) if head in OUTLET_NOUNS else None
        if outlet is not None:
            return outlet
        organisations = [
            r for r in self.chains.referents if r.first < at and r.kind is EntityKind.ORGANISATION
        ]
        holding = [r for r in organisations if wanted <= set(fold(r.name).split())]
        if holding:
            return of_referent(self._latest_holding(holding, at))
        if organisations and (head in LAST_NAMED_NOUNS or (len(wanted) == 1 and wanted <= LAST_NAMED_NOUNS)):
            noun = head or next(iter(wanted), "")
            return self.last_named_organisation(at, public=noun not in COMMERCIAL_NOUNS, noun=noun)
        return None

    def _latest_holding(self, holding: list[Referent], at: int) -> Referent:
        """ "the party": of the organisations whose names hold the noun, the one named last before
        `at` ("the Labour Party … the Green Party … the party said" is the Greens), but the fullest
        name that holds its words ("Court" named after "the Supreme Court of the United Kingdom"
        is that court)."""
        last = {id(r): r.first for r in holding}
        for mention in self.chains.names_between(0, at):
            referent = self.chains.referent_at(mention)
            if referent is not None and id(referent) in last:
                last[id(referent)] = mention.span.start
        latest = max(reversed(holding), key=lambda r: last[id(r)])
        words = set(fold(latest.name).split())
        fuller = [r for r in holding if words < set(fold(r.name).split())]
        return max(reversed(fuller), key=lambda r: len(r.name.split())) if fuller else latest

    def _country_by_demonym(self, at: int) -> Speaker | None:
        """ "Serbians protested against the government": before any country is named, the one
        whose demonym the text used most ("Serbian", "Serbians")."""
        counts: dict[str, int] = {}
        for word in words_of(self.text[:at]):
            key = word.casefold()
            state = DEMONYMS.get(key) or (DEMONYMS.get(key[:-1]) if key.endswith("s") else None)
            if state is not None and word[:1].isupper():
                counts[state] = counts.get(state, 0) + 1
        if not counts:
            return None
        state = max(counts, key=lambda name: counts[name])
        return self.known_name(state) or Speaker(state, EntityKind.STATE)

    def _country_named_most(self) -> Speaker | None:
        """The country the whole article names most: "the government" before the country's name."""
        states = [r for r in self.chains.referents if r.kind is EntityKind.STATE and _is_country(r)]
        return of_referent(max(reversed(states), key=lambda r: r.mentions)) if states else None

    def outlet_called(self, noun: str, at: int) -> Speaker | None:
        """ "The study appeared in Science magazine. … The magazine said": the latest organisation
        before `at` that the article writes right before this very noun, or before "'s" and the
        noun ("CNN's website"), is the outlet the noun takes up, whatever body was named since;
        but "the website" after other sites were named as subjects or owners is the one named last."""
        written_before = re.compile(rf"(?:['\u2019]s)?\s+{re.escape(noun)}\b", re.I)
        since: list[Mention] = []
        for mention in reversed(self.chains.names_between(0, at)):
            referent = self.chains.referent_at(mention)
            if referent is None or referent.kind is not EntityKind.ORGANISATION:
                continue
            if written_before.match(self.text, mention.span.end):
                overtaken = noun in WEB_NOUNS and _owns_since(since, referent, self.chains)
                latest = since[0] if overtaken else mention
                return of_referent(self.chains.referent_at(latest) or referent)
            if mention.dep != "compound":  # "the AIS data" names no site
                since.append(mention)
        return None

    def last_named_organisation(self, at: int, *, public: bool = True, noun: str = "") -> Speaker | None:
        """The organisation a definite "the company", "the website" takes up: the most salient one
        named in the sentences before `at` (Lappin & Leass 1994: recency, then a subject or the
        owner of what is said over a name in a prepositional phrase, and a name modifying a noun,
        "the AIS data", least), not the latest introduced; never a name quoted from someone. A
        business ("the company", `public=False`) is never a public body ("the Department of …");
        a `noun` never takes up a body whose name says it is of another kind (KIND_NAMING_WORDS)."""
        best: tuple[float, int, Referent] | None = None
        latest = None
        for mention in reversed(self.chains.names_between(0, at)):
            referent = self.chains.referent_at(mention)
            if referent is None or referent.kind is not EntityKind.ORGANISATION or mention.in_quote:
                continue
            if not public and PUBLIC_BODY_WORDS & set(fold(referent.name).split()):
                continue
            if noun and _named_of_another_kind(referent, noun):
                continue
            latest = latest if latest is not None else mention.sentence
            if latest - mention.sentence > 2:
                break
            role = -0.5 if mention.dep == "compound" else 1.0 if mention.is_subject else 0.0
            role += 0.5 if mention.dep == "poss" else 0.0
            score = role - (latest - mention.sentence)
            if best is None or score > best[0]:
                best = (score, mention.span.start, referent)
        return of_referent(best[2]) if best is not None else None


def _title_run(text: str) -> list[str]:
    """The capitalised words `text` ends in, with a "former" among them: the title and the name
    of "… met former President Bill Clinton" (never past the end of a sentence)."""
    words = text.split()
    run: list[str] = []
    while words and _TITLE_WORD.fullmatch(words[-1]):
        if run and _SENTENCE_END_WORD.fullmatch(words[-1]):
            break
        run.insert(0, words.pop())
    return run


def _described_in_lower_case(text: str, head: str) -> bool:
    """ "the unanimous court", "the local party": "the" and words in lower case only before the
    body's noun, so no word of a name ("the Supreme Court", "the Labour party"), and none that
    sets it against the one named ("the opposing military political party")."""
    words = words_of(text)
    if len(words) < 3 or words[-1].casefold() != head:
        return False
    return all(w.islower() and w not in ANOTHER_BODY for w in words[1:-1])


def _named_of_another_kind(referent: Referent, noun: str) -> bool:
    """Whether the last word of the body's name says it is of a kind `noun` is not ("Temple
    University" for "the group")."""
    last = fold(referent.name).split()[-1:]
    return bool(last) and last[0] in KIND_NAMING_WORDS and last[0] != noun


def _owns_since(since: list[Mention], outlet: Referent, chains: Chains) -> bool:
    """Whether another organisation was named after `outlet` as a subject or an owner
    ("VesselFinder listed…", "Vessel Tracker's database"): what the sentences since say is its."""
    return any(
        chains.referent_at(mention) is not outlet and (mention.is_subject or mention.dep == "poss")
        for mention in since
    )


def state_of_government(words: list[str]) -> Speaker | None:
    """ "the Finnish government", "Russian authorities": the state itself (CONVENTIONS: a state
    and the bodies that speak for it)."""
    words = [w for w in words if w not in ("the", "a", "an")]
    if len(words) == 2 and words[0] in DEMONYMS and words[1] in GOVERNMENT_WORDS:
        return Speaker(DEMONYMS[words[0]], EntityKind.STATE)
    return None


def state_body(text: str) -> Speaker | None:
    """ "Turkey's Disaster and Emergency Management Presidency": a body a state owns, named in
    full after its state, is that body by its own name."""
    found = _STATE_OWNER.match(text.strip())
    if found is None or fold(found.group(1)) not in COUNTRIES or not proper_name(found.group(2)):
        return None
    words = found.group(2).split()
    # The body's name ends in an institution's word and opens with no title: a name after a
    # title ("Prime Minister Boris Johnson") is a person's.
    if words[-1].casefold() not in STATE_BODY_HEADS or is_person_role(words[0]):
        return None
    return Speaker(found.group(2), EntityKind.ORGANISATION)


def proper_name(text: str) -> bool:
    """A name as written: one to five words, each capitalised ("Siena College", "the Pew
    Research Center"), none a description ("researchers at Kline University")."""
    words = text.strip().removeprefix("the ").split()
    return 0 < len(words) <= 5 and all(w[:1].isupper() or w in ("of", "for", "and") for w in words)


COUNTRIES = frozenset(fold(name) for name in DEMONYMS.values()) | STATES


def _is_country(referent: Referent) -> bool:
    return fold(referent.name) in COUNTRIES


def _office_taken(after_name: str) -> str:
    """The office a verb of taking one gives the name the text follows: "would become the
    Republican presidential candidate" → "Republican presidential candidate"; "" where the words
    after the name say no such thing, or the office is not a person's ("became the first woman")."""
    found = _TAKES_OFFICE.match(after_name)
    if found is None:
        return ""
    words = found.group(1).split()
    for k, word in enumerate(words):
        if word.casefold() in PERSON_ROLE_HEADS:
            # "became prime minister": the office's words that follow are its own
            end = k + 1
            while end < len(words) and words[end].casefold() in PERSON_ROLE_HEADS:
                end += 1
            # "became President Obama's vice president": a title before another's name
            before_a_name = end < len(words) and words[end][:1].isupper()
            return "" if before_a_name else " ".join(words[:end])
    return ""


def _holds(referent: Referent, head: str) -> bool:
    """Whether a person holds the office `head` names, unqualified (a vice-president does not
    hold the presidency)."""
    roles = {_role_key(w) for w in referent.role_words()}
    return _role_key(head) in roles and not roles & QUALIFIERS


PARTIES = frozenset({"republican", "democratic"})
# Words of running for an office, which any office holder may be: no office themselves.
CAMPAIGN_WORDS = frozenset("candidate nominee".split())
_OFFICE_KEYS = PERSON_ROLE_HEADS - CAMPAIGN_WORDS


def offices_in(words: Iterable[str]) -> set[str]:
    """The offices among role words, as descriptors name them ("Sen." is senator)."""
    return {_role_key(w) for w in words} & {_role_key(w) for w in _OFFICE_KEYS}


def parties_of(words: Iterable[str]) -> set[str]:
    """The American parties named among role words: "GOP" is Republican, "Democrat" Democratic."""
    return {_role_key(w) for w in words} & PARTIES


def _role_key(word: str) -> str:
    """A role word as descriptors and titles share it: demonyms as states, "Gov." as governor."""
    key = fold(DEMONYMS.get(word, word))
    return ROLE_SYNONYMS.get(key, key)
