"""Count one period's rows into raw tables; only counts leave this module, never a person.

Definitions (the table notes repeat the essentials in Dutch):

- a *gesprek* (intake or vervolg) belongs to the period of its first contact day;
- *cliënten*: distinct clients with a gesprek in the period;
- *leefgebieden met problemen*: per client, the latest intake of the period; per domain the
  lowest `<topic>.zr` (spec: the domain shows the lowest topic rating), counted when ≤ 3;
- *signalen*: raised in the period (UTC date), by state now: open, afgehandeld, onterecht;
- *ICPC-Z*: confirmed codes of the period's gesprekken, once per client;
- *verwijzingen*: sent (the step to `verstuurd`) in the period, `foutief` left out; the topic is
  the linked goal's topic, else the first code of the gerichte toestemming;
- *uitkomst*: the referral's state now; *dagen tot start*: `verstuurd` → `gestart` (effective
  dates), a median over at least 5 referrals;
- *verandering*: per client the latest vervolg of the period against the client's first intake:
  the rapportcijfer and the four domain cijfers, higher / equal / lower;
- *per PC4*: the client's current postcode area (first four digits), else "onbekend".
"""

from __future__ import annotations

import statistics
import tomllib
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from functools import cache

from sqlalchemy import select
from sqlalchemy.orm import Session

from pohsd.domain.questionnaire_loader import load_questionnaire
from pohsd.domain.referral import TOEGANG_CODES
from pohsd.intake.scoring import RAPPORTCIJFER_ITEM
from pohsd.paths import resources_dir
from pohsd.reports import period_rows
from pohsd.reports.model import COLLAPSE, FLATTEN, RawFigure, RawReport, RawShare, RawTable, RowLink
from pohsd.reports.period_rows import ROUTE, SOCIALE_BASIS, SPECIALISTISCH, UNKNOWN
from pohsd.store.models import (
    ClientRow,
)

TOEGANG_LABELS = {
    "vrij": "Vrij toegankelijk",
    "aanmelding": "Aanmelding nodig",
    "beschikking": "Beschikking nodig",
    "verwijzing-zorg": "Verwijzing zorg",
}
OUTCOMES = (("lopend", "Lopend"), ("gestart", "Gestart"), ("afgerond", "Afgerond"),
            ("afgewezen", "Afgewezen"), ("niet_gestart", "Niet gestart / gestopt"),
            ("geannuleerd", "Geannuleerd"))  # fmt: skip
ZR_LEVELS = (("1", "1 Acute problematiek"), ("2", "2 Niet zelfredzaam"),
             ("3", "3 Beperkt zelfredzaam"))  # fmt: skip
CHANGE_COLS = (("hoger", "Hoger"), ("gelijk", "Gelijk"), ("lager", "Lager"))
SIGNAL_COLS = (("open", "Open"), ("afgehandeld", "Afgehandeld"), ("onterecht", "Onterecht"))
N = (("n", "Aantal"),)
TOP_ICPC = 10
GROUP_REFERRALS = "verwijzingen"


@dataclass(frozen=True)
class Spec:
    key: str
    title: str
    rows: Sequence[tuple[str, str]]
    cols: Sequence[tuple[str, str]] = N
    row_totals: bool = False
    col_totals: bool = False
    total_group: str | None = None
    pc4: str = COLLAPSE
    note: str = ""


@cache
def icpc_labels() -> dict[str, str]:
    with (resources_dir() / "codes" / "icpc_z.toml").open("rb") as handle:
        return dict(tomllib.load(handle)["labels"])


def pc4_of(postal_code: str) -> str:
    head = (postal_code or "").strip()[:4]
    return head if len(head) == 4 and head.isdigit() else UNKNOWN


