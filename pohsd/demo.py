"""The fictional demo workspace: practice, user "demo" and three invented clients."""

from __future__ import annotations

from datetime import date

from pohsd.domain.client import Address, ClientInput, HouseholdMember, NetworkPerson
from pohsd.domain.enums import Gender, Rol
from pohsd.domain.practice import Practice
from pohsd.paths import AppPaths
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
        for client in DEMO_CLIENTS:
            ws.clients.create(client)
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
        paths.demo_marker.name,
    ):
        (paths.data_dir / name).unlink(missing_ok=True)
