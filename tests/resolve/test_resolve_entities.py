"""Entity ids and the user's alias file."""

from __future__ import annotations

from pathlib import Path

import pytest
from resolve_records import name, resolve, said

from quotegraph.errors import InvalidAliasFile
from quotegraph.records import EntityKind
from quotegraph.resolve import entity_id, load_alias_table, load_aliases


def test_ids_depend_only_on_kind_and_folded_name() -> None:
    assert entity_id(EntityKind.PERSON, "Volodymyr Zelenskyy") == entity_id(
        EntityKind.PERSON, "Volodymyr Zelensky"
    )
    assert entity_id(EntityKind.PERSON, "Mark Rutte") == "person:mark-rutte"
    assert entity_id(EntityKind.STATE, "Georgia") != entity_id(EntityKind.PERSON, "Georgia")


def test_descriptions_get_ids_scoped_to_their_article() -> None:
    one = entity_id(EntityKind.ANONYMOUS, "senior official", scope="a1")
    two = entity_id(EntityKind.ANONYMOUS, "senior official", scope="a2")
    assert one != two


def test_csv_alias_file_overrides_names_and_ids(tmp_path: Path) -> None:
    path = tmp_path / "aliases.csv"
    path.write_text(
        "name,aliases,wikidata\nVolodymyr Zelenskyy,Zelensky|Володимир Зеленський,Q3881050\n", "utf-8"
    )
    text = "Zelensky said the corridor must stay open."
    statement = said(text, "the corridor must stay open", "said", "Zelensky", "say")

    [plain] = resolve(text, [statement], [name(text, "Zelensky")])
    [aliased] = resolve(text, [statement], [name(text, "Zelensky")], aliases=load_aliases(path))

    assert plain.speaker == "Zelensky"
    assert (aliased.speaker, aliased.speaker_id) == ("Volodymyr Zelenskyy", "wikidata:Q3881050")


def test_yaml_alias_file_reads_kind_and_aliases(tmp_path: Path) -> None:
    pytest.importorskip("yaml")
    path = tmp_path / "aliases.yaml"
    path.write_text("- name: European Union\n  aliases: [Brussels, the EU]\n  kind: organisation\n", "utf-8")

    alias = load_aliases(path).find("brussels")

    assert alias is not None and alias.name == "European Union" and alias.kind is EntityKind.ORGANISATION


def test_an_alias_naming_two_entities_is_an_error_with_its_line(tmp_path: Path) -> None:
    path = tmp_path / "aliases.csv"
    path.write_text("Mark Rutte,Rutte\n# comment\nRobert Rutte,Rutte\n", "utf-8")

    with pytest.raises(InvalidAliasFile) as caught:
        load_aliases(path)

    assert caught.value.line == 3
    assert "Mark Rutte" in str(caught.value) and "Robert Rutte" in str(caught.value)


@pytest.mark.parametrize(
    ("suffix", "content", "line"),
    [
        (".csv", "Mark Rutte,Rutte\nA,b,c,d\n", 2),
        (".csv", "Mark Rutte,Rutte,Q12x\n", 1),
        (".csv", " ,Rutte\n", 1),
        (".yaml", "- name: Mark Rutte\n  aliases: [Rutte\n", 3),
        (".yaml", "- name: Mark Rutte\n- aliases: [x]\n", 2),
        (".yaml", "name: Mark Rutte\n", 1),
    ],
)
def test_bad_alias_files_name_the_line(tmp_path: Path, suffix: str, content: str, line: int) -> None:
    if suffix == ".yaml":
        pytest.importorskip("yaml")
    path = tmp_path / f"aliases{suffix}"
    path.write_text(content, "utf-8")

    with pytest.raises(InvalidAliasFile) as caught:
        load_aliases(path)

    assert caught.value.line == line
    assert str(caught.value).startswith(f"{path}:{line}:")


def test_a_missing_alias_file_is_a_user_error(tmp_path: Path) -> None:
    with pytest.raises(InvalidAliasFile):
        load_alias_table(str(tmp_path / "nowhere.csv"))
    assert load_alias_table(None).find("Rutte") is None
