"""Write nested HSDS 3.0 services as a tabular data package (.zip), the form package.py reads."""

from __future__ import annotations

import contextlib
import csv
import io
import json
import os
import tempfile
import zipfile
from collections.abc import Iterable
from pathlib import Path
from typing import Any

Row = dict[str, Any]

# (table name, file) in the order the descriptor lists them; the reader takes names from it
TABLES = (
    ("organization", "organizations.csv"),
    ("organization_identifier", "organization_identifiers.csv"),
    ("service", "services.csv"),
    ("location", "locations.csv"),
    ("service_at_location", "service_at_locations.csv"),
    ("address", "addresses.csv"),
    ("phone", "phones.csv"),
    ("schedule", "schedules.csv"),
    ("language", "languages.csv"),
    ("cost_option", "cost_options.csv"),
    ("attribute", "attributes.csv"),
    ("taxonomy", "taxonomies.csv"),
    ("taxonomy_term", "taxonomy_terms.csv"),
    ("service_area", "service_areas.csv"),
    ("contact", "contacts.csv"),
    ("required_document", "required_documents.csv"),
    ("funding", "funding.csv"),
    ("service_capacity", "service_capacity.csv"),
)
_CHILDREN = (("cost_options", "cost_option"), ("service_areas", "service_area"),
             ("contacts", "contact"), ("required_documents", "required_document"),
             ("funding", "funding"), ("capacities", "service_capacity"))  # fmt: skip
_SHARED = {"organization", "location", "taxonomy", "taxonomy_term"}


class _Tables:
    """Rows per table; shared objects (and any row with an id) are written once."""

    def __init__(self) -> None:
        self.rows: dict[str, list[Row]] = {name: [] for name, _ in TABLES}
        self.seen: set[tuple[str, str]] = set()

    def add(self, table: str, obj: dict[str, Any], **links: Any) -> None:
        row: Row = {}
        for key, value in {**obj, **links}.items():
            if value is None or isinstance(value, list | dict):
                continue  # embedded objects and lists go to their own tables
            row[key] = value
        rid = row.get("id")
        if isinstance(rid, str):
            if (table, rid) in self.seen:
                return
            self.seen.add((table, rid))
        elif table in _SHARED:
            return
        self.rows[table].append(row)


def _service(tables: _Tables, svc: dict[str, Any]) -> None:
    sid = svc.get("id")
    org = svc.get("organization")
    if isinstance(org, dict):
        tables.add("organization", org)
        for ident in org.get("organization_identifiers") or []:
            tables.add("organization_identifier", ident, organization_id=org.get("id"))
    tables.add("service", {k: v for k, v in svc.items() if not k.startswith("_")})
    for sal in svc.get("service_at_locations") or []:
        loc = sal.get("location") if isinstance(sal.get("location"), dict) else None
        lid = sal.get("location_id") or (loc or {}).get("id")
        tables.add("service_at_location", sal, service_id=sid, location_id=lid)
        for phone in sal.get("phones") or []:
            tables.add("phone", phone, service_at_location_id=sal.get("id"))
        for sched in sal.get("schedules") or []:
            tables.add("schedule", sched, service_at_location_id=sal.get("id"))
        if loc is not None:
            _location(tables, loc)
    for key, table in (("phones", "phone"), ("schedules", "schedule"),
                       ("languages", "language")):  # fmt: skip
        for item in svc.get(key) or []:
            tables.add(table, item, service_id=sid)
    for attr in svc.get("attributes") or []:
        term = attr.get("taxonomy_term")
        tables.add("attribute", attr, link_id=attr.get("link_id") or sid)
        if isinstance(term, dict):
            tables.add("taxonomy_term", term)
            detail = term.get("taxonomy_detail")
            if isinstance(detail, dict):
                tables.add("taxonomy", detail)
    for key, table in _CHILDREN:
        for item in svc.get(key) or []:
            tables.add(table, item, service_id=sid)


def _location(tables: _Tables, loc: dict[str, Any]) -> None:
    lid = loc.get("id")
    tables.add("location", loc)
    for key, table in (("addresses", "address"), ("phones", "phone"), ("schedules", "schedule"),
                       ("languages", "language")):  # fmt: skip
        for item in loc.get(key) or []:
            tables.add(table, item, location_id=lid)


def _kind(values: Iterable[Any]) -> str:
    kinds = {
        "boolean" if isinstance(v, bool) else "number" if isinstance(v, int | float) else "string"
        for v in values
    }
    return kinds.pop() if len(kinds) == 1 else "string"


def _csv(rows: list[Row]) -> tuple[bytes, list[dict[str, str]]]:
    header: list[str] = []
    for row in rows:
        header.extend(k for k in row if k not in header)
    if "id" in header:
        header.remove("id")
        header.insert(0, "id")
    schema = [{"name": col, "type": _kind(r[col] for r in rows if col in r)} for col in header]
    text = io.StringIO()
    writer = csv.writer(text, lineterminator="\r\n")
    writer.writerow(header)
    for row in rows:
        writer.writerow([_cell(row.get(col)) for col in header])
    return text.getvalue().encode("utf-8"), schema


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def package_files(services: Iterable[dict[str, Any]], *, title: str) -> dict[str, bytes]:
    """The files of the package: datapackage.json and one CSV per non-empty table."""
    tables = _Tables()
    for svc in services:
        _service(tables, svc)
    files: dict[str, bytes] = {}
    resources = []
    for name, path in TABLES:
        rows = tables.rows[name]
        if not rows and name != "service":
            continue
        data, fields = _csv(rows)
        files[path] = data
        resources.append({"name": name, "path": path, "profile": "tabular-data-resource",
                          "schema": {"fields": fields}})  # fmt: skip
    descriptor = {"name": "pohsd-eigen-aanbod", "title": title, "profile": "tabular-data-package",
                  "resources": resources}  # fmt: skip
    files["datapackage.json"] = json.dumps(descriptor, ensure_ascii=False, indent=1).encode()
    return files


def write_package(services: Iterable[dict[str, Any]], target: Path, *, title: str = "") -> Path:
    """Write the services as a .zip data package at `target`, atomically (temp file + rename)."""
    target = Path(target)
    files = package_files(services, title=title or "Eigen aanbod")
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".pohsd-", suffix=".zip.tmp", dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            with zipfile.ZipFile(handle, "w", zipfile.ZIP_DEFLATED) as archive:
                archive.writestr("datapackage.json", files.pop("datapackage.json"))
                for path, data in files.items():
                    archive.writestr(path, data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise
    return target
