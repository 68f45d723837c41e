"""What the map tells about a set of services, read in bulk for reasons and ranking."""

from __future__ import annotations

from dataclasses import dataclass, field

import sqlcipher3

from pohsd.socialmap.search import LEEFGEBIEDEN_TAXONOMY, TOEGANG_TAXONOMY

CHUNK = 500
SOCIALE_BASIS = ("vrij", "aanmelding")
TOEGANG_REASONS = {
    "vrij": "vrij toegankelijk",
    "aanmelding": "aanmelding nodig",
    "beschikking": "beschikking nodig",
    "verwijzing-zorg": "verwijzing nodig",
}


@dataclass
class ServiceFacts:
    service_id: str
    name: str = ""
    organization_name: str | None = None
    status: str = "active"
    assured_date: str | None = None
    free: bool = False
    min_age: int | None = None
    max_age: int | None = None
    topics: dict[str, str] = field(default_factory=dict)  # leefgebied code → term name
    toegang: list[str] = field(default_factory=list)
    languages: dict[str, str] = field(default_factory=dict)  # ISO code → name
    areas: set[str] = field(default_factory=set)  # PC4s when the service is limited to them
    places: set[str] = field(default_factory=set)  # cities of its locations, as written
    waitlist: bool = False

    @property
    def sociale_basis(self) -> bool | None:
        """True for vrij/aanmelding only, False when a formal route is needed, None if unknown."""
        if not self.toegang:
            return None
        return all(code in SOCIALE_BASIS for code in self.toegang)

    def age_fits(self, age: int | None) -> bool:
        if age is None:
            return True
        return (self.min_age is None or self.min_age <= age) and (
            self.max_age is None or self.max_age >= age
        )


def _chunks(ids: list[str]) -> list[list[str]]:
    return [ids[n : n + CHUNK] for n in range(0, len(ids), CHUNK)]


def service_facts(con: sqlcipher3.Connection, ids: list[str]) -> dict[str, ServiceFacts]:
    """Facts of these services, in a few queries per 500 ids."""
    out: dict[str, ServiceFacts] = {}
    for chunk in _chunks(list(dict.fromkeys(ids))):
        marks = ",".join("?" * len(chunk))
        for row in con.execute(
            "SELECT id, name, organization_name, status, assured_date, free, min_age, max_age"
            f" FROM services WHERE id IN ({marks})",
            chunk,
        ):
            out[row[0]] = ServiceFacts(
                row[0], row[1], row[2], row[3], row[4], row[5] == 1, row[6], row[7]
            )
        for sid, code, taxonomy, name in con.execute(
            "SELECT service_id, term_code, taxonomy, term_name FROM service_term"
            f" WHERE service_id IN ({marks}) ORDER BY term_code",
            chunk,
        ):
            facts = out.get(sid)
            if facts is None:
                continue
            if taxonomy == TOEGANG_TAXONOMY:
                facts.toegang.append(code)
            elif taxonomy == LEEFGEBIEDEN_TAXONOMY:
                facts.topics[code] = name or code
        for sid, code, name in con.execute(
            f"SELECT service_id, code, name FROM languages WHERE service_id IN ({marks})", chunk
        ):
            if sid in out and code:
                out[sid].languages[code] = name or code
        for sid, pc4 in con.execute(
            f"SELECT service_id, postcode4 FROM service_postcode4 WHERE service_id IN ({marks})",
            chunk,
        ):
            if sid in out:
                out[sid].areas.add(pc4)
        for sid, city in con.execute(
            f"SELECT DISTINCT service_id, city FROM locations WHERE service_id IN ({marks})"
            " AND city IS NOT NULL",
            chunk,
        ):
            if sid in out:
                out[sid].places.add(city)
        for (sid,) in con.execute(
            f"SELECT service_id FROM capacity WHERE service_id IN ({marks})"
            " AND available IS NOT NULL AND available <= 0",
            chunk,
        ):
            if sid in out:
                out[sid].waitlist = True
    return out


def lower_first(text: str) -> str:
    return text[:1].lower() + text[1:]


def freshness_reason(assured_date: str | None, cutoff_iso: str) -> str | None:
    """The reason "niet gecontroleerd sinds 2024" when last checked before the cutoff."""
    if assured_date and assured_date[:10] < cutoff_iso:
        return f"niet gecontroleerd sinds {assured_date[:4]}"
    return None


def reason_facts(
    con: sqlcipher3.Connection, ids: list[str], *, topics: bool, languages: bool
) -> dict[str, ServiceFacts]:
    """Only what a search hit's reasons need, read from the compact service_rank rows.

    Free and waitlist always; topics or languages only when that filter is set.
    """
    if not con.execute("SELECT 1 FROM sqlite_master WHERE name = 'service_rank'").fetchone():
        return service_facts(con, ids)
    out: dict[str, ServiceFacts] = {}
    for chunk in _chunks(list(dict.fromkeys(ids))):
        marks = ",".join("?" * len(chunk))
        for sid, free in con.execute(
            f"SELECT service_id, free FROM service_rank WHERE service_id IN ({marks})", chunk
        ):
            out[sid] = ServiceFacts(sid, free=free == 1)
        if topics:
            for sid, code, name in con.execute(
                "SELECT service_id, term_code, term_name FROM service_term"
                f" WHERE service_id IN ({marks}) AND taxonomy = ? ORDER BY term_code",
                [*chunk, LEEFGEBIEDEN_TAXONOMY],
            ):
                if sid in out:
                    out[sid].topics[code] = name or code
        if languages:
            for sid, code, name in con.execute(
                f"SELECT service_id, code, name FROM languages WHERE service_id IN ({marks})",
                chunk,
            ):
                if sid in out and code:
                    out[sid].languages[code] = name or code
        for (sid,) in con.execute(
            f"SELECT service_id FROM capacity WHERE service_id IN ({marks})"
            " AND available IS NOT NULL AND available <= 0",
            chunk,
        ):
            if sid in out:
                out[sid].waitlist = True
    return out
