"""bench/gen_socialmap.py: a small seeded map validates, imports and is the same for a seed."""

from __future__ import annotations

import filecmp
from pathlib import Path

from bench import gen_socialmap
from pohsd.socialmap.package import read_package
from pohsd.socialmap.validate import validate_services
from pohsd.workspace import Workspace

N = 200


def _files(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def test_generated_package_validates_and_imports(workspace: Workspace, tmp_path: Path) -> None:
    package = gen_socialmap.build(tmp_path / "kaart", N, seed=1)
    assert len(package.service_ids) == N
    services = read_package(tmp_path / "kaart")
    assert len(services) == N
    valid = validate_services(services)
    assert valid.skipped == []
    assert len(valid.services) == N

    result = workspace.socialmap.import_path(tmp_path / "kaart")
    assert result.count == N
    assert result.skipped == []
    status = workspace.socialmap.status()
    withdrawn = sum(s["status"] in ("inactive", "defunct") for s in services)
    assert status.count == N - withdrawn

    # the Dutch word lists reach the index: a topic word finds services of that topic
    hits = workspace.socialmap.search("schuld", topic="geld")
    assert hits
    assert all(any(t.startswith("geld") for t in h.hit.topics) for h in hits)
    one = workspace.socialmap.service(services[0]["id"])
    assert one["organization"]["organization_identifiers"][0]["identifier_scheme"] == "NL-KVK"
    locations = [sal["location"] for s in services for sal in s["service_at_locations"]]
    assert all(50.7 < loc["latitude"] < 53.6 and 3.3 < loc["longitude"] < 7.3 for loc in locations)
    postcodes = [a["postal_code"] for loc in locations for a in loc["addresses"]]
    assert all(len(pc) == 7 and pc[:4].isdigit() and pc[0] != "0" for pc in postcodes)


def test_same_seed_same_files_other_seed_differs(tmp_path: Path) -> None:
    gen_socialmap.build(tmp_path / "a", N, seed=7)
    gen_socialmap.build(tmp_path / "b", N, seed=7)
    gen_socialmap.build(tmp_path / "c", N, seed=8)
    names = _files(tmp_path / "a")
    assert "services.csv" in names
    assert names == _files(tmp_path / "b")
    match, mismatch, errors = filecmp.cmpfiles(tmp_path / "a", tmp_path / "b", names, shallow=False)
    assert (mismatch, errors) == ([], [])
    assert len(match) == len(names)
    assert not filecmp.cmp(tmp_path / "a" / "services.csv", tmp_path / "c" / "services.csv", False)
