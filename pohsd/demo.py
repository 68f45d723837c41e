"""The fictional demo workspace: practice, user "demo" and six invented clients.

The first three stand in three stages of the work: Fatima's intake is running (a signal still
open), Daan's intake is done with a plan and a financial overview, and Henk has had his
intake and a vervolggesprek, so the change view has something to show. Three more, with a
history weeks in the past (`pohsd.demo_history`), fill Vandaag: follow-ups due and overdue,
and referrals in several states.
"""

from __future__ import annotations

import shutil
from collections.abc import Mapping
from datetime import date, timedelta

from pohsd.demo_history import add_history_clients
from pohsd.domain.client import Address, ClientInput, HouseholdMember, NetworkPerson
from pohsd.domain.enums import Gender, Rol
from pohsd.domain.intake import Goal, GoalAction
from pohsd.domain.practice import Practice
from pohsd.paths import AppPaths, resources_dir
from pohsd.services.consents import UITLEG
from pohsd.workspace import DEMO_PASSPHRASE, Workspace

DEMO_USER = "demo"
DEMO_DISPLAY_NAME = "Demo POH"
GP_1 = "dr. M. Voorbeeld"
GP_2 = "dr. K. Proefmans"

DEMO_PRACTICE = Practice(
    naam="Huisartsenpraktijk De Demo",
    agb_code="01999999",
    adres="Verzonnenlaan 1, 9999 ZZ Demodorp",
    telefoon="0123 456 789",
    huisartsen=(GP_1, GP_2),
)

# Every person below is invented. The BSNs come from 99999xxxx, a range that is not issued
# to residents and is used for testing; they still pass the elfproef.
DEMO_CLIENTS: tuple[ClientInput, ...] = (
    # A single mother with two school-age children, money worries since the divorce.
    ClientInput(
        given_name="Fatima",
        family_name="El Amrani-de Bruin",
        birth_date=date(1984, 5, 17),
        gender=Gender.VROUW,
        bsn="999993653",
        address=Address("Fictieweg", "12", "b", "9999 AA", "Demodorp"),
        phone="06 00000001",
        email="fatima.demo@example.org",
        responsible_gp=GP_1,
        household=(
            HouseholdMember("kind", "Yasmin", date(2013, 9, 2)),
            HouseholdMember("kind", "Adam", date(2016, 1, 24)),
        ),
        network=(
            NetworkPerson(
                "Samira El Amrani",
                "broer of zus",
                ("steun, luisterend oor",),
                "06 00000002",
                mag_benaderd=True,
            ),
            NetworkPerson("Ans (buurvrouw)", "buur", ("praktische hulp",), mag_benaderd=None),
        ),
    ),
    # A widower of about 80 who lives alone, is lonely and is getting forgetful.
    ClientInput(
        given_name="Henk",
        family_name="van der Verzin",
        birth_date=date(1946, 11, 3),
        gender=Gender.MAN,
        bsn="999990019",
        address=Address("Denkbeeldstraat", "4", "", "9999 AB", "Demodorp"),
        phone="0123 000003",
        responsible_gp=GP_2,
        network=(
            NetworkPerson(
                "Ingrid van der Verzin",
                "kind",
                ("mantelzorger", "contactpersoon"),
                "06 00000004",
                mag_benaderd=True,
            ),
            NetworkPerson("Piet (buurman)", "buur", ("praktische hulp",), mag_benaderd=False),
        ),
    ),
    # A young man who lost his job, shares a flat and sleeps badly from stress.
    ClientInput(
        given_name="Daan",
        family_name="Proefstra",
        birth_date=date(2001, 3, 9),
        gender=Gender.MAN,
        bsn="999991772",
        address=Address("Oefenplein", "27", "3", "9999 AC", "Demodorp"),
        phone="06 00000005",
        email="daan.demo@example.org",
        responsible_gp=GP_1,
        household=(HouseholdMember("huisgenoot", "Sem"),),
        network=(
            NetworkPerson(
                "Marja Proefstra",
                "ouder",
                ("steun, luisterend oor",),
                "06 00000006",
                mag_benaderd=True,
            ),
            NetworkPerson("Jesse", "vriend(in)", ("geen vaste rol",)),
        ),
    ),
)


