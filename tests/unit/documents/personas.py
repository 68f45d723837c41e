"""Two invented personas for the letter tests: Ron (debts, drinks, no day activity) and Greet.

Everything is fictional (spec/intake.md §11 seeds, details invented). The BSNs are from the
999xxxxxx test range and pass the elfproef.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from pohsd.documents.models import STATUSUPDATE, Heading, LetterModel, Paragraph, TemplateFields
from pohsd.domain.client import Address, ClientInput, NetworkPerson
from pohsd.domain.enums import Gender
from pohsd.domain.intake import Goal, GoalAction
from pohsd.services.consents import UITLEG
from pohsd.services.referral_store import consent_recipient, recipient_snapshot
from pohsd.store.models import IntakeRow
from pohsd.workspace import Workspace

DEMO_MAP = Path(__file__).resolve().parents[3] / "resources" / "socialmap" / "demo"
SCHULDHULP = "Schuldhulpverlening gemeente Demodorp"
MAATJE = "Maatje tegen eenzaamheid"
GGZ = "GGZ Noorderlicht: kortdurende behandeling (basis-ggz)"
RON_BSN = "999993653"
GREET_BSN = "999990019"

MHI5_44 = {"gezondheid.psychisch.mhi5_1": "vaak", "gezondheid.psychisch.mhi5_2": "soms",
           "gezondheid.psychisch.mhi5_3": "soms", "gezondheid.psychisch.mhi5_4": "vaak",
           "gezondheid.psychisch.mhi5_5": "soms"}  # fmt: skip
DJG = [f"meedoen.ontmoeting.djg6_{i}" for i in range(1, 7)]


@dataclass
class Persona:
    client_id: str
    intake_id: str
    referral_id: str
    consent_id: str
    services: dict[str, str]
    extra: dict[str, str]


def services(ws: Workspace) -> dict[str, str]:
    ws.socialmap.import_path(DEMO_MAP)
    return {m.hit.name: m.hit.service_id for m in ws.socialmap.search("", limit=500)}


def _intake(ws: Workspace, client_id: str, values: dict[str, Any], kind: str = "intake") -> str:
    summary, _ = ws.intakes.start(client_id, kind)
    ws.intakes.save_drafts(summary.id, {k: (v, "beantwoord") for k, v in values.items()})
    ws.intakes.promote(summary.id)
    return summary.id


def confirm_icpc(ws: Workspace, intake_id: str, codes: list[str]) -> None:
    """The POH confirms Z codes (no service for this yet: written as the intake screen would)."""
    with ws._ctx.transaction() as s:
        s.get(IntakeRow, intake_id).icpc = json.dumps(codes)


def make_ron(ws: Workspace, today: date | None = None) -> Persona:
    today = today or date.today()
    ids = services(ws)
    client, _ = ws.clients.create(ClientInput(
        "Ron", "Bakker", date(1980, 6, 14), Gender.MAN, bsn=RON_BSN,
        address=Address("Esdoornstraat", "8", "", "1234 CD", "Voorbeeldstad"),
        phone="06-12345678", email="ron@example.org", responsible_gp="M. Jansen",
        network=(NetworkPerson("Marja Bakker", "broer of zus", ("steun, luisterend oor",
                               "contactpersoon"), "06-87654321", True),
                 NetworkPerson("buurman Kees", "buur", ("praktische hulp",))),
    ))  # fmt: skip
    ws.consents.record_vastleggen(client.id, "ja", [], "mondeling", today, UITLEG)
    intake_id = _intake(ws, client.id, {
        "opening.aanleiding": "Gaat niet goed, breder beeld gewenst",
        "opening.verwijzer": "huisarts",
        "meting.rapportcijfer": 4,
        "geld.rondkomen.inkomen": ["uitkering van de gemeente"],
        "geld.rondkomen.moeite": "Ja, grote moeite",
        "geld.schulden.achterstanden": "ja",
        "geld.schulden.soort": ["energie", "zorgverzekering", "Belastingdienst of toeslagen"],
        "geld.schulden.totaal": 23000,
        "geld.schulden.deurwaarder": "deurwaarder",
        "geld.schulden.afsluiting": "ja, een brief",
        "geld.administratie.post": "nee, het stapelt zich op",
        "geld.schulden.zr": 2, "geld.administratie.zr": 2, "geld.cijfer": 2,
        "wonen.woningzoeken.situatie": "huurwoning",
        "wonen.huisuitzetting.huurachterstand": {"antwoord": "ja", "aantal": 1},
        "wonen.cijfer": 6,
        "meedoen.dagbesteding.dag": "Zit vooral thuis.",
        "meedoen.dagbesteding.zr": 2, "meedoen.cijfer": 3,
        **dict(zip(DJG, ("ja", "nee", "nee", "ja", "ja", "nee"), strict=True)),
        "gezondheid.psychisch.behandeling": {"antwoord": "ja", "toelichting": "psychiater"},
        "gezondheid.middelen.alcohol": {"dagen": 5, "glazen": 6},
        **MHI5_44,
        "gezondheid.psychisch.suicidegedachten": "nee",
        "gezondheid.psychisch.zr": 3, "gezondheid.middelen.zr": 3, "gezondheid.cijfer": 5,
        "wonen.thuis.kindcheck": "geen kinderen",
        "prioriteit.belangrijkste": ["meedoen", "geld"],
        "prioriteit.wens": "Ik wil weer meedoen, iets zinnigs doen overdag",
        "prioriteit.goed": "Ik heb een eigen huis",
        "vervolg.datum": (today + timedelta(days=42)).isoformat(),
        "meta.assessment": "Problemen op geld en meedoen, naast psychische klachten en zwaar "
                           "alcoholgebruik.",
    })  # fmt: skip
    ws.intakes.set_contact_minutes(intake_id, 60)
    signal, _ = ws.intakes.raise_signal(
        intake_id, "afsluiting", "geld.schulden.afsluiting", "Binnen 3 werkdagen"
    )
    ws.intakes.add_signal_action(signal.id, "Samen energieleverancier gebeld: betalingsregeling")
    ws.intakes.close_signal(signal.id, "afgehandeld")
    confirm_icpc(ws, intake_id, ["Z01", "Z29"])
    plan, _ = ws.plan.save(client.id, [
        Goal("geld.schulden", "Rust in mijn hoofd over de schulden", 6,
             actions=(GoalAction("POH", "Aanmelden bij de gemeente voor hulp bij schulden",
                                 today, "gedaan"),
                      GoalAction("Marja", "Helpt met de post sorteren", today + timedelta(7)))),
        Goal("meedoen.dagbesteding", "Iets zinnigs doen overdag", 6,
             actions=(GoalAction("cliënt", "Kennismaken bij het herstelcafé",
                                 today + timedelta(7)),)),
    ], "Stemming en alcohol met cliënt bespreken (cliënt akkoord)")  # fmt: skip
    referral = ws.referrals.create(
        client.id, ids[SCHULDHULP], goal_id=plan.goals[0].id,
        question="Wilt u de heer Bakker binnen twee weken uitnodigen voor een eerste gesprek",
        urgency="met voorrang", urgency_reason="betalingsregeling energie loopt",
        consent={"leefgebieden": ["geld", "wonen.huisuitzetting"],
                 "gegevens": ["naam en geboortedatum", "adres", "telefoon",
                              "contactpersoon uit netwerk"],
                 "doel": "aanmelding voor schulddienstverlening", "vorm": "mondeling"},
    )  # fmt: skip
    ws.referrals.transition(referral.id, "verstuurd", effective=today, source="anders")
    return Persona(client.id, intake_id, referral.id, referral.consent_id, ids, {})


def make_greet(ws: Workspace, today: date | None = None) -> Persona:
    today = today or date.today()
    ids = services(ws)
    client, _ = ws.clients.create(ClientInput(
        "Greet", "de Graaf", date(1943, 2, 11), Gender.VROUW, bsn=GREET_BSN,
        address=Address("Kastanjelaan", "3", "", "9999 AB", "Demodorp"), phone="0123 000003",
        responsible_gp="A. de Wit",
        network=(NetworkPerson("Ellen", "kind", ("mantelzorger",), "06-11112222", True),
                 NetworkPerson("buurvrouw Ria", "buur", ("praktische hulp",))),
    ))  # fmt: skip
    ws.consents.record_vastleggen(client.id, "ja", [], "schriftelijk", today, UITLEG)
    intake_id = _intake(ws, client.id, {
        "opening.aanleiding": "Komt vaak op het spreekuur; voelt zich alleen",
        "opening.verwijzer": "huisarts",
        "meting.rapportcijfer": 3,
        "gezondheid.lichamelijk.huisartsbezoek": 7,
        "gezondheid.psychisch.levensmoe": "vaak",
        "gezondheid.psychisch.suicidegedachten": "nee",
        "gezondheid.geheugen.klachten": "ja, duidelijk",
        "gezondheid.geheugen.onderzoek": "loopt",
        "gezondheid.geheugen.zr": 3, "gezondheid.cijfer": 4,
        "geld.rondkomen.inkomen": ["AOW", "pensioen"], "geld.cijfer": 6,
        "wonen.aanpassing.gevallen": {"antwoord": "ja", "aantal": 2},
        "wonen.aanpassing.zr": 3, "wonen.cijfer": 6,
        **dict(zip(DJG, ("ja", "nee", "nee", "ja", "nee", "ja"), strict=True)),
        "meedoen.ontmoeting.zr": 2, "meedoen.cijfer": 2,
        "meedoen.zingeving.verlies": {"antwoord": "ja", "toelichting": "Haar man overleed."},
        "meedoen.taal.formulieren_zeker": "een beetje zeker",
        "prioriteit.belangrijkste": ["meedoen.ontmoeting"],
        "prioriteit.wens": "Ik wil niet de hele dag alleen zijn",
        "vervolg.datum": (today + timedelta(days=28)).isoformat(),
    })  # fmt: skip
    ws.intakes.set_contact_minutes(intake_id, 55)
    signal, _ = ws.intakes.raise_signal(
        intake_id, "suicide", "gezondheid.psychisch.suicidegedachten", "Direct"
    )
    ws.intakes.close_signal(signal.id, "onterecht", "Passieve doodswens, geen plan")
    confirm_icpc(ws, intake_id, ["Z15", "Z29"])
    plan, _ = ws.plan.save(client.id, [
        Goal("meedoen.ontmoeting", "Niet de hele dag alleen zijn", 5,
             actions=(GoalAction("POH", "Aanmelden bij een maatje", today + timedelta(3)),)),
    ], "Geheugenonderzoek, doodswens en vallen bespreken")  # fmt: skip
    # an older consent that lists BSN for a recipient that is no zorgaanbieder: the letter
    # must still leave the BSN out (the referral service now refuses such a new consent)
    recipient = consent_recipient(recipient_snapshot(ws.socialmap.service(ids[MAATJE])))
    consent, _ = ws.consents.add_gericht(client.id, {
        "ontvanger": recipient, "leefgebieden": ["meedoen.ontmoeting"],
        "gegevens": ["naam en geboortedatum", "telefoon", "BSN"],
        "doel": "een maatje tegen eenzaamheid", "vorm": "schriftelijk",
    })  # fmt: skip
    referral = ws.referrals.create(
        client.id,
        ids[MAATJE],
        goal_id=plan.goals[0].id,
        question="Kan er een maatje komen?",
        consent_id=consent.id,
    )
    ggz = ws.referrals.create(
        client.id, ids[GGZ], question="Graag beoordeling van de stemming.",
        consent={"leefgebieden": ["gezondheid.psychisch"],
                 "gegevens": ["naam en geboortedatum", "BSN", "medische informatie"],
                 "doel": "beoordeling stemming", "vorm": "schriftelijk"},
    )  # fmt: skip
    return Persona(client.id, intake_id, referral.id, referral.consent_id, ids,
                   {"ggz_referral": ggz.id})  # fmt: skip


def bare_model(kind: str = STATUSUPDATE, **changes) -> LetterModel:
    """A model without a workspace: the renderers take nothing else."""
    fields = TemplateFields(
        praktijk={"naam": "Huisartsenpraktijk De Linde", "adres": "Lindelaan 12",
                  "postcode_plaats": "1234 AB Voorbeeldstad", "telefoon": "012-3456789",
                  "email": "", "website": "", "agb": "01099999"},
        afzender={"naam": "Sanne de Vries", "functie": "praktijkondersteuner sociaal domein",
                  "telefoon": "", "email": "", "bereikbaar": ""},
        huisarts={"naam": "M. Jansen", "agb": ""}, ontvanger={"adresblok": ""},
        document={"titel": "Titel", "datum": "1 maart 2026", "kenmerk": "7KQ2M9XD"},
        betreft="Ron Bakker, geboren 14-06-1980",
    )  # fmt: skip
    values = {"kind": kind, "document_id": "d", "kenmerk": "7KQ2M9XD", "datum": date(2026, 3, 1),
              "titel": "Titel", "client_id": "c", "fields": fields,
              "blocks": (Heading("Kop"), Paragraph("Tekst"))}  # fmt: skip
    values.update(changes)
    return LetterModel(**values)
