"""Stable entity ids, states named by their capitals, and the user's alias file.

An id is the entity kind and the folded name ("person:volodymyr-zelensky"): the same in every
article, process and machine, with no counter or registry. An alias file maps surface forms
to a canonical name (and optional Wikidata id) and overrides every other rule.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from quotegraph.errors import InvalidAliasFile
from quotegraph.records import EntityKind
from quotegraph.resolve.demonyms import DEMONYMS
from quotegraph.resolve.names import fold, slug

# Capitals, seats of government and institutions that news writes for the state itself
# ("Moscow said", "the Kremlin denied"). The mention stays as written; the speaker is the state.
METONYMS: dict[str, tuple[str, EntityKind]] = {
    "moscow": ("Russia", EntityKind.STATE),
    "kremlin": ("Russia", EntityKind.STATE),
    "washington": ("United States", EntityKind.STATE),
    "white house": ("United States", EntityKind.STATE),
    "beijing": ("China", EntityKind.STATE),
    "kyiv": ("Ukraine", EntityKind.STATE),
    "kiev": ("Ukraine", EntityKind.STATE),
    "london": ("United Kingdom", EntityKind.STATE),
    "downing street": ("United Kingdom", EntityKind.STATE),
    "paris": ("France", EntityKind.STATE),
    "elysee": ("France", EntityKind.STATE),
    "berlin": ("Germany", EntityKind.STATE),
    "brussels": ("European Union", EntityKind.ORGANISATION),
    "tehran": ("Iran", EntityKind.STATE),
    "pyongyang": ("North Korea", EntityKind.STATE),
    "seoul": ("South Korea", EntityKind.STATE),
    "tokyo": ("Japan", EntityKind.STATE),
    "ankara": ("Turkey", EntityKind.STATE),
    "new delhi": ("India", EntityKind.STATE),
    "riyadh": ("Saudi Arabia", EntityKind.STATE),
    "damascus": ("Syria", EntityKind.STATE),
    "warsaw": ("Poland", EntityKind.STATE),
    "minsk": ("Belarus", EntityKind.STATE),
    "budapest": ("Hungary", EntityKind.STATE),
    "taipei": ("Taiwan", EntityKind.STATE),
    "ottawa": ("Canada", EntityKind.STATE),
    "canberra": ("Australia", EntityKind.STATE),
    "cairo": ("Egypt", EntityKind.STATE),
    "jerusalem": ("Israel", EntityKind.STATE),
    "rome": ("Italy", EntityKind.STATE),
    "madrid": ("Spain", EntityKind.STATE),
    "zhongnanhai": ("China", EntityKind.STATE),
    "pentagon": ("United States Department of Defense", EntityKind.ORGANISATION),
    "foggy bottom": ("United States Department of State", EntityKind.ORGANISATION),
}
# Countries whose names are also people's or a US state's: the recogniser decides those.
_AMBIGUOUS_COUNTRIES = frozenset({"european union", "georgia", "jordan", "chad"})
# Names that are states themselves, so "Ukraine said" (or "Samoa", which a recogniser may call an
# organisation) is typed as a state too.
STATES = (
    frozenset(fold(name) for name, kind in METONYMS.values() if kind is EntityKind.STATE)
    | frozenset(fold(n) for n in "United States|U.S.|America|Britain|UK|Israel|Iran|Ukraine".split("|"))
    | frozenset(fold(n) for n in DEMONYMS.values() if fold(n) not in _AMBIGUOUS_COUNTRIES)
)
STATE_SHORT_FORMS = {
    "us": "United States",
    "u s": "United States",
    "america": "United States",
    "uk": "United Kingdom",
    "u k": "United Kingdom",
    "britain": "United Kingdom",
}


@dataclass(frozen=True)
class Alias:
    """One canonical entity from the alias file."""

    name: str
    aliases: tuple[str, ...] = ()
    wikidata: str | None = None
    kind: EntityKind | None = None


@dataclass(frozen=True)
class AliasTable:
    """Folded surface form → Alias. Empty when the user gave no file."""

    by_form: dict[str, Alias] = field(default_factory=dict)

    def find(self, *forms: str) -> Alias | None:
        """The alias entry for the first of `forms` the file names, else None."""
        for form in forms:
            if form and (alias := self.by_form.get(fold(form))) is not None:
                return alias
        return None


NO_ALIASES = AliasTable()


def entity_id(kind: EntityKind, name: str, *, wikidata: str | None = None, scope: str = "") -> str:
    """A stable id: the Wikidata id when known, else kind and folded name.

    `scope` keeps descriptions that name nobody ("a senior official") apart per article.
    """
    if wikidata:
        return f"wikidata:{wikidata}"
    prefix = f"{kind.value}:{slug(scope)}/" if scope else f"{kind.value}:"
    return prefix + (slug(name) or "unnamed")


# Seats of government that news names after their holder: "the Obama White House".
_SEATS = frozenset({"white house", "kremlin", "downing street", "elysee", "zhongnanhai", "pentagon"})


def metonym_of(text: str) -> tuple[str, EntityKind] | None:
    """The state or institution a capital or seat of government stands for, else None."""
    key = fold(re.sub(r"^(?:the)\s+", "", text.strip(), flags=re.I))
    if key in METONYMS:
        return METONYMS[key]
    seat = _seat_of_holder(key)
    if seat:
        return METONYMS[seat]
    short = STATE_SHORT_FORMS.get(key)
    return (short, EntityKind.STATE) if short else None


def _seat_of_holder(key: str) -> str:
    """ "the Obama White House", "the Putin Kremlin": one word (the holder's name) before a seat
    of government is that seat, the state or body it stands for, not a person. Capitals are left
    out: "George Washington" is a man."""
    words = key.split()
    for size in (1, 2):
        seat = " ".join(words[-size:])
        if len(words) == size + 1 and seat in _SEATS:
            return seat
    return ""


def load_aliases(path: str | Path) -> AliasTable:
    """Read an alias file (.csv, or .yaml/.yml with the optional `pyyaml`); all or nothing.

    CSV rows: canonical name, aliases separated by "|", optional Wikidata id (a header row
    starting with "name" is skipped). YAML: a list of {name, aliases, wikidata, kind}.
    Raises InvalidAliasFile with the line number of the first problem.
    """
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise InvalidAliasFile(str(path), 0, f"cannot read: {error}") from None
    if path.suffix.lower() in (".yaml", ".yml"):
        entries = _yaml_entries(text, str(path))
    else:
        entries = _csv_entries(text, str(path))
    return _table_of(entries, str(path))


def _csv_entries(text: str, origin: str) -> list[tuple[int, Alias]]:
    entries = []
    for number, row in enumerate(csv.reader(io.StringIO(text)), 1):
        if not row or not "".join(row).strip() or row[0].lstrip().startswith("#"):
            continue
        if number == 1 and row[0].strip().casefold() in ("name", "canonical", "canonical name"):
            continue
        if len(row) > 3:
            raise InvalidAliasFile(
                origin, number, f"expected at most 3 columns (name, aliases, wikidata), got {len(row)}"
            )
        name = row[0].strip()
        if not name:
            raise InvalidAliasFile(origin, number, "empty canonical name")
        aliases = tuple(a.strip() for a in (row[1] if len(row) > 1 else "").split("|") if a.strip())
        wikidata = _wikidata(row[2] if len(row) > 2 else "", origin, number)
        entries.append((number, Alias(name, aliases, wikidata)))
    return entries


def _yaml_entries(text: str, origin: str) -> list[tuple[int, Alias]]:
    try:
        import yaml  # noqa: PLC0415 - optional extra [aliases]; CSV needs nothing
    except ImportError:
        raise InvalidAliasFile(origin, 0, "YAML alias files need `pip install quotegraph[aliases]`") from None
    try:
        nodes = yaml.compose(text, Loader=yaml.SafeLoader)
        data = yaml.safe_load(text)
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        raise InvalidAliasFile(
            origin, mark.line + 1 if mark else 0, f"not YAML: {getattr(error, 'problem', error)}"
        ) from None
    if data is None:
        return []
    if not isinstance(data, list):
        raise InvalidAliasFile(origin, 1, "expected a list of entries with name, aliases, wikidata")
    return [
        (_line_of(nodes, k), _yaml_alias(item, origin, _line_of(nodes, k))) for k, item in enumerate(data)
    ]


def _line_of(nodes: object, k: int) -> int:
    items = getattr(nodes, "value", None)
    return items[k].start_mark.line + 1 if isinstance(items, list) and k < len(items) else 0


def _yaml_alias(item: object, origin: str, line: int) -> Alias:
    if not isinstance(item, dict) or not isinstance(item.get("name"), str) or not item["name"].strip():
        raise InvalidAliasFile(origin, line, "each entry needs a `name` string")
    unknown = set(item) - {"name", "aliases", "wikidata", "kind"}
    if unknown:
        raise InvalidAliasFile(origin, line, f"unknown keys: {', '.join(sorted(map(str, unknown)))}")
    aliases = item.get("aliases") or []
    if isinstance(aliases, str):
        aliases = [aliases]
    if not isinstance(aliases, list) or not all(isinstance(a, str) for a in aliases):
        raise InvalidAliasFile(origin, line, "`aliases` must be a list of strings")
    kind = _kind(item.get("kind"), origin, line)
    return Alias(
        item["name"].strip(),
        tuple(a.strip() for a in aliases if a.strip()),
        _wikidata(str(item.get("wikidata") or ""), origin, line),
        kind,
    )


def _kind(value: object, origin: str, line: int) -> EntityKind | None:
    if value is None:
        return None
    try:
        return EntityKind(str(value))
    except ValueError:
        choices = ", ".join(k.value for k in EntityKind)
        raise InvalidAliasFile(origin, line, f"kind {value!r} is not one of {choices}") from None


def _wikidata(value: str, origin: str, line: int) -> str | None:
    value = value.strip()
    if not value:
        return None
    if not re.fullmatch(r"Q[1-9]\d*", value):
        raise InvalidAliasFile(origin, line, f"{value!r} is not a Wikidata id (Q followed by digits)")
    return value


def _table_of(entries: Iterable[tuple[int, Alias]], origin: str) -> AliasTable:
    """Every form → its entry; a form claimed by two entries is an error naming both lines."""
    by_form: dict[str, Alias] = {}
    first_line: dict[str, int] = {}
    for line, alias in entries:
        for form in {fold(f) for f in (alias.name, *alias.aliases)}:
            if not form:
                continue
            owner = by_form.get(form)
            if owner is not None and fold(owner.name) != fold(alias.name):
                raise InvalidAliasFile(
                    origin,
                    line,
                    f"alias {form!r} names both {owner.name!r} (line {first_line[form]}) and {alias.name!r}",
                )
            by_form[form] = alias
            first_line.setdefault(form, line)
    return AliasTable(by_form)
