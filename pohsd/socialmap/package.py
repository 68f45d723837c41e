"""Read HSDS 3.0 feeds safely: a tabular data package (folder or .zip) or a JSON services body."""

from __future__ import annotations

import csv
import io
import json
import math
import os
import stat
import zipfile
from collections import defaultdict
from pathlib import Path, PurePosixPath
from typing import Any

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

Row = dict[str, Any]


# ---------------------------------------------------------------- JSON


def _no_constant(name: str) -> Any:
    raise FeedError("nan_not_allowed", f"{name} is not valid JSON")


def _depth_ok(value: Any) -> bool:
    stack = [(value, 1)]
    while stack:
        item, depth = stack.pop()
        if depth > MAX_JSON_DEPTH:
            return False
        if isinstance(item, dict):
            stack.extend((v, depth + 1) for v in item.values())
        elif isinstance(item, list):
            stack.extend((v, depth + 1) for v in item)
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
    if not _depth_ok(value):
        raise FeedError("too_deep", f"nested deeper than {MAX_JSON_DEPTH}")
    return value


def read_services_json(data: bytes) -> list[dict[str, Any]]:
    """Services from a JSON array, an API page `{contents: []}` or the legacy `{content: []}`."""
    value = load_json(data)
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
        with open(path, "rb") as handle:
            data = handle.read(cap + 1)
        if len(data) > cap:
            raise FeedError("too_large", f"{rel} is larger than {cap} bytes")
        return data


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


def _read_csv(data: bytes, rel: str, types: dict[str, str]) -> list[Row]:
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise FeedError("invalid_utf8", f"{rel} byte {exc.start} is not UTF-8") from None
    csv.field_size_limit(CSV_FIELD_LIMIT)
    rows: list[Row] = []
    try:
        reader = csv.DictReader(io.StringIO(text, newline=""), strict=True)
        for line in reader:
            if len(rows) >= MAX_ROWS:
                raise FeedError("too_large", f"{rel} has more than {MAX_ROWS} rows")
            if None in line:
                raise FeedError("invalid_csv", f"{rel} line {reader.line_num}: too many fields")
            row: Row = {}
            for key, value in line.items():
                if key and value not in (None, ""):
                    where = f"{rel} line {reader.line_num} {key}"
                    row[key] = _convert(value, types.get(key, "string"), where)
            rows.append(row)
    except csv.Error as exc:
        raise FeedError("invalid_csv", f"{rel}: {exc}") from None
    return rows


# ---------------------------------------------------------------- descriptor and assembly


def _tables(source: _Folder | _Zip) -> dict[str, list[Row]]:
    descriptor = load_json(source.read(DESCRIPTOR, MAX_JSON_BYTES))
    resources = descriptor.get("resources") if isinstance(descriptor, dict) else None
    if not isinstance(resources, list) or not resources:
        raise FeedError("invalid_descriptor", "datapackage.json has no resources")
    tables: dict[str, list[Row]] = {}
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
        tables[name] = _read_csv(source.read(rel, MAX_MEMBER_BYTES), rel, types)
    if "service" not in tables:
        raise FeedError("invalid_descriptor", "the package has no service table")
    return tables


def _by(rows: list[Row], key: str) -> dict[str, list[Row]]:
    index: dict[str, list[Row]] = defaultdict(list)
    for row in rows:
        if isinstance(row.get(key), str):
            index[row[key]].append(row)
    return index


def _unique(rows: list[Row], table: str) -> dict[str, Row]:
    out: dict[str, Row] = {}
    for row in rows:
        rid = row.get("id")
        if not isinstance(rid, str):
            raise FeedError("invalid_csv", f"{table} row without id")
        if rid in out:
            raise FeedError("duplicate_id", f"{table} id {rid} appears more than once")
        out[rid] = row
    return out


