"""Eigen aanbod (`ws.socialmap.own`): the POH's own services, kept in pohsd.db, shown on the map.

For the UI (H9):
- `list(include_retired=True) -> list[OwnService]`, `get(id)`, `save(OwnServiceInput,
  service_id=None) -> id` (ValidationError(field, rule) as `pohsd.socialmap.own.validated`
  raises), `retire(id)`, `reactivate(id)`, `ids() -> set[str]`, `export_package(Path) -> Path`.
- The "eigen" mark: every `MapHit` from `ws.socialmap.search` carries `own: bool`. For
  suggestions (and anything else with a service id) ask `ws.socialmap.own.ids()` once; it is
  cached and costs nothing after the first call.

How the map sees them: each save/retire/reactivate rewrites ALL own entries into the CURRENT
generation file in one transaction (delete their rows, write the active ones, refresh the
search extras and meta counts) — cheap (a few own entries) and at once visible to search and
suggestions. With no map yet an empty generation is created first. Every full import, sync
(delta or full) and rollback re-applies them to the generation before it becomes current
(`MapImportMixin._flip` / `rollback` call `apply_to`). Retired entries are not in the map.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import asdict
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

import sqlcipher3
from sqlalchemy import select

from pohsd.domain.enums import AuditAction
from pohsd.domain.errors import ErrorCode, PohsdError
from pohsd.domain.own_service import OpeningTime, OwnService, OwnServiceInput
from pohsd.services.base import Context, utcnow
from pohsd.socialmap import delta, storage
from pohsd.socialmap import generation as gen
from pohsd.socialmap.geo import Centroids
from pohsd.socialmap.own import OwnIds, new_ids, to_hsds, validated
from pohsd.socialmap.package_write import write_package
from pohsd.socialmap.validate import FeedError, validate_services
from pohsd.store.models import OwnServiceRow

if TYPE_CHECKING:
    from pohsd.services.socialmap import SocialMapService

SOURCE_NAME = "eigen aanbod"
_MAP_BROKEN = (ErrorCode.DB_CORRUPT, ErrorCode.DB_MISSING, ErrorCode.DB_WRONG_KEY)


def _to_json(data: OwnServiceInput) -> str:
    return json.dumps(asdict(data), ensure_ascii=False, sort_keys=True)


def _from_json(text: str) -> OwnServiceInput:
    raw: dict[str, Any] = json.loads(text)
    raw["topics"] = tuple(raw.get("topics") or ())
    raw["languages"] = tuple(raw.get("languages") or ())
    raw["opening"] = tuple(OpeningTime(**o) for o in raw.get("opening") or ())
    known = set(OwnServiceInput.__dataclass_fields__)
    return OwnServiceInput(**{k: v for k, v in raw.items() if k in known})


def _dto(row: OwnServiceRow) -> OwnService:
    return OwnService(row.id, _from_json(row.data), bool(row.retired), row.updated_at)


class OwnServices:
    def __init__(self, ctx: Context, socialmap: SocialMapService) -> None:
        self._ctx = ctx
        self._map = socialmap
        self._ids: frozenset[str] | None = None

    # ---- reading ---------------------------------------------------------------------

    def list(self, include_retired: bool = True) -> list[OwnService]:
        with self._ctx.transaction() as s:
            rows = list(s.scalars(select(OwnServiceRow)))
        items = [_dto(r) for r in rows if include_retired or not r.retired]
        return sorted(items, key=lambda o: (o.retired, o.data.name.casefold(), o.id))

    def get(self, service_id: str) -> OwnService:
        with self._ctx.transaction() as s:
            row = s.get(OwnServiceRow, str(service_id))
            if row is None:
                raise PohsdError(ErrorCode.NOT_FOUND, what="own_service")
            return _dto(row)

    def ids(self) -> set[str]:
        """Every own id (retired ones too): the "eigen" mark in lists."""
        if self._ids is None:
            with self._ctx.transaction() as s:
                self._ids = frozenset(s.scalars(select(OwnServiceRow.id)))
        return set(self._ids)

    # ---- writing ---------------------------------------------------------------------

    def save(self, data: OwnServiceInput, service_id: str | None = None) -> str:
        """Create (no id) or update an own entry; audited; the map shows it at once."""
        clean = validated(data)
        now = utcnow()
        with self._ctx.transaction() as s:
            if service_id is None:
                ids = new_ids()
                sid = str(uuid.uuid4())
                row = OwnServiceRow(
                    id=sid, organization_id=ids.organization_id, location_id=ids.location_id,
                    data=_to_json(clean), retired=False, created_at=now, updated_at=now,
                    author=self._ctx.actor.user_id[:100],
                )  # fmt: skip
                s.add(row)
                event, action = "socialmap.own.create", AuditAction.CREATE
            else:
                sid = str(service_id)
                row = s.get(OwnServiceRow, sid)
                if row is None:
                    raise PohsdError(ErrorCode.NOT_FOUND, what="own_service")
                row.data, row.updated_at = _to_json(clean), now
                event, action = "socialmap.own.update", AuditAction.UPDATE
            self._ctx.log(s, action, event, object_type="service", object_id=sid)
        self._ids = None
        self._refresh_map()
        return sid

    def retire(self, service_id: str) -> None:
        self._set_retired(service_id, True)

    def reactivate(self, service_id: str) -> None:
        self._set_retired(service_id, False)

    def _set_retired(self, service_id: str, retired: bool) -> None:
        with self._ctx.transaction() as s:
            row = s.get(OwnServiceRow, str(service_id))
            if row is None:
                raise PohsdError(ErrorCode.NOT_FOUND, what="own_service")
            if bool(row.retired) == retired:
                return
            row.retired, row.updated_at = retired, utcnow()
            event = "socialmap.own.retire" if retired else "socialmap.own.reactivate"
            self._ctx.log(s, AuditAction.UPDATE, event, object_type="service", object_id=row.id)
        self._ids = None
        self._refresh_map()

    def export_package(self, target: Path) -> Path:
        """The active own entries as an HSDS data package (.zip), written atomically; audited."""
        active = [o for o in self.list(include_retired=False)]
        services: list[dict[str, Any]] = []
        if active and self._map._setting("socialmap.current"):
            with self._map._open() as con:
                services = [_public(s) for s in storage.load_services(con, [o.id for o in active])]
        found = {s["id"] for s in services}
        services += [_public(s) for s in self.services() if s["id"] not in found]
        path = write_package(services, Path(target), title="Eigen aanbod")
        with self._ctx.transaction() as s:
            self._ctx.log(s, AuditAction.EXPORT, "socialmap.own.export", object_type="socialmap",
                          detail_code=f"count={len(services)}")  # fmt: skip
        return path

    # ---- the map ---------------------------------------------------------------------

    def _active(self) -> list[tuple[OwnService, OwnIds]]:
        """The active entries with their organization/location ids (one transaction)."""
        with self._ctx.transaction() as s:
            rows = list(s.scalars(select(OwnServiceRow).where(OwnServiceRow.retired.is_(False))))
        pairs = [(_dto(r), OwnIds(r.organization_id, r.location_id)) for r in rows]
        return sorted(pairs, key=lambda p: (p[0].data.name.casefold(), p[0].id))

    def services(self, con: sqlcipher3.Connection | None = None) -> list[dict[str, Any]]:
        """The active own entries as validated HSDS services (with `_postcode4`).

        Located at their PC4's centroid in `con`'s map when it has one (so distance works).
        """
        centroids = Centroids.from_connection(con) if con is not None else None
        hsds = []
        for own, ids in self._active():
            data = own.data
            origin = centroids.origin(data.postal_code, data.city) if centroids else None
            stamp = own.updated_at or datetime.now(UTC)
            hsds.append(to_hsds(own, ids, centroid=origin, today=stamp.date(), modified=stamp))
        if not hsds:
            return []
        try:
            return validate_services(hsds, require_taxonomies=False).services
        except FeedError:
            return []  # none passes: nothing to show (validated() prevents this)

    def apply_to(self, con: sqlcipher3.Connection) -> int:
        """Rewrite all own entries in this generation, in one transaction; how many are active."""
        if not delta.current_format(con):
            return 0  # an old-format generation (rollback target): the next import adds them
        own_ids = sorted(self.ids())
        services = self.services(con)
        with gen.write_transaction(con):
            active = delta.active_count(con)
            for start in range(0, len(own_ids), 500):
                part = own_ids[start : start + 500]
                marks = ",".join("?" * len(part))
                active -= con.execute(
                    f"SELECT count(*) FROM services WHERE id IN ({marks})"
                    " AND status NOT IN ('inactive', 'defunct')",
                    part,
                ).fetchone()[0]
            count = delta.rewrite_services(con, own_ids, services)
            con.executemany(
                "INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)",
                [("count", str(count)), (delta.ACTIVE_KEY, str(active + len(services)))],
            )
        return len(services)

    def apply_to_file(self, path: Path) -> None:
        """`apply_to` on a generation file that is not open yet (before an import's flip)."""
        con = gen.open_generation(path, self._map._key())
        try:
            self.apply_to(con)
            con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            con.close()

    def _refresh_map(self) -> None:
        """Apply the own entries to the current generation (an empty one when there is none)."""
        if not self._map._setting("socialmap.current"):
            if not self.ids():
                return
            info = gen.build_generation(self._map._folder, self._map._key(), [])
            self._map.close_map()
            self._map._flip("", info, SOURCE_NAME, "socialmap.own.init", "count=0")
            return
        try:
            with self._map._open() as con:
                self.apply_to(con)
        except PohsdError as exc:
            if exc.code not in _MAP_BROKEN:
                raise
            # the entry is saved; an unreadable map is replaced by the next import or
            # sync, which applies every own entry before its flip


def _public(service: dict[str, Any]) -> dict[str, Any]:
    service.pop("_postcode4", None)
    return service
