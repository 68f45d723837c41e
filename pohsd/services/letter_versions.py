"""Definitief maken (letters §0.1 step 8): freeze a letter version, list versions, load one."""

from __future__ import annotations

import hashlib
import uuid

from sqlalchemy import select
from sqlalchemy.orm import Session

from pohsd.documents.frozen import FrozenLetter, canonical, from_json, versioned
from pohsd.documents.models import LetterModel
from pohsd.domain.enums import AuditAction
from pohsd.domain.errors import ErrorCode, PohsdError, ValidationError
from pohsd.services.base import Context, utcnow
from pohsd.store.models import DocumentRow, UserRow
from pohsd.store.repo import clients as client_repo
from pohsd.store.repo import practice as practice_repo


def refuse_blocking(model: LetterModel) -> None:
    """Blocking step-6 findings refuse Definitief and output (ValidationError "document")."""
    if model.blocking:
        err = ValidationError("document", model.blocking[0].code)
        err.params.update(checks=[f.code for f in model.blocking])
        raise err


class LetterVersions:
    """Frozen versions of letters; every freeze and every load is one audit row."""

    def __init__(self, ctx: Context) -> None:
        self._ctx = ctx

    def finalise(self, model: LetterModel, reason: str = "") -> FrozenLetter:
        """Freeze `model` as the next version of its document (same document id and kenmerk).

        Version 1 needs no reason; a correction (version > 1) does. When the text equals the
        newest version, nothing new is stored and that version is returned.

        Raises:
            ValidationError("document", code): a blocking check (BSN, code, placeholder).
            ValidationError("reason", "required"): a correction without a reason.
            ValidationError("document", "other_client"): the document id belongs elsewhere.
        """
        refuse_blocking(model)
        reason = " ".join(reason.split())
        with self._ctx.transaction() as s:
            client_repo.get(s, model.client_id)  # NOT_FOUND for an unknown client
            latest = s.scalars(
                select(DocumentRow)
                .where(DocumentRow.document_id == model.document_id)
                .order_by(DocumentRow.version.desc())
                .limit(1)
            ).first()
            if latest is not None:
                if latest.client_id != model.client_id or latest.kind != model.kind:
                    raise ValidationError("document", "other_client")
                if canonical(versioned(model, latest.version)).decode("utf-8") == latest.content:
                    return _dto(latest, _labels(s), from_json(latest.content))
            version = latest.version + 1 if latest is not None else 1
            if version > 1 and not reason:
                raise ValidationError("reason", "required")
            frozen = versioned(model, version)
            content = canonical(frozen)
            user = practice_repo.user_by_id(s, self._ctx.actor.user_id)
            if user is None:
                raise PohsdError(ErrorCode.UNKNOWN_USER)
            row = DocumentRow(
                id=str(uuid.uuid4()), document_id=model.document_id, version=version,
                client_id=model.client_id, referral_id=model.referral_id, kind=model.kind,
                kenmerk=model.kenmerk, sha256=hashlib.sha256(content).hexdigest(),
                created_at=utcnow(), author=user.name, consent_id=model.consent_id,
                reason=reason, content=content.decode("utf-8"),
            )  # fmt: skip
            s.add(row)
            self._ctx.log(
                s, AuditAction.CREATE, "document.finalise", object_type="document",
                object_id=model.document_id, client_id=model.client_id,
                detail_code=f"{model.kind}.{model.kenmerk}.v{version}.{row.sha256[:16]}"[:60],
                purpose=model.purpose,
            )  # fmt: skip
            return _dto(row, {user.name: user.label}, frozen)

    def versions(self, client_id: str) -> list[FrozenLetter]:
        """Every frozen version of the client's documents, newest first (no content)."""
        with self._ctx.transaction() as s:
            rows = s.scalars(
                select(DocumentRow)
                .where(DocumentRow.client_id == client_id)
                .order_by(DocumentRow.created_at.desc(), DocumentRow.version.desc())
            ).all()
            labels = _labels(s)
            return [_dto(row, labels) for row in rows]

    def frozen(self, document_id: str, version: int) -> LetterModel:
        """The model of one frozen version, checked against its hash; an audited read.

        Raises:
            PohsdError(NOT_FOUND, object_type="document"): no such version.
            PohsdError(DB_CORRUPT): the stored content no longer matches its hash.
        """
        with self._ctx.transaction() as s:
            row = s.scalars(
                select(DocumentRow).where(
                    DocumentRow.document_id == document_id, DocumentRow.version == version
                )
            ).first()
            if row is None:
                raise PohsdError(ErrorCode.NOT_FOUND, object_type="document")
            if hashlib.sha256(row.content.encode("utf-8")).hexdigest() != row.sha256:
                raise PohsdError(ErrorCode.DB_CORRUPT)
            model = from_json(row.content)
            self._ctx.log(
                s, AuditAction.READ, "document.open", object_type="document",
                object_id=document_id, client_id=row.client_id,
                detail_code=f"{row.kind}.{row.kenmerk}.v{row.version}", purpose=model.purpose,
            )  # fmt: skip
            return model


def _labels(s: Session) -> dict[str, str]:
    return {r.name: (r.display_name or r.name) for r in s.scalars(select(UserRow))}


def _dto(
    row: DocumentRow, labels: dict[str, str], model: LetterModel | None = None
) -> FrozenLetter:
    return FrozenLetter(
        document_id=row.document_id, version=row.version, kind=row.kind, kenmerk=row.kenmerk,
        client_id=row.client_id, sha256=row.sha256, created_at=row.created_at,
        author=labels.get(row.author, row.author), referral_id=row.referral_id,
        consent_id=row.consent_id, reason=row.reason, model=model,
    )  # fmt: skip
