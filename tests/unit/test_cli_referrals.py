"""`pohsd-cli consent add|withdraw` and `referral create|status` end to end: ids, JSON, exits."""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

import pytest

from pohsd.cli import main
from tests.conftest import TEST_PASSPHRASE
from tests.unit.referral_support import BUURTKAMER, DEMO_MAP, SCHULDHULP
from tests.unit.test_exchange import DATA

TODAY = date.today()


@pytest.fixture
def cli(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]):
    """Run `pohsd-cli ARGS --data-dir DIR` on a practice with the demo map and one client."""
    monkeypatch.setenv("POHSD_TEST_WEAK_KDF", "1")
    monkeypatch.setenv("POHSD_PASSPHRASE", TEST_PASSPHRASE)
    data_dir = tmp_path / "data"

    def run(*args: str) -> tuple[int, str, str]:
        code = main([*args, "--data-dir", str(data_dir)])
        captured = capsys.readouterr()
        return code, captured.out, captured.err

    for args in (
        ("init", "--practice-name", "De Linde", "--practice-agb", "01234567", "--user", "sanne"),
        ("socialmap", "import", str(DEMO_MAP)),
    ):
        code, _, err = run(*args)
        assert code == 0, err
    return run


@pytest.fixture
def ids(cli) -> dict[str, str]:
    """The client id and the ids of two demo services."""
    code, out, err = cli("client", "import", str(DATA / "minimal_client.json"))
    assert code == 0, err
    found = {"client": out.strip()}
    for name in (SCHULDHULP, BUURTKAMER):
        code, hits, _ = cli("socialmap", "search", name.split(":")[0], "--json")
        found[name] = next(h["service_id"] for h in json.loads(hits) if h["service_name"] == name)
    return found


def _consent(cli, ids, service: str = SCHULDHULP, *extra: str) -> str:
    code, out, err = cli("consent", "add", ids["client"], "--recipient", ids[service],
                         "--leefgebieden", "geld,wonen.huisuitzetting", "--gegevens",
                         "adres,telefoon", "--doel", "aanmelding schuldhulp", "--vorm",
                         "mondeling", *extra)  # fmt: skip
    assert code == 0, err
    return out.strip()


def test_consent_referral_and_status_happy_path(cli, ids):
    code, out, err = cli("consent", "add", ids["client"], "--recipient", ids[SCHULDHULP],
                         "--leefgebieden", "geld", "--gegevens", "adres, telefoon",
                         "--doel", "aanmelding", "--vorm", "schriftelijk", "--geldig-tot",
                         (TODAY + timedelta(days=90)).isoformat(), "--json")  # fmt: skip
    assert code == 0, err
    made = json.loads(out)
    consent_id = made["consent_id"]
    assert made["consent"]["gegevens"] == ["naam en geboortedatum", "adres", "telefoon"]
    assert made["consent"]["ontvanger"]["service_id"] == ids[SCHULDHULP]
    assert made["consent"]["status"] == "actief"
    assert "gerichte toestemming vastgelegd" in err
    code, out, err = cli("referral", "create", ids["client"], ids[SCHULDHULP], "--consent",
                         consent_id, "--question", "Wilt u helpen?")  # fmt: skip
    assert code == 0, err
    referral_id = out.strip()
    assert len(referral_id) == 36
    code, out, err = cli("referral", "status", referral_id, "verstuurd", "--source", "e-mail")
    assert code == 0, err
    assert out.strip() == f"{referral_id} verstuurd"
    code, out, err = cli("referral", "status", referral_id, "wachtlijst", "--expected-start",
                         "onbekend", "--note", "Bellen in januari", "--json")  # fmt: skip
    assert code == 0, err
    shown = json.loads(out)
    assert shown["status"] == "wachtlijst"
    assert shown["fhir_status"] == "accepted"
    assert shown["history"][-1]["expected_start"] == "onbekend"
    assert shown["history"][-1]["note"] == "Bellen in januari"
    assert "gestart" in shown["next"]
    code, out, err = cli("referral", "status", referral_id, "gestart", "--effective",
                         TODAY.strftime("%d-%m-%Y"), "--source", "cliënt")  # fmt: skip
    assert code == 0, err
    code, out, err = cli("referral", "status", referral_id, "afgerond", "--result",
                         "doel bereikt", "--json")  # fmt: skip
    assert code == 0, err
    done = json.loads(out)
    assert [e["to"] for e in done["history"]] == [
        "concept", "verstuurd", "wachtlijst", "gestart", "afgerond",
    ]  # fmt: skip
    assert done["history"][-1]["result"] == "doel bereikt"
    assert "status is nu Afgerond" in err
    code, out, _ = cli("client", "export", ids["client"])
    assert code == 0
    assert json.loads(out)["referrals"][0]["id"] == referral_id


