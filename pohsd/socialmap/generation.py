"""Build, verify, open, list and prune encrypted sociale-kaart generation files (DESIGN §1, §8)."""

from __future__ import annotations

import contextlib
import json
import os
import re
import secrets
from collections.abc import Callable, Iterable, Iterator, Sized
from dataclasses import dataclass
from datetime import UTC, datetime
from itertools import islice
from pathlib import Path
from typing import Any

import sqlcipher3

from pohsd.domain.errors import ErrorCode, PohsdError, ValidationError
from pohsd.domain.progress import CancelToken, Progress
from pohsd.security.secret import SecretKey
from pohsd.socialmap import schema
from pohsd.socialmap.search import TOEGANG_TAXONOMY, stem_text
from pohsd.store.engine import check_cipher, connect

CHUNK = 2000
STAGE = "socialmap.build"
WITHDRAWN = ("inactive", "defunct")
_ID_RE = re.compile(r"^\d{8}T\d{6}Z-[0-9a-f]{8}$")
_DAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
_DAY_WORDS = {
    "monday": "MO", "tuesday": "TU", "wednesday": "WE", "thursday": "TH", "friday": "FR",
    "saturday": "SA", "sunday": "SU", "maandag": "MO", "dinsdag": "TU", "woensdag": "WE",
    "donderdag": "TH", "vrijdag": "FR", "zaterdag": "SA", "zondag": "SU",
}  # fmt: skip


@dataclass(frozen=True)
class GenerationInfo:
    id: str
    path: Path
    count: int
    built_at: datetime


def generation_path(folder: Path, generation_id: str) -> Path:
    """The file of one generation; refuses an id that is not ours (no path tricks)."""
    if not _ID_RE.match(generation_id):
        raise PohsdError(ErrorCode.NOT_FOUND)
    return Path(folder) / f"{generation_id}.db"


def list_generations(folder: Path) -> list[str]:
    """Generation ids present in the folder, oldest first (ids sort by build time)."""
    folder = Path(folder)
    if not folder.is_dir():
        return []
    return sorted(p.stem for p in folder.glob("*.db") if _ID_RE.match(p.stem))


def prune(folder: Path, keep: Iterable[str]) -> list[str]:
    """Delete every generation not in `keep` (with its WAL/SHM files); return the removed ids."""
    keep_ids = set(keep)
    removed = []
    for gen_id in list_generations(folder):
        if gen_id in keep_ids:
            continue
        _remove_files(generation_path(folder, gen_id))
        removed.append(gen_id)
    return removed


def open_generation(path: Path, key: SecretKey) -> sqlcipher3.Connection:
    """A keyed connection to an existing generation; wrong key → PohsdError(DB_WRONG_KEY)."""
    if not Path(path).is_file():
        raise PohsdError(ErrorCode.DB_MISSING)
    con = connect(Path(path), key, foreign_keys=False)
    try:
        check_cipher(con)
        row = con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
        if row is None or int(row[0]) != schema.SCHEMA_VERSION:
            raise PohsdError(ErrorCode.DB_CORRUPT)
    except sqlcipher3.DatabaseError as exc:
        con.close()
        raise PohsdError(ErrorCode.DB_CORRUPT) from exc
    except BaseException:
        con.close()
        raise
    return con


def verify(path: Path, key: SecretKey) -> int:
    """Integrity, cipher integrity and row counts of a generation; returns the service count."""
    con = open_generation(path, key)
    try:
        if con.execute("PRAGMA integrity_check").fetchone()[0] != "ok":
            raise PohsdError(ErrorCode.DB_CORRUPT)
        if con.execute("PRAGMA cipher_integrity_check").fetchall():
            raise PohsdError(ErrorCode.DB_CORRUPT)
        con.execute("INSERT INTO services_fts (services_fts, rank) VALUES ('integrity-check', 1)")
        count = con.execute("SELECT count(*) FROM services").fetchone()[0]
        fts = con.execute("SELECT count(*) FROM search_text").fetchone()[0]
        stored = con.execute("SELECT value FROM meta WHERE key = 'count'").fetchone()
        if stored is None or int(stored[0]) != count or fts != count:
            raise PohsdError(ErrorCode.DB_CORRUPT)
        return count
    except sqlcipher3.DatabaseError as exc:
        raise PohsdError(ErrorCode.DB_CORRUPT) from exc
    finally:
        con.close()


