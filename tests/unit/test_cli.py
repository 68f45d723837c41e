"""pohsd-cli in-process (and once as the real console script): exit codes, output, audit."""

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from pohsd.cli import build_parser, main
from pohsd.cli.messages import ERRORS, describe
from pohsd.domain.errors import ErrorCode, PohsdError
from pohsd.paths import AppPaths
from pohsd.store.engine import connect
from pohsd.workspace import Workspace
from tests.conftest import TEST_PASSPHRASE

RECOVERY = re.compile(r"^[A-Z2-7]{4}(-[A-Z2-7]{4}){6}$")
OTHER_PASSPHRASE = "een heel andere wachtwoordzin"


@pytest.fixture
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("POHSD_TEST_WEAK_KDF", "1")
    monkeypatch.setenv("POHSD_PASSPHRASE", TEST_PASSPHRASE)
    monkeypatch.delenv("POHSD_NEW_PASSPHRASE", raising=False)
    return tmp_path / "data"


@pytest.fixture
def cli(data_dir: Path, capsys: pytest.CaptureFixture[str]):
    """Run `pohsd-cli ARGS --data-dir DIR`; return (exit code, stdout, stderr)."""

    def run(*args: str) -> tuple[int, str, str]:
        code = main([*args, "--data-dir", str(data_dir)])
        captured = capsys.readouterr()
        return code, captured.out, captured.err

    return run


@pytest.fixture
def initialised(cli) -> str:
    code, out, _ = cli(
        "init",
        "--practice-name",
        "Huisartsenpraktijk De Linde",
        "--practice-agb",
        "01234567",
        "--user",
        "sanne",
        "--display-name",
        "Sanne de Vries",
        "--gp",
        "dr. A. de Wit",
        "--gp",
        "dr. B. Bakker",
    )
    assert code == 0
    return out.strip()


def _files(data_dir: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(data_dir.iterdir()) if p.is_file()}


