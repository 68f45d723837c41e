"""Definitief maken (letters §0.1 step 8): frozen versions, corrections, hash, audit, cascade."""

import hashlib
import io

import docx
import pytest
from pypdf import PdfReader
from sqlalchemy import delete, select

from pohsd.documents.edits import with_edits
from pohsd.documents.export import file_name
from pohsd.documents.frozen import canonical, from_json, sha256_of
from pohsd.domain.errors import ErrorCode, PohsdError, ValidationError
from pohsd.store.models import AuditRow, ClientRow, DocumentRow
from pohsd.workspace import Workspace
from tests.unit.documents.personas import Persona


def _events(ws: Workspace, client_id: str, event: str) -> list:
    return [r for r in ws.audit.entries(client_id=client_id) if r.event == event]


def _detail(ws: Workspace, seq: int) -> str:
    with ws._ctx.transaction() as s:
        return s.scalars(select(AuditRow.detail_code).where(AuditRow.seq == seq)).one()


def test_finalise_freezes_version_one_with_kenmerk_hash_author_and_consent(
    workspace: Workspace, ron: Persona
) -> None:
    model = workspace.letters.referral_letter(ron.referral_id)
    frozen = workspace.letters.finalise(model)
    assert (frozen.document_id, frozen.version, frozen.kenmerk) == (
        model.document_id, 1, model.kenmerk,
    )  # fmt: skip
    assert frozen.consent_id == ron.consent_id
    assert frozen.referral_id == ron.referral_id
    assert frozen.author == workspace.user.label
    assert frozen.reason == ""
    assert frozen.model is not None
    assert frozen.sha256 == hashlib.sha256(canonical(frozen.model)).hexdigest()
    [listed] = workspace.letters.versions(ron.client_id)
    assert (listed.kind, listed.version, listed.kenmerk) == ("verwijsbrief", 1, model.kenmerk)
    assert listed.model is None  # the list carries no content


def test_finalise_is_audited_with_ids_kenmerk_and_version_but_no_content(
    workspace: Workspace, ron: Persona
) -> None:
    model = workspace.letters.gp_feedback(ron.client_id)
    workspace.letters.finalise(model)
    [row] = _events(workspace, ron.client_id, "document.finalise")
    assert row.object_id == model.document_id
    assert row.purpose == "terugkoppeling huisarts"
    assert row.action == "create"
    assert f"{model.kenmerk}.v1" in _detail(workspace, row.seq)
    assert workspace.audit.verify()[1] is None


def test_the_same_text_twice_is_one_version(workspace: Workspace, ron: Persona) -> None:
    model = workspace.letters.client_summary(ron.client_id)
    first = workspace.letters.finalise(model)
    again = workspace.letters.finalise(first.model)
    assert again.version == 1
    assert len(workspace.letters.versions(ron.client_id)) == 1


def test_a_correction_is_the_next_version_and_needs_a_reason(
    workspace: Workspace, ron: Persona, tmp_path
) -> None:
    model = workspace.letters.referral_letter(ron.referral_id)
    first = workspace.letters.finalise(model)
    edited = with_edits(first.model, {"vraag": "Wilt u hem binnen een week bellen?"})
    with pytest.raises(ValidationError) as err:
        workspace.letters.finalise(edited)
    assert (err.value.field, err.value.rule) == ("reason", "required")
    with pytest.raises(ValidationError):
        workspace.letters.finalise(edited, reason="   ")
    second = workspace.letters.finalise(edited, reason="Termijn aangepast")
    assert (second.version, second.kenmerk, second.document_id) == (
        2, first.kenmerk, first.document_id,
    )  # fmt: skip
    assert second.reason == "Termijn aangepast"
    assert "versie 2" in second.model.footer
    assert "binnen een week" in second.model.text()
    word = docx.Document(io.BytesIO(workspace.letters.render(second.model, "docx")))
    footer = " ".join(p.text for p in word.sections[0].footer.paragraphs)
    assert f"Kenmerk {first.kenmerk} · versie 2" in footer
    versions = workspace.letters.versions(ron.client_id)
    assert [v.version for v in versions] == [2, 1]
    # the first version stays as it was
    assert "binnen een week" not in workspace.letters.frozen(first.document_id, 1).text()
    # exports of a frozen version name its kenmerk and version
    out = tmp_path / "out"
    out.mkdir()
    path = workspace.letters.export(second.model, out, "pdf")
    assert path.name == file_name(second.model, "pdf")
    assert path.name.endswith(f"_{first.kenmerk}-v2.pdf")
    [export] = _events(workspace, ron.client_id, "document.export")
    assert f"{first.kenmerk}.v2" in _detail(workspace, export.seq)


