"""Read HSDS 3.0 feeds safely: a tabular data package (folder or .zip) or a JSON services body."""

from __future__ import annotations

import csv
import io
import json
import math
import os
import stat
import zipfile
from collections.abc import Iterator
from pathlib import Path, PurePosixPath
from typing import Any, BinaryIO

import sqlcipher3

from pohsd.socialmap import staged
from pohsd.socialmap.validate import FeedError

DESCRIPTOR = "datapackage.json"
MAX_JSON_BYTES = 64 * 1024 * 1024
MAX_JSON_DEPTH = 64
MAX_ZIP_MEMBERS = 100
MAX_MEMBER_BYTES = 64 * 1024 * 1024
MAX_TOTAL_BYTES = 256 * 1024 * 1024
MAX_RATIO = 100
RATIO_FLOOR_BYTES = 64 * 1024  # tiny members may compress well; the ratio applies above this
CSV_FIELD_LIMIT = 131_072  # the csv module's default, set explicitly
MAX_ROWS = 1_000_000


# ---------------------------------------------------------------- JSON


def _no_constant(name: str) -> Any:
    raise FeedError("nan_not_allowed", f"{name} is not valid JSON")


def _depth_ok(value: Any) -> bool:
    """Whether no container is nested deeper than MAX_JSON_DEPTH (only containers are walked)."""
    stack = [(value, 1)]
    while stack:
        item, depth = stack.pop()
        if depth > MAX_JSON_DEPTH:
            return False
        children = item.values() if isinstance(item, dict) else item
        stack.extend((v, depth + 1) for v in children if isinstance(v, (dict, list)))
    return True


def load_json(data: bytes, *, limit: int = MAX_JSON_BYTES) -> Any:
    """Parse untrusted JSON bytes: UTF-8 (BOM allowed), no NaN/Infinity, bounded size and depth."""
    if len(data) > limit:
        raise FeedError("too_large", f"more than {limit} bytes")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise FeedError("invalid_utf8", f"byte {exc.start} is not UTF-8") from None
    stripped = text.strip()
    if not stripped:
        raise FeedError("empty", "the body is empty")
    if stripped.startswith("<"):
        raise FeedError("html_response", "got an HTML page instead of JSON")
    try:
        value = json.loads(stripped, parse_constant=_no_constant)
    except RecursionError:
        raise FeedError("too_deep", f"nested deeper than {MAX_JSON_DEPTH}") from None
    except json.JSONDecodeError as exc:
        raise FeedError("invalid_json", f"{exc.msg} at line {exc.lineno}") from None
    if isinstance(value, (dict, list)) and not _depth_ok(value):
        raise FeedError("too_deep", f"nested deeper than {MAX_JSON_DEPTH}")
    return value


def read_services_json(data: bytes) -> list[dict[str, Any]]:
    """Services from a JSON array, an API page `{contents: []}` or the legacy `{content: []}`."""
    return services_in(load_json(data))


def services_in(value: Any) -> list[dict[str, Any]]:
    """The services of an already parsed body (see `read_services_json`)."""
    if isinstance(value, dict):
        for key in ("contents", "content"):
            if isinstance(value.get(key), list):
                value = value[key]
                break
        else:
            if "id" in value and "name" in value:
                value = [value]  # GET /services/{id}
    if not isinstance(value, list) or not all(isinstance(item, dict) for item in value):
        raise FeedError("not_services", "expected a list of service objects")
    return value


# ---------------------------------------------------------------- package sources


def _safe_relpath(raw: Any) -> str:
    """A descriptor or member path that stays inside the package, else FeedError('unsafe_path')."""
    if not isinstance(raw, str) or not raw or "\x00" in raw:
        raise FeedError("unsafe_path", "resource path is not a plain file name")
    if "://" in raw or raw.startswith(("/", "\\")) or "\\" in raw or ":" in raw:
        raise FeedError("unsafe_path", f"{raw!r} is a URL or an absolute path")
    parts = PurePosixPath(raw).parts
    if any(part in ("..", ".") for part in parts) or not parts:
        raise FeedError("unsafe_path", f"{raw!r} points outside the package")
    return "/".join(parts)