# the bundled demo sociale kaart: an invented wijk (resources/socialmap/demo)
DEMO_MAP = resources_dir() / "socialmap" / "demo"


def ensure_demo(paths: AppPaths) -> bool:
    """Create the demo workspace in `paths` unless a database is already there.

    Uses the published passphrase `DEMO_PASSPHRASE` with the production KDF, so unlocking the
    demo feels like the real thing. The DEMO marker file is written by `Workspace.create`, so
    a demo database can never pass for a real one.

    Returns:
        True when the demo was created now, False when a database already existed.
    """
    if paths.exists():
        return False
    ws, _recovery = Workspace.create(
        paths,
        DEMO_PRACTICE,
        DEMO_USER,
        DEMO_PASSPHRASE,
        display_name=DEMO_DISPLAY_NAME,
        rol=Rol.POH,
        kdf=None,
        demo=True,
    )
    try:
        ids = [ws.clients.create(client)[0].id for client in DEMO_CLIENTS]
        today = date.today()
        _intake_running(ws, ids[0], today)
        _intake_done_with_plan(ws, ids[2], today)
        _intake_and_vervolg_done(ws, ids[1], today)
        ws.socialmap.import_path(DEMO_MAP)
        add_history_clients(ws, today)  # Vandaag: follow-ups due and referrals to chase
    except BaseException:
        ws.close(event="session.logout")
        _remove_half_made(paths)  # else a broken demo would stay forever (exists() is True)
        raise
    ws.close(event="session.logout")
    return True


def _remove_half_made(paths: AppPaths) -> None:
    for name in (
        paths.db.name,
        paths.db.name + "-wal",
        paths.db.name + "-shm",
        paths.keyslots.name,
        paths.keyslots.name + ".prev",
        paths.keyslots.name + ".bak",
        paths.demo_marker.name,
    ):
        (paths.data_dir / name).unlink(missing_ok=True)
    shutil.rmtree(paths.data_dir / "socialmap", ignore_errors=True)


# ---- the three stages (answers valid for question set 1) ---------------------------------------

B = "beantwoord"


def _answers(values: Mapping[str, object]) -> dict[str, tuple[object, str]]:
    return {question_id: (value, B) for question_id, value in values.items()}


def _intake(ws: Workspace, client_id: str, kind: str, values: Mapping[str, object]) -> str:
    summary, _ = ws.intakes.start(client_id, kind)
    ws.intakes.save_drafts(summary.id, _answers(values))
    ws.intakes.promote(summary.id)  # confirmed: no drafts are left behind
    return summary.id


def _intake_running(ws: Workspace, client_id: str, today: date) -> None:
    """Fatima: the opening and part of geld and gezondheid; the afsluiting signal is open."""
    ws.consents.record_vastleggen(client_id, "ja", [], "mondeling", today, UITLEG)
    intake_id = _intake(ws, client_id, "intake", {
        "opening.aanleiding": "Slaapt slecht sinds de scheiding; de rekeningen stapelen zich op.",
        "opening.verwijzer": "huisarts",
        "opening.toestemming_vastleggen": "Ja",
        "opening.toestemming_vorm": "mondeling",
        "meting.rapportcijfer": 5,
        "geld.open": "Sinds de scheiding komt ze elke maand tekort.",
        "geld.rondkomen.inkomen": ["loon", "alimentatie"],
        "geld.rondkomen.moeite": "Ja, grote moeite",
        "geld.schulden.achterstanden": "ja",
        "geld.schulden.soort": ["energie", "zorgverzekering"],
        "geld.schulden.afsluiting": "ja, een brief",
        "geld.administratie.post": "soms laat ik het liggen",
        "geld.cijfer": 3,
        "gezondheid.psychisch.stemming": "Moe en gespannen; piekert 's avonds.",
        "gezondheid.leefstijl.slapen": "slecht",
        "wonen.thuis.huishouden": ["kinderen onder 18"],
    })  # fmt: skip
    ws.intakes.save_drafts(intake_id, {"geld.regelingen.niet_aangevraagd": (None, "weet niet")})
    ws.intakes.promote(intake_id)
    ws.intakes.set_contact_minutes(intake_id, 24)
    ws.intakes.raise_signal(
        intake_id, "afsluiting", "geld.schulden.afsluiting", "Binnen 3 werkdagen"
    )


