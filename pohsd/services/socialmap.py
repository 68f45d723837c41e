"""The sociale kaart of this practice: status, search, suggestions, favourites and notes."""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import sqlcipher3
from sqlalchemy import select

from pohsd.domain.enums import AuditAction
from pohsd.domain.errors import ErrorCode, PohsdError, ValidationError
from pohsd.security.secret import SecretKey
from pohsd.services.base import Context, utcnow
from pohsd.services.own_services import OwnServices
from pohsd.services.socialmap_generations import (  # noqa: F401 - re-exported
    CURRENT,
    PREVIOUS,
    SOURCE,
    SYNCED_AT,
    URL,
)
from pohsd.services.socialmap_import import (  # noqa: F401 - re-exported
    ImportResult,
    MapImportMixin,
    feed_error,
)
from pohsd.services.suggestions import read_hulpvraag
from pohsd.socialmap import storage
from pohsd.socialmap.facts import ServiceFacts, lower_first, reason_facts
from pohsd.socialmap.geo import Centroids, Origin, distances, format_km
from pohsd.socialmap.search import Hit
from pohsd.socialmap.search import search as map_search
from pohsd.socialmap.suggest import Suggestion
from pohsd.socialmap.suggest import suggest as map_suggest
from pohsd.store.models import SocialmapFavouriteRow, SocialmapNoteRow
from pohsd.store.repo import practice as repo

STALE_DAYS = 365
MAX_NOTE_CHARS = 10_000
MAX_ASSURED_IDS = 500
MAX_KM = 500.0
MAX_SUGGESTIONS = 200
OWN_REASON = "eigen aanbod"


@dataclass(frozen=True)
class MapStatus:
    source: str
    generation_id: str | None
    count: int
    built_at: datetime | None
    stale_count: int


@dataclass(frozen=True)
class MapHit:
    """A search hit plus short Dutch reasons ("past bij: schulden", "gratis", …)."""

    hit: Hit
    reasons: tuple[str, ...]
    distance_km: float | None = None
    own: bool = False  # eigen aanbod (pohsd.services.own_services)