class _Folder:
    def __init__(self, root: Path) -> None:
        self.root = root

    def read(self, rel: str, cap: int) -> bytes:
        path = self._path(rel)
        with open(path, "rb") as handle:
            data = handle.read(cap + 1)
        if len(data) > cap:
            raise FeedError("too_large", f"{rel} is larger than {cap} bytes")
        return data

    def _path(self, rel: str) -> Path:
        path = self.root
        for part in PurePosixPath(rel).parts:
            path = path / part
            try:
                mode = os.lstat(path).st_mode
            except FileNotFoundError:
                raise FeedError("missing_file", rel) from None
            if stat.S_ISLNK(mode):
                raise FeedError("unsafe_path", f"{rel!r} is a symbolic link")
        if not stat.S_ISREG(mode):
            raise FeedError("missing_file", f"{rel} is not a file")
        return path

    def open(self, rel: str, cap: int) -> _Capped:
        path = self._path(rel)
        return _Capped(open(path, "rb"), cap, "too_large", f"{rel} is larger than {cap} bytes")


class _Zip:
    def __init__(self, archive: zipfile.ZipFile) -> None:
        self.archive = archive
        infos = archive.infolist()
        if len(infos) > MAX_ZIP_MEMBERS:
            raise FeedError("zip_too_many_members", f"{len(infos)} members")
        total = 0
        self.members: dict[str, zipfile.ZipInfo] = {}
        for info in infos:
            name = _safe_relpath(info.filename.rstrip("/"))
            if stat.S_ISLNK(info.external_attr >> 16):
                raise FeedError("unsafe_path", f"{name!r} is a symbolic link")
            if info.is_dir():
                continue
            if info.file_size > MAX_MEMBER_BYTES:
                raise FeedError("zip_too_large", f"{name} unpacks to {info.file_size} bytes")
            if info.file_size > RATIO_FLOOR_BYTES and info.file_size > MAX_RATIO * max(
                info.compress_size, 1
            ):
                raise FeedError("zip_bomb", f"{name} has compression ratio above {MAX_RATIO}")
            total += info.file_size
            self.members[name] = info
        if total > MAX_TOTAL_BYTES:
            raise FeedError("zip_too_large", f"unpacks to {total} bytes")

    def read(self, rel: str, cap: int) -> bytes:
        info = self.members.get(rel)
        if info is None:
            raise FeedError("missing_file", rel)
        with self.archive.open(info) as handle:
            data = handle.read(min(cap, info.file_size) + 1)
        if len(data) > min(cap, info.file_size):
            raise FeedError("zip_bomb", f"{rel} unpacks to more than it declares")
        return data

    def open(self, rel: str, cap: int) -> _Capped:
        info = self.members.get(rel)
        if info is None:
            raise FeedError("missing_file", rel)
        detail = f"{rel} unpacks to more than it declares"
        return _Capped(self.archive.open(info), min(cap, info.file_size), "zip_bomb", detail)


# ---------------------------------------------------------------- CSV


def _convert(value: str, kind: str, where: str) -> Any:
    if kind in ("number", "integer"):
        try:
            number = float(value)
        except ValueError:
            raise FeedError("invalid_csv", f"{where}: not a number") from None
        if not math.isfinite(number):
            raise FeedError("nan_not_allowed", where)
        return int(number) if number.is_integer() and "e" not in value.lower() else number
    if kind == "boolean":
        if value.lower() in ("true", "1", "yes"):
            return True
        if value.lower() in ("false", "0", "no"):
            return False
        raise FeedError("invalid_csv", f"{where}: not a boolean")
    return value


class _Capped(io.RawIOBase):
    """A binary stream that fails with FeedError(code) once more than `cap` bytes came out."""

    def __init__(self, raw: BinaryIO, cap: int, code: str, detail: str) -> None:
        super().__init__()
        self.raw, self.cap, self.code, self.detail = raw, cap, code, detail
        self.count = 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        n = self.raw.readinto(buffer)  # type: ignore[attr-defined]
        self.count += n or 0
        if self.count > self.cap:
            raise FeedError(self.code, self.detail)
        return n  # type: ignore[no-any-return]

    def close(self) -> None:
        self.raw.close()
        super().close()