def build_raw(
    s: Session, period_from: date, period_to: date, *, per_pc4: bool = False, now: datetime
) -> RawReport:
    """Every table of the report with its true counts (suppression comes after)."""
    q = load_questionnaire("1")
    area = {cid: pc4_of(pc) for cid, pc in s.execute(select(ClientRow.id, ClientRow.postal_code))}
    gesprekken = period_rows.gesprekken(s, period_from, period_to)
    intakes = [g for g in gesprekken if g.kind == "intake"]
    vervolgen = [g for g in gesprekken if g.kind == "vervolg"]
    records: dict[str, list[tuple[str, str, str]]] = {}
    records["kerngetallen"] = [
        *(("clienten", "n", area[c]) for c in {g.client_id for g in gesprekken}),
        *(("intakes", "n", area[g.client_id]) for g in intakes),
        *(("vervolg", "n", area[g.client_id]) for g in vervolgen),
    ]
    records["leefgebieden"] = period_rows.problems(s, intakes, area)
    signals = period_rows.signals(s, period_from, period_to, area)
    records["signalen"] = signals
    icpc = sorted({(g.client_id, code) for g in gesprekken for code in g.icpc})
    records["icpc"] = [(code, "n", area[cid]) for cid, code in icpc]
    referrals = period_rows.referrals(s, period_from, period_to)
    records["verwijzingen_onderwerp"] = [(r.topic, "n", area[r.client_id]) for r in referrals]
    records["verwijzingen_toegang"] = [(r.toegang, "n", area[r.client_id]) for r in referrals]
    records["verwijzingen_route"] = [(r.route, "n", area[r.client_id]) for r in referrals]
    records["verwijzingen_uitkomst"] = [(r.outcome, "n", area[r.client_id]) for r in referrals]
    records["verandering"] = period_rows.change(s, vervolgen, q, area)

    topic_label = {t.code: t.label for t in q.topics} | {d.code: d.label for d in q.domains}
    signal_order = [sig.id for sig in q.signals]
    present_signals = {r for r, _, _ in signals}
    top_icpc = Counter(code for _, code in icpc).most_common(TOP_ICPC)
    topics = Counter(r.topic for r in referrals)
    topic_rows = sorted(topics, key=lambda t: (-topics[t], t))
    toegang_rows = [*TOEGANG_CODES, *([UNKNOWN] if any(r.toegang == UNKNOWN for r in referrals)
                                      else [])]  # fmt: skip
    route_rows = [(SOCIALE_BASIS, "Sociale basis (vrij of aanmelding)"),
                  (SPECIALISTISCH, "Beschikking of verwijzing zorg")]  # fmt: skip
    if UNKNOWN in toegang_rows:
        route_rows.append((UNKNOWN, "Toegang onbekend"))
    specs = [
        Spec(
            "kerngetallen",
            "Kerngetallen",
            [
                ("clienten", "Cliënten met een gesprek"),
                ("intakes", "Intakes"),
                ("vervolg", "Vervolggesprekken"),
            ],
        ),
        Spec(
            "leefgebieden",
            "Leefgebieden met problemen (zelfredzaamheid 3 of lager)",
            [(d.code, d.label) for d in q.domains],
            ZR_LEVELS,
            row_totals=True,
            note="Per cliënt de laagste score binnen het leefgebied, uit de laatste intake "
            "van de periode. Een cliënt kan in meer leefgebieden meetellen.",
        ),
        Spec(
            "signalen",
            "Signalen",
            [(sid, q.signal(sid).label) for sid in signal_order if sid in present_signals],
            SIGNAL_COLS,
            row_totals=True,
            col_totals=True,
        ),
        Spec(
            "icpc",
            f"ICPC-Z-codes (top {TOP_ICPC})",
            [(c, f"{c} {icpc_labels().get(c, '')}".strip()) for c, _ in top_icpc],
            note="Bevestigde codes, per cliënt één keer geteld.",
        ),
        Spec(
            "verwijzingen_onderwerp",
            "Verwijzingen per onderwerp",
            [(t, topic_label.get(t, "Onbekend")) for t in topic_rows],
            col_totals=True,
            total_group=GROUP_REFERRALS,
        ),
        Spec(
            "verwijzingen_toegang",
            "Verwijzingen per toegang",
            [(t, TOEGANG_LABELS.get(t, "Onbekend")) for t in toegang_rows],
            col_totals=True,
            total_group=GROUP_REFERRALS,
        ),
        Spec(
            "verwijzingen_route",
            "Sociale basis of specialistische hulp",
            route_rows,
            col_totals=True,
            total_group=GROUP_REFERRALS,
        ),
        Spec(
            "verwijzingen_uitkomst",
            "Uitkomst van verwijzingen (stand nu)",
            OUTCOMES,
            col_totals=True,
            total_group=GROUP_REFERRALS,
        ),
        Spec(
            "verandering",
            "Verandering sinds de intake",
            [
                (RAPPORTCIJFER_ITEM, "Rapportcijfer leven"),
                *((d.cijfer.id, f"Cijfer {d.label.lower()}") for d in q.domains),
            ],
            CHANGE_COLS,
            row_totals=True,
            pc4=FLATTEN,
            note="Laatste vervolggesprek van de periode tegenover de eerste intake. Een "
            "verschil is een aanwijzing, geen bewijs.",
        ),
    ]
    areas = _areas(rec for recs in records.values() for rec in recs)
    raw = RawReport(period_from, period_to, per_pc4, now)
    raw.tables = [_table(spec, records[spec.key], areas if per_pc4 else None) for spec in specs]
    raw.links = [
        RowLink("verwijzingen_route", route, tuple(
            ("verwijzingen_toegang", code) for code in toegang_rows
            if ROUTE.get(code, UNKNOWN) == route))
        for route, _ in route_rows
    ]  # fmt: skip
    raw.shares = [
        RawShare("aandeel_sociale_basis", "Verwezen naar de sociale basis", "verwijzingen_route",
                 SOCIALE_BASIS),
        RawShare("aandeel_specialistisch", "Verwezen naar beschikking of verwijzing zorg",
                 "verwijzingen_route", SPECIALISTISCH),
    ]  # fmt: skip
    raw.figures = _start_medians(referrals)
    return raw


