"""CSV rows of a data package: value lists per header, typed, and how packages are staged."""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

import pytest
import sqlcipher3

from pohsd.socialmap import package, staged
from pohsd.socialmap.package import _read_csv, read_package, stage_package
from pohsd.socialmap.validate import FeedError, validate_services

# ---------------------------------------------------------------- _read_csv on in-memory CSVs


def _rows(data: bytes | str, types: dict[str, str] | None = None) -> tuple[list[str], list[Any]]:
    raw = data.encode("utf-8") if isinstance(data, str) else data
    header: list[str] = []
    rows = list(_read_csv(io.BytesIO(raw), "t.csv", types or {}, header))
    return header, rows


def _code(data: bytes | str, types: dict[str, str] | None = None) -> str:
    with pytest.raises(FeedError) as info:
        _rows(data, types)
    assert info.value.detail  # says where
    return info.value.code


def test_values_come_as_lists_in_header_order_and_empty_cells_are_none() -> None:
    header, rows = _rows('id,name,note\r\na,,"x, ""y"""\r\nb,Bee,\r\n')
    assert header == ["id", "name", "note"]
    assert rows == [["a", None, 'x, "y"'], ["b", "Bee", None]]


def test_header_is_known_before_the_first_row() -> None:
    header: list[str] = []
    rows = _read_csv(io.BytesIO(b"id,name\n1,A\n"), "t.csv", {}, header)
    assert header == []  # nothing read yet
    assert next(rows) == ["1", "A"]
    assert header == ["id", "name"]
    assert list(rows) == []


def test_values_are_typed_by_the_descriptor() -> None:
    types = {
        "min": "integer", "lat": "number", "big": "number", "open": "boolean",
        "shut": "boolean", "day": "date", "id": "string",
    }  # fmt: skip
    header, rows = _rows(
        "id,min,lat,big,open,shut,day\n007,12,52.5,1e2,true,no,2026-11-01\n8,,,,,,\n", types
    )
    assert header == ["id", "min", "lat", "big", "open", "shut", "day"]
    first, second = rows
    assert first == ["007", 12, 52.5, 100.0, True, False, "2026-11-01"]
    assert isinstance(first[1], int)
    assert isinstance(first[3], float)  # an exponent stays a float
    assert second == ["8", None, None, None, None, None, None]  # empty typed cells: None


@pytest.mark.parametrize(
    ("text", "types", "code"),
    [
        ("id,min\n1,twaalf\n", {"min": "number"}, "invalid_csv"),
        ("id,min\n1,nan\n", {"min": "number"}, "nan_not_allowed"),
        ("id,min\n1,inf\n", {"min": "integer"}, "nan_not_allowed"),
        ("id,open\n1,misschien\n", {"open": "boolean"}, "invalid_csv"),
    ],
)
def test_bad_typed_values_are_refused(text: str, types: dict[str, str], code: str) -> None:
    assert _code(text, types) == code


def test_columns_without_a_name_are_left_out() -> None:
    header, rows = _rows("id,,name,\n1,weg,Een,ook weg\n2,,Twee,\n")
    assert header == ["id", "name"]
    assert rows == [["1", "Een"], ["2", "Twee"]]


def test_a_repeated_column_name_keeps_the_last_column() -> None:
    header, rows = _rows("name,id,name\neerste,1,laatste\nalleen,2,\n")
    assert header == ["name", "id"]  # first place of the name, as dict keys
    assert rows == [["laatste", "1"], [None, "2"]]  # the last column wins, even when empty
    header, rows = _rows("id,age,age\n1,5,7\n", {"age": "number"})
    assert rows == [["1", 7]]  # the kept value is typed


def test_blank_lines_are_skipped() -> None:
    header, rows = _rows("id,name\n\n1,A\r\n\r\n\n2,B\n\n")
    assert header == ["id", "name"]
    assert rows == [["1", "A"], ["2", "B"]]


def test_more_fields_than_the_header_is_refused_fewer_are_none() -> None:
    header, rows = _rows("id,name,note\n1\n2,B\n3,C,D\n")
    assert header == ["id", "name", "note"]
    assert rows == [["1", None, None], ["2", "B", None], ["3", "C", "D"]]
    assert _code("id,name\n1,A\n2,B,C\n") == "invalid_csv"
    assert _code("id,,name\n1,x,A,extra\n") == "invalid_csv"  # unnamed columns still count
    assert _rows("id,,name\n1,x,A\n") == (["id", "name"], [["1", "A"]])


def test_broken_csv_syntax_and_huge_fields_are_refused() -> None:
    assert _code('id,name\n1,"niet afgesloten\n') == "invalid_csv"
    assert _code('id,name\n1,"a"b\n') == "invalid_csv"  # strict quoting
    assert _code("id,name\n1," + "x" * (package.CSV_FIELD_LIMIT + 1) + "\n") == "invalid_csv"


