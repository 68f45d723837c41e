"""`ws.letters`: build letter models by id (one audited read) and export them (audited)."""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from pohsd.documents.b1 import build_samenvatting
from pohsd.documents.export import render, target_path, write_new
from pohsd.documents.facts import Recipient, Sources
from pohsd.documents.frozen import FrozenLetter
from pohsd.documents.models import (
    STATUSUPDATE,
    B1SamenvattingModel,
    LetterModel,
    StatusupdateModel,
    TerugkoppelingModel,
    VerwijsbriefModel,
)
from pohsd.documents.statusupdate import build_statusupdate
from pohsd.documents.templates import TemplateReport, TemplateStore
from pohsd.documents.terugkoppeling import build_terugkoppeling
from pohsd.documents.textfmt import parse_iso
from pohsd.documents.verwijsbrief import build_verwijsbrief
from pohsd.domain.enums import AuditAction, AuditOutcome, Rol
from pohsd.domain.errors import ErrorCode, PohsdError, ValidationError
from pohsd.domain.intake import IntakeRecord
from pohsd.domain.questionnaire_loader import load_questionnaire
from pohsd.domain.referral import Referral
from pohsd.services.base import Context
from pohsd.services.consents import load_consents
from pohsd.services.intake_records import build_record
from pohsd.services.letter_versions import LetterVersions, refuse_blocking
from pohsd.services.plan import load_plan
from pohsd.services.referral_store import (
    is_zorgaanbieder,
    load_referrals,
    referral_dto,
    referral_row,
)
from pohsd.services.socialmap import SocialMapService
from pohsd.services.worklist import mark_feedback
from pohsd.store.models import IntakeRow
from pohsd.store.repo import clients as client_repo
from pohsd.store.repo import practice as practice_repo

#: Practice settings a letter may read (letters §0.2, §1.1, §2.1); nothing else is loaded.
SETTING_KEYS = (
    "praktijk.email", "praktijk.website", "afzender.telefoon", "afzender.email",
    "afzender.bereikbaar", "huisarts.agb", "terugkoppeling.bsn", "soep.zr_alle",
    "verwijsbrief.terugkoppeling_dagen", "samenvatting.per_post",
)  # fmt: skip
FORMATS = ("txt", "docx", "pdf")


