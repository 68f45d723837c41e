"""Distances on the sociale kaart: PC4 centroids from the map's own geocoded locations."""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache

import sqlcipher3

from pohsd.socialmap.text import fold

EARTH_RADIUS_KM = 6371.0088
KM_FUNCTION = "pohsd_km"
_PC4_RE = re.compile(r"\s*(\d{4})")


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in km."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(a)))


def postcode4(text: str | None) -> str | None:
    """The four digits of a Dutch postcode ("3563 CB" → "3563"), or None."""
    match = _PC4_RE.match(text or "")
    return match.group(1) if match else None


@lru_cache(maxsize=65_536)
def _pc4(code: str | None) -> str | None:
    return postcode4(code)


@lru_cache(maxsize=8_192)
def _folded(city: str) -> str:
    return fold(city).strip()


def format_km(km: float) -> str:
    """Dutch distance text: "1,2 km" (one decimal below 10 km, whole km above)."""
    if km < 10:
        return f"{km:.1f} km".replace(".", ",")
    return f"{round(km)} km"


@dataclass(frozen=True)
class Origin:
    latitude: float
    longitude: float
    postcode4: str  # the PC4 whose centroid is used (the client's, or the nearest known one)


@dataclass
class Centroids:
    """Mean position of the geocoded locations per PC4, with each PC4's most common place."""

    points: dict[str, tuple[float, float]] = field(default_factory=dict)
    places: dict[str, str] = field(default_factory=dict)  # PC4 → folded city name

    @classmethod
    def from_connection(cls, con: sqlcipher3.Connection, *, stored: bool = True) -> Centroids:
        """From the generation's pc4_centroids (built with it), else from its locations."""
        if (
            stored
            and con.execute("SELECT 1 FROM sqlite_master WHERE name = 'pc4_centroids'").fetchone()
        ):
            rows = con.execute("SELECT postcode4, latitude, longitude, place FROM pc4_centroids")
            out = cls()
            for pc4, lat, lon, place in rows:
                out.points[pc4] = (lat, lon)
                if place:
                    out.places[pc4] = place
            return out
        sums: dict[str, list[float]] = {}
        cities: dict[str, Counter[str]] = {}
        for code, lat, lon, city in con.execute(
            "SELECT postal_code, latitude, longitude, city FROM locations"
            " WHERE latitude IS NOT NULL AND longitude IS NOT NULL"
        ):
            pc4 = _pc4(code)
            if pc4 is None or not (-90 <= lat <= 90 and -180 <= lon <= 180):
                continue
            acc = sums.setdefault(pc4, [0.0, 0.0, 0])
            acc[0], acc[1], acc[2] = acc[0] + lat, acc[1] + lon, acc[2] + 1
            if city:
                cities.setdefault(pc4, Counter())[_folded(city)] += 1
        points = {pc: (a[0] / a[2], a[1] / a[2]) for pc, a in sums.items()}
        places = {pc: c.most_common(1)[0][0] for pc, c in cities.items()}
        return cls(points, places)

    def origin(self, code: str | None, city: str | None = None) -> Origin | None:
        """The centroid of the client's PC4; else the nearest known PC4 in the same place."""
        pc4 = postcode4(code)
        if pc4 is None:
            return None
        if pc4 in self.points:
            return Origin(*self.points[pc4], pc4)
        place = fold(city or "").strip() or self._place_near(pc4)
        if not place:
            return None
        same = [pc for pc, p in self.places.items() if p == place and pc in self.points]
        if not same:
            return None
        nearest = min(same, key=lambda pc: (abs(int(pc) - int(pc4)), pc))
        return Origin(*self.points[nearest], nearest)

    def _place_near(self, pc4: str) -> str:
        """Without a city: the place of the numerically adjacent PC4s when they agree."""
        below = max((pc for pc in self.places if pc < pc4), default=None)
        above = min((pc for pc in self.places if pc > pc4), default=None)
        if below and above and self.places[below] == self.places[above]:
            return self.places[below]
        return ""


def register_km(con: sqlcipher3.Connection, origin: Origin) -> None:
    """SQL function pohsd_km(lat, lon): the distance from the origin in km (NULL if unknown)."""

    def km(lat: float | None, lon: float | None) -> float | None:
        if lat is None or lon is None:
            return None
        return haversine_km(origin.latitude, origin.longitude, float(lat), float(lon))

    con.create_function(KM_FUNCTION, 2, km, deterministic=True)


def bounding_box(origin: Origin, km: float) -> tuple[float, float, float, float]:
    """(min lat, max lat, min lon, max lon) that contains every point within km of origin."""
    dlat = math.degrees(km / EARTH_RADIUS_KM)
    coslat = max(0.01, math.cos(math.radians(origin.latitude)))
    dlon = min(180.0, math.degrees(km / (EARTH_RADIUS_KM * coslat)))
    return (
        origin.latitude - dlat,
        origin.latitude + dlat,
        origin.longitude - dlon,
        origin.longitude + dlon,
    )


def distances(con: sqlcipher3.Connection, ids: list[str], origin: Origin) -> dict[str, float]:
    """The nearest geocoded location of each service, in km from the origin."""
    out: dict[str, float] = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        marks = ",".join("?" * len(chunk))
        for sid, lat, lon in con.execute(
            "SELECT service_id, latitude, longitude FROM locations"
            f" WHERE service_id IN ({marks}) AND latitude IS NOT NULL AND longitude IS NOT NULL",
            chunk,
        ):
            km = haversine_km(origin.latitude, origin.longitude, float(lat), float(lon))
            if sid not in out or km < out[sid]:
                out[sid] = km
    return out