def test_row_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(package, "MAX_ROWS", 2)
    assert _rows("id\n1\n\n\n2\n\n") == (["id"], [["1"], ["2"]])  # blank lines do not count
    assert _code("id\n1\n2\n3\n") == "too_large"


def test_utf8_bom_is_accepted_and_invalid_utf8_is_refused() -> None:
    header, rows = _rows(b"\xef\xbb\xbfid,naam\n1,Caf\xc3\xa9\n")
    assert header == ["id", "naam"]
    assert rows == [["1", "Café"]]
    assert _code(b"id,naam\n1,Caf\xe9\n") == "invalid_utf8"  # Latin-1
    assert _code(b"id,na\xffam\n1,A\n") == "invalid_utf8"  # in the header
    late = b"id,naam\n" + b"1,A\n" * 40_000 + b"2,\xc3\n"  # past the first buffered block
    assert _code(late) == "invalid_utf8"


def test_an_empty_file_has_no_header_and_no_rows() -> None:
    assert _rows(b"") == ([], [])
    assert _rows(b"id,name\n") == (["id", "name"], [])


# ---------------------------------------------------------------- a tiny NL-profile package


def _uuid(n: int) -> str:
    return f"00000000-0000-4000-8000-{n:012d}"


ORG, LEEF, TOEGANG = _uuid(1), _uuid(2), _uuid(3)
SVC1, SVC2, GELD, VRIJ = _uuid(11), _uuid(12), _uuid(21), _uuid(22)
FILES = {
    "organizations.csv": f"id,name,description\n{ORG},Wijkteam Demodorp,Helpt inwoners.\n",
    "services.csv": (
        "id,organization_id,name,status,minimum_age\n"
        f"{SVC1},{ORG},Inloopspreekuur,active,18\n"
        f"{SVC2},{ORG},Schuldhulp,temporarily closed,\n"
    ),
    "taxonomies.csv": (
        "id,name,description\n"
        f"{LEEF},nl-leefgebieden,Levensdomeinen.\n"
        f"{TOEGANG},nl-toegang,Hoe iemand er terechtkomt.\n"
    ),
    "taxonomy_terms.csv": (
        "id,code,name,description,taxonomy,taxonomy_id\n"
        f"{GELD},geld.schulden,Schulden,Geldzorgen.,nl-leefgebieden,{LEEF}\n"
        f"{VRIJ},vrij,Vrij toegankelijk,Zonder verwijzing.,nl-toegang,{TOEGANG}\n"
    ),
    "attributes.csv": (
        "id,link_id,taxonomy_term_id,link_type,link_entity\n"
        f"{_uuid(31)},{SVC1},{GELD},leefgebied,service\n"
        f"{_uuid(32)},{SVC1},{VRIJ},toegang,service\n"
        f"{_uuid(33)},{SVC2},{GELD},leefgebied,service\n"
        f"{_uuid(34)},{SVC2},{VRIJ},toegang,service\n"
    ),
}
RESOURCES = [
    ("organization", "organizations.csv", {}),
    ("service", "services.csv", {"minimum_age": "number"}),
    ("taxonomy", "taxonomies.csv", {}),
    ("taxonomy_term", "taxonomy_terms.csv", {}),
    ("attribute", "attributes.csv", {}),
]
NOTES = 'id,tekst\nn1,Bijgewerkt in november\nn2,"Met komma, en regel\nerbij"\n'


def _write(
    folder: Path,
    *,
    replace: dict[str, str | bytes] | None = None,
    extra: dict[str, str | bytes] | None = None,
) -> Path:
    """A package folder: the tiny NL files (some replaced) plus extra unknown resources."""
    folder.mkdir()
    resources = []
    files: dict[str, str | bytes] = {**FILES, **(replace or {})}
    for name, path, types in RESOURCES:
        fields = [{"name": k, "type": v} for k, v in types.items()]
        resources.append({"name": name, "path": path, "schema": {"fields": fields}})
    for path in extra or {}:
        resources.insert(1, {"name": Path(path).stem, "path": path})  # before services.csv
        files[path] = (extra or {})[path]
    (folder / "datapackage.json").write_text(json.dumps({"resources": resources}), "utf-8")
    for path, data in files.items():
        raw = data.encode("utf-8") if isinstance(data, str) else data
        (folder / path).write_bytes(raw)
    return folder


def _refused(folder: Path) -> str:
    with pytest.raises(FeedError) as info:
        read_package(folder)
    return info.value.code