class LetterService:
    """Letters of one client: assemble (audited read), render, export (audited)."""

    def __init__(self, ctx: Context, socialmap: SocialMapService, templates_dir: Path) -> None:
        self._ctx = ctx
        self._socialmap = socialmap
        self.templates = TemplateStore(templates_dir)
        self._versions = LetterVersions(ctx)

    # ---- building ------------------------------------------------------------------------

    def gp_feedback(
        self, client_id: str, intake_id: str | None = None, *, today: date | None = None
    ) -> TerugkoppelingModel:
        """Terugkoppeling aan de huisarts (letter + SOEP) about an intake or vervolg."""
        src = self._sources(client_id, intake_id, today, "letter.gp_feedback")
        return build_terugkoppeling(src)

    def client_summary(
        self, client_id: str, intake_id: str | None = None, *, today: date | None = None
    ) -> B1SamenvattingModel:
        """Samenvatting voor de cliënt (B1)."""
        src = self._sources(client_id, intake_id, today, "letter.client_summary")
        return build_samenvatting(src)

    def referral_letter(self, referral_id: str, *, today: date | None = None) -> VerwijsbriefModel:
        """Verwijsbrief; refused (ValidationError "consent") without valid gerichte toestemming."""
        referral = self._referral(referral_id)
        src = self._sources(referral.client_id, None, today, "letter.referral", referral)
        consent = next((c for c in src.consents if c.id == referral.consent_id), None)
        return build_verwijsbrief(src, referral, consent)

    def status_update(
        self, referral_id: str, *, vervolg: str = "", vraag: str = "", today: date | None = None
    ) -> StatusupdateModel:
        """Statusupdate verwijzing for the GP about the referral's latest step."""
        referral = self._referral(referral_id)
        src = self._sources(referral.client_id, None, today, "letter.status_update", referral)
        return build_statusupdate(src, referral, vervolg=vervolg, vraag=vraag)

    # ---- Definitief (letters §0.1 step 8; pohsd.services.letter_versions) --------------------

    def finalise(self, model: LetterModel, reason: str = "") -> FrozenLetter:
        """Freeze `model` as the next version of its document; audited (document.finalise).

        A correction (version > 1) needs a `reason`; blocking checks refuse.
        """
        return self._versions.finalise(model, reason)

    def versions(self, client_id: str) -> list[FrozenLetter]:
        """The client's frozen document versions, newest first (without content)."""
        return self._versions.versions(client_id)

    def frozen(self, document_id: str, version: int) -> LetterModel:
        """The model of one frozen version, to render (and export) the same letter again."""
        return self._versions.frozen(document_id, version)

    # ---- exporting -----------------------------------------------------------------------

    def render(self, model: LetterModel, fmt: str, **options: Any) -> bytes:
        """The bytes of `model` as txt (SOEP or plain text), docx or pdf; pure, no audit."""
        if fmt not in FORMATS:
            raise ValidationError("format", "unknown_option")
        return render(model, fmt, self.templates, **options)

    def export(self, model: LetterModel, dest: Path, fmt: str, **options: Any) -> Path:
        """Write one file; audited. Returns the path written.

        `dest` is a folder (the file is named per letters §5.1) or a file path; an existing
        file is never overwritten (a suffix -2, -3 … is added).

        Blocking step-6 findings refuse the export (ValidationError "document").
        A failed write is audited with outcome failure and re-raised.
        """
        refuse_blocking(model)
        data = self.render(model, fmt, **options)
        dest = Path(dest)
        path = target_path(dest, model, fmt) if dest.is_dir() else dest
        try:
            path = write_new(path, data)
        except OSError:
            self.record_output(model, fmt, "", outcome=AuditOutcome.FAILURE)
            raise
        self.record_output(model, fmt, hashlib.sha256(data).hexdigest())
        return path

    def record_output(
        self,
        model: LetterModel,
        channel: str,
        sha256: str,
        *,
        outcome: AuditOutcome = AuditOutcome.SUCCESS,
    ) -> None:
        """One NEN 7513 row per export, print or copy: ids, type, kenmerk and hash; no content.

        `channel` is "txt"/"docx"/"pdf" (export), "print" or "clipboard".
        """
        action = {"print": AuditAction.PRINT, "clipboard": AuditAction.COPY}.get(
            channel, AuditAction.EXPORT
        )
        event = {"print": "document.print", "clipboard": "document.clipboard"}.get(
            channel, "document.export"
        )
        detail = f"{model.kind}.{channel}.{model.kenmerk}.v{model.version}.{sha256[:16]}"
        with self._ctx.transaction() as s:
            self._ctx.log(
                s, action, event, object_type="document", object_id=model.document_id,
                client_id=model.client_id, outcome=outcome, detail_code=detail[:60],
                purpose=model.purpose,
            )  # fmt: skip
            if model.kind == STATUSUPDATE and model.referral_id and outcome is AuditOutcome.SUCCESS:
                mark_feedback(s, self._ctx, model.referral_id, "gegeven", "")  # §8 closing the loop

    # ---- templates -------------------------------------------------------------------------

    def install_template(self, kind: str, data: bytes) -> TemplateReport:
        """A practice template for `kind` (beheerder only); refused when the check finds errors.

        Raises:
            ValidationError("template", rule): see `TemplateReport.raise_first`.
            PohsdError(INVALID_INPUT, rule="beheerder_only"): the user is no beheerder.
        """
        self._require_beheerder()
        report = self.templates.install(kind, data)
        self._log_template(kind, "template.install")
        return report

    def restore_default_template(self, kind: str) -> None:
        """Herstel standaard: the built-in template applies again (beheerder only)."""
        self._require_beheerder()
        self.templates.restore_default(kind)
        self._log_template(kind, "template.restore_default")

    def _require_beheerder(self) -> None:
        if self._ctx.actor.rol != Rol.BEHEERDER.value:
            raise PohsdError(ErrorCode.INVALID_INPUT, field="user", rule="beheerder_only")

    def _log_template(self, kind: str, event: str) -> None:
        with self._ctx.transaction() as s:
            self._ctx.log(s, AuditAction.UPDATE, event, object_type="template", detail_code=kind)

    # ---- reading -------------------------------------------------------------------------

    def _referral(self, referral_id: str) -> Referral:
        with self._ctx.transaction() as s:
            return referral_dto(s, referral_row(s, referral_id))

    def _sources(
        self,
        client_id: str,
        intake_id: str | None,
        today: date | None,
        event: str,
        referral: Referral | None = None,
    ) -> Sources:
        """Everything a letter may use, read in one transaction with one audit row."""
        day = today or date.today()
        with self._ctx.transaction() as s:
            client = client_repo.get(s, client_id)  # NOT_FOUND for an unknown client
            records = _records(s, client_id)
            chosen = _choose(records, intake_id, referral is not None)
            user = practice_repo.user_by_id(s, self._ctx.actor.user_id)
            if user is None:
                raise PohsdError(ErrorCode.UNKNOWN_USER)
            src_parts: dict[str, Any] = {
                "client": client, "practice": practice_repo.get_practice(s), "user": user,
                "intakes": tuple(records), "intake": chosen, "plan": load_plan(s, client_id),
                "consents": tuple(load_consents(s, client_id)),
                "referrals": tuple(load_referrals(s, client_id)),
                "settings": _settings(s),
            }  # fmt: skip
            self._ctx.log(
                s, AuditAction.READ, event, object_type="referral" if referral else "client",
                object_id=referral.id if referral else client_id, client_id=client_id,
                detail_code=f"intake={chosen.id}" if chosen else "",
            )  # fmt: skip
        version = chosen.summary.question_set_version if chosen else "1"
        recipients = {
            r.service_id: self._recipient(r.service_id)
            for r in src_parts["referrals"]
            if r.status != "foutief"
        }
        return Sources(
            questionnaire=load_questionnaire(version), today=day, recipients=recipients,
            **src_parts,
        )  # fmt: skip

    def _recipient(self, service_id: str) -> Recipient:
        """Address, phone and the zorgaanbieder mark from the sociale kaart (best effort)."""
        try:
            raw = self._socialmap.service(service_id)
        except PohsdError:
            return Recipient(service_id)
        return recipient_of(raw)


