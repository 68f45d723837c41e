"""One unlocked session: opens the encrypted store, holds the data key, offers the services.

A Workspace belongs to the thread that opened it (the GUI's single DB thread, or the CLI's
main thread); its engine refuses connections from any other thread.
"""

from __future__ import annotations

import secrets
import socket
import uuid
from datetime import UTC, datetime

from sqlalchemy import Engine

from pohsd import unlock
from pohsd.domain.changes import Changes
from pohsd.domain.enums import AuditAction, Rol
from pohsd.domain.errors import ErrorCode, PohsdError, ValidationError
from pohsd.domain.practice import Practice, User, validated_practice
from pohsd.exchange.export import client_document
from pohsd.exchange.transfer import TransferService
from pohsd.paths import AppPaths
from pohsd.security.kdf import KdfParams, calibrate
from pohsd.security.keyslots import KeySlots
from pohsd.security.recovery import format_recovery_key, new_recovery_key, parse_recovery_key
from pohsd.security.secret import SecretKey
from pohsd.services.audit_view import AuditService
from pohsd.services.backup import BackupService
from pohsd.services.base import Context
from pohsd.services.clients import ClientService
from pohsd.services.consents import ConsentService
from pohsd.services.gdpr import GdprService
from pohsd.services.intakes import IntakeService
from pohsd.services.letters import LetterService
from pohsd.services.plan import PlanService
from pohsd.services.practice import PracticeService
from pohsd.services.referrals import ReferralService
from pohsd.services.reports import ReportService
from pohsd.services.socialmap import SocialMapService
from pohsd.services.worklist import WorklistService
from pohsd.socialmap.leftovers import remove_leftovers
from pohsd.store import migrate
from pohsd.store.audit import Actor
from pohsd.store.engine import check_cipher, connect, create_database, make_engine
from pohsd.store.location import check_location
from pohsd.store.repo import practice as practice_repo
from pohsd.unlock import KeyCandidates, SlotUser, check_passphrase

DEMO_PASSPHRASE = "demo"  # noqa: S105 — the published passphrase of the fictional demo