def test_blocking_checks_refuse_definitief(workspace: Workspace, ron: Persona) -> None:
    model = workspace.letters.gp_feedback(ron.client_id)
    bad = with_edits(model, {"beoordeling": "BSN 999993653 per ongeluk."})
    assert bad.blocking
    with pytest.raises(ValidationError) as err:
        workspace.letters.finalise(bad)
    assert err.value.field == "document"
    assert workspace.letters.versions(ron.client_id) == []
    assert not _events(workspace, ron.client_id, "document.finalise")


def test_rendering_the_frozen_version_again_gives_the_same_hash_and_letter(
    workspace: Workspace, ron: Persona
) -> None:
    model = workspace.letters.gp_feedback(ron.client_id)
    frozen = workspace.letters.finalise(model)
    again = workspace.letters.frozen(frozen.document_id, frozen.version)
    assert again == frozen.model
    assert sha256_of(again) == frozen.sha256
    render = workspace.letters.render
    assert render(again, "txt") == render(frozen.model, "txt")
    pdf_text = [" ".join(p.extract_text() for p in PdfReader(io.BytesIO(render(m, "pdf"))).pages)
                for m in (again, frozen.model)]  # fmt: skip
    assert pdf_text[0] == pdf_text[1]
    assert f"Kenmerk {frozen.kenmerk}" in pdf_text[0]
    docx_text = ["\n".join(p.text for p in docx.Document(io.BytesIO(render(m, "docx"))).paragraphs)
                 for m in (again, frozen.model)]  # fmt: skip
    assert docx_text[0] == docx_text[1]
    assert from_json(canonical(again)) == again
    assert _events(workspace, ron.client_id, "document.open")


def test_every_kind_survives_the_round_trip(workspace: Workspace, ron: Persona) -> None:
    letters = workspace.letters
    for model in (
        letters.referral_letter(ron.referral_id), letters.gp_feedback(ron.client_id),
        letters.status_update(ron.referral_id), letters.client_summary(ron.client_id),
    ):  # fmt: skip
        frozen = letters.finalise(model)
        assert letters.frozen(frozen.document_id, 1) == frozen.model
        assert type(frozen.model) is type(model)


def test_a_tampered_version_is_refused(workspace: Workspace, ron: Persona) -> None:
    frozen = workspace.letters.finalise(workspace.letters.client_summary(ron.client_id))
    with workspace._ctx.transaction() as s:
        row = s.scalars(select(DocumentRow)).one()
        row.content = row.content.replace("Wat gaat goed", "Wat gaat slecht")
    with pytest.raises(PohsdError) as err:
        workspace.letters.frozen(frozen.document_id, 1)
    assert err.value.code == ErrorCode.DB_CORRUPT
    with pytest.raises(PohsdError) as err:
        workspace.letters.frozen(frozen.document_id, 7)
    assert err.value.code == ErrorCode.NOT_FOUND


def test_versions_go_with_the_client(workspace: Workspace, ron: Persona) -> None:
    workspace.letters.finalise(workspace.letters.gp_feedback(ron.client_id))
    with workspace._ctx.transaction() as s:
        s.execute(delete(ClientRow).where(ClientRow.id == ron.client_id))
    with workspace._ctx.transaction() as s:
        assert s.scalars(select(DocumentRow)).all() == []