def recipient_of(raw: Mapping[str, Any]) -> Recipient:
    """The letter's snapshot of an HSDS service: names, first postal address, phone, AGB."""
    org = raw.get("organization") or {}
    lines: tuple[str, ...] = ()
    for sal in raw.get("service_at_locations") or ():
        for address in (sal.get("location") or {}).get("addresses") or ():
            street = str(address.get("address_1") or "").strip()
            town = f"{address.get('postal_code') or ''} {address.get('city') or ''}".strip()
            lines = tuple(x for x in (street, town) if x)
            break
        if lines:
            break
    phones = raw.get("phones") or ()
    phone = str(phones[0].get("number") or "") if phones else ""
    return Recipient(
        service_id=str(raw.get("id", "")), service_name=str(raw.get("name") or ""),
        organization_name=str(org.get("name") or ""), address_lines=lines, phone=phone,
        zorgaanbieder=is_zorgaanbieder(raw), assured_date=parse_iso(raw.get("assured_date")),
    )  # fmt: skip


def _records(s: Session, client_id: str) -> list[IntakeRecord]:
    rows = s.scalars(
        select(IntakeRow).where(IntakeRow.client_id == client_id).order_by(IntakeRow.created_at)
    )
    return [build_record(s, row) for row in rows]


def _choose(
    records: list[IntakeRecord], intake_id: str | None, prefer_intake: bool
) -> IntakeRecord | None:
    if intake_id is not None:
        chosen = next((r for r in records if r.id == intake_id), None)
        if chosen is None:
            raise PohsdError(ErrorCode.NOT_FOUND, object_type="intake")
        return chosen
    if prefer_intake:  # a referral letter describes the situation found at the intake
        intakes = [r for r in records if r.summary.kind == "intake"]
        if intakes:
            return intakes[-1]
    return records[-1] if records else None


def _settings(s: Session) -> dict[str, str]:
    out = {}
    for key in SETTING_KEYS:
        value = practice_repo.get_setting(s, key)
        if value is not None:
            out[key] = value
    return out
