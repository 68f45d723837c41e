"""`pohsd-cli letter …`: the four documents end to end, exit codes and bilingual refusals."""

import io
import json
import re
from datetime import date
from pathlib import Path

import docx
import pytest
from pypdf import PdfReader

from pohsd.paths import AppPaths
from pohsd.workspace import Workspace
from tests.conftest import TEST_PASSPHRASE
from tests.unit.cli_support import initialised_cli
from tests.unit.documents.personas import Persona, confirm_icpc, make_ron


@pytest.fixture
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("POHSD_TEST_WEAK_KDF", "1")
    monkeypatch.setenv("POHSD_PASSPHRASE", TEST_PASSPHRASE)
    return tmp_path / "data"


@pytest.fixture
def cli(data_dir: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]):
    return initialised_cli(data_dir, monkeypatch, capsys)


@pytest.fixture
def ron(cli, data_dir: Path) -> Persona:
    ws = Workspace.unlock(AppPaths.resolve(data_dir), "sanne", TEST_PASSPHRASE,
                          allow_weak_kdf=True, source="cli")  # fmt: skip
    try:
        persona = make_ron(ws)
        confirm_icpc(ws, persona.intake_id, ["Z01"])
    finally:
        ws.close(event="session.logout")
    return persona


def test_gp_feedback_as_soep_text(cli, ron, tmp_path):
    code, out, err = cli("letter", "gp-feedback", ron.client_id, "--format", "txt",
                         "--out", str(tmp_path))  # fmt: skip
    assert code == 0, err
    path = Path(out.strip())
    assert re.fullmatch(r"soep_\d{4}-\d{2}-\d{2}_[0-9A-Z]{8}\.txt", path.name)
    text = path.read_text(encoding="utf-8")
    assert text.startswith("S: Intake POH-SD, 60 min.")
    assert "E: " in text
    assert "ICPC: Z01 Armoede/financiële" in text
    assert "Z29" not in text
    assert all(len(line) <= 80 for line in text.splitlines())
    assert "written" in err
    assert "geschreven" in err
    assert "Bakker" not in err


def test_each_letter_as_docx_and_pdf(cli, ron, tmp_path):
    commands = [("gp-feedback", ron.client_id), ("client-summary", ron.client_id),
                ("referral", ron.referral_id), ("status-update", ron.referral_id)]  # fmt: skip
    for command, ident in commands:
        for fmt in ("docx", "pdf"):
            code, out, err = cli("letter", command, ident, "--format", fmt, "--out",
                                 str(tmp_path), "--json")  # fmt: skip
            assert code == 0, (command, err)
            result = json.loads(out)
            data = Path(result["path"]).read_bytes()
            if fmt == "docx":
                texts = [p.text for p in docx.Document(io.BytesIO(data)).paragraphs]
                assert texts
                assert "{{" not in "".join(texts)
            else:
                assert PdfReader(io.BytesIO(data)).pages
            assert result["kenmerk"] in result["path"]
    referral = [p for p in tmp_path.iterdir() if p.name.startswith("verwijsbrief_")]
    assert len(referral) == 2


def test_referral_letter_json_lists_what_was_left_out(cli, ron, tmp_path):
    code, out, _ = cli("letter", "referral", ron.referral_id, "--format", "pdf", "--out",
                       str(tmp_path), "--json")  # fmt: skip
    assert code == 0
    omitted = {(o["item"], o["reason"]) for o in json.loads(out)["omitted"]}
    assert ("BSN", "geen toestemming") in omitted


def test_referral_letter_refused_after_withdrawal(cli, ron, tmp_path):
    assert cli("consent", "withdraw", ron.consent_id)[0] == 0
    code, out, err = cli("letter", "referral", ron.referral_id, "--format", "docx", "--out",
                         str(tmp_path))  # fmt: skip
    assert code == 4
    assert out == ""
    assert "withdrawn" in err
    assert "ingetrokken" in err
    assert list(tmp_path.glob("verwijsbrief_*")) == []


def test_usage_errors(cli, ron, tmp_path):
    assert cli("letter", "client-summary", ron.client_id, "--format", "txt", "--out",
               str(tmp_path))[0] == 2  # fmt: skip
    assert cli("letter", "referral", ron.referral_id, "--out", str(tmp_path))[0] == 2
    code, _, err = cli("letter", "referral", "no-such-id", "--format", "pdf", "--out",
                       str(tmp_path))  # fmt: skip
    assert code == 4
    assert "not found" in err


def test_status_update_with_a_question_to_the_gp(cli, ron, tmp_path):
    assert cli("referral", "status", ron.referral_id, "gestart", "--effective",
               date.today().isoformat(), "--source", "telefoon")[0] == 0  # fmt: skip
    code, out, err = cli("letter", "status-update", ron.referral_id, "--format", "txt",
                         "--out", str(tmp_path), "--vraag", "Graag medicatie bekijken")  # fmt: skip
    assert code == 0, err
    text = " ".join(Path(out.strip()).read_text(encoding="utf-8").split())
    assert "O: Schuldhulpverlening gemeente Demodorp, Gemeente Demodorp: gestart" in text
    assert "E: Geld: hulp is gestart." in text
    assert "P: " in text
    assert "Vraag aan huisarts: Graag medicatie bekijken." in text
    assert "Geen actie huisarts nodig" not in text


def test_every_cli_export_is_a_frozen_version(cli, ron, data_dir, tmp_path):
    code, _, err = cli("letter", "client-summary", ron.client_id, "--format", "docx",
                       "--out", str(tmp_path))  # fmt: skip
    assert code == 0, err
    ws = Workspace.unlock(AppPaths.resolve(data_dir), "sanne", TEST_PASSPHRASE,
                          allow_weak_kdf=True, source="cli")  # fmt: skip
    try:
        versions = ws.letters.versions(ron.client_id)
    finally:
        ws.close(event="session.logout")
    assert [(v.kind, v.version) for v in versions] == [("samenvatting", 1)]
