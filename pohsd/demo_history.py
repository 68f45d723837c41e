"""Demo clients with a history in the past, so Vandaag and the report have something to show.

Dates can only lie in the past through the client exchange import, so each client is built as a
`pohsd-client/1` document with dates relative to today and imported (`ws.transfer`). Every
person is invented; they live in Lindenhof, Demodorp (postcodes 9996–9999, the demo map).

- Mirjam: vervolggesprek due this week; the schuldhulp (a beschikking) has not answered for
  weeks ("Geen reactie van aanbieder"), the Geldmaatje started a few days ago (recent).
- Gerrit: his vervolggesprek is overdue; huishoudelijke hulp is on the wachtlijst, the
  buurtkamer started long ago ("Hoe loopt het?").
- Noor: the stress course is afgerond, the GP terugkoppeling is not yet done.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from datetime import date, datetime, time, timedelta
from typing import Any, Protocol

from pohsd.exchange.schema import FORMAT
from pohsd.exchange.transfer import TransferService
from pohsd.services.referral_store import recipient_snapshot

USER = "Demo POH"

# services of the bundled demo map (resources/socialmap/demo)
SCHULDHULP = "e9c45eed-4900-5917-96b9-af6911cf946f"  # beschikking
GELDMAATJE = "a87f4427-e961-5453-9fcd-311102364032"  # aanmelding
HUISHOUDEN = "b2e1ff32-9b58-5f96-9f57-416088a2cc5b"  # Wmo, beschikking
BUURTKAMER = "78c4501b-ce6b-513e-afb3-e3916f8cec13"  # vrij
STRESS = "18082afa-2be7-5b22-b9cb-9917f089d467"  # aanmelding


class _Map(Protocol):
    def service(self, service_id: str) -> dict[str, Any]: ...


class _Workspace(Protocol):
    transfer: TransferService
    socialmap: _Map


def _weekday(day: date, forward: bool = False) -> date:
    """The nearest working-week day (Saturday and Sunday move to Friday, or to Monday)."""
    while day.weekday() >= 5:
        day += timedelta(days=1 if forward else -1)
    return day


def _at(day: date, hour: int = 10) -> str:
    return datetime.combine(day, time(hour, 0)).astimezone().isoformat()


def _id() -> str:
    return str(uuid.uuid4())


class _Builder:
    """One client document: consents, intakes, plan and referrals, each dated in the past."""

    def __init__(self, ws: _Workspace, today: date, client: Mapping[str, Any]) -> None:
        self.ws = ws
        self.today = today
        self.doc: dict[str, Any] = {
            "format": FORMAT, "client": dict(client), "consents": [], "intakes": [],
            "plan": {"goals": []}, "referrals": [],
        }  # fmt: skip

    def ago(self, days: int) -> date:
        return _weekday(self.today - timedelta(days=days))

    def vastleggen(self, day: date) -> None:
        self.doc["consents"].append({
            "id": _id(), "kind": "vastleggen", "besluit": "ja", "uitgesloten": [],
            "vorm": "mondeling", "datum": day.isoformat(),
        })  # fmt: skip

    def intake(self, day: date, minutes: int, answers: Mapping[str, Any], follow_up: date) -> None:
        self.doc["intakes"].append({
            "id": _id(), "kind": "intake", "question_set_version": "1", "status": "afgerond",
            "contacts": [{"date": day.isoformat(), "minutes": minutes}],
            "answers": {**answers, "vervolg.datum": follow_up.isoformat()},
            "follow_up_on": follow_up.isoformat(),
        })  # fmt: skip

    def goal(self, topic: str, wens: str, actions: list[tuple[str, str]]) -> str:
        goal_id = _id()
        self.doc["plan"]["goals"].append({
            "id": goal_id, "topic": topic, "wens": wens, "status": "open",
            "actions": [{"wie": w, "wat": t, "status": "open"} for w, t in actions],
        })  # fmt: skip
        return goal_id

    def refer(
        self, service_id: str, goal_id: str, question: str, areas: list[str],
        steps: list[tuple[str, int, dict[str, Any]]],
    ) -> None:  # fmt: skip
        """A referral with its gerichte toestemming; steps are (to, days ago, extra fields)."""
        recipient = recipient_snapshot(self.ws.socialmap.service(service_id))
        first = self.ago(steps[0][1])
        consent_id = _id()
        self.doc["consents"].append({
            "id": consent_id, "kind": "gericht", "vorm": "mondeling", "datum": first.isoformat(),
            "ontvanger": {"service_id": service_id, "naam": recipient["service_name"]},
            "doel": question, "leefgebieden": areas,
            "gegevens": ["naam en geboortedatum", "adres", "telefoon"], "status": "actief",
        })  # fmt: skip
        history = []
        for i, (to, days, extra) in enumerate(steps):
            day = self.ago(days)
            history.append({
                "to": to, "effectief_op": day.isoformat(), "vastgelegd_op": _at(day, 9 + i),
                "user": USER, "source": "anders" if to == "concept" else "telefoon", **extra,
            })  # fmt: skip
        self.doc["referrals"].append({
            "id": _id(), "service_id": service_id, "service_name": recipient["service_name"],
            "organization_name": recipient["organization_name"] or recipient["service_name"],
            "toegang": recipient["toegang"], "consent_id": consent_id, "goal_id": goal_id,
            "question": question, "history": history,
        })  # fmt: skip

    def store(self) -> str:
        return self.ws.transfer.import_client(self.doc, today=self.today)


def _client(given: str, family: str, born: date, gender: str, bsn: str,
            street: str, number: str, postal: str, phone: str,
            network: list[dict[str, Any]]) -> dict[str, Any]:  # fmt: skip
    return {
        "given_name": given, "family_name": family, "birth_date": born.isoformat(),
        "gender": gender, "bsn": bsn,
        "address": {"street": street, "house_number": number, "postal_code": postal,
                    "city": "Demodorp"},
        "phone": phone, "responsible_gp": "dr. M. Voorbeeld", "network": network,
    }  # fmt: skip


def _mirjam(ws: _Workspace, today: date) -> str:
    """Debts; the schuldhulp does not answer; a Geldmaatje started; vervolg this week."""
    b = _Builder(ws, today, _client(
        "Mirjam", "Testerink", date(1979, 8, 21), "vrouw", "999990020", "Lindelaan", "8",
        "9998 BD", "06 00000011",
        [{"naam": "Kees Testerink", "relatie": "partner", "rol": ["steun, luisterend oor"],
          "telefoon": "06 00000012", "mag_benaderd": "ja"}],
    ))  # fmt: skip
    start = b.ago(38)
    b.vastleggen(start)
    b.intake(start, 58, {
        "opening.aanleiding": "Betalingsachterstanden sinds haar uren zijn verminderd.",
        "opening.verwijzer": "huisarts",
        "meting.rapportcijfer": 5,
        "geld.rondkomen.moeite": "Ja, grote moeite",
        "geld.schulden.achterstanden": "ja",
        "geld.schulden.soort": ["energie", "zorgverzekering"],
        "geld.schulden.zr": 2,
        "geld.cijfer": 3,
        "gezondheid.leefstijl.slapen": "slecht",
        "prioriteit.belangrijkste": ["geld.schulden"],
        "prioriteit.wens": "Weer overzicht over de rekeningen.",
    }, _weekday(today + timedelta(days=2), forward=True))  # fmt: skip
    goal = b.goal("geld.schulden", "Weer overzicht over de rekeningen.",
                  [("POH", "Aanmelden bij de schuldhulp van de gemeente")])  # fmt: skip
    b.refer(SCHULDHULP, goal, "Wilt u Mirjam helpen met een schuldregeling?",
            ["geld.schulden"],
            [("concept", 30, {}), ("verstuurd", 28, {})])  # fmt: skip
    b.refer(GELDMAATJE, goal, "Een maatje om samen de post bij te houden.",
            ["geld.schulden"],
            [("concept", 30, {}), ("verstuurd", 29, {}), ("aangenomen", 16, {}),
             ("gestart", 3, {"note": "Eerste afspraak aan huis geweest."})])  # fmt: skip
    return b.store()


def _gerrit(ws: _Workspace, today: date) -> str:
    """Alone since retirement; huishoudelijke hulp on the wachtlijst; vervolg overdue."""
    b = _Builder(ws, today, _client(
        "Gerrit", "Verzonnen", date(1955, 2, 14), "man", "999990032", "Beukenhof", "3",
        "9997 CB", "0123 000013",
        [{"naam": "Wilma Verzonnen", "relatie": "broer of zus", "rol": ["contactpersoon"],
          "telefoon": "06 00000014", "mag_benaderd": "ja"}],
    ))  # fmt: skip
    start = b.ago(63)
    b.vastleggen(start)
    b.intake(start, 50, {
        "opening.aanleiding": "Sinds zijn pensioen weinig contact; de knie maakt huishouden zwaar.",
        "opening.verwijzer": "huisarts",
        "meting.rapportcijfer": 6,
        "wonen.aanpassing.bewegen": "met moeite",
        "wonen.thuis.huishouden": ["alleen"],
        "wonen.cijfer": 5,
        "meedoen.ontmoeting.contact": "elke maand",
        "meedoen.ontmoeting.wil_meer": "ja",
        "meedoen.ontmoeting.zr": 2,
        "meedoen.cijfer": 4,
        "prioriteit.belangrijkste": ["meedoen.ontmoeting", "wonen.aanpassing"],
        "prioriteit.wens": "Een vaste plek om mensen te zien.",
    }, b.ago(3))  # fmt: skip
    meet = b.goal("meedoen.ontmoeting", "Een vaste plek om mensen te zien.",
                  [("cliënt", "Koffieochtend in de buurtkamer proberen")])  # fmt: skip
    home = b.goal("wonen.aanpassing", "Het huishouden bijhouden ondanks de knie.",
                  [("POH", "Wmo-melding doen")])  # fmt: skip
    b.refer(BUURTKAMER, meet, "Gerrit komt graag kennismaken bij de koffieochtend.",
            ["meedoen.ontmoeting"],
            [("concept", 60, {}), ("verstuurd", 60, {}), ("gestart", 53, {})])  # fmt: skip
    expected = _weekday(today + timedelta(days=18), forward=True).isoformat()
    b.refer(HUISHOUDEN, home, "Hulp bij het huishouden; de knie laat zwaar werk niet toe.",
            ["wonen.aanpassing", "gezondheid.zelfzorg"],
            [("concept", 49, {}), ("verstuurd", 48, {}), ("ontvangen", 41, {}),
             ("wachtlijst", 20, {"expected_start": expected,
                                 "note": "Keukentafelgesprek geweest; wachttijd ca. 6 weken."})],
            )  # fmt: skip
    return b.store()


def _noor(ws: _Workspace, today: date) -> str:
    """Stress after losing work; the course is afgerond, the GP has not heard yet."""
    b = _Builder(ws, today, _client(
        "Noor", "Demostra", date(1994, 6, 30), "vrouw", "999990044", "Kastanjestraat", "19",
        "9996 AB", "06 00000015",
        [{"naam": "Lotte", "relatie": "vriend(in)", "rol": ["steun, luisterend oor"],
          "mag_benaderd": "ja"}],
    ))  # fmt: skip
    start = b.ago(70)
    b.vastleggen(start)
    b.intake(start, 61, {
        "opening.aanleiding": "Piekert en slaapt slecht sinds haar tijdelijke contract stopte.",
        "opening.verwijzer": "huisarts",
        "meting.rapportcijfer": 5,
        "gezondheid.psychisch.stemming": "Gespannen; piekert veel.",
        "gezondheid.leefstijl.slapen": "slecht",
        "gezondheid.psychisch.zr": 3,
        "gezondheid.cijfer": 5,
        "meedoen.werk.situatie": "werkzoekend",
        "meedoen.werk.wens": "ja",
        "prioriteit.belangrijkste": ["gezondheid.psychisch", "meedoen.werk"],
        "prioriteit.wens": "Weer rustig slapen en dan werk zoeken.",
    }, _weekday(today + timedelta(days=16), forward=True))  # fmt: skip
    calm = b.goal("gezondheid.psychisch", "Weer rustig slapen.",
                  [("cliënt", "De cursus stress en piekeren volgen")])  # fmt: skip
    b.refer(STRESS, calm, "Noor wil leren omgaan met piekeren.",
            ["gezondheid.psychisch"],
            [("concept", 66, {}), ("verstuurd", 66, {}), ("aangenomen", 59, {}),
             ("gestart", 52, {}),
             ("afgerond", 8, {"result": "doel bereikt",
                              "note": "Cursus afgemaakt; slaapt beter."})])  # fmt: skip
    return b.store()


def add_history_clients(ws: _Workspace, today: date | None = None) -> list[str]:
    """Import the three clients with a past (the demo map must be imported first)."""
    today = today or date.today()
    return [make(ws, today) for make in (_mirjam, _gerrit, _noor)]