class Workspace:
    """The unlocked practice database and the services on it."""

    def __init__(
        self,
        paths: AppPaths,
        dek: SecretKey,
        slots: KeySlots,
        engine: Engine,
        user: User,
        ctx: Context,
    ) -> None:
        self.paths = paths
        self._dek = dek
        self._slots = slots
        self._engine = engine
        self.user = user
        self._ctx = ctx
        self.clients = ClientService(ctx)
        self.intakes = IntakeService(ctx)
        self.plan = PlanService(ctx)
        self.consents = ConsentService(ctx)
        self.transfer = TransferService(ctx)
        self.practice = PracticeService(ctx)
        self.audit = AuditService(ctx)
        self.socialmap = SocialMapService(ctx, paths.data_dir / "socialmap", self._socialmap_key)
        self.referrals = ReferralService(ctx, self.socialmap)
        self.worklist = WorklistService(ctx)
        self.reports = ReportService(ctx)
        self.letters = LetterService(ctx, self.socialmap, paths.data_dir / "templates")
        self.gdpr = GdprService(ctx, paths, client_document)
        self.backup = BackupService(
            self,
            lambda key: Workspace.open(
                paths, user.name, KeyCandidates((key,)), source=ctx.actor.source
            ),
        )
        self.is_demo = paths.is_demo
        self._closed = False

    # ---- before unlocking ----------------------------------------------------------------

    # the light, pre-unlock steps live in pohsd.unlock (no database, no SQLAlchemy)
    list_users = staticmethod(unlock.list_users)
    derive_keys = staticmethod(unlock.derive_keys)
    derive_recovery_keys = staticmethod(unlock.derive_recovery_keys)

    # ---- opening and creating ------------------------------------------------------------

    @classmethod
    def open(
        cls, paths: AppPaths, user_name: str, keys: KeyCandidates, *, source: str = "app"
    ) -> Workspace:
        """Check the file, migrate, and open as `user_name` with the first key that fits."""
        check_location(paths.data_dir)
        if not paths.db.exists():
            raise PohsdError(ErrorCode.DB_MISSING)
        slots = KeySlots.load(paths.keyslots)
        dek = None
        for candidate in keys.keys:
            try:
                connect(paths.db, candidate).close()
            except PohsdError as exc:
                if exc.code != ErrorCode.DB_WRONG_KEY:
                    raise
                continue
            dek = candidate
            break
        if dek is None:
            raise PohsdError(ErrorCode.DB_WRONG_KEY)
        migration_engine = make_engine(paths.db, dek, foreign_keys=False)
        try:
            migrate.upgrade(migration_engine, paths.db, dek, paths.backups)
        finally:
            migration_engine.dispose()
        engine = make_engine(paths.db, dek)
        try:
            with engine.connect() as conn:
                check_cipher(conn.connection.dbapi_connection)  # type: ignore[arg-type]
            ctx = Context(engine, b"", Actor("", "", socket.gethostname(), source))
            with ctx.transaction() as s:
                if practice_repo.get_setting(s, "db_uuid") != slots.db_uuid:
                    raise PohsdError(ErrorCode.KEYSLOTS_CORRUPT)
                ctx.audit_key = bytes.fromhex(practice_repo.get_setting(s, "audit_key") or "")
                slot = slots.slot_for_user(user_name)
                user = practice_repo.user_by_id(s, slot.user_id)
                if user is None:
                    raise PohsdError(ErrorCode.UNKNOWN_USER)
                ctx.actor = Actor(user.id, user.rol.value, ctx.actor.workstation, source)
                ctx.log(
                    s, AuditAction.LOGIN, "session.unlock", object_type="user", object_id=user.id
                )
        except BaseException:
            engine.dispose()
            raise
        interrupted_rotation = dek is not keys.keys[0]
        if interrupted_rotation:
            # The slot file was rotated but the database was not re-keyed (a crash between
            # the two): seal the key that works to the current slots, then finish the job.
            slots.reseal_all(dek)
        if interrupted_rotation or slots.restored:  # a damaged keyslots.json is rewritten
            slots.save()
        workspace = cls(paths, dek, slots, engine, user, ctx)
        keep = (workspace.practice.setting(k) for k in ("socialmap.current", "socialmap.previous"))
        remove_leftovers(paths.data_dir / "socialmap", keep)  # a crashed map import's files
        if interrupted_rotation:
            workspace.rotate_dek()
        return workspace

    @classmethod
    def unlock(
        cls,
        paths: AppPaths,
        user_name: str,
        passphrase: str,
        *,
        allow_weak_kdf: bool = False,
        source: str = "app",
    ) -> Workspace:
        keys = cls.derive_keys(paths, user_name, passphrase, allow_weak_kdf=allow_weak_kdf)
        return cls.open(paths, user_name, keys, source=source)

    @classmethod
    def create(
        cls,
        paths: AppPaths,
        practice: Practice,
        user_name: str,
        passphrase: str,
        *,
        display_name: str = "",
        rol: Rol = Rol.POH,
        kdf: KdfParams | None = None,
        allow_weak_kdf: bool = False,
        demo: bool = False,
        source: str = "app",
    ) -> tuple[Workspace, str]:
        """Make a new encrypted database with its first user; return it and the recovery key.

        The recovery key text is returned once and never stored in plaintext.
        """
        practice = validated_practice(practice)
        user_name = _valid_user_name(user_name)
        if not demo:
            check_passphrase(passphrase)
        check_location(paths.data_dir)
        if paths.db.exists() or paths.keyslots.exists():
            raise PohsdError(ErrorCode.DB_EXISTS)
        paths.ensure()
        params = kdf or calibrate()
        dek = SecretKey.generate()
        user = User(
            id=str(uuid.uuid4()), name=user_name, display_name=display_name.strip(), rol=rol
        )
        slots = KeySlots(db_uuid=str(uuid.uuid4()), path=paths.keyslots)
        slots.add_user(
            dek,
            user_id=user.id,
            user_name=user.name,
            passphrase=passphrase,
            params=params,
            display_name=user.display_name,
            rol=rol.value,
            allow_weak_kdf=allow_weak_kdf,
        )
        recovery = new_recovery_key()
        slots.set_recovery(dek, recovery)
        try:
            create_database(paths.db, dek)
            engine = make_engine(paths.db, dek, foreign_keys=False)
            try:
                migrate.upgrade(engine, paths.db, dek, paths.backups)
            finally:
                engine.dispose()
            engine = make_engine(paths.db, dek)
            ctx = Context(
                engine,
                secrets.token_bytes(32),
                Actor(user.id, rol.value, socket.gethostname(), source),
            )
            with ctx.transaction() as s:
                practice_repo.set_setting(s, "db_uuid", slots.db_uuid)
                practice_repo.set_setting(s, "audit_key", ctx.audit_key.hex())
                practice_repo.set_setting(s, "created_at", datetime.now(UTC).isoformat())
                practice_repo.set_setting(s, "demo", "1" if demo else "0")
                practice_repo.save_practice(s, practice)
                practice_repo.add_user(s, user, datetime.now(UTC))
                ctx.log(s, AuditAction.CREATE, "database.create", object_type="database")
                ctx.log(s, AuditAction.CREATE, "user.create", object_type="user", object_id=user.id)
            if demo:
                paths.demo_marker.write_text("Fictieve gegevens\n", encoding="utf-8")
            slots.save(paths.keyslots)
        except BaseException:
            for leftover in (
                paths.db,
                paths.db.with_name(paths.db.name + "-wal"),
                paths.db.with_name(paths.db.name + "-shm"),
                paths.keyslots,
                paths.demo_marker,
            ):
                leftover.unlink(missing_ok=True)
            raise
        return cls(paths, dek, slots, engine, user, ctx), format_recovery_key(recovery)

    # ---- users and keys --------------------------------------------------------------------

    def add_user(
        self,
        user_name: str,
        passphrase: str,
        *,
        display_name: str = "",
        rol: Rol = Rol.POH,
        kdf: KdfParams | None = None,
        allow_weak_kdf: bool = False,
    ) -> tuple[User, Changes]:
        self._require_open()
        user_name = _valid_user_name(user_name)
        if not self.is_demo:
            check_passphrase(passphrase)
        user = User(
            id=str(uuid.uuid4()), name=user_name, display_name=display_name.strip(), rol=rol
        )
        with self._ctx.transaction() as s:
            practice_repo.add_user(s, user, datetime.now(UTC))
            self._ctx.log(
                s, AuditAction.CREATE, "user.create", object_type="user", object_id=user.id
            )
            self._slots.add_user(
                self._dek,
                user_id=user.id,
                user_name=user.name,
                passphrase=passphrase,
                params=kdf or calibrate(),
                display_name=user.display_name,
                rol=rol.value,
                allow_weak_kdf=allow_weak_kdf,
            )
            # the slot file is written inside the transaction: a failed write rolls back
            self._slots.save()
        return user, Changes(users=True, audit=True)

    def remove_user(self, user_name: str) -> Changes:
        """Delete the user's slot and rotate the data key so the old key opens nothing."""
        self._require_open()
        slot = self._slots.slot_for_user(user_name)
        if slot.user_id == self.user.id:
            raise PohsdError(ErrorCode.INVALID_INPUT, field="user", rule="cannot_remove_self")
        self._slots.remove_user(user_name)
        with self._ctx.transaction() as s:
            practice_repo.mark_removed(s, slot.user_id, datetime.now(UTC))
            self._ctx.log(
                s, AuditAction.DELETE, "user.remove", object_type="user", object_id=slot.user_id
            )
        self.rotate_dek()
        return Changes(users=True, audit=True)

    def rotate_dek(self) -> None:
        """New data key: slots first (old ones kept as .prev), then PRAGMA rekey."""
        self._require_open()
        new_dek = SecretKey.generate()
        self._slots.reseal_all(new_dek)
        self._slots.save()
        self._engine.dispose()
        con = connect(self.paths.db, self._dek)
        try:
            con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            con.execute("PRAGMA journal_mode = DELETE")  # rekey rewrites pages; not under WAL
            con.execute(f"PRAGMA rekey = \"x'{new_dek.pragma_hex()}'\"")
            con.execute("PRAGMA journal_mode = WAL")
        finally:
            con.close()
        old_map_key = self._socialmap_key()
        self._dek, previous_dek = new_dek, self._dek
        previous_dek.zero()
        new_map_key = self._socialmap_key()
        try:
            self.socialmap.rekey(old_map_key, new_map_key)
        finally:
            old_map_key.zero()
            new_map_key.zero()
        self._engine = make_engine(self.paths.db, new_dek)
        self._ctx.engine = self._engine
        with self._ctx.transaction() as s:
            self._ctx.log(
                s,
                AuditAction.CHECKPOINT,
                "key.rotate",
                object_type="database",
                detail_code=f"generation={self._slots.dek_generation}",
            )

    def change_passphrase(
        self, old: str, new: str, *, kdf: KdfParams | None = None, allow_weak_kdf: bool = False
    ) -> Changes:
        self._require_open()
        if not self.is_demo:
            check_passphrase(new, "new_passphrase")
        self._slots.change_passphrase(
            self.user.name, old, new, kdf or calibrate(), allow_weak_kdf=allow_weak_kdf
        )
        self._slots.save()
        with self._ctx.transaction() as s:
            self._ctx.log(
                s, AuditAction.UPDATE, "user.passphrase", object_type="user", object_id=self.user.id
            )
        return Changes(users=True, audit=True)

    def reset_passphrase(
        self,
        user_name: str,
        new: str,
        *,
        kdf: KdfParams | None = None,
        allow_weak_kdf: bool = False,
    ) -> Changes:
        """After a recovery unlock: give `user_name` a new passphrase (a fresh slot)."""
        self._require_open()
        check_passphrase(new, "new_passphrase")
        slot = self._slots.slot_for_user(user_name)
        self._slots.reset_passphrase(
            self._dek, user_name, new, kdf or calibrate(), allow_weak_kdf=allow_weak_kdf
        )
        self._slots.save()
        with self._ctx.transaction() as s:
            self._ctx.log(
                s,
                AuditAction.UPDATE,
                "user.passphrase_reset",
                object_type="user",
                object_id=slot.user_id,
                detail_code="recovery",
            )
        return Changes(users=True, audit=True)

    def new_recovery_key(self) -> str:
        """Replace the recovery slot; return the new key text (shown once)."""
        text = format_recovery_key(new_recovery_key())
        self.set_recovery_key(text)
        return text

    def set_recovery_key(self, text: str) -> None:
        """Make `text` (from `format_recovery_key`) the recovery key; the old one stops working.

        The GUI shows a new key first and calls this only once the user confirms it is kept,
        so a lock in between never leaves the practice without a working recovery key.
        """
        self._require_open()
        self._slots.set_recovery(self._dek, parse_recovery_key(text))
        self._slots.save()
        with self._ctx.transaction() as s:
            self._ctx.log(s, AuditAction.UPDATE, "recovery.renew", object_type="keyslots")

    def list_slot_users(self) -> list[SlotUser]:
        return sorted(
            (SlotUser(s.user_name, s.display_name, s.rol) for s in self._slots.user_slots()),
            key=lambda u: u.label.casefold(),
        )

    # ---- closing -------------------------------------------------------------------------

    @property
    def closed(self) -> bool:
        return self._closed

    @property
    def key_is_zeroed(self) -> bool:
        return self._dek.is_zeroed

    def close(self, *, event: str = "session.lock") -> None:
        """Audit the close, dispose every connection and zero the data key."""
        if self._closed:
            return
        try:
            with self._ctx.transaction() as s:
                action = AuditAction.LOCK if event == "session.lock" else AuditAction.LOGOUT
                self._ctx.log(s, action, event, object_type="user", object_id=self.user.id)
        finally:
            self.socialmap.close_map()
            self._engine.dispose()
            self._dek.zero()
            self._ctx.audit_key = b""
            self._closed = True

    def _require_open(self) -> None:
        if self._closed:
            raise PohsdError(ErrorCode.LOCKED)

    def _socialmap_key(self) -> SecretKey:
        """The sociale-kaart key, derived from the current data key (never stored)."""
        self._require_open()
        salt = uuid.UUID(self._slots.db_uuid).bytes
        return SecretKey(self._dek.hkdf(b"pohsd/socialmap/v1", salt=salt))


def _valid_user_name(name: str) -> str:
    text = (name or "").strip()
    if not text or len(text) > 64 or any(c.isspace() for c in text) or not text.isprintable():
        raise ValidationError("user_name", "user_name_format")
    return text