def _add_piet(cli, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("POHSD_NEW_PASSPHRASE", OTHER_PASSPHRASE)
    code, _, err = cli("user", "add", "piet", "--display-name", "Piet Jansen", "--role", "huisarts")
    assert code == 0, err
    assert "piet" in err


# ---- init ------------------------------------------------------------------------------------


def test_init_prints_the_recovery_key_once_and_creates_the_database(cli, data_dir: Path):
    code, out, err = cli("init", "--practice-name", "De Linde", "--practice-agb", "01234567",
                         "--user", "sanne")  # fmt: skip
    assert code == 0
    assert RECOVERY.match(out.strip())
    assert out.count("-") == 6  # only the key on stdout
    assert "bewaar deze herstelsleutel" in err
    assert "keep this recovery key" in err
    paths = AppPaths.resolve(data_dir)
    assert paths.exists()
    assert not paths.is_demo
    keys = Workspace.derive_recovery_keys(paths, out.strip())  # the printed key really opens it
    assert keys.keys


def test_init_twice_is_a_conflict_and_changes_nothing(cli, initialised: str, data_dir: Path):
    before = _files(data_dir)
    code, out, err = cli("init", "--practice-name", "X", "--practice-agb", "01234567",
                         "--user", "anna")  # fmt: skip
    assert code == 5
    assert out == ""
    assert "already exists" in err
    assert "staat al een database" in err
    assert _files(data_dir) == before


def test_init_needs_a_user_name(cli, data_dir: Path):
    code, _, err = cli("init", "--practice-name", "X", "--practice-agb", "01234567")
    assert code == 2
    assert "--user" in err
    assert not data_dir.exists()


def test_init_rejects_a_bad_agb_code_and_creates_nothing(cli, data_dir: Path):
    code, _, err = cli("init", "--practice-name", "X", "--practice-agb", "0123", "--user", "s")
    assert code == 4
    assert "--practice-agb: an AGB code has 8 digits" in err
    assert "een AGB-code heeft 8 cijfers" in err
    assert not data_dir.exists()


def test_init_rejects_a_short_passphrase(cli, monkeypatch: pytest.MonkeyPatch, data_dir: Path):
    monkeypatch.setenv("POHSD_PASSPHRASE", "kort")
    code, _, err = cli("init", "--practice-name", "X", "--practice-agb", "01234567",
                       "--user", "sanne")  # fmt: skip
    assert code == 4
    assert "at least 10 characters" in err
    assert not AppPaths.resolve(data_dir).exists()


def _typed(monkeypatch: pytest.MonkeyPatch, *answers: str) -> list[str]:
    """Pretend a person types `answers` at getpass prompts on a terminal; return the prompts."""
    prompts: list[str] = []
    queue = list(answers)
    monkeypatch.delenv("POHSD_PASSPHRASE", raising=False)
    monkeypatch.setattr(sys.stdin, "isatty", lambda: True, raising=False)

    def fake_getpass(prompt: str = "") -> str:
        prompts.append(prompt)
        return queue.pop(0)

    monkeypatch.setattr("getpass.getpass", fake_getpass)
    return prompts


def test_init_asks_twice_on_a_terminal(cli, monkeypatch: pytest.MonkeyPatch, data_dir: Path):
    prompts = _typed(monkeypatch, TEST_PASSPHRASE, "iets anders getypt")
    code, _, err = cli("init", "--practice-name", "X", "--practice-agb", "01234567",
                       "--user", "sanne")  # fmt: skip
    assert code == 4
    assert "not the same" in err
    assert "niet gelijk" in err
    assert len(prompts) == 2
    assert "sanne" in prompts[0]
    assert not data_dir.exists()

    _typed(monkeypatch, TEST_PASSPHRASE, TEST_PASSPHRASE)
    code, out, _ = cli("init", "--practice-name", "X", "--practice-agb", "01234567",
                       "--user", "sanne")  # fmt: skip
    assert code == 0
    assert RECOVERY.match(out.strip())
    _typed(monkeypatch, TEST_PASSPHRASE)
    code, out, _ = cli("audit", "verify")
    assert code == 0


# ---- unlocking -------------------------------------------------------------------------------


def test_wrong_passphrase_exits_3_and_leaves_the_files_alone(
    cli, initialised: str, data_dir: Path, monkeypatch: pytest.MonkeyPatch
):
    before = _files(data_dir)
    monkeypatch.setenv("POHSD_PASSPHRASE", "dit is niet de goede zin")
    code, out, err = cli("audit", "verify")
    assert code == 3
    assert out == ""
    assert "error: wrong passphrase / fout: wachtwoordzin klopt niet" in err
    assert _files(data_dir) == before


@pytest.mark.parametrize(
    "command",
    [("audit", "verify"), ("user", "list"), ("user", "add", "piet"), ("passphrase", "change")],
)
def test_missing_data_dir_is_a_clear_error_and_creates_nothing(cli, data_dir: Path, command):
    code, out, err = cli(*command)
    assert code == 1
    assert out == ""
    assert "no database in" in err
    assert "pohsd-cli init" in err
    assert "geen database" in err
    assert not data_dir.exists()


def test_passphrase_file_is_read_without_its_line_break(
    cli, initialised: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    monkeypatch.delenv("POHSD_PASSPHRASE")
    secret = tmp_path / "secret.txt"
    secret.write_text(TEST_PASSPHRASE + "\n", encoding="utf-8")
    code, out, _ = cli("audit", "verify", "--passphrase-file", str(secret))
    assert code == 0
    assert out.startswith("ok: ")


def test_no_passphrase_source_without_a_terminal_is_a_usage_error(
    cli, initialised: str, monkeypatch: pytest.MonkeyPatch
):
    monkeypatch.delenv("POHSD_PASSPHRASE")
    monkeypatch.setattr(sys.stdin, "isatty", lambda: False, raising=False)
    code, _, err = cli("audit", "verify")
    assert code == 2
    assert "POHSD_PASSPHRASE" in err


@pytest.mark.parametrize(
    "args",
    [
        ["audit", "verify", "--passphrase", TEST_PASSPHRASE],
        ["audit", "verify", f"--passphrase={TEST_PASSPHRASE}"],
        ["--passphrase", TEST_PASSPHRASE, "audit", "verify"],
        ["init", "--practice-name", "X", "--practice-agb", "01234567", "--passphrase", "x"],
    ],
)
def test_a_passphrase_can_never_be_given_as_an_argument(cli, initialised: str, args):
    code, out, _ = cli(*args)
    assert code == 2
    assert out == ""


def test_no_option_of_any_command_takes_the_passphrase_itself():
    def options(parser) -> set[str]:
        found: set[str] = set()
        for action in parser._actions:
            found.update(action.option_strings)
            if isinstance(action, argparse._SubParsersAction):
                for sub in action.choices.values():
                    found |= options(sub)
        return found

    secret_options = {o for o in options(build_parser()) if "passphrase" in o}
    assert secret_options == {"--passphrase-file", "--new-passphrase-file"}


def test_weak_test_kdf_is_refused_without_the_test_variable(
    cli, initialised: str, monkeypatch: pytest.MonkeyPatch
):
    monkeypatch.delenv("POHSD_TEST_WEAK_KDF")
    code, _, err = cli("audit", "verify")
    assert code == 1
    assert "too weak" in err


# ---- users and passphrases -------------------------------------------------------------------


def test_user_add_list_and_remove(cli, initialised: str, monkeypatch: pytest.MonkeyPatch):
    _add_piet(cli, monkeypatch)
    code, out, _ = cli("user", "list", "--json")
    assert code == 0
    assert json.loads(out) == [
        {"name": "piet", "display_name": "Piet Jansen", "role": "huisarts"},
        {"name": "sanne", "display_name": "Sanne de Vries", "role": "poh"},
    ]
    code, out, _ = cli("user", "list")
    assert code == 0
    assert re.search(r"^piet\s+huisarts\s+Piet Jansen$", out, re.MULTILINE)

    # two users now: the acting user must be named
    code, _, err = cli("audit", "verify")
    assert code == 2
    assert "--user" in err

    code, _, err = cli("user", "remove", "piet", "--user", "sanne")
    assert code == 0
    assert "data key was replaced" in err
    code, out, _ = cli("user", "list", "--json")
    assert [u["name"] for u in json.loads(out)] == ["sanne"]

    monkeypatch.setenv("POHSD_PASSPHRASE", OTHER_PASSPHRASE)
    code, _, err = cli("audit", "verify", "--user", "piet")
    assert code == 3
    assert "unknown user 'piet'" in err


def test_user_add_of_an_existing_name_is_a_conflict_and_the_session_is_closed(
    cli, initialised: str, monkeypatch: pytest.MonkeyPatch
):
    monkeypatch.setenv("POHSD_NEW_PASSPHRASE", OTHER_PASSPHRASE)
    code, _, err = cli("user", "add", "Sanne")
    assert code == 5
    assert "already exists" in err
    code, out, _ = cli("audit", "show", "--json")
    events = [e["event"] for e in json.loads(out)]
    # … user add's own session was closed (audited) despite the error, then show opened one
    assert events[-3:] == ["session.unlock", "session.logout", "session.unlock"]
    assert {e["source"] for e in json.loads(out)} == {"cli"}


def test_user_add_needs_a_new_passphrase_source(cli, initialised: str, monkeypatch):
    monkeypatch.setattr(sys.stdin, "isatty", lambda: False, raising=False)
    code, _, err = cli("user", "add", "piet")
    assert code == 2
    assert "POHSD_NEW_PASSPHRASE" in err


def test_removing_yourself_is_refused(cli, initialised: str):
    code, _, err = cli("user", "remove", "sanne")
    assert code == 4
    assert "cannot remove yourself" in err


def test_passphrase_change_then_the_old_one_fails(
    cli, initialised: str, monkeypatch: pytest.MonkeyPatch
):
    monkeypatch.setenv("POHSD_NEW_PASSPHRASE", OTHER_PASSPHRASE)
    code, _, err = cli("passphrase", "change")
    assert code == 0
    assert "passphrase changed for sanne" in err
    code, _, _ = cli("audit", "verify")
    assert code == 3
    monkeypatch.setenv("POHSD_PASSPHRASE", OTHER_PASSPHRASE)
    code, out, _ = cli("audit", "verify")
    assert code == 0
    assert out.startswith("ok: ")


# ---- audit -----------------------------------------------------------------------------------


def _tamper(data_dir: Path, sql: str) -> None:
    paths = AppPaths.resolve(data_dir)
    keys = Workspace.derive_keys(paths, "sanne", TEST_PASSPHRASE, allow_weak_kdf=True)
    con = connect(paths.db, keys.keys[0])
    try:
        con.execute("DROP TRIGGER audit_log_no_update")
        con.execute("DROP TRIGGER audit_log_no_delete")
        con.execute(sql)
    finally:
        con.close()
        keys.zero()


def test_audit_verify_ok(cli, initialised: str):
    code, out, err = cli("audit", "verify")
    assert code == 0
    assert re.fullmatch(r"ok: \d+ regels\n", out)
    assert err == ""
    code, out, _ = cli("audit", "verify", "--json")
    assert json.loads(out)["ok"] is True


def test_audit_verify_names_an_edited_row(cli, initialised: str, data_dir: Path):
    _tamper(data_dir, "UPDATE audit_log SET event = 'client.open' WHERE seq = 2")
    code, out, err = cli("audit", "verify")
    assert code == 1
    assert out == ""
    assert "audit log broken at seq 2" in err
    assert "logboek aangetast bij regel 2" in err
    code, out, _ = cli("audit", "verify", "--json")
    assert code == 1
    assert json.loads(out) == {"ok": False, "rows": json.loads(out)["rows"], "first_broken_seq": 2}


def test_audit_verify_names_the_gap_of_a_deleted_row(cli, initialised: str, data_dir: Path):
    _tamper(data_dir, "DELETE FROM audit_log WHERE seq = 2")  # 1, 2, 3 after init
    code, _, err = cli("audit", "verify")
    assert code == 1
    assert "audit log broken at seq 2" in err


def test_audit_show_json_and_client_filter(cli, initialised: str, data_dir: Path, practice):
    from datetime import date

    from pohsd.domain.client import ClientInput

    ws = Workspace.unlock(AppPaths.resolve(data_dir), "sanne", TEST_PASSPHRASE, allow_weak_kdf=True)
    client, _ = ws.clients.create(ClientInput("Zwanhilde", "Kwakernaat", date(1970, 1, 1)))
    ws.clients.open(client.id)
    ws.close()

    code, out, _ = cli("audit", "show", "--json")
    assert code == 0
    rows = json.loads(out)
    assert [r["seq"] for r in rows] == sorted(r["seq"] for r in rows)  # oldest first
    assert rows[0]["event"] == "database.create"

    code, out, _ = cli("audit", "show", "--client", client.id, "--json")
    rows = json.loads(out)
    assert [r["event"] for r in rows] == ["client.create", "client.open"]
    assert {r["client_id"] for r in rows} == {client.id}

    code, out, err = cli("audit", "show")
    assert code == 0
    assert "client.open" in out
    assert "Zwanhilde" not in out + err  # ids and codes only


# ---- selftest, error table, console script ---------------------------------------------------


def test_selftest_passes_and_cleans_up(cli, tmp_path: Path, data_dir: Path):
    code, out, err = cli("selftest")
    assert code == 0, out + err
    assert re.search(r"^OK\s+encrypted_db", out, re.MULTILINE)
    assert "zelftest geslaagd" in err
    assert not data_dir.exists()  # made for the check, removed again
    code, out, _ = cli("selftest", "--json")
    report = json.loads(out)
    assert report["ok"] is True
    assert {c["name"] for c in report["checks"]} >= {"sqlcipher", "kdf", "data_dir", "schema"}


def test_every_error_code_has_an_exit_code_and_two_sentences():
    assert set(ERRORS) == set(ErrorCode)
    for code in ErrorCode:
        failure = describe(PohsdError(code))
        assert 1 <= failure.exit_code <= 5
        assert failure.en
        assert failure.nl
    assert describe(PohsdError(ErrorCode.WRONG_PASSPHRASE)).exit_code == 3
    assert describe(PohsdError(ErrorCode.DB_EXISTS)).exit_code == 5
    assert describe(PohsdError(ErrorCode.INVALID_INPUT)).exit_code == 4


def test_help_exits_0(capsys: pytest.CaptureFixture[str]):
    assert main(["--help"]) == 0
    out = capsys.readouterr().out
    assert "never from an argument" in out
    assert "    client " in out  # issue 3: client import | export | list
    assert "    socialmap " in out  # issue 4: socialmap import | search | status
    assert "    letter " in out  # letters: gp-feedback | client-summary | referral | status-update
    assert "    report " in out  # the practice report
    assert "    gdpr " in out  # issue 7: AVG export | erase | retention
    assert "    backup " in out  # issue 7: backup [--to DIR] | backup list
    assert "    restore " in out  # issue 7: restore SET_DIR --confirm


def test_the_console_script_runs(data_dir: Path):
    script = shutil.which("pohsd-cli") or str(Path(sys.executable).with_name("pohsd-cli"))
    command = [script] if Path(script).exists() else [sys.executable, "-m", "pohsd.cli"]
    env = {**os.environ, "POHSD_TEST_WEAK_KDF": "1", "POHSD_PASSPHRASE": TEST_PASSPHRASE}
    init = subprocess.run(
        [*command, "init", "--data-dir", str(data_dir), "--practice-name", "De Linde",
         "--practice-agb", "01234567", "--user", "sanne"],
        capture_output=True, text=True, env=env, timeout=60, check=False,
    )  # fmt: skip
    assert init.returncode == 0, init.stderr
    assert RECOVERY.match(init.stdout.strip())
    assert "bewaar deze herstelsleutel" in init.stderr
    verify = subprocess.run(
        [sys.executable, "-m", "pohsd.cli", "audit", "verify", "--data-dir", str(data_dir)],
        capture_output=True, text=True, env=env, timeout=60, check=False,
    )  # fmt: skip
    assert verify.returncode == 0, verify.stderr
    assert verify.stdout.startswith("ok: ")