def _intake_done_with_plan(ws: Workspace, client_id: str, today: date) -> None:
    """Daan: intake afgerond, a financial overview, a plan and a gerichte toestemming."""
    follow_up = today + timedelta(weeks=6)
    ws.consents.record_vastleggen(client_id, "ja", [], "mondeling", today, UITLEG)
    intake_id = _intake(ws, client_id, "intake", {
        "opening.aanleiding": "Baan kwijtgeraakt; slaapt slecht van de stress.",
        "opening.verwijzer": "huisarts",
        "opening.toestemming_vastleggen": "Ja",
        "opening.toestemming_vorm": "mondeling",
        "meting.rapportcijfer": 5,
        "gezondheid.psychisch.stemming": "Piekert veel, vooral 's nachts.",
        "gezondheid.leefstijl.slapen": "slecht",
        "gezondheid.middelen.alcohol": {"dagen": 2, "glazen": 3},
        "gezondheid.psychisch.zr": 3,
        "gezondheid.cijfer": 6,
        "geld.rondkomen.inkomen": ["WW"],
        "geld.rondkomen.moeite": "Ja, enige moeite",
        "geld.schulden.achterstanden": "ja",
        "geld.schulden.soort": ["telefoon of internet", "CJIB"],
        "geld.schulden.totaal": 650,
        "geld.schulden.deurwaarder": "incassobureau",
        "geld.schulden.afsluiting": "nee",
        "geld.schulden.zr": 2,
        "geld.cijfer": 4,
        "wonen.woningzoeken.situatie": "huurwoning",
        "wonen.thuis.huishouden": ["anderen"],
        "wonen.cijfer": 7,
        "meedoen.werk.situatie": "werkzoekend",
        "meedoen.werk.wens": "ja",
        "meedoen.werk.zr": 2,
        "meedoen.dagbesteding.tevreden": "nee",
        "meedoen.cijfer": 5,
        "prioriteit.belangrijkste": ["geld.schulden", "meedoen.werk"],
        "prioriteit.wens": "Weer werk, en geen post meer waar ik bang voor ben.",
        "prioriteit.goed": "Ik sport weer twee keer per week.",
        "vervolg.datum": follow_up.isoformat(),
        "meta.assessment": "Stress door baanverlies en oplopende schulden; gemotiveerd.",
    })  # fmt: skip
    since = (today - timedelta(days=120)).strftime("%Y-%m")
    ws.intakes.save_finance(intake_id, {
        "income": [{"source": "WW", "amount_per_month": 1480}],
        "fixed_costs": [
            {"item": "huur", "amount_per_month": 720},
            {"item": "energie", "amount_per_month": 110},
            {"item": "zorgverzekering", "amount_per_month": 145.5},
            {"item": "telefoon en internet", "amount_per_month": 45},
        ],
        "debts": [
            {"creditor": "telefoonaanbieder", "amount": 380, "since": since, "arrears": True,
             "collection_agency": True},
            {"creditor": "CJIB", "amount": 270, "arrears": True},
        ],
    })  # fmt: skip
    ws.plan.save(client_id, [
        Goal("geld.schulden", "Geen post meer waar ik bang voor ben.", 6, today + timedelta(90),
             actions=(GoalAction("POH", "Aanmelden bij de schuldhulp van de gemeente",
                                 today + timedelta(7)),
                      GoalAction("cliënt", "Alle brieven in één map verzamelen",
                                 today + timedelta(7), "gedaan"))),
        Goal("meedoen.werk", "Weer aan het werk, eerst een paar dagen per week.", 7,
             today + timedelta(180),
             actions=(GoalAction("cliënt", "Inschrijven bij het werkgeversservicepunt",
                                 today + timedelta(14)),)),
    ], "Graag aandacht voor het slechte slapen.")  # fmt: skip
    ws.consents.add_gericht(client_id, {
        "ontvanger": {"service_id": "e9c45eed-4900-5917-96b9-af6911cf946f",
                      "naam": "Schuldhulpverlening gemeente Demodorp"},  # in the demo map
        "doel": "Aanmelding bij de schuldhulp",
        "leefgebieden": ["geld.schulden"],
        "gegevens": ["naam en geboortedatum", "adres", "telefoon"],
        "vorm": "mondeling",
    })  # fmt: skip
    ws.intakes.set_contact_minutes(intake_id, 62)
    ws.intakes.complete(intake_id, follow_up_on=follow_up)