def _read_csv(
    stream: BinaryIO, rel: str, types: dict[str, str], header: list[str]
) -> Iterator[list[Any]]:
    """The rows of one CSV member, streamed, as value lists in the order of `header`.

    Values are typed by the descriptor's field types; an empty cell is None; columns without
    a name are left out (a repeated name keeps its last column, as a dict would); blank lines
    are skipped. `header` receives the column names before the first row is yielded.
    """
    csv.field_size_limit(CSV_FIELD_LIMIT)
    text = io.TextIOWrapper(
        io.BufferedReader(stream, 1 << 16), encoding="utf-8-sig", newline="", errors="strict"
    )
    count = 0
    try:
        reader = csv.reader(text, strict=True)
        fieldnames = next(reader, [])
        last = {name: i for i, name in enumerate(fieldnames) if name}
        header.extend(last)
        sources = list(last.values())
        width = len(fieldnames)
        typed = [
            (j, name, types[name])
            for j, name in enumerate(header)
            if types.get(name, "string") != "string"
        ]
        for line in reader:
            if not line:
                continue
            if count >= MAX_ROWS:
                raise FeedError("too_large", f"{rel} has more than {MAX_ROWS} rows")
            count += 1
            if len(line) > width:
                raise FeedError("invalid_csv", f"{rel} line {reader.line_num}: too many fields")
            short = len(line) < width
            values: list[Any] = [
                None if (short and i >= len(line)) or line[i] == "" else line[i] for i in sources
            ]
            for j, name, kind in typed:
                if values[j] is not None:
                    values[j] = _convert(values[j], kind, f"{rel} line {reader.line_num} {name}")
            yield values
    except csv.Error as exc:
        raise FeedError("invalid_csv", f"{rel}: {exc}") from None
    except UnicodeDecodeError as exc:
        raise FeedError("invalid_utf8", f"{rel} byte {exc.start} is not UTF-8") from None
    finally:
        text.close()


# ---------------------------------------------------------------- descriptor and staging


def _stage(source: _Folder | _Zip, con: sqlcipher3.Connection) -> None:
    descriptor = load_json(source.read(DESCRIPTOR, MAX_JSON_BYTES))
    resources = descriptor.get("resources") if isinstance(descriptor, dict) else None
    if not isinstance(resources, list) or not resources:
        raise FeedError("invalid_descriptor", "datapackage.json has no resources")
    staged.create(con)
    names = set()
    for resource in resources:
        if not isinstance(resource, dict):
            raise FeedError("invalid_descriptor", "a resource is not an object")
        rel = _safe_relpath(resource.get("path"))
        name = resource.get("name")
        if not isinstance(name, str) or not name:
            name = PurePosixPath(rel).stem.removesuffix("s")
        schema = resource.get("schema")
        fields = schema.get("fields", []) if isinstance(schema, dict) else []
        types = {
            str(f.get("name")): str(f.get("type", "string")) for f in fields if isinstance(f, dict)
        }
        header: list[str] = []
        with source.open(rel, MAX_MEMBER_BYTES) as stream:
            staged.add_table(con, name, _read_csv(stream, rel, types, header), header)
        names.add(name)
    if "service" not in names:
        raise FeedError("invalid_descriptor", "the package has no service table")
    staged.finish(con)


def stage_package(path: str | os.PathLike[str], con: sqlcipher3.Connection) -> None:
    """Read a tabular data package (folder or `.zip`) into the `stage` schema of `con`.

    The connection must have a `stage` database attached (an encrypted file or memory);
    `staged.services(con, size)` then yields the assembled services chunk by chunk.
    """
    root = Path(path)
    if root.is_symlink():
        raise FeedError("unsafe_path", "the package itself is a symbolic link")
    if root.is_dir():
        _stage(_Folder(root), con)
        return
    if not root.is_file():
        raise FeedError("missing_file", "the package does not exist")
    try:
        with zipfile.ZipFile(root) as archive:
            _stage(_Zip(archive), con)
    except (zipfile.BadZipFile, EOFError) as exc:
        raise FeedError("invalid_zip", str(exc)) from None


def read_package(path: str | os.PathLike[str]) -> list[dict[str, Any]]:
    """Full HSDS 3.0 service objects from a tabular data package folder or `.zip`.

    Staged in memory; the importer stages into an encrypted file and streams instead.
    """
    con = sqlcipher3.connect(":memory:", isolation_level=None)
    try:
        con.execute("ATTACH DATABASE ':memory:' AS stage")
        stage_package(path, con)
        return [service for chunk in staged.services(con, 1000) for service in chunk]
    finally:
        con.close()