def _assemble(tables: dict[str, list[Row]]) -> list[dict[str, Any]]:
    def table(name: str) -> list[Row]:
        return tables.get(name, [])

    ident = _by(table("organization_identifier"), "organization_id")
    orgs = _unique(table("organization"), "organization")
    taxonomies = _unique(table("taxonomy"), "taxonomy")
    terms = _unique(table("taxonomy_term"), "taxonomy_term")
    addresses = _by(table("address"), "location_id")
    phones_loc, phones_svc = _by(table("phone"), "location_id"), _by(table("phone"), "service_id")
    phones_sal = _by(table("phone"), "service_at_location_id")
    sched_svc = _by(table("schedule"), "service_id")
    sched_sal = _by(table("schedule"), "service_at_location_id")
    sched_loc = _by(table("schedule"), "location_id")
    lang_svc, lang_loc = _by(table("language"), "service_id"), _by(table("language"), "location_id")
    attrs = _by(
        [r for r in table("attribute") if r.get("link_entity", "service") == "service"], "link_id"
    )
    children = {
        key: _by(table(name), "service_id")
        for key, name in (
            ("cost_options", "cost_option"),
            ("service_areas", "service_area"),
            ("contacts", "contact"),
            ("required_documents", "required_document"),
            ("funding", "funding"),
            ("capacities", "service_capacity"),
        )
    }

    def location(loc: Row) -> dict[str, Any]:
        lid = loc["id"]
        only_loc = [
            s
            for s in sched_loc.get(lid, [])
            if not s.get("service_id") and not s.get("service_at_location_id")
        ]
        return {
            **loc,
            "addresses": list(addresses.get(lid, [])),
            "phones": [p for p in phones_loc.get(lid, []) if not p.get("service_id")],
            "schedules": only_loc,
            "languages": [lang for lang in lang_loc.get(lid, []) if not lang.get("service_id")],
        }

    locations = {lid: location(loc) for lid, loc in _unique(table("location"), "location").items()}
    sals = _by(table("service_at_location"), "service_id")

    def term(tid: str) -> dict[str, Any]:
        found = terms.get(tid)
        if found is None:
            raise FeedError("dangling_reference", f"taxonomy_term {tid} does not exist")
        tax = taxonomies.get(str(found.get("taxonomy_id")))
        return {**found, "taxonomy_detail": tax} if tax else dict(found)

    services = []
    for sid, row in _unique(table("service"), "service").items():
        service: dict[str, Any] = dict(row)
        oid = row.get("organization_id")
        if oid is not None:
            if oid not in orgs:
                raise FeedError("dangling_reference", f"organization {oid} does not exist")
            service["organization"] = {**orgs[oid], "organization_identifiers": ident.get(oid, [])}
        at = []
        for sal in sals.get(sid, []):
            loc = locations.get(str(sal.get("location_id")))
            if loc is None:
                raise FeedError(
                    "dangling_reference", f"location {sal.get('location_id')} does not exist"
                )
            at.append(
                {
                    **sal,
                    "schedules": sched_sal.get(sal["id"], []),
                    "phones": phones_sal.get(sal["id"], []),
                    "location": loc,
                }
            )
        service["service_at_locations"] = at
        service["phones"] = [
            p for p in phones_svc.get(sid, []) if not p.get("service_at_location_id")
        ]
        service["schedules"] = [
            s for s in sched_svc.get(sid, []) if not s.get("service_at_location_id")
        ]
        service["languages"] = lang_svc.get(sid, [])
        service["attributes"] = [
            {**a, "taxonomy_term": term(str(a.get("taxonomy_term_id")))} for a in attrs.get(sid, [])
        ]
        for key, index in children.items():
            if index or key != "capacities":
                service[key] = index.get(sid, [])
        services.append(service)
    return services


def read_package(path: str | os.PathLike[str]) -> list[dict[str, Any]]:
    """Full HSDS 3.0 service objects from a tabular data package folder or `.zip`."""
    root = Path(path)
    if root.is_symlink():
        raise FeedError("unsafe_path", "the package itself is a symbolic link")
    if root.is_dir():
        return _assemble(_tables(_Folder(root)))
    if not root.is_file():
        raise FeedError("missing_file", "the package does not exist")
    try:
        with zipfile.ZipFile(root) as archive:
            return _assemble(_tables(_Zip(archive)))
    except (zipfile.BadZipFile, EOFError) as exc:
        raise FeedError("invalid_zip", str(exc)) from None