DJG6 = tuple(f"meedoen.ontmoeting.djg6_{i}" for i in range(1, 7))


def _intake_and_vervolg_done(ws: Workspace, client_id: str, today: date) -> None:
    """Henk: intake and vervolg afgerond; cijfers, rapportcijfer and DJG-6 measured twice."""
    ws.consents.record_vastleggen(client_id, "ja", [], "schriftelijk", today, UITLEG)
    intake_id = _intake(ws, client_id, "intake", {
        "opening.aanleiding": "Voelt zich alleen sinds zijn vrouw overleed; vergeet afspraken.",
        "opening.verwijzer": "huisarts",
        "opening.toestemming_vastleggen": "Ja",
        "opening.toestemming_vorm": "schriftelijk",
        "meting.rapportcijfer": 5,
        "gezondheid.geheugen.klachten": "een beetje",
        "gezondheid.geheugen.gevolgen": "ja",
        "gezondheid.geheugen.onderzoek": "nee",
        "gezondheid.geheugen.zr": 3,
        "gezondheid.cijfer": 6,
        "geld.rondkomen.inkomen": ["AOW", "pensioen"],
        "geld.rondkomen.moeite": "Nee, geen moeite",
        "geld.cijfer": 8,
        "wonen.woningzoeken.situatie": "huurwoning",
        "wonen.aanpassing.bewegen": "met moeite",
        "wonen.aanpassing.gevallen": {"antwoord": "ja", "aantal": 1},
        "wonen.thuis.huishouden": ["alleen"],
        "wonen.cijfer": 6,
        "meedoen.ontmoeting.contact": "elke maand",
        **dict(zip(DJG6, ("ja", "nee", "nee", "ja", "min of meer", "ja"), strict=True)),
        "meedoen.ontmoeting.wil_meer": "ja",
        "meedoen.ontmoeting.zr": 2,
        "meedoen.zingeving.verlies": {"antwoord": "ja", "toelichting": "Zijn vrouw overleed."},
        "meedoen.cijfer": 3,
        "prioriteit.belangrijkste": ["meedoen.ontmoeting", "gezondheid.geheugen"],
        "prioriteit.wens": "Weer mensen om me heen hebben.",
        "vervolg.datum": today.isoformat(),
    })  # fmt: skip
    ws.intakes.set_contact_minutes(intake_id, 55)
    goals = [
        Goal("meedoen.ontmoeting", "Weer mensen om me heen hebben.", 6, today + timedelta(120),
             actions=(GoalAction("POH", "Aanmelden voor de koffieochtend in het buurthuis",
                                 today, "gedaan"),
                      GoalAction("Ingrid (dochter)", "Gaat de eerste keer mee", today,
                                 "gedaan"))),
        Goal("gezondheid.geheugen", "Weten wat er met mijn geheugen is.",
             actions=(GoalAction("POH", "Vraag aan de huisarts over geheugenonderzoek"),)),
    ]  # fmt: skip
    plan, _ = ws.plan.save(client_id, goals, "Graag geheugenonderzoek overwegen.")
    ws.intakes.complete(intake_id, follow_up_on=today)
    vervolg_id = _intake(ws, client_id, "vervolg", {
        "meting.rapportcijfer": 6,
        "gezondheid.cijfer": 6,
        "geld.cijfer": 8,
        "wonen.cijfer": 7,
        "meedoen.cijfer": 5,
        "meedoen.ontmoeting.zr": 3,
        "gezondheid.geheugen.zr": 3,
        **dict(zip(DJG6, ("min of meer", "nee", "min of meer", "nee", "ja", "ja"), strict=True)),
        "vervolg.datum": (today + timedelta(weeks=8)).isoformat(),
    })  # fmt: skip
    ws.intakes.set_contact_minutes(vervolg_id, 30)
    reviewed = [
        Goal(g.topic, g.wens, g.streefcijfer, g.target_date, status, g.actions, g.id)
        for g, status in zip(plan.goals, ("deels", "open"), strict=True)
    ]
    ws.plan.save(client_id, reviewed, plan.question_to_gp)
    ws.intakes.complete(vervolg_id, follow_up_on=today + timedelta(weeks=8))