class SocialMapService(MapImportMixin):
    def __init__(self, ctx: Context, folder: Path, key: Callable[[], SecretKey]) -> None:
        self._ctx = ctx
        self._folder = Path(folder)
        self._key = key
        self._centroids: tuple[str, Centroids] | None = None
        self._cached = None
        self.own = OwnServices(ctx, self)

    # ---- reading ---------------------------------------------------------------------

    def status(self, today: date | None = None) -> MapStatus:
        with self._ctx.transaction() as s:
            current = repo.get_setting(s, CURRENT) or ""
            source = repo.get_setting(s, SOURCE) or ""
        if not current:
            return MapStatus(source, None, 0, None, 0)
        cutoff = (today or datetime.now(UTC).date()) - timedelta(days=STALE_DAYS)
        with self._open(current) as con:
            count = con.execute(
                "SELECT count(*) FROM services WHERE status NOT IN ('inactive', 'defunct')"
            ).fetchone()[0]
            stale = con.execute(
                "SELECT count(*) FROM services WHERE status NOT IN ('inactive', 'defunct')"
                " AND assured_date IS NOT NULL AND substr(assured_date, 1, 10) < ?",
                [cutoff.isoformat()],
            ).fetchone()[0]
            built = con.execute("SELECT value FROM meta WHERE key = 'built_at'").fetchone()
        built_at = datetime.fromisoformat(built[0]) if built else None
        return MapStatus(source, current, int(count), built_at, int(stale))

    def search(
        self,
        text: str,
        *,
        postcode4: str | None = None,
        max_km: float | None = None,
        city: str | None = None,
        **filters: Any,
    ) -> list[MapHit]:
        """Active services for the text and filters, each with the reasons the data gives.

        With a postcode the services limited to other areas are left out and every hit gets
        its distance from that PC4's centroid; `max_km` then keeps only nearby services.
        """
        gen_id = self._current()
        with self._open(gen_id) as con:
            origin = self._origin(con, gen_id, postcode4, city) if postcode4 else None
            if max_km is not None:
                if not 0 < float(max_km) <= MAX_KM:
                    raise ValidationError("max_km", "out_of_range")
                if origin is None:
                    raise ValidationError("postcode", "no_location")
            hits = map_search(
                con, text, postcode4=postcode4, origin=origin, max_km=max_km, **filters
            )
            ids = [h.service_id for h in hits]
            facts = reason_facts(
                con, ids, topics=bool(filters.get("topic")), languages=bool(filters.get("language"))
            )
            km = distances(con, ids, origin) if origin else {}
        own = self.own.ids()
        return [
            MapHit(h, _reasons(facts.get(h.service_id), filters, km.get(h.service_id)),
                   km.get(h.service_id), h.service_id in own)
            for h in hits
        ]  # fmt: skip

    def suggest(
        self,
        client_id: str,
        intake_id: str | None = None,
        *,
        limit: int = 20,
        today: date | None = None,
    ) -> list[Suggestion]:
        """Services for the client's hulpvraag (latest intake by default), with reasons."""
        if not 1 <= int(limit) <= MAX_SUGGESTIONS:
            raise ValidationError("limit", "out_of_range")
        gen_id = self._current()
        if not gen_id:
            raise PohsdError(ErrorCode.NOT_FOUND, what="socialmap")
        need = read_hulpvraag(self._ctx, client_id, intake_id, today=today)
        if not need.needs:
            return []
        favourites = need.favourites  # read in the same transaction as the intake
        with self._open(gen_id) as con:
            origin = self._origin(con, gen_id, need.place.postcode, need.place.city)
            found = map_suggest(
                con,
                need.needs,
                need.place,
                origin=origin,
                favourites=favourites,
                today=today,
                limit=int(limit),
            )
        own = self.own.ids()
        return [  # the POH's own entries say so, like the map screen's "eigen aanbod" mark
            replace(s, reasons=(*s.reasons, OWN_REASON)) if s.service_id in own else s
            for s in found
        ]

    def _current(self) -> str:
        """The current generation id; the kept connection's when this thread holds one.

        Import, sync, rollback, re-key and lock close that connection before the pointer
        changes (close_map), so it is never stale; reading the setting costs a transaction on
        the main database (about 6 ms), which a search-as-you-type should not pay.
        """
        cached = getattr(self, "_cached", None)
        if cached is not None and cached[2] is threading.current_thread():
            return str(cached[0])
        return self._setting(CURRENT)

    def _origin(
        self, con: sqlcipher3.Connection, gen_id: str, postcode: str | None, city: str | None
    ) -> Origin | None:
        """Where the client lives, as a point: its PC4's centroid in this map generation."""
        if self._centroids is None or self._centroids[0] != gen_id:
            self._centroids = (gen_id, Centroids.from_connection(con))
        return self._centroids[1].origin(postcode, city)

    def service(self, service_id: str) -> dict[str, Any]:
        """The raw HSDS service plus this practice's `favourite` and `note`."""
        with self._open() as con:
            found = storage.load_service(con, service_id)
        if found is None:
            raise PohsdError(ErrorCode.NOT_FOUND, what="service")
        data: dict[str, Any] = found
        data.pop("_postcode4", None)
        with self._ctx.transaction() as s:
            data["favourite"] = s.get(SocialmapFavouriteRow, service_id) is not None
            note = s.get(SocialmapNoteRow, service_id)
            data["note"] = note.text if note else ""
        return data

    def assured_dates(self, service_ids: list[str]) -> dict[str, str]:
        """The assured_date of these services (for freshness marks in a result list)."""
        ids = [str(i) for i in service_ids][:MAX_ASSURED_IDS]
        if not ids:
            return {}
        marks = ",".join("?" * len(ids))
        with self._open() as con:
            rows = con.execute(
                f"SELECT id, assured_date FROM services WHERE id IN ({marks})"
                " AND assured_date IS NOT NULL",
                ids,
            ).fetchall()
        return {str(r[0]): str(r[1]) for r in rows}

    def favourites(self) -> list[str]:
        with self._ctx.transaction() as s:
            return list(s.scalars(select(SocialmapFavouriteRow.service_id)))

    # ---- the POH's own marks -----------------------------------------------------------

    def set_favourite(self, service_id: str, on: bool) -> None:
        sid = _service_id(service_id)
        with self._ctx.transaction() as s:
            row = s.get(SocialmapFavouriteRow, sid)
            if on and row is None:
                s.add(SocialmapFavouriteRow(service_id=sid, created_at=utcnow()))
            elif not on and row is not None:
                s.delete(row)
            else:
                return
            self._ctx.log(
                s, AuditAction.UPDATE, "socialmap.favourite", object_type="service", object_id=sid
            )

    def set_note(self, service_id: str, text: str) -> None:
        sid = _service_id(service_id)
        clean = text.strip()
        if len(clean) > MAX_NOTE_CHARS:
            raise ValidationError("note", "too_long")
        if any(ord(c) < 32 and c not in "\n\t" for c in clean):
            raise ValidationError("note", "control_characters")
        with self._ctx.transaction() as s:
            row = s.get(SocialmapNoteRow, sid)
            if clean and row is None:
                s.add(SocialmapNoteRow(service_id=sid, text=clean, updated_at=utcnow()))
            elif clean and row is not None:
                row.text, row.updated_at = clean, utcnow()
            elif row is not None:
                s.delete(row)
            self._ctx.log(
                s, AuditAction.UPDATE, "socialmap.note", object_type="service", object_id=sid
            )


def _service_id(service_id: str) -> str:
    sid = str(service_id).strip()
    if not sid or len(sid) > 250:
        raise ValidationError("service_id", "required")
    return sid


def _reasons(
    facts: ServiceFacts | None, filters: dict[str, Any], distance: float | None
) -> tuple[str, ...]:
    """Short Dutch reasons, only as far as the map's data tells them."""
    if facts is None:
        return ()
    reasons: list[str] = []
    topic = filters.get("topic")
    if topic:
        for code, name in facts.topics.items():
            if code == topic or code.startswith(topic + "."):
                reasons.append(f"past bij: {lower_first(name)}")
                break
    if distance is not None:
        reasons.append(format_km(distance))
    if facts.free:
        reasons.append("gratis")
    language = str(filters.get("language") or "").strip().lower()
    if language and language in facts.languages:
        reasons.append(f"spreekt {facts.languages[language]}")
    if facts.waitlist:
        reasons.append("wachtlijst")
    return tuple(reasons)
