"""`pohsd-cli selftest`: one OK / LET OP / FOUT line per check, exit 0 only when all pass."""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from pohsd.cli import main
from pohsd.paths import AppPaths
from pohsd.selftest import FAIL, OK, WARN, Check, SelftestReport, run_selftest
from pohsd.selftest.data import map_age
from tests.conftest import TEST_PASSPHRASE

INSTALL_CHECKS = {"sqlcipher", "data_dir", "encrypted_db", "kdf", "templates", "fonts",
                  "translations", "schema", "policy"}  # fmt: skip
LINE = re.compile(r"^(OK|LET OP|FOUT) +([a-z_]+) +\S")


@pytest.fixture
def run(tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("POHSD_TEST_WEAK_KDF", "1")

    def call(*args: str, data_dir: Path | None = None) -> tuple[int, str, str]:
        folder = data_dir or tmp_path / "data"
        code = main(["selftest", *args, "--data-dir", str(folder)])
        captured = capsys.readouterr()
        return code, captured.out, captured.err

    return call


def _lines(out: str) -> dict[str, str]:
    found = {}
    for line in out.splitlines():
        match = LINE.match(line)
        assert match, f"not a check line: {line!r}"
        found[match.group(2)] = match.group(1)
    return found


def test_fresh_install_passes_with_one_line_per_check(run, tmp_path: Path):
    code, out, err = run()
    assert code == 0, out + err
    lines = _lines(out)
    assert set(lines) == INSTALL_CHECKS | {"database"}
    assert set(lines.values()) == {"OK"}
    assert re.search(r"^OK +encrypted_db .*page_size=4096", out, re.MULTILINE)
    assert re.search(r"^OK +kdf +Argon2id m=\d+ MiB, t=\d+, p=\d+", out, re.MULTILINE)
    assert re.search(r"^OK +templates +4 briefsjablonen", out, re.MULTILINE)
    assert "zelftest geslaagd (0 waarschuwing(en))" in err
    assert not (tmp_path / "data").exists()  # made for the check, removed again


def test_english_labels_and_json(run):
    code, out, _ = run("--lang", "en", "--json")
    report = json.loads(out)
    assert code == 0
    assert report["ok"] is True
    assert {c["name"] for c in report["checks"]} >= INSTALL_CHECKS
    assert {c["status"] for c in report["checks"]} == {"ok"}


def test_a_bad_policy_file_fails_the_selftest(run, tmp_path: Path, monkeypatch):
    policy = tmp_path / "policy.json"
    policy.write_text(json.dumps({"lock.idle_minutes_max": 10, "socialmap.link": "x"}))
    monkeypatch.setenv("POHSD_POLICY", str(policy))
    code, out, err = run()
    assert code == 1
    assert re.search(r"^FOUT +policy +.*onbekende sleutel 'socialmap.link' genegeerd", out, re.M)
    assert "zelftest mislukt: policy" in err
    policy.write_text(json.dumps({"lock.idle_minutes_max": 10}))
    code, out, _ = run()
    assert code == 0
    assert re.search(r"^OK +policy +.*vastgelegd: lock.idle_minutes_max", out, re.MULTILINE)


def test_a_data_dir_that_is_a_file_fails(run, tmp_path: Path):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    code, out, _ = run(data_dir=blocker / "data")
    assert code == 1
    assert _lines(out)["data_dir"] == "FOUT"
    assert _lines(out)["sqlcipher"] == "OK"  # a failing check does not hide the others


def test_existing_data_checked_without_and_with_passphrase(run, created, paths: AppPaths,
                                                           monkeypatch):  # fmt: skip
    ws, _ = created
    ws.close()
    code, out, _ = run(data_dir=paths.data_dir)
    assert code == 0, out
    assert re.search(r"^OK +keyslots +keyslots.json leesbaar, 1 gebruiker", out, re.MULTILINE)
    assert re.search(r"^OK +database +pohsd\.db versleuteld, \d+,\d MB", out, re.MULTILINE)
    assert re.search(r"^LET OP +socialmap_age +nog geen sociale kaart", out, re.MULTILINE)
    assert "audit" not in _lines(out)  # needs the passphrase

    monkeypatch.setenv("POHSD_PASSPHRASE", TEST_PASSPHRASE)
    code, out, err = run("--unlock", data_dir=paths.data_dir)
    assert code == 0, out + err
    assert re.search(r"^OK +audit +logboek intact, \d+ regels", out, re.MULTILINE)
    assert list(_lines(out)).count("socialmap_age") == 1
    assert "zelftest geslaagd (1 waarschuwing(en))" in err


def test_a_plaintext_database_fails(run, created, paths: AppPaths):
    ws, _ = created
    ws.close()
    paths.db.write_bytes(b"SQLite format 3\x00" + b"\x00" * 4080)
    code, out, _ = run(data_dir=paths.data_dir)
    assert code == 1
    assert re.search(r"^FOUT +database +pohsd.db is NIET versleuteld", out, re.MULTILINE)


def test_map_age_warns_after_the_practice_setting():
    now = datetime(2026, 6, 1, tzinfo=UTC)
    assert map_age(now - timedelta(days=80), 3, now).status == OK
    old = map_age(now - timedelta(days=100), 3, now)
    assert (old.status, old.detail) == (WARN, "100 dagen oud (waarschuwen na 3 maanden)")
    assert map_age(now - timedelta(days=100), 6, now).status == OK
    assert map_age(None, 3, now).status == WARN


def test_report_ok_counts_only_failures():
    report = SelftestReport((Check("a", OK, "x"), Check("b", WARN, "y")))
    assert report.ok
    assert report.lines() == ["OK     a  x", "LET OP b  y"]
    assert not SelftestReport((Check("a", FAIL, "z"),)).ok


def test_run_selftest_cleans_up(tmp_path: Path):
    paths = AppPaths.resolve(tmp_path / "a" / "b")
    report = run_selftest(paths)
    assert report.ok, report.lines()
    assert not (tmp_path / "a").exists()
