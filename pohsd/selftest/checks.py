"""Installation checks: SQLCipher and its settings, Argon2id, data folder, bundled files, policy."""

from __future__ import annotations

import secrets
import shutil
import sys
import tempfile
import time
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

import sqlcipher3

from pohsd.domain.errors import ErrorCode, PohsdError
from pohsd.fs import write_atomic
from pohsd.paths import resources_dir
from pohsd.security.kdf import calibrate, derive_kek
from pohsd.security.secret import SecretKey
from pohsd.store import migrate
from pohsd.store.engine import EXPECTED_SETTINGS, check_cipher, connect
from pohsd.store.location import check_location

if TYPE_CHECKING:
    from pohsd.documents.models import LetterModel

OK, WARN, FAIL = "ok", "warn", "fail"
TRANSLATION = Path("translations") / "pohsd_en.qm"
QT_TRANSLATION = Path("translations") / "qtbase_nl.qm"
FONTS = ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf")
_SQLITE_HEADER = b"SQLite format 3\x00"
_QM_MAGIC = bytes.fromhex("3cb86418caef9c95cd211cbf60a1bddd")
_CIPHER_SHOWN = ("cipher_page_size", "cipher_hmac_algorithm", "cipher_kdf_algorithm")


@dataclass(frozen=True)
class Check:
    """One line of the checklist: a stable name, its status and a short Dutch explanation."""

    name: str
    status: str
    detail: str


def check_data_dir(folder: Path) -> Check:
    try:
        check_location(folder)
    except PohsdError as exc:
        where = "netwerkschijf" if exc.code == ErrorCode.NETWORK_LOCATION else "ongeschikte plek"
        return Check("data_dir", FAIL, f"{folder}: {where} ({exc.code.value}); kies een lokale map")
    probe = folder / f".selftest-{secrets.token_hex(4)}.probe"
    try:
        write_atomic(probe, b"pohsd selftest\n")
        probe.unlink()
    except OSError as exc:
        return Check("data_dir", FAIL, f"{folder}: niet schrijfbaar ({exc.strerror})")
    return Check("data_dir", OK, f"{folder}: schrijfbaar, lokale schijf")


def check_sqlcipher() -> Check:
    con = sqlcipher3.connect(":memory:")
    try:
        version = con.execute("PRAGMA cipher_version").fetchone()[0] or ""
        provider = con.execute("PRAGMA cipher_provider").fetchone()
    finally:
        con.close()
    if not version.startswith("4."):
        return Check("sqlcipher", FAIL, f"SQLCipher {version or '?'}: versie 4.x nodig")
    crypto = f", {provider[0]}" if provider and provider[0] else ""
    return Check("sqlcipher", OK, f"SQLCipher {version}{crypto}")


def _cipher_summary() -> str:
    shown = []
    for line in sorted(EXPECTED_SETTINGS):
        name, _, value = line.removeprefix("PRAGMA ").rstrip(";").partition(" = ")
        if name in _CIPHER_SHOWN:
            shown.append(f"{name.removeprefix('cipher_')}={value}")
    return ", ".join(shown)


def check_encrypted_db(folder: Path) -> Check:
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
        f"vaste instellingen ({_cipher_summary()}); aanmaken, heropenen, integrity_check, "
        "cipher_integrity_check; verkeerde sleutel geweigerd",
    )


def check_kdf() -> Check:
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


def _sample_model(kind: str) -> LetterModel:
    from pohsd.documents.models import LetterModel, Paragraph, TemplateFields
    from pohsd.documents.templates import FIELDS

    group: dict[str, dict[str, str]] = {
        name: {} for name in ("praktijk", "afzender", "huisarts", "ontvanger", "document")
    }
    for full in FIELDS:
        head, _, tail = full.partition(".")
        if tail:
            group[head][tail] = f"proef {tail}"
    fields = TemplateFields(**group, betreft="Zelftest")
    return LetterModel(
        kind=kind,
        document_id="selftest",
        kenmerk="ZT-0001",
        datum=date(2026, 1, 1),
        titel="Zelftest",
        client_id="selftest",
        fields=fields,
        blocks=(Paragraph("Dit is een proefbrief van de zelftest; geen cliëntgegevens."),),
    )


def check_templates() -> Check:
    """Render every bundled letter template to .docx, and one letter to PDF, in memory."""
    import io
    import zipfile

    from pohsd.documents.docx_render import render_docx
    from pohsd.documents.models import KINDS
    from pohsd.documents.pdf import render_pdf
    from pohsd.documents.templates import TemplateStore

    for kind in KINDS:
        data = render_docx(_sample_model(kind), TemplateStore.default_path(kind))
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            if "proefbrief" not in archive.read("word/document.xml").decode("utf-8"):
                return Check("templates", FAIL, f"sjabloon {kind}: tekst ontbreekt")
    pdf = render_pdf(_sample_model(KINDS[0]))
    if not pdf.startswith(b"%PDF"):
        return Check("templates", FAIL, "PDF-brief kon niet worden gemaakt")
    return Check("templates", OK, f"{len(KINDS)} briefsjablonen (.docx) en PDF gemaakt")


def check_fonts() -> Check:
    folder = resources_dir() / "fonts"
    missing = [name for name in FONTS if not (folder / name).is_file()]
    if missing:
        return Check("fonts", FAIL, f"ontbreekt in {folder}: {', '.join(missing)}")
    for name in FONTS:
        head = (folder / name).read_bytes()[:4]
        if head not in (b"\x00\x01\x00\x00", b"true"):
            return Check("fonts", FAIL, f"{name} is geen TrueType-lettertype")
    return Check("fonts", OK, f"{', '.join(FONTS)} (voor PDF)")


def _qm_ok(path: Path) -> bool:
    try:
        return path.read_bytes()[:16] == _QM_MAGIC
    except OSError:
        return False


def check_translations() -> Check:
    own = resources_dir() / TRANSLATION
    if not own.is_file():
        return Check("translations", WARN, f"ontbreekt: {own} (de app blijft Nederlands)")
    if not _qm_ok(own):
        return Check("translations", FAIL, f"{own} is geen geldig vertaalbestand")
    detail = f"{own.name} geldig"
    qt_nl = resources_dir() / QT_TRANSLATION
    if getattr(sys, "frozen", False):  # the build bundles Qt's Dutch catalogue
        if not _qm_ok(qt_nl):
            return Check("translations", WARN, f"{detail}; qtbase_nl.qm ontbreekt (knoppen Engels)")
        detail += ", qtbase_nl.qm geldig"
    return Check("translations", OK, detail)


def check_schema() -> Check:
    head = migrate.head_revision()
    return Check("schema", OK, f"Alembic head {head}")


def check_policy() -> Check:
    from pohsd.policy import current_policy, policy_path

    policy = current_policy()
    if not policy.active:
        return Check("policy", OK, f"geen beheerbestand ({policy_path()})")
    if policy.problems:
        return Check("policy", FAIL, f"{policy.path}: {'; '.join(policy.problems)}")
    fixed = [
        name
        for name, value in (
            ("socialmap.url", policy.socialmap_url),
            ("lock.idle_minutes_max", policy.idle_minutes_max),
            ("backup.folder", policy.backup_folder),
        )
        if value is not None
    ]
    if policy.practice:
        fixed.append("practice(" + ",".join(sorted(policy.practice_fields)) + ")")
    return Check("policy", OK, f"{policy.path}: vastgelegd: {', '.join(fixed) or 'niets'}")