def build_generation(
    folder: Path,
    key: SecretKey,
    services: Iterable[dict[str, Any]],
    *,
    progress: Callable[[Progress], None] | None = None,
    cancel: CancelToken | None = None,
) -> GenerationInfo:
    """Write all services into a NEW encrypted generation file; a failure or cancel deletes it."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    built_at = datetime.now(UTC).replace(microsecond=0)
    gen_id = f"{built_at:%Y%m%dT%H%M%SZ}-{secrets.token_hex(4)}"
    path = generation_path(folder, gen_id)
    if path.exists():
        raise PohsdError(ErrorCode.DB_EXISTS)
    con = connect(path, key, create=True, foreign_keys=False)
    try:
        with contextlib.suppress(OSError):
            os.chmod(path, 0o600)  # only the owner; Windows ignores this
        check_cipher(con)
        for ddl in schema.TABLES:
            con.execute(ddl)
        count = 0
        total = len(services) if isinstance(services, Sized) else 0
        for chunk in _chunks(services, CHUNK):
            if cancel is not None:
                cancel.raise_if_set()
            _write_chunk(con, chunk, count)
            count += len(chunk)
            if progress is not None:
                progress(Progress(STAGE, count, total))
        if cancel is not None:
            cancel.raise_if_set()
        con.execute("BEGIN IMMEDIATE")
        for ddl in (*schema.INDEXES, *schema.FTS):
            con.execute(ddl)
        con.executemany(
            "INSERT INTO meta (key, value) VALUES (?, ?)",
            [
                ("schema_version", str(schema.SCHEMA_VERSION)),
                ("count", str(count)),
                ("built_at", built_at.isoformat()),
            ],
        )
        con.execute("COMMIT")
        con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        con.close()
        verify(path, key)
    except BaseException:
        with contextlib.suppress(Exception):
            con.close()
        _remove_files(path)
        raise
    return GenerationInfo(gen_id, path, count, built_at)


def _remove_files(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        with contextlib.suppress(FileNotFoundError):
            Path(f"{path}{suffix}").unlink()


def _chunks(items: Iterable[dict[str, Any]], size: int) -> Iterator[list[dict[str, Any]]]:
    it = iter(items)
    while chunk := list(islice(it, size)):
        yield chunk


def _write_chunk(con: sqlcipher3.Connection, chunk: list[dict[str, Any]], offset: int) -> None:
    rows: dict[str, list[tuple[Any, ...]]] = {name: [] for name in _INSERTS}
    for n, svc in enumerate(chunk):
        _collect(rows, offset + n + 1, svc)
    con.execute("BEGIN IMMEDIATE")
    try:
        for name, sql in _INSERTS.items():
            if rows[name]:
                con.executemany(sql, rows[name])
        con.execute("COMMIT")
    except sqlcipher3.IntegrityError as exc:
        con.execute("ROLLBACK")
        raise ValidationError("services.id", "duplicate") from exc
    except BaseException:
        con.execute("ROLLBACK")
        raise


_INSERTS = {
    "services": "INSERT INTO services VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
    "locations": "INSERT INTO locations VALUES (?,?,?,?,?,?,?,?)",
    "phones": "INSERT INTO phones VALUES (?,?,?,?)",
    "schedules": "INSERT INTO schedules VALUES (?,?,?,?)",
    "service_weekday": "INSERT INTO service_weekday VALUES (?,?)",
    "languages": "INSERT INTO languages VALUES (?,?,?)",
    "cost_options": "INSERT INTO cost_options VALUES (?,?,?,?)",
    "service_term": "INSERT INTO service_term VALUES (?,?,?,?)",
    "service_postcode4": "INSERT INTO service_postcode4 VALUES (?,?)",
    "capacity": "INSERT INTO capacity VALUES (?,?,?,?,?)",
    "search_text": "INSERT INTO search_text VALUES (?,?,?,?,?,?,?)",
}


def _str(value: Any) -> str | None:
    return None if value is None else str(value)


def _int(value: Any) -> int | None:
    try:
        return None if value is None or value == "" else int(value)
    except (TypeError, ValueError):
        return None


def _float(value: Any) -> float | None:
    try:
        return None if value is None or value == "" else float(value)
    except (TypeError, ValueError):
        return None


def _list(value: Any) -> list[dict[str, Any]]:
    return [v for v in value if isinstance(v, dict)] if isinstance(value, list) else []


def _collect(rows: dict[str, list[tuple[Any, ...]]], rid: int, svc: dict[str, Any]) -> None:
    sid = _str(svc.get("id"))
    if not sid:
        raise ValidationError("services.id", "required")
    org = svc.get("organization") if isinstance(svc.get("organization"), dict) else {}
    name = str(svc.get("name") or "")
    org_name = _str(org.get("name"))
    costs = _list(svc.get("cost_options"))
    for c in costs:
        desc = c.get("amount_description") or c.get("option")
        rows["cost_options"].append((sid, _float(c.get("amount")), c.get("currency"), desc))
    term_names = []
    for attr in _list(svc.get("attributes")):
        term = attr.get("taxonomy_term") if isinstance(attr.get("taxonomy_term"), dict) else {}
        code = _str(term.get("code"))
        if not code:
            continue
        detail = (
            term.get("taxonomy_detail") if isinstance(term.get("taxonomy_detail"), dict) else {}
        )
        taxonomy = _str(term.get("taxonomy") or detail.get("name"))
        rows["service_term"].append((code, taxonomy, sid, _str(term.get("name"))))
        if taxonomy != TOEGANG_TAXONOMY and term.get("name"):
            term_names.append(str(term["name"]))
    for sal in _list(svc.get("service_at_locations")):
        loc = sal.get("location") if isinstance(sal.get("location"), dict) else {}
        addr = next(iter(_list(loc.get("addresses"))), {})
        rows["locations"].append((
            _str(loc.get("id") or sal.get("location_id")), sid, _str(loc.get("name")),
            _float(loc.get("latitude")), _float(loc.get("longitude")),
            _str(addr.get("address_1")), _str(addr.get("postal_code")), _str(addr.get("city")),
        ))  # fmt: skip
    for p in _list(svc.get("phones")):
        rows["phones"].append((_str(p.get("id")), sid, _str(p.get("number")), _str(p.get("type"))))
    days: set[str] = set()
    for sch in _list(svc.get("schedules")):
        days |= _weekdays(sch)
        raw_sch = json.dumps(sch, ensure_ascii=False)
        rows["schedules"].append((_str(sch.get("id")), sid, _str(sch.get("byday")), raw_sch))
    rows["service_weekday"].extend((day, sid) for day in sorted(days))
    for lang in _list(svc.get("languages")):
        code = _str(lang.get("code"))
        rows["languages"].append((sid, code.lower() if code else None, _str(lang.get("name"))))
    for area in _list(svc.get("service_areas")):
        if str(area.get("extent_type") or "").lower() == "postcode4":
            codes = {c.strip() for c in str(area.get("extent") or "").split(",")}
            pcs = sorted(c for c in codes if re.fullmatch(r"\d{4}", c))
            rows["service_postcode4"].extend((pc, sid) for pc in pcs)
    for cap in _list(svc.get("capacities") or svc.get("service_capacity")):
        rows["capacity"].append((
            sid, _float(cap.get("available")), _float(cap.get("maximum")),
            _str(cap.get("unit", {}).get("name") if isinstance(cap.get("unit"), dict) else None),
            _str(cap.get("updated")),
        ))  # fmt: skip
    rows["services"].append((
        rid, sid, name, _str(svc.get("alternate_name")), _str(svc.get("description")),
        str(svc.get("status") or "active").lower(),
        _str(svc.get("organization_id") or org.get("id")),
        org_name, _str(svc.get("url")), _str(svc.get("email")), _str(svc.get("assured_date")),
        _str(svc.get("last_modified")), _int(svc.get("minimum_age")),
        _int(svc.get("maximum_age")), _free(svc, costs), json.dumps(svc, ensure_ascii=False),
    ))  # fmt: skip
    full_name = " ".join(x for x in (name, svc.get("alternate_name")) if x)
    topics = " ".join(term_names)
    description = str(svc.get("description") or "")
    rows["search_text"].append((
        rid, full_name, org_name or "", topics, description, stem_text(full_name),
        stem_text(" ".join((org_name or "", topics, description))),
    ))  # fmt: skip


def _free(svc: dict[str, Any], costs: list[dict[str, Any]]) -> int | None:
    """1 when free of charge, 0 when a price is known, None when the feed does not say."""
    if str(svc.get("fees_description") or "").strip().lower() == "gratis":
        return 1
    if not costs:
        return None
    for c in costs:
        if _float(c.get("amount")) == 0 or "gratis" in str(c.get("amount_description")).lower():
            return 1
    return 0


def _weekdays(schedule: dict[str, Any]) -> set[str]:
    """Weekday codes (MO..SU) from an RRULE `byday` ("MO,WE,-1FR") or a `weekday` field."""
    days = set()
    for part in str(schedule.get("byday") or "").upper().split(","):
        code = part.strip()[-2:]
        if code in _DAYS:
            days.add(code)
    weekday = schedule.get("weekday")
    if isinstance(weekday, int) and 1 <= weekday <= 7:
        days.add(_DAYS[weekday - 1])  # ISO weekday: 1 = Monday
    elif isinstance(weekday, str):
        word = weekday.strip().lower()
        if word.upper()[:2] in _DAYS and len(word) == 2:
            days.add(word.upper())
        elif word in _DAY_WORDS:
            days.add(_DAY_WORDS[word])
    return days