def _start_medians(referrals: Sequence[period_rows.SentReferral]) -> list[RawFigure]:
    def median(items: Sequence[period_rows.SentReferral], key: str, label: str) -> RawFigure:
        days = [r.days_to_start for r in items if r.days_to_start is not None]
        value = float(statistics.median(days)) if days else None
        return RawFigure(key, label, value, len(days), "dagen")

    return [
        median(referrals, "dagen_tot_start", "Mediaan dagen van verwijzen tot start"),
        median([r for r in referrals if r.route == SOCIALE_BASIS], "dagen_tot_start_basis",
               "Mediaan dagen tot start, sociale basis"),
        median([r for r in referrals if r.route == SPECIALISTISCH], "dagen_tot_start_spec",
               "Mediaan dagen tot start, beschikking of verwijzing zorg"),
    ]  # fmt: skip


# ---- tables -------------------------------------------------------------------------------------


def _areas(records: Iterable[tuple[str, str, str]]) -> list[str]:
    found = {a for _, _, a in records}
    return sorted(found - {UNKNOWN}) + ([UNKNOWN] if UNKNOWN in found else [])


def _table(
    spec: Spec, records: Sequence[tuple[str, str, str]], areas: list[str] | None
) -> RawTable:
    rows, cols = list(spec.rows), list(spec.cols)
    row_totals, col_totals = spec.row_totals, spec.col_totals
    if areas is None:
        counted = Counter((r, c) for r, c, _ in records)
    else:
        if spec.pc4 == FLATTEN:
            rows = [(f"{r}/{c}", f"{rl} · {cl.lower()}") for r, rl in rows for c, cl in cols]
            counted = Counter((f"{r}/{c}", a) for r, c, a in records)
            col_totals = False
        else:
            counted = Counter((r, a) for r, _, a in records)
        cols = [(a, "Onbekend" if a == UNKNOWN else a) for a in areas]
        row_totals = True
    return RawTable(
        key=spec.key, title=spec.title, row_keys=tuple(r for r, _ in rows),
        row_labels=tuple(label for _, label in rows), col_keys=tuple(c for c, _ in cols),
        col_labels=tuple(label for _, label in cols),
        counts=[[counted[(r, c)] for c, _ in cols] for r, _ in rows],
        row_totals=row_totals, col_totals=col_totals, total_group=spec.total_group, note=spec.note,
    )  # fmt: skip