def test_referral_create_json_and_errors(cli, ids):
    consent_id = _consent(cli, ids)
    code, out, err = cli("referral", "create", ids["client"], ids[SCHULDHULP], "--consent",
                         consent_id, "--json")  # fmt: skip
    assert code == 0, err
    shown = json.loads(out)
    assert (shown["status"], shown["label"], shown["toegang"]) == ("concept", "Concept",
                                                                   "beschikking")  # fmt: skip
    code, _, err = cli("referral", "create", ids["client"], ids[BUURTKAMER], "--consent",
                       consent_id)  # fmt: skip
    assert code == 4
    assert "--consent: the consent is for another recipient" in err
    assert "de toestemming geldt voor een andere ontvanger" in err
    code, _, err = cli("referral", "create", ids["client"], ids[SCHULDHULP])
    assert code == 2  # --consent is required
    code, _, err = cli("referral", "create", ids["client"], "no-such-service", "--consent",
                       consent_id)  # fmt: skip
    assert code == 4
    assert "voorziening niet in de sociale kaart" in err
    code, _, err = cli("referral", "create", ids["client"], ids[SCHULDHULP], "--consent",
                       consent_id, "--goal", "7a8b9c0d-1e2f-4a3b-8c4d-5e6f7a8b9c09")  # fmt: skip
    assert code == 4
    assert "--goal: not a goal of this client" in err


def test_status_errors_have_exit_codes_and_both_languages(cli, ids):
    consent_id = _consent(cli, ids)
    code, out, _ = cli("referral", "create", ids["client"], ids[SCHULDHULP], "--consent",
                       consent_id)  # fmt: skip
    referral_id = out.strip()
    code, _, err = cli("referral", "status", referral_id, "gestart")
    assert code == 5
    assert "status change concept → gestart is not allowed" in err
    assert "statuswijziging concept → gestart mag niet (vanuit concept: verstuurd, " in err
    code, _, err = cli("referral", "status", referral_id, "bezig")
    assert code == 2
    code, _, err = cli("referral", "status", referral_id, "geannuleerd")
    assert code == 4
    assert "--reason: this is required" in err
    assert "--reason: dit is verplicht" in err
    code, _, err = cli("referral", "status", referral_id, "verstuurd", "--effective",
                       (TODAY + timedelta(days=3)).isoformat())  # fmt: skip
    assert code == 4
    assert "--effective: date lies in the future" in err
    code, _, err = cli("referral", "status", referral_id, "verstuurd", "--effective", "gisteren")
    assert code == 4
    assert "--effective: write the date as yyyy-mm-dd" in err
    code, _, err = cli("referral", "status", "no-such-referral", "verstuurd")
    assert code == 4
    assert "verwijzing niet gevonden" in err
    code, out, err = cli("referral", "status", referral_id, "foutief", "--reason",
                         "Verkeerde cliënt")  # fmt: skip
    assert code == 0, err
    assert out.strip().endswith("foutief")
    assert "Verkeerde" not in err  # client text never in messages


def test_consent_errors(cli, ids):
    code, _, err = cli("consent", "add", ids["client"], "--recipient", ids[SCHULDHULP],
                       "--leefgebieden", "geld.geluk", "--gegevens", "adres", "--doel", "x",
                       "--vorm", "mondeling")  # fmt: skip
    assert code == 4
    assert "--leefgebieden: not one of the choices" in err
    code, _, err = cli("consent", "add", ids["client"], "--recipient", ids[SCHULDHULP],
                       "--leefgebieden", "geld", "--gegevens", "adres", "--doel", "x",
                       "--vorm", "per sms")  # fmt: skip
    assert code == 2
    code, _, err = cli("consent", "add", "no-such-client", "--recipient", ids[SCHULDHULP],
                       "--leefgebieden", "geld", "--gegevens", "adres", "--doel", "x",
                       "--vorm", "mondeling")  # fmt: skip
    assert code == 4
    assert "cliënt niet gevonden" in err
    code, _, err = cli("consent", "add", ids["client"], "--recipient", ids[SCHULDHULP],
                       "--leefgebieden", "geld", "--gegevens", "adres,BSN", "--doel", "x",
                       "--vorm", "mondeling")  # fmt: skip
    assert code == 4
    assert "--gegevens: BSN may only go to a zorgaanbieder" in err
    assert "BSN mag alleen naar een zorgaanbieder" in err
    code, _, err = cli("consent", "withdraw", "no-such-consent")
    assert code == 4
    assert "toestemming niet gevonden" in err


def test_withdraw_lists_open_referrals_and_how_to_cancel(cli, ids):
    consent_id = _consent(cli, ids)
    made = []
    for _ in range(2):
        code, out, _ = cli("referral", "create", ids["client"], ids[SCHULDHULP], "--consent",
                           consent_id)  # fmt: skip
        made.append(out.strip())
    cli("referral", "status", made[1], "geannuleerd", "--reason", "dubbel")
    code, out, err = cli("consent", "withdraw", consent_id)
    assert code == 0, err
    lines = out.strip().splitlines()
    assert lines[0] == f"{consent_id} ingetrokken"
    assert [line.split()[0] for line in lines[1:]] == [made[0]]
    assert "concept" in lines[1]
    assert 'referral status REFERRAL_ID geannuleerd --reason "toestemming ingetrokken"' in err
    code, out, err = cli("referral", "status", made[0], "geannuleerd", "--reason",
                         "toestemming ingetrokken", "--json")  # fmt: skip
    assert code == 0, err
    assert json.loads(out)["history"][-1]["reason"]["code"] == "toestemming ingetrokken"
    code, out, _ = cli("consent", "withdraw", consent_id, "--json")
    assert code == 0
    assert json.loads(out) == {"consent_id": consent_id, "status": "ingetrokken",
                               "open_referrals": []}  # fmt: skip
    code, _, err = cli("referral", "create", ids["client"], ids[SCHULDHULP], "--consent",
                       consent_id)  # fmt: skip
    assert code == 4
    assert "the consent was withdrawn or has expired" in err
