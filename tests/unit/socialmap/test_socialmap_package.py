"""Data packages (folder, zip) assemble the same services as the JSON feed; hostile ones fail."""

from __future__ import annotations

import json
import os
import shutil
import zipfile
from pathlib import Path
from typing import Any

import pytest

from pohsd.socialmap import package
from pohsd.socialmap.package import read_package, read_services_json
from pohsd.socialmap.validate import FeedError

HOSTILE = Path(__file__).resolve().parents[2] / "data" / "hostile"
TINY_DESCRIPTOR = {"resources": [{"name": "service", "path": "services.csv"}]}
TINY_CSV = "id,name,status\nsvc-1,Inloop,active\n"


def _norm(value: Any) -> Any:
    """Drop empty values and order lists, so JSON and CSV forms compare equal."""
    if isinstance(value, dict):
        return {k: _norm(v) for k, v in value.items() if v not in (None, "", [], {})}
    if isinstance(value, list):
        return sorted((_norm(v) for v in value), key=lambda v: json.dumps(v, sort_keys=True))
    return value


def _by_id(services: list[dict[str, Any]]) -> dict[str, Any]:
    return {s["id"]: _norm(s) for s in services}


@pytest.fixture
def overvecht(shared_dir: Path) -> Path:
    return shared_dir / "socialmap" / "utrecht-overvecht"


def _zip_folder(folder: Path, target: Path) -> Path:
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as archive:
        for path in sorted(folder.iterdir()):
            archive.write(path, path.name)
    return target


def test_folder_package_equals_services_json(overvecht: Path) -> None:
    from_package = _by_id(read_package(overvecht / "datapackage"))
    from_json = _by_id(read_services_json((overvecht / "services.json").read_bytes()))
    assert len(from_package) == 131
    assert from_package == from_json


def test_zip_package_equals_api_pages(overvecht: Path, tmp_path: Path) -> None:
    archive = _zip_folder(overvecht / "datapackage", tmp_path / "kaart.zip")
    pages: list[dict[str, Any]] = []
    for page in sorted((overvecht / "api").glob("services-page-*.json")):
        pages += read_services_json(page.read_bytes())
    assert _by_id(read_package(archive)) == _by_id(pages)


def test_schedules_per_location_and_taxonomy_detail(overvecht: Path) -> None:
    services = {s["name"]: s for s in read_package(overvecht / "datapackage")}
    geld = services["Spreekuur Geldzorgen"]
    assert geld["schedules"] == []
    assert [len(sal["schedules"]) for sal in geld["service_at_locations"]] == [1, 1]
    assert geld["service_at_locations"][0]["location"]["addresses"][0]["country"] == "NL"
    terms = {a["taxonomy_term"]["taxonomy_detail"]["name"] for a in geld["attributes"]}
    assert terms == {"nl-leefgebieden", "nl-toegang"}
    assert geld["organization"]["organization_identifiers"][0]["identifier_scheme"] == "NL-KVK"
    assert geld["organization"]["year_incorporated"] == 2015


def _tiny(folder: Path, descriptor: dict[str, Any], csv_text: str = TINY_CSV) -> Path:
    folder.mkdir()
    (folder / "datapackage.json").write_text(json.dumps(descriptor), encoding="utf-8")
    (folder / "services.csv").write_text(csv_text, encoding="utf-8")
    return folder


def test_file_names_come_from_the_descriptor(tmp_path: Path) -> None:
    descriptor = {"resources": [{"name": "service", "path": "data/diensten.csv"}]}
    folder = _tiny(tmp_path / "pkg", descriptor)
    (folder / "data").mkdir()
    (folder / "services.csv").rename(folder / "data" / "diensten.csv")
    assert [s["name"] for s in read_package(folder)] == ["Inloop"]


@pytest.mark.parametrize("name", ["slip_package", "abs_package"])
def test_descriptor_paths_outside_the_package_are_rejected(name: str) -> None:
    with pytest.raises(FeedError) as info:
        read_package(HOSTILE / name)
    assert info.value.code == "unsafe_path"


@pytest.mark.parametrize("path", ["https://example.nl/services.csv", "C:/x.csv", "a\\..\\b.csv"])
def test_urls_and_drive_paths_are_rejected(tmp_path: Path, path: str) -> None:
    folder = _tiny(tmp_path / "pkg", {"resources": [{"name": "service", "path": path}]})
    with pytest.raises(FeedError) as info:
        read_package(folder)
    assert info.value.code == "unsafe_path"


def test_symlinked_resource_is_rejected(tmp_path: Path) -> None:
    secret = tmp_path / "elders.csv"
    secret.write_text(TINY_CSV, encoding="utf-8")
    folder = _tiny(tmp_path / "pkg", TINY_DESCRIPTOR)
    (folder / "services.csv").unlink()
    os.symlink(secret, folder / "services.csv")
    with pytest.raises(FeedError) as info:
        read_package(folder)
    assert info.value.code == "unsafe_path"


