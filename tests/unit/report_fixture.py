"""A small invented practice for the report tests: 8 clients, intakes, signals, ICPC, referrals.

Everything goes through `ws` (the ICPC codes as the intake screen writes them). The expected
figures are worked out by hand in tests/unit/test_reports.py; this module only builds data.

Period under test: today − 30 days … today. All intakes and vervolgen below are "today"
except client 8's, whose first contact lies 400 days back.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from pohsd.domain.client import Address, ClientInput
from pohsd.domain.intake import Goal
from pohsd.workspace import Workspace
from tests.unit.documents.personas import confirm_icpc
from tests.unit.referral_support import gericht, load_demo_map

VRIJ = "Buurtkamer 't Klaverblad: koffie en een praatje"
AANMELDING = "Buurtbemiddeling Lindenhof"
BESCHIKKING = "Bijzondere bijstand en minimaregelingen"
ZORG = "Diëtist Gezondheidscentrum Lindenhof"

# client → (postcode, intake answers, vervolg answers or None, signal (id, closure) or None, icpc)
CLIENTS: list[tuple[str, dict[str, int], dict[str, int] | None, tuple[str, str] | None,
                    list[str]]] = [
    ("1234 AB", {"geld.schulden.zr": 2, "geld.administratie.zr": 3, "gezondheid.psychisch.zr": 3,
                 "meedoen.ontmoeting.zr": 4, "meting.rapportcijfer": 4, "geld.cijfer": 2},
     {"meting.rapportcijfer": 6, "geld.cijfer": 5}, ("afsluiting", "afgehandeld"), ["Z01", "Z29"]),
    ("1234 CD", {"geld.schulden.zr": 1, "wonen.huisuitzetting.zr": 2, "meting.rapportcijfer": 5,
                 "geld.cijfer": 3},
     {"meting.rapportcijfer": 7, "geld.cijfer": 3}, ("afsluiting", "open"), ["Z01"]),
    ("1234 EF", {"geld.rondkomen.zr": 3, "meedoen.dagbesteding.zr": 2, "meting.rapportcijfer": 6,
                 "geld.cijfer": 4},
     {"meting.rapportcijfer": 7, "geld.cijfer": 6}, ("afsluiting", "open"), ["Z01"]),
    ("1234 GH", {"geld.schulden.zr": 2, "gezondheid.lichamelijk.zr": 5, "meting.rapportcijfer": 3,
                 "geld.cijfer": 5},
     {"meting.rapportcijfer": 5, "geld.cijfer": 4}, ("afsluiting", "onterecht"), ["Z01", "Z03"]),
    ("5678 AB", {"geld.schulden.zr": 2, "meedoen.ontmoeting.zr": 3, "meting.rapportcijfer": 7},
     {"meting.rapportcijfer": 6}, ("afsluiting", "afgehandeld"), ["Z01"]),
    ("5678 CD", {"geld.regelingen.zr": 3, "wonen.woning.zr": 3}, None,
     ("afsluiting", "afgehandeld"), ["Z01"]),
    ("5678 EF", {"geld.schulden.zr": 4, "meedoen.ontmoeting.zr": 1}, None,
     ("geen_eten", "open"), ["Z29"]),
]  # fmt: skip


@dataclass
class Fixture:
    clients: list[str]
    old_client: str
    today: date


def _intake(ws: Workspace, client_id: str, answers: dict[str, Any], kind: str = "intake") -> str:
    summary, _ = ws.intakes.start(client_id, kind)
    ws.intakes.save_drafts(summary.id, {k: (v, "beantwoord") for k, v in answers.items()})
    ws.intakes.complete(summary.id)
    return summary.id


def _referral(
    ws: Workspace, client_id: str, service_id: str, topic: str, created: date,
    steps: list[tuple[str, date, dict[str, Any]]], goal_id: str | None = None,
) -> str:  # fmt: skip
    referral = ws.referrals.create(client_id, service_id, consent=gericht(leefgebieden=[topic]),
                                   goal_id=goal_id, today=created)  # fmt: skip
    for to, day, extra in steps:
        ws.referrals.transition(referral.id, to, effective=day, source="telefoon", **extra)
    return referral.id


def build(ws: Workspace, today: date | None = None) -> Fixture:
    today = today or date.today()
    ids = load_demo_map(ws)
    clients = []
    for n, (postcode, answers, vervolg, signal, icpc) in enumerate(CLIENTS, start=1):
        client, _ = ws.clients.create(ClientInput(
            f"Cliënt{n}", "Testpersoon", date(1970 + n, 1, 1),
            address=Address("Laan", str(n), "", postcode, "Demodorp"),
        ))  # fmt: skip
        clients.append(client.id)
        intake_id = _intake(ws, client.id, answers)
        confirm_icpc(ws, intake_id, icpc)
        if signal is not None:
            record, _ = ws.intakes.raise_signal(intake_id, signal[0], "handmatig", "Vandaag")
            if signal[1] != "open":
                reason = "Bleek al geregeld." if signal[1] == "onterecht" else ""
                ws.intakes.close_signal(record.id, signal[1], reason)
        if vervolg is not None:
            _intake(ws, client.id, vervolg, "vervolg")
    old, _ = ws.clients.create(ClientInput("Oud", "Testpersoon", date(1960, 1, 1)))
    old_intake = _intake(ws, old.id, {"geld.schulden.zr": 1, "meting.rapportcijfer": 2})
    ws.intakes.add_contact(old_intake, today - timedelta(days=400), 60)
    confirm_icpc(ws, old_intake, ["Z01"])

    d = lambda days: today - timedelta(days=days)  # noqa: E731
    c = clients
    plan, _ = ws.plan.save(c[2], [Goal("geld.schulden", "Rust over geld")], "")
    sent = ("verstuurd", d(20), {})
    done = {"result": "doel bereikt"}
    _referral(ws, c[0], ids[VRIJ], "geld.schulden", d(25), [sent, ("gestart", d(15), {})])
    _referral(ws, c[1], ids[VRIJ], "geld.schulden", d(25),
              [sent, ("gestart", d(18), {}), ("afgerond", d(5), done)])  # fmt: skip
    _referral(ws, c[2], ids[AANMELDING], "geld", d(25), [sent, ("gestart", d(10), {})],
              goal_id=plan.goals[0].id)  # fmt: skip
    _referral(ws, c[3], ids[AANMELDING], "geld.schulden", d(25), [sent])
    _referral(ws, c[4], ids[AANMELDING], "geld.schulden", d(25),
              [sent, ("gestart", d(16), {}), ("afgerond", d(2), done)])  # fmt: skip
    no_show = {"reason_code": "cliënt niet verschenen"}
    _referral(ws, c[5], ids[AANMELDING], "geld.schulden", d(25),
              [sent, ("niet_gestart", d(10), no_show)])  # fmt: skip
    _referral(ws, c[6], ids[BESCHIKKING], "wonen.huisuitzetting", d(25),
              [sent, ("gestart", d(6), {})])  # fmt: skip
    _referral(ws, c[0], ids[BESCHIKKING], "wonen.huisuitzetting", d(25),
              [sent, ("wachtlijst", d(12), {})])  # fmt: skip
    _referral(ws, c[1], ids[BESCHIKKING], "wonen.huisuitzetting", d(25),
              [sent, ("gestart", d(8), {})])  # fmt: skip
    _referral(ws, c[2], ids[ZORG], "gezondheid.psychisch", d(25),
              [sent, ("afgewezen", d(12), {"reason_code": "geen plek"})])  # fmt: skip
    _referral(ws, c[3], ids[ZORG], "gezondheid.psychisch", d(25),
              [sent, ("gestart", d(13), {})])  # fmt: skip
    # left out: a concept never sent, one sent before the period, one entered in error
    _referral(ws, c[4], ids[AANMELDING], "geld.schulden", d(25), [])
    _referral(ws, c[5], ids[VRIJ], "geld.schulden", d(110), [("verstuurd", d(100), {})])
    _referral(ws, c[6], ids[VRIJ], "geld.schulden", d(25),
              [sent, ("foutief", d(19), {"reason_text": "Verkeerde cliënt gekozen."})])  # fmt: skip
    return Fixture(clients, old.id, today)
