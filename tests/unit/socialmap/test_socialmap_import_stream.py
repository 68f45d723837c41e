"""A package import streams: staged in an encrypted file, chunked, and all-or-nothing."""

from __future__ import annotations

import csv
import io
import os
import shutil
from pathlib import Path
from typing import Any

import pytest

from pohsd.domain.errors import ValidationError
from pohsd.socialmap import fullimport, staged, storage
from pohsd.socialmap import generation as gen
from pohsd.socialmap.package import read_package
from pohsd.socialmap.validate import FeedCheck, validate_services
from pohsd.workspace import Workspace


@pytest.fixture
def package(shared_dir: Path, tmp_path: Path) -> Path:
    return Path(
        shutil.copytree(shared_dir / "socialmap/utrecht-overvecht/datapackage", tmp_path / "pkg")
    )


def _folder(ws: Workspace) -> Path:
    return ws.paths.data_dir / "socialmap"


def _files(ws: Workspace) -> dict[str, bytes]:
    ws.socialmap.close_map()
    return {p.name: p.read_bytes() for p in sorted(_folder(ws).iterdir())}


def _append_service(package: Path, **values: str) -> None:
    path = package / "services.csv"
    with path.open(encoding="utf-8", newline="") as handle:
        header = next(csv.reader(handle))
    out = io.StringIO()
    csv.writer(out, lineterminator="\n").writerow([values.get(h, "") for h in header])
    with path.open("a", encoding="utf-8", newline="") as handle:
        handle.write(out.getvalue())


def test_package_import_is_chunked_and_equals_the_whole_feed(
    workspace: Workspace, package: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(fullimport, "CHUNK", 7)
    sizes: list[int] = []
    real_add = FeedCheck.add

    def add(self: FeedCheck, services: list[Any]) -> list[dict[str, Any]]:
        sizes.append(len(services))
        return real_add(self, services)

    monkeypatch.setattr(FeedCheck, "add", add)
    result = workspace.socialmap.import_path(package)
    assert result.count == 131
    assert max(sizes) == 7
    assert sum(sizes) == 131
    expected = validate_services(read_package(package)).services
    with workspace.socialmap._open() as con:
        assert list(storage.load_services(con)) == expected
    assert list(_files(workspace)) == [f"{result.generation_id}.db"]  # no staging file left


def test_staging_file_is_encrypted_and_removed(
    workspace: Workspace, package: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: dict[str, Any] = {}
    real_finish = staged.finish

    def finish(con: Any) -> None:
        real_finish(con)
        path = Path(next(r[2] for r in con.execute("PRAGMA database_list") if r[1] == "stage"))
        data = path.read_bytes()
        seen.update(exists=path.is_file(), size=len(data), path=path)
        seen["mode"] = path.stat().st_mode & 0o777
        seen["plain"] = data.startswith(b"SQLite format 3") or b"Buurtteam" in data

    monkeypatch.setattr(staged, "finish", finish)
    workspace.socialmap.import_path(package)
    assert seen["exists"]
    assert seen["size"] > 100_000
    assert seen["plain"] is False
    if os.name == "posix":
        assert seen["mode"] == 0o600
    assert not seen["path"].exists()


def test_error_in_a_late_chunk_removes_the_new_file(
    workspace: Workspace, package: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = workspace.socialmap.import_path(package)
    before = _files(workspace)
    monkeypatch.setattr(fullimport, "CHUNK", 10)
    _append_service(package, id="late-1", name="Laat", status="active", organization_id="org-9")
    with pytest.raises(ValidationError) as info:
        workspace.socialmap.import_path(package)
    assert info.value.rule == "dangling_reference"
    assert _files(workspace) == before
    assert workspace.socialmap.status().generation_id == first.generation_id


def test_duplicate_service_id_in_the_package_is_refused(
    workspace: Workspace, package: Path
) -> None:
    first = workspace.socialmap.import_path(package)
    before = _files(workspace)
    with (package / "services.csv").open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    _append_service(package, **{**rows[0], "name": "Nog eens"})
    with pytest.raises(ValidationError) as info:
        workspace.socialmap.import_path(package)
    assert info.value.rule == "duplicate_id"
    assert _files(workspace) == before
    assert workspace.socialmap.status().generation_id == first.generation_id


def test_large_drop_from_a_package_is_held(workspace: Workspace, package: Path) -> None:
    first = workspace.socialmap.import_path(package)
    before = _files(workspace)
    path = package / "services.csv"
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    with path.open(encoding="utf-8", newline="") as handle:
        records = list(csv.DictReader(handle))
    assert len(records) == 131
    assert len(lines) == 132
    path.write_text("".join(lines[:90]), encoding="utf-8")  # 42 of 131 dropped
    lost = sum(1 for r in records[89:] if r["status"] not in gen.WITHDRAWN)
    assert lost > 0.2 * sum(1 for r in records if r["status"] not in gen.WITHDRAWN)
    with pytest.raises(ValidationError) as info:
        workspace.socialmap.import_path(package)
    assert info.value.rule == "drop_too_large"
    assert info.value.params["withdrawn"] == lost
    assert _files(workspace) == before
    assert workspace.socialmap.status().generation_id == first.generation_id
    result = workspace.socialmap.import_path(package, accept_drop=True)
    assert result.count == 89
    assert result.withdrawn == lost


def test_broken_csv_while_staging_leaves_no_files(workspace: Workspace, package: Path) -> None:
    with (package / "phones.csv").open("a", encoding="utf-8") as handle:
        handle.write('"een niet afgesloten veld\n')
    with pytest.raises(ValidationError) as info:
        workspace.socialmap.import_path(package)
    assert info.value.rule == "invalid_csv"
    assert not _folder(workspace).exists() or list(_folder(workspace).iterdir()) == []
    assert workspace.practice.setting("socialmap.current", "") == ""


def test_prune_removes_a_crashed_builds_staging_file(tmp_path: Path) -> None:
    gen_id = "20261201T120000Z-0123abcd"
    (tmp_path / f"{gen_id}.db").write_bytes(b"x")
    (tmp_path / f"{gen_id}.db-stage").write_bytes(b"y")
    assert gen.prune(tmp_path, keep=set()) == [gen_id]
    assert list(tmp_path.iterdir()) == []