def test_zip_slip_member_is_rejected(tmp_path: Path) -> None:
    target = tmp_path / "slip.zip"
    with zipfile.ZipFile(target, "w") as archive:
        archive.writestr("datapackage.json", json.dumps(TINY_DESCRIPTOR))
        archive.writestr("services.csv", TINY_CSV)
        archive.writestr("../../evil.csv", "x")
    with pytest.raises(FeedError) as info:
        read_package(target)
    assert info.value.code == "unsafe_path"
    assert not (tmp_path.parent / "evil.csv").exists()


def test_zip_symlink_member_is_rejected(tmp_path: Path) -> None:
    target = tmp_path / "link.zip"
    with zipfile.ZipFile(target, "w") as archive:
        archive.writestr("datapackage.json", json.dumps(TINY_DESCRIPTOR))
        link = zipfile.ZipInfo("services.csv")
        link.external_attr = (0o120777 << 16) | 0
        archive.writestr(link, "/etc/passwd")
    with pytest.raises(FeedError) as info:
        read_package(target)
    assert info.value.code == "unsafe_path"


def test_zip_bomb_is_rejected(tmp_path: Path) -> None:
    target = tmp_path / "bomb.zip"
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("datapackage.json", json.dumps(TINY_DESCRIPTOR))
        archive.writestr("services.csv", TINY_CSV + "0" * (20 * 1024 * 1024))
    assert target.stat().st_size < 100_000
    with pytest.raises(FeedError) as info:
        read_package(target)
    assert info.value.code == "zip_bomb"


def test_zip_limits_members_and_size(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "many.zip"
    with zipfile.ZipFile(target, "w") as archive:
        archive.writestr("datapackage.json", json.dumps(TINY_DESCRIPTOR))
        archive.writestr("services.csv", TINY_CSV)
    monkeypatch.setattr(package, "MAX_ZIP_MEMBERS", 1)
    with pytest.raises(FeedError) as info:
        read_package(target)
    assert info.value.code == "zip_too_many_members"
    monkeypatch.setattr(package, "MAX_ZIP_MEMBERS", 10)
    monkeypatch.setattr(package, "MAX_TOTAL_BYTES", 50)
    with pytest.raises(FeedError) as info:
        read_package(target)
    assert info.value.code == "zip_too_large"


def test_not_a_zip_and_missing_descriptor(tmp_path: Path) -> None:
    fake = tmp_path / "kaart.zip"
    fake.write_bytes(b"<html>200 OK</html>")
    with pytest.raises(FeedError) as info:
        read_package(fake)
    assert info.value.code == "invalid_zip"
    (tmp_path / "leeg").mkdir()
    with pytest.raises(FeedError) as info:
        read_package(tmp_path / "leeg")
    assert info.value.code == "missing_file"


def test_csv_field_cap_and_bad_numbers(tmp_path: Path) -> None:
    folder = _tiny(tmp_path / "big", TINY_DESCRIPTOR, "id,name\nsvc-1," + "x" * 200_000 + "\n")
    with pytest.raises(FeedError) as info:
        read_package(folder)
    assert info.value.code == "invalid_csv"
    typed = {
        "resources": [
            {
                "name": "service",
                "path": "services.csv",
                "schema": {"fields": [{"name": "minimum_age", "type": "number"}]},
            }
        ]
    }
    folder = _tiny(tmp_path / "nan", typed, "id,name,minimum_age\nsvc-1,X,nan\n")
    with pytest.raises(FeedError) as info:
        read_package(folder)
    assert info.value.code == "nan_not_allowed"


def test_duplicate_and_dangling_ids_in_a_package(tmp_path: Path) -> None:
    folder = _tiny(tmp_path / "dup", TINY_DESCRIPTOR, TINY_CSV + "svc-1,Nog een,active\n")
    with pytest.raises(FeedError) as info:
        read_package(folder)
    assert info.value.code == "duplicate_id"
    folder = _tiny(
        tmp_path / "dangling", TINY_DESCRIPTOR, "id,name,organization_id\nsvc-1,X,org-9\n"
    )
    with pytest.raises(FeedError) as info:
        read_package(folder)
    assert info.value.code == "dangling_reference"


def test_original_files_are_untouched(overvecht: Path, tmp_path: Path) -> None:
    copy = shutil.copytree(overvecht / "datapackage", tmp_path / "pkg")
    before = {p.name: p.read_bytes() for p in copy.iterdir()}
    read_package(copy)
    assert {p.name: p.read_bytes() for p in copy.iterdir()} == before
