"""Installation self-test: SQLCipher and its settings, Argon2id, data folder, bundled files."""

from __future__ import annotations

import secrets
import shutil
import tempfile
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path

import sqlcipher3

from pohsd.domain.errors import ErrorCode, PohsdError
from pohsd.fs import write_atomic
from pohsd.paths import AppPaths, resources_dir
from pohsd.security.kdf import calibrate, derive_kek
from pohsd.security.secret import SecretKey
from pohsd.store import migrate
from pohsd.store.engine import check_cipher, connect
from pohsd.store.location import check_location

OK, WARN, FAIL = "ok", "warn", "fail"
TRANSLATION = Path("translations") / "pohsd_en.qm"
_SQLITE_HEADER = b"SQLite format 3\x00"


@dataclass(frozen=True)
class Check:
    """One line of the checklist: a stable name, its status and a short explanation."""

    name: str
    status: str
    detail: str


@dataclass(frozen=True)
class SelftestReport:
    checks: tuple[Check, ...]

    @property
    def ok(self) -> bool:
        """True when no required check failed (warnings are allowed)."""
        return all(c.status != FAIL for c in self.checks)

    def count(self, status: str) -> int:
        return sum(c.status == status for c in self.checks)

    def lines(self) -> list[str]:
        width = max(len(c.name) for c in self.checks)
        return [f"{'[' + c.status + ']':<6} {c.name:<{width}}  {c.detail}" for c in self.checks]

    def to_json(self) -> dict[str, object]:
        return {"ok": self.ok, "checks": [asdict(c) for c in self.checks]}


def _check_data_dir(folder: Path) -> Check:
    try:
        check_location(folder)
    except PohsdError as exc:
        return Check("data_dir", FAIL, f"{folder}: ongeschikte plek ({exc.code.value})")
    probe = folder / f".selftest-{secrets.token_hex(4)}.probe"
    try:
        write_atomic(probe, b"pohsd selftest\n")
        probe.unlink()
    except OSError as exc:
        return Check("data_dir", FAIL, f"{folder}: niet schrijfbaar ({exc.strerror})")
    return Check("data_dir", OK, f"{folder}: schrijfbaar, lokale schijf")


def _check_sqlcipher() -> Check:
    con = sqlcipher3.connect(":memory:")
    try:
        version = con.execute("PRAGMA cipher_version").fetchone()[0] or ""
    finally:
        con.close()
    if not version.startswith("4."):
        return Check("sqlcipher", FAIL, f"SQLCipher {version or '?'}: versie 4.x nodig")
    return Check("sqlcipher", OK, f"SQLCipher {version}")


def _check_encrypted_db(folder: Path) -> Check:
    """Create, reopen, check and refuse-with-wrong-key a throwaway DB in the data folder."""
    work = Path(tempfile.mkdtemp(prefix=".selftest-", dir=folder))  # never %TEMP%
    key, wrong = SecretKey.generate(), SecretKey.generate()
    canary = f"pohsd-selftest-{secrets.token_hex(8)}"
    db = work / "selftest.db"
    try:
        con = connect(db, key, create=True)
        try:
            check_cipher(con)
            con.execute("CREATE TABLE probe (value TEXT)")
            con.execute("INSERT INTO probe VALUES (?)", (canary,))
            con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            con.close()
        raw = b"".join(p.read_bytes() for p in sorted(work.iterdir()) if p.is_file())
        if canary.encode() in raw or db.read_bytes()[:16] == _SQLITE_HEADER:
            return Check("encrypted_db", FAIL, "testdatabase is niet versleuteld")
        con = connect(db, key)
        try:
            check_cipher(con)
            integrity = con.execute("PRAGMA integrity_check").fetchone()[0]
            cipher_problems = con.execute("PRAGMA cipher_integrity_check").fetchall()
            value = con.execute("SELECT value FROM probe").fetchone()[0]
        finally:
            con.close()
        if integrity != "ok" or cipher_problems or value != canary:
            return Check("encrypted_db", FAIL, "integrity_check of cipher_integrity_check faalt")
        try:
            connect(db, wrong).close()
        except PohsdError as exc:
            if exc.code != ErrorCode.DB_WRONG_KEY:
                raise
        else:
            return Check("encrypted_db", FAIL, "een verkeerde sleutel werd niet geweigerd")
    except PohsdError as exc:
        detail = "versleutelinstellingen wijken af van de vaste waarden"
        if exc.code != ErrorCode.DB_CIPHER_SETTINGS:
            detail = f"testdatabase mislukt ({exc.code.value})"
        return Check("encrypted_db", FAIL, detail)
    finally:
        key.zero()
        wrong.zero()
        shutil.rmtree(work, ignore_errors=True)
    return Check(
        "encrypted_db",
        OK,
        "vaste versleutelinstellingen; aanmaken, heropenen, integrity_check, "
        "cipher_integrity_check; verkeerde sleutel geweigerd",
    )


def _check_kdf() -> Check:
    params = calibrate()
    start = time.perf_counter()
    kek = derive_kek("pohsd selftest", secrets.token_bytes(16), params)
    seconds = time.perf_counter() - start
    if len(kek) != 32 or params.is_weak:
        return Check("kdf", FAIL, "Argon2id levert geen geldige sleutel")
    return Check(
        "kdf",
        OK,
        f"Argon2id m={params.memory_kib // 1024} MiB, t={params.time_cost}, "
        f"p={params.parallelism}: {seconds:.2f} s per ontgrendeling".replace(".", ","),
    )


def _check_translations() -> Check:
    path = resources_dir() / TRANSLATION
    if path.is_file():
        return Check("translations", OK, f"{path}")
    return Check("translations", WARN, f"ontbreekt: {path} (de app blijft Nederlands)")


def _check_schema() -> Check:
    head = migrate.head_revision()
    return Check("schema", OK, f"Alembic head {head}")


def _guarded(name: str, run: Callable[[], Check]) -> Check:
    try:
        return run()
    except Exception as exc:  # a failing check must not hide the others
        return Check(name, FAIL, f"mislukt ({type(exc).__name__})")


def run_selftest(paths: AppPaths) -> SelftestReport:
    """Run every check; folders this creates for the test are removed again when empty."""
    folder = paths.data_dir
    created: list[Path] = []
    missing = folder
    while not missing.exists() and missing.parent != missing:
        created.append(missing)
        missing = missing.parent
    try:
        checks = [_guarded("sqlcipher", _check_sqlcipher)]
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            checks.append(Check("data_dir", FAIL, f"{folder}: kan map niet maken ({exc.strerror})"))
        else:
            data_dir = _guarded("data_dir", lambda: _check_data_dir(folder))
            checks.append(data_dir)
            if data_dir.status == OK:
                checks.append(_guarded("encrypted_db", lambda: _check_encrypted_db(folder)))
            else:
                checks.append(Check("encrypted_db", FAIL, "overgeslagen: datamap is ongeschikt"))
        checks.append(_guarded("kdf", _check_kdf))
        checks.append(_guarded("translations", _check_translations))
        checks.append(_guarded("schema", _check_schema))
    finally:
        for made in created:  # innermost first
            try:
                made.rmdir()
            except OSError:
                break
    return SelftestReport(tuple(checks))