def test_the_tiny_package_is_a_valid_nl_profile_feed(tmp_path: Path) -> None:
    services = read_package(_write(tmp_path / "pkg"))
    assert [s["id"] for s in services] == [SVC1, SVC2]
    first = services[0]
    assert first["minimum_age"] == 18
    assert "minimum_age" not in services[1]  # empty cell: no key
    assert first["organization"]["name"] == "Wijkteam Demodorp"
    taxonomies = {a["taxonomy_term"]["taxonomy_detail"]["name"] for a in first["attributes"]}
    assert taxonomies == {"nl-leefgebieden", "nl-toegang"}
    checked = validate_services(services)
    assert checked.skipped == []
    assert [s["id"] for s in checked.services] == [SVC1, SVC2]


def _staged_tables(folder: Path) -> tuple[set[str], set[str], int]:
    con = sqlcipher3.connect(":memory:", isolation_level=None)
    try:
        con.execute("ATTACH DATABASE ':memory:' AS stage")
        stage_package(folder, con)
        tables = {r[0] for r in con.execute("SELECT name FROM stage.sqlite_master")}
        headers = {r[0] for r in con.execute("SELECT tbl FROM stage.headers")}
        return tables, headers, staged.count(con, "service")
    finally:
        con.close()


@pytest.mark.parametrize("notes", [NOTES, "id,tekst\n", ""])
def test_a_well_formed_unknown_resource_is_ignored(tmp_path: Path, notes: str) -> None:
    plain = read_package(_write(tmp_path / "plain"))
    folder = _write(tmp_path / "notes", extra={"notes.csv": notes})
    assert read_package(folder) == plain
    tables, headers, count = _staged_tables(folder)
    assert count == 2
    assert "notes" not in headers
    assert not any("notes" in t for t in tables)  # parsed, but never stored
    assert "t_service" in tables


@pytest.mark.parametrize(
    ("notes", "code"),
    [
        (NOTES + "n3,te veel,velden\n", "invalid_csv"),
        (NOTES + 'n3,"open quote\n', "invalid_csv"),
        (NOTES.encode() + b"n3,caf\xe9\n", "invalid_utf8"),
        (b"id,t\xe9kst\nn1,x\n", "invalid_utf8"),
    ],
)
def test_a_broken_unknown_resource_is_refused(
    tmp_path: Path, notes: str | bytes, code: str
) -> None:
    assert _refused(_write(tmp_path / "pkg", extra={"notes.csv": notes})) == code


def test_a_service_row_without_id_is_refused(tmp_path: Path) -> None:
    rows = FILES["services.csv"] + f",{ORG},Zonder id,active,\n"
    assert _refused(_write(tmp_path / "empty", replace={"services.csv": rows})) == "invalid_csv"
    short = FILES["services.csv"] + "\n\n" + "\n"  # blank lines are no rows
    assert len(read_package(_write(tmp_path / "blank", replace={"services.csv": short}))) == 2


def test_a_service_table_without_an_id_column_is_refused(tmp_path: Path) -> None:
    no_column = f"organization_id,name,status\n{ORG},Inloop,active\n"
    folder = _write(tmp_path / "nocol", replace={"services.csv": no_column})
    assert _refused(folder) == "invalid_csv"


def test_a_row_without_id_in_another_id_table_is_refused(tmp_path: Path) -> None:
    orgs = FILES["organizations.csv"] + ",Naamloos\n"
    assert _refused(_write(tmp_path / "org", replace={"organizations.csv": orgs})) == "invalid_csv"


def test_a_duplicate_service_id_is_refused(tmp_path: Path) -> None:
    rows = FILES["services.csv"] + f"{SVC1},{ORG},Nog een keer,active,\n"
    assert _refused(_write(tmp_path / "dup", replace={"services.csv": rows})) == "duplicate_id"
    terms = FILES["taxonomy_terms.csv"] + f"{VRIJ},vrij,Dubbel,Twee keer.,nl-toegang,{TOEGANG}\n"
    folder = _write(tmp_path / "term", replace={"taxonomy_terms.csv": terms})
    assert _refused(folder) == "duplicate_id"


def test_blank_lines_and_an_unnamed_column_still_import(tmp_path: Path) -> None:
    plain = read_package(_write(tmp_path / "plain"))
    services = (
        "id,organization_id,,name,status,minimum_age\r\n"
        "\r\n"
        f"{SVC1},{ORG},rommel,Inloopspreekuur,active,18\r\n"
        "\r\n"
        "\r\n"
        f"{SVC2},{ORG},,Schuldhulp,temporarily closed\r\n"  # one field short: age is None
        "\r\n"
    )
    attributes = FILES["attributes.csv"].replace("\n", "\n\n")
    folder = _write(
        tmp_path / "messy", replace={"services.csv": services, "attributes.csv": attributes}
    )
    got = read_package(folder)
    assert got == plain
    assert all("" not in s for s in got)
    assert validate_services(got).skipped == []
